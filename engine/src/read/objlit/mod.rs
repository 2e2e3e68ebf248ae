//! JSON and the JavaScript object literals of the MongoDB shell (unquoted
//! keys, single quotes, regular expressions, `ObjectId("…")`, trailing
//! commas, comments), parsed into a tree that keeps every value's position.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Object(Vec<(Key, Node)>),
    Array(Vec<Node>),
    Str(String),
    /// As written: parsing floats would add their machinery to the browser bundle.
    Number(String),
    Bool(bool),
    Null,
    /// `/pattern/flags`.
    Regex {
        pattern: String,
        flags: String,
    },
    /// `ObjectId("…")`, `new Date()`, `ISODate("…")`: the name and arguments.
    Call(String, Vec<Node>),
    /// A bare name (`userId`, `undefined`) or a `function …` body.
    Name(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    pub name: String,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub span: Range<usize>,
}

impl Node {
    /// The value under `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(fields) => fields.iter().find(|(k, _)| k.name == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn fields(&self) -> &[(Key, Node)] {
        match &self.value {
            Value::Object(fields) => fields,
            _ => &[],
        }
    }

    pub fn items(&self) -> &[Node] {
        match &self.value {
            Value::Array(items) => items,
            _ => &[],
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The value as a whole number (`1000`, `1e3` is not read), if it is one.
    pub fn as_integer(&self) -> Option<i64> {
        match &self.value {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// Every node of the tree, this one first (depth first).
    pub fn walk<'a>(&'a self, visit: &mut dyn FnMut(Option<&'a Key>, &'a Node)) {
        visit(None, self);
        self.walk_children(visit);
    }

    fn walk_children<'a>(&'a self, visit: &mut dyn FnMut(Option<&'a Key>, &'a Node)) {
        match &self.value {
            Value::Object(fields) => fields.iter().for_each(|(k, v)| {
                visit(Some(k), v);
                v.walk_children(visit);
            }),
            Value::Array(items) | Value::Call(_, items) => items.iter().for_each(|v| {
                visit(None, v);
                v.walk_children(visit);
            }),
            _ => {}
        }
    }
}

pub type Problem = (String, Range<usize>);

mod parser;
pub mod yaml;

pub use parser::{parse_document, Parser};

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Node, Problem> {
        parse_document(text, 0..text.len())
    }

    #[test]
    fn shell_literals_with_positions() {
        let text = "{ name: /^ada/i, 'age': { $gt: 30 }, _id: ObjectId(\"64b\"), at: new Date(), tags: ['a', \"b\",], // note\n }";
        let node = parse(text).unwrap();
        assert_eq!(node.get("name").map(|n| &n.value), Some(&Value::Regex { pattern: "^ada".into(), flags: "i".into() }));
        assert_eq!(node.get("age").and_then(|a| a.get("$gt")).and_then(Node::as_integer), Some(30));
        assert!(matches!(&node.get("_id").unwrap().value, Value::Call(name, args) if name == "ObjectId" && args.len() == 1));
        assert_eq!(&text[node.get("at").unwrap().span.clone()], "new Date()");
        assert_eq!(node.get("tags").unwrap().items().len(), 2);
    }

    #[test]
    fn broken_documents_are_located_problems() {
        assert_eq!(parse("{\"a\": [1, 2").unwrap_err().0, "expected `]`, but the text ends here (is it cut off?)");
        assert_eq!(parse("{a: 'x}").unwrap_err().0, "unterminated string");
        let deep = "[".repeat(100);
        assert!(parse(&deep).unwrap_err().0.starts_with("nested more than"));
        assert_eq!(parse("{a: 1} x").unwrap_err().0, "expected the end of the document, found `x`");
    }
}
