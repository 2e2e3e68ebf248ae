use crate::rules::cassandra::{is_time_bucket, time_clustering};
use crate::rules::{CqlCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Praises a time-series table whose partition key includes a time
    /// bucket next to the entity id.
    ///
    /// ## Why it matters
    /// Bucketed partitions stay bounded in size, spread a busy entity's
    /// writes over time across the cluster, and let reads of a time range
    /// go straight to the few partitions that cover it.
    ///
    /// ## Example
    /// ```cql
    /// CREATE TABLE readings (sensor_id uuid, day date, at timestamp, value double, PRIMARY KEY ((sensor_id, day), at));
    /// ```
    ///
    /// ## Use instead
    /// ```cql
    /// CREATE TABLE readings (sensor_id uuid, at timestamp, value double, PRIMARY KEY (sensor_id, at));
    /// ```
    ///
    /// ## In production
    /// Pair the bucket with a clustering order (`at DESC`) so the newest
    /// rows of a bucket come first.
    ///
    /// ## Alternatives
    /// A fixed number of hash buckets per entity when writes come in bursts.
    pub struct CqlBucketedTimeSeries {
        code: "P012",
        name: "cql-bucketed-time-series",
        area: Pattern,
        severity: Praise,
        section: BestPracticeAlignment,
        concepts: ["T7"],
        dialects: [Cassandra],
        fix: None,
        summary: "a time series partitioned by entity and time bucket",
    }
}

impl Rule for CqlBucketedTimeSeries {
    fn cql(&self, cx: &CqlCx, out: &mut Sink) {
        for table in &cx.script.tables {
            let Some(bucket) = table.partition_key.iter().find(|k| is_time_bucket(table, k)) else { continue };
            if time_clustering(table).is_some() && table.partition_key.len() > 1 {
                out.report(
                    cx.span(&table.span),
                    format!(
                        "`{}` partitions its time series by `{}` with the bucket `{bucket}`: bounded partitions",
                        table.name,
                        table.partition_key.join(", ")
                    ),
                );
            }
        }
    }
}
