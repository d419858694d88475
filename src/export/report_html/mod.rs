//! The regional report as one self-contained HTML page: inline CSS and SVG, no script, no
//! link outside the file, laid out to print on A4. It shows the matrix as a coloured table
//! (glyph and number, Okabe–Ito colours), the report's counts as sentences, the
//! classification, Pröpper's quadrant as a figure, the gemeente–OCMW role split, the changes
//! since a compared measurement when asked, the open actions and the provenance. Every text is escaped for HTML.

mod actions;
mod changes;
mod counts;
mod escape;
mod matrix;
mod quadrant;
mod roles;
mod style;

use std::fmt::Write;

use jiff::civil::Date;

use crate::domain::dutch_date::long_date;
use crate::domain::{Dataset, Workspace};

pub use escape::{escape, escape_lines};

/// The page; with `compared`, a section with the changes since that measurement.
pub fn render(dataset: &Dataset, workspace: &Workspace, today: Date, compared: Option<&Dataset>) -> String {
    let provenance = dataset.provenance();
    let title = escape(&provenance.title);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n\
         <style>{}</style>\n</head>\n<body>\n<h1>{title}</h1>\n<p class=\"sub\">Stand van {}, {} gemeenten.</p>\n",
        style::CSS,
        long_date(today),
        dataset.municipalities().len()
    );
    if provenance.illustrative {
        let _ = writeln!(out, "<p class=\"banner\"><strong>Voorbeelddata.</strong> {}</p>", escape(&provenance.note));
    }
    if dataset.measurements().all().len() > 1 {
        let _ = writeln!(out, "<p class=\"sub\">Meting: {}.</p>", escape(&dataset.measurement().name));
    }
    matrix::write(&mut out, dataset, workspace);
    if let Some(earlier) = compared {
        changes::write(&mut out, dataset, earlier, workspace);
    }
    counts::write(&mut out, dataset);
    quadrant::write(&mut out, dataset);
    roles::write(&mut out, dataset);
    actions::write(&mut out, dataset, workspace, today);
    provenance_section(&mut out, dataset);
    out.push_str("</body>\n</html>\n");
    out
}

fn provenance_section(out: &mut String, dataset: &Dataset) {
    let provenance = dataset.provenance();
    let _ = writeln!(out, "<section>\n<h2>Herkomst</h2>");
    let _ = writeln!(out, "<p>Bron: {}.</p>", escape(&provenance.source));
    if provenance.illustrative {
        let _ = writeln!(out, "<p>Deze gegevens zijn illustratief: {}</p>", escape(&provenance.note));
    }
    let _ = writeln!(out, "</section>");
}
