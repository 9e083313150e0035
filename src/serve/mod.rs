//! `lapa serve`: the site built in memory and served over HTTP while its sources are
//! edited. The first build, then a rebuild (`build::live`) for each batch of changed
//! sources that `watch` hands on; `http` answers from the last good build, `reload` tells
//! the open tabs to reload (or shows them a failed build's `overlay`), `report` prints
//! what happened. Nothing is written to the output folder.

mod http;
mod inject;
mod overlay;
mod paths;
mod reload;
mod report;
mod types;
mod watch;

pub(crate) use report::Reporter;

use crate::build::BuildError;
use crate::build::live::Live;
use crate::diagnostics::Diagnostic;
use crate::options::BuildOptions;
use http::Shared;
use reload::Hub;
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::RwLock;

/// What `serve` needs to run.
pub(crate) struct Settings {
    /// The build's settings (its base URL already this server's).
    pub options: BuildOptions,
    /// The bound socket.
    pub listener: TcpListener,
    /// The site's base path on this server (`/`, `/di/`).
    pub prefix: String,
}

/// Why `serve` could not start: a problem with how it was asked (exit 2).
pub(crate) type Refused = Diagnostic;

/// Binds the server's socket (before the first build, so that a port in use is told at
/// once): `Err` with the problem to show.
pub(crate) fn bind(address: SocketAddr) -> Result<TcpListener, Refused> {
    TcpListener::bind(address).map_err(|e| {
        let id = match e.kind() {
            std::io::ErrorKind::AddrInUse => "serve-port-in-use",
            std::io::ErrorKind::AddrNotAvailable => "serve-address-unavailable",
            _ => "serve-bind-failed",
        };
        Diagnostic::error(id)
            .with("address", address)
            .with("port", address.port())
            .with("details", e)
    })
}

/// Builds the site, serves it, and rebuilds it after each change until the process is
/// stopped. Returns only when it cannot go on: `Err` for a problem of the command.
pub(crate) fn run(settings: Settings, reporter: Reporter) -> Result<(), Refused> {
    let Settings {
        options,
        listener,
        prefix,
    } = settings;
    let root = options
        .root
        .canonicalize()
        .unwrap_or_else(|_| options.root.clone());
    // Watching starts before the first build: a change saved during it is not missed.
    let watch = match watch::Watch::start(&root) {
        Ok((watch, unwatched)) => {
            for folder in unwatched {
                reporter.problem(
                    Diagnostic::warning("serve-watch-failed")
                        .with("folder", folder.folder)
                        .with("details", folder.details),
                );
            }
            Some(watch)
        }
        Err(folder) => {
            reporter.problem(
                Diagnostic::warning("serve-watch-failed")
                    .with("folder", folder.folder)
                    .with("details", folder.details),
            );
            None
        }
    };
    let pool = pool_for(&options);
    let messages = reporter.messages();
    let placeholder = http::placeholder_page(
        reporter.lang(),
        &messages
            .get("serve-not-built-title", &[])
            .unwrap_or_default(),
        &messages
            .get("serve-not-built-page", &[])
            .unwrap_or_default(),
    );
    let hub = Hub::new();
    let started = Instant::now();
    let first = match &pool {
        Some(pool) => pool.install(|| Live::open(options.clone())),
        None => Live::open(options.clone()),
    };
    let site = match first {
        Ok((live, change)) => {
            reporter.built(change, started.elapsed());
            Some(live)
        }
        Err(BuildError::Usage(problem)) => return Err(problem),
        Err(error) => {
            if let Some(overlay) = reporter.failed(&[], error, false) {
                hub.failed(overlay);
            }
            None
        }
    };
    let shared = Arc::new(Shared {
        site: RwLock::new(site),
        hub,
        prefix,
        placeholder,
        root,
    });
    let url = local_url(&listener, &shared.prefix);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| cannot_serve(&url, e))?;
    let _ = listener.set_nonblocking(true);
    let router = http::router(Arc::clone(&shared));
    reporter.say("serve-listening", &[("url", url.clone())]);
    if let Some(watch) = watch {
        let shared = Arc::clone(&shared);
        let spawned = std::thread::Builder::new()
            .name("lapa-watch".to_string())
            .spawn(move || {
                while let Some(changed) = watch.next_batch() {
                    rebuild(&shared, &options, &reporter, pool.as_ref(), &changed);
                }
            });
        spawned.map_err(|e| cannot_serve(&url, e))?;
    }
    runtime.block_on(async move {
        let listener =
            tokio::net::TcpListener::from_std(listener).map_err(|e| cannot_serve(&url, e))?;
        axum::serve(listener, router)
            .await
            .map_err(|e| cannot_serve(&url, e))
    })
}

/// The server could not be started or stopped serving.
fn cannot_serve(url: &str, details: impl ToString) -> Refused {
    Diagnostic::error("serve-bind-failed")
        .with("address", url)
        .with("details", details.to_string())
}

/// The worker pool of rebuilds (`--threads`).
fn pool_for(options: &BuildOptions) -> Option<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.unwrap_or(0))
        .build()
        .ok()
}

/// Rebuilds after `changed` and tells the terminal and the tabs.
fn rebuild(
    shared: &Shared,
    options: &BuildOptions,
    reporter: &Reporter,
    pool: Option<&rayon::ThreadPool>,
    changed: &[PathBuf],
) {
    let started = Instant::now();
    let mut site = shared.site.blocking_write();
    let kept = site.is_some();
    let mut work = || match site.as_mut() {
        Some(live) => live.apply(changed),
        None => Live::open(options.clone()).map(|(live, change)| {
            *site = Some(live);
            change
        }),
    };
    let result = match pool {
        Some(pool) => pool.install(work),
        None => work(),
    };
    drop(site);
    let elapsed = started.elapsed();
    match result {
        Ok(change) => {
            shared
                .hub
                .built(&change.written, &change.removed, &shared.prefix);
            reporter.rebuilt(changed, change, elapsed);
        }
        Err(error) => {
            if let Some(overlay) = reporter.failed(changed, error, kept) {
                shared.hub.failed(overlay);
            }
        }
    }
}

/// The address the site is served at, for people and for the build's base URL.
pub(crate) fn local_url(listener: &TcpListener, prefix: &str) -> String {
    match listener.local_addr() {
        Ok(address) => base_url(address, prefix),
        Err(_) => format!("http://127.0.0.1{prefix}"),
    }
}

/// `http://127.0.0.1:1111/` for a socket address and base path; an unspecified address
/// (`0.0.0.0`) is reached on this computer through loopback. An IPv6 address is named
/// `localhost`: a site's base URL must be a plain host name or IPv4 address.
pub(crate) fn base_url(address: SocketAddr, prefix: &str) -> String {
    let host = match address.ip() {
        std::net::IpAddr::V4(ip) if ip.is_unspecified() => "127.0.0.1".to_string(),
        std::net::IpAddr::V4(ip) => ip.to_string(),
        std::net::IpAddr::V6(_) => "localhost".to_string(),
    };
    format!("http://{host}:{}{prefix}", address.port())
}

#[cfg(test)]
mod tests {
    use super::base_url;

    #[test]
    fn the_base_url_is_one_a_browser_here_reaches() {
        let url = |address: &str, prefix| base_url(address.parse().unwrap(), prefix);
        assert_eq!(url("127.0.0.1:1111", "/"), "http://127.0.0.1:1111/");
        assert_eq!(url("0.0.0.0:8080", "/di/"), "http://127.0.0.1:8080/di/");
        assert_eq!(url("192.168.1.5:1111", "/"), "http://192.168.1.5:1111/");
        assert_eq!(url("[::1]:1111", "/"), "http://localhost:1111/");
        assert_eq!(url("[::]:1111", "/"), "http://localhost:1111/");
    }
}
