//! Cassandra's CQL: the statements course material shows (keyspaces,
//! tables with their partition and clustering keys, indexes, reads, writes,
//! batches and cqlsh's `CONSISTENCY`), read into a small model that keeps
//! every position. A statement the reader does not know is a located problem.

mod lexer;
mod statements;

pub use lexer::{Kind, Token};
use std::ops::Range;

#[derive(Debug, Clone, Default)]
pub struct Keyspace {
    pub name: String,
    pub replication_factor: Option<u32>,
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    /// The type as written, lower-cased (`timeuuid`, `map<text, int>`).
    pub data_type: String,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct Table {
    pub name: String,
    pub columns: Vec<Column>,
    pub partition_key: Vec<String>,
    pub clustering: Vec<String>,
    /// `WITH default_time_to_live = n`: rows expire after n seconds.
    pub default_ttl: Option<u64>,
    pub span: Range<usize>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

#[derive(Debug, Clone)]
pub struct Index {
    pub table: String,
    pub column: String,
    /// `USING 'StorageAttachedIndex'` (or SASI): not a legacy secondary index.
    pub attached: bool,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Eq,
    /// `IN (…)` with this many values.
    In(usize),
    Range,
    Other,
}

#[derive(Debug, Clone)]
pub struct Restriction {
    pub column: String,
    pub op: Op,
    /// The value as written (for `=`), to tell partitions apart.
    pub value: String,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Select,
    Insert,
    Update,
    Delete,
}

/// A read or a write of one table.
#[derive(Debug, Clone)]
pub struct Access {
    pub verb: Verb,
    pub table: String,
    pub table_span: Range<usize>,
    /// WHERE restrictions (for an INSERT: the columns and their values).
    pub restrictions: Vec<Restriction>,
    pub allow_filtering: Option<Range<usize>>,
    /// The consistency level in force (cqlsh `CONSISTENCY`), upper-cased.
    pub consistency: Option<String>,
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Batch {
    pub logged: bool,
    pub accesses: Vec<Access>,
    pub span: Range<usize>,
}

/// What one piece of CQL says.
#[derive(Debug, Clone, Default)]
pub struct Script {
    pub keyspaces: Vec<Keyspace>,
    pub tables: Vec<Table>,
    pub indexes: Vec<Index>,
    pub accesses: Vec<Access>,
    pub batches: Vec<Batch>,
    pub statements: usize,
    pub problems: Vec<(String, Range<usize>)>,
}

impl Script {
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }

    /// The replication factor of the keyspaces declared (the largest).
    pub fn replication_factor(&self) -> Option<u32> {
        self.keyspaces.iter().filter_map(|k| k.replication_factor).max()
    }
}

/// Cassandra's row of the readers: `*.cql`, and a lesson's ```cql blocks.
pub const READER: crate::read::Reader = crate::read::Reader {
    system: crate::input::Dialect::Cassandra,
    file: |name| name.ends_with(".cql"),
    block: |lang, _| matches!(lang, "cql" | "cassandra"),
    read: |text, range, reading| reading.cql.push(read(text, range)),
    code: None,
    clients: &[],
};

/// Read the CQL in `text[range]`.
pub fn read(text: &str, range: Range<usize>) -> Script {
    let mut script = Script::default();
    let tokens = match lexer::lex(text, range) {
        Ok(tokens) => tokens,
        Err(problem) => {
            script.problems.push(problem);
            return script;
        }
    };
    let mut consistency = None;
    for statement in split(&tokens) {
        script.statements += 1;
        if let Err(problem) = statements::read(statement, &mut script, &mut consistency) {
            script.problems.push(problem);
        }
    }
    script
}

/// Statements end at `;`, except inside `BEGIN BATCH … APPLY BATCH`.
fn split(tokens: &[Token]) -> Vec<&[Token]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_batch = false;
    for (i, token) in tokens.iter().enumerate() {
        if i == start && token.is("BEGIN") {
            in_batch = true;
        }
        if in_batch && token.is("APPLY") {
            in_batch = false;
        }
        if token.is_punct(';') && !in_batch {
            if i > start {
                out.push(&tokens[start..i]);
            }
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(&tokens[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn script(text: &str) -> Script {
        read(text, 0..text.len())
    }

    #[test]
    fn tables_keep_partition_and_clustering_keys() {
        let s = script("CREATE TABLE IF NOT EXISTS shop.readings (sensor_id uuid, day date, at timestamp, value map<text, double>, PRIMARY KEY ((sensor_id, day), at)) WITH CLUSTERING ORDER BY (at DESC);\nCREATE TABLE users (id uuid PRIMARY KEY, email text);");
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        let t = s.table("readings").unwrap();
        assert_eq!((t.partition_key.clone(), t.clustering.clone()), (vec!["sensor_id".to_string(), "day".to_string()], vec!["at".to_string()]));
        assert_eq!(t.column("value").map(|c| c.data_type.as_str()), Some("map<text,double>"));
        assert_eq!(s.table("users").unwrap().partition_key, vec!["id".to_string()]);
    }

    #[test]
    fn keyspaces_reads_and_batches() {
        let s = script("CREATE KEYSPACE shop WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3};\nCONSISTENCY ONE;\nSELECT * FROM users WHERE email = 'a@b.c' ALLOW FILTERING;\nBEGIN BATCH\n  INSERT INTO users (id, email) VALUES (1, 'x');\n  UPDATE orders SET total = 2 WHERE id IN (1, 2, 3);\nAPPLY BATCH;");
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        assert_eq!(s.replication_factor(), Some(3));
        let select = &s.accesses[0];
        assert!(select.allow_filtering.is_some() && select.consistency.as_deref() == Some("ONE"));
        assert_eq!(s.batches[0].accesses.len(), 2);
        assert!(s.batches[0].logged);
        assert_eq!(s.batches[0].accesses[1].restrictions[0].op, Op::In(3));
    }

    #[test]
    fn bad_input_is_a_located_problem() {
        let text = "SELECT * FROM t WHERE a = 'open;\n";
        assert_eq!(script(text).problems[0].0, "unterminated string");
        let text = "FETCH ALL FROM t;";
        let s = script(text);
        assert_eq!((s.problems[0].0.as_str(), &text[s.problems[0].1.clone()]), ("unknown CQL statement `FETCH`", "FETCH"));
        assert_eq!(script("CREATE TABLE t (id int);").problems[0].0, "table `t` has no PRIMARY KEY (Cassandra requires one)");
        assert!(script("SELECT \u{0} FROM t;").problems[0].0.starts_with("unexpected character"));
        assert_eq!(script("CREATE TABLE t (static, primary int PRIMARY KEY);").problems[0].0, "column `static` has no type");
    }
}
