//! The editor overlay for a finding's note.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use crate::app::{Action, Model, NoteEditor};

use super::text::{clean, fit};
use super::theme::Theme;
use super::{input_line, popup};

/// Draws the note editor over the screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, editor: &NoteEditor, theme: &Theme) {
    let width = area.width.saturating_sub(6).min(100);
    let inner = popup::open(frame, area, width, 6, "Toelichting bewerken", theme);
    let [what, field, hint] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(1),
    ])
    .areas(inner);
    let about = model
        .dataset
        .findings()
        .get(editor.finding)
        .map_or(String::new(), |f| {
            let name = model
                .dataset
                .municipality_index(&f.municipality)
                .and_then(|m| model.dataset.municipalities().get(m))
                .map_or(f.municipality.as_str(), |m| m.name.as_str());
            format!("{} · {}", clean(name), f.indicator)
        });
    frame.render_widget(
        Line::styled(fit(&about, usize::from(what.width)), theme.header),
        what,
    );
    input_line::render(frame, field, "› ", &editor.input, theme);
    let keys = format!(
        "{} bewaart · {} annuleert",
        model.hint(&Action::Open),
        model.hint(&Action::Back)
    );
    frame.render_widget(Line::styled(keys, theme.muted), hint);
}
