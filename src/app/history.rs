//! Undo and redo: snapshots of the workspace before each change.

use crate::domain::Workspace;

/// A workspace as it was, and what changed it.
#[derive(Debug, Clone, PartialEq)]
struct Snapshot {
    workspace: Workspace,
    what: String,
}

/// Done changes and undone ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    done: Vec<Snapshot>,
    undone: Vec<Snapshot>,
}

impl History {
    /// Records the state before a change; what was undone can no longer be redone.
    pub fn record(&mut self, before: Workspace, what: String) {
        self.done.push(Snapshot { workspace: before, what });
        self.undone.clear();
    }

    /// Whether there is a change to undo.
    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    /// Swaps `current` with the state before the last change; returns what that change was.
    pub fn undo(&mut self, current: &mut Workspace) -> Option<String> {
        let Snapshot { workspace, what } = self.done.pop()?;
        let after = std::mem::replace(current, workspace);
        self.undone.push(Snapshot { workspace: after, what: what.clone() });
        Some(what)
    }

    /// Swaps `current` with the state after the last undone change; returns what it was.
    pub fn redo(&mut self, current: &mut Workspace) -> Option<String> {
        let Snapshot { workspace, what } = self.undone.pop()?;
        let before = std::mem::replace(current, workspace);
        self.done.push(Snapshot { workspace: before, what: what.clone() });
        Some(what)
    }
}
