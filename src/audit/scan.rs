//! `cookiedoc audit --scan URL`: loads a site in headless Chromium through the DevTools protocol
//! and records every cookie and storage key it keeps.
//!
//! The browser starts with a new, empty profile that allows third-party cookies (as Chrome does by
//! default), so that it sees what third parties store. It loads the start page and then the pages
//! it links on the same host (or its subdomains), breadth first, up to `--pages`. It never clicks,
//! types or sets a cookie, so it never gives consent, and it does not follow links whose address
//! mentions consent or accepting. After each page has loaded it waits until nothing new is stored
//! for half a second (three seconds at most), then reads the cookies (`Storage.getCookies`) and,
//! in every frame, the keys of local storage, session storage and the IndexedDB databases, through
//! `Runtime.evaluate` in an isolated world that the page's scripts cannot see.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tempfile::TempDir;
use url::Url;

use super::cdp;
use super::consent::{self, Consent};
use super::evidence::{Choice, Lifetime, Observation, Place, Store, normalize_domain};
use super::time;
use crate::diagnostic::{Code, Diagnostic};

/// What a scan saw.
pub struct Scanned {
    /// The hosts of the start address and of the page it led to, which count as the site's own.
    pub hosts: Vec<String>,
    pub observations: Vec<Observation>,
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the scan ran to its end; when it did not, what it did not see means nothing.
    pub complete: bool,
}

impl Scanned {
    fn failed(diagnostic: Diagnostic) -> Scanned {
        Scanned {
            hosts: Vec::new(),
            observations: Vec::new(),
            diagnostics: vec![diagnostic],
            complete: false,
        }
    }
}

/// Flags for a headless browser on a machine without a display, a sandbox or a network beyond the
/// site: no background connections of its own, and every frame in the page's process so that
/// cross-site frames can be read.
const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    // The scan only loads the site being audited; a sandbox needs privileges that containers
    // and CI runners rarely have.
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--disable-default-apps",
    "--disable-breakpad",
    "--disable-client-side-phishing-detection",
    "--disable-popup-blocking",
    "--disable-hang-monitor",
    "--disable-background-timer-throttling",
    "--disable-backgrounding-occluded-windows",
    "--disable-renderer-backgrounding",
    "--metrics-recording-only",
    "--password-store=basic",
    "--use-mock-keychain",
    "--enable-automation",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-site-isolation-trials",
    // Banners hide from browsers that say they are automated (`navigator.webdriver`), and a
    // scan must see what a visitor sees.
    "--disable-blink-features=AutomationControlled",
    "--disable-features=TranslateUI,IsolateOrigins,site-per-process",
];

/// A new profile's preferences: third-party cookies allowed, as in Chrome's default settings.
const PREFERENCES: &str =
    r#"{"profile":{"cookie_controls_mode":0,"block_third_party_cookies":false}}"#;

/// Words in a link's address that may make the site record consent when it is loaded.
const CONSENT_WORDS: &[&str] = &["consent", "accept", "agree", "opt-in", "optin"];

const PAGE_TIMEOUT: Duration = Duration::from_secs(30);
const SETTLE_QUIET: Duration = Duration::from_millis(500);
const SETTLE_MAX: Duration = Duration::from_secs(3);
const POLL: Duration = Duration::from_millis(250);

fn scan_error(message: impl Into<String>) -> Diagnostic {
    Diagnostic::error(Code::ScanFailed, message)
}

/// Scans `start` and up to `pages - 1` pages it links, making the `consent` choice in the banner
/// of the first page when asked. Prints each page it visits to stderr.
pub fn scan(
    start: &str,
    pages: usize,
    consent: Option<&Consent>,
    progress: Option<super::Progress>,
) -> Scanned {
    let start_url = match Url::parse(start) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host_str().is_some() => url,
        _ => {
            return Scanned::failed(
                scan_error(format!("`{start}` is not a web address to scan"))
                    .help("write a full address such as https://www.example.org/"),
            );
        }
    };
    let (browser, profile) = match start_browser(&start_url, progress) {
        Ok(started) => started,
        Err(diagnostic) => return Scanned::failed(diagnostic),
    };
    let mut scanner = Scanner {
        site: vec![start_url.clone()],
        observations: Vec::new(),
        diagnostics: Vec::new(),
        cookies: HashMap::new(),
        storage: BTreeSet::new(),
        choice: Choice::NotYet,
        consent: consent.cloned(),
    };
    let complete = match Tab::open(browser) {
        Ok(mut tab) => scanner.crawl(&mut tab, pages.max(1), progress),
        Err(error) => {
            scanner
                .diagnostics
                .push(scan_error(format!("could not open a browser tab: {error}")));
            false
        }
    };
    // The browser (owned by the tab) has closed; now its profile can go.
    drop(profile);
    Scanned {
        hosts: scanner
            .site
            .iter()
            .filter_map(|url| url.host_str().map(normalize_domain))
            .collect(),
        observations: scanner.observations,
        diagnostics: scanner.diagnostics,
        complete,
    }
}

/// Starts Chromium with a new profile; says which browser scans when `progress`.
fn start_browser(
    start_url: &Url,
    progress: Option<super::Progress>,
) -> Result<(cdp::Browser, TempDir), Diagnostic> {
    let Some(executable) = cdp::find_browser() else {
        return Err(
            scan_error("Chromium was not found, so the site could not be scanned").help(
                "install it (on Debian: apt-get install chromium), or set CHROME to the path of a Chromium or Chrome browser",
            ),
        );
    };
    let profile = new_profile().map_err(|error| {
        scan_error(format!(
            "could not make a browser profile for the scan: {error}"
        ))
    })?;
    let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|&f| f.to_owned()).collect();
    args.push(format!("--user-data-dir={}", profile.path().display()));
    let cannot_start = |error: cdp::CdpError| {
        scan_error(format!(
            "could not start `{}`: {error}",
            executable.display()
        ))
        .help(
            "check that this browser starts headless: chromium --headless --no-sandbox about:blank",
        )
    };
    let mut browser =
        cdp::Browser::launch(&executable, &args, PAGE_TIMEOUT).map_err(cannot_start)?;
    let version = browser.call(None, &GetVersion {}).map_err(cannot_start)?;
    if let Some(say) = progress {
        say(&format!("scanning {start_url} with {}", version.product));
    }
    Ok((browser, profile))
}

fn new_profile() -> std::io::Result<TempDir> {
    let dir = tempfile::Builder::new()
        .prefix("cookiedoc-scan-")
        .tempdir()?;
    std::fs::create_dir_all(dir.path().join("Default"))?;
    std::fs::write(dir.path().join("Default/Preferences"), PREFERENCES)?;
    Ok(dir)
}

/// The page the scan loads, attached to with its own DevTools session.
struct Tab {
    browser: cdp::Browser,
    target: String,
    session: String,
}

impl Tab {
    fn open(mut browser: cdp::Browser) -> Result<Tab, cdp::CdpError> {
        let target = browser
            .call(None, &CreateTarget { url: "about:blank" })?
            .target_id;
        let session = browser
            .call(
                None,
                &AttachToTarget {
                    target_id: &target,
                    flatten: true,
                },
            )?
            .session_id;
        let mut tab = Tab {
            browser,
            target,
            session,
        };
        tab.call(&Enable {})?;
        tab.call(&SetLifecycleEventsEnabled { enabled: true })?;
        Ok(tab)
    }

    fn call<M: cdp::Method>(&mut self, method: &M) -> Result<M::Returns, cdp::CdpError> {
        self.browser.call(Some(&self.session), method)
    }

    /// Loads `url` and waits until its network is almost idle (at most two requests open for
    /// half a second), as a person would wait for the page to be there.
    fn navigate(&mut self, url: &str) -> Result<(), cdp::CdpError> {
        self.browser.discard_events();
        let navigated = self.call(&Navigate { url })?;
        if let Some(error) = navigated.error_text {
            return Err(cdp::CdpError::from(error));
        }
        let deadline = Instant::now() + PAGE_TIMEOUT;
        // Events of the page before belong to another document: wait for the new one's `init`.
        let mut started = false;
        while let Some(event) = self.browser.next_event(deadline) {
            let event = event?;
            if event.method != "Page.lifecycleEvent"
                || event.session.as_deref() != Some(self.session.as_str())
                || event.params["frameId"] != navigated.frame_id.as_str()
            {
                continue;
            }
            match event.params["name"].as_str() {
                Some("init") => started = true,
                Some("networkAlmostIdle") if started => return Ok(()),
                _ => {}
            }
        }
        Err(cdp::CdpError::from(format!(
            "the page did not load within {} seconds",
            PAGE_TIMEOUT.as_secs()
        )))
    }

    /// The address the page is at now (after redirects).
    fn url(&mut self) -> String {
        let target = self.target.clone();
        self.browser
            .call(None, &GetTargetInfo { target_id: &target })
            .map(|info| info.target_info.url)
            .unwrap_or_default()
    }
}

/// A cookie as the browser has it: name, domain, path.
type CookieKey = (String, String, String);

struct Scanner {
    /// The start address, and where it led when it redirected: links to their hosts (and
    /// subdomains) are followed.
    site: Vec<Url>,
    observations: Vec<Observation>,
    diagnostics: Vec<Diagnostic>,
    /// Cookies (with their observation) and storage keys already recorded, so that each is
    /// recorded on the first page that stored it.
    cookies: HashMap<CookieKey, usize>,
    storage: BTreeSet<(Store, String, String)>,
    /// The visitor's choice so far: none until the scan clicks the banner.
    choice: Choice,
    /// The choice to make on the first page, if any.
    consent: Option<Consent>,
}

/// Everything stored at one moment, and the links of the page.
#[derive(Default)]
struct Snapshot {
    cookies: Vec<(CookieKey, Lifetime)>,
    storage: BTreeSet<(Store, String, String)>,
    links: Vec<String>,
}

/// The isolated world made in each frame of the current page, by frame id. Each DevTools call
/// costs a round trip, so a world is made once per frame and page.
type Worlds = HashMap<String, i64>;

impl Scanner {
    /// Visits pages breadth first; returns whether the start page could be scanned.
    fn crawl(&mut self, tab: &mut Tab, pages: usize, progress: Option<super::Progress>) -> bool {
        let start = self.site[0].clone();
        let mut queue: VecDeque<Url> = VecDeque::from([start.clone()]);
        let mut queued: HashSet<String> = HashSet::from([without_fragment(&start)]);
        // The addresses pages were loaded from and landed on.
        let mut seen_pages: HashSet<String> = HashSet::new();
        let mut visited = 0;
        while let Some(page) = queue.pop_front() {
            if visited == pages {
                break;
            }
            if !seen_pages.insert(without_fragment(&page)) {
                continue;
            }
            if let Err(error) = tab.navigate(page.as_str()) {
                let diagnostic = scan_error(format!("could not load {page}: {error}"));
                if visited == 0 {
                    self.diagnostics.push(diagnostic);
                    return false;
                }
                self.diagnostics.push(Diagnostic {
                    severity: crate::diagnostic::Severity::Warning,
                    ..diagnostic
                });
                continue;
            }
            visited += 1;
            let landed = tab.url();
            if landed == page.as_str() {
                if let Some(say) = progress {
                    say(&format!("visited {page}"));
                }
            } else {
                if let Some(say) = progress {
                    say(&format!("visited {page} (redirected to {landed})"));
                }

                if let Ok(url) = Url::parse(&landed) {
                    // A page is loaded once, however many addresses lead to it.
                    seen_pages.insert(without_fragment(&url));
                    queued.insert(without_fragment(&url));
                    if visited == 1 {
                        self.site.push(url);
                    }
                }
            }
            let mut snapshot = settle(tab);
            let links = std::mem::take(&mut snapshot.links);
            self.record(snapshot, &landed);
            if visited == 1
                && let Some(consent) = self.consent.take()
                && !self.choose(tab, &consent, &landed, progress)
            {
                return false;
            }
            for link in links {
                let Ok(mut url) = Url::parse(&link) else {
                    continue;
                };
                url.set_fragment(None);
                if self.follows(&url) && queued.insert(without_fragment(&url)) {
                    queue.push_back(url);
                }
            }
        }
        true
    }

    fn record(&mut self, snapshot: Snapshot, page: &str) {
        for (key, lifetime) in snapshot.cookies {
            match self.cookies.get(&key) {
                // A page that sets the cookie again for longer (by more than the minute or so
                // that passes between pages) is where its lifetime was seen.
                Some(&at) => {
                    let longer = match (self.observations[at].lifetime, lifetime) {
                        (Lifetime::Seconds(before), Lifetime::Seconds(now)) => now > before + 60.0,
                        (Lifetime::Session, Lifetime::Seconds(_)) => true,
                        _ => false,
                    };
                    if longer {
                        self.observations[at].lifetime = lifetime;
                        self.observations[at].place = Place::Page(page.to_owned());
                    }
                }
                None => {
                    self.cookies.insert(key.clone(), self.observations.len());
                    let (name, domain, _) = key;
                    self.observations.push(Observation {
                        store: Store::Cookie,
                        name,
                        domain: normalize_domain(&domain),
                        lifetime,
                        first_party: None,
                        place: Place::Page(page.to_owned()),
                        at: None,
                        choice: self.choice,
                    });
                }
            }
        }
        for (store, domain, name) in snapshot.storage {
            if self.storage.insert((store, domain.clone(), name.clone())) {
                self.observations.push(Observation {
                    store,
                    name,
                    domain,
                    lifetime: match store {
                        Store::SessionStorage => Lifetime::Session,
                        _ => Lifetime::UntilDeleted,
                    },
                    first_party: None,
                    place: Place::Page(page.to_owned()),
                    at: None,
                    choice: self.choice,
                });
            }
        }
    }

    /// Makes the visitor's choice in the banner of the page, then records what is stored after
    /// it: what stays after a refusal is seen again, as stored after the choice. Without a banner
    /// to click, the scan stops with A009.
    fn choose(
        &mut self,
        tab: &mut Tab,
        consent: &Consent,
        page: &str,
        progress: Option<super::Progress>,
    ) -> bool {
        let selector = consent.selector();
        match click(tab, selector) {
            Clicked::Yes => {}
            Clicked::Absent => {
                self.diagnostics.push(consent::no_banner(consent, page));
                return false;
            }
            Clicked::BadSelector => {
                self.diagnostics.push(consent::bad_selector(selector));
                return false;
            }
        }
        if let Some(say) = progress {
            say(&format!(
                "chose \"{}\" in the banner on {page}",
                consent.action.words()
            ));
        }
        self.choice = consent.action.choice();
        self.cookies.clear();
        self.storage.clear();
        let mut snapshot = settle(tab);
        snapshot.links.clear();
        self.record(snapshot, page);
        true
    }

    /// Whether a link leads to a page of the site worth loading.
    fn follows(&self, url: &Url) -> bool {
        let Some(host) = url.host_str() else {
            return false;
        };
        let on_site = self.site.iter().any(|site| {
            let Some(site_host) = site.host_str() else {
                return false;
            };
            (host == site_host && url.port_or_known_default() == site.port_or_known_default())
                || host.ends_with(&format!(".{site_host}"))
        });
        let lower = url.as_str().to_ascii_lowercase();
        matches!(url.scheme(), "http" | "https")
            && on_site
            && !CONSENT_WORDS.iter().any(|w| lower.contains(w))
    }
}

/// Waits until nothing new is stored for a while, and returns what is stored then.
fn settle(tab: &mut Tab) -> Snapshot {
    let mut worlds = Worlds::new();
    let began = Instant::now();
    let mut last = snapshot(tab, &mut worlds);
    let mut quiet_since = Instant::now();
    while began.elapsed() < SETTLE_MAX {
        std::thread::sleep(POLL);
        let next = snapshot(tab, &mut worlds);
        if same_keys(&next, &last) {
            if quiet_since.elapsed() >= SETTLE_QUIET {
                return next;
            }
        } else {
            quiet_since = Instant::now();
        }
        last = next;
    }
    last
}

/// What became of a click on the banner's button.
enum Clicked {
    Yes,
    Absent,
    BadSelector,
}

/// Clicks the first element `selector` finds in the page, waiting for the banner to appear.
fn click(tab: &mut Tab, selector: &str) -> Clicked {
    let script = format!(
        "(() => {{ let e; try {{ e = document.querySelector({}); }} catch (error) {{ return 'bad'; }} if (!e) return 'absent'; e.click(); return 'clicked'; }})()",
        serde_json::to_string(selector).expect("strings serialize")
    );
    let began = Instant::now();
    let mut worlds = Worlds::new();
    loop {
        let frame = tab
            .call(&GetFrameTree {})
            .ok()
            .map(|tree| tree.frame_tree.frame.id);
        let result = frame.and_then(|f| evaluate::<String>(tab, &mut worlds, f.as_str(), &script));
        match result.as_deref() {
            Some("clicked") => return Clicked::Yes,
            Some("bad") => return Clicked::BadSelector,
            _ if began.elapsed() >= consent::BANNER_WAIT => return Clicked::Absent,
            _ => std::thread::sleep(POLL),
        }
    }
}

fn without_fragment(url: &Url) -> String {
    let mut url = url.clone();
    url.set_fragment(None);
    url.to_string()
}

fn same_keys(a: &Snapshot, b: &Snapshot) -> bool {
    a.storage == b.storage
        && a.cookies.len() == b.cookies.len()
        && a.cookies.iter().zip(&b.cookies).all(|(x, y)| x.0 == y.0)
}

/// The cookies and storage keys the browser holds now, and the page's links; what cannot be read
/// is left out.
fn snapshot(tab: &mut Tab, worlds: &mut Worlds) -> Snapshot {
    let mut snapshot = Snapshot::default();
    let now = time::now();
    if let Ok(found) = tab.call(&GetCookies {}) {
        for cookie in found.cookies {
            let lifetime = if cookie.session || cookie.expires <= 0.0 {
                Lifetime::Session
            } else {
                Lifetime::Seconds((cookie.expires - now).max(0.0))
            };
            snapshot
                .cookies
                .push(((cookie.name, cookie.domain, cookie.path), lifetime));
        }
        snapshot.cookies.sort_by(|a, b| a.0.cmp(&b.0));
    }
    let Ok(tree) = tab.call(&GetFrameTree {}) else {
        return snapshot;
    };
    let mut frames = Vec::new();
    collect_frames(&tree.frame_tree, &mut frames);
    for (index, frame) in frames.iter().enumerate() {
        let Some(mut stored) = evaluate::<FrameStorage>(tab, worlds, frame, STORAGE_SCRIPT) else {
            continue;
        };
        if index == 0 {
            snapshot.links = std::mem::take(&mut stored.links);
        }
        let Some(host) = Url::parse(&stored.origin)
            .ok()
            .and_then(|u| u.host_str().map(normalize_domain))
        else {
            continue;
        };
        for (store, names) in [
            (Store::LocalStorage, stored.local),
            (Store::SessionStorage, stored.session),
            (Store::IndexedDb, stored.indexeddb),
        ] {
            for name in names {
                snapshot.storage.insert((store, host.clone(), name));
            }
        }
    }
    snapshot
}

fn collect_frames(tree: &FrameTree, out: &mut Vec<String>) {
    out.push(tree.frame.id.clone());
    for child in &tree.child_frames {
        collect_frames(child, out);
    }
}

/// Evaluates a script in an isolated world of a frame: it sees the frame's document and storage,
/// but not the page's scripts, nor they it.
fn evaluate<T: serde::de::DeserializeOwned>(
    tab: &mut Tab,
    worlds: &mut Worlds,
    frame: &str,
    script: &str,
) -> Option<T> {
    // A world made earlier is gone when its frame has navigated since: then make a new one.
    for fresh in [false, true] {
        if fresh || !worlds.contains_key(frame) {
            let world = tab
                .call(&CreateIsolatedWorld {
                    frame_id: frame.to_owned(),
                    world_name: "cookiedoc".to_owned(),
                })
                .ok()?;
            worlds.insert(frame.to_owned(), world.execution_context_id);
        }
        let Ok(result) = tab.call(&Evaluate {
            expression: script.to_owned(),
            context_id: worlds[frame],
            return_by_value: true,
            await_promise: true,
        }) else {
            if fresh {
                return None;
            }
            continue;
        };
        if result.exception_details.is_some() {
            return None;
        }
        return serde_json::from_value(result.result.value?).ok();
    }
    None
}

const STORAGE_SCRIPT: &str = r#"(async () => {
  const found = { origin: location.origin, local: [], session: [], indexeddb: [], links: [] };
  try { found.links = Array.from(document.querySelectorAll('a[href]'), a => a.href); } catch (e) {}
  try { found.local = Object.keys(localStorage); } catch (e) {}
  try { found.session = Object.keys(sessionStorage); } catch (e) {}
  try {
    if (indexedDB.databases) found.indexeddb = (await indexedDB.databases()).map(d => d.name);
  } catch (e) {}
  return found;
})()"#;

#[derive(Serialize, Debug)]
struct GetVersion {}

#[derive(Deserialize, Debug)]
struct Version {
    product: String,
}

impl cdp::Method for GetVersion {
    const NAME: &'static str = "Browser.getVersion";
    type Returns = Version;
}

#[derive(Serialize, Debug)]
struct CreateTarget<'a> {
    url: &'a str,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
struct Target {
    target_id: String,
}

impl cdp::Method for CreateTarget<'_> {
    const NAME: &'static str = "Target.createTarget";
    type Returns = Target;
}

#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
struct AttachToTarget<'a> {
    target_id: &'a str,
    /// Messages of the target's session travel on the browser's pipe, marked with its id.
    flatten: bool,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
struct Attached {
    session_id: String,
}

impl cdp::Method for AttachToTarget<'_> {
    const NAME: &'static str = "Target.attachToTarget";
    type Returns = Attached;
}

#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
struct GetTargetInfo<'a> {
    target_id: &'a str,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
struct TargetInfo {
    target_info: TargetUrl,
}

#[derive(Deserialize, Debug)]
struct TargetUrl {
    url: String,
}

impl cdp::Method for GetTargetInfo<'_> {
    const NAME: &'static str = "Target.getTargetInfo";
    type Returns = TargetInfo;
}

#[derive(Serialize, Debug)]
struct Enable {}

impl cdp::Method for Enable {
    const NAME: &'static str = "Page.enable";
    type Returns = serde::de::IgnoredAny;
}

#[derive(Serialize, Debug)]
struct SetLifecycleEventsEnabled {
    enabled: bool,
}

impl cdp::Method for SetLifecycleEventsEnabled {
    const NAME: &'static str = "Page.setLifecycleEventsEnabled";
    type Returns = serde::de::IgnoredAny;
}

#[derive(Serialize, Debug)]
struct Navigate<'a> {
    url: &'a str,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
struct Navigated {
    frame_id: String,
    #[serde(default)]
    error_text: Option<String>,
}

impl cdp::Method for Navigate<'_> {
    const NAME: &'static str = "Page.navigate";
    type Returns = Navigated;
}

// The few DevTools methods the scan needs, declared here so that they keep to the protocol's
// current shape (`Storage.getCookies` returns a list of cookies).

#[derive(Serialize, Debug)]
struct GetCookies {}

#[derive(Deserialize, Debug)]
struct Cookies {
    cookies: Vec<BrowserCookie>,
}

#[derive(Deserialize, Debug)]
struct BrowserCookie {
    name: String,
    domain: String,
    #[serde(default)]
    path: String,
    #[serde(default)]
    expires: f64,
    #[serde(default)]
    session: bool,
}

impl cdp::Method for GetCookies {
    const NAME: &'static str = "Storage.getCookies";
    type Returns = Cookies;
}

#[derive(Serialize, Debug)]
struct GetFrameTree {}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
struct FrameTreeResult {
    frame_tree: FrameTree,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
struct FrameTree {
    frame: Frame,
    #[serde(default)]
    child_frames: Vec<FrameTree>,
}

#[derive(Deserialize, Debug)]
struct Frame {
    id: String,
}

impl cdp::Method for GetFrameTree {
    const NAME: &'static str = "Page.getFrameTree";
    type Returns = FrameTreeResult;
}

#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
struct CreateIsolatedWorld {
    frame_id: String,
    world_name: String,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
struct IsolatedWorld {
    execution_context_id: i64,
}

impl cdp::Method for CreateIsolatedWorld {
    const NAME: &'static str = "Page.createIsolatedWorld";
    type Returns = IsolatedWorld;
}

#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
struct Evaluate {
    expression: String,
    context_id: i64,
    return_by_value: bool,
    await_promise: bool,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
struct Evaluated {
    result: RemoteObject,
    #[serde(default)]
    exception_details: Option<serde_json::Value>,
}

#[derive(Deserialize, Debug)]
struct RemoteObject {
    #[serde(default)]
    value: Option<serde_json::Value>,
}

impl cdp::Method for Evaluate {
    const NAME: &'static str = "Runtime.evaluate";
    type Returns = Evaluated;
}

#[derive(Deserialize, Debug)]
struct FrameStorage {
    origin: String,
    #[serde(default)]
    local: Vec<String>,
    #[serde(default)]
    session: Vec<String>,
    #[serde(default)]
    indexeddb: Vec<String>,
    #[serde(default)]
    links: Vec<String>,
}
