//! Clitic segmentation of one Arabic word, choosing among all readings the one whose stem is
//! best attested.
//!
//! Every way of peeling proclitics (و ف, then ب ك ل س, then the article) and enclitics (a
//! subject suffix, then a pronoun) off the word is a candidate reading. Each reading's stem is
//! ranked by what vouches for it: a function word beats a lexicon entry, which beats a form seen
//! elsewhere in the corpus, which beats nothing. Among equally attested readings the one with
//! the fewest and likeliest clitics wins, so «وزير» stays whole (both «وزير» and «زير» are
//! words) while «وقال» loses its و (only «قال» is attested as a word).

use super::function_words::{
    is_function, ARTICLE_IS_PART_SET, PRONOUNS, PRONOUN_SET, SUBJECT_SUFFIXES, TAKES_PREPOSITION_SET, VERBAL_SET,
};
use std::borrow::Cow;

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
    let mut best: Option<((Attested, i32), String)> = None;
    for reading in readings(word) {
        let whole = reading.proclitics.is_empty()
            && !reading.article
            && reading.subject.is_empty()
            && reading.pronoun.is_empty();
        for stem in restored_stems(&reading).into_iter().flatten() {
            let Some(rank) = rank(&reading, &stem, whole, word, lexicon, evidence) else { continue };
            if best.as_ref().is_none_or(|(b, _)| rank > *b) {
                best = Some((rank, stem.into_owned()));
            }
        }
    }
    best.map_or_else(|| word.to_owned(), |(_, stem)| stem)
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

/// The ways of splitting proclitics off the front: `(proclitics, article, rest)`.
fn splits(word: &str) -> Vec<(&str, bool, &str)> {
    let mut out = Vec::with_capacity(8);
    for conj in ["", "و", "ف"] {
        let Some(r1) = word.strip_prefix(conj) else { continue };
        let after = |rest: &str| word.len() - rest.len();
        out.push((&word[..after(r1)], false, r1));
        for prep in ['ب', 'ك', 'ل', 'س'] {
            if let Some(r2) = r1.strip_prefix(prep) {
                out.push((&word[..after(r2)], false, r2));
                if prep != 'ل' && prep != 'س' {
                    if let Some(r3) = r2.strip_prefix("ال") {
                        out.push((&word[..after(r2)], true, r3));
                    }
                }
            }
        }
        if let Some(r2) = r1.strip_prefix("ال") {
            out.push((&word[..after(r1)], true, r2));
        }
        // «للموصل»: ل + ال with the article's alef dropped.
        if let Some(r2) = r1.strip_prefix("لل") {
            out.push((&word[..after(r1) + 'ل'.len_utf8()], true, r2));
        }
    }
    out
}

fn readings(word: &str) -> Vec<Reading<'_>> {
    let mut out = Vec::with_capacity(32);
    for (proclitics, article, rest) in splits(word) {
        let reading = |stem, subject, pronoun| Reading { proclitics, article, stem, subject, pronoun };
        out.push(reading(rest, "", ""));
        // The article excludes enclitics: «الكتابه» is not «the his-book».
        if article {
            continue;
        }
        for &pronoun in PRONOUNS {
            let Some(stem) = rest.strip_suffix(pronoun).filter(|s| !s.is_empty()) else { continue };
            out.push(reading(stem, "", pronoun));
            for &subject in SUBJECT_SUFFIXES {
                if let Some(s) = stem.strip_suffix(subject).filter(|s| !s.is_empty()) {
                    out.push(reading(s, subject, pronoun));
                }
            }
        }
        for &subject in SUBJECT_SUFFIXES {
            if let Some(stem) = rest.strip_suffix(subject).filter(|s| !s.is_empty()) {
                out.push(reading(stem, subject, ""));
            }
        }
    }
    out
}

/// A pronoun after a noun turns its ة into ت («حكومته» ← حكومة + ه): undo that. Without a
/// pronoun the stem is taken as it is, borrowed.
fn restored_stems<'w>(r: &Reading<'w>) -> [Option<Cow<'w, str>>; 2] {
    match r.stem.strip_suffix('ت') {
        Some(base) if !r.pronoun.is_empty() && r.subject.is_empty() => {
            let restored = Cow::Owned(format!("{base}ة"));
            // «حياته»: حياة + ه, more often than حيات + ه; the restored form is tried first and
            // wins a tie.
            if base.ends_with('ا') {
                [Some(restored), Some(Cow::Borrowed(r.stem))]
            } else {
                [Some(restored), None]
            }
        }
        _ => [Some(Cow::Borrowed(r.stem)), None],
    }
}

fn rank(
    r: &Reading<'_>,
    stem: &str,
    whole: bool,
    word: &str,
    lexicon: &Lexicon,
    evidence: &dyn Evidence,
) -> Option<(Attested, i32)> {
    if stem.chars().count() < 2 {
        return None;
    }
    let function = is_function(stem);
    // Clitics on both sides of a two-letter stem («ب + يا + نا») are nearly always a misreading.
    let enclitic = !r.pronoun.is_empty() || !r.subject.is_empty();
    if !function && !r.proclitics.is_empty() && enclitic && stem.chars().count() < 3 {
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
    if !r.subject.is_empty() && (function && !VERBAL_SET.contains(stem) || !function && !lexicon.is_verb(stem)) {
        return None;
    }
    let last = r.proclitics.chars().last();
    if last == Some('س') && (!r.subject.is_empty() || !stem.starts_with(['ي', 'ت', 'ن', 'ا']) || !lexicon.is_verb(stem))
    {
        return None;
    }
    if matches!(last, Some('ب' | 'ك' | 'ل')) && function && !TAKES_PREPOSITION_SET.contains(stem) {
        return None;
    }
    // ل before a verb is only «in order to» + imperfect («ليتعرف»), never + perfect.
    if last == Some('ل')
        && !r.article
        && lexicon.is_verb(stem)
        && !lexicon.is_noun(stem)
        && !stem.starts_with(['ي', 'ت', 'ن', 'ا'])
    {
        return None;
    }
    let mut attested = attestation(stem, lexicon, evidence);
    // The article comes before nouns, never verbs: «التزام» is not ال + «تزام» because «يزام»
    // would be a verb form.
    if r.article && attested == Attested::Lexicon && !lexicon.is_noun(stem) && !derived_from_lexicon(stem, lexicon) {
        attested = Attested::Nothing;
    }
    // «للبنان», «للجنة»: ل + a noun that itself starts with ل, not ل + ال + «بنان».
    if r.article && r.proclitics.ends_with('ل') && with_joined("ل", stem, |whole_noun| lexicon.is_noun(whole_noun)) {
        return None;
    }
    if whole {
        attested = if attested >= Attested::Lexicon { attested } else { Attested::AsWhole };
        // Verb stems listed with a subject suffix («بدأت») still lose it, like every past verb.
        if attested == Attested::Lexicon && !lexicon.is_noun(word) && has_verb_base(word, lexicon) {
            attested = Attested::Corpus;
        }
        if attested == Attested::AsWhole && noun_with_tanwin(word, lexicon) {
            attested = Attested::Corpus;
        }
    }
    if r.article && attested < Attested::Corpus {
        attested = Attested::Corpus;
    }
    let mut cost: i32 = r.proclitics.chars().map(proclitic_cost).sum();
    cost += if r.subject.is_empty() { 0 } else { 10 } + if r.pronoun.is_empty() { 0 } else { 10 };
    cost -= if r.article { 5 } else { 0 };
    Some((attested, -cost))
}

fn has_verb_base(word: &str, lexicon: &Lexicon) -> bool {
    ["ت", "وا", "ون"].iter().any(|s| word.strip_suffix(s).is_some_and(|base| lexicon.is_verb(base)))
}

fn attestation(stem: &str, lexicon: &Lexicon, evidence: &dyn Evidence) -> Attested {
    if is_function(stem) {
        return Attested::FunctionWord;
    }
    if lexicon.contains(stem) || derived_from_lexicon(stem, lexicon) {
        return Attested::Lexicon;
    }
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
    let long = stem.chars().count() > 4;
    if let Some(base) = stem.strip_suffix("ات").filter(|_| long) {
        return with_joined(base, "ة", |feminine| lexicon.is_noun(feminine)) || lexicon.is_noun(base);
    }
    if let Some(base) = stem.strip_suffix("ون").or_else(|| stem.strip_suffix("ين")).filter(|_| long) {
        return lexicon.is_noun(base);
    }
    stem.strip_suffix('ة').filter(|_| stem.chars().count() > 3).is_some_and(|base| lexicon.is_noun(base))
}
