use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Reads the schema and a workload of at least three queries on a table
    /// together, and notes an index (created with `CREATE INDEX`, not unique,
    /// not backing a foreign key) that none of those queries can use.
    ///
    /// Only queries the application runs count: statements that stand on
    /// their own (`SELECT`, `WITH`, `UPDATE`, `DELETE`), not the bodies of
    /// views, triggers or routines, nor the rows a script loads. A schema
    /// dump or an install script holds a few incidental ones, so the rule
    /// speaks only when the material holds at least three: a file of the
    /// application's queries, a lesson's query set.
    ///
    /// ## Why it matters
    /// Every index is written on every insert and on every update of its
    /// columns, takes memory in the buffer cache and time in vacuum. An
    /// index no query reads is pure cost, and it grows with the table.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE tickets (id bigint PRIMARY KEY, queue text NOT NULL, opened_at timestamptz NOT NULL, title text NOT NULL);
    /// CREATE INDEX tickets_title_idx ON tickets (title);
    /// CREATE INDEX tickets_queue_idx ON tickets (queue, opened_at);
    /// SELECT id, title FROM tickets WHERE queue = $1 ORDER BY opened_at LIMIT 50;
    /// SELECT id, title FROM tickets WHERE id = $1;
    /// SELECT count(*) FROM tickets WHERE queue = $1;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE tickets (id bigint PRIMARY KEY, queue text NOT NULL, opened_at timestamptz NOT NULL, title text NOT NULL);
    /// CREATE INDEX tickets_queue_idx ON tickets (queue, opened_at);
    /// SELECT id, title FROM tickets WHERE queue = $1 ORDER BY opened_at LIMIT 50;
    /// SELECT id, title FROM tickets WHERE id = $1;
    /// SELECT count(*) FROM tickets WHERE queue = $1;
    /// ```
    ///
    /// ## In production
    /// The workload pasted here is a sample; before dropping, confirm with
    /// `pg_stat_user_indexes.idx_scan` (PostgreSQL) or
    /// `sys.schema_unused_indexes` (MySQL) over a full business cycle, on
    /// every replica that serves reads.
    ///
    /// ## Alternatives
    /// Replace several single-column indexes by one composite index that
    /// the queries share; keep a rarely used index if the one query that
    /// needs it is a nightly job that would otherwise scan.
    pub struct UnusedIndex {
        code: "S027",
        name: "unused-index",
        area: Schema,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["S6"],
        dialects: [],
        fix: Suggestion,
        summary: "No query of the workload uses this index",
    }
}

/// A table needs this many queries before the workload says anything about its indexes.
const MIN_QUERIES: usize = 3;

impl Rule for UnusedIndex {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for unused in cx.performance.unused.iter().filter(|u| u.queries >= MIN_QUERIES) {
            out.report(unused.span, format!("none of the {} queries on `{}` here can use `{}`", unused.queries, unused.table, unused.index))
                .note("it is written on every insert and update and held in cache, but read by nothing in this workload")
                .help("confirm with the database's index usage statistics over a full cycle, then drop it")
                .fix("Drop it once confirmed", crate::perf::drop_index_sql(cx.dialect, &unused.table, &unused.index));
        }
    }
}
