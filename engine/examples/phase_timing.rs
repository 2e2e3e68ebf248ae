//! The benchmark's workload reviewed and bare-parsed in one binary: the
//! medians and their ratio, or (`review N` / `parse N`) only that, N times,
//! for `valgrind --tool=callgrind`.

use std::time::Instant;

#[path = "../benches/support/workload.rs"]
mod workload;

fn main() {
    let sql = workload::generate();
    let review = || engine::review_sql(&sql, &engine::Options::default());
    let parse = || sqlparser::parser::Parser::parse_sql(&sqlparser::dialect::PostgreSqlDialect {}, &sql).unwrap();
    // Instruction counts, which a noisy machine does not skew: `review 1`, `parse 1`, and `review 0` for the set-up.
    let times = || std::env::args().nth(2).and_then(|n| n.parse().ok()).unwrap_or(5);
    match std::env::args().nth(1).as_deref() {
        Some("review") => (0..times()).for_each(|_| drop(std::hint::black_box(review()))),
        Some("parse") => (0..times()).for_each(|_| drop(std::hint::black_box(parse()))),
        _ => timed(&review, &parse),
    }
}

/// Medians of twelve interleaved runs of each.
fn timed<R, P>(review: &dyn Fn() -> R, parse: &dyn Fn() -> P) {
    let mut reviews = Vec::new();
    let mut parses = Vec::new();
    for _ in 0..12 {
        let t = Instant::now();
        std::hint::black_box(review());
        reviews.push(t.elapsed().as_micros());
        let t = Instant::now();
        std::hint::black_box(parse());
        parses.push(t.elapsed().as_micros());
    }
    reviews.sort();
    parses.sort();
    let (review, parse) = (reviews[6], parses[6]);
    println!("review min {} median {review} µs; parse min {} median {parse} µs; ratio of medians {:.2}", reviews[0], parses[0], review as f64 / parse as f64);
}
