//! Template placeholders that a tool fills in before the SQL runs: Go's
//! `{{ .Schema }}` (migrations), Jinja's `{{ ref('orders') }}` and
//! `{% if … %}` (dbt). A `{{ … }}` becomes an identifier of the same
//! length, so the statement around it can be read; a `{% … %}` is blanked.

use super::find_outside_quotes;

/// Whether `text` may hold template placeholders.
pub(super) fn present(text: &str) -> bool {
    text.contains("{{") || text.contains("{%")
}

/// Replace the placeholders of `line` (at `offset` in `bytes`).
pub(super) fn fill(line: &str, offset: usize, bytes: &mut [u8]) {
    for (open, close, identifier) in [("{{", "}}", true), ("{%", "%}", false)] {
        for start in find_outside_quotes(line, open) {
            let Some(len) = line[start..].find(close) else { continue };
            for b in &mut bytes[offset + start..offset + start + len + close.len()] {
                if !identifier {
                    *b = b' ';
                } else if !b.is_ascii_alphanumeric() {
                    *b = b'_';
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_keep_their_length() {
        let line = "CREATE TABLE {{ index .Options \"Namespace\" }}.users (a int); {% if x %}";
        let mut bytes = line.as_bytes().to_vec();
        fill(line, 0, &mut bytes);
        let out = String::from_utf8(bytes).unwrap();
        assert_eq!(out.len(), line.len());
        assert!(out.starts_with("CREATE TABLE ___index__Options__Namespace____.users"));
        assert!(out.trim_end().ends_with("(a int);"));
    }
}
