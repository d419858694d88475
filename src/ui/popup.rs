//! A bordered box centred over the screen, for overlays.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState};

use super::theme::Theme;

/// Clears a centred box of at most `width` × `height` and draws its border; returns the inside.
pub fn open(frame: &mut Frame, area: Rect, width: u16, height: u16, title: &str, theme: &Theme) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))]).flex(Flex::Center).areas(area);
    let [rect] = Layout::horizontal([Constraint::Length(width.min(area.width))]).flex(Flex::Center).areas(row);
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.key)
        .style(theme.text)
        .title(Span::styled(format!(" {title} "), theme.header));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    inner
}

/// Draws a list to choose from, the selection marked; returns how many items it holds.
pub fn choices(frame: &mut Frame, area: Rect, items: Vec<ListItem<'_>>, selected: usize, theme: &Theme) -> usize {
    let count = items.len();
    let list = List::new(items).highlight_style(theme.selected).highlight_symbol("▶ ");
    let mut state = ListState::default().with_selected((count > 0).then_some(selected));
    frame.render_stateful_widget(list, area, &mut state);
    count
}
