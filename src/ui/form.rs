//! A form overlay: labelled fields, the focused one with a cursor, its help and any error.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use crate::app::overlays::form::{FieldInput, Form, Purpose, action_field};
use crate::app::text_lines::TextLines;
use crate::app::{Model, owner_suggestion, parse_owner};
use crate::command::Action;
use crate::domain::Owner;

use super::text::{display_width, fit};
use super::theme::Theme;
use super::{input_line, popup};

/// Rows a field of several lines takes: its lines as wrapped into `width` columns and one
/// more to type on, at least two, at most what is left of `height` once the other fields, the
/// popup's border and its three lines below are counted (two to eight).
fn lines_rows(form: &Form, input: &TextLines, width: u16, height: u16) -> u16 {
    let others = form.fields.iter().filter(|f| matches!(f.input, FieldInput::Line(_))).count() as u16;
    let most = height.saturating_sub(others + 5 + 2).clamp(2, 8);
    let width = usize::from(width.max(1));
    let wrapped: usize = input.lines().iter().map(|line| display_width(line).div_ceil(width).max(1)).sum();
    u16::try_from(wrapped + 1).unwrap_or(most).clamp(2, most)
}

/// Draws a form over the screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, form: &Form, theme: &Theme) {
    let width = area.width.saturating_sub(6).min(100);
    let errors = form.error.as_deref().map_or(1, |e| e.lines().count().max(1)) as u16;
    let label_width = form.fields.iter().map(|f| f.label.chars().count()).max().unwrap_or(0) + 2;
    let text_width = width.saturating_sub(2 + label_width as u16);
    let heights: Vec<u16> = form
        .fields
        .iter()
        .map(|f| match &f.input {
            FieldInput::Line(_) => 1,
            FieldInput::Lines(input) => lines_rows(form, input, text_width, area.height),
        })
        .collect();
    let rows: u16 = heights.iter().sum();
    let inner = popup::open(frame, area, width, rows + 4 + errors, &fit(&form.title, usize::from(width) - 4), theme);
    let [fields, help, error, keys] = Layout::vertical([
        Constraint::Length(rows),
        Constraint::Length(1),
        Constraint::Length(errors),
        Constraint::Length(1),
    ])
    .areas(inner);
    let mut y = fields.y;
    for (index, (field, height)) in form.fields.iter().zip(heights).enumerate() {
        let row = Rect { y, height: height.min(fields.bottom().saturating_sub(y)), ..fields };
        y += row.height;
        let label = format!("{:<label_width$}", format!("{}:", field.label));
        let focused = index == form.focus;
        match &field.input {
            FieldInput::Line(input) if focused => input_line::render(frame, row, &label, input, theme),
            FieldInput::Line(input) => {
                let room = usize::from(row.width).saturating_sub(label_width);
                let line = Line::from(vec![
                    Span::styled(label, theme.muted),
                    Span::styled(fit(input.text(), room), theme.text),
                ]);
                frame.render_widget(line, row);
            }
            FieldInput::Lines(input) => {
                let [label_area, text_area] =
                    Layout::horizontal([Constraint::Length(label_width as u16), Constraint::Fill(1)]).areas(row);
                frame.render_widget(Line::styled(label, if focused { theme.key } else { theme.muted }), label_area);
                // A copy to style: the model's editor stays as update left it, so drawing
                // changes nothing.
                let mut editor = input.area().clone();
                editor.set_style(theme.text);
                editor.set_cursor_line_style(theme.text);
                editor.set_cursor_style(if focused { theme.selected } else { theme.text });
                frame.render_widget(&editor, text_area);
            }
        }
    }
    let focused_help = form.fields.get(form.focus).map_or("", |f| f.help);
    let suggestion = (matches!(form.purpose, Purpose::NewFollowUp(_) | Purpose::EditFollowUp(_))
        && form.focus == action_field::OWNER)
        .then(|| owner_suggestion(model, &form.value(action_field::OWNER)))
        .flatten();
    let owner_field =
        matches!(form.purpose, Purpose::NewFollowUp(_) | Purpose::EditFollowUp(_)) && form.focus == action_field::OWNER;
    // A short form of a bestuur (`stad`, `g`, `o`) says what it will be saved as.
    let alias = owner_field.then(|| alias_of(model, &form.value(action_field::OWNER))).flatten();
    let help_line = match (suggestion, alias) {
        (Some(owner), _) => Line::styled(
            fit(
                &format!("{} neemt «{owner}» en gaat verder · → neemt het", model.hint(&Action::NextField)),
                usize::from(help.width),
            ),
            theme.key,
        ),
        (None, Some(alias)) => Line::styled(fit(&alias, usize::from(help.width)), theme.key),
        (None, None) => Line::styled(fit(focused_help, usize::from(help.width)), theme.muted),
    };
    frame.render_widget(help_line, help);
    if let Some(message) = &form.error {
        // One problem a line (a refused workbook lists its first problems).
        for (row, line) in message.lines().enumerate() {
            let at = Rect { y: error.y + row as u16, height: 1, ..error };
            let text = fit(&format!("⚠ {line}"), usize::from(error.width));
            frame.render_widget(Line::styled(text, theme.marker), at.intersection(error));
        }
    }
    let in_lines = form.fields.get(form.focus).is_some_and(|f| matches!(f.input, FieldInput::Lines(_)));
    // Enter saves every form; in a field of several lines another key breaks the line. What
    // saves comes first, so a narrow popup keeps it.
    let mut hint = format!("{} bewaart", model.hint(&Action::Open));
    if in_lines {
        hint.push_str(&format!(" · {} nieuwe regel", new_line_keys(model)));
    }
    hint.push_str(&format!(" · {} annuleert", model.hint(&Action::Back)));
    if form.fields.len() > 1 {
        hint.push_str(&format!(" · {} volgend veld", model.hint(&Action::NextField)));
    }
    frame.render_widget(Line::styled(fit(&hint, usize::from(keys.width)), theme.muted), keys);
}

/// The keys that break a line, as the footer names them: `shift-enter/ctrl-j` with the
/// shipped keymap (shift-enter first: the key a user tries; ctrl-j works everywhere).
pub fn new_line_keys(model: &Model) -> String {
    let mut keys: Vec<String> = model
        .keymap
        .bindings(model.context())
        .into_iter()
        .filter(|(_, action)| **action == Action::NewLine)
        .map(|(key, _)| key.to_string())
        .collect();
    keys.sort_by_key(|k| (!k.starts_with("shift"), !k.starts_with("ctrl"), k.len()));
    keys.truncate(2);
    keys.join("/")
}

/// `'stad' wordt bewaard als gemeente` when what is typed is a short form of a bestuur.
fn alias_of(model: &Model, typed: &str) -> Option<String> {
    let word = match parse_owner(model.dataset(), typed)? {
        Owner::Gemeente => "gemeente",
        Owner::Ocmw => "ocmw",
        Owner::Beide => "beide",
        Owner::Actor(_) | Owner::Tekst(_) => return None,
    };
    let typed = typed.trim();
    (typed.to_lowercase() != word).then(|| format!("'{typed}' wordt bewaard als {word}"))
}
