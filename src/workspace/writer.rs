//! The background writer: saves the newest workspace it was given, never on the UI thread,
//! and reports each revision that is safely on disk. A change is one journal line; every
//! [`COMPACT_AFTER`] lines (and first of all) the whole workspace is written as a snapshot.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::journal::{self, Delta};
use super::{merge, store};
use crate::domain::Workspace;

/// Journal lines written before the next snapshot.
pub const COMPACT_AFTER: usize = 500;

/// What the writer reports back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// The revision and everything before it is durable.
    Revision(u64),
    /// Writing this revision failed; the message says why.
    Failed(u64, String),
}

/// A handle to the writer thread.
pub struct Writer {
    requests: Option<Sender<(u64, Workspace)>>,
    thread: Option<JoinHandle<()>>,
}

impl Writer {
    /// Starts a writer for the directory of replica `replica` whose current state is `loaded`;
    /// reports go through `report`. Every item a save changes gets a new version by `replica`
    /// (see [`merge::stamp`]).
    pub fn start(dir: PathBuf, replica: &str, loaded: Workspace, report: impl Fn(Saved) + Send + 'static) -> Writer {
        Writer::start_with_clock(dir, replica, loaded, now, report)
    }

    /// [`Writer::start`] with the wall clock `clock` (milliseconds since 1970), as a laptop
    /// whose clock lags or stands still has it.
    pub fn start_with_clock(
        dir: PathBuf,
        replica: &str,
        loaded: Workspace,
        clock: impl Fn() -> u64 + Send + 'static,
        report: impl Fn(Saved) + Send + 'static,
    ) -> Writer {
        let (requests, incoming) = channel();
        let replica = replica.to_string();
        let thread = std::thread::spawn(move || write_loop(&dir, (&replica, &clock), loaded, &incoming, &report));
        Writer { requests: Some(requests), thread: Some(thread) }
    }

    /// Asks for a revision to be saved; older pending revisions are skipped.
    pub fn save(&self, revision: u64, workspace: Workspace) {
        if let Some(requests) = &self.requests {
            // A closed channel means the thread is gone; its failure was already reported.
            let _ = requests.send((revision, workspace));
        }
    }

    /// Writes what is pending and stops the thread.
    pub fn finish(mut self) {
        self.requests = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    /// Writes what is pending and stops the thread, waiting at most `limit`; says whether
    /// everything pending was written in time.
    pub fn finish_within(mut self, limit: Duration) -> bool {
        self.requests = None;
        let Some(thread) = self.thread.take() else {
            return true;
        };
        let deadline = Instant::now() + limit;
        while !thread.is_finished() {
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        thread.join().is_ok()
    }
}

/// The wall clock in milliseconds since 1970 (0 before it: the clock of the versions then
/// runs on from the highest seen).
pub fn now() -> u64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    since.map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

fn write_loop(
    dir: &std::path::Path,
    (replica, clock): (&str, &dyn Fn() -> u64),
    loaded: Workspace,
    incoming: &Receiver<(u64, Workspace)>,
    report: &impl Fn(Saved),
) {
    let mut saved = loaded;
    // Start with a snapshot: it folds in the journal of earlier sessions.
    let mut lines = COMPACT_AFTER;
    while let Ok(mut newest) = incoming.recv() {
        while let Ok(newer) = incoming.try_recv() {
            newest = newer;
        }
        let (revision, mut workspace) = newest;
        merge::stamp(&saved, &mut workspace, replica, clock());
        let written = if lines < COMPACT_AFTER {
            let delta = Delta::between(&saved, &workspace, saved.seq + 1);
            workspace.seq = delta.seq;
            journal::append(dir, &delta).map(|()| lines += 1)
        } else {
            workspace.seq = saved.seq;
            store::save(dir, &workspace).map(|()| lines = 0)
        };
        match written {
            Ok(()) => {
                saved = workspace;
                report(Saved::Revision(revision));
            }
            Err(error) => {
                lines = COMPACT_AFTER;
                report(Saved::Failed(revision, error.to_string()));
            }
        }
    }
}
