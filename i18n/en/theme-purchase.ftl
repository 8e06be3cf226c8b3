# Theme "purchase" (English): topic titles and the text of its pages (rule, what to do now, search words).

topic-purchase-before = Before you buy
topic-purchase-after = After the purchase

page-price-display-title = Prices: what the seller must show
page-price-display-rule = A seller must show prices clearly and in writing, in euros. The price shown is the total price: VAT and all compulsory costs included. No compulsory cost may be added afterwards. When you buy online, you must see the delivery costs before you place your order.
page-price-display-now =
    1. Take a photo of the price label, the shelf or the web page.
    2. Keep your receipt or order confirmation and compare it with the price shown.
    3. Ask the seller to explain the difference. If you disagree, ask for mediation.
    4. Report a missing or misleading price to the Economic Inspection.
page-price-display-words = price tag, label, VAT, hidden costs, extra charge, checkout, till, too expensive, price difference, delivery costs

page-payment-means-title = Paying in cash or by card
page-payment-means-rule = When you buy in person, in a shop or at a market, the seller must accept cash. Exceptions: a temporary refusal for security reasons that is clearly announced, a banknote far too large for the amount, and the legal limits on large cash payments. The seller must also offer at least one electronic way to pay, such as a bank card or a payment app, without any extra charge.
page-payment-means-now =
    1. Cash or card refused? Ask the seller why, and note the date, the place and the answer.
    2. Take a photo of any sign about payment and keep your receipt.
    3. Report the refusal or the extra charge to the Economic Inspection.
page-payment-means-words = banknotes, coins, money, bank card, Bancontact, payment app, refused, surcharge, card fee, contactless

page-labels-language-title = Labels and instructions in your language
page-labels-language-rule = Labels, instructions for use and guarantee documents must be written in a language the average consumer understands, taking into account the language area where the product is sold. In practice, this usually means Dutch in Flanders, French in Wallonia, French and Dutch in Brussels.
page-labels-language-now =
    1. Check the packaging, the papers in the box and the seller's website.
    2. Ask the seller for the instructions in your language. Keep your receipt.
    3. Take photos of the label or the instructions and report it to the Economic Inspection.
page-labels-language-words = manual, user guide, leaflet, packaging, translation, Dutch, French, German, foreign language, warranty card

page-withdrawal-title = Changing your mind: 14 days to withdraw
page-withdrawal-rule = Bought online, by phone, by post or at your door? In most cases, you may cancel within 14 days, without giving a reason; some purchases are excluded. For goods, the 14 days start the day after you receive them; for services, the day after the contract is made. If the seller did not tell you about this right, the period is extended by 12 months. This right does not exist for purchases in a shop or at a fair, and it is not guaranteed with a seller outside the EU.
page-withdrawal-now =
    1. Within 14 days, tell the seller in writing that you withdraw: by e-mail, the webshop's form or the model form. Keep proof.
    2. Send the goods back within 14 days after that. You usually pay the return postage. Keep the proof of sending.
    3. The seller must refund you within 14 days, including the standard delivery cost.
    4. No refund? Ask for mediation, or report the seller.
page-withdrawal-words = cancel, return, refund, cooling-off period, send back, webshop, online shopping, right of withdrawal, regret, money back

page-withdrawal-exceptions-title = When you cannot withdraw
page-withdrawal-exceptions-rule = In a shop or at a fair, the law gives you no right to change your mind: the seller takes an item back only if it wants to or promised to. Even online or at your door, some purchases cannot be cancelled, for example: goods made to measure or personalised for you, food and other goods that spoil quickly, hygiene products you unsealed, services on a fixed date (concert ticket, hotel night, car hire), urgent repairs you asked for at home, and a service already fully provided after you asked it to start within the 14 days.
page-withdrawal-exceptions-now =
    1. Check your order confirmation and the terms: the seller must tell you before you buy if you cannot withdraw.
    2. Not sure? Ask the seller in writing which exception applies to your purchase.
    3. You think the exception does not apply? Ask for mediation or call the Contact Center.
page-withdrawal-exceptions-words = no returns, non-returnable, custom-made, personalised, tickets, hygiene, food, sealed, exception, return refused

page-legal-guarantee-title = Faulty product: 2-year legal guarantee
page-legal-guarantee-rule = Goods you buy from a business must work as promised. If a defect appears within 2 years of delivery, you can ask for a free repair or replacement, also for online purchases. The seller, not you, must prove that the defect was not there at delivery. For second-hand goods, this may be cut to 1 year if clearly agreed. Tell the seller within 2 months of discovering the defect.
page-legal-guarantee-now =
    1. Tell the seller about the defect in writing within 2 months of noticing it. Keep a copy.
    2. Ask for a free repair or replacement. Show your receipt, invoice or bank statement.
    3. Impossible, refused or taking too long? Ask for a price reduction or, if the defect is not minor, your money back.
    4. If the seller still refuses, ask for mediation.
page-legal-guarantee-words = warranty, broken, defect, does not work, repair, replacement, receipt, after-sales service, refund, guarantee period

page-delivery-problems-title = Late, lost or damaged delivery
page-delivery-problems-rule = The seller is responsible for your order until you, or someone you chose, receive it. If the parcel is lost or damaged on the way, that is the seller's problem, not yours. If no date was agreed, the seller must deliver within 30 days. If it is late, you can give the seller a reasonable extra deadline; if nothing arrives by then, you can cancel and get your money back.
page-delivery-problems-now =
    1. Contact the seller, not the delivery company: your contract is with the seller. Give your order number.
    2. Damaged parcel? Take photos before and after opening it.
    3. Late? Set a new delivery date in writing. If nothing arrives by then, cancel in writing and ask for a refund.
    4. No answer or no refund? Ask for mediation, or report the seller.
page-delivery-problems-words = parcel, package, not delivered, never arrived, missing, broken, courier, tracking, webshop, order, refund, delay

page-unsolicited-goods-title = Goods you never ordered
page-unsolicited-goods-rule = If a company sends you something you did not order, you do not have to pay for it or send it back. Not reacting does not mean that you agree to buy. Sending goods and then demanding payment is a forbidden sales practice.
page-unsolicited-goods-now =
    1. Do not pay, even if an invoice or a reminder arrives.
    2. Keep the parcel, the letters and the envelope, or take photos of them.
    3. Reminders keep coming? Reply once in writing that you ordered nothing, and keep a copy.
    4. Report the company to the Economic Inspection.
page-unsolicited-goods-words = not ordered, unordered, parcel, package, invoice, bill, reminder, payment demand, send back, gift

page-eu-trader-title = Problem with a seller elsewhere in Europe
page-eu-trader-rule = Did you buy from a business in another EU country, Iceland, Norway or the United Kingdom, and you cannot solve the problem with it? The European Consumer Centre Belgium helps you for free if you live in Belgium and bought for private use. It contacts the seller in its own country. It cannot act against scammers: in that case, report the fraud and go to the police.
page-eu-trader-now =
    1. First write to the seller: explain the problem and what you want. Keep a copy.
    2. Gather your documents: order or invoice, proof of payment and all messages, in date order.
    3. Send your complaint to the European Consumer Centre (contact on this page). You get a reference number.
page-eu-trader-words = abroad, foreign webshop, cross-border, ECC, European Consumer Centre, EU, France, Netherlands, Germany, other country, international
