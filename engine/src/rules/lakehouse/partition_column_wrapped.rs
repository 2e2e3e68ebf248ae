use crate::model::PredicateKind;
use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags a Hive or Spark filter that wraps a partition column in a
    /// function, cast or arithmetic (`to_date(dt) = …`).
    ///
    /// ## Why it matters
    /// Partition pruning works on the partition values stored in the
    /// metastore: the planner compares them with constants. Hidden behind a
    /// function, the column can no longer be compared before reading, so
    /// the query lists and opens every partition of the table, which for a
    /// few years of daily partitions means thousands of directories.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE sales (amount DECIMAL(12, 2)) PARTITIONED BY (dt STRING) STORED AS ORC;
    /// SELECT sum(amount) FROM sales WHERE substr(dt, 1, 7) = '2024-06';
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE sales (amount DECIMAL(12, 2)) PARTITIONED BY (dt STRING) STORED AS ORC;
    /// SELECT sum(amount) FROM sales WHERE dt >= '2024-06-01' AND dt < '2024-07-01';
    /// ```
    ///
    /// ## In production
    /// The query returns the right answer, just after scanning everything;
    /// it is noticed when the cluster bill or the metastore load grows.
    ///
    /// ## Alternatives
    /// Store a second, coarser partition column (`month`) when queries
    /// filter by month; Spark's dynamic partition pruning helps joins, not
    /// functions over the column.
    pub struct PartitionColumnWrapped {
        code: "T702",
        name: "lakehouse-partition-column-wrapped",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T11", "T12", "S10", "Q6"],
        dialects: [Spark, Hive],
        fix: None,
        summary: "A function around a partition column defeats partition pruning",
    }
}

impl Rule for PartitionColumnWrapped {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for block in &cx.facts.blocks {
            for filter in block.filters.iter().filter(|f| matches!(f.kind, PredicateKind::Wrapped { .. })) {
                let Some(column) = &filter.column else { continue };
                let Some((table, _)) = block.resolve(cx.catalog, column) else { continue };
                let Some(partition_by) = &table.partitioned_by else { continue };
                let keys = partition_by.trim_matches(['(', ')']).split(',').map(|k| k.trim().to_ascii_lowercase());
                if keys.into_iter().any(|k| k == column.column) {
                    out.report(
                        filter.span,
                        format!("`{}` is the partition column of `{}`; wrapped in an expression it cannot prune partitions", column.column, table.name),
                    )
                    .help("compare the bare partition column with constants (a range if needed)");
                }
            }
        }
    }
}
