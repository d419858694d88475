//! Screen 6, actoren: the list of actors.

use crate::app::navigation::move_row;
use crate::app::{Effect, Model};
use crate::command::Action;

/// The selected actor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorenState {
    /// Index into the dataset's actors.
    pub row: usize,
}

/// Commands on the actors screen.
pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    let actors = model.dataset().actors().len();
    move_row(&mut model.screens.actoren.row, actors, action);
    Vec::new()
}
