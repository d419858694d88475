//! Edits of the dataset's records other than findings: municipalities, classifications, role
//! splits and actors, each kept whole in the workspace as its version of the record (keyed by
//! the municipality or actor id; a record with an id the dataset lacks is an added one).
//! The dataset stays the baseline; [`RecordEdits::apply`] lays the edits over its tables.

use serde::{Deserialize, Serialize};

use super::{Actor, Classification, Dataset, DatasetParts, Issue, Municipality, RoleSplit};

/// The workspace's versions of dataset records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RecordEdits {
    /// Municipalities renamed or added.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub municipalities: Vec<Municipality>,
    /// Classifications as edited, one per municipality.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub classifications: Vec<Classification>,
    /// Role splits as edited, one per municipality.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub role_splits: Vec<RoleSplit>,
    /// Actors changed or added, with all their relations.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<Actor>,
}

impl RecordEdits {
    /// Whether there is no edit.
    pub fn is_empty(&self) -> bool {
        self.municipalities.is_empty()
            && self.classifications.is_empty()
            && self.role_splits.is_empty()
            && self.actors.is_empty()
    }

    /// Records a municipality's new version.
    pub fn set_municipality(&mut self, municipality: Municipality) {
        replace(&mut self.municipalities, municipality, |m| m.id.clone());
    }

    /// Records a classification's new version, in the measurement it names.
    pub fn set_classification(&mut self, classification: Classification) {
        replace(&mut self.classifications, classification, |c| (c.municipality.clone(), c.measurement.clone()));
    }

    /// Records a role split's new version, in the measurement it names.
    pub fn set_role_split(&mut self, split: RoleSplit) {
        replace(&mut self.role_splits, split, |r| (r.municipality.clone(), r.measurement.clone()));
    }

    /// Records an actor's new version.
    pub fn set_actor(&mut self, actor: Actor) {
        replace(&mut self.actors, actor, |a| a.id.clone());
    }

    /// Puts these records in the place of the tables' own, as the whole of them (for a
    /// dataset's own records).
    pub fn restore(&self, parts: &mut DatasetParts) {
        parts.municipalities.clone_from(&self.municipalities);
        parts.classifications.clone_from(&self.classifications);
        parts.role_splits.clone_from(&self.role_splits);
        parts.actors.clone_from(&self.actors);
    }

    /// Lays the edits over the tables of `measurement` (its workspace key: `None` for the
    /// project's first): a record replaces the one with its key, or is added after the others.
    /// Municipalities and actors belong to the project; classifications and role splits to
    /// the measurement they name, which the tables themselves leave implicit.
    pub fn apply(&self, parts: &mut DatasetParts, measurement: Option<&str>) {
        for m in &self.municipalities {
            replace(&mut parts.municipalities, m.clone(), |x| x.id.clone());
        }
        for c in self.classifications.iter().filter(|c| c.measurement.as_deref() == measurement) {
            let record = Classification { measurement: None, ..c.clone() };
            replace(&mut parts.classifications, record, |x| x.municipality.clone());
        }
        for r in self.role_splits.iter().filter(|r| r.measurement.as_deref() == measurement) {
            let record = RoleSplit { measurement: None, ..r.clone() };
            replace(&mut parts.role_splits, record, |x| x.municipality.clone());
        }
        for a in &self.actors {
            replace(&mut parts.actors, a.clone(), |x| x.id.clone());
        }
    }
}

/// Puts `record` in the place of the one with the same key, else after the others.
fn replace<T, K: PartialEq>(list: &mut Vec<T>, record: T, key: impl Fn(&T) -> K) {
    let wanted = key(&record);
    match list.iter_mut().find(|r| key(r) == wanted) {
        Some(slot) => *slot = record,
        None => list.push(record),
    }
}

/// A copy of the dataset with the record edits laid over it, checked as a whole (the
/// findings, with any edits already applied, stay as they are).
pub fn apply_records(dataset: &Dataset, edits: &RecordEdits) -> Result<Dataset, Vec<Issue>> {
    let mut dataset = dataset.clone();
    let measurement = dataset.measurement_key().map(str::to_string);
    dataset.change_records(|parts| edits.apply(parts, measurement.as_deref()))?;
    Ok(dataset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{Source, load};

    #[test]
    fn an_edit_replaces_its_record_and_an_unknown_id_adds_one() {
        let dataset = load(&Source::Shipped).unwrap();
        let mut edits = RecordEdits::default();
        let mut menen = dataset.municipality("menen").unwrap().clone();
        menen.name = "Menen-Lauwe".into();
        edits.set_municipality(menen.clone());
        menen.name = "Menen (stad)".into();
        edits.set_municipality(menen);
        let mut added = dataset.municipalities()[0].clone();
        added.id = "nieuw".into();
        added.name = "Nieuwe gemeente".into();
        edits.set_municipality(added);
        assert_eq!(edits.municipalities.len(), 2, "one record per id");
        let edited = apply_records(&dataset, &edits).unwrap();
        assert_eq!(edited.municipality("menen").map(|m| m.name.as_str()), Some("Menen (stad)"));
        assert_eq!(edited.municipalities().len(), dataset.municipalities().len() + 1);
        let m = edited.municipality_index("nieuw").unwrap();
        assert!(edited.classification(m).is_some(), "an added municipality is completed like partial data");
        assert_eq!(edited.findings()[..dataset.findings().len()], dataset.findings()[..], "findings keep their index");
    }

    #[test]
    fn an_edit_that_breaks_a_reference_is_refused() {
        let dataset = load(&Source::Shipped).unwrap();
        let mut edits = RecordEdits::default();
        let mut classification = dataset.classification(0).unwrap().clone();
        classification.municipality = "nergens".into();
        edits.set_classification(classification);
        assert!(apply_records(&dataset, &edits).is_err());
    }
}
