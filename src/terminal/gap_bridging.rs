//! A terminal backend that writes fewer bytes: where ratatui's diff skips a few unchanged
//! cells between two changed ones on a row, it rewrites those cells (which it knows, as it
//! keeps what is on screen) instead of moving the cursor over them, whenever that is shorter.
//!
//! Moving to the next finding rewrites words that share a letter here and there with the
//! words before them; each such letter otherwise costs a cursor move of 6–8 bytes.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Position, Rect, Size};
use unicode_width::UnicodeWidthStr;

/// Wraps a backend; see the module documentation.
#[derive(Debug)]
pub struct GapBridgingBackend<B: Backend> {
    inner: B,
    /// What the terminal shows, as far as this backend knows (cells never drawn are blank);
    /// `None` when unknown.
    screen: Option<Buffer>,
}

impl<B: Backend> GapBridgingBackend<B> {
    /// Wraps `inner`, whose screen must be blank (a fresh alternate screen).
    pub fn new(inner: B) -> GapBridgingBackend<B> {
        GapBridgingBackend { inner, screen: Some(Buffer::empty(Rect::ZERO)) }
    }

    /// The wrapped backend.
    pub fn inner(&self) -> &B {
        &self.inner
    }

    fn forget_screen(&mut self) {
        self.screen = None;
    }

    fn blank_screen(&mut self) {
        self.screen = Some(Buffer::empty(Rect::ZERO));
    }
}

/// The screen grown, blank, to hold the cells up to (x, y).
fn grown(screen: Buffer, x: u16, y: u16) -> Buffer {
    let area = screen.area;
    if x < area.right() && y < area.bottom() {
        return screen;
    }
    let mut larger = Buffer::empty(Rect::new(0, 0, area.width.max(x + 1), area.height.max(y + 1)));
    for position in area.positions() {
        if let (Some(cell), Some(target)) = (screen.cell(position), larger.cell_mut(position)) {
            *target = cell.clone();
        }
    }
    larger
}

/// Whether a cell is one column of ordinary text, which can be written again as it is.
fn plain(cell: &Cell) -> bool {
    matches!(cell.diff_option, CellDiffOption::None) && cell.symbol().width() == 1
}

/// The bytes crossterm writes to move the cursor to (x, y): `ESC [ row ; column H`.
fn move_cost(x: u16, y: u16) -> usize {
    let digits = |n: u32| n.to_string().len();
    4 + digits(u32::from(y) + 1) + digits(u32::from(x) + 1)
}

/// The cells of `screen` between `from` and `to` (exclusive) on row `y`, when writing them
/// is shorter than moving the cursor over them and changes nothing on screen: each is one
/// column wide and has the style of the cell written just before the gap.
fn bridge(screen: &Buffer, y: u16, from: u16, to: u16, style_before: &Cell) -> Option<Vec<(u16, u16, Cell)>> {
    let mut bytes = 0;
    let mut cells = Vec::new();
    for x in from..to {
        let cell = screen.cell(Position::new(x, y))?;
        let fits = plain(cell) && cell.style() == style_before.style();
        bytes += cell.symbol().len();
        if !fits || bytes >= move_cost(to, y) {
            return None;
        }
        cells.push((x, y, cell.clone()));
    }
    Some(cells)
}

impl<B: Backend> GapBridgingBackend<B> {
    /// The changed cells with short gaps on a row filled in from the known screen.
    fn bridged(&self, changed: Vec<(u16, u16, Cell)>) -> Vec<(u16, u16, Cell)> {
        let Some(screen) = &self.screen else {
            return changed;
        };
        let mut out: Vec<(u16, u16, Cell)> = Vec::with_capacity(changed.len());
        for (x, y, cell) in changed {
            if let Some((px, py, previous)) = out.last()
                && *py == y
                && plain(previous)
                && x > px + 1
                && let Some(filler) = bridge(screen, y, px + 1, x, previous)
            {
                out.extend(filler);
            }
            out.push((x, y, cell));
        }
        out
    }
}

impl<B: Backend> Backend for GapBridgingBackend<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let changed: Vec<(u16, u16, Cell)> = content.map(|(x, y, cell)| (x, y, cell.clone())).collect();
        let right = changed.iter().map(|(x, _, _)| *x).max();
        let bottom = changed.iter().map(|(_, y, _)| *y).max();
        if let (Some(x), Some(y)) = (right, bottom) {
            self.screen = self.screen.take().map(|screen| grown(screen, x, y));
        }
        let cells = self.bridged(changed);
        self.inner.draw(cells.iter().map(|(x, y, cell)| (*x, *y, cell)))?;
        if let Some(screen) = &mut self.screen {
            for (x, y, cell) in cells {
                if let Some(on_screen) = screen.cell_mut(Position::new(x, y)) {
                    *on_screen = cell;
                }
            }
        }
        Ok(())
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.forget_screen();
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()?;
        self.blank_screen();
        Ok(())
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)?;
        match clear_type {
            ClearType::All => self.blank_screen(),
            _ => self.forget_screen(),
        }
        Ok(())
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::{Color, Style};
    use ratatui::widgets::Paragraph;

    fn frame_text(words: &[(String, bool)]) -> ratatui::text::Text<'static> {
        let spans: Vec<ratatui::text::Span> = words
            .iter()
            .map(|(word, red)| {
                let style = if *red { Style::default().fg(Color::Red) } else { Style::default() };
                ratatui::text::Span::styled(format!("{word} "), style)
            })
            .collect();
        ratatui::text::Line::from(spans).into()
    }

    proptest! {
        /// Whatever frames are drawn, the terminal shows exactly what it shows without bridging.
        #[test]
        fn the_screen_is_what_ratatui_drew(
            frames in prop::collection::vec(prop::collection::vec(("[a-c é中]{0,6}", any::<bool>()), 0..12), 1..6)
        ) {
            let mut terminal = Terminal::new(GapBridgingBackend::new(TestBackend::new(20, 4)))
                .unwrap();
            let mut expected = Terminal::new(TestBackend::new(20, 4)).unwrap();
            for words in &frames {
                let text = frame_text(words);
                terminal
                    .draw(|frame| frame.render_widget(Paragraph::new(text).wrap(ratatui::widgets::Wrap { trim: false }), frame.area()))
                    .unwrap();
                let text = frame_text(words);
                expected
                    .draw(|frame| frame.render_widget(Paragraph::new(text).wrap(ratatui::widgets::Wrap { trim: false }), frame.area()))
                    .unwrap();
                prop_assert_eq!(terminal.backend().inner().buffer(), expected.backend().buffer());
            }
        }
    }

    #[test]
    fn a_frame_without_changes_keeps_what_is_known_of_the_screen() {
        let mut terminal = Terminal::new(GapBridgingBackend::new(TestBackend::new(10, 2))).unwrap();
        for _ in 0..2 {
            terminal.draw(|frame| frame.render_widget(Paragraph::new("bestuur"), frame.area())).unwrap();
        }
        let known = terminal.backend().screen.as_ref().map(|screen| screen.cell(Position::new(2, 0)).map(Cell::symbol));
        assert_eq!(known, Some(Some("s")));
    }

    #[test]
    fn a_shared_letter_is_rewritten_rather_than_skipped() {
        let mut screen = Buffer::empty(Rect::new(0, 0, 10, 1));
        screen.set_string(0, 0, "bestuur", Style::default());
        let backend = GapBridgingBackend { inner: TestBackend::new(10, 1), screen: Some(screen) };
        let mut changed = Vec::new();
        for (x, symbol) in [(0, "k"), (1, "o"), (3, "s"), (4, "t")] {
            let mut cell = Cell::default();
            cell.set_symbol(symbol);
            changed.push((x, 0, cell));
        }
        let bridged = backend.bridged(changed);
        let written: Vec<(u16, &str)> = bridged.iter().map(|(x, _, cell)| (*x, cell.symbol())).collect();
        assert_eq!(written, [(0, "k"), (1, "o"), (2, "s"), (3, "s"), (4, "t")]);
    }
}
