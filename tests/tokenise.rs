//! Tokens per script and per kind, offsets, and the fast path held to the UAX #29 path.
#![cfg(not(target_arch = "wasm32"))]

use marsad::tokenise::{tokenise, tokenise_uax, utf16_offsets, Token, TokenKind, Utf16Cursor};
use proptest::prelude::*;

fn words(text: &str) -> Vec<&str> {
    tokenise(text).map(|t| t.text(text)).collect()
}

fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
    tokenise(text).map(|t| (t.text(text), t.kind)).collect()
}

type Shown<'t> = Vec<(Token, &'t str)>;

/// Both paths, with the token texts and kinds side by side for readable failures.
fn both(text: &str) -> (Shown<'_>, Shown<'_>) {
    let show = |t: Token| (t, t.text(text));
    (tokenise(text).map(show).collect(), tokenise_uax(text).map(show).collect())
}

fn check_script(cases: &[(&str, &[&str])]) {
    for &(text, want) in cases {
        assert_eq!(words(text), want, "{text:?}");
        let (fast, uax) = both(text);
        assert_eq!(fast, uax, "{text:?}");
    }
}

#[test]
fn arabic() {
    check_script(&[
        ("قال «المحلل»، إن داعش... (أرشيف)", &["قال", "المحلل", "إن", "داعش", "أرشيف"]),
        // Tashkeel and tatweel stay inside the word, also at its end before a space.
        ("مُدِينَةٌ الـمـوصـل قالَ إنّ", &["مُدِينَةٌ", "الـمـوصـل", "قالَ", "إنّ"]),
        ("وبالموصل؛ والرقة؟ نعم.", &["وبالموصل", "والرقة", "نعم"]),
        // Presentation forms and bidi marks, as copied from PDFs and web pages.
        ("ﺍﻟﻤﻮﺻﻞ \u{200F}بغداد\u{200F}", &["ﺍﻟﻤﻮﺻﻞ", "بغداد\u{200F}"]),
    ]);
}

#[test]
fn english() {
    check_script(&[
        ("Mosul, the city—retaken.", &["Mosul", "the", "city", "retaken"]),
        ("O’Connor don't 'quoted' rock'n'roll", &["O’Connor", "don't", "quoted", "rock'n'roll"]),
        ("2017. end' x", &["2017", "end", "x"]),
        // UAX #29 keeps letters joined by «.»: abbreviations and host names stay whole.
        ("the U.S. and e.g. example.com", &["the", "U.S", "and", "e.g", "example.com"]),
        ("state-of-the-art co_operate", &["state", "of", "the", "art", "co_operate"]),
    ]);
}

#[test]
fn french() {
    check_script(&[
        ("l'armée a repris l’île ; c’était « dur ».", &["l'armée", "a", "repris", "l’île", "c’était", "dur"]),
        // A narrow no-break space before «?» is not part of the word; between digits it is.
        ("Pourquoi\u{202F}? 10\u{202F}000 soldats", &["Pourquoi", "10\u{202F}000", "soldats"]),
        ("Noël à Ça", &["Noël", "à", "Ça"]),
    ]);
}

#[test]
fn persian_urdu_and_kurdish() {
    check_script(&[
        // ZWNJ keeps the prefix with its verb.
        ("می\u{200C}روم به خانه‌ها", &["می\u{200C}روم", "به", "خانه\u{200C}ها"]),
        ("سال ۱۴۰۰ خورشیدی", &["سال", "۱۴۰۰", "خورشیدی"]),
        ("میں گھر جا رہا ہوں۔", &["میں", "گھر", "جا", "رہا", "ہوں"]),
        ("کوردستان و هەولێر، سلێمانی", &["کوردستان", "و", "هەولێر", "سلێمانی"]),
    ]);
}

#[test]
fn turkish_russian_and_hebrew() {
    check_script(&[
        ("İstanbul'da ılık bir gün", &["İstanbul'da", "ılık", "bir", "gün"]),
        ("Привет, мир! В 2017 году.", &["Привет", "мир", "В", "2017", "году"]),
        // Hebrew keeps its abbreviation quotes inside the word (WB7b/c).
        ("שלום עולם, צה\"ל ארה״ב", &["שלום", "עולם", "צה\"ל", "ארה״ב"]),
    ]);
}

#[test]
fn devanagari_keeps_its_combining_marks() {
    check_script(&[("नमस्ते दुनिया, हिन्दी भाषा", &["नमस्ते", "दुनिया", "हिन्दी", "भाषा"])]);
}

/// Without dictionary data, a run of Chinese, Japanese or Thai is one token up to the next space
/// or punctuation: names between spaces can be counted, words inside prose cannot.
#[test]
fn cjk_and_thai_come_out_as_whole_runs() {
    check_script(&[
        ("我爱北京 天安门。", &["我爱北京", "天安门"]),
        ("こんにちは世界", &["こんにちは世界"]),
        ("ภาษาไทย ง่าย", &["ภาษาไทย", "ง่าย"]),
        ("الموصل 中国 والعراق", &["الموصل", "中国", "والعراق"]),
    ]);
}

#[test]
fn numbers_keep_inner_separators() {
    let text = "في 2017 قتل 1,500 أي 3.5٪ و٢٠ و٣٫٥ و٢٠١٧م ١٢٬٥٠٠ 1.2.3 ²";
    assert_eq!(
        kinds(text),
        [
            ("في", TokenKind::Word),
            ("2017", TokenKind::Number),
            ("قتل", TokenKind::Word),
            ("1,500", TokenKind::Number),
            ("أي", TokenKind::Word),
            ("3.5", TokenKind::Number),
            ("و٢٠", TokenKind::Word),
            ("و٣٫٥", TokenKind::Word),
            ("و٢٠١٧م", TokenKind::Word),
            ("١٢٬٥٠٠", TokenKind::Number),
            ("1.2.3", TokenKind::Number),
            ("²", TokenKind::Number),
        ]
    );
}

#[test]
fn urls_emails_hashtags_and_mentions() {
    use TokenKind::*;
    let cases: &[(&str, &[(&str, TokenKind)])] = &[
        (
            "see https://www.example.com/a?b=1&c=%20#x.",
            &[("see", Word), ("https://www.example.com/a?b=1&c=%20#x", Url)],
        ),
        ("(HTTP://en.wikipedia.org/wiki/Mosul_(city))", &[("HTTP://en.wikipedia.org/wiki/Mosul_(city)", Url)]),
        ("زوروا www.aljazeera.net/news، ثم", &[("زوروا", Word), ("www.aljazeera.net/news", Url), ("ثم", Word)]),
        ("«https://example.org/مقال»", &[("https://example.org/مقال", Url)]),
        ("راسلونا على info@example.org.", &[("راسلونا", Word), ("على", Word), ("info@example.org", Email)]),
        ("j.smith+news@mail.example.co.uk", &[("j.smith+news@mail.example.co.uk", Email)]),
        (
            "#الموصل #تنظيم_الدولة #Mosul2017 #1",
            &[("#الموصل", Hashtag), ("#تنظيم_الدولة", Hashtag), ("#Mosul2017", Hashtag), ("1", Number)],
        ),
        ("@UN_News قال", &[("@UN_News", Mention), ("قال", Word)]),
        ("#Mosul. @user's", &[("#Mosul", Hashtag), ("@user", Mention), ("s", Word)]),
        // Not tags or addresses: a sigil after a letter, an address without a domain.
        (
            "C#foo a@b http:/x www",
            &[("C", Word), ("foo", Word), ("a", Word), ("b", Word), ("http", Word), ("x", Word), ("www", Word)],
        ),
    ];
    for &(text, want) in cases {
        assert_eq!(kinds(text), want, "{text:?}");
        let (fast, uax) = both(text);
        assert_eq!(fast, uax, "{text:?}");
    }
}

#[test]
fn kinds_serialise_in_lowercase() {
    let all =
        [TokenKind::Word, TokenKind::Number, TokenKind::Url, TokenKind::Email, TokenKind::Hashtag, TokenKind::Mention];
    let names: Vec<_> = all.iter().map(|k| serde_json::to_string(k).unwrap()).collect();
    assert_eq!(names, [r#""word""#, r#""number""#, r#""url""#, r#""email""#, r#""hashtag""#, r#""mention""#]);
}

#[test]
fn utf16_offsets_index_javascript_strings() {
    let text = "😀 الموصل 𝐀bc x";
    let got: Vec<_> = utf16_offsets(text, tokenise(text)).collect();
    assert_eq!(got, [(3, 9), (10, 14), (15, 16)]);
    let mut cursor = Utf16Cursor::new(text);
    assert_eq!((cursor.offset(5), cursor.offset(0), cursor.offset(usize::MAX)), (3, 0, 16));
}

/// Characters each of which the fast path treats differently, and some it must hand over.
const PIECES: &[&str] = &[
    "a", "Z", "ب", "ـ", "\u{64B}", "1", "٣", "۴", "\u{600}", "٫", "_", "\u{202F}", ".", "'", "’", ":", ",", "،", "٬",
    ";", " ", "\n", "\r\n", "\t", "!", "\"", "«", "#", "@", "/", "\u{200C}", "\u{200D}", "\u{200E}", "\u{AD}", "²",
    "¸", "é", "©", "ф", "\u{301}", "中", "א", "カ", "😀", "ก", "www.", "http://", "x@y.com",
];

fn piece_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..24).prop_map(|p| p.concat())
}

fn arabic_ascii_text() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "[\u{0600}-\u{06FF}\u{0750}-\u{077F}\u{08A0}-\u{08FF}\u{FB50}-\u{FDFF}a-zA-Z0-9 .,:;'’_#@/«»\"()\n\u{200C}-\u{200F}\u{202F}-]{0,80}",
    )
    .unwrap()
}

fn check_offsets(text: &str) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for t in tokenise(text) {
        prop_assert!(t.start >= last_end && t.start < t.end, "{t:?} after {last_end}");
        prop_assert!(text.get(t.start..t.end).is_some_and(|w| !w.trim().is_empty()));
        last_end = t.end;
    }
    let tokens: Vec<_> = tokenise(text).collect();
    for (t, (s16, e16)) in tokens.iter().zip(utf16_offsets(text, tokens.iter().copied())) {
        prop_assert_eq!(s16, text[..t.start].encode_utf16().count());
        prop_assert_eq!(e16, text[..t.end].encode_utf16().count());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn fast_path_equals_uax_on_arabic_and_ascii(text in arabic_ascii_text()) {
        let (fast, uax) = both(&text);
        prop_assert_eq!(fast, uax);
    }

    #[test]
    fn fast_path_equals_uax_with_other_scripts_mixed_in(text in piece_text()) {
        let (fast, uax) = both(&text);
        prop_assert_eq!(fast, uax);
    }

    #[test]
    fn fast_path_equals_uax_on_any_text(text in any::<String>()) {
        let (fast, uax) = both(&text);
        prop_assert_eq!(fast, uax);
    }

    #[test]
    fn offsets_slice_back_and_increase(text in any::<String>()) {
        check_offsets(&text)?;
    }

    #[test]
    fn offsets_slice_back_and_increase_on_mixed_text(text in piece_text()) {
        check_offsets(&text)?;
    }
}

/// Every character of the fast path's tables, in the contexts where its class matters.
#[test]
fn fast_path_equals_uax_for_every_table_character() {
    let blocks = [
        (0x00, 0xFF),
        (0x600, 0x6FF),
        (0x750, 0x77F),
        (0x870, 0x8FF),
        (0x2000, 0x206F),
        (0xFB50, 0xFDFF),
        (0xFE70, 0xFEFF),
    ];
    let contexts = [
        "{}",
        "a{}b",
        "1{}2",
        "ب{}ب",
        "٣{}٣",
        "_{}_",
        "a{}",
        "{}a",
        " {}",
        "\n{}a",
        "a.{}b",
        "1,{}2",
        "a{}.b",
        "x {}\u{64B}y",
    ];
    for c in blocks.iter().flat_map(|&(a, b)| a..=b).filter_map(char::from_u32) {
        for context in contexts {
            let text = context.replace("{}", c.encode_utf8(&mut [0; 4]));
            let (fast, uax) = both(&text);
            assert_eq!(fast, uax, "U+{:04X} in {text:?}", c as u32);
        }
    }
}

/// All strings of up to four characters over one representative of each class.
#[test]
fn fast_path_equals_uax_on_all_short_strings() {
    let alphabet: Vec<char> = "aب1٣\u{600}_\u{202F}.'’:,،;\u{64B}\u{200E}\u{200D} \n!²¸ф\u{301}©".chars().collect();
    let mut text = String::new();
    let n = alphabet.len();
    for len in 1..=4u32 {
        for mut index in 0..n.pow(len) {
            text.clear();
            for _ in 0..len {
                text.push(alphabet[index % n]);
                index /= n;
            }
            let (fast, uax) = both(&text);
            assert_eq!(fast, uax, "{text:?}");
        }
    }
}
