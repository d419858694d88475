//! One state from every replica's view. Each replica stores its own view of the workspace
//! (its snapshot and journal, written by it alone) with a [`Version`] per item; merging takes,
//! per item, the write no other write knowingly replaced, and of those the one with the
//! highest (clock, replica): a last-writer-wins map whose result depends only on the views,
//! never on the order they are read in. The writes that lost without being seen are kept as
//! [`Rival`]s, to be shown as `gelijktijdig gewijzigd`.

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::Workspace;
use crate::domain::versions::{self, Item, Rival, Version};

/// One write of an item found in a view.
#[derive(Clone)]
struct Write {
    at: u64,
    by: String,
    born: u64,
    seen: BTreeMap<String, u64>,
    value: Option<Item>,
    /// The item's place in the view's collections (for items born together, such as those
    /// from before sharing).
    place: usize,
}

impl Write {
    /// Whether `other` replaced this write knowingly (or this one is from before sharing).
    fn replaced_by(&self, other: &Write) -> bool {
        (self.at == 0 && other.at > 0)
            || (other.by == self.by && other.at > self.at)
            || other.seen.get(&self.by).is_some_and(|&seen| seen >= self.at)
    }

    fn order(&self) -> (u64, &str) {
        (self.at, &self.by)
    }
}

/// The writes of every item in a view, by key.
fn writes(view: &Workspace, into: &mut BTreeMap<String, Vec<Write>>) {
    let places: BTreeMap<String, usize> =
        versions::in_order(view).enumerate().map(|(place, item)| (item.key(), place)).collect();
    let mut items = versions::items(view);
    let keys: BTreeSet<String> = items.keys().chain(view.versions.keys()).cloned().collect();
    for key in keys {
        let value = items.remove(&key);
        let place = places.get(&key).copied().unwrap_or(usize::MAX);
        let found = into.entry(key.clone()).or_default();
        match view.versions.get(&key) {
            Some(v) => {
                found.push(Write { at: v.at, by: v.by.clone(), born: v.born, seen: v.seen.clone(), value, place });
                found.extend(v.rivals.iter().map(|r| Write {
                    at: r.at,
                    by: r.by.clone(),
                    born: v.born,
                    seen: r.seen.clone(),
                    value: r.value.clone(),
                    place,
                }));
            }
            None => found.push(Write { at: 0, by: String::new(), born: 0, seen: BTreeMap::new(), value, place }),
        }
    }
}

/// The workspace all views together hold: per item the winning write, the concurrent ones
/// that lost kept as rivals. Everything that is not an item (the next id, the journal's
/// change number) is `own`'s: those belong to the replica that will write.
pub fn merge(own: &Workspace, others: &[&Workspace]) -> Workspace {
    let mut all: BTreeMap<String, Vec<Write>> = BTreeMap::new();
    for view in std::iter::once(own).chain(others.iter().copied()) {
        writes(view, &mut all);
    }
    let mut merged = own.clone();
    merged.dataset = own.dataset.clone().or_else(|| others.iter().find_map(|o| o.dataset.clone()));
    merged.versions.clear();
    let mut items = Vec::new();
    for (key, found) in all {
        let found = distinct(found);
        let mut heads: Vec<Write> =
            found.iter().filter(|w| !found.iter().any(|other| w.replaced_by(other))).cloned().collect();
        heads.sort_by(|a, b| b.order().cmp(&a.order()));
        let mut heads = heads.into_iter();
        let Some(winner) = heads.next() else { continue };
        // A concurrent write of the same value is no conflict.
        let rivals = heads.filter(|w| w.value != winner.value);
        let rivals: Vec<Rival> = rivals.map(|w| Rival { at: w.at, by: w.by, seen: w.seen, value: w.value }).collect();
        if winner.at > 0 || !rivals.is_empty() {
            let version = Version { at: winner.at, by: winner.by, born: winner.born, seen: winner.seen, rivals };
            merged.versions.insert(key.clone(), version);
        }
        if let Some(item) = winner.value {
            items.push((winner.born, winner.place, key, item));
        }
    }
    versions::set_items(&mut merged, items);
    merged
}

/// The writes without repeats: a write read in several views (or as a rival in one) is one
/// write. Two different values under one (clock, replica) cannot come from regie; should they
/// occur, the same one is kept everywhere.
fn distinct(mut found: Vec<Write>) -> Vec<Write> {
    found.sort_by(|a, b| a.order().cmp(&b.order()));
    let mut kept: Vec<Write> = Vec::with_capacity(found.len());
    for write in found {
        match kept.last_mut() {
            Some(last) if last.order() == write.order() => {
                // The lowest place of a write read in several views: the same in every merge.
                let place = last.place.min(write.place);
                last.place = place;
                if last.value != write.value && format!("{:?}", write.value) > format!("{:?}", last.value) {
                    *last = Write { place, ..write };
                }
            }
            _ => kept.push(write),
        }
    }
    kept
}

/// The highest clock a workspace has seen.
pub fn clock(workspace: &Workspace) -> u64 {
    let versions = workspace.versions.values();
    versions.flat_map(|v| std::iter::once(v.at).chain(v.rivals.iter().map(|r| r.at))).max().unwrap_or(0)
}

/// Gives every item that differs between `saved` (as last written, with its versions) and
/// `workspace` a new version by replica `me` at a clock past `now` and past every clock seen,
/// having seen everything known of the item: the change replaces the winner and its rivals.
pub fn stamp(saved: &Workspace, workspace: &mut Workspace, me: &str, now: u64) {
    workspace.versions.clone_from(&saved.versions);
    let before = versions::items(saved);
    let after = versions::items(workspace);
    let keys: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    let at = now.max(clock(saved) + 1);
    for key in keys {
        if before.get(key) == after.get(key) {
            continue;
        }
        let previous = workspace.versions.get(key);
        let mut seen = BTreeMap::new();
        if let Some(previous) = previous {
            let writes = std::iter::once((&previous.by, previous.at, &previous.seen))
                .chain(previous.rivals.iter().map(|r| (&r.by, r.at, &r.seen)));
            for (by, written, its) in writes {
                for (replica, clock) in its.iter().chain(std::iter::once((by, &written))) {
                    let entry = seen.entry(replica.clone()).or_insert(0);
                    *entry = (*entry).max(*clock);
                }
            }
        }
        let born = previous.map_or(if before.contains_key(key) { 0 } else { at }, |p| p.born);
        let version = Version { at, by: me.to_string(), born, seen, rivals: Vec::new() };
        workspace.versions.insert(key.clone(), version);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::domain::FollowUp;

    fn action(id: u64, text: &str) -> Arc<FollowUp> {
        Arc::new(FollowUp::open(id, text))
    }

    /// `base` changed by `me` at `now`: the action `id` given `text`.
    fn edited(base: &Workspace, me: &str, now: u64, id: u64, text: &str) -> Workspace {
        let mut next = base.clone();
        next.follow_ups.retain(|a| a.id != id);
        next.follow_ups.push(action(id, text));
        stamp(base, &mut next, me, now);
        next
    }

    #[test]
    fn concurrent_edits_of_one_item_resolve_the_same_in_any_order_and_the_loser_is_kept() {
        let base = Workspace { follow_ups: vec![action(1, "begin")], ..Workspace::default() };
        let anne = edited(&base, "anne", 10, 1, "van anne");
        let bert = edited(&base, "bert", 20, 1, "van bert");
        let one = merge(&anne, &[&bert]);
        let other = merge(&bert, &[&anne]);
        assert_eq!(one.follow_ups, other.follow_ups);
        assert_eq!(one.versions, other.versions);
        assert_eq!(one.follow_ups[0].text, "van bert", "the later clock wins");
        let rivals = &one.versions["actie:1"].rivals;
        assert_eq!(rivals.len(), 1);
        assert_eq!((rivals[0].by.as_str(), rivals[0].at), ("anne", 10));
        // Anne, having seen both, changes it again: no rival is left.
        let again = edited(&one, "anne", 30, 1, "samen");
        let settled = merge(&bert, &[&again, &anne]);
        assert_eq!(settled.follow_ups[0].text, "samen");
        assert!(settled.versions["actie:1"].rivals.is_empty(), "{:?}", settled.versions);
    }

    #[test]
    fn a_knowing_edit_is_no_conflict_even_with_a_lower_clock_than_seen() {
        let base = Workspace { follow_ups: vec![action(1, "begin")], ..Workspace::default() };
        let anne = edited(&base, "anne", 50, 1, "anne");
        // Bert's clock lags, but he saw Anne's edit: his edit goes past it and replaces it.
        let bert = edited(&merge(&base, &[&anne]), "bert", 5, 1, "bert");
        let merged = merge(&anne, &[&bert]);
        assert_eq!(merged.follow_ups[0].text, "bert");
        assert!(merged.versions["actie:1"].rivals.is_empty());
    }

    #[test]
    fn a_removal_wins_like_a_write_and_new_items_keep_their_creation_order() {
        let base = Workspace { follow_ups: vec![action(1, "een"), action(2, "twee")], ..Workspace::default() };
        let mut anne = base.clone();
        anne.follow_ups.retain(|a| a.id != 1);
        stamp(&base, &mut anne, "anne", 10);
        let bert = edited(&base, "bert", 5, 9, "nieuw");
        let merged = merge(&bert, &[&anne, &base]);
        let ids: Vec<u64> = merged.follow_ups.iter().map(|a| a.id).collect();
        assert_eq!(ids, [2, 9]);
    }
}
