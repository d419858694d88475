//! Where the dataset files come from: compiled in, or a directory.

use std::path::{Path, PathBuf};

use crate::domain::Table;
use crate::domain::measurement::{measurement_dir, per_measurement};

use crate::ronfile::Problem;

/// A dataset to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The Zuid-West-Vlaanderen dataset compiled into the binary.
    Shipped,
    /// A directory with one RON file per table.
    Directory(PathBuf),
}

/// The raw content of one table's file.
pub struct TableFile {
    /// The table.
    pub table: Table,
    /// The path shown in messages.
    pub path: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

impl Source {
    /// Reads every table's file, or reports each one that cannot be read.
    pub fn read(&self) -> Result<Vec<TableFile>, Vec<Problem>> {
        self.read_measurement(None)
    }

    /// Reads every table's file, those of a measurement from a later measurement's directory
    /// (`later`: its id; `None` for the first measurement, in the top-level files).
    pub fn read_measurement(&self, later: Option<&str>) -> Result<Vec<TableFile>, Vec<Problem>> {
        match (self, later) {
            (Source::Shipped, None) => Ok(Table::ALL.iter().map(|&table| shipped(table)).collect()),
            (Source::Shipped, Some(id)) => {
                Err(vec![Problem::whole_file("data", format!("de voorbeelddataset heeft geen meting '{id}'"))])
            }
            (Source::Directory(dir), later) => read_directory(dir, later),
        }
    }
}

/// The shipped file of a table.
pub fn shipped(table: Table) -> TableFile {
    let text = match table {
        Table::Provenance => include_str!("../../data/provenance.ron"),
        Table::Municipalities => include_str!("../../data/municipalities.ron"),
        Table::Components => include_str!("../../data/components.ron"),
        Table::Indicators => include_str!("../../data/indicators.ron"),
        Table::Findings => include_str!("../../data/findings.ron"),
        Table::Classifications => include_str!("../../data/classifications.ron"),
        Table::RoleSplits => include_str!("../../data/role_splits.ron"),
        Table::Actors => include_str!("../../data/actors.ron"),
    };
    TableFile { table, path: format!("data/{}", table.file_name()), bytes: text.as_bytes().to_vec() }
}

fn read_directory(dir: &Path, later: Option<&str>) -> Result<Vec<TableFile>, Vec<Problem>> {
    if !dir.is_dir() {
        let message = if dir.exists() { "is geen map" } else { "map bestaat niet" };
        return Err(vec![Problem::whole_file(dir.display().to_string(), message)]);
    }
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for table in Table::ALL {
        let path = match later {
            Some(id) if per_measurement(table) => dir.join(measurement_dir(id)).join(table.file_name()),
            _ => dir.join(table.file_name()),
        };
        let shown = path.display().to_string();
        match std::fs::read(&path) {
            Ok(bytes) => files.push(TableFile { table, path: shown, bytes }),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                problems.push(Problem::whole_file(shown, "bestand ontbreekt"));
            }
            Err(error) => problems.push(Problem::whole_file(shown, format!("niet te lezen: {error}"))),
        }
    }
    if problems.is_empty() { Ok(files) } else { Err(problems) }
}
