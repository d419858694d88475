//! Undo and redo of edits to findings.

use crate::domain::{Besturen, Dataset, Finding, Verdict};

/// The editable fields of a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingFields {
    /// Verdict.
    pub verdict: Verdict,
    /// Note.
    pub note: String,
    /// Bestuur.
    pub bestuur: Besturen,
}

impl From<&Finding> for FindingFields {
    fn from(finding: &Finding) -> Self {
        FindingFields {
            verdict: finding.verdict,
            note: finding.note.clone(),
            bestuur: finding.bestuur,
        }
    }
}

impl FindingFields {
    /// Writes these fields into the dataset's finding.
    pub fn apply(&self, dataset: &mut Dataset, finding: usize) {
        dataset.set_verdict(finding, self.verdict);
        dataset.set_note(finding, self.note.clone());
        dataset.set_bestuur(finding, self.bestuur);
    }
}

/// One change: a finding before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// Index of the finding.
    pub finding: usize,
    /// Its fields before.
    pub before: FindingFields,
    /// Its fields after.
    pub after: FindingFields,
}

/// Done edits and undone ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    done: Vec<Edit>,
    undone: Vec<Edit>,
}

impl History {
    /// Records a new edit; what was undone can no longer be redone.
    pub fn record(&mut self, edit: Edit) {
        self.done.push(edit);
        self.undone.clear();
    }

    /// Whether there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    /// Reverts the last edit; returns it.
    pub fn undo(&mut self, dataset: &mut Dataset) -> Option<&Edit> {
        let edit = self.done.pop()?;
        edit.before.apply(dataset, edit.finding);
        self.undone.push(edit);
        self.undone.last()
    }

    /// Re-applies the last undone edit; returns it.
    pub fn redo(&mut self, dataset: &mut Dataset) -> Option<&Edit> {
        let edit = self.undone.pop()?;
        edit.after.apply(dataset, edit.finding);
        self.done.push(edit);
        self.done.last()
    }
}
