# Pages générales sans thème (français de Belgique).

page-contact-center-title = Votre situation n'y est pas ? Demandez au Contact Center
page-contact-center-rule = Le Contact Center du SPF Économie répond à vos questions sur vos droits de consommateur. Appelez gratuitement le 0800 120 33, du lundi au vendredi de 9 h à 17 h, ou envoyez un e-mail à info.eco@economie.fgov.be. Expliquez brièvement ce qui s'est passé, quand, et avec quelle entreprise.
page-contact-center-now =
    1. Notez ce qui s'est passé et quand, le nom de l'entreprise et ce que vous avez déjà fait.
    2. Gardez vos documents sous la main : facture, contrat, lettres ou e-mails.
    3. Appelez le 0800 120 33 (gratuit), du lundi au vendredi de 9 h à 17 h, ou écrivez à info.eco@economie.fgov.be.
page-contact-center-words = question, aide, information, conseil, numéro gratuit, renseignement, autre problème, SPF Économie, téléphoner, e-mail
