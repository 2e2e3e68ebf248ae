use crate::rules::{single_row_insert_target, Rule, Sink, StatementCx};

/// The third single-row insert into one table is where a habit shows.
const RUN: u32 = 3;

crate::declare_rule! {
    /// ## What it does
    /// Flags the third single-row `INSERT … VALUES` into the same ClickHouse
    /// table in one script.
    ///
    /// ## Why it matters
    /// Every `INSERT` writes a new part to disk; background merges then
    /// combine parts. Inserting row by row (one statement per event or per
    /// request) creates parts faster than merges can absorb them, and at a
    /// few hundred parts per partition ClickHouse starts delaying and then
    /// rejecting inserts ("too many parts").
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE clicks (at DateTime, url String) ENGINE = MergeTree ORDER BY at;
    /// INSERT INTO clicks VALUES (now(), '/');
    /// INSERT INTO clicks VALUES (now(), '/pricing');
    /// INSERT INTO clicks VALUES (now(), '/signup');
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE clicks (at DateTime, url String) ENGINE = MergeTree ORDER BY at;
    /// INSERT INTO clicks VALUES (now(), '/'), (now(), '/pricing'), (now(), '/signup');
    /// ```
    ///
    /// ## In production
    /// Send batches of thousands of rows at most once per second per table,
    /// buffered in the application or a queue.
    ///
    /// ## Alternatives
    /// `async_insert = 1` (the server batches small inserts for you); a
    /// Kafka or Buffer table engine in front of the MergeTree.
    pub struct SmallInserts {
        code: "T605",
        name: "clickhouse-small-inserts",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T13"],
        dialects: [Clickhouse],
        fix: None,
        summary: "Row-by-row INSERTs into a ClickHouse table",
    }
}

impl Rule for SmallInserts {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Some(table) = single_row_insert_target(cx.stmt) else { return };
        if cx.state.single_row_inserts_into(&table) + 1 == RUN {
            out.report(cx.span, format!("{RUN} single-row INSERTs into `{table}`: each one writes a new part for ClickHouse to merge"))
                .help("batch rows into one INSERT (thousands per statement), or enable async_insert");
        }
    }
}
