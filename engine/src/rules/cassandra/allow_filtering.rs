use crate::rules::{CqlCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags CQL queries with `ALLOW FILTERING`.
    ///
    /// ## Why it matters
    /// Cassandra refuses a query it cannot answer from one partition's
    /// sorted rows unless `ALLOW FILTERING` is added; with it, the
    /// coordinator reads every partition on every node and throws away the
    /// rows that do not match. On a demo table that is instant; on a
    /// production table it times out and loads the whole cluster.
    ///
    /// ## Example
    /// ```cql
    /// SELECT * FROM users WHERE email = 'ada@example.com' ALLOW FILTERING;
    /// ```
    ///
    /// ## Use instead
    /// ```cql
    /// CREATE TABLE users_by_email (email text PRIMARY KEY, user_id uuid);
    /// SELECT user_id FROM users_by_email WHERE email = 'ada@example.com';
    /// ```
    ///
    /// ## In production
    /// Cassandra data modelling starts from the queries: each query gets a
    /// table whose partition key is what the query filters on.
    ///
    /// ## Alternatives
    /// A storage-attached index (SAI) for occasional lookups by another
    /// column; Spark or an analytics copy for real scans.
    pub struct AllowFiltering {
        code: "N201",
        name: "cql-allow-filtering",
        area: Query,
        severity: Error,
        section: PerformanceAnalysis,
        concepts: ["T7", "Q2"],
        dialects: [Cassandra],
        fix: None,
        summary: "ALLOW FILTERING scans every partition of the table",
    }
}

impl Rule for AllowFiltering {
    fn cql(&self, cx: &CqlCx, out: &mut Sink) {
        for access in &cx.script.accesses {
            if let Some(span) = &access.allow_filtering {
                out.report(cx.span(span), format!("`ALLOW FILTERING` on `{}`: every partition on every node is read to find the matching rows", access.table))
                    .help("add a table keyed by the column this query filters on");
            }
        }
    }
}
