//! A large synthetic dataset and workspace (e.g. all 300 municipalities of Flanders, years of
//! meetings) for benchmarks and for trying the app at scale. Deterministic: the same size
//! always gives the same files.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::Path;
use std::sync::Arc;

use jiff::ToSpan;
use jiff::civil::{Date, date};
use serde::Serialize;

use crate::domain::Workspace;
use crate::domain::{
    Actor, Besturen, Bestuur, Classification, Component, DatasetParts, Fase, Finding, FollowUp, FollowUpStatus,
    Indicator, Link, Meeting, Municipality, Owner, Provenance, Relation, RelationKind, Rol, RoleSplit, Scope, Table,
    Verdict, Vorm,
};
use crate::workspace::store;

/// How large to make it.
#[derive(Debug, Clone, Copy)]
pub struct DemoSize {
    /// Municipalities.
    pub municipalities: usize,
    /// Indicators per component (four components).
    pub indicators_per_component: usize,
    /// Follow-up actions in the workspace.
    pub follow_ups: usize,
}

impl DemoSize {
    /// 300 municipalities × 200 indicators = 60 000 findings, 10 000 actions.
    pub const FLANDERS: DemoSize = DemoSize { municipalities: 300, indicators_per_component: 50, follow_ups: 10_000 };
}

/// A xorshift sequence: small, fast, deterministic for a seed (not zero).
pub struct Random(pub u64);

impl Random {
    /// The next number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

const BESTUREN: [Besturen; 3] = [Besturen::Gemeente, Besturen::Ocmw, Besturen::Beide];
const VERDICTS: [Verdict; 4] = [Verdict::Ja, Verdict::Deels, Verdict::Nee, Verdict::Onbekend];

fn municipality_id(m: usize) -> String {
    format!("gemeente-{m:03}")
}

/// The dataset tables and the workspace of a size.
pub fn generate(size: DemoSize) -> (DatasetParts, Workspace) {
    let mut random = Random(0x5EED_2026);
    let municipalities: Vec<Municipality> = (0..size.municipalities)
        .map(|m| Municipality {
            id: municipality_id(m),
            name: format!("Gemeente {m:03}"),
            besturen: vec![Bestuur::Gemeente, Bestuur::Ocmw],
            centrumstad: m == 0,
        })
        .collect();
    let indicators = indicators(size.indicators_per_component);
    let findings = findings(&municipalities, &indicators, &mut random);
    let parts = DatasetParts {
        provenance: Provenance {
            title: format!("Synthetische dataset: {} gemeenten", size.municipalities),
            source: "regie demo-data".to_string(),
            illustrative: true,
            note: "Gegenereerd voor metingen; geen echte gegevens.".to_string(),
        },
        components: components(),
        classifications: municipalities.iter().map(|m| classification(m, &mut random)).collect(),
        role_splits: municipalities.iter().map(|m| role_split(m, &mut random)).collect(),
        actors: actors(&municipalities, &mut random),
        municipalities,
        indicators,
        findings,
    };
    let workspace = workspace(&parts, size.follow_ups, &mut random);
    (parts, workspace)
}

fn components() -> Vec<Component> {
    let labels = [
        ("Overzicht over de gehele situatie", "Overzicht"),
        ("Beleidslijnen uitzetten", "Beleidslijnen"),
        ("Organiseren van inzet en samenwerking", "Samenwerking"),
        ("Verantwoording afleggen", "Verantwoording"),
    ];
    labels
        .iter()
        .enumerate()
        .map(|(i, (label, short))| Component {
            nr: i as u8 + 1,
            label: label.to_string(),
            short: short.to_string(),
            question: format!("Openingsvraag van component {}?", i + 1),
            activities: vec!["synthetische activiteit".to_string()],
        })
        .collect()
}

fn indicators(per_component: usize) -> Vec<Indicator> {
    (1..=4)
        .flat_map(|c| {
            (0..per_component).map(move |n| {
                let id = format!("{c}.{}.{}a", n / 10 + 1, n % 10 + 1);
                Indicator {
                    label: format!("Synthetische indicator {id}"),
                    question: format!("Vraag {id}?"),
                    id,
                    appendix: None,
                    elsewhere: None,
                    report: None,
                }
            })
        })
        .collect()
}

fn findings(municipalities: &[Municipality], indicators: &[Indicator], random: &mut Random) -> Vec<Finding> {
    let mut findings = Vec::with_capacity(municipalities.len() * indicators.len());
    for municipality in municipalities {
        for indicator in indicators {
            let verdict = random.pick(&VERDICTS);
            findings.push(Finding {
                municipality: municipality.id.clone(),
                indicator: indicator.id.clone(),
                bestuur: random.pick(&BESTUREN),
                verdict,
                note: format!("{} op {}: {} volgens het interview.", municipality.name, indicator.id, verdict.label()),
                source: None,
            });
        }
    }
    findings
}

fn classification(municipality: &Municipality, random: &mut Random) -> Classification {
    let direct = random.below(3) == 0;
    Classification {
        municipality: municipality.id.clone(),
        lde_erkenning: direct.then(|| random.pick(&[Bestuur::Gemeente, Bestuur::Ocmw])),
        bewust_geen_actor: !direct,
        visie: random.below(2) == 0,
        slagkracht: random.below(2) == 0,
        source: None,
        measurement: None,
    }
}

fn role_split(municipality: &Municipality, random: &mut Random) -> RoleSplit {
    let mut rollen = BTreeMap::new();
    for rol in Rol::ALL {
        if random.below(5) > 0 {
            rollen.insert(rol, random.pick(&BESTUREN));
        }
    }
    let fasen: BTreeMap<Fase, Besturen> = Fase::ALL.into_iter().map(|f| (f, random.pick(&BESTUREN))).collect();
    RoleSplit {
        municipality: municipality.id.clone(),
        trekker: random.pick(&BESTUREN),
        geformaliseerd: random.below(10) == 0,
        rollen,
        fasen,
        cijfers: Default::default(),
        source: None,
        measurement: None,
    }
}

fn actors(municipalities: &[Municipality], random: &mut Random) -> Vec<Actor> {
    let kinds =
        [RelationKind::EigenActor, RelationKind::Klant, RelationKind::Overeenkomst, RelationKind::Bestuurszetel];
    let vormen = [Vorm::Degressief, Vorm::Permanent, Vorm::Tijdelijk, Vorm::Diensteneconomie];
    (0..municipalities.len() * 2)
        .map(|a| {
            let home = &municipalities[a / 2];
            let regional = a % 10 == 0;
            let reach = if regional { 12 } else { 1 };
            let relations = (0..reach)
                .map(|r| Relation {
                    municipality: municipalities[(a / 2 + r) % municipalities.len()].id.clone(),
                    kind: kinds[r % kinds.len()],
                    bestuur: random.pick(&BESTUREN),
                    source: None,
                })
                .collect();
            Actor {
                id: format!("actor-{a:04}"),
                name: format!("Initiatief {a:04} {}", home.name),
                vormen: vec![random.pick(&vormen)],
                scope: if regional { Scope::Regionaal } else { Scope::Lokaal },
                activity: "synthetische activiteit".to_string(),
                source: None,
                relations,
                count_source: None,
            }
        })
        .collect()
}

fn workspace(parts: &DatasetParts, actions: usize, random: &mut Random) -> Workspace {
    let start: Date = date(2022, 1, 10);
    let meetings: Vec<Meeting> = (0..50u64)
        .map(|i| Meeting {
            id: i + 1,
            date: start.checked_add((i as i64 * 4).weeks()).unwrap_or(start),
            title: format!("Stuurgroep {}", i + 1),
            attendees: vec!["Voorzitter".to_string(), "Secretaris".to_string()],
            excused: Vec::new(),
            ended: true,
            measurement: None,
        })
        .collect();
    let statuses = [FollowUpStatus::Open, FollowUpStatus::Bezig, FollowUpStatus::Klaar, FollowUpStatus::Geschrapt];
    let count = actions;
    let actions: Vec<Arc<FollowUp>> = (0..count)
        .map(|a| {
            let municipality = &parts.municipalities[random.below(parts.municipalities.len())];
            let indicator = &parts.indicators[random.below(parts.indicators.len())];
            let link = match a % 3 {
                0 => Link::Cell { municipality: municipality.id.clone(), component: random.below(4) as u8 + 1 },
                1 => Link::Finding { municipality: municipality.id.clone(), indicator: indicator.id.clone() },
                _ => Link::Municipality(municipality.id.clone()),
            };
            let meeting = &meetings[a * meetings.len() / count.max(1)];
            Arc::new(FollowUp {
                id: 100 + a as u64,
                text: format!("Actie {a}: opvolgen met {}", municipality.name),
                links: vec![link],
                owner: Some([Owner::Gemeente, Owner::Ocmw, Owner::Beide][random.below(3)].clone()),
                due: meeting.date.checked_add((random.below(120) as i64).days()).ok(),
                status: random.pick(&statuses),
                meeting: Some(meeting.id),
            })
        })
        .collect();
    Workspace { meetings, follow_ups: actions, next_id: 100 + count as u64 + 1, ..Workspace::default() }
}

/// One item per line, as in the shipped dataset.
fn ron_text<T: Serialize>(value: &T) -> io::Result<String> {
    let config = ron::ser::PrettyConfig::default().struct_names(true).compact_structs(true).compact_maps(true);
    ron::ser::to_string_pretty(value, config).map_err(io::Error::other)
}

/// Writes the dataset tables into `dir` and the workspace into `dir/workspace`.
pub fn write(dir: &Path, parts: &DatasetParts, workspace: &Workspace) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    for table in Table::ALL {
        let text = match table {
            Table::Provenance => ron_text(&parts.provenance)?,
            Table::Municipalities => ron_text(&parts.municipalities)?,
            Table::Components => ron_text(&parts.components)?,
            Table::Indicators => ron_text(&parts.indicators)?,
            Table::Findings => ron_text(&parts.findings)?,
            Table::Classifications => ron_text(&parts.classifications)?,
            Table::RoleSplits => ron_text(&parts.role_splits)?,
            Table::Actors => ron_text(&parts.actors)?,
        };
        fs::write(dir.join(table.file_name()), text)?;
    }
    store::save(&dir.join("workspace"), workspace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{Source, load};

    #[test]
    fn a_small_demo_passes_the_check_and_its_workspace_loads() {
        let dir = tempfile::tempdir().unwrap();
        let size = DemoSize { municipalities: 7, indicators_per_component: 12, follow_ups: 40 };
        let (parts, workspace) = generate(size);
        write(dir.path(), &parts, &workspace).unwrap();
        let dataset = load(&Source::Directory(dir.path().to_path_buf())).unwrap();
        assert_eq!(dataset.findings().len(), 7 * 48);
        let read = crate::workspace::open::read(&dir.path().join("workspace")).unwrap_or_else(|p| panic!("{p}"));
        let opened = read.check(&dataset).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(opened.workspace.follow_ups.len(), 40);
        assert!(opened.damage.is_empty(), "{:?}", opened.damage);
        assert_eq!(generate(size).1, workspace, "deterministic");
    }
}
