//! Screen 1, the matrix: moving over the cells, marking them, agreeing a rating.

use crate::app::change::commit;
use crate::app::navigation::{move_column, move_row, open_drill};
use crate::app::overlays::form::{Form, Purpose};
use crate::app::{Effect, Model, Overlay};
use crate::command::Action;
use crate::domain::Score;

/// Commands on the matrix.
pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    let (rows, columns) = (model.dataset().municipalities().len(), model.dataset().components().len());
    let selection = &mut model.screens.selection;
    move_row(&mut selection.municipality, rows, action);
    move_column(&mut selection.component, columns, action);
    match action {
        Action::Open => open_drill(model),
        Action::ToggleMark => {
            let cell = (selection.municipality, selection.component);
            if !selection.marked_cells.remove(&cell) {
                selection.marked_cells.insert(cell);
            }
            model.chrome.status.message = Some(format!("{} cel(len) gemarkeerd", selection.marked_cells.len()));
        }
        Action::AgreeRating => open_rating(model),
        _ => {}
    }
    Vec::new()
}

fn open_rating(model: &mut Model) {
    let (m, c) = (model.screens.selection.municipality, model.screens.selection.component);
    let Some(municipality) = model.dataset().municipalities().get(m) else {
        return;
    };
    let nr = model.dataset().components().get(c).map_or(0, |c| c.nr);
    let rating = model.workspace().rating(model.dataset().measurement_key(), &municipality.id, nr);
    let current = rating.map_or(String::new(), |r| r.level.to_string());
    let title = format!("Afgesproken niveau: {} · component {nr}", municipality.name);
    let help = "0 tot 4; leeg = geen afspraak (het berekende niveau telt)";
    model.chrome.overlay = Some(Overlay::Form(Form::single(title, Purpose::Rating(m, c), "Niveau", &current, help)));
}

/// Saves a typed rating; an error message when it is not 0–4 or empty.
pub fn save_rating(model: &mut Model, m: usize, c: usize, text: &str) -> Result<Vec<Effect>, String> {
    let level = match text.trim() {
        "" => None,
        digits => {
            Some(digits.parse::<u8>().ok().filter(|l| u32::from(*l) <= Score::LEVELS).ok_or("typ 0, 1, 2, 3 of 4")?)
        }
    };
    let (Some(municipality), Some(component)) =
        (model.dataset().municipalities().get(m), model.dataset().components().get(c))
    else {
        return Ok(Vec::new());
    };
    let (id, nr) = (municipality.id.clone(), component.nr);
    let what = match level {
        Some(level) => format!("afgesproken: {} {} op {level}/4", municipality.name, component.short),
        None => format!("afspraak gewist: {} {}", municipality.name, component.short),
    };
    let measurement = model.dataset().measurement_key().map(str::to_string);
    Ok(commit(model, what, |workspace| workspace.set_rating(measurement.as_deref(), &id, nr, level)))
}
