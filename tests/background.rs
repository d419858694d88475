//! `i`: the background of the selection from the sources, pressed through the keymap; the
//! texts of `data/background.ron` checked against the sources they cite.

mod common;

use common::{keys, model, screen, type_text};
use regie::app::{Model, Overlay};
use regie::domain::background::{Seed, place};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 36)];

fn snapshot(name: &str, model: &Model) {
    for (width, height) in SIZES {
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen(model, width, height));
    }
}

/// The text inside the popup's borders at a size, its lines joined: wrapped sentences read
/// as one again.
fn shown(model: &Model, width: u16, height: u16) -> String {
    let screen = screen(model, width, height);
    let inside = screen.lines().filter_map(|line| {
        let inner = line.trim_matches('"').split('│').max_by_key(|segment| segment.chars().count())?;
        Some(inner.trim().to_string())
    });
    inside.collect::<Vec<_>>().join(" ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The screen without its status line (which echoes the last key).
fn without_status(model: &Model) -> String {
    let screen = screen(model, 80, 24);
    let lines: Vec<&str> = screen.lines().collect();
    lines[..lines.len() - 1].join("\n")
}

fn open(model: &Model) -> bool {
    matches!(model.chrome.overlay, Some(Overlay::Background(_)))
}

const OVERZICHT: &str = "Heeft de regisseur een goed en omvattend beeld van de problematiek en van de actoren die op het terrein actief zijn?";

#[test]
fn i_on_overzicht_in_the_matrix_shows_proppers_question() {
    let mut model = model();
    keys(&mut model, "i");
    assert!(open(&model));
    for (width, height) in SIZES {
        let text = shown(&model, width, height);
        assert!(text.contains(OVERZICHT), "{width}×{height}: {text}");
        assert!(text.contains("rapport r. 115"), "{text}");
    }
}

#[test]
fn esc_and_i_close_the_background() {
    let mut model = model();
    keys(&mut model, "i esc");
    assert!(!open(&model));
    keys(&mut model, "i i");
    assert!(!open(&model));
    assert!(!screen(&model, 80, 24).contains(OVERZICHT));
}

#[test]
fn the_background_follows_the_selected_component() {
    let mut model = model();
    keys(&mut model, "right right i");
    let text = shown(&model, 120, 36);
    assert!(text.contains("Motiveert de regisseur de actoren tot samenwerking en dynamiek?"), "{text}");
    assert!(text.contains("Actoren aan elkaar koppelen"), "the source's capitals in sentence case: {text}");
    assert!(text.contains("Lokale én regionale actoren betrekken"), "{text}");
    assert!(text.contains("gemeente en OCMW"), "abbreviations stay: {text}");
}

#[test]
fn the_background_scrolls_and_stops_at_the_end() {
    let mut model = model();
    keys(&mut model, "3 i");
    let top = without_status(&model);
    assert!(top.contains("regels 1–"), "{top}");
    keys(&mut model, "down");
    assert!(without_status(&model).contains("regels 2–"));
    keys(&mut model, "up up");
    assert_eq!(without_status(&model), top);
    keys(&mut model, &"pagedown ".repeat(20));
    let end = without_status(&model);
    let position = end.split("regels ").nth(1).and_then(|r| r.split(" · ").next()).unwrap_or_default();
    let (shown, total) = position.split_once(" van ").unwrap_or_default();
    assert!(shown.ends_with(&format!("–{total}")), "the last line is shown: {end}");
    keys(&mut model, "down");
    assert_eq!(without_status(&model), end, "it stops at the end");
    keys(&mut model, "up");
    assert_ne!(without_status(&model), end, "one line up from the end moves");
    keys(&mut model, "home");
    assert_eq!(without_status(&model), top);
}

#[test]
fn i_in_the_drill_down_shows_the_indicators_full_question_and_its_component() {
    let mut model = model();
    keys(&mut model, "enter i");
    let text = shown(&model, 120, 36);
    assert!(text.contains("Vraag uit de vragenlijst"), "{text}");
    let dataset = model.dataset();
    let finding = &dataset.findings()[regie::app::screens::drill::selected_finding(&model).unwrap_or_default()];
    let question = &dataset.indicator(&finding.indicator).map(|i| i.question.clone()).unwrap_or_default();
    assert!(text.contains(question.as_str()), "{question} in {text}");
    assert!(text.contains("Component 1: Sturende vraag"), "{text}");
}

/// Item 3 of issue 24: the appendix's own words with their place, and that the wording of the
/// indicator is the analysis's own.
#[test]
fn i_on_1_1_2c_shows_the_appendix_words_and_says_the_wording_is_the_analysis_s_own() {
    let mut model = model();
    let finding = model.dataset().findings().iter().position(|f| f.indicator == "1.1.2c").unwrap_or_default();
    model.screens.selection.municipality = 0;
    keys(&mut model, "enter");
    let at = |m: &Model| regie::app::screens::drill::selected_finding(m);
    for _ in 0..20 {
        if at(&model) == Some(finding) {
            break;
        }
        keys(&mut model, "down");
    }
    assert_eq!(at(&model), Some(finding));
    keys(&mut model, "i");
    let text = shown(&model, 120, 36);
    assert!(text.contains("Werken andere beleidsdomeinen samen met SE initiatieven? Op welke manier?"), "{text}");
    assert!(text.contains("rapport r. 480"), "{text}");
    assert!(text.contains("eigen herformulering van de analyse"), "{text}");
    assert!(text.contains("met uitzondering van centrumstad Kortrijk"), "the report's sentence: {text}");
}

#[test]
fn i_on_the_regisseur_screen_shows_the_variants_the_selected_one_first_and_kortrijks_figures() {
    let mut model = model();
    keys(&mut model, "down down down down 3 i");
    let text = shown(&model, 120, 36);
    let visionair = text.find("Visionaire regie: eigen visie ja").unwrap_or(usize::MAX);
    let beheersing = text.find("Beheersingsgerichte regie").unwrap_or(usize::MAX);
    assert!(visionair < beheersing, "Kortrijk's variant first: {text}");
    let mut tabel = String::new();
    for _ in 0..20 {
        tabel.push_str(&shown(&model, 120, 36));
        keys(&mut model, "pagedown");
    }
    assert!(tabel.contains("Totaaloverzicht: budget 11 917 119 euro"), "{tabel}");
    assert!(tabel.contains("kiezen er bewust voor om geen actor te zijn"), "000:371 on the regisseur screen");
    let mut anzegem = common::model();
    keys(&mut anzegem, "3 i end");
    assert!(!shown(&anzegem, 120, 36).contains("11 917 119"));
}

#[test]
fn i_on_the_gemeente_ocmw_screen_shows_the_selected_role_or_phase() {
    let mut model = model();
    keys(&mut model, "4 right right right right right i");
    let text = shown(&model, 120, 36);
    assert!(text.contains("f. Regisseur"), "{text}");
    assert!(text.contains("op elkaar worden afgestemd met het oog op een effectiever"), "{text}");
    keys(&mut model, "esc");
    keys(&mut model, &"right ".repeat(5));
    keys(&mut model, "i");
    assert!(shown(&model, 120, 36).contains("fase 1: planning, normering, advisering;"));
}

#[test]
fn i_on_the_actors_and_from_the_help_shows_the_definition_of_regie() {
    let definition = "Regie is een bijzondere vorm van sturen";
    let mut model = model();
    keys(&mut model, "6 i");
    assert!(shown(&model, 120, 36).contains(definition));
    let mut model = common::model();
    keys(&mut model, "?");
    type_text(&mut model, "achtergrond");
    keys(&mut model, "enter");
    assert!(open(&model));
    assert!(shown(&model, 120, 36).contains(definition));
}

#[test]
fn snapshots_of_a_component_an_indicator_and_a_role() {
    let mut component = model();
    keys(&mut component, "i");
    snapshot("background_component_overzicht", &component);
    let mut indicator = model();
    keys(&mut indicator, "right enter down i");
    snapshot("background_indicator", &indicator);
    let mut role = model();
    keys(&mut role, "4 right right right right right i");
    snapshot("background_role_regisseur", &role);
}

/// Lines of the two sources (seed 000: the report; seed 001: the HIVA note).
const REPORT_LINES: usize = 569;
const HIVA_LINES: usize = 738;

fn entries() -> Vec<regie::domain::BackgroundEntry> {
    let text = include_str!("../data/background.ron");
    ron::from_str(text).unwrap_or_else(|e| panic!("data/background.ron: {e}"))
}

#[test]
fn every_place_lies_within_its_source() {
    for entry in entries() {
        let (seed, _, last) = place(&entry.source).unwrap_or_else(|| panic!("{}: no place", entry.title));
        let length = match seed {
            Seed::Rapport => REPORT_LINES,
            Seed::HivaNota => HIVA_LINES,
        };
        assert!(last <= length, "{}: {} past line {length}", entry.title, entry.source);
    }
}

/// Markup of the seed files that is not text: footnote marks, bold.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("<sup>") {
        out.push_str(&rest[..at]);
        rest = rest[at..].split_once("</sup>").map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out.replace("**", "").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn seed(prefix: &str) -> Option<Vec<String>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let file = std::fs::read_dir(dir).ok()?.flatten().find(|f| f.file_name().to_string_lossy().starts_with(prefix))?;
    let text = std::fs::read_to_string(file.path()).ok()?;
    Some(text.lines().map(str::to_string).collect())
}

/// The figures of a text: runs of digits with the thousands spaces and decimal commas.
fn figures(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (at, &c) in chars.iter().enumerate() {
        let joins =
            (c == ' ' || c == ',') && !current.is_empty() && chars.get(at + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || joins {
            current.push(c);
        } else if !current.is_empty() {
            found.push(std::mem::take(&mut current));
        }
    }
    found.extend((!current.is_empty()).then_some(current));
    found
}

#[test]
fn every_quote_stands_word_for_word_in_the_lines_it_cites() {
    let (Some(report), Some(hiva)) = (seed("000_"), seed("001_")) else {
        eprintln!("../shared/seeds not beside the project: quotes not checked against the sources");
        return;
    };
    assert_eq!((report.len(), hiva.len()), (REPORT_LINES, HIVA_LINES));
    for entry in entries() {
        let (which, first, last) = place(&entry.source).unwrap_or_else(|| panic!("{}: no place", entry.title));
        let lines = match which {
            Seed::Rapport => &report,
            Seed::HivaNota => &hiva,
        };
        let cited = plain(&lines[first - 1..last].join("\n"));
        for paragraph in &entry.paragraphs {
            if entry.verbatim {
                assert!(
                    cited.contains(paragraph.as_str()),
                    "{} ({}): not in the source:\n{paragraph}",
                    entry.title,
                    entry.source
                );
            } else {
                for figure in figures(paragraph) {
                    assert!(
                        cited.contains(&figure),
                        "{} ({}): figure {figure} not in the source",
                        entry.title,
                        entry.source
                    );
                }
            }
        }
    }
}

#[test]
fn a_dataset_without_background_texts_loads_and_says_so() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    let dataset = regie::dataset::load(&regie::dataset::Source::Directory(dir)).unwrap_or_else(|p| panic!("{p:?}"));
    assert!(dataset.background().is_empty());
    let keymap = regie::keymap::Keymap::shipped().unwrap_or_else(|e| panic!("{e:?}"));
    let mut model = Model::new(dataset, keymap, regie::app::Projection::default(), common::TODAY);
    keys(&mut model, "i");
    assert!(open(&model));
    assert!(screen(&model, 80, 24).contains("geen achtergrond in de bronnen van deze dataset"));
}
