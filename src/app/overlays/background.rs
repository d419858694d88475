//! The background overlay: what the sources say about the selection, as text to scroll.

use crate::command::Action;
use crate::domain::sentence_case::sentence_case;
use crate::domain::{About, BackgroundEntry, Dataset, Indicator, RegieVariant, Taak};
use crate::screen::Screen;

use crate::app::Model;
use crate::app::screens::drill::selected_finding;

/// What the background is shown for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Topic {
    /// The definition of regie.
    Regie,
    /// A component, by index.
    Component(usize),
    /// An indicator, by index: its full question, then its component.
    Indicator(usize),
    /// Pröpper's variants, `first` first, then the texts about the municipality (by index).
    Variants {
        /// The variant shown first (the selected municipality's).
        first: Option<RegieVariant>,
        /// The selected municipality.
        municipality: Option<usize>,
    },
    /// A role or a phase of the policy cycle, then the relation of gemeente and OCMW and what
    /// the sources say about the municipality (by index).
    Taak {
        /// The role or phase.
        taak: Taak,
        /// The selected municipality.
        municipality: Option<usize>,
    },
}

/// One block of the background: a heading, its place in the source, its paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading.
    pub heading: String,
    /// Where it stands in the source.
    pub place: String,
    /// The paragraphs.
    pub paragraphs: Vec<String>,
}

/// The background overlay's topic and how far it is scrolled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackgroundOverlay {
    /// What is shown.
    pub topic: Topic,
    /// The first line shown.
    pub scroll: usize,
}

/// Lines a page key scrolls.
pub const PAGE: usize = 10;

impl BackgroundOverlay {
    /// The background of a topic, from the top.
    pub fn new(topic: Topic) -> BackgroundOverlay {
        BackgroundOverlay { topic, scroll: 0 }
    }

    /// The background of what is selected on the screen shown.
    pub fn for_selection(model: &Model) -> BackgroundOverlay {
        let selection = &model.screens.selection;
        let dataset = model.dataset();
        let topic = match model.chrome.screen {
            Screen::Matrix => Topic::Component(selection.component),
            Screen::Drill => {
                let finding = selected_finding(model).and_then(|f| dataset.findings().get(f));
                match finding.and_then(|f| dataset.indicator_index(&f.indicator)) {
                    Some(indicator) => Topic::Indicator(indicator),
                    None => Topic::Component(selection.component),
                }
            }
            Screen::Regisseur => Topic::Variants {
                first: dataset.classification(selection.municipality).map(|c| RegieVariant::of(c.visie, c.slagkracht)),
                municipality: Some(selection.municipality),
            },
            Screen::Rollen => Taak::ALL
                .get(model.screens.rollen.column)
                .map_or(Topic::Regie, |t| Topic::Taak { taak: *t, municipality: Some(selection.municipality) }),
            Screen::FollowUps | Screen::Actoren => Topic::Regie,
        };
        BackgroundOverlay::new(topic)
    }

    /// The title: what the background is about.
    pub fn title(&self, dataset: &Dataset) -> String {
        match &self.topic {
            Topic::Regie => "Achtergrond: wat is regie?".to_string(),
            Topic::Component(c) => {
                let component = dataset.components().get(*c);
                component.map_or("Achtergrond".to_string(), |c| format!("Achtergrond: {} {}", c.nr, c.label))
            }
            Topic::Indicator(i) => {
                let indicator = dataset.indicators().get(*i);
                indicator.map_or("Achtergrond".to_string(), |i| format!("Achtergrond: {} {}", i.id, i.label))
            }
            Topic::Variants { .. } => "Achtergrond: varianten van regie (Pröpper)".to_string(),
            Topic::Taak { taak: taak @ Taak::Rol(_), .. } => format!("Achtergrond: de rol {} (Struyven)", taak.label()),
            Topic::Taak { taak: taak @ Taak::Fase(_), .. } => format!("Achtergrond: de fase {}", taak.label()),
        }
    }

    /// The blocks shown, in order.
    pub fn sections(&self, dataset: &Dataset) -> Vec<Section> {
        let about = |about: About| dataset.background_about(&about).map(section).collect::<Vec<_>>();
        match &self.topic {
            Topic::Regie => about(About::Regie),
            Topic::Component(c) => {
                dataset.components().get(*c).map_or_else(Vec::new, |c| about(About::Component(c.nr)))
            }
            Topic::Indicator(i) => {
                let Some(indicator) = dataset.indicators().get(*i) else {
                    return Vec::new();
                };
                let component = dataset.components().iter().find(|c| Some(c.nr) == indicator.component());
                let of_component = component.map_or_else(Vec::new, |c| {
                    let mut sections = about(About::Component(c.nr));
                    for s in &mut sections {
                        s.heading = format!("Component {}: {}", c.nr, s.heading);
                    }
                    sections
                });
                indicator_sections(indicator)
                    .into_iter()
                    .chain(about(About::Indicator(indicator.id.clone())))
                    .chain(of_component)
                    .collect()
            }
            Topic::Variants { first, municipality } => {
                let order = first.iter().copied().chain(VARIANTS.into_iter().filter(|v| Some(*v) != *first));
                let mut sections: Vec<Section> = Vec::new();
                let classes = about(About::RegisseurActor).into_iter();
                for section in order.flat_map(|v| about(About::Variant(v))).chain(classes) {
                    let same = |s: &Section| s.place == section.place && s.paragraphs == section.paragraphs;
                    if !sections.iter().any(same) {
                        sections.push(section);
                    }
                }
                let place = municipality.and_then(|m| dataset.municipalities().get(m));
                sections.extend(place.into_iter().flat_map(|m| about(About::Municipality(m.id.clone()))));
                sections
            }
            Topic::Taak { taak, municipality } => {
                let mut sections = match taak {
                    Taak::Rol(rol) => about(About::Rol(*rol)),
                    Taak::Fase(fase) => about(About::Fase(*fase)),
                };
                sections.extend(about(About::GemeenteOcmw));
                let place = municipality.and_then(|m| dataset.municipalities().get(m));
                sections.extend(place.into_iter().flat_map(|m| about(About::Rolverdeling(m.id.clone()))));
                sections
            }
        }
    }

    /// Scrolls for an action; `last` is the last scroll position ([`last_scroll`]).
    pub fn scroll(&mut self, action: Action, last: usize) {
        self.scroll = match action {
            Action::Up => self.scroll.saturating_sub(1),
            Action::Down => self.scroll + 1,
            Action::PageUp => self.scroll.saturating_sub(PAGE),
            Action::PageDown => self.scroll + PAGE,
            Action::First => 0,
            Action::Last => last,
            _ => self.scroll,
        }
        .min(last);
    }
}

/// What the sources say about an indicator itself: the questionnaire's own words with their
/// place (or that it is not in the questionnaire, and where it comes from), the analysis's own
/// reformulation where there is one, and the report's sentence behind the regional total. A
/// dataset that records none of this shows the indicator's question.
fn indicator_sections(indicator: &Indicator) -> Vec<Section> {
    let number = indicator.question_number().unwrap_or(&indicator.id);
    let mut sections = Vec::new();
    if let Some(appendix) = &indicator.appendix {
        sections.push(Section {
            heading: format!("Vraag uit de vragenlijst (bijlage 2, vraag {number})"),
            place: format!("rapport r. {}", appendix.line),
            paragraphs: vec![appendix.words.clone()],
        });
        if let Some(own) = &appendix.own {
            sections.push(Section {
                heading: "Indicator: eigen herformulering van de analyse".to_string(),
                place: format!("indicator {}", indicator.id),
                paragraphs: vec![format!("{}: {}", indicator.label, indicator.question), own.clone()],
            });
        }
    }
    if let Some(elsewhere) = &indicator.elsewhere {
        sections.push(Section {
            heading: "Niet in de vragenlijst".to_string(),
            place: elsewhere.source.clone(),
            paragraphs: vec![format!("{}: {}", indicator.label, indicator.question), elsewhere.why.clone()],
        });
    }
    if sections.is_empty() {
        sections.push(Section {
            heading: "Vraag".to_string(),
            place: format!("indicator {}", indicator.id),
            paragraphs: vec![indicator.question.clone()],
        });
    }
    if let Some(report) = &indicator.report {
        let heading = if report.counted {
            "Het rapport telt".to_string()
        } else {
            "Het rapport zegt (geen telling; het regionale totaal is dat van de dataset)".to_string()
        };
        sections.push(Section { heading, place: report.source.clone(), paragraphs: vec![report.quote.clone()] });
    }
    sections
}

/// The variants in the order of Schema 1.
const VARIANTS: [RegieVariant; 4] = [
    RegieVariant::Beheersingsgericht,
    RegieVariant::Uitvoeringsgericht,
    RegieVariant::Visionair,
    RegieVariant::Faciliterend,
];

fn section(entry: &BackgroundEntry) -> Section {
    let paragraphs = entry.paragraphs.iter().map(|p| sentence_case(p).into_owned()).collect();
    Section { heading: entry.title.clone(), place: entry.source.clone(), paragraphs }
}

/// What a line of the laid-out background is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// A section's heading with its place.
    Heading,
    /// A line of a paragraph.
    Text,
    /// The space between paragraphs and sections.
    Blank,
}

/// The narrowest text the background is laid out in (the popup on a 60×16 screen): the
/// scroll position counts lines at this size; a larger screen shows the same part of the text,
/// in proportion ([`first_line`]).
pub const NARROWEST: (usize, usize) = (52, 9);

/// The last scroll position: the text's last page at its narrowest.
pub fn last_scroll<'s>(sections: &'s [Section], clean: impl Fn(&'s str) -> std::borrow::Cow<'s, str>) -> usize {
    layout(sections, NARROWEST.0, clean).len().saturating_sub(NARROWEST.1)
}

/// The first line a view shows for a scroll position: the same part of the text as at the
/// narrowest, `last_view` being the view's own last first line.
pub fn first_line(scroll: usize, last: usize, last_view: usize) -> usize {
    if last == 0 {
        return 0;
    }
    (scroll.min(last) * last_view + last / 2) / last
}

/// The characters of a paragraph shown at most (a quote is a few hundred); a longer one, in
/// a dataset of one's own, is cut with `…` so a frame never wraps megabytes.
pub const LONGEST: usize = 10_000;

/// The sections as lines of at most `width` columns, each text cleaned by `clean` first.
pub fn layout<'s>(
    sections: &'s [Section],
    width: usize,
    clean: impl Fn(&'s str) -> std::borrow::Cow<'s, str>,
) -> Vec<(LineKind, String)> {
    let mut lines = Vec::new();
    for (n, section) in sections.iter().enumerate() {
        if n > 0 {
            lines.push((LineKind::Blank, String::new()));
        }
        let heading = format!("{} · {}", clean(&section.heading), clean(&section.place));
        lines.extend(wrap(&heading, width).into_iter().map(|l| (LineKind::Heading, l)));
        for (p, paragraph) in section.paragraphs.iter().enumerate() {
            if p > 0 {
                lines.push((LineKind::Blank, String::new()));
            }
            let shown = match paragraph.char_indices().nth(LONGEST) {
                Some((at, _)) => format!("{}…", clean(paragraph.get(..at).unwrap_or_default())),
                None => clean(paragraph).into_owned(),
            };
            lines.extend(wrap(&shown, width).into_iter().map(|l| (LineKind::Text, l)));
        }
    }
    lines
}

/// Greedy word wrap at `width` columns; a word longer than a line is cut over lines.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let (used, needed) = (line.width(), word.width());
        if used > 0 && used + 1 + needed <= width {
            line.push(' ');
            line.push_str(word);
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
        }
        if needed <= width {
            line.push_str(word);
            continue;
        }
        for c in word.chars() {
            if line.width() + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > width {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_whole_and_cuts_only_longer_ones() {
        assert_eq!(wrap("een twee drie", 8), vec!["een twee", "drie"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 4), vec![""]);
    }

    #[test]
    fn a_very_long_paragraph_is_cut() {
        let long = "woord ".repeat(1_000_000);
        let sections =
            [Section { heading: "kop".to_string(), place: "rapport r. 1".to_string(), paragraphs: vec![long] }];
        let lines = layout(&sections, 60, crate::domain::text::one_line);
        assert!(lines.len() < 250, "{}", lines.len());
        assert!(lines.last().is_some_and(|(_, l)| l.ends_with('…')));
    }
}
