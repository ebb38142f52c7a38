//! Reading a project from disk: `cookies.toml` and, beside it, the user's `templates/` and
//! `locales/`. Everything read is registered in [`Sources`] so diagnostics can quote it.
//!
//! Only regular files inside the project are read. A project may come from someone else (a
//! cloned repository built in CI): a symbolic link could publish any file of the machine, a
//! named pipe would block forever and a device would never end. Each of those is an error that
//! names the path, and every file is read through a size limit.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::{SourceId, Sources};
use crate::error::Error;
use crate::i18n::FtlFile;

const MIB: u64 = 1024 * 1024;

/// The most bytes a file of some kind may have; the error names both.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// What kind of file, as the error says it: "a registry".
    pub what: &'static str,
    pub bytes: u64,
}

pub const REGISTRY_LIMIT: Limit = Limit {
    what: "a registry",
    bytes: 16 * MIB,
};
pub const TEMPLATE_LIMIT: Limit = Limit {
    what: "a template",
    bytes: 16 * MIB,
};
pub const FTL_LIMIT: Limit = Limit {
    what: "a translation file",
    bytes: 16 * MIB,
};
/// For files named on the command line that have no limit of their own.
pub const ANY_LIMIT: Limit = Limit {
    what: "an input file",
    bytes: 256 * MIB,
};

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
        let text = read_text_limited(config_path, REGISTRY_LIMIT)?;
        let registry = sources.add(config_path, text);
        // Empty for `cookies.toml` in the current folder, so that paths in messages read
        // `locales/en/x.ftl` rather than `./locales/en/x.ftl`.
        let root = config_path.parent().unwrap_or(Path::new("")).to_path_buf();

        let mut templates = Vec::new();
        for (name, path) in find_templates(&root.join("templates"))? {
            let text = read_text_limited(&path, TEMPLATE_LIMIT)?;
            let source = sources.add(&path, text.clone());
            templates.push((name, text, source));
        }

        let mut locales = Vec::new();
        for (folder, path) in find_ftl_files(&root.join("locales"))? {
            let text = read_text_limited(&path, FTL_LIMIT)?;
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

/// A UTF-8 file of at most [`ANY_LIMIT`], with its line endings normalized.
pub fn read_text(path: &Path) -> Result<Arc<str>, Error> {
    read_text_limited(path, ANY_LIMIT)
}

/// A regular UTF-8 file of at most `limit`, with its line endings normalized, so that output
/// and positions are the same on every platform.
pub fn read_text_limited(path: &Path, limit: Limit) -> Result<Arc<str>, Error> {
    let bytes = read_regular(path, limit).map_err(Error::io("read", path))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::Invalid(crate::diagnostic::not_utf8(
            path,
            e.as_bytes(),
            e.utf8_error(),
        ))
    })?;
    Ok(Arc::from(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }))
}

/// The bytes of a regular file (never through a symbolic link), refusing more than `limit`.
pub fn read_regular(path: &Path, limit: Limit) -> io::Result<Vec<u8>> {
    let file = open_regular(path)?;
    let size = file.metadata()?.len();
    if size > limit.bytes {
        return Err(too_large(limit));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // The file may grow while it is read; the limit holds whatever its size said.
    file.take(limit.bytes + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit.bytes {
        return Err(too_large(limit));
    }
    Ok(bytes)
}

fn too_large(limit: Limit) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!(
            "larger than the limit of {} MiB for {}",
            limit.bytes / MIB,
            limit.what
        ),
    )
}

/// Opens `path` only if it is a regular file and not a symbolic link.
fn open_regular(path: &Path) -> io::Result<File> {
    let file = match open_no_follow(path) {
        Ok(file) => file,
        Err(error) => {
            // The open fails on a link (ELOOP on Linux); say why in words.
            return Err(match fs::symlink_metadata(path) {
                Ok(meta) if meta.file_type().is_symlink() => not_regular("a symbolic link"),
                _ => error,
            });
        }
    };
    let kind = file.metadata()?.file_type();
    if kind.is_file() {
        Ok(file)
    } else {
        Err(not_regular(describe(kind)))
    }
}

#[cfg(unix)]
fn open_no_follow(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK: opening a named pipe would otherwise wait for a writer before the type
    // check could refuse it. Reads of a regular file never block, so it does no harm later.
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> io::Result<File> {
    if fs::symlink_metadata(path)?.file_type().is_symlink() {
        return Err(not_regular("a symbolic link"));
    }
    File::open(path)
}

fn not_regular(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "not a regular file but {what}; cookiedoc reads only regular files inside the project"
        ),
    )
}

fn describe(kind: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else if kind.is_symlink() {
        "a symbolic link"
    } else {
        "a special file"
    }
}

/// The entries of a project folder, sorted by name, without hidden ones; a link among them
/// is an error, since following it would leave the project.
fn entries(dir: &Path) -> Result<Vec<(String, PathBuf, fs::FileType)>, Error> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).map_err(Error::io("read", dir))? {
        let entry = entry.map_err(Error::io("read", dir))?;
        let path = entry.path();
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let kind = entry.file_type().map_err(Error::io("read", &path))?;
        if kind.is_symlink() {
            return Err(Error::io("read", &path)(not_regular("a symbolic link")));
        }
        found.push((name, path, kind));
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(found)
}

/// Whether the project folder `dir` exists; a link in its place is an error.
fn is_project_dir(dir: &Path) -> Result<bool, Error> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() => {
            Err(Error::io("read", dir)(not_regular("a symbolic link")))
        }
        Ok(meta) => Ok(meta.is_dir()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(Error::io("read", dir)(e)),
    }
}

/// The user's templates, as (name relative to `templates/` with `/` separators, path), sorted.
fn find_templates(dir: &Path) -> Result<Vec<(String, PathBuf)>, Error> {
    let mut found = Vec::new();
    if !is_project_dir(dir)? {
        return Ok(found);
    }
    let mut pending = vec![(String::new(), dir.to_path_buf())];
    while let Some((prefix, folder)) = pending.pop() {
        for (name, path, kind) in entries(&folder)? {
            if kind.is_dir() {
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

/// The user's `.ftl` files, as (folder under `locales/`, path), sorted.
fn find_ftl_files(dir: &Path) -> Result<Vec<(String, PathBuf)>, Error> {
    let mut files = Vec::new();
    if !is_project_dir(dir)? {
        return Ok(files);
    }
    for (folder, path, kind) in entries(dir)? {
        if !kind.is_dir() {
            continue;
        }
        for (name, file, _) in entries(&path)? {
            if name.ends_with(".ftl") {
                files.push((folder.clone(), file));
            }
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_its_limit_names_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.ftl");
        fs::write(&path, vec![b'a'; 2 * MIB as usize]).unwrap();
        let limit = Limit {
            what: "a translation file",
            bytes: MIB,
        };
        let error = read_regular(&path, limit).unwrap_err();
        assert_eq!(
            error.to_string(),
            "larger than the limit of 1 MiB for a translation file"
        );
        assert_eq!(
            read_regular(&path, FTL_LIMIT).unwrap().len(),
            2 * MIB as usize
        );
    }

    #[test]
    fn a_folder_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let error = read_regular(dir.path(), ANY_LIMIT).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("not a regular file but a folder"),
            "{error}"
        );
    }
}
