use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags a query on a partitioned table that does not filter on the
    /// partition key. The query of a view is left alone: the queries that
    /// read the view add their own filters.
    ///
    /// ## Why it matters
    /// Partition pruning only works when the query constrains the partition
    /// key; otherwise every partition is scanned, which is slower than one
    /// unpartitioned table because of per-partition overhead.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE measurements (device_id bigint NOT NULL, taken_at timestamptz NOT NULL, value numeric) PARTITION BY RANGE (taken_at);
    /// SELECT value FROM measurements WHERE device_id = $1;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE measurements (device_id bigint NOT NULL, taken_at timestamptz NOT NULL, value numeric) PARTITION BY RANGE (taken_at);
    /// SELECT value FROM measurements WHERE device_id = $1 AND taken_at >= now() - interval '1 day';
    /// ```
    ///
    /// ## In production
    /// Choosing a partition key that the main queries do not filter on is a
    /// costly mistake: re-partitioning means copying the whole table.
    ///
    /// ## Alternatives
    /// Partition by the column the hot queries filter on; or add a bounded
    /// time filter to queries that only need recent data.
    pub struct PartitionKeyNotFiltered {
        code: "S026",
        name: "partition-key-not-filtered",
        area: Schema,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["S10"],
        dialects: [],
        fix: None,
        summary: "A query on a partitioned table that cannot prune partitions",
    }
}

/// Column names inside `RANGE (a, b)` / `LIST (a)`.
fn key_columns(partition_by: &str) -> Vec<String> {
    let inner = partition_by.split_once('(').map(|(_, r)| r).unwrap_or("");
    inner.trim_end_matches(')').split(',').map(|c| c.trim().trim_matches('"').to_ascii_lowercase()).filter(|c| !c.is_empty()).collect()
}

impl Rule for PartitionKeyNotFiltered {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        // A view's query is filtered by the queries that read it (and a
        // ClickHouse materialized view reads only each inserted block).
        // A lesson's queries read its demo table whole to show what it holds
        // (on BigQuery, which bills each partition scanned, it is still worth saying).
        let demo = cx.in_lesson && cx.dialect != crate::input::Dialect::Bigquery;
        if matches!(cx.stmt, sqlparser::ast::Statement::CreateView(_)) || demo {
            return;
        }
        for block in &cx.facts.blocks {
            if block.relations.len() != 1 {
                continue;
            }
            let relation = &block.relations[0];
            let Some(table) = cx.catalog.table(&relation.name) else { continue };
            let Some(partition_by) = &table.partitioned_by else { continue };
            let keys = key_columns(partition_by);
            let filtered = block.filters.iter().any(|f| f.column.as_ref().is_some_and(|c| keys.contains(&c.column)));
            if !filtered && !keys.is_empty() {
                out.report(
                    relation.span,
                    format!("query on partitioned `{}` does not filter on its partition key `{}`: every partition is scanned", table.name, keys.join(", ")),
                )
                .help("add a condition on the partition key so the planner can prune");
            }
        }
    }
}
