//! Each system's reserved words: the keywords it will not take as a table
//! or column name without quoting. Keywords a system reads as names where a
//! name fits (MySQL's `user` and `end`, SQLite's `user`, every ClickHouse
//! keyword) are not here.

use crate::input::Dialect;

/// PostgreSQL, Appendix C "SQL Key Words": the words marked "reserved" and
/// "reserved (can be function or type)" in the PostgreSQL column.
const POSTGRES: &str = "all analyse analyze and any array as asc asymmetric authorization binary both case cast check \
     collate collation column concurrently constraint create cross current_catalog current_date current_role \
     current_schema current_time current_timestamp current_user default deferrable desc distinct do else end \
     except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into \
     is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on \
     only or order outer overlaps placing primary references returning right select session_user similar some \
     symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when \
     where window with";

/// MySQL 8.0 Reference Manual, "Keywords and Reserved Words": the words
/// marked (R). `user`, `end`, `status` and `timestamp` are keywords but not reserved.
const MYSQL: &str = "accessible add all alter analyze and as asc asensitive before between bigint binary blob both by \
     call cascade case change char character check collate column condition constraint continue convert create \
     cross cube cume_dist current_date current_time current_timestamp current_user cursor database databases \
     day_hour day_microsecond day_minute day_second dec decimal declare default delayed delete dense_rank desc \
     describe deterministic distinct distinctrow div double drop dual each else elseif empty enclosed escaped \
     except exists exit explain false fetch first_value float float4 float8 for force foreign from fulltext \
     function generated get grant group grouping groups having high_priority hour_microsecond hour_minute \
     hour_second if ignore in index infile inner inout insensitive insert int int1 int2 int3 int4 int8 integer \
     intersect interval into io_after_gtids io_before_gtids is iterate join json_table key keys kill lag \
     last_value lateral lead leading leave left like limit linear lines load localtime localtimestamp lock long \
     longblob longtext loop low_priority master_bind master_ssl_verify_server_cert match maxvalue mediumblob \
     mediumint mediumtext middleint minute_microsecond minute_second mod modifies natural not no_write_to_binlog \
     nth_value ntile null numeric of on optimize optimizer_costs option optionally or order out outer outfile over \
     partition percent_rank precision primary procedure purge range rank read reads read_write real recursive \
     references regexp release rename repeat replace require resignal restrict return revoke right rlike row rows \
     row_number schema schemas second_microsecond select sensitive separator set show signal smallint spatial \
     specific sql sqlexception sqlstate sqlwarning sql_big_result sql_calc_found_rows sql_small_result ssl \
     starting stored straight_join system table terminated then tinyblob tinyint tinytext to trailing trigger true \
     undo union unique unlock unsigned update usage use using utc_date utc_time utc_timestamp values varbinary \
     varchar varcharacter varying virtual when where while window with write xor year_month zerofill";

/// SQL Server, "Reserved Keywords (Transact-SQL)".
const MSSQL: &str = "add all alter and any as asc authorization backup begin between break browse bulk by cascade case \
     check checkpoint close clustered coalesce collate column commit compute constraint contains containstable \
     continue convert create cross current current_date current_time current_timestamp current_user cursor \
     database dbcc deallocate declare default delete deny desc disk distinct distributed double drop dump else \
     end errlvl escape except exec execute exists exit external fetch file fillfactor for foreign freetext \
     freetexttable from full function goto grant group having holdlock identity identity_insert identitycol if in \
     index inner insert intersect into is join key kill left like lineno load merge national nocheck nonclustered \
     not null nullif of off offsets on open opendatasource openquery openrowset openxml option or order outer over \
     percent pivot plan precision primary print proc procedure public raiserror read readtext reconfigure \
     references replication restore restrict return revert revoke right rollback rowcount rowguidcol rule save \
     schema securityaudit select semantickeyphrasetable semanticsimilaritydetailstable semanticsimilaritytable \
     session_user set setuser shutdown some statistics system_user table tablesample textsize then to top tran \
     transaction trigger truncate try_convert tsequal union unique unpivot update updatetext use user values \
     varying view waitfor when where while with writetext";

/// Oracle SQL Language Reference, Appendix D "Oracle SQL Reserved Words".
const ORACLE: &str = "access add all alter and any as asc audit between by char check cluster column comment compress \
     connect create current date decimal default delete desc distinct drop else exclusive exists file float for \
     from grant group having identified immediate in increment index initial insert integer intersect into is \
     level like lock long maxextents minus mlslabel mode modify noaudit nocompress not nowait null number of \
     offline on online option or order pctfree prior public raw rename resource revoke row rowid rownum rows \
     select session set share size smallint start successful synonym sysdate table then to trigger uid union \
     unique update user validate values varchar varchar2 view whenever where with";

/// SQLite: the keywords its parser does not fall back to a name for
/// (sqlite.org/lang_keywords.html; checked against SQLite 3.40 as table and
/// column names). `user`, `key`, `action` and `end` are names there.
const SQLITE: &str = "add all alter and as autoincrement between case cast check collate commit constraint create \
     default deferrable delete distinct drop else escape except exists foreign from group having if in index \
     insert intersect into is isnull join limit not nothing notnull null on or order primary raise references \
     returning select set table then to transaction union unique update using values when where";

/// Hive Language Manual DDL, "Reserved Keywords" (Hive 1.2 to 2.2).
const HIVE: &str = "all alter and array as authorization between bigint binary boolean both by cache case cast char \
     column commit conf constraint create cross cube current current_date current_timestamp cursor database date \
     decimal delete describe distinct double drop else end exchange exists extended external \
     false fetch float following for foreign from full function grant group grouping having if import in \
     inner insert int intersect interval into is join lateral left less like local macro map more none \
     not null of on only or order out outer over partialscan partition percent preceding preserve \
     primary procedure range reads reduce references regexp revoke right rlike rollback rollup row rows select \
     set smallint start table tablesample then time timestamp to transform trigger true truncate unbounded union \
     uniquejoin update user using utc_tmestamp values varchar when where window with";

/// BigQuery, "Lexical structure and syntax": reserved keywords.
const BIGQUERY: &str = "all and any array as asc assert_rows_modified at between by case cast collate contains create \
     cross cube current default define desc distinct else end enum escape except exclude exists extract false \
     fetch following for from full group grouping groups hash having if ignore in inner intersect interval into \
     is join lateral left like limit lookup merge natural new no not null nulls of on or order outer over \
     partition preceding proto qualify range recursive respect right rollup rows select set some struct \
     tablesample then to treat true unbounded union unnest using when where window with within";

/// The reserved words of `dialect`, lowercase. ClickHouse reserves none
/// ("keywords are not reserved; they are treated as such only in the
/// corresponding context", ClickHouse "Syntax"), nor does Spark unless
/// `spark.sql.ansi.enforceReservedKeywords` is set.
fn reserved_words(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Mysql => MYSQL,
        Dialect::Mssql => MSSQL,
        Dialect::Oracle => ORACLE,
        Dialect::Sqlite => SQLITE,
        Dialect::Hive => HIVE,
        Dialect::Bigquery => BIGQUERY,
        Dialect::Clickhouse | Dialect::Spark => "",
        _ => POSTGRES,
    }
}

/// Whether `name` is a reserved word on `dialect` (any case).
pub fn is_reserved(dialect: Dialect, name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    reserved_words(dialect).split_whitespace().any(|word| word == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_is_reserved_where_the_manuals_say_so() {
        for dialect in [Dialect::Postgres, Dialect::Mssql, Dialect::Oracle] {
            assert!(is_reserved(dialect, "user"), "{dialect:?}");
        }
        for dialect in [Dialect::Mysql, Dialect::Sqlite, Dialect::Clickhouse] {
            assert!(!is_reserved(dialect, "user"), "{dialect:?}");
        }
        assert!(is_reserved(Dialect::Mysql, "GROUP"));
        assert!(!is_reserved(Dialect::Mysql, "end"));
        assert!(is_reserved(Dialect::Postgres, "end"));
    }
}
