use crate::finding::Severity;
use crate::read::cql::Op;
use crate::rules::{CqlCx, Rule, Sink};

/// From this many values on, an `IN` on the partition key is a warning.
const MANY: usize = 10;

crate::declare_rule! {
    /// ## What it does
    /// Flags `IN (…)` on a partition-key column of a table declared in the
    /// same material; with ten values or more it is a warning.
    ///
    /// ## Why it matters
    /// Each value of the list is a different partition, usually on
    /// different nodes. The coordinator that receives the query fans it out,
    /// waits for the slowest replica of every partition, and holds all the
    /// results in memory. A few values are fine; a list built from a user's
    /// selection or from another query turns one request into hundreds.
    ///
    /// ## Example
    /// ```cql
    /// CREATE TABLE users (id int PRIMARY KEY, name text);
    /// SELECT name FROM users WHERE id IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    /// ```
    ///
    /// ## Use instead
    /// ```cql
    /// CREATE TABLE users (id int PRIMARY KEY, name text);
    /// SELECT name FROM users WHERE id = 1;
    /// ```
    ///
    /// ## In production
    /// Drivers run single-partition queries concurrently and route each to
    /// a replica directly (token-aware routing), which is faster and fails
    /// partially instead of all at once.
    ///
    /// ## Alternatives
    /// Asynchronous single-partition queries from the application; a table
    /// that groups what is read together into one partition.
    pub struct InOnPartitionKey {
        code: "N206",
        name: "cql-in-on-partition-key",
        area: Query,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["T7"],
        dialects: [Cassandra],
        fix: None,
        summary: "IN on the partition key fans one query out to many partitions",
    }
}

impl Rule for InOnPartitionKey {
    fn cql(&self, cx: &CqlCx, out: &mut Sink) {
        for access in &cx.script.accesses {
            let Some(table) = cx.table(&access.table) else { continue };
            for restriction in &access.restrictions {
                let Op::In(values) = restriction.op else { continue };
                if values > 1 && table.partition_key.contains(&restriction.column) {
                    let finding = out
                        .report(
                            cx.span(&restriction.span),
                            format!("`{} IN` {values} values: {values} partitions, fanned out by one coordinator", restriction.column),
                        )
                        .help("send one query per partition, concurrently, from the driver");
                    if values >= MANY {
                        finding.severity(Severity::Warning);
                    }
                }
            }
        }
    }
}
