//! The sheets `Rolverdeling` and `Enkele cijfers` read back into the role splits: per
//! municipality the trekker, whether the division is formalised, who holds each role and
//! phase; per municipality × bestuur the figures.

use rustc_hash::{FxHashMap, FxHashSet};

use super::findings::names;
use super::problem::CellProblem;
use super::sheet::check_header;
use super::words::yes_no_cell;
use super::{FIGURES, ROLE_SPLIT, figures_header, role_split_header};
use crate::domain::complete::all_besturen;
use crate::domain::{Besturen, Bestuur, Cijfers, Dataset, RoleSplit, Taak};

/// The role splits the two sheets change (each marked with `mark`), how many changed in
/// `Rolverdeling` and how many in `Enkele cijfers`; every problem instead. A sheet that is
/// `None` (not in the workbook) changes nothing.
pub fn plan(
    splits: Option<&[Vec<String>]>,
    figures: Option<&[Vec<String>]>,
    dataset: &Dataset,
    file: &str,
    mark: &str,
) -> Result<(Vec<RoleSplit>, usize, usize), Vec<CellProblem>> {
    let mut problems = Vec::new();
    let asked_splits = splits.map(|rows| read_splits(rows, dataset, file)).transpose();
    let asked_figures = figures.map(|rows| read_figures(rows, dataset, file)).transpose();
    let (asked_splits, asked_figures) = match (asked_splits, asked_figures) {
        (Ok(s), Ok(f)) => (s.unwrap_or_default(), f.unwrap_or_default()),
        (s, f) => {
            problems.extend(s.err().unwrap_or_default());
            problems.extend(f.err().unwrap_or_default());
            return Err(problems);
        }
    };
    let (mut changed, mut split_count, mut figure_count) = (Vec::new(), 0, 0);
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        let current = dataset.role_split(m);
        let mut split = match (asked_splits.get(&m), current) {
            (Some(asked), _) => asked.clone(),
            (None, Some(current)) => current.clone(),
            (None, None) if asked_figures.get(&m).is_some_and(|c| *c != Cijfers::default()) => {
                empty_split(&municipality.id, all_besturen(municipality))
            }
            (None, None) => continue,
        };
        if let Some(current) = current {
            split.cijfers = current.cijfers.clone();
            split.source.clone_from(&current.source);
        }
        let split_changed = current.is_none_or(|c| !same_split(c, &split)) && asked_splits.contains_key(&m);
        if let Some(cijfers) = asked_figures.get(&m).filter(|c| **c != split.cijfers) {
            figure_count += 1;
            split.cijfers = cijfers.clone();
        }
        split_count += usize::from(split_changed);
        if current != Some(&split) {
            split.source = Some(mark.to_string());
            changed.push(split);
        }
    }
    Ok((changed, split_count, figure_count))
}

/// Everything but the figures and the source.
fn same_split(a: &RoleSplit, b: &RoleSplit) -> bool {
    (a.trekker, a.geformaliseerd, &a.rollen, &a.fasen) == (b.trekker, b.geformaliseerd, &b.rollen, &b.fasen)
}

fn empty_split(municipality: &str, trekker: Besturen) -> RoleSplit {
    RoleSplit {
        municipality: municipality.to_string(),
        trekker,
        geformaliseerd: false,
        rollen: Default::default(),
        fasen: Default::default(),
        cijfers: Cijfers::default(),
        source: None,
        measurement: None,
    }
}

/// The split each row asks for, by municipality; a row with nothing but the name leaves the
/// municipality without a split (as the template writes one that has none).
fn read_splits(
    rows: &[Vec<String>],
    dataset: &Dataset,
    file: &str,
) -> Result<FxHashMap<usize, RoleSplit>, Vec<CellProblem>> {
    let at = |row: u32, column: usize, message: String| CellProblem::at(file, ROLE_SPLIT, row, column as u32, message);
    let header = role_split_header();
    check_header(rows, &header, file, ROLE_SPLIT)?;
    let names = names(dataset);
    let (mut problems, mut asked) = (Vec::new(), FxHashMap::default());
    let mut seen = FxHashSet::default();
    for (r, cells) in rows.iter().enumerate().skip(1) {
        let r = r as u32;
        let cell = |c: usize| cells.get(c).map_or("", String::as_str);
        if (0..header.len()).all(|c| cell(c).is_empty()) {
            continue;
        }
        let m = match names.find(cell(0)) {
            Ok(m) => m,
            Err(message) => {
                problems.push(at(r, 0, message));
                continue;
            }
        };
        let municipality = &dataset.municipalities()[m];
        if !seen.insert(m) {
            problems.push(at(r, 0, format!("{} staat hier twee keer", municipality.name)));
            continue;
        }
        if (1..header.len()).all(|c| cell(c).is_empty()) {
            continue;
        }
        let holder = |c: usize, empty_ok: bool| -> Result<Option<Besturen>, String> {
            let allowed = if empty_ok { "G, O, G+O of leeg" } else { "G, O, G+O" };
            match Besturen::parse(cell(c)) {
                None if empty_ok && cell(c).is_empty() => Ok(None),
                None => Err(format!("'{}' is geen bestuur ({allowed})", cell(c))),
                Some(b) if !municipality.has(b) => {
                    Err(format!("bestuur {} bestaat niet in {}", b.label(), municipality.name))
                }
                Some(b) => Ok(Some(b)),
            }
        };
        let mut split = empty_split(&municipality.id, all_besturen(municipality));
        let mut ok = true;
        match holder(1, false) {
            Ok(Some(trekker)) => split.trekker = trekker,
            Ok(None) => {}
            Err(message) => (ok, _) = (false, problems.push(at(r, 1, message))),
        }
        match yes_no_cell(cell(2)) {
            Some(value) => split.geformaliseerd = value,
            None => (ok, _) = (false, problems.push(at(r, 2, format!("'{}' is geen ja of nee (ja, nee)", cell(2))))),
        }
        for (t, taak) in Taak::ALL.iter().enumerate() {
            match (holder(t + 3, true), taak) {
                (Ok(Some(b)), Taak::Rol(rol)) => _ = split.rollen.insert(*rol, b),
                (Ok(Some(b)), Taak::Fase(fase)) => _ = split.fasen.insert(*fase, b),
                (Ok(None), _) => {}
                (Err(message), _) => (ok, _) = (false, problems.push(at(r, t + 3, message))),
            }
        }
        if ok {
            asked.insert(m, split);
        }
    }
    if problems.is_empty() { Ok(asked) } else { Err(problems) }
}

/// The figures each municipality's rows ask for, by municipality (one row per bestuur).
fn read_figures(
    rows: &[Vec<String>],
    dataset: &Dataset,
    file: &str,
) -> Result<FxHashMap<usize, Cijfers>, Vec<CellProblem>> {
    let at = |row: u32, column: usize, message: String| CellProblem::at(file, FIGURES, row, column as u32, message);
    let header = figures_header();
    check_header(rows, &header, file, FIGURES)?;
    let names = names(dataset);
    let (mut problems, mut asked): (Vec<CellProblem>, FxHashMap<usize, Cijfers>) = (Vec::new(), FxHashMap::default());
    let mut seen = FxHashSet::default();
    for (r, cells) in rows.iter().enumerate().skip(1) {
        let r = r as u32;
        let cell = |c: usize| cells.get(c).map_or("", String::as_str);
        if (0..header.len()).all(|c| cell(c).is_empty()) {
            continue;
        }
        let m = match names.find(cell(0)) {
            Ok(m) => m,
            Err(message) => {
                problems.push(at(r, 0, message));
                continue;
            }
        };
        let municipality = &dataset.municipalities()[m];
        let bestuur = match Besturen::parse(cell(1)) {
            Some(Besturen::Gemeente) => Bestuur::Gemeente,
            Some(Besturen::Ocmw) => Bestuur::Ocmw,
            _ => {
                problems.push(at(r, 1, format!("'{}' is geen bestuur (gemeente, ocmw)", cell(1))));
                continue;
            }
        };
        if !municipality.besturen.contains(&bestuur) {
            let message = format!("bestuur {} bestaat niet in {}", Besturen::from(bestuur).label(), municipality.name);
            problems.push(at(r, 1, message));
            continue;
        }
        if !seen.insert((m, bestuur)) {
            problems.push(at(r, 0, format!("{} ({}) staat hier twee keer", municipality.name, cell(1))));
            continue;
        }
        let cijfers = asked.entry(m).or_default();
        for (f, values) in cijfers.fields_mut().into_iter().enumerate() {
            let typed = cell(f + 2);
            if typed.is_empty() {
                continue;
            }
            match typed.replace(',', ".").parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0) {
                Some(value) => _ = values.insert(bestuur, value),
                None => problems.push(at(r, f + 2, format!("'{typed}' is geen getal van 0 of meer"))),
            }
        }
    }
    if problems.is_empty() { Ok(asked) } else { Err(problems) }
}
