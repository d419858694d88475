//! `regie check`: the regional summary of a dataset, or every problem in it.

use std::io::Write;

use crate::dataset::{Problem, Source, load};
use crate::domain::{SummaryLine, regional_summary};

/// Exit code for a dataset (or other input file) that does not load.
pub const EXIT_BAD_INPUT: i32 = 2;

/// Runs the check, writing the summary or the problems; returns the exit code.
pub fn run(source: &Source, json: bool, out: &mut impl Write, err: &mut impl Write) -> i32 {
    match load(source) {
        Ok(dataset) => {
            let lines = regional_summary(&dataset);
            let written = if json { write_json(&lines, out) } else { write_text(&lines, out) };
            if written.is_ok() { 0 } else { 1 }
        }
        Err(problems) => {
            // A failing stderr leaves nothing else to report to; the exit code still says it.
            let _ = write_problems(&problems, err);
            EXIT_BAD_INPUT
        }
    }
}

/// Writes each problem on its own line as `file:line:column: message`.
pub fn write_problems(problems: &[Problem], err: &mut impl Write) -> std::io::Result<()> {
    for problem in problems {
        writeln!(err, "{problem}")?;
    }
    Ok(())
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
