//! A keymap that leaves no key to quit with is refused at start-up, pointing at the binding
//! that took the last one away.

// Harness code outside #[test] functions: a failed set-up stops the run with its reason.
#![allow(clippy::expect_used)]

use std::process::{Command, Output};

/// The app started with a user keymap (in a temporary config directory) and `args`.
fn start_with_keymap(keymap: &str, args: &[&str]) -> (tempfile::TempDir, Output) {
    let config = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(config.path().join("keymap.ron"), keymap).expect("keymap written");
    let output = Command::new(env!("CARGO_BIN_EXE_regie"))
        .args(args)
        .arg("--workspace")
        .arg(config.path().join("werkmap"))
        .env("REGIE_CONFIG_DIR", config.path())
        .output()
        .expect("regie runs");
    (config, output)
}

#[test]
fn a_keymap_without_quit_is_refused_with_its_position() {
    let keymap = "(\n  global: {\n    \"ctrl-c\": unbind,\n    \"q\": next_theme,\n  },\n)\n";
    let (config, output) = start_with_keymap(keymap, &[]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let expected = format!("{}:4:5: geen toets stopt de app nog", config.path().join("keymap.ron").display());
    assert!(stderr.starts_with(&expected), "{stderr}");
}

#[test]
fn a_keymap_that_moves_quit_is_accepted_up_to_the_workspace() {
    let keymap = "(global: { \"ctrl-c\": unbind, \"q\": unbind, \"ctrl-q\": quit })";
    // A dataset that does not load stops the app after the keymap was accepted.
    let (_config, output) = start_with_keymap(keymap, &["--data", "/nergens"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("/nergens:1:1: map bestaat niet") && !stderr.contains("keymap.ron"), "{stderr}");
}

#[test]
fn a_crlf_keymap_loads_and_its_problems_are_at_their_line_and_column() {
    let keymap = "\u{FEFF}(\r\n  global: {\r\n    \"ctrl-c\": unbind,\r\n    \"q\": next_theme,\r\n  },\r\n)\r\n";
    let (config, output) = start_with_keymap(keymap, &[]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let expected = format!("{}:4:5: geen toets stopt de app nog", config.path().join("keymap.ron").display());
    assert!(stderr.starts_with(&expected), "{stderr}");
    let keymap =
        "(\r\n  global: {\r\n    \"ctrl-c\": unbind,\r\n    \"q\": unbind,\r\n    \"ctrl-q\": quit,\r\n  },\r\n)\r\n";
    let (_config, output) = start_with_keymap(keymap, &["--data", "nergens"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nergens:1:1: map bestaat niet") && !stderr.contains("keymap.ron"), "{stderr}");
}
