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
                let _ = writeln!(out, "{}\n", escape(text));
            }
            Block::Bullets(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", escape(item));
                }
                let _ = writeln!(out);
            }
            Block::Table(table) => table_md(&mut out, table),
        }
    }
    out
}

fn table_md(out: &mut String, table: &Table) {
    let row = |cells: &[String]| cells.iter().map(|c| escape(c)).collect::<Vec<_>>().join(" | ");
    let _ = writeln!(out, "| {} |", row(&table.header));
    let _ = writeln!(out, "|{}", "---|".repeat(table.header.len()));
    for cells in &table.rows {
        let _ = writeln!(out, "| {} |", row(cells));
    }
    let _ = writeln!(out);
}

/// Text already on one line, with Markdown table and code characters neutralised.
fn escape(text: &str) -> String {
    text.replace('|', "/").replace('`', "'")
}
