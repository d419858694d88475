//! Exports for people outside the app: one [`Format`] per kind of file, each rendered from
//! the dataset with the workspace applied, the same for the app and the command line.

mod column_widths;
pub mod comparison;
pub mod document;
mod docx_package;
pub mod folder;
mod follow_up_rows;
mod follow_ups_csv;
mod follow_ups_xlsx;
pub mod minutes;
mod minutes_docx;
mod minutes_md;
pub mod report_html;

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use jiff::civil::Date;
use strum::{EnumIter, IntoEnumIterator};

use crate::domain::{Dataset, Workspace};

/// A kind of export file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, clap::ValueEnum)]
pub enum Format {
    /// The minutes of a meeting, in Markdown.
    MinutesMd,
    /// The minutes of a meeting, as a Word document.
    MinutesDocx,
    /// Every follow-up action, as CSV for a spreadsheet or a script.
    FollowUpsCsv,
    /// Every follow-up action, as an Excel workbook with a filterable table.
    FollowUpsXlsx,
    /// The regional report as one self-contained HTML page.
    ReportHtml,
}

/// What an export is rendered from.
#[derive(Debug, Clone, Copy)]
pub struct Subject<'a> {
    /// The dataset, with the workspace's finding edits applied.
    pub dataset: &'a Dataset,
    /// The workspace.
    pub workspace: &'a Workspace,
    /// The meeting the minutes are of; `None` when there is none.
    pub meeting: Option<u64>,
    /// Today, for file names when there is no meeting.
    pub today: Date,
    /// The moment of the export, for the document properties of the DOCX.
    pub exported: Timestamp,
}

impl Format {
    /// The file's bytes; `None` when there is nothing to write (minutes without a meeting).
    pub fn render(self, subject: &Subject) -> Result<Option<Vec<u8>>, String> {
        match self {
            Format::MinutesMd => Ok(minutes_of(subject).map(|d| minutes_md::render(&d).into_bytes())),
            Format::MinutesDocx => {
                minutes_of(subject).map(|d| minutes_docx::render(&d, &docx_properties(subject))).transpose()
            }
            Format::FollowUpsCsv => follow_ups_csv::render(subject.dataset, subject.workspace)
                .map(|text| Some(text.into_bytes()))
                .map_err(|e| e.to_string()),
            Format::FollowUpsXlsx => follow_ups_xlsx::render(subject.dataset, subject.workspace).map(Some),
            Format::ReportHtml => {
                Ok(Some(report_html::render(subject.dataset, subject.workspace, subject.today, None).into_bytes()))
            }
        }
    }

    /// Whether it is text that may go to standard output.
    pub fn is_text(self) -> bool {
        matches!(self, Format::MinutesMd | Format::FollowUpsCsv)
    }

    /// The file name it is written under.
    pub fn file_name(self, subject: &Subject) -> String {
        match self {
            Format::MinutesMd => format!("{}.md", minutes_stem(subject)),
            Format::MinutesDocx => format!("{}.docx", minutes_stem(subject)),
            Format::FollowUpsCsv => "acties.csv".to_string(),
            Format::FollowUpsXlsx => folder::ACTIONS_XLSX.to_string(),
            Format::ReportHtml => format!("rapport-{}.html", subject.today),
        }
    }
}

/// The file name of the minutes without extension: `notulen-2026-11-24-2`.
fn minutes_stem(subject: &Subject) -> String {
    let id = subject.meeting.unwrap_or(0);
    let date = subject.workspace.meeting(id).map_or(subject.today, |m| m.date);
    format!("notulen-{date}-{id}")
}

/// The DOCX's core properties: the meeting's title, `regie` as author (the app has no
/// setting for the facilitator's name), the export's time.
fn docx_properties(subject: &Subject) -> docx_package::CoreProperties {
    let meeting = subject.meeting.and_then(|id| subject.workspace.meeting(id));
    docx_package::CoreProperties {
        title: meeting.map_or_else(String::new, |m| minutes::text(&m.title)),
        author: "regie".to_string(),
        at: subject.exported.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
    }
}

/// The minutes of the subject's meeting; `None` without one.
pub fn minutes_of(subject: &Subject) -> Option<document::Document> {
    subject.meeting.and_then(|id| minutes::build(subject.dataset, subject.workspace, id))
}

/// Writes an export file, creating its folder first.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes every format that has something to write into `dir`; returns the files written.
pub fn write_all(dir: &Path, subject: &Subject) -> Result<Vec<PathBuf>, String> {
    let mut written = Vec::new();
    for format in Format::iter() {
        if let Some(bytes) = format.render(subject)? {
            let path = dir.join(format.file_name(subject));
            write_file(&path, &bytes)?;
            written.push(path);
        }
    }
    Ok(written)
}
