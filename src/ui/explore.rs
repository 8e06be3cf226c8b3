//! Adapters of "find information" (themes, topics, pages), keyword search, "find a solution"
//! (the questionnaire) and the mediation routing, and the screen history behind Back.

use std::rc::Rc;

use slint::{ComponentHandle, Image, ModelRc, SharedString, VecModel};

use cc_core::search::{Document, Field, Index, WEIGHT_BODY, WEIGHT_TITLE, WEIGHT_WORDS};
use cc_core::tree::{Facts, MORE, Tree, Walk};

use super::*;
use crate::content::{Content, RouteResult};
use crate::i18n::{LOCALES, Translations};

/// The two decision trees the quiz screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuizKind {
    #[default]
    Solve,
    Route,
}

impl QuizKind {
    fn tree(self, content: &Content) -> &Tree {
        match self {
            QuizKind::Solve => &content.questionnaire.tree,
            QuizKind::Route => &content.routing.tree,
        }
    }

    /// Its Fluent keys: `<prefix>-<question>` and `<prefix>-<question>--<answer>`.
    fn prefix(self) -> &'static str {
        match self {
            QuizKind::Solve => "q",
            QuizKind::Route => "route",
        }
    }

    /// The screen's title key.
    fn title(self) -> &'static str {
        match self {
            QuizKind::Solve => "solve-title",
            QuizKind::Route => "mediate-title",
        }
    }
}

/// A screen Back can return to: a page, or the quiz showing one of the trees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Screen {
    Page(Page),
    Quiz(QuizKind),
}

/// Results shown under the search field (above the on-screen keyboard).
pub const SEARCH_RESULTS: usize = 5;

/// What the mediation form (a later flow) needs from the routing: the service or the advice
/// reached (once the service's conditions are applied), the facts learnt (sector, location,
/// theme, channel, complaint) and every answer given.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MediationCase {
    pub service: Option<String>,
    pub advice: Option<String>,
    /// With the advice "complain first": the service to turn to afterwards.
    pub after: Option<String>,
    /// The caution shown with the service (a message key).
    pub note: Option<&'static str>,
    pub facts: Facts,
    /// (question id, answer id) in order, automatic answers included.
    pub answers: Vec<(String, String)>,
}

/// The explore part of the session (wiped with it).
#[derive(Debug, Default)]
pub(super) struct Explore {
    /// Screens to go back to.
    pub history: Vec<Screen>,
    /// The tree the quiz screen shows now.
    pub quiz: QuizKind,
    solve: Option<Walk>,
    route: Option<Walk>,
    /// Facts of the page shown (from its theme and sector, or the questionnaire's outcome):
    /// what "report" and "mediation" prefill.
    pub facts: Facts,
    pub mediation: Option<MediationCase>,
}

impl Explore {
    fn walk(&self, kind: QuizKind) -> Option<&Walk> {
        match kind {
            QuizKind::Solve => self.solve.as_ref(),
            QuizKind::Route => self.route.as_ref(),
        }
    }

    fn walk_mut(&mut self, kind: QuizKind) -> &mut Option<Walk> {
        match kind {
            QuizKind::Solve => &mut self.solve,
            QuizKind::Route => &mut self.route,
        }
    }
}

/// A page's texts to index: (locale, weight, text).
type PageTexts = Vec<(&'static str, u32, String)>;

/// Builds the search index: every page, all four locales' title, search words and text.
pub fn search_index(content: &Content, tr: &Translations) -> Index {
    let texts: Vec<(String, PageTexts)> = content
        .pages
        .iter()
        .map(|p| {
            let mut fields = Vec::new();
            for locale in LOCALES {
                for (part, weight) in
                    [("title", WEIGHT_TITLE), ("words", WEIGHT_WORDS), ("rule", WEIGHT_BODY), ("now", WEIGHT_BODY)]
                {
                    fields.push((locale, weight, tr.get(&format!("page-{}-{part}", p.id), locale)));
                }
            }
            (p.id.clone(), fields)
        })
        .collect();
    let docs: Vec<Document> = texts
        .iter()
        .map(|(id, fields)| Document {
            id,
            fields: fields.iter().map(|(locale, weight, text)| Field { locale, weight: *weight, text }).collect(),
        })
        .collect();
    Index::build(&docs)
}

/// The useful numbers `ids`, with the values of the visitor's language (`locale`).
fn contact_cards(content: &Content, ids: &[String], locale: &str) -> ModelRc<ContactCard> {
    let value = |v: &Option<cc_core::locale::Localized>| SharedString::from(v.as_ref().map_or("", |v| v.get(locale)));
    let cards: Vec<ContactCard> = ids
        .iter()
        .filter_map(|id| content.contact(id))
        .map(|c| ContactCard {
            name: format!("contact-{}-name", c.id).into(),
            when: format!("contact-{}-when", c.id).into(),
            phone: value(&c.phone),
            email: value(&c.email),
            website: value(&c.website),
        })
        .collect();
    ModelRc::new(VecModel::from(cards))
}

impl Kiosk {
    pub(super) fn wire_explore(&self) {
        let content = self.content();
        let info = self.window.global::<Info>();
        let tiles: Vec<ThemeTile> = content
            .themes
            .iter()
            .map(|t| ThemeTile {
                id: t.id.clone().into(),
                label: format!("theme-{}", t.id).into(),
                icon: content
                    .icons
                    .get(&t.icon)
                    .and_then(|svg| Image::load_from_svg_data(svg).ok())
                    .unwrap_or_default(),
            })
            .collect();
        info.set_themes(ModelRc::new(VecModel::from(tiles)));

        let nav = self.window.global::<Nav>();
        let k = self.weak();
        nav.on_open_info(move || k.with(|k| k.go(Page::Info)));
        let k = self.weak();
        nav.on_open_search(move || {
            k.with(|k| {
                k.go(Page::Search);
                k.window.global::<Kbd>().invoke_open("search".into(), "search-label".into(), "text".into());
            })
        });
        let k = self.weak();
        nav.on_open_solve(move || k.with(|k| k.open_quiz(QuizKind::Solve, Facts::new())));
        let k = self.weak();
        nav.on_open_mediation(move || k.with(|k| k.open_quiz(QuizKind::Route, Facts::new())));

        let k = self.weak();
        info.on_open_theme(move |id| k.with(|k| k.open_theme(&id)));
        let k = self.weak();
        info.on_open_page(move |id| {
            k.with(|k| {
                let facts = k.page_facts(&id);
                k.show_page(&id, facts, false);
                k.go(Page::Page);
            })
        });
        let k = self.weak();
        info.on_report(move || k.with(|k| k.open_form(|k| k.report_from_page())));
        let k = self.weak();
        info.on_ask(move || k.with(|k| k.question_from_here()));
        let k = self.weak();
        self.window.global::<Route>().on_file(move || k.with(|k| k.mediation_from_route()));
        let k = self.weak();
        self.window.global::<Route>().on_ask(move || k.with(|k| k.question_from_route()));
        let k = self.weak();
        info.on_mediate(move || {
            k.with(|k| {
                let facts = k.state.borrow().visit.explore.facts.clone();
                k.open_quiz(QuizKind::Route, facts);
            })
        });
        let k = self.weak();
        info.on_solve_again(move || k.with(|k| k.return_to_quiz(QuizKind::Solve)));
        let k = self.weak();
        info.on_set_query(move |query| k.with(|k| k.set_search(&query)));

        let quiz = self.window.global::<Quiz>();
        let k = self.weak();
        quiz.on_answer(move |id| k.with(|k| k.answer(&id)));
        let k = self.weak();
        quiz.on_restart(move || {
            k.with(|k| {
                let kind = k.state.borrow().visit.explore.quiz;
                k.start_quiz(kind, Facts::new());
            })
        });
        let k = self.weak();
        self.window.global::<Route>().on_restart(move || k.with(|k| k.return_to_quiz(QuizKind::Route)));
    }

    pub(super) fn content(&self) -> Rc<Content> {
        self.state.borrow().content.clone()
    }

    /// Opens a screen, remembering the current one for Back.
    pub(super) fn go(&self, page: Page) {
        let nav = self.window.global::<Nav>();
        let current = nav.get_page();
        if current != page && current != Page::Start {
            let mut st = self.state.borrow_mut();
            let screen =
                if current == Page::Quiz { Screen::Quiz(st.visit.explore.quiz) } else { Screen::Page(current) };
            st.visit.explore.history.push(screen);
        }
        self.hide_keyboard();
        nav.set_page(page);
    }

    /// Back to the screen before (the home menu when there is none).
    pub(super) fn go_back(&self) {
        self.hide_keyboard();
        let previous = self.state.borrow_mut().visit.explore.history.pop();
        let nav = self.window.global::<Nav>();
        match previous {
            Some(Screen::Quiz(kind)) => {
                self.state.borrow_mut().visit.explore.quiz = kind;
                // The walk stands on its outcome: back to the last question asked.
                self.with_walk(|tree, walk| {
                    if walk.outcome(tree).is_some() {
                        walk.back();
                    }
                });
                self.show_quiz();
                nav.set_page(Page::Quiz);
            }
            Some(Screen::Page(page)) => nav.set_page(page),
            None => nav.set_page(Page::Home),
        }
    }

    /// Starts the quiz of `kind` afresh and opens it.
    fn open_quiz(&self, kind: QuizKind, prefilled: Facts) {
        self.start_quiz(kind, prefilled);
        self.go(Page::Quiz);
    }

    /// Starts the quiz of `kind` again from its first question (nothing prefilled), dropping
    /// the screens opened after it.
    fn return_to_quiz(&self, kind: QuizKind) {
        self.hide_keyboard();
        {
            let h = &mut self.state.borrow_mut().visit.explore.history;
            if let Some(i) = h.iter().rposition(|e| *e == Screen::Quiz(kind)) {
                h.truncate(i);
            }
        }
        self.start_quiz(kind, Facts::new());
        self.window.global::<Nav>().set_page(Page::Quiz);
    }

    /// Back on the quiz screen: the previous question, or the screen before the quiz.
    pub(super) fn quiz_back(&self) {
        let mut moved = false;
        self.with_walk(|_, walk| moved = walk.back());
        if moved {
            self.show_quiz();
        } else {
            self.go_back();
        }
    }

    /// Runs `f` on the current quiz's tree and walk.
    fn with_walk(&self, f: impl FnOnce(&Tree, &mut Walk)) {
        let content = self.content();
        let mut st = self.state.borrow_mut();
        let kind = st.visit.explore.quiz;
        if let Some(walk) = st.visit.explore.walk_mut(kind) {
            f(kind.tree(&content), walk);
        }
    }

    fn start_quiz(&self, kind: QuizKind, prefilled: Facts) {
        let content = self.content();
        {
            let mut st = self.state.borrow_mut();
            st.visit.explore.quiz = kind;
            *st.visit.explore.walk_mut(kind) = Walk::start(kind.tree(&content), prefilled);
        }
        self.show_quiz();
    }

    fn show_quiz(&self) {
        let content = self.content();
        let st = self.state.borrow();
        let kind = st.visit.explore.quiz;
        let (tree, prefix) = (kind.tree(&content), kind.prefix());
        let q = self.window.global::<Quiz>();
        q.set_title(kind.title().into());
        let Some(walk) = st.visit.explore.walk(kind) else { return };
        let Some(question) = walk.question(tree) else { return };
        q.set_question(format!("{prefix}-{}", question.id).into());
        let answers: Vec<Choice> = question
            .answers
            .iter()
            .map(|a| Choice { id: a.id.clone().into(), label: format!("{prefix}-{}--{}", question.id, a.id).into() })
            .collect();
        q.set_answers(ModelRc::new(VecModel::from(answers)));
        let (done, total) = walk.progress(tree);
        q.set_done(done as i32);
        q.set_total(total as i32);
    }

    fn answer(&self, id: &str) {
        let mut reached = None;
        self.with_walk(|tree, walk| {
            if walk.answer(tree, id) {
                reached = walk.outcome(tree).map(|o| (o.to_string(), walk.facts(tree)));
            }
        });
        let kind = self.state.borrow().visit.explore.quiz;
        match (reached, kind) {
            (None, _) => self.show_quiz(),
            (Some((outcome, facts)), QuizKind::Solve) => self.solve_outcome(&outcome, facts),
            (Some((outcome, facts)), QuizKind::Route) => self.route_outcome(&outcome, facts),
        }
    }

    // ----- information -----

    fn open_theme(&self, id: &str) {
        let content = self.content();
        let Some(theme) = content.theme(id) else { return };
        let topics: Vec<TopicBox> = theme
            .topics
            .iter()
            .map(|t| TopicBox {
                label: format!("topic-{}", t.id).into(),
                pages: ModelRc::new(VecModel::from(
                    t.pages.iter().map(|p| PageLink { id: p.into(), caption: SharedString::new() }).collect::<Vec<_>>(),
                )),
            })
            .collect();
        let info = self.window.global::<Info>();
        info.set_theme(id.into());
        info.set_topics(ModelRc::new(VecModel::from(topics)));
        self.go(Page::Theme);
    }

    /// The facts a page gives by itself: its theme and its mediation sector.
    fn page_facts(&self, id: &str) -> Facts {
        let content = self.content();
        let mut facts = Facts::new();
        if let Some(p) = content.page(id) {
            if let Some(t) = &p.theme {
                facts.insert("theme".into(), t.clone());
            }
            if let Some(s) = &p.mediation {
                facts.insert("sector".into(), s.clone());
            }
        }
        facts
    }

    fn show_page(&self, id: &str, facts: Facts, outcome: bool) {
        let content = self.content();
        let Some(page) = content.page(id) else { return };
        let info = self.window.global::<Info>();
        if let Some(t) = &page.theme {
            info.set_theme(t.into());
        } else {
            info.set_theme(SharedString::new());
        }
        info.set_page(id.into());
        info.set_can_report(page.report);
        info.set_can_mediate(page.mediation.is_some());
        info.set_contacts(contact_cards(&content, &page.contacts, &self.lang()));
        info.set_outcome(outcome);
        self.state.borrow_mut().visit.explore.facts = facts;
    }

    /// The questionnaire's end: the outcome's page, with what was learnt.
    fn solve_outcome(&self, outcome: &str, mut facts: Facts) {
        let content = self.content();
        let Some(o) = content.questionnaire.outcomes.get(outcome) else { return };
        for (k, v) in &o.sets {
            facts.insert(k.clone(), v.clone());
        }
        if let Some(sector) = content.page(&o.page).and_then(|p| p.mediation.clone()) {
            facts.entry("sector".into()).or_insert(sector);
        }
        self.show_page(&o.page, facts, true);
        self.go(Page::Page);
    }

    /// "Report this practice" from a page: the report form, prefilled with what is known.
    fn report_from_page(&self) {
        let facts = self.state.borrow().visit.explore.facts.clone();
        let content = self.content();
        let mut prefill = cc_core::form::Draft::new();
        if let Some(t) = facts.get("theme").filter(|t| content.report.themes.contains(t)) {
            prefill.insert("theme".into(), t.clone());
        }
        if let Some(c) = facts.get("channel").filter(|c| content.report.channels.contains(c)) {
            prefill.insert("channel".into(), c.clone());
        }
        self.open_form_with("report", prefill);
    }

    /// The theme known from where the visitor is (a page, an outcome), for a question.
    pub(super) fn theme_prefill(&self) -> cc_core::form::Draft {
        let facts = self.state.borrow().visit.explore.facts.clone();
        self.theme_from(&facts)
    }

    /// The theme a form starts on, from facts: their theme, else their sector when a theme has
    /// its name (telecom, energy…).
    fn theme_from(&self, facts: &Facts) -> cc_core::form::Draft {
        let content = self.content();
        let mut prefill = cc_core::form::Draft::new();
        let theme =
            ["theme", "sector"].iter().filter_map(|f| facts.get(*f)).find(|t| content.report.themes.contains(t));
        if let Some(t) = theme {
            prefill.insert("theme".into(), t.clone());
        }
        prefill
    }

    /// "Ask the Contact Center" from a page or an outcome: the question form, its theme known.
    fn question_from_here(&self) {
        let prefill = self.theme_prefill();
        self.open_form(|k| k.open_form_with("question", prefill));
    }

    /// "Ask the Contact Center" from the routing's advice: the theme from what it learnt.
    fn question_from_route(&self) {
        let facts = self.state.borrow().visit.explore.mediation.as_ref().map(|c| c.facts.clone()).unwrap_or_default();
        let prefill = self.theme_from(&facts);
        self.open_form(|k| k.open_form_with("question", prefill));
    }

    /// "File my request with this service" from a routing result that names a service: the
    /// mediation request, prefilled with the service, its sector, and what the visitor already
    /// told in this session (the company and the facts of the report just sent).
    fn mediation_from_route(&self) {
        let Some(case) = self.state.borrow().visit.explore.mediation.clone() else { return };
        let Some(service) = case.service.clone() else { return };
        let mut prefill = cc_core::form::Draft::new();
        prefill.insert("service".into(), service);
        prefill.insert("sector".into(), case.facts.get("sector").cloned().unwrap_or_else(|| "other".into()));
        // What the visitor answered about their complaint, to check the date they give.
        if let Some(said) = case.facts.get("complaint") {
            prefill.insert("said-complaint".into(), said.clone());
        }
        let last = self.state.borrow().visit.last_sent.clone();
        if let Some((kind, draft)) = last
            && kind == "report"
        {
            for (from, to) in [
                ("company-name", "company-name"),
                ("website", "website"),
                ("enterprise-number", "enterprise-number"),
                ("address", "company-address"),
                ("description", "description"),
                ("name", "name"),
                ("email", "email"),
                ("phone", "phone"),
            ] {
                if let Some(v) = draft.get(from).filter(|v| !v.trim().is_empty()) {
                    prefill.insert(to.into(), v.clone());
                }
            }
        }
        self.open_form(|k| k.open_form_with("mediation", prefill));
    }

    // ----- search -----

    /// What the visitor typed in the search field: kept in the visit, shown, searched.
    pub(super) fn set_search(&self, query: &str) {
        self.state.borrow_mut().visit.search = query.to_string();
        self.window.global::<Info>().set_query(query.into());
        self.run_search();
    }

    /// Runs the search for what the visitor typed and shows the best pages.
    pub(super) fn run_search(&self) {
        let query = self.state.borrow().visit.search.clone();
        let hits = {
            let mut st = self.state.borrow_mut();
            if st.search.is_none() {
                let index = search_index(&st.content, &st.translations);
                st.search = Some(Rc::new(index));
            }
            st.search.as_ref().map(|i| i.search(&query, SEARCH_RESULTS)).unwrap_or_default()
        };
        let content = self.content();
        let results: Vec<PageLink> = hits
            .iter()
            .map(|h| PageLink {
                id: h.id.clone().into(),
                caption: content
                    .page(&h.id)
                    .and_then(|p| p.theme.as_ref())
                    .map(|t| format!("theme-{t}"))
                    .unwrap_or_default()
                    .into(),
            })
            .collect();
        self.window.global::<Info>().set_results(ModelRc::new(VecModel::from(results)));
    }

    // ----- mediation routing -----

    fn route_outcome(&self, outcome: &str, facts: Facts) {
        let content = self.content();
        let Some(end) = content.routing.outcomes.get(outcome) else { return };
        let answers: Vec<(String, String)> = {
            let st = self.state.borrow();
            let path =
                st.visit.explore.walk(QuizKind::Route).map(|w| w.path(&content.routing.tree)).unwrap_or_default();
            path.into_iter().map(|(q, a)| (q.to_string(), a.to_string())).collect()
        };
        let prefix = QuizKind::Route.prefix();
        let rows: Vec<AnswerRow> = answers
            .iter()
            .filter(|(_, a)| a != MORE)
            .map(|(q, a)| AnswerRow {
                question: format!("{prefix}-{q}").into(),
                answer: format!("{prefix}-{q}--{a}").into(),
            })
            .collect();
        self.window.global::<Route>().set_answers(ModelRc::new(VecModel::from(rows)));
        let result = content.resolve_route(end, &facts);
        self.show_route_end(&content, &result);
        let RouteResult { service, advice, after, note } = result;
        self.state.borrow_mut().visit.explore.mediation =
            Some(MediationCase { service, advice, after, note, facts, answers });
        self.go(Page::RouteResult);
    }

    /// Fills the routing result: the service's details (with its caution), or the advice and
    /// its numbers (and the service that comes after it); nothing for an empty result. Contact
    /// details and the QR code are those of the visitor's language.
    fn show_route_end(&self, content: &Content, result: &RouteResult) {
        let locale = self.lang();
        let service = result.service.as_deref().and_then(|id| content.service(id));
        let after = result.after.as_deref().and_then(|id| content.service(id));
        let advice = result.advice.as_deref().and_then(|id| content.advice(id));
        let text = |v: Option<&str>| SharedString::from(v.unwrap_or_default());
        let local = |v: Option<&cc_core::locale::Localized>| text(v.map(|v| v.get(&locale)));
        // The details shown are those of the service to turn to, now or after the advice.
        let shown = service.or(after);
        let r = self.window.global::<Route>();
        r.set_service(text(service.map(|s| s.id.as_str())));
        r.set_advice(text(advice.map(|a| a.id.as_str())));
        r.set_after(text(after.map(|s| s.id.as_str())));
        r.set_note(text(result.note));
        r.set_website(local(shown.map(|s| &s.website)));
        r.set_phone(local(shown.and_then(|s| s.phone.as_ref())));
        r.set_email(local(shown.and_then(|s| s.email.as_ref())));
        r.set_address(local(shown.and_then(|s| s.address.as_ref())));
        r.set_qr(shown.map(|s| qr::image(s.website.get(&locale))).unwrap_or_default());
        r.set_contacts(advice.map(|a| contact_cards(content, &a.contacts, &locale)).unwrap_or_default());
    }

    /// After a change of language: the contact details, websites and QR codes on screen follow
    /// (a service or a number may have one per language).
    pub(super) fn refresh_localized(&self) {
        self.show_receipt();
        let content = self.content();
        let page = self.window.global::<Info>().get_page();
        if let Some(p) = content.page(&page) {
            self.window.global::<Info>().set_contacts(contact_cards(&content, &p.contacts, &self.lang()));
        }
        let case = self.state.borrow().visit.explore.mediation.clone();
        if let Some(case) = case {
            let result = RouteResult { service: case.service, advice: case.advice, after: case.after, note: case.note };
            self.show_route_end(&content, &result);
        }
    }

    /// The visitor's language now.
    fn lang(&self) -> String {
        self.window.global::<crate::ui::Tr>().get_lang().to_string()
    }

    /// Where the mediation routing ended, and everything learnt on the way (None before).
    pub fn mediation_case(&self) -> Option<MediationCase> {
        self.state.borrow().visit.explore.mediation.clone()
    }

    /// Empties the screens of information, search, questionnaire and routing (at the wipe,
    /// once the visit is empty). The search index stays: it holds no personal data.
    pub(super) fn clear_explore_screens(&self) {
        let info = self.window.global::<Info>();
        info.set_theme(SharedString::new());
        info.set_topics(ModelRc::default());
        info.set_page(SharedString::new());
        info.set_can_report(false);
        info.set_can_mediate(false);
        info.set_contacts(ModelRc::default());
        info.set_outcome(false);
        info.set_query(SharedString::new());
        info.set_results(ModelRc::default());
        let q = self.window.global::<Quiz>();
        q.set_question(SharedString::new());
        q.set_answers(ModelRc::default());
        q.set_done(0);
        q.set_total(0);
        self.show_route_end(&self.content(), &RouteResult::default());
        self.window.global::<Route>().set_answers(ModelRc::default());
    }
}
