//! The HTTP side (axum): the site at its base path, straight from the site kept in
//! memory, with its content types, folders answered by their `index.html`, the site's
//! `404.html` with status 404 for anything else; and, under `/__lapa/`, the reload script
//! and its events. Nothing is ever looked up on disk by a request's path: outputs are
//! found by exact path (see `paths`), and a copied file is read from the source the build
//! named, only while that source is a plain file inside the site folder (not a symbolic
//! link).

use super::inject::{EVENTS_PATH, SCRIPT_PATH, inject};
use super::paths::{Wanted, wanted};
use super::reload::Hub;
use super::types::content_type;
use crate::build::live::{Live, Served};
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::sse::{KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::sync::RwLock;

/// The reload script, as served.
const SCRIPT: &str = include_str!("live.js");

/// What every request handler shares.
pub(crate) struct Shared {
    /// The site; `None` until a first build succeeds.
    pub site: RwLock<Option<Live>>,
    /// The open tabs.
    pub hub: Hub,
    /// The site's base path on this server: `/`, or `/di/` for a site in a sub-folder.
    pub prefix: String,
    /// The page shown while no build has succeeded yet (with the reload script).
    pub placeholder: String,
    /// The site folder, symbolic links resolved: copied files must lie inside it.
    pub root: PathBuf,
}

/// The router of `serve`.
pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(SCRIPT_PATH, axum::routing::get(script))
        .route(EVENTS_PATH, axum::routing::get(events))
        .fallback(site)
        .with_state(shared)
}

async fn script() -> Response {
    let mut response = SCRIPT.into_response();
    set_type(&mut response, "text/javascript; charset=utf-8");
    response
}

async fn events(State(shared): State<Arc<Shared>>) -> Response {
    Sse::new(shared.hub.events())
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// A page, file or folder of the site, or the 404 page.
async fn site(State(shared): State<Arc<Shared>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let mut response = StatusCode::METHOD_NOT_ALLOWED.into_response();
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let request_path = uri.path();
    let wanted = wanted(request_path, &shared.prefix);
    let found = {
        let site = shared.site.read().await;
        let Some(live) = site.as_ref() else {
            return placeholder(&shared.placeholder);
        };
        find(live, wanted, request_path, &shared.prefix)
    };
    let (status, path, served) = match found {
        Found::Output(path, served) => (StatusCode::OK, path, served),
        Found::Redirect(to) => return redirect(&to),
        Found::Missing(Some(served)) => (StatusCode::NOT_FOUND, "404.html".to_string(), served),
        Found::Missing(None) => return not_found(),
    };
    let bytes: Vec<u8> = match served {
        Served::Bytes(bytes) => bytes.to_vec(),
        Served::File(source) => {
            let root = shared.root.clone();
            let read = tokio::task::spawn_blocking(move || read_inside(&root, &source)).await;
            match read {
                Ok(Some(bytes)) => bytes,
                _ => return not_found(),
            }
        }
    };
    let kind = content_type(&path);
    let body = if kind.starts_with("text/html") {
        inject(&bytes)
    } else {
        bytes
    };
    let mut response = (status, body).into_response();
    set_type(&mut response, &kind);
    response
}

/// What a request found in the site.
enum Found {
    /// The output at this path.
    Output(String, Served),
    /// A folder asked for without its slash: the path to send the browser to.
    Redirect(String),
    /// Nothing: the site's `404.html`, if it has one.
    Missing(Option<Served>),
}

fn find(live: &Live, wanted: Wanted, request_path: &str, prefix: &str) -> Found {
    let output = |path: &str| live.get(path);
    match wanted {
        Wanted::Output(path) => {
            if let Some(served) = output(&path) {
                return Found::Output(path, served);
            }
        }
        Wanted::File(path) => {
            if let Some(served) = output(&path) {
                return Found::Output(path, served);
            }
            if live.get(&format!("{path}/index.html")).is_some() {
                return Found::Redirect(format!("{request_path}/"));
            }
        }
        Wanted::Nothing => {
            // The base path without its slash (`/di`), or the server's root for a site in
            // a sub-folder.
            let bare = prefix.trim_end_matches('/');
            if request_path == bare || (request_path == "/" && prefix != "/") {
                return Found::Redirect(prefix.to_string());
            }
        }
    }
    Found::Missing(output("404.html"))
}

/// Reads a copied file's source, only when it is a plain file inside the site folder.
fn read_inside(root: &Path, source: &Path) -> Option<Vec<u8>> {
    let metadata = std::fs::symlink_metadata(source).ok()?;
    let real = source.canonicalize().ok()?;
    if !metadata.is_file() || !real.starts_with(root) {
        return None;
    }
    std::fs::read(real).ok()
}

fn redirect(to: &str) -> Response {
    let mut response = StatusCode::TEMPORARY_REDIRECT.into_response();
    if let Ok(location) = HeaderValue::from_str(to) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    no_store(&mut response);
    response
}

fn not_found() -> Response {
    let mut response = (StatusCode::NOT_FOUND, "404").into_response();
    set_type(&mut response, "text/plain; charset=utf-8");
    response
}

fn placeholder(page: &str) -> Response {
    let mut response = (StatusCode::SERVICE_UNAVAILABLE, page.to_string()).into_response();
    set_type(&mut response, "text/html; charset=utf-8");
    response
}

/// Sets the content type, and that nothing is cached: every request sees the last build.
fn set_type(response: &mut Response, kind: &str) {
    if let Ok(value) = HeaderValue::from_str(kind) {
        response.headers_mut().insert(header::CONTENT_TYPE, value);
    }
    no_store(response);
}

fn no_store(response: &mut Response) {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

/// The page shown before any build has succeeded.
pub(crate) fn placeholder_page(lang: &str, title: &str, text: &str) -> String {
    let escape = |s: &str| {
        let mut out = String::new();
        let _ = pulldown_cmark_escape::escape_html(&mut out, s);
        out
    };
    let page = format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n<p>{text}</p>\n\
         </main>\n</body>\n</html>\n",
        title = escape(title),
        text = escape(text),
    );
    String::from_utf8(inject(page.as_bytes())).unwrap_or(page)
}
