//! The app loop: terminal events in, actions through `update`, effects run, frames drawn only
//! when something changed. Blocks on input, so an idle app uses no CPU.

use std::io::{self, stdout};

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyEventKind,
};
use ratatui::crossterm::execute;

use crate::app::{Action, Effect, Model, on_key, update};
use crate::keymap::Key;
use crate::ui;

/// Runs the app until the facilitator quits; the terminal is restored on every way out
/// (quit, error, panic, SIGTERM, SIGHUP).
pub fn run(model: Model) -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    install_restore_hooks();
    let result =
        execute!(stdout(), EnableBracketedPaste).and_then(|()| event_loop(&mut terminal, model));
    restore();
    result
}

/// Leaves raw mode and the alternate screen and shows the cursor again.
pub fn restore() {
    // Restoring is best effort: there is nothing left to report a failure to.
    let _ = execute!(stdout(), DisableBracketedPaste, Show);
    let _ = ratatui::try_restore();
}

fn install_restore_hooks() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ]);
    if let Ok(mut signals) = signals {
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                restore();
                std::process::exit(128 + signal);
            }
        });
    }
}

fn event_loop(terminal: &mut DefaultTerminal, mut model: Model) -> io::Result<()> {
    let mut dirty = true;
    loop {
        if dirty {
            terminal.draw(|frame| ui::view(frame, &model))?;
        }
        let (changed, effects) = match event::read()? {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                (true, on_key(&mut model, Key::from(key)))
            }
            Event::Paste(text) => (true, update(&mut model, Action::Paste(text))),
            Event::Resize(..) => (true, Vec::new()),
            _ => (false, Vec::new()),
        };
        dirty = changed;
        for effect in effects {
            match effect {
                Effect::Quit => return Ok(()),
            }
        }
    }
}
