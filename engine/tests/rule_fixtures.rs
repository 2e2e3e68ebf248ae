//! Each rule's own cases, beside the snapshot scenarios:
//! `tests/rules/<group>/<rule file>/` holds files named `fires…` (the rule
//! must report at least once) and `silent…` (it must not report at all).
//!
//! A case is reviewed under its own file extension (`.sql`, `.md`, `.go`,
//! `.redis`, …) as the system the rule is for, or the one named before the
//! extension: `silent.mysql.sql` is read as MySQL, `fires-lesson.md` as the
//! rule's own system.

use engine::rules::{all, RuleMeta};
use engine::{Dialect, Document, Options};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules")
}

fn rule_for(group: &str, file: &str) -> Option<&'static RuleMeta> {
    let module = format!("engine::rules::{group}::{file}");
    all().iter().map(|r| r.meta()).find(|m| m.module == module)
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    entries
}

/// What one case expects, and how it is reviewed.
struct Case {
    fires: bool,
    document: Document,
    dialect: Dialect,
}

fn read_case(path: &Path, meta: &RuleMeta) -> Result<Case, String> {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let fires = if name.starts_with("fires") {
        true
    } else if name.starts_with("silent") {
        false
    } else {
        return Err(format!("{}: a case is named fires… or silent…", path.display()));
    };
    let parts: Vec<&str> = name.split('.').collect();
    let (stem, extension) = (parts[0], parts[parts.len() - 1]);
    let dialect = match parts.as_slice() {
        [_, system, _] => system.parse().map_err(|_| format!("{}: `{system}` is not a system", path.display()))?,
        [_, _] => meta.dialects.first().copied().unwrap_or_default(),
        _ => return Err(format!("{}: name a case <fires|silent>[.<system>].<extension>", path.display())),
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Case { fires, document: Document::new(format!("{stem}.{extension}"), text), dialect })
}

#[test]
fn every_rule_fires_on_its_cases_and_stays_silent_on_the_others() {
    let mut failures = Vec::new();
    let (mut rules, mut cases) = (0, 0);
    for group in sorted_entries(&root()).into_iter().filter(|p| p.is_dir()) {
        let group_name = group.file_name().unwrap().to_string_lossy().into_owned();
        for rule_dir in sorted_entries(&group) {
            let file = rule_dir.file_name().unwrap().to_string_lossy().into_owned();
            let Some(meta) = rule_for(&group_name, &file) else {
                failures.push(format!("{}: no rule is declared in src/rules/{group_name}/{file}.rs", rule_dir.display()));
                continue;
            };
            rules += 1;
            let mut kinds = (false, false);
            for path in sorted_entries(&rule_dir) {
                let case = match read_case(&path, meta) {
                    Ok(case) => case,
                    Err(message) => {
                        failures.push(message);
                        continue;
                    }
                };
                cases += 1;
                if case.fires {
                    kinds.0 = true;
                } else {
                    kinds.1 = true;
                }
                let options = Options { dialect: case.dialect, enabled: vec!["pedantic".into()], ..Options::default() };
                let review = engine::review(std::slice::from_ref(&case.document), &options);
                let found: Vec<String> = review.findings().filter(|f| f.code == meta.code).map(|f| format!("line {}: {}", f.span.line, f.message)).collect();
                let shown = path.strip_prefix(root()).unwrap().display();
                match (case.fires, found.is_empty()) {
                    (true, true) => failures.push(format!("{shown}: {} ({}) does not fire", meta.name, meta.code)),
                    (false, false) => failures.push(format!("{shown}: {} fires where it must stay silent:\n  {}", meta.name, found.join("\n  "))),
                    _ => {}
                }
            }
            if kinds != (true, true) {
                failures.push(format!("{}: a rule's folder needs a fires… case and a silent… case", rule_dir.display()));
            }
        }
    }
    println!("{cases} cases for {rules} of {} rules", all().len());
    assert!(failures.is_empty(), "{} rule cases failed:\n{}", failures.len(), failures.join("\n"));
}
/// A new rule comes with its cases: the folder named after its file.
#[test]
fn every_rule_has_its_fixture_folder() {
    let missing: Vec<String> = all()
        .iter()
        .map(|r| r.meta())
        .filter(|m| {
            let relative = m.module.trim_start_matches("engine::rules::").replace("::", "/");
            !root().join(relative).is_dir()
        })
        .map(|m| format!("{} ({}) → tests/rules/{}/", m.name, m.code, m.module.trim_start_matches("engine::rules::").replace("::", "/")))
        .collect();
    assert!(missing.is_empty(), "{} rules without fixtures:\n{}", missing.len(), missing.join("\n"));
}
