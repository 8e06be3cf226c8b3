# Weg zur Schlichtung (Deutsch, Belgien): Fragen, Antworten und Rat, wenn (noch) keine Stelle helfen kann.

route-location = Wo ist das Unternehmen niedergelassen, mit dem Sie ein Problem haben?
route-location--be = In Belgien
route-location--eu = Anderes EU-Land, Island, Norwegen, Vereinigtes Königreich
route-location--outside = Anderswo (z. B. USA, China)
route-location--unknown = Ich weiß es nicht / die Website wirkt gefälscht

route-court = Liegt Ihr Fall schon bei einem Gericht oder einem anderen Schlichtungsdienst?
route-court--yes = Ja
route-court--no = Nein

route-complained = Haben Sie sich schon schriftlich beim Unternehmen beschwert? Wann?
route-complained--yes-less-than-year = Ja, vor weniger als 1 Jahr
route-complained--yes-more-than-year = Ja, vor mehr als 1 Jahr
route-complained--no = Nein, noch nicht

route-sector = Worum geht es bei Ihrem Problem?
route-sector--trade = Ein Kauf im Geschäft oder online
route-sector--energy = Strom oder Gas
route-sector--telecom = Handy, Internet oder Fernsehen
route-sector--finance = Bank, Kredit oder Geldanlage
route-sector--insurance = Eine Versicherung
route-sector--more = Etwas anderes

route-sector-more = Geht es um eines davon?
route-sector-more--postal = Post oder ein Paket
route-sector-more--travel = Eine Pauschalreise oder ein Reisebüro
route-sector-more--flight = Ein Flug (Verspätung, Annullierung, Überbuchung)
route-sector-more--cars = Kauf eines Autos oder Motorrads
route-sector-more--construction = Bau- oder Renovierungsarbeiten
route-sector-more--more = Etwas anderes

route-sector-rest = Was passt am besten?
route-sector-rest--rail = Eine Bahnreise
route-sector-rest--notary = Ein Notar
route-sector-rest--other = Etwas anderes

route-trade-member = Gibt das Geschäft an, beim Ombudsmann für den Handel angemeldet zu sein (Website, Kassenbon, Schaufenster)?
route-trade-member--yes = Ja
route-trade-member--no = Nein
route-trade-member--unknown = Ich weiß es nicht

route-car-seller = Wer hat Ihnen das Fahrzeug verkauft?
route-car-seller--professional = Eine Werkstatt oder ein Händler in Belgien
route-car-seller--private = Eine Privatperson

mediate-note-late = Sie haben sich vor mehr als einem Jahr beim Unternehmen beschwert. Diese Stelle kann Ihren Antrag deshalb ablehnen: Fragen Sie dort nach, bevor Sie Ihre Akte vorbereiten.
mediate-note-complaint-advised = Sie haben sich noch nicht schriftlich beim Unternehmen beschwert. Diese Stelle rät, das zuerst zu tun, kann Ihren Antrag aber trotzdem bearbeiten.
mediate-after = Danach, wenn das Unternehmen nicht antwortet oder ablehnt, kann Ihnen diese Stelle helfen:

advice-outside-europe-title = Unternehmen außerhalb Europas: wenig Möglichkeiten
advice-outside-europe-text = Belgische Schlichtungsdienste helfen, wenn das Unternehmen in Belgien niedergelassen ist oder hier eine Filiale hat. Das Europäische Verbraucherzentrum hilft bei Unternehmen in einem anderen EU-Land, Island, Norwegen oder dem Vereinigten Königreich. Gegen ein Unternehmen anderswo können sie nichts tun, aber vielleicht bekommen Sie Ihr Geld über den Zahlungsweg zurück.
advice-outside-europe-next =
    1. Schreiben Sie dem Unternehmen und bewahren Sie von allem eine Kopie auf.
    2. Mit Karte bezahlt? Fragen Sie schnell Ihre Bank oder den Kartenaussteller, ob die Zahlung angefochten werden kann.
    3. Melden Sie das Unternehmen auf econsumer.gov, einer Website von Verbraucherbehörden vieler Länder.
    4. Ist es Betrug? Erstatten Sie Anzeige bei Ihrer lokalen Polizei.

advice-scam-title = Das sieht nach Betrug aus: handeln Sie jetzt
advice-scam-text = Ein Unternehmen, das nicht zu finden ist, oder eine Website, die gefälscht wirkt, ist meist Betrug. Kein Schlichtungsdienst und kein Verbraucherzentrum kann gegen Betrüger vorgehen. Wichtig ist jetzt: Ihr Geld schützen und die Behörden warnen.
advice-scam-next =
    1. Zahlen Sie nichts mehr und antworten Sie den Betrügern nicht mehr.
    2. Kartendaten oder Bankcodes weitergegeben? Rufen Sie sofort Card Stop (078 170 170) und Ihre Bank an.
    3. Geld verloren? Erstatten Sie Anzeige bei Ihrer lokalen Polizei und bewahren Sie die Nummer auf.
    4. Melden Sie die Praktik an diesem Terminal („Eine Praktik melden“) und leiten Sie verdächtige Nachrichten an Safeonweb weiter.

advice-in-court-title = Schon bei Gericht oder in einer Schlichtung
advice-in-court-text = Ein Schlichtungsdienst übernimmt keinen Fall, der schon bei einem Gericht liegt oder von einer anderen Schlichtungs- oder Schiedsstelle bearbeitet wird. Derselbe Streit kann nicht zweimal gleichzeitig behandelt werden.
advice-in-court-next =
    1. Bei Gericht: Fragen Sie Ihren Anwalt oder die Kanzlei des Gerichts nach den nächsten Schritten.
    2. Bei einem anderen Schlichtungsdienst: Warten Sie seine Antwort ab oder fragen Sie dort nach dem Stand Ihrer Akte.
    3. Fragen zu Ihren Rechten als Verbraucher: Rufen Sie das Contact Center des FÖD Wirtschaft an.

advice-complain-first-title = Zuerst schriftlich beim Unternehmen beschweren
advice-complain-first-text = Die Stelle, die Ihnen helfen kann, übernimmt einen Fall erst, wenn Sie selbst versucht haben, ihn mit dem Unternehmen zu lösen. Eine schriftliche Beschwerde ist auch der Nachweis, den sie verlangen wird.
advice-complain-first-next =
    1. Schreiben Sie dem Unternehmen per Brief oder E-Mail: Beschreiben Sie das Problem und was Sie verlangen.
    2. Bewahren Sie eine Kopie und einen Versandnachweis auf; ein Einschreiben ist am sichersten.
    3. Geben Sie dem Unternehmen angemessen Zeit für eine Antwort, zum Beispiel einige Wochen.
    4. Keine Antwort oder keine Lösung? Wenden Sie sich dann an die Stelle unten.

advice-flight-title = Ein Flug: zuerst die Fluggesellschaft, dann der FÖD Mobilität
advice-flight-text = Bei einem verspäteten oder annullierten Flug oder einer Nichtbeförderung geben Ihnen europäische Regeln Rechte. Die Fluggesellschaft muss Ihre Forderung zuerst bearbeiten. Danach bearbeitet der FÖD Mobilität und Transportwesen Beschwerden über Flüge ab Belgien und über Flüge nach Belgien von außerhalb der EU mit einer europäischen Gesellschaft. Nicht der Ombudsdienst für Verbraucher.
advice-flight-next =
    1. Senden Sie Ihre Forderung mit dem Formular der Gesellschaft und bewahren Sie Bordkarte und Kopie auf.
    2. Nach 6 Wochen keine oder keine zufriedenstellende Antwort? Nutzen Sie das Online-Beschwerdeformular des FÖD Mobilität und Transportwesen.
    3. Geschah es auf einem Flughafen in einem anderen EU-Land? Dann ist die Stelle dieses Landes zuständig.
    4. Eine Gesellschaft aus einem anderen EU-Land: Auch das Europäische Verbraucherzentrum kann helfen.

advice-private-sale-title = Von einer Privatperson gekauft: kein Schlichtungsdienst
advice-private-sale-text = Kein Schlichtungsdienst befasst sich mit einem Verkauf zwischen zwei Privatpersonen: weder die Schlichtungskommission Automoto noch der Ombudsdienst für Verbraucher noch das Europäische Verbraucherzentrum. Auch die Verbraucherregeln (Widerrufsrecht, gesetzliche Garantie) gelten nicht.
advice-private-sale-next =
    1. Schreiben Sie dem Verkäufer: Beschreiben Sie das Problem und was Sie verlangen. Bewahren Sie eine Kopie auf.
    2. Bewahren Sie Anzeige, Nachrichten, Vertrag und Zahlungsnachweis auf.
    3. Betrug (manipulierter Kilometerstand, falsche Anzeige, bezahlt und nichts erhalten)? Erstatten Sie Anzeige bei Ihrer lokalen Polizei.
    4. Keine Einigung? Sie können den Fall vor den Friedensrichter bringen.
