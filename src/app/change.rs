//! Every change to the workspace goes through here: the change is made by [`Loaded`], which
//! refuses it when read-only and records it for undo; here it is said on the status line and
//! handed to the writer as [`Effect::Save`].
//!
//! [`Loaded`]: super::loaded::Loaded

use crate::app::loaded::Refused;
use crate::app::{Effect, Model};
use crate::domain::Workspace;

/// Applies `change` to the workspace; when it changed anything, records it as `what` and
/// asks for it to be saved.
pub fn commit(model: &mut Model, what: String, change: impl FnOnce(&mut Workspace)) -> Vec<Effect> {
    match model.loaded.commit(what.clone(), change) {
        Ok(revision) => {
            model.chrome.status.message = Some(what);
            save(model, revision)
        }
        Err(Refused::ReadOnly) => read_only(model, "een andere regie schrijft in deze werkmap"),
        Err(Refused::Nothing) => Vec::new(),
        Err(Refused::Invalid(why)) => {
            model.chrome.status.message = Some(format!("niet gewijzigd: {why}"));
            Vec::new()
        }
    }
}

/// Undoes the last change.
pub fn undo(model: &mut Model) -> Vec<Effect> {
    step(model, true)
}

/// Redoes the last undone change.
pub fn redo(model: &mut Model) -> Vec<Effect> {
    step(model, false)
}

fn step(model: &mut Model, back: bool) -> Vec<Effect> {
    match model.loaded.step(back) {
        Ok((what, revision)) => {
            model.chrome.status.message = Some(format!("{}: {what}", if back { "ongedaan" } else { "opnieuw" }));
            save(model, revision)
        }
        Err(Refused::ReadOnly) => read_only(model, "niets ongedaan te maken"),
        Err(Refused::Nothing | Refused::Invalid(_)) => {
            let nothing = if back { "niets om ongedaan te maken" } else { "niets om opnieuw te doen" };
            model.chrome.status.message = Some(nothing.to_string());
            Vec::new()
        }
    }
}

/// Keeps the selections inside the lists after a change that removed a municipality or an
/// actor (an undone addition).
fn keep_selection_inside(model: &mut Model) {
    let (municipalities, actors) = (model.dataset().municipalities().len(), model.dataset().actors().len());
    let screens = &mut model.screens;
    screens.selection.municipality = screens.selection.municipality.min(municipalities.saturating_sub(1));
    screens.selection.marked_cells.retain(|(m, _)| *m < municipalities);
    screens.selection.marked_municipalities.retain(|m| *m < municipalities);
    screens.actoren.row = screens.actoren.row.min(actors.saturating_sub(1));
}

fn save(model: &mut Model, revision: u64) -> Vec<Effect> {
    keep_selection_inside(model);
    vec![Effect::Save { revision, workspace: Box::new(model.workspace().clone()) }]
}

fn read_only(model: &mut Model, what: &str) -> Vec<Effect> {
    model.chrome.status.message = Some(format!("alleen lezen: {what}"));
    Vec::new()
}
