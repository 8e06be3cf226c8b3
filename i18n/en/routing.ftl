# Mediation routing (English): the questions, their answers and the advice when no service can help (yet).

route-location = Where is the company you have a problem with based?
route-location--be = In Belgium
route-location--eu = Another EU country, Iceland, Norway or the UK
route-location--outside = Another country (e.g. USA, China)
route-location--unknown = I don't know / the website looks fake

route-court = Is your case already before a court or with another mediation service?
route-court--yes = Yes
route-court--no = No

route-complained = Did you already complain to the company in writing? When?
route-complained--yes-less-than-year = Yes, less than 1 year ago
route-complained--yes-more-than-year = Yes, more than 1 year ago
route-complained--no = No, not yet

route-sector = What is your problem about?
route-sector--trade = A purchase in a shop or webshop
route-sector--energy = Electricity or gas
route-sector--telecom = Mobile, internet or TV
route-sector--finance = A bank, a loan or investments
route-sector--insurance = Insurance
route-sector--more = Something else

route-sector-more = Is it one of these?
route-sector-more--postal = Post or a parcel
route-sector-more--travel = A package holiday or travel agency
route-sector-more--flight = A flight (delay, cancellation, overbooking)
route-sector-more--cars = Buying a car or motorbike
route-sector-more--construction = Building or renovation work
route-sector-more--more = Something else

route-sector-rest = Which of these fits best?
route-sector-rest--rail = A train journey
route-sector-rest--notary = A notary
route-sector-rest--other = Something else

route-trade-member = Does the shop say it is registered with the Ombudsman for Trade (on its website, receipt or window)?
route-trade-member--yes = Yes
route-trade-member--no = No
route-trade-member--unknown = I don't know

route-car-seller = Who sold you the vehicle?
route-car-seller--professional = A garage or dealer in Belgium
route-car-seller--private = A private person

mediate-note-late = You complained to the company more than a year ago. This service may refuse your request for that reason: contact it before you prepare your file.
mediate-note-complaint-advised = You have not complained to the company in writing yet. This service advises you to do so first, but it can take your request anyway.
mediate-after = Afterwards, if the company does not answer or refuses, this service can help you:

advice-outside-europe-title = Company outside Europe: limited options
advice-outside-europe-text = Belgian mediation services help when the company is established in Belgium or has a branch here. The European Consumer Centre helps with companies in another EU country, Iceland, Norway or the United Kingdom. Against a company elsewhere they cannot act, but you may get your money back through the way you paid.
advice-outside-europe-next =
    1. Write to the company and keep a copy of everything.
    2. Paid by card? Ask your bank or card issuer quickly whether the payment can be disputed.
    3. Report the company on econsumer.gov, a site run by consumer authorities of many countries.
    4. Is it a scam? File a complaint with your local police.

advice-scam-title = This looks like a scam: act now
advice-scam-text = A company you cannot find, or a website that looks fake, is usually a scam. No mediation service and no consumer centre can act against scammers. What counts now is to protect your money and to warn the authorities.
advice-scam-next =
    1. Do not pay anything more, and do not answer the scammers.
    2. You gave card details or bank codes? Call Card Stop (078 170 170) and your bank at once.
    3. You lost money? File a complaint with your local police and keep the reference.
    4. Report the practice at this terminal ("Report a practice"), and forward suspicious messages to Safeonweb.

advice-in-court-title = Already in court or in mediation
advice-in-court-text = A mediation service does not take a case that is already before a court or being handled by another mediation or arbitration body. The same dispute cannot be dealt with twice at the same time.
advice-in-court-next =
    1. In court: ask your lawyer or the court registry about the next steps.
    2. With another mediation service: wait for its answer, or ask it where your case stands.
    3. Questions about your rights as a consumer: call the FPS Economy Contact Center.

advice-complain-first-title = First complain to the company in writing
advice-complain-first-text = The service that can help you takes a case only after you tried to settle it with the company yourself. A written complaint also gives you the proof it will ask for.
advice-complain-first-next =
    1. Write to the company by letter or e-mail: describe the problem and say what you ask for.
    2. Keep a copy and a proof of sending; a registered letter is the safest.
    3. Give the company a reasonable time to answer, for example a few weeks.
    4. No answer or no solution? Then turn to the service below.

advice-flight-title = A flight: first the airline, then the FPS Mobility
advice-flight-text = For a delayed or cancelled flight, or refused boarding, European rules give you rights. The airline must deal with your claim first. Then the FPS Mobility and Transport handles complaints about flights from Belgium, and flights to Belgium from outside the EU with a European airline. Not the Consumer Mediation Service.
advice-flight-next =
    1. Send your claim to the airline with its form, and keep your boarding pass and a copy.
    2. No answer, or no satisfactory one, after 6 weeks? Use the online complaint form of the FPS Mobility and Transport.
    3. Did it happen at an airport in another EU country? The body of that country is competent.
    4. An airline based in another EU country: the European Consumer Centre can help too.

advice-private-sale-title = Bought from a private person: no mediation service
advice-private-sale-text = No mediation service handles a sale between two private persons: not the Automoto commission, not the Consumer Mediation Service, not the European Consumer Centre. The consumer rules (right of withdrawal, legal guarantee) do not apply either.
advice-private-sale-next =
    1. Write to the seller: describe the problem and what you ask for. Keep a copy.
    2. Keep the advert, your messages, the contract and the proof of payment.
    3. Fraud (false mileage, fake advert, paid but nothing delivered)? File a complaint with your local police.
    4. No agreement? You can bring the case before the justice of the peace.
