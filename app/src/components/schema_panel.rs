//! The schema model the engine built: tables, columns, keys, indexes.

use crate::state::Playground;
use leptos::prelude::*;

#[component]
pub fn SchemaPanel() -> impl IntoView {
    let pg = expect_context::<Playground>();
    view! {
        <section class="panel schema-model" aria-label="Schema model">
            <h2 class="pane-title">"Schema model"</h2>
            {move || pg.review.with(|review| {
                if review.catalog.tables.is_empty() {
                    return view! { <p class="empty">"No tables defined yet."</p> }.into_any();
                }
                review.catalog.tables.iter().map(|table| {
                    let columns: Vec<(String, String, bool, bool)> = table.columns.iter().map(|c| (c.name.clone(), c.data_type.clone(), c.nullable, table.primary_key.contains(&c.name))).collect();
                    let fks: Vec<String> = table.foreign_keys.iter().map(|f| format!("({}) → {} ({})", f.columns.join(", "), f.references, f.referenced_columns.join(", "))).collect();
                    let indexes: Vec<String> = table.indexes.iter().map(|i| format!("{}{} {} ({}){}", if i.unique { "unique " } else { "" }, i.method, i.name.clone().unwrap_or_else(|| i.origin.label().to_string()), i.display_keys(), i.predicate.as_ref().map(|p| format!(" WHERE {p}")).unwrap_or_default())).collect();
                    view! {
                        <details class="table-model">
                            <summary>{table.name.clone()} " " <span class="count">{columns.len()} " columns"</span></summary>
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
                        </details>
                    }
                }).collect_view().into_any()
            })}
        </section>
    }
}
