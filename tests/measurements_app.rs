//! Measurements in the app, keys pressed through the keymap as the loop presses them: the
//! measurement in view is named, `w` shows another, edits go to the one in view and undo
//! covers them, `c` compares (snapshots at 80×24 and 120×36), and the comparison the screen
//! shows is the one `regie compare --json` gives.

mod common;

use std::path::{Path, PathBuf};

use common::{TODAY, keys, model, project_model, screen};
use proptest::prelude::*;
use regie::app::{MeasurementPurpose, Model, Msg, update};
use regie::dataset::{Source, load};
use regie::domain::compare::{LevelChange, compare};
use regie::domain::{Verdict, Workspace};
use regie::project::{Copy, Start, create, new_measurement};

/// A project from the sample with a follow-up `Opvolging 2026`, a copy in which Kortrijk
/// gained slagkracht and hands the lead to the OCMW.
fn project(root: &Path) -> PathBuf {
    let dir = root.join("project");
    create(&dir, &Start::Sample).unwrap_or_else(|p| panic!("{p}"));
    let dataset = load(&Source::Directory(dir.clone())).unwrap_or_else(|p| panic!("{p:?}"));
    new_measurement(&dir, &dataset, "Opvolging 2026", TODAY, Copy::Of(&dataset)).unwrap_or_else(|p| panic!("{p}"));
    let later = dir.join("measurements/opvolging-2026");
    let edit = |file: &str, from: &str, to: &str| {
        let path = later.join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        let changed: Vec<String> = text
            .lines()
            .map(|line| if line.contains("\"kortrijk\"") { line.replacen(from, to, 1) } else { line.to_string() })
            .collect();
        assert_ne!(changed.join("\n"), text.trim_end(), "{file}: {from} not found");
        std::fs::write(&path, changed.join("\n") + "\n").unwrap_or_else(|e| panic!("{e}"));
    };
    edit("classifications.ron", "slagkracht: false", "slagkracht: true");
    edit("role_splits.ron", "trekker: Beide", "trekker: Ocmw");
    edit("role_splits.ron", "Regelgever: Gemeente", "Regelgever: Ocmw");
    dir
}

/// The indicator of the finding selected in the drill-down.
fn selected_indicator(model: &Model) -> String {
    regie::app::screens::drill::selected_finding(model)
        .and_then(|f| model.dataset().findings().get(f))
        .map(|f| f.indicator.clone())
        .unwrap_or_default()
}

fn verdict_of_kortrijk(model: &Model, indicator: &str) -> Verdict {
    let dataset = model.dataset();
    let (m, i) = (dataset.municipality_index("kortrijk"), dataset.indicator_index(indicator));
    m.zip(i).map_or(Verdict::Onbekend, |(m, i)| dataset.verdict(m, i))
}

#[test]
fn edits_go_to_the_measurement_in_view_and_undo_covers_them() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut model = project_model(&project(root.path()));
    assert!(screen(&model, 80, 24).contains("Opvolging 2026 · ✓ opgeslagen"), "the latest is in view");
    // Kortrijk, beleidslijnen: the first finding's verdict, in the follow-up.
    keys(&mut model, "down down down down right enter");
    let indicator = selected_indicator(&model);
    let original = verdict_of_kortrijk(&model, &indicator);
    keys(&mut model, "v");
    let edited = verdict_of_kortrijk(&model, &indicator);
    assert_ne!(edited, original);
    let measurement = model.workspace().finding_edits.first().and_then(|e| e.measurement.clone());
    assert_eq!(measurement.as_deref(), Some("opvolging-2026"));
    // The nulmeting keeps its answer.
    let ran = keys(&mut model, "w");
    assert_eq!(ran.loaded, ["nulmeting"]);
    assert_eq!(model.dataset().measurement().id, "nulmeting");
    assert!(screen(&model, 80, 24).contains("Nulmeting 2010 · ✓ opgeslagen"));
    assert_eq!(verdict_of_kortrijk(&model, &indicator), original);
    // Undo takes the follow-up's edit back, whichever measurement is in view; redo restores it.
    keys(&mut model, "u");
    assert!(model.workspace().finding_edits.is_empty());
    keys(&mut model, "w");
    assert_eq!(model.dataset().measurement().id, "opvolging-2026");
    assert_eq!(verdict_of_kortrijk(&model, &indicator), original);
    keys(&mut model, "ctrl-r");
    assert_eq!(verdict_of_kortrijk(&model, &indicator), edited);
    // An agreed level belongs to the measurement in view too.
    keys(&mut model, "1 e");
    common::type_text(&mut model, "4");
    keys(&mut model, "enter");
    let rating = model.workspace().ratings.first().map(|r| (r.measurement.clone(), r.level));
    assert_eq!(rating, Some((Some("opvolging-2026".to_string()), 4)));
}

#[test]
fn compare_marks_the_changes_on_every_screen() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut model = project_model(&project(root.path()));
    // Four changes in the follow-up: Kortrijk's first four findings on beleidslijnen, ja → nee
    // (13 of its 15 answered points there; 9 of 15 is level 2).
    keys(&mut model, "down down down down right enter v v down v v down v v down v v esc");
    let ran = keys(&mut model, "c");
    assert_eq!(ran.loaded, ["nulmeting"]);
    let matrix = screen(&model, 120, 36);
    assert!(matrix.contains("Opvolging 2026 ↔ Nulmeting 2010"), "{matrix}");
    assert!(matrix.contains("Sinds Nulmeting 2010: ▲ hoger · ▼ lager"), "{matrix}");
    let kortrijk = matrix.lines().find(|l| l.contains("Kortrijk")).unwrap_or_default();
    assert!(kortrijk.contains('▼'), "{kortrijk}");
    for (width, height) in [(60, 16), (80, 24), (120, 36)] {
        insta::assert_snapshot!(format!("compare_matrix_{width}x{height}"), screen(&model, width, height));
    }
    keys(&mut model, "enter");
    for (width, height) in [(60, 16), (80, 24), (120, 36)] {
        insta::assert_snapshot!(format!("compare_drill_{width}x{height}"), screen(&model, width, height));
    }
    keys(&mut model, "esc 3");
    let regisseur = screen(&model, 120, 36);
    assert!(regisseur.contains("Kortrijk Δ"), "the quadrant moved: {regisseur}");
    insta::assert_snapshot!("compare_regisseur_80x24", screen(&model, 80, 24));
    keys(&mut model, "4");
    let rollen = screen(&model, 120, 36);
    let row = rollen.lines().find(|l| l.contains("Kortrijk")).unwrap_or_default();
    assert!(row.contains("OΔ"), "trekker and regelgever changed: {row}");
    insta::assert_snapshot!("compare_rollen_80x24", screen(&model, 80, 24));
    keys(&mut model, "c");
    assert!(!screen(&model, 80, 24).contains('Δ'), "compare off");
}

#[test]
fn compare_with_one_measurement_says_so() {
    let mut model = model();
    let ran = keys(&mut model, "c");
    assert!(ran.loaded.is_empty());
    assert_eq!(
        model.chrome.status.message.as_deref(),
        Some("er is maar één meting (Nulmeting 2010): niets om te wisselen of te vergelijken")
    );
    keys(&mut model, "w");
    assert_eq!(model.dataset().measurement().id, "nulmeting");
}

/// The cells of the matrix at 120×36 with compare on: per municipality, (level now, change).
fn screen_cells(model: &Model) -> Vec<(String, Vec<String>)> {
    let text = screen(model, 120, 36);
    model
        .dataset()
        .municipalities()
        .iter()
        .map(|municipality| {
            let line = text.lines().find(|l| l.contains(&format!(" {} ", municipality.name))).unwrap_or_default();
            let changes =
                line.split_whitespace().filter(|w| w.starts_with(['▲', '▼', '=', '?'])).map(str::to_string).collect();
            (municipality.id.clone(), changes)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn a_copy_shows_no_change_and_the_json_agrees_with_the_screen(
        changes in prop::collection::vec((0usize..663, 0usize..4), 0..30)
    ) {
        let before = load(&Source::Shipped).unwrap_or_else(|p| panic!("{p:?}"));
        let workspace = Workspace::default();
        let same = compare(&workspace, &before, &before.clone());
        prop_assert!(same.findings.is_empty());
        prop_assert!(same.cells.iter().all(|c| c.before == c.after));
        let mut after = before.clone();
        for (finding, verdict) in changes {
            let bestuur = after.findings()[finding].bestuur;
            after.restore_finding(finding, Verdict::CYCLE[verdict], "later", bestuur);
        }
        let comparison = compare(&workspace, &before, &after);
        let json = regie::export::comparison::json(&before, &after, &comparison);
        let keymap = regie::keymap::Keymap::shipped().unwrap_or_else(|e| panic!("{e:?}"));
        let mut model = Model::new(after, keymap, regie::app::Projection::default(), TODAY);
        let loaded = Ok(Box::new(before));
        update(&mut model, Msg::MeasurementLoaded { purpose: MeasurementPurpose::Compare, loaded });
        let cells = json["cells"].as_array().cloned().unwrap_or_default();
        let level = |v: &serde_json::Value| v.as_u64().map(|l| l as u32);
        for (id, shown) in screen_cells(&model) {
            let expected: Vec<String> = cells
                .iter()
                .filter(|c| c["municipality"] == id.as_str())
                .map(|c| LevelChange::of(level(&c["before"]), level(&c["after"])).text())
                .collect();
            prop_assert_eq!(&shown, &expected, "{}", id);
        }
    }
}

fn minutes(model: &Model) -> String {
    let meeting = model.workspace().minutes_meeting(None);
    let subject = regie::export::Subject {
        dataset: model.dataset(),
        workspace: model.workspace(),
        meeting,
        today: TODAY,
        exported: jiff::Timestamp::UNIX_EPOCH,
    };
    let bytes = regie::export::Format::MinutesMd.render(&subject).unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8(bytes.unwrap_or_default()).unwrap_or_default()
}

#[test]
fn minutes_of_a_meeting_on_a_later_measurement_say_which_one() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut model = project_model(&project(root.path()));
    keys(&mut model, "m enter");
    assert!(minutes(&model).contains("Meting: Opvolging 2026"), "{}", minutes(&model));
    keys(&mut model, "m enter w m enter");
    assert_eq!(model.dataset().measurement().id, "nulmeting");
    assert!(!minutes(&model).contains("Meting:"), "the first measurement goes without saying");
}

fn visie_of_kortrijk(model: &Model) -> Option<bool> {
    let dataset = model.dataset();
    dataset.municipality_index("kortrijk").and_then(|m| dataset.classification(m)).map(|c| c.visie)
}

#[test]
fn a_classification_edit_belongs_to_the_measurement_in_view() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut model = project_model(&project(root.path()));
    let original = visie_of_kortrijk(&model);
    keys(&mut model, "down down down down 3 v");
    let edited = visie_of_kortrijk(&model);
    assert_eq!(edited, original.map(|v| !v), "visie toggled in the follow-up");
    let measurement = model.workspace().records.classifications.first().and_then(|c| c.measurement.clone());
    assert_eq!(measurement.as_deref(), Some("opvolging-2026"));
    keys(&mut model, "w");
    assert_eq!(model.dataset().measurement().id, "nulmeting");
    assert_eq!(visie_of_kortrijk(&model), original, "the nulmeting keeps its classification");
    keys(&mut model, "w");
    assert_eq!(visie_of_kortrijk(&model), edited, "back in the follow-up, the edit is there");
    keys(&mut model, "u");
    assert_eq!(visie_of_kortrijk(&model), original, "undo takes it back");
}

fn compared_verdict_of_kortrijk(model: &Model, indicator: &str) -> Option<Verdict> {
    let compared = model.measurement.compared()?;
    let (m, i) = (compared.municipality_index("kortrijk")?, compared.indicator_index(indicator)?);
    Some(compared.verdict(m, i))
}

#[test]
fn the_compared_measurement_follows_undo_and_redo() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut model = project_model(&project(root.path()));
    let original_visie = visie_of_kortrijk(&model);
    // In the follow-up: Kortrijk's first finding on beleidslijnen, and its visie.
    keys(&mut model, "down down down down right enter");
    let indicator = selected_indicator(&model);
    let original = verdict_of_kortrijk(&model, &indicator);
    keys(&mut model, "v esc 3 v");
    let edited = verdict_of_kortrijk(&model, &indicator);
    assert_ne!(edited, original);
    // The nulmeting in view, compared with the follow-up.
    keys(&mut model, "1 w");
    let ran = keys(&mut model, "c");
    assert_eq!(ran.loaded, ["opvolging-2026"]);
    let compared_visie = |model: &Model| {
        let compared = model.measurement.compared()?;
        compared.municipality_index("kortrijk").and_then(|m| compared.classification(m)).map(|c| c.visie)
    };
    assert_eq!(compared_verdict_of_kortrijk(&model, &indicator), Some(edited));
    assert_eq!(compared_visie(&model), original_visie.map(|v| !v));
    // Undo the visie (a record edit), then the verdict (a finding edit): the compare view follows
    // each without `c` pressed again, and without loading anything.
    let ran = keys(&mut model, "u");
    assert!(ran.loaded.is_empty());
    assert_eq!(compared_visie(&model), original_visie, "undo of the classification shows in the compared one");
    assert_eq!(compared_verdict_of_kortrijk(&model, &indicator), Some(edited));
    keys(&mut model, "u");
    assert_eq!(compared_verdict_of_kortrijk(&model, &indicator), Some(original), "undo of the verdict too");
    keys(&mut model, "ctrl-r ctrl-r");
    assert_eq!(compared_verdict_of_kortrijk(&model, &indicator), Some(edited), "redo");
    assert_eq!(compared_visie(&model), original_visie.map(|v| !v));
    // The one in view kept its own answers throughout.
    assert_eq!(verdict_of_kortrijk(&model, &indicator), original);
}

#[test]
fn the_chooser_shows_a_measurement_or_compares_with_one() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut model = project_model(&project(root.path()));
    let ran = keys(&mut model, "W");
    assert!(ran.loaded.is_empty());
    let chooser = screen(&model, 80, 24);
    assert!(chooser.contains("▶ ● Opvolging 2026"), "the one in view selected and marked: {chooser}");
    assert!(chooser.contains("Nulmeting 2010") && chooser.contains("nulmeting"), "{chooser}");
    for (width, height) in [(60, 16), (80, 24)] {
        insta::assert_snapshot!(format!("measurement_chooser_{width}x{height}"), screen(&model, width, height));
    }
    // Esc closes without a change.
    let ran = keys(&mut model, "esc");
    assert!(ran.loaded.is_empty() && model.chrome.overlay.is_none());
    // `c` on the nulmeting compares with it.
    let ran = keys(&mut model, "W up c");
    assert_eq!(ran.loaded, ["nulmeting"]);
    assert!(model.chrome.overlay.is_none());
    assert_eq!(model.measurement.compared().map(|c| c.measurement().id.as_str()), Some("nulmeting"));
    assert_eq!(model.dataset().measurement().id, "opvolging-2026");
    // Enter on the nulmeting shows it; comparing with the one shown stops.
    let ran = keys(&mut model, "W up enter");
    assert_eq!(ran.loaded, ["nulmeting"]);
    assert_eq!(model.dataset().measurement().id, "nulmeting");
    assert!(model.measurement.compared().is_none());
    // Comparing with the one in view is refused, and says why.
    let ran = keys(&mut model, "W c");
    assert!(ran.loaded.is_empty());
    assert!(model.measurement.compared().is_none());
    let message = model.chrome.status.message.clone().unwrap_or_default();
    assert!(message.contains("Nulmeting 2010 is in beeld"), "{message}");
    // Down to the follow-up, compare: the chooser marks both.
    keys(&mut model, "W down c");
    assert_eq!(model.measurement.compared().map(|c| c.measurement().id.as_str()), Some("opvolging-2026"));
    keys(&mut model, "W");
    let chooser = screen(&model, 80, 24);
    assert!(chooser.contains("▶ ● Nulmeting 2010") && chooser.contains("↔ Opvolging 2026"), "{chooser}");
}

#[test]
fn a_long_message_leaves_the_measurement_named() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut model = project_model(&project(root.path()));
    keys(&mut model, "c");
    let text = screen(&model, 60, 16);
    let status = text.lines().last().unwrap_or_default();
    assert!(status.contains("vergeleken met"), "the message shows: {status}");
    assert!(status.contains("Opv. 2026"), "the measurement in view stays named: {status}");
    // A meeting started: its title gives way to the message, the measurement's name does not.
    keys(&mut model, "c m enter");
    let text = screen(&model, 60, 16);
    let status = text.lines().last().unwrap_or_default();
    assert!(status.contains("vergadering") && status.contains("● #1"), "{status}");
    assert!(status.contains("Opv. 2026"), "the measurement in view stays named: {status}");
}
