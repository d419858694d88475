//! Recording follow-up actions and meetings through `update`: links, forms, status, undo,
//! carry-over, read-only.

mod common;

use common::{TODAY, keys, model, press_unreported, screen, type_text};
use proptest::prelude::*;
use regie::app::{Model, Msg, Overlay, SaveState, update};
use regie::domain::{FollowUpStatus, Link, Owner};
use regie::screen::Screen;
use regie::workspace::{open, store};

use common::add_follow_up as new_action;

#[test]
fn an_action_from_the_matrix_is_linked_to_the_cell_and_saved() {
    let mut model = model();
    keys(&mut model, "down right");
    let effects = new_action(&mut model, "Inventaris opmaken", "ocmw", "+2w");
    assert!(model.chrome.overlay.is_none(), "{:?}", model.chrome.overlay);
    let action = &model.workspace().follow_ups[0];
    assert_eq!(action.links, [Link::Cell { municipality: "avelgem".into(), component: 2 }]);
    assert_eq!((action.owner.clone(), action.due), (Some(Owner::Ocmw), Some(jiff::civil::date(2026, 12, 8))));
    assert_eq!(effects.saved, [1]);
    assert_eq!(model.workspace().open_follow_up_counts().get("avelgem"), Some(&1));
}

#[test]
fn marked_cells_share_one_action() {
    let mut model = model();
    keys(&mut model, "space down space down down");
    new_action(&mut model, "Gezamenlijk overleg", "Kringloopcentrum Zuid-West-Vlaanderen", "");
    let action = &model.workspace().follow_ups[0];
    assert_eq!(action.links.len(), 2);
    assert_eq!(action.owner, Some(Owner::Actor("kringloopcentrum".into())));
    assert!(model.screens.selection.marked_cells.is_empty());
}

#[test]
fn a_bad_date_keeps_the_form_open_with_the_reason() {
    let mut model = model();
    let effects = new_action(&mut model, "Iets", "", "volgende week");
    assert!(effects.saved.is_empty());
    match &model.chrome.overlay {
        Some(Overlay::Form(form)) => assert!(form.error.as_deref().is_some_and(|e| e.contains("onbekende datum"))),
        other => panic!("form closed: {other:?}"),
    }
    assert!(model.workspace().follow_ups.is_empty());
}

#[test]
fn done_drop_delete_and_undo_on_the_actions_screen() {
    let mut model = model();
    new_action(&mut model, "Eerste", "", "");
    new_action(&mut model, "Tweede", "", "");
    keys(&mut model, "5 x");
    assert_eq!(model.workspace().follow_ups[0].status, FollowUpStatus::Klaar);
    keys(&mut model, "down d");
    assert_eq!(model.workspace().follow_ups[1].status, FollowUpStatus::Geschrapt);
    keys(&mut model, "delete");
    assert!(matches!(model.chrome.overlay, Some(Overlay::Confirm(_))));
    keys(&mut model, "enter");
    assert_eq!(model.workspace().follow_ups.len(), 1);
    keys(&mut model, "u");
    assert_eq!(model.workspace().follow_ups.len(), 2);
    keys(&mut model, "u u");
    assert!(model.workspace().follow_ups.iter().all(|a| a.status == FollowUpStatus::Open));
    keys(&mut model, "ctrl-r");
    assert_eq!(model.workspace().follow_ups[0].status, FollowUpStatus::Klaar);
}

#[test]
fn starting_a_meeting_reviews_the_actions_still_open() {
    let mut model = model();
    new_action(&mut model, "Van vroeger", "", "2026-11-01");
    // A date in the past is said first; enter again keeps it.
    assert!(screen(&model, 100, 24).contains("1 november 2026 ligt in het verleden"), "{}", screen(&model, 100, 24));
    keys(&mut model, "enter");
    keys(&mut model, "m");
    type_text(&mut model, "");
    keys(&mut model, "enter");
    let meeting = model.workspace().current_meeting;
    assert!(meeting.is_some());
    assert_eq!((model.chrome.screen, model.screens.follow_ups.carry_over), (Screen::FollowUps, meeting));
    let listed = model.screens.follow_ups.visible(model.dataset(), model.workspace(), TODAY);
    assert_eq!(listed, [0]);
    keys(&mut model, "esc");
    assert_eq!((model.chrome.screen, model.screens.follow_ups.carry_over), (Screen::FollowUps, None));
    keys(&mut model, "1");
    new_action(&mut model, "Nieuw", "", "");
    assert_eq!(model.workspace().follow_ups[1].meeting, meeting);
    keys(&mut model, "m enter");
    assert_eq!(model.workspace().current_meeting, None);
    assert!(model.workspace().meetings[0].ended);
}

#[test]
fn an_agreed_rating_is_recorded_and_cleared() {
    let mut model = model();
    keys(&mut model, "e");
    type_text(&mut model, "7");
    keys(&mut model, "enter");
    assert!(matches!(model.chrome.overlay, Some(Overlay::Form(_))), "7 is refused");
    keys(&mut model, "backspace");
    type_text(&mut model, "3");
    keys(&mut model, "enter");
    assert_eq!(model.workspace().rating(None, "anzegem", 1).map(|r| r.level), Some(3));
    keys(&mut model, "e tab");
    type_text(&mut model, "eerst de samenwerking met het OCMW");
    keys(&mut model, "enter");
    let rating = model.workspace().rating(None, "anzegem", 1).map(|r| (r.level, r.reason.clone()));
    assert_eq!(rating, Some((3, "eerst de samenwerking met het OCMW".to_string())), "the room's reason");
    let shown = screen(&model, 120, 36);
    assert!(shown.contains("afgesproken 3/4 (eerst de samenwerking"), "{shown}");
    keys(&mut model, "e backspace enter");
    assert_eq!(model.workspace().rating(None, "anzegem", 1), None);
}

#[test]
fn a_read_only_model_changes_nothing() {
    let mut model = model().with_workspace(Default::default(), true);
    let effects = new_action(&mut model, "Niet bewaard", "", "");
    assert!(effects.saved.is_empty());
    assert!(model.workspace().follow_ups.is_empty());
    assert_eq!(model.loaded.save_state(), &SaveState::ReadOnly);
    keys(&mut model, "enter v");
    assert!(model.workspace().finding_edits.is_empty());
}

#[test]
fn the_status_says_saved_only_for_the_newest_revision() {
    let mut model = model();
    for text in ["Een", "Twee"] {
        keys(&mut model, "a");
        type_text(&mut model, text);
        assert_eq!(press_unreported(&mut model, "ctrl-s").len(), 1, "one save asked for");
    }
    assert!(!model.loaded.all_saved());
    update(&mut model, Msg::Saved(1));
    assert!(!model.loaded.all_saved());
    update(&mut model, Msg::Saved(2));
    assert!(model.loaded.all_saved());
}

#[derive(Debug, Clone)]
enum Step {
    Press(&'static str),
    NewAction(String),
    Rating(u8),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        Just(Step::Press("down")),
        Just(Step::Press("right")),
        Just(Step::Press("enter")),
        Just(Step::Press("esc")),
        Just(Step::Press("v")),
        Just(Step::Press("o")),
        Just(Step::Press("5")),
        Just(Step::Press("1")),
        Just(Step::Press("x")),
        Just(Step::Press("d")),
        Just(Step::Press("space")),
        "\\PC{1,12}".prop_map(Step::NewAction),
        (0u8..5).prop_map(Step::Rating),
    ]
}

fn apply(model: &mut Model, steps: &[Step]) {
    for step in steps {
        model.chrome.overlay = None;
        match step {
            Step::Press(key) => {
                keys(model, key);
            }
            Step::NewAction(text) => {
                new_action(model, text, "iemand", "+1w");
            }
            Step::Rating(level) => {
                keys(model, "1 e");
                type_text(model, &level.to_string());
                keys(model, "enter");
            }
        }
    }
    model.chrome.overlay = None;
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_edits_saved_and_reloaded_give_the_same_state(steps in prop::collection::vec(step(), 0..30)) {
        let mut model = model();
        apply(&mut model, &steps);
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        store::save(dir.path(), model.workspace()).unwrap_or_else(|e| panic!("{e}"));
        let fresh = common::model();
        let read = open::read(dir.path()).unwrap_or_else(|p| panic!("{p}"));
        let opened = read.check(fresh.dataset()).unwrap_or_else(|p| panic!("{p:?}"));
        prop_assert_eq!(&opened.workspace, model.workspace());
        prop_assert!(opened.damage.is_empty());
        let reopened = fresh.with_workspace(opened.workspace, false);
        prop_assert_eq!(reopened.dataset().findings(), model.dataset().findings());
    }

    #[test]
    fn undo_of_a_sequence_gives_the_state_before(
        before in prop::collection::vec(step(), 0..10),
        steps in prop::collection::vec(step(), 0..25),
    ) {
        let mut model = model();
        apply(&mut model, &before);
        let workspace = model.workspace().clone();
        let findings = model.dataset().findings().to_vec();
        let done = model.loaded.revision();
        apply(&mut model, &steps);
        let changes = model.loaded.revision() - done;
        for _ in 0..changes {
            keys(&mut model, "u");
        }
        prop_assert_eq!(model.workspace(), &workspace);
        prop_assert_eq!(model.dataset().findings(), &findings[..]);
    }
}

#[test]
fn the_finder_finds_an_action_and_marked_municipalities_share_one() {
    let mut model = model();
    keys(&mut model, "3 space down down space");
    new_action(&mut model, "Samen naar de stuurgroep", "", "");
    let links = &model.workspace().follow_ups[0].links;
    assert_eq!(links, &[Link::Municipality("anzegem".into()), Link::Municipality("deerlijk".into())]);
    assert!(model.screens.selection.marked_municipalities.is_empty());
    new_action(&mut model, "Tweede actie", "", "");
    keys(&mut model, "1 /");
    type_text(&mut model, "Samen naar");
    keys(&mut model, "enter");
    assert_eq!(model.chrome.screen, Screen::FollowUps);
    let listed = model.screens.follow_ups.visible(model.dataset(), model.workspace(), TODAY);
    assert_eq!(model.workspace().follow_ups[listed[model.screens.follow_ups.row]].text, "Samen naar de stuurgroep");
}

#[test]
fn the_owner_field_suggests_actors_besturen_and_earlier_owners_and_tab_takes_it() {
    let mut model = model();
    keys(&mut model, "a");
    type_text(&mut model, "Eerste");
    keys(&mut model, "tab");
    type_text(&mut model, "veerk");
    assert!(screen(&model, 80, 20).contains("tab neemt «Veerkracht 4» en gaat verder"), "{}", screen(&model, 80, 20));
    keys(&mut model, "tab");
    type_text(&mut model, "+1w");
    keys(&mut model, "enter");
    let actor = model.dataset().actors().iter().find(|a| a.name == "Veerkracht 4").map(|a| a.id.clone());
    assert_eq!(model.workspace().follow_ups[0].owner, actor.map(Owner::Actor));
    // A name typed once is offered the next time; a bestuur too.
    keys(&mut model, "a");
    type_text(&mut model, "Tweede");
    keys(&mut model, "tab");
    type_text(&mut model, "Schepen Vanhoutte");
    keys(&mut model, "tab tab ctrl-s a");
    type_text(&mut model, "Derde");
    keys(&mut model, "tab");
    type_text(&mut model, "schep");
    keys(&mut model, "end enter");
    assert_eq!(model.workspace().follow_ups[2].owner, Some(Owner::Tekst("Schepen Vanhoutte".into())));
    keys(&mut model, "a");
    type_text(&mut model, "Vierde");
    keys(&mut model, "tab");
    type_text(&mut model, "oc");
    keys(&mut model, "tab enter");
    assert_eq!(model.workspace().follow_ups[3].owner, Some(Owner::Ocmw));
    // A short form of a bestuur says what it becomes, never silently.
    keys(&mut model, "a tab");
    type_text(&mut model, "stad");
    assert!(screen(&model, 80, 24).contains("'stad' wordt bewaard als gemeente"), "{}", screen(&model, 80, 24));
}

#[test]
fn the_attendees_of_the_meeting_in_progress_are_offered_as_owners() {
    let mut model = model();
    keys(&mut model, "m tab tab");
    type_text(&mut model, "Schepen Vanhoutte, Mevr. Desmet");
    keys(&mut model, "enter a");
    type_text(&mut model, "Uitnodiging versturen");
    keys(&mut model, "tab");
    type_text(&mut model, "desm");
    assert!(screen(&model, 80, 20).contains("tab neemt «Mevr. Desmet»"), "{}", screen(&model, 80, 20));
    keys(&mut model, "tab ctrl-s");
    let owner = model.workspace().follow_ups.last().and_then(|a| a.owner.clone());
    assert_eq!(owner, Some(Owner::Tekst("Mevr. Desmet".into())));
}

/// Enter saves every form; shift-enter, ctrl-j (and alt-enter) break a line of a field of
/// several lines; a paste keeps its lines.
mod enter_saves {
    use super::*;

    #[test]
    fn enter_saves_one_action_and_the_next_a_starts_another() {
        let mut model = model();
        keys(&mut model, "a");
        type_text(&mut model, "Eerste actie");
        let ran = keys(&mut model, "enter");
        assert_eq!(ran.saved.len(), 1, "enter saves");
        assert!(model.chrome.overlay.is_none(), "{:?}", model.chrome.overlay);
        keys(&mut model, "a");
        type_text(&mut model, "Tweede actie");
        keys(&mut model, "enter");
        let texts: Vec<&str> = model.workspace().follow_ups.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, ["Eerste actie", "Tweede actie"]);
    }

    #[test]
    fn shift_enter_and_ctrl_j_break_a_line_and_enter_then_saves() {
        let mut model = model();
        keys(&mut model, "a");
        type_text(&mut model, "een");
        keys(&mut model, "shift-enter");
        type_text(&mut model, "twee");
        keys(&mut model, "ctrl-j");
        type_text(&mut model, "drie");
        keys(&mut model, "alt-enter");
        type_text(&mut model, "vier");
        assert!(model.workspace().follow_ups.is_empty(), "no key but enter saved");
        keys(&mut model, "enter");
        assert_eq!(model.workspace().follow_ups[0].text, "een\ntwee\ndrie\nvier");
    }

    #[test]
    fn a_pasted_text_keeps_its_lines() {
        let mut model = model();
        keys(&mut model, "a");
        common::paste(&mut model, "Locatie zoeken\r\nBudget vragen");
        keys(&mut model, "enter");
        assert_eq!(model.workspace().follow_ups[0].text, "Locatie zoeken\nBudget vragen");
    }

    #[test]
    fn enter_saves_a_decision_and_the_note_of_a_finding() {
        let mut model = model();
        keys(&mut model, "m enter esc D");
        type_text(&mut model, "Besluit");
        keys(&mut model, "ctrl-j");
        type_text(&mut model, "tweede regel");
        keys(&mut model, "enter");
        assert!(model.chrome.overlay.is_none(), "{:?}", model.chrome.overlay);
        assert_eq!(model.workspace().decisions.last().map(|d| d.text.as_str()), Some("Besluit\ntweede regel"));
        keys(&mut model, "1 down right enter e");
        type_text(&mut model, " (nagekeken)");
        keys(&mut model, "enter");
        assert!(model.chrome.overlay.is_none(), "{:?}", model.chrome.overlay);
        let changed = model.dataset().findings().iter().filter(|f| f.note.ends_with(" (nagekeken)")).count();
        assert_eq!(changed, 1);
    }

    #[test]
    fn the_form_says_enter_saves_and_which_keys_break_a_line() {
        let mut model = model();
        keys(&mut model, "a");
        let shown = screen(&model, 100, 24);
        assert!(shown.contains("enter bewaart · shift-enter/ctrl-j nieuwe regel"), "{shown}");
    }

    #[test]
    fn tab_takes_the_suggested_owner_and_moves_on_to_the_due_date() {
        let mut model = model();
        keys(&mut model, "a");
        type_text(&mut model, "Uitnodigen");
        keys(&mut model, "tab");
        type_text(&mut model, "Veerk");
        keys(&mut model, "tab");
        type_text(&mut model, "15/12/2026");
        keys(&mut model, "enter");
        let action = &model.workspace().follow_ups[0];
        let actor = model.dataset().actors().iter().find(|a| a.name == "Veerkracht 4").map(|a| a.id.clone());
        assert_eq!(action.owner, actor.map(Owner::Actor));
        assert_eq!(action.due, Some(jiff::civil::date(2026, 12, 15)));
    }

    #[test]
    fn right_at_the_end_of_the_owner_takes_the_suggestion_and_stays() {
        let mut model = model();
        keys(&mut model, "a tab");
        type_text(&mut model, "oc");
        keys(&mut model, "right");
        type_text(&mut model, "");
        match &model.chrome.overlay {
            Some(Overlay::Form(form)) => {
                assert_eq!(form.value(1), "ocmw");
                assert_eq!(form.focus, 1);
            }
            other => panic!("form closed: {other:?}"),
        }
    }
}

#[test]
fn quitting_during_a_meeting_asks_first() {
    let mut model = model();
    keys(&mut model, "m enter");
    let ran = keys(&mut model, "q");
    assert!(!ran.quit, "a meeting in progress: q asks");
    assert!(screen(&model, 100, 24).contains("Er is een vergadering bezig"), "{}", screen(&model, 100, 24));
    assert!(keys(&mut model, "j").quit, "yes quits");
}

#[test]
fn the_carry_over_review_names_its_keys() {
    let mut model = model();
    keys(&mut model, "m enter");
    new_action(&mut model, "Openstaand", "", "");
    keys(&mut model, "m enter m enter");
    let shown = screen(&model, 120, 30);
    assert!(shown.contains("x klaar · d schrappen"), "{shown}");
}
