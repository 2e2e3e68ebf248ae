use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::Statement;

crate::declare_rule! {
    /// ## What it does
    /// Flags MySQL tables created with the MyISAM storage engine.
    ///
    /// ## Why it matters
    /// MyISAM has no transactions (a failed multi-statement change stays
    /// half done), locks the whole table on every write, ignores foreign
    /// keys, and can need repair after a crash. InnoDB has none of these
    /// problems and is the default.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE orders (id BIGINT PRIMARY KEY, total DECIMAL(12,2) NOT NULL) ENGINE=MyISAM;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE orders (id BIGINT PRIMARY KEY, total DECIMAL(12,2) NOT NULL) ENGINE=InnoDB;
    /// ```
    ///
    /// ## In production
    /// Sites that outgrew MyISAM remember the table-lock pile-ups behind one
    /// slow report; MySQL 8 keeps MyISAM mainly for compatibility.
    ///
    /// ## Alternatives
    /// InnoDB for everything transactional; a columnar store (ClickHouse) for
    /// append-only analytics that once motivated MyISAM.
    pub struct MyisamEngine {
        code: "T202",
        name: "mysql-myisam-engine",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T2"],
        dialects: [Mysql],
        fix: None,
        summary: "MyISAM tables: no transactions, table locks, no foreign keys",
    }
}

impl Rule for MyisamEngine {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::CreateTable(create) = cx.stmt else { return };
        let options = create.table_options.to_string().to_ascii_lowercase().replace(' ', "");
        if options.contains("engine=myisam") {
            out.report(cx.span_of(&create.name), format!("table `{}` uses MyISAM: no transactions, whole-table write locks, no foreign keys", create.name))
                .help("use ENGINE=InnoDB");
        }
    }
}
