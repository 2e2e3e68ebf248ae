use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{HiveIOFormat, Statement};

/// Row-oriented text and record formats (Hive `STORED AS`, Spark `USING`).
const ROW_FORMATS: [&str; 5] = ["TEXTFILE", "SEQUENCEFILE", "CSV", "JSON", "TEXT"];

crate::declare_rule! {
    /// ## What it does
    /// Flags a managed Hive or Spark table stored as text, CSV, JSON or
    /// SequenceFile. External tables over files that arrive in those
    /// formats stay silent: reading a landing zone as it is is their job.
    ///
    /// ## Why it matters
    /// Analytical queries read a few columns of many rows. A columnar
    /// format (ORC, Parquet, Delta) reads only those columns, compresses
    /// them well, and skips row groups by their min/max statistics. A text
    /// table is parsed in full, every column of every row, on every query,
    /// and its types are re-read from strings each time.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE page_views (user_id BIGINT, url STRING, viewed_at TIMESTAMP) PARTITIONED BY (dt STRING) STORED AS TEXTFILE;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE page_views (user_id BIGINT, url STRING, viewed_at TIMESTAMP) PARTITIONED BY (dt STRING) STORED AS ORC;
    /// ```
    ///
    /// ## In production
    /// The same data in ORC or Parquet is typically several times smaller,
    /// and queries that touch a few columns run an order of magnitude faster.
    ///
    /// ## Alternatives
    /// Keep raw files in an external table and load a curated columnar
    /// table from it; Delta or Iceberg on top of Parquet for updates and
    /// time travel.
    pub struct RowFormatStorage {
        code: "T704",
        name: "lakehouse-row-format-storage",
        area: Schema,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T11", "T12"],
        dialects: [Spark, Hive],
        fix: Suggestion,
        summary: "A managed analytic table stored as text, CSV or JSON",
    }
}

impl Rule for RowFormatStorage {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::CreateTable(create) = cx.stmt else { return };
        let Some(formats) = &create.hive_formats else { return };
        if create.external || formats.location.is_some() || create.location.is_some() {
            return;
        }
        let (format, columnar) = match &formats.storage {
            Some(HiveIOFormat::FileFormat { format }) => (format.to_string(), "ORC"),
            Some(HiveIOFormat::Using { format }) => (format.value.clone(), "delta"),
            _ => return,
        };
        if !ROW_FORMATS.iter().any(|f| format.eq_ignore_ascii_case(f)) {
            return;
        }
        let source = cx.source();
        let fixed = match source.to_ascii_lowercase().rfind(&format.to_ascii_lowercase()) {
            Some(at) => format!("{}{columnar}{}", &source[..at], &source[at + format.len()..]),
            None => source.to_string(),
        };
        out.report(cx.span, format!("`{}` is a managed table stored as {format}: every query parses every column of every row", create.name))
            .help(format!("store it as {columnar}; keep {format} only for external tables over raw files"))
            .fix(format!("Store `{}` as {columnar}", create.name), fixed);
    }
}
