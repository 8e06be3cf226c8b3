# Guided questionnaire "Find a solution" (English): questions and answer buttons.

q-problem = What is your problem about?
q-problem--purchase = Something I bought or ordered
q-problem--contact = A call, message, letter, ad or visit
q-problem--utilities = Energy, internet or phone
q-problem--money = Bank, loan, debt or insurance
q-problem--trip-car-works = Travel, event, car or building work
q-problem--none = None of these

q-purchase = What is the problem with your purchase?
q-purchase--changed-mind = I changed my mind
q-purchase--defect = It is faulty or broken
q-purchase--delivery = It did not arrive, or arrived late
q-purchase--price = The price, the payment or the label
q-purchase--unordered = I received something I never ordered
q-purchase--other = Something else

q-purchase-other = What is it about?
q-purchase-other--voucher = A gift voucher
q-purchase-other--subscription = A subscription that renewed itself
q-purchase-other--digital = An app, a game, streaming or an e-book
q-purchase-other--private = Something bought from a private person online
q-purchase-other--danger = A product that seems dangerous
q-purchase-other--other = Something else

q-mind-where = Where did you buy it?
q-mind-where--shop = In a shop or at a fair
q-mind-where--online = Online: website or app
q-mind-where--door = At my door or at home
q-mind-where--phone = By phone

q-mind-seller = Where is the webshop based?
q-mind-seller--be = In Belgium
q-mind-seller--eu = In another EU country
q-mind-seller--outside = Outside the EU
q-mind-seller--unknown = I don't know

q-mind-what = What did you buy?
q-mind-what--ordinary = An ordinary product or service
q-mind-what--custom = Something made to measure or personalised
q-mind-what--fresh = Food, flowers or goods that spoil
q-mind-what--fixed-date = A ticket or booking for a set date
q-mind-what--hygiene = A sealed hygiene item that I opened

q-defect = What is faulty or broken?
q-defect--product = A product I bought
q-defect--car = A car I bought
q-defect--works = Building or renovation work

q-defect-where = Where did you buy it?
q-defect-where--shop = In a shop
q-defect-where--online = Online: website or app
q-defect-where--door = At my door or at home
q-defect-where--phone = By phone

q-defect-seller = Where is the webshop based?
q-defect-seller--be = In Belgium
q-defect-seller--eu = In another EU country
q-defect-seller--outside = Outside the EU
q-defect-seller--unknown = I don't know

q-delivery = What went wrong with the delivery?
q-delivery--late = It is late or never arrived
q-delivery--damaged = It arrived damaged or incomplete
q-delivery--carrier = My complaint is about the delivery firm
q-delivery--fake = The webshop seems fake or has vanished

q-delivery-seller = Where is the seller based?
q-delivery-seller--be = In Belgium
q-delivery-seller--eu = In another EU country
q-delivery-seller--outside = Outside the EU
q-delivery-seller--unknown = I don't know

q-before-paying = What exactly is wrong?
q-before-paying--price-shown = I paid more than the price shown
q-before-paying--hidden-costs = Extra costs were added at the end
q-before-paying--reduction = A sale or discount that is not real
q-before-paying--payment = Cash refused, no card, or a card fee
q-before-paying--label = Label or manual not in my language

q-contact = How did it reach you?
q-contact--phone = A phone call
q-contact--message = An e-mail or a text message
q-contact--letter = A letter or a bill by post
q-contact--door = Someone came to my door
q-contact--ad = An ad, a website or social media
q-contact--other = Something else

q-call = What was the call about?
q-call--sales = Sales calls I do not want
q-call--fake-bank = Someone posing as my bank or the police
q-call--investment = An investment or crypto offer
q-call--energy = An offer to change energy supplier
q-call--agreed = I said yes and now regret it

q-message = What does the message ask you to do?
q-message--click = Click a link or give my codes
q-message--pay = Pay a bill I do not recognise
q-message--invest = Invest money or earn it quickly
q-message--ads = Nothing: it is unwanted advertising

q-money-gone = Has money already left your account?
q-money-gone--yes = Yes, money is gone
q-money-gone--no = No
q-money-gone--unknown = I don't know

q-letter = What did you receive by post?
q-letter--bill = A bill I do not recognise
q-letter--debt = A reminder or a letter about a debt
q-letter--ads = Advertising I do not want
q-letter--parcel = A parcel I never ordered

q-door = What happened at your door?
q-door--signed = I signed something and regret it
q-door--pressure = A seller pushed hard or would not leave
q-door--energy = An offer for an energy contract
q-door--works = An offer for works on my home

q-ad = What is it about?
q-ad--reduction = A false discount or sale price
q-ad--misleading = An ad that lies or hides things
q-ad--pressure = I was pushed hard to buy
q-ad--fake-shop = A webshop that looks fake
q-ad--investment = An investment or crypto offer
q-ad--social-message = A suspicious message on social media

q-utilities = Which service is it about?
q-utilities--energy = Electricity or gas
q-utilities--telecom = Internet, mobile phone or TV

q-energy = What is your problem with electricity or gas?
q-energy--bill = My bill is wrong or too high
q-energy--end = I want to end or change my contract
q-energy--sales = I was signed up against my will
q-energy--meter = My meter or connection
q-energy--other = Something else

q-telecom = What is your problem with internet, mobile or TV?
q-telecom--bill = My bill is wrong or too high
q-telecom--paid-sms = Paid text messages or services on my bill
q-telecom--price = My operator raised the price
q-telecom--end = I want to end or change my contract
q-telecom--other = Something else

q-money = What is it about?
q-money--bank = My bank, my card or a payment
q-money--credit = A loan or credit
q-money--debt = Debts or a debt collector
q-money--insurance = Insurance
q-money--investment = An investment that seems suspicious
q-money--other = Something else

q-debt-what = What did you receive?
q-debt-what--reminder = A reminder with costs or interest
q-debt-what--collector = A letter from a collection agency, bailiff or lawyer

q-bank = What happened?
q-bank--not-mine = A payment I did not make
q-bank--card-lost = My card was lost or stolen
q-bank--tricked = I was tricked into making a transfer myself
q-bank--service = Fees or poor service from my bank
q-bank--account = A bank refuses or closes my account

q-insurance = What is the problem with your insurance?
q-insurance--claim = It refuses to pay, or pays too little
q-insurance--end = I want to end my insurance
q-insurance--new = I want to take out new insurance

q-trip-car-works = Which of these is it about?
q-trip-car-works--travel = A trip, a holiday or a flight
q-trip-car-works--event = A ticket for a concert, show or event
q-trip-car-works--car = A car I bought or had repaired
q-trip-car-works--works = Building or renovation work

q-travel = What happened to your trip?
q-travel--package = My package holiday was cancelled or changed
q-travel--flight = My flight was delayed or cancelled
q-travel--train = A problem with a train journey
q-travel--eu = The travel firm is in another EU country
q-travel--other = Something else

q-event = What is the problem with your ticket?
q-event--cancelled = The event was cancelled or moved
q-event--cant-go = I can no longer go and want a refund
q-event--resale = I bought it from a reseller
q-event--fake = The ticket is fake or never came

q-car = What is the problem with your car?
q-car--defect = The car I bought has a defect
q-car--mileage = The mileage seems to be false
q-car--repair = A repair or service at a garage

q-car-seller = Who sold you the car?
q-car-seller--dealer-be = A garage or dealer in Belgium
q-car-seller--dealer-eu = A dealer in another EU country
q-car-seller--private = A private person

q-works = What is the problem with the works?
q-works--defects = Poor work or damage after the works
q-works--quote = A quote, a deposit or unfinished work
q-works--door = A worker came to my door unasked
