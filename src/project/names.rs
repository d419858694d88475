//! The municipalities of a new project: `"A;B;C"` or a file with one name per line.

use std::collections::HashMap;
use std::path::Path;

use super::slug::municipality_id;
use crate::domain::{Bestuur, Municipality};
use crate::ronfile::Problem;

/// The municipalities named by `--municipalities`: the path of an existing file (one name per
/// line, blank lines skipped) or names separated by `;`. Every problem (an empty list, a name
/// without letters, two names with the same id) as `file:line:column: message`.
pub fn municipalities(argument: &str) -> Result<Vec<Municipality>, Vec<Problem>> {
    let path = Path::new(argument);
    if path.is_file() {
        let shown = path.display().to_string();
        let bytes =
            std::fs::read(path).map_err(|e| vec![Problem::whole_file(&shown, format!("niet te lezen: {e}"))])?;
        let text = &*crate::ronfile::decode(&shown, &bytes).map_err(|p| vec![p])?;
        let names = text.lines().enumerate().map(|(n, line)| (n + 1, 1, line));
        from_names(&shown, names)
    } else {
        let mut column = 1;
        let names = argument.split(';').map(|name| {
            let at = column;
            column += name.chars().count() + 1;
            (1, at, name)
        });
        from_names("--municipalities", names.collect::<Vec<_>>())
    }
}

fn from_names<'a>(
    file: &str,
    names: impl IntoIterator<Item = (usize, usize, &'a str)>,
) -> Result<Vec<Municipality>, Vec<Problem>> {
    let mut municipalities = Vec::new();
    let mut problems = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for (line, column, name) in names {
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        let id = municipality_id(name);
        let at = |message: String| Problem { file: file.to_string(), line, column, message };
        if id.is_empty() {
            problems.push(at(format!("'{name}' geeft geen bruikbare id (geen letters of cijfers)")));
        } else if let Some(earlier) = seen.insert(id.clone(), name.to_string()) {
            problems.push(at(format!("'{name}' geeft dezelfde id '{id}' als '{earlier}'")));
        } else {
            let besturen = vec![Bestuur::Gemeente, Bestuur::Ocmw];
            municipalities.push(Municipality { id, name: name.to_string(), besturen, centrumstad: false });
        }
    }
    if municipalities.is_empty() && problems.is_empty() {
        problems.push(Problem::whole_file(file, "geen enkele gemeente; geef namen als \"A;B;C\" of een bestand"));
    }
    if problems.is_empty() { Ok(municipalities) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_separated_by_semicolons_become_municipalities() {
        let list = municipalities("Ardooie; Hooglede;;Izegem").unwrap_or_else(|p| panic!("{p:?}"));
        let ids: Vec<&str> = list.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["ardooie", "hooglede", "izegem"]);
        assert_eq!(list[1].name, "Hooglede");
    }

    #[test]
    fn two_names_with_one_id_are_refused_at_their_column() {
        let problems = municipalities("De Panne;de panne").err().unwrap_or_default();
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].column), (1, 10));
        assert!(problems[0].message.contains("'de-panne'"), "{}", problems[0].message);
    }
}
