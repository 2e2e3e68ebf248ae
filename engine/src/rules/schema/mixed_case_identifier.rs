use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{Ident, Statement};

crate::declare_rule! {
    /// ## What it does
    /// Flags identifiers in mixed case: quoted ones (`"createdAt"`), which
    /// must then be quoted forever, and unquoted camelCase ones (`createdAt`),
    /// which PostgreSQL silently folds to lower case (`createdat`).
    ///
    /// ## Why it matters
    /// With quoted mixed case, `SELECT createdAt` fails with "column does not
    /// exist"; with unquoted camelCase, the name in the catalog differs from
    /// the one in the code. Both confuse everyone who reads the schema later.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE "UserAccounts" (id bigint PRIMARY KEY, "createdAt" timestamptz);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE user_accounts (id bigint PRIMARY KEY, created_at timestamptz);
    /// ```
    ///
    /// ## In production
    /// Schemas generated from camelCase ORM models are the usual source;
    /// most ORMs can map snake_case columns to camelCase fields.
    ///
    /// ## Alternatives
    /// `snake_case` everywhere in the database, mapped to the application's
    /// naming convention in one place.
    pub struct MixedCaseIdentifier {
        code: "S024",
        name: "mixed-case-identifier",
        area: Schema,
        severity: Warning,
        section: BestPracticeAlignment,
        concepts: ["S9"],
        dialects: [Postgres],
        fix: None,
        summary: "Quoted or camelCase identifiers",
    }
}

fn mixed(id: &Ident) -> bool {
    let v = &id.value;
    v.chars().any(|c| c.is_uppercase()) && (id.quote_style.is_some() || v.chars().any(|c| c.is_lowercase()))
}

impl Rule for MixedCaseIdentifier {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::CreateTable(create) = cx.stmt else { return };
        let table_ident = create.name.0.last().and_then(|p| p.as_ident());
        let names = table_ident.into_iter().chain(create.columns.iter().map(|c| &c.name));
        for id in names.filter(|id| mixed(id)) {
            let how = if id.quote_style.is_some() { "must be quoted in every query" } else { "is folded to lower case by PostgreSQL" };
            out.report(cx.spans.span_of(id.span), format!("identifier `{}` is mixed case and {how}", id.value)).help("use snake_case identifiers");
        }
    }
}
