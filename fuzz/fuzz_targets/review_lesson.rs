//! Any bytes as a Markdown lesson: fences, SQL view, lesson rules, renderers.
#![no_main]

use engine::review::render::{self, SourceText};
use engine::{Document, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let review = engine::review(&[Document::new("lesson.md", text.as_ref())], &Options::default());
    let fences = engine::read::markdown::fences(&text);
    let view = engine::read::markdown::sql_view(&text, &fences);
    assert_eq!(view.len(), text.len());
    let sources = [SourceText { name: "lesson.md", text: &text }];
    let _ = render::markdown(&review, &sources);
    let _ = render::text(&review, &sources);
});
