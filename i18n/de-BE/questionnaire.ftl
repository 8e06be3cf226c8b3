# Geführter Fragebogen "Eine Lösung finden" (Deutsch, Belgien): Fragen und Antwortschaltflächen.

q-problem = Worum geht es bei Ihrem Problem?
q-problem--purchase = Etwas, das ich gekauft oder bestellt habe
q-problem--contact = Anruf, Nachricht, Brief, Werbung oder Besuch
q-problem--utilities = Energie, Internet oder Telefon
q-problem--money = Bank, Kredit, Schulden oder Versicherung
q-problem--trip-car-works = Reise, Veranstaltung, Auto oder Bauarbeiten
q-problem--none = Nichts davon

q-purchase = Welches Problem gibt es mit Ihrem Kauf?
q-purchase--changed-mind = Ich habe es mir anders überlegt
q-purchase--defect = Es ist defekt oder kaputt
q-purchase--delivery = Nicht oder zu spät geliefert
q-purchase--price = Preis, Bezahlung oder Etikett
q-purchase--unordered = Ich habe etwas Unbestelltes erhalten
q-purchase--other = Etwas anderes

q-purchase-other = Worum geht es?
q-purchase-other--voucher = Ein Geschenkgutschein
q-purchase-other--subscription = Ein Abo, das sich selbst verlängert hat
q-purchase-other--digital = Eine App, ein Spiel, Streaming oder ein E-Book
q-purchase-other--private = Etwas online von einer Privatperson gekauft
q-purchase-other--danger = Ein Produkt, das gefährlich scheint
q-purchase-other--other = Etwas anderes

q-mind-where = Wo haben Sie es gekauft?
q-mind-where--shop = In einem Geschäft oder auf einer Messe
q-mind-where--online = Online: Website oder App
q-mind-where--door = An der Haustür oder bei mir zu Hause
q-mind-where--phone = Am Telefon

q-mind-seller = Wo hat der Onlineshop seinen Sitz?
q-mind-seller--be = In Belgien
q-mind-seller--eu = In einem anderen EU-Land
q-mind-seller--outside = Außerhalb der EU
q-mind-seller--unknown = Ich weiß es nicht

q-mind-what = Was haben Sie gekauft?
q-mind-what--ordinary = Ein normales Produkt oder eine Dienstleistung
q-mind-what--custom = Eine Maßanfertigung oder etwas Personalisiertes
q-mind-what--fresh = Lebensmittel, Blumen oder Verderbliches
q-mind-what--fixed-date = Ein Ticket oder eine Buchung mit festem Datum
q-mind-what--hygiene = Ein Hygieneartikel, dessen Siegel ich geöffnet habe

q-defect = Was ist defekt oder kaputt?
q-defect--product = Ein Produkt, das ich gekauft habe
q-defect--car = Ein Auto, das ich gekauft habe
q-defect--works = Bau- oder Renovierungsarbeiten

q-defect-where = Wo haben Sie es gekauft?
q-defect-where--shop = In einem Geschäft
q-defect-where--online = Online: Website oder App
q-defect-where--door = An der Haustür oder bei mir zu Hause
q-defect-where--phone = Am Telefon

q-defect-seller = Wo hat der Onlineshop seinen Sitz?
q-defect-seller--be = In Belgien
q-defect-seller--eu = In einem anderen EU-Land
q-defect-seller--outside = Außerhalb der EU
q-defect-seller--unknown = Ich weiß es nicht

q-delivery = Was ist bei der Lieferung schiefgelaufen?
q-delivery--late = Es ist verspätet oder nie angekommen
q-delivery--damaged = Es kam beschädigt oder unvollständig an
q-delivery--carrier = Meine Beschwerde betrifft den Paketdienst
q-delivery--fake = Der Onlineshop wirkt gefälscht oder ist weg

q-delivery-seller = Wo hat der Verkäufer seinen Sitz?
q-delivery-seller--be = In Belgien
q-delivery-seller--eu = In einem anderen EU-Land
q-delivery-seller--outside = Außerhalb der EU
q-delivery-seller--unknown = Ich weiß es nicht

q-before-paying = Was genau stimmt nicht?
q-before-paying--price-shown = Ich habe mehr als den angezeigten Preis bezahlt
q-before-paying--hidden-costs = Am Ende kamen zusätzliche Kosten hinzu
q-before-paying--reduction = Ein falscher Rabatt oder Schlussverkauf
q-before-paying--payment = Bargeld abgelehnt, keine Karte, Kartengebühr
q-before-paying--label = Etikett oder Anleitung nicht in meiner Sprache

q-contact = Wie hat es Sie erreicht?
q-contact--phone = Ein Anruf
q-contact--message = Eine E-Mail oder SMS
q-contact--letter = Ein Brief oder eine Rechnung per Post
q-contact--door = Jemand kam an meine Haustür
q-contact--ad = Werbung, eine Website oder soziale Medien
q-contact--other = Etwas anderes

q-call = Worum ging es bei dem Anruf?
q-call--sales = Unerwünschte Werbeanrufe
q-call--fake-bank = Jemand gab sich als Bank oder Polizei aus
q-call--investment = Ein Anlage- oder Krypto-Angebot
q-call--energy = Ein Angebot, den Energieanbieter zu wechseln
q-call--agreed = Ich habe zugesagt und bereue es

q-message = Wozu fordert die Nachricht Sie auf?
q-message--click = Einen Link anklicken oder Codes angeben
q-message--pay = Eine Rechnung zahlen, die ich nicht kenne
q-message--invest = Geld anlegen oder schnell Geld verdienen
q-message--ads = Nichts, es ist unerwünschte Werbung

q-money-gone = Ist schon Geld von Ihrem Konto verschwunden?
q-money-gone--yes = Ja, es ist Geld weg
q-money-gone--no = Nein
q-money-gone--unknown = Ich weiß es nicht

q-letter = Was haben Sie per Post erhalten?
q-letter--bill = Eine Rechnung, die ich nicht kenne
q-letter--debt = Eine Mahnung oder ein Brief wegen einer Schuld
q-letter--ads = Unerwünschte Werbung
q-letter--parcel = Ein Paket, das ich nicht bestellt habe

q-door = Was ist an Ihrer Haustür passiert?
q-door--signed = Ich habe unterschrieben und bereue es
q-door--pressure = Ein Verkäufer drängte oder ging nicht weg
q-door--energy = Ein Angebot für einen Energievertrag
q-door--works = Ein Angebot für Arbeiten am Haus

q-ad = Worum geht es?
q-ad--reduction = Ein falscher Rabatt oder Schlussverkauf
q-ad--misleading = Werbung, die lügt oder etwas verschweigt
q-ad--pressure = Ich wurde zum Kauf gedrängt
q-ad--fake-shop = Ein Onlineshop, der gefälscht wirkt
q-ad--investment = Ein Anlage- oder Krypto-Angebot
q-ad--social-message = Eine verdächtige Nachricht in sozialen Medien

q-utilities = Um welchen Dienst geht es?
q-utilities--energy = Strom oder Gas
q-utilities--telecom = Internet, Handy oder Fernsehen

q-energy = Welches Problem haben Sie mit Strom oder Gas?
q-energy--bill = Meine Rechnung ist falsch oder zu hoch
q-energy--end = Ich möchte meinen Vertrag kündigen oder wechseln
q-energy--sales = Mir wurde ein Vertrag aufgedrängt
q-energy--meter = Mein Zähler oder Anschluss
q-energy--other = Etwas anderes

q-telecom = Welches Problem haben Sie mit Internet, Handy oder Fernsehen?
q-telecom--bill = Meine Rechnung ist falsch oder zu hoch
q-telecom--paid-sms = Bezahl-SMS oder Zusatzdienste auf der Rechnung
q-telecom--price = Mein Anbieter hat den Preis erhöht
q-telecom--end = Ich möchte meinen Vertrag kündigen oder wechseln
q-telecom--other = Etwas anderes

q-money = Worum geht es?
q-money--bank = Meine Bank, Karte oder eine Zahlung
q-money--credit = Ein Darlehen oder Kredit
q-money--debt = Schulden oder ein Inkassobüro
q-money--insurance = Eine Versicherung
q-money--investment = Eine Geldanlage, die verdächtig wirkt
q-money--other = Etwas anderes

q-debt-what = Was haben Sie erhalten?
q-debt-what--reminder = Eine Mahnung mit Kosten oder Zinsen
q-debt-what--collector = Ein Brief von Inkassobüro, Gerichtsvollzieher oder Anwalt

q-bank = Was ist passiert?
q-bank--not-mine = Eine Zahlung, die ich nicht gemacht habe
q-bank--card-lost = Meine Karte ist verloren oder gestohlen
q-bank--tricked = Ich wurde getäuscht und habe selbst überwiesen
q-bank--service = Gebühren oder schlechter Service der Bank
q-bank--account = Eine Bank verweigert oder kündigt mein Konto

q-insurance = Welches Problem gibt es mit Ihrer Versicherung?
q-insurance--claim = Sie zahlt nicht oder zu wenig
q-insurance--end = Ich möchte meine Versicherung kündigen
q-insurance--new = Ich möchte eine neue Versicherung abschließen

q-trip-car-works = Um welches dieser Themen geht es?
q-trip-car-works--travel = Eine Reise, ein Urlaub oder ein Flug
q-trip-car-works--event = Ein Ticket für Konzert oder Veranstaltung
q-trip-car-works--car = Ein gekauftes oder repariertes Auto
q-trip-car-works--works = Bau- oder Renovierungsarbeiten

q-travel = Was ist mit Ihrer Reise passiert?
q-travel--package = Meine Pauschalreise wurde abgesagt oder geändert
q-travel--flight = Mein Flug war verspätet oder wurde gestrichen
q-travel--train = Ein Problem mit einer Bahnreise
q-travel--eu = Das Reisebüro sitzt in einem anderen EU-Land
q-travel--other = Etwas anderes

q-event = Welches Problem gibt es mit Ihrem Ticket?
q-event--cancelled = Die Veranstaltung wurde abgesagt oder verlegt
q-event--cant-go = Ich kann nicht hingehen und will mein Geld zurück
q-event--resale = Ich habe es bei einem Wiederverkäufer gekauft
q-event--fake = Das Ticket ist gefälscht oder kam nie an

q-car = Welches Problem gibt es mit Ihrem Auto?
q-car--defect = Das gekaufte Auto hat einen Mangel
q-car--mileage = Der Kilometerstand scheint falsch zu sein
q-car--repair = Eine Reparatur oder Wartung in der Werkstatt

q-car-seller = Wer hat Ihnen das Auto verkauft?
q-car-seller--dealer-be = Ein Autohändler in Belgien
q-car-seller--dealer-eu = Ein Händler in einem anderen EU-Land
q-car-seller--private = Eine Privatperson

q-works = Welches Problem gibt es mit den Arbeiten?
q-works--defects = Schlechte Arbeit oder Schäden danach
q-works--quote = Angebot, Anzahlung oder unfertige Arbeiten
q-works--door = Ein Handwerker kam ungefragt an meine Tür

