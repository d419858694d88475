//! Never lose an action the screen reported saved: the real binary is killed with SIGKILL at
//! random moments while actions are recorded, and restarted. And never two writers.
//!
//! `REGIE_CRASH_KILLS=500 cargo test --test durability` runs a longer crash test.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;
use std::time::Duration;

use common::pty::Pty;
use regie::demo::Random;
use regie::domain::{ActionStatus, FollowUp, Link};
use regie::workspace::journal::{self, Delta};
use regie::workspace::{Workspace, store};

/// The number of open actions in the matrix footer ("Regio … 12"), if on screen.
fn open_total(screen: &str) -> Option<usize> {
    let footer = screen.lines().find(|l| l.contains("Regio"))?;
    footer.trim_end_matches(['│', ' ']).rsplit(' ').next()?.parse().ok()
}

fn kill_9(app: &Pty) {
    let pid = app.pid().unwrap_or_else(|| panic!("no pid")).to_string();
    let status = std::process::Command::new("kill").args(["-KILL", &pid]).status();
    assert!(status.is_ok_and(|s| s.success()));
}

#[test]
fn sigkill_at_random_moments_loses_no_saved_action() {
    let kills: usize = std::env::var("REGIE_CRASH_KILLS").ok().and_then(|v| v.parse().ok()).unwrap_or(50);
    let seed =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64) | 1;
    println!("seed {seed}");
    let mut random = Random(seed);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().to_string_lossy().into_owned();
    let mut typed = 0usize;
    let mut confirmed = 0usize;
    for round in 0..kills {
        let mut app = Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 100, 30);
        let start = app.wait_for("the matrix", |s| s.contains("Regio") && open_total(s).is_some());
        assert!(open_total(&start).unwrap_or(0) >= confirmed, "round {round}, seed {seed}:\n{start}");
        typed = typed.max(open_total(&start).unwrap_or(0));
        for _ in 0..=random.below(3) {
            typed += 1;
            app.send(&format!("aactie-{typed}\r"));
            std::thread::sleep(Duration::from_millis(random.below(15) as u64));
            let screen = app.screen();
            if screen.contains("✓ opgeslagen") && !screen.contains("Nieuwe actie") {
                confirmed = confirmed.max(open_total(&screen).unwrap_or(0));
            }
        }
        std::thread::sleep(Duration::from_millis(random.below(40) as u64));
        let last = app.screen();
        kill_9(&app);
        if last.contains("✓ opgeslagen") && !last.contains("Nieuwe actie") {
            confirmed = confirmed.max(open_total(&last).unwrap_or(0));
        }
        let _ = app.wait_exit();
        let workspace = store::load(dir.path()).unwrap_or_else(|p| panic!("round {round}, seed {seed}: {p}"));
        let texts: Vec<&str> = workspace.actions.iter().map(|a| a.text.as_str()).collect();
        assert!(texts.len() >= confirmed, "round {round}, seed {seed}: {} < {confirmed}", texts.len());
        for n in 1..=confirmed {
            assert!(texts.contains(&format!("actie-{n}").as_str()), "round {round}, seed {seed}: actie-{n} lost");
        }
        typed = texts.len();
    }
    println!("{kills} kills, {confirmed} actions confirmed saved on screen, {typed} in the workspace");
    assert!(confirmed > 0, "no save was ever confirmed on screen");
}

#[test]
fn a_second_instance_cannot_write() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().to_string_lossy().into_owned();
    let mut first = Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 100, 30);
    first.wait_for("the first matrix", |s| s.contains("Regio"));
    let mut second = Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 100, 30);
    second.wait_for("the read-only banner", |s| s.contains("ALLEEN LEZEN"));
    second.send("avan de tweede\r");
    second.wait_for("the refusal", |s| s.contains("alleen lezen: een andere regie"));
    first.send("avan de eerste\r");
    first.wait_for("the save", |s| s.contains("✓ opgeslagen") && open_total(s) == Some(1));
    second.send("q");
    first.send("q");
    assert_eq!(second.wait_exit(), 0);
    assert_eq!(first.wait_exit(), 0);
    let workspace = store::load(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    let texts: Vec<&str> = workspace.actions.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["van de eerste"]);
}

#[test]
fn a_stale_lock_from_a_killed_instance_does_not_lock_out() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().to_string_lossy().into_owned();
    let first = Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 100, 30);
    first.wait_for("the first matrix", |s| s.contains("Regio"));
    kill_9(&first);
    drop(first);
    let mut second = Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 100, 30);
    let screen = second.wait_for("the matrix", |s| s.contains("Regio"));
    assert!(!screen.contains("ALLEEN LEZEN"), "{screen}");
    second.send("q");
    assert_eq!(second.wait_exit(), 0);
}

#[test]
fn a_broken_workspace_stops_the_app_and_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let text = "Workspace(\n    actions: [\n        FollowUp(id: 1, text: \"x\", status: Opn),\n    ],\n)\n";
    std::fs::write(store::file(dir.path()), text).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().to_string_lossy().into_owned();
    let mut app = Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 100, 30);
    assert_eq!(app.wait_exit(), 2);
    let screen = app.wait_for("the message", |s| s.contains("workspace.ron:3:"));
    assert!(screen.contains("Opn"), "{screen}");
    assert_eq!(std::fs::read_to_string(store::file(dir.path())).unwrap_or_default(), text);
}

/// A workspace with actions 1..=n on Menen, holding the changes up to `seq`.
fn with_actions(n: u64, seq: u64) -> Workspace {
    let action = |id| {
        let links = vec![Link::Municipality("menen".into())];
        let status = ActionStatus::Open;
        Arc::new(FollowUp { id, text: format!("actie {id}"), links, owner: None, due: None, status, meeting: None })
    };
    Workspace { actions: (1..=n).map(action).collect(), next_id: n + 1, seq, ..Workspace::default() }
}

/// Appends the change from `n - 1` to `n` actions as journal line `seq`.
fn append(dir: &Path, n: u64, seq: u64) {
    let delta = Delta::between(&with_actions(n - 1, 0), &with_actions(n, 0), seq);
    journal::append(dir, &delta).unwrap_or_else(|e| panic!("{e}"));
}

/// Every file under a directory with its bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{e}")).flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(self::files(&path));
        } else {
            files.insert(path.clone(), std::fs::read(&path).unwrap_or_default());
        }
    }
    files
}

/// `regie export actions --csv` on a workspace.
fn export(dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_regie"))
        .args(["export", "actions", "--csv", "--workspace"])
        .arg(dir)
        .env("REGIE_CONFIG_DIR", dir)
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The app on a workspace, in a terminal wide enough for a whole message on one line.
fn app(dir: &Path) -> Pty {
    let path = dir.to_string_lossy().into_owned();
    Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 400, 30)
}

#[test]
fn a_torn_journal_line_is_reported_and_its_original_kept() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    store::save(dir.path(), &with_actions(1, 0)).unwrap_or_else(|e| panic!("{e}"));
    append(dir.path(), 2, 1);
    let mut text = std::fs::read(journal::file(dir.path())).unwrap_or_default();
    text.extend_from_slice(b"(seq:2,actions:[(id:3,text:\"acti");
    std::fs::write(journal::file(dir.path()), &text).unwrap_or_else(|e| panic!("{e}"));
    let before = files(dir.path());
    let output = export(dir.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("workspace.journal:2:1: waarschuwing: onvolledige laatste regel"), "{stderr}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("actie 2"));
    assert_eq!(files(dir.path()), before, "the commands change nothing");
    let mut app = app(dir.path());
    app.wait_for("the warning", |s| {
        s.contains(
            "workspace.journal:2: onvolledige laatste regel overgeslagen; origineel: workspace.journal.beschadigd-2",
        )
    });
    let copy = dir.path().join("workspace.journal.beschadigd-2");
    assert_eq!(std::fs::read(&copy).ok().as_ref(), Some(&text));
    app.send("ana de schade\r");
    app.wait_for("the save", |s| s.contains("✓ opgeslagen") && open_total(s) == Some(3));
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let workspace = store::load(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    let texts: Vec<&str> = workspace.actions.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["actie 1", "actie 2", "na de schade"]);
    assert_eq!(std::fs::read(&copy).ok(), Some(text));
}

#[test]
fn a_read_only_instance_reports_a_torn_line_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    store::save(dir.path(), &with_actions(1, 0)).unwrap_or_else(|e| panic!("{e}"));
    let mut first = app(dir.path());
    first.wait_for("the first matrix", |s| s.contains("Regio"));
    std::fs::write(journal::file(dir.path()), b"(seq:1,act").unwrap_or_else(|e| panic!("{e}"));
    let before = files(dir.path());
    let mut second = app(dir.path());
    second.wait_for("the warning", |s| {
        s.contains(
            "workspace.journal:1: onvolledige laatste regel (een afgebroken schrijfactie) overgeslagen; \
                    het journaal is niet gewijzigd",
        ) && s.contains("alleen lezen")
    });
    second.send("q");
    assert_eq!(second.wait_exit(), 0);
    assert_eq!(files(dir.path()), before);
    first.send("q");
    assert_eq!(first.wait_exit(), 0);
}

#[test]
fn a_missing_snapshot_stops_the_app_and_the_commands_naming_the_backup() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for _ in 0..2 {
        store::save(dir.path(), &with_actions(3, 5)).unwrap_or_else(|e| panic!("{e}"));
    }
    append(dir.path(), 4, 6);
    std::fs::remove_file(store::file(dir.path())).unwrap_or_else(|e| panic!("{e}"));
    let before = files(dir.path());
    let output = export(dir.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("workspace.journal:1:1: workspace.ron ontbreekt"), "{stderr}");
    assert!(stderr.contains("cp backups/workspace.000001.ron workspace.ron"), "{stderr}");
    let mut app = app(dir.path());
    assert_eq!(app.wait_exit(), 2);
    app.wait_for("the message", |s| {
        s.contains("ontbreekt") && s.contains("cp backups/workspace.000001.ron workspace.ron")
    });
    assert_eq!(files(dir.path()), before, "nothing is touched");
}

#[test]
fn a_missing_journal_is_reported_by_the_commands_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    store::save(dir.path(), &with_actions(2, 4)).unwrap_or_else(|e| panic!("{e}"));
    std::fs::remove_file(journal::file(dir.path())).unwrap_or_else(|e| panic!("{e}"));
    let before = files(dir.path());
    let output = export(dir.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("workspace.journal:1:1: waarschuwing: ontbreekt naast workspace.ron"), "{stderr}");
    assert!(stderr.contains("tot en met wijziging 4"), "{stderr}");
    assert_eq!(files(dir.path()), before);
}

#[test]
fn a_dangling_reference_stops_the_app_and_the_commands_at_its_position() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    store::save(dir.path(), &with_actions(2, 0)).unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(store::file(dir.path())).unwrap_or_default();
    // One flipped bit: "menen" becomes "mengn".
    let flipped = text.replacen("\"menen\"", "\"mengn\"", 1);
    std::fs::write(store::file(dir.path()), &flipped).unwrap_or_else(|e| panic!("{e}"));
    let at = flipped.find("\"mengn\"").unwrap_or_default();
    let line = flipped[..at].matches('\n').count() + 1;
    let column = at - flipped[..at].rfind('\n').map_or(0, |n| n + 1) + 1;
    let expected = format!("workspace.ron:{line}:{column}: actie 1: onbekende gemeente 'mengn'");
    let before = files(dir.path());
    let output = export(dir.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.trim_end().ends_with(&expected) && stderr.lines().count() == 1, "{stderr}");
    let mut app = app(dir.path());
    assert_eq!(app.wait_exit(), 2);
    app.wait_for("the message", |s| s.contains(&expected));
    assert_eq!(files(dir.path()), before);
}
