//! Helpers shared by the integration tests: a model, keys pressed through the keymap exactly
//! as the app loop presses them, and the screen as text.
#![allow(dead_code)]
// Test support: a failed set-up should stop the test with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[cfg(unix)] // a Unix pty (wine has no working ConPTY)
pub mod pty;
pub mod sheets;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use regie::app::{Effect, Model, Msg, Projection, on_key, update};
use regie::dataset::{Source, load};
use regie::keymap::{Key, Keymap};
use regie::ui;

/// The day the tests pretend it is.
pub const TODAY: jiff::civil::Date = jiff::civil::date(2026, 11, 24);

/// A model on the shipped dataset with the default keymap.
pub fn model() -> Model {
    let dataset = load(&Source::Shipped).expect("shipped dataset");
    let keymap = Keymap::shipped().expect("shipped keymap");
    Model::new(dataset, keymap, Projection::default(), TODAY)
}

/// What the loop did with the effects of the keys pressed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Ran {
    /// A key asked to quit.
    pub quit: bool,
    /// Revisions handed to the writer (and reported saved back).
    pub saved: Vec<u64>,
    /// Exports asked for, by meeting.
    pub exports: Vec<Option<u64>>,
    /// Theme and presentation mode handed to the loop to remember.
    pub remembered: Vec<regie::app::Remembered>,
    /// Measurements loaded, by id.
    pub loaded: Vec<String>,
}

thread_local! {
    /// Where the loop loads measurements from: the shipped sample unless a test opens a project.
    static SOURCE: std::cell::RefCell<Source> = const { std::cell::RefCell::new(Source::Shipped) };
}

/// A model on a project directory (its latest measurement, with an empty workspace); the keys
/// pressed afterwards load its other measurements from there, as the loop does.
pub fn project_model(dir: &std::path::Path) -> Model {
    let source = Source::Directory(dir.to_path_buf());
    SOURCE.with(|s| *s.borrow_mut() = source.clone());
    let dataset = load(&source).unwrap_or_else(|p| panic!("{p:?}"));
    let keymap = Keymap::shipped().expect("shipped keymap");
    Model::new(dataset, keymap, Projection::default(), TODAY)
}

/// Presses keys, spelled as in keymaps and separated by spaces (`"down down enter v esc"`),
/// each through [`on_key`] as the loop does; effects are fed back as the loop feeds them:
/// a save is reported saved, an export reported written.
pub fn keys(model: &mut Model, spelled: &str) -> Ran {
    let mut ran = Ran::default();
    for spelling in spelled.split_whitespace() {
        let key = Key::parse(spelling).unwrap_or_else(|e| panic!("key '{spelling}': {e}"));
        let effects = on_key(model, key);
        feed_back(model, effects, &mut ran);
    }
    ran
}

/// Types text into a text field, one key per character, as the terminal sends it.
pub fn type_text(model: &mut Model, text: &str) -> Ran {
    let mut ran = Ran::default();
    for c in text.chars() {
        let effects = on_key(model, Key::new(KeyCode::Char(c), KeyModifiers::NONE));
        feed_back(model, effects, &mut ran);
    }
    ran
}

/// Pastes text, as a terminal with bracketed paste sends it.
pub fn paste(model: &mut Model, text: &str) {
    let effects = update(model, Msg::Paste(text.to_string()));
    feed_back(model, effects, &mut Ran::default());
}

fn feed_back(model: &mut Model, effects: Vec<Effect>, ran: &mut Ran) {
    for effect in effects {
        match effect {
            Effect::Quit => ran.quit = true,
            Effect::Save { revision, .. } => {
                ran.saved.push(revision);
                update(model, Msg::Saved(revision));
            }
            Effect::Remember(remembered) => ran.remembered.push(remembered),
            Effect::ReadWorkbook(path) => {
                // As the loop: read and check the file, hand the result to update.
                let (shown, mark) = (regie::workbook::file_name(&path), regie::workbook::mark(&path, model.today));
                let answers =
                    regie::workbook::read(&path, &shown, model.dataset(), model.workspace().dataset.as_deref(), &mark);
                let effects = update(model, Msg::WorkbookRead(path, answers));
                feed_back(model, effects, ran);
            }
            Effect::LoadMeasurement { id, purpose } => {
                ran.loaded.push(id.clone());
                let source = SOURCE.with(|s| s.borrow().clone());
                let loaded = regie::dataset::load_measurement(&source, Some(&id))
                    .map(Box::new)
                    .map_err(|problems| format!("{problems:?}"));
                update(model, Msg::MeasurementLoaded { purpose, loaded });
            }
            Effect::Export { meeting } => {
                ran.exports.push(meeting);
                update(model, Msg::Exported(Ok("naar /tmp/regie: notulen en acties".to_string())));
            }
        }
    }
}

/// The screen as text at a size.
pub fn screen(model: &Model, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal.draw(|frame| ui::view(frame, model)).expect("drawn");
    terminal.backend().to_string()
}

/// Presses keys without feeding anything back: the effects as the loop would receive them
/// (to test what happens before the writer reports).
pub fn press_unreported(model: &mut Model, spelled: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for spelling in spelled.split_whitespace() {
        let key = Key::parse(spelling).unwrap_or_else(|e| panic!("key '{spelling}': {e}"));
        effects.extend(on_key(model, key));
    }
    effects
}

/// The real binary with `args`, its config directory `config` (never the user's).
pub fn regie_binary(args: &[&str], config: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_regie"))
        .args(args)
        .env("REGIE_CONFIG_DIR", config)
        .output()
        .expect("regie runs")
}

/// A temporary path as the `&str` a command line takes.
pub fn utf8(path: &std::path::Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

/// A command's stderr with the directory `root` and its separator taken off every path, so
/// messages read the same on Linux and Windows (`west.xlsx: …`, not `C:\…\west.xlsx: …`).
pub fn stderr_within(output: &std::process::Output, root: &std::path::Path) -> String {
    let prefix = format!("{}{}", utf8(root), std::path::MAIN_SEPARATOR);
    String::from_utf8_lossy(&output.stderr).replace(&prefix, "")
}

/// Adds a follow-up action through the action form, as typed in a meeting.
pub fn add_follow_up(model: &mut Model, text: &str, owner: &str, due: &str) -> Ran {
    keys(model, "a");
    type_text(model, text);
    keys(model, "tab");
    type_text(model, owner);
    keys(model, "tab");
    type_text(model, due);
    keys(model, "enter")
}

/// Every file under a directory that `keep` keeps, with its bytes.
pub fn files_under(
    dir: &std::path::Path,
    keep: &impl Fn(&std::path::Path) -> bool,
) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{e}")).flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(files_under(&path, keep));
        } else if keep(&path) {
            files.insert(path.clone(), std::fs::read(&path).unwrap_or_default());
        }
    }
    files
}
