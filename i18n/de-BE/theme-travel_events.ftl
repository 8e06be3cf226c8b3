# Thema „Reisen und Veranstaltungen“ (Deutsch, Belgien): Titel der Unterthemen und Seiten zu Pauschalreisen, Flügen, abgesagten Veranstaltungen und dem Weiterverkauf von Tickets.

topic-travel = Reisen
topic-events = Konzerte, Vorstellungen und Tickets

page-package-travel-cancelled-title = Ihre Pauschalreise wurde abgesagt
page-package-travel-cancelled-rule = Eine Pauschalreise verbindet mindestens zwei Leistungen für dieselbe Reise, zum Beispiel Flug und Hotel, für mehr als 24 Stunden oder mit Übernachtung. Sagt der Veranstalter sie ab, muss er Ihnen alles, was Sie bezahlt haben, innerhalb von 14 Tagen erstatten. Sie müssen keinen Gutschein und keine andere Reise annehmen. Ändert der Veranstalter die Reise erheblich, können Sie selbst kostenlos zurücktreten.
page-package-travel-cancelled-now =
    1. Verlangen Sie vom Veranstalter schriftlich die volle Erstattung. Bewahren Sie Buchung und Zahlungsbeleg auf.
    2. Nach 14 Tagen keine Erstattung? Schicken Sie ein Einschreiben mit einer letzten Frist.
    3. Verweisen die Bedingungen des Veranstalters auf die Schlichtungskommission für Reisestreitigkeiten, können Sie sich dorthin wenden.
    4. Veranstalter in einem anderen EU-Land? Das EVZ Belgien hilft Ihnen kostenlos.
page-package-travel-cancelled-words = Urlaub, Reise, Reiseveranstalter, Reisebüro, Erstattung, Rückerstattung, Gutschein, Flug und Hotel, Buchung, Stornierung

page-flight-delay-cancellation-title = Flug verspätet oder annulliert
page-flight-delay-cancellation-rule = Europäische Regeln schützen Fluggäste auf Flügen ab der EU und auf Flügen in die EU mit einer europäischen Fluggesellschaft. Wird Ihr Flug annulliert oder stark verspätet, muss die Fluggesellschaft Ihnen helfen: Mahlzeiten, falls nötig ein Hotel, ein anderer Flug oder eine Erstattung. Je nach Verspätung und Entfernung erhalten Sie eventuell auch eine pauschale Entschädigung, außer bei einer außergewöhnlichen Ursache wie einem Sturm.
page-flight-delay-cancellation-now =
    1. Bewahren Sie Bordkarte, Buchung und die Belege für Mahlzeiten, Hotel oder Transport auf.
    2. Wenden Sie sich zuerst an die Fluggesellschaft, schriftlich oder über das Formular auf ihrer Website.
    3. Nach 6 Wochen keine zufriedenstellende Antwort? Reichen Sie über das Online-Formular Beschwerde beim FÖD Mobilität und Transportwesen (Generaldirektion Luftfahrt) ein. Der Ombudsdienst für Verbraucher ist dafür nicht zuständig.
    4. Fluggesellschaft in einem anderen EU-Land? Auch das EVZ Belgien kann Ihnen helfen.
page-flight-delay-cancellation-words = Flugzeug, Fluggesellschaft, Flughafen, Verspätung, Annullierung, Entschädigung, Ausgleichszahlung, verpasster Anschluss, Überbuchung, Fluggastrechte, Erstattung

page-event-cancelled-title = Konzert oder Vorstellung abgesagt: Ihr Geld zurück
page-event-cancelled-rule = Wird ein Konzert, eine Vorstellung, ein Festival oder ein Spiel abgesagt, haben Sie grundsätzlich Anspruch auf Erstattung Ihres Tickets. Wenden Sie sich an den Veranstalter oder an die Verkaufsstelle, bei der Sie es gekauft haben. Wird die Veranstaltung nur verschoben, fragen Sie dort nach Ihren Möglichkeiten. Lesen Sie deren Nachricht genau: Meist steht darin, wie und bis wann Sie die Erstattung verlangen können. Bewahren Sie Ticket und Zahlungsbeleg bis zur Erstattung auf.
page-event-cancelled-now =
    1. Folgen Sie dem Erstattungsverfahren, das der Veranstalter oder die Verkaufsstelle ankündigt.
    2. Nach einigen Wochen nichts? Verlangen Sie die Erstattung schriftlich, mit Ticket und Zahlungsbeleg.
    3. Immer noch nichts? Beantragen Sie eine Schlichtung oder melden Sie den Veranstalter der Wirtschaftsinspektion.
page-event-cancelled-words = Festival, Spiel, Match, Eintrittskarte, Erstattung, Veranstalter, verschoben, Künstler, Absage, Eintrittsgeld

page-ticket-resale-title = Weiterverkauftes Ticket zu teuer oder gefälscht
page-ticket-resale-rule = In Belgien ist es verboten, ein Ticket für eine Veranstaltung teurer als zum ursprünglichen Preis weiterzuverkaufen. Gefälschte oder kopierte Tickets werden oft über soziale Netzwerke und Weiterverkaufsseiten angeboten, und am Eingang werden sie abgewiesen. Kaufen Sie beim Veranstalter, bei seinen offiziellen Verkaufsstellen oder auf seiner offiziellen Weiterverkaufsplattform. Seien Sie vorsichtig, wenn eine Privatperson eine Überweisung verlangt.
page-ticket-resale-now =
    1. Ein gefälschtes Ticket gekauft? Bewahren Sie die Anzeige, die Nachrichten und Ihren Zahlungsbeleg auf.
    2. Kontaktieren Sie sofort Ihre Bank, um die Zahlung möglichst zu stoppen oder zurückzuholen.
    3. Erstatten Sie Anzeige bei Ihrer lokalen Polizei.
    4. Melden Sie den Verkäufer oder die Website der Wirtschaftsinspektion.
page-ticket-resale-words = Weiterverkauf, Schwarzmarkt, Fälschung, Facebook, Marketplace, Festival, Konzert, Wucherpreis, Betrug, Abzocke, Eintrittskarte

page-rail-complaint-title = Ein Problem mit einer Zugreise
page-rail-complaint-rule = Verspätung, Fahrkarte oder Service: Beschweren Sie sich zuerst beim Bahnunternehmen. Es hat 1 Monat Zeit für die Antwort. Keine Antwort oder nicht zufrieden? Der Ombudsdienst für Bahnreisende hilft Ihnen kostenlos. Er ist für alle in Belgien tätigen Bahnunternehmen zuständig, wenn Sie in Belgien abfahren, ankommen oder umsteigen oder die Fahrkarte bei einem belgischen Unternehmen gekauft haben. Bei der SNCB gibt eine Verspätung von 1 Stunde oder mehr Anspruch auf den vollen Fahrpreis als Entschädigung.
page-rail-complaint-now =
    1. Bewahren Sie Fahrkarte oder Abo auf und notieren Sie Datum, Uhrzeit und Zug.
    2. Verspätung? Beantragen Sie eine Entschädigung mit dem Formular des Bahnunternehmens.
    3. Ein anderes Problem? Beschweren Sie sich schriftlich beim Bahnunternehmen und bewahren Sie eine Kopie auf.
    4. Keine Antwort innerhalb eines Monats oder nicht zufrieden? Schreiben Sie an den Ombudsdienst für Bahnreisende.
page-rail-complaint-words = Zug, Bahn, SNCB, NMBS, Verspätung, zu spät, Zugausfall, Fahrkarte, Ticket, Abonnement, Geldbuße, Entschädigung, Erstattung, Bahnhof, Eurostar, Pendler, Anschluss
