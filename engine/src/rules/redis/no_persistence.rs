use crate::rules::{RedisCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags Redis configuration that turns snapshots off (`save ""`)
    /// without turning the append-only file on, unless the eviction policy
    /// says the instance is a pure cache (`allkeys-…`).
    ///
    /// ## Why it matters
    /// With neither RDB snapshots nor AOF, the data lives only in memory: a
    /// restart, a crash or a failover to a fresh replica starts from an
    /// empty database. For sessions, queues or counters kept in Redis that
    /// is data loss, and it is usually discovered on the first deploy that
    /// restarts the node.
    ///
    /// ## Example
    /// ```redis
    /// save ""
    /// appendonly no
    /// ```
    ///
    /// ## Use instead
    /// ```redis
    /// save 900 1
    /// appendonly yes
    /// appendfsync everysec
    /// ```
    ///
    /// ## In production
    /// `appendfsync everysec` loses at most about a second of writes on a
    /// crash, at little cost; replicas protect against a lost machine, not
    /// against a restart of all of them.
    ///
    /// ## Alternatives
    /// Keep Redis a pure cache on purpose (an `allkeys-lru` policy, data
    /// that can be rebuilt from the database) and say so.
    pub struct NoPersistence {
        code: "N107",
        name: "redis-no-persistence",
        area: Architecture,
        severity: Info,
        section: RealWorldContext,
        concepts: ["T8", "A1"],
        dialects: [Redis],
        fix: None,
        summary: "Snapshots and AOF both off: a restart loses everything",
    }
}

impl Rule for NoPersistence {
    fn redis(&self, cx: &RedisCx, out: &mut Sink) {
        let Some(save) = cx.script.setting("save") else { return };
        let snapshots_off = save.args.first().is_some_and(|a| a.value.is_empty());
        let aof_on = cx.setting("appendonly").and_then(|d| d.args.first()).is_some_and(|a| a.value.eq_ignore_ascii_case("yes"));
        let pure_cache = cx.setting("maxmemory-policy").and_then(|d| d.args.first()).is_some_and(|p| p.value.to_ascii_lowercase().starts_with("allkeys-"));
        if snapshots_off && !aof_on && !pure_cache {
            out.report(cx.span(&save.span), "snapshots are off and the append-only file is not on: the data lives only in memory")
                .help("turn on appendonly (appendfsync everysec), or declare the instance a cache with an allkeys-… eviction policy");
        }
    }
}
