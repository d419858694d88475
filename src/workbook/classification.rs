//! The sheet `Classificatie` read back: per municipality its LDE recognition, bewust geen
//! actor, visie and slagkracht (the class beside them is derived, not read).

use rustc_hash::FxHashSet;

use super::findings::names;
use super::problem::CellProblem;
use super::sheet::check_header;
use super::words::yes_no_cell;
use super::{CLASSIFICATION, CLASSIFICATION_HEADER, CLASSIFICATION_READ};
use crate::domain::{Besturen, Bestuur, Classification, Dataset};

/// The classifications the rows change, each marked with `mark` as its source; every problem
/// instead.
pub fn plan(
    rows: &[Vec<String>],
    dataset: &Dataset,
    file: &str,
    mark: &str,
) -> Result<Vec<Classification>, Vec<CellProblem>> {
    let at = |row: u32, column: u32, message: String| CellProblem::at(file, CLASSIFICATION, row, column, message);
    check_header(rows, &CLASSIFICATION_HEADER[..CLASSIFICATION_READ], file, CLASSIFICATION)?;
    let names = names(dataset);
    let (mut problems, mut changed, mut seen) = (Vec::new(), Vec::new(), FxHashSet::default());
    for (r, cells) in rows.iter().enumerate().skip(1) {
        let r = r as u32;
        let cell = |c: usize| cells.get(c).map_or("", String::as_str);
        if (0..CLASSIFICATION_READ).all(|c| cell(c).is_empty()) {
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
        let lde = match cell(1).to_lowercase().as_str() {
            "" | "geen" => Ok(None),
            word => match Besturen::parse(word) {
                Some(Besturen::Gemeente) => Ok(Some(Bestuur::Gemeente)),
                Some(Besturen::Ocmw) => Ok(Some(Bestuur::Ocmw)),
                _ => Err(format!("'{}' is geen LDE-erkenning (geen, gemeente, ocmw)", cell(1))),
            },
        };
        let lde = lde.and_then(|lde| match lde {
            Some(b) if !municipality.besturen.contains(&b) => {
                Err(format!("bestuur {} bestaat niet in {}", Besturen::from(b).label(), municipality.name))
            }
            other => Ok(other),
        });
        let flag = |c: usize| yes_no_cell(cell(c)).ok_or_else(|| format!("'{}' is geen ja of nee (ja, nee)", cell(c)));
        let (bewust, visie, slagkracht) = (flag(2), flag(3), flag(4));
        let mut ok = true;
        for (c, result) in [
            (1, lde.as_ref().err()),
            (2, bewust.as_ref().err()),
            (3, visie.as_ref().err()),
            (4, slagkracht.as_ref().err()),
        ] {
            if let Some(message) = result {
                problems.push(at(r, c, message.clone()));
                ok = false;
            }
        }
        let (Ok(lde), Ok(bewust), Ok(visie), Ok(slagkracht), true) = (lde, bewust, visie, slagkracht, ok) else {
            continue;
        };
        if bewust && lde.is_some() {
            problems.push(at(r, 2, "bewust geen actor en een LDE-erkenning sluiten elkaar uit".to_string()));
            continue;
        }
        let Some(current) = dataset.classification(m) else { continue };
        let asked =
            Classification { lde_erkenning: lde, bewust_geen_actor: bewust, visie, slagkracht, ..current.clone() };
        if asked != *current {
            changed.push(Classification { source: Some(mark.to_string()), ..asked });
        }
    }
    if problems.is_empty() { Ok(changed) } else { Err(problems) }
}
