//! Screen 6: the actors, their form and scope, and their relation to each municipality.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table};

use crate::app::Model;
use crate::domain::{Actor, Besturen, Relation, RelationKind, Scope};

use super::text::{clean, display_width, fit, wrappable};
use super::theme::Theme;
use super::window::Window;
use super::wrapped::wrapped;

const NAME: u16 = 24;
const MUNICIPALITY: u16 = 3;

fn letter(kind: RelationKind) -> char {
    match kind {
        RelationKind::EigenActor => 'E',
        RelationKind::Klant => 'K',
        // Not O: O is the OCMW on every other screen.
        RelationKind::Overeenkomst => 'C',
        RelationKind::Bestuurszetel => 'B',
        RelationKind::Partner => 'P',
    }
}

/// Draws the actoren screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    let [table_area, detail_area] = Layout::vertical([Constraint::Min(6), Constraint::Length(7)]).areas(area);
    render_table(frame, table_area, model, theme);
    render_detail(frame, detail_area, model, theme);
}

fn render_table(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    let dataset = model.dataset();
    let municipalities = dataset.municipalities();
    let room = area.width.saturating_sub(2 + 2 + NAME + 1 + 2 + 1);
    let fits = usize::from(room / (MUNICIPALITY + 1));
    let per_municipality = fits >= municipalities.len();
    // The names take the room the relations leave: whole where it is there.
    let longest = dataset.actors().iter().map(|a| display_width(&a.name)).max().unwrap_or(0);
    let relations_need = if per_municipality {
        u16::try_from(municipalities.len()).unwrap_or(u16::MAX).saturating_mul(MUNICIPALITY + 1)
    } else {
        14
    };
    let free = area.width.saturating_sub(2 + 2 + 1 + 2 + 1 + relations_need);
    let name_width = u16::try_from(longest).unwrap_or(u16::MAX).min(free).max(NAME.min(free.max(12)));
    let window = Window::around(dataset.actors().len(), model.screens.actoren.row, area.height.saturating_sub(3));
    let shown = dataset.actors().get(window.rows.clone()).unwrap_or_default();
    let rows = shown.iter().enumerate().map(|(row, actor)| {
        let highlight = window.highlight(row, theme.selected);
        let fixed = [
            // The name itself marked, not its padding: a wide column costs no bytes per key.
            Cell::from(Span::styled(fit(&actor.name, usize::from(name_width)), highlight)),
            Cell::from(if actor.scope == Scope::Regionaal { "R" } else { "L" }),
        ];
        let relations: Vec<Cell> = if per_municipality {
            municipalities.iter().map(|m| Cell::from(relation_letters(actor, &m.id))).collect()
        } else {
            let mut related: Vec<&str> = actor.relations.iter().map(|r| r.municipality.as_str()).collect();
            related.sort_unstable();
            related.dedup();
            let count = related.len();
            let word = if count == 1 { "gemeente" } else { "gemeenten" };
            vec![Cell::from(format!("{count} {word}"))]
        };
        Row::new(fixed.into_iter().chain(relations).collect::<Vec<_>>())
    });
    let heads: Vec<String> = if per_municipality {
        municipalities.iter().map(|m| m.name.chars().take(MUNICIPALITY as usize).collect()).collect()
    } else {
        vec!["Relaties".to_string()]
    };
    let header = ["Actor".to_string(), "S".to_string()].into_iter().chain(heads);
    let widths: Vec<Constraint> = [Constraint::Length(name_width), Constraint::Length(2)]
        .into_iter()
        .chain(if per_municipality {
            vec![Constraint::Length(MUNICIPALITY); municipalities.len()]
        } else {
            vec![Constraint::Min(10)]
        })
        .collect();
    // The letters' legend only where the letters are shown, so that the rows marker always fits.
    let title = if per_municipality {
        let legend =
            " Actoren: E eigen · K klant · C overeenkomst · B bestuurszetel · P partner · klein: illustratief ";
        vec![Span::styled(legend, theme.header)]
    } else {
        vec![Span::styled(" Actoren ", theme.header), Span::styled("(relaties: zie onder) ", theme.marker)]
    };
    let table = Table::new(rows, widths).header(Row::new(header.collect::<Vec<_>>()).style(theme.header));
    window.render_table(frame, area, table, title, theme);
}

/// The letters of the actor's relations with a municipality; an illustrative one in lower case.
fn relation_letters(actor: &Actor, municipality: &str) -> String {
    let shown = |r: &Relation| {
        let letter = letter(r.kind);
        if r.is_illustrative() { letter.to_ascii_lowercase() } else { letter }
    };
    let letters: String = actor.relations.iter().filter(|r| r.municipality == municipality).map(shown).collect();
    if letters.is_empty() { "·".to_string() } else { letters }
}

/// The selected actor in full, each part in rows of its own so that moving to the next actor
/// rewrites only the text that differs, never shifts the lines below it.
fn render_detail(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    let dataset = model.dataset();
    let block = Block::default().borders(Borders::TOP).border_style(theme.border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(actor) = dataset.actors().get(model.screens.actoren.row) else {
        frame.render_widget(Paragraph::new("Geen actoren in deze dataset.").style(theme.muted), inner);
        return;
    };
    let vormen: Vec<&str> = actor.vormen.iter().map(|v| v.label()).collect();
    let [name, activity, source, related] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(2), Constraint::Length(1), Constraint::Min(1)])
            .areas(inner);
    let name_line = Line::styled(
        fit(
            &format!("{} · {} · {}", clean(&actor.name), vormen.join(", "), actor.scope.label()),
            usize::from(inner.width),
        ),
        theme.header,
    );
    let wrapped = |line: Line<'static>| wrapped(Paragraph::new(line), true);
    frame.render_widget(Paragraph::new(name_line), name);
    frame.render_widget(wrapped(Line::styled(wrappable(&actor.activity, activity).into_owned(), theme.text)), activity);
    // The source on a row of its own, cut with a marker: the same source for the next actor
    // rewrites nothing.
    let said = actor.source.as_deref().map_or("bron: niet vermeld".to_string(), |s| format!("bron: {}", clean(s)));
    frame.render_widget(Paragraph::new(Line::styled(fit(&said, usize::from(source.width)), theme.muted)), source);
    frame.render_widget(wrapped(Line::styled(relations_text(model, actor), theme.text)), related);
}

/// A group of relations: their kind, bestuur, and whether they are illustrative.
type Group = (RelationKind, Besturen, bool);

/// The actor's relations grouped by kind, bestuur and whether they are illustrative:
/// `klant (gemeente, illustratief): Avelgem, Kortrijk`, or `alle 13 gemeenten` when every
/// municipality has that relation.
fn relations_text(model: &Model, actor: &Actor) -> String {
    let municipalities = model.dataset().municipalities();
    let mut groups: Vec<(Group, Vec<&str>)> = Vec::new();
    for relation in &actor.relations {
        let name = model.dataset().municipality(&relation.municipality).map_or("?", |m| m.name.as_str());
        let key = (relation.kind, relation.bestuur, relation.is_illustrative());
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, names)) => names.push(name),
            None => groups.push((key, vec![name])),
        }
    }
    if groups.is_empty() {
        return "Geen relaties met gemeenten.".to_string();
    }
    let group_text = |((kind, bestuur, illustrative), names): &(Group, Vec<&str>)| {
        let who = if names.len() == municipalities.len() {
            format!("alle {} gemeenten", names.len())
        } else {
            clean(&names.join(", ")).into_owned()
        };
        let marker = if *illustrative { ", illustratief" } else { "" };
        format!("{} ({}{marker}): {who}", kind.label(), bestuur.label())
    };
    groups.iter().map(group_text).collect::<Vec<_>>().join(" · ")
}
