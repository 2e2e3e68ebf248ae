//! One CQL statement at a time, from its tokens into the script's model.

use super::lexer::{Kind, Token};
use super::{Access, Batch, Column, Index, Keyspace, Op, Restriction, Script, Table, Verb};
use std::ops::Range;

type Problem = (String, Range<usize>);

/// cqlsh and CQL statements that are valid but say nothing the rules read.
const ACCEPTED: [&str; 20] = [
    "USE", "DROP", "ALTER", "TRUNCATE", "GRANT", "REVOKE", "DESCRIBE", "DESC", "LIST", "TRACING", "PAGING", "EXPAND", "SERIAL", "COPY", "SOURCE", "CAPTURE",
    "LOGIN", "CLEAR", "CLS", "SHOW",
];

fn span_of(tokens: &[Token]) -> Range<usize> {
    tokens.first().map_or(0..0, |f| f.span.start..tokens.last().map_or(f.span.end, |l| l.span.end))
}

/// A token as CQL text (values keep their quotes), for comparing values.
fn text(token: &Token) -> String {
    match &token.kind {
        Kind::Word(w) => w.clone(),
        Kind::Str(s) => format!("'{s}'"),
        Kind::Number(n) => n.clone(),
        Kind::Punct(c) => c.to_string(),
    }
}

/// A possibly qualified name (`ks.table`) at `at`: the last part and the next index.
fn name_at(tokens: &[Token], at: usize) -> Option<(String, Range<usize>, usize)> {
    let first = tokens.get(at)?;
    let mut name = first.word()?.to_string();
    let mut span = first.span.clone();
    let mut next = at + 1;
    while tokens.get(next).is_some_and(|t| t.is_punct('.')) {
        let part = tokens.get(next + 1).and_then(|t| t.word().map(|w| (w.to_string(), t.span.clone())));
        let Some((part, part_span)) = part else { break };
        name = part;
        span.end = part_span.end;
        next += 2;
    }
    Some((name.to_ascii_lowercase(), span, next))
}

fn skip_if_not_exists(tokens: &[Token], at: usize) -> usize {
    let words = ["IF", "NOT", "EXISTS"];
    if words.iter().enumerate().all(|(i, w)| tokens.get(at + i).is_some_and(|t| t.is(w))) {
        at + 3
    } else {
        at
    }
}

/// Parts separated by `,` at the top level of `tokens` (brackets nest).
fn top_level_parts(tokens: &[Token]) -> Vec<&[Token]> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        match t.kind {
            Kind::Punct('(' | '<' | '{' | '[') => depth += 1,
            Kind::Punct(')' | '>' | '}' | ']') => depth -= 1,
            Kind::Punct(',') if depth == 0 => {
                parts.push(&tokens[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&tokens[start..]);
    parts.into_iter().filter(|p| !p.is_empty()).collect()
}

/// The tokens between the bracket opened at `open` and its match, and the index after it.
fn group(tokens: &[Token], open: usize) -> Result<(&[Token], usize), Problem> {
    let mut depth = 0i32;
    for (i, t) in tokens.iter().enumerate().skip(open) {
        match t.kind {
            Kind::Punct('(' | '{' | '[') => depth += 1,
            Kind::Punct(')' | '}' | ']') => {
                depth -= 1;
                if depth == 0 {
                    return Ok((&tokens[open + 1..i], i + 1));
                }
            }
            _ => {}
        }
    }
    Err(("unclosed bracket".into(), tokens[open].span.clone()))
}

pub fn read(tokens: &[Token], script: &mut Script, consistency: &mut Option<String>) -> Result<(), Problem> {
    let first = &tokens[0];
    let keyword = first.word().map(str::to_ascii_uppercase).unwrap_or_default();
    match keyword.as_str() {
        "CREATE" => create(tokens, script),
        "SELECT" | "INSERT" | "UPDATE" | "DELETE" => {
            let access = access(tokens, consistency)?;
            script.accesses.push(access);
            Ok(())
        }
        "BEGIN" => batch(tokens, script, consistency),
        "CONSISTENCY" => {
            *consistency = tokens.get(1).and_then(|t| t.word()).map(str::to_ascii_uppercase);
            Ok(())
        }
        _ if ACCEPTED.contains(&keyword.as_str()) => Ok(()),
        _ => Err((format!("unknown CQL statement `{}`", text(first)), first.span.clone())),
    }
}

fn create(tokens: &[Token], script: &mut Script) -> Result<(), Problem> {
    let what = tokens.get(1).and_then(|t| t.word()).map(str::to_ascii_uppercase).unwrap_or_default();
    match what.as_str() {
        "KEYSPACE" => {
            let at = skip_if_not_exists(tokens, 2);
            let (name, _, _) = name_at(tokens, at).ok_or(("a keyspace name".to_string(), span_of(tokens)))?;
            let map = tokens.iter().position(|t| t.is_punct('{'));
            let mut replication_factor = None;
            if let Some(open) = map {
                let (inner, _) = group(tokens, open)?;
                for pair in top_level_parts(inner) {
                    let (Some(key), Some(value)) = (pair.first(), pair.last()) else { continue };
                    let number = match &value.kind {
                        Kind::Number(n) => n.parse::<u32>().ok(),
                        Kind::Str(s) => s.parse::<u32>().ok(),
                        _ => None,
                    };
                    if !matches!(&key.kind, Kind::Str(k) if k == "class") {
                        replication_factor = number.max(replication_factor);
                    }
                }
            }
            script.keyspaces.push(Keyspace { name, replication_factor, span: span_of(tokens) });
            Ok(())
        }
        "TABLE" | "COLUMNFAMILY" => table(tokens, script),
        "INDEX" | "CUSTOM" => index(tokens, script),
        _ => Ok(()), // types, views, functions, roles: nothing the rules read
    }
}

fn table(tokens: &[Token], script: &mut Script) -> Result<(), Problem> {
    let at = skip_if_not_exists(tokens, 2);
    let (name, _, next) = name_at(tokens, at).ok_or(("a table name after CREATE TABLE".to_string(), span_of(tokens)))?;
    if !tokens.get(next).is_some_and(|t| t.is_punct('(')) {
        return Err(("expected `(` and the column definitions".into(), tokens.get(next).map_or(span_of(tokens), |t| t.span.clone())));
    }
    let (inner, after_columns) = group(tokens, next)?;
    let default_ttl = tokens
        .get(after_columns..)
        .unwrap_or_default()
        .windows(3)
        .find(|w| w[0].is("default_time_to_live") && w[1].is_punct('='))
        .and_then(|w| text(&w[2]).parse().ok());
    let mut table = Table { name, default_ttl, span: span_of(tokens), ..Table::default() };
    for part in top_level_parts(inner) {
        if part[0].is("PRIMARY") && part.get(1).is_some_and(|t| t.is("KEY")) {
            let open = 2;
            if !part.get(open).is_some_and(|t| t.is_punct('(')) {
                return Err(("expected `(` after PRIMARY KEY".into(), span_of(part)));
            }
            let (keys, _) = group(part, open)?;
            let mut elements = top_level_parts(keys).into_iter();
            if let Some(partition) = elements.next() {
                table.partition_key = match partition.first() {
                    Some(t) if t.is_punct('(') => {
                        top_level_parts(group(partition, 0)?.0).iter().filter_map(|p| p[0].word()).map(str::to_ascii_lowercase).collect()
                    }
                    Some(t) => t.word().map(|w| vec![w.to_ascii_lowercase()]).unwrap_or_default(),
                    None => Vec::new(),
                };
            }
            table.clustering = elements.filter_map(|p| p[0].word()).map(str::to_ascii_lowercase).collect();
            continue;
        }
        let Some(column) = part[0].word() else {
            return Err(("expected a column name".into(), part[0].span.clone()));
        };
        // After the column's name (a column may be called `static`).
        let after_name = |word: &str| part.iter().skip(1).position(|t| t.is(word)).map(|p| p + 1);
        let key_at = after_name("PRIMARY");
        let type_end = after_name("STATIC").or(key_at).unwrap_or(part.len());
        let data_type: String = part[1..type_end].iter().map(text).collect::<Vec<_>>().join("").to_ascii_lowercase();
        if data_type.is_empty() {
            return Err((format!("column `{column}` has no type"), part[0].span.clone()));
        }
        if key_at.is_some() {
            table.partition_key = vec![column.to_ascii_lowercase()];
        }
        table.columns.push(Column { name: column.to_ascii_lowercase(), data_type, span: part[0].span.clone() });
    }
    if table.partition_key.is_empty() {
        return Err((format!("table `{}` has no PRIMARY KEY (Cassandra requires one)", table.name), table.span.clone()));
    }
    script.tables.push(table);
    Ok(())
}

fn index(tokens: &[Token], script: &mut Script) -> Result<(), Problem> {
    let on = tokens.iter().position(|t| t.is("ON")).ok_or(("expected ON table (column)".to_string(), span_of(tokens)))?;
    let (table, _, next) = name_at(tokens, on + 1).ok_or(("a table name after ON".to_string(), span_of(tokens)))?;
    if !tokens.get(next).is_some_and(|t| t.is_punct('(')) {
        return Err(("expected `(column)` after the table".into(), span_of(tokens)));
    }
    let (inner, after) = group(tokens, next)?;
    // `KEYS(m)`, `VALUES(m)`, `ENTRIES(m)`, `FULL(f)` wrap the column.
    let column = inner.iter().rev().find_map(|t| t.word()).unwrap_or("").to_ascii_lowercase();
    let using = tokens[after..].iter().find_map(|t| match &t.kind {
        Kind::Str(class) => Some(class.to_ascii_lowercase()),
        _ => None,
    });
    let attached = using.is_some_and(|c| c.contains("storageattached") || c.contains("sasi"));
    script.indexes.push(Index { table, column, attached, span: span_of(tokens) });
    Ok(())
}

fn access(tokens: &[Token], consistency: &Option<String>) -> Result<Access, Problem> {
    let verb = match tokens[0].word().map(str::to_ascii_uppercase).as_deref() {
        Some("SELECT") => Verb::Select,
        Some("INSERT") => Verb::Insert,
        Some("UPDATE") => Verb::Update,
        _ => Verb::Delete,
    };
    let table_at = match verb {
        Verb::Update => 1,
        Verb::Insert => tokens.iter().position(|t| t.is("INTO")).map_or(1, |p| p + 1),
        Verb::Select | Verb::Delete => top_level_position(tokens, "FROM").map(|p| p + 1).ok_or(("expected FROM and a table".to_string(), span_of(tokens)))?,
    };
    let (table, table_span, after) = name_at(tokens, table_at).ok_or(("expected a table name".to_string(), span_of(tokens)))?;
    let mut restrictions = Vec::new();
    if verb == Verb::Insert {
        let values = tokens.iter().position(|t| t.is("VALUES"));
        if let (true, Some(values)) = (tokens.get(after).is_some_and(|t| t.is_punct('(')), values) {
            let (names, _) = group(tokens, after)?;
            let (vals, _) = group(tokens, values + 1)?;
            for (name, value) in top_level_parts(names).iter().zip(top_level_parts(vals)) {
                let column = name[0].word().unwrap_or("").to_ascii_lowercase();
                restrictions.push(Restriction { column, op: Op::Eq, value: value.iter().map(text).collect(), span: span_of(name) });
            }
        }
    } else if let Some(at) = top_level_position(tokens, "WHERE") {
        let end = tokens[at + 1..]
            .iter()
            .position(|t| ["ORDER", "GROUP", "LIMIT", "PER", "ALLOW", "IF", "USING"].iter().any(|w| t.is(w)))
            .map_or(tokens.len(), |p| p + at + 1);
        restrictions = where_clause(&tokens[at + 1..end]);
    }
    let allow_filtering = tokens.windows(2).find(|w| w[0].is("ALLOW") && w[1].is("FILTERING")).map(|w| w[0].span.start..w[1].span.end);
    Ok(Access { verb, table, table_span, restrictions, allow_filtering, consistency: consistency.clone(), span: span_of(tokens) })
}

fn top_level_position(tokens: &[Token], word: &str) -> Option<usize> {
    let mut depth = 0i32;
    tokens.iter().position(|t| {
        match t.kind {
            Kind::Punct('(') => depth += 1,
            Kind::Punct(')') => depth -= 1,
            _ => {}
        }
        depth == 0 && t.is(word)
    })
}

fn where_clause(tokens: &[Token]) -> Vec<Restriction> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..=tokens.len() {
        if i < tokens.len() && !tokens[i].is("AND") {
            continue;
        }
        let part = &tokens[start..i];
        start = i + 1;
        let (Some(column), Some(op)) = (part.first().and_then(|t| t.word()), part.get(1)) else { continue };
        let op_kind = match &op.kind {
            Kind::Punct('=') => Op::Eq,
            Kind::Punct('<' | '>') => Op::Range,
            Kind::Word(w) if w.eq_ignore_ascii_case("IN") => {
                let values = part.get(2).filter(|t| t.is_punct('(')).and_then(|_| group(part, 2).ok()).map_or(1, |(inner, _)| top_level_parts(inner).len());
                Op::In(values)
            }
            _ => Op::Other,
        };
        let value = part[2..].iter().map(text).collect();
        out.push(Restriction { column: column.to_ascii_lowercase(), op: op_kind, value, span: span_of(part) });
    }
    out
}

fn batch(tokens: &[Token], script: &mut Script, consistency: &mut Option<String>) -> Result<(), Problem> {
    let batch_at = tokens.iter().position(|t| t.is("BATCH")).ok_or(("expected BEGIN [UNLOGGED | COUNTER] BATCH".to_string(), tokens[0].span.clone()))?;
    let logged = !tokens[1..batch_at].iter().any(|t| t.is("UNLOGGED") || t.is("COUNTER"));
    let apply = tokens.iter().rposition(|t| t.is("APPLY")).ok_or(("a batch must end with APPLY BATCH".to_string(), span_of(tokens)))?;
    let mut start = batch_at + 1;
    // `USING TIMESTAMP n` may follow BATCH.
    if tokens.get(start).is_some_and(|t| t.is("USING")) {
        start += 3;
    }
    let mut accesses = Vec::new();
    for statement in tokens[start.min(apply)..apply].split(|t| t.is_punct(';')).filter(|s| !s.is_empty()) {
        accesses.push(access(statement, consistency)?);
    }
    script.accesses.extend(accesses.iter().cloned());
    script.batches.push(Batch { logged, accesses, span: span_of(tokens) });
    Ok(())
}
