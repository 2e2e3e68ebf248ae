use super::SourceText;
use crate::review::{Review, Severity};
use crate::source::LineIndex;
use std::fmt::Write;

/// Human-readable findings with the source line and a caret under the span.
pub fn text(review: &Review, sources: &[SourceText]) -> String {
    let mut out = String::new();
    // One line index per source: quoting a line must not rescan the text.
    let indexes: Vec<LineIndex> = sources.iter().map(|s| LineIndex::new(s.text)).collect();
    let mut findings: Vec<_> = review.findings().collect();
    findings.sort_by_key(|f| (f.span.source, f.span.start, std::cmp::Reverse(f.severity)));
    for finding in findings {
        let source = sources.get(finding.span.source);
        let name = source.map(|s| s.name).unwrap_or("input");
        let label = match finding.severity {
            Severity::Praise => "praise",
            other => other.name(),
        };
        let _ = writeln!(out, "{label}[{}/{}]: {}", finding.code, finding.rule, finding.message);
        let _ = writeln!(out, "  --> {name}:{}:{}", finding.span.line, finding.span.column);
        if let Some(source) = source {
            let (start, end) = indexes[finding.span.source].line_range(source.text, finding.span.line);
            let line = &source.text[start..end];
            let gutter = finding.span.line.to_string();
            let pad = " ".repeat(gutter.len());
            let start = finding.span.column.saturating_sub(1);
            let width = if finding.span.end_line == finding.span.line {
                finding.span.end_column.saturating_sub(finding.span.column).max(1)
            } else {
                line.chars().count().saturating_sub(start).max(1)
            };
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{gutter} | {}", line.replace('\t', " "));
            let _ = writeln!(out, "{pad} | {}{}", " ".repeat(start), "^".repeat(width.min(200)));
            if let Some(places) = super::other_places(finding, sources) {
                let _ = writeln!(out, "{pad} = also: {places}");
            }
            if let Some(note) = &finding.note {
                let _ = writeln!(out, "{pad} = note: {note}");
            }
            if let Some(help) = &finding.help {
                let _ = writeln!(out, "{pad} = help: {help}");
            }
            if let Some(fix) = &finding.fix {
                let _ = writeln!(out, "{pad} = fix: {}:", fix.title);
                for line in fix.replacement.lines() {
                    let _ = writeln!(out, "{pad}       {line}");
                }
            }
        }
        out.push('\n');
    }
    let c = review.counts;
    let _ = writeln!(out, "{}", review.summary);
    let _ = writeln!(out, "{} error(s), {} warning(s), {} note(s), {} praise", c.error, c.warning, c.info, c.praise);
    out
}
