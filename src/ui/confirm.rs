//! A yes/no question before a destructive step.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::app::Model;
use crate::app::overlays::Confirm;
use crate::command::Action;

use super::theme::Theme;
use super::wrapped::wrapped;
use super::{popup, text::clean};

/// Draws the question over the screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, question: &Confirm, theme: &Theme) {
    let inner = popup::open(frame, area, area.width.saturating_sub(10).min(70), 6, "Bevestigen", theme);
    let [text, keys] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let paragraph = wrapped(Paragraph::new(clean(&question.question).into_owned()).style(theme.text), true);
    frame.render_widget(paragraph, text);
    let hint = format!("{} ja · {} nee", model.hint(&Action::Open), model.hint(&Action::Back));
    frame.render_widget(Line::styled(hint, theme.key), keys);
}
