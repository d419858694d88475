//! A keymap that leaves no key to quit with is refused at start-up, pointing at the binding
//! that took the last one away.

use std::process::Command;

#[test]
fn a_keymap_without_quit_is_refused_with_its_position() {
    let config = tempfile::tempdir().unwrap();
    let keymap = "(\n  global: {\n    \"ctrl-c\": unbind,\n    \"q\": next_theme,\n  },\n)\n";
    std::fs::write(config.path().join("keymap.ron"), keymap).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_regie"))
        .arg("--workspace")
        .arg(config.path().join("werkmap"))
        .env("REGIE_CONFIG_DIR", config.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let expected = format!("{}:4:5: geen toets stopt de app nog", config.path().join("keymap.ron").display());
    assert!(stderr.starts_with(&expected), "{stderr}");
}

#[test]
fn a_keymap_that_moves_quit_is_accepted_up_to_the_workspace() {
    let config = tempfile::tempdir().unwrap();
    let keymap = "(global: { \"ctrl-c\": unbind, \"q\": unbind, \"ctrl-q\": quit })";
    std::fs::write(config.path().join("keymap.ron"), keymap).unwrap();
    // A dataset that does not load stops the app after the keymap was accepted.
    let output = Command::new(env!("CARGO_BIN_EXE_regie"))
        .arg("--data")
        .arg(config.path().join("nergens"))
        .arg("--workspace")
        .arg(config.path().join("werkmap"))
        .env("REGIE_CONFIG_DIR", config.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nergens:1:1: map bestaat niet") && !stderr.contains("keymap.ron"), "{stderr}");
}
