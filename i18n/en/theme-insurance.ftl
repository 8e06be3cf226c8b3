# Theme texts (English): insurance — topic titles and information pages.

topic-insurance-contracts = Insurance contracts
topic-insurance-claims = Claims and compensation

page-insurance-end-contract-title = Ending an insurance contract
page-insurance-end-contract-rule = Most non-life insurance contracts, such as car or fire insurance, run for 1 year and renew automatically. You can end such a contract at its yearly renewal date if you give notice at least 2 months before. After the first year, you can also end such a contract at any time, with 2 months' notice. Send your notice in writing and keep proof. Life insurance follows other rules: check your contract.
page-insurance-end-contract-now =
    1. Find the yearly renewal date in your policy or on your last premium notice.
    2. Send your notice in writing, for example by registered letter, and keep proof of sending.
    3. Car insurance is compulsory: make sure your new insurance starts when the old one ends.
    4. You disagree with your insurer? Complain to your broker or insurer first, then to the Insurance Ombudsman.
page-insurance-end-contract-words = cancel, terminate, notice, renewal, due date, car insurance, home insurance, premium, policy, switch insurer, registered letter

page-insurance-new-contract-title = Taking out new insurance
page-insurance-new-contract-rule = Before you sign, compare several offers, and not only the price: check what is covered, what is excluded and the deductible, the part of the damage you pay yourself. Answer the insurer's questions correctly: wrong or missing information can cause problems when you make a claim. For some insurance contracts you can still withdraw shortly after signing. Insurance brokers and agents must be registered with the FSMA.
page-insurance-new-contract-now =
    1. Ask for the general and special conditions in writing. Read the exclusions and the deductible.
    2. Check that you are not insured twice for the same risk, for example through another contract.
    3. Check on the FSMA website that the broker or agent is registered.
    4. Keep a copy of everything you sign and of the answers you gave.
page-insurance-new-contract-words = policy, quote, premium, cover, exclusions, deductible, broker, agent, compare, sign, withdraw

page-insurance-claim-dispute-title = Your insurer refuses to pay or pays too little
page-insurance-claim-dispute-rule = If your insurer refuses a claim or offers too little, ask it to explain its decision in writing and to name the clause of your policy it relies on. Complain first to your broker or agent, then to the insurer's complaints department. If that does not help, the Insurance Ombudsman can examine your case for free and give an opinion. It does not deal with work accidents or cases already in court.
page-insurance-claim-dispute-now =
    1. Gather your policy, your claim form, photos, invoices, quotes and all letters with the insurer.
    2. Ask in writing why the claim is refused or reduced, and which clause of the policy applies.
    3. Complain in writing to your broker or agent, then to the insurer's complaints department.
    4. No solution? Send your complaint to the Insurance Ombudsman by online form, letter or e-mail.
page-insurance-claim-dispute-words = claim, compensation, refusal, damage, expert, deductible, broker, complaint, ombudsman, payout, accident
