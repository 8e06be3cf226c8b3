//! Whether a mediation service can take a visitor's case now, from what they said about their
//! complaint to the company.
//!
//! Almost every Belgian mediation service is an appeal body: it takes a case only after the
//! consumer complained in writing to the company (the notary ombudsman does not require it; the
//! insurance ombudsman advises it), and it may refuse a case whose complaint to the company is
//! more than a year old. The rules of each service are content (`services.toml`); this module
//! applies them.

/// What the visitor said about their written complaint to the company (the routing's fact
/// `complaint`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Complaint {
    /// Complained in writing less than a year ago.
    Recent,
    /// Complained in writing more than a year ago.
    Late,
    /// Did not complain in writing.
    None,
}

impl Complaint {
    /// The fact's values: `recent`, `late`, `none`.
    pub const VALUES: [&'static str; 3] = ["recent", "late", "none"];

    /// The value of the fact `complaint`, if it is one of [`Complaint::VALUES`].
    pub fn parse(value: &str) -> Option<Complaint> {
        match value {
            "recent" => Some(Complaint::Recent),
            "late" => Some(Complaint::Late),
            "none" => Some(Complaint::None),
            _ => None,
        }
    }
}

/// Whether a service needs a prior written complaint to the company.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PriorComplaint {
    /// It takes a case only after one.
    #[default]
    Required,
    /// It advises one, but takes the case without.
    Advised,
    /// It takes the case without.
    NotRequired,
}

impl PriorComplaint {
    /// The spellings in `services.toml`: `required`, `advised`, `not-required`.
    pub const VALUES: [&'static str; 3] = ["required", "advised", "not-required"];

    pub fn parse(value: &str) -> Option<PriorComplaint> {
        match value {
            "required" => Some(PriorComplaint::Required),
            "advised" => Some(PriorComplaint::Advised),
            "not-required" => Some(PriorComplaint::NotRequired),
            _ => None,
        }
    }
}

/// What a service may do with a complaint to the company made more than a year ago.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LateComplaint {
    /// It may refuse the case on that ground (it is not automatic: the visitor is told, and
    /// still shown the service).
    #[default]
    MayRefuse,
    /// No time limit.
    NoLimit,
}

impl LateComplaint {
    /// The spellings in `services.toml`: `may-refuse`, `no-limit`.
    pub const VALUES: [&'static str; 2] = ["may-refuse", "no-limit"];

    pub fn parse(value: &str) -> Option<LateComplaint> {
        match value {
            "may-refuse" => Some(LateComplaint::MayRefuse),
            "no-limit" => Some(LateComplaint::NoLimit),
            _ => None,
        }
    }
}

/// A service's conditions about the complaint to the company.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Admission {
    pub prior: PriorComplaint,
    pub late: LateComplaint,
}

/// A caution shown with the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// The complaint to the company is more than a year old: the service may refuse the case.
    Late,
    /// No written complaint yet: the service advises one first, but can take the case.
    ComplaintAdvised,
}

impl Note {
    /// Its text's key: `mediate-note-late`, `mediate-note-complaint-advised`.
    pub fn key(self) -> &'static str {
        match self {
            Note::Late => "mediate-note-late",
            Note::ComplaintAdvised => "mediate-note-complaint-advised",
        }
    }
}

/// What the visitor is told about a service the routing found competent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Go to the service now (with a caution, if any).
    Service(Option<Note>),
    /// Complain in writing to the company first; the service comes after.
    ComplainFirst,
}

/// Applies a service's conditions to what the visitor said (`None`: not asked, e.g. the
/// European Consumer Centre, reached before the question).
pub fn admit(admission: Admission, complaint: Option<Complaint>) -> Verdict {
    match complaint {
        None | Some(Complaint::Recent) => Verdict::Service(None),
        Some(Complaint::Late) => match admission.late {
            LateComplaint::MayRefuse => Verdict::Service(Some(Note::Late)),
            LateComplaint::NoLimit => Verdict::Service(None),
        },
        Some(Complaint::None) => match admission.prior {
            PriorComplaint::Required => Verdict::ComplainFirst,
            PriorComplaint::Advised => Verdict::Service(Some(Note::ComplaintAdvised)),
            PriorComplaint::NotRequired => Verdict::Service(None),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const APPEAL: Admission = Admission { prior: PriorComplaint::Required, late: LateComplaint::MayRefuse };
    const NOTARY: Admission = Admission { prior: PriorComplaint::NotRequired, late: LateComplaint::NoLimit };
    const INSURANCE: Admission = Admission { prior: PriorComplaint::Advised, late: LateComplaint::MayRefuse };

    #[test]
    fn an_appeal_body_needs_a_complaint_first_and_may_refuse_a_late_one() {
        assert_eq!(admit(APPEAL, Some(Complaint::Recent)), Verdict::Service(None));
        assert_eq!(admit(APPEAL, Some(Complaint::Late)), Verdict::Service(Some(Note::Late)));
        assert_eq!(admit(APPEAL, Some(Complaint::None)), Verdict::ComplainFirst);
        assert_eq!(admit(APPEAL, None), Verdict::Service(None));
    }

    #[test]
    fn the_notary_ombudsman_takes_a_case_without_complaint_and_without_time_limit() {
        for c in [Complaint::Recent, Complaint::Late, Complaint::None] {
            assert_eq!(admit(NOTARY, Some(c)), Verdict::Service(None), "{c:?}");
        }
    }

    #[test]
    fn an_advised_complaint_is_a_caution_not_a_stop() {
        assert_eq!(admit(INSURANCE, Some(Complaint::None)), Verdict::Service(Some(Note::ComplaintAdvised)));
        assert_eq!(Note::ComplaintAdvised.key(), "mediate-note-complaint-advised");
    }

    #[test]
    fn spellings_parse() {
        for v in Complaint::VALUES {
            assert!(Complaint::parse(v).is_some());
        }
        for v in PriorComplaint::VALUES {
            assert!(PriorComplaint::parse(v).is_some());
        }
        for v in LateComplaint::VALUES {
            assert!(LateComplaint::parse(v).is_some());
        }
        assert_eq!(Complaint::parse("yes"), None);
    }
}
