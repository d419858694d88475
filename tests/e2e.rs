//! The real binary in a pseudo-terminal: matrix, drill-down, verdict, finder, resize, quit.
#![cfg(unix)]
// a Unix pty and Unix signals (wine has no working ConPTY)
// Harness code outside #[test] functions: a failed set-up stops the run with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Pty;
use common::{keys, model};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const LEAVE_ALTERNATE_SCREEN: &[u8] = b"\x1b[?1049l";
const SHOW_CURSOR: &[u8] = b"\x1b[?25h";

fn config_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// The app at 80×24 on a fresh workspace and config directory, once the matrix is shown; the
/// directory lives as long as the returned guard.
fn open_matrix() -> (tempfile::TempDir, Pty, String) {
    let config = config_dir();
    let dir = config.path().to_string_lossy().into_owned();
    let app = Pty::spawn(&["--workspace", &dir], &[("REGIE_CONFIG_DIR", &dir)], 80, 24);
    let matrix = app.wait_for("the matrix", |s| s.contains("Zwevegem") && s.contains("Regio"));
    (config, app, matrix)
}

/// The matrix line that describes the selected cell.
fn cell_line(screen: &str) -> String {
    screen.lines().find(|l| l.contains("punten op")).unwrap_or_default().trim().to_string()
}

#[test]
fn a_facilitator_walks_through_the_meeting_screen() {
    let (_config, mut app, matrix) = open_matrix();
    assert!(matrix.contains("Anzegem") && matrix.contains("Kortrijk"), "{matrix}");
    let before = cell_line(&matrix);

    app.send("\r");
    let drill = app.wait_for("the drill-down", |s| s.contains("Bevindingen (") && s.contains("Oordeel:"));
    let verdict = |s: &str| s.lines().find(|l| l.starts_with("Oordeel:")).unwrap_or_default().to_string();
    let before_verdict = verdict(&drill);
    app.send("v");
    app.wait_for("the changed verdict", |s| verdict(s) != before_verdict && s.contains("opgeslagen"));
    app.send("\x1b");
    let changed = app.wait_for("the matrix again", |s| s.contains("Regio") && cell_line(s) != before);
    assert_ne!(cell_line(&changed), before);

    app.send("/");
    app.wait_for("the finder", |s| s.contains("Zoek:"));
    app.send("Zwevegem\r");
    app.wait_for("Zwevegem selected", |s| cell_line(s).starts_with("Zwevegem"));

    app.resize(120, 36);
    app.wait_for("the wide matrix", |s| s.lines().count() >= 30 && s.contains("½/"));
    app.resize(30, 8);
    app.wait_for("the too-small message", |s| s.contains("Venster te klein"));
    app.resize(80, 24);
    app.wait_for("the matrix after resizing", |s| s.contains("Regio"));

    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    assert!(app.wrote(LEAVE_ALTERNATE_SCREEN), "the alternate screen was not left");
    assert!(app.wrote(SHOW_CURSOR), "the cursor was not shown again");
}

#[test]
fn sigterm_restores_the_terminal() {
    let (_config, mut app, _) = open_matrix();
    let pid = app.pid().expect("no pid");
    let status = std::process::Command::new("kill").args(["-TERM", &pid.to_string()]).status();
    assert!(status.is_ok_and(|s| s.success()));
    assert_eq!(app.wait_exit(), 128 + 15);
    assert!(app.wrote(LEAVE_ALTERNATE_SCREEN));
    assert!(app.wrote(SHOW_CURSOR));
}

#[test]
fn a_bad_user_keymap_stops_the_app_with_its_position() {
    let config = config_dir();
    let keymap = "(\n  global: {\n    \"q\": quit,\n    \"ctrl-x\": explode,\n  },\n)\n";
    std::fs::write(config.path().join("keymap.ron"), keymap).unwrap();
    let dir = config.path().to_string_lossy().into_owned();
    let mut app = Pty::spawn(&["--workspace", &dir], &[("REGIE_CONFIG_DIR", &dir)], 80, 24);
    assert_eq!(app.wait_exit(), 2);
    let screen = app.wait_for("the error", |s| s.contains("keymap.ron:4:"));
    assert!(screen.contains("explode"), "{screen}");
}

/// The rows of a rendered screen as a terminal shows them, trailing blanks left off.
fn rendered_rows(pressed: &[&str], width: u16, height: u16) -> Vec<String> {
    let mut model = model();
    keys(&mut model, &pressed.join(" "));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| regie::ui::view(frame, &model)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            let row: String = (0..width).filter_map(|x| buffer.cell((x, y))).map(|cell| cell.symbol()).collect();
            row.trim_end().to_string()
        })
        .collect()
}

/// Walking down the findings is where the app writes least (only what changed, short gaps
/// bridged): what the terminal then shows must be exactly the rendered screen.
#[test]
fn after_a_walk_through_the_findings_the_terminal_shows_the_rendered_screen() {
    let (_config, mut app, _) = open_matrix();
    app.send("\r");
    app.wait_for("the drill-down", |s| s.contains("Oordeel:"));
    let mut actions = vec!["enter"];
    actions.extend(["j"; 10]);
    app.send(&"j".repeat(10));
    // Keys pressed through the same keymap: the whole screen, status line included, must match.
    let expected: Vec<String> = rendered_rows(&actions, 80, 24);
    let shown = |s: &str| s.lines().map(str::trim_end).map(String::from).collect::<Vec<_>>();
    app.wait_for("the rendered drill-down", |s| shown(s) == expected);
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
}

/// A beamer at 1024×768 with a large font gives 60×16: every municipality on the matrix, and
/// the banner still says the data is invented.
#[test]
fn at_60x16_the_matrix_shows_all_thirteen_municipalities_and_the_warning() {
    let config = config_dir();
    let dir = config.path().to_string_lossy().into_owned();
    let mut app = Pty::spawn(&["--workspace", &dir], &[("REGIE_CONFIG_DIR", &dir)], 60, 16);
    let names = model().dataset().municipalities().iter().map(|m| m.name.clone()).collect::<Vec<_>>();
    assert_eq!(names.len(), 13);
    let screen = app.wait_for("all 13 municipalities", |s| names.iter().all(|name| s.contains(name.as_str())));
    assert!(screen.contains("verzonnen"), "the banner says the data is invented:\n{screen}");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
}

/// The theme and presentation mode chosen are there again at the next start, from
/// `state.ron` in the config directory (never the keymap); a bad one stops the app with its
/// position.
#[test]
fn theme_and_presentation_mode_are_remembered_at_restart() {
    let config = config_dir();
    let dir = config.path().to_string_lossy().into_owned();
    let mut app = Pty::spawn(&["--workspace", &dir], &[("REGIE_CONFIG_DIR", &dir)], 80, 24);
    app.wait_for("the matrix", |s| s.contains("? hulp"));
    app.send("t");
    app.wait_for("the light theme", |s| s.contains("thema: licht"));
    app.send("p");
    app.wait_for("presentation mode", |s| !s.contains("? hulp"));
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let state = std::fs::read_to_string(config.path().join("state.ron")).unwrap();
    assert!(state.contains("Licht") && state.contains("presentation: true"), "{state}");
    assert!(!config.path().join("keymap.ron").exists(), "the keymap is left alone");

    let mut app = Pty::spawn(&["--workspace", &dir], &[("REGIE_CONFIG_DIR", &dir)], 80, 24);
    let screen = app.wait_for("the matrix", |s| s.contains("Zwevegem"));
    assert!(!screen.contains("? hulp"), "still in presentation mode:\n{screen}");
    app.send("p");
    app.wait_for("the status line", |s| s.contains("? hulp"));
    app.send("q");
    assert_eq!(app.wait_exit(), 0);

    std::fs::write(config.path().join("state.ron"), "(\n  theme: Paars,\n)\n").unwrap();
    let mut app = Pty::spawn(&["--workspace", &dir], &[("REGIE_CONFIG_DIR", &dir)], 80, 24);
    assert_eq!(app.wait_exit(), 2);
    app.wait_for("the error", |s| s.contains("state.ron:2:"));
}

#[test]
fn a_classification_edited_in_the_app_is_there_after_a_restart() {
    let config = config_dir();
    let dir = config.path().to_string_lossy().into_owned();
    let mut app = Pty::spawn(&["--workspace", &dir], &[("REGIE_CONFIG_DIR", &dir)], 80, 24);
    app.wait_for("the matrix", |s| s.contains("Zwevegem") && s.contains("Regio"));
    app.send("3");
    let detail = |s: &str| s.lines().find(|l| l.contains(" visie ")).unwrap_or_default().to_string();
    let before = app.wait_for("screen 3", |s| detail(s).contains("LDE"));
    let (was, now) = if detail(&before).contains("v visie ja") {
        ("v visie ja", "v visie nee")
    } else {
        ("v visie nee", "v visie ja")
    };
    app.send("v");
    app.wait_for("the visie saved", |s| detail(s).contains(now) && s.contains("opgeslagen"));
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let mut again = Pty::spawn(&["--workspace", &dir], &[("REGIE_CONFIG_DIR", &dir)], 80, 24);
    again.wait_for("the matrix", |s| s.contains("Regio"));
    again.send("3");
    let shown = again.wait_for("screen 3 after the restart", |s| detail(s).contains("LDE"));
    assert!(detail(&shown).contains(now) && detail(&shown).contains("bron"), "{shown}");
    again.send("v");
    again.wait_for("the visie back", |s| detail(s).contains(was) && s.contains("opgeslagen"));
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
}

/// The intake interview on a fresh project, through the real binary at 60×16: the
/// questionnaire opens from the matrix, answers move on and count, undo takes one back, a note
/// is typed, and what was answered is on disk (`regie check` counts the ja).
#[test]
fn the_questionnaire_walks_an_intake_interview_on_a_new_project() {
    let root = config_dir();
    let project = root.path().join("regio");
    let (project_arg, config) = (project.to_string_lossy().into_owned(), root.path().to_string_lossy().into_owned());
    let created = common::regie_binary(&["new", &project_arg, "--municipalities", "Aalbeke;Bissegem"], root.path());
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));
    let mut app = Pty::spawn(&["--project", &project_arg], &[("REGIE_CONFIG_DIR", &config)], 60, 16);
    app.wait_for("the matrix", |s| s.contains("Aalbeke") && s.contains("Bissegem"));
    app.send("V");
    app.wait_for("the questionnaire", |s| s.contains("Vragenlijst · Aalbeke · 0 van 87 beantwoord"));
    // Section 0 of the appendix (plans and fora) comes first; page down to component 1.
    app.send("\x1b[6~");
    app.wait_for("component 1", |s| s.contains("1.1.1a"));
    app.send("j");
    app.wait_for("one answer", |s| s.contains("1 van 87 beantwoord") && s.contains("1.1.1b"));
    app.send("d");
    app.wait_for("two answers", |s| s.contains("2 van 87 beantwoord"));
    app.send("n");
    app.wait_for("three answers, saved", |s| s.contains("3 van 87 beantwoord") && s.contains("opgeslagen"));
    app.send("u");
    let undone = app.wait_for("the third undone", |s| s.contains("2 van 87 beantwoord"));
    assert!(undone.contains("? onbekend"), "back at the question undone:\n{undone}");
    app.send("e");
    app.wait_for("the note field", |s| s.contains("bewaart de toelichting"));
    app.send("eerst navragen\r");
    app.wait_for("the note", |s| s.contains("Toelichting: eerst navragen") && s.contains("opgeslagen"));
    app.send("\x1b");
    app.wait_for("the matrix again", |s| !s.contains("Vragenlijst") && s.contains("Regio"));
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let check = common::regie_binary(&["check", &project_arg], root.path());
    let counts = String::from_utf8_lossy(&check.stdout);
    assert!(counts.lines().any(|l| l.starts_with("1.1.1a  ") && l.ends_with("  1/2")), "{counts}");
    assert!(counts.lines().any(|l| l.starts_with("1.1.1b  ") && l.ends_with("  0/2")), "{counts}");
}

/// The light theme paints the whole frame white (256-colour 231 as background); no other
/// theme uses that background.
const LIGHT_BACKGROUND: &[u8] = b"48;5;231";

/// Until a theme is chosen, the theme suits the terminal's own background: told by
/// `COLORFGBG`, or by the terminal's answer to OSC 11; a chosen theme wins over both.
#[test]
fn the_theme_suits_a_light_terminal_until_one_is_chosen() {
    let config = config_dir();
    let dir = config.path().to_string_lossy().into_owned();
    let env = [("REGIE_CONFIG_DIR", dir.as_str())];
    let open = |extra: &[(&str, &str)]| {
        let all: Vec<(&str, &str)> = env.iter().chain(extra).copied().collect();
        Pty::spawn(&["--workspace", &dir], &all, 80, 24)
    };

    let mut app = open(&[("COLORFGBG", "0;15")]);
    app.wait_for("the matrix", |s| s.contains("Zwevegem"));
    assert!(app.wrote(LIGHT_BACKGROUND), "COLORFGBG 0;15 is a light terminal");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);

    // A terminal that answers OSC 10 and 11 (its foreground black, its background white), then
    // the device attributes.
    let mut app = open(&[]);
    assert!(app.wrote(b"\x1b]11;?"), "the terminal is asked for its background");
    app.send("\x1b]10;rgb:0000/0000/0000\x1b\\\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[?62;22c");
    app.wait_for("the matrix", |s| s.contains("Zwevegem"));
    assert!(app.wrote(LIGHT_BACKGROUND), "a white background answered");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);

    let mut app = open(&[]);
    assert!(app.wrote(b"\x1b]11;?"));
    app.send("\x1b]10;rgb:ffff/ffff/ffff\x1b\\\x1b]11;rgb:1e1e/1e1e/1e1e\x1b\\\x1b[?62;22c");
    app.wait_for("the matrix", |s| s.contains("Zwevegem"));
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    assert!(!contains(&app.output(), LIGHT_BACKGROUND), "a dark background answered");

    std::fs::write(config.path().join("state.ron"), "(theme: Standaard)\n").unwrap();
    let mut app = open(&[("COLORFGBG", "0;15")]);
    app.wait_for("the matrix", |s| s.contains("Zwevegem"));
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    assert!(!contains(&app.output(), LIGHT_BACKGROUND), "the chosen theme wins");
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
