//! The site in a real browser: headless Chromium driven over WebDriver
//! (ChromeDriver + fantoccini) against the server on the sample in `data/`.
//! A search typed without diacritics, a type facet, an act page, the layout
//! at phone width and axe-core's accessibility rules.
//!
//! Skips with a message when Chromium or ChromeDriver is missing, and skips
//! the axe part when axe-core is missing; `.ci/run` installs all three, so
//! in CI nothing skips. Screenshots go to `target/screenshots/`.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpListener as StdListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use arkiva::index::Archive;
use arkiva::model::ActId;
use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::elements::{Element, ElementRef};
use fantoccini::wd::TimeoutConfiguration;
use fantoccini::{Client, ClientBuilder, Locator};
use serde::Deserialize;
use serde_json::{json, Value};
use tempfile::TempDir;

use super::util::{ingest_into, repo};

/// Typed as a citizen with a keyboard without ë and ç would type it.
const QUERY: &str = "ndricimi publik";
/// What the results must show: the words as the acts spell them.
const DIACRITIC_FORM: &str = "ndriçim";
/// The whole journey in the browser must finish within this.
const JOURNEY_LIMIT: Duration = Duration::from_secs(300);
/// Navigations and elements must appear within this.
const WAIT: Duration = Duration::from_secs(15);

/// How WebDriver marks an element in JSON (W3C WebDriver, 11. Elements).
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

const SKIP: &str =
    "SKIP: browser test needs chromium and chromedriver (apt-get install chromium chromium-driver)";

#[test]
fn the_site_works_in_a_real_browser() {
    let (Some(chrome), Some(chromedriver)) = (
        tool("CHROME", "/usr/bin/chromium"),
        tool("CHROMEDRIVER", "/usr/bin/chromedriver"),
    ) else {
        eprintln!("{SKIP}");
        return;
    };
    let axe = axe_core_js();
    if axe.is_none() {
        eprintln!(
            "SKIP (accessibility part only): axe-core is absent; set AXE_CORE_JS to axe.min.js \
             or run: npm install --prefix \"$HOME/.cache/arkiva-npm\" axe-core@4"
        );
    }

    let started = Instant::now();
    let index = TempDir::new().unwrap();
    let archive = Archive::open_or_create(index.path()).unwrap();
    let report = ingest_into(&archive, &repo().join("data"));
    assert!(report.added > 0, "nothing ingested from data/");
    eprintln!(
        "browser: ingested {} acts from data/ in {:.1} s",
        report.added,
        started.elapsed().as_secs_f64()
    );

    let scratch = TempDir::new().unwrap();
    let profile = scratch.path().join("chromium-profile");
    let driver = ChromeDriver::start(&chromedriver, scratch.path().join("chromedriver.log"));
    let shots = repo().join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .await
            .unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(arkiva::web::serve_on(
            listener,
            archive.clone(),
            async move {
                let _ = stopped.await;
            },
        ));

        let client = connect(&chrome, &driver, &profile).await;
        // The journey runs in its own task so that a failed assertion still
        // lets us close the session (and so Chromium) before the panic goes on.
        let journey = tokio::spawn(journey(client.clone(), base, archive, axe, shots.clone()));
        let abort = journey.abort_handle();
        let outcome = tokio::time::timeout(JOURNEY_LIMIT, journey).await;
        if outcome.is_err() {
            abort.abort();
        }
        if tokio::time::timeout(Duration::from_secs(20), client.close())
            .await
            .is_err()
        {
            eprintln!("browser: closing the session timed out");
        }
        let _ = stop.send(());
        match tokio::time::timeout(Duration::from_secs(20), server).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(e))) => panic!("the server failed: {e}"),
            Ok(Err(e)) => panic!("the server task failed: {e}"),
            Err(_) => panic!("the server did not shut down within 20 s"),
        }
        match outcome {
            Ok(Ok(())) => {}
            Ok(Err(e)) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Ok(Err(e)) => panic!("the browser journey failed: {e}"),
            Err(_) => panic!(
                "the browser journey took over {} s",
                JOURNEY_LIMIT.as_secs()
            ),
        }
    });
    drop(driver);
    eprintln!(
        "browser: passed in {:.1} s; screenshots in {}",
        started.elapsed().as_secs_f64(),
        shots.display()
    );
}

/// Everything a citizen does, in order.
async fn journey(c: Client, base: String, archive: Archive, axe: Option<PathBuf>, shots: PathBuf) {
    c.update_timeouts(TimeoutConfiguration::new(
        Some(Duration::from_secs(60)),
        Some(Duration::from_secs(30)),
        Some(Duration::ZERO),
    ))
    .await
    .unwrap();

    // --- Desktop: search, facet, act page.
    set_viewport(&c, 1280, 900).await;
    c.goto(&format!("{base}/")).await.unwrap();
    let input = find(
        &c,
        r#"form[role="search"] input[type="search"][name="q"]#q"#,
    )
    .await;
    input.send_keys(QUERY).await.unwrap();
    find(
        &c,
        r#"form[role="search"] button, form[role="search"] input[type="submit"]"#,
    )
    .await
    .click()
    .await
    .unwrap();
    let page = wait_for_page(&c, "the results of the search", |p| {
        p.path == "/" && p.param("q") == Some(QUERY)
    })
    .await;
    wait_for_element(&c, "ol.results li.hit").await;
    find(&c, "p.total").await;
    let hits = texts(&c, "ol.results li.hit").await;
    assert!(
        hits.iter()
            .any(|t| t.to_lowercase().contains(DIACRITIC_FORM)),
        "no hit for {QUERY:?} shows {DIACRITIC_FORM:?}:\n{hits:#?}"
    );
    let results_url = page.url.clone();
    screenshot(&c, &shots, "results-1280.png").await;
    // The first hit from a PDF, whose page must link the original.
    let mut pdf_href = None;
    for hit in find_all(&c, "ol.results li.hit").await {
        let href = hit_href(&hit).await;
        if is_pdf(&act_of(&archive, &href).source) {
            pdf_href = Some(href);
            break;
        }
    }
    let pdf_href =
        pdf_href.unwrap_or_else(|| panic!("no act from a PDF among the hits for {QUERY:?}"));

    // A type facet: the unselected value with the most acts. Text is read
    // with textContent: WebDriver's visible text counts everything inside a
    // closed <details> as hidden, even where CSS shows it (wide screens).
    let mut facet: Option<(Element, String, String, u64)> = None;
    for f in find_all(&c, r#"nav.facets a.facet[data-facet="type"]"#).await {
        let value = f
            .attr("data-value")
            .await
            .unwrap()
            .expect("a type facet without data-value");
        let count_el = f
            .find(Locator::Css("span.count"))
            .await
            .unwrap_or_else(|_| panic!("the type facet {value:?} has no span.count"));
        let count_text = content(&count_el).await;
        let count = number(&count_text).unwrap_or_else(|| {
            panic!("the count of facet {value:?} is not a number: {count_text:?}")
        });
        let selected = f.attr("aria-current").await.unwrap().as_deref() == Some("true");
        if !selected && facet.as_ref().is_none_or(|best| count > best.3) {
            facet = Some((f, value, count_text, count));
        }
    }
    let (facet, value, count_text, count) =
        facet.unwrap_or_else(|| panic!("no unselected type facet on {results_url}"));
    let facet_text = content(&facet).await;
    let label = facet_text
        .strip_suffix(&count_text)
        .unwrap_or(&facet_text)
        .trim()
        .to_lowercase();
    assert!(!label.is_empty(), "the type facet {value:?} has no label");
    eprintln!(
        "browser: {} hit(s) for {QUERY:?}; choosing type {value:?} ({count})",
        hits.len()
    );
    click(&c, &facet).await;
    let filtered = wait_for_page(&c, "the results filtered by type", |p| {
        p.param("type").is_some()
    })
    .await;
    assert_eq!(
        filtered.param("type"),
        Some(value.as_str()),
        "{}",
        filtered.url
    );
    assert_eq!(
        filtered.param("q"),
        Some(QUERY),
        "the facet link drops the query: {}",
        filtered.url
    );
    let selected = find(
        &c,
        &format!(r#"nav.facets a.facet[data-facet="type"][data-value="{value}"]"#),
    )
    .await;
    assert_eq!(
        selected.attr("aria-current").await.unwrap().as_deref(),
        Some("true"),
        "the selected type facet {value:?} is not marked aria-current=\"true\""
    );
    let total = find(&c, "p.total").await.text().await.unwrap();
    assert!(
        numbers(&total).contains(&count),
        "the facet said {count} acts of type {value:?}, the total says {total:?}"
    );
    let hits = find_all(&c, "ol.results li.hit").await;
    assert!(!hits.is_empty(), "no hit after choosing type {value:?}");
    assert!(hits.len() as u64 <= count, "more hits than the facet count");
    for hit in &hits {
        let text = hit.text().await.unwrap();
        assert!(
            text.to_lowercase().contains(&label),
            "a hit filtered by type {value:?} does not show {label:?}:\n{text}"
        );
        let href = hit_href(hit).await;
        let act = act_of(&archive, &href);
        assert_eq!(
            act.act_type.slug(),
            value,
            "{href} is listed under type {value:?}"
        );
    }

    // The first hit's act page.
    let first = find(&c, "ol.results li.hit a.hit-title").await;
    let href = first.attr("href").await.unwrap().unwrap_or_default();
    let act = act_of(&archive, &href);
    first.click().await.unwrap();
    let page = wait_for_page(&c, "the act page", |p| {
        p.path == format!("/acts/{}", act.id)
    })
    .await;
    let act_url = page.url.clone();
    let h1 = find(&c, "h1").await.text().await.unwrap();
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(
        collapse(&h1),
        collapse(&act.title),
        "the act page's h1 is not the act's title"
    );
    find(&c, "dl.meta").await;
    let text = find(&c, "div.text").await.text().await.unwrap();
    assert!(!text.trim().is_empty(), "the act page's div.text is empty");
    screenshot(&c, &shots, "act-1280.png").await;

    // The page of an act from a PDF links the original, served as a PDF.
    c.goto(&pdf_href).await.unwrap();
    let pdf_act_url = current_page(&c).await.url;
    find(&c, "h1").await;
    let original = find(&c, "a.original").await;
    let href = original.prop("href").await.unwrap().unwrap_or_default();
    let answer = c
        .execute_async(
            "const [url, done] = arguments;
             fetch(url).then(r => done([r.status, r.headers.get('content-type') || '']))
                       .catch(e => done([0, String(e)]));",
            vec![json!(href)],
        )
        .await
        .unwrap();
    assert_eq!(
        answer,
        json!([200, "application/pdf"]),
        "the original PDF at {href}"
    );
    let stats_url = format!("{base}/statistika");
    let sessions_url = format!("{base}/sessions");
    // The session with the most to show: items, votes, turns, a recording.
    let derived = arkiva::derived::Derived::load(archive.dir()).unwrap();
    let session_url = derived
        .sessions
        .iter()
        .max_by_key(|s| s.items.len() + s.recordings.len() * 10)
        .map_or_else(
            || sessions_url.clone(),
            |s| format!("{base}/sessions/{}", s.id),
        );
    let turns_url = format!("{base}/sessions/turns?q=buxheti");
    let pages = [
        ("sessions", &sessions_url),
        ("session", &session_url),
        ("turns", &turns_url),
        ("statistics", &stats_url),
        ("results", &results_url),
        ("act", &act_url),
        ("pdf-act", &pdf_act_url),
    ];

    // --- Accessibility (axe-core) at desktop width.
    if let Some(axe) = &axe {
        let source = std::fs::read_to_string(axe).unwrap();
        let mut serious = Vec::new();
        for (name, url) in pages {
            c.goto(url).await.unwrap();
            let violations = axe_violations(&c, &source).await;
            eprintln!(
                "browser: axe-core on the {name} page: {} violation(s)",
                violations.len()
            );
            for v in violations {
                if matches!(v.impact.as_deref(), Some("serious" | "critical")) {
                    serious.push(format!("{name} page: {v}"));
                } else {
                    eprintln!("browser: axe-core (not failing) on the {name} page: {v}");
                }
            }
        }
        assert!(
            serious.is_empty(),
            "axe-core found {} serious or critical violation(s):\n{}",
            serious.len(),
            serious.join("\n")
        );
    }

    // --- Phone width: nothing scrolls sideways.
    set_viewport(&c, 360, 800).await;
    let mut overflows = Vec::new();
    for (name, url) in pages {
        c.goto(url).await.unwrap();
        let m = c
            .execute(
                "const vw = window.innerWidth;
                 const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                   (typeof e.className === 'string' && e.className.trim()
                     ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                 const wide = [...document.body.querySelectorAll('*')]
                   .filter(e => e.getBoundingClientRect().right > vw + 0.5 ||
                     (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 &&
                      getComputedStyle(e).overflowX === 'visible'))
                   .slice(0, 10)
                   .map(e => name(e) + ' (box ' + Math.round(e.getBoundingClientRect().right) +
                              ' px, content ' + e.scrollWidth + ' px)');
                 return [document.documentElement.scrollWidth, vw, wide];",
                vec![],
            )
            .await
            .unwrap();
        let (scroll, inner) = (m[0].as_u64().unwrap(), m[1].as_u64().unwrap());
        assert_eq!(inner, 360, "the viewport is not 360 px wide");
        if scroll > inner {
            overflows.push(format!(
                "{name} page ({url}) is {scroll} px wide in a {inner} px viewport; wide elements: {}",
                m[2]
            ));
        }
        if name != "pdf-act" {
            screenshot(&c, &shots, &format!("{name}-360.png")).await;
        }
    }
    assert!(
        overflows.is_empty(),
        "horizontal scrolling at 360 px:\n{}",
        overflows.join("\n")
    );
}

// ---------------------------------------------------------------- tools

/// The executable named by the environment variable `var`, else `default`,
/// if it exists.
fn tool(var: &str, default: &str) -> Option<PathBuf> {
    let path = std::env::var_os(var).map_or_else(|| PathBuf::from(default), PathBuf::from);
    path.is_file().then_some(path)
}

/// `axe.min.js`: `$AXE_CORE_JS`, else where `.ci/run` installs it.
fn axe_core_js() -> Option<PathBuf> {
    let path = match std::env::var_os("AXE_CORE_JS") {
        Some(path) => PathBuf::from(path),
        None => PathBuf::from(std::env::var_os("HOME")?)
            .join(".cache/arkiva-npm/node_modules/axe-core/axe.min.js"),
    };
    path.is_file().then_some(path)
}

fn free_port() -> u16 {
    StdListener::bind((Ipv4Addr::LOCALHOST, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// ChromeDriver as a child process, killed when dropped (also on a panic).
struct ChromeDriver {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl ChromeDriver {
    fn start(binary: &Path, log: PathBuf) -> ChromeDriver {
        let port = free_port();
        let child = Command::new(binary)
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", log.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
        let mut driver = ChromeDriver { child, port, log };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() {
            if let Some(status) = driver.child.try_wait().unwrap() {
                panic!("chromedriver exited with {status}:\n{}", driver.log_tail());
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver does not listen on port {port}:\n{}",
                driver.log_tail()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        driver
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The last lines of ChromeDriver's log, for failure messages.
    fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }
}

impl Drop for ChromeDriver {
    /// Asks ChromeDriver to quit (it closes any browser it still runs),
    /// then kills it if it has not exited within five seconds.
    fn drop(&mut self) {
        if let Ok(mut stream) = TcpStream::connect((Ipv4Addr::LOCALHOST, self.port)) {
            let _ = stream.set_write_timeout(Some(Duration::from_secs(2)));
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = stream.write_all(
                b"GET /shutdown HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            );
            let _ = stream.read(&mut [0; 512]);
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while matches!(self.child.try_wait(), Ok(None)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn connect(chrome: &Path, driver: &ChromeDriver, profile: &Path) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("chrome"));
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": chrome,
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                format!("--user-data-dir={}", profile.display()),
            ],
        }),
    );
    ClientBuilder::native()
        .capabilities(caps)
        .connect(&driver.url())
        .await
        .unwrap_or_else(|e| {
            panic!(
                "cannot open a browser session: {e}\nchromedriver log:\n{}",
                driver.log_tail()
            )
        })
}

// ---------------------------------------------------------------- helpers

/// Sizes the window so that the *viewport* (`innerWidth` × `innerHeight`)
/// is `width` × `height`: the window may add borders or bars.
async fn set_viewport(c: &Client, width: u32, height: u32) {
    c.set_window_size(width, height).await.unwrap();
    let (w, h) = viewport(c).await;
    if (w, h) != (width, height) {
        let outer = |want: u32, got: u32| (2 * i64::from(want) - i64::from(got)).max(1) as u32;
        c.set_window_size(outer(width, w), outer(height, h))
            .await
            .unwrap();
    }
    let (w, _) = viewport(c).await;
    assert_eq!(w, width, "cannot make the viewport {width} px wide");
}

async fn viewport(c: &Client) -> (u32, u32) {
    let v = c
        .execute("return [window.innerWidth, window.innerHeight];", vec![])
        .await
        .unwrap();
    (v[0].as_u64().unwrap() as u32, v[1].as_u64().unwrap() as u32)
}

/// The current URL, split.
struct Page {
    url: String,
    path: String,
    query: Vec<(String, String)>,
}

impl Page {
    fn param(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

async fn current_page(c: &Client) -> Page {
    let url = c.current_url().await.unwrap();
    Page {
        url: url.to_string(),
        path: url.path().to_string(),
        query: form_urlencoded::parse(url.query().unwrap_or("").as_bytes())
            .into_owned()
            .collect(),
    }
}

/// Waits until the browser is on a loaded page that `ok` accepts.
async fn wait_for_page(c: &Client, what: &str, ok: impl Fn(&Page) -> bool) -> Page {
    let deadline = Instant::now() + WAIT;
    loop {
        let page = current_page(c).await;
        if ok(&page) {
            let state = c
                .execute("return document.readyState;", vec![])
                .await
                .unwrap();
            if state == "complete" {
                return page;
            }
        }
        assert!(
            Instant::now() < deadline,
            "waited {} s for {what}; the browser is at {}",
            WAIT.as_secs(),
            page.url
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The first element matching `css`, or a failure that shows the page.
async fn find(c: &Client, css: &str) -> Element {
    match c.find(Locator::Css(css)).await {
        Ok(element) => element,
        Err(e) => panic!("no `{css}` on {}: {e}", describe(c).await),
    }
}

async fn find_all(c: &Client, css: &str) -> Vec<Element> {
    c.find_all(Locator::Css(css)).await.unwrap()
}

async fn wait_for_element(c: &Client, css: &str) -> Element {
    match c.wait().at_most(WAIT).for_element(Locator::Css(css)).await {
        Ok(element) => element,
        Err(e) => panic!("no `{css}` appeared on {}: {e}", describe(c).await),
    }
}

async fn texts(c: &Client, css: &str) -> Vec<String> {
    let mut texts = Vec::new();
    for element in find_all(c, css).await {
        texts.push(element.text().await.unwrap());
    }
    texts
}

/// An element's text content, whitespace collapsed, whether shown or not.
async fn content(element: &Element) -> String {
    let text = element
        .prop("textContent")
        .await
        .unwrap()
        .unwrap_or_default();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// If `element` is not rendered, opens the closed `<details>` around it by
/// clicking their summaries, outermost first, as a reader would.
async fn reveal(c: &Client, element: &Element) {
    let summaries = c
        .execute(
            "const el = arguments[0];
             if (el.checkVisibility()) return [];
             const out = [];
             for (let d = el.closest('details:not([open])'); d;
                  d = d.parentElement && d.parentElement.closest('details:not([open])')) {
               const s = d.querySelector(':scope > summary');
               if (s) out.unshift(s);
             }
             return out;",
            vec![serde_json::to_value(element).unwrap()],
        )
        .await
        .unwrap();
    for summary in summaries.as_array().into_iter().flatten() {
        let id = summary[ELEMENT_KEY]
            .as_str()
            .expect("an element reference")
            .to_string();
        Element::from_element_id(c.clone(), ElementRef::from(id))
            .click()
            .await
            .unwrap();
    }
}

/// Clicks `element` as a reader would. WebDriver's element click refuses
/// anything inside a closed `<details>`, even where CSS shows it (as the
/// facets on wide screens): such an element gets a real mouse click at its
/// centre instead.
async fn click(c: &Client, element: &Element) {
    reveal(c, element).await;
    let Err(refused) = element.click().await else {
        return;
    };
    let refused = refused.to_string();
    let refused = refused.lines().next().unwrap_or_default();
    eprintln!("browser: WebDriver refused the click ({refused}); clicking with the mouse");
    c.execute(
        "arguments[0].scrollIntoView({ block: 'center' });",
        vec![serde_json::to_value(element).unwrap()],
    )
    .await
    .unwrap();
    let mouse = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: element.clone(),
            duration: None,
            x: 0.0,
            y: 0.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    if let Err(e) = c.perform_actions(mouse).await {
        panic!("cannot click the element: {refused}; with the mouse: {e}");
    }
}

/// The URL and the start of the HTML, for failure messages.
async fn describe(c: &Client) -> String {
    let url = c.current_url().await.map(|u| u.to_string());
    let html = c.source().await.unwrap_or_default();
    let start: String = html.chars().take(1500).collect();
    format!(
        "{}\n--- page source (start) ---\n{start}",
        url.unwrap_or_default()
    )
}

async fn screenshot(c: &Client, dir: &Path, name: &str) {
    let png = c.screenshot().await.unwrap();
    std::fs::write(dir.join(name), png).unwrap();
}

/// The URL of a hit's title link.
async fn hit_href(hit: &Element) -> String {
    hit.find(Locator::Css("a.hit-title"))
        .await
        .expect("a hit without a.hit-title")
        .prop("href")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// The act an `/acts/{id}` link points to, read from the index.
fn act_of(archive: &Archive, href: &str) -> arkiva::model::Act {
    let raw = href
        .rsplit_once("/acts/")
        .map(|(_, id)| id.split(['?', '#', '/']).next().unwrap_or(""))
        .unwrap_or_else(|| panic!("{href:?} is not an /acts/{{id}} link"));
    let id = ActId::parse(raw).unwrap_or_else(|| panic!("{href:?}: not an act id"));
    archive
        .get(&id)
        .unwrap()
        .unwrap_or_else(|| panic!("{href:?}: no such act in the index"))
}

fn is_pdf(source: &str) -> bool {
    !source.contains("#row=") && source.to_lowercase().ends_with(".pdf")
}

/// Every whole number in `text`; `.` or a no-break space between groups of
/// three digits is a thousands separator (`1.234` → 1234).
fn numbers(text: &str) -> Vec<u64> {
    let re = regex::Regex::new(r"\d{1,3}(?:[.\u{a0}\u{202f}]\d{3})+\b|\d+").unwrap();
    re.find_iter(text)
        .filter_map(|m| {
            m.as_str()
                .replace(|c: char| !c.is_ascii_digit(), "")
                .parse()
                .ok()
        })
        .collect()
}

fn number(text: &str) -> Option<u64> {
    match numbers(text).as_slice() {
        [n] => Some(*n),
        _ => None,
    }
}

// ---------------------------------------------------------------- axe

#[derive(Deserialize)]
struct Violation {
    id: String,
    impact: Option<String>,
    help: String,
    nodes: Vec<ViolationNode>,
}

#[derive(Deserialize)]
struct ViolationNode {
    target: Value,
    html: String,
    #[serde(rename = "failureSummary")]
    failure_summary: Option<String>,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let impact = self.impact.as_deref().unwrap_or("unknown");
        write!(f, "[{impact}] {}: {}", self.id, self.help)?;
        for node in &self.nodes {
            write!(f, "\n    {} {}", node.target, node.html)?;
            if let Some(summary) = &node.failure_summary {
                write!(f, "\n      {}", summary.replace('\n', "\n      "))?;
            }
        }
        Ok(())
    }
}

/// Injects axe-core into the current page and runs every rule on it.
async fn axe_violations(c: &Client, axe_source: &str) -> Vec<Violation> {
    c.execute(axe_source, vec![]).await.unwrap();
    let answer = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
               .then(r => done({ violations: r.violations.map(v => ({
                   id: v.id, impact: v.impact, help: v.help,
                   nodes: v.nodes.map(n => ({ target: n.target, html: n.html,
                                              failureSummary: n.failureSummary })) })) }))
               .catch(e => done({ error: String(e) }));",
            vec![],
        )
        .await
        .unwrap();
    if let Some(error) = answer.get("error") {
        panic!("axe-core failed: {error}");
    }
    serde_json::from_value(answer["violations"].clone()).unwrap()
}
