//! Screen 6, actoren: the list of actors; adding one, editing its name, forms, scope and
//! activity, and setting its relation with a municipality (the one selected elsewhere, or
//! any typed).

use crate::app::navigation::move_row;
use crate::app::overlays::form::{Form, Purpose};
use crate::app::records::{hand_source, save_actor};
use crate::app::{Effect, Model, Overlay};
use crate::command::Action;
use crate::domain::{Actor, Besturen, Relation, RelationKind, Scope, Vorm, labels};

/// The selected actor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorenState {
    /// Index into the dataset's actors.
    pub row: usize,
}

/// Commands on the actors screen.
pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    let actors = model.dataset().actors().len();
    move_row(&mut model.screens.actoren.row, actors, action);
    let a = model.screens.actoren.row;
    let form = match (action, model.dataset().actors().get(a)) {
        (Action::NewActor, _) => Form::actor("Actor toevoegen".to_string(), Purpose::NewActor, ["", "", "lokaal", ""]),
        (Action::EditActor, Some(actor)) => {
            let vormen: Vec<&str> = actor.vormen.iter().map(|v| v.label()).collect();
            let values = [actor.name.as_str(), &vormen.join(", "), actor.scope.label(), &actor.activity];
            Form::actor(format!("Actor bewerken: {}", actor.name), Purpose::EditActor(a), values)
        }
        (Action::EditRelation, Some(actor)) => relation_form(model, a, actor),
        _ => return Vec::new(),
    };
    model.chrome.overlay = Some(Overlay::Form(form));
    Vec::new()
}

fn relation_form(model: &Model, a: usize, actor: &Actor) -> Form {
    let dataset = model.dataset();
    let municipality = dataset.municipalities().get(model.screens.selection.municipality);
    let id = municipality.map_or("", |m| m.id.as_str());
    let current: Vec<&Relation> = actor.relations.iter().filter(|r| r.municipality == id).collect();
    let kinds: Vec<&str> = current.iter().map(|r| r.kind.label()).collect();
    let bestuur = current.first().map_or("gemeente", |r| r.bestuur.word());
    let name = municipality.map_or("", |m| m.name.as_str());
    Form::relation(format!("Relatie: {}", actor.name), a, [name, &kinds.join(", "), bestuur])
}

/// Saves a submitted actor form (new when `edit` is `None`); an error names the field that
/// does not read.
pub fn save(model: &mut Model, edit: Option<usize>, form: &Form) -> Result<Vec<Effect>, String> {
    let name = form.value(0).trim().to_string();
    if name.is_empty() {
        return Err("typ een naam".to_string());
    }
    let vormen = Vorm::parse_list(&form.value(1))
        .map_err(|word| format!("'{word}' is geen vorm ({})", labels(&Vorm::ALL, Vorm::label)))?;
    let scope = Scope::parse(&form.value(2))
        .ok_or_else(|| format!("'{}' is geen scope ({})", form.value(2).trim(), labels(&Scope::ALL, Scope::label)))?;
    let activity = form.value(3).trim().to_string();
    let dataset = model.dataset();
    let actor = match edit.and_then(|a| dataset.actors().get(a)) {
        Some(current) => {
            // The source speaks of the activity and forms it was written for.
            let same = current.activity == activity && current.vormen == vormen;
            let source = current.source.clone().filter(|_| same);
            Actor { name, vormen, scope, activity, source, ..current.clone() }
        }
        None => {
            let base = crate::project::municipality_id(&name);
            let base = if base.is_empty() { "actor".to_string() } else { base };
            let taken = |id: &str| dataset.actor(id).is_some();
            let id = (1..).map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") }).find(|id| !taken(id));
            let id = id.unwrap_or(base);
            Actor { id, name, vormen, scope, activity, source: None, relations: Vec::new(), count_source: None }
        }
    };
    let what = match edit {
        Some(_) => format!("actor bewerkt: {}", actor.name),
        None => format!("actor toegevoegd: {}", actor.name),
    };
    let id = actor.id.clone();
    let effects = save_actor(model, actor, what);
    if let Some(row) = model.dataset().actors().iter().position(|a| a.id == id) {
        model.screens.actoren.row = row;
    }
    Ok(effects)
}

/// Saves a submitted relation form: the actor's relations with that municipality become the
/// kinds typed (all held by the bestuur typed); `geen` or nothing removes them.
pub fn save_relation(model: &mut Model, a: usize, form: &Form) -> Result<Vec<Effect>, String> {
    let dataset = model.dataset();
    let Some(actor) = dataset.actors().get(a) else {
        return Ok(Vec::new());
    };
    let (municipality_typed, kinds_typed) = (form.value(0), form.value(1));
    let typed = municipality_typed.trim();
    let lowered = typed.to_lowercase();
    let municipality = dataset
        .municipalities()
        .iter()
        .find(|m| m.name.to_lowercase() == lowered || m.id == lowered)
        .ok_or_else(|| format!("onbekende gemeente '{typed}'"))?;
    let kinds_typed = kinds_typed.trim();
    let kinds: Vec<RelationKind> = if kinds_typed.is_empty() || kinds_typed.eq_ignore_ascii_case("geen") {
        Vec::new()
    } else {
        let words = kinds_typed.split([',', ';']).map(str::trim).filter(|w| !w.is_empty());
        let all = labels(&RelationKind::ALL, RelationKind::label);
        words
            .map(|w| RelationKind::parse(w).ok_or_else(|| format!("'{w}' is geen relatie ({all}, geen)")))
            .collect::<Result<_, _>>()?
    };
    let bestuur = Besturen::parse(&form.value(2))
        .ok_or_else(|| format!("'{}' is geen bestuur (gemeente, ocmw, beide)", form.value(2).trim()))?;
    if !kinds.is_empty() && !municipality.has(bestuur) {
        return Err(format!("{} heeft geen {}", municipality.name, bestuur.label()));
    }
    let source = hand_source(model);
    let mut changed = actor.clone();
    let earlier: Vec<Relation> =
        changed.relations.iter().filter(|r| r.municipality == municipality.id).cloned().collect();
    changed.relations.retain(|r| r.municipality != municipality.id);
    for kind in &kinds {
        let kept = earlier.iter().find(|r| r.kind == *kind && r.bestuur == bestuur).cloned();
        let relation = kept.unwrap_or_else(|| Relation {
            municipality: municipality.id.clone(),
            kind: *kind,
            bestuur,
            source: Some(source.clone()),
        });
        changed.relations.push(relation);
    }
    let shown: Vec<&str> = kinds.iter().map(|k| k.label()).collect();
    let shown = if shown.is_empty() { "geen".to_string() } else { shown.join(", ") };
    let what = format!("relatie {} – {}: {shown}", actor.name, municipality.name);
    Ok(save_actor(model, changed, what))
}
