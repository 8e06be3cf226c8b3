# General pages with no theme (English).

page-contact-center-title = Your situation is not listed? Ask the Contact Center
page-contact-center-rule = The Contact Center of the FPS Economy answers your questions about your rights as a consumer. Call 0800 120 33 for free, Monday to Friday from 9:00 to 17:00, or send an e-mail to info.eco@economie.fgov.be. Explain briefly what happened, when, and with which company.
page-contact-center-now =
    1. Write down what happened and when, the name of the company and what you have already done.
    2. Keep your documents at hand: invoice, contract, letters or e-mails.
    3. Call 0800 120 33 (free), Monday to Friday, 9:00 to 17:00, or write to info.eco@economie.fgov.be.
page-contact-center-words = question, help, information, advice, free number, helpdesk, other problem, FPS Economy, phone, e-mail
