//! SIGTERM, SIGHUP and SIGINT in the middle of a burst of keys: the real binary in a pty,
//! 50 times each, must leave the terminal restored every time: the alternate screen left,
//! the cursor shown, nothing drawn after the restore.
#![cfg(unix)] // Unix signals to the real binary in a Unix pty

mod common;

use std::time::Duration;

use common::pty::Pty;

const LEAVE_ALTERNATE_SCREEN: &[u8] = b"\x1b[?1049l";
const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
const HIDE_CURSOR: &[u8] = b"\x1b[?25l";

/// Runs per signal.
const RUNS: usize = 50;
/// Apps running side by side.
const AT_ONCE: usize = 3;

/// Changes themes and screens, moves, changes a verdict: each key redraws most of the
/// screen, so the app is writing a frame most of the time it works through the burst.
const BURST: &str = "t\tjt\tkt\tlt\th2vt\tt\tjpt\tkpt";

fn last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// What is wrong with the bytes the app wrote, if anything.
fn restore_problem(output: &[u8]) -> Option<String> {
    let Some(left) = last(output, LEAVE_ALTERNATE_SCREEN) else {
        return Some("the alternate screen was never left".to_string());
    };
    let after = &output[left + LEAVE_ALTERNATE_SCREEN.len()..];
    if !after.is_empty() {
        return Some(format!("drawn after the restore: {:?}", String::from_utf8_lossy(after)));
    }
    match (last(output, SHOW_CURSOR), last(output, HIDE_CURSOR)) {
        (Some(show), Some(hide)) if show > hide => None,
        (Some(_), None) => None,
        _ => Some("the cursor stays hidden".to_string()),
    }
}

/// One app on a fresh workspace: the burst of keys, `signal` a few ms into it; what went wrong.
fn one_run(signal: (&str, u32), run: usize) -> Option<String> {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().to_string_lossy().into_owned();
    let mut app = Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 80, 24);
    let matrix = app.wait_for("the matrix", |s| s.contains("Zwevegem") && s.contains("Regio"));
    let pid = app.pid().unwrap_or_else(|| panic!("no pid"));
    app.send(&BURST.repeat(4));
    // Once the app answers, the keys are past the terminal's line discipline: none of them can
    // be echoed after the restore (which turns echo back on).
    app.wait_for("the first keys drawn", |s| s != matrix);
    std::thread::sleep(Duration::from_millis((run % 8) as u64 * 2));
    let sent = std::process::Command::new("kill").args([&format!("-{}", signal.0), &pid.to_string()]).status();
    assert!(sent.is_ok_and(|s| s.success()), "kill -{} failed", signal.0);
    let code = app.wait_exit();
    if code != 128 + signal.1 {
        return Some(format!("exit code {code}"));
    }
    restore_problem(&app.output())
}

/// Runs `RUNS` apps per signal, `AT_ONCE` at a time; the failures, described.
fn failures(signal: (&str, u32)) -> Vec<String> {
    let lanes: Vec<Vec<String>> = std::thread::scope(|scope| {
        let lanes: Vec<_> = (0..AT_ONCE)
            .map(|lane| {
                scope.spawn(move || {
                    (lane..RUNS)
                        .step_by(AT_ONCE)
                        .filter_map(|run| one_run(signal, run).map(|p| format!("SIG{} run {run}: {p}", signal.0)))
                        .collect()
                })
            })
            .collect();
        lanes.into_iter().map(|lane| lane.join().unwrap_or_else(|_| vec!["a run panicked".to_string()])).collect()
    });
    lanes.concat()
}

#[test]
fn every_signal_during_a_burst_of_keys_leaves_the_terminal_restored() {
    let mut all = Vec::new();
    for signal in [("TERM", 15), ("HUP", 1), ("INT", 2)] {
        let failed = failures(signal);
        eprintln!("SIG{}: {} of {RUNS} runs left the terminal broken", signal.0, failed.len());
        all.extend(failed);
    }
    assert!(all.is_empty(), "{} of {} runs failed:\n{}", all.len(), 3 * RUNS, all.join("\n"));
}

/// A verdict changed on screen, then `signal` at once: the saved workspace has the change.
fn change_survives(signal: (&str, u32)) -> Option<String> {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().to_string_lossy().into_owned();
    let mut app = Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 80, 24);
    app.wait_for("the matrix", |s| s.contains("Zwevegem") && s.contains("Regio"));
    app.send("\r");
    let verdict = |s: &str| s.lines().find(|l| l.starts_with("Oordeel:")).unwrap_or_default().to_string();
    let before = verdict(&app.wait_for("the drill-down", |s| !verdict(s).is_empty()));
    app.send("v");
    let shown = verdict(&app.wait_for("the changed verdict", |s| verdict(s) != before));
    let pid = app.pid().unwrap_or_else(|| panic!("no pid")).to_string();
    let sent = std::process::Command::new("kill").args([&format!("-{}", signal.0), &pid]).status();
    assert!(sent.is_ok_and(|s| s.success()), "kill -{} failed", signal.0);
    assert_eq!(app.wait_exit(), 128 + signal.1);
    let workspace = regie::workspace::store::load(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    let saved = workspace.finding_edits.first().map(|edit| edit.fields.verdict.label());
    match saved {
        Some(label) if shown.contains(&format!(" {label} ")) => None,
        _ => Some(format!("SIG{}: shown {shown:?}, saved {saved:?}", signal.0)),
    }
}

#[test]
fn a_change_on_screen_is_saved_before_a_signal_ends_the_app() {
    let lost: Vec<String> = [("TERM", 15), ("HUP", 1), ("INT", 2)]
        .into_iter()
        .flat_map(|signal| (0..10).filter_map(move |_| change_survives(signal)))
        .collect();
    assert!(lost.is_empty(), "{} of 30 changes lost:\n{}", lost.len(), lost.join("\n"));
}

#[test]
fn quitting_leaves_the_restore_last_too() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().to_string_lossy().into_owned();
    let mut app = Pty::spawn(&["--workspace", &path], &[("REGIE_CONFIG_DIR", &path)], 80, 24);
    app.wait_for("the matrix", |s| s.contains("Zwevegem") && s.contains("Regio"));
    app.send(&format!("{BURST}q"));
    assert_eq!(app.wait_exit(), 0);
    assert_eq!(restore_problem(&app.output()), None);
}

#[test]
fn a_restored_terminal_is_recognised() {
    let frame = b"\x1b[?1049h\x1b[?25l\x1b[1;1Hx";
    let restored = [&frame[..], b"\x1b[?2004l\x1b[?25h\x1b[?1049l"].concat();
    assert_eq!(restore_problem(&restored), None);
    let hidden_again = [&frame[..], b"\x1b[?25h\x1b[?25l\x1b[?1049l"].concat();
    assert!(restore_problem(&hidden_again).is_some());
    let drawn_after = [&restored[..], b"\x1b[2;1Hy"].concat();
    assert!(restore_problem(&drawn_after).is_some());
    assert!(restore_problem(frame).is_some());
}
