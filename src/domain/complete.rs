//! Partial data: what a dataset leaves out takes its default, so that a fresh project (every
//! answer still open) and a half-filled one load like a complete one.
//!
//! - a municipality × indicator without a finding gets one `onbekend` finding with an empty
//!   note and the source `nog niet beantwoord`, concerning all of the municipality's besturen (appended after the findings of the
//!   file, so the indexes of those stay as they are);
//! - a municipality without a classification gets no LDE recognition, not bewust geen actor,
//!   no visie and no slagkracht (its class keeps being derived from its eigen actoren);
//! - a municipality without a role split keeps none: the screens show it as not filled in.

use rustc_hash::FxHashSet;

use super::{Besturen, Bestuur, Classification, DatasetParts, Finding, Municipality, Verdict};

/// Adds the default finding of every empty cell and the default classification of every
/// municipality without one.
pub fn complete(parts: &mut DatasetParts) {
    add_missing_findings(parts);
    add_missing_classifications(parts);
}

/// All besturen of a municipality as one value: both, or the one it has.
pub fn all_besturen(municipality: &Municipality) -> Besturen {
    let has = |b| municipality.besturen.contains(&b);
    match (has(Bestuur::Gemeente), has(Bestuur::Ocmw)) {
        (true, true) | (false, false) => Besturen::Beide,
        (true, false) => Besturen::Gemeente,
        (false, true) => Besturen::Ocmw,
    }
}

/// The source of a finding that stands for a question nobody answered yet.
pub const UNANSWERED: &str = "nog niet beantwoord";

/// The finding that stands for a question nobody answered yet.
pub fn unanswered(municipality: &Municipality, indicator: &str) -> Finding {
    Finding {
        municipality: municipality.id.clone(),
        indicator: indicator.to_string(),
        bestuur: all_besturen(municipality),
        verdict: Verdict::Onbekend,
        note: String::new(),
        source: Some(UNANSWERED.to_string()),
    }
}

fn add_missing_findings(parts: &mut DatasetParts) {
    let answered: FxHashSet<(&str, &str)> =
        parts.findings.iter().map(|f| (f.municipality.as_str(), f.indicator.as_str())).collect();
    let mut missing = Vec::new();
    for municipality in &parts.municipalities {
        for indicator in &parts.indicators {
            if !answered.contains(&(municipality.id.as_str(), indicator.id.as_str())) {
                missing.push(unanswered(municipality, &indicator.id));
            }
        }
    }
    parts.findings.extend(missing);
}

/// The classification of a municipality nothing is known about yet.
pub fn unclassified(municipality: &str) -> Classification {
    Classification {
        municipality: municipality.to_string(),
        lde_erkenning: None,
        bewust_geen_actor: false,
        visie: false,
        slagkracht: false,
        source: None,
        measurement: None,
    }
}

/// Adds the default classification of every municipality without one.
pub fn add_missing_classifications(parts: &mut DatasetParts) {
    let known: FxHashSet<&str> = parts.classifications.iter().map(|c| c.municipality.as_str()).collect();
    let missing: Vec<Classification> =
        parts.municipalities.iter().filter(|m| !known.contains(m.id.as_str())).map(|m| unclassified(&m.id)).collect();
    parts.classifications.extend(missing);
}
