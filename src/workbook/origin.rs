//! For which project and measurement a workbook was made: the hidden sheet `Over dit werkboek`
//! (read back by `import`, which refuses a workbook of another project or measurement) and the
//! document's properties (for whoever looks at them in Excel or Calc).

use rust_xlsxwriter::{DocProperties, Workbook, Worksheet, XlsxError};

use super::problem::CellProblem;
use crate::domain::Dataset;
use crate::domain::text::spreadsheet_cell;

/// The sheet that names the project and the measurement.
pub const ABOUT: &str = "Over dit werkboek";
/// How the sheet names the project of the shipped sample (and of a dataset without
/// `project.ron`), which has no id.
const NO_PROJECT: &str = "(geen projectid: de ingebouwde voorbeelddataset)";
/// The rows of the sheet, in this order: label, then value.
const LABELS: [&str; 4] = ["Project", "Projecttitel", "Meting", "Metingnaam"];

/// The project and the measurement a workbook is made for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The project's id (`project.ron`), or [`NO_PROJECT`].
    pub project: String,
    /// The project's title.
    pub title: String,
    /// The measurement's id.
    pub measurement: String,
    /// The measurement's name.
    pub measurement_name: String,
}

impl Origin {
    /// The origin of a workbook of `dataset`, whose workspace records project id `project`.
    pub fn of(dataset: &Dataset, project: Option<&str>) -> Origin {
        let measurement = dataset.measurement();
        Origin {
            project: project.map_or(NO_PROJECT, str::trim).to_string(),
            title: dataset.provenance().title.clone(),
            measurement: measurement.id.clone(),
            measurement_name: measurement.name.clone(),
        }
    }

    /// Adds the hidden sheet and the document properties to `workbook`.
    pub fn write(&self, workbook: &mut Workbook) -> Result<(), XlsxError> {
        let title = format!("Vragenlijst {} · {}", self.title, self.measurement_name);
        let properties = DocProperties::new()
            .set_title(&title)
            .set_author("regie")
            .set_subject(&self.title)
            .set_custom_property("regie-project", self.project.as_str())
            .set_custom_property("regie-meting", self.measurement.as_str());
        workbook.set_properties(&properties);
        let sheet: &mut Worksheet = workbook.add_worksheet();
        sheet.set_name(ABOUT)?;
        let values = [&self.project, &self.title, &self.measurement, &self.measurement_name];
        for (row, (label, value)) in LABELS.iter().zip(values).enumerate() {
            sheet.write_string(row as u32, 0, *label)?;
            sheet.write_string(row as u32, 1, spreadsheet_cell(value))?;
        }
        sheet.set_column_width(0, 14)?;
        sheet.set_column_width(1, 50)?;
        sheet.set_hidden(true);
        Ok(())
    }

    /// The origin the rows of the sheet (label, value) name; `None` when they name no project
    /// or no measurement.
    pub fn read(rows: &[Vec<String>]) -> Option<Origin> {
        let value = |label: &str| {
            rows.iter()
                .find(|row| row.first().is_some_and(|l| l == label))
                .map(|row| row.get(1).cloned().unwrap_or_default())
        };
        Some(Origin {
            project: value(LABELS[0])?,
            title: value(LABELS[1]).unwrap_or_default(),
            measurement: value(LABELS[2])?,
            measurement_name: value(LABELS[3]).unwrap_or_default(),
        })
    }

    /// Whether a workbook made for `self` may be read into `here`; else the problem at the
    /// file that names both.
    pub fn fits(&self, here: &Origin, file: &str) -> Result<(), CellProblem> {
        if self.project != here.project {
            let message = format!(
                "dit werkboek is gemaakt voor het project '{}' ({}), niet voor '{}' ({}); er is niets gewijzigd",
                self.title, self.project, here.title, here.project
            );
            return Err(CellProblem::whole_file(file, message));
        }
        if self.measurement != here.measurement {
            let message = format!(
                "dit werkboek is gemaakt voor de meting '{}' ({}), niet voor '{}' ({}); lees het in bij die meting \
                 (--measurement {}); er is niets gewijzigd",
                self.measurement_name, self.measurement, here.measurement_name, here.measurement, self.measurement
            );
            return Err(CellProblem::whole_file(file, message));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(project: &str, measurement: &str) -> Origin {
        Origin {
            project: project.into(),
            title: format!("Titel {project}"),
            measurement: measurement.into(),
            measurement_name: format!("Meting {measurement}"),
        }
    }

    #[test]
    fn another_project_or_measurement_is_refused_naming_both() {
        let here = origin("p1", "nulmeting");
        assert_eq!(origin("p1", "nulmeting").fits(&here, "wb.xlsx"), Ok(()));
        let other = origin("p2", "nulmeting").fits(&here, "wb.xlsx").map_err(|p| p.to_string());
        let said = other.err().unwrap_or_default();
        assert!(
            said.starts_with(
                "wb.xlsx: dit werkboek is gemaakt voor het project 'Titel p2' (p2), niet voor 'Titel p1' (p1)"
            ),
            "{said}"
        );
        let later = origin("p1", "opvolging").fits(&here, "wb.xlsx").map_err(|p| p.to_string());
        let said = later.err().unwrap_or_default();
        assert!(
            said.contains("voor de meting 'Meting opvolging' (opvolging), niet voor 'Meting nulmeting' (nulmeting)"),
            "{said}"
        );
        assert!(said.contains("--measurement opvolging"), "{said}");
    }

    #[test]
    fn the_rows_read_back_as_the_origin() {
        let rows: Vec<Vec<String>> =
            [["Project", "p1"], ["Projecttitel", "Titel p1"], ["Meting", "m"], ["Metingnaam", "Meting m"]]
                .iter()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect();
        assert_eq!(Origin::read(&rows), Some(origin("p1", "m")));
        assert_eq!(Origin::read(&rows[1..]), None, "no project: no origin");
    }
}
