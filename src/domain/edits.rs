//! Edits to findings made in meetings, kept apart from the shipped baseline.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

use serde::{Deserialize, Serialize};

use super::{Besturen, Dataset, Finding, Verdict, Workspace};

/// The editable fields of a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingFields {
    /// Verdict.
    pub verdict: Verdict,
    /// Note.
    pub note: String,
    /// Bestuur.
    pub bestuur: Besturen,
    /// Where the answer comes from (e.g. `import FILE DATE`); `None` in edits made before
    /// findings had a source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl FindingFields {
    /// Whether the answer itself (verdict, note, bestuur) is the same, wherever it came from.
    pub fn same_answer(&self, other: &FindingFields) -> bool {
        self.verdict == other.verdict && self.note == other.note && self.bestuur == other.bestuur
    }
}

/// Where an answer given in the app comes from: `vergadering 2026-11-27` (the meeting in
/// progress, its date), else `bewerkt 2026-11-27` (the day it was edited).
pub fn hand_source(workspace: &Workspace, today: jiff::civil::Date) -> String {
    match workspace.current() {
        Some(meeting) => format!("vergadering {}", meeting.date),
        None => format!("bewerkt {today}"),
    }
}

impl From<&Finding> for FindingFields {
    fn from(finding: &Finding) -> Self {
        FindingFields {
            verdict: finding.verdict,
            note: finding.note.clone(),
            bestuur: finding.bestuur,
            source: finding.source.clone(),
        }
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
    /// The meeting it was last changed in (none outside a meeting).
    #[serde(default)]
    pub meeting: Option<u64>,
    /// The fields before that meeting changed them (for the minutes: was → now).
    #[serde(default)]
    pub was: Option<FindingFields>,
    /// The measurement whose finding it is: `None` for the project's first (see
    /// [`super::Measurements::key`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurement: Option<String>,
}

/// The shipped fields of every finding changed since start (the others are unchanged, so
/// the dataset itself holds their baseline). Kept small: no copy of all findings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    changed: BTreeMap<usize, FindingFields>,
}

impl Baseline {
    /// The shipped fields of a finding.
    pub fn fields(&self, dataset: &Dataset, finding: usize) -> Option<FindingFields> {
        self.changed.get(&finding).cloned().or_else(|| dataset.findings().get(finding).map(FindingFields::from))
    }

    /// Remembers a finding's shipped fields before it is changed for the first time.
    pub fn remember(&mut self, dataset: &Dataset, finding: usize) {
        if let (Entry::Vacant(entry), Some(current)) = (self.changed.entry(finding), dataset.findings().get(finding)) {
            entry.insert(FindingFields::from(current));
        }
    }

    /// The finding of the baseline an edit is about.
    fn finding_of(&self, dataset: &Dataset, edit: &FindingEdit) -> Option<usize> {
        let m = dataset.municipality_index(&edit.municipality)?;
        let i = dataset.indicator_index(&edit.indicator)?;
        let original = |f: usize| self.fields(dataset, f).map(|fields| fields.bestuur);
        dataset.cell_findings(m, i).iter().copied().find(|&f| original(f) == Some(edit.original))
    }
}

/// Moves the dataset from the state of `previous` edits to that of `edits` (both of the
/// dataset's measurement): the findings `previous` touched go back to the baseline, then
/// `edits` are applied. Every edit matches a finding: the references of a workspace are
/// checked when it is opened.
pub fn apply_edits(dataset: &mut Dataset, baseline: &mut Baseline, previous: &[&FindingEdit], edits: &[&FindingEdit]) {
    for edit in previous {
        let found = baseline.finding_of(dataset, edit);
        if let Some((index, fields)) = found.and_then(|f| Some((f, baseline.fields(dataset, f)?))) {
            write(dataset, index, &fields);
        }
    }
    for edit in edits {
        if let Some(index) = baseline.finding_of(dataset, edit) {
            baseline.remember(dataset, index);
            write(dataset, index, &edit.fields);
        }
    }
}

fn write(dataset: &mut Dataset, finding: usize, fields: &FindingFields) {
    dataset.restore_finding(finding, fields.verdict, &fields.note, fields.bestuur);
    dataset.set_finding_source(finding, fields.source.clone());
}

/// The dataset as the workspace's record and finding edits of its measurement leave it, and
/// the baseline of what the finding edits changed. The app and every export start from this,
/// so they show the same data. The records go first (a finding edit may concern an added
/// municipality); their references are checked when the workspace is opened, so they apply.
pub fn apply_workspace(mut dataset: Dataset, workspace: &Workspace) -> (Dataset, Baseline) {
    if !workspace.records.is_empty() {
        let measurement = dataset.measurement_key().map(str::to_string);
        // Checked when the workspace was opened; a refused change leaves the dataset as it is.
        let _ = dataset.change_records(|parts| workspace.records.apply(parts, measurement.as_deref()));
    }
    let mut baseline = Baseline::default();
    let edits = workspace.edits_of(dataset.measurement_key()).findings;
    apply_edits(&mut dataset, &mut baseline, &[], &edits);
    (dataset, baseline)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Meeting;
    use jiff::civil::date;

    #[test]
    fn a_hand_made_answer_names_the_meeting_in_progress_else_the_day() {
        let today = date(2026, 11, 27);
        let mut workspace = Workspace::default();
        assert_eq!(hand_source(&workspace, today), "bewerkt 2026-11-27");
        let meeting = Meeting {
            id: 3,
            date: date(2026, 11, 20),
            title: "Stuurgroep".into(),
            attendees: Vec::new(),
            excused: Vec::new(),
            ended: false,
            measurement: None,
        };
        workspace.meetings.push(meeting);
        workspace.current_meeting = Some(3);
        assert_eq!(hand_source(&workspace, today), "vergadering 2026-11-20");
    }
}
