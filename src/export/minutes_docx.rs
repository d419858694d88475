//! The minutes as a Word document (DOCX, written with docx-rs): real headings (Heading 1–3
//! styles with outline levels, so Word's navigation pane lists them), bullet lists and tables
//! with a bold header row, on A4.

use docx_rs::{
    AbstractNumbering, BorderType, BreakType, Docx, IndentLevel, Level, LevelJc, LevelText, NumberFormat, Numbering,
    NumberingId, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType, Start, Style, StyleType, Table, TableBorder,
    TableBorderPosition, TableBorders, TableCell, TableRow, WidthType,
};

use super::document::{Block, Document, Table as TextTable};

/// The numbering id of the bullet list (docx-rs defines 1 itself, as a numbered list).
const BULLETS: usize = 7;

/// The document as DOCX bytes.
pub fn render(document: &Document) -> Result<Vec<u8>, String> {
    let mut docx = styled(Docx::new()).add_paragraph(heading(1, &document.title));
    for block in &document.blocks {
        docx = match block {
            Block::Heading(level, text) => docx.add_paragraph(heading(*level, text)),
            Block::Paragraph(text) => docx.add_paragraph(paragraph(text)),
            Block::Bullets(items) => items.iter().fold(docx, |docx, item| {
                docx.add_paragraph(paragraph(item).numbering(NumberingId::new(BULLETS), IndentLevel::new(0)))
            }),
            Block::Table(table) => docx.add_table(table_of(table)).add_paragraph(Paragraph::new()),
        };
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).map_err(|e| format!("DOCX schrijven mislukt: {e}"))?;
    Ok(bytes.into_inner())
}

/// A4, 2 cm margins, Calibri 11, the heading styles and the bullet numbering.
fn styled(docx: Docx) -> Docx {
    let margin = PageMargin::new().top(1134).bottom(1134).left(1134).right(1134);
    let mut docx = docx
        .page_size(11906, 16838)
        .page_margin(margin)
        .default_fonts(RunFonts::new().ascii("Calibri").hi_ansi("Calibri").cs("Calibri"))
        .default_size(22);
    for (level, size) in [(1, 36), (2, 28), (3, 24)] {
        let style = Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("Heading {level}"))
            .size(size)
            .bold()
            .outline_lvl(level - 1);
        docx = docx.add_style(style);
    }
    let bullet = Level::new(0, Start::new(1), NumberFormat::new("bullet"), LevelText::new("•"), LevelJc::new("left"))
        .indent(Some(720), Some(SpecialIndentType::Hanging(360)), None, None);
    docx.add_abstract_numbering(AbstractNumbering::new(BULLETS).add_level(bullet))
        .add_numbering(Numbering::new(BULLETS, BULLETS))
}

fn heading(level: u8, text: &str) -> Paragraph {
    paragraph(text).style(&format!("Heading{level}"))
}

fn paragraph(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text))
}

/// A run of text, each `\n` a line break.
fn run(text: &str) -> Run {
    let mut parts = text.split('\n');
    let first = Run::new().add_text(parts.next().unwrap_or_default());
    parts.fold(first, |run, line| run.add_break(BreakType::TextWrapping).add_text(line))
}

fn table_of(table: &TextTable) -> Table {
    let cell = |text: &str, bold: bool| {
        let run = run(text);
        TableCell::new().add_paragraph(Paragraph::new().add_run(if bold { run.bold() } else { run }))
    };
    let header = TableRow::new(table.header.iter().map(|h| cell(h, true)).collect());
    let rows = table.rows.iter().map(|row| TableRow::new(row.iter().map(|c| cell(c, false)).collect()));
    let borders = [
        TableBorderPosition::Top,
        TableBorderPosition::Bottom,
        TableBorderPosition::Left,
        TableBorderPosition::Right,
        TableBorderPosition::InsideH,
        TableBorderPosition::InsideV,
    ]
    .into_iter()
    .fold(TableBorders::new(), |b, p| b.set(TableBorder::new(p).border_type(BorderType::Single).size(4)));
    Table::new(std::iter::once(header).chain(rows).collect()).width(5000, WidthType::Pct).set_borders(borders)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_break_in_a_text_is_a_break_in_its_run() {
        let document = Document { title: "T".into(), blocks: vec![Block::Bullets(vec!["een\ntwee".into()])] };
        let bytes = render(&document).unwrap_or_default();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("word/document.xml").expect("document.xml"), &mut xml)
            .expect("read");
        let at = xml.find(">een<").expect("the first line");
        let rest = &xml[at..];
        let (br, twee) = (rest.find("<w:br").expect("a break"), rest.find(">twee<").expect("the second line"));
        assert!(br < twee, "{rest}");
    }
}
