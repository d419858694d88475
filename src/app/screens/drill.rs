//! Screen 2, the drill-down: the findings of the selected cell, edited one by one.

use crate::app::change::commit;
use crate::app::navigation::{move_column, move_row};
use crate::app::overlays::form::{Form, Purpose};
use crate::app::{Effect, Model, Overlay};
use crate::command::Action;
use crate::domain::{Besturen, FindingEdit, FindingFields, hand_source};

/// The selected finding row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DrillState {
    /// Index into [`findings`].
    pub row: usize,
}

/// The findings listed for the selected matrix cell.
pub fn findings(model: &Model) -> Vec<usize> {
    let dataset = model.dataset();
    let (m, c) = (model.screens.selection.municipality, model.screens.selection.component);
    dataset.component_indicators(c).iter().flat_map(|&i| dataset.cell_findings(m, i).iter().copied()).collect()
}

/// The finding selected in the drill-down.
pub fn selected_finding(model: &Model) -> Option<usize> {
    findings(model).get(model.screens.drill.row).copied()
}

/// Commands on the drill-down.
pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    let rows = findings(model).len();
    move_row(&mut model.screens.drill.row, rows, action);
    let (before, columns) = (model.screens.selection.component, model.dataset().components().len());
    move_column(&mut model.screens.selection.component, columns, action);
    if model.screens.selection.component != before {
        model.screens.drill.row = 0;
    }
    let Some(finding) = selected_finding(model) else {
        return Vec::new();
    };
    match action {
        Action::CycleVerdict => edit_finding(model, finding, |fields| fields.verdict = fields.verdict.next()),
        Action::CycleBestuur => cycle_bestuur(model, finding),
        Action::Edit => {
            let note = model.dataset().findings().get(finding).map_or("", |f| f.note.as_str());
            let title = "Toelichting bewerken".to_string();
            let form = Form::lines(title, Purpose::Note(finding), "Toelichting", note, "vrije tekst, meerdere regels");
            model.chrome.overlay = Some(Overlay::Form(form));
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Changes a finding through `change`, recorded in the workspace as an edit of the baseline.
/// The answer takes the source of a hand-made answer ([`hand_source`]); changed back to the
/// baseline's answer, it takes the baseline's source again (and the edit is dropped).
pub fn edit_finding(model: &mut Model, finding: usize, change: impl FnOnce(&mut FindingFields)) -> Vec<Effect> {
    let dataset = model.dataset();
    let (Some(current), Some(baseline)) =
        (dataset.findings().get(finding), model.loaded.baseline().fields(dataset, finding))
    else {
        return Vec::new();
    };
    let mut fields = FindingFields::from(current);
    change(&mut fields);
    if fields.same_answer(&FindingFields::from(current)) {
        return Vec::new();
    }
    fields.source = if fields.same_answer(&baseline) {
        baseline.source.clone()
    } else {
        Some(hand_source(model.workspace(), model.today))
    };
    let (municipality, indicator) = (current.municipality.clone(), current.indicator.clone());
    let name = dataset.municipality(&municipality).map_or(municipality.clone(), |m| m.name.clone());
    let what = format!("gewijzigd: {name} {indicator}: {} ({})", fields.verdict.label(), fields.bestuur.code());
    let measurement = dataset.measurement_key().map(str::to_string);
    let original = baseline.bestuur;
    let edit = FindingEdit { municipality, indicator, original, fields, meeting: None, was: None, measurement };
    commit(model, what, |workspace| workspace.record_finding(edit, &baseline))
}

/// Moves a finding to the next bestuur it may concern (gemeente, OCMW, both).
pub fn cycle_bestuur(model: &mut Model, finding: usize) -> Vec<Effect> {
    const ORDER: [Besturen; 3] = [Besturen::Gemeente, Besturen::Ocmw, Besturen::Beide];
    let Some(current) = model.dataset().findings().get(finding).map(|f| f.bestuur) else {
        return Vec::new();
    };
    let start = ORDER.iter().position(|b| *b == current).unwrap_or(0);
    let next = (1..ORDER.len())
        .map(|step| ORDER[(start + step) % ORDER.len()])
        .find(|b| model.dataset().bestuur_allowed(finding, *b));
    match next {
        Some(next) => edit_finding(model, finding, |fields| fields.bestuur = next),
        None => {
            model.chrome.status.message = Some("geen ander bestuur mogelijk voor deze bevinding".to_string());
            Vec::new()
        }
    }
}
