use super::{key_column, sorting_key};
use crate::finding::Severity;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::Statement;

/// Below this many `Nullable` columns (outside the key) a table is not
/// flagged: one or two columns where "unknown" is real information are fine.
const OVERUSE: usize = 3;

crate::declare_rule! {
    /// ## What it does
    /// Flags ClickHouse `Nullable(…)` columns in the sorting key, and tables
    /// with three or more `Nullable` string columns, the habit of a schema
    /// carried over from a row store. Nullable numbers and times are left
    /// alone: NULL often means "not measured" there, where 0 would skew
    /// every average.
    ///
    /// ## Why it matters
    /// Each `Nullable` column is stored with a second file of null flags
    /// that every read must open and every comparison must check, which
    /// slows scans and weakens compression. In the sorting key it is worse:
    /// ClickHouse refuses it unless `allow_nullable_key` is set, and the
    /// primary index cannot skip granules as well.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE visits (
    ///     visit_id UInt64,
    ///     country Nullable(String),
    ///     device Nullable(String),
    ///     referrer Nullable(String)
    /// ) ENGINE = MergeTree ORDER BY visit_id;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE visits (
    ///     visit_id UInt64,
    ///     country LowCardinality(String) DEFAULT '',
    ///     device LowCardinality(String) DEFAULT '',
    ///     referrer String DEFAULT ''
    /// ) ENGINE = MergeTree ORDER BY visit_id;
    /// ```
    ///
    /// ## In production
    /// Schemas copied from a row store mark everything `Nullable`; on a
    /// billion-row table that is a measurable share of scan time and disk.
    ///
    /// ## Alternatives
    /// A sentinel default (`''`, `0`, `1970-01-01`) with a documented
    /// meaning; keep `Nullable` where "unknown" differs from every value.
    pub struct NullableColumns {
        code: "T602",
        name: "clickhouse-nullable-columns",
        area: Schema,
        severity: Info,
        section: TechnicalAssessment,
        concepts: ["T13", "S7"],
        dialects: [Clickhouse],
        fix: None,
        summary: "Nullable in the sorting key, or on most columns of a table",
    }
}

impl Rule for NullableColumns {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::CreateTable(create) = cx.stmt else { return };
        let key: Vec<String> = sorting_key(create).unwrap_or_default().into_iter().filter_map(key_column).map(|i| i.value.to_ascii_lowercase()).collect();
        let is_nullable = |c: &&sqlparser::ast::ColumnDef| c.data_type.to_string().to_ascii_lowercase().starts_with("nullable(");
        let mut others = Vec::new();
        for column in create.columns.iter().filter(is_nullable) {
            if key.contains(&column.name.value.to_ascii_lowercase()) {
                out.report(cx.spans.span_of(column.name.span), format!("`{}.{}` is Nullable and part of the sorting key", create.name, column.name.value))
                    .severity(Severity::Warning)
                    .help("give the key column a default value instead of NULL");
            } else {
                others.push(column);
            }
        }
        // A Nullable string is a habit carried over from a row store ('' says
        // "none" as well); a Nullable number or time is often NULL on purpose
        // (a web vital not measured, where 0 would skew every average).
        others.retain(|c| {
            let inner = c.data_type.to_string().to_ascii_lowercase();
            inner.contains("string")
        });
        if others.len() >= OVERUSE {
            let names: Vec<String> = others.iter().map(|c| format!("`{}`", c.name.value)).collect();
            out.report(
                cx.spans.span_of(others[0].name.span),
                format!("{} of `{}`'s {} columns are Nullable strings: {}", others.len(), create.name, create.columns.len(), names.join(", ")),
            )
            .help("use defaults ('' or 0) where NULL carries no meaning of its own");
        }
    }
}
