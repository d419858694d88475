//! Text from files, made safe to show: no control characters or escape sequences reach the
//! terminal, and long text is cut with a visible marker. Text is cleaned and measured only
//! as far as it is shown, so a note of megabytes costs what its first lines cost.

use std::borrow::Cow;

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthChar;

/// Text on one line with control characters (C0, DEL, C1) and bidirectional controls
/// neutralised, by the rule every output uses.
pub use crate::domain::text::one_line as clean;

/// The marker shown where text was cut.
pub const CUT: char = '…';

/// Columns `c` takes once cleaned (an unsafe character shows as one replacement or space).
fn columns(c: char) -> usize {
    if crate::domain::text::is_unsafe(c) { 1 } else { c.width().unwrap_or(0) }
}

/// Whether `c` shows as blank once cleaned.
fn blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\n' | '\r' | '\t')
}

/// The start of `text` whose characters, measured by `columns`, take at most `room`
/// columns: all of it that a view of `room` columns can show.
fn head(text: &str, room: usize, columns: impl Fn(char) -> usize) -> &str {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += columns(c);
        if used > room {
            return text.get(..at).unwrap_or(text);
        }
    }
    text
}

/// Clean text for a paragraph wrapped into `area`, cut to what it can show: a paragraph shows
/// the same from it as from the whole text. Whitespace is not counted (a trimmed paragraph
/// drops it at line starts); two rows more than the area keep a word cut at the end as long
/// as a line, or longer, so it wraps as the whole word would.
pub fn wrappable(text: &str, area: Rect) -> Cow<'_, str> {
    let room = usize::from(area.width) * (usize::from(area.height) + 2);
    clean(head(text, room, |c| if blank(c) { 0 } else { columns(c) }))
}

/// Clean text of several lines for a paragraph wrapped into `area`: cut as [`wrappable`]
/// cuts, its line breaks kept (see [`crate::domain::text::lines`]), at most as many lines as
/// the area has rows.
pub fn wrappable_lines(text: &str, area: Rect) -> Vec<String> {
    let room = usize::from(area.width) * (usize::from(area.height) + 2);
    let shown = head(text, room, |c| if blank(c) { 0 } else { columns(c) });
    crate::domain::text::lines(shown).split('\n').take(usize::from(area.height)).map(str::to_string).collect()
}

/// Items joined by ` · ` into lines of at most `width` columns, each starting with a space,
/// breaking only between items (an item longer than a line is cut).
pub fn pack(items: &[String], width: usize) -> Vec<String> {
    pack_groups(&[items.to_vec()], width)
}

/// Groups of items packed as [`pack`] packs items; a group continues the line before only
/// when all of it fits there, else it starts a line of its own.
pub fn pack_groups(groups: &[Vec<String>], width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let fits = |line: &String, text: &str| display_width(line) + 3 + display_width(text) <= width;
    for group in groups {
        let whole = group.join(" · ");
        if let Some(line) = lines.last_mut().filter(|line| fits(line, &whole)) {
            line.push_str(" · ");
            line.push_str(&whole);
            continue;
        }
        for (index, item) in group.iter().enumerate() {
            match lines.last_mut() {
                Some(line) if index > 0 && fits(line, item) => {
                    line.push_str(" · ");
                    line.push_str(item);
                }
                _ => lines.push(fit(&format!(" {item}"), width)),
            }
        }
    }
    lines
}

/// How many terminal columns clean text takes.
pub fn display_width(text: &str) -> usize {
    text.chars().map(columns).sum()
}

/// Clean text cut to `width` columns, ending in [`CUT`] when it was longer; cut after a
/// whole word where one ends in the second half of the room, else inside the word.
pub fn fit(text: &str, width: usize) -> String {
    let shown = head(text, width, columns);
    if shown.len() == text.len() {
        return clean(text).into_owned();
    }
    let (mut used, mut taken) = (0, 0);
    let mut out = String::new();
    for c in shown.chars() {
        let w = columns(c);
        if used + w + 1 > width {
            break;
        }
        used += w;
        taken += c.len_utf8();
        let mut buffer = [0; 4];
        out.push_str(&clean(c.encode_utf8(&mut buffer)));
    }
    // The character after the cut: a word goes on when it is not a space.
    let next = text.get(taken..).and_then(|rest| rest.chars().next());
    if next.is_some_and(|c| !c.is_whitespace())
        && let Some(space) = out.rfind(' ').filter(|&at| at > 0 && display_width(&out[..at]) * 2 >= width)
    {
        out.truncate(space);
        let kept = out.trim_end_matches([' ', ',', ';', '·', '–', '-']).len();
        out.truncate(kept);
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
    use proptest::prelude::*;
    use ratatui::buffer::Buffer;
    use ratatui::widgets::{Paragraph, Widget, Wrap};

    fn wrapped(text: &str, area: Rect, trim: bool) -> Buffer {
        let mut buffer = Buffer::empty(area);
        Paragraph::new(text.to_string()).wrap(Wrap { trim }).render(area, &mut buffer);
        buffer
    }

    proptest! {
        /// At least 8 columns wide (in narrower views ratatui 0.30 mislays wide characters).
        /// Texts start with a letter: ratatui 0.30 panics on some that start with a combining
        /// mark, cut or not.
        #[test]
        fn a_wrapped_paragraph_shows_the_same_from_what_is_wrappable(
            text in "a[ab ü界\u{301}\t\x1b]{0,300}",
            width in 8u16..40,
            height in 1u16..5,
            trim: bool,
        ) {
            let area = Rect::new(0, 0, width, height);
            prop_assert_eq!(wrapped(&wrappable(&text, area), area, trim), wrapped(&clean(&text), area, trim));
        }
    }

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
        assert_eq!(fit("a\tb\x1bc", 5), "a b\u{FFFD}c");
        assert_eq!(fit("a\tb\x1bc", 4), "a b…");
        assert_eq!(fit("Varianten van regie", 12), "Varianten…");
        assert_eq!(fit("Varianten van regie", 14), "Varianten van…");
        assert_eq!(fit("Eigenaar en deadline", 6), "Eigen…");
    }

    #[test]
    fn the_head_is_what_fits_with_the_marks_on_its_last_letter() {
        assert_eq!(head("Spiere-Helkijn", 6, columns), "Spiere");
        assert_eq!(head("Spiere", 60, columns), "Spiere");
        assert_eq!(head("e\u{301}e\u{301}", 1, columns), "e\u{301}");
        assert_eq!(head("👍👍", 3, columns), "👍");
        assert_eq!(head("a\x1bb", 2, columns), "a\x1b");
        let area = Rect::new(0, 0, 4, 1);
        assert_eq!(wrappable("een twee drie vier", area), "een twee drie v");
        assert_eq!(wrappable("a\x1b\tb", area), "a\u{FFFD} b");
    }
}
