//! The MongoDB shell and driver calls a course shows:
//! `db.orders.find({…}).sort({…}).limit(20)`, `db.collection("orders")…`,
//! `db.getCollection("orders")…`, `sh.shardCollection(…)`. Each call is
//! found where `db.`/`sh.` starts a chain (in a shell script, or inside
//! JavaScript around it), its arguments parsed as object literals with
//! their positions.

mod code;

use crate::read::objlit::{Node, Parser, Problem};
use std::ops::Range;

/// One call of a chain: `find({…})`, `.sort({…})`.
#[derive(Debug, Clone)]
pub struct Call {
    pub name: String,
    pub name_span: Range<usize>,
    pub args: Vec<Node>,
}

/// A chain on a collection (`db.orders.find(…).limit(5)`), or on the
/// database or the sharding helper (`collection` is then empty).
#[derive(Debug, Clone)]
pub struct Operation {
    pub collection: String,
    pub calls: Vec<Call>,
    pub span: Range<usize>,
}

impl Operation {
    /// The first call: the operation itself (`find`, `aggregate`, `updateMany`…).
    pub fn method(&self) -> Option<&Call> {
        self.calls.first()
    }

    /// A later call of the chain (`limit`, `sort`, `skip`…).
    pub fn chained(&self, name: &str) -> Option<&Call> {
        self.calls.iter().skip(1).find(|c| c.name == name)
    }

    /// The stages of an `aggregate([…])`.
    pub fn pipeline(&self) -> &[Node] {
        match self.method() {
            Some(call) if call.name == "aggregate" => call.args.first().map_or(&[], |a| a.items()),
            _ => &[],
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Script {
    pub operations: Vec<Operation>,
    pub problems: Vec<Problem>,
}

/// Collection methods the reader knows; another name after a collection is
/// reported (a typo such as `fnd` would otherwise pass unnoticed). The first
/// [`DRIVER_METHODS`] are the driver's, found in code on any variable.
const METHODS: &[&str] = &[
    "find",
    "findOne",
    "aggregate",
    "updateOne",
    "updateMany",
    "replaceOne",
    "deleteOne",
    "deleteMany",
    "insertOne",
    "insertMany",
    "createIndex",
    "createIndexes",
    "dropIndex",
    "dropIndexes",
    "countDocuments",
    "estimatedDocumentCount",
    "distinct",
    "findOneAndUpdate",
    "findOneAndDelete",
    "findOneAndReplace",
    "bulkWrite",
    "mapReduce",
    "drop",
    "watch",
    "getIndexes",
    "count",
    "remove",
    "update",
    "insert",
    "save",
    "explain",
    "stats",
    "renameCollection",
];

/// How many of [`METHODS`] only a collection has (`find` is told from an
/// array's by its argument).
const DRIVER_METHODS: usize = 22;

/// MongoDB's row of the readers: `*.mongodb.js` and `*.mongodb`, a lesson's
/// ```mongodb blocks, and JavaScript blocks that call `db.`.
pub const READER: crate::read::Reader = crate::read::Reader {
    system: crate::input::Dialect::Mongodb,
    file: |name| name.ends_with(".mongodb.js") || name.ends_with(".mongodb"),
    block: |lang, content| {
        matches!(lang, "mongodb" | "mongo" | "mongosh") || (matches!(lang, "javascript" | "js" | "typescript" | "ts") && content.contains("db."))
    },
    read: |text, range, reading| reading.mongo.push(read(text, range)),
    code: Some(|text, file, reading| reading.mongo.push(code::read(text, file))),
    clients: &["require('mongodb')", "require(\"mongodb\")", "from 'mongodb'", "from \"mongodb\"", "mongoose", "import pymongo", "from pymongo"],
};

/// Read the MongoDB calls in `text[range]`.
pub fn read(text: &str, range: Range<usize>) -> Script {
    let mut script = Script::default();
    if let Some((at, c)) = text[range.clone()].char_indices().find(|(_, c)| c.is_control() && !c.is_whitespace()) {
        let at = range.start + at;
        script.problems.push(("control characters: this does not read as MongoDB shell code".into(), at..at + c.len_utf8()));
        return script;
    }
    let mut at = range.start;
    while let Some(start) = next_chain(text, at, range.end) {
        match chain(text, start..range.end) {
            Ok((operation, end)) => {
                script.operations.push(operation);
                at = end;
            }
            Err(problem) => {
                // Resume on the next line: one broken call does not hide the rest.
                at = text[problem.1.end.min(range.end)..range.end].find('\n').map_or(range.end, |n| problem.1.end.min(range.end) + n);
                script.problems.push(problem);
            }
        }
    }
    script
}

/// Where the next `db.` or `sh.` chain starts (outside strings and comments).
fn next_chain(text: &str, from: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    let mut quote: Option<u8> = None;
    while i + 3 <= end {
        let b = bytes[i];
        match quote {
            Some(_) if b == b'\\' => i += 1,
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' || b == b'`' => quote = Some(b),
            None if b == b'/' && bytes.get(i + 1) == Some(&b'/') => {
                i = text[i..end].find('\n').map_or(end, |n| i + n);
            }
            None if (bytes[i..end].starts_with(b"db.") || bytes[i..end].starts_with(b"sh."))
                && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_' || bytes[i - 1] == b'.')) =>
            {
                return Some(i);
            }
            None => {}
        }
        i += 1;
    }
    None
}

fn chain(text: &str, range: Range<usize>) -> Result<(Operation, usize), Problem> {
    let start = range.start;
    let mut parser = Parser::new(text, range);
    let (root, _) = parser.ident()?.ok_or(("expected db or sh".to_string(), start..start + 2))?;
    parser.expect('.')?;
    let (mut name, mut name_span) = parser.ident()?.ok_or_else(|| parser.unexpected("a collection or method name"))?;
    let mut collection = String::new();
    if root == "db" {
        if matches!(name.as_str(), "collection" | "getCollection") {
            parser.expect('(')?;
            let args = parser.list(')')?;
            collection = args.first().and_then(|a| a.as_str()).unwrap_or("").to_string();
            parser.expect('.')?;
            (name, name_span) = parser.ident()?.ok_or_else(|| parser.unexpected("a method name"))?;
        } else if parser.eat('.')? {
            // `db.orders.find`: `orders` was the collection.
            collection = name;
            (name, name_span) = parser.ident()?.ok_or_else(|| parser.unexpected("a method name"))?;
        }
        if !collection.is_empty() && !METHODS.contains(&name.as_str()) {
            return Err((format!("unknown collection method `{name}`"), name_span));
        }
    }
    let mut calls = Vec::new();
    loop {
        if !parser.eat('(')? {
            // A property (`db.orders.stats`), not a call: nothing to review.
            break;
        }
        calls.push(Call { name, name_span, args: parser.list(')')? });
        let checkpoint = parser.at;
        if !parser.eat('.')? {
            break;
        }
        match parser.ident()? {
            Some((next, span)) => (name, name_span) = (next, span),
            None => {
                parser.at = checkpoint;
                break;
            }
        }
    }
    let end = parser.at;
    Ok((Operation { collection, calls, span: start..end }, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_and_driver_chains() {
        let text = "use shop\ndb.orders.find({ status: 'paid' }, { total: 1 }).sort({ at: -1 }).limit(20);\nconst users = await db.collection(\"users\").find({}).toArray();\nsh.shardCollection(\"shop.orders\", { createdAt: 1 })\n// db.ignored.find()\n";
        let s = read(text, 0..text.len());
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        assert_eq!(s.operations.len(), 3);
        let find = &s.operations[0];
        assert_eq!((find.collection.as_str(), find.method().map(|c| c.name.as_str())), ("orders", Some("find")));
        assert!(find.chained("limit").is_some() && find.chained("skip").is_none());
        assert_eq!(s.operations[1].collection, "users");
        assert_eq!(s.operations[2].method().map(|c| c.name.as_str()), Some("shardCollection"));
    }

    #[test]
    fn broken_calls_are_located_and_the_rest_is_read() {
        let text = "db.orders.fnd({})\ndb.orders.find({ a: [1, 2 }\ndb.orders.find({}).limit(1)\n";
        let s = read(text, 0..text.len());
        let messages: Vec<&str> = s.problems.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(messages, vec!["unknown collection method `fnd`", "expected `]`, found `}`"]);
        assert_eq!(s.operations.len(), 1);
    }
}
