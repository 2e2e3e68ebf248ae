//! The client formats, each on a script of its own.

use super::*;

#[test]
fn psql_lines_and_copy_data_are_blanked_in_place() {
    let text = "SELECT 1;\n\\set x 'é'\nCOPY t FROM stdin;\n1\té\n\\.\nSELECT 2;";
    let out = read(text, Dialect::Postgres);
    assert_eq!(out.text.len(), text.len());
    assert!(out.text.contains("SELECT 2;"));
    assert!(!out.text.contains("\\set"));
    assert!(!out.text.contains("1\t"));
}

#[test]
fn go_lines_end_batches() {
    let text = "SELECT 1\nGO\nSELECT 2\ngo 5\n";
    let out = read(text, Dialect::Mssql);
    assert_eq!(out.ends, vec![9, 21]);
    assert!(!out.text.contains("GO") && !out.text.contains("go"));
}

#[test]
fn a_custom_delimiter_ends_statements_and_shelters_the_body() {
    let text = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END //\nDELIMITER ;\nSELECT 2;";
    let out = read(text, Dialect::Mysql);
    let end = text.find("//\nDELIMITER ;").unwrap();
    assert!(out.ends.contains(&end));
    assert!(out.bodies.iter().any(|b| b.contains(&text.find("1;").unwrap())));
    assert!(!out.text.contains("//"));
}

#[test]
fn sqlplus_commands_and_slash_lines() {
    let text =
        "SET DEFINE OFF\nPROMPT hello\nCREATE OR REPLACE TRIGGER t BEFORE INSERT ON x FOR EACH ROW\nBEGIN :NEW.a := 1; END;\n/\nSET TRANSACTION READ ONLY;\n";
    let out = read(text, Dialect::Oracle);
    assert!(!out.text.contains("PROMPT") && !out.text.contains("DEFINE"));
    assert!(out.text.contains("SET TRANSACTION"));
    assert_eq!(out.bodies.len(), 1);
    assert!(out.bodies[0].contains(&text.find("1;").unwrap()));
}

#[test]
fn a_substitution_on_a_client_command_line_stays_blank() {
    let text = "ACCEPT tbs PROMPT 'Tablespace [&default]: ' DEFAULT '&default'\nSELECT 1 FROM dual;\n";
    let out = read(text, Dialect::Oracle);
    assert!(out.text.lines().next().unwrap().trim().is_empty());
    assert_eq!(out.text.len(), text.len());
}

#[test]
fn variables_become_identifiers_of_the_same_length() {
    let out = read("USE $(DatabaseName);", Dialect::Mssql);
    assert_eq!(out.text, "USE __DatabaseName_;");
    let out = read("CREATE TABLE ${DB}.t (a int);", Dialect::Hive);
    assert_eq!(out.text, "CREATE TABLE $_DB_.t (a int);");
    let out = read("CREATE TABLE ${DB}.t (a int);", Dialect::Spark);
    assert_eq!(out.text, "CREATE TABLE __DB_.t (a int);");
}

#[test]
fn a_copy_shown_without_its_rows_does_not_swallow_the_rest() {
    let text = "COPY items (embedding) FROM STDIN WITH (FORMAT BINARY);\nSELECT 1;\n";
    let out = read(text, Dialect::Postgres);
    assert!(out.text.contains("SELECT 1;"));
    assert!(!out.text.contains("FROM STDIN"));
}
