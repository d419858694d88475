//! Two measurements side by side: per municipality × component the level before and after,
//! and every finding whose verdict, bestuur or note changed. The app's compare view, `regie
//! compare` and the report's changes all read this.

use super::describe::cell_level;
use super::{Besturen, Dataset, Finding, Klasse, RegieVariant, Workspace};

/// The mark beside what changed since the compared measurement (a role, a quadrant).
pub const CHANGED: &str = "Δ";

/// How a level moved between two measurements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LevelChange {
    /// Up by this many steps.
    Up(u32),
    /// Down by this many steps.
    Down(u32),
    /// The same level.
    Same,
    /// Known on one side only (or on neither).
    Unknown,
}

impl LevelChange {
    /// The change from `before` to `after` (levels 0–4, `None` when nothing was known).
    pub fn of(before: Option<u32>, after: Option<u32>) -> LevelChange {
        match (before, after) {
            (Some(b), Some(a)) if a > b => LevelChange::Up(a - b),
            (Some(b), Some(a)) if a < b => LevelChange::Down(b - a),
            (Some(_), Some(_)) => LevelChange::Same,
            _ => LevelChange::Unknown,
        }
    }

    /// Glyph and sign, readable without colour: `▲1`, `▼2`, `=`, `?`.
    pub fn text(self) -> String {
        match self {
            LevelChange::Up(n) => format!("▲{n}"),
            LevelChange::Down(n) => format!("▼{n}"),
            LevelChange::Same => "=".to_string(),
            LevelChange::Unknown => "?".to_string(),
        }
    }
}

/// One matrix cell in both measurements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellChange {
    /// Municipality id.
    pub municipality: String,
    /// Component number.
    pub component: u8,
    /// The level shown before (agreed, else computed).
    pub before: Option<u32>,
    /// The level shown after.
    pub after: Option<u32>,
}

/// A finding as it was in one measurement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingState {
    /// Which bestuur it concerns.
    pub bestuur: Besturen,
    /// The verdict.
    pub verdict: super::Verdict,
    /// The note.
    pub note: String,
}

impl From<&Finding> for FindingState {
    fn from(finding: &Finding) -> Self {
        FindingState { bestuur: finding.bestuur, verdict: finding.verdict, note: finding.note.clone() }
    }
}

/// A finding that changed: the n-th finding of a municipality on an indicator, before and
/// after (`None` where that measurement has no n-th finding there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingChange {
    /// Municipality id.
    pub municipality: String,
    /// Indicator id.
    pub indicator: String,
    /// The finding before.
    pub before: Option<FindingState>,
    /// The finding after.
    pub after: Option<FindingState>,
}

/// What moved between two measurements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Every cell, municipality by municipality, component by component.
    pub cells: Vec<CellChange>,
    /// Every finding that changed, in dataset order.
    pub findings: Vec<FindingChange>,
}

/// Compares measurement `before` with `after` (two loads of one project, each with its
/// workspace edits applied; the workspace gives each its agreed ratings).
pub fn compare(workspace: &Workspace, before: &Dataset, after: &Dataset) -> Comparison {
    let mut cells = Vec::new();
    let mut findings = Vec::new();
    for (m, municipality) in after.municipalities().iter().enumerate() {
        let Some(b) = before.municipality_index(&municipality.id) else { continue };
        for (c, component) in after.components().iter().enumerate() {
            cells.push(CellChange {
                municipality: municipality.id.clone(),
                component: component.nr,
                before: cell_level(before, workspace, b, c).0,
                after: cell_level(after, workspace, m, c).0,
            });
        }
        for (i, indicator) in after.indicators().iter().enumerate() {
            let Some(bi) = before.indicator_index(&indicator.id) else { continue };
            findings.extend(finding_changes(before, after, (b, bi), (m, i)));
        }
    }
    Comparison { cells, findings }
}

/// The changed findings of one municipality × indicator, paired in order.
pub fn finding_changes(
    before: &Dataset,
    after: &Dataset,
    (bm, bi): (usize, usize),
    (am, ai): (usize, usize),
) -> Vec<FindingChange> {
    let states = |dataset: &Dataset, m, i| -> Vec<(String, String, FindingState)> {
        let of = |&f: &usize| dataset.findings().get(f);
        let found = dataset.cell_findings(m, i).iter().filter_map(of);
        found.map(|f| (f.municipality.clone(), f.indicator.clone(), FindingState::from(f))).collect()
    };
    let (old, new) = (states(before, bm, bi), states(after, am, ai));
    (0..old.len().max(new.len()))
        .filter_map(|n| {
            let (o, a) = (old.get(n), new.get(n));
            let (municipality, indicator) = a.or(o).map(|(m, i, _)| (m.clone(), i.clone()))?;
            let (before, after) = (o.map(|(.., s)| s.clone()), a.map(|(.., s)| s.clone()));
            (before != after).then_some(FindingChange { municipality, indicator, before, after })
        })
        .collect()
}

/// The finding of `earlier` that stands where finding `index` of `later` stands: the same
/// place among the findings of its municipality on its indicator.
pub fn counterpart<'e>(earlier: &'e Dataset, later: &Dataset, index: usize) -> Option<&'e Finding> {
    let finding = later.findings().get(index)?;
    let (m, i) = (later.municipality_index(&finding.municipality)?, later.indicator_index(&finding.indicator)?);
    let n = later.cell_findings(m, i).iter().position(|&f| f == index)?;
    let (em, ei) = (earlier.municipality_index(&finding.municipality)?, earlier.indicator_index(&finding.indicator)?);
    earlier.cell_findings(em, ei).get(n).and_then(|&f| earlier.findings().get(f))
}

/// How a verdict moved, as one sign: `▲` better, `▼` worse, `=` the same, `?` onbekend on
/// either side.
pub fn verdict_sign(before: Option<super::Verdict>, after: super::Verdict) -> &'static str {
    match (before, after) {
        (Some(b), a) if b == a => "=",
        (Some(b), a) => match LevelChange::of(b.half_points(), a.half_points()) {
            LevelChange::Up(_) => "▲",
            LevelChange::Down(_) => "▼",
            LevelChange::Same | LevelChange::Unknown => "?",
        },
        (None, _) => "?",
    }
}

/// A municipality's regisseur/actor class and Pröpper quadrant in one measurement.
pub fn standing(dataset: &Dataset, municipality: usize) -> (Option<Klasse>, Option<RegieVariant>) {
    (dataset.klasse(municipality), dataset.variant(municipality))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{Source, load};
    use crate::domain::Verdict;

    #[test]
    fn a_changed_verdict_shows_in_its_cell_and_as_a_finding() {
        let before = load(&Source::Shipped).unwrap();
        let mut after = before.clone();
        let index = before.cell_findings(0, 0)[0];
        let finding = &before.findings()[index];
        let verdict = if finding.verdict == Verdict::Nee { Verdict::Ja } else { Verdict::Nee };
        after.restore_finding(index, verdict, "nieuw", finding.bestuur);
        let comparison = compare(&Workspace::default(), &before, &after);
        assert_eq!(comparison.findings.len(), 1);
        let change = &comparison.findings[0];
        assert_eq!(change.before.as_ref().map(|s| s.verdict), Some(finding.verdict));
        assert_eq!(change.after.as_ref().map(|s| (s.verdict, s.note.as_str())), Some((verdict, "nieuw")));
        assert_eq!(comparison.cells.len(), 13 * 4);
        assert_eq!(LevelChange::of(Some(1), Some(3)).text(), "▲2");
        assert_eq!(LevelChange::of(Some(3), Some(2)).text(), "▼1");
        assert_eq!(LevelChange::of(Some(2), Some(2)).text(), "=");
        assert_eq!(LevelChange::of(None, Some(2)).text(), "?");
    }
}
