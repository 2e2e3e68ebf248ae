use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{Statement, UserDefinedTypeRepresentation};

crate::declare_rule! {
    /// ## What it does
    /// Notes `CREATE TYPE … AS ENUM`.
    ///
    /// Pedantic: off unless enabled (`enabled = ["pedantic"]`, or the
    /// rule's name), as it is right but seldom worth the time in a schema
    /// already in use.
    ///
    /// ## Why it matters
    /// Values can be added to a PostgreSQL enum, and renamed since version 10
    /// (`ALTER TYPE … RENAME VALUE`), but not removed or reordered without
    /// recreating the type and rewriting every column using it; the
    /// sort order is the declaration order, not alphabetical. For a list that
    /// changes with the business, that is a migration each time.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL CHECK (status IN ('new', 'paid', 'shipped')));
    /// ```
    ///
    /// ## In production
    /// Enums suit truly fixed sets (days of the week); statuses and plan
    /// names tend to change, and teams replace the enum with a CHECK or a
    /// lookup table.
    ///
    /// ## Alternatives
    /// A `text` column with a `CHECK` constraint (easy to change), or a small
    /// lookup table with a foreign key when values carry attributes.
    pub struct EnumType {
        code: "S018",
        name: "enum-type",
        area: Schema,
        severity: Info,
        section: BestPracticeAlignment,
        concepts: ["S7"],
        dialects: [],
        fix: None,
        pedantic: true,
        summary: "ENUM types are hard to change",
    }
}

impl Rule for EnumType {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        if let Statement::CreateType { name, representation: Some(UserDefinedTypeRepresentation::Enum { .. }) } = cx.stmt {
            out.report(cx.span, format!("enum type `{name}`: values can be added and renamed, but not removed or reordered without a rewrite"))
                .help("for a set that may change, prefer text with a CHECK constraint or a lookup table");
        }
    }
}
