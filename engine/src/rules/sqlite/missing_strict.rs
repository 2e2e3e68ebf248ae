use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{CreateTable, DataType, Ident, ObjectName, SqliteTableOption, Statement};

crate::declare_rule! {
    /// ## What it does
    /// Flags SQLite tables created without the `STRICT` option (SQLite
    /// 3.37+).
    ///
    /// Pedantic: off unless enabled (`enabled = ["pedantic"]`, or the
    /// rule's name), as it is right but seldom worth the time in a schema
    /// already in use.
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
        pedantic: true,
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
            let fix = strict_fix(create, source);
            out.report(cx.span_of(&create.name), format!("table `{}` is not STRICT: its column types are only hints", create.name))
                .help("add STRICT after the column list (SQLite 3.37+); a STRICT table takes only INT, INTEGER, REAL, TEXT, BLOB and ANY")
                .fix("Make the table STRICT", fix);
        }
    }
}

/// The statement made STRICT: `source` with the option added (after a
/// comma when the table has options already: `WITHOUT ROWID, STRICT`), or
/// rewritten with STRICT types where a column's type is not one.
fn strict_fix(create: &CreateTable, source: &str) -> String {
    match strict_copy(create) {
        None if create.sqlite_table_options.options.is_empty() => format!("{source} STRICT;"),
        None => format!("{source}, STRICT;"),
        Some(copy) => format!("{copy};"),
    }
}

/// The types a STRICT table accepts (sqlite.org/stricttables.html).
const STRICT_TYPES: [&str; 6] = ["INT", "INTEGER", "REAL", "TEXT", "BLOB", "ANY"];

/// The STRICT type that keeps a declared type's meaning, by SQLite's
/// affinity rules (sqlite.org/datatype3.html, 3.1): `…INT…` is INTEGER,
/// `…CHAR…`/`CLOB`/`TEXT` TEXT (and `STRING`, meant as text though
/// SQLite gives it NUMERIC affinity), `BLOB` or no type BLOB/ANY, `REAL`/`FLOA`/`DOUB`
/// REAL; of the NUMERIC rest, flags are 0/1 INTEGER, dates ISO-8601 TEXT and
/// decimals ANY (stored as given).
fn strict_type(declared: &str) -> &'static str {
    let upper = declared.to_ascii_uppercase();
    let has = |part: &str| upper.contains(part);
    if has("INT") {
        "INTEGER"
    } else if has("CHAR") || has("CLOB") || has("TEXT") || has("STRING") {
        "TEXT"
    } else if has("BLOB") {
        "BLOB"
    } else if has("REAL") || has("FLOA") || has("DOUB") {
        "REAL"
    } else if has("BOOL") {
        "INTEGER"
    } else if has("DATE") || has("TIME") {
        "TEXT"
    } else {
        "ANY"
    }
}

/// The statement rewritten as a STRICT table with every column type one
/// STRICT accepts, or `None` when they all are already (the source then
/// only needs `STRICT` appended).
fn strict_copy(create: &CreateTable) -> Option<String> {
    let accepted = |t: &DataType| STRICT_TYPES.iter().any(|s| t.to_string().eq_ignore_ascii_case(s));
    if create.columns.iter().all(|c| accepted(&c.data_type)) {
        return None;
    }
    let mut copy = create.clone();
    for column in &mut copy.columns {
        if !accepted(&column.data_type) {
            let declared = if matches!(column.data_type, DataType::Unspecified) { String::new() } else { column.data_type.to_string() };
            let name = if declared.is_empty() { "ANY" } else { strict_type(&declared) };
            column.data_type = DataType::Custom(ObjectName::from(vec![Ident::new(name)]), vec![]);
        }
    }
    copy.sqlite_table_options.options.push(SqliteTableOption::Strict);
    Some(copy.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix_for(sql: &str) -> String {
        let statements = sqlparser::parser::Parser::parse_sql(&sqlparser::dialect::SQLiteDialect {}, sql).unwrap();
        let Statement::CreateTable(create) = &statements[0] else { panic!("not a CREATE TABLE") };
        strict_copy(create).unwrap_or_default()
    }

    #[test]
    fn the_strict_fix_uses_only_strict_types() {
        let fix =
            fix_for("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(255) NOT NULL, price DECIMAL(10,2), ok BOOLEAN, at DATETIME, w DOUBLE, raw, b BLOB, zip STRING)");
        assert_eq!(
            fix,
            "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price ANY, ok INTEGER, at TEXT, w REAL, raw ANY, b BLOB, zip TEXT) STRICT"
        );
        // SQLite itself takes the rewritten table.
        rusqlite::Connection::open_in_memory().unwrap().execute_batch(&fix).unwrap();
        assert_eq!(fix_for("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)"), "");
    }

    #[test]
    fn the_strict_fix_parses_beside_other_table_options() {
        for sql in
            ["CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT) WITHOUT ROWID", "CREATE TABLE t (id INTEGER PRIMARY KEY, name varchar(20)) WITHOUT ROWID"]
        {
            let statements = sqlparser::parser::Parser::parse_sql(&sqlparser::dialect::SQLiteDialect {}, sql).unwrap();
            let Statement::CreateTable(create) = &statements[0] else { panic!("not a CREATE TABLE") };
            let fix = strict_fix(create, sql);
            assert!(fix.contains("STRICT"), "{fix}");
            // SQLite itself takes the rewritten table.
            rusqlite::Connection::open_in_memory().unwrap().execute_batch(&fix).unwrap_or_else(|e| panic!("{fix}: {e}"));
        }
    }
}
