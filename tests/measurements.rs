//! Measurements on the command line, tried as a facilitator would: a project from the
//! sample, a follow-up measurement, its workbook filled in with a few changed answers,
//! imported into that measurement, then `regie compare … --json` lists exactly those changes.

mod common;

use common::sheets::{read_findings, write_findings};
use common::{regie_binary as regie, utf8 as path};

fn ok(output: &std::process::Output) -> String {
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// `(municipality, indicator, before, after)` of every finding in the JSON, sorted.
fn changed(json: &serde_json::Value) -> Vec<(String, String, String, String)> {
    let text = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
    let mut list: Vec<_> = json["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("no findings in {json}"))
        .iter()
        .map(|f| (text(&f["municipality"]), text(&f["indicator"]), text(&f["before"]), text(&f["after"])))
        .collect();
    list.sort();
    list
}

#[test]
fn a_follow_up_measurement_filled_in_and_compared_lists_exactly_its_changes() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = root.path();
    let project = dir.join("zwvl");
    ok(&regie(&["new", path(&project), "--from-sample"], dir));
    let listed = ok(&regie(&["measurement", "list", "--project", path(&project)], dir));
    assert_eq!(listed, "nulmeting\tNulmeting 2010\t2010-03-31\n");
    let made = ok(&regie(&["measurement", "new", "Opvolging 2026", "--project", path(&project)], dir));
    assert!(made.starts_with("opvolging-2026: nieuwe meting \"Opvolging 2026\" (kopie van nulmeting)"), "{made}");
    let listed = ok(&regie(&["measurement", "list", "--project", path(&project)], dir));
    assert!(listed.lines().nth(1).is_some_and(|l| l.starts_with("opvolging-2026\tOpvolging 2026\t")), "{listed}");

    let untouched = ok(&regie(&["compare", "nulmeting", "opvolging-2026", "--project", path(&project), "--json"], dir));
    let untouched: serde_json::Value = serde_json::from_str(&untouched).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(changed(&untouched), [], "a copy shows no change");

    let template = dir.join("opvolging.xlsx");
    let args = ["template", path(&template), "--measurement", "opvolging-2026", "--project", path(&project)];
    ok(&regie(&args, dir));
    let mut rows = read_findings(&template);
    let first_answer = rows[2][4].clone();
    let mut expected = Vec::new();
    for row in [2, 60, 200, 450] {
        let before = rows[row][4].clone();
        let after = if before == "nee" { "ja" } else { "nee" };
        rows[row][4] = after.to_string();
        let municipality = regie::project::municipality_id(&rows[row][0]);
        expected.push((municipality, rows[row][1].clone(), before, after.to_string()));
    }
    expected.sort();
    let filled = dir.join("ingevuld.xlsx");
    write_findings(&filled, &rows);
    let args = ["import", path(&filled), "--measurement", "opvolging-2026", "--project", path(&project)];
    let imported = ok(&regie(&args, dir));
    assert!(imported.contains("4 antwoord(en) gewijzigd"), "{imported}");

    let args = ["compare", "nulmeting", "opvolging-2026", "--project", path(&project), "--json"];
    let json: serde_json::Value = serde_json::from_str(&ok(&regie(&args, dir))).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(changed(&json), expected);
    assert_eq!(json["cells"].as_array().map(Vec::len), Some(13 * 4));
    // The first measurement kept its answers: its own workbook still says what it said.
    let first = dir.join("nulmeting.xlsx");
    ok(&regie(&["template", path(&first), "--measurement", "nulmeting", "--project", path(&project)], dir));
    assert_eq!(read_findings(&first)[2][4], first_answer);
    let text = ok(&regie(&["compare", "nulmeting", "opvolging-2026", "--project", path(&project)], dir));
    assert!(text.contains("# Gewijzigde bevindingen: 4"), "{text}");
    // The report of the follow-up, with the changes since the nulmeting.
    let html = dir.join("rapport.html");
    let args = ["export", "report", "--measurement", "opvolging-2026", "--compare", "nulmeting", "--html", path(&html)];
    ok(&regie(&[&args[..], &["--project", path(&project)]].concat(), dir));
    let page = std::fs::read_to_string(&html).unwrap_or_else(|e| panic!("{e}"));
    assert!(page.contains("Meting: Opvolging 2026."), "the report names its measurement");
    assert!(page.contains("<h2>Veranderingen sinds Nulmeting 2010</h2>"));
    assert!(page.contains("<h3>Gewijzigde bevindingen (4)</h3>"));
    for (_, indicator, before, after) in &expected {
        assert!(page.contains(&format!("{indicator} ")), "{indicator}");
        assert!(page.contains(&format!(": {before} (")) && page.contains(&format!("→ {after} (")));
    }
}

#[test]
fn an_unknown_measurement_is_refused_with_the_ones_there_are() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let project = root.path().join("p");
    ok(&regie(&["new", path(&project), "--municipalities", "Ardooie;Hooglede"], root.path()));
    let listed = ok(&regie(&["measurement", "list", "--project", path(&project)], root.path()));
    assert!(listed.starts_with("nulmeting\tNulmeting\t"), "{listed}");
    let checked = regie(&["check", path(&project), "--measurement", "later"], root.path());
    assert_eq!(checked.status.code(), Some(2));
    let said = String::from_utf8_lossy(&checked.stderr);
    assert!(said.contains("onbekende meting 'later' (er zijn: nulmeting)"), "{said}");
    let made = ok(&regie(&["measurement", "new", "Ronde 2", "--empty", "--project", path(&project)], root.path()));
    assert!(made.contains("ronde-2"), "{made}");
    let again = regie(&["measurement", "new", "Ronde 2", "--project", path(&project)], root.path());
    assert_eq!(again.status.code(), Some(2), "never overwritten");
}
