//! The date picker of the forms: the month shown, and the day picked into the open form.

use chrono::{Datelike, NaiveDate};
use slint::{ComponentHandle, ModelRc, VecModel};

use super::{Dates, DayCell, Kiosk};

impl Kiosk {
    pub(super) fn wire_dates(&self) {
        let d = self.window.global::<Dates>();
        let k = self.weak();
        d.on_prev_month(move || k.with(|k| k.move_cursor(-1)));
        let k = self.weak();
        d.on_next_month(move || k.with(|k| k.move_cursor(1)));
        let k = self.weak();
        d.on_prev_year(move || k.with(|k| k.move_cursor(-12)));
        let k = self.weak();
        d.on_next_year(move || k.with(|k| k.move_cursor(12)));
        let k = self.weak();
        d.on_pick(move |day| {
            k.with(|k| {
                let (y, m) = k.state.borrow().cursor;
                let date = NaiveDate::from_ymd_opt(y, m, day as u32);
                if let Some(date) = date.filter(|d| *d <= k.state.borrow().today()) {
                    k.form_pick_date(date);
                }
            })
        });
    }

    fn move_cursor(&self, months: i32) {
        {
            let mut st = self.state.borrow_mut();
            let today = st.today();
            let (y, m) = st.cursor;
            let index = y * 12 + (m as i32 - 1) + months;
            let max = today.year() * 12 + today.month() as i32 - 1;
            let index = index.min(max).max(1990 * 12);
            st.cursor = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u32);
        }
        self.refresh_dates();
    }

    pub(super) fn refresh_dates(&self) {
        let chosen = self.form_date();
        let st = self.state.borrow();
        let d = self.window.global::<Dates>();
        let (y, m) = st.cursor;
        let today = st.today();
        let first = NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(today);
        let lead = first.weekday().num_days_from_monday() as usize;
        let days = days_in_month(y, m);
        let mut cells = vec![DayCell { day: 0, enabled: false, selected: false, today: false }; 42];
        for day in 1..=days {
            let date = NaiveDate::from_ymd_opt(y, m, day).unwrap_or(today);
            cells[lead + day as usize - 1] = DayCell {
                day: day as i32,
                enabled: date <= today,
                selected: chosen == Some(date),
                today: date == today,
            };
        }
        d.set_cells(ModelRc::new(VecModel::from(cells)));
        d.set_month(m as i32);
        d.set_year(y);
        d.set_can_next((y, m) < (today.year(), today.month()));
        let (sy, sm, sd) = chosen.map(|x| (x.year(), x.month() as i32, x.day() as i32)).unwrap_or((0, 0, 0));
        d.set_sel_day(sd);
        d.set_sel_month(sm);
        d.set_sel_year(sy);
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|d| d.pred_opt()).map(|d| d.day()).unwrap_or(28)
}
