//! Token rewrites for valid syntax that sqlparser does not take as written.
//! Each one moves or drops whole clauses but never changes a token's span,
//! so everything that is parsed still points at its own place in the text.

mod clickhouse;
mod mysql;
mod oracle;
mod parts;
mod postgres;
mod spark;
mod tsql;

pub(crate) use parts::parts;

use super::Dialect;
use sqlparser::tokenizer::{Token, TokenWithSpan};

/// Rewrite one statement's significant tokens for `dialect`.
pub(crate) fn for_dialect(dialect: Dialect, tokens: &mut Vec<TokenWithSpan>) {
    match dialect {
        Dialect::Sqlite => sqlite_pragma_switch(tokens),
        Dialect::Clickhouse => clickhouse::rewrite(tokens),
        Dialect::Mssql => tsql::rewrite(tokens),
        Dialect::Oracle => oracle::rewrite(tokens),
        Dialect::Mysql => mysql::rewrite(tokens),
        Dialect::Postgres => postgres::rewrite(tokens),
        Dialect::Spark | Dialect::Hive => {
            delta_maintenance(tokens);
            spark::rewrite(tokens);
            if let Some(columns_end) = create_table_columns_end(tokens) {
                reorder_clauses(tokens, columns_end, &HIVE_CLAUSES, dialect == Dialect::Spark);
            }
        }
        _ => {}
    }
}

fn is_word(token: &TokenWithSpan, keyword: &str) -> bool {
    matches!(&token.token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(keyword))
}

/// An unquoted word standing where `at` stands (a keyword or a type name
/// that a rewrite puts in).
fn word_at(text: &str, at: &TokenWithSpan) -> TokenWithSpan {
    TokenWithSpan::new(Token::make_word(text, None), at.span)
}

fn starts_with(tokens: &[TokenWithSpan], words: &[&str]) -> bool {
    tokens.len() >= words.len() && tokens.iter().zip(words).all(|(t, w)| is_word(t, w))
}

/// SQLite takes `PRAGMA name = ON` (and OFF, YES, NO, TRUE, FALSE); sqlparser
/// only takes numbers and strings there. Read the switch as the 1 or 0 it means.
fn sqlite_pragma_switch(tokens: &mut [TokenWithSpan]) {
    let [first, .., equals, value] = tokens else { return };
    if !is_word(first, "PRAGMA") || !matches!(equals.token, Token::Eq) {
        return;
    }
    let Token::Word(word) = &value.token else { return };
    let switch = match word.value.to_ascii_lowercase().as_str() {
        "on" | "yes" | "true" => "1",
        "off" | "no" | "false" => "0",
        _ => return,
    };
    value.token = Token::Number(switch.into(), false);
}

/// Delta Lake's `VACUUM t RETAIN 168 HOURS` and `DESCRIBE HISTORY t` read as
/// the `VACUUM t` and `DESCRIBE t` sqlparser knows; the review needs no more.
fn delta_maintenance(tokens: &mut Vec<TokenWithSpan>) {
    if starts_with(tokens, &["VACUUM"]) {
        if let Some(retain) = tokens.iter().position(|t| is_word(t, "RETAIN")) {
            tokens.truncate(retain);
        }
    } else if starts_with(tokens, &["DESCRIBE", "HISTORY"]) {
        tokens.remove(1);
    }
}

/// `CREATE TABLE name (…)`: the index of the `)` that closes the column list.
fn create_table_columns_end(tokens: &[TokenWithSpan]) -> Option<usize> {
    let create = if starts_with(tokens, &["CREATE", "OR", "REPLACE"]) { 3 } else { 1 };
    let rest = tokens.get(create..)?;
    let table = rest.iter().take(3).position(|t| is_word(t, "TABLE"))?;
    let open = create + table + rest[table..].iter().position(|t| matches!(t.token, Token::LParen))?;
    // `CREATE TABLE t AS SELECT (…)` has no column list.
    if tokens[create + table..open].iter().any(|t| is_word(t, "AS")) {
        return None;
    }
    closing_paren(tokens, open)
}

fn closing_paren(tokens: &[TokenWithSpan], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, token) in tokens.iter().enumerate().skip(open) {
        match token.token {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// A table clause: the words that start it and its rank in the order
/// sqlparser reads them (`None`: dropped, sqlparser has no place for it).
type ClauseKind = (&'static [&'static str], Option<u8>);

/// Hive and Spark `CREATE TABLE` clauses; Spark writes `USING delta`
/// before `PARTITIONED BY`, sqlparser wants the partitioning first.
const HIVE_CLAUSES: [ClauseKind; 12] = [
    (&["COMMENT"], Some(0)),
    // Hive's `STORED BY ICEBERG` (or a storage handler's class): no format sqlparser reads.
    (&["STORED", "BY"], None),
    (&["PARTITIONED", "BY"], Some(1)),
    (&["CLUSTERED", "BY"], Some(2)),
    (&["ROW", "FORMAT"], Some(3)),
    (&["STORED", "AS"], Some(3)),
    (&["LOCATION"], Some(3)),
    (&["USING"], Some(3)),
    (&["WITH", "SERDEPROPERTIES"], Some(3)),
    (&["TBLPROPERTIES"], Some(4)),
    (&["OPTIONS"], Some(5)),
    (&["AS"], Some(6)),
];

/// Put the clauses after the column list in the order sqlparser reads them.
/// `drop_comment`: a dialect where sqlparser takes no table `COMMENT`.
fn reorder_clauses(tokens: &mut Vec<TokenWithSpan>, columns_end: usize, kinds: &[ClauseKind], drop_comment: bool) {
    let mut clauses: Vec<(Option<u8>, std::ops::Range<usize>)> = Vec::new();
    let mut depth = 0usize;
    let mut i = columns_end + 1;
    while i < tokens.len() {
        match tokens[i].token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            _ if depth == 0 => {
                // `STORED AS` holds an AS that starts no clause.
                let after_stored = i > 0 && is_word(&tokens[i - 1], "STORED");
                let kind = kinds.iter().find(|(words, _)| starts_with(&tokens[i..], words) && !(after_stored && words[0] == "AS"));
                if let Some((words, rank)) = kind {
                    let rank = if drop_comment && words[0] == "COMMENT" { None } else { *rank };
                    if let Some(last) = clauses.last_mut() {
                        last.1.end = i;
                    }
                    clauses.push((rank, i..tokens.len()));
                    if words[0] == "AS" {
                        break; // `AS query` runs to the end
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    let Some(first) = clauses.first().map(|c| c.1.start) else { return };
    // Anything before the first clause we know is left where it was.
    let in_order = clauses.windows(2).all(|w| w[0].0.is_some() && w[1].0.is_some() && w[0].0 <= w[1].0);
    if in_order && clauses.iter().all(|c| c.0.is_some()) {
        return;
    }
    let mut ordered: Vec<&(Option<u8>, std::ops::Range<usize>)> = clauses.iter().filter(|c| c.0.is_some()).collect();
    ordered.sort_by_key(|c| c.0);
    let mut rebuilt: Vec<TokenWithSpan> = tokens[..first].to_vec();
    for (_, range) in ordered {
        rebuilt.extend_from_slice(&tokens[range.clone()]);
    }
    *tokens = rebuilt;
}

/// Where each entry of the column list opened at `open` starts: the index
/// of its first token.
fn entry_starts(tokens: &[TokenWithSpan], open: usize, columns_end: usize) -> Vec<usize> {
    let mut depth = 0usize;
    let mut starts = Vec::new();
    for (i, token) in tokens.iter().enumerate().take(columns_end).skip(open) {
        match token.token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 1 && matches!(token.token, Token::LParen | Token::Comma) && i + 1 < columns_end {
            starts.push(i + 1);
        }
    }
    starts
}

/// Where the column-list entry that holds `from` ends: its `,` or the list's `)`.
fn entry_end(tokens: &[TokenWithSpan], from: usize, columns_end: usize) -> usize {
    let mut depth = 0usize;
    for (i, token) in tokens.iter().enumerate().take(columns_end).skip(from) {
        match token.token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            Token::Comma if depth == 0 => return i,
            _ => {}
        }
    }
    columns_end
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::tokenizer::Tokenizer;

    pub(super) fn rewritten(dialect: Dialect, sql: &str) -> String {
        let tokens = Tokenizer::new(dialect.parser_dialect(), sql).tokenize_with_location().unwrap();
        let mut tokens: Vec<TokenWithSpan> = tokens.into_iter().filter(|t| !matches!(t.token, Token::Whitespace(_))).collect();
        for_dialect(dialect, &mut tokens);
        tokens.iter().map(|t| t.token.to_string()).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn spark_partitioning_moves_before_the_format() {
        let sql = "CREATE TABLE e (id BIGINT, dt DATE) USING delta PARTITIONED BY (dt) COMMENT 'x' TBLPROPERTIES ('a' = 'b')";
        assert_eq!(rewritten(Dialect::Spark, sql), "CREATE TABLE e ( id BIGINT , dt DATE ) PARTITIONED BY ( dt ) USING delta TBLPROPERTIES ( 'a' = 'b' )");
    }

    #[test]
    fn delta_maintenance_reads_as_plain_statements() {
        assert_eq!(rewritten(Dialect::Spark, "VACUUM events RETAIN 168 HOURS"), "VACUUM events");
        assert_eq!(rewritten(Dialect::Spark, "DESCRIBE HISTORY events"), "DESCRIBE events");
    }

    #[test]
    fn statements_already_in_order_are_left_alone() {
        let sql = "CREATE TABLE v (id BIGINT) PARTITIONED BY (dt STRING) STORED AS ORC";
        assert_eq!(rewritten(Dialect::Hive, sql), "CREATE TABLE v ( id BIGINT ) PARTITIONED BY ( dt STRING ) STORED AS ORC");
    }
}
