//! Where the loops of a piece of code are, so a query inside one can be
//! told from a query before it.

use super::{CodeFile, Language};
use std::ops::Range;

/// Byte ranges of loop bodies: `for`/`while` blocks (by braces, or by
/// indentation in Python) and callbacks of `.forEach(` / `.map(`.
pub fn loop_bodies(text: &str, file: &CodeFile) -> Vec<Range<usize>> {
    let mut bodies = Vec::new();
    let tokens = &file.tokens;
    for (i, token) in tokens.iter().enumerate() {
        let Some(word) = file.ident(text, i) else { continue };
        let keyword = matches!(word, "for" | "while");
        let callback = matches!(word, "forEach" | "map") && i > 0 && tokens[i - 1].is_punct(b'.') && tokens.get(i + 1).is_some_and(|t| t.is_punct(b'('));
        if file.language == Language::Python && keyword {
            bodies.extend(indented_body(text, token.span.start, file.range.end));
        } else if keyword {
            // The first `{` after the header (outside its parentheses) opens
            // the body; a `;` first means a one-statement body (Go's header
            // has semicolons of its own).
            let open = body_open(file, i + 1, file.language != Language::Go);
            if let Some(open) = open {
                bodies.push(tokens[open].span.start..matching(tokens, open, b'{', b'}'));
            }
        } else if callback {
            bodies.push(tokens[i + 1].span.start..matching(tokens, i + 1, b'(', b')'));
        }
    }
    bodies
}

/// The `{` that opens the body after a header starting at token `from`
/// (outside the header's parentheses). With `semicolon_ends`, a `;` first
/// means there is no braced body (Go loop headers have semicolons of their own).
pub(crate) fn body_open(file: &CodeFile, from: usize, semicolon_ends: bool) -> Option<usize> {
    let mut depth = 0i32;
    for (j, t) in file.tokens.iter().enumerate().skip(from) {
        if t.is_punct(b'(') {
            depth += 1;
        } else if t.is_punct(b')') {
            depth -= 1;
        } else if depth <= 0 && t.is_punct(b'{') {
            return Some(j);
        } else if depth <= 0 && semicolon_ends && t.is_punct(b';') {
            return None;
        }
    }
    None
}

/// The end of the bracket opened at token `open`.
pub(crate) fn matching(tokens: &[super::Token], open: usize, opening: u8, closing: u8) -> usize {
    let mut depth = 0usize;
    for t in &tokens[open..] {
        if t.is_punct(opening) {
            depth += 1;
        } else if t.is_punct(closing) {
            depth -= 1;
            if depth == 0 {
                return t.span.end;
            }
        }
    }
    tokens.last().map_or(0, |t| t.span.end)
}

/// The lines after the `for`/`while` line that are indented deeper than it.
pub(crate) fn indented_body(text: &str, keyword_at: usize, end: usize) -> Option<Range<usize>> {
    let line_start = text[..keyword_at].rfind('\n').map_or(0, |p| p + 1);
    let indent = keyword_at - line_start;
    let body_start = keyword_at + text[keyword_at..end].find('\n')? + 1;
    let mut body_end = body_start;
    for line in text[body_start..end].split_inclusive('\n') {
        let content = line.trim_start_matches([' ', '\t']);
        let deeper = line.len() - content.len() > indent;
        if !content.trim().is_empty() && !deeper {
            break;
        }
        body_end += line.len();
    }
    (body_end > body_start).then_some(body_start..body_end)
}

#[cfg(test)]
mod tests {
    use super::super::analyse;
    use super::*;

    fn bodies(text: &str, language: Language) -> Vec<&str> {
        let file = analyse(text, 0..text.len(), language);
        loop_bodies(text, &file).into_iter().map(|r| text[r].trim()).collect()
    }

    #[test]
    fn brace_loops_and_callbacks() {
        assert_eq!(bodies("for _, id := range ids { db.Query(q, id) }\ndone()", Language::Go), vec!["{ db.Query(q, id) }"]);
        assert_eq!(bodies("for (const id of ids) { await pool.query(q, [id]); }", Language::JavaScript), vec!["{ await pool.query(q, [id]); }"]);
        assert_eq!(bodies("ids.forEach((id) => pool.query(q, [id]));", Language::JavaScript), vec!["((id) => pool.query(q, [id]))"]);
    }

    #[test]
    fn python_loops_by_indentation() {
        let py = "for uid in ids:\n    cur.execute(q, (uid,))\n    rows.append(cur.fetchone())\nprint('done')\n";
        assert_eq!(bodies(py, Language::Python), vec!["cur.execute(q, (uid,))\n    rows.append(cur.fetchone())"]);
    }
}
