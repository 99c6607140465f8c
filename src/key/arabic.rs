//! Clitic segmentation of one Arabic word, choosing among all readings the one whose stem is
//! best attested.
//!
//! Every way of peeling proclitics (و ف, then ب ك ل س, then the article) and enclitics (a
//! subject suffix, then a pronoun) off the word is a candidate reading. Each reading's stem is
//! ranked by what vouches for it: a function word beats a lexicon entry, which beats a form seen
//! elsewhere in the corpus, which beats nothing. Among equally attested readings the one with
//! the fewest and likeliest clitics wins, so «وزير» stays whole (both «وزير» and «زير» are
//! words) while «وقال» loses its و (only «قال» is attested as a word).

use super::affix::{cut_prefix, cut_suffix};
use super::function_words::{
    is_function, ARTICLE_IS_PART_SET, PRONOUNS, PRONOUN_SET, SUBJECT_SUFFIXES, TAKES_PREPOSITION_SET, VERBAL_SET,
};
use super::lexicon::{with_joined, Lexicon};
use super::Evidence;

/// How strongly a candidate stem is attested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Attested {
    Nothing,
    /// Only the word itself, which says nothing about its parts.
    AsWhole,
    /// Seen elsewhere in the corpus, bare or with the article.
    Corpus,
    Lexicon,
    FunctionWord,
}

struct Reading<'w> {
    /// Proclitic letters other than the article, e.g. "وب" in «وبالموصل».
    proclitics: &'w str,
    article: bool,
    stem: &'w str,
    subject: &'static str,
    pronoun: &'static str,
}

/// Relative unlikeliness of each proclitic, in tenths: ك and ف are rarer than و.
fn proclitic_cost(c: char) -> i32 {
    match c {
        'و' => 10,
        'ب' | 'ل' => 11,
        'س' => 12,
        'ف' => 13,
        'ك' => 16,
        _ => 20,
    }
}

pub(super) fn key(word: &str, lexicon: &Lexicon, evidence: &dyn Evidence) -> String {
    if is_function(word) || ARTICLE_IS_PART_SET.contains(word) {
        return word.to_owned();
    }
    if let Some(pronoun) = preposition_with_pronoun(word) {
        return pronoun.to_owned();
    }
    // The best stem so far is copied into one buffer, not allocated per improvement: this runs
    // for every distinct form of a corpus, about twenty readings each.
    let mut best: Option<(Attested, i32)> = None;
    let mut best_stem = String::new();
    for_each_reading(word, |reading| {
        let whole = reading.proclitics.is_empty()
            && !reading.article
            && reading.subject.is_empty()
            && reading.pronoun.is_empty();
        let mut consider = |stem: &str| {
            let Some(rank) = rank(reading, stem, whole, best, lexicon, evidence) else { return };
            if best.is_none_or(|b| rank > b) {
                best = Some(rank);
                best_stem.clear();
                best_stem.push_str(stem);
            }
        };
        match restored_stem(reading) {
            Some(base) => {
                with_joined(base, "ة", &mut consider);
                // «حياته»: حياة + ه, more often than حيات + ه; the restored form is tried
                // first and wins a tie.
                if base.ends_with('ا') {
                    consider(reading.stem);
                }
            }
            None => consider(reading.stem),
        }
    });
    if best.is_some() {
        best_stem
    } else {
        word.to_owned()
    }
}

/// «له», «بها», «ولهم»: a preposition whose object is a pronoun is keyed by the pronoun.
/// «ولي» is far more often «ولي العهد» than «and to me»: after و or ف the rare first-person
/// «ي» is not read as a pronoun.
fn preposition_with_pronoun(word: &str) -> Option<&str> {
    let rest = word.strip_prefix(['و', 'ف']);
    let pronoun = rest.unwrap_or(word).strip_prefix(['ل', 'ب'])?;
    let first_person_after_conjunction = rest.is_some() && pronoun == "ي";
    (PRONOUN_SET.contains(pronoun) && !is_function(rest.unwrap_or(word)) && !first_person_after_conjunction)
        .then_some(pronoun)
}

/// Calls `f` with every way of splitting proclitics off the front, `(proclitics, article,
/// rest)`, in a fixed order: the first of equally ranked readings wins.
fn for_each_split<'w>(word: &'w str, mut f: impl FnMut(&'w str, bool, &'w str)) {
    let before = |rest: &str| word.get(..word.len() - rest.len()).unwrap_or_default();
    for conj in ["", "و", "ف"] {
        let Some(r1) = cut_prefix(word, conj) else { continue };
        f(before(r1), false, r1);
        for prep in ["ب", "ك", "ل", "س"] {
            if let Some(r2) = cut_prefix(r1, prep) {
                f(before(r2), false, r2);
                if prep != "ل" && prep != "س" {
                    if let Some(r3) = cut_prefix(r2, "ال") {
                        f(before(r2), true, r3);
                    }
                }
            }
        }
        if let Some(r2) = cut_prefix(r1, "ال") {
            f(before(r1), true, r2);
        }
        // «للموصل»: ل + ال with the article's alef dropped.
        if let Some(r2) = cut_prefix(r1, "لل") {
            f(word.get(..word.len() - r1.len() + 'ل'.len_utf8()).unwrap_or_default(), true, r2);
        }
    }
}

/// Calls `f` with every reading of `word`, without collecting them: proclitic splits, each
/// bare, then with a pronoun (and a subject suffix before it), then with a subject suffix.
fn for_each_reading<'w>(word: &'w str, mut f: impl FnMut(&Reading<'w>)) {
    for_each_split(word, |proclitics, article, rest| {
        let reading = |stem, subject, pronoun| Reading { proclitics, article, stem, subject, pronoun };
        f(&reading(rest, "", ""));
        // The article excludes enclitics: «الكتابه» is not «the his-book».
        if article {
            return;
        }
        for &pronoun in PRONOUNS {
            let Some(stem) = cut_suffix(rest, pronoun).filter(|s| !s.is_empty()) else { continue };
            f(&reading(stem, "", pronoun));
            for &subject in SUBJECT_SUFFIXES {
                if let Some(s) = cut_suffix(stem, subject).filter(|s| !s.is_empty()) {
                    f(&reading(s, subject, pronoun));
                }
            }
        }
        for &subject in SUBJECT_SUFFIXES {
            if let Some(stem) = cut_suffix(rest, subject).filter(|s| !s.is_empty()) {
                f(&reading(stem, subject, ""));
            }
        }
    });
}

/// A pronoun after a noun turns its ة into ت («حكومته» ← حكومة + ه): the base to which ة is
/// restored, if the reading is such a case. Without a pronoun the stem is taken as it is.
fn restored_stem<'w>(r: &Reading<'w>) -> Option<&'w str> {
    cut_suffix(r.stem, "ت").filter(|_| !r.pronoun.is_empty() && r.subject.is_empty())
}

/// How unlikely a reading's clitics are, in tenths; known before anything is looked up.
fn cost(r: &Reading<'_>) -> i32 {
    let mut cost: i32 = r.proclitics.chars().map(proclitic_cost).sum();
    cost += if r.subject.is_empty() { 0 } else { 10 } + if r.pronoun.is_empty() { 0 } else { 10 };
    cost - if r.article { 5 } else { 0 }
}

/// The rank of a candidate stem, or `None` if it cannot be the reading; `None` as well when it
/// could not beat `best` even if every look-up vouched for it, which spares most look-ups once a
/// well-attested reading is found (only a function word outranks a lexicon entry).
fn rank(
    r: &Reading<'_>,
    stem: &str,
    whole: bool,
    best: Option<(Attested, i32)>,
    lexicon: &Lexicon,
    evidence: &dyn Evidence,
) -> Option<(Attested, i32)> {
    let letters = stem.chars().count();
    if letters < 2 {
        return None;
    }
    let function = is_function(stem);
    let cost = cost(r);
    let ceiling = if function { Attested::FunctionWord } else { Attested::Lexicon };
    if best.is_some_and(|b| (ceiling, -cost) <= b) {
        return None;
    }
    let mut facts = Facts::new(stem, lexicon);
    // Clitics on both sides of a two-letter stem («ب + يا + نا») are nearly always a misreading.
    let enclitic = !r.pronoun.is_empty() || !r.subject.is_empty();
    if !function && !r.proclitics.is_empty() && enclitic && letters < 3 {
        return None;
    }
    // Tanwin alef («عاما») is not a dual subject unless a pronoun follows («أجرياه»).
    if r.subject == "ا" && r.pronoun.is_empty() {
        return None;
    }
    // First-person «ي» is rare in news; nisba adjectives («عربي») are common.
    if matches!(r.pronoun, "ي" | "ني") && !function {
        return None;
    }
    if !r.subject.is_empty() && (function && !VERBAL_SET.contains(stem) || !function && !facts.verb()) {
        return None;
    }
    let last = r.proclitics.chars().last();
    if last == Some('س') && (!r.subject.is_empty() || !stem.starts_with(['ي', 'ت', 'ن', 'ا']) || !facts.verb()) {
        return None;
    }
    if matches!(last, Some('ب' | 'ك' | 'ل')) && function && !TAKES_PREPOSITION_SET.contains(stem) {
        return None;
    }
    // ل before a verb is only «in order to» + imperfect («ليتعرف»), never + perfect.
    if last == Some('ل') && !r.article && facts.verb() && !facts.noun() && !stem.starts_with(['ي', 'ت', 'ن', 'ا'])
    {
        return None;
    }
    let mut attested = attestation(function, &mut facts, evidence);
    // The article comes before nouns, never verbs: «التزام» is not ال + «تزام» because «يزام»
    // would be a verb form.
    if r.article && attested == Attested::Lexicon && !facts.noun() && !facts.derived() {
        attested = Attested::Nothing;
    }
    // «للبنان», «للجنة»: ل + a noun that itself starts with ل, not ل + ال + «بنان».
    if r.article && r.proclitics.ends_with('ل') && with_joined("ل", stem, |whole_noun| lexicon.is_noun(whole_noun)) {
        return None;
    }
    if whole {
        // The stem is the word itself.
        attested = if attested >= Attested::Lexicon { attested } else { Attested::AsWhole };
        // Verb stems listed with a subject suffix («بدأت») still lose it, like every past verb.
        if attested == Attested::Lexicon && !facts.noun() && has_verb_base(stem, lexicon) {
            attested = Attested::Corpus;
        }
        if attested == Attested::AsWhole && noun_with_tanwin(stem, lexicon) {
            attested = Attested::Corpus;
        }
    }
    if r.article && attested < Attested::Corpus {
        attested = Attested::Corpus;
    }
    Some((attested, -cost))
}

/// What the lexicon says of one candidate stem, each asked at most once: a reading's rules ask
/// the same questions several times, and every answer is a hash look-up.
struct Facts<'s> {
    stem: &'s str,
    lexicon: &'s Lexicon,
    noun: Option<bool>,
    verb: Option<bool>,
    derived: Option<bool>,
}

impl<'s> Facts<'s> {
    fn new(stem: &'s str, lexicon: &'s Lexicon) -> Facts<'s> {
        Facts { stem, lexicon, noun: None, verb: None, derived: None }
    }

    fn noun(&mut self) -> bool {
        let (stem, lexicon) = (self.stem, self.lexicon);
        *self.noun.get_or_insert_with(|| lexicon.is_noun(stem))
    }

    fn verb(&mut self) -> bool {
        let (stem, lexicon) = (self.stem, self.lexicon);
        *self.verb.get_or_insert_with(|| lexicon.is_verb(stem))
    }

    fn derived(&mut self) -> bool {
        let (stem, lexicon) = (self.stem, self.lexicon);
        *self.derived.get_or_insert_with(|| derived_from_lexicon(stem, lexicon))
    }
}

fn has_verb_base(word: &str, lexicon: &Lexicon) -> bool {
    ["ت", "وا", "ون"].iter().any(|s| cut_suffix(word, s).is_some_and(|base| lexicon.is_verb(base)))
}

fn attestation(function: bool, facts: &mut Facts<'_>, evidence: &dyn Evidence) -> Attested {
    if function {
        return Attested::FunctionWord;
    }
    if facts.noun() || facts.verb() || facts.derived() {
        return Attested::Lexicon;
    }
    let stem = facts.stem;
    if evidence.count(stem) > 0 || with_joined("ال", stem, |with_article| evidence.count(with_article) > 0) {
        Attested::Corpus
    } else {
        Attested::Nothing
    }
}

/// A noun with the alef of tanwin («بيانا», «عاما»): some evidence that the word is whole.
fn noun_with_tanwin(word: &str, lexicon: &Lexicon) -> bool {
    word.strip_suffix('ا').filter(|b| b.chars().count() >= 3).is_some_and(|base| lexicon.is_noun(base))
}

/// Regular forms the lexicon lists only by their base: sound plurals and feminines.
fn derived_from_lexicon(stem: &str, lexicon: &Lexicon) -> bool {
    let letters = stem.chars().count();
    let long = letters > 4;
    if let Some(base) = cut_suffix(stem, "ات").filter(|_| long) {
        return with_joined(base, "ة", |feminine| lexicon.is_noun(feminine)) || lexicon.is_noun(base);
    }
    if let Some(base) = cut_suffix(stem, "ون").or_else(|| cut_suffix(stem, "ين")).filter(|_| long) {
        return lexicon.is_noun(base);
    }
    cut_suffix(stem, "ة").filter(|_| letters > 3).is_some_and(|base| lexicon.is_noun(base))
}
