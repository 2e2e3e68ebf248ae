//! The `auto` dialect: which system a text is written for, read from the
//! syntax only one system uses (`NVARCHAR` and `TOP`, `VARCHAR2`,
//! `AUTO_INCREMENT` and backticks, `PRAGMA`, `::` casts…).

use super::Dialect;
use crate::input::Document;
use sqlparser::dialect::GenericDialect;
use sqlparser::tokenizer::{Token, Tokenizer};

/// The system a text was found to be written for, and the syntax that said so.
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    pub dialect: Dialect,
    /// The distinctive words found, e.g. `["TOP", "NVARCHAR"]`; empty when
    /// nothing pointed anywhere and the default was taken.
    pub clues: Vec<&'static str>,
}

/// Words that belong to one system (upper case).
const WORDS: &[(&str, Dialect)] = &[
    ("SERIAL", Dialect::Postgres),
    ("BIGSERIAL", Dialect::Postgres),
    ("TIMESTAMPTZ", Dialect::Postgres),
    ("JSONB", Dialect::Postgres),
    ("ILIKE", Dialect::Postgres),
    ("CONCURRENTLY", Dialect::Postgres),
    ("RETURNING", Dialect::Postgres),
    ("AUTO_INCREMENT", Dialect::Mysql),
    ("UNSIGNED", Dialect::Mysql),
    ("ENGINE", Dialect::Mysql),
    ("MEDIUMINT", Dialect::Mysql),
    ("TINYINT", Dialect::Mysql),
    ("NVARCHAR", Dialect::Mssql),
    ("TOP", Dialect::Mssql),
    ("NOLOCK", Dialect::Mssql),
    ("GETDATE", Dialect::Mssql),
    ("DATETIME2", Dialect::Mssql),
    ("IDENTITY", Dialect::Mssql),
    ("NOCOUNT", Dialect::Mssql),
    ("VARCHAR2", Dialect::Oracle),
    ("NVARCHAR2", Dialect::Oracle),
    ("NUMBER", Dialect::Oracle),
    ("ROWNUM", Dialect::Oracle),
    ("SYSDATE", Dialect::Oracle),
    ("SYSTIMESTAMP", Dialect::Oracle),
    ("NVL", Dialect::Oracle),
    ("DUAL", Dialect::Oracle),
    ("AUTOINCREMENT", Dialect::Sqlite),
    ("PRAGMA", Dialect::Sqlite),
    ("STRICT", Dialect::Sqlite),
    ("ROWID", Dialect::Sqlite),
    ("MERGETREE", Dialect::Clickhouse),
    ("REPLACINGMERGETREE", Dialect::Clickhouse),
    ("SUMMINGMERGETREE", Dialect::Clickhouse),
    ("AGGREGATINGMERGETREE", Dialect::Clickhouse),
    ("REPLICATEDMERGETREE", Dialect::Clickhouse),
    ("LOWCARDINALITY", Dialect::Clickhouse),
    ("NULLABLE", Dialect::Clickhouse),
    ("UINT64", Dialect::Clickhouse),
    ("UINT32", Dialect::Clickhouse),
    ("UINT8", Dialect::Clickhouse),
    ("DATETIME64", Dialect::Clickhouse),
    ("PREWHERE", Dialect::Clickhouse),
    ("DELTA", Dialect::Spark),
    ("ZORDER", Dialect::Spark),
    ("TEXTFILE", Dialect::Hive),
    ("ORC", Dialect::Hive),
    ("SEQUENCEFILE", Dialect::Hive),
    ("SERDE", Dialect::Hive),
    ("MSCK", Dialect::Hive),
    ("PARTITIONED", Dialect::Hive),
    ("TBLPROPERTIES", Dialect::Hive),
    ("DISTRIBUTE", Dialect::Hive),
    ("SAFE_CAST", Dialect::Bigquery),
    ("SAFE_DIVIDE", Dialect::Bigquery),
    ("BIGNUMERIC", Dialect::Bigquery),
    ("_TABLE_SUFFIX", Dialect::Bigquery),
    ("GENERATE_UUID", Dialect::Bigquery),
    ("FARM_FINGERPRINT", Dialect::Bigquery),
];

/// Signs a system's own client leaves in a script: a whole line (`GO`, `/`)
/// or the start of one (`DELIMITER`, `#`), or text anywhere (`/*!`).
fn client_signs(text: &str) -> Vec<(&'static str, Dialect)> {
    let mut found = Vec::new();
    if text.contains("/*!") {
        found.push(("/*! versioned comments", Dialect::Mysql));
    }
    for line in text.lines() {
        let trimmed = line.trim();
        let upper = trimmed.get(..trimmed.len().min(12)).unwrap_or("").to_ascii_uppercase();
        let sign = if upper == "GO" || upper.strip_prefix("GO ").is_some_and(|n| n.trim().bytes().all(|b| b.is_ascii_digit())) {
            Some(("GO batches", Dialect::Mssql))
        } else if upper.starts_with("DELIMITER ") {
            Some(("DELIMITER", Dialect::Mysql))
        } else if trimmed.starts_with("# ") || trimmed == "#" {
            Some(("# comments", Dialect::Mysql))
        } else if trimmed == "/" {
            Some(("/ lines", Dialect::Oracle))
        } else {
            None
        };
        if let Some(sign) = sign.filter(|s| !found.contains(s)) {
            found.push(sign);
        }
    }
    found
}

/// Drivers that application code imports, and the system each talks to.
const DRIVERS: &[(&str, &str, Dialect)] = &[
    ("github.com/go-sql-driver/mysql", "the go-sql-driver/mysql import", Dialect::Mysql),
    ("github.com/jackc/pgx", "the pgx import", Dialect::Postgres),
    ("github.com/lib/pq", "the lib/pq import", Dialect::Postgres),
    ("github.com/mattn/go-sqlite3", "the go-sqlite3 import", Dialect::Sqlite),
    ("github.com/microsoft/go-mssqldb", "the go-mssqldb import", Dialect::Mssql),
    ("github.com/denisenkom/go-mssqldb", "the go-mssqldb import", Dialect::Mssql),
    ("github.com/ClickHouse/clickhouse-go", "the clickhouse-go import", Dialect::Clickhouse),
    ("require(\"mysql", "the mysql package", Dialect::Mysql),
    ("require('mysql", "the mysql package", Dialect::Mysql),
    ("from \"mysql", "the mysql package", Dialect::Mysql),
    ("from 'mysql", "the mysql package", Dialect::Mysql),
    ("require(\"pg\")", "the pg package", Dialect::Postgres),
    ("require('pg')", "the pg package", Dialect::Postgres),
    ("from \"pg\"", "the pg package", Dialect::Postgres),
    ("from 'pg'", "the pg package", Dialect::Postgres),
    ("better-sqlite3", "the better-sqlite3 package", Dialect::Sqlite),
    ("import sqlite3", "the sqlite3 module", Dialect::Sqlite),
    ("sqlite3.connect(", "the sqlite3 module", Dialect::Sqlite),
    ("import psycopg", "the psycopg module", Dialect::Postgres),
    ("from psycopg", "the psycopg module", Dialect::Postgres),
    ("import asyncpg", "the asyncpg module", Dialect::Postgres),
    ("import pymysql", "the pymysql module", Dialect::Mysql),
    ("import MySQLdb", "the MySQLdb module", Dialect::Mysql),
    ("import mysql.connector", "the mysql.connector module", Dialect::Mysql),
    ("import cx_Oracle", "the cx_Oracle module", Dialect::Oracle),
    ("import oracledb", "the oracledb module", Dialect::Oracle),
    ("clickhouse_connect", "the clickhouse_connect module", Dialect::Clickhouse),
    ("jdbc:postgresql:", "a jdbc:postgresql URL", Dialect::Postgres),
    ("jdbc:mysql:", "a jdbc:mysql URL", Dialect::Mysql),
    ("jdbc:mariadb:", "a jdbc:mariadb URL", Dialect::Mysql),
    ("jdbc:sqlserver:", "a jdbc:sqlserver URL", Dialect::Mssql),
    ("jdbc:oracle:", "a jdbc:oracle URL", Dialect::Oracle),
    ("jdbc:sqlite:", "a jdbc:sqlite URL", Dialect::Sqlite),
    ("google.cloud import bigquery", "the google-cloud-bigquery module", Dialect::Bigquery),
    ("@google-cloud/bigquery", "the @google-cloud/bigquery package", Dialect::Bigquery),
    ("cloud.google.com/go/bigquery", "the cloud.google.com/go/bigquery import", Dialect::Bigquery),
];

/// The drivers the source documents import.
pub fn driver_signs(sources: &[&str]) -> Vec<(&'static str, Dialect)> {
    let mut found = Vec::new();
    for (needle, clue, dialect) in DRIVERS {
        if sources.iter().any(|s| s.contains(needle)) && !found.contains(&(*clue, *dialect)) {
            found.push((*clue, *dialect));
        }
    }
    found
}

/// File formats that, after `USING`, make a Spark table (`USING parquet`).
const SPARK_FORMATS: [&str; 6] = ["DELTA", "PARQUET", "ICEBERG", "CSV", "JSON", "AVRO"];

/// How much of a text is read: the first statements say which system it is.
const SAMPLE_BYTES: usize = 64 * 1024;

/// Detect the system of `texts` (a schema and its queries are read together).
pub fn detect(texts: &[&str]) -> Detection {
    detect_with(texts, Vec::new())
}

/// Detect the system of `texts`, starting from clues found elsewhere (the
/// drivers that code imports).
pub fn detect_with(texts: &[&str], found: Vec<(&'static str, Dialect)>) -> Detection {
    let mut clues: Vec<(&'static str, Dialect)> = found;
    let mut note = |clue: (&'static str, Dialect)| {
        if !clues.contains(&clue) {
            clues.push(clue);
        }
    };
    for text in texts {
        let mut end = text.len().min(SAMPLE_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        for sign in client_signs(&text[..end]) {
            note(sign);
        }
        // A broken tail (an unterminated string) still leaves the tokens before it.
        let mut tokens = Vec::new();
        let _ = Tokenizer::new(&GenericDialect {}, &text[..end]).tokenize_with_location_into_buf(&mut tokens);
        let (mut after_using, mut after_as) = (false, false);
        for token in &tokens {
            if matches!(token.token, Token::Whitespace(_)) {
                continue;
            }
            let follows_using = std::mem::replace(&mut after_using, matches!(&token.token, Token::Word(w) if w.value.eq_ignore_ascii_case("USING")));
            let follows_as = std::mem::replace(&mut after_as, matches!(&token.token, Token::Word(w) if w.value.eq_ignore_ascii_case("AS")));
            match &token.token {
                Token::Word(word) if follows_using && SPARK_FORMATS.iter().any(|f| word.value.eq_ignore_ascii_case(f)) => {
                    note(("USING <format>", Dialect::Spark))
                }
                // BigQuery quotes a whole `project-id.dataset.table` path at once; MySQL quotes each part.
                Token::Word(word) if word.quote_style == Some('`') && word.value.contains('.') => note(("`project.dataset.table` names", Dialect::Bigquery)),
                Token::Word(word) if word.quote_style == Some('`') => note(("`backticks`", Dialect::Mysql)),
                Token::Word(word) if word.quote_style == Some('[') => note(("[brackets]", Dialect::Mssql)),
                // `GENERATED … AS IDENTITY` is standard SQL (PostgreSQL, Oracle), not SQL Server's `IDENTITY(1,1)`.
                Token::Word(word) if follows_as && word.value.eq_ignore_ascii_case("IDENTITY") => {}
                Token::Word(word) if word.quote_style.is_none() => {
                    if let Some((clue, dialect)) = WORDS.iter().find(|(w, _)| word.value.eq_ignore_ascii_case(w)) {
                        note((clue, *dialect));
                    }
                }
                Token::DoubleColon => note(("::", Dialect::Postgres)),
                _ => {}
            }
        }
    }
    let has = |clues: &[(&str, Dialect)], d: Dialect| clues.iter().any(|(_, c)| *c == d);
    // Spark, Hive, ClickHouse and BigQuery quote with backticks too: with a sign of one of them, backticks say nothing.
    if [Dialect::Spark, Dialect::Hive, Dialect::Clickhouse, Dialect::Bigquery].into_iter().any(|d| has(&clues, d)) {
        clues.retain(|c| *c != ("`backticks`", Dialect::Mysql));
    }
    // Spark SQL reads Hive's DDL as well (`PARTITIONED BY`, `TBLPROPERTIES`), Hive not Spark's `USING iceberg`.
    if has(&clues, Dialect::Spark) {
        for clue in clues.iter_mut().filter(|(_, d)| *d == Dialect::Hive) {
            clue.1 = Dialect::Spark;
        }
    }
    // The system with the most distinct clues wins; ties go to the first listed.
    let best = Dialect::CONCRETE
        .into_iter()
        .map(|d| (d, clues.iter().filter(|(_, c)| *c == d).count()))
        .filter(|(_, n)| *n > 0)
        .fold(None, |best: Option<(Dialect, usize)>, (d, n)| if best.is_none_or(|(_, m)| n > m) { Some((d, n)) } else { best });
    match best {
        Some((dialect, _)) => Detection { dialect, clues: clues.iter().filter(|(_, d)| *d == dialect).map(|(c, _)| *c).collect() },
        None => Detection { dialect: Dialect::default(), clues: Vec::new() },
    }
}

/// The `auto` dialect: blocks that name their system decide first, then the syntax.
pub fn detect_documents(documents: &[Document], texts: &[&str], regions: &[&[(std::ops::Range<usize>, Dialect)]]) -> Detection {
    // Generic regions are placeholder-style SQL in code, not a declared system.
    let declared: Vec<Dialect> = regions.iter().copied().flatten().map(|(_, d)| *d).filter(|d| *d != Dialect::Generic).collect();
    let count = |d: Dialect| declared.iter().filter(|x| **x == d).count();
    // Ties go to the first system listed (PostgreSQL, the default).
    let most_declared = Dialect::CONCRETE.into_iter().fold(None, |best: Option<Dialect>, d| match best {
        Some(b) if count(b) >= count(d) => Some(b),
        _ if count(d) > 0 => Some(d),
        _ => best,
    });
    match most_declared {
        Some(dialect) => Detection { dialect, clues: vec![dialect.fence_name()] },
        None => {
            // Code files and lessons: the driver their code imports names the system.
            let code: Vec<&str> = documents
                .iter()
                .filter(|d| crate::read::code::Language::from_file_name(&d.name).is_some() || crate::read::markdown::is_markdown(&d.name))
                .map(|d| d.text.as_str())
                .collect();
            detect_with(texts, driver_signs(&code))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detected(text: &str) -> Dialect {
        detect(&[text]).dialect
    }

    #[test]
    fn each_system_is_recognised_by_its_own_syntax() {
        assert_eq!(detected("CREATE TABLE t (id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ);"), Dialect::Postgres);
        assert_eq!(detected("SELECT id::text FROM t WHERE name ILIKE 'a%';"), Dialect::Postgres);
        assert_eq!(detected("CREATE TABLE `t` (id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;"), Dialect::Mysql);
        assert_eq!(detected("SELECT TOP 10 * FROM [dbo].[orders] WITH (NOLOCK);"), Dialect::Mssql);
        assert_eq!(detected("CREATE TABLE t (id NUMBER(19), name VARCHAR2(20 CHAR)); SELECT SYSDATE FROM dual;"), Dialect::Oracle);
        assert_eq!(detected("PRAGMA foreign_keys = ON; CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT) STRICT;"), Dialect::Sqlite);
        assert_eq!(detected("CREATE TABLE e (id UInt64, kind LowCardinality(String)) ENGINE = MergeTree ORDER BY id;"), Dialect::Clickhouse);
        assert_eq!(detected("CREATE TABLE e (id BIGINT, dt DATE) USING parquet PARTITIONED BY (dt);"), Dialect::Spark);
        assert_eq!(detected("CREATE TABLE v (id BIGINT) PARTITIONED BY (dt STRING) STORED AS ORC;"), Dialect::Hive);
        assert_eq!(detected("SELECT SAFE_CAST(x AS INT64) FROM `my-project.sales.orders`;"), Dialect::Bigquery);
        // Standard SQL's identity column (spring-petclinic's PostgreSQL schema) is no sign of SQL Server's IDENTITY(1,1).
        assert_ne!(detected("CREATE TABLE vets (id INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, first_name TEXT);"), Dialect::Mssql);
        assert_eq!(detected("CREATE TABLE vets (id INT IDENTITY(1,1) PRIMARY KEY, first_name NVARCHAR(30));"), Dialect::Mssql);
    }

    #[test]
    fn client_signs_and_drivers_name_the_system() {
        assert_eq!(detect(&["SELECT 1\nGO\n"]).clues, vec!["GO batches"]);
        assert_eq!(detected("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END //\nDELIMITER ;\n"), Dialect::Mysql);
        assert_eq!(detected("/*!40101 SET NAMES utf8 */;\n# a comment\nSELECT 1;"), Dialect::Mysql);
        assert_eq!(detected("BEGIN\n  NULL;\nEND;\n/\n"), Dialect::Oracle);
        let code = "import (\n  _ \"github.com/go-sql-driver/mysql\"\n)\n";
        assert_eq!(detect_with(&["SELECT id FROM t"], driver_signs(&[code])).clues, vec!["the go-sql-driver/mysql import"]);
    }

    #[test]
    fn plain_sql_takes_the_default_and_says_nothing_was_found() {
        let detection = detect(&["SELECT id, name FROM users WHERE id = 1;"]);
        assert_eq!(detection, Detection { dialect: Dialect::Postgres, clues: vec![] });
    }

    #[test]
    fn words_inside_strings_and_comments_are_not_clues() {
        assert_eq!(detect(&["-- TOP 10 NVARCHAR\nSELECT 'ROWNUM VARCHAR2' FROM t;"]).clues, Vec::<&str>::new());
    }

    #[test]
    fn the_clues_name_the_syntax_found() {
        let detection = detect(&["CREATE TABLE t (name NVARCHAR(10));", "SELECT TOP 5 name FROM t;"]);
        assert_eq!(detection.dialect, Dialect::Mssql);
        assert_eq!(detection.clues, vec!["NVARCHAR", "TOP"]);
    }

    #[test]
    fn iceberg_on_spark_is_spark_sql() {
        // Iceberg's Spark DDL page: Hive's words and backticks beside `USING iceberg`.
        let ddl = "CREATE TABLE prod.db.sample (id bigint, category string) USING iceberg PARTITIONED BY (category) TBLPROPERTIES ('k'='v');";
        assert_eq!(detected(ddl), Dialect::Spark);
        assert_eq!(detected("SELECT * FROM prod.db.t.`branch_audit-branch`;\nCREATE TABLE prod.db.orders (id BIGINT) USING iceberg;"), Dialect::Spark);
        assert_eq!(detected("CREATE TABLE t (id INT) PARTITIONED BY (dt STRING) STORED AS ORC TBLPROPERTIES ('a'='b');"), Dialect::Hive);
        assert_eq!(detected("SELECT `id` FROM `users`;"), Dialect::Mysql);
    }
}
