//! General rules speak each system's language: their advice names the
//! system's own types, and what is idiomatic in a system is not flagged.

use engine::{review_sql, Dialect, Options};

fn helps(dialect: Dialect, sql: &str, rule: &str) -> Vec<String> {
    let review = review_sql(sql, &Options { dialect, enabled: vec!["pedantic".into()], ..Options::default() });
    review.findings().filter(|f| f.rule == rule).map(|f| f.help.clone().unwrap_or_default()).collect()
}

#[test]
fn integer_flags_are_an_idiom_in_mysql_and_sqlite_but_not_in_sql_server() {
    let sql = "CREATE TABLE users (id INT PRIMARY KEY, is_active INT NOT NULL);";
    assert!(helps(Dialect::Mysql, sql, "value-in-wrong-type").is_empty());
    assert!(helps(Dialect::Sqlite, sql, "value-in-wrong-type").is_empty());
    assert_eq!(helps(Dialect::Mssql, sql, "value-in-wrong-type"), vec!["use BIT"]);
    assert_eq!(helps(Dialect::Postgres, sql, "value-in-wrong-type"), vec!["use boolean"]);
}

#[test]
fn sqlite_keeps_dates_in_text_other_systems_get_their_own_type() {
    let sql = "CREATE TABLE events (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL);";
    assert!(helps(Dialect::Sqlite, sql, "value-in-wrong-type").is_empty());
    assert_eq!(
        helps(Dialect::Oracle, "CREATE TABLE events (id NUMBER(19) PRIMARY KEY, created_at VARCHAR2(30 CHAR));", "value-in-wrong-type"),
        vec!["use TIMESTAMP WITH TIME ZONE"]
    );
    // A `*_date` is a calendar day: the system's date type, not an instant.
    assert_eq!(helps(Dialect::Oracle, "CREATE TABLE staff (id NUMBER(19) PRIMARY KEY, hire_date VARCHAR2(10));", "value-in-wrong-type"), vec!["use DATE"]);
    assert_eq!(helps(Dialect::Mssql, "CREATE TABLE staff (id INT PRIMARY KEY, hire_date VARCHAR(10));", "value-in-wrong-type"), vec!["use DATE"]);
}

#[test]
fn json_advice_names_the_systems_json_type() {
    let sql = "CREATE TABLE events (id BIGINT PRIMARY KEY, payload_json TEXT);";
    assert!(helps(Dialect::Mysql, sql, "json-in-text")[0].starts_with("use JSON:"));
    assert!(helps(Dialect::Sqlite, sql, "json-in-text")[0].contains("json_valid"));
    assert!(helps(Dialect::Hive, "CREATE TABLE events (id BIGINT, payload_json STRING) STORED AS ORC;", "json-in-text").is_empty());
}

#[test]
fn char_padding_names_the_systems_varying_type() {
    let sql = "CREATE TABLE suppliers (id INT PRIMARY KEY, company_name NCHAR(40) NOT NULL);";
    assert_eq!(helps(Dialect::Mssql, sql, "char-padding"), vec!["use nvarchar(n) (varchar(n) for single-byte text): it keeps the value as written"]);
    assert_eq!(
        helps(Dialect::Oracle, "CREATE TABLE books (id NUMBER(10) PRIMARY KEY, title CHAR(100));", "char-padding"),
        vec!["use VARCHAR2(n CHAR): it keeps the value as written"]
    );
    // MySQL strips the padding on read; ClickHouse reads CHAR as String.
    assert!(helps(Dialect::Mysql, sql, "char-padding").is_empty());
    assert!(helps(Dialect::Clickhouse, "CREATE TABLE v (site CHAR(40)) ENGINE = Memory;", "char-padding").is_empty());
}

#[test]
fn sqlite_fixes_do_not_alter_a_table_to_add_a_constraint() {
    let review = |sql: &str| review_sql(sql, &Options { dialect: Dialect::Sqlite, enabled: vec!["pedantic".into()], ..Options::default() });
    let fix = |review: &engine::Review, rule: &str| {
        review.findings().find(|f| f.rule == rule).and_then(|f| f.fix.as_ref()).map(|f| f.replacement.clone()).unwrap_or_default()
    };
    let users = review("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);");
    assert_eq!(fix(&users, "natural-key-not-unique"), "CREATE UNIQUE INDEX users_email_key ON users (email);");
    let items = review("CREATE TABLE order_items (id INTEGER PRIMARY KEY, quantity INTEGER NOT NULL);");
    assert_eq!(fix(&items, "unchecked-bounded-value"), "quantity INTEGER CHECK (quantity >= 0)");
}
