use crate::rules::{LessonCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes a fenced code block in a lesson that declares no language.
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
        for fence in cx.fences.iter().filter(|f| f.lang.is_empty()) {
            let span = cx.index.span(cx.text, fence.opening.start, fence.opening.end);
            out.report(span, "this code block declares no language, so it is neither highlighted nor reviewed")
                .help("add the language after the fence, e.g. ```sql");
        }
    }
}
