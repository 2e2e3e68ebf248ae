use crate::model::TypeKind;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes business-critical tables (payments, transactions, invoices,
    /// ledgers, refunds, transfers, balances) without any timestamp column
    /// recording when rows were created or changed.
    ///
    /// ## Why it matters
    /// When a balance is disputed, the first question is "when did this
    /// change, and who changed it?". Without at least `created_at` (and
    /// ideally an append-only history) nobody can answer it.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE payments (id bigint PRIMARY KEY, amount_cents bigint NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE payments (id bigint PRIMARY KEY, amount_cents bigint NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), created_by text NOT NULL);
    /// ```
    ///
    /// ## In production
    /// Financial systems keep append-only ledgers and audit tables filled by
    /// triggers or change-data capture; auditors ask for them.
    ///
    /// ## Alternatives
    /// `created_at`/`updated_at`/`created_by` columns, an audit table written
    /// by a trigger, temporal tables, or CDC into an immutable log.
    pub struct MissingAuditTrail {
        code: "X006",
        name: "missing-audit-trail",
        area: Security,
        severity: Info,
        section: BestPracticeAlignment,
        concepts: ["X5"],
        dialects: [],
        fix: None,
        summary: "A business-critical table with no record of when rows changed",
    }
}

const CRITICAL: &[&str] = &["payments", "transactions", "invoices", "ledger", "ledger_entries", "refunds", "transfers", "balances", "payouts"];

impl Rule for MissingAuditTrail {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in cx.catalog.tables.iter().filter(|t| CRITICAL.contains(&t.name.as_str())) {
            let timestamped = table.columns.iter().any(|c| matches!(c.kind, TypeKind::TimestampTz | TypeKind::Timestamp));
            if !timestamped {
                out.report(table.span, format!("`{}` records money movements but not when they happened", table.name))
                    .help("add created_at timestamptz NOT NULL DEFAULT now() (and who made the change)");
            }
        }
    }
}
