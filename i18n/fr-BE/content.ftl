# Textes de contenu (français de Belgique) : sujets et modes de contact du formulaire de signalement.

theme-purchase = Achat d'un produit ou d'un service
theme-advertising = Publicité et techniques de vente
theme-energy = Énergie
theme-telecom = Télécoms
theme-financial_services = Services financiers
theme-insurance = Assurances
theme-construction = Construction et rénovation
theme-cars = Voitures
theme-travel_events = Voyages et événements
theme-fraud = Fraudes et arnaques

channel-shop = Dans un magasin
channel-website = Sur un site internet
channel-phone = Par téléphone
channel-door_to_door = À mon domicile
channel-mail = Par courrier
channel-email_sms = Par e-mail ou SMS
channel-social_media = Sur les réseaux sociaux
channel-other = D'une autre manière
