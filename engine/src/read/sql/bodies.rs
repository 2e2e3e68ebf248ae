//! The plain SQL inside a routine body this reader does not read as a
//! whole (a MySQL trigger, a PL/SQL procedure, a T-SQL procedure): each
//! `SELECT`, `INSERT`, `UPDATE`, `DELETE` or `MERGE` between the body's
//! `;` is still a statement the review can read, placed at its own text.
//! The body itself stays listed as not reviewed: its control flow, its
//! variables and the statements under an `IF` are not read.

use sqlparser::tokenizer::{Token, TokenWithSpan};

/// Words that start a plain statement worth reading on its own.
const PLAIN: [&str; 6] = ["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "WITH"];

/// Whether `tokens` open a routine whose body may hold plain statements
/// (`CREATE … PROCEDURE|FUNCTION|TRIGGER|EVENT`, `BEGIN`, `DECLARE`).
pub(super) fn opens_routine(tokens: &[TokenWithSpan]) -> bool {
    let words: Vec<&str> = tokens.iter().take(8).map_while(|t| word(t)).collect();
    match words.first() {
        Some(w) if w.eq_ignore_ascii_case("BEGIN") || w.eq_ignore_ascii_case("DECLARE") => true,
        Some(w) if w.eq_ignore_ascii_case("CREATE") || w.eq_ignore_ascii_case("ALTER") => {
            words.iter().any(|w| ["PROCEDURE", "PROC", "FUNCTION", "TRIGGER", "EVENT"].iter().any(|k| w.eq_ignore_ascii_case(k)))
        }
        _ => tokens.iter().take(12).any(|t| word(t).is_some_and(|w| w.eq_ignore_ascii_case("TRIGGER") || w.eq_ignore_ascii_case("PROCEDURE"))),
    }
}

fn word(t: &TokenWithSpan) -> Option<&str> {
    match &t.token {
        Token::Word(w) if w.quote_style.is_none() => Some(w.value.as_str()),
        Token::Word(_) => Some(""),
        _ => None,
    }
}

/// The plain statements between the `;` of the body after the first
/// `BEGIN`, each as its own tokens.
pub(super) fn plain_statements(tokens: &[TokenWithSpan]) -> Vec<Vec<TokenWithSpan>> {
    let Some(begin) = tokens.iter().position(|t| word(t).is_some_and(|w| w.eq_ignore_ascii_case("BEGIN"))) else { return Vec::new() };
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = begin + 1;
    for (i, token) in tokens.iter().enumerate().skip(begin + 1) {
        match token.token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            Token::SemiColon if depth == 0 => {
                let piece = &tokens[start..i];
                if piece.first().and_then(word).is_some_and(|w| PLAIN.iter().any(|k| w.eq_ignore_ascii_case(k))) {
                    out.push(piece.to_vec());
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::MySqlDialect;
    use sqlparser::tokenizer::Tokenizer;

    #[test]
    fn a_trigger_body_gives_its_plain_statements() {
        let sql = "CREATE TRIGGER t AFTER UPDATE ON Events FOR EACH ROW BEGIN declare diff BIGINT default 0; set diff = 1; \
                   UPDATE Event_Summaries SET d = d + diff WHERE MonitorId = OLD.MonitorId; IF diff THEN DELETE FROM x; END IF; END";
        let tokens: Vec<TokenWithSpan> =
            Tokenizer::new(&MySqlDialect {}, sql).tokenize_with_location().unwrap().into_iter().filter(|t| !matches!(t.token, Token::Whitespace(_))).collect();
        assert!(opens_routine(&tokens));
        let plain = plain_statements(&tokens);
        assert_eq!(plain.len(), 1);
        assert_eq!(plain[0].first().map(|t| t.token.to_string()), Some("UPDATE".into()));
    }
}
