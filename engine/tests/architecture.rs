//! Data flows one way through the engine: source and finding at the bottom,
//! then input → read → model → perf → rules → review. A module may use the
//! modules below it, never one at its level or above; this test reads every
//! source file and fails on an import against the flow, naming the line.

use std::path::{Path, PathBuf};

/// Each top-level module and its place in the flow. Modules at the same place
/// do not use each other.
const FLOW: &[(&str, u8)] =
    &[("source", 0), ("finding", 1), ("input", 2), ("read", 3), ("highlight", 4), ("model", 4), ("perf", 5), ("rules", 6), ("review", 7)];

fn place(module: &str) -> Option<u8> {
    FLOW.iter().find(|(name, _)| *name == module).map(|(_, place)| *place)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file below `src` (`read/sql/mod.rs` → `[read, sql]`).
fn module_path(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let file = parts.pop().unwrap();
    let stem = file.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

/// The top-level modules a line of code names: `crate::x`, `crate::{x, y}`,
/// and `super::` paths that climb to the crate root.
fn named_modules(line: &str, here: &[String]) -> Vec<String> {
    let mut named = Vec::new();
    for (at, _) in line.match_indices("crate::") {
        // `$crate::` in a macro names the crate's root macros, not a module.
        if line[..at].ends_with('$') {
            continue;
        }
        let rest = &line[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = group.split('}').next().unwrap_or_default();
            named.extend(inner.split(',').map(|p| p.trim().split("::").next().unwrap_or_default().to_string()));
        } else {
            named.push(rest.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or_default().to_string());
        }
    }
    for (at, _) in line.match_indices("super::") {
        // Count this `super::` with the ones just before it.
        if line[..at].ends_with("super::") {
            continue;
        }
        let mut rest = &line[at..];
        let mut depth = 0;
        while let Some(r) = rest.strip_prefix("super::") {
            depth += 1;
            rest = r;
        }
        if depth == here.len() {
            named.push(rest.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or_default().to_string());
        }
    }
    named
}

#[test]
fn modules_import_only_what_comes_before_them_in_the_flow() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut against = Vec::new();
    let mut checked = 0;
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let here = module_path(relative);
        let Some(own) = here.first().and_then(|m| place(m)) else { continue };
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            // Doc links and comments name modules without depending on them.
            let code = line.split("//").next().unwrap_or_default();
            for module in named_modules(code, &here) {
                checked += 1;
                let Some(theirs) = place(&module) else { continue };
                if module != here[0] && theirs >= own {
                    against.push(format!("{}:{}: `{}` uses `{module}`: {}", relative.display(), n + 1, here[0], line.trim()));
                }
            }
        }
    }
    assert!(checked > 500, "the check found only {checked} imports; is it reading the sources?");
    assert!(against.is_empty(), "imports against the flow ({}):\n{}", against.len(), against.join("\n"));
}

#[test]
fn the_check_sees_grouped_and_climbing_imports() {
    let here = vec!["read".to_string(), "sql".to_string()];
    assert_eq!(named_modules("use crate::{model::Catalog, rules};", &here), ["model", "rules"]);
    assert_eq!(named_modules("use super::super::rules::find;", &here), ["rules"]);
    assert!(named_modules("use super::tests;", &here).is_empty());
    assert!(named_modules("$crate::declare_rule!", &here).is_empty());
}
