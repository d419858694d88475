//! The one update function: a message changes the model and may ask for effects.

use crate::command::Action;
use crate::keymap::Key;
use crate::screen::Screen;

use super::overlays::background::BackgroundOverlay;
use super::overlays::finder::FinderOverlay;
use super::overlays::help::HelpOverlay;
use super::overlays::measurements::MeasurementChooser;
use super::overlays::{Confirm, Confirmed};
use super::{
    Effect, Model, Msg, Overlay, SaveState, change, decisions, follow_up_editor, measurement_view, meetings,
    navigation, overlays, screens, workbook,
};

/// Handles a key as the loop does: looks it up in the keymap for the focus, echoes it on the
/// status line, runs its command (or types it into a text field).
pub fn on_key(model: &mut Model, key: Key) -> Vec<Effect> {
    let context = model.context();
    let bound = model.keymap.lookup(context, key).copied();
    let status = &mut model.chrome.status;
    if bound.is_some() || !context.takes_text() {
        status.last_key = Some(key.to_string());
        status.last_command = bound.map(|action| action.description_in(context));
        status.message = None;
    }
    let msg = match (bound, key.typed_char().filter(|_| context.takes_text())) {
        (Some(action), _) => Msg::Command(action),
        (None, Some(typed)) => Msg::Type(typed),
        (None, None) if model.chrome.projection.blank => Msg::Command(Action::Blank),
        (None, None) => {
            model.chrome.status.message = Some("toets niet gebonden".to_string());
            return Vec::new();
        }
    };
    update(model, msg)
}

/// Applies a message to the model; never draws, never does I/O. The compared measurement
/// follows whatever the message changed.
pub fn update(model: &mut Model, msg: impl Into<Msg>) -> Vec<Effect> {
    let effects = apply(model, msg.into());
    measurement_view::follow(model);
    effects
}

fn apply(model: &mut Model, msg: Msg) -> Vec<Effect> {
    let action = match msg {
        Msg::Command(action) => action,
        report => return self::report(model, report),
    };
    if action == Action::Quit && !model.context().takes_text() {
        return quit(model);
    }
    if model.chrome.projection.blank {
        // Like slide software: any key brings the screen back.
        model.chrome.projection.blank = false;
        return Vec::new();
    }
    // The questionnaire is a mode the room stays in: theme and presentation keys work there.
    if matches!(model.chrome.overlay, Some(Overlay::Questionnaire(_)))
        && let Some(effects) = projection(model, action)
    {
        return effects;
    }
    if model.chrome.overlay.is_some() {
        return overlays::update(model, Msg::Command(action));
    }
    match global(model, action) {
        Some(effects) => effects,
        None => screen(model, action),
    }
}

/// Quits, but while a save has failed, or a meeting is in progress, asks first: the changes
/// since would be lost, or the meeting would be left open.
fn quit(model: &mut Model) -> Vec<Effect> {
    let failed = matches!(model.loaded.save_state(), SaveState::Failed(_));
    let meeting = model.workspace().current().is_some();
    if !failed && !meeting {
        return vec![Effect::Quit];
    }
    if !matches!(&model.chrome.overlay, Some(Overlay::Confirm(Confirm { then: Confirmed::Quit, .. }))) {
        let question = if failed {
            "Opslaan is mislukt: de laatste wijzigingen staan niet op schijf. Toch afsluiten?".to_string()
        } else {
            let end = model.hint(&Action::Meeting);
            format!("Er is een vergadering bezig; ze blijft open tot {end} ze beëindigt. Toch afsluiten?")
        };
        model.chrome.overlay =
            Some(Overlay::Confirm(Confirm { question: question.to_string(), then: Confirmed::Quit }));
        model.chrome.projection.blank = false;
    }
    Vec::new()
}

/// Text typed or pasted, and reports from the app loop: saves, exports, the date.
fn report(model: &mut Model, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Type(_) | Msg::Paste(_) if model.chrome.overlay.is_some() => return overlays::update(model, msg),
        Msg::Saved(revision) => model.loaded.saved(revision),
        Msg::SaveFailed(_, message) => model.loaded.save_failed(message),
        Msg::Exported(result) => {
            model.chrome.status.message = Some(match result {
                Ok(written) => format!("geëxporteerd {written}"),
                Err(error) => format!("export mislukt: {error}"),
            });
        }
        Msg::NotRemembered(error) => {
            model.chrome.status.message = Some(format!("thema en presentatiemodus niet onthouden: {error}"));
        }
        Msg::Today(today) => model.today = today,
        Msg::WorkbookRead(path, answers) => return workbook::read(model, path, answers),
        Msg::MeasurementLoaded { purpose, loaded } => measurement_view::loaded(model, purpose, loaded),
        Msg::Command(_) | Msg::Type(_) | Msg::Paste(_) => {}
    }
    Vec::new()
}

fn global(model: &mut Model, action: Action) -> Option<Vec<Effect>> {
    let chrome = &mut model.chrome;
    match action {
        Action::NextScreen => chrome.screen = chrome.screen.step(false),
        Action::PreviousScreen => chrome.screen = chrome.screen.step(true),
        Action::ScreenMatrix => chrome.screen = Screen::Matrix,
        Action::ScreenDrill => navigation::open_drill(model),
        Action::ScreenRegisseur => chrome.screen = Screen::Regisseur,
        Action::ScreenRollen => chrome.screen = Screen::Rollen,
        Action::ScreenFollowUps => chrome.screen = Screen::FollowUps,
        Action::ScreenActoren => chrome.screen = Screen::Actoren,
        Action::Finder => {
            let finder = FinderOverlay::open(model.dataset(), model.workspace());
            model.chrome.overlay = Some(Overlay::Finder(finder));
        }
        Action::Help => chrome.overlay = Some(Overlay::Help(HelpOverlay::for_screen(chrome.screen))),
        Action::Background => model.chrome.overlay = Some(Overlay::Background(BackgroundOverlay::for_selection(model))),
        Action::Questionnaire => overlays::questionnaire::open(model),
        Action::Undo => return Some(change::undo(model)),
        Action::Redo => return Some(change::redo(model)),
        Action::NewFollowUp => follow_up_editor::open_new(model),
        Action::Meeting => meetings::start_or_end(model),
        Action::Decision => decisions::open(model),
        Action::EditMeeting => meetings::open_edit(model),
        Action::ImportWorkbook => workbook::open(model),
        Action::NextMeasurement => return Some(measurement_view::next(model)),
        Action::Compare => return Some(measurement_view::toggle_compare(model)),
        Action::CompareOther => return Some(measurement_view::compare_other(model)),
        Action::ChooseMeasurement => {
            model.chrome.overlay = Some(Overlay::Measurements(MeasurementChooser::open(model)));
        }
        Action::Export => return Some(vec![Effect::Export { meeting: model.workspace().minutes_meeting(None) }]),
        Action::Blank => chrome.projection.blank = true,
        _ => return projection(model, action),
    }
    Some(Vec::new())
}

/// Presentation mode and the theme, remembered for the next start.
fn projection(model: &mut Model, action: Action) -> Option<Vec<Effect>> {
    let chrome = &mut model.chrome;
    match action {
        Action::Presentation => chrome.projection.presentation = !chrome.projection.presentation,
        Action::NextTheme => {
            chrome.projection.theme = chrome.projection.theme.next();
            chrome.status.message = Some(format!("thema: {}", chrome.projection.theme.label()));
        }
        _ => return None,
    }
    Some(vec![Effect::Remember(chrome.projection.remembered())])
}

fn screen(model: &mut Model, action: Action) -> Vec<Effect> {
    let effects = screens::update(model, action);
    let chrome = &mut model.chrome;
    if action == Action::Back && chrome.screen != Screen::Matrix {
        let follow_ups = &mut model.screens.follow_ups;
        if chrome.screen == Screen::FollowUps && follow_ups.carry_over.is_some() {
            follow_ups.carry_over = None;
            chrome.status.message = Some("openstaande acties overlopen".to_string());
        } else {
            chrome.screen = Screen::Matrix;
        }
    }
    effects
}
