//! What the page shows around the review: the message line, the finding
//! whose rule is open, the theme, and the embed options.

use engine::Finding;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Ui {
    /// A short status for the user (share, copy, link errors); read by screen readers.
    pub message: ReadSignal<Option<String>>,
    /// The finding whose documentation is open.
    pub selected: ReadSignal<Option<Finding>>,
    pub dark: ReadSignal<bool>,
    pub embed: Embed,
    set_message: WriteSignal<Option<String>>,
    set_selected: WriteSignal<Option<Finding>>,
    set_dark: WriteSignal<bool>,
}

impl Ui {
    pub fn new(embed: Embed, dark: bool) -> Ui {
        let (message, set_message) = signal(None);
        let (selected, set_selected) = signal(None);
        let (dark, set_dark) = signal(dark);
        Ui { message, selected, dark, embed, set_message, set_selected, set_dark }
    }

    pub fn say(&self, text: impl Into<String>) {
        self.set_message.set(Some(text.into()));
    }

    /// Open the documentation of a finding's rule, or close it.
    pub fn select(&self, finding: Option<Finding>) {
        self.set_selected.set(finding);
    }

    /// Copy `text` to the clipboard and say `done`, or why it failed.
    pub fn copy(self, text: String, done: &'static str) {
        let copied = crate::dom::copy_to_clipboard(&text);
        leptos::task::spawn_local(async move {
            if copied.await {
                self.say(done);
            } else {
                self.say("The browser refused clipboard access; select and copy by hand.");
            }
        });
    }

    pub fn toggle_theme(&self) {
        self.set_dark.update(|dark| *dark = !*dark);
    }
}

/// Options of embed mode, read from the query string (`?embed&readonly&theme=dark&panes=queries,findings`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Embed {
    pub enabled: bool,
    pub readonly: bool,
    pub show_schema: bool,
    pub show_findings: bool,
    pub show_review: bool,
}

impl Embed {
    pub fn from_query(query: &str) -> (Embed, Option<bool>) {
        let pairs: Vec<(String, String)> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| match p.split_once('=') {
                Some((k, v)) => (k.to_string(), v.to_string()),
                None => (p.to_string(), String::new()),
            })
            .collect();
        let has = |k: &str| pairs.iter().any(|(key, _)| key == k);
        let value = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
        let panes = value("panes").unwrap_or("schema,queries,findings,review");
        let theme = match value("theme") {
            Some("dark") => Some(true),
            Some("light") => Some(false),
            _ => None,
        };
        let embed = Embed {
            enabled: has("embed"),
            readonly: has("readonly"),
            show_schema: panes.contains("schema"),
            show_findings: panes.contains("findings"),
            show_review: panes.contains("review"),
        };
        (embed, theme)
    }
}
