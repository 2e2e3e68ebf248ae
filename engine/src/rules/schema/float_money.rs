use crate::model::TypeKind;
use crate::rules::util::name_is;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags money-like columns (`price`, `amount`, `total`, `balance`…)
    /// declared as binary floating point (`real`, `float`, `double precision`).
    /// A rate, percentage or ratio beside a money word (`tax_rate`,
    /// `discount_percent`) is not an amount of money: `numeric(12, 2)` would
    /// cut a tax rate of 8.875 to 8.88, so such columns are left alone.
    ///
    /// ## Why it matters
    /// Binary floats cannot represent most decimal fractions: 0.1 + 0.2 is
    /// 0.30000000000000004. Sums drift, equality checks fail, and invoices
    /// stop adding up by a cent.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE invoices (id bigint PRIMARY KEY, total double precision NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric(12, 2) NOT NULL);
    /// ```
    ///
    /// ## In production
    /// Payment systems store amounts as `numeric` or as integer minor units
    /// (`total_cents bigint`) together with a currency code.
    ///
    /// ## Alternatives
    /// `numeric(p, s)`, or `bigint` cents; avoid PostgreSQL's `money` type,
    /// whose behaviour depends on the locale setting.
    pub struct FloatMoney {
        code: "S014",
        name: "float-money",
        area: Schema,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["S7"],
        dialects: [],
        fix: Suggestion,
        summary: "Money stored in a binary floating-point type",
    }
}

/// A proportion, not an amount: the money word only says what it applies to.
const PROPORTION: &[&str] = &["rate", "rates", "percent", "percentage", "pct", "ratio", "factor", "multiplier", "share"];

impl Rule for FloatMoney {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            for column in table.columns.iter().filter(|c| c.kind == TypeKind::Float) {
                if !name_is(&column.name, PROPORTION)
                    && name_is(
                        &column.name,
                        &["price", "amount", "total", "cost", "balance", "salary", "fee", "fees", "tax", "subtotal", "revenue", "payment", "wage"],
                    )
                {
                    out.report(column.span, format!("money column `{}.{}` uses {} (binary floating point)", table.name, column.name, column.data_type))
                        .note("0.1 + 0.2 <> 0.3 in binary floating point: totals drift by cents")
                        .fix("Use an exact decimal type", format!("{} numeric(12, 2)", column.name));
                }
            }
        }
    }
}
