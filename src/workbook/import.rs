//! `regie import`: the workbook's answers as finding edits of the workspace, all or nothing.

use std::path::Path;

use super::findings::plan;
use super::problem::CellProblem;
use super::sheet::read_rows;
use super::{FINDINGS, FINDINGS_HEADER};
use crate::domain::{Baseline, Dataset, FindingEdit, FindingFields, Workspace};

/// The workspace an import leaves, and what it changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The workspace with the workbook's answers recorded.
    pub workspace: Workspace,
    /// Findings whose verdict, bestuur or note changed.
    pub findings: usize,
    /// Of those, the ones whose verdict changed.
    pub verdicts: usize,
}

/// Reads the workbook at `path` (`shown` in messages) against the dataset as the workspace
/// leaves it (`dataset`, with the `baseline` of what the workspace changed) and records every
/// answer that differs, its source set to `mark` (`import FILE DATE`); every problem
/// instead, and then nothing changes.
pub fn import(
    path: &Path,
    shown: &str,
    dataset: &Dataset,
    baseline: &Baseline,
    workspace: &Workspace,
    mark: &str,
) -> Result<Imported, Vec<CellProblem>> {
    let rows = read_rows(path, shown, FINDINGS, FINDINGS_HEADER.len() as u32).map_err(|p| vec![p])?;
    let planned = plan(&rows, dataset, shown)?;
    let mut imported = Imported { workspace: workspace.clone(), findings: 0, verdicts: 0 };
    for (finding, mut fields, _) in planned {
        let Some(current) = dataset.findings().get(finding) else { continue };
        let before = FindingFields::from(current);
        if fields == before {
            continue;
        }
        imported.findings += 1;
        imported.verdicts += usize::from(fields.verdict != before.verdict);
        fields.source = Some(mark.to_string());
        let Some(original) = baseline.fields(dataset, finding) else { continue };
        let edit = FindingEdit {
            municipality: current.municipality.clone(),
            indicator: current.indicator.clone(),
            original: original.bestuur,
            fields,
            meeting: None,
            was: None,
            measurement: dataset.measurement_key().map(str::to_string),
        };
        imported.workspace.record_finding(edit, &original);
    }
    Ok(imported)
}
