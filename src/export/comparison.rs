//! Two measurements compared, as `regie compare` prints it: a readable table, or JSON with
//! `cells` and `findings`. Names and notes neutralised like every text regie writes.

use serde_json::{Value, json};

use crate::domain::Dataset;
use crate::domain::compare::{Comparison, FindingState, LevelChange};
use crate::domain::text::one_line;

/// The comparison as JSON: which measurements, `cells` (municipality, component, level before
/// and after) and `findings` (municipality, indicator, verdict and note before and after) for
/// every finding that changed.
pub fn json(before: &Dataset, after: &Dataset, comparison: &Comparison) -> Value {
    let measurement = |d: &Dataset| json!({ "id": d.measurement().id, "name": one_line(&d.measurement().name) });
    let cells: Vec<Value> = comparison
        .cells
        .iter()
        .map(|c| {
            json!({
                "municipality": c.municipality, "component": c.component, "before": c.before, "after": c.after,
            })
        })
        .collect();
    let verdict = |s: &Option<FindingState>| s.as_ref().map(|s| s.verdict.label());
    let note = |s: &Option<FindingState>| s.as_ref().map(|s| one_line(&s.note).into_owned());
    let findings: Vec<Value> = comparison
        .findings
        .iter()
        .map(|f| {
            json!({
                "municipality": f.municipality,
                "indicator": f.indicator,
                "before": verdict(&f.before),
                "after": verdict(&f.after),
                "note_before": note(&f.before),
                "note_after": note(&f.after),
            })
        })
        .collect();
    json!({ "before": measurement(before), "after": measurement(after), "cells": cells, "findings": findings })
}

/// The comparison as text: per municipality the level per component then → now with its
/// change, then every changed finding with both notes.
pub fn text(before: &Dataset, after: &Dataset, comparison: &Comparison) -> String {
    let name = |d: &Dataset| one_line(&d.measurement().name).into_owned();
    let mut out = format!("# {} → {}\n", name(before), name(after));
    let components = after.components();
    let width = after.municipalities().iter().map(|m| m.name.chars().count()).max().unwrap_or(8).max(8);
    let column = components.iter().map(|c| c.short.chars().count()).max().unwrap_or(0).max(10);
    let header: Vec<String> = components.iter().map(|c| format!("{:<column$}", one_line(&c.short))).collect();
    out.push_str(&format!("{:<width$}  {}\n", "Gemeente", header.join(" ").trim_end()));
    let level = |l: Option<u32>| l.map_or("-".to_string(), |l| l.to_string());
    for (row, municipality) in comparison.cells.chunks(components.len().max(1)).zip(after.municipalities()) {
        let cells: Vec<String> = row
            .iter()
            .map(|c| {
                let change = LevelChange::of(c.before, c.after).text();
                format!("{:<column$}", format!("{}→{} {change}", level(c.before), level(c.after)))
            })
            .collect();
        out.push_str(&format!("{:<width$}  {}\n", one_line(&municipality.name), cells.join(" ").trim_end()));
    }
    out.push_str(&format!("# Gewijzigde bevindingen: {}\n", comparison.findings.len()));
    for change in &comparison.findings {
        let municipality = after.municipality(&change.municipality).map_or(change.municipality.as_str(), |m| &m.name);
        let state = |s: &Option<FindingState>| {
            s.as_ref().map_or("—".to_string(), |s| format!("{} ({})", s.verdict.label(), one_line(&s.note)))
        };
        out.push_str(&format!(
            "{} · {}: {} → {}\n",
            one_line(municipality),
            one_line(&change.indicator),
            state(&change.before),
            state(&change.after)
        ));
    }
    out
}
