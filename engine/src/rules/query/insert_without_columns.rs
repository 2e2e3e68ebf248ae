use crate::model::names::object_name;
use crate::rules::util::column_list;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{Statement, TableObject};

crate::declare_rule! {
    /// ## What it does
    /// Flags `INSERT` statements without a column list. Rows a script loads
    /// into a table it created itself (a dump's data after its `CREATE
    /// TABLE`) are left alone: they are written against that very definition.
    /// So are a lesson's examples and inserts into a table of one or two
    /// columns, whose order nobody mistakes.
    ///
    /// ## Why it matters
    /// The values are matched to columns by position. Adding, dropping or
    /// reordering a column later either breaks the statement or, worse,
    /// silently puts values into the wrong columns when the types happen to
    /// be compatible.
    ///
    /// ## Example
    /// ```sql
    /// INSERT INTO users VALUES (1, 'ada@example.com', now());
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// INSERT INTO users (id, email, created_at) VALUES (1, 'ada@example.com', now());
    /// ```
    ///
    /// ## In production
    /// Seed scripts and fixtures kept apart from the schema, without column
    /// lists, are the first thing to break after a migration adds a column.
    ///
    /// ## Alternatives
    /// Always name the columns; let defaults fill the rest.
    pub struct InsertWithoutColumns {
        code: "Q016",
        name: "insert-without-columns",
        area: Query,
        severity: Warning,
        section: BestPracticeAlignment,
        concepts: ["Q12"],
        dialects: [],
        fix: Suggestion,
        summary: "INSERT without a column list",
    }
}

impl Rule for InsertWithoutColumns {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::Insert(insert) = cx.stmt else { return };
        // Hive and Spark fill `INSERT OVERWRITE` targets by position; a column list is not their idiom.
        // A dump's rows into its own new table come with that table's definition.
        if !insert.columns.is_empty() || insert.source.is_none() || (insert.overwrite && cx.dialect.is_analytical()) || cx.is_seed_data() || cx.in_lesson {
            return;
        }
        let TableObject::TableName(name) = &insert.table else { return };
        let table = object_name(name);
        let known = cx.catalog.table(&table).map_or_else(|| values_width(insert), |t| t.columns.len());
        if cx.created_in_script(&table) || (1..=2).contains(&known) {
            return;
        }
        let finding =
            out.report(cx.span, format!("`INSERT INTO {table}` without a column list depends on column order")).help("name the columns being inserted");
        if let Some(t) = cx.catalog.table(&table).filter(|t| !t.columns.is_empty()) {
            finding.help(format!("name the columns: INSERT INTO {table} ({}) …", column_list(t)));
        }
    }
}

/// How many values each row of an `INSERT … VALUES` gives (0 for a query).
fn values_width(insert: &sqlparser::ast::Insert) -> usize {
    match insert.source.as_deref().map(|q| q.body.as_ref()) {
        Some(sqlparser::ast::SetExpr::Values(values)) => values.rows.first().map_or(0, |row| row.len()),
        _ => 0,
    }
}
