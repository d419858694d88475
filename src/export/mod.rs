//! Exports: the minutes of a meeting as Markdown, and every action as CSV.

mod csv;
mod minutes;

pub use csv::actions_csv;
pub use minutes::minutes;

use crate::domain::Dataset;
use crate::workspace::Workspace;

/// The level shown for a cell: the meeting's agreed rating, else the computed one; and
/// whether it was agreed.
pub fn cell_level(
    dataset: &Dataset,
    workspace: &Workspace,
    municipality: usize,
    component: usize,
) -> (Option<u32>, bool) {
    let agreed = dataset
        .municipalities()
        .get(municipality)
        .zip(dataset.components().get(component))
        .and_then(|(m, c)| workspace.rating(&m.id, c.nr).map(|r| u32::from(r.level)));
    match agreed {
        Some(level) => (Some(level), true),
        None => (dataset.cell_score(municipality, component).level(), false),
    }
}
