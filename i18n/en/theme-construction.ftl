# Theme "construction" (English): topic titles and pages on building works, quotes, deposits and renovation sold at the door.

topic-construction-works = Building works and contractors
topic-construction-renovation = Renovation sold at your door

page-construction-defects-title = Defects or poor work after building works
page-construction-defects-rule = A contractor must carry out the works agreed, and do them properly. If you see defects (cracks, leaks, unfinished work), tell the contractor quickly in writing and set a reasonable deadline for the repairs. For a technical dispute with a contractor or an architect, the Construction Conciliation Committee can help, but only if both of you agree to use it. This procedure is not free.
page-construction-defects-now =
    1. Take dated photos of every defect. Keep the quote, the contract and the invoices.
    2. Send the contractor a registered letter listing the defects, with a deadline to repair them.
    3. No solution? Suggest conciliation to the contractor: the Committee only acts if you both agree.
page-construction-defects-words = crack, leak, damp, builder, contractor, architect, workmanship, unfinished, roof, tiles, repairs

page-construction-quote-deposit-title = Quote and deposit before the works
page-construction-quote-deposit-rule = Before the works start, ask for a written quote: what will be done, the materials, the total price with VAT and the deadline. Once you sign it, you and the contractor are both bound by it. If a deposit is asked, agree the amount in writing, pay by bank transfer and keep the proof. Be careful with a contractor who wants a large sum in cash before starting.
page-construction-quote-deposit-now =
    1. Ask several contractors for a written quote and compare them before you sign.
    2. Pay a deposit only by bank transfer, once you have a signed quote or contract stating the amount.
    3. Works not started on the agreed date? Send a registered letter giving a final deadline.
    4. Contractor gone with your deposit? File a complaint with your local police and report it to the Economic Inspection.
page-construction-quote-deposit-words = estimate, price, advance payment, down payment, builder, contractor, works not started, cash, VAT, signature

page-renovation-door-to-door-title = Renovation sold at your door: 14 days to cancel
page-renovation-door-to-door-rule = Did you sign a contract for works (roof, insulation, windows, heating...) at home, without going to the company's premises? Then you normally have 14 days to withdraw, without giving a reason. Works that include goods (windows, solar panels, heat pump, boiler): the 14 days start the day after the goods are delivered. Works without goods: the day after you sign. If the seller did not tell you about this right, the period is extended by 12 months. This does not apply to a contract signed in a shop or at a fair.
page-renovation-door-to-door-now =
    1. Want to cancel? Send your withdrawal within 14 days by registered letter or e-mail, and keep a copy.
    2. Use the withdrawal form from your contract if there is one. A clear letter is also fine.
    3. Put under pressure, misled or not told about the 14 days? Report the practice to the Economic Inspection.
page-renovation-door-to-door-words = door-to-door, salesman, canvasser, withdraw, change my mind, roof, insulation, solar panels, windows, heat pump, boiler, pressure, signed at home
