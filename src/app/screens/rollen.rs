//! Screen 4, gemeente – OCMW: a municipality per row, a role or phase per column; a cell
//! cursor whose holder cycles G / O / G+O / nobody, the trekker, whether the division is
//! formalised, and the "Enkele cijfers" in a form.

use crate::app::navigation::{move_column, move_row};
use crate::app::overlays::form::{Form, Purpose};
use crate::app::records::{besturen_of, cycle, edit_role_split};
use crate::app::{Effect, Model, Overlay};
use crate::command::Action;
use crate::domain::{Besturen, Bestuur, Cijfers, RoleSplit, Taak};

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
    let m = model.screens.selection.municipality;
    let Some(municipality) = model.dataset().municipalities().get(m) else {
        return Vec::new();
    };
    let besturen = besturen_of(municipality);
    match action {
        Action::ToggleMark => super::toggle_municipality_mark(model),
        Action::CycleHolder => {
            let Some(&taak) = Taak::ALL.get(model.screens.rollen.column) else {
                return Vec::new();
            };
            let order: Vec<Option<Besturen>> = besturen.into_iter().map(Some).chain([None]).collect();
            let change = |split: &mut RoleSplit| {
                let next = cycle(&order, taak.holder(split), |_| true);
                set_holder(split, taak, next);
            };
            let what = move |split: &RoleSplit| {
                format!("{}: {}", taak.label(), taak.holder(split).map_or("—", Besturen::code))
            };
            return edit_role_split(model, m, change, what);
        }
        Action::CycleTrekker => {
            let change = |split: &mut RoleSplit| split.trekker = cycle(&besturen, split.trekker, |_| true);
            return edit_role_split(model, m, change, |split| format!("trekker {}", split.trekker.code()));
        }
        Action::ToggleGeformaliseerd => {
            let change = |split: &mut RoleSplit| split.geformaliseerd = !split.geformaliseerd;
            let what =
                |split: &RoleSplit| format!("geformaliseerd: {}", if split.geformaliseerd { "ja" } else { "nee" });
            return edit_role_split(model, m, change, what);
        }
        Action::EditCijfers => open_cijfers(model, m),
        _ => {}
    }
    Vec::new()
}

/// Who holds a role or phase; `None` is nobody.
fn set_holder(split: &mut RoleSplit, taak: Taak, holder: Option<Besturen>) {
    match (taak, holder) {
        (Taak::Rol(rol), Some(b)) => _ = split.rollen.insert(rol, b),
        (Taak::Rol(rol), None) => _ = split.rollen.remove(&rol),
        (Taak::Fase(fase), Some(b)) => _ = split.fasen.insert(fase, b),
        (Taak::Fase(fase), None) => _ = split.fasen.remove(&fase),
    }
}

/// The fields of the figures form: each figure for each bestuur the municipality has.
fn cijfers_fields(besturen: &[Bestuur]) -> Vec<(usize, Bestuur)> {
    (0..Cijfers::default().fields().len()).flat_map(|f| besturen.iter().map(move |&b| (f, b))).collect()
}

fn open_cijfers(model: &mut Model, m: usize) {
    let dataset = model.dataset();
    let Some(municipality) = dataset.municipalities().get(m) else {
        return;
    };
    let cijfers = dataset.role_split(m).map(|s| s.cijfers.clone()).unwrap_or_default();
    let fields = cijfers.fields();
    let values = cijfers_fields(&municipality.besturen).into_iter().map(|(f, b)| {
        let (label, values) = fields[f];
        let value = values.get(&b).map_or_else(String::new, f64::to_string);
        (format!("{label} {}", Besturen::from(b).code()), value)
    });
    let title = format!("Enkele cijfers: {}", municipality.name);
    let help = "een getal (1,5 of 1.5); leeg = niet ingevuld";
    model.chrome.overlay = Some(Overlay::Form(Form::fields(title, Purpose::Cijfers(m), values.collect(), help)));
}

/// Saves the figures of a submitted form; an error names the first field that is no number.
pub fn save_cijfers(model: &mut Model, m: usize, form: &Form) -> Result<Vec<Effect>, String> {
    let Some(municipality) = model.dataset().municipalities().get(m) else {
        return Ok(Vec::new());
    };
    let mut cijfers = Cijfers::default();
    for (index, (f, bestuur)) in cijfers_fields(&municipality.besturen).into_iter().enumerate() {
        let value = form.value(index);
        let typed = value.trim();
        if typed.is_empty() {
            continue;
        }
        let value = typed.replace(',', ".").parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0);
        let label = form.fields.get(index).map_or("", |field| field.label.as_str());
        let value = value.ok_or_else(|| format!("{label}: '{typed}' is geen getal van 0 of meer"))?;
        if let Some(values) = cijfers.fields_mut().into_iter().nth(f) {
            values.insert(bestuur, value);
        }
    }
    Ok(edit_role_split(model, m, |split| split.cijfers = cijfers, |_| "enkele cijfers".to_string()))
}
