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
