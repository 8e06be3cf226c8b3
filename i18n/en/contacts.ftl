# Useful numbers (English): name and when to use it.

contact-contact-center-name = FPS Economy Contact Center
contact-contact-center-when = Questions about your rights as a consumer. Free, Monday to Friday, 9:00 to 17:00

contact-card-stop-name = Card Stop
contact-card-stop-when = Card lost or stolen, or card details given to a scammer: have the card blocked at once

contact-police-name = Police
contact-police-when = Money lost to a scam: file a complaint at your local police station. Emergency only: 101 (or 112)

contact-safeonweb-name = Safeonweb – cybersecurity
contact-safeonweb-when = Forward suspicious e-mails and text messages to the address shown here

contact-ecc-belgium-name = European Consumer Centre Belgium
contact-ecc-belgium-when = A problem with a seller in another EU country, Iceland, Norway or the UK

contact-do-not-call-name = Ne m'appelez plus / Bel-me-niet-meer
contact-do-not-call-when = No more sales calls: call this number from the phone number you want to protect

contact-fsma-name = FSMA – financial markets
contact-fsma-when = Investment offer: check whether a firm is authorised and read the warnings

contact-brugel-name = Brugel – energy in Brussels
contact-brugel-when = Electricity and gas in Brussels: connection, meter, network operator

contact-cwape-name = CWaPE – energy in Wallonia
contact-cwape-when = Electricity and gas in Wallonia: connection, meter, network operator

contact-vreg-name = VREG – energy in Flanders
contact-vreg-when = Electricity and gas in Flanders: meters and network operator; disputes go to the Energy Ombudsman

contact-air-passengers-name = FPS Mobility – passenger rights
contact-air-passengers-when = Flight delayed, cancelled or overbooked, and the airline gave no satisfactory answer within 6 weeks

contact-product-contact-point-name = FPS Economy – unsafe products
contact-product-contact-point-when = A product that seems dangerous, or a recall: report it (not for food)
