//! Municipality ids derived from their names: lowercase, ascii-folded, `-` for spaces.

/// The id of a municipality named `name`: `Spiere-Helkijn` → `spiere-helkijn`,
/// `Sint-Éloois-Vijve` → `sint-eloois-vijve`, `De Panne` → `de-panne`. Letters with an accent
/// lose it, whitespace and punctuation become a single `-`, and other characters are left out.
pub fn municipality_id(name: &str) -> String {
    let mut id = String::with_capacity(name.len());
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        match fold(c) {
            Some(folded) => id.push_str(folded),
            None if c.is_ascii_alphanumeric() => id.push(c),
            None if (c.is_whitespace() || c.is_ascii_punctuation()) && !id.ends_with('-') && !id.is_empty() => {
                id.push('-')
            }
            None => {}
        }
    }
    id.trim_end_matches('-').to_string()
}

/// The ascii letters of a lowercase accented letter.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'æ' => "ae",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        'ß' => "ss",
        'ĳ' => "ij",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_lowercase_ascii_ids() {
        assert_eq!(municipality_id("Spiere-Helkijn"), "spiere-helkijn");
        assert_eq!(municipality_id("  De Panne "), "de-panne");
        assert_eq!(municipality_id("Sint-Éloois-Vijve"), "sint-eloois-vijve");
        assert_eq!(municipality_id("'s Gravenwezel"), "s-gravenwezel");
        assert_eq!(municipality_id("Kortrijk (stad)"), "kortrijk-stad");
        assert_eq!(municipality_id("Œlegem"), "oelegem");
    }
}
