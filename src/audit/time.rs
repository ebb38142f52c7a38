//! The few date formats evidence files use, as seconds since the Unix epoch (UTC): ISO 8601 time
//! stamps (HAR, website-evidence-collector) and the dates of `Set-Cookie`'s `Expires` attribute.

use std::time::{SystemTime, UNIX_EPOCH};

pub const DAY: f64 = 86_400.0;

/// Seconds since the Unix epoch, now.
pub fn now() -> f64 {
    system_time(SystemTime::now())
}

pub fn system_time(time: SystemTime) -> f64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(since) => since.as_secs_f64(),
        Err(before) => -before.duration().as_secs_f64(),
    }
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn timestamp(year: i64, month: u32, day: u32, hour: u32, minute: u32, second: f64) -> Option<f64> {
    let valid = (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && hour <= 23
        && minute <= 59
        && (0.0..61.0).contains(&second);
    valid.then(|| {
        days_from_civil(year, month, day) as f64 * DAY
            + f64::from(hour) * 3_600.0
            + f64::from(minute) * 60.0
            + second
    })
}

/// An ISO 8601 / RFC 3339 time stamp such as `2026-11-20T10:00:00.123Z` or
/// `2026-11-20T11:00:00+01:00`; without an offset, UTC.
pub fn parse_iso8601(text: &str) -> Option<f64> {
    let text = text.trim();
    let (date, time) = text.split_once(['T', 't', ' '])?;
    let mut date_parts = date.splitn(3, '-');
    let year: i64 = date_parts.next()?.parse().ok()?;
    let month: u32 = date_parts.next()?.parse().ok()?;
    let day: u32 = date_parts.next()?.parse().ok()?;

    let (clock, offset) = if let Some(clock) = time.strip_suffix(['Z', 'z']) {
        (clock, 0.0)
    } else if let Some(at) = time.rfind(['+', '-']) {
        let (clock, zone) = time.split_at(at);
        let sign = if zone.starts_with('-') { -1.0 } else { 1.0 };
        let zone = &zone[1..];
        let (hours, minutes) = zone.split_once(':').unwrap_or((zone, "0"));
        let hours: f64 = hours.parse().ok()?;
        let minutes: f64 = minutes.parse().ok()?;
        (clock, sign * (hours * 3_600.0 + minutes * 60.0))
    } else {
        (time, 0.0)
    };
    let mut clock_parts = clock.splitn(3, ':');
    let hour: u32 = clock_parts.next()?.parse().ok()?;
    let minute: u32 = clock_parts.next()?.parse().ok()?;
    let second: f64 = clock_parts.next().unwrap_or("0").parse().ok()?;
    Some(timestamp(year, month, day, hour, minute, second)? - offset)
}

/// The date of a cookie's `Expires` attribute, parsed as RFC 6265 §5.1.1 says browsers do:
/// `Wed, 21 Oct 2026 07:28:00 GMT`, `Wednesday, 21-Oct-26 07:28:00 GMT` and the like.
pub fn parse_cookie_date(text: &str) -> Option<f64> {
    let mut time = None;
    let mut day = None;
    let mut month = None;
    let mut year = None;
    let is_delimiter = |c: char| {
        c == '\t'
            || (' '..='/').contains(&c)
            || (';'..='@').contains(&c)
            || ('['..='`').contains(&c)
            || ('{'..='~').contains(&c)
    };
    for token in text.split(is_delimiter).filter(|t| !t.is_empty()) {
        if time.is_none()
            && let Some(parsed) = cookie_time(token)
        {
            time = Some(parsed);
            continue;
        }
        let digits = token.bytes().take_while(u8::is_ascii_digit).count();
        if day.is_none() && (1..=2).contains(&digits) {
            day = token[..digits].parse::<u32>().ok();
            continue;
        }
        if month.is_none()
            && let Some(found) = MONTHS
                .iter()
                .position(|m| token.len() >= 3 && token[..3].eq_ignore_ascii_case(m))
        {
            month = Some(found as u32 + 1);
            continue;
        }
        if year.is_none() && (2..=4).contains(&digits) {
            year = token[..digits].parse::<i64>().ok();
        }
    }
    let year = match year? {
        y @ 70..=99 => y + 1900,
        y @ 0..=69 => y + 2000,
        y => y,
    };
    let (hour, minute, second) = time?;
    timestamp(year, month?, day?, hour, minute, f64::from(second))
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn cookie_time(token: &str) -> Option<(u32, u32, u32)> {
    let mut parts = token.splitn(3, ':');
    let number = |part: Option<&str>| -> Option<u32> {
        let part = part?;
        let digits = part.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&digits) {
            part[..digits].parse().ok()
        } else {
            None
        }
    };
    Some((
        number(parts.next())?,
        number(parts.next())?,
        number(parts.next())?,
    ))
}

/// A lifetime in words for messages: "36 hours", "400 days".
pub fn describe_seconds(seconds: f64) -> String {
    if seconds < 2.0 * 3_600.0 {
        let minutes = (seconds / 60.0).round().max(1.0) as u64;
        format!("{minutes} minute{}", if minutes == 1 { "" } else { "s" })
    } else if seconds < 2.0 * DAY {
        let hours = (seconds / 3_600.0).round() as u64;
        format!("{hours} hours")
    } else {
        let days = (seconds / DAY).round() as u64;
        format!("{days} days")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_time_stamps() {
        assert_eq!(parse_iso8601("1970-01-01T00:00:00Z"), Some(0.0));
        assert_eq!(
            parse_iso8601("2026-11-20T10:00:00.500Z"),
            Some(1_795_168_800.5)
        );
        assert_eq!(
            parse_iso8601("2026-11-20T11:00:00+01:00"),
            parse_iso8601("2026-11-20T10:00:00Z")
        );
        assert_eq!(
            parse_iso8601("2026-11-20T09:30:00.000-00:30"),
            parse_iso8601("2026-11-20T10:00:00Z")
        );
        assert_eq!(parse_iso8601("yesterday"), None);
    }

    #[test]
    fn cookie_dates_as_browsers_read_them() {
        let expected = parse_iso8601("2027-06-09T10:18:14Z");
        assert_eq!(parse_cookie_date("Wed, 09 Jun 2027 10:18:14 GMT"), expected);
        assert_eq!(
            parse_cookie_date("Wednesday, 09-Jun-27 10:18:14 GMT"),
            expected
        );
        assert_eq!(parse_cookie_date("Wed Jun 09 10:18:14 2027"), expected);
        assert_eq!(
            parse_cookie_date("Thu, 01 Jan 1970 00:00:00 GMT"),
            Some(0.0)
        );
        assert_eq!(parse_cookie_date("never"), None);
    }
}
