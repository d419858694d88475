//! The matrix as a coloured table: per municipality and component the level as glyph, number
//! and colour (agreed levels marked ✓), the actor class and the trekker; a regional row.

use std::fmt::Write;

use crate::domain::describe::cell_level;
use crate::domain::{Dataset, Score, Workspace};

use super::escape;

/// Writes the matrix section.
pub fn write(out: &mut String, dataset: &Dataset, workspace: &Workspace) {
    let _ = writeln!(out, "<section>\n<h2>Matrix: niveau 0–4 per gemeente en component</h2>\n<table class=\"matrix\">");
    let headers: String =
        dataset.components().iter().map(|c| format!("<th>{} {}</th>", c.nr, escape(&c.label))).collect();
    let _ = writeln!(out, "<tr><th>Gemeente</th>{headers}<th>Actor</th><th>Trekker</th></tr>");
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        let cells: String = (0..dataset.components().len())
            .map(|c| {
                let (level, agreed) = cell_level(dataset, workspace, m, c);
                cell(level, agreed)
            })
            .collect();
        let klasse = dataset.klasse(m).map_or(crate::domain::NOT_YET_ASKED, |k| k.label());
        let trekker = dataset.role_split(m).map_or("—", |r| r.trekker.label());
        let _ =
            writeln!(out, "<tr><th>{}</th>{cells}<td>{klasse}</td><td>{trekker}</td></tr>", escape(&municipality.name));
    }
    let regional: String =
        (0..dataset.components().len()).map(|c| cell(dataset.regional_score(c).level(), false)).collect();
    let _ = writeln!(out, "<tr><th>Regio</th>{regional}<td></td><td></td></tr>\n</table>");
    legend(out);
    let _ = writeln!(out, "</section>");
}

/// A level as a table cell: `▰▰▱▱ 2/4` on its colour.
fn cell(level: Option<u32>, agreed: bool) -> String {
    let mark = if agreed { " ✓" } else { "" };
    match level {
        Some(level) => format!("<td class=\"l l{level}\">{} {level}/{}{mark}</td>", glyph(level), Score::LEVELS),
        None => "<td class=\"l lx\">onbekend</td>".to_string(),
    }
}

/// The level as four blocks, filled up to it.
pub fn glyph(level: u32) -> String {
    let filled = level.min(Score::LEVELS) as usize;
    "▰".repeat(filled) + &"▱".repeat(Score::LEVELS as usize - filled)
}

fn legend(out: &mut String) {
    let items: String = (0..=Score::LEVELS)
        .map(|level| format!("<span class=\"l{level}\">{} {level}/{}</span>", glyph(level), Score::LEVELS))
        .collect();
    let _ = writeln!(
        out,
        "<p class=\"legend\">{items} ✓ = niveau afgesproken in een vergadering. Ja telt 1, deels ½, nee 0; \
         onbekend telt niet; afgerond op kwarten.</p>"
    );
}
