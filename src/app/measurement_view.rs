//! Which measurement is in view, and which one it is compared with. Switching is a view
//! change, not an edit: undo never switches back, and the workspace records nothing. Edits
//! go to the measurement in view ([`crate::domain::Dataset::measurement_key`]).
//!
//! Measurements are loaded by the loop, off the UI thread ([`Effect::LoadMeasurement`]):
//! at start only the one in view, the compared one when comparing starts. The compared one
//! follows the workspace as the one in view does: after every change, undo or redo
//! ([`follow`]), never on navigation.

use crate::domain::{Dataset, Measurement, Workspace};

use super::derived::Derived;
use super::{Effect, Model};

/// What a measurement is loaded for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasurementPurpose {
    /// To show it (and edit it).
    View,
    /// To compare the one in view with.
    Compare,
}

/// The measurement compared with, if comparing.
#[derive(Debug, Clone, Default)]
pub struct MeasurementView {
    /// The compared measurement, with the workspace's edits of it applied.
    compared: Option<Box<Compared>>,
}

/// The compared measurement and the workspace its edits were applied from.
#[derive(Debug, Clone)]
struct Compared {
    derived: Derived,
    /// The revision of [`Compared::workspace`] ([`super::Loaded::revision`]).
    revision: u64,
    workspace: Workspace,
}

impl MeasurementView {
    /// The measurement the one in view is compared with, when comparing.
    pub fn compared(&self) -> Option<&Dataset> {
        self.compared.as_deref().map(|c| c.derived.dataset())
    }
}

/// Brings the compared measurement up to the workspace when it changed since (a change, an
/// undo or a redo, in whichever measurement): pure, no files read; on navigation only a
/// revision is compared.
pub fn follow(model: &mut Model) {
    let revision = model.loaded.revision();
    let Some(compared) = model.measurement.compared.as_deref_mut().filter(|c| c.revision != revision) else {
        return;
    };
    let now = model.loaded.workspace();
    // The workspace was valid for the one in view; a record edit this one refuses leaves it
    // with the edits before.
    let _ = compared.derived.follow(&compared.workspace, now);
    compared.workspace = now.clone();
    compared.revision = revision;
}

/// The measurement after `id` in the project's order, wrapping; never `id` itself.
fn after<'d>(dataset: &'d Dataset, id: &str, skip: &str) -> Option<&'d Measurement> {
    let all = dataset.measurements().all();
    let at = all.iter().position(|m| m.id == id).unwrap_or(0);
    (1..=all.len()).filter_map(|step| all.get((at + step) % all.len())).find(|m| m.id != skip)
}

fn only_one(model: &mut Model) -> Vec<Effect> {
    let name = &model.dataset().measurement().name;
    model.chrome.status.message =
        Some(format!("er is maar één meting ({name}): niets om te wisselen of te vergelijken"));
    Vec::new()
}

fn load(model: &mut Model, measurement: &Measurement, purpose: MeasurementPurpose) -> Vec<Effect> {
    model.chrome.status.message = Some(format!("meting laden: {}…", measurement.name));
    vec![Effect::LoadMeasurement { id: measurement.id.clone(), purpose }]
}

/// Shows the next measurement.
pub fn next(model: &mut Model) -> Vec<Effect> {
    let current = model.dataset().measurement().id.clone();
    match after(model.dataset(), &current, &current).cloned() {
        Some(next) => load(model, &next, MeasurementPurpose::View),
        None => only_one(model),
    }
}

/// Starts comparing with the previous measurement (the next one when the first is in view),
/// or stops comparing.
pub fn toggle_compare(model: &mut Model) -> Vec<Effect> {
    if let Some(compared) = model.measurement.compared.take() {
        discard(compared);
        model.chrome.status.message = Some("vergelijking uit".to_string());
        return Vec::new();
    }
    let view = model.dataset().measurement().id.clone();
    let list = model.dataset().measurements();
    match list.previous(&view).or_else(|| after(model.dataset(), &view, &view)).cloned() {
        Some(other) => load(model, &other, MeasurementPurpose::Compare),
        None => only_one(model),
    }
}

/// Compares with the next other measurement in turn.
pub fn compare_other(model: &mut Model) -> Vec<Effect> {
    let view = model.dataset().measurement().id.clone();
    let from = model.measurement.compared().map_or(view.clone(), |d| d.measurement().id.clone());
    match after(model.dataset(), &from, &view).cloned() {
        Some(other) => load(model, &other, MeasurementPurpose::Compare),
        None => only_one(model),
    }
}

/// Shows the measurement `id` (chosen in the chooser); nothing to load when it is in view.
pub fn show(model: &mut Model, id: &str) -> Vec<Effect> {
    let Some(chosen) = model.dataset().measurements().get(id).cloned() else {
        return Vec::new();
    };
    if chosen.id == model.dataset().measurement().id {
        model.chrome.status.message = Some(format!("meting: {} (al in beeld)", chosen.name));
        return Vec::new();
    }
    load(model, &chosen, MeasurementPurpose::View)
}

/// Compares the measurement in view with `id` (chosen in the chooser); not with itself.
pub fn compare_with(model: &mut Model, id: &str) -> Vec<Effect> {
    let Some(chosen) = model.dataset().measurements().get(id).cloned() else {
        return Vec::new();
    };
    let view = model.dataset().measurement().name.clone();
    if chosen.id == model.dataset().measurement().id {
        model.chrome.status.message = Some(format!("{view} is in beeld: kies een andere meting om mee te vergelijken"));
        return Vec::new();
    }
    if model.measurement.compared().is_some_and(|c| c.measurement().id == chosen.id) {
        model.chrome.status.message = Some(format!("{view} al vergeleken met {}", chosen.name));
        return Vec::new();
    }
    load(model, &chosen, MeasurementPurpose::Compare)
}

/// Frees a measurement no longer shown beside the loop: 60 000 findings take longer to free
/// (about 14 ms) than a key may take to show.
fn discard<T: Send + 'static>(dataset: T) {
    std::thread::spawn(move || drop(dataset));
}

/// A measurement has loaded: show it, or compare with it.
pub fn loaded(model: &mut Model, purpose: MeasurementPurpose, result: Result<Box<Dataset>, String>) {
    let dataset = match result {
        Ok(dataset) => *dataset,
        Err(error) => {
            model.chrome.status.message = Some(format!("meting niet geladen: {error}"));
            return;
        }
    };
    let name = dataset.measurement().name.clone();
    match purpose {
        MeasurementPurpose::View => {
            discard(model.loaded.show(dataset));
            let view = model.dataset().measurement().id.clone();
            if model.measurement.compared().is_some_and(|c| c.measurement().id == view)
                && let Some(compared) = model.measurement.compared.take()
            {
                discard(compared);
            }
            model.chrome.status.message = Some(format!("meting: {name}"));
        }
        MeasurementPurpose::Compare => {
            let workspace = model.workspace().clone();
            let derived = Derived::new(dataset, &workspace);
            let compared = Compared { derived, revision: model.loaded.revision(), workspace };
            if let Some(before) = model.measurement.compared.replace(Box::new(compared)) {
                discard(before);
            }
            // The legend stands on the screen; the status line keeps room for the names.
            model.chrome.status.message = Some(format!("vergeleken met {name}"));
        }
    }
}
