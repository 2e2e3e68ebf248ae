//! The benchmark's workload, shared by `benches/review.rs` and
//! `examples/phase_timing.rs` so both measure the same text.

/// A generated schema of 1,000 tables plus 5,000 queries of five shapes.
pub fn generate() -> String {
    let mut sql = String::new();
    for t in 0..1000usize {
        sql.push_str(&format!(
            "CREATE TABLE t{t} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent_id bigint REFERENCES t{p} (id), \
             email text NOT NULL UNIQUE, status text NOT NULL, total numeric(12,2), created_at timestamptz NOT NULL DEFAULT now());\n\
             CREATE INDEX CONCURRENTLY t{t}_status_idx ON t{t} (status, created_at);\n",
            p = t.saturating_sub(1)
        ));
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
    sql
}
