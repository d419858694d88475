//! A validated dataset with the indexes the screens need.

use rustc_hash::FxHashMap;

use super::table::Issue;
use super::validate::Validator;
use super::{
    About, Actor, BackgroundEntry, Besturen, Classification, Component, Finding, Indicator, Klasse, Measurement,
    Measurements, Municipality, Provenance, RegieVariant, RelationKind, RoleSplit, Score, Verdict,
};

/// The tables as read from the files, not yet checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetParts {
    /// Where the data comes from.
    pub provenance: Provenance,
    /// The municipalities.
    pub municipalities: Vec<Municipality>,
    /// The components of regie.
    pub components: Vec<Component>,
    /// The indicators.
    pub indicators: Vec<Indicator>,
    /// The findings.
    pub findings: Vec<Finding>,
    /// One classification per municipality.
    pub classifications: Vec<Classification>,
    /// One role split per municipality.
    pub role_splits: Vec<RoleSplit>,
    /// Actors.
    pub actors: Vec<Actor>,
}

/// A dataset whose cross-references all hold, indexed by position.
///
/// Municipalities, components, indicators, findings and actors are addressed by their index
/// in the tables; classifications and role splits are aligned with the municipalities.
#[derive(Debug, Clone)]
pub struct Dataset {
    parts: DatasetParts,
    municipality_ids: FxHashMap<String, usize>,
    indicator_ids: FxHashMap<String, usize>,
    /// Finding indexes per (municipality × indicator), flattened row by row.
    cell_findings: Vec<Vec<usize>>,
    /// Indicator indexes per component index.
    component_indicators: Vec<Vec<usize>>,
    /// Index of each municipality's role split, if it has one.
    role_split_of: Vec<Option<usize>>,
    /// Actor indexes of each municipality's eigen actoren.
    eigen_actoren: Vec<Vec<usize>>,
    /// Component index of each indicator.
    indicator_component: Vec<Option<usize>>,
    /// Regional score per component index.
    regional: Vec<Score>,
    /// The background texts from the sources (empty when the dataset has none).
    background: Vec<BackgroundEntry>,
    /// The project's measurements.
    measurements: Measurements,
    /// Position of the measurement whose findings, classifications and role splits these are.
    measurement: usize,
}

impl Dataset {
    /// Checks every cross-reference and builds the indexes, or lists every issue found. What
    /// the tables leave out takes its default (see [`super::complete`]).
    pub fn from_parts(parts: DatasetParts) -> Result<Dataset, Vec<Issue>> {
        Validator::new(&parts).run()?;
        Ok(Self::indexed(parts))
    }

    /// Changes the tables other than the findings through `change` (which sees no findings),
    /// checks the result as a whole and rebuilds the indexes that depend on it; on an issue
    /// the dataset stays as it was. While the municipalities stay as they are, the findings
    /// and their indexes do too (a classification, role split or actor edit costs little);
    /// otherwise the findings of a municipality that is gone go with it, a new one gets its
    /// `onbekend` findings, and everything is indexed again.
    pub fn change_records(&mut self, change: impl FnOnce(&mut DatasetParts)) -> Result<(), Vec<Issue>> {
        let parts = &self.parts;
        let mut tables = DatasetParts {
            provenance: parts.provenance.clone(),
            municipalities: parts.municipalities.clone(),
            components: parts.components.clone(),
            indicators: parts.indicators.clone(),
            findings: Vec::new(),
            classifications: parts.classifications.clone(),
            role_splits: parts.role_splits.clone(),
            actors: parts.actors.clone(),
        };
        change(&mut tables);
        if tables.municipalities == self.parts.municipalities {
            Validator::new(&tables).run()?;
            super::complete::add_missing_classifications(&mut tables);
            self.parts.classifications = tables.classifications;
            self.parts.role_splits = tables.role_splits;
            self.parts.actors = tables.actors;
            (self.role_split_of, self.eigen_actoren) = index_records(&mut self.parts, &self.municipality_ids);
            return Ok(());
        }
        let known: rustc_hash::FxHashSet<&str> = tables.municipalities.iter().map(|m| m.id.as_str()).collect();
        tables.findings =
            self.parts.findings.iter().filter(|f| known.contains(f.municipality.as_str())).cloned().collect();
        let background = std::mem::take(&mut self.background);
        match Dataset::from_parts(tables) {
            Ok(dataset) => {
                *self = dataset.with_background(background);
                Ok(())
            }
            Err(issues) => {
                self.background = background;
                Err(issues)
            }
        }
    }

    fn indexed(mut parts: DatasetParts) -> Dataset {
        super::complete::complete(&mut parts);
        let municipality_ids = id_map(parts.municipalities.iter().map(|m| m.id.as_str()));
        let indicator_ids = id_map(parts.indicators.iter().map(|i| i.id.as_str()));
        let (role_split_of, eigen_actoren) = index_records(&mut parts, &municipality_ids);
        let width = parts.indicators.len();
        let mut cell_findings = vec![Vec::new(); parts.municipalities.len() * width];
        for (index, finding) in parts.findings.iter().enumerate() {
            if let (Some(m), Some(i)) =
                (municipality_ids.get(&finding.municipality), indicator_ids.get(&finding.indicator))
            {
                cell_findings[m * width + i].push(index);
            }
        }
        let component_indicators: Vec<Vec<usize>> = parts
            .components
            .iter()
            .map(|c| {
                let of_component = |i: &&Indicator| i.component() == Some(c.nr);
                let ids = parts.indicators.iter().filter(of_component);
                ids.filter_map(|i| indicator_ids.get(&i.id).copied()).collect()
            })
            .collect();
        let mut indicator_component = vec![None; width];
        for (c, indicators) in component_indicators.iter().enumerate() {
            for &i in indicators {
                indicator_component[i] = Some(c);
            }
        }
        let mut dataset = Dataset {
            parts,
            municipality_ids,
            indicator_ids,
            cell_findings,
            component_indicators,
            role_split_of,
            eigen_actoren,
            indicator_component,
            regional: Vec::new(),
            background: Vec::new(),
            measurements: Measurements::default(),
            measurement: 0,
        };
        dataset.regional = (0..dataset.parts.components.len()).map(|c| dataset.count_regional_score(c)).collect();
        dataset
    }

    /// Where the data comes from.
    pub fn provenance(&self) -> &Provenance {
        &self.parts.provenance
    }

    /// The municipalities, in dataset order.
    pub fn municipalities(&self) -> &[Municipality] {
        &self.parts.municipalities
    }

    /// The components.
    pub fn components(&self) -> &[Component] {
        &self.parts.components
    }

    /// The indicators.
    pub fn indicators(&self) -> &[Indicator] {
        &self.parts.indicators
    }

    /// The findings.
    pub fn findings(&self) -> &[Finding] {
        &self.parts.findings
    }

    /// The actors.
    pub fn actors(&self) -> &[Actor] {
        &self.parts.actors
    }

    /// An actor by id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.parts.actors.iter().find(|a| a.id == id)
    }

    /// The classifications, aligned with the municipalities.
    pub fn classifications(&self) -> &[Classification] {
        &self.parts.classifications
    }

    /// The role splits that are filled in.
    pub fn role_splits(&self) -> &[RoleSplit] {
        &self.parts.role_splits
    }

    /// The background texts from the sources, in file order.
    pub fn background(&self) -> &[BackgroundEntry] {
        &self.background
    }

    /// The background texts about a subject, in file order.
    pub fn background_about<'a>(&'a self, about: &'a About) -> impl Iterator<Item = &'a BackgroundEntry> + 'a {
        self.background.iter().filter(move |entry| entry.about == *about)
    }

    /// The dataset with these background texts (checked by the caller against it).
    pub fn with_background(mut self, background: Vec<BackgroundEntry>) -> Dataset {
        self.background = background;
        self
    }

    /// The dataset as measurement `id` of these measurements (the loader checked that it is
    /// one of them; else it stays the first).
    pub fn with_measurement(mut self, measurements: Measurements, id: &str) -> Dataset {
        self.measurement = measurements.position(id).unwrap_or(0);
        self.measurements = measurements;
        self
    }

    /// The project's measurements, oldest first.
    pub fn measurements(&self) -> &Measurements {
        &self.measurements
    }

    /// The measurement these findings, classifications and role splits belong to.
    pub fn measurement(&self) -> &Measurement {
        self.measurements.all().get(self.measurement).unwrap_or_else(|| self.measurements.first())
    }

    /// How the workspace names this measurement: `None` for the project's first.
    pub fn measurement_key(&self) -> Option<&str> {
        (self.measurement > 0).then(|| self.measurement().id.as_str())
    }

    /// Index of a municipality by id.
    pub fn municipality_index(&self, id: &str) -> Option<usize> {
        self.municipality_ids.get(id).copied()
    }

    /// A municipality by id.
    pub fn municipality(&self, id: &str) -> Option<&Municipality> {
        self.municipality_index(id).and_then(|m| self.parts.municipalities.get(m))
    }

    /// Index of an indicator by id.
    pub fn indicator_index(&self, id: &str) -> Option<usize> {
        self.indicator_ids.get(id).copied()
    }

    /// An indicator by id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicator_index(id).and_then(|i| self.parts.indicators.get(i))
    }

    /// Indexes of the indicators of the component at `component` (an index, not its nr).
    pub fn component_indicators(&self, component: usize) -> &[usize] {
        self.component_indicators.get(component).map_or(&[], Vec::as_slice)
    }

    /// Indexes of the findings of a municipality on an indicator.
    pub fn cell_findings(&self, municipality: usize, indicator: usize) -> &[usize] {
        let at = municipality * self.parts.indicators.len() + indicator;
        self.cell_findings.get(at).map_or(&[], Vec::as_slice)
    }

    /// The municipality's verdict on an indicator: ja when either bestuur says ja.
    pub fn verdict(&self, municipality: usize, indicator: usize) -> Verdict {
        let findings = self.cell_findings(municipality, indicator);
        Verdict::combine(findings.iter().map(|&f| self.parts.findings[f].verdict))
    }

    /// The matrix cell: score of a municipality on a component (by index).
    pub fn cell_score(&self, municipality: usize, component: usize) -> Score {
        let indicators = self.component_indicators(component);
        Score::of(indicators.iter().map(|&i| self.verdict(municipality, i)))
    }

    /// The regional score of a component: all municipalities' verdicts together (kept up to
    /// date as findings change).
    pub fn regional_score(&self, component: usize) -> Score {
        self.regional.get(component).copied().unwrap_or_default()
    }

    fn count_regional_score(&self, component: usize) -> Score {
        let indicators = self.component_indicators(component);
        let all = (0..self.parts.municipalities.len()).flat_map(|m| indicators.iter().map(move |&i| (m, i)));
        Score::of(all.map(|(m, i)| self.verdict(m, i)))
    }

    /// How many municipalities say ja on an indicator.
    pub fn ja_count(&self, indicator: usize) -> usize {
        (0..self.parts.municipalities.len()).filter(|&m| self.verdict(m, indicator) == Verdict::Ja).count()
    }

    /// The classification of a municipality.
    pub fn classification(&self, municipality: usize) -> Option<&Classification> {
        self.parts.classifications.get(municipality)
    }

    /// The role split of a municipality; `None` when not filled in.
    pub fn role_split(&self, municipality: usize) -> Option<&RoleSplit> {
        let index = self.role_split_of.get(municipality).copied().flatten()?;
        self.parts.role_splits.get(index)
    }

    /// Indexes of the actors that are eigen actoren of a municipality.
    pub fn eigen_actoren(&self, municipality: usize) -> &[usize] {
        self.eigen_actoren.get(municipality).map_or(&[], Vec::as_slice)
    }

    /// Regisseur/actor class of a municipality; `None` while it is not yet asked (unless an
    /// eigen actor already makes it an indirect actor).
    pub fn klasse(&self, municipality: usize) -> Option<Klasse> {
        let has_eigen_actor = !self.eigen_actoren(municipality).is_empty();
        self.classification(municipality).filter(|c| c.answered() || has_eigen_actor).map(|c| c.klasse(has_eigen_actor))
    }

    /// Pröpper's variant of regie of a municipality; `None` while it is not yet asked.
    pub fn variant(&self, municipality: usize) -> Option<RegieVariant> {
        self.classification(municipality).filter(|c| c.answered()).map(Classification::variant)
    }

    /// How many municipalities are not yet asked about their classification.
    pub fn not_yet_classified(&self) -> usize {
        (0..self.parts.municipalities.len()).filter(|&m| self.variant(m).is_none()).count()
    }

    /// How many municipalities have no answer yet (every finding `onbekend`) on an indicator.
    pub fn not_yet_answered(&self, indicator: usize) -> usize {
        (0..self.parts.municipalities.len()).filter(|&m| self.verdict(m, indicator) == Verdict::Onbekend).count()
    }

    /// Whether a finding may concern `bestuur`: it exists in the municipality and the other
    /// findings of the same cell do not already cover it.
    pub fn bestuur_allowed(&self, finding: usize, bestuur: Besturen) -> bool {
        let Some(target) = self.parts.findings.get(finding) else {
            return false;
        };
        let (Some(m), Some(i)) =
            (self.municipality_index(&target.municipality), self.indicator_index(&target.indicator))
        else {
            return false;
        };
        let exists = self.parts.municipalities[m].has(bestuur);
        let mut siblings = self.cell_findings(m, i).iter().filter(|&&f| f != finding);
        exists && !siblings.any(|&f| self.parts.findings[f].bestuur.overlaps(bestuur))
    }

    /// Sets where a finding's answer comes from.
    pub fn set_finding_source(&mut self, finding: usize, source: Option<String>) {
        if let Some(f) = self.parts.findings.get_mut(finding) {
            f.source = source;
        }
    }

    /// Sets a finding's editable fields (the caller checks [`Dataset::bestuur_allowed`], or
    /// restores a state that was valid as a whole); false when there is no such finding.
    pub fn restore_finding(&mut self, finding: usize, verdict: Verdict, note: &str, bestuur: Besturen) -> bool {
        let Some(target) = self.parts.findings.get(finding) else {
            return false;
        };
        let cell = self.municipality_index(&target.municipality).zip(self.indicator_index(&target.indicator));
        let before = cell.map(|(m, i)| self.verdict(m, i));
        if let Some(f) = self.parts.findings.get_mut(finding) {
            f.verdict = verdict;
            f.bestuur = bestuur;
            note.clone_into(&mut f.note);
        }
        if let (Some((m, i)), Some(before)) = (cell, before) {
            let after = self.verdict(m, i);
            if let Some(score) =
                self.indicator_component.get(i).copied().flatten().and_then(|c| self.regional.get_mut(c))
            {
                score.remove(before);
                score.add(after);
            }
        }
        true
    }
}

/// Sorts the classifications and role splits in municipality order and returns the index
/// of each municipality's role split and its eigen actoren.
fn index_records(parts: &mut DatasetParts, ids: &FxHashMap<String, usize>) -> (Vec<Option<usize>>, Vec<Vec<usize>>) {
    let position = |id: &str| ids.get(id).copied().unwrap_or(usize::MAX);
    parts.classifications.sort_by_key(|c| position(&c.municipality));
    parts.role_splits.sort_by_key(|r| position(&r.municipality));
    let mut role_split_of = vec![None; parts.municipalities.len()];
    for (index, split) in parts.role_splits.iter().enumerate() {
        if let Some(slot) = ids.get(&split.municipality).and_then(|&m| role_split_of.get_mut(m)) {
            *slot = Some(index);
        }
    }
    let mut eigen_actoren = vec![Vec::new(); parts.municipalities.len()];
    for (a, actor) in parts.actors.iter().enumerate() {
        let eigen = actor.relations.iter().filter(|r| r.kind == RelationKind::EigenActor);
        for m in eigen.filter_map(|r| ids.get(&r.municipality)) {
            if !eigen_actoren[*m].contains(&a) {
                eigen_actoren[*m].push(a);
            }
        }
    }
    (role_split_of, eigen_actoren)
}

fn id_map<'a>(ids: impl Iterator<Item = &'a str>) -> FxHashMap<String, usize> {
    ids.enumerate().map(|(index, id)| (id.to_string(), index)).collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::dataset::{Source, load};

    fn shipped() -> Dataset {
        load(&Source::Shipped).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        #[test]
        fn regional_scores_follow_every_change(changes in prop::collection::vec((0usize..663, 0usize..4), 1..40)) {
            let mut dataset = shipped();
            for (finding, verdict) in changes {
                let bestuur = dataset.findings()[finding].bestuur;
                dataset.restore_finding(finding, Verdict::CYCLE[verdict], "gewijzigd", bestuur);
            }
            for c in 0..dataset.components().len() {
                prop_assert_eq!(dataset.regional_score(c), dataset.count_regional_score(c));
            }
        }
    }
}
