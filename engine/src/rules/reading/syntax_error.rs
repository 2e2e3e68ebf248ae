use crate::finding::Finding;
use crate::read::sql::ParseProblem;
use crate::rules::Rule;

crate::declare_rule! {
    /// ## What it does
    /// Reports a statement the parser could not read, at the point where
    /// reading stopped. The statements around it are still reviewed.
    ///
    /// ## Why it matters
    /// A statement that does not parse will fail when a student runs it, and
    /// nothing in it can be checked. Typos in course material cost readers
    /// far more time than they cost the author.
    ///
    /// ## Example
    /// ```sql
    /// SELEC id FROM users;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id FROM users;
    /// ```
    ///
    /// ## In production
    /// Migration tools stop at the first statement that fails, often leaving
    /// a half-applied migration behind; parse every script in CI first.
    ///
    /// ## Alternatives
    /// Pick the dialect the material targets: syntax valid in one system
    /// (MySQL backticks, SQL Server `TOP`) is an error in another.
    pub struct SyntaxError {
        code: "E001",
        name: "syntax-error",
        area: Query,
        severity: Error,
        section: TechnicalAssessment,
        concepts: [],
        dialects: [],
        fix: None,
        summary: "A statement that does not parse",
    }
}

impl Rule for SyntaxError {}

impl SyntaxError {
    pub(crate) fn finding(problem: &ParseProblem) -> Finding {
        let mut finding = Finding::new(&Self::META, problem.span, problem.message.clone());
        finding.help = Some("fix the syntax here; the rest of the input was still reviewed".into());
        finding
    }
}
