//! Each screen's state and its update, one file per screen (its view is the file of the same
//! name in `crate::ui`). [`update`] hands a command to the screen shown.

pub mod actoren;
pub mod drill;
pub mod follow_ups;
pub mod matrix;
pub mod regisseur;
pub mod rollen;

use std::collections::BTreeSet;

use crate::command::Action;
use crate::screen::Screen;

use super::{Effect, Model};

/// What is selected across the screens that show municipalities and components.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// The selected municipality (matrix, regisseur and gemeente–OCMW rows).
    pub municipality: usize,
    /// The selected component (matrix column, drill-down).
    pub component: usize,
    /// Matrix cells (municipality, component) marked for one shared action.
    pub marked_cells: BTreeSet<(usize, usize)>,
    /// Municipalities marked (regisseur, gemeente–OCMW screens) for one shared action.
    pub marked_municipalities: BTreeSet<usize>,
}

/// The state of every screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Screens {
    /// Shared by the matrix, the drill-down, regisseur and gemeente–OCMW.
    pub selection: Selection,
    /// Screen 2.
    pub drill: drill::DrillState,
    /// Screen 4.
    pub rollen: rollen::RollenState,
    /// Screen 5.
    pub follow_ups: follow_ups::FollowUpsView,
    /// Screen 6.
    pub actoren: actoren::ActorenState,
}

/// Hands a command to the screen shown.
pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    match model.chrome.screen {
        Screen::Matrix => matrix::update(model, action),
        Screen::Drill => drill::update(model, action),
        Screen::Regisseur => regisseur::update(model, action),
        Screen::Rollen => rollen::update(model, action),
        Screen::FollowUps => follow_ups::update(model, action),
        Screen::Actoren => actoren::update(model, action),
    }
}

/// Marks a municipality for one shared action, or unmarks it.
pub fn toggle_municipality_mark(model: &mut Model) {
    let selection = &mut model.screens.selection;
    let m = selection.municipality;
    if !selection.marked_municipalities.remove(&m) {
        selection.marked_municipalities.insert(m);
    }
    let count = selection.marked_municipalities.len();
    model.chrome.status.message = Some(format!("{count} gemeente(n) gemarkeerd"));
}
