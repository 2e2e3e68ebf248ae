use crate::read::code::go::short_lifetimes;
use crate::read::code::Language;
use crate::rules::{CodeCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a Go `db.SetConnMaxLifetime` of less than a minute
    /// (`time.Second`, `30 * time.Second`, a bare number, which is
    /// nanoseconds).
    ///
    /// ## Why it matters
    /// `database/sql` closes a connection once it is older than its
    /// lifetime. With a lifetime of seconds the pool keeps throwing away
    /// warm connections and opening new ones: a TCP handshake, TLS and
    /// authentication (and on PostgreSQL a new backend process) every
    /// second or so per connection, paid inside requests. The setting is
    /// meant to rotate connections over minutes, for load balancers,
    /// failovers and credential rotation, not to defeat the pool.
    ///
    /// ## Example
    /// ```go
    /// db.SetMaxOpenConns(10)
    /// db.SetConnMaxLifetime(time.Second)
    /// ```
    ///
    /// ## Use instead
    /// ```go
    /// db.SetMaxOpenConns(10)
    /// db.SetConnMaxLifetime(30 * time.Minute)
    /// db.SetConnMaxIdleTime(5 * time.Minute)
    /// ```
    ///
    /// ## In production
    /// Connection churn shows as a steady stream of new connections in the
    /// server's log and as latency spikes; a lifetime below what a proxy or
    /// firewall drops idle connections at is better set with
    /// `SetConnMaxIdleTime`, which closes only the unused ones.
    ///
    /// ## Alternatives
    /// Leave the lifetime unset (connections are reused until they fail)
    /// when nothing in between expires them; `pgxpool`'s
    /// `MaxConnLifetime` with jitter for the same rotation.
    pub struct GoPoolShortLifetime {
        code: "C008",
        name: "go-pool-short-lifetime",
        area: Architecture,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["P8", "A4"],
        dialects: [],
        fix: None,
        summary: "SetConnMaxLifetime of seconds: the pool reconnects all the time",
    }
}

impl Rule for GoPoolShortLifetime {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        if cx.file.language != Language::Go {
            return;
        }
        for (call, written) in short_lifetimes(cx.text, cx.file) {
            out.report(
                cx.token_span(call),
                format!(
                    "a connection lifetime of `{written}` closes every connection within seconds: the pool reconnects (TCP, TLS, authentication) all the time"
                ),
            )
            .help("rotate over minutes (SetConnMaxLifetime(30 * time.Minute)); close idle connections with SetConnMaxIdleTime");
        }
    }
}
