"""Figures corpus: hand-written press-release sentences and the figures they state.

Each example is ``(text, expected)``; ``expected`` lists every figure of the text
(FORMAT.md vocabulary), as

- ``(value, unit, qualifier)`` for a single value, or
- ``(low, high, unit, "range")`` for a range (``value`` / ``value_max``).

An empty list means the text states no figure at all (years, phone numbers, postal
codes, list numbering, footnote markers and numbers inside names are not figures).
"""

EXAMPLES = {
    "en": [
        # 0
        ("Lyonbiopôle now brings together more than 250 members across the Auvergne-Rhône-Alpes region. "
         "Its network includes research centres, hospitals and innovative start-ups working on vaccines and diagnostics.",
         [(250, "count", "more_than")]),
        # 1
        ("The six French health clusters jointly represent over 2,400 companies and research organisations. "
         "Together they have supported the development of innovative therapies for patients across Europe.",
         [(6, "count", "exact"), (2400, "count", "more_than")]),
        # 2
        ("Since its creation, the accelerator has coached twenty-five start-ups, which have raised about €48 million "
         "from private investors. The next call for applications will open in the autumn.",
         [(25, "count", "exact"), (48_000_000, "EUR", "approx")]),
        # 3
        ("The new bioproduction plant represents a €1.2 million investment and will create up to 40 jobs over the next "
         "three years. It is supported by Eurobiomed and the regional council.",
         [(1_200_000, "EUR", "exact"), (40, "count", "up_to"), (3, "year", "exact")]),
        # 4
        ("According to the report, the European market for cell and gene therapies is already worth €19bn, and the "
         "sector grew by 45% last year. The cluster expects similar growth in the coming months.",
         [(19_000_000_000, "EUR", "exact"), (45, "percent", "exact")]),
        # 5
        ("The consortium secured a 32 million-euro grant from the European Innovation Council. The funding will cover "
         "clinical trials in about 14 hospitals in France and Belgium.",
         [(32_000_000, "EUR", "exact"), (14, "count", "approx")]),
        # 6
        ("Investors are expected to commit between €50 million and €100 million to the new seed fund. The fund will "
         "target medtech and digital health companies in the Paris region.",
         [(50_000_000, 100_000_000, "EUR", "range")]),
        # 7
        ("The campus covers 30,000 square metres and is located just 15 km from Strasbourg airport. It hosts "
         "laboratories, offices and a shared pilot plant for young biotech companies.",
         [(30_000, "m2", "exact"), (15, "km", "exact")]),
        # 8
        ("The cluster was ranked 17th in the latest European benchmark of life sciences clusters. It has been supporting "
         "companies of the Upper Rhine valley for more than 15 years.",
         [(17, "rank", "exact"), (15, "year", "more_than")]),
        # 9
        ("Nearly 3,000 researchers work in the member laboratories of Atlanpole Biotherapies. The cluster also counts "
         "some 120 companies specialised in biotherapies and nuclear medicine.",
         [(3000, "count", "approx"), (120, "count", "approx")]),
        # 10
        ("Over 80 experts took part in the two-day workshop organised by Medicen Paris Region. Participants discussed "
         "artificial intelligence, medical imaging and the future of connected health.",
         [(80, "count", "more_than"), (2, "day", "exact")]),
        # 11
        ("The American partner cluster MassBio reports that its members raised $7.4 billion in venture capital last "
         "year, roughly 40 percent of the national total. French start-ups are keen to tap into that market.",
         [(7_400_000_000, "USD", "exact"), (40, "percent", "approx")]),
        # 12
        ("Forty-two projects were labelled by the cluster in 2022, for a total R&D budget of 85 million euros. Each "
         "project brings together at least two companies and an academic laboratory.",
         [(42, "count", "exact"), (85_000_000, "EUR", "exact"), (2, "count", "at_least")]),
        # 13
        ("The new training centre will welcome up to 500 students every year. It offers twelve-month programmes in "
         "bioproduction, quality control and regulatory affairs for the pharmaceutical industry.",
         [(500, "count", "up_to"), (12, "month", "exact")]),
        # --- must produce nothing ---
        # 14: years as points in time, numbers inside names
        ("Founded in 2005, the cluster has been recognised as a competitiveness cluster since 2009. Its members were "
         "mobilised against Covid-19 and now contribute to the France 2030 investment plan.",
         []),
        # 15: street address, postal code, phone number
        ("The cluster's offices are located at 60 avenue Rockefeller, 69008 Lyon, France. Visitors can reach the "
         "reception desk on +33 4 72 12 34 56 during office hours.",
         []),
        # 16: list numbering
        ("The key priorities of the new roadmap are the following:\n"
         "1. Accelerate clinical trials in the region.\n"
         "2. Attract international investors to local start-ups.\n"
         "3. Train the talents of tomorrow.",
         []),
        # 17: footnote markers, a month and year
        ("This initiative follows the recommendations of the national health innovation strategy [2] and of the "
         "European Health Data Space regulation [3]. It was presented to the members of the cluster in March 2023.",
         []),
        # 18: programme names and a grant number
        ("The project is funded by the EU4Health programme and builds on the results of a Horizon 2020 consortium. "
         "It was presented to investors at BIO 2023 in Boston.",
         []),
        # a currency code before the amount, a standard and a version number that are not figures
        ("Tidewell closed a USD 12 million Series A and is preparing ISO 13485 certification. The consortium will "
         "publish version 2.0 of its charter on 10 September, and each company may raise no more than €5 million.",
         [(12000000, "USD", "exact"), (5000000, "EUR", "up_to")]),
        # "one" joined to a unit is a figure; "one-to-one" is not
        ("The programme combines a one-week bootcamp in Évry with one-to-one coaching sessions. It ends with a pitch "
         "day in front of investors from both sides of the Atlantic.",
         [(1, "week", "exact")]),
        # --- issue 10: figures on real documents ---
        # a range with a plain hyphen, in counts and in money with the multiplier written once
        ("The new fund will back 6-10 projects per call, each receiving €10-20 million from public and private "
         "investors. Applications are reviewed by an independent jury.",
         [(6, 10, "count", "range"), (10_000_000, 20_000_000, "EUR", "range")]),
        # compound number words, a large plain number
        ("Twenty-one companies and thirty-three laboratories joined the alliance this spring. The network now "
         "reaches 100000 members across Europe.",
         [(21, "count", "exact"), (33, "count", "exact"), (100_000, "count", "exact")]),
        # a bracketed figure
        ("Exports of member companies rose sharply (12%) and now make up most of a turnover of €2.4 billion. The "
         "cluster expects the trend to continue.",
         [(12, "percent", "exact"), (2_400_000_000, "EUR", "exact")]),
        # the same fact stated twice is one figure; a count of something else is another
        ("Eight start-ups joined the incubator in March. The eight new start-ups will stay there for two years and "
         "share eight laboratories.",
         [(8, "count", "exact"), (2, "year", "exact"), (8, "count", "exact")]),
        # a period behind and a period ahead are two facts
        ("The science park opened exactly ten years ago in Oss. Its managers are now preparing the next ten years "
         "together with the province.",
         [(10, "year", "exact"), (10, "year", "exact")]),
        # a past period and a new one of the same length are two facts
        ("Over the past five years the institute trained 300 researchers. It now starts a new five-year term with "
         "the ministry.",
         [(5, "year", "exact"), (300, "count", "exact"), (5, "year", "exact")]),
        # an anniversary is an age in years, the same fact as the years it counts
        ("Pivot Park celebrates its tenth anniversary. Exactly ten years ago, the park opened with 1,100 jobs at "
         "stake.",
         [(10, "year", "exact"), (1100, "count", "exact")]),
        # an article before a scale word is the number one
        ("The screening programme will reach one million patients in the region. Its partners have pledged a "
         "billion dollars over its lifetime.",
         [(1_000_000, "count", "exact"), (1_000_000_000, "USD", "exact")]),
        # one time unit after a preposition of duration; "a year ago" is a point in time
        ("The new chair was elected for a year and will lead a board of 14 members. A year ago the board had no "
         "chair at all.",
         [(1, "year", "exact"), (14, "count", "exact")]),
        # "over" after an amount spreads it across a period; "for over" is "more than"
        ("The team asks for €4.2 million over four years, after working with the hospital for over two years. The "
         "sector's impact reached $2.9 trillion.",
         [(4_200_000, "EUR", "exact"), (4, "year", "exact"), (2, "year", "more_than"), (2_900_000_000_000, "USD", "exact")]),
        # "200-plus" is more than 200, "ca." is about; "several hundred" is vague
        ("The summit will bring together 200-plus companies and several hundred executives, and ca. 100 start-ups "
         "will pitch to investors.",
         [(200, "count", "more_than"), (100, "count", "approx")]),
        # a frequency, one time unit with a qualifier; a vague alternative is no figure
        ("The steering committee meets twice a month and has worked with the region for over a year. One or two "
         "new partners may join it later.",
         [(2, "count", "exact"), (1, "year", "more_than")]),
        # amounts linked to a first amount share its currency
        ("The budget of €114 million includes 90 million of public funding and 24 million from private investors. "
         "It covers the whole programme.",
         [(114_000_000, "EUR", "exact"), (90_000_000, "EUR", "exact"), (24_000_000, "EUR", "exact")]),
        # areas in hectares and square metres
        ("The campus covers 300 ha and will host a new incubator of 2,500 m2 for young companies. Building "
         "work starts in the spring.",
         [(3_000_000, "m2", "exact"), (2500, "m2", "exact")]),
        # a chart's scale stated once; its axis of years is no figure
        ("Turnover of member companies, in millions: 3.2 3.9 4.4\n2019 2020 2021\nThe growth is driven by exports.",
         [(3_200_000, "count", "exact"), (3_900_000, "count", "exact"), (4_400_000, "count", "exact")]),
        # a table's scale "(x 1000)" multiplies its values; "×3" is a multiplier, no figure
        ("Member turnover (x 1000): 3200 4100 5200\nExports of the members grew ×3 in two years.",
         [(3_200_000, "count", "exact"), (4_100_000, "count", "exact"), (5_200_000, "count", "exact"), (2, "year", "exact")]),
        # a key-figures block: each number alone on its line, with its label beside it
        ("Key figures\nMembers\n155\nProjects\n36\n12\nyears of research\nThe cluster was founded by hospitals and "
         "companies of the region.",
         [(155, "count", "exact"), (36, "count", "exact"), (12, "year", "exact")]),
        # a rank within a scope; a sequence ordinal is not one
        ("Lyonbiopole is the second largest health cluster in France and, for the first time, it leads a European "
         "consortium on vaccines.",
         [(2, "rank", "exact")]),
        # --- must produce nothing ---
        # labels and codes: a trial phase, a disease type, a PO box, a page, a standard
        ("The candidate drug entered phase 3 trials for type 1 diabetes. Write to PO Box 1234 or read page 4 of 12 "
         "of the ISO 13485 audit report.",
         []),
        # a page number alone on its line, phone numbers, clock times, a file size
        ("32\nHEALTH CLUSTER NEWS AND EVENTS OF THE WEEK\nCall 0800 123 456 between 9 am and 5 pm, or send a fax to "
         "02 54 38 06 60. The report can be downloaded (PDF, 6.7 MB).",
         []),
        # a rate, days of a two-day meeting, a version, a service open 24/7
        ("The region has 4.5 hospital beds per 1,000 inhabitants. The Health Data Forum 2.0 takes place on 13-14 "
         "June and the helpdesk is open 24/7.",
         []),
        # a blog's reading time and its page list
        ("Why clusters matter for medtech start-ups\n5 min read\n\nClusters connect companies with hospitals and "
         "investors.\n« 1 2 3 4 » Next page",
         []),
        # street numbers before a postcode, after a comma or at the end of an address line
        ("Our offices are at Arne Jacobsens Allé 17\n2300 Copenhagen S, Denmark, and at Nørregade 9, 1165 Copenhagen K, "
         "next to the university.",
         []),
        # the past period and a term granted of the same length are two facts
        ("Over the past three years the cluster trained 400 nurses. The region renewed its support for three years.",
         [(3, "year", "exact"), (400, "count", "exact"), (3, "year", "exact")]),
        # clock times with minutes are no figures; nor a phone number without a trunk 0
        ("The press office answers calls between 21.00 and 07.30, and until 18.00 on Fridays. After hours, call "
         "915 20 444.",
         []),
        # a page header printed again on each page; its page number is no figure
        ("12 BioWin Annual Report\nThe cluster grew last year.\n\n12 BioWin Annual Report\nIt has 80 employees.",
         [(80, "count", "exact")]),
        # a label line ending with a colon, with a year in it, then the value alone on its line
        ("Patients treated in the year 2022:\n14 250\nThe hospital opened a new wing.",
         [(14250, "count", "exact")]),
        # a rank whose scope is on the next, hard-wrapped line
        ("The survey made the hospital the 2nd employer in the\nregion last year.",
         [(2, "rank", "exact")]),
    ],
    "fr": [
        # 0
        ("Le pôle compte aujourd'hui plus de 250 adhérents, dont une majorité de PME et de start-up. Il fédère "
         "également les principaux laboratoires de recherche publics de la région.",
         [(250, "count", "more_than")]),
        # 1
        ("Avec 3 297 emplois directs, la filière santé représente près de 12 % de l'emploi industriel du territoire. "
         "Ces chiffres ont été présentés lors de l'assemblée générale du pôle.",
         [(3297, "count", "exact"), (12, "percent", "approx")]),
        # 2
        ("La levée de fonds atteint 49,5 millions d'euros, ce qui en fait l'une des plus importantes de l'année pour "
         "une biotech française. Les fonds serviront à financer deux essais cliniques.",
         [(49_500_000, "EUR", "exact"), (2, "count", "exact")]),
        # 3
        ("Le nouveau site de bioproduction représente un investissement de 12 M€ et permettra de créer jusqu'à 80 "
         "emplois sur trois ans. Il sera inauguré en présence des partenaires du pôle.",
         [(12_000_000, "EUR", "exact"), (80, "count", "up_to"), (3, "year", "exact")]),
        # 4
        ("Près de 1,2 million de patients sont concernés par ces maladies rares en France. Le programme vise à réduire "
         "de moitié le délai de diagnostic grâce à l'intelligence artificielle.",
         [(1_200_000, "count", "approx")]),
        # 5
        ("Le pôle regroupe + de 80 entreprises et quatre-vingt-dix laboratoires publics. Environ 45 % de ses "
         "adhérents sont des start-up de moins de cinq ans.",
         [(80, "count", "more_than"), (90, "count", "exact"), (45, "percent", "approx"), (5, "year", "less_than")]),
        # 6
        ("L'appel à projets s'adresse aux entreprises de 6 à 100 salariés implantées en région. Chaque lauréat pourra "
         "recevoir une subvention de 200 000 euros maximum.",
         [(6, 100, "count", "range"), (200_000, "EUR", "up_to")]),
        # 7
        ("Depuis sa création, l'accélérateur a accompagné quarante-deux start-up, qui ont levé environ 150 millions "
         "d'euros. La prochaine promotion sera annoncée à l'automne.",
         [(42, "count", "exact"), (150_000_000, "EUR", "approx")]),
        # 8
        ("Le projet, d'une durée de 36 mois, est doté d'un budget compris entre 2 et 3 millions d'euros. Il associe "
         "six partenaires industriels et académiques.",
         [(36, "month", "exact"), (2_000_000, 3_000_000, "EUR", "range"), (6, "count", "exact")]),
        # 9
        ("Le marché mondial des biothérapies devrait atteindre 19 Md€ en 2025, soit une croissance annuelle de 8,5 %. "
         "La France ambitionne d'en capter une part significative.",
         [(19_000_000_000, "EUR", "exact"), (8.5, "percent", "exact")]),
        # 10
        ("Le campus s'étend sur 15 000 mètres carrés, à moins de 10 km du centre de Nantes. Il accueillera à terme "
         "près de 600 chercheurs et ingénieurs.",
         [(15_000, "m2", "exact"), (10, "km", "less_than"), (600, "count", "approx")]),
        # 11
        ("Le salon a accueilli jusqu'à 1 500 visiteurs par jour pendant trois jours. Les exposants venaient de "
         "dix-huit pays européens et d'Amérique du Nord.",
         [(1500, "count", "up_to"), (3, "day", "exact"), (18, "count", "exact")]),
        # 12
        ("Le pôle est classé 3e au palmarès européen des clusters de la santé publié cette année. Il accompagne les "
         "entreprises du territoire depuis plus de 15 ans.",
         [(3, "rank", "exact"), (15, "year", "more_than")]),
        # --- must produce nothing ---
        # 13: years as points in time, numbers inside names
        ("Créé en 2005, le pôle accompagne depuis 2009 les acteurs de la santé de la région. Ses adhérents se sont "
         "fortement mobilisés face à la Covid-19 et s'inscrivent dans le plan France 2030.",
         []),
        # 14: street address, postal code, phone number
        ("Le siège du pôle est situé au 24 rue de la Santé, 75013 Paris. Pour toute demande, le standard est "
         "joignable au 01 45 67 89 10 du lundi au vendredi.",
         []),
        # 15: list numbering
        ("Les priorités de la nouvelle feuille de route sont les suivantes :\n"
         "1. Accélérer les essais cliniques en région.\n"
         "2. Attirer les investisseurs internationaux.\n"
         "3. Former les talents de demain.",
         []),
        # 16: footnote markers, a month and year
        ("Cette démarche s'appuie sur la stratégie nationale de santé [2] et sur le règlement européen relatif à "
         "l'espace des données de santé [3]. Elle a été présentée aux adhérents du pôle en mars 2023.",
         []),
        # une augmentation en pourcentage, une heure de la journée qui n'est pas une durée
        ("Le chiffre d'affaires des adhérents a progressé de +12 % en un an. La remise des prix aura lieu à 14 h au "
         "siège du pôle, en présence d'une trentaine d'investisseurs.",
         [(12, "percent", "exact"), (30, "count", "approx")]),
        # --- issue 10 : chiffres des documents réels ---
        # des fourchettes avec un trait d'union
        ("Le fonds soutiendra 6-10 projets par an, avec des tickets de 2-5 millions d'euros. Les dossiers sont "
         "examinés par un jury indépendant.",
         [(6, 10, "count", "range"), (2_000_000, 5_000_000, "EUR", "range")]),
        # des nombres composés en lettres
        ("Vingt et un laboratoires et trente-deux entreprises ont rejoint le réseau cette année. Le pôle compte "
         "désormais quatre-vingt-dix adhérents.",
         [(21, "count", "exact"), (32, "count", "exact"), (90, "count", "exact")]),
        # une fréquence, une durée qualifiée ; une alternative vague n'est pas un chiffre
        ("Le comité se réunit deux fois par mois depuis plus d'un an. Un ou deux nouveaux membres pourraient le "
         "rejoindre à l'automne.",
         [(2, "count", "exact"), (1, "year", "more_than")]),
        # une période passée et une nouvelle de même durée sont deux faits
        ("Après trois ans de travaux, le pôle entame un nouveau mandat de trois ans avec la Région. Il compte 150 "
         "adhérents.",
         [(3, "year", "exact"), (3, "year", "exact"), (150, "count", "exact")]),
        # un anniversaire est un âge en années, le même fait que les années qu'il compte
        ("Le pôle fête son 15e anniversaire. En 15 ans, il a accompagné 300 projets de recherche.",
         [(15, "year", "exact"), (300, "count", "exact")]),
        # un article devant un mot d'échelle vaut un
        ("Le plan représente un million d'euros pour 12 start-up de la région. Il sera reconduit l'an prochain.",
         [(1_000_000, "EUR", "exact"), (12, "count", "exact")]),
        # une unité de temps après une préposition de durée
        ("Michel Dupont est élu pour un an à la tête d'un bureau de 12 membres. Il succède à la présidente sortante.",
         [(1, "year", "exact"), (12, "count", "exact")]),
        # des montants rattachés au premier prennent sa devise
        ("Le budget de 114 millions d'euros comprend 90 millions d'investissements publics et 24 millions venant du "
         "privé. Il couvre toute la durée du programme.",
         [(114_000_000, "EUR", "exact"), (90_000_000, "EUR", "exact"), (24_000_000, "EUR", "exact")]),
        # des hectares
        ("Le site s'étend sur 300 ha et accueille 1 200 salariés. Les travaux d'extension commenceront au "
         "printemps prochain.",
         [(3_000_000, "m2", "exact"), (1200, "count", "exact")]),
        # l'échelle d'un graphique, donnée une fois
        ("Chiffre d'affaires des adhérents (en millions d'euros) : 3,2 3,9 4,4 sur les trois dernières années. La "
         "croissance vient surtout de l'export.",
         [(3_200_000, "EUR", "exact"), (3_900_000, "EUR", "exact"), (4_400_000, "EUR", "exact"), (3, "year", "exact")]),
        # un rang dans un périmètre ; « pour la première fois » n'est pas un rang
        ("Genopole est le premier biocluster français. Pour la première fois, il accueille 80 entreprises de "
         "biotechnologie.",
         [(1, "rank", "exact"), (80, "count", "exact")]),
        # le même fait dit deux fois
        ("Le pôle fédère 250 adhérents dans la région. Ses 250 adhérents emploient 12 000 personnes.",
         [(250, "count", "exact"), (12_000, "count", "exact")]),
        # --- ne doit rien produire ---
        # des libellés : phase, type, boîte postale, page ; un code postal
        ("Le candidat-médicament est entré en phase 3 pour le diabète de type 1. Écrivez-nous à BP 62, 91000 Évry, "
         "ou consultez la page 4 du rapport annuel.",
         []),
        # une décennie, une division par deux, une alternative
        ("Les années 90 ont vu naître la filière. La réforme pourrait conduire à une division par deux du nombre de "
         "pôles, et un ou deux pôles disparaîtront.",
         []),
        # des jours d'un rendez-vous, des heures, un taux
        ("Rendez-vous les 3 et 4 mai à Lyon, de 9 h à 18 h. La région compte 3,5 lits pour 1 000 habitants, "
         "ouverts 24h/24.",
         []),
        # un temps de lecture et une liste de pages
        ("Pourquoi les pôles comptent pour les start-up de la medtech\n4 min de lecture\n\nLes pôles relient les "
         "entreprises aux hôpitaux et aux investisseurs.\nPages : 1 | 2 | 3 | Suivant",
         []),
        # des numéros de rue avant un code postal
        ("Le siège se trouve Parc Technologique 12, 69007 Lyon, et l'antenne à Plateau de Saclay 4\n91190 "
         "Gif-sur-Yvette, près du campus.",
         []),
        # la période écoulée et un mandat de même durée sont deux faits
        ("Sur les trois années écoulées, le pôle a accompagné 45 projets. L'État a renouvelé son label "
         "pour trois ans.",
         [(3, "year", "exact"), (45, "count", "exact"), (3, "year", "exact")]),
        # un numéro Cedex est une adresse
        ("Adresse : BP 12, 37044 Tours Cedex 9",
         []),
        # une ligne terminée par deux-points, avec une année, puis la valeur seule sur sa ligne
        ("Naissances enregistrées en 2021 :\n12 480\nLe service de maternité a été rénové.",
         [(12480, "count", "exact")]),
        # un rang dont la portée passe à la ligne; un en-tête de page répété
        ("8 Rapport d'activité Biopôle\nLe CHU est le 2e employeur de la\nrégion.\n\n8 Rapport d'activité Biopôle\n"
         "Fin du rapport.",
         [(2, "rank", "exact")]),
    ],
    "nl": [
        # 0
        ("Lyonbiopôle telt meer dan 250 leden, waaronder veel innovatieve mkb-bedrijven en start-ups. De pôle richt "
         "zich vooral op vaccins, diagnostiek en infectieziekten bij mens en dier.",
         [(250, "count", "more_than")]),
        # 1
        ("In de regio werken zo'n 39.000 mensen in de life sciences-sector. Dat is ruim 12 procent van de totale "
         "werkgelegenheid in de industrie van de regio.",
         [(39_000, "count", "approx"), (12, "percent", "more_than")]),
        # 2
        ("Het cluster heeft de afgelopen 10 jaar veertien start-ups begeleid bij hun financieringsronde. Samen haalden "
         "zij ongeveer 45 miljoen euro op bij investeerders.",
         [(10, "year", "exact"), (14, "count", "exact"), (45_000_000, "EUR", "approx")]),
        # 3
        ("Aan het onderzoeksprogramma nemen tweeënveertig ziekenhuizen uit Frankrijk en België deel. Het budget "
         "bedraagt 3,5 miljoen euro voor een periode van vier jaar.",
         [(42, "count", "exact"), (3_500_000, "EUR", "exact"), (4, "year", "exact")]),
        # 4
        ("De nieuwe subsidieregeling is bedoeld voor bedrijven met tussen 10 en 20 medewerkers. Elk bedrijf kan tot "
         "50.000 euro steun ontvangen voor een haalbaarheidsstudie.",
         [(10, 20, "count", "range"), (50_000, "EUR", "up_to")]),
        # 5
        ("Het Franse pôle Eurobiomed vertegenwoordigt circa 400 bedrijven en onderzoeksinstellingen in het zuiden van "
         "Frankrijk. Bijna 30% van de leden is actief in de medische technologie.",
         [(400, "count", "approx"), (30, "percent", "approx")]),
        # 6
        ("Het nieuwe onderzoekscentrum van 12.500 vierkante meter ligt op 5 km van het centrum van Leiden. Er komen "
         "straks zo'n 300 onderzoekers en technici te werken.",
         [(12_500, "m2", "exact"), (5, "km", "exact"), (300, "count", "approx")]),
        # 7
        ("De Franse overheid investeert €7,5 miljard in de biotechsector. Volgens het ministerie moet dat in de "
         "komende vijf jaar leiden tot twintig nieuwe biotechfabrieken.",
         [(7_500_000_000, "EUR", "exact"), (5, "year", "exact"), (20, "count", "exact")]),
        # 8
        ("De Nederlandse delegatie bestond uit vijftien bedrijven en drie kennisinstellingen. De missie duurde 3 dagen "
         "en omvatte bezoeken aan laboratoria in Lyon en Grenoble.",
         [(15, "count", "exact"), (3, "count", "exact"), (3, "day", "exact")]),
        # 9
        ("Ruim 160 bedrijven hebben zich aangesloten bij het netwerk, dat nu ongeveer 2.300 banen vertegenwoordigt. "
         "De ambitie is om dat aantal de komende jaren te verdubbelen.",
         [(160, "count", "more_than"), (2300, "count", "approx")]),
        # 10
        ("Het fonds investeert tussen €1 miljoen en €5 miljoen per bedrijf. Projecten moeten een looptijd van 18 "
         "maanden hebben en een prototype opleveren.",
         [(1_000_000, 5_000_000, "EUR", "range"), (18, "month", "exact")]),
        # 11
        ("De zes Franse gezondheidsclusters hebben samen ruim 1.200 leden. Het grootste cluster, Medicen Paris Region, "
         "telt er meer dan 500.",
         [(6, "count", "exact"), (1200, "count", "more_than"), (500, "count", "more_than")]),
        # --- must produce nothing ---
        # 12: years as points in time, numbers inside names
        ("Het cluster werd in 2005 opgericht en is sinds 2009 erkend als pôle de compétitivité. De leden werkten nauw "
         "samen tijdens de Covid-19-pandemie en dragen bij aan het plan France 2030.",
         []),
        # 13: street address, postal code, phone number
        ("Het kantoor van de Innovatie Attaché is gevestigd aan de Rue Eblé 7, 75007 Parijs. U kunt ons bereiken via "
         "+33 1 40 62 33 44 of via de website van de ambassade.",
         []),
        # 14: list numbering
        ("De belangrijkste doelen van het programma zijn:\n"
         "1. Nederlandse bedrijven in contact brengen met Franse clusters.\n"
         "2. Gezamenlijke onderzoeksprojecten opzetten.\n"
         "3. Kennis delen over Europese regelgeving.",
         []),
        # 15: footnote markers, a month and year
        ("Deze cijfers komen uit het jaarverslag van het cluster [1] en uit een studie van de Franse overheid [2]. "
         "Ze werden in maart 2022 gepubliceerd op de website van het ministerie.",
         []),
        # een adres en een KvK-nummer zijn geen cijfers; EUR voor het bedrag wel
        ("De deelname kost EUR 1.250 per persoon en het bezoek duurt 3 dagen. Het secretariaat zit aan de "
         "Transistorweg 5 in Nijmegen, KvK 09187342, en is bereikbaar vanaf 15 april.",
         [(1250, "EUR", "exact"), (3, "day", "exact")]),
        # --- issue 10: cijfers uit echte documenten ---
        # bereiken met een gewoon koppelteken
        ("Het fonds ondersteunt 6-10 projecten per jaar met bedragen van 1-2 miljoen euro. Een onafhankelijke jury "
         "beoordeelt de aanvragen.",
         [(6, 10, "count", "range"), (1_000_000, 2_000_000, "EUR", "range")]),
        # samengestelde telwoorden; vage hoeveelheden zijn geen cijfer
        ("Drieëndertig bedrijven en tweehonderdvijftig onderzoekers werken op de campus. Samen trekken zij honderden "
         "miljoenen euro aan investeringen aan.",
         [(33, "count", "exact"), (250, "count", "exact")]),
        # een frequentie, een tijdseenheid met een kwalificatie; een vaag alternatief is geen cijfer
        ("Het bestuur vergadert twee keer per maand en werkt al ruim een jaar samen met de provincie. Mogelijk "
         "sluiten één of twee nieuwe leden aan.",
         [(2, "count", "exact"), (1, "year", "more_than")]),
        # hetzelfde feit tweemaal; een periode vooruit is een ander feit dan die van het getal ervoor
        ("De acht nieuwe hoogleraren zijn benoemd. Acht hoogleraren kregen het predicaat en zij werken de komende "
         "vijf jaar samen met vijf universiteiten.",
         [(8, "count", "exact"), (5, "year", "exact"), (5, "count", "exact")]),
        # een verjaardag is een leeftijd in jaren
        ("Het park viert zijn tiende verjaardag met 650 medewerkers en ruim zestig huurders.",
         [(10, "year", "exact"), (650, "count", "exact"), (60, "count", "more_than")]),
        # een lidwoord voor een schaalwoord is het getal één
        ("Het fonds van een miljoen euro steunt 12 start-ups in de regio. Het wordt volgend jaar verlengd.",
         [(1_000_000, "EUR", "exact"), (12, "count", "exact")]),
        # een tijdseenheid na een voorzetsel van duur; "een jaar later" is een tijdstip
        ("De voorzitter is voor een jaar benoemd en leidt een bestuur van 9 leden. Een jaar later volgt een "
         "evaluatie.",
         [(1, "year", "exact"), (9, "count", "exact")]),
        # "enkele duizend" is vaag
        ("Het congres trok enkele duizend bezoekers en ruim 300 sprekers uit heel Europa.",
         [(300, "count", "more_than")]),
        # bedragen die aan het eerste bedrag vastzitten
        ("De investering van 6,5 miljoen euro, waarvan 4 miljoen van de provincie en 2,5 miljoen van het Rijk, "
         "maakt de uitbreiding mogelijk.",
         [(6_500_000, "EUR", "exact"), (4_000_000, "EUR", "exact"), (2_500_000, "EUR", "exact")]),
        # hectares
        ("Het park beslaat 20 hectare en telt ruim zestig huurders. De gemeente wil het terrein verder "
         "ontwikkelen.",
         [(200_000, "m2", "exact"), (60, "count", "more_than")]),
        # een rang binnen een gebied; "voor de derde keer" is geen rang
        ("Het is het eerste cluster van Nederland dat voor de derde keer de prijs voor samenwerking wint.",
         [(1, "rank", "exact")]),
        # --- mag niets opleveren ---
        # labels: postbus, telefoonnummer, fase; een postcode; een decennium
        ("Stuur uw reactie naar Postbus 1234, 2300 RC Leiden of bel 1400. Het middel zit in fase 3 en het onderzoek "
         "loopt al sinds begin jaren negentig.",
         []),
        # een verhouding, kloktijden
        ("In de regio zijn er 3 bedden per 1.000 inwoners. Het loket is open van 9.00 tot 17.00 uur, op 3 en 4 mei "
         "gesloten.",
         []),
        # huisnummers voor een postcode
        ("Ons kantoor is gevestigd op Kerkstraat 12a, 2300 RC Leiden en de werkplaats op Industrieweg 7\n5349 AB "
         "Oss, vlak bij het park.",
         []),
        # de afgelopen periode en een verlenging van dezelfde duur zijn twee feiten
        ("De afgelopen vier jaar groeide het cluster tot 60 bedrijven. De provincie verlengde de subsidie met vier jaar.",
         [(4, "year", "exact"), (60, "count", "exact"), (4, "year", "exact")]),
        # kloktijden en een telefoonnummer zonder 0 zijn geen cijfers
        ("De persdienst is bereikbaar tussen 08.30 en 17.00. Buiten kantooruren: 512 40 800.",
         []),
        # een rang waarvan de reikwijdte op de volgende regel staat
        ("Het ziekenhuis is de 3e werkgever van de\nregio.",
         [(3, "rank", "exact")]),
    ],
}
