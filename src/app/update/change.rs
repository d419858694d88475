//! Every change to the workspace goes through here: refused when read-only, recorded for
//! undo, counted as a new revision, handed to the writer.

use crate::app::{Effect, Model};
use crate::workspace::{Workspace, apply_edits};

/// Applies `change` to the workspace; when it changed anything, records it as `what` and
/// asks for it to be saved.
pub fn commit(model: &mut Model, what: String, change: impl FnOnce(&mut Workspace)) -> Vec<Effect> {
    if model.read_only() {
        model.status.message = Some("alleen lezen: een andere regie schrijft in deze werkmap".to_string());
        return Vec::new();
    }
    let before = model.workspace.clone();
    change(&mut model.workspace);
    if model.workspace == before {
        return Vec::new();
    }
    model.history.record(before, what.clone());
    model.status.message = Some(what);
    saved_effects(model)
}

fn saved_effects(model: &mut Model) -> Vec<Effect> {
    model.revision += 1;
    vec![Effect::Save { revision: model.revision, workspace: model.workspace.clone() }]
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
    if model.read_only() {
        model.status.message = Some("alleen lezen: niets ongedaan te maken".to_string());
        return Vec::new();
    }
    let previous = model.workspace.finding_edits.clone();
    let what = if back { model.history.undo(&mut model.workspace) } else { model.history.redo(&mut model.workspace) };
    let Some(what) = what else {
        let nothing = if back { "niets om ongedaan te maken" } else { "niets om opnieuw te doen" };
        model.status.message = Some(nothing.to_string());
        return Vec::new();
    };
    apply_edits(&mut model.dataset, &mut model.baseline, &previous, &model.workspace.finding_edits);
    model.status.message = Some(format!("{}: {what}", if back { "ongedaan" } else { "opnieuw" }));
    saved_effects(model)
}
