//! The same fixture report computed inside WebAssembly must equal the native one.
#![cfg(target_arch = "wasm32")]

mod common;

use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn wasm_report_equals_native_report() {
    assert_eq!(common::report(), common::EXPECTED_REPORT);
}

#[wasm_bindgen_test]
fn wasm_counts_the_clitic_variants() {
    let (engine, errors) = common::load();
    assert_eq!(errors.len(), 1);
    let top = &engine.keywords(&marsad::KeywordQuery::default())[0];
    assert_eq!((top.display.as_str(), top.count), ("الموصل", 12));
}

#[wasm_bindgen_test]
fn wasm_analysis_equals_native_analysis() {
    assert_eq!(common::analysis_report(), common::EXPECTED_ANALYSIS);
}
