//! Spark SQL, Hive and Iceberg forms that sqlparser does not take as
//! written: partition transforms, `STORED AS` a script variable, `VALUES`
//! without parentheses and Hive's `FROM … INSERT … SELECT …`.

use super::parts::top_level;
use super::{closing_paren, entry_end, entry_starts, is_word, starts_with};
use sqlparser::tokenizer::{Span, Token, TokenWithSpan};

pub(super) fn rewrite(tokens: &mut Vec<TokenWithSpan>) {
    if starts_with(tokens, &["FROM"]) {
        from_first_insert(tokens);
    }
    if starts_with(tokens, &["ALTER", "TABLE"]) {
        add_columns(tokens);
        column_position(tokens);
    }
    partition_transforms(tokens);
    time_travel(tokens);
    format_variable(tokens);
    bare_values(tokens);
}

/// Iceberg's `PARTITIONED BY (bucket(16, id), days(ts), category)`: the
/// transforms are left out (the partitioning they make is not the column's
/// own, which the partition rules judge), the plain columns kept.
fn partition_transforms(tokens: &mut Vec<TokenWithSpan>) {
    let Some(by) = tokens.windows(2).position(|w| is_word(&w[0], "PARTITIONED") && is_word(&w[1], "BY")) else { return };
    let open = by + 2;
    if tokens.get(open).is_none_or(|t| t.token != Token::LParen) {
        return;
    }
    let Some(close) = closing_paren(tokens, open) else { return };
    let entries: Vec<std::ops::Range<usize>> = entry_starts(tokens, open, close).into_iter().map(|s| s..entry_end(tokens, s, close)).collect();
    let is_transform = |r: &std::ops::Range<usize>| tokens[r.clone()].iter().any(|t| t.token == Token::LParen);
    if !entries.iter().any(is_transform) {
        return;
    }
    let kept: Vec<&std::ops::Range<usize>> = entries.iter().filter(|r| !is_transform(r)).collect();
    let mut rebuilt: Vec<TokenWithSpan> = tokens[..by].to_vec();
    if !kept.is_empty() {
        rebuilt.extend_from_slice(&tokens[by..=open]);
        for (n, range) in kept.iter().enumerate() {
            if n > 0 {
                rebuilt.push(tokens[range.start - 1].clone()); // the comma before it
            }
            rebuilt.extend_from_slice(&tokens[(*range).clone()]);
        }
        rebuilt.push(tokens[close].clone());
    }
    rebuilt.extend_from_slice(&tokens[close + 1..]);
    *tokens = rebuilt;
}

/// `ALTER TABLE t ADD COLUMNS (a string, b int)`: each column added, read
/// as `ADD COLUMN a string, ADD COLUMN b int`.
fn add_columns(tokens: &mut Vec<TokenWithSpan>) {
    let Some(add) = tokens.windows(3).position(|w| is_word(&w[0], "ADD") && is_word(&w[1], "COLUMNS") && w[2].token == Token::LParen) else { return };
    let open = add + 2;
    let Some(close) = closing_paren(tokens, open).filter(|c| c + 1 == tokens.len()) else { return };
    let column = |at: &TokenWithSpan| TokenWithSpan::new(Token::make_keyword("COLUMN"), at.span);
    let mut rebuilt: Vec<TokenWithSpan> = tokens[..add].to_vec();
    for (n, start) in entry_starts(tokens, open, close).into_iter().enumerate() {
        let end = entry_end(tokens, start, close);
        if n == 0 {
            rebuilt.push(tokens[add].clone());
            rebuilt.push(column(&tokens[add + 1]));
        } else {
            let zero = |word: &str| TokenWithSpan::new(Token::make_keyword(word), Span::new(tokens[start].span.start, tokens[start].span.start));
            rebuilt.push(tokens[start - 1].clone()); // the comma
            rebuilt.extend([zero("ADD"), zero("COLUMN")]);
        }
        rebuilt.extend_from_slice(&tokens[start..end]);
    }
    *tokens = rebuilt;
}

/// `ADD COLUMN c bigint AFTER other`, `… FIRST`, `ALTER COLUMN c TYPE double
/// COMMENT '…'`: where a column sits and what it says about itself, not
/// what it holds.
fn column_position(tokens: &mut Vec<TokenWithSpan>) {
    let n = tokens.len();
    if n > 5 && is_word(&tokens[n - 1], "FIRST") {
        tokens.truncate(n - 1);
    } else if n > 6 && is_word(&tokens[n - 2], "AFTER") {
        tokens.truncate(n - 2);
    }
    let n = tokens.len();
    let typed = tokens.iter().any(|t| is_word(t, "TYPE"));
    if typed && n > 2 && is_word(&tokens[n - 2], "COMMENT") && matches!(tokens[n - 1].token, Token::SingleQuotedString(_)) {
        tokens.truncate(n - 2);
    }
}

/// Iceberg's time travel, `FROM t VERSION AS OF 'branch'`, `TIMESTAMP AS
/// OF '…'`, `FOR SYSTEM_VERSION AS OF 3369…` (Hive): which snapshot is
/// read, not what. The table is read as itself.
fn time_travel(tokens: &mut Vec<TokenWithSpan>) {
    let mut i = 0;
    while i + 3 < tokens.len() {
        let lead = if is_word(&tokens[i], "FOR") && ["SYSTEM_VERSION", "SYSTEM_TIME"].iter().any(|k| is_word(&tokens[i + 1], k)) {
            2
        } else if i > 0 && (is_word(&tokens[i], "VERSION") || is_word(&tokens[i], "TIMESTAMP")) && !matches!(tokens[i - 1].token, Token::Comma | Token::LParen)
        {
            1
        } else {
            0
        };
        let literal = |t: Option<&TokenWithSpan>| t.is_some_and(|t| matches!(t.token, Token::SingleQuotedString(_) | Token::Number(..) | Token::Word(_)));
        if lead > 0 && is_word(&tokens[i + lead], "AS") && tokens.get(i + lead + 1).is_some_and(|t| is_word(t, "OF")) && literal(tokens.get(i + lead + 2)) {
            tokens.drain(i..i + lead + 3);
        } else {
            i += 1;
        }
    }
}

/// `STORED AS ${FILE}` (hive-testbench): the format is chosen when the
/// script runs, so there is none to read.
fn format_variable(tokens: &mut Vec<TokenWithSpan>) {
    let blank = |t: &TokenWithSpan| matches!(&t.token, Token::Word(w) if w.quote_style.is_none() && (w.value.starts_with('_') || w.value.starts_with('$')));
    if let Some(at) = tokens.windows(3).position(|w| is_word(&w[0], "STORED") && is_word(&w[1], "AS") && blank(&w[2])) {
        tokens.drain(at..at + 3);
    }
}

/// Spark's `INSERT INTO t VALUES 3, 4, 5`: each value is a row of one column.
fn bare_values(tokens: &mut Vec<TokenWithSpan>) {
    if !starts_with(tokens, &["INSERT"]) {
        return;
    }
    let Some(values) = tokens.iter().position(|t| is_word(t, "VALUES")) else { return };
    if tokens.get(values + 1).is_none_or(|t| t.token == Token::LParen) {
        return;
    }
    let at = |t: &TokenWithSpan, end: bool| {
        let place = if end { t.span.end } else { t.span.start };
        TokenWithSpan::new(if end { Token::RParen } else { Token::LParen }, Span::new(place, place))
    };
    let mut rebuilt: Vec<TokenWithSpan> = tokens[..=values].to_vec();
    let mut row_open = true;
    for token in &tokens[values + 1..] {
        if token.token == Token::Comma {
            let last = rebuilt.last().cloned().unwrap_or_else(|| token.clone());
            rebuilt.push(at(&last, true));
            rebuilt.push(token.clone());
            row_open = true;
            continue;
        }
        if row_open {
            rebuilt.push(at(token, false));
            row_open = false;
        }
        rebuilt.push(token.clone());
    }
    let last = rebuilt.last().cloned();
    if let Some(last) = last.filter(|_| !row_open) {
        rebuilt.push(at(&last, true));
    }
    *tokens = rebuilt;
}

/// Hive's `FROM src INSERT OVERWRITE TABLE t … SELECT cols [WHERE …]`, one
/// insert: the same statement with its `FROM` after the selected columns.
/// (Several inserts from one `FROM` stay as written.)
fn from_first_insert(tokens: &mut Vec<TokenWithSpan>) {
    let depth0 = top_level(tokens, |_| true);
    let inserts: Vec<usize> = depth0.iter().copied().filter(|&i| is_word(&tokens[i], "INSERT")).collect();
    let [insert] = inserts[..] else { return };
    let Some(select) = depth0.iter().copied().find(|&i| i > insert && is_word(&tokens[i], "SELECT")) else { return };
    const AFTER_COLUMNS: [&str; 9] = ["WHERE", "GROUP", "HAVING", "ORDER", "CLUSTER", "DISTRIBUTE", "SORT", "LIMIT", "WINDOW"];
    let columns_end = depth0.iter().copied().find(|&i| i > select && AFTER_COLUMNS.iter().any(|k| is_word(&tokens[i], k))).unwrap_or(tokens.len());
    let mut rebuilt: Vec<TokenWithSpan> = tokens[insert..columns_end].to_vec();
    rebuilt.extend_from_slice(&tokens[..insert]);
    rebuilt.extend_from_slice(&tokens[columns_end..]);
    *tokens = rebuilt;
}

#[cfg(test)]
mod tests {
    use super::super::tests::rewritten;
    use crate::input::Dialect;

    #[test]
    fn iceberg_and_hive_forms_read_as_sqlparser_takes_them() {
        let transforms = "CREATE TABLE s (id bigint, category string, ts timestamp) USING iceberg PARTITIONED BY (bucket(16, id), days(ts), category)";
        assert_eq!(
            rewritten(Dialect::Spark, transforms),
            "CREATE TABLE s ( id bigint , category string , ts timestamp ) PARTITIONED BY ( category ) USING iceberg"
        );
        let only = "CREATE TABLE s (id bigint) USING iceberg PARTITIONED BY (days(ts))";
        assert_eq!(rewritten(Dialect::Spark, only), "CREATE TABLE s ( id bigint ) USING iceberg");
        assert_eq!(rewritten(Dialect::Spark, "SELECT * FROM prod.db.t VERSION AS OF 'audit-branch'"), "SELECT * FROM prod . db . t");
        assert_eq!(rewritten(Dialect::Hive, "SELECT * FROM t FOR SYSTEM_VERSION AS OF 1234567 WHERE a = 1"), "SELECT * FROM t WHERE a = 1");
        assert_eq!(rewritten(Dialect::Spark, "SELECT CAST(x AS TIMESTAMP) AS ts FROM t"), "SELECT CAST ( x AS TIMESTAMP ) AS ts FROM t");
        let columns = "ALTER TABLE prod.db.sample ADD COLUMNS (new_column string comment 'docs', b int)";
        assert_eq!(rewritten(Dialect::Spark, columns), "ALTER TABLE prod . db . sample ADD COLUMN new_column string comment 'docs' , ADD COLUMN b int");
        assert_eq!(rewritten(Dialect::Spark, "ALTER TABLE s ADD COLUMN new_column bigint AFTER other_column"), "ALTER TABLE s ADD COLUMN new_column bigint");
        assert_eq!(rewritten(Dialect::Spark, "ALTER TABLE s ALTER COLUMN m TYPE double COMMENT 'unit'"), "ALTER TABLE s ALTER COLUMN m TYPE double");
        assert_eq!(rewritten(Dialect::Spark, "INSERT INTO newData VALUES 3, 4"), "INSERT INTO newData VALUES ( 3 ) , ( 4 )");
        let from = "from $_SOURCE_.store_sales ss insert overwrite table store_sales partition (d) select ss.a, ss.d where ss.d is not null";
        assert_eq!(
            rewritten(Dialect::Hive, from),
            "insert overwrite table store_sales partition ( d ) select ss . a , ss . d from $_SOURCE_ . store_sales ss where ss . d is not null"
        );
        assert_eq!(
            rewritten(Dialect::Hive, "CREATE TABLE t (a int) PARTITIONED BY (d bigint) STORED AS $_FILE_"),
            "CREATE TABLE t ( a int ) PARTITIONED BY ( d bigint )"
        );
    }
}
