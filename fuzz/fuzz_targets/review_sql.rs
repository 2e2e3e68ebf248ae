//! Any bytes, as SQL in any dialect, through the whole review and every renderer.
#![no_main]

use engine::review::render::{self, SourceText};
use engine::{Dialect, Document, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let dialect = Dialect::ALL[selector as usize % Dialect::ALL.len()];
    let text = String::from_utf8_lossy(rest);
    let documents = [Document::new("input.sql", text.as_ref())];
    let review = engine::review(&documents, &Options { dialect, ..Options::default() });
    for f in review.findings() {
        assert!(f.span.start <= f.span.end && f.span.end <= text.len());
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
    }
    let sources = [SourceText { name: "input.sql", text: &text }];
    let _ = render::text(&review, &sources);
    let _ = render::markdown(&review, &sources);
    // SARIF embeds the whole rule catalog: render it for one input in eight to keep runs fast.
    if selector & 0b1110_0000 == 0 {
        let _ = render::sarif(&review, &sources);
    }
    let _ = render::json(&review);
    let _ = engine::highlight::highlight(&text, dialect);
});
