use super::SourceText;
use crate::review::{Review, Section, Severity};
use std::fmt::Write;

fn icon(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "🔴 error",
        Severity::Warning => "🟠 warning",
        Severity::Info => "🔵 note",
        Severity::Praise => "🟢 praise",
    }
}

/// The five-section review as Markdown, ready to paste into a code review.
pub fn markdown(review: &Review, sources: &[SourceText]) -> String {
    let mut out = String::from("# Database review\n\n");
    let _ = writeln!(out, "{}\n", review.summary);
    for section in &review.sections {
        let _ = writeln!(out, "## {} — {}\n", section.title, section.verdict.label());
        let _ = writeln!(out, "_{}_ {}\n", section.section.question(), section.headline);
        for f in &section.findings {
            let name = sources.get(f.span.source).map(|s| s.name).unwrap_or("input");
            let _ = writeln!(out, "- **{}** `{}` ({name}:{}): {}", icon(f.severity), f.rule, f.span.line, f.message);
            if let Some(places) = super::other_places(f, sources) {
                let _ = writeln!(out, "  - Also: {places}");
            }
            if let Some(note) = &f.note {
                let _ = writeln!(out, "  - Why: {note}");
            }
            if let Some(help) = &f.help {
                let _ = writeln!(out, "  - Do: {help}");
            }
            if let Some(fix) = &f.fix {
                let _ = writeln!(out, "  - {}:\n\n    ```sql\n{}\n    ```", fix.title, indent(&fix.replacement));
            }
        }
        if section.section == Section::PerformanceAnalysis {
            performance(&mut out, review);
        }
        if matches!(section.section, Section::RealWorldContext | Section::AlternativeApproaches) {
            for insight in &section.insights {
                let text = insight.paragraph(section.section);
                match insight.subject.as_str() {
                    "" => writeln!(out, "- ({}): {text}", insight.rule),
                    subject => writeln!(out, "- **{subject}** ({}): {text}", insight.rule),
                }
                .ok();
            }
        }
        out.push('\n');
    }
    out
}

/// Queries listed in the access-path table (a pasted log can hold thousands).
const MAX_QUERIES: usize = 40;

fn performance(out: &mut String, review: &Review) {
    let perf = &review.performance;
    if !perf.queries.is_empty() {
        let _ = writeln!(out, "\n### Access paths\n\n{}\n", perf.assumption);
        let _ = writeln!(out, "| line | query | access | grows |\n|---|---|---|---|");
        for q in perf.queries.iter().take(MAX_QUERIES) {
            let access: Vec<String> = q.accesses.iter().map(|a| a.describe()).collect();
            let _ = writeln!(out, "| {} | `{}` | {} | {} |", q.span.line, q.label.replace('|', "\\|"), access.join(", "), q.growth.notation());
        }
    }
    for plan in &review.plans {
        let _ = writeln!(out, "\n### Query plan (line {})\n\n```text", plan.span.line);
        for node in &plan.nodes {
            let share = node.share_permille;
            let _ = writeln!(out, "{}{} — {}.{}% of the time", "  ".repeat(node.depth), node.title, share / 10, share % 10);
        }
        out.push_str("```\n");
    }
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")
}
