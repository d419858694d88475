//! Edits to findings made in meetings, kept apart from the shipped baseline.

use serde::{Deserialize, Serialize};

use crate::domain::{Besturen, Dataset, Finding, Verdict};

/// The editable fields of a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
        FindingFields { verdict: finding.verdict, note: finding.note.clone(), bestuur: finding.bestuur }
    }
}

/// A finding of the baseline (by municipality, indicator and its original bestuur) and what
/// it was changed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingEdit {
    /// Municipality id.
    pub municipality: String,
    /// Indicator id.
    pub indicator: String,
    /// The bestuur of the finding in the baseline.
    pub original: Besturen,
    /// The fields as edited.
    pub fields: FindingFields,
}

impl FindingEdit {
    /// Whether this edit is about a baseline finding.
    pub fn is_for(&self, baseline: &Finding) -> bool {
        self.municipality == baseline.municipality
            && self.indicator == baseline.indicator
            && self.original == baseline.bestuur
    }
}

/// Sets every finding of `dataset` back to `baseline`, then applies the edits; returns the
/// edits that match no finding (the dataset changed since they were made).
pub fn apply_edits<'e>(dataset: &mut Dataset, baseline: &[Finding], edits: &'e [FindingEdit]) -> Vec<&'e FindingEdit> {
    for (index, finding) in baseline.iter().enumerate() {
        let fields = FindingFields::from(finding);
        write(dataset, index, &fields);
    }
    let mut unmatched = Vec::new();
    for edit in edits {
        match baseline.iter().position(|f| edit.is_for(f)) {
            Some(index) => write(dataset, index, &edit.fields),
            None => unmatched.push(edit),
        }
    }
    unmatched
}

fn write(dataset: &mut Dataset, finding: usize, fields: &FindingFields) {
    dataset.restore_finding(finding, fields.verdict, &fields.note, fields.bestuur);
}
