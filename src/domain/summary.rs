//! The regional summary: how many municipalities say ja per indicator, and the report's counts.

use serde::Serialize;

use super::{Besturen, Dataset, Klasse, Scope};

/// One line of `regie check`: an id, its label, and a count out of the municipalities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SummaryLine {
    /// Indicator id or count id (e.g. `klasse.direct`).
    pub id: String,
    /// Dutch label.
    pub label: String,
    /// How many municipalities.
    pub count: usize,
    /// Out of how many.
    pub total: usize,
}

/// Every indicator, then the classification, trekker, role-split and regional-actor counts.
pub fn regional_summary(dataset: &Dataset) -> Vec<SummaryLine> {
    let total = dataset.municipalities().len();
    let line = |id: String, label: &str, count: usize| SummaryLine { id, label: label.to_string(), count, total };
    let mut lines: Vec<SummaryLine> = dataset
        .indicators()
        .iter()
        .enumerate()
        .map(|(i, indicator)| line(indicator.id.clone(), &indicator.label, dataset.ja_count(i)))
        .collect();
    let counts = [
        ("klasse.direct", "eigen LDE-erkenning (direct actor)", klasse_count(dataset, Klasse::Direct)),
        ("klasse.direct_en_eigen_actor", "direct actor met eigen LDE-actor", direct_with_eigen_actor(dataset)),
        ("klasse.indirect", "eigen actor, geen erkenning (indirect actor)", klasse_count(dataset, Klasse::Indirect)),
        ("klasse.geen", "direct noch indirect actor", klasse_count(dataset, Klasse::Geen)),
        ("klasse.bewust_geen_actor", "bewust geen actor", bewust_geen_actor(dataset)),
        ("trekker.beide", "gemeente en OCMW trekken samen", trekker_beide(dataset)),
        ("rolverdeling.geformaliseerd", "taakverdeling gemeente–OCMW geformaliseerd", geformaliseerd(dataset)),
    ];
    lines.extend(counts.into_iter().map(|(id, label, count)| line(id.to_string(), label, count)));
    lines.extend(dataset.actors().iter().filter(|actor| actor.scope == Scope::Regionaal).map(|actor| {
        let count = dataset.municipalities().iter().filter(|m| actor.relates_to(&m.id)).count();
        line(format!("actor.{}", actor.id), &format!("{} actief", actor.name), count)
    }));
    lines
}

fn municipalities_where(dataset: &Dataset, holds: impl Fn(usize) -> bool) -> usize {
    (0..dataset.municipalities().len()).filter(|&m| holds(m)).count()
}

fn klasse_count(dataset: &Dataset, klasse: Klasse) -> usize {
    municipalities_where(dataset, |m| dataset.klasse(m) == Some(klasse))
}

fn direct_with_eigen_actor(dataset: &Dataset) -> usize {
    municipalities_where(dataset, |m| dataset.klasse(m) == Some(Klasse::Direct) && !dataset.eigen_actoren(m).is_empty())
}

fn bewust_geen_actor(dataset: &Dataset) -> usize {
    municipalities_where(dataset, |m| dataset.classification(m).is_some_and(|c| c.bewust_geen_actor))
}

fn trekker_beide(dataset: &Dataset) -> usize {
    municipalities_where(dataset, |m| dataset.role_split(m).is_some_and(|r| r.trekker == Besturen::Beide))
}

fn geformaliseerd(dataset: &Dataset) -> usize {
    municipalities_where(dataset, |m| dataset.role_split(m).is_some_and(|r| r.geformaliseerd))
}
