//! A one-line text field: any Unicode, a cursor, paste; and the edits every text field
//! takes.

/// The edits every text field takes, one line or several.
pub trait TextEdit {
    /// Inserts text at the cursor.
    fn insert(&mut self, text: &str);
    /// Deletes the character before the cursor.
    fn delete_back(&mut self);
    /// Deletes the character under the cursor.
    fn delete_forward(&mut self);
    /// Moves the cursor one character left.
    fn left(&mut self);
    /// Moves the cursor one character right.
    fn right(&mut self);
    /// Moves the cursor to the start of the line.
    fn start(&mut self);
    /// Moves the cursor to the end of the line.
    fn end(&mut self);
}

/// Text and a cursor, counted in characters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    cursor: usize,
}

impl TextInput {
    /// A field holding `text`, cursor at the end.
    pub fn with_text(text: &str) -> TextInput {
        TextInput { text: text.to_string(), cursor: text.chars().count() }
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor position in characters.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text.char_indices().nth(chars).map_or(self.text.len(), |(at, _)| at)
    }
}

/// Line breaks and other control characters become spaces.
impl TextEdit for TextInput {
    fn insert(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n");
        let clean: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let at = self.byte_at(self.cursor);
        self.text.insert_str(at, &clean);
        self.cursor += clean.chars().count();
    }

    fn delete_back(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            let at = self.byte_at(self.cursor);
            self.text.remove(at);
        }
    }

    fn delete_forward(&mut self) {
        if self.cursor < self.text.chars().count() {
            let at = self.byte_at(self.cursor);
            self.text.remove(at);
        }
    }

    fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.text.chars().count());
    }

    fn start(&mut self) {
        self.cursor = 0;
    }

    fn end(&mut self) {
        self.cursor = self.text.chars().count();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn edits_at_the_cursor_in_any_script() {
        let mut input = TextInput::with_text("Zwevegem");
        input.start();
        input.insert("Ω ");
        input.end();
        input.insert("—ok 👍");
        input.left();
        input.delete_back();
        assert_eq!(input.text(), "Ω Zwevegem—ok👍");
        input.delete_forward();
        assert_eq!(input.text(), "Ω Zwevegem—ok");
        assert_eq!(input.cursor(), 13);
    }

    #[test]
    fn pasted_line_breaks_become_spaces() {
        let mut input = TextInput::default();
        input.insert("een\ntwee\r\n\x1b[31m");
        assert_eq!(input.text(), "een twee  [31m");
    }

    proptest! {
        #[test]
        fn the_cursor_stays_inside_the_text(ops in prop::collection::vec((0u8..6, ".{0,3}"), 0..40)) {
            let mut input = TextInput::default();
            for (op, text) in ops {
                match op {
                    0 => input.insert(&text),
                    1 => input.delete_back(),
                    2 => input.delete_forward(),
                    3 => input.left(),
                    4 => input.right(),
                    _ => input.start(),
                }
                prop_assert!(input.cursor() <= input.text().chars().count());
            }
        }
    }
}
