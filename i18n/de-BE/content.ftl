# Inhaltstexte (Deutsch, Belgien): Themen und Kontaktwege des Meldeformulars.

theme-purchase = Kauf eines Produkts oder einer Dienstleistung
theme-advertising = Werbung und Verkaufsmethoden
theme-energy = Energie
theme-telecom = Telekommunikation
theme-financial_services = Finanzdienstleistungen
theme-insurance = Versicherungen
theme-construction = Bau und Renovierung
theme-cars = Autos
theme-travel_events = Reisen und Veranstaltungen
theme-fraud = Betrug und Abzocke

channel-shop = In einem Geschäft
channel-website = Auf einer Website
channel-phone = Am Telefon
channel-door_to_door = An meiner Haustür
channel-mail = Per Post
channel-email_sms = Per E-Mail oder SMS
channel-social_media = In sozialen Medien
channel-other = Auf andere Weise
