//! MySQL table definitions as dumps and applications write them, in the
//! forms sqlparser reads.

use super::{create_table_columns_end, is_word, starts_with};
use sqlparser::tokenizer::{Token, TokenWithSpan};

pub(super) fn rewrite(tokens: &mut Vec<TokenWithSpan>) {
    if starts_with(tokens, &["ALTER", "TABLE"]) {
        // `CHANGE a a varchar(128) BINARY NOT NULL`, `MODIFY …`: the same column definitions.
        binary_attribute(tokens, tokens.len());
    } else if let Some(columns_end) = create_table_columns_end(tokens) {
        binary_attribute(tokens, columns_end);
    }
}

/// `varchar(128) BINARY` (a binary collation for the column, deprecated
/// since 8.0.17 but still accepted): the type is read without it.
fn binary_attribute(tokens: &mut Vec<TokenWithSpan>, columns_end: usize) {
    let character = |t: &TokenWithSpan| ["CHAR", "VARCHAR", "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "ENUM", "SET"].iter().any(|k| is_word(t, k));
    let mut remove = Vec::new();
    for i in 1..columns_end {
        if !is_word(&tokens[i], "BINARY") {
            continue;
        }
        // The word before is the type itself, or the `)` that closes its length.
        let type_at = if matches!(tokens[i - 1].token, Token::RParen) {
            tokens[..i - 1].iter().rposition(|t| matches!(t.token, Token::LParen)).and_then(|open| open.checked_sub(1))
        } else {
            Some(i - 1)
        };
        if type_at.is_some_and(|at| character(&tokens[at])) {
            remove.push(i);
        }
    }
    for i in remove.into_iter().rev() {
        tokens.remove(i);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::rewritten;
    use crate::input::Dialect;

    #[test]
    fn a_binary_collation_attribute_is_left_out() {
        let sql = "CREATE TABLE u ( name varchar(128) BINARY NOT NULL, b BINARY(16), t text BINARY )";
        assert_eq!(rewritten(Dialect::Mysql, sql), "CREATE TABLE u ( name varchar ( 128 ) NOT NULL , b BINARY ( 16 ) , t text )");
        let change = "ALTER TABLE `users` CHANGE `username` `username` varchar(128) BINARY NOT NULL";
        assert_eq!(rewritten(Dialect::Mysql, change), "ALTER TABLE `users` CHANGE `username` `username` varchar ( 128 ) NOT NULL");
    }
}
