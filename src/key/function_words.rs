//! Closed-class Arabic words: particles, prepositions, pronouns, demonstratives and auxiliaries.
//!
//! They are few, frequent, and the places where clitic rules go wrong: «وكان» is و + كان but
//! «كانت» is not ك + انت. Forms are written as the key stage sees them: no tashkeel, أ إ آ → ا,
//! ة and ى kept.

use std::collections::HashSet;
use std::sync::OnceLock;

use foldhash::fast::FixedState;

/// Function words: a stem that is one of these is certainly a word.
pub const FUNCTION: &[&str] = &[
    "في",
    "من",
    "على",
    "الى",
    "عن",
    "مع",
    "عند",
    "منذ",
    "حتى",
    "بين",
    "خلال",
    "ضد",
    "نحو",
    "لدى",
    "دون",
    "حول",
    "بعد",
    "قبل",
    "امام",
    "فوق",
    "تحت",
    "عبر",
    "غير",
    "سوى",
    "الا",
    "ثم",
    "او",
    "ام",
    "بل",
    "لكن",
    "ان",
    "كان",
    "ليس",
    "لم",
    "لن",
    "لا",
    "ما",
    "ماذا",
    "قد",
    "لقد",
    "سوف",
    "هل",
    "كي",
    "كيف",
    "متى",
    "اين",
    "حيث",
    "بينما",
    "اذ",
    "اذا",
    "لو",
    "لولا",
    "هذا",
    "هذه",
    "هذان",
    "هاتان",
    "هؤلاء",
    "ذلك",
    "تلك",
    "اولئك",
    "هنا",
    "هناك",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
    "هو",
    "هي",
    "هم",
    "هما",
    "هن",
    "انا",
    "نحن",
    "انت",
    "انتم",
    "كل",
    "بعض",
    "اي",
    "كما",
    "ايضا",
    "جدا",
    "فقط",
    "عدة",
    "اكثر",
    "اقل",
    "فيما",
    "عندما",
    "كلما",
    "ربما",
    "طالما",
    "انما",
    "مما",
    "عما",
    // Prepositions as they are spelt before a pronoun: «عليه», «إليها», «لديهم».
    "علي",
    "الي",
    "لدي",
];

/// Function words that a preposition ب ك ل can precede: «بأن», «لذلك», «كذلك», «بلا».
pub const TAKES_PREPOSITION: &[&str] = &[
    "ان",
    "ما",
    "ذلك",
    "هذا",
    "هذه",
    "هؤلاء",
    "تلك",
    "الذي",
    "التي",
    "الذين",
    "كل",
    "بعض",
    "غير",
    "دون",
    "عدم",
    "نحو",
    "لا",
    "من",
    "عن",
];

/// Function words that are verbs and take subject suffixes: «كانت», «ليست», «كانوا».
pub const VERBAL: &[&str] = &["كان", "ليس", "صار", "اصبح", "ظل", "بات"];

/// Words whose initial «ال» is part of the word: the relative pronouns and «الله».
/// «الآن» (now) and «آلاف» (thousands) start like the article but would otherwise key as «أن» and
/// «إف».
pub const ARTICLE_IS_PART: &[&str] = &[
    "الله",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللذان",
    "اللتان",
    "اللواتي",
    "اللاتي",
    "اللائي",
    "الان",
    "الاف",
];

/// Enclitic object and possessive pronouns, longest first so that «هما» is tried before «ه».
pub const PRONOUNS: &[&str] = &["هما", "هم", "هن", "ها", "ه", "كما", "كم", "كن", "ك", "نا", "ني", "ي"];

/// Verb subject suffixes, longest first: «أعلنت», «قالوا», «يستعملون», «أجرياه».
pub const SUBJECT_SUFFIXES: &[&str] = &["تما", "تم", "تن", "ت", "وا", "ون", "نا", "ا"];

/// A set for each list: keys are computed for every distinct form of a corpus, and a linear scan
/// of a hundred words per candidate reading was most of that time. Owned strings, so the table
/// is the lexicon's type and the wasm build carries one copy of its code.
pub struct Set(OnceLock<HashSet<String, FixedState>>, &'static [&'static str]);

impl Set {
    pub const fn new(words: &'static [&'static str]) -> Set {
        Set(OnceLock::new(), words)
    }

    pub fn contains(&self, word: &str) -> bool {
        self.0.get_or_init(|| self.1.iter().map(|&w| w.to_owned()).collect()).contains(word)
    }
}

pub static FUNCTION_SET: Set = Set::new(FUNCTION);
pub static TAKES_PREPOSITION_SET: Set = Set::new(TAKES_PREPOSITION);
pub static VERBAL_SET: Set = Set::new(VERBAL);
pub static ARTICLE_IS_PART_SET: Set = Set::new(ARTICLE_IS_PART);
pub static PRONOUN_SET: Set = Set::new(PRONOUNS);

pub fn is_function(w: &str) -> bool {
    FUNCTION_SET.contains(w)
}
