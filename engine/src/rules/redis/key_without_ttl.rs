use super::{expired_keys, expires, is_temporary, written_keys};
use crate::rules::{RedisCx, Rule, Sink};
use std::collections::HashSet;

crate::declare_rule! {
    /// ## What it does
    /// Flags a write to a key whose name says it is temporary (`cache:…`,
    /// `session:…`, `token:…`, `otp:…`, `ratelimit:…`, `lock:…`) when
    /// nothing gives that key an expiry: no `EX`/`PX` on the `SET`, no
    /// `SETEX`, no `EXPIRE` of the same key.
    ///
    /// ## Why it matters
    /// A key without a TTL lives until someone deletes it. Cache entries and
    /// sessions are written on every visit and deleted by nobody, so memory
    /// grows until `maxmemory` is reached; then Redis either refuses writes
    /// or evicts keys it should have kept. Stale sessions and tokens that
    /// never expire are also a security problem.
    ///
    /// ## Example
    /// ```redis
    /// SET session:9f2c "{\"user_id\": 42}"
    /// ```
    ///
    /// ## Use instead
    /// ```redis
    /// SET session:9f2c "{\"user_id\": 42}" EX 1800
    /// ```
    ///
    /// ## In production
    /// `INFO keyspace` shows how many keys have an expiry; a cache whose
    /// `expires` count is far below its `keys` count is leaking.
    ///
    /// ## Alternatives
    /// An `allkeys-lru` or `allkeys-lfu` eviction policy for a pure cache,
    /// which removes old keys even without TTLs (but not for sessions).
    pub struct KeyWithoutTtl {
        code: "N103",
        name: "redis-key-without-ttl",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T8", "A6"],
        dialects: [Redis],
        fix: None,
        summary: "A cache or session key written without an expiry",
    }
}

impl Rule for KeyWithoutTtl {
    fn redis(&self, cx: &RedisCx, out: &mut Sink) {
        let expired = expired_keys(cx);
        let mut reported: HashSet<&str> = HashSet::new();
        for command in &cx.script.commands {
            for key in written_keys(command) {
                let name = key.value.as_str();
                if is_temporary(name) && !expires(command, name, &expired) && reported.insert(name) {
                    out.report(cx.span(&key.span), format!("`{name}` looks temporary but is written without an expiry: it stays until deleted"))
                        .help("give it a TTL: SET … EX seconds, or EXPIRE after the write");
                }
            }
        }
    }
}
