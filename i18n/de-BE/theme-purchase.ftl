# Thema „purchase“ (Deutsch, Belgien): Titel der Unterthemen und Texte der Seiten (Regel, was jetzt tun, Suchwörter).

topic-purchase-before = Vor dem Kauf
topic-purchase-after = Nach dem Kauf

page-price-display-title = Preise: was der Verkäufer angeben muss
page-price-display-rule = Ein Verkäufer muss seine Preise deutlich und schriftlich in Euro angeben. Der angegebene Preis ist der Gesamtpreis: Mehrwertsteuer und alle Pflichtkosten inbegriffen. Nachträglich dürfen keine Pflichtkosten hinzukommen. Wenn Sie online kaufen, müssen Sie die Lieferkosten sehen, bevor Sie bestellen.
page-price-display-now =
    1. Fotografieren Sie das Preisschild, das Regal oder die Webseite.
    2. Bewahren Sie Ihren Kassenbon oder Ihre Bestellbestätigung auf und vergleichen Sie mit dem angegebenen Preis.
    3. Bitten Sie den Verkäufer, den Unterschied zu erklären. Sind Sie nicht einverstanden, beantragen Sie eine Schlichtung.
    4. Melden Sie einen fehlenden oder irreführenden Preis der Wirtschaftsinspektion.
page-price-display-words = Preisschild, Etikett, MwSt., versteckte Kosten, Aufpreis, Kasse, zu teuer, Preisunterschied, Versandkosten, Lieferkosten

page-payment-means-title = Bar oder mit Karte bezahlen
page-payment-means-rule = Wenn Sie vor Ort kaufen, im Geschäft oder auf dem Markt, muss der Verkäufer Bargeld annehmen. Ausnahmen: eine deutlich angekündigte, vorübergehende Ablehnung aus Sicherheitsgründen, ein Geldschein, der für den Betrag viel zu groß ist, und die gesetzlichen Grenzen für hohe Barzahlungen. Der Verkäufer muss außerdem mindestens ein elektronisches Zahlungsmittel anbieten, etwa eine Bankkarte oder eine Bezahl-App, ohne jeden Aufpreis.
page-payment-means-now =
    1. Wird Ihr Bargeld oder Ihre Karte abgelehnt? Fragen Sie nach dem Grund und notieren Sie Datum, Ort und Antwort.
    2. Fotografieren Sie ein eventuelles Schild zur Bezahlung und bewahren Sie Ihren Kassenbon auf.
    3. Melden Sie die Ablehnung oder den Aufpreis der Wirtschaftsinspektion.
page-payment-means-words = Bargeld, Scheine, Münzen, Bankkarte, Bancontact, Bezahl-App, abgelehnt, Zuschlag, Kartengebühr, kontaktlos

page-labels-language-title = Etiketten und Anleitungen in Ihrer Sprache
page-labels-language-rule = Etiketten, Gebrauchsanleitungen und Garantiescheine müssen in einer Sprache abgefasst sein, die der Durchschnittsverbraucher versteht, unter Berücksichtigung des Sprachgebiets, in dem das Produkt verkauft wird. Als Richtschnur: Niederländisch im niederländischen Sprachgebiet, Französisch im französischen Sprachgebiet, Deutsch im deutschen Sprachgebiet, Französisch und Niederländisch in Brüssel.
page-labels-language-now =
    1. Sehen Sie auf der Verpackung, in den Unterlagen im Karton und auf der Website des Verkäufers nach.
    2. Bitten Sie den Verkäufer um die Anleitung in Ihrer Sprache. Bewahren Sie Ihren Kassenbon auf.
    3. Fotografieren Sie das Etikett oder die Anleitung und melden Sie es der Wirtschaftsinspektion.
page-labels-language-words = Gebrauchsanweisung, Bedienungsanleitung, Handbuch, Verpackung, Übersetzung, Deutsch, Französisch, Niederländisch, Fremdsprache, Garantieschein

page-withdrawal-title = Kauf bereut: 14 Tage Widerrufsrecht
page-withdrawal-rule = Online, per Telefon, per Post oder an der Haustür gekauft? Dann können Sie in den meisten Fällen innerhalb von 14 Tagen ohne Angabe von Gründen widerrufen; manche Käufe sind ausgenommen. Bei Waren beginnen die 14 Tage am Tag nach dem Erhalt, bei Dienstleistungen am Tag nach dem Vertragsabschluss. Hat der Verkäufer Sie nicht über dieses Recht informiert, verlängert sich die Frist um 12 Monate. Für Käufe im Geschäft oder auf einer Messe gilt dieses Recht nicht, und bei einem Verkäufer außerhalb der EU ist es nicht garantiert.
page-withdrawal-now =
    1. Widerrufen Sie innerhalb von 14 Tagen schriftlich: per E-Mail, Formular des Onlineshops oder Musterformular. Bewahren Sie einen Beleg auf.
    2. Senden Sie die Ware innerhalb von 14 Tagen danach zurück. Die Rücksendekosten tragen meist Sie. Bewahren Sie den Versandbeleg auf.
    3. Der Verkäufer muss Ihr Geld innerhalb von 14 Tagen zurückzahlen, einschließlich der Standard-Lieferkosten.
    4. Keine Erstattung? Beantragen Sie eine Schlichtung oder melden Sie den Verkäufer.
page-withdrawal-words = stornieren, zurückschicken, Rückerstattung, Rückgabe, Rücktritt, Bedenkzeit, Onlineshop, Onlinekauf, Geld zurück, zurücksenden

page-withdrawal-exceptions-title = Wann Sie nicht widerrufen können
page-withdrawal-exceptions-rule =
    Im Geschäft oder auf einer Messe gibt Ihnen das Gesetz kein Widerrufsrecht: Der Verkäufer nimmt Ware nur zurück, wenn er will oder es versprochen hat. Auch online oder an der Haustür können Sie zum Beispiel nicht widerrufen bei:
    • Maßanfertigungen oder personalisierten Waren
    • schnell verderblichen Waren
    • Hygieneartikeln, deren Siegel Sie geöffnet haben
    • Leistungen zu einem festen Termin (Konzert, Hotelnacht, Mietwagen)
    • dringenden Reparaturen, die Sie zu Hause bestellt haben
    • einer Dienstleistung, die auf Ihren Wunsch innerhalb der 14 Tage vollständig erbracht wurde
page-withdrawal-exceptions-now =
    1. Prüfen Sie Bestellbestätigung und Bedingungen: Der Verkäufer muss Ihnen vor dem Kauf sagen, wenn Sie nicht widerrufen können.
    2. Unsicher? Fragen Sie den Verkäufer schriftlich, welche Ausnahme für Ihren Kauf gilt.
    3. Gilt die Ausnahme Ihrer Meinung nach nicht? Beantragen Sie eine Schlichtung oder rufen Sie das Contact Center an.
page-withdrawal-exceptions-words = keine Rückgabe, Umtausch ausgeschlossen, Maßanfertigung, personalisiert, Tickets, Hygiene, Lebensmittel, versiegelt, Ausnahme, Rückgabe abgelehnt

page-legal-guarantee-title = Defektes Produkt: 2 Jahre gesetzliche Garantie
page-legal-guarantee-rule = Eine Ware, die Sie bei einem Unternehmen kaufen, muss wie versprochen funktionieren. Zeigt sich innerhalb von 2 Jahren nach der Lieferung ein Mangel, können Sie eine kostenlose Reparatur oder einen Ersatz verlangen, auch beim Onlinekauf. Nicht Sie, sondern der Verkäufer muss beweisen, dass der Mangel bei der Lieferung noch nicht bestand. Bei Gebrauchtwaren darf die Frist auf 1 Jahr verkürzt werden, wenn das klar vereinbart ist. Melden Sie den Mangel innerhalb von 2 Monaten nach seiner Entdeckung.
page-legal-guarantee-now =
    1. Informieren Sie den Verkäufer schriftlich innerhalb von 2 Monaten, nachdem Sie den Mangel bemerkt haben. Bewahren Sie eine Kopie auf.
    2. Verlangen Sie eine kostenlose Reparatur oder einen Ersatz. Zeigen Sie Kassenbon, Rechnung oder Kontoauszug.
    3. Unmöglich, abgelehnt oder dauert es zu lange? Verlangen Sie einen Preisnachlass oder, wenn der Mangel nicht geringfügig ist, Ihr Geld zurück.
    4. Weigert sich der Verkäufer weiterhin, beantragen Sie eine Schlichtung.
page-legal-guarantee-words = Gewährleistung, kaputt, geht nicht, Mangel, funktioniert nicht, Reparatur, Umtausch, Kassenbon, Kundendienst, Rückerstattung

page-delivery-problems-title = Lieferung verspätet, verloren oder beschädigt
page-delivery-problems-rule = Der Verkäufer ist für Ihre Bestellung verantwortlich, bis Sie oder eine von Ihnen bestimmte Person sie erhalten. Geht das Paket unterwegs verloren oder wird es beschädigt, ist das Sache des Verkäufers, nicht Ihre. Ohne vereinbarten Termin muss der Verkäufer innerhalb von 30 Tagen liefern. Bei Verspätung können Sie ihm eine angemessene Nachfrist setzen; kommt dann immer noch nichts, können Sie vom Kauf zurücktreten und Ihr Geld zurückbekommen.
page-delivery-problems-now =
    1. Wenden Sie sich an den Verkäufer, nicht an den Paketdienst: Ihr Vertrag besteht mit dem Verkäufer. Nennen Sie Ihre Bestellnummer.
    2. Paket beschädigt? Machen Sie Fotos vor und nach dem Öffnen.
    3. Zu spät? Setzen Sie schriftlich eine letzte Frist. Kommt dann nichts, treten Sie schriftlich zurück und verlangen Sie Ihr Geld zurück.
    4. Keine Antwort oder keine Erstattung? Beantragen Sie eine Schlichtung oder melden Sie den Verkäufer.
page-delivery-problems-words = Paket, Päckchen, nicht geliefert, nie angekommen, verschwunden, kaputt, Kurier, Sendungsverfolgung, Onlineshop, Bestellung, Rückerstattung, Verspätung

page-unsolicited-goods-title = Waren, die Sie nie bestellt haben
page-unsolicited-goods-rule = Schickt Ihnen ein Unternehmen etwas, das Sie nicht bestellt haben, müssen Sie es weder bezahlen noch zurückschicken. Wenn Sie nicht reagieren, heißt das nicht, dass Sie dem Kauf zustimmen. Waren zu schicken und dann Zahlung zu verlangen, ist eine verbotene Geschäftspraktik.
page-unsolicited-goods-now =
    1. Zahlen Sie nicht, auch wenn eine Rechnung oder eine Mahnung kommt.
    2. Bewahren Sie Paket, Briefe und Umschlag auf oder fotografieren Sie sie.
    3. Kommen weiter Mahnungen? Antworten Sie einmal schriftlich, dass Sie nichts bestellt haben, und bewahren Sie eine Kopie auf.
    4. Melden Sie das Unternehmen der Wirtschaftsinspektion.
page-unsolicited-goods-words = nicht bestellt, unbestellt, Paket, Päckchen, Rechnung, Mahnung, Zahlungsaufforderung, zurückschicken, Geschenk

page-eu-trader-title = Problem mit einem Verkäufer im europäischen Ausland
page-eu-trader-rule = Sie haben bei einem Unternehmen in einem anderen EU-Land, in Island, Norwegen oder im Vereinigten Königreich gekauft und finden mit ihm keine Lösung? Das Europäische Verbraucherzentrum Belgien hilft Ihnen kostenlos, wenn Sie in Belgien wohnen und für private Zwecke gekauft haben. Es nimmt Kontakt mit dem Verkäufer in dessen Land auf. Gegen Betrüger kann es nichts tun: Melden Sie dann den Betrug und erstatten Sie Anzeige bei Ihrer lokalen Polizei.
page-eu-trader-now =
    1. Schreiben Sie zuerst dem Verkäufer: Erklären Sie das Problem und was Sie verlangen. Bewahren Sie eine Kopie auf.
    2. Sammeln Sie Ihre Unterlagen: Bestellung oder Rechnung, Zahlungsnachweis und alle Nachrichten, nach Datum geordnet.
    3. Senden Sie Ihre Beschwerde an das Europäische Verbraucherzentrum (Kontakt auf dieser Seite). Sie erhalten eine Referenznummer.
page-eu-trader-words = ausländischer Onlineshop, grenzüberschreitend, EVZ, ECC, EU, Frankreich, Niederlande, Deutschland, anderes Land, international

topic-purchase-more = Abos, Gutscheine, Apps, Gebrauchtes, Sicherheit
topic-purchase-delivery = Lieferung und Post

page-subscription-renewal-title = Ein Abo beenden, das sich selbst verlängert hat
page-subscription-renewal-rule = Fitnessstudio, Internet, Fernsehen: Ein Dienstleistungsvertrag mit fester Laufzeit kann sich automatisch verlängern. Die Bedingungen müssen sagen, was die Verlängerung bedeutet, bis wann Sie ihr widersprechen können und wie. Nach der ersten stillschweigenden Verlängerung können Sie jederzeit kündigen, ohne Entschädigung, mit einer Frist von höchstens 2 Monaten. Das gilt nicht für Verträge über die Lieferung von Waren, etwa ein Zeitschriftenabo: Lesen Sie dort die Bedingungen.
page-subscription-renewal-now =
    1. Suchen Sie Ihren Vertrag und prüfen Sie, ob er sich schon einmal verlängert hat.
    2. Kündigen Sie schriftlich, etwa mit dem Musterbrief des FÖD Wirtschaft. Bewahren Sie Kopie und Versandnachweis auf.
    3. Kündigungsfrist über 2 Monate oder eine Entschädigung verlangt? Widersprechen Sie schriftlich.
    4. Keine Lösung? Beantragen Sie eine Schlichtung und melden Sie die Praktik der Wirtschaftsinspektion.
page-subscription-renewal-words = Abonnement, Abo, kündigen, Kündigung, stillschweigende Verlängerung, automatische Verlängerung, Fitnessstudio, Sportverein, Kündigungsfrist, Entschädigung, Wartungsvertrag, verlängert, Mitgliedschaft

page-gift-vouchers-title = Geschenkgutscheine: Wie lange gelten sie?
page-gift-vouchers-rule = In Belgien gibt es kein besonderes Gesetz über Geschenkgutscheine: Es gelten die Bedingungen des Verkäufers, wenn sie klar sind. Die Gültigkeit muss gut sichtbar sein: ein Enddatum oder eine Frist mit dem Ausstellungsdatum. Steht kein Datum darauf oder ist es unklar, gilt der Gutschein als unbegrenzt gültig. Prüfen Sie vor dem Kauf, ob er gegen Geld eingetauscht, im Schlussverkauf benutzt, verlängert oder weitergegeben werden kann.
page-gift-vouchers-now =
    1. Lesen Sie den Gutschein und seine Bedingungen: Enddatum, Ausstellungsdatum, wo er gilt.
    2. Bewahren Sie den Gutschein und den Kassenbon vom Kauf auf.
    3. Das Geschäft lehnt einen gültigen Gutschein ab? Fragen Sie schriftlich nach dem Grund. Keine Lösung? Beantragen Sie eine Schlichtung.
page-gift-vouchers-words = Gutschein, Geschenkgutschein, Geschenkkarte, Einkaufsgutschein, Wertgutschein, abgelaufen, verfallen, Gültigkeit, Ablaufdatum, Erlebnisgutschein, Geschenk, Gutschein abgelehnt

page-digital-content-title = Apps, Spiele, E-Books oder Streaming funktionieren nicht
page-digital-content-rule = Seit dem 1. Juni 2022 gilt die gesetzliche Garantie auch für digitale Inhalte und Dienste: Apps, Spiele, E-Books, Musik, Filme, Streaming, Cloudspeicher und soziale Medien. Sie gilt, wenn Sie einen Preis zahlen, aber auch, wenn Sie mit Ihren persönlichen Daten „bezahlen“. Bei einem einmaligen Kauf, etwa einem Download, gilt die Garantie 2 Jahre. Nichts geliefert? Fordern Sie den Händler zur Lieferung auf; liefert er weiterhin nicht, können Sie Ihr Geld zurückverlangen.
page-digital-content-now =
    1. Machen Sie Bildschirmfotos vom Problem. Bewahren Sie Bestellbestätigung und Zahlungsnachweis auf.
    2. Schreiben Sie dem Händler: Beschreiben Sie das Problem und verlangen Sie eine kostenlose Behebung. Bewahren Sie eine Kopie auf.
    3. Nichts geliefert? Verlangen Sie schriftlich die sofortige Lieferung. Immer noch nichts? Verlangen Sie Ihr Geld zurück.
    4. Keine Lösung? Beantragen Sie eine Schlichtung.
page-digital-content-words = App, Anwendung, Spiel, Videospiel, Onlinespiel, E-Book, Streaming, Download, Software, Cloud, Fehler, Bug, funktioniert nicht, Abo, digitale Inhalte

page-private-seller-title = Bei Privatpersonen auf einer Gebrauchtwaren-Seite kaufen
page-private-seller-rule = Zwischen Privatpersonen gilt das Verbraucherrecht nicht: kein Widerrufsrecht von 14 Tagen und keine gesetzliche Garantie. Keine Schlichtungsstelle behandelt Streitfälle zwischen Privatpersonen. Eine Verkaufsplattform im Internet muss angeben, ob der Verkäufer ein Händler oder eine Privatperson ist, und Sie warnen, wenn das Verbraucherrecht nicht gilt. Auch Betrüger nutzen diese Seiten, etwa mit einem falschen Zahlungslink.
page-private-seller-now =
    1. Prüfen Sie im Inserat, ob der Verkäufer ein Händler oder eine Privatperson ist.
    2. Bietet die Seite eine eigene Zahlung mit Käuferschutz? Nutzen Sie sie. Bewahren Sie Inserat, Nachrichten und Zahlungsnachweis auf.
    3. Problem mit dem Artikel? Schreiben Sie dem Verkäufer und nutzen Sie das Streitverfahren der Seite, falls es eines gibt.
    4. Auf einen falschen Zahlungslink geklickt oder Kartendaten gegeben? Rufen Sie sofort Card Stop und Ihre Bank an und erstatten Sie Anzeige bei Ihrer lokalen Polizei.
    5. Leiten Sie die verdächtige Nachricht an Safeonweb weiter (Adresse auf dieser Seite).
page-private-seller-words = gebraucht, Gebrauchtwaren, Kleinanzeigen, Inserat, Marketplace, Vinted, 2ememain, Privatperson, Privatverkauf, Käuferschutz, falscher Zahlungslink, Betrug, keine Garantie, Secondhand

page-dangerous-products-title = Ein Produkt scheint gefährlich oder wird zurückgerufen
page-dangerous-products-rule = Nur sichere Produkte dürfen verkauft werden. Die Zentrale Meldestelle für Produkte des FÖD Wirtschaft nimmt Beschwerden über Produkte und Dienstleistungen an, die unsicher scheinen, außer Lebensmittel. Sie ist Belgiens Kontaktstelle für Safety Gate, das europäische Warnsystem für gefährliche Produkte, und informiert über die Risiken von Produkten und die getroffenen Maßnahmen. Ist ein Produkt gefährlich, kann der FÖD Wirtschaft den Verkauf stoppen oder einen Rückruf verlangen.
page-dangerous-products-now =
    1. Benutzen Sie das Produkt nicht mehr. Bewahren Sie es außer Reichweite auf, mit Verpackung und Kassenbon.
    2. Rückruf angekündigt? Folgen Sie den Anweisungen des Verkäufers oder Herstellers.
    3. Melden Sie das Produkt der Zentralen Meldestelle für Produkte: 02 277 53 36 oder belspoc@economie.fgov.be. Fügen Sie Fotos bei.
    4. Sie möchten Ihr Geld zurück oder einen Ersatz? Wenden Sie sich an den Verkäufer. Keine Lösung? Beantragen Sie eine Schlichtung.
page-dangerous-products-words = gefährlich, unsicher, Rückruf, Produktrückruf, Brand, Explosion, Akku, Batterie, Spielzeug, Kindersicherheit, Stromschlag, Verletzung, Verbrennung, Safety Gate, RAPEX

page-postal-complaint-title = Paket oder Brief verloren, beschädigt oder verspätet
page-postal-complaint-rule = Online gekauft? Ihr Vertrag besteht mit dem Onlineshop: Wenden Sie sich zuerst an ihn (siehe Seite „Lieferung verspätet, verloren oder beschädigt“). Bei einem Problem mit dem Postunternehmen selbst beschweren Sie sich zuerst bei dessen Kundendienst. Keine Lösung? Der Ombudsdienst für den Postsektor hilft Ihnen. Er ist für bpost und alle anderen Post- und Paketunternehmen auf dem belgischen Markt zuständig, für Absender und Empfänger. Nimmt er Ihre Beschwerde an, muss das Unternehmen ihm innerhalb von 10 Werktagen antworten.
page-postal-complaint-now =
    1. Online gekauft? Wenden Sie sich zuerst an den Onlineshop und nennen Sie Ihre Bestellnummer.
    2. Sonst: Beschweren Sie sich schriftlich beim Kundendienst des Postunternehmens. Bewahren Sie eine Kopie auf.
    3. Keine Lösung? Schreiben Sie an den Ombudsdienst für den Postsektor, mit Ihrem Namen und Ihrer Postanschrift.
    4. Fügen Sie die Sendungsnummer, eine Beschreibung des Inhalts, einen Wertnachweis und bei Beschädigung Fotos bei.
page-postal-complaint-words = Paket, Päckchen, Brief, Einschreiben, bpost, Post, Briefträger, Paketdienst, Kurier, Sendungsnummer, Sendungsverfolgung, verloren, beschädigt, verspätet, nicht zugestellt
