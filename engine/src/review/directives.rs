//! The `sqlreview:` comments, the only place they are read. The splitter
//! keeps every comment raw; after parsing, this reads the ones that speak to
//! the reviewer:
//!
//! ```sql
//! -- sqlreview:disable select-star            (the next statement only)
//! -- sqlreview:disable select-star, Q002      (names or codes, comma-separated)
//! -- sqlreview:disable-file missing-primary-key   (the whole input)
//! -- sqlreview:disable all                    (every rule, next statement)
//! -- sqlreview: rows orders=50M, countries=200   (table sizes)
//! ```
//! Block comments work the same way: `/* sqlreview:disable select-star */`.

use crate::finding::Finding;
use crate::perf::scale::parse_hints;
use crate::read::sql::{ParseProblem, ParsedScript};
use crate::rules::{self, RuleMeta};
use crate::source::LineIndex;

const PREFIX: &str = "sqlreview:";

/// A set of disabled rules; `all` disables every rule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Directives {
    all: bool,
    codes: Vec<&'static str>,
}

impl Directives {
    pub fn disables(&self, rule: &RuleMeta) -> bool {
        self.all || self.codes.contains(&rule.code)
    }

    pub fn is_empty(&self) -> bool {
        !self.all && self.codes.is_empty()
    }

    fn merge(&mut self, other: Directives) {
        self.all |= other.all;
        self.codes.extend(other.codes);
    }

    fn add(&mut self, selector: &str) -> Result<(), String> {
        if selector.eq_ignore_ascii_case("all") {
            self.all = true;
            return Ok(());
        }
        match rules::find(selector) {
            Some(rule) => {
                self.codes.push(rule.code);
                Ok(())
            }
            None => Err(format!("unknown rule `{selector}` in a sqlreview comment (see `sqlreview rules`)")),
        }
    }
}

/// Read one comment; directives go to `next` or `file`. Comments that are not
/// directives are ignored; malformed directives are an error message.
fn read_comment(comment: &str, next: &mut Directives, file: &mut Directives) -> Result<(), String> {
    let body = comment.trim();
    let Some(rest) = body.strip_prefix(PREFIX) else { return Ok(()) };
    let rest = rest.trim_start();
    let (verb, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let target = match verb {
        "disable" | "disable-next" => next,
        "disable-file" => file,
        other => return Err(format!("unknown sqlreview directive `{other}`; expected `disable` or `disable-file`")),
    };
    let mut any = false;
    for selector in args.split([',', ' ', '\t']).map(str::trim).filter(|s| !s.is_empty()) {
        target.add(selector)?;
        any = true;
    }
    if any {
        Ok(())
    } else {
        Err(format!("`sqlreview:{verb}` needs a rule name, a rule code or `all`"))
    }
}

/// What the `sqlreview:` comments of every script say.
#[derive(Default)]
pub(crate) struct ScriptDirectives {
    /// Rules disabled for the whole input.
    file: Directives,
    /// Rules disabled for one statement, by the statement's index in its script.
    statements: Vec<(usize, Directives)>,
    /// Comments that did not make sense, with their location.
    pub problems: Vec<ParseProblem>,
    /// `sqlreview: rows` table sizes.
    pub rows: Vec<(String, u64)>,
    /// `sqlreview: rows` comments that could not be read.
    pub rows_problems: Vec<ParseProblem>,
}

impl ScriptDirectives {
    /// Read every comment the splitter kept.
    pub(crate) fn read(text: &str, index: &LineIndex, script: &ParsedScript) -> ScriptDirectives {
        let mut out = ScriptDirectives::default();
        for comment in &script.comments {
            let body = comment.body.trim();
            let Some(rest) = body.strip_prefix(PREFIX) else { continue };
            let located = |range: std::ops::Range<usize>| index.span(text, comment.body_start + range.start, comment.body_start + range.end);
            let trimmed = rest.trim_start();
            if let Some(args) = trimmed.strip_prefix("rows") {
                let args = args.split(['\n', '\r']).next().unwrap_or_default();
                match parse_hints(args) {
                    Ok(pairs) => out.rows.extend(pairs),
                    Err(message) => {
                        let start = comment.body.len() - comment.body.trim_start().len() + PREFIX.len() + (rest.len() - trimmed.len()) + "rows".len();
                        out.rows_problems.push(ParseProblem { message, span: located(start..start + args.len()), unread: None });
                    }
                }
                continue;
            }
            let mut next = Directives::default();
            if let Err(message) = read_comment(body, &mut next, &mut out.file) {
                let start = comment.body.len() - comment.body.trim_start().len();
                out.problems.push(ParseProblem { message, span: located(start..start + body.len()), unread: None });
            }
            if !next.is_empty() {
                match out.statements.last_mut() {
                    Some((statement, disabled)) if *statement == comment.statement => disabled.merge(next),
                    _ => out.statements.push((comment.statement, next)),
                }
            }
        }
        out
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.file.is_empty() && self.statements.is_empty()
    }

    /// Whether a comment disables this finding: for the whole input, or for
    /// the statement it sits in.
    pub(crate) fn suppress(&self, finding: &Finding, script: &ParsedScript) -> bool {
        let Some(meta) = crate::rules::find(finding.code) else { return false };
        if self.file.disables(meta) {
            return true;
        }
        let at = finding.span.start;
        let idx = script.statements.partition_point(|s| s.span.end < at);
        let inside = script.statements.get(idx).is_some_and(|s| s.span.start <= at);
        inside && self.statements.binary_search_by_key(&idx, |(statement, _)| *statement).is_ok_and(|i| self.statements[i].1.disables(meta))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Dialect;
    use crate::read::sql::{parse_script, Layout};

    fn directives(text: &str) -> ScriptDirectives {
        let index = LineIndex::for_source(text, 0);
        let script = parse_script(text, &index, Dialect::Postgres, &Layout::default());
        ScriptDirectives::read(text, &index, &script)
    }

    #[test]
    fn row_counts_are_read_from_comments() {
        let read = directives("-- sqlreview: rows orders=50M, users=200\nSELECT 1;\n/* sqlreview: rows events=2B */");
        assert_eq!(read.rows, vec![("orders".into(), 50_000_000), ("users".into(), 200), ("events".into(), 2_000_000_000)]);
        let text = "-- sqlreview: rows orders=many\nSELECT 1;";
        let bad = directives(text).rows_problems.remove(0);
        assert_eq!(&text[bad.span.start..bad.span.end], " orders=many");
    }

    #[test]
    fn disabling_comments_belong_to_the_next_statement() {
        let read = directives("SELECT 1;\n-- sqlreview:disable select-star\nSELECT * FROM t;\n-- sqlreview:disable-file Q002\n");
        assert_eq!(read.statements.len(), 1);
        assert_eq!(read.statements[0].0, 1);
        assert!(!read.file.is_empty());
        assert!(directives("-- sqlreview:disable no-such-rule\nSELECT 1;").problems[0].message.contains("no-such-rule"));
    }
}
