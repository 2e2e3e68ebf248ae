use crate::read::redis::{Command, Script, Word};
use crate::rules::redis::{expired_keys, expires, is_temporary, written_keys};
use crate::rules::{RedisCx, Rule, Sink};

/// The writes of `script` to temporary keys.
fn temporary_writes(script: &Script) -> Vec<(&Command, &Word)> {
    script.commands.iter().flat_map(|c| written_keys(c).into_iter().map(move |k| (c, k))).filter(|(_, k)| is_temporary(&k.value)).collect()
}

crate::declare_rule! {
    /// ## What it does
    /// Praises Redis material that gives its temporary keys (caches,
    /// sessions, tokens) an expiry when it writes them. Once per review,
    /// and only when every temporary key in it expires.
    ///
    /// ## Why it matters
    /// With a TTL on every temporary key, memory stays bounded by the
    /// traffic of the last TTL period, stale data disappears by itself, and
    /// eviction stays a safety net rather than the cleanup mechanism.
    ///
    /// ## Example
    /// ```redis
    /// SET cache:product:17 "{\"price\": 990}" EX 300
    /// ```
    ///
    /// ## Use instead
    /// ```redis
    /// SET cache:product:17 "{\"price\": 990}"
    /// ```
    ///
    /// ## In production
    /// Adding a little random jitter to TTLs keeps many keys written at
    /// once from expiring at once and stampeding the database.
    ///
    /// ## Alternatives
    /// `GETEX key EX n` to extend a session's life on each read.
    pub struct RedisExpiringKeys {
        code: "P011",
        name: "redis-expiring-keys",
        area: Pattern,
        severity: Praise,
        section: BestPracticeAlignment,
        concepts: ["T8", "A6"],
        dialects: [Redis],
        fix: None,
        summary: "temporary Redis keys are written with a TTL",
    }
}

impl Rule for RedisExpiringKeys {
    fn redis(&self, cx: &RedisCx, out: &mut Sink) {
        let expired = expired_keys(cx);
        let all_expire = cx.review.iter().flat_map(|s| temporary_writes(s)).all(|(c, k)| expires(c, &k.value, &expired));
        // The praise goes to the first material that writes a temporary key.
        let first = cx.review.iter().find(|s| !temporary_writes(s).is_empty());
        if all_expire && first.is_some_and(|s| std::ptr::eq(*s, cx.script)) {
            if let Some((_, key)) = temporary_writes(cx.script).first() {
                out.report(cx.span(&key.span), "temporary keys are written with an expiry");
            }
        }
    }
}
