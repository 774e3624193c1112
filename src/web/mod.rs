//! wasm entry points. The extension's background (an extension-origin context every page allows)
//! calls `analyze_snapshot` with the content script's snapshot of the live DOM; the playground
//! page calls it with a snapshot of pasted HTML. The answer is the panel's view model.

use crate::page::snapshot::Snapshot;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Analyses a snapshot (see `page::snapshot`) and returns the panel view (`render::PanelView`).
/// Bad input gives a plain error message, never a panic.
#[wasm_bindgen(js_name = analyzeSnapshot)]
pub fn analyze_snapshot(snapshot: JsValue) -> Result<JsValue, JsError> {
    let snap: Snapshot = serde_wasm_bindgen::from_value(snapshot)
        .map_err(|e| JsError::new(&format!("cleanread: the page snapshot is not valid: {e}")))?;
    let page = snap.into_page().map_err(|e| JsError::new(&format!("cleanread: {e}")))?;
    let reading = crate::analyze(&page);
    let view = crate::render::panel_view(&reading);
    view.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cleanread: cannot return the result: {e}")))
}

/// The HTML to read for text pasted into the playground: the text itself when it is HTML, else the
/// page of paragraphs an article copied as plain text makes (see `page::plain_text`).
#[wasm_bindgen(js_name = pageHtmlOf)]
pub fn page_html_of(pasted: &str) -> String {
    crate::page::plain_text::as_html(pasted).into_owned()
}

/// The crate version, shown in the panel footer.
#[wasm_bindgen]
pub fn version() -> String {
    web_sys::console::debug_1(&JsValue::from_str("cleanread core loaded"));
    env!("CARGO_PKG_VERSION").to_string()
}

use serde::Serialize;
