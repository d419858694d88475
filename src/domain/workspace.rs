//! What a steering group changes: meetings, follow-up actions, finding edits and agreed
//! ratings. The dataset stays the baseline; `crate::workspace` stores this durably.

use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::edits::{FindingEdit, FindingFields};
use super::records::RecordEdits;
use super::versions::{self, LOCAL_BITS, Version};
use super::{Decision, FollowUp, FollowUpStatus, Meeting, StatusChange};

/// A rating of a matrix cell agreed in a meeting; shown instead of the computed level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreedRating {
    /// Municipality id.
    pub municipality: String,
    /// Component number.
    pub component: u8,
    /// Level 0–4.
    pub level: u8,
    /// The meeting that agreed it.
    #[serde(default)]
    pub meeting: Option<u64>,
    /// The agreed level it replaced, if there was one (else the computed level was shown).
    #[serde(default)]
    pub was: Option<u8>,
    /// The measurement it rates: `None` for the project's first (see
    /// [`super::Measurements::key`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurement: Option<String>,
    /// Why the room chose this level (free text, may be empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// What the workspace changed in one measurement (see [`Workspace::edits_of`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeasurementEdits<'w> {
    /// The finding edits.
    pub findings: Vec<&'w FindingEdit>,
    /// The agreed ratings.
    pub ratings: Vec<&'w AgreedRating>,
}

/// Everything a facilitator changes; the shipped dataset is the baseline.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Workspace {
    /// Meetings, oldest first.
    pub meetings: Vec<Meeting>,
    /// The meeting in progress, if any.
    pub current_meeting: Option<u64>,
    /// Follow-up actions, in creation order; shared, so that undo snapshots cost little.
    #[serde(rename = "actions")]
    pub follow_ups: Vec<Arc<FollowUp>>,
    /// Edited findings.
    pub finding_edits: Vec<FindingEdit>,
    /// Agreed cell ratings.
    pub ratings: Vec<AgreedRating>,
    /// Edited or added municipalities, classifications, role splits and actors.
    #[serde(skip_serializing_if = "RecordEdits::is_empty")]
    pub records: RecordEdits,
    /// Decisions of meetings.
    pub decisions: Vec<Decision>,
    /// The statuses meetings gave to actions (for the outcome of the carry-over review).
    pub status_changes: Vec<StatusChange>,
    /// The next free id for a meeting or an action.
    pub next_id: u64,
    /// The number of the last journal change folded into this state (storage bookkeeping).
    pub seq: u64,
    /// The id of the dataset (project) this workspace belongs to; `None` in older workspaces,
    /// which belong to the shipped sample (see `crate::project::belongs`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset: Option<String>,
    /// Per item (see [`versions::Item::key`]): which replica last wrote it, when, and the
    /// concurrent writes that lost (storage bookkeeping of a shared workspace).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub versions: BTreeMap<String, Version>,
    /// The tag of the replica whose ids [`Workspace::take_id`] makes (0: not shared).
    #[serde(skip)]
    pub id_tag: u32,
    /// The names of the replicas by tag, to show their ids.
    #[serde(skip)]
    pub replica_names: BTreeMap<u32, String>,
}

impl Workspace {
    /// A fresh id, made by this replica: its tag in the high bits, its own counter below, so
    /// that replicas never make the same id.
    pub fn take_id(&mut self) -> u64 {
        self.next_id = self.next_id.max(self.max_id() + 1);
        let id = (u64::from(self.id_tag) << LOCAL_BITS) | self.next_id;
        self.next_id += 1;
        id
    }

    /// The number of a new meeting: one more than the last meeting of this replica (or from
    /// before sharing), so meetings count 1, 2, 3 whatever the actions between them; the
    /// replica's tag in the high bits, as in [`Workspace::take_id`].
    pub fn take_meeting_id(&mut self) -> u64 {
        let own = self.meetings.iter().map(|m| versions::split_id(m.id));
        let last = own.filter(|(tag, _)| *tag == self.id_tag || *tag == 0).map(|(_, n)| n).max().unwrap_or(0);
        (u64::from(self.id_tag) << LOCAL_BITS) | (last + 1)
    }

    /// The highest number among this replica's ids and those from before sharing (shown the
    /// same way, so they must not repeat).
    fn max_id(&self) -> u64 {
        let actions = self.follow_ups.iter().map(|a| a.id);
        let decisions = self.decisions.iter().map(|d| d.id);
        let all = actions.chain(self.meetings.iter().map(|m| m.id)).chain(decisions).map(versions::split_id);
        all.filter(|(tag, _)| *tag == self.id_tag || *tag == 0).map(|(_, n)| n).max().unwrap_or(0)
    }

    /// An id as shown in the room: `3` for one of this replica's (or from before sharing),
    /// `3·anne` for one another replica made.
    pub fn shown_id(&self, id: u64) -> String {
        match versions::split_id(id) {
            (tag, n) if tag == 0 || tag == self.id_tag => n.to_string(),
            (tag, n) => match self.replica_names.get(&tag) {
                Some(name) => format!("{n}·{name}"),
                None => format!("{n}·{tag:x}"),
            },
        }
    }

    /// A follow-up action by id.
    pub fn follow_up(&self, id: u64) -> Option<&FollowUp> {
        self.follow_ups.iter().find(|a| a.id == id).map(AsRef::as_ref)
    }

    /// A follow-up action by id, to change (copied first when a snapshot still shares it).
    pub fn follow_up_mut(&mut self, id: u64) -> Option<&mut FollowUp> {
        self.follow_ups.iter_mut().find(|a| a.id == id).map(Arc::make_mut)
    }

    /// A meeting by id.
    pub fn meeting(&self, id: u64) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id == id)
    }

    /// The meeting whose minutes are meant: the one asked for, else the one in progress,
    /// else the latest. A meeting is asked for by its id or by the number shown for it (see
    /// [`Workspace::shown_id`]).
    pub fn minutes_meeting(&self, asked: Option<u64>) -> Option<u64> {
        let shown = |asked: u64| self.meetings.iter().find(|m| self.shown_id(m.id) == asked.to_string());
        let asked = asked.map(|asked| self.meeting(asked).or_else(|| shown(asked)).map_or(asked, |m| m.id));
        asked.or(self.current_meeting).or(self.meetings.last().map(|m| m.id))
    }

    /// The meeting in progress.
    pub fn current(&self) -> Option<&Meeting> {
        self.current_meeting.and_then(|id| self.meeting(id))
    }

    /// The edits of one measurement (by its workspace key: `None` for the project's first):
    /// the one place that says which records belong to a measurement.
    pub fn edits_of(&self, measurement: Option<&str>) -> MeasurementEdits<'_> {
        MeasurementEdits {
            findings: self.finding_edits.iter().filter(|e| e.measurement.as_deref() == measurement).collect(),
            ratings: self.ratings.iter().filter(|r| r.measurement.as_deref() == measurement).collect(),
        }
    }

    /// Records the fields of a baseline finding, replacing an earlier edit of it; an edit
    /// back to the baseline removes the record. The edit is marked with the meeting in
    /// progress and remembers what the finding was before that meeting changed it.
    pub fn record_finding(&mut self, mut edit: FindingEdit, baseline: &FindingFields) {
        let same = |e: &FindingEdit| {
            e.municipality == edit.municipality
                && e.indicator == edit.indicator
                && e.original == edit.original
                && e.measurement == edit.measurement
        };
        let earlier = self.finding_edits.iter().find(|e| same(e));
        edit.meeting = self.current_meeting;
        edit.was = Some(match earlier {
            Some(e) if e.meeting == edit.meeting => e.was.clone().unwrap_or_else(|| baseline.clone()),
            Some(e) => e.fields.clone(),
            None => baseline.clone(),
        });
        self.finding_edits.retain(|e| !same(e));
        if edit.fields != *baseline {
            self.finding_edits.push(edit);
        }
    }

    /// Sets the status of an action; in a meeting, records that the meeting gave it.
    pub fn set_status(&mut self, id: u64, status: FollowUpStatus) {
        let meeting = self.current_meeting;
        let Some(action) = self.follow_up_mut(id) else { return };
        let changed = action.status != status;
        action.status = status;
        if let (Some(meeting), true) = (meeting, changed) {
            self.status_changes.retain(|c| !(c.action == id && c.meeting == meeting));
            self.status_changes.push(StatusChange { action: id, meeting, status });
        }
    }

    /// The status a meeting gave an action, if it changed it.
    pub fn status_in(&self, action: u64, meeting: u64) -> Option<FollowUpStatus> {
        self.status_changes.iter().find(|c| c.action == action && c.meeting == meeting).map(|c| c.status)
    }

    /// The agreed rating of a cell in a measurement (by its workspace key).
    pub fn rating(&self, measurement: Option<&str>, municipality: &str, component: u8) -> Option<&AgreedRating> {
        let cell = |r: &&AgreedRating| r.municipality == municipality && r.component == component;
        self.ratings.iter().filter(|r| r.measurement.as_deref() == measurement).find(cell)
    }

    /// Sets (with the room's reason, which may be empty) or, with `None`, clears the agreed
    /// rating of a cell in a measurement.
    pub fn set_rating(
        &mut self,
        measurement: Option<&str>,
        municipality: &str,
        component: u8,
        level: Option<(u8, &str)>,
    ) {
        let meeting = self.current_meeting;
        let was = match self.rating(measurement, municipality, component) {
            Some(earlier) if earlier.meeting == meeting => earlier.was,
            Some(earlier) => Some(earlier.level),
            None => None,
        };
        self.ratings.retain(|r| {
            !(r.municipality == municipality && r.component == component && r.measurement.as_deref() == measurement)
        });
        if let Some((level, reason)) = level {
            let municipality = municipality.to_string();
            let measurement = measurement.map(str::to_string);
            let reason = reason.trim().to_string();
            self.ratings.push(AgreedRating { municipality, component, level, meeting, was, measurement, reason });
        }
    }

    /// How many open actions concern each municipality (by id).
    pub fn open_follow_up_counts(&self) -> FxHashMap<&str, usize> {
        let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
        for action in self.follow_ups.iter().filter(|a| a.status.is_open()) {
            for (index, link) in action.links.iter().enumerate() {
                let Some(municipality) = link.municipality() else { continue };
                let counted = action.links[..index].iter().any(|l| l.municipality() == Some(municipality));
                if !counted {
                    *counts.entry(municipality).or_default() += 1;
                }
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Besturen, Verdict};

    fn fields(verdict: Verdict) -> FindingFields {
        FindingFields { verdict, note: String::new(), bestuur: Besturen::Gemeente, source: None }
    }

    fn edit(verdict: Verdict) -> FindingEdit {
        let (municipality, indicator) = ("menen".to_string(), "1.1.1a".to_string());
        FindingEdit {
            municipality,
            indicator,
            original: Besturen::Gemeente,
            fields: fields(verdict),
            meeting: None,
            was: None,
            measurement: None,
        }
    }

    #[test]
    fn meetings_count_per_replica_whatever_the_actions_and_the_other_replicas() {
        let mut workspace = Workspace { id_tag: versions::tag_of("anne"), ..Workspace::default() };
        let meeting = |id| Meeting {
            id,
            date: jiff::civil::date(2026, 12, 7),
            title: String::new(),
            attendees: Vec::new(),
            excused: Vec::new(),
            ended: true,
            measurement: None,
        };
        workspace.meetings.push(meeting(1));
        workspace.meetings.push(meeting((u64::from(versions::tag_of("bert")) << LOCAL_BITS) | 7));
        workspace.take_id();
        workspace.take_id();
        let id = workspace.take_meeting_id();
        assert_eq!(versions::split_id(id), (versions::tag_of("anne"), 2), "after meeting 1 from before sharing");
        workspace.meetings.push(meeting(id));
        assert_eq!(versions::split_id(workspace.take_meeting_id()).1, 3);
    }

    #[test]
    fn a_finding_edit_remembers_what_it_was_before_its_meeting() {
        let baseline = fields(Verdict::Ja);
        let mut workspace = Workspace { current_meeting: Some(1), ..Workspace::default() };
        workspace.record_finding(edit(Verdict::Deels), &baseline);
        workspace.record_finding(edit(Verdict::Nee), &baseline);
        let first = workspace.finding_edits.first().map(|e| (e.meeting, e.was.clone()));
        assert_eq!(first, Some((Some(1), Some(fields(Verdict::Ja)))), "the same meeting keeps the first 'was'");
        workspace.current_meeting = Some(2);
        workspace.record_finding(edit(Verdict::Onbekend), &baseline);
        let second = workspace.finding_edits.first().map(|e| (e.meeting, e.was.clone()));
        assert_eq!(second, Some((Some(2), Some(fields(Verdict::Nee)))), "a later meeting starts from the edit");
    }

    #[test]
    fn ratings_and_statuses_remember_their_meeting() {
        let mut workspace = Workspace { current_meeting: Some(1), ..Workspace::default() };
        workspace.set_rating(None, "menen", 2, Some((3, "")));
        workspace.current_meeting = Some(2);
        workspace.set_rating(None, "menen", 2, Some((1, "de samenwerking met het OCMW is nog niet rond")));
        assert_eq!(workspace.rating(None, "menen", 2).map(|r| (r.meeting, r.was)), Some((Some(2), Some(3))));
        let reason = workspace.rating(None, "menen", 2).map(|r| r.reason.as_str());
        assert_eq!(reason, Some("de samenwerking met het OCMW is nog niet rond"), "the room's reason is kept");
        workspace.set_rating(Some("later"), "menen", 2, Some((4, "")));
        assert_eq!(workspace.rating(None, "menen", 2).map(|r| r.level), Some(1), "another measurement's rating");
        assert_eq!(workspace.rating(Some("later"), "menen", 2).map(|r| r.level), Some(4));
        workspace.follow_ups.push(std::sync::Arc::new(FollowUp {
            id: 5,
            text: "x".into(),
            links: Vec::new(),
            owner: None,
            due: None,
            status: FollowUpStatus::Open,
            meeting: Some(1),
        }));
        workspace.set_status(5, FollowUpStatus::Klaar);
        assert_eq!(workspace.status_in(5, 2), Some(FollowUpStatus::Klaar));
        assert_eq!(workspace.status_in(5, 1), None);
    }
}
