//! The app driven by keys through the keymap, as the loop drives it: navigation, edits,
//! undo/redo, overlays.

mod common;

use common::{keys, model, paste, press_unreported, screen, type_text};
use proptest::prelude::*;
use regie::app::{Msg, Overlay, screens::drill, update};
use regie::domain::Verdict;
use regie::screen::Screen;

#[test]
fn quit_is_an_effect_and_changes_nothing() {
    let mut model = model();
    assert!(keys(&mut model, "q").quit);
    assert_eq!(model.chrome.screen, Screen::Matrix);
}

#[test]
fn enter_opens_the_cell_and_esc_returns_to_the_same_cell() {
    let mut model = model();
    keys(&mut model, "down down right enter");
    assert_eq!(model.chrome.screen, Screen::Drill);
    assert!(!drill::findings(&model).is_empty());
    keys(&mut model, "esc");
    assert_eq!(
        (model.chrome.screen, model.screens.selection.municipality, model.screens.selection.component),
        (Screen::Matrix, 2, 1)
    );
}

#[test]
fn cycling_a_verdict_changes_the_matrix_cell_and_undo_restores_it() {
    let mut model = model();
    keys(&mut model, "enter");
    let finding = drill::selected_finding(&model).expect("no finding");
    let before = model.dataset().findings()[finding].clone();
    let score_before = model.dataset().cell_score(0, 0);
    let mut seen = vec![score_before];
    for _ in 0..3 {
        keys(&mut model, "v");
        seen.push(model.dataset().cell_score(0, 0));
    }
    assert!(seen.windows(2).any(|w| w[0] != w[1]), "the cell score never changed: {seen:?}");
    keys(&mut model, "u u u");
    assert_eq!(model.dataset().findings()[finding], before);
    assert_eq!(model.dataset().cell_score(0, 0), score_before);
    keys(&mut model, "ctrl-r");
    assert_eq!(model.dataset().findings()[finding].verdict, before.verdict.next());
}

#[test]
fn the_note_editor_breaks_lines_on_ctrl_j_saves_on_enter_and_cancels_on_esc() {
    let mut model = model();
    keys(&mut model, "enter e");
    assert!(matches!(model.chrome.overlay, Some(Overlay::Form(_))));
    type_text(&mut model, " — gezien 😀");
    keys(&mut model, "ctrl-j");
    type_text(&mut model, "tweede regel");
    assert!(matches!(model.chrome.overlay, Some(Overlay::Form(_))), "Ctrl-j in a note breaks the line");
    keys(&mut model, "enter");
    assert!(model.chrome.overlay.is_none());
    let finding = drill::selected_finding(&model).expect("no finding");
    assert!(model.dataset().findings()[finding].note.ends_with(" — gezien 😀\ntweede regel"));
    keys(&mut model, "e x esc");
    assert!(model.dataset().findings()[finding].note.ends_with("regel"));
    keys(&mut model, "u");
    assert!(!model.dataset().findings()[finding].note.contains("gezien"));
}

#[test]
fn a_pasted_note_of_three_lines_keeps_them_neutralised() {
    let mut model = model();
    keys(&mut model, "enter e");
    let finding = drill::selected_finding(&model).expect("no finding");
    let before = model.dataset().findings()[finding].note.clone();
    paste(&mut model, "\neen\r\ntwee\x1b[31m\ndrie\u{202E}");
    keys(&mut model, "enter");
    let note = &model.dataset().findings()[finding].note;
    assert_eq!(*note, format!("{before}\neen\ntwee\u{FFFD}[31m\ndrie\u{FFFD}"));
    let shown = screen(&model, 120, 36);
    let lines: Vec<&str> = shown.lines().collect();
    let at = lines.iter().position(|l| l.contains("\"een ")).unwrap_or_else(|| panic!("{shown}"));
    assert!(lines[at + 1].starts_with("\"twee\u{FFFD}[31m "), "{shown}");
    assert!(lines[at + 2].starts_with("\"drie\u{FFFD} "), "{shown}");
}

#[test]
fn up_and_down_walk_the_lines_of_an_action_text_then_the_fields() {
    let mut model = model();
    keys(&mut model, "a");
    type_text(&mut model, "bel de schepen");
    keys(&mut model, "shift-enter");
    type_text(&mut model, "en de OCMW-voorzitter");
    keys(&mut model, "up home");
    type_text(&mut model, "morgen: ");
    // Down twice: to the second line, then past the last line into the owner field.
    keys(&mut model, "down down");
    type_text(&mut model, "veerkracht");
    // In a one-line field Enter saves the whole form.
    keys(&mut model, "enter");
    assert!(model.chrome.overlay.is_none());
    let action = model.workspace().follow_ups.last().expect("saved");
    assert_eq!(action.text, "morgen: bel de schepen\nen de OCMW-voorzitter");
    assert_eq!(action.owner, Some(regie::domain::Owner::Tekst("veerkracht".to_string())));
}

#[test]
fn a_decision_of_several_lines_is_kept_and_esc_cancels_it() {
    let mut model = model();
    keys(&mut model, "m");
    keys(&mut model, "enter esc");
    keys(&mut model, "D");
    type_text(&mut model, "niet bewaard");
    keys(&mut model, "esc");
    assert!(model.workspace().decisions.is_empty());
    keys(&mut model, "D");
    type_text(&mut model, "Gezamenlijke aanpak");
    keys(&mut model, "alt-enter");
    type_text(&mut model, "vanaf januari");
    keys(&mut model, "ctrl-s");
    let texts: Vec<&str> = model.workspace().decisions.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["Gezamenlijke aanpak\nvanaf januari"]);
}

#[test]
fn typing_q_in_a_text_field_types_it() {
    let mut model = model();
    keys(&mut model, "/");
    let ran = type_text(&mut model, "q");
    assert!(!ran.quit && ran.saved.is_empty());
    match &model.chrome.overlay {
        Some(Overlay::Finder(finder)) => assert_eq!(finder.query.text(), "q"),
        other => panic!("finder closed: {other:?}"),
    }
}

#[test]
fn the_finder_jumps_to_a_municipality_and_to_an_actor() {
    let mut model = model();
    keys(&mut model, "/");
    type_text(&mut model, "Zwevegem");
    keys(&mut model, "enter");
    let zwevegem = model.dataset().municipality_index("zwevegem");
    assert_eq!((model.chrome.screen, Some(model.screens.selection.municipality)), (Screen::Matrix, zwevegem));
    keys(&mut model, "/");
    type_text(&mut model, "Energiesnoeiers");
    keys(&mut model, "enter");
    assert_eq!(model.chrome.screen, Screen::Actoren);
    assert!(model.dataset().actors()[model.screens.actoren.row].name.contains("Energiesnoeiers"));
}

#[test]
fn the_finder_puts_names_before_words_inside_notes() {
    let mut model = model();
    keys(&mut model, "/");
    type_text(&mut model, "kort");
    keys(&mut model, "enter");
    let kortrijk = model.dataset().municipality_index("kortrijk");
    assert_eq!((model.chrome.screen, Some(model.screens.selection.municipality)), (Screen::Matrix, kortrijk));
}

#[test]
fn the_finder_jumps_to_a_finding_in_its_drill_down() {
    let mut model = model();
    keys(&mut model, "/");
    type_text(&mut model, "Kortrijk 4.1.2c");
    keys(&mut model, "enter");
    assert_eq!(model.chrome.screen, Screen::Drill);
    let finding = drill::selected_finding(&model).and_then(|f| model.dataset().findings().get(f));
    assert_eq!(finding.map(|f| (f.municipality.as_str(), f.indicator.as_str())), Some(("kortrijk", "4.1.2c")));
}

#[test]
fn help_filters_and_enter_runs_the_chosen_command() {
    let mut model = model();
    keys(&mut model, "?");
    type_text(&mut model, "thema");
    let theme = model.chrome.projection.theme;
    keys(&mut model, "enter");
    assert!(model.chrome.overlay.is_none());
    assert_ne!(model.chrome.projection.theme, theme);
}

#[test]
fn help_shows_the_arrows_as_arrows_and_finds_them_by_their_name() {
    let mut model = model();
    keys(&mut model, "?");
    type_text(&mut model, "down");
    let shown = screen(&model, 100, 30);
    assert!(shown.contains("         ↓  "), "the arrow, not 'down': {shown}");
    assert!(!shown.contains("      down  "), "{shown}");
}

#[test]
fn any_key_brings_a_blanked_screen_back() {
    let mut model = model();
    keys(&mut model, "b");
    assert!(model.chrome.projection.blank);
    keys(&mut model, "down");
    assert!(!model.chrome.projection.blank);
    assert_eq!(model.screens.selection.municipality, 0, "the key that unblanks does nothing else");
    keys(&mut model, "b");
    keys(&mut model, "z");
    assert!(!model.chrome.projection.blank, "an unbound key brings the screen back too");
}

#[test]
fn screens_cycle_with_tab_and_open_by_number() {
    let mut model = model();
    let mut seen = vec![model.chrome.screen];
    for _ in Screen::all() {
        keys(&mut model, "tab");
        seen.push(model.chrome.screen);
    }
    assert_eq!(seen.first(), seen.last());
    assert_eq!(seen[..6], Screen::all().collect::<Vec<_>>()[..]);
    keys(&mut model, "shift-tab");
    assert_eq!(model.chrome.screen, Screen::Actoren);
    keys(&mut model, "2");
    assert_eq!(model.chrome.screen, Screen::Drill);
}

#[test]
fn the_bestuur_cycles_only_through_besturen_that_exist() {
    let mut model = model();
    keys(&mut model, "enter");
    let finding = drill::selected_finding(&model).expect("no finding");
    let mut seen = Vec::new();
    for _ in 0..3 {
        keys(&mut model, "o");
        seen.push(model.dataset().findings()[finding].bestuur);
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 3, "gemeente, OCMW and both: {seen:?}");
}

fn edit_key() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("up"),
        Just("down"),
        Just("left"),
        Just("right"),
        Just("v"),
        Just("o"),
        Just("e"),
        Just("enter"),
        Just("esc"),
        Just("z"),
        Just("backspace"),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn undoing_every_edit_restores_the_findings(pressed in prop::collection::vec(edit_key(), 0..60)) {
        let mut model = model();
        keys(&mut model, "enter");
        let before = model.dataset().findings().to_vec();
        keys(&mut model, &pressed.join(" "));
        keys(&mut model, "esc");
        while model.loaded.can_undo() {
            keys(&mut model, "u");
        }
        prop_assert_eq!(model.dataset().findings(), &before[..]);
        let verdicts_known = model.dataset().findings().iter().all(|f| Verdict::CYCLE.contains(&f.verdict));
        prop_assert!(verdicts_known);
    }
}

#[test]
fn q_asks_first_while_a_save_has_failed() {
    use regie::app::overlays::{Confirm, Confirmed};
    let mut model = model();
    press_unreported(&mut model, "enter v");
    update(&mut model, Msg::SaveFailed(1, "schijf vol".to_string()));
    assert!(!keys(&mut model, "q").quit, "q quit although the change is not saved");
    let Some(Overlay::Confirm(Confirm { question, then: Confirmed::Quit })) = &model.chrome.overlay else {
        panic!("no question: {:?}", model.chrome.overlay);
    };
    assert!(question.contains("niet op schijf") && question.contains("Toch afsluiten?"), "{question}");
    let screen = common::screen(&model, 80, 24);
    assert!(screen.contains("Bevestigen") && screen.contains("j ja · n nee"), "{screen}");
    assert!(!keys(&mut model, "q").quit, "a second q quit without an answer");
    assert!(!keys(&mut model, "esc").quit);
    assert!(model.chrome.overlay.is_none());
    assert_eq!(model.chrome.screen, Screen::Drill);
    assert!(!keys(&mut model, "q").quit);
    assert!(keys(&mut model, "j").quit);
}

#[test]
fn q_quits_at_once_once_the_change_is_saved() {
    let mut model = model();
    press_unreported(&mut model, "enter v");
    update(&mut model, Msg::SaveFailed(1, "schijf vol".to_string()));
    keys(&mut model, "v");
    assert!(keys(&mut model, "q").quit);
}

#[test]
fn the_title_and_attendees_of_a_meeting_in_progress_can_be_corrected() {
    let mut model = model();
    keys(&mut model, "M");
    assert!(model.chrome.overlay.is_none(), "no meeting yet");
    keys(&mut model, "m");
    keys(&mut model, "tab tab");
    type_text(&mut model, "Schepen Vanhoute");
    keys(&mut model, "enter");
    keys(&mut model, "M end");
    type_text(&mut model, " (extra)");
    keys(&mut model, "tab");
    for _ in 0.."Vanhoute".len() {
        keys(&mut model, "backspace");
    }
    type_text(&mut model, "Vanhoutte, Decock");
    keys(&mut model, "enter");
    let meeting = model.workspace().current().expect("a meeting in progress");
    assert_eq!(meeting.title, "Stuurgroep sociale economie (extra)");
    assert_eq!(meeting.attendees, ["Schepen Vanhoutte", "Decock"]);
    keys(&mut model, "u");
    let meeting = model.workspace().current().expect("still in progress");
    assert_eq!(meeting.attendees, ["Schepen Vanhoute"], "undone like every change");
}
