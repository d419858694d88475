//! Criterion benchmarks of measurements over time (issue 12's budgets): 300 municipalities ×
//! 5 measurements. Loading the latest, switching the measurement in view and turning compare
//! on (the UI thread's part: the loop loads the files beside it), navigating with compare on,
//! and comparing two measurements in the domain.
// Harness code outside #[test] functions: a failed set-up stops the run with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use jiff::civil::date;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use regie::app::{MeasurementPurpose, Model, Msg, Projection, update};
use regie::command::Action;
use regie::dataset::{Source, load_measurement};
use regie::demo::{DemoSize, generate, write};
use regie::domain::compare::compare;
use regie::keymap::Keymap;
use regie::project::{Copy, new_measurement};
use regie::ui;
use regie::workspace::store;

/// `regie demo-data` (300 municipalities, 60 000 findings, 10 000 actions) with four more
/// measurements, each a copy of the one before.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let (parts, workspace) = generate(DemoSize::FLANDERS);
    write(dir.path(), &parts, &workspace).unwrap();
    let source = Source::Directory(dir.path().to_path_buf());
    for round in 1..5 {
        let dataset = load_measurement(&source, None).unwrap();
        let name = format!("Opvolging {}", 2020 + round);
        new_measurement(dir.path(), &dataset, &name, date(2026, 11, 27), Copy::Of(&dataset)).unwrap();
    }
    dir
}

fn benches(c: &mut Criterion) {
    let dir = project();
    let source = Source::Directory(dir.path().to_path_buf());
    c.bench_function("load the latest of 5 measurements, 300 municipalities", |b| {
        b.iter(|| load_measurement(black_box(&source), None))
    });
    c.bench_function("load the first of 5 measurements, 300 municipalities (as before measurements)", |b| {
        b.iter(|| load_measurement(black_box(&source), Some("nulmeting")))
    });
    let latest = load_measurement(&source, None).unwrap();
    c.bench_function("drop a measurement, 300 municipalities (60 000 findings)", |b| {
        b.iter_batched(|| latest.clone(), drop, BatchSize::LargeInput)
    });
    let earlier = load_measurement(&source, Some("opvolging-2022")).unwrap();
    let workspace = store::load(&dir.path().join("workspace")).unwrap();
    let keymap = Keymap::shipped().unwrap();
    let mut model = Model::new(latest.clone(), keymap, Projection::default(), date(2026, 11, 24))
        .with_workspace(workspace.clone(), false);
    c.bench_function("switch measurement, loaded beside the loop (update)", |b| {
        b.iter_batched(
            || Box::new(earlier.clone()),
            |loaded| {
                update(&mut model, Msg::MeasurementLoaded { purpose: MeasurementPurpose::View, loaded: Ok(loaded) })
            },
            BatchSize::LargeInput,
        )
    });
    update(
        &mut model,
        Msg::MeasurementLoaded { purpose: MeasurementPurpose::View, loaded: Ok(Box::new(latest.clone())) },
    );
    c.bench_function("turn compare on, loaded beside the loop (update)", |b| {
        b.iter_batched(
            || Box::new(earlier.clone()),
            |loaded| {
                update(&mut model, Msg::MeasurementLoaded { purpose: MeasurementPurpose::Compare, loaded: Ok(loaded) })
            },
            BatchSize::LargeInput,
        )
    });
    let mut terminal = Terminal::new(TestBackend::new(120, 36)).unwrap();
    let mut plain = Model::new(latest.clone(), Keymap::shipped().unwrap(), Projection::default(), date(2026, 11, 24))
        .with_workspace(workspace.clone(), false);
    c.bench_function("navigate matrix 120x36, compare off, 300 municipalities (update + render)", |b| {
        b.iter(|| {
            update(&mut plain, Action::Down);
            terminal.draw(|frame| ui::view(frame, &plain)).unwrap();
        })
    });
    c.bench_function("navigate matrix 120x36, compare on, 300 municipalities (update + render)", |b| {
        b.iter(|| {
            update(&mut model, Action::Down);
            terminal.draw(|frame| ui::view(frame, &model)).unwrap();
        })
    });
    update(&mut model, Action::Open);
    c.bench_function("navigate drill-down 120x36, compare on (update + render)", |b| {
        b.iter(|| {
            update(&mut model, Action::Down);
            terminal.draw(|frame| ui::view(frame, &model)).unwrap();
        })
    });
    c.bench_function("compare two measurements, 300 x 200 (domain)", |b| {
        b.iter(|| compare(black_box(&workspace), black_box(&earlier), black_box(&latest)))
    });
}

criterion_group! {
    name = measurements;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(measurements);
