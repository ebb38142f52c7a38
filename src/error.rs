//! The one error type of a run: invalid input (diagnostics), a refusal to touch a folder, or an
//! I/O failure with the path it happened on.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostic::Report;

#[derive(Debug)]
pub enum Error {
    /// The input has errors; every one is in the report.
    Invalid(Report),
    /// cookiedoc will not do what was asked, to protect the user's files.
    Refused { message: String, help: String },
    /// Reading or writing failed.
    Io {
        action: &'static str,
        path: PathBuf,
        source: io::Error,
    },
}

impl Error {
    pub fn io<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> Error + 'a {
        move |source| Error::Io {
            action,
            path: path.to_path_buf(),
            source,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Invalid(report) => {
                let errors = report.error_count();
                write!(
                    f,
                    "found {errors} error{}",
                    if errors == 1 { "" } else { "s" }
                )
            }
            Error::Refused { message, .. } => f.write_str(message),
            Error::Io { action, path, .. } => write!(f, "could not {action} `{}`", path.display()),
        }
    }
}

impl Error {
    /// The report of this error: its diagnostics, or one diagnostic for a refusal or an I/O
    /// failure, with its whole chain of causes.
    pub fn into_report(self) -> crate::diagnostic::Report {
        use crate::diagnostic::{Code, Diagnostic, Report, Sources};
        let diagnostic = match &self {
            Error::Invalid(_) => None,
            Error::Refused { message, help } => {
                Some(Diagnostic::error(Code::CannotProceed, message.clone()).help(help.clone()))
            }
            Error::Io { .. } => {
                let mut message = self.to_string();
                let mut source = std::error::Error::source(&self);
                while let Some(cause) = source {
                    message.push_str(": ");
                    message.push_str(&cause.to_string());
                    source = cause.source();
                }
                Some(Diagnostic::error(Code::CannotProceed, message))
            }
        };
        match (self, diagnostic) {
            (Error::Invalid(report), _) => report,
            (_, Some(diagnostic)) => Report::new(Sources::default(), vec![diagnostic]),
            (_, None) => unreachable!("every other error has a diagnostic"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
