//! Measurements over time: a project's findings, classifications and role splits at one
//! moment (the report's *nulmeting*, a later follow-up). Meetings, actions, actors and
//! municipalities belong to the project, not to a measurement.

use serde::{Deserialize, Serialize};

use super::Table;

/// One moment the municipalities were measured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// Id (lowercase ascii, `-` between words), e.g. `nulmeting`, `opvolging-2026`.
    pub id: String,
    /// The name shown, e.g. `Nulmeting 2010`.
    pub name: String,
    /// When it was measured; absent when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<jiff::civil::Date>,
}

impl Measurement {
    /// The measurement a project without `measurements.ron` has: `nulmeting`, "Nulmeting".
    pub fn implicit() -> Measurement {
        Measurement { id: "nulmeting".to_string(), name: "Nulmeting".to_string(), date: None }
    }
}

/// The measurements of a project, oldest first; never empty. The first one's tables are the
/// project's top-level files, the others live in `measurements/<id>/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measurements(Vec<Measurement>);

impl Default for Measurements {
    fn default() -> Self {
        Measurements(vec![Measurement::implicit()])
    }
}

impl Measurements {
    /// The list, or the implicit single measurement when it is empty.
    pub fn new(list: Vec<Measurement>) -> Measurements {
        if list.is_empty() { Measurements::default() } else { Measurements(list) }
    }

    /// Every measurement, oldest first.
    pub fn all(&self) -> &[Measurement] {
        &self.0
    }

    /// The first measurement (the project's top-level files).
    pub fn first(&self) -> &Measurement {
        // `new` never leaves the list empty.
        &self.0[0]
    }

    /// The latest measurement.
    pub fn latest(&self) -> &Measurement {
        self.0.last().unwrap_or_else(|| self.first())
    }

    /// A measurement by id.
    pub fn get(&self, id: &str) -> Option<&Measurement> {
        self.0.iter().find(|m| m.id == id)
    }

    /// The position of a measurement.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.0.iter().position(|m| m.id == id)
    }

    /// The measurement before `id`, if there is one.
    pub fn previous(&self, id: &str) -> Option<&Measurement> {
        let at = self.position(id)?;
        at.checked_sub(1).and_then(|before| self.0.get(before))
    }

    /// How the workspace names a measurement in its records: `None` for the first one (so that
    /// workspaces from before measurements keep working), else its id.
    pub fn key(&self, id: &str) -> Option<String> {
        (self.first().id != id).then(|| id.to_string())
    }

    /// Whether a workspace key names this measurement.
    pub fn is_key_of(&self, key: Option<&str>, id: &str) -> bool {
        key.unwrap_or(&self.first().id) == id
    }

    /// Adds a measurement at the end.
    pub fn push(&mut self, measurement: Measurement) {
        self.0.push(measurement);
    }
}

/// Whether a table belongs to a measurement (the others belong to the project).
pub fn per_measurement(table: Table) -> bool {
    matches!(table, Table::Findings | Table::Classifications | Table::RoleSplits)
}

/// The directory of a later measurement's tables, relative to the project.
pub fn measurement_dir(id: &str) -> String {
    format!("measurements/{id}")
}

/// The name of the file that lists the measurements.
pub const MEASUREMENTS_FILE: &str = "measurements.ron";

#[cfg(test)]
mod tests {
    use super::*;

    fn named(id: &str) -> Measurement {
        Measurement { id: id.to_string(), name: id.to_string(), date: None }
    }

    #[test]
    fn the_first_measurement_is_the_workspace_default() {
        let list = Measurements::new(vec![named("nulmeting"), named("opvolging")]);
        assert_eq!(list.key("nulmeting"), None);
        assert_eq!(list.key("opvolging").as_deref(), Some("opvolging"));
        assert!(list.is_key_of(None, "nulmeting"));
        assert!(!list.is_key_of(None, "opvolging"));
        assert_eq!(list.previous("opvolging").map(|m| m.id.as_str()), Some("nulmeting"));
        assert_eq!(list.previous("nulmeting"), None);
        assert_eq!(list.latest().id, "opvolging");
        assert_eq!(Measurements::new(Vec::new()).first(), &Measurement::implicit());
    }
}
