use crate::rules::{RedisCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags `protected-mode no` in a Redis or Sentinel configuration that
    /// sets no password (`requirepass`, ACL users) and binds no address.
    ///
    /// ## Why it matters
    /// Protected mode is Redis's safety net for exactly this state: with no
    /// password and no `bind`, it answers only clients on the loopback
    /// interface. Turning it off without adding either opens the port to
    /// every network that can reach it, and anyone there can read and
    /// delete all data, or rewrite the configuration. On a Sentinel it is
    /// worse: whoever reaches port 26379 can `SENTINEL SET` the monitored
    /// master or force a `FAILOVER`. Exposed instances in this state are
    /// found and abused by scanners within hours.
    ///
    /// ## Example
    /// ```redis
    /// port 26379
    /// protected-mode no
    /// sentinel monitor mymaster 10.0.0.5 6379 2
    /// ```
    ///
    /// ## Use instead
    /// ```redis
    /// port 26379
    /// bind 10.0.0.7
    /// requirepass "use-a-long-random-secret"
    /// sentinel monitor mymaster 10.0.0.5 6379 2
    /// ```
    ///
    /// ## In production
    /// Bind to the private interface the clients use, require a password
    /// (ACL users with their own passwords on Redis 6+), and let the network
    /// (security groups, firewall) admit only the application hosts.
    ///
    /// ## Alternatives
    /// TLS with client certificates (`tls-auth-clients yes`); leaving
    /// protected mode on, for an instance only local processes use.
    pub struct ProtectedModeOff {
        code: "N108",
        name: "redis-protected-mode-off",
        area: Security,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T8"],
        dialects: [Redis],
        fix: None,
        summary: "protected-mode no without a password or bind: open to any network",
    }
}

impl Rule for ProtectedModeOff {
    fn redis(&self, cx: &RedisCx, out: &mut Sink) {
        let Some(mode) = cx.script.setting("protected-mode") else { return };
        if !mode.args.first().is_some_and(|a| a.value.eq_ignore_ascii_case("no")) {
            return;
        }
        let password = cx.setting("requirepass").is_some_and(|d| d.args.first().is_some_and(|a| !a.value.is_empty()));
        let users = cx.setting("user").is_some() || cx.setting("aclfile").is_some();
        // A bind to named addresses limits who can connect; 0.0.0.0, * and :: do not.
        let bound = cx.setting("bind").is_some_and(|d| d.args.iter().any(|a| !matches!(a.value.trim_start_matches('-'), "0.0.0.0" | "*" | "::" | "::*")));
        if password || users || bound {
            return;
        }
        let sentinel = cx.script.config.iter().any(|d| d.name == "sentinel");
        let what = if sentinel {
            "anyone who reaches this Sentinel can SENTINEL SET the master or force a FAILOVER"
        } else {
            "anyone who reaches the port can read, delete and reconfigure everything"
        };
        out.report(cx.span(&mode.span), format!("protected mode is off with no password and no bind: {what}"))
            .help("bind the private interface and set requirepass (or ACL users); or leave protected-mode yes");
    }
}
