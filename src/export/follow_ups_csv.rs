//! Every action as CSV, one row each, for a spreadsheet or a script: UTF-8 with a byte-order
//! mark and `;` between the cells, so that a spreadsheet in a Dutch (Belgian) locale opens it
//! in columns with its accents intact; quoted as RFC 4180 says.

use crate::domain::text::spreadsheet_cell;
use crate::domain::{Dataset, Workspace};

use super::follow_up_rows::{HEADER, rows};

/// The UTF-8 byte-order mark that tells a spreadsheet the file is UTF-8.
pub const BOM: &str = "\u{FEFF}";

/// All actions as CSV. Every cell is one line with control and bidirectional characters
/// neutralised and formula prefixes quoted away (see [`spreadsheet_cell`]).
pub fn render(dataset: &Dataset, workspace: &Workspace) -> Result<String, csv::Error> {
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    writer.write_record(HEADER)?;
    for row in rows(dataset, workspace) {
        let id = row.id.to_string();
        let cells = std::iter::once(id.as_str()).chain(row.texts.iter().map(String::as_str));
        writer.write_record(cells.map(|cell| spreadsheet_cell(cell).into_owned()))?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(format!("{BOM}{}", String::from_utf8_lossy(&bytes)))
}
