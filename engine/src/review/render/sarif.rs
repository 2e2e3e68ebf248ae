use super::SourceText;
use crate::review::{Review, Severity};
use crate::rules;
use serde_json::{json, Value};

/// SARIF 2.1.0 for code-scanning tools.
pub fn sarif(review: &Review, sources: &[SourceText]) -> String {
    let rule_entries: Vec<Value> = rules::all()
        .iter()
        .map(|r| r.meta())
        .map(|m| {
            json!({
                "id": m.code,
                "name": m.name,
                "shortDescription": { "text": m.summary },
                "fullDescription": { "text": m.doc_section("What it does").unwrap_or_default() },
                "help": { "text": m.doc_section("Use instead").unwrap_or_default(), "markdown": m.markdown() },
                "defaultConfiguration": { "level": level(m.severity) },
                "properties": { "tags": m.concepts, "section": m.section },
            })
        })
        .collect();
    let results: Vec<Value> = review
        .findings()
        .map(|f| {
            let related: Vec<Value> =
                f.related.iter().enumerate().map(|(i, span)| json!({ "id": i + 1, "physicalLocation": location(span, sources) })).collect();
            let mut result = json!({
                "ruleId": f.code,
                "level": level(f.severity),
                "message": { "text": f.message },
                "locations": [{ "physicalLocation": location(&f.span, sources) }],
            });
            if !related.is_empty() {
                result["relatedLocations"] = Value::Array(related);
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": { "name": "sqlreview", "version": env!("CARGO_PKG_VERSION"), "rules": rule_entries } },
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&log).unwrap_or_default()
}

fn location(span: &crate::source::TextSpan, sources: &[SourceText]) -> Value {
    let uri = sources.get(span.source).map(|s| s.name).unwrap_or("input");
    json!({
        "artifactLocation": { "uri": uri },
        "region": {
            "startLine": span.line,
            "startColumn": span.column,
            "endLine": span.end_line,
            "endColumn": span.end_column.max(1),
            "byteOffset": span.start,
            "byteLength": span.end - span.start,
        }
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Praise => "note",
    }
}
