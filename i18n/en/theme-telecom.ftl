# Theme texts (English): telecom — topic titles and information pages.

topic-telecom-contracts = Your phone and internet contract
topic-telecom-bills = Phone and internet bills

page-telecom-end-contract-title = Ending your phone or internet contract
page-telecom-end-contract-rule = After the first 6 months of your contract, you can end it at any time without a termination fee. If you end it during the first 6 months, you only pay the subscription until the end of the 6th month. If you got a phone or another device at a reduced price with the contract, you may still have to pay its remaining value. That value goes down every month.
page-telecom-end-contract-now =
    1. Find the start date of your contract (in the contract or on a bill).
    2. End the contract in writing with your operator and keep a copy. Ask your new operator if it can do this for you.
    3. Check your last bill. Charged a fee you do not owe? Dispute it in writing with the operator.
    4. No solution? Contact the Ombudsman for Telecommunications.
page-telecom-end-contract-words = cancel, terminate, stop subscription, mobile, TV, notice, termination fee, switch operator, leave, cheap phone

page-telecom-price-change-title = Your operator raises its prices
page-telecom-price-change-rule = An operator must tell you about a change of its prices or conditions at least 1 month in advance. If it raises its prices, you may end the contract free of charge within 3 months after being told, even a fixed-term contract (not for an indexation written in the contract). In any case, once your contract is more than 6 months old, you can end it at any time without a termination fee.
page-telecom-price-change-now =
    1. Read the message from your operator: what changes, by how much and from which date.
    2. Compare other offers. After 6 months of contract, you can switch without a termination fee.
    3. Not sure the change is allowed? Ask the Contact Center of the FPS Economy.
    4. You disagree? Complain in writing to the operator, then to the Ombudsman for Telecommunications.
page-telecom-price-change-words = price increase, more expensive, rate, tariff, indexation, subscription, new conditions, contract change, mobile, internet

page-telecom-bill-dispute-title = You disagree with your phone or internet bill
page-telecom-bill-dispute-rule = If you think a bill is wrong, first complain to your operator, preferably in writing. If that fails, turn to the Ombudsman for Telecommunications. It only accepts written complaints and you must show that you contacted the operator first. Act in time: it may refuse if you complained to the operator more than 1 year ago. Once it accepts your complaint, the operator may not ask you to pay the disputed amount for up to 4 months.
page-telecom-bill-dispute-now =
    1. Write to your operator: which bill, which amount you dispute and why. Keep a copy of your letter and of the answer.
    2. Pay the part of the bill that you do not dispute.
    3. No answer or no solution? Send a written complaint to the Ombudsman for Telecommunications, with copies of your letters and bills.
page-telecom-bill-dispute-words = wrong bill, invoice, too high, overcharged, mistake, complaint, mobile, ombudsman, refund, reminder

page-premium-sms-title = Paid text messages and services on your phone bill
page-premium-sms-rule = Some text messages, phone numbers and apps are charged through your phone bill, sometimes as a subscription that costs money every week or month. Such charges often start after a click on an ad, a game or a contest. A company may not charge you for a service you did not order. You can have these charges stopped and dispute the ones you did not agree to.
page-premium-sms-now =
    1. Look at the details of your bill: which number or service, since when and how much.
    2. Ask your operator how to stop the subscription, and ask it to block paid services on your line.
    3. Dispute the charges in writing with your operator. No solution? Contact the Ombudsman for Telecommunications.
    4. You never ordered the service? Report the practice.
page-premium-sms-words = premium SMS, premium rate number, 0900, subscription trap, unknown charge, mobile payment, block, game, contest, ringtone
