//! The page's inline style sheet: readable on screen, A4 when printed, the matrix levels in
//! the Okabe–Ito palette (safe for colour-blind readers; glyph and number carry the level too).

/// The CSS.
pub const CSS: &str = "
@page { size: A4; margin: 15mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color: #111; max-width: 190mm; margin: 0 auto; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
p.sub { color: #444; margin: 0 0 3mm; }
p.banner { background: #F0E442; padding: 2mm 3mm; border-radius: 1mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #eee; }
td.l { text-align: center; white-space: nowrap; font-variant-numeric: tabular-nums; }
.l0 { background: #D55E00; color: #fff; }
.l1 { background: #E69F00; color: #000; }
.l2 { background: #F0E442; color: #000; }
.l3 { background: #56B4E9; color: #000; }
.l4 { background: #0072B2; color: #fff; }
.lx { background: #fff; color: #555; }
.legend span { display: inline-block; padding: 0.5mm 2mm; margin-right: 1mm; border: 1px solid #bbb; }
ul.sentences { padding-left: 5mm; margin: 1mm 0; }
figure { margin: 2mm 0; }
figcaption { color: #444; font-size: 9pt; }
section { break-inside: auto; }
table, figure, section.keep { break-inside: avoid; }
h2, h3 { break-after: avoid; }
tr { break-inside: avoid; }
@media print { body { max-width: none; } p.banner { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .l0, .l1, .l2, .l3, .l4, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
";
