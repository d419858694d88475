//! The one update function: an action changes the model and may ask for effects.

mod change;
mod findings;
mod followups;
mod meetings;
mod navigation;
mod overlays;

use crate::keymap::Key;

use super::finder::FinderOverlay;
use super::help::HelpOverlay;
use super::overlay::{Confirm, Confirmed};
use super::{Action, Effect, Model, Overlay, SaveState, Screen};

pub use navigation::jump;

/// Handles a key: looks it up in the keymap for the focus, echoes it, runs its action.
pub fn on_key(model: &mut Model, key: Key) -> Vec<Effect> {
    let context = model.context();
    let bound = model.keymap.lookup(context, key).cloned();
    let typed = || key.typed_char().filter(|_| context.takes_text()).map(Action::Type);
    let Some(action) = bound.or_else(typed) else {
        model.status.last_key = Some(key.to_string());
        model.status.last_command = None;
        model.status.message = Some("toets niet gebonden".to_string());
        return Vec::new();
    };
    if !matches!(action, Action::Type(_)) {
        model.status.last_key = Some(key.to_string());
        model.status.last_command = Some(action.description());
        model.status.message = None;
    }
    update(model, action)
}

/// Applies an action to the model; never draws, never does I/O.
pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    if let Some(effects) = report(model, &action) {
        return effects;
    }
    if action == Action::Quit && !model.context().takes_text() {
        return quit(model);
    }
    if model.projection.blank {
        // Like slide software: any key brings the screen back.
        model.projection.blank = false;
        return Vec::new();
    }
    if model.overlay.is_some() {
        return overlays::update(model, action);
    }
    match global(model, &action) {
        Some(effects) => effects,
        None => screen(model, &action),
    }
}

/// Quits, but while a save has failed asks first: the changes since would be lost.
fn quit(model: &mut Model) -> Vec<Effect> {
    if !matches!(model.saved, SaveState::Failed(_)) {
        return vec![Effect::Quit];
    }
    if !matches!(&model.overlay, Some(Overlay::Confirm(Confirm { then: Confirmed::Quit, .. }))) {
        let question = "Opslaan is mislukt: de laatste wijzigingen staan niet op schijf. Toch afsluiten?";
        model.overlay = Some(Overlay::Confirm(Confirm { question: question.to_string(), then: Confirmed::Quit }));
        model.projection.blank = false;
    }
    Vec::new()
}

/// Reports from the app loop: saves, exports, the date.
fn report(model: &mut Model, action: &Action) -> Option<Vec<Effect>> {
    match action {
        Action::Saved(revision) if model.saved != SaveState::ReadOnly => {
            model.saved = SaveState::Saved(*revision);
        }
        Action::SaveFailed(_, message) => model.saved = SaveState::Failed(message.clone()),
        Action::Exported(result) => {
            model.status.message = Some(match result {
                Ok(written) => format!("geëxporteerd: {written}"),
                Err(error) => format!("export mislukt: {error}"),
            });
        }
        Action::Today(today) => model.today = *today,
        Action::Saved(_) => {}
        _ => return None,
    }
    Some(Vec::new())
}

fn global(model: &mut Model, action: &Action) -> Option<Vec<Effect>> {
    match action {
        Action::NextScreen => model.screen = model.screen.step(false),
        Action::PreviousScreen => model.screen = model.screen.step(true),
        Action::ScreenMatrix => model.screen = Screen::Matrix,
        Action::ScreenDrill => navigation::open_drill(model),
        Action::ScreenRegisseur => model.screen = Screen::Regisseur,
        Action::ScreenRollen => model.screen = Screen::Rollen,
        Action::ScreenActies => model.screen = Screen::Acties,
        Action::ScreenActoren => model.screen = Screen::Actoren,
        Action::Finder => {
            let finder = FinderOverlay::open(&model.dataset, &model.workspace);
            model.overlay = Some(super::Overlay::Finder(finder));
        }
        Action::Help => {
            let help = HelpOverlay::for_screen(model.screen.context());
            model.overlay = Some(super::Overlay::Help(help));
        }
        Action::Undo => return Some(change::undo(model)),
        Action::Redo => return Some(change::redo(model)),
        Action::NewAction => followups::open_new(model),
        Action::Meeting => meetings::start_or_end(model),
        Action::Export => {
            let meeting = model.workspace.current_meeting.or(model.workspace.meetings.last().map(|m| m.id));
            return Some(vec![Effect::Export { meeting }]);
        }
        Action::Presentation => model.projection.presentation = !model.projection.presentation,
        Action::Blank => model.projection.blank = true,
        Action::NextTheme => {
            model.projection.theme = model.projection.theme.next();
            model.status.message = Some(format!("thema: {}", model.projection.theme.label()));
        }
        _ => return None,
    }
    Some(Vec::new())
}

fn screen(model: &mut Model, action: &Action) -> Vec<Effect> {
    let effects = match model.screen {
        Screen::Matrix => findings::matrix(model, action),
        Screen::Drill => findings::drill(model, action),
        Screen::Regisseur | Screen::Rollen | Screen::Actoren => {
            navigation::lists(model, action);
            Vec::new()
        }
        Screen::Acties => followups::screen(model, action),
    };
    if *action == Action::Back && model.screen != Screen::Matrix {
        if model.screen == Screen::Acties && model.actions.carry_over.is_some() {
            model.actions.carry_over = None;
            model.status.message = Some("openstaande acties overlopen".to_string());
        } else {
            model.screen = Screen::Matrix;
        }
    }
    effects
}
