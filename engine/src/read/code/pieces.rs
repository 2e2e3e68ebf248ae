//! What is glued onto a SQL string: a list of bind placeholders built in
//! code (`strings.Join(ph, ",")` of `fmt.Sprintf("$%d", i)`, `"?"` repeated)
//! keeps the statement parameterized; a clause fragment glued to a variable
//! (`sql + " ORDER BY " + sort`) does not.

use super::{CodeFile, TokenKind};

/// Clause keywords a SQL fragment starts with (`" ORDER BY "`, `" AND x = "`).
const CLAUSES: &[&str] = &["ORDER BY", "GROUP BY", "WHERE", "AND", "OR", "LIMIT", "OFFSET", "HAVING", "SET", "JOIN", "FROM", "VALUES", "IN"];

/// Whether a string's text starts with a SQL clause keyword (and is short of a whole statement).
pub fn is_clause_fragment(content: &str) -> bool {
    let upper = content.trim_start().to_ascii_uppercase();
    CLAUSES
        .iter()
        .any(|clause| upper.strip_prefix(clause).is_some_and(|rest| rest.is_empty() || rest.starts_with(|c: char| !c.is_ascii_alphanumeric() && c != '_')))
}

/// Whether a string literal's text is only bind placeholders and separators:
/// `?`, `?, `, `$%d`, `$`, `:%d`, `@p%d`, `%s`.
fn is_placeholder_text(content: &str) -> bool {
    let stripped = content.replace("%d", "").replace("%s", "").replace("@p", "");
    !content.trim().is_empty() && stripped.chars().all(|c| matches!(c, '?' | '$' | ':' | ',' | ' ' | '(' | ')'))
}

/// Whether the identifier `name` is filled with placeholder strings
/// somewhere in the file (`ph = append(ph, fmt.Sprintf("$%d", i+1))`,
/// `ph[i] = "?"`): a literal of placeholder text on a line that assigns it.
fn holds_placeholders(text: &str, file: &CodeFile, name: &str) -> bool {
    let tokens = &file.tokens;
    (0..tokens.len()).any(|i| {
        if file.ident(text, i) != Some(name) {
            return false;
        }
        let line_end = text[tokens[i].span.end..].find('\n').map_or(text.len(), |n| tokens[i].span.end + n);
        let assigns = tokens.iter().skip(i + 1).take_while(|t| t.span.start < line_end).any(|t| t.is_punct(b'='));
        assigns
            && tokens.iter().skip(i + 1).take_while(|t| t.span.start < line_end).any(|t| match &t.kind {
                TokenKind::Str(lit) => is_placeholder_text(&text[lit.content.clone()]),
                _ => false,
            })
    })
}

/// Whether the operand starting at token `start` (after a `+`) is a list
/// of placeholders: `strings.Join(ph, ",")`, `strings.Repeat("?,", n)`,
/// `", ".join(ph)` or a variable filled with placeholders.
pub fn is_placeholder_operand(text: &str, file: &CodeFile, start: usize) -> bool {
    if start >= file.tokens.len() {
        return false;
    }
    let word = |j: usize| file.ident(text, j);
    let dot = |j: usize| file.tokens.get(j).is_some_and(|t| t.is_punct(b'.'));
    let open = |j: usize| file.tokens.get(j).is_some_and(|t| t.is_punct(b'('));
    if word(start) == Some("strings") && dot(start + 1) && open(start + 3) {
        return match (word(start + 2), file.tokens.get(start + 4)) {
            (Some("Join"), _) => word(start + 4).is_some_and(|name| holds_placeholders(text, file, name)),
            (Some("Repeat"), Some(t)) => t.string().is_some_and(|lit| is_placeholder_text(&text[lit.content.clone()])),
            _ => false,
        };
    }
    // Python's `", ".join(ph)`.
    if file.tokens[start].string().is_some() && dot(start + 1) && word(start + 2) == Some("join") && open(start + 3) {
        return word(start + 4).is_some_and(|name| holds_placeholders(text, file, name));
    }
    let single = file.tokens.get(start + 1).is_none_or(|t| t.is_punct(b'+') || t.is_punct(b')') || t.is_punct(b','));
    single && word(start).is_some_and(|name| holds_placeholders(text, file, name))
}

#[cfg(test)]
mod tests {
    use super::super::{analyse, Building, Language};
    use super::*;

    #[test]
    fn clause_fragments_and_placeholder_text() {
        assert!(is_clause_fragment(" ORDER BY "));
        assert!(is_clause_fragment(" AND id = "));
        assert!(!is_clause_fragment("Order placed"));
        assert!(!is_clause_fragment("android"));
        assert!(is_placeholder_text("$%d"));
        assert!(is_placeholder_text("?,"));
        assert!(!is_placeholder_text("'%s'"));
    }

    #[test]
    fn joined_placeholders_keep_a_statement_static() {
        let go = "ph := make([]string, len(ids))\nfor i := range ids {\n\tph[i] = fmt.Sprintf(\"$%d\", i+1)\n}\nq := \"SELECT id FROM t WHERE id IN (\" + strings.Join(ph, \",\") + \")\"\n";
        let file = analyse(go, 0..go.len(), Language::Go);
        assert_eq!(file.sql.iter().map(|l| l.building).collect::<Vec<_>>(), vec![Building::Static]);
        let go = "q := \"SELECT id FROM t WHERE id IN (\" + strings.Join(names, \",\") + \")\"\n";
        let file = analyse(go, 0..go.len(), Language::Go);
        assert_eq!(file.sql.iter().map(|l| l.building).collect::<Vec<_>>(), vec![Building::Concatenation]);
    }
}
