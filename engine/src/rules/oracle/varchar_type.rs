use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags columns declared `VARCHAR` in Oracle.
    ///
    /// ## Why it matters
    /// In Oracle `VARCHAR` is today a synonym of `VARCHAR2`, but Oracle
    /// reserves it for a possible future meaning in which the empty string
    /// and `NULL` differ. Schemas that say `VARCHAR2` say what they get,
    /// and reviewers do not have to wonder whether the author expected
    /// ANSI behaviour.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE customers (id NUMBER(19) PRIMARY KEY, email VARCHAR(320) NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE customers (id NUMBER(19) PRIMARY KEY, email VARCHAR2(320 CHAR) NOT NULL);
    /// ```
    ///
    /// ## In production
    /// Oracle style guides and schema linters ask for `VARCHAR2` with
    /// explicit `CHAR` length semantics so multi-byte text fits.
    ///
    /// ## Alternatives
    /// `VARCHAR2(n CHAR)` for text; `CLOB` for unbounded text.
    pub struct VarcharType {
        code: "T405",
        name: "oracle-varchar-type",
        area: Schema,
        severity: Info,
        section: BestPracticeAlignment,
        concepts: ["T4", "S7"],
        dialects: [Oracle],
        fix: None,
        summary: "VARCHAR in Oracle: use VARCHAR2, whose meaning is fixed",
    }
}

impl Rule for VarcharType {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            for column in table.columns.iter().filter(|c| c.data_type == "VARCHAR" || c.data_type.starts_with("VARCHAR(")) {
                out.report(column.span, format!("`{}.{}` is {}: Oracle reserves VARCHAR for a future meaning", table.name, column.name, column.data_type))
                    .help("declare it VARCHAR2(n CHAR)");
            }
        }
    }
}
