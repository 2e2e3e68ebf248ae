//! Every fix the review suggests is SQL its system accepts. A fix that does
//! not parse (PostgreSQL's `DROP INDEX CONCURRENTLY` offered on MySQL, an
//! option without its comma) is advice that fails when the author runs it.
//!
//! Each fix of every review of the rule cases, the curated scenarios and,
//! when present, the real-world corpus is parsed in the reviewed system:
//! PostgreSQL's by PostgreSQL's own parser (`pg_query`), SQLite's by SQLite
//! itself (`rusqlite`, after the case's own schema, so only a syntax error
//! fails), the others by sqlparser's dialect for that system. A fix may be
//! a whole statement or the part it replaces (a column definition, a clause),
//! so it passes when it parses as a statement or inside the statement it
//! belongs to.

mod common;

use engine::rules::all;
use engine::{Dialect, Document, Options};
use sqlparser::dialect::{self as sp};
use std::path::{Path, PathBuf};

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for path in entries.map(|e| e.unwrap().path()) {
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The system a rule case is reviewed as: the one named before its
/// extension (`silent.mysql.sql`), or its rule's own (as `rule_fixtures` does).
fn case_dialect(path: &Path) -> Dialect {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    if let [_, system, _] = name.split('.').collect::<Vec<_>>().as_slice() {
        return system.parse().unwrap_or_default();
    }
    let part = |p: Option<&Path>| p.and_then(|p| p.file_name()).map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let module = format!("engine::rules::{}::{}", part(path.parent().and_then(Path::parent)), part(path.parent()));
    all().iter().map(|r| r.meta()).find(|m| m.module == module).and_then(|m| m.dialects.first().copied()).unwrap_or_default()
}

/// The system a finding's fix is written for: the review's, unless its rule
/// is for other systems only (a lesson's ```sqlite block in a PostgreSQL lesson).
fn fix_dialect(review: Dialect, rule: &str) -> Dialect {
    let meta = all().iter().map(|r| r.meta()).find(|m| m.name == rule);
    match meta.map(|m| m.dialects) {
        Some(dialects) if !dialects.is_empty() && !dialects.contains(&review) => dialects[0],
        _ => review,
    }
}

/// The system a corpus file is written for, from its folder and name.
fn corpus_dialect(path: &Path) -> Dialect {
    let name = |p: Option<&Path>| p.and_then(|p| p.file_name()).map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    common::dialect_of(&name(path.parent()), &name(Some(path)))
}

/// The ways a fix can stand: alone, as a column definition, as a clause of a
/// query, as an expression.
fn placements(fix: &str) -> [String; 4] {
    let fix = fix.trim().trim_end_matches(';');
    [fix.to_string(), format!("CREATE TABLE t ({fix})"), format!("SELECT * FROM t {fix}"), format!("SELECT {fix}")]
}

fn sqlparser_dialect(dialect: Dialect) -> Box<dyn sp::Dialect> {
    match dialect {
        Dialect::Mysql => Box::new(sp::MySqlDialect {}),
        Dialect::Mssql => Box::new(sp::MsSqlDialect {}),
        Dialect::Oracle => Box::new(sp::OracleDialect {}),
        Dialect::Clickhouse => Box::new(sp::ClickHouseDialect {}),
        Dialect::Spark | Dialect::Hive => Box::new(sp::HiveDialect {}),
        Dialect::Bigquery => Box::new(sp::BigQueryDialect {}),
        Dialect::Sqlite => Box::new(sp::SQLiteDialect {}),
        _ => Box::new(sp::GenericDialect {}),
    }
}

/// Why `fix` does not parse in `dialect`, or `None` when one placement does.
/// `schema` is the reviewed text, run first on SQLite so that the fix meets
/// the tables it names.
fn parse_problem(dialect: Dialect, fix: &str, schema: &str) -> Option<String> {
    // Comment lines carry instructions ("-- then, in a separate transaction:").
    let sql: String = fix.lines().filter(|l| !l.trim_start().starts_with("--")).collect::<Vec<_>>().join("\n");
    if sql.trim().is_empty() {
        return None;
    }
    let mut first = None;
    for candidate in placements(&sql) {
        let error = match dialect {
            Dialect::Postgres => pg_query::parse(&candidate, pg_query::ParserOptions::DEFAULT).err().map(|e| e.to_string()),
            Dialect::Sqlite => {
                let db = rusqlite::Connection::open_in_memory().unwrap();
                let _ = db.execute_batch(schema);
                // Parsing comes before name resolution: only these are syntax.
                let message = db.prepare(&candidate).err().map(|e| e.to_string());
                message.filter(|m| ["syntax error", "unrecognized token", "incomplete input"].iter().any(|s| m.contains(s)))
            }
            other => sqlparser::parser::Parser::parse_sql(sqlparser_dialect(other).as_ref(), &candidate).err().map(|e| e.to_string()),
        };
        match error {
            None => return None,
            Some(e) => {
                first.get_or_insert(e);
            }
        }
    }
    first
}

fn check(path: &Path, dialect: Dialect, failures: &mut Vec<String>) -> usize {
    let Ok(text) = std::fs::read_to_string(path) else { return 0 };
    let name = path.file_name().unwrap().to_string_lossy().replace(".in", "");
    let review = engine::review(&[Document::new(name, text.clone())], &Options { dialect, enabled: vec!["pedantic".into()], ..Options::default() });
    let mut checked = 0;
    for finding in review.findings() {
        let Some(fix) = &finding.fix else { continue };
        checked += 1;
        // SQLite resolves names after parsing: it is given the case's own schema first.
        let dialect = fix_dialect(review.dialect, finding.rule);
        if let Some(problem) = parse_problem(dialect, &fix.replacement, if dialect == Dialect::Sqlite { &text } else { "" }) {
            failures.push(format!(
                "{} line {} [{}] as {dialect:?}: {problem}\n    {}",
                path.display(),
                finding.span.line,
                finding.rule,
                fix.replacement.replace('\n', "\n    ")
            ));
        }
    }
    checked
}

#[test]
fn every_suggested_fix_parses_in_its_system() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut cases = Vec::new();
    files_under(&manifest.join("tests/rules"), &mut cases);
    for path in &cases {
        checked += check(path, case_dialect(path), &mut failures);
    }
    let mut scenarios = Vec::new();
    files_under(&manifest.join("../tests/fixtures"), &mut scenarios);
    for path in &scenarios {
        checked += check(path, Dialect::Auto, &mut failures);
    }
    let corpus = std::env::var("SQLREVIEW_CORPORA").map(PathBuf::from).unwrap_or_else(|_| manifest.join("../../shared/corpora"));
    let mut real = Vec::new();
    files_under(&corpus.join("realworld"), &mut real);
    for path in real.iter().filter(|p| !p.ends_with("MANIFEST.tsv")) {
        checked += check(path, corpus_dialect(path), &mut failures);
    }
    println!("{checked} fixes parsed in their systems ({} rule cases, {} scenarios, {} corpus files)", cases.len(), scenarios.len(), real.len());
    assert!(checked > 50, "only {checked} fixes found: the test lost its inputs");
    assert!(failures.is_empty(), "{} of {checked} fixes do not parse in their system:\n{}", failures.len(), failures.join("\n"));
}
