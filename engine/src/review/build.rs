//! Findings → the five-section review, with verdicts, a summary and the
//! production context and alternatives of the rules that fired.

use super::intro::{self, plural};
use super::{Counts, Finding, Insight, Review, Section, SectionReview, Severity, SourceInfo};
use crate::model::Catalog;
use crate::read::sql::{Dialect, ParseProblem};
use crate::rules;

pub const SCHEMA_VERSION: u32 = 1;

pub fn build_review(findings: Vec<Finding>, parse_problems: Vec<ParseProblem>, catalog: Catalog, sources: Vec<SourceInfo>, dialect: Dialect) -> Review {
    let mut counts = Counts::default();
    findings.iter().filter(|f| counts_toward_verdicts(f)).for_each(|f| counts.add(f.severity));
    let real_world = insights(&findings, Section::RealWorldContext);
    let alternatives = insights(&findings, Section::AlternativeApproaches);
    let statements: usize = sources.iter().map(|s| s.statements).sum();
    let summary = summary(&findings, &counts, statements, &catalog, dialect, &sources);

    let mut by_section: Vec<Vec<Finding>> = vec![Vec::new(); Section::ALL.len()];
    for finding in findings {
        by_section[finding.section as usize].push(finding);
    }
    let sections = Section::ALL
        .iter()
        .zip(by_section)
        .map(|(&section, findings)| {
            let insights = match section {
                Section::RealWorldContext => real_world.clone(),
                Section::AlternativeApproaches => alternatives.clone(),
                _ => Vec::new(),
            };
            let (verdict, headline) = intro::verdict(section, &findings, &insights, statements, &sources, counts_toward_verdicts);
            SectionReview { section, title: section.title(), verdict, headline, findings, insights }
        })
        .collect();
    Review {
        schema_version: SCHEMA_VERSION,
        dialect,
        summary,
        counts,
        sections,
        parse_problems,
        catalog,
        sources,
        detected_from: Vec::new(),
        performance: Default::default(),
        plans: Vec::new(),
    }
}

/// Statements listed as not reviewed are a note about the reviewer, not
/// about the input: they move no count, verdict or summary.
fn counts_toward_verdicts(finding: &Finding) -> bool {
    finding.code != crate::rules::reading::NotReviewed::META.code
}

/// One insight per rule that fired, from the rule's documentation, pointed
/// at the first thing in the input it fired on. Where the documentation is
/// not loaded yet (the browser), the text is left empty and
/// [`Insight::paragraph`] finds it once it is.
fn insights(findings: &[Finding], section: Section) -> Vec<Insight> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    let mut ordered: Vec<&Finding> = findings.iter().filter(|f| !f.is_syntax_error() && counts_toward_verdicts(f)).collect();
    ordered.sort_by_key(|f| std::cmp::Reverse(f.severity));
    for finding in ordered {
        if seen.contains(&finding.code) {
            continue;
        }
        seen.push(finding.code);
        let Some(meta) = rules::find(finding.code) else { continue };
        let text = insight_paragraph(meta, section).unwrap_or_default();
        if text.is_empty() && rules::docs_available() {
            continue; // documented without this section: nothing to say
        }
        out.push(Insight { code: meta.code, rule: meta.name, subject: subject_of(&finding.message), text });
    }
    out
}

/// The first paragraph of the documentation section an insight quotes.
pub(crate) fn insight_paragraph(meta: &rules::RuleMeta, section: Section) -> Option<String> {
    let heading = match section {
        Section::RealWorldContext => "In production",
        Section::AlternativeApproaches => "Alternatives",
        _ => return None,
    };
    let text = meta.doc_section(heading)?;
    Some(text.split("\n\n").next().unwrap_or("").replace('\n', " "))
}

/// The first `quoted` name in a message (skipping quoted SQL keywords such
/// as `DELETE`), else its first quoted part, else nothing.
fn subject_of(message: &str) -> String {
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).filter(|s| !s.is_empty()).collect();
    let is_name = |s: &&&str| !s.contains(' ') && s.chars().any(|c| c.is_lowercase());
    quoted.iter().find(is_name).or(quoted.first()).map(|s| format!("`{s}`")).unwrap_or_default()
}

fn summary(findings: &[Finding], counts: &Counts, statements: usize, catalog: &Catalog, dialect: Dialect, sources: &[SourceInfo]) -> String {
    if statements == 0 {
        let what = match dialect {
            Dialect::Redis => "Redis commands or settings",
            Dialect::Cassandra => "CQL statements",
            Dialect::Kafka => "Kafka settings",
            Dialect::Mongodb => "MongoDB calls",
            Dialect::Dynamodb => "DynamoDB tables or calls",
            _ => "SQL statements",
        };
        return format!("Nothing to review: the input holds no {what}.");
    }
    let skipped: usize = findings.iter().filter(|f| !counts_toward_verdicts(f)).map(|f| 1 + f.related.len()).sum();
    let s = plural(statements);
    let reviewed = match dialect {
        Dialect::Redis => format!("{statements} Redis command{s} and setting{s}"),
        Dialect::Cassandra => format!("{statements} CQL statement{s}"),
        Dialect::Kafka => format!("{statements} Kafka setting{s} and topic{s}"),
        Dialect::Mongodb => format!("{statements} MongoDB call{s}"),
        Dialect::Dynamodb => format!("{statements} DynamoDB table{s} and call{s}"),
        // Statements the reader could not read were not reviewed: they are not counted as reviewed.
        _ if skipped > 0 => format!(
            "{} of {statements} statements ({} table{} in the schema) as {}",
            statements.saturating_sub(skipped),
            catalog.tables.len(),
            plural(catalog.tables.len()),
            dialect.system()
        ),
        _ => format!("{statements} statement{s} ({} table{} in the schema) as {}", catalog.tables.len(), plural(catalog.tables.len()), dialect.system()),
    };
    let mut text = format!(
        "Reviewed {reviewed}: {} error{}, {} warning{}, {} note{}, {} good pattern{}.",
        counts.error,
        plural(counts.error),
        counts.warning,
        plural(counts.warning),
        counts.info,
        plural(counts.info),
        counts.praise,
        plural(counts.praise),
    );
    if skipped > 0 {
        text.push_str(&format!(" {skipped} not reviewed (listed once, with their lines)."));
    }
    if let Some(top) = intro::most_pressing(findings.iter().filter(|f| counts_toward_verdicts(f))) {
        if top.severity >= Severity::Warning {
            let message = super::pairing::without_praise(super::fold::unfolded(&top.message).0);
            text.push_str(&format!(" Most pressing: {message} ({}).", intro::place(top, sources)));
        } else if counts.error + counts.warning == 0 {
            text.push_str(" No blocking problems.");
        }
    }
    text
}
