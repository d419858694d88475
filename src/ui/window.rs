//! Long lists draw only the rows that fit, a page at a time so that moving the selection
//! redraws two rows rather than the whole list, and say which rows are shown.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// The rows of a list shown in a given height.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    /// The rows drawn.
    pub rows: Range<usize>,
    /// The selected row's position inside the window.
    pub selected: Option<usize>,
    len: usize,
}

impl Window {
    /// The page of `height` rows of a list of `len` that shows `selected`; the last page is
    /// filled up with the rows before it.
    pub fn around(len: usize, selected: usize, height: u16) -> Window {
        let height = usize::from(height).max(1);
        let start = (selected / height * height).min(len.saturating_sub(height));
        let end = (start + height).min(len);
        Window { rows: start..end, selected: (selected < len).then(|| selected - start), len }
    }

    /// The style of the identifying cells of a shown row: `selected` for the selected row.
    /// Only those cells are highlighted, not the whole row, so that moving the selection
    /// rewrites a few cells rather than two whole rows.
    pub fn highlight(&self, row: usize, selected: Style) -> Style {
        if Some(row) == self.selected { selected } else { Style::default() }
    }

    /// Draws `table` (the rows of this window) in a bordered box titled `title`, the row
    /// counter in the title when not every row is shown, the selection marked `▶`.
    pub fn render_table(
        &self,
        frame: &mut ratatui::Frame,
        area: ratatui::layout::Rect,
        table: ratatui::widgets::Table<'static>,
        title: Vec<Span<'static>>,
        theme: &super::theme::Theme,
    ) {
        use ratatui::widgets::{Block, Borders, TableState};
        let marker = self.marker().map(|marker| Span::styled(marker, theme.marker));
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(title_with_marker(title, marker, area.width));
        let mut state = TableState::default().with_selected(self.selected);
        frame.render_stateful_widget(table.block(block).highlight_symbol("▶ "), area, &mut state);
    }

    /// ` rijen 21–40 van 300 ` when not every row is shown.
    pub fn marker(&self) -> Option<String> {
        (self.rows.len() < self.len)
            .then(|| format!(" rijen {}–{} van {} ", self.rows.start + 1, self.rows.end, self.len))
    }
}

/// A title with the rows marker after it where both fit in `width` (a block's borders
/// included), else the marker first, so that the counter is never the part cut off.
pub fn title_with_marker(mut title: Vec<Span<'static>>, marker: Option<Span<'static>>, width: u16) -> Line<'static> {
    let room = usize::from(width).saturating_sub(2);
    let Some(marker) = marker else { return Line::from(fit_spans(title, room)) };
    let used: usize = title.iter().chain([&marker]).map(Span::width).sum();
    if used <= room {
        title.push(marker);
    } else {
        title.insert(0, marker);
    }
    Line::from(fit_spans(title, room))
}

/// Spans cut to `room` columns: the one that does not fit ends in `…`, those after it go.
pub fn fit_spans(spans: Vec<Span<'static>>, room: usize) -> Vec<Span<'static>> {
    let mut used = 0;
    let mut out = Vec::new();
    for span in spans {
        let width = span.width();
        if used + width <= room {
            used += width;
            out.push(span);
            continue;
        }
        let left = room.saturating_sub(used);
        if left > 2 {
            let text = super::text::fit(span.content.trim_end(), left - 1);
            out.push(Span::styled(format!("{text} "), span.style));
        }
        break;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selection_stays_in_view_a_page_at_a_time() {
        assert_eq!(Window::around(300, 0, 20).rows, 0..20);
        assert_eq!(Window::around(300, 19, 20).rows, 0..20);
        assert_eq!(Window::around(300, 20, 20).rows, 20..40);
        assert_eq!(Window::around(300, 25, 20).rows, 20..40);
        assert_eq!(Window::around(300, 25, 20).selected, Some(5));
        assert_eq!(Window::around(25, 20, 20).rows, 5..25);
        assert_eq!(Window::around(25, 20, 20).selected, Some(15));
        assert_eq!(Window::around(300, 299, 20).rows, 280..300);
        assert_eq!(Window::around(13, 12, 20).rows, 0..13);
        assert_eq!(Window::around(0, 0, 20).selected, None);
        assert_eq!(Window::around(13, 5, 20).marker(), None);
        assert_eq!(Window::around(300, 5, 20).marker().as_deref(), Some(" rijen 1–20 van 300 "));
    }
}
