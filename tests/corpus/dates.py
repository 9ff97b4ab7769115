"""Dates corpus: hand-written press-release openings and the document's own date (ISO),
i.e. the dateline, else the date printed as the publication date; ``None`` when the
text states none (a date in the body is not the document's date).
"""

EXAMPLES = {
    "en": [
        # 0
        ("Lyon, 3 March 2021 – Lyonbiopôle announces the launch of a new call for projects dedicated to vaccine "
         "development. Applications are open to all member companies.",
         "2021-03-03"),
        # 1: month-first, country after the city
        ("Paris, France, October 10, 2019 – Medicen Paris Region today announced the winners of its digital health "
         "challenge. The ceremony took place in front of three hundred guests.",
         "2019-10-10"),
        # 2: a publication line
        ("Published on 14 June 2022\n\n"
         "Eurobiomed has welcomed a delegation of Canadian medtech companies in Marseille. The visit included meetings "
         "with hospital teams and investors.",
         "2022-06-14"),
        # 3: two cities, an ordinal day
        ("Strasbourg, Basel, 21st September 2021 – BioValley France and its Swiss partners announce a cross-border "
         "programme for start-ups. The programme will run for two years.",
         "2021-09-21"),
        # 4: a heading above the dateline, an em dash
        ("PRESS RELEASE\n"
         "Nantes, 12 January 2022 — Atlanpole Biotherapies welcomes four new members specialised in gene therapy. The "
         "cluster now covers the whole of western France.",
         "2022-01-12"),
        # 5: a date alone on the first line; another date in the body
        ("15 November 2022\n\n"
         "Clubster NSL presents its new strategy for nutrition and health. The roadmap was approved by the board of "
         "directors on 3 November 2022.",
         "2022-11-15"),
        # 6: a US state after the city
        ("Boston, MA, June 5, 2023 – A delegation of French health clusters arrived in Boston for the international "
         "biotechnology convention. The delegation includes thirty start-ups.",
         "2023-06-05"),
        # 7: "Posted on" with a byline
        ("Posted on 2 February 2021 by the communications team\n\n"
         "Genopole opens its new incubator to international start-ups. The first companies will move in next spring.",
         "2021-02-02"),
        # 8: a weekday before the date
        ("Marseille, Tuesday 7 December 2021 – Eurobiomed and the Region Sud launch a joint fund for medtech "
         "start-ups. The fund will invest in early-stage companies.",
         "2021-12-07"),
        # --- no document date ---
        # 9: a deadline in the body
        ("The call for projects closes on 15 June 2022 at noon. Applicants must submit a full description of their "
         "project and a detailed budget through the online platform.",
         None),
        # 10: a foundation date in the body
        ("The cluster was founded on 12 March 2005 by a group of hospitals, universities and companies. It has since "
         "become a reference for vaccine research in Europe.",
         None),
        # 11: an event date in the body
        ("The next general assembly will take place on 7 April 2023 in Lyon. Members will vote on the new strategy and "
         "elect the board of directors.",
         None),
        # a byline with the date near the top of a web page
        ("From Lyon to Lund: what clusters can learn from each other\nBy Linnea Sorby · 21 November 2023\n\n"
         "The French delegation met Nordic companies during a three-day mission in Copenhagen.",
         "2023-11-21"),
        # --- issue 10: dates on real documents ---
        # an abbreviated month with its dot, an ordinal day
        ("Delft, Nov. 15th, 2022 – Eight professors were inaugurated at the same time. They combine technology and "
         "healthcare in their chairs.",
         "2022-11-15"),
        # a dateline on its own line, without a dash
        ("Strasbourg, 4 July 2023\n\nBioValley France announces a new programme for medtech start-ups. The first "
         "call opens in September.",
         "2023-07-04"),
        # a weekday line near the top
        ("PRESS INFORMATION\nTuesday 4 March 2003\n\nThe new research building will be inaugurated by the minister. "
         "Guests are welcome from ten o'clock.",
         "2003-03-04"),
        # a date with a time of day next to it
        ("12 May 2021, 10:30 CET\n\nThe cluster presents its annual report to the press. Membership grew again "
         "last year.",
         "2021-05-12"),
        # a byline "Submitted by ... on ..."
        ("Clusters sign a cooperation agreement\n\nSubmitted by Jane Doe on 17 June 2016\n\nThe partnership covers "
         "four European regions and will run for three years.",
         "2016-06-17"),
        # a newsletter's issue line
        ("HEALTH CLUSTER NEWS\nNewsletter No. 12 – 3 May 2021\n\nDear members, this issue presents the winners of "
         "the innovation challenge.",
         "2021-05-03"),
        # a press-release heading before the date; a wire tag between the dateline and its dash
        ("PRESS RELEASE – 12 March 2021\n\nThe campus opens a new incubator for medtech start-ups. Ten companies "
         "have already signed up.",
         "2021-03-12"),
        ("CAMBRIDGE, UK, 9 October 2023 /PRNewswire/ -- The cluster welcomes a delegation of French biotech "
         "companies for a three-day visit.",
         "2023-10-09"),
        # a crawl's " date " marker is no date line; the date with a time and a byline after it is
        (" date 2017-01-12  The Valley of Life\nNovember 10th, 2019 5:51 am | by Jane Doe\n\nMedicon Valley wants "
         "to become the leading life science cluster of northern Europe.",
         "2019-11-10"),
        # --- no document date ---
        # an event on a full date in the body
        ("Join us on Friday 20 March 2020 at 10 am in Lyon for the annual meeting of the cluster. Members will vote "
         "on the new strategy.",
         None),
        # a " date YYYY-MM " marker gives a month only
        (" date 2023-09 \n\nThe institute receives new funding for five more years. The grant supports research on "
         "cancer.",
         None),
    ],
    "fr": [
        # 0
        ("Nantes, le 12 janvier 2022 – Atlanpole Biotherapies annonce l'arrivée de quatre nouveaux adhérents "
         "spécialisés en thérapie génique. Le pôle couvre désormais tout le Grand Ouest.",
         "2022-01-12"),
        # 1: a publication line
        ("Publié le 2 février 2021\n\n"
         "Genopole ouvre son nouvel incubateur aux start-up internationales. Les premières entreprises s'installeront "
         "au printemps prochain.",
         "2021-02-02"),
        # 2: "1er"
        ("Marseille, le 1er juillet 2021 – Eurobiomed et la Région Sud lancent un fonds commun dédié aux start-up de la "
         "medtech. Le fonds investira dans des entreprises en phase d'amorçage.",
         "2021-07-01"),
        # 3: a heading above the dateline, an em dash, no "le"
        ("COMMUNIQUÉ DE PRESSE\n"
         "Lille, 30 novembre 2020 — Clubster NSL présente sa nouvelle stratégie en faveur de la nutrition et de la "
         "santé. La feuille de route a été validée par le conseil d'administration.",
         "2020-11-30"),
        # 4: a numeric date
        ("Lyon, le 10/03/2021 – Lyonbiopôle lance un nouvel appel à projets consacré au développement de vaccins. Les "
         "candidatures sont ouvertes à toutes les entreprises adhérentes.",
         "2021-03-10"),
        # 5: two cities joined by "et"
        ("Strasbourg et Bâle, le 21 septembre 2021 – BioValley France et ses partenaires suisses annoncent un "
         "programme transfrontalier pour les start-up. Il durera deux ans.",
         "2021-09-21"),
        # 6: a weekday before the date
        ("Paris, mardi 12 janvier 2021 – Medicen Paris Région dévoile les lauréats de son challenge santé numérique. "
         "La cérémonie s'est déroulée devant trois cents invités.",
         "2021-01-12"),
        # 7: "Date de publication :"
        ("Date de publication : 4 mai 2022\n\n"
         "Le pôle Eurobiomed accueille une délégation d'entreprises canadiennes de la medtech à Marseille. La visite "
         "comprend des rencontres avec des équipes hospitalières.",
         "2022-05-04"),
        # 8: a date alone on the first line; another date in the body
        ("15 novembre 2022\n\n"
         "Clubster NSL présente sa nouvelle stratégie en faveur de la nutrition et de la santé. La feuille de route a "
         "été approuvée par le conseil d'administration le 3 novembre 2022.",
         "2022-11-15"),
        # --- no document date ---
        # 9: a deadline in the body
        ("L'appel à projets sera clôturé le 15 juin 2022 à midi. Les candidats doivent déposer une description "
         "complète de leur projet et un budget détaillé sur la plateforme en ligne.",
         None),
        # 10: a foundation date in the body
        ("Le pôle a été créé le 12 mars 2005 par un groupe d'hôpitaux, d'universités et d'entreprises. Il est depuis "
         "devenu une référence pour la recherche sur les vaccins en Europe.",
         None),
        # 11: an event date in the body
        ("La prochaine assemblée générale se tiendra le 7 avril 2023 à Lyon. Les adhérents voteront la nouvelle "
         "stratégie et éliront le conseil d'administration.",
         None),
        # --- issue 10 : dates des documents réels ---
        # un mois abrégé, une ligne de date sans tiret
        ("Paris, le 3 déc. 2019\n\nLe pôle Medicen annonce les lauréats de son appel à projets. Les projets "
         "retenus portent sur la santé numérique.",
         "2019-12-03"),
        # un champ « Date : » d'en-tête, avec le jour de la semaine
        ("Date : mardi 4 mars 2003\nObjet : invitation\n\nMadame, Monsieur, nous avons le plaisir de vous inviter "
         "à la pose de la première pierre du nouveau bâtiment.",
         "2003-03-04"),
        # un intitulé de communiqué avant la ligne de date
        ("Communiqué de presse | Lyon, le 12 mars 2021\n\nLe pôle Lyonbiopôle lance un appel à projets consacré "
         "aux vaccins. Les candidatures sont ouvertes.",
         "2021-03-12"),
        # la ligne de numéro d'une lettre d'information
        ("Lettre d'information n° 45 – 12 mars 2015\n\nÉdito. Le réseau des CHU présente ses résultats de l'année "
         "et ses projets.",
         "2015-03-12"),
        # une date suivie d'une heure
        ("Publié le 12 fév. 2021 à 10h30\n\nLe pôle Eurobiomed accueille une délégation d'entreprises "
         "canadiennes à Marseille.",
         "2021-02-12"),
        # une ligne de date close par un point, le texte sur la même ligne
        ("Lyon, le 12 mars 2021. Le pôle Lyonbiopôle lance un appel à projets consacré aux vaccins. Les "
         "candidatures sont ouvertes jusqu'au 30 avril 2021.",
         "2021-03-12"),
        # --- pas de date du document ---
        # un mois seul
        ("Novembre 2006 - semestriel\n\nLe réseau des CHU publie son bilan. Les établissements annoncent une hausse "
         "de leur activité.",
         None),
    ],
    "nl": [
        # 0
        ("Utrecht, 5 april 2023 – Health Valley Netherlands en Lyonbiopôle kondigen een nieuw uitwisselingsprogramma "
         "voor start-ups aan. Het programma loopt twee jaar.",
         "2023-04-05"),
        # 1: a publication line
        ("Gepubliceerd op 8 maart 2022\n\n"
         "De Innovatie Attaché in Parijs organiseert een handelsmissie naar de Franse gezondheidsclusters. Nederlandse "
         "bedrijven kunnen zich tot eind april aanmelden.",
         "2022-03-08"),
        # 2: a hyphen after the date
        ("Eindhoven, 12 oktober 2021 - Brainport Development en Medicen Paris Region ondertekenen een "
         "samenwerkingsovereenkomst op het gebied van medische technologie. De eerste activiteiten starten volgend jaar.",
         "2021-10-12"),
        # 3: a city name starting with an apostrophe
        ("'s-Hertogenbosch, 3 juni 2021 – Het Jeroen Bosch Ziekenhuis sluit zich aan bij een Europees consortium voor "
         "onderzoek naar zeldzame ziekten. Ook Franse partners nemen deel.",
         "2021-06-03"),
        # 4: a two-word city
        ("Den Haag, 1 februari 2022 – De Rijksdienst voor Ondernemend Nederland publiceert een nieuw overzicht van de "
         "Franse gezondheidsclusters. Het rapport is gratis te downloaden.",
         "2022-02-01"),
        # 5: a heading above the dateline, an em dash
        ("PERSBERICHT\n"
         "Leiden, 20 januari 2020 — Het Franse cluster Atlanpole Biotherapies bezoekt deze week verschillende "
         "Nederlandse ziekenhuizen. De delegatie spreekt met onderzoekers en ondernemers.",
         "2020-01-20"),
        # 6: a numeric date
        ("Utrecht, 05-04-2023 – Het Nederlandse cluster Health Valley ontvangt een delegatie van Franse "
         "medtechbedrijven. Tijdens het bezoek worden verschillende ziekenhuizen bezocht.",
         "2023-04-05"),
        # 7: a date alone on the first line; another date in the body
        ("15 november 2022\n\n"
         "Foodvalley NL presenteert een nieuwe strategie voor voeding en gezondheid. De plannen werden op 3 november "
         "2022 door het bestuur goedgekeurd.",
         "2022-11-15"),
        # 8: a weekday before the date
        ("Brussel, dinsdag 14 maart 2023 – Het Brusselse cluster lifetech.brussels ontvangt een delegatie van Franse "
         "biotechbedrijven. De bezoekers maken kennis met lokale start-ups.",
         "2023-03-14"),
        # --- no document date ---
        # 9: a deadline in the body
        ("De inschrijving voor de oproep sluit op 15 juni 2022 om twaalf uur. Kandidaten moeten een volledige "
         "projectbeschrijving en een gedetailleerde begroting indienen via het online platform.",
         None),
        # 10: a foundation date in the body
        ("Het cluster werd op 12 maart 2005 opgericht door een groep ziekenhuizen, universiteiten en bedrijven. "
         "Sindsdien is het uitgegroeid tot een referentie voor vaccinonderzoek in Europa.",
         None),
        # 11: an event date in the body
        ("De volgende algemene vergadering vindt plaats op 7 april 2023 in Lyon. De leden stemmen over de nieuwe "
         "strategie en kiezen een nieuw bestuur.",
         None),
        # twee plaatsen gescheiden door een schuine streep
        ("Gent / Gosselies, 28 november 2023 – flanders.bio en BioWin bundelen hun krachten met Franse clusters. "
         "Het initiatief moet bedrijven sneller toegang geven tot productiecapaciteit.",
         "2023-11-28"),
        # een nieuwsbrief met een verzenddatum
        ("HEALTH VALLEY NETHERLANDS\nNieuwsbrief nr. 3 / 2024\nVerzonden op 12 maart 2024\n\nBeste lezer, dit voorjaar "
         "staan vier activiteiten in het teken van samenwerking met Franse clusters.",
         "2024-03-12"),
        # --- issue 10: datums uit echte documenten ---
        # een afgekorte maand met punt, een datumregel zonder streepje
        ("Maastricht, 4 mrt. 2020\n\nDe gemeente presenteert de nieuwe structuurvisie voor de campus. De "
         "gemeenteraad stelt het plan binnenkort vast.",
         "2020-03-04"),
        # een veld "Datum:" met een weekdag
        ("Datum: dinsdag 4 maart 2003\nOnderwerp: uitnodiging\n\nGeachte heer, mevrouw, wij nodigen u graag uit "
         "voor de eerstesteenlegging van ons nieuwe gebouw.",
         "2003-03-04"),
        # een briefhoofd met een Engelse datumregel in een Nederlandse tekst
        ("Ingezonden persbericht\n\nTime : 3:16:40 PM\nDate : Tuesday, March 04, 2003\n\nWij hebben het genoegen "
         "u uit te nodigen op de opening van het nieuwe researchgebouw in Beerse.",
         "2003-03-04"),
        # een woord dat aan het jaartal vastgeplakt is (paginaresten)
        ("Provincie investeert in het Bio Science Park\n\nGepubliceerd op 17 mei 2019De provincie stelt zo'n "
         "750.000 euro beschikbaar voor projecten op de campus.",
         "2019-05-17"),
        # een kop "Persbericht" voor de datum
        ("Persbericht - 3 mei 2021\n\nHet Leiden Bio Science Park verwelkomt vijf nieuwe bedrijven. De campus "
         "groeit verder.",
         "2021-05-03"),
        # de nummerregel van een nieuwsbrief
        ("Nieuwsbrief nr. 12 | 3 mei 2021\n\nBeste leden, in deze editie stellen wij de winnaars van de "
         "innovatieprijs voor.",
         "2021-05-03"),
        # --- geen datum van het document ---
        # een " date YYYY-MM "-markering geeft alleen een maand
        (" date 2023-09 \n\nHet instituut krijgt opnieuw financiering voor vijf jaar. De subsidie ondersteunt "
         "onderzoek naar kanker.",
         None),
    ],
}
