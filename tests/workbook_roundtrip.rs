//! Template then import without edits changes nothing, over random projects: names with
//! accents, findings for some cells only, besturen split over two findings, notes with
//! formula prefixes, quotes, control characters and surrounding spaces; classifications, role
//! splits with figures (fractions too) for some municipalities, actors with odd names and
//! their relations.

use proptest::prelude::*;
use regie::dataset::{Source, load};
use regie::domain::{
    Actor, Baseline, Besturen, Bestuur, Cijfers, Classification, Finding, Relation, RelationKind, RoleSplit, Scope,
    Taak, Verdict, Vorm, Workspace,
};
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

/// One random classification: LDE (0 none, 1 gemeente, 2 OCMW), bewust, visie, slagkracht.
type Classified = (usize, bool, bool, bool);
/// One random role split: trekker, formalised, a holder per task (0–3, 3 nobody), figures.
type Split = (usize, bool, Vec<usize>, Vec<Option<u32>>);
/// One random actor: name, forms, regional, activity, relations (municipality, kind, bestuur).
type RandomActor = (String, Vec<usize>, bool, String, Vec<(usize, usize, usize)>);

fn records() -> impl Strategy<Value = (Vec<Option<Classified>>, Vec<Option<Split>>, Vec<RandomActor>)> {
    let classified = prop::option::of((0usize..3, any::<bool>(), any::<bool>(), any::<bool>()));
    let figures = prop::collection::vec(prop::option::of(0u32..2_000_000), 12);
    let split = prop::option::of((0usize..3, any::<bool>(), prop::collection::vec(0usize..4, 14), figures));
    let text = "[a-zé '=+@\\-\t\u{202E}]{1,12}";
    let relation = (0usize..6, 0usize..5, 0usize..3);
    let actor =
        (text, prop::collection::vec(0usize..5, 0..3), any::<bool>(), text, prop::collection::vec(relation, 0..5));
    (prop::collection::vec(classified, 6), prop::collection::vec(split, 6), prop::collection::vec(actor, 0..4))
}

const HOLDERS: [Besturen; 3] = [Besturen::Gemeente, Besturen::Ocmw, Besturen::Beide];

fn classification(id: &str, (lde, bewust, visie, slagkracht): Classified) -> Classification {
    let lde = [None, Some(Bestuur::Gemeente), Some(Bestuur::Ocmw)][lde];
    let bewust_geen_actor = bewust && lde.is_none();
    let municipality = id.to_string();
    Classification {
        municipality,
        lde_erkenning: lde,
        bewust_geen_actor,
        visie,
        slagkracht,
        source: None,
        measurement: None,
    }
}

fn role_split(id: &str, (trekker, geformaliseerd, holders, figures): Split) -> RoleSplit {
    let mut split = RoleSplit {
        municipality: id.to_string(),
        trekker: HOLDERS[trekker],
        geformaliseerd,
        rollen: Default::default(),
        fasen: Default::default(),
        cijfers: Cijfers::default(),
        source: None,
        measurement: None,
    };
    for (taak, holder) in Taak::ALL.iter().zip(holders) {
        match (taak, HOLDERS.get(holder)) {
            (Taak::Rol(rol), Some(b)) => _ = split.rollen.insert(*rol, *b),
            (Taak::Fase(fase), Some(b)) => _ = split.fasen.insert(*fase, *b),
            (_, None) => {}
        }
    }
    let besturen = [Bestuur::Gemeente, Bestuur::Ocmw];
    for (n, value) in figures.into_iter().enumerate() {
        if let (Some(value), Some(values)) = (value, split.cijfers.fields_mut().into_iter().nth(n / 2)) {
            values.insert(besturen[n % 2], f64::from(value) / 8.0);
        }
    }
    split
}

fn actor(n: usize, ids: &[String], (name, vormen, regional, activity, relations): RandomActor) -> Actor {
    let mut seen = std::collections::HashSet::new();
    let relations = relations
        .into_iter()
        .map(|(m, kind, bestuur)| (m % ids.len(), RelationKind::ALL[kind], HOLDERS[bestuur]))
        .filter(|(m, kind, _)| seen.insert((*m, *kind)))
        .map(|(m, kind, bestuur)| Relation { municipality: ids[m].clone(), kind, bestuur, source: None })
        .collect();
    let mut forms: Vec<Vorm> = vormen.into_iter().map(|v| Vorm::ALL[v]).collect();
    forms.dedup();
    Actor {
        id: format!("actor-{n}"),
        name: format!("{name}x"),
        vormen: forms,
        scope: if regional { Scope::Regionaal } else { Scope::Lokaal },
        activity,
        source: None,
        relations,
        count_source: None,
    }
}

fn write(dir: &std::path::Path, file: &str, value: &impl serde::Serialize) {
    let text = ron::to_string(value).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join(file), text).unwrap_or_else(|e| panic!("{e}"));
}

/// Template then import on `dataset` records nothing.
fn round_trip(dataset: &regie::domain::Dataset, root: &std::path::Path) -> Result<(), TestCaseError> {
    let bytes = template(dataset, None, None).unwrap_or_else(|e| panic!("{e}"));
    let file = root.join("wb.xlsx");
    std::fs::write(&file, bytes).unwrap_or_else(|e| panic!("{e}"));
    let workspace = Workspace::default();
    let imported = import(&file, "wb.xlsx", dataset, &Baseline::default(), &workspace, "import wb.xlsx 2026-11-27");
    let imported = imported.unwrap_or_else(|p| panic!("{p:?}"));
    let counts = (imported.findings, imported.classifications, imported.role_splits, imported.figures);
    prop_assert_eq!(counts, (0, 0, 0, 0));
    prop_assert_eq!((imported.actors, imported.relations), (0, 0));
    prop_assert_eq!(imported.workspace, workspace);
    Ok(())
}

#[test]
fn template_then_import_of_the_sample_changes_nothing() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dataset = load(&Source::Shipped).unwrap_or_else(|p| panic!("{p:?}"));
    round_trip(&dataset, root.path()).unwrap_or_else(|e| panic!("{e}"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn template_then_import_changes_nothing(count in 1usize..6, answers in answers(), records in records()) {
        let names: Vec<String> = (0..count).map(|n| format!("Sint-Éloi {n}")).collect();
        let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let dir = root.path().join("p");
        let list = municipalities(&names.join(";")).unwrap_or_else(|p| panic!("{p:?}"));
        create(&dir, &Start::Municipalities(list)).unwrap_or_else(|p| panic!("{p}"));
        let fresh = load(&Source::Directory(dir.clone())).unwrap_or_else(|p| panic!("{p:?}"));
        let indicators: Vec<String> = fresh.indicators().iter().map(|i| i.id.clone()).collect();
        let text = ron::to_string(&findings(&names, &answers, &indicators)).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.join("findings.ron"), text).unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<String> = names.iter().map(|n| regie::project::municipality_id(n)).collect();
        let (classified, splits, actors) = records;
        let classifications: Vec<Classification> =
            ids.iter().zip(classified).filter_map(|(id, c)| Some(classification(id, c?))).collect();
        let splits: Vec<RoleSplit> = ids.iter().zip(splits).filter_map(|(id, s)| Some(role_split(id, s?))).collect();
        let actors: Vec<Actor> = actors.into_iter().enumerate().map(|(n, a)| actor(n, &ids, a)).collect();
        write(&dir, "classifications.ron", &classifications);
        write(&dir, "role_splits.ron", &splits);
        write(&dir, "actors.ron", &actors);
        let dataset = load(&Source::Directory(dir.clone())).unwrap_or_else(|p| panic!("{p:?}"));
        round_trip(&dataset, root.path())?;
    }
}
