//! Kafka configuration as course material shows it: `.properties` files
//! (brokers, producers, consumers), the same keys in YAML (Spring's
//! `spring.kafka.*`, nested), and `kafka-topics --create` command lines.
//! Every key and value keeps its byte range.

mod code;
mod strimzi;

use std::ops::Range;

/// One `key = value` setting, its key as written (dots joined for YAML).
#[derive(Debug, Clone)]
pub struct Entry {
    pub key: String,
    pub value: String,
    pub key_span: Range<usize>,
    pub span: Range<usize>,
}

/// A topic created by `kafka-topics --create`.
#[derive(Debug, Clone)]
pub struct Topic {
    pub name: String,
    pub partitions: Option<u32>,
    pub replication_factor: Option<u32>,
    pub span: Range<usize>,
}

/// A Strimzi `Kafka` listener that names no `authentication`.
#[derive(Debug, Clone)]
pub struct OpenListener {
    pub name: String,
    pub port: String,
    pub span: Range<usize>,
    /// Whether the cluster's spec sets `authorization`.
    pub authorization: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Config {
    pub entries: Vec<Entry>,
    pub topics: Vec<Topic>,
    pub open_listeners: Vec<OpenListener>,
    pub problems: Vec<(String, Range<usize>)>,
}

impl Config {
    /// The last entry whose key ends with `suffix` (`acks` matches
    /// `spring.kafka.producer.acks`; properties are the plain key).
    pub fn get(&self, suffix: &str) -> Option<&Entry> {
        self.entries.iter().rev().find(|e| {
            let key = e.key.to_ascii_lowercase().replace('-', ".");
            key == suffix || key.ends_with(&format!(".{suffix}"))
        })
    }

    pub fn number(&self, suffix: &str) -> Option<(u32, &Entry)> {
        let entry = self.get(suffix)?;
        Some((entry.value.trim().parse().ok()?, entry))
    }

    /// One configuration holding several (a lesson's blocks, a review's files).
    pub fn merged<'a>(parts: impl IntoIterator<Item = &'a Config>) -> Config {
        let mut all = Config::default();
        for part in parts {
            all.entries.extend(part.entries.iter().cloned());
            all.topics.extend(part.topics.iter().cloned());
            all.open_listeners.extend(part.open_listeners.iter().cloned());
            all.problems.extend(part.problems.iter().cloned());
        }
        all
    }

    pub fn statements(&self) -> usize {
        self.entries.len() + self.topics.len()
    }
}

/// Kafka's row of the readers: `.properties`, YAML whose name says Kafka, and
/// a lesson's blocks of properties, or of YAML and shell about Kafka.
pub const READER: crate::read::Reader = crate::read::Reader {
    system: crate::input::Dialect::Kafka,
    file: |name| name.ends_with(".properties") || (name.contains("kafka") && (name.ends_with(".yml") || name.ends_with(".yaml"))),
    block: |lang, content| match lang {
        "properties" | "kafka" => true,
        "yaml" | "yml" | "sh" | "bash" | "shell" | "console" => content.contains("kafka") || content.contains("bootstrap"),
        _ => false,
    },
    // A lesson's Kafka blocks are one configuration: the topic created in a
    // shell block and the consumers configured in YAML meet in the rules.
    read: |text, range, reading| {
        let mut part = read(text, range.clone());
        part.open_listeners = strimzi::open_listeners(text, range);
        match reading.kafka.first_mut() {
            Some(all) => *all = Config::merged([&*all, &part]),
            None => reading.kafka.push(part),
        }
    },
    code: Some(|text, file, reading| reading.kafka.push(code::read(text, file))),
    clients: &["confluent_kafka", "from kafka import", "kafkajs", "org.apache.kafka.clients"],
};

/// Read Kafka configuration in `text[range]`: properties lines, YAML
/// mappings and `kafka-topics` commands, in any mix.
pub fn read(text: &str, range: Range<usize>) -> Config {
    let mut config = Config::default();
    // YAML nesting: (indent, key) of the open mappings.
    let mut parents: Vec<(usize, String)> = Vec::new();
    let mut offset = range.start;
    for line in text[range.clone()].split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        // Everything before the first non-blank character (spaces for YAML
        // nesting, but any whitespace counts toward where the line starts).
        let indent = content.len() - content.trim_start().len();
        let body = content.trim();
        let at = start + indent;
        if body.is_empty() || body.starts_with('#') || body.starts_with('!') || body == "---" {
            continue;
        }
        if let Some(bad) = body.chars().find(|c| c.is_control() && *c != '\t') {
            config.problems.push((format!("control character {:?}: this does not read as configuration", bad), at..at + body.len()));
            continue;
        }
        let command = body.trim_start_matches("$ ").trim_start_matches("./").trim_start_matches("bin/");
        if command.starts_with("kafka-topics") {
            topic_command(command, at + (body.len() - command.len()), &mut config);
            continue;
        }
        if body.starts_with("- ") || body == "-" {
            continue; // YAML list items: nothing the rules read
        }
        // `key=value`, `key: value`, `key value` (properties), `key:` (a YAML mapping).
        let separator = body.find(['=', ':']).filter(|&i| !body[..i].trim().contains(' '));
        let (key, value, value_at) = match separator {
            Some(i) => (body[..i].trim(), body[i + 1..].trim(), i + 1),
            None => match body.split_once(' ') {
                Some((k, v)) => (k, v.trim(), k.len() + 1),
                None => {
                    config.problems.push((format!("`{body}` is not a setting (key=value)"), at..at + body.len()));
                    continue;
                }
            },
        };
        if key.is_empty() || key.contains(char::is_whitespace) {
            config.problems.push(("a setting needs a key before its `=` or `:`".into(), at..at + body.len()));
            continue;
        }
        let value = unquote(strip_comment(value));
        if value.starts_with('"') || value.starts_with('\'') {
            config.problems.push(("unterminated quoted value".into(), at + value_at..at + body.len()));
            continue;
        }
        parents.retain(|(i, _)| *i < indent);
        if value.is_empty() && separator.is_some_and(|i| body.as_bytes()[i] == b':') {
            parents.push((indent, key.to_string()));
            continue;
        }
        let mut full: Vec<&str> = parents.iter().map(|(_, k)| k.as_str()).collect();
        full.push(key);
        config.entries.push(Entry { key: full.join("."), value: value.to_string(), key_span: at..at + key.len(), span: at..at + body.len() });
    }
    config
}

fn strip_comment(value: &str) -> &str {
    match value.find(" #") {
        Some(i) if !value.starts_with(['"', '\'']) => value[..i].trim_end(),
        _ => value,
    }
}

/// A value without its YAML quotes; an unterminated quote is left as is.
fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(quote) && value.ends_with(quote) {
            return &value[1..value.len() - 1];
        }
    }
    value
}

/// `kafka-topics --create --topic orders --partitions 3 --replication-factor 1 …`
fn topic_command(command: &str, at: usize, config: &mut Config) {
    if !command.contains("--create") {
        return;
    }
    let words: Vec<&str> = command.split_whitespace().collect();
    let value = |flag: &str| {
        words
            .iter()
            .position(|w| *w == flag || w.starts_with(&format!("{flag}=")))
            .and_then(|i| words[i].split_once('=').map(|(_, v)| v).or_else(|| words.get(i + 1).copied()))
    };
    let Some(name) = value("--topic") else {
        config.problems.push(("`kafka-topics --create` without `--topic`".into(), at..at + command.len()));
        return;
    };
    let number = |flag: &str| value(flag).and_then(|v| v.parse().ok());
    config.topics.push(Topic {
        name: name.to_string(),
        partitions: number("--partitions"),
        replication_factor: number("--replication-factor"),
        span: at..at + command.len(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(text: &str) -> Config {
        read(text, 0..text.len())
    }

    #[test]
    fn properties_yaml_and_topic_commands() {
        let text = "# producer\nacks=1\nenable.idempotence: false\nspring:\n  kafka:\n    consumer:\n      enable-auto-commit: true  # default\n$ kafka-topics.sh --bootstrap-server b:9092 --create --topic orders --partitions 1 --replication-factor 1\n";
        let c = config(text);
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert_eq!(c.get("acks").map(|e| e.value.as_str()), Some("1"));
        assert_eq!(c.get("enable.idempotence").map(|e| e.value.as_str()), Some("false"));
        assert_eq!(c.get("enable.auto.commit").map(|e| e.key.as_str()), Some("spring.kafka.consumer.enable-auto-commit"));
        assert_eq!((c.topics[0].name.as_str(), c.topics[0].partitions, c.topics[0].replication_factor), ("orders", Some(1), Some(1)));
        assert_eq!(&text[c.get("acks").unwrap().key_span.clone()], "acks");
    }

    #[test]
    fn bad_lines_are_located_problems() {
        let text = "acks=all\njustaword\nkey: \"open\nx\u{1}y=1\n";
        let c = config(text);
        let messages: Vec<&str> = c.problems.iter().map(|(m, _)| m.as_str()).collect();
        assert_eq!(
            messages,
            vec!["`justaword` is not a setting (key=value)", "unterminated quoted value", "control character '\\u{1}': this does not read as configuration"]
        );
    }
}
