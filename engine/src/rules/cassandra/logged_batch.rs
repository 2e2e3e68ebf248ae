use crate::rules::{CqlCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a logged `BEGIN BATCH` whose statements touch more than one
    /// partition (different tables, or different partition-key values).
    ///
    /// ## Why it matters
    /// A logged batch across partitions is not a transaction and not a
    /// speed-up: the coordinator first writes the whole batch to a batch
    /// log on other nodes, then applies each statement to its own replicas.
    /// It guarantees only that all statements eventually apply, at the cost
    /// of extra writes and a coordinator that holds everything; large ones
    /// trigger "batch size" warnings and failures.
    ///
    /// ## Example
    /// ```cql
    /// BEGIN BATCH
    ///   INSERT INTO users (id, email) VALUES (1, 'ada@example.com');
    ///   INSERT INTO users_by_email (email, id) VALUES ('ada@example.com', 1);
    ///   INSERT INTO users (id, email) VALUES (2, 'grace@example.com');
    /// APPLY BATCH;
    /// ```
    ///
    /// ## Use instead
    /// ```cql
    /// BEGIN BATCH
    ///   INSERT INTO users (id, email) VALUES (1, 'ada@example.com');
    ///   INSERT INTO users_by_email (email, id) VALUES ('ada@example.com', 1);
    /// APPLY BATCH;
    /// ```
    ///
    /// ## In production
    /// A logged batch is the right tool for one thing: keeping a row and
    /// its copies in query tables in step. Bulk loading belongs in
    /// concurrent single-partition writes.
    ///
    /// ## Alternatives
    /// `BEGIN UNLOGGED BATCH` for several rows of the same partition;
    /// lightweight transactions (`IF …`) where a condition must hold.
    pub struct LoggedBatch {
        code: "N205",
        name: "cql-logged-batch",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T7"],
        dialects: [Cassandra],
        fix: None,
        summary: "A logged batch used as a bulk load across partitions",
    }
}

impl Rule for LoggedBatch {
    fn cql(&self, cx: &CqlCx, out: &mut Sink) {
        for batch in cx.script.batches.iter().filter(|b| b.logged) {
            // Keeping one row's copies in step (one write per table) is what
            // logged batches are for; two writes to one table means two rows.
            let mut tables: Vec<&str> = batch.accesses.iter().map(|a| a.table.as_str()).collect();
            let writes = tables.len();
            tables.sort_unstable();
            tables.dedup();
            if writes > tables.len() {
                out.report(
                    cx.span(&batch.span),
                    format!("a logged batch of {writes} writes, several to the same table: partitions across the cluster, written through the batch log"),
                )
                .help("write rows concurrently one by one, or use an UNLOGGED batch within one partition");
            }
        }
    }
}
