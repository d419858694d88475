//! The sheet `Bevindingen` read back: the fields each row asks for its finding.

use rustc_hash::FxHashMap;

use super::problem::CellProblem;
use super::sheet::{cell_text, check_header};
use super::words::{self, BESTUREN, VERDICTS};
use super::{FINDINGS, FINDINGS_HEADER};
use crate::domain::text::one_line;
use crate::domain::{Dataset, FindingFields};

/// A row's finding (its index in the dataset), the fields the row gives it, and the row.
pub type Planned = (usize, FindingFields, u32);

/// Reads the rows (header first) against the dataset: every problem, or the fields per
/// finding. Rows of one municipality × indicator match its findings in template order; a
/// finding without a row stays as it is; empty rows are skipped.
pub fn plan(rows: &[Vec<String>], dataset: &Dataset, file: &str) -> Result<Vec<Planned>, Vec<CellProblem>> {
    let at = |row: u32, column: u32, message: String| CellProblem::at(file, FINDINGS, row, column, message);
    check_header(rows, &FINDINGS_HEADER, file, FINDINGS)?;
    let names = names(dataset);
    let mut problems = Vec::new();
    let mut planned = Vec::new();
    let mut seen: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for (r, cells) in rows.iter().enumerate().skip(1) {
        let r = r as u32;
        if cells.iter().all(String::is_empty) {
            continue;
        }
        let cell = |c: usize| cells.get(c).map_or("", String::as_str);
        let m = names.find(cell(0)).map_err(|message| problems.push(at(r, 0, message))).ok();
        let i = dataset.indicator_index(cell(1));
        if i.is_none() {
            problems.push(at(r, 1, format!("'{}' is geen indicator van de vragenlijst", cell(1))));
        }
        let verdict = words::verdict(cell(4));
        if verdict.is_none() {
            problems.push(at(r, 4, format!("'{}' is geen oordeel ({})", cell(4), VERDICTS.join(", "))));
        }
        let bestuur = if cell(3).is_empty() { Ok(None) } else { words::besturen(cell(3)).ok_or(()).map(Some) };
        if bestuur.is_err() {
            problems.push(at(r, 3, format!("'{}' is geen bestuur ({})", cell(3), BESTUREN.join(", "))));
        }
        let (Some(m), Some(i), Some(verdict), Ok(bestuur)) = (m, i, verdict, bestuur) else { continue };
        let nth = seen.entry((m, i)).or_default();
        let Some(&finding) = dataset.cell_findings(m, i).get(*nth) else {
            let name = &dataset.municipalities()[m].name;
            let message = format!("een rij te veel voor {name} op {}: er zijn {} bevinding(en)", cell(1), *nth);
            problems.push(at(r, 0, message));
            continue;
        };
        *nth += 1;
        let current = &dataset.findings()[finding];
        let note = cell_text(&current.note, cell(5));
        let bestuur = bestuur.unwrap_or(current.bestuur);
        if !dataset.municipalities()[m].has(bestuur) {
            let message = format!("bestuur {} bestaat niet in {}", bestuur.label(), dataset.municipalities()[m].name);
            problems.push(at(r, 3, message));
        }
        let source = current.source.clone();
        planned.push((finding, FindingFields { verdict, note, bestuur, source }, r));
    }
    problems.extend(overlaps(&planned, dataset, file));
    if problems.is_empty() { Ok(planned) } else { Err(problems) }
}

/// Municipalities by name as shown (and by id), lowercase.
pub fn names(dataset: &Dataset) -> Names {
    let mut names = FxHashMap::default();
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        names.insert(municipality.id.to_lowercase(), m);
    }
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        names.insert(one_line(&municipality.name).trim().to_lowercase(), m);
    }
    Names(names)
}

/// The municipalities a cell may name, by lower-case id or name; see [`names`].
pub struct Names(FxHashMap<String, usize>);

impl Names {
    /// The municipality a cell names, or the message that says it is none of the project's.
    pub fn find(&self, cell: &str) -> Result<usize, String> {
        self.0
            .get(cell.to_lowercase().as_str())
            .copied()
            .ok_or_else(|| format!("'{cell}' is geen gemeente van dit project"))
    }
}

/// Two findings of one municipality × indicator may not concern the same bestuur.
fn overlaps(planned: &[Planned], dataset: &Dataset, file: &str) -> Vec<CellProblem> {
    let asked: FxHashMap<usize, (crate::domain::Besturen, u32)> =
        planned.iter().map(|(f, fields, row)| (*f, (fields.bestuur, *row))).collect();
    let mut problems = Vec::new();
    for (finding, fields, row) in planned {
        let target = &dataset.findings()[*finding];
        let cell = dataset.municipality_index(&target.municipality).zip(dataset.indicator_index(&target.indicator));
        let Some((m, i)) = cell else { continue };
        let clash = dataset.cell_findings(m, i).iter().filter(|&&other| other < *finding).any(|other| {
            let theirs = asked.get(other).map_or(dataset.findings()[*other].bestuur, |(b, _)| *b);
            theirs.overlaps(fields.bestuur)
        });
        if clash {
            let message = format!("{} op {}: twee rijen over hetzelfde bestuur", target.municipality, target.indicator);
            problems.push(CellProblem::at(file, FINDINGS, *row, 3, message));
        }
    }
    problems
}
