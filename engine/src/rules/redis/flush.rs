use crate::rules::{RedisCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags `FLUSHALL` and `FLUSHDB`, unless the same configuration
    /// renames them away.
    ///
    /// ## Why it matters
    /// Both delete every key (of the server, or of the selected database)
    /// at once, with no undo. Run against the wrong host, or left in a
    /// setup script that one day points at production, they empty caches,
    /// sessions and queues in one command; without `ASYNC` they also block
    /// the server while they free memory.
    ///
    /// ## Example
    /// ```redis
    /// FLUSHALL
    /// ```
    ///
    /// ## Use instead
    /// ```redis
    /// UNLINK test:fixtures:users test:fixtures:orders
    /// ```
    ///
    /// ## In production
    /// Production configurations usually disable both with
    /// `rename-command FLUSHALL ""` and `rename-command FLUSHDB ""`.
    ///
    /// ## Alternatives
    /// Give tests their own Redis instance or key prefix and delete by
    /// prefix with `SCAN` and `UNLINK`.
    pub struct Flush {
        code: "N102",
        name: "redis-flush",
        area: Query,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T8"],
        dialects: [Redis],
        fix: None,
        summary: "FLUSHALL / FLUSHDB deletes every key at once",
    }
}

impl Rule for Flush {
    fn redis(&self, cx: &RedisCx, out: &mut Sink) {
        let renamed = |name: &str| {
            cx.review
                .iter()
                .flat_map(|s| s.config.iter())
                .any(|d| d.name == "rename-command" && d.args.first().is_some_and(|a| a.value.eq_ignore_ascii_case(name)))
        };
        for command in cx.script.commands.iter().filter(|c| matches!(c.name.as_str(), "FLUSHALL" | "FLUSHDB") && !renamed(&c.name)) {
            let scope = if command.name == "FLUSHALL" { "every database of the server" } else { "the selected database" };
            out.report(cx.span(&command.name_span), format!("`{}` deletes every key of {scope}, with no undo", command.name))
                .help("delete the keys you own by prefix (SCAN + UNLINK), and rename-command the flushes in production");
        }
    }
}
