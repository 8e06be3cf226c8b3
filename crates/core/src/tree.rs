//! Decision trees: the "find a solution" questionnaire and the mediation routing.
//!
//! A tree is questions with 2 to 6 answers; an answer leads to another question or to an
//! outcome, and may record facts (`channel = website`, `location = eu`, …). A question may
//! declare the fact it decides (`fact = "sector"`): when that fact is already known — learnt
//! earlier in the questionnaire — the question answers itself, so the visitor is not asked twice.
//!
//! [`Tree::check`] finds every structural problem (unknown target, dead end, cycle,
//! unreachable node, too many answers, too deep); [`Walk`] is one visitor's way through it.

use std::collections::{BTreeMap, BTreeSet};

/// Facts learnt on the way: name → value.
pub type Facts = BTreeMap<String, String>;

/// Fewest and most answers a question may offer (big buttons on one screen).
pub const MIN_ANSWERS: usize = 2;
pub const MAX_ANSWERS: usize = 6;
/// Most questions on one path, so that no visitor is asked forever.
pub const MAX_DEPTH: usize = 6;
/// The answer a split question (`sector`, `sector-more`) uses to lead to its continuation; a
/// known fact that is not among the first question's answers takes it automatically.
pub const MORE: &str = "more";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub id: String,
    /// A question id or an outcome id of the same tree.
    pub to: String,
    pub sets: Facts,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: String,
    /// The fact this question decides: its answer ids are the fact's values.
    pub fact: Option<String>,
    pub answers: Vec<Answer>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tree {
    pub start: String,
    pub questions: Vec<Question>,
    pub outcomes: Vec<String>,
}

/// A problem of a tree, located by the question (and answer) it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `question <id>`, `question <id>, answer <id>`, `outcome <id>` or `start`.
    pub place: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// Where an answer leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Node {
    Question(usize),
    Outcome(usize),
}

impl Tree {
    pub fn question(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    pub fn outcome(&self, id: &str) -> Option<usize> {
        self.outcomes.iter().position(|o| o == id)
    }

    /// The node an id names (questions first; ids are unique when [`Tree::check`] passes).
    pub fn node(&self, id: &str) -> Option<Node> {
        self.question(id).map(Node::Question).or_else(|| self.outcome(id).map(Node::Outcome))
    }

    /// Every structural problem, in a stable order; empty when the tree is sound.
    pub fn check(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut seen = BTreeSet::new();
        for id in self.questions.iter().map(|q| &q.id).chain(&self.outcomes) {
            if !seen.insert(id.as_str()) {
                problems.push(Problem { place: id.clone(), message: "this id is used twice".into() });
            }
        }
        if self.question(&self.start).is_none() {
            problems.push(Problem { place: "start".into(), message: format!("{:?} is not a question", self.start) });
        }
        for q in &self.questions {
            let place = format!("question {}", q.id);
            if q.answers.is_empty() {
                problems.push(Problem { place: place.clone(), message: "dead end: no answers".into() });
            } else if q.answers.len() < MIN_ANSWERS || q.answers.len() > MAX_ANSWERS {
                problems.push(Problem {
                    place: place.clone(),
                    message: format!("{} answers; a question needs {MIN_ANSWERS} to {MAX_ANSWERS}", q.answers.len()),
                });
            }
            let mut answer_ids = BTreeSet::new();
            for a in &q.answers {
                let place = format!("question {}, answer {}", q.id, a.id);
                if !answer_ids.insert(a.id.as_str()) {
                    problems.push(Problem { place: place.clone(), message: "this answer id is used twice".into() });
                }
                if self.node(&a.to).is_none() {
                    problems.push(Problem {
                        place,
                        message: format!("dead end: leads to {:?}, which is neither a question nor an outcome", a.to),
                    });
                }
            }
        }
        if let Some(start) = self.question(&self.start) {
            self.check_paths(start, &mut problems);
        }
        problems
    }

    /// Cycles, unreachable nodes and over-long paths, by a depth-first walk from the start.
    fn check_paths(&self, start: usize, problems: &mut Vec<Problem>) {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Open,
            Done,
        }
        let mut marks = vec![Mark::New; self.questions.len()];
        // Longest number of questions from a node to an outcome (itself included).
        let mut depth = vec![0usize; self.questions.len()];
        let mut reached_outcomes = vec![false; self.outcomes.len()];
        let mut cycles = BTreeSet::new();
        // Iterative DFS: (question, next answer index).
        let mut stack = vec![(start, 0usize)];
        marks[start] = Mark::Open;
        while let Some(&mut (q, ref mut next)) = stack.last_mut() {
            let answers = &self.questions[q].answers;
            if *next < answers.len() {
                let a = &answers[*next];
                *next += 1;
                match self.node(&a.to) {
                    Some(Node::Question(t)) => match marks[t] {
                        Mark::New => {
                            marks[t] = Mark::Open;
                            stack.push((t, 0));
                        }
                        Mark::Open => {
                            cycles.insert((self.questions[q].id.clone(), a.id.clone()));
                        }
                        Mark::Done => depth[q] = depth[q].max(depth[t]),
                    },
                    Some(Node::Outcome(o)) => reached_outcomes[o] = true,
                    None => {}
                }
            } else {
                let mut d = 0;
                for a in answers {
                    if let Some(Node::Question(t)) = self.node(&a.to)
                        && marks[t] == Mark::Done
                    {
                        d = d.max(depth[t]);
                    }
                }
                depth[q] = d + 1;
                marks[q] = Mark::Done;
                stack.pop();
            }
        }
        for (q, a) in cycles {
            problems.push(Problem {
                place: format!("question {q}, answer {a}"),
                message: "cycle: leads back to a question already on the way".into(),
            });
        }
        for (i, q) in self.questions.iter().enumerate() {
            if marks[i] == Mark::New {
                problems.push(Problem {
                    place: format!("question {}", q.id),
                    message: "unreachable from the start".into(),
                });
            }
        }
        for (i, o) in self.outcomes.iter().enumerate() {
            if !reached_outcomes[i] {
                problems.push(Problem { place: format!("outcome {o}"), message: "unreachable from the start".into() });
            }
        }
        if depth[start] > MAX_DEPTH {
            problems.push(Problem {
                place: "start".into(),
                message: format!("a path asks {} questions; at most {MAX_DEPTH}", depth[start]),
            });
        }
    }

    /// The most questions still to answer from question `q` to any outcome (`q` included).
    /// Assumes a checked (acyclic) tree.
    pub fn remaining(&self, q: usize) -> usize {
        fn go(t: &Tree, q: usize, memo: &mut BTreeMap<usize, usize>, guard: usize) -> usize {
            if let Some(&d) = memo.get(&q) {
                return d;
            }
            if guard > t.questions.len() {
                return 0;
            }
            let d = 1 + t.questions[q]
                .answers
                .iter()
                .filter_map(|a| match t.node(&a.to) {
                    Some(Node::Question(n)) => Some(go(t, n, memo, guard + 1)),
                    _ => None,
                })
                .max()
                .unwrap_or(0);
            memo.insert(q, d);
            d
        }
        go(self, q, &mut BTreeMap::new(), 0)
    }
}

/// One step taken: the question, the answer index, and whether a known fact answered it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub question: usize,
    pub answer: usize,
    pub automatic: bool,
}

/// A visitor's way through a (checked) tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk {
    /// Facts known before the first question (from the questionnaire, say).
    pub prefilled: Facts,
    pub steps: Vec<Step>,
    pub at: Node,
}

impl Walk {
    /// Starts at the tree's start, answering by itself what `prefilled` already decides.
    /// `None` when the tree has no valid start.
    pub fn start(tree: &Tree, prefilled: Facts) -> Option<Walk> {
        let start = tree.question(&tree.start)?;
        let mut walk = Walk { prefilled, steps: Vec::new(), at: Node::Question(start) };
        walk.follow_known(tree);
        Some(walk)
    }

    /// The facts known now: prefilled, then those set by each answer on the way.
    pub fn facts(&self, tree: &Tree) -> Facts {
        let mut facts = self.prefilled.clone();
        for s in &self.steps {
            let q = &tree.questions[s.question];
            let a = &q.answers[s.answer];
            for (k, v) in &a.sets {
                facts.insert(k.clone(), v.clone());
            }
            if let Some(fact) = &q.fact
                && a.id != MORE
            {
                facts.insert(fact.clone(), a.id.clone());
            }
        }
        facts
    }

    /// The question being asked, if the walk has not reached an outcome.
    pub fn question<'t>(&self, tree: &'t Tree) -> Option<&'t Question> {
        match self.at {
            Node::Question(q) => tree.questions.get(q),
            Node::Outcome(_) => None,
        }
    }

    /// The outcome reached, if any.
    pub fn outcome<'t>(&self, tree: &'t Tree) -> Option<&'t str> {
        match self.at {
            Node::Outcome(o) => tree.outcomes.get(o).map(String::as_str),
            Node::Question(_) => None,
        }
    }

    /// Takes the answer `id` of the current question; false when there is no such answer.
    pub fn answer(&mut self, tree: &Tree, id: &str) -> bool {
        let Node::Question(q) = self.at else { return false };
        let Some(a) = tree.questions[q].answers.iter().position(|a| a.id == id) else { return false };
        self.take(tree, q, a, false);
        self.follow_known(tree);
        true
    }

    fn take(&mut self, tree: &Tree, q: usize, a: usize, automatic: bool) {
        self.steps.push(Step { question: q, answer: a, automatic });
        // A checked tree has every target; an unchecked one stays where it is.
        if let Some(next) = tree.node(&tree.questions[q].answers[a].to) {
            self.at = next;
        }
    }

    /// Answers, by themselves, the questions whose fact is already known.
    fn follow_known(&mut self, tree: &Tree) {
        for _ in 0..=tree.questions.len() {
            let Node::Question(q) = self.at else { return };
            let question = &tree.questions[q];
            let Some(fact) = &question.fact else { return };
            let facts = self.facts(tree);
            let Some(value) = facts.get(fact) else { return };
            let pick = question
                .answers
                .iter()
                .position(|a| &a.id == value)
                .or_else(|| question.answers.iter().position(|a| a.id == MORE));
            match pick {
                Some(a) => self.take(tree, q, a, true),
                None => return,
            }
        }
    }

    /// Back to the question the visitor last answered (skipping the ones that answered
    /// themselves). False when already at the first question asked.
    pub fn back(&mut self) -> bool {
        let Some(last_manual) = self.steps.iter().rposition(|s| !s.automatic) else { return false };
        self.at = Node::Question(self.steps[last_manual].question);
        self.steps.truncate(last_manual);
        true
    }

    /// Questions the visitor answered (automatic ones do not count).
    pub fn answered(&self) -> usize {
        self.steps.iter().filter(|s| !s.automatic).count()
    }

    /// Progress as (answered, answered + the most questions still possible).
    pub fn progress(&self, tree: &Tree) -> (usize, usize) {
        let done = self.answered();
        let left = match self.at {
            Node::Question(q) => tree.remaining(q),
            Node::Outcome(_) => 0,
        };
        (done, done + left)
    }

    /// The answers given so far, as (question id, answer id), automatic ones included.
    pub fn path<'t>(&self, tree: &'t Tree) -> Vec<(&'t str, &'t str)> {
        self.steps
            .iter()
            .map(|s| {
                let q = &tree.questions[s.question];
                (q.id.as_str(), q.answers[s.answer].id.as_str())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(id: &str, to: &str) -> Answer {
        Answer { id: id.into(), to: to.into(), sets: Facts::new() }
    }

    fn q(id: &str, fact: Option<&str>, answers: Vec<Answer>) -> Question {
        Question { id: id.into(), fact: fact.map(Into::into), answers }
    }

    /// where → (be: complained → (yes: sector → …, no: advice), eu: ecc)
    fn routing() -> Tree {
        let mut eu = answer("eu", "ecc");
        eu.sets.insert("note".into(), "cross-border".into());
        Tree {
            start: "location".into(),
            questions: vec![
                q("location", Some("location"), vec![answer("be", "complained"), eu]),
                q("complained", None, vec![answer("yes", "sector"), answer("no", "complain-first")]),
                q("sector", Some("sector"), vec![answer("energy", "svc-energy"), answer(MORE, "sector-more")]),
                q("sector-more", Some("sector"), vec![answer("rail", "svc-rail"), answer("other", "svc-cms")]),
            ],
            outcomes: ["ecc", "complain-first", "svc-energy", "svc-rail", "svc-cms"].map(String::from).to_vec(),
        }
    }

    #[test]
    fn a_sound_tree_has_no_problem() {
        assert_eq!(routing().check(), vec![]);
        assert_eq!(routing().remaining(0), 4);
    }

    #[test]
    fn dead_ends_cycles_and_unreachable_nodes_are_found_with_their_place() {
        let mut t = routing();
        t.questions[1].answers[1].to = "nowhere".into();
        t.questions[3].answers[1].to = "complained".into();
        t.questions.push(q("orphan", None, vec![]));
        let problems: Vec<String> = t.check().iter().map(ToString::to_string).collect();
        assert_eq!(
            problems,
            vec![
                "question complained, answer no: dead end: leads to \"nowhere\", which is neither a question nor an outcome",
                "question orphan: dead end: no answers",
                "question sector-more, answer other: cycle: leads back to a question already on the way",
                "question orphan: unreachable from the start",
                "outcome complain-first: unreachable from the start",
                "outcome svc-cms: unreachable from the start",
            ]
        );
    }

    #[test]
    fn answer_counts_duplicates_start_and_depth_are_checked() {
        let mut t = routing();
        t.questions[0].answers.truncate(1);
        t.outcomes.push("sector".into());
        let problems: Vec<String> = t.check().iter().map(ToString::to_string).collect();
        assert!(problems.contains(&"sector: this id is used twice".to_string()), "{problems:?}");
        assert!(problems.contains(&"question location: 1 answers; a question needs 2 to 6".to_string()));
        t.start = "ecc".into();
        assert!(t.check().iter().any(|p| p.to_string() == "start: \"ecc\" is not a question"));

        // A chain of 7 questions is too deep.
        let mut chain = Tree { start: "q0".into(), questions: vec![], outcomes: vec!["end".into()] };
        for i in 0..7 {
            let next = if i == 6 { "end".to_string() } else { format!("q{}", i + 1) };
            chain.questions.push(q(&format!("q{i}"), None, vec![answer("a", &next), answer("b", "end")]));
        }
        assert_eq!(
            chain.check().iter().map(ToString::to_string).collect::<Vec<_>>(),
            vec!["start: a path asks 7 questions; at most 6"]
        );
    }

    #[test]
    fn a_walk_answers_back_and_reaches_an_outcome() {
        let t = routing();
        let mut w = Walk::start(&t, Facts::new()).unwrap();
        assert_eq!(w.question(&t).unwrap().id, "location");
        assert_eq!(w.progress(&t), (0, 4));
        assert!(!w.answer(&t, "mars"));
        assert!(w.answer(&t, "be"));
        assert!(w.answer(&t, "yes"));
        assert_eq!(w.progress(&t), (2, 4));
        assert!(w.answer(&t, MORE));
        assert!(w.answer(&t, "rail"));
        assert_eq!(w.outcome(&t), Some("svc-rail"));
        assert_eq!(w.facts(&t).get("sector").map(String::as_str), Some("rail"));
        assert_eq!(w.facts(&t).get("location").map(String::as_str), Some("be"));
        assert_eq!(w.progress(&t), (4, 4));
        assert!(w.back());
        assert_eq!(w.question(&t).unwrap().id, "sector-more");
        assert!(w.back() && w.back() && w.back());
        assert_eq!(w.question(&t).unwrap().id, "location");
        assert!(!w.back());
        assert!(w.answer(&t, "eu"));
        assert_eq!(w.outcome(&t), Some("ecc"));
        assert_eq!(w.facts(&t).get("note").map(String::as_str), Some("cross-border"));
        assert_eq!(w.path(&t), vec![("location", "eu")]);
    }

    #[test]
    fn known_facts_answer_their_questions_and_back_skips_them() {
        let t = routing();
        let prefilled: Facts = [("location", "be"), ("sector", "rail")].map(|(k, v)| (k.into(), v.into())).into();
        let mut w = Walk::start(&t, prefilled).unwrap();
        // The location was known: the first question asked is "complained".
        assert_eq!(w.question(&t).unwrap().id, "complained");
        assert_eq!(w.progress(&t), (0, 3));
        assert!(w.answer(&t, "yes"));
        // Sector known (not among the first sector question's answers: through "more").
        assert_eq!(w.outcome(&t), Some("svc-rail"));
        assert_eq!(w.answered(), 1);
        assert_eq!(
            w.path(&t),
            vec![("location", "be"), ("complained", "yes"), ("sector", MORE), ("sector-more", "rail")]
        );
        assert!(w.back());
        assert_eq!(w.question(&t).unwrap().id, "complained");
        assert!(!w.back(), "the location was never asked: nothing to go back to");

        // A known value that no answer has leaves the question to the visitor.
        let odd: Facts = [("location".to_string(), "moon".to_string())].into();
        let w = Walk::start(&t, odd).unwrap();
        assert_eq!(w.question(&t).unwrap().id, "location");
    }
}
