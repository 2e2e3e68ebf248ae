use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes a table with more than six plain secondary indexes (not unique,
    /// not partial) when its name says rows are appended to it all day
    /// (events, logs, messages), and any table with more than ten.
    ///
    /// ## Why it matters
    /// Each index is another write per insert and per update of its columns
    /// (and updates of indexed columns lose PostgreSQL's HOT optimisation).
    /// Write-heavy tables slow down index by index.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE events (id bigint PRIMARY KEY, a int, b int, c int, d int, e int, f int, g int);
    /// CREATE INDEX ON events (a);
    /// CREATE INDEX ON events (b);
    /// CREATE INDEX ON events (c);
    /// CREATE INDEX ON events (d);
    /// CREATE INDEX ON events (e);
    /// CREATE INDEX ON events (f);
    /// CREATE INDEX ON events (g);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE events (id bigint PRIMARY KEY, a int, b int, c int);
    /// CREATE INDEX ON events (a, b);
    /// ```
    ///
    /// ## In production
    /// Event and log tables with an index per dashboard filter are a common
    /// cause of ingestion falling behind.
    ///
    /// ## Alternatives
    /// Composite indexes that serve several queries, BRIN for time-ordered
    /// data, or moving analytics to a replica or a columnar store.
    pub struct TooManyIndexes {
        code: "S011",
        name: "too-many-indexes",
        area: Schema,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["S6"],
        dialects: [],
        fix: None,
        summary: "Many indexes slow every write",
    }
}

impl Rule for TooManyIndexes {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            // Unique indexes enforce rules and partial ones cover a slice of the rows:
            // neither is the index-per-filter habit this rule is about.
            let secondary = table.indexes.iter().filter(|i| i.origin != crate::model::IndexOrigin::PrimaryKey && !i.unique && i.predicate.is_none()).count();
            // Seven lookups on a users table can each earn their index; on a table
            // written all day each one is paid for by every insert.
            let limit = if crate::rules::util::is_high_volume_table(&table.name) { 6 } else { 10 };
            if secondary > limit {
                out.report(table.span, format!("`{}` has {secondary} plain secondary indexes; each one slows every write", table.name))
                    .help("consolidate into composite indexes that serve several queries");
            }
        }
    }
}
