//! ClickHouse's own rules (concept T13): table engines, sorting and
//! partition keys, `FINAL`, `Nullable`, insert batching and mutations.

mod mutation;
mod nullable_columns;
mod partition_granularity;
mod select_final;
mod small_inserts;
mod sorting_key;

pub use mutation::Mutation;
pub use nullable_columns::NullableColumns;
pub use partition_granularity::PartitionGranularity;
pub use select_final::SelectFinal;
pub use small_inserts::SmallInserts;
pub use sorting_key::SortingKey;

use sqlparser::ast::{CreateTable, CreateTableOptions, Expr, Ident, OneOrManyWithParens, SqlOption};

/// The table engine a `CREATE TABLE` names (`MergeTree`, `ReplacingMergeTree`…).
fn engine(create: &CreateTable) -> Option<&Ident> {
    let CreateTableOptions::Plain(options) = &create.table_options else { return None };
    options.iter().find_map(|option| match option {
        SqlOption::NamedParenthesizedList(list) if list.key.value.eq_ignore_ascii_case("ENGINE") => list.name.as_ref(),
        _ => None,
    })
}

/// Whether the engine is one of the MergeTree family (the ones with a sorting key).
fn is_merge_tree(create: &CreateTable) -> bool {
    engine(create).is_some_and(|e| e.value.to_ascii_lowercase().ends_with("mergetree"))
}

/// The sorting key's expressions; `ORDER BY tuple()` is an empty key.
fn sorting_key(create: &CreateTable) -> Option<Vec<&Expr>> {
    let key: Vec<&Expr> = match create.order_by.as_ref()? {
        OneOrManyWithParens::One(expr) => vec![expr],
        OneOrManyWithParens::Many(exprs) => exprs.iter().collect(),
    };
    let is_empty_tuple = |e: &Expr| matches!(e, Expr::Function(f) if f.name.to_string().eq_ignore_ascii_case("tuple") && f.args.to_string().trim_matches(['(', ')']).trim().is_empty());
    Some(key.into_iter().filter(|e| !is_empty_tuple(e)).collect())
}

/// The column a key expression is, or wraps in one function (`toDate(ts)`).
fn key_column(expr: &Expr) -> Option<&Ident> {
    match expr {
        Expr::Identifier(ident) => Some(ident),
        Expr::Nested(inner) => key_column(inner),
        Expr::Function(f) => {
            let sqlparser::ast::FunctionArguments::List(list) = &f.args else { return None };
            match list.args.as_slice() {
                [sqlparser::ast::FunctionArg::Unnamed(sqlparser::ast::FunctionArgExpr::Expr(inner))] => key_column(inner),
                _ => None,
            }
        }
        _ => None,
    }
}
