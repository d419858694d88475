//! The tables of a dataset, and a problem found in one of them.

/// One table of the dataset; each is one RON file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    /// `provenance.ron`
    Provenance,
    /// `municipalities.ron`
    Municipalities,
    /// `components.ron`
    Components,
    /// `indicators.ron`
    Indicators,
    /// `findings.ron`
    Findings,
    /// `classifications.ron`
    Classifications,
    /// `role_splits.ron`
    RoleSplits,
    /// `actors.ron`
    Actors,
}

impl Table {
    /// Every table, in load order.
    pub const ALL: [Table; 8] = [
        Table::Provenance,
        Table::Municipalities,
        Table::Components,
        Table::Indicators,
        Table::Findings,
        Table::Classifications,
        Table::RoleSplits,
        Table::Actors,
    ];

    /// The file name of this table inside a dataset directory.
    pub fn file_name(self) -> &'static str {
        match self {
            Table::Provenance => "provenance.ron",
            Table::Municipalities => "municipalities.ron",
            Table::Components => "components.ron",
            Table::Indicators => "indicators.ron",
            Table::Findings => "findings.ron",
            Table::Classifications => "classifications.ron",
            Table::RoleSplits => "role_splits.ron",
            Table::Actors => "actors.ron",
        }
    }
}

/// Where in a table a problem sits: an item of the list, and optionally a field in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The table.
    pub table: Table,
    /// Index of the item in the table's list; `None` for the table as a whole.
    pub item: Option<usize>,
    /// The field inside the item, and which occurrence of it (0 = first).
    pub field: Option<(&'static str, usize)>,
}

impl Place {
    /// The whole table.
    pub fn table(table: Table) -> Place {
        Place { table, item: None, field: None }
    }

    /// A field of an item.
    pub fn field(table: Table, item: usize, field: &'static str) -> Place {
        Place::nth_field(table, item, field, 0)
    }

    /// The `nth` occurrence of a field inside an item (for nested lists).
    pub fn nth_field(table: Table, item: usize, field: &'static str, nth: usize) -> Place {
        Place { table, item: Some(item), field: Some((field, nth)) }
    }
}

/// A problem in the content of a dataset, found after parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Where it is.
    pub place: Place,
    /// What is wrong, in Dutch.
    pub message: String,
}

impl Issue {
    /// An issue at a place.
    pub fn new(place: Place, message: impl Into<String>) -> Issue {
        Issue { place, message: message.into() }
    }
}
