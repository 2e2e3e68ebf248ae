//! `cargo bench -p engine`: the review of a generated schema of 1,000 tables
//! plus 5,000 queries, against bare sqlparser parsing of the same text.

use engine::{review_sql, Options};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::sync::OnceLock;

#[path = "support/workload.rs"]
mod workload;

fn main() {
    divan::main();
}

fn workload() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(workload::generate)
}

#[divan::bench(sample_count = 10)]
fn review() {
    divan::black_box(review_sql(divan::black_box(workload()), &Options::default()));
}

#[divan::bench(sample_count = 10)]
fn bare_sqlparser_parse() {
    divan::black_box(Parser::parse_sql(&PostgreSqlDialect {}, divan::black_box(workload())).unwrap());
}
