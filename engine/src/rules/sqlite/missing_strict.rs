use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{SqliteTableOption, Statement};

crate::declare_rule! {
    /// ## What it does
    /// Flags SQLite tables created without the `STRICT` option (SQLite
    /// 3.37+).
    ///
    /// ## Why it matters
    /// An ordinary SQLite table treats column types as hints ("type
    /// affinity"): an `INTEGER` column happily stores `'abc'`, and a typo'd
    /// type name is accepted. Bad data gets in silently and surfaces later
    /// in the application, or when the data moves to a stricter database.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE scores (id INTEGER PRIMARY KEY, points INTEGER NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE scores (id INTEGER PRIMARY KEY, points INTEGER NOT NULL) STRICT;
    /// ```
    ///
    /// ## In production
    /// Apps that start on SQLite and later move to PostgreSQL find the
    /// strings-in-integer-columns during the migration, row by row.
    ///
    /// ## Alternatives
    /// `CHECK (typeof(points) = 'integer')` on versions before 3.37.
    pub struct MissingStrict {
        code: "T501",
        name: "sqlite-missing-strict",
        area: Schema,
        severity: Info,
        section: BestPracticeAlignment,
        concepts: ["T5", "X2"],
        dialects: [Sqlite],
        fix: Suggestion,
        summary: "SQLite table without STRICT: any value fits any column",
    }
}

impl Rule for MissingStrict {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::CreateTable(create) = cx.stmt else { return };
        // A table filled by a query or copied from another gets its types from there.
        if create.query.is_some() || create.like.is_some() || create.columns.is_empty() {
            return;
        }
        if !create.sqlite_table_options.options.iter().any(|o| matches!(o, SqliteTableOption::Strict)) {
            let source = cx.source().trim_end().trim_end_matches(';').trim_end();
            out.report(cx.span_of(&create.name), format!("table `{}` is not STRICT: its column types are only hints", create.name))
                .help("add STRICT after the column list (SQLite 3.37+)")
                .fix("Make the table STRICT", format!("{source} STRICT;"));
        }
    }
}
