use crate::rules::{LessonCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes a fenced code block in a lesson that holds SQL but declares no
    /// language. Blocks of output, shell sessions or formats are left alone.
    ///
    /// ## Why it matters
    /// Readers lose syntax highlighting, and tools (this reviewer included)
    /// cannot tell SQL from shell output or application code, so the block
    /// goes unchecked.
    ///
    /// ## Example
    /// ~~~markdown
    /// Count the orders:
    ///
    /// ```
    /// SELECT count(*) FROM orders;
    /// ```
    /// ~~~
    ///
    /// ## Use instead
    /// ~~~markdown
    /// Count the orders:
    ///
    /// ```sql
    /// SELECT count(*) FROM orders;
    /// ```
    /// ~~~
    ///
    /// ## In production
    /// Documentation sites and course platforms pick the highlighter from the
    /// info string; an undeclared block renders as plain grey text.
    ///
    /// ## Alternatives
    /// Name the system when it matters (`postgresql`, `mysql`), `text` for
    /// output, `console` for shell sessions.
    pub struct BlockWithoutLanguage {
        code: "L001",
        name: "block-without-language",
        area: Lesson,
        severity: Info,
        section: BestPracticeAlignment,
        concepts: [],
        dialects: [],
        fix: None,
        summary: "A lesson code block that declares no language",
    }
}

impl Rule for BlockWithoutLanguage {
    fn lesson(&self, cx: &LessonCx, out: &mut Sink) {
        // Output, shell sessions and formats need no language; SQL left unlabelled goes unreviewed.
        for fence in cx.fences.iter().filter(|f| f.lang.is_empty() && starts_with_sql(&cx.text[f.content.clone()])) {
            let span = cx.index.span(cx.text, fence.opening.start, fence.opening.end);
            out.report(span, "this code block holds SQL but declares no language, so it is neither highlighted nor reviewed")
                .help("add the language after the fence, e.g. ```sql");
        }
    }
}

/// Whether a block's first word starts an SQL statement that a review reads.
fn starts_with_sql(content: &str) -> bool {
    const STARTS: [&str; 8] = ["SELECT", "CREATE", "INSERT", "UPDATE", "DELETE", "ALTER", "WITH", "DROP"];
    let first = content.split(|c: char| !c.is_ascii_alphabetic()).find(|w| !w.is_empty()).unwrap_or("");
    content.trim_start().starts_with(first) && STARTS.iter().any(|s| s.eq_ignore_ascii_case(first))
}
