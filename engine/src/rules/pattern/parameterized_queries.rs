use crate::read::code::{Building, CodeFile, TokenKind};
use crate::rules::{CodeCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Praises application code whose SQL is all written as constant
    /// strings with placeholders (`$1`, `?`, `%s`, `:name`), the values
    /// passed separately to the driver. Once per file or lesson, and only
    /// when no SQL in it is built from strings.
    ///
    /// ## Why it matters
    /// With the values sent apart from the statement, no input can change
    /// what the statement does: injection is ruled out by construction, not
    /// by escaping. The server can also reuse the plan of a prepared
    /// statement, and logs show one statement shape instead of thousands.
    ///
    /// ## Example
    /// ```python
    /// cur.execute("SELECT id, email FROM users WHERE email = %s", (email,))
    /// ```
    ///
    /// ## Use instead
    /// ```python
    /// cur.execute(f"SELECT id, email FROM users WHERE email = '{email}'")
    /// ```
    ///
    /// ## In production
    /// Security reviews look for exactly this: one place where SQL and data
    /// meet, always through the driver's parameters.
    ///
    /// ## Alternatives
    /// A query builder or ORM that parameterizes for you; identifiers
    /// (table or column names) cannot be parameters and need an allow-list.
    pub struct ParameterizedQueries {
        code: "P010",
        name: "parameterized-queries",
        area: Pattern,
        severity: Praise,
        section: BestPracticeAlignment,
        concepts: ["X1", "C1", "C2", "C3"],
        dialects: [],
        fix: None,
        summary: "SQL sent with placeholders and bound values",
    }
}

/// Whether SQL text holds a bind placeholder of some driver.
fn has_placeholder(sql: &str) -> bool {
    let bytes = sql.as_bytes();
    bytes.iter().enumerate().any(|(i, b)| {
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        let previous = if i == 0 { b' ' } else { bytes[i - 1] };
        match b {
            b'?' => true,
            b'$' => next.is_ascii_digit(),
            b'%' => next == b's' || next == b'(',
            // `:name` but not a `::` cast.
            b':' => next.is_ascii_alphabetic() && previous != b':',
            _ => false,
        }
    })
}

/// The first SQL literal of `file` with a placeholder.
fn first_placeholder(text: &str, file: &CodeFile) -> Option<usize> {
    file.sql.iter().map(|s| s.token).find(|&token| match &file.tokens[token].kind {
        TokenKind::Str(literal) => has_placeholder(&text[literal.content.clone()]),
        _ => false,
    })
}

impl Rule for ParameterizedQueries {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        // A clause glued to a value (`sql + " ORDER BY " + sort`) is SQL built from strings too.
        let all_static = cx.document_code.iter().flat_map(|f| f.sql.iter().chain(&f.fragments)).all(|s| s.building == Building::Static);
        // In a lesson, the praise goes to the first block that shows it.
        let first_file = cx.document_code.iter().find(|f| first_placeholder(cx.text, f).is_some());
        if !all_static || !first_file.is_some_and(|f| std::ptr::eq(f, cx.file)) {
            return;
        }
        if let Some(token) = first_placeholder(cx.text, cx.file) {
            out.report(cx.token_span(token), "SQL is sent with placeholders and bound values, never spliced from strings");
        }
    }
}
