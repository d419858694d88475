//! The matrix and the drill-down: marks, agreed ratings, and edits of findings.

use crate::app::form::{Form, Purpose};
use crate::app::{Action, Effect, Model, Overlay};
use crate::domain::{Besturen, Score};
use crate::workspace::{FindingEdit, FindingFields};

use super::change::commit;
use super::navigation::{move_column, move_row, open_drill};

/// Actions on the matrix.
pub fn matrix(model: &mut Model, action: &Action) -> Vec<Effect> {
    move_row(&mut model.municipality, model.dataset.municipalities().len(), action);
    move_column(&mut model.component, model.dataset.components().len(), action);
    match action {
        Action::Open => open_drill(model),
        Action::ToggleMark => {
            let cell = (model.municipality, model.component);
            if !model.marked.remove(&cell) {
                model.marked.insert(cell);
            }
            model.status.message = Some(format!("{} cel(len) gemarkeerd", model.marked.len()));
        }
        Action::AgreeRating => open_rating(model),
        _ => {}
    }
    Vec::new()
}

fn open_rating(model: &mut Model) {
    let (m, c) = (model.municipality, model.component);
    let Some(municipality) = model.dataset.municipalities().get(m) else {
        return;
    };
    let nr = model.dataset.components().get(c).map_or(0, |c| c.nr);
    let current = model.workspace.rating(&municipality.id, nr).map_or(String::new(), |r| r.level.to_string());
    let title = format!("Afgesproken niveau: {} · component {nr}", municipality.name);
    let help = "0 tot 4; leeg = geen afspraak (het berekende niveau telt)";
    model.overlay = Some(Overlay::Form(Form::single(title, Purpose::Rating(m, c), "Niveau", &current, help)));
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
        (model.dataset.municipalities().get(m), model.dataset.components().get(c))
    else {
        return Ok(Vec::new());
    };
    let (id, nr) = (municipality.id.clone(), component.nr);
    let what = match level {
        Some(level) => format!("afgesproken: {} {} op {level}/4", municipality.name, component.short),
        None => format!("afspraak gewist: {} {}", municipality.name, component.short),
    };
    Ok(commit(model, what, |workspace| workspace.set_rating(&id, nr, level)))
}

/// Actions on the drill-down.
pub fn drill(model: &mut Model, action: &Action) -> Vec<Effect> {
    let rows = model.drill_findings().len();
    move_row(&mut model.drill_row, rows, action);
    let before = model.component;
    move_column(&mut model.component, model.dataset.components().len(), action);
    if model.component != before {
        model.drill_row = 0;
    }
    let Some(finding) = model.selected_finding() else {
        return Vec::new();
    };
    match action {
        Action::CycleVerdict => edit_finding(model, finding, |fields| fields.verdict = fields.verdict.next()),
        Action::CycleBestuur => cycle_bestuur(model, finding),
        Action::Edit => {
            let note = model.dataset.findings().get(finding).map_or("", |f| f.note.as_str());
            let title = "Toelichting bewerken".to_string();
            let form = Form::single(title, Purpose::Note(finding), "Toelichting", note, "vrije tekst");
            model.overlay = Some(Overlay::Form(form));
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Changes a finding through `change`, recording it in the workspace.
pub fn edit_finding(model: &mut Model, finding: usize, change: impl FnOnce(&mut FindingFields)) -> Vec<Effect> {
    let (Some(current), Some(baseline)) =
        (model.dataset.findings().get(finding), model.baseline.fields(&model.dataset, finding))
    else {
        return Vec::new();
    };
    let mut fields = FindingFields::from(current);
    change(&mut fields);
    if fields == FindingFields::from(current) {
        return Vec::new();
    }
    let (municipality, indicator) = (current.municipality.clone(), current.indicator.clone());
    let what = format!(
        "gewijzigd: {} {indicator}: {} ({})",
        name_of(model, &municipality),
        fields.verdict.label(),
        fields.bestuur.code()
    );
    let edit = FindingEdit { municipality, indicator, original: baseline.bestuur, fields: fields.clone() };
    let effects = commit(model, what, |workspace| workspace.record_finding(edit, &baseline));
    if !effects.is_empty() {
        model.baseline.remember(&model.dataset, finding);
        model.dataset.restore_finding(finding, fields.verdict, &fields.note, fields.bestuur);
    }
    effects
}

fn name_of(model: &Model, municipality: &str) -> String {
    model.dataset.municipality(municipality).map_or(municipality.to_string(), |m| m.name.clone())
}

fn cycle_bestuur(model: &mut Model, finding: usize) -> Vec<Effect> {
    const ORDER: [Besturen; 3] = [Besturen::Gemeente, Besturen::Ocmw, Besturen::Beide];
    let Some(current) = model.dataset.findings().get(finding).map(|f| f.bestuur) else {
        return Vec::new();
    };
    let start = ORDER.iter().position(|b| *b == current).unwrap_or(0);
    let next = (1..ORDER.len())
        .map(|step| ORDER[(start + step) % ORDER.len()])
        .find(|b| model.dataset.bestuur_allowed(finding, *b));
    match next {
        Some(next) => edit_finding(model, finding, |fields| fields.bestuur = next),
        None => {
            model.status.message = Some("geen ander bestuur mogelijk voor deze bevinding".to_string());
            Vec::new()
        }
    }
}
