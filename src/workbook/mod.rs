//! The questionnaire workbook: `regie template` writes a project as the app shows it to an
//! XLSX file to fill in (rust_xlsxwriter), `regie import` reads it back (calamine), all or
//! nothing. The layout is documented in the README ("The workbook").

mod command;
mod findings;
mod import;
mod problem;
mod sheet;
mod template;
mod words;

pub use command::{import_command, template_command};
pub use import::{Answers, Imported, apply, file_name, import, mark, read};
pub use problem::CellProblem;
pub use template::template;

/// The sheet with one row per municipality × indicator (per finding).
pub const FINDINGS: &str = "Bevindingen";
/// Its header row, exactly.
pub const FINDINGS_HEADER: [&str; 6] = ["Gemeente", "Indicator", "Vraag", "Bestuur", "Oordeel", "Toelichting"];
/// The classification sheet.
pub const CLASSIFICATION: &str = "Classificatie";
/// The role-split sheet.
pub const ROLE_SPLIT: &str = "Rolverdeling";
/// The "Enkele cijfers" sheet.
pub const FIGURES: &str = "Enkele cijfers";
/// The actors sheet.
pub const ACTORS: &str = "Actoren";
/// The sheet of the actors' relations to municipalities.
pub const RELATIONS: &str = "Relaties";
