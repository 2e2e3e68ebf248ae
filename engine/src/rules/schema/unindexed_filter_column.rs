use crate::model::PredicateKind;
use crate::model::TypeKind;
use crate::rules::util::create_index_sql;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Reads the schema and the queries together: flags a column that the
    /// queries filter or join on (equality, range, `IN`) when no index on its
    /// table starts with that column. One finding per column, at its first use.
    ///
    /// ## Why it matters
    /// Without an index the lookup is a sequential scan: cost grows linearly
    /// with the table. At 10 million rows a 0.1 ms index probe becomes a
    /// multi-second scan, repeated on every call.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, customer_email text NOT NULL);
    /// SELECT id, status FROM orders WHERE customer_email = $1;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, customer_email text NOT NULL);
    /// CREATE INDEX CONCURRENTLY idx_orders_customer_email ON orders (customer_email);
    /// SELECT id, status FROM orders WHERE customer_email = $1;
    /// ```
    ///
    /// ## In production
    /// Missing indexes are the most common cause of a database CPU climbing
    /// with traffic; `pg_stat_user_tables.seq_scan` and slow-query logs point
    /// at them, but the schema and the queries together show them up front.
    ///
    /// ## Alternatives
    /// A composite index that starts with this column and continues with the
    /// sort or second filter column serves several queries at once; a
    /// partial index (`WHERE status = 'pending'`) when only a slice is queried.
    pub struct UnindexedFilterColumn {
        code: "S009",
        name: "unindexed-filter-column",
        area: Schema,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["S5"],
        dialects: [],
        fix: Suggestion,
        summary: "A column the queries filter or join on has no index",
    }
}

impl Rule for UnindexedFilterColumn {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        if cx.dialect.is_analytical() {
            return;
        }
        let mut seen: std::collections::HashSet<(&str, &str)> = std::collections::HashSet::new();
        for block in cx.facts.iter().flat_map(|f| f.blocks.iter()) {
            let filtered = block
                .filters
                .iter()
                .filter(|f| matches!(f.kind, PredicateKind::Equality | PredicateKind::Range | PredicateKind::InList))
                .filter_map(|f| f.column.clone().map(|c| (c, f.span)));
            // Tables an indexed equality already narrows (`WHERE user_id = $1 AND …`):
            // their other filters only sift the rows that index found.
            let narrowed: Vec<&str> = block
                .filters
                .iter()
                .filter(|f| f.kind == PredicateKind::Equality)
                .filter_map(|f| block.resolve(cx.catalog, f.column.as_ref()?))
                .filter(|(table, col)| table.has_index_leading_with(&col.name))
                .map(|(table, _)| table.name.as_str())
                .collect();
            let joined = block.column_pairs.iter().flat_map(|(a, b)| [a.clone(), b.clone()]).map(|c| (c, block.span));
            for (column, span) in filtered.chain(joined) {
                let Some((table, col)) = block.resolve(cx.catalog, &column) else { continue };
                if span != block.span && narrowed.contains(&table.name.as_str()) {
                    continue;
                }
                // Foreign-key columns are reported by unindexed-foreign-key.
                let foreign_key = table.foreign_keys.iter().any(|fk| fk.columns.first() == Some(&col.name));
                // Filters on the partition key prune partitions instead.
                let partition_key = table.partitioned_by.as_deref().is_some_and(|p| p.to_ascii_lowercase().contains(&col.name));
                if table.has_index_leading_with(&col.name) || col.kind == TypeKind::Boolean || foreign_key || partition_key {
                    continue;
                }
                if !seen.insert((table.name.as_str(), col.name.as_str())) {
                    continue;
                }
                out.report(span, format!("`{}.{}` is filtered or joined on but no index starts with it", table.name, col.name))
                    .note("each such lookup scans the whole table: cost grows linearly with its size")
                    .fix("Add an index", create_index_sql(cx.dialect, &table.name, &[&col.name]));
            }
        }
    }
}
