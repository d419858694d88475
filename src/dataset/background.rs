//! The optional `background.ron`: the texts from the sources, checked against the dataset.

use crate::domain::background::check;
use crate::domain::{BackgroundEntry, Dataset};
use crate::ronfile::{self, Outline, Problem};

use super::Source;

/// The file name of the background texts inside a dataset directory.
pub const FILE_NAME: &str = "background.ron";

/// The background file of a source: the shipped one, or the directory's when it has one
/// (path, bytes); `None` for a directory without it.
pub fn read(source: &Source) -> Result<Option<(String, Vec<u8>)>, Vec<Problem>> {
    match source {
        Source::Shipped => {
            let text = include_str!("../../data/background.ron");
            Ok(Some((format!("data/{FILE_NAME}"), text.as_bytes().to_vec())))
        }
        Source::Directory(dir) => {
            let path = dir.join(FILE_NAME);
            let shown = path.display().to_string();
            match std::fs::read(&path) {
                Ok(bytes) => Ok(Some((shown, bytes))),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(error) => Err(vec![Problem::whole_file(shown, format!("niet te lezen: {error}"))]),
            }
        }
    }
}

/// Parses the background texts and checks every reference against the dataset: every
/// problem as `file:line:column: message`.
pub fn parse(path: &str, bytes: &[u8], dataset: &Dataset) -> Result<Vec<BackgroundEntry>, Vec<Problem>> {
    let entries = parse_only(path, bytes).map_err(|problem| vec![problem])?;
    checked(path, bytes, entries, dataset)
}

/// Parses the background texts without the dataset (so beside the tables' parse).
fn parse_only(path: &str, bytes: &[u8]) -> Result<Vec<BackgroundEntry>, Problem> {
    ronfile::parse(path, &ronfile::decode(path, bytes)?)
}

/// The entries when every reference holds in the dataset, else every problem at its position.
fn checked(
    path: &str,
    bytes: &[u8],
    entries: Vec<BackgroundEntry>,
    dataset: &Dataset,
) -> Result<Vec<BackgroundEntry>, Vec<Problem>> {
    let problems = check(&entries, dataset);
    if problems.is_empty() {
        return Ok(entries);
    }
    // The text decoded as it was parsed (no byte order mark, LF line ends), for the positions.
    let text = ronfile::decode(path, bytes).map_err(|problem| vec![problem])?;
    let outline = Outline::new(&text);
    Err(problems
        .into_iter()
        .map(|(item, field, message)| {
            let (line, column) = outline.position(Some(item), Some((field, 0)));
            Problem { file: path.to_string(), line, column, message }
        })
        .collect())
}

/// The dataset `load` gives with the source's background texts, when it has them. The texts
/// are read and parsed while `load` runs; a problem with the dataset is reported before
/// (and instead of) one with the texts.
pub fn load_with(
    source: &Source,
    load: impl FnOnce() -> Result<Dataset, Vec<Problem>>,
) -> Result<Dataset, Vec<Problem>> {
    let (dataset, background) = std::thread::scope(|scope| {
        let background =
            scope.spawn(|| read(source).map(|file| file.map(|(path, bytes)| (parse_only(&path, &bytes), path, bytes))));
        let dataset = load();
        let background =
            background.join().unwrap_or_else(|_| Err(vec![Problem::whole_file(FILE_NAME, "lezen mislukt")]));
        (dataset, background)
    });
    let dataset = dataset?;
    match background? {
        Some((parsed, path, bytes)) => {
            let entries = checked(&path, &bytes, parsed.map_err(|problem| vec![problem])?, &dataset)?;
            Ok(dataset.with_background(entries))
        }
        None => Ok(dataset),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::load_files;

    fn dataset() -> Dataset {
        let files = crate::domain::Table::ALL.iter().map(|&t| super::super::shipped(t)).collect();
        load_files(files).unwrap_or_else(|p| panic!("{p:?}"))
    }

    fn problems(text: &str) -> Vec<String> {
        parse("b.ron", text.as_bytes(), &dataset()).err().unwrap_or_default().iter().map(|p| p.to_string()).collect()
    }

    const GOOD: &str =
        "    (about: Regie, title: \"Definitie\", paragraphs: [\"Regie is …\"], source: \"rapport r. 93\"),\n";

    #[test]
    fn the_shipped_background_loads() {
        let dataset = dataset();
        let (path, bytes) = read(&Source::Shipped).ok().flatten().unwrap_or_default();
        let entries = parse(&path, &bytes, &dataset).unwrap_or_else(|p| panic!("{p:?}"));
        assert!(entries.len() > 20);
    }

    #[test]
    fn a_good_entry_has_no_problem() {
        assert_eq!(problems(&format!("[\n{GOOD}]\n")), Vec::<String>::new());
    }

    #[test]
    fn a_bad_reference_is_reported_at_its_position() {
        let text = format!(
            "[\n{GOOD}    (about: Component(7), title: \"x\", paragraphs: [\"y\"], source: \"rapport r. 1\"),\n{GOOD}    (\n        title: \"x\",\n        about: Indicator(\"9.9.9z\"),\n        paragraphs: [\"y\"],\n        source: \"HIVA-nota r. 3\",\n    ),\n    (about: Municipality(\"gent\"), title: \"x\", paragraphs: [\"y\"], source: \"boek r. 3\"),\n]\n"
        );
        assert_eq!(
            problems(&text),
            vec![
                "b.ron:3:6: component 7 bestaat niet",
                "b.ron:7:9: indicator '9.9.9z' bestaat niet",
                "b.ron:11:6: gemeente 'gent' bestaat niet",
                "b.ron:11:66: bron 'boek r. 3' heeft niet de vorm 'rapport r. 115' of 'HIVA-nota r. 300–320'",
            ]
        );
    }

    #[test]
    fn an_unknown_role_is_a_parse_error_with_its_position() {
        let text = "[\n    (about: Rol(Dirigent), title: \"x\", paragraphs: [\"y\"], source: \"rapport r. 1\"),\n]\n";
        let found = problems(text);
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("b.ron:2:"), "{found:?}");
    }

    #[test]
    fn a_directory_without_the_file_has_no_background() {
        let dir = std::env::temp_dir().join(format!("regie-bg-{}", std::process::id()));
        assert!(matches!(read(&Source::Directory(dir)), Ok(None)));
    }
}
