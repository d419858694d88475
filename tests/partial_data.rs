//! Partial data is valid: a missing finding is `onbekend`, a missing classification takes
//! its defaults, a missing role split stays unfilled, and every screen keeps working.

use std::path::Path;

use regie::dataset::{Source, load};
use regie::domain::{Besturen, Klasse, Verdict};

/// The mini dataset with the given tables replaced by an empty list.
fn mini_without(tables: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mini = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    for entry in std::fs::read_dir(mini).into_iter().flatten().flatten() {
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap_or_else(|e| panic!("{e}"));
    }
    for table in tables {
        std::fs::write(dir.path().join(table), "[]\n").unwrap_or_else(|e| panic!("{e}"));
    }
    dir
}

#[test]
fn a_dataset_without_findings_classifications_or_role_splits_loads_as_onbekend() {
    let dir = mini_without(&["findings.ron", "classifications.ron", "role_splits.ron"]);
    let dataset = load(&Source::Directory(dir.path().to_path_buf())).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(dataset.findings().len(), 2 * 2, "one onbekend finding per municipality × indicator");
    for m in 0..2 {
        for i in 0..2 {
            assert_eq!(dataset.verdict(m, i), Verdict::Onbekend);
            let cell = dataset.cell_findings(m, i);
            assert_eq!(cell.len(), 1);
            assert_eq!(dataset.findings()[cell[0]].bestuur, Besturen::Beide);
        }
        assert!(dataset.role_split(m).is_none());
        let classification = dataset.classification(m).unwrap_or_else(|| panic!("no default classification"));
        assert!(classification.lde_erkenning.is_none() && !classification.bewust_geen_actor);
        assert!(!classification.visie && !classification.slagkracht);
    }
    // WerkPunt is Kortrijk's eigen actor in the mini actors: the class stays derived.
    assert_eq!(dataset.klasse(1), Some(Klasse::Indirect));
}

#[test]
fn check_accepts_a_partial_dataset_and_counts_nothing_as_ja() {
    let dir = mini_without(&["findings.ron", "role_splits.ron"]);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_regie"))
        .arg("check")
        .arg(dir.path())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.lines().any(|l| l.starts_with("1.1.1a  ") && l.ends_with("  0/2")), "{stdout}");
}
