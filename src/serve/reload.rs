//! Telling open tabs what happened, over server-sent events (`/__lapa/events`): each
//! tab hears, when it connects, the current state (the build's version and the overlay
//! of a failed build, if the last build failed), and then every change: `reload` after
//! a rebuild that changed outputs (with the stylesheets to swap when only stylesheets
//! changed), `state` after a failed rebuild or one that fixed the last failure without
//! changing any output.

use super::overlay::Overlay;
use axum::response::sse::Event;
use futures_util::{Stream, StreamExt, stream};
use serde_json::json;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use tokio::sync::broadcast::{self, error::RecvError};

/// One event for the tabs: its name and its JSON data.
pub(crate) type Notice = (&'static str, Arc<str>);

/// The state the tabs share, and the channel to them.
pub(crate) struct Hub {
    sender: broadcast::Sender<Notice>,
    current: Mutex<Current>,
}

/// What a tab that connects now is told first.
#[derive(Default)]
struct Current {
    /// Counts the rebuilds that changed outputs.
    version: u64,
    /// The overlay of the last build, when it failed.
    error: Option<Overlay>,
}

impl Hub {
    /// A hub with no tab connected, at version 0, the first build good.
    pub(crate) fn new() -> Self {
        Self {
            sender: broadcast::channel(64).0,
            current: Mutex::new(Current::default()),
        }
    }

    /// A build succeeded, writing and removing these output paths (URLs under `prefix`,
    /// the site's base path).
    pub(crate) fn built(&self, written: &[String], removed: &[String], prefix: &str) {
        let Ok(mut current) = self.current.lock() else {
            return;
        };
        let was_failing = current.error.take().is_some();
        if written.is_empty() && removed.is_empty() {
            if was_failing {
                self.send("state", state(&current));
            }
            return;
        }
        current.version += 1;
        let css_only = removed.is_empty() && written.iter().all(|p| p.ends_with(".css"));
        let css: Option<Vec<String>> =
            css_only.then(|| written.iter().map(|p| format!("{prefix}{p}")).collect());
        let data = json!({ "version": current.version, "css": css });
        self.send("reload", data.to_string());
    }

    /// A build failed: the last good outputs stay, the tabs show the overlay.
    pub(crate) fn failed(&self, overlay: Overlay) {
        let Ok(mut current) = self.current.lock() else {
            return;
        };
        current.error = Some(overlay);
        self.send("state", state(&current));
    }

    /// The events of one tab: the current state, then each change.
    pub(crate) fn events(&self) -> impl Stream<Item = Result<Event, Infallible>> + use<> {
        // Subscribed before the state is read: nothing falls between the two.
        let receiver = self.sender.subscribe();
        let first: Notice = match self.current.lock() {
            Ok(current) => ("state", state(&current).into()),
            Err(_) => ("state", Arc::from("{}")),
        };
        let changes = stream::unfold(receiver, |mut receiver| async move {
            let notice = match receiver.recv().await {
                Ok(notice) => notice,
                // A tab that fell behind reloads: it missed a change.
                Err(RecvError::Lagged(_)) => {
                    let data = json!({ "version": -1, "css": null }).to_string();
                    ("reload", data.into())
                }
                Err(RecvError::Closed) => return None,
            };
            Some((notice, receiver))
        });
        stream::once(async move { first })
            .chain(changes)
            .map(|(name, data)| Ok(Event::default().event(name).data(&*data)))
    }

    fn send(&self, name: &'static str, data: String) {
        // No tab listening is no failure.
        let _ = self.sender.send((name, data.into()));
    }
}

/// The `state` event's data.
fn state(current: &Current) -> String {
    json!({ "version": current.version, "error": current.error }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(paths: &[&str]) -> Vec<String> {
        paths.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn a_stylesheet_alone_is_swapped_and_anything_else_reloads() {
        let hub = Hub::new();
        let mut receiver = hub.sender.subscribe();
        hub.built(&strings(&["style.css"]), &[], "/di/");
        let (name, data) = receiver.try_recv().unwrap();
        assert_eq!(name, "reload");
        assert_eq!(&*data, r#"{"css":["/di/style.css"],"version":1}"#);
        hub.built(&strings(&["style.css", "lv/index.html"]), &[], "/");
        let (_, data) = receiver.try_recv().unwrap();
        assert_eq!(&*data, r#"{"css":null,"version":2}"#);
        // Nothing changed and nothing was failing: nothing to say.
        hub.built(&[], &[], "/");
        assert!(receiver.try_recv().is_err());
    }
}
