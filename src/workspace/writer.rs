//! The background writer: saves the newest workspace it was given, never on the UI thread,
//! and reports each revision that is safely on disk.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

use super::{Workspace, store};

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
    /// Starts a writer for a workspace directory; reports go through `report`.
    pub fn start(dir: PathBuf, report: impl Fn(Saved) + Send + 'static) -> Writer {
        let (requests, incoming) = channel();
        let thread = std::thread::spawn(move || write_loop(&dir, &incoming, &report));
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
}

fn write_loop(dir: &std::path::Path, incoming: &Receiver<(u64, Workspace)>, report: &impl Fn(Saved)) {
    while let Ok(mut newest) = incoming.recv() {
        while let Ok(newer) = incoming.try_recv() {
            newest = newer;
        }
        let (revision, workspace) = newest;
        match store::save(dir, &workspace) {
            Ok(()) => report(Saved::Revision(revision)),
            Err(error) => report(Saved::Failed(revision, error.to_string())),
        }
    }
}
