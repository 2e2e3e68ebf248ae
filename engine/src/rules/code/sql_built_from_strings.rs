use crate::read::code::{Building, Language};
use crate::rules::{CodeCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags SQL built by gluing values into the statement text: `+`
    /// concatenation, `fmt.Sprintf`, `String.format`, Python's `%` and
    /// `.format()`, f-strings and JavaScript template literals.
    ///
    /// ## Why it matters
    /// Whatever the variable holds becomes SQL. A name like
    /// `x' OR '1'='1` reads every row; `'; DROP TABLE users; --` does worse.
    /// Escaping by hand misses cases (numbers, identifiers, encodings);
    /// placeholders send the value separately, so it can never change the
    /// statement, and let the server reuse the plan.
    ///
    /// ## Example
    /// ```python
    /// cur.execute(f"SELECT id, email FROM users WHERE email = '{email}'")
    /// ```
    ///
    /// ## Use instead
    /// ```python
    /// cur.execute("SELECT id, email FROM users WHERE email = %s", (email,))
    /// ```
    ///
    /// ## In production
    /// Injection stays on the OWASP Top 10 because this pattern keeps being
    /// taught; breaches from one concatenated login or search query are
    /// still reported every year.
    ///
    /// ## Alternatives
    /// Placeholders (`$1`, `?`, `%s`, `:name`) for values; an allow-list
    /// mapped to fixed SQL for identifiers and sort orders, which
    /// placeholders cannot carry; a query builder that parameterizes.
    pub struct SqlBuiltFromStrings {
        code: "C001",
        name: "sql-built-from-strings",
        area: Security,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["X1", "C1", "C2", "C3"],
        dialects: [],
        fix: None,
        summary: "SQL built by concatenation, formatting or interpolation (injection)",
    }
}

impl Rule for SqlBuiltFromStrings {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        for literal in &cx.file.sql {
            let how = match literal.building {
                Building::Static => continue,
                Building::Concatenation => "concatenates a value into",
                Building::Formatting => "formats a value into",
                Building::Interpolation => "interpolates a value into",
            };
            let placeholder = match cx.file.language {
                Language::Go => "$1 (pgx, lib/pq) or ? (MySQL) and pass the value to Query",
                Language::Python => "%s and pass the values as the second argument of execute",
                Language::JavaScript => "$1 and pass [value] as the second argument of query",
                Language::Java => "? in a PreparedStatement and setString/setLong the value",
            };
            out.report(
                cx.token_span(literal.token),
                format!("this {} code {how} SQL: the value can change the statement (SQL injection)", cx.file.language.name()),
            )
            .help(format!("use a placeholder: {placeholder}"));
        }
    }
}
