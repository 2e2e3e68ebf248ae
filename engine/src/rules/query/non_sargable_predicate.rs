use crate::finding::Severity;
use crate::model::PredicateKind;
use crate::perf::advice::create_index_sql;
use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags filters that cannot use a plain index on the column: the column
    /// wrapped in a function, cast or arithmetic (`lower(email) = …`,
    /// `created_at::date = …`), `LIKE` patterns that start with a wildcard,
    /// and `ILIKE`. It stays silent when a matching expression index exists.
    ///
    /// ## Why it matters
    /// A B-tree index is ordered by the column's value, not by `lower(value)`;
    /// the planner has to compute the expression for every row, which is a
    /// full scan. On a 10-million-row table that is seconds instead of a
    /// millisecond.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
    /// CREATE INDEX users_email_idx ON users (email);
    /// SELECT id FROM users WHERE lower(email) = lower($1);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
    /// CREATE INDEX users_email_lower_idx ON users (lower(email));
    /// SELECT id FROM users WHERE lower(email) = lower($1);
    /// ```
    ///
    /// ## In production
    /// Case-insensitive login lookups and "orders of today" reports written
    /// as `created_at::date = current_date` are the usual culprits behind a
    /// slow endpoint that was instant in development.
    ///
    /// ## Alternatives
    /// Rewrite the predicate as a range on the bare column
    /// (`created_at >= current_date AND created_at < current_date + 1`), index
    /// the expression, use `citext`, or for substring search a trigram GIN
    /// index (`pg_trgm`) or full-text search.
    pub struct NonSargablePredicate {
        code: "Q008",
        name: "non-sargable-predicate",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["Q6"],
        dialects: [],
        fix: Suggestion,
        summary: "A filter that cannot use an index on its column",
    }
}

impl Rule for NonSargablePredicate {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        if cx.dialect.is_analytical() {
            return;
        }
        for block in &cx.facts.blocks {
            for filter in &block.filters {
                let Some(column) = &filter.column else { continue };
                // A trigger's NEW/OLD row is one row, the catalog is small, and a
                // vector distance is served by an ANN index ordering by it, not by
                // an index on the expression.
                let source = cx.text.get(filter.span.start..filter.span.end).unwrap_or("");
                let qualifier = column.qualifier.as_deref().unwrap_or("");
                let catalog_read = block.relations.iter().any(|r| cx.reads_system_catalog(r));
                if matches!(qualifier, "new" | "old") || catalog_read || ["<->", "<#>", "<=>", "<+>"].iter().any(|op| source.contains(op)) {
                    continue;
                }
                let resolved = block.resolve(cx.catalog, column);
                let (what, index_expr) = match &filter.kind {
                    PredicateKind::Wrapped { column_expr } => ("wraps the column in an expression", column_expr.clone()),
                    PredicateKind::Like { leading_wildcard: true, .. } => ("starts with a wildcard", String::new()),
                    PredicateKind::Like { case_insensitive: true, .. } => ("is case-insensitive (`ILIKE`)", String::new()),
                    _ => continue,
                };
                let covered = resolved.is_some_and(|(t, _)| {
                    t.indexes.iter().any(|i| {
                        (!index_expr.is_empty() && i.keys.first().is_some_and(|k| k.expr == index_expr))
                            || (index_expr.is_empty() && matches!(i.method.as_str(), "gin" | "gist"))
                    })
                });
                if covered {
                    continue;
                }
                let indexed_column = resolved.is_some_and(|(t, c)| t.has_index_leading_with(&c.name));
                let table = resolved.map(|(t, _)| t.name.clone());
                let name = match &table {
                    Some(t) => format!("{t}.{}", column.column),
                    None => column.to_string(),
                };
                let finding = out.report(filter.span, format!("predicate on `{name}` {what}, so an index on the column cannot serve it"));
                if !indexed_column {
                    finding.severity(Severity::Info);
                }
                if let Some(t) = table {
                    if !index_expr.is_empty() && index_expr.contains('(') {
                        finding.fix("Index the expression", create_index_sql(cx.dialect, &t, &[&index_expr]));
                    } else if index_expr.is_empty() {
                        finding.help(format!(
                            "for substring search use a trigram index: CREATE INDEX CONCURRENTLY ON {t} USING gin ({} gin_trgm_ops);",
                            column.column
                        ));
                    } else {
                        finding.help("compare the bare column with a computed range instead");
                    }
                }
            }
        }
    }
}
