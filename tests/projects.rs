//! `regie new`, `regie --project` and `regie check` on a project: a fresh project has every
//! answer onbekend, counts include the workspace's edits, a workspace of another dataset is
//! refused and left alone.

mod common;

use std::path::Path;
use std::process::Output;

use regie::domain::{Besturen, FindingEdit, FindingFields, Verdict};
use regie::workspace::store;

use common::{regie_binary as regie, utf8 as path};

fn new_project(root: &Path, name: &str, names: &str) -> std::path::PathBuf {
    let dir = root.join(name);
    let output = regie(&["new", path(&dir), "--municipalities", names], root);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    dir
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_new_project_has_the_questionnaire_and_every_answer_onbekend() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = new_project(root.path(), "west", "Ardooie;Hooglede;Sint-Éloois-Vijve");
    let municipalities = std::fs::read_to_string(dir.join("municipalities.ron")).unwrap_or_default();
    assert!(
        municipalities.contains("(id: \"sint-eloois-vijve\", name: \"Sint-Éloois-Vijve\", besturen: [Gemeente, Ocmw]"),
        "{municipalities}"
    );
    assert_eq!(municipalities.lines().filter(|l| l.contains("Municipality(")).count(), 3, "one per line");
    let check = regie(&["check", path(&dir)], root.path());
    assert_eq!(check.status.code(), Some(0), "{}", String::from_utf8_lossy(&check.stderr));
    let text = stdout(&check);
    let indicators: Vec<&str> = text.lines().filter(|l| l.as_bytes()[0].is_ascii_digit()).collect();
    assert_eq!(indicators.len(), 87, "every sub-question of appendix 2: {text}");
    assert!(indicators.iter().all(|l| l.ends_with("  0/3")), "{text}");
    // The 35 indicators the report counts first, the 52 it gives no count for under their own heading.
    let (counted, rest) = text.split_once("# Geen tellingen van het rapport").unwrap_or((&text, ""));
    let indicator_lines = |part: &str| part.lines().filter(|l| l.as_bytes()[0].is_ascii_digit()).count();
    assert_eq!((indicator_lines(counted), indicator_lines(rest)), (35, 52), "{text}");
    let workspace = store::load(&dir.join("workspace")).unwrap_or_else(|p| panic!("{p}"));
    assert!(workspace.dataset.is_some_and(|id| !id.is_empty()));
}

#[test]
fn new_refuses_a_directory_that_is_not_empty_and_changes_nothing() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = root.path().join("bezet");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("notities.txt"), "van mij").unwrap_or_else(|e| panic!("{e}"));
    let output = regie(&["new", path(&dir), "--municipalities", "A;B"], root.path());
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(":1:1: bestaat al en is niet leeg"), "{stderr}");
    assert_eq!(std::fs::read_dir(&dir).map(Iterator::count).unwrap_or_default(), 1);
}

#[test]
fn a_project_from_the_sample_counts_like_the_sample() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = root.path().join("kopie");
    let output = regie(&["new", path(&dir), "--from-sample"], root.path());
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let check = stdout(&regie(&["check", path(&dir)], root.path()));
    assert_eq!(check, stdout(&regie(&["check"], root.path())));
}

#[test]
fn check_on_a_project_counts_the_workspace_edits() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = new_project(root.path(), "west", "Ardooie;Hooglede");
    let workspace_dir = dir.join("workspace");
    let mut workspace = store::load(&workspace_dir).unwrap_or_else(|p| panic!("{p}"));
    let fields = FindingFields { verdict: Verdict::Ja, note: "ja".into(), bestuur: Besturen::Beide, source: None };
    let (municipality, indicator) = ("hooglede".into(), "1.1.1a".into());
    let edit = FindingEdit {
        municipality,
        indicator,
        original: Besturen::Beide,
        fields,
        meeting: None,
        was: None,
        measurement: None,
    };
    workspace.finding_edits.push(edit);
    store::save(&workspace_dir, &workspace).unwrap_or_else(|e| panic!("{e}"));
    let check = stdout(&regie(&["check", path(&dir)], root.path()));
    assert!(check.lines().any(|l| l.starts_with("1.1.1a  ") && l.ends_with("  1/2")), "{check}");
}

#[test]
fn a_workspace_of_another_dataset_is_refused_and_left_alone() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let one = new_project(root.path(), "een", "Ardooie;Hooglede");
    let two = new_project(root.path(), "twee", "Ardooie;Hooglede");
    let theirs = one.join("workspace/workspace.ron");
    let ours = two.join("workspace/workspace.ron");
    std::fs::copy(&theirs, &ours).unwrap_or_else(|e| panic!("{e}"));
    let before = std::fs::read(&ours).unwrap_or_default();
    for args in
        [vec!["check", path(&two)], vec!["--project", path(&two)], vec!["--workspace", path(&two.join("workspace"))]]
    {
        let output = regie(&args, root.path());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("workspace.ron:1:1: deze werkmap hoort bij dataset"), "{args:?}: {stderr}");
        assert_eq!(std::fs::read(&ours).unwrap_or_default(), before);
    }
}
