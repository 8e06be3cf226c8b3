//! The content of the kiosk: `kiosk-config/content/` (structure) and the texts of
//! `i18n/<locale>/` — themes, sub-topics and information pages, useful numbers, the "find a
//! solution" questionnaire, the mediation services and the routing to them.
//!
//! [`Content::load`] reads and checks everything and reports every problem with its file and
//! place (`cc-kiosk content check`); the kiosk runs the same check at start-up on the content
//! built into it and refuses to start on a problem.

mod check;
pub mod forms;
pub mod report;
mod walk;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use cc_core::locale::Localized;
use cc_core::routing::{Admission, Complaint, LateComplaint, PriorComplaint, Verdict};
use cc_core::tree::{Answer, Facts, Question, Tree};

pub use report::ReportContent;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/content_files.rs"));
}

pub const CONTENT_DIR: &str = "kiosk-config/content";
pub const ICON_DIR: &str = "assets/icons/themes";

/// The files content is read from, by path relative to the project root
/// (`kiosk-config/content/…`, `i18n/<locale>/….ftl`, `assets/icons/themes/…`).
#[derive(Debug, Clone, Default)]
pub struct Source {
    files: BTreeMap<String, Vec<u8>>,
}

impl Source {
    /// A short identifier of these files (12 hex digits of an FNV-1a hash of every path and
    /// byte): two terminals with the same value show the same content.
    pub fn version(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for (path, bytes) in &self.files {
            for b in path.as_bytes().iter().chain([0u8].iter()).chain(bytes.iter()).chain([0u8].iter()) {
                h ^= u64::from(*b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        format!("{:012x}", h >> 16)
    }

    /// The content and texts built into the binary.
    pub fn embedded() -> Source {
        let mut files: BTreeMap<String, Vec<u8>> =
            embedded::FILES.iter().map(|(p, b)| (p.to_string(), b.to_vec())).collect();
        for (locale, file, text) in crate::i18n::Translations::embedded_files() {
            files.insert(format!("i18n/{locale}/{file}"), text.as_bytes().to_vec());
        }
        Source { files }
    }

    /// The content of a folder laid out like the project: `DIR/kiosk-config/content/`,
    /// `DIR/i18n/`, `DIR/assets/icons/themes/`.
    pub fn dir(root: &Path) -> Result<Source, String> {
        let mut files = BTreeMap::new();
        let content = root.join(CONTENT_DIR);
        if !content.is_dir() {
            return Err(format!("{}: no such folder (expected the project's layout)", content.display()));
        }
        for sub in [CONTENT_DIR, "i18n", ICON_DIR] {
            for p in walk::files_under(&root.join(sub)) {
                let rel = p.strip_prefix(root).map_err(|e| e.to_string())?.to_string_lossy().replace('\\', "/");
                let bytes = std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?;
                files.insert(rel, bytes);
            }
        }
        Ok(Source { files })
    }

    /// The translations of this source (`i18n/<locale>/*.ftl`).
    pub fn translations(&self) -> Result<crate::i18n::Translations, String> {
        let files: Vec<(&str, &str, &str)> = self
            .files
            .iter()
            .filter_map(|(path, bytes)| {
                let rest = path.strip_prefix("i18n/")?;
                let (locale, file) = rest.split_once('/')?;
                let text = std::str::from_utf8(bytes).ok()?;
                (file.ends_with(".ftl") && !file.contains('/')).then_some((locale, file, text))
            })
            .collect();
        crate::i18n::Translations::from_files(files).map_err(|e| e.to_string())
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// Replaces or adds a file (tests build broken content this way).
    pub fn set(&mut self, path: &str, bytes: impl Into<Vec<u8>>) {
        self.files.insert(path.to_string(), bytes.into());
    }

    pub fn remove(&mut self, path: &str) {
        self.files.remove(path);
    }

    /// The text of a file, or why it cannot be read.
    pub fn text(&self, path: &str) -> Result<&str, String> {
        let bytes = self.files.get(path).ok_or_else(|| format!("{path}: missing"))?;
        std::str::from_utf8(bytes).map_err(|e| format!("{path}: not UTF-8 ({e})"))
    }

    /// Paths under a folder (recursive), sorted.
    pub fn paths_under<'a>(&'a self, dir: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.files.keys().map(String::as_str).filter(move |p| p.starts_with(dir) && p[dir.len()..].starts_with('/'))
    }
}

/// A theme of "find information": its icon and sub-topics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub id: String,
    /// File name in `assets/icons/themes/`.
    pub icon: String,
    pub topics: Vec<Topic>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    pub id: String,
    pub pages: Vec<String>,
}

/// An information page: text in `page-<id>-title|rule|now|words`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub id: String,
    /// None for the general pages (reached from the questionnaire and search only).
    pub theme: Option<String>,
    /// Offers "report this practice".
    pub report: bool,
    /// Offers mediation routing, with this sector preset.
    pub mediation: Option<String>,
    /// Useful numbers shown on the page.
    pub contacts: Vec<String>,
    /// The official pages its facts were checked against, and when.
    pub sources: Vec<String>,
    pub checked: Option<String>,
}

/// A useful number: text in `contact-<id>-name|when`. Each value may differ by language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: String,
    pub phone: Option<Localized>,
    pub email: Option<Localized>,
    pub website: Option<Localized>,
    /// The official pages its details were checked against, and when.
    #[serde(default)]
    pub sources: Vec<String>,
    pub checked: Option<String>,
}

/// A mediation service: text in `service-<id>-name|scope|conditions|prepare|cost`. Its contact
/// details may differ by language; its conditions about the complaint to the company decide
/// what the routing tells the visitor (see [`cc_core::routing`]).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub website: Localized,
    pub phone: Option<Localized>,
    pub email: Option<Localized>,
    pub address: Option<Localized>,
    /// `required` (default), `advised` or `not-required`.
    pub prior_complaint: Option<String>,
    /// `may-refuse` (default) or `no-limit`.
    pub late_complaint: Option<String>,
    /// A qualified entity under Book XVI of the Code of Economic Law (default): its receipt
    /// gives the legal time frames (a refusal explained within 3 weeks, a result within 90
    /// days of a complete file).
    #[serde(default = "yes")]
    pub qualified_entity: bool,
    #[serde(default)]
    pub sources: Vec<String>,
    pub checked: Option<String>,
}

fn yes() -> bool {
    true
}

impl Service {
    /// Its conditions about the complaint to the company (checked by `content check`).
    pub fn admission(&self) -> Admission {
        Admission {
            prior: self.prior_complaint.as_deref().and_then(PriorComplaint::parse).unwrap_or_default(),
            late: self.late_complaint.as_deref().and_then(LateComplaint::parse).unwrap_or_default(),
        }
    }
}

/// Why no mediation is possible (yet), and what to do: text in `advice-<id>-title|text|next`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub id: String,
    #[serde(default)]
    pub contacts: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    pub checked: Option<String>,
}

/// The advice shown when a service needs a written complaint to the company first.
pub const COMPLAIN_FIRST: &str = "complain-first";

/// What the routing shows at its end, once the service's conditions are applied to what the
/// visitor said.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RouteResult {
    /// The service to turn to now.
    pub service: Option<String>,
    /// The advice to follow (instead).
    pub advice: Option<String>,
    /// With the advice "complain first": the service to turn to afterwards.
    pub after: Option<String>,
    /// A caution shown with the service (a message key).
    pub note: Option<&'static str>,
}

/// Where an official fact was checked: for `cc-kiosk content sources`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced {
    /// `page`, `service`, `contact` or `advice`.
    pub kind: &'static str,
    pub id: String,
    pub checked: String,
    pub sources: Vec<String>,
}

/// Where the questionnaire ends: a page, and the facts learnt (theme, channel, sector…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub id: String,
    pub page: String,
    pub sets: Facts,
}

/// Where the mediation routing ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouteEnd {
    Service(String),
    Advice(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Questionnaire {
    pub tree: Tree,
    pub outcomes: BTreeMap<String, Outcome>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Routing {
    pub tree: Tree,
    pub outcomes: BTreeMap<String, RouteEnd>,
}

/// Everything, checked.
#[derive(Debug, Clone)]
pub struct Content {
    pub report: ReportContent,
    /// In the report form's order.
    pub themes: Vec<Theme>,
    pub pages: Vec<Page>,
    pub contacts: Vec<Contact>,
    pub services: Vec<Service>,
    pub advice: Vec<Advice>,
    pub questionnaire: Questionnaire,
    pub routing: Routing,
    /// Icon file name → SVG bytes.
    pub icons: BTreeMap<String, Vec<u8>>,
    /// The forms (`forms/<id>.toml`) by id: `report`, `question`, `mediation`, …
    pub forms: BTreeMap<String, forms::Form>,
    /// What `content check` reports without failing: facts checked more than 12 months ago.
    pub warnings: Vec<String>,
    /// Identifies the content's files (see [`Source::version`]); shown to staff.
    pub version: String,
}

/// The facts a question may decide (`fact = …`), and the questionnaire may set.
pub const FACTS: [&str; 5] = ["theme", "channel", "sector", "location", "seller"];

/// The one fact the routing's answers set: what the visitor said of their complaint.
pub const COMPLAINT_FACT: &str = "complaint";

impl Content {
    /// The content built into the kiosk.
    pub fn shipped() -> Result<Content, Vec<String>> {
        Content::load(&Source::embedded())
    }

    /// Reads and checks everything; on failure every problem, each as `file: place: problem`.
    /// Checks older than 12 months are [`Content::warnings`], counted from today.
    pub fn load(source: &Source) -> Result<Content, Vec<String>> {
        check::load(source, cc_core::clock::brussels_today(chrono::Utc::now()))
    }

    /// [`Content::load`] as of another day (tests of the 12-month warning).
    pub fn load_on(source: &Source, today: chrono::NaiveDate) -> Result<Content, Vec<String>> {
        check::load(source, today)
    }

    /// Every page, service, contact and advice with its sources, oldest check first.
    pub fn sources(&self) -> Vec<Sourced> {
        let entry = |kind, id: &str, checked: &Option<String>, sources: &Vec<String>| Sourced {
            kind,
            id: id.to_string(),
            checked: checked.clone().unwrap_or_default(),
            sources: sources.clone(),
        };
        let mut all: Vec<Sourced> = self
            .pages
            .iter()
            .map(|p| entry("page", &p.id, &p.checked, &p.sources))
            .chain(self.services.iter().map(|s| entry("service", &s.id, &s.checked, &s.sources)))
            .chain(self.contacts.iter().map(|c| entry("contact", &c.id, &c.checked, &c.sources)))
            .chain(
                self.advice
                    .iter()
                    .filter(|a| !a.sources.is_empty())
                    .map(|a| entry("advice", &a.id, &a.checked, &a.sources)),
            )
            .collect();
        all.sort_by(|a, b| (&a.checked, a.kind, &a.id).cmp(&(&b.checked, b.kind, &b.id)));
        all
    }

    /// The end of the routing for what the visitor answered: a service's conditions about the
    /// complaint to the company applied to the fact `complaint`.
    pub fn resolve_route(&self, end: &RouteEnd, facts: &Facts) -> RouteResult {
        match end {
            RouteEnd::Advice(a) => RouteResult { advice: Some(a.clone()), ..RouteResult::default() },
            RouteEnd::Service(s) => {
                let admission = self.service(s).map(Service::admission).unwrap_or_default();
                let complaint = facts.get(COMPLAINT_FACT).and_then(|v| Complaint::parse(v));
                match cc_core::routing::admit(admission, complaint) {
                    Verdict::Service(note) => {
                        RouteResult { service: Some(s.clone()), note: note.map(|n| n.key()), ..RouteResult::default() }
                    }
                    Verdict::ComplainFirst => RouteResult {
                        advice: Some(COMPLAIN_FIRST.to_string()),
                        after: Some(s.clone()),
                        ..RouteResult::default()
                    },
                }
            }
        }
    }

    /// `content ok: …` — the one-line summary of `cc-kiosk content check`.
    pub fn summary(&self) -> String {
        format!(
            "content ok: {} themes, {} pages, {} questionnaire outcomes, {} mediation services, {} locales",
            self.themes.len(),
            self.pages.len(),
            self.questionnaire.outcomes.len(),
            self.services.len(),
            crate::i18n::LOCALES.len()
        )
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    pub fn page(&self, id: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.id == id)
    }

    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn advice(&self, id: &str) -> Option<&Advice> {
        self.advice.iter().find(|a| a.id == id)
    }

    pub fn form(&self, id: &str) -> Option<&forms::Form> {
        self.forms.get(id)
    }

    /// The mediation sectors (the routing's `sector` answers).
    pub fn sectors(&self) -> Vec<String> {
        fact_values(&self.routing.tree, "sector")
    }

    /// Every Fluent key the content needs, in every locale.
    pub fn message_keys(&self) -> BTreeSet<String> {
        check::needed_messages(self).into_keys().collect()
    }
}

/// The content and translations the kiosk runs with: `content_dir` of the configuration, or
/// what is built in. Checked as `cc-kiosk content check` checks; on a problem, the refusal.
pub fn for_config(config: &crate::config::Config) -> Result<(crate::i18n::Translations, Content), String> {
    let source = match &config.content_dir {
        Some(dir) => Source::dir(dir)?,
        None => Source::embedded(),
    };
    let content = Content::load(&source).map_err(refusal)?;
    let translations = source.translations()?;
    Ok((translations, content))
}

/// The message with which the kiosk refuses to start on bad content.
pub fn refusal(problems: Vec<String>) -> String {
    format!("the content has {} problem(s); run `cc-kiosk content check`:\n{}", problems.len(), problems.join("\n"))
}

/// The values a tree's questions give a fact (their answer ids, without `more`).
pub fn fact_values(tree: &Tree, fact: &str) -> Vec<String> {
    tree.questions
        .iter()
        .filter(|q| q.fact.as_deref() == Some(fact))
        .flat_map(|q| q.answers.iter().map(|a| a.id.clone()))
        .filter(|id| id != cc_core::tree::MORE)
        .collect()
}

// ----- the files' shapes -----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    id: String,
    icon: String,
    #[serde(default)]
    topic: Vec<TopicFile>,
    #[serde(default)]
    page: Vec<PageFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicFile {
    id: String,
    pages: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PageFile {
    id: String,
    #[serde(default)]
    report: bool,
    mediation: Option<String>,
    #[serde(default)]
    contacts: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
    checked: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GeneralFile {
    #[serde(default)]
    page: Vec<PageFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactsFile {
    contact: Vec<Contact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServicesFile {
    service: Vec<Service>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionFile {
    id: String,
    fact: Option<String>,
    #[serde(default)]
    answers: Vec<AnswerFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerFile {
    id: String,
    to: String,
    #[serde(default)]
    sets: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionnaireFile {
    start: String,
    #[serde(default)]
    question: Vec<QuestionFile>,
    #[serde(default)]
    outcome: Vec<QOutcomeFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QOutcomeFile {
    id: String,
    page: String,
    #[serde(default)]
    sets: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoutingFile {
    start: String,
    #[serde(default)]
    question: Vec<QuestionFile>,
    #[serde(default)]
    outcome: Vec<ROutcomeFile>,
    #[serde(default)]
    advice: Vec<Advice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ROutcomeFile {
    id: String,
    service: Option<String>,
    advice: Option<String>,
}

fn tree_of(start: String, questions: Vec<QuestionFile>, outcomes: Vec<String>) -> Tree {
    Tree {
        start,
        questions: questions
            .into_iter()
            .map(|q| Question {
                id: q.id,
                fact: q.fact,
                answers: q.answers.into_iter().map(|a| Answer { id: a.id, to: a.to, sets: a.sets }).collect(),
            })
            .collect(),
        outcomes,
    }
}
