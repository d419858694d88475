//! Opening a workspace directory: the snapshot and the journal read, every change number
//! accounted for (see [`super::damage`]), every reference into the dataset checked (see
//! [`super::references`]), and the damage that still loads handed on to be reported.

use std::path::Path;

use rustc_hash::FxHashSet;

use crate::domain::{Dataset, RecordEdits, apply_records};
use crate::ronfile::Problem;

use super::damage::{self, Damage};
use super::journal::{self, Entry};
use super::lock::{self, Acquired};
use super::references::{self, Known, Part};
use super::store::{self, Snapshot};
use crate::domain::Workspace;

/// A workspace directory as read, before its references are checked against the dataset.
pub struct Read {
    snapshot: Option<Snapshot>,
    /// The journal's changes after the snapshot, in order.
    changes: Vec<Entry>,
    damage: Vec<Damage>,
    snapshot_file: String,
    journal_file: String,
}

/// A workspace ready for use, and the damage found on the way, to be reported.
pub struct Opened {
    /// The snapshot with the journal's changes applied.
    pub workspace: Workspace,
    /// Damage that loaded.
    pub damage: Vec<Damage>,
}

/// Reads a workspace directory without changing it: a file that does not read, or saved
/// changes that cannot all be accounted for, are a problem with its position.
pub fn read(dir: &Path) -> Result<Read, Problem> {
    let snapshot = store::read_snapshot(&store::file(dir))?;
    let journal = journal::read(dir)?;
    let base = snapshot.as_ref().map(|s| s.workspace.seq);
    damage::check_sequence(dir, base, journal.as_ref())?;
    let damage = damage::found(base, journal.as_ref());
    let after = base.unwrap_or(0);
    let changes = journal.map(|j| j.entries).unwrap_or_default().into_iter().filter(|e| e.delta.seq > after).collect();
    let snapshot_file = store::file(dir).display().to_string();
    let journal_file = journal::file(dir).display().to_string();
    Ok(Read { snapshot, changes, damage, snapshot_file, journal_file })
}

/// Tries the workspace's lock first, then reads the workspace. In this order an instance that
/// saves and exits while this one starts cannot lose its last change: it saved before it let
/// go of the lock, so either this one is read-only or it reads that change.
pub fn lock_and_read(dir: &Path) -> Result<(Acquired, Read), Problem> {
    locked_read(dir, |_| {})
}

/// [`lock_and_read`], running `between` after the lock was tried and before the reading.
fn locked_read(dir: &Path, between: impl FnOnce(&Acquired)) -> Result<(Acquired, Read), Problem> {
    let held = lock::acquire(dir)
        .map_err(|error| Problem::whole_file(dir.display().to_string(), format!("werkmap niet te openen: {error}")))?;
    between(&held);
    Ok((held, read(dir)?))
}

impl Read {
    /// Checks every reference into the dataset, each problem at its position, then applies
    /// the journal's changes to the snapshot.
    pub fn check(mut self, dataset: &Dataset) -> Result<Opened, Vec<Problem>> {
        let problems = self.dangling(dataset);
        if !problems.is_empty() {
            return Err(problems);
        }
        let damage = std::mem::take(&mut self.damage);
        Ok(Opened { workspace: self.into_workspace(), damage })
    }

    /// The snapshot with the journal's changes applied, references unchecked.
    pub fn into_workspace(self) -> Workspace {
        let mut workspace = self.snapshot.map(|s| s.workspace).unwrap_or_default();
        for entry in self.changes {
            entry.delta.apply(&mut workspace);
        }
        workspace
    }

    fn dangling(&self, dataset: &Dataset) -> Vec<Problem> {
        let with_records = self.records().and_then(|records| apply_records(dataset, records).ok());
        let known = Known::new(with_records.as_ref().unwrap_or(dataset), self.meetings());
        let snapshot = self.snapshot.iter().map(|s| Part {
            file: &self.snapshot_file,
            line: 1,
            text: &s.text,
            content: (&s.workspace).into(),
        });
        let changes = self.changes.iter().map(|e| Part {
            file: &self.journal_file,
            line: e.line,
            text: &e.text,
            content: (&e.delta).into(),
        });
        snapshot.chain(changes).flat_map(|part| references::check(&known, &part)).collect()
    }

    /// The record edits the workspace will hold: the last journal line that changed them, else
    /// the snapshot's.
    fn records(&self) -> Option<&RecordEdits> {
        let changed = self.changes.iter().rev().find_map(|e| e.delta.records.as_ref());
        changed.or(self.snapshot.as_ref().map(|s| &s.workspace.records)).filter(|r| !r.is_empty())
    }

    /// The ids of the meetings the workspace will hold: the journal adds and changes
    /// meetings, never removes one.
    fn meetings(&self) -> FxHashSet<u64> {
        let snapshot = self.snapshot.iter().flat_map(|s| &s.workspace.meetings);
        snapshot.chain(self.changes.iter().flat_map(|e| &e.delta.meetings)).map(|m| m.id).collect()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::fs;
    use std::path::PathBuf;
    use std::sync::Arc;

    use super::*;
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
        let dir = temp.path();
        store::save(dir, &with_actions(1)).unwrap_or_else(|e| panic!("{e}"));
        let other = lock::acquire(dir).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(other, Acquired::Writer(_)));
        // Another instance saves its last change and exits while this one starts.
        let (held, read) = locked_read(dir, move |_| {
            append(dir, 2, 1);
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
        assert_eq!(opened.damage, [Damage::TornLine { line: 2, seq: 2 }]);
        let warning = opened.damage[0].warning(dir.path()).to_string();
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
        let warning = damage[0].secure(dir.path()).unwrap_or_else(|p| panic!("{p}")).to_string();
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
        let warning = damage[0].secure(dir.path()).unwrap_or_else(|p| panic!("{p}")).to_string();
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
        assert!(problem.contains("cp backups/workspace.000001.ron workspace.ron"), "{problem}");
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
        assert!(problem.contains("backups/workspace.000001.ron, gaat maar tot wijziging 0"), "{problem}");
        assert!(problem.contains("mv workspace.journal workspace.journal.apart"), "{problem}");
        fs::remove_file(journal::file(dir.path())).unwrap_or_else(|e| panic!("{e}"));
        let problem = refused(dir.path());
        assert!(problem.contains("workspace.ron:1:1: ontbreekt"), "{problem}");
        assert!(problem.contains("cp backups/workspace.000001.ron workspace.ron"), "{problem}");
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
        assert_eq!(opened.damage, [Damage::MissingJournal { seq: 7 }]);
        let warning = opened.damage[0].secure(dir.path()).unwrap_or_else(|p| panic!("{p}")).to_string();
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
