//! What the review knows from one document when it reads another: a schema
//! pane or file describes the tables that a data file or query pane uses.

use engine::{Document, Options};

fn rules_fired(documents: &[Document]) -> Vec<&'static str> {
    engine::review(documents, &Options::default()).findings().map(|f| f.rule).collect()
}

#[test]
fn a_seed_file_for_a_two_column_table_needs_no_column_list() {
    let schema = Document::new(
        "schema.sql",
        "CREATE TABLE vets (id int PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL);\n\
         CREATE TABLE specialties (id int PRIMARY KEY, name text NOT NULL);\n\
         CREATE TABLE vet_specialties (vet_id int NOT NULL REFERENCES vets (id), specialty_id int NOT NULL REFERENCES specialties (id), PRIMARY KEY (vet_id, specialty_id));",
    );
    let link_rows = Document::new("data.sql", "INSERT INTO vet_specialties VALUES (2, 1);");
    assert!(!rules_fired(&[schema.clone(), link_rows]).contains(&"insert-without-columns"));
    // Three columns kept apart from their definition: a column added there shifts these values.
    let vet_rows = Document::new("data.sql", "INSERT INTO vets VALUES (1, 'James', 'Carter');");
    assert!(rules_fired(&[schema, vet_rows]).contains(&"insert-without-columns"));
}

#[test]
fn an_index_named_for_another_table_is_pointed_out() {
    // Zotero's userdata.sql: the index meant for deletedSearches is built on deletedItems.
    let schema = Document::new(
        "userdata.sql",
        "CREATE TABLE deletedItems (itemID INTEGER PRIMARY KEY, dateDeleted DEFAULT CURRENT_TIMESTAMP NOT NULL);\n\
         CREATE INDEX deletedItems_dateDeleted ON deletedItems(dateDeleted);\n\
         CREATE TABLE deletedSearches (savedSearchID INTEGER PRIMARY KEY, dateDeleted DEFAULT CURRENT_TIMESTAMP NOT NULL);\n\
         CREATE INDEX deletedSearches_dateDeleted ON deletedItems(dateDeleted);",
    );
    let review = engine::review(&[schema], &Options { dialect: engine::Dialect::Sqlite, ..Options::default() });
    let notes: Vec<String> = review.findings().filter(|f| f.rule == "redundant-index").filter_map(|f| f.note.clone()).collect();
    assert!(notes.iter().any(|n| n.contains("`deletedsearches`") && n.contains("built on `deleteditems`")), "{notes:?}");
}

#[test]
fn pedantic_rules_run_only_when_enabled() {
    let schema = [Document::new("schema.sql", "CREATE TABLE \"order\" (id bigint PRIMARY KEY, note char(10));")];
    let fired = |enabled: &[&str]| -> Vec<&'static str> {
        let options = Options { enabled: enabled.iter().map(|s| s.to_string()).collect(), ..Options::default() };
        engine::review(&schema, &options).findings().map(|f| f.rule).collect()
    };
    assert!(!fired(&[]).contains(&"reserved-word-identifier"));
    assert!(fired(&["pedantic"]).contains(&"reserved-word-identifier"));
    let by_name = fired(&["reserved-word-identifier"]);
    assert!(by_name.contains(&"reserved-word-identifier") && !by_name.contains(&"char-padding"), "{by_name:?}");
    assert!(engine::rules::all().iter().any(|r| r.meta().pedantic), "no rule is pedantic");
}
