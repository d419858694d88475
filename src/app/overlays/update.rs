//! Actions while an overlay has the focus: typing, choosing, submitting, answering.

use crate::app::navigation::{jump, move_row};
use crate::app::screens::{actoren, drill, follow_ups, matrix, rollen};
use crate::app::text_input::{TextEdit, TextInput};
use crate::app::{Effect, Model, Msg, Overlay, decisions, follow_up_editor, meetings, workbook};
use crate::command::Action;

use crate::domain::text::one_line;

use super::Confirmed;
use super::background::{BackgroundOverlay, Topic, last_scroll};
use super::form::{FieldInput, Form, Purpose, action_field};
use super::{measurements, questionnaire};

/// Handles a command or typed text for the overlay on top.
pub fn update(model: &mut Model, msg: Msg) -> Vec<Effect> {
    // In the owner field of an action, Tab takes the suggested owner and moves on; → or End
    // at the end of the text takes it and stays.
    let suggestion = owner_to_take(model, &msg);
    let Some(overlay) = model.chrome.overlay.as_mut() else {
        return Vec::new();
    };
    if let (Some(owner), Overlay::Form(form)) = (suggestion, &mut *overlay) {
        if let Some(field) = form.fields.get_mut(action_field::OWNER) {
            field.input = FieldInput::Line(TextInput::with_text(&owner));
        }
        form.error = None;
        if matches!(msg, Msg::Command(Action::NextField)) {
            form.step(false);
        }
        return Vec::new();
    }
    if overlay.input_mut().is_some_and(|input| edit_text(input, &msg)) {
        match overlay {
            Overlay::Finder(finder) => finder.search(),
            Overlay::Help(help) => help.selected = 0,
            Overlay::Form(form) => form.error = None,
            Overlay::Confirm(_) | Overlay::Background(_) | Overlay::Questionnaire(_) | Overlay::Measurements(_) => {}
        }
        return Vec::new();
    }
    let Msg::Command(action) = msg else {
        return Vec::new();
    };
    if matches!(overlay, Overlay::Questionnaire(_)) {
        return questionnaire::update(model, action);
    }
    match (overlay, action) {
        (_, Action::Back) | (Overlay::Background(_), Action::Background) => close(model),
        (Overlay::Background(_), _) => scroll_background(model, action),
        (Overlay::Measurements(chooser), _) => {
            let chooser = *chooser;
            return measurements::update(model, chooser, action);
        }
        (Overlay::Form(form), Action::NextField | Action::PreviousField) => form.step(action == Action::PreviousField),
        (Overlay::Form(form), Action::CursorUp | Action::CursorDown) => line_or_field(form, action == Action::CursorUp),
        (Overlay::Form(form), Action::NewLine) => match form.focused() {
            Some(FieldInput::Lines(input)) => {
                input.new_line();
                form.error = None;
            }
            _ => return confirm(model),
        },
        (Overlay::Finder(_) | Overlay::Help(_), Action::Up | Action::Down) => move_selection(model, action),
        (_, Action::Open) => return confirm(model),
        _ => {}
    }
    Vec::new()
}

/// The owner suggested in the owner field of an action form, when `msg` takes it: Tab, or
/// → / End with the cursor at the end of the text.
fn owner_to_take(model: &Model, msg: &Msg) -> Option<String> {
    let Some(Overlay::Form(form)) = model.chrome.overlay.as_ref() else { return None };
    if !matches!(form.purpose, Purpose::NewFollowUp(_) | Purpose::EditFollowUp(_)) || form.focus != action_field::OWNER
    {
        return None;
    }
    let at_end = match form.fields.get(action_field::OWNER).map(|f| &f.input) {
        Some(FieldInput::Line(input)) => input.cursor() == input.text().chars().count(),
        _ => false,
    };
    let takes = match msg {
        Msg::Command(Action::NextField) => true,
        Msg::Command(Action::CursorRight | Action::CursorEnd) => at_end,
        _ => false,
    };
    takes.then(|| follow_up_editor::owner_suggestion(model, &form.value(action_field::OWNER))).flatten()
}

/// Closes the overlay on top: the one beneath it, if any, returns.
fn close(model: &mut Model) {
    model.chrome.overlay = model.chrome.beneath.take().map(|beneath| *beneath);
}

/// In a field of several lines a line up or down, else (and past its first or last line)
/// the previous or next field.
fn line_or_field(form: &mut Form, up: bool) {
    let moved = match form.focused() {
        Some(FieldInput::Lines(input)) => input.line_step(up),
        _ => false,
    };
    if !moved {
        form.step(up);
    }
}

/// Applies a text-editing action to a field; false when the action is not one.
fn edit_text(input: &mut dyn TextEdit, msg: &Msg) -> bool {
    match msg {
        Msg::Type(c) => input.insert(c.encode_utf8(&mut [0; 4])),
        Msg::Paste(text) => input.insert(text),
        Msg::Command(Action::CursorLeft) => input.left(),
        Msg::Command(Action::CursorRight) => input.right(),
        Msg::Command(Action::CursorStart) => input.start(),
        Msg::Command(Action::CursorEnd) => input.end(),
        Msg::Command(Action::DeleteBack) => input.delete_back(),
        Msg::Command(Action::DeleteForward) => input.delete_forward(),
        _ => return false,
    }
    true
}

fn move_selection(model: &mut Model, action: Action) {
    let keymap = &model.keymap;
    match model.chrome.overlay.as_mut() {
        Some(Overlay::Finder(finder)) => move_row(&mut finder.selected, finder.hits.len(), action),
        Some(Overlay::Help(help)) => {
            let len = help.entries(keymap).len();
            move_row(&mut help.selected, len, action);
        }
        _ => {}
    }
}

/// Scrolls the background; it stops where the text ends at its narrowest.
fn scroll_background(model: &mut Model, action: Action) {
    let dataset = model.loaded.dataset();
    if let Some(Overlay::Background(background)) = model.chrome.overlay.as_mut() {
        let sections = background.sections(dataset);
        background.scroll(action, last_scroll(&sections, one_line));
    }
}

fn confirm(model: &mut Model) -> Vec<Effect> {
    match model.chrome.overlay.take() {
        Some(Overlay::Finder(finder)) => {
            if let Some(target) = finder.chosen() {
                jump(model, target);
            }
            Vec::new()
        }
        Some(Overlay::Help(help)) => {
            let chosen = help.entries(&model.keymap).get(help.selected).map(|e| e.action);
            // The command chosen runs where the help was opened (in the questionnaire, say).
            close(model);
            match chosen {
                Some(Action::Background) => {
                    model.chrome.overlay = Some(Overlay::Background(BackgroundOverlay::new(Topic::Regie)));
                    Vec::new()
                }
                Some(action) if action != Action::Help => crate::app::update(model, action),
                _ => Vec::new(),
            }
        }
        Some(Overlay::Form(form)) => submit(model, form),
        Some(Overlay::Confirm(question)) => match question.then {
            Confirmed::DeleteFollowUp(id) => follow_ups::delete(model, id),
            Confirmed::EndMeeting => meetings::end(model),
            Confirmed::Quit => vec![Effect::Quit],
        },
        Some(kept @ (Overlay::Background(_) | Overlay::Questionnaire(_) | Overlay::Measurements(_))) => {
            model.chrome.overlay = Some(kept);
            Vec::new()
        }
        None => Vec::new(),
    }
}

/// Submits a form; when a field does not read, the form stays open with the reason.
fn submit(model: &mut Model, mut form: Form) -> Vec<Effect> {
    let result = match form.purpose.clone() {
        Purpose::NewFollowUp(_) | Purpose::EditFollowUp(_) => follow_up_editor::save_form(model, &form),
        Purpose::StartMeeting => meetings::start(model, &form),
        Purpose::Decision => decisions::save(model, &form),
        Purpose::EditMeeting(id) => meetings::save_edit(model, id, &form),
        Purpose::Rating(m, c) => matrix::save_rating(model, m, c, &form.value(0), &form.value(1)),
        Purpose::Note(finding) => {
            let note = form.value(0).trim().to_string();
            Ok(drill::edit_finding(model, finding, |fields| fields.note = note))
        }
        Purpose::ImportWorkbook => workbook::submit(model, &form),
        Purpose::Cijfers(m) => rollen::save_cijfers(model, m, &form),
        Purpose::NewMunicipality => matrix::save_name(model, None, &form.value(0)),
        Purpose::RenameMunicipality(m) => matrix::save_name(model, Some(m), &form.value(0)),
        Purpose::NewActor => actoren::save(model, None, &form),
        Purpose::EditActor(a) => actoren::save(model, Some(a), &form),
        Purpose::Relation(a) => actoren::save_relation(model, a, &form),
        Purpose::Filter => {
            model.screens.follow_ups.filter = form.value(0).trim().to_string();
            model.screens.follow_ups.row = 0;
            Ok(Vec::new())
        }
    };
    result.unwrap_or_else(|error| {
        form.error = Some(error);
        model.chrome.overlay = Some(Overlay::Form(form));
        Vec::new()
    })
}
