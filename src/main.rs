//! The `regie` binary.

use std::process::ExitCode;

use clap::Parser;
use regie::check;
use regie::cli::{Cli, Command, source_of};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(Command::Check { ref dir, json }) => {
            let source = source_of(dir.clone().or_else(|| cli.data.clone()));
            check::run(&source, json, &mut std::io::stdout(), &mut std::io::stderr())
        }
        None => check::run(&cli.source(), false, &mut std::io::stdout(), &mut std::io::stderr()),
    };
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
