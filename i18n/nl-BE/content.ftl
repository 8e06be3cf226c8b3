# Inhoudsteksten (Belgisch Nederlands): onderwerpen en contactkanalen van het meldingsformulier.

theme-purchase = Aankoop van een product of dienst
theme-advertising = Reclame en verkooptechnieken
theme-energy = Energie
theme-telecom = Telecom
theme-financial_services = Financiële diensten
theme-insurance = Verzekeringen
theme-construction = Bouw en renovatie
theme-cars = Auto's
theme-travel_events = Reizen en evenementen
theme-fraud = Fraude en oplichting

channel-shop = In een winkel
channel-website = Op een website
channel-phone = Telefonisch
channel-door_to_door = Aan mijn deur
channel-mail = Per post
channel-email_sms = Per e-mail of sms
channel-social_media = Via sociale media
channel-other = Op een andere manier
