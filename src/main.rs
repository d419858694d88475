//! The `regie` binary.

use std::process::ExitCode;

use clap::Parser;
use regie::check;
use regie::cli::{Cli, Command, source_of};
use regie::run;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match &cli.command {
        Some(Command::Check { dir, json }) => {
            let source = source_of(dir.clone().or_else(|| cli.data.clone()));
            check::run(&source, *json, &mut std::io::stdout(), &mut std::io::stderr())
        }
        Some(Command::Export { what }) => run::export(&cli, what),
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
