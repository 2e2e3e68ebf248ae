use super::QUERY_METHODS;
use crate::rules::{CodeCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a database call made inside a loop: the N+1 pattern, one
    /// round trip per item. Schema changes and transaction control in a
    /// loop (`DROP VIEW` per alias, `BEGIN` per queued task) and calls in an
    /// endless worker loop (`while True:` taking one task per turn) are not
    /// N+1 and are not flagged, nor is a statement whose table is the
    /// value that changes per turn (a count per table).
    ///
    /// ## Why it matters
    /// Each query costs a network round trip plus parsing and planning. A
    /// page listing 50 orders that loads each customer separately makes 51
    /// queries; at 1 ms each the page spends 50 ms waiting, and under load
    /// those queries compete for the same connections.
    ///
    /// ## Example
    /// ```go
    /// for _, id := range customerIDs {
    ///     row := db.QueryRowContext(ctx, "SELECT name FROM customers WHERE id = $1", id)
    ///     row.Scan(&name)
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```go
    /// rows, err := db.QueryContext(ctx, "SELECT id, name FROM customers WHERE id = ANY($1)", customerIDs)
    /// ```
    ///
    /// ## In production
    /// N+1 is the most common cause of "the page got slow as data grew":
    /// ORMs lazy-load relations one row at a time unless told otherwise.
    ///
    /// ## Alternatives
    /// One query with `IN`/`= ANY($1)` or a join; the ORM's eager loading
    /// (`select_related`, `include`, `JOIN FETCH`); a batch loader
    /// (DataLoader) that collects ids per request.
    pub struct QueryInLoop {
        code: "C002",
        name: "query-in-loop",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["Q9", "C1", "C2", "C3"],
        dialects: [],
        fix: None,
        summary: "a query per loop iteration (N+1)",
    }
}

impl Rule for QueryInLoop {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        for call in cx.file.method_calls(cx.text, QUERY_METHODS) {
            let at = cx.file.tokens[call].span.start;
            // The innermost loop around the call: a worker's endless loop takes one task per turn, not one row.
            let Some(body) = cx.loops.iter().filter(|b| b.contains(&at)).max_by_key(|b| b.start) else { continue };
            if is_endless(&cx.text[..body.start]) || sends_no_rows(cx, call) {
                continue;
            }
            let method = cx.file.ident(cx.text, call).unwrap_or("query");
            out.report(cx.token_span(call), format!("`{method}` runs once per loop iteration: N+1 round trips"))
                .help("fetch all the rows in one query (IN / = ANY($1) / a join) before the loop");
        }
    }
}

/// Whether the loop header just before a body is an endless loop
/// (`while True:`, `while (true) {`, Go's `for {`): a worker or a poller.
fn is_endless(before_body: &str) -> bool {
    let header = before_body.trim_end().trim_end_matches(':').trim_end();
    let header = header.rsplit(['\n', ';', '}']).next().unwrap_or("").trim();
    matches!(header, "while True" | "while 1" | "while (true)" | "while(true)" | "while (1)" | "for")
}

/// Statements whose repetition is no N+1: schema changes and transaction
/// control, which cannot be folded into one query over many rows.
const NO_ROWS: &[&str] = &[
    "BEGIN",
    "COMMIT",
    "ROLLBACK",
    "SAVEPOINT",
    "RELEASE",
    "PRAGMA",
    "SET",
    "CREATE",
    "DROP",
    "ALTER",
    "VACUUM",
    "ANALYZE",
    "REINDEX",
    "TRUNCATE",
    "GRANT",
    "REVOKE",
    "REFRESH",
    "COMMENT",
];

/// Whether a string's interpolated value is the table it reads or writes
/// (`f"select count(*) from {table}"`): one statement per table, which no
/// `IN` list can fold.
fn names_the_table(text: &str, token: &crate::read::code::Token) -> bool {
    let Some(lit) = token.string() else { return false };
    lit.holes.iter().any(|hole| {
        let before = text[lit.content.start..hole.start].trim_end().trim_end_matches(['"', '`', '[', '(']).trim_end();
        let word = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        ["from", "into", "table", "join", "update"].iter().any(|k| word.eq_ignore_ascii_case(k))
    })
}

/// Whether the call sends one of [`NO_ROWS`]: its first argument is such a
/// literal (through `text(…)`), or a variable last given one.
fn sends_no_rows(cx: &CodeCx, call: usize) -> bool {
    let tokens = &cx.file.tokens;
    let Some(close) = crate::read::code::brackets::matching(tokens, call + 1) else { return false };
    let literal = |k: usize| tokens.get(k).and_then(|t| t.string()).map(|s| &cx.text[s.content.clone()]);
    // The first argument's string, or the variable holding it (`sa.text(sql)`, `sql.format(…)`).
    let first_arg = (call + 2..close).take_while(|&k| !tokens[k].is_punct(b','));
    let mut statement = None;
    for k in first_arg {
        if let Some(sql) = literal(k) {
            if names_the_table(cx.text, &tokens[k]) {
                return true;
            }
            statement = Some(sql);
            break;
        }
        let Some(name) = cx.file.ident(cx.text, k) else { continue };
        let called = tokens.get(k + 1).is_some_and(|t| t.is_punct(b'('));
        let member = tokens.get(k + 1).is_some_and(|t| t.is_punct(b'.')) && cx.file.ident(cx.text, k + 2) != Some("format");
        if called || member || k > 0 && tokens[k - 1].is_punct(b'.') {
            continue;
        }
        let assigned = (0..call).rev().find(|&a| cx.file.ident(cx.text, a) == Some(name) && tokens.get(a + 1).is_some_and(|t| t.is_punct(b'=')));
        statement = assigned.and_then(|a| literal(a + 2));
        break;
    }
    statement.is_some_and(|sql| {
        let first = sql.trim_start().split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        NO_ROWS.iter().any(|k| first.eq_ignore_ascii_case(k))
    })
}
