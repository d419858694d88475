//! The minutes as a Word document (DOCX, written with docx-rs): real headings (Heading 1–3
//! styles with outline levels and space above, so Word's navigation pane lists them), bullet
//! lists and tables on A4. Each table's columns are as wide as their text needs (no word cut
//! in the middle), its bold header row repeats on every page and no row splits over a page
//! break; the footer numbers the pages, and the core properties name title, author and time.

use docx_rs::{
    AbstractNumbering, AlignmentType, BorderType, BreakType, Docx, Footer, IndentLevel, Level, LevelJc, LevelText,
    LineSpacing, NumPages, NumberFormat, Numbering, NumberingId, PageMargin, PageNum, Paragraph, Run, RunFonts,
    SpecialIndentType, Start, Style, StyleType, Table, TableBorder, TableBorderPosition, TableBorders, TableCell,
    TableCellMargins, TableLayoutType, TableRow, WidthType,
};

use super::column_widths::column_widths;
use super::document::{Block, Document, Table as TextTable};
use super::docx_package::{CoreProperties, finish};

/// The width of the text between the margins, in twips (A4 less 2 cm on either side).
const TEXT_WIDTH: usize = 11906 - 2 * MARGIN;
const MARGIN: usize = 1134;
/// Table text is 9 pt (180 twips).
const TABLE_EM: usize = 180;
/// A cell's margins on either side (set to 0.12 cm each) and a little air.
const CELL_MARGIN: usize = 70;
const CELL_PADDING: usize = 2 * CELL_MARGIN + 40;

/// The numbering id of the bullet list (docx-rs defines 1 itself, as a numbered list).
const BULLETS: usize = 7;

/// The document as DOCX bytes, with its core properties.
pub fn render(document: &Document, properties: &CoreProperties) -> Result<Vec<u8>, String> {
    let mut docx = styled(Docx::new()).footer(page_numbers()).add_paragraph(heading(1, &document.title));
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
    finish(&bytes.into_inner(), properties)
}

/// The footer: `Pagina 2 van 5`, centred.
fn page_numbers() -> Footer {
    let text = |t: &str| Run::new().add_text(t).size(18);
    let line = Paragraph::new()
        .align(AlignmentType::Center)
        .add_run(text("Pagina "))
        .add_page_num(PageNum::new())
        .add_run(text(" van "))
        .add_num_pages(NumPages::new());
    Footer::new().add_paragraph(line)
}

/// A4, 2 cm margins, Calibri 11, the heading styles and the bullet numbering.
fn styled(docx: Docx) -> Docx {
    let side = MARGIN as i32;
    let margin = PageMargin::new().top(side).bottom(side).left(side).right(side);
    let mut docx = docx
        .page_size(11906, 16838)
        .page_margin(margin)
        .default_fonts(RunFonts::new().ascii("Calibri").hi_ansi("Calibri").cs("Calibri"))
        .default_size(22);
    // Space above and below in twips: a heading stands apart from the table before it.
    for (level, size, above) in [(1, 36, 0), (2, 28, 360), (3, 24, 240)] {
        let style = Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("Heading {level}"))
            .size(size)
            .bold()
            .line_spacing(LineSpacing::new().before(above).after(120))
            .outline_lvl(level - 1);
        docx = docx.add_style(style);
    }
    let bullet = Level::new(0, Start::new(1), NumberFormat::new("bullet"), LevelText::new("•"), LevelJc::new("left"))
        .indent(Some(720), Some(SpecialIndentType::Hanging(360)), None, None);
    docx.add_abstract_numbering(AbstractNumbering::new(BULLETS).add_level(bullet))
        .add_numbering(Numbering::new(BULLETS, BULLETS))
}

/// A heading, kept on the page of what follows it.
fn heading(level: u8, text: &str) -> Paragraph {
    paragraph(text).style(&format!("Heading{level}")).keep_next(true)
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

/// A table with fixed column widths from its texts, rows kept whole on a page; the header row
/// is marked to repeat by [`finish`].
fn table_of(table: &TextTable) -> Table {
    let widths = column_widths(&table.header, &table.rows, TEXT_WIDTH, TABLE_EM, CELL_PADDING);
    let row = |cells: &[String], bold: bool| {
        let cells = cells.iter().zip(&widths).map(|(text, width)| {
            let run = run(text).size(18);
            let paragraph = Paragraph::new().add_run(if bold { run.bold() } else { run });
            TableCell::new().add_paragraph(paragraph).width(*width, WidthType::Dxa)
        });
        TableRow::new(cells.collect()).cant_split()
    };
    let header = row(&table.header, true);
    let rows = table.rows.iter().map(|cells| row(cells, false));
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
    Table::new(std::iter::once(header).chain(rows).collect())
        .set_grid(widths.clone())
        .layout(TableLayoutType::Fixed)
        .width(TEXT_WIDTH, WidthType::Dxa)
        .margins(
            TableCellMargins::new().margin_left(CELL_MARGIN, WidthType::Dxa).margin_right(CELL_MARGIN, WidthType::Dxa),
        )
        .set_borders(borders)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_break_in_a_text_is_a_break_in_its_run() {
        let document = Document { title: "T".into(), blocks: vec![Block::Bullets(vec!["een\ntwee".into()])] };
        let properties =
            CoreProperties { title: "T".into(), author: "regie".into(), at: "2026-11-24T14:03:00Z".into() };
        let bytes = render(&document, &properties).unwrap_or_default();
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
