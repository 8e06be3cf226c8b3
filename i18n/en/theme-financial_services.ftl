# Theme texts (English): financial services — topic titles and information pages.

topic-finance-credit = Credit and debts
topic-finance-bank = Your bank

page-consumer-credit-title = Borrowing money: loans and consumer credit
page-consumer-credit-rule = A consumer credit (personal loan, car loan, credit card, overdraft) costs money. Compare the total amount you will repay, not only the monthly payment. Apart from banks, lenders must be authorised by the FSMA, and credit intermediaries must be registered with it. In principle, you can withdraw from the credit within 14 days after signing: your contract says how. If there is a problem, complain first to the lender, then to Ombudsfin.
page-consumer-credit-now =
    1. Before signing, ask for the total cost and the monthly payment in writing, and compare several offers.
    2. Check on the FSMA website that the intermediary is registered and that the lender, if it is not a bank, is authorised.
    3. A problem with your credit? Write to the lender's complaints department and keep a copy.
    4. No solution? Turn to Ombudsfin. It is free.
page-consumer-credit-words = lend, instalments, credit card, overdraft, car loan, personal loan, interest, monthly payment, lender, repay, withdraw

page-debt-collection-title = A debt collector asks you to pay
page-debt-collection-rule = A company, a collection agency, a lawyer or a bailiff may ask you to pay a debt. They must act correctly: no threats, no misleading letters, no pressure. Book XIX of the Code of Economic Law protects you: the first reminder is free; the company must then wait at least 14 days before adding any costs; damages and fees are capped by law (amounts: page "A company charges you reminder fees"). Before you pay, check that the debt is yours and that the amount is right. You may ask for proof of the debt.
page-debt-collection-now =
    1. Read the letter: who the original creditor is, what the debt is for, and how much of it is costs or interest.
    2. Do you dispute the debt or the costs? Say so in writing, with your reasons, and keep a copy.
    3. Cannot pay everything at once? Propose a payment plan in writing. Your CPAS/OCMW can help you.
    4. Threats or unfair pressure? Report the practice.
page-debt-collection-words = collection agency, bailiff, lawyer, reminder, reminder fees, formal notice, unpaid bill, costs, interest, payment plan, threat, arrears

page-bank-complaint-title = A problem with your bank
page-bank-complaint-rule = For a problem with a bank, a payment, a loan or an investment, first send a written complaint to the complaints department of the institution. If you get no answer or no solution, you can turn to Ombudsfin, the ombudsman for financial disputes. It is free. It gives an opinion, but the bank does not have to follow it. Do not wait too long: it may refuse if you complained to the institution more than 1 year ago.
page-bank-complaint-now =
    1. Write to your bank's complaints department: what happened, the dates, the amounts and what you ask. Keep a copy.
    2. Keep all documents: account statements, contract, letters and e-mails.
    3. No solution? Send your complaint to Ombudsfin by letter, by e-mail or with its online form.
page-bank-complaint-words = complaint, account, bank charges, fees, transfer, investment, savings, ombudsman, dispute, bank card, branch

page-unauthorised-payment-title = A payment you did not make yourself
page-unauthorised-payment-rule =
    This page is only about payments you did not make yourself: card lost or stolen, codes stolen, a debit you do not recognise. The rules (Book VII of the Code of Economic Law):
    • Tell your bank without delay.
    • Your bank must refund you at once, at the latest by the end of the next working day.
    • Before you told the bank, you bear at most 50 EUR, unless you acted fraudulently or with gross negligence. The bank must prove it.
    Tricked into making a transfer yourself? Then these rules do not apply: see the page "You were tricked into making a transfer".
page-unauthorised-payment-now =
    1. Call Card Stop on 078 170 170 to block your card, and call your bank at once.
    2. Ask your bank in writing to refund the payments you did not make. Keep a copy.
    3. File a complaint with your local police and keep the reference of your complaint.
    4. The bank refuses? Complain to its complaints department, then to Ombudsfin.
page-unauthorised-payment-words = fraud, phishing, stolen card, lost card, block card, scam, hacked account, refund, unknown debit, Card Stop

page-reminder-fees-title = A company charges you reminder fees
page-reminder-fees-rule = The first reminder for an unpaid bill must be free. The company may only ask for costs, damages or interest if your contract provides for them, and at the earliest 14 days after that reminder. The lump-sum damages are capped by law:
    • debt up to 150 EUR: at most 20 EUR
    • up to 500 EUR: 30 EUR + 10% of the part above 150 EUR
    • above 500 EUR: 65 EUR + 5% of the part above 500 EUR, at most 2,000 EUR
page-reminder-fees-now =
    1. Read the letter: is it the first reminder? Does it already ask for costs? Keep the letter, the envelope or the e-mail.
    2. Not sure you owe it? Ask the company in writing for proof of the debt. Keep a copy.
    3. Costs too high or asked too early? Dispute them in writing and pay the part you do not dispute.
    4. The company refuses? Ask for mediation, and report the practice to the Economic Inspection.
page-reminder-fees-words = reminder, reminder costs, late payment, late fee, unpaid bill, invoice, damages, late interest, penalty, formal notice, collection costs, paid too late

page-tricked-transfer-title = You were tricked into making a transfer
page-tricked-transfer-rule = Did a fake bank employee, a fake invoice or a fake seller make you transfer money yourself? Then the rules that protect you against unauthorised payments do not apply. In principle, your bank does not have to refund a payment that you made yourself. Act very fast: sometimes a transfer can still be stopped. Did someone else use your card or your codes? See the page "A payment you did not make yourself".
page-tricked-transfer-now =
    1. Call your bank at once: ask it to try to stop or recall the transfer.
    2. Gave your card details or codes? Call Card Stop on 078 170 170 to block the card.
    3. File a complaint with your local police. Keep the reference and give it to your bank.
    4. Got a message from the scammer? Forward it to Safeonweb (address on this page). Report the scam to the Economic Inspection.
    5. You think your bank made a mistake? Complain to its complaints department, then to Ombudsfin.
page-tricked-transfer-words = scam, fraud, bank transfer, fake bank employee, fake invoice, fake seller, safe account, recall transfer, money gone, wrong account, spoofing, bank fraud

page-basic-bank-account-title = The basic banking service: a right to an account
page-basic-bank-account-rule = Every consumer legally resident in the EU has a right to the basic banking service: a current account with a debit card for deposits, withdrawals, transfers, standing orders, direct debits and card payments, with no overdraft. Every bank in Belgium that offers current accounts to consumers must offer it. It may only refuse if:
    • you already have this service or another current account in Belgium
    • you have at least 6,000 EUR in accounts, or credit contracts of at least 6,000 EUR
    • you have broken the law against money laundering
page-basic-bank-account-now =
    1. Ask the bank for the basic banking service, with its request form. Keep a copy.
    2. Refused? Ask for the reason in writing.
    3. Complain to the bank's complaints department. No solution? Turn to Ombudsfin. It is free.
page-basic-bank-account-words = bank account, current account, account refused, no bank account, debit card, bank card, account closed, banking exclusion, collective debt settlement, refugee, homeless
