//! A Markdown lesson: its SQL blocks as one SQL view, its code blocks read as
//! code, and every other block offered to the readers' table.

use super::code::{self, CodeFile, Language};
use super::{explain, into_text, markdown, Reading, READERS};
use crate::input::Dialect;
use std::borrow::Cow;
use std::ops::Range;

pub fn read(text: &str) -> Reading<'_> {
    let fences = markdown::fences(text);
    let code: Vec<CodeFile> = fences.iter().filter_map(|fence| Some(code::analyse(text, fence.content.clone(), Language::from_tag(&fence.lang)?))).collect();
    let mut view = markdown::sql_view(text, &fences).into_bytes();
    for file in &code {
        code::copy_sql(text, file, &mut view);
    }
    let mut regions: Vec<(Range<usize>, Dialect)> = code.iter().flat_map(|file| code::question_mark_regions(&view, file)).collect();
    regions.extend(fences.iter().filter_map(|fence| Some((fence.content.clone(), fence.dialect()?))));
    let mut reading = Reading { sql: Cow::Owned(into_text(view, text)), code, regions, ..Reading::default() };
    for fence in &fences {
        let content = &text[fence.content.clone()];
        for reader in READERS.iter().filter(|reader| (reader.block)(&fence.lang, content)) {
            (reader.read)(text, fence.content.clone(), &mut reading);
        }
    }
    reading.explain = fences
        .iter()
        .filter(|f| !matches!(f.lang.as_str(), "sql" | "postgresql" | "postgres" | "mysql"))
        .filter_map(|f| explain::locate(text, f.content.clone()))
        .map(|(at, json)| explain::read(text, at, json))
        .collect();
    reading.fences = fences;
    reading
}
