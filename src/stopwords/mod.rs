//! Function words left out of keyword tables by default.
//!
//! Written for Marsad (same licence as the project): the commonest Arabic particles, pronouns
//! and auxiliaries of news prose, and the English ones. They are keyed by the same pipeline as
//! the text, so «الذي» here also removes «والذي», and a list written with hamza still matches
//! text written without it.

use std::collections::HashSet;

use crate::{key, normalise::NormaliseOptions};

pub const ARABIC: &str = "
في من على إلى الى عن مع عند منذ حتى بين خلال ضد نحو لدى دون حول بعد قبل أمام فوق تحت عبر
و ف ثم أو أم بل لكن لكنّ غير سوى إلا ألا أما إما
أن إن أنّ إنّ كان كانت كانوا يكون تكون يكونوا ليس ليست لم لن لا ما ماذا قد لقد سوف هل كي لكي
هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك هنا هناك هنالك
الذي التي الذين اللذين اللتين اللواتي اللاتي
هو هي هم هما هن أنا نحن أنت أنتم أنتن
كل بعض أي أيّ كما كذلك أيضا أيضاً جدا فقط حيث بينما إذ إذا إذن لو لولا كيف متى أين لماذا
له لها لهم لهما لهن لنا لي لك لكم به بها بهم عليه عليها عليهم إليه إليها إليهم منه منها منهم
عنه عنها عنهم فيه فيها فيهم
وفي ومن وعلى وإلى وعن ومع وقد وقال وكان وكانت وأن وإن ولا وما وهو وهي وهذا وهذه وذلك
بأن بأنه بأنها أنه أنها إنه إنها لأن لأنه كأن
قال قالت يقول تقول وأضاف أضاف أكد وأكد أشار وأشار
";

pub const ENGLISH: &str = "
a an the and or but nor so yet if then else of in on at to for from by with without about
against between into through during before after above below up down out off over under
again further once here there when where why how all any both each few more most other some
such no not only own same than too very can will just should now is are was were be been
being have has had having do does did doing would could might must shall may
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
she her hers herself it its itself they them their theirs themselves what which who whom
this that these those am as until while because also said says one two its it's
";

/// A set of stopword keys, built by the same normalise → key pipeline as the text.
#[derive(Debug, Clone, Default)]
pub struct Stopwords {
    keys: HashSet<String>,
}

impl Stopwords {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>, normalise: &NormaliseOptions) -> Self {
        let keys = words.into_iter().map(|w| key::key(&normalise.normalise(w))).filter(|k| !k.is_empty()).collect();
        Stopwords { keys }
    }

    /// The built-in Arabic and English lists.
    pub fn builtin(normalise: &NormaliseOptions) -> Self {
        Self::new(ARABIC.split_whitespace().chain(ENGLISH.split_whitespace()), normalise)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.keys.contains(key)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_match_keyed_variants() {
        let n = NormaliseOptions::default();
        let s = Stopwords::builtin(&n);
        for surface in ["الذي", "والذي", "إلى", "الى", "The", "THE", "فى"] {
            assert!(s.contains(&key::key(&n.normalise(surface))), "{surface}");
        }
        for content in ["موصل", "داعش", "mosul", "city"] {
            assert!(!s.contains(content), "{content}");
        }
    }
}
