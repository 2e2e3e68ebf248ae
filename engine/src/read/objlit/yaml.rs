//! Block YAML as infrastructure files write it (CloudFormation in
//! `serverless.yml`, SAM templates): mappings, sequences (`- item`, `-`
//! alone before a nested block), plain and quoted scalars, comments, into
//! the same tree as JSON so that one walk reads both. Anchors, tags
//! (`!Ref`, kept as the scalar's text), multi-line scalars and flow
//! collections are kept as text, not parsed.

use super::{Key, Node, Value};

struct Line {
    indent: usize,
    /// Byte offset of the content in the document.
    at: usize,
    content: String,
    end: usize,
}

/// Parse `text[range]` as block YAML.
pub fn parse(text: &str, range: std::ops::Range<usize>) -> Node {
    let mut lines = Vec::new();
    let mut offset = range.start;
    for raw in text[range.clone()].split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let body = raw.trim_end_matches(['\n', '\r']);
        let content = strip_comment(body.trim_start());
        if content.is_empty() || content == "---" {
            continue;
        }
        let indent = body.len() - body.trim_start().len();
        lines.push(Line { indent, at: start + indent, content: content.to_string(), end: start + indent + content.len() });
    }
    let mut i = 0;
    let indent = lines.first().map_or(0, |l| l.indent);
    let node = block(&mut lines, &mut i, indent);
    Node { value: node.value, span: range }
}

fn strip_comment(content: &str) -> &str {
    if content.starts_with('#') {
        return "";
    }
    match content.find(" #") {
        Some(i) if !content.starts_with(['"', '\'']) => content[..i].trim_end(),
        _ => content,
    }
}

fn is_item(content: &str) -> bool {
    content == "-" || content.starts_with("- ")
}

/// The block starting at line `i`, whose lines are indented by `indent`.
fn block(lines: &mut [Line], i: &mut usize, indent: usize) -> Node {
    let start = lines.get(*i).map_or(0, |l| l.at);
    if lines.get(*i).is_some_and(|l| is_item(&l.content)) {
        let mut items = Vec::new();
        while *i < lines.len() && lines[*i].indent == indent && is_item(&lines[*i].content) {
            let rest = lines[*i].content[1..].trim_start().to_string();
            if rest.is_empty() {
                *i += 1;
                let nested = *i < lines.len() && lines[*i].indent > indent;
                items.push(if nested { block(lines, i, lines[*i].indent) } else { scalar("", lines[*i - 1].at..lines[*i - 1].at) });
            } else {
                // `- key: value`: the rest of the line opens the item's block, at its own column.
                let column = lines[*i].content.len() - rest.len();
                lines[*i].indent += column;
                lines[*i].at += column;
                lines[*i].content = rest;
                let inner = lines[*i].indent;
                items.push(block(lines, i, inner));
            }
        }
        let end = lines[..*i].last().map_or(start, |l| l.end);
        return Node { value: Value::Array(items), span: start..end };
    }
    let mut fields = Vec::new();
    while *i < lines.len() && lines[*i].indent == indent && !is_item(&lines[*i].content) {
        let line = &lines[*i];
        let Some(colon) = key_end(&line.content) else {
            let node = scalar(&line.content, line.at..line.end);
            *i += 1;
            return node;
        };
        let name = unquote(line.content[..colon].trim()).to_string();
        let key = Key { name, span: line.at..line.at + colon };
        let value = line.content[colon + 1..].trim().to_string();
        let value_at = line.end - value.len();
        let line_end = line.end;
        *i += 1;
        let node = if !value.is_empty() {
            scalar(&value, value_at..line_end)
        } else if *i < lines.len() && (lines[*i].indent > indent || lines[*i].indent == indent && is_item(&lines[*i].content)) {
            let inner = lines[*i].indent;
            block(lines, i, inner)
        } else {
            Node { value: Value::Null, span: line_end..line_end }
        };
        fields.push((key, node));
    }
    let end = lines[..*i].last().map_or(start, |l| l.end);
    Node { value: Value::Object(fields), span: start..end }
}

/// Where a mapping key ends: the first `:` followed by a space or the end,
/// outside quotes.
fn key_end(content: &str) -> Option<usize> {
    let bytes = content.as_bytes();
    let mut quote = None;
    for (j, &b) in bytes.iter().enumerate() {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b':' && bytes.get(j + 1).is_none_or(|n| *n == b' ') => return Some(j),
            None => {}
        }
    }
    None
}

fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(q) && value.ends_with(q) {
            return &value[1..value.len() - 1];
        }
    }
    value
}

fn scalar(written: &str, span: std::ops::Range<usize>) -> Node {
    let plain = unquote(written);
    let value = match plain {
        "true" | "True" | "yes" => Value::Bool(true),
        "false" | "False" | "no" => Value::Bool(false),
        _ if plain == written && !plain.is_empty() && plain.bytes().all(|b| b.is_ascii_digit()) => Value::Number(plain.to_string()),
        _ => Value::Str(plain.to_string()),
    };
    Node { value, span }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cloudformation_in_serverless_yaml() {
        let text = "resources:\n  Resources:\n    Todos:\n      Type: 'AWS::DynamoDB::Table'\n      Properties:\n        KeySchema:\n          -\n            AttributeName: id\n            KeyType: HASH\n        ProvisionedThroughput:\n          ReadCapacityUnits: 1 # low\n        TableName: ${self:service}-todos\n  Outputs:\n    - name: a\n      port: 9092\n";
        let root = parse(text, 0..text.len());
        let todos = root.get("resources").and_then(|r| r.get("Resources")).and_then(|r| r.get("Todos")).unwrap();
        assert_eq!(todos.get("Type").and_then(Node::as_str), Some("AWS::DynamoDB::Table"));
        let props = todos.get("Properties").unwrap();
        let key = &props.get("KeySchema").unwrap().items()[0];
        assert_eq!(key.get("KeyType").and_then(Node::as_str), Some("HASH"));
        assert_eq!(props.get("ProvisionedThroughput").and_then(|p| p.get("ReadCapacityUnits")).and_then(Node::as_integer), Some(1));
        assert_eq!(&text[props.get("TableName").unwrap().span.clone()], "${self:service}-todos");
        let outputs = root.get("resources").and_then(|r| r.get("Outputs")).unwrap();
        assert_eq!(outputs.items()[0].get("port").and_then(Node::as_integer), Some(9092));
    }
}
