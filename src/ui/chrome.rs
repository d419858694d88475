//! Tabs, banner and status line around a screen; hidden in presentation mode.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{Action, Model, Screen};

use super::text::{clean, fit};
use super::theme::Theme;

/// Draws the chrome and returns the area left for the screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) -> Rect {
    let presentation = model.projection.presentation;
    let banner = model.dataset.provenance().illustrative;
    let [tabs, banner_area, body, status] = Layout::vertical([
        Constraint::Length(u16::from(!presentation)),
        Constraint::Length(u16::from(banner)),
        Constraint::Min(0),
        Constraint::Length(u16::from(!presentation)),
    ])
    .areas(area);
    if !presentation {
        frame.render_widget(tab_line(model, theme, tabs.width), tabs);
        frame.render_widget(status_line(model, theme, status.width), status);
    }
    if banner {
        let text = format!(
            " ⚠ Voorbeelddata: {}",
            clean(&model.dataset.provenance().note)
        );
        let line = Paragraph::new(fit(&text, banner_area.width as usize)).style(theme.banner);
        frame.render_widget(line, banner_area);
    }
    body
}

/// The tabs, with the app's name in front when there is room, and only the numbers when
/// even the titles do not fit.
fn tab_line(model: &Model, theme: &Theme, width: u16) -> Line<'static> {
    let titled: Vec<String> = Screen::ALL
        .iter()
        .map(|s| format!(" {} {} ", s.number(), s.title()))
        .collect();
    let length: usize = titled.iter().map(|t| t.chars().count()).sum();
    let width = usize::from(width);
    let mut spans = Vec::new();
    if length + 7 <= width {
        spans.push(Span::styled(" regie ", theme.header));
    }
    for (screen, title) in Screen::ALL.iter().zip(titled) {
        let style = if *screen == model.screen {
            theme.tab_active
        } else {
            theme.muted
        };
        let text = if length <= width || *screen == model.screen {
            title
        } else {
            format!(" {} ", screen.number())
        };
        spans.push(Span::styled(text, style));
    }
    Line::from(spans)
}

fn status_line(model: &Model, theme: &Theme, width: u16) -> Line<'static> {
    let status = &model.status;
    let mut left = String::from(" ");
    if let Some(key) = &status.last_key {
        left.push_str(&format!("‹{key}› {}", status.last_command.unwrap_or("")));
    }
    if let Some(message) = &status.message {
        left.push_str(&format!(" · {message}"));
    }
    let hints = [
        (Action::Help, "hulp"),
        (Action::Finder, "zoeken"),
        (Action::Quit, "stoppen"),
    ];
    let right: String = hints
        .iter()
        .filter_map(|(action, word)| {
            let key = model.keymap.key_for(model.screen.context(), action)?;
            Some(format!("{key} {word}  "))
        })
        .collect();
    let room = (width as usize).saturating_sub(right.chars().count());
    let left = fit(&left, room);
    let pad = room.saturating_sub(left.chars().count());
    Line::from(vec![
        Span::styled(format!("{left}{}", " ".repeat(pad)), theme.status),
        Span::styled(right, theme.status.patch(theme.key)),
    ])
}
