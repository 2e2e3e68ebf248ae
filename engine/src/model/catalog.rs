//! The schema catalog, built from every piece of DDL in the input, in order.

use super::names::{ident, object_name, strip_parens};
use super::types::TypeKind;
use crate::source::{LineIndex, TextSpan};
use serde::{Deserialize, Serialize};
use sqlparser::ast::Spanned;
use sqlparser::ast::{
    AlterColumnOperation, AlterTableOperation, ColumnDef, ColumnOption, CreateIndex, CreateTable, Expr, HiveDistributionStyle, IndexColumn, ObjectType,
    Statement, TableConstraint,
};
use std::collections::HashMap;

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

    /// Apply one statement's DDL. `statement` is its index in the input.
    pub fn apply(&mut self, stmt: &Statement, statement: usize, cx: &SpanCx) {
        match stmt {
            Statement::CreateTable(create) => self.create_table(create, statement, cx),
            Statement::CreateIndex(create) => self.create_index(create, statement, cx),
            Statement::AlterTable(alter) => {
                let name = object_name(&alter.name);
                for op in &alter.operations {
                    self.alter_table(&name, op, statement, cx);
                }
            }
            Statement::Drop { object_type: ObjectType::Table, names, .. } => {
                for name in names {
                    self.drop_table(&object_name(name));
                }
            }
            Statement::CreateType { name, representation: Some(sqlparser::ast::UserDefinedTypeRepresentation::Enum { .. }), .. } => {
                self.enum_types.push(object_name(name));
            }
            _ => {}
        }
    }

    fn drop_table(&mut self, name: &str) {
        if let Some(i) = self.by_name.remove(name) {
            self.tables.remove(i);
            for v in self.by_name.values_mut() {
                if *v > i {
                    *v -= 1;
                }
            }
        }
    }

    fn create_table(&mut self, create: &CreateTable, statement: usize, cx: &SpanCx) {
        let name = object_name(&create.name);
        if self.by_name.contains_key(&name) {
            if create.if_not_exists {
                return;
            }
            self.drop_table(&name);
        }
        let mut table = Table {
            name: name.clone(),
            columns: Vec::new(),
            primary_key: Vec::new(),
            foreign_keys: Vec::new(),
            indexes: Vec::new(),
            checked_columns: Vec::new(),
            partitioned_by: create.partition_by.as_ref().map(|p| p.to_string()),
            statement,
            span: cx.span_of(create.name.span()),
        };
        for column in &create.columns {
            add_column(&mut table, column, statement, cx);
        }
        for constraint in &create.constraints {
            add_constraint(&mut table, constraint, statement, cx);
        }
        // Hive declares partition columns apart from the others (Spark may
        // just name columns of the list): both are the table's partition key.
        if let HiveDistributionStyle::PARTITIONED { columns } = &create.hive_distribution {
            let mut names = Vec::new();
            for column in columns {
                let name = ident(&column.name);
                if table.column(&name).is_none() {
                    add_column(&mut table, column, statement, cx);
                }
                names.push(name);
            }
            table.partitioned_by = Some(format!("({})", names.join(", ")));
        }
        self.by_name.insert(name, self.tables.len());
        self.tables.push(table);
    }

    fn create_index(&mut self, create: &CreateIndex, statement: usize, cx: &SpanCx) {
        let table_name = object_name(&create.table_name);
        let Some(table) = self.table_mut(&table_name) else { return };
        let method = create.using.as_ref().map(|m| m.to_string().trim_matches('"').to_ascii_lowercase()).unwrap_or_else(|| "btree".into());
        table.indexes.push(Index {
            name: create.name.as_ref().map(object_name),
            keys: create.columns.iter().map(index_key).collect(),
            unique: create.unique,
            method,
            predicate: create.predicate.as_ref().map(|p| p.to_string()),
            include: create.include.iter().map(ident).collect(),
            origin: IndexOrigin::CreateIndex,
            statement,
            span: cx.statement,
        });
    }

    fn alter_table(&mut self, name: &str, op: &AlterTableOperation, statement: usize, cx: &SpanCx) {
        if let AlterTableOperation::RenameTable { table_name } = op {
            let new_name = table_name.to_string();
            let new_name = new_name.rsplit('.').next().unwrap_or("").trim_start_matches("TO ").to_ascii_lowercase();
            if let Some(i) = self.by_name.remove(name) {
                self.tables[i].name = new_name.clone();
                self.by_name.insert(new_name, i);
            }
            return;
        }
        let Some(table) = self.table_mut(name) else { return };
        match op {
            AlterTableOperation::AddColumn { column_def, .. } => add_column(table, column_def, statement, cx),
            AlterTableOperation::AddConstraint { constraint, .. } => add_constraint(table, constraint, statement, cx),
            AlterTableOperation::DropColumn { column_names, .. } => {
                let dropped: Vec<String> = column_names.iter().map(ident).collect();
                table.columns.retain(|c| !dropped.contains(&c.name));
            }
            AlterTableOperation::RenameColumn { old_column_name, new_column_name } => {
                let old = ident(old_column_name);
                let new = ident(new_column_name);
                if let Some(c) = table.column_mut(&old) {
                    c.name = new.clone();
                }
                for key in table.indexes.iter_mut().flat_map(|i| i.keys.iter_mut()) {
                    if key.column.as_deref() == Some(old.as_str()) {
                        key.column = Some(new.clone());
                        key.expr = new.clone();
                    }
                }
            }
            AlterTableOperation::AlterColumn { column_name, op } => {
                let Some(c) = table.column_mut(&ident(column_name)) else { return };
                match op {
                    AlterColumnOperation::SetNotNull => c.nullable = false,
                    AlterColumnOperation::DropNotNull => c.nullable = true,
                    AlterColumnOperation::SetDefault { value } => c.default = Some(value.to_string()),
                    AlterColumnOperation::DropDefault => c.default = None,
                    AlterColumnOperation::SetDataType { data_type, .. } => {
                        c.data_type = data_type.to_string();
                        (c.kind, c.length) = TypeKind::classify(&c.data_type);
                    }
                    AlterColumnOperation::AddGenerated { .. } => c.generated_key = true,
                    _ => {}
                }
            }
            _ => {}
        }
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

fn add_column(table: &mut Table, def: &ColumnDef, statement: usize, cx: &SpanCx) {
    let data_type = def.data_type.to_string();
    let (kind, length) = TypeKind::classify(&data_type);
    let name = ident(&def.name);
    let mut column = Column {
        name: name.clone(),
        generated_key: matches!(kind, TypeKind::Serial | TypeKind::BigSerial),
        data_type,
        kind,
        length,
        nullable: true,
        default: None,
        span: cx.span_of(def.name.span),
    };
    for option in &def.options {
        match &option.option {
            ColumnOption::NotNull => column.nullable = false,
            ColumnOption::Null => column.nullable = true,
            ColumnOption::Default(expr) => column.default = Some(expr.to_string()),
            ColumnOption::PrimaryKey(_) => {
                column.nullable = false;
                table.primary_key = vec![name.clone()];
                table.indexes.push(implicit_index(vec![name.clone()], IndexOrigin::PrimaryKey, statement, column.span));
            }
            ColumnOption::Unique(_) => {
                table.indexes.push(implicit_index(vec![name.clone()], IndexOrigin::UniqueConstraint, statement, column.span));
            }
            ColumnOption::ForeignKey(fk) => table.foreign_keys.push(ForeignKey {
                columns: vec![name.clone()],
                references: object_name(&fk.foreign_table),
                referenced_columns: fk.referred_columns.iter().map(ident).collect(),
                span: column.span,
            }),
            ColumnOption::Check(_) => table.checked_columns.push(name.clone()),
            ColumnOption::Generated { .. } => column.generated_key = true,
            ColumnOption::DialectSpecific(tokens) if tokens.iter().any(|t| t.to_string().eq_ignore_ascii_case("AUTO_INCREMENT")) => {
                column.generated_key = true;
            }
            _ => {}
        }
    }
    if matches!(kind, TypeKind::Serial | TypeKind::BigSerial) {
        column.nullable = false;
    }
    table.columns.retain(|c| c.name != name);
    table.columns.push(column);
}

fn add_constraint(table: &mut Table, constraint: &TableConstraint, statement: usize, cx: &SpanCx) {
    let span = cx.span_of(constraint.span());
    match constraint {
        TableConstraint::PrimaryKey(pk) => {
            let columns: Vec<String> = pk.columns.iter().map(|c| index_key(c).expr).collect();
            for name in &columns {
                if let Some(c) = table.column_mut(name) {
                    c.nullable = false;
                }
            }
            table.primary_key = columns.clone();
            table.indexes.push(implicit_index(columns, IndexOrigin::PrimaryKey, statement, span));
        }
        TableConstraint::Unique(unique) => {
            let columns = unique.columns.iter().map(|c| index_key(c).expr).collect();
            table.indexes.push(implicit_index(columns, IndexOrigin::UniqueConstraint, statement, span));
        }
        TableConstraint::ForeignKey(fk) => table.foreign_keys.push(ForeignKey {
            columns: fk.columns.iter().map(ident).collect(),
            references: object_name(&fk.foreign_table),
            referenced_columns: fk.referred_columns.iter().map(ident).collect(),
            span,
        }),
        // MySQL's inline `KEY name (columns)`: a secondary index like CREATE INDEX.
        TableConstraint::Index(index) => table.indexes.push(Index {
            name: index.name.as_ref().map(ident),
            keys: index.columns.iter().map(index_key).collect(),
            unique: false,
            method: "btree".into(),
            predicate: None,
            include: Vec::new(),
            origin: IndexOrigin::CreateIndex,
            statement,
            span,
        }),
        TableConstraint::Check(check) => {
            let mut named = Vec::new();
            super::names::columns_in(&check.expr, &mut named);
            table.checked_columns.extend(named.into_iter().map(|c| c.column));
        }
        _ => {}
    }
}

fn implicit_index(columns: Vec<String>, origin: IndexOrigin, statement: usize, span: TextSpan) -> Index {
    Index {
        name: None,
        keys: columns.into_iter().map(|c| IndexKey { column: Some(c.clone()), expr: c }).collect(),
        unique: true,
        method: "btree".into(),
        predicate: None,
        include: Vec::new(),
        origin,
        statement,
        span,
    }
}

fn index_key(column: &IndexColumn) -> IndexKey {
    let expr = strip_parens(&column.column.expr);
    match expr {
        Expr::Identifier(id) => IndexKey { column: Some(ident(id)), expr: ident(id) },
        other => IndexKey { column: None, expr: super::names::normalise_expr(other) },
    }
}
