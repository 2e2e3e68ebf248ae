//! Redis material: `redis-cli` sessions (commands, with or without the
//! prompt and the replies a lesson shows) and `redis.conf` directives. Each
//! line is split the way `redis-cli` splits it (quotes, escapes), and every
//! word keeps its byte range in the document.

mod code;
mod command_names;
mod directive_names;

use std::ops::Range;

/// A word of a command line: its value (quotes and escapes resolved) and
/// where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub value: String,
    pub span: Range<usize>,
}

/// A command (`SET session:1 x EX 60`), its name upper-cased.
#[derive(Debug, Clone)]
pub struct Command {
    pub name: String,
    pub name_span: Range<usize>,
    pub args: Vec<Word>,
    /// The whole command.
    pub span: Range<usize>,
}

impl Command {
    /// Whether an argument equals `word`, case-insensitively (`EX`, `NX`…).
    pub fn has_flag(&self, word: &str) -> bool {
        self.args.iter().any(|a| a.value.eq_ignore_ascii_case(word))
    }
}

/// A configuration directive (`maxmemory 2gb` in redis.conf, or
/// `CONFIG SET maxmemory 2gb`), its name lower-cased.
#[derive(Debug, Clone)]
pub struct Directive {
    pub name: String,
    pub args: Vec<Word>,
    pub span: Range<usize>,
}

/// What one piece of Redis material says.
#[derive(Debug, Clone, Default)]
pub struct Script {
    pub range: Range<usize>,
    pub commands: Vec<Command>,
    pub config: Vec<Directive>,
    /// Lines that could not be read, with where and why.
    pub problems: Vec<(String, Range<usize>)>,
}

impl Script {
    /// The last value a directive is given, if any.
    pub fn setting(&self, name: &str) -> Option<&Directive> {
        self.config.iter().rev().find(|d| d.name == name)
    }
}

/// Redis's row of the readers: `*.redis`, `redis.conf`, `sentinel.conf`, and a lesson's ```redis blocks.
pub const READER: crate::read::Reader = crate::read::Reader {
    system: crate::input::Dialect::Redis,
    file: |name| {
        let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
        file.ends_with(".redis") || ((file.contains("redis") || file.contains("sentinel")) && file.ends_with(".conf"))
    },
    block: |lang, _| lang == "redis",
    read: |text, range, reading| reading.redis.push(read(text, range)),
    code: Some(|text, file, reading| reading.redis.push(code::read(text, file))),
    clients: &[
        "require('redis')",
        "require(\"redis\")",
        "from 'redis'",
        "from \"redis\"",
        "ioredis",
        "import redis",
        "github.com/redis/go-redis",
        "redis.clients.jedis",
    ],
};

/// Read the Redis material in `text[range]`.
pub fn read(text: &str, range: Range<usize>) -> Script {
    let mut script = Script { range: range.clone(), ..Script::default() };
    let body = &text[range.clone()];
    // In a pasted session, lines without a prompt are the server's replies.
    let session = body.lines().any(|l| prompt_end(l).is_some());
    let mut offset = range.start;
    for line in body.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let (skip, rest) = match prompt_end(content) {
            Some(end) => (end, &content[end..]),
            None if session => continue,
            None => (0, content),
        };
        let trimmed = rest.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with("//") {
            continue;
        }
        let at = start + skip + (rest.len() - trimmed.len());
        match split_words(trimmed, at) {
            Ok(words) => classify(words, &mut script),
            Err(problem) => script.problems.push(problem),
        }
    }
    script
}

/// Where a `redis-cli` prompt (`127.0.0.1:6379> `, `redis> `) ends.
fn prompt_end(line: &str) -> Option<usize> {
    let end = line.find("> ")?;
    let prompt = line[..end].trim_start();
    // The documentation's bare `> ` prompt, `redis> `, `127.0.0.1:6379[2]> `.
    let looks_like = prompt.is_empty()
        || prompt == "redis"
        || prompt
            .rsplit_once(':')
            .is_some_and(|(host, port)| !host.is_empty() && port.split('[').next().is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())));
    looks_like.then_some(end + 2)
}

/// Split a line as `redis-cli` does: whitespace between words, `"…"` with
/// backslash escapes, `'…'` with only `\'`.
fn split_words(line: &str, at: usize) -> Result<Vec<Word>, (String, Range<usize>)> {
    let bytes = line.as_bytes();
    let mut words = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if bytes[i] < 0x20 && bytes[i] != b'\t' {
            return Err(("control characters: this does not read as Redis commands".into(), at + i..at + i + 1));
        }
        let start = i;
        let mut value = String::new();
        if bytes[i] == b'"' || bytes[i] == b'\'' {
            let quote = bytes[i];
            i += 1;
            loop {
                let Some(&b) = bytes.get(i) else {
                    return Err(("unterminated quoted string".into(), at + start..at + line.len()));
                };
                match b {
                    b'\\' if i + 1 < bytes.len() && (quote == b'"' || bytes[i + 1] == b'\'') => {
                        let escaped = line[i + 1..].chars().next().unwrap_or(' ');
                        value.push(match escaped {
                            'n' if quote == b'"' => '\n',
                            't' if quote == b'"' => '\t',
                            other => other,
                        });
                        i += 1 + escaped.len_utf8();
                    }
                    _ if b == quote => {
                        i += 1;
                        break;
                    }
                    _ => {
                        let c = line[i..].chars().next().unwrap_or(' ');
                        value.push(c);
                        i += c.len_utf8();
                    }
                }
            }
            if let Some(next) = line[i..].chars().next().filter(|c| !c.is_ascii_whitespace()) {
                return Err(("a closing quote must be followed by a space".into(), at + i..at + i + next.len_utf8()));
            }
        } else {
            while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            value.push_str(&line[start..i]);
        }
        words.push(Word { value, span: at + start..at + i });
    }
    Ok(words)
}

fn classify(words: Vec<Word>, script: &mut Script) {
    let Some(first) = words.first() else { return };
    let span = first.span.start..words.last().map_or(first.span.end, |w| w.span.end);
    let upper = first.value.to_ascii_uppercase();
    let lower = first.value.to_ascii_lowercase();
    // `save 900 1` (redis.conf) and `SAVE` (a command) share a name: a
    // lower-case directive name with arguments is configuration.
    let command = command_names::COMMANDS.contains(&upper.as_str());
    let directive = directive_names::DIRECTIVES.contains(&lower.as_str());
    if directive && (!command || (first.value == lower && words.len() > 1)) {
        let mut args = words;
        args.remove(0);
        script.config.push(Directive { name: lower, args, span });
    } else if command {
        if upper == "CONFIG" && words.get(1).is_some_and(|w| w.value.eq_ignore_ascii_case("SET")) && words.len() >= 3 {
            script.config.push(Directive { name: words[2].value.to_ascii_lowercase(), args: words[3..].to_vec(), span: span.clone() });
        }
        let mut args = words;
        let name = args.remove(0);
        script.commands.push(Command { name: upper, name_span: name.span, args, span });
    } else {
        script.problems.push((format!("unknown Redis command or directive `{}`", first.value), first.span.clone()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_keep_their_words_and_positions() {
        let text = "SET \"session:1\" 'a b' EX 60\nKEYS user:*\n";
        let script = read(text, 0..text.len());
        assert_eq!(script.commands.len(), 2);
        let set = &script.commands[0];
        assert_eq!((set.name.as_str(), set.args[0].value.as_str(), set.args[1].value.as_str()), ("SET", "session:1", "a b"));
        assert_eq!(&text[set.args[1].span.clone()], "'a b'");
        assert!(set.has_flag("ex"));
    }

    #[test]
    fn a_pasted_session_skips_the_replies() {
        let text = "127.0.0.1:6379> HGETALL user:1\n1) \"name\"\n2) \"Ada\"\nredis> SELECT 2\nOK\n";
        let script = read(text, 0..text.len());
        let names: Vec<&str> = script.commands.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, vec!["HGETALL", "SELECT"]);
        assert!(script.problems.is_empty());
    }

    #[test]
    fn the_documentation_prompt_and_its_replies() {
        let text = "> SADD bikes:racing:france bike:1\n(integer) 1\n> SMEMBERS bikes:racing:france\n1) \"bike:1\"\n> GET missing\n(nil)\n";
        let script = read(text, 0..text.len());
        let names: Vec<&str> = script.commands.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, vec!["SADD", "SMEMBERS", "GET"]);
        assert!(script.problems.is_empty());
    }

    #[test]
    fn configuration_directives_and_config_set() {
        let text = "maxmemory 2gb\nsave \"\"\nCONFIG SET maxmemory-policy allkeys-lru\n";
        let script = read(text, 0..text.len());
        assert_eq!(script.setting("maxmemory").map(|d| d.args[0].value.as_str()), Some("2gb"));
        assert_eq!(script.setting("save").map(|d| d.args[0].value.as_str()), Some(""));
        assert_eq!(script.setting("maxmemory-policy").map(|d| d.args[0].value.as_str()), Some("allkeys-lru"));
    }

    #[test]
    fn bad_lines_are_located_problems() {
        let text = "SET a \"unterminated\nFROBNICATE x\nGET \"a\"b\nGET \u{1}\n";
        let script = read(text, 0..text.len());
        let messages: Vec<&str> = script.problems.iter().map(|(m, _)| m.as_str()).collect();
        assert_eq!(
            messages,
            vec![
                "unterminated quoted string",
                "unknown Redis command or directive `FROBNICATE`",
                "a closing quote must be followed by a space",
                "control characters: this does not read as Redis commands"
            ]
        );
        assert_eq!(&text[script.problems[1].1.clone()], "FROBNICATE");
    }
}
