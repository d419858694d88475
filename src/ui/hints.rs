//! A line of key hints: each command's key as bound in the keymap in force, and a word.

use ratatui::text::{Line, Span};

use crate::app::Model;
use crate::command::Action;

use super::theme::Theme;

/// ` v oordeel  e toelichting …`: the key of each action where the focus is, and its word.
pub fn key_line(model: &Model, keys: &[(Action, &str)], theme: &Theme) -> Line<'static> {
    let spans = keys.iter().flat_map(|(action, word)| {
        [Span::styled(format!(" {}", model.hint(action)), theme.key), Span::styled(format!(" {word} "), theme.muted)]
    });
    Line::from(spans.collect::<Vec<_>>())
}
