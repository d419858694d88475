//! `regie new`: a project directory with the standard questionnaire, the region's
//! municipalities, every answer `onbekend` and an empty workspace. Its one measurement is the
//! sample's `nulmeting` ("Nulmeting 2010"), or for one's own municipalities `nulmeting`,
//! "Nulmeting", dated the day it was made.

use std::io;
use std::path::Path;

use serde::Serialize;

use super::identity::{FILE, ProjectFile, new_id};
use crate::dataset::shipped;
use crate::domain::measurement::MEASUREMENTS_FILE;
use crate::domain::{Measurement, Municipality, Provenance, Table, Workspace};
use crate::ronfile::Problem;
use crate::workspace::store;

/// What a new project starts from.
#[derive(Debug, Clone, PartialEq)]
pub enum Start {
    /// These municipalities, nothing answered yet.
    Municipalities(Vec<Municipality>),
    /// A copy of the shipped Zuid-West-Vlaanderen sample.
    Sample,
}

/// Creates the project in `dir`, which must not exist or be empty: nothing is overwritten.
/// Returns the project's dataset id.
pub fn create(dir: &Path, start: &Start) -> Result<String, Problem> {
    create_titled(dir, start, None)
}

/// Creates the project as [`create`] does, titled `title` (the region's name, shown in the
/// app and the report) where given; else "Eigen project", or the sample's title.
pub fn create_titled(dir: &Path, start: &Start, title: Option<&str>) -> Result<String, Problem> {
    let shown = dir.display().to_string();
    let occupied = std::fs::read_dir(dir).map(|mut entries| entries.next().is_some()).unwrap_or(false);
    if occupied || dir.is_file() {
        return Err(Problem::whole_file(shown, "bestaat al en is niet leeg; regie new overschrijft niets"));
    }
    let id = new_id();
    let title = title.map(str::trim).filter(|t| !t.is_empty());
    write(dir, start, &id, title).map_err(|error| Problem::whole_file(shown, format!("niet te schrijven: {error}")))?;
    Ok(id)
}

fn write(dir: &Path, start: &Start, id: &str, title: Option<&str>) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for table in Table::ALL {
        let text = match start {
            Start::Sample => sample_text(table),
            Start::Municipalities(municipalities) => own_text(table, municipalities, title)?,
        };
        std::fs::write(dir.join(table.file_name()), text)?;
    }
    let title = match (start, title) {
        (_, Some(title)) => title,
        (Start::Sample, None) => "Kopie van de voorbeelddataset Zuid-West-Vlaanderen",
        (Start::Municipalities(_), None) => OWN_TITLE,
    };
    let measurements = match start {
        Start::Sample => include_str!("../../data/measurements.ron").to_string(),
        Start::Municipalities(_) => {
            let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
            super::measurement::measurements_text(&[Measurement { date: Some(today), ..Measurement::implicit() }])?
        }
    };
    std::fs::write(dir.join(MEASUREMENTS_FILE), measurements)?;
    let project = ProjectFile { id: id.to_string(), title: title.to_string() };
    std::fs::write(dir.join(FILE), ron_text(&project)?)?;
    let workspace = Workspace { dataset: Some(id.to_string()), ..Workspace::default() };
    store::save(&super::workspace_dir(dir), &workspace)
}

fn sample_text(table: Table) -> String {
    String::from_utf8_lossy(&shipped(table).bytes).into_owned()
}

/// The files of a project of its own: the shipped questionnaire, these municipalities, no
/// answers (a missing finding is `onbekend`), no classifications, role splits or actors.
fn own_text(table: Table, municipalities: &[Municipality], title: Option<&str>) -> io::Result<String> {
    Ok(match table {
        Table::Provenance => ron_text(&provenance(title.unwrap_or(OWN_TITLE)))?,
        Table::Municipalities => ron_list(municipalities)?,
        Table::Components | Table::Indicators => sample_text(table),
        Table::Findings => "// Nog geen antwoorden: een ontbrekende bevinding telt als onbekend.\n[]\n".to_string(),
        Table::Classifications => "// Nog niets ingevuld: geen LDE-erkenning, visie of slagkracht.\n[]\n".to_string(),
        Table::RoleSplits => "// Nog geen rolverdeling gemeente–OCMW ingevuld.\n[]\n".to_string(),
        Table::Actors => "// Nog geen actoren.\n[]\n".to_string(),
    })
}

/// The title of a project of one's own that was not given one.
const OWN_TITLE: &str = "Eigen project";

fn provenance(title: &str) -> Provenance {
    Provenance {
        title: title.to_string(),
        source: "Eigen gegevens van het project (regie new)".to_string(),
        illustrative: false,
        note: "De eigen gegevens van de regio; wat nog niet beantwoord is, staat op onbekend.".to_string(),
    }
}

/// One record on one line, with its struct name; an optional field as its bare value, as
/// the shipped files write it (they are read with `implicit_some`).
pub(super) fn ron_text<T: Serialize>(value: &T) -> io::Result<String> {
    let config = ron::ser::PrettyConfig::default()
        .struct_names(true)
        .compact_structs(true)
        .compact_arrays(true)
        .compact_maps(true)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let text = ron::ser::to_string_pretty(value, config).map_err(io::Error::other)?;
    // The extension is on by default when reading: its header line is left out.
    let text = text.strip_prefix(IMPLICIT_SOME_HEADER).unwrap_or(&text).trim_start();
    // `ron` escapes `'` inside strings, which means the same as `'`: written plain, as people do.
    let mut text = text.replace("\\'", "'");
    text.push('\n');
    Ok(text)
}

/// The line `ron` writes before a text that uses `implicit_some`.
const IMPLICIT_SOME_HEADER: &str = "#![enable(implicit_some)]";

/// A list with one record per line, as in the shipped dataset (diff-friendly).
pub(super) fn ron_list<T: Serialize>(items: &[T]) -> io::Result<String> {
    let mut text = String::from("[\n");
    for item in items {
        text.push_str("    ");
        text.push_str(ron_text(item)?.trim_end());
        text.push_str(",\n");
    }
    text.push_str("]\n");
    Ok(text)
}
