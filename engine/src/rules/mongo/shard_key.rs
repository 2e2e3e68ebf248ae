use crate::read::objlit::Value;
use crate::rules::{MongoCx, Rule, Sink};

/// Fields that grow with time: every new document lands on the last chunk.
const MONOTONIC: [&str; 6] = ["_id", "createdAt", "created_at", "timestamp", "ts", "date"];
/// Fields with a handful of values: a few chunks that can never split.
const LOW_CARDINALITY: [&str; 7] = ["status", "type", "country", "state", "region", "category", "active"];

crate::declare_rule! {
    /// ## What it does
    /// Flags `sh.shardCollection` with a single ranged key that only grows
    /// (`_id`, `createdAt`, a timestamp) or has few values (`status`,
    /// `country`, `type`).
    ///
    /// ## Why it matters
    /// With a ranged key that grows, every insert goes to the chunk holding
    /// the largest values, on one shard: the cluster writes at the speed of
    /// one machine, and the balancer keeps moving chunks away from it. A
    /// key with few values makes chunks that cannot be split, so data and
    /// load pile up on a few shards for good.
    ///
    /// ## Example
    /// ```mongodb
    /// sh.shardCollection("shop.orders", { createdAt: 1 })
    /// ```
    ///
    /// ## Use instead
    /// ```mongodb
    /// sh.shardCollection("shop.orders", { customerId: 1, createdAt: 1 })
    /// ```
    ///
    /// ## In production
    /// A shard key is hard to change later (resharding rewrites the whole
    /// collection), so it deserves the same care as a primary key.
    ///
    /// ## Alternatives
    /// A hashed key (`{ _id: "hashed" }`) spreads inserts evenly, at the
    /// cost of range queries on it.
    pub struct ShardKey {
        code: "N408",
        name: "mongo-shard-key",
        area: Architecture,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T6", "S10"],
        dialects: [Mongodb],
        fix: None,
        summary: "A shard key that only grows or has few values",
    }
}

impl Rule for ShardKey {
    fn mongo(&self, cx: &MongoCx, out: &mut Sink) {
        for operation in &cx.script.operations {
            let Some(call) = operation.method().filter(|c| c.name == "shardCollection") else { continue };
            let Some(key) = call.args.get(1) else { continue };
            let [(field, kind)] = key.fields() else { continue };
            if matches!(&kind.value, Value::Str(s) if s == "hashed") {
                continue;
            }
            let why = if MONOTONIC.contains(&field.name.as_str()) {
                "only grows: every insert goes to the last chunk, on one shard"
            } else if LOW_CARDINALITY.contains(&field.name.as_str()) {
                "has few values: its chunks cannot split, so data piles up on a few shards"
            } else {
                continue;
            };
            out.report(cx.span(&field.span), format!("shard key `{}` {why}", field.name))
                .help("lead with a high-cardinality field that queries filter on, or hash the key");
        }
    }
}
