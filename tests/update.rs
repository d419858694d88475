//! `update` driven with action sequences: navigation, edits, undo/redo, overlays.

mod common;

use common::{model, run, type_text};
use proptest::prelude::*;
use regie::app::{Action, Effect, Overlay, Screen, update};
use regie::domain::Verdict;

#[test]
fn quit_is_an_effect_and_changes_nothing() {
    let mut model = model();
    assert_eq!(update(&mut model, Action::Quit), vec![Effect::Quit]);
    assert_eq!(model.screen, Screen::Matrix);
}

#[test]
fn enter_opens_the_cell_and_esc_returns_to_the_same_cell() {
    let mut model = model();
    run(&mut model, [Action::Down, Action::Down, Action::Right, Action::Open]);
    assert_eq!(model.screen, Screen::Drill);
    assert!(!model.drill_findings().is_empty());
    run(&mut model, [Action::Back]);
    assert_eq!((model.screen, model.municipality, model.component), (Screen::Matrix, 2, 1));
}

#[test]
fn cycling_a_verdict_changes_the_matrix_cell_and_undo_restores_it() {
    let mut model = model();
    run(&mut model, [Action::Open]);
    let finding = model.selected_finding().unwrap_or_else(|| panic!("no finding"));
    let before = model.dataset.findings()[finding].clone();
    let score_before = model.dataset.cell_score(0, 0);
    let mut seen = vec![score_before];
    for _ in 0..3 {
        run(&mut model, [Action::CycleVerdict]);
        seen.push(model.dataset.cell_score(0, 0));
    }
    assert!(seen.windows(2).any(|w| w[0] != w[1]), "the cell score never changed: {seen:?}");
    run(&mut model, [Action::Undo, Action::Undo, Action::Undo]);
    assert_eq!(model.dataset.findings()[finding], before);
    assert_eq!(model.dataset.cell_score(0, 0), score_before);
    run(&mut model, [Action::Redo]);
    assert_eq!(model.dataset.findings()[finding].verdict, before.verdict.next());
}

#[test]
fn the_note_editor_saves_on_enter_and_cancels_on_esc() {
    let mut model = model();
    run(&mut model, [Action::Open, Action::Edit]);
    assert!(matches!(model.overlay, Some(Overlay::Form(_))));
    type_text(&mut model, " — gezien 😀");
    run(&mut model, [Action::Open]);
    let finding = model.selected_finding().unwrap_or_else(|| panic!("no finding"));
    assert!(model.dataset.findings()[finding].note.ends_with(" — gezien 😀"));
    run(&mut model, [Action::Edit, Action::Type('x'), Action::Back]);
    assert!(model.dataset.findings()[finding].note.ends_with("😀"));
    run(&mut model, [Action::Undo]);
    assert!(!model.dataset.findings()[finding].note.contains("gezien"));
}

#[test]
fn typing_q_in_a_text_field_types_it() {
    let mut model = model();
    run(&mut model, [Action::Finder]);
    assert!(update(&mut model, Action::Type('q')).is_empty());
    match &model.overlay {
        Some(Overlay::Finder(finder)) => assert_eq!(finder.query.text(), "q"),
        other => panic!("finder closed: {other:?}"),
    }
}

#[test]
fn the_finder_jumps_to_a_municipality_and_to_an_actor() {
    let mut model = model();
    run(&mut model, [Action::Finder]);
    type_text(&mut model, "Zwevegem");
    run(&mut model, [Action::Open]);
    let zwevegem = model.dataset.municipality_index("zwevegem");
    assert_eq!((model.screen, Some(model.municipality)), (Screen::Matrix, zwevegem));
    run(&mut model, [Action::Finder]);
    type_text(&mut model, "Energiesnoeiers");
    run(&mut model, [Action::Open]);
    assert_eq!(model.screen, Screen::Actoren);
    assert!(model.dataset.actors()[model.actor_row].name.contains("Energiesnoeiers"));
}

#[test]
fn the_finder_jumps_to_a_finding_in_its_drill_down() {
    let mut model = model();
    run(&mut model, [Action::Finder]);
    type_text(&mut model, "Kortrijk 4.1.2c");
    run(&mut model, [Action::Open]);
    assert_eq!(model.screen, Screen::Drill);
    let finding = model.selected_finding().map(|f| &model.dataset.findings()[f]);
    assert_eq!(finding.map(|f| (f.municipality.as_str(), f.indicator.as_str())), Some(("kortrijk", "4.1.2c")));
}

#[test]
fn help_filters_and_enter_runs_the_chosen_command() {
    let mut model = model();
    run(&mut model, [Action::Help]);
    type_text(&mut model, "thema");
    let theme = model.projection.theme;
    run(&mut model, [Action::Open]);
    assert!(model.overlay.is_none());
    assert_ne!(model.projection.theme, theme);
}

#[test]
fn any_key_brings_a_blanked_screen_back() {
    let mut model = model();
    run(&mut model, [Action::Blank]);
    assert!(model.projection.blank);
    run(&mut model, [Action::Down]);
    assert!(!model.projection.blank);
    assert_eq!(model.municipality, 0, "the key that unblanks does nothing else");
}

#[test]
fn screens_cycle_with_tab_and_open_by_number() {
    let mut model = model();
    let mut seen = vec![model.screen];
    for _ in 0..Screen::ALL.len() {
        run(&mut model, [Action::NextScreen]);
        seen.push(model.screen);
    }
    assert_eq!(seen.first(), seen.last());
    assert_eq!(&seen[..Screen::ALL.len()], &Screen::ALL[..]);
    run(&mut model, [Action::PreviousScreen]);
    assert_eq!(model.screen, Screen::Actoren);
    run(&mut model, [Action::ScreenDrill]);
    assert_eq!(model.screen, Screen::Drill);
}

#[test]
fn the_bestuur_cycles_only_through_besturen_that_exist() {
    let mut model = model();
    run(&mut model, [Action::Open]);
    let finding = model.selected_finding().unwrap_or_else(|| panic!("no finding"));
    let mut seen = Vec::new();
    for _ in 0..3 {
        run(&mut model, [Action::CycleBestuur]);
        seen.push(model.dataset.findings()[finding].bestuur);
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 3, "gemeente, OCMW and both: {seen:?}");
}

fn edit_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::Up),
        Just(Action::Down),
        Just(Action::Left),
        Just(Action::Right),
        Just(Action::CycleVerdict),
        Just(Action::CycleBestuur),
        Just(Action::Edit),
        Just(Action::Open),
        Just(Action::Back),
        Just(Action::Type('z')),
        Just(Action::DeleteBack),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn undoing_every_edit_restores_the_findings(actions in prop::collection::vec(edit_action(), 0..60)) {
        let mut model = model();
        run(&mut model, [Action::Open]);
        let before = model.dataset.findings().to_vec();
        run(&mut model, actions);
        model.overlay = None;
        while model.history.can_undo() {
            run(&mut model, [Action::Undo]);
        }
        prop_assert_eq!(model.dataset.findings(), &before[..]);
        let verdicts_known = model.dataset.findings().iter().all(|f| Verdict::CYCLE.contains(&f.verdict));
        prop_assert!(verdicts_known);
    }
}

#[test]
fn q_asks_first_while_a_save_has_failed() {
    use regie::app::on_key;
    use regie::app::overlay::{Confirm, Confirmed};
    use regie::keymap::Key;
    let key = |text: &str| Key::parse(text).unwrap_or_else(|e| panic!("{e}"));
    let mut model = model();
    run(&mut model, [Action::Open, Action::CycleVerdict, Action::SaveFailed(1, "schijf vol".to_string())]);
    assert!(on_key(&mut model, key("q")).is_empty(), "q quit although the change is not saved");
    let Some(Overlay::Confirm(Confirm { question, then: Confirmed::Quit })) = &model.overlay else {
        panic!("no question: {:?}", model.overlay);
    };
    assert!(question.contains("niet op schijf") && question.contains("Toch afsluiten?"), "{question}");
    let screen = common::screen(&model, 80, 24);
    assert!(screen.contains("Bevestigen") && screen.contains("j ja · n nee"), "{screen}");
    assert!(on_key(&mut model, key("q")).is_empty(), "a second q quit without an answer");
    assert!(on_key(&mut model, key("esc")).is_empty());
    assert!(model.overlay.is_none());
    assert_eq!(model.screen, Screen::Drill);
    assert!(on_key(&mut model, key("q")).is_empty());
    assert_eq!(on_key(&mut model, key("j")), vec![Effect::Quit]);
}

#[test]
fn q_quits_at_once_once_the_change_is_saved() {
    let mut model = model();
    run(&mut model, [Action::Open, Action::CycleVerdict, Action::SaveFailed(1, "schijf vol".to_string())]);
    run(&mut model, [Action::CycleVerdict, Action::Saved(2)]);
    assert_eq!(update(&mut model, Action::Quit), vec![Effect::Quit]);
}
