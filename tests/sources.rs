//! Where a hand-made answer comes from: an edit in the app carries `bewerkt DATE` (no meeting)
//! or `vergadering DATE` (the meeting in progress), and the drill-down shows it.

mod common;

use common::{TODAY, keys, model, screen, type_text};
use regie::app::screens::drill;

fn source_of_selected(model: &regie::app::Model) -> Option<String> {
    let finding = drill::selected_finding(model).unwrap_or_else(|| panic!("no finding selected"));
    model.dataset().findings()[finding].source.clone()
}

#[test]
fn an_edit_outside_a_meeting_is_bewerkt_on_today_and_the_drill_down_shows_it() {
    let mut model = model();
    keys(&mut model, "enter");
    let shipped = source_of_selected(&model);
    keys(&mut model, "v");
    assert_eq!(source_of_selected(&model), Some(format!("bewerkt {TODAY}")));
    assert!(screen(&model, 120, 36).contains(&format!("bron: bewerkt {TODAY}")));
    keys(&mut model, "u");
    assert_eq!(source_of_selected(&model), shipped, "undo gives the shipped source back");
}

#[test]
fn an_edit_in_a_meeting_is_that_meeting_with_its_date_for_verdict_bestuur_and_note() {
    let mut model = model();
    keys(&mut model, "m enter");
    let date = model.workspace().current().expect("a meeting").date;
    keys(&mut model, "enter o");
    assert_eq!(source_of_selected(&model), Some(format!("vergadering {date}")));
    keys(&mut model, "u e");
    type_text(&mut model, " en meer");
    keys(&mut model, "ctrl-s");
    assert_eq!(source_of_selected(&model), Some(format!("vergadering {date}")));
    assert!(screen(&model, 120, 36).contains(&format!("bron: vergadering {date}")));
}

#[test]
fn cycling_back_to_the_shipped_answer_gives_the_shipped_source_back() {
    let mut model = model();
    keys(&mut model, "enter");
    let shipped = source_of_selected(&model);
    keys(&mut model, "v v v v");
    assert_eq!(source_of_selected(&model), shipped);
    assert!(model.workspace().finding_edits.is_empty(), "{:?}", model.workspace().finding_edits);
}
