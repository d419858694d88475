//! The commands of the binary that open the workspace: the app itself and the exports.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::app::{Model, Projection, ThemeName};
use crate::check::{EXIT_BAD_INPUT, write_problems};
use crate::cli::{Cli, ExportCommand, MinutesFormat};
use crate::domain::text::one_line;
use crate::domain::{Dataset, apply_workspace};
use crate::export::{Format, Subject};
use crate::ronfile::Problem;
use crate::workspace::damage::Damage;
use crate::workspace::lock::Acquired;
use crate::workspace::open::{self, Opened};
use crate::{config, dataset, terminal};

/// Reports problems on stderr and gives the exit code for bad input.
fn refuse(problems: &[Problem]) -> i32 {
    // stderr failing leaves nowhere to report; the exit code still tells.
    let _ = write_problems(problems, &mut std::io::stderr());
    EXIT_BAD_INPUT
}

fn workspace_dir(cli: &Cli) -> Result<PathBuf, Vec<Problem>> {
    cli.workspace_dir()
        .ok_or_else(|| vec![Problem::whole_file("--workspace", "geen werkmap gevonden; geef er een met --workspace")])
}

/// Loads the dataset (at the measurement asked for, else the latest) and the workspace to
/// read them only (no lock), as [`load_locked`] does.
pub(crate) fn load_all(cli: &Cli) -> Result<(Dataset, PathBuf, Opened), Vec<Problem>> {
    load_all_at(cli, cli.measurement.as_deref())
}

/// [`load_all`] at measurement `measurement` (`None`: the latest).
pub(crate) fn load_all_at(cli: &Cli, measurement: Option<&str>) -> Result<(Dataset, PathBuf, Opened), Vec<Problem>> {
    let me = replica_of(cli).map_err(|problem| vec![problem])?;
    load_with(cli, measurement, |dir| open::read_as(dir, Some(&me)).map(|read| ((), read)))
        .map(|(dataset, dir, opened, ())| (dataset, dir, opened))
}

/// Loads the dataset and the workspace to write it: the workspace's lock is tried before the
/// workspace is read (see [`open::lock_and_read`]); read-only when another instance holds it.
pub(crate) fn load_locked(cli: &Cli) -> Result<(Dataset, PathBuf, Opened, Acquired), Vec<Problem>> {
    let me = replica_of(cli).map_err(|problem| vec![problem])?;
    load_with(cli, cli.measurement.as_deref(), |dir| open::lock_and_read(dir, &me))
}

/// The replica this instance is: `--replica`, else the remembered one, else the computer's.
pub(crate) fn replica_of(cli: &Cli) -> Result<String, Problem> {
    config::replica(config::config_dir().as_deref(), cli.replica.as_deref())
}

/// Loads the dataset (at `measurement`, else the latest) and the workspace (with `read`),
/// each on its own core, checks the workspace's references into the dataset and that it
/// belongs to this dataset.
fn load_with<T: Send>(
    cli: &Cli,
    measurement: Option<&str>,
    read: impl FnOnce(&Path) -> Result<(T, open::Read), Problem> + Send,
) -> Result<(Dataset, PathBuf, Opened, T), Vec<Problem>> {
    let dir = workspace_dir(cli)?;
    let source = cli.source();
    let (dataset, workspace) = std::thread::scope(|scope| {
        let workspace = scope.spawn(|| read(&dir));
        let dataset = dataset::load_measurement(&source, measurement);
        let workspace = workspace.join().unwrap_or_else(|_| Err(Problem::whole_file("workspace", "lezen mislukt")));
        (dataset, workspace)
    });
    match (dataset, workspace) {
        (Ok(dataset), Ok((held, read))) => {
            let mut opened = read.check(&dataset)?;
            crate::project::fit(&source, &dir, &mut opened.workspace).map_err(|problem| vec![problem])?;
            Ok((dataset, dir, opened, held))
        }
        (dataset, workspace) => Err(dataset.err().unwrap_or_default().into_iter().chain(workspace.err()).collect()),
    }
}

/// What the app needs before its first frame.
struct Loaded {
    model: Model,
    /// The directory of this instance's replica.
    own: PathBuf,
    replica: String,
    held: Acquired,
}

/// Reads keymap, dataset and workspace, takes the workspace lock, builds the model. Says
/// through `ask` as soon as it knows whether the theme is to suit the terminal's background
/// (nothing remembered, colour allowed): the terminal is asked beside the loading (see [`app`]).
fn prepare(cli: &Cli, ask: &std::sync::mpsc::Sender<bool>) -> Result<Loaded, Vec<Problem>> {
    let keymap = config::keymap(config::config_dir().as_deref(), cli.keymap.as_deref())?;
    let remembered = config::remembered(config::config_dir().as_deref())?;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    // The loop is waiting for this answer unless the terminal failed to start.
    let _ = ask.send(remembered.is_none() && !no_color);
    let (dataset, _, opened, held) = load_locked(cli)?;
    let replica = replica_of(cli).map_err(|problem| vec![problem])?;
    let read_only = matches!(held, Acquired::HeldElsewhere);
    let warnings = damage_warnings(&opened.damage, read_only)?;
    if !read_only {
        // Remembering is a convenience: the name given or found works for this session anyway.
        let _ = config::remember_replica(config::config_dir().as_deref(), &replica);
    }
    let projection = Projection { no_color, ..Projection::default() };
    // Nothing chosen yet: the theme suits the terminal's background, set once it answered.
    let projection = remembered.map_or(projection, |remembered| projection.with(remembered));
    let mut model =
        Model::new(dataset, keymap, projection, terminal::utc_today()).with_workspace(opened.workspace, read_only);
    model.chrome.load_warning = banner(&warnings);
    model.chrome.workbook =
        crate::export::folder::default_dir().and_then(|dir| crate::export::folder::latest_workbook(&dir));
    Ok(Loaded { model, own: opened.own, replica, held })
}

/// The warnings about damage to the workspace. The session that writes first keeps the
/// evidence (see [`Damage::secure`]); when that fails, it is a problem.
pub(crate) fn damage_warnings(damage: &[(PathBuf, Damage)], read_only: bool) -> Result<Vec<Problem>, Vec<Problem>> {
    if read_only {
        return Ok(damage.iter().map(|(dir, damage)| damage.warning(dir)).collect());
    }
    damage.iter().map(|(dir, damage)| damage.secure(dir)).collect::<Result<_, _>>().map_err(|problem| vec![problem])
}

/// The warnings about a damaged workspace as one banner line, files named inside the
/// workspace directory.
fn banner(warnings: &[Problem]) -> Option<String> {
    let name = |file: &str| Path::new(file).file_name().map_or(file.to_string(), |n| n.to_string_lossy().into_owned());
    let lines: Vec<String> = warnings.iter().map(|w| format!("{}:{}: {}", name(&w.file), w.line, w.message)).collect();
    (!lines.is_empty()).then(|| lines.join(" · "))
}

/// Writes the warnings about a damaged workspace on stderr, changing nothing on disk.
fn warn(damage: &[(PathBuf, Damage)]) {
    let warnings: Vec<Problem> = damage.iter().map(|(dir, damage)| damage.warning(dir)).collect();
    print_warnings(&warnings);
}

/// Writes warnings on stderr, as `file:line:column: waarschuwing: message`.
pub(crate) fn print_warnings(warnings: &[Problem]) {
    for warning in warnings {
        eprintln!("{}:{}:{}: waarschuwing: {}", warning.file, warning.line, warning.column, warning.message);
    }
}

/// Opens the meeting screen; returns the exit code. Loading runs while the terminal is
/// being taken over; a problem restores the terminal and is reported before anything else.
pub fn app(cli: &Cli) -> i32 {
    let (ask, asked) = std::sync::mpsc::channel();
    let loaded = std::thread::scope(|scope| {
        let loading = scope.spawn(move || prepare(cli, &ask));
        let started = terminal::start();
        // Asked while the data loads: the terminal's answer need not wait for the parse.
        let light = match (&started, asked.recv()) {
            (Ok(_), Ok(true)) => Some(terminal::background::is_light()),
            _ => None,
        };
        let loaded = loading.join().unwrap_or_else(|_| Err(vec![Problem::whole_file("regie", "laden mislukt")]));
        let loaded = loaded.map(|mut loaded| {
            if let Some(light) = light {
                loaded.model.chrome.projection.theme = light.map_or(ThemeName::Standaard, ThemeName::suiting);
            }
            loaded
        });
        (started, loaded)
    });
    let (screen, Loaded { model, own, replica, held }) = match loaded {
        (Ok(screen), Ok(loaded)) => (screen, loaded),
        (started, Err(problems)) => {
            if started.is_ok() {
                terminal::restore();
            }
            return refuse(&problems);
        }
        (Err(error), Ok(_)) => {
            eprintln!("regie: terminalfout: {}", one_line(&error.to_string()));
            return 1;
        }
    };
    let result = terminal::run(screen, model, (&own, &replica), &cli.source());
    drop(held);
    match result {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("regie: terminalfout: {}", one_line(&error.to_string()));
            1
        }
    }
}

/// `regie export …`: writes to stdout; returns the exit code. Rendered from the dataset with
/// the workspace's edits applied, exactly as the app exports it.
pub fn export(cli: &Cli, what: &ExportCommand) -> i32 {
    let (dataset, _, Opened { workspace, damage, .. }) = match load_all(cli) {
        Ok(loaded) => loaded,
        Err(problems) => return refuse(&problems),
    };
    warn(&damage);
    let (dataset, _) = apply_workspace(dataset, &workspace);
    let (format, asked, out) = match what {
        ExportCommand::Minutes { meeting, format: MinutesFormat::Md, out } => (Format::MinutesMd, *meeting, out),
        ExportCommand::Minutes { meeting, format: MinutesFormat::Docx, out } => (Format::MinutesDocx, *meeting, out),
        ExportCommand::Actions { xlsx: Some(file), .. } => (Format::FollowUpsXlsx, None, &Some(file.clone())),
        ExportCommand::Actions { xlsx: None, .. } => (Format::FollowUpsCsv, None, &None),
        ExportCommand::Report { html, .. } => (Format::ReportHtml, None, html),
    };
    let meeting = workspace.minutes_meeting(asked);
    let subject = Subject {
        dataset: &dataset,
        workspace: &workspace,
        meeting,
        today: terminal::utc_today(),
        exported: jiff::Timestamp::now(),
    };
    let rendered = match what {
        ExportCommand::Report { compare: Some(id), .. } => match dataset::load_measurement(&cli.source(), Some(id)) {
            Ok(earlier) => {
                let (earlier, _) = apply_workspace(earlier, &workspace);
                let html = crate::export::report_html::render(&dataset, &workspace, subject.today, Some(&earlier));
                Ok(Some(html.into_bytes()))
            }
            Err(problems) => return refuse(&problems),
        },
        _ => format.render(&subject),
    };
    match rendered {
        Ok(Some(bytes)) => deliver(&bytes, destination(format, &subject, out.as_deref())),
        Ok(None) => {
            let there: Vec<String> =
                workspace.meetings.iter().map(|m| format!("{} ({} {})", m.id, m.date, one_line(&m.title))).collect();
            let asked = meeting.map_or(String::new(), |i| format!(" {i}"));
            match there.is_empty() {
                true => eprintln!("regie: geen vergadering{asked} in de werkmap"),
                false => eprintln!("regie: geen vergadering{asked} in de werkmap (er zijn: {})", there.join(", ")),
            }
            1
        }
        Err(error) => {
            eprintln!("regie: {}", one_line(&error));
            1
        }
    }
}

/// `regie new DIR`: creates a project; returns the exit code.
pub fn new_project(dir: &std::path::Path, municipalities: Option<&str>, from_sample: bool, title: Option<&str>) -> i32 {
    let start = match (municipalities, from_sample) {
        (_, true) => crate::project::Start::Sample,
        (Some(names), false) => match crate::project::municipalities(names) {
            Ok(list) => crate::project::Start::Municipalities(list),
            Err(problems) => return refuse(&problems),
        },
        (None, false) => return refuse(&[Problem::whole_file("--municipalities", "geef gemeenten of --from-sample")]),
    };
    match crate::project::create_titled(dir, &start, title) {
        Ok(id) => {
            let shown = one_line(&dir.display().to_string()).into_owned();
            // Quoted where a space would split it, as cmd, PowerShell and sh all read it.
            let argument = if shown.contains(' ') { format!("\"{shown}\"") } else { shown.clone() };
            println!("{shown}: nieuw project {id} (open het met: regie --project {argument})");
            0
        }
        Err(problem) => refuse(&[problem]),
    }
}

/// Where an export goes: the file named, else standard output for text, else the export
/// folder; `Err` when there is no export folder.
fn destination(format: Format, subject: &Subject, out: Option<&Path>) -> Result<Option<PathBuf>, String> {
    match out {
        Some(file) => Ok(Some(file.to_path_buf())),
        None if format.is_text() => Ok(None),
        None => match crate::export::folder::default_dir() {
            Some(dir) => Ok(Some(dir.join(format.file_name(subject)))),
            None => Err("geen map Documenten of thuismap gevonden; geef een bestand met --out".to_string()),
        },
    }
}

/// Writes an export to its destination (standard output when `None`) and, for a file, says
/// where on standard output; returns the exit code.
fn deliver(bytes: &[u8], destination: Result<Option<PathBuf>, String>) -> i32 {
    let written = destination.and_then(|path| match path {
        None => std::io::stdout().write_all(bytes).map_err(|e| e.to_string()),
        Some(path) => {
            crate::export::write_file(&path, bytes).map(|()| println!("{}", one_line(&path.display().to_string())))
        }
    });
    match written {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("regie: {}", one_line(&error));
            1
        }
    }
}

/// `regie demo-data`: writes a synthetic dataset and workspace; returns the exit code.
pub fn demo_data(size: crate::demo::DemoSize, out: &Path) -> i32 {
    let (parts, workspace) = crate::demo::generate(size);
    match crate::demo::write(out, &parts, &workspace) {
        Ok(()) => {
            println!(
                "{}: {} gemeenten, {} bevindingen, {} acties (werkmap: {})",
                one_line(&out.display().to_string()),
                parts.municipalities.len(),
                parts.findings.len(),
                workspace.follow_ups.len(),
                one_line(&out.join("workspace").display().to_string())
            );
            0
        }
        Err(error) => {
            eprintln!("regie: {}: {}", one_line(&out.display().to_string()), one_line(&error.to_string()));
            1
        }
    }
}
