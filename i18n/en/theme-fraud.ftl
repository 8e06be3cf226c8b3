# Theme "fraud" (English): topic titles and page texts.

topic-fraud-messages = Suspicious messages, webshops and invoices
topic-fraud-calls = Scam calls and investment fraud

page-phishing-title = Phishing: a fake message asks for your data
page-phishing-rule = Scammers send e-mails, text messages or WhatsApp messages that seem to come from your bank, a delivery service or a public authority. They want you to click a link, enter your card details or give your codes. Your bank never asks for your codes by e-mail, text message or phone. Do not click the link and do not reply.
page-phishing-now =
    1. Gave your card or bank details? Call Card Stop at once on 078 170 170, then your bank.
    2. Money gone from your account? Tell your bank and file a complaint with your local police.
    3. Forward the message to suspicious@safeonweb.be (for a text message, send a screenshot), then delete it.
page-phishing-words = fake e-mail, text message, SMS, suspicious link, bank codes, card details, password, hacked, WhatsApp, smishing

page-fake-webshop-title = Fake webshop: you paid, but nothing arrives
page-fake-webshop-rule = Some websites only pretend to sell. Warning signs: prices far too low, no address or company number, payment only by bank transfer, badly translated texts. After you pay, nothing arrives, or you get a cheap copy. Mediation cannot help against a scammer: contact your bank quickly and file a complaint with your local police.
page-fake-webshop-now =
    1. Entered your card details on the site? Call Card Stop on 078 170 170 to block the card.
    2. Call your bank at once: ask whether the payment can still be stopped or disputed.
    3. Keep proof: web address, screenshots, order confirmation, e-mails, proof of payment.
    4. File a complaint with your local police. You can also report the site to the Economic Inspection.
page-fake-webshop-words = scam site, online shop, fake shop, not delivered, parcel never came, counterfeit, internet purchase, paid in advance, bank transfer, fraud

page-fake-invoice-title = Fake invoice: a bill for something you never ordered
page-fake-invoice-rule = Scammers send invoices, reminders or payment requests for things you never ordered: a listing in a directory, a fine, a parcel fee… Some copy the invoice of a real company but change the account number. If you ordered nothing, you owe nothing. Check before you pay, and never use the contact details printed on a suspicious invoice.
page-fake-invoice-now =
    1. Compare it with your orders and contracts. In doubt? Call the company on a number you already know, not the one on the invoice.
    2. Do not pay. Already paid? Call your bank at once and ask whether the transfer can be stopped.
    3. Received by e-mail? Forward it to suspicious@safeonweb.be. If you paid, file a complaint with your local police.
page-fake-invoice-words = suspicious bill, payment reminder, directory, fine, parcel fee, account number, bank transfer, not ordered, scam, payment request

page-phone-scam-title = Phone scam: a caller pretends to be your bank or the police
page-phone-scam-rule = Someone calls and says they are from your bank, Card Stop, the police or a computer helpdesk. They say your account is in danger and ask for your codes, or ask you to install an app, move your money to a "safe" account or hand over your card. Your bank never asks for your codes by phone. The number shown on your screen can be faked.
page-phone-scam-now =
    1. Hang up. Call your bank yourself, on the number on your card or on the bank's website.
    2. Gave codes or card details, or handed over your card? Call Card Stop at once on 078 170 170.
    3. Lost money? File a complaint with your local police. Write down the number that called, the date and the time.
page-phone-scam-words = bank employee, fake caller, Microsoft, safe account, codes, card reader, suspicious call, vishing, courier, spoofing

page-investment-scam-title = Investment scam: promised profits that never come
page-investment-scam-rule = Fraudsters advertise investments, often in crypto, with high profits and little risk, sometimes with fake articles about famous people. A "personal adviser" pushes you to pay more and more. When you want your money back, it is gone. Later, others offer to recover it for a fee: that is the same scam again.
page-investment-scam-now =
    1. Pay nothing more, not even "fees" or "taxes" to release your profits or to get your money back.
    2. Check on fsma.be whether the company is authorised or on a warning list, and report it to the FSMA.
    3. Already paid? Call your bank at once and file a complaint with your local police.
page-investment-scam-words = crypto, bitcoin, trading platform, online investing, forex, broker, high return, adviser, money recovery, shares, savings
