//! The help overlay, generated from the keymap in force.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, Paragraph};

use crate::app::Model;
use crate::app::overlays::help::HelpOverlay;
use crate::command::Action;
use crate::domain::Taak;

use super::theme::Theme;
use super::wrapped::wrapped;
use super::{input_line, popup};

/// Draws the help over the screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, help: &HelpOverlay, theme: &Theme) {
    let width = area.width.saturating_sub(8).min(90);
    let inner = popup::open(frame, area, width, area.height.saturating_sub(4), "Hulp: toetsen in gebruik", theme);
    // The codes the screens use, below the keys where the box leaves room for both.
    let codes_height = if inner.height >= 16 + CODES_HEIGHT { CODES_HEIGHT } else { 0 };
    let [query, list, codes_area, hint] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(codes_height),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(wrapped(Paragraph::new(codes(theme)), true), codes_area);
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

/// The lines the codes take in help.
const CODES_HEIGHT: u16 = 10;

/// Every letter code on the screens, with its meaning.
fn codes(theme: &Theme) -> Vec<Line<'static>> {
    let taken: Vec<String> = Taak::ALL.iter().map(|t| format!("{} {}", t.short(), t.label())).collect();
    vec![
        Line::styled("Codes", theme.header),
        Line::styled(
            "G gemeente · O OCMW · G+O beide · — niemand │ Actor: D direct · I indirect · — geen │ \
             Regio: aantal gemeenten per klasse D/I/— en per trekker G/O/G+O │ \
             Actoren: E eigen actor · K klant · C overeenkomst · B bestuurszetel · P partner",
            theme.muted,
        ),
        Line::styled(format!("Gemeente–OCMW: Trk trekker · For geformaliseerd · {}", taken.join(" · ")), theme.muted),
    ]
}
