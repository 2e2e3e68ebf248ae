use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags Oracle `VARCHAR2(n)` columns declared without `CHAR`, whose
    /// length then counts bytes in the default configuration.
    ///
    /// Pedantic: off unless enabled (`enabled = ["pedantic"]`, or the
    /// rule's name), as it is right but seldom worth the time in a schema
    /// already in use.
    ///
    /// ## Why it matters
    /// With the default `NLS_LENGTH_SEMANTICS=BYTE`, `VARCHAR2(20)` holds
    /// 20 bytes. In an AL32UTF8 database an accented letter takes two bytes
    /// and a Chinese character three, so a 12-character name such as
    /// "Zoë Müller-Ørsted" can be rejected with ORA-12899 although the
    /// form promised 20 characters.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE customers (id NUMBER(19) PRIMARY KEY, full_name VARCHAR2(20) NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE customers (id NUMBER(19) PRIMARY KEY, full_name VARCHAR2(20 CHAR) NOT NULL);
    /// ```
    ///
    /// ## In production
    /// The failures arrive with the first international customers: inserts
    /// fail with "value too large for column" for names that fit on screen.
    ///
    /// ## Alternatives
    /// Set `NLS_LENGTH_SEMANTICS=CHAR` for the schema's sessions before
    /// running its DDL (explicit `CHAR` in each column is clearer).
    pub struct Varchar2ByteLength {
        code: "T404",
        name: "oracle-varchar2-byte-length",
        area: Schema,
        severity: Info,
        section: TechnicalAssessment,
        concepts: ["T4", "S7"],
        dialects: [Oracle],
        fix: None,
        pedantic: true,
        summary: "VARCHAR2(n) without CHAR counts bytes: multi-byte text overflows",
    }
}

impl Rule for Varchar2ByteLength {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            for column in &table.columns {
                let declared = column.data_type.to_ascii_uppercase();
                let Some(length) = declared.strip_prefix("VARCHAR2(").or_else(|| declared.strip_prefix("NVARCHAR2(")) else { continue };
                // NVARCHAR2 always counts characters; BYTE says the author chose bytes.
                if declared.starts_with('N') || length.contains("CHAR") || length.contains("BYTE") {
                    continue;
                }
                out.report(
                    column.span,
                    format!("`{}.{}` is {}: the length counts bytes, so multi-byte text overflows it", table.name, column.name, column.data_type),
                )
                .help(format!("declare it VARCHAR2({} CHAR)", length.trim_end_matches(')').trim()));
            }
        }
    }
}
