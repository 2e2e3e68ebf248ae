//! `cargo bench -p engine`: the review of a generated schema of 1,000 tables
//! plus 5,000 queries, against bare sqlparser parsing of the same text.

use engine::{review_sql, Options};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn workload() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut sql = String::new();
        for t in 0..1000usize {
            sql.push_str(&format!(
                "CREATE TABLE t{t} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent_id bigint REFERENCES t{p} (id), \
                 email text NOT NULL UNIQUE, status text NOT NULL, total numeric(12,2), created_at timestamptz NOT NULL DEFAULT now());\n\
                 CREATE INDEX CONCURRENTLY t{t}_status_idx ON t{t} (status, created_at);\n",
                p = t.saturating_sub(1)
            ));
        }
        for q in 0..5000 {
            let t = q % 1000;
            sql.push_str(&match q % 5 {
                0 => format!("SELECT id, email FROM t{t} WHERE status = $1 ORDER BY created_at DESC LIMIT 20;\n"),
                1 => format!("SELECT a.id, b.total FROM t{t} a JOIN t{p} b ON b.parent_id = a.id WHERE a.email = $1;\n", p = (t + 1) % 1000),
                2 => format!("UPDATE t{t} SET status = 'done' WHERE id = $1;\n"),
                3 => format!("SELECT status, count(*) FROM t{t} WHERE created_at > now() - interval '1 day' GROUP BY status;\n"),
                _ => format!("SELECT * FROM t{t} WHERE lower(email) = lower($1) OR status IN ('a', 'b');\n"),
            });
        }
        sql
    })
}

#[divan::bench(sample_count = 10)]
fn review() {
    divan::black_box(review_sql(divan::black_box(workload()), &Options::default()));
}

#[divan::bench(sample_count = 10)]
fn bare_sqlparser_parse() {
    divan::black_box(Parser::parse_sql(&PostgreSqlDialect {}, divan::black_box(workload())).unwrap());
}
