//! The help overlay, generated from the keymap in force.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::ListItem;

use crate::app::Model;
use crate::app::overlays::help::HelpOverlay;
use crate::command::Action;

use super::theme::Theme;
use super::{input_line, popup};

/// Draws the help over the screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, help: &HelpOverlay, theme: &Theme) {
    let width = area.width.saturating_sub(8).min(90);
    let inner = popup::open(frame, area, width, area.height.saturating_sub(4), "Hulp: toetsen in gebruik", theme);
    let [query, list, hint] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1), Constraint::Length(1)]).areas(inner);
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
