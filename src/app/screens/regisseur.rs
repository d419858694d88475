//! Screen 3, regisseur / actor: moving through the municipalities, marking them.

use crate::app::navigation::move_row;
use crate::app::{Effect, Model};
use crate::command::Action;
use crate::screen::Screen;

/// Commands on the regisseur screen.
pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    let municipalities = model.dataset().municipalities().len();
    move_row(&mut model.screens.selection.municipality, municipalities, action);
    match action {
        Action::Open => model.chrome.screen = Screen::Matrix,
        Action::ToggleMark => super::toggle_municipality_mark(model),
        _ => {}
    }
    Vec::new()
}
