use crate::read::code::splices::outside_value;
use crate::read::code::{Building, Language};
use crate::rules::{CodeCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags SQL built by gluing a value from outside the code into the
    /// statement text (`+` concatenation, `fmt.Sprintf`, `String.format`,
    /// Python's `%` and `.format()`, f-strings, JavaScript template
    /// literals): a field of the request, or a parameter of the function
    /// that builds it. A constant, an integer, a name passed through a
    /// quoting helper (`quote_ident`, `escape_sqlite`, psycopg's
    /// `sql.Identifier`) or a placeholder pattern built in code (pg-promise's
    /// `$${i}:name`) cannot change the statement and is not flagged.
    ///
    /// ## Why it matters
    /// Whatever the variable holds becomes SQL. A name like
    /// `x' OR '1'='1` reads every row; `'; DROP TABLE users; --` does worse.
    /// Escaping by hand misses cases (numbers, identifiers, encodings);
    /// placeholders send the value separately, so it can never change the
    /// statement, and let the server reuse the plan.
    ///
    /// ## Example
    /// ```python
    /// def find_user(cur, email):
    ///     cur.execute(f"SELECT id, email FROM users WHERE email = '{email}'")
    /// ```
    ///
    /// ## Use instead
    /// ```python
    /// def find_user(cur, email):
    ///     cur.execute("SELECT id, email FROM users WHERE email = %s", (email,))
    /// ```
    ///
    /// ## In production
    /// Injection stays on the OWASP Top 10 because this pattern keeps being
    /// taught; breaches from one concatenated login or search query are
    /// still reported every year.
    ///
    /// ## Alternatives
    /// Placeholders (`$1`, `?`, `%s`, `:name`) for values; an allow-list
    /// mapped to fixed SQL for identifiers and sort orders, which
    /// placeholders cannot carry; a query builder that parameterizes.
    pub struct SqlBuiltFromStrings {
        code: "C001",
        name: "sql-built-from-strings",
        area: Security,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["X1", "C1", "C2", "C3"],
        dialects: [],
        fix: None,
        summary: "SQL built by concatenation, formatting or interpolation (injection)",
    }
}

impl Rule for SqlBuiltFromStrings {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        for literal in &cx.file.sql {
            let how = match literal.building {
                Building::Static => continue,
                Building::Concatenation => "concatenates",
                Building::Formatting => "formats",
                Building::Interpolation => "interpolates",
            };
            // Only a value from outside the code is evidence of injection.
            let Some(value) = outside_value(cx.text, cx.file, literal) else { continue };
            let written = cx.text[value.span.clone()].trim();
            out.report(
                cx.token_span(literal.token),
                format!(
                    "this {} code {how} `{written}` ({}) into SQL {}: the value can change the statement (SQL injection)",
                    cx.file.language.name(),
                    value.source,
                    if value.between_quotes { "between quotes it does not escape" } else { "unquoted" }
                ),
            )
            .help(format!("use a placeholder: {}", placeholder(cx)));
        }
    }
}

/// How the driver in use takes a value apart from the statement.
fn placeholder(cx: &CodeCx) -> &'static str {
    let uses = |marker: &str| cx.text.contains(marker);
    match cx.file.language {
        Language::Go => "$1 (pgx, lib/pq) or ? (MySQL) and pass the value to Query",
        Language::Python if uses("spark.sql(") => {
            "a named marker in spark.sql(\"… WHERE id = :id\", args={\"id\": value}) (Spark 3.4+); a table or column name through IDENTIFIER(:name) (3.5+)"
        }
        Language::Python if uses("sqlite3") => "? and pass the values as the second argument of execute (sqlite3)",
        Language::Python if uses("sqlalchemy") || uses("sa.text(") => ":name in text() and pass the values as a dict to execute (SQLAlchemy)",
        Language::Python => "%s and pass the values as the second argument of cursor.execute (psycopg, MySQLdb); names through psycopg's sql.Identifier",
        Language::JavaScript if uses("pg-promise") => "$1 or ${name} and pass the values as the second argument (pg-promise); names through its :name filter",
        Language::JavaScript if uses("mysql") => "? and pass [value] as the second argument of query (mysql2)",
        Language::JavaScript => "$1 and pass [value] as the second argument of query (node-postgres)",
        Language::Java => "? in a PreparedStatement and setString/setLong the value",
    }
}
