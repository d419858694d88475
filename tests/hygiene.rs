//! Output hygiene: whatever text a dataset or a workspace holds (control characters, C1,
//! bidirectional controls, formula prefixes, any Unicode), no command-line output and no
//! export passes a control character or a bidirectional control on, and no CSV cell starts
//! with a formula prefix.
// Harness code outside #[test] functions: a failed set-up stops the run with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};
use std::sync::Arc;

use jiff::civil::date;
use proptest::prelude::*;
use regie::dataset::{Source, load};
use regie::domain::Workspace;
use regie::domain::{Dataset, FollowUp, FollowUpStatus, Link, Meeting, Owner};
use regie::export::{Format, Subject, minutes_of};
use regie::keymap::KeymapFile;
use regie::workspace::store;

/// The bidirectional controls: embeddings, overrides, isolates and marks.
const BIDI: [char; 12] = [
    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
    '\u{200E}', '\u{200F}', '\u{061C}',
];

/// What a spreadsheet reads as the start of a formula (OWASP).
const FORMULA: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a character may not appear in any output (newline aside).
fn forbidden(c: char) -> bool {
    (c < ' ' && c != '\n') || ('\u{7f}'..='\u{9f}').contains(&c) || BIDI.contains(&c)
}

/// Fails when an output holds a forbidden byte or character.
fn assert_clean(what: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let text = String::from_utf8_lossy(bytes);
    let bad = text.chars().find(|&c| forbidden(c));
    prop_assert!(bad.is_none(), "{what}: U+{:04X} in {text:?}", bad.map_or(0, u32::from));
    Ok(())
}

/// Fails when a CSV output is unclean, or a cell starts with a formula prefix.
fn assert_clean_csv(what: &str, csv: &str, rows: usize) -> Result<(), TestCaseError> {
    assert_clean(what, csv.as_bytes())?;
    let body = csv.strip_prefix('\u{FEFF}').ok_or_else(|| TestCaseError::fail(format!("{what}: no BOM")))?;
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(body.as_bytes());
    let records: Vec<csv::StringRecord> =
        reader.records().collect::<Result<_, _>>().map_err(|e| TestCaseError::fail(format!("{what}: {e}")))?;
    prop_assert_eq!(records.len(), rows, "{}: {}", what, csv);
    for cell in records.iter().flatten() {
        prop_assert!(!cell.starts_with(FORMULA), "{what}: cell {cell:?}");
    }
    Ok(())
}

/// The texts a hostile world puts into a dataset and a workspace.
#[derive(Debug, Clone)]
struct Texts {
    id: String,
    name: String,
    label: String,
    note: String,
    actor: String,
    action: String,
    owner: String,
    title: String,
}

/// One character: mostly the dangerous kinds, sometimes anything.
fn hostile_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::char::range('\0', '\u{1f}'),
        Just('\u{7f}'),
        prop::char::range('\u{80}', '\u{9f}'),
        prop::sample::select(BIDI.to_vec()),
        prop::sample::select(FORMULA.to_vec()),
        any::<char>(),
        prop::char::range('a', 'z'),
    ]
}

/// A text of such characters, often starting with a formula prefix.
fn hostile_text() -> impl Strategy<Value = String> {
    let prefix = prop::option::of(prop::sample::select(vec!["=", "+", "-", "@", "\t", "\r", " =", "\x1b]0;x\x07"]));
    (prefix, prop::collection::vec(hostile_char(), 1..10))
        .prop_map(|(prefix, chars)| format!("{}{}", prefix.unwrap_or_default(), String::from_iter(chars)))
}

fn texts() -> impl Strategy<Value = Texts> {
    let eight = [(); 8].map(|()| hostile_text());
    eight.prop_map(|[id, name, label, note, actor, action, owner, title]| Texts {
        id,
        name,
        label,
        note,
        actor,
        action,
        owner,
        title,
    })
}

/// A RON string literal.
fn ron(text: &str) -> String {
    ron::to_string(text).unwrap_or_default()
}

/// The mini dataset with the texts in its names, labels, notes and ids; `broken` also
/// points a finding at a municipality that does not exist, named by the texts.
fn dataset_dir(texts: &Texts, broken: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mini = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    let replacements = [
        ("\"anzegem\"".to_string(), ron(&texts.id)),
        ("\"Anzegem\"".to_string(), ron(&texts.name)),
        ("label: \"Tewerkstelling\"".to_string(), format!("label: {}", ron(&texts.label))),
        ("short: \"Overzicht\"".to_string(), format!("short: {}", ron(&texts.label))),
        ("note: \"ja\"".to_string(), format!("note: {}", ron(&texts.note))),
        ("\"werkpunt\"".to_string(), ron(&texts.actor)),
        ("\"WerkPunt\"".to_string(), ron(&texts.name)),
        ("scope: Lokaal".to_string(), "scope: Regionaal".to_string()),
        ("title: \"Mini\"".to_string(), format!("title: {}", ron(&texts.title))),
        ("note: \"Kleine dataset voor tests.\"".to_string(), format!("note: {}", ron(&texts.note))),
    ];
    for entry in std::fs::read_dir(mini).into_iter().flatten().flatten() {
        let mut text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for (from, to) in &replacements {
            text = text.replace(from, to);
        }
        if broken && entry.file_name() == "findings.ron" {
            text = text.replacen("\"kortrijk\"", &ron(&format!("x{}", texts.owner)), 1);
        }
        std::fs::write(dir.path().join(entry.file_name()), text).unwrap();
    }
    dir
}

/// A meeting and two actions carrying the texts, linked to the dataset's ids and to ids it
/// does not have.
fn workspace(texts: &Texts) -> Workspace {
    let meeting = Meeting {
        id: 1,
        date: date(2026, 11, 24),
        title: texts.title.clone(),
        attendees: vec![texts.owner.clone(), texts.name.clone()],
        excused: Vec::new(),
        ended: true,
        measurement: None,
    };
    let action = |id, text: &str, owner, links| {
        Arc::new(FollowUp {
            id,
            text: text.to_string(),
            links,
            owner: Some(owner),
            due: Some(date(2026, 12, 15)),
            status: FollowUpStatus::Open,
            meeting: Some(1),
        })
    };
    let known = vec![
        Link::Municipality(texts.id.clone()),
        Link::Cell { municipality: texts.id.clone(), component: 1 },
        Link::Actor(texts.actor.clone()),
    ];
    let unknown = vec![
        Link::Municipality(texts.title.clone()),
        Link::Finding { municipality: texts.id.clone(), indicator: texts.label.clone() },
        Link::Actor(texts.note.clone()),
    ];
    Workspace {
        meetings: vec![meeting],
        follow_ups: vec![
            action(1, &texts.action, Owner::Tekst(texts.owner.clone()), known),
            action(2, &texts.note, Owner::Actor(texts.actor.clone()), unknown),
        ],
        ..Workspace::default()
    }
}

/// The workspace with every reference known, as the binary requires (unknown references
/// are refused when a workspace is opened).
fn valid_workspace(texts: &Texts) -> Workspace {
    let mut workspace = workspace(texts);
    let links = workspace.follow_ups[0].links.clone();
    Arc::make_mut(&mut workspace.follow_ups[1]).links = links;
    workspace
}

/// `regie check` in-process, as text and as JSON: stdout and stderr both clean.
fn check_is_clean(dir: &Path) -> Result<(), TestCaseError> {
    for json in [false, true] {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        regie::check::run(&Source::Directory(dir.to_path_buf()), json, &mut out, &mut err);
        assert_clean("check stdout", &out)?;
        assert_clean("check stderr", &err)?;
        if json {
            let parsed = serde_json::from_slice::<serde_json::Value>(&out);
            prop_assert!(parsed.is_ok(), "check --json: {}", String::from_utf8_lossy(&out));
            // Escapes like \u001b are clean bytes; what a reader decodes must be clean too.
            let strings = parsed.map(|value| strings_of(&value)).unwrap_or_default();
            assert_clean("check --json decoded", strings.as_bytes())?;
        }
    }
    Ok(())
}

/// Every string in a JSON value, one per line.
fn strings_of(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => format!("{text}\n"),
        serde_json::Value::Array(items) => items.iter().map(strings_of).collect(),
        serde_json::Value::Object(map) => map.values().map(strings_of).collect(),
        _ => String::new(),
    }
}

/// The minutes (Markdown and the DOCX's text), the CSV and the HTML report of the workspace
/// over a dataset: clean, no formula cells, no script.
fn exports_are_clean(dataset: &Dataset, workspace: &Workspace) -> Result<(), TestCaseError> {
    let subject = |meeting| Subject {
        dataset,
        workspace,
        meeting,
        today: date(2026, 11, 27),
        exported: jiff::Timestamp::UNIX_EPOCH,
    };
    let fail = |e: String| TestCaseError::fail(e);
    let bytes = Format::MinutesMd.render(&subject(Some(1))).map_err(fail)?.unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes);
    prop_assert!(text.starts_with("# Notulen"), "{text}");
    assert_clean("minutes", text.as_bytes())?;
    let csv = Format::FollowUpsCsv.render(&subject(None)).map_err(fail)?.unwrap_or_default();
    assert_clean_csv("actions csv", &String::from_utf8_lossy(&csv), workspace.follow_ups.len())?;
    if let Some(document) = minutes_of(&subject(Some(1))) {
        assert_clean("minutes docx text", document.texts().join("\n").as_bytes())?;
    }
    let html = Format::ReportHtml.render(&subject(None)).map_err(fail)?.unwrap_or_default();
    assert_clean("report html", &html)?;
    prop_assert!(!String::from_utf8_lossy(&html).to_lowercase().contains("<script"), "a script in the report");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_output_passes_control_characters_or_formulas_on(texts in texts()) {
        let good = dataset_dir(&texts, false);
        check_is_clean(good.path())?;
        let broken = dataset_dir(&texts, true);
        check_is_clean(broken.path())?;
        let workspace = workspace(&texts);
        let dataset = load(&Source::Directory(good.path().to_path_buf()));
        let mini = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
        let dataset = dataset.or_else(|_| load(&Source::Directory(mini))).map_err(|p| TestCaseError::fail(format!("{p:?}")))?;
        exports_are_clean(&dataset, &workspace)?;
    }

    #[test]
    fn keymap_problems_quoting_keys_are_clean(key in hostile_text(), action in hostile_text()) {
        let text = format!("(\n  global: {{ {}: quit }},\n  matrix: {{ \"x\": {action} }},\n)", ron(&key));
        if let Err(problems) = KeymapFile::parse("mijn\u{202E}.ron", text.as_bytes()) {
            let shown: String = problems.iter().map(|p| format!("{p}\n")).collect();
            assert_clean("keymap problems", shown.as_bytes())?;
        }
    }
}

/// Texts of every kind at once, for the runs of the real binary.
fn fixed_texts() -> Texts {
    Texts {
        id: "anz\x1b]0;pwned\x07".into(),
        name: "Anzegem\u{202E}lanretni\u{202C}\u{9b}31m".into(),
        label: "=HYPERLINK(\"http://x\",\"klik\")".into(),
        note: "-2+3\r\n\tnoot\u{7f}\u{2066}".into(),
        actor: "@actor\u{200F}".into(),
        action: "+1\x1b[2J".into(),
        owner: "=1+1".into(),
        title: "=cmd|' /C calc'!A0".into(),
    }
}

fn regie(args: &[&str], data: &Path, workspace: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_regie"))
        .args(args)
        .arg("--data")
        .arg(data)
        .arg("--workspace")
        .arg(workspace)
        .env("REGIE_CONFIG_DIR", workspace)
        .output()
        .unwrap()
}

fn clean_output(what: &str, output: &Output) {
    for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        assert_clean(&format!("{what} {stream}"), bytes).unwrap();
    }
}

#[test]
fn the_fixed_hostile_dataset_loads_with_its_texts() {
    let texts = fixed_texts();
    let dir = dataset_dir(&texts, false);
    let dataset = load(&Source::Directory(dir.path().to_path_buf())).unwrap();
    assert_eq!(dataset.municipalities().first().map(|m| m.name.as_str()), Some(texts.name.as_str()));
    assert!(dataset.municipality(&texts.id).is_some());
    assert!(dataset.actors().iter().any(|a| a.id == texts.actor));
}

#[test]
fn the_binary_writes_only_clean_output() {
    let texts = fixed_texts();
    let (good, broken) = (dataset_dir(&texts, false), dataset_dir(&texts, true));
    let workspace_dir = tempfile::tempdir().unwrap();
    store::save(workspace_dir.path(), &valid_workspace(&texts)).unwrap();
    let check = regie(&["check"], good.path(), workspace_dir.path());
    assert_eq!(check.status.code(), Some(0), "{}", String::from_utf8_lossy(&check.stderr));
    assert!(
        String::from_utf8_lossy(&check.stdout).contains(
            "actor.@actor\u{FFFD}  Anzegem\u{FFFD}lanretni\u{FFFD}\u{FFFD}31m: gemeenten met een relatie  2/2"
        )
    );
    clean_output("check", &check);
    clean_output("check --json", &regie(&["check", "--json"], good.path(), workspace_dir.path()));
    let refused = regie(&[], broken.path(), workspace_dir.path());
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("onbekende gemeente 'x=1+1'"));
    // The app's stdout is the terminal it takes over; its refusal goes to stderr.
    assert_clean("--data stderr", &refused.stderr).unwrap();
    let minutes = regie(&["export", "minutes"], good.path(), workspace_dir.path());
    assert!(minutes.status.success(), "{}", String::from_utf8_lossy(&minutes.stderr));
    clean_output("export minutes", &minutes);
    let csv = regie(&["export", "actions", "--csv"], good.path(), workspace_dir.path());
    assert!(csv.status.success(), "{}", String::from_utf8_lossy(&csv.stderr));
    clean_output("export actions", &csv);
    assert_clean_csv("export actions", &String::from_utf8_lossy(&csv.stdout), 2).unwrap();
}
