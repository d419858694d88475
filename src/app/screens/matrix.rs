//! Screen 1, the matrix: moving over the cells, marking them, agreeing a rating; adding and
//! renaming municipalities.

use crate::app::change::commit;
use crate::app::navigation::{move_column, move_row, open_drill};
use crate::app::overlays::form::{Form, Purpose};
use crate::app::records::save_municipality;
use crate::app::{Effect, Model, Overlay};
use crate::command::Action;
use crate::domain::{Bestuur, Municipality, Score};

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
        Action::NewMunicipality => {
            let form = Form::single("Gemeente toevoegen".to_string(), Purpose::NewMunicipality, "Naam", "", NAME_HELP);
            model.chrome.overlay = Some(Overlay::Form(form));
        }
        Action::RenameMunicipality => {
            let m = model.screens.selection.municipality;
            let Some(current) = model.dataset().municipalities().get(m) else {
                return Vec::new();
            };
            let title = format!("Gemeente hernoemen: {}", current.name);
            let form = Form::single(title, Purpose::RenameMunicipality(m), "Naam", &current.name, NAME_HELP);
            model.chrome.overlay = Some(Overlay::Form(form));
        }
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
    let (level, reason) = rating.map_or((String::new(), ""), |r| (r.level.to_string(), r.reason.as_str()));
    let title = format!("Afgesproken niveau: {} · component {nr}", municipality.name);
    let form = Form::rating(title, Purpose::Rating(m, c), &level, reason);
    model.chrome.overlay = Some(Overlay::Form(form));
}

/// Saves a typed rating with the room's reason; an error message when the level is not 0–4
/// or empty (an empty level clears the agreement and its reason).
pub fn save_rating(model: &mut Model, m: usize, c: usize, typed: &str, reason: &str) -> Result<Vec<Effect>, String> {
    let level = match typed.trim() {
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
    let rating = level.map(|level| (level, reason));
    Ok(commit(model, what, |workspace| workspace.set_rating(measurement.as_deref(), &id, nr, rating)))
}

const NAME_HELP: &str = "naam zoals getoond; een nieuwe gemeente krijgt gemeente en OCMW";

/// Adds a municipality (`rename` is `None`) or renames one, from a typed name; an error when
/// the name is empty or another municipality has it (or the id it gives).
pub fn save_name(model: &mut Model, rename: Option<usize>, typed: &str) -> Result<Vec<Effect>, String> {
    let name = typed.trim().to_string();
    let id = crate::project::municipality_id(&name);
    if name.is_empty() || id.is_empty() {
        return Err("typ een naam met letters of cijfers".to_string());
    }
    let dataset = model.dataset();
    let others = dataset.municipalities().iter().enumerate().filter(|(m, _)| Some(*m) != rename);
    if let Some((_, other)) = others.clone().find(|(_, o)| o.name.to_lowercase() == name.to_lowercase()) {
        return Err(format!("{} bestaat al", other.name));
    }
    let municipality = match rename.and_then(|m| dataset.municipalities().get(m)) {
        Some(current) => Municipality { name, ..current.clone() },
        None if others.clone().any(|(_, o)| o.id == id) => return Err(format!("id '{id}' bestaat al")),
        None => Municipality { id, name, besturen: vec![Bestuur::Gemeente, Bestuur::Ocmw], centrumstad: false },
    };
    let what = match rename.and_then(|m| dataset.municipalities().get(m)) {
        Some(current) => format!("gemeente hernoemd: {} → {}", current.name, municipality.name),
        None => format!("gemeente toegevoegd: {}", municipality.name),
    };
    let id = municipality.id.clone();
    let effects = save_municipality(model, municipality, what);
    if let Some(m) = model.dataset().municipality_index(&id) {
        model.screens.selection.municipality = m;
    }
    Ok(effects)
}
