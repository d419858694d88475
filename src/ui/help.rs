//! The help overlay, generated from the keymap in force.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, Paragraph};

use crate::app::Model;
use crate::app::overlays::help::HelpOverlay;
use crate::command::Action;
use crate::domain::Taak;

use super::text::pack_groups;
use super::theme::Theme;
use super::{input_line, popup};

/// Draws the help over the screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, help: &HelpOverlay, theme: &Theme) {
    let width = area.width.saturating_sub(4).min(90);
    let inner = popup::open(frame, area, width, area.height.saturating_sub(4), "Hulp: toetsen in gebruik", theme);
    // The codes the screens use, below the keys where the box leaves room for both.
    let codes = codes(inner.width);
    let codes_height = u16::try_from(codes.len()).unwrap_or(u16::MAX);
    let codes_height = if inner.height >= codes_height + 2 + MIN_KEYS { codes_height } else { 0 };
    let [query, list, codes_area, hint] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(codes_height),
        Constraint::Length(1),
    ])
    .areas(inner);
    let codes: Vec<Line> = codes.into_iter().map(|line| Line::styled(line, theme.muted)).collect();
    frame.render_widget(Paragraph::new(codes), codes_area);
    input_line::render(frame, query, "Filter: ", &help.query, theme);
    let entries = help.entries(&model.keymap);
    let item = |index: usize| {
        let entry = entries.get(index)?;
        Some(ListItem::new(Line::from(vec![
            Span::styled(format!("{:>10}  ", entry.key), theme.key),
            Span::styled(entry.action.description().to_string(), theme.text),
            Span::styled(format!("  [{}]", entry.context.label()), theme.muted),
        ])))
    };
    let count = entries.len();
    popup::choices(frame, list, count, help.selected, item, theme);
    let text = format!(
        "{count} toetsen · {}/{} kiezen · {} voert uit · {} sluit",
        model.hint(&Action::Up),
        model.hint(&Action::Down),
        model.hint(&Action::Open),
        model.hint(&Action::Back)
    );
    frame.render_widget(Line::styled(text, theme.muted), hint);
}

/// The keys the list shows at least beside the codes.
const MIN_KEYS: u16 = 5;

/// Every letter code on the screens, with its meaning, in lines of `width` columns broken
/// between codes, each kind of code starting a line unless it fits whole after the last.
fn codes(width: u16) -> Vec<String> {
    let group = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let mut roles = group(&["Gemeente–OCMW: Trk trekker", "For geformaliseerd"]);
    roles.extend(Taak::ALL.iter().map(|t| format!("{} {}", t.short(), t.label())));
    let groups = [
        group(&["Actor: D direct", "I indirect", "— geen"]),
        group(&["Bestuur: G gemeente", "O OCMW", "G+O beide", "— niemand"]),
        group(&["Regio: gemeenten per klasse D/I/— en per trekker G/O/G+O"]),
        group(&["Actoren: E eigen actor", "K klant", "C overeenkomst", "B bestuurszetel", "P partner"]),
        group(&["S: R regionaal", "L lokaal"]),
        roles,
    ];
    pack_groups(&groups, usize::from(width))
}
