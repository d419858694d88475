//! The questionnaire workbook: `regie template` writes a project as the app shows it to an
//! XLSX file to fill in (rust_xlsxwriter), `regie import` reads it back (calamine), all or
//! nothing. The layout is documented in the README ("The workbook").

mod actors;
mod classification;
mod command;
mod findings;
mod import;
mod origin;
mod page;
mod problem;
mod role_split;
mod sheet;
mod template;
mod words;

pub use command::{import_command, template_command};
pub use import::{Answers, Imported, apply, file_name, import, mark, read};
pub use origin::{ABOUT, Origin};
pub use problem::CellProblem;
pub use template::template;

/// The sheet with one row per municipality × indicator (per finding).
pub const FINDINGS: &str = "Bevindingen";
/// Its header row, exactly.
pub const FINDINGS_HEADER: [&str; 6] = ["Gemeente", "Indicator", "Vraag", "Bestuur", "Oordeel", "Toelichting"];
/// The column after them that says whether the report counts the question (not read back).
pub const FINDINGS_COUNTED: &str = "Telling in het rapport (niet ingelezen)";
/// The classification sheet.
pub const CLASSIFICATION: &str = "Classificatie";
/// Its header row: the columns read back, then the class it derives (not read).
pub const CLASSIFICATION_HEADER: [&str; 6] =
    ["Gemeente", "LDE-erkenning", "Bewust geen actor", "Visie", "Slagkracht", "Klasse (afgeleid)"];
/// The columns of the classification sheet that are read back.
pub const CLASSIFICATION_READ: usize = 5;
/// The role-split sheet.
pub const ROLE_SPLIT: &str = "Rolverdeling";
/// The "Enkele cijfers" sheet.
pub const FIGURES: &str = "Enkele cijfers";
/// The actors sheet.
pub const ACTORS: &str = "Actoren";
/// Its header row.
pub const ACTORS_HEADER: [&str; 5] = ["Id", "Naam", "Vormen", "Scope", "Activiteit"];
/// The sheet of the actors' relations to municipalities.
pub const RELATIONS: &str = "Relaties";
/// Its header row.
pub const RELATIONS_HEADER: [&str; 4] = ["Actor", "Gemeente", "Relatie", "Bestuur"];
/// The sheets `import` reads, in the workbook's order.
pub const SHEETS: [&str; 6] = [FINDINGS, CLASSIFICATION, ROLE_SPLIT, FIGURES, ACTORS, RELATIONS];

/// The header row of the role-split sheet: municipality, trekker, formalised, then every role
/// and phase by its label.
pub fn role_split_header() -> Vec<&'static str> {
    let fixed = ["Gemeente", "Trekker", "Geformaliseerd"];
    fixed.into_iter().chain(crate::domain::Taak::ALL.iter().map(|t| t.label())).collect()
}

/// The header row of the "Enkele cijfers" sheet: municipality, bestuur, then every figure.
pub fn figures_header() -> Vec<&'static str> {
    let labels = crate::domain::Cijfers::default().fields().map(|(label, _)| label);
    ["Gemeente", "Bestuur"].into_iter().chain(labels).collect()
}
