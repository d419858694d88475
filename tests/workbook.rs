//! The questionnaire workbook: `regie new` + `template` + a filled-in workbook + `import` +
//! `check`; every import problem at its `Sheet!cell` with exit code 2 and the workspace
//! byte for byte unchanged.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::sheets::{read_findings, write_findings};
use common::{regie_binary as regie, stderr_within, utf8 as path};

/// A new project `west` of three municipalities and its template `west.xlsx`.
fn project_and_template(root: &Path) -> (PathBuf, PathBuf) {
    let project = root.join("west");
    let created = regie(&["new", path(&project), "--municipalities", "Ardooie;Hooglede;Sint-Éloois-Vijve"], root);
    assert_eq!(created.status.code(), Some(0), "{}", String::from_utf8_lossy(&created.stderr));
    let workbook = root.join("west.xlsx");
    let written = regie(&["template", path(&workbook), "--project", path(&project)], root);
    assert_eq!(written.status.code(), Some(0), "{}", String::from_utf8_lossy(&written.stderr));
    (project, workbook)
}

/// Every file under the workspace, with its bytes.
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

fn set(rows: &mut [Vec<String>], row: usize, column: usize, text: &str) {
    rows[row - 1][column] = text.to_string();
}

/// The sheet row (1-based, as `set` takes it) of a municipality's indicator.
fn row_of(rows: &[Vec<String>], municipality: &str, indicator: &str) -> usize {
    let at = rows.iter().position(|r| r[0] == municipality && r[1] == indicator);
    at.unwrap_or_else(|| panic!("no row {municipality} {indicator}")) + 1
}

#[test]
fn new_template_fill_in_import_and_check_shows_the_answers() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (project, workbook) = project_and_template(root.path());
    let mut rows = read_findings(&workbook);
    let header = ["Gemeente", "Indicator", "Vraag", "Bestuur", "Oordeel", "Toelichting"];
    assert_eq!(rows[0], header.into_iter().chain(["Telling in het rapport (niet ingelezen)"]).collect::<Vec<_>>());
    assert_eq!(rows.len(), 1 + 3 * 87, "every sub-question of appendix 2 for each municipality");
    // In the appendix's order: section 0 (plans and fora) first.
    assert_eq!(rows[1][..2], ["Ardooie".to_string(), "0.1.1a".to_string()]);
    let (ardooie, hooglede) = (row_of(&rows, "Ardooie", "1.1.1a"), row_of(&rows, "Hooglede", "1.1.1a"));
    let (vijve, next) = (row_of(&rows, "Sint-Éloois-Vijve", "1.1.1a"), row_of(&rows, "Ardooie", "1.1.1b"));
    assert!(rows[ardooie - 1][2].len() > 20, "the full question: {:?}", rows[ardooie - 1][2]);
    // The questions the report counts say so and where; the others are marked, answerable all the same.
    assert_eq!(rows[ardooie - 1][6], "ja (rapport r. 171)");
    assert_eq!(rows[1][6], "geen telling in het rapport", "section 0: {:?}", rows[1]);
    let marked = rows.iter().skip(1).filter(|r| r[6] == "geen telling in het rapport").count();
    assert_eq!(marked, 3 * 52, "52 of the 87 questions have no count of the report");
    set(&mut rows, ardooie, 4, "ja");
    set(&mut rows, hooglede, 4, "Ja");
    set(&mut rows, hooglede, 5, "=volgens de schepen");
    set(&mut rows, vijve, 4, "deels");
    set(&mut rows, next, 4, "nee");
    set(&mut rows, next, 3, "ocmw");
    let filled = root.path().join("ingevuld.xlsx");
    write_findings(&filled, &rows);
    let imported = regie(&["import", path(&filled), "--project", path(&project)], root.path());
    assert_eq!(imported.status.code(), Some(0), "{}", String::from_utf8_lossy(&imported.stderr));
    let summary = String::from_utf8_lossy(&imported.stdout);
    assert!(summary.contains("Bevindingen: 4 antwoord(en) gewijzigd"), "{summary}");
    let check = String::from_utf8_lossy(&regie(&["check", path(&project)], root.path()).stdout).into_owned();
    assert!(check.lines().any(|l| l.starts_with("1.1.1a  ") && l.ends_with("  2/3")), "{check}");
    // Every changed answer says where it comes from.
    let workspace = regie::workspace::store::load(&project.join("workspace")).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(workspace.finding_edits.len(), 4);
    let sources: Vec<&str> = workspace.finding_edits.iter().filter_map(|e| e.fields.source.as_deref()).collect();
    assert_eq!(sources.len(), 4);
    assert!(sources.iter().all(|s| s.starts_with("import ingevuld.xlsx 20")), "{sources:?}");
    // The same workbook again changes nothing more.
    let again = regie(&["import", path(&filled), "--project", path(&project)], root.path());
    assert!(String::from_utf8_lossy(&again.stdout).contains("Bevindingen: 0 antwoord(en)"));
    // A template of the imported state holds the answers, the note as text.
    let second = root.path().join("tweede.xlsx");
    assert_eq!(regie(&["template", path(&second), "--project", path(&project)], root.path()).status.code(), Some(0));
    let rows = read_findings(&second);
    assert_eq!(rows[hooglede - 1][3..6], ["beide".to_string(), "ja".to_string(), "'=volgens de schepen".to_string()]);
    assert_eq!(rows[next - 1][3..5], ["ocmw".to_string(), "nee".to_string()]);
}

/// Imports `rows` (or, with `None`, the bytes of `raw`) into a fresh project and asserts that
/// it is refused with `expected` in stderr, exit code 2 and the workspace unchanged.
fn assert_refused(edit: impl FnOnce(&mut Vec<Vec<String>>), raw: Option<&[u8]>, expected: &str) {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (project, workbook) = project_and_template(root.path());
    let filled = root.path().join("wb.xlsx");
    match raw {
        Some(bytes) => std::fs::write(&filled, bytes).unwrap_or_else(|e| panic!("{e}")),
        None => {
            let mut rows = read_findings(&workbook);
            edit(&mut rows);
            write_findings(&filled, &rows);
        }
    }
    let before = snapshot(&project.join("workspace"));
    let output = regie(&["import", path(&filled), "--project", path(&project)], root.path());
    let stderr = stderr_within(&output, root.path());
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(expected), "expected {expected:?} in:\n{stderr}");
    assert!(output.stdout.is_empty());
    assert_eq!(snapshot(&project.join("workspace")), before);
}

#[test]
fn a_wrong_verdict_is_refused_at_its_cell() {
    let expected = "wb.xlsx!Bevindingen!E7: 'jaa' is geen oordeel (ja, deels, nee, onbekend)";
    assert_refused(|rows| set(rows, 7, 4, "jaa"), None, expected);
}

#[test]
fn an_unknown_municipality_is_refused_not_added() {
    let expected = "wb.xlsx!Bevindingen!A9: 'Atlantis' is geen gemeente van dit project";
    assert_refused(|rows| set(rows, 9, 0, "Atlantis"), None, expected);
}

#[test]
fn an_unknown_indicator_is_refused() {
    let expected = "wb.xlsx!Bevindingen!B4: '9.9.9z' is geen indicator van de vragenlijst";
    assert_refused(|rows| set(rows, 4, 1, "9.9.9z"), None, expected);
}

#[test]
fn a_missing_header_is_refused() {
    let expected = "wb.xlsx!Bevindingen!A1: kolom A heet 'Ardooie'; verwacht 'Gemeente'";
    assert_refused(|rows| drop(rows.remove(0)), None, expected);
}

#[test]
fn a_file_that_is_no_workbook_is_refused_at_the_file_in_dutch() {
    let csv = b"Gemeente;Indicator\nArdooie;1.1.1a\n";
    let said = "wb.xlsx: dit is geen werkboek (een CSV- of tekstbestand?); regie leest .xlsx en .ods";
    assert_refused(|_| {}, Some(csv), said);
    let broken = b"PK\x03\x04 half a zip archive";
    let said = "wb.xlsx: dit is geen leesbaar werkboek (.xlsx of .ods): beschadigd of een ander soort bestand\n";
    assert_refused(|_| {}, Some(broken), said);
}

/// The `.xlsx` of `rows` with the XML of one cell replaced, as Excel writes a formula or a
/// pasted error value.
fn with_cell(rows: &[Vec<String>], file: &Path, cell: &str, xml: &str) {
    use std::io::{Read, Write};
    write_findings(file, rows);
    let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{e}"));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap_or_else(|e| panic!("{e}"));
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap_or_else(|e| panic!("{e}"));
        let name = entry.name().unwrap_or_else(|e| panic!("{e}")).to_string();
        let mut text = Vec::new();
        entry.read_to_end(&mut text).unwrap_or_else(|e| panic!("{e}"));
        if name == "xl/worksheets/sheet1.xml" {
            let sheet = String::from_utf8(text).unwrap_or_else(|e| panic!("{e}"));
            let start = sheet.find(&format!("<c r=\"{cell}\"")).unwrap_or_else(|| panic!("no cell {cell}"));
            let end = start + sheet[start..].find("</c>").unwrap_or_else(|| panic!("no end")) + 4;
            text = format!("{}{xml}{}", &sheet[..start], &sheet[end..]).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        out.write_all(&text).unwrap_or_else(|e| panic!("{e}"));
    }
    let written = out.finish().unwrap_or_else(|e| panic!("{e}")).into_inner();
    std::fs::write(file, written).unwrap_or_else(|e| panic!("{e}"));
}

/// A formula (with the value it computed) and an error value are refused at their cells;
/// a text that merely starts with `=` is a note (see the first test).
#[test]
fn a_formula_or_an_error_cell_is_refused_at_its_cell() {
    for (xml, said) in [
        (
            "<c r=\"E7\" t=\"str\"><f>IF(1,\"ja\")</f><v>ja</v></c>",
            "wb.xlsx!Bevindingen!E7: de cel bevat een formule (=IF(1,\"ja\")); typ de waarde zelf in",
        ),
        (
            "<c r=\"F7\" t=\"e\"><v>#VALUE!</v></c>",
            "wb.xlsx!Bevindingen!F7: de cel toont een fout (#VALUE!); typ de waarde zelf in",
        ),
    ] {
        let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (project, workbook) = project_and_template(root.path());
        let mut rows = read_findings(&workbook);
        set(&mut rows, 7, 5, "een toelichting");
        let filled = root.path().join("wb.xlsx");
        with_cell(&rows, &filled, &xml[6..8], xml);
        let before = snapshot(&project.join("workspace"));
        let output = regie(&["import", path(&filled), "--project", path(&project)], root.path());
        let stderr = stderr_within(&output, root.path());
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(said), "expected {said:?} in:\n{stderr}");
        assert_eq!(snapshot(&project.join("workspace")), before);
    }
}

/// A workbook LibreOffice saved in its own format (`.ods`) imports as it is; the summary
/// names only the sheet it has. Its formulas are refused at their cells.
#[test]
fn an_ods_imports_and_its_formulas_are_refused() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (project, _) = project_and_template(root.path());
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workbook");
    let formulas = root.path().join("formules.ods");
    std::fs::copy(fixtures.join("formules.ods"), &formulas).unwrap_or_else(|e| panic!("{e}"));
    let refused = regie(&["import", path(&formulas), "--project", path(&project)], root.path());
    let stderr = stderr_within(&refused, root.path());
    assert_eq!(refused.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("formules.ods!Bevindingen!E2: de cel bevat een formule (=\"ja\")"), "{stderr}");
    assert!(stderr.contains("formules.ods!Bevindingen!F3: de cel bevat een formule (=\"a\"+1)"), "{stderr}");
    let filled = root.path().join("ingevuld.ods");
    std::fs::copy(fixtures.join("ingevuld.ods"), &filled).unwrap_or_else(|e| panic!("{e}"));
    let imported = regie(&["import", path(&filled), "--project", path(&project)], root.path());
    assert_eq!(imported.status.code(), Some(0), "{}", String::from_utf8_lossy(&imported.stderr));
    let summary = String::from_utf8_lossy(&imported.stdout);
    assert!(summary.contains("Bevindingen: 2 antwoord(en) gewijzigd, waarvan 2 oordeel/oordelen"), "{summary}");
    assert!(!summary.contains("Classificatie"), "no sheet, no line: {summary}");
    let check = String::from_utf8_lossy(&regie(&["check", path(&project)], root.path()).stdout).into_owned();
    assert!(check.lines().any(|l| l.starts_with("1.1.1a  ") && l.ends_with("  1/3")), "Ardooie ja: {check}");
}

/// A workbook records its project and measurement; one of another project or of another
/// measurement is refused at the file, naming both.
#[test]
fn a_workbook_of_another_project_or_measurement_is_refused() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (project, workbook) = project_and_template(root.path());
    let other = root.path().join("oost");
    let created = regie(
        &["new", path(&other), "--municipalities", "Ardooie;Hooglede;Sint-Éloois-Vijve", "--title", "Oost"],
        root.path(),
    );
    assert_eq!(created.status.code(), Some(0));
    let refused = regie(&["import", path(&workbook), "--project", path(&other)], root.path());
    let stderr = stderr_within(&refused, root.path());
    assert_eq!(refused.status.code(), Some(2), "{stderr}");
    assert!(stderr.starts_with("west.xlsx: dit werkboek is gemaakt voor het project 'Eigen project' (20"), "{stderr}");
    assert!(stderr.contains("niet voor 'Oost' (20"), "{stderr}");
    let made = regie(&["measurement", "new", "Opvolging 2026", "--project", path(&project)], root.path());
    assert_eq!(made.status.code(), Some(0), "{}", String::from_utf8_lossy(&made.stderr));
    let before = snapshot(&project.join("workspace"));
    let refused = regie(&["import", path(&workbook), "--project", path(&project)], root.path());
    let stderr = stderr_within(&refused, root.path());
    assert_eq!(refused.status.code(), Some(2), "{stderr}");
    let said = "west.xlsx: dit werkboek is gemaakt voor de meting 'Nulmeting' (nulmeting), niet voor 'Opvolging 2026' (opvolging-2026)";
    assert!(stderr.starts_with(said), "{stderr}");
    assert_eq!(snapshot(&project.join("workspace")), before);
    let at_its_own =
        regie(&["import", path(&workbook), "--project", path(&project), "--measurement", "nulmeting"], root.path());
    assert_eq!(at_its_own.status.code(), Some(0), "{}", String::from_utf8_lossy(&at_its_own.stderr));
}

/// The part of a workbook as text.
fn part(workbook: &Path, name: &str) -> String {
    use std::io::Read;
    let bytes = std::fs::read(workbook).unwrap_or_else(|e| panic!("{e}"));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap_or_else(|e| panic!("{e}"));
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut text)
        .unwrap_or_else(|e| panic!("{e}"));
    text
}

/// The questionnaire of one municipality: every sheet prints landscape, one page wide, its
/// header row on every page, the columns to fill in marked; the other municipalities' rows
/// are filtered out, not left out, so the workbook reads back changing nothing.
#[test]
fn a_template_for_one_municipality_prints_as_a_questionnaire_and_reads_back() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (project, _) = project_and_template(root.path());
    let one = root.path().join("hooglede.xlsx");
    let written = regie(&["template", path(&one), "--project", path(&project), "--gemeente", "hooglede"], root.path());
    assert_eq!(written.status.code(), Some(0), "{}", String::from_utf8_lossy(&written.stderr));
    assert!(String::from_utf8_lossy(&written.stdout).contains("werkboek voor Hooglede"));
    let sheet = part(&one, "xl/worksheets/sheet1.xml");
    for wanted in [
        "orientation=\"landscape\"",
        "paperSize=\"9\"",
        "fitToHeight=\"0\"",
        "fitToPage=\"1\"",
        "Pagina &amp;P van &amp;N",
    ] {
        assert!(sheet.contains(wanted), "{wanted} in the page setup");
    }
    assert!(sheet.contains("In te vullen: de gele kolommen (Bestuur, Oordeel, Toelichting)"));
    assert!(sheet.contains("<filterColumn colId=\"0\"><filters><filter val=\"Hooglede\"/>"), "filtered on Hooglede");
    assert_eq!(sheet.matches("hidden=\"1\"").count(), 2 * 87, "the rows of Ardooie and Sint-Éloois-Vijve hidden");
    let book = part(&one, "xl/workbook.xml");
    assert!(book.contains("_xlnm.Print_Titles"), "the header row repeated: {book}");
    assert!(book.contains("name=\"Over dit werkboek\"") && book.contains("state=\"hidden\""), "{book}");
    let styles = part(&one, "xl/styles.xml");
    assert!(styles.contains("FFFFF2CC"), "the columns to fill in are yellow");
    assert!(part(&one, "docProps/custom.xml").contains("regie-meting"));
    let unknown = regie(
        &["template", path(&root.path().join("x.xlsx")), "--project", path(&project), "--gemeente", "Atlantis"],
        root.path(),
    );
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("'Atlantis' is geen gemeente van dit project"));
    let imported = regie(&["import", path(&one), "--project", path(&project)], root.path());
    assert_eq!(imported.status.code(), Some(0), "{}", String::from_utf8_lossy(&imported.stderr));
    let summary = String::from_utf8_lossy(&imported.stdout);
    assert!(
        summary.contains("Bevindingen: 0 antwoord(en) gewijzigd") && summary.contains("Relaties: relaties van 0"),
        "{summary}"
    );
}

#[test]
fn an_empty_sheet_is_refused() {
    let expected = "wb.xlsx!Bevindingen!A1: het blad is leeg; verwacht de kopregel Gemeente, Indicator, Vraag";
    assert_refused(Vec::clear, None, expected);
}

#[test]
fn an_import_while_the_app_holds_the_workspace_is_refused() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (project, workbook) = project_and_template(root.path());
    let own = regie::workspace::replica::dir(&project.join("workspace"), "anne");
    let held = regie::workspace::lock::acquire(&own).unwrap_or_else(|e| panic!("{e}"));
    let before = snapshot(&project.join("workspace"));
    let output = regie(&["import", path(&workbook), "--project", path(&project), "--replica", "anne"], root.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("open in een andere regie"));
    assert_eq!(snapshot(&project.join("workspace")), before);
    drop(held);
}

/// A journal whose last line a crash cut short: the import keeps the original beside it,
/// cuts the journal back to its complete lines and appends after them, so the import loads.
#[test]
fn an_import_after_a_torn_journal_line_keeps_it_and_loads() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (project, workbook) = project_and_template(root.path());
    let journal = project.join("workspace/workspace.journal");
    let mut torn = std::fs::read(&journal).unwrap_or_default();
    torn.extend_from_slice(b"Delta(seq: 1, actions: [FollowUp(id: 7, text: \"hal");
    std::fs::write(&journal, &torn).unwrap_or_else(|e| panic!("{e}"));
    let mut rows = read_findings(&workbook);
    let ardooie = row_of(&rows, "Ardooie", "1.1.1a");
    set(&mut rows, ardooie, 4, "ja");
    let filled = root.path().join("ingevuld.xlsx");
    write_findings(&filled, &rows);
    let imported = regie(&["import", path(&filled), "--project", path(&project)], root.path());
    assert_eq!(imported.status.code(), Some(0), "{}", String::from_utf8_lossy(&imported.stderr));
    assert!(String::from_utf8_lossy(&imported.stderr).contains("origineel: workspace.journal.beschadigd-"));
    let copies: Vec<PathBuf> = std::fs::read_dir(project.join("workspace"))
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().contains("beschadigd"))
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(std::fs::read(&copies[0]).unwrap_or_default(), torn, "the original kept byte for byte");
    let check = regie(&["check", path(&project)], root.path());
    assert_eq!(check.status.code(), Some(0), "{}", String::from_utf8_lossy(&check.stderr));
    let counts = String::from_utf8_lossy(&check.stdout);
    assert!(counts.lines().any(|l| l.starts_with("1.1.1a  ") && l.ends_with("  1/3")), "{counts}");
}
