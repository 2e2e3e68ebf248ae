//! Syntax classes for editors, from the same tokenizer the review uses.

use crate::input::Dialect;
use serde::Serialize;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, Tokenizer, Whitespace};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenClass {
    Keyword,
    Identifier,
    String,
    Number,
    Comment,
    Operator,
    Placeholder,
}

/// A classified byte range of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
    pub class: TokenClass,
}

/// Classified tokens in order; whitespace is left out. Text after a
/// tokenizer error (an unterminated string or comment) is one string or
/// comment range, so the editor shows where it runs on.
pub fn highlight(text: &str, dialect: Dialect) -> Vec<Highlight> {
    // SQL's tokenizer would read `--flag` as a comment and English as
    // keywords in Redis, CQL, Kafka, MongoDB or DynamoDB material.
    if !dialect.is_sql() {
        return Vec::new();
    }
    let index = crate::source::LineIndex::new(text);
    let mut tokens = Vec::new();
    let error = Tokenizer::new(dialect.parser_dialect(), text).with_unescape(false).tokenize_with_location_into_buf(&mut tokens).err();
    let mut out = Vec::with_capacity(tokens.len());
    let mut last_end = 0;
    for token in &tokens {
        let class = match &token.token {
            Token::Whitespace(Whitespace::SingleLineComment { .. } | Whitespace::MultiLineComment(_)) => TokenClass::Comment,
            Token::Whitespace(_) | Token::EOF => continue,
            Token::Word(w) if w.keyword != Keyword::NoKeyword && w.quote_style.is_none() => TokenClass::Keyword,
            Token::Word(_) => TokenClass::Identifier,
            Token::Number(..) => TokenClass::Number,
            Token::Placeholder(_) => TokenClass::Placeholder,
            Token::SingleQuotedString(_)
            | Token::DoubleQuotedString(_)
            | Token::DollarQuotedString(_)
            | Token::NationalStringLiteral(_)
            | Token::EscapedStringLiteral(_)
            | Token::HexStringLiteral(_) => TokenClass::String,
            _ => TokenClass::Operator,
        };
        let start = index.offset(text, token.span.start.line, token.span.start.column);
        let end = index.offset(text, token.span.end.line, token.span.end.column).max(start);
        last_end = end;
        out.push(Highlight { start, end, class });
    }
    if error.is_some() && last_end < text.len() {
        let rest = text[last_end..].trim_start();
        let start = text.len() - rest.len();
        let class = if rest.starts_with("/*") { TokenClass::Comment } else { TokenClass::String };
        out.push(Highlight { start, end: text.len(), class });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_and_covers_unterminated_text() {
        let text = "SELECT naïve, 'x' -- c\nFROM t WHERE a = $1 AND b = 'open";
        let h = highlight(text, Dialect::Postgres);
        assert_eq!(h[0], Highlight { start: 0, end: 6, class: TokenClass::Keyword });
        assert_eq!(&text[h[1].start..h[1].end], "naïve");
        assert!(h.iter().any(|t| t.class == TokenClass::Comment));
        assert!(h.iter().any(|t| t.class == TokenClass::Placeholder));
        assert_eq!(h.last().unwrap().end, text.len());
    }

    #[test]
    fn material_of_other_systems_is_left_plain() {
        assert!(highlight("kafka-topics.sh --create --topic orders", Dialect::Kafka).is_empty());
        assert!(!highlight("SELECT 1", Dialect::Hive).is_empty());
    }
}
