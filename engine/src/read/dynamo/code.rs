//! DynamoDB in application code, when the file is reviewed as DynamoDB:
//! item updates (boto3 `table.update_item(Key=…, UpdateExpression=…)`, the
//! JavaScript SDK's `db.update(params)`, `new UpdateCommand({…})`) with how
//! their expressions are written, and CDK table constructs
//! (`new Table(this, 'items', {…})`, `dynamodb.CfnGlobalTable(self, …)`)
//! with their removal policy.

use super::{Construct, Material, Update};
use crate::read::code::brackets::matching;
use crate::read::code::{CodeFile, Token, TokenKind};
use std::ops::Range;

const UPDATE_CALLS: [&str; 5] = ["update_item", "update", "updateItem", "UpdateCommand", "UpdateItemCommand"];
const CONSTRUCTS: [&str; 4] = ["Table", "TableV2", "CfnTable", "CfnGlobalTable"];

/// Read the updates and table constructs of a code file.
pub fn read(text: &str, file: &CodeFile) -> Material {
    let tokens = &file.tokens;
    let mut material = Material::default();
    let word = |j: usize| tokens.get(j).filter(|t| t.kind == TokenKind::Ident).map(|t| &text[t.span.clone()]);
    for i in 0..tokens.len().saturating_sub(2) {
        let Some(name) = word(i) else { continue };
        if !tokens[i + 1].is_punct(b'(') {
            continue;
        }
        let Some(close) = matching(tokens, i + 1) else { continue };
        if UPDATE_CALLS.contains(&name) {
            let Some(fields) = request_fields(text, tokens, i + 1, close) else { continue };
            let has = |key: &str| fields.iter().any(|f| f.0 == key);
            if !has("Key") && !has("UpdateExpression") {
                continue; // another `update`: not an item update
            }
            let expression = fields.iter().find(|f| f.0 == "UpdateExpression");
            material.updates.push(Update {
                span: tokens[i].span.clone(),
                condition: has("ConditionExpression"),
                names: has("ExpressionAttributeNames"),
                expression: expression.map(|f| f.1.clone()),
                built: expression.is_some_and(|f| f.2),
                adds_only: expression.is_some_and(|f| adds_only(&text[f.1.clone()])),
            });
        } else if CONSTRUCTS.contains(&name) {
            // A construct takes its scope first (`this`, `self`); boto3's `dynamodb.Table(name)` does not.
            if !matches!(word(i + 2), Some("this" | "self" | "scope" | "stack")) {
                continue;
            }
            // Python's keyword arguments, or the props object JavaScript passes third.
            let mut fields = object_fields(text, tokens, i + 1, close);
            let props = (i + 2..close).rev().find(|&j| tokens[j].is_punct(b'{') && matching(tokens, j) == Some(close - 1));
            if let Some(brace) = props {
                fields.extend(object_fields(text, tokens, brace, close - 1));
            }
            let policy = fields.iter().find(|f| matches!(f.0.as_str(), "removalPolicy" | "removal_policy"));
            let destroy = policy.filter(|f| text[f.1.clone()].ends_with("DESTROY")).map(|f| f.1.clone());
            material.constructs.push(Construct { kind: name.to_string(), span: tokens[i].span.clone(), removal_destroy: destroy });
        }
    }
    material
}

/// A field of a request: its key, the span of its value and whether the
/// value is built in code (interpolated, concatenated, formatted, or
/// appended to later with `+=`).
type Field = (String, Range<usize>, bool);

/// The fields of the request given to a call: written in the call (an
/// object literal, Python keyword arguments) or in the object a variable
/// was given before it (`const params = {…}; db.update(params)`), with the
/// `params.X = …` and `params.X += …` written between the two.
fn request_fields(text: &str, tokens: &[Token], open: usize, close: usize) -> Option<Vec<Field>> {
    let first = tokens.get(open + 1)?;
    if first.is_punct(b'{') {
        return Some(object_fields(text, tokens, open + 1, matching(tokens, open + 1)?));
    }
    if first.kind != TokenKind::Ident || tokens.get(open + 2).is_some_and(|t| t.is_punct(b'=')) {
        return Some(object_fields(text, tokens, open, close));
    }
    let variable = &text[first.span.clone()];
    let assigned = (0..open).rev().find(|&j| {
        &text[tokens[j].span.clone()] == variable
            && tokens[j].kind == TokenKind::Ident
            && (tokens[j + 1].is_punct(b'=') && tokens.get(j + 2).is_some_and(|t| t.is_punct(b'{'))
                || tokens[j + 1].is_punct(b':') && tokens.get(j + 3).is_some_and(|t| t.is_punct(b'=')) && tokens.get(j + 4).is_some_and(|t| t.is_punct(b'{')))
    })?;
    let brace = (assigned..open).find(|&j| tokens[j].is_punct(b'{'))?;
    let end = matching(tokens, brace)?;
    let mut fields = object_fields(text, tokens, brace, end);
    // `params.UpdateExpression += …`, `params.ConditionExpression = …`.
    for j in end..open.saturating_sub(3) {
        let property = tokens[j].kind == TokenKind::Ident && &text[tokens[j].span.clone()] == variable && tokens[j + 1].is_punct(b'.');
        if !property || tokens[j + 2].kind != TokenKind::Ident {
            continue;
        }
        let key = text[tokens[j + 2].span.clone()].to_string();
        let appended = tokens[j + 3].is_punct(b'+') && tokens.get(j + 4).is_some_and(|t| t.is_punct(b'='));
        match fields.iter_mut().find(|f| f.0 == key) {
            Some(field) => field.2 |= appended,
            None if tokens[j + 3].is_punct(b'=') || appended => fields.push((key, tokens[j + 2].span.clone(), appended)),
            None => {}
        }
    }
    Some(fields)
}

/// The keys at the top level of the bracket opened at `open` (an object's
/// `Key: …` or `'Key': …`, a call's `Key=…`), each value's span and
/// whether it is built in code.
fn object_fields(text: &str, tokens: &[Token], open: usize, close: usize) -> Vec<Field> {
    let mut fields = Vec::new();
    let mut depth = 0usize;
    let mut j = open;
    while j < close {
        match tokens[j].kind {
            TokenKind::Punct(b'(' | b'[' | b'{') => depth += 1,
            TokenKind::Punct(b')' | b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        let key = match &tokens[j].kind {
            TokenKind::Ident => Some(text[tokens[j].span.clone()].to_string()),
            TokenKind::Str(lit) => Some(text[lit.content.clone()].to_string()),
            _ => None,
        };
        let separated = tokens.get(j + 1).is_some_and(|t| t.is_punct(b':') || t.is_punct(b'=') && !tokens.get(j + 2).is_some_and(|n| n.is_punct(b'=')));
        let at_top = depth == 1 && (j == open + 1 || tokens[j - 1].is_punct(b','));
        if let (Some(key), true, true) = (key, separated, at_top) {
            let start = j + 2;
            let mut end = start;
            let mut inner = 0usize;
            while end < close {
                match tokens[end].kind {
                    TokenKind::Punct(b'(' | b'[' | b'{') => inner += 1,
                    TokenKind::Punct(b')' | b']' | b'}') if inner == 0 => break,
                    TokenKind::Punct(b')' | b']' | b'}') => inner -= 1,
                    TokenKind::Punct(b',') if inner == 0 => break,
                    _ => {}
                }
                end += 1;
            }
            if end > start {
                let value = &tokens[start..end];
                let built = value.iter().any(|t| t.string().is_some_and(|s| !s.holes.is_empty()))
                    || value.iter().any(|t| t.string().is_some()) && value.iter().any(|t| t.is_punct(b'+') || t.is_punct(b'%'))
                    || value.windows(2).any(|w| w[0].is_punct(b'.') && &text[w[1].span.clone()] == "format");
                fields.push((key, value[0].span.start..value[end - start - 1].span.end, built));
            }
            j = end;
            continue;
        }
        j += 1;
    }
    fields
}

/// An expression of `ADD` clauses or `if_not_exists` only: a counter or a
/// first write, which means to create the item.
fn adds_only(expression: &str) -> bool {
    let upper = expression.to_ascii_uppercase();
    upper.contains("IF_NOT_EXISTS") || upper.trim_start_matches(['\'', '"', '`']).trim_start().starts_with("ADD ") && !upper.contains("SET ")
}

#[cfg(test)]
mod tests {
    use crate::read::code::{analyse, Language};

    fn read(text: &str, language: Language) -> super::Material {
        let file = analyse(text, 0..text.len(), language);
        super::read(text, &file)
    }

    #[test]
    fn boto3_and_sdk_updates() {
        let py = "table = dynamodb.Table(os.environ['T'])\nresult = table.update_item(\n    Key={'id': event['id']},\n    ExpressionAttributeNames={'#t': 'text'},\n    UpdateExpression='SET #t = :text, '\n                     'checked = :checked',\n    ReturnValues='ALL_NEW',\n)\n";
        let m = read(py, Language::Python);
        assert!(m.constructs.is_empty());
        let u = &m.updates[0];
        assert!(!u.condition && u.names && !u.built, "{u:?}");
        let ts = "const params: any = {\n  TableName: TABLE_NAME,\n  Key: { [PRIMARY_KEY]: id },\n  UpdateExpression: `set ${first} = :${first}`,\n  ExpressionAttributeValues: {},\n};\nprops.forEach(p => {\n  params.UpdateExpression += `, ${p} = :${p}`;\n});\nawait db.update(params);\nmap.update(x);\n";
        let m = read(ts, Language::JavaScript);
        assert_eq!(m.updates.len(), 1);
        assert!(m.updates[0].built && !m.updates[0].names && !m.updates[0].condition);
    }

    #[test]
    fn cdk_tables_and_their_removal_policy() {
        let ts = "const t = new Table(this, 'items', {\n  partitionKey: { name: 'itemId', type: AttributeType.STRING },\n  removalPolicy: RemovalPolicy.DESTROY,\n});\n";
        let m = read(ts, Language::JavaScript);
        assert!(m.constructs[0].removal_destroy.is_some());
        let py = "dynamodb.CfnGlobalTable(self, \"Global\", billing_mode=\"PAY_PER_REQUEST\")\n";
        let m = read(py, Language::Python);
        assert_eq!((m.constructs[0].kind.as_str(), m.constructs[0].removal_destroy.is_none()), ("CfnGlobalTable", true));
    }
}
