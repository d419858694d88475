//! What is saved is what the room sees: for random changes and undos pressed through the
//! keymap, the journal replayed from the snapshot (as the next start reads it) gives exactly
//! the workspace in memory — including undone meetings, actions, decisions and ratings.

mod common;

use std::path::Path;

use proptest::prelude::*;

use common::{model, type_text};
use regie::app::{Effect, Model, Msg, Overlay, on_key, update};
use regie::domain::Workspace;
use regie::keymap::Key;
use regie::workspace::journal::{self, Delta};
use regie::workspace::writer::{Saved, Writer};
use regie::workspace::{open, store};

/// The workspace as the next start reads it from `dir` (against the dataset as shipped).
fn reopened(dir: &Path) -> Workspace {
    let read = open::read(dir).unwrap_or_else(|p| panic!("{p}"));
    read.check(model().dataset()).unwrap_or_else(|p| panic!("{p:?}")).workspace
}

/// The workspace in memory, with the journal's bookkeeping of the one on disk (its change
/// number and the items' versions), its items in the order a merge of replicas gives them.
fn in_memory(model: &Model, on_disk: &Workspace) -> Workspace {
    let memory = Workspace { seq: on_disk.seq, versions: on_disk.versions.clone(), ..model.workspace().clone() };
    regie::workspace::merge::merge(&memory, &[])
}

#[test]
fn an_undone_meeting_start_is_gone_after_a_restart() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut model = model();
    let (reports, saved) = std::sync::mpsc::channel();
    let writer = Writer::start(dir.path().to_path_buf(), "anne", Workspace::default(), move |report| {
        let _ = reports.send(report);
    });
    // A first change (the writer's first save is a snapshot), then a meeting started and
    // undone, each saved before the next key, as in a meeting.
    for spelled in ["a", "i", "ctrl-s", "m", "enter", "u"] {
        for effect in on_key(&mut model, Key::parse(spelled).unwrap_or_else(|e| panic!("{e}"))) {
            if let Effect::Save { revision, workspace } = effect {
                writer.save(revision, *workspace);
                assert_eq!(saved.recv().ok(), Some(Saved::Revision(revision)));
                update(&mut model, Msg::Saved(revision));
            }
        }
    }
    writer.finish();
    assert_eq!(model.workspace().follow_ups.len(), 1);
    assert!(model.workspace().meetings.is_empty());
    let restarted = reopened(dir.path());
    assert!(restarted.meetings.is_empty(), "{:?}", restarted.meetings);
    assert_eq!(restarted.current_meeting, None);
    assert_eq!(restarted, in_memory(&model, &restarted));
}

/// One step of a meeting, pressed through the keymap.
#[derive(Debug, Clone)]
enum Step {
    Keys(&'static str),
    NewFollowUp(String),
    Meeting,
    Decision(String),
    Rating(u8),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => Just(Step::Keys("u")),
        1 => Just(Step::Keys("ctrl-r")),
        1 => Just(Step::Keys("down")),
        1 => Just(Step::Keys("right")),
        1 => Just(Step::Keys("2 v 1")),
        1 => Just(Step::Keys("2 o 1")),
        1 => Just(Step::Keys("5 x 1")),
        1 => Just(Step::Keys("5 d 1")),
        1 => Just(Step::Keys("5 down delete j 1")),
        2 => "[a-z ]{1,8}".prop_map(Step::NewFollowUp),
        2 => Just(Step::Meeting),
        1 => "[a-z ]{1,8}".prop_map(Step::Decision),
        1 => (0u8..5).prop_map(Step::Rating),
    ]
}

/// Presses the keys of a step; every save asked for becomes one journal line, as the
/// writer appends it.
fn press(model: &mut Model, step: &Step, dir: &Path, saved: &mut Workspace) {
    let spelled = match step {
        Step::Keys(keys) => keys.to_string(),
        Step::NewFollowUp(text) => {
            if !opened_form(model, "a", dir, saved) {
                return;
            }
            type_text(model, text);
            // The action's text takes several lines: ctrl-s saves the form.
            "ctrl-s".to_string()
        }
        Step::Meeting => "m".to_string(),
        Step::Decision(text) => {
            if !opened_form(model, "D", dir, saved) {
                return;
            }
            type_text(model, text);
            "ctrl-s".to_string()
        }
        Step::Rating(level) => {
            if !opened_form(model, "1 e", dir, saved) {
                return;
            }
            type_text(model, &level.to_string());
            "enter".to_string()
        }
    };
    press_keys(model, &spelled, dir, saved);
    // Starting a meeting opens its form; ending one asks first.
    match model.chrome.overlay {
        Some(Overlay::Form(_)) if matches!(step, Step::Meeting) => press_keys(model, "enter", dir, saved),
        Some(Overlay::Confirm(_)) if matches!(step, Step::Meeting) => press_keys(model, "j", dir, saved),
        _ => {}
    }
    model.chrome.overlay = None;
}

/// Presses `spelled`; whether a form opened to type into. Typed text with no form open would
/// run as commands whose saves bypass this journal (`D` outside a meeting opens none).
fn opened_form(model: &mut Model, spelled: &str, dir: &Path, saved: &mut Workspace) -> bool {
    press_keys(model, spelled, dir, saved);
    let opened = matches!(model.chrome.overlay, Some(Overlay::Form(_)));
    if !opened {
        model.chrome.overlay = None;
    }
    opened
}

fn press_keys(model: &mut Model, spelled: &str, dir: &Path, saved: &mut Workspace) {
    for spelling in spelled.split_whitespace() {
        let key = Key::parse(spelling).unwrap_or_else(|e| panic!("{e}"));
        for effect in on_key(model, key) {
            if let Effect::Save { revision, mut workspace } = effect {
                let delta = Delta::between(saved, &workspace, saved.seq + 1);
                workspace.seq = delta.seq;
                journal::append(dir, &delta).unwrap_or_else(|e| panic!("{e}"));
                *saved = *workspace;
                update(model, Msg::Saved(revision));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_journal_replayed_gives_the_workspace_in_memory(steps in prop::collection::vec(step(), 0..40)) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut model = model();
        let mut saved = model.workspace().clone();
        store::save(dir.path(), &saved).unwrap_or_else(|e| panic!("{e}"));
        journal::clear(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        for step in &steps {
            press(&mut model, step, dir.path(), &mut saved);
        }
        let restarted = reopened(dir.path());
        prop_assert_eq!(&restarted, &in_memory(&model, &restarted));
        let findings = model.dataset().findings().to_vec();
        let reloaded = common::model().with_workspace(restarted, false);
        prop_assert_eq!(reloaded.dataset().findings(), &findings[..]);
    }
}
