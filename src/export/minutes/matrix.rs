//! The matrix as it stands after the meeting: the level of every cell (agreed ones marked)
//! and the open actions per municipality.

use crate::domain::Score;
use crate::domain::describe::cell_level;

use super::super::document::{Block, Document, Table};
use super::{Context, text};

/// Writes the matrix section.
pub fn write(document: &mut Document, context: &Context) {
    let (dataset, workspace) = (context.dataset, context.workspace);
    let mut header = vec!["Gemeente".to_string()];
    header.extend(dataset.components().iter().map(|c| format!("{} {}", c.nr, text(&c.short))));
    header.push("Open acties".to_string());
    let open = workspace.open_follow_up_counts();
    let rows = dataset
        .municipalities()
        .iter()
        .enumerate()
        .map(|(m, municipality)| {
            let mut row = vec![text(&municipality.name)];
            row.extend((0..dataset.components().len()).map(|c| match cell_level(dataset, workspace, m, c) {
                (Some(level), true) => format!("{level}/{} (afgesproken)", Score::LEVELS),
                (Some(level), false) => format!("{level}/{}", Score::LEVELS),
                (None, _) => "—".to_string(),
            }));
            row.push(open.get(municipality.id.as_str()).copied().unwrap_or(0).to_string());
            row
        })
        .collect();
    document.push(Block::Heading(2, "Matrix na de vergadering".to_string()));
    document.push(Block::Table(Table { header, rows }));
}
