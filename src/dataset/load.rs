//! Parsing the table files and checking them into a [`Dataset`].

use std::borrow::Cow;
use std::collections::HashMap;

use serde::de::DeserializeOwned;

use crate::domain::{Dataset, DatasetParts, Finding, Issue, Table};
use crate::ronfile::{self, Outline, Problem};

use super::Source;
use super::source::TableFile;

/// Loads and validates a dataset at its latest measurement, with its background texts when
/// it has them: every problem with its file, line and column, or the data.
pub fn load(source: &Source) -> Result<Dataset, Vec<Problem>> {
    load_measurement(source, None)
}

/// Loads a dataset at measurement `id` (`None`: the latest); an unknown id is a problem that
/// names the measurements there are.
pub fn load_measurement(source: &Source, id: Option<&str>) -> Result<Dataset, Vec<Problem>> {
    let list = super::measurements(source)?;
    let chosen = match id {
        Some(id) => list.get(id).ok_or_else(|| vec![super::measurements::unknown(id, &list)])?,
        None => list.latest(),
    };
    let id = chosen.id.clone();
    let key = list.key(&id);
    let files = source.read_measurement(key.as_deref())?;
    let dataset = super::background::load_with(source, || load_files(files))?;
    Ok(dataset.with_measurement(list, &id))
}

/// Parses and validates the given table files (one per table).
pub fn load_files(files: Vec<TableFile>) -> Result<Dataset, Vec<Problem>> {
    let texts = decode_all(&files)?;
    let parts = parse_all(&texts)?;
    Dataset::from_parts(parts).map_err(|issues| locate(&texts, &issues))
}

struct Text<'f> {
    path: &'f str,
    text: Cow<'f, str>,
}

fn decode_all(files: &[TableFile]) -> Result<HashMap<Table, Text<'_>>, Vec<Problem>> {
    let mut texts = HashMap::new();
    let mut problems = Vec::new();
    for file in files {
        match ronfile::decode(&file.path, &file.bytes) {
            Ok(text) => {
                texts.insert(file.table, Text { path: &file.path, text });
            }
            Err(problem) => problems.push(problem),
        }
    }
    for table in Table::ALL {
        if !files.iter().any(|f| f.table == table) {
            problems.push(Problem::whole_file(table.file_name(), "bestand ontbreekt"));
        }
    }
    if problems.is_empty() { Ok(texts) } else { Err(problems) }
}

/// Parses every table, the findings (the largest by far) beside the others; problems in the
/// order of the tables.
fn parse_all(texts: &HashMap<Table, Text<'_>>) -> Result<DatasetParts, Vec<Problem>> {
    let (mut problems, mut later) = (Vec::new(), Vec::new());
    let (findings, (provenance, municipalities, components, indicators), (classifications, role_splits, actors)) =
        std::thread::scope(|scope| {
            let findings = scope.spawn(|| {
                let mut problems = Vec::new();
                (parse_findings(texts, &mut problems), problems)
            });
            let before = (
                parse_table(texts, Table::Provenance, &mut problems),
                parse_table(texts, Table::Municipalities, &mut problems),
                parse_table(texts, Table::Components, &mut problems),
                parse_table(texts, Table::Indicators, &mut problems),
            );
            let after = (
                parse_table(texts, Table::Classifications, &mut later),
                parse_table(texts, Table::RoleSplits, &mut later),
                parse_table(texts, Table::Actors, &mut later),
            );
            let findings = findings
                .join()
                .unwrap_or_else(|_| (None, vec![Problem::whole_file(Table::Findings.file_name(), "lezen mislukt")]));
            (findings, before, after)
        });
    let (findings, found) = findings;
    problems.extend(found);
    problems.extend(later);
    let parts = (provenance, municipalities, components, indicators, findings, classifications, role_splits, actors);
    match parts {
        (
            Some(provenance),
            Some(municipalities),
            Some(components),
            Some(indicators),
            Some(findings),
            Some(classifications),
            Some(role_splits),
            Some(actors),
        ) => Ok(DatasetParts {
            provenance,
            municipalities,
            components,
            indicators,
            findings,
            classifications,
            role_splits,
            actors,
        }),
        _ => Err(problems),
    }
}

/// Parses one table; `decode_all` has made sure every table has a text.
fn parse_table<T: DeserializeOwned>(
    texts: &HashMap<Table, Text<'_>>,
    table: Table,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let text = texts.get(&table)?;
    parse_one(text).map_err(|problem| problems.push(problem)).ok()
}

/// The findings: by far the largest table, parsed on both cores.
fn parse_findings(texts: &HashMap<Table, Text<'_>>, problems: &mut Vec<Problem>) -> Option<Vec<Finding>> {
    let text = texts.get(&Table::Findings)?;
    ronfile::parse_list(text.path, &text.text).map_err(|problem| problems.push(problem)).ok()
}

fn parse_one<T: DeserializeOwned>(text: &Text<'_>) -> Result<T, Problem> {
    ronfile::parse(text.path, &text.text)
}

fn locate(texts: &HashMap<Table, Text<'_>>, issues: &[Issue]) -> Vec<Problem> {
    let outlines: HashMap<Table, Outline<'_>> =
        texts.iter().map(|(table, text)| (*table, Outline::new(&text.text))).collect();
    issues
        .iter()
        .map(|issue| {
            let table = issue.place.table;
            let file = texts.get(&table).map_or(table.file_name(), |t| t.path).to_string();
            let (line, column) =
                outlines.get(&table).map_or((1, 1), |o| o.position(issue.place.item, issue.place.field));
            Problem { file, line, column, message: issue.message.clone() }
        })
        .collect()
}
