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
    ],
}
