"""Contacts corpus: hand-written press-release passages and every contact point in
them, as ``(name, email, phone)``: ``name`` is the person (or agency) the contact
belongs to, ``email`` in lower case, ``phone`` in E.164 (``None`` where absent). A
person with two numbers, or two persons sharing one address, gives two entries
(each entry keeps the person's address). An empty list means the text holds no contact
point.
"""

EXAMPLES = {
    "en": [
        # 0: a block under "Press contact:" over several lines, +33 (0)x
        ("Lyonbiopôle will present its annual report to members and partners during the general assembly in Lyon.\n\n"
         "Press contact:\n"
         "Sophie Martin\n"
         "Lyonbiopôle\n"
         "sophie.martin@lyonbiopole.com\n"
         "+33 (0)4 72 76 12 34",
         [("Sophie Martin", "sophie.martin@lyonbiopole.com", "+33472761234")]),
        # 1: two persons sharing one address
        ("Journalists are welcome to attend the opening ceremony and the press conference that will follow.\n\n"
         "Media contacts:\n"
         "Claire Fontaine and Hugo Bertrand\n"
         "press@medicen.org",
         [("Claire Fontaine", "press@medicen.org", None), ("Hugo Bertrand", "press@medicen.org", None)]),
        # 2: one line with two numbers
        ("BioValley France will host the cross-border partnering day at its offices in Strasbourg this autumn.\n\n"
         "For more information:\n"
         "Thomas Keller, Business Developer, BioValley France\n"
         "thomas.keller@biovalley-france.com\n"
         "Tel. +33 3 88 12 34 56 / +33 6 12 34 56 78",
         [("Thomas Keller", "thomas.keller@biovalley-france.com", "+33388123456"),
          ("Thomas Keller", "thomas.keller@biovalley-france.com", "+33612345678")]),
        # 3: a Belgian number
        ("The Walloon cluster BioWin will welcome the French delegation in Charleroi and Liège for two days of meetings.\n\n"
         "Contact:\n"
         "Laura Peeters, BioWin\n"
         "laura.peeters@biowin.org – +32 2 234 56 78",
         [("Laura Peeters", "laura.peeters@biowin.org", "+3222345678")]),
        # 4: a Dutch mobile number, all on one line
        ("The Dutch cluster Health Valley Netherlands is organising a study visit to the Paris region for its members.\n\n"
         "Media contact: Jeroen Smit, Health Valley Netherlands, +31 6 12345678, j.smit@healthvalley.nl",
         [("Jeroen Smit", "j.smit@healthvalley.nl", "+31612345678")]),
        # 5: a phone number only
        ("The press kit and the photographs of the event can be requested from the press office of the cluster.\n\n"
         "Press office:\n"
         "Nadia Benali – +33 (0)1 45 67 89 10",
         [("Nadia Benali", None, "+33145678910")]),
        # 6: an address only, in prose
        ("Journalists wishing to attend the event can contact Émilie Gauthier at emilie.gauthier@eurobiomed.org. "
         "Accreditation requests must be submitted before the end of the month.",
         [("Émilie Gauthier", "emilie.gauthier@eurobiomed.org", None)]),
        # 7: two contacts, the cluster's and its agency's
        ("Atlanpole Biotherapies will unveil the winners of its start-up competition during the evening ceremony.\n\n"
         "Press contacts:\n"
         "Atlanpole Biotherapies\n"
         "Marion Leroy – marion.leroy@atlanpole-biotherapies.com – 06 45 12 78 90\n"
         "Agence Mots & Co\n"
         "Paul Garnier – paul@motsandco.fr – 01 42 33 44 55",
         [("Marion Leroy", "marion.leroy@atlanpole-biotherapies.com", "+33645127890"),
          ("Paul Garnier", "paul@motsandco.fr", "+33142334455")]),
        # 8: a French number with dots, in prose
        ("For more information, please contact Julien Morel (Clubster NSL) on 03.20.12.34.56 or by e-mail at "
         "jmorel@clubster-nsl.com. The cluster will answer all requests within a week.",
         [("Julien Morel", "jmorel@clubster-nsl.com", "+33320123456")]),
        # --- must produce nothing ---
        # 9: a web site and a social media handle
        ("For more information about the programme, visit www.lyonbiopole.com or follow the cluster on LinkedIn and "
         "Twitter (@Lyonbiopole). The full programme will be available next week.",
         []),
        # 10: a postal address
        ("Medicen Paris Region is located at 24 rue de la Science, 75013 Paris, in the heart of a biotech campus. The "
         "offices are open to members from Monday to Friday.",
         []),
        # 11: a grant agreement number
        ("The project, grant agreement no. 101057437, is funded by the European Union under the Horizon Europe "
         "programme. The consortium brings together partners from France, Belgium and Germany.",
         []),
        # --- organisations' contact points, fax numbers, identifiers (issue 10) ---
        # 12: a letterhead: the organisation above its address owns the number; the fax is no phone
        ("The alliance brings together hospitals, universities and companies working on medical imaging in the north "
         "of England.\n\n"
         "Northern Imaging Alliance\n"
         "Unit 4, Kings Court\n"
         "Leeds LS1 4HT\n"
         "Tel: 0113 496 0200\n"
         "Fax: 0113 496 0201\n"
         "info@northernimaging.org.uk",
         [("Northern Imaging Alliance", None, "+441134960200"), ("Northern Imaging Alliance", "info@northernimaging.org.uk", None)]),
        # 13: a hospital's press page: the department names its organisation, the switchboard is the hospital's
        ("Media enquiries\n\n"
         "Journalists should contact the communications team at Kingsbridge General Hospital on 01752 430 110 during "
         "office hours. Outside these hours, please ring the hospital switchboard on 01752 430 000 and ask for the "
         "manager on call.\n"
         "Email: media@kingsbridge.nhs.uk",
         [("Kingsbridge General Hospital", None, "+441752430110"), ("Kingsbridge General Hospital", None, "+441752430000"),
          ("Kingsbridge General Hospital", "media@kingsbridge.nhs.uk", None)]),
        # 14: a press office with two officers; a number in a new section after them is no longer theirs
        ("Our press officers only answer questions from journalists. Members of the public are asked to use the "
         "online form.\n\n"
         "Research news\n"
         "Hannah Clarke\n"
         "Senior Press Officer\n"
         "T: +44 (0)20 7946 1234\n"
         "E: h.clarke@clinicalresearch.example.ac.uk\n\n"
         "Patient care\n"
         "Dr Oliver Bennett\n"
         "Press Officer\n"
         "T: +44 (0)20 7946 5678\n\n"
         "Evenings and weekends\n"
         "020 7946 0000",
         [("Hannah Clarke", "h.clarke@clinicalresearch.example.ac.uk", "+442079461234"), ("Oliver Bennett", None, "+442079465678"),
          (None, None, "+442079460000")]),
        # 15: a Norwegian eight-digit number, its country from the text; the organisation number is no phone
        ("Bergen, 12 June 2023 – The Norwegian health technology cluster has opened a test bed for hospital logistics "
         "together with two regional hospitals in Norway.\n\n"
         "For further information, please contact:\n"
         "Ingrid Solberg, Project Manager\n"
         "Phone 55 97 50 00\n\n"
         "Organisation number 987 654 321",
         [("Ingrid Solberg", None, "+4755975000")]),
        # 16: identifiers that look like numbers: ISBN, VAT, company number, bank account, opening hours
        ("The annual report (ISBN 978-1-4028-9462-6) can be ordered from our office, open from 09.00-17.00. "
         "Registered in England and Wales, company no. 04567890. VAT No. GB 123 4567 89. "
         "Bank: IBAN GB29 NWBK 6016 1331 9268 19.",
         []),
        # 17: a colophon: the publisher's address block and the editor with her address
        ("Spring issue of the members' magazine, with news from the hospitals and companies of the network.\n\n"
         "Published by the Northern Health Science Alliance\n"
         "14 Oxford Court, Manchester M2 3WQ\n"
         "Tel: 0161 234 5678\n\n"
         "Editor: Rachel Green\n"
         "rachel.green@nhsa-network.co.uk",
         [("Northern Health Science Alliance", None, "+441612345678"), ("Rachel Green", "rachel.green@nhsa-network.co.uk", None)]),
        # 18: a Belgian national number in an English release, its country from the addresses and towns
        ("The Brussels life-sciences cluster will host the delegation from Boston at its offices in Brussels, Belgium, "
         "before a visit to the campuses of Leuven and Ghent.\n\n"
         "Press contact: Eline Maes – eline.maes@lifesciences.brussels – 02 555 12 34",
         [("Eline Maes", "eline.maes@lifesciences.brussels", "+3225551234")]),
        # 19: a name followed by a preposition, a line with pipes, a heading word that is no organisation
        ("The cluster will open its new incubator in Cambridge next month, with room for twelve companies.\n\n"
         "Contact: Jane Doe on 01223 555 101 or jane.doe@biocluster.org.uk\n"
         "Media: Tom Baker | Communications Manager | +44 20 7946 0321 | tom.baker@biocluster.org.uk",
         [("Jane Doe", "jane.doe@biocluster.org.uk", "+441223555101"), ("Tom Baker", "tom.baker@biocluster.org.uk", "+442079460321")]),
        # 20: a number valid in two countries, read in the country of the address printed beside it
        ("The German partner cluster will welcome the delegation at its offices for a day of business meetings.\n\n"
         "Contact: Katrin Weber, Hauptstraße 5, D-10115 Berlin, Tel. 030 2345678, k.weber@healthcapital.de",
         [("Katrin Weber", "k.weber@healthcapital.de", "+49302345678")]),
        # 21: a colleague "at the same address" shares it (not the number)
        ("Registrations for the partnering day close at the end of March.\n\n"
         "Contact: Laura Hughes, Programme Manager, +44 20 7946 0455, l.hughes@medcity.example.org. Questions about "
         "travel can also go to her colleague Daniel Price at the same address.",
         [("Laura Hughes", "l.hughes@medcity.example.org", "+442079460455"), ("Daniel Price", "l.hughes@medcity.example.org", None)]),
        # 22: a number in the "About" paragraph is the organisation's it presents
        ("The new facility will open in September.\n\n"
         "Notes to editors\n\n"
         "About OxBio Cluster\n"
         "OxBio Cluster represents more than 200 life-science companies in Oxfordshire. For general enquiries call "
         "01865 555 000.",
         [("OxBio Cluster", None, "+441865555000")]),
        # 23: a sentence's end after an abbreviated title does not cut the name
        ("The delegation will be received by the board of the cluster on Monday.\n\n"
         "Press contact: Prof. Helen Ward, +44 20 7946 0777, h.ward@medcity.example.org",
         [("Helen Ward", "h.ward@medcity.example.org", "+442079460777")]),
        # a labelled national number valid in none of the evidenced regions: read in the field's
        # other countries (Germany here), whose numbering then reads the page's other numbers
        ("Press service\n\nJournalists can reach the duty press officer at all hours.\n\n"
         "Telephone: 089 4140 2000 (weekdays)\nEvenings: 0170 1234567",
         [(None, None, "+498941402000"), (None, None, "+491701234567")]),
        # an unlabelled run of digits is not read abroad
        ("The hospital treated 983 974 678 euros worth of claims and 05151 files last year.",
         []),
        # a contact card: the name, then the title and focus lines, then the labelled number
        ("Anna Lindqvist\n\nSenior Manager Partnerships\nFocus: Diagnostics & Digital Health\n\n"
         "Phone +46 (0)8 508 12 345\n\nThe regional network brings together more than a hundred companies.",
         [("Anna Lindqvist", None, "+46850812345")]),
        # a sentence between the name and the number: not a card
        ("Anna Lindqvist\n\nThe network welcomes new members. Applications open in May.\n\n"
         "Phone +46 (0)8 508 12 345",
         [(None, None, "+46850812345")]),
    ],
    "fr": [
        # 0: a block under "Contact presse :" over several lines, French mobile
        ("Lyonbiopôle présentera son rapport annuel à ses adhérents et partenaires lors de son assemblée générale à "
         "Lyon.\n\n"
         "Contact presse :\n"
         "Camille Durand\n"
         "Lyonbiopôle\n"
         "camille.durand@lyonbiopole.com\n"
         "06 74 21 85 03",
         [("Camille Durand", "camille.durand@lyonbiopole.com", "+33674218503")]),
        # 1: a French number with dots, on one line with dashes
        ("Le pôle dévoilera les lauréats de son concours de start-up lors de la soirée de clôture à Lille.\n\n"
         "Contacts presse :\n"
         "Julie Vasseur – Clubster NSL – jvasseur@clubster-nsl.com – 03.20.45.67.89",
         [("Julie Vasseur", "jvasseur@clubster-nsl.com", "+33320456789")]),
        # 2: an agency, +33 (0)1
        ("Medicen Paris Région organise une conférence de presse à l'occasion de la publication de son baromètre "
         "annuel.\n\n"
         "Relations presse :\n"
         "Agence Mots Clés\n"
         "Élodie Marchand – elodie@motscles.fr – +33 (0)1 45 67 89 10",
         [("Élodie Marchand", "elodie@motscles.fr", "+33145678910")]),
        # 3: two persons sharing one address
        ("Les journalistes sont invités à la cérémonie d'ouverture et à la conférence de presse qui suivra.\n\n"
         "Contacts presse :\n"
         "Agence Verbatim pour Eurobiomed\n"
         "Camille Roche et Julien Blanc\n"
         "eurobiomed@verbatim-rp.fr",
         [("Camille Roche", "eurobiomed@verbatim-rp.fr", None), ("Julien Blanc", "eurobiomed@verbatim-rp.fr", None)]),
        # 4: one line with two numbers
        ("BioValley France accueillera la journée de partenariat transfrontalière dans ses locaux de Strasbourg cet "
         "automne.\n\n"
         "Pour plus d'informations :\n"
         "Thomas Keller, chargé d'affaires, BioValley France\n"
         "thomas.keller@biovalley-france.com\n"
         "Tél. : 03 88 12 34 56 – 06 12 34 56 78",
         [("Thomas Keller", "thomas.keller@biovalley-france.com", "+33388123456"),
          ("Thomas Keller", "thomas.keller@biovalley-france.com", "+33612345678")]),
        # 5: a Belgian number in national format
        ("Le cluster wallon BioWin accueillera la délégation française à Charleroi pour deux journées de rencontres "
         "d'affaires.\n\n"
         "Contact :\n"
         "Sophie Dubois, BioWin\n"
         "sophie.dubois@biowin.org – 071 12 34 56",
         [("Sophie Dubois", "sophie.dubois@biowin.org", "+3271123456")]),
        # 6: an address only, in prose
        ("Les journalistes souhaitant assister à l'événement peuvent contacter Mathilde Perrin à l'adresse "
         "mathilde.perrin@medicen.org. Les demandes d'accréditation doivent être envoyées avant la fin du mois.",
         [("Mathilde Perrin", "mathilde.perrin@medicen.org", None)]),
        # 7: a phone number only, in prose
        ("Pour toute question, Romain Chevalier se tient à votre disposition au 04 91 23 45 67. Les inscriptions sont "
         "ouvertes à tous les adhérents du pôle Eurobiomed.",
         [("Romain Chevalier", None, "+33491234567")]),
        # 8: two contacts, the cluster's and its agency's
        ("Atlanpole Biotherapies dévoilera les lauréats de son concours de start-up lors de la soirée de remise des "
         "prix.\n\n"
         "Contacts presse :\n"
         "Atlanpole Biotherapies\n"
         "Marion Leroy – marion.leroy@atlanpole-biotherapies.com – 06 45 12 78 90\n"
         "Agence Mots & Co\n"
         "Paul Garnier – paul@motsandco.fr – 01 42 33 44 55",
         [("Marion Leroy", "marion.leroy@atlanpole-biotherapies.com", "+33645127890"),
          ("Paul Garnier", "paul@motsandco.fr", "+33142334455")]),
        # --- must produce nothing ---
        # 9: a web site and a social media handle
        ("Pour en savoir plus sur le programme, rendez-vous sur www.eurobiomed.org ou suivez le pôle sur LinkedIn et "
         "Twitter (@Eurobiomed). Le programme complet sera disponible la semaine prochaine.",
         []),
        # 10: a postal address
        ("Le siège du pôle se situe au 24 rue de la Science, 75013 Paris, au cœur d'un campus dédié aux biotechnologies. "
         "Les bureaux sont ouverts aux adhérents du lundi au vendredi.",
         []),
        # 11: large figures with space separators
        ("Depuis sa création, le pôle a accompagné 1 250 projets, pour un investissement total de 2 450 000 euros. Ces "
         "chiffres ont été présentés lors de l'assemblée générale.",
         []),
        # --- contacts d'organisations, télécopies, identifiants (issue 10) ---
        # 12: un en-tête : l'organisation au-dessus de l'adresse ; la télécopie n'est pas un téléphone
        ("Le pôle accompagne les entreprises de la filière santé de la région dans leurs projets d'innovation.\n\n"
         "Pôle Santé Innovation\n"
         "14, rue des Tanneurs\n"
         "69002 Lyon\n"
         "Tél. : 04 72 00 11 22\n"
         "Télécopie : 04 72 00 11 23\n"
         "contact@pole-sante-innovation.fr",
         [("Pôle Santé Innovation", None, "+33472001122"), ("Pôle Santé Innovation", "contact@pole-sante-innovation.fr", None)]),
        # 13: une page presse d'hôpital : standard et direction de la communication ; le nom vient du domaine
        ("Espace presse\n\n"
         "Le Centre hospitalier universitaire de Poitiers met à la disposition des journalistes un service joignable aux "
         "heures ouvrables.\n\n"
         "Standard : 05 49 44 44 44\n"
         "Direction de la communication : 05 49 44 38 11 – communication@chu-poitiers.fr",
         [("Centre hospitalier universitaire de Poitiers", None, "+33549444444"),
          ("Centre hospitalier universitaire de Poitiers", None, "+33549443811"),
          ("Centre hospitalier universitaire de Poitiers", "communication@chu-poitiers.fr", None)]),
        # 14: une signature de lettre ; le titre n'est pas dans le nom, le fax n'est pas un téléphone
        ("Nous avons le plaisir de vous convier à l'inauguration de notre plateforme d'imagerie le 12 juin prochain.\n\n"
         "Je vous prie d'agréer l'expression de mes salutations distinguées.\n\n"
         "Mme Hélène Garnier\n"
         "Directrice générale\n"
         "Pôle Vitalis\n"
         "12, avenue des Frères Lumière – 69008 Lyon\n"
         "Tél. : 04 78 00 12 34 – Fax : 04 78 00 12 35",
         [("Hélène Garnier", None, "+33478001234")]),
        # 15: un paragraphe de présentation qui finit par une adresse sans nom de personne
        ("L'Agence de Développement du Val de Loire accompagne depuis 2001 les entreprises qui s'implantent dans la région "
         "et anime le réseau des acteurs de la santé. Pour plus d'informations : www.adev-loire.fr "
         "(marc.perrin@adev-loire.fr)",
         [("Agence de Développement du Val de Loire", "marc.perrin@adev-loire.fr", None)]),
        # 16: des identifiants qui ressemblent à des numéros : SIRET, TVA, IBAN, boîte postale, ISBN, horaires
        ("Siège : BP 62 – SIRET 123 456 789 00012 – N° TVA intracommunautaire FR 12 123456789 – IBAN FR76 3000 6000 0112 "
         "3456 7890 189. Le rapport annuel (ISBN 978-2-07-036822-8) est disponible à l'accueil, ouvert de 9h00 à 17h30.",
         []),
        # 17: un colophon mis à plat : après la phrase sur une personne, le bloc d'adresse de l'organisation
        ("Comité de rédaction : Paul Girard, journaliste indépendant à Nantes. Pôle Santé Ouest Domaine de la "
         "Chantrerie - 44300 Nantes Tél : 02 40 12 34 56 - www.pole-sante-ouest.fr",
         [("Pôle Santé Ouest", None, "+33240123456")]),
        # 18: une personne avec ses coordonnées entre parenthèses, après une autre personne
        ("Le pôle organise sa convention d'affaires le 14 octobre à Marseille avec plus de 300 participants attendus.\n\n"
         "Contact presse : Julie Morel, tél. 04 91 12 34 56, courriel julie.morel@pole-sud.fr\n"
         "Inscriptions : Marc Antoine (marc.antoine@pole-sud.fr / 06 11 22 33 44)",
         [("Julie Morel", "julie.morel@pole-sud.fr", "+33491123456"), ("Marc Antoine", "marc.antoine@pole-sud.fr", "+33611223344")]),
        # 19: le service sous le nom d'une personne est le sien : le numéro est à elle
        ("Le pôle présentera ses résultats annuels lors de son assemblée générale à Strasbourg.\n\n"
         "Contact presse :\n"
         "Marie Dupont\n"
         "Service communication\n"
         "03 88 12 34 56\n"
         "marie.dupont@pole-est.fr",
         [("Marie Dupont", "marie.dupont@pole-est.fr", "+33388123456")]),
        # 20: un colophon à intitulés en capitales : chaque intitulé est celui du nom qui suit ; l'ISSN n'est
        # pas un numéro ; l'adresse de l'éditeur en bas de page
        ("La Lettre du pôle – n° 14 – printemps 2019\n\n"
         "DIRECTRICE DE LA PUBLICATION\n"
         "Sophie Marchal\n"
         "RÉDACTEUR EN CHEF\n"
         "Olivier Brun\n"
         "olivier.brun@pole-alpes.fr\n"
         "04 76 12 34 56\n"
         "MAQUETTE\n"
         "Atelier Graphik\n"
         "ISSN 2105-4471\n\n"
         "Pôle Santé Alpes\n"
         "17, rue des Martyrs\n"
         "38000 Grenoble\n"
         "Tél. 04 76 00 00 00",
         [("Olivier Brun", "olivier.brun@pole-alpes.fr", "+33476123456"), ("Pôle Santé Alpes", None, "+33476000000")]),
        # 21: des noms écrits avec leurs initiales
        ("Le laboratoire accueillera la délégation du pôle le 4 juin pour une journée de démonstrations.\n\n"
         "Contact : D. Laune – d.laune@univ-montpellier-exemple.fr – 04 67 12 34 56\n"
         "Contact presse : J.-P. Martin, 06 12 34 56 78",
         [("D. Laune", "d.laune@univ-montpellier-exemple.fr", "+33467123456"), ("J.-P. Martin", None, "+33612345678")]),
        # 22: une agence sans personne nommée garde son nom tel qu'écrit ; l'en-tête suivant est un autre contact
        ("Le pôle tiendra sa conférence de presse le 5 mai à Toulouse, en présence de ses partenaires régionaux.\n\n"
         "Contact presse :\n"
         "Agence Oxygen\n"
         "Tél. : 05 62 73 00 01\n"
         "presse@oxygen-rp.com\n\n"
         "Agence Régionale de Santé Occitanie\n"
         "26-28 Parc-Club du Millénaire\n"
         "34067 Montpellier Cedex 2\n"
         "Standard : 04 67 07 20 07",
         [("Agence Oxygen", None, "+33562730001"), ("Agence Oxygen", "presse@oxygen-rp.com", None),
          ("Agence Régionale de Santé Occitanie", None, "+33467072007")]),
        # 23: une boîte générique après la fin de la phrase d'une citation n'est pas celle de l'orateur
        ("« Cette croissance montre la vitalité de notre filière », conclut Jean Martin, président du pôle. "
         "Contact : contact@pole-vitalis.fr\n\n"
         "Le pôle Vitalis rassemble 150 adhérents dans la région.",
         [("Pôle Vitalis", "contact@pole-vitalis.fr", None)]),
        # une fiche d'annuaire : le titre d'une page n'est pas une signature ; le sigle suivi de la
        # ville prend la forme développée que la page écrit en toutes lettres
        ("Fiche\n\nCHR Orléans\nAdresse :\n14 avenue de l'Hôpital\n45100 ORLÉANS\n02 38 51 44 44\nwww.chr-orleans.fr\n"
         "CENTRE HOSPITALIER RÉGIONAL D'ORLÉANS\n\nLe centre hospitalier régional accueille chaque année "
         "des milliers de patients de la région et de ses départements voisins.",
         [("Centre Hospitalier Régional d'Orléans", None, "+33238514444")]),
        # un sigle seul reste le nom que la page emploie
        ("Les Instituts Régionaux de Santé ont publié leur bilan annuel pour la région.\n\n"
         "Contact presse : IRS\n03 20 44 55 66",
         [("IRS", None, "+33320445566")]),
    ],
    "nl": [
        # 0: a block under "Perscontact:" over several lines, +31 6
        ("Health Valley Netherlands presenteert het jaarverslag tijdens de algemene ledenvergadering in Nijmegen.\n\n"
         "Perscontact:\n"
         "Lisa de Boer\n"
         "Health Valley Netherlands\n"
         "l.deboer@healthvalley.nl\n"
         "+31 6 12345678",
         [("Lisa de Boer", "l.deboer@healthvalley.nl", "+31612345678")]),
        # 1: an Amsterdam number, 020-123 4567
        ("De branchevereniging organiseert samen met de Franse clusters een matchmakingdag voor biotechbedrijven in "
         "Amsterdam.\n\n"
         "Voor meer informatie:\n"
         "Mark Visser, HollandBIO\n"
         "m.visser@hollandbio.nl – 020-123 4567",
         [("Mark Visser", "m.visser@hollandbio.nl", "+31201234567")]),
        # 2: a Belgian number
        ("Het Vlaamse cluster flanders.bio ontvangt de Franse delegatie in Gent voor twee dagen met zakelijke "
         "ontmoetingen.\n\n"
         "Contact:\n"
         "Nathalie Peeters, flanders.bio\n"
         "nathalie.peeters@flanders.bio – +32 9 234 56 78",
         [("Nathalie Peeters", "nathalie.peeters@flanders.bio", "+3292345678")]),
        # 3: two persons sharing one address
        ("Journalisten zijn welkom bij de openingsceremonie en de persconferentie die daarop volgt in Den Haag.\n\n"
         "Perscontact:\n"
         "Eva Smits en Tom Hermans\n"
         "pers@rvo.nl",
         [("Eva Smits", "pers@rvo.nl", None), ("Tom Hermans", "pers@rvo.nl", None)]),
        # 4: one line with two numbers
        ("De Innovatie Attaché in Parijs begeleidt Nederlandse bedrijven die willen samenwerken met Franse "
         "gezondheidsclusters.\n\n"
         "Contactpersoon:\n"
         "Joost Mulder, Innovatie Attaché Parijs\n"
         "joost.mulder@minbuza.nl\n"
         "Tel.: +33 1 40 62 33 44 / +31 6 23456789",
         [("Joost Mulder", "joost.mulder@minbuza.nl", "+33140623344"),
          ("Joost Mulder", "joost.mulder@minbuza.nl", "+31623456789")]),
        # 5: a French number in a Dutch sentence
        ("Voor vragen over de handelsmissie kunt u contact opnemen met Anouk Verbeek via +33 (0)1 40 62 33 45 of "
         "anouk.verbeek@twa-fr.nl. Zij is op werkdagen bereikbaar.",
         [("Anouk Verbeek", "anouk.verbeek@twa-fr.nl", "+33140623345")]),
        # 6: an address only, in prose
        ("Journalisten die het evenement willen bijwonen, kunnen contact opnemen met Femke Dekker via "
         "femke.dekker@brightlands.com. Aanmelden kan tot het einde van de maand.",
         [("Femke Dekker", "femke.dekker@brightlands.com", None)]),
        # 7: a phone number only
        ("De persmap en de foto's van het evenement kunnen worden opgevraagd bij de persvoorlichter van het "
         "cluster.\n\n"
         "Perscontact:\n"
         "Ruben de Graaf – 030-234 5678",
         [("Ruben de Graaf", None, "+31302345678")]),
        # 8: an agency above the person, 06-12345678
        ("Het cluster maakt tijdens de slotavond de winnaars van de start-upwedstrijd bekend in het congrescentrum.\n\n"
         "Perscontact:\n"
         "Communicatiebureau Noord\n"
         "Iris Bos – iris@bureaunoord.nl – 06-23456789",
         [("Iris Bos", "iris@bureaunoord.nl", "+31623456789")]),
        # --- must produce nothing ---
        # 9: a web site and a social media handle
        ("Meer informatie over het programma vindt u op www.rvo.nl of volg het netwerk op LinkedIn en Twitter "
         "(@RVO_Int). Het volledige programma wordt volgende week gepubliceerd.",
         []),
        # 10: a postal address
        ("Het kantoor van het cluster is gevestigd aan de Nijmeegse Baan 3, 6525 GA Nijmegen, op de campus van de "
         "universiteit. Bezoekers zijn van maandag tot en met vrijdag welkom.",
         []),
        # 11: a grant number
        ("Het project met subsidienummer 101057437 wordt gefinancierd door de Europese Unie in het kader van Horizon "
         "Europe. Het consortium bestaat uit partners uit Nederland en Frankrijk.",
         []),
        # een kop die de organisatie noemt, een rol in kleine letters, een ondernemingsnummer dat geen telefoon is
        ("De oproep staat open tot eind januari voor alle bedrijven uit beide regio's.\n\n"
         "Perscontact flanders.bio: Femke Claeys, communicatieverantwoordelijke – femke.claeys@flanders.bio – +32 9 241 11 11\n"
         "Perscontact BioWin: Maxime Lejeune – maxime.lejeune@biowin.org – +32 71 37 82 11\n\n"
         "flanders.bio vzw – Technologiepark 82, 9052 Zwijnaarde – ondernemingsnummer 0478.213.602",
         [("Femke Claeys", "femke.claeys@flanders.bio", "+3292411111"), ("Maxime Lejeune", "maxime.lejeune@biowin.org", "+3271378211")]),
        # --- contactpunten van organisaties, faxnummers, nummers die geen telefoon zijn (issue 10) ---
        # 13: een briefhoofd met postbus; de telefax is geen telefoon
        ("De stichting ondersteunt innovatieve zorgprojecten van ziekenhuizen en bedrijven in het noorden van het land.\n\n"
         "Stichting Zorginnovatie Noord\n"
         "Postbus 1234\n"
         "9700 AB Groningen\n"
         "Telefoon (050) 311 22 33\n"
         "Telefax (050) 311 22 34\n"
         "info@zorginnovatienoord.nl",
         [("Stichting Zorginnovatie Noord", None, "+31503112233"), ("Stichting Zorginnovatie Noord", "info@zorginnovatienoord.nl", None)]),
        # 14: een perspagina van een ziekenhuis: de afdeling noemt het ziekenhuis, de centrale hoort erbij
        ("Pers en media\n\n"
         "Journalisten kunnen tijdens kantooruren contact opnemen met de afdeling Communicatie van het Rivierenland "
         "Ziekenhuis via telefoonnummer 0344 67 49 11 of per e-mail: communicatie@zrt.nl.\n\n"
         "Buiten kantooruren belt u met de centrale van het ziekenhuis: 0344 67 40 00.",
         [("Rivierenland Ziekenhuis", None, "+31344674911"), ("Rivierenland Ziekenhuis", "communicatie@zrt.nl", None),
          ("Rivierenland Ziekenhuis", None, "+31344674000")]),
        # 15: Belgische nummers zonder landcode; een titel hoort niet bij de naam
        ("Het Vlaamse cluster stelt zijn jaarverslag voor aan de leden tijdens de algemene vergadering in Mechelen.\n\n"
         "Met vriendelijke groeten,\n\n"
         "dr. Pieter Janssens\n"
         "Woordvoerder\n"
         "Tel. 015/28 44 10\n"
         "GSM 0475 12 34 56\n"
         "pieter.janssens@zorgcluster.be",
         [("Pieter Janssens", "pieter.janssens@zorgcluster.be", "+3215284410"),
          ("Pieter Janssens", "pieter.janssens@zorgcluster.be", "+32475123456")]),
        # 16: een adres zonder persoon: de naam van de organisatie staat in het e-maildomein
        ("De Nederlandse Zorgautoriteit (NZa) publiceert vandaag haar jaarlijkse monitor van de wachttijden. "
         "Journalisten kunnen hun vragen sturen naar pers@nza.nl. Vragen worden binnen een werkdag beantwoord.",
         [("NZa", "pers@nza.nl", None)]),
        # 17: nummers die geen telefoon zijn: KvK, IBAN, btw, postbus, openingstijden
        ("Het secretariaat (Postbus 9101) is bereikbaar van 08.30 tot 17.00 uur. KvK 12345678, BTW NL001234567B01, "
         "IBAN NL91 ABNA 0417 1643 00. De statuten liggen ter inzage op het kantoor.",
         []),
        # 18: een adres tegen spam, "(at)"
        ("Wie wil deelnemen aan de matchmakingdag kan zich tot eind maart aanmelden bij Sanne Vermeulen via "
         "s.vermeulen(at)medtech-oost.nl. Deelname is gratis voor leden.",
         [("Sanne Vermeulen", "s.vermeulen@medtech-oost.nl", None)]),
        # 19: woordvoerders per onderwerp; het algemene persnummer is van niemand in het bijzonder
        ("Voor vragen van journalisten over het onderzoek kunt u contact opnemen met de woordvoerders.\n\n"
         "Onderwerp: vaccinontwikkeling\n"
         "Sanne de Wit, 06-12 34 56 78\n\n"
         "Onderwerp: subsidies en financiering\n"
         "Bram Hoekstra, 06-87 65 43 21\n\n"
         "Algemeen persnummer: 030 - 274 91 11 (ook buiten kantooruren)",
         [("Sanne de Wit", None, "+31612345678"), ("Bram Hoekstra", None, "+31687654321"), (None, None, "+31302749111")]),
        # 20: een collega "via hetzelfde e-mailadres" deelt het adres
        ("Aanmelden voor de handelsmissie kan tot half april.\n\n"
         "Contactpersoon: Marieke Jansen, projectleider, 06-34567890, m.jansen@zorgcluster-oost.nl. Voor vragen over "
         "de reis kunt u ook terecht bij haar collega Ruud Willems, via hetzelfde e-mailadres.",
         [("Marieke Jansen", "m.jansen@zorgcluster-oost.nl", "+31634567890"), ("Ruud Willems", "m.jansen@zorgcluster-oost.nl", None)]),
        # 21: een adres in de alinea "Over ..." hoort bij de organisatie die ze voorstelt
        ("Het consortium start in januari met de eerste klinische studie.\n\n"
         "Over Zorgcluster Twente\n"
         "Zorgcluster Twente verbindt bedrijven, kennisinstellingen en zorgaanbieders in de regio. Vragen? Mail naar "
         "secretariaat@zct-netwerk.nl.",
         [("Zorgcluster Twente", "secretariaat@zct-netwerk.nl", None)]),
        # 22: een colofon: "Redactie" boven een naam is een kop, geen afdeling; het nummer eronder is van de uitgever
        ("Colofon van het kwartaalblad over zorginnovatie in de regio, verschijnt vier keer per jaar.\n\n"
         "Redactie\n"
         "Anouk Peters\n"
         "anouk.peters@zorgnetwerk-zeeland.nl\n\n"
         "Uitgave van Stichting Zorgnetwerk Zeeland\n"
         "Postbus 210, 4330 AE Middelburg\n"
         "Telefoon 0118 42 55 00",
         [("Anouk Peters", "anouk.peters@zorgnetwerk-zeeland.nl", None), ("Stichting Zorgnetwerk Zeeland", None, "+31118425500")]),
        # 23: faxnummers met het label ervoor of erachter; "Tel/Fax" is ook een telefoon
        ("Het secretariaat van het netwerk is op werkdagen bereikbaar voor leden en partners.\n\n"
         "Contactpersoon: Linda Bos\n"
         "T 030 - 123 45 67 F 030 - 123 45 68\n"
         "+31 (0)30 123 4569 (fax)\n"
         "Tel/Fax thuiswerkplek: 0346 25 11 22",
         [("Linda Bos", None, "+31301234567"), ("Linda Bos", None, "+31346251122")]),
        # 24: een colofon met koppen: elke kop opent een nieuwe regel; de stichting boven haar postbus
        ("Colofon van de nieuwsbrief over medische innovatie in Noord-Nederland.\n\n"
         "Redactie\n"
         "Stichting Medische Innovatie Groningen\n"
         "Postbus 30001, 9700 RB Groningen\n"
         "T (050) 361 61 61\n"
         "E redactie@smig.nl\n\n"
         "Hoofdredacteur: Marieke de Vries\n"
         "Eindredactie: Joost van Dam, j.vandam@smig.nl, 06-23456789\n"
         "Vormgeving: Studio Noord\n"
         "KvK 12345678",
         [("Stichting Medische Innovatie Groningen", None, "+31503616161"),
          ("Stichting Medische Innovatie Groningen", "redactie@smig.nl", None),
          ("Joost van Dam", "j.vandam@smig.nl", "+31623456789")]),
        # 25: een tabel van woordvoerders met lege regels: de naam staat in de alinea boven het nummer
        ("Woordvoerders per onderwerp, uitsluitend voor journalisten.\n\n"
         "Jeugdzorg\n\n"
         "Fleur Dijkman\n\n"
         "+31 (0)6 22 33 44 55\n\n"
         "Ouderenzorg\n\n"
         "Martijn Kok\n\n"
         "+31 (06) 55 44 33 22",
         [("Fleur Dijkman", None, "+31622334455"), ("Martijn Kok", None, "+31655443322")]),
        # een inflected afdelingsregel: "het algemene nummer van <organisatie>" geeft de organisatie;
        # het andere nummer van de pagina hoort bij dezelfde organisatie
        ("Persvragen\n\nOverdag belt u met de persvoorlichter via 030 - 276 4000.\n\n"
         "'s Avonds belt u het algemene nummer van Ziekenhuis Rijnoord 030 - 276 9111.",
         [("Ziekenhuis Rijnoord", None, "+31302764000"), ("Ziekenhuis Rijnoord", None, "+31302769111")]),
        # een visitekaartje: naam, functie, dan het nummer
        ("Pieter Jansen\n\nAccountmanager bij de regionale ontwikkelingsmaatschappij\n\nTel. 040 - 123 45 67\n\n"
         "Wij helpen bedrijven in de regio met hun plannen voor groei en innovatie.",
         [("Pieter Jansen", None, "+31401234567")]),
    ],
}
