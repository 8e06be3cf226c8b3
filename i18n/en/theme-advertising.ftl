# Theme "Advertising and sales techniques" (English): topic titles and page texts.

topic-advertising-misleading = Misleading offers and pressure
topic-advertising-unwanted = Unwanted calls, advertising and visits

page-misleading-reductions-title = Sales and discounts: is the reduction real?
page-misleading-reductions-rule = When a shop or website announces a price reduction, the old price it compares with must be the lowest price it charged for that product in the 30 days before. So the seller may not raise the price just before the sale to make the discount look bigger. Prices must always be shown in euro, including VAT and all compulsory costs.
page-misleading-reductions-now =
    1. Take a photo of the price tag or a screenshot of the ad, with the date.
    2. Did you see the product cheaper before? Keep proof of that too (photo, old leaflet, receipt).
    3. Report the practice to the Economic Inspection. It checks shops, but does not get your money back.
page-misleading-reductions-words = promotion, price cut, old price, crossed-out price, reference price, percent off, Black Friday, clearance, fake discount, special offer

page-misleading-advertising-title = Advertising that misleads you
page-misleading-advertising-rule = Advertising may not mislead you, either with false claims or by hiding important information, for example about the price, the quality, the features of the product or the conditions. A product may not be called "free" if you have to pay more than the unavoidable costs, and an offer may not be presented as "today only" if that is not true.
page-misleading-advertising-now =
    1. Keep the ad: photo, screenshot, link or leaflet, with the date.
    2. Did you buy something because of it? Write to the company: what was promised and what you ask for.
    3. Report the advertising to the Economic Inspection.
    4. The company refuses? A mediation service can help you.
page-misleading-advertising-words = false advertising, false promise, free, commercial, leaflet, social media, influencer, small print, hidden conditions, deceptive

page-aggressive-practices-title = Pressure, threats or harassment to make you buy
page-aggressive-practices-rule = A seller may not force your hand: no harassment, threats, insults or pressure that stops you from deciding freely. For example: not letting you leave until you sign, coming back to your home after you asked them to leave, or calling you again and again. If you signed at home, by phone or online, you usually have 14 days to change your mind.
page-aggressive-practices-now =
    1. Do not sign or pay anything under pressure. Say clearly that you are not interested.
    2. Write down what happened: date, place, name of the seller and of the company.
    3. Already signed? Check if you can still withdraw (usually 14 days after signing at home, by phone or online) and do it in writing.
    4. Report the practice to the Economic Inspection.
page-aggressive-practices-words = pushy seller, intimidation, forced to sign, aggressive, blackmail, bullying, unfair practice, insistent, coercion

page-telemarketing-title = Stop sales calls: the "Do Not Call Me" list
page-telemarketing-rule = You can put your number on the Belgian "Do Not Call Me" list (in French "Ne m'appelez plus", in Dutch "Bel-me-niet-meer"). Companies may then, in principle, no longer call you to sell you something. Your registration is active within 5 working days and has no end date. The list does not stop calls from abroad.
page-telemarketing-now =
    1. Call 02 882 19 75 from the number you want to protect and follow the instructions.
    2. Are you a customer of the company that calls you? Tell it you no longer want its sales calls.
    3. Still getting calls after 5 working days? Write down the date, time, number and company.
    4. Report those calls to the Economic Inspection.
page-telemarketing-words = telemarketing, cold call, phone canvassing, unwanted call, call centre, DNCM, mobile, landline, marketing call

page-unwanted-mail-title = Unwanted advertising by post, e-mail or text message
page-unwanted-mail-rule = In principle, a company may only send you advertising by e-mail or text message if you agreed to it beforehand, and every message must offer an easy way to unsubscribe. You can always ask a company to stop using your details for advertising. Against leaflets in your letterbox, a "no advertising" sticker helps.
page-unwanted-mail-now =
    1. Use the unsubscribe link, but only in messages from a company you know.
    2. Write to the company and ask it to stop sending you advertising.
    3. It goes on, or you never agreed? Report it to the Economic Inspection.
    4. Looks like a scam? Do not click: forward the message to Safeonweb.
page-unwanted-mail-words = spam, junk mail, newsletter, leaflets, flyers, unsubscribe, letterbox, SMS, sticker, consent

page-door-to-door-title = A seller at your door
page-door-to-door-rule = You never have to let a seller in, and they must leave when you ask. If you sign a contract at home, you usually have 14 days to change your mind, without giving a reason. For goods, the 14 days start the day after delivery; for services, the day after you sign. The seller must tell you about this right; if not, the period is extended by 12 months.
page-door-to-door-now =
    1. Do not sign straight away. Ask for the offer on paper and take your time.
    2. Changed your mind? Tell the company in writing within 14 days (registered letter or e-mail) and keep proof.
    3. Pushy seller, or no information about your rights? Report it to the Economic Inspection.
page-door-to-door-words = doorstep selling, canvassing, sales rep, door-to-door, withdrawal, cancel, home visit, 14 days, contract, salesperson
