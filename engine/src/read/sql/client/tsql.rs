//! T-SQL clauses that say where data is stored or whether existing rows are
//! checked, which the parser does not read and no rule needs: the
//! `ON [PRIMARY]` / `ON scheme(column)` after a table's or an index's column
//! list, `TEXTIMAGE_ON` and `FILESTREAM_ON`, `ALTER TABLE … WITH CHECK ADD`,
//! and the replication markers `ROWGUIDCOL` and `NOT FOR REPLICATION`. They are blanked so the statement around them is reviewed.

use super::code_mask;

/// Tracks the last code character across lines: a storage `ON` follows `)`.
#[derive(Default)]
pub(super) struct StorageClauses {
    after_paren: bool,
}

impl StorageClauses {
    /// Blank the storage clauses of `line` (at `offset` in `bytes`).
    pub(super) fn line(&mut self, line: &str, offset: usize, bytes: &mut [u8]) {
        let mask = code_mask(line);
        let raw = line.as_bytes();
        let mut i = 0;
        while i < raw.len() {
            if !mask[i] || raw[i].is_ascii_whitespace() {
                i += 1;
                continue;
            }
            let word_len = raw[i..].iter().position(|b| !(b.is_ascii_alphanumeric() || *b == b'_')).unwrap_or(raw.len() - i);
            // Compared as bytes: a non-ASCII character is never a word here.
            let word = &raw[i..i + word_len];
            let storage = (word.eq_ignore_ascii_case(b"ON") && self.after_paren)
                || word.eq_ignore_ascii_case(b"TEXTIMAGE_ON")
                || word.eq_ignore_ascii_case(b"FILESTREAM_ON");
            if word_len > 0 && storage {
                if let Some(end) = target_end(line, i + word_len) {
                    bytes[offset + i..offset + end].iter_mut().for_each(|b| *b = b' ');
                    i = end;
                    continue;
                }
            }
            // Column markers for replication: `ROWGUIDCOL`, `NOT FOR REPLICATION`.
            let marker = if word.eq_ignore_ascii_case(b"ROWGUIDCOL") {
                Some(i + word_len)
            } else if word.eq_ignore_ascii_case(b"NOT") {
                let rest: Vec<&str> = line[i + 3..].split_whitespace().take(2).collect();
                (rest.len() == 2 && rest[0].eq_ignore_ascii_case("FOR") && rest[1].get(..11).is_some_and(|w| w.eq_ignore_ascii_case("REPLICATION")))
                    .then(|| line[i..].to_ascii_uppercase().find("REPLICATION").map(|p| i + p + 11))
                    .flatten()
            } else {
                None
            };
            if let Some(end) = marker {
                bytes[offset + i..offset + end].iter_mut().for_each(|b| *b = b' ');
                i = end;
                continue;
            }
            if word.eq_ignore_ascii_case(b"WITH") {
                let rest = line[i + 4..].trim_start();
                let check = ["CHECK", "NOCHECK"].into_iter().find(|w| rest.get(..w.len()).is_some_and(|r| r.eq_ignore_ascii_case(w)));
                if let Some(check) = check {
                    let after = &rest[check.len()..];
                    if after.trim_start().get(..3).is_some_and(|w| w.eq_ignore_ascii_case("ADD")) {
                        let end = line.len() - after.len();
                        bytes[offset + i..offset + end].iter_mut().for_each(|b| *b = b' ');
                        i = end;
                        continue;
                    }
                }
            }
            self.after_paren = raw[i] == b')';
            i += word_len.max(1);
        }
    }
}

/// Where a storage target (`[PRIMARY]`, `"PRIMARY"`, `ps_orders([order_date])`)
/// that starts after `from` ends, if the line holds nothing else but another
/// storage clause, a `WITH (…)` or the statement's end.
fn target_end(line: &str, from: usize) -> Option<usize> {
    let rest = &line[from..];
    let trimmed = rest.trim_start();
    let start = from + rest.len() - trimmed.len();
    let name_len = match trimmed.as_bytes().first()? {
        b'[' => trimmed.find(']')? + 1,
        b'"' => trimmed[1..].find('"')? + 2,
        b if b.is_ascii_alphabetic() => trimmed.bytes().position(|b| !(b.is_ascii_alphanumeric() || b == b'_')).unwrap_or(trimmed.len()),
        _ => return None,
    };
    let mut end = start + name_len;
    if line[end..].starts_with('(') {
        end += line[end..].find(')')? + 1;
    }
    let after = line[end..].trim_start().to_ascii_uppercase();
    let fits = after.is_empty()
        || after.starts_with(';')
        || after.starts_with("TEXTIMAGE_ON")
        || after.starts_with("FILESTREAM_ON")
        || after.starts_with("WITH")
        || after.starts_with("--")
        || after.starts_with(',')
        || after.starts_with(')');
    fits.then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(lines: &[&str]) -> Vec<String> {
        let mut clauses = StorageClauses::default();
        lines
            .iter()
            .map(|line| {
                let mut bytes = line.as_bytes().to_vec();
                clauses.line(line, 0, &mut bytes);
                String::from_utf8(bytes).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
            })
            .collect()
    }

    #[test]
    fn storage_targets_go_and_join_conditions_stay() {
        assert_eq!(blanked(&["CREATE TABLE t (a int", ") ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];"]), ["CREATE TABLE t (a int", ") ;"]);
        assert_eq!(blanked(&["CREATE INDEX i ON t (a) ON ps_orders([order_date])"]), ["CREATE INDEX i ON t (a)"]);
        assert_eq!(blanked(&["ALTER TABLE [dbo].[t] WITH CHECK ADD CONSTRAINT c CHECK (a > 0)"]), ["ALTER TABLE [dbo].[t] ADD CONSTRAINT c CHECK (a > 0)"]);
        assert_eq!(blanked(&["SELECT * FROM (SELECT 1 AS a) x JOIN t ON t.a = x.a"]), ["SELECT * FROM (SELECT 1 AS a) x JOIN t ON t.a = x.a"]);
        assert_eq!(
            blanked(&["[rowguid] uniqueidentifier ROWGUIDCOL NOT NULL, [id] int IDENTITY (1, 1) NOT FOR REPLICATION NOT NULL"]),
            ["[rowguid] uniqueidentifier NOT NULL, [id] int IDENTITY (1, 1) NOT NULL"]
        );
        assert_eq!(blanked(&["\u{feff}/* é */ SELECT 'ü' WITH é"]), ["\u{feff}/* é */ SELECT 'ü' WITH é"]);
    }
}
