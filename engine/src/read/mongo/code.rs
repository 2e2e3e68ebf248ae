//! MongoDB driver calls inside application code, when the file is reviewed
//! as MongoDB: the Node driver and Mongoose (`collection.find({…})`,
//! `this._mongoCollection.aggregate(pipeline)`,
//! `client.collection('objects').find(…)`) and PyMongo (`coll.update_many`,
//! `coll.create_index`), whatever variable holds the collection. The shell
//! chains (`db.orders.find`) are read as in a script; a driver call is
//! found by its method name, which must be one only a collection has (or,
//! for `find`, called with a filter rather than a callback).

use super::{Call, Operation, Script};
use crate::read::code::brackets::{matching, opening};
use crate::read::code::{CodeFile, Token, TokenKind};
use crate::read::objlit::{Node, Parser, Value};

/// The camelCase name of a PyMongo method (`find_one_and_update`).
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.push(c.to_ascii_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

/// Read the driver calls of a code file; the shell chains (`db.x.find`) of
/// the file come first, and a call inside one of them is not read twice.
pub fn read(text: &str, file: &CodeFile) -> Script {
    let mut script = super::read(text, file.range.clone());
    // In code, a `db.` that does not read as a shell chain is ordinary code.
    script.problems.clear();
    let tokens = &file.tokens;
    for i in 1..tokens.len().saturating_sub(1) {
        let Some(name) = ident(text, &tokens[i]).map(camel) else { continue };
        if !tokens[i - 1].is_punct(b'.') || !tokens[i + 1].is_punct(b'(') || !super::METHODS[..super::DRIVER_METHODS].contains(&name.as_str()) {
            continue;
        }
        let at = tokens[i].span.start;
        if script.operations.iter().any(|o| o.span.contains(&at)) {
            continue;
        }
        let Some((first, mut next)) = call(text, tokens, i, name) else { continue };
        if first.name == "find" && !is_filter(text, &first) {
            continue; // `items.find(x => …)`: an array's find
        }
        let mut calls = vec![first];
        // The chained calls: `.sort({…}).limit(20).toArray()`.
        while tokens.get(next).is_some_and(|t| t.is_punct(b'.')) && tokens.get(next + 2).is_some_and(|t| t.is_punct(b'(')) {
            let Some(chained) = ident(text, &tokens[next + 1]).map(camel) else { break };
            let Some((c, after)) = call(text, tokens, next + 1, chained) else { break };
            calls.push(c);
            next = after;
        }
        let end = tokens.get(next - 1).map_or(at, |t| t.span.end);
        let span = receiver_start(tokens, i - 1).map_or(at, |r| tokens[r].span.start)..end;
        script.operations.push(Operation { collection: collection(text, tokens, i - 1), calls, span });
    }
    script.operations.sort_by_key(|o| o.span.start);
    script
}

fn ident<'t>(text: &'t str, token: &Token) -> Option<&'t str> {
    (token.kind == TokenKind::Ident).then(|| &text[token.span.clone()])
}

/// The call whose name is token `i` (followed by `(`): its arguments, parsed
/// as object literals where they are ones, and the token after its `)`.
fn call(text: &str, tokens: &[Token], i: usize, name: String) -> Option<(Call, usize)> {
    let close = matching(tokens, i + 1)?;
    let mut parser = Parser::new(text, tokens[i + 1].span.end..tokens[close].span.end);
    let args = match parser.list(')') {
        Ok(args) => args,
        Err(_) => opaque(text, tokens, i + 1, close),
    };
    Some((Call { name, name_span: tokens[i].span.clone(), args }, close + 1))
}

/// Arguments the object-literal parser cannot read (a Python tuple, a
/// spread): each one is an opaque expression, split at top-level commas.
fn opaque(text: &str, tokens: &[Token], open: usize, close: usize) -> Vec<Node> {
    let mut args = Vec::new();
    let mut depth = 0usize;
    let mut start = tokens[open].span.end;
    for token in &tokens[open + 1..=close] {
        match token.kind {
            TokenKind::Punct(b'(' | b'[' | b'{') => depth += 1,
            TokenKind::Punct(b')' | b']' | b'}') if depth > 0 => depth -= 1,
            TokenKind::Punct(b',' | b')') if depth == 0 => {
                let span = start..token.span.start;
                if !text[span.clone()].trim().is_empty() {
                    args.push(Node { value: Value::Name(text[span.clone()].trim().to_string()), span });
                }
                start = token.span.end;
            }
            _ => {}
        }
    }
    args
}

/// Whether a `find` is given a filter (an object, a variable, nothing)
/// rather than a callback, as an array's `find` is.
fn is_filter(text: &str, find: &Call) -> bool {
    find.args.first().is_none_or(|filter| {
        let written = text[filter.span.clone()].trim_start();
        !(written.contains("=>") || written.starts_with("function") || written.starts_with("lambda"))
    })
}

/// The first token of the receiver ending just before the `.` at `dot`
/// (`this._mongoCollection`, `client.collection('objects')`).
fn receiver_start(tokens: &[Token], dot: usize) -> Option<usize> {
    let mut j = dot.checked_sub(1)?;
    loop {
        match tokens[j].kind {
            TokenKind::Punct(b')' | b']') => j = opening(tokens, j)?.checked_sub(1)?,
            TokenKind::Ident => {}
            _ => return None,
        }
        if j > 0 && tokens[j - 1].is_punct(b'.') && j >= 2 {
            j -= 2;
        } else {
            return Some(j);
        }
    }
}

/// The collection a call is made on: the name given to `collection('…')`
/// or `db['…']`, else the variable or property that holds it.
fn collection(text: &str, tokens: &[Token], dot: usize) -> String {
    let Some(before) = dot.checked_sub(1) else { return String::new() };
    let named = |open: usize| tokens.get(open + 1).and_then(|t| t.string()).map(|s| text[s.content.clone()].to_string());
    match tokens[before].kind {
        TokenKind::Ident => text[tokens[before].span.clone()].to_string(),
        TokenKind::Punct(b')' | b']') => {
            let Some(open) = opening(tokens, before) else { return String::new() };
            let callee = open.checked_sub(1).and_then(|c| ident(text, &tokens[c]));
            match (callee, tokens[open].is_punct(b'[')) {
                (Some("collection" | "getCollection" | "get_collection"), _) | (_, true) => named(open).unwrap_or_default(),
                _ => String::new(),
            }
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::read::code::{analyse, Language};

    fn ops(text: &str, language: Language) -> Vec<(String, Vec<String>)> {
        let file = analyse(text, 0..text.len(), language);
        super::read(text, &file).operations.iter().map(|o| (o.collection.clone(), o.calls.iter().map(|c| c.name.clone()).collect())).collect()
    }

    #[test]
    fn node_driver_calls_through_variables() {
        let text = "const items = await objects.find({ _key: k }, { projection: { _id: 0 } }).limit(5).toArray();\nconst found = list.find(x => x.id === id);\nawait module.client.collection('objects').aggregate(pipeline).toArray();\nreturn this._mongoCollection.updateMany(query, update, { session });\n// coll.deleteMany({})\n";
        let read = ops(text, Language::JavaScript);
        let names: Vec<(&str, &str)> = read.iter().map(|(c, calls)| (c.as_str(), calls[0].as_str())).collect();
        assert_eq!(names, vec![("objects", "find"), ("objects", "aggregate"), ("_mongoCollection", "updateMany")]);
        assert_eq!(read[0].1, vec!["find", "limit", "toArray"]);
    }

    #[test]
    fn a_file_that_imports_the_driver_is_read_whatever_system_was_chosen() {
        let text = "const { MongoClient } = require('mongodb');\nawait orders.deleteMany({});\n";
        let document = crate::input::Document::new("jobs.js".to_string(), text.to_string());
        let reading = crate::read::read(&document, crate::input::Dialect::Postgres);
        assert_eq!(reading.mongo.iter().map(|m| m.operations.len()).sum::<usize>(), 1);
        let plain = crate::input::Document::new("jobs.js".to_string(), "await orders.deleteMany({});\n".to_string());
        assert!(crate::read::read(&plain, crate::input::Dialect::Postgres).mongo.is_empty());
    }

    #[test]
    fn pymongo_calls_in_snake_case() {
        let text = "coll.create_index([('uid', ASCENDING), ('date', ASCENDING)], unique=True)\ncoll.update_many({'country': 'US'}, {'$unset': {'deaths': ''}})\n# coll.drop()\n";
        let read = ops(text, Language::Python);
        let names: Vec<&str> = read.iter().map(|(_, calls)| calls[0].as_str()).collect();
        assert_eq!(names, vec!["createIndex", "updateMany"]);
    }
}
