//! Inline suppression comments.
//!
//! ```sql
//! -- sqlreview:disable select-star            (the next statement only)
//! -- sqlreview:disable select-star, Q002      (names or codes, comma-separated)
//! -- sqlreview:disable-file missing-primary-key   (the whole input)
//! -- sqlreview:disable all                    (every rule, next statement)
//! ```
//! Block comments work the same way: `/* sqlreview:disable select-star */`.

use crate::rules::{self, RuleMeta};

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
pub fn read_comment(comment: &str, next: &mut Directives, file: &mut Directives) -> Result<(), String> {
    let body = comment.trim();
    let Some(rest) = body.strip_prefix(PREFIX) else { return Ok(()) };
    let rest = rest.trim_start();
    let (verb, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let target = match verb {
        "disable" | "disable-next" => next,
        "disable-file" => file,
        // Other issues' directives (e.g. table size hints) are read elsewhere.
        "rows" => return Ok(()),
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
