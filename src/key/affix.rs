//! Affixes cut off a word by comparing bytes in place.

/// `s` without `suffix`, compared byte by byte: the readings of every distinct form try a dozen
/// two- to six-byte affixes, where a call to `memcmp` per comparison was measurable.
#[inline(always)]
pub(super) fn cut_suffix<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let at = s.len().checked_sub(suffix.len())?;
    let tail = s.as_bytes().get(at..)?;
    if tail.iter().zip(suffix.as_bytes()).all(|(a, b)| a == b) {
        s.get(..at)
    } else {
        None
    }
}

/// `s` without `prefix`, compared as [`cut_suffix`] does.
#[inline(always)]
pub(super) fn cut_prefix<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.as_bytes().get(..prefix.len())?;
    if head.iter().zip(prefix.as_bytes()).all(|(a, b)| a == b) {
        s.get(prefix.len()..)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affixes_are_cut_only_where_they_match_whole_characters() {
        assert_eq!(cut_suffix("حكومته", "ه"), Some("حكومت"));
        assert_eq!(cut_suffix("ه", "ه"), Some(""));
        assert_eq!(cut_suffix("ه", "هم"), None);
        assert_eq!(cut_prefix("والموصل", "و"), Some("الموصل"));
        assert_eq!(cut_prefix("والموصل", ""), Some("والموصل"));
        assert_eq!(cut_prefix("موصل", "و"), None);
        assert_eq!(cut_suffix("abc", "bc"), Some("a"));
    }
}
