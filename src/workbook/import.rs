//! `regie import`: the workbook's answers as finding edits of the workspace, all or nothing.

use std::path::Path;

use super::findings::{Planned, plan};
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

/// A workbook read and checked against the dataset: the answers it gives, not yet applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers {
    planned: Vec<Planned>,
}

/// Reads the workbook at `path` (`shown` in messages) and checks it against the dataset as
/// the workspace leaves it: the answers it gives, or every problem.
pub fn read(path: &Path, shown: &str, dataset: &Dataset) -> Result<Answers, Vec<CellProblem>> {
    let rows = read_rows(path, shown, FINDINGS, FINDINGS_HEADER.len() as u32).map_err(|p| vec![p])?;
    Ok(Answers { planned: plan(&rows, dataset, shown)? })
}

/// What an import of `file` on `today` writes as the source of the answers it changes.
pub fn mark(file: &Path, today: jiff::civil::Date) -> String {
    format!("import {} {today}", file_name(file))
}

/// The name of a workbook without its folder, as the app names it in problems and messages.
pub fn file_name(file: &Path) -> String {
    file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Records in `workspace` every answer that differs from the dataset as the workspace leaves
/// it (`dataset`, with the `baseline` of what the workspace changed), its source set to
/// `mark` (`import FILE DATE`). Pure: the caller decides what to do with the result.
pub fn apply(answers: &Answers, dataset: &Dataset, baseline: &Baseline, workspace: &Workspace, mark: &str) -> Imported {
    let mut imported = Imported { workspace: workspace.clone(), findings: 0, verdicts: 0 };
    for (finding, fields, _) in &answers.planned {
        let Some(current) = dataset.findings().get(*finding) else { continue };
        let before = FindingFields::from(current);
        let mut fields = fields.clone();
        fields.source = before.source.clone();
        if fields == before {
            continue;
        }
        imported.findings += 1;
        imported.verdicts += usize::from(fields.verdict != before.verdict);
        fields.source = Some(mark.to_string());
        let Some(original) = baseline.fields(dataset, *finding) else { continue };
        let edit = FindingEdit {
            municipality: current.municipality.clone(),
            indicator: current.indicator.clone(),
            original: original.bestuur,
            fields,
            meeting: None,
            was: None,
        };
        imported.workspace.record_finding(edit, &original);
    }
    imported
}

/// Reads the workbook at `path` (`shown` in messages) against the dataset as the workspace
/// leaves it and records every answer that differs ([`read`], then [`apply`]); every
/// problem instead, and then nothing changes.
pub fn import(
    path: &Path,
    shown: &str,
    dataset: &Dataset,
    baseline: &Baseline,
    workspace: &Workspace,
    mark: &str,
) -> Result<Imported, Vec<CellProblem>> {
    Ok(apply(&read(path, shown, dataset)?, dataset, baseline, workspace, mark))
}
