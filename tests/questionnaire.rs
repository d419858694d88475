//! The questionnaire (vragenlijst) of the intake interview, pressed through the keymap: one
//! key per answer that records it and moves on, stepping without answering, the bestuur, the
//! note, progress, the matrix behind it, and undo back to the question.

mod common;

use common::{TODAY, keys, model, screen, type_text, utf8};
use regie::app::overlays::questionnaire::{Questionnaire, progress, steps};
use regie::app::{Model, Overlay};
use regie::dataset::{Source, load};
use regie::domain::{Besturen, Verdict};

fn questionnaire(model: &Model) -> &Questionnaire {
    match &model.chrome.overlay {
        Some(Overlay::Questionnaire(q)) => q,
        other => panic!("no questionnaire: {other:?}"),
    }
}

/// The finding of the question at `step` of the open questionnaire.
fn finding_at(model: &Model, step: usize) -> &regie::domain::Finding {
    let q = questionnaire(model);
    let f = steps(model.dataset(), q.municipality)[step];
    &model.dataset().findings()[f]
}

/// A fresh project of two municipalities (every answer onbekend), opened as the app opens it.
fn fresh_project() -> (tempfile::TempDir, Model) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let project = dir.path().join("regio");
    let output = common::regie_binary(&["new", utf8(&project), "--municipalities", "Aalbeke;Bissegem"], dir.path());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let dataset = load(&Source::Directory(project)).unwrap_or_else(|p| panic!("{p:?}"));
    let mut model = model();
    model = Model::new(dataset, model.keymap.clone(), model.chrome.projection, TODAY);
    (dir, model)
}

#[test]
fn three_answers_are_three_findings_and_progress_counts_them() {
    let (_dir, mut model) = fresh_project();
    assert_eq!(progress(model.dataset(), 0), (0, 87));
    keys(&mut model, "V");
    assert_eq!(questionnaire(&model).step, 0, "a fresh project starts at the first question");
    assert!(finding_at(&model, 0).indicator.starts_with("0."), "section 0 of the appendix comes first");
    // Section 0 (the plans and fora) stands in no matrix column: page on to component 1.
    keys(&mut model, "pagedown");
    let first = questionnaire(&model).step;
    assert_eq!(finding_at(&model, first).indicator, "1.1.1a");
    keys(&mut model, "j d n");
    assert_eq!(questionnaire(&model).step, first + 3, "each answer moves on");
    let answers: Vec<Verdict> = (first..first + 3).map(|s| finding_at(&model, s).verdict).collect();
    assert_eq!(answers, [Verdict::Ja, Verdict::Deels, Verdict::Nee]);
    assert_eq!(finding_at(&model, first).source.as_deref(), Some(format!("bewerkt {TODAY}").as_str()));
    assert_eq!(progress(model.dataset(), 0), (3, 87));
    assert_eq!(model.workspace().finding_edits.len(), 3, "one finding edit per answer");
    assert!(screen(&model, 80, 24).contains("3 van 87 beantwoord"));
    // The matrix row behind it: component 1 now has ja, deels, nee: (2+1+0)/(2·3) = ½ → 2/4.
    assert_eq!(model.dataset().cell_score(0, 0).level(), Some(2));
    assert!(screen(&model, 80, 24).contains("1 ▰▰▱▱ 2/4"), "{}", screen(&model, 80, 24));
}

#[test]
fn undo_takes_the_answer_back_and_returns_to_its_question() {
    let (_dir, mut model) = fresh_project();
    keys(&mut model, "V j d n down down");
    assert_eq!(questionnaire(&model).step, 5, "stepping does not answer");
    assert_eq!(finding_at(&model, 3).verdict, Verdict::Onbekend);
    keys(&mut model, "u");
    assert_eq!(questionnaire(&model).step, 2, "back at the question undone");
    assert_eq!(finding_at(&model, 2).verdict, Verdict::Onbekend);
    assert_eq!(progress(model.dataset(), 0), (2, 87));
    keys(&mut model, "u");
    assert_eq!(questionnaire(&model).step, 1);
    keys(&mut model, "ctrl-r");
    assert_eq!((questionnaire(&model).step, finding_at(&model, 1).verdict), (1, Verdict::Deels));
    keys(&mut model, "up up");
    assert_eq!(questionnaire(&model).step, 0);
    keys(&mut model, "esc");
    assert!(model.chrome.overlay.is_none());
}

#[test]
fn onbekend_is_not_answered_and_the_last_question_stays() {
    let (_dir, mut model) = fresh_project();
    keys(&mut model, "V 0 0");
    assert_eq!(questionnaire(&model).step, 2);
    assert_eq!(progress(model.dataset(), 0), (0, 87));
    assert!(model.workspace().finding_edits.is_empty(), "onbekend on onbekend changes nothing");
    keys(&mut model, "end j j");
    let last = steps(model.dataset(), 0).len() - 1;
    assert_eq!(questionnaire(&model).step, last);
    assert_eq!(progress(model.dataset(), 0), (1, 87));
}

#[test]
fn the_bestuur_and_the_note_are_edited_in_place() {
    let (_dir, mut model) = fresh_project();
    keys(&mut model, "V o");
    assert_eq!(finding_at(&model, 0).bestuur, Besturen::Gemeente);
    keys(&mut model, "e");
    assert!(model.context().takes_text(), "the note is a text field");
    type_text(&mut model, "schepen zegt: nog niet 😀");
    keys(&mut model, "enter");
    assert_eq!(finding_at(&model, 0).note, "schepen zegt: nog niet 😀");
    assert_eq!(questionnaire(&model).step, 0, "a note does not move on");
    keys(&mut model, "e");
    type_text(&mut model, " x");
    keys(&mut model, "esc");
    assert_eq!(finding_at(&model, 0).note, "schepen zegt: nog niet 😀", "esc cancels the note");
    assert!(model.chrome.overlay.is_some(), "and keeps the questionnaire open");
    keys(&mut model, "u u");
    assert_eq!((finding_at(&model, 0).bestuur, finding_at(&model, 0).note.as_str()), (Besturen::Beide, ""));
}

#[test]
fn from_the_drill_down_it_opens_at_the_selected_finding_and_page_keys_go_by_component() {
    let mut model = model();
    keys(&mut model, "down down down down right enter down down V");
    let q = questionnaire(&model);
    assert_eq!(q.municipality, 4);
    let first_of_component_2 = steps(model.dataset(), 4)
        .iter()
        .position(|&f| model.dataset().findings()[f].indicator.starts_with("2."))
        .expect("component 2");
    assert_eq!(q.step, first_of_component_2 + 2);
    let first_of_component_1 = steps(model.dataset(), 4)
        .iter()
        .position(|&f| model.dataset().findings()[f].indicator.starts_with("1."))
        .expect("component 1");
    assert!(first_of_component_1 > 0, "section 0 of the appendix before component 1");
    keys(&mut model, "pageup");
    assert_eq!(questionnaire(&model).step, first_of_component_2);
    keys(&mut model, "pageup");
    assert_eq!(questionnaire(&model).step, first_of_component_1);
    keys(&mut model, "pageup");
    assert_eq!(questionnaire(&model).step, 0, "section 0 is a page of its own");
    keys(&mut model, "pagedown pagedown");
    assert_eq!(questionnaire(&model).step, first_of_component_2);
    // The full question text, never shown elsewhere on the screen.
    let f = finding_at(&model, first_of_component_2);
    let question = model.dataset().indicator(&f.indicator).expect("indicator").question.clone();
    let first_words: String = question.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    assert!(screen(&model, 120, 36).contains(&first_words), "{first_words}\n{}", screen(&model, 120, 36));
}

#[test]
fn in_a_meeting_the_answers_carry_the_meeting() {
    let (_dir, mut model) = fresh_project();
    keys(&mut model, "m enter");
    let date = model.workspace().current().expect("a meeting").date;
    keys(&mut model, "V j");
    assert_eq!(finding_at(&model, 0).source.as_deref(), Some(format!("vergadering {date}").as_str()));
    assert_eq!(model.workspace().finding_edits[0].meeting, model.workspace().current_meeting);
}

#[test]
fn read_only_an_answer_is_refused_and_the_question_stays() {
    let (_dir, model) = fresh_project();
    let mut model = model.with_workspace(regie::domain::Workspace::default(), true);
    keys(&mut model, "V j");
    assert_eq!(questionnaire(&model).step, 0);
    assert_eq!(finding_at(&model, 0).verdict, Verdict::Onbekend);
    assert!(model.chrome.status.message.as_deref().is_some_and(|m| m.starts_with("alleen lezen")));
}

#[test]
fn theme_and_presentation_keys_work_in_the_questionnaire() {
    let (_dir, mut model) = fresh_project();
    let ran = keys(&mut model, "V t p");
    assert_eq!(ran.remembered.len(), 2, "both remembered");
    assert_eq!(model.chrome.projection.theme, regie::app::ThemeName::Licht);
    assert!(model.chrome.projection.presentation);
    assert!(model.chrome.overlay.is_some(), "the questionnaire stays open");
}

#[test]
fn help_from_the_questionnaire_lists_its_keys_first_and_returns_to_it() {
    let (_dir, mut model) = fresh_project();
    keys(&mut model, "V j j");
    keys(&mut model, "?");
    let Some(Overlay::Help(help)) = &model.chrome.overlay else { panic!("? opens the help") };
    let first: Vec<_> = help.entries(&model.keymap).into_iter().take(11).collect();
    assert!(first.iter().all(|e| e.context == regie::keymap::Context::Questionnaire), "{first:?}");
    let answer_first = first.first().map(|e| e.action);
    assert_eq!(answer_first, Some(regie::command::Action::AnswerJa), "the answers first");
    keys(&mut model, "esc");
    assert_eq!(questionnaire(&model).step, 2, "esc returns to the question it was at");
    // A command chosen in the help runs in the questionnaire: answer nee, on to the next.
    keys(&mut model, "?");
    type_text(&mut model, "answer_nee");
    keys(&mut model, "enter");
    assert_eq!(questionnaire(&model).step, 3);
    assert_eq!(finding_at(&model, 2).verdict, Verdict::Nee);
    keys(&mut model, "esc");
    assert!(model.chrome.overlay.is_none(), "and esc there closes the questionnaire");
}
