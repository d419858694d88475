//! Cross-reference checks over the tables of a dataset.

use std::collections::HashSet;

use rustc_hash::FxHashMap;

use super::indicator::parse_id;
use super::table::{Issue, Place, Table};
use super::{Besturen, Bestuur, DatasetParts, Municipality};

/// Collects every issue of a dataset in one pass over its tables.
pub struct Validator<'a> {
    parts: &'a DatasetParts,
    municipalities: FxHashMap<&'a str, usize>,
    issues: Vec<Issue>,
}

impl<'a> Validator<'a> {
    /// A validator for these tables.
    pub fn new(parts: &'a DatasetParts) -> Validator<'a> {
        Validator { parts, municipalities: FxHashMap::default(), issues: Vec::new() }
    }

    /// Runs every check; all issues or nothing.
    pub fn run(mut self) -> Result<(), Vec<Issue>> {
        self.municipalities = self.check_municipalities();
        let components = self.check_components();
        let indicators = self.check_indicators(&components);
        self.check_findings(&indicators);
        self.check_classifications();
        self.check_role_splits();
        self.check_actors();
        if self.issues.is_empty() { Ok(()) } else { Err(self.issues) }
    }

    fn push(&mut self, place: Place, message: impl Into<String>) {
        self.issues.push(Issue::new(place, message));
    }

    fn check_municipalities(&mut self) -> FxHashMap<&'a str, usize> {
        let table = Table::Municipalities;
        let list = &self.parts.municipalities;
        if list.is_empty() {
            self.push(Place::table(table), "geen enkele gemeente");
        }
        for (index, municipality) in list.iter().enumerate() {
            if municipality.name.trim().is_empty() {
                self.push(Place::field(table, index, "name"), "naam is leeg");
            }
            if municipality.besturen.is_empty() {
                self.push(Place::field(table, index, "besturen"), "geen enkel bestuur");
            }
            let distinct: HashSet<_> = municipality.besturen.iter().collect();
            if distinct.len() < municipality.besturen.len() {
                self.push(Place::field(table, index, "besturen"), "bestuur dubbel vermeld");
            }
        }
        self.unique_ids(table, list.iter().map(|m| m.id.as_str()))
    }

    fn check_components(&mut self) -> HashSet<u8> {
        let table = Table::Components;
        let mut seen = HashSet::new();
        for (index, component) in self.parts.components.iter().enumerate() {
            if !seen.insert(component.nr) {
                let message = format!("component {} dubbel", component.nr);
                self.push(Place::field(table, index, "nr"), message);
            }
        }
        seen
    }

    fn check_indicators(&mut self, components: &HashSet<u8>) -> FxHashMap<&'a str, usize> {
        let table = Table::Indicators;
        for (index, indicator) in self.parts.indicators.iter().enumerate() {
            let place = Place::field(table, index, "id");
            match parse_id(&indicator.id) {
                None => self.push(place, format!("indicator-id '{}' heeft niet de vorm 1.2.3a", indicator.id)),
                Some((nr, _)) if nr != super::indicator::INSTRUMENTS && !components.contains(&nr) => {
                    self.push(place, format!("indicator '{}': component {nr} bestaat niet", indicator.id))
                }
                Some(_) => {}
            }
        }
        self.unique_ids(table, self.parts.indicators.iter().map(|i| i.id.as_str()))
    }

    fn unique_ids(&mut self, table: Table, ids: impl Iterator<Item = &'a str>) -> FxHashMap<&'a str, usize> {
        let mut map = FxHashMap::default();
        for (index, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.push(Place::field(table, index, "id"), "id is leeg");
            } else if map.insert(id, index).is_some() {
                self.push(Place::field(table, index, "id"), format!("id '{id}' dubbel"));
            }
        }
        map
    }

    /// The municipality an item refers to, or an issue at its `municipality` field.
    fn municipality(&mut self, place: Place, id: &str) -> Option<&'a Municipality> {
        match self.municipalities.get(id) {
            Some(&m) => Some(&self.parts.municipalities[m]),
            None => {
                self.push(place, format!("onbekende gemeente '{id}'"));
                None
            }
        }
    }

    fn bestuur_exists(&mut self, place: Place, municipality: &Municipality, who: Besturen) {
        let missing = who.members().iter().filter(|b| !municipality.besturen.contains(b));
        for bestuur in missing {
            let label = Besturen::from(*bestuur).label();
            self.push(place.clone(), format!("bestuur {label} bestaat niet in {}", municipality.name));
        }
    }

    fn check_findings(&mut self, indicators: &FxHashMap<&'a str, usize>) {
        let table = Table::Findings;
        let width = self.parts.indicators.len();
        // Per municipality × indicator: which besturen the findings so far cover (bit mask).
        let mut covered = vec![0u8; self.parts.municipalities.len() * width];
        for (index, finding) in self.parts.findings.iter().enumerate() {
            let at = |field| Place::field(table, index, field);
            let m = self.municipalities.get(finding.municipality.as_str()).copied();
            match m {
                Some(m) => self.bestuur_exists(at("bestuur"), &self.parts.municipalities[m], finding.bestuur),
                None => self.push(at("municipality"), format!("onbekende gemeente '{}'", finding.municipality)),
            }
            let i = indicators.get(finding.indicator.as_str()).copied();
            if i.is_none() {
                self.push(at("indicator"), format!("onbekende indicator '{}'", finding.indicator));
            }
            let (Some(m), Some(i)) = (m, i) else { continue };
            let bits = mask(finding.bestuur);
            if covered[m * width + i] & bits != 0 {
                let message = format!(
                    "tweede bevinding voor {} op {} ({})",
                    finding.municipality,
                    finding.indicator,
                    finding.bestuur.label()
                );
                self.push(at("bestuur"), message);
            }
            covered[m * width + i] |= bits;
        }
    }

    fn check_classifications(&mut self) {
        let table = Table::Classifications;
        let ids = self.parts.classifications.iter().map(|c| c.municipality.as_str());
        self.one_per_municipality(table, ids);
        for (index, classification) in self.parts.classifications.iter().enumerate() {
            let at = |field| Place::field(table, index, field);
            let municipality = self.municipalities.get(classification.municipality.as_str());
            let municipality = municipality.map(|&m| &self.parts.municipalities[m]);
            if let (Some(municipality), Some(bestuur)) = (municipality, classification.lde_erkenning) {
                self.bestuur_exists(at("lde_erkenning"), municipality, bestuur.into());
            }
            if classification.bewust_geen_actor && classification.lde_erkenning.is_some() {
                let message = "bewust_geen_actor en lde_erkenning sluiten elkaar uit";
                self.push(at("bewust_geen_actor"), message);
            }
        }
    }

    fn check_role_splits(&mut self) {
        let table = Table::RoleSplits;
        let ids = self.parts.role_splits.iter().map(|r| r.municipality.as_str());
        self.one_per_municipality(table, ids);
        for (index, split) in self.parts.role_splits.iter().enumerate() {
            let Some(&m) = self.municipalities.get(split.municipality.as_str()) else {
                continue;
            };
            let municipality = &self.parts.municipalities[m];
            self.bestuur_exists(Place::field(table, index, "trekker"), municipality, split.trekker);
            for who in split.rollen.values() {
                self.bestuur_exists(Place::field(table, index, "rollen"), municipality, *who);
            }
            for who in split.fasen.values() {
                self.bestuur_exists(Place::field(table, index, "fasen"), municipality, *who);
            }
            self.check_cijfers(index, municipality);
        }
    }

    fn check_cijfers(&mut self, index: usize, municipality: &Municipality) {
        let split = &self.parts.role_splits[index];
        for (label, values) in split.cijfers.fields() {
            for (bestuur, value) in values {
                let place = Place::field(Table::RoleSplits, index, "cijfers");
                self.bestuur_exists(place.clone(), municipality, (*bestuur).into());
                if !value.is_finite() || *value < 0.0 {
                    self.push(place, format!("{label}: {value} is geen geldig getal"));
                }
            }
        }
    }

    /// Every municipality at most once in a table keyed by municipality (a missing one takes
    /// the defaults, see [`super::Dataset`]).
    fn one_per_municipality(&mut self, table: Table, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (index, id) in ids.enumerate() {
            let place = Place::field(table, index, "municipality");
            if self.municipality(place.clone(), id).is_some() && !seen.insert(id) {
                self.push(place, format!("gemeente '{id}' dubbel"));
            }
        }
    }

    fn check_actors(&mut self) {
        let table = Table::Actors;
        self.unique_ids(table, self.parts.actors.iter().map(|a| a.id.as_str()));
        for (index, actor) in self.parts.actors.iter().enumerate() {
            if actor.name.trim().is_empty() {
                self.push(Place::field(table, index, "name"), "naam is leeg");
            }
            let mut seen = HashSet::new();
            for (nth, relation) in actor.relations.iter().enumerate() {
                let place = Place::nth_field(table, index, "municipality", nth);
                if let Some(municipality) = self.municipality(place.clone(), &relation.municipality) {
                    self.bestuur_exists(place.clone(), municipality, relation.bestuur);
                }
                if !seen.insert((relation.municipality.as_str(), relation.kind)) {
                    let message = format!("relatie '{}' met {} dubbel", relation.kind.label(), relation.municipality);
                    self.push(place, message);
                }
            }
        }
    }
}

/// The besturen a value covers, as bits: gemeente 1, OCMW 2.
fn mask(who: Besturen) -> u8 {
    who.members().iter().map(|b| if *b == Bestuur::Gemeente { 1 } else { 2 }).sum()
}
