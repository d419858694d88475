//! The changes since a compared measurement: the cells whose level moved (then → now, with
//! `▲`/`▼`), the regional levels, and every finding that changed with both notes.

use std::fmt::Write;

use crate::domain::compare::{FindingState, LevelChange, compare};
use crate::domain::{Dataset, Workspace};

use super::escape;

/// Writes the section comparing `earlier` with `dataset`.
pub fn write(out: &mut String, dataset: &Dataset, earlier: &Dataset, workspace: &Workspace) {
    let comparison = compare(workspace, earlier, dataset);
    let (then, now) = (escape(&earlier.measurement().name), escape(&dataset.measurement().name));
    let _ = writeln!(out, "<section>\n<h2>Veranderingen sinds {then}</h2>");
    let level = |l: Option<u32>| l.map_or("—".to_string(), |l| format!("{l}/4"));
    let regional: Vec<String> = dataset
        .components()
        .iter()
        .enumerate()
        .map(|(c, component)| {
            let (was, is) = (earlier.regional_score(c).level(), dataset.regional_score(c).level());
            let change = LevelChange::of(was, is).text();
            format!("{} {}: {} → {} {change}", component.nr, escape(&component.short), level(was), level(is))
        })
        .collect();
    let _ = writeln!(out, "<p>Regio ({then} → {now}): {}.</p>", regional.join(" · "));
    let moved: Vec<_> = comparison.cells.iter().filter(|c| c.before != c.after).collect();
    if moved.is_empty() {
        let _ = writeln!(out, "<p>Geen gemeente veranderde van niveau.</p>");
    } else {
        let _ = writeln!(
            out,
            "<table>\n<tr><th>Gemeente</th><th>Component</th><th>{then}</th><th>{now}</th><th>Verschil</th></tr>"
        );
        for cell in moved {
            let name = dataset.municipality(&cell.municipality).map_or(cell.municipality.as_str(), |m| &m.name);
            let component = dataset.components().iter().find(|c| c.nr == cell.component).map_or("", |c| &c.short);
            let change = LevelChange::of(cell.before, cell.after).text();
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{} {}</td><td>{}</td><td>{}</td><td>{change}</td></tr>",
                escape(name),
                cell.component,
                escape(component),
                level(cell.before),
                level(cell.after)
            );
        }
        let _ = writeln!(out, "</table>");
    }
    let _ = writeln!(out, "<h3>Gewijzigde bevindingen ({})</h3>", comparison.findings.len());
    let state = |s: &Option<FindingState>| {
        s.as_ref().map_or("—".to_string(), |s| format!("{} ({})", s.verdict.label(), escape(&s.note)))
    };
    let items: String = comparison
        .findings
        .iter()
        .map(|f| {
            let name = dataset.municipality(&f.municipality).map_or(f.municipality.as_str(), |m| &m.name);
            let label = dataset.indicator(&f.indicator).map_or("", |i| &i.label);
            format!(
                "<li>{} · {} {}: {} → {}</li>\n",
                escape(name),
                escape(&f.indicator),
                escape(label),
                state(&f.before),
                state(&f.after)
            )
        })
        .collect();
    let _ = writeln!(out, "<ul>\n{items}</ul>\n</section>");
}
