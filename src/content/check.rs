//! Loading and checking the content: every problem with its file and place.

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;

use super::*;
use crate::i18n::LOCALES;

const THEMES_DIR: &str = "kiosk-config/content/themes";
const GENERAL_FILE: &str = "kiosk-config/content/general.toml";
const CONTACTS_FILE: &str = "kiosk-config/content/contacts.toml";
const SERVICES_FILE: &str = "kiosk-config/content/services.toml";
const QUESTIONNAIRE_FILE: &str = "kiosk-config/content/questionnaire.toml";
const ROUTING_FILE: &str = "kiosk-config/content/routing.toml";

/// Most pages a sub-topic lists (buttons on one screen).
const MAX_TOPIC_PAGES: usize = 6;

/// The longest text a message may have, so that it fits its place on screen at 1280×1024:
/// (key prefix, key suffix, characters). The first matching row applies.
const LIMITS: &[(&str, &str, usize)] = &[
    ("page-", "-title", 80),
    ("page-", "-rule", 600),
    ("page-", "-now", 640),
    ("page-", "-words", 400),
    ("topic-", "", 70),
    ("contact-", "-name", 50),
    ("contact-", "-when", 120),
    ("service-", "-name", 100),
    ("service-", "-scope", 200),
    ("service-", "-conditions", 560),
    ("service-", "-prepare", 560),
    ("service-", "-cost", 200),
    ("advice-", "-title", 80),
    ("advice-", "-text", 520),
    ("advice-", "-next", 560),
];
/// Questions and answers of both trees: (question, answer).
const QUESTION_LIMIT: usize = 120;
const ANSWER_LIMIT: usize = 60;
/// Lines of a numbered list (`-now`, `-next`, `-conditions`, `-prepare`).
const MAX_LIST_LINES: usize = 5;

struct Loader<'a> {
    source: &'a Source,
    problems: Vec<String>,
    warnings: Vec<String>,
    today: chrono::NaiveDate,
}

/// A check older than this is reported (a warning, not a failure) so that it is looked at again.
const STALE_AFTER_DAYS: i64 = 365;

impl Loader<'_> {
    fn problem(&mut self, file: &str, place: &str, message: impl std::fmt::Display) {
        if place.is_empty() {
            self.problems.push(format!("{file}: {message}"));
        } else {
            self.problems.push(format!("{file}: {place}: {message}"));
        }
    }

    fn parse<T: DeserializeOwned>(&mut self, path: &str) -> Option<T> {
        let text = match self.source.text(path) {
            Ok(t) => t,
            Err(e) => {
                self.problems.push(e);
                return None;
            }
        };
        match toml::from_str(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
                let place = line.map(|l| format!("line {l}")).unwrap_or_default();
                self.problem(path, &place, e.message());
                None
            }
        }
    }

    /// Each id well-formed and used once in `file`; `kind` names the entries ("contact").
    fn check_ids<'a>(&mut self, file: &str, kind: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = BTreeSet::new();
        for id in ids {
            let place = format!("{kind} {id}");
            self.check_id(file, &place, id);
            if !seen.insert(id) {
                self.problem(file, &place, "this id is used twice");
            }
        }
    }

    fn check_website(&mut self, file: &str, place: &str, url: &str) {
        if !url.starts_with("https://") {
            self.problem(file, place, format!("website {url:?} must start with https://"));
        }
    }

    /// A value that may differ by language: its locales, no empty value, an official one.
    fn check_localized(&mut self, file: &str, place: &str, field: &str, value: &Localized) {
        for p in value.problems() {
            self.problem(file, place, format!("{field}: {p}"));
        }
        if field == "website" {
            for (_, url) in value.values() {
                self.check_website(file, place, url);
            }
        }
    }

    /// Every official fact names where it was checked, and when; an old check is a warning.
    fn check_provenance(&mut self, file: &str, place: &str, sources: &[String], checked: Option<&str>) {
        if sources.is_empty() {
            self.problem(
                file,
                place,
                "no source: name the official page its facts were checked against (sources = [\"https://…\"])",
            );
        }
        for url in sources {
            if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(' ') {
                self.problem(file, place, format!("source {url:?} is not a web address"));
            }
        }
        let Some(checked) = checked else {
            self.problem(file, place, "no check date: when was it checked (checked = \"YYYY-MM-DD\")?");
            return;
        };
        match chrono::NaiveDate::parse_from_str(checked, "%Y-%m-%d") {
            Err(_) => self.problem(file, place, format!("checked = {checked:?} is not a date (YYYY-MM-DD)")),
            Ok(date) if date > self.today => {
                self.problem(file, place, format!("checked = {checked:?} is in the future"));
            }
            Ok(date) if (self.today - date).num_days() > STALE_AFTER_DAYS => self.warnings.push(format!(
                "{file}: {place}: checked {checked}, more than 12 months ago: check it again against {}",
                sources.first().map_or("its source", String::as_str)
            )),
            Ok(_) => {}
        }
    }

    fn check_id(&mut self, file: &str, place: &str, id: &str) {
        let ok = id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
            && !id.contains("--");
        if !ok {
            self.problem(file, place, format!("{id:?} is not an id (lowercase letters, digits, single - or _)"));
        }
    }
}

pub(super) fn load(source: &Source, today: chrono::NaiveDate) -> Result<Content, Vec<String>> {
    let mut l = Loader { source, problems: Vec::new(), warnings: Vec::new(), today };

    let report = match source.text(report::REPORT_FILE).and_then(|t| ReportContent::parse(t, report::REPORT_FILE)) {
        Ok(r) => r,
        Err(e) => {
            l.problems.push(e);
            ReportContent { themes: vec![], channels: vec![] }
        }
    };

    // Routing first: it defines the mediation sectors and locations.
    let (routing, advice) = load_routing(&mut l);
    let sectors = fact_values(&routing.tree, "sector");
    let locations = fact_values(&routing.tree, "location");

    let contacts = l.parse::<ContactsFile>(CONTACTS_FILE).map(|f| f.contact).unwrap_or_default();
    l.check_ids(CONTACTS_FILE, "contact", contacts.iter().map(|c| c.id.as_str()));
    for c in &contacts {
        let place = format!("contact {}", c.id);
        if c.phone.is_none() && c.email.is_none() && c.website.is_none() {
            l.problem(CONTACTS_FILE, &place, "no phone, e-mail or website");
        }
        for (field, value) in [("phone", &c.phone), ("email", &c.email), ("website", &c.website)] {
            if let Some(v) = value {
                l.check_localized(CONTACTS_FILE, &place, field, v);
            }
        }
        l.check_provenance(CONTACTS_FILE, &place, &c.sources, c.checked.as_deref());
    }
    let contact_ids: BTreeSet<&str> = contacts.iter().map(|c| c.id.as_str()).collect();

    let services = l.parse::<ServicesFile>(SERVICES_FILE).map(|f| f.service).unwrap_or_default();
    l.check_ids(SERVICES_FILE, "service", services.iter().map(|s| s.id.as_str()));
    for s in &services {
        let place = format!("service {}", s.id);
        l.check_localized(SERVICES_FILE, &place, "website", &s.website);
        for (field, value) in [("phone", &s.phone), ("email", &s.email), ("address", &s.address)] {
            if let Some(v) = value {
                l.check_localized(SERVICES_FILE, &place, field, v);
            }
        }
        if let Some(v) = &s.prior_complaint
            && cc_core::routing::PriorComplaint::parse(v).is_none()
        {
            let known = cc_core::routing::PriorComplaint::VALUES;
            l.problem(SERVICES_FILE, &place, format!("prior_complaint = {v:?} is not one of {known:?}"));
        }
        if let Some(v) = &s.late_complaint
            && cc_core::routing::LateComplaint::parse(v).is_none()
        {
            let known = cc_core::routing::LateComplaint::VALUES;
            l.problem(SERVICES_FILE, &place, format!("late_complaint = {v:?} is not one of {known:?}"));
        }
        l.check_provenance(SERVICES_FILE, &place, &s.sources, s.checked.as_deref());
    }
    if services.iter().any(|s| s.admission().prior == cc_core::routing::PriorComplaint::Required)
        && !advice.iter().any(|a| a.id == COMPLAIN_FIRST)
    {
        l.problem(
            ROUTING_FILE,
            "",
            format!("advice {COMPLAIN_FIRST:?} is missing (a service needs a prior complaint)"),
        );
    }
    for a in &advice {
        if !a.sources.is_empty() || a.checked.is_some() {
            l.check_provenance(ROUTING_FILE, &format!("advice {}", a.id), &a.sources, a.checked.as_deref());
        }
    }
    for a in &advice {
        for c in &a.contacts {
            if !contact_ids.contains(c.as_str()) {
                l.problem(ROUTING_FILE, &format!("advice {}", a.id), format!("unknown contact {c:?}"));
            }
        }
    }
    for (id, end) in &routing.outcomes {
        let place = format!("outcome {id}");
        match end {
            RouteEnd::Service(s) if !services.iter().any(|x| &x.id == s) => {
                l.problem(ROUTING_FILE, &place, format!("unknown service {s:?}"))
            }
            RouteEnd::Advice(a) if !advice.iter().any(|x| &x.id == a) => {
                l.problem(ROUTING_FILE, &place, format!("unknown advice {a:?}"))
            }
            _ => {}
        }
    }
    for s in &services {
        if !routing.outcomes.values().any(|e| e == &RouteEnd::Service(s.id.clone())) {
            l.problem(SERVICES_FILE, &format!("service {}", s.id), "unreachable: no routing outcome leads to it");
        }
    }
    for a in &advice {
        let complain_first = a.id == COMPLAIN_FIRST
            && services.iter().any(|s| s.admission().prior == cc_core::routing::PriorComplaint::Required);
        if !complain_first && !routing.outcomes.values().any(|e| e == &RouteEnd::Advice(a.id.clone())) {
            l.problem(ROUTING_FILE, &format!("advice {}", a.id), "unreachable: no routing outcome leads to it");
        }
    }

    // Themes, topics, pages.
    let mut themes = Vec::new();
    let mut pages: Vec<Page> = Vec::new();
    // Theme files not named in report.toml are reported when read ("not a theme of …").
    let mut files: BTreeMap<String, (String, ThemeFile)> = BTreeMap::new();
    let theme_paths: Vec<String> = source.paths_under(THEMES_DIR).map(String::from).collect();
    for path in theme_paths {
        if !path.ends_with(".toml") {
            continue;
        }
        if let Some(f) = l.parse::<ThemeFile>(&path) {
            let stem = path.rsplit('/').next().unwrap_or("").trim_end_matches(".toml").to_string();
            if f.id != stem {
                l.problem(&path, "id", format!("{:?} differs from the file name {stem:?}", f.id));
            }
            if !report.themes.contains(&f.id) {
                l.problem(&path, "id", format!("{:?} is not a theme of {}", f.id, report::REPORT_FILE));
            }
            files.insert(f.id.clone(), (path, f));
        }
    }
    let mut topic_ids = BTreeSet::new();
    for id in &report.themes {
        let Some((path, f)) = files.remove(id) else {
            l.problem(
                &format!("{THEMES_DIR}/{id}.toml"),
                "",
                format!("missing (theme {id:?} of {})", report::REPORT_FILE),
            );
            continue;
        };
        if source.get(&format!("{ICON_DIR}/{}", f.icon)).is_none() {
            l.problem(&path, "icon", format!("{ICON_DIR}/{} does not exist", f.icon));
        }
        if f.topic.is_empty() {
            l.problem(&path, "", "dead end: the theme has no topic");
        }
        let mut listed: BTreeMap<&str, &str> = BTreeMap::new();
        for t in &f.topic {
            let place = format!("topic {}", t.id);
            l.check_id(&path, &place, &t.id);
            if !topic_ids.insert(t.id.clone()) {
                l.problem(&path, &place, "this topic id is used twice");
            }
            if t.pages.is_empty() {
                l.problem(&path, &place, "dead end: the topic has no page");
            } else if t.pages.len() > MAX_TOPIC_PAGES {
                l.problem(&path, &place, format!("{} pages; at most {MAX_TOPIC_PAGES}", t.pages.len()));
            }
            for p in &t.pages {
                if !f.page.iter().any(|x| &x.id == p) {
                    l.problem(&path, &place, format!("page {p:?} is not a page of this file"));
                } else if let Some(other) = listed.insert(p, &t.id) {
                    l.problem(&path, &place, format!("page {p:?} is already in topic {other:?}"));
                }
            }
        }
        for p in &f.page {
            if !listed.contains_key(p.id.as_str()) {
                l.problem(&path, &format!("page {}", p.id), "unreachable: in no topic");
            }
        }
        for p in &f.page {
            pages.push(page_of(&mut l, &path, p, Some(id), &sectors, &contact_ids));
        }
        themes.push(Theme {
            id: f.id.clone(),
            icon: f.icon.clone(),
            topics: f.topic.iter().map(|t| Topic { id: t.id.clone(), pages: t.pages.clone() }).collect(),
        });
    }
    if source.get(GENERAL_FILE).is_some()
        && let Some(g) = l.parse::<GeneralFile>(GENERAL_FILE)
    {
        for p in &g.page {
            pages.push(page_of(&mut l, GENERAL_FILE, p, None, &sectors, &contact_ids));
        }
    }
    let mut seen = BTreeSet::new();
    for p in &pages {
        if !seen.insert(p.id.clone()) {
            l.problem(&file_of_page(p), &format!("page {}", p.id), "this page id is used twice");
        }
    }

    let sellers = fact_values(&routing.tree, "seller");
    let questionnaire = load_questionnaire(&mut l, &report, &pages, &sectors, &locations, &sellers);
    for p in pages.iter().filter(|p| p.theme.is_none()) {
        if !questionnaire.outcomes.values().any(|o| o.page == p.id) {
            l.problem(GENERAL_FILE, &format!("page {}", p.id), "unreachable: in no theme and no questionnaire outcome");
        }
    }

    let mut icons = BTreeMap::new();
    for t in &themes {
        if let Some(bytes) = source.get(&format!("{ICON_DIR}/{}", t.icon)) {
            icons.insert(t.icon.clone(), bytes.to_vec());
        }
    }

    let forms = load_forms(&mut l, &report);
    let warnings = std::mem::take(&mut l.warnings);
    let version = source.version();
    let content = Content {
        report,
        themes,
        pages,
        contacts,
        services,
        advice,
        questionnaire,
        routing,
        icons,
        forms,
        warnings,
        version,
    };
    check_messages(&mut l, &content);
    if l.problems.is_empty() { Ok(content) } else { Err(l.problems) }
}

fn page_of(
    l: &mut Loader,
    path: &str,
    p: &PageFile,
    theme: Option<&str>,
    sectors: &[String],
    contacts: &BTreeSet<&str>,
) -> Page {
    let place = format!("page {}", p.id);
    l.check_id(path, &place, &p.id);
    if let Some(m) = &p.mediation
        && !sectors.is_empty()
        && !sectors.contains(m)
    {
        l.problem(path, &place, format!("mediation: {m:?} is not a sector of {ROUTING_FILE}"));
    }
    for c in &p.contacts {
        if !contacts.contains(c.as_str()) {
            l.problem(path, &place, format!("unknown contact {c:?}"));
        }
    }
    l.check_provenance(path, &place, &p.sources, p.checked.as_deref());
    Page {
        id: p.id.clone(),
        theme: theme.map(String::from),
        report: p.report,
        mediation: p.mediation.clone(),
        contacts: p.contacts.clone(),
        sources: p.sources.clone(),
        checked: p.checked.clone(),
    }
}

fn file_of_page(p: &Page) -> String {
    match &p.theme {
        Some(t) => format!("{THEMES_DIR}/{t}.toml"),
        None => GENERAL_FILE.to_string(),
    }
}

fn check_tree(l: &mut Loader, file: &str, tree: &Tree) {
    for p in tree.check() {
        l.problem(file, &p.place, &p.message);
    }
    for q in &tree.questions {
        let place = format!("question {}", q.id);
        l.check_id(file, &place, &q.id);
        if let Some(f) = &q.fact
            && !FACTS.contains(&f.as_str())
        {
            l.problem(file, &place, format!("fact {f:?} is not one of {FACTS:?}"));
        }
        for a in &q.answers {
            l.check_id(file, &format!("question {}, answer {}", q.id, a.id), &a.id);
        }
    }
    for o in &tree.outcomes {
        l.check_id(file, &format!("outcome {o}"), o);
    }
}

fn load_routing(l: &mut Loader) -> (Routing, Vec<Advice>) {
    let Some(f) = l.parse::<RoutingFile>(ROUTING_FILE) else {
        return (
            Routing {
                tree: Tree { start: String::new(), questions: vec![], outcomes: vec![] },
                outcomes: BTreeMap::new(),
            },
            vec![],
        );
    };
    let mut outcomes = BTreeMap::new();
    for o in &f.outcome {
        let end = match (&o.service, &o.advice) {
            (Some(s), None) => RouteEnd::Service(s.clone()),
            (None, Some(a)) => RouteEnd::Advice(a.clone()),
            _ => {
                l.problem(ROUTING_FILE, &format!("outcome {}", o.id), "needs either a service or an advice");
                continue;
            }
        };
        outcomes.insert(o.id.clone(), end);
    }
    l.check_ids(ROUTING_FILE, "advice", f.advice.iter().map(|a| a.id.as_str()));
    let tree = tree_of(f.start, f.question, f.outcome.iter().map(|o| o.id.clone()).collect());
    check_tree(l, ROUTING_FILE, &tree);
    // The routing's answers record only what the visitor said of their complaint to the company
    // (the services' conditions apply it); every other fact comes from its questions' `fact`.
    for q in &tree.questions {
        for a in &q.answers {
            let place = format!("question {}, answer {}", q.id, a.id);
            for (k, v) in &a.sets {
                if k != COMPLAINT_FACT {
                    l.problem(
                        ROUTING_FILE,
                        &place,
                        format!("sets {k:?}: the routing's answers set only {COMPLAINT_FACT:?}"),
                    );
                } else if cc_core::routing::Complaint::parse(v).is_none() {
                    let known = cc_core::routing::Complaint::VALUES;
                    l.problem(ROUTING_FILE, &place, format!("{COMPLAINT_FACT} = {v:?} is not one of {known:?}"));
                }
            }
        }
    }
    (Routing { tree, outcomes }, f.advice)
}

/// The forms the kiosk offers: each must be there.
pub const KIOSK_FORMS: [&str; 3] = ["report", "question", "mediation"];

fn load_forms(l: &mut Loader, report: &ReportContent) -> BTreeMap<String, forms::Form> {
    let lists = forms::Lists { themes: &report.themes, channels: &report.channels };
    let mut out = BTreeMap::new();
    let paths: Vec<String> = l.source.paths_under(forms::FORMS_DIR).map(String::from).collect();
    for path in paths.iter().filter(|p| p.ends_with(".toml")) {
        let text = match l.source.text(path) {
            Ok(t) => t,
            Err(e) => {
                l.problems.push(e);
                continue;
            }
        };
        let mut problems = Vec::new();
        let form = forms::read(text, &lists, &mut problems);
        for (place, problem) in problems {
            l.problem(path, &place, problem);
        }
        if let Some(form) = form {
            let stem = path.rsplit('/').next().unwrap_or("").trim_end_matches(".toml");
            if form.spec.id != stem {
                l.problem(path, "id", format!("{:?} differs from the file name {stem:?}", form.spec.id));
            }
            out.insert(form.spec.id.clone(), form);
        }
    }
    for id in KIOSK_FORMS {
        if !out.contains_key(id) && !paths.iter().any(|p| p.ends_with(&format!("/{id}.toml"))) {
            l.problem(&format!("{}/{id}.toml", forms::FORMS_DIR), "", "missing (the kiosk offers this form)");
        }
    }
    out
}

fn load_questionnaire(
    l: &mut Loader,
    report: &ReportContent,
    pages: &[Page],
    sectors: &[String],
    locations: &[String],
    sellers: &[String],
) -> Questionnaire {
    let Some(f) = l.parse::<QuestionnaireFile>(QUESTIONNAIRE_FILE) else {
        return Questionnaire {
            tree: Tree { start: String::new(), questions: vec![], outcomes: vec![] },
            outcomes: BTreeMap::new(),
        };
    };
    let check_facts = |l: &mut Loader, place: &str, sets: &BTreeMap<String, String>| {
        for (k, v) in sets {
            let allowed: &[String] = match k.as_str() {
                "theme" => &report.themes,
                "channel" => &report.channels,
                "sector" => sectors,
                "location" => locations,
                "seller" => sellers,
                _ => {
                    l.problem(QUESTIONNAIRE_FILE, place, format!("sets {k:?}, which is not one of {FACTS:?}"));
                    continue;
                }
            };
            if !allowed.is_empty() && !allowed.contains(v) {
                l.problem(QUESTIONNAIRE_FILE, place, format!("{k} = {v:?} is not a known {k}"));
            }
        }
    };
    let mut outcomes = BTreeMap::new();
    for o in &f.outcome {
        let place = format!("outcome {}", o.id);
        let Some(page) = pages.iter().find(|p| p.id == o.page) else {
            l.problem(QUESTIONNAIRE_FILE, &place, format!("dead end: page {:?} does not exist", o.page));
            continue;
        };
        check_facts(l, &place, &o.sets);
        let mut sets = o.sets.clone();
        if let Some(t) = &page.theme {
            sets.entry("theme".into()).or_insert_with(|| t.clone());
        }
        outcomes.insert(o.id.clone(), Outcome { id: o.id.clone(), page: o.page.clone(), sets });
    }
    for q in &f.question {
        for a in &q.answers {
            check_facts(l, &format!("question {}, answer {}", q.id, a.id), &a.sets);
        }
    }
    let tree = tree_of(f.start, f.question, f.outcome.iter().map(|o| o.id.clone()).collect());
    check_tree(l, QUESTIONNAIRE_FILE, &tree);
    Questionnaire { tree, outcomes }
}

/// Every Fluent key the content needs → (the .ftl file it belongs in, what needs it).
pub(super) fn needed_messages(c: &Content) -> BTreeMap<String, (String, String)> {
    let mut m = BTreeMap::new();
    let mut need = |key: String, file: &str, origin: String| {
        m.entry(key).or_insert((file.to_string(), origin));
    };
    for t in &c.report.themes {
        need(format!("theme-{t}"), "content.ftl", format!("{}, theme {t}", report::REPORT_FILE));
    }
    for ch in &c.report.channels {
        need(format!("channel-{ch}"), "content.ftl", format!("{}, channel {ch}", report::REPORT_FILE));
    }
    for t in &c.themes {
        let file = format!("theme-{}.ftl", t.id);
        for topic in &t.topics {
            need(format!("topic-{}", topic.id), &file, format!("{THEMES_DIR}/{}.toml, topic {}", t.id, topic.id));
        }
    }
    for p in &c.pages {
        let file = p.theme.as_ref().map(|t| format!("theme-{t}.ftl")).unwrap_or_else(|| "general.ftl".into());
        for part in ["title", "rule", "now", "words"] {
            need(format!("page-{}-{part}", p.id), &file, format!("{}, page {}", file_of_page(p), p.id));
        }
    }
    for ct in &c.contacts {
        for part in ["name", "when"] {
            need(format!("contact-{}-{part}", ct.id), "contacts.ftl", format!("{CONTACTS_FILE}, contact {}", ct.id));
        }
    }
    for s in &c.services {
        for part in ["name", "scope", "conditions", "prepare", "cost"] {
            need(format!("service-{}-{part}", s.id), "services.ftl", format!("{SERVICES_FILE}, service {}", s.id));
        }
    }
    for a in &c.advice {
        for part in ["title", "text", "next"] {
            need(format!("advice-{}-{part}", a.id), "routing.ftl", format!("{ROUTING_FILE}, advice {}", a.id));
        }
    }
    // The routing result's cautions and the service named after "complain first".
    if !c.services.is_empty() {
        for note in [cc_core::routing::Note::Late, cc_core::routing::Note::ComplaintAdvised] {
            need(note.key().to_string(), "routing.ftl", format!("{SERVICES_FILE}, the services' conditions"));
        }
        need("mediate-after".into(), "routing.ftl", format!("{ROUTING_FILE}, advice {COMPLAIN_FIRST}"));
    }
    for (id, form) in &c.forms {
        let file = format!("{}/{id}.toml", forms::FORMS_DIR);
        for (key, origin) in form.messages(&file) {
            need(key, "forms.ftl", origin);
        }
    }
    for (tree, prefix, file, ftl) in [
        (&c.questionnaire.tree, "q", QUESTIONNAIRE_FILE, "questionnaire.ftl"),
        (&c.routing.tree, "route", ROUTING_FILE, "routing.ftl"),
    ] {
        for q in &tree.questions {
            need(format!("{prefix}-{}", q.id), ftl, format!("{file}, question {}", q.id));
            for a in &q.answers {
                need(
                    format!("{prefix}-{}--{}", q.id, a.id),
                    ftl,
                    format!("{file}, question {}, answer {}", q.id, a.id),
                );
            }
        }
    }
    m
}

/// Files whose every message must be used by the content.
fn content_owned(file: &str) -> bool {
    file.starts_with("theme-")
        || matches!(file, "general.ftl" | "contacts.ftl" | "services.ftl" | "questionnaire.ftl" | "routing.ftl")
}

/// The flat text of a message (placeables as their literal or `{…}`).
fn flat_text(pattern: &fluent_syntax::ast::Pattern<&str>) -> String {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut s = String::new();
    for e in &pattern.elements {
        match e {
            PatternElement::TextElement { value } => s.push_str(value),
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::StringLiteral { value }) } => {
                s.push_str(value)
            }
            PatternElement::Placeable { .. } => s.push_str("{…}"),
        }
    }
    s
}

fn limit_of(key: &str) -> Option<usize> {
    if let Some(rest) = key.strip_prefix("q-").or_else(|| key.strip_prefix("route-")) {
        return Some(if rest.contains("--") { ANSWER_LIMIT } else { QUESTION_LIMIT });
    }
    LIMITS.iter().find(|(p, s, _)| key.starts_with(p) && key.ends_with(s)).map(|(_, _, n)| *n)
}

fn check_messages(l: &mut Loader, c: &Content) {
    // locale → key → (file, flat text)
    let mut messages: BTreeMap<String, BTreeMap<String, (String, String)>> = BTreeMap::new();
    let ftl_paths: Vec<String> =
        l.source.paths_under("i18n").filter(|p| p.ends_with(".ftl")).map(String::from).collect();
    for path in ftl_paths {
        let mut parts = path.split('/');
        let (Some(_), Some(locale), Some(file), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        if !LOCALES.contains(&locale) {
            l.problem(&path, "", format!("{locale:?} is not one of the kiosk's locales {LOCALES:?}"));
            continue;
        }
        let text = match l.source.text(&path) {
            Ok(t) => t,
            Err(e) => {
                l.problems.push(e);
                continue;
            }
        };
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
                    l.problem(&path, &format!("line {line}"), format!("Fluent syntax error: {:?}", e.kind));
                }
                r
            }
        };
        let keys = messages.entry(locale.to_string()).or_default();
        for entry in &resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let text = m.value.as_ref().map(flat_text).unwrap_or_default();
                if let Some((other, _)) = keys.insert(m.id.name.to_string(), (file.to_string(), text)) {
                    l.problem(&path, m.id.name, format!("defined twice (also in {other})"));
                }
            }
        }
    }
    let needed = needed_messages(c);
    for locale in LOCALES {
        if !messages.contains_key(locale) {
            l.problem(&format!("i18n/{locale}"), "", "missing locale folder");
        }
    }
    let all_keys: BTreeSet<&String> = messages.values().flat_map(|m| m.keys()).collect();
    for locale in LOCALES {
        let Some(mine) = messages.get(locale) else { continue };
        for (key, (file, origin)) in &needed {
            match mine.get(key) {
                None => l.problem(&format!("i18n/{locale}/{file}"), key, format!("missing (needed by {origin})")),
                Some((_, text)) => {
                    if text.trim().is_empty() {
                        l.problem(&format!("i18n/{locale}/{file}"), key, "empty");
                    }
                    if let Some(max) = limit_of(key) {
                        let n = text.chars().count();
                        if n > max {
                            l.problem(
                                &format!("i18n/{locale}/{file}"),
                                key,
                                format!("{n} characters; at most {max} fit on screen"),
                            );
                        }
                    }
                    let lines = text.lines().filter(|s| !s.trim().is_empty()).count();
                    if ["-now", "-next", "-conditions", "-prepare"].iter().any(|s| key.ends_with(s))
                        && lines > MAX_LIST_LINES
                    {
                        l.problem(
                            &format!("i18n/{locale}/{file}"),
                            key,
                            format!("{lines} lines; at most {MAX_LIST_LINES}"),
                        );
                    }
                }
            }
        }
        for key in &all_keys {
            if needed.contains_key(*key) || mine.contains_key(*key) {
                continue;
            }
            let (other, (file, _)) = messages
                .iter()
                .find_map(|(loc, m)| m.get(*key).map(|v| (loc, v)))
                .expect("a key of all_keys is in some locale");
            l.problem(&format!("i18n/{locale}/{file}"), key, format!("missing (present in {other})"));
        }
        for (key, (file, _)) in mine {
            if content_owned(file) && !needed.contains_key(key) {
                l.problem(&format!("i18n/{locale}/{file}"), key, "not used by any content");
            }
        }
    }
}
