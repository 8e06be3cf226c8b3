# Thema „Autos“ (Deutsch, Belgien): Titel der Unterthemen und Seiten zum Autokauf (gesetzliche Garantie, Kilometerstand) und zu Reparaturen in der Werkstatt.

topic-cars-buying = Ein Auto kaufen
topic-cars-repair = Reparaturen und Werkstätten

page-car-purchase-guarantee-title = Gesetzliche Garantie für ein Auto vom gewerblichen Verkäufer
page-car-purchase-guarantee-rule = Wenn Sie ein neues oder gebrauchtes Auto bei einem gewerblichen Verkäufer kaufen, haben Sie 2 Jahre gesetzliche Garantie ab der Lieferung. Bei einem Gebrauchtwagen darf der Verkäufer sie auf 1 Jahr verkürzen, aber nur, wenn dies klar im Vertrag vereinbart ist. Tritt ein Mangel auf, benachrichtigen Sie den Verkäufer innerhalb von 2 Monaten, nachdem Sie ihn entdeckt haben. Er muss das Problem dann kostenlos beheben. Ein Verkauf zwischen Privatpersonen ist nicht abgedeckt.
page-car-purchase-guarantee-now =
    1. Schreiben Sie dem Verkäufer: Beschreiben Sie den Mangel und wann Sie ihn entdeckt haben. Behalten Sie eine Kopie.
    2. Bewahren Sie Bestellschein, Rechnungen und die Berichte der Werkstatt über den Mangel auf.
    3. Der Verkäufer weigert sich? Beantragen Sie eine Schlichtung bei der Schlichtungskommission Automoto oder melden Sie die Weigerung der Wirtschaftsinspektion.
page-car-purchase-guarantee-words = Gewährleistung, Gebrauchtwagen, Occasion, Händler, Autohaus, Mangel, Panne, Motor, Getriebe, versteckter Mangel

page-car-mileage-title = Kilometerstand scheint falsch (manipulierter Tacho)
page-car-mileage-rule = Der Kilometerstand hat großen Einfluss auf den Wert eines Autos. Den Zähler zurückzudrehen oder zu verändern, um ein Auto zu verkaufen, ist Betrug. In Belgien muss Ihnen der Verkäufer eines Gebrauchtwagens einen Car-Pass geben, der die im Lauf der Jahre erfassten Kilometerstände zeigt. Vergleichen Sie ihn mit dem Tacho, dem Serviceheft, den Rechnungen und früheren Berichten der technischen Kontrolle. Ein stark abgenutztes Auto mit wenigen Kilometern sollte Sie vorsichtig machen.
page-car-mileage-now =
    1. Sammeln Sie Ihre Beweise: die Anzeige, den Bestellschein, den Car-Pass, die Rechnungen und Fotos des Kilometerzählers.
    2. Schreiben Sie dem Verkäufer und verlangen Sie eine Lösung, zum Beispiel die Rückabwicklung des Kaufs.
    3. Melden Sie den Verdacht auf Tachobetrug der Wirtschaftsinspektion und erstatten Sie Anzeige bei Ihrer lokalen Polizei.
page-car-mileage-words = Car-Pass, Kilometerzähler, km, zurückgedreht, Tachobetrug, Betrug, Gebrauchtwagen, Occasion, Armaturenbrett, Serviceheft

page-car-repair-title = Problem mit einer Reparatur in der Werkstatt oder der Rechnung
page-car-repair-rule = Verlangen Sie vor einer Reparatur einen schriftlichen Kostenvoranschlag von der Werkstatt und vereinbaren Sie, dass zusätzliche Arbeiten zuerst Ihre Zustimmung brauchen. Vergleichen Sie die Rechnung mit dem Kostenvoranschlag: Prüfen Sie, ob Teile und Arbeitsstunden aufgeführt sind. Ist die Reparatur schlecht ausgeführt oder die Rechnung viel höher als vereinbart, beschweren Sie sich schriftlich bei der Werkstatt.
page-car-repair-now =
    1. Bewahren Sie Kostenvoranschlag, Rechnung, Fotos und – falls verlangt – die alten Teile auf.
    2. Schicken Sie der Werkstatt ein Einschreiben: Erklären Sie das Problem und was Sie verlangen.
    3. Keine Lösung? Wenden Sie sich an den Ombudsdienst für Verbraucher: Er hilft Ihnen oder leitet Ihre Beschwerde weiter.
page-car-repair-words = Mechaniker, Garage, Angebot, zu teuer, schlechte Reparatur, Wartung, Inspektion, Panne, Arbeitsstunden, Ersatzteile, Beschwerde

page-car-private-seller-title = Sie haben ein Auto von einer Privatperson gekauft
page-car-private-seller-rule = Kaufen Sie ein Auto von einer Privatperson, schützt Sie das Verbraucherrecht nicht: Es gibt keine gesetzliche Garantie. Keine Schlichtungsstelle behandelt Verkäufe zwischen Privatpersonen: weder die Schlichtungskommission Automoto noch der Ombudsdienst für Verbraucher noch das Europäische Verbraucherzentrum. Sie müssen sich mit dem Verkäufer einigen oder notfalls vor Gericht gehen. Ein falscher Kilometerstand oder ein gefälschtes Inserat ist Betrug: Erstatten Sie Anzeige bei Ihrer lokalen Polizei.
page-car-private-seller-now =
    1. Bewahren Sie alles auf: Inserat, Nachrichten, Vertrag, Zahlungsnachweis und Fahrzeugpapiere.
    2. Schreiben Sie dem Verkäufer: Beschreiben Sie das Problem und was Sie verlangen. Bewahren Sie eine Kopie auf.
    3. Falscher Kilometerstand, gefälschtes Inserat oder Verkäufer verschwunden? Erstatten Sie Anzeige bei Ihrer lokalen Polizei.
    4. Keine Einigung? Sie können beim Friedensrichter einen kostenlosen Einigungsversuch mit dem Verkäufer beantragen. Sonst kann nur ein Gericht entscheiden.
page-car-private-seller-words = Gebrauchtwagen, Occasion, Privatverkauf, Privatperson, Car-Pass, Kilometerstand, Tacho, Mangel, versteckter Mangel, Inserat, Kleinanzeigen, Verkäufer verschwunden, Autobetrug
