use crate::finding::Severity;
use crate::perf::scale::{size_phrase, LARGE_TABLE};
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Reads the schema and the queries together and works out how each
    /// query reaches its tables, as the planner would (left prefix, equality
    /// before range, sort order after the equality prefix, expression,
    /// partial, hash and GIN indexes). Where a query has to read the whole
    /// table, or sort every match before a LIMIT, it proposes one index, and
    /// merges the proposals so that one composite index serves every query it
    /// can. One finding per proposed index, at the first query it serves,
    /// with the others linked.
    ///
    /// ## Why it matters
    /// Without an index the lookup is a sequential scan: its cost grows with
    /// the table (O(n)) where an index probe grows as O(log n). At 10 million
    /// rows a 0.1 ms probe becomes a multi-second scan, repeated on every
    /// call. Table sizes (`-- sqlreview: rows orders=50M`) weigh the verdict:
    /// a scan of a 200-row lookup table is not reported, one of a table over a
    /// million rows is an error.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, customer_email text NOT NULL);
    /// SELECT id, status FROM orders WHERE customer_email = $1;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, customer_email text NOT NULL);
    /// CREATE INDEX CONCURRENTLY idx_orders_customer_email ON orders (customer_email);
    /// SELECT id, status FROM orders WHERE customer_email = $1;
    /// ```
    ///
    /// ## In production
    /// Missing indexes are the most common cause of a database CPU climbing
    /// with traffic; `pg_stat_user_tables.seq_scan` and slow-query logs point
    /// at them, but the schema and the queries together show them up front.
    ///
    /// ## Alternatives
    /// A composite index that starts with this column and continues with the
    /// sort or second filter column serves several queries at once; a
    /// partial index (`WHERE status = 'pending'`) when only a slice is queried.
    pub struct UnindexedFilterColumn {
        code: "S009",
        name: "unindexed-filter-column",
        area: Schema,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["S5"],
        dialects: [],
        fix: Suggestion,
        summary: "A column the queries filter or join on has no index",
    }
}

impl Rule for UnindexedFilterColumn {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for advice in &cx.performance.advice {
            // The foreign-key rule already proposes an index on a lone foreign key.
            if advice.foreign_key_only {
                continue;
            }
            let Some(table) = cx.catalog.table(&advice.table) else { continue };
            // Filters on the partition key prune partitions instead.
            let partition_key =
                table.partitioned_by.as_deref().is_some_and(|p| advice.keys.first().is_some_and(|k| p.to_ascii_lowercase().contains(k.as_str())));
            let Some(first) = advice.serves.first() else { continue };
            if partition_key {
                continue;
            }
            let keys = advice.keys.join(", ");
            let kind = match &advice.method {
                Some(method) => format!("{} index", method.to_ascii_uppercase()),
                None => "index".to_string(),
            };
            let article = if advice.method.is_some() { "a" } else { "an" };
            let message = match (advice.serves.len(), &advice.replaces) {
                (_, Some(old)) => format!(
                    "`{}` is narrowed by `{old}` but every match is sorted before the LIMIT: {article} {kind} on ({keys}) returns them in order",
                    table.name
                ),
                (1, None) => format!("No index on `{}` answers this query: it needs {article} {kind} on ({keys})", table.name),
                (n, None) => format!("One {kind} on `{}` ({keys}) would serve {n} queries that now read the whole table", table.name),
            };
            let growth = if advice.replaces.is_some() {
                "the sort grows with the matching rows (n log n); read in index order the query stops after LIMIT rows"
            } else {
                "each run reads every row (O(n)); with the index it reads a few pages (O(log n))"
            };
            let finding = out.report(first.span, message).note(format!("{}: {growth}", size_phrase(&cx.performance.sizes, &table.name)));
            if advice.rows.is_some_and(|rows| rows >= LARGE_TABLE) {
                finding.severity(Severity::Error);
            }
            for other in &advice.serves[1..] {
                finding.related(other.span);
            }
            let title = match advice.serves.len() {
                1 => "Add the index".to_string(),
                n => format!("Add one index for {n} queries"),
            };
            let sql = match &advice.replaces {
                Some(old) => format!("{}\n-- then, once it is built: DROP INDEX {old};", advice.sql),
                None => advice.sql.clone(),
            };
            finding.fix(title, sql);
        }
    }
}
