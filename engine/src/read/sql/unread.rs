//! What a statement the parser could not read most likely is. The parser
//! reads less than any real system accepts (PL/SQL bodies, `CREATE RULE`,
//! storage clauses…), so a failure alone proves nothing about the input.
//! Only positive evidence that the system itself would reject the text makes
//! a syntax error: an unknown first word, unbalanced parentheses, a bare
//! `OUTER JOIN`, a comma right before `FROM`. Everything else is a statement
//! this reviewer did not read, named by its kind.

use super::quiet;
use super::statement_words::STATEMENT_STARTS;
use super::Dialect;
use sqlparser::tokenizer::{Token, Tokenizer};

/// The reading of a statement that failed to parse.
pub enum Unparsed {
    /// The system would reject it too; the message says why, in plain words.
    Rejected(String),
    /// Probably valid, beyond this reviewer's reader: its kind (`CREATE TRIGGER`).
    Unread(String),
}

/// Whether `word` (any case) can start a statement in some system.
pub fn starts_statement(word: &str) -> bool {
    STATEMENT_STARTS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `text` starts with a clause of a query rather than a statement
/// (`ORDER BY …`, `WHERE …`, `JOIN …`): a fragment shown to discuss it.
pub fn is_clause_fragment(text: &str) -> bool {
    const CLAUSES: [&str; 15] = ["ORDER", "WHERE", "GROUP", "HAVING", "LIMIT", "OFFSET", "JOIN", "LEFT", "RIGHT", "INNER", "ON", "AND", "OR", "WINDOW", "WHEN"];
    let first = text.trim_start().split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    CLAUSES.iter().any(|c| c.eq_ignore_ascii_case(first))
}

/// Decide what the failed statement `text` is, read as `dialect`.
pub fn classify(text: &str, dialect: Dialect) -> Unparsed {
    // MySQL runs what a versioned comment holds (`/*!40000 ALTER TABLE … */`).
    let text = match text.trim_start().strip_prefix("/*!").or_else(|| text.trim_start().strip_prefix("*!")) {
        Some(rest) if dialect == Dialect::Mysql => rest.trim_start_matches(|c: char| c.is_ascii_digit()).trim_end().trim_end_matches("*/"),
        _ => text,
    };
    let tokens: Vec<Token> = match Tokenizer::new(dialect.parser_dialect(), text).tokenize() {
        Ok(tokens) => tokens.into_iter().filter(|t| !matches!(t, Token::Whitespace(_))).collect(),
        Err(_) => return Unparsed::Unread(kind_of(&[])),
    };
    let word = |t: &Token| match t {
        Token::Word(w) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
        _ => None,
    };
    if is_exercise_blank(&tokens) {
        return Unparsed::Unread(quiet::EXERCISE_BLANK.into());
    }
    match tokens.first() {
        Some(first @ Token::Word(w)) if w.quote_style.is_none() => {
            let upper = word(first).unwrap_or_default();
            let is_label = matches!(tokens.get(1), Some(Token::Colon));
            if !STATEMENT_STARTS.contains(&upper.as_str()) && !is_label && upper.len() > 1 {
                let hint = nearest_statement_word(&upper).map(|w| format!(" (did you mean `{w}`?)")).unwrap_or_default();
                return Unparsed::Rejected(format!("`{}` does not start a {} statement{hint}", w.value, dialect.system()));
            }
        }
        _ => {}
    }
    let mut depth: i64 = 0;
    for token in &tokens {
        match token {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth < 0 {
                    return Unparsed::Rejected("a `)` closes a parenthesis that was never opened".into());
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        return Unparsed::Rejected(format!("{depth} `(` never closed before the end of the statement"));
    }
    let words: Vec<Option<String>> = tokens.iter().map(word).collect();
    for (i, pair) in words.windows(2).enumerate() {
        if pair[0].as_deref() == Some("OUTER") && pair[1].as_deref() == Some("JOIN") {
            let side = i.checked_sub(1).and_then(|j| words[j].as_deref());
            if !matches!(side, Some("LEFT" | "RIGHT" | "FULL")) && !matches!(dialect, Dialect::Spark | Dialect::Hive) {
                return Unparsed::Rejected("`OUTER JOIN` needs `LEFT`, `RIGHT` or `FULL` before it".into());
            }
        }
    }
    let trailing_comma_allowed = matches!(dialect, Dialect::Clickhouse | Dialect::Spark | Dialect::Hive | Dialect::Generic);
    if !trailing_comma_allowed && tokens.windows(2).any(|p| p[0] == Token::Comma && word(&p[1]).as_deref() == Some("FROM")) {
        return Unparsed::Rejected("a comma right before `FROM`: the last selected column takes no comma".into());
    }
    if let Some((a, b)) = two_word_alias(&tokens, dialect) {
        let quoted = match dialect {
            Dialect::Mssql => format!("[{a} {b}]"),
            Dialect::Mysql | Dialect::Clickhouse | Dialect::Spark | Dialect::Hive | Dialect::Bigquery => format!("`{a} {b}`"),
            _ => format!("\"{a} {b}\""),
        };
        return Unparsed::Rejected(format!("`AS {a} {b}`: an alias of two words needs quoting (`{quoted}`), or one word ({a}{b})"));
    }
    if let Some(last) = dangling_operand(&tokens) {
        return Unparsed::Rejected(format!("the statement ends at `{last}`, which needs something after it"));
    }
    Unparsed::Unread(quiet::refined_kind(&words).map_or_else(|| kind_of(&words), String::from))
}

/// `ts.QuantityIssued AS Annual Usage,`: two plain words after `AS`, then
/// the next column or `FROM`. No system reads a bare alias of two words.
fn two_word_alias(tokens: &[Token], dialect: Dialect) -> Option<(String, String)> {
    let plain = |t: &Token| match t {
        Token::Word(w) if w.quote_style.is_none() && !starts_statement(&w.value) && !super::reserved_words::is_reserved(dialect, &w.value) => {
            Some(w.value.clone())
        }
        _ => None,
    };
    tokens.windows(4).find_map(|w| {
        let ends = w[3] == Token::Comma || matches!(&w[3], Token::Word(f) if f.quote_style.is_none() && f.value.eq_ignore_ascii_case("FROM"));
        let is_as = matches!(&w[0], Token::Word(a) if a.quote_style.is_none() && a.value.eq_ignore_ascii_case("AS"));
        (is_as && ends).then(|| plain(&w[1]).zip(plain(&w[2]))).flatten()
    })
}

/// `WHERE`, `AND`, `=` or a comma as the last token: a clause left without its
/// operand, which no system accepts.
fn dangling_operand(tokens: &[Token]) -> Option<String> {
    let last = tokens.iter().rev().find(|t| !matches!(t, Token::SemiColon | Token::EOF))?;
    match last {
        Token::Word(w) if w.quote_style.is_none() => {
            let upper = w.value.to_ascii_uppercase();
            // Each needs an operand or a name after it in every system reviewed.
            // (`TABLE` and `INDEX` can end one: Oracle's `ORGANIZATION INDEX`.)
            const NEEDS_MORE: [&str; 10] = ["WHERE", "AND", "OR", "HAVING", "FROM", "JOIN", "INTO", "VALUES", "BY", "RENAME"];
            NEEDS_MORE.contains(&upper.as_str()).then(|| w.value.clone())
        }
        Token::Eq | Token::Comma => Some(last.to_string()),
        _ => None,
    }
}

/// The tables and views an unread `CREATE` statement makes (unqualified,
/// lower case, as the catalog names them), so that the review still knows
/// they exist: one, or each element of PostgreSQL's `CREATE SCHEMA s CREATE
/// TABLE a (…) CREATE VIEW b …`.
pub fn created_relations(text: &str, dialect: Dialect) -> Vec<String> {
    let Ok(tokens) = Tokenizer::new(dialect.parser_dialect(), text).tokenize() else { return Vec::new() };
    let tokens: Vec<Token> = tokens.into_iter().filter(|t| !matches!(t, Token::Whitespace(_))).collect();
    if !tokens.first().is_some_and(|t| is_word(t, "CREATE")) {
        return Vec::new();
    }
    if !tokens.get(1).is_some_and(|t| is_word(t, "SCHEMA")) {
        return relation_created(&tokens).into_iter().collect();
    }
    let mut depth = 0usize;
    let mut names = Vec::new();
    for (at, token) in tokens.iter().enumerate().skip(1) {
        match token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            _ if depth == 0 && is_word(token, "CREATE") => names.extend(relation_created(&tokens[at..])),
            _ => {}
        }
    }
    names
}

fn is_word(t: &Token, keyword: &str) -> bool {
    matches!(t, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(keyword))
}

/// The table or view a `CREATE` (the first token) makes.
fn relation_created(tokens: &[Token]) -> Option<String> {
    // Only modifiers may stand between CREATE and the object (`OR REPLACE`, `TEMPORARY`, `EXTERNAL`…).
    let object = tokens.iter().take(8).position(|t| is_word(t, "TABLE") || is_word(t, "VIEW"))?;
    if tokens[1..object].iter().any(|t| is_word(t, "CREATE")) {
        return None;
    }
    let mut at = object + 1;
    if tokens.get(at).is_some_and(|t| is_word(t, "IF")) {
        at += 3; // IF NOT EXISTS
    }
    let mut name = None;
    while let Some(Token::Word(w)) = tokens.get(at) {
        name = Some(w.value.to_ascii_lowercase());
        if tokens.get(at + 1) != Some(&Token::Period) {
            break;
        }
        at += 2;
    }
    name
}

/// `CREATE TRIGGER`, `ALTER TABLE`, `DECLARE`: the words that name a statement's kind.
fn kind_of(words: &[Option<String>]) -> String {
    const SKIP: [&str; 10] = ["OR", "REPLACE", "ALTER", "TEMPORARY", "TEMP", "UNIQUE", "EDITIONABLE", "GLOBAL", "PROCEDURAL", "TRUSTED"];
    // Words that say which sort of object: `CREATE PRIMARY XML INDEX`, `CREATE MATERIALIZED VIEW`.
    const SORTS: [&str; 13] = [
        "MATERIALIZED",
        "EXTERNAL",
        "FULLTEXT",
        "XML",
        "CLUSTERED",
        "NONCLUSTERED",
        "EVENT",
        "FOREIGN",
        "TEXT",
        "PRIMARY",
        "SPATIAL",
        "COLUMNSTORE",
        "VIRTUAL",
    ];
    const OBJECTS: [&str; 14] =
        ["TABLE", "VIEW", "INDEX", "TRIGGER", "PROCEDURE", "PROC", "FUNCTION", "SEQUENCE", "TYPE", "SCHEMA", "CATALOG", "PACKAGE", "SYNONYM", "DOMAIN"];
    let Some(first) = words.first().and_then(|w| w.as_deref()) else { return "statement".into() };
    if !["CREATE", "ALTER", "DROP", "BULK"].contains(&first) {
        return first.to_string();
    }
    // MySQL's `CREATE DEFINER = `root`@`%` PROCEDURE`: the definer is no part of the kind.
    let definer = words.get(1).and_then(|w| w.as_deref()) == Some("DEFINER");
    let mut sorts = Vec::new();
    for word in words.iter().skip(1).take(12) {
        match word.as_deref() {
            Some(w) if OBJECTS.contains(&w) => {
                sorts.push(w);
                return format!("{first} {}", sorts.join(" "));
            }
            Some(w) if SORTS.contains(&w) => sorts.push(w),
            Some(w) if SKIP.contains(&w) => {}
            // The definer's name, however the tokenizer splits `user`@`host`.
            _ if definer && sorts.is_empty() => {}
            _ => break,
        }
    }
    let mut rest = words.iter().skip(1).map_while(|w| w.as_deref()).filter(|w| !SKIP.contains(w));
    match rest.next() {
        Some(object) if object.chars().all(|c| c.is_ascii_alphabetic()) => match rest.next() {
            Some(second) if SORTS.contains(&object) && second.chars().all(|c| c.is_ascii_alphabetic()) => format!("{first} {object} {second}"),
            _ => format!("{first} {object}"),
        },
        _ => first.to_string(),
    }
}

/// `???`, `...` or `<table_name>` where a name belongs: a lesson's exercise.
fn is_exercise_blank(tokens: &[Token]) -> bool {
    let dots = tokens.windows(3).any(|w| w.iter().all(|t| *t == Token::Period));
    let questions = tokens.windows(2).any(|w| w.iter().all(|t| matches!(t, Token::Question | Token::Placeholder(_))))
        && tokens.iter().filter(|t| matches!(t, Token::Question | Token::Placeholder(_))).count() >= 3;
    // `<viewName>`, `<table_name>`; not a type's parameter (`array<string>`, `map<string, int>`).
    let generic = |t: &Token| matches!(t, Token::Word(w) if ["ARRAY", "MAP", "STRUCT", "TUPLE", "NULLABLE"].iter().any(|k| w.value.eq_ignore_ascii_case(k)));
    let angle = tokens
        .windows(4)
        .any(|w| matches!((&w[1], &w[2], &w[3]), (Token::Lt, Token::Word(n), Token::Gt) if n.value.chars().any(|c| c.is_ascii_lowercase())) && !generic(&w[0]));
    // `DROP TABLE [IF EXISTS] table_name [PURGE]`: a manual's optional words.
    let optional = tokens.windows(3).any(|w| {
        matches!((&w[0], &w[1], &w[2]), (Token::LBracket, Token::Word(k), Token::RBracket | Token::Word(_)) if k.quote_style.is_none() && k.value.len() > 2 && k.value.chars().all(|c| c.is_ascii_uppercase()))
    });
    dots || questions || angle || optional
}

/// A statement word one or two edits away, for typos such as `SELEC`.
fn nearest_statement_word(word: &str) -> Option<&'static str> {
    STATEMENT_STARTS.iter().copied().filter(|w| w.len() > 2).map(|w| (edit_distance(word, w), w)).filter(|(d, _)| *d <= 2).min().map(|(_, w)| w)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_shown_alone_are_fragments() {
        assert!(is_clause_fragment("ORDER BY embedding <=> '[3,1,2]' LIMIT 5"));
        assert!(is_clause_fragment("  where a = 1"));
        assert!(!is_clause_fragment("SELECT 1"));
        assert!(!is_clause_fragment("ORDERS"));
    }

    #[test]
    fn an_unread_create_still_names_what_it_creates() {
        let names = |sql| created_relations(sql, Dialect::Clickhouse);
        assert_eq!(names("CREATE TABLE IF NOT EXISTS db.Events (a Int64 weird) ENGINE = Log"), ["events"]);
        assert_eq!(names("create or replace temporary view v as select 1 frobnicate"), ["v"]);
        assert!(names("CREATE INDEX i ON t (a)").is_empty());
        assert!(names("SELECT 1").is_empty());
        let schema = "CREATE SCHEMA Person CREATE TABLE Address (id int, note text DEFAULT (x)) CREATE VIEW vAddress AS SELECT id FROM Address";
        assert_eq!(created_relations(schema, Dialect::Postgres), ["address", "vaddress"]);
        assert!(names("CREATE PROCEDURE p AS BEGIN CREATE TABLE t (a int) END").is_empty());
    }

    fn rejected(sql: &str) -> bool {
        matches!(classify(sql, Dialect::Postgres), Unparsed::Rejected(_))
    }

    #[test]
    fn evidence_of_a_real_error() {
        assert!(rejected("SELEC id FROM users"));
        assert!(rejected("SELECT a FROM t OUTER JOIN u ON t.id = u.id"));
        assert!(rejected("SELECT a, b, FROM t"));
        assert!(rejected("SELECT (a FROM t"));
        assert!(rejected("SELECT name FROM users WHERE;"));
        assert!(rejected("UPDATE t SET a ="));
        assert!(!rejected("SET ANSI_NULLS ON"));
        assert!(rejected("DELETE FROM"));
        assert!(rejected("SELECT ts.QuantityIssued AS Annual Usage, ts.x FROM ts"));
        assert!(!rejected("CREATE VIEW v AS SELECT a, b FROM t frob"));
        assert!(!rejected("SELECT CAST(a AS double precision), b FROM t frob"));
        assert!(!rejected("CREATE TABLE c (id int PRIMARY KEY) ORGANIZATION INDEX"));
        assert!(!rejected("SHOW TABLES"));
    }

    #[test]
    fn valid_but_unread_statements_are_named() {
        let Unparsed::Unread(kind) = classify("CREATE OR REPLACE RULE r AS ON INSERT TO t DO INSTEAD NOTHING", Dialect::Postgres) else { panic!() };
        assert_eq!(kind, "CREATE RULE");
        let Unparsed::Unread(kind) = classify("CREATE MATERIALIZED VIEW v ENGINE = AggregatingMergeTree AS SELECT 1", Dialect::Postgres) else { panic!() };
        assert_eq!(kind, "CREATE MATERIALIZED VIEW");
        let kind = |sql| match classify(sql, Dialect::Mssql) {
            Unparsed::Unread(kind) => kind,
            Unparsed::Rejected(m) => m,
        };
        assert_eq!(kind("CREATE PRIMARY XML INDEX [PXML] ON [P].[P]([A]) frob"), "CREATE PRIMARY XML INDEX");
        assert_eq!(kind("CREATE UNIQUE CLUSTERED INDEX i ON t (a) frob"), "CREATE CLUSTERED INDEX");
        assert_eq!(kind("CREATE DEFINER=`root`@`localhost` PROCEDURE p() frob"), "CREATE PROCEDURE");
        let Unparsed::Unread(mysql) = classify("CREATE DEFINER=`root`@`localhost` TRIGGER t BEFORE INSERT ON x FOR EACH ROW frob", Dialect::Mysql) else {
            panic!()
        };
        assert_eq!(mysql, "CREATE TRIGGER");
        let Unparsed::Unread(versioned) = classify("*!40000 ALTER TABLE `settings` DISABLE KEYS */", Dialect::Mysql) else { panic!() };
        assert_eq!(versioned, "ALTER TABLE storage option");
        assert_eq!(kind("CREATE FOREIGN DATA WRAPPER w frob"), "CREATE FOREIGN DATA");
        assert!(matches!(classify("SELECT ??? FROM ???", Dialect::Postgres), Unparsed::Unread(k) if k.contains("exercise")));
        assert!(matches!(classify("SELECT column1, column2, ... FROM <table_name>", Dialect::Postgres), Unparsed::Unread(_)));
        assert!(matches!(classify("CREATE VIEW <viewName> AS SELECT * FROM <tableName>", Dialect::Spark), Unparsed::Unread(k) if k.contains("exercise")));
        assert!(matches!(classify("DROP TABLE [IF EXISTS] table_name [PURGE]", Dialect::Hive), Unparsed::Unread(k) if k.contains("exercise")));
        assert!(!matches!(classify("SELECT a[1] FROM t frob", Dialect::Postgres), Unparsed::Unread(k) if k.contains("exercise")));
        assert!(!matches!(classify("ALTER TABLE t ADD COLUMN p array<string> frob", Dialect::Spark), Unparsed::Unread(k) if k.contains("exercise")));
    }
}
