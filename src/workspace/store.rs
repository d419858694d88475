//! Reading and writing the workspace: a snapshot file written atomically and durably (see
//! [`crate::durable`]) with the last few versions kept as backups, and the journal of changes
//! since (see [`super::journal`]).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::durable;
use crate::ronfile::{self, Problem};

use super::journal;
use crate::domain::Workspace;

/// The workspace file inside the workspace directory.
pub const FILE: &str = "workspace.ron";
/// How many earlier versions are kept in `backups/`.
pub const BACKUPS: usize = 5;
/// The directory of the backups inside the workspace directory.
pub const BACKUP_DIR: &str = "backups";

/// The path of the workspace file.
pub fn file(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// Reads the workspace of a directory as stored: the snapshot and the journal after it,
/// every sequence number accounted for (see [`super::open`]). For tools and tests without a
/// dataset: references are not checked and damage that loads is not reported.
pub fn load(dir: &Path) -> Result<Workspace, Problem> {
    super::open::read(dir).map(super::open::Read::into_workspace)
}

/// A snapshot as read: the workspace and its text (for the positions of problems found
/// later).
pub struct Snapshot {
    /// The workspace it holds.
    pub workspace: Workspace,
    /// Its text.
    pub text: String,
}

/// Reads a snapshot file (the workspace file or a backup); `None` when there is none. A file
/// that does not load is reported with its position and left untouched.
pub fn read_snapshot(path: &Path) -> Result<Option<Snapshot>, Problem> {
    let shown = path.display().to_string();
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(Problem::whole_file(shown, format!("niet te lezen: {error}"))),
    };
    let text = &*ronfile::decode(&shown, &bytes)?;
    let workspace = ronfile::parse(&shown, text)?;
    Ok(Some(Snapshot { workspace, text: text.to_string() }))
}

/// Readable RON: one meeting, action or edit per line.
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::default().struct_names(true).compact_structs(true).compact_maps(true)
}

/// Writes the whole workspace atomically and durably as the new snapshot (the previous one
/// becomes a backup) and clears the journal it now holds.
pub fn save(dir: &Path, workspace: &Workspace) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let path = file(dir);
    let mut text = ron::ser::to_string_pretty(workspace, pretty()).map_err(io::Error::other)?;
    text.push('\n');
    let staged = durable::stage(&path, text.as_bytes())?;
    keep_backup(dir, &path)?;
    staged.commit()?;
    journal::clear(dir)
}

/// Keeps the current file in `backups/` (a hard link where the filesystem has them: no copy,
/// no moment without a workspace file) and removes all but the newest [`BACKUPS`].
fn keep_backup(dir: &Path, path: &Path) -> io::Result<()> {
    if !path.exists() {
        return Ok(());
    }
    let backups = dir.join(BACKUP_DIR);
    fs::create_dir_all(&backups)?;
    let mut existing = backup_numbers(&backups)?;
    let next = existing.last().map_or(1, |n| n + 1);
    durable::keep_copy(path, &backups.join(backup_name(next)))?;
    existing.push(next);
    for old in existing.iter().take(existing.len().saturating_sub(BACKUPS)) {
        fs::remove_file(backups.join(backup_name(*old)))?;
    }
    // Backups are a convenience: the durable state is the workspace file, so no fsync here.
    Ok(())
}

/// The file name of backup number `n`.
pub fn backup_name(n: u64) -> String {
    format!("workspace.{n:06}.ron")
}

/// The numbers of the backups in a `backups/` directory, oldest first.
pub fn backup_numbers(backups: &Path) -> io::Result<Vec<u64>> {
    let mut numbers: Vec<u64> = fs::read_dir(backups)?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.strip_prefix("workspace.")?.strip_suffix(".ron")?.parse().ok()
        })
        .collect();
    numbers.sort_unstable();
    Ok(numbers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{FollowUp, FollowUpStatus, Link};

    fn workspace(n: u64) -> Workspace {
        let mut workspace = Workspace::default();
        for id in 0..n {
            workspace.follow_ups.push(std::sync::Arc::new(FollowUp {
                id,
                text: format!("actie {id} — “Unicode” 😀"),
                links: vec![Link::Municipality("kortrijk".into())],
                owner: None,
                due: None,
                status: FollowUpStatus::Open,
                meeting: None,
            }));
        }
        workspace
    }

    #[test]
    fn a_saved_workspace_loads_back_and_backups_are_pruned() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path()).ok(), Some(Workspace::default()));
        for n in 1..=8 {
            save(dir.path(), &workspace(n)).unwrap();
        }
        assert_eq!(load(dir.path()).ok(), Some(workspace(8)));
        let backups = backup_numbers(&dir.path().join("backups")).unwrap_or_default();
        assert_eq!(backups, [3, 4, 5, 6, 7]);
        assert!(!dir.path().join("workspace.ron.tmp").exists());
    }

    #[test]
    fn a_crlf_snapshot_loads_as_the_same_workspace() {
        let dir = tempfile::tempdir().unwrap();
        save(dir.path(), &workspace(3)).unwrap();
        let text = std::fs::read_to_string(file(dir.path())).unwrap_or_default();
        std::fs::write(file(dir.path()), text.replace('\n', "\r\n")).unwrap();
        assert_eq!(load(dir.path()).ok(), Some(workspace(3)));
        let broken = text.replace("Open", "Opn").replace('\n', "\r\n");
        std::fs::write(file(dir.path()), &broken).unwrap();
        let lf = text.replace("Open", "Opn");
        let at = lf.find("Opn").unwrap_or_default();
        let line = lf[..at].matches('\n').count() + 1;
        let column = lf[..at].rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let problem = load(dir.path()).err().map(|p| (p.line, p.column));
        assert_eq!(problem, Some((line, column)));
    }

    #[test]
    fn a_broken_file_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let text = "Workspace(\n    actions: [\n        FollowUp(id: 1, text: \"x\", status: Opn),\n    ],\n)\n";
        std::fs::write(file(dir.path()), text).unwrap();
        let problem = load(dir.path()).err().map(|p| p.to_string()).unwrap_or_default();
        assert!(problem.contains("workspace.ron:3:"), "{problem}");
        assert_eq!(std::fs::read_to_string(file(dir.path())).unwrap_or_default(), text);
    }
}
