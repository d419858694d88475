//! The one update function: an action changes the model and may ask for effects.

use crate::domain::{Besturen, Taak};
use crate::keymap::Key;

use super::finder::{FinderOverlay, Target};
use super::help::HelpOverlay;
use super::history::{Edit, FindingFields};
use super::overlay::{NoteEditor, Overlay};
use super::text_input::TextInput;
use super::{Action, Effect, Model, Screen};

/// Rows moved by page up / page down.
const PAGE: usize = 10;

/// Handles a key: looks it up in the keymap for the focus, echoes it, runs its action.
pub fn on_key(model: &mut Model, key: Key) -> Vec<Effect> {
    let context = model.context();
    let bound = model.keymap.lookup(context, key).cloned();
    let typed = || {
        key.typed_char()
            .filter(|_| context.takes_text())
            .map(Action::Type)
    };
    let Some(action) = bound.or_else(typed) else {
        model.status.last_key = Some(key.to_string());
        model.status.last_command = None;
        model.status.message = Some("toets niet gebonden".to_string());
        return Vec::new();
    };
    if !matches!(action, Action::Type(_)) {
        model.status.last_key = Some(key.to_string());
        model.status.last_command = Some(action.description());
        model.status.message = None;
    }
    update(model, action)
}

/// Applies an action to the model; never draws, never does I/O.
pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    if action == Action::Quit && !model.context().takes_text() {
        return vec![Effect::Quit];
    }
    if model.projection.blank {
        // Like slide software: any key brings the screen back.
        model.projection.blank = false;
        return Vec::new();
    }
    if model.overlay.is_some() {
        return update_overlay(model, action);
    }
    if !update_global(model, &action) {
        update_screen(model, &action);
    }
    Vec::new()
}

fn update_global(model: &mut Model, action: &Action) -> bool {
    match action {
        Action::NextScreen => model.screen = model.screen.step(false),
        Action::PreviousScreen => model.screen = model.screen.step(true),
        Action::ScreenMatrix => model.screen = Screen::Matrix,
        Action::ScreenDrill => open_drill(model),
        Action::ScreenRegisseur => model.screen = Screen::Regisseur,
        Action::ScreenRollen => model.screen = Screen::Rollen,
        Action::ScreenActoren => model.screen = Screen::Actoren,
        Action::Finder => {
            model.overlay = Some(Overlay::Finder(FinderOverlay::open(&model.dataset)))
        }
        Action::Help => {
            model.overlay = Some(Overlay::Help(HelpOverlay::for_screen(
                model.screen.context(),
            )))
        }
        Action::Undo => undo(model),
        Action::Redo => redo(model),
        Action::Presentation => model.projection.presentation = !model.projection.presentation,
        Action::Blank => model.projection.blank = true,
        Action::NextTheme => {
            model.projection.theme = model.projection.theme.next();
            model.status.message = Some(format!("thema: {}", model.projection.theme.label()));
        }
        _ => return false,
    }
    true
}

fn update_screen(model: &mut Model, action: &Action) {
    let municipalities = model.dataset.municipalities().len();
    match model.screen {
        Screen::Matrix => {
            move_row(&mut model.municipality, municipalities, action);
            move_column(
                &mut model.component,
                model.dataset.components().len(),
                action,
            );
            if *action == Action::Open {
                open_drill(model);
            }
        }
        Screen::Drill => update_drill(model, action),
        Screen::Regisseur => {
            move_row(&mut model.municipality, municipalities, action);
            if *action == Action::Open {
                model.screen = Screen::Matrix;
            }
        }
        Screen::Rollen => {
            move_row(&mut model.municipality, municipalities, action);
            move_column(&mut model.rollen_column, Taak::ALL.len(), action);
        }
        Screen::Actoren => move_row(&mut model.actor_row, model.dataset.actors().len(), action),
    }
    if *action == Action::Back && model.screen != Screen::Matrix {
        model.screen = Screen::Matrix;
    }
}

fn update_drill(model: &mut Model, action: &Action) {
    let rows = model.drill_findings().len();
    move_row(&mut model.drill_row, rows, action);
    let before = model.component;
    move_column(
        &mut model.component,
        model.dataset.components().len(),
        action,
    );
    if model.component != before {
        model.drill_row = 0;
    }
    let Some(finding) = model.selected_finding() else {
        return;
    };
    match action {
        Action::CycleVerdict => edit_finding(model, finding, |fields| {
            fields.verdict = fields.verdict.next()
        }),
        Action::CycleBestuur => cycle_bestuur(model, finding),
        Action::Edit => {
            let note = model
                .dataset
                .findings()
                .get(finding)
                .map_or("", |f| f.note.as_str());
            let input = TextInput::with_text(note);
            model.overlay = Some(Overlay::NoteEditor(NoteEditor { finding, input }));
        }
        _ => {}
    }
}

fn open_drill(model: &mut Model) {
    model.screen = Screen::Drill;
    model.drill_row = 0;
}

/// Moves a row selection for up/down/page/first/last, within `len` rows.
fn move_row(row: &mut usize, len: usize, action: &Action) {
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

fn move_column(column: &mut usize, len: usize, action: &Action) {
    let last = len.saturating_sub(1);
    *column = match action {
        Action::Left => column.saturating_sub(1),
        Action::Right => (*column + 1).min(last),
        _ => (*column).min(last),
    };
}

/// Changes a finding through `change`, recording the edit for undo.
fn edit_finding(model: &mut Model, finding: usize, change: impl FnOnce(&mut FindingFields)) {
    let Some(before) = model
        .dataset
        .findings()
        .get(finding)
        .map(FindingFields::from)
    else {
        return;
    };
    let mut after = before.clone();
    change(&mut after);
    if after == before {
        return;
    }
    after.apply(&mut model.dataset, finding);
    let applied = model
        .dataset
        .findings()
        .get(finding)
        .map(FindingFields::from);
    if applied.as_ref() == Some(&before) {
        return;
    }
    model.status.message = describe(model, finding).map(|d| format!("gewijzigd: {d}"));
    let after = applied.unwrap_or(after);
    model.history.record(Edit {
        finding,
        before,
        after,
    });
}

fn cycle_bestuur(model: &mut Model, finding: usize) {
    const ORDER: [Besturen; 3] = [Besturen::Gemeente, Besturen::Ocmw, Besturen::Beide];
    let Some(current) = model.dataset.findings().get(finding).map(|f| f.bestuur) else {
        return;
    };
    let start = ORDER.iter().position(|b| *b == current).unwrap_or(0);
    for step in 1..ORDER.len() {
        let next = ORDER[(start + step) % ORDER.len()];
        if model.dataset.bestuur_allowed(finding, next) {
            edit_finding(model, finding, |fields| fields.bestuur = next);
            return;
        }
    }
    model.status.message = Some("geen ander bestuur mogelijk voor deze bevinding".to_string());
}

fn undo(model: &mut Model) {
    let finding = model
        .history
        .undo(&mut model.dataset)
        .map(|edit| edit.finding);
    model.status.message = Some(match finding.and_then(|f| describe(model, f)) {
        Some(what) => format!("ongedaan: {what}"),
        None => "niets om ongedaan te maken".to_string(),
    });
}

fn redo(model: &mut Model) {
    let finding = model
        .history
        .redo(&mut model.dataset)
        .map(|edit| edit.finding);
    model.status.message = Some(match finding.and_then(|f| describe(model, f)) {
        Some(what) => format!("opnieuw: {what}"),
        None => "niets om opnieuw te doen".to_string(),
    });
}

/// "Kortrijk 1.1.2a: ja (G+O)", for status messages.
fn describe(model: &Model, finding: usize) -> Option<String> {
    let f = model.dataset.findings().get(finding)?;
    let m = model.dataset.municipality_index(&f.municipality)?;
    let name = &model.dataset.municipalities().get(m)?.name;
    Some(format!(
        "{name} {}: {} ({})",
        f.indicator,
        f.verdict.label(),
        f.bestuur.code()
    ))
}

fn update_overlay(model: &mut Model, action: Action) -> Vec<Effect> {
    let Some(overlay) = model.overlay.as_mut() else {
        return Vec::new();
    };
    if edit_text(overlay.input_mut(), &action) {
        match overlay {
            Overlay::Finder(finder) => finder.search(),
            Overlay::Help(help) => help.selected = 0,
            Overlay::NoteEditor(_) => {}
        }
        return Vec::new();
    }
    match action {
        Action::Back => model.overlay = None,
        Action::Up | Action::Down => move_overlay_selection(model, &action),
        Action::Open => return confirm_overlay(model),
        _ => {}
    }
    Vec::new()
}

/// Applies a text-editing action to a field; false when the action is not one.
fn edit_text(input: &mut TextInput, action: &Action) -> bool {
    match action {
        Action::Type(c) => input.insert(c.encode_utf8(&mut [0; 4])),
        Action::Paste(text) => input.insert(text),
        Action::CursorLeft => input.left(),
        Action::CursorRight => input.right(),
        Action::CursorStart => input.start(),
        Action::CursorEnd => input.end(),
        Action::DeleteBack => input.delete_back(),
        Action::DeleteForward => input.delete_forward(),
        _ => return false,
    }
    true
}

fn move_overlay_selection(model: &mut Model, action: &Action) {
    let keymap = &model.keymap;
    match model.overlay.as_mut() {
        Some(Overlay::Finder(finder)) => move_row(&mut finder.selected, finder.hits.len(), action),
        Some(Overlay::Help(help)) => {
            let len = help.entries(keymap).len();
            move_row(&mut help.selected, len, action);
        }
        _ => {}
    }
}

fn confirm_overlay(model: &mut Model) -> Vec<Effect> {
    match model.overlay.take() {
        Some(Overlay::Finder(finder)) => {
            if let Some(target) = finder.chosen() {
                jump(model, target);
            }
            Vec::new()
        }
        Some(Overlay::Help(help)) => {
            let chosen = help
                .entries(&model.keymap)
                .get(help.selected)
                .map(|e| e.action.clone());
            match chosen {
                Some(action) if action != Action::Help => update(model, action),
                _ => Vec::new(),
            }
        }
        Some(Overlay::NoteEditor(editor)) => {
            let note = editor.input.text().trim().to_string();
            edit_finding(model, editor.finding, |fields| fields.note = note);
            Vec::new()
        }
        None => Vec::new(),
    }
}

/// Moves the selection to a finder target.
pub fn jump(model: &mut Model, target: Target) {
    match target {
        Target::Municipality(m) => {
            model.municipality = m;
            model.screen = Screen::Matrix;
        }
        Target::Indicator(i) => {
            let first = model
                .dataset
                .cell_findings(model.municipality, i)
                .first()
                .copied();
            if let Some(f) = first {
                jump_to_finding(model, f);
            }
        }
        Target::Finding(f) => jump_to_finding(model, f),
        Target::Actor(a) => {
            model.actor_row = a;
            model.screen = Screen::Actoren;
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
    model.drill_row = model
        .drill_findings()
        .iter()
        .position(|&x| x == finding)
        .unwrap_or(0);
}
