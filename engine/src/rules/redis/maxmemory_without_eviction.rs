use crate::rules::{RedisCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags Redis configuration that sets `maxmemory` but keeps the
    /// `noeviction` policy (stated, or left as the default).
    ///
    /// ## Why it matters
    /// With `noeviction`, a full Redis answers every write with an "OOM
    /// command not allowed" error. For a cache, that turns a memory limit
    /// into an outage: logins, carts and rate limits all fail at once,
    /// while old entries that could have gone stay in memory.
    ///
    /// ## Example
    /// ```redis
    /// maxmemory 2gb
    /// ```
    ///
    /// ## Use instead
    /// ```redis
    /// maxmemory 2gb
    /// maxmemory-policy allkeys-lru
    /// ```
    ///
    /// ## In production
    /// `noeviction` is right for Redis used as a primary store or a queue,
    /// where losing a key silently is worse than failing a write; say so
    /// in the configuration's comments and alert on memory use.
    ///
    /// ## Alternatives
    /// `volatile-lru` or `volatile-ttl` to evict only keys with a TTL
    /// (sessions stay, cache entries go); `allkeys-lfu` for skewed access.
    pub struct MaxmemoryWithoutEviction {
        code: "N106",
        name: "redis-maxmemory-without-eviction",
        area: Architecture,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T8"],
        dialects: [Redis],
        fix: None,
        summary: "maxmemory with the noeviction policy: writes fail when full",
    }
}

impl Rule for MaxmemoryWithoutEviction {
    fn redis(&self, cx: &RedisCx, out: &mut Sink) {
        let Some(limit) = cx.script.setting("maxmemory") else { return };
        let Some(value) = limit.args.first().filter(|v| v.value != "0") else { return };
        let policy = cx.setting("maxmemory-policy").and_then(|p| p.args.first()).map(|p| p.value.to_ascii_lowercase());
        if policy.as_deref().is_none_or(|p| p == "noeviction") {
            let how = if policy.is_some() { "with `maxmemory-policy noeviction`" } else { "and no `maxmemory-policy` (the default is noeviction)" };
            out.report(cx.span(&limit.span), format!("`maxmemory {}` {how}: once full, every write fails", value.value))
                .help("choose an eviction policy (allkeys-lru for a cache, volatile-lru to keep keys without TTL)");
        }
    }
}
