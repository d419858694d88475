//! What the app loaded and the steering group changes: the dataset, the workspace, and the
//! history of changes. Changed only through [`Loaded::commit`], [`Loaded::undo`] and
//! [`Loaded::redo`], which derive the dataset's findings from the workspace's edits the same
//! way each time (and as loading does).
//!
//! Saving: a commit (or undo, redo) counts a new revision and returns
//! [`Effect::Save`](super::Effect::Save); the loop hands it to the writer thread
//! (`crate::workspace::writer`), which appends it to the journal and reports back with
//! [`Msg::Saved`](super::Msg::Saved), recorded here by [`Loaded::saved`].

use crate::domain::{Baseline, Dataset, Workspace};

use super::derived::Derived;
use super::history::History;

/// Whether the workspace on disk is up to date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// This revision and all before it are durable.
    Saved(u64),
    /// Writing failed; the message says why.
    Failed(String),
    /// Another instance writes this workspace: nothing is saved from here.
    ReadOnly,
}

/// Why a change was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Another instance writes this workspace.
    ReadOnly,
    /// The change changed nothing (or there was nothing to undo or redo).
    Nothing,
    /// The change would leave the dataset invalid; the message says why.
    Invalid(String),
}

/// The dataset with the workspace applied, and the history of changes.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The measurement in view with the workspace's edits applied.
    derived: Derived,
    workspace: Workspace,
    history: History,
    revision: u64,
    saved: SaveState,
}

impl Loaded {
    /// A dataset with an empty workspace.
    pub fn new(dataset: Dataset) -> Loaded {
        Loaded {
            derived: Derived::plain(dataset),
            workspace: Workspace::default(),
            history: History::default(),
            revision: 0,
            saved: SaveState::Saved(0),
        }
    }

    /// Takes a loaded workspace (its references checked when it was opened).
    pub fn load(&mut self, workspace: Workspace, read_only: bool) {
        let previous = std::mem::replace(&mut self.workspace, workspace);
        if read_only {
            self.saved = SaveState::ReadOnly;
        }
        // Its references were checked when it was opened.
        let _ = self.derive_findings(&previous);
    }

    /// Shows another measurement (as loaded from its files): the workspace's edits of it are
    /// applied. A view change, not an edit: the history stays as it is. Returns the measurement
    /// shown before.
    pub fn show(&mut self, dataset: Dataset) -> Dataset {
        std::mem::replace(&mut self.derived, Derived::new(dataset, &self.workspace)).into_dataset()
    }

    /// The dataset with the workspace's edits applied.
    pub fn dataset(&self) -> &Dataset {
        self.derived.dataset()
    }

    /// The workspace.
    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// The shipped fields of the findings changed so far.
    pub fn baseline(&self) -> &Baseline {
        self.derived.baseline()
    }

    /// How far saving has got.
    pub fn save_state(&self) -> &SaveState {
        &self.saved
    }

    /// The number of the latest change.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether the workspace is written by another instance.
    pub fn read_only(&self) -> bool {
        self.saved == SaveState::ReadOnly
    }

    /// Whether every change is on disk.
    pub fn all_saved(&self) -> bool {
        self.saved == SaveState::Saved(self.revision)
    }

    /// Whether there is a change to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// The writer reports a revision on disk.
    pub fn saved(&mut self, revision: u64) {
        if !self.read_only() {
            self.saved = SaveState::Saved(revision);
        }
    }

    /// The writer reports a failure.
    pub fn save_failed(&mut self, message: String) {
        self.saved = SaveState::Failed(message);
    }

    /// Applies `change` to the workspace and records it as `what`; returns the new revision
    /// to save.
    pub fn commit(&mut self, what: String, change: impl FnOnce(&mut Workspace)) -> Result<u64, Refused> {
        if self.read_only() {
            return Err(Refused::ReadOnly);
        }
        let before = self.workspace.clone();
        change(&mut self.workspace);
        crate::domain::conflicts::settle(&before, &mut self.workspace);
        if self.workspace == before {
            return Err(Refused::Nothing);
        }
        if let Err(message) = self.derive_findings(&before) {
            self.workspace = before;
            return Err(Refused::Invalid(message));
        }
        self.history.record(before, what);
        Ok(self.next_revision())
    }

    /// Undoes (with `back`) or redoes the last change; returns what it was and the revision.
    pub fn step(&mut self, back: bool) -> Result<(String, u64), Refused> {
        if self.read_only() {
            return Err(Refused::ReadOnly);
        }
        let before = self.workspace.clone();
        let what = if back { self.history.undo(&mut self.workspace) } else { self.history.redo(&mut self.workspace) };
        let what = what.ok_or(Refused::Nothing)?;
        // Every state in the history was valid when it was made.
        let _ = self.derive_findings(&before);
        Ok((what, self.next_revision()))
    }

    fn next_revision(&mut self) -> u64 {
        self.revision += 1;
        self.revision
    }

    /// Moves the measurement in view from the edits of `before` to the workspace's
    /// ([`Derived::follow`]).
    fn derive_findings(&mut self, before: &Workspace) -> Result<(), String> {
        self.derived.follow(before, &self.workspace)
    }
}
