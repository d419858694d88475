//! `regie check`: the regional summary of a dataset, or every problem in it.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::dataset::{Problem, Source, load_measurement};
use crate::domain::text::one_line;
use crate::domain::{Dataset, Provenance, SummaryLine, Workspace, apply_workspace, conflicts, regional_summary};
use crate::workspace::replica::Seen;

/// Exit code for a dataset (or other input file) that does not load.
pub const EXIT_BAD_INPUT: i32 = 2;

/// Runs the check, writing the summary or the problems; returns the exit code. The problems
/// go to `err` as text, and with `json` also to `out` as `{"problems": [...]}`.
pub fn run(source: &Source, json: bool, out: &mut impl Write, err: &mut impl Write) -> i32 {
    run_with(source, None, None, json, out, err)
}

/// [`run`] on the dataset as a workspace's edits leave it (a project's counts are those the
/// app shows); a workspace that does not load or belongs to another dataset is a problem.
pub fn run_with(
    source: &Source,
    workspace: Option<&Path>,
    measurement: Option<&str>,
    json: bool,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    match load_with(source, workspace, measurement) {
        Ok((dataset, sharing)) => {
            let lines: Vec<SummaryLine> = regional_summary(&dataset).into_iter().map(clean_line).collect();
            let written = if json {
                write_json(&lines, out)
            } else {
                write_text(dataset.provenance(), &lines, out).and_then(|()| write_sharing(&sharing, out))
            };
            if written.is_ok() { 0 } else { 1 }
        }
        Err(problems) => {
            // A failing stderr leaves nothing else to report to; the exit code still says it.
            let _ = write_problems(&problems, err);
            if json {
                let _ = write_problems_json(&problems, out);
            }
            EXIT_BAD_INPUT
        }
    }
}

/// The dataset at a measurement (the latest by default), with the edits of the workspace in
/// `dir` applied when one is given, and the lines about the workspace's replicas (see
/// [`sharing_lines`]).
fn load_with(
    source: &Source,
    dir: Option<&Path>,
    measurement: Option<&str>,
) -> Result<(Dataset, Vec<String>), Vec<Problem>> {
    let dataset = load_measurement(source, measurement)?;
    let Some(dir) = dir else { return Ok((dataset, Vec::new())) };
    let read = crate::workspace::open::read(dir).map_err(|problem| vec![problem])?;
    let mut opened = read.check(&dataset)?;
    crate::project::fit(source, dir, &mut opened.workspace).map_err(|problem| vec![problem])?;
    let sharing = sharing_lines(&opened.replicas, &opened.workspace);
    Ok((apply_workspace(dataset, &opened.workspace).0, sharing))
}

/// The replicas of a shared workspace with their last change (and what has not fully
/// arrived), the replicas whose files are gone, and every item changed concurrently with
/// both values. Nothing for a workspace that was never shared.
pub fn sharing_lines(replicas: &[Seen], workspace: &Workspace) -> Vec<String> {
    let named: Vec<&str> = replicas.iter().filter_map(|r| r.whose.name()).collect();
    if named.is_empty() {
        return Vec::new();
    }
    let mut lines = Vec::new();
    for replica in replicas {
        lines.push(match (replica.whose.name(), replica.last_change) {
            (None, _) => "bestanden van vóór het delen: alleen gelezen".to_string(),
            (Some(name), 0) => format!("replica {name}: nog geen wijziging"),
            (Some(name), at) => format!("replica {name}: laatste wijziging {}", conflicts::when(at)),
        });
        if let Some(waiting) = &replica.waiting {
            lines.push(format!("  nog niet volledig aangekomen: {waiting}"));
        }
    }
    let writers: BTreeSet<&str> = workspace.versions.values().map(|v| v.by.as_str()).collect();
    for gone in writers.into_iter().filter(|w| !w.is_empty() && !named.contains(w)) {
        lines.push(format!(
            "replica {gone}: geen bestanden meer; wat andere replica's van {gone} lazen blijft, de rest is weg"
        ));
    }
    lines.extend(conflicts::all(workspace).iter().map(conflicts::Conflict::line));
    lines
}

/// The lines about the replicas, as `# ` lines after the counts.
fn write_sharing(lines: &[String], out: &mut impl Write) -> std::io::Result<()> {
    lines.iter().try_for_each(|line| writeln!(out, "# {}", one_line(line)))
}

/// Writes each problem on its own line as `file:line:column: message`.
pub fn write_problems(problems: &[Problem], err: &mut impl Write) -> std::io::Result<()> {
    for problem in problems {
        writeln!(err, "{problem}")?;
    }
    Ok(())
}

/// A summary line with its id and label on one line, control characters neutralised.
fn clean_line(line: SummaryLine) -> SummaryLine {
    SummaryLine { id: one_line(&line.id).into_owned(), label: one_line(&line.label).into_owned(), ..line }
}

/// The provenance first, as `# ` lines, then the counts, and the counts that only describe
/// this dataset after a heading of their own.
fn write_text(provenance: &Provenance, lines: &[SummaryLine], out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "# {}", one_line(&provenance.title))?;
    writeln!(out, "# bron: {}", one_line(&provenance.source))?;
    if provenance.illustrative {
        writeln!(out, "# ⚠ {}", one_line(&provenance.note))?;
    }
    writeln!(out, "# Tellingen van het rapport: gemeenten met ja per indicator; klassen, trekker en rolverdeling")?;
    let mut described = false;
    for line in lines {
        if !line.report && !described {
            described = true;
            writeln!(
                out,
                "# Geen tellingen van het rapport: totalen van deze dataset (indicatoren zonder telling, relaties met regionale actoren)"
            )?;
        }
        writeln!(out, "{}  {}  {}/{}", line.id, line.label, line.count, line.total)?;
    }
    Ok(())
}

fn write_json(lines: &[SummaryLine], out: &mut impl Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, lines)?;
    writeln!(out)
}

/// A problem as `regie check --json` writes it, its texts neutralised like the text output.
#[derive(Serialize)]
struct JsonProblem<'a> {
    file: Cow<'a, str>,
    line: usize,
    column: usize,
    message: Cow<'a, str>,
}

/// Writes `{"problems": [{"file", "line", "column", "message"}, ...]}`.
fn write_problems_json(problems: &[Problem], out: &mut impl Write) -> std::io::Result<()> {
    let problems: Vec<JsonProblem> = problems
        .iter()
        .map(|p| JsonProblem { file: one_line(&p.file), line: p.line, column: p.column, message: one_line(&p.message) })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &serde_json::json!({ "problems": problems }))?;
    writeln!(out)
}
