//! Writing a file durably, the one place that knows how on each platform: the data flushed
//! before the name points at it, a replacement through a temporary file and a rename, the
//! directory entry made durable, and a rename that another program blocks retried.
//!
//! On Unix a new or renamed name is durable only once its directory is fsynced. Windows has no
//! directory to fsync (a directory handle does not take `FlushFileBuffers` through std), and
//! needs none: NTFS records every rename and creation in its metadata journal before the call
//! returns, so after a crash a name points at the old file or the new one, never at a half file
//! (its data was flushed first). To make the new name itself durable before the caller goes on
//! (the workspace clears its journal right after replacing the snapshot), the file is flushed
//! again under its new name, which commits that journal record — what PostgreSQL's
//! `durable_rename` does on Windows too. std's `rename` is `MoveFileExW` with
//! `MOVEFILE_REPLACE_EXISTING` only, without `MOVEFILE_WRITE_THROUGH`, hence that flush.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How often an operation that another program blocks is tried, and the pause before each
/// retry (doubling from the first): about two seconds in all.
const TRIES: u32 = 8;
const FIRST_PAUSE: Duration = Duration::from_millis(15);

/// Replaces `path` with `bytes` atomically and durably: written to a temporary file beside it,
/// flushed, renamed over it, the new name made durable. A reader sees the old file or the new
/// one, never a mix; on failure the old file is as it was.
pub fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    stage(path, bytes)?.commit()
}

/// A new version of a file, written and flushed beside it under a temporary name; it replaces
/// the file on [`Staged::commit`].
#[derive(Debug)]
pub struct Staged {
    temporary: PathBuf,
    target: PathBuf,
}

/// Writes `bytes` to a temporary file beside `path` (`NAME.tmp`) and flushes it.
pub fn stage(path: &Path, bytes: &[u8]) -> io::Result<Staged> {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp");
    let temporary = path.with_file_name(name);
    let mut out = retried(&temporary, || File::create(&temporary))?;
    out.write_all(bytes)?;
    out.sync_all()?;
    Ok(Staged { temporary, target: path.to_path_buf() })
}

impl Staged {
    /// Renames the temporary file over the target and makes the new name durable. The rename
    /// is retried while another program holds the target (see [`retried`]); when it still
    /// fails, the temporary file is removed and the target is untouched.
    pub fn commit(self) -> io::Result<()> {
        let renamed = retried(&self.target, || fs::rename(&self.temporary, &self.target));
        if let Err(error) = renamed {
            // The target is as it was; the temporary file is of no further use.
            let _ = fs::remove_file(&self.temporary);
            return Err(error);
        }
        settle_name(&self.target)
    }
}

/// Creates `path`, which must not exist, with `bytes`, durably: data and name.
pub fn create_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut out = OpenOptions::new().write(true).create_new(true).open(path)?;
    out.write_all(bytes)?;
    out.sync_all()?;
    settle_dir(path)
}

/// Makes durable the entry of `path`, a file just created or renamed whose data is flushed:
/// on Unix its directory is fsynced; on Windows the file is flushed under its new name (see
/// the module's comment).
pub fn settle_name(path: &Path) -> io::Result<()> {
    if cfg!(windows) {
        retried(path, || OpenOptions::new().write(true).open(path))?.sync_all()
    } else {
        settle_dir(path)
    }
}

/// Fsyncs the directory holding `path` on Unix, so that a name created or renamed in it
/// survives a crash; nothing on Windows, where a file's flush covers its name (see the
/// module's comment).
pub fn settle_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

/// Keeps a copy of `from` as `to`: a hard link (no bytes copied, no moment without the
/// original), or a real copy where the filesystem has no hard links (FAT and exFAT on a USB
/// stick, some network shares).
pub fn keep_copy(from: &Path, to: &Path) -> io::Result<()> {
    keep_copy_with(from, to, |from, to| fs::hard_link(from, to))
}

fn keep_copy_with(from: &Path, to: &Path, link: impl FnOnce(&Path, &Path) -> io::Result<()>) -> io::Result<()> {
    match link(from, to) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Err(error),
        Err(_) => fs::copy(from, to).map(drop),
    }
}

/// Runs `operation` on `path` until it succeeds, retrying for about two seconds while another
/// program holds the file (a virus scanner, the OneDrive or SharePoint sync client); then
/// reports that with the file's name. Other errors are returned at once.
pub fn retried<T>(path: &Path, operation: impl FnMut() -> io::Result<T>) -> io::Result<T> {
    retried_while(path, held_elsewhere, operation)
}

fn retried_while<T>(
    path: &Path,
    held: impl Fn(&io::Error) -> bool,
    mut operation: impl FnMut() -> io::Result<T>,
) -> io::Result<T> {
    let mut pause = FIRST_PAUSE;
    for _ in 1..TRIES {
        match operation() {
            Err(error) if held(&error) => std::thread::sleep(pause),
            done => return done,
        }
        pause = pause.saturating_mul(2);
    }
    operation().map_err(|error| {
        if held(&error) {
            let message = format!(
                "{} is in gebruik door een ander programma (bv. OneDrive of de virusscanner): {error}",
                path.display()
            );
            io::Error::new(error.kind(), message)
        } else {
            error
        }
    })
}

/// Whether an error means another program holds the file open: on Windows a sharing or lock
/// violation, or access denied (what a rename over a file open without delete sharing gives).
/// Unix has no such thing.
fn held_elsewhere(error: &io::Error) -> bool {
    /// ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
    const HELD: [i32; 3] = [5, 32, 33];
    cfg!(windows) && error.raw_os_error().is_some_and(|code| HELD.contains(&code))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn a_replaced_file_has_the_new_bytes_and_no_temporary_stays() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("staat.ron");
        replace(&path, b"een\n").unwrap();
        replace(&path, b"twee\n").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"twee\n");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_commit_leaves_the_old_file_and_removes_the_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("werkmap");
        // A directory that is not empty cannot be replaced by a file.
        fs::create_dir(&path).unwrap();
        fs::write(path.join("binnen"), b"x").unwrap();
        assert!(replace(&path, b"nieuw").is_err());
        assert!(path.join("binnen").exists());
        assert!(!dir.path().join("werkmap.tmp").exists());
    }

    #[test]
    fn create_new_never_writes_over_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("werkboek.xlsx");
        create_new(&path, b"eerste").unwrap();
        assert_eq!(create_new(&path, b"tweede").map_err(|e| e.kind()), Err(io::ErrorKind::AlreadyExists));
        assert_eq!(fs::read(&path).unwrap(), b"eerste");
    }

    #[test]
    fn a_copy_is_kept_where_hard_links_fail() {
        let dir = tempfile::tempdir().unwrap();
        let (from, to) = (dir.path().join("workspace.ron"), dir.path().join("backup.ron"));
        fs::write(&from, b"inhoud").unwrap();
        let no_links = |_: &Path, _: &Path| Err(io::Error::from(io::ErrorKind::Unsupported));
        keep_copy_with(&from, &to, no_links).unwrap();
        assert_eq!(fs::read(&to).unwrap(), b"inhoud");
        assert_eq!(fs::read(&from).unwrap(), b"inhoud");
        let (linked, to_linked) = (dir.path().join("a"), dir.path().join("b"));
        fs::write(&linked, b"x").unwrap();
        keep_copy(&linked, &to_linked).unwrap();
        assert_eq!(fs::read(&to_linked).unwrap(), b"x");
    }

    #[test]
    fn a_file_held_elsewhere_is_retried_then_reported_with_its_name() {
        let path = Path::new("werkmap/workspace.ron");
        let busy = |error: &io::Error| error.raw_os_error() == Some(32);
        let tries = Cell::new(0);
        let released_on_the_third = retried_while(path, busy, || {
            tries.set(tries.get() + 1);
            if tries.get() < 3 { Err(io::Error::from_raw_os_error(32)) } else { Ok("vervangen") }
        });
        assert_eq!(released_on_the_third.ok(), Some("vervangen"));
        assert_eq!(tries.get(), 3);

        tries.set(0);
        let never_released = retried_while(path, busy, || -> io::Result<()> {
            tries.set(tries.get() + 1);
            Err(io::Error::from_raw_os_error(32))
        });
        let message = never_released.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(message.starts_with("werkmap/workspace.ron is in gebruik door een ander programma"), "{message}");
        assert_eq!(tries.get(), TRIES);

        tries.set(0);
        let other = retried_while(path, busy, || -> io::Result<()> {
            tries.set(tries.get() + 1);
            Err(io::Error::from(io::ErrorKind::NotFound))
        });
        assert_eq!(other.map_err(|e| e.kind()), Err(io::ErrorKind::NotFound));
        assert_eq!(tries.get(), 1);
    }

    /// A rename over a file that another program holds open without delete sharing, as the
    /// sync client does: refused while it is held, done once it is let go.
    #[cfg(windows)]
    #[test]
    fn a_rename_over_a_held_file_waits_for_it() {
        use std::os::windows::fs::OpenOptionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("workspace.ron");
        fs::write(&path, b"oud").unwrap();
        let held = OpenOptions::new().read(true).share_mode(0).open(&path).unwrap();
        let failed = replace(&path, b"nieuw").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(failed.contains("workspace.ron is in gebruik door een ander programma"), "{failed}");
        drop(held);
        assert_eq!(fs::read(&path).unwrap(), b"oud");
        let releasing = OpenOptions::new().read(true).share_mode(0).open(&path).unwrap();
        let releaser = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            drop(releasing);
        });
        replace(&path, b"nieuw").unwrap();
        releaser.join().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"nieuw");
    }
}
