use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags SQLite column types whose name gives them numeric affinity
    /// although they are meant for text: `STRING`, and names that merely
    /// contain `INT` (`POINT`, `INTERVAL`, `PRINT_NAME`).
    ///
    /// ## Why it matters
    /// SQLite picks a column's affinity from its type name. `STRING` is not
    /// a SQLite type and falls through to NUMERIC, so `'007'` is stored as
    /// the number 7 and zip codes, phone numbers and ids lose their leading
    /// zeros. Any name containing `INT` gets INTEGER affinity.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE customers (id INTEGER PRIMARY KEY, zip STRING NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE customers (id INTEGER PRIMARY KEY, zip TEXT NOT NULL);
    /// ```
    ///
    /// ## In production
    /// The bug shows as "leading zeros vanish" in exported data, long after
    /// the rows were written.
    ///
    /// ## Alternatives
    /// `TEXT` for anything that is not arithmetic; `STRICT` tables, which
    /// reject unknown type names outright.
    pub struct NumericAffinity {
        code: "T503",
        name: "sqlite-numeric-affinity",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T5", "S7"],
        dialects: [Sqlite],
        fix: None,
        summary: "SQLite type name with surprising numeric affinity (STRING, …INT…)",
    }
}

/// SQLite's integer type names; any other name containing INT also gets INTEGER affinity.
const INTEGER_NAMES: [&str; 9] = ["INT", "INTEGER", "TINYINT", "SMALLINT", "MEDIUMINT", "BIGINT", "INT2", "INT8", "UNSIGNED BIG INT"];

impl Rule for NumericAffinity {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            for column in &table.columns {
                let name = column.data_type.split('(').next().unwrap_or("").trim().to_ascii_uppercase();
                let affinity = if name == "STRING" {
                    "NUMERIC"
                } else if name.contains("INT") && !INTEGER_NAMES.contains(&name.as_str()) && !name.split_whitespace().any(|w| INTEGER_NAMES.contains(&w)) {
                    "INTEGER"
                } else {
                    continue;
                };
                out.report(
                    column.span,
                    format!(
                        "`{}.{}` is {}: SQLite gives it {affinity} affinity, so values that look like numbers ('007') are stored as numbers",
                        table.name, column.name, column.data_type
                    ),
                )
                .help("declare text columns as TEXT");
            }
        }
    }
}
