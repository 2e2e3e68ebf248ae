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
        .filter(|p| p.extension().is_some_and(|e| e == "sql" || e == "md"))
        .collect();
    files.sort();
    files
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
        let dialect = if name.contains("mysql") { Dialect::Mysql } else { Dialect::Postgres };
        let options = Options { dialect, ..Options::default() };
        let file_name = format!("{name}.{extension}");
        let documents = [Document::new(file_name.clone(), text.clone())];
        let review = review(&documents, &options);
        let output = render::text(&review, &[SourceText { name: &file_name, text: &text }]);
        insta::assert_snapshot!(name, output);
    }
}
