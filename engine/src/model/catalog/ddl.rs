//! The DDL that builds the catalog: CREATE TABLE and INDEX, ALTER TABLE,
//! DROP TABLE and enum types, applied in input order.

use crate::model::names::{ident, object_name, strip_parens};
use crate::model::types::TypeKind;
use crate::source::TextSpan;
use sqlparser::ast::Spanned;
use sqlparser::ast::{
    AlterColumnOperation, AlterTableOperation, ColumnDef, ColumnOption, CreateIndex, CreateTable, Expr, HiveDistributionStyle, IndexColumn, ObjectType,
    Statement, TableConstraint,
};

use super::{Catalog, Column, ForeignKey, Index, IndexKey, IndexOrigin, SpanCx, Table};

impl Catalog {
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
            crate::model::names::columns_in(&check.expr, &mut named);
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
        other => IndexKey { column: None, expr: crate::model::names::normalise_expr(other) },
    }
}
