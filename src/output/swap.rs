//! The platform's side of replacing a folder: exchanging two folders, knowing whether a tree
//! can be removed before it is touched, the lock two builds share, and whether the process that
//! left a temporary folder behind is still running.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

/// Exchanges the folders `a` and `b`: afterwards each path holds what the other held. Where the
/// system cannot do that in one step, two renames leave a moment without `b`, but never a
/// half-written one; `aside` is the name used for that moment.
pub fn exchange(a: &Path, b: &Path, aside: &Path) -> io::Result<()> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    match exchange_atomically(a, b) {
        Ok(()) => return Ok(()),
        // Not every file system can exchange (EINVAL), nor every kernel (ENOSYS).
        Err(e) if matches!(e.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS)) => {}
        Err(e) => return Err(e),
    }
    fs::rename(b, aside)?;
    if let Err(e) = fs::rename(a, b) {
        // Put `b` back, so a failure changes nothing.
        fs::rename(aside, b)?;
        return Err(e);
    }
    fs::rename(aside, a)
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn exchange_atomically(a: &Path, b: &Path) -> io::Result<()> {
    let a = c_path(a)?;
    let b = c_path(b)?;
    // SAFETY: both are valid NUL-terminated paths that outlive the call.
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

#[cfg(unix)]
fn c_path(path: &Path) -> io::Result<std::ffi::CString> {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::CString::new(path.as_os_str().as_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "a path with a NUL byte"))
}

/// The first folder of the tree at `root` (itself included) whose entries this process may not
/// remove, as `may_change` judges a folder; links are not followed.
pub fn first_unremovable(
    root: &Path,
    may_change: &dyn Fn(&Path) -> bool,
) -> io::Result<Option<PathBuf>> {
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        if !may_change(&dir) {
            return Ok(Some(dir));
        }
        for entry in fs::read_dir(&dir)? {
            let entry = entry?;
            let kind = entry.file_type()?;
            if kind.is_dir() {
                pending.push(entry.path());
            } else if !may_change_file(&entry.path()) {
                return Ok(Some(entry.path()));
            }
        }
    }
    Ok(None)
}

/// Whether this process may add and remove entries of the folder `dir`: the system's own
/// answer, which knows about the user, groups, ACLs, root and read-only mounts.
#[cfg(unix)]
pub fn may_change(dir: &Path) -> bool {
    c_path(dir).is_ok_and(|path| {
        // SAFETY: a valid NUL-terminated path that outlives the call.
        unsafe { libc::access(path.as_ptr(), libc::W_OK | libc::X_OK) == 0 }
    })
}

#[cfg(not(unix))]
pub fn may_change(dir: &Path) -> bool {
    fs::symlink_metadata(dir).is_ok_and(|meta| !meta.permissions().readonly())
}

/// On Unix a file's own mode does not keep it from being removed; on Windows it does.
#[cfg(unix)]
fn may_change_file(_file: &Path) -> bool {
    true
}

#[cfg(not(unix))]
fn may_change_file(file: &Path) -> bool {
    may_change(file)
}

/// An exclusive lock on a file beside the output folder, held until dropped or until the
/// process ends, however it ends.
pub struct Lock {
    file: File,
    /// Removed on drop where an open file can be removed.
    #[cfg_attr(not(unix), allow(dead_code))]
    path: PathBuf,
}

/// Takes the lock on `path` (created if missing), waiting for another build that holds it.
pub fn lock(path: &Path) -> io::Result<Lock> {
    loop {
        let mut options = fs::OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            // A link planted in its place must not make the build create another file.
            options.custom_flags(libc::O_NOFOLLOW);
        }
        let file = options.open(path)?;
        file.lock()?;
        // The build that held it may have removed the file on leaving: then this lock is on a
        // file nobody else can find, and the one at `path` is the one to take.
        if is_same_file(&file, path)? {
            return Ok(Lock {
                file,
                path: path.to_path_buf(),
            });
        }
    }
}

#[cfg(unix)]
fn is_same_file(file: &File, path: &Path) -> io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let held = file.metadata()?;
    Ok(match fs::symlink_metadata(path) {
        Ok(there) => there.dev() == held.dev() && there.ino() == held.ino(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => false,
        Err(e) => return Err(e),
    })
}

/// Windows does not remove a file that is open, so the lock file stays and is always the same.
#[cfg(not(unix))]
fn is_same_file(_file: &File, _path: &Path) -> io::Result<bool> {
    Ok(true)
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still held, so that nothing stays beside the output folder; a build
        // waiting on this file notices and takes the new one.
        #[cfg(unix)]
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// Whether the process `pid` still runs. Where that cannot be asked, the lock already keeps
/// every live build of the same folder waiting, so any temporary folder found is a leftover.
#[cfg(unix)]
pub fn is_running(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only checks that the process exists and may be signalled.
    let result = unsafe { libc::kill(pid, 0) };
    result == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
pub fn is_running(pid: u32) -> bool {
    pid == std::process::id()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exchange_swaps_two_folders() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        fs::create_dir(&a).unwrap();
        fs::create_dir(&b).unwrap();
        fs::write(a.join("new"), "").unwrap();
        fs::write(b.join("old"), "").unwrap();
        exchange(&a, &b, &dir.path().join("aside")).unwrap();
        assert!(a.join("old").is_file() && b.join("new").is_file());
        assert!(!dir.path().join("aside").exists());
    }

    #[test]
    fn the_first_folder_that_may_not_change_is_named() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("en/deep")).unwrap();
        fs::write(dir.path().join("en/deep/index.html"), "").unwrap();
        let locked = dir.path().join("en/deep");
        let found = first_unremovable(dir.path(), &|d| d != locked).unwrap();
        assert_eq!(found, Some(locked));
        assert_eq!(first_unremovable(dir.path(), &may_change).unwrap(), None);
    }

    #[test]
    fn a_lock_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".dist.cookiedoc.lock");
        drop(lock(&path).unwrap());
        drop(lock(&path).unwrap());
        #[cfg(unix)]
        assert!(!path.exists());
    }

    #[test]
    fn this_process_runs() {
        assert!(is_running(std::process::id()));
    }
}
