//! Statements a review has nothing to say about: session settings, grants
//! of system privileges, maintenance commands, a dump's bookkeeping. When
//! the parser cannot read one, it is still known by its kind and passes
//! quietly: a principal engineer does not list `CLUSTER t USING i` or
//! `ALTER SEQUENCE s OWNED BY t.id` as statements left unreviewed.
//!
//! The kinds here are the ones `unread::classify` names; a statement is
//! only ever quiet after the checks for a real error found none.

/// Kinds that carry nothing any rule reviews, whatever follows the words.
const QUIET_KINDS: &[&str] = &[
    "ALTER DATABASE",
    "ALTER EXTENSION",
    "ALTER INDEX",
    "ALTER PUBLICATION",
    "ALTER SEQUENCE",
    "ALTER SESSION",
    "ALTER SYSTEM",
    "ALTER TRIGGER",
    "ALTER USER",
    "ALTER XML SCHEMA",
    "ANALYZE",
    "BULK INSERT",
    "CHECKPOINT",
    "CLUSTER",
    "CREATE DATABASE",
    "CREATE FULLTEXT CATALOG",
    "CREATE FULLTEXT INDEX",
    "CREATE PRIMARY XML INDEX",
    "CREATE PUBLICATION",
    "CREATE SEQUENCE",
    "CREATE SUBSCRIPTION",
    "CREATE SYNONYM",
    "CREATE USER",
    // SQLite's full-text index tables (`USING fts5(text, content = 'books')`): its name is still known.
    "CREATE VIRTUAL TABLE",
    "CREATE XML INDEX",
    "CREATE XML SCHEMA",
    "DEALLOCATE",
    "DROP PUBLICATION",
    "DROP SEQUENCE",
    "DROP SYNONYM",
    "DROP TRIGGER",
    "DROP USER",
    "EXECUTE",
    "FLUSH",
    "LOCK",
    "OPTIMIZE",
    "PREPARE",
    "REINDEX",
    "SYSTEM",
    "UNLOCK",
    "USE",
    "VACUUM",
    ALTER_TABLE_BOOKKEEPING,
    TABLE_MAINTENANCE,
    EXERCISE_BLANK,
    DATA_ROWS,
    QUERY_FRAGMENT,
    STRUCTURE_COPY,
    OBJECT_TYPE,
    SYSTEM_PRIVILEGES,
    SESSION_SETTING,
    PRAGMA_SETTING,
];

/// mysqldump's `ALTER TABLE t DISABLE KEYS` and `ROW_FORMAT=DYNAMIC`: how
/// the server stores or loads the table, nothing the review reads.
pub(super) const ALTER_TABLE_BOOKKEEPING: &str = "ALTER TABLE storage option";
/// `SELECT ... FROM <table_name>`, `???`: a placeholder shown in a manual
/// or left in an exercise, with nothing written yet to review.
pub(super) const EXERCISE_BLANK: &str = "exercise blank or syntax template";
/// A clause a lesson shows on its own to talk about it (`ORDER BY
/// embedding <=> '[3,1,2]' LIMIT 5;`).
pub(super) const QUERY_FRAGMENT: &str = "query fragment";
/// A dump's `INSERT` of rows too long to parse (instnwnd.sql's 51,460-token
/// `INSERT INTO "Orders"`): data, which no rule reviews row by row.
pub(crate) const DATA_ROWS: &str = "INSERT of rows beyond the token limit";
/// An Oracle object or collection type: no rule reviews types.
const OBJECT_TYPE: &str = "CREATE TYPE object";
/// A table made with another's columns and its own engine: what it holds
/// is reviewed where that table is created.
const STRUCTURE_COPY: &str = "CREATE TABLE AS another table";
/// Iceberg's `ALTER TABLE t WRITE ORDERED BY …`, `… CREATE BRANCH b`.
const TABLE_MAINTENANCE: &str = "ALTER TABLE maintenance";
/// `GRANT CREATE SESSION TO hr`: a system privilege or a role, no object's.
const SYSTEM_PRIVILEGES: &str = "GRANT of system privileges";
/// `SET search_path = …`, `SET @s = …`.
const SESSION_SETTING: &str = "session setting";
/// A PRAGMA no rule reads (`foreign_keys` is read: it stays listed).
const PRAGMA_SETTING: &str = "PRAGMA setting";

/// Whether a statement of `kind` passes without being listed.
pub fn is_quiet(kind: &str) -> bool {
    QUIET_KINDS.contains(&kind)
}

/// What body a statement of `kind` holds, if it is a routine's or a
/// block's (`CREATE PROCEDURE`, `CREATE TRIGGER`, `DO`, `BEGIN … END`):
/// the procedural code this reviewer does not read, told as one group.
pub fn routine_body(kind: &str) -> Option<&'static str> {
    let object = kind.strip_prefix("CREATE ").or_else(|| kind.strip_prefix("ALTER ")).unwrap_or(kind);
    Some(match object {
        "PROCEDURE" | "PROC" => "procedure",
        "FUNCTION" => "function",
        "TRIGGER" | "EVENT TRIGGER" => "trigger",
        "PACKAGE" | "PACKAGE BODY" | "TYPE BODY" => "package",
        "EVENT" => "event",
        "DO" | "BEGIN" | "DECLARE" | "IF" | "WHILE" if object == kind => "block",
        _ => return None,
    })
}

/// The quiet kind of the statement whose upper-cased words are `words`
/// (`None` for a token that is no word), when its first words alone do not
/// say it: `GRANT` is quiet only without `ON` (an object grant is reviewed),
/// `ALTER TABLE` only for a storage option, `PRAGMA` and `SET` unless a rule
/// reads the setting.
pub(super) fn refined_kind(words: &[Option<String>]) -> Option<&'static str> {
    let word = |i: usize| words.get(i).and_then(|w| w.as_deref());
    let has = |w: &str| words.iter().any(|x| x.as_deref() == Some(w));
    match word(0)? {
        "GRANT" | "REVOKE" if !has("ON") => Some(SYSTEM_PRIVILEGES),
        "PRAGMA" if !has("FOREIGN_KEYS") => Some(PRAGMA_SETTING),
        "SET" if !has("NOCOUNT") && !has("FOREIGN_KEY_CHECKS") => Some(SESSION_SETTING),
        "ALTER" if word(1) == Some("TABLE") => table_operation(&words[2..]),
        // Oracle's object and collection types (`CREATE TYPE t OID '…' AS OBJECT (…)`, `AS VARRAY(5) OF …`).
        "CREATE" if word(1) == Some("TYPE") && (has("OID") || has("OBJECT") || has("VARRAY")) => Some(OBJECT_TYPE),
        // ClickHouse's `CREATE TABLE stage ENGINE = Null AS events`: another table's columns, for a pipeline's stage.
        "CREATE"
            if word(1) == Some("TABLE") && !has("SELECT") && words.iter().rposition(|w| w.as_deref() == Some("AS")).is_some_and(|at| words.len() - at <= 4) =>
        {
            Some(STRUCTURE_COPY)
        }
        _ => None,
    }
}

/// After `ALTER TABLE` and its name, an operation on how the table is
/// stored or kept rather than on its columns and keys: MySQL's `DISABLE
/// KEYS`, `ROW_FORMAT = x` and `CONVERT TO CHARACTER SET utf8mb4` (to any
/// other character set it stays listed: the utf8 rule would have a word to
/// say); Iceberg's `WRITE ORDERED BY`, partition fields, branches, tags,
/// `EXECUTE` procedures and `UNSET TBLPROPERTIES`; Hive's `COMPACT` and
/// `SET PARTITION SPEC`; ClickHouse's `MATERIALIZE PROJECTION`.
fn table_operation(rest: &[Option<String>]) -> Option<&'static str> {
    const OPERATIONS: [&str; 15] =
        ["DISABLE", "ENABLE", "ROW_FORMAT", "CONVERT", "WRITE", "ADD", "DROP", "REPLACE", "CREATE", "EXECUTE", "COMPACT", "UNSET", "SET", "NOCHECK", "CHECK"];
    // The name may be split by the tokenizer (`db`.`t`): skip to the operation.
    let at = rest.iter().position(|w| w.as_deref().is_some_and(|w| OPERATIONS.contains(&w) || w == "MATERIALIZE"))?;
    let word = |i: usize| rest.get(i).and_then(|w| w.as_deref());
    let storage = match (word(at)?, word(at + 1)) {
        ("ROW_FORMAT", _) => rest.len() <= at + 3,
        ("CONVERT", _) => word(at + 4) == Some("UTF8MB4") && !rest[at + 5..].iter().any(|w| w.as_deref() == Some("ADD")),
        ("DISABLE" | "ENABLE", Some("KEYS")) => rest.len() == at + 2,
        // PostgreSQL's `ALTER COLUMN embedding SET STORAGE PLAIN` (pgvector), `SET COMPRESSION lz4`, `SET STATISTICS 1000`.
        ("SET", Some("STORAGE" | "COMPRESSION" | "STATISTICS")) => true,
        _ => false,
    };
    if storage {
        return Some(ALTER_TABLE_BOOKKEEPING);
    }
    let kept = match (word(at)?, word(at + 1)) {
        ("WRITE" | "EXECUTE" | "COMPACT" | "UNSET" | "MATERIALIZE", _) => true,
        ("ADD" | "DROP" | "REPLACE", Some("PARTITION")) => word(at + 2) == Some("FIELD"),
        ("CREATE" | "DROP" | "REPLACE", Some("BRANCH" | "TAG")) => true,
        ("CREATE" | "REPLACE", Some("OR")) => matches!(word(at + 3), Some("BRANCH" | "TAG")),
        ("SET" | "DROP", Some("IDENTIFIER")) => true,
        // SQL Server's `NOCHECK CONSTRAINT ALL` around a bulk load, and `CHECK CONSTRAINT ALL` after it.
        ("NOCHECK" | "CHECK", Some("CONSTRAINT")) => word(at + 2) == Some("ALL"),
        ("SET", Some("PARTITION")) => word(at + 2) == Some("SPEC"),
        // A nested field of a struct column (`ADD COLUMN point.z double`, `DROP COLUMN point.z`): the table's columns stay.
        ("ADD" | "DROP" | "ALTER" | "RENAME", Some("COLUMN")) => {
            word(at + 2).is_some() && word(at + 3).is_none() && word(at + 4).is_some() && rest.len() > at + 4
        }
        _ => false,
    };
    kept.then_some(TABLE_MAINTENANCE)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(sql: &str) -> Vec<Option<String>> {
        sql.split_whitespace().map(|w| w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_').then(|| w.to_ascii_uppercase())).collect()
    }

    #[test]
    fn refined_kinds_only_where_nothing_is_reviewed() {
        assert_eq!(refined_kind(&words("GRANT CREATE SESSION TO hr")), Some(SYSTEM_PRIVILEGES));
        assert_eq!(refined_kind(&words("GRANT ALL ON t TO public")), None);
        assert_eq!(refined_kind(&words("ALTER TABLE settings DISABLE KEYS")), Some(ALTER_TABLE_BOOKKEEPING));
        assert_eq!(refined_kind(&words("ALTER TABLE session ROW_FORMAT = DYNAMIC")), Some(ALTER_TABLE_BOOKKEEPING));
        assert_eq!(refined_kind(&words("ALTER TABLE t DISABLE KEYS , ADD x int")), None);
        let convert = "ALTER TABLE session CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
        assert_eq!(refined_kind(&words(convert)), Some(ALTER_TABLE_BOOKKEEPING));
        assert_eq!(refined_kind(&words("ALTER TABLE session CONVERT TO CHARACTER SET utf8")), None);
        assert_eq!(refined_kind(&words("PRAGMA foreign_keys = ON")), None);
        assert_eq!(refined_kind(&words("ALTER TABLE prod . db . sample WRITE ORDERED BY category , id")), Some(TABLE_MAINTENANCE));
        assert_eq!(refined_kind(&words("ALTER TABLE prod . db . sample ADD PARTITION FIELD bucket ( 16 , id )")), Some(TABLE_MAINTENANCE));
        assert_eq!(refined_kind(&words("ALTER TABLE test CREATE BRANCH branch1")), Some(TABLE_MAINTENANCE));
        assert_eq!(refined_kind(&words("ALTER TABLE orders ADD PARTITION ( dt = 1 )")), None);
        assert_eq!(refined_kind(&words("ALTER TABLE orders ADD COLUMN x int")), None);
        assert_eq!(refined_kind(&words("ALTER TABLE prod . db . sample ADD COLUMN point . z double")), Some(TABLE_MAINTENANCE));
        assert_eq!(refined_kind(&words("ALTER TABLE s ADD COLUMN price decimal ( 10 , 2 )")), None);
        assert_eq!(refined_kind(&words("create table Example1Null engine = Null as Example1")), Some(STRUCTURE_COPY));
        assert_eq!(refined_kind(&words("CREATE TABLE t ENGINE = Log AS SELECT a FROM b")), None);
        assert_eq!(refined_kind(&words("ALTER TABLE Categories NOCHECK CONSTRAINT ALL")), Some(TABLE_MAINTENANCE));
        assert_eq!(refined_kind(&words("ALTER TABLE Categories NOCHECK CONSTRAINT fk_a")), None);
        assert_eq!(refined_kind(&words("ALTER TABLE items ALTER COLUMN embedding SET STORAGE PLAIN")), Some(ALTER_TABLE_BOOKKEEPING));
        assert_eq!(refined_kind(&words("PRAGMA application_id = 1")), Some(PRAGMA_SETTING));
        assert!(is_quiet("CLUSTER") && !is_quiet("CREATE TABLE") && !is_quiet("CREATE TRIGGER"));
        assert_eq!(routine_body("CREATE PROCEDURE"), Some("procedure"));
        assert_eq!(routine_body("DO"), Some("block"));
        assert_eq!(routine_body("CREATE TYPE"), None);
        assert_eq!(routine_body("ALTER IF"), None);
    }
}
