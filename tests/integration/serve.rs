//! `lapa serve` as a person uses it: started on a free port on a fixture site, asked for
//! pages over plain HTTP (a raw socket, so that the paths sent are exactly the ones
//! written here), edited while it runs. Every wait is bounded and polls or blocks on the
//! server's own answer; nothing sleeps for a fixed time.

use crate::support::{Site, run_lapa};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long anything may take on a busy machine before the test fails.
const PATIENCE: Duration = Duration::from_secs(90);

/// A running `lapa serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    lines: Receiver<String>,
    stdout: Vec<String>,
    stderr: Arc<Mutex<String>>,
}

/// One HTTP answer.
struct Reply {
    status: u16,
    /// Header lines, names in lower case: `content-type: text/html`.
    headers: Vec<String>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        let prefix = format!("{name}: ");
        self.headers.iter().find_map(|h| h.strip_prefix(&prefix))
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl Server {
    /// Starts `lapa --lang <lang> serve --port 0 …` on the site and waits until it serves.
    fn start(site: &Site, lang: &str, extra: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_lapa"))
            .args([
                "--lang",
                lang,
                "serve",
                "--port",
                "0",
                "--now",
                "2024-01-15T12:00",
            ])
            .args(extra)
            .current_dir(site.root())
            .env_remove("SOURCE_DATE_EPOCH")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("lapa serve starts");
        let lines = read_lines(child.stdout.take().unwrap());
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut pipe = child.stderr.take().unwrap();
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = pipe.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buffer[..n]));
            }
        });
        let mut server = Self {
            child,
            port: 0,
            lines,
            stdout: Vec::new(),
            stderr,
        };
        let line = server.wait_line("the address", |l| l.contains("http://127.0.0.1:"));
        let after = line.split("http://127.0.0.1:").nth(1).unwrap();
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        server.port = digits.parse().unwrap();
        server
    }

    /// Waits for a line of standard output that passes `wanted`.
    fn wait_line(&mut self, what: &str, wanted: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.stdout.push(line.clone());
                    if wanted(&line) {
                        return line;
                    }
                }
                Err(_) => panic!(
                    "no line with {what}; stdout:\n{}\nstderr:\n{}",
                    self.stdout.join("\n"),
                    self.stderr.lock().unwrap()
                ),
            }
        }
    }

    /// Sends `GET <path>` exactly as written.
    fn get(&self, path: &str) -> Reply {
        request(self.port, "GET", path)
    }

    /// Subscribes to the reload events.
    fn events(&self) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        write!(
            stream,
            "GET /__lapa/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        Events {
            reader: BufReader::new(stream),
        }
    }

    /// Waits until standard error passes `wanted`, and returns it.
    fn wait_stderr(&self, wanted: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let stderr = self.stderr.lock().unwrap().clone();
            if wanted(&stderr) {
                return stderr;
            }
            assert!(
                Instant::now() < deadline,
                "stderr never as expected:\n{stderr}"
            );
            // Polled, not waited for a fixed time.
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_lines(stdout: ChildStdout) -> Receiver<String> {
    let (sender, receiver) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    receiver
}

/// One request on its own connection, the target sent byte for byte.
fn request(port: u16, method: &str, target: &str) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(
        stream,
        "{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP answer to {target}: {raw:?}"));
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<String> = lines
        .map(|l| match l.split_once(": ") {
            Some((name, value)) => format!("{}: {value}", name.to_ascii_lowercase()),
            None => l.to_string(),
        })
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if headers.iter().any(|h| h == "transfer-encoding: chunked") {
        body = unchunk(&body);
    }
    Reply {
        status,
        headers,
        body,
    }
}

/// A chunked body's bytes.
fn unchunk(mut raw: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(end) = raw.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(std::str::from_utf8(&raw[..end]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            break;
        }
        body.extend_from_slice(&raw[end + 2..end + 2 + size]);
        raw = &raw[end + 2 + size + 2..];
    }
    body
}

/// The reload events of one tab.
struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    /// The data of the next event called `name` (others are skipped).
    fn next(&mut self, name: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        let mut current = String::new();
        loop {
            // Keep-alive comments come every few seconds: the wait is bounded all the same.
            assert!(Instant::now() < deadline, "no {name} event in time");
            let mut line = String::new();
            let read = self.reader.read_line(&mut line).expect("an event in time");
            assert!(read > 0, "the event stream ended before a {name} event");
            let line = line.trim_end();
            if let Some(event) = line.strip_prefix("event: ") {
                current = event.to_string();
            } else if let Some(data) = line.strip_prefix("data: ")
                && current == name
            {
                return data.to_string();
            }
        }
    }
}

#[test]
fn pages_and_files_are_served_with_their_types() {
    let site = Site::bundled();
    let server = Server::start(&site, "en", &[]);
    for (path, kind) in [
        ("/", "text/html; charset=utf-8"),
        ("/lv/", "text/html; charset=utf-8"),
        ("/css/site.css", "text/css; charset=utf-8"),
        ("/js/text-size.js", "text/javascript; charset=utf-8"),
        ("/lv/kalendars.ics", "text/calendar; charset=utf-8"),
        ("/data/contacts/lv/lpr.vcf", "text/vcard; charset=utf-8"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/lv/atom.xml", "application/atom+xml; charset=utf-8"),
        ("/data/indicators.json", "application/json; charset=utf-8"),
        ("/img/favicon.svg", "image/svg+xml; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
    ] {
        let reply = server.get(path);
        assert_eq!(reply.status, 200, "{path}");
        assert_eq!(reply.header("content-type"), Some(kind), "{path}");
        assert_eq!(reply.header("cache-control"), Some("no-store"), "{path}");
    }
    // The site's links point at this server, and only HTML gets the reload script.
    let home = server.get("/lv/").text();
    let here = format!("http://127.0.0.1:{}/", server.port);
    assert!(home.contains(&format!("href=\"{here}lv/\"")), "{home}");
    assert_eq!(home.matches("/__lapa/live.js").count(), 1);
    assert!(!server.get("/css/site.css").text().contains("__lapa"));
    // A folder without its slash is sent to the folder; a missing path gets the site's 404.
    let folder = server.get("/lv");
    assert_eq!(folder.status, 307);
    assert_eq!(folder.header("location"), Some("/lv/"));
    let missing = server.get("/lv/no-such-page/");
    assert_eq!(missing.status, 404);
    assert_eq!(
        missing.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(missing.text(), server.get("/404.html").text());
    assert!(missing.text().contains("/__lapa/live.js"));
    let script = server.get("/__lapa/live.js");
    assert_eq!(
        script.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(script.text().contains("EventSource"));
    assert_eq!(request(server.port, "POST", "/lv/").status, 405);
}

#[test]
fn paths_that_leave_the_output_are_not_found() {
    let site = Site::fixture("news");
    // A file outside the site, and a link to it inside a bundle and beside the theme.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "TOP SECRET").unwrap();
    #[cfg(unix)]
    {
        let secret = outside.path().join("secret.txt");
        std::os::unix::fs::symlink(
            &secret,
            site.root().join("content/kopiena/galerija/secret.txt"),
        )
        .unwrap();
        std::os::unix::fs::symlink(outside.path(), site.root().join("content/kopiena/outside"))
            .unwrap();
    }
    let server = Server::start(&site, "en", &[]);
    assert_eq!(server.get("/lv/").status, 200);
    let secret = outside.path().join("secret.txt");
    let absolute = secret.to_str().unwrap();
    for attack in [
        "/../secret.txt".to_string(),
        "/lv/../../secret.txt".to_string(),
        "/%2e%2e/%2e%2e/secret.txt".to_string(),
        "/%2E%2E%2F%2E%2E%2Fsecret.txt".to_string(),
        "/lv/..%2f..%2fsecret.txt".to_string(),
        "/..%5c..%5csecret.txt".to_string(),
        "/lv/%5c..%5c..%5csecret.txt".to_string(),
        format!("/{absolute}"),
        format!("/{}", absolute.trim_start_matches('/')),
        "//etc/passwd".to_string(),
        "/%2fetc%2fpasswd".to_string(),
        "/lv/index.html%00".to_string(),
        "/lv%00/index.html".to_string(),
        "/%ff%fe/index.html".to_string(),
        "/%c0%ae%c0%ae/secret.txt".to_string(),
        "/lv/./index.html".to_string(),
        "/lv/kopiena/galerija/secret.txt".to_string(),
        "/kopiena/galerija/secret.txt".to_string(),
        "/lv/kopiena/outside/secret.txt".to_string(),
        "/kopiena/outside/secret.txt".to_string(),
        "http://localhost/../secret.txt".to_string(),
    ] {
        let reply = server.get(&attack);
        assert_eq!(reply.status, 404, "{attack}: {}", reply.text());
        assert!(!reply.text().contains("TOP SECRET"), "{attack}");
    }
}

#[test]
fn an_edit_is_rebuilt_announced_and_served() {
    let site = Site::fixture("news");
    let mut server = Server::start(&site, "en", &[]);
    let page = "content/jaunumi/b.lv.md";
    let before = server.get("/lv/jaunumi/b/");
    assert_eq!(before.status, 200);
    let mut events = server.events();
    let state = events.next("state");
    assert_eq!(state, r#"{"error":null,"version":0}"#);
    // A save through a temporary file renamed over the page, as many editors do: one
    // rebuild.
    let text = std::fs::read_to_string(site.root().join(page)).unwrap();
    let temporary = site.root().join("content/jaunumi/.b.lv.md.swp");
    std::fs::write(
        &temporary,
        text.replace("\n---\n", "\n---\n\nPirmais jaunais teikums.\n\n"),
    )
    .unwrap();
    std::fs::rename(&temporary, site.root().join(page)).unwrap();
    let reload = events.next("reload");
    assert!(reload.contains(r#""version":1"#), "{reload}");
    assert!(
        server
            .get("/lv/jaunumi/b/")
            .text()
            .contains("Pirmais jaunais teikums.")
    );
    let rebuilt = server.wait_line("the rebuild", |l| l.contains("rebuilt"));
    assert!(
        rebuilt.starts_with("content/jaunumi/b.lv.md: "),
        "{rebuilt}"
    );
    assert!(rebuilt.ends_with(" ms)."), "{rebuilt}");
    // A burst of saves of one file ends with the last one served.
    for n in 0..5 {
        site.write(
            page,
            &text.replace("\n---\n", &format!("\n---\n\nOtrais teikums {n}.\n\n")),
        );
    }
    loop {
        events.next("reload");
        if server
            .get("/lv/jaunumi/b/")
            .text()
            .contains("Otrais teikums 4.")
        {
            break;
        }
    }
    // Editor clutter alone rebuilds nothing: the next rebuild is the next real edit's.
    site.write("content/jaunumi/b.lv.md~", "backup");
    site.write("content/jaunumi/4913", "");
    site.write("content/jaunumi/.#b.lv.md", "lock");
    site.write(page, &text);
    events.next("reload");
    assert_eq!(server.get("/lv/jaunumi/b/").text(), before.text());
    let stdout = server.stdout.join("\n");
    assert!(
        !stdout.contains('~') && !stdout.contains("4913"),
        "{stdout}"
    );
}

#[test]
fn a_stylesheet_change_swaps_stylesheets_without_a_reload() {
    let site = Site::fixture("news");
    let server = Server::start(&site, "en", &[]);
    let css: Vec<String> = walkdir::WalkDir::new(site.root().join("themes"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "css"))
        .map(|e| e.path().to_string_lossy().into_owned())
        .collect();
    let Some(stylesheet) = css.first() else {
        // The fixture's theme has no stylesheet to change.
        return;
    };
    let mut events = server.events();
    events.next("state");
    let text = std::fs::read_to_string(stylesheet).unwrap();
    std::fs::write(stylesheet, format!("{text}\nbody {{ color: #111; }}\n")).unwrap();
    let reload = events.next("reload");
    assert!(reload.contains(r#""css":["/"#), "{reload}");
    assert!(reload.contains(".css\"]"), "{reload}");
}

#[test]
fn a_broken_edit_shows_the_overlay_and_keeps_the_last_good_page() {
    let site = Site::fixture("news");
    let mut server = Server::start(&site, "lv", &[]);
    let page = "content/jaunumi/b.lv.md";
    let good = server.get("/lv/jaunumi/b/").text();
    let mut events = server.events();
    events.next("state");
    let text = std::fs::read_to_string(site.root().join(page)).unwrap();
    site.write(page, "---\ntitle: [nav aizvērts\n---\n");
    let state = events.next("state");
    let overlay: serde_json::Value = serde_json::from_str(&state).unwrap();
    let error = &overlay["error"];
    assert_eq!(error["lang"], "lv");
    assert_eq!(error["title"], "Vietnē ir 1 kļūda");
    assert_eq!(error["close"], "Aizvērt");
    let problem = &error["problems"][0];
    assert_eq!(problem["file"], "content/jaunumi/b.lv.md");
    assert_eq!(problem["line"], 2);
    assert_eq!(problem["column"], 8);
    assert_eq!(problem["severity"], "kļūda");
    assert!(
        problem["message"].as_str().unwrap().contains('['),
        "{problem}"
    );
    assert!(!problem["hint"].as_str().unwrap().is_empty(), "{problem}");
    // Printed as `build` prints it, and the last good page is still served.
    server.wait_line("that the last build stays", |l| {
        l.contains("pēdējā veiksmīgā")
    });
    server.wait_stderr(|e| e.contains("kļūda[yaml-unclosed-bracket]: content/jaunumi/b.lv.md:2:8"));
    assert_eq!(server.get("/lv/jaunumi/b/").text(), good);
    // A tab opened now hears of the error at once.
    let mut late = server.events();
    assert!(late.next("state").contains("content/jaunumi/b.lv.md"));
    // The fix: the same page as before, so nothing to reload, and the overlay goes.
    site.write(page, &text);
    let state = events.next("state");
    assert_eq!(state, r#"{"error":null,"version":0}"#);
    assert_eq!(server.get("/lv/jaunumi/b/").text(), good);
}

#[test]
fn a_site_that_does_not_build_is_served_once_fixed() {
    let site = Site::fixture("news");
    let page = "content/jaunumi/b.lv.md";
    let text = std::fs::read_to_string(site.root().join(page)).unwrap();
    site.write(page, "---\ntitle: [nav aizvērts\n---\n");
    let server = Server::start(&site, "en", &[]);
    let waiting = server.get("/lv/");
    assert_eq!(waiting.status, 503);
    assert!(waiting.text().contains("/__lapa/live.js"));
    let mut events = server.events();
    assert!(events.next("state").contains("yaml-unclosed-bracket"));
    site.write(page, &text);
    events.next("reload");
    assert_eq!(server.get("/lv/jaunumi/b/").status, 200);
}

#[test]
fn a_site_in_a_sub_folder_is_served_under_its_path() {
    let site = Site::fixture("news");
    let server = Server::start(&site, "en", &["--base-url", "https://example.lv/di/"]);
    let home = server.get("/di/lv/");
    assert_eq!(home.status, 200);
    let here = format!("http://127.0.0.1:{}/di/", server.port);
    assert!(
        home.text().contains(&format!("href=\"{here}lv/")),
        "{}",
        home.text()
    );
    let root = server.get("/");
    assert_eq!(root.status, 307);
    assert_eq!(root.header("location"), Some("/di/"));
    assert_eq!(server.get("/lv/").status, 404);
}

#[test]
fn a_port_in_use_is_wrong_usage_in_both_languages() {
    let site = Site::fixture("news");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    for (lang, words) in [("en", "already in use"), ("lv", "jau ir aizņemts")] {
        let run = run_lapa(site.root(), lang, &["serve", "--port", &port]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains(words), "{}", run.stderr);
        assert!(run.stderr.contains("--port"), "{}", run.stderr);
    }
}

#[test]
fn a_base_url_that_is_no_address_is_wrong_usage() {
    let site = Site::fixture("news");
    let run = run_lapa(
        site.root(),
        "en",
        &["serve", "--port", "0", "--base-url", "example.lv/di"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("--base-url example.lv/di is not a web address"),
        "{}",
        run.stderr
    );
}

#[test]
fn listening_beyond_this_computer_is_warned_about() {
    let site = Site::fixture("news");
    let server = Server::start(&site, "en", &["--bind", "0.0.0.0"]);
    let stderr = server.wait_stderr(|e| e.contains("warning[serve-bind-public]"));
    assert!(stderr.contains("other computers"), "{stderr}");
    assert_eq!(server.get("/lv/").status, 200);
}

#[test]
fn serve_explains_its_options_in_both_languages() {
    let site = Site::fixture("news");
    for (lang, words) in [
        ("en", "The port to listen on"),
        ("lv", "Ports, kurā klausīties"),
    ] {
        let run = run_lapa(site.root(), lang, &["serve", "--help"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(run.stdout.contains(words), "{}", run.stdout);
    }
}

/// Issue 14: a photo replaced while `serve` runs is processed (through the same cache as
/// `build`) and the page that shows it reloads with the new photo's size.
#[test]
fn a_replaced_photo_updates_its_page() {
    let site = Site::fixture("basic");
    let photo = site.root().join("content/kopiena/galerija/gajiens.jpg");
    std::fs::write(&photo, crate::photos::phone_jpeg(1000, 750, 6)).unwrap();
    site.write(
        "content/kopiena/galerija/index.lv.md",
        "---\ntitle: Galerija\n---\nTeksts.\n\n![Gājiens](gajiens.jpg)\n",
    );
    let server = Server::start(&site, "en", &[]);
    let page = server.get("/lv/kopiena/galerija/").text();
    assert!(page.contains("width=\"1000\" height=\"750\""), "{page}");
    let small = server.get("/lv/kopiena/galerija/gajiens-480.jpg");
    assert_eq!(small.status, 200);
    let decoded = image::load_from_memory(&small.body).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (480, 360));
    let mut events = server.events();
    events.next("state");
    // Written beside and renamed over the photo, as a file manager or editor saves.
    let temporary = site
        .root()
        .join("content/kopiena/galerija/.gajiens.jpg.part");
    std::fs::write(&temporary, crate::photos::phone_jpeg(900, 600, 6)).unwrap();
    std::fs::rename(&temporary, &photo).unwrap();
    events.next("reload");
    let page = server.get("/lv/kopiena/galerija/").text();
    assert!(page.contains("width=\"900\" height=\"600\""), "{page}");
    let small = server.get("/lv/kopiena/galerija/gajiens-480.jpg");
    let decoded = image::load_from_memory(&small.body).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (480, 320));
    assert!(site.root().join(".lapa-cache/CACHEDIR.TAG").is_file());
}
