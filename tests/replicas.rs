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
    let mut workspace = opened.workspace.clone();
    change(&mut workspace);
    save(&opened, me, &workspace);
    workspace
}

/// Saves `workspace` as replica `me` over what `opened` read, as the app's writer does.
fn save(opened: &open::Opened, me: &str, workspace: &Workspace) {
    let (reports, saved) = std::sync::mpsc::channel();
    let writer = Writer::start(opened.own.clone(), me, opened.workspace.clone(), move |report| {
        let _ = reports.send(report);
    });
    writer.save(1, workspace.clone());
    assert_eq!(saved.recv().ok(), Some(Saved::Revision(1)), "✓ opgeslagen");
    writer.finish();
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
    common::files_under(dir, &|_| true)
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

/// Gives action `id` the text `text`.
fn retext(workspace: &mut Workspace, id: u64, text: &str) {
    let Some(at) = workspace.follow_ups.iter().position(|a| a.id == id) else { panic!("no action {id}") };
    let changed = FollowUp { text: text.to_string(), ..(*workspace.follow_ups[at]).clone() };
    workspace.follow_ups[at] = Arc::new(changed);
}

/// A new project from the sample, with one action both laptops start from; its id.
fn shared_project(root: &Path) -> (PathBuf, u64) {
    let project = root.join("a");
    let made = common::regie_binary(&["new", common::utf8(&project), "--from-sample"], &root.join("config"));
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let base = session(&project.join("workspace"), "anne", |workspace| add_action(workspace, "gedeeld"));
    (project, base.follow_ups[0].id)
}

/// Each laptop's work alone: a new action each, and both retype the shared one.
fn work_apart(a: &Path, b: &Path, shared: u64) {
    session(&a.join("workspace"), "anne", |workspace| {
        add_action(workspace, "anne 1");
        retext(workspace, shared, "zoals anne het zag");
    });
    session(&b.join("workspace"), "bert", |workspace| {
        add_action(workspace, "bert 1");
        add_action(workspace, "bert 2");
        retext(workspace, shared, "zoals bert het zag");
    });
}

/// Laptop a's project copied to b, both worked on apart, then exchanged both ways: the two
/// copies and the id of the action both changed.
fn copies_worked_apart_and_exchanged(root: &Path) -> (PathBuf, PathBuf, u64) {
    let (a, shared) = shared_project(root);
    let b = root.join("b");
    sync(&a, &b);
    work_apart(&a, &b, shared);
    sync(&a, &b);
    sync(&b, &a);
    (a, b, shared)
}

/// Copies every file of `from` into `to`, over what is there, removing nothing: what
/// `rsync -a from/ to/` without `--delete` does (rsync itself need not be installed).
fn sync(from: &Path, to: &Path) {
    for (path, bytes) in files(from) {
        let target = to.join(path.strip_prefix(from).unwrap_or_else(|e| panic!("{e}")));
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(&target, bytes).unwrap_or_else(|e| panic!("{e}"));
    }
}

/// `regie check` and `regie export actions --csv` of a project, as laptop `me` runs them.
fn outputs(project: &Path, me: &str, config: &Path) -> (String, String) {
    let dir = common::utf8(project);
    let check = common::regie_binary(&["check", dir, "--replica", me], config);
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
    let csv = common::regie_binary(&["export", "actions", "--csv", "--project", dir, "--replica", me], config);
    assert!(csv.status.success(), "{}", String::from_utf8_lossy(&csv.stderr));
    (String::from_utf8_lossy(&check.stdout).into_owned(), String::from_utf8_lossy(&csv.stdout).into_owned())
}

/// What both laptops must see after exchanging their files.
fn assert_same_union(a: &Path, b: &Path, config: &Path) {
    let (check_a, csv_a) = outputs(a, "anne", config);
    let (check_b, csv_b) = outputs(b, "bert", config);
    assert_eq!(check_a, check_b);
    assert_eq!(csv_a, csv_b);
    for text in ["anne 1", "bert 1", "bert 2"] {
        assert!(csv_a.contains(text), "{text} in {csv_a}");
    }
    // The shared action was retyped on both: one text holds, the other is listed, not lost.
    let conflict = check_a.lines().find(|l| l.starts_with("# gelijktijdig gewijzigd:")).unwrap_or_default();
    assert!(conflict.contains("“zoals anne het zag”") && conflict.contains("“zoals bert het zag”"), "{check_a}");
    assert!(check_a.contains("# replica anne: laatste wijziging"), "{check_a}");
    assert!(check_a.contains("# replica bert: laatste wijziging"), "{check_a}");
    for (dir, me) in [(a, "anne"), (b, "bert")] {
        let (_, opened) = opened_as(&dir.join("workspace"), me);
        assert_eq!(regie::domain::conflicts::all(&opened.workspace).len(), 1, "{me}");
        assert_eq!(texts(&opened.workspace).len(), 4, "{me}");
    }
}

/// Two laptops with a copy of one project each work alone, then exchange their folders as
/// `rsync -a` does both ways: both see every action of both, the same way, and the action
/// both changed is listed as changed concurrently, with both texts.
#[test]
fn two_copies_exchanged_like_rsync_agree_and_list_the_conflict() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (a, b, _) = copies_worked_apart_and_exchanged(root.path());
    let relative = |dir: &Path| -> Vec<(PathBuf, usize)> {
        let files = files(dir).into_iter();
        files
            .map(|(path, bytes)| (path.strip_prefix(dir).map(Path::to_path_buf).unwrap_or(path), bytes.len()))
            .collect()
    };
    assert_eq!(relative(&a), relative(&b), "each file had one writer: the copies hold the same files");
    assert_same_union(&a, &b, &root.path().join("config"));
}

/// `git` in `dir`, failing the test when it fails.
fn git(dir: &Path, args: &[&str]) -> String {
    let output = std::process::Command::new("git")
        .args(["-c", "user.name=regie", "-c", "user.email=regie@example.org", "-c", "init.defaultBranch=main"])
        .args(["-c", "pull.rebase=false", "-c", "core.autocrlf=false"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("git: {e}"));
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "git {args:?}: {said}");
    said
}

/// The same through git: two clones, both commit, each pulls the other: no merge conflict
/// in regie's files (each has one writer) and one state on both.
#[test]
fn two_clones_through_git_merge_without_conflict_and_agree() {
    if std::process::Command::new("git").arg("--version").output().is_err() {
        eprintln!("git is not installed: test skipped");
        return;
    }
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (a, shared) = shared_project(root.path());
    std::fs::write(a.join(".gitignore"), "regie.lock\n").unwrap_or_else(|e| panic!("{e}"));
    git(&a, &["init", "-q"]);
    git(&a, &["add", "-A"]);
    git(&a, &["commit", "-qm", "project"]);
    git(root.path(), &["clone", "-q", "a", "b"]);
    let b = root.path().join("b");
    work_apart(&a, &b, shared);
    for dir in [&a, &b] {
        git(dir, &["add", "-A"]);
        git(dir, &["commit", "-qm", "werk"]);
    }
    git(&b, &["pull", "-q", "--no-edit", "../a", "main"]);
    git(&a, &["pull", "-q", "--no-edit", "../b", "main"]);
    assert!(git(&a, &["status", "--porcelain"]).trim().is_empty());
    assert_same_union(&a, &b, &root.path().join("config"));
}

/// In the app, the action both changed is marked `≠` with a line saying whose text holds
/// and the other; `g` takes the other, and once saved and exchanged, both laptops have it
/// and no conflict is left.
#[test]
fn the_app_shows_a_conflict_and_one_key_takes_the_other_value() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (a, b, shared) = copies_worked_apart_and_exchanged(root.path());
    let (_held, opened) = opened_as(&a.join("workspace"), "anne");
    let mut model = common::model().with_workspace(opened.workspace.clone(), false);
    common::keys(&mut model, "5 home");
    let screen = common::screen(&model, 120, 30);
    assert!(screen.contains("≠ zoals bert het zag"), "{screen}");
    assert!(screen.contains("gelijktijdig gewijzigd: geldt actie “zoals bert het zag” (open) van bert"), "{screen}");
    assert!(screen.contains("anne had actie “zoals anne het"), "{screen}");
    assert!(screen.contains("g neemt die"), "{screen}");
    common::keys(&mut model, "g");
    assert_eq!(model.workspace().follow_up(shared).map(|a| a.text.as_str()), Some("zoals anne het zag"));
    assert!(!common::screen(&model, 120, 30).contains('≠'), "settled");
    save(&opened, "anne", model.workspace());
    sync(&a, &b);
    for (dir, me) in [(&a, "anne"), (&b, "bert")] {
        let (_, opened) = opened_as(&dir.join("workspace"), me);
        assert_eq!(opened.workspace.follow_up(shared).map(|a| a.text.as_str()), Some("zoals anne het zag"), "{me}");
        assert!(regie::domain::conflicts::all(&opened.workspace).is_empty(), "{me}");
    }
    // Undo takes it back.
    common::keys(&mut model, "u");
    assert_eq!(model.workspace().follow_up(shared).map(|a| a.text.as_str()), Some("zoals bert het zag"));
}
