//! What a steering group changes: meetings, follow-up actions, finding edits and agreed
//! ratings. The dataset stays the baseline; `crate::workspace` stores this durably.

use rustc_hash::FxHashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::edits::{FindingEdit, FindingFields};
use super::{FollowUp, Meeting};

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
}

/// Everything a facilitator changes; the shipped dataset is the baseline.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
    /// The next free id for a meeting or an action.
    pub next_id: u64,
    /// The number of the last journal change folded into this state (storage bookkeeping).
    pub seq: u64,
    /// The id of the dataset (project) this workspace belongs to; `None` in older workspaces,
    /// which belong to the shipped sample (see `crate::project::belongs`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset: Option<String>,
}

impl Workspace {
    /// A fresh id.
    pub fn take_id(&mut self) -> u64 {
        self.next_id = self.next_id.max(self.max_id() + 1);
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn max_id(&self) -> u64 {
        let actions = self.follow_ups.iter().map(|a| a.id);
        actions.chain(self.meetings.iter().map(|m| m.id)).max().unwrap_or(0)
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
    /// else the latest.
    pub fn minutes_meeting(&self, asked: Option<u64>) -> Option<u64> {
        asked.or(self.current_meeting).or(self.meetings.last().map(|m| m.id))
    }

    /// The meeting in progress.
    pub fn current(&self) -> Option<&Meeting> {
        self.current_meeting.and_then(|id| self.meeting(id))
    }

    /// Records the fields of a baseline finding, replacing an earlier edit of it; an edit
    /// back to the baseline removes the record.
    pub fn record_finding(&mut self, edit: FindingEdit, baseline: &FindingFields) {
        let same = |e: &FindingEdit| {
            e.municipality == edit.municipality && e.indicator == edit.indicator && e.original == edit.original
        };
        self.finding_edits.retain(|e| !same(e));
        if edit.fields != *baseline {
            self.finding_edits.push(edit);
        }
    }

    /// The agreed rating of a cell.
    pub fn rating(&self, municipality: &str, component: u8) -> Option<&AgreedRating> {
        self.ratings.iter().find(|r| r.municipality == municipality && r.component == component)
    }

    /// Sets or (with `None`) clears the agreed rating of a cell.
    pub fn set_rating(&mut self, municipality: &str, component: u8, level: Option<u8>) {
        let meeting = self.current_meeting;
        self.ratings.retain(|r| !(r.municipality == municipality && r.component == component));
        if let Some(level) = level {
            let municipality = municipality.to_string();
            self.ratings.push(AgreedRating { municipality, component, level, meeting });
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
