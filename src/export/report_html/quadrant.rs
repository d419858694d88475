//! Pröpper's quadrant as an inline SVG figure: visie (eigen script) across, slagkracht up,
//! each municipality placed as a dot with its name in its quadrant.

use std::fmt::Write;

use crate::domain::{Dataset, RegieVariant};

use super::escape;

const WIDTH: usize = 640;
const HEIGHT: usize = 400;
const MARGIN: usize = 40;

/// Writes the quadrant section.
pub fn write(out: &mut String, dataset: &Dataset) {
    let half_w = (WIDTH - MARGIN) / 2;
    let half_h = (HEIGHT - MARGIN) / 2;
    let _ = writeln!(
        out,
        "<section class=\"keep\">\n<h2>Variant van regie (Pröpper)</h2>\n<figure>\n\
         <svg viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"100%\" role=\"img\" \
         aria-label=\"Kwadrant visie maal slagkracht\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">"
    );
    let quadrants = [
        (RegieVariant::Uitvoeringsgericht, 0, 0, "#E69F00"),
        (RegieVariant::Beheersingsgericht, 1, 0, "#009E73"),
        (RegieVariant::Faciliterend, 0, 1, "#999999"),
        (RegieVariant::Visionair, 1, 1, "#56B4E9"),
    ];
    for (variant, column, row, colour) in quadrants {
        let (x, y) = (MARGIN + column * half_w, row * half_h);
        let _ = writeln!(
            out,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{half_w}\" height=\"{half_h}\" fill=\"{colour}\" fill-opacity=\"0.18\" \
             stroke=\"#555\"/>\n<text x=\"{}\" y=\"{}\" font-weight=\"bold\">{}</text>",
            x + 8,
            y + 18,
            variant.label()
        );
        place(out, dataset, variant, (x, y), colour);
    }
    axes(out, half_w, half_h);
    let _ = writeln!(
        out,
        "</svg>\n<figcaption>Visie: een eigen script voor sociale economie; slagkracht: de kracht om het waar \
         te maken.</figcaption>\n</figure>\n</section>"
    );
}

/// The municipalities of one variant, in two columns inside its quadrant.
fn place(out: &mut String, dataset: &Dataset, variant: RegieVariant, (x, y): (usize, usize), colour: &str) {
    let names = (0..dataset.municipalities().len())
        .filter(|&m| dataset.variant(m) == Some(variant))
        .filter_map(|m| dataset.municipalities().get(m).map(|municipality| escape(&municipality.name)));
    for (index, name) in names.enumerate() {
        let (column, row) = (index % 2, index / 2);
        let (cx, cy) = (x + 16 + column * 140, y + 40 + row * 20);
        let _ = writeln!(
            out,
            "<circle cx=\"{cx}\" cy=\"{}\" r=\"5\" fill=\"{colour}\" stroke=\"#000\"/>\
             <text x=\"{}\" y=\"{cy}\">{name}</text>",
            cy - 4,
            cx + 9
        );
    }
}

fn axes(out: &mut String, half_w: usize, half_h: usize) {
    let bottom = 2 * half_h;
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">geen eigen visie</text>\
         <text x=\"{}\" y=\"{}\" text-anchor=\"middle\">eigen visie</text>\
         <text x=\"14\" y=\"{}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {})\">slagkracht</text>\
         <text x=\"14\" y=\"{}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {})\">geen slagkracht</text>",
        MARGIN + half_w / 2,
        bottom + 24,
        MARGIN + half_w + half_w / 2,
        bottom + 24,
        half_h / 2,
        half_h / 2,
        half_h + half_h / 2,
        half_h + half_h / 2,
    );
}
