//! Application code around the SQL: Go, Python, JavaScript/TypeScript and
//! Java. The lexer finds the string literals; the SQL ones are reviewed by
//! the SQL engine at their true positions (through a view of the file in
//! which everything else is blanked, as for lessons), and the code rules
//! read how the SQL is built and sent.

pub mod brackets;
pub mod go;
mod handlers;
mod holes;
pub mod lexer;
pub(crate) mod loops;
pub mod parameters;
mod pieces;
pub mod splices;

pub use handlers::handler_bodies;
pub use lexer::{lex, StringLit, Token, TokenKind};
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
    /// Literals glued on after it (`"SELECT a " "FROM t"`, `"…" + "…"`), in order.
    pub continued: Vec<usize>,
    pub building: Building,
}

impl SqlLiteral {
    /// Its token and the tokens glued on after it.
    pub fn tokens(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.token).chain(self.continued.iter().copied())
    }
}

/// One piece of code (a file, or a lesson's code block), lexed.
#[derive(Debug, Clone)]
pub struct CodeFile {
    pub language: Language,
    pub range: Range<usize>,
    pub tokens: Vec<Token>,
    pub sql: Vec<SqlLiteral>,
    /// Clause fragments with a value glued on (`" ORDER BY " + sort`): the
    /// statement they extend is built from strings, whatever its own literal.
    pub fragments: Vec<SqlLiteral>,
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
    // `'create-table'` names a task; a statement's first word is followed by a space.
    let after = upper.find(first).map_or(0, |at| at + first.len());
    if !upper[after..].starts_with(char::is_whitespace) {
        return false;
    }
    SQL_SHAPES.iter().any(|(lead, follow)| first == lead && words[1..].contains(follow))
}

/// Lex `text[range]` and find its SQL strings and how each is built.
pub fn analyse(text: &str, range: Range<usize>, language: Language) -> CodeFile {
    let tokens = lex(text, range.clone(), language);
    let mut file = CodeFile { language, range, tokens, sql: Vec::new(), fragments: Vec::new() };
    let mut i = 0;
    while i < file.tokens.len() {
        let Some(lit) = file.tokens[i].string() else {
            i += 1;
            continue;
        };
        let continued = glued_literals(&file, i);
        let mut joined = text[lit.content.clone()].to_string();
        for piece in continued.iter().filter_map(|&j| file.tokens[j].string()) {
            joined.push(' ');
            joined.push_str(&text[piece.content.clone()]);
        }
        if !looks_like_sql(&joined) || is_docstring(text, &file, i) {
            if pieces::is_clause_fragment(&joined) && continued.is_empty() {
                let building = building_of(text, &file, i);
                // `sql + " ORDER BY 1"` only extends the statement; a value after the fragment changes it.
                let value_after = building != Building::Concatenation || file.tokens.get(i + 1).is_some_and(|t| t.is_punct(b'+'));
                if building != Building::Static && value_after {
                    file.fragments.push(SqlLiteral { token: i, continued, building });
                }
            }
            i += 1;
            continue;
        }
        // The chain is as static as its least static piece.
        let building = std::iter::once(i)
            .chain(continued.iter().copied())
            .map(|j| building_of(text, &file, j))
            .find(|b| *b != Building::Static)
            .unwrap_or(Building::Static);
        let next = continued.last().map_or(i + 1, |&j| j + 1);
        file.sql.push(SqlLiteral { token: i, continued, building });
        i = next;
    }
    file
}

/// String literals that continue the one at `i`: Python's adjacent
/// literals, or `+` between literals (Java, JavaScript, Go).
fn glued_literals(file: &CodeFile, i: usize) -> Vec<usize> {
    let is_string = |j: usize| file.tokens.get(j).is_some_and(|t| t.string().is_some());
    let mut out = Vec::new();
    let mut at = i;
    loop {
        if file.language == Language::Python && is_string(at + 1) {
            at += 1;
        } else if file.tokens.get(at + 1).is_some_and(|t| t.is_punct(b'+')) && is_string(at + 2) {
            at += 2;
        } else {
            return out;
        }
        out.push(at);
    }
}

/// A Python string standing alone as the first statement of a module, class
/// or function: documentation, whatever words it starts with.
fn is_docstring(text: &str, file: &CodeFile, i: usize) -> bool {
    if file.language != Language::Python {
        return false;
    }
    let token = &file.tokens[i];
    let line_start = text[..token.span.start].rfind('\n').map_or(0, |n| n + 1);
    let alone = text[line_start..token.span.start].trim().is_empty();
    let after_header = i == 0 || file.tokens[i - 1].is_punct(b':') && text[file.tokens[i - 1].span.end..token.span.start].contains('\n');
    alone && after_header
}

fn building_of(text: &str, file: &CodeFile, i: usize) -> Building {
    let tokens = &file.tokens;
    let lit = tokens[i].string().expect("a string token");
    if !lit.holes.is_empty() {
        return Building::Interpolation;
    }
    let is_string = |j: usize| tokens.get(j).is_some_and(|t| t.string().is_some());
    // `"…" + x` or `x + "…"`, unless the other side is another literal.
    // A list of placeholders glued on (`"… IN (" + strings.Join(ph, ",")`) is no value.
    let glued_after = tokens.get(i + 1).is_some_and(|t| t.is_punct(b'+')) && !is_string(i + 2) && !pieces::is_placeholder_operand(text, file, i + 2);
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
        let last = literal.continued.last().copied().unwrap_or(literal.token);
        // Completed in code (`"… IN (" + strings.Join(ph, ",") + ")"`): not a whole statement to parse.
        if file.tokens.get(last + 1).is_some_and(|t| t.is_punct(b'+')) {
            continue;
        }
        // Holes the code fills: a value or a name is read as one; SQL text leaves no statement to read.
        let Some(filled) = holes::of_literal(text, file, literal) else { continue };
        for piece in literal.tokens() {
            copy_piece(bytes, file, piece, piece == last, view);
        }
        for (range, hole) in filled {
            holes::fill(view, range, hole);
        }
    }
}

/// Copy one literal of a SQL string into the view; the last piece's
/// closing quote ends the statement.
fn copy_piece(bytes: &[u8], file: &CodeFile, piece: usize, last: bool, view: &mut [u8]) {
    {
        let token = &file.tokens[piece];
        let Some(lit) = token.string() else { return };
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
        // The last closing quote ends the statement.
        if last && lit.content.end < token.span.end && bytes[lit.content.end] != b'\n' {
            view[lit.content.end] = b';';
        }
    }
}

/// A code file read whole: its SQL strings copied into a blank view.
pub fn read_file(text: &str, language: Language) -> super::Reading<'_> {
    let file = analyse(text, 0..text.len(), language);
    let mut view = blank(text);
    copy_sql(text, &file, &mut view);
    let regions = question_mark_regions(&view, &file);
    super::Reading { sql: std::borrow::Cow::Owned(super::into_text(view, text)), code: vec![file], regions, ..Default::default() }
}

/// Strings whose SQL uses `?` placeholders (JDBC, database/sql with MySQL,
/// DB-API's `%s` as rewritten in the view): PostgreSQL's parser reads `?` as
/// an operator, so these statements are parsed as generic SQL.
pub fn question_mark_regions(view: &[u8], file: &CodeFile) -> Vec<(Range<usize>, crate::input::Dialect)> {
    file.sql
        .iter()
        .filter_map(|literal| {
            let first = file.tokens[literal.token].string()?;
            let last = literal.continued.last().and_then(|&j| file.tokens[j].string()).unwrap_or(first);
            Some(first.content.start..last.content.end)
        })
        .filter(|range| view[range.clone()].contains(&b'?'))
        .map(|range| (range, crate::input::Dialect::Generic))
        .collect()
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
        assert_eq!(buildings("q = (\"SELECT a, \"\n  \"b FROM t \"\n  f\"WHERE c = '{c}'\")", Language::Python), vec![Interpolation]);
        assert_eq!(buildings("def f():\n    \"\"\"Delete existing rows from the table.\"\"\"\n", Language::Python), vec![]);
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
        let py = "q = (\"SELECT a, \"\n     \"b FROM t\")";
        let file = analyse(py, 0..py.len(), Language::Python);
        let mut view = blank(py);
        copy_sql(py, &file, &mut view);
        assert_eq!(String::from_utf8(view).unwrap().split_whitespace().collect::<Vec<_>>().join(" "), "SELECT a, b FROM t;");
    }
}
