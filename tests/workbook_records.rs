//! The workbook's sheets after `Bevindingen` read back by `regie import`: the classification,
//! the role split, "Enkele cijfers", the actors and their relations; a wrong value, an unknown
//! municipality or an unknown actor refused at its `Sheet!cell`, exit code 2, the workspace
//! byte for byte unchanged.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx, open_workbook};
use rust_xlsxwriter::Workbook;

use common::{regie_binary as regie, stderr_within, utf8 as path};

type Sheets = Vec<(String, Vec<Vec<String>>)>;

/// A project started from the sample, and its template `sample.xlsx`.
fn sample_and_template(root: &Path) -> (PathBuf, PathBuf) {
    let project = root.join("zwv");
    let created = regie(&["new", path(&project), "--from-sample"], root);
    assert_eq!(created.status.code(), Some(0), "{}", String::from_utf8_lossy(&created.stderr));
    let workbook = root.join("sample.xlsx");
    let written = regie(&["template", path(&workbook), "--project", path(&project)], root);
    assert_eq!(written.status.code(), Some(0), "{}", String::from_utf8_lossy(&written.stderr));
    (project, workbook)
}

/// Every sheet as text, in order.
fn read_sheets(workbook: &Path) -> Sheets {
    let mut book: Xlsx<_> = open_workbook(workbook).unwrap_or_else(|e| panic!("{e}"));
    let names = book.sheet_names().clone();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap_or_else(|e| panic!("{e}"));
            let text = |cell: &Data| match cell {
                Data::String(text) => text.clone(),
                Data::Empty => String::new(),
                other => other.to_string(),
            };
            let rows = range.rows().map(|row| row.iter().map(text).collect()).collect();
            (name, rows)
        })
        .collect()
}

/// Writes the sheets as text cells, as a person's spreadsheet would.
fn write_sheets(workbook: &Path, sheets: &Sheets) {
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap_or_else(|e| panic!("{e}"));
        for (r, row) in rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, text).unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }
    book.save(workbook).unwrap_or_else(|e| panic!("{e}"));
}

fn sheet<'a>(sheets: &'a mut Sheets, name: &str) -> &'a mut Vec<Vec<String>> {
    &mut sheets.iter_mut().find(|(n, _)| n == name).unwrap_or_else(|| panic!("sheet {name}")).1
}

/// The row (0-based) whose first cell is `first` (and, given, whose second is `second`).
fn row_of(rows: &[Vec<String>], first: &str, second: Option<&str>) -> usize {
    let found = rows.iter().position(|r| r[0] == first && second.is_none_or(|s| r[1] == s));
    found.unwrap_or_else(|| panic!("no row {first} {second:?}"))
}

fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(snapshot(&path));
        } else if path.file_name().is_some_and(|n| n != "regie.lock") {
            files.insert(path.clone(), std::fs::read(&path).unwrap_or_default());
        }
    }
    files
}

#[test]
fn the_other_sheets_are_read_back_and_the_app_shows_them() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (project, workbook) = sample_and_template(root.path());
    let mut sheets = read_sheets(&workbook);
    let classification = sheet(&mut sheets, "Classificatie");
    let lendelede = row_of(classification, "Lendelede", None);
    classification[lendelede][1] = "ocmw".into();
    classification[lendelede][2] = "nee".into();
    let splits = sheet(&mut sheets, "Rolverdeling");
    let kortrijk = row_of(splits, "Kortrijk", None);
    splits[kortrijk][1] = "G".into();
    splits[kortrijk][3] = String::new();
    let figures = sheet(&mut sheets, "Enkele cijfers");
    let kortrijk = row_of(figures, "Kortrijk", Some("gemeente"));
    figures[kortrijk][2] = "12,5".into();
    let actors = sheet(&mut sheets, "Actoren");
    let first = actors[1][0].clone();
    actors[1][1] = "Energiesnoeiers ZWV".into();
    let relations = sheet(&mut sheets, "Relaties");
    relations.push(vec![first.clone(), "Spiere-Helkijn".into(), "eigen actor".into(), "gemeente".into()]);
    let filled = root.path().join("ingevuld.xlsx");
    write_sheets(&filled, &sheets);
    let imported = regie(&["import", path(&filled), "--project", path(&project), "--replica", "anne"], root.path());
    assert_eq!(imported.status.code(), Some(0), "{}", String::from_utf8_lossy(&imported.stderr));
    let summary = String::from_utf8_lossy(&imported.stdout);
    for line in [
        "Bevindingen: 0 antwoord(en)",
        "Classificatie: 1 gemeente(n) gewijzigd",
        "Rolverdeling: 1 gemeente(n) gewijzigd",
        "Enkele cijfers: 1 gemeente(n) gewijzigd",
        "Actoren: 1 actor(en) gewijzigd",
        "Relaties: relaties van 1 actor(en) gewijzigd",
    ] {
        assert!(summary.contains(line), "{line} not in {summary}");
    }
    assert!(!summary.contains("niet ingelezen"), "{summary}");
    let workspace = regie::workspace::store::load(&project.join("workspace")).unwrap_or_else(|p| panic!("{p}"));
    // The import is saved as replica anne's snapshot; the files from before sharing stay as
    // they were.
    let journal = std::fs::read_to_string(project.join("workspace/workspace.journal")).unwrap_or_default();
    assert_eq!(journal.lines().count(), 0, "the project's own journal is left alone");
    assert!(project.join("workspace/replicas/anne/workspace.ron").exists());
    let sources: Vec<&str> = workspace.records.classifications.iter().filter_map(|c| c.source.as_deref()).collect();
    assert!(sources.len() == 1 && sources[0].starts_with("import ingevuld.xlsx 20"), "{sources:?}");
    // What the app and the commands show: the dataset with the workspace applied.
    let second = root.path().join("tweede.xlsx");
    assert_eq!(regie(&["template", path(&second), "--project", path(&project)], root.path()).status.code(), Some(0));
    let mut again = read_sheets(&second);
    let classification = sheet(&mut again, "Classificatie");
    let row = &classification[row_of(classification, "Lendelede", None)];
    assert_eq!(row[1..6], ["ocmw", "nee", "nee", "nee", "direct actor"].map(String::from), "the class derived");
    let spiere = sheet(&mut again, "Classificatie").iter().find(|r| r[0] == "Spiere-Helkijn").cloned();
    assert_eq!(spiere.map(|r| r[5].clone()).as_deref(), Some("indirect actor"), "an eigen actor added");
    let splits = sheet(&mut again, "Rolverdeling");
    let row = &splits[row_of(splits, "Kortrijk", None)];
    assert_eq!((row[1].as_str(), row[3].as_str()), ("G", ""));
    let figures = sheet(&mut again, "Enkele cijfers");
    assert_eq!(figures[row_of(figures, "Kortrijk", Some("gemeente"))][2], "12.5");
    assert_eq!(sheet(&mut again, "Actoren")[1][1], "Energiesnoeiers ZWV");
    // The same workbook again changes nothing more.
    let repeat = regie(&["import", path(&filled), "--project", path(&project)], root.path());
    assert!(String::from_utf8_lossy(&repeat.stdout).contains("Classificatie: 0 gemeente(n)"));
}

/// Imports the sample's template with `edit` applied and asserts that it is refused with
/// `expected` in stderr, exit code 2 and the workspace unchanged.
fn assert_refused(edit: impl FnOnce(&mut Sheets), expected: &str) {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (project, workbook) = sample_and_template(root.path());
    let mut sheets = read_sheets(&workbook);
    edit(&mut sheets);
    let filled = root.path().join("wb.xlsx");
    write_sheets(&filled, &sheets);
    let before = snapshot(&project.join("workspace"));
    let output = regie(&["import", path(&filled), "--project", path(&project)], root.path());
    let stderr = stderr_within(&output, root.path());
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(expected), "expected {expected:?} in:\n{stderr}");
    assert!(output.stdout.is_empty());
    assert_eq!(snapshot(&project.join("workspace")), before);
}

#[test]
fn a_wrong_value_in_the_classification_is_refused_at_its_cell() {
    assert_refused(
        |s| sheet(s, "Classificatie")[3][3] = "misschien".into(),
        "wb.xlsx!Classificatie!D4: 'misschien' is geen ja of nee (ja, nee)",
    );
    assert_refused(
        |s| sheet(s, "Classificatie")[2][1] = "stad".into(),
        "wb.xlsx!Classificatie!B3: 'stad' is geen LDE-erkenning (geen, gemeente, ocmw)",
    );
}

#[test]
fn a_wrong_role_holder_and_figure_are_refused_at_their_cells() {
    assert_refused(
        |s| sheet(s, "Rolverdeling")[2][5] = "X".into(),
        "wb.xlsx!Rolverdeling!F3: 'X' is geen bestuur (G, O, G+O of leeg)",
    );
    assert_refused(
        |s| sheet(s, "Enkele cijfers")[1][3] = "-4".into(),
        "wb.xlsx!Enkele cijfers!D2: '-4' is geen getal van 0 of meer",
    );
}

#[test]
fn an_unknown_municipality_in_a_record_sheet_is_refused_not_added() {
    assert_refused(
        |s| sheet(s, "Rolverdeling")[1][0] = "Atlantis".into(),
        "wb.xlsx!Rolverdeling!A2: 'Atlantis' is geen gemeente van dit project",
    );
    assert_refused(
        |s| sheet(s, "Relaties")[1][1] = "Atlantis".into(),
        "wb.xlsx!Relaties!B2: 'Atlantis' is geen gemeente van dit project",
    );
}

#[test]
fn an_unknown_actor_is_refused_not_added() {
    assert_refused(
        |s| sheet(s, "Relaties")[1][0] = "spook".into(),
        "wb.xlsx!Relaties!A2: 'spook' is geen actor van dit project",
    );
    assert_refused(
        |s| sheet(s, "Actoren")[1][0] = "spook".into(),
        "wb.xlsx!Actoren!A2: 'spook' is geen actor van dit project (nieuwe actoren voeg je toe in de app)",
    );
    assert_refused(
        |s| sheet(s, "Relaties")[1][2] = "vriend".into(),
        "wb.xlsx!Relaties!C2: 'vriend' is geen relatie (eigen actor, klant, overeenkomst, bestuurszetel, partner)",
    );
}

#[test]
fn a_wrong_header_of_a_record_sheet_is_refused() {
    assert_refused(
        |s| sheet(s, "Actoren")[0][2] = "Vorm".into(),
        "wb.xlsx!Actoren!C1: kolom C heet 'Vorm'; verwacht 'Vormen'",
    );
}
