//! Snapshot tests over a corpus of realistic course material
//! (`tests/fixtures/*.sql`), rendered with the same text renderer as the CLI.

use engine::review::render::{self, SourceText};
use engine::{review, Dialect, Document, Options};
use std::path::Path;

fn fixtures() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| engine::is_reviewable(&p.to_string_lossy()))
        .collect();
    files.sort();
    files
}

/// A fixture written for another system says so in its name (`30-mysql-basic.sql`).
fn fixture_dialect(name: &str) -> Dialect {
    Dialect::ALL.into_iter().find(|d| d.name() != "generic" && name.contains(d.name())).unwrap_or_default()
}

#[test]
fn fixture_corpus_is_large_enough() {
    assert!(fixtures().len() >= 30, "the fixture corpus needs at least 30 files");
}

#[test]
fn fixture_reviews_match_snapshots() {
    for path in fixtures() {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let extension = path.extension().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let dialect = fixture_dialect(&name);
        let options = Options { dialect, ..Options::default() };
        let file_name = format!("{name}.{extension}");
        let documents = [Document::new(file_name.clone(), text.clone())];
        let review = review(&documents, &options);
        let output = render::text(&review, &[SourceText { name: &file_name, text: &text }]);
        insta::assert_snapshot!(name, output);
    }
}

/// Reviews are read back from JSON (tools) and from postcard bytes (the
/// playground's worker): either must give the same review, catalog lookups
/// included.
#[test]
fn reviews_survive_a_json_round_trip() {
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        let file_name = path.file_name().unwrap().to_string_lossy().to_string();
        let original = review(&[Document::new(file_name.clone(), text)], &Options::default());
        let json = render::json(&original);
        let restored: engine::Review = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{file_name}: {e}"));
        assert_eq!(render::json(&restored), json, "{file_name}");
        let bytes = postcard::to_allocvec(&original).unwrap();
        let from_bytes: engine::Review = postcard::from_bytes(&bytes).unwrap_or_else(|e| panic!("{file_name}: {e}"));
        assert_eq!(render::json(&from_bytes), json, "{file_name}");
        for table in &original.catalog.tables {
            assert!(restored.catalog.table(&table.name).is_some(), "{file_name}: table {} lost its index", table.name);
        }
    }
}

#[test]
fn a_review_with_an_unknown_rule_is_refused() {
    let original = review(&[Document::new("q.sql", "SELECT * FROM t;")], &Options::default());
    let json = render::json(&original).replace("\"select-star\"", "\"no-such-rule\"");
    let error = serde_json::from_str::<engine::Review>(&json).unwrap_err().to_string();
    assert!(error.contains("unknown rule `no-such-rule`"), "{error}");
}
