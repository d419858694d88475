//! Moving a selection, opening the drill-down, and jumping to finder targets.

use crate::app::Model;
use crate::app::overlays::finder::Target;
use crate::app::screens::drill;
use crate::command::Action;
use crate::screen::Screen;

/// Rows moved by page up / page down.
const PAGE: usize = 10;

/// Moves a row selection for up/down/page/first/last, within `len` rows.
pub fn move_row(row: &mut usize, len: usize, action: Action) {
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
pub fn move_column(column: &mut usize, len: usize, action: Action) {
    let last = len.saturating_sub(1);
    *column = match action {
        Action::Left => column.saturating_sub(1),
        Action::Right => (*column + 1).min(last),
        _ => (*column).min(last),
    };
}

/// Opens the drill-down of the selected matrix cell.
pub fn open_drill(model: &mut Model) {
    model.chrome.screen = Screen::Drill;
    model.screens.drill.row = 0;
}

/// Moves the selection to a finder target.
pub fn jump(model: &mut Model, target: Target) {
    match target {
        Target::Municipality(m) => {
            model.screens.selection.municipality = m;
            model.chrome.screen = Screen::Matrix;
        }
        Target::Indicator(i) => {
            let first = model.dataset().cell_findings(model.screens.selection.municipality, i).first().copied();
            if let Some(f) = first {
                jump_to_finding(model, f);
            }
        }
        Target::Finding(f) => jump_to_finding(model, f),
        Target::Actor(a) => {
            model.screens.actoren.row = a;
            model.chrome.screen = Screen::Actoren;
        }
        Target::FollowUp(id) => {
            model.screens.follow_ups.filter.clear();
            model.screens.follow_ups.carry_over = None;
            let visible = model.screens.follow_ups.visible(model.dataset(), model.workspace(), model.today);
            let row = visible.iter().position(|&i| model.workspace().follow_ups.get(i).is_some_and(|a| a.id == id));
            model.screens.follow_ups.row = row.unwrap_or(0);
            model.chrome.screen = Screen::FollowUps;
        }
    }
}

fn jump_to_finding(model: &mut Model, finding: usize) {
    let dataset = model.dataset();
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
    model.screens.selection.municipality = m;
    model.screens.selection.component = c;
    model.chrome.screen = Screen::Drill;
    model.screens.drill.row = drill::findings(model).iter().position(|&x| x == finding).unwrap_or(0);
}
