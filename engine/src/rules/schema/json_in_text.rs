use crate::rules::util::name_is;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags text columns whose name says they hold JSON (`payload`,
    /// `metadata`, `settings`, `*_json`), and names the system's own JSON
    /// type (`jsonb`, MySQL and ClickHouse `JSON`, an `ISJSON` check on SQL
    /// Server, `json_valid` on SQLite). Spark and Hive, which parse JSON
    /// strings at read time, are left alone.
    ///
    /// ## Why it matters
    /// As text, the database cannot validate the document, query inside it
    /// efficiently or index its keys; every read re-parses it. `jsonb` stores
    /// it parsed, rejects invalid documents and supports GIN indexes.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE webhooks (id bigint PRIMARY KEY, payload text NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE webhooks (id bigint PRIMARY KEY, payload jsonb NOT NULL);
    /// ```
    ///
    /// ## In production
    /// JSON in text columns tends to accumulate malformed documents that
    /// break the first migration to `jsonb`; validating on write avoids it.
    ///
    /// ## Alternatives
    /// `jsonb` (PostgreSQL) or `JSON` (MySQL 5.7+); promote keys that every
    /// row has and every query filters on to real columns.
    pub struct JsonInText {
        code: "S013",
        name: "json-in-text",
        area: Schema,
        severity: Warning,
        section: BestPracticeAlignment,
        concepts: ["S7"],
        dialects: [],
        fix: None,
        summary: "JSON stored in a text column",
    }
}

impl Rule for JsonInText {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        // Spark and Hive read JSON strings with from_json: no type to move to.
        let Some(json_type) = crate::rules::util::system_types(cx.dialect).json else { return };
        for table in &cx.catalog.tables {
            for column in table.columns.iter().filter(|c| c.kind.is_textual()) {
                if name_is(&column.name, &["json", "payload", "metadata", "settings", "attributes", "properties", "extra", "config", "preferences"]) {
                    out.report(column.span, format!("`{}.{}` holds JSON in {}", table.name, column.name, column.data_type))
                        .help(format!("use {json_type}: validated on write, queryable and indexable"));
                }
            }
        }
    }
}
