//! The shipped dataset reproduces every count of the 2010 report, exactly or inside
//! the range the report gives.
// Harness code outside #[test] functions: a failed set-up stops the run with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::ops::RangeInclusive;

use regie::dataset::{Source, load};
use regie::domain::{Dataset, regional_summary};

/// What the report says, out of 13; `None` where it says nothing countable.
const REPORT: [(&str, Option<RangeInclusive<usize>>); 59] = [
    ("1.1.1a", Some(13..=13)),
    ("1.1.1b", Some(5..=5)),
    ("1.1.2a", Some(10..=10)),
    ("1.1.2b", Some(13..=13)),
    ("1.1.2c", Some(1..=1)),
    ("1.1.2d", Some(8..=8)),
    ("1.1.3a", Some(0..=4)),
    ("1.2.1a", Some(2..=2)),
    ("1.2.1b", Some(0..=0)),
    ("1.2.2a", Some(11..=13)),
    ("1.2.2b", Some(11..=13)),
    ("1.2.2c", Some(1..=1)),
    ("1.3.1a", Some(7..=13)),
    ("1.3.2a", Some(0..=6)),
    ("1.4.1a", None),
    ("1.5.1a", None),
    ("1.5.2a", None),
    ("2.1.1a", Some(10..=10)),
    ("2.1.1b", Some(0..=10)),
    ("2.1.1c", Some(10..=10)),
    ("2.1.2a", Some(5..=5)),
    ("2.1.3a", None),
    ("2.1.4a", None),
    ("2.2.1a", None),
    ("2.2.2a", Some(6..=7)),
    ("2.2.3a", None),
    ("2.3.1a", Some(0..=6)),
    ("2.3.2a", Some(5..=5)),
    ("2.4.1a", None),
    ("2.4.1b", Some(8..=8)),
    ("2.4.2a", Some(0..=6)),
    ("2.4.3a", None),
    ("3.1.1a", Some(8..=8)),
    ("3.1.1b", Some(0..=0)),
    ("3.1.2a", None),
    ("3.2.1a", Some(4..=4)),
    ("3.2.1b", None),
    ("3.2.2a", None),
    ("3.2.3a", None),
    ("3.2.4a", None),
    ("3.2.5a", None),
    ("4.1.1a", Some(3..=3)),
    ("4.1.1b", Some(5..=5)),
    ("4.1.2a", Some(13..=13)),
    ("4.1.2b", Some(7..=13)),
    ("4.1.2c", Some(1..=1)),
    ("4.1.3a", None),
    ("4.2.1a", Some(11..=13)),
    ("4.2.1b", Some(11..=13)),
    ("4.2.1c", Some(0..=6)),
    ("4.2.1d", Some(0..=6)),
    ("klasse.direct", Some(5..=5)),
    ("klasse.direct_en_eigen_actor", Some(3..=3)),
    ("klasse.indirect", Some(6..=6)),
    ("klasse.geen", Some(2..=2)),
    ("klasse.bewust_geen_actor", Some(8..=8)),
    ("trekker.beide", Some(1..=1)),
    ("rolverdeling.geformaliseerd", Some(0..=0)),
    ("actor.energiesnoeiers", Some(12..=12)),
];

fn shipped() -> Dataset {
    load(&Source::Shipped).unwrap_or_else(|problems| panic!("shipped dataset: {problems:?}"))
}

fn ja_set(dataset: &Dataset, indicator: &str) -> Vec<String> {
    let i = dataset.indicator_index(indicator).expect("no {indicator}");
    let municipalities = dataset.municipalities().iter().enumerate();
    municipalities
        .filter(|(m, _)| dataset.verdict(*m, i) == regie::domain::Verdict::Ja)
        .map(|(_, municipality)| municipality.id.clone())
        .collect()
}

#[test]
fn every_count_of_the_report_is_reproduced() {
    let dataset = shipped();
    let summary: HashMap<String, (usize, usize)> =
        regional_summary(&dataset).into_iter().map(|l| (l.id, (l.count, l.total))).collect();
    for (id, expected) in REPORT {
        let (count, total) = summary.get(id).copied().expect("no summary line {id}");
        assert_eq!(total, 13, "{id}");
        if let Some(range) = expected {
            assert!(range.contains(&count), "{id}: {count}, report {range:?}");
        }
    }
}

#[test]
fn there_are_13_municipalities_4_components_and_87_questions_the_old_51_among_them() {
    let dataset = shipped();
    assert_eq!(dataset.municipalities().len(), 13);
    assert_eq!(dataset.components().len(), 4);
    assert_eq!(dataset.indicators().len(), 87);
    assert_eq!(dataset.findings().len(), 13 * 87);
    for (id, _) in &REPORT[..51] {
        assert!(dataset.indicator(id).is_some(), "{id} kept");
    }
}

/// `report: true` exactly for the report's counts (35 indicators and 8 other counts).
#[test]
fn report_is_true_exactly_for_the_report_s_counts() {
    let dataset = shipped();
    for line in regional_summary(&dataset) {
        let counted = REPORT.iter().any(|(id, range)| *id == line.id && range.is_some());
        assert_eq!(line.report, counted, "{}", line.id);
    }
    assert_eq!(regional_summary(&dataset).iter().filter(|l| l.report).count(), 43);
}

#[test]
fn dependent_indicators_hold_together() {
    let dataset = shipped();
    let embedded = ja_set(&dataset, "1.1.2a");
    assert!(ja_set(&dataset, "1.1.2d").iter().all(|m| embedded.contains(m)));
    let programme = ja_set(&dataset, "2.1.1a");
    assert_eq!(programme, ja_set(&dataset, "2.1.1c"));
    assert!(ja_set(&dataset, "2.1.1b").iter().all(|m| programme.contains(m)));
    assert!(ja_set(&dataset, "2.1.2a").iter().all(|m| programme.contains(m)));
    for only_kortrijk in ["1.1.2c", "1.2.2c", "4.1.2c"] {
        assert_eq!(ja_set(&dataset, only_kortrijk), ["kortrijk"], "{only_kortrijk}");
    }
}

#[test]
fn kortrijk_follows_the_reports() {
    let dataset = shipped();
    let k = dataset.municipality_index("kortrijk").expect("no kortrijk");
    assert!(dataset.municipalities()[k].centrumstad);
    let classification = dataset.classification(k).expect("no classification");
    assert_eq!(classification.variant(), regie::domain::RegieVariant::Visionair);
    let split = dataset.role_split(k).expect("no role split");
    assert_eq!(split.trekker, regie::domain::Besturen::Beide);
    assert!(ja_set(&dataset, "2.1.2a").contains(&"kortrijk".to_string()));
}

#[test]
fn the_provenance_says_the_distribution_is_illustrative() {
    let dataset = shipped();
    assert!(dataset.provenance().illustrative);
    assert!(dataset.provenance().note.contains("illustratie"), "{}", dataset.provenance().note);
}
