//! The fuzzy finder overlay.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::ListItem;

use crate::app::Model;
use crate::app::overlays::finder::FinderOverlay;
use crate::command::Action;

use super::text::fit;
use super::theme::Theme;
use super::{input_line, popup};

/// Draws the finder over the screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, finder: &FinderOverlay, theme: &Theme) {
    let width = area.width.saturating_sub(8).min(100);
    let inner = popup::open(frame, area, width, area.height.saturating_sub(4), "Zoeken", theme);
    let [query, list, hint] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    input_line::render(frame, query, "Zoek: ", &finder.query, theme);
    let room = usize::from(list.width).saturating_sub(14);
    let item = |hit: usize| {
        let (text, target) = finder.hits.get(hit).and_then(|&index| finder.entries.get(index))?;
        Some(ListItem::new(Line::from(vec![
            Span::styled(format!("{:<10}", target.kind()), theme.muted),
            Span::styled(fit(text, room), theme.text),
        ])))
    };
    let shown = finder.hits.len();
    popup::choices(frame, list, shown, finder.selected, item, theme);
    let text = format!(
        "{shown} getoond van {} · {}/{} kiezen · {} springt erheen · {} sluit",
        finder.entries.len(),
        model.hint(&Action::Up),
        model.hint(&Action::Down),
        model.hint(&Action::Open),
        model.hint(&Action::Back)
    );
    frame.render_widget(Line::styled(text, theme.muted), hint);
}
