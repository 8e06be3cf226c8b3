# Schlichtungsstellen (Deutsch, Belgien): Name, Zuständigkeit, Bedingungen, Unterlagen, Kosten.

service-cms-name = Ombudsdienst für Verbraucher
service-cms-scope = Jede Streitigkeit mit einem in Belgien niedergelassenen Unternehmen, wenn keine Stelle für die Branche zuständig ist; der Dienst leitet Ihre Akte auch an die richtige Stelle weiter.
service-cms-conditions =
    1. Sie haben zuerst versucht, das Problem mit dem Unternehmen zu lösen, und können das belegen.
    2. Ihre Beschwerde beim Unternehmen ist weniger als 1 Jahr alt.
    3. Sie geben Ihren Namen und Ihre Kontaktdaten an: Anonyme Anträge werden abgelehnt.
    4. Der Fall liegt weder bei einem Gericht noch bei einem anderen Schlichtungsdienst.
service-cms-prepare =
    1. Ihr Name, Geburtsdatum, Ihre Adresse, Telefonnummer und E-Mail-Adresse.
    2. Der genaue Name und die Adresse des Unternehmens.
    3. Kassenbon, Vertrag, Rechnungen, Bestellschein oder Lieferschein.
    4. Ihre Briefe oder E-Mails an das Unternehmen und seine Antworten.
    5. Die Lösung, die Sie sich wünschen.
service-cms-cost = Kostenlos.

service-ombudsfin-name = Ombudsfin – Ombudsmann für Finanzstreitfälle
service-ombudsfin-scope = Streitigkeiten mit einer Bank, einem Kreditgeber oder einem anderen Finanzinstitut: Konten, Zahlungen, Kredite und Geldanlagen.
service-ombudsfin-conditions =
    1. Richten Sie zuerst eine schriftliche Beschwerde an die Beschwerdestelle der Bank oder des Kreditgebers.
    2. Ihr Antrag kann abgelehnt werden, wenn diese Beschwerde mehr als 1 Jahr alt ist.
    3. Das Institut muss Ombudsfin angeschlossen sein (Mitglieder von Febelfin, dem Verband des Finanzsektors, sind es).
service-ombudsfin-prepare =
    1. Ihre Beschwerde an die Beschwerdestelle des Instituts und seine Antwort.
    2. Den Vertrag, die Kontoauszüge oder die Kreditunterlagen.
    3. Die betreffenden Daten, Beträge und Konto- oder Vertragsnummern.
    4. Ihren Namen, Ihre Adresse und Kontaktdaten.
service-ombudsfin-cost = Kostenlos. Der Ombudsmann gibt eine Stellungnahme ab; die Bank muss ihr nicht folgen.

service-ombudsman-insurance-name = Ombudsmann der Versicherungen
service-ombudsman-insurance-scope = Streitigkeiten mit einem Versicherer oder Versicherungsvermittler über einen Versicherungsvertrag nach belgischem Recht.
service-ombudsman-insurance-conditions =
    1. Am besten zuerst: Beschwerde bei Ihrem Makler oder Agenten, dann bei der Beschwerdestelle des Versicherers.
    2. Nicht für Arbeitsunfälle und nicht für einen Fall, der schon bei Gericht liegt.
    3. Ihre Beschwerde erfolgt schriftlich: Online-Formular, Brief oder E-Mail.
service-ombudsman-insurance-prepare =
    1. Ihre Policennummer und den Versicherungsvertrag.
    2. Die Schadennummer, falls es eine gibt.
    3. Ihre Briefe oder E-Mails an den Versicherer und seine Antworten.
    4. Was Sie verlangen.
service-ombudsman-insurance-cost = Kostenlos. Der Ombudsmann gibt eine begründete Stellungnahme ab; der Versicherer muss ihr nicht folgen.

service-energy-mediation-name = Ombudsdienst für Energie
service-energy-mediation-scope = Streitigkeiten mit einem Strom- oder Gaslieferanten oder Netzbetreiber, zum Beispiel über Rechnungen oder Verträge.
service-energy-mediation-conditions =
    1. Sie haben sich zuerst bei Ihrem Lieferanten oder Netzbetreiber beschwert.
    2. In Brüssel und der Wallonie können Probleme mit Anschluss, Zähler und Budgetzähler auch an Brugel oder die CWaPE gehen.
    3. Sobald Ihre Beschwerde angenommen ist, wird der strittige Betrag bis zum Ende des Verfahrens nicht eingetrieben.
    4. Sie können auf Deutsch, Französisch oder Niederländisch schreiben.
service-energy-mediation-prepare =
    1. Ihre Kundennummer und den EAN-Code Ihres Zählers (auf Ihrer Rechnung).
    2. Die strittigen Rechnungen und Ihren Vertrag.
    3. Ihre Beschwerde beim Lieferanten oder Netzbetreiber und die Antwort.
    4. Ihren Namen, Ihre Adresse und Kontaktdaten.
service-energy-mediation-cost = Kostenlos.

service-telecom-mediation-name = Ombudsdienst für Telekommunikation
service-telecom-mediation-scope = Streitigkeiten mit einem Telekommunikationsanbieter: Handy, Internet, Fernsehen und Festnetz.
service-telecom-mediation-conditions =
    1. Sie haben sich zuerst bei Ihrem Anbieter beschwert und können das beweisen.
    2. Warten Sie nicht zu lange: Er kann ablehnen, wenn Ihre Beschwerde beim Anbieter über 1 Jahr zurückliegt.
    3. Ihr Antrag erfolgt schriftlich; das Telefon dient nur der Auskunft.
    4. Sobald Ihre Beschwerde angenommen ist, wird der strittige Betrag bis zu 4 Monate lang nicht eingetrieben.
service-telecom-mediation-prepare =
    1. Ihre Kundennummer und die betreffende Telefon- oder Anschlussnummer.
    2. Die strittigen Rechnungen und Ihren Vertrag.
    3. Ihre Beschwerde beim Anbieter und seine Antwort.
    4. Ihren Namen, Ihre Adresse und Kontaktdaten.
service-telecom-mediation-cost = Kostenlos.

service-postal-mediation-name = Ombudsdienst für den Postsektor
service-postal-mediation-scope = Streitigkeiten mit bpost oder einem anderen Post- oder Paketunternehmen, ob Sie Absender oder Empfänger sind.
service-postal-mediation-conditions =
    1. Beschweren Sie sich zuerst beim Postunternehmen; bei einem bestellten Paket zuerst beim Verkäufer oder Onlineshop.
    2. Warten Sie nicht zu lange: Er kann ablehnen, wenn Ihre Beschwerde beim Unternehmen über 1 Jahr zurückliegt.
    3. Ihr Antrag erfolgt schriftlich, mit Namen und Postanschrift: Eine E-Mail-Adresse allein genügt nicht.
service-postal-mediation-prepare =
    1. Die Sendungsnummer oder die Referenz der Sendung.
    2. Den Einlieferungsbeleg oder die Bestellbestätigung.
    3. Ihre Beschwerde beim Unternehmen oder Verkäufer und die Antwort.
    4. Fotos, wenn die Sendung beschädigt ist.
service-postal-mediation-cost = Kostenlos.

service-rail-mediation-name = Ombudsdienst für Bahnreisende
service-rail-mediation-scope = Streitigkeiten mit einem Bahnunternehmen in Belgien (SNCB/NMBS und andere), mit Infrabel oder über einen Bahnhofsparkplatz.
service-rail-mediation-conditions =
    1. Beschweren Sie sich zuerst beim Bahnunternehmen; es hat 1 Monat Zeit für eine Antwort.
    2. Schreiben Sie dann an den Ombudsdienst: Brief, E-Mail, Online-Formular oder an seinem Schalter.
service-rail-mediation-prepare =
    1. Ihre Fahrkarte oder Ihr Abonnement.
    2. Datum, Uhrzeit und betreffenden Zug.
    3. Ihre Beschwerde beim Bahnunternehmen und seine Antwort.
    4. Ihren Namen, Ihre Adresse und Kontaktdaten.
service-rail-mediation-cost = Kostenlos.

service-ombudsman-trade-name = Ombudsmann für den Handel
service-ombudsman-trade-scope = Streitigkeiten mit Geschäften und Onlineshops, die beim Ombudsmann für den Handel registriert sind.
service-ombudsman-trade-conditions =
    1. Der Händler muss bei diesem Ombudsmann registriert sein; sonst wenden Sie sich an den Ombudsdienst für Verbraucher.
    2. Sie haben den Händler zuerst wegen des Problems kontaktiert.
    3. Nicht für Beträge unter 25 EUR, und nicht, wenn Sie den Händler vor mehr als 1 Jahr kontaktiert haben.
    4. Der Antrag erfolgt online, auf seiner Website.
service-ombudsman-trade-prepare =
    1. Kassenbon, Rechnung oder Bestellbestätigung.
    2. Ihre Nachrichten an den Händler und seine Antworten.
    3. Fotos des Produkts, wenn das hilft.
    4. Die Lösung, die Sie sich wünschen.
service-ombudsman-trade-cost = Für Sie kostenlos: Die registrierten Händler finanzieren den Dienst.

service-travel-disputes-name = Schlichtungskommission für Reisestreitigkeiten
service-travel-disputes-scope = Streitigkeiten mit einem Reiseveranstalter oder Reisebüro über eine Pauschalreise.
service-travel-disputes-conditions =
    1. Nur wenn die Bedingungen des Veranstalters oder Reisebüros auf die Kommission verweisen oder wenn beide Seiten zustimmen.
    2. Sie haben sich zuerst schriftlich beim Veranstalter oder Reisebüro beschwert.
    3. Die Schlichtung braucht die Zustimmung der Gegenseite; beim Schiedsverfahren ist die Entscheidung bindend.
service-travel-disputes-prepare =
    1. Ihren Buchungsschein, Ihren Vertrag und die Bedingungen des Veranstalters.
    2. Den Zahlungsnachweis.
    3. Ihre schriftliche Beschwerde und die Antwort.
    4. Fotos oder andere Nachweise des Problems.
service-travel-disputes-cost = Nicht kostenlos: Es fallen Gebühren an; die aktuellen Beträge stehen auf der Website.

service-notary-ombudsman-name = Ombudsdienst für das Notariat
service-notary-ombudsman-scope = Beschwerden jedes Klienten über einen Notar in Belgien.
service-notary-ombudsman-conditions =
    1. Zuerst mit dem Notar zu sprechen, ist ratsam, aber keine Pflicht.
    2. Ihr Antrag erfolgt schriftlich und nennt Ihren Namen: Anonyme Anträge werden abgelehnt.
    3. Nicht, wenn der Fall bei Gericht oder in einem anderen Verfahren liegt.
    4. Sie können auf Deutsch, Französisch, Niederländisch oder Englisch schreiben; bearbeitet wird auf Französisch oder Niederländisch.
service-notary-ombudsman-prepare =
    1. Name und Kanzlei des Notars.
    2. Die betreffende Urkunde oder Akte und ihr Datum.
    3. Ihre Briefe oder E-Mails an den Notar.
    4. Das Online-Formular nimmt 3 Anhänge an: Wählen Sie die wichtigsten Unterlagen.
service-notary-ombudsman-cost = Kostenlos. Der Ombudsdienst gibt eine Stellungnahme ab; der Notar muss ihr nicht folgen.

service-construction-conciliation-name = Schlichtungskommission Bau
service-construction-conciliation-scope = Technische Streitigkeiten zwischen einer Privatperson und einem Bauunternehmer oder Architekten über Bau- oder Renovierungsarbeiten.
service-construction-conciliation-conditions =
    1. Beide Seiten müssen zustimmen: eine Klausel im Vertrag oder eine nach dem Streit unterzeichnete Vereinbarung.
    2. Nur für technische Probleme, zum Beispiel Feuchtigkeit, Risse oder ein undichtes Dach.
service-construction-conciliation-prepare =
    1. Den Vertrag und die Klausel oder Vereinbarung über die Schlichtung.
    2. Kostenvoranschläge, Rechnungen und Pläne.
    3. Fotos der Mängel.
    4. Ihre Briefe oder E-Mails an den Bauunternehmer oder Architekten.
service-construction-conciliation-cost = Nicht kostenlos: Jede Seite zahlt eine Gebühr; der aktuelle Betrag steht auf der Website.

service-automoto-conciliation-name = Schlichtungskommission Automoto
service-automoto-conciliation-scope = Streitigkeiten mit einem gewerblichen Verkäufer in Belgien über den Kauf eines neuen oder gebrauchten Autos oder Motorrads.
service-automoto-conciliation-conditions =
    1. Sie haben zuerst erfolglos versucht, das Problem mit dem Verkäufer zu lösen.
    2. Sie haben das Fahrzeug als Privatperson bei einem gewerblichen Verkäufer in Belgien gekauft.
    3. Ihr Bestellschein muss die Schlichtungskommission Automoto nennen; sonst wenden Sie sich an den Ombudsdienst für Verbraucher.
service-automoto-conciliation-prepare =
    1. Den Bestellschein und die Rechnung.
    2. Den Nachweis, dass Sie eine Einigung mit dem Verkäufer versucht haben.
    3. Den Car-Pass, bei einem Gebrauchtfahrzeug.
    4. Fotos oder Berichte über das Problem, falls vorhanden.
service-automoto-conciliation-cost = Jede Seite zahlt einmalig 80 EUR (inkl. MwSt.), nicht erstattet. Ein Sachverständiger kostet extra, nur mit Ihrem Einverständnis.

service-ecc-belgium-name = Europäisches Verbraucherzentrum Belgien
service-ecc-belgium-scope = Streitigkeiten mit einem Händler, der in einem anderen EU-Land, in Island, Norwegen oder im Vereinigten Königreich niedergelassen ist.
service-ecc-belgium-conditions =
    1. Sie wohnen in Belgien und haben als Verbraucher bei einem Unternehmen gekauft, nicht bei einer Privatperson.
    2. Der Händler ist in einem anderen EU-Land, in Island, Norwegen oder im Vereinigten Königreich niedergelassen.
    3. Nach Möglichkeit haben Sie den Händler bereits über das Problem informiert.
    4. Gegen Betrüger kann das Zentrum nichts tun: Melden Sie diese der Polizei und der Wirtschaftsinspektion.
service-ecc-belgium-prepare =
    1. Den Kaufnachweis und den Zahlungsnachweis.
    2. Ihre Nachrichten an den Händler und seine Antworten, nach Datum geordnet.
    3. Name, Adresse und Website des Händlers.
    4. Ihre IBAN und BIC, für eine Erstattung.
    5. Sie können höchstens 8 Dokumente senden.
service-ecc-belgium-cost = Kostenlos.
