use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::Statement;

crate::declare_rule! {
    /// ## What it does
    /// Flags `EXECUTE` of a query string built with `||` inside a function or
    /// procedure body, when the pieces are not quoted with `format('%I', …)`,
    /// `quote_ident`, `quote_literal` or passed with `USING`.
    ///
    /// ## Why it matters
    /// Concatenating a parameter into dynamic SQL is SQL injection inside the
    /// database: a caller passing `x'; DROP TABLE users; --` runs their own
    /// statement with the function's privileges.
    ///
    /// ## Example
    /// ```sql
    /// CREATE FUNCTION find_user(p_name text) RETURNS SETOF users AS $$
    /// BEGIN
    ///   RETURN QUERY EXECUTE 'SELECT * FROM users WHERE name = ''' || p_name || '''';
    /// END $$ LANGUAGE plpgsql;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE FUNCTION find_user(p_name text) RETURNS SETOF users AS $$
    /// BEGIN
    ///   RETURN QUERY EXECUTE 'SELECT * FROM users WHERE name = $1' USING p_name;
    /// END $$ LANGUAGE plpgsql;
    /// ```
    ///
    /// ## In production
    /// Injection through stored procedures is found in audits of systems
    /// that believed "we only call procedures, so we are safe".
    ///
    /// ## Alternatives
    /// Static SQL with parameters; `EXECUTE … USING` for values;
    /// `format('%I', name)` for identifiers that must be dynamic.
    pub struct DynamicSqlConcatenation {
        code: "X001",
        name: "dynamic-sql-concatenation",
        area: Security,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["X1"],
        dialects: [],
        fix: None,
        summary: "Dynamic SQL built by concatenation in a function",
    }
}

const SAFE: &[&str] = &["quote_ident", "quote_literal", "quote_nullable", "format(", " using "];

impl Rule for DynamicSqlConcatenation {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        if !matches!(cx.stmt, Statement::CreateFunction(_) | Statement::CreateProcedure { .. }) {
            return;
        }
        let body = cx.source().to_ascii_lowercase();
        let mut from = 0;
        while let Some(pos) = body[from..].find("execute") {
            let start = from + pos;
            let end = body[start..].find(';').map(|e| start + e).unwrap_or(body.len());
            let call = &body[start..end];
            from = end.max(start + 7);
            if call.contains("||") && !SAFE.iter().any(|s| call.contains(s)) {
                let span = cx.spans.index.span(cx.text, cx.span.start + start, cx.span.start + end);
                out.report(span, "dynamic SQL is built by concatenating values into the query string")
                    .note("a crafted argument can run arbitrary SQL with the function's privileges")
                    .help("pass values with EXECUTE … USING, and quote identifiers with format('%I', …)");
            }
        }
    }
}
