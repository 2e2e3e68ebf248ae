use crate::input::Dialect;
use crate::model::{Catalog, Table};
use crate::rules::util::name_is;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes numeric columns whose domain is obviously bounded (`quantity`,
    /// `price`, `age`, `rating`, `percent`, `stock`) but that have no `CHECK`.
    /// A column under a foreign key is bounded by the rows it references
    /// (`books_ratings_link.rating` holds an id into `ratings`, not a
    /// rating), and is left alone, as is one named after another table,
    /// the way link tables name their columns without declaring the key.
    /// Hive and Spark tables, loaded from files whose pipeline validates
    /// them, are left alone: Hive cannot enforce a constraint on an external
    /// table, and Spark only on Delta tables.
    ///
    /// Pedantic: off unless enabled (`enabled = ["pedantic"]`, or the
    /// rule's name), as it is right but seldom worth the time in a schema
    /// already in use.
    ///
    /// ## Why it matters
    /// The database is the last line of input validation: a negative
    /// quantity or a rating of 11 that slips past one code path corrupts
    /// totals for everyone. A `CHECK` costs nothing at read time.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE order_items (id bigint PRIMARY KEY, quantity integer NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE order_items (id bigint PRIMARY KEY, quantity integer NOT NULL CHECK (quantity > 0));
    /// ```
    ///
    /// ## In production
    /// Negative stock and refunds larger than the payment are classic bugs
    /// that a one-line constraint would have rejected.
    ///
    /// ## Alternatives
    /// `CHECK` constraints, domains (`CREATE DOMAIN positive_int …`) reused
    /// across tables, and validation in the application as well.
    pub struct UncheckedBoundedValue {
        code: "X005",
        name: "unchecked-bounded-value",
        area: Security,
        severity: Info,
        section: BestPracticeAlignment,
        concepts: ["X2"],
        dialects: [],
        fix: Suggestion,
        pedantic: true,
        summary: "A bounded numeric value without a CHECK constraint",
    }
}

/// A column bounded by the rows of another table: under a foreign key, or
/// named after a table, as link tables name their columns (`rating` in
/// `books_ratings_link` holds an id of `ratings`).
fn references_a_table(catalog: &Catalog, table: &Table, column: &str) -> bool {
    table.foreign_keys.iter().any(|fk| fk.columns.iter().any(|c| c == column)) || catalog.table_named_by(column).is_some_and(|t| t.name != table.name)
}

impl Rule for UncheckedBoundedValue {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        // Hive cannot enforce a constraint on an external table (HIVE-18598)
        // and Spark only on Delta tables: the load pipeline validates there.
        if matches!(cx.dialect, Dialect::Hive | Dialect::Spark) {
            return;
        }
        for table in &cx.catalog.tables {
            for column in table.columns.iter().filter(|c| c.kind.is_integer() || c.kind == crate::model::TypeKind::Numeric) {
                let n = column.name.as_str();
                // ClickHouse's UInt* and MySQL's UNSIGNED cannot hold a negative value.
                let unsigned = column.data_type.contains("UInt") || column.data_type.to_ascii_uppercase().contains("UNSIGNED");
                if name_is(n, &["quantity", "qty", "price", "age", "rating", "stars", "percent", "percentage", "stock"])
                    && !table.checked_columns.iter().any(|c| c == n)
                    && !references_a_table(cx.catalog, table, n)
                    && !unsigned
                {
                    // ClickHouse names every constraint: ADD CONSTRAINT name CHECK (clickhouse.com ALTER CONSTRAINT).
                    let add = if cx.dialect == Dialect::Clickhouse { format!("ADD CONSTRAINT {n}_non_negative CHECK") } else { "ADD CHECK".to_string() };
                    let finding = out.report(column.span, format!("`{}.{n}` accepts any value; nothing rejects a negative or out-of-range one", table.name));
                    if cx.dialect == Dialect::Sqlite {
                        // SQLite's ALTER TABLE cannot add a constraint.
                        finding
                            .help("SQLite cannot add a CHECK to an existing table: declare it with the column, rebuilding the table if it already holds rows")
                            .fix("Declare the check with the column", format!("{n} {} CHECK ({n} >= 0)", column.data_type));
                    } else {
                        finding.fix("Constrain the value", format!("ALTER TABLE {} {add} ({n} >= 0);", crate::perf::advice::quoted(cx.dialect, &table.name)));
                    }
                }
            }
        }
    }
}
