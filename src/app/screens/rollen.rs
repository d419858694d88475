//! Screen 4, gemeente – OCMW: a municipality per row, a role or phase per column.

use crate::app::navigation::{move_column, move_row};
use crate::app::{Effect, Model};
use crate::command::Action;
use crate::domain::Taak;

/// The selected role or phase column.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RollenState {
    /// Index into [`Taak::ALL`].
    pub column: usize,
}

/// Commands on the gemeente – OCMW screen.
pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    let municipalities = model.dataset().municipalities().len();
    move_row(&mut model.screens.selection.municipality, municipalities, action);
    move_column(&mut model.screens.rollen.column, Taak::ALL.len(), action);
    if action == Action::ToggleMark {
        super::toggle_municipality_mark(model);
    }
    Vec::new()
}
