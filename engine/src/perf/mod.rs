//! Performance analysis: the schema and the workload read together. Each
//! query gets its access paths and a plan sketch; the missing indexes become
//! consolidated advice; table size hints say how much each verdict weighs.

pub mod access;
pub mod advice;
mod index_match;
pub mod lookup;
pub mod scale;
mod shape;

pub use access::{AccessKind, SortNeed, TableAccess};
pub use advice::{drop_index_sql, index_sql, IndexAdvice, ServedQuery};
pub use scale::{Growth, TableSizes};
pub use shape::RepeatedShape;

use crate::input::Dialect;
use crate::model::{Catalog, StatementFacts};
use crate::source::TextSpan;
use serde::{Deserialize, Serialize};

/// How one query block reads its tables.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QueryPlan {
    pub statement: usize,
    pub span: TextSpan,
    /// The query's first words, for lists.
    pub label: String,
    pub accesses: Vec<TableAccess>,
    pub growth: Growth,
    /// `LIMIT n` (`n` when it is a parameter), for the plan sketch.
    pub limit: Option<String>,
    /// The query has an ORDER BY.
    pub ordered: bool,
}

/// An index no query of the workload uses.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UnusedIndex {
    pub table: String,
    pub index: String,
    pub span: TextSpan,
    /// How many queries of the workload read the table.
    pub queries: usize,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Performance {
    pub queries: Vec<QueryPlan>,
    pub advice: Vec<IndexAdvice>,
    pub unused: Vec<UnusedIndex>,
    pub repeated: Vec<RepeatedShape>,
    pub sizes: TableSizes,
    /// What the verdicts assume when sizes are not given.
    pub assumption: String,
}

/// What the analysis reads.
pub struct Workload<'a> {
    pub catalog: &'a Catalog,
    pub facts: &'a [StatementFacts],
    /// Each statement's span, in review order.
    pub spans: &'a [TextSpan],
    /// Each document's (SQL) text, by source number.
    pub texts: &'a [&'a str],
    pub dialect: Dialect,
    /// The author's sizes with the inferred lookup tables already added
    /// (`lookup::small_tables`, done once for the rules and this analysis).
    pub sizes: &'a TableSizes,
}

impl Workload<'_> {
    fn text(&self, span: TextSpan) -> &str {
        self.texts.get(span.source).and_then(|t| t.get(span.start..span.end)).unwrap_or_default()
    }

    fn label(&self, span: TextSpan) -> String {
        let mut label = String::with_capacity(80);
        for word in self.text(span).split_ascii_whitespace() {
            if label.len() + word.len() > 72 {
                label.push_str(" …");
                break;
            }
            if !label.is_empty() {
                label.push(' ');
            }
            label.push_str(word);
        }
        label
    }
}

pub fn analyse(work: &Workload) -> Performance {
    let sizes = work.sizes.clone();
    let mut perf = Performance { sizes: sizes.clone(), ..Performance::default() };
    if work.dialect.is_sql() {
        perf.repeated = shape::repeated_shapes(work);
    }
    if !work.dialect.is_sql() || work.dialect.is_analytical() || work.catalog.is_empty() {
        return perf;
    }
    let workload: Vec<bool> = work.facts.iter().enumerate().map(|(i, facts)| is_workload_query(work, i, facts)).collect();
    let mut wishes = Vec::new();
    // Per table: which indexes some query used, and how many queries read it.
    let mut used: std::collections::HashMap<&str, (Vec<String>, usize)> = std::collections::HashMap::new();
    for (statement, facts) in work.facts.iter().enumerate() {
        for block in &facts.blocks {
            let needs: Vec<_> = (0..block.relations.len()).filter_map(|r| access::needs_of(block, work.catalog, r)).collect();
            if needs.is_empty() {
                continue;
            }
            // The conditions' text matters only against a partial index's predicate.
            let partial = needs.iter().any(|n| n.table.indexes.iter().any(|i| i.predicate.is_some()));
            let filter_texts: Vec<String> = if partial { block.filters.iter().map(|f| work.text(f.span).to_string()).collect() } else { Vec::new() };
            // A subquery is named for itself, so its access paths are not read as the statement's.
            let label = match block.top_level {
                true => work.label(work.spans.get(statement).copied().unwrap_or(block.span)),
                false => format!("(subquery) {}", work.label(block.span)),
            };
            let limited = block.limit.is_some();
            let usable = |n: &access::TableNeeds| n.needs.iter().any(|(need, _)| !matches!(need, access::Need::Unusable { .. }));
            let mut accesses = Vec::new();
            for (i, need) in needs.iter().enumerate() {
                let mut access = index_match::best_access(need, &filter_texts, limited && needs.len() == 1, false, work.dialect);
                let driving_elsewhere = needs.iter().enumerate().any(|(j, other)| j != i && usable(other));
                if access.kind == AccessKind::FullScan && needs.len() > 1 && !need.join_columns.is_empty() {
                    let joined = index_match::best_access(need, &filter_texts, false, true, work.dialect);
                    if joined.kind != AccessKind::FullScan {
                        access = joined;
                    }
                }
                // Rows reached once per outer row come out in the outer side's order.
                if access.per_joined_row && access.sort == SortNeed::ByIndex {
                    access.sort = SortNeed::Sort;
                }
                let served = ServedQuery { statement, span: block.span, label: label.clone() };
                if let Some(wish) = advice::candidate(need, &access, driving_elsewhere, limited, served, work.dialect) {
                    let enumerated = wish.keys.iter().all(|k| index_match::enumerated(work.catalog, need.table, k));
                    if !sizes.is_small(&need.table.name) && !enumerated {
                        wishes.push(wish);
                    }
                }
                // Only tables with an index the unused-index check judges need the bookkeeping.
                if need.table.indexes.iter().any(judged) {
                    let entry = used.entry(need.table.name.as_str()).or_default();
                    entry.0.extend(access.index.clone());
                    entry.0.extend(index_match::sorting_indexes(need, work.dialect));
                    // A view's, trigger's or routine's body is not the workload: the queries on it are.
                    entry.1 += usize::from(workload[statement]);
                }
                accesses.push(access);
            }
            let cross = needs.len() > 1 && block.column_pairs.is_empty() && accesses.iter().filter(|a| a.kind == AccessKind::FullScan).count() > 1;
            let growth = if cross { Growth::Product } else { accesses.iter().map(|a| a.growth).max().unwrap_or(Growth::Constant) };
            let limit = block.limit.map(|limit| match limit {
                crate::model::Bound::Literal(n) => n.to_string(),
                _ => "n".to_string(),
            });
            perf.queries.push(QueryPlan { statement, span: block.span, label, accesses, growth, limit, ordered: !block.order_by.is_empty() });
        }
    }
    perf.advice = advice::consolidate(wishes, work.dialect, &sizes, work.catalog);
    // A schema dump or an install script carries a few incidental queries,
    // not the application's: only a set of queries shows a workload.
    let shown = workload.iter().filter(|w| **w).count() >= MIN_WORKLOAD;
    for table in work.catalog.tables.iter().filter(|_| shown) {
        // Read only by view bodies: nothing shows which indexes the application needs.
        let Some((indexes_used, queries)) = used.get(table.name.as_str()).filter(|(_, queries)| *queries > 0) else { continue };
        for index in table.indexes.iter().filter(|i| judged(i)) {
            let label = access::index_label(index, table, work.dialect);
            let supports_foreign_key = table.foreign_keys.iter().any(|fk| fk.columns.first().map(String::as_str) == index.leading_column());
            // A twin of a used index (same keys) is the redundant-index rule's to report.
            let twin_used = table.indexes.iter().any(|other| {
                !std::ptr::eq(other, index)
                    && other.keys == index.keys
                    && other.method == index.method
                    && indexes_used.contains(&access::index_label(other, table, work.dialect))
            });
            if !indexes_used.contains(&label) && !supports_foreign_key && !twin_used {
                perf.unused.push(UnusedIndex { table: table.name.clone(), index: label, span: index.span, queries: *queries });
            }
        }
    }
    perf.assumption = assumption(&sizes);
    perf
}

/// What the verdicts assume about table sizes, given and inferred.
fn assumption(sizes: &TableSizes) -> String {
    let given: Vec<String> =
        sizes.rows.iter().filter(|(t, _)| !sizes.inferred.contains_key(*t)).map(|(t, r)| format!("{t} ≈ {}", scale::rows_text(*r))).collect();
    let mut text = if given.is_empty() {
        "No table sizes given: full scans are judged as if the tables grow large. Add `-- sqlreview: rows orders=50M, countries=200` to weigh them.".to_string()
    } else {
        format!("Table sizes given: {}; other tables are judged as if they grow large.", given.join(", "))
    };
    if !sizes.inferred.is_empty() {
        let small: Vec<String> = sizes.inferred.iter().map(|(t, basis)| format!("{t} ({})", basis.describe())).collect();
        text.push_str(&format!(" Inferred small lookup tables, judged as small: {}.", small.join(", ")));
    }
    text
}

/// How many queries the material must hold before it shows a workload.
const MIN_WORKLOAD: usize = 3;

/// A statement the application runs: a query or a write that reads rows,
/// standing on its own, not the body of a view, trigger or routine, and not
/// rows the script loads.
fn is_workload_query(work: &Workload, statement: usize, facts: &StatementFacts) -> bool {
    let Some(span) = work.spans.get(statement) else { return false };
    let first = work.text(*span).split(|c: char| !c.is_ascii_alphabetic()).find(|w| !w.is_empty()).unwrap_or_default();
    !facts.view && facts.load.is_none() && ["select", "with", "update", "delete"].iter().any(|k| first.eq_ignore_ascii_case(k))
}

/// Indexes the unused-index check judges: plain B-tree and hash indexes on
/// columns. The operator classes of GiST, SP-GiST, GIN and BRIN, and most
/// expressions, are not modelled.
fn judged(index: &crate::model::Index) -> bool {
    index.origin == crate::model::IndexOrigin::CreateIndex
        && !index.unique
        && matches!(index.method.as_str(), "btree" | "hash")
        && index.keys.iter().all(|k| k.column.is_some())
}

impl QueryPlan {
    /// An indented outline of the plan the planner would likely choose
    /// (built when shown, not on every review).
    pub fn sketch(&self) -> Vec<String> {
        let accesses = &self.accesses;
        let mut lines = Vec::new();
        let mut depth = 0;
        let mut line = |depth: usize, text: String| lines.push(format!("{}{}", "  ".repeat(depth), text));
        if let Some(n) = &self.limit {
            line(depth, format!("Limit ({n})"));
            depth += 1;
        }
        if accesses.iter().any(|a| a.sort == SortNeed::Sort) || (accesses.len() > 1 && self.ordered) {
            line(depth, if self.limit.is_some() { "Sort (top-N)".to_string() } else { "Sort".to_string() });
            depth += 1;
        }
        if accesses.len() > 1 {
            let nested = accesses.iter().skip(1).any(|a| a.per_joined_row);
            line(depth, if nested { "Nested Loop".to_string() } else { "Hash Join".to_string() });
            depth += 1;
        }
        for access in accesses {
            let what = match access.kind {
                AccessKind::FullScan => format!("Seq Scan on {}", access.table),
                AccessKind::IndexOnly => format!("Index Only Scan using {} on {}", access.index.as_deref().unwrap_or_default(), access.table),
                _ => format!("Index Scan using {} on {}", access.index.as_deref().unwrap_or_default(), access.table),
            };
            let mut detail = Vec::new();
            if !access.uses.is_empty() {
                detail.push(format!("index: {}", access.uses.join(", ")));
            }
            if !access.residual.is_empty() {
                detail.push(format!("filter: {}", access.residual.join(", ")));
            }
            if access.sort == SortNeed::ByIndex {
                detail.push("in index order".to_string());
            }
            let detail = if detail.is_empty() { String::new() } else { format!(" — {}", detail.join("; ")) };
            line(depth, format!("{what}{detail} [{}]", access.growth.notation()));
        }
        lines
    }
}
