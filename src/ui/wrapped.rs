//! Wrapped paragraphs that no text can make panic. ratatui 0.30's word wrapper can lay out a
//! line one column wider than its area (a combining mark at the start of a line, or a wide
//! character after a space in a very narrow area) and then writes outside the buffer, which
//! panics. Every wrapped paragraph of the app is drawn through [`Wrapped`]: into a scratch
//! buffer with room to the right, of which only the area is copied back.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

/// A paragraph wrapped to its area, safe with any text at any width.
#[derive(Debug, Clone)]
pub struct Wrapped<'a>(Paragraph<'a>);

/// `paragraph` wrapped at word boundaries; with `trim`, leading blanks of wrapped lines go.
pub fn wrapped(paragraph: Paragraph<'_>, trim: bool) -> Wrapped<'_> {
    Wrapped(paragraph.wrap(Wrap { trim }))
}

impl Widget for Wrapped<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        // As wide again as the area: far more than the one column ratatui overshoots by.
        let spare = area.width.saturating_add(4);
        let mut scratch = Buffer::empty(Rect { width: area.width.saturating_add(spare), ..area });
        copy(buf, &mut scratch, area);
        self.0.render(area, &mut scratch);
        copy(&scratch, buf, area);
        // A wide character laid out in the last column would reach past the area: blanked.
        let last = area.right() - 1;
        for y in area.top()..area.bottom() {
            if let Some(cell) = buf.cell_mut((last, y))
                && cell.symbol().width() > 1
            {
                cell.set_symbol(" ");
            }
        }
    }
}

/// Copies the cells of `area` from one buffer to another.
fn copy(from: &Buffer, to: &mut Buffer, area: Rect) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let (Some(cell), Some(slot)) = (from.cell((x, y)), to.cell_mut((x, y))) {
                *slot = cell.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::text::Line;

    fn render(text: &str, area: Rect, trim: bool) -> Buffer {
        let mut buffer = Buffer::empty(Rect { x: 0, y: 0, width: area.right() + 1, height: area.bottom() });
        wrapped(Paragraph::new(text.to_string()), trim).render(area, &mut buffer);
        buffer
    }

    #[test]
    fn the_texts_that_made_ratatui_panic_draw_inside_their_area() {
        for (text, width) in
            [("\u{301} 界界界界界界界界界", 4), ("\u{301} b界界", 3), (" 界界界a", 2), ("\u{301} 界ü界 \u{301}", 17)]
        {
            for trim in [true, false] {
                let area = Rect::new(0, 0, width, 3);
                let buffer = render(text, area, trim);
                let outside = (0..3).map(|y| buffer.cell((width, y)).map_or("", |c| c.symbol())).collect::<String>();
                assert_eq!(outside, "   ", "{text:?} at {width}");
            }
        }
    }

    #[test]
    fn it_draws_what_a_plain_wrapped_paragraph_draws() {
        let area = Rect::new(2, 1, 12, 3);
        let text = "Een lange toelichting die over drie regels loopt";
        let mut plain = Buffer::empty(Rect::new(0, 0, 20, 5));
        Paragraph::new(Line::from(text)).wrap(Wrap { trim: true }).render(area, &mut plain);
        let mut safe = Buffer::empty(Rect::new(0, 0, 20, 5));
        wrapped(Paragraph::new(Line::from(text)), true).render(area, &mut safe);
        assert_eq!(safe, plain);
    }

    proptest! {
        /// Combining marks, wide characters and blanks at every narrow width: never a panic,
        /// nothing drawn outside the area.
        #[test]
        fn no_text_panics_at_any_width(
            text in "[ab \u{301}\u{302}ü界👍]{0,40}",
            width in 1u16..40,
            height in 1u16..6,
            trim: bool,
        ) {
            let area = Rect::new(1, 0, width, height);
            let buffer = render(&text, area, trim);
            for y in 0..height {
                prop_assert_eq!(buffer.cell((0, y)).map(|c| c.symbol().to_string()), Some(" ".to_string()));
                prop_assert_eq!(buffer.cell((area.right(), y)).map(|c| c.symbol().to_string()), Some(" ".to_string()));
            }
        }
    }
}
