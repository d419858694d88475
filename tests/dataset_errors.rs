//! Broken dataset files give `file:line:column: message` and exit code 2; random bytes never
//! make the loader panic.
// Harness code outside #[test] functions: a failed set-up stops the run with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use proptest::prelude::*;
use regie::dataset::{Source, TableFile, load, load_files, shipped};
use regie::domain::Table;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(name)
}

/// The mini dataset with a case's files laid over it (`X.absent` removes `X`).
fn broken_dataset(case: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(fixture("fixtures/mini")).into_iter().flatten().flatten() {
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    for entry in std::fs::read_dir(case).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(removed) = name.strip_suffix(".absent") {
            std::fs::remove_file(dir.path().join(removed)).unwrap();
        } else if name.ends_with(".ron") {
            std::fs::copy(entry.path(), dir.path().join(&name)).unwrap();
        }
    }
    dir
}

#[test]
fn the_mini_fixture_is_valid() {
    let dataset = load(&Source::Directory(fixture("fixtures/mini")));
    assert!(dataset.is_ok(), "{:?}", dataset.err());
}

#[test]
fn every_broken_case_reports_its_positions_and_exits_2() {
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(fixture("broken")).into_iter().flatten().flatten().map(|e| e.path()).collect();
    cases.sort();
    assert!(cases.len() >= 10, "{cases:?}");
    for case in cases {
        let dir = broken_dataset(&case);
        let output = Command::new(env!("CARGO_BIN_EXE_regie")).arg("check").arg(dir.path()).output().unwrap();
        let prefix = format!("{}{}", dir.path().display(), std::path::MAIN_SEPARATOR);
        let stderr = String::from_utf8_lossy(&output.stderr).replace(&prefix, "DIR/");
        let expected = std::fs::read_to_string(case.join("expected.txt")).unwrap_or_default();
        assert_eq!(stderr, expected, "case {}", case.display());
        assert_eq!(output.status.code(), Some(2), "case {}", case.display());
        assert!(output.stdout.is_empty(), "case {}", case.display());
    }
}

/// Gives every `.ron` file of a directory CRLF line ends, as Notepad or git's `autocrlf` do.
fn to_crlf(dir: &Path) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if entry.path().extension().is_some_and(|e| e == "ron") {
            let bytes = std::fs::read(entry.path()).unwrap();
            let mut crlf = Vec::with_capacity(bytes.len() * 2);
            for byte in bytes {
                if byte == b'\n' {
                    crlf.push(b'\r');
                }
                crlf.push(byte);
            }
            std::fs::write(entry.path(), crlf).unwrap();
        }
    }
}

/// Every problem of a dataset directory as `file:line:column: message`, the file by name only.
fn problems_in(dir: &Path) -> Vec<String> {
    let problems = load(&Source::Directory(dir.to_path_buf())).err().unwrap_or_default();
    let prefix = format!("{}{}", dir.display(), std::path::MAIN_SEPARATOR);
    problems.iter().map(|p| p.to_string().replace(&prefix, "")).collect()
}

#[test]
fn a_dataset_with_crlf_line_ends_and_a_byte_order_mark_loads_as_the_same_dataset() {
    let dir = broken_dataset(&fixture("fixtures/mini"));
    let findings = dir.path().join("findings.ron");
    let text =
        std::fs::read_to_string(&findings).unwrap().replacen("note: \"ja\"", "note: \"ja,\nover twee regels\"", 1);
    std::fs::write(&findings, text).unwrap();
    let lf = load(&Source::Directory(dir.path().to_path_buf()));
    to_crlf(dir.path());
    // Notepad's byte order mark too.
    let text = std::fs::read(&findings).unwrap();
    std::fs::write(&findings, [b"\xEF\xBB\xBF".as_slice(), &text].concat()).unwrap();
    let crlf = load(&Source::Directory(dir.path().to_path_buf()));
    assert!(crlf.is_ok(), "{:?}", crlf.as_ref().err());
    assert_eq!(format!("{crlf:?}"), format!("{lf:?}"));
}

#[test]
fn every_broken_case_with_crlf_line_ends_reports_the_same_lines_and_columns() {
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(fixture("broken")).into_iter().flatten().flatten().map(|e| e.path()).collect();
    cases.sort();
    for case in cases {
        let dir = broken_dataset(&case);
        let lf = problems_in(dir.path());
        assert!(!lf.is_empty(), "case {}", case.display());
        to_crlf(dir.path());
        assert_eq!(problems_in(dir.path()), lf, "case {}", case.display());
    }
}

#[test]
fn a_missing_or_empty_directory_is_a_clear_message() {
    let empty = tempfile::tempdir().unwrap();
    let problems = load(&Source::Directory(empty.path().to_path_buf())).err().unwrap_or_default();
    assert_eq!(problems.len(), Table::ALL.len());
    assert!(problems.iter().all(|p| p.message == "bestand ontbreekt" && p.line == 1));
    let missing = load(&Source::Directory(empty.path().join("nergens"))).err().unwrap_or_default();
    assert_eq!(missing.len(), 1);
    assert!(missing[0].to_string().ends_with("nergens:1:1: map bestaat niet"), "{}", missing[0]);
}

#[test]
fn the_app_refuses_to_start_on_a_broken_dataset_and_leaves_the_file_alone() {
    let dir = broken_dataset(&fixture("broken/unknown_references"));
    let path = dir.path().join("findings.ron");
    let before = std::fs::read(&path).unwrap_or_default();
    let output = Command::new(env!("CARGO_BIN_EXE_regie"))
        .arg("--data")
        .arg(dir.path())
        .arg("--workspace")
        .arg(dir.path())
        .env("REGIE_CONFIG_DIR", dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("findings.ron:3:38: onbekende indicator '9.9.9z'"));
    assert_eq!(std::fs::read(&path).unwrap_or_default(), before);
}

#[test]
fn check_prints_one_line_per_indicator_and_count() {
    let output = Command::new(env!("CARGO_BIN_EXE_regie")).arg("check").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    // The provenance and the headings come first, as `# ` lines; the counts follow.
    assert!(stdout.lines().next().unwrap_or_default().starts_with("# Regie van sociale economie"), "{stdout}");
    assert!(stdout.lines().any(|l| l.starts_with("# ⚠ Voorbeeld: verdeling over de gemeenten verzonnen")), "{stdout}");
    let counts: Vec<&str> = stdout.lines().filter(|l| !l.starts_with("# ")).collect();
    let first = counts.first().copied().unwrap_or_default();
    assert!(first.starts_with("1.1.1a  SE betekent tewerkstelling") && first.ends_with("  13/13"), "{first}");
    assert!(counts.iter().any(|l| l.starts_with("klasse.direct  ") && l.ends_with("  5/13")));
    let json =
        Command::new(env!("CARGO_BIN_EXE_regie")).args(["check", "--json"]).output().unwrap_or_else(|e| panic!("{e}"));
    let parsed: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap_or_default();
    let lines = parsed.as_array().map_or(0, Vec::len);
    assert_eq!(lines, counts.len());
}

fn with_table(table: Table, bytes: Vec<u8>) -> Vec<TableFile> {
    Table::ALL
        .iter()
        .map(|&t| if t == table { TableFile { table, path: "x.ron".into(), bytes: bytes.clone() } } else { shipped(t) })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_bytes_never_panic(table in 0..Table::ALL.len(), bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let result = load_files(with_table(Table::ALL[table], bytes));
        if let Err(problems) = result {
            prop_assert!(problems.iter().all(|p| p.line >= 1 && p.column >= 1));
        }
    }

    #[test]
    fn mangled_shipped_files_never_panic(table in 0..Table::ALL.len(), cut in 0.0f64..1.0, junk in "[\\[\\](){}:,\"a-z0-9 ]{0,12}") {
        let original = shipped(Table::ALL[table]).bytes;
        let at = (original.len() as f64 * cut) as usize;
        let mut bytes = original[..at].to_vec();
        bytes.extend_from_slice(junk.as_bytes());
        bytes.extend_from_slice(&original[at..]);
        let _ = load_files(with_table(Table::ALL[table], bytes));
    }
}

#[test]
fn check_json_on_a_broken_dataset_prints_the_problems_as_json_and_exits_2() {
    let dir = broken_dataset(&fixture("broken/unknown_references"));
    let output = Command::new(env!("CARGO_BIN_EXE_regie")).args(["check", "--json"]).arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let parsed: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_default();
    let problems = parsed["problems"].as_array().cloned().unwrap_or_default();
    let text_lines = String::from_utf8_lossy(&output.stderr).lines().count();
    assert_eq!(problems.len(), text_lines, "{parsed}");
    let findings = problems.iter().find(|p| p["message"] == "onbekende indicator '9.9.9z'");
    let place = findings.map(|p| (p["file"].as_str().unwrap_or_default(), &p["line"], &p["column"]));
    assert!(
        place.is_some_and(|(file, line, column)| file.ends_with("findings.ron") && *line == 3 && *column == 38),
        "{parsed}"
    );
}
