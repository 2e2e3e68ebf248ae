//! What earlier statements of a script set up for later ones (a transaction,
//! a lock timeout, a pragma, the tables it created), followed statement by
//! statement.

use crate::input::Dialect;
use crate::model::names::object_name;
use sqlparser::ast::{AlterTableOperation, ObjectType, Set, Statement, Value};
use std::collections::{HashMap, HashSet};

/// Session state that earlier statements set up for later ones.
#[derive(Debug, Default, Clone)]
pub struct ScriptState {
    /// Inside `BEGIN … COMMIT`.
    pub in_transaction: bool,
    /// A `SET lock_timeout` ran earlier in the input.
    pub lock_timeout: bool,
    /// A `SET statement_timeout` ran earlier in the input.
    pub statement_timeout: bool,
    /// `PRAGMA foreign_keys = ON` ran (SQLite enforces foreign keys only then).
    pub sqlite_foreign_keys: bool,
    /// How many single-row `INSERT … VALUES` each table received so far (ClickHouse).
    pub single_row_inserts: HashMap<String, u32>,
    /// Tables and views created earlier in the input (`CREATE TABLE`, `CREATE
    /// VIEW`, `CREATE MATERIALIZED VIEW`, a `CREATE SCHEMA`'s elements), with
    /// the statement that created each: new and empty, not yet serving traffic.
    pub created: HashMap<String, usize>,
    /// Tables whose rows an earlier `INSERT … SELECT` copied elsewhere (the
    /// rebuild recipe: rename, create anew, copy, drop the old one).
    pub copied_out: HashSet<String>,
}

impl ScriptState {
    /// Session settings and objects that later statements rely on; `index`
    /// is the statement's position in the review.
    pub fn advance(&mut self, stmt: &Statement, dialect: Dialect, index: usize) {
        self.track_created(stmt, index);
        let state = self;
        // Only ClickHouse rules read insert batching; other systems skip the bookkeeping.
        if dialect == Dialect::Clickhouse {
            if let Some(table) = single_row_insert_target(stmt) {
                *state.single_row_inserts.entry(table).or_insert(0) += 1;
            }
        }
        match stmt {
            Statement::StartTransaction { .. } => state.in_transaction = true,
            Statement::Commit { .. } | Statement::Rollback { .. } => state.in_transaction = false,
            Statement::Set(Set::SingleAssignment { variable, .. }) => {
                let name = variable.to_string().to_ascii_lowercase();
                state.lock_timeout |= name == "lock_timeout";
                state.statement_timeout |= name == "statement_timeout";
            }
            Statement::Pragma { name, value: Some(value), .. } if name.to_string().eq_ignore_ascii_case("foreign_keys") => {
                state.sqlite_foreign_keys = match &value.value {
                    Value::Number(n, _) => n != "0",
                    Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) => ["on", "yes", "true", "1"].contains(&s.to_ascii_lowercase().as_str()),
                    _ => state.sqlite_foreign_keys,
                };
            }
            _ => {}
        }
    }

    /// Tables and views an unread statement created (`CREATE SCHEMA … CREATE TABLE …`).
    pub fn advance_unread(&mut self, names: Vec<String>, index: usize) {
        self.created.extend(names.into_iter().map(|name| (name, index)));
    }

    fn track_created(&mut self, stmt: &Statement, index: usize) {
        match stmt {
            Statement::Insert(insert) => {
                if let Some(source) = &insert.source {
                    let _ = sqlparser::ast::visit_relations(source, |relation| {
                        self.copied_out.insert(object_name(relation));
                        std::ops::ControlFlow::<()>::Continue(())
                    });
                }
            }
            // `RENAME TABLE a TO b` (MySQL, ClickHouse): a new table renamed is still new.
            Statement::RenameTable(renames) => {
                for rename in renames {
                    if let Some(at) = self.created.remove(&object_name(&rename.old_name)) {
                        self.created.insert(object_name(&rename.new_name), at);
                    }
                }
            }
            Statement::CreateTable(create) => {
                self.created.insert(object_name(&create.name), index);
            }
            Statement::CreateView(view) => {
                self.created.insert(object_name(&view.name), index);
            }
            // A new table renamed is still new.
            Statement::AlterTable(alter) => {
                for op in &alter.operations {
                    if let AlterTableOperation::RenameTable { table_name } = op {
                        let new_name = match table_name {
                            sqlparser::ast::RenameTableNameKind::As(name) | sqlparser::ast::RenameTableNameKind::To(name) => object_name(name),
                        };
                        if let Some(at) = self.created.remove(&object_name(&alter.name)) {
                            self.created.insert(new_name, at);
                        }
                    }
                }
            }
            Statement::Drop { object_type: ObjectType::Table | ObjectType::View | ObjectType::MaterializedView, names, .. } => {
                for name in names {
                    self.created.remove(&object_name(name));
                }
            }
            _ => {}
        }
    }

    /// Whether `name` was created by a statement from `since` on (the
    /// current document's first) and before the current one.
    pub fn created_since(&self, name: &str, since: usize) -> bool {
        self.created.get(name).is_some_and(|at| *at >= since)
    }

    /// Single-row inserts into `table` before the current statement.
    pub fn single_row_inserts_into(&self, table: &str) -> u32 {
        self.single_row_inserts.get(table).copied().unwrap_or(0)
    }
}

/// The target of an `INSERT … VALUES` with exactly one row.
pub fn single_row_insert_target(stmt: &Statement) -> Option<String> {
    let Statement::Insert(insert) = stmt else { return None };
    let sqlparser::ast::SetExpr::Values(values) = insert.source.as_ref()?.body.as_ref() else { return None };
    (values.rows.len() == 1).then(|| insert.table.to_string().to_ascii_lowercase())
}
