use crate::rules::util::fine_partition_reason;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{HiveDistributionStyle, Statement};

crate::declare_rule! {
    /// ## What it does
    /// Flags a Hive or Spark table partitioned by an id or a timestamp.
    ///
    /// ## Why it matters
    /// Each partition value is a directory, and each write to it adds at
    /// least one file. Partitioning by `user_id` or an exact timestamp makes
    /// millions of directories of tiny files: listing them dominates query
    /// planning, the metastore struggles, and columnar formats lose their
    /// compression because each file holds a handful of rows.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE clicks (url STRING, clicked_at TIMESTAMP) PARTITIONED BY (user_id BIGINT) STORED AS ORC;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE clicks (user_id BIGINT, url STRING, clicked_at TIMESTAMP) PARTITIONED BY (dt STRING)
    /// CLUSTERED BY (user_id) INTO 64 BUCKETS STORED AS ORC;
    /// ```
    ///
    /// ## In production
    /// Aim for partitions of hundreds of megabytes or more, and fewer than
    /// tens of thousands per table.
    ///
    /// ## Alternatives
    /// Bucketing (`CLUSTERED BY … INTO n BUCKETS`) for id lookups and joins;
    /// Delta Lake's Z-ordering or liquid clustering for multi-column
    /// filters; a date partition derived from the timestamp.
    pub struct HighCardinalityPartition {
        code: "T703",
        name: "lakehouse-high-cardinality-partition",
        area: Schema,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T11", "T12", "S10"],
        dialects: [Spark, Hive],
        fix: None,
        summary: "Partitioned by an id or a timestamp: millions of tiny files",
    }
}

impl Rule for HighCardinalityPartition {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::CreateTable(create) = cx.stmt else { return };
        let HiveDistributionStyle::PARTITIONED { columns } = &create.hive_distribution else { return };
        for column in columns {
            let name = column.name.value.to_ascii_lowercase();
            // Spark may name a column of the list without a type here.
            let declared = create.columns.iter().find(|c| c.name.value.eq_ignore_ascii_case(&name)).unwrap_or(column);
            let Some(reason) = fine_partition_reason(&name, &declared.data_type.to_string()) else { continue };
            out.report(
                cx.spans.span_of(column.name.span),
                format!("`{}` is partitioned by `{}`, {reason}: one directory of small files per value", create.name, column.name.value),
            )
            .help("partition by a date (or none), and bucket or Z-order by the id");
        }
    }
}
