//! Any bytes as Redis, CQL, Kafka, MongoDB or DynamoDB material: each
//! reader, its rules and the renderers.
#![no_main]

use engine::review::render::{self, SourceText};
use engine::{Document, Options};
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 5] = ["input.redis", "input.cql", "input.properties", "input.mongodb.js", "input.dynamodb.json"];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let name = NAMES[selector as usize % NAMES.len()];
    let text = String::from_utf8_lossy(rest);
    let review = engine::review(&[Document::new(name, text.as_ref())], &Options::default());
    for f in review.findings() {
        assert!(f.span.start <= f.span.end && f.span.end <= text.len());
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
    }
    let sources = [SourceText { name, text: &text }];
    let _ = render::text(&review, &sources);
});
