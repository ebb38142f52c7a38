//! Reading a project from disk: `cookies.toml` and, beside it, the user's `templates/` and
//! `locales/`. Everything read is registered in [`Sources`] so diagnostics can quote it.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::{SourceId, Sources};
use crate::error::Error;
use crate::i18n::{self, FtlFile};

pub struct Project {
    pub config_path: PathBuf,
    /// The folder of `cookies.toml`, where `templates/` and `locales/` are looked up.
    pub root: PathBuf,
    pub sources: Sources,
    pub registry: SourceId,
    pub templates: Vec<(String, Arc<str>, SourceId)>,
    pub locales: Vec<FtlFile>,
}

impl Project {
    pub fn read(config_path: &Path) -> Result<Project, Error> {
        let mut sources = Sources::default();
        let text = read_text(config_path)?;
        let registry = sources.add(config_path, text);
        // Empty for `cookies.toml` in the current folder, so that paths in messages read
        // `locales/en/x.ftl` rather than `./locales/en/x.ftl`.
        let root = config_path.parent().unwrap_or(Path::new("")).to_path_buf();

        let templates_dir = root.join("templates");
        let mut templates = Vec::new();
        for (name, path) in find_templates(&templates_dir)? {
            let text = read_text(&path)?;
            let source = sources.add(&path, text.clone());
            templates.push((name, text, source));
        }

        let locales_dir = root.join("locales");
        let mut locales = Vec::new();
        let found = i18n::find_user_files(&locales_dir).map_err(Error::io("read", &locales_dir))?;
        for (folder, path) in found {
            let text = read_text(&path)?;
            let source = sources.add(&path, text);
            locales.push(FtlFile { folder, source });
        }

        Ok(Project {
            config_path: config_path.to_path_buf(),
            root,
            sources,
            registry,
            templates,
            locales,
        })
    }
}

/// A UTF-8 file with its line endings normalized, so that output and positions are the same on
/// every platform.
pub fn read_text(path: &Path) -> Result<Arc<str>, Error> {
    let bytes = fs::read(path).map_err(Error::io("read", path))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::Invalid(crate::diagnostic::not_utf8(
            path,
            e.as_bytes(),
            e.utf8_error(),
        ))
    })?;
    // Line endings are normalized so that output is the same on every platform.
    Ok(Arc::from(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }))
}

/// The user's templates, as (name relative to `templates/` with `/` separators, path), sorted.
fn find_templates(dir: &Path) -> Result<Vec<(String, PathBuf)>, Error> {
    let mut found = Vec::new();
    if !dir.is_dir() {
        return Ok(found);
    }
    let mut pending = vec![(String::new(), dir.to_path_buf())];
    while let Some((prefix, folder)) = pending.pop() {
        for entry in fs::read_dir(&folder).map_err(Error::io("read", &folder))? {
            let entry = entry.map_err(Error::io("read", &folder))?;
            let path = entry.path();
            let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            let file_type = entry.file_type().map_err(Error::io("read", &path))?;
            if file_type.is_dir() {
                pending.push((format!("{prefix}{name}/"), path));
            } else if [".html", ".md", ".css"]
                .iter()
                .any(|ext| name.ends_with(ext))
            {
                found.push((format!("{prefix}{name}"), path));
            }
        }
    }
    found.sort();
    Ok(found)
}
