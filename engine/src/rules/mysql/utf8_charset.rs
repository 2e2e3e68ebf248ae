use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{ColumnOption, Statement};

crate::declare_rule! {
    /// ## What it does
    /// Flags MySQL tables and columns declared with the `utf8` (alias
    /// `utf8mb3`) character set.
    ///
    /// ## Why it matters
    /// MySQL's `utf8` stores at most three bytes per character, so emoji and
    /// many CJK characters (four bytes in UTF-8) are rejected or, in
    /// non-strict mode, silently cut off at the first such character.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE comments (id BIGINT PRIMARY KEY, body TEXT NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE comments (id BIGINT PRIMARY KEY, body TEXT NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
    /// ```
    ///
    /// ## In production
    /// "Incorrect string value: '\xF0\x9F\x98\x80'" errors the first time a
    /// user types an emoji are the classic symptom; converting a large table
    /// later is a full rebuild.
    ///
    /// ## Alternatives
    /// `utf8mb4` everywhere (the default since MySQL 8.0), with an explicit
    /// collation; mind the 3,072-byte index key limit for long indexed
    /// `VARCHAR` columns.
    pub struct Utf8Charset {
        code: "T201",
        name: "mysql-utf8-charset",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T2", "S7"],
        dialects: [Mysql],
        fix: None,
        summary: "MySQL's 3-byte utf8 cannot store emoji",
    }
}

fn is_utf8mb3(charset: &str) -> bool {
    matches!(charset.trim().trim_matches(['\'', '"', '`']).to_ascii_lowercase().as_str(), "utf8" | "utf8mb3")
}

impl Rule for Utf8Charset {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::CreateTable(create) = cx.stmt else { return };
        let options = create.table_options.to_string().to_ascii_lowercase().replace(' ', "");
        let table_charset = options
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter_map(|kv| kv.rsplit_once('='))
            .any(|(k, v)| (k.ends_with("charset") || k.ends_with("characterset")) && is_utf8mb3(v));
        if table_charset {
            out.report(cx.span_of(&create.name), format!("table `{}` uses MySQL's 3-byte `utf8`: 4-byte characters such as emoji are rejected", create.name))
                .help("use DEFAULT CHARSET=utf8mb4");
        }
        for column in &create.columns {
            let charset = column.options.iter().find_map(|o| match &o.option {
                ColumnOption::CharacterSet(name) => Some(name.to_string()),
                _ => None,
            });
            if charset.as_deref().is_some_and(is_utf8mb3) {
                out.report(cx.spans.span_of(column.name.span), format!("column `{}` uses MySQL's 3-byte `utf8`", column.name))
                    .help("use CHARACTER SET utf8mb4");
            }
        }
    }
}
