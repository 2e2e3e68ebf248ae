use crate::model::{Column, PredicateKind};
use crate::rules::util::name_is;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags text columns that show they hold JSON: the name says so
    /// (`*_json`, `json_*`), the default is an empty document (`'{}'`,
    /// `'[]'`), or a query of the workload reads it as JSON (`payload::jsonb
    /// ->> 'kind'`, `json_extract(payload, '$.kind')`). It names the system's own JSON
    /// type (`jsonb`, MySQL and ClickHouse `JSON`, an `ISJSON` check on SQL
    /// Server, `json_valid` on SQLite). Spark and Hive, which parse JSON
    /// strings at read time, are left alone.
    ///
    /// A name like `metadata`, `preferences` or `payload` is no evidence:
    /// applications keep PHP-serialized arrays, YAML or framework-owned
    /// blobs there (Roundcube's `users.preferences`, Rails Active Storage's
    /// `metadata`), which a JSON type would reject. A column under a CHECK
    /// (an `ISJSON` or `json_valid` check) is already validated.
    ///
    /// ## Why it matters
    /// As text, the database cannot validate the document, query inside it
    /// efficiently or index its keys; every read re-parses it. `jsonb` stores
    /// it parsed, rejects invalid documents and supports GIN indexes.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE webhooks (id bigint PRIMARY KEY, payload_json text NOT NULL DEFAULT '{}');
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE webhooks (id bigint PRIMARY KEY, payload jsonb NOT NULL DEFAULT '{}');
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

/// Positive evidence of JSON: the name, or an empty document as the default.
fn shows_json(column: &Column) -> bool {
    let empty_document = column.default.as_deref().is_some_and(|d| {
        let d = d.trim_start_matches('(');
        d.starts_with("'{}'") || d.starts_with("'[]'")
    });
    name_is(&column.name.to_ascii_lowercase(), &["json"]) || empty_document
}

/// Columns the workload's filters read through a JSON function or operator.
fn read_as_json<'c>(cx: &CatalogCx<'c>) -> Vec<(&'c str, &'c str)> {
    let mut columns = Vec::new();
    for block in cx.facts.iter().flat_map(|f| &f.blocks) {
        for filter in &block.filters {
            let (Some(column), PredicateKind::Wrapped { column_expr }) = (&filter.column, &filter.kind) else { continue };
            let expr = column_expr.to_ascii_lowercase();
            if expr.contains("json") || expr.contains("->") {
                if let Some((table, column)) = block.resolve(cx.catalog, column) {
                    columns.push((table.name.as_str(), column.name.as_str()));
                }
            }
        }
    }
    columns
}

impl Rule for JsonInText {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        // Spark and Hive read JSON strings with from_json: no type to move to.
        let Some(json_type) = crate::rules::util::system_types(cx.dialect).json else { return };
        let read_as_json = read_as_json(cx);
        for table in &cx.catalog.tables {
            for column in table.columns.iter().filter(|c| c.kind.is_textual()) {
                let queried = read_as_json.contains(&(table.name.as_str(), column.name.as_str()));
                if (shows_json(column) || queried) && !table.checked_columns.contains(&column.name) {
                    out.report(column.span, format!("`{}.{}` holds JSON in {}", table.name, column.name, column.data_type))
                        .help(format!("use {json_type}: validated on write, queryable and indexable"));
                }
            }
        }
    }
}
