//! The optional `measurements.ron`: the project's measurements, oldest first, checked with
//! `file:line:column`. Without it a project has one measurement (see
//! [`Measurement::implicit`]).

use std::path::Path;

use crate::domain::measurement::MEASUREMENTS_FILE;
use crate::domain::{Measurement, Measurements};
use crate::ronfile::{self, Outline, Problem};

use super::Source;

/// The measurements of a source: the shipped sample's, or the directory's `measurements.ron`
/// (the single implicit measurement when there is none).
pub fn measurements(source: &Source) -> Result<Measurements, Vec<Problem>> {
    match source {
        Source::Shipped => {
            let text = include_str!("../../data/measurements.ron");
            parse(&format!("data/{MEASUREMENTS_FILE}"), text.as_bytes())
        }
        Source::Directory(dir) => match read(dir)? {
            Some((path, bytes)) => parse(&path, &bytes),
            None => Ok(Measurements::default()),
        },
    }
}

fn read(dir: &Path) -> Result<Option<(String, Vec<u8>)>, Vec<Problem>> {
    let path = dir.join(MEASUREMENTS_FILE);
    let shown = path.display().to_string();
    match std::fs::read(&path) {
        Ok(bytes) => Ok(Some((shown, bytes))),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(vec![Problem::whole_file(shown, format!("niet te lezen: {error}"))]),
    }
}

/// Parses and checks a measurements file: ids valid and unique, at least one measurement.
pub fn parse(path: &str, bytes: &[u8]) -> Result<Measurements, Vec<Problem>> {
    let text = &*ronfile::decode(path, bytes).map_err(|problem| vec![problem])?;
    let list: Vec<Measurement> = ronfile::parse(path, text).map_err(|problem| vec![problem])?;
    let outline = Outline::new(text);
    let at = |item: usize, message: String| {
        let (line, column) = outline.position(Some(item), Some(("id", 0)));
        Problem { file: path.to_string(), line, column, message }
    };
    let mut problems = Vec::new();
    if list.is_empty() {
        problems.push(Problem::whole_file(path, "geen enkele meting; de eerste staat in findings.ron"));
    }
    for (item, measurement) in list.iter().enumerate() {
        if !valid_id(&measurement.id) {
            let message = format!("'{}' is geen geldige id (kleine letters, cijfers en -)", measurement.id);
            problems.push(at(item, message));
        } else if list[..item].iter().any(|earlier| earlier.id == measurement.id) {
            problems.push(at(item, format!("meting '{}' staat er twee keer", measurement.id)));
        }
    }
    if problems.is_empty() { Ok(Measurements::new(list)) } else { Err(problems) }
}

/// Whether `id` can name a measurement and its directory: lowercase ascii letters, digits and
/// single `-` between them.
pub fn valid_id(id: &str) -> bool {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    !id.is_empty() && id.chars().all(allowed) && !id.starts_with('-') && !id.ends_with('-') && !id.contains("--")
}

/// The unknown-measurement problem, naming the ones there are.
pub fn unknown(id: &str, list: &Measurements) -> Problem {
    let known: Vec<&str> = list.all().iter().map(|m| m.id.as_str()).collect();
    Problem::typed(format!("onbekende meting '{id}' (er zijn: {})", known.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_and_invalid_ids_are_reported_at_their_place() {
        let text =
            "[\n    (id: \"a\", name: \"A\"),\n    (id: \"a\", name: \"B\"),\n    (id: \"B c\", name: \"C\"),\n]\n";
        let problems = parse("m.ron", text.as_bytes()).unwrap_err();
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "m.ron:3:6: meting 'a' staat er twee keer",
                "m.ron:4:6: 'B c' is geen geldige id (kleine letters, cijfers en -)"
            ]
        );
    }

    #[test]
    fn the_shipped_sample_has_its_nulmeting() {
        let list = measurements(&Source::Shipped).unwrap();
        assert_eq!(list.all().len(), 1);
        assert_eq!((list.first().id.as_str(), list.first().name.as_str()), ("nulmeting", "Nulmeting 2010"));
    }

    #[test]
    fn a_bad_date_is_a_problem_with_its_position() {
        let text = "[\n    (id: \"a\", name: \"A\", date: \"2026-13-01\"),\n]\n";
        let problem = parse("m.ron", text.as_bytes()).unwrap_err();
        assert_eq!(problem.first().map(|p| p.line), Some(2));
    }
}
