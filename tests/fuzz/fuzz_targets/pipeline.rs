#![no_main]

#[path = "../pipeline_check.rs"]
mod pipeline_check;

libfuzzer_sys::fuzz_target!(|input: &[u8]| pipeline_check::check(input));
