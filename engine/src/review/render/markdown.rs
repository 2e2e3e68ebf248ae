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

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")
}
