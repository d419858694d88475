//! Opening a workspace directory: the snapshot and the journal read, every change number
//! accounted for (see [`super::damage`]), every reference into the dataset checked (see
//! [`super::references`]), and the damage that still loads handed on to be reported.

use std::path::{Path, PathBuf};

use rustc_hash::FxHashSet;

use crate::domain::versions::tag_of;
use crate::domain::{Dataset, apply_records};
use crate::ronfile::Problem;

use super::damage::{self, Damage};
use super::journal::{self, Entry};
use super::lock::{self, Acquired};
use super::references::{self, Known, Part};
use super::replica::{self, Whose};
use super::store::{self, Snapshot};
use crate::domain::Workspace;

/// One directory of a workspace as read: the files from before it was shared, or a replica's.
pub struct Source {
    /// Whose files these are.
    pub whose: Whose,
    /// The directory.
    pub dir: PathBuf,
    snapshot: Option<Snapshot>,
    /// The journal's changes after the snapshot, in order.
    changes: Vec<Entry>,
    damage: Vec<Damage>,
    /// For another replica's files: what could not be read yet (it loads without it).
    pub waiting: Option<String>,
    snapshot_file: String,
    journal_file: String,
}

/// A workspace directory as read, before its references are checked against the dataset.
pub struct Read {
    root: PathBuf,
    sources: Vec<Source>,
    /// The replica this instance writes as (`None`: only reading).
    me: Option<String>,
}

/// A workspace ready for use, and the damage found on the way, to be reported.
pub struct Opened {
    /// Every replica's changes merged (see [`super::merge`]).
    pub workspace: Workspace,
    /// Damage that loaded, with the directory it is in.
    pub damage: Vec<(PathBuf, Damage)>,
    /// The directory this instance writes: its own replica's.
    pub own: PathBuf,
    /// The replicas read, with what could not be read yet.
    pub replicas: Vec<replica::Seen>,
}

/// Reads a workspace directory without changing it, as no replica: the files from before
/// sharing keep their rules (a file that does not read, or saved changes that cannot all be
/// accounted for, are a problem with its position); every replica's files load as far as
/// they arrived.
pub fn read(dir: &Path) -> Result<Read, Problem> {
    read_as(dir, None)
}

/// [`read`] as replica `me`: its own files keep the same rules as those from before sharing.
pub fn read_as(dir: &Path, me: Option<&str>) -> Result<Read, Problem> {
    let mut sources = Vec::new();
    if replica::has_legacy(dir) {
        sources.push(strict(dir, Whose::Legacy)?);
    }
    for name in replica::names(dir) {
        let replica_dir = replica::dir(dir, &name);
        if Some(name.as_str()) == me {
            sources.push(strict(&replica_dir, Whose::Own)?);
        } else {
            sources.push(lenient(&replica_dir, name));
        }
    }
    Ok(Read { root: dir.to_path_buf(), sources, me: me.map(str::to_string) })
}

/// Reads one directory under today's rules: every change number accounted for.
fn strict(dir: &Path, whose: Whose) -> Result<Source, Problem> {
    let snapshot = store::read_snapshot(&store::file(dir))?;
    let journal = journal::read(dir)?;
    let base = snapshot.as_ref().map(|s| s.workspace.seq);
    damage::check_sequence(dir, base, journal.as_ref())?;
    let damage = damage::found(base, journal.as_ref());
    let changes = after(base, journal);
    Ok(source(dir, whose, snapshot, changes, damage, None))
}

/// Reads another replica's directory as far as it arrived: a last line cut short is left
/// out, and a journal that does not follow on from the snapshot (the rest still on its way)
/// or a file that does not read is left out and named, never reported as damage.
fn lenient(dir: &Path, name: String) -> Source {
    let whose = Whose::Other(name);
    let snapshot = match store::read_snapshot(&store::file(dir)) {
        Ok(snapshot) => snapshot,
        Err(problem) => return source(dir, whose, None, Vec::new(), Vec::new(), Some(problem.to_string())),
    };
    let base = snapshot.as_ref().map(|s| s.workspace.seq);
    let (changes, waiting) = match journal::read(dir) {
        Ok(journal) => match damage::check_sequence(dir, base, journal.as_ref()) {
            Ok(()) => (after(base, journal), None),
            Err(problem) => (Vec::new(), Some(problem.to_string())),
        },
        Err(problem) => (Vec::new(), Some(problem.to_string())),
    };
    source(dir, whose, snapshot, changes, Vec::new(), waiting)
}

/// The journal's changes after the snapshot's last.
fn after(base: Option<u64>, journal: Option<journal::Journal>) -> Vec<Entry> {
    let after = base.unwrap_or(0);
    journal.map(|j| j.entries).unwrap_or_default().into_iter().filter(|e| e.delta.seq > after).collect()
}

fn source(
    dir: &Path,
    whose: Whose,
    snapshot: Option<Snapshot>,
    changes: Vec<Entry>,
    damage: Vec<Damage>,
    waiting: Option<String>,
) -> Source {
    let snapshot_file = store::file(dir).display().to_string();
    let journal_file = journal::file(dir).display().to_string();
    Source { whose, dir: dir.to_path_buf(), snapshot, changes, damage, waiting, snapshot_file, journal_file }
}

impl Source {
    /// The state these files hold: the snapshot with the journal's changes applied.
    fn view(&self) -> Workspace {
        let mut workspace = self.snapshot.as_ref().map(|s| s.workspace.clone()).unwrap_or_default();
        for entry in &self.changes {
            entry.delta.clone().apply(&mut workspace);
        }
        workspace
    }

    /// The clock of the last change these files hold.
    fn last_change(&self) -> u64 {
        let last = self.changes.iter().rev().flat_map(|e| e.delta.versions.values()).map(|v| v.at).max();
        last.or_else(|| self.snapshot.as_ref().map(|s| super::merge::clock(&s.workspace))).unwrap_or(0)
    }
}

/// Tries the lock of replica `me`'s files first, then reads the workspace. In this order an
/// instance that saves and exits while this one starts cannot lose its last change: it saved
/// before it let go of the lock, so either this one is read-only or it reads that change.
pub fn lock_and_read(dir: &Path, me: &str) -> Result<(Acquired, Read), Problem> {
    locked_read(dir, me, |_| {})
}

/// [`lock_and_read`], running `between` after the lock was tried and before the reading.
fn locked_read(dir: &Path, me: &str, between: impl FnOnce(&Acquired)) -> Result<(Acquired, Read), Problem> {
    let own = replica::dir(dir, me);
    let held = lock::acquire(&own)
        .map_err(|error| Problem::whole_file(own.display().to_string(), format!("werkmap niet te openen: {error}")))?;
    between(&held);
    Ok((held, read_as(dir, Some(me))?))
}

impl Read {
    /// Checks every reference into the dataset, each problem at its position, then merges
    /// every replica's changes.
    pub fn check(self, dataset: &Dataset) -> Result<Opened, Vec<Problem>> {
        let views = self.views();
        let merged = self.merged(&views);
        let problems = self.dangling(dataset, &merged, &views);
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(self.opened(merged))
    }

    /// The merged workspace, references unchecked.
    pub fn into_workspace(self) -> Workspace {
        let views = self.views();
        self.merged(&views)
    }

    fn views(&self) -> Vec<Workspace> {
        self.sources.iter().map(Source::view).collect()
    }

    /// Every view merged; the non-item fields are those of this replica's own view, else of
    /// the files from before sharing.
    fn merged(&self, views: &[Workspace]) -> Workspace {
        let own = self.sources.iter().position(|s| s.whose == Whose::Own);
        let own = own.or_else(|| self.sources.iter().position(|s| s.whose == Whose::Legacy));
        let empty = Workspace::default();
        let base = own.map_or(&empty, |at| &views[at]);
        let others: Vec<&Workspace> =
            (views.iter().enumerate()).filter(|(at, _)| Some(*at) != own).map(|(_, v)| v).collect();
        let mut merged = super::merge::merge(base, &others);
        merged.id_tag = self.me.as_deref().map_or(0, tag_of);
        let names = self.sources.iter().filter_map(|s| s.whose.name());
        merged.replica_names = names.map(|name| (tag_of(name), name.to_string())).collect();
        if let Some(me) = &self.me {
            merged.replica_names.insert(tag_of(me), me.clone());
        }
        merged
    }

    fn opened(self, workspace: Workspace) -> Opened {
        let replicas = self.sources.iter().map(|s| replica::Seen {
            whose: s.whose.clone(),
            last_change: s.last_change(),
            waiting: s.waiting.clone(),
        });
        let replicas = replicas.collect();
        let own = self.me.as_deref().map_or_else(|| self.root.clone(), |me| replica::dir(&self.root, me));
        let damage = self.sources.into_iter().flat_map(|s| s.damage.into_iter().map(move |d| (s.dir.clone(), d)));
        Opened { workspace, damage: damage.collect(), own, replicas }
    }

    fn dangling(&self, dataset: &Dataset, merged: &Workspace, views: &[Workspace]) -> Vec<Problem> {
        let with_records = (!merged.records.is_empty()).then(|| apply_records(dataset, &merged.records).ok()).flatten();
        // The journal adds and changes meetings and removes one only when its start is undone:
        // a line may name a meeting a later line removes.
        let written = self.sources.iter().flat_map(|s| {
            let snapshot = s.snapshot.iter().flat_map(|s| &s.workspace.meetings);
            snapshot.chain(s.changes.iter().flat_map(|e| &e.delta.meetings))
        });
        let meetings: FxHashSet<u64> = views.iter().flat_map(|v| &v.meetings).chain(written).map(|m| m.id).collect();
        let known = Known::new(with_records.as_ref().unwrap_or(dataset), meetings);
        let mut problems = Vec::new();
        for source in &self.sources {
            let snapshot = source.snapshot.iter().map(|s| Part {
                file: &source.snapshot_file,
                line: 1,
                text: &s.text,
                content: (&s.workspace).into(),
            });
            let changes = source.changes.iter().map(|e| Part {
                file: &source.journal_file,
                line: e.line,
                text: &e.text,
                content: (&e.delta).into(),
            });
            problems.extend(snapshot.chain(changes).flat_map(|part| references::check(&known, &part)));
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::fs;
    use std::path::PathBuf;
    use std::sync::Arc;

    use super::*;
    use std::path::MAIN_SEPARATOR;

    /// The console command that puts the first backup back, as the platform's shell writes it.
    const RESTORE: &str = if cfg!(windows) {
        "copy backups\\workspace.000001.ron workspace.ron"
    } else {
        "cp backups/workspace.000001.ron workspace.ron"
    };
    use crate::dataset::{self, Source};
    use crate::domain::{FollowUp, FollowUpStatus, Link, Owner};
    use crate::workspace::journal::Delta;

    fn dataset() -> Dataset {
        dataset::load(&Source::Shipped).unwrap_or_else(|p| panic!("{p:?}"))
    }

    fn action(id: u64, links: Vec<Link>) -> Arc<FollowUp> {
        let text = format!("actie {id}");
        Arc::new(FollowUp { id, text, links, owner: None, due: None, status: FollowUpStatus::Open, meeting: None })
    }

    /// A workspace with actions 1..=n on Menen.
    fn with_actions(n: u64) -> Workspace {
        let actions = (1..=n).map(|id| action(id, vec![Link::Municipality("menen".into())])).collect();
        Workspace { follow_ups: actions, next_id: n + 1, ..Workspace::default() }
    }

    /// Appends the change from `n - 1` to `n` actions as journal line `seq`.
    fn append(dir: &Path, n: u64, seq: u64) {
        let delta = Delta::between(&with_actions(n - 1), &with_actions(n), seq);
        journal::append(dir, &delta).unwrap_or_else(|e| panic!("{e}"));
    }

    /// Every file under a directory with its bytes.
    fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{e}")).flatten() {
            let path = entry.path();
            if path.is_dir() {
                files.extend(self::files(&path));
            } else {
                files.insert(path.clone(), fs::read(&path).unwrap_or_default());
            }
        }
        files
    }

    fn damage_of(opened: &Opened) -> Vec<Damage> {
        opened.damage.iter().map(|(_, damage)| damage.clone()).collect()
    }

    fn opened(dir: &Path) -> Opened {
        read(dir).unwrap_or_else(|p| panic!("{p}")).check(&dataset()).unwrap_or_else(|p| panic!("{p:?}"))
    }

    fn refused(dir: &Path) -> String {
        read(dir).err().map(|p| p.to_string()).unwrap_or_else(|| panic!("not refused"))
    }

    /// A snapshot with one action and a journal adding a second, then a third cut short.
    fn torn(dir: &Path) {
        store::save(dir, &with_actions(1)).unwrap_or_else(|e| panic!("{e}"));
        append(dir, 2, 1);
        let mut journal =
            fs::OpenOptions::new().append(true).open(journal::file(dir)).unwrap_or_else(|e| panic!("{e}"));
        std::io::Write::write_all(&mut journal, b"(seq:2,actions:[(id:3,te").unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn the_lock_is_tried_before_the_workspace_is_read() {
        let temp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let own = replica::dir(temp.path(), "anne");
        let own = own.as_path();
        store::save(own, &with_actions(1)).unwrap_or_else(|e| panic!("{e}"));
        let other = lock::acquire(own).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(other, Acquired::Writer(_)));
        // Another instance of the same replica saves its last change and exits while this
        // one starts.
        let (held, read) = locked_read(temp.path(), "anne", move |_| {
            append(own, 2, 1);
            drop(other);
        })
        .unwrap_or_else(|p| panic!("{p}"));
        let workspace = read.check(&dataset()).unwrap_or_else(|p| panic!("{p:?}")).workspace;
        // Had it read first, it would now be the writer of a workspace without that change.
        assert!(matches!(held, Acquired::HeldElsewhere), "the other instance held the lock when it was tried");
        assert_eq!(workspace.follow_ups, with_actions(2).follow_ups, "and its last change is read");
    }

    #[test]
    fn a_torn_last_line_loads_with_a_warning_and_nothing_changes() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        torn(dir.path());
        let before = files(dir.path());
        let opened = opened(dir.path());
        assert_eq!(opened.workspace.follow_ups.len(), 2);
        assert_eq!(damage_of(&opened), [Damage::TornLine { line: 2, seq: 2 }]);
        let warning = opened.damage[0].1.warning(dir.path()).to_string();
        assert!(warning.contains("workspace.journal:2:1: onvolledige laatste regel"), "{warning}");
        assert!(warning.contains("het journaal is niet gewijzigd"), "{warning}");
        assert_eq!(files(dir.path()), before);
    }

    #[test]
    fn securing_a_torn_line_keeps_the_original_and_later_changes_append_safely() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        torn(dir.path());
        let original = fs::read(journal::file(dir.path())).unwrap_or_default();
        let damage = opened(dir.path()).damage;
        let warning = damage[0].1.secure(dir.path()).unwrap_or_else(|p| panic!("{p}")).to_string();
        assert!(warning.contains("origineel: workspace.journal.beschadigd-2"), "{warning}");
        let copy = dir.path().join("workspace.journal.beschadigd-2");
        assert_eq!(fs::read(&copy).ok(), Some(original.clone()));
        append(dir.path(), 3, 2);
        let opened = opened(dir.path());
        assert_eq!(opened.workspace.follow_ups.len(), 3);
        assert!(opened.damage.is_empty(), "{:?}", opened.damage);
        // A second torn line with the same number is copied beside the first, never over it.
        fs::write(journal::file(dir.path()), b"(seq:1").unwrap_or_else(|e| panic!("{e}"));
        fs::write(store::file(dir.path()), b"Workspace(seq: 1)").unwrap_or_else(|e| panic!("{e}"));
        let damage = self::opened(dir.path()).damage;
        let warning = damage[0].1.secure(dir.path()).unwrap_or_else(|p| panic!("{p}")).to_string();
        assert!(warning.contains("workspace.journal.beschadigd-2-2"), "{warning}");
        assert_eq!(fs::read(&copy).ok(), Some(original));
    }

    #[test]
    fn changes_already_in_the_snapshot_are_not_replayed() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        append(dir.path(), 1, 1);
        append(dir.path(), 2, 2);
        let journal = fs::read(journal::file(dir.path())).unwrap_or_default();
        // A crash after the snapshot's rename, before the journal was emptied.
        store::save(dir.path(), &Workspace { seq: 2, ..with_actions(1) }).unwrap_or_else(|e| panic!("{e}"));
        fs::write(journal::file(dir.path()), journal).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(opened(dir.path()).workspace.follow_ups.len(), 1);
    }

    #[test]
    fn a_missing_snapshot_beside_a_journal_is_refused_naming_the_backup() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        store::save(dir.path(), &Workspace { seq: 5, ..with_actions(3) }).unwrap_or_else(|e| panic!("{e}"));
        store::save(dir.path(), &Workspace { seq: 5, ..with_actions(3) }).unwrap_or_else(|e| panic!("{e}"));
        append(dir.path(), 4, 6);
        fs::remove_file(store::file(dir.path())).unwrap_or_else(|e| panic!("{e}"));
        let before = files(dir.path());
        let problem = refused(dir.path());
        assert!(problem.contains("workspace.journal:1:1: workspace.ron ontbreekt"), "{problem}");
        assert!(problem.contains("begint bij wijziging 6"), "{problem}");
        assert!(problem.contains(RESTORE), "{problem}");
        assert_eq!(files(dir.path()), before);
        // Doing what it says brings every change back.
        fs::copy(dir.path().join("backups/workspace.000001.ron"), store::file(dir.path()))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(opened(dir.path()).workspace.follow_ups.len(), 4);
    }

    #[test]
    fn a_missing_snapshot_with_only_older_backups_says_what_is_gone() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        store::save(dir.path(), &with_actions(1)).unwrap_or_else(|e| panic!("{e}"));
        append(dir.path(), 2, 1);
        store::save(dir.path(), &Workspace { seq: 1, ..with_actions(2) }).unwrap_or_else(|e| panic!("{e}"));
        append(dir.path(), 3, 2);
        fs::remove_file(store::file(dir.path())).unwrap_or_else(|e| panic!("{e}"));
        let problem = refused(dir.path());
        assert!(problem.contains("begint bij wijziging 2"), "{problem}");
        assert!(
            problem.contains(&format!("backups{MAIN_SEPARATOR}workspace.000001.ron, gaat maar tot wijziging 0")),
            "{problem}"
        );
        assert!(
            problem.contains(if cfg!(windows) { "move workspace.journal" } else { "mv workspace.journal" }),
            "{problem}"
        );
        fs::remove_file(journal::file(dir.path())).unwrap_or_else(|e| panic!("{e}"));
        let problem = refused(dir.path());
        assert!(problem.contains("workspace.ron:1:1: ontbreekt"), "{problem}");
        assert!(problem.contains(RESTORE), "{problem}");
    }

    #[test]
    fn a_gap_between_the_snapshot_and_the_journal_is_refused() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        store::save(dir.path(), &Workspace { seq: 1, ..with_actions(1) }).unwrap_or_else(|e| panic!("{e}"));
        append(dir.path(), 2, 4);
        let before = files(dir.path());
        let problem = refused(dir.path());
        assert!(problem.contains("workspace.journal:1:1: het journaal begint bij wijziging 4"), "{problem}");
        assert!(problem.contains("wijzigingen 2 tot 3 ontbreken"), "{problem}");
        assert_eq!(files(dir.path()), before);
    }

    #[test]
    fn a_gap_inside_the_journal_is_refused_at_its_line() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        store::save(dir.path(), &with_actions(1)).unwrap_or_else(|e| panic!("{e}"));
        append(dir.path(), 2, 1);
        append(dir.path(), 3, 3);
        let problem = refused(dir.path());
        assert!(problem.contains("workspace.journal:2:1: wijziging 3 volgt op wijziging 1"), "{problem}");
    }

    #[test]
    fn a_missing_journal_is_reported_and_then_created_empty() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        store::save(dir.path(), &Workspace { seq: 7, ..with_actions(2) }).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(fs::read(journal::file(dir.path())).ok(), Some(Vec::new()), "compaction leaves an empty journal");
        assert!(opened(dir.path()).damage.is_empty());
        fs::remove_file(journal::file(dir.path())).unwrap_or_else(|e| panic!("{e}"));
        let opened = opened(dir.path());
        assert_eq!(opened.workspace.follow_ups.len(), 2);
        assert_eq!(damage_of(&opened), [Damage::MissingJournal { seq: 7 }]);
        let warning = opened.damage[0].1.secure(dir.path()).unwrap_or_else(|p| panic!("{p}")).to_string();
        assert!(warning.contains("workspace.journal:1:1: ontbreekt naast workspace.ron"), "{warning}");
        assert!(warning.contains("tot en met wijziging 7"), "{warning}");
        assert!(self::opened(dir.path()).damage.is_empty());
    }

    /// Line and column of the first `needle` in `text`.
    fn position_of(text: &str, needle: &str) -> (usize, usize) {
        let at = text.find(needle).unwrap_or_else(|| panic!("{needle} not in {text}"));
        let line = text[..at].matches('\n').count() + 1;
        let column = text[..at].rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    }

    fn broken_workspace() -> Workspace {
        let cell = Link::Cell { municipality: "kortrijk".into(), component: 9 };
        let finding = Link::Finding { municipality: "mennen".into(), indicator: "9.9.9z".into() };
        let mut odd =
            FollowUp { owner: Some(Owner::Actor("niemand".into())), meeting: Some(77), ..(*action(2, vec![])).clone() };
        odd.links = vec![Link::Municipality("menen".into()), cell, finding, Link::Actor("spook".into())];
        let edit = |municipality: &str, indicator: &str, original| crate::domain::FindingEdit {
            municipality: municipality.into(),
            indicator: indicator.into(),
            original,
            fields: crate::domain::FindingFields {
                verdict: crate::domain::Verdict::Ja,
                note: String::new(),
                bestuur: original,
                source: None,
            },
            meeting: None,
            was: None,
            measurement: None,
        };
        use crate::domain::Besturen::{Gemeente, Ocmw};
        let rating = crate::domain::AgreedRating {
            municipality: "nergenshuizen".into(),
            component: 5,
            level: 6,
            meeting: Some(78),
            was: None,
            measurement: Some("later".into()),
            reason: String::new(),
        };
        Workspace {
            follow_ups: vec![action(1, vec![Link::Municipality("meneo".into())]), Arc::new(odd)],
            finding_edits: vec![
                edit("menen", "1.1.1a", Ocmw),
                edit("menen", "1.1.1a", Gemeente),
                edit("xx", "1.1.1a", Ocmw),
                edit("menen", "0.0", Ocmw),
            ],
            ratings: vec![rating],
            current_meeting: Some(79),
            next_id: 3,
            ..Workspace::default()
        }
    }

    #[test]
    fn every_dangling_reference_is_named_at_its_position() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        store::save(dir.path(), &broken_workspace()).unwrap_or_else(|e| panic!("{e}"));
        let text = fs::read_to_string(store::file(dir.path())).unwrap_or_default();
        let before = files(dir.path());
        let problems = read(dir.path()).unwrap_or_else(|p| panic!("{p}")).check(&dataset()).err().unwrap_or_default();
        let found: Vec<((usize, usize), &str)> =
            problems.iter().map(|p| ((p.line, p.column), p.message.as_str())).collect();
        let line_of = |needle: &str| position_of(&text, needle).0;
        let expected = [
            (position_of(&text, "\"meneo\""), "actie 1: onbekende gemeente 'meneo'"),
            (position_of(&text, "component: 9"), "actie 2: component 9 bestaat niet"),
            (position_of(&text, "\"mennen\""), "actie 2: onbekende gemeente 'mennen'"),
            (position_of(&text, "\"9.9.9z\""), "actie 2: onbekende indicator '9.9.9z'"),
            (position_of(&text, "\"spook\""), "actie 2: onbekende actor 'spook'"),
            (position_of(&text, "\"niemand\""), "actie 2: onbekende actor 'niemand'"),
            (position_of(&text, "meeting: Some(77)"), "actie 2: vergadering 77 bestaat niet in de werkmap"),
            (
                (line_of("original: Gemeente"), position_of(&text, "original: Gemeente").1),
                "gewijzigde bevinding: geen bevinding van gemeente van Menen op indicator '1.1.1a'",
            ),
            (position_of(&text, "\"xx\""), "gewijzigde bevinding: onbekende gemeente 'xx'"),
            (position_of(&text, "\"0.0\""), "gewijzigde bevinding: onbekende indicator '0.0'"),
            (position_of(&text, "\"nergenshuizen\""), "afgesproken niveau: onbekende gemeente 'nergenshuizen'"),
            (position_of(&text, "component: 5"), "afgesproken niveau: component 5 bestaat niet"),
            (position_of(&text, "level: 6"), "afgesproken niveau: niveau 6 ligt niet tussen 0 en 4"),
            (position_of(&text, "meeting: Some(78)"), "afgesproken niveau: vergadering 78 bestaat niet in de werkmap"),
            (position_of(&text, "\"later\""), "afgesproken niveau: onbekende meting 'later'"),
            (
                position_of(&text, "current_meeting"),
                "vergadering in uitvoering: vergadering 79 bestaat niet in de werkmap",
            ),
        ];
        for (position, message) in expected {
            assert!(found.contains(&(position, message)), "{position:?} {message} not in {found:#?}\n{text}");
        }
        assert_eq!(found.len(), expected.len(), "{found:#?}");
        assert!(problems.iter().all(|p| p.file.ends_with("workspace.ron")));
        assert_eq!(files(dir.path()), before);
    }

    #[test]
    fn a_dangling_reference_in_the_journal_is_named_at_its_line_and_column() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        store::save(dir.path(), &with_actions(1)).unwrap_or_else(|e| panic!("{e}"));
        append(dir.path(), 2, 1);
        let mut bad = with_actions(3);
        bad.follow_ups[2] = action(3, vec![Link::Municipality("menen".into()), Link::Municipality("menem".into())]);
        journal::append(dir.path(), &Delta::between(&with_actions(2), &bad, 2)).unwrap_or_else(|e| panic!("{e}"));
        let text = fs::read_to_string(journal::file(dir.path())).unwrap_or_default();
        let problems = read(dir.path()).unwrap_or_else(|p| panic!("{p}")).check(&dataset()).err().unwrap_or_default();
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let (line, column) = position_of(&text, "\"menem\"");
        assert_eq!(line, 2);
        let expected = format!("workspace.journal:2:{column}: actie 3: onbekende gemeente 'menem'");
        assert!(shown.len() == 1 && shown[0].ends_with(&expected), "{shown:?}");
    }

    #[test]
    fn a_record_edit_about_an_unknown_municipality_is_named_and_an_added_actor_is_known() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut workspace = with_actions(1);
        let mut actor = dataset().actors()[0].clone();
        actor.id = "nieuw".into();
        workspace.records.set_actor(actor);
        workspace.follow_ups.push(action(2, vec![Link::Actor("nieuw".into())]));
        store::save(dir.path(), &workspace).unwrap_or_else(|e| panic!("{e}"));
        let opened = read(dir.path()).unwrap_or_else(|p| panic!("{p}")).check(&dataset());
        assert!(opened.is_ok(), "an action may name an added actor: {:?}", opened.err());
        let mut classification = dataset().classification(0).cloned().unwrap_or_else(|| panic!("classification"));
        classification.municipality = "nergenshuizen".into();
        workspace.records.set_classification(classification);
        store::save(dir.path(), &workspace).unwrap_or_else(|e| panic!("{e}"));
        let text = fs::read_to_string(store::file(dir.path())).unwrap_or_default();
        let problems = read(dir.path()).unwrap_or_else(|p| panic!("{p}")).check(&dataset()).err().unwrap_or_default();
        let found: Vec<((usize, usize), &str)> =
            problems.iter().map(|p| ((p.line, p.column), p.message.as_str())).collect();
        let records = found.iter().find(|(_, message)| message.contains("nergenshuizen"));
        assert_eq!(records.map(|r| r.0), Some(position_of(&text, "records")), "{found:#?}");
    }
}
