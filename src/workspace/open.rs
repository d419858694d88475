//! Opening a workspace directory: the snapshot and the journal read, every change number
//! accounted for (see [`super::damage`]), every reference into the dataset checked (see
//! [`super::references`]), and the damage that still loads handed on to be reported.

use std::path::Path;

use rustc_hash::FxHashSet;

use crate::domain::Dataset;
use crate::ronfile::Problem;

use super::Workspace;
use super::damage::{self, Damage};
use super::journal::{self, Entry};
use super::references::{self, Known, Part};
use super::store::{self, Snapshot};

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
        let known = Known::new(dataset, self.meetings());
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

    /// The ids of the meetings the workspace will hold: the journal adds and changes
    /// meetings, never removes one.
    fn meetings(&self) -> FxHashSet<u64> {
        let snapshot = self.snapshot.iter().flat_map(|s| &s.workspace.meetings);
        snapshot.chain(self.changes.iter().flat_map(|e| &e.delta.meetings)).map(|m| m.id).collect()
    }
}
