//! Mounts the playground; everything else lives in the library so tests can use it.

fn main() {
    console_error_panic_hook::set_once();
    // The review worker starts this same module: there is no page to mount there.
    if web_sys::window().is_none() {
        return;
    }
    leptos::mount::mount_to_body(app::App);
}
