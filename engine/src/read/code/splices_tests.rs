use super::*;
use crate::read::code::{analyse, Language};

fn outside(text: &str, language: Language) -> Vec<Option<String>> {
    let file = analyse(text, 0..text.len(), language);
    file.sql
        .iter()
        .filter(|l| l.building != Building::Static)
        .map(|l| outside_value(text, &file, l).map(|o| format!("{} {}", &text[o.span], o.source)))
        .collect()
}

#[test]
fn parameters_and_requests_are_values_from_outside() {
    let py = "def find(cur, email):\n    cur.execute(f\"SELECT id FROM users WHERE email = '{email}'\")\n";
    assert_eq!(outside(py, Language::Python), vec![Some("email parameter `email`".to_string())]);
    let js = "app.get('/u', (req, res) => {\n  db.query(\"SELECT * FROM users WHERE name = '\" + req.query.name + \"'\");\n});\n";
    assert_eq!(outside(js, Language::JavaScript), vec![Some("req.query.name the request".to_string())]);
    let go =
        "func (s *Store) Find(ctx context.Context, name string) (*User, error) {\n\tq := fmt.Sprintf(\"SELECT id FROM users WHERE name = '%s'\", name)\n}\n";
    assert_eq!(outside(go, Language::Go), vec![Some("name parameter `name`".to_string())]);
}

#[test]
fn constants_integers_quoting_helpers_and_placeholders_are_not() {
    let py = "tableName = \"delta_table\"\nspark.sql(\"CREATE TABLE %s(id LONG) USING delta\" % tableName)\n\
def count(self, table, limit):\n    return self.execute(f\"select count(*) from (select * from {escape_sqlite(table)} limit {int(limit) + 1})\")\n\
def drop(names):\n    sql = 'DELETE FROM {0}'.format(', '.join(identifier(n) for n in names))\n\
def pick(flag):\n    q = \"SELECT * FROM t WHERE active = {0}\".format('true' if flag else 'false')\n\
def one(cur, oid):\n    cur.execute(f\"SELECT relname FROM pg_class WHERE oid = '{oid}'\")\n";
    assert_eq!(outside(py, Language::Python), vec![None, None, None, None, None]);
    let js = "function create(className, fields) {\n  const qs = `CREATE TABLE IF NOT EXISTS $1:name ($${index}:name $${index + 1}:raw)`;\n}\n";
    assert_eq!(outside(js, Language::JavaScript), vec![None]);
}

#[test]
fn a_snippet_names_what_it_does_not_define_and_an_operand_ends_with_its_line() {
    let js = "const rows = await db.query(`SELECT * FROM users WHERE email = '${email}'`);\n";
    assert_eq!(outside(js, Language::JavaScript), vec![Some("email defined outside this code".to_string())]);
    let py = "def search(conn, sort):\n    sql = \"SELECT id FROM items ORDER BY \" + sort\n    with conn.cursor() as cur:\n        cur.execute(sql)\n";
    assert_eq!(outside(py, Language::Python), vec![Some("sort parameter `sort`".to_string())]);
}
