# Content texts (English): themes and contact channels of the report form.

theme-purchase = Buying a product or a service
theme-advertising = Advertising and sales techniques
theme-energy = Energy
theme-telecom = Telecom
theme-financial_services = Financial services
theme-insurance = Insurance
theme-construction = Construction and renovation
theme-cars = Cars
theme-travel_events = Travel and events
theme-fraud = Fraud and scams

channel-shop = In a shop
channel-website = On a website
channel-phone = By phone
channel-door_to_door = At my door
channel-mail = By post
channel-email_sms = By e-mail or text message
channel-social_media = On social media
channel-other = Another way
