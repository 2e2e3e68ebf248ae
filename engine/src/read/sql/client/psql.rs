//! psql's syntax inside a line of SQL: a meta-command after a query
//! (`SELECT … \gset`), `:name`, `:'name'` and `:"name"` interpolation, and
//! the `BEGIN ATOMIC … END` bodies of SQL-standard functions, whose `;`s do
//! not end the statement.

use super::find_outside_quotes;
use std::ops::Range;

/// Where a backslash meta-command starts inside a line (`SELECT 1 \gset`),
/// outside quotes. psql sends the query buffer there.
pub(super) fn inline_command(line: &str) -> Option<usize> {
    find_outside_quotes(line, "\\").into_iter().find(|&i| line.as_bytes().get(i + 1).is_some_and(u8::is_ascii_alphabetic))
}

/// Whether the script defines psql variables, so that `:name` means one.
pub(super) fn uses_variables(text: &str) -> bool {
    text.contains("\\set ") || text.contains("\\gset")
}

/// Turn `:name` into `_name`, `:'name'` into the literal `'name'` and
/// `:"name"` into the identifier `"name"` in `line` (at `offset` in `bytes`).
/// `::` casts, `:=` and array slices such as `a[1:n]` are left alone.
pub(super) fn substitute_variables(line: &str, offset: usize, bytes: &mut [u8]) {
    let raw = line.as_bytes();
    for i in find_outside_quotes(line, ":") {
        let before = i.checked_sub(1).map(|j| raw[j]);
        if before.is_some_and(|b| b == b':' || b.is_ascii_alphanumeric() || matches!(b, b'_' | b']' | b')' | b'\'' | b'"')) {
            continue;
        }
        match raw.get(i + 1) {
            Some(b'\'' | b'"') => bytes[offset + i] = b' ',
            Some(b) if b.is_ascii_alphabetic() || *b == b'_' => bytes[offset + i] = b'_',
            _ => {}
        }
    }
}

/// Tracks `BEGIN ATOMIC … END` across lines: `CASE … END` nests inside.
#[derive(Default)]
pub(super) struct AtomicBody {
    open: Option<(usize, usize)>,
}

impl AtomicBody {
    /// Read one line of code at `offset`; returns a finished body's range.
    pub(super) fn line(&mut self, line: &str, offset: usize) -> Option<Range<usize>> {
        let words = words_outside_quotes(line);
        let mut finished = None;
        for (k, &(at, word)) in words.iter().enumerate() {
            match (&mut self.open, word.to_ascii_uppercase().as_str()) {
                (None, "BEGIN") if words.get(k + 1).is_some_and(|(_, w)| w.eq_ignore_ascii_case("ATOMIC")) => self.open = Some((offset + at, 0)),
                (Some((_, depth)), "CASE") => *depth += 1,
                (Some((_, depth)), "END") if *depth > 0 => *depth -= 1,
                (Some((from, _)), "END") => {
                    finished = Some(*from..offset + at);
                    self.open = None;
                }
                _ => {}
            }
        }
        finished
    }
}

/// The words of a line with their offsets, skipping quotes and comments.
fn words_outside_quotes(line: &str) -> Vec<(usize, &str)> {
    let mask = super::code_mask(line);
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let bytes = line.as_bytes();
    let mut words = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if mask[i] && word_byte(bytes[i]) && (i == 0 || !word_byte(bytes[i - 1])) {
            let len = bytes[i..].iter().position(|c| !word_byte(*c)).unwrap_or(bytes.len() - i);
            words.push((i, &line[i..i + len]));
            i += len;
        } else {
            i += 1;
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_are_interpolated_but_casts_and_slices_stay() {
        let line = "SELECT :'lib', :\"db\", :n, a::int, x[1:n] WHERE v := 1";
        let mut bytes = line.as_bytes().to_vec();
        substitute_variables(line, 0, &mut bytes);
        assert_eq!(String::from_utf8(bytes).unwrap(), "SELECT  'lib',  \"db\", _n, a::int, x[1:n] WHERE v := 1");
    }

    #[test]
    fn an_atomic_body_ends_at_its_own_end() {
        let mut body = AtomicBody::default();
        assert_eq!(body.line("CREATE FUNCTION f() RETURNS int BEGIN ATOMIC", 0), None);
        assert_eq!(body.line("  SELECT CASE WHEN true THEN 1 END;", 50), None);
        assert_eq!(body.line("END;", 90), Some(32..90));
    }
}
