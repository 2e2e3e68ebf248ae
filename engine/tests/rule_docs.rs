//! Every rule's documentation is complete, and its examples are executed:
//! *Example* must produce the rule's finding, *Use instead* must not.

use engine::rules::{self, DOC_HEADINGS};
use engine::Options;
use std::collections::HashSet;

fn options_for(meta: &rules::RuleMeta) -> Options {
    Options { dialect: meta.dialects.first().copied().unwrap_or_default(), enabled: vec!["pedantic".into()], ..Options::default() }
}

#[test]
fn every_rule_is_documented_with_all_headings() {
    for rule in rules::all() {
        let meta = rule.meta();
        for heading in DOC_HEADINGS {
            let body = meta.doc_section(heading).unwrap_or_default();
            assert!(!body.is_empty(), "{} ({}) lacks a `## {heading}` section", meta.name, meta.code);
        }
        assert!(!meta.summary.is_empty());
    }
}

#[test]
fn codes_and_names_are_unique_and_kebab_case() {
    let mut codes = HashSet::new();
    let mut names = HashSet::new();
    for rule in rules::all() {
        let meta = rule.meta();
        assert!(codes.insert(meta.code), "duplicate code {}", meta.code);
        assert!(names.insert(meta.name), "duplicate name {}", meta.name);
        assert!(meta.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{} is not kebab-case", meta.name);
        assert!(meta.name.starts_with(|c: char| c.is_ascii_lowercase()) && !meta.name.ends_with('-') && !meta.name.contains("--"));
        assert_eq!(rules::find(meta.name).map(|m| m.code), Some(meta.code));
    }
}

#[test]
fn examples_trigger_and_alternatives_stay_silent() {
    let mut failures = Vec::new();
    for rule in rules::all() {
        let meta = rule.meta();
        let options = options_for(meta);
        let bad = meta.doc_example("Example").unwrap_or_else(|| panic!("{} has no Example block", meta.name));
        let good = meta.doc_example("Use instead").unwrap_or_else(|| panic!("{} has no Use instead block", meta.name));
        // Lesson rules document their examples as Markdown, code rules in their language.
        let fired = |(lang, text): &(String, String)| {
            let name = match lang.as_str() {
                "markdown" => "example.md".to_string(),
                "sql" | "" => "example.sql".to_string(),
                other => format!("example.{other}"),
            };
            engine::review(&[engine::Document::new(name, text.clone())], &options).findings().filter(|f| f.code == meta.code).count()
        };
        if fired(&bad) == 0 {
            failures.push(format!("{}: Example does not trigger it:\n{}", meta.name, bad.1));
        }
        if fired(&good) != 0 {
            failures.push(format!("{}: Use instead triggers it:\n{}", meta.name, good.1));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

/// The browser build carries no rule documentation; it loads this file.
#[test]
fn the_browser_copy_of_the_docs_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/rule-docs.json");
    let expected = rules::docs_json();
    if std::env::var_os("UPDATE_RULE_DOCS").is_some() {
        std::fs::write(&path, &expected).expect("public/rule-docs.json is writable");
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(actual == expected, "public/rule-docs.json is stale: run `UPDATE_RULE_DOCS=1 cargo test -p engine --test rule_docs`");
}
