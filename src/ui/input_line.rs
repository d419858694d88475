//! A one-line text field drawn with its cursor, scrolled so the cursor stays in view.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use crate::app::text_input::TextInput;

use super::text::clean;
use super::theme::Theme;

/// Draws `label` and the field in `area`, and puts the terminal cursor in it.
pub fn render(frame: &mut Frame, area: Rect, label: &str, input: &TextInput, theme: &Theme) {
    let room = usize::from(area.width).saturating_sub(label.chars().count() + 1).max(1);
    let start = input.cursor().saturating_sub(room - 1);
    // Only the characters in view: a field may hold a note of megabytes.
    let shown = clean(&input.text().chars().skip(start).take(room).collect::<String>()).into_owned();
    let before: String = shown.chars().take(input.cursor() - start).collect();
    let mut spans = vec![Span::styled(label.to_string(), theme.key)];
    if start > 0 {
        spans.push(Span::styled("…", theme.marker));
    }
    spans.push(Span::styled(shown, theme.text));
    frame.render_widget(Line::from(spans), area);
    let x = area.x
        + label.chars().count() as u16
        + u16::from(start > 0)
        + unicode_width::UnicodeWidthStr::width(before.as_str()) as u16;
    frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
}
