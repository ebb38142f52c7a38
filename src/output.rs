//! Writing a rendered site to the output folder, all at once or not at all.
//!
//! The site is written to a sibling temporary folder first and then exchanged with the old
//! output in one step, so that a failed or interrupted build leaves the previous output exactly
//! as it was. Before that, the old tree is checked to be removable, so that the exchange is
//! never followed by a removal that fails halfway. Only a folder that is empty or that an
//! earlier build marked as cookiedoc's is ever replaced. Two builds of one folder take turns
//! through a lock file beside it, and the temporary folders of killed builds are removed.

mod swap;

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::error::Error;

/// Written into every output folder; its presence makes the folder cookiedoc's to replace.
pub const MARKER: &str = ".cookiedoc";
const MARKER_TEXT: &str =
    "This folder was written by cookiedoc build; the next build replaces it whole.\n";

/// A new site being written beside the output folder, file by file as the files are made (from
/// any thread), which [`Staging::commit`] puts in place of the old one. Dropped uncommitted, it
/// is removed and the output folder stays as it was.
pub struct Staging<'a> {
    target: Target,
    path: PathBuf,
    exists: bool,
    may_change: &'a (dyn Fn(&Path) -> bool + Sync),
    /// The files written, relative to the output folder.
    written: Mutex<Vec<String>>,
    /// What the files this build writes have besides their bytes; `None` keeps no old file.
    made: Option<Made>,
    committed: bool,
    /// Held until the new site is in place: no other build of the folder runs meanwhile.
    _lock: swap::Lock,
}

impl<'a> Staging<'a> {
    /// Takes the output folder's lock, checks that the old output may be replaced, and makes the
    /// temporary folder. `protected` is the project folder (where cookies.toml is), which the
    /// output may never contain.
    pub fn begin(out: &Path, force: bool, protected: &Path) -> Result<Staging<'static>, Error> {
        Staging::begin_checked(out, force, protected, &swap::may_change)
    }

    fn begin_checked(
        out: &Path,
        force: bool,
        protected: &Path,
        may_change: &'a (dyn Fn(&Path) -> bool + Sync),
    ) -> Result<Staging<'a>, Error> {
        let target = Target::resolve(out, protected)?;
        let parent = target.parent();
        fs::create_dir_all(parent).map_err(Error::io("create", parent))?;
        let lock_path = parent.join(format!(".{}.cookiedoc.lock", target.name));
        let lock = swap::lock(&lock_path).map_err(Error::io("lock", &lock_path))?;
        remove_leftovers(parent, &target.name);

        let exists = target.check_replaceable(force)?;
        if exists {
            target.check_removable(&target.path, may_change)?;
        }
        let path = target.sibling("tmp", std::process::id());
        remove_if_present(&path)?;
        fs::create_dir(&path).map_err(Error::io("create", &path))?;
        let mut staging = Staging {
            target,
            path,
            exists,
            may_change,
            written: Mutex::new(Vec::new()),
            made: None,
            committed: false,
            _lock: lock,
        };
        // The marker goes first, so that a build killed halfway leaves a folder the next build
        // knows as its own to remove.
        let marker = staging.path.join(MARKER);
        fs::write(&marker, MARKER_TEXT).map_err(Error::io("write", &marker))?;
        staging.made = fs::metadata(&marker).ok().map(|meta| Made::of(&meta));
        Ok(staging)
    }

    /// Writes one file of the new site from `parts` in order; `relative` is a path inside the
    /// output folder.
    pub fn put(&self, relative: &str, parts: &[&[u8]]) -> Result<(), Error> {
        let path = Path::new(relative);
        // Paths come from validated locale codes and fixed names; this is the last line of defence.
        assert!(
            path.components().all(|c| matches!(c, Component::Normal(_))),
            "output path escapes the output folder: {relative}",
        );
        let path = self.path.join(path);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(Error::io("create", dir))?;
        }
        if !(self.exists && self.reuse(relative, &path, parts)) {
            let write = || -> io::Result<()> {
                let mut file = fs::File::create(&path)?;
                parts.iter().try_for_each(|part| file.write_all(part))
            };
            write().map_err(Error::io("write", &path))?;
        }
        self.written
            .lock()
            .expect("no writer panics holding the list")
            .push(relative.to_owned());
        Ok(())
    }

    /// Links the old site's file at `relative` into the new site at `path` when it holds the
    /// bytes of `parts`: a rebuild then neither writes an unchanged file again nor, removing the
    /// old site, frees its pages, which together were most of the time a rebuild spent in the
    /// file system. `false` when the file differs or cannot be linked; it is then written.
    fn reuse(&self, relative: &str, path: &Path, parts: &[&[u8]]) -> bool {
        let old = self.target.path.join(relative);
        let Some(made) = &self.made else {
            return false;
        };
        let Ok(Some(identity)) = same_bytes(&old, parts, made) else {
            return false;
        };
        if fs::hard_link(&old, path).is_err() {
            return false;
        }
        // The old file is what was compared, unless it was replaced meanwhile: then the link
        // goes and the file is written.
        let linked = fs::symlink_metadata(path)
            .is_ok_and(|meta| file_identity(&meta).as_ref() == Some(&identity));
        if !linked {
            let _ = fs::remove_file(path);
        }
        linked
    }

    /// Puts the new site in place of the old one and removes the old one; returns the files
    /// written, sorted.
    pub fn commit(mut self) -> Result<Vec<String>, Error> {
        self.committed = true;
        let result = self
            .target
            .replace(&self.path, self.exists, self.may_change);
        // Whatever happened, the staging folder goes: it holds a failed new site, or nothing.
        let cleanup = remove_if_present(&self.path);
        result.and(cleanup)?;
        let mut written = std::mem::take(self.written.get_mut().expect("no writer panicked"));
        written.sort_unstable();
        Ok(written)
    }
}

impl Drop for Staging<'_> {
    fn drop(&mut self) {
        if !self.committed {
            // Best effort: a leftover is removed by the next build (`remove_leftovers`).
            let _ = remove_if_present(&self.path);
        }
    }
}

/// The output folder: as the user wrote it (for messages) and resolved (for the checks).
struct Target {
    shown: String,
    path: PathBuf,
    name: String,
}

impl Target {
    fn resolve(out: &Path, protected: &Path) -> Result<Target, Error> {
        let shown = out.display().to_string();
        let path = absolute(out)?;
        let protected = if protected.as_os_str().is_empty() {
            Path::new(".")
        } else {
            protected
        };
        let protected = fs::canonicalize(protected).map_err(Error::io("read", protected))?;
        if protected.starts_with(&path) {
            return Err(Error::Refused {
                message: format!(
                    "refusing to write into `{}`: it contains the project (`{}`)",
                    shown,
                    protected.display()
                ),
                help: "choose an output folder of its own, such as `--out dist`".into(),
            });
        }
        let name = match (path.parent(), path.file_name()) {
            (Some(_), Some(name)) => name.to_string_lossy().into_owned(),
            _ => {
                return Err(Error::Refused {
                    message: format!("refusing to write into `{shown}`"),
                    help: "choose an output folder of its own, such as `--out dist`".into(),
                });
            }
        };
        Ok(Target { shown, path, name })
    }

    fn parent(&self) -> &Path {
        self.path.parent().expect("checked in resolve")
    }

    /// `.dist.cookiedoc-PID.tmp` and its like, beside the output folder.
    fn sibling(&self, kind: &str, pid: u32) -> PathBuf {
        self.parent()
            .join(format!(".{}.cookiedoc-{pid}.{kind}", self.name))
    }

    /// Whether the folder exists, refusing what is not cookiedoc's to replace.
    fn check_replaceable(&self, force: bool) -> Result<bool, Error> {
        let exists = match fs::symlink_metadata(&self.path) {
            Ok(meta) if meta.is_dir() => true,
            Ok(_) => {
                return Err(Error::Refused {
                    message: format!("refusing to replace `{}`: it is not a folder", self.shown),
                    help: "remove it, or choose another `--out`".into(),
                });
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => false,
            Err(e) => return Err(Error::io("read", &self.path)(e)),
        };
        if exists && !force && !is_replaceable(&self.path)? {
            return Err(Error::Refused {
                message: format!(
                    "refusing to replace `{}`: it is not empty and was not written by cookiedoc",
                    self.shown
                ),
                help: "choose another `--out`, or pass `--force` to replace the folder and everything in it".into(),
            });
        }
        Ok(exists)
    }

    /// Refuses, before anything changes, an old tree this process could not remove whole.
    fn check_removable(
        &self,
        tree: &Path,
        may_change: &dyn Fn(&Path) -> bool,
    ) -> Result<(), Error> {
        let Some(stuck) =
            swap::first_unremovable(tree, may_change).map_err(Error::io("read", tree))?
        else {
            return Ok(());
        };
        // Named inside the output folder as the user knows it, wherever the tree is now.
        let inside = stuck.strip_prefix(tree).unwrap_or(&stuck);
        let shown = Path::new(&self.shown).join(inside);
        Err(Error::Refused {
            message: format!(
                "refusing to replace `{}`: `{}` cannot be changed by this user, so the old site could not be removed",
                self.shown,
                shown.display()
            ),
            help: format!(
                "give yourself write permission on it (`chmod -R u+w {}`), or choose another `--out`",
                self.shown
            ),
        })
    }

    /// Puts the new site at `staging` in place of the output folder and removes the old one.
    fn replace(
        &self,
        staging: &Path,
        exists: bool,
        may_change: &dyn Fn(&Path) -> bool,
    ) -> Result<(), Error> {
        if !exists {
            return fs::rename(staging, &self.path).map_err(Error::io("create", &self.path));
        }
        let aside = self.sibling("old", std::process::id());
        swap::exchange(staging, &self.path, &aside).map_err(Error::io("replace", &self.path))?;
        // The old site is at `staging` now. Checked once more in case it changed meanwhile:
        // exchanging back leaves everything as it was.
        if let Err(refusal) = self.check_removable(staging, may_change) {
            swap::exchange(staging, &self.path, &aside)
                .map_err(Error::io("restore", &self.path))?;
            return Err(refusal);
        }
        remove_tree(staging).map_err(|source| Error::Io {
            action: "remove the old site (the new one is in place) from",
            path: staging.to_path_buf(),
            source,
        })
    }
}

/// What tells one regular file from another: its size, and where there are inodes, its inode.
#[derive(PartialEq)]
struct FileIdentity {
    len: u64,
    #[cfg(unix)]
    inode: (u64, u64),
}

fn file_identity(meta: &fs::Metadata) -> Option<FileIdentity> {
    #[cfg(unix)]
    use std::os::unix::fs::MetadataExt;
    meta.is_file().then(|| FileIdentity {
        len: meta.len(),
        #[cfg(unix)]
        inode: (meta.dev(), meta.ino()),
    })
}

/// What a file has besides its bytes: its permissions and, where files have owners, its owner.
/// A file kept from the old site has what the same file written again would have.
#[derive(PartialEq)]
struct Made {
    #[cfg(unix)]
    mode_and_owner: (u32, u32, u32),
    #[cfg(not(unix))]
    readonly: bool,
}

impl Made {
    fn of(meta: &fs::Metadata) -> Made {
        #[cfg(unix)]
        use std::os::unix::fs::MetadataExt;
        Made {
            #[cfg(unix)]
            mode_and_owner: (meta.mode() & 0o7777, meta.uid(), meta.gid()),
            #[cfg(not(unix))]
            readonly: meta.permissions().readonly(),
        }
    }
}

/// The identity of the regular file at `path` when it holds the bytes of `parts` and is `made`
/// as a new file would be, read without following a link.
fn same_bytes(path: &Path, parts: &[&[u8]], made: &Made) -> io::Result<Option<FileIdentity>> {
    let len: usize = parts.iter().map(|p| p.len()).sum();
    let meta = fs::symlink_metadata(path)?;
    if !meta.is_file() || meta.len() != len as u64 || Made::of(&meta) != *made {
        return Ok(None);
    }
    let mut file = fs::File::open(path)?;
    let identity = file_identity(&file.metadata()?);
    if identity.is_none() || identity != file_identity(&meta) {
        return Ok(None);
    }
    let mut buffer = vec![0; 64 * 1024];
    for part in parts {
        for expected in part.chunks(buffer.len()) {
            let read = &mut buffer[..expected.len()];
            file.read_exact(read)?;
            if read != expected {
                return Ok(None);
            }
        }
    }
    Ok(identity)
}

/// Removes `tree` as [`fs::remove_dir_all`] does, its top-level entries (a folder per locale)
/// at the same time: unlinking the old site's files was most of what a commit took.
fn remove_tree(tree: &Path) -> io::Result<()> {
    let entries = fs::read_dir(tree)?.collect::<io::Result<Vec<_>>>()?;
    entries.par_iter().try_for_each(|entry| {
        // A link is removed, never followed.
        if entry.file_type()?.is_dir() {
            fs::remove_dir_all(entry.path())
        } else {
            fs::remove_file(entry.path())
        }
    })?;
    fs::remove_dir(tree)
}

/// Removes the temporary folders that builds killed before they finished left beside `out`:
/// only those holding cookiedoc's marker, of a process that no longer runs. Best effort: a
/// leftover that cannot be removed does not stop this build.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let prefix = format!(".{name}.cookiedoc-");
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        let Some(pid) = rest
            .strip_suffix(".tmp")
            .or_else(|| rest.strip_suffix(".old"))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let path = entry.path();
        let is_dir = entry.file_type().is_ok_and(|kind| kind.is_dir());
        if is_dir && pid != std::process::id() && !swap::is_running(pid) && has_marker(&path) {
            let _ = fs::remove_dir_all(&path);
        }
    }
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

/// The marker counts only as a regular file: a link named `.cookiedoc` proves nothing.
fn has_marker(dir: &Path) -> bool {
    fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|meta| meta.is_file())
}

fn is_replaceable(out: &Path) -> Result<bool, Error> {
    if has_marker(out) {
        return Ok(true);
    }
    let mut entries = fs::read_dir(out).map_err(Error::io("read", out))?;
    Ok(entries.next().is_none())
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
    use crate::render::SiteFiles;

    /// Writes `files` to `out` through a [`Staging`], as a build does.
    fn write_site(
        out: &Path,
        files: &SiteFiles,
        force: bool,
        protected: &Path,
    ) -> Result<(), Error> {
        write_site_checked(out, files, force, protected, &swap::may_change)
    }

    /// [`write_site`], with the judge of which folders this process may change given, so that a
    /// test can refuse one even when it runs as root.
    fn write_site_checked<'a>(
        out: &Path,
        files: &SiteFiles,
        force: bool,
        protected: &Path,
        may_change: &'a (dyn Fn(&Path) -> bool + Sync),
    ) -> Result<(), Error> {
        let staging = Staging::begin_checked(out, force, protected, may_change)?;
        for (relative, bytes) in files {
            staging.put(relative, &[bytes])?;
        }
        staging.commit().map(drop)
    }

    /// What is beside the output folder, but the lock file Windows keeps.
    fn beside(out: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(out.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|name| !name.ends_with(".cookiedoc.lock"))
            .collect();
        names.sort();
        names
    }

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
        assert_eq!(beside(&out), ["dist", "project"], "nothing stays beside it");
    }

    #[test]
    fn an_unchanged_file_is_kept_and_a_changed_one_written() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("project");
        fs::create_dir(&project).unwrap();
        let out = dir.path().join("dist");
        let mut files = site("same");
        files.insert("en/other.html".into(), b"abc".to_vec());
        write_site(&out, &files, false, &project).unwrap();
        let kept = fs::symlink_metadata(out.join("en/index.html")).unwrap();
        // The same size with other bytes, and a link where a file was: both written anew.
        files.insert("en/other.html".into(), b"abd".to_vec());
        files.insert("en/linked.html".into(), b"same".to_vec());
        write_site(&out, &files, false, &project).unwrap();
        fs::remove_file(out.join("en/linked.html")).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(out.join("en/index.html"), out.join("en/linked.html")).unwrap();
        write_site(&out, &files, false, &project).unwrap();
        for (relative, bytes) in &files {
            let path = out.join(relative);
            assert_eq!(&fs::read(&path).unwrap(), bytes, "{relative}");
            let meta = fs::symlink_metadata(&path).unwrap();
            assert!(meta.is_file(), "{relative} is a file of its own");
            #[cfg(unix)]
            assert_eq!(
                std::os::unix::fs::MetadataExt::nlink(&meta),
                1,
                "{relative}"
            );
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::{MetadataExt, PermissionsExt};
            let now = fs::symlink_metadata(out.join("en/index.html")).unwrap();
            assert_eq!(now.ino(), kept.ino(), "the unchanged file is the same file");
            // A file whose permissions were changed is written as new, with a new file's.
            let index = out.join("en/index.html");
            let fresh_mode = now.mode() & 0o7777;
            fs::set_permissions(&index, fs::Permissions::from_mode(0o600)).unwrap();
            write_site(&out, &files, false, &project).unwrap();
            let rewritten = fs::symlink_metadata(&index).unwrap();
            assert_ne!(rewritten.ino(), kept.ino());
            assert_eq!(rewritten.mode() & 0o7777, fresh_mode);
        }
        let _ = kept;
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

    /// A tree this process could not remove whole is refused before anything changes, even
    /// when the test runs as root (where permissions never refuse).
    #[test]
    fn an_old_site_that_cannot_be_removed_is_left_exactly_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let project = tempfile::tempdir().unwrap();
        let out = dir.path().join("dist");
        write_site(&out, &site("old"), false, project.path()).unwrap();
        let stuck = out.join("en");
        let refuse_en = |d: &Path| !d.ends_with("dist/en");
        let Err(Error::Refused { message, .. }) =
            write_site_checked(&out, &site("new"), false, project.path(), &refuse_en)
        else {
            panic!("expected a refusal");
        };
        assert!(message.contains("en` cannot be changed"), "{message}");
        assert_eq!(fs::read_to_string(stuck.join("index.html")).unwrap(), "old");
        assert_eq!(beside(&out), ["dist"]);
    }

    /// After the exchange the old site is checked again; refusing then exchanges back.
    #[test]
    fn a_late_refusal_exchanges_back() {
        let dir = tempfile::tempdir().unwrap();
        let project = tempfile::tempdir().unwrap();
        let out = dir.path().join("dist");
        write_site(&out, &site("old"), false, project.path()).unwrap();
        let calls = std::sync::atomic::AtomicUsize::new(0);
        // Yes for the check before the exchange, no for the one after.
        let second_time_no = |d: &Path| {
            use std::sync::atomic::Ordering::SeqCst;
            if d.ends_with("dist") || d.extension().is_some_and(|e| e == "tmp") {
                calls.fetch_add(1, SeqCst);
            }
            calls.load(SeqCst) < 2
        };
        let result = write_site_checked(&out, &site("new"), false, project.path(), &second_time_no);
        assert!(matches!(result, Err(Error::Refused { .. })), "{result:?}");
        assert_eq!(
            fs::read_to_string(out.join("en/index.html")).unwrap(),
            "old"
        );
        assert!(has_marker(&out));
        assert_eq!(beside(&out), ["dist"]);
    }

    #[test]
    fn leftovers_of_dead_builds_are_removed_only_when_marked() {
        let dir = tempfile::tempdir().unwrap();
        let project = tempfile::tempdir().unwrap();
        // No process has a pid this high (Linux allows at most 2^22).
        let dead = 99_999_999;
        let ours = dir.path().join(format!(".dist.cookiedoc-{dead}.tmp"));
        let foreign = dir.path().join(format!(".dist.cookiedoc-{dead}.old"));
        for folder in [&ours, &foreign] {
            fs::create_dir_all(folder.join("en")).unwrap();
        }
        fs::write(ours.join(MARKER), MARKER_TEXT).unwrap();
        let other_out = dir.path().join(format!(".site.cookiedoc-{dead}.tmp"));
        fs::create_dir(&other_out).unwrap();
        fs::write(other_out.join(MARKER), MARKER_TEXT).unwrap();
        write_site(&dir.path().join("dist"), &site("x"), false, project.path()).unwrap();
        assert!(!ours.exists(), "a marked leftover of a dead build goes");
        assert!(foreign.exists(), "an unmarked folder stays");
        assert!(
            other_out.exists(),
            "another output's leftovers are not this build's"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_marker_is_no_marker() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        fs::create_dir(&out).unwrap();
        fs::write(dir.path().join("real-marker"), MARKER_TEXT).unwrap();
        std::os::unix::fs::symlink(dir.path().join("real-marker"), out.join(MARKER)).unwrap();
        fs::write(out.join("precious.txt"), "keep").unwrap();
        let project = tempfile::tempdir().unwrap();
        let result = write_site(&out, &site("x"), false, project.path());
        assert!(matches!(result, Err(Error::Refused { .. })), "{result:?}");
        assert!(out.join("precious.txt").exists());
    }
}
