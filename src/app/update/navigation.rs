//! Moving the selection and jumping to finder targets.

use crate::app::finder::Target;
use crate::app::{Action, Model, Screen};
use crate::domain::Taak;

/// Rows moved by page up / page down.
const PAGE: usize = 10;

/// Moves a row selection for up/down/page/first/last, within `len` rows.
pub fn move_row(row: &mut usize, len: usize, action: &Action) {
    let last = len.saturating_sub(1);
    *row = match action {
        Action::Up => row.saturating_sub(1),
        Action::Down => (*row + 1).min(last),
        Action::PageUp => row.saturating_sub(PAGE),
        Action::PageDown => (*row + PAGE).min(last),
        Action::First => 0,
        Action::Last => last,
        _ => (*row).min(last),
    };
}

/// Moves a column selection for left/right, within `len` columns.
pub fn move_column(column: &mut usize, len: usize, action: &Action) {
    let last = len.saturating_sub(1);
    *column = match action {
        Action::Left => column.saturating_sub(1),
        Action::Right => (*column + 1).min(last),
        _ => (*column).min(last),
    };
}

/// Opens the drill-down of the selected matrix cell.
pub fn open_drill(model: &mut Model) {
    model.screen = Screen::Drill;
    model.drill_row = 0;
}

/// Navigation on the regisseur, gemeente–OCMW and actoren screens.
pub fn lists(model: &mut Model, action: &Action) {
    let municipalities = model.dataset.municipalities().len();
    match model.screen {
        Screen::Regisseur | Screen::Rollen => {
            move_row(&mut model.municipality, municipalities, action);
            if model.screen == Screen::Rollen {
                move_column(&mut model.rollen_column, Taak::ALL.len(), action);
            }
            match action {
                Action::Open if model.screen == Screen::Regisseur => model.screen = Screen::Matrix,
                Action::ToggleMark => toggle_municipality_mark(model),
                _ => {}
            }
        }
        Screen::Actoren => move_row(&mut model.actor_row, model.dataset.actors().len(), action),
        _ => {}
    }
}

fn toggle_municipality_mark(model: &mut Model) {
    let m = model.municipality;
    if !model.marked_municipalities.remove(&m) {
        model.marked_municipalities.insert(m);
    }
    let count = model.marked_municipalities.len();
    model.status.message = Some(format!("{count} gemeente(n) gemarkeerd"));
}

/// Moves the selection to a finder target.
pub fn jump(model: &mut Model, target: Target) {
    match target {
        Target::Municipality(m) => {
            model.municipality = m;
            model.screen = Screen::Matrix;
        }
        Target::Indicator(i) => {
            let first = model.dataset.cell_findings(model.municipality, i).first().copied();
            if let Some(f) = first {
                jump_to_finding(model, f);
            }
        }
        Target::Finding(f) => jump_to_finding(model, f),
        Target::Actor(a) => {
            model.actor_row = a;
            model.screen = Screen::Actoren;
        }
        Target::Action(id) => {
            model.actions.filter.clear();
            model.actions.carry_over = None;
            let visible = model.actions.visible(&model.dataset, &model.workspace, model.today);
            let row = visible.iter().position(|&i| model.workspace.actions.get(i).is_some_and(|a| a.id == id));
            model.actions.row = row.unwrap_or(0);
            model.screen = Screen::Acties;
        }
    }
}

fn jump_to_finding(model: &mut Model, finding: usize) {
    let dataset = &model.dataset;
    let Some(f) = dataset.findings().get(finding) else {
        return;
    };
    let component = dataset.indicator_index(&f.indicator).and_then(|i| {
        let nr = dataset.indicators().get(i)?.component()?;
        dataset.components().iter().position(|c| c.nr == nr)
    });
    let (Some(m), Some(c)) = (dataset.municipality_index(&f.municipality), component) else {
        return;
    };
    model.municipality = m;
    model.component = c;
    model.screen = Screen::Drill;
    model.drill_row = model.drill_findings().iter().position(|&x| x == finding).unwrap_or(0);
}
