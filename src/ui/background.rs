//! The background overlay: the sources' text about the selection, scrolled line by line.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::app::Model;
use crate::app::overlays::background::{BackgroundOverlay, LineKind, Section, first_line, last_scroll, layout};
use crate::command::Action;

use super::theme::Theme;
use super::{popup, text};

/// Draws the background over the screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, background: &BackgroundOverlay, theme: &Theme) {
    let dataset = model.dataset();
    let width = area.width.saturating_sub(6).min(100);
    let sections = background.sections(dataset);
    let title = format!("{} · {}", background.title(dataset), places(&sections));
    let title = text::fit(&title, usize::from(width.saturating_sub(4)));
    let lines = layout(&sections, usize::from(width.saturating_sub(2)), text::clean);
    let needed = u16::try_from(lines.len().max(1)).unwrap_or(u16::MAX).saturating_add(3);
    let inner = popup::open(frame, area, width, area.height.saturating_sub(4).min(needed), &title, theme);
    let [body, hint] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let height = usize::from(body.height);
    let last = last_scroll(&sections, text::clean);
    let first = first_line(background.scroll, last, lines.len().saturating_sub(height));
    let shown: Vec<Line> = lines
        .iter()
        .skip(first)
        .take(height)
        .map(|(kind, line)| match kind {
            LineKind::Heading => Line::styled(line.clone(), theme.header),
            LineKind::Text | LineKind::Blank => Line::styled(line.clone(), theme.text),
        })
        .collect();
    frame.render_widget(Paragraph::new(shown), body);
    let position = if lines.is_empty() {
        "geen achtergrond in de bronnen van deze dataset".to_string()
    } else {
        let last = (first + height).min(lines.len());
        format!("regels {}–{last} van {}", first + 1, lines.len())
    };
    let keys = format!(
        "{position} · {}/{} schuiven · {} sluit",
        model.hint(&Action::Up),
        model.hint(&Action::Down),
        model.hint(&Action::Back)
    );
    frame.render_widget(Line::styled(text::fit(&keys, usize::from(hint.width)), theme.muted), hint);
}

/// The places of the sections, one source after the other: `rapport r. 115, 167, 275`.
fn places(sections: &[Section]) -> String {
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for section in sections {
        let (source, lines) = section.place.split_once(" r. ").unwrap_or((section.place.as_str(), ""));
        match groups.iter_mut().find(|(s, _)| *s == source) {
            Some((_, all)) if !lines.is_empty() => {
                if !all.contains(&lines) {
                    all.push(lines);
                }
            }
            Some(_) => {}
            None => groups.push((source, if lines.is_empty() { Vec::new() } else { vec![lines] })),
        }
    }
    let group = |(source, lines): &(&str, Vec<&str>)| {
        if lines.is_empty() { (*source).to_string() } else { format!("{source} r. {}", lines.join(", ")) }
    };
    groups.iter().map(group).collect::<Vec<_>>().join(" · ")
}
