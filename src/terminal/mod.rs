//! The terminal: taking it over and restoring it, and the app loop: terminal events and writer reports in, actions through `update`, effects
//! run, frames drawn only when something changed. Blocks on its channel, so an idle app uses
//! no CPU.

use std::io::{self, BufWriter, Stdout, stdout};
use std::path::Path;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyEventKind};
#[cfg(unix)]
use ratatui::crossterm::event::{KeyboardEnhancementFlags, PopKeyboardEnhancementFlags, PushKeyboardEnhancementFlags};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};

pub mod background;
#[cfg(windows)]
mod console_events;
pub mod gap_bridging;
pub mod signals;

use crate::app::{Effect, MeasurementPurpose, Model, Msg, on_key, update};
use crate::config;
use crate::dataset::Source;
use crate::domain::Dataset;
use crate::export::{self, Subject};
use crate::keymap::Key;
use crate::ui;
use crate::workspace::writer::{Saved, Writer};
use gap_bridging::GapBridgingBackend;

/// How long the writer gets, after a signal, to save what it was handed.
const FLUSH_ON_SIGNAL: Duration = Duration::from_secs(1);

/// What reaches the loop.
enum Input {
    /// Something happened in the terminal.
    Terminal(Event),
    /// The writer reports.
    Writer(Saved),
    /// The system time zone, once found (see [`find_time_zone`]).
    TimeZone(jiff::tz::TimeZone),
    /// A signal arrived: stop (see [`signals::received`]).
    Signal,
    /// A measurement loaded beside the loop.
    Measurement(MeasurementPurpose, Result<Box<Dataset>, String>),
}

/// The terminal the app draws on: crossterm on standard output, writing as few bytes as it
/// can, a frame in one write (standard output alone would write it in pieces of 1 kB).
pub type Screen = Terminal<GapBridgingBackend<CrosstermBackend<BufWriter<Stdout>>>>;

/// Room for a whole frame: a full redraw of 120 × 36 cells in colour is 5–20 kB.
const FRAME_BUFFER: usize = 64 * 1024;

/// Takes over the terminal (raw mode, alternate screen); from here on it is restored on
/// every way out (quit, error, panic, SIGTERM, SIGHUP, SIGINT).
pub fn start() -> io::Result<Screen> {
    install_restore_hooks();
    let entered = signals::exclusive(|| enable_raw_mode().and_then(|()| execute!(stdout(), EnterAlternateScreen)));
    entered.unwrap_or_else(|| Err(io::Error::other("het programma stopt")))?;
    Terminal::new(GapBridgingBackend::new(CrosstermBackend::new(BufWriter::with_capacity(FRAME_BUFFER, stdout()))))
}

/// Runs the app in a started terminal until the facilitator quits, then restores the
/// terminal. `workspace` is where changes are saved, as `replica`. After SIGTERM, SIGHUP or SIGINT it
/// gives the writer up to [`FLUSH_ON_SIGNAL`] to save what it was handed, restores the
/// terminal and exits the process with 128 + the signal.
pub fn run(mut terminal: Screen, model: Model, (workspace, replica): (&Path, &str), source: &Source) -> io::Result<()> {
    let (sender, inputs) = channel();
    let wake = sender.clone();
    signals::wake_loop_with(move || wake.send(Input::Signal).is_ok());
    read_terminal(sender.clone());
    let writer_reports = sender.clone();
    let writer = Writer::start(workspace.to_path_buf(), replica, model.workspace().clone(), move |saved| {
        // The loop is gone only when the app is quitting.
        let _ = writer_reports.send(Input::Writer(saved));
    });
    let result = signals::exclusive(|| execute!(stdout(), EnableBracketedPaste))
        .unwrap_or(Ok(()))
        .map(|()| report_shift_enter())
        .and_then(|()| event_loop(&mut terminal, model, (&inputs, &sender), &writer, (workspace, source)));
    if let Some(signal) = signals::received() {
        let saved = writer.finish_within(FLUSH_ON_SIGNAL);
        restore();
        if !saved {
            eprintln!("regie: gestopt voor alle wijzigingen opgeslagen waren");
        }
        std::process::exit(128 + signal);
    }
    writer.finish();
    // Dropped, the terminal shows the cursor: before the restore, which must be the last write.
    drop(terminal);
    restore();
    result
}

/// Leaves raw mode and the alternate screen and shows the cursor again, as the last thing
/// written to the terminal: nothing is drawn after it.
pub fn restore() {
    signals::close(restore_now);
}

fn restore_now() {
    // Restoring is best effort: there is nothing left to report a failure to.
    #[cfg(unix)]
    let _ = execute!(stdout(), PopKeyboardEnhancementFlags);
    let _ = execute!(stdout(), DisableBracketedPaste, Show);
    let _ = ratatui::try_restore();
}

/// Asks the terminal to report Shift-Enter apart from Enter (the kitty keyboard protocol's
/// "disambiguate" level: kitty, WezTerm, foot, Ghostty, recent xterm-likes); a terminal
/// without it ignores the request. Enter, Tab and Backspace still send what they always
/// did. Windows' console reports Shift-Enter by itself.
fn report_shift_enter() {
    #[cfg(unix)]
    {
        let flags = KeyboardEnhancementFlags::DISAMBIGUATE_ESCAPE_CODES;
        // Best effort: without it, Ctrl-j and Alt-Enter still break a line.
        let _ = signals::exclusive(|| execute!(stdout(), PushKeyboardEnhancementFlags(flags)));
    }
}

fn install_restore_hooks() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    signals::install(restore_now);
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

/// Today's date in UTC: known at once, and the local date for all but an hour or two a day.
pub fn utc_today() -> jiff::civil::Date {
    jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date()
}

/// Finds the system time zone beside the loop, once the first frame is out: jiff indexes
/// the whole zoneinfo directory the first time (30 directories, a few milliseconds).
fn find_time_zone(sender: Sender<Input>) {
    std::thread::spawn(move || sender.send(Input::TimeZone(jiff::tz::TimeZone::system())));
}

/// Today's date in time zone `zone`: a clock read and an offset, cheap enough for every input.
fn today_in(zone: &jiff::tz::TimeZone) -> jiff::civil::Date {
    zone.to_datetime(jiff::Timestamp::now()).date()
}

fn event_loop(
    terminal: &mut Screen,
    mut model: Model,
    (inputs, sender): (&Receiver<Input>, &Sender<Input>),
    writer: &Writer,
    (workspace, source): (&Path, &Source),
) -> io::Result<()> {
    draw(terminal, &model)?;
    find_time_zone(sender.clone());
    // The date in UTC until the time zone is known; from then on the local date, so a session
    // past midnight moves on to the new day.
    let mut zone = None;
    while let Ok(input) = inputs.recv() {
        if signals::received().is_some() {
            return Ok(());
        }
        if let Input::TimeZone(found) = &input {
            zone = Some(found.clone());
        }
        let today = zone.as_ref().map(today_in);
        let new_day = today.filter(|&today| today != model.today);
        if let Some(today) = new_day {
            update(&mut model, Msg::Today(today));
        }
        let (changed, effects) = match input {
            Input::Terminal(Event::Key(key)) if key.kind == KeyEventKind::Press => {
                (true, on_key(&mut model, Key::from(key)))
            }
            Input::Terminal(Event::Paste(text)) => (true, update(&mut model, Msg::Paste(text))),
            Input::Terminal(Event::Resize(..)) => (true, Vec::new()),
            Input::Terminal(_) => (false, Vec::new()),
            Input::TimeZone(_) => (new_day.is_some(), Vec::new()),
            Input::Writer(Saved::Revision(revision)) => (true, update(&mut model, Msg::Saved(revision))),
            Input::Signal => (false, Vec::new()),
            Input::Measurement(purpose, loaded) => {
                (true, update(&mut model, Msg::MeasurementLoaded { purpose, loaded }))
            }
            Input::Writer(Saved::Failed(revision, error)) => {
                (true, update(&mut model, Msg::SaveFailed(revision, error)))
            }
        };
        // An effect's report can ask for more (a workbook read becomes a change to save).
        let mut effects = std::collections::VecDeque::from(effects);
        while let Some(effect) = effects.pop_front() {
            match effect {
                Effect::Quit => return Ok(()),
                Effect::Save { revision, workspace } => writer.save(revision, *workspace),
                Effect::Export { meeting } => {
                    let result = write_exports(&model, workspace, meeting);
                    update(&mut model, Msg::Exported(result));
                }
                Effect::ReadWorkbook(path) => {
                    let (shown, mark) = (crate::workbook::file_name(&path), crate::workbook::mark(&path, model.today));
                    let project = model.workspace().dataset.as_deref();
                    let answers = crate::workbook::read(&path, &shown, model.dataset(), project, &mark);
                    effects.extend(update(&mut model, Msg::WorkbookRead(path, answers)));
                }
                Effect::LoadMeasurement { id, purpose } => {
                    load_measurement(source.clone(), id, purpose, sender.clone())
                }
                Effect::Remember(remembered) => {
                    if let Err(error) = config::remember(config::config_dir().as_deref(), &remembered) {
                        update(&mut model, Msg::NotRemembered(error.to_string()));
                    }
                }
            }
        }
        if changed {
            draw(terminal, &model)?;
        }
    }
    Ok(())
}

/// Loads a measurement beside the loop and hands it to the loop.
fn load_measurement(source: Source, id: String, purpose: MeasurementPurpose, sender: Sender<Input>) {
    std::thread::spawn(move || {
        let loaded = crate::dataset::load_measurement(&source, Some(&id))
            .map(Box::new)
            .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "));
        // The loop is gone only when the app is quitting.
        let _ = sender.send(Input::Measurement(purpose, loaded));
    });
}

/// Draws a frame, unless a signal arrived or the terminal is restored already.
fn draw(terminal: &mut Screen, model: &Model) -> io::Result<()> {
    if signals::received().is_some() {
        return Ok(());
    }
    signals::exclusive(|| terminal.draw(|frame| ui::view(frame, model)).map(drop)).unwrap_or(Ok(()))
}

/// Writes every export into the export folder (`regie/` in the user's documents, else
/// `exports/` of the workspace); says where, folder first, then what.
fn write_exports(model: &Model, workspace: &Path, meeting: Option<u64>) -> Result<String, String> {
    let dir = export::folder::default_dir().unwrap_or_else(|| workspace.join("exports"));
    let subject = Subject {
        dataset: model.dataset(),
        workspace: model.workspace(),
        meeting,
        today: model.today,
        exported: jiff::Timestamp::now(),
    };
    let written = export::write_all(&dir, &subject)?;
    let names: Vec<String> =
        written.iter().filter_map(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()).collect();
    Ok(format!("naar {}: {}", dir.display(), names.join(", ")))
}
