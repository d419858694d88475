//! The journal: each change after the last snapshot as one appended line, so that saving one
//! action costs a line and an fsync, not the whole workspace.
//!
//! Every line carries a sequence number; the snapshot records the last number folded into it,
//! so a journal left behind by a crash during compaction is never replayed twice.

use std::collections::{BTreeMap, HashMap};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::domain::versions::Version;
use crate::domain::{Decision, FollowUp, Meeting, StatusChange};
use crate::durable;
use crate::ronfile::{self, Problem};

use crate::domain::{AgreedRating, FindingEdit, RecordEdits, Workspace};

/// The journal file inside the workspace directory.
pub const FILE: &str = "workspace.journal";

/// The path of the journal.
pub fn file(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// What changed between two states of a workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delta {
    /// Its number: one more than the change before it.
    pub seq: u64,
    /// Follow-up actions added or changed (by id).
    #[serde(default, rename = "actions")]
    pub follow_ups: Vec<Arc<FollowUp>>,
    /// Ids of follow-up actions deleted.
    #[serde(default, rename = "removed_actions")]
    pub removed_follow_ups: Vec<u64>,
    /// Meetings added or changed (by id).
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    /// Ids of meetings removed (a meeting start undone).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed_meetings: Vec<u64>,
    /// All finding edits, when they changed.
    #[serde(default)]
    pub finding_edits: Option<Vec<FindingEdit>>,
    /// All agreed ratings, when they changed.
    #[serde(default)]
    pub ratings: Option<Vec<AgreedRating>>,
    /// All record edits, when they changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub records: Option<RecordEdits>,
    /// All decisions, when they changed.
    #[serde(default)]
    pub decisions: Option<Vec<Decision>>,
    /// All statuses given in meetings, when they changed.
    #[serde(default)]
    pub status_changes: Option<Vec<StatusChange>>,
    /// The meeting in progress.
    #[serde(default)]
    pub current_meeting: Option<u64>,
    /// The next free id.
    pub next_id: u64,
    /// The versions of the items this change wrote (see [`crate::domain::versions`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub versions: BTreeMap<String, Version>,
}

impl Delta {
    /// The change from `before` to `after`, numbered `seq`.
    pub fn between(before: &Workspace, after: &Workspace, seq: u64) -> Delta {
        let earlier: HashMap<u64, &Arc<FollowUp>> = before.follow_ups.iter().map(|a| (a.id, a)).collect();
        let kept: HashMap<u64, ()> = after.follow_ups.iter().map(|a| (a.id, ())).collect();
        let changed = |a: &&Arc<FollowUp>| {
            let a: &Arc<FollowUp> = a;
            earlier.get(&a.id).is_none_or(|b: &&Arc<FollowUp>| !Arc::ptr_eq(a, b) && a.as_ref() != b.as_ref())
        };
        let meeting_changed = |m: &&Meeting| before.meeting(m.id) != Some(*m);
        let meeting_kept = |id: &u64| after.meeting(*id).is_some();
        Delta {
            seq,
            follow_ups: after.follow_ups.iter().filter(changed).cloned().collect(),
            removed_follow_ups: before.follow_ups.iter().map(|a| a.id).filter(|id| !kept.contains_key(id)).collect(),
            meetings: after.meetings.iter().filter(meeting_changed).cloned().collect(),
            removed_meetings: before.meetings.iter().map(|m| m.id).filter(|id| !meeting_kept(id)).collect(),
            finding_edits: (before.finding_edits != after.finding_edits).then(|| after.finding_edits.clone()),
            ratings: (before.ratings != after.ratings).then(|| after.ratings.clone()),
            records: (before.records != after.records).then(|| after.records.clone()),
            decisions: (before.decisions != after.decisions).then(|| after.decisions.clone()),
            status_changes: (before.status_changes != after.status_changes).then(|| after.status_changes.clone()),
            current_meeting: after.current_meeting,
            next_id: after.next_id,
            versions: (after.versions.iter())
                .filter(|(key, version)| before.versions.get(*key) != Some(version))
                .map(|(key, version)| (key.clone(), version.clone()))
                .collect(),
        }
    }

    /// Applies this change to a workspace.
    pub fn apply(self, workspace: &mut Workspace) {
        workspace.follow_ups.retain(|a| !self.removed_follow_ups.contains(&a.id));
        for action in self.follow_ups {
            upsert(&mut workspace.follow_ups, action, |a| a.id);
        }
        workspace.meetings.retain(|m| !self.removed_meetings.contains(&m.id));
        for meeting in self.meetings {
            upsert(&mut workspace.meetings, meeting, |m| m.id);
        }
        if let Some(edits) = self.finding_edits {
            workspace.finding_edits = edits;
        }
        if let Some(ratings) = self.ratings {
            workspace.ratings = ratings;
        }
        if let Some(records) = self.records {
            workspace.records = records;
        }
        if let Some(decisions) = self.decisions {
            workspace.decisions = decisions;
        }
        if let Some(changes) = self.status_changes {
            workspace.status_changes = changes;
        }
        workspace.current_meeting = self.current_meeting;
        workspace.next_id = self.next_id;
        workspace.seq = self.seq;
        workspace.versions.extend(self.versions);
    }
}

/// Replaces the item with `item`'s id, or inserts it before the first with a higher id: items
/// are created in id order, so an item back from an undo returns to where it was.
fn upsert<T>(items: &mut Vec<T>, item: T, id: impl Fn(&T) -> u64) {
    let wanted = id(&item);
    if let Some(slot) = items.iter_mut().find(|i| id(i) == wanted) {
        *slot = item;
    } else {
        let at = items.iter().position(|i| id(i) > wanted).unwrap_or(items.len());
        items.insert(at, item);
    }
}

/// Appends one change durably.
pub fn append(dir: &Path, delta: &Delta) -> io::Result<()> {
    let line = ron::ser::to_string(delta).map_err(io::Error::other)?;
    let mut out = OpenOptions::new().create(true).append(true).open(file(dir))?;
    out.write_all(format!("{line}\n").as_bytes())?;
    out.sync_data()
}

/// One complete line of the journal.
#[derive(Debug)]
pub struct Entry {
    /// Its line number, from 1.
    pub line: usize,
    /// Its text, for the positions of problems found later.
    pub text: String,
    /// The change it holds.
    pub delta: Delta,
}

/// The journal as read: its complete lines, and the number of a last line cut short.
#[derive(Debug, Default)]
pub struct Journal {
    /// The complete lines, in order.
    pub entries: Vec<Entry>,
    /// The line number of a last line without its newline: a write a crash cut short.
    pub torn: Option<usize>,
}

/// Reads the journal of a directory (`None` when there is none). A last line cut short is
/// left out and named in [`Journal::torn`]; any other line that does not read is a problem
/// with its position.
pub fn read(dir: &Path) -> Result<Option<Journal>, Problem> {
    let path = file(dir);
    let shown = path.display().to_string();
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(Problem::whole_file(shown, format!("niet te lezen: {error}"))),
    };
    let complete = bytes.ends_with(b"\n");
    // A CRLF line end (the journal copied through an editor or git's `autocrlf`) is a line end.
    let lines: Vec<(usize, &[u8])> = bytes
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .map(|(i, l)| (i + 1, l))
        .collect();
    let mut journal = Journal::default();
    for (index, &(line, bytes)) in lines.iter().enumerate() {
        if !complete && index + 1 == lines.len() {
            journal.torn = Some(line);
            break;
        }
        let text = &*ronfile::decode(&shown, bytes).map_err(|problem| Problem { line, ..problem })?;
        let delta = ronfile::parse::<Delta>(&shown, text).map_err(|problem| Problem { line, ..problem })?;
        journal.entries.push(Entry { line, text: text.to_string(), delta });
    }
    Ok(Some(journal))
}

/// Empties the journal once a snapshot holds all of it. The empty file stays: a journal
/// missing beside a snapshot then means damage, not compaction.
pub fn clear(dir: &Path) -> io::Result<()> {
    let created = !file(dir).exists();
    File::create(file(dir))?.sync_all()?;
    if created { durable::settle_dir(&file(dir)) } else { Ok(()) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{FollowUpStatus, Link};

    fn action(id: u64, text: &str) -> Arc<FollowUp> {
        Arc::new(FollowUp {
            id,
            text: text.into(),
            links: vec![Link::Municipality("menen".into())],
            owner: None,
            due: None,
            status: FollowUpStatus::Open,
            meeting: None,
        })
    }

    #[test]
    fn a_delta_takes_one_state_to_the_next() {
        let before =
            Workspace { follow_ups: vec![action(1, "een"), action(2, "twee")], next_id: 3, ..Workspace::default() };
        let mut after = before.clone();
        after.follow_ups.retain(|a| a.id != 1);
        after.follow_ups.push(action(3, "drie"));
        if let Some(a) = after.follow_up_mut(2) {
            a.status = FollowUpStatus::Klaar;
        }
        after.set_rating(None, "menen", 2, Some((3, "")));
        after.current_meeting = Some(9);
        after.set_status(2, FollowUpStatus::Bezig);
        after.decisions.push(Decision { id: 4, text: "besluit".into(), meeting: Some(9) });
        after.next_id = 5;
        after.records.set_municipality(crate::domain::Municipality {
            id: "nieuw".into(),
            name: "Nieuw".into(),
            besturen: vec![crate::domain::Bestuur::Gemeente],
            centrumstad: false,
        });
        let delta = Delta::between(&before, &after, 7);
        let line = ron::ser::to_string(&delta).unwrap_or_default();
        let delta: Delta = ron::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert_eq!(delta.follow_ups.len(), 2);
        assert_eq!(delta.removed_follow_ups, [1]);
        let mut replayed = before.clone();
        delta.apply(&mut replayed);
        after.seq = 7;
        assert_eq!(replayed, after);
    }

    #[test]
    fn a_torn_last_line_is_left_out_and_named() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let empty = Workspace::default();
        let one = Workspace { follow_ups: vec![action(1, "een")], next_id: 2, ..Workspace::default() };
        append(dir.path(), &Delta::between(&empty, &one, 1)).unwrap();
        let mut text = fs::read_to_string(file(dir.path())).unwrap_or_default();
        text.push_str("Delta(seq: 2, actions: [FollowUp(id: 2, te");
        fs::write(file(dir.path()), &text).unwrap_or_else(|e| panic!("{e}"));
        let journal = read(dir.path()).unwrap_or_else(|p| panic!("{p}")).unwrap_or_default();
        assert_eq!(journal.torn, Some(2));
        let lines: Vec<(usize, u64)> = journal.entries.iter().map(|e| (e.line, e.delta.seq)).collect();
        assert_eq!(lines, [(1, 1)]);
    }

    #[test]
    fn crlf_lines_read_as_the_same_entries() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        fs::write(file(dir.path()), "Delta(seq: 1, next_id: 2)\r\n\r\nDelta(seq: 2, next_id: 3)\r\nkapot").unwrap();
        let journal = read(dir.path()).unwrap_or_else(|p| panic!("{p}")).unwrap_or_default();
        let entries: Vec<(usize, u64, &str)> =
            journal.entries.iter().map(|e| (e.line, e.delta.seq, e.text.as_str())).collect();
        assert_eq!(entries, [(1, 1, "Delta(seq: 1, next_id: 2)"), (3, 2, "Delta(seq: 2, next_id: 3)")]);
        assert_eq!(journal.torn, Some(4));
    }

    #[test]
    fn a_broken_line_in_the_middle_is_reported_with_its_line() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        fs::write(file(dir.path()), "Delta(seq: 1, next_id: 2)\nkapot\nDelta(seq: 3, next_id: 4)\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let problem = read(dir.path()).err().map(|p| p.line);
        assert_eq!(problem, Some(2));
    }

    #[test]
    fn clearing_leaves_an_empty_journal() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        fs::write(file(dir.path()), "Delta(seq: 1, next_id: 2)\n").unwrap_or_else(|e| panic!("{e}"));
        clear(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(fs::read(file(dir.path())).ok(), Some(Vec::new()));
    }
}
