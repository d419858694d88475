//! The minutes as Markdown: the [`Document`] with Markdown's table and code characters
//! neutralised in every text.

use std::fmt::Write;

use super::document::{Block, Document, Table};

/// The document as Markdown.
pub fn render(document: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&document.title));
    for block in &document.blocks {
        match block {
            Block::Heading(level, text) => {
                let _ = writeln!(out, "{} {}\n", "#".repeat(usize::from(*level)), escape(text));
            }
            Block::Paragraph(text) => {
                let _ = writeln!(out, "{}\n", escape(text).replace('\n', "  \n"));
            }
            Block::Bullets(items) => {
                for item in items {
                    // A hard break, then the item's indent: the next line stays in the item.
                    let _ = writeln!(out, "- {}", escape(item).replace('\n', "  \n  "));
                }
                let _ = writeln!(out);
            }
            Block::Table(table) => table_md(&mut out, table),
        }
    }
    out
}

fn table_md(out: &mut String, table: &Table) {
    let row = |cells: &[String]| cells.iter().map(|c| escape(c).replace('\n', "<br>")).collect::<Vec<_>>().join(" | ");
    let _ = writeln!(out, "| {} |", row(&table.header));
    let _ = writeln!(out, "|{}", "---|".repeat(table.header.len()));
    for cells in &table.rows {
        let _ = writeln!(out, "| {} |", row(cells));
    }
    let _ = writeln!(out);
}

/// Neutralised text, with Markdown table and code characters neutralised.
fn escape(text: &str) -> String {
    text.replace('|', "/").replace('`', "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_in_paragraphs_items_and_cells() {
        let table = Table { header: vec!["Toelichting".into()], rows: vec![vec!["een\ntwee".into()]] };
        let blocks =
            vec![Block::Paragraph("een\ntwee".into()), Block::Bullets(vec!["een\ntwee".into()]), Block::Table(table)];
        let markdown = render(&Document { title: "T".into(), blocks });
        assert!(markdown.contains("\n\neen  \ntwee\n\n"), "{markdown}");
        assert!(markdown.contains("\n- een  \n  twee\n"), "{markdown}");
        assert!(markdown.contains("| een<br>twee |"), "{markdown}");
    }
}
