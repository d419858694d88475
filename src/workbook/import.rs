//! `regie import`: the workbook's answers as edits of the workspace, all or nothing: the
//! findings as finding edits, the classification, role split, figures and actors as record
//! edits.

use std::path::Path;

use super::findings::Planned;
use super::origin::{ABOUT, Origin};
use super::problem::CellProblem;
use super::sheet::Book;
use super::{
    ACTORS, ACTORS_HEADER, CLASSIFICATION, CLASSIFICATION_HEADER, FIGURES, FINDINGS, FINDINGS_HEADER, RELATIONS,
    RELATIONS_HEADER, ROLE_SPLIT, SHEETS, actors, classification, figures_header, findings, role_split,
    role_split_header,
};
use crate::domain::{Actor, Baseline, Classification, Dataset, FindingEdit, FindingFields, RoleSplit, Workspace};

/// The workspace an import leaves, and how many records it changed per sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The workspace with the workbook's answers recorded.
    pub workspace: Workspace,
    /// Findings whose verdict, bestuur or note changed.
    pub findings: usize,
    /// Of those, the ones whose verdict changed.
    pub verdicts: usize,
    /// Classifications changed (sheet `Classificatie`).
    pub classifications: usize,
    /// Role splits changed (sheet `Rolverdeling`).
    pub role_splits: usize,
    /// Municipalities whose figures changed (sheet `Enkele cijfers`).
    pub figures: usize,
    /// Actors whose name, forms, scope or activity changed (sheet `Actoren`).
    pub actors: usize,
    /// Actors whose relations changed (sheet `Relaties`).
    pub relations: usize,
    /// The sheets the workbook has (of [`SHEETS`], in that order): only these were read.
    pub sheets: Vec<&'static str>,
}

/// A workbook read and checked against the dataset: what each sheet asks, not yet applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Answers {
    findings: Vec<Planned>,
    classifications: Vec<Classification>,
    /// The role splits that change, and how many splits and figures.
    splits: (Vec<RoleSplit>, usize, usize),
    /// The actors that change, and how many actors and relations.
    actors: (Vec<Actor>, usize, usize),
    /// The sheets the workbook has, of [`SHEETS`].
    sheets: Vec<&'static str>,
}

/// Reads the workbook at `path` (`shown` in messages) and checks every sheet against the
/// dataset as the workspace leaves it, records marked `mark` (`import FILE DATE`): what the
/// workbook asks, or every problem of every sheet. A workbook that says it was made for
/// another project or measurement than `dataset` of project `project` is refused at the
/// file. `Bevindingen` must be there; a sheet after it that the workbook lacks changes
/// nothing.
pub fn read(
    path: &Path,
    shown: &str,
    dataset: &Dataset,
    project: Option<&str>,
    mark: &str,
) -> Result<Answers, Vec<CellProblem>> {
    let mut book = Book::open(path, shown).map_err(|p| vec![p])?;
    if let Some(origin) = book.rows(ABOUT, 2)?.as_deref().and_then(Origin::read) {
        origin.fits(&Origin::of(dataset, project), shown).map_err(|p| vec![p])?;
    }
    let sheets: Vec<&'static str> = SHEETS.into_iter().filter(|name| book.has(name)).collect();
    let mut problems = Vec::new();
    let mut sheet =
        |name: &str, width: usize| book.rows(name, width as u32).map_err(|p| problems.extend(p)).ok().flatten();
    let finding_rows = sheet(FINDINGS, FINDINGS_HEADER.len());
    let classification_rows = sheet(CLASSIFICATION, CLASSIFICATION_HEADER.len());
    let split_rows = sheet(ROLE_SPLIT, role_split_header().len());
    let figure_rows = sheet(FIGURES, figures_header().len());
    let actor_rows = sheet(ACTORS, ACTORS_HEADER.len());
    let relation_rows = sheet(RELATIONS, RELATIONS_HEADER.len());
    if !problems.is_empty() {
        return Err(problems);
    }
    let finding_rows = finding_rows.ok_or_else(|| {
        vec![CellProblem::whole_file(
            shown,
            format!("het werkboek heeft geen blad {FINDINGS}: is het een werkboek van regie template?"),
        )]
    })?;

    let planned = findings::plan(&finding_rows, dataset, shown);
    let classifications = classification_rows.map(|rows| classification::plan(&rows, dataset, shown, mark)).transpose();
    let splits = role_split::plan(split_rows.as_deref(), figure_rows.as_deref(), dataset, shown, mark);
    let actors = actors::plan(actor_rows.as_deref(), relation_rows.as_deref(), dataset, shown, mark);
    match (planned, classifications, splits, actors) {
        (Ok(findings), Ok(c), Ok(splits), Ok(actors)) => {
            Ok(Answers { findings, classifications: c.unwrap_or_default(), splits, actors, sheets })
        }
        (p, c, s, a) => {
            let mut problems = p.err().unwrap_or_default();
            problems.extend(c.err().unwrap_or_default());
            problems.extend(s.err().unwrap_or_default());
            problems.extend(a.err().unwrap_or_default());
            Err(problems)
        }
    }
}

/// What an import of `file` on `today` writes as the source of the answers it changes.
pub fn mark(file: &Path, today: jiff::civil::Date) -> String {
    format!("import {} {today}", file_name(file))
}

/// The name of a workbook without its folder, as the app names it in problems and messages.
pub fn file_name(file: &Path) -> String {
    file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Records in `workspace` what the workbook asks: every answer that differs from the dataset
/// as the workspace leaves it (`dataset`, with the `baseline` of what the workspace changed),
/// its source set to `mark`, and the records of the other sheets. Pure: the caller decides
/// what to do with the result.
pub fn apply(answers: &Answers, dataset: &Dataset, baseline: &Baseline, workspace: &Workspace, mark: &str) -> Imported {
    let (splits, role_splits, figures) = &answers.splits;
    let (actors, actor_count, relations) = &answers.actors;
    let mut imported = Imported {
        workspace: workspace.clone(),
        findings: 0,
        verdicts: 0,
        classifications: answers.classifications.len(),
        role_splits: *role_splits,
        figures: *figures,
        actors: *actor_count,
        relations: *relations,
        sheets: answers.sheets.clone(),
    };
    for (finding, fields, _) in &answers.findings {
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
            measurement: dataset.measurement_key().map(str::to_string),
        };
        imported.workspace.record_finding(edit, &original);
    }
    let records = &mut imported.workspace.records;
    let measurement = || dataset.measurement_key().map(str::to_string);
    answers
        .classifications
        .iter()
        .for_each(|c| records.set_classification(Classification { measurement: measurement(), ..c.clone() }));
    splits.iter().for_each(|s| records.set_role_split(RoleSplit { measurement: measurement(), ..s.clone() }));
    actors.iter().for_each(|a| records.set_actor(a.clone()));
    imported
}

/// Reads the workbook at `path` (`shown` in messages) against the dataset as the workspace
/// leaves it and records what it asks ([`read`], then [`apply`]); every problem of every
/// sheet instead, and then nothing changes.
pub fn import(
    path: &Path,
    shown: &str,
    dataset: &Dataset,
    baseline: &Baseline,
    workspace: &Workspace,
    mark: &str,
) -> Result<Imported, Vec<CellProblem>> {
    let answers = read(path, shown, dataset, workspace.dataset.as_deref(), mark)?;
    Ok(apply(&answers, dataset, baseline, workspace, mark))
}
