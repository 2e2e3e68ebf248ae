//! DynamoDB material: table definitions (AWS CLI / SDK JSON, CloudFormation
//! `AWS::DynamoDB::Table` resources in JSON) and API calls, as JSON request
//! bodies, SDK calls in JavaScript (`new ScanCommand({…})`,
//! `client.query({…})`) or `aws dynamodb scan|query` command lines.

mod code;

use crate::read::objlit::{self, Node, Value};
use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    /// The HASH key attribute and its span.
    pub partition_key: Option<(String, Range<usize>)>,
    pub sort_key: Option<String>,
    /// Global secondary indexes: name, projection type and the projection's span.
    pub indexes: Vec<(String, String, Range<usize>)>,
    pub ttl: bool,
    /// `ProvisionedThroughput`: read and write capacity units, and its span.
    pub provisioned: Option<(i64, i64, Range<usize>)>,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Scan,
    Query,
}

#[derive(Debug, Clone)]
pub struct Request {
    pub operation: Operation,
    pub table: String,
    pub index: Option<String>,
    pub filter: Option<(String, Range<usize>)>,
    pub consistent_read: Option<Range<usize>>,
    pub span: Range<usize>,
}

/// An item update in code (`update_item`, `UpdateCommand`).
#[derive(Debug, Clone)]
pub struct Update {
    /// The call's name.
    pub span: Range<usize>,
    pub condition: bool,
    /// Whether it gives `ExpressionAttributeNames`.
    pub names: bool,
    /// The `UpdateExpression` value as written.
    pub expression: Option<Range<usize>>,
    /// Whether that expression is built in code (interpolated, concatenated, appended to).
    pub built: bool,
    /// Whether it only `ADD`s or sets `if_not_exists`: meant to create the item.
    pub adds_only: bool,
}

/// A CDK table construct (`new Table(this, …)`, `CfnGlobalTable(self, …)`).
#[derive(Debug, Clone)]
pub struct Construct {
    pub kind: String,
    pub span: Range<usize>,
    /// The `RemovalPolicy.DESTROY` it is given.
    pub removal_destroy: Option<Range<usize>>,
}

#[derive(Debug, Clone, Default)]
pub struct Material {
    pub tables: Vec<Table>,
    pub requests: Vec<Request>,
    pub updates: Vec<Update>,
    pub constructs: Vec<Construct>,
    pub problems: Vec<(String, Range<usize>)>,
}

impl Material {
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }

    pub fn statements(&self) -> usize {
        self.tables.len() + self.requests.len() + self.updates.len() + self.constructs.len()
    }
}

/// DynamoDB's row of the readers: JSON and scripts whose name says Dynamo,
/// and a lesson's blocks that define tables, call the SDK or `aws dynamodb`.
pub const READER: crate::read::Reader = crate::read::Reader {
    system: crate::input::Dialect::Dynamodb,
    // By the file's own name: a `dynamodb/` folder holds code of every kind.
    file: |name| {
        let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
        file.contains("dynamo") && (file.ends_with(".json") || file.ends_with(".js") || file.ends_with(".ts"))
    },
    block: |lang, content| match lang {
        "json" => content.contains("\"TableName\"") || content.contains("\"KeySchema\""),
        "javascript" | "js" | "typescript" | "ts" => ["ScanCommand", "QueryCommand", "DocumentClient", "DynamoDB"].iter().any(|w| content.contains(w)),
        "sh" | "bash" | "shell" | "console" => content.contains("aws dynamodb"),
        _ => false,
    },
    // JSON is parsed whole; anything else is searched for SDK calls and `aws dynamodb` lines.
    read: |text, range, reading| {
        let body = &text[range.clone()];
        let material = if body.trim_start().starts_with('{') {
            read_json(text, range)
        } else if body.contains("AWS::DynamoDB::Table") {
            // A CloudFormation template in YAML (serverless.yml, SAM).
            let mut material = Material::default();
            collect(&objlit::yaml::parse(text, range), None, &mut material);
            material
        } else {
            read_calls(text, range)
        };
        reading.dynamo.push(material);
    },
    // Updates and constructs in code, and the scans and queries its calls make.
    code: Some(|text, file, reading| {
        let mut material = code::read(text, file);
        let calls = read_calls(text, file.range.clone());
        material.requests = calls.requests;
        reading.dynamo.push(material);
    }),
    clients: &[
        "@aws-sdk/client-dynamodb",
        "@aws-sdk/lib-dynamodb",
        "aws-cdk-lib/aws-dynamodb",
        "aws_dynamodb",
        "resource('dynamodb')",
        "resource(\"dynamodb\")",
        "client('dynamodb')",
        "client(\"dynamodb\")",
        "DynamoDB.DocumentClient",
    ],
};

/// Read a JSON document (a table definition, a CloudFormation template, a
/// request body) filling `text[range]`.
pub fn read_json(text: &str, range: Range<usize>) -> Material {
    let mut material = Material::default();
    match objlit::parse_document(text, range) {
        Ok(root) => collect(&root, None, &mut material),
        Err(problem) => material.problems.push(problem),
    }
    material
}

/// Read DynamoDB calls inside code or shell text: SDK calls with an
/// object argument, and `aws dynamodb scan|query` lines.
pub fn read_calls(text: &str, range: Range<usize>) -> Material {
    let mut material = Material::default();
    let body = &text[range.clone()];
    for (call, operation) in
        [("ScanCommand(", Operation::Scan), ("QueryCommand(", Operation::Query), (".scan(", Operation::Scan), (".query(", Operation::Query)]
    {
        let mut from = 0;
        while let Some(found) = body[from..].find(call) {
            let open = range.start + from + found + call.len();
            from += found + call.len();
            let rest = text[open..range.end].trim_start();
            if !rest.starts_with('{') {
                continue; // `.query(sql)` of an SQL driver, not DynamoDB
            }
            let start = range.end - rest.len();
            let mut parser = objlit::Parser::new(text, start..range.end);
            match parser.value() {
                Ok(node) => collect(&node, Some(operation), &mut material),
                Err(problem) => material.problems.push(problem),
            }
        }
    }
    let mut offset = range.start;
    for line in body.split_inclusive('\n') {
        let at = offset;
        offset += line.len();
        let words: Vec<&str> = line.split_whitespace().collect();
        let operation = match words.iter().position(|w| *w == "dynamodb").and_then(|i| words.get(i + 1)) {
            Some(&"scan") => Operation::Scan,
            Some(&"query") => Operation::Query,
            _ => continue,
        };
        let flag = |name: &str| words.iter().position(|w| *w == name).and_then(|i| words.get(i + 1)).map(|v| v.trim_matches(['"', '\'']).to_string());
        let span = at..at + line.trim_end().len();
        let filter = line.find("--filter-expression").map(|f| (flag("--filter-expression").unwrap_or_default(), at + f..span.end));
        material.requests.push(Request {
            operation,
            table: flag("--table-name").unwrap_or_default(),
            index: flag("--index-name"),
            filter,
            consistent_read: line.contains("--consistent-read").then(|| span.clone()),
            span,
        });
    }
    material
}

/// Walk a tree for table definitions and request bodies.
fn collect(node: &Node, operation: Option<Operation>, material: &mut Material) {
    node.walk(&mut |_, n| {
        if n.get("KeySchema").is_some() && n.get("AttributeDefinitions").is_some() {
            material.tables.push(table(n));
        } else if let Some(name) = n.get("TableName").and_then(Node::as_str) {
            let operation = operation.or_else(|| {
                if n.get("KeyConditionExpression").is_some() || n.get("KeyConditions").is_some() {
                    Some(Operation::Query)
                } else if n.get("FilterExpression").is_some() || n.get("ScanFilter").is_some() {
                    Some(Operation::Scan)
                } else {
                    None
                }
            });
            let Some(operation) = operation else { return };
            let filter = n.get("FilterExpression").map(|f| (f.as_str().unwrap_or("").to_string(), f.span.clone()));
            let consistent_read = n.get("ConsistentRead").filter(|c| c.value == Value::Bool(true)).map(|c| c.span.clone());
            let index = n.get("IndexName").and_then(Node::as_str).map(str::to_string);
            material.requests.push(Request { operation, table: name.to_string(), index, filter, consistent_read, span: n.span.clone() });
        }
    });
}

fn table(node: &Node) -> Table {
    let key = |kind: &str| {
        node.get("KeySchema")?
            .items()
            .iter()
            .find(|k| k.get("KeyType").and_then(Node::as_str) == Some(kind))
            .and_then(|k| k.get("AttributeName"))
            .and_then(|a| a.as_str().map(|s| (s.to_string(), a.span.clone())))
    };
    let indexes = node
        .get("GlobalSecondaryIndexes")
        .map(|g| g.items())
        .unwrap_or_default()
        .iter()
        .map(|gsi| {
            let name = gsi.get("IndexName").and_then(Node::as_str).unwrap_or("").to_string();
            let projection = gsi.get("Projection").and_then(|p| p.get("ProjectionType"));
            (name, projection.and_then(Node::as_str).unwrap_or("").to_string(), projection.map_or(gsi.span.clone(), |p| p.span.clone()))
        })
        .collect();
    let ttl = node.get("TimeToLiveSpecification").and_then(|t| t.get("Enabled")).is_some_and(|e| e.value == Value::Bool(true));
    let provisioned = node.get("ProvisionedThroughput").and_then(|p| {
        let units = |key: &str| p.get(key).and_then(|u| u.as_integer().or_else(|| u.as_str()?.parse().ok()));
        Some((units("ReadCapacityUnits")?, units("WriteCapacityUnits")?, p.span.clone()))
    });
    Table {
        provisioned,
        name: node.get("TableName").and_then(Node::as_str).unwrap_or("").to_string(),
        partition_key: key("HASH"),
        sort_key: key("RANGE").map(|(k, _)| k),
        indexes,
        ttl,
        span: node.span.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_and_requests_from_json() {
        let text = r#"{"Resources": {"Orders": {"Type": "AWS::DynamoDB::Table", "Properties": {
          "TableName": "Orders",
          "AttributeDefinitions": [{"AttributeName": "status", "AttributeType": "S"}],
          "KeySchema": [{"AttributeName": "status", "KeyType": "HASH"}, {"AttributeName": "at", "KeyType": "RANGE"}],
          "GlobalSecondaryIndexes": [{"IndexName": "byCustomer", "Projection": {"ProjectionType": "ALL"}}]
        }}}}"#;
        let m = read_json(text, 0..text.len());
        assert!(m.problems.is_empty());
        let t = &m.tables[0];
        assert_eq!((t.name.as_str(), t.partition_key.as_ref().map(|k| k.0.as_str()), t.sort_key.as_deref()), ("Orders", Some("status"), Some("at")));
        assert_eq!(t.indexes[0].1, "ALL");
    }

    #[test]
    fn calls_in_code_and_shell() {
        let text = "await client.send(new ScanCommand({ TableName: \"Orders\", FilterExpression: \"customerId = :c\" }));\nconst rows = await pg.query(sql);\naws dynamodb query --table-name Orders --index-name byCustomer --consistent-read\n";
        let m = read_calls(text, 0..text.len());
        assert!(m.problems.is_empty(), "{:?}", m.problems);
        assert_eq!(m.requests.len(), 2);
        assert_eq!((m.requests[0].operation, m.requests[0].table.as_str()), (Operation::Scan, "Orders"));
        assert!(m.requests[1].consistent_read.is_some() && m.requests[1].index.as_deref() == Some("byCustomer"));
    }

    #[test]
    fn truncated_json_is_a_located_problem() {
        let text = "{\"TableName\": \"Orders\", \"KeySchema\": [";
        assert_eq!(read_json(text, 0..text.len()).problems[0].0, "expected a value, but the text ends here (is it cut off?)");
    }
}
