//! Conversions between byte offsets, 1-based line/column positions (columns
//! counted in chars, as sqlparser reports them) and UTF-16 offsets (what the
//! browser's text areas use).

use serde::{Deserialize, Serialize};

/// A located range of the input: byte offsets plus the 1-based line/column of
/// both ends, so every consumer (terminal, SARIF, browser) can use its own unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct TextSpan {
    /// Which input the span is in (index into the review's sources).
    pub source: usize,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
    /// 1-based line of `end`.
    pub end_line: usize,
    /// 1-based column of `end`, in characters.
    pub end_column: usize,
}

/// Line start offsets of one text, built once per review.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    len: usize,
    source: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        Self::for_source(text, 0)
    }

    /// An index for the `source`-th input of a review.
    pub fn for_source(text: &str, source: usize) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        LineIndex { line_starts, len: text.len(), source }
    }

    /// Byte offset of a 1-based (line, char column); clamps past-the-end values.
    pub fn offset(&self, text: &str, line: u64, column: u64) -> usize {
        if line == 0 {
            return 0;
        }
        let line_idx = (line as usize - 1).min(self.line_starts.len() - 1);
        let start = self.line_starts[line_idx];
        let line_end = self.line_starts.get(line_idx + 1).copied().unwrap_or(self.len);
        let want = column.saturating_sub(1) as usize;
        text[start..line_end].char_indices().nth(want).map(|(i, _)| start + i).unwrap_or(line_end)
    }

    /// 1-based (line, char column) of a byte offset.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(self.len));
        let line_idx = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line_idx];
        (line_idx + 1, text[start..offset].chars().count() + 1)
    }

    pub fn span(&self, text: &str, start: usize, end: usize) -> TextSpan {
        let end = end.max(start);
        let (line, column) = self.position(text, start);
        let (end_line, end_column) = self.position(text, end);
        TextSpan { source: self.source, start, end, line, column, end_line, end_column }
    }

    /// The span of a sqlparser span; `None` when sqlparser left it empty.
    pub fn from_sql_span(&self, text: &str, span: sqlparser::tokenizer::Span) -> Option<TextSpan> {
        if span.start.line == 0 {
            return None;
        }
        let start = self.offset(text, span.start.line, span.start.column);
        let end = self.offset(text, span.end.line, span.end.column);
        Some(self.span(text, start, end.max(start)))
    }

    /// UTF-16 code-unit offset of a byte offset (for browser selections).
    pub fn utf16_offset(text: &str, offset: usize) -> usize {
        text[..floor_char_boundary(text, offset)].encode_utf16().count()
    }

    /// Byte range of the 1-based line `line`, without its line ending.
    pub fn line_range(&self, text: &str, line: usize) -> (usize, usize) {
        let idx = line.saturating_sub(1).min(self.line_starts.len() - 1);
        let start = self.line_starts[idx];
        let end = self.line_starts.get(idx + 1).map(|e| e - 1).unwrap_or(self.len);
        let end = if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') { end - 1 } else { end };
        (start, end.max(start))
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_non_ascii() {
        let text = "SELECT 'é'\n  FROM \"tåble\";";
        let idx = LineIndex::new(text);
        let off = idx.offset(text, 2, 8);
        assert_eq!(&text[off..off + 1], "\"");
        assert_eq!(idx.position(text, off), (2, 8));
        assert_eq!(LineIndex::utf16_offset(text, text.len()), text.chars().count());
    }

    #[test]
    fn clamps_out_of_range() {
        let text = "a\nb";
        let idx = LineIndex::new(text);
        assert_eq!(idx.offset(text, 9, 9), 3);
        assert_eq!(idx.position(text, 99), (2, 2));
    }
}
