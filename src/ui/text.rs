//! Text from files, made safe to show: no control characters or escape sequences reach the
//! terminal, and long text is cut with a visible marker.

use unicode_width::UnicodeWidthChar;

/// Text on one line with control characters (C0, DEL, C1) and bidirectional controls
/// neutralised, by the rule every output uses.
pub use crate::domain::text::one_line as clean;

/// The marker shown where text was cut.
pub const CUT: char = '…';

/// How many terminal columns clean text takes.
pub fn display_width(text: &str) -> usize {
    clean(text).chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Clean text cut to `width` columns, ending in [`CUT`] when it was longer.
pub fn fit(text: &str, width: usize) -> String {
    let text = clean(text);
    let mut used = 0;
    let mut out = String::new();
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return text.into_owned();
    }
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push(CUT);
    }
    out
}

/// A municipality's name cut to `width`, with `*` in front when it is marked for a shared
/// action.
pub fn marked_name(model: &crate::app::Model, municipality: usize, name: &str, width: usize) -> String {
    if model.screens.selection.marked_municipalities.contains(&municipality) {
        format!("*{}", fit(name, width.saturating_sub(1)))
    } else {
        fit(name, width)
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;

    #[test]
    fn escape_sequences_are_neutralised() {
        assert_eq!(clean("a\x1b[2Jb\x07c\u{9b}d"), "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}d");
        assert_eq!(clean("r\u{202E}l"), "r\u{FFFD}l");
        assert_eq!(clean("een\ntwee"), "een twee");
        assert!(matches!(clean("Zwevegem"), Cow::Borrowed(_)));
    }

    #[test]
    fn long_text_is_cut_with_a_marker() {
        assert_eq!(fit("Spiere-Helkijn", 14), "Spiere-Helkijn");
        assert_eq!(fit("Spiere-Helkijn", 8), "Spiere-…");
        assert_eq!(fit("👍👍👍", 4), "👍…");
        assert_eq!(fit("abc", 0), "");
    }
}
