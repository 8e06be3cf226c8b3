//! Keyword search at every keystroke: builds an index of 50 synthetic pages × 4 locales (title,
//! keyword list and ~300 words of body per locale, drawn deterministically from a few hundred
//! real fr/nl/de/en consumer words, with German and Dutch compounds and plurals so that the
//! vocabulary is as large as real content's), then types queries letter by letter and times
//! each search. Prints the build time, per-keystroke p50 / p99 / max in µs, the number of
//! keystrokes, and the memory the index keeps and the peak during build and search (a counting
//! allocator). Aim: p99 far below 5 ms.
//!
//! `cargo bench -p cc-core --bench search`: 200 rounds of typing. Under a plain run: 1 round.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use cc_core::search::{Document, Field, Index, WEIGHT_BODY, WEIGHT_TITLE, WEIGHT_WORDS};

/// Counts live heap bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let live = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
                PEAK.fetch_max(live, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const FR: &str = "garantie légale vendeur acheteur consommateur contrat remboursement rétractation délai jours \
    achat en ligne boutique magasin facture prix promotion réduction soldes livraison colis retard défaut \
    réparation remplacement produit service après-vente plainte réclamation médiation litige tribunal avocat \
    assurance banque crédit prêt taux intérêt frais paiement carte virement domiciliation compte épargne \
    hameçonnage phishing fraude arnaque escroquerie message courriel lien code sécurité mot de passe \
    démarchage téléphonique appel vente porte à porte abonnement résiliation préavis renouvellement \
    énergie électricité gaz fournisseur compteur tarif consommation chauffage mazout isolation \
    télécommunications opérateur internet téléphone mobile forfait données itinérance voyage vol annulation \
    bagages indemnisation compagnie aérienne hôtel réservation location voiture garage réparation kilométrage \
    publicité trompeuse étiquetage information sécurité alimentaire rappel données personnelles vie privée \
    droit loi règle obligation protection inspection économique signalement formulaire preuve reçu ticket \
    conditions générales clause abusive vente forcée dette recouvrement huissier médiateur";

const NL: &str = "wettelijke garantie verkoper koper consument overeenkomst terugbetaling herroeping termijn dagen \
    online aankoop winkel factuur prijs promotie korting koopjes levering pakje vertraging gebrek herstelling \
    vervanging product klantendienst klacht bemiddeling geschil rechtbank advocaat verzekering bank krediet \
    lening rentevoet kosten betaling kaart overschrijving domiciliëring rekening spaarrekening phishing fraude \
    oplichting bericht mail link code beveiliging wachtwoord telefonische verkoop oproep huis-aan-huisverkoop \
    abonnement opzegging opzegtermijn verlenging energie elektriciteit gas leverancier meter tarief verbruik \
    verwarming stookolie isolatie telecommunicatie operator internet telefoon gsm bundel gegevens roaming reis \
    vlucht annulering bagage schadevergoeding luchtvaartmaatschappij hotel reservering huur auto garage \
    kilometerstand misleidende reclame etikettering informatie voedselveiligheid terugroeping persoonsgegevens \
    privacy recht wet regel verplichting bescherming economische inspectie melding formulier bewijs ontvangstbewijs \
    algemene voorwaarden onrechtmatig beding schuld invordering gerechtsdeurwaarder ombudsman";

const DE: &str = "gesetzliche Gewährleistung Verkäufer Käufer Verbraucher Vertrag Rückerstattung Widerruf Frist \
    Tage Online-Kauf Geschäft Rechnung Preis Werbeaktion Rabatt Schlussverkauf Lieferung Paket Verspätung \
    Mangel Reparatur Ersatz Produkt Kundendienst Beschwerde Schlichtung Streitfall Gericht Anwalt \
    Versicherung Bank Kredit Darlehen Zinssatz Kosten Zahlung Karte Überweisung Lastschrift Konto Sparkonto \
    Phishing Betrug Abzocke Nachricht E-Mail Link Code Sicherheit Passwort Telefonwerbung Anruf Haustürgeschäft \
    Abonnement Kündigung Kündigungsfrist Verlängerung Energie Strom Gas Lieferant Zähler Tarif Verbrauch \
    Heizung Heizöl Dämmung Telekommunikation Betreiber Internet Telefon Handy Tarifpaket Daten Roaming Reise \
    Flug Stornierung Gepäck Entschädigung Fluggesellschaft Hotel Buchung Miete Auto Werkstatt Kilometerstand \
    irreführende Werbung Kennzeichnung Information Lebensmittelsicherheit Rückruf personenbezogene Daten \
    Datenschutz Recht Gesetz Regel Pflicht Schutz Wirtschaftsinspektion Meldung Formular Beweis Quittung \
    allgemeine Geschäftsbedingungen missbräuchliche Klausel Schulden Inkasso Gerichtsvollzieher Ombudsmann";

const EN: &str = "legal guarantee warranty seller buyer consumer contract refund withdrawal period days online \
    purchase shop invoice price promotion discount sales delivery parcel delay defect repair replacement \
    product customer service complaint mediation dispute court lawyer insurance bank credit loan interest \
    rate charges payment card transfer direct debit account savings phishing fraud scam message email link \
    code security password telemarketing call doorstep selling subscription cancellation notice renewal \
    energy electricity gas supplier meter tariff consumption heating oil insulation telecommunications \
    operator internet phone mobile bundle data roaming travel flight cancellation luggage compensation \
    airline hotel booking rental car garage mileage misleading advertising labelling information food \
    safety recall personal data privacy right law rule obligation protection economic inspection report \
    form proof receipt terms conditions unfair clause debt collection bailiff ombudsman";

/// A field's locale, weight and text.
type OwnedField = (&'static str, u32, String);

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Skewed towards the start of the list, like word frequencies.
    fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(n);
        a.min(b)
    }
}

/// A word of the locale's list, sometimes inflected or (de, nl) joined into a compound.
fn word(rng: &mut Rng, words: &[&str], lang: &str) -> String {
    let w = words[rng.skewed(words.len())];
    match (lang, rng.below(10)) {
        ("de", 0..=1) => {
            let second = words[rng.below(words.len())].to_lowercase();
            format!("{w}{second}")
        }
        ("nl", 0..=1) => format!("{w}{}", words[rng.below(words.len())]),
        ("de", 2) => format!("{w}en"),
        ("nl", 2) => format!("{w}en"),
        ("fr" | "en", 0) => format!("{w}s"),
        ("en", 1) => format!("{w}ed"),
        ("fr", 1) => format!("{w}e"),
        _ => w.to_owned(),
    }
}

fn sentence(rng: &mut Rng, words: &[&str], lang: &str, n: usize) -> String {
    let mut out = String::new();
    for i in 0..n {
        let w = word(rng, words, lang);
        if i % 12 == 0 && !out.is_empty() {
            out.push_str(". ");
            let mut c = w.chars();
            out.extend(c.next().into_iter().flat_map(char::to_uppercase));
            out.push_str(c.as_str());
        } else {
            if !out.is_empty() {
                out.push(if rng.below(9) == 0 { ',' } else { ' ' });
                out.push(' ');
            }
            out.push_str(&w);
        }
    }
    out.push('.');
    out
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let rounds = if bench { 200 } else { 1 };
    let langs: [(&'static str, &str, Vec<&str>); 4] = [
        ("fr-BE", "fr", FR.split_whitespace().collect()),
        ("nl-BE", "nl", NL.split_whitespace().collect()),
        ("de-BE", "de", DE.split_whitespace().collect()),
        ("en", "en", EN.split_whitespace().collect()),
    ];
    let list_words: usize = langs.iter().map(|l| l.2.len()).sum();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut texts: Vec<(String, Vec<OwnedField>)> = Vec::new();
    for d in 0..50 {
        let mut fields = Vec::new();
        for (locale, lang, words) in &langs {
            fields.push((*locale, WEIGHT_TITLE, sentence(&mut rng, words, lang, 3)));
            let keywords: Vec<String> = (0..6).map(|_| word(&mut rng, words, lang)).collect();
            fields.push((*locale, WEIGHT_WORDS, keywords.join(", ")));
            fields.push((*locale, WEIGHT_BODY, sentence(&mut rng, words, lang, 300)));
        }
        texts.push((format!("page-{d:02}"), fields));
    }
    let docs: Vec<Document> = texts
        .iter()
        .map(|(id, fields)| Document {
            id,
            fields: fields.iter().map(|(locale, weight, text)| Field { locale, weight: *weight, text }).collect(),
        })
        .collect();
    let words_indexed: usize = texts.iter().flat_map(|t| &t.1).map(|f| f.2.split_whitespace().count()).sum();

    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let t = Instant::now();
    let index = Index::build(&docs);
    let build_ms = t.elapsed().as_secs_f64() * 1000.0;
    let kept = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    let build_peak = PEAK.load(Ordering::Relaxed).saturating_sub(before);
    // Build once more for a steadier build time (the first pays for page faults).
    let t = Instant::now();
    let again = Index::build(&docs);
    let rebuild_ms = t.elapsed().as_secs_f64() * 1000.0;
    drop(again);

    let queries = [
        "remboursement",
        "garantie légale",
        "phising",
        "Gewährleistung",
        "telemarketing",
        "remboursment",
        "wettelijke garantie",
        "Rückerstattung Vertrag",
        "energy contract",
        "démarchage téléphonique",
        "xylophone",
    ];
    let keystrokes = rounds * queries.iter().map(|q| q.chars().count()).sum::<usize>();
    let mut times = Vec::with_capacity(keystrokes);
    let mut found = Vec::with_capacity(queries.len());
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    for round in 0..rounds {
        for query in queries {
            let mut typed = String::new();
            for c in query.chars() {
                typed.push(c);
                let t = Instant::now();
                let hits = index.search(&typed, 10);
                times.push(t.elapsed().as_secs_f64() * 1e6);
                if round == 0 && typed.len() == query.len() {
                    found.push((query, hits.len(), hits.first().map(|h| h.id.clone())));
                }
            }
        }
    }
    let search_peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    println!("search: {index:?}, {words_indexed} words indexed from a list of {list_words}");
    println!("search: index build {build_ms:.1} ms (again: {rebuild_ms:.1} ms)");
    println!(
        "search: per keystroke over {keystrokes} keystrokes ({} queries x {rounds} rounds): p50 {:.1} us, p99 {:.1} us, max {:.1} us (aim p99 <= 5000 us)",
        queries.len(),
        pct(0.50),
        pct(0.99),
        times[keystrokes - 1]
    );
    println!(
        "search: memory: index keeps {:.2} MiB, build peak {:.2} MiB, search peak extra {:.1} KiB",
        kept as f64 / 1048576.0,
        build_peak as f64 / 1048576.0,
        search_peak as f64 / 1024.0
    );
    for (query, n, first) in found {
        println!("search:   {query:?} -> {n} hits, first {}", first.as_deref().unwrap_or("-"));
    }
}
