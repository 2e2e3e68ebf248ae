use crate::read::code::{loops::indented_body, CodeFile, Language};
use crate::rules::{CodeCx, Rule, Sink};
use std::ops::Range;

crate::declare_rule! {
    /// ## What it does
    /// Flags slow, external work done while a database transaction is open:
    /// HTTP requests, sleeps and mail sent between `Begin` and `Commit`
    /// (Go, JavaScript, Java) or inside a `with … transaction()` /
    /// `atomic()` block (Python).
    ///
    /// ## Why it matters
    /// An open transaction holds its row locks and a pooled connection, and
    /// keeps PostgreSQL from cleaning up old row versions. A payment API
    /// that takes two seconds (or times out after thirty) makes every other
    /// request that touches the same rows wait as long, and a few such
    /// requests exhaust the pool.
    ///
    /// ## Example
    /// ```python
    /// with conn.transaction():
    ///     conn.execute("UPDATE orders SET status = 'paying' WHERE id = %s", (order_id,))
    ///     requests.post(PAYMENT_URL, json={"order": order_id}, timeout=30)
    ///     conn.execute("UPDATE orders SET status = 'paid' WHERE id = %s", (order_id,))
    /// ```
    ///
    /// ## Use instead
    /// ```python
    /// with conn.transaction():
    ///     conn.execute("UPDATE orders SET status = 'paying' WHERE id = %s", (order_id,))
    /// requests.post(PAYMENT_URL, json={"order": order_id}, timeout=30)
    /// with conn.transaction():
    ///     conn.execute("UPDATE orders SET status = 'paid' WHERE id = %s", (order_id,))
    /// ```
    ///
    /// ## In production
    /// "Idle in transaction" sessions holding locks while the application
    /// waits on another service are a classic cause of lock pile-ups and
    /// table bloat; `idle_in_transaction_session_timeout` exists because of
    /// them.
    ///
    /// ## Alternatives
    /// Record the intent, commit, call the service, then record the result
    /// in a second transaction; an outbox table and a worker for calls that
    /// must follow a commit.
    pub struct SlowCallInTransaction {
        code: "C006",
        name: "slow-call-in-transaction",
        area: Architecture,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["A5", "C1", "C2", "C3"],
        dialects: [],
        fix: None,
        summary: "HTTP call, sleep or mail inside an open database transaction",
    }
}

/// `receiver.method` pairs that wait on something outside the database.
const SLOW_CALLS: &[(&str, &str)] = &[
    ("http", "Get"),
    ("http", "Post"),
    ("http", "PostForm"),
    ("http", "Head"),
    ("time", "Sleep"),
    ("smtp", "SendMail"),
    ("requests", "get"),
    ("requests", "post"),
    ("requests", "put"),
    ("httpx", "get"),
    ("httpx", "post"),
    ("time", "sleep"),
    ("urllib", "urlopen"),
    ("axios", "get"),
    ("axios", "post"),
    ("Thread", "sleep"),
    ("restTemplate", "postForObject"),
    ("restTemplate", "getForObject"),
    ("httpClient", "send"),
];

/// Calls that are slow whatever their receiver.
const SLOW_FUNCTIONS: &[&str] = &["fetch", "setTimeout", "urlopen"];

impl Rule for SlowCallInTransaction {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        let file = cx.file;
        let regions = transactions(cx.text, file);
        if regions.is_empty() {
            return;
        }
        for i in 0..file.tokens.len() {
            let Some(name) = file.ident(cx.text, i) else { continue };
            if !file.tokens.get(i + 1).is_some_and(|t| t.is_punct(b'(')) {
                continue;
            }
            let receiver = (i >= 2 && file.tokens[i - 1].is_punct(b'.')).then(|| file.ident(cx.text, i - 2)).flatten();
            let slow = match receiver {
                Some(receiver) => SLOW_CALLS.iter().any(|(r, m)| *r == receiver && *m == name),
                None => SLOW_FUNCTIONS.contains(&name),
            };
            let at = file.tokens[i].span.start;
            if slow && regions.iter().any(|r| r.contains(&at)) {
                let call = receiver.map_or(name.to_string(), |r| format!("{r}.{name}"));
                out.report(cx.token_span(i), format!("`{call}` runs while a database transaction is open: its locks and connection wait for it"))
                    .help("commit before calling out, and record the result in a second transaction");
            }
        }
    }
}

/// Byte ranges where a transaction is open.
fn transactions(text: &str, file: &CodeFile) -> Vec<Range<usize>> {
    let tokens = &file.tokens;
    let word = |i: usize| file.ident(text, i).unwrap_or("");
    let sql_word = |i: usize, w: &str| tokens[i].string().is_some_and(|s| text[s.content.clone()].trim().eq_ignore_ascii_case(w));
    let mut regions = Vec::new();
    let mut open: Option<usize> = None;
    for i in 0..tokens.len() {
        if file.language == Language::Python {
            // `with conn.transaction():`, `with session.begin():`, `with transaction.atomic():`
            if word(i) == "with" {
                let header_end = (i..tokens.len()).find(|&j| tokens[j].is_punct(b':')).unwrap_or(i);
                if (i..header_end).any(|j| matches!(word(j), "transaction" | "begin" | "atomic")) {
                    regions.extend(indented_body(text, tokens[i].span.start, file.range.end));
                }
            }
            continue;
        }
        let begins = matches!(word(i), "Begin" | "BeginTx" | "beginTransaction")
            || sql_word(i, "BEGIN")
            || (word(i) == "setAutoCommit" && tokens.get(i + 2).is_some_and(|_| word(i + 2) == "false"));
        // `defer tx.Rollback()` runs at the end of the function, not here.
        let deferred = i >= 3 && word(i - 3) == "defer";
        let ends = (matches!(word(i), "Commit" | "commit" | "Rollback" | "rollback") && !deferred) || sql_word(i, "COMMIT") || sql_word(i, "ROLLBACK");
        if begins && open.is_none() {
            open = Some(tokens[i].span.end);
        } else if ends {
            if let Some(start) = open.take() {
                regions.push(start..tokens[i].span.start);
            }
        }
    }
    if let Some(start) = open {
        regions.push(start..file.range.end);
    }
    regions
}
