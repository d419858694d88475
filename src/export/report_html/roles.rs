//! The gemeente–OCMW role split: per municipality who leads, whether it is formalised, and who
//! holds each Struyven role and phase of the policy cycle (G, O, G+O or nobody).

use std::fmt::Write;

use crate::domain::{Dataset, Taak};

use super::escape;

/// Writes the role-split section.
pub fn write(out: &mut String, dataset: &Dataset) {
    let _ = writeln!(out, "<section>\n<h2>Gemeente – OCMW: wie neemt welke rol</h2>\n<table class=\"roles\">");
    let headers: String =
        Taak::ALL.iter().map(|t| format!("<th title=\"{}\">{}</th>", escape(t.label()), t.short())).collect();
    let _ = writeln!(out, "<tr><th>Gemeente</th><th>Trekker</th><th>Geformaliseerd</th>{headers}</tr>");
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        let Some(split) = dataset.role_split(m) else { continue };
        let cells: String = Taak::ALL
            .iter()
            .map(|t| format!("<td class=\"l\">{}</td>", t.holder(split).map_or("·", |b| b.code())))
            .collect();
        let formal = if split.geformaliseerd { "ja" } else { "nee" };
        let _ = writeln!(
            out,
            "<tr><th>{}</th><td>{}</td><td>{formal}</td>{cells}</tr>",
            escape(&municipality.name),
            split.trekker.code()
        );
    }
    let legend: Vec<String> = Taak::ALL.iter().map(|t| format!("{} = {}", t.short(), escape(t.label()))).collect();
    let _ = writeln!(
        out,
        "</table>\n<p class=\"legend\">G gemeente, O OCMW, G+O beide, · niemand. {}.</p>\n</section>",
        legend.join(", ")
    );
}
