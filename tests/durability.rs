//! Never lose an action the screen reported saved: the real binary is killed with SIGKILL at
//! random moments while actions are recorded, and restarted. And never two writers.
//!
//! `REGIE_CRASH_KILLS=500 cargo test --test durability` runs a longer crash test.
// Harness code outside #[test] functions: a failed set-up stops the run with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;
#[cfg(unix)]
use std::time::Duration;

#[cfg(unix)]
use common::pty::Pty;
#[cfg(unix)]
use regie::demo::Random;
use regie::domain::Workspace;
use regie::domain::{FollowUp, FollowUpStatus, Link};
use regie::workspace::journal::{self, Delta};
use regie::workspace::store;

#[cfg(unix)] // the real binary in a Unix pty, killed with Unix signals (wine has no working ConPTY)
/// The number of open actions in the matrix footer ("Regio … 12"), if on screen.
fn open_total(screen: &str) -> Option<usize> {
    let footer = screen.lines().find(|l| l.contains("Regio"))?;
    footer.trim_end_matches(['│', ' ']).rsplit(' ').next()?.parse().ok()
}

#[cfg(unix)] // the real binary in a Unix pty, killed with Unix signals (wine has no working ConPTY)
fn kill_9(app: &Pty) {
    let pid = app.pid().expect("no pid").to_string();
    let status = std::process::Command::new("kill").args(["-KILL", &pid]).status();
    assert!(status.is_ok_and(|s| s.success()));
}

#[cfg(unix)] // the real binary in a Unix pty, killed with Unix signals (wine has no working ConPTY)
/// What the tests can see of a workspace: each action's text and whether it is done, the
/// number of meetings, and whether one is in progress.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Seen {
    follow_ups: Vec<(String, bool)>,
    meetings: usize,
    in_meeting: bool,
}

#[cfg(unix)] // the real binary in a Unix pty, killed with Unix signals (wine has no working ConPTY)
impl Seen {
    fn of(workspace: &regie::domain::Workspace) -> Seen {
        let done = |a: &regie::domain::FollowUp| a.status == regie::domain::FollowUpStatus::Klaar;
        Seen {
            follow_ups: workspace.follow_ups.iter().map(|a| (a.text.clone(), done(a))).collect(),
            meetings: workspace.meetings.len(),
            in_meeting: workspace.current_meeting.is_some(),
        }
    }
}

#[cfg(unix)] // the real binary in a Unix pty, killed with Unix signals (wine has no working ConPTY)
/// One change made through the keys, what it does to what is seen, and the status message
/// that says it was made.
fn change(random: &mut Random, seen: &Seen) -> (String, Seen, String) {
    let mut after = seen.clone();
    match random.below(10) {
        0..=5 => {
            let text = format!("actie-{}", seen.follow_ups.len() + 1);
            after.follow_ups.push((text.clone(), false));
            (format!("a{text}\x13"), after, format!("nieuwe actie: {text}"))
        }
        6..=7 if !seen.follow_ups.is_empty() => {
            let first = &mut after.follow_ups[0];
            first.1 = !first.1;
            let message = format!("{}: {}", if first.1 { "klaar" } else { "open" }, first.0);
            ("5\x1b[Hx".to_string(), after, message)
        }
        _ if seen.in_meeting => {
            after.in_meeting = false;
            ("my".to_string(), after, "vergadering beëindigd".to_string())
        }
        _ => {
            after.meetings += 1;
            after.in_meeting = true;
            // The carry-over review may take the status line: the meeting marker says it.
            ("m\r".to_string(), after, "● Stuurgroep".to_string())
        }
    }
}

#[cfg(unix)] // the real binary in a Unix pty, killed with Unix signals (wine has no working ConPTY)
/// Killed with SIGKILL at random moments while actions are added and marked done and meetings
/// start and end: after each restart the workspace holds every change the screen reported
/// saved, and at most the one change after it.
#[test]
fn sigkill_at_random_moments_loses_no_saved_change() {
    let kills: usize = std::env::var("REGIE_CRASH_KILLS").ok().and_then(|v| v.parse().ok()).unwrap_or(50);
    let seed = std::env::var("REGIE_CRASH_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64) | 1
    });
    println!("seed {seed} (REGIE_CRASH_SEED={seed} repeats this run)");
    let mut random = Random(seed);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_string_lossy().into_owned();
    let mut seen = Seen::default();
    let mut confirmed_changes = 0;
    for round in 0..kills {
        let mut app = Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 100, 30);
        app.wait_for("the matrix", |s| s.contains("Regio") && open_total(s).is_some());
        // Several changes a round, all but the last waited for until the screen says saved,
        // so the journal (and, over the rounds, compaction) is always exercised.
        let changes = 2 + random.below(3);
        let mut pending = seen.clone();
        for at in 0..changes {
            let (keys, after, message) = change(&mut random, &seen);
            app.send(&keys);
            pending = after;
            if at + 1 == changes {
                std::thread::sleep(Duration::from_millis(random.below(40) as u64));
                break;
            }
            let said = |s: &str| s.contains(&message) && s.contains("✓ opgeslagen");
            app.wait_for(&format!("'{message}' saved (seed {seed})"), said);
            // Leave a carry-over review (Esc alone, or it reads as alt-1), back to the matrix.
            app.send("\x1b");
            std::thread::sleep(Duration::from_millis(30));
            app.send("1");
            seen = pending.clone();
            confirmed_changes += 1;
        }
        kill_9(&app);
        let _ = app.wait_exit();
        let workspace = store::load(dir.path()).unwrap_or_else(|p| panic!("round {round}, seed {seed}: {p}"));
        let loaded = Seen::of(&workspace);
        assert!(
            loaded == seen || loaded == pending,
            "round {round}, seed {seed}: loaded {loaded:?}\nconfirmed {seen:?}\nor pending {pending:?}"
        );
        seen = loaded;
    }
    println!("{kills} kills, {confirmed_changes} changes confirmed saved on screen: {seen:?}");
    assert!(confirmed_changes > 0, "no save was ever confirmed on screen");
}

#[cfg(unix)] // the real binary in a Unix pty, killed with Unix signals (wine has no working ConPTY)
#[test]
fn a_second_instance_cannot_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_string_lossy().into_owned();
    let mut first = Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 100, 30);
    first.wait_for("the first matrix", |s| s.contains("Regio"));
    let mut second = Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 100, 30);
    second.wait_for("the read-only banner", |s| s.contains("ALLEEN LEZEN"));
    second.send("avan de tweede\x13");
    second.wait_for("the refusal", |s| s.contains("alleen lezen: een andere regie"));
    first.send("avan de eerste\x13");
    first.wait_for("the save", |s| s.contains("✓ opgeslagen") && open_total(s) == Some(1));
    second.send("q");
    first.send("q");
    assert_eq!(second.wait_exit(), 0);
    assert_eq!(first.wait_exit(), 0);
    let workspace = store::load(dir.path()).unwrap();
    let texts: Vec<&str> = workspace.follow_ups.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["van de eerste"]);
}

#[cfg(unix)] // the real binary in a Unix pty, killed with Unix signals (wine has no working ConPTY)
#[test]
fn a_stale_lock_from_a_killed_instance_does_not_lock_out() {
    let dir = tempfile::tempdir().unwrap();
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

#[cfg(unix)] // the real binary in a Unix pty, killed with Unix signals (wine has no working ConPTY)
#[test]
fn a_broken_workspace_stops_the_app_and_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Workspace(\n    actions: [\n        FollowUp(id: 1, text: \"x\", status: Opn),\n    ],\n)\n";
    std::fs::write(store::file(dir.path()), text).unwrap();
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
        let status = FollowUpStatus::Open;
        Arc::new(FollowUp { id, text: format!("actie {id}"), links, owner: None, due: None, status, meeting: None })
    };
    Workspace { follow_ups: (1..=n).map(action).collect(), next_id: n + 1, seq, ..Workspace::default() }
}

/// Appends the change from `n - 1` to `n` actions as journal line `seq`.
fn append(dir: &Path, n: u64, seq: u64) {
    let delta = Delta::between(&with_actions(n - 1, 0), &with_actions(n, 0), seq);
    journal::append(dir, &delta).unwrap_or_else(|e| panic!("{e}"));
}

/// Every file under a directory with its bytes, but the (empty) lock file: the app tries the
/// lock before it reads the workspace, so a refused workspace can have gained one.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    common::files_under(dir, &|path| path.file_name().is_some_and(|n| n != "regie.lock"))
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

#[cfg(unix)] // the real binary in a Unix pty, killed with Unix signals (wine has no working ConPTY)
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
    #[cfg(unix)] // the real binary in a Unix pty (wine has no working ConPTY)
    the_app_warns_of_the_torn_line_and_saves_past_it(dir.path(), &text);
}

/// The app on a journal with a torn last line: warns, keeps the original, saves after it.
#[cfg(unix)] // the real binary in a Unix pty (wine has no working ConPTY)
fn the_app_warns_of_the_torn_line_and_saves_past_it(dir: &Path, text: &[u8]) {
    let mut app = app(dir);
    app.wait_for("the warning", |s| {
        s.contains(
            "workspace.journal:2: onvolledige laatste regel overgeslagen; origineel: workspace.journal.beschadigd-2",
        )
    });
    let copy = dir.join("workspace.journal.beschadigd-2");
    assert_eq!(std::fs::read(&copy).ok().as_deref(), Some(text));
    app.send("ana de schade\x13");
    app.wait_for("the save", |s| s.contains("✓ opgeslagen") && open_total(s) == Some(3));
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let workspace = store::load(dir).unwrap_or_else(|p| panic!("{p}"));
    let texts: Vec<&str> = workspace.follow_ups.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["actie 1", "actie 2", "na de schade"]);
    assert_eq!(std::fs::read(&copy).ok().as_deref(), Some(text));
}

#[cfg(unix)] // the real binary in a Unix pty, killed with Unix signals (wine has no working ConPTY)
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
    // The command as the platform's console writes it (`copy backups\…` in cmd and PowerShell).
    let restore = if cfg!(windows) {
        "copy backups\\workspace.000001.ron workspace.ron"
    } else {
        "cp backups/workspace.000001.ron workspace.ron"
    };
    assert!(stderr.contains(restore), "{stderr}");
    #[cfg(unix)] // the real binary in a Unix pty (wine has no working ConPTY)
    the_app_stops_with(dir.path(), restore);
    assert_eq!(files(dir.path()), before, "nothing is touched");
}

/// The app on a workspace it refuses: exit code 2, the message on the screen.
#[cfg(unix)] // the real binary in a Unix pty (wine has no working ConPTY)
fn the_app_stops_with(dir: &Path, message: &str) {
    let mut app = app(dir);
    assert_eq!(app.wait_exit(), 2);
    app.wait_for("the message", |s| s.contains(message));
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
    #[cfg(unix)] // the real binary in a Unix pty (wine has no working ConPTY)
    the_app_stops_with(dir.path(), &expected);
    assert_eq!(files(dir.path()), before);
}
