"""Pairs 1-15 of complementary_v5."""

from people import pair, person

PAIRS = [
    # 1 ----------------------------------------------------------------- trap: language
    pair(
        1,
        "cross",
        "balloon-weather-cover",
        "A flies hot-air balloons and loses money on every flight the wind cancels; B sells "
        "parametric weather cover to small outdoor businesses and wants operators to cover.",
        a=person(
            "Gaëtan Ferrandou",
            """Je suis pilote de montgolfière depuis dix-neuf ans au-dessus des châteaux de
            la Loire. J'ai trois ballons, deux pilotes salariés et une équipe de récupération
            avec deux 4x4 et des remorques. On vole d'avril à octobre, environ six cents
            passagers par saison, beaucoup de cadeaux d'anniversaire et de mariage. Mon
            fils m'aide le week-end mais il veut devenir kiné, donc je ne compte pas sur lui
            pour reprendre.""",
            """Un vol sur trois est annulé au dernier moment à cause du vent ou des orages,
            et chaque annulation me coûte le carburant du convoyage, les heures des
            équipiers et souvent un remboursement. Les clients reportent deux ou trois fois
            puis demandent leur argent. Je voudrais que ces jours perdus soient payés
            automatiquement, sans expertise ni dossier à remplir, dès que la météo officielle
            dit qu'on ne pouvait pas décoller.""",
            """Je préfère annuler que prendre un risque. Je n'aime pas les contrats de
            quarante pages qu'on ne lit jamais.""",
            tz=1,
            langs=["fr"],
            loc="Amboise",
        ),
        b=person(
            "Rosalind Kettlewell",
            """I spent eleven years pricing catastrophe risk at a Lloyd's syndicate and left
            to build cover that pays on an index rather than on a claim. Our contracts pay
            out when a public weather station crosses a threshold (wind speed, rainfall,
            lightning within ten kilometres), within 48 hours and with no adjuster. We have
            capacity from two reinsurers and a licence through a French partner broker. I
            speak decent French from two years in Lyon.""",
            """What we lack is the businesses themselves. I need operators whose whole day
            depends on the sky, who can tell me honestly which conditions ground them, and
            who keep records of every cancelled day for the past ten years so the triggers
            are fair. Ideally someone respected in their trade who others will follow.""",
            """Clear contracts, paid fast. If a client can't explain the cover to a friend,
            we wrote it badly.""",
            ro=[],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Callum Pettigrew",
            """Actuary turned founder: we write index-based rainfall cover for
            smallholder farms and pay within days when the satellite rainfall
            estimate falls below the season's trigger. We have a pilot running with
            two microfinance lenders. We built our own satellite data pipeline and a
            claims-free payout engine, and our first 4,000 farmers were paid within
            six days of a failed rainy season. Before this I spent eight years at a
            reinsurer in Zurich.""",
            """I need a distribution partner with thousands of small farms on its books
            in East Africa, a mobile-money account to pay out through, and someone
            who can run field staff to sign farmers up at harvest markets. Without
            that partner we stay a clever product with no customers; our investors
            want 50,000 farms signed by next harvest.""",
            """Insurance for people who were never offered any.""",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Solène Briquemont",
            """J'organise des mariages dans des châteaux de Touraine, une trentaine par
            an, avec traiteur, fleuriste et hébergement réservés pour les invités.
            Mes couples viennent de Paris, de Londres et de New York, et ils
            dépensent sans compter pour le lendemain de la fête. J'ai un carnet de
            traiteurs et de musiciens que je fais travailler depuis quinze ans.""",
            """Je cherche un pilote de montgolfière près d'Amboise pour offrir un
            décollage aux mariés le lendemain de la fête, avec une équipe qui gère la
            récupération et les passagers. Il faudrait aussi qu'il assure le
            transport des invités jusqu'au point de décollage et des photos du vol.""",
            """Un souvenir que les invités racontent pendant des années.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Declan Moorcroft",
            """Former weather-risk underwriter. We sell cover that pays automatically
            when a public station records the wind or storms that ground an outdoor
            business; no claim form, payment in two days, backed by reinsurers. I
            spent a decade pricing weather risk in the London market before starting
            this.""",
            """Operators who fly or sail for a living, with ten years of records of the
            days they could not work, so our triggers match reality. Ideally someone
            respected in their trade whom others will follow.""",
            """Contracts short enough to read on a phone.""",
            tz=0,
            langs=["en"],
        ),
    ),
    # 2 ----------------------------------------------------------------- trap: consent
    pair(
        2,
        "en",
        "tattoo-fading",
        "A owns tattoo studios that turn away people who regret old work; B is a nurse trained "
        "on lasers who wants a stream of clients and a high-street room.",
        a=person(
            "Marcus Delahunty",
            "3 tattoo studios in Leeds + Bradford, 11 artists, ~4k clients a yr.",
            "ppl keep walking in wanting old ink gone or lightened first. I send them away.",
            "no drama, honest prices",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        b=person(
            "Felicity Arrowsmith",
            """I'm a registered nurse with nine years on a hospital dermatology ward, and for
            the last three I have run Q-switched and picosecond laser sessions at a private
            skin clinic, mostly for pigment problems and scars. I hold the core of knowledge
            certificate and the local authority licence, and I know the safety rules for a
            laser room by heart. Outside work I'm restoring a narrowboat, very slowly.""",
            """The clinic I work for pushes expensive facials and I want my own practice, but
            I can't afford a high-street lease or the marketing to find the people who
            actually need what I do. I'd like a partner who already has a busy shopfront and
            a crowd of customers who regret something on their skin and want it faded or
            gone before starting again.""",
            """Safety first, never upsell. Say no when someone's skin isn't ready.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Wakefield",
        ),
        twin=person(
            "Imogen Thackeray",
            """Nurse practitioner, seven years in aesthetics: laser hair removal,
            pigment correction, skin peels. I run sessions two days a week in a
            Harrogate salon and hold the laser licence. I also teach first aid to
            beauty therapists in the evenings. My clients are mostly women in their
            forties who want to look rested, not changed, and they come back every
            six weeks. I've kept a waiting list since my second year.""",
            """I want a business partner who can raise money for a clinic in a spa hotel
            and handle the accounts, payroll and VAT, which I find impossible to keep
            up with on top of treatments. I'd rather someone else argued with
            landlords and banks while I treat people.""",
            """Natural results, nothing overdone.""",
            ro=["domain"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Jade Oyelaran",
            """I design aftercare balms and want them sold where people get inked. Each
            balm is made with shea, calendula and no fragrance, tested on my own arm
            first, and I sell about 300 tins a month online. My packaging is
            recyclable tin. I started in my kitchen four years ago and now rent a
            small unit in Leeds.""",
            """A studio owner with lots of walk-in clients to stock my balms at the
            till. Ideally the artists would recommend them as part of the aftercare
            talk. I'd give the studio a share of every tin sold and train the staff
            on the ingredients.""",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Bethany Cardew",
            """Dermatology nurse, laser-trained (pico and Q-switch), licensed. I want to
            run my own practice instead of selling facials for a chain. Nine years on
            a hospital skin ward, then three running laser sessions privately.""",
            """A partner with a busy street-front shop whose customers want old skin art
            faded or removed before getting something new. I can't afford a high-
            street lease or the marketing on my own.""",
            """Safety before sales.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 3 ----------------------------------------------------------------- trap: visibility
    pair(
        3,
        "fr",
        "sneaker-resoling-by-post",
        "A est cordonnier et voudrait recevoir des baskets de toute la France; B gère des "
        "retours de colis pour des e-commerçants et cherche un atelier pour un abonnement.",
        a=person(
            "Raymond Castagnié",
            "Cordonnier à Tarbes depuis 1994, je ressemelle aussi les baskets.",
            "Les gens loin d'ici ne peuvent pas me confier leurs paires facilement.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Tarbes",
        ),
        b=person(
            "Nadège Vilcourt",
            "Je gère les retours colis de 40 e-shops : étiquettes, points relais.",
            "Un artisan qui redonne vie aux chaussures usées, pour un abonnement.",
            tz=1,
            langs=["fr"],
            loc="Toulouse",
        ),
        twin=person(
            "Florent Abadie",
            "Je gère la logistique de colis retour pour des marques de mode.",
            "Un développeur pour mon outil de suivi, je perds trop de colis.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Yannick Pujolle",
            "Je revends des baskets de collection d'occasion en ligne.",
            "Quelqu'un qui remet à neuf des semelles usées avant la revente.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Sandrine Lacaze",
            "Je gère les retours de colis de boutiques en ligne, partout en France.",
            "Un artisan qui répare les chaussures envoyées par la poste.",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 4 ----------------------------------------------------------------- trap: commitment
    pair(
        4,
        "cross",
        "planetarium-touring-dome",
        "A makes full-dome astronomy films nobody screens; B tours schools with an inflatable "
        "dome and has shown the same old films for years.",
        a=person(
            "Theodora Wakefield",
            """I'm an astrophysicist at a university in Montreal and, for the last six years,
            I have produced full-dome films on the side: black holes, the life of a star,
            the moons of Jupiter, each 25 minutes, rendered at 4K fisheye with a proper
            soundtrack. Two of them won prizes at a dome festival in Germany. I can write a
            script that a nine-year-old follows and that a colleague would not laugh at.
            I'm also the person in my department who fixes the coffee machine.""",
            """My films sit on a hard drive. Fixed planetariums in Quebec buy from big
            studios and only screen a new title every two years, and I have no idea how to
            get children in front of what I've made. I would like the films to travel, to
            small towns and schools that never get a science trip, and to be paid per
            screening so I can go part-time at the university and make more.""",
            """Science should be beautiful and true at once. I won't simplify to the point
            of being wrong.""",
            ro=["domain"],
            rs=["operations"],
            tz=-5,
            langs=["en", "fr"],
            loc="Montréal",
        ),
        b=person(
            "Éloïse Tremblay-Ouellet",
            """Je dirige une petite entreprise qui promène un dôme gonflable de sept mètres
            dans les écoles du Québec : un camion, deux animateurs, un projecteur fisheye et
            cent vingt écoles visitées par an, surtout en région, de la Gaspésie à
            l'Abitibi. Les commissions scolaires nous payent à la journée. J'ai été
            animatrice de camp de jour pendant dix ans avant ça.""",
            """Nos séances tournent en rond : je passe les trois mêmes programmes depuis 2015,
            achetés d'occasion, et les enfants qui nous voient pour la deuxième fois le
            remarquent. Je voudrais des histoires récentes, exactes, faites pour notre écran
            courbe, et quelqu'un qui puisse répondre aux questions pointues des profs de
            sciences.""",
            """Les enfants des villages ont droit aux mêmes étoiles que ceux de la ville.""",
            ro=["operations"],
            rs=["domain"],
            tz=-5,
            langs=["fr"],
            loc="Rimouski",
        ),
        twin=person(
            "Jean-Sébastien Bouchard",
            """Je fais tourner une exposition itinérante sur les dinosaures dans les
            centres commerciaux du Québec, avec un camion, trois animateurs et des
            squelettes en résine. Quarante semaines par an sur la route, des contrats
            signés avec les gestionnaires de centres. Nos animateurs sont d'anciens
            étudiants en paléontologie et les enfants adorent les fouilles dans le
            bac à sable. Nous avons aussi un atelier de moulages.""",
            """Il me faut un associé qui trouve des commanditaires, des banques ou des
            assureurs, pour payer la tournée, parce que les centres commerciaux ne
            payent plus la location. Sans eux, on annulera la moitié des dates de
            l'an prochain et je devrai licencier.""",
            """Apprendre en s'amusant.""",
            ro=["operations"],
            rs=["sales"],
            tz=-5,
            langs=["fr"],
        ),
        one=person(
            "Oliver Pemberton-Hayes",
            """I run a 3D animation studio in Ottawa that renders for museums. We have
            spare farm capacity between contracts. Our team is twelve animators and
            two composers; we've done planetarium intros and museum walls, but never
            a whole dome film on our own.""",
            """A scientist who can write and check the script of a full-dome film about
            the solar system that a science museum has commissioned from us. The
            museum wants it accurate enough for teachers to use in class, and the
            deadline is next September.""",
            """Get the facts right, then make it pretty.""",
            ro=["design"],
            rs=["domain"],
            tz=-5,
            langs=["en"],
        ),
        trap=person(
            "Mélodie Gagnon",
            """Je promène un planétarium gonflable dans les écoles de l'Outaouais et des
            Laurentides, quatre-vingts écoles par an, avec un projecteur fisheye.
            Deux animateurs, un camion, et des commissions scolaires qui paient à la
            journée.""",
            """Des films récents sur l'espace, exacts et faits pour le dôme, et
            quelqu'un qui répond aux questions des enseignants. Les enfants qui nous
            revoient remarquent que ce sont toujours les mêmes séances.""",
            """Le ciel pour tous.""",
            ro=["operations"],
            rs=["domain"],
            c="side-project",
            tz=-5,
            langs=["fr"],
        ),
    ),
    # 5 ----------------------------------------------------------------- trap: timezone
    pair(
        5,
        "cross",
        "vanilla-curing",
        "A grows vanilla on Réunion and sells green pods too cheap; B is a curing specialist "
        "who wants a grower's crop to cure to pastry grade.",
        a=person(
            "Josian Payet",
            "Je cultive 2 hectares de vanille à Sainte-Rose, à La Réunion.",
            "Je vends mes gousses vertes à bas prix faute de savoir les transformer.",
            "Travail propre, prix juste.",
            tz=4,
            langs=["fr", "en"],
            loc="Sainte-Rose",
        ),
        b=person(
            "Anjali Ramdhony",
            """I cure vanilla in Mauritius: blanching, sweating, slow sun drying and months
            of conditioning in wooden boxes, the old Bourbon method my grandmother taught
            me. My pods go to pastry chefs in London and Paris at four times the price of
            the industrial grade. I have a second drying shed that stands half empty. I
            also sing in a church choir on Sundays.""",
            """I do not have enough green pods. My own vines are small and the growers near
            me sell to exporters who pay on weight. I want a grower who harvests at full
            ripeness, pod by pod, and will ship the fresh crop to me every season.""",
            """Patience is the ingredient. A rushed pod smells of nothing.""",
            tz=4,
            langs=["en", "fr"],
            loc="Curepipe",
        ),
        twin=person(
            "Vikash Doorgakant",
            """I cure and grade vanilla in Mauritius for the spice trade and run a
            sorting line with twelve workers; our cured pods meet the ISO grading
            standard. We supply two spice brands in South Africa and our sorting shed
            is certified for food safety. My father started the business in 1979.""",
            """I need a European food importer with warehouses and a licence to sell to
            supermarkets, because my cured stock waits too long for buyers. Ideally
            someone who already lists spices in Germany or Scandinavia and can take
            several tonnes a year.""",
            """Consistent quality, every lot.""",
            tz=4,
            langs=["en"],
        ),
        one=person(
            "Mathilde Hoarau",
            """Je tiens un salon de thé à Saint-Denis et je fais mes desserts moi-même.
            Mes crèmes brûlées et mes financiers partent en une heure le dimanche, et
            les touristes me demandent où acheter la même vanille. Je travaille seule
            avec une apprentie, et je fais aussi des confitures de goyave.""",
            """Un planteur qui me livre des gousses fraîches de l'île chaque semaine. Je
            paie bien pour des gousses cueillies à maturité. Je voudrais connaître la
            personne qui cultive, et pouvoir visiter la plantation.""",
            tz=4,
            langs=["fr"],
        ),
        trap=person(
            "Kalani Akana",
            """I cure vanilla on Hawaii's Big Island with the slow sun method and sell
            to pastry chefs at a premium. My sheds are half empty. My cured pods go
            to pastry chefs in San Francisco and New York at a premium.""",
            """A grower who harvests pods fully ripe and ships them fresh to me every
            season. The growers near me sell to exporters who pay on weight.""",
            """A rushed pod smells of nothing.""",
            tz=-10,
            langs=["en", "fr"],
        ),
    ),
    # 6 ----------------------------------------------------------------- trap: language
    pair(
        6,
        "en",
        "ground-radar-utilities",
        "A surveys underground pipes and cables with ground radar but no contractor knows he "
        "exists; B's road crews keep cutting cables they didn't know were there.",
        a=person(
            "Gareth Penhallow",
            "Ground-penetrating radar surveys, 15 yrs. I map what's under a street.",
            "Nobody calls me until after something's been cut. Need regular work.",
            ro=["domain"],
            tz=0,
            langs=["en"],
            loc="Truro",
        ),
        b=person(
            "Sharon Kettleborough",
            "I run street-works crews: 30 digs a week for two councils.",
            "We hit unmarked cables and gas lines. Each strike costs us ~£8k.",
            tz=0,
            langs=["en"],
            loc="Plymouth",
        ),
        twin=person(
            "Dean Folliott",
            "I run trenching crews laying fibre across Devon.",
            "Someone to chase the councils for permits, we wait weeks.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Priya Venkataraman",
            "Civil engineering student writing a thesis on buried services.",
            "A radar surveyor who'll let me shadow real jobs for a month.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Rodrigo Salvatierra",
            "Dirijo cuadrillas de obras en la calle, treinta zanjas por semana.",
            "Alguien que detecte cables y tuberías antes de excavar.",
            tz=0,
            langs=["es"],
        ),
    ),
    # 7 ----------------------------------------------------------------- trap: consent
    pair(
        7,
        "mixed",
        "single-estate-tea",
        "A is a Paris tea sommelier with restaurant clients but no regular supply; B runs a "
        "Nepalese tea cooperative that sells its best spring leaves at commodity prices.",
        a=person(
            "Clémence Aubriot-Lin",
            """Je suis tea sommelier, formée à Taipei et à Shizuoka, et je compose les
            cartes de thé de quatorze restaurants parisiens, dont deux étoilés. I run
            tastings for their staff every season, I write the pairing notes, and I know
            which chef wants smoky and which wants floral. J'ai aussi une petite boutique
            en ligne qui vend des coffrets de dégustation, surtout à Noël. Mon chat s'appelle
            Oolong, évidemment.""",
            """Mon problème, c'est la régularité : my suppliers change every year, les lots
            que les chefs adorent disparaissent, and I have to rewrite the menus. Je
            voudrais une source directe, des domaines d'altitude qui me gardent la première
            récolte de printemps, avec la traçabilité parcelle par parcelle que les
            restaurants demandent.""",
            """Respect the leaf and the people who pick it. Payer le vrai prix, pas le prix
            du marché.""",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Pemba Dorje Sherpa",
            """I chair a cooperative of 160 smallholder tea gardens in Ilam, eastern Nepal,
            between 1,200 and 2,100 metres. We built our own small factory in 2019 with
            rolling tables and a wood-fired dryer, and we can process each family's leaf
            separately, so every lot is traceable to one hillside. Our spring flush is as
            good as the famous estates across the border. I studied agronomy in
            Kathmandu and did a season on a farm in New Zealand.""",
            """Today we sell almost everything through a broker in Kolkata who blends it and
            pays commodity prices. I want a buyer in Europe who understands fine tea, who
            can explain our gardens to demanding customers and commits to buying the first
            flush every year, so our families can plan.""",
            """Fair prices keep young people in the hills. We would rather sell less, better.""",
            tz=5.75,
            langs=["en"],
            loc="Ilam",
        ),
        twin=person(
            "Ang Nima Lama",
            """I manage a tea estate in Ilam with 300 workers and a factory that makes
            orthodox black and green tea. We export about 40 tonnes a year through
            Indian brokers and have organic certification. Our factory runs eleven
            months a year and we sell mostly to blenders in Kolkata and Dubai. We are
            proud of our volumes.""",
            """I need an investor who can pay for a new withering shed and a second
            generator, because power cuts ruin batches in the monsoon. Returns in
            five years. We also need someone who knows how to negotiate cheaper power
            contracts with the provincial utility.""",
            """Scale is how we survive.""",
            tz=5.75,
            langs=["en"],
        ),
        one=person(
            "Hugo Vernassal",
            """Chef d'un restaurant gastronomique à Lyon. Je veux une carte de thés à la
            place du vin pour le menu sans alcool, but I know nothing about tea. Nous
            servons soixante couverts le soir et notre sommelier vin part à la
            retraite. Nous avons déjà des jus et des kombuchas maison. Notre cave est
            réputée mais un tiers de nos clients ne boit plus d'alcool.""",
            """Quelqu'un qui compose la carte, forme ma salle et choisit les accords
            avec chaque plat. Ideally quelqu'un qui vienne deux fois par saison
            former l'équipe. Idéalement avec des notes écrites que le personnel peut
            apprendre par cœur.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Dawa Tamang",
            """I lead a cooperative of 90 family tea gardens in Ilam with a small
            factory; each lot is processed separately and traceable to one hillside.
            Our spring flush is as good as the famous estates across the border.""",
            """A buyer in Europe who knows fine tea, serves demanding restaurants and
            will commit to our first flush every spring. Today we sell through a
            broker in Kolkata who pays commodity prices.""",
            """Fair prices keep young people in the hills.""",
            tz=5.75,
            langs=["en"],
            consent=False,
        ),
    ),
    # 8 ----------------------------------------------------------------- trap: visibility
    pair(
        8,
        "cross",
        "condo-ev-charging",
        "A installs car chargers and wants whole buildings as clients; B manages condo "
        "associations where residents fight over a single plug in the garage.",
        a=person(
            "Kieran Lachance-Whitby",
            "Licensed electrician, Ottawa. I install EV chargers + load management.",
            "I get one driveway at a time. I want whole buildings as clients.",
            ro=["tech"],
            tz=-5,
            langs=["en", "fr"],
            loc="Ottawa",
        ),
        b=person(
            "Ginette Lafontaine",
            "Je gère 22 syndicats de copropriété à Gatineau, 1 400 logements.",
            "Les résidents se battent pour l'unique prise du garage. Ça dégénère.",
            tz=-5,
            langs=["fr"],
            loc="Gatineau",
        ),
        twin=person(
            "Réjean Desrosiers",
            "Je gère des copropriétés à Gatineau, une dizaine d'immeubles.",
            "Un comptable qui reprend les fonds de prévoyance, c'est le chaos.",
            tz=-5,
            langs=["fr"],
        ),
        one=person(
            "Ashleigh Brennan",
            "I sell electric cars at a dealership in Kanata.",
            "Someone who puts a charger in each buyer's home before delivery.",
            rs=["tech"],
            tz=-5,
            langs=["en"],
        ),
        trap=person(
            "Lucie Beauchemin",
            "Je gère des copropriétés à Hull, 900 logements en tout.",
            "Nos garages n'ont qu'une prise, les résidents se disputent.",
            tz=-5,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 9 ----------------------------------------------------------------- trap: commitment
    pair(
        9,
        "fr",
        "idle-school-coaches",
        "A possède des cars scolaires immobiles entre 9 h et 16 h; B organise des sorties "
        "pour des clubs de retraités qui annulent faute de transport abordable.",
        a=person(
            "Thierry Bellamolle",
            """Je dirige une entreprise familiale de transport scolaire dans le Jura :
            trente-deux cars, trente-huit conducteurs, des circuits le matin et le soir
            pour le conseil régional. Mes conducteurs habitent les villages, ils connaissent
            chaque route de montagne et chaque gamin. J'ai repris l'affaire de mon père en
            2008 et je joue encore au foot le dimanche, en vétérans.""",
            """Mes cars dorment sur le parking entre neuf heures et seize heures, et ils me
            coûtent quand même : assurance, crédit, dépôt. Mes conducteurs voudraient des
            heures en plus. Il me faudrait des clients de jour, réguliers, en semaine, qui
            ne se bousculent pas le mercredi, et quelqu'un pour les trouver et remplir un
            planning.""",
            """Un car bien entretenu et un chauffeur qui dit bonjour. Pas de sous-traitance
            à l'autre bout de la France.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Lons-le-Saunier",
        ),
        b=person(
            "Monique Terrasson",
            """J'anime depuis douze ans une fédération de soixante clubs du troisième âge
            dans le Jura et le Doubs. J'organise leurs sorties : marchés de Noël, fromageries,
            musées, repas dansants, une sortie par mois et par club. Je connais tous les
            présidents de club, et les mairies me prêtent des salles. Avant, j'étais
            secrétaire de mairie.""",
            """On annule une sortie sur trois parce que le déplacement coûte trop cher pour
            vingt personnes, ou parce que l'autocariste de Besançon ne monte pas jusque
            chez nous. Je voudrais un partenaire avec des véhicules disponibles en journée,
            en semaine, qui passe chercher les anciens chez eux dans les hameaux.""",
            """Les anciens ne doivent pas rester enfermés l'hiver.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Champagnole",
        ),
        twin=person(
            "Gisèle Morvandiau",
            """Je préside une association qui organise des séjours pour les retraités du
            Doubs : une semaine à la mer, une en montagne, cent cinquante
            participants par an, des partenariats avec trois villages vacances et une
            mutuelle. Nos participants sont fidèles et reviennent chaque année, et
            nous avons un bon réseau de bénévoles qui accompagnent les groupes.""",
            """Je cherche un associé qui sache monter des dossiers de subventions auprès
            de la caisse de retraite et du département, parce que nos tarifs
            deviennent trop chers pour les petites pensions. Il faudrait aussi revoir
            nos tarifs pour que personne ne soit exclu.""",
            """Partir en vacances, même avec une petite retraite.""",
            ro=["sales"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Arnaud Cuenot",
            """Je suis conducteur de car indépendant, j'ai mon permis D et dix ans
            d'expérience, mais plus de véhicule depuis que mon patron a fermé. J'ai
            conduit des cars scolaires et des navettes d'entreprise, je connais bien
            les routes du Jura, même l'hiver.""",
            """Une entreprise qui a des cars libres et m'en confie un, avec des circuits
            à faire en semaine. Je préfère un employeur local qui me laisse rentrer
            chez moi chaque soir.""",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Jacqueline Billot",
            """J'organise les sorties de quarante clubs de retraités dans le Haut-Jura :
            marchés, musées, repas dansants, une par mois et par club. Je connais
            tous les présidents de club et les mairies me prêtent des salles.""",
            """Un partenaire avec des véhicules libres en journée, en semaine, qui passe
            prendre les anciens dans les hameaux. On annule une sortie sur trois
            parce que le déplacement coûte trop cher.""",
            """Les anciens ne doivent pas rester seuls.""",
            ro=["sales"],
            rs=["operations"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 10 ---------------------------------------------------------------- trap: timezone
    pair(
        10,
        "cross",
        "hull-inspection-robots",
        "A runs a commercial diving firm doing risky routine hull checks; B builds a crawler "
        "robot for hulls and needs real ships and the people who pay for checks.",
        a=person(
            "Loïc Santarelli",
            """Je dirige une entreprise de scaphandriers professionnels au port de
            Marseille-Fos : quatorze plongeurs certifiés classe II, deux bateaux de
            travail, et des contrats annuels avec une quarantaine d'armateurs et de
            sociétés de classification. On inspecte les coques, les hélices, les prises
            d'eau, et on filme tout pour les experts. J'ai été plongeur démineur dans la
            Marine avant.""",
            """Mes plongeurs risquent leur vie pour des inspections de routine, dans une eau
            noire, entre des navires qui bougent. J'ai perdu un collègue en 2017. Je
            voudrais qu'une machine fasse le gros du travail répétitif, la coque entière
            en deux heures, et qu'on ne plonge plus que pour les réparations.""",
            """Personne ne meurt pour une photo de coque.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Marseille",
        ),
        b=person(
            "Henrik Solberg-Maas",
            """I'm a robotics engineer and I built a magnetic crawler that drives along a
            steel hull under water, maps it with sonar and a cleaning brush, and streams
            HD video to the surface. Our prototype has done 60 hours in the Rotterdam test
            basin. Our team is four engineers, funded by a Dutch grant until next autumn.""",
            """We have never been on a real working ship. I need a partner who already has
            port access, the trust of shipowners and class surveyors, and who knows what an
            hull survey report must contain to be accepted, so that our robot earns money
            on real jobs.""",
            """Dull, dirty and dangerous work belongs to machines.""",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["en"],
            loc="Rotterdam",
        ),
        twin=person(
            "Ingrid Vasquez-Holm",
            """I design underwater drones that inspect fish-farm nets in Norway, with
            sonar and cameras; forty units sold to salmon farmers. Our drones run
            four hours on a charge and send alerts when a net is torn. We have
            distributors in Scotland and Chile.""",
            """I need a manufacturing partner who can build 500 units a year in Asia at
            a lower cost, and someone to run the factory relationship. Our investors
            want unit costs halved before they fund the next round.""",
            """Good engineering is cheap engineering.""",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["en"],
        ),
        one=person(
            "Maëlle Cornic",
            """Je sors de l'INPP avec mon certificat de scaphandrier et je cherche du
            travail en mer. J'ai fait des plongées en carrière et en mer à Marseille
            pendant ma formation, et je suis disponible tout de suite.""",
            """Une entreprise de plongée qui embauche des débutants et leur apprend les
            inspections de navires. Je voudrais apprendre auprès de plongeurs
            expérimentés et travailler en sécurité.""",
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Wei Jian Tan",
            """Robotics engineer in Singapore; our crawler inspects and maps ship hulls
            under water and streams video. Tested in a basin, never on a real ship.
            Four engineers, funded by a government grant until next year.""",
            """A diving company with port access and shipowner clients who knows what
            inspection reports must contain. We need the trust of shipowners and
            class surveyors to earn money on real jobs.""",
            """Dangerous work belongs to machines.""",
            ro=["tech"],
            rs=["operations"],
            tz=8,
            langs=["en"],
        ),
    ),
    # 11 ---------------------------------------------------------------- trap: language
    pair(
        11,
        "en",
        "retired-racing-greyhounds",
        "A runs a greyhound rescue with too many dogs; B manages care homes that want calm "
        "resident dogs and can adopt several.",
        a=person(
            "Maureen Fitzsimmons",
            """I run a rescue for retired racing greyhounds outside Swindon: 40 kennels, a
            paddock, a vet on call, eight volunteers. Greyhounds are gentle, lazy, happy on
            a sofa all day, and most people don't know that.""",
            """The tracks send us dogs faster than families take them. We need places that
            can take several at once, with people around all day and staff who'll keep
            them on a routine.""",
            """Every dog deserves a sofa.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
            loc="Swindon",
        ),
        b=person(
            "Nigel Ashdown",
            "I manage 5 care homes in Wiltshire, 210 residents.",
            "Residents miss having an animal. Want calm ones that can live here full time.",
            tz=0,
            langs=["en"],
            loc="Devizes",
        ),
        twin=person(
            "Patricia Holloway",
            "I run 3 care homes near Bath, 120 residents.",
            "Need a cook who can do soft diets well; our meals get sent back.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Liam Stonehouse",
            "I make padded fleece coats for thin-skinned dogs.",
            "A rescue with lots of lean dogs to test my sizes on.",
            ro=["design"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Henrike Vogelsang",
            "Ich leite vier Pflegeheime bei Bremen mit 180 Bewohnern.",
            "Ruhige Hunde, die dauerhaft bei uns wohnen können.",
            tz=1,
            langs=["de"],
        ),
    ),
    # 12 ---------------------------------------------------------------- trap: consent
    pair(
        12,
        "mixed",
        "film-set-catering-waste",
        "A caters film shoots and throws away a third of the food; B runs a night shelter "
        "kitchen short of cooked meals and has a van and volunteers.",
        a=person(
            "Samir Belkacem-Hart",
            "Je fais la cantine des tournages, 150 couverts/jour, Paris + banlieue.",
            "On jette 1/3 of the food because the shoots run late, et j'ai honte chaque soir.",
            "zéro gâchis if possible",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Denis",
        ),
        b=person(
            "Agathe Delorme",
            "Je gère la cuisine d'un accueil de nuit, 90 personnes, avec 1 camion.",
            "Il nous manque des repas chauds. On a des bénévoles prêts à aller chercher.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Aubervilliers",
        ),
        twin=person(
            "Bastien Guérineau",
            "Je gère un centre d'hébergement d'urgence, 60 lits, Montreuil.",
            "Un juriste pour nos contrats avec l'État, on est payés en retard.",
            ro=["operations"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Ophélie Marchand",
            "Régisseuse de tournage, je prépare 3 films cet hiver.",
            "Une cantine qui suit l'équipe sur les décors, même tard.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Rachida Ouahbi",
            "Je gère la cuisine d'un foyer de nuit, 70 personnes, avec un camion.",
            "Des repas chauds en plus, nos bénévoles peuvent aller les chercher.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 13 ---------------------------------------------------------------- trap: visibility
    pair(
        13,
        "cross",
        "drone-light-shows",
        "A owns a fleet of show drones that sits idle; B organises village fireworks that the "
        "prefecture now bans in summer for fear of forest fires.",
        a=person(
            "Rupert Hollingsworth",
            "I own 200 show drones and have 2 licensed pilots, based near Nice.",
            "The fleet sits in boxes most weekends; only corporate launches book us.",
            tz=1,
            langs=["en", "fr"],
            loc="Nice",
        ),
        b=person(
            "Fabienne Giordanengo",
            """Depuis vingt ans, j'organise les feux du 14 juillet et du 15 août pour
            quarante-cinq communes du Var et des Alpes-Maritimes : autorisations, sécurité,
            musique, buvette, parfois le bal. Les maires me font confiance et me signent
            les contrats dès janvier. Je fais aussi la sono pour des mariages quand il
            reste du temps.""",
            """Depuis deux étés, la préfecture interdit les fusées dès que le risque
            d'incendie monte, donc presque tout juillet et août. Les villages perdent leur
            fête, et moi mon chiffre. Il me faut un spectacle de ciel sans flamme ni
            étincelle, qui se voit de toute la plage, et qu'on ne peut pas annuler pour
            cause de sécheresse.""",
            """Une fête de village, c'est sacré. Personne ne doit rester chez soi le 14
            juillet.""",
            tz=1,
            langs=["fr"],
            loc="Fréjus",
        ),
        twin=person(
            "Didier Scarpellini",
            """J'organise des fêtes de village et des feux d'artifice dans le Vaucluse
            depuis quinze ans, une trentaine de communes sous contrat. Je connais
            tous les maires du coin et je monte aussi les bals et les buvettes. Les
            fêtes attirent des milliers de personnes chaque été.""",
            """Il me faut un artificier diplômé qui reprenne mes tirs, parce que je pars
            à la retraite et que personne n'a la certification chez nous. Sans lui,
            je devrai arrêter les tirs, et ce sont les contrats les plus rentables.""",
            """La tradition avant tout.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Véronique Agostini",
            """Je dirige la communication d'un grand hôtel de Cannes. Nous fêtons nos
            cent ans en mai, avec 600 invités sur la plage. Nous avons déjà le
            traiteur, l'orchestre et un photographe ; il manque le moment dont tout
            le monde parlera. Nous avons un budget confortable et une équipe
            événementielle de six personnes.""",
            """Un opérateur qui dessine notre logo dans le ciel au-dessus de la mer à
            minuit, avec des pilotes agréés. Le spectacle doit être autorisé par la
            préfecture et sans aucun risque pour la plage. Il faudrait aussi une
            répétition la veille et un plan de secours en cas de vent.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Marie-Laure Ferracci",
            """J'organise les fêtes et les feux de trente communes du Var, contrats
            signés avec les mairies chaque hiver. Je fais ce métier depuis dix-huit
            ans et les maires me font confiance.""",
            """La préfecture interdit les fusées l'été : il me faut un spectacle de ciel
            sans flamme, visible de toute la plage. Il faut quelque chose qu'on ne
            puisse pas annuler pour cause de sécheresse.""",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 14 ---------------------------------------------------------------- trap: commitment
    pair(
        14,
        "cross",
        "bat-acoustic-surveys",
        "A wrote software that names bat species from night recordings; B's consultancy "
        "spends hundreds of hours listening by hand for wind-farm permit studies.",
        a=person(
            "Niamh Gallagher-Roux",
            """I did my PhD in bioacoustics in Galway and then built software that listens
            to ultrasound recordings and names the bat species in them, with a confidence
            score and a spectrogram for every call. It was trained on 1.2 million labelled
            calls from across Western Europe. I own forty detectors that I lend to
            volunteer groups. I moved to Brussels for my partner and cycle everywhere.""",
            """I now have to earn a living from it. The people who really need it are those
            who must prove to the state, before building anything, that their project will
            not harm protected animals, and who pay for months of night work to do so. I
            don't know them and I don't know how their reports are judged.""",
            """Good data protects wildlife better than good intentions.""",
            ro=["tech"],
            tz=1,
            langs=["en", "fr"],
            loc="Brussels",
        ),
        b=person(
            "Jérôme Vandenbossche",
            """Je dirige un bureau d'études environnementales à Lille, neuf écologues, et
            nous montons chaque année vingt-cinq dossiers d'autorisation pour des parcs
            éoliens dans le nord de la France et en Wallonie. Nos clients sont des
            développeurs qui paient bien et vite. Je connais les inspecteurs de la DREAL et
            ce qu'ils refusent.""",
            """Nos inventaires de chauves-souris nous tuent : des centaines d'heures
            d'écoute nocturne à trier à la main, des stagiaires qui se trompent d'espèce, et
            des dossiers rendus en retard. Je voudrais que le tri soit fait en une nuit,
            avec une fiabilité que je peux défendre devant l'administration.""",
            """Rigueur et honnêteté, même quand le client n'aime pas la conclusion.""",
            tz=1,
            langs=["fr"],
            loc="Lille",
        ),
        twin=person(
            "Aurélie Decottignies",
            """Je dirige un bureau d'études faune-flore à Amiens, six écologues, surtout
            des inventaires d'oiseaux pour des carrières et des lotissements. Nous
            avons de bons rapports avec l'administration. Nos écologues connaissent
            très bien les oiseaux et les amphibiens, et nous rendons nos rapports à
            l'heure.""",
            """Je cherche un associé commercial qui décroche des contrats avec les
            grands aménageurs routiers, parce que nous dépendons de trois clients
            seulement. Il nous faudrait aussi quelqu'un qui réponde aux appels
            d'offres publics, que nous perdons faute de temps.""",
            """La nature d'abord.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Tobias Achterhuis",
            """I run a volunteer bat group in Flanders with 60 members; we record bats
            in parks every summer. We have volunteers every night in July and August
            and a good relationship with the regional parks. We publish a newsletter.
            Most of us are retired teachers and students, and we've mapped every park
            in Ghent.""",
            """Someone with a pile of detectors to lend us and software that tells us
            which species we heard. Ideally someone who'd also train our members to
            read the results properly. We have a small grant to buy a licence if the
            software is good.""",
            rs=["tech"],
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Corentin Lefebvre",
            """Je dirige un bureau d'études à Arras ; nous montons quinze dossiers de
            parcs éoliens par an. Nos clients sont des développeurs qui paient bien,
            et nous connaissons la DREAL.""",
            """Le tri des enregistrements nocturnes de chauves-souris nous prend des
            centaines d'heures ; je veux le faire en une nuit, de façon défendable.
            Nos stagiaires se trompent d'espèce et nos dossiers partent en retard.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 15 ---------------------------------------------------------------- trap: timezone
    pair(
        15,
        "fr",
        "farmed-snails",
        "A élève des escargots et les vend vivants trop bon marché; B est traiteur et veut "
        "des escargots préparés pour ses plateaux de fêtes.",
        a=person(
            "Ghislaine Pertuiset",
            "Éleveuse d'escargots en Bourgogne, 400 000 par an, parcs en plein air.",
            "Je les vends vivants à bas prix. Il me manque un débouché qui valorise.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Autun",
        ),
        b=person(
            "Hervé Dumontet",
            "Traiteur à Dijon, 3 000 plateaux de fêtes chaque décembre.",
            "Mes clients veulent du local pour Noël, mon fournisseur importe tout.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Dijon",
        ),
        twin=person(
            "Laurence Brochot",
            "Traiteur de mariages en Côte-d'Or, 60 mariages par an.",
            "Un associé qui gère le personnel de service, je n'y arrive plus.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Cyril Moissenet",
            "J'étudie l'élevage à Dijon, je prépare un mémoire.",
            "Une ferme d'escargots qui m'accueille en stage cet été.",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Évelyne Wamytan",
            "Traiteur à Nouméa, 2 000 plateaux de fêtes en décembre.",
            "Des escargots d'élevage français, préparés, pour mes clients.",
            ro=["sales"],
            rs=["domain"],
            tz=11,
            langs=["fr"],
        ),
    ),
]
