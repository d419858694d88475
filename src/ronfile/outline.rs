//! Positions inside a RON list file: where each item and each `field:` starts.
//!
//! serde hands the loader values without positions; the cross-reference checks name an item
//! and a field, and this outline turns that into a line and column of the original text.

use std::ops::Range;

/// The items of a top-level RON list and the field names inside them, by byte offset.
pub struct Outline<'t> {
    text: &'t str,
    line_starts: Vec<usize>,
    items: Vec<Range<usize>>,
    fields: Vec<(usize, &'t str)>,
}

impl<'t> Outline<'t> {
    /// Scans a RON text once.
    pub fn new(text: &'t str) -> Outline<'t> {
        let mut scan =
            Scan { bytes: text.as_bytes(), at: 0, depth: 0, item: None, items: Vec::new(), fields: Vec::new() };
        scan.run(text);
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(at, _)| at + 1)).collect();
        Outline { text, line_starts, items: scan.items, fields: scan.fields }
    }

    /// Line and column of the `nth` occurrence of `field` in item `item`, or of the item when
    /// the field is not there, or 1:1 when the item is not there either.
    pub fn position(&self, item: Option<usize>, field: Option<(&str, usize)>) -> (usize, usize) {
        self.offset(item, field).map_or((1, 1), |at| self.line_column(at))
    }

    /// Byte offset of what [`Outline::position`] finds; `None` when the item is not there.
    pub fn offset(&self, item: Option<usize>, field: Option<(&str, usize)>) -> Option<usize> {
        let range = item.and_then(|i| self.items.get(i))?;
        let first = self.fields.partition_point(|(at, _)| *at < range.start);
        let in_item = self.fields[first..].iter().take_while(|(at, _)| range.contains(at));
        let found = field.and_then(|(name, nth)| in_item.filter(|(_, n)| *n == name).nth(nth));
        Some(found.map_or(range.start, |(at, _)| *at))
    }

    /// Index of the item that starts with the field `name` (e.g. a section of a struct file).
    pub fn item_named(&self, name: &str) -> Option<usize> {
        self.items.iter().position(|range| self.fields.iter().any(|(at, n)| *at == range.start && *n == name))
    }

    /// Line and column (1-based, in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
        let column = self.text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }
}

struct Scan<'b> {
    bytes: &'b [u8],
    at: usize,
    depth: usize,
    item: Option<usize>,
    items: Vec<Range<usize>>,
    fields: Vec<(usize, &'b str)>,
}

impl<'b> Scan<'b> {
    fn run(&mut self, text: &'b str) {
        while let Some(&byte) = self.bytes.get(self.at) {
            match byte {
                b'"' => self.skip_string(text),
                b'/' if self.peek(1) == Some(b'/') => self.skip_until(b'\n'),
                b'/' if self.peek(1) == Some(b'*') => self.skip_block_comment(),
                b'#' if self.depth == 0 => self.skip_until(b'\n'),
                b'r' if self.raw_string_ahead() => self.skip_raw_string(),
                b'(' | b'[' | b'{' => {
                    self.open_item();
                    self.depth += 1;
                    self.at += 1;
                }
                b')' | b']' | b'}' => {
                    self.depth = self.depth.saturating_sub(1);
                    if self.depth == 0 {
                        self.close_item();
                    }
                    self.at += 1;
                }
                b',' if self.depth == 1 => {
                    self.close_item();
                    self.at += 1;
                }
                b if b.is_ascii_alphabetic() || b == b'_' => self.identifier(text),
                b if b.is_ascii_whitespace() || b == b',' => self.at += 1,
                _ => {
                    self.open_item();
                    self.at += 1;
                }
            }
        }
        self.close_item();
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.at + ahead).copied()
    }

    fn open_item(&mut self) {
        if self.depth == 1 && self.item.is_none() {
            self.item = Some(self.at);
        }
    }

    fn close_item(&mut self) {
        if let Some(start) = self.item.take() {
            self.items.push(start..self.at.max(start + 1));
        }
    }

    fn identifier(&mut self, text: &'b str) {
        self.open_item();
        let start = self.at;
        while self.peek(0).is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
            self.at += 1;
        }
        if let Some(name) = text.get(start..self.at).filter(|_| self.colon_follows()) {
            self.fields.push((start, name));
        }
    }

    fn skip_string(&mut self, text: &'b str) {
        self.open_item();
        let start = self.at;
        self.at += 1;
        while let Some(byte) = self.peek(0) {
            self.at += if byte == b'\\' { 2 } else { 1 };
            if byte == b'"' {
                break;
            }
        }
        // A string followed by `:` is a map key; it is found like a field.
        if let Some(key) = text.get(start + 1..self.at - 1).filter(|_| self.colon_follows()) {
            self.fields.push((start, key));
        }
    }

    fn colon_follows(&self) -> bool {
        let mut after = self.at;
        while self.bytes.get(after).is_some_and(u8::is_ascii_whitespace) {
            after += 1;
        }
        self.bytes.get(after) == Some(&b':') && self.bytes.get(after + 1) != Some(&b':')
    }

    fn raw_string_ahead(&self) -> bool {
        let hashes = self.bytes[self.at + 1..].iter().take_while(|&&b| b == b'#').count();
        self.peek(1 + hashes) == Some(b'"')
    }

    fn skip_raw_string(&mut self) {
        self.open_item();
        let hashes = self.bytes[self.at + 1..].iter().take_while(|&&b| b == b'#').count();
        self.at += hashes + 2;
        while self.at < self.bytes.len() {
            let closes = self.bytes[self.at] == b'"'
                && self.bytes[self.at + 1..].iter().take(hashes).filter(|&&b| b == b'#').count() == hashes;
            self.at += 1;
            if closes {
                self.at += hashes;
                return;
            }
        }
    }

    fn skip_until(&mut self, end: u8) {
        while self.peek(0).is_some_and(|b| b != end) {
            self.at += 1;
        }
    }

    fn skip_block_comment(&mut self) {
        let mut nesting = 0usize;
        while self.at < self.bytes.len() {
            match (self.peek(0), self.peek(1)) {
                (Some(b'/'), Some(b'*')) => {
                    nesting += 1;
                    self.at += 2;
                }
                (Some(b'*'), Some(b'/')) => {
                    nesting -= 1;
                    self.at += 2;
                    if nesting == 0 {
                        return;
                    }
                }
                _ => self.at += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "#![enable(implicit_some)]\n// list\n[\n    A(id: \"a, [b]\", x: 1),\n    A(\n        id: \"c\",\n        rel: [R(m: \"p\"), R(m: \"q\")],\n    ),\n]\n";

    #[test]
    fn items_and_fields_are_found_past_strings_and_comments() {
        let outline = Outline::new(TEXT);
        assert_eq!(outline.position(Some(0), None), (4, 5));
        assert_eq!(outline.position(Some(0), Some(("x", 0))), (4, 21));
        assert_eq!(outline.position(Some(1), Some(("id", 0))), (6, 9));
        assert_eq!(outline.position(Some(1), Some(("m", 1))), (7, 28));
    }

    #[test]
    fn map_keys_and_sections_are_found() {
        let text = "(\n    global: {\n        \"q\": quit,\n    },\n    matrix: { \"q\": open },\n)\n";
        let outline = Outline::new(text);
        let matrix = outline.item_named("matrix");
        assert_eq!(matrix, Some(1));
        assert_eq!(outline.position(matrix, Some(("q", 0))), (5, 15));
        assert_eq!(outline.position(outline.item_named("global"), Some(("q", 0))), (3, 9));
    }

    #[test]
    fn missing_things_fall_back() {
        let outline = Outline::new(TEXT);
        assert_eq!(outline.position(Some(1), Some(("nope", 0))), (5, 5));
        assert_eq!(outline.position(Some(9), None), (1, 1));
        assert_eq!(outline.position(None, None), (1, 1));
    }

    #[test]
    fn garbage_does_not_panic() {
        for text in ["r#", "\"", "/*", "[[[", ")))", "r##\"x\"#", "[a: ::"] {
            let outline = Outline::new(text);
            let _ = outline.position(Some(0), Some(("a", 0)));
        }
    }
}
