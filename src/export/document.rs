//! A small document model shared by the file formats of the minutes: headings, paragraphs,
//! bullet lists and tables of plain text. Every text in it is already neutralised (see
//! [`crate::domain::text`]) and on one line, but for the `\n` kept in notes, action texts and
//! decisions; each format escapes it for its own syntax and breaks the line its own way.

/// A document: a title and blocks in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// The title (the first heading).
    pub title: String,
    /// Everything after the title.
    pub blocks: Vec<Block>,
}

/// One block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A section heading (level 2) or a subheading (level 3).
    Heading(u8, String),
    /// A paragraph.
    Paragraph(String),
    /// A bullet list, one item per line.
    Bullets(Vec<String>),
    /// A table with a header row.
    Table(Table),
}

/// A table of text cells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// The column names.
    pub header: Vec<String>,
    /// The rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
}

impl Document {
    /// Adds a block.
    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// Every text of the document in reading order (title, headings, paragraphs, items,
    /// cells), for tests that compare formats.
    pub fn texts(&self) -> Vec<&str> {
        let mut texts = vec![self.title.as_str()];
        for block in &self.blocks {
            match block {
                Block::Heading(_, text) | Block::Paragraph(text) => texts.push(text),
                Block::Bullets(items) => texts.extend(items.iter().map(String::as_str)),
                Block::Table(table) => {
                    texts.extend(table.header.iter().map(String::as_str));
                    texts.extend(table.rows.iter().flatten().map(String::as_str));
                }
            }
        }
        texts
    }
}
