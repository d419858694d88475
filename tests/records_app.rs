//! Editing the classification, the role split, the actors and the municipalities in the app,
//! through the keymap as the loop does: each edit changes what the screens derive at once,
//! is saved, marks its source and is undone with `u`.

// Test code: a failed set-up stops the test with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{keys, model, screen, type_text};
use proptest::prelude::*;
use regie::app::Model;
use regie::domain::{Besturen, Bestuur, Fase, Klasse, RegieVariant, RelationKind, Rol, Scope, Vorm};

fn index(model: &Model, id: &str) -> usize {
    model.dataset().municipality_index(id).expect("municipality")
}

/// Selects a municipality by pressing `down` from the first row.
fn select(model: &mut Model, id: &str) {
    let m = index(model, id);
    keys(model, "home");
    keys(model, &"down ".repeat(m));
}

/// Empties the focused text field.
fn clear(model: &mut Model) {
    keys(model, &format!("end {}", "backspace ".repeat(80)));
}

#[test]
fn the_classification_is_edited_on_screen_3_and_the_class_and_quadrant_follow() {
    let mut model = model();
    keys(&mut model, "3");
    select(&mut model, "lendelede");
    let m = index(&model, "lendelede");
    let before = model.dataset().classification(m).cloned().expect("classification");
    assert_eq!(model.dataset().klasse(m), Some(Klasse::Geen));
    let ran = keys(&mut model, "r");
    assert_eq!(model.dataset().klasse(m), Some(Klasse::Direct), "an LDE recognition makes a direct actor");
    let after = model.dataset().classification(m).expect("classification");
    assert_eq!(after.lde_erkenning, Some(Bestuur::Gemeente));
    assert_eq!(after.source.as_deref(), Some("bewerkt 2026-11-24"));
    assert_eq!(ran.saved.len(), 1, "saved like a finding edit");
    keys(&mut model, "r");
    assert_eq!(model.dataset().classification(m).and_then(|c| c.lde_erkenning), Some(Bestuur::Ocmw));
    keys(&mut model, "r");
    assert_eq!(model.dataset().classification(m).and_then(|c| c.lde_erkenning), None, "back to none");
    let variant = before.variant();
    assert!(before.bewust_geen_actor);
    let cleared = model.dataset().classification(m).expect("classification").bewust_geen_actor;
    assert!(!cleared, "an LDE recognition ends bewust geen actor");
    keys(&mut model, "v s x");
    let after = model.dataset().classification(m).expect("classification").clone();
    assert_eq!((after.visie, after.slagkracht), (!before.visie, !before.slagkracht));
    assert!(after.bewust_geen_actor);
    assert_ne!(after.variant(), variant, "the quadrant follows");
    assert!(
        screen(&model, 80, 24)
            .contains(RegieVariant::of(after.visie, after.slagkracht).label().split(' ').next().unwrap_or(""))
    );
    keys(&mut model, "u u u u u u");
    assert_eq!(model.dataset().classification(m), Some(&before), "every edit undone");
    assert!(model.workspace().records.is_empty());
    keys(&mut model, "ctrl-r");
    assert_eq!(model.dataset().klasse(m), Some(Klasse::Direct), "and redone");
}

#[test]
fn a_meeting_in_progress_marks_the_edit_as_the_meetings() {
    let mut model = model();
    keys(&mut model, "m enter esc 3 v");
    let source = model.dataset().classification(0).and_then(|c| c.source.clone());
    assert_eq!(source.as_deref(), Some("vergadering 2026-11-24"));
}

#[test]
fn the_role_split_is_edited_cell_by_cell_on_screen_4() {
    let mut model = model();
    keys(&mut model, "4");
    let m = index(&model, "anzegem");
    let before = model.dataset().role_split(m).cloned().expect("role split");
    let holder = |model: &Model| model.dataset().role_split(m).and_then(|s| s.rollen.get(&Rol::Regelgever).copied());
    let mut seen = Vec::new();
    for _ in 0..4 {
        keys(&mut model, "o");
        seen.push(holder(&model));
    }
    seen.sort_by_key(|h| h.map(|b| b.code()));
    assert_eq!(seen, [None, Some(Besturen::Gemeente), Some(Besturen::Beide), Some(Besturen::Ocmw)], "G, O, G+O, —");
    keys(&mut model, &format!("{}o", "right ".repeat(13)));
    let evaluatie = model.dataset().role_split(m).and_then(|s| s.fasen.get(&Fase::Evaluatie).copied());
    assert_ne!(evaluatie, before.fasen.get(&Fase::Evaluatie).copied(), "the cursor reaches the phases");
    keys(&mut model, "T f");
    let split = model.dataset().role_split(m).expect("role split").clone();
    assert_ne!(split.trekker, before.trekker);
    assert_eq!(split.geformaliseerd, !before.geformaliseerd);
    assert!(split.source.as_deref().is_some_and(|s| s.starts_with("bewerkt ")));
    let matrix_column = screen(
        &{
            let mut shown = model.clone();
            keys(&mut shown, "1");
            shown
        },
        80,
        24,
    );
    assert!(matrix_column.contains(split.trekker.code()), "the matrix shows the trekker");
    keys(&mut model, "u u u u u u u");
    assert_eq!(model.dataset().role_split(m), Some(&before), "every edit undone");
}

#[test]
fn the_figures_are_filled_in_a_form_and_a_wrong_number_is_refused() {
    let mut model = model();
    keys(&mut model, "4 #");
    type_text(&mut model, "25");
    keys(&mut model, "tab");
    type_text(&mut model, "1,5");
    keys(&mut model, "tab tab");
    type_text(&mut model, "veel");
    keys(&mut model, "enter");
    assert!(model.chrome.overlay.is_some(), "the form stays open");
    assert!(screen(&model, 80, 24).contains("'veel' is geen getal"), "{}", screen(&model, 80, 24));
    keys(&mut model, "backspace backspace backspace backspace enter");
    assert!(model.chrome.overlay.is_none());
    let cijfers = model.dataset().role_split(0).expect("role split").cijfers.clone();
    assert_eq!(cijfers.tijd_mandataris_pct.get(&Bestuur::Gemeente), Some(&25.0));
    assert_eq!(cijfers.tijd_mandataris_pct.get(&Bestuur::Ocmw), Some(&1.5));
    assert!(screen(&model, 80, 24).contains("tijd mandataris (%): G 25 · O 1.5"));
    keys(&mut model, "u");
    assert!(model.dataset().role_split(0).expect("role split").cijfers.tijd_mandataris_pct.is_empty());
}

#[test]
fn an_actor_is_added_edited_and_related_to_a_municipality_on_screen_6() {
    let mut model = model();
    let actors = model.dataset().actors().len();
    keys(&mut model, "3");
    select(&mut model, "lendelede");
    let m = index(&model, "lendelede");
    assert_eq!(model.dataset().klasse(m), Some(Klasse::Geen));
    keys(&mut model, "6 n");
    type_text(&mut model, "Kringwinkel Leie");
    keys(&mut model, "tab");
    type_text(&mut model, "permanent, tijdelijk");
    keys(&mut model, "tab");
    clear(&mut model);
    type_text(&mut model, "regionaal");
    keys(&mut model, "tab");
    type_text(&mut model, "tweedehands");
    keys(&mut model, "enter");
    assert_eq!(model.dataset().actors().len(), actors + 1);
    let actor = model.dataset().actor("kringwinkel-leie").expect("added actor").clone();
    assert_eq!(
        (actor.vormen.as_slice(), actor.scope),
        ([Vorm::Permanent, Vorm::Tijdelijk].as_slice(), Scope::Regionaal)
    );
    assert_eq!(model.dataset().actors()[model.screens.actoren.row].id, actor.id, "the new actor is selected");

    keys(&mut model, "e");
    clear(&mut model);
    type_text(&mut model, "Kringwinkel Leiestreek");
    keys(&mut model, "tab");
    clear(&mut model);
    type_text(&mut model, "vierkant");
    keys(&mut model, "enter");
    assert!(screen(&model, 80, 24).contains("'vierkant' is geen vorm"), "a wrong form is named");
    keys(&mut model, "backspace backspace backspace backspace backspace backspace backspace backspace");
    type_text(&mut model, "ondersteuning");
    keys(&mut model, "enter");
    assert_eq!(model.dataset().actor("kringwinkel-leie").map(|a| a.name.as_str()), Some("Kringwinkel Leiestreek"));

    keys(&mut model, "r");
    keys(&mut model, "tab");
    clear(&mut model);
    type_text(&mut model, "eigen actor");
    keys(&mut model, "enter");
    let related = model.dataset().actor("kringwinkel-leie").expect("actor").relations.clone();
    assert_eq!(related.len(), 1);
    assert_eq!((related[0].municipality.as_str(), related[0].kind), ("lendelede", RelationKind::EigenActor));
    assert_eq!(related[0].source.as_deref(), Some("bewerkt 2026-11-24"));
    assert_eq!(model.dataset().klasse(m), Some(Klasse::Indirect), "an eigen actor makes an indirect actor");

    keys(&mut model, "r tab");
    clear(&mut model);
    type_text(&mut model, "geen");
    keys(&mut model, "enter");
    assert_eq!(model.dataset().klasse(m), Some(Klasse::Geen), "the relation removed");
    keys(&mut model, "u");
    assert_eq!(model.dataset().klasse(m), Some(Klasse::Indirect));
    keys(&mut model, "u u u");
    assert_eq!(model.dataset().actors().len(), actors, "the addition undone");
    assert_eq!(model.dataset().klasse(m), Some(Klasse::Geen));
}

#[test]
fn a_municipality_is_added_and_renamed_from_the_matrix() {
    let mut model = model();
    let count = model.dataset().municipalities().len();
    keys(&mut model, "n");
    type_text(&mut model, "Kortrijk");
    keys(&mut model, "enter");
    assert!(screen(&model, 80, 24).contains("Kortrijk bestaat al"), "a name taken is refused");
    clear(&mut model);
    type_text(&mut model, "Sint-Éloois-Vijve");
    keys(&mut model, "enter");
    assert_eq!(model.dataset().municipalities().len(), count + 1);
    let m = index(&model, "sint-eloois-vijve");
    assert_eq!(model.screens.selection.municipality, m, "the new municipality is selected");
    let findings: usize =
        (0..model.dataset().indicators().len()).map(|i| model.dataset().cell_findings(m, i).len()).sum();
    assert_eq!(findings, model.dataset().indicators().len(), "every answer onbekend");
    keys(&mut model, "2 v 1");
    assert_eq!(model.workspace().finding_edits.len(), 1, "its findings can be edited");
    keys(&mut model, "R");
    clear(&mut model);
    type_text(&mut model, "Sint-Eloois-Vijve");
    keys(&mut model, "enter");
    assert_eq!(model.dataset().municipalities()[m].name, "Sint-Eloois-Vijve");
    assert!(screen(&model, 80, 24).contains("Sint-Eloois-Vij"));
    keys(&mut model, "u u u");
    assert_eq!(model.dataset().municipalities().len(), count, "the addition undone");
    assert_eq!(model.screens.selection.municipality, count - 1, "the selection stays inside the list");
    assert!(model.workspace().finding_edits.is_empty());
    keys(&mut model, "ctrl-r ctrl-r");
    assert_eq!(model.dataset().municipalities().len(), count + 1, "and redone with its edit");
    assert_eq!(model.workspace().finding_edits.len(), 1);
}

/// A record edit or a move, as pressed.
fn record_key() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "3 r",
        "3 x",
        "3 v",
        "3 s",
        "4 o",
        "4 T",
        "4 f",
        "down",
        "right",
        "6 r tab backspace enter esc",
        "u",
        "ctrl-r",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn undoing_every_record_edit_restores_the_records(pressed in prop::collection::vec(record_key(), 0..40)) {
        let mut model = model();
        let classifications = model.dataset().classifications().to_vec();
        let splits = model.dataset().role_splits().to_vec();
        let actors = model.dataset().actors().to_vec();
        for key in pressed {
            keys(&mut model, key);
            keys(&mut model, "esc");
        }
        while model.loaded.can_undo() {
            keys(&mut model, "u");
        }
        prop_assert_eq!(model.dataset().classifications(), classifications.as_slice());
        prop_assert_eq!(model.dataset().role_splits(), splits.as_slice());
        prop_assert_eq!(model.dataset().actors(), actors.as_slice());
        prop_assert!(model.workspace().records.is_empty());
    }
}
