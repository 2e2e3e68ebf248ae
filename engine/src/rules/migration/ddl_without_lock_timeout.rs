use super::live_alterations;
use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags `ALTER TABLE` on an existing table when no `SET lock_timeout`
    /// ran earlier in the input.
    ///
    /// ## Why it matters
    /// Even an instant `ALTER TABLE` needs a brief exclusive lock. If a long
    /// query holds the table, the `ALTER` waits, and every query arriving
    /// after it queues behind the waiting `ALTER`: a two-second report turns
    /// into an outage. A lock timeout makes the migration fail fast and retry.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE orders ADD COLUMN note text;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SET lock_timeout = '2s';
    /// ALTER TABLE orders ADD COLUMN note text;
    /// ```
    ///
    /// ## In production
    /// Lock queues behind a waiting `ALTER TABLE` are one of the most common
    /// causes of migration-induced downtime; teams set `lock_timeout` in
    /// every migration and retry with back-off.
    ///
    /// ## Alternatives
    /// `SET lock_timeout` per migration (or `SET LOCAL` inside its
    /// transaction), with automatic retries.
    pub struct DdlWithoutLockTimeout {
        code: "M009",
        name: "ddl-without-lock-timeout",
        area: Migration,
        severity: Warning,
        section: BestPracticeAlignment,
        concepts: ["M4"],
        dialects: [Postgres],
        fix: None,
        summary: "DDL on a live table without a lock_timeout",
    }
}

impl Rule for DdlWithoutLockTimeout {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        if cx.state.lock_timeout {
            return;
        }
        if let Some((table, _)) = live_alterations(cx) {
            out.report(cx.span, format!("`ALTER TABLE {table}` can queue every query behind its lock; no `lock_timeout` is set"))
                .help("SET lock_timeout = '2s'; before the DDL, and retry on timeout");
        }
    }
}
