//! A project shared by several replicas (laptops): each writes only its own files, every one
//! reads them all, and whatever order the files arrive in, all end in one state.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use regie::dataset::{self, Source};
use regie::domain::{Dataset, FollowUp, FollowUpStatus, Link, Workspace};
use regie::workspace::lock::Acquired;
use regie::workspace::writer::{Saved, Writer};
use regie::workspace::{journal, open, replica, store};

fn dataset() -> Dataset {
    dataset::load(&Source::Shipped).unwrap_or_else(|p| panic!("{p:?}"))
}

/// The workspace directory `dir` opened as replica `me` (its lock held while it is used).
fn opened_as(dir: &Path, me: &str) -> (Acquired, open::Opened) {
    let (held, read) = open::lock_and_read(dir, me).unwrap_or_else(|p| panic!("{p}"));
    (held, read.check(&dataset()).unwrap_or_else(|p| panic!("{p:?}")))
}

/// Replica `me` opens `dir`, changes it with `change` and saves, as one session of the app.
fn session(dir: &Path, me: &str, change: impl FnOnce(&mut Workspace)) -> Workspace {
    let (held, opened) = opened_as(dir, me);
    assert!(matches!(held, Acquired::Writer(_)), "replica {me} writes");
    let (reports, saved) = std::sync::mpsc::channel();
    let writer = Writer::start(opened.own.clone(), me, opened.workspace.clone(), move |report| {
        let _ = reports.send(report);
    });
    let mut workspace = opened.workspace;
    change(&mut workspace);
    writer.save(1, workspace.clone());
    assert_eq!(saved.recv().ok(), Some(Saved::Revision(1)), "✓ opgeslagen");
    writer.finish();
    workspace
}

/// Adds an action with text `text` on Menen.
fn add_action(workspace: &mut Workspace, text: &str) {
    let id = workspace.take_id();
    let links = vec![Link::Municipality("menen".into())];
    let text = text.to_string();
    let action = FollowUp { id, text, links, owner: None, due: None, status: FollowUpStatus::Open, meeting: None };
    workspace.follow_ups.push(Arc::new(action));
}

fn texts(workspace: &Workspace) -> Vec<String> {
    let mut texts: Vec<String> = workspace.follow_ups.iter().map(|a| a.text.clone()).collect();
    texts.sort();
    texts
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

/// A workspace from before sharing (a snapshot and a journal at the top of the workspace
/// directory) opens as the replica's with nothing lost; its first save goes to the replica's
/// own directory and leaves those files as they were.
#[test]
fn a_workspace_from_before_sharing_opens_and_saves_as_before() {
    let temp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = temp.path();
    let mut before = Workspace::default();
    add_action(&mut before, "van vroeger");
    store::save(dir, &before).unwrap_or_else(|e| panic!("{e}"));
    let mut after = before.clone();
    add_action(&mut after, "uit het journaal");
    journal::append(dir, &journal::Delta::between(&before, &after, 1)).unwrap_or_else(|e| panic!("{e}"));
    let legacy = files(dir);

    session(dir, "anne", |workspace| {
        assert_eq!(texts(workspace), ["uit het journaal", "van vroeger"]);
        add_action(workspace, "nieuw");
    });
    let (_, reopened) = opened_as(dir, "anne");
    assert_eq!(texts(&reopened.workspace), ["nieuw", "uit het journaal", "van vroeger"]);
    assert!(reopened.damage.is_empty());
    let ids: Vec<String> = reopened.workspace.follow_ups.iter().map(|a| reopened.workspace.shown_id(a.id)).collect();
    assert_eq!(ids, ["1", "2", "3"], "its own ids go on from those before sharing, shown without a name");
    // The files from before sharing are untouched; the new one is in the replica's directory.
    let now = files(dir);
    assert!(legacy.iter().all(|(path, bytes)| now.get(path) == Some(bytes)));
    assert!(store::file(&replica::dir(dir, "anne")).exists());
    // Read as nobody (as `regie check` does), the same state.
    let read = open::read(dir).unwrap_or_else(|p| panic!("{p}")).into_workspace();
    assert_eq!(texts(&read), texts(&reopened.workspace));
}
