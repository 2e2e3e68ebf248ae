//! The playground's share-link decoder on any fragment, and the round trip.
#![no_main]

#[path = "../../app/src/share.rs"]
#[allow(dead_code)]
mod share;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(state) = share::decode(&text) {
        assert_eq!(share::decode(&share::encode(&state)).ok(), Some(state));
    }
    let state = share::SharedState {
        schema: text.to_string(),
        queries: text.chars().rev().collect(),
        dialect: engine::Dialect::Postgres,
        options: Default::default(),
        lesson: data.first().is_some_and(|b| b % 2 == 0),
    };
    assert_eq!(share::decode(&share::encode(&state)).ok(), Some(state));
});
