//! `regie check`: the regional summary of a dataset, or every problem in it.

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::dataset::{Problem, Source, load_measurement};
use crate::domain::text::one_line;
use crate::domain::{Dataset, Provenance, SummaryLine, apply_workspace, regional_summary};

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
        Ok(dataset) => {
            let lines: Vec<SummaryLine> = regional_summary(&dataset).into_iter().map(clean_line).collect();
            let written = if json { write_json(&lines, out) } else { write_text(dataset.provenance(), &lines, out) };
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
/// `dir` applied when one is given.
fn load_with(source: &Source, dir: Option<&Path>, measurement: Option<&str>) -> Result<Dataset, Vec<Problem>> {
    let dataset = load_measurement(source, measurement)?;
    let Some(dir) = dir else { return Ok(dataset) };
    let read = crate::workspace::open::read(dir).map_err(|problem| vec![problem])?;
    let mut opened = read.check(&dataset)?;
    crate::project::fit(source, dir, &mut opened.workspace).map_err(|problem| vec![problem])?;
    Ok(apply_workspace(dataset, &opened.workspace).0)
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
