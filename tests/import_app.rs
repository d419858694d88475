//! `I`: a filled-in workbook read in from inside the app, through the keymap as the loop does
//! it: one undoable change, applied to the workspace as it is when the file has been read; a
//! workbook with a bad cell shows its `FILE.xlsx!Sheet!cell` and changes nothing.

mod common;

use std::path::Path;

use common::sheets::{read_findings, write_findings};
use common::{keys, model, press_unreported, type_text};
use regie::app::{Effect, Model, Msg, Overlay, update};
use regie::domain::{Finding, Workspace};

/// Writes the template of what the model shows, as `regie template` writes it.
fn template(model: &Model, file: &Path) {
    let bytes = regie::workbook::template(model.dataset(), None, None).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(file, bytes).unwrap_or_else(|e| panic!("{e}"));
}

/// A template with the verdicts of the first `n` answers turned (nee ↔ something else).
fn filled_in(model: &Model, file: &Path, n: usize) {
    template(model, file);
    let mut rows = read_findings(file);
    for row in rows.iter_mut().skip(1).take(n) {
        row[4] = if row[4] == "nee" { "ja" } else { "nee" }.to_string();
    }
    write_findings(file, &rows);
}

fn findings(model: &Model) -> Vec<Finding> {
    model.dataset().findings().to_vec()
}

fn status(model: &Model) -> String {
    model.chrome.status.message.clone().unwrap_or_default()
}

/// Opens the import form, types the path and submits it.
fn import(model: &mut Model, file: &Path) {
    keys(model, "I");
    assert!(matches!(model.chrome.overlay, Some(Overlay::Form(_))), "I opens the import form");
    type_text(model, &file.display().to_string());
    keys(model, "enter");
}

#[test]
fn a_filled_in_workbook_is_one_change_that_u_undoes() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("ingevuld.xlsx");
    let mut model = model();
    filled_in(&model, &file, 5);
    let before = findings(&model);

    import(&mut model, &file);
    assert!(model.chrome.overlay.is_none());
    assert_eq!(
        status(&model),
        "werkboek ingevuld.xlsx ingelezen: 5 antwoord(en) gewijzigd, waarvan 5 oordeel/oordelen"
    );
    let after = findings(&model);
    let changed: Vec<&Finding> = after.iter().zip(&before).filter(|(a, b)| a != b).map(|(a, _)| a).collect();
    assert_eq!(changed.len(), 5);
    assert!(changed.iter().all(|f| f.source.as_deref() == Some("import ingevuld.xlsx 2026-11-24")));

    keys(&mut model, "u");
    assert_eq!(findings(&model), before, "one u undoes the whole import");
    assert!(!model.loaded.can_undo());

    // The form offers the workbook last named; the same file again changes nothing more.
    keys(&mut model, "ctrl-r I enter");
    assert_eq!(findings(&model), after);
    assert!(status(&model).contains("geen antwoorden gewijzigd"), "{}", status(&model));
}

#[test]
fn a_bad_cell_shows_its_place_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("fout.xlsx");
    let mut model = model();
    filled_in(&model, &file, 3);
    let mut rows = read_findings(&file);
    rows[6][4] = "misschien".to_string();
    write_findings(&file, &rows);
    let before = findings(&model);

    import(&mut model, &file);
    let Some(Overlay::Form(form)) = &model.chrome.overlay else { panic!("the form stays open with the problems") };
    let error = form.error.clone().unwrap_or_default();
    let expected = "fout.xlsx!Bevindingen!E7: 'misschien' is geen oordeel";
    assert!(error.starts_with(expected), "{error}");
    assert_eq!(findings(&model), before);
    assert!(!model.loaded.can_undo(), "nothing to undo: nothing changed");

    // Not a workbook at all: said at the file, nothing changed.
    std::fs::write(&file, b"geen xlsx").unwrap_or_else(|e| panic!("{e}"));
    keys(&mut model, "enter");
    let Some(Overlay::Form(form)) = &model.chrome.overlay else { panic!("the form stays open") };
    assert!(form.error.as_deref().unwrap_or_default().contains("fout.xlsx"), "{:?}", form.error);
    keys(&mut model, "esc");
    assert_eq!(findings(&model), before);
}

#[test]
fn the_answers_apply_to_the_workspace_as_it_is_when_the_file_is_read() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("ingevuld.xlsx");
    let mut model = model();
    filled_in(&model, &file, 2);

    keys(&mut model, "I");
    type_text(&mut model, &file.display().to_string());
    let effects = press_unreported(&mut model, "enter");
    let [Effect::ReadWorkbook(path)] = effects.as_slice() else { panic!("{effects:?}") };
    // While the loop reads the file, a follow-up action is added.
    keys(&mut model, "a");
    type_text(&mut model, "bel de OCMW-voorzitter");
    keys(&mut model, "ctrl-s");
    let follow_ups = model.workspace().follow_ups.len();
    assert_eq!(follow_ups, 1);

    let mark = regie::workbook::mark(path, model.today);
    let answers = regie::workbook::read(path, &regie::workbook::file_name(path), model.dataset(), None, &mark);
    let effects = update(&mut model, Msg::WorkbookRead(path.clone(), answers));
    assert_eq!(effects.len(), 1, "one change to save");
    assert_eq!(model.workspace().follow_ups.len(), follow_ups, "the action added meanwhile is kept");
    assert_eq!(model.workspace().finding_edits.len(), 2);
    keys(&mut model, "u");
    assert_eq!(model.workspace().finding_edits.len(), 0);
    assert_eq!(model.workspace().follow_ups.len(), follow_ups, "undo takes back the import only");
}

#[cfg(unix)] // the real binary in a Unix pty (wine has no working ConPTY)
#[test]
fn the_real_binary_imports_the_newest_workbook_of_the_export_folder_and_undoes_it() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (exports, workspace) = (root.path().join("exports"), root.path().join("werkmap"));
    std::fs::create_dir_all(&exports).unwrap_or_else(|e| panic!("{e}"));
    filled_in(&model(), &exports.join("ingevuld.xlsx"), 5);
    let (exports, workspace) = (exports.to_string_lossy().into_owned(), workspace.to_string_lossy().into_owned());
    let env = [("REGIE_CONFIG_DIR", workspace.as_str()), ("REGIE_EXPORT_DIR", exports.as_str())];
    let mut app = common::pty::Pty::spawn(&["--workspace", &workspace], &env, 120, 36);
    app.wait_for("the matrix", |s| s.contains("Zwevegem") && s.contains("Regio"));
    app.send("I");
    app.wait_for("the form with the workbook", |s| s.contains("Werkboek inlezen") && s.contains("ingevuld.xlsx"));
    app.send("\r");
    app.wait_for("the import", |s| s.contains("5 antwoord(en) gewijzigd") && s.contains("opgeslagen"));
    let read = |dir: &str| {
        let read = regie::workspace::open::read(Path::new(dir)).unwrap_or_else(|p| panic!("{p}"));
        read.check(model().dataset()).unwrap_or_else(|p| panic!("{p:?}")).workspace
    };
    assert_eq!(read(&workspace).finding_edits.len(), 5, "saved as it was made");
    app.send("u");
    app.wait_for("the undo", |s| s.contains("ongedaan: werkboek ingevuld.xlsx") && s.contains("opgeslagen"));
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    assert!(read(&workspace).finding_edits.is_empty(), "the undo is saved too");
}

#[test]
fn read_only_a_workbook_changes_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("ingevuld.xlsx");
    let model = model();
    filled_in(&model, &file, 3);
    let mut model = model.with_workspace(Workspace::default(), true);
    let before = findings(&model);
    import(&mut model, &file);
    assert!(status(&model).starts_with("alleen lezen"), "{}", status(&model));
    assert_eq!(findings(&model), before);
}
