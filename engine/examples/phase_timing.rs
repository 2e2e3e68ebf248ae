use std::time::Instant;
fn main() {
    let mut sql = String::new();
    for t in 0..1000usize {
        sql.push_str(&format!("CREATE TABLE t{t} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent_id bigint REFERENCES t{p} (id), email text NOT NULL UNIQUE, status text NOT NULL, total numeric(12,2), created_at timestamptz NOT NULL DEFAULT now());\nCREATE INDEX CONCURRENTLY t{t}_status_idx ON t{t} (status, created_at);\n", p = t.saturating_sub(1)));
    }
    for q in 0..5000 {
        let t = q % 1000;
        sql.push_str(&match q % 5 {
            0 => format!("SELECT id, email FROM t{t} WHERE status = $1 ORDER BY created_at DESC LIMIT 20;\n"),
            1 => format!("SELECT a.id, b.total FROM t{t} a JOIN t{p} b ON b.parent_id = a.id WHERE a.email = $1;\n", p = (t + 1) % 1000),
            2 => format!("UPDATE t{t} SET status = 'done' WHERE id = $1;\n"),
            3 => format!("SELECT status, count(*) FROM t{t} WHERE created_at > now() - interval '1 day' GROUP BY status;\n"),
            _ => format!("SELECT * FROM t{t} WHERE lower(email) = lower($1) OR status IN ('a', 'b');\n"),
        });
    }
    // `phase_timing review` or `phase_timing parse` runs only that, five times
    // (for `perf stat -e instructions`, which a noisy machine does not skew).
    match std::env::args().nth(1).as_deref() {
        Some("review") => {
            for _ in 0..std::env::args().nth(2).and_then(|n| n.parse().ok()).unwrap_or(5) {
                std::hint::black_box(engine::review_sql(&sql, &engine::Options::default()));
            }
            return;
        }
        Some("parse") => {
            for _ in 0..std::env::args().nth(2).and_then(|n| n.parse().ok()).unwrap_or(5) {
                std::hint::black_box(sqlparser::parser::Parser::parse_sql(&sqlparser::dialect::PostgreSqlDialect {}, &sql).unwrap());
            }
            return;
        }
        _ => {}
    }
    let mut review = Vec::new();
    let mut parse = Vec::new();
    for _ in 0..12 {
        let t = Instant::now();
        std::hint::black_box(engine::review_sql(&sql, &engine::Options::default()));
        review.push(t.elapsed().as_micros());
        let t = Instant::now();
        std::hint::black_box(sqlparser::parser::Parser::parse_sql(&sqlparser::dialect::PostgreSqlDialect {}, &sql).unwrap());
        parse.push(t.elapsed().as_micros());
    }
    review.sort();
    parse.sort();
    println!("review min {} median {} µs; parse min {} median {} µs; ratio of medians {:.2}", review[0], review[6], parse[0], parse[6], review[6] as f64 / parse[6] as f64);
}
