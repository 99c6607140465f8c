//! A document's language, cheaply and without a model.
//!
//! The engine needs the language to pick stopword lists and a stemmer per document, and a
//! corpus is usually one or two languages, so a guess from letters and function words is
//! enough, and it costs nothing in the wasm build. Script first: most scripts are written in
//! one language the project knows (Greek, Hebrew, Hangul…). Arabic script is told apart by the
//! letters each of its languages adds ([`arabic`]), Cyrillic by Ukrainian, Belarusian, Serbian
//! and Bulgarian letters, Han by the presence of kana, and Latin by which built-in stopword
//! list the words hit ([`latin`]).
//!
//! Rates, not single occurrences, decide: an Arabic article quoting one Persian name, or an
//! English one naming a Ukrainian town, keeps its language.

mod arabic;
mod latin;

/// Only the start is read: a language does not change halfway through a news article, and
/// detection must not cost more than reading the document.
const SAMPLE_BYTES: usize = 4096;
/// Fewer letters than this say too little (a caption, a table of numbers).
const MIN_LETTERS: u32 = 20;

/// Letter counts of the sample by script, and the Arabic and Cyrillic letters that tell their
/// languages apart.
#[cfg_attr(test, derive(Debug, PartialEq))]
struct Counts {
    total: u32,
    scripts: [u32; SCRIPTS.len()],
    arabic: arabic::Letters,
    /// Letters Russian lacks, by language (Ukrainian, Belarusian, Serbian), then «ъ», which
    /// Bulgarian uses as a vowel, and «ы э», which Bulgarian lacks.
    cyrillic: [u32; 5],
}

impl Default for Counts {
    fn default() -> Self {
        Counts { total: 0, scripts: [0; SCRIPTS.len()], arabic: arabic::Letters::default(), cyrillic: [0; 5] }
    }
}

/// Unicode blocks and what they say of the language. Ordered by how often the project meets them, so that a tie goes
/// to the likelier one.
const SCRIPTS: &[(char, char, Script)] = &[
    ('\u{0600}', '\u{06FF}', Script::Arabic),
    ('\u{0750}', '\u{077F}', Script::Arabic),
    ('\u{08A0}', '\u{08FF}', Script::Arabic),
    ('\u{FB50}', '\u{FDFF}', Script::Arabic),
    ('\u{FE70}', '\u{FEFF}', Script::Arabic),
    ('A', 'Z', Script::Latin),
    ('a', 'z', Script::Latin),
    ('\u{00C0}', '\u{024F}', Script::Latin),
    ('\u{1E00}', '\u{1EFF}', Script::Latin),
    ('\u{0400}', '\u{04FF}', Script::Cyrillic),
    ('\u{0370}', '\u{03FF}', Script::One("el")),
    ('\u{1F00}', '\u{1FFF}', Script::One("el")),
    ('\u{0590}', '\u{05FF}', Script::One("he")),
    ('\u{3040}', '\u{30FF}', Script::Kana),
    ('\u{31F0}', '\u{31FF}', Script::Kana),
    ('\u{4E00}', '\u{9FFF}', Script::Han),
    ('\u{3400}', '\u{4DBF}', Script::Han),
    ('\u{AC00}', '\u{D7AF}', Script::One("ko")),
    ('\u{1100}', '\u{11FF}', Script::One("ko")),
    ('\u{3130}', '\u{318F}', Script::One("ko")),
    ('\u{0900}', '\u{097F}', Script::One("hi")),
    ('\u{0980}', '\u{09FF}', Script::One("bn")),
    ('\u{0A00}', '\u{0A7F}', Script::One("pa")),
    ('\u{0A80}', '\u{0AFF}', Script::One("gu")),
    ('\u{0B80}', '\u{0BFF}', Script::One("ta")),
    ('\u{0C00}', '\u{0C7F}', Script::One("te")),
    ('\u{0C80}', '\u{0CFF}', Script::One("kn")),
    ('\u{0D00}', '\u{0D7F}', Script::One("ml")),
    ('\u{0D80}', '\u{0DFF}', Script::One("si")),
    ('\u{0E00}', '\u{0E7F}', Script::One("th")),
    ('\u{0E80}', '\u{0EFF}', Script::One("lo")),
    ('\u{1000}', '\u{109F}', Script::One("my")),
    ('\u{1780}', '\u{17FF}', Script::One("km")),
    ('\u{10A0}', '\u{10FF}', Script::One("ka")),
    ('\u{0530}', '\u{058F}', Script::One("hy")),
    ('\u{1200}', '\u{137F}', Script::One("am")),
];

/// What a script says of the language: a code where the script is written in one language
/// the project knows, else which second look decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    One(&'static str),
    Arabic,
    Latin,
    Cyrillic,
    Kana,
    Han,
}

/// The ISO 639-1 code of the language `text` is mostly written in, or None when there are
/// fewer than 20 letters or no language clearly leads.
pub fn detect(text: &str) -> Option<&'static str> {
    let sample = sample(text);
    let counts = count(sample);
    if counts.total < MIN_LETTERS {
        return None;
    }
    // Scripts that share a language (the Arabic blocks, Latin ranges, kana and Han) are
    // added up before the leader is chosen.
    let mut by_name: Vec<(Script, u32)> = Vec::new();
    for (&(_, _, name), &n) in SCRIPTS.iter().zip(&counts.scripts) {
        let name = if name == Script::Kana { Script::Han } else { name };
        match by_name.iter_mut().find(|(m, _)| *m == name) {
            Some((_, total)) => *total += n,
            None => by_name.push((name, n)),
        }
    }
    let &(script, n) = by_name.iter().fold(&(Script::One(""), 0), |best, s| if s.1 > best.1 { s } else { best });
    if n * 2 <= counts.total {
        return None;
    }
    match script {
        Script::Arabic => counts.arabic.language(),
        Script::Latin => latin::language(sample),
        Script::Cyrillic => cyrillic(&counts.cyrillic, n),
        Script::Kana | Script::Han => {
            let kana = SCRIPTS.iter().zip(&counts.scripts).filter(|((_, _, s), _)| *s == Script::Kana).map(|(_, &k)| k);
            // Japanese writes its grammar in kana: even kanji-heavy news is a quarter kana.
            Some(if kana.sum::<u32>() * 10 >= n { "ja" } else { "zh" })
        }
        Script::One(code) => Some(code),
    }
}

/// The first [`SAMPLE_BYTES`] of `text`, cut on a character boundary.
fn sample(text: &str) -> &str {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

/// Letter counts of `sample`. Read byte by byte: ASCII and the Arabic block (two bytes, lead
/// byte D8–DB), nearly every character the project meets, are only tallied by code point in
/// the loop, and the tallies are sorted into scripts and letters once at the end; other
/// characters are decoded and looked up one by one. Detection then costs a fraction of
/// indexing.
fn count(sample: &str) -> Counts {
    let mut counts = Counts::default();
    // 0–127: ASCII; 128 + n: U+0600 + n.
    let mut tally = [0u32; 128 + 256];
    let bytes = sample.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if let Some(n) = tally.get_mut(usize::from(b)) {
                *n += 1;
            }
            i += 1;
        } else if (0xD8..=0xDB).contains(&b) {
            let low = bytes.get(i + 1).map_or(0, |&c| ((b & 0x03) << 6) | (c & 0x3F));
            if let Some(n) = tally.get_mut(128 + usize::from(low)) {
                *n += 1;
            }
            i += 2;
        } else {
            let c = sample.get(i..).and_then(|rest| rest.chars().next()).unwrap_or('\0');
            add_char(&mut counts, c);
            i += c.len_utf8().max(1);
        }
    }
    let (ascii, arabic) = tally.split_at(128);
    for (b, &n) in (0u8..).zip(ascii).filter(|&(b, &n)| n > 0 && b.is_ascii_alphabetic()) {
        counts.total += n;
        // The indices of A–Z and a–z in SCRIPTS.
        let script = if b.is_ascii_uppercase() { 5 } else { 6 };
        if let Some(s) = counts.scripts.get_mut(script) {
            *s += n;
        }
    }
    for (low, &n) in (0u8..=255).zip(arabic).filter(|&(_, &n)| n > 0) {
        if counts.arabic.add_arabic_block(low, n) {
            counts.total += n;
            if let Some(s) = counts.scripts.first_mut() {
                *s += n;
            }
        }
    }
    counts
}

/// Counts one letter outside ASCII and the Arabic block.
fn add_char(counts: &mut Counts, c: char) {
    if !is_letter(c) {
        return;
    }
    counts.total += 1;
    let Some(i) = script(c) else { return };
    if let Some(n) = counts.scripts.get_mut(i) {
        *n += 1;
    }
    match SCRIPTS.get(i).map(|s| s.2) {
        Some(Script::Arabic) => counts.arabic.add(c),
        Some(Script::Cyrillic) => {
            let marker = match c {
                'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => 0,
                'ў' | 'Ў' => 1,
                'ђ' | 'ј' | 'љ' | 'њ' | 'ћ' | 'џ' | 'Ђ' | 'Ј' | 'Љ' | 'Њ' | 'Ћ' | 'Џ' => 2,
                'ъ' | 'Ъ' => 3,
                'ы' | 'э' | 'Ы' | 'Э' => 4,
                _ => return,
            };
            if let Some(n) = counts.cyrillic.get_mut(marker) {
                *n += 1;
            }
        }
        _ => {}
    }
}

/// Unicode's Alphabetic property, answered by hand for ASCII and the Arabic block (letters and
/// the marks on them, not digits or punctuation): the general look-up is most of the time
/// detection takes.
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphabetic(),
        '\u{0600}'..='\u{06FF}' => is_arabic_block_letter(c),
        _ => c.is_alphabetic(),
    }
}

/// [`is_letter`] for the Arabic block, usable in constants.
pub(crate) const fn is_arabic_block_letter(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{0620}'..='\u{0657}' | '\u{0659}'..='\u{065F}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}'..='\u{06DC}' | '\u{06E1}'..='\u{06E8}' | '\u{06ED}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}')
}

/// The index in [`SCRIPTS`] of `c`'s script. The Arabic block and ASCII, nearly every letter
/// the project reads, are answered before the table is searched.
fn script(c: char) -> Option<usize> {
    match c {
        '\u{0600}'..='\u{06FF}' => Some(0),
        'A'..='Z' => Some(5),
        'a'..='z' => Some(6),
        _ => SCRIPTS.iter().position(|&(lo, hi, _)| (lo..=hi).contains(&c)),
    }
}

/// Russian unless another language's letters make up at least 1% of the Cyrillic letters
/// (Ukrainian «і» is about 6% of Ukrainian text; a Ukrainian place name in Russian news is far
/// under 1%).
fn cyrillic(markers: &[u32; 5], letters: u32) -> Option<&'static str> {
    let [uk, be, sr, hard_sign, ru_only] = *markers;
    let rate = |n: u32| n * 100 >= letters;
    if rate(be) && uk > 0 {
        Some("be")
    } else if rate(uk) {
        Some("uk")
    } else if rate(sr) {
        Some("sr")
    } else if rate(hard_sign) && ru_only == 0 {
        // Bulgarian uses «ъ» as a vowel (~2%), Russian only as a rare separator, and has no «ы».
        Some("bg")
    } else {
        Some("ru")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_by_hand_are_unicode_letters() {
        for c in ('\0'..='\u{7F}').chain('\u{0600}'..='\u{06FF}') {
            assert_eq!(is_letter(c), c.is_alphabetic(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn the_fast_path_agrees_with_the_table() {
        for c in ['ا', 'ی', 'ە', '\u{0600}', '\u{06FF}', 'A', 'Z', 'a', 'z'] {
            assert_eq!(script(c), SCRIPTS.iter().position(|&(lo, hi, _)| (lo..=hi).contains(&c)), "{c}");
        }
    }

    #[test]
    fn the_byte_scan_counts_what_the_char_scan_counts() {
        let samples = [
            "الثلاثاء 15 أغسطس 2017 — قال «الرئيس»: ﻻ ﷲ ݐݑ ࢠ پچژگ کی ەێ ے ة ى ك ي ١٢٣ ۴۵ ـ ً ٰ",
            "Ünïcödé Straße, naïve café; Ελληνικά; Українська і ї є ґ; ў; ђ ј; ъ ы э; 日本語 カタカナ; 한국어",
            "mixed ASCII 123 !? \u{200F}\u{FEFF} עברית हिन्दी ไทย 😀 \u{0600}\u{0605}\u{06DD}\u{06FF}",
        ];
        for text in samples {
            let mut by_chars = Counts::default();
            text.chars().for_each(|c| add_char(&mut by_chars, c));
            assert_eq!(count(text), by_chars, "{text}");
        }
        let every: String = ('\u{0590}'..='\u{0900}').chain('\u{FB50}'..='\u{FEFF}').collect();
        let mut by_chars = Counts::default();
        every.chars().for_each(|c| add_char(&mut by_chars, c));
        assert_eq!(count(&every), by_chars);
    }

    #[test]
    fn cyrillic_languages_by_their_letters() {
        let rate = |text: &str| {
            let counts = count(text);
            cyrillic(&counts.cyrillic, counts.total)
        };
        assert_eq!(rate("Беларусь і Ўкраіна: мова, якая жыве ў сэрцы кожнага чалавека"), Some("be"));
        assert_eq!(rate("Влада Србије је данас објавила нове мере за подршку пољопривредницима"), Some("sr"));
        assert_eq!(rate("Българското правителство обяви днес, че ще бъде въведена нова мярка в подкрепа на бизнеса във всички градове"), Some("bg"));
    }
}
