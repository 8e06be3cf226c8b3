# Thema "advertising" (Belgisch Nederlands): titels van de onderwerpen en teksten van de pagina's.

topic-advertising-misleading = Misleidende aanbiedingen en druk
topic-advertising-unwanted = Ongewenste oproepen, reclame en bezoeken

page-misleading-reductions-title = Solden en promoties: is de korting echt?
page-misleading-reductions-rule = Kondigt een winkel of website een prijsvermindering aan, dan moet de oude prijs waarmee vergeleken wordt de laagste prijs zijn die de verkoper voor dat product vroeg in de 30 dagen ervoor. Hij mag zijn prijs dus niet vlak voor de actie verhogen om de korting groter te laten lijken. Prijzen moeten altijd in euro vermeld staan, inclusief btw en alle verplichte kosten.
page-misleading-reductions-now =
    1. Neem een foto van het prijskaartje of een screenshot van de advertentie, met de datum.
    2. Zag u het product vroeger goedkoper? Bewaar daar ook een bewijs van (foto, oude folder, kasticket).
    3. Meld de praktijk aan de Economische Inspectie. Die controleert verkopers, maar betaalt u niets terug.
page-misleading-reductions-words = prijsvermindering, afprijzing, oude prijs, doorstreepte prijs, referentieprijs, procent, Black Friday, uitverkoop, nepkorting, actie

page-misleading-advertising-title = Reclame die u misleidt
page-misleading-advertising-rule = Reclame mag u niet misleiden, niet met valse beweringen en ook niet door belangrijke informatie te verzwijgen, bijvoorbeeld over de prijs, de kwaliteit, de eigenschappen van het product of de voorwaarden. Een product mag niet "gratis" genoemd worden als u meer moet betalen dan de onvermijdelijke kosten, en een aanbod mag niet "alleen vandaag" heten als dat niet klopt.
page-misleading-advertising-now =
    1. Bewaar de reclame: foto, screenshot, link of folder, met de datum.
    2. Kocht u iets door die reclame? Schrijf naar het bedrijf wat er beloofd was en wat u vraagt.
    3. Meld de reclame aan de Economische Inspectie.
    4. Weigert het bedrijf? Een bemiddelingsdienst kan u helpen.
page-misleading-advertising-words = misleidende reclame, valse belofte, gratis, advertentie, folder, sociale media, influencer, kleine lettertjes, verborgen voorwaarden, bedrog

page-aggressive-practices-title = Druk, bedreigingen of intimidatie om u te laten kopen
page-aggressive-practices-rule = Een verkoper mag u niet onder druk zetten: geen intimidatie, bedreigingen, beledigingen of druk waardoor u niet meer vrij kunt beslissen. Bijvoorbeeld: u niet laten vertrekken voor u tekent, bij u thuis terugkomen nadat u hem gevraagd hebt te vertrekken, of u blijven bellen. Tekende u thuis, telefonisch of online, dan hebt u meestal 14 dagen om van gedachten te veranderen.
page-aggressive-practices-now =
    1. Teken en betaal niets onder druk. Zeg duidelijk dat u niet geïnteresseerd bent.
    2. Noteer wat er gebeurd is: datum, plaats, naam van de verkoper en van het bedrijf.
    3. Al getekend? Herroep schriftelijk zolang het nog kan (meestal 14 dagen voor een contract thuis, telefonisch of online gesloten).
    4. Meld de praktijk aan de Economische Inspectie.
page-aggressive-practices-words = opdringerige verkoper, drukverkoop, gedwongen tekenen, agressief, chantage, oneerlijke praktijk, aandringen, dreigen, dwang

page-telemarketing-title = Geen verkoopoproepen meer: de lijst "Bel-me-niet-meer"
page-telemarketing-rule = U kunt uw nummer op de Belgische lijst "Bel-me-niet-meer" laten zetten. Bedrijven mogen u dan in principe niet meer bellen om u iets te verkopen. Uw inschrijving is actief binnen 5 werkdagen en heeft geen einddatum. De lijst houdt geen oproepen uit het buitenland tegen.
page-telemarketing-now =
    1. Bel naar 02 882 19 75 vanaf het nummer dat u wilt beschermen en volg de instructies.
    2. Bent u klant bij het bedrijf dat u belt? Zeg dat u zijn verkoopoproepen niet meer wilt.
    3. Na 5 werkdagen nog oproepen? Noteer de datum, het uur, het nummer en het bedrijf.
    4. Meld die oproepen aan de Economische Inspectie.
page-telemarketing-words = telemarketing, telefonische verkoop, ongewenste oproep, callcenter, DNCM, gsm, vaste lijn, telefoon, reclameoproep

page-unwanted-mail-title = Ongewenste reclame per post, e-mail of sms
page-unwanted-mail-rule = Een bedrijf mag u in principe alleen reclame per e-mail of sms sturen als u daar vooraf mee akkoord ging, en elk bericht moet u een eenvoudige manier bieden om u uit te schrijven. U kunt een bedrijf altijd vragen om uw gegevens niet meer voor reclame te gebruiken. Tegen folders in uw brievenbus helpt een sticker "Geen reclame".
page-unwanted-mail-now =
    1. Gebruik de link om u uit te schrijven, maar alleen in berichten van een bedrijf dat u kent.
    2. Schrijf naar het bedrijf en vraag het om u geen reclame meer te sturen.
    3. Gaat het door, of gaf u nooit toestemming? Meld het aan de Economische Inspectie.
    4. Lijkt het oplichting? Klik niet en stuur het bericht door naar Safeonweb.
page-unwanted-mail-words = spam, nieuwsbrief, folders, reclamedrukwerk, uitschrijven, brievenbus, sticker, promotiebericht, ongevraagde mail, toestemming

page-door-to-door-title = Een verkoper aan uw deur
page-door-to-door-rule = U hoeft een verkoper nooit binnen te laten, en hij moet vertrekken als u dat vraagt. Tekent u thuis een contract, dan hebt u meestal 14 dagen om van gedachten te veranderen, zonder reden. Voor goederen begint die termijn de dag na de levering, voor diensten de dag na het tekenen. De verkoper moet u over dat recht informeren; zo niet, dan wordt de termijn met 12 maanden verlengd.
page-door-to-door-now =
    1. Teken niet meteen. Vraag het aanbod op papier en neem uw tijd.
    2. Van gedachten veranderd? Laat het bedrijf binnen 14 dagen schriftelijk weten dat u herroept (aangetekend of per e-mail) en bewaar een bewijs.
    3. Opdringerige verkoper of geen uitleg over uw rechten? Meld het aan de Economische Inspectie.
page-door-to-door-words = huis-aan-huisverkoop, colportage, vertegenwoordiger, deur-aan-deur, herroeping, annuleren, bezoek, aan huis, 14 dagen, contract
