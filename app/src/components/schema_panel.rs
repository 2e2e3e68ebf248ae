//! The schema model the engine built: tables, columns, keys, indexes.
//!
//! Tables are keyed by name: a table the reader opened stays open while they
//! type, and only its content follows the review.

use crate::state::Reviews;
use engine::model::Table;
use leptos::prelude::*;

#[component]
pub fn SchemaPanel() -> impl IntoView {
    let reviews = expect_context::<Reviews>();
    let names = move || reviews.review.with(|review| review.catalog.tables.iter().map(|t| t.name.clone()).collect::<Vec<_>>());
    view! {
        <section class="panel schema-model" aria-label="Schema model">
            <h2 class="pane-title">"Schema model"</h2>
            <Show when=move || reviews.review.with(|review| review.catalog.tables.is_empty())>
                <p class="empty">"No tables defined yet."</p>
            </Show>
            <For each=names key=|name| name.clone() let:name>
                <TableModel name/>
            </For>
        </section>
    }
}

#[component]
fn TableModel(name: String) -> impl IntoView {
    let reviews = expect_context::<Reviews>();
    let (title, summary_name) = (name.clone(), name.clone());
    let content = move || {
        reviews.review.with(|review| {
            let Some(table) = review.catalog.tables.iter().find(|t| t.name == name) else { return ().into_any() };
            table_content(table).into_any()
        })
    };
    let count = move || reviews.review.with(|review| review.catalog.tables.iter().find(|t| t.name == summary_name).map_or(0, |t| t.columns.len()));
    view! {
        <details class="table-model">
            <summary>{title} " " <span class="count">{count} " columns"</span></summary>
            {content}
        </details>
    }
}

fn table_content(table: &Table) -> impl IntoView {
    let columns: Vec<(String, String, bool, bool)> =
        table.columns.iter().map(|c| (c.name.clone(), c.data_type.clone(), c.nullable, table.primary_key.contains(&c.name))).collect();
    let fks: Vec<String> =
        table.foreign_keys.iter().map(|f| format!("({}) → {} ({})", f.columns.join(", "), f.references, f.referenced_columns.join(", "))).collect();
    let indexes: Vec<String> = table
        .indexes
        .iter()
        .map(|i| {
            let name = i.name.clone().unwrap_or_else(|| i.origin.label().to_string());
            let predicate = i.predicate.as_ref().map(|p| format!(" WHERE {p}")).unwrap_or_default();
            format!("{}{} {name} ({}){predicate}", if i.unique { "unique " } else { "" }, i.method, i.display_keys())
        })
        .collect();
    view! {
        <table>
            <thead><tr><th scope="col">"Column"</th><th scope="col">"Type"</th><th scope="col">"Null"</th></tr></thead>
            <tbody>
                {columns.into_iter().map(|(name, ty, nullable, pk)| view! {
                    <tr><td>{name} {pk.then_some(" 🔑")}</td><td>{ty}</td><td>{if nullable { "yes" } else { "no" }}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        <ul>
            {fks.into_iter().map(|f| view! { <li>"FK " {f}</li> }).collect_view()}
            {indexes.into_iter().map(|i| view! { <li>"Index: " {i}</li> }).collect_view()}
        </ul>
    }
}
