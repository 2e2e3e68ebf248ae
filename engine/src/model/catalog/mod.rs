//! The schema catalog, built from every piece of DDL in the input, in order.

use super::types::TypeKind;
use crate::source::{LineIndex, TextSpan};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

mod ddl;

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(from = "CatalogData")]
pub struct Catalog {
    pub tables: Vec<Table>,
    /// Names of `CREATE TYPE … AS ENUM` types.
    pub enum_types: Vec<String>,
    /// Tables and views created by statements this reviewer could not read:
    /// they exist, though nothing is known of their columns.
    pub unread: Vec<String>,
    #[serde(skip)]
    by_name: HashMap<String, usize>,
}

/// A catalog as it is serialized; its name index is rebuilt on the way in.
#[derive(Deserialize)]
struct CatalogData {
    tables: Vec<Table>,
    enum_types: Vec<String>,
    #[serde(default)]
    unread: Vec<String>,
}

impl From<CatalogData> for Catalog {
    fn from(data: CatalogData) -> Catalog {
        let by_name = data.tables.iter().enumerate().map(|(i, t)| (t.name.clone(), i)).collect();
        Catalog { tables: data.tables, enum_types: data.enum_types, unread: data.unread, by_name }
    }
}

impl Catalog {
    /// The tables `keep` accepts, with their index (for rules of one system
    /// over the tables a lesson's block of that system created).
    pub fn subset(&self, keep: impl Fn(&Table) -> bool) -> Catalog {
        Catalog::from(CatalogData {
            tables: self.tables.iter().filter(|t| keep(t)).cloned().collect(),
            enum_types: self.enum_types.clone(),
            unread: self.unread.clone(),
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Table {
    pub name: String,
    pub columns: Vec<Column>,
    pub primary_key: Vec<String>,
    pub foreign_keys: Vec<ForeignKey>,
    /// Every index, including the ones PRIMARY KEY and UNIQUE create.
    pub indexes: Vec<Index>,
    /// Columns named by CHECK constraints.
    pub checked_columns: Vec<String>,
    pub partitioned_by: Option<String>,
    /// Index of the statement that created the table.
    pub statement: usize,
    pub span: TextSpan,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    /// The type as written, upper-cased by the parser.
    pub data_type: String,
    pub kind: TypeKind,
    /// Declared length (`VARCHAR(255)`, `CHAR(36)`).
    pub length: Option<u64>,
    pub nullable: bool,
    pub default: Option<String>,
    /// `GENERATED … AS IDENTITY`, `SERIAL` or `AUTO_INCREMENT`.
    pub generated_key: bool,
    pub span: TextSpan,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ForeignKey {
    pub columns: Vec<String>,
    pub references: String,
    pub referenced_columns: Vec<String>,
    pub span: TextSpan,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexOrigin {
    PrimaryKey,
    UniqueConstraint,
    CreateIndex,
}

impl IndexOrigin {
    /// How an index without a name is shown: what made it.
    pub fn label(self) -> &'static str {
        match self {
            IndexOrigin::PrimaryKey => "primary key",
            IndexOrigin::UniqueConstraint => "unique constraint",
            IndexOrigin::CreateIndex => "index",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Index {
    pub name: Option<String>,
    /// Key parts in order: a column name, or the expression's text.
    pub keys: Vec<IndexKey>,
    pub unique: bool,
    /// `btree`, `hash`, `gin`, `gist`, `brin`…
    pub method: String,
    pub predicate: Option<String>,
    pub include: Vec<String>,
    pub origin: IndexOrigin,
    pub statement: usize,
    pub span: TextSpan,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexKey {
    /// The column when the key part is a plain column.
    pub column: Option<String>,
    /// Normalised text of the key part (for expression indexes).
    pub expr: String,
}

impl Index {
    pub fn leading_column(&self) -> Option<&str> {
        self.keys.first().and_then(|k| k.column.as_deref())
    }

    pub fn columns(&self) -> impl Iterator<Item = Option<&str>> {
        self.keys.iter().map(|k| k.column.as_deref())
    }

    /// A B-tree-like index whose key order the planner can use for ranges and sorts.
    pub fn is_ordered(&self) -> bool {
        self.method == "btree"
    }

    pub fn display_keys(&self) -> String {
        self.keys.iter().map(|k| k.expr.as_str()).collect::<Vec<_>>().join(", ")
    }
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    fn column_mut(&mut self, name: &str) -> Option<&mut Column> {
        self.columns.iter_mut().find(|c| c.name == name)
    }

    /// Whether `column` alone is guaranteed unique (PK or a one-column unique index).
    pub fn is_unique_column(&self, column: &str) -> bool {
        self.indexes.iter().any(|i| i.unique && i.predicate.is_none() && i.keys.len() == 1 && i.leading_column() == Some(column))
    }

    /// Whether some usable index starts with `column`.
    pub fn has_index_leading_with(&self, column: &str) -> bool {
        self.indexes.iter().any(|i| i.leading_column() == Some(column))
    }
}

impl Catalog {
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.by_name.get(name).map(|&i| &self.tables[i])
    }

    fn table_mut(&mut self, name: &str) -> Option<&mut Table> {
        self.by_name.get(name).copied().map(move |i| &mut self.tables[i])
    }

    pub fn is_empty(&self) -> bool {
        self.tables.is_empty()
    }

    /// The table a column named `stem` (or `stem_id`) would refer to: `rating`
    /// to `ratings`, `category` to `categories`.
    pub fn table_named_by(&self, column: &str) -> Option<&Table> {
        let stem = column.strip_suffix("_id").unwrap_or(column);
        let plural_y = format!("{}ies", stem.strip_suffix('y').unwrap_or(stem));
        [stem.to_string(), format!("{stem}s"), format!("{stem}es"), plural_y].iter().find_map(|n| self.table(n))
    }
}

/// Converts sqlparser spans, falling back to the enclosing statement.
pub struct SpanCx<'a> {
    pub text: &'a str,
    pub index: &'a LineIndex,
    pub statement: TextSpan,
}

impl SpanCx<'_> {
    pub fn span_of(&self, span: sqlparser::tokenizer::Span) -> TextSpan {
        self.index
            .from_sql_span(self.text, span)
            .filter(|s| s.start >= self.statement.start && s.end <= self.statement.end.max(s.start))
            .unwrap_or(self.statement)
    }
}
