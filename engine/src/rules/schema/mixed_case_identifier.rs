use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{Ident, Statement};

crate::declare_rule! {
    /// ## What it does
    /// Flags quoted identifiers in mixed case (`"createdAt"`), which must
    /// then be quoted forever. Unquoted mixed case (`BusinessEntityID`) is
    /// left alone: the system folds it the same way wherever it is written
    /// unquoted, so nothing breaks.
    ///
    /// ## Why it matters
    /// With quoted mixed case, `SELECT createdAt` fails with "column does not
    /// exist": every query, tool and ORM mapping must repeat the quotes and
    /// the exact case, and the first one that forgets confuses its author.
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
        for id in names.filter(|id| id.quote_style.is_some() && mixed(id)) {
            out.report(cx.spans.span_of(id.span), format!("identifier `{}` is mixed case and must be quoted in every query", id.value))
                .help("use snake_case identifiers");
        }
    }
}
