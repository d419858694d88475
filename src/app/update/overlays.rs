//! Actions while an overlay has the focus: typing, choosing, submitting, answering.

use crate::app::form::{Form, Purpose};
use crate::app::overlay::Confirmed;
use crate::app::text_input::TextInput;
use crate::app::{Action, Effect, Model, Overlay};

use super::navigation::{jump, move_row};
use super::{findings, followups, meetings};

/// Handles an action for the overlay on top.
pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    let Some(overlay) = model.overlay.as_mut() else {
        return Vec::new();
    };
    if overlay.input_mut().is_some_and(|input| edit_text(input, &action)) {
        match overlay {
            Overlay::Finder(finder) => finder.search(),
            Overlay::Help(help) => help.selected = 0,
            Overlay::Form(form) => form.error = None,
            Overlay::Confirm(_) => {}
        }
        return Vec::new();
    }
    match (overlay, &action) {
        (_, Action::Back) => model.overlay = None,
        (Overlay::Form(form), Action::NextField | Action::PreviousField) => form.step(action == Action::PreviousField),
        (Overlay::Finder(_) | Overlay::Help(_), Action::Up | Action::Down) => move_selection(model, &action),
        (_, Action::Open) => return confirm(model),
        _ => {}
    }
    Vec::new()
}

/// Applies a text-editing action to a field; false when the action is not one.
fn edit_text(input: &mut TextInput, action: &Action) -> bool {
    match action {
        Action::Type(c) => input.insert(c.encode_utf8(&mut [0; 4])),
        Action::Paste(text) => input.insert(text),
        Action::CursorLeft => input.left(),
        Action::CursorRight => input.right(),
        Action::CursorStart => input.start(),
        Action::CursorEnd => input.end(),
        Action::DeleteBack => input.delete_back(),
        Action::DeleteForward => input.delete_forward(),
        _ => return false,
    }
    true
}

fn move_selection(model: &mut Model, action: &Action) {
    let keymap = &model.keymap;
    match model.overlay.as_mut() {
        Some(Overlay::Finder(finder)) => move_row(&mut finder.selected, finder.hits.len(), action),
        Some(Overlay::Help(help)) => {
            let len = help.entries(keymap).len();
            move_row(&mut help.selected, len, action);
        }
        _ => {}
    }
}

fn confirm(model: &mut Model) -> Vec<Effect> {
    match model.overlay.take() {
        Some(Overlay::Finder(finder)) => {
            if let Some(target) = finder.chosen() {
                jump(model, target);
            }
            Vec::new()
        }
        Some(Overlay::Help(help)) => {
            let chosen = help.entries(&model.keymap).get(help.selected).map(|e| e.action.clone());
            match chosen {
                Some(action) if action != Action::Help => super::update(model, action),
                _ => Vec::new(),
            }
        }
        Some(Overlay::Form(form)) => submit(model, form),
        Some(Overlay::Confirm(question)) => match question.then {
            Confirmed::DeleteAction(id) => followups::delete(model, id),
            Confirmed::EndMeeting => meetings::end(model),
            Confirmed::Quit => vec![Effect::Quit],
        },
        None => Vec::new(),
    }
}

/// Submits a form; when a field does not read, the form stays open with the reason.
fn submit(model: &mut Model, mut form: Form) -> Vec<Effect> {
    let result = match form.purpose.clone() {
        Purpose::NewAction(_) | Purpose::EditAction(_) => followups::save_form(model, &form),
        Purpose::StartMeeting => meetings::start(model, &form),
        Purpose::Rating(m, c) => findings::save_rating(model, m, c, form.value(0)),
        Purpose::Note(finding) => {
            let note = form.value(0).trim().to_string();
            Ok(findings::edit_finding(model, finding, |fields| fields.note = note))
        }
        Purpose::Filter => {
            model.actions.filter = form.value(0).trim().to_string();
            model.actions.row = 0;
            Ok(Vec::new())
        }
    };
    result.unwrap_or_else(|error| {
        form.error = Some(error);
        model.overlay = Some(Overlay::Form(form));
        Vec::new()
    })
}
