//! A text field of several lines (notes, action texts, decisions): the state of a
//! `ratatui-textarea` editor kept in the model and changed only by `update`, through the
//! same edits as a one-line field plus a new line and a line up or down.

use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use crate::domain::text::lines;

use super::text_input::TextEdit;

/// Lines of text and a cursor.
#[derive(Debug, Clone)]
pub struct TextLines {
    area: TextArea<'static>,
}

impl TextLines {
    /// A field holding `text` (its line breaks kept), cursor at the end.
    pub fn with_text(text: &str) -> TextLines {
        let mut area = TextArea::new(lines(text).split('\n').map(str::to_string).collect());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        TextLines { area }
    }

    /// The text, lines joined by `\n`.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// The lines.
    pub fn lines(&self) -> &[String] {
        self.area.lines()
    }

    /// The cursor as (line, character in the line).
    pub fn cursor(&self) -> (usize, usize) {
        let cursor = self.area.cursor();
        (cursor.0, cursor.1)
    }

    /// The editor, for drawing.
    pub fn area(&self) -> &TextArea<'static> {
        &self.area
    }

    /// Breaks the line at the cursor.
    pub fn new_line(&mut self) {
        self.area.insert_newline();
    }

    /// Moves the cursor one line up (`up`) or down, keeping its column where the line allows;
    /// false when there is no such line.
    pub fn line_step(&mut self, up: bool) -> bool {
        let (row, column) = self.cursor();
        let target = if up { row.checked_sub(1) } else { Some(row + 1) };
        match target.filter(|&r| r < self.area.lines().len()) {
            Some(target) => {
                let length = self.area.lines().get(target).map_or(0, |l| l.chars().count());
                let jump = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
                self.area.move_cursor(CursorMove::Jump(jump(target), jump(column.min(length))));
                true
            }
            None => false,
        }
    }
}

impl TextEdit for TextLines {
    fn insert(&mut self, text: &str) {
        self.area.insert_str(lines(text));
    }

    fn delete_back(&mut self) {
        self.area.delete_char();
    }

    fn delete_forward(&mut self) {
        self.area.delete_next_char();
    }

    fn left(&mut self) {
        self.area.move_cursor(CursorMove::Back);
    }

    fn right(&mut self) {
        self.area.move_cursor(CursorMove::Forward);
    }

    fn start(&mut self) {
        self.area.move_cursor(CursorMove::Head);
    }

    fn end(&mut self) {
        self.area.move_cursor(CursorMove::End);
    }
}

impl PartialEq for TextLines {
    fn eq(&self, other: &TextLines) -> bool {
        self.lines() == other.lines() && self.cursor() == other.cursor()
    }
}

impl Eq for TextLines {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_broken_joined_and_walked() {
        let mut input = TextLines::with_text("een\r\ntwee");
        assert_eq!(input.cursor(), (1, 4));
        input.new_line();
        input.insert("drie\x1b\u{202E}\tvier");
        assert_eq!(input.text(), "een\ntwee\ndrie\u{FFFD}\u{FFFD} vier");
        assert!(input.line_step(true));
        assert_eq!(input.cursor(), (1, 4));
        assert!(input.line_step(true) && !input.line_step(true));
        input.start();
        input.delete_back();
        assert_eq!(input.cursor(), (0, 0));
        input.end();
        input.delete_forward();
        assert_eq!(input.text(), "eentwee\ndrie\u{FFFD}\u{FFFD} vier");
        assert!(input.line_step(false) && !input.line_step(false));
    }

    proptest::proptest! {
        /// Any text opens with its lines, neutralised, and edits keep the cursor in the text.
        #[test]
        fn text_round_trips_and_the_cursor_stays_inside(
            text in "(?s).{0,40}",
            ops in proptest::collection::vec((0u8..8, "(?s).{0,3}"), 0..30),
        ) {
            let mut input = TextLines::with_text(&text);
            proptest::prop_assert_eq!(input.text(), lines(&text).into_owned());
            for (op, typed) in ops {
                match op {
                    0 => input.insert(&typed),
                    1 => input.delete_back(),
                    2 => input.delete_forward(),
                    3 => input.left(),
                    4 => input.right(),
                    5 => input.new_line(),
                    6 => { input.line_step(true); }
                    _ => { input.line_step(false); }
                }
                let (row, column) = input.cursor();
                proptest::prop_assert!(row < input.lines().len());
                proptest::prop_assert!(column <= input.lines()[row].chars().count());
                let shown = input.text();
                proptest::prop_assert!(!shown.chars().any(|c| c != '\n' && crate::domain::text::is_unsafe(c)));
            }
        }
    }

    #[test]
    fn pasted_lines_stay_lines() {
        let mut input = TextLines::with_text("");
        input.insert("een\ntwee\r\ndrie");
        assert_eq!(input.lines(), ["een", "twee", "drie"]);
    }
}
