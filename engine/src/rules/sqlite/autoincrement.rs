use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{ColumnOption, Statement};
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::Token;

crate::declare_rule! {
    /// ## What it does
    /// Flags `AUTOINCREMENT` on a SQLite `INTEGER PRIMARY KEY`.
    ///
    /// ## Why it matters
    /// An `INTEGER PRIMARY KEY` already gets a new, unused id on insert.
    /// `AUTOINCREMENT` only adds the promise never to reuse an id of a
    /// deleted row, paid for with a write to the `sqlite_sequence` table on
    /// every insert. SQLite's own documentation advises against it unless
    /// that promise is needed.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE events (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    /// ```
    ///
    /// ## In production
    /// Insert-heavy SQLite databases (logs, queues on devices) spend
    /// measurable time on `sqlite_sequence`; most never needed the
    /// no-reuse guarantee.
    ///
    /// ## Alternatives
    /// Keep `AUTOINCREMENT` where ids must never be reused (ids shown to
    /// users or exported to other systems after deletes).
    pub struct Autoincrement {
        code: "T504",
        name: "sqlite-autoincrement",
        area: Schema,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["T5", "S2"],
        dialects: [Sqlite],
        fix: None,
        summary: "AUTOINCREMENT in SQLite: an extra write per insert, rarely needed",
    }
}

impl Rule for Autoincrement {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::CreateTable(create) = cx.stmt else { return };
        for column in &create.columns {
            let marked = column.options.iter().any(|o| match &o.option {
                ColumnOption::DialectSpecific(tokens) => tokens.iter().any(|t| matches!(t, Token::Word(w) if w.keyword == Keyword::AUTOINCREMENT)),
                _ => false,
            });
            if marked {
                out.report(
                    cx.spans.span_of(column.name.span),
                    format!("`{}.{}` uses AUTOINCREMENT: an extra sqlite_sequence write per insert", create.name, column.name),
                )
                .help("INTEGER PRIMARY KEY alone assigns new ids; keep AUTOINCREMENT only if ids must never be reused");
            }
        }
    }
}
