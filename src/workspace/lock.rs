//! One writer per workspace: an advisory lock on `regie.lock`, released by the operating
//! system when the holder exits or is killed, so a crash never locks the user out.

use std::fs::{self, File, TryLockError};
use std::io;
use std::path::Path;

/// The held lock; dropping it releases the workspace.
#[derive(Debug)]
pub struct WorkspaceLock {
    _file: File,
}

/// What trying the lock found.
#[derive(Debug)]
pub enum Acquired {
    /// This instance is the writer.
    Writer(WorkspaceLock),
    /// Another instance writes this workspace.
    HeldElsewhere,
}

/// Tries to become the workspace's single writer.
pub fn acquire(dir: &Path) -> io::Result<Acquired> {
    fs::create_dir_all(dir)?;
    let file = File::options().create(true).truncate(false).write(true).open(dir.join("regie.lock"))?;
    match file.try_lock() {
        Ok(()) => Ok(Acquired::Writer(WorkspaceLock { _file: file })),
        Err(TryLockError::WouldBlock) => Ok(Acquired::HeldElsewhere),
        Err(TryLockError::Error(error)) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let first = acquire(dir.path()).unwrap();
        assert!(matches!(first, Acquired::Writer(_)));
        assert!(matches!(acquire(dir.path()), Ok(Acquired::HeldElsewhere)));
        drop(first);
        assert!(matches!(acquire(dir.path()), Ok(Acquired::Writer(_))));
    }
}
