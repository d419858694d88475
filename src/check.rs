//! `regie check`: the regional summary of a dataset, or every problem in it.

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::dataset::{Problem, Source, load};
use crate::domain::text::one_line;
use crate::domain::{Dataset, SummaryLine, apply_workspace, regional_summary};
use crate::workspace::store;

/// Exit code for a dataset (or other input file) that does not load.
pub const EXIT_BAD_INPUT: i32 = 2;

/// Runs the check, writing the summary or the problems; returns the exit code. The problems
/// go to `err` as text, and with `json` also to `out` as `{"problems": [...]}`.
pub fn run(source: &Source, json: bool, out: &mut impl Write, err: &mut impl Write) -> i32 {
    run_with(source, None, json, out, err)
}

/// [`run`] on the dataset as a workspace's edits leave it (a project's counts are those the
/// app shows); a workspace that does not load or belongs to another dataset is a problem.
pub fn run_with(
    source: &Source,
    workspace: Option<&Path>,
    json: bool,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    match load_with(source, workspace) {
        Ok(dataset) => {
            let lines: Vec<SummaryLine> = regional_summary(&dataset).into_iter().map(clean_line).collect();
            let written = if json { write_json(&lines, out) } else { write_text(&lines, out) };
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

/// The dataset, with the edits of the workspace in `dir` applied when one is given.
fn load_with(source: &Source, dir: Option<&Path>) -> Result<Dataset, Vec<Problem>> {
    let dataset = load(source)?;
    let Some(dir) = dir else { return Ok(dataset) };
    let mut workspace = store::load(dir).map_err(|problem| vec![problem])?;
    crate::project::fit(source, dir, &mut workspace).map_err(|problem| vec![problem])?;
    Ok(apply_workspace(dataset, &workspace).0)
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

fn write_text(lines: &[SummaryLine], out: &mut impl Write) -> std::io::Result<()> {
    for line in lines {
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
