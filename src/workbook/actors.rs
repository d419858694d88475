//! The sheets `Actoren` and `Relaties` read back: each actor's name, forms, scope and
//! activity, and the whole list of its relations with municipalities. Actors are named by
//! id; one the dataset lacks is an error (add actors in the app), never added silently.

use rustc_hash::{FxHashMap, FxHashSet};

use super::findings::names;
use super::problem::CellProblem;
use super::sheet::{cell_text, check_header};
use super::{ACTORS, ACTORS_HEADER, RELATIONS, RELATIONS_HEADER};
use crate::domain::{Actor, Besturen, Dataset, Relation, RelationKind, Scope, Vorm, labels};

/// The actors the two sheets change, how many changed in `Actoren` and how many in
/// `Relaties`; every problem instead. A sheet that is `None` changes nothing.
pub fn plan(
    actors: Option<&[Vec<String>]>,
    relations: Option<&[Vec<String>]>,
    dataset: &Dataset,
    file: &str,
    mark: &str,
) -> Result<(Vec<Actor>, usize, usize), Vec<CellProblem>> {
    let asked_actors = actors.map(|rows| read_actors(rows, dataset, file)).transpose();
    let asked_relations = relations.map(|rows| read_relations(rows, dataset, file, mark)).transpose();
    let (asked_actors, asked_relations) = match (asked_actors, asked_relations) {
        (Ok(a), Ok(r)) => (a.unwrap_or_default(), r),
        (a, r) => {
            let mut problems = a.err().unwrap_or_default();
            problems.extend(r.err().unwrap_or_default());
            return Err(problems);
        }
    };
    let (mut changed, mut actor_count, mut relation_count) = (Vec::new(), 0, 0);
    for (a, current) in dataset.actors().iter().enumerate() {
        let mut actor = asked_actors.get(&a).cloned().unwrap_or_else(|| current.clone());
        actor_count += usize::from(actor != *current);
        if let Some(relations) = &asked_relations {
            actor.relations = relations.get(&a).cloned().unwrap_or_default();
            relation_count += usize::from(actor.relations != current.relations);
        }
        if actor != *current {
            changed.push(actor);
        }
    }
    Ok((changed, actor_count, relation_count))
}

/// The actor index a cell names by id.
fn actor_index(dataset: &Dataset, id: &str) -> Option<usize> {
    dataset.actors().iter().position(|a| a.id == id)
}

/// Each row's actor (by index) with its fields, relations as they are.
fn read_actors(
    rows: &[Vec<String>],
    dataset: &Dataset,
    file: &str,
) -> Result<FxHashMap<usize, Actor>, Vec<CellProblem>> {
    let at = |row: u32, column: u32, message: String| CellProblem::at(file, ACTORS, row, column, message);
    check_header(rows, &ACTORS_HEADER, file, ACTORS)?;
    let (mut problems, mut asked) = (Vec::new(), FxHashMap::default());
    for (r, cells) in rows.iter().enumerate().skip(1) {
        let r = r as u32;
        let cell = |c: usize| cells.get(c).map_or("", String::as_str);
        if (0..ACTORS_HEADER.len()).all(|c| cell(c).is_empty()) {
            continue;
        }
        let Some(a) = actor_index(dataset, cell(0)) else {
            let message = format!("'{}' is geen actor van dit project (nieuwe actoren voeg je toe in de app)", cell(0));
            problems.push(at(r, 0, message));
            continue;
        };
        let current = &dataset.actors()[a];
        if asked.contains_key(&a) {
            problems.push(at(r, 0, format!("actor '{}' staat hier twee keer", current.id)));
            continue;
        }
        let name = cell_text(&current.name, cell(1));
        if name.trim().is_empty() {
            problems.push(at(r, 1, "naam is leeg".to_string()));
        }
        let vormen = Vorm::parse_list(cell(2))
            .map_err(|word| at(r, 2, format!("'{word}' is geen vorm ({})", labels(&Vorm::ALL, Vorm::label))));
        let scope = Scope::parse(cell(3))
            .ok_or_else(|| at(r, 3, format!("'{}' is geen scope ({})", cell(3), labels(&Scope::ALL, Scope::label))));
        let activity = cell_text(&current.activity, cell(4));
        match (vormen, scope) {
            (Ok(vormen), Ok(scope)) if !name.trim().is_empty() => {
                asked.insert(a, Actor { name, vormen, scope, activity, ..current.clone() });
            }
            (vormen, scope) => problems.extend([vormen.err(), scope.err()].into_iter().flatten()),
        }
    }
    if problems.is_empty() { Ok(asked) } else { Err(problems) }
}

/// Every actor's relations as the rows list them, by actor index; a relation that was there
/// already keeps its source, a new one gets `mark`.
fn read_relations(
    rows: &[Vec<String>],
    dataset: &Dataset,
    file: &str,
    mark: &str,
) -> Result<FxHashMap<usize, Vec<Relation>>, Vec<CellProblem>> {
    let at = |row: u32, column: u32, message: String| CellProblem::at(file, RELATIONS, row, column, message);
    check_header(rows, &RELATIONS_HEADER, file, RELATIONS)?;
    let names = names(dataset);
    let (mut problems, mut asked): (Vec<CellProblem>, FxHashMap<usize, Vec<Relation>>) =
        (Vec::new(), FxHashMap::default());
    let mut seen = FxHashSet::default();
    for (r, cells) in rows.iter().enumerate().skip(1) {
        let r = r as u32;
        let cell = |c: usize| cells.get(c).map_or("", String::as_str);
        if (0..RELATIONS_HEADER.len()).all(|c| cell(c).is_empty()) {
            continue;
        }
        let a = actor_index(dataset, cell(0));
        if a.is_none() {
            problems.push(at(r, 0, format!("'{}' is geen actor van dit project", cell(0))));
        }
        let m = names.find(cell(1)).map_err(|message| problems.push(at(r, 1, message))).ok();
        let kind = RelationKind::parse(cell(2));
        if kind.is_none() {
            let all = labels(&RelationKind::ALL, RelationKind::label);
            problems.push(at(r, 2, format!("'{}' is geen relatie ({all})", cell(2))));
        }
        let bestuur = Besturen::parse(cell(3));
        if bestuur.is_none() {
            problems.push(at(r, 3, format!("'{}' is geen bestuur (gemeente, ocmw, beide)", cell(3))));
        }
        let (Some(a), Some(m), Some(kind), Some(bestuur)) = (a, m, kind, bestuur) else { continue };
        let municipality = &dataset.municipalities()[m];
        if !municipality.has(bestuur) {
            problems.push(at(r, 3, format!("bestuur {} bestaat niet in {}", bestuur.label(), municipality.name)));
            continue;
        }
        if !seen.insert((a, m, kind)) {
            let message =
                format!("relatie '{}' van '{}' met {} staat hier twee keer", kind.label(), cell(0), municipality.name);
            problems.push(at(r, 2, message));
            continue;
        }
        let same = |x: &&Relation| x.municipality == municipality.id && x.kind == kind && x.bestuur == bestuur;
        let earlier = dataset.actors()[a].relations.iter().find(same).cloned();
        let relation = earlier.unwrap_or_else(|| Relation {
            municipality: municipality.id.clone(),
            kind,
            bestuur,
            source: Some(mark.to_string()),
        });
        asked.entry(a).or_default().push(relation);
    }
    if problems.is_empty() { Ok(asked) } else { Err(problems) }
}
