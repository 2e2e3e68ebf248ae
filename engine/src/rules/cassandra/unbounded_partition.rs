use super::{is_time_bucket, time_clustering};
use crate::rules::{CqlCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a time-series table (clustered by a `timestamp` or `timeuuid`)
    /// whose partition key has no time bucket (`day`, `month`, `bucket`, a
    /// `date` column) and whose rows do not expire (no
    /// `default_time_to_live`).
    ///
    /// ## Why it matters
    /// Every row of a partition lives together on the same replicas. Keyed
    /// only by `sensor_id`, a sensor's partition grows forever: past a few
    /// hundred megabytes, reads slow down, compaction and repair struggle,
    /// and one busy sensor becomes a hot spot on its nodes.
    ///
    /// ## Example
    /// ```cql
    /// CREATE TABLE readings (sensor_id uuid, at timestamp, value double, PRIMARY KEY (sensor_id, at));
    /// ```
    ///
    /// ## Use instead
    /// ```cql
    /// CREATE TABLE readings (sensor_id uuid, day date, at timestamp, value double, PRIMARY KEY ((sensor_id, day), at));
    /// ```
    ///
    /// ## In production
    /// Size the bucket so a partition stays under about 100 MB and 100,000
    /// rows at the busiest writer's rate: a day, an hour, or a week.
    ///
    /// ## Alternatives
    /// A TTL that bounds the partition by age; time-window compaction for
    /// data written once and expired together.
    pub struct UnboundedPartition {
        code: "N204",
        name: "cql-unbounded-partition",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T7", "S10"],
        dialects: [Cassandra],
        fix: None,
        summary: "A time series partitioned without a time bucket: partitions grow forever",
    }
}

impl Rule for UnboundedPartition {
    fn cql(&self, cx: &CqlCx, out: &mut Sink) {
        for table in &cx.script.tables {
            let Some(time) = time_clustering(table) else { continue };
            // Rows that expire keep each partition to the TTL's window.
            if table.default_ttl.is_some_and(|ttl| ttl > 0) {
                continue;
            }
            if !table.partition_key.iter().any(|k| is_time_bucket(table, k)) {
                out.report(
                    cx.span(&table.span),
                    format!(
                        "`{}` is a time series (clustered by `{time}`) partitioned only by `{}`: each partition grows forever",
                        table.name,
                        table.partition_key.join(", ")
                    ),
                )
                .help("add a time bucket (day, month…) to the partition key");
            }
        }
    }
}
