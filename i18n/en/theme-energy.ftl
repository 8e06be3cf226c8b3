# Theme "Energy" (English): topic titles and page texts on electricity and gas.

topic-energy-contracts = Your electricity or gas contract
topic-energy-bills = Bills, meters and connection

page-energy-end-contract-title = Ending or switching your energy contract
page-energy-end-contract-rule = As a household customer, you can end your electricity or gas contract at any time, with one month's notice. The supplier may not charge you a termination fee, even for a fixed-term contract. When you switch to another supplier, the new supplier usually takes care of ending the old contract.
page-energy-end-contract-now =
    1. Compare offers with the comparison tool of your region's energy regulator (contacts on this page).
    2. Sign with the new supplier: it usually arranges the switch for you.
    3. Moving house? Tell your supplier in writing and give the meter readings of the day you move.
    4. Charged a fee anyway? Complain to the supplier, then to the Ombudsman Service for Energy.
page-energy-end-contract-words = cancel, terminate, change supplier, notice period, exit fee, penalty, electricity, gas, cheaper, compare prices, moving

page-energy-sales-practices-title = Energy sellers at your door or on the phone
page-energy-sales-practices-rule = An energy seller must give you clear and correct information about prices and conditions, and may not put pressure on you. If you signed at home, by phone or online, you usually have 14 days to change your mind. In any case, you can end an energy contract at any time, with one month's notice and without a fee. The FPS Economy checks sales practices.
page-energy-sales-practices-now =
    1. Only give your EAN code or a bill to a seller you really want to sign with: they are used to switch your contract.
    2. Changed your mind? Write to the supplier within 14 days that you withdraw, and keep proof.
    3. Report a misleading or pushy seller to the Economic Inspection.
    4. Dispute with the supplier? Complain to it in writing first, then to the Ombudsman Service for Energy.
page-energy-sales-practices-words = canvassing, salesperson, telemarketing, EAN, switch, signed, withdrawal, pressure, electricity, gas, doorstep

page-energy-bill-dispute-title = A problem with your electricity or gas bill
page-energy-bill-dispute-rule = First complain to your supplier in writing: without this step, the Ombudsman Service for Energy cannot handle your case. If the answer does not satisfy you, this service helps you free of charge, in French, Dutch or German. Once your complaint is accepted, the supplier may not ask you to pay the disputed amount, or charge reminder fees, until the procedure is over.
page-energy-bill-dispute-now =
    1. Check the bill: meter readings, period, address, EAN code and the price in your contract.
    2. Write to the supplier: what is wrong and what you ask. Keep a copy. Pay the part you do not dispute.
    3. No answer or no solution? Go to the Ombudsman Service for Energy with your letter and the bill.
page-energy-bill-dispute-words = invoice, annual statement, advance payments, too high, estimated reading, reminder fees, refund, complaint, ombudsman, supplier

page-energy-meter-connection-title = Meter, connection or budget meter
page-energy-meter-connection-rule = Meters, connections to the grid and budget meters are handled by your distribution network operator, whose name is on your bill. Complain to it, or to your supplier, in writing first. No solution? In Brussels, turn to Brugel; in Wallonia, to the CWaPE. In Flanders, the VREG sends these disputes to the federal Ombudsman Service for Energy.
page-energy-meter-connection-now =
    1. Note your EAN code and meter number (on your bill). Take a photo of the meter and its reading.
    2. Write to your network operator (or your supplier) and explain the problem. Keep a copy.
    3. No solution? Brussels: Brugel. Wallonia: the CWaPE. Flanders: ask for mediation (the Ombudsman Service for Energy).
page-energy-meter-connection-words = EAN, meter reading, digital meter, smart meter, network operator, Fluvius, Sibelga, ORES, RESA, cut off, prepayment
