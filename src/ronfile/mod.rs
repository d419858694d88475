//! RON files read from the user: parsing with positions, and problems as `file:line:column`.

mod outline;
mod problem;

pub use outline::Outline;
pub use problem::Problem;

use std::borrow::Cow;

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

/// Parses a RON text (with `implicit_some`); a syntax or type error becomes a [`Problem`].
pub fn parse<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, Problem> {
    let options = ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME);
    options.from_str(text).map_err(|error| Problem {
        file: path.to_string(),
        line: error.span.start.line.max(1),
        column: error.span.start.col.max(1),
        message: error.code.to_string(),
    })
}

/// Lists larger than this are parsed in two halves on two cores.
const SPLIT_ABOVE: usize = 1 << 20;

/// Parses a RON list like [`parse`]; a large one in two halves at once. Where the halves do
/// not parse on their own (an odd layout), the whole text is parsed as one, so a problem is
/// always reported at its exact position.
pub fn parse_list<T: DeserializeOwned + Send>(path: &str, text: &str) -> Result<Vec<T>, Problem> {
    let Some((first, second)) = halves(text) else {
        return parse(path, text);
    };
    let (first, second) = std::thread::scope(|scope| {
        let second = scope.spawn(|| parse::<Vec<T>>(path, &second));
        (parse::<Vec<T>>(path, &first), second.join())
    });
    match (first, second) {
        (Ok(mut first), Ok(Ok(second))) => {
            first.extend(second);
            Ok(first)
        }
        _ => parse(path, text),
    }
}

/// The text cut after the first item line that ends past the middle (`),` at a line end),
/// as two lists; `None` for a small text or when there is no such line.
fn halves(text: &str) -> Option<(String, String)> {
    if text.len() < SPLIT_ABOVE {
        return None;
    }
    let middle = (text.len() / 2..text.len()).find(|&at| text.is_char_boundary(at))?;
    let cut = middle + text[middle..].find("),\n")? + 3;
    let first = format!("{}]", &text[..cut]);
    let second = format!("[\n{}", &text[cut..]);
    Some((first, second))
}

/// Decodes a file's bytes as UTF-8, or names the position of the first invalid byte. As files
/// saved by Notepad or checked out by git with `autocrlf` are: a byte order mark at the start
/// is left out and CRLF line ends are read as LF, so that neither is a character of a line in
/// any position reported and no CR ends up inside a string; what regie writes stays LF.
pub fn decode<'b>(path: &str, bytes: &'b [u8]) -> Result<Cow<'b, str>, Problem> {
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let valid = valid.strip_prefix('\u{FEFF}').unwrap_or(valid);
        Problem {
            file: path.to_string(),
            line: valid.matches('\n').count() + 1,
            column: valid.rsplit('\n').next().map_or(0, |l| l.trim_end_matches('\r').chars().count()) + 1,
            message: "geen geldige UTF-8-tekst".to_string(),
        }
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    Ok(if text.contains("\r\n") { Cow::Owned(text.replace("\r\n", "\n")) } else { Cow::Borrowed(text) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_list_parses_the_same_in_halves() {
        let items: Vec<String> = (0..40_000).map(|n| format!("    (id: {n}, note: \"n{n}\"),")).collect();
        let text = format!("[\n{}\n]\n", items.join("\n"));
        assert!(halves(&text).is_some());
        #[derive(serde::Deserialize, PartialEq, Debug)]
        struct Item {
            id: u32,
            note: String,
        }
        let parsed: Vec<Item> = parse_list("x.ron", &text).unwrap_or_default();
        assert_eq!(parsed.len(), 40_000);
        assert!(parsed.iter().enumerate().all(|(n, item)| item.id as usize == n));
    }

    #[test]
    fn a_problem_in_a_large_list_keeps_its_exact_position() {
        let mut items: Vec<String> = (0..40_000).map(|n| format!("    (id: {n}),")).collect();
        items[30_000] = "    (id: \"dertig\"),".to_string();
        let text = format!("[\n{}\n]\n", items.join("\n"));
        #[derive(serde::Deserialize, Debug)]
        struct Item {
            #[allow(dead_code)]
            id: u32,
        }
        let problem = parse_list::<Item>("x.ron", &text).err();
        assert_eq!(problem.as_ref().map(|p| p.line), Some(30_002));
        assert_eq!(problem, parse::<Vec<Item>>("x.ron", &text).err());
    }

    #[test]
    fn crlf_line_ends_and_a_byte_order_mark_are_read_as_an_editor_shows_them() {
        let text = decode("x.ron", "\u{FEFF}[\r\n  \"een\r\ntwee\",\r\n]\r\n".as_bytes()).unwrap_or_default();
        assert_eq!(parse::<Vec<String>>("x.ron", &text), Ok(vec!["een\ntwee".to_string()]));
    }

    #[test]
    fn a_problem_in_a_crlf_file_is_at_its_line_and_column() {
        let lf = "\u{FEFF}[\n  (id: 1),\n  (id: \"een\ntwee\"),  (id: 2),\n  (ie: 3),\n]\n";
        let crlf = lf.replace('\n', "\r\n");
        let at = |text: &str| {
            let text = decode("x.ron", text.as_bytes()).unwrap_or_default();
            #[derive(serde::Deserialize, Debug)]
            #[serde(deny_unknown_fields)]
            struct Item {
                #[allow(dead_code)]
                id: serde::de::IgnoredAny,
            }
            let problem = parse::<Vec<Item>>("x.ron", &text).err().map(|p| (p.line, p.column));
            let outline = Outline::new(&text);
            (problem, outline.position(Some(3), Some(("ie", 0))))
        };
        assert_eq!(at(lf), (Some((5, 4)), (5, 4)));
        assert_eq!(at(&crlf), at(lf));
    }

    #[test]
    fn an_invalid_byte_after_crlf_lines_is_at_its_line_and_column() {
        let problem = decode("x.ron", b"\xEF\xBB\xBF[\r\n  \"\xFF\"\r\n]").err().map(|p| (p.line, p.column));
        assert_eq!(problem, Some((2, 4)));
    }
}
