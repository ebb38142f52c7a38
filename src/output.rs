//! Writing a rendered site to the output folder, all at once or not at all.
//!
//! The site is written to a sibling temporary folder first and then swapped in with one atomic
//! rename, so that a failed or interrupted build leaves the previous output exactly as it was.
//! Only a folder that is empty or that an earlier build marked as cookiedoc's is ever replaced.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use crate::error::Error;
use crate::render::SiteFiles;

/// Written into every output folder; its presence makes the folder cookiedoc's to replace.
pub const MARKER: &str = ".cookiedoc";
const MARKER_TEXT: &str =
    "This folder was written by cookiedoc build; the next build replaces it whole.\n";

/// Writes `files` to `out`, replacing what an earlier build wrote there. `protected` is the
/// project folder (where cookies.toml is), which the output may never contain.
pub fn write_site(
    out: &Path,
    files: &SiteFiles,
    force: bool,
    protected: &Path,
) -> Result<(), Error> {
    // Messages name the folder as the user wrote it; the checks use the resolved path.
    let shown = out.display().to_string();
    let out = absolute(out)?;
    let protected = if protected.as_os_str().is_empty() {
        Path::new(".")
    } else {
        protected
    };
    let protected = fs::canonicalize(protected).map_err(Error::io("read", protected))?;
    if protected.starts_with(&out) {
        return Err(Error::Refused {
            message: format!(
                "refusing to write into `{}`: it contains the project (`{}`)",
                shown,
                protected.display()
            ),
            help: "choose an output folder of its own, such as `--out dist`".into(),
        });
    }
    let parent = out.parent().ok_or_else(|| Error::Refused {
        message: format!("refusing to write into `{shown}`"),
        help: "choose an output folder of its own, such as `--out dist`".into(),
    })?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();

    let exists = match fs::symlink_metadata(&out) {
        Ok(meta) if meta.is_dir() => true,
        Ok(_) => {
            return Err(Error::Refused {
                message: format!("refusing to replace `{}`: it is not a folder", shown),
                help: "remove it, or choose another `--out`".into(),
            });
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => false,
        Err(e) => return Err(Error::io("read", &out)(e)),
    };
    if exists && !force && !is_replaceable(&out)? {
        return Err(Error::Refused {
            message: format!(
                "refusing to replace `{}`: it is not empty and was not written by cookiedoc",
                shown
            ),
            help: "choose another `--out`, or pass `--force` to replace the folder and everything in it".into(),
        });
    }

    fs::create_dir_all(parent).map_err(Error::io("create", parent))?;
    let staging = parent.join(format!(".{name}.cookiedoc-{}.tmp", std::process::id()));
    remove_if_present(&staging)?;
    let result = write_tree(&staging, files).and_then(|()| swap_in(&staging, &out, exists));
    // Whatever happened, the staging folder (now holding the new or the old site) goes.
    let cleanup = remove_if_present(&staging);
    result.and(cleanup)
}

fn absolute(path: &Path) -> Result<PathBuf, Error> {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(Error::io("read the current folder", path))?
            .join(path)
    };
    // Resolve links and `..` component by component, so that the protection check compares
    // real paths even for a folder that does not exist yet.
    let mut resolved = PathBuf::from("/");
    for component in joined.components() {
        match component {
            Component::RootDir | Component::Prefix(_) | Component::CurDir => {}
            Component::ParentDir => {
                resolved.pop();
            }
            Component::Normal(name) => {
                resolved.push(name);
                if let Ok(real) = fs::canonicalize(&resolved) {
                    resolved = real;
                }
            }
        }
    }
    Ok(resolved)
}

fn is_replaceable(out: &Path) -> Result<bool, Error> {
    if out.join(MARKER).is_file() {
        return Ok(true);
    }
    let mut entries = fs::read_dir(out).map_err(Error::io("read", out))?;
    Ok(entries.next().is_none())
}

fn write_tree(root: &Path, files: &SiteFiles) -> Result<(), Error> {
    fs::create_dir(root).map_err(Error::io("create", root))?;
    for (relative, bytes) in files {
        let relative = Path::new(relative);
        // Paths come from validated locale codes and fixed names; this is the last line of defence.
        assert!(
            relative
                .components()
                .all(|c| matches!(c, Component::Normal(_))),
            "output path escapes the output folder: {}",
            relative.display()
        );
        let path = root.join(relative);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(Error::io("create", dir))?;
        }
        fs::write(&path, bytes).map_err(Error::io("write", &path))?;
    }
    let marker = root.join(MARKER);
    fs::write(&marker, MARKER_TEXT).map_err(Error::io("write", &marker))
}

fn swap_in(staging: &Path, out: &Path, exists: bool) -> Result<(), Error> {
    if !exists {
        return fs::rename(staging, out).map_err(Error::io("create", out));
    }
    match exchange(staging, out) {
        Ok(()) => Ok(()),
        // Some file systems cannot exchange; two renames leave a moment without the folder,
        // but never a half-written one.
        Err(_) => {
            let old = staging.with_extension("old");
            remove_if_present(&old)?;
            fs::rename(out, &old).map_err(Error::io("replace", out))?;
            fs::rename(staging, out).map_err(Error::io("replace", out))?;
            fs::rename(&old, staging).map_err(Error::io("replace", out))
        }
    }
}

/// Swaps two folders in one step (`renameat2` with `RENAME_EXCHANGE`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;

    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both are NUL-terminated paths that live until the call returns. The raw system call
    // is used because not every C library declares `renameat2`.
    let result = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if result == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Elsewhere there is no exchange: the caller falls back to two renames.
#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

fn remove_if_present(path: &Path) -> Result<(), Error> {
    match fs::remove_dir_all(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(Error::io("remove", path)(e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(text: &str) -> SiteFiles {
        let mut files = SiteFiles::new();
        files.insert("en/index.html".into(), text.as_bytes().to_vec());
        files
    }

    #[test]
    fn replaces_its_own_output_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("project");
        fs::create_dir(&project).unwrap();
        let out = dir.path().join("dist");
        write_site(&out, &site("one"), false, &project).unwrap();
        assert_eq!(
            fs::read_to_string(out.join("en/index.html")).unwrap(),
            "one"
        );
        fs::write(out.join("stale.txt"), "x").unwrap();
        write_site(&out, &site("two"), false, &project).unwrap();
        assert_eq!(
            fs::read_to_string(out.join("en/index.html")).unwrap(),
            "two"
        );
        assert!(
            !out.join("stale.txt").exists(),
            "the old build is replaced whole"
        );
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers.len(), 2, "{leftovers:?}");
    }

    #[test]
    fn refuses_a_foreign_folder_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("precious.txt"), "keep").unwrap();
        let project = tempfile::tempdir().unwrap();
        let Err(Error::Refused { message, .. }) =
            write_site(&out, &site("x"), false, project.path())
        else {
            panic!("expected a refusal");
        };
        assert!(message.contains("not written by cookiedoc"), "{message}");
        assert_eq!(
            fs::read_to_string(out.join("precious.txt")).unwrap(),
            "keep"
        );
        write_site(&out, &site("x"), true, project.path()).unwrap();
        assert!(!out.join("precious.txt").exists());
    }

    #[test]
    fn never_writes_over_the_project() {
        let dir = tempfile::tempdir().unwrap();
        for out in [dir.path().to_path_buf(), dir.path().join("sub/..")] {
            let result = write_site(&out, &site("x"), true, dir.path());
            assert!(matches!(result, Err(Error::Refused { .. })), "{out:?}");
        }
    }
}
