//! Long lists draw only the rows that fit, placed so the selection stays in view, and say
//! which rows are shown.

use std::ops::Range;

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
    /// The window of `height` rows of a list of `len` that shows `selected`.
    pub fn around(len: usize, selected: usize, height: u16) -> Window {
        let height = usize::from(height).max(1);
        let start = (selected + 1).saturating_sub(height).min(len.saturating_sub(height));
        let end = (start + height).min(len);
        Window { rows: start..end, selected: (selected < len).then(|| selected - start), len }
    }

    /// ` rijen 21–40 van 300 ` when not every row is shown.
    pub fn marker(&self) -> Option<String> {
        (self.rows.len() < self.len)
            .then(|| format!(" rijen {}–{} van {} ", self.rows.start + 1, self.rows.end, self.len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selection_stays_in_view() {
        assert_eq!(Window::around(300, 0, 20).rows, 0..20);
        assert_eq!(Window::around(300, 25, 20).rows, 6..26);
        assert_eq!(Window::around(300, 25, 20).selected, Some(19));
        assert_eq!(Window::around(300, 299, 20).rows, 280..300);
        assert_eq!(Window::around(13, 12, 20).rows, 0..13);
        assert_eq!(Window::around(0, 0, 20).selected, None);
        assert_eq!(Window::around(13, 5, 20).marker(), None);
        assert_eq!(Window::around(300, 5, 20).marker().as_deref(), Some(" rijen 1–20 van 300 "));
    }
}
