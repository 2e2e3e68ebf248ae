use crate::read::code::Language;
use crate::rules::{CodeCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags Go result sets (`rows, err := db.QueryContext(…)`) whose
    /// `rows.Close()` or `rows.Err()` is never called in the same code.
    ///
    /// ## Why it matters
    /// Until `Close` runs, the connection stays checked out of the pool: an
    /// early `return` in the loop leaks it, and a handful of leaks stall the
    /// service. `rows.Next()` returning false does not say whether the
    /// rows ended or the connection broke: only `rows.Err()` tells, so
    /// skipping it turns errors into silently short results.
    ///
    /// ## Example
    /// ```go
    /// func paidOrders(ctx context.Context, db *sql.DB) error {
    ///     rows, err := db.QueryContext(ctx, "SELECT id FROM orders WHERE status = 'paid'")
    ///     for rows.Next() {
    ///         rows.Scan(&id)
    ///     }
    ///     return err
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```go
    /// func paidOrders(ctx context.Context, db *sql.DB) error {
    ///     rows, err := db.QueryContext(ctx, "SELECT id FROM orders WHERE status = 'paid'")
    ///     if err != nil {
    ///         return err
    ///     }
    ///     defer rows.Close()
    ///     for rows.Next() {
    ///         rows.Scan(&id)
    ///     }
    ///     return rows.Err()
    /// }
    /// ```
    ///
    /// ## In production
    /// "sql: database is closed" and pools stuck at their maximum with idle
    /// traffic are the usual symptoms of leaked rows.
    ///
    /// ## Alternatives
    /// `QueryRowContext` for one row (it closes itself); sqlx's `Select`,
    /// or pgx's `CollectRows`, which close and check for you.
    pub struct GoRowsNotClosed {
        code: "C005",
        name: "go-rows-not-closed",
        area: Query,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["C1"],
        dialects: [],
        fix: None,
        summary: "Go rows without rows.Close() or rows.Err()",
    }
}

impl Rule for GoRowsNotClosed {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        // A lesson's one-line snippet shows a call, not a function's whole
        // life cycle: judge only code that has functions.
        if cx.file.language != Language::Go || !cx.file.mentions(cx.text, "func") {
            return;
        }
        let file = cx.file;
        for call in file.method_calls(cx.text, &["Query", "QueryContext"]) {
            let Some(variable) = assigned_rows(cx, call) else { continue };
            let calls_on = |method: &str| {
                (2..file.tokens.len())
                    .any(|i| file.ident(cx.text, i) == Some(method) && file.tokens[i - 1].is_punct(b'.') && file.ident(cx.text, i - 2) == Some(variable))
            };
            let missing: Vec<&str> = ["Close", "Err"].into_iter().filter(|m| !calls_on(m)).collect();
            if !missing.is_empty() {
                let names: Vec<String> = missing.iter().map(|m| format!("{variable}.{m}()")).collect();
                out.report(
                    cx.token_span(call),
                    format!("`{variable}` is never given {}: the connection can leak, or errors end the loop silently", names.join(" or ")),
                )
                .help(format!("defer {variable}.Close() right after the error check, and return {variable}.Err() after the loop"));
            }
        }
    }
}

/// The variable in `rows, err := s.db.Query(…)` (or `=`), for the call's method token.
fn assigned_rows<'t>(cx: &CodeCx<'t>, call: usize) -> Option<&'t str> {
    let tokens = &cx.file.tokens;
    // Back over the receiver chain (`s.db.`).
    let mut i = call.checked_sub(1)?;
    while i > 0 && (tokens[i].is_punct(b'.') || cx.file.ident(cx.text, i).is_some()) {
        i -= 1;
    }
    if !tokens[i].is_punct(b'=') {
        return None;
    }
    i = i.checked_sub(1)?;
    if tokens[i].is_punct(b':') {
        i = i.checked_sub(1)?;
    }
    // `err`, then `,`, then the rows variable.
    cx.file.ident(cx.text, i)?;
    if !tokens.get(i.checked_sub(1)?)?.is_punct(b',') {
        return None;
    }
    cx.file.ident(cx.text, i.checked_sub(2)?)
}
