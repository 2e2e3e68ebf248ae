//! Praise and a warning about the same construct are said together: "keyset
//! pagination on (created_at): every page costs the same, but it skips rows
//! that share a value" reads as one judgement, where two findings in two
//! sections read as a contradiction.

use crate::finding::{Finding, Severity};

/// Between the praise and the warning it qualifies.
const BUT: &str = ", but ";

/// Joins each praise to the first warning or error about the same
/// construct (same document, starting on the same line, overlapping), and
/// drops it as a finding of its own. Praise with nothing to qualify it
/// stays as it is.
pub fn say_praise_with_warnings(findings: Vec<Finding>) -> Vec<Finding> {
    let mut findings = findings;
    let mut joined = vec![false; findings.len()];
    for p in 0..findings.len() {
        if findings[p].severity != Severity::Praise {
            continue;
        }
        let Some(w) = (0..findings.len()).find(|&w| findings[w].severity >= Severity::Warning && same_construct(&findings[p], &findings[w])) else {
            continue;
        };
        let praise = findings[p].message.clone();
        let warning = &mut findings[w];
        warning.message = format!("{praise}{BUT}{}", lower_first(&warning.message));
        joined[p] = true;
    }
    findings.into_iter().zip(joined).filter(|(_, joined)| !joined).map(|(f, _)| f).collect()
}

/// The warning of a message that may open with the praise it qualifies:
/// what the summary and a section's "fix first" quote.
pub fn without_praise(message: &str) -> &str {
    message.split_once(BUT).map_or(message, |(_, warning)| warning)
}

/// "No index …" continues a sentence as "no index …"; a quoted name or an
/// acronym (`SELECT`, OFFSET) keeps its case.
fn lower_first(message: &str) -> String {
    let mut chars = message.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(message[first.len_utf8()..].chars()).collect()
        }
        _ => message.to_string(),
    }
}

fn same_construct(a: &Finding, b: &Finding) -> bool {
    a.span.source == b.span.source && a.span.line == b.span.line && a.span.start < b.span.end && b.span.start < a.span.end
}

#[cfg(test)]
mod tests {
    use crate::input::{Dialect, Document, Options};

    #[test]
    fn keyset_praise_and_its_missing_tiebreaker_are_one_finding() {
        let sql = "CREATE TABLE posts (id bigint PRIMARY KEY, created_at timestamptz NOT NULL);\n\
                   SELECT id FROM posts WHERE created_at > $1 ORDER BY created_at LIMIT 20;";
        let review = crate::review(&[Document::new("q.sql", sql)], &Options { dialect: Dialect::Postgres, ..Options::default() });
        let findings: Vec<_> = review.sections.iter().flat_map(|s| &s.findings).collect();
        let keyset: Vec<_> = findings.iter().filter(|f| f.message.contains("keyset")).collect();
        assert_eq!(keyset.len(), 1, "{keyset:#?}");
        assert!(keyset[0].message.contains("every page costs the same, but keyset pagination on non-unique"), "{}", keyset[0].message);
    }
}
