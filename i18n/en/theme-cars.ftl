# Theme "cars" (English): topic titles and pages on buying a car (legal guarantee, mileage) and garage repairs.

topic-cars-buying = Buying a car
topic-cars-repair = Repairs and garages

page-car-purchase-guarantee-title = Legal guarantee on a car bought from a professional
page-car-purchase-guarantee-rule = When you buy a car from a professional seller, new or used, you have a legal guarantee of 2 years from delivery. For a used car, the seller may reduce it to 1 year, but only if this is clearly agreed in the contract. If a defect appears, tell the seller within 2 months of finding it. The seller must then fix the problem free of charge. A sale between private persons is not covered.
page-car-purchase-guarantee-now =
    1. Write to the seller: describe the defect and the date you found it. Keep a copy.
    2. Keep the order form, the invoices and the garage reports about the defect.
    3. Seller refuses? Ask the Automoto Conciliation Committee for conciliation, or report the refusal to the Economic Inspection.
page-car-purchase-guarantee-words = warranty, used car, second-hand, dealer, garage, defect, breakdown, engine, gearbox, hidden defect

page-car-mileage-title = Mileage that seems false (tampered odometer)
page-car-mileage-rule = The mileage has a big effect on the value of a car. Turning back or changing the odometer to sell a car is fraud. In Belgium, the seller of a used car must give you a Car-Pass, which shows the mileage recorded over the years. Compare it with the odometer, the service book, the invoices and earlier inspection reports. A car that looks very worn but has few kilometres should make you careful.
page-car-mileage-now =
    1. Gather your proof: the advert, the order form, the Car-Pass, the invoices and photos of the odometer.
    2. Write to the seller and ask for a solution, for example cancelling the sale.
    3. Report the suspected odometer fraud to the Economic Inspection and file a complaint with your local police.
page-car-mileage-words = Car-Pass, kilometres, km, counter, clocking, turned back, fraud, used car, second-hand, dashboard, service book

page-car-repair-title = Problem with a garage repair or its bill
page-car-repair-rule = Before a repair, ask the garage for a written estimate and agree that any extra work needs your approval first. Compare the invoice with the estimate: check that the parts and the hours of labour are listed. If the repair is badly done or the bill is much higher than agreed, complain to the garage in writing.
page-car-repair-now =
    1. Keep the estimate, the invoice, photos, and the old parts if you asked for them.
    2. Send the garage a registered letter explaining the problem and what you ask for.
    3. No solution? Turn to the Consumer Mediation Service: it helps you or passes your complaint on.
page-car-repair-words = mechanic, invoice, estimate, quote, overcharged, bad repair, service, maintenance, breakdown, labour, parts

page-car-private-seller-title = You bought a car from a private person
page-car-private-seller-rule = When you buy a car from a private person, consumer law does not protect you: there is no legal guarantee. No mediation service deals with sales between private persons: not the Automoto Conciliation Committee, not the Consumer Mediation Service and not the European Consumer Centre. You have to find a solution with the seller or, if needed, go to court. A false mileage or a fake ad is fraud: file a complaint with your local police.
page-car-private-seller-now =
    1. Keep everything: the ad, the messages, the contract, the proof of payment and the car's papers.
    2. Write to the seller: describe the problem and what you ask. Keep a copy.
    3. False mileage, fake ad or the seller has disappeared? File a complaint with your local police.
    4. No agreement? You can ask the justice of the peace for a free conciliation with the seller. Otherwise, only a court can decide.
page-car-private-seller-words = used car, second-hand car, private sale, private person, Car-Pass, mileage, odometer, defect, hidden defect, ad, 2dehands, seller disappeared, car scam
