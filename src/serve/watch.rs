//! Watching the project: the registry's folder (not recursively: other files there are not
//! ours) and, once they exist, `templates/` and `locales/` recursively. Editors that save by
//! writing a temporary file and renaming it show up as events on the registry's path in its
//! folder, or only under the temporary name: any change in the folder compares the registry
//! itself with what was last built.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache, new_debouncer,
};

use crate::error::Error;

/// Long enough to gather the events of one save (editors write, rename and chmod in a burst),
/// short enough for the page to change well within 300 ms.
const DEBOUNCE: Duration = Duration::from_millis(50);

type FileDebouncer = Debouncer<RecommendedWatcher, RecommendedCache>;

/// Watching stops when this is dropped.
pub type WatchHandle = Arc<Mutex<FileDebouncer>>;

/// Inode, size and modification time: what tells one version of a file from another.
pub type Fingerprint = (u64, u64, std::time::SystemTime);

pub fn fingerprint(path: &Path) -> Option<Fingerprint> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some((inode, meta.len(), meta.modified().ok()?))
}

/// The paths that matter, resolved once.
struct Watched {
    root: PathBuf,
    registry: PathBuf,
    dirs: [PathBuf; 2],
}

impl Watched {
    fn of(config: &Path) -> Result<Watched, Error> {
        let root = config
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let root = std::fs::canonicalize(root).map_err(Error::io("read", root))?;
        let registry = root.join(config.file_name().unwrap_or_default());
        let dirs = [root.join("templates"), root.join("locales")];
        Ok(Watched {
            root,
            registry,
            dirs,
        })
    }

    /// Whether a batch of events may change the build.
    fn is_relevant(&self, events: &[DebouncedEvent], registry_changed: bool) -> bool {
        // Reading the files to rebuild is an access event too: those must not start a build.
        registry_changed
            || events
                .iter()
                .filter(|e| !e.kind.is_access())
                .flat_map(|e| e.paths.iter())
                .any(|path| {
                    *path == self.registry || self.dirs.iter().any(|dir| path.starts_with(dir))
                })
    }
}

/// Keeps a recursive watch on each of the folders that exists. A deleted folder loses its
/// watch; it is watched again when it comes back.
struct FolderWatches {
    dirs: [PathBuf; 2],
    watching: BTreeSet<PathBuf>,
}

impl FolderWatches {
    fn update(&mut self, debouncer: &mut FileDebouncer) {
        for dir in &self.dirs {
            if !dir.is_dir() {
                self.watching.remove(dir);
            } else if !self.watching.contains(dir)
                && debouncer.watch(dir, RecursiveMode::Recursive).is_ok()
            {
                self.watching.insert(dir.clone());
            }
        }
    }
}

fn watch_error(root: &Path) -> impl FnOnce(notify::Error) -> Error + '_ {
    move |e| Error::Io {
        action: "watch",
        path: root.to_path_buf(),
        source: std::io::Error::other(e.to_string()),
    }
}

/// Calls `rebuild` after every relevant change, on a thread of its own. `built_version` is the
/// registry the first build read: if it changed since, the first rebuild comes at once.
pub fn watch(
    config: &Path,
    built_version: Option<Fingerprint>,
    rebuild: impl FnMut() + Send + 'static,
) -> Result<WatchHandle, Error> {
    let watched = Watched::of(config)?;
    let (sender, receiver) = std::sync::mpsc::channel::<DebounceEventResult>();
    let mut debouncer =
        new_debouncer(DEBOUNCE, None, sender).map_err(watch_error(&watched.root))?;
    debouncer
        .watch(&watched.root, RecursiveMode::NonRecursive)
        .map_err(watch_error(&watched.root))?;
    let mut folders = FolderWatches {
        dirs: watched.dirs.clone(),
        watching: BTreeSet::new(),
    };
    folders.update(&mut debouncer);
    let handle = Arc::new(Mutex::new(debouncer));
    let debouncer = handle.clone();
    std::thread::spawn(move || {
        run(
            &watched,
            receiver,
            built_version,
            |d| folders.update(d),
            &debouncer,
            rebuild,
        )
    });
    Ok(handle)
}

fn run(
    watched: &Watched,
    receiver: Receiver<DebounceEventResult>,
    built_version: Option<Fingerprint>,
    mut update_folders: impl FnMut(&mut FileDebouncer),
    debouncer: &Mutex<FileDebouncer>,
    mut rebuild: impl FnMut(),
) {
    // An empty batch first makes the loop compare the registry with the first build.
    let catch_up = (fingerprint(&watched.registry) != built_version).then(Vec::new);
    let mut registry_seen = built_version;
    for result in catch_up.into_iter().map(Ok).chain(receiver) {
        let Ok(events) = result else { continue };
        let registry_now = fingerprint(&watched.registry);
        let relevant = watched.is_relevant(&events, registry_now != registry_seen);
        registry_seen = registry_now;
        if let Ok(mut debouncer) = debouncer.lock() {
            update_folders(&mut debouncer);
        }
        if relevant {
            rebuild();
        }
    }
}
