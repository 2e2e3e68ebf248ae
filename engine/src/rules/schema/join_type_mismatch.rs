use crate::model::TypeKind;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Reads the schema and the queries together and flags a join (or
    /// comparison) between two columns whose types belong to different
    /// families: text against a number, a UUID against text, an integer
    /// against a decimal.
    ///
    /// ## Why it matters
    /// To compare them the database casts one side, row by row; an index on
    /// the cast side cannot be used, so the join that should probe an index
    /// scans instead (O(n·m) in a nested loop, O(n) at best). MySQL also
    /// compares text and numbers as floating point, which can match the
    /// wrong rows.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
    /// CREATE TABLE logins (id bigint PRIMARY KEY, account_ref text NOT NULL, at timestamptz NOT NULL);
    /// SELECT a.name, l.at FROM logins l JOIN accounts a ON a.id = l.account_ref::bigint;
    /// SELECT a.name, l.at FROM logins l JOIN accounts a ON l.account_ref = a.name;
    /// SELECT l.at FROM logins l JOIN accounts a ON a.id = l.id;
    /// SELECT a.name FROM accounts a JOIN logins l ON l.account_ref = a.id;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
    /// CREATE TABLE logins (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id), at timestamptz NOT NULL);
    /// CREATE INDEX logins_account_id_idx ON logins (account_id);
    /// SELECT a.name FROM accounts a JOIN logins l ON l.account_id = a.id;
    /// ```
    ///
    /// ## In production
    /// Mismatched join keys usually come from a column added "temporarily"
    /// as text, or from ids copied between services in different types.
    /// The plan shows it as a cast inside the join condition.
    ///
    /// ## Alternatives
    /// Migrate the column to the referenced type (add, backfill, swap), or,
    /// while that happens, an expression index on the cast.
    pub struct JoinTypeMismatch {
        code: "S028",
        name: "join-type-mismatch",
        area: Schema,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["Q6"],
        dialects: [],
        fix: None,
        summary: "Joined columns have types of different families",
    }
}

#[derive(PartialEq)]
enum Family {
    Integer,
    Decimal,
    Text,
    Uuid,
    Time,
    Other,
}

fn family(kind: TypeKind) -> Family {
    match kind {
        TypeKind::SmallInt | TypeKind::Int | TypeKind::BigInt | TypeKind::Serial | TypeKind::BigSerial => Family::Integer,
        TypeKind::Numeric | TypeKind::Float => Family::Decimal,
        TypeKind::Text | TypeKind::Varchar | TypeKind::Char => Family::Text,
        TypeKind::Uuid => Family::Uuid,
        TypeKind::Date | TypeKind::Timestamp | TypeKind::TimestampTz => Family::Time,
        _ => Family::Other,
    }
}

impl Rule for JoinTypeMismatch {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        if !cx.dialect.is_sql() {
            return;
        }
        let mut seen = std::collections::HashSet::new();
        for block in cx.facts.iter().flat_map(|f| f.blocks.iter()) {
            for (a, b) in &block.column_pairs {
                let (Some((ta, ca)), Some((tb, cb))) = (block.resolve(cx.catalog, a), block.resolve(cx.catalog, b)) else { continue };
                let (fa, fb) = (family(ca.kind), family(cb.kind));
                if fa == fb || fa == Family::Other || fb == Family::Other {
                    continue;
                }
                if !seen.insert((ta.name.clone(), ca.name.clone(), tb.name.clone(), cb.name.clone())) {
                    continue;
                }
                out.report(
                    block.span,
                    format!(
                        "`{}.{}` ({}) is compared with `{}.{}` ({}): one side is cast on every row",
                        ta.name, ca.name, ca.data_type, tb.name, cb.name, cb.data_type
                    ),
                )
                .note("an index on the cast side cannot be used, so the join scans where it should probe")
                .help("give both columns the same type (migrate the odd one), or index the cast expression meanwhile");
            }
        }
    }
}
