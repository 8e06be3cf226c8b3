# Theme "travel_events" (English): topic titles and pages on package travel, flights, cancelled events and ticket resale.

topic-travel = Travel
topic-events = Concerts, shows and tickets

page-package-travel-cancelled-title = Your package holiday is cancelled
page-package-travel-cancelled-rule = A package combines at least two services for the same trip, for example the flight and the hotel, for more than 24 hours or with a night away. If the organiser cancels it, you get back everything you paid, within 14 days. You do not have to accept a voucher or another trip. If the organiser changes the trip a lot, you may also cancel it without paying any fee.
page-package-travel-cancelled-now =
    1. Ask the organiser in writing for a full refund. Keep your booking and your proof of payment.
    2. No refund after 14 days? Send a registered letter giving a final deadline.
    3. Read the organiser's terms: if they refer to the Travel Disputes Committee, you can turn to it.
    4. Organiser based in another EU country? ECC Belgium can help you for free.
page-package-travel-cancelled-words = trip, package tour, tour operator, travel agency, refund, voucher, flight and hotel, booking, organiser, cancellation

page-flight-delay-cancellation-title = Flight delayed or cancelled
page-flight-delay-cancellation-rule = European rules protect passengers on flights leaving the EU, and on flights to the EU with a European airline. If your flight is cancelled or has a long delay, the airline must help you: meals, a hotel if needed, another flight or a refund. Depending on the delay and the distance, you may also get a fixed compensation, unless the cause was exceptional, such as a storm.
page-flight-delay-cancellation-now =
    1. Keep your boarding pass, your booking and the receipts for meals, hotel or transport.
    2. Claim from the airline first, in writing or with the form on its website.
    3. No satisfactory answer after 6 weeks? File a complaint with the FPS Mobility and Transport (Directorate-General Air Transport) using its online form. The Consumer Mediation Service does not deal with this.
    4. Airline based in another EU country? ECC Belgium can also help.
page-flight-delay-cancellation-words = plane, airline, airport, late, compensation, boarding, missed connection, overbooking, refund, passenger rights, waiting

page-event-cancelled-title = Concert or show cancelled: get your money back
page-event-cancelled-rule = If a concert, show, festival or match is cancelled, you are in principle entitled to a refund of your ticket. Contact the organiser or the ticket seller you bought it from. If the event is only moved to another date, ask them what your options are. Read their message carefully: it usually explains how to ask for the refund and by when. Keep your ticket and your proof of payment until you have been refunded.
page-event-cancelled-now =
    1. Follow the refund steps announced by the organiser or the ticket seller.
    2. Nothing after a few weeks? Ask for the refund in writing, with your ticket and your proof of payment.
    3. Still no refund? Ask for mediation, or report the organiser to the Economic Inspection.
page-event-cancelled-words = festival, match, gig, ticket, refund, organiser, postponed, artist, cancellation, reimbursement

page-ticket-resale-title = Resold ticket too expensive, or a fake ticket
page-ticket-resale-rule = In Belgium, it is forbidden to resell a ticket for an event at a higher price than its original price. Fake or copied tickets are often sold on social media and resale websites, and they are refused at the entrance. Buy from the organiser, its official sellers or its official resale platform. Be careful when a private person asks you to pay by bank transfer.
page-ticket-resale-now =
    1. Bought a fake ticket? Keep the advert, the messages and your proof of payment.
    2. Contact your bank at once to try to stop the payment or get it back.
    3. File a complaint with your local police.
    4. Report the seller or the website to the Economic Inspection.
page-ticket-resale-words = resale, black market, scalper, touting, counterfeit, scam, Facebook, Marketplace, festival, concert, overpriced

page-rail-complaint-title = A problem with a train journey
page-rail-complaint-rule = Delay, ticket or service: first complain to the rail company. It has 1 month to answer. No answer, or not satisfied? The Ombudsman for Rail Passengers can help you for free. It deals with all rail companies active in Belgium, if your journey starts, ends or changes trains in Belgium, or if you bought the ticket from a Belgian company. With SNCB, a delay of 1 hour or more gives you the full price of the ticket as compensation.
page-rail-complaint-now =
    1. Keep your ticket or season ticket, and note the date, the time and the train.
    2. Delay? Ask for compensation with the rail company's form.
    3. Another problem? Complain in writing to the rail company and keep a copy.
    4. No answer within 1 month, or not satisfied? Write to the Ombudsman for Rail Passengers.
page-rail-complaint-words = train, railway, SNCB, NMBS, delay, late, cancelled train, ticket, season ticket, fine, compensation, refund, station, Eurostar, commuter, connection
