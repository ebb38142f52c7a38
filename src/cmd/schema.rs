use std::process::ExitCode;

use cookiedoc::Error;

use super::output::write_stdout;

pub fn run() -> Result<ExitCode, Error> {
    write_stdout(cookiedoc::registry::json_schema().as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
