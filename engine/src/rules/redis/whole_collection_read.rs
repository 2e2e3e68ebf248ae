use crate::rules::{RedisCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags reads of a whole collection in one command: `SMEMBERS`,
    /// `HGETALL`, and `LRANGE`/`ZRANGE` from 0 to -1. A collection whose
    /// every member the material writes itself, a handful of them (a
    /// tutorial's demo set), is left alone.
    ///
    /// ## Why it matters
    /// These commands cost time proportional to the collection's size, and
    /// Redis serves nobody else meanwhile. On a small hash they are
    /// harmless; on a set that grows with users or events (followers,
    /// a feed, a leaderboard) one call moves megabytes and stalls the
    /// server for every other client.
    ///
    /// ## Example
    /// ```redis
    /// LRANGE feed:user:42 0 -1
    /// ```
    ///
    /// ## Use instead
    /// ```redis
    /// LRANGE feed:user:42 0 49
    /// ```
    ///
    /// ## In production
    /// `redis-cli --bigkeys` and `MEMORY USAGE` find the collections where
    /// this matters; the slow log shows the calls.
    ///
    /// ## Alternatives
    /// `SSCAN`, `HSCAN` and `ZSCAN` to iterate in pages; `HMGET` for the
    /// fields actually needed; capping lists with `LTRIM` on write.
    pub struct WholeCollectionRead {
        code: "N104",
        name: "redis-whole-collection-read",
        area: Query,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["T8"],
        dialects: [Redis],
        fix: None,
        summary: "SMEMBERS, HGETALL or a 0..-1 range reads a whole collection",
    }
}

impl Rule for WholeCollectionRead {
    fn redis(&self, cx: &RedisCx, out: &mut Sink) {
        for command in &cx.script.commands {
            let values: Vec<&str> = command.args.iter().map(|a| a.value.as_str()).collect();
            let whole = match command.name.as_str() {
                "SMEMBERS" | "HGETALL" | "HKEYS" | "HVALS" => true,
                "LRANGE" | "ZRANGE" | "ZREVRANGE" => matches!(values.as_slice(), [_, "0", "-1", ..]),
                _ => false,
            };
            let key = values.first().copied().unwrap_or("");
            // A collection the material fills itself with a handful of members (a
            // tutorial's `SADD bikes:racing:france bike:1 bike:2`) is small by sight.
            if whole && !is_small_by_sight(cx, key) {
                out.report(
                    cx.span(&command.span),
                    format!("`{}` reads all of `{key}` in one call: its cost grows with the collection, and Redis waits meanwhile", command.name),
                )
                .help("page through it (SSCAN/HSCAN/ZSCAN, a bounded range) or fetch only the fields needed");
            }
        }
    }
}

/// At most this many members written in the material make a collection small.
const SMALL_COLLECTION: usize = 100;

/// Whether the review itself writes every member of `key`: a few `SADD`,
/// `HSET`, `RPUSH`/`LPUSH` or `ZADD` calls on that literal key, and no
/// more than [`SMALL_COLLECTION`] members in all.
fn is_small_by_sight(cx: &RedisCx, key: &str) -> bool {
    let mut members = 0;
    for command in cx.review_commands().filter(|c| c.args.first().is_some_and(|a| a.value == key)) {
        let per_member = match command.name.as_str() {
            "SADD" | "RPUSH" | "LPUSH" => 1,
            "HSET" | "ZADD" => 2,
            _ => continue,
        };
        members += command.args.len().saturating_sub(1) / per_member;
    }
    members > 0 && members <= SMALL_COLLECTION
}
