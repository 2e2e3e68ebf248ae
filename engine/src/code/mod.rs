//! Application code around the SQL: Go, Python, JavaScript/TypeScript and
//! Java. The lexer finds the string literals; the SQL ones are reviewed by
//! the SQL engine at their true positions (through a view of the file in
//! which everything else is blanked, as for lessons), and the code rules
//! read how the SQL is built and sent.

pub mod lexer;
mod handlers;
pub(crate) mod loops;

pub use lexer::{lex, StringLit, Token, TokenKind};
pub use handlers::handler_bodies;
pub use loops::loop_bodies;
use std::ops::Range;

/// A host language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Go,
    Python,
    /// JavaScript and TypeScript (one lexer serves both).
    JavaScript,
    Java,
}

impl Language {
    /// The language of a file, by its extension.
    pub fn from_file_name(name: &str) -> Option<Language> {
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Language::from_tag(&extension)
    }

    /// The language a lesson's code fence or a file extension names.
    pub fn from_tag(tag: &str) -> Option<Language> {
        match tag {
            "go" | "golang" => Some(Language::Go),
            "py" | "python" | "python3" => Some(Language::Python),
            "js" | "mjs" | "cjs" | "jsx" | "javascript" | "node" | "ts" | "tsx" | "mts" | "typescript" => Some(Language::JavaScript),
            "java" => Some(Language::Java),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Language::Go => "Go",
            Language::Python => "Python",
            Language::JavaScript => "JavaScript",
            Language::Java => "Java",
        }
    }

    pub(crate) fn line_comment(self, rest: &[u8]) -> bool {
        match self {
            Language::Python => rest.first() == Some(&b'#'),
            _ => rest.starts_with(b"//"),
        }
    }
}

/// How a SQL string is turned into the statement sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Building {
    /// Sent as written, values passed as parameters.
    Static,
    /// Glued to a variable with `+`.
    Concatenation,
    /// Filled in by `fmt.Sprintf`, `String.format`, `%` or `.format()`.
    Formatting,
    /// Holes in an f-string or template literal.
    Interpolation,
}

/// A string literal that holds SQL.
#[derive(Debug, Clone)]
pub struct SqlLiteral {
    /// Index of its token.
    pub token: usize,
    pub building: Building,
}

/// One piece of code (a file, or a lesson's code block), lexed.
#[derive(Debug, Clone)]
pub struct CodeFile {
    pub language: Language,
    pub range: Range<usize>,
    pub tokens: Vec<Token>,
    pub sql: Vec<SqlLiteral>,
}

impl CodeFile {
    /// The identifier at `i`, if the token is one.
    pub fn ident<'t>(&self, text: &'t str, i: usize) -> Option<&'t str> {
        self.tokens.get(i).filter(|t| t.kind == TokenKind::Ident).map(|t| &text[t.span.clone()])
    }

    /// Calls `receiver.name(`: the index of each `name` token among `names`.
    pub fn method_calls<'a>(&'a self, text: &'a str, names: &'a [&str]) -> impl Iterator<Item = usize> + 'a {
        (1..self.tokens.len().saturating_sub(1)).filter(move |&i| {
            self.tokens[i - 1].is_punct(b'.') && self.tokens[i + 1].is_punct(b'(') && self.ident(text, i).is_some_and(|name| names.contains(&name))
        })
    }

    /// Whether the identifier appears anywhere in the code.
    pub fn mentions(&self, text: &str, name: &str) -> bool {
        (0..self.tokens.len()).any(|i| self.ident(text, i) == Some(name))
    }
}

/// Statement keywords a SQL string starts with, and a word that must follow
/// somewhere for it to be SQL rather than prose ("Update available").
const SQL_SHAPES: &[(&str, &str)] = &[
    ("SELECT", "FROM"),
    ("INSERT", "INTO"),
    ("UPDATE", "SET"),
    ("DELETE", "FROM"),
    ("WITH", "AS"),
    ("CREATE", "TABLE"),
    ("CREATE", "INDEX"),
    ("ALTER", "TABLE"),
    ("MERGE", "USING"),
];

/// Whether a string's text reads as a SQL statement.
pub fn looks_like_sql(content: &str) -> bool {
    let upper = content.trim_start().to_ascii_uppercase();
    let words: Vec<&str> = upper.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').filter(|w| !w.is_empty()).collect();
    let Some(first) = words.first() else { return false };
    SQL_SHAPES.iter().any(|(lead, follow)| first == lead && words[1..].contains(follow))
}

/// Lex `text[range]` and find its SQL strings and how each is built.
pub fn analyse(text: &str, range: Range<usize>, language: Language) -> CodeFile {
    let tokens = lex(text, range.clone(), language);
    let mut file = CodeFile { language, range, tokens, sql: Vec::new() };
    for i in 0..file.tokens.len() {
        let Some(lit) = file.tokens[i].string() else { continue };
        if !looks_like_sql(&text[lit.content.clone()]) {
            continue;
        }
        let building = building_of(text, &file, i);
        file.sql.push(SqlLiteral { token: i, building });
    }
    file
}

fn building_of(text: &str, file: &CodeFile, i: usize) -> Building {
    let tokens = &file.tokens;
    let lit = tokens[i].string().expect("a string token");
    if !lit.holes.is_empty() {
        return Building::Interpolation;
    }
    let is_string = |j: usize| tokens.get(j).is_some_and(|t| t.string().is_some());
    // `"…" + x` or `x + "…"`, unless the other side is another literal.
    let glued_after = tokens.get(i + 1).is_some_and(|t| t.is_punct(b'+')) && !is_string(i + 2);
    let glued_before = i >= 2 && tokens[i - 1].is_punct(b'+') && !is_string(i - 2);
    if glued_after || glued_before {
        return Building::Concatenation;
    }
    let formatter = |name: &str| matches!(name, "Sprintf" | "Sprint" | "Fprintf" | "format" | "formatted" | "Errorf");
    let called_with = i >= 2 && tokens[i - 1].is_punct(b'(') && file.ident(text, i - 2).is_some_and(formatter);
    let python_percent = file.language == Language::Python && tokens.get(i + 1).is_some_and(|t| t.is_punct(b'%'));
    let dot_format = tokens.get(i + 1).is_some_and(|t| t.is_punct(b'.')) && file.ident(text, i + 2).is_some_and(formatter);
    if called_with || python_percent || dot_format {
        return Building::Formatting;
    }
    Building::Static
}

/// Copy the static SQL strings of `file` into `view` (a blanked copy of the
/// text, same length), escapes and driver placeholders made parseable, with
/// a `;` where each string closes.
pub fn copy_sql(text: &str, file: &CodeFile, view: &mut [u8]) {
    let bytes = text.as_bytes();
    for literal in file.sql.iter().filter(|l| l.building == Building::Static) {
        let token = &file.tokens[literal.token];
        let Some(lit) = token.string() else { continue };
        let mut j = lit.content.start;
        while j < lit.content.end {
            let b = bytes[j];
            if b == b'\\' && !lit.raw {
                // An escape: blank it (the SQL around it still parses).
                j += 2;
                continue;
            }
            if file.language == Language::Python && b == b'%' {
                // DB-API placeholders: %s, %(name)s; %% is a literal percent.
                let rest = &bytes[j..lit.content.end];
                let width = if rest.starts_with(b"%s") {
                    2
                } else if rest.starts_with(b"%(") {
                    rest.iter().position(|c| *c == b')').map_or(1, |p| p + 2)
                } else {
                    1
                };
                if width > 1 {
                    view[j] = b'?';
                    j += width;
                    continue;
                }
            }
            if b != b'\n' || view[j] == b'\n' {
                view[j] = b;
            }
            j += 1;
        }
        // The closing quote ends the statement.
        if lit.content.end < token.span.end && bytes[lit.content.end] != b'\n' {
            view[lit.content.end] = b';';
        }
    }
}

/// A text with every byte but newlines blanked, ready for [`copy_sql`].
pub fn blank(text: &str) -> Vec<u8> {
    text.bytes().map(|b| if b == b'\n' { b'\n' } else { b' ' }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn buildings(text: &str, language: Language) -> Vec<Building> {
        analyse(text, 0..text.len(), language).sql.iter().map(|l| l.building).collect()
    }

    #[test]
    fn sql_strings_are_told_from_prose() {
        assert!(looks_like_sql("\n  select id from users where id = $1"));
        assert!(!looks_like_sql("Update available: restart to install"));
        assert!(!looks_like_sql("select a file"));
    }

    #[test]
    fn how_each_string_is_built() {
        use Building::*;
        assert_eq!(buildings(r#"db.Query("SELECT id FROM t WHERE id = $1", id)"#, Language::Go), vec![Static]);
        assert_eq!(buildings(r#"db.Query("SELECT id FROM t WHERE id = " + id)"#, Language::Go), vec![Concatenation]);
        assert_eq!(buildings(r#"q := fmt.Sprintf("SELECT id FROM t WHERE name = '%s'", name)"#, Language::Go), vec![Formatting]);
        assert_eq!(buildings(r#"cur.execute("SELECT id FROM t WHERE id = %s" % uid)"#, Language::Python), vec![Formatting]);
        assert_eq!(buildings(r#"cur.execute("SELECT id FROM t WHERE id = %s", (uid,))"#, Language::Python), vec![Static]);
        assert_eq!(buildings(r#"cur.execute(f"SELECT id FROM t WHERE id = {uid}")"#, Language::Python), vec![Interpolation]);
        assert_eq!(buildings("db.query(`SELECT id FROM t WHERE id = ${id}`)", Language::JavaScript), vec![Interpolation]);
        assert_eq!(buildings(r#"String q = "SELECT id FROM t " + "WHERE id = ?";"#, Language::Java), vec![Static]);
    }

    #[test]
    fn the_sql_view_keeps_positions_and_makes_placeholders_parseable() {
        let py = "cur.execute(\"SELECT id FROM t WHERE id = %s AND n = %(n)s\", args)\n";
        let file = analyse(py, 0..py.len(), Language::Python);
        let mut view = blank(py);
        copy_sql(py, &file, &mut view);
        let view = String::from_utf8(view).unwrap();
        assert_eq!(view.len(), py.len());
        assert_eq!(view.trim(), "SELECT id FROM t WHERE id = ?  AND n = ?    ;");
    }
}
