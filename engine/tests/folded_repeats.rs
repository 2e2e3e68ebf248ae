//! One rule saying the same thing at several places of a document is one
//! finding that carries every place, in every output.

use engine::review::render::{self, SourceText};
use engine::{review, Dialect, Document, Options, Review};

const SCHEMA: &str = "CREATE TABLE film (id bigint PRIMARY KEY, last_update timestamp NOT NULL);\n\
                      CREATE TABLE actor (id bigint PRIMARY KEY, last_update timestamp NOT NULL);\n\
                      CREATE TABLE store (id bigint PRIMARY KEY, last_update timestamp NOT NULL);\n";

fn reviewed(documents: &[Document]) -> Review {
    review(documents, &Options { dialect: Dialect::Postgres, ..Options::default() })
}

fn sources(documents: &[Document]) -> Vec<SourceText<'_>> {
    documents.iter().map(|d| SourceText { name: &d.name, text: &d.text }).collect()
}

#[test]
fn three_naive_timestamps_are_one_finding_naming_all_three() {
    let documents = [Document::new("schema.sql", SCHEMA)];
    let review = reviewed(&documents);
    let timestamps: Vec<_> = review.findings().filter(|f| f.rule == "timestamp-without-time-zone").collect();
    assert_eq!(timestamps.len(), 1, "{timestamps:#?}");
    let folded = timestamps[0];
    assert!(folded.message.contains("— and 2 more like it: `actor.last_update`, `store.last_update`"), "{}", folded.message);
    assert_eq!(folded.span.line, 1);
    assert_eq!(folded.related.iter().map(|s| s.line).collect::<Vec<_>>(), [2, 3]);
    assert_eq!(review.counts.warning, review.findings().filter(|f| f.severity == engine::Severity::Warning).count());

    let text = render::text(&review, &sources(&documents));
    assert!(text.contains("= also: lines 2, 3"), "{text}");
    let markdown = render::markdown(&review, &sources(&documents));
    assert!(markdown.contains("- Also: lines 2, 3"), "{markdown}");
    let sarif: serde_json::Value = serde_json::from_str(&render::sarif(&review, &sources(&documents))).unwrap();
    let result = sarif["runs"][0]["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == folded.code).unwrap().clone();
    let related: Vec<u64> =
        result["relatedLocations"].as_array().unwrap().iter().map(|l| l["physicalLocation"]["region"]["startLine"].as_u64().unwrap()).collect();
    assert_eq!(related, [2, 3]);
    let json: serde_json::Value = serde_json::from_str(&render::json(&review)).unwrap();
    let spans = json["sections"].as_array().unwrap().iter().flat_map(|s| s["findings"].as_array().unwrap()).find(|f| f["code"] == folded.code).unwrap()
        ["related"]
        .clone();
    assert_eq!(spans.as_array().unwrap().len(), 2);
}

#[test]
fn different_reasons_stay_apart() {
    // JSON in TEXT and JSON in VARCHAR are two notes; the two TEXT columns are one.
    let sql = "CREATE TABLE a (id bigint PRIMARY KEY, payload_json text);\n\
               CREATE TABLE b (id bigint PRIMARY KEY, payload_json varchar(4000));\n\
               CREATE TABLE c (id bigint PRIMARY KEY, payload_json text);\n";
    let review = reviewed(&[Document::new("events.sql", sql)]);
    let json: Vec<_> = review.findings().filter(|f| f.rule == "json-in-text").collect();
    assert_eq!(json.len(), 2, "{json:#?}");
    assert_eq!(json.iter().map(|f| f.related.iter().map(|s| s.line).collect::<Vec<_>>()).collect::<Vec<_>>(), [vec![3], vec![]]);
}

#[test]
fn one_fix_that_serves_every_place_is_not_marked_as_written_for_one() {
    let documents =
        [Document::new("schema.sql", SCHEMA), Document::new("queries.sql", "SELECT * FROM film WHERE id = $1;\nSELECT * FROM film WHERE id = $1;\n")];
    let review = reviewed(&documents);
    let stars: Vec<_> = review.findings().filter(|f| f.rule == "select-star").collect();
    assert_eq!(stars.len(), 1, "{stars:#?}");
    let fix = stars[0].fix.as_ref().expect("select-star names the columns");
    assert!(!fix.title.contains("written for"), "the same fix serves both places: {}", fix.title);
    let text = render::text(&review, &sources(&documents));
    assert!(text.contains("queries.sql:1:8") && text.contains("= also: line 2"), "{text}");
}
