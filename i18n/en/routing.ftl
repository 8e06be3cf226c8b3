# Mediation routing (English): the questions, their answers and the advice when no service can help yet.

route-location = Where is the company you have a problem with based?
route-location--be = In Belgium
route-location--eu = Another EU country, Iceland, Norway or UK
route-location--outside = Another country (e.g. USA, China)

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
route-sector-more--cars = Buying a car or motorbike
route-sector-more--construction = Building or renovation work
route-sector-more--more = Something else

route-sector-rest = Which of these fits best?
route-sector-rest--rail = A train journey
route-sector-rest--notary = A notary
route-sector-rest--other = Something else

advice-outside-eu-title = Company outside the EU: limited options
advice-outside-eu-text = In principle, Belgian mediation services and the European Consumer Centre only deal with companies in Belgium, the EU, Iceland, Norway or the United Kingdom. They cannot step in against a company elsewhere. You may still be able to get your money back through the way you paid.
advice-outside-eu-next =
    1. Write to the company and keep a copy of everything.
    2. Paid by card? Ask your bank or card issuer quickly whether the payment can be disputed.
    3. Report the company on econsumer.gov, a site run by consumer authorities of many countries.
    4. Is it a scam? Report it to the police.

advice-in-court-title = Already in court or in mediation
advice-in-court-text = A mediation service does not take a case that is already before a court or being handled by another mediation or arbitration body. The same dispute cannot be dealt with twice at the same time.
advice-in-court-next =
    1. In court: ask your lawyer or the court registry about the next steps.
    2. With another mediation service: wait for its answer, or ask it where your case stands.
    3. Questions about your rights as a consumer: call the FPS Economy Contact Center.

advice-complain-first-title = First complain to the company in writing
advice-complain-first-text = Mediation services nearly always ask you to try to settle the problem with the company yourself first. A written complaint also gives you the proof they will ask for. A complaint about a notary is the exception: you may go straight to the Ombudsman for Notaries.
advice-complain-first-next =
    1. Write to the company by letter or e-mail: describe the problem and say what you ask for.
    2. Keep a copy and a proof of sending; a registered letter is the safest.
    3. Give the company a reasonable time to answer, for example a few weeks.
    4. No answer or no solution? Come back: this kiosk will then show you the right mediation service.

advice-too-late-title = Your complaint is more than 1 year old
advice-too-late-text = Many mediation services, such as the Consumer Mediation Service, may refuse a case when the complaint to the company is more than 1 year old. Other options remain.
advice-too-late-next =
    1. Is the problem still going on, for example a new wrong bill? Send the company a new written complaint about it.
    2. Call the FPS Economy Contact Center: it can tell you what is still possible.
    3. Going to court may still be possible: ask a lawyer whether you are within the time limits.
