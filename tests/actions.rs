//! Recording follow-up actions and meetings through `update`: links, forms, status, undo,
//! carry-over, read-only.

mod common;

use common::{TODAY, model, run, type_text};
use proptest::prelude::*;
use regie::app::{Action, Effect, Model, Overlay, SaveState, Screen, update};
use regie::domain::{ActionStatus, Link, Owner};
use regie::workspace::{open, store};

fn new_action(model: &mut Model, text: &str, owner: &str, due: &str) -> Vec<Effect> {
    run(model, [Action::NewAction]);
    type_text(model, text);
    run(model, [Action::NextField]);
    type_text(model, owner);
    run(model, [Action::NextField]);
    type_text(model, due);
    update(model, Action::Open)
}

#[test]
fn an_action_from_the_matrix_is_linked_to_the_cell_and_saved() {
    let mut model = model();
    run(&mut model, [Action::Down, Action::Right]);
    let effects = new_action(&mut model, "Inventaris opmaken", "ocmw", "+2w");
    assert!(model.overlay.is_none(), "{:?}", model.overlay);
    let action = &model.workspace.actions[0];
    assert_eq!(action.links, [Link::Cell { municipality: "avelgem".into(), component: 2 }]);
    assert_eq!((action.owner.clone(), action.due), (Some(Owner::Ocmw), Some(jiff::civil::date(2026, 12, 8))));
    assert!(matches!(effects.as_slice(), [Effect::Save { revision: 1, .. }]));
    assert_eq!(model.workspace.open_action_counts().get("avelgem"), Some(&1));
}

#[test]
fn marked_cells_share_one_action() {
    let mut model = model();
    run(&mut model, [Action::ToggleMark, Action::Down, Action::ToggleMark, Action::Down, Action::Down]);
    new_action(&mut model, "Gezamenlijk overleg", "Kringloopcentrum Zuid-West-Vlaanderen", "");
    let action = &model.workspace.actions[0];
    assert_eq!(action.links.len(), 2);
    assert_eq!(action.owner, Some(Owner::Actor("kringloopcentrum".into())));
    assert!(model.marked.is_empty());
}

#[test]
fn a_bad_date_keeps_the_form_open_with_the_reason() {
    let mut model = model();
    let effects = new_action(&mut model, "Iets", "", "volgende week");
    assert!(effects.is_empty());
    match &model.overlay {
        Some(Overlay::Form(form)) => assert!(form.error.as_deref().is_some_and(|e| e.contains("onbekende datum"))),
        other => panic!("form closed: {other:?}"),
    }
    assert!(model.workspace.actions.is_empty());
}

#[test]
fn done_drop_delete_and_undo_on_the_actions_screen() {
    let mut model = model();
    new_action(&mut model, "Eerste", "", "");
    new_action(&mut model, "Tweede", "", "");
    run(&mut model, [Action::ScreenActies, Action::MarkDone]);
    assert_eq!(model.workspace.actions[0].status, ActionStatus::Klaar);
    run(&mut model, [Action::Down, Action::DropAction]);
    assert_eq!(model.workspace.actions[1].status, ActionStatus::Geschrapt);
    run(&mut model, [Action::DeleteAction]);
    assert!(matches!(model.overlay, Some(Overlay::Confirm(_))));
    run(&mut model, [Action::Open]);
    assert_eq!(model.workspace.actions.len(), 1);
    run(&mut model, [Action::Undo]);
    assert_eq!(model.workspace.actions.len(), 2);
    run(&mut model, [Action::Undo, Action::Undo]);
    assert!(model.workspace.actions.iter().all(|a| a.status == ActionStatus::Open));
    run(&mut model, [Action::Redo]);
    assert_eq!(model.workspace.actions[0].status, ActionStatus::Klaar);
}

#[test]
fn starting_a_meeting_reviews_the_actions_still_open() {
    let mut model = model();
    new_action(&mut model, "Van vroeger", "", "2026-11-01");
    run(&mut model, [Action::Meeting]);
    type_text(&mut model, "");
    run(&mut model, [Action::Open]);
    let meeting = model.workspace.current_meeting;
    assert!(meeting.is_some());
    assert_eq!((model.screen, model.actions.carry_over), (Screen::Acties, meeting));
    let listed = model.actions.visible(&model.dataset, &model.workspace, TODAY);
    assert_eq!(listed, [0]);
    run(&mut model, [Action::Back]);
    assert_eq!((model.screen, model.actions.carry_over), (Screen::Acties, None));
    run(&mut model, [Action::ScreenMatrix]);
    new_action(&mut model, "Nieuw", "", "");
    assert_eq!(model.workspace.actions[1].meeting, meeting);
    run(&mut model, [Action::Meeting, Action::Open]);
    assert_eq!(model.workspace.current_meeting, None);
    assert!(model.workspace.meetings[0].ended);
}

#[test]
fn an_agreed_rating_is_recorded_and_cleared() {
    let mut model = model();
    run(&mut model, [Action::AgreeRating]);
    type_text(&mut model, "7");
    run(&mut model, [Action::Open]);
    assert!(matches!(model.overlay, Some(Overlay::Form(_))), "7 is refused");
    run(&mut model, [Action::DeleteBack]);
    type_text(&mut model, "3");
    run(&mut model, [Action::Open]);
    assert_eq!(model.workspace.rating("anzegem", 1).map(|r| r.level), Some(3));
    run(&mut model, [Action::AgreeRating, Action::DeleteBack, Action::Open]);
    assert_eq!(model.workspace.rating("anzegem", 1), None);
}

#[test]
fn a_read_only_model_changes_nothing() {
    let mut model = model().with_workspace(Default::default(), true);
    let effects = new_action(&mut model, "Niet bewaard", "", "");
    assert!(effects.is_empty());
    assert!(model.workspace.actions.is_empty());
    assert_eq!(model.saved, SaveState::ReadOnly);
    run(&mut model, [Action::Open, Action::CycleVerdict]);
    assert!(model.workspace.finding_edits.is_empty());
}

#[test]
fn the_status_says_saved_only_for_the_newest_revision() {
    let mut model = model();
    new_action(&mut model, "Een", "", "");
    new_action(&mut model, "Twee", "", "");
    assert!(!model.all_saved());
    run(&mut model, [Action::Saved(1)]);
    assert!(!model.all_saved());
    run(&mut model, [Action::Saved(2)]);
    assert!(model.all_saved());
}

#[derive(Debug, Clone)]
enum Step {
    Act(Action),
    NewAction(String),
    Rating(u8),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        Just(Step::Act(Action::Down)),
        Just(Step::Act(Action::Right)),
        Just(Step::Act(Action::Open)),
        Just(Step::Act(Action::Back)),
        Just(Step::Act(Action::CycleVerdict)),
        Just(Step::Act(Action::CycleBestuur)),
        Just(Step::Act(Action::ScreenActies)),
        Just(Step::Act(Action::ScreenMatrix)),
        Just(Step::Act(Action::MarkDone)),
        Just(Step::Act(Action::DropAction)),
        Just(Step::Act(Action::ToggleMark)),
        "\\PC{1,12}".prop_map(Step::NewAction),
        (0u8..5).prop_map(Step::Rating),
    ]
}

fn apply(model: &mut Model, steps: &[Step]) {
    for step in steps {
        model.overlay = None;
        match step {
            Step::Act(action) => run(model, [action.clone()]),
            Step::NewAction(text) => {
                new_action(model, text, "iemand", "+1w");
            }
            Step::Rating(level) => {
                run(model, [Action::ScreenMatrix, Action::AgreeRating]);
                type_text(model, &level.to_string());
                run(model, [Action::Open]);
            }
        }
    }
    model.overlay = None;
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_edits_saved_and_reloaded_give_the_same_state(steps in prop::collection::vec(step(), 0..30)) {
        let mut model = model();
        apply(&mut model, &steps);
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        store::save(dir.path(), &model.workspace).unwrap_or_else(|e| panic!("{e}"));
        let fresh = common::model();
        let read = open::read(dir.path()).unwrap_or_else(|p| panic!("{p}"));
        let opened = read.check(&fresh.dataset).unwrap_or_else(|p| panic!("{p:?}"));
        prop_assert_eq!(&opened.workspace, &model.workspace);
        prop_assert!(opened.damage.is_empty());
        let reopened = fresh.with_workspace(opened.workspace, false);
        prop_assert_eq!(reopened.dataset.findings(), model.dataset.findings());
    }

    #[test]
    fn undo_of_a_sequence_gives_the_state_before(
        before in prop::collection::vec(step(), 0..10),
        steps in prop::collection::vec(step(), 0..25),
    ) {
        let mut model = model();
        apply(&mut model, &before);
        let workspace = model.workspace.clone();
        let findings = model.dataset.findings().to_vec();
        let done = model.revision;
        apply(&mut model, &steps);
        let changes = model.revision - done;
        for _ in 0..changes {
            run(&mut model, [Action::Undo]);
        }
        prop_assert_eq!(&model.workspace, &workspace);
        prop_assert_eq!(model.dataset.findings(), &findings[..]);
    }
}

#[test]
fn the_finder_finds_an_action_and_marked_municipalities_share_one() {
    let mut model = model();
    run(&mut model, [Action::ScreenRegisseur, Action::ToggleMark, Action::Down, Action::Down, Action::ToggleMark]);
    new_action(&mut model, "Samen naar de stuurgroep", "", "");
    let links = &model.workspace.actions[0].links;
    assert_eq!(links, &[Link::Municipality("anzegem".into()), Link::Municipality("deerlijk".into())]);
    assert!(model.marked_municipalities.is_empty());
    new_action(&mut model, "Tweede actie", "", "");
    run(&mut model, [Action::ScreenMatrix, Action::Finder]);
    type_text(&mut model, "Samen naar");
    run(&mut model, [Action::Open]);
    assert_eq!(model.screen, Screen::Acties);
    let listed = model.actions.visible(&model.dataset, &model.workspace, TODAY);
    assert_eq!(model.workspace.actions[listed[model.actions.row]].text, "Samen naar de stuurgroep");
}
