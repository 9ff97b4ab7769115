"""Clusters corpus: hand-written press-release sentences and every cluster organisation
they name, as official names (pipeline/data/clusters.json) whatever the spelling or
former name the text uses; a cluster the registry does not know is listed under the
name the text introduces it with. An empty list means the text names no cluster.
"""

EXAMPLES = {
    "en": [
        # 0
        ("Lyonbiopôle and Medicen Paris Region have signed a partnership to accelerate the development of diagnostic "
         "solutions. The two clusters will organise joint events for their members.",
         ["Lyonbiopôle", "Medicen Paris Region"]),
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
         ["MassBio", "Lyonbiopôle"]),
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
    ],
    "fr": [
        # 0: "Région" spelling
        ("Lyonbiopôle et Medicen Paris Région ont signé un partenariat pour accélérer le développement de solutions "
         "de diagnostic. Les deux pôles organiseront des événements communs pour leurs adhérents.",
         ["Lyonbiopôle", "Medicen Paris Region"]),
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
         ["Medicen Paris Region", "Lyonbiopôle", "MassBio"]),
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
    ],
    "nl": [
        # 0
        ("Lyonbiopôle en Medicen Paris Region hebben een samenwerkingsovereenkomst getekend om de ontwikkeling van "
         "diagnostische oplossingen te versnellen. De twee clusters organiseren gezamenlijke evenementen voor hun leden.",
         ["Lyonbiopôle", "Medicen Paris Region"]),
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
    ],
}
