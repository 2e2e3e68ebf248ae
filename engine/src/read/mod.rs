//! Reading: every document becomes a [`Reading`], the text the SQL engine
//! parses plus each other system's material, found by one table of readers.
//!
//! SQL is read as it is; a Markdown lesson or a code file through a view in
//! which everything but the SQL is blanked (same bytes, same lines, so
//! findings land at the document's own positions). The systems that are not
//! SQL (Redis, CQL, Kafka, MongoDB, DynamoDB) are rows of [`READERS`]: a
//! system or a format is added in its own folder here and one row there.

pub mod code;
pub mod cql;
pub mod dynamo;
pub mod explain;
pub mod kafka;
mod lesson;
pub mod markdown;
pub mod mongo;
pub mod objlit;
pub mod redis;
pub mod sql;

use crate::input::{Document, MAX_INPUT_BYTES};
use code::{CodeFile, Language};
use markdown::Fence;
use sql::Dialect;
use std::borrow::Cow;
use std::ops::Range;

#[derive(Default)]
pub struct Reading<'a> {
    /// The text the SQL engine parses.
    pub sql: Cow<'a, str>,
    /// A lesson's fenced blocks.
    pub fences: Vec<Fence>,
    /// The code: a whole code file, or each code block of a lesson.
    pub code: Vec<CodeFile>,
    /// Parts written for a named system (a lesson's ```mysql block).
    pub regions: Vec<(Range<usize>, Dialect)>,
    /// Redis material: a whole `.redis` file or `redis.conf`, or a lesson's ```redis blocks.
    pub redis: Vec<redis::Script>,
    /// CQL: a whole `.cql` file, or a lesson's ```cql blocks.
    pub cql: Vec<cql::Script>,
    /// Kafka configuration: `.properties` files, Kafka YAML, a lesson's
    /// ```properties blocks (and YAML or shell blocks about Kafka).
    pub kafka: Vec<kafka::Config>,
    /// MongoDB calls: a `.mongodb.js` file, or a lesson's ```mongodb blocks
    /// (and JavaScript blocks that call `db.`).
    pub mongo: Vec<mongo::Script>,
    /// DynamoDB: table definitions and calls (a `*dynamo*.json` file, lesson
    /// blocks that define tables or call the API).
    pub dynamo: Vec<dynamo::Material>,
    /// EXPLAIN output pasted as text, or a lesson's block of it. The engine
    /// takes these out to place them, and counts and reports them itself.
    pub explain: Vec<explain::Plan>,
}

impl Reading<'_> {
    /// Statements of the non-SQL readers, and their problems.
    pub fn other_statements(&self) -> usize {
        self.redis.iter().map(|s| s.commands.len() + s.config.len()).sum::<usize>()
            + self.cql.iter().map(|s| s.statements).sum::<usize>()
            + self.kafka.iter().map(|c| c.statements()).sum::<usize>()
            + self.mongo.iter().map(|m| m.operations.len()).sum::<usize>()
            + self.dynamo.iter().map(|d| d.statements()).sum::<usize>()
    }

    pub fn other_problems(&self) -> impl Iterator<Item = &(String, Range<usize>)> {
        let redis = self.redis.iter().flat_map(|s| s.problems.iter());
        let cql = self.cql.iter().flat_map(|s| s.problems.iter());
        let kafka = self.kafka.iter().flat_map(|c| c.problems.iter());
        let mongo = self.mongo.iter().flat_map(|m| m.problems.iter());
        redis.chain(cql).chain(kafka).chain(mongo).chain(self.dynamo.iter().flat_map(|d| d.problems.iter()))
    }
}

/// One system's reader of material that is not SQL.
pub struct Reader {
    /// The system: a plain pane set to it is read whole by this reader.
    pub system: Dialect,
    /// Whether a file is this system's material whatever system was chosen,
    /// by its name in lower case without a template suffix.
    pub file: fn(&str) -> bool,
    /// Whether a lesson block is, by its info string and its content.
    pub block: fn(&str, &str) -> bool,
    /// Read `text[range]` into the reading.
    pub read: fn(&str, Range<usize>, &mut Reading),
    /// Read this system's calls in a code file reviewed as this system
    /// (the driver calls of a `.js` file reviewed as MongoDB).
    pub code: Option<fn(&str, &CodeFile, &mut Reading)>,
    /// Text that shows a code file uses this system's client (an import):
    /// its calls are then read whatever system was chosen.
    pub clients: &'static [&'static str],
}

/// The readers, in the order a file name is tried: `*.mongodb.js` and
/// `*dynamo*.js` are claimed before the code readers see `.js`.
pub const READERS: [Reader; 5] = [dynamo::READER, mongo::READER, redis::READER, cql::READER, kafka::READER];

/// The reader that claims a file by its name, if any.
pub fn reader_of_file(name: &str) -> Option<&'static Reader> {
    let name = untemplated(name);
    READERS.iter().find(|reader| (reader.file)(&name))
}

/// Whether a file is material this reviewer reads: SQL, a Markdown lesson,
/// code in a language it reads, or a file one of the readers claims. The
/// CLI's directory walk and the corpus tests share this one list.
pub fn is_reviewable(name: &str) -> bool {
    let lower = untemplated(name);
    lower.ends_with(".sql") || markdown::is_markdown(&lower) || Language::from_file_name(&lower).is_some() || reader_of_file(name).is_some()
}

/// A file name in lower case without the suffix of a template that a
/// deployment tool fills in (`schema.cql.tmpl`, `redis.conf.j2`).
fn untemplated(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    let kept = [".tmpl", ".template", ".j2", ".jinja", ".in"].iter().find_map(|suffix| lower.strip_suffix(suffix)).unwrap_or(&lower);
    kept.to_string()
}

/// Read a document; `dialect` is the system chosen for plain text (Redis
/// turns a plain pane into Redis commands).
pub fn read(document: &Document, dialect: Dialect) -> Reading<'_> {
    let text = document.text.as_str();
    let plain = Reading { sql: Cow::Borrowed(text), ..Reading::default() };
    if text.len() > MAX_INPUT_BYTES {
        return plain;
    }
    let lesson = markdown::is_markdown(&document.name);
    let language = Language::from_file_name(&document.name);
    let plain_text = !lesson && language.is_none();
    let chosen = READERS.iter().find(|reader| plain_text && reader.system == dialect);
    if let Some(reader) = reader_of_file(&document.name).or(chosen) {
        // Not SQL: the SQL engine sees a blank view of the same length.
        let mut reading = Reading { sql: Cow::Owned(into_text(code::blank(text), text)), ..Reading::default() };
        (reader.read)(text, 0..text.len(), &mut reading);
        return reading;
    }
    if lesson {
        return lesson::read(text);
    }
    if let Some(language) = language {
        let mut reading = code::read_file(text, language);
        let uses = |reader: &Reader| reader.system == dialect || reader.clients.iter().any(|c| text.contains(c));
        for read_code in READERS.iter().filter(|reader| uses(reader)).filter_map(|reader| reader.code) {
            let file = reading.code[0].clone();
            read_code(text, &file, &mut reading);
        }
        return reading;
    }
    explain::read_pasted(text).unwrap_or(plain)
}

/// The view as text. Only ASCII blanks and whole copied strings were
/// written, so it is UTF-8; should that ever fail, the blank text is used.
fn into_text(view: Vec<u8>, original: &str) -> String {
    String::from_utf8(view).unwrap_or_else(|_| String::from_utf8(code::blank(original)).unwrap_or_default())
}
