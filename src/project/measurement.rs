//! `regie measurement new`: a later measurement of a project, a copy of another (as the app
//! shows it, the workspace's edits applied) or empty, in `measurements/<id>/`, and its line
//! in `measurements.ron`.

use std::io;
use std::path::Path;

use super::create::ron_list;
use super::slug::municipality_id;
use crate::domain::complete::UNANSWERED;
use crate::domain::measurement::{MEASUREMENTS_FILE, measurement_dir};
use crate::domain::{Dataset, Finding, Measurement, Table, Verdict};
use crate::ronfile::Problem;

/// What a new measurement starts from.
#[derive(Debug, Clone, Copy)]
pub enum Copy<'d> {
    /// The findings, classifications and role splits of this dataset (a measurement with the
    /// workspace's edits applied).
    Of(&'d Dataset),
    /// Nothing answered: every finding `onbekend`.
    Empty,
}

/// Adds measurement `name` (dated `date`) to the project in `dir` after the measurements of
/// `dataset`; its id is derived from the name like a municipality's. Nothing is overwritten:
/// an id that exists or a directory that is there already is a problem.
pub fn new_measurement(
    dir: &Path,
    dataset: &Dataset,
    name: &str,
    date: jiff::civil::Date,
    copy: Copy<'_>,
) -> Result<Measurement, Problem> {
    let id = municipality_id(name);
    let list_file = dir.join(MEASUREMENTS_FILE).display().to_string();
    if id.is_empty() {
        return Err(Problem::whole_file("NAAM", "de naam geeft geen id (gebruik letters of cijfers)"));
    }
    if dataset.measurements().get(&id).is_some() {
        return Err(Problem::whole_file(list_file, format!("meting '{id}' bestaat al")));
    }
    let target = dir.join(measurement_dir(&id));
    if target.exists() {
        return Err(Problem::whole_file(target.display().to_string(), "bestaat al; regie overschrijft niets"));
    }
    let measurement = Measurement { id, name: name.trim().to_string(), date: Some(date) };
    let mut list = dataset.measurements().clone();
    list.push(measurement.clone());
    let shown = target.display().to_string();
    write_tables(&target, copy).map_err(|error| Problem::whole_file(shown, format!("niet te schrijven: {error}")))?;
    let text = measurements_text(list.all())
        .map_err(|error| Problem::whole_file(list_file.clone(), format!("niet te schrijven: {error}")))?;
    crate::durable::replace(&dir.join(MEASUREMENTS_FILE), text.as_bytes())
        .map_err(|error| Problem::whole_file(list_file, format!("niet te schrijven: {error}")))?;
    Ok(measurement)
}

fn write_tables(target: &Path, copy: Copy<'_>) -> io::Result<()> {
    std::fs::create_dir_all(target)?;
    let (findings, classifications, role_splits) = match copy {
        Copy::Of(dataset) => {
            let answered = dataset.findings().iter().filter(|f| !unanswered(f)).cloned().collect::<Vec<_>>();
            let count = dataset.municipalities().len();
            let classifications = (0..count).filter_map(|m| dataset.classification(m).cloned()).collect::<Vec<_>>();
            let splits = (0..count).filter_map(|m| dataset.role_split(m).cloned()).collect::<Vec<_>>();
            (ron_list(&answered)?, ron_list(&classifications)?, ron_list(&splits)?)
        }
        Copy::Empty => {
            let empty = "[]\n".to_string();
            (
                format!("// Nog geen antwoorden: een ontbrekende bevinding telt als onbekend.\n{empty}"),
                empty.clone(),
                empty,
            )
        }
    };
    std::fs::write(target.join(Table::Findings.file_name()), findings)?;
    std::fs::write(target.join(Table::Classifications.file_name()), classifications)?;
    std::fs::write(target.join(Table::RoleSplits.file_name()), role_splits)
}

/// A finding that only stands for an open question (added when loading; not written back).
fn unanswered(finding: &Finding) -> bool {
    finding.verdict == Verdict::Onbekend && finding.note.is_empty() && finding.source.as_deref() == Some(UNANSWERED)
}

/// The text of `measurements.ron`: a comment that explains it, one measurement per line.
pub fn measurements_text(list: &[Measurement]) -> io::Result<String> {
    let mut text = String::from(
        "// De metingen van het project, oudste eerst: (id, naam, datum). De eerste meting staat in\n\
         // findings.ron, classifications.ron en role_splits.ron van het project; elke latere in\n\
         // measurements/<id>/ met dezelfde drie bestanden.\n",
    );
    text.push_str(&ron_list(list)?);
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{Source, load, load_measurement};

    #[test]
    fn a_copy_writes_each_finding_as_the_sample_does_and_loads_the_same() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("p");
        crate::project::create(&dir, &crate::project::Start::Sample).unwrap();
        let source = Source::Directory(dir.clone());
        let dataset = load(&source).unwrap();
        let made =
            new_measurement(&dir, &dataset, "Opvolging 2026", jiff::civil::date(2026, 11, 27), Copy::Of(&dataset));
        assert_eq!(made.map(|m| m.id), Ok("opvolging-2026".to_string()));
        let shipped = include_str!("../../data/findings.ron");
        let copy = std::fs::read_to_string(dir.join("measurements/opvolging-2026/findings.ron")).unwrap();
        fn records(text: &str) -> Vec<&str> {
            text.lines().map(str::trim).filter(|l| l.starts_with("Finding(")).collect()
        }
        // The sample answers its first 51 questions; those added from appendix 2 stay open, and
        // loading gives them `onbekend` findings that a copy does not write back. Every answered
        // one it writes as the sample does, in the same order.
        let answered = dataset.findings().iter().filter(|f| !unanswered(f)).count();
        assert!(answered < dataset.findings().len(), "the sample leaves questions open");
        assert_eq!(records(&copy).len(), answered);
        assert_eq!(records(&copy), records(shipped), "diff-friendly: one record per line, as shipped");
        let later = load_measurement(&source, Some("opvolging-2026")).unwrap();
        assert_eq!(later.findings(), dataset.findings());
        assert_eq!(later.measurement().name, "Opvolging 2026");
        let listed = std::fs::read_to_string(dir.join(MEASUREMENTS_FILE)).unwrap();
        assert!(
            listed.contains("Measurement(id: \"opvolging-2026\", name: \"Opvolging 2026\", date: \"2026-11-27\")"),
            "{listed}"
        );
    }
}
