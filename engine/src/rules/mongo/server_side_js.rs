use crate::read::objlit::Value;
use crate::rules::{MongoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags server-side JavaScript in MongoDB queries: `$where`,
    /// `$function`, `$accumulator` and `mapReduce`.
    ///
    /// ## Why it matters
    /// JavaScript runs once per document in an interpreter, cannot use an
    /// index, and holds the query for as long as it runs. A `$where` over a
    /// large collection is a full scan at interpreter speed, and a string
    /// built into it from user input is code injection.
    ///
    /// ## Example
    /// ```mongodb
    /// db.orders.find({ $where: "this.total > this.limit" })
    /// ```
    ///
    /// ## Use instead
    /// ```mongodb
    /// db.orders.find({ $expr: { $gt: ["$total", "$limit"] } })
    /// ```
    ///
    /// ## In production
    /// Many managed clusters disable server-side JavaScript altogether
    /// (`security.javascriptEnabled: false`); `mapReduce` is deprecated.
    ///
    /// ## Alternatives
    /// `$expr` with aggregation operators for comparisons between fields;
    /// the aggregation pipeline for what `mapReduce` did.
    pub struct ServerSideJs {
        code: "N401",
        name: "mongo-server-side-js",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T6"],
        dialects: [Mongodb],
        fix: None,
        summary: "$where, $function or mapReduce: JavaScript per document, no index",
    }
}

impl Rule for ServerSideJs {
    fn mongo(&self, cx: &MongoCx, out: &mut Sink) {
        for operation in &cx.script.operations {
            if let Some(call) = operation.method().filter(|c| c.name == "mapReduce") {
                out.report(cx.span(&call.name_span), "`mapReduce` runs JavaScript for every document; it is deprecated")
                    .help("rewrite it as an aggregation pipeline");
            }
            for call in &operation.calls {
                for argument in &call.args {
                    argument.walk(&mut |key, node| {
                        let Some(key) = key.filter(|k| matches!(k.name.as_str(), "$where" | "$function" | "$accumulator")) else { return };
                        let code = matches!(node.value, Value::Str(_) | Value::Name(_) | Value::Object(_));
                        if code {
                            out.report(cx.span(&key.span), format!("`{}` runs JavaScript for every document, without an index", key.name))
                                .help("compare fields with $expr and aggregation operators");
                        }
                    });
                }
            }
        }
    }
}
