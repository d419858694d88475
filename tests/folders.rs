//! A facilitator's own folders, as Windows names them (a space, a dash, an accent, OneDrive's
//! folder name): `new`, `check`, `template`, `import` of a filled-in workbook, the DOCX minutes
//! and the HTML report all work on a project there. Runs in the Windows suite too (under wine).
// Harness code outside #[test] functions: a failed set-up stops the run with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::sheets::{read_findings, write_findings};
use regie::domain::Meeting;
use regie::workspace::store;

/// `regie ARGS…` with the exports (when no file is named) in `exports`; stops on a failure.
fn regie(args: &[&std::ffi::OsStr], exports: &Path) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_regie"))
        .args(args)
        .env("REGIE_EXPORT_DIR", exports)
        .env("REGIE_CONFIG_DIR", exports)
        .output()
        .expect("regie runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "regie {args:?}: {stderr}");
    output
}

#[test]
fn a_project_in_a_folder_with_spaces_and_accents_takes_every_command() {
    let root = tempfile::tempdir().unwrap();
    let documents = root.path().join("Sofie Vandenbroucke").join("OneDrive - Stad Kortrijk").join("Documenten");
    let project = documents.join("é regio");
    let exports = documents.join("regie");
    std::fs::create_dir_all(&exports).unwrap();
    let p = project.as_os_str();
    let os = |s: &'static str| std::ffi::OsStr::new(s);

    let made = regie(&[os("new"), p, os("--municipalities"), os("Ardooie;Hooglede;Izegem")], &exports);
    let said = String::from_utf8_lossy(&made.stdout);
    assert!(said.contains(&format!("regie --project \"{}\"", project.display())), "{said}");
    let checked = regie(&[os("check"), p], &exports);
    assert!(String::from_utf8_lossy(&checked.stdout).contains("0/3"), "{}", String::from_utf8_lossy(&checked.stdout));

    let book = documents.join("werkboek é.xlsx");
    regie(&[os("template"), book.as_os_str(), os("--project"), p], &exports);
    let mut rows = read_findings(&book);
    let column = |name: &str| rows[0].iter().position(|c| c == name).expect("a column");
    let (indicator, verdict) = (column("Indicator"), column("Oordeel"));
    for row in rows.iter_mut().filter(|row| row[indicator] == "1.1.1a") {
        row[verdict] = "ja".to_string();
    }
    let filled = documents.join("werkboek é ingevuld.xlsx");
    write_findings(&filled, &rows);
    let imported = regie(&[os("import"), filled.as_os_str(), os("--project"), p], &exports);
    let said = String::from_utf8_lossy(&imported.stdout);
    assert!(said.contains("Bevindingen: 3 antwoord(en) gewijzigd"), "{said}");
    let checked = regie(&[os("check"), p], &exports);
    assert!(String::from_utf8_lossy(&checked.stdout).contains("3/3"), "{}", String::from_utf8_lossy(&checked.stdout));

    // A meeting to take minutes of (the app starts one; here it is written as the app would).
    let workspace = project.join("workspace");
    let mut state = store::load(&workspace).unwrap_or_else(|p| panic!("{p}"));
    state.meetings.push(Meeting {
        id: 1,
        date: jiff::civil::date(2026, 11, 24),
        title: "Stuurgroep in Kortrijk".into(),
        attendees: vec!["Sofie Vandenbroucke".into()],
        excused: vec![],
        ended: true,
        measurement: None,
    });
    store::save(&workspace, &state).unwrap_or_else(|e| panic!("{e}"));
    let minutes = documents.join("notulen é.docx");
    regie(
        &[
            os("export"),
            os("minutes"),
            os("--format"),
            os("docx"),
            os("--out"),
            minutes.as_os_str(),
            os("--project"),
            p,
        ],
        &exports,
    );
    assert!(std::fs::read(&minutes).unwrap().starts_with(b"PK"));
    let report = documents.join("rapport é.html");
    regie(&[os("export"), os("report"), os("--html"), report.as_os_str(), os("--project"), p], &exports);
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("Izegem") && html.contains("</html>"), "{}", &html[..html.len().min(400)]);
}
