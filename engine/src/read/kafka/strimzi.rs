//! Strimzi's `Kafka` custom resource: its listeners, read from the YAML
//! documents of a manifest (a `---` line separates them).

use super::OpenListener;
use crate::read::objlit::{yaml, Node};
use std::ops::Range;

/// The listeners of each `kind: Kafka` document that name no `authentication`.
pub fn open_listeners(text: &str, range: Range<usize>) -> Vec<OpenListener> {
    let body = &text[range.clone()];
    if !body.contains("kind: Kafka") || !body.contains("listeners:") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = range.start;
    let mut offset = range.start;
    let mut documents = Vec::new();
    for line in body.split_inclusive('\n') {
        if line.trim_end() == "---" {
            documents.push(start..offset);
            start = offset + line.len();
        }
        offset += line.len();
    }
    documents.push(start..range.end);
    for document in documents.into_iter().filter(|d| !text[d.clone()].trim().is_empty()) {
        let root = yaml::parse(text, document);
        if root.get("kind").and_then(Node::as_str) != Some("Kafka") {
            continue;
        }
        let Some(kafka) = root.get("spec").and_then(|s| s.get("kafka")) else { continue };
        let authorization = kafka.get("authorization").is_some();
        for listener in kafka.get("listeners").map(|l| l.items()).unwrap_or_default() {
            if listener.get("authentication").is_some() {
                continue;
            }
            let field = |key: &str| listener.get(key).map(|v| text[v.span.clone()].trim().to_string()).unwrap_or_default();
            out.push(OpenListener { name: field("name"), port: field("port"), span: listener.span.clone(), authorization });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn listeners_without_authentication() {
        let text = "kind: KafkaNodePool\nspec:\n  replicas: 3\n---\nkind: Kafka\nspec:\n  kafka:\n    listeners:\n      - name: plain\n        port: 9092\n        tls: false\n      - name: tls\n        port: 9093\n        tls: true\n        authentication:\n          type: tls\n";
        let open = super::open_listeners(text, 0..text.len());
        assert_eq!(open.iter().map(|l| (l.name.as_str(), l.port.as_str())).collect::<Vec<_>>(), vec![("plain", "9092")]);
        assert!(!open[0].authorization);
    }
}
