use crate::model::TypeKind;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes `char(n)` columns longer than three characters.
    ///
    /// ## Why it matters
    /// `char(n)` pads every value with spaces to `n`. Trailing spaces are then
    /// ignored in some comparisons and not in others (`LIKE`, concatenation,
    /// client code), and the padding wastes space. In PostgreSQL it is never
    /// faster than `text`.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE products (id bigint PRIMARY KEY, sku char(20) NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE products (id bigint PRIMARY KEY, sku text NOT NULL CHECK (length(sku) <= 20));
    /// ```
    ///
    /// ## In production
    /// Padding bugs appear when an application compares a fetched value with
    /// a literal and the trailing spaces make them differ.
    ///
    /// ## Alternatives
    /// `text` or `varchar(n)` with a `CHECK` on length; `char(2)`/`char(3)`
    /// for fixed-width codes (country, currency) is fine.
    pub struct CharPadding {
        code: "S017",
        name: "char-padding",
        area: Schema,
        severity: Info,
        section: BestPracticeAlignment,
        concepts: ["S7"],
        dialects: [],
        fix: None,
        summary: "char(n) pads values with spaces",
    }
}

impl Rule for CharPadding {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            for column in table.columns.iter().filter(|c| c.kind == TypeKind::Char && c.length.is_some_and(|n| n > 3)) {
                if column.length == Some(36) {
                    continue; // value-in-wrong-type reports UUIDs in char(36)
                }
                out.report(column.span, format!("`{}.{}` is {}: values are padded with spaces", table.name, column.name, column.data_type))
                    .help("use text or varchar with a CHECK on length");
            }
        }
    }
}
