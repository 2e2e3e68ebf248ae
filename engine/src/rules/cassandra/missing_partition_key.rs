use crate::read::cql::{Op, Verb};
use crate::rules::{CqlCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a CQL read, update or delete of a table declared in the same
    /// material whose `WHERE` does not give every partition-key column with
    /// `=` or `IN`. Queries with `ALLOW FILTERING` are left to that rule.
    ///
    /// ## Why it matters
    /// The partition key decides which nodes hold the rows. Without all of
    /// it, Cassandra cannot route the query: it is rejected, or (with
    /// filtering, or as a range over tokens) sent to every node. A model
    /// where the main query cannot name its partition is the wrong model.
    ///
    /// ## Example
    /// ```cql
    /// CREATE TABLE readings (sensor_id uuid, day date, at timestamp, value double, PRIMARY KEY ((sensor_id, day), at));
    /// SELECT value FROM readings WHERE sensor_id = 5b6962dd-3f90-4c93-8f61-eabfa4a803e2;
    /// ```
    ///
    /// ## Use instead
    /// ```cql
    /// CREATE TABLE readings (sensor_id uuid, day date, at timestamp, value double, PRIMARY KEY ((sensor_id, day), at));
    /// SELECT value FROM readings WHERE sensor_id = 5b6962dd-3f90-4c93-8f61-eabfa4a803e2 AND day = '2024-06-01';
    /// ```
    ///
    /// ## In production
    /// Every query should be answerable from one partition (or a few, by
    /// `IN`); anything else belongs in another table or in an analytics job.
    ///
    /// ## Alternatives
    /// A second table keyed for this query, kept in step by the writer;
    /// a materialized view when the write volume allows it.
    pub struct MissingPartitionKey {
        code: "N202",
        name: "cql-missing-partition-key",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T7"],
        dialects: [Cassandra],
        fix: None,
        summary: "A query that does not give the whole partition key",
    }
}

impl Rule for MissingPartitionKey {
    fn cql(&self, cx: &CqlCx, out: &mut Sink) {
        for access in cx.script.accesses.iter().filter(|a| a.verb != Verb::Insert && a.allow_filtering.is_none()) {
            let Some(table) = cx.table(&access.table) else { continue };
            let missing: Vec<&str> = table
                .partition_key
                .iter()
                .filter(|k| !access.restrictions.iter().any(|r| &r.column == *k && matches!(r.op, Op::Eq | Op::In(_))))
                .map(String::as_str)
                .collect();
            if !missing.is_empty() {
                out.report(
                    cx.span(&access.table_span),
                    format!(
                        "this query on `{}` does not give partition-key column{} `{}`: it cannot be routed to one partition",
                        table.name,
                        if missing.len() > 1 { "s" } else { "" },
                        missing.join("`, `")
                    ),
                )
                .help("restrict every partition-key column with = or IN, or add a table keyed for this query");
            }
        }
    }
}
