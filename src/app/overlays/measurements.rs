//! The measurement chooser: the project's measurements, the one in view marked; Enter shows
//! the chosen one, a second key compares with it.

use crate::app::{Effect, Model, measurement_view};
use crate::command::Action;

/// The chooser's selection (an index into the project's measurements).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeasurementChooser {
    /// The measurement selected.
    pub selected: usize,
}

impl MeasurementChooser {
    /// The chooser with the measurement in view selected.
    pub fn open(model: &Model) -> MeasurementChooser {
        let dataset = model.dataset();
        MeasurementChooser { selected: dataset.measurements().position(&dataset.measurement().id).unwrap_or(0) }
    }
}

/// A command in the chooser: moves the selection, shows or compares with the selected
/// measurement (closing the chooser), or does nothing.
pub fn update(model: &mut Model, chooser: MeasurementChooser, action: Action) -> Vec<Effect> {
    let all = model.dataset().measurements().all();
    let last = all.len().saturating_sub(1);
    let chosen = all.get(chooser.selected).map(|m| m.id.clone());
    let selected = match action {
        Action::Up => chooser.selected.saturating_sub(1),
        Action::Down => (chooser.selected + 1).min(last),
        Action::First => 0,
        Action::Last => last,
        Action::Open | Action::CompareChosen => {
            model.chrome.overlay = None;
            let Some(id) = chosen else {
                return Vec::new();
            };
            return if action == Action::Open {
                measurement_view::show(model, &id)
            } else {
                measurement_view::compare_with(model, &id)
            };
        }
        _ => chooser.selected,
    };
    model.chrome.overlay = Some(crate::app::Overlay::Measurements(MeasurementChooser { selected }));
    Vec::new()
}
