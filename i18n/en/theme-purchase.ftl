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
page-labels-language-rule = Labels, instructions for use and guarantee documents must be written in a language the average consumer understands, taking into account the language area where the product is sold. As a guide: Dutch in the Dutch-speaking area, French in the French-speaking area, German in the German-speaking area, French and Dutch in Brussels.
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
page-withdrawal-exceptions-rule =
    In a shop or at a fair, the law gives you no right to change your mind: the seller takes an item back only if it wants to or promised to. Even online or at your door, you cannot cancel, for example:
    • goods made to measure or personalised for you
    • food and other goods that spoil quickly
    • hygiene products you unsealed
    • services on a fixed date (concert ticket, hotel night, car hire)
    • urgent repairs you asked for at home
    • a service fully provided within the 14 days, after you asked it to start
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
page-eu-trader-rule = Did you buy from a business in another EU country, Iceland, Norway or the United Kingdom, and you cannot solve the problem with it? The European Consumer Centre Belgium helps you for free if you live in Belgium and bought for private use. It contacts the seller in its own country. It cannot act against scammers: in that case, report the fraud and file a complaint with your local police.
page-eu-trader-now =
    1. First write to the seller: explain the problem and what you want. Keep a copy.
    2. Gather your documents: order or invoice, proof of payment and all messages, in date order.
    3. Send your complaint to the European Consumer Centre (contact on this page). You get a reference number.
page-eu-trader-words = abroad, foreign webshop, cross-border, ECC, European Consumer Centre, EU, France, Netherlands, Germany, other country, international

topic-purchase-more = Subscriptions, vouchers, apps, second-hand, safety
topic-purchase-delivery = Delivery and post

page-subscription-renewal-title = Ending a subscription that renewed itself
page-subscription-renewal-rule = Gym, internet, TV: a service contract for a fixed period can renew itself automatically. The terms must say what the renewal means, by what date you can object to it and how. After the first automatic renewal, you may end the contract at any time, without a fee, with at most 2 months' notice. This rule does not cover contracts to deliver goods, such as a magazine subscription: read their terms.
page-subscription-renewal-now =
    1. Find your contract and check whether it has already renewed itself once.
    2. End it in writing, for example with the model letter of the FPS Economy. Keep a copy and proof of sending.
    3. Asked for more than 2 months' notice or a fee? Dispute it in writing.
    4. No solution? Ask for mediation, and report the practice to the Economic Inspection.
page-subscription-renewal-words = subscription, cancel, terminate, automatic renewal, tacit renewal, fitness, gym, sports club, notice period, termination fee, maintenance contract, renewed, membership

page-gift-vouchers-title = Gift vouchers: how long are they valid?
page-gift-vouchers-rule = Belgium has no specific law on gift vouchers: the seller's conditions apply, if they are clear. The validity must be clearly shown: an end date, or a period together with the date of issue. If no date is shown, or it is unclear, the voucher is presumed to be valid without limit. Before you buy one, check whether it can be exchanged for money, used during the sales, extended or given to someone else.
page-gift-vouchers-now =
    1. Read the voucher and its conditions: end date, date of issue, where you can use it.
    2. Keep the voucher and the receipt from when it was bought.
    3. The shop refuses a valid voucher? Ask it in writing why. No solution? Ask for mediation.
page-gift-vouchers-words = gift card, gift voucher, gift certificate, voucher, expired, validity, expiry date, experience box, present, voucher refused

page-digital-content-title = Apps, games, e-books or streaming that do not work
page-digital-content-rule = Since 1 June 2022, the legal guarantee also covers digital content and services: apps, games, e-books, music, films, streaming, cloud storage and social media. It applies when you pay a price, and also when you "pay" with your personal data. For a one-off purchase, such as a download, the guarantee lasts 2 years. Nothing supplied? Ask the trader to supply it; if it still does not, you can ask for your money back.
page-digital-content-now =
    1. Take screenshots of the problem. Keep the order confirmation and the proof of payment.
    2. Write to the trader: describe the problem and ask for it to be fixed free of charge. Keep a copy.
    3. Nothing supplied? Ask in writing for it without delay. Still nothing? Ask for your money back.
    4. No solution? Ask for mediation.
page-digital-content-words = app, application, game, video game, online game, e-book, streaming, download, software, cloud, bug, does not work, subscription, digital content

page-private-seller-title = Buying from a private person on a second-hand site
page-private-seller-rule = Between private persons, consumer law does not apply: no 14-day right of withdrawal and no legal guarantee. No mediation service deals with disputes between private persons. An online marketplace must show whether the seller is a trader or a private person, and warn you when consumer law does not apply. Scammers also use these sites, for example with a fake payment link.
page-private-seller-now =
    1. Check on the ad whether the seller is a trader or a private person.
    2. Does the site offer its own payment with buyer protection? Use it. Keep the ad, the messages and the proof of payment.
    3. Problem with the item? Write to the seller, and use the site's dispute procedure if it has one.
    4. Clicked a fake payment link or gave your card details? Call Card Stop and your bank at once, and file a complaint with your local police.
    5. Forward the suspicious message to Safeonweb (address on this page).
page-private-seller-words = second-hand, used, classified ads, Marketplace, Vinted, 2dehands, 2ememain, private person, private sale, buyer protection, fake payment link, scam, no guarantee

page-dangerous-products-title = A product seems dangerous, or is recalled
page-dangerous-products-rule = Only safe products may be sold. The Central Contact Point for Products of the FPS Economy takes complaints about products and services that seem unsafe, except food. It is Belgium's contact point for Safety Gate, the European alert system for dangerous products, and gives information on the risks of products and the measures taken. If a product is dangerous, the FPS Economy can stop its sale or ask for a recall.
page-dangerous-products-now =
    1. Stop using the product. Keep it out of reach, with its packaging and your receipt.
    2. Recall announced? Follow the instructions of the seller or the maker.
    3. Report the product to the Central Contact Point for Products: 02 277 53 36 or belspoc@economie.fgov.be. Add photos.
    4. You want a refund or a replacement? Contact the seller. No solution? Ask for mediation.
page-dangerous-products-words = dangerous, unsafe, recall, product recall, fire, explosion, battery, toy, child safety, electric shock, injury, burn, Safety Gate, RAPEX

page-postal-complaint-title = A parcel or letter lost, damaged or late
page-postal-complaint-rule = Bought online? Your contract is with the webshop: contact it first (see the page "Late, lost or damaged delivery"). For a problem with the postal company itself, first complain to its customer service. No solution? The Ombudsman for the Postal Sector can help. It deals with bpost and all other postal and parcel companies on the Belgian market, for the sender and for the addressee. Once it accepts your complaint, the company must answer it within 10 working days.
page-postal-complaint-now =
    1. Bought online? Contact the webshop first and give your order number.
    2. Otherwise, complain in writing to the customer service of the postal company. Keep a copy.
    3. No solution? Write to the Ombudsman for the Postal Sector, with your name and postal address.
    4. Add the tracking number, a description of the contents, proof of their value, and photos if damaged.
page-postal-complaint-words = parcel, package, letter, registered letter, bpost, post, postman, courier, delivery company, tracking number, lost, damaged, late, not delivered
