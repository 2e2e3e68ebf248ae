//! What a client prints back, pasted into a lesson under the query: tables
//! drawn with box characters (clickhouse-client) or `+---+` borders and
//! `| … |` rows (mysql), and status lines such as `1 row in set. Elapsed:
//! 0.005 sec.`, `Query OK, 1 row affected`, `Empty set`, `Ok.`.

/// Whether `text` may hold pasted client output, so the lines are looked at.
pub(super) fn present(text: &str) -> bool {
    ["Elapsed: ", " in set", "Query OK", "Empty set", "\n+-", "\nOk."].iter().any(|s| text.contains(s))
        // U+2500..U+257F are E2 94 xx and E2 95 xx in UTF-8.
        || text.as_bytes().windows(2).any(|w| w[0] == 0xE2 && (w[1] == 0x94 || w[1] == 0x95))
}

/// Whether a trimmed line is the client's output rather than SQL.
pub(super) fn is_output(trimmed: &str) -> bool {
    let Some(first) = trimmed.chars().next() else { return false };
    let status = ["Elapsed: ", "Query OK, ", "Empty set", "Rows matched: ", "Records: "].iter().any(|s| trimmed.starts_with(s))
        || trimmed == "Ok."
        || trimmed
            .split_once(" in set")
            .is_some_and(|(count, _)| count.split(' ').next().is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b',')));
    let border = trimmed.len() >= 3 && trimmed.starts_with("+-") && trimmed.bytes().all(|b| b == b'+' || b == b'-');
    let row = trimmed.len() >= 3 && trimmed.starts_with("| ") && trimmed.ends_with('|');
    status || border || row || is_box_drawing(first)
}

fn is_box_drawing(c: char) -> bool {
    ('\u{2500}'..='\u{257F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_lines_are_told_from_sql() {
        for line in [
            "┌─src─┬─dst─┐",
            "│ 42  │ -42 │",
            "1 row in set. Elapsed: 0.005 sec.",
            "Elapsed: 0.205 sec.",
            "+----+------+",
            "| id | name |",
            "Query OK, 1 row affected (0.01 sec)",
            "3 rows in set (0.00 sec)",
            "Ok.",
        ] {
            assert!(is_output(line), "{line}");
        }
        for line in ["SELECT 1;", "|| ' suffix'", "- 1", "WHERE a > 1"] {
            assert!(!is_output(line), "{line}");
        }
    }
}
