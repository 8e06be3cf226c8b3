//! The report form's content (`kiosk-config/content/report.toml`): the ConsumerConnect themes
//! in display order and the contact channels. The text of every id is in
//! `i18n/<locale>/content.ftl`.

use serde::Deserialize;

pub const REPORT_FILE: &str = "kiosk-config/content/report.toml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportContent {
    pub themes: Vec<String>,
    pub channels: Vec<String>,
}

impl ReportContent {
    /// Parses and checks the content: ids are snake_case, unique, channels are the contract's.
    pub fn parse(text: &str, file: &str) -> Result<ReportContent, String> {
        let c: ReportContent = toml::from_str(text).map_err(|e| format!("{file}: {}", e.message()))?;
        if c.themes.is_empty() {
            return Err(format!("{file}: themes: the list is empty"));
        }
        for (key, list) in [("themes", &c.themes), ("channels", &c.channels)] {
            for (i, id) in list.iter().enumerate() {
                if id.is_empty() || !id.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_') {
                    return Err(format!("{file}: {key}[{i}]: {id:?} is not a snake_case id"));
                }
                if list[..i].contains(id) {
                    return Err(format!("{file}: {key}[{i}]: {id:?} appears twice"));
                }
            }
        }
        for (i, id) in c.channels.iter().enumerate() {
            if cc_core::report::ContactChannel::from_id(id).is_none() {
                return Err(format!("{file}: channels[{i}]: {id:?} is not a contact channel of the central contract"));
            }
        }
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_content_is_valid() {
        let c = ReportContent::parse(include_str!("../../kiosk-config/content/report.toml"), REPORT_FILE).unwrap();
        assert_eq!(c.themes.len(), 10);
        assert_eq!(c.channels.len(), cc_core::report::ContactChannel::ALL.len());
    }

    #[test]
    fn bad_content_names_the_file_and_the_place() {
        let err = |text: &str| ReportContent::parse(text, "content/report.toml").unwrap_err();
        assert_eq!(
            err("themes = [\"energy\", \"Energy!\"]\nchannels = [\"shop\"]"),
            "content/report.toml: themes[1]: \"Energy!\" is not a snake_case id"
        );
        assert_eq!(
            err("themes = [\"energy\", \"energy\"]\nchannels = [\"shop\"]"),
            "content/report.toml: themes[1]: \"energy\" appears twice"
        );
        assert_eq!(
            err("themes = [\"energy\"]\nchannels = [\"pigeon\"]"),
            "content/report.toml: channels[0]: \"pigeon\" is not a contact channel of the central contract"
        );
        assert!(err("themes = [\"energy\"]\n").contains("channels"));
        assert_eq!(err("themes = []\nchannels = []"), "content/report.toml: themes: the list is empty");
    }
}
