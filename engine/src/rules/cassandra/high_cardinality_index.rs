use super::is_time_or_id_type;
use crate::rules::{CqlCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a legacy secondary index (`CREATE INDEX` without a
    /// storage-attached index class) on a column whose values are nearly
    /// unique: ids, emails, UUIDs, timestamps.
    ///
    /// ## Why it matters
    /// A legacy secondary index is local to each node: a lookup asks every
    /// node in the cluster, and each answers from its own small index. For
    /// a column with many distinct values each node returns almost nothing,
    /// so the cost is a full fan-out for one row; the index tables are also
    /// rewritten on every update of the column.
    ///
    /// ## Example
    /// ```cql
    /// CREATE TABLE users (id uuid PRIMARY KEY, email text, name text);
    /// CREATE INDEX users_email ON users (email);
    /// ```
    ///
    /// ## Use instead
    /// ```cql
    /// CREATE TABLE users (id uuid PRIMARY KEY, email text, name text);
    /// CREATE TABLE users_by_email (email text PRIMARY KEY, id uuid);
    /// ```
    ///
    /// ## In production
    /// Secondary indexes fit low-cardinality columns queried together with
    /// the partition key; lookups by a unique attribute need their own table.
    ///
    /// ## Alternatives
    /// Storage-attached indexes (SAI, Cassandra 5) scale better for
    /// occasional lookups; a materialized view keyed by the column.
    pub struct HighCardinalityIndex {
        code: "N203",
        name: "cql-high-cardinality-index",
        area: Schema,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T7"],
        dialects: [Cassandra],
        fix: None,
        summary: "A secondary index on a nearly unique column",
    }
}

impl Rule for HighCardinalityIndex {
    fn cql(&self, cx: &CqlCx, out: &mut Sink) {
        for index in cx.script.indexes.iter().filter(|i| !i.attached) {
            let column = index.column.as_str();
            let data_type = cx.table(&index.table).and_then(|t| t.column(column)).map(|c| c.data_type.as_str()).unwrap_or("");
            let unique = is_time_or_id_type(data_type) || column == "id" || column.ends_with("_id") || column.contains("email");
            if unique {
                out.report(
                    cx.span(&index.span),
                    format!("secondary index on `{}.{column}`, a nearly unique column: each lookup asks every node for about one row", index.table),
                )
                .help("add a table keyed by this column (or use a storage-attached index)");
            }
        }
    }
}
