use crate::rules::{RedisCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags `SELECT n` with a database number other than 0.
    ///
    /// ## Why it matters
    /// Numbered databases are a single-node feature: Redis Cluster, and
    /// most managed Redis services built on it, have only database 0, so
    /// code that relies on `SELECT 2` breaks the day it moves to a cluster.
    /// The databases also share one thread and one memory limit, so they
    /// isolate nothing.
    ///
    /// ## Example
    /// ```redis
    /// SELECT 2
    /// SET session:9f2c "{}" EX 1800
    /// ```
    ///
    /// ## Use instead
    /// ```redis
    /// SET app2:session:9f2c "{}" EX 1800
    /// ```
    ///
    /// ## In production
    /// Connection pools make `SELECT` worse: a connection returned to the
    /// pool keeps the database its last user selected.
    ///
    /// ## Alternatives
    /// Key prefixes per application or tenant; separate instances where
    /// real isolation (memory, eviction, persistence) is needed.
    pub struct SelectDatabase {
        code: "N105",
        name: "redis-select-database",
        area: Architecture,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T8"],
        dialects: [Redis],
        fix: None,
        summary: "SELECT of a numbered database: not available in Redis Cluster",
    }
}

impl Rule for SelectDatabase {
    fn redis(&self, cx: &RedisCx, out: &mut Sink) {
        for command in cx.script.commands.iter().filter(|c| c.name == "SELECT") {
            let Some(number) = command.args.first().filter(|n| n.value != "0") else { continue };
            out.report(
                cx.span(&command.span),
                format!("`SELECT {}`: Redis Cluster has only database 0, and the databases share one thread and memory limit", number.value),
            )
            .help("separate data with key prefixes, or with separate instances");
        }
    }
}
