//! Redis commands sent from application code, when the file is reviewed as
//! Redis: node-redis's camelCase methods (`client.zRange(key, 0, -1)`,
//! `batch.hGetAll(key)`) and redis-py's or ioredis's lower-case ones on a
//! client (`r.zrange("board", 0, -1)`). Each becomes the command it sends,
//! its arguments as written (a literal's text, else the expression).

use super::{command_names::COMMANDS, Command, Script, Word};
use crate::read::code::brackets::matching;
use crate::read::code::{CodeFile, TokenKind};

/// Receivers that hold a Redis client, a pipeline or a transaction.
const CLIENTS: &[&str] = &["client", "redis", "redisClient", "rdb", "r", "batch", "multi", "pipeline", "pipe", "cache", "conn"];

/// Read the commands a code file sends.
pub fn read(text: &str, file: &CodeFile) -> Script {
    let tokens = &file.tokens;
    let mut script = Script { range: file.range.clone(), ..Script::default() };
    for i in 2..tokens.len().saturating_sub(1) {
        if tokens[i].kind != TokenKind::Ident || !tokens[i - 1].is_punct(b'.') || !tokens[i + 1].is_punct(b'(') {
            continue;
        }
        let method = &text[tokens[i].span.clone()];
        // `zRangeWithScores` is ZRANGE … WITHSCORES.
        let (base, scores) = method.strip_suffix("WithScores").map_or((method, false), |b| (b, true));
        let name = base.to_ascii_uppercase();
        let camel = base.chars().skip(1).any(|c| c.is_ascii_uppercase());
        let receiver = &text[tokens[i - 2].span.clone()];
        if !COMMANDS.contains(&name.as_str()) || !(camel || CLIENTS.contains(&receiver)) {
            continue;
        }
        let Some(close) = matching(tokens, i + 1) else { continue };
        let mut args = Vec::new();
        let (mut depth, mut start) = (0usize, i + 2);
        for j in i + 1..=close {
            match tokens[j].kind {
                TokenKind::Punct(b'(' | b'[' | b'{') => depth += 1,
                TokenKind::Punct(b')' | b']' | b'}') => depth -= 1,
                _ => {}
            }
            let ends = depth == 0 || depth == 1 && tokens[j].is_punct(b',');
            if ends && j > start {
                let first = &tokens[start];
                let span = first.span.start..tokens[j - 1].span.end;
                let value = match (&first.kind, j - start) {
                    (TokenKind::Str(lit), 1) => text[lit.content.clone()].to_string(),
                    _ => text[span.clone()].to_string(),
                };
                args.push(Word { value, span });
            }
            if ends {
                start = j + 1;
            }
        }
        if scores {
            args.push(Word { value: "WITHSCORES".into(), span: tokens[i].span.clone() });
        }
        script.commands.push(Command { name, name_span: tokens[i].span.clone(), args, span: tokens[i].span.start..tokens[close].span.end });
    }
    script
}

#[cfg(test)]
mod tests {
    use crate::read::code::{analyse, Language};

    #[test]
    fn client_methods_become_commands() {
        let js = "const all = await module.client.zRange(key, 0, -1);\nkeys.forEach(k => batch.zRangeWithScores(String(k), 0, stop));\nconst names = Object.keys(data);\nmap.get('x');\n";
        let file = analyse(js, 0..js.len(), Language::JavaScript);
        let script = super::read(js, &file);
        let read: Vec<(String, Vec<String>)> = script.commands.iter().map(|c| (c.name.clone(), c.args.iter().map(|a| a.value.clone()).collect())).collect();
        assert_eq!(read[0], ("ZRANGE".to_string(), vec!["key".to_string(), "0".to_string(), "-1".to_string()]));
        assert_eq!(read[1].1, vec!["String(k)", "0", "stop", "WITHSCORES"]);
        assert_eq!(read.len(), 2);
    }
}
