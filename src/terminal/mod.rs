//! The terminal: taking it over and restoring it, and the app loop: terminal events and writer reports in, actions through `update`, effects
//! run, frames drawn only when something changed. Blocks on its channel, so an idle app uses
//! no CPU.

use std::io::{self, Stdout, stdout};
use std::path::Path;
use std::sync::mpsc::{Receiver, Sender, channel};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyEventKind};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};

pub mod gap_bridging;

use crate::app::{Effect, Model, Msg, on_key, update};
use crate::config;
use crate::export::{self, Subject};
use crate::keymap::Key;
use crate::ui;
use crate::workspace::writer::{Saved, Writer};
use gap_bridging::GapBridgingBackend;

/// What reaches the loop.
enum Input {
    /// Something happened in the terminal.
    Terminal(Event),
    /// The writer reports.
    Writer(Saved),
    /// Today's date where the facilitator is, once the system time zone is known.
    Today(jiff::civil::Date),
}

/// The terminal the app draws on: crossterm on standard output, writing as few bytes as it can.
pub type Screen = Terminal<GapBridgingBackend<CrosstermBackend<Stdout>>>;

/// Takes over the terminal (raw mode, alternate screen); from here on it is restored on
/// every way out (quit, error, panic, SIGTERM, SIGHUP).
pub fn start() -> io::Result<Screen> {
    install_restore_hooks();
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen)?;
    Terminal::new(GapBridgingBackend::new(CrosstermBackend::new(stdout())))
}

/// Runs the app in a started terminal until the facilitator quits, then restores the
/// terminal. `workspace` is where changes are saved.
pub fn run(mut terminal: Screen, model: Model, workspace: &Path) -> io::Result<()> {
    let (sender, inputs) = channel();
    read_terminal(sender.clone());
    find_local_date(sender.clone());
    let writer_reports = sender.clone();
    let writer = Writer::start(workspace.to_path_buf(), model.workspace().clone(), move |saved| {
        // The loop is gone only when the app is quitting.
        let _ = writer_reports.send(Input::Writer(saved));
    });
    let result = execute!(stdout(), EnableBracketedPaste)
        .and_then(|()| event_loop(&mut terminal, model, &inputs, &writer, workspace));
    writer.finish();
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

fn read_terminal(sender: Sender<Input>) {
    std::thread::spawn(move || {
        while let Ok(event) = event::read() {
            if sender.send(Input::Terminal(event)).is_err() {
                break;
            }
        }
    });
}

/// Today's date in the system time zone. The first call finds that time zone, which can
/// take a few milliseconds (jiff indexes the zoneinfo directory); later calls are quick.
fn today() -> jiff::civil::Date {
    jiff::ZonedDateTime::now().date()
}

/// Today's date in UTC: known at once, and the local date for all but an hour or two a day.
pub fn utc_today() -> jiff::civil::Date {
    jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date()
}

/// Finds the local date beside the loop, so the first frame need not wait for the time zone.
fn find_local_date(sender: Sender<Input>) {
    std::thread::spawn(move || sender.send(Input::Today(today())));
}

fn event_loop(
    terminal: &mut Screen,
    mut model: Model,
    inputs: &Receiver<Input>,
    writer: &Writer,
    workspace: &Path,
) -> io::Result<()> {
    terminal.draw(|frame| ui::view(frame, &model))?;
    while let Ok(input) = inputs.recv() {
        if model.today != today() {
            update(&mut model, Msg::Today(today()));
        }
        let (changed, effects) = match input {
            Input::Terminal(Event::Key(key)) if key.kind == KeyEventKind::Press => {
                (true, on_key(&mut model, Key::from(key)))
            }
            Input::Terminal(Event::Paste(text)) => (true, update(&mut model, Msg::Paste(text))),
            Input::Terminal(Event::Resize(..)) => (true, Vec::new()),
            Input::Terminal(_) => (false, Vec::new()),
            Input::Today(date) => (date != model.today, update(&mut model, Msg::Today(date))),
            Input::Writer(Saved::Revision(revision)) => (true, update(&mut model, Msg::Saved(revision))),
            Input::Writer(Saved::Failed(revision, error)) => {
                (true, update(&mut model, Msg::SaveFailed(revision, error)))
            }
        };
        for effect in effects {
            match effect {
                Effect::Quit => return Ok(()),
                Effect::Save { revision, workspace } => writer.save(revision, workspace),
                Effect::Export { meeting } => {
                    let result = write_exports(&model, workspace, meeting);
                    update(&mut model, Msg::Exported(result));
                }
                Effect::Remember(remembered) => {
                    if let Err(error) = config::remember(config::config_dir().as_deref(), &remembered) {
                        update(&mut model, Msg::NotRemembered(error.to_string()));
                    }
                }
            }
        }
        if changed {
            terminal.draw(|frame| ui::view(frame, &model))?;
        }
    }
    Ok(())
}

/// Writes every export into `exports/` of the workspace; says what was written.
fn write_exports(model: &Model, workspace: &Path, meeting: Option<u64>) -> Result<String, String> {
    let dir = workspace.join("exports");
    let subject = Subject { dataset: model.dataset(), workspace: model.workspace(), meeting, today: model.today };
    let written = export::write_all(&dir, &subject)?;
    let names: Vec<String> =
        written.iter().filter_map(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()).collect();
    Ok(format!("{} in {}", names.join(", "), dir.display()))
}
