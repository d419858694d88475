//! Never lose an action the screen reported saved: the real binary is killed with SIGKILL at
//! random moments while actions are recorded, and restarted. And never two writers.
//!
//! `REGIE_CRASH_KILLS=500 cargo test --test durability` runs a longer crash test.
// Harness code outside #[test] functions: a failed set-up stops the run with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::pty::Pty;
use regie::demo::Random;
use regie::workspace::store;

/// The number of open actions in the matrix footer ("Regio … 12"), if on screen.
fn open_total(screen: &str) -> Option<usize> {
    let footer = screen.lines().find(|l| l.contains("Regio"))?;
    footer.trim_end_matches(['│', ' ']).rsplit(' ').next()?.parse().ok()
}

fn kill_9(app: &Pty) {
    let pid = app.pid().expect("no pid").to_string();
    let status = std::process::Command::new("kill").args(["-KILL", &pid]).status();
    assert!(status.is_ok_and(|s| s.success()));
}

#[test]
fn sigkill_at_random_moments_loses_no_saved_action() {
    let kills: usize = std::env::var("REGIE_CRASH_KILLS").ok().and_then(|v| v.parse().ok()).unwrap_or(50);
    let seed = std::env::var("REGIE_CRASH_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64) | 1
    });
    println!("seed {seed} (REGIE_CRASH_SEED={seed} repeats this run)");
    let mut random = Random(seed);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_string_lossy().into_owned();
    let mut typed = 0usize;
    let mut confirmed = 0usize;
    for round in 0..kills {
        let mut app = Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 100, 30);
        let start = app.wait_for("the matrix", |s| s.contains("Regio") && open_total(s).is_some());
        assert!(open_total(&start).unwrap_or(0) >= confirmed, "round {round}, seed {seed}:\n{start}");
        typed = typed.max(open_total(&start).unwrap_or(0));
        // Several changes a round, all but the last waited for until the screen says saved,
        // so the journal (and, over the rounds, compaction) is always exercised.
        let changes = 2 + random.below(3);
        for change in 0..changes {
            typed += 1;
            app.send(&format!("aactie-{typed}\r"));
            if change + 1 < changes {
                let saved = |s: &str| s.contains("✓ opgeslagen") && open_total(s) == Some(typed);
                app.wait_for("the action saved", saved);
            } else {
                std::thread::sleep(Duration::from_millis(random.below(15) as u64));
            }
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
        let texts: Vec<&str> = workspace.follow_ups.iter().map(|a| a.text.as_str()).collect();
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
    let dir = tempfile::tempdir().unwrap();
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
    let workspace = store::load(dir.path()).unwrap();
    let texts: Vec<&str> = workspace.follow_ups.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["van de eerste"]);
}

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
