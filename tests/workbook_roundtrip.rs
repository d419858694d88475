//! Template then import without edits changes nothing, over random projects: names with
//! accents, findings for some cells only, besturen split over two findings, notes with
//! formula prefixes, quotes, control characters and surrounding spaces.

use proptest::prelude::*;
use regie::dataset::{Source, load};
use regie::domain::{Baseline, Besturen, Finding, Verdict, Workspace};
use regie::project::{Start, create, municipalities};
use regie::workbook::{import, template};

/// One random answer: municipality, indicator, verdict, note, split over gemeente and OCMW.
type Answer = (usize, usize, usize, String, bool);

fn answers() -> impl Strategy<Value = Vec<Answer>> {
    let note = "[a-zé '=+@\\-\t\n\u{202E}]{0,16}";
    prop::collection::vec((0usize..6, 0usize..51, 0usize..4, note, any::<bool>()), 0..40)
}

fn findings(names: &[String], answers: &[Answer], indicators: &[String]) -> Vec<Finding> {
    let mut done = std::collections::HashSet::new();
    let mut findings = Vec::new();
    for (m, i, verdict, note, split) in answers {
        let (m, i) = (m % names.len(), *i);
        if !done.insert((m, i)) {
            continue;
        }
        let besturen: &[Besturen] = if *split { &[Besturen::Gemeente, Besturen::Ocmw] } else { &[Besturen::Beide] };
        for (n, bestuur) in besturen.iter().enumerate() {
            findings.push(Finding {
                municipality: regie::project::municipality_id(&names[m]),
                indicator: indicators[i].clone(),
                bestuur: *bestuur,
                verdict: Verdict::CYCLE[(verdict + n) % 4],
                note: note.clone(),
                source: None,
            });
        }
    }
    findings
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn template_then_import_changes_nothing(count in 1usize..6, answers in answers()) {
        let names: Vec<String> = (0..count).map(|n| format!("Sint-Éloi {n}")).collect();
        let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let dir = root.path().join("p");
        let list = municipalities(&names.join(";")).unwrap_or_else(|p| panic!("{p:?}"));
        create(&dir, &Start::Municipalities(list)).unwrap_or_else(|p| panic!("{p}"));
        let fresh = load(&Source::Directory(dir.clone())).unwrap_or_else(|p| panic!("{p:?}"));
        let indicators: Vec<String> = fresh.indicators().iter().map(|i| i.id.clone()).collect();
        let text = ron::to_string(&findings(&names, &answers, &indicators)).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.join("findings.ron"), text).unwrap_or_else(|e| panic!("{e}"));
        let dataset = load(&Source::Directory(dir.clone())).unwrap_or_else(|p| panic!("{p:?}"));
        let bytes = template(&dataset).unwrap_or_else(|e| panic!("{e}"));
        let file = root.path().join("wb.xlsx");
        std::fs::write(&file, bytes).unwrap_or_else(|e| panic!("{e}"));
        let workspace = Workspace::default();
        let imported = import(&file, "wb.xlsx", &dataset, &Baseline::default(), &workspace, "import wb.xlsx 2026-11-27");
        let imported = imported.unwrap_or_else(|p| panic!("{p:?}"));
        prop_assert_eq!(imported.findings, 0);
        prop_assert_eq!(imported.workspace, workspace);
    }
}
