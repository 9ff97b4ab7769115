"""Clusters corpus: hand-written press-release sentences and every cluster organisation
they name, as official names (pipeline/data/clusters.json) whatever the spelling or
former name the text uses; a cluster the registry does not know is listed under the
name the text introduces it with. An empty list means the text names no cluster.
An entry (name, members) also checks the member count the cluster gets (None: none).
"""

EXAMPLES = {
    "en": [
        # 0
        ("Lyonbiopôle and Medicen Paris Region have signed a partnership to accelerate the development of diagnostic "
         "solutions. The two clusters will organise joint events for their members.",
         ["Lyonbiopôle Auvergne-Rhône-Alpes", "Medicen Paris Region"]),
        # 1: former name and current name
        ("Alsace BioValley, now BioValley France, has welcomed twelve new members this year. The cluster now covers "
         "the whole Grand Est region and works closely with its German and Swiss neighbours.",
         ["BioValley France"]),
        # 2: variant spelling; a foreign cluster introduced by "the Belgian cluster"
        ("The French health cluster Euro-BioMed and the Belgian cluster BioWin will co-host a delegation of Canadian "
         "companies. The mission is supported by the French embassy in Ottawa.",
         ["Eurobiomed", "BioWin"]),
        # 3: accented spelling, apposition
        ("Atlanpôle Biothérapies, the competitiveness cluster of western France, brings together companies working on "
         "cell and gene therapies. Its members include several university hospitals.",
         ["Atlanpole Biotherapies"]),
        # 4: a cluster not in the registry, introduced as such
        ("The Swiss cluster BioAlps joined the consortium alongside Clubster NSL, based in Lille. Both organisations "
         "support start-ups working at the crossroads of nutrition and health.",
         ["BioAlps", "Clubster NSL"]),
        # 5
        ("Genopole and Polepharma announced a joint training programme for bioproduction operators. Classes will "
         "start in September on the Evry campus, south of Paris.",
         ["Genopole", "Polepharma"]),
        # 6: partner clusters abroad
        ("Representatives of Medicon Valley Alliance, Oslo Cancer Cluster and Biocat attended the meeting in "
         "Copenhagen. They discussed a common approach to cancer research in Europe.",
         ["Medicon Valley Alliance", "Oslo Cancer Cluster", "Biocat"]),
        # 7: a cluster that merged into another
        ("Cancer-Bio-Santé, which merged into Eurobiomed in 2019, used to bring together the oncology players of "
         "Toulouse. Its former members now benefit from a much wider network.",
         ["Cancer-Bio-Santé", "Eurobiomed"]),
        # 8: German partner clusters under short names
        ("The German cluster BIOPRO Baden-Württemberg and BioM in Munich have invited French companies to their "
         "partnering event. The event is co-organised with BioValley France.",
         ["BIOPRO Baden-Württemberg GmbH", "BioM Biotech Cluster Development GmbH", "BioValley France"]),
        # 9: apposition with a description; variant "Lyon Biopôle"
        ("MassBio, the Massachusetts life sciences cluster, hosted a delegation from Lyon Biopôle in Boston. The "
         "visit focused on partnerships between biotech start-ups and hospitals.",
         ["MassBio", "Lyonbiopôle Auvergne-Rhône-Alpes"]),
        # --- must produce nothing ---
        # 10: an initiative with "Cluster" in its name
        ("The European Cluster Excellence Initiative awarded its gold label to the organisation last year. The label "
         "recognises the quality of cluster management in Europe.",
         []),
        # 11: "the cluster" followed by a verb
        ("Nevertheless, the cluster pointed out that funding remains a challenge for young companies. The members "
         "called for more public support at regional and national level.",
         []),
        # 12: cities and regions only
        ("Lyon and Grenoble host many hospitals and research centres working on infectious diseases. The Auvergne-"
         "Rhône-Alpes region is also home to several vaccine manufacturers.",
         []),
        # 13: clusters in general
        ("The health clusters of the region met the European Commission in Brussels. They presented a common "
         "position on the future of the pharmaceutical strategy.",
         []),
        # --- issue 10: clusters no registry knows, member counts ---
        # 14: apposition with several modifiers and a complement
        ("Lundbeck has joined NordicMed, the Danish life-science cluster of the Øresund region, together with twelve "
         "smaller biotech companies. The membership fee depends on the number of employees.",
         ["NordicMed"]),
        # 15: a name built with "Cluster", printed once
        ("The Tayside Life Science Cluster opened an office in Dundee last week. Its first call for projects closes "
         "in June.",
         ["Tayside Life Science Cluster"]),
        # 16: a list after a plural cluster noun; brackets hold no item
        ("The project is run by three regional clusters: BioAnglia (Norwich), Thames MedNet (Reading, Oxford) and "
         "Severn Bio. Each will host one workshop.",
         ["BioAnglia", "Thames MedNet", "Severn Bio"]),
        # 17: an unknown name coordinated with known clusters
        ("Delegates from Lyonbiopôle, Medicen, Eurobiomed, BioRegate and Polepharma visited the new plant in "
         "Normandy on Tuesday.",
         ["Lyonbiopôle Auvergne-Rhône-Alpes", "Medicen Paris Region", "Eurobiomed", "BioRegate", "Polepharma"]),
        # 18: a park the text calls a life sciences park; its companies are tenants, not members
        ("Kelvin Park is the life sciences park of the west of Scotland. Kelvin Park brings together 40 companies "
         "on a single site.",
         [("Kelvin Park", None)]),
        # 19: "bringing its membership to more than 300"
        ("BioWin welcomed eleven companies this spring, bringing its membership to more than 300. The Walloon "
         "cluster also opened an office in Liège.",
         [("BioWin", 300)]),
        # 20: "umbrella organisation for N companies"
        ("Life Science Nord is the umbrella organisation for 250 companies and research institutes in northern "
         "Germany. It runs a yearly partnering conference in Hamburg.",
         [("Life Science Nord", 250)]),
        # 21: a count of members attached to the cluster of the paragraph; new members and participants are not it
        ("Medicen welcomed 25 new members in 2023, and 16 members took part in the annual meeting. The cluster "
         "now has 520 members in Île-de-France.",
         [("Medicen Paris Region", 520)]),
        # --- must produce nothing ---
        # 22: areas named like clusters
        ("Investors from Silicon Valley toured the Thames Valley last month. They met start-ups in Reading and "
         "Oxford.",
         []),
        # 23: a person described by her post in the cluster
        ("Jane Doe, the head of the cluster, said that the cluster had grown. She thanked the regional council "
         "for its support.",
         []),
        # 24: parks that are not of the field, and a building project printed once
        ("The Porton Science Park and the Southampton Science Park host engineering firms. The Medtech Campus "
         "project will open next to the hospital in 2026.",
         []),
        # 25: a network of clusters and a lower-case "health valley"
        ("The Council of European BioRegions brings together more than 40 bioregions. Some call the area "
         "a great health valley.",
         []),
        # 26: persons listed after a plural cluster noun
        ("Contacts for the partner clusters: Jane Doe (BioWin), Thomas Miller and Anna Berg. Each answers within "
         "two days.",
         ["BioWin"]),
        # 27: a possessive before the count
        ("Medicon Valley Alliance is the life-science cluster of the Øresund region. The alliance's 300 members "
         "range from start-ups to large pharmaceutical groups.",
         [("Medicon Valley Alliance", 300)]),
        # 28: "X is the ... cluster of ..."; a city described as a cluster is an area
        ("BioNorth is the life science cluster of Northern Denmark. Cambridge is a leading biotech cluster as "
         "well, with hundreds of companies.",
         ["BioNorth"]),
        # 29: a legal form's full stop inside the name does not end the sentence of the count
        ("The Saxon life sciences network is run by the biosaxony e.V. Association, which gathers 120 companies "
         "from Dresden and Leipzig.",
         [("biosaxony", 120)]),
        # 30: "the cluster consisted in 2012 of N companies": a cluster noun for the cluster named before, a year between
        ("Cancer-Bio-Santé is the health cluster of Toulouse. The cluster consisted in 2012 of 90 companies and "
         "laboratories.",
         [("Cancer-Bio-Santé", 90)]),
        # 31: what a cluster is made of that is not organisations; an area's companies
        ("Cancer-Bio-Santé is the health cluster of Toulouse. The cluster consists of 12 working groups. The "
         "Toulouse area is made up of 300 companies, says the cluster.",
         [("Cancer-Bio-Santé", None)]),
        # 32: one part of a breakdown is not the count of members
        ("The Toulouse health cluster Cancer-Bio-Santé brings together 30 large companies, 45 SMEs and 12 "
         "research institutes.",
         [("Cancer-Bio-Santé", None)]),
    ],
    "fr": [
        # 0: "Région" spelling
        ("Lyonbiopôle et Medicen Paris Région ont signé un partenariat pour accélérer le développement de solutions "
         "de diagnostic. Les deux pôles organiseront des événements communs pour leurs adhérents.",
         ["Lyonbiopôle Auvergne-Rhône-Alpes", "Medicen Paris Region"]),
        # 1: former name and current name
        ("Alsace BioValley, devenu BioValley France, accueille douze nouveaux adhérents cette année. Le pôle couvre "
         "désormais l'ensemble de la région Grand Est.",
         ["BioValley France"]),
        # 2: "le pôle X", "le cluster belge X"
        ("Le pôle Eurobiomed et le cluster belge BioWin accueilleront conjointement une délégation d'entreprises "
         "canadiennes. La mission est soutenue par l'ambassade de France à Ottawa.",
         ["Eurobiomed", "BioWin"]),
        # 3: apposition
        ("Atlanpole Biothérapies, le pôle de compétitivité du Grand Ouest, fédère des entreprises spécialisées dans "
         "les thérapies cellulaires et géniques. Ses adhérents comprennent plusieurs CHU.",
         ["Atlanpole Biotherapies"]),
        # 4: a cluster not in the registry, adjective after the noun; long form of Clubster NSL
        ("Le cluster suisse BioAlps a rejoint le consortium aux côtés du Clubster Nutrition Santé Longévité, basé à "
         "Lille. Les deux structures accompagnent des start-up de la nutrition et de la santé.",
         ["BioAlps", "Clubster NSL"]),
        # 5: accented and spaced spellings
        ("Génopole et Pôle Pharma lancent un programme commun de formation aux métiers de la bioproduction. Les "
         "premières sessions débuteront en septembre sur le campus d'Évry.",
         ["Genopole", "Polepharma"]),
        # 6
        ("Le pôle Cosmetic Valley, Vitagora et Valorial ont présenté une feuille de route commune sur la "
         "nutrition-santé. Ce travail associe industriels et laboratoires publics.",
         ["Cosmetic Valley", "Vitagora", "Valorial"]),
        # 7: spelling without hyphens, a merger
        ("Créé à Toulouse, Cancer Bio Santé a fusionné avec Eurobiomed en 2019 pour former un pôle interrégional. Ses "
         "anciens adhérents bénéficient désormais d'un réseau élargi.",
         ["Cancer-Bio-Santé", "Eurobiomed"]),
        # 8: a cluster not in the registry, "le biocluster X"
        ("Le biocluster BioRegate, spécialisé en médecine régénératrice, travaille en étroite collaboration avec "
         "Atlanpole Biotherapies. Ensemble, ils animent la filière des biothérapies en Pays de la Loire.",
         ["BioRegate", "Atlanpole Biotherapies"]),
        # 9: short name "Medicen", variant "Lyon Biopôle", a partner cluster abroad
        ("Medicen et Lyon Biopôle représenteront la France au salon international de Boston, aux côtés de MassBio. "
         "Plusieurs entreprises françaises feront partie de la délégation.",
         ["Medicen Paris Region", "Lyonbiopôle Auvergne-Rhône-Alpes", "MassBio"]),
        # --- must produce nothing ---
        # 10: an initiative with "Cluster" in its name
        ("L'initiative European Cluster Excellence Initiative a attribué son label or à l'association l'an dernier. Ce "
         "label récompense la qualité du management des clusters en Europe.",
         []),
        # 11: "le pôle" followed by a verb
        ("Le pôle a toutefois souligné que le financement reste un défi pour les jeunes entreprises. Les adhérents ont "
         "appelé à un soutien public renforcé au niveau régional et national.",
         []),
        # 12: cities and regions only
        ("Lyon et Grenoble accueillent de nombreux hôpitaux et centres de recherche spécialisés dans les maladies "
         "infectieuses. La région Auvergne-Rhône-Alpes compte également plusieurs fabricants de vaccins.",
         []),
        # 13: clusters in general
        ("Les pôles de compétitivité santé de la région ont rencontré la Commission européenne à Bruxelles. Ils ont "
         "présenté une position commune sur la stratégie pharmaceutique.",
         []),
        # --- issue 10: clusters no registry knows, member counts ---
        # 14: "l'autre cluster X qu'est Y"
        ("Le cluster travaille main dans la main avec l'autre cluster wallon qu'est Infopôle. Les deux "
         "structures partagent des locaux à Liège.",
         ["Infopôle"]),
        # 15: a list after "pôles de compétitivité :"
        ("La région a labellisé trois pôles de compétitivité : Aquanord pour la mer, Textilis pour le textile et "
         "Agrinova pour l'agroalimentaire. Ils seront évalués en 2026.",
         ["Aquanord", "Textilis", "Agrinova"]),
        # 16: "d'autres pôles comme X et Y"
        ("D'autres pôles comme Plasturgia (plastiques) et Metalnord (métallurgie) ont choisi de fusionner. La "
         "décision de l'État est attendue en décembre.",
         ["Plasturgia", "Metalnord"]),
        # 17: apposition "X, le pôle qui ..."; count of members without a verb
        ("Biomedalps, le pôle qui fédère les acteurs des technologies médicales, a tenu son assemblée générale. "
         "En tout, 135 adhérents dont 56 laboratoires de recherche.",
         [("Biomedalps", 135)]),
        # 18: "réunit quelque N sociétés"
        ("Le cluster Infopôle réunit quelque 150 sociétés actives dans le numérique. Il a été créé en 2006 à "
         "l'initiative de la Région wallonne.",
         [("Infopôle", 150)]),
        # 19: a count stated twice, first in a list line, then with a verb
        ("Eurobiomed en chiffres\n- 312 adhérents (+12 % par rapport à 2022)\n- 40 projets labellisés\n\n"
         "Créé en 2006, Eurobiomed est le pôle de la santé du Sud de la France.",
         [("Eurobiomed", 312)]),
        # 20: the companies a biocluster hosts are not its members
        ("Genopole, premier biocluster français, héberge 80 entreprises de biotechnologie. Le biocluster réunit "
         "80 entreprises et 19 laboratoires sur un même site.",
         [("Genopole", None)]),
        # --- must produce nothing ---
        # 21: hospital departments and Pôle emploi
        ("Le pôle Médecine du CHU et le pôle Femme-Enfant recrutent. Les candidatures sont à envoyer à Pôle "
         "emploi avant le 30 juin.",
         []),
        # 22: "un pôle d'excellence"
        ("Le Massachusetts Life Sciences Center, un pôle d'excellence mondial, a reçu la délégation. Les "
         "échanges ont porté sur la bioproduction.",
         []),
        # 23: a list opener followed by common nouns
        ("Les pôles de compétitivité : une politique industrielle qui a fait ses preuves, selon le rapport "
         "publié mardi.",
         []),
        # 24: an adverb between the verb and the count; an ecosystem's actors are not members
        ("Créé en 2006, Eurobiomed est le pôle santé du Sud de la France. Il compte aujourd'hui 155 adhérents et "
         "fédère un écosystème de 400 acteurs.",
         [("Eurobiomed", 155)]),
        # 25: cities listed after a plural cluster noun are areas
        ("Des pôles comme Lyon et Grenoble attirent les investisseurs étrangers. Le rapport salue leur "
         "dynamisme.",
         []),
        # 26: "X est le pôle de compétitivité de ..."
        ("Nordbio est le pôle de compétitivité de la filière santé des Hauts-de-France. Il accompagne les "
         "start-up du territoire.",
         ["Nordbio"]),
        # 27: "le pôle se composait fin 2019 de N entreprises": the cluster named before, a date between
        ("Créé en 2005, Biotech Santé Bretagne anime la filière régionale. Le pôle se composait fin 2019 de "
         "110 entreprises et laboratoires.",
         [("Biotech Santé Bretagne", 110)]),
        # 28: a cluster made of working groups; a region's companies
        ("Biotech Santé Bretagne anime la filière régionale. Le pôle se compose de quatre commissions. La "
         "région est composée de 300 entreprises du secteur.",
         [("Biotech Santé Bretagne", None)]),
    ],
    "nl": [
        # 0
        ("Lyonbiopôle en Medicen Paris Region hebben een samenwerkingsovereenkomst getekend om de ontwikkeling van "
         "diagnostische oplossingen te versnellen. De twee clusters organiseren gezamenlijke evenementen voor hun leden.",
         ["Lyonbiopôle Auvergne-Rhône-Alpes", "Medicen Paris Region"]),
        # 1: former name and current name
        ("Alsace Biovalley, tegenwoordig BioValley France, verwelkomde dit jaar twaalf nieuwe leden. Het cluster "
         "bestrijkt nu de hele regio Grand Est en werkt nauw samen met Duitse en Zwitserse partners.",
         ["BioValley France"]),
        # 2: "het Franse cluster X", "het Belgische cluster X"
        ("Het Franse cluster EuroBioMed en het Belgische cluster BioWin ontvangen samen een delegatie van Canadese "
         "bedrijven. De missie wordt gesteund door de Franse ambassade in Ottawa.",
         ["Eurobiomed", "BioWin"]),
        # 3: Dutch spelling "Health Valley Nederland"
        ("Health Valley Nederland en Foodvalley NL werken samen aan een programma rond voeding en gezondheid. Ook het "
         "Vlaamse flanders.bio neemt deel aan het project.",
         ["Health Valley Netherlands", "Foodvalley NL", "flanders.bio"]),
        # 4: a cluster not in the registry
        ("Het Limburgse cluster Brightlands ondertekende een overeenkomst met Clubster NSL uit Lille. Beide "
         "organisaties ondersteunen start-ups op het gebied van voeding en gezondheid.",
         ["Brightlands", "Clubster NSL"]),
        # 5: apposition, accented spelling
        ("Atlanpôle Biotherapies, het Franse cluster voor biotherapieën, bracht een bezoek aan het Universitair Medisch "
         "Centrum Utrecht. De delegatie sprak met onderzoekers en ondernemers.",
         ["Atlanpole Biotherapies"]),
        # 6: partner clusters abroad
        ("Vertegenwoordigers van Medicon Valley Alliance, Oslo Cancer Cluster en Biocat namen deel aan de bijeenkomst "
         "in Kopenhagen. Zij bespraken een gezamenlijke aanpak van kankeronderzoek.",
         ["Medicon Valley Alliance", "Oslo Cancer Cluster", "Biocat"]),
        # 7: a merger; "het cluster X"
        ("Cancer-Bio-Santé uit Toulouse is in 2019 opgegaan in Eurobiomed. Het cluster Genopole bij Parijs richt zich "
         "vooral op genomica en biotherapieën.",
         ["Cancer-Bio-Santé", "Eurobiomed", "Genopole"]),
        # 8: "de pôle X"; a lower-case registry name
        ("De pôle Polepharma, gevestigd in Normandië en Centre-Val de Loire, telt vooral farmaceutische producenten "
         "onder zijn leden. Het cluster lifetech.brussels richt zich op medische technologie in Brussel.",
         ["Polepharma", "lifetech.brussels"]),
        # --- must produce nothing ---
        # 9: an initiative with "Cluster" in its name
        ("Het European Cluster Excellence Initiative kende de organisatie vorig jaar het gouden label toe. Dit label "
         "beloont de kwaliteit van het clustermanagement in Europa.",
         []),
        # 10: "het cluster" followed by a verb
        ("Het cluster wees er echter op dat financiering een uitdaging blijft voor jonge bedrijven. De leden vroegen "
         "om meer publieke steun op regionaal en nationaal niveau.",
         []),
        # 11: cities only
        ("Lyon en Grenoble herbergen veel ziekenhuizen en onderzoekscentra op het gebied van infectieziekten. De regio "
         "telt ook verschillende vaccinproducenten en biotechbedrijven.",
         []),
        # 12: pôles in general
        ("Nederlandse bedrijven kunnen lid worden van een Franse pôle de compétitivité als zij een vestiging in "
         "Frankrijk hebben. De meeste pôles zijn internationaal actief.",
         []),
        # --- issue 10: clusters no registry knows, member counts ---
        # 13: "het Deense life sciences-cluster X"
        ("Het Deense life sciences-cluster MedNord opende een kantoor in Amsterdam. Nederlandse bedrijven kunnen "
         "er gratis werkplekken huren.",
         ["MedNord"]),
        # 14: a list after a plural cluster noun
        ("De provincie telt drie clusters: Zorgnet Twente, Twente MedTech en BioConnect. Samen vertegenwoordigen "
         "ze honderden bedrijven.",
         ["Zorgnet Twente", "Twente MedTech", "BioConnect"]),
        # 15: a name built with "Campus", repeated in the text
        ("Op de Utrechtse Genomics Campus werken twintig bedrijven samen. De Utrechtse Genomics Campus opent in "
         "maart een nieuw laboratorium.",
         ["Utrechtse Genomics Campus"]),
        # 16: "telt N leden"
        ("Het cluster MedNord telt 40 leden, vooral kleine biotechbedrijven. De helft ervan is in Kopenhagen "
         "gevestigd.",
         [("MedNord", 40)]),
        # 17: "het ledenaantal naar ruim N"
        ("Met zes nieuwe bedrijven brengt het cluster BioConnect het ledenaantal naar ruim 150. Het cluster wil "
         "in 2025 de grens van 200 halen.",
         [("BioConnect", 150)]),
        # 18: tenants of a park are not members
        ("Pivot Park en zijn huurders vierden het jubileum. Met een community van ruim zestig huurders is het "
         "park een succes.",
         [("Pivot Park", None)]),
        # --- must produce nothing ---
        # 19: an unnamed cluster in a city
        ("De cluster in Gent groeit snel. Het Wetenschapspark in Zwijnaarde trekt nieuwe bedrijven aan.",
         []),
        # 20: a list opener followed by common nouns; a network of clusters
        ("Twee clusters: een voor voeding en een voor zorg. Beide zijn lid van het Council of European "
         "BioRegions.",
         []),
        # 21: a venue
        ("Waar: Novio Tech Campus, Transistorweg 5, Nijmegen. Aanmelden kan tot vrijdag.",
         []),
        # 22: a cooperative of the field, without its legal form
        ("De Coöperatie Zorg Innovatie Twente U.A. en de Coöperatie FrieslandCampina tekenden een "
         "intentieverklaring. De samenwerking start in januari.",
         ["Coöperatie Zorg Innovatie Twente"]),
        # 23: a list of "Cluster: N leden" lines
        ("De Nederlandse clusters in cijfers, stand op 1 januari:\n- Health Valley Nederland: 215 leden\n"
         "- Foodvalley NL: 180 leden\nBeide organisaties groeiden het afgelopen jaar.",
         [("Health Valley Netherlands", 215), ("Foodvalley NL", 180)]),
        # 24: a compound cluster noun
        ("Het Groningse zorgcluster NoordZorg opende een nieuw kantoor. De leden komen uit de hele regio.",
         ["NoordZorg"]),
        # 25: "het cluster bestond eind 2020 uit N bedrijven": the cluster named before, a date between
        ("Health Valley Nederland is het netwerk van de gezondheidssector in Oost-Nederland. Het cluster bestond "
         "eind 2020 uit 230 bedrijven en kennisinstellingen.",
         [("Health Valley Netherlands", 230)]),
        # 26: a region's municipalities and companies are no members
        ("Foodvalley NL werkt samen met de regio. De regio bestaat uit 8 gemeenten en 400 bedrijven.",
         [("Foodvalley NL", None)]),
    ],
}
