//! The `regie` binary.

use std::process::ExitCode;

use regie::check;
use regie::cli::{Command, source_of};
use regie::run;

fn main() -> ExitCode {
    let cli = regie::cli::parse();
    let code = match &cli.command {
        Some(Command::Check { dir, json }) => {
            let dir = dir.clone().or_else(|| cli.data.clone()).or_else(|| cli.project.clone());
            let workspace = dir.as_deref().filter(|d| regie::project::is_project(d)).map(regie::project::workspace_dir);
            let source = source_of(dir);
            let (out, err) = (&mut std::io::stdout(), &mut std::io::stderr());
            check::run_with(&source, workspace.as_deref(), cli.measurement.as_deref(), *json, out, err)
        }
        Some(Command::Export { what }) => run::export(&cli, what),
        Some(Command::Template { file, gemeente }) => {
            regie::workbook::template_command(&cli, file, gemeente.as_deref())
        }
        Some(Command::Import { file }) => regie::workbook::import_command(&cli, file),
        Some(Command::New { dir, municipalities, from_sample, title }) => {
            run::new_project(dir, municipalities.as_deref(), *from_sample, title.as_deref())
        }
        Some(Command::Measurement { what }) => regie::measurement_cli::command(&cli, what),
        Some(Command::Compare { before, after, json }) => {
            regie::measurement_cli::compare_command(&cli, before, after, *json)
        }
        Some(Command::DemoData { municipalities, indicators_per_component, actions, out }) => {
            let size = regie::demo::DemoSize {
                municipalities: *municipalities,
                indicators_per_component: *indicators_per_component,
                follow_ups: *actions,
            };
            run::demo_data(size, out)
        }
        None => run::app(&cli),
    };
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
