//! The one rule for text that leaves the program: no control character, escape sequence or
//! bidirectional control from a data file or a person reaches a terminal, a file or a
//! spreadsheet as it was. The screens, `regie check`, error messages and the exports all use
//! it.

use std::borrow::Cow;

/// What takes the place of a control character that is not whitespace.
pub const REPLACEMENT: char = '\u{FFFD}';

/// The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV
/// injection).
pub const FORMULA_PREFIXES: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a character may not be written as it is: a C0 control (below U+0020), DEL, a C1
/// control (U+0080–U+009F), or a bidirectional control (embeddings and overrides
/// U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E, U+200F and U+061C).
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Text on one line: newline, carriage return and tab become a space, every other unsafe
/// character (see [`is_unsafe`]) becomes [`REPLACEMENT`]. Clean text is returned as it is.
///
/// ```
/// use regie::domain::text::one_line;
///
/// assert_eq!(one_line("a\x1b]0;x\x07\nb\u{202E}c"), "a\u{FFFD}]0;x\u{FFFD} b\u{FFFD}c");
/// assert_eq!(one_line("Zwevegem"), "Zwevegem");
/// ```
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let replaced = text.chars().map(|c| match c {
        '\n' | '\r' | '\t' => ' ',
        c if is_unsafe(c) => REPLACEMENT,
        c => c,
    });
    Cow::Owned(replaced.collect())
}

/// Text that may hold several lines: a line break (`\n`, `\r\n` or a lone `\r`) stays one
/// `\n`, a tab becomes a space, every other unsafe character (see [`is_unsafe`]) becomes
/// [`REPLACEMENT`], as in [`one_line`]. Clean text is returned as it is.
///
/// ```
/// use regie::domain::text::lines;
///
/// assert_eq!(lines("een\r\ntwee\rdrie\u{202E}\x1b"), "een\ntwee\ndrie\u{FFFD}\u{FFFD}");
/// assert_eq!(lines("een\ntwee"), "een\ntwee");
/// ```
pub fn lines(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    let mut clean = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        clean.push(match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                '\n'
            }
            '\n' => '\n',
            '\t' => ' ',
            c if is_unsafe(c) => REPLACEMENT,
            c => c,
        });
    }
    Cow::Owned(clean)
}

/// A spreadsheet cell: the text on one line (see [`one_line`]), with a `'` in front when it
/// starts with a formula prefix (see [`FORMULA_PREFIXES`]), also after leading whitespace, so
/// that a spreadsheet shows it as text instead of running it.
///
/// ```
/// use regie::domain::text::spreadsheet_cell;
///
/// assert_eq!(spreadsheet_cell("=1+1"), "'=1+1");
/// assert_eq!(spreadsheet_cell("\t@SUM(A1)"), "' @SUM(A1)");
/// assert_eq!(spreadsheet_cell("Kortrijk"), "Kortrijk");
/// ```
pub fn spreadsheet_cell(text: &str) -> Cow<'_, str> {
    let clean = one_line(text);
    if clean.trim_start().starts_with(FORMULA_PREFIXES) { Cow::Owned(format!("'{clean}")) } else { clean }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_unsafe_character_is_replaced() {
        let unsafe_chars = ['\0', '\x07', '\x1b', '\x7f', '\u{80}', '\u{9b}', '\u{9f}', '\u{202A}', '\u{202E}'];
        let more = ['\u{2066}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}'];
        for c in unsafe_chars.into_iter().chain(more) {
            assert_eq!(one_line(&format!("a{c}b")), "a\u{FFFD}b", "U+{:04X}", u32::from(c));
        }
        assert_eq!(one_line("een\ntwee\r\tdrie"), "een twee  drie");
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(one_line("Spiere-Helkijn · ▰▰▱▱ 2/4 — é ü 👍"), Cow::Borrowed(_)));
        assert!(matches!(spreadsheet_cell("Dienst welzijn"), Cow::Borrowed(_)));
    }

    #[test]
    fn lines_keep_their_breaks_and_lose_the_rest() {
        assert_eq!(lines("a\r\n\r\nb\tc\x07\rd"), "a\n\nb c\u{FFFD}\nd");
        assert!(matches!(lines("een\ntwee · é"), Cow::Borrowed(_)));
    }

    proptest::proptest! {
        /// Neutralising text of several lines keeps every line, in order, and leaves no
        /// control or bidirectional character but the line break.
        #[test]
        fn lines_are_kept_and_unsafe_characters_removed(
            parts in proptest::collection::vec("[^\r\n]{0,12}", 1..6),
            breaks in proptest::collection::vec(proptest::sample::select(vec!["\n", "\r\n"]), 5),
        ) {
            let text: String = parts.iter().enumerate().map(|(i, part)| {
                if i == 0 { part.clone() } else { format!("{}{part}", breaks[i - 1]) }
            }).collect();
            let clean = lines(&text);
            proptest::prop_assert!(!clean.chars().any(|c| c != '\n' && is_unsafe(c)));
            let kept: Vec<&str> = clean.split('\n').collect();
            proptest::prop_assert_eq!(kept.len(), parts.len());
            for (line, part) in kept.iter().zip(&parts) {
                proptest::prop_assert_eq!(*line, one_line(part));
            }
        }
    }

    #[test]
    fn formula_prefixes_are_neutralised() {
        for text in ["=HYPERLINK(\"http://x\",\"klik\")", "+1", "-1", "@SUM(A1)", "=cmd|' /C calc'!A0"] {
            assert_eq!(spreadsheet_cell(text), format!("'{text}"));
        }
        assert_eq!(spreadsheet_cell("\r=1"), "' =1");
        assert_eq!(spreadsheet_cell("  -5"), "'  -5");
        assert_eq!(spreadsheet_cell("a=1"), "a=1");
        assert_eq!(spreadsheet_cell(""), "");
    }
}
