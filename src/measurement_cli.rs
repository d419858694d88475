//! `regie measurement new|list` and `regie compare A B`: the measurements of a project on
//! the command line.

use std::io::Write;
use std::path::PathBuf;

use crate::check::{EXIT_BAD_INPUT, write_problems};
use crate::cli::{Cli, MeasurementCommand};
use crate::dataset::load_measurement;
use crate::domain::compare::compare;
use crate::domain::text::one_line;
use crate::domain::{Dataset, Workspace, apply_workspace};
use crate::project::{Copy, new_measurement};
use crate::ronfile::Problem;
use crate::run::load_all_at;

fn refuse(problems: &[Problem]) -> i32 {
    // A failing stderr leaves nowhere to report; the exit code still tells.
    let _ = write_problems(problems, &mut std::io::stderr());
    EXIT_BAD_INPUT
}

/// The project directory the options name; measurements belong to a project of one's own.
fn project_dir(cli: &Cli) -> Result<PathBuf, Problem> {
    cli.project
        .clone()
        .or_else(|| cli.data.clone())
        .ok_or_else(|| Problem::whole_file("--project", "metingen horen bij een project; geef het met --project MAP"))
}

/// `regie measurement …`; returns the exit code.
pub fn command(cli: &Cli, what: &MeasurementCommand) -> i32 {
    match what {
        MeasurementCommand::New { name, from, empty } => new(cli, name, from.as_deref(), *empty),
        MeasurementCommand::List => list(cli),
    }
}

/// A new measurement: a copy of `from` (else the latest) as the app shows it, or empty.
fn new(cli: &Cli, name: &str, from: Option<&str>, empty: bool) -> i32 {
    let dir = match project_dir(cli) {
        Ok(dir) => dir,
        Err(problem) => return refuse(&[problem]),
    };
    let (dataset, _, opened) = match load_all_at(cli, from) {
        Ok(loaded) => loaded,
        Err(problems) => return refuse(&problems),
    };
    let (dataset, _) = apply_workspace(dataset, &opened.workspace);
    let copy = if empty { Copy::Empty } else { Copy::Of(&dataset) };
    match new_measurement(&dir, &dataset, name, crate::terminal::utc_today(), copy) {
        Ok(measurement) => {
            let origin = if empty { "leeg".to_string() } else { format!("kopie van {}", dataset.measurement().id) };
            println!("{}: nieuwe meting \"{}\" ({origin})", measurement.id, one_line(&measurement.name));
            0
        }
        Err(problem) => refuse(&[problem]),
    }
}

/// The measurements, oldest first: id, name, date.
fn list(cli: &Cli) -> i32 {
    match crate::dataset::measurements(&cli.source()) {
        Ok(list) => {
            let mut text = String::new();
            for measurement in list.all() {
                let date = measurement.date.map_or("—".to_string(), |d| d.to_string());
                text.push_str(&format!("{}\t{}\t{date}\n", measurement.id, one_line(&measurement.name)));
            }
            if std::io::stdout().write_all(text.as_bytes()).is_ok() { 0 } else { 1 }
        }
        Err(problems) => refuse(&problems),
    }
}

/// Loads two measurements of the project the options name, each with the workspace's edits
/// applied, and the workspace.
pub fn load_pair(cli: &Cli, before: &str, after: &str) -> Result<(Dataset, Dataset, Workspace), Vec<Problem>> {
    let (later, _, opened) = load_all_at(cli, Some(after))?;
    let earlier = load_measurement(&cli.source(), Some(before))?;
    let workspace = opened.workspace;
    let (later, _) = apply_workspace(later, &workspace);
    let (earlier, _) = apply_workspace(earlier, &workspace);
    Ok((earlier, later, workspace))
}

/// `regie compare A B [--json]`; returns the exit code.
pub fn compare_command(cli: &Cli, before: &str, after: &str, json: bool) -> i32 {
    let (earlier, later, workspace) = match load_pair(cli, before, after) {
        Ok(loaded) => loaded,
        Err(problems) => return refuse(&problems),
    };
    let comparison = compare(&workspace, &earlier, &later);
    let text = if json {
        format!("{:#}\n", crate::export::comparison::json(&earlier, &later, &comparison))
    } else {
        crate::export::comparison::text(&earlier, &later, &comparison)
    };
    // A closed standard output (`| head`) ends the command without a panic.
    if std::io::stdout().write_all(text.as_bytes()).is_ok() { 0 } else { 1 }
}
