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
page-debt-collection-rule = A company, a collection agency, a lawyer or a bailiff may ask you to pay a debt. They must act correctly: no threats, no misleading letters, no pressure and no unjustified costs. Before you pay, check that the debt is really yours, that the amount is right and that you have not paid it already. You may ask for proof of the debt.
page-debt-collection-now =
    1. Read the letter: who the original creditor is, what the debt is for, and how much of it is costs or interest.
    2. Do you dispute the debt or the costs? Say so in writing, with your reasons, and keep a copy.
    3. Cannot pay everything at once? Propose a payment plan in writing. Your CPAS/OCMW can help you.
    4. Threats or unfair pressure? Report the practice.
page-debt-collection-words = collection agency, bailiff, lawyer, reminder, formal notice, unpaid bill, costs, interest, payment plan, threat, arrears

page-bank-complaint-title = A problem with your bank
page-bank-complaint-rule = For a problem with a bank, a payment, a loan or an investment, first send a written complaint to the complaints department of the institution. If you get no answer or no solution, you can turn to Ombudsfin, the ombudsman for financial disputes. It is free and gives an opinion that is not binding. Do not wait too long: it may refuse if you complained to the institution more than 1 year ago.
page-bank-complaint-now =
    1. Write to your bank's complaints department: what happened, the dates, the amounts and what you ask. Keep a copy.
    2. Keep all documents: account statements, contract, letters and e-mails.
    3. No solution? Send your complaint to Ombudsfin by letter, by e-mail or with its online form.
page-bank-complaint-words = complaint, account, bank charges, fees, transfer, investment, savings, ombudsman, dispute, bank card, branch

page-unauthorised-payment-title = A payment you did not authorise
page-unauthorised-payment-rule = If money left your account or card without your agreement, for example after a phishing message or the loss or theft of your card, act at once: have your card blocked via Card Stop and warn your bank straight away. The faster you react, the better. Your bank will never ask for your codes by e-mail, text message or phone. If money was stolen, also file a complaint with the police.
page-unauthorised-payment-now =
    1. Call Card Stop on 078 170 170 to block your card, and call your bank at once.
    2. If money was stolen, file a complaint with the police and keep the reference of your complaint.
    3. Ask your bank in writing to refund the payments you did not authorise. Attach a copy of the police report.
    4. The bank refuses? Complain to its complaints department, then to Ombudsfin.
page-unauthorised-payment-words = fraud, phishing, stolen card, lost card, block card, scam, hacked account, refund, unknown debit, Card Stop
