# Allgemeine Seiten ohne Thema (Deutsch, Belgien).

page-contact-center-title = Ihre Situation ist nicht dabei? Fragen Sie das Contact Center
page-contact-center-rule = Das Contact Center des FÖD Wirtschaft beantwortet Ihre Fragen zu Ihren Rechten als Verbraucher. Rufen Sie kostenlos 0800 120 33 an, montags bis freitags von 9 bis 17 Uhr, oder schreiben Sie an info.eco@economie.fgov.be. Schildern Sie kurz, was passiert ist, wann und mit welchem Unternehmen.
page-contact-center-now =
    1. Notieren Sie, was passiert ist und wann, den Namen des Unternehmens und was Sie schon unternommen haben.
    2. Halten Sie Ihre Unterlagen bereit: Rechnung, Vertrag, Briefe oder E-Mails.
    3. Rufen Sie 0800 120 33 an (kostenlos), montags bis freitags von 9 bis 17 Uhr, oder schreiben Sie an info.eco@economie.fgov.be.
page-contact-center-words = Frage, Hilfe, Auskunft, Beratung, kostenlose Nummer, Information, anderes Problem, FÖD Wirtschaft, anrufen, E-Mail
