//! The `regie` binary.

use std::process::ExitCode;

use clap::Parser;
use regie::app::{Model, Projection};
use regie::check::{self, EXIT_BAD_INPUT, write_problems};
use regie::cli::{Cli, Command, source_of};
use regie::{config, dataset, tui};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(Command::Check { ref dir, json }) => {
            let source = source_of(dir.clone().or_else(|| cli.data.clone()));
            check::run(
                &source,
                json,
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            )
        }
        None => run_app(&cli),
    };
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}

fn run_app(cli: &Cli) -> i32 {
    let loaded = dataset::load(&cli.source()).and_then(|dataset| {
        let keymap = config::keymap(config::config_dir().as_deref(), cli.keymap.as_deref())?;
        Ok((dataset, keymap))
    });
    let (dataset, keymap) = match loaded {
        Ok(loaded) => loaded,
        Err(problems) => {
            // stderr failing leaves nowhere to report; the exit code still tells.
            let _ = write_problems(&problems, &mut std::io::stderr());
            return EXIT_BAD_INPUT;
        }
    };
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let projection = Projection {
        no_color,
        ..Projection::default()
    };
    match tui::run(Model::new(dataset, keymap, projection)) {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("regie: terminalfout: {error}");
            1
        }
    }
}
