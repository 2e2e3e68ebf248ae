//! Markdown lessons: find the fenced code blocks, and build an SQL view of the
//! lesson in which everything but the SQL blocks is blanked, byte for byte, so
//! every finding lands at the lesson's own line and column.

use crate::input::Dialect;
use std::ops::Range;

/// One fenced code block of a lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fence {
    /// The info string's first word, lower-cased (`sql`, `go`, ``…); empty when none.
    pub lang: String,
    /// Byte range of the opening fence line (without its newline).
    pub opening: Range<usize>,
    /// Byte range of the block's content.
    pub content: Range<usize>,
    /// Whether a closing fence was found before the end of the lesson.
    pub closed: bool,
}

/// Info strings whose blocks are SQL.
pub const SQL_LANGS: &[&str] = &[
    "sql",
    "postgresql",
    "postgres",
    "psql",
    "pgsql",
    "plpgsql",
    "mysql",
    "mariadb",
    "sqlite",
    "tsql",
    "mssql",
    "plsql",
    "oracle",
    "clickhouse",
    "spark",
    "sparksql",
    "hive",
    "hiveql",
    "bigquery",
    "googlesql",
];

impl Fence {
    /// The system a SQL block names (`mysql`, `tsql`…); `None` for plain `sql`.
    pub fn dialect(&self) -> Option<Dialect> {
        match self.lang.as_str() {
            "postgresql" | "postgres" | "psql" | "pgsql" | "plpgsql" => Some(Dialect::Postgres),
            "mysql" | "mariadb" => Some(Dialect::Mysql),
            "tsql" | "mssql" => Some(Dialect::Mssql),
            "plsql" | "oracle" => Some(Dialect::Oracle),
            "sqlite" => Some(Dialect::Sqlite),
            "clickhouse" => Some(Dialect::Clickhouse),
            "spark" | "sparksql" => Some(Dialect::Spark),
            "hive" | "hiveql" => Some(Dialect::Hive),
            "bigquery" | "googlesql" => Some(Dialect::Bigquery),
            _ => None,
        }
    }

    pub fn is_sql(&self) -> bool {
        SQL_LANGS.contains(&self.lang.as_str())
    }
}

/// Fenced blocks (``` or ~~~, up to three spaces of indent) in order, and
/// the `{{< clients-example >}}` blocks of redis.io's pages (as `redis`).
pub fn fences(text: &str) -> Vec<Fence> {
    let mut out = Vec::new();
    let mut open: Option<(char, usize, Fence)> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let indent = body.len() - body.trim_start_matches(' ').len();
        let trimmed = &body[indent..];
        let marker = trimmed.chars().next().filter(|c| *c == '`' || *c == '~');
        let run = marker.map(|m| trimmed.chars().take_while(|c| *c == m).count()).unwrap_or(0);
        let is_fence = indent <= 3 && run >= 3;
        match open.take() {
            // redis.io's pages wrap their redis-cli sessions in a Hugo shortcode.
            None if trimmed.starts_with("{{< clients-example") => {
                let fence = Fence { lang: "redis".into(), opening: start..start + body.len(), content: offset..offset, closed: false };
                open = Some(('{', 0, fence));
            }
            Some(('{', _, mut fence)) if trimmed.starts_with("{{< /clients-example") => {
                fence.content.end = start;
                fence.closed = true;
                out.push(fence);
            }
            Some(shortcode @ ('{', _, _)) => open = Some(shortcode),
            None if is_fence => {
                let marker = marker.unwrap_or('`');
                let info = trimmed[run..].trim();
                let lang = info.split(|c: char| c.is_whitespace() || c == '{' || c == ',').next().unwrap_or("").to_ascii_lowercase();
                let fence = Fence { lang, opening: start..start + body.len(), content: offset..offset, closed: false };
                open = Some((marker, run, fence));
            }
            None => {}
            Some((marker, len, mut fence)) => {
                let closes = is_fence && trimmed.starts_with(marker) && run >= len && trimmed[run..].trim().is_empty();
                if closes {
                    fence.content.end = start;
                    fence.closed = true;
                    out.push(fence);
                } else {
                    open = Some((marker, len, fence));
                }
            }
        }
    }
    if let Some((_, _, mut fence)) = open {
        fence.content.end = text.len();
        out.push(fence);
    }
    out
}

/// The lesson with every byte outside SQL blocks turned into a space
/// (newlines kept), and a `;` where each SQL block ends, so a block that
/// forgets its last semicolon does not run into the next one.
pub fn sql_view(text: &str, fences: &[Fence]) -> String {
    let mut keep = vec![false; text.len()];
    let mut terminators = Vec::new();
    for fence in fences.iter().filter(|f| f.is_sql()) {
        keep[fence.content.clone()].iter_mut().for_each(|k| *k = true);
        if fence.closed {
            terminators.push(fence.content.end);
        }
    }
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if keep[i] || c == '\n' {
            out.push(c);
        } else if terminators.binary_search(&i).is_ok() {
            out.push(';');
            out.extend(std::iter::repeat_n(' ', c.len_utf8() - 1));
        } else {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        }
    }
    out
}

/// Whether a document name says it is a Markdown lesson.
pub fn is_markdown(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redis_io_shortcodes_are_redis_blocks() {
        let text = "Intro\n{{< clients-example sets_tutorial sadd >}}\n> SADD k a\n(integer) 1\n{{< /clients-example >}}\n";
        let f = fences(text);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].lang, "redis");
        assert_eq!(&text[f[0].content.clone()], "> SADD k a\n(integer) 1\n");
    }

    #[test]
    fn finds_blocks_and_keeps_offsets() {
        let text = "# Lesson ✓\n\n```sql\nSELECT 1\n```\n\nText.\n\n~~~go\nfmt.Println()\n~~~\n\n```\nplain\n```\n```SQL title=x\nSELECT 2";
        let f = fences(text);
        assert_eq!(f.iter().map(|f| f.lang.as_str()).collect::<Vec<_>>(), ["sql", "go", "", "sql"]);
        assert!(!f[3].closed);
        let view = sql_view(text, &f);
        assert_eq!(view.len(), text.len());
        assert_eq!(view.lines().count(), text.lines().count());
        assert!(view.contains("SELECT 1\n;"));
        assert!(!view.contains("fmt") && !view.contains("plain") && !view.contains("Lesson"));
        assert!(view.ends_with("SELECT 2"));
    }
}
