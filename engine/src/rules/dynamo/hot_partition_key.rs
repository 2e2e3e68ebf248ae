use crate::rules::{DynamoCx, Rule, Sink};

/// Partition-key names with few values, or one value per day.
const HOT: [&str; 11] = ["status", "type", "category", "country", "region", "state", "date", "day", "createddate", "active", "tenant"];

crate::declare_rule! {
    /// ## What it does
    /// Flags a DynamoDB table whose partition (HASH) key has few distinct
    /// values (`status`, `type`, `country`) or one value per day (`date`).
    ///
    /// ## Why it matters
    /// DynamoDB spreads a table over partitions by the hash of the key, and
    /// each partition serves a limited throughput. With few key values, a
    /// few partitions take all the traffic and throttle while the rest sit
    /// idle; with a date key, all of today's writes hit one partition.
    ///
    /// ## Example
    /// ```json
    /// {"TableName": "Orders", "AttributeDefinitions": [{"AttributeName": "status", "AttributeType": "S"}], "KeySchema": [{"AttributeName": "status", "KeyType": "HASH"}]}
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {"TableName": "Orders", "AttributeDefinitions": [{"AttributeName": "orderId", "AttributeType": "S"}], "KeySchema": [{"AttributeName": "orderId", "KeyType": "HASH"}]}
    /// ```
    ///
    /// ## In production
    /// CloudWatch Contributor Insights shows the hot keys; adaptive
    /// capacity helps with skew, not with a handful of keys.
    ///
    /// ## Alternatives
    /// Write sharding (`status#0`…`status#9`) when a low-cardinality key
    /// is the access pattern; a GSI on the status with a high-cardinality
    /// partition key on the table.
    pub struct HotPartitionKey {
        code: "N503",
        name: "dynamo-hot-partition-key",
        area: Schema,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T9", "S10"],
        dialects: [Dynamodb],
        fix: None,
        summary: "A partition key with few values: a few partitions take all the load",
    }
}

impl Rule for HotPartitionKey {
    fn dynamo(&self, cx: &DynamoCx, out: &mut Sink) {
        for table in &cx.material.tables {
            let Some((key, span)) = &table.partition_key else { continue };
            let lower = key.to_ascii_lowercase().replace(['_', '-'], "");
            if HOT.contains(&lower.as_str()) {
                out.report(
                    cx.span(span),
                    format!("`{}` is partitioned by `{key}`, which has few values: its traffic concentrates on a few partitions", table.name),
                )
                .help("partition by a high-cardinality attribute (an id), and index the low-cardinality one");
            }
        }
    }
}
