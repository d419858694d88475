//! Criterion benchmarks against the product's budgets (listed in BENCHMARKS.md): loading,
//! rendering, the finder, saving, the questionnaire workbook.
//! The large dataset is generated in a temporary directory (`regie demo-data` sizes).
// Harness code outside #[test] functions: a failed set-up stops the run with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::path::Path;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use jiff::civil::date;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use regie::app::overlays::finder::FinderOverlay;
use regie::app::text_input::TextEdit;
use regie::app::{Model, Msg, Projection, update};
use regie::command::Action;
use regie::dataset::{Source, load};
use regie::demo::{DemoSize, generate, write};
use regie::domain::{FollowUp, FollowUpStatus, Link};
use regie::keymap::Keymap;
use regie::ui;
use regie::workspace::journal::{self, Delta};
use regie::workspace::store;

fn large_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let (parts, workspace) = generate(DemoSize::FLANDERS);
    write(dir.path(), &parts, &workspace).unwrap();
    dir
}

fn model(source: &Source, workspace: Option<&Path>) -> Model {
    let dataset = load(source).unwrap();
    let keymap = Keymap::shipped().unwrap();
    let model = Model::new(dataset, keymap, Projection::default(), date(2026, 11, 24));
    let loaded = workspace.map(|dir| store::load(dir).unwrap()).unwrap_or_default();
    model.with_workspace(loaded, false)
}

fn render(terminal: &mut Terminal<TestBackend>, model: &Model) {
    terminal.draw(|frame| ui::view(frame, model)).unwrap();
}

fn loading(c: &mut Criterion, large: &Path) {
    c.bench_function("load shipped dataset", |b| b.iter(|| load(black_box(&Source::Shipped))));
    let source = Source::Directory(large.to_path_buf());
    c.bench_function("load large dataset (60 000 findings)", |b| b.iter(|| load(black_box(&source))));
    let workspace = large.join("workspace");
    c.bench_function("load large workspace (10 000 actions)", |b| b.iter(|| store::load(black_box(&workspace))));
    c.bench_function("start-up model, large dataset and workspace", |b| {
        b.iter(|| model(black_box(&source), Some(&workspace)))
    });
}

fn rendering(c: &mut Criterion, large: &Path) {
    let mut terminal = Terminal::new(TestBackend::new(120, 36)).unwrap();
    let mut shipped = model(&Source::Shipped, None);
    c.bench_function("render matrix 120x36, shipped", |b| b.iter(|| render(&mut terminal, &shipped)));
    c.bench_function("navigate matrix 120x36, shipped (update + render)", |b| {
        b.iter(|| {
            update(&mut shipped, Action::Down);
            render(&mut terminal, &shipped);
        })
    });
    let mut large_model = model(&Source::Directory(large.to_path_buf()), Some(&large.join("workspace")));
    c.bench_function("navigate matrix 120x36, large (update + render)", |b| {
        b.iter(|| {
            update(&mut large_model, Action::Down);
            render(&mut terminal, &large_model);
        })
    });
    update(&mut large_model, Action::Open);
    c.bench_function("navigate drill-down 120x36, large (update + render)", |b| {
        b.iter(|| {
            update(&mut large_model, Action::Down);
            render(&mut terminal, &large_model);
        })
    });
    update(&mut large_model, Action::ScreenFollowUps);
    c.bench_function("navigate actions screen 120x36, 10 000 actions", |b| {
        b.iter(|| {
            update(&mut large_model, Action::Down);
            render(&mut terminal, &large_model);
        })
    });
}

/// The shipped dataset with a 5 MB note on the first finding of the first cell, entered as
/// the facilitator would (drill-down, edit, paste, save); the drill-down is open on it.
fn with_long_note() -> Model {
    let mut model = model(&Source::Shipped, None);
    let note = "Een toelichting die maar doorgaat, ".repeat(5_000_000 / 35);
    for action in [Action::Open.into(), Action::Edit.into(), Msg::Paste(note), Action::Open.into()] {
        update(&mut model, action);
    }
    model
}

fn long_note(c: &mut Criterion) {
    let mut terminal = Terminal::new(TestBackend::new(120, 36)).unwrap_or_else(|e| panic!("{e}"));
    let mut model = with_long_note();
    c.bench_function("render drill-down 120x36, 5 MB note selected", |b| b.iter(|| render(&mut terminal, &model)));
    let mut down = false;
    c.bench_function("navigate drill-down 120x36, 5 MB note (update + render)", |b| {
        b.iter(|| {
            down = !down;
            update(&mut model, if down { Action::Down } else { Action::Up });
            render(&mut terminal, &model);
        })
    });
    typing(c, &mut terminal, &model, Action::Finder, "finder: type 'd', 5 MB note (update + render)");
    typing(c, &mut terminal, &model, Action::Edit, "edit the 5 MB note: type 'd' (update + render)");
    let text = "Een actie die maar doorgaat, ".repeat(5_000_000 / 29);
    for action in [Action::NewFollowUp.into(), Msg::Paste(text), Action::Open.into(), Action::ScreenFollowUps.into()] {
        update(&mut model, action);
    }
    c.bench_function("render actions screen 120x36, a 5 MB action text", |b| b.iter(|| render(&mut terminal, &model)));
}

/// Typing one character into the text field that `open` opens on `model`.
fn typing(c: &mut Criterion, terminal: &mut Terminal<TestBackend>, model: &Model, open: Action, name: &str) {
    let mut opened = model.clone();
    update(&mut opened, open);
    c.bench_function(name, |b| {
        b.iter_batched(
            || opened.clone(),
            |mut model| {
                update(&mut model, Msg::Type('d'));
                render(terminal, &model);
                model
            },
            BatchSize::LargeInput,
        )
    });
}

fn finder(c: &mut Criterion, large: &Path) {
    let dataset = load(&Source::Directory(large.to_path_buf())).unwrap();
    let workspace = store::load(&large.join("workspace")).unwrap();
    c.bench_function("finder: open over 70 000+ entries", |b| {
        b.iter(|| FinderOverlay::open(black_box(&dataset), black_box(&workspace)))
    });
    let opened = FinderOverlay::open(&dataset, &workspace);
    for (typed, next) in [("", 'g'), ("ge", 'm'), ("gemeente 1", '2'), ("", 'z'), ("actie", 'x')] {
        let mut before = opened.clone();
        before.query.insert(typed);
        before.search();
        c.bench_function(&format!("finder: type '{next}' after '{typed}'"), |b| {
            b.iter_batched(
                || before.clone(),
                |mut finder| {
                    finder.query.insert(&next.to_string());
                    finder.search();
                    finder
                },
                BatchSize::LargeInput,
            )
        });
    }
}

fn saving(c: &mut Criterion, large: &Path) {
    let mut workspace = store::load(&large.join("workspace")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let add_action = |workspace: &mut regie::domain::Workspace| {
        let id = workspace.take_id();
        workspace.follow_ups.push(std::sync::Arc::new(FollowUp {
            id,
            text: "nieuwe actie".into(),
            links: vec![Link::Municipality("gemeente-001".into())],
            owner: None,
            due: None,
            status: FollowUpStatus::Open,
            meeting: None,
        }));
    };
    c.bench_function("save one more action durably, 10 000 present (journal line)", |b| {
        b.iter(|| {
            let before = workspace.clone();
            add_action(&mut workspace);
            let delta = Delta::between(&before, &workspace, before.seq + 1);
            workspace.seq = delta.seq;
            journal::append(dir.path(), &delta).unwrap();
        })
    });
    c.bench_function("save the whole workspace durably, 10 000 actions (snapshot)", |b| {
        b.iter(|| {
            add_action(&mut workspace);
            store::save(dir.path(), &workspace).unwrap();
        })
    });
}

/// Template and import of a workbook of `dataset`, named by its `size`.
fn workbook_of(c: &mut Criterion, dataset: &regie::domain::Dataset, size: &str) {
    c.bench_function(&format!("template workbook, {size}"), |b| {
        b.iter(|| regie::workbook::template(black_box(dataset), None, None).unwrap_or_else(|e| panic!("{e}")))
    });
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("werkboek.xlsx");
    let bytes = regie::workbook::template(dataset, None, None).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&file, bytes).unwrap_or_else(|e| panic!("{e}"));
    let workspace = regie::domain::Workspace::default();
    let baseline = regie::domain::Baseline::default();
    c.bench_function(&format!("import workbook, {size}"), |b| {
        b.iter(|| regie::workbook::import(black_box(&file), "werkboek.xlsx", dataset, &baseline, &workspace, "import"))
    });
}

fn workbook(c: &mut Criterion, large: &Path) {
    let project = DemoSize { municipalities: 300, indicators_per_component: 13, follow_ups: 0 };
    let parts = generate(project).0;
    let dataset = regie::domain::Dataset::from_parts(parts).unwrap_or_else(|p| panic!("{p:?}"));
    workbook_of(c, &dataset, "300 municipalities x 52 indicators (15 600 rows)");
    let dataset = load(&Source::Directory(large.to_path_buf())).unwrap_or_else(|p| panic!("{p:?}"));
    workbook_of(c, &dataset, "300 municipalities x 200 indicators (60 000 rows)");
}

/// A record edit rebuilds the dataset's indexes: toggling the visie of a municipality on the
/// regisseur screen (update + render), 300 municipalities × 52 indicators (a real project) and
/// the 60 000 findings of `demo-data`.
fn record_edits(c: &mut Criterion, large: &Path) {
    let mut terminal = Terminal::new(TestBackend::new(120, 36)).unwrap();
    let project = DemoSize { municipalities: 300, indicators_per_component: 13, follow_ups: 0 };
    let dataset = regie::domain::Dataset::from_parts(generate(project).0).unwrap_or_else(|p| panic!("{p:?}"));
    let keymap = Keymap::shipped().unwrap();
    let mut real = Model::new(dataset, keymap, Projection::default(), date(2026, 11, 24));
    update(&mut real, Action::ScreenRegisseur);
    c.bench_function("record edit: toggle visie, 300 municipalities x 52 indicators (update + render)", |b| {
        b.iter(|| {
            update(&mut real, Action::ToggleVisie);
            render(&mut terminal, &real);
        })
    });
    let mut large_model = model(&Source::Directory(large.to_path_buf()), Some(&large.join("workspace")));
    update(&mut large_model, Action::ScreenRegisseur);
    c.bench_function("record edit: toggle visie, large (update + render)", |b| {
        b.iter(|| {
            update(&mut large_model, Action::ToggleVisie);
            render(&mut terminal, &large_model);
        })
    });
}

fn benches(c: &mut Criterion) {
    long_note(c);
    let large = large_dir();
    loading(c, large.path());
    rendering(c, large.path());
    finder(c, large.path());
    saving(c, large.path());
    workbook(c, large.path());
    record_edits(c, large.path());
}

criterion_group! {
    name = regie;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(regie);
