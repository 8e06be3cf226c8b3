# Nützliche Nummern (Deutsch, Belgien): Name und wann man sie nutzt.

contact-contact-center-name = Contact Center des FÖD Wirtschaft
contact-contact-center-when = Fragen zu Ihren Rechten als Verbraucher. Kostenlos, montags bis freitags, 9 bis 17 Uhr

contact-card-stop-name = Card Stop
contact-card-stop-when = Karte verloren, gestohlen oder Kartendaten an Betrüger gegeben: sofort sperren lassen

contact-police-name = Polizei
contact-police-when = Geld durch Betrug verloren: Anzeige bei Ihrer lokalen Polizei. Nur im Notfall: 101 (oder 112)

contact-safeonweb-name = Safeonweb – Cybersicherheit
contact-safeonweb-when = Leiten Sie verdächtige E-Mails und SMS an die hier angegebene Adresse weiter

contact-ecc-belgium-name = Europäisches Verbraucherzentrum Belgien
contact-ecc-belgium-when = Händler in einem anderen EU-Land, in Island, Norwegen oder im Vereinigten Königreich

contact-do-not-call-name = Ne m'appelez plus / Bel-me-niet-meer
contact-do-not-call-when = Keine Werbeanrufe mehr: Rufen Sie von dem Anschluss an, den Sie schützen wollen

contact-fsma-name = FSMA – Finanzaufsicht
contact-fsma-when = Anlageangebot: Prüfen Sie, ob eine Firma zugelassen ist, und lesen Sie die Warnungen

contact-brugel-name = Brugel – Energie in Brüssel
contact-brugel-when = Strom und Gas in Brüssel: Anschluss, Zähler, Netzbetreiber

contact-cwape-name = CWaPE – Energie in der Wallonie
contact-cwape-when = Strom und Gas in der Wallonie: Anschluss, Zähler, Netzbetreiber

contact-vreg-name = VREG – Energie in Flandern
contact-vreg-when = Strom und Gas in Flandern: Zähler und Netzbetreiber; Streitfälle: Ombudsdienst für Energie

contact-air-passengers-name = FÖD Mobilität – Fluggastrechte
contact-air-passengers-when = Flug verspätet, annulliert oder überbucht, und nach 6 Wochen keine gute Antwort der Gesellschaft

contact-product-contact-point-name = FÖD Wirtschaft – gefährliche Produkte
contact-product-contact-point-when = Ein Produkt, das gefährlich scheint, oder ein Rückruf: melden Sie es (nicht für Lebensmittel)
