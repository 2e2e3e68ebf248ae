use crate::model::TypeKind;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Recognises `timestamptz` columns defaulting to `now()` (once per table).
    ///
    /// ## Why it matters
    /// Rows record an absolute instant the database fills in itself, so the
    /// value is consistent whatever the client's clock or time zone.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, created_at timestamp);
    /// ```
    ///
    /// ## In production
    /// `created_at timestamptz NOT NULL DEFAULT now()` is the first column
    /// incident responders reach for.
    ///
    /// ## Alternatives
    /// `clock_timestamp()` when the wall time inside a long transaction
    /// matters (`now()` is the transaction start).
    pub struct TimestamptzDefaultNow {
        code: "P003",
        name: "timestamptz-default-now",
        area: Pattern,
        severity: Praise,
        section: BestPracticeAlignment,
        concepts: ["P3"],
        dialects: [],
        fix: None,
        summary: "timestamptz with a database-side default",
    }
}

impl Rule for TimestamptzDefaultNow {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            let found = table.columns.iter().find(|c| {
                let default = c.default.as_deref().unwrap_or("").to_ascii_lowercase();
                // `timezone('utc', now())` is a timestamp without time zone
                // (UTC wall-clock time) that the column reads back in the
                // session's time zone: wrong unless the session runs in UTC.
                // `DEFAULT 'now()'` is a string, read once when the table is created:
                // every row would get that moment, which is nothing to praise.
                let shifted = default.contains("timezone(") || default.contains(" at time zone") || default.trim_start().starts_with('\'');
                c.kind == TypeKind::TimestampTz && !shifted && (default.contains("now()") || default.contains("current_timestamp"))
            });
            if let Some(column) = found {
                out.report(column.span, format!("`{}.{}` is timestamptz filled by the database", table.name, column.name));
            }
        }
    }
}
