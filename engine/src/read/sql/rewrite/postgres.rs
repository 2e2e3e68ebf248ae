//! PostgreSQL forms that pg_dump and install scripts write and sqlparser
//! does not take as written.

use super::{is_word, starts_with};
use sqlparser::tokenizer::{Span, Token, TokenWithSpan};

pub(super) fn rewrite(tokens: &mut Vec<TokenWithSpan>) {
    if starts_with(tokens, &["CREATE", "DOMAIN"]) {
        domain_without_as(tokens);
    } else if starts_with(tokens, &["CREATE", "INDEX"]) || starts_with(tokens, &["CREATE", "UNIQUE", "INDEX"]) {
        index_on_only(tokens);
    } else if starts_with(tokens, &["CREATE", "MATERIALIZED", "VIEW"]) {
        view_without_data_clause(tokens);
    }
}

/// `CREATE DOMAIN "Name" varchar(50) NULL` (the `AS` is optional): read
/// with its `AS`, and without the bare `NULL` / `NOT NULL`, which sqlparser
/// takes only as column constraints (no rule reads a domain's nullability).
fn domain_without_as(tokens: &mut Vec<TokenWithSpan>) {
    let mut at = 2;
    while tokens.get(at + 1).is_some_and(|t| t.token == Token::Period) {
        at += 2;
    }
    let Some(after_name) = tokens.get(at + 1) else { return };
    if is_word(after_name, "AS") {
        return;
    }
    let start = after_name.span.start;
    tokens.insert(at + 1, TokenWithSpan::new(Token::make_word("AS", None), Span::new(start, start)));
    let mut i = at + 2;
    while i < tokens.len() {
        if is_word(&tokens[i], "NOT") && tokens.get(i + 1).is_some_and(|t| is_word(t, "NULL")) {
            tokens.drain(i..i + 2);
        } else if is_word(&tokens[i], "NULL") && !tokens.get(i.wrapping_sub(1)).is_some_and(|t| is_word(t, "DEFAULT")) {
            tokens.remove(i);
        } else {
            i += 1;
        }
    }
}

/// `CREATE INDEX i ON ONLY t …` (pg_dump's index on a partitioned table,
/// not yet on its partitions): the same index on `t`.
fn index_on_only(tokens: &mut Vec<TokenWithSpan>) {
    if let Some(on) = tokens.iter().position(|t| is_word(t, "ON")) {
        if tokens.get(on + 1).is_some_and(|t| is_word(t, "ONLY")) {
            tokens.remove(on + 1);
        }
    }
}

/// pg_dump ends a materialized view with `WITH NO DATA` (or `WITH DATA`):
/// when it is filled, not what it holds.
fn view_without_data_clause(tokens: &mut Vec<TokenWithSpan>) {
    let n = tokens.len();
    if n > 3 && is_word(&tokens[n - 1], "DATA") {
        let with = if is_word(&tokens[n - 2], "NO") { n - 3 } else { n - 2 };
        if is_word(&tokens[with], "WITH") {
            tokens.truncate(with);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::rewritten;
    use crate::input::Dialect;

    #[test]
    fn pg_dump_forms_read_as_sqlparser_takes_them() {
        assert_eq!(rewritten(Dialect::Postgres, "CREATE DOMAIN \"Name\" varchar(50) NULL"), "CREATE DOMAIN \"Name\" AS varchar ( 50 )");
        assert_eq!(rewritten(Dialect::Postgres, "CREATE DOMAIN s.flag boolean NOT NULL DEFAULT NULL"), "CREATE DOMAIN s . flag AS boolean DEFAULT NULL");
        assert_eq!(rewritten(Dialect::Postgres, "CREATE DOMAIN d AS int CHECK (VALUE > 0)"), "CREATE DOMAIN d AS int CHECK ( VALUE > 0 )");
        let only = "CREATE UNIQUE INDEX i ON ONLY public.e USING btree (a)";
        assert_eq!(rewritten(Dialect::Postgres, only), "CREATE UNIQUE INDEX i ON public . e USING btree ( a )");
        let view = "CREATE MATERIALIZED VIEW v AS WITH a AS (SELECT 1) SELECT * FROM a WITH NO DATA";
        assert_eq!(rewritten(Dialect::Postgres, view), "CREATE MATERIALIZED VIEW v AS WITH a AS ( SELECT 1 ) SELECT * FROM a");
    }
}
