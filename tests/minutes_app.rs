//! A whole meeting pressed through the keymap: the minutes the app writes (Ctrl-e) equal those
//! of the command line on the saved workspace, and say what happened; the export's full path
//! stays readable on the status line.
// Harness code outside #[test] functions: a failed set-up stops the run with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command;

use common::{TODAY, keys, model, screen, type_text};
use regie::app::{Model, Msg, update};
use regie::export::{Format, Subject};
use regie::workspace::store;

/// Adds an action with a text and an owner through the action form.
fn action(model: &mut Model, text: &str, owner: &str, due: &str) {
    common::add_follow_up(model, text, owner, due);
}

/// Two meetings: the first agrees two actions; the second reviews them (one done, one left
/// open), changes two verdicts of Kortrijk to nee (its component 4 drops from 3/4 to 2/4) and a note,
/// agrees a level, decides (on two lines), corrects its attendees, and agrees an action for one municipality and one shared by two
/// marked cells.
fn scripted_meeting() -> (Model, Option<u64>) {
    let mut model = model();
    keys(&mut model, "m tab tab");
    type_text(&mut model, "Schepen Vanhoutte, Decock");
    keys(&mut model, "enter");
    action(&mut model, "Energiescan bij Anzegem", "gemeente", "2026-12-01");
    keys(&mut model, "down");
    action(&mut model, "Inventaris SE-initiatieven Avelgem", "ocmw", "2026-12-15");
    keys(&mut model, "m enter");
    keys(&mut model, "m tab");
    type_text(&mut model, " december");
    keys(&mut model, "tab");
    type_text(&mut model, "Schepen Vanhoutte, Decock, Mevr. Desmet");
    keys(&mut model, "enter x esc");
    keys(&mut model, "1 down down down right right right 2 v v down v v e");
    type_text(&mut model, " Geen verslag meer in 2026.");
    keys(&mut model, "ctrl-s 1 left e backspace");
    type_text(&mut model, "1");
    keys(&mut model, "enter D");
    type_text(&mut model, "Het rapport gaat naar alle gemeenteraden.");
    keys(&mut model, "shift-enter");
    type_text(&mut model, "Ook naar de OCMW-raden.");
    keys(&mut model, "ctrl-s M tab");
    type_text(&mut model, ", Dhr. Vandenberghe");
    keys(&mut model, "enter");
    action(&mut model, "Dienstenwijzer aanstellen in Kortrijk", "Dienst welzijn", "+2w");
    keys(&mut model, "down space down space");
    action(&mut model, "Gezamenlijk meerjarenplan SE", "beide", "2027-01-31");
    let ran = keys(&mut model, "ctrl-e");
    assert_eq!(ran.exports.len(), 1, "Ctrl-e asks for one export");
    (model, ran.exports[0])
}

fn app_minutes(model: &Model, meeting: Option<u64>) -> String {
    let subject = Subject {
        dataset: model.dataset(),
        workspace: model.workspace(),
        meeting,
        today: TODAY,
        exported: jiff::Timestamp::UNIX_EPOCH,
    };
    let bytes = Format::MinutesMd.render(&subject).expect("rendered").expect("a meeting");
    String::from_utf8(bytes).expect("UTF-8")
}

fn cli_minutes(model: &Model) -> String {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    store::save(dir.path(), model.workspace()).unwrap_or_else(|e| panic!("{e}"));
    let output = Command::new(env!("CARGO_BIN_EXE_regie"))
        .args(["export", "minutes", "--workspace"])
        .arg(dir.path())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn the_app_and_the_command_line_give_the_same_minutes_of_what_happened() {
    let (model, meeting) = scripted_meeting();
    let minutes = app_minutes(&model, meeting);
    assert_eq!(cli_minutes(&model), minutes);
    if let Some(path) = std::env::var_os("REGIE_SHOW_MINUTES") {
        std::fs::write(path, &minutes).expect("written");
    }
    let has = |text: &str| assert!(minutes.contains(text), "missing {text:?} in\n{minutes}");
    has("# Notulen: Stuurgroep sociale economie december");
    has("- Datum: dinsdag 24 november 2026");
    has("- Aanwezig: Schepen Vanhoutte, Decock, Mevr. Desmet, Dhr. Vandenberghe");
    has("## Opvolging van openstaande acties (2)");
    has(
        "| Energiescan bij Anzegem (over: Anzegem · Overzicht) | 24 november 2026 (Stuurgroep sociale economie) | afgerond |",
    );
    has("| blijft open, ongewijzigd |");
    has("## Gewijzigde bevindingen (2)");
    has("| Kortrijk | 3/4 | 3/4 | 1/4 (afgesproken) | 2/4 | 1 |");
    has("## Besluiten (1)\n\n- Het rapport gaat naar alle gemeenteraden.  \n  Ook naar de OCMW-raden.\n");
    has("### Gezamenlijk voor meerdere gemeenten");
    has("| gemeente en OCMW | 31 januari 2027 | open |");
    has("| Dienst welzijn | 8 december 2026 | open |");
    let changed = minutes.lines().find(|l| l.contains("Geen verslag meer in 2026.")).expect("the changed finding");
    assert!(changed.starts_with("| Kortrijk | SE-acties vermeld in jaarverslagen |"), "{changed}");
    assert!(changed.contains("| ja (gemeente en OCMW) | nee (gemeente en OCMW) |"), "was → now: {changed}");
    for text in [
        "Energiescan bij Anzegem",
        "Inventaris SE-initiatieven Avelgem",
        "Dienstenwijzer aanstellen in Kortrijk",
        "Gezamenlijk meerjarenplan SE",
    ] {
        assert_eq!(minutes.matches(text).count(), 1, "{text} once in\n{minutes}");
    }
}

#[test]
fn the_status_line_shows_the_whole_export_folder() {
    let mut model = model();
    let folder = "/home/facilitator/Documenten/regie";
    let written = format!("naar {folder}: notulen-2026-11-24-1.md, notulen-2026-11-24-1.docx, acties.csv");
    keys(&mut model, "ctrl-e");
    update(&mut model, Msg::Exported(Ok(written)));
    let text = screen(&model, 80, 24);
    let status = text.lines().last().unwrap_or_default();
    assert!(status.contains(&format!("geëxporteerd naar {folder}:")), "{status}");
}
