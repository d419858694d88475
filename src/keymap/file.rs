//! A keymap file: per context, keys and the actions they run.

use std::fmt;

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};

use crate::command::Action;
use crate::ronfile::{self, Outline, Problem};

use super::{Context, Key};

/// One context's bindings in file order, duplicates kept so they can be reported.
#[derive(Debug, Default)]
pub struct Bindings(pub Vec<(String, Action)>);

impl<'de> Deserialize<'de> for Bindings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(BindingsVisitor)
    }
}

struct BindingsVisitor;

impl<'de> Visitor<'de> for BindingsVisitor {
    type Value = Bindings;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a map of \"key\": action")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Bindings, M::Error> {
        let mut pairs = Vec::new();
        while let Some(pair) = map.next_entry::<String, Action>()? {
            pairs.push(pair);
        }
        Ok(Bindings(pairs))
    }
}

/// The sections of a keymap file in file order, each named by its context; every one
/// optional. A name that is no context is kept as it is, to be reported with its position.
#[derive(Debug, Default)]
struct Sections(Vec<(String, Bindings)>);

impl<'de> Deserialize<'de> for Sections {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct("Keymap", &[], SectionsVisitor)
    }
}

struct SectionsVisitor;

impl<'de> Visitor<'de> for SectionsVisitor {
    type Value = Sections;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "context: {{ \"key\": action }} per context")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Sections, M::Error> {
        let mut sections = Vec::new();
        while let Some(section) = map.next_entry::<String, Bindings>()? {
            sections.push(section);
        }
        Ok(Sections(sections))
    }
}

/// A parsed keymap file: every key checked, with its context.
#[derive(Debug, Default)]
pub struct KeymapFile {
    /// Per binding: context, key, action.
    pub bindings: Vec<(Context, Key, Action)>,
    /// The file as the user named it.
    pub path: String,
    /// Per binding, in the same order: its line and column in the file.
    pub places: Vec<(usize, usize)>,
}

impl KeymapFile {
    /// Parses a keymap file; every malformed key, unknown action or key bound twice in one
    /// context is reported with its file, line and column.
    pub fn parse(path: &str, bytes: &[u8]) -> Result<KeymapFile, Vec<Problem>> {
        let text = &*ronfile::decode(path, bytes).map_err(|p| vec![p])?;
        let sections: Sections = ronfile::parse(path, text).map_err(|p| vec![p])?;
        let outline = Outline::new(text);
        let mut file = KeymapFile { path: path.to_string(), ..KeymapFile::default() };
        let mut problems = Vec::new();
        for (name, Bindings(pairs)) in sections.0 {
            let section = outline.item_named(&name);
            let context = match name.parse::<Context>() {
                Ok(context) => context,
                Err(message) => {
                    let (line, column) = outline.position(section, None);
                    problems.push(Problem { file: path.to_string(), line, column, message });
                    continue;
                }
            };
            let mut seen: Vec<(&str, Key)> = Vec::new();
            for (index, (spelling, action)) in pairs.iter().enumerate() {
                // The same spelling may stand more than once: point at this occurrence.
                let nth = pairs[..index].iter().filter(|(s, _)| s == spelling).count();
                let (line, column) = outline.position(section, Some((spelling.as_str(), nth)));
                let at = |message| Problem { file: path.to_string(), line, column, message };
                match Key::parse(spelling) {
                    Err(message) => problems.push(at(message)),
                    Ok(key) => match seen.iter().find(|(_, k)| *k == key) {
                        Some((first, _)) => problems
                            .push(at(format!("toets '{spelling}' staat al als '{first}' in {}", context.name()))),
                        None => {
                            seen.push((spelling, key));
                            file.bindings.push((context, key, *action));
                            file.places.push((line, column));
                        }
                    },
                }
            }
        }
        if problems.is_empty() { Ok(file) } else { Err(problems) }
    }
}
