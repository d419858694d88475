//! Hand edits of the dataset's records (classification, role split, actors, municipalities):
//! each is the record's new version, committed whole to the workspace through
//! [`commit`](super::change::commit), so undoable, journaled and saved like a finding edit.
//! The classification and role split remember where they come from: `bewerkt DATE`, or
//! `vergadering DATE` while a meeting is in progress.

use crate::domain::{Actor, Besturen, Classification, Municipality, RoleSplit, complete::all_besturen};

use super::change::commit;
use super::{Effect, Model};

/// The source of a record edited by hand, as of an answer given in the app
/// ([`crate::domain::hand_source`]).
pub fn hand_source(model: &Model) -> String {
    crate::domain::hand_source(model.workspace(), model.today)
}

/// Changes the classification of municipality `m` through `change`; `what` says it on the
/// status line and in the history, given the changed record.
pub fn edit_classification(
    model: &mut Model,
    m: usize,
    change: impl FnOnce(&mut Classification),
    what: impl FnOnce(&Classification) -> String,
) -> Vec<Effect> {
    let Some(mut record) = model.dataset().classification(m).cloned() else {
        return Vec::new();
    };
    let before = record.clone();
    change(&mut record);
    if record == before {
        return Vec::new();
    }
    record.source = Some(hand_source(model));
    record.measurement = model.dataset().measurement_key().map(str::to_string);
    let what = format!("{}: {}", municipality_name(model, m), what(&record));
    commit(model, what, |workspace| workspace.records.set_classification(record))
}

/// Changes the role split of municipality `m` through `change` (a municipality without one
/// starts from an empty split led by all its besturen).
pub fn edit_role_split(
    model: &mut Model,
    m: usize,
    change: impl FnOnce(&mut RoleSplit),
    what: impl FnOnce(&RoleSplit) -> String,
) -> Vec<Effect> {
    let dataset = model.dataset();
    let Some(municipality) = dataset.municipalities().get(m) else {
        return Vec::new();
    };
    let mut record = dataset.role_split(m).cloned().unwrap_or_else(|| empty_split(municipality));
    let before = record.clone();
    change(&mut record);
    if record == before {
        return Vec::new();
    }
    record.source = Some(hand_source(model));
    record.measurement = dataset.measurement_key().map(str::to_string);
    let what = format!("{}: {}", municipality.name, what(&record));
    commit(model, what, |workspace| workspace.records.set_role_split(record))
}

fn empty_split(municipality: &Municipality) -> RoleSplit {
    RoleSplit {
        municipality: municipality.id.clone(),
        trekker: all_besturen(municipality),
        geformaliseerd: false,
        rollen: Default::default(),
        fasen: Default::default(),
        cijfers: Default::default(),
        source: None,
        measurement: None,
    }
}

/// Records an actor's new version (or a new actor).
pub fn save_actor(model: &mut Model, actor: Actor, what: String) -> Vec<Effect> {
    commit(model, what, |workspace| workspace.records.set_actor(actor))
}

/// Records a municipality's new version (or a new municipality).
pub fn save_municipality(model: &mut Model, municipality: Municipality, what: String) -> Vec<Effect> {
    commit(model, what, |workspace| workspace.records.set_municipality(municipality))
}

/// The next of `order` after `current` that `allowed` accepts (wrapping), else `current`.
pub fn cycle<T: Copy + PartialEq>(order: &[T], current: T, allowed: impl Fn(T) -> bool) -> T {
    let start = order.iter().position(|v| *v == current).unwrap_or(0);
    (1..=order.len()).map(|step| order[(start + step) % order.len()]).find(|v| allowed(*v)).unwrap_or(current)
}

/// The besturen a municipality has, as G, O, G+O, in that order.
pub fn besturen_of(municipality: &Municipality) -> Vec<Besturen> {
    [Besturen::Gemeente, Besturen::Ocmw, Besturen::Beide].into_iter().filter(|b| municipality.has(*b)).collect()
}

fn municipality_name(model: &Model, m: usize) -> String {
    model.dataset().municipalities().get(m).map_or_else(String::new, |x| x.name.clone())
}
