//! A measurement as the workspace leaves it: its dataset with the workspace's edits of it
//! applied, the baseline of the findings they changed, and its own records they are laid
//! over. The measurement in view ([`super::Loaded`]) and the compared one
//! ([`super::MeasurementView`]) follow the workspace through the same [`Derived::follow`].

use crate::domain::{Baseline, Dataset, RecordEdits, Workspace, apply_edits, apply_workspace};

/// A measurement's dataset with the workspace's edits of it applied.
#[derive(Debug, Clone)]
pub struct Derived {
    dataset: Dataset,
    baseline: Baseline,
    /// The dataset's own municipalities, classifications, role splits and actors, which the
    /// workspace's record edits are laid over.
    records: RecordEdits,
}

impl Derived {
    /// A dataset as loaded, no edits applied.
    pub fn plain(dataset: Dataset) -> Derived {
        Derived { records: own_records(&dataset), dataset, baseline: Baseline::default() }
    }

    /// A dataset as loaded from its files, with the workspace's edits of it applied.
    pub fn new(dataset: Dataset, workspace: &Workspace) -> Derived {
        let records = own_records(&dataset);
        let (dataset, baseline) = apply_workspace(dataset, workspace);
        Derived { dataset, baseline, records }
    }

    /// The dataset with the edits applied.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The shipped fields of the findings changed so far.
    pub fn baseline(&self) -> &Baseline {
        &self.baseline
    }

    /// Gives up the dataset.
    pub fn into_dataset(self) -> Dataset {
        self.dataset
    }

    /// Moves the dataset from the edits of `before` to those of `now`, those of its
    /// measurement: finding edits alone change findings in place; when the records changed,
    /// the findings go back to the baseline, the dataset is rebuilt from its own records with
    /// the workspace's laid over them (what an undone addition added goes), and the finding
    /// edits are applied again, the same order as [`crate::domain::apply_workspace`]. The
    /// record edits are checked first: when they would leave the dataset invalid, it keeps
    /// the edits of `before` and the first issue is returned.
    pub fn follow(&mut self, before: &Workspace, now: &Workspace) -> Result<(), String> {
        let measurement = self.dataset.measurement_key().map(str::to_string);
        let key = measurement.as_deref();
        let previous = before.edits_of(key).findings;
        let next = now.edits_of(key).findings;
        if before.records != now.records {
            // Rebuilt from the baseline findings; the edits go back on after.
            apply_edits(&mut self.dataset, &mut self.baseline, &previous, &[]);
            let own = &self.records;
            let changed = self.dataset.change_records(|parts| {
                own.restore(parts);
                now.records.apply(parts, key);
            });
            let refused = match changed {
                Ok(()) => {
                    self.baseline = Baseline::default();
                    None
                }
                Err(issues) => Some(issues.first().map_or_else(String::new, |i| i.message.clone())),
            };
            let edits = if refused.is_some() { &previous } else { &next };
            apply_edits(&mut self.dataset, &mut self.baseline, &[], edits);
            if let Some(why) = refused {
                return Err(why);
            }
        } else if previous != next {
            apply_edits(&mut self.dataset, &mut self.baseline, &previous, &next);
        }
        Ok(())
    }
}

/// A dataset's own municipalities, classifications, role splits and actors, as loaded.
fn own_records(dataset: &Dataset) -> RecordEdits {
    RecordEdits {
        municipalities: dataset.municipalities().to_vec(),
        classifications: dataset.classifications().to_vec(),
        role_splits: dataset.role_splits().to_vec(),
        actors: dataset.actors().to_vec(),
    }
}
