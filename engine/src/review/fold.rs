//! Repeats folded: when one rule says the same thing about several places
//! of one document, the review carries one finding that lists them all. A
//! dump that stores 17 `timestamp` columns gets one note naming the 17, not
//! 17 notes; every place stays attached (`related`), so each output can
//! still point at all of them.

use crate::finding::{Finding, Severity};
use crate::source::TextSpan;
use std::collections::HashMap;

/// Subjects named in a folded message; the rest are counted.
const NAMED: usize = 6;
/// Where a folded message's list of the other places begins.
const FOLDED: &str = " — and ";

/// What makes two findings the same note: the rule, the document, the
/// severity, and the message once the names and numbers in it are set aside.
#[derive(PartialEq, Eq, Hash)]
struct NoteKey {
    code: &'static str,
    source: usize,
    severity: Severity,
    shape: String,
}

/// Fold the findings that say the same thing, keeping the order of the
/// first of each.
pub fn fold_repeats(findings: Vec<Finding>) -> Vec<Finding> {
    let mut groups: Vec<Vec<Finding>> = Vec::new();
    let mut index: HashMap<NoteKey, usize> = HashMap::new();
    for finding in findings {
        let key = NoteKey { code: finding.code, source: finding.span.source, severity: finding.severity, shape: shape(&finding.message) };
        match index.get(&key) {
            Some(&i) => groups[i].push(finding),
            None => {
                index.insert(key, groups.len());
                groups.push(vec![finding]);
            }
        }
    }
    groups.into_iter().map(fold_group).collect()
}

fn fold_group(mut group: Vec<Finding>) -> Finding {
    if group.len() == 1 {
        return group.pop().unwrap_or_else(|| unreachable!("a group has a first finding"));
    }
    let list = others_named(&group);
    let others = group.len() - 1;
    let mut rest = group.split_off(1);
    let mut first = group.pop().unwrap_or_else(|| unreachable!("a group has a first finding"));
    first.message = format!("{}{FOLDED}{others} more like it: {list}", first.message);
    // A fix is written for one place; say so when the others differ, so a
    // reader does not paste the first place's SQL over the rest.
    let fixes_differ = rest.iter().any(|f| f.fix.as_ref().map(|x| &x.replacement) != first.fix.as_ref().map(|x| &x.replacement));
    if let Some(fix) = first.fix.as_mut().filter(|_| fixes_differ) {
        fix.title = format!("{} (written for line {}; the other places need the same change)", fix.title, first.span.line);
    }
    let mut places: Vec<TextSpan> = rest.iter().map(|f| f.span).collect();
    places.append(&mut first.related);
    for finding in &mut rest {
        places.append(&mut finding.related);
    }
    places.retain(|span| *span != first.span);
    places.sort_by_key(|s| (s.source, s.start, s.end));
    places.dedup();
    first.related = places;
    first
}

/// A message without the list a fold added, and how many places it
/// folded (for a line such as the summary's that names one place).
pub fn unfolded(message: &str) -> (&str, usize) {
    if let Some(at) = message.rfind(FOLDED) {
        let rest = &message[at + FOLDED.len()..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with(" more like it: ") {
            return (&message[..at], rest[..digits].parse().unwrap_or(0));
        }
    }
    (message, 0)
}

/// The message with every `quoted` name, every (parenthesised list) and
/// every number set aside: what is left is the rule's reason.
fn shape(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut quoted = false;
    let mut depth = 0usize;
    let mut last_digit = false;
    for c in message.chars() {
        if c == '`' && depth == 0 {
            quoted = !quoted;
            if quoted {
                out.push_str("`…`");
            }
            continue;
        }
        if quoted {
            continue;
        }
        match c {
            '(' => {
                if depth == 0 {
                    out.push_str("(…)");
                }
                depth += 1;
                continue;
            }
            ')' if depth > 0 => {
                depth -= 1;
                continue;
            }
            _ if depth > 0 => continue,
            _ => {}
        }
        let digit = c.is_ascii_digit() || (last_digit && matches!(c, ',' | '.' | '_'));
        if !digit {
            out.push(c);
        } else if !last_digit {
            out.push('#');
        }
        last_digit = digit;
    }
    out
}

/// The other places of a group, by what tells them apart from the first:
/// the first quoted name or parenthesised list that differs, each named
/// once; or else their lines.
fn others_named(group: &[Finding]) -> String {
    let parts: Vec<Vec<String>> = group.iter().map(|f| varying_parts(&f.message)).collect();
    let widest = parts.iter().map(Vec::len).min().unwrap_or(0);
    let varying = (0..widest).find(|&i| parts.iter().any(|p| p[i] != parts[0][i]));
    let mut named: Vec<String> = Vec::new();
    let mut more = false;
    match varying {
        Some(i) => {
            for p in &parts[1..] {
                if p[i] == parts[0][i] || named.contains(&p[i]) {
                    continue;
                }
                if named.len() == NAMED {
                    more = true;
                    break;
                }
                named.push(p[i].clone());
            }
        }
        None => {
            let mut lines: Vec<usize> = group[1..].iter().map(|f| f.span.line).collect();
            lines.dedup();
            more = lines.len() > NAMED;
            let listed: Vec<String> = lines.iter().take(NAMED).map(usize::to_string).collect();
            let word = if lines.len() == 1 { "line" } else { "lines" };
            named.push(format!("{word} {}", listed.join(", ")));
        }
    }
    if more {
        named.push("…".into());
    }
    named.join(", ")
}

/// The `quoted` names and (parenthesised lists) of a message, in order.
fn varying_parts(message: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = message;
    while let Some(at) = rest.find(['`', '(']) {
        let (open, close) = if rest[at..].starts_with('`') { ('`', '`') } else { ('(', ')') };
        let body = &rest[at + 1..];
        let Some(end) = body.find(close) else { break };
        parts.push(if open == '`' { format!("`{}`", &body[..end]) } else { format!("({})", &body[..end]) });
        rest = &body[end + 1..];
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_a_fold_added_comes_off_again() {
        assert_eq!(unfolded("`a` is wrong — and 2 more like it: `b`, `c`"), ("`a` is wrong", 2));
        assert_eq!(unfolded("`a` is wrong — and that is all"), ("`a` is wrong — and that is all", 0));
    }

    #[test]
    fn names_and_numbers_are_set_aside() {
        assert_eq!(shape("`OFFSET 10000` reads and discards 10,000 rows"), "`…` reads and discards # rows");
        assert_eq!(shape("`a.b` is `timestamp` without time zone"), shape("`c.d` is `timestamp` without time zone"));
        assert_eq!(shape("keeps its natural key (code, org_id) as UNIQUE"), "keeps its natural key (…) as UNIQUE");
        assert_ne!(shape("`a` is INT (32-bit)"), shape("`a` is SMALLINT (16-bit)"));
    }
}
