//! Kafka client configuration inside application code, when the file is
//! reviewed as Kafka: a confluent-kafka or kafka-python config dict
//! (`{'group.id': 'orders', 'enable.auto.commit': False}`), a KafkaJS or
//! node-rdkafka object with quoted keys, a Java `props.put("acks", "all")`
//! or `props.put(ProducerConfig.ACKS_CONFIG, "all")`.

use super::{Config, Entry};
use crate::read::code::{CodeFile, Token, TokenKind};

/// The settings written in a code file.
pub fn read(text: &str, file: &CodeFile) -> Config {
    let tokens = &file.tokens;
    let mut config = Config::default();
    for i in 0..tokens.len().saturating_sub(2) {
        let Some(key) = key(text, tokens, i) else { continue };
        // `'key': value` (a dict, an object) or `put("key", value)`, `setProperty(…)`.
        let start = if tokens[i].kind == TokenKind::Ident { i - 2 } else { i };
        let separated = tokens[i + 1].is_punct(b':') || tokens[i + 1].is_punct(b',') && start >= 1 && tokens[start - 1].is_punct(b'(');
        let value_token = &tokens[i + 2];
        let Some(value) = value(text, value_token).filter(|_| separated) else { continue };
        let key_span = tokens[start].span.start..tokens[i].span.end;
        config.entries.push(Entry { key, value, span: key_span.start..value_token.span.end, key_span });
    }
    config
}

/// A Kafka setting's name: a quoted dotted lower-case key
/// (`"bootstrap.servers"`), or a Java client constant
/// (`ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG` is `enable.auto.commit`).
fn key(text: &str, tokens: &[Token], i: usize) -> Option<String> {
    match &tokens[i].kind {
        TokenKind::Str(lit) if lit.holes.is_empty() => {
            let content = &text[lit.content.clone()];
            let dotted = content.contains('.') && !content.starts_with('.') && !content.ends_with('.');
            let shaped = content.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_');
            (dotted && shaped && content.len() <= 64).then(|| content.to_string())
        }
        TokenKind::Ident => {
            let name = &text[tokens[i].span.clone()];
            let class = i.checked_sub(2).map(|c| &text[tokens[c].span.clone()]);
            let clients = ["ProducerConfig", "ConsumerConfig", "StreamsConfig", "AdminClientConfig", "CommonClientConfigs", "TopicConfig"];
            let constant = name.strip_suffix("_CONFIG")?;
            (tokens[i - 1].is_punct(b'.') && class.is_some_and(|c| clients.contains(&c))).then(|| constant.to_ascii_lowercase().replace('_', "."))
        }
        _ => None,
    }
}

/// A value as the properties file would hold it: a string's text, a
/// number, `true`/`false` (Python's `True`/`False` too), else the
/// expression as written.
fn value(text: &str, token: &Token) -> Option<String> {
    match &token.kind {
        TokenKind::Str(lit) => Some(text[lit.content.clone()].to_string()),
        TokenKind::Number => Some(text[token.span.clone()].to_string()),
        TokenKind::Ident => Some(text[token.span.clone()].to_ascii_lowercase()),
        TokenKind::Punct(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::read::code::{analyse, Language};

    fn settings(text: &str, language: Language) -> Vec<(String, String)> {
        let file = analyse(text, 0..text.len(), language);
        super::read(text, &file).entries.into_iter().map(|e| (e.key, e.value)).collect()
    }

    #[test]
    fn dicts_and_java_properties() {
        let py = "conf = {'bootstrap.servers': broker, 'group.id': 'orders', 'session.timeout.ms': 6000,\n        'enable.auto.offset.store': False}\nlog.info('see docs.example.com')\n";
        let read = settings(py, Language::Python);
        assert_eq!(read[1], ("group.id".to_string(), "orders".to_string()));
        assert_eq!(read[3], ("enable.auto.offset.store".to_string(), "false".to_string()));
        assert_eq!(read.len(), 4);
        let java = "props.put(ProducerConfig.ACKS_CONFIG, \"1\");\nprops.put(\"enable.idempotence\", false);\n";
        assert_eq!(settings(java, Language::Java), vec![("acks".to_string(), "1".to_string()), ("enable.idempotence".to_string(), "false".to_string())]);
    }
}
