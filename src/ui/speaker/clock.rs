//! The speaker's clock: the time since they began, and the time left at their own pace.

/// A pace for the time left before the speaker has read enough to have one: 字 a minute, the
/// middle of what Chinese speeches run at (180–260).
pub const USUAL_PACE: f64 = 220.0;
/// Read for less than this and the pace is too rough to go by.
const MIN_SECONDS: f64 = 5.0;

/// `m:ss` (or `h:mm:ss`).
pub fn elapsed(seconds: f64) -> String {
    let s = seconds.max(0.0) as u64;
    match s / 3600 {
        0 => format!("{}:{:02}", s / 60, s % 60),
        h => format!("{h}:{:02}:{:02}", (s / 60) % 60, s % 60),
    }
}

/// Minutes left for `left` characters, at the pace of `read` characters in `seconds` once there
/// is one, else at the usual pace.
pub fn minutes_left(read: usize, seconds: f64, left: usize) -> f64 {
    let per_minute = if seconds >= MIN_SECONDS && read > 0 {
        read as f64 / (seconds / 60.0)
    } else {
        USUAL_PACE
    };
    left as f64 / per_minute
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_and_pace() {
        assert_eq!(elapsed(0.0), "0:00");
        assert_eq!(elapsed(75.4), "1:15");
        assert_eq!(elapsed(3725.0), "1:02:05");
        assert_eq!(
            minutes_left(0, 0.0, 2200),
            10.0,
            "the usual pace to begin with"
        );
        assert_eq!(minutes_left(400, 60.0, 2000), 5.0, "400 字 a minute");
        assert_eq!(minutes_left(100, 60.0, 2000), 20.0, "slower");
    }
}
