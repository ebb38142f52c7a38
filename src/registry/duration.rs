//! How long a cookie is kept: parsed from the registry, so that every locale can say it in its own
//! words with its own plural rules, and so that `check` can compare it with legal limits.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Seconds,
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
    Years,
}

impl Unit {
    /// The Fluent message that says an amount of this unit, e.g. `duration-weeks`.
    pub fn message_id(self) -> &'static str {
        match self {
            Unit::Seconds => "duration-seconds",
            Unit::Minutes => "duration-minutes",
            Unit::Hours => "duration-hours",
            Unit::Days => "duration-days",
            Unit::Weeks => "duration-weeks",
            Unit::Months => "duration-months",
            Unit::Years => "duration-years",
        }
    }

    /// The English word for `amount` of this unit, for diagnostics.
    pub fn english(self, amount: u64) -> &'static str {
        let (one, many) = match self {
            Unit::Seconds => ("second", "seconds"),
            Unit::Minutes => ("minute", "minutes"),
            Unit::Hours => ("hour", "hours"),
            Unit::Days => ("day", "days"),
            Unit::Weeks => ("week", "weeks"),
            Unit::Months => ("month", "months"),
            Unit::Years => ("year", "years"),
        };
        if amount == 1 { one } else { many }
    }

    fn seconds(self) -> f64 {
        const DAY: f64 = 86_400.0;
        match self {
            Unit::Seconds => 1.0,
            Unit::Minutes => 60.0,
            Unit::Hours => 3_600.0,
            Unit::Days => DAY,
            Unit::Weeks => 7.0 * DAY,
            // The Gregorian average, so that 12 months and 1 year compare as equal.
            Unit::Months => 365.2425 / 12.0 * DAY,
            Unit::Years => 365.2425 * DAY,
        }
    }

    fn from_word(word: &str) -> Option<Unit> {
        // "13 Monate", "2 semaines", "6 miesięcy": any built-in language's words.
        Unit::from_english(word).or_else(|| super::unit_words::words().unit(word))
    }

    /// The unit an English word or abbreviation names, in any case.
    fn from_english(word: &str) -> Option<Unit> {
        ENGLISH_UNITS
            .iter()
            .find(|(written, _)| written.eq_ignore_ascii_case(word))
            .map(|(_, unit)| *unit)
    }
}

/// The English units that are also a built-in language's word for "and": Spanish "y".
const JOINING_ENGLISH_UNITS: [&str; 1] = ["y"];

/// The English words and abbreviations of the units. Looked up without lower-casing the word
/// first: a registry of thousands of durations would allocate a string for each.
const ENGLISH_UNITS: [(&str, Unit); 30] = [
    ("s", Unit::Seconds),
    ("sec", Unit::Seconds),
    ("secs", Unit::Seconds),
    ("second", Unit::Seconds),
    ("seconds", Unit::Seconds),
    ("min", Unit::Minutes),
    ("mins", Unit::Minutes),
    ("minute", Unit::Minutes),
    ("minutes", Unit::Minutes),
    ("h", Unit::Hours),
    ("hr", Unit::Hours),
    ("hrs", Unit::Hours),
    ("hour", Unit::Hours),
    ("hours", Unit::Hours),
    ("d", Unit::Days),
    ("day", Unit::Days),
    ("days", Unit::Days),
    ("w", Unit::Weeks),
    ("wk", Unit::Weeks),
    ("wks", Unit::Weeks),
    ("week", Unit::Weeks),
    ("weeks", Unit::Weeks),
    ("mo", Unit::Months),
    ("month", Unit::Months),
    ("months", Unit::Months),
    ("y", Unit::Years),
    ("yr", Unit::Years),
    ("yrs", Unit::Years),
    ("year", Unit::Years),
    ("years", Unit::Years),
];

/// A storage period.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Duration {
    /// Deleted when the browser session ends.
    Session,
    /// Kept until the visitor deletes it (local storage, IndexedDB).
    Persistent,
    /// Kept for a fixed period (`up_to`: at most that long, e.g. renewed on use).
    Period {
        parts: Vec<(u64, Unit)>,
        up_to: bool,
    },
}

impl Duration {
    /// The period in days, with months and years at their average length; `None` for a session,
    /// infinity for storage kept until deleted.
    pub fn approx_days(&self) -> Option<f64> {
        match self {
            Duration::Session => None,
            Duration::Persistent => Some(f64::INFINITY),
            Duration::Period { parts, .. } => Some(
                parts
                    .iter()
                    .map(|(amount, unit)| *amount as f64 * unit.seconds())
                    .sum::<f64>()
                    / 86_400.0,
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DurationError {
    pub message: String,
}

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

pub const DURATION_HELP: &str = "write \"session\", \"persistent\", an amount and a unit such as \"2 weeks\", \"13 months\" or \"up to 1 year\" (or in a built-in language: \"13 Monate\"), or an ISO 8601 duration such as \"P2W\" or \"P1Y6M\"";

impl std::str::FromStr for Duration {
    type Err = DurationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let text = input.trim();
        if text.eq_ignore_ascii_case("session") {
            return Ok(Duration::Session);
        }
        if text.eq_ignore_ascii_case("persistent") || text.eq_ignore_ascii_case("until deleted") {
            return Ok(Duration::Persistent);
        }
        let (up_to, rest) = match strip_up_to(text) {
            Some(rest) => (true, rest.trim_start()),
            None => (false, text),
        };
        let parts = if rest.starts_with(['P', 'p']) && !rest.contains(' ') {
            parse_iso8601(rest)?
        } else {
            parse_words(rest)?
        };
        if parts.iter().all(|(amount, _)| *amount == 0) {
            return Err(DurationError {
                message: format!(
                    "the duration `{input}` is zero; a cookie that is not stored at all needs no entry"
                ),
            });
        }
        // A part of zero would be said on the page ("0 years and 1 day"): it is left out.
        if let Some((_, unit)) = parts.iter().find(|(amount, _)| *amount == 0) {
            return Err(DurationError {
                message: format!(
                    "the duration `{input}` has a part of zero {}; leave it out",
                    unit.english(0)
                ),
            });
        }
        Ok(Duration::Period { parts, up_to })
    }
}

/// The amount after "up to", in English or in a built-in language's words ("bis zu 13 Monate").
fn strip_up_to(text: &str) -> Option<&str> {
    strip_prefix_ignore_case(text, "up to ").or_else(|| {
        // No language's "up to" starts with a digit (a test checks), and one is followed by a
        // space: a duration that starts with its amount, or has no space, as most do, need not
        // be compared with each of them (nor make every language's words be read).
        if text.starts_with(|c: char| c.is_ascii_digit()) || !text.contains(' ') {
            return None;
        }
        super::unit_words::words().up_to.iter().find_map(|prefix| {
            let head = text.get(..prefix.len())?;
            (head.to_lowercase() == *prefix && text[prefix.len()..].starts_with(' '))
                .then(|| &text[prefix.len()..])
        })
    })
}

/// Whether `word` joins two parts of a duration: "and", or the word for it in any built-in
/// language ("und", "et"). No language's starts with a digit, and of the English units only
/// Spanish "y" is one (a test checks both): an amount or an English unit is not compared with
/// every language's words, which are then not read at all for a duration written in English.
fn is_joiner(word: &str) -> bool {
    if word.eq_ignore_ascii_case("and") {
        return true;
    }
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if Unit::from_english(word).is_some() {
        return JOINING_ENGLISH_UNITS
            .iter()
            .any(|joiner| joiner.eq_ignore_ascii_case(word));
    }
    super::unit_words::words()
        .joiners
        .contains(&word.to_lowercase())
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

fn parse_words(text: &str) -> Result<Vec<(u64, Unit)>, DurationError> {
    let error = || DurationError {
        message: format!("`{text}` is not a duration"),
    };
    // "1 year 6 months", "1 year and 6 months", "1 year, 6 months"
    let words: Vec<&str> = text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty() && !is_joiner(w))
        .collect();
    if words.is_empty() || !words.len().is_multiple_of(2) {
        return Err(error());
    }
    let mut parts = Vec::new();
    for pair in words.chunks(2) {
        let amount: u64 = pair[0].parse().map_err(|_| error())?;
        let unit = Unit::from_word(pair[1]).ok_or_else(|| DurationError {
            message: match super::unit_words::words().closest(pair[1]) {
                Some(known) => format!(
                    "unknown time unit `{}` in `{text}`, did you mean `{known}`?",
                    pair[1]
                ),
                None => format!("unknown time unit `{}` in `{text}`", pair[1]),
            },
        })?;
        if let Some((_, last)) = parts.last()
            && *last <= unit
        {
            return Err(DurationError {
                message: format!(
                    "the parts of `{text}` must go from the longest unit to the shortest, each once, as in \"1 year 6 months\""
                ),
            });
        }
        parts.push((amount, unit));
    }
    Ok(parts)
}

fn parse_iso8601(text: &str) -> Result<Vec<(u64, Unit)>, DurationError> {
    let error = || DurationError {
        message: format!("`{text}` is not an ISO 8601 duration"),
    };
    let body = &text[1..];
    if body.is_empty() {
        return Err(error());
    }
    let mut parts = Vec::new();
    let mut in_time = false;
    let mut number = String::new();
    // Designators must come in this order; the index only moves forward.
    let order = ['Y', 'M', 'W', 'D', 'T', 'h', 'm', 's'];
    let mut last = None;
    for c in body.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let designator = match (c.to_ascii_uppercase(), in_time) {
            ('T', false) => 'T',
            ('Y', false) => 'Y',
            ('M', false) => 'M',
            ('W', false) => 'W',
            ('D', false) => 'D',
            ('H', true) => 'h',
            ('M', true) => 'm',
            ('S', true) => 's',
            _ => return Err(error()),
        };
        let position = order.iter().position(|d| *d == designator);
        if position <= last {
            return Err(error());
        }
        last = position;
        if designator == 'T' {
            if !number.is_empty() {
                return Err(error());
            }
            in_time = true;
            continue;
        }
        let amount: u64 = number.parse().map_err(|_| error())?;
        number.clear();
        let unit = match designator {
            'Y' => Unit::Years,
            'M' => Unit::Months,
            'W' => Unit::Weeks,
            'D' => Unit::Days,
            'h' => Unit::Hours,
            'm' => Unit::Minutes,
            _ => Unit::Seconds,
        };
        parts.push((amount, unit));
    }
    // "P1DT": a time designator with no time after it.
    let bare_t = in_time
        && !matches!(
            parts.last(),
            Some((_, Unit::Hours | Unit::Minutes | Unit::Seconds))
        );
    if !number.is_empty() || parts.is_empty() || bare_t {
        return Err(error());
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(parts: &[(u64, Unit)], up_to: bool) -> Duration {
        Duration::Period {
            parts: parts.to_vec(),
            up_to,
        }
    }

    /// The shortcuts of [`strip_up_to`] and [`is_joiner`] hold for every built-in language.
    #[test]
    fn the_shortcuts_past_every_languages_words_hold() {
        let words = super::super::unit_words::words();
        for word in words.joiners.iter().chain(&words.up_to) {
            assert!(!word.starts_with(|c: char| c.is_ascii_digit()), "{word}");
        }
        for joiner in &words.joiners {
            assert!(
                is_joiner(joiner) && is_joiner(&joiner.to_uppercase()),
                "{joiner}"
            );
        }
        let joining: Vec<&str> = ENGLISH_UNITS
            .iter()
            .map(|(word, _)| *word)
            .filter(|word| words.joiners.iter().any(|j| j == word))
            .collect();
        assert_eq!(joining, JOINING_ENGLISH_UNITS);
        // Each is followed by a space, so a text without one has none.
        for prefix in &words.up_to {
            assert!(!prefix.is_empty() && !prefix.ends_with(' '), "{prefix}");
        }
        assert!(!is_joiner("12") && !is_joiner("Months"));
        assert_eq!(
            "1 año y 6 meses".parse::<Duration>(),
            Ok(period(&[(1, Unit::Years), (6, Unit::Months)], false))
        );
    }

    #[test]
    fn every_unit_in_words() {
        let cases = [
            ("30 seconds", Unit::Seconds),
            ("1 minute", Unit::Minutes),
            ("15 minutes", Unit::Minutes),
            ("1 hour", Unit::Hours),
            ("24 hours", Unit::Hours),
            ("1 day", Unit::Days),
            ("7 days", Unit::Days),
            ("1 week", Unit::Weeks),
            ("2 weeks", Unit::Weeks),
            ("1 month", Unit::Months),
            ("13 months", Unit::Months),
            ("1 year", Unit::Years),
            ("2 Years", Unit::Years),
        ];
        for (text, unit) in cases {
            let amount = text.split(' ').next().unwrap().parse().unwrap();
            assert_eq!(text.parse(), Ok(period(&[(amount, unit)], false)), "{text}");
        }
    }

    #[test]
    fn session_and_up_to() {
        assert_eq!("session".parse(), Ok(Duration::Session));
        assert_eq!("Session".parse(), Ok(Duration::Session));
        assert_eq!("persistent".parse(), Ok(Duration::Persistent));
        assert_eq!("until deleted".parse(), Ok(Duration::Persistent));
        assert_eq!(
            "up to 12 months".parse(),
            Ok(period(&[(12, Unit::Months)], true))
        );
        assert_eq!(
            "1 year and 6 months".parse(),
            Ok(period(&[(1, Unit::Years), (6, Unit::Months)], false))
        );
    }

    #[test]
    fn iso8601() {
        assert_eq!("P2W".parse(), Ok(period(&[(2, Unit::Weeks)], false)));
        assert_eq!(
            "P1Y6M".parse(),
            Ok(period(&[(1, Unit::Years), (6, Unit::Months)], false))
        );
        assert_eq!("PT30M".parse(), Ok(period(&[(30, Unit::Minutes)], false)));
        assert_eq!(
            "P1DT12H".parse(),
            Ok(period(&[(1, Unit::Days), (12, Unit::Hours)], false))
        );
    }

    #[test]
    fn malformed() {
        for bad in [
            "",
            "forever",
            "2",
            "weeks",
            "2 fortnights",
            "P",
            "PT",
            "P2",
            "PM2",
            "P1M1Y",
            "P1H",
            "0 days",
            "-1 days",
            "2.5 days",
            "6 months 1 year",
            "1 year 1 year",
            "P1DT",
            "P0Y1D",
            "1 year 0 months",
        ] {
            assert!(
                bad.parse::<Duration>().is_err(),
                "{bad:?} should be rejected"
            );
        }
    }

    #[test]
    fn approximate_length() {
        let year: Duration = "1 year".parse().unwrap();
        let months: Duration = "12 months".parse().unwrap();
        assert!((year.approx_days().unwrap() - months.approx_days().unwrap()).abs() < 1e-9);
        assert_eq!(Duration::Session.approx_days(), None);
    }
}

#[cfg(test)]
mod words_in_other_languages {
    use super::*;

    fn parse(text: &str) -> Result<Duration, DurationError> {
        text.parse()
    }

    #[test]
    fn durations_written_in_a_builtin_language() {
        let period = |parts: Vec<(u64, Unit)>, up_to| Duration::Period { parts, up_to };
        assert_eq!(
            parse("13 Monate"),
            Ok(period(vec![(13, Unit::Months)], false))
        );
        assert_eq!(
            parse("2 semaines"),
            Ok(period(vec![(2, Unit::Weeks)], false))
        );
        assert_eq!(
            parse("1 an et 6 mois"),
            Ok(period(vec![(1, Unit::Years), (6, Unit::Months)], false))
        );
        assert_eq!(
            parse("bis zu 1 Jahr"),
            Ok(period(vec![(1, Unit::Years)], true))
        );
    }

    #[test]
    fn an_unknown_unit_gets_a_did_you_mean() {
        let error = parse("13 Monatte").unwrap_err();
        assert!(
            error.message.contains("did you mean `monate`?"),
            "{}",
            error.message
        );
        let error = parse("3 fortnights").unwrap_err();
        assert!(!error.message.contains("did you mean"), "{}", error.message);
    }
}
