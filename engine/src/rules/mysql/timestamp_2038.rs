use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags MySQL `TIMESTAMP` columns.
    ///
    /// ## Why it matters
    /// MySQL stores `TIMESTAMP` as 32-bit seconds since 1970: the latest
    /// value is 2038-01-19 03:14:07 UTC. Expiry dates, subscriptions and
    /// anything scheduled years ahead already fail to insert, and every
    /// table hits the limit in 2038.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE subscriptions (id BIGINT PRIMARY KEY, expires_at TIMESTAMP NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE subscriptions (id BIGINT PRIMARY KEY, expires_at DATETIME(6) NOT NULL);
    /// ```
    ///
    /// ## In production
    /// Systems storing 25-year certificates or long loans have already hit the
    /// 2038 limit; migrating a busy column later means a table rebuild.
    ///
    /// ## Alternatives
    /// `DATETIME` (range up to year 9999) holding UTC by convention, with the
    /// connection time zone set to UTC.
    pub struct Timestamp2038 {
        code: "T204",
        name: "mysql-timestamp-2038",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T2", "S7"],
        dialects: [Mysql],
        fix: None,
        summary: "MySQL TIMESTAMP ends in January 2038",
    }
}

impl Rule for Timestamp2038 {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            for column in &table.columns {
                if column.data_type.to_ascii_uppercase().starts_with("TIMESTAMP") {
                    out.report(column.span, format!("`{}.{}` is a MySQL TIMESTAMP: values after 2038-01-19 cannot be stored", table.name, column.name))
                        .help("use DATETIME (UTC by convention)");
                }
            }
        }
    }
}
