//! Screen 3, regisseur / actor: moving through the municipalities, marking them, and editing
//! their classification (LDE recognition, bewust geen actor, visie, slagkracht). The class and
//! Pröpper's quadrant are derived from it, never typed.

use crate::app::navigation::move_row;
use crate::app::records::{cycle, edit_classification};
use crate::app::{Effect, Model};
use crate::command::Action;
use crate::domain::{Bestuur, Classification};
use crate::screen::Screen;

/// Commands on the regisseur screen.
pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    let municipalities = model.dataset().municipalities().len();
    move_row(&mut model.screens.selection.municipality, municipalities, action);
    let m = model.screens.selection.municipality;
    match action {
        Action::Open => model.chrome.screen = Screen::Matrix,
        Action::ToggleMark => super::toggle_municipality_mark(model),
        Action::CycleLde => return cycle_lde(model, m),
        Action::ToggleGeenActor => {
            let flip = |c: &mut Classification| {
                c.bewust_geen_actor = !c.bewust_geen_actor;
                // A deliberate non-actor holds no LDE recognition (the two exclude each other).
                if c.bewust_geen_actor {
                    c.lde_erkenning = None;
                }
            };
            return edit_classification(model, m, flip, |c| {
                format!("bewust geen actor: {}", yes_no(c.bewust_geen_actor))
            });
        }
        Action::ToggleVisie => {
            let flip = |c: &mut Classification| c.visie = !c.visie;
            return edit_classification(model, m, flip, |c| format!("visie: {}", yes_no(c.visie)));
        }
        Action::ToggleSlagkracht => {
            let flip = |c: &mut Classification| c.slagkracht = !c.slagkracht;
            return edit_classification(model, m, flip, |c| format!("slagkracht: {}", yes_no(c.slagkracht)));
        }
        _ => {}
    }
    Vec::new()
}

/// None → gemeente → OCMW → none, skipping a bestuur the municipality does not have.
fn cycle_lde(model: &mut Model, m: usize) -> Vec<Effect> {
    let Some(municipality) = model.dataset().municipalities().get(m) else {
        return Vec::new();
    };
    let has = |b: Option<Bestuur>| b.is_none_or(|b| municipality.besturen.contains(&b));
    let order = [None, Some(Bestuur::Gemeente), Some(Bestuur::Ocmw)];
    let current = model.dataset().classification(m).and_then(|c| c.lde_erkenning);
    let next = cycle(&order, current, has);
    let what = |c: &Classification| {
        let holder = c.lde_erkenning.map_or("geen", |b| crate::domain::Besturen::from(b).label());
        format!("LDE-erkenning: {holder}")
    };
    let change = |c: &mut Classification| {
        c.lde_erkenning = next;
        c.bewust_geen_actor &= next.is_none();
    };
    edit_classification(model, m, change, what)
}

fn yes_no(value: bool) -> &'static str {
    if value { "ja" } else { "nee" }
}
