//! `gelijktijdig gewijzigd`: items of a shared workspace that two replicas changed without
//! seeing each other's change. The merge (`crate::workspace::merge`) lets one write win the
//! same way everywhere and keeps the others as [`Rival`]s; here they are found, described in
//! Dutch, and the other value taken.

use super::Workspace;
use super::text::one_line;
use super::versions::{self, Item, Rival, Version};

/// One item changed concurrently: the write that holds and the first that lost.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict<'a> {
    /// The item's key (see [`Item::key`]).
    pub key: &'a str,
    /// The write that holds.
    pub version: &'a Version,
    /// The value that holds (`None`: the item was removed).
    pub value: Option<Item>,
    /// The write that lost.
    pub rival: &'a Rival,
}

impl Conflict<'_> {
    /// The Dutch line about it: whose value holds, and the other value with who made it and
    /// when.
    pub fn line(&self) -> String {
        format!(
            "gelijktijdig gewijzigd: geldt {} van {} ({}); {} had {} ({})",
            described(self.value.as_ref()),
            self.version.by,
            when(self.version.at),
            self.rival.by,
            described(self.rival.value.as_ref()),
            when(self.rival.at),
        )
    }
}

/// Every item changed concurrently, by key.
pub fn all(workspace: &Workspace) -> Vec<Conflict<'_>> {
    let rivalled = workspace.versions.iter().filter(|(_, v)| !v.rivals.is_empty()).collect::<Vec<_>>();
    if rivalled.is_empty() {
        return Vec::new();
    }
    let mut items = versions::items(workspace);
    let found = rivalled.into_iter().filter_map(|(key, version)| {
        let rival = version.rivals.first()?;
        Some(Conflict { key, version, value: items.remove(key), rival })
    });
    found.collect()
}

/// The conflict about the item with key `key`, if any.
pub fn of<'a>(workspace: &'a Workspace, key: &str) -> Option<Conflict<'a>> {
    let (key, version) = workspace.versions.get_key_value(key)?;
    let rival = version.rivals.first()?;
    let value = versions::items(workspace).remove(key);
    Some(Conflict { key, version, value, rival })
}

/// Whether the item with key `key` was changed concurrently.
pub fn rivalled(workspace: &Workspace, key: &str) -> bool {
    workspace.versions.get(key).is_some_and(|v| !v.rivals.is_empty())
}

/// The key of an action.
pub fn action_key(id: u64) -> String {
    format!("actie:{id}")
}

/// Gives the item with key `key` the value of the write that lost (removes it when that
/// write removed it); the items keep their order. Says whether there was one to take.
pub fn take_other(workspace: &mut Workspace, key: &str) -> bool {
    let Some(other) = workspace.versions.get(key).and_then(|v| v.rivals.first()).map(|r| r.value.clone()) else {
        return false;
    };
    let mut items: Vec<(u64, usize, String, Item)> = Vec::new();
    let mut found = false;
    for (place, item) in versions::in_order(workspace).enumerate() {
        let item_key = item.key();
        if item_key == key {
            found = true;
            items.extend(other.clone().map(|item| (0, place, item_key, item)));
        } else {
            items.push((0, place, item_key, item));
        }
    }
    if !found {
        items.extend(other.map(|item| (0, usize::MAX, key.to_string(), item)));
    }
    versions::set_items(workspace, items);
    true
}

/// After a change from `before` to `after`: an item this replica changed again is settled,
/// its concurrent writes replaced (as the writer records it on disk), so it is no longer
/// shown as changed concurrently.
pub fn settle(before: &Workspace, after: &mut Workspace) {
    if after.versions.values().all(|v| v.rivals.is_empty()) {
        return;
    }
    let (old, new) = (versions::items(before), versions::items(after));
    for (key, version) in &mut after.versions {
        if !version.rivals.is_empty() && old.get(key) != new.get(key) {
            version.rivals.clear();
        }
    }
}

fn described(value: Option<&Item>) -> String {
    value.map_or_else(|| "verwijderd".to_string(), |item| one_line(&item.describe()).into_owned())
}

/// A clock as a local date and time (`7-12 16:40`).
pub fn when(at: u64) -> String {
    let Ok(at) = i64::try_from(at) else { return at.to_string() };
    match jiff::Timestamp::from_millisecond(at) {
        Ok(stamp) => stamp.to_zoned_datetime(jiff::tz::TimeZone::system()).strftime("%-d-%-m %H:%M").to_string(),
        Err(_) => at.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::sync::Arc;

    use super::*;
    use crate::domain::FollowUp;

    fn action(id: u64, text: &str) -> Arc<FollowUp> {
        Arc::new(FollowUp::open(id, text))
    }

    /// Actions 1 and 2; Bert's text of 2 holds, Anne's lost.
    fn rivalled() -> Workspace {
        let rival =
            Rival { at: 10, by: "anne".into(), seen: BTreeMap::new(), value: Some(Item::Actie(action(2, "anne"))) };
        let version = Version { at: 20, by: "bert".into(), born: 0, seen: BTreeMap::new(), rivals: vec![rival] };
        Workspace {
            follow_ups: vec![action(1, "een"), action(2, "bert")],
            versions: BTreeMap::from([(action_key(2), version)]),
            ..Workspace::default()
        }
    }

    #[test]
    fn a_conflict_says_whose_value_holds_and_the_other() {
        let workspace = rivalled();
        let found = all(&workspace);
        assert_eq!(found.len(), 1);
        let line = found[0].line();
        assert!(line.starts_with("gelijktijdig gewijzigd: geldt actie “bert” (open) van bert ("), "{line}");
        assert!(line.contains("; anne had actie “anne” (open) ("), "{line}");
        assert_eq!(of(&workspace, &action_key(2)), found.into_iter().next());
        assert_eq!(of(&workspace, &action_key(1)), None);
    }

    #[test]
    fn taking_the_other_value_keeps_the_order_and_settles_it() {
        let before = rivalled();
        let mut after = before.clone();
        assert!(take_other(&mut after, &action_key(2)));
        let texts: Vec<&str> = after.follow_ups.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, ["een", "anne"]);
        settle(&before, &mut after);
        assert!(all(&after).is_empty());
        assert!(!take_other(&mut after, &action_key(1)));
    }

    #[test]
    fn a_change_elsewhere_leaves_the_conflict() {
        let before = rivalled();
        let mut after = before.clone();
        after.follow_ups.push(action(3, "drie"));
        settle(&before, &mut after);
        assert_eq!(all(&after).len(), 1);
    }
}
