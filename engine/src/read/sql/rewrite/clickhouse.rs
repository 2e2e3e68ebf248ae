//! ClickHouse table definitions, materialized views and mutations as
//! sqlparser reads them.

use super::{closing_paren, create_table_columns_end, entry_end, entry_starts, is_word, reorder_clauses, starts_with, word_at, ClauseKind};
use sqlparser::tokenizer::{Span, Token, TokenWithSpan};

/// ClickHouse table clauses; sqlparser reads only `PRIMARY KEY`, `ORDER BY`
/// and `PARTITION BY`, in that order, after the engine.
const CLICKHOUSE_CLAUSES: [ClauseKind; 9] = [
    (&["ENGINE"], Some(0)),
    (&["PRIMARY", "KEY"], Some(1)),
    (&["ORDER", "BY"], Some(2)),
    (&["PARTITION", "BY"], Some(3)),
    (&["SAMPLE", "BY"], None),
    (&["TTL"], None),
    (&["SETTINGS"], None),
    (&["COMMENT"], None),
    (&["AS"], Some(4)),
];

pub(super) fn rewrite(tokens: &mut Vec<TokenWithSpan>) {
    join_using_one_column(tokens);
    if starts_with(tokens, &["ALTER", "TABLE"]) {
        mutation_as_dml(tokens);
    } else if starts_with(tokens, &["CREATE", "MATERIALIZED", "VIEW"]) {
        drop_view_storage(tokens);
        drop_target_columns(tokens);
    } else if let Some(columns_end) = create_table_columns_end(tokens) {
        let columns_end = aggregate_state_types(tokens, columns_end);
        let columns_end = typed_computed_columns(tokens, columns_end);
        let columns_end = timezone_arguments(tokens, columns_end);
        let columns_end = drop_column_extras(tokens, columns_end);
        reorder_clauses(tokens, columns_end, &CLICKHOUSE_CLAUSES, false);
    }
}

/// `ALTER TABLE t UPDATE a = 1 WHERE …` and `ALTER TABLE t DELETE WHERE …`
/// (ClickHouse mutations) read as the `UPDATE` and `DELETE` they perform.
fn mutation_as_dml(tokens: &mut Vec<TokenWithSpan>) {
    let Some(verb) = tokens.iter().position(|t| is_word(t, "UPDATE") || is_word(t, "DELETE")) else { return };
    let name_end = tokens[2..verb].iter().position(|t| is_word(t, "ON")).map_or(verb, |p| p + 2);
    let name = tokens[2..name_end].to_vec();
    let mut rebuilt = if is_word(&tokens[verb], "UPDATE") {
        let mut head = vec![word_at("UPDATE", &tokens[0])];
        head.extend(name);
        head.push(word_at("SET", &tokens[verb]));
        head
    } else {
        let mut head = vec![word_at("DELETE", &tokens[0]), word_at("FROM", &tokens[1])];
        head.extend(name);
        head
    };
    rebuilt.extend_from_slice(&tokens[verb + 1..]);
    *tokens = rebuilt;
}

/// A materialized view's own storage (`ENGINE = … ORDER BY …`, `POPULATE`)
/// comes before its `AS SELECT`; sqlparser reads only the query.
fn drop_view_storage(tokens: &mut Vec<TokenWithSpan>) {
    let Some(engine) = tokens.iter().position(|t| is_word(t, "ENGINE") || is_word(t, "POPULATE")) else { return };
    let Some(query) = tokens[engine..].iter().position(|t| is_word(t, "AS")).map(|p| p + engine) else { return };
    tokens.drain(engine..query);
}

/// `CREATE MATERIALIZED VIEW v TO target (a String, b DateTime) AS SELECT …`:
/// the column list restates the target table's; the view is its query.
fn drop_target_columns(tokens: &mut Vec<TokenWithSpan>) {
    let Some(to) = tokens.iter().position(|t| is_word(t, "TO")) else { return };
    let mut open = to + 2;
    while tokens.get(open).is_some_and(|t| t.token == Token::Period) {
        open += 2;
    }
    if tokens.get(open).is_some_and(|t| t.token == Token::LParen) {
        if let Some(close) = closing_paren(tokens, open) {
            tokens.drain(open..=close);
        }
    }
}

/// `JOIN b USING id`: ClickHouse takes the column without parentheses.
fn join_using_one_column(tokens: &mut Vec<TokenWithSpan>) {
    let mut i = 1;
    while i + 1 < tokens.len() {
        let bare = is_word(&tokens[i], "USING") && matches!(&tokens[i + 1].token, Token::Word(_)) && tokens.get(i + 2).is_none_or(|t| t.token != Token::LParen);
        if bare {
            let (start, end) = (tokens[i + 1].span.start, tokens[i + 1].span.end);
            tokens.insert(i + 2, TokenWithSpan::new(Token::RParen, Span::new(end, end)));
            tokens.insert(i + 1, TokenWithSpan::new(Token::LParen, Span::new(start, start)));
            i += 3;
        }
        i += 1;
    }
}

/// `AggregateFunction(argMin, String, DateTime('UTC'))` and
/// `SimpleAggregateFunction(groupArrayArray, Array(String))`: the state a
/// column keeps for an aggregating engine, read as the bare type name (the
/// function inside is not a type sqlparser reads). Returns the new index of
/// the list's closing parenthesis.
fn aggregate_state_types(tokens: &mut Vec<TokenWithSpan>, columns_end: usize) -> usize {
    let mut end = columns_end;
    let mut i = 0;
    while i + 1 < end {
        let state = is_word(&tokens[i], "AggregateFunction") || is_word(&tokens[i], "SimpleAggregateFunction");
        if let Some(close) = (state && tokens[i + 1].token == Token::LParen).then(|| closing_paren(tokens, i + 1)).flatten().filter(|c| *c < end) {
            tokens.drain(i + 1..=close);
            end -= close - i;
        }
        i += 1;
    }
    end
}

/// ClickHouse infers the type of a computed column (`week ALIAS
/// toStartOfWeek(ts)`, `MATERIALIZED`, `DEFAULT`, `EPHEMERAL`); sqlparser
/// wants a type, so such a column gets the type name `inferred`. Returns
/// the new index of the list's closing parenthesis.
fn typed_computed_columns(tokens: &mut Vec<TokenWithSpan>, columns_end: usize) -> usize {
    let Some(open) = tokens.iter().position(|t| matches!(t.token, Token::LParen)) else { return columns_end };
    let computed = |t: &TokenWithSpan| ["ALIAS", "MATERIALIZED", "DEFAULT", "EPHEMERAL"].iter().any(|k| is_word(t, k));
    let typeless: Vec<usize> = entry_starts(tokens, open, columns_end)
        .into_iter()
        .filter(|&start| matches!(tokens[start].token, Token::Word(_)) && tokens.get(start + 1).is_some_and(computed))
        .collect();
    for &start in typeless.iter().rev() {
        let inferred = word_at("inferred", &tokens[start + 1]);
        tokens.insert(start + 1, inferred);
    }
    columns_end + typeless.len()
}

/// `DateTime('UTC')` and `DateTime64(3, 'UTC')`: the time zone a column is
/// shown in changes nothing the review reads; sqlparser takes no string
/// there. Returns the new index of the list's closing parenthesis.
fn timezone_arguments(tokens: &mut Vec<TokenWithSpan>, columns_end: usize) -> usize {
    let mut end = columns_end;
    let mut i = 0;
    while i + 2 < end {
        let datetime = is_word(&tokens[i], "DateTime") || is_word(&tokens[i], "DateTime64");
        if datetime && matches!(tokens[i + 1].token, Token::LParen) {
            if let Some(close) = closing_paren(tokens, i + 1).filter(|c| *c <= end) {
                let zone = (i + 2..close).find(|&j| matches!(tokens[j].token, Token::SingleQuotedString(_)));
                if let Some(zone) = zone {
                    // `(tz)` goes whole; `(p, tz)` keeps `(p)`.
                    let from = if zone == i + 2 { i + 1 } else { zone - 1 };
                    let to = if zone == i + 2 { close + 1 } else { zone + 1 };
                    tokens.drain(from..to);
                    end -= to - from;
                }
            }
        }
        i += 1;
    }
    end
}

/// Column codecs (`CODEC(ZSTD)`), column TTLs and data-skipping index
/// declarations (`INDEX i x TYPE bloom_filter GRANULARITY 4`) inside the
/// column list: physical details the review does not read. Returns the new
/// index of the list's closing parenthesis.
fn drop_column_extras(tokens: &mut Vec<TokenWithSpan>, columns_end: usize) -> usize {
    let Some(open) = tokens.iter().position(|t| matches!(t.token, Token::LParen)) else { return columns_end };
    let mut keep = vec![true; tokens.len()];
    let mut depth = 0usize;
    let mut entry_start = open + 1;
    let mut i = open;
    while i <= columns_end {
        match tokens[i].token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            Token::Comma if depth == 1 => entry_start = i + 1,
            _ if depth == 1 && i == entry_start && (is_word(&tokens[i], "INDEX") || is_word(&tokens[i], "PROJECTION")) => {
                // The whole entry goes, with the comma before it.
                let end = entry_end(tokens, i, columns_end);
                keep[i - 1..end].iter_mut().for_each(|k| *k = false);
                if i - 1 == open {
                    keep[open] = true;
                    if end < columns_end {
                        keep[end] = false; // the comma after a first entry
                    }
                }
                i = end;
                continue;
            }
            _ if depth == 1 && (is_word(&tokens[i], "CODEC") || is_word(&tokens[i], "TTL")) => {
                let end = if is_word(&tokens[i], "CODEC") { closing_paren(tokens, i + 1).map_or(i + 1, |c| c + 1) } else { entry_end(tokens, i, columns_end) };
                keep[i..end].iter_mut().for_each(|k| *k = false);
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let removed_before_end = keep[..columns_end].iter().filter(|k| !**k).count();
    let mut flags = keep.into_iter();
    tokens.retain(|_| flags.next().unwrap_or(true));
    columns_end - removed_before_end
}

#[cfg(test)]
mod tests {
    use super::super::tests::rewritten;
    use crate::input::Dialect;

    #[test]
    fn clickhouse_table_clauses_come_in_the_order_sqlparser_reads() {
        let sql = "CREATE TABLE e (d Date, id UInt64 CODEC(Delta, ZSTD), INDEX i id TYPE minmax GRANULARITY 4) ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY (id, d) TTL d + INTERVAL 1 YEAR SETTINGS index_granularity = 8192";
        assert_eq!(
            rewritten(Dialect::Clickhouse, sql),
            "CREATE TABLE e ( d Date , id UInt64 ) ENGINE = MergeTree ORDER BY ( id , d ) PARTITION BY toYYYYMM ( d )"
        );
    }

    #[test]
    fn a_skip_index_first_in_the_list_takes_the_comma_after_it() {
        let sql = "CREATE TABLE e (INDEX i id TYPE minmax GRANULARITY 4, id UInt64) ENGINE = MergeTree ORDER BY id";
        assert_eq!(rewritten(Dialect::Clickhouse, sql), "CREATE TABLE e ( id UInt64 ) ENGINE = MergeTree ORDER BY id");
    }

    #[test]
    fn clickhouse_computed_columns_without_a_type_read_as_inferred() {
        let sql = "CREATE TABLE t (a Int64, week alias toStartOfWeek(ts), b String DEFAULT 'x') ENGINE = MergeTree ORDER BY a";
        assert_eq!(
            rewritten(Dialect::Clickhouse, sql),
            "CREATE TABLE t ( a Int64 , week inferred alias toStartOfWeek ( ts ) , b String DEFAULT 'x' ) ENGINE = MergeTree ORDER BY a"
        );
    }

    #[test]
    fn datetime_time_zones_are_left_out() {
        let sql = "CREATE TABLE t (id Int64, ts DateTime('UTC'), t2 DateTime64(3, 'UTC'), t3 DateTime64(3)) ENGINE = MergeTree ORDER BY id";
        assert_eq!(
            rewritten(Dialect::Clickhouse, sql),
            "CREATE TABLE t ( id Int64 , ts DateTime , t2 DateTime64 ( 3 ) , t3 DateTime64 ( 3 ) ) ENGINE = MergeTree ORDER BY id"
        );
    }

    #[test]
    fn aggregate_states_view_targets_and_bare_using_are_read() {
        let sql = "CREATE TABLE s (id UUID, h SimpleAggregateFunction(groupArrayArray, Array(String)), e AggregateFunction(argMin, String, DateTime('UTC'))) ENGINE = AggregatingMergeTree ORDER BY id";
        assert_eq!(
            rewritten(Dialect::Clickhouse, sql),
            "CREATE TABLE s ( id UUID , h SimpleAggregateFunction , e AggregateFunction ) ENGINE = AggregatingMergeTree ORDER BY id"
        );
        let mv = "CREATE MATERIALIZED VIEW m TO db.t (`a` String, `e` JSON) AS SELECT e.a AS a FROM q";
        assert_eq!(rewritten(Dialect::Clickhouse, mv), "CREATE MATERIALIZED VIEW m TO db . t AS SELECT e . a AS a FROM q");
        assert_eq!(rewritten(Dialect::Clickhouse, "SELECT id FROM a JOIN b USING id WHERE x = 1"), "SELECT id FROM a JOIN b USING ( id ) WHERE x = 1");
    }

    #[test]
    fn clickhouse_mutations_read_as_updates_and_deletes() {
        assert_eq!(rewritten(Dialect::Clickhouse, "ALTER TABLE e ON CLUSTER c UPDATE a = 1 WHERE id = 2"), "UPDATE e SET a = 1 WHERE id = 2");
        assert_eq!(rewritten(Dialect::Clickhouse, "ALTER TABLE db.e DELETE WHERE id = 2"), "DELETE FROM db . e WHERE id = 2");
    }
}
