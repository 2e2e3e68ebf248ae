use crate::model::integer_width;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes integer columns with a display width, such as `INT(11)`.
    ///
    /// ## Why it matters
    /// The number is not a size or a limit: `INT(2)` still stores values up
    /// to 2,147,483,647. It only affected zero-padded display, is deprecated
    /// since MySQL 8.0.17, and misleads readers into thinking it constrains
    /// the value.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE users (id INT(11) NOT NULL PRIMARY KEY, age INT(3));
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE users (id BIGINT NOT NULL PRIMARY KEY, age SMALLINT CHECK (age BETWEEN 0 AND 150));
    /// ```
    ///
    /// ## In production
    /// `INT(11)` comes from old dumps and ORMs; schema diff tools on MySQL 8
    /// drop the width, producing noisy migrations until it is removed.
    ///
    /// ## Alternatives
    /// The plain type of the right size, with a `CHECK` constraint when the
    /// range really is bounded.
    pub struct IntDisplayWidth {
        code: "T203",
        name: "mysql-int-display-width",
        area: Schema,
        severity: Info,
        section: BestPracticeAlignment,
        concepts: ["T2", "S7"],
        dialects: [Mysql],
        fix: None,
        summary: "INT(11): a display width, not a size",
    }
}

impl Rule for IntDisplayWidth {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            for column in table.columns.iter().filter(|c| c.kind.is_integer() && c.length.is_some()) {
                let holds = integer_width(cx.dialect, &column.data_type).map(|w| format!(" (it holds up to {})", w.max_text())).unwrap_or_default();
                out.report(column.span, format!("`{}.{}` is {}: the number is a display width, not a limit{holds}", table.name, column.name, column.data_type))
                    .help("drop the width; use a CHECK constraint to bound the value");
            }
        }
    }
}
