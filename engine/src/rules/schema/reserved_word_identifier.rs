use crate::read::sql::reserved_words::is_reserved;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags tables and columns named with the system's reserved words:
    /// `order`, `group`, `table`, `select`… Each system has its own list:
    /// `user` is reserved in PostgreSQL, SQL Server and Oracle but is a
    /// plain name in MySQL and SQLite, and ClickHouse reserves no keyword.
    ///
    /// Pedantic: off unless enabled (`enabled = ["pedantic"]`, or the
    /// rule's name), as it is right but seldom worth the time in a schema
    /// already in use.
    ///
    /// ## Why it matters
    /// They must be quoted everywhere (`"user"`), in every query, tool and
    /// ORM mapping; forgetting once gives a confusing syntax error, or worse,
    /// `SELECT user` silently returns the current role's name in PostgreSQL.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE "order" (id bigint PRIMARY KEY, "group" text);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, customer_group text);
    /// ```
    ///
    /// ## In production
    /// Reserved names leak into every layer: BI tools, migrations and
    /// hand-written reports all need quoting and eventually someone forgets.
    ///
    /// ## Alternatives
    /// Plural table names (`users`, `orders`) and qualified column names
    /// (`sort_order`, `user_group`).
    pub struct ReservedWordIdentifier {
        code: "S023",
        name: "reserved-word-identifier",
        area: Schema,
        severity: Info,
        section: BestPracticeAlignment,
        concepts: ["S9"],
        dialects: [],
        fix: None,
        pedantic: true,
        summary: "A reserved word used as a table or column name",
    }
}

impl Rule for ReservedWordIdentifier {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            if is_reserved(cx.dialect, &table.name) {
                out.report(table.span, format!("table name `{}` is a reserved word and needs quoting everywhere", table.name)).help(
                    if table.name.ends_with('s') {
                        "rename it to a name that is not a keyword".to_string()
                    } else {
                        format!("rename it, e.g. `{}s`", table.name)
                    },
                );
            }
            for column in table.columns.iter().filter(|c| is_reserved(cx.dialect, &c.name)) {
                out.report(column.span, format!("column `{}.{}` is a reserved word and needs quoting everywhere", table.name, column.name))
                    .help("choose a descriptive name that is not a keyword");
            }
        }
    }
}
