# Mediation services (English): name, what they cover, conditions, what to prepare, cost.

service-cms-name = Consumer Mediation Service
service-cms-scope = Any dispute with a company based in Belgium when no sector service is competent; it also passes your case on to the right service.
service-cms-conditions =
    1. You first tried to solve the problem with the company, and you can show it.
    2. Your complaint to the company is less than 1 year old.
    3. You give your name and contact details: anonymous requests are refused.
    4. The case is not before a court or with another mediation service.
service-cms-prepare =
    1. Your name, date of birth, address, phone number and e-mail address.
    2. The exact name and address of the company.
    3. Receipt, contract, invoices, order form or delivery note.
    4. Your letters or e-mails to the company and its answers.
    5. The solution you would like.
service-cms-cost = Free of charge.

service-ombudsfin-name = Ombudsfin – Ombudsman for financial disputes
service-ombudsfin-scope = Disputes with a bank, lender or other financial institution: accounts, payments, credit and investments.
service-ombudsfin-conditions =
    1. First send a written complaint to the complaints department of the bank or lender.
    2. Your request may be refused if that complaint is more than 1 year old.
    3. The institution must be affiliated to Ombudsfin (members of Febelfin, the financial sector federation, are).
service-ombudsfin-prepare =
    1. Your complaint to the institution's complaints department and its answer.
    2. The contract, account statements or credit documents.
    3. The dates, amounts and account or contract numbers concerned.
    4. Your name, address and contact details.
service-ombudsfin-cost = Free of charge. The ombudsman gives an opinion; the bank does not have to follow it.

service-ombudsman-insurance-name = Insurance Ombudsman
service-ombudsman-insurance-scope = Disputes with an insurer or an insurance intermediary about an insurance contract under Belgian law.
service-ombudsman-insurance-conditions =
    1. Best first step: complain to your broker or agent, then to the insurer's complaints service.
    2. Not for work accidents, nor for a case already before a court.
    3. Your complaint is made in writing: online form, letter or e-mail.
service-ombudsman-insurance-prepare =
    1. Your policy number and the insurance contract.
    2. The claim number, if there is one.
    3. Your letters or e-mails to the insurer and its answers.
    4. What you are asking for.
service-ombudsman-insurance-cost = Free of charge. The ombudsman gives a reasoned opinion; the insurer does not have to follow it.

service-energy-mediation-name = Ombudsman Service for Energy
service-energy-mediation-scope = Disputes with an electricity or gas supplier or network operator, for example about bills or contracts.
service-energy-mediation-conditions =
    1. You first complained to your supplier or network operator.
    2. In Brussels and Wallonia, connection, meter and budget meter problems can also go to Brugel or CWaPE.
    3. Once your complaint is accepted, the disputed amount is not collected until the end of the procedure.
    4. You may write in French, Dutch or German.
service-energy-mediation-prepare =
    1. Your customer number and the EAN code of your meter (on your bill).
    2. The disputed bills and your contract.
    3. Your complaint to the supplier or operator and its answer.
    4. Your name, address and contact details.
service-energy-mediation-cost = Free of charge.

service-telecom-mediation-name = Ombudsman for Telecommunications
service-telecom-mediation-scope = Disputes with a telecom operator: mobile phone, internet, TV and fixed line.
service-telecom-mediation-conditions =
    1. You first complained to your operator, and you can prove it.
    2. Act in time: it may refuse if your complaint to the operator is more than 1 year old.
    3. Your request is made in writing; the phone line is only for information.
    4. Once your complaint is accepted, the disputed amount is not collected for up to 4 months.
service-telecom-mediation-prepare =
    1. Your customer number and the phone or line number concerned.
    2. The disputed bills and your contract.
    3. Your complaint to the operator and its answer.
    4. Your name, address and contact details.
service-telecom-mediation-cost = Free of charge.

service-postal-mediation-name = Ombudsman for the Postal Sector
service-postal-mediation-scope = Disputes with bpost or another postal or parcel company, whether you sent the item or were to receive it.
service-postal-mediation-conditions =
    1. First complain to the postal company; for a parcel you ordered, first to the seller or webshop.
    2. Act in time: it may refuse if your complaint to the company is more than 1 year old.
    3. Your request is in writing, with your name and postal address: an e-mail address alone is not enough.
service-postal-mediation-prepare =
    1. The tracking number or the reference of the item.
    2. Proof of sending or your order confirmation.
    3. Your complaint to the company or seller and its answer.
    4. Photos, if the item was damaged.
service-postal-mediation-cost = Free of charge.

service-rail-mediation-name = Ombudsman for Rail Passengers
service-rail-mediation-scope = Disputes with a train company in Belgium (SNCB and others), with Infrabel or about a station car park.
service-rail-mediation-conditions =
    1. First complain to the train company; it has 1 month to answer.
    2. Then write to the ombudsman: letter, e-mail, online form or at its desk.
service-rail-mediation-prepare =
    1. Your ticket or season ticket.
    2. The date, time and train concerned.
    3. Your complaint to the train company and its answer.
    4. Your name, address and contact details.
service-rail-mediation-cost = Free of charge.

service-ombudsman-trade-name = Ombudsman for Trade
service-ombudsman-trade-scope = Disputes with shops and webshops that are registered with the Ombudsman for Trade.
service-ombudsman-trade-conditions =
    1. The shop must be registered with this ombudsman; if it is not, go to the Consumer Mediation Service.
    2. You first contacted the shop about the problem.
    3. Not for an amount under 25 EUR, nor if you contacted the shop more than 1 year ago.
    4. Your request is made online, on its website.
service-ombudsman-trade-prepare =
    1. The receipt, invoice or order confirmation.
    2. Your messages to the shop and its answers.
    3. Photos of the product, if useful.
    4. The solution you would like.
service-ombudsman-trade-cost = Free for you: the registered shops pay for the service.

service-travel-disputes-name = Travel Disputes Committee
service-travel-disputes-scope = Disputes with a tour operator or travel agency about a package holiday.
service-travel-disputes-conditions =
    1. Only if the terms of the organiser or agency refer to this committee, or if both sides agree to it.
    2. You first complained in writing to the organiser or agency.
    3. Conciliation needs the other side's consent; in arbitration, the decision is binding.
service-travel-disputes-prepare =
    1. Your booking form, contract and the organiser's terms.
    2. Proof of payment.
    3. Your written complaint and the answer.
    4. Photos or other evidence of the problem.
service-travel-disputes-cost = Not free: a fee is charged; the current amounts are on its website.

service-notary-ombudsman-name = Ombudsman for Notaries
service-notary-ombudsman-scope = Complaints from any client about a notary in Belgium.
service-notary-ombudsman-conditions =
    1. Talking to the notary first is advised, but not required.
    2. Your request is in writing and gives your name: anonymous requests are refused.
    3. Not if the case is before a court or in another procedure.
    4. You may write in French, Dutch, German or English; the case is handled in French or Dutch.
service-notary-ombudsman-prepare =
    1. The name and office of the notary.
    2. The deed or file concerned, and its date.
    3. Your letters or e-mails to the notary.
    4. The online form takes 3 attachments: choose the key documents.
service-notary-ombudsman-cost = Free of charge. The ombudsman gives an opinion; the notary does not have to follow it.

service-construction-conciliation-name = Construction Conciliation Committee
service-construction-conciliation-scope = Technical disputes between a private person and a contractor or architect about building or renovation work.
service-construction-conciliation-conditions =
    1. Both sides must agree: a clause in the contract, or an agreement signed after the dispute.
    2. Only technical problems, for example damp, cracks or a leaking roof.
service-construction-conciliation-prepare =
    1. The contract and the clause or agreement on conciliation.
    2. Quotes, invoices and plans.
    3. Photos of the defects.
    4. Your letters or e-mails to the contractor or architect.
service-construction-conciliation-cost = Not free: each side pays a fee; the current amount is on its website.

service-automoto-conciliation-name = Automoto Conciliation Committee
service-automoto-conciliation-scope = Disputes with a professional seller in Belgium about buying a new or used car or motorbike.
service-automoto-conciliation-conditions =
    1. You first tried to settle the problem with the seller, without success.
    2. You bought the vehicle as a private person, from a professional seller in Belgium.
    3. Your order form must mention the Automoto Conciliation Committee; if it does not, turn to the Consumer Mediation Service.
service-automoto-conciliation-prepare =
    1. The order form and the invoice.
    2. Proof that you tried to settle it with the seller.
    3. The Car-Pass, for a used vehicle.
    4. Photos or reports about the problem, if you have them.
service-automoto-conciliation-cost = Each side pays a one-off fee of 80 EUR (VAT included), not refunded. An expert costs extra, only if you agree.

service-ecc-belgium-name = European Consumer Centre Belgium
service-ecc-belgium-scope = Disputes with a trader based in another EU country, Iceland, Norway or the United Kingdom.
service-ecc-belgium-conditions =
    1. You live in Belgium and bought as a consumer from a business, not from a private person.
    2. The trader is based in another EU country, Iceland, Norway or the United Kingdom.
    3. Where possible, you already told the trader about the problem.
    4. It cannot act against fraudsters: report those to the police and the Economic Inspection.
service-ecc-belgium-prepare =
    1. Proof of purchase and proof of payment.
    2. Your messages to the trader and its answers, in date order.
    3. The trader's name, address and website.
    4. Your IBAN and BIC, for a refund.
    5. You can send up to 8 documents.
service-ecc-belgium-cost = Free of charge.
