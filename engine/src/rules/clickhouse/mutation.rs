use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::Statement;

crate::declare_rule! {
    /// ## What it does
    /// Flags `UPDATE` and `DELETE` in ClickHouse, including the
    /// `ALTER TABLE … UPDATE` and `ALTER TABLE … DELETE` mutation forms.
    ///
    /// ## Why it matters
    /// ClickHouse stores rows in immutable, compressed parts. A mutation
    /// rewrites every part that holds a matching row, in the background and
    /// without a transaction, so one changed row can cost a rewrite of
    /// gigabytes, and the statement returns before the change is visible.
    /// Lightweight `DELETE` only masks rows, but the masked rows still cost
    /// reads until a merge drops them.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE user_profiles UPDATE plan = 'free' WHERE plan = 'trial';
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// -- user_profiles is a ReplacingMergeTree(version): a newer row replaces the old one.
    /// INSERT INTO user_profiles (user_id, plan, version)
    /// SELECT user_id, 'free', version + 1 FROM user_profiles WHERE plan = 'trial';
    /// ```
    ///
    /// ## In production
    /// Queued mutations pile up (`system.mutations`), merges stall behind
    /// them, and disk use doubles while parts are rewritten. Erasure
    /// requests are better served by TTLs or by dropping whole partitions.
    ///
    /// ## Alternatives
    /// `ALTER TABLE … DROP PARTITION` for bulk removal; CollapsingMergeTree
    /// with sign rows for frequent corrections; an occasional, scheduled
    /// mutation when a change is truly rare.
    pub struct Mutation {
        code: "T606",
        name: "clickhouse-mutation",
        area: Query,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T13"],
        dialects: [Clickhouse],
        fix: None,
        summary: "UPDATE/DELETE in ClickHouse rewrites whole data parts",
    }
}

impl Rule for Mutation {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let verb = match cx.stmt {
            Statement::Update(_) => "UPDATE",
            Statement::Delete(_) => "DELETE",
            _ => return,
        };
        let target = cx.facts.tables.first().map(|t| format!(" on `{t}`")).unwrap_or_default();
        out.report(cx.span, format!("`{verb}`{target} is a mutation: ClickHouse rewrites every data part that holds a matching row"))
            .help("model changes as inserts (ReplacingMergeTree, CollapsingMergeTree), or drop whole partitions");
    }
}
