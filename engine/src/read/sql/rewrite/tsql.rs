//! T-SQL as SQL Server Management Studio and the sample databases write it,
//! in the forms sqlparser reads.

use super::{closing_paren, create_table_columns_end, entry_end, entry_starts, is_word, starts_with, word_at};
use sqlparser::tokenizer::{Token, TokenWithSpan};

pub(super) fn rewrite(tokens: &mut Vec<TokenWithSpan>) {
    keyword_aliases(tokens);
    if starts_with(tokens, &["CREATE", "VIEW"]) || starts_with(tokens, &["CREATE", "OR", "ALTER", "VIEW"]) || starts_with(tokens, &["ALTER", "VIEW"]) {
        view_options(tokens);
    }
    if starts_with(tokens, &["ALTER", "TABLE"]) {
        repeat_add(tokens);
    } else if starts_with(tokens, &["CREATE", "TYPE"]) {
        alias_type(tokens);
    } else if starts_with(tokens, &["CREATE"]) && tokens.iter().take(4).any(|t| is_word(t, "INDEX")) {
        // `CREATE UNIQUE CLUSTERED INDEX`: how the rows are stored, not what the index holds.
        let index = tokens.iter().position(|t| is_word(t, "INDEX")).unwrap_or(0);
        let storage = tokens[..index].iter().position(|t| is_word(t, "CLUSTERED") || is_word(t, "NONCLUSTERED"));
        if let Some(at) = storage {
            tokens.remove(at);
        }
    } else if let Some(columns_end) = create_table_columns_end(tokens) {
        let columns_end = computed_columns(tokens, columns_end);
        let columns_end = typed_xml(tokens, columns_end);
        trailing_comma(tokens, columns_end);
    }
}

/// `INNER JOIN [Person].[AddressType] at ON …`: `AT` is a keyword to
/// sqlparser (`AT TIME ZONE`) but a plain alias to SQL Server; read as the
/// name it is.
fn keyword_aliases(tokens: &mut [TokenWithSpan]) {
    for i in 1..tokens.len().saturating_sub(1) {
        let after_name = matches!(&tokens[i - 1].token, Token::Word(w) if w.quote_style.is_some() || w.keyword == sqlparser::keywords::Keyword::NoKeyword);
        let then_clause =
            ["ON", "WHERE", "INNER", "LEFT", "RIGHT", "JOIN", "CROSS"].iter().any(|k| is_word(&tokens[i + 1], k)) || tokens[i + 1].token == Token::Comma;
        if is_word(&tokens[i], "AT") && after_name && then_clause {
            if let Token::Word(w) = &mut tokens[i].token {
                w.quote_style = Some('[');
                w.keyword = sqlparser::keywords::Keyword::NoKeyword;
            }
        }
    }
}

/// `CREATE VIEW v WITH SCHEMABINDING AS …` (or `VIEW_METADATA`,
/// `ENCRYPTION`): how the view is bound and shown, not what it selects.
fn view_options(tokens: &mut Vec<TokenWithSpan>) {
    let Some(with) = tokens.iter().take(12).position(|t| is_word(t, "WITH")) else { return };
    let options = ["SCHEMABINDING", "VIEW_METADATA", "ENCRYPTION"];
    if !tokens.get(with + 1).is_some_and(|t| options.iter().any(|o| is_word(t, o))) {
        return;
    }
    let mut end = with + 1;
    while tokens.get(end).is_some_and(|t| options.iter().any(|o| is_word(t, o)) || t.token == Token::Comma) {
        end += 1;
    }
    tokens.drain(with..end);
}

/// `ALTER TABLE t ADD CONSTRAINT a …, CONSTRAINT b …` adds both; sqlparser
/// wants `ADD` before each.
fn repeat_add(tokens: &mut Vec<TokenWithSpan>) {
    let Some(add) = tokens.iter().position(|t| is_word(t, "ADD")) else { return };
    if tokens[..add].iter().any(|t| !matches!(t.token, Token::Word(_) | Token::Period)) {
        return;
    }
    let mut depth = 0usize;
    let mut commas = Vec::new();
    for (i, token) in tokens.iter().enumerate().skip(add) {
        match token.token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            Token::Comma if depth == 0 => commas.push(i),
            _ => {}
        }
    }
    let operation = |t: &TokenWithSpan| ["ADD", "DROP", "ALTER", "WITH", "CHECK", "NOCHECK"].iter().any(|k| is_word(t, k));
    for &comma in commas.iter().rev() {
        if tokens.get(comma + 1).is_some_and(|t| !operation(t)) {
            let add = word_at("ADD", &tokens[comma + 1]);
            tokens.insert(comma + 1, add);
        }
    }
}

/// `CREATE TYPE Flag FROM bit NOT NULL` (an alias type) is read as the
/// domain it is: `CREATE DOMAIN Flag AS bit NOT NULL`.
fn alias_type(tokens: &mut Vec<TokenWithSpan>) {
    let Some(from) = tokens.iter().position(|t| is_word(t, "FROM")) else { return };
    if from < 3 || tokens[2..from].iter().any(|t| !matches!(t.token, Token::Word(_) | Token::Period)) {
        return;
    }
    tokens[1] = word_at("DOMAIN", &tokens[1]);
    tokens[from] = word_at("AS", &tokens[from]);
    // Nullability is the columns' business; a domain takes no `NULL`.
    let nullability = tokens.iter().rposition(|t| !is_word(t, "NULL") && !is_word(t, "NOT")).map_or(tokens.len(), |p| p + 1);
    tokens.truncate(nullability);
}

/// A computed column (`[AccountNumber] AS ISNULL(…) [PERSISTED]`) has no
/// declared type; it is read as a column of type `inferred`, its expression
/// left out. Returns the new index of the list's closing parenthesis.
fn computed_columns(tokens: &mut Vec<TokenWithSpan>, columns_end: usize) -> usize {
    let Some(open) = tokens.iter().position(|t| matches!(t.token, Token::LParen)) else { return columns_end };
    let mut end = columns_end;
    for start in entry_starts(tokens, open, columns_end).into_iter().rev() {
        if matches!(tokens[start].token, Token::Word(_)) && tokens.get(start + 1).is_some_and(|t| is_word(t, "AS")) {
            let expression_end = entry_end(tokens, start + 1, end);
            let inferred = word_at("inferred", &tokens[start + 1]);
            tokens.splice(start + 1..expression_end, [inferred]);
            end -= expression_end - (start + 2);
        }
    }
    end
}

/// Typed XML (`[xml](CONTENT schema_collection)`): the schema collection is
/// a constraint the review does not read; the column is `xml`.
fn typed_xml(tokens: &mut Vec<TokenWithSpan>, columns_end: usize) -> usize {
    let mut end = columns_end;
    let mut i = 0;
    while i + 1 < end {
        let xml = matches!(&tokens[i].token, Token::Word(w) if w.value.eq_ignore_ascii_case("xml"));
        if xml && matches!(tokens[i + 1].token, Token::LParen) {
            if let Some(close) = closing_paren(tokens, i + 1).filter(|c| *c < end) {
                tokens.drain(i + 1..=close);
                end -= close - i;
            }
        }
        i += 1;
    }
    end
}

/// SQL Server takes a comma after the last column definition.
fn trailing_comma(tokens: &mut Vec<TokenWithSpan>, columns_end: usize) {
    if columns_end > 0 && matches!(tokens[columns_end - 1].token, Token::Comma) {
        tokens.remove(columns_end - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::rewritten;
    use crate::input::Dialect;

    #[test]
    fn several_constraints_after_one_add_each_get_their_add() {
        let sql = "ALTER TABLE [P].[B] ADD CONSTRAINT [FK_a] FOREIGN KEY ([a]) REFERENCES [P].[A]([id]), CONSTRAINT [FK_b] FOREIGN KEY ([b]) REFERENCES [P].[C]([id])";
        assert_eq!(
            rewritten(Dialect::Mssql, sql),
            "ALTER TABLE [P] . [B] ADD CONSTRAINT [FK_a] FOREIGN KEY ( [a] ) REFERENCES [P] . [A] ( [id] ) , ADD CONSTRAINT [FK_b] FOREIGN KEY ( [b] ) REFERENCES [P] . [C] ( [id] )"
        );
    }

    #[test]
    fn computed_columns_typed_xml_and_a_trailing_comma_are_read() {
        let sql = "CREATE TABLE c ([id] [int] NOT NULL, [No] AS ISNULL('AW' + [dbo].[f](id), ''), [Level] AS Node.GetLevel() PERSISTED, [D] [xml](CONTENT [P].[S]) NULL,)";
        assert_eq!(rewritten(Dialect::Mssql, sql), "CREATE TABLE c ( [id] [int] NOT NULL , [No] inferred , [Level] inferred , [D] [xml] NULL )");
    }

    #[test]
    fn clustered_and_nonclustered_indexes_are_indexes() {
        let sql = "CREATE UNIQUE CLUSTERED INDEX [AK] ON [P].[B]([a], [b])";
        assert_eq!(rewritten(Dialect::Mssql, sql), "CREATE UNIQUE INDEX [AK] ON [P] . [B] ( [a] , [b] )");
        let sql = "CREATE NONCLUSTERED INDEX [IX] ON [P].[R]([a]) INCLUDE ([c])";
        assert_eq!(rewritten(Dialect::Mssql, sql), "CREATE INDEX [IX] ON [P] . [R] ( [a] ) INCLUDE ( [c] )");
    }

    #[test]
    fn schemabinding_and_an_alias_named_at_are_read() {
        let view = "CREATE VIEW [Person].[v] WITH SCHEMABINDING AS SELECT sp.[Name] FROM [Person].[StateProvince] sp";
        assert_eq!(rewritten(Dialect::Mssql, view), "CREATE VIEW [Person] . [v] AS SELECT sp . [Name] FROM [Person] . [StateProvince] sp");
        let at = "SELECT a.x FROM [Person].[Address] a INNER JOIN [Person].[AddressType] at ON at.[AddressTypeID] = a.[AddressTypeID]";
        assert_eq!(
            rewritten(Dialect::Mssql, at),
            "SELECT a . x FROM [Person] . [Address] a INNER JOIN [Person] . [AddressType] [at] ON at . [AddressTypeID] = a . [AddressTypeID]"
        );
    }

    #[test]
    fn an_alias_type_reads_as_a_domain() {
        assert_eq!(rewritten(Dialect::Mssql, "CREATE TYPE [dbo].[Flag] FROM [bit] NOT NULL"), "CREATE DOMAIN [dbo] . [Flag] AS [bit]");
        assert_eq!(rewritten(Dialect::Mssql, "CREATE TYPE [Name] FROM nvarchar(50) NULL"), "CREATE DOMAIN [Name] AS nvarchar ( 50 )");
    }
}
