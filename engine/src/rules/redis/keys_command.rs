use crate::rules::{RedisCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags the Redis `KEYS` command.
    ///
    /// ## Why it matters
    /// `KEYS pattern` walks every key in the database in one step. Redis
    /// runs commands one at a time, so while it walks millions of keys no
    /// other client is served: every request in the application waits, and
    /// health checks can time out and fail the node over.
    ///
    /// ## Example
    /// ```redis
    /// KEYS session:*
    /// ```
    ///
    /// ## Use instead
    /// ```redis
    /// SCAN 0 MATCH session:* COUNT 1000
    /// ```
    ///
    /// ## In production
    /// Many teams rename `KEYS` away in `redis.conf` (`rename-command KEYS
    /// ""`) after the first outage it causes.
    ///
    /// ## Alternatives
    /// Keep an index yourself (a set of the session ids of each user) so
    /// that no scan is needed at all.
    pub struct KeysCommand {
        code: "N101",
        name: "redis-keys-command",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T8"],
        dialects: [Redis],
        fix: None,
        summary: "KEYS walks every key and blocks Redis meanwhile",
    }
}

impl Rule for KeysCommand {
    fn redis(&self, cx: &RedisCx, out: &mut Sink) {
        for command in cx.script.commands.iter().filter(|c| c.name == "KEYS") {
            out.report(cx.span(&command.name_span), "`KEYS` walks every key in one step: no other client is served until it finishes")
                .help("iterate with SCAN … MATCH … COUNT, or keep your own index set");
        }
    }
}
