//! Every screen and overlay, at 80×24 and 120×36, on the shipped dataset.

mod common;

use common::{model, run, screen, type_text};
use regie::app::{Action, Model};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 36)];

fn snapshot(name: &str, model: &Model) {
    for (width, height) in SIZES {
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen(model, width, height));
    }
}

/// Kortrijk is the fifth municipality: go there and to a component.
fn at_kortrijk(component_steps: usize) -> Model {
    let mut model = model();
    run(&mut model, std::iter::repeat_n(Action::Down, 4));
    run(&mut model, std::iter::repeat_n(Action::Right, component_steps));
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
    run(&mut model, [Action::Open, Action::Down, Action::Down]);
    snapshot("drill_kortrijk_beleidslijnen", &model);
}

#[test]
fn regisseur() {
    let mut model = at_kortrijk(0);
    run(&mut model, [Action::ScreenRegisseur]);
    snapshot("regisseur", &model);
}

#[test]
fn rollen() {
    let mut model = at_kortrijk(0);
    run(&mut model, [Action::ScreenRollen, Action::Right, Action::Right]);
    snapshot("rollen", &model);
}

#[test]
fn actoren() {
    let mut model = model();
    run(&mut model, [Action::ScreenActoren]);
    snapshot("actoren", &model);
}

#[test]
fn help_overlay() {
    let mut model = model();
    run(&mut model, [Action::Help]);
    snapshot("help", &model);
    type_text(&mut model, "oordeel");
    snapshot("help_filtered", &model);
}

#[test]
fn finder_overlay() {
    let mut model = model();
    run(&mut model, [Action::Finder]);
    type_text(&mut model, "energie");
    snapshot("finder", &model);
}

#[test]
fn note_editor_overlay() {
    let mut model = at_kortrijk(0);
    run(&mut model, [Action::Open, Action::Edit]);
    type_text(&mut model, " — besproken op de stuurgroep");
    snapshot("note_editor", &model);
}

/// A meeting with three actions: one on marked cells, one on a finding, one done.
fn in_a_meeting() -> Model {
    let mut model = at_kortrijk(1);
    run(&mut model, [Action::Meeting]);
    type_text(&mut model, "");
    run(&mut model, [Action::NextField, Action::NextField]);
    type_text(&mut model, "Schepen Vanhoutte, OCMW-voorzitter Decock");
    run(&mut model, [Action::Open, Action::ScreenMatrix, Action::ToggleMark, Action::Down, Action::ToggleMark]);
    run(&mut model, [Action::NewAction]);
    type_text(&mut model, "Strategische doelstellingen SE opnemen in het meerjarenplan");
    run(&mut model, [Action::NextField]);
    type_text(&mut model, "beide");
    run(&mut model, [Action::NextField]);
    type_text(&mut model, "2026-12-15");
    run(&mut model, [Action::Open, Action::Open, Action::Down]);
    run(&mut model, [Action::NewAction]);
    type_text(&mut model, "Rapport naar de actoren sturen");
    run(&mut model, [Action::NextField]);
    type_text(&mut model, "Energiesnoeiers Zuid-West-Vlaanderen");
    run(&mut model, [Action::NextField]);
    type_text(&mut model, "2026-11-20");
    run(&mut model, [Action::Open, Action::Back, Action::AgreeRating]);
    type_text(&mut model, "3");
    run(&mut model, [Action::Open]);
    model
}

#[test]
fn meeting_with_actions() {
    let mut model = in_a_meeting();
    snapshot("matrix_in_meeting", &model);
    run(&mut model, [Action::ScreenActies]);
    snapshot("acties", &model);
    run(&mut model, [Action::Filter]);
    type_text(&mut model, "laat");
    snapshot("acties_filter_form", &model);
    run(&mut model, [Action::Open]);
    snapshot("acties_filtered", &model);
}

#[test]
fn forms_and_questions() {
    let mut model = model();
    run(&mut model, [Action::NewAction]);
    type_text(&mut model, "Overleg met Kringloopcentrum");
    run(&mut model, [Action::NextField, Action::NextField]);
    type_text(&mut model, "volgende week");
    run(&mut model, [Action::Open]);
    snapshot("action_form_bad_date", &model);
    let mut model = in_a_meeting();
    run(&mut model, [Action::Meeting]);
    snapshot("end_meeting_question", &model);
}

#[test]
fn presentation_blank_and_themes() {
    let mut model = model();
    run(&mut model, [Action::Presentation]);
    snapshot("presentation", &model);
    run(&mut model, [Action::Blank]);
    snapshot("blank", &model);
}

#[test]
fn too_small_terminals_get_a_message() {
    let model = model();
    for (width, height) in [(59, 24), (80, 15), (20, 5)] {
        insta::assert_snapshot!(format!("too_small_{width}x{height}"), screen(&model, width, height));
    }
}
