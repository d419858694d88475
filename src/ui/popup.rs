//! A bordered box centred over the screen, for overlays.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState};

use super::theme::Theme;
use super::window::Window;

/// Clears a centred box of at most `width` × `height` and draws its border; returns the inside.
pub fn open(frame: &mut Frame, area: Rect, width: u16, height: u16, title: &str, theme: &Theme) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))]).flex(Flex::Center).areas(area);
    let [rect] = Layout::horizontal([Constraint::Length(width.min(area.width))]).flex(Flex::Center).areas(row);
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.key)
        // Cleared cells lose the theme's background: the box paints it again.
        .style(theme.background.patch(theme.text))
        .title(Span::styled(format!(" {title} "), theme.header));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    inner
}

/// Draws a list of `len` items to choose from, the selection marked: only the page of items
/// that fits is built (`item` gives the item at an index).
pub fn choices<'a>(
    frame: &mut Frame,
    area: Rect,
    len: usize,
    selected: usize,
    item: impl Fn(usize) -> Option<ListItem<'a>>,
    theme: &Theme,
) {
    let window = Window::around(len, selected, area.height);
    let items: Vec<ListItem> = window.rows.clone().filter_map(item).collect();
    let list = List::new(items).highlight_style(theme.selected).highlight_symbol("▶ ");
    let mut state = ListState::default().with_selected(window.selected);
    frame.render_stateful_widget(list, area, &mut state);
}
