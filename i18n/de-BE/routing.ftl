# Weg zur Schlichtung (Deutsch, Belgien): Fragen, Antworten und Rat, wenn noch keine Stelle helfen kann.

route-location = Wo ist das Unternehmen niedergelassen, mit dem Sie ein Problem haben?
route-location--be = In Belgien
route-location--eu = Anderes EU-Land, Island, Norwegen oder UK
route-location--outside = Anderswo (z. B. USA, China)

route-court = Liegt Ihr Fall schon bei einem Gericht oder einem anderen Schlichtungsdienst?
route-court--yes = Ja
route-court--no = Nein

route-complained = Haben Sie sich schon schriftlich beim Unternehmen beschwert? Wann?
route-complained--yes-less-than-year = Ja, vor weniger als 1 Jahr
route-complained--yes-more-than-year = Ja, vor mehr als 1 Jahr
route-complained--no = Nein, noch nicht

route-sector = Worum geht es bei Ihrem Problem?
route-sector--trade = Einen Kauf im Geschäft oder Webshop
route-sector--energy = Strom oder Gas
route-sector--telecom = Handy, Internet oder Fernsehen
route-sector--finance = Eine Bank, einen Kredit oder Geldanlagen
route-sector--insurance = Eine Versicherung
route-sector--more = Etwas anderes

route-sector-more = Geht es um eines davon?
route-sector-more--postal = Post oder ein Paket
route-sector-more--travel = Eine Pauschalreise oder ein Reisebüro
route-sector-more--cars = Den Kauf eines Autos oder Motorrads
route-sector-more--construction = Bau- oder Renovierungsarbeiten
route-sector-more--more = Etwas anderes

route-sector-rest = Was passt am besten?
route-sector-rest--rail = Eine Bahnreise
route-sector-rest--notary = Einen Notar
route-sector-rest--other = Etwas anderes

advice-outside-eu-title = Unternehmen außerhalb der EU: wenig Möglichkeiten
advice-outside-eu-text = Die belgischen Schlichtungsdienste und das Europäische Verbraucherzentrum befassen sich grundsätzlich nur mit Unternehmen in Belgien, der EU, Island, Norwegen oder dem Vereinigten Königreich. Gegen ein Unternehmen anderswo können sie nicht vorgehen. Vielleicht bekommen Sie Ihr Geld aber über den Zahlungsweg zurück.
advice-outside-eu-next =
    1. Schreiben Sie dem Unternehmen und bewahren Sie von allem eine Kopie auf.
    2. Mit Karte bezahlt? Fragen Sie schnell Ihre Bank oder den Kartenherausgeber, ob die Zahlung angefochten werden kann.
    3. Melden Sie das Unternehmen auf econsumer.gov, einer Website von Verbraucherbehörden vieler Länder.
    4. Ist es Betrug? Melden Sie es der Polizei.

advice-in-court-title = Schon bei Gericht oder in einer Schlichtung
advice-in-court-text = Ein Schlichtungsdienst übernimmt keinen Fall, der schon bei einem Gericht liegt oder von einer anderen Schlichtungs- oder Schiedsstelle bearbeitet wird. Derselbe Streit kann nicht zweimal gleichzeitig behandelt werden.
advice-in-court-next =
    1. Bei Gericht: Fragen Sie Ihren Anwalt oder die Kanzlei des Gerichts nach den nächsten Schritten.
    2. Bei einem anderen Schlichtungsdienst: Warten Sie seine Antwort ab oder fragen Sie dort nach dem Stand Ihrer Akte.
    3. Fragen zu Ihren Rechten als Verbraucher: Rufen Sie das Contact Center des FÖD Wirtschaft an.

advice-complain-first-title = Beschweren Sie sich zuerst schriftlich beim Unternehmen
advice-complain-first-text = Schlichtungsdienste verlangen fast immer, dass Sie zuerst selbst versuchen, das Problem mit dem Unternehmen zu lösen. Eine schriftliche Beschwerde gibt Ihnen auch den Nachweis, nach dem sie fragen werden. Ausnahme: Mit einer Beschwerde über einen Notar können Sie sich direkt an den Ombudsdienst für das Notariat wenden.
advice-complain-first-next =
    1. Schreiben Sie dem Unternehmen einen Brief oder eine E-Mail: Beschreiben Sie das Problem und sagen Sie, was Sie verlangen.
    2. Bewahren Sie eine Kopie und einen Versandnachweis auf; ein Einschreiben ist am sichersten.
    3. Lassen Sie dem Unternehmen eine angemessene Frist für die Antwort, zum Beispiel einige Wochen.
    4. Keine Antwort oder keine Lösung? Kommen Sie wieder: Dieses Terminal zeigt Ihnen dann die richtige Schlichtungsstelle.

advice-too-late-title = Ihre Beschwerde ist mehr als 1 Jahr alt
advice-too-late-text = Viele Schlichtungsdienste, etwa der Ombudsdienst für Verbraucher, können einen Fall ablehnen, wenn die Beschwerde beim Unternehmen mehr als 1 Jahr alt ist. Andere Wege bleiben offen.
advice-too-late-next =
    1. Besteht das Problem weiter, etwa mit einer neuen falschen Rechnung? Schicken Sie dem Unternehmen dazu eine neue schriftliche Beschwerde.
    2. Rufen Sie das Contact Center des FÖD Wirtschaft an: Dort erfahren Sie, was noch möglich ist.
    3. Der Gang vor Gericht ist vielleicht noch möglich: Fragen Sie einen Anwalt, ob die Fristen noch laufen.
