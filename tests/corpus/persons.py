"""Persons corpus: hand-written press-release sentences and every named natural person
in them, as ``(name, role, organization)``; role and organisation as the text states
them (``None`` where it states none). Names in natural case ("Marie DURAND" is
"Marie Durand"), without honorifics. An empty list means the text names no person
(organisations, places and products named after people are not persons).
"""

EXAMPLES = {
    "en": [
        # 0: "X, General Manager of Y" after a quote
        ("\"Our members have shown remarkable agility during the crisis,\" said Nathalie Roux, General Manager of "
         "Eurobiomed. The cluster will present its new strategy at the annual meeting in Marseille.",
         [("Nathalie Roux", "General Manager", "Eurobiomed")]),
        # 1: "Y's CEO X"
        ("Medicen Paris Region's CEO Thomas Bernard welcomed the announcement of the new public funding. He believes "
         "it will accelerate the adoption of digital health solutions in hospitals.",
         [("Thomas Bernard", "CEO", "Medicen Paris Region")]),
        # 2: upper-case surname after "according to"
        ("According to Hélène MARCHAND, President of Lyonbiopôle, the partnership will strengthen the European vaccine "
         "ecosystem. The agreement was signed during the international convention in San Diego.",
         [("Hélène Marchand", "President", "Lyonbiopôle")]),
        # 3: honorific, "at Y"
        ("Dr Sarah Collins, Chief Scientific Officer at Oxford Vaccine Partners, presented the first clinical results "
         "to the members of the cluster. The audience included investors and hospital clinicians.",
         [("Sarah Collins", "Chief Scientific Officer", "Oxford Vaccine Partners")]),
        # 4: two persons in one sentence
        ("The award was presented by Laurent Girard, Vice-President of Atlanpole Biotherapies, and by Julia Schneider, "
         "Managing Director of BioRN. Both clusters have worked together on cell therapy for several years.",
         [("Laurent Girard", "Vice-President", "Atlanpole Biotherapies"),
          ("Julia Schneider", "Managing Director", "BioRN")]),
        # 5: a role line above the name in a contact block
        ("The cluster will publish the full programme of the business convention next week on its website, together "
         "with the list of speakers.\n\n"
         "Communications Manager\n"
         "Julie Moreau\n"
         "BioValley France\n"
         "julie.moreau@biovalley-france.com",
         [("Julie Moreau", "Communications Manager", "BioValley France")]),
        # 6: a person with no role stated
        ("The jury also awarded a special prize to Antoine Lefebvre for his work on antimicrobial resistance. His "
         "start-up is hosted on the Genopole campus south of Paris.",
         [("Antoine Lefebvre", None, None)]),
        # 7: "explains Professor X, Head of Operations at Y"
        ("\"This is a milestone for the whole ecosystem,\" explains Professor Mark Jansen, Head of Operations at Health "
         "Valley Netherlands. The Dutch cluster joined the consortium last year.",
         [("Mark Jansen", "Head of Operations", "Health Valley Netherlands")]),
        # 8: two persons, "Chairman of the Italian cluster Y", "CEO of Y"
        ("Marco Rossi, Chairman of the Italian cluster ALISEI, and Eva Lindqvist, CEO of Medicon Valley Alliance, "
         "signed the memorandum of understanding in Copenhagen. The agreement covers joint calls for projects.",
         [("Marco Rossi", "Chairman", "ALISEI"), ("Eva Lindqvist", "CEO", "Medicon Valley Alliance")]),
        # 9: "chaired by X, Project Manager at Y"
        ("The session will be chaired by Sophie Laurent, Project Manager at Clubster NSL. Registration is free for "
         "members of the cluster and its partners from the food and health industries.",
         [("Sophie Laurent", "Project Manager", "Clubster NSL")]),
        # --- must produce nothing ---
        # 10: hospitals named after people
        ("The clinical study will be conducted at Gustave Roussy and Institut Curie, two leading cancer centres in the "
         "Paris region. Results are expected by the end of next year.",
         []),
        # 11: companies named after people
        ("Pierre Fabre and Boehringer Ingelheim have joined the advisory committee of the cluster. Both companies have "
         "production sites in the south of France and in Germany.",
         []),
        # 12: place names and a product name
        ("The start-up is based in Saint-Genis-Laval, close to the Marcy l'Étoile campus, and its lead product, "
         "Vaxiclear, is now in clinical development. The company plans to open an office in San Francisco.",
         []),
        # 13: a building and a university named after people
        ("The conference will take place in the Marie Curie auditorium of Paul Sabatier University in Toulouse. "
         "Participants can register online until the end of the month.",
         []),
        # rule-based: a name whose first name the list lacks, known by its role
        ("The new programme was presented by Aurelio Vantongeren, Head of Operations of Eurobiomed. It starts in "
         "September and will run for three years with twelve partner companies.",
         [("Aurelio Vantongeren", "Head of Operations", "Eurobiomed")]),
        # nothing: an event name followed by a clause, not a person with a profession
        ("The agreement was signed during the Atlantic Biotherapy Days, in the presence of twenty Danish and Swedish "
         "companies. It builds on an earlier exchange programme launched in 2019.",
         []),
        # an organisation in brackets; a role given by a verb
        ("\"Speed matters,\" says Thibaut Marchetti (Lyonbiopôle). Ingvild Haugland, who heads Oslo Cancer Cluster, "
         "agreed that both networks should share their recruitment data.",
         [("Thibaut Marchetti", None, "Lyonbiopôle"), ("Ingvild Haugland", "Head", "Oslo Cancer Cluster")]),
        # --- issue 10: structure of the sentence, lists, signatures ---
        # a role stated once for a list ("namely"), a title overridden by the list's role
        ("The jury brought together three researchers, namely Dr Ellen Hartley, Tomasz Nowak and Priya Raman, to "
         "review the applications. The winners will be announced in May.",
         [("Ellen Hartley", "researcher", None), ("Tomasz Nowak", "researcher", None), ("Priya Raman", "researcher", None)]),
        # organisations in brackets after each name of a list
        ("The new board: Helen Marsh (Oxford Biomedica), Daniel Kerr (Cambridge Enterprise) and Laura Finch "
         "(Imperial College). It meets four times a year.",
         [("Helen Marsh", None, "Oxford Biomedica"), ("Daniel Kerr", None, "Cambridge Enterprise"),
          ("Laura Finch", None, "Imperial College")]),
        # "Name (Role of Org)"
        ("The keynote was given by Oliver Grant (Chief Scientific Officer of Evotec), who described the company's "
         "new screening platform to an audience of two hundred.",
         [("Oliver Grant", "Chief Scientific Officer", "Evotec")]),
        # a role before the name; the organisation is the cluster the text is about
        ("Medicon Valley Alliance held its annual meeting in Copenhagen. \"We will double our programmes,\" said "
         "director Anders Holm. Medicon Valley Alliance counts companies on both sides of the Øresund.",
         [("Anders Holm", "director", "Medicon Valley Alliance")]),
        # a signature: name, role and organisation on lines of their own
        ("We look forward to welcoming you in Glasgow.\n\nKind regards,\n\nMartin Hughes\nHead of Communications\n"
         "BioCity Scotland",
         [("Martin Hughes", "Head of Communications", "BioCity Scotland")]),
        # initials, a Mac name, organisations in brackets in a bulleted list under a committee's heading
        ("Members of the scientific committee\n\n  • K. Wheeler (Oxford Nanopore)\n  • R. MacAllister (GSK)\n\n"
         "The committee reviews every application within a month.",
         [("K. Wheeler", "member", "Oxford Nanopore"), ("R. MacAllister", "member", "GSK")]),
        # an apposition whose organisation ends a chain of prepositions (dependency parse)
        ("\"Recruitment has doubled,\" said Grace Obi, head of the clinical operations unit at Cambridge Biomedical "
         "Campus. The unit runs forty trials.",
         [("Grace Obi", "head of the clinical operations unit", "Cambridge Biomedical Campus")]),
        # a colleague mentioned in passing; a title as the role when no function is printed
        ("Dr Sarah Lund of Karolinska Institutet and her colleague Erik Sandberg presented the first results of the "
         "trial in Stockholm.",
         [("Sarah Lund", "Dr", "Karolinska Institutet"), ("Erik Sandberg", None, "Karolinska Institutet")]),
        # a public office names no organisation
        ("The building was opened by Prime Minister Jonas Berg, who praised the partnership between the region and "
         "the university.",
         [("Jonas Berg", "Prime Minister", None)]),
        # nothing: a company named after its founder, printed with its legal form
        ("The contract went to Thomas Keller AG, a Swiss engineering firm. Thomas Keller employs three hundred people "
         "in Basel and Zurich.",
         []),
        # nothing: a title without a name
        ("The Chief Executive welcomed the delegates and presented the programme of the day. Lunch was served in the "
         "main hall.",
         []),
        # a signature after an honorific: the name, the role, the organisation
        ("Thank you for your interest in the programme.\n\nBest wishes,\n\nDr Hannah Webb\nProgramme Manager\n"
         "London Bioscience Innovation Centre",
         [("Hannah Webb", "Programme Manager", "London Bioscience Innovation Centre")]),
        # names listed under a heading that names a body are its members
        ("Scientific Advisory Board\n\nThe board advises the cluster on its research strategy and meets twice a "
         "year.\n\n• Maria Lopez (Karolinska Institutet)\n• Peter Haas (ETH Zurich)\n",
         [("Maria Lopez", "member", "Karolinska Institutet"), ("Peter Haas", "member", "ETH Zurich")]),
        # a verb of appointment before the role; the organisation ends before the clause goes on
        ("The board of BioWales met in Cardiff on Monday. Claire Hughes has been appointed Chief Executive of BioWales "
         "and will take up her post in March. She succeeds Tom Price, who retires after ten years.",
         [("Claire Hughes", "Chief Executive", "BioWales"), ("Tom Price", None, None)]),
        # the dependency parse: an apposition whose title follows the article and the owner's name
        ("The programme was presented by Laura Chen, the cluster's newly appointed managing director, at the annual "
         "meeting of Medicon Valley Alliance in Copenhagen. Medicon Valley Alliance counts 300 members.",
         [("Laura Chen", "managing director", "Medicon Valley Alliance")]),
        ("\"We are ready,\" said Tom Walsh, Biocat's long-serving head of international affairs, in Barcelona on "
         "Monday. The two clusters will exchange staff next year.",
         [("Tom Walsh", "head of international affairs", "Biocat")]),
        # a function and its organisation before the academic title: the function is the role
        ("Northfield University Dean, Professor Alan Hughes, said the new laboratory would train two hundred "
         "students a year in bioprocessing.",
         [("Alan Hughes", "Dean", "Northfield University")]),
        # nothing: a building and a learned society are no persons
        ("The Rowan Building will host the meetings of the Royal Chemistry Society from next spring. The hall "
         "seats four hundred people.",
         []),
        # a company named like a person, given as someone's organisation, is no person
        ("The new wing was opened by Tom Fielding, Managing Director at Lena Hartwell, which makes surgical "
         "instruments in Leeds.",
         [("Tom Fielding", "Managing Director", "Lena Hartwell")]),
        # a capitalised word that qualifies the title comes before the organisation
        ("The panel included Rachel Dunn, Director Clinical of Helixa Biologics, and two hospital pharmacists.",
         [("Rachel Dunn", "Director Clinical", "Helixa Biologics")]),
        # a profile page: the name header, a blank line, then the role line
        ("Laura Bennett\n\nBusiness Development Manager\nTel +44 1904 555 210\n\nThe team answers questions "
         "about membership and events.",
         [("Laura Bennett", "Business Development Manager", None)]),
        # a directory: the heading line above the name holds the title and its organisation (the
        # second heading names none: the organisation the page is about)
        ("Senior staff\n\nDirector of Kestrel Genomics:\nDr Owen Pryce\nHead of Communications:\nNadia Welsh\n",
         [("Owen Pryce", "Director", "Kestrel Genomics"), ("Nadia Welsh", "Head of Communications", "Kestrel Genomics")]),
        # a contact line headed by its organisation, a long region in brackets after it
        ("The two clusters will present the results of their joint call for projects in Paris next month.\n\n"
         "Press contacts:\n\nMedicen Paris Region (Île-de-France and the Centre-Val de Loire Regions): Chloé Girard – "
         "c.girard@medicen.org 06 12 34 56 78\n",
         [("Chloé Girard", "Press contacts", "Medicen Paris Region")]),
    ],
    "fr": [
        # 0: "X, Directrice Générale d'Y" after a quote
        ("« Nos adhérents ont fait preuve d'une grande réactivité pendant la crise », souligne Nathalie Roux, "
         "Directrice Générale d'Eurobiomed. Le pôle présentera sa nouvelle feuille de route lors de son assemblée "
         "générale à Marseille.",
         [("Nathalie Roux", "Directrice Générale", "Eurobiomed")]),
        # 1: "comme l'explique X, président de Y"
        ("Comme l'explique Jean-Pierre Lambert, président de Lyonbiopôle, « cette alliance renforce la place de la "
         "France dans la course aux vaccins ». L'accord a été signé en marge d'un salon international.",
         [("Jean-Pierre Lambert", "président", "Lyonbiopôle")]),
        # 2: upper-case surname after "selon"
        ("Selon Marie DURAND, déléguée générale de Medicen Paris Région, le numérique en santé est une priorité pour "
         "les années à venir. Le pôle lancera un nouvel appel à projets au printemps.",
         [("Marie Durand", "déléguée générale", "Medicen Paris Région")]),
        # 3: honorific "le Pr", "directeur scientifique de l'Y"
        ("Le prix a été remis par le Pr Philippe Moreau, directeur scientifique de l'Institut de recherche en santé de "
         "Nantes. Le jury a salué la qualité des projets présentés cette année.",
         [("Philippe Moreau", "directeur scientifique", "Institut de recherche en santé de Nantes")]),
        # 4: two persons, "cofondatrice de la start-up Y", "chargé d'affaires chez Y"
        ("Anne-Sophie Garnier, cofondatrice de la start-up Cellivia, et Thomas Petit, chargé d'affaires chez Atlanpole "
         "Biotherapies, animeront la table ronde. Les inscriptions sont ouvertes jusqu'à la fin du mois.",
         [("Anne-Sophie Garnier", "cofondatrice", "Cellivia"),
          ("Thomas Petit", "chargé d'affaires", "Atlanpole Biotherapies")]),
        # 5: a role line above the name in a contact block
        ("Le programme complet de la convention d'affaires sera publié la semaine prochaine sur le site du pôle, avec "
         "la liste des intervenants.\n\n"
         "Chargée de communication\n"
         "Léa Fontaine\n"
         "BioValley France\n"
         "lea.fontaine@biovalley-france.com",
         [("Léa Fontaine", "Chargée de communication", "BioValley France")]),
        # 6: a person with no role stated
        ("Le jury a également décerné un prix spécial à Julien Mercier pour ses travaux sur l'antibiorésistance. Sa "
         "start-up est hébergée sur le campus de Genopole, au sud de Paris.",
         [("Julien Mercier", None, None)]),
        # 7: "X, président du pôle Y, a annoncé"
        ("Étienne Laurent, président du pôle Clubster NSL, a annoncé l'ouverture d'un nouveau programme "
         "d'accompagnement. Celui-ci s'adresse aux entreprises de la nutrition et de la santé.",
         [("Étienne Laurent", "président", "Clubster NSL")]),
        # 8: "Pour X, PDG de Y"
        ("Pour Isabelle Martin, PDG de Neuralis, « l'accompagnement du pôle a été décisif pour notre levée de fonds ». "
         "L'entreprise toulousaine a ouvert un nouveau laboratoire cette année.",
         [("Isabelle Martin", "PDG", "Neuralis")]),
        # 9: honorific "Mme", "vice-présidente de la Région Y"
        ("Mme Catherine Lefèvre, vice-présidente de la Région Pays de la Loire, a inauguré le nouveau bâtiment. Elle "
         "était accompagnée des dirigeants du pôle et des représentants de la métropole.",
         [("Catherine Lefèvre", "vice-présidente", "Région Pays de la Loire")]),
        # --- must produce nothing ---
        # 10: hospitals named after people
        ("L'essai clinique sera mené à l'Institut Gustave Roussy et au Centre Léon Bérard, deux centres de lutte "
         "contre le cancer. Les premiers résultats sont attendus à la fin de l'année prochaine.",
         []),
        # 11: companies and foundations named after people
        ("Les Laboratoires Pierre Fabre et la Fondation Mérieux rejoignent le comité stratégique du pôle. Les deux "
         "organisations disposent de sites de production en Occitanie et en Auvergne-Rhône-Alpes.",
         []),
        # 12: place names and a product name
        ("La start-up est installée à Saint-Priest, près du campus Charles Mérieux, et son produit phare, Dermacell, "
         "entre en phase clinique. Elle prévoit d'ouvrir un bureau à Boston l'an prochain.",
         []),
        # 13: a hospital and a university named after people
        ("La cérémonie se tiendra à l'hôpital Édouard Herriot, puis à l'Université Claude Bernard à Lyon. L'accès est "
         "libre pour les adhérents du pôle et leurs partenaires.",
         []),
        # a speciality between the title and the organisation
        ("Le jury, présidé par Gaëtan Kerbrat, professeur d'immunologie au CHU de Nantes, sélectionnera les projets. "
         "Les résultats seront annoncés lors des rencontres régionales de la santé.",
         [("Gaëtan Kerbrat", "professeur d'immunologie", "CHU de Nantes")]),
        # un nom de famille en capitales avec sa particule
        ("« Nous changeons d'échelle », souligne Gwenaëlle LE BIHAN, directrice générale d'Eurobiomed. Le pôle "
         "présentera sa feuille de route lors de son assemblée générale.",
         [("Gwenaëlle Le Bihan", "directrice générale", "Eurobiomed")]),
        # --- issue 10 ---
        # « A de X, B de Y et C de Z » : chaque nom avec son organisation
        ("Le conseil d'administration réunit désormais Claire Dubois de Sanofi, Marc Lefort de Servier et Sophie "
         "Garnier de l'Inserm. Il se réunira chaque trimestre.",
         [("Claire Dubois", None, "Sanofi"), ("Marc Lefort", None, "Servier"), ("Sophie Garnier", None, "Inserm")]),
        # « à la tête de » : une organisation, pas un titre
        ("À la tête de l'Institut Pasteur de Lille, Benoît Deprez mise sur la recherche translationnelle. Son équipe "
         "compte une centaine de chercheurs.",
         [("Benoît Deprez", None, "Institut Pasteur de Lille")]),
        # « du pôle » : le pôle dont parle le texte
        ("Atlanpole Biotherapies a tenu son assemblée générale à Nantes. La directrice générale du pôle, Hélène "
         "Vasseur, a présenté le bilan de l'année.",
         [("Hélène Vasseur", "directrice générale", "Atlanpole Biotherapies")]),
        # un titre sans fonction : le titre est le rôle
        ("Le Pr Jean-Luc Moreau a ouvert la séance. Les débats ont porté sur l'accès aux essais cliniques.",
         [("Jean-Luc Moreau", "Pr", None)]),
        # un rôle énoncé une fois pour une liste
        ("Le prix récompense trois chercheurs, à savoir Lucie Bernard, Hugo Perrin et Inès Lambert, pour leurs travaux "
         "sur la thérapie génique.",
         [("Lucie Bernard", "chercheur", None), ("Hugo Perrin", "chercheur", None), ("Inès Lambert", "chercheur", None)]),
        # un ours de magazine : l'intitulé au-dessus des noms
        ("Le magazine trimestriel de la communauté d'agglomération est distribué gratuitement dans toutes les "
         "boîtes aux lettres de la ville.\nDIRECTRICE DE LA PUBLICATION\nNathalie Roche\nRÉDACTION\nPaul Meunier, "
         "Julie Caron\nImpression : imprimerie municipale",
         [("Nathalie Roche", "Directrice de la publication", None), ("Paul Meunier", "Rédaction", None),
          ("Julie Caron", "Rédaction", None)]),
        # une fonction publique et son portefeuille, sans organisation
        ("« C'est un signal fort pour toute la filière », a estimé le ministre de la Santé, François Braun, lors de sa "
         "visite du site de production. Il a rencontré les équipes et les dirigeants de l'entreprise, qui lui ont "
         "présenté les nouvelles lignes de fabrication des vaccins.",
         [("François Braun", "ministre de la Santé", None)]),
        # rien : une entreprise qui porte le nom de son fondateur, avec sa forme juridique
        ("Le marché a été attribué à Louis Vial SAS. Louis Vial fournit des équipements aux hôpitaux de la région.",
         []),
        # les noms listés sous l'intitulé d'une instance en sont les membres
        ("Composition du conseil d'administration\n\nLe conseil définit la stratégie du pôle et se réunit quatre "
         "fois par an pour valider les nouveaux projets.\n\n- Jeanne Morel (Servier)\n- Luc Blanchard (Inserm)\n",
         [("Jeanne Morel", "membre", "Servier"), ("Luc Blanchard", "membre", "Inserm")]),
        # un verbe de nomination avant la fonction
        ("Réuni en assemblée générale à Nantes, le pôle a renouvelé son bureau. Sophie Marchand a été élue présidente "
         "d'Atlanpole Biotherapies pour un mandat de trois ans. Elle succède à Pierre Garnier.",
         [("Sophie Marchand", "présidente", "Atlanpole Biotherapies"), ("Pierre Garnier", None, None)]),
        # un nom en capitales seul sur sa ligne (une signature) : remis en casse normale
        ("Nous vous remercions de votre confiance et restons à votre disposition pour toute question sur le "
         "programme.\n\nBien cordialement,\n\nMARIE DURAND\nChargée de communication\nEurobiomed\n",
         [("Marie Durand", "Chargée de communication", "Eurobiomed")]),
        # l'analyse en dépendances : une apposition après un article élidé et un adjectif
        ("« Le campus attire des chercheurs du monde entier », a déclaré Julie Roussel, l’actuelle directrice "
         "scientifique de Genopole, lors de la visite du ministre. Le campus accueille une centaine d’entreprises.",
         [("Julie Roussel", "directrice scientifique", "Genopole")]),
        # un annuaire : la fonction en tête, puis le titre et le nom ; le titre n'est pas le rôle
        ("Annuaire de l'établissement\n\nDoyenne de la faculté de Pharmacie :\nProfesseure Claire Vasseur\n"
         "Commissaire Général aux Investissements :\nMonsieur Paul Ribaut\n",
         [("Claire Vasseur", "Doyenne", "faculté de Pharmacie"),
          ("Paul Ribaut", "Commissaire Général aux Investissements", None)]),
        # le rôle d'une autre personne dans la proposition qui précède n'est pas celui du nom
        ("Le ministre était accompagné de Jeanne Roussel, Bernard Texier et de plusieurs élus. Bernard Texier, "
         "Sénateur du Rhône, a salué le projet.",
         [("Jeanne Roussel", None, None), ("Bernard Texier", "Sénateur", None)]),
        # un adjectif en capitale qualifie le titre avant l'organisation
        ("Parmi les invités figuraient Lucie Fabre, Directrice Scientifique de Genoskin, et plusieurs chercheurs "
         "du campus.",
         [("Lucie Fabre", "Directrice Scientifique", "Genoskin")]),
        # un nom de famille seul après une fonction publique
        ("Le projet a été salué par le ministre Ferrand, qui a visité les laboratoires du campus.",
         [("Ferrand", "ministre", None)]),
        # deux fonctions coordonnées : la première est gardée ; le lieu d'un mandat local est
        # l'organisation, le portefeuille d'un ministre ne l'est pas
        ("Étaient présents Hugo Marchal, Maire de Nantes et Président de Nantes Métropole, et Anne Giraud, "
         "Ministre de la Santé.",
         [("Hugo Marchal", "Maire", "Nantes"), ("Anne Giraud", "Ministre de la Santé", None)]),
        # une ligne de contact précédée de son organisation, une longue région entre parenthèses
        ("Les deux pôles présenteront les lauréats de leur appel à projets commun le mois prochain à Nantes.\n\n"
         "Contacts presse :\n\nAtlanpole Biotherapies (Région des Pays de la Loire et de la Bretagne) : Julien Moreau – "
         "j.moreau@atlanpole.fr 06 98 76 54 32\n",
         [("Julien Moreau", "Contacts presse", "Atlanpole Biotherapies")]),
    ],
    "nl": [
        # 0: "zegt X, directeur van Y"
        ("\"Deze samenwerking versterkt onze positie in Europa\", zegt Pieter de Vries, directeur van Health Valley "
         "Netherlands. Het cluster telt inmiddels meer dan tweehonderd leden.",
         [("Pieter de Vries", "directeur", "Health Valley Netherlands")]),
        # 1: "volgens X, voorzitter van Y"
        ("Volgens Annemieke Visser, voorzitter van Foodvalley NL, biedt de Franse markt veel kansen voor Nederlandse "
         "bedrijven. Zij roept ondernemers op deel te nemen aan de handelsmissie.",
         [("Annemieke Visser", "voorzitter", "Foodvalley NL")]),
        # 2: upper-case surname, "algemeen directeur van het Belgische cluster Y"
        ("Sanne BAKKER, algemeen directeur van het Belgische cluster BioWin, opende het congres in Brussel. Zij "
         "benadrukte het belang van grensoverschrijdende samenwerking tussen de clusters.",
         [("Sanne Bakker", "algemeen directeur", "BioWin")]),
        # 3: role before the name
        ("Innovatie Attaché Maarten Jacobs van de Nederlandse ambassade in Parijs begeleidde de delegatie. Hij bracht "
         "de bedrijven in contact met Franse onderzoekscentra en ziekenhuizen.",
         [("Maarten Jacobs", "Innovatie Attaché", "Nederlandse ambassade in Parijs")]),
        # 4: honorifics, "hoogleraar ... aan de Y"
        ("Prof. dr. Lotte Hendriks, hoogleraar immunologie aan de Universiteit Utrecht, presenteerde de eerste "
         "resultaten van de studie. Het onderzoek wordt gefinancierd door een Frans-Nederlands consortium.",
         [("Lotte Hendriks", "hoogleraar immunologie", "Universiteit Utrecht")]),
        # 5: two persons, "projectleider bij Y", "directrice van Y"
        ("Het programma werd toegelicht door Bram Willems, projectleider bij flanders.bio, en door Julie Lambert, "
         "directrice van Eurobiomed. Beide clusters werken al jaren samen op het gebied van medische technologie.",
         [("Bram Willems", "projectleider", "flanders.bio"), ("Julie Lambert", "directrice", "Eurobiomed")]),
        # 6: a role line above the name in a contact block
        ("Het volledige programma van de handelsmissie wordt volgende week op de website gepubliceerd, samen met de "
         "lijst van deelnemende bedrijven.\n\n"
         "Woordvoerder\n"
         "Koen Mertens\n"
         "Medicon Valley Alliance\n"
         "koen.mertens@mva.org",
         [("Koen Mertens", "Woordvoerder", "Medicon Valley Alliance")]),
        # 7: a person with no role stated
        ("De jury kende ook een speciale prijs toe aan Thijs van Dijk voor zijn onderzoek naar antibioticaresistentie. "
         "Zijn start-up is gevestigd op een campus in de buurt van Leiden.",
         [("Thijs van Dijk", None, None)]),
        # 8: "aldus X, woordvoerster van Y"
        ("\"We zien een sterke groei van de sector in onze regio\", aldus Emma Janssens, woordvoerster van "
         "lifetech.brussels. De organisatie ondersteunt ruim honderd bedrijven in het Brussels Gewest.",
         [("Emma Janssens", "woordvoerster", "lifetech.brussels")]),
        # --- must produce nothing ---
        # 9: hospitals named after people
        ("De klinische studie wordt uitgevoerd in het Antoni van Leeuwenhoek en het Prinses Máxima Centrum in "
         "Utrecht. De eerste resultaten worden eind volgend jaar verwacht.",
         []),
        # 10: a hospital named after a person, a medical centre
        ("Het Jeroen Bosch Ziekenhuis en het Erasmus MC sluiten zich aan bij het Europese consortium. Beide "
         "ziekenhuizen hebben veel ervaring met grootschalige klinische studies.",
         []),
        # 11: a place name and a product name
        ("Het bedrijf is gevestigd in Sint-Michielsgestel en zijn belangrijkste product, Cardiomed Plus, is inmiddels "
         "op de Europese markt toegelaten. Volgend jaar opent het een kantoor in Lyon.",
         []),
        # 12: companies named after people
        ("Pierre Fabre en Johnson & Johnson hebben een vestiging in de regio Occitanie. Beide bedrijven zijn lid van "
         "het Franse cluster Eurobiomed en nemen deel aan de handelsmissie.",
         []),
        # no Dutch NER here: an unlisted first name, recognised by the role after it
        ("„We zien veel belangstelling van Nederlandse bedrijven”, aldus Wietse Hoogendijk, directeur van Health "
         "Valley Netherlands. De eerste missie naar Lyon vindt in het najaar plaats.",
         [("Wietse Hoogendijk", "directeur", "Health Valley Netherlands")]),
        # een verbindingswoord voor de organisatie na een beroep met een toevoeging
        ("„Wij brengen onze ervaring mee”, reageert Gwendal Le Floc'h, projectmanager ATMP bij Atlanpole "
         "Biotherapies. De eerste bedrijven starten in het voorjaar.",
         [("Gwendal Le Floc'h", "projectmanager ATMP", "Atlanpole Biotherapies")]),
        # --- issue 10 ---
        # een rol die één keer voor een opsomming geldt
        ("Drie onderzoekers, namelijk Sanne de Wit, Jeroen Bakker en Fleur Smit, krijgen een beurs van het fonds. "
         "Zij beginnen in september.",
         [("Sanne de Wit", "onderzoeker", None), ("Jeroen Bakker", "onderzoeker", None), ("Fleur Smit", "onderzoeker", None)]),
        # een ambt voor de naam, zonder organisatie
        ("Het nieuwe laboratorium werd geopend door wethouder Karin Dekker. Zij sprak over de banen die het "
         "oplevert.",
         [("Karin Dekker", "wethouder", None)]),
        # een kop met rol en organisatie boven een lijst van namen
        ("Woordvoerders van het ministerie van EZK\n\nHieronder vindt u de woordvoerders per onderwerp. Zij zijn "
         "alleen bereikbaar voor journalisten.\n\nEnergie\n\nLisa Vermeulen\n\nKlimaat\n\nBas Hoekstra\n",
         [("Lisa Vermeulen", "woordvoerder", "ministerie van EZK"), ("Bas Hoekstra", "woordvoerder", "ministerie van EZK")]),
        # een ondertekening: naam, functie en organisatie op eigen regels
        ("Wij zien u graag op de bijeenkomst.\n\nMet vriendelijke groet,\n\nMaarten Visser\nDirecteur Bedrijfsvoering\n"
         "Radboudumc",
         [("Maarten Visser", "Directeur Bedrijfsvoering", "Radboudumc")]),
        # een organisatie direct na de functie, zonder verbindingswoord
        ("Voor vragen kunt u terecht bij Eva Kok, projectmedewerker Health Campus Twente, via het algemene nummer.",
         [("Eva Kok", "projectmedewerker", "Health Campus Twente")]),
        # niets: een bedrijf met de naam van zijn oprichter en een rechtsvorm
        ("Het nieuwe gebouw van Willem Verhoeven B.V. staat in Oss. Willem Verhoeven levert onderdelen aan "
         "ziekenhuizen in heel Europa.",
         []),
        # een lijst van organisaties tussen haakjes blijft heel; de titel is de rol
        ("Prof. dr. Anouk Mulder (Universiteit Utrecht, UMC Utrecht) leidt het onderzoek naar nieuwe behandelingen "
         "van hartfalen. Het project loopt vier jaar.",
         [("Anouk Mulder", "Prof. dr.", "Universiteit Utrecht, UMC Utrecht")]),
        # namen onder een kop die een orgaan noemt zijn de leden
        ("Raad van Toezicht\n\nDe raad houdt toezicht op het bestuur van de stichting en komt vier keer per jaar "
         "bijeen.\n\n• Henk de Boer (Philips)\n• Lotte Kramer (Radboudumc)\n",
         [("Henk de Boer", "lid", "Philips"), ("Lotte Kramer", "lid", "Radboudumc")]),
        # een werkwoord van benoeming voor de functie; de organisatie eindigt voor de bijzin
        ("Het bestuur van de stichting heeft een nieuwe directeur gekozen. Marieke Jansen is benoemd tot directeur van "
         "Health Valley Netherlands en begint op 1 april. Zij volgt Kees de Jong op.",
         [("Marieke Jansen", "directeur", "Health Valley Netherlands"), ("Kees de Jong", None, None)]),
        # alleen een achternaam na een ambt (en zijn portefeuille): de ambtsdrager
        ("\u201cDit is goed nieuws voor de patiënten\u201d, zegt minister van Zorg Verhagen. De subsidie loopt drie "
         "jaar.",
         [("Verhagen", "minister van Zorg", None)]),
        # niets: het ambt zonder naam
        ("Het plan werd voorgesteld door de minister van Innovatie. Het kabinet keurt het volgende maand goed.",
         []),
    ],
}
