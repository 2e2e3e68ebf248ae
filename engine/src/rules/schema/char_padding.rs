use crate::input::Dialect;
use crate::model::TypeKind;
use crate::rules::util::name_is;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes `char(n)` columns longer than three characters that hold
    /// values of varying length, on the systems that hand the padding back.
    ///
    /// A fixed-length value is what `char(n)` is for, and is left alone: a
    /// code, an id, a hash, a secret or token of fixed width, a date kept as
    /// `YYYY-MM-DD` in `char(10)`. MySQL and MariaDB strip the trailing
    /// spaces when a `CHAR` value is read (unless the deprecated
    /// `PAD_CHAR_TO_FULL_LENGTH` mode is on), and SQLite stores `CHAR(n)` as
    /// plain text without padding or a length limit, as ClickHouse does
    /// (`CHAR` is an alias of `String`): none of them hands padding back, so
    /// the rule is silent there. The help names the system's own type for
    /// varying text (`nvarchar(n)` on SQL Server, `VARCHAR2` on Oracle).
    ///
    /// Pedantic: off unless enabled (`enabled = ["pedantic"]`, or the
    /// rule's name), as it is right but seldom worth the time in a schema
    /// already in use.
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
        pedantic: true,
        summary: "char(n) pads values with spaces",
    }
}

/// Names of values that always have the same width: codes, ids, digests,
/// fixed-width secrets, dates in text.
const FIXED_WIDTH: &[&str] = &[
    "id", "code", "key", "hash", "digest", "checksum", "md5", "sha1", "sha256", "secret", "token", "otp", "pin", "salt", "nonce", "guid", "uuid", "iso",
    "date", "day", "month", "year", "currency", "country", "lang", "locale",
];

/// Systems that hand the padding back to the reader.
fn pads_on_read(dialect: Dialect) -> bool {
    // ClickHouse reads CHAR(n) as String, its length ignored.
    !matches!(dialect, Dialect::Mysql | Dialect::Sqlite | Dialect::Clickhouse)
}

/// The system's own type for text of varying length.
fn varying_type(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Mssql => "use nvarchar(n) (varchar(n) for single-byte text): it keeps the value as written",
        Dialect::Oracle => "use VARCHAR2(n CHAR): it keeps the value as written",
        Dialect::Spark | Dialect::Hive | Dialect::Bigquery => "use STRING (or VARCHAR(n) where the length matters)",
        _ => "use text or varchar with a CHECK on length",
    }
}

impl Rule for CharPadding {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        if !pads_on_read(cx.dialect) {
            return;
        }
        for table in &cx.catalog.tables {
            for column in table.columns.iter().filter(|c| c.kind == TypeKind::Char && c.length.is_some_and(|n| n > 3)) {
                let name = column.name.to_ascii_lowercase();
                // value-in-wrong-type reports UUIDs in char(36).
                if column.length == Some(36) || name_is(&name, FIXED_WIDTH) || name.ends_with("id") {
                    continue;
                }
                out.report(column.span, format!("`{}.{}` is {}: values are padded with spaces", table.name, column.name, column.data_type))
                    .help(varying_type(cx.dialect));
            }
        }
    }
}
