use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes a table whose primary key is also a foreign key to another
    /// table's primary key: a one-to-one split of one entity.
    ///
    /// ## Why it matters
    /// Every read of the whole entity pays a join, and every write touches
    /// two tables. Splits are sometimes right (a rarely read wide column, a
    /// separately secured part), but as a default they are over-normalisation.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
    /// CREATE TABLE user_profiles (user_id bigint PRIMARY KEY REFERENCES users (id), bio text);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, bio text);
    /// ```
    ///
    /// ## In production
    /// One-to-one tables are common in systems designed entity-by-entity from
    /// a class diagram; read paths then join five tables to show a profile.
    ///
    /// ## Alternatives
    /// Keep the columns on one table; split only for a measured reason (very
    /// wide rarely read data, different access control, different write rates).
    pub struct OneToOneSplit {
        code: "S005",
        name: "one-to-one-split",
        area: Schema,
        severity: Info,
        section: TechnicalAssessment,
        concepts: ["S3"],
        dialects: [],
        fix: None,
        summary: "A one-to-one table split (over-normalisation)",
    }
}

impl Rule for OneToOneSplit {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            if table.primary_key.is_empty() {
                continue;
            }
            for fk in table.foreign_keys.iter().filter(|fk| fk.columns == table.primary_key && fk.references != table.name) {
                let target_pk = cx.catalog.table(&fk.references).map(|t| t.primary_key.clone()).unwrap_or_default();
                if target_pk.len() == fk.columns.len() {
                    out.report(fk.span, format!("`{}` shares its primary key with `{}`: a one-to-one split", table.name, fk.references))
                        .help("merge the columns into one table unless there is a measured reason to split");
                }
            }
        }
    }
}
