//! Keyword search over the information pages, re-run at every keystroke.
//!
//! ```text
//! pub struct Field<'a>    { pub locale: &'a str, pub weight: u32, pub text: &'a str }
//! pub struct Document<'a> { pub id: &'a str, pub fields: Vec<Field<'a>> }
//! pub struct Hit          { pub id: String, pub score: u32 }
//! pub const WEIGHT_TITLE: u32 = 3;  WEIGHT_WORDS: u32 = 2;  WEIGHT_BODY: u32 = 1;
//!
//! Index::build(docs: &[Document]) -> Index                  // owns its data; Send + Sync
//! Index::search(&self, query: &str, limit: usize) -> Vec<Hit>   // best first, at most `limit`
//! ```
//!
//! All the locales' fields of a page go into the same document, so a word typed in any of
//! fr / nl / de / en finds the page whatever the visitor's language.
//!
//! # Words
//! Text is cut into words at every character that is neither a letter nor a digit; a hyphenated
//! word (`e-mail`, `porte-à-porte`) is indexed as its parts and as the parts joined (`email`),
//! and typed as the parts joined. A word is *folded* to lower-case ASCII letters and digits
//! (`deunicode`: `é`→`e`, `œ`→`oe`, `ß`→`ss`, `ü`→`u`), so case and accents never matter.
//!
//! # Matching one query word, best first
//! - **exact**: a document word, folded, is the query word, folded;
//! - **stem**: the Snowball stem of a document word (with its field's language) is the stem of
//!   the query word with the same language's stemmer; the query is stemmed with all four
//!   languages' stemmers, since the visitor may type another language's word;
//! - **prefix**: only for the word being typed (the last one, at least 3 letters, with no space
//!   or punctuation after it): it begins a document word;
//! - **typo**, only when none of the above matched anything in the whole index (a correctly
//!   spelt word does not also drag in its near neighbours, `mail` ≠ `main`): restricted
//!   Damerau-Levenshtein distance ≤ 1 for words of 4–7 letters, ≤ 2 for 8 letters and more,
//!   none below 4; for the word being typed, also the same distance to a beginning of a
//!   document word, so that `phisi` on the way to `phising` already finds `phishing`.
//!
//! # Query and score
//! Stop words (a short list per language) and words under 2 letters are left out; only the
//! first [`MAX_QUERY_WORDS`] remaining words count. Every remaining word must match (AND): one
//! that matches nothing gives no hits at all. A word's score in a document is the best of
//! `kind × field weight` over its matches (exact 12, stem 9, prefix 6, typo 3 or 2, typed
//! beginning 2 or 1, less for two edits); a document's score is the sum over the query words;
//! ties are broken by id so the order is stable.

use std::collections::HashMap;
use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};

/// Weight of a page's title.
pub const WEIGHT_TITLE: u32 = 3;
/// Weight of a page's keyword list.
pub const WEIGHT_WORDS: u32 = 2;
/// Weight of a page's body text.
pub const WEIGHT_BODY: u32 = 1;

/// Query words after the first this many (stop and short words not counted) are ignored.
pub const MAX_QUERY_WORDS: usize = 16;

/// Longest folded word, in letters, that is indexed or looked up (longer is noise).
const MAX_WORD: usize = 64;
/// Longest folded word, in letters, that takes part in typo matching.
const MAX_TYPO_WORD: usize = 40;

const SCORE_EXACT: u32 = 12;
const SCORE_STEM: u32 = 9;
const SCORE_PREFIX: u32 = 6;
/// A whole-word typo: this minus the number of edits (3 or 2).
const SCORE_TYPO: u32 = 4;
/// A typo in the beginning of a word being typed: this minus the number of edits (2 or 1).
const SCORE_TYPO_PREFIX: u32 = 3;

/// The stemmers' languages, in the order of `Index::stems`.
const LANGS: [Algorithm; 4] = [Algorithm::French, Algorithm::Dutch, Algorithm::German, Algorithm::English];

/// Folded stop words of fr, nl, de and en, left out of queries. Only words that carry no meaning
/// in any of the four languages' consumer vocabulary (no `pas`, `car`, `gift`).
const STOP_WORDS: &[&str] = &[
    // fr
    "le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "en", "au", "aux", "mon", "ma", "mes", "ton", "ta",
    "tes", "son", "sa", "ses", "je", "il", "elle", "on", "nous", "vous", "est", "sont", "ce", "cette", "ces", "qui",
    "que", "qu", "pour", "par", "sur", "dans", "avec", "ne", "se", "ai", // nl
    "het", "een", "van", "ik", "mijn", "je", "jij", "uw", "is", "in", "op", "te", "voor", "met", "dat", "die", "dit",
    "er", "zijn", "om", "of", "aan", "bij", // de
    "der", "die", "das", "den", "dem", "und", "ein", "eine", "einen", "einem", "einer", "mein", "meine", "ich", "ist",
    "im", "zu", "mit", "von", "fur", "auf", "oder", "sind", "sie", "es", // en
    "the", "a", "an", "of", "to", "my", "is", "are", "and", "or", "in", "on", "for", "with", "your", "i", "it", "be",
    "at", "by", "from", "this", "that",
];

/// One searchable text of a page in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field<'a> {
    /// `fr-BE`, `nl-BE`, `de-BE` or `en` (the language subtag picks the stemmer; any other
    /// locale is indexed without stems).
    pub locale: &'a str,
    /// [`WEIGHT_TITLE`], [`WEIGHT_WORDS`] or [`WEIGHT_BODY`]; it multiplies the field's matches.
    pub weight: u32,
    pub text: &'a str,
}

/// One page: its id and all its fields, in every locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document<'a> {
    pub id: &'a str,
    pub fields: Vec<Field<'a>>,
}

/// One result: the page's id and its score (higher is better).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub id: String,
    pub score: u32,
}

/// A document that holds a term, with the highest weight of the fields that hold it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Posting {
    doc: u32,
    weight: u32,
}

/// Terms, sorted, each with its postings (sorted by document).
#[derive(Default)]
struct Vocab {
    terms: Vec<Box<str>>,
    postings: Vec<Box<[Posting]>>,
}

impl Vocab {
    fn from_map(map: HashMap<String, Vec<Posting>>) -> Vocab {
        let mut entries: Vec<(String, Vec<Posting>)> = map.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut vocab = Vocab { terms: Vec::with_capacity(entries.len()), postings: Vec::with_capacity(entries.len()) };
        for (term, postings) in entries {
            vocab.terms.push(term.into_boxed_str());
            vocab.postings.push(postings.into_boxed_slice());
        }
        vocab
    }

    fn get(&self, term: &str) -> Option<&[Posting]> {
        self.terms.binary_search_by(|t| (**t).cmp(term)).ok().map(|i| &*self.postings[i])
    }

    /// The terms that begin with `prefix`.
    fn prefix_range(&self, prefix: &str) -> Range<usize> {
        let start = self.terms.partition_point(|t| &**t < prefix);
        let len = self.terms[start..].partition_point(|t| t.starts_with(prefix));
        start..start + len
    }
}

/// The search index of the information pages. Build it once; search it at every keystroke.
pub struct Index {
    ids: Vec<String>,
    /// Folded document words.
    words: Vocab,
    /// Folded stems, per language of [`LANGS`].
    stems: [Vocab; 4],
    stemmers: [Stemmer; 4],
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("documents", &self.ids.len())
            .field("words", &self.words.terms.len())
            .field("stems", &self.stems.iter().map(|v| v.terms.len()).sum::<usize>())
            .finish()
    }
}

fn stemmers() -> [Stemmer; 4] {
    LANGS.map(Stemmer::create)
}

/// The index in [`LANGS`] of a locale's language, if it is one of the four.
fn lang_of(locale: &str) -> Option<usize> {
    let lang = locale.split(['-', '_']).next().unwrap_or("");
    ["fr", "nl", "de", "en"].iter().position(|l| lang.eq_ignore_ascii_case(l))
}

fn add_posting(map: &mut HashMap<String, Vec<Posting>>, term: &str, doc: u32, weight: u32) {
    if let Some(list) = map.get_mut(term) {
        match list.last_mut() {
            Some(last) if last.doc == doc => last.weight = last.weight.max(weight),
            _ => list.push(Posting { doc, weight }),
        }
    } else {
        map.insert(term.to_owned(), vec![Posting { doc, weight }]);
    }
}

impl Index {
    /// Indexes every field of every document (all locales of a page into the same document).
    pub fn build(docs: &[Document]) -> Index {
        let stemmers = stemmers();
        let mut words: HashMap<String, Vec<Posting>> = HashMap::new();
        let mut stems: [HashMap<String, Vec<Posting>>; 4] = Default::default();
        // Per language: a raw lower-case word → its folded stems (of the word and of its folding).
        let mut stem_cache: [HashMap<String, [String; 2]>; 4] = Default::default();
        let mut ids = Vec::with_capacity(docs.len());
        for (doc, document) in docs.iter().enumerate() {
            let doc = u32::try_from(doc).unwrap_or(u32::MAX);
            ids.push(document.id.to_owned());
            for field in &document.fields {
                let lang = lang_of(field.locale);
                for_each_chunk(field.text, |parts| {
                    let joined = (parts.len() > 1).then(|| parts.concat());
                    for raw in parts.iter().map(String::as_str).chain(joined.as_deref()) {
                        let folded = fold(raw);
                        if folded.len() < 2 || folded.len() > MAX_WORD {
                            continue;
                        }
                        add_posting(&mut words, &folded, doc, field.weight);
                        let Some(lang) = lang else { continue };
                        if !stemmable(&folded) {
                            continue;
                        }
                        let cache = &mut stem_cache[lang];
                        if !cache.contains_key(raw) {
                            cache.insert(raw.to_owned(), stem_pair(&stemmers[lang], raw, &folded));
                        }
                        for stem in cache.get(raw).into_iter().flatten() {
                            if stem.len() >= 2 {
                                add_posting(&mut stems[lang], stem, doc, field.weight);
                            }
                        }
                    }
                });
            }
        }
        let words = Vocab::from_map(words);
        Index { ids, words, stems: stems.map(Vocab::from_map), stemmers }
    }

    /// The documents that match every meaningful word of `query`, best first, at most `limit`.
    /// An empty query, or one of only stop words and short words, gives an empty Vec.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let n = self.ids.len();
        if limit == 0 || n == 0 {
            return Vec::new();
        }
        let words = query_words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let mut total = vec![0u32; n];
        let mut alive = vec![true; n];
        let mut scores = vec![0u32; n];
        let mut extra = vec![0u32; n];
        for word in &words {
            scores.fill(0);
            extra.fill(0);
            self.score_word(word, &mut scores, &mut extra);
            // The best match counts in full; every other place the word is found in the same
            // page (another field, language or form of the word) adds a quarter of its score,
            // so that the page that is about the word comes first.
            for (s, e) in scores.iter_mut().zip(&extra) {
                if *s > 0 {
                    *s = s.saturating_add(e.saturating_sub(*s) / 4);
                }
            }
            let mut any = false;
            for ((alive, total), &score) in alive.iter_mut().zip(total.iter_mut()).zip(&scores) {
                if score == 0 {
                    *alive = false;
                } else if *alive {
                    *total = total.saturating_add(score);
                    any = true;
                }
            }
            if !any {
                return Vec::new();
            }
        }
        let mut hits: Vec<(u32, usize)> = (0..n).filter(|&d| alive[d]).map(|d| (total[d], d)).collect();
        hits.sort_unstable_by(|a, b| b.0.cmp(&a.0).then_with(|| self.ids[a.1].cmp(&self.ids[b.1])).then(a.1.cmp(&b.1)));
        hits.truncate(limit);
        hits.into_iter().map(|(score, d)| Hit { id: self.ids[d].clone(), score }).collect()
    }

    /// Sets `scores[doc]` to the best score of `word` in each document (0: no match), and
    /// `all[doc]` to the sum of the scores of all its matches there.
    fn score_word(&self, word: &QueryWord, scores: &mut [u32], all: &mut [u32]) {
        let folded = word.folded.as_str();
        let mut found = false;
        let mut credit = |postings: &[Posting], kind: u32| {
            for p in postings {
                let score = kind.saturating_mul(p.weight);
                let s = &mut scores[p.doc as usize];
                *s = (*s).max(score);
                let a = &mut all[p.doc as usize];
                *a = a.saturating_add(score);
            }
        };
        if let Some(postings) = self.words.get(folded) {
            credit(postings, SCORE_EXACT);
            found = true;
        }
        if stemmable(folded) {
            for (lang, stemmer) in self.stemmers.iter().enumerate() {
                for stem in stem_pair(stemmer, &word.raw, folded) {
                    if let Some(postings) = self.stems[lang].get(&stem) {
                        credit(postings, SCORE_STEM);
                        found = true;
                    }
                }
            }
        }
        if word.prefix && folded.len() >= 3 {
            for i in self.words.prefix_range(folded) {
                credit(&self.words.postings[i], SCORE_PREFIX);
                found = true;
            }
        }
        if found {
            return;
        }
        let k = max_typos(folded.len());
        if k == 0 || folded.len() > MAX_TYPO_WORD {
            return;
        }
        typo_scan(&self.words.terms, folded.as_bytes(), k, word.prefix, |i, full, prefix| {
            let full = full.map_or(0, |d| SCORE_TYPO - u32::from(d));
            let prefix = prefix.map_or(0, |d| SCORE_TYPO_PREFIX - u32::from(d));
            credit(&self.words.postings[i], full.max(prefix));
        });
    }
}

/// Typos allowed in a query word of `len` letters.
fn max_typos(len: usize) -> u8 {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Worth stemming: 3 letters or more, not a number.
fn stemmable(folded: &str) -> bool {
    folded.len() >= 3 && folded.bytes().any(|b| b.is_ascii_alphabetic())
}

/// The folded stems of a word with one stemmer: of the lower-case word as written (Snowball
/// expects the accents) and of its folding (the visitor may type no accents).
fn stem_pair(stemmer: &Stemmer, raw: &str, folded: &str) -> [String; 2] {
    [fold(&stemmer.stem(raw)), fold(&stemmer.stem(folded))]
}

/// Lower-case ASCII letters and digits only: `Énergie` → `energie`, `Straße` → `strasse`,
/// `Œuvre` → `oeuvre`, `Rückerstattung` → `ruckerstattung`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if let Some(s) = deunicode::deunicode_char(c) {
            out.extend(s.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()));
        }
    }
    out
}

/// A combining mark (a decomposed accent): part of the word, dropped.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Calls `f` with each run of hyphen-joined words of `text`, as lower-case parts.
fn for_each_chunk(text: &str, mut f: impl FnMut(&[String])) {
    let mut parts: Vec<String> = Vec::new();
    let mut part = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            part.extend(c.to_lowercase());
        } else if is_combining(c) {
        } else {
            if !part.is_empty() {
                parts.push(std::mem::take(&mut part));
            }
            if !is_hyphen(c) && !parts.is_empty() {
                f(&parts);
                parts.clear();
            }
        }
    }
    if !part.is_empty() {
        parts.push(part);
    }
    if !parts.is_empty() {
        f(&parts);
    }
}

/// A meaningful word of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
struct QueryWord {
    /// Lower-case, as typed (hyphenated parts joined).
    raw: String,
    folded: String,
    /// The word being typed: it may be the beginning of a longer word.
    prefix: bool,
}

fn query_words(query: &str) -> Vec<QueryWord> {
    let mut chunks: Vec<String> = Vec::new();
    for_each_chunk(query, |parts| chunks.push(parts.concat()));
    let typing = query.chars().next_back().is_some_and(|c| c.is_alphanumeric() || is_hyphen(c) || is_combining(c));
    let last = chunks.len().saturating_sub(1);
    let mut words = Vec::new();
    for (i, raw) in chunks.into_iter().enumerate() {
        let folded = fold(&raw);
        if folded.len() < 2 || STOP_WORDS.contains(&folded.as_str()) {
            continue;
        }
        words.push(QueryWord { raw, folded, prefix: typing && i == last });
        if words.len() == MAX_QUERY_WORDS {
            break;
        }
    }
    words
}

/// Finds the words of the sorted `terms` within `k` edits of `q` (restricted Damerau-Levenshtein,
/// i.e. optimal string alignment: insertion, deletion, substitution, transposition of two
/// neighbours) and calls `hit(index, full, prefix)` for each: `full` is the distance to the whole
/// word, `prefix` (only with `prefixes`) the least distance to a beginning of it, `None` when
/// over `k`. Queries longer than [`MAX_TYPO_WORD`] find nothing.
///
/// One dynamic-programming row per letter of a term, kept in a matrix: consecutive sorted terms
/// share their common beginning's rows (a trie walk over the sorted array), and as soon as a
/// row is all over `k` every term that shares that beginning is skipped by a binary search.
fn typo_scan(terms: &[Box<str>], q: &[u8], k: u8, prefixes: bool, mut hit: impl FnMut(usize, Option<u8>, Option<u8>)) {
    let n = q.len();
    if n > MAX_TYPO_WORD {
        return;
    }
    let k_len = usize::from(k);
    let big = k.saturating_add(1);
    let cap = |v: usize| u8::try_from(v).unwrap_or(u8::MAX).min(big);
    let width = n + 1;
    // Row r: the distances between term[..r] and q[..i], i = 0..=n. No row past n + k is alive.
    let rows = n + k_len + 1;
    let mut d = vec![0u8; rows * width];
    // pmin[r]: the least distance between q and term[..r'], r' <= r.
    let mut pmin = vec![big; rows];
    for (i, cell) in d[..width].iter_mut().enumerate() {
        *cell = cap(i);
    }
    pmin[0] = d[n];
    let mut prev: &[u8] = &[];
    let mut valid = 0usize; // rows 0..=valid hold prev[..valid]
    let mut idx = 0usize;
    while idx < terms.len() {
        let term = terms[idx].as_bytes();
        let mut r = prev.iter().zip(term).take_while(|(a, b)| a == b).count().min(valid);
        // Set when every term that begins with term[..len] is over k as a whole.
        let mut dead_len = None;
        while r < term.len() {
            let row = r + 1;
            if row >= rows {
                dead_len = Some(row);
                break;
            }
            let (done, rest) = d.split_at_mut(row * width);
            let above = &done[(row - 1) * width..];
            let above2 = if row >= 2 { &done[(row - 2) * width..(row - 1) * width] } else { &[][..] };
            let cur = &mut rest[..width];
            let c = term[row - 1];
            cur[0] = cap(row);
            let mut row_min = cur[0];
            for i in 1..=n {
                let cost = u8::from(c != q[i - 1]);
                let mut v = (above[i - 1] + cost).min(above[i] + 1).min(cur[i - 1] + 1);
                if row >= 2 && i >= 2 && c == q[i - 2] && term[row - 2] == q[i - 1] {
                    v = v.min(above2[i - 2] + 1);
                }
                let v = v.min(big);
                cur[i] = v;
                row_min = row_min.min(v);
            }
            pmin[row] = pmin[row - 1].min(cur[n]);
            r = row;
            // No later row can come back under k (a transposition from two rows up would have
            // left a value <= k in this one).
            if row_min > k {
                dead_len = Some(row);
                break;
            }
        }
        prev = term;
        valid = r;
        if let Some(len) = dead_len {
            // As a prefix, those terms keep the best distance of the live rows.
            let beginning = &term[..len];
            let end = idx + terms[idx..].partition_point(|t| t.as_bytes().starts_with(beginning));
            if prefixes && pmin[r] <= k {
                for i in idx..end {
                    hit(i, None, Some(pmin[r]));
                }
            }
            idx = end.max(idx + 1);
        } else {
            let full = d[r * width + n];
            let full = (full <= k).then_some(full);
            let prefix = (prefixes && pmin[r] <= k).then_some(pmin[r]);
            if full.is_some() || prefix.is_some() {
                hit(idx, full, prefix);
            }
            idx += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f<'a>(locale: &'a str, weight: u32, text: &'a str) -> Field<'a> {
        Field { locale, weight, text }
    }

    /// Four pages in four languages, as the content has them.
    fn pages() -> Vec<Document<'static>> {
        vec![
            Document {
                id: "guarantee",
                fields: vec![
                    f("fr-BE", 3, "Garantie légale"),
                    f("fr-BE", 2, "garantie, défaut, réparation, remplacement, vendeur"),
                    f(
                        "fr-BE",
                        1,
                        "Pour tout bien acheté à un vendeur professionnel, vous bénéficiez d'une garantie légale de \
                         deux ans. Le vendeur doit réparer ou remplacer le produit défectueux sans frais.",
                    ),
                    f("nl-BE", 3, "Wettelijke garantie"),
                    f("nl-BE", 2, "garantie, gebrek, herstelling, vervanging, verkoper"),
                    f(
                        "nl-BE",
                        1,
                        "Voor elk goed dat u bij een professionele verkoper koopt, hebt u twee jaar wettelijke \
                         garantie. De verkoper moet het product kosteloos herstellen of vervangen.",
                    ),
                    f("de-BE", 3, "Gesetzliche Gewährleistung"),
                    f("de-BE", 2, "Gewährleistung, Mangel, Reparatur, Ersatz, Verkäufer"),
                    f(
                        "de-BE",
                        1,
                        "Für jede Ware, die Sie bei einem gewerblichen Verkäufer kaufen, gilt eine gesetzliche \
                         Gewährleistung von zwei Jahren. Der Verkäufer muss das mangelhafte Produkt kostenlos \
                         reparieren oder ersetzen.",
                    ),
                    f("en", 3, "Legal guarantee"),
                    f("en", 2, "guarantee, warranty, defect, repair, seller"),
                    f(
                        "en",
                        1,
                        "Whatever you buy from a professional seller comes with a two-year legal guarantee. The \
                         seller must repair or replace a faulty product free of charge.",
                    ),
                ],
            },
            Document {
                id: "phishing",
                fields: vec![
                    f("fr-BE", 3, "Hameçonnage (phishing)"),
                    f("fr-BE", 2, "phishing, hameçonnage, fraude, e-mail, SMS, banque"),
                    f(
                        "fr-BE",
                        1,
                        "Un e-mail ou un SMS vous demande vos codes bancaires ? Votre banque ne vous les demandera \
                         jamais. Ne cliquez pas sur le lien et signalez le message.",
                    ),
                    f("nl-BE", 3, "Phishing"),
                    f("nl-BE", 2, "phishing, fraude, e-mail, sms, bank"),
                    f(
                        "nl-BE",
                        1,
                        "Vraagt een e-mail of sms naar uw bankcodes? Uw bank vraagt die nooit. Klik niet op de link \
                         en meld het bericht.",
                    ),
                    f("de-BE", 3, "Phishing"),
                    f("de-BE", 2, "Phishing, Betrug, E-Mail, SMS, Bank"),
                    f(
                        "de-BE",
                        1,
                        "Eine E-Mail oder SMS fragt nach Ihren Bankdaten? Ihre Bank fragt nie danach. Klicken Sie \
                         nicht auf den Link und melden Sie die Nachricht.",
                    ),
                    f("en", 3, "Phishing"),
                    f("en", 2, "phishing, fraud, e-mail, text message, bank"),
                    f(
                        "en",
                        1,
                        "An e-mail or text message asks for your bank codes? Your bank never will. Do not click the \
                         link; report the message.",
                    ),
                ],
            },
            Document {
                id: "withdrawal",
                fields: vec![
                    f("fr-BE", 3, "Droit de rétractation"),
                    f("fr-BE", 2, "rétractation, achat en ligne, remboursement, contrat à distance"),
                    f(
                        "fr-BE",
                        1,
                        "Pour un achat en ligne, vous pouvez renoncer au contrat dans les 14 jours. Le vendeur \
                         vous doit le remboursement de toutes les sommes payées.",
                    ),
                    f("nl-BE", 3, "Herroepingsrecht"),
                    f("nl-BE", 2, "herroeping, online aankoop, terugbetaling, overeenkomst op afstand"),
                    f(
                        "nl-BE",
                        1,
                        "Bij een online aankoop kunt u binnen 14 dagen afzien van de overeenkomst. De verkoper \
                         moet u alles terugbetalen.",
                    ),
                    f("de-BE", 3, "Widerrufsrecht"),
                    f("de-BE", 2, "Widerruf, Online-Kauf, Rückerstattung, Fernabsatzvertrag"),
                    f(
                        "de-BE",
                        1,
                        "Bei einem Online-Kauf können Sie den Vertrag innerhalb von 14 Tagen widerrufen. Der \
                         Verkäufer muss Ihnen alle Zahlungen erstatten.",
                    ),
                    f("en", 3, "Right of withdrawal"),
                    f("en", 2, "withdrawal, online purchase, refund, distance contract"),
                    f(
                        "en",
                        1,
                        "For an online purchase you may cancel the contract within 14 days. The seller must refund \
                         everything you paid.",
                    ),
                ],
            },
            Document {
                id: "energy",
                fields: vec![
                    f("fr-BE", 3, "Contrat d'énergie"),
                    f("fr-BE", 2, "énergie, électricité, gaz, fournisseur, facture"),
                    f(
                        "fr-BE",
                        1,
                        "Vous pouvez changer de fournisseur d'électricité et de gaz à tout moment, sans frais. \
                         Comparez les offres avant de signer.",
                    ),
                    f("nl-BE", 3, "Energiecontract"),
                    f("nl-BE", 2, "energie, elektriciteit, gas, leverancier, factuur"),
                    f(
                        "nl-BE",
                        1,
                        "U kunt op elk moment kosteloos van elektriciteits- of gasleverancier veranderen. \
                         Vergelijk de aanbiedingen.",
                    ),
                    f("de-BE", 3, "Energievertrag"),
                    f("de-BE", 2, "Energie, Strom, Gas, Lieferant, Rechnung"),
                    f(
                        "de-BE",
                        1,
                        "Sie können den Strom- und Gaslieferanten jederzeit kostenlos wechseln. Vergleichen Sie \
                         die Angebote.",
                    ),
                    f("en", 3, "Energy contract"),
                    f("en", 2, "energy, electricity, gas, supplier, bill"),
                    f(
                        "en",
                        1,
                        "You can switch electricity and gas supplier at any time, free of charge. Compare offers \
                         before you sign.",
                    ),
                ],
            },
        ]
    }

    fn index() -> Index {
        Index::build(&pages())
    }

    fn ids(index: &Index, query: &str) -> Vec<String> {
        index.search(query, 10).into_iter().map(|h| h.id).collect()
    }

    fn first(index: &Index, query: &str) -> Option<String> {
        ids(index, query).into_iter().next()
    }

    #[test]
    fn empty_stop_and_short_word_queries_give_nothing() {
        let index = index();
        for query in ["", "   ", "?!…", "le la les", "de het een", "der die das", "the of my", "a à", "j'ai"] {
            assert_eq!(index.search(query, 10), vec![], "{query:?}");
        }
        assert_eq!(index.search("garantie", 0), vec![]);
        assert_eq!(Index::build(&[]).search("garantie", 10), vec![]);
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Énergie"), "energie");
        assert_eq!(fold("ŒUVRE"), "oeuvre");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Rückerstattung"), "ruckerstattung");
        assert_eq!(fold("Hameçonnage"), "hameconnage");
        assert_eq!(fold("e\u{301}nergie"), "energie");
        let index = index();
        for query in ["Energie", "énergie", "ENERGIE", "ÉNERGIE", "e\u{301}nergie", "electricite", "ÉLECTRICITÉ"] {
            assert_eq!(ids(&index, query), ["energy"], "{query:?}");
        }
        assert_eq!(ids(&index, "GEWAHRLEISTUNG"), ["guarantee"]);
        assert_eq!(ids(&index, "verkaufer"), ids(&index, "Verkäufer"));
    }

    #[test]
    fn typos_are_tolerated_by_word_length() {
        let index = index();
        assert_eq!(first(&index, "garnatie").as_deref(), Some("guarantee"), "one transposition");
        assert_eq!(first(&index, "phising").as_deref(), Some("phishing"), "one letter missing");
        assert_eq!(first(&index, "remboursment").as_deref(), Some("withdrawal"), "one letter missing");
        assert_eq!(first(&index, "Gewärhleistung").as_deref(), Some("guarantee"));
        assert_eq!(first(&index, "garnatei ").as_deref(), Some("guarantee"), "8 letters: two edits");
        assert_eq!(ids(&index, "phisng "), Vec::<String>::new(), "6 letters: two edits are too many");
        assert_eq!(ids(&index, "gax "), Vec::<String>::new(), "under 4 letters: no typo");
        assert_eq!(ids(&index, "bnak "), ["phishing"], "4 letters: one transposition");
    }

    #[test]
    fn a_correct_word_does_not_bring_its_typo_neighbours() {
        let docs = [
            Document { id: "mail", fields: vec![f("en", 1, "A suspicious mail")] },
            Document { id: "main", fields: vec![f("en", 1, "The main office")] },
        ];
        let index = Index::build(&docs);
        assert_eq!(ids(&index, "mail "), ["mail"]);
        assert_eq!(ids(&index, "main "), ["main"]);
        assert_eq!(ids(&index, "maim "), ["mail", "main"], "a typo of either finds both");
    }

    #[test]
    fn edit_distance() {
        let scan = |a: &str, b: &str, k, prefix: bool| {
            let mut found = (None, None);
            typo_scan(&[b.into()], a.as_bytes(), k, prefix, |_, full, pre| found = (full, pre));
            found
        };
        let d = |a: &str, b: &str, k| scan(a, b, k, false).0;
        assert_eq!(d("garantie", "garantie", 2), Some(0));
        assert_eq!(d("garnatie", "garantie", 1), Some(1));
        assert_eq!(d("phising", "phishing", 1), Some(1));
        assert_eq!(d("garnatei", "garantie", 2), Some(2));
        assert_eq!(d("garnatei", "garantie", 1), None);
        assert_eq!(d("abcd", "abcdefg", 2), None);
        assert_eq!(d("", "ab", 2), Some(2));
        let p = |a: &str, b: &str, k| scan(a, b, k, true).1;
        assert_eq!(p("phisi", "phishing", 1), Some(1));
        assert_eq!(p("rembou", "remboursement", 1), Some(0));
        assert_eq!(p("rembpu", "remboursement", 1), Some(1));
        assert_eq!(p("xyzzy", "remboursement", 1), None);
    }

    /// Plain optimal-string-alignment distance, for reference.
    fn osa(a: &[u8], b: &[u8]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j - 1] + cost).min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn typo_scan_agrees_with_the_plain_distance() {
        // A small alphabet, so that terms share beginnings and come close to the queries.
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        let mut word = |max: u64| -> String { (0..next(max)).map(|_| b"abcde"[next(5)] as char).collect() };
        let mut terms: Vec<String> = (0..400).map(|_| word(9)).collect();
        terms.sort();
        terms.dedup();
        let boxed: Vec<Box<str>> = terms.iter().map(|t| t.as_str().into()).collect();
        for _ in 0..150 {
            let q = word(8);
            for k in 1..=2u8 {
                let mut got = vec![(None, None); terms.len()];
                typo_scan(&boxed, q.as_bytes(), k, true, |i, full, prefix| got[i] = (full, prefix));
                for (t, got) in terms.iter().zip(&got) {
                    let full = osa(q.as_bytes(), t.as_bytes());
                    let prefix = (0..=t.len()).map(|j| osa(q.as_bytes(), &t.as_bytes()[..j])).min().unwrap_or(0);
                    let within = |d: usize| (d <= usize::from(k)).then_some(d as u8);
                    assert_eq!(*got, (within(full), within(prefix)), "{q:?} {t:?} k={k}");
                }
            }
        }
    }

    #[test]
    fn stems_find_other_forms_of_a_word() {
        let index = index();
        assert_eq!(first(&index, "garanties ").as_deref(), Some("guarantee"));
        assert_eq!(first(&index, "remboursements ").as_deref(), Some("withdrawal"));
        assert_eq!(first(&index, "contracts ").as_deref(), Some("energy"), "en: contract");
        assert!(ids(&index, "contracts ").contains(&"withdrawal".to_owned()));
        assert_eq!(first(&index, "Verträge ").as_deref(), Some("withdrawal"), "de: Vertrag");
        assert_eq!(first(&index, "leveranciers ").as_deref(), Some("energy"), "nl: leverancier");
        assert_eq!(first(&index, "repaired ").as_deref(), Some("guarantee"), "en: repair");
    }

    #[test]
    fn the_word_being_typed_matches_as_a_prefix() {
        let index = index();
        assert_eq!(ids(&index, "rembou"), ["withdrawal"]);
        assert_eq!(ids(&index, "rembou "), Vec::<String>::new(), "a finished word is no prefix");
        assert_eq!(ids(&index, "gew"), ["guarantee"]);
        assert_eq!(ids(&index, "re"), Vec::<String>::new(), "under 3 letters: no prefix");
        assert_eq!(ids(&index, "garantie lég"), ["guarantee"]);
        assert_eq!(ids(&index, "rembou garantie"), Vec::<String>::new(), "only the last word is a prefix");
        assert_eq!(first(&index, "phisi").as_deref(), Some("phishing"), "a typo on the way");
        // Typing a word with a typo in it, letter by letter: the page stays found.
        for (word, page) in [("phising", "phishing"), ("garnatie", "guarantee"), ("remboursment", "withdrawal")] {
            let chars: Vec<char> = word.chars().collect();
            for end in 4..=chars.len() {
                let typed: String = chars[..end].iter().collect();
                assert_eq!(first(&index, &typed).as_deref(), Some(page), "{typed:?}");
            }
        }
        // "rem" also begins "remplacement"; from "remb" on, every keystroke finds the page first.
        assert!(ids(&index, "rem").contains(&"withdrawal".to_owned()));
        let word = "remboursement";
        for end in 4..=word.len() {
            assert_eq!(first(&index, &word[..end]).as_deref(), Some("withdrawal"), "{}", &word[..end]);
        }
    }

    #[test]
    fn any_language_finds_the_page() {
        let index = index();
        for query in ["warranty", "garantie", "Gewährleistung", "wettelijke", "guarantee", "garantie légale"] {
            assert_eq!(first(&index, query).as_deref(), Some("guarantee"), "{query:?}");
        }
        for query in ["refund", "terugbetaling", "Rückerstattung", "remboursement", "Widerruf"] {
            assert_eq!(first(&index, query).as_deref(), Some("withdrawal"), "{query:?}");
        }
    }

    #[test]
    fn every_word_must_match() {
        let index = index();
        assert_eq!(ids(&index, "garantie légale"), ["guarantee"]);
        assert_eq!(ids(&index, "online refund"), ["withdrawal"]);
        assert_eq!(ids(&index, "garantie phishing"), Vec::<String>::new());
        assert_eq!(ids(&index, "garantie xylophone"), Vec::<String>::new());
        assert_eq!(ids(&index, "la garantie de la"), ids(&index, "garantie"));
        assert_eq!(ids(&index, "the guarantee"), ["guarantee"]);
        assert_eq!(ids(&index, "die Gewährleistung"), ["guarantee"]);
        assert_eq!(ids(&index, "de garantie"), ["guarantee"]);
        assert_eq!(ids(&index, "e-mail"), ["phishing"]);
        assert_eq!(ids(&index, "email "), ["phishing"]);
    }

    #[test]
    fn exact_beats_stem_beats_prefix_beats_typo() {
        let doc = [Document { id: "p", fields: vec![f("fr-BE", 1, "La garantie du vendeur")] }];
        let index = Index::build(&doc);
        let score = |q: &str| index.search(q, 10).first().map_or(0, |h| h.score);
        let (exact, stem, prefix, typo) = (score("garantie "), score("garanties "), score("garan"), score("garnatie "));
        assert!(exact > stem && stem > prefix && prefix > typo && typo > 0, "{exact} {stem} {prefix} {typo}");
    }

    #[test]
    fn field_weight_multiplies_and_scores_add_up() {
        let docs = [
            Document { id: "body", fields: vec![f("en", WEIGHT_BODY, "A note on the energy bill.")] },
            Document { id: "title", fields: vec![f("en", WEIGHT_TITLE, "Energy"), f("en", WEIGHT_BODY, "bill")] },
            Document { id: "words", fields: vec![f("en", WEIGHT_WORDS, "energy"), f("en", WEIGHT_BODY, "bill")] },
        ];
        let index = Index::build(&docs);
        let hits = index.search("energy ", 10);
        assert_eq!(hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), ["title", "words", "body"]);
        // The title weighs three times the body (up to the rounding of the extra matches).
        assert_eq!(hits[0].score / hits[2].score, 3, "{hits:?}");
        let both = index.search("energy bill ", 10);
        let of = |q: &str, id: &str| index.search(q, 10).into_iter().find(|h| h.id == id).map_or(0, |h| h.score);
        assert_eq!(both[0].id, "title");
        assert_eq!(both[0].score, of("energy ", "title") + of("bill ", "title"));
    }

    #[test]
    fn the_page_that_is_about_the_word_comes_first() {
        // Both pages have the word once in their search words; one also in its text, twice.
        let docs = [
            Document { id: "a-mention", fields: vec![f("nl-BE", WEIGHT_WORDS, "herroeping, krediet")] },
            Document {
                id: "b-about",
                fields: vec![
                    f("nl-BE", WEIGHT_WORDS, "herroepingsrecht, herroepen"),
                    f("nl-BE", WEIGHT_BODY, "U kunt herroepen binnen 14 dagen. Wie herroept, krijgt zijn geld terug."),
                ],
            },
        ];
        let index = Index::build(&docs);
        let hits = index.search("herroepen", 10);
        assert_eq!(hits[0].id, "b-about", "{hits:?}");
    }

    #[test]
    fn ties_are_broken_by_id_and_limit_is_kept() {
        let docs: Vec<Document> = ["c", "a", "b"]
            .into_iter()
            .map(|id| Document { id, fields: vec![f("en", 1, "Telemarketing calls")] })
            .collect();
        let index = Index::build(&docs);
        assert_eq!(ids(&index, "telemarketing"), ["a", "b", "c"]);
        assert_eq!(index.search("telemarketing", 2).len(), 2);
        assert_eq!(index.search("telemarketing", 2)[0].id, "a");
    }

    #[test]
    fn index_is_send_and_sync() {
        fn check<T: Send + Sync + 'static>() {}
        check::<Index>();
        check::<Hit>();
    }

    #[test]
    fn never_panics_on_odd_input() {
        let long_word = "a".repeat(5000);
        let long_text = "garantie énergie 🙂 ".repeat(300);
        let odd = [
            "",
            "🙂🙃🇧🇪👩‍👩‍👧",
            "!!!???...,,,;;;---",
            "-",
            "'",
            long_word.as_str(),
            long_text.as_str(),
            "İstanbul ǅ ŉ ﬁ ẞ",
            "中文 العربية русский ελληνικά",
            "e\u{301}\u{301}\u{301}",
            "\u{301}\u{302}",
            "\0\u{FFFF}\u{10FFFF}\u{200D}\u{FEFF}",
            "garantie\u{0}légale",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "ſ K Å",
        ];
        let mut docs = pages();
        docs.push(Document { id: "", fields: vec![] });
        docs.push(Document {
            id: "odd",
            fields: odd.iter().map(|t| f("de-BE", 1, t)).chain([f("xx", u32::MAX, "garantie"), f("", 0, "")]).collect(),
        });
        let index = Index::build(&docs);
        for query in odd {
            let _ = index.search(query, 10);
            let _ = index.search(query, usize::MAX);
        }
        // Pseudo-random strings over a mixed palette (deterministic).
        let palette: Vec<char> = "aeiourstnlmgphéèàçüößœ -'’.,🙂中\u{301}İ0123456789".chars().collect();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..2000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            let query: String =
                (0..len).map(|i| palette[((seed >> (i % 50)) as usize).wrapping_add(i * 7) % palette.len()]).collect();
            let _ = index.search(&query, 5);
        }
        assert_eq!(index.search(&long_word, 10), vec![]);
        assert!(!index.search(&long_text, 10).is_empty());
    }
}
