//! A rule is one file, named after the rule, in the folder of its group, and
//! one line of the registry. These tests hold the three together: a rule file
//! nobody registered, or a registered rule in a file of another name, fails.

use engine::rules::{all, RuleMeta, GROUPS};
use std::collections::BTreeSet;
use std::path::Path;

/// `engine::rules::query::select_star` → (`query`, `select_star`).
fn folder_and_file(meta: &RuleMeta) -> (&str, &str) {
    let mut parts = meta.module.strip_prefix("engine::rules::").unwrap_or_else(|| panic!("{} is declared outside rules/", meta.name)).split("::");
    let folder = parts.next().unwrap();
    let file = parts.next().unwrap_or_else(|| panic!("{} is declared in a folder's mod.rs", meta.name));
    assert!(parts.next().is_none(), "{} is declared in a nested module {}", meta.name, meta.module);
    (folder, file)
}

#[test]
fn every_rule_file_is_named_after_its_rule_in_its_groups_folder() {
    let mut wrong = Vec::new();
    for rule in all() {
        let meta = rule.meta();
        let (folder, file) = folder_and_file(meta);
        let Some(group) = GROUPS.iter().find(|g| g.folder == folder) else {
            wrong.push(format!("{}: folder `{folder}` is not a group in rules::GROUPS", meta.name));
            continue;
        };
        if !meta.code.starts_with(group.code_prefix) {
            wrong.push(format!("{} ({}) lives in {folder}/, whose codes start with {}", meta.name, meta.code, group.code_prefix));
        }
        match meta.name.strip_prefix(group.name_prefix) {
            Some(bare) if bare.replace('-', "_") == file => {}
            Some(bare) => wrong.push(format!("{} is in {folder}/{file}.rs; name the file {folder}/{}.rs", meta.name, bare.replace('-', "_"))),
            None => wrong.push(format!("{} lives in {folder}/, whose rules are named {}…", meta.name, group.name_prefix)),
        }
    }
    assert!(wrong.is_empty(), "rule files out of place:\n{}", wrong.join("\n"));
}

#[test]
fn every_declared_rule_is_registered_once() {
    let registered: Vec<&str> = all().iter().map(|r| r.meta().module).collect();
    let unique: BTreeSet<&str> = registered.iter().copied().collect();
    assert_eq!(unique.len(), registered.len(), "a rule is registered twice");
    let codes: BTreeSet<&str> = all().iter().map(|r| r.meta().code).collect();
    assert_eq!(codes.len(), registered.len(), "two rules share a code");

    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let mut declared = BTreeSet::new();
    for group in std::fs::read_dir(&rules).unwrap() {
        let folder = group.unwrap().path();
        if !folder.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&folder).unwrap() {
            let path = file.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            if text.contains("declare_rule! {") {
                let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
                declared.insert(format!("engine::rules::{}::{stem}", folder.file_name().unwrap().to_string_lossy()));
            }
        }
    }
    assert!(declared.len() > 100, "found only {} rule files; is the test reading src/rules?", declared.len());
    let missing: Vec<&String> = declared.iter().filter(|m| !unique.contains(m.as_str())).collect();
    assert!(missing.is_empty(), "rule files with no line in rules/registry.rs: {missing:?}");
    let stray: Vec<&&str> = unique.iter().filter(|m| !declared.contains(**m)).collect();
    assert!(stray.is_empty(), "registered rules whose file was not found: {stray:?}");
}
