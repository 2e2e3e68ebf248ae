//! psql client commands (`\set`, `\d`, `COPY … FROM stdin` data) are not SQL.
//! They are blanked out, byte for byte, so every offset stays true.

use std::borrow::Cow;

pub fn blank_client_commands(text: &str) -> Cow<'_, str> {
    let has_meta = text.lines().any(|l| l.trim_start().starts_with('\\'));
    let has_copy_stdin = contains_ignore_case(text, "from stdin");
    if !has_meta && !has_copy_stdin {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut in_copy_data = false;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let blank = if in_copy_data {
            if trimmed.starts_with("\\.") {
                in_copy_data = false;
            }
            true
        } else {
            trimmed.starts_with('\\')
        };
        if blank {
            for c in line.chars() {
                match c {
                    '\n' => out.push('\n'),
                    other => out.extend(std::iter::repeat(' ').take(other.len_utf8())),
                }
            }
        } else {
            out.push_str(line);
            let lower = trimmed.to_ascii_lowercase();
            if lower.starts_with("copy ") && lower.contains("from stdin") && lower.trim_end().ends_with(';') {
                in_copy_data = true;
            }
        }
    }
    Cow::Owned(out)
}

fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    haystack.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_offsets() {
        let text = "SELECT 1;\n\\set x 'é'\nCOPY t FROM stdin;\n1\té\n\\.\nSELECT 2;";
        let out = blank_client_commands(text);
        assert_eq!(out.len(), text.len());
        assert!(out.contains("SELECT 2;"));
        assert!(!out.contains("\\set"));
        assert!(!out.contains("1\t"));
    }
}
