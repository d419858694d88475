//! SIGTERM, SIGHUP and SIGINT (on Windows the console events that stand for them, see
//! [`super::console_events`]), and the gate every write to the terminal goes through.
//!
//! A signal can arrive while a frame is half written. Frames and the restore of the terminal
//! each pass [`exclusive`], and the restore closes it for good: it is always the last thing
//! written. A signal asks the app loop to stop (it hands nothing more to the writer, lets it
//! finish, restores, exits with 128 + the signal); when no loop answers within [`GRACE`], the
//! signal thread restores the terminal and exits itself.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError, TryLockError};
use std::time::{Duration, Instant};

/// How long the app loop gets to stop after a signal before the signal thread ends the app.
pub const GRACE: Duration = Duration::from_secs(3);

/// How long the signal thread waits for a frame being written before it restores anyway.
const STUCK_WRITE: Duration = Duration::from_secs(1);

static GATE: Mutex<()> = Mutex::new(());
static CLOSED: AtomicBool = AtomicBool::new(false);
static RECEIVED: AtomicI32 = AtomicI32::new(0);
static LOOP: OnceLock<Box<dyn Fn() -> bool + Send + Sync>> = OnceLock::new();

thread_local! {
    /// Whether this thread is inside the gate (a panic while drawing restores from there).
    static INSIDE: Cell<bool> = const { Cell::new(false) };
}

/// Leaves the gate when dropped, also when the write panics.
struct Inside;

impl Drop for Inside {
    fn drop(&mut self) {
        INSIDE.set(false);
    }
}

/// Runs `write` as the only writer of the terminal; `None`, without running it, once the
/// terminal has been restored.
pub fn exclusive<T>(write: impl FnOnce() -> T) -> Option<T> {
    if INSIDE.get() {
        return (!CLOSED.load(Ordering::SeqCst)).then(write);
    }
    let _gate = GATE.lock().unwrap_or_else(PoisonError::into_inner);
    pass(write)
}

/// Runs `write` in the gate, unless it is closed.
fn pass<T>(write: impl FnOnce() -> T) -> Option<T> {
    if CLOSED.load(Ordering::SeqCst) {
        return None;
    }
    INSIDE.set(true);
    let _inside = Inside;
    Some(write())
}

/// Restores the terminal with `restore`, once, as the last write to it.
pub fn close(restore: impl FnOnce()) {
    exclusive(|| restore_once(restore));
}

/// Like [`close`], but when a write holds the gate for longer than [`STUCK_WRITE`] (the
/// terminal takes no more output) restores without waiting for it.
fn close_within(restore: impl FnOnce()) {
    let deadline = Instant::now() + STUCK_WRITE;
    let _gate = loop {
        match GATE.try_lock() {
            Ok(gate) => break Some(gate),
            Err(TryLockError::Poisoned(gate)) => break Some(gate.into_inner()),
            Err(TryLockError::WouldBlock) if Instant::now() >= deadline => break None,
            Err(TryLockError::WouldBlock) => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    restore_once(restore);
}

fn restore_once(restore: impl FnOnce()) {
    if !CLOSED.swap(true, Ordering::SeqCst) {
        restore();
    }
}

/// The signal received, if any: the app loop stops when there is one.
pub fn received() -> Option<i32> {
    Some(RECEIVED.load(Ordering::SeqCst)).filter(|&signal| signal != 0)
}

/// Registers how to wake the app loop after a signal; `wake` says whether a loop listens.
pub fn wake_loop_with(wake: impl Fn() -> bool + Send + Sync + 'static) {
    // Only one loop runs per process; a second registration has nothing to add.
    let _ = LOOP.set(Box::new(wake));
}

/// Handles SIGTERM, SIGHUP and SIGINT from now on (on Windows: the console closed, logoff,
/// shutdown, Ctrl-C and Ctrl-Break, as the signal each stands for): the app loop is asked to
/// stop, and if there is none, or it does not stop within [`GRACE`], the terminal is restored
/// with `restore` and the process exits with 128 + the signal.
pub fn install(restore: fn()) {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                stop(signal, restore);
            }
        });
    }
    #[cfg(windows)]
    super::console_events::listen(move |signal| stop(signal, restore));
}

/// The way out after a signal: the loop asked to stop and given [`GRACE`], then the terminal
/// restored and the process ended with 128 + the signal.
fn stop(signal: i32, restore: fn()) {
    RECEIVED.store(signal, Ordering::SeqCst);
    if LOOP.get().is_some_and(|wake| wake()) {
        std::thread::sleep(GRACE);
    }
    close_within(restore);
    std::process::exit(128 + signal);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_passes_the_gate_after_the_restore() {
        let mut written = Vec::new();
        exclusive(|| written.push("frame"));
        // A panic while drawing restores from inside the gate.
        exclusive(|| close(|| written.push("restore")));
        assert!(exclusive(|| written.push("late frame")).is_none());
        close(|| written.push("second restore"));
        close_within(|| written.push("restore after a signal"));
        assert_eq!(written, ["frame", "restore"]);
    }
}
