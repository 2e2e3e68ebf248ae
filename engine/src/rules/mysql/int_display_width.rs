use crate::model::integer_width;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes an integer column whose display width is narrower than the
    /// values the type holds, such as `INT(3)` for an age: the width reads
    /// as a limit it is not. The widths MySQL itself writes in dumps
    /// (`INT(11)`, `INT(10) UNSIGNED`, `BIGINT(20)`), `TINYINT(1)` (the
    /// boolean convention) and `ZEROFILL` columns are left alone.
    ///
    /// Pedantic: off unless enabled (`enabled = ["pedantic"]`, or the
    /// rule's name), as it is right but seldom worth the time in a schema
    /// already in use.
    ///
    /// ## Why it matters
    /// The number is not a size or a limit: `INT(3)` still stores values up
    /// to 2,147,483,647, so a value the author meant to keep below 1,000 is
    /// accepted. The width only affected zero-padded display and is
    /// deprecated since MySQL 8.0.17.
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
        pedantic: true,
        summary: "INT(11): a display width, not a size",
    }
}

impl Rule for IntDisplayWidth {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            for column in &table.columns {
                let Some(width) = column.length.filter(|_| column.kind.is_integer()) else { continue };
                let Some(holds) = integer_width(cx.dialect, &column.data_type) else { continue };
                if !reads_as_limit(width, holds.max(), &column.data_type) {
                    continue;
                }
                out.report(
                    column.span,
                    format!(
                        "`{}.{}` is `{}`: the {width} is a display width, not a limit; it holds up to {}",
                        table.name,
                        column.name,
                        column.data_type,
                        holds.max_text()
                    ),
                )
                .help("drop the width; use a CHECK constraint to bound the value");
            }
        }
    }
}

/// Whether a display width of `width` digits on a type that holds up to
/// `max` looks like a bound the author meant: narrower than the largest
/// value, and not the boolean convention `TINYINT(1)` nor a `ZEROFILL`
/// column, whose width does pad what is displayed.
fn reads_as_limit(width: u64, max: u128, type_text: &str) -> bool {
    let digits = max.checked_ilog10().map_or(1, |d| u64::from(d) + 1);
    let upper = type_text.to_ascii_uppercase();
    let boolean = width == 1 && upper.starts_with("TINYINT");
    width < digits && !boolean && !upper.contains("ZEROFILL")
}

#[cfg(test)]
mod tests {
    use super::reads_as_limit;

    #[test]
    fn dump_widths_and_booleans_are_not_limits() {
        // MySQL's own dump widths print every value of the type.
        assert!(!reads_as_limit(11, 2_147_483_647, "INT(11)"));
        assert!(!reads_as_limit(10, 4_294_967_295, "INT(10) UNSIGNED"));
        assert!(!reads_as_limit(20, 9_223_372_036_854_775_807, "BIGINT(20)"));
        assert!(!reads_as_limit(3, 127, "TINYINT(3)"));
        assert!(!reads_as_limit(1, 127, "TINYINT(1)"));
        assert!(!reads_as_limit(5, 2_147_483_647, "INT(5) ZEROFILL"));
        assert!(reads_as_limit(3, 2_147_483_647, "INT(3)"));
        assert!(reads_as_limit(2, 127, "TINYINT(2)"));
    }
}
