//! MySQL runs what a versioned comment holds (`/*!40000 ALTER TABLE t
//! DISABLE KEYS */`), and sqlparser tokenizes it, but places those tokens
//! as if the text began where the comment does: every span on the
//! comment's first line is short by the `/*!40000` prefix. Put them back
//! where they are written, so a statement's span covers its own text.

use crate::source::LineIndex;
use sqlparser::tokenizer::TokenWithSpan;

/// Shift the tokens of each versioned comment in `sql` to their real columns.
pub(super) fn place_versioned_comments(sql: &str, index: &LineIndex, tokens: &mut [TokenWithSpan]) {
    for (at, _) in sql.match_indices("/*!") {
        let digits = sql[at + 3..].bytes().take_while(u8::is_ascii_digit).count();
        let prefix = (3 + digits) as u64;
        let (line, column) = index.position(sql, at);
        let (line, column) = (line as u64, column as u64);
        // Inside the comment, on its first line: only its own tokens start there.
        let line_end = sql[at..].find('\n').map_or(sql.len(), |n| at + n);
        let close = sql[at..line_end].find("*/").map_or(line_end, |n| at + n);
        let last_column = column + sql[at..close].chars().count() as u64 - prefix;
        let first = tokens.partition_point(|t| (t.span.start.line, t.span.start.column) < (line, column));
        for token in tokens[first..].iter_mut().take_while(|t| t.span.start.line == line && t.span.start.column < last_column) {
            token.span.start.column += prefix;
            if token.span.end.line == line {
                token.span.end.column += prefix;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::MySqlDialect;
    use sqlparser::tokenizer::{Token, Tokenizer};

    #[test]
    fn versioned_comment_tokens_sit_where_they_are_written() {
        let sql = "SELECT 1;\n/*!40000 ALTER TABLE `settings` DISABLE KEYS */;\n";
        let index = LineIndex::new(sql);
        let mut tokens = Tokenizer::new(&MySqlDialect {}, sql).tokenize_with_location().unwrap();
        place_versioned_comments(sql, &index, &mut tokens);
        let keys = tokens.iter().find(|t| matches!(&t.token, Token::Word(w) if w.value == "KEYS")).unwrap();
        let start = index.offset(sql, keys.span.start.line, keys.span.start.column);
        let end = index.offset(sql, keys.span.end.line, keys.span.end.column);
        assert_eq!(&sql[start..end], "KEYS");
        let semicolon = tokens.iter().rfind(|t| t.token == Token::SemiColon).unwrap();
        assert_eq!(index.offset(sql, semicolon.span.start.line, semicolon.span.start.column), sql.rfind(';').unwrap());
    }
}
