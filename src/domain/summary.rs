//! The regional summary: how many municipalities say ja per indicator, and the report's counts.

use serde::Serialize;

use super::{Besturen, Dataset, Klasse, Scope, Vorm};

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
    /// False for a total that only describes this dataset: an indicator the report gives no
    /// count for, a regional actor's relations without a source that counts them.
    pub report: bool,
    /// How many of the municipalities have no answer to it yet (`nog niet bevraagd`).
    #[serde(skip_serializing_if = "is_zero")]
    pub not_yet_asked: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The report's counts (the indicators it counts, then the classification, trekker, role-split
/// and counted regional-actor counts), then the dataset's own totals in the same order.
pub fn regional_summary(dataset: &Dataset) -> Vec<SummaryLine> {
    let total = dataset.municipalities().len();
    let line = |id: String, label: &str, count: usize| SummaryLine {
        id,
        label: label.to_string(),
        count,
        total,
        report: true,
        not_yet_asked: 0,
    };
    let mut lines: Vec<SummaryLine> = dataset
        .indicators()
        .iter()
        .enumerate()
        .map(|(i, indicator)| SummaryLine {
            report: indicator.counted_by_report(),
            not_yet_asked: dataset.not_yet_answered(i),
            ..line(indicator.id.clone(), &indicator.label, dataset.ja_count(i))
        })
        .collect();
    let unclassified = dataset.not_yet_classified();
    let without_split = (0..total).filter(|&m| dataset.role_split(m).is_none()).count();
    let counts = [
        ("klasse.direct", "eigen LDE-erkenning (direct actor)", klasse_count(dataset, Klasse::Direct)),
        ("klasse.direct_en_eigen_actor", "direct actor met eigen LDE-actor", direct_with_eigen_actor(dataset)),
        ("klasse.indirect", "eigen actor, geen erkenning (indirect actor)", klasse_count(dataset, Klasse::Indirect)),
        ("klasse.geen", "direct noch indirect actor", klasse_count(dataset, Klasse::Geen)),
        ("klasse.bewust_geen_actor", "bewust geen actor", bewust_geen_actor(dataset)),
        ("trekker.beide", "gemeente en OCMW trekken samen", trekker_beide(dataset)),
        ("rolverdeling.geformaliseerd", "taakverdeling gemeente–OCMW geformaliseerd", geformaliseerd(dataset)),
    ];
    lines.extend(counts.into_iter().map(|(id, label, count)| {
        let not_yet_asked = if id.starts_with("klasse.") { unclassified } else { without_split };
        SummaryLine { not_yet_asked, ..line(id.to_string(), label, count) }
    }));
    let regional = dataset.actors().iter().filter(|actor| actor.scope == Scope::Regionaal);
    let actor_lines = regional.map(|actor| {
        let count = dataset.municipalities().iter().filter(|m| actor.relates_to(&m.id)).count();
        let id = format!("actor.{}", actor.id);
        match &actor.count_source {
            Some(source) => line(id, &format!("{} actief ({source})", actor.name), count),
            None => {
                SummaryLine { report: false, ..line(id, &format!("{}: gemeenten met een relatie", actor.name), count) }
            }
        }
    });
    lines.extend(actor_lines);
    // The report's counts first, in their order; the dataset's own totals after them.
    let (counted, described): (Vec<_>, Vec<_>) = lines.into_iter().partition(|l| l.report);
    counted.into_iter().chain(described).collect()
}

fn municipalities_where(dataset: &Dataset, holds: impl Fn(usize) -> bool) -> usize {
    (0..dataset.municipalities().len()).filter(|&m| holds(m)).count()
}

fn klasse_count(dataset: &Dataset, klasse: Klasse) -> usize {
    municipalities_where(dataset, |m| dataset.klasse(m) == Some(klasse))
}

/// Direct actors that also have an eigen LDE actor: an eigen actor in the diensteneconomie.
fn direct_with_eigen_actor(dataset: &Dataset) -> usize {
    let lde = |a: &usize| dataset.actors().get(*a).is_some_and(|actor| actor.vormen.contains(&Vorm::Diensteneconomie));
    municipalities_where(dataset, |m| {
        dataset.klasse(m) == Some(Klasse::Direct) && dataset.eigen_actoren(m).iter().any(lde)
    })
}

fn bewust_geen_actor(dataset: &Dataset) -> usize {
    municipalities_where(dataset, |m| dataset.classification(m).is_some_and(|c| c.answered() && c.bewust_geen_actor))
}

fn trekker_beide(dataset: &Dataset) -> usize {
    municipalities_where(dataset, |m| dataset.role_split(m).is_some_and(|r| r.trekker == Besturen::Beide))
}

fn geformaliseerd(dataset: &Dataset) -> usize {
    municipalities_where(dataset, |m| dataset.role_split(m).is_some_and(|r| r.geformaliseerd))
}
