use super::{is_merge_tree, key_column, sorting_key};
use crate::model::TypeKind;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{OneOrManyWithParens, Statement};

crate::declare_rule! {
    /// ## What it does
    /// Flags a MergeTree table whose sorting key is empty (`ORDER BY
    /// tuple()`), or starts with a timestamp or the row's own UUID and has more columns
    /// after it.
    ///
    /// ## Why it matters
    /// The sorting key is ClickHouse's only primary index: the sparse index
    /// skips granules by comparing the key's leading columns. With no key,
    /// every query reads the whole table. A unique-ish first column (an
    /// exact timestamp, a UUID) makes the columns after it useless for
    /// skipping, because each value of the first column appears once.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE events (
    ///     occurred_at DateTime64(3),
    ///     event_type LowCardinality(String),
    ///     user_id UInt64
    /// ) ENGINE = MergeTree ORDER BY (occurred_at, event_type, user_id);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE events (
    ///     occurred_at DateTime64(3),
    ///     event_type LowCardinality(String),
    ///     user_id UInt64
    /// ) ENGINE = MergeTree ORDER BY (event_type, user_id, occurred_at);
    /// ```
    ///
    /// ## In production
    /// A filter on `event_type` against the first key reads every granule;
    /// with low-cardinality columns first it reads a few percent. The
    /// order also drives compression: similar rows stored together pack
    /// tighter.
    ///
    /// ## Alternatives
    /// `toDate(occurred_at)` or `toStartOfHour(occurred_at)` first when time
    /// ranges are the main filter; a projection or materialized view with
    /// a second ordering for a second access pattern.
    pub struct SortingKey {
        code: "T603",
        name: "clickhouse-sorting-key",
        area: Schema,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T13", "S5"],
        dialects: [Clickhouse],
        fix: None,
        summary: "MergeTree sorting key that is empty or led by a unique-ish column",
    }
}

impl Rule for SortingKey {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::CreateTable(create) = cx.stmt else { return };
        if !is_merge_tree(create) {
            return;
        }
        let Some(key) = sorting_key(create) else { return };
        let Some(first) = key.first() else {
            let at = match create.order_by.as_ref() {
                Some(OneOrManyWithParens::One(expr)) => cx.span_of(expr),
                Some(OneOrManyWithParens::Many(exprs)) => exprs.first().map(|e| cx.span_of(e)).unwrap_or(cx.span),
                None => cx.span,
            };
            out.report(at, format!("`{}` has an empty sorting key: every query reads the whole table", create.name))
                .help("order by the columns queries filter on, lowest cardinality first");
            return;
        };
        // A bare column only: `toDate(occurred_at)` first is the coarse prefix this rule recommends.
        let sqlparser::ast::Expr::Identifier(column) = first else { return };
        let Some(def) = create.columns.iter().find(|c| c.name.value.eq_ignore_ascii_case(&column.value)) else { return };
        let (kind, _) = TypeKind::classify(&def.data_type.to_string());
        // A UUID that names a parent (`website_id`, `tenant_id`) has few values per
        // table and leads well; only the row's own id (`id`, `event_id` in
        // `events`) is unique per row.
        let own_id = |name: &str| {
            let name = name.to_ascii_lowercase();
            let table = crate::model::names::object_name(&create.name);
            name == "id" || name == "uuid" || name.strip_suffix("_id").is_some_and(|stem| table.trim_end_matches('s').ends_with(stem))
        };
        let unique_ish = matches!(kind, TypeKind::Timestamp | TypeKind::TimestampTz) || (kind == TypeKind::Uuid && own_id(&column.value));
        if unique_ish && key.len() > 1 {
            let later: Vec<String> = key[1..].iter().filter_map(|e| key_column(e)).map(|i| format!("`{}`", i.value)).collect();
            out.report(
                cx.span_of(*first),
                format!(
                    "the sorting key of `{}` starts with `{}` ({}), so {} after it can hardly skip any data",
                    create.name,
                    column.value,
                    def.data_type,
                    later.join(", ")
                ),
            )
            .help("put low-cardinality filter columns first, and the timestamp (or toDate of it) after them");
        }
    }
}
