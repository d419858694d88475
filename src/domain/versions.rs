//! Who changed what, and when, for a workspace shared by several replicas (laptops): every
//! item of the workspace (an action, a meeting, a finding edit, a rating, …) has a key, and
//! the key's [`Version`] says which replica last wrote it at which clock, what that replica had
//! seen of the key, and the concurrent edits that lost ([`Rival`]). Merging replicas is in
//! `crate::workspace::merge`; this module only names the items.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{
    Actor, AgreedRating, Classification, Decision, FindingEdit, FollowUp, Meeting, Municipality, RoleSplit,
    StatusChange, Workspace,
};

/// The last write of one item, by one replica.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Version {
    /// The clock of the write: milliseconds since 1970, or one more than the highest clock the
    /// replica had seen when its own clock lagged (a hybrid logical clock).
    pub at: u64,
    /// The replica that wrote it.
    pub by: String,
    /// The clock of the item's first write (its place in creation order); 0 for an item from
    /// before the workspace was shared.
    #[serde(default)]
    pub born: u64,
    /// Per replica, the highest clock of this item's writes the writer had seen: those it
    /// knowingly replaced.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub seen: BTreeMap<String, u64>,
    /// Writes of the same item made concurrently (neither saw the other) that lost to this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rivals: Vec<Rival>,
}

/// A concurrent write of an item that lost: `gelijktijdig gewijzigd`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rival {
    /// Its clock.
    pub at: u64,
    /// The replica that wrote it.
    pub by: String,
    /// What its writer had seen of the item.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub seen: BTreeMap<String, u64>,
    /// The value it wrote; `None`: it removed the item.
    pub value: Option<Item>,
}

impl Eq for Rival {}

/// One item of a workspace, the unit a write replaces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Item {
    /// A follow-up action.
    Actie(Arc<FollowUp>),
    /// A meeting.
    Vergadering(Meeting),
    /// A decision.
    Besluit(Decision),
    /// An edited finding.
    Bevinding(FindingEdit),
    /// An agreed rating.
    Niveau(AgreedRating),
    /// A status a meeting gave an action.
    Status(StatusChange),
    /// An edited or added municipality.
    Gemeente(Municipality),
    /// An edited classification.
    Classificatie(Classification),
    /// An edited role split.
    Rolverdeling(RoleSplit),
    /// An edited or added actor.
    Actor(Actor),
    /// The meeting in progress.
    LopendeVergadering(u64),
}

/// The key of the meeting in progress.
pub const CURRENT_MEETING: &str = "lopende-vergadering";

impl Item {
    /// Its key: the same for every version of the item.
    pub fn key(&self) -> String {
        let measurement = |m: &Option<String>| m.clone().unwrap_or_else(|| "-".into());
        match self {
            Item::Actie(a) => format!("actie:{}", a.id),
            Item::Vergadering(m) => format!("vergadering:{}", m.id),
            Item::Besluit(d) => format!("besluit:{}", d.id),
            Item::Bevinding(e) => {
                format!("bevinding:{}:{}:{}:{:?}", measurement(&e.measurement), e.municipality, e.indicator, e.original)
            }
            Item::Niveau(r) => format!("niveau:{}:{}:{}", measurement(&r.measurement), r.municipality, r.component),
            Item::Status(s) => format!("status:{}:{}", s.action, s.meeting),
            Item::Gemeente(m) => format!("gemeente:{}", m.id),
            Item::Classificatie(c) => format!("classificatie:{}:{}", c.municipality, measurement(&c.measurement)),
            Item::Rolverdeling(r) => format!("rolverdeling:{}:{}", r.municipality, measurement(&r.measurement)),
            Item::Actor(a) => format!("actor:{}", a.id),
            Item::LopendeVergadering(_) => CURRENT_MEETING.into(),
        }
    }

    /// The id of an action, meeting or decision (their order among items born together).
    fn id(&self) -> u64 {
        match self {
            Item::Actie(a) => a.id,
            Item::Vergadering(m) => m.id,
            Item::Besluit(d) => d.id,
            _ => 0,
        }
    }

    /// What it is, in Dutch, for the list of concurrent changes.
    pub fn describe(&self) -> String {
        match self {
            Item::Actie(a) => format!("actie “{}” ({})", a.text, a.status.label()),
            Item::Vergadering(m) => format!("vergadering {} {}", m.date, m.title),
            Item::Besluit(d) => format!("besluit “{}”", d.text),
            Item::Bevinding(e) => format!("oordeel {}, notitie “{}”", e.fields.verdict.label(), e.fields.note),
            Item::Niveau(r) => format!("niveau {}", r.level),
            Item::Status(s) => format!("status {}", s.status.label()),
            Item::Gemeente(m) => format!("gemeente {}", m.name),
            Item::Classificatie(_) => "classificatie".into(),
            Item::Rolverdeling(_) => "rolverdeling".into(),
            Item::Actor(a) => format!("actor {}", a.name),
            Item::LopendeVergadering(id) => format!("vergadering {id} bezig"),
        }
    }
}

/// Every item of a workspace by key.
pub fn items(workspace: &Workspace) -> BTreeMap<String, Item> {
    in_order(workspace).map(|item| (item.key(), item)).collect()
}

/// Every item of a workspace, in the order of its collections.
pub fn in_order(workspace: &Workspace) -> impl Iterator<Item = Item> + '_ {
    let records = &workspace.records;
    (workspace.follow_ups.iter().cloned().map(Item::Actie))
        .chain(workspace.meetings.iter().cloned().map(Item::Vergadering))
        .chain(workspace.decisions.iter().cloned().map(Item::Besluit))
        .chain(workspace.finding_edits.iter().cloned().map(Item::Bevinding))
        .chain(workspace.ratings.iter().cloned().map(Item::Niveau))
        .chain(workspace.status_changes.iter().cloned().map(Item::Status))
        .chain(records.municipalities.iter().cloned().map(Item::Gemeente))
        .chain(records.classifications.iter().cloned().map(Item::Classificatie))
        .chain(records.role_splits.iter().cloned().map(Item::Rolverdeling))
        .chain(records.actors.iter().cloned().map(Item::Actor))
        .chain(workspace.current_meeting.map(Item::LopendeVergadering))
}

/// Puts items into a workspace's collections (emptied first), in creation order: by the clock
/// of their first write, then by their place in the views (`place`), then by id, then by key.
pub fn set_items(workspace: &mut Workspace, mut items: Vec<(u64, usize, String, Item)>) {
    items.sort_by(|(born_a, at_a, key_a, a), (born_b, at_b, key_b, b)| {
        (born_a, at_a, a.id(), key_a).cmp(&(born_b, at_b, b.id(), key_b))
    });
    let ws = workspace;
    ws.follow_ups.clear();
    ws.meetings.clear();
    ws.decisions.clear();
    ws.finding_edits.clear();
    ws.ratings.clear();
    ws.status_changes.clear();
    ws.records = super::RecordEdits::default();
    ws.current_meeting = None;
    for (_, _, _, item) in items {
        match item {
            Item::Actie(a) => ws.follow_ups.push(a),
            Item::Vergadering(m) => ws.meetings.push(m),
            Item::Besluit(d) => ws.decisions.push(d),
            Item::Bevinding(e) => ws.finding_edits.push(e),
            Item::Niveau(r) => ws.ratings.push(r),
            Item::Status(s) => ws.status_changes.push(s),
            Item::Gemeente(m) => ws.records.municipalities.push(m),
            Item::Classificatie(c) => ws.records.classifications.push(c),
            Item::Rolverdeling(r) => ws.records.role_splits.push(r),
            Item::Actor(a) => ws.records.actors.push(a),
            Item::LopendeVergadering(id) => ws.current_meeting = Some(id),
        }
    }
}

/// How many bits of an id hold the number within its replica; the bits above hold the
/// replica's tag (0: made before the workspace was shared).
pub const LOCAL_BITS: u32 = 32;

/// The tag of a replica in the ids it makes: from its name, never 0.
pub fn tag_of(replica: &str) -> u32 {
    // FNV-1a: stable across platforms and versions, unlike the standard hasher.
    let hash = replica.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    (hash % 0x7fff_ffff) + 1
}

/// The replica tag of an id and its number within that replica.
pub fn split_id(id: u64) -> (u32, u64) {
    ((id >> LOCAL_BITS) as u32, id & ((1 << LOCAL_BITS) - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_stable_and_never_zero() {
        assert_eq!(tag_of("anne"), tag_of("anne"));
        assert_ne!(tag_of("anne"), tag_of("bert"));
        assert!(tag_of("") > 0);
        let id = (u64::from(tag_of("anne")) << LOCAL_BITS) | 7;
        assert_eq!(split_id(id), (tag_of("anne"), 7));
    }
}
