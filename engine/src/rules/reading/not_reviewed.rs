use crate::finding::Finding;
use crate::read::sql::{routine_body, ParseProblem};
use crate::rules::Rule;

crate::declare_rule! {
    /// ## What it does
    /// Lists, once per document, the statements this reviewer could not
    /// read although their system most likely accepts them: PL/SQL and
    /// T-SQL routine bodies, `CREATE CONVERSION`, storage clauses, exercise blanks
    /// such as `???`. Each one's location is attached. It is a note, not a
    /// problem: it counts toward no verdict. Statements that carry nothing
    /// any rule reviews (`CLUSTER`, `ALTER SEQUENCE … OWNED BY`, `SET`, a
    /// grant of system privileges, mysqldump's `DISABLE KEYS`) are known by
    /// their kind and not listed. Procedure, function and trigger bodies and
    /// anonymous blocks are told as one group (`4 procedure and trigger
    /// bodies not reviewed`).
    ///
    /// ## Why it matters
    /// A review that calls valid SQL a syntax error loses the author's
    /// trust; one that silently skips statements overstates what it
    /// checked. Saying which statements went unread is the honest middle.
    ///
    /// ## Example
    /// ```sql
    /// CREATE CONVERSION latin_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// -- Nothing to change: the statement is listed as not reviewed.
    /// SELECT id FROM accounts;
    /// ```
    ///
    /// ## In production
    /// Run such statements against a scratch database in CI: that is the
    /// only complete check of what the server accepts.
    ///
    /// ## Alternatives
    /// If the statement is written for another system than the one picked,
    /// pick that system; its reader may know the statement.
    pub struct NotReviewed {
        code: "E002",
        name: "not-reviewed",
        area: Query,
        severity: Info,
        section: TechnicalAssessment,
        concepts: [],
        dialects: [],
        fix: None,
        summary: "Statements this reviewer could not read, listed once",
    }
}

impl Rule for NotReviewed {}

impl NotReviewed {
    /// One finding for all of a document's unread statements, leaving out
    /// those that carry nothing to review ([`ParseProblem::is_quiet`]).
    pub(crate) fn finding(problems: &[&ParseProblem]) -> Option<Finding> {
        let problems: Vec<&ParseProblem> = problems.iter().copied().filter(|p| !p.is_quiet()).collect();
        let first = problems.first()?;
        // Routine bodies are told as one group: what they are, not each one's kind.
        let (bodies, others): (Vec<&ParseProblem>, Vec<&ParseProblem>) =
            problems.iter().copied().partition(|p| p.unread.as_deref().and_then(routine_body).is_some());
        let mut kinds: Vec<(String, Vec<usize>)> = Vec::new();
        if !bodies.is_empty() {
            let lines = bodies.iter().map(|p| p.span.line).collect();
            kinds.push((bodies_told(bodies.iter().filter_map(|p| p.unread.as_deref().and_then(routine_body))), lines));
        }
        for problem in &others {
            let kind = problem.unread.as_deref().unwrap_or("statement");
            match kinds.iter_mut().find(|(k, _)| k == kind) {
                Some((_, lines)) => lines.push(problem.span.line),
                None => kinds.push((kind.to_string(), vec![problem.span.line])),
            }
        }
        let listed: Vec<String> = kinds
            .iter()
            .map(|(kind, lines)| {
                let shown: Vec<String> = lines.iter().take(5).map(|l| l.to_string()).collect();
                let more = if lines.len() > 5 { format!(" and {} more", lines.len() - 5) } else { String::new() };
                let s = if lines.len() == 1 { "" } else { "s" };
                format!("{kind} (line{s} {}{more})", shown.join(", "))
            })
            .collect();
        let n = problems.len();
        let message = if others.is_empty() {
            // `7 procedure bodies not reviewed (lines 517, 524, …)`
            let (label, lines) = listed[0].split_once(" (").unwrap_or((&listed[0], ""));
            format!("{label} not reviewed ({lines}")
        } else {
            format!("{n} statement{} not reviewed: {}", if n == 1 { "" } else { "s" }, listed.join("; "))
        };
        let mut finding = Finding::new(&Self::META, first.span, message);
        finding.related = problems[1..].iter().map(|p| p.span).collect();
        finding.note = Some(format!("the reader stopped at: {}", first.message));
        finding.help = Some(if bodies.is_empty() {
            "nothing to fix if your database runs these; they were not checked".into()
        } else {
            "nothing to fix if your database runs these; they were not checked, except the plain SELECT, INSERT, UPDATE and DELETE statements between a body's `;` (not those under an IF), which were reviewed on their own".into()
        });
        Some(finding)
    }
}

/// `7 procedure bodies`, `4 procedure and trigger bodies`, `1 anonymous
/// block and 27 trigger, procedure and function bodies`, from each body's sort.
fn bodies_told<'a>(sorts: impl Iterator<Item = &'a str>) -> String {
    let (mut blocks, mut bodies) = (0, 0);
    let mut nouns: Vec<&str> = Vec::new();
    for sort in sorts {
        if sort == "block" {
            blocks += 1;
            continue;
        }
        bodies += 1;
        if !nouns.contains(&sort) {
            nouns.push(sort);
        }
    }
    let named = match nouns.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    let blocks_told = format!("{blocks} anonymous block{}", if blocks == 1 { "" } else { "s" });
    let bodies_told = format!("{bodies} {named} bod{}", if bodies == 1 { "y" } else { "ies" });
    match (blocks, bodies) {
        (0, _) => bodies_told,
        (_, 0) => blocks_told,
        _ => format!("{blocks_told} and {bodies_told}"),
    }
}
