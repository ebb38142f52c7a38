//! Where personal data may go without a further safeguard: the European Economic Area, and the
//! countries the European Commission has found to protect it adequately (GDPR Art. 45).
//!
//! Kept as data in this one place so that a new decision is one line. Source: the European
//! Commission, "Adequacy decisions",
//! <https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en>.

use super::Transfer;

/// When the adequacy list below was last compared with the Commission's page.
pub const ADEQUACY_LIST_AS_OF: &str = "2025";

/// The EU Member States (ISO 3166-1; Greece is GR, not EL) and Iceland, Liechtenstein and Norway.
pub(crate) const EEA: [&str; 30] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS",
    "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Countries with an adequacy decision for all transfers (Canada's covers commercial
/// organisations under PIPEDA). The United States' decision covers only organisations certified
/// under the EU–US Data Privacy Framework, so it is not here: a US provider declares
/// `transfer = "dpf"`.
const ADEQUATE: [&str; 14] = [
    "AD", // Andorra
    "AR", // Argentina
    "CA", // Canada (commercial organisations)
    "CH", // Switzerland
    "FO", // Faroe Islands
    "GB", // United Kingdom
    "GG", // Guernsey
    "IL", // Israel
    "IM", // Isle of Man
    "JE", // Jersey
    "JP", // Japan
    "KR", // Republic of Korea
    "NZ", // New Zealand
    "UY", // Uruguay
];

pub fn is_eea(country: &str) -> bool {
    EEA.contains(&country)
}

pub fn has_adequacy_decision(country: &str) -> bool {
    ADEQUATE.contains(&country)
}

/// The safeguard of a provider's transfers: `None` inside the EEA or with no country; the
/// declared one; else an adequacy decision where there is one. `Some(None)`: a third country
/// with no safeguard known.
pub fn safeguard(country: Option<&str>, declared: Option<Transfer>) -> Option<Option<Transfer>> {
    let country = country?;
    if is_eea(country) {
        return None;
    }
    Some(declared.or(has_adequacy_decision(country).then_some(Transfer::Adequacy)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_codes_and_apart() {
        for list in [&EEA[..], &ADEQUATE[..]] {
            assert!(list.windows(2).all(|w| w[0] < w[1]));
            assert!(
                list.iter()
                    .all(|c| crate::registry::countries::is_country_code(c))
            );
        }
        assert!(ADEQUATE.iter().all(|c| !is_eea(c)));
    }

    #[test]
    fn safeguards() {
        assert_eq!(safeguard(Some("DE"), None), None);
        assert_eq!(safeguard(None, Some(Transfer::Scc)), None);
        assert_eq!(safeguard(Some("CH"), None), Some(Some(Transfer::Adequacy)));
        assert_eq!(safeguard(Some("US"), None), Some(None));
        assert_eq!(
            safeguard(Some("US"), Some(Transfer::Dpf)),
            Some(Some(Transfer::Dpf))
        );
        assert_eq!(
            safeguard(Some("GB"), Some(Transfer::Scc)),
            Some(Some(Transfer::Scc))
        );
    }
}
