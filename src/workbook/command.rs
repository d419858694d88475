//! `regie template FILE.xlsx` and `regie import FILE.xlsx`: the workbook of the project (or
//! dataset and workspace) the options name.

use std::io::Write;
use std::path::Path;

use crate::check::{EXIT_BAD_INPUT, write_problems};
use crate::cli::Cli;
use crate::domain::Workspace;
use crate::domain::apply_workspace;
use crate::domain::text::one_line;
use crate::ronfile::Problem;
use crate::run::{damage_warnings, load_all, load_locked, print_warnings};
use crate::workspace::lock::Acquired;
use crate::workspace::{merge, store};

use super::problem::CellProblem;
use super::{ACTORS, CLASSIFICATION, FIGURES, FINDINGS, RELATIONS, ROLE_SPLIT};

fn refuse(problems: &[Problem]) -> i32 {
    // A failing stderr leaves nowhere to report; the exit code still tells.
    let _ = write_problems(problems, &mut std::io::stderr());
    EXIT_BAD_INPUT
}

fn refuse_cells(problems: &[CellProblem]) -> i32 {
    let mut err = std::io::stderr();
    for problem in problems {
        let _ = writeln!(err, "{problem}");
    }
    EXIT_BAD_INPUT
}

/// Writes the workbook of the dataset as the workspace leaves it, filtered on the municipality
/// `gemeente` names (a name or an id) when given; never over an existing file.
pub fn template_command(cli: &Cli, file: &Path, gemeente: Option<&str>) -> i32 {
    let shown = file.display().to_string();
    if file.exists() {
        return refuse(&[Problem::whole_file(shown, "bestaat al; regie overschrijft niets")]);
    }
    let (dataset, _, opened) = match load_all(cli) {
        Ok(loaded) => loaded,
        Err(problems) => return refuse(&problems),
    };
    let (dataset, _) = apply_workspace(dataset, &opened.workspace);
    let municipality = match gemeente.map(|name| super::findings::names(&dataset).find(name.trim())).transpose() {
        Ok(municipality) => municipality,
        Err(message) => return refuse(&[Problem::whole_file("--gemeente".to_string(), message)]),
    };
    let project = opened.workspace.dataset.as_deref();
    let written = super::template(&dataset, project, municipality)
        .map_err(|error| error.to_string())
        .and_then(|bytes| crate::durable::create_new(file, &bytes).map_err(|error| error.to_string()));
    match written {
        Ok(()) => {
            let indicators = dataset.indicators().len();
            match municipality.and_then(|m| dataset.municipalities().get(m)) {
                Some(one) => println!(
                    "{}: werkboek voor {} ({indicators} indicatoren; de andere gemeenten weggefilterd)",
                    one_line(&shown),
                    one_line(&one.name)
                ),
                None => {
                    let m = dataset.municipalities().len();
                    println!("{}: werkboek voor {m} gemeenten en {indicators} indicatoren", one_line(&shown));
                }
            }
            0
        }
        Err(error) => refuse(&[Problem::whole_file(shown, format!("niet te schrijven: {error}"))]),
    }
}

/// Reads the workbook back into the workspace as one journaled change, or refuses with every
/// problem and changes nothing; refuses too while a running regie holds the workspace.
pub fn import_command(cli: &Cli, file: &Path) -> i32 {
    let shown = file.display().to_string();
    // The lock first, then the workspace: a regie that saves and exits meanwhile is read.
    let (dataset, dir, opened, held) = match load_locked(cli) {
        Ok(loaded) => loaded,
        Err(problems) => return refuse(&problems),
    };
    let me = match crate::run::replica_of(cli) {
        Ok(me) => me,
        Err(problem) => return refuse(&[problem]),
    };
    let (workspace, damage, own) = (opened.workspace, opened.damage, opened.own);
    let held = match held {
        Acquired::Writer(held) => held,
        Acquired::HeldElsewhere => {
            let message = "de werkmap is open in een andere regie; sluit die eerst (er is niets gewijzigd)";
            return refuse(&[Problem::whole_file(dir.display().to_string(), message)]);
        }
    };
    let (dataset, baseline) = apply_workspace(dataset, &workspace);
    let mark = super::mark(file, crate::terminal::utc_today());
    let imported = match super::import(file, &shown, &dataset, &baseline, &workspace, &mark) {
        Ok(imported) => imported,
        Err(problems) => return refuse_cells(&problems),
    };
    if imported.workspace != workspace {
        // Only now, holding the lock and with a good workbook, make a damaged journal safe to
        // append to, as the app does (the original kept beside it).
        match damage_warnings(&damage, false) {
            Ok(said) => print_warnings(&said),
            Err(problems) => return refuse(&problems),
        }
        if let Err(error) = save_import(&own, &me, &workspace, imported.workspace.clone()) {
            return refuse(&[Problem::whole_file(own.display().to_string(), format!("niet te schrijven: {error}"))]);
        }
    }
    drop(held);
    summary(&shown, &imported);
    0
}

/// Saves the imported workspace as this replica's snapshot (it holds every replica's
/// changes as merged, so nothing of this replica's journal is lost), every item the import
/// changed with a new version by this replica.
fn save_import(own: &Path, me: &str, workspace: &Workspace, mut imported: Workspace) -> std::io::Result<()> {
    merge::stamp(workspace, &mut imported, me, crate::workspace::writer::now());
    store::save(own, &imported)
}

fn summary(shown: &str, imported: &super::Imported) {
    println!("{}: ingelezen", one_line(shown));
    for sheet in &imported.sheets {
        let line = match *sheet {
            FINDINGS => {
                format!("{} antwoord(en) gewijzigd, waarvan {} oordeel/oordelen", imported.findings, imported.verdicts)
            }
            CLASSIFICATION => format!("{} gemeente(n) gewijzigd", imported.classifications),
            ROLE_SPLIT => format!("{} gemeente(n) gewijzigd", imported.role_splits),
            FIGURES => format!("{} gemeente(n) gewijzigd", imported.figures),
            ACTORS => format!("{} actor(en) gewijzigd", imported.actors),
            RELATIONS => format!("relaties van {} actor(en) gewijzigd", imported.relations),
            _ => continue,
        };
        println!("  {sheet}: {line}");
    }
}
