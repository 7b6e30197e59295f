//! The speaker view's clock (`src/ui/speaker/clock.rs`, plain Rust in the wasm-only page), its
//! own tests run natively: the time since the speaker began and the time left at their pace.

#[path = "../src/ui/speaker/clock.rs"]
#[allow(dead_code)]
mod clock;

#[test]
fn a_quarter_hour_speech_read_at_half_the_usual_pace_takes_twice_as_long() {
    let usual = clock::minutes_left(0, 0.0, 3300);
    assert_eq!(usual, 15.0);
    assert_eq!(clock::minutes_left(330, 180.0, 3300), 30.0);
    assert_eq!(clock::elapsed(900.0), "15:00");
}
