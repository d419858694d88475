//! Every screen and overlay, at 80×24 and 120×36, on the shipped dataset.

mod common;

use common::{keys, model, screen, type_text};
use regie::app::Model;

const SIZES: [(u16, u16); 4] = [(60, 16), (64, 20), (80, 24), (120, 36)];

fn snapshot(name: &str, model: &Model) {
    for (width, height) in SIZES {
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen(model, width, height));
    }
}

/// Kortrijk is the fifth municipality: go there and to a component.
fn at_kortrijk(component_steps: usize) -> Model {
    let mut model = model();
    keys(&mut model, &"down ".repeat(4));
    keys(&mut model, &"right ".repeat(component_steps));
    model
}

#[test]
fn matrix() {
    snapshot("matrix", &model());
    snapshot("matrix_kortrijk_beleidslijnen", &at_kortrijk(1));
}

#[test]
fn drill_down() {
    let mut model = at_kortrijk(1);
    keys(&mut model, "enter down down");
    snapshot("drill_kortrijk_beleidslijnen", &model);
}

#[test]
fn regisseur() {
    let mut model = at_kortrijk(0);
    keys(&mut model, "3");
    snapshot("regisseur", &model);
}

#[test]
fn rollen() {
    let mut model = at_kortrijk(0);
    keys(&mut model, "4 right right");
    snapshot("rollen", &model);
}

#[test]
fn actoren() {
    let mut model = model();
    keys(&mut model, "6");
    snapshot("actoren", &model);
}

#[test]
fn editing_the_records_at_80x24() {
    let mut model = at_kortrijk(0);
    keys(&mut model, "3 v");
    insta::assert_snapshot!("regisseur_edited_80x24", screen(&model, 80, 24));
    keys(&mut model, "4 right right o");
    insta::assert_snapshot!("rollen_edited_80x24", screen(&model, 80, 24));
    keys(&mut model, "#");
    insta::assert_snapshot!("cijfers_form_80x24", screen(&model, 80, 24));
    keys(&mut model, "esc 6 r");
    insta::assert_snapshot!("relation_form_80x24", screen(&model, 80, 24));
    keys(&mut model, "esc e");
    insta::assert_snapshot!("actor_form_80x24", screen(&model, 80, 24));
}

#[test]
fn help_overlay() {
    let mut model = model();
    keys(&mut model, "?");
    snapshot("help", &model);
    type_text(&mut model, "oordeel");
    snapshot("help_filtered", &model);
}

#[test]
fn finder_overlay() {
    let mut model = model();
    keys(&mut model, "/");
    type_text(&mut model, "energie");
    snapshot("finder", &model);
}

#[test]
fn note_editor_overlay() {
    let mut model = at_kortrijk(0);
    keys(&mut model, "enter e");
    type_text(&mut model, " — besproken op de stuurgroep");
    snapshot("note_editor", &model);
}

/// A meeting with three actions: one on marked cells, one on a finding, one done.
fn in_a_meeting() -> Model {
    let mut model = at_kortrijk(1);
    keys(&mut model, "m");
    type_text(&mut model, "");
    keys(&mut model, "tab tab");
    type_text(&mut model, "Schepen Vanhoutte, OCMW-voorzitter Decock");
    keys(&mut model, "enter 1 space down space");
    keys(&mut model, "a");
    type_text(&mut model, "Strategische doelstellingen SE opnemen in het meerjarenplan");
    keys(&mut model, "tab");
    type_text(&mut model, "beide");
    keys(&mut model, "tab");
    type_text(&mut model, "2026-12-15");
    keys(&mut model, "enter enter down");
    keys(&mut model, "a");
    type_text(&mut model, "Rapport naar de actoren sturen");
    keys(&mut model, "tab");
    type_text(&mut model, "Energiesnoeiers Zuid-West-Vlaanderen");
    keys(&mut model, "tab");
    type_text(&mut model, "2026-11-20");
    keys(&mut model, "enter esc e");
    type_text(&mut model, "3");
    keys(&mut model, "enter");
    model
}

#[test]
fn meeting_with_actions() {
    let mut model = in_a_meeting();
    snapshot("matrix_in_meeting", &model);
    keys(&mut model, "5");
    snapshot("acties", &model);
    keys(&mut model, "f");
    type_text(&mut model, "laat");
    snapshot("acties_filter_form", &model);
    keys(&mut model, "enter");
    snapshot("acties_filtered", &model);
}

#[test]
fn forms_and_questions() {
    let mut model = model();
    keys(&mut model, "a");
    type_text(&mut model, "Overleg met Kringloopcentrum");
    keys(&mut model, "tab tab");
    type_text(&mut model, "volgende week");
    keys(&mut model, "enter");
    snapshot("action_form_bad_date", &model);
    let mut model = in_a_meeting();
    keys(&mut model, "m");
    snapshot("end_meeting_question", &model);
}

#[test]
fn presentation_blank_and_themes() {
    let mut model = model();
    keys(&mut model, "p");
    snapshot("presentation", &model);
    keys(&mut model, "b");
    snapshot("blank", &model);
}

#[test]
fn too_small_terminals_get_a_message() {
    let model = model();
    for (width, height) in [(59, 24), (80, 15), (20, 5)] {
        insta::assert_snapshot!(format!("too_small_{width}x{height}"), screen(&model, width, height));
    }
}

#[test]
fn small_beamers_show_the_rows_before_legends() {
    // The findings of component 1: at least eight of the 21, the row counter whole, the hints
    // kept where there is room.
    let mut model = at_kortrijk(0);
    keys(&mut model, "enter");
    let small = screen(&model, 60, 16);
    assert!(small.contains("van 21"), "{small}");
    assert!(small.lines().filter(|l| l.contains(" 1.")).count() >= 8, "{small}");
    let normal = screen(&model, 80, 24);
    assert!(normal.contains(" v oordeel"), "the hint row stays on component 1:\n{normal}");
    // Gemeente–OCMW shows every municipality at 80×24, 64×20 and 60×16.
    keys(&mut model, "4");
    for (width, height) in [(80, 24), (64, 20), (60, 16)] {
        let shown = screen(&model, width, height);
        for name in model.dataset().municipalities().iter().map(|m| m.name.as_str()) {
            assert!(shown.contains(name), "{name} at {width}×{height}:\n{shown}");
        }
    }
    // The drill-down's verdict line keeps its source at 64 columns.
    keys(&mut model, "2");
    let drill = screen(&model, 64, 20);
    assert!(drill.lines().any(|l| l.contains("bron: rapport r. 171 ")), "{drill}");
}

#[test]
fn help_explains_every_letter_code_at_80x24_and_on_request_at_60x16() {
    let codes = ["D direct", "G+O beide", "C overeenkomst", "R regionaal", "Trk trekker", "Eva evaluatie"];
    let mut model = model();
    keys(&mut model, "?");
    let help = screen(&model, 80, 24);
    for code in codes {
        assert!(help.contains(code), "{code}:\n{help}");
    }
    // Too small for both: the hint says to type `codes`, which shows them all.
    assert!(screen(&model, 64, 20).contains("typ codes: lettercodes"), "{}", screen(&model, 64, 20));
    type_text(&mut model, "codes");
    snapshot("help_codes", &model);
    for (width, height) in [(60, 16), (64, 20)] {
        let shown = screen(&model, width, height);
        for code in codes {
            assert!(shown.contains(code), "{code} at {width}×{height}:\n{shown}");
        }
    }
}

#[test]
fn a_note_of_several_lines_shows_them_in_the_editor_and_the_drill_down() {
    let mut model = at_kortrijk(0);
    keys(&mut model, "enter e");
    type_text(&mut model, " Besproken.");
    keys(&mut model, "enter");
    type_text(&mut model, "Tweede regel.");
    keys(&mut model, "enter");
    type_text(&mut model, "Derde regel.");
    snapshot("note_editor_lines", &model);
    keys(&mut model, "ctrl-s");
    snapshot("drill_note_lines", &model);
}

#[test]
fn every_letter_code_has_one_meaning_and_is_explained() {
    let mut model = model();
    let matrix = screen(&model, 80, 24);
    assert!(matrix.contains("O OCMW") && matrix.contains("Regio: gemeenten per klasse D/I/—"), "{matrix}");
    keys(&mut model, "6");
    let actoren = screen(&model, 120, 36);
    assert!(actoren.contains("C overeenkomst") && !actoren.contains("O overeenkomst"), "{actoren}");
    keys(&mut model, "?");
    let help = screen(&model, 120, 36);
    assert!(help.contains("Trk trekker") && help.contains("G+O beide"), "{help}");
}

#[test]
fn a_read_only_banner_keeps_the_sample_warning_at_60_columns() {
    let model = model().with_workspace(regie::domain::Workspace::default(), true);
    let small = screen(&model, 60, 16);
    assert!(
        small.contains("ALLEEN LEZEN") && small.contains("Voorbeeld: verdeling over de gemeenten verzonnen"),
        "{small}"
    );
}

#[test]
fn questionnaire_overlay() {
    let mut model = at_kortrijk(1);
    keys(&mut model, "enter down V d");
    snapshot("questionnaire", &model);
    keys(&mut model, "e");
    type_text(&mut model, " — intake");
    snapshot("questionnaire_note", &model);
}

/// A new project of fourteen municipalities, titled, nothing answered yet.
fn midwest() -> (tempfile::TempDir, Model) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let names = "Ardooie;Dentergem;Hooglede;Ingelmunster;Izegem;Ledegem;Lichtervelde;Meulebeke;Moorslede;Oostrozebeke;Pittem;Roeselare;Staden;Wingene";
    let list = regie::project::municipalities(names).unwrap_or_else(|p| panic!("{p:?}"));
    let project = dir.path().join("mwv");
    regie::project::create_titled(&project, &regie::project::Start::Municipalities(list), Some("Midwest-Vlaanderen"))
        .unwrap_or_else(|p| panic!("{p}"));
    let model = common::project_model(&project);
    (dir, model)
}

#[test]
fn a_new_project_is_not_yet_asked_on_screen_3_and_in_the_matrix() {
    let (_dir, mut model) = midwest();
    assert_eq!(model.dataset().provenance().title, "Midwest-Vlaanderen");
    keys(&mut model, "3");
    let shown = screen(&model, 80, 24);
    assert!(shown.contains("nog niet bevraagd 14"), "{shown}");
    assert!(shown.contains("Ardooie         nog niet bevraagd"), "{shown}");
    assert!(!shown.contains("• Ardooie"), "not placed in a quadrant before it is asked:\n{shown}");
    insta::assert_snapshot!("new_project_regisseur_80x24", shown);
    keys(&mut model, "1");
    let matrix = screen(&model, 80, 24);
    assert!(matrix.contains("0/0/0 ?14"), "{matrix}");
}

#[test]
fn the_regional_row_shows_whole_counts_for_14_and_for_300_municipalities() {
    let (_dir, mut model) = midwest();
    // Asked and answered "no" for all fourteen: then they are "geen actor".
    keys(&mut model, "3");
    for _ in 0..14 {
        keys(&mut model, "v v down");
    }
    keys(&mut model, "1");
    let shown = screen(&model, 80, 24);
    let regio = shown.lines().find(|l| l.contains("Regio")).unwrap_or_default().to_string();
    assert!(regio.contains("0/0/14"), "{regio}");
    insta::assert_snapshot!("regional_row_14", regio);
    let (parts, workspace) = regie::demo::generate(regie::demo::DemoSize::FLANDERS);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    regie::demo::write(dir.path(), &parts, &workspace).unwrap_or_else(|e| panic!("{e}"));
    let large = common::project_model(dir.path());
    for (width, height) in [(80, 24), (120, 36), (160, 40)] {
        let shown = screen(&large, width, height);
        let regio = shown.lines().find(|l| l.contains("Regio")).unwrap_or_default().to_string();
        let figures: Vec<&str> = regio.split_whitespace().filter(|w| w.contains('/')).collect();
        // Every count is three whole numbers that add up to at most 300.
        for figure in figures.iter().rev().take(2) {
            let sum: usize = figure.split('/').map(|n| n.parse::<usize>().unwrap_or(usize::MAX / 4)).sum();
            assert!(sum <= 300, "{figure} in {regio}");
        }
        if width == 120 {
            insta::assert_snapshot!("regional_row_300_120", regio);
        }
    }
}

#[test]
fn help_at_80x24_shows_the_meeting_keys_first_and_each_key_for_its_context() {
    let mut model = model();
    keys(&mut model, "?");
    let help = screen(&model, 80, 24);
    for key in ["  a  ", "  m  ", "  D  ", "ctrl-e  "] {
        assert!(help.contains(key), "{key:?}:\n{help}");
    }
    insta::assert_snapshot!("help_meeting_keys_80x24", help);
    keys(&mut model, "esc 5 ?");
    let help = screen(&model, 120, 36);
    assert!(
        help.contains("actie bewerken") && !help.contains("toelichting van de bevinding bewerken  [opvolg"),
        "{help}"
    );
}

#[test]
fn small_screens_cut_no_word_without_an_ellipsis() {
    let cut = ["Regisseu ", "(Pröppe", "Eigenaa ", "regionaa", "gekoz ", "sprin "];
    let mut model = model();
    for screen_key in ["1", "3", "4", "5", "6", "?"] {
        keys(&mut model, &format!("esc {screen_key}"));
        let shown = screen(&model, 60, 16);
        for fragment in cut {
            assert!(!shown.contains(fragment), "{fragment:?} on {screen_key}:\n{shown}");
        }
    }
}
