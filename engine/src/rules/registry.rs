//! The one explicit list of rules. Order is the documentation order.

use super::{architecture as a, migration as m, pattern as p, query as q, schema as s, security as x};
use super::{Rule, RuleMeta};

static RULES: &[&dyn Rule] = &[
    &q::SyntaxError,
    &s::MissingPrimaryKey,
    &s::IntPrimaryKey,
    &s::NaturalPrimaryKey,
    &s::RandomUuidPrimaryKey,
    &s::OneToOneSplit,
    &s::RepeatingColumns,
    &s::MultiValuedColumn,
    &s::UnindexedForeignKey,
    &s::UnindexedFilterColumn,
    &s::RedundantIndex,
    &s::TooManyIndexes,
    &s::BooleanIndex,
    &s::JsonInText,
    &s::FloatMoney,
    &s::TimestampWithoutTimeZone,
    &s::StringlyTypedColumn,
    &s::CharPadding,
    &s::EnumType,
    &s::MissingForeignKey,
    &s::NullableRequiredColumn,
    &s::NaturalKeyNotUnique,
    &s::CaseSensitiveUniqueEmail,
    &s::ReservedWordIdentifier,
    &s::MixedCaseIdentifier,
    &s::TimeSeriesUnpartitioned,
    &s::PartitionKeyNotFiltered,
    &q::SelectStar,
    &q::UnguardedWrite,
    &q::UnboundedSelect,
    &q::CartesianJoin,
    &q::CorrelatedSubquery,
    &q::NotInNullable,
    &q::WriteWithoutTimeout,
    &q::NonSargablePredicate,
    &q::OrAcrossColumns,
    &q::LargeOffset,
    &q::KeysetWithoutTiebreaker,
    &q::OrderByRandom,
    &q::DistinctOverJoin,
    &q::UnionWithoutAll,
    &q::CountForExistence,
    &q::InsertWithoutColumns,
    &q::NullComparison,
    &q::HavingWithoutAggregate,
    &q::RankingWithoutOrder,
    &q::TooManyJoins,
    &x::DynamicSqlConcatenation,
    &x::BroadGrant,
    &x::SecurityDefinerSearchPath,
    &x::PlaintextSecret,
    &x::UncheckedBoundedValue,
    &x::MissingAuditColumns,
    &m::IndexWithoutConcurrently,
    &m::ConcurrentlyInTransaction,
    &m::AddRequiredColumn,
    &m::AddColumnVolatileDefault,
    &m::ColumnTypeChange,
    &m::SetNotNull,
    &m::ConstraintWithoutNotValid,
    &m::DestructiveChange,
    &m::MissingLockTimeout,
    &a::EntityAttributeValue,
    &a::QueueWithoutSkipLocked,
    &a::HotCounter,
    &p::BigintIdentityKey,
    &p::UniqueNaturalKey,
    &p::TimestamptzDefaultNow,
    &p::ConcurrentIndex,
    &p::HashIndexEquality,
    &p::KeysetPagination,
    &p::WindowFunction,
];

/// Every rule, in documentation order.
pub fn all() -> &'static [&'static dyn Rule] {
    RULES
}

/// A rule by name or code, case-insensitively.
pub fn find(selector: &str) -> Option<&'static RuleMeta> {
    RULES.iter().map(|r| r.meta()).find(|m| m.name.eq_ignore_ascii_case(selector) || m.code.eq_ignore_ascii_case(selector))
}
