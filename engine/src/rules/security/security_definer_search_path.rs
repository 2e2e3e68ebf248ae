use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{FunctionSecurity, Statement};

crate::declare_rule! {
    /// ## What it does
    /// Flags `SECURITY DEFINER` functions that do not pin `search_path`.
    ///
    /// ## Why it matters
    /// The function runs with its owner's privileges but resolves unqualified
    /// names through the caller's `search_path`. A caller who can create
    /// objects in any schema on that path can shadow a table or function and
    /// run code as the owner, often a superuser.
    ///
    /// ## Example
    /// ```sql
    /// CREATE FUNCTION purge_sessions() RETURNS void LANGUAGE sql SECURITY DEFINER AS 'DELETE FROM sessions WHERE expires_at < now()';
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE FUNCTION purge_sessions() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS 'DELETE FROM public.sessions WHERE expires_at < now()';
    /// ```
    ///
    /// ## In production
    /// PostgreSQL's own documentation calls this out, and security scanners
    /// for managed databases flag it.
    ///
    /// ## Alternatives
    /// `SECURITY INVOKER` with grants to the caller, or `SET search_path` on
    /// the function plus schema-qualified names inside it.
    pub struct SecurityDefinerSearchPath {
        code: "X003",
        name: "security-definer-search-path",
        area: Security,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["X3"],
        dialects: [Postgres],
        fix: None,
        summary: "SECURITY DEFINER without a fixed search_path",
    }
}

impl Rule for SecurityDefinerSearchPath {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::CreateFunction(function) = cx.stmt else { return };
        if function.security != Some(FunctionSecurity::Definer) {
            return;
        }
        let pinned = function.set_params.iter().any(|p| p.to_string().to_ascii_lowercase().contains("search_path"));
        if !pinned {
            out.report(cx.span, format!("SECURITY DEFINER function `{}` does not fix its search_path", function.name))
                .help("add SET search_path = pg_catalog, <schema> to the function definition");
        }
    }
}
