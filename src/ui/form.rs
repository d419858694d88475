//! A form overlay: labelled fields, the focused one with a cursor, its help and any error.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use crate::app::overlays::form::{Form, Purpose, action_field};
use crate::app::{Model, owner_suggestion, parse_owner};
use crate::command::Action;
use crate::domain::Owner;

use super::text::fit;
use super::theme::Theme;
use super::{input_line, popup};

/// Draws a form over the screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, form: &Form, theme: &Theme) {
    let rows = form.fields.len() as u16;
    let errors = form.error.as_deref().map_or(1, |e| e.lines().count().max(1)) as u16;
    let width = area.width.saturating_sub(6).min(100);
    let inner = popup::open(frame, area, width, rows + 4 + errors, &fit(&form.title, usize::from(width) - 4), theme);
    let label_width = form.fields.iter().map(|f| f.label.chars().count()).max().unwrap_or(0) + 2;
    let [fields, help, error, keys] = Layout::vertical([
        Constraint::Length(rows),
        Constraint::Length(1),
        Constraint::Length(errors),
        Constraint::Length(1),
    ])
    .areas(inner);
    for (index, field) in form.fields.iter().enumerate() {
        let row = Rect { y: fields.y + index as u16, height: 1, ..fields };
        let label = format!("{:<label_width$}", format!("{}:", field.label));
        if index == form.focus {
            input_line::render(frame, row, &label, &field.input, theme);
        } else {
            let room = usize::from(row.width).saturating_sub(label_width);
            let line = Line::from(vec![
                Span::styled(label, theme.muted),
                Span::styled(fit(field.input.text(), room), theme.text),
            ]);
            frame.render_widget(line, row);
        }
    }
    let focused_help = form.fields.get(form.focus).map_or("", |f| f.help);
    let suggestion = (matches!(form.purpose, Purpose::NewFollowUp(_) | Purpose::EditFollowUp(_))
        && form.focus == action_field::OWNER)
        .then(|| owner_suggestion(model, form.value(action_field::OWNER)))
        .flatten();
    let owner_field =
        matches!(form.purpose, Purpose::NewFollowUp(_) | Purpose::EditFollowUp(_)) && form.focus == action_field::OWNER;
    // A short form of a bestuur (`stad`, `g`, `o`) says what it will be saved as.
    let alias = owner_field.then(|| alias_of(model, form.value(action_field::OWNER))).flatten();
    let help_line = match (suggestion, alias) {
        (Some(owner), _) => Line::styled(
            fit(&format!("{} neemt: {owner}", model.hint(&Action::NextField)), usize::from(help.width)),
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
    let hint = format!(
        "{} volgend veld · {} bewaart · {} annuleert",
        model.hint(&Action::NextField),
        model.hint(&Action::Open),
        model.hint(&Action::Back)
    );
    frame.render_widget(Line::styled(hint, theme.muted), keys);
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
