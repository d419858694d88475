//! Windows: the console's events as the Unix signals they stand for, so that they take the
//! same stop path (see [`super::signals`]). Closing the console window and logging off or
//! shutting down are SIGHUP and SIGTERM, Ctrl-C and Ctrl-Break are SIGINT: the process exits
//! with 129, 143 or 130.
//!
//! Through tokio, not our own FFI: for close, logoff and shutdown Windows ends the process as
//! soon as the handler returns, and tokio's handler does not return, so the writer finishes
//! and the terminal is restored before the app exits by itself (Windows allows about five
//! seconds for that, more than [`super::signals::GRACE`] and the writer's second).

use std::future::poll_fn;
use std::task::{Context, Poll};

use tokio::signal::windows;

/// SIGHUP, SIGINT and SIGTERM.
const HANGUP: i32 = 1;
const INTERRUPT: i32 = 2;
const TERMINATE: i32 = 15;

/// One console event being listened for: the signal it stands for and how to poll it.
type Listening = (i32, Box<dyn FnMut(&mut Context<'_>) -> Poll<Option<()>> + Send>);

/// Listens for the console's events from now on; `stop` is called with the signal the first
/// one stands for. Nothing is listened for when the console refuses the handler.
pub fn listen(stop: impl FnOnce(i32) + Send + 'static) {
    let Ok(events) = events() else {
        return;
    };
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().build() else {
        return;
    };
    std::thread::spawn(move || stop(runtime.block_on(first(events))));
}

fn events() -> std::io::Result<Vec<Listening>> {
    let mut close = windows::ctrl_close()?;
    let mut logoff = windows::ctrl_logoff()?;
    let mut shutdown = windows::ctrl_shutdown()?;
    let mut ctrl_c = windows::ctrl_c()?;
    let mut ctrl_break = windows::ctrl_break()?;
    Ok(vec![
        (HANGUP, Box::new(move |cx| close.poll_recv(cx))),
        (TERMINATE, Box::new(move |cx| logoff.poll_recv(cx))),
        (TERMINATE, Box::new(move |cx| shutdown.poll_recv(cx))),
        (INTERRUPT, Box::new(move |cx| ctrl_c.poll_recv(cx))),
        (INTERRUPT, Box::new(move |cx| ctrl_break.poll_recv(cx))),
    ])
}

/// The signal of the first event that arrives.
async fn first(mut events: Vec<Listening>) -> i32 {
    poll_fn(|cx| {
        let arrived = |(signal, poll): &mut Listening| matches!(poll(cx), Poll::Ready(Some(()))).then_some(*signal);
        events.iter_mut().find_map(arrived).map_or(Poll::Pending, Poll::Ready)
    })
    .await
}
