//! A line of key hints: each command's key as bound in the keymap in force, and a word.

use ratatui::text::{Line, Span};

use crate::app::Model;
use crate::command::Action;

use super::text::display_width;
use super::theme::Theme;

/// ` v oordeel  e toelichting …`: the key of each action where the focus is, and its word.
pub fn key_line(model: &Model, keys: &[(Action, &str)], width: u16, theme: &Theme) -> Line<'static> {
    let mut used = 0;
    let mut spans = Vec::new();
    // Whole hints only: on a narrow screen the last ones give way instead of being cut.
    for (action, word) in keys {
        let (key, word) = (format!(" {}", model.hint(action)), format!(" {word} "));
        used += display_width(&key) + display_width(word.trim_end()) + 1;
        if used > usize::from(width) + 1 {
            break;
        }
        spans.extend([Span::styled(key, theme.key), Span::styled(word, theme.muted)]);
    }
    Line::from(spans)
}
