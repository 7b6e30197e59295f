use web_sys::{TextDecoder, TextDecoderOptions};

/// GB18030 through the browser's own decoder, which carries the tables the wasm then need not.
pub fn decode_gb18030(bytes: &[u8]) -> Option<String> {
    let options = TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = TextDecoder::new_with_label_and_options("gb18030", &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}
