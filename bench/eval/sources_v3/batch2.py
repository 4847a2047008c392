"""Pairs 17-32 of complementary_v3."""

from people import pair, person

PAIRS = [
    # 17 ------------------------------------------------------------------ trap: consent
    pair(
        17,
        "en",
        "retail",
        "A is a buyer for a group of independent hardware stores who wants to stop running "
        "out of stock; B is a forecasting data scientist who wants a retail insider.",
        a=person(
            "Sandra Kowalczyk",
            "Head buyer, 22 independent hardware shops. 15 yrs in DIY retail.",
            "we're always out of the wrong things. need a numbers person to fix ordering",
            ro=["operations"],
            tz=1,
            langs=["en", "pl"],
        ),
        b=person(
            "Julian Ashdown",
            """Data scientist, nine years, six of them on demand forecasting and replenishment
            for a supermarket chain: seasonality, promotions, weather effects, store-level
            models that feed automatic purchase orders. Before that I did my PhD in
            statistics. I've also had to explain these models to store managers who didn't
            trust them, which taught me more than the PhD. I can build the whole thing,
            from the data pipeline to the interface buyers look at in the morning.""",
            """I'd like to build for independent retailers rather than giants, but I don't
            know that world. I'm looking for someone who has been the one placing orders
            for shops, knows suppliers and the rhythm of the trade, and can bring in the
            first stores to try it.""",
            """Tools that give small shops the same edge as big chains.""",
            ro=["tech"],
            tz=0,
            langs=["en"],
            loc="Bath",
        ),
        twin=person(
            "Meera Joshi",
            """Data scientist, 7 years on demand forecasting and inventory optimisation for an
            online fashion retailer: seasonality and promotion models, automatic reorder
            suggestions, dashboards for buyers. I build end-to-end, from pipelines to the
            screens people use.""",
            """Looking for a co-founder with a crypto and web3 background for a tokenised
            loyalty programme across retailers; someone who can design the token and talk to
            exchanges.""",
            """Disrupt everything.""",
            ro=["tech"],
            tz=1,
            langs=["en"],
        ),
        one=person(
            "Gordon Pike",
            """I sell a shelf-edge label printing system to shops; 120 customers, mostly garden
            centres, and a small team that installs it.""",
            """Need an experienced retail buyer who knows independent hardware and DIY stores
            from the inside, to tell us which ranges to support and get us in front of the
            owners.""",
            ro=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Harriet Lomax",
            """Forecasting specialist, retail replenishment models for grocery and DIY.""",
            """Want a buyer from independent retail with a network of shops.""",
            ro=["tech"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 18 --------------------------------------------------------------- trap: visibility
    pair(
        18,
        "cross",
        "biotech-lab-tools",
        "A built an open-source liquid-handling robot and needs someone who sells to "
        "academic labs; B ran a molecular biology core facility and wants a lab instrument "
        "to bring to the labs she knows.",
        a=person(
            "Aidan Whelan",
            """Mechatronics engineer. I designed an open-hardware pipetting robot that costs a
            tenth of the commercial ones; 25 units are running in university labs that built
            them from our kits.""",
            """Kits don't scale. I need a partner who knows how research labs buy equipment,
            who the lab managers and procurement officers are, and who can turn grateful
            hobbyist users into paying institutions.""",
            """Open science; affordable tools.""",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="Galway",
        ),
        b=person(
            "Claire Mongin",
            """J'ai dirigé pendant dix ans une plateforme de biologie moléculaire dans un
            institut public à Strasbourg. Je connais les circuits d'achat des labos, les
            marchés publics, les responsables de plateformes de toute la France et de Suisse.""",
            """Je cherche un ingénieur qui a conçu un instrument de paillasse fiable et pas
            cher, pour l'emmener dans les laboratoires que je connais.""",
            ro=["sales", "domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Strasbourg",
        ),
        twin=person(
            "Nathalie Berthier",
            """Ancienne commerciale chez un fournisseur de réactifs, 12 ans, je connais les
            acheteurs de tous les labos académiques de l'Est.""",
            """Je cherche un développeur pour un cahier de laboratoire électronique en
            ligne, vendu par abonnement.""",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin2=person(
            "Stuart Kemble",
            """Life-science sales, 11 years: I know lab managers and procurement officers across
            UK universities.""",
            """Looking for a pharma regulatory expert to sell compliance audits.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Oksana Bilyk",
            """Bioinformatician; I wrote protocol-sharing software used by 300 labs.""",
            """Need an engineer who builds affordable liquid-handling hardware to pair with
            our protocols.""",
            ro=["tech"],
            rs=["tech"],
            tz=1,
            langs=["en", "uk"],
        ),
        trap=person(
            "Anne-Sophie Keller",
            """Responsable d'une plateforme de génomique, réseau des acheteurs de labos.""",
            """Cherche ingénieur avec un robot de pipetage abordable.""",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 19 --------------------------------------------------------------- trap: commitment
    pair(
        19,
        "fr",
        "tourism",
        "A gère un réseau de gîtes qui restent vides hors saison, à côté de son emploi ; "
        "B est spécialiste du marketing touristique, aussi en projet du soir, et veut une "
        "offre d'hébergement à promouvoir.",
        a=person(
            "Pascal Rouvière",
            """Je m'occupe, en plus de mon boulot à la chambre d'agriculture, d'un collectif
            de 25 gîtes et chambres d'hôtes en Ardèche. Je connais tous les propriétaires, je
            gère les contrats, le ménage, les clés, et je sais quels lieux ont du cachet.""",
            """D'octobre à avril c'est vide. Il me faudrait quelqu'un qui sache faire venir
            des gens : créer l'envie, trouver les bons publics (télétravailleurs, randonneurs,
            séminaires), animer Instagram et la pub en ligne.""",
            """Tourisme doux, respect des villages.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Elsa Marchetti",
            """Responsable marketing dans une agence de voyages, 8 ans : campagnes, contenus,
            partenariats avec des influenceurs voyage, ciblage des séjours hors saison.""",
            """Projet du soir : je cherche quelqu'un qui a déjà un ensemble de logements à
            faire connaître, et qui s'occupe de la gestion au jour le jour.""",
            c="side-project",
            tz=1,
            langs=["fr", "it"],
        ),
        twin=person(
            "Romain Dufresne",
            """Marketeur digital tourisme, campagnes payantes et réseaux sociaux pour des
            offices de tourisme.""",
            """Cherche un associé développeur pour une appli de réservation d'activités,
            objectif levée de fonds.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Sylvie Chabanel",
            """Je fais du ménage et de la conciergerie pour locations saisonnières.""",
            """Cherche une personne qui gère déjà un collectif de gîtes pour travailler
            ensemble.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Morgane Le Bihan",
            """Marketing touristique : campagnes hors saison, contenus, partenariats.""",
            """Cherche un réseau de gîtes à promouvoir.""",
            c="full-time",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 20 ----------------------------------------------------------------- trap: timezone
    pair(
        20,
        "cross",
        "orthotics",
        "A is an orthotist who wants custom braces made faster; B is a 3D-scanning and CAD "
        "engineer who wants a clinician.",
        a=person(
            "Thibault Grangier",
            """Orthoprothésiste depuis 14 ans, cabinet à Toulouse et consultations à
            l'hôpital pour enfants. Je fabrique des corsets pour scoliose et des
            releveurs de pied, encore au plâtre. Je connais les prescripteurs et les
            remboursements.""",
            """Je veux qu'on arrête le moulage au plâtre : je cherche quelqu'un qui
            sait numériser un corps et modéliser une pièce sur ordinateur pour qu'on
            l'imprime.""",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Megan Trelawny",
            """Mechanical engineer, eight years. Started in motorsport composites, then moved to
            a medical
            device start-up where I built a pipeline that goes from a phone or structured-light
            scan to a parametric model and a printable nylon shell in about an hour, with the
            wall thickness and vent holes generated automatically. I've run two small printer
            farms and I know the quality paperwork for custom-made devices. What I've never done
            is fit anything on a patient.""",
            """Looking for a practising orthotist who fits patients and knows prescribers.""",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Ollie Brandt",
            """CAD and 3D scanning engineer, printed custom parts for sports equipment.""",
            """Looking for a sneaker brand co-founder to sell 3D-printed insoles D2C.""",
            ro=["tech"],
            rs=["marketing"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Juliette Pradel",
            """Paediatric physiotherapist; I see many children with scoliosis every week.""",
            """Looking for an orthotist to open a joint clinic together.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Jacob Marston",
            """Engineer: scanning and CAD for custom medical devices, printed shells.""",
            """Looking for an orthotist with patients.""",
            ro=["tech"],
            rs=["domain"],
            tz=-7,
            langs=["en", "fr"],
            loc="Denver",
        ),
    ),
    # 21 ----------------------------------------------------------------- trap: language
    pair(
        21,
        "mixed",
        "veterinary",
        "A is a vet who wants mobile clinics in rural areas; B is a fleet operations "
        "manager who wants a vet to build a service with.",
        a=person(
            "Dr. Aurore Fenwick",
            """Vétérinaire rurale, 10 ans, bovins et chiens. I also worked two years in
            Scotland with a mobile practice. Je sais monter une clinique, recruter des
            vétos, et je connais les éleveurs.""",
            """Je cherche quelqu'un qui sait faire tourner des véhicules sur la route tous
            les jours: planning, maintenance, permanence, the whole operational side.""",
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Marc-Antoine Lebrun",
            """Ops manager dans la livraison du dernier kilomètre, 40 camionnettes,
            planning, entretien, astreintes, recrutement des chauffeurs.""",
            """Je veux quitter la livraison de colis pour un métier qui a du sens ; je
            cherche quelqu'un qui soigne les animaux et rêve de cliniques sur roues.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Benoît Chauvel",
            """Responsable d'exploitation transport, flotte de 60 véhicules, planning et
            maintenance.""",
            """Cherche un associé investisseur pour racheter une société de transport.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Hannah Crowley",
            """Pet insurance product manager, 6 years; I design cover and wellness plans.""",
            """Looking for a practising rural vet to design a wellness plan with us and reach
            farmers' dogs.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Giulia Bertolini",
            """Responsabile operativa di una flotta di furgoni, pianificazione e
            manutenzione.""",
            """Cerco una veterinaria per aprire ambulatori mobili.""",
            tz=1,
            langs=["it"],
        ),
    ),
    # 22 ------------------------------------------------------------------ trap: consent
    pair(
        22,
        "en",
        "crafts",
        "A is a ceramicist who wants to turn her studio into a shared members' studio; B is "
        "an accountant who wants to run the numbers of a creative business.",
        a=person(
            "Imogen Hartley",
            """Potter, 12 years. I run a studio with three kilns and teach evening classes
            that sell out in hours; there's a waiting list of 200 people who want studio
            membership. I can design the space, teach, and build a community of makers.
            Numbers scare me though, and I've been burnt by a bad lease before.""",
            """I need someone who can make the money side work: pricing memberships, cash
            flow, a loan or a lease that won't sink us, maybe a co-op structure.""",
            """Making things by hand, together.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Femi Oduya",
            """Chartered accountant, 9 years, the last four as part-time finance director
            for small creative businesses: budgets, funding applications, property deals.""",
            """I want to co-found something physical with a maker who has a following and
            can run the creative side.""",
            tz=0,
            langs=["en", "yo"],
        ),
        twin=person(
            "Nigel Pemberton",
            """Accountant and FD for small businesses, budgeting, funding, leases.""",
            """Looking for a SaaS founder with recurring revenue to join as CFO and prepare
            an exit.""",
            """Exit in five years.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Bex Armitage",
            """I own an empty warehouse unit I want to fill with creative tenants.""",
            """Looking for a maker who can run classes and build a community of potters.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Sunita Rao",
            """Finance director for creative businesses, cash flow and funding.""",
            """Want a maker with a following to build a studio business.""",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 23 --------------------------------------------------------------- trap: visibility
    pair(
        23,
        "cross",
        "construction",
        "A is a timber structural engineer who wants to build small CLT housing; B is a "
        "French carpenter with a workshop and clients who wants engineering.",
        a=person(
            "Rhys Pengelly",
            """Structural engineer, timber specialist: cross-laminated timber and glulam
            design, fire and acoustic calculations, 20 buildings signed off.""",
            """Looking for a builder with a workshop, a crew and local clients who can
            actually put timber buildings up.""",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Jean-Baptiste Roux",
            """Charpentier, atelier de 12 compagnons dans le Jura, on taille et on monte des
            maisons à ossature bois. Beaucoup de clients qui attendent.""",
            """Il me faut un ingénieur qui sait calculer les grands panneaux de bois massif
            et signer les notes de calcul, pour monter en hauteur.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Loïc Sarrazin",
            """Charpentier-menuisier, atelier de 8 personnes en Haute-Savoie, maisons à ossature
            bois et extensions, beaucoup de demandes.""",
            """Cherche un architecte d'intérieur pour une gamme de mobilier haut de gamme.""",
            ro=["operations"],
            rs=["design"],
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Ewan Maclean",
            """Timber frame contractor, workshop and crew, 30 houses built.""",
            """Seeking a property developer with land to build holiday lodges.""",
            ro=["operations"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Dorothée Lamarre",
            """Architecte, j'ai dessiné des logements sociaux en bois.""",
            """Cherche un ingénieur structure bois massif pour créer un bureau d'études.""",
            ro=["design"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Mathieu Favre",
            """Charpentier, atelier et équipe, maisons bois.""",
            """Cherche un ingénieur en panneaux de bois massif.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 24 --------------------------------------------------------------- trap: commitment
    pair(
        24,
        "fr",
        "workplace-health",
        "A est psychologue du travail et a une méthode de prévention de l'épuisement ; B "
        "vend des services aux directions des ressources humaines et cherche une offre.",
        a=person(
            "Hélène Vasseur",
            "psychologue du travail, 12 ans, méthode de prévention du burn-out testée en PME",
            "cherche qqn qui sait vendre aux DRH. moi je déteste prospecter",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Cyril Manceau",
            """Commercial grands comptes depuis dix ans, j'ai vendu de la formation et des
            logiciels de paie aux directions du personnel de groupes industriels. Je
            connais les cycles, les appels d'offres, et j'ai un fichier solide. Je veux
            maintenant vendre quelque chose qui aide vraiment les gens plutôt qu'un énième
            logiciel.""",
            """Je cherche une clinicienne du travail, avec une approche qui a fait ses preuves
            contre
            l'épuisement professionnel, que je pourrai présenter sans rougir.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Laetitia Brunel",
            """Commerciale RH depuis 9 ans : j'ai vendu de la formation managériale et des
            logiciels de gestion des temps aux directions du personnel de grands groupes, je
            maîtrise les cycles longs et les appels d'offres.""",
            """Je cherche un développeur pour un outil de mesure de l'engagement par sondage, à
            vendre en abonnement, avec une levée de fonds rapide en ligne de mire.""",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Franck Delorme",
            """Coach sportif en entreprise, j'anime des séances dans 15 sociétés de la région et
            je connais bien les comités sociaux.""",
            """Cherche une psychologue du travail qui a une démarche de prévention de
            l'épuisement déjà testée, pour bâtir une offre commune de bien-être.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Grégory Tissot",
            """Vente aux directions RH, grands comptes.""",
            """Cherche une psy du travail avec une méthode.""",
            ro=["sales"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 25 ----------------------------------------------------------------- trap: timezone
    pair(
        25,
        "cross",
        "pharmacy",
        "A is a pharmacist who wants to deliver to housebound patients; B is a last-mile "
        "logistics operator who wants a healthcare partner.",
        a=person(
            "Sabine Orlowski",
            """Pharmacienne titulaire à Metz, deux officines. Une bonne partie de ma
            patientèle ne peut plus se déplacer. Je connais la réglementation de la
            dispensation à domicile et les confrères de la région.""",
            """Je cherche une personne qui sait organiser des tournées de livraison fiables,
            avec la chaîne du froid, des créneaux tenus, et des livreurs formés.""",
            tz=1,
            langs=["fr", "en", "de"],
        ),
        b=person(
            "Connor Whitby",
            """Operations lead at a same-day courier for six years; I set up temperature-
            controlled vans, route planning and driver training for 50 couriers.""",
            """I want to move into healthcare; looking for a licensed pharmacist who knows
            the rules of home dispensing and other pharmacies.""",
            tz=0,
            langs=["en", "de"],
        ),
        twin=person(
            "Daria Novak",
            """Responsable des opérations de livraison le jour même, 7 ans : camionnettes frigorifiques,
            planification des tournées, formation d'une flotte de 40 coursiers.""",
            """Je cherche un groupe de restaurants pour lancer une marque de livraison en cuisine
            fantôme.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Pierre-Yves Guérin",
            """Médecin généraliste en zone rurale, je fais des visites à domicile.""",
            """Cherche une pharmacienne pour monter une maison de santé.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Lucas Almeida",
            """Logistics operator, refrigerated same-day delivery.""",
            """Looking for a pharmacist to deliver medicines at home.""",
            tz=-6,
            langs=["en", "fr", "es"],
            loc="Mexico City",
        ),
    ),
    # 26 ----------------------------------------------------------------- trap: language
    pair(
        26,
        "en",
        "music-education",
        "A runs a network of piano teachers and wants a practice app; B is an audio "
        "developer who wants music teachers.",
        a=person(
            "Philippa Grange",
            """Piano teacher for 20 years; I coordinate a network of 35 private teachers in
            the Midlands and run the local exam preparation days.""",
            """Students don't practise between lessons. I want someone who can build
            software that listens to a child playing and tells them what went wrong.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Jonah Whitaker",
            """Audio software developer: pitch and onset detection, real-time feedback on
            mobile, 7 years.""",
            """Looking for someone who has taught an instrument for years, knows lots of other
            tutors, can plan what pupils learn and bring them in.""",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Kaito Morimoto",
            """Audio DSP engineer, real-time pitch tracking on phones.""",
            """Seeking a label/record executive to launch an AI music generation startup.""",
            """Disrupt the music industry.""",
            tz=0,
            langs=["en", "ja"],
        ),
        one=person(
            "Gareth Lyle",
            """I publish sheet music books for beginners.""",
            """Looking for a piano teacher network to co-create a graded course.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Amélie Fontaine",
            """Développeuse audio, détection de hauteur en temps réel sur mobile.""",
            """Cherche un réseau de professeurs de piano.""",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 27 ------------------------------------------------------------------ trap: consent
    pair(
        27,
        "cross",
        "wine",
        "A imports natural wine into the UK and wants producers; B makes natural wine and "
        "wants a way into the UK.",
        a=person(
            "Oliver Stanhope",
            "Wine importer, London. 60 restaurants buy from me. Bonded warehouse.",
            "Want small organic growers with character. my French is ok.",
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Agnès Pellerin",
            "Vigneronne en Anjou, 8 ha en bio, vins nature, 30 000 bouteilles.",
            "Cherche qqn pour me vendre à Londres, les restos là-bas.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Cédric Marolles",
            """Winemaker, 12 ha of natural wine in the Loire, organic for 15 years.""",
            """Looking for an investor to buy more vineyards.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Priyanka Sethi",
            "I own three wine bars in Manchester.",
            "Looking for a London importer with restaurant accounts to partner.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Baptiste Chéreau",
            "Vigneron bio en Touraine, vins nature.",
            "Cherche importateur à Londres.",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 28 --------------------------------------------------------------- trap: visibility
    pair(
        28,
        "mixed",
        "accessibility",
        "A is a wheelchair-user accessibility auditor who wants to sell compliance audits; "
        "B is a disability-law lawyer who wants a practitioner partner.",
        a=person(
            "Nora Benslimane",
            """Consultante accessibilité, wheelchair user myself. J'audite les bâtiments et
            les sites web depuis 8 ans; I know the standards and the real barriers.""",
            """I need someone on the legal side: quelqu'un qui connaît les obligations, les
            sanctions, et peut rédiger les contrats et les mises en demeure.""",
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Étienne Moulard",
            """Avocat en droit du handicap et de la non-discrimination, 11 ans.""",
            """Je cherche une experte de terrain qui réalise des audits d'accès pour proposer
            une offre complète aux entreprises.""",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Claire-Anne Robin",
            """Juriste droit du handicap, conformité et contentieux.""",
            """Cherche un investisseur pour racheter un cabinet.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Thomas Heller",
            """Web agency owner, 20 developers.""",
            """Looking for an accessibility auditor to add audits to our offer.""",
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Laure Decamps",
            """Avocate, droit de la non-discrimination et accessibilité.""",
            """Cherche une auditrice accessibilité de terrain.""",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 29 --------------------------------------------------------------- trap: commitment
    pair(
        29,
        "en",
        "childcare",
        "A manages nurseries and wants to open new ones; B finances and develops property "
        "and wants an operator.",
        a=person(
            "Lucy Okonkwo",
            """Nursery manager for 12 years, Ofsted outstanding twice; I know staffing
            ratios, curriculum, parents and inspectors. I've opened two new sites for an
            employer and I want my own.""",
            """I'm missing money and buildings: someone who can find sites, structure the
            finance and deal with landlords and planning.""",
            ro=["operations"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Marcus Thornbury",
            """Property finance and development, 10 years: site acquisition, planning,
            debt and equity for small commercial buildings.""",
            """Looking for an experienced operator of childcare for under-fives to partner on a
            chain of nurseries.""",
            ro=["finance"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Clive Ansell",
            """Property developer, planning and finance for commercial buildings.""",
            """Looking for a hotel operator for a boutique hotel portfolio.""",
            ro=["finance"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin2=person(
            "Fiona Dacre",
            """Real-estate finance, 8 years, debt structuring for small commercial sites.""",
            """Seeking a proptech developer to build a tenant app.""",
            ro=["finance"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Asha Patel",
            """Early-years curriculum author; my play-based programme is used by 40
            childminders.""",
            """Need an experienced nursery manager to pilot my curriculum and open a flagship
            setting.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Jonathan Reeve",
            """Property finance, site acquisition, planning for small buildings.""",
            """Looking for a nursery operator.""",
            ro=["finance"],
            rs=["operations"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 30 ----------------------------------------------------------------- trap: timezone
    pair(
        30,
        "fr",
        "carbon",
        "A plante des haies et veut les financer par le carbone ; B monte des dossiers "
        "de certification carbone et veut des agriculteurs qui plantent.",
        a=person(
            "Jérôme Castel",
            """Agriculteur en polyculture-élevage dans l'Orne, j'ai replanté 12 km de
            haies et j'anime un groupe de 40 fermes qui veulent en faire autant. Mais
            planter coûte cher et personne ne paie pour ce que ça stocke.""",
            """Il me faut quelqu'un qui sait transformer nos arbres en crédits reconnus :
            les référentiels officiels, les mesures, la paperasse, et trouver des boîtes
            prêtes à payer.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Anaïs Royer",
            """Ingénieure environnement, j'ai monté une quinzaine de projets Label bas-carbone
            (méthodes haies et agroforesterie), des calculs de stockage aux audits, et j'ai
            des entreprises prêtes à financer.""",
            """Je cherche un paysan moteur, capable d'embarquer ses voisins dans des projets
            d'arbres.""",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Florian Garnier",
            """Consultant carbone, Label bas-carbone, calculs et audits forestiers.""",
            """Cherche un associé pour vendre des compensations aux compagnies aériennes,
            gros volumes.""",
            """Le marché carbone va exploser, il faut être les premiers.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Manuel Prat",
            """Pépiniériste, je produis des plants d'arbres locaux.""",
            """Cherche un agriculteur qui anime un groupe de fermes pour planter des haies.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Sophie Wamytan",
            """Ingénieure carbone, projets agroforestiers certifiés, financeurs.""",
            """Cherche agriculteur qui fédère des fermes pour planter.""",
            tz=11,
            langs=["fr"],
            loc="Nouméa",
        ),
    ),
    # 31 ----------------------------------------------------------------- trap: language
    pair(
        31,
        "cross",
        "board-games",
        "A designs board games and wants them made and distributed; B is a former games "
        "publisher who knows factories and shops and wants good designs.",
        a=person(
            "Tobias Renwick",
            """Board game designer, hobby turned obsession. I have four playtested games,
            one that won a design competition at UK Games Expo, and a mailing list of 3,000
            players who test my prototypes. I can design rules, balance them, and make
            people love a game at a table. But I've no idea how you get 5,000 copies
            printed in a factory, into boxes, onto a ship, and onto the shelves of game
            shops, and my Kickstarter attempt taught me that shipping can eat all the
            money.""",
            """Someone who has done the part after the design: manufacturing quotes,
            freight, warehousing, distributors, the shops. Ideally a person who ran a small
            publishing house and still has the contacts.""",
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Florence Dumoulin",
            """Éditrice de jeux de société pendant 12 ans (40 titres), je connais les usines
            en Allemagne et en Chine, les distributeurs et les boutiques spécialisées.""",
            """Je cherche un auteur avec plusieurs jeux testés et une communauté de
            joueurs.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Grégoire Lambin",
            """Ancien éditeur de jeux, fabrication, logistique et distribution.""",
            """Cherche un développeur pour adapter des jeux de société en appli mobile.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Sam Ridley",
            """Illustrator; I painted the art for a dozen games.""",
            """Looking for a game designer with playtested games to launch a title.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Klaus Brenner",
            """Spieleverleger, 15 Jahre: Fabriken, Vertrieb, Fachhandel.""",
            """Suche einen Autor mit getesteten Spielen.""",
            tz=1,
            langs=["de"],
        ),
    ),
    # 32 ------------------------------------------------------------------ trap: consent
    pair(
        32,
        "cross",
        "sign-language",
        "A is a sign-language interpreter who wants on-demand remote interpreting; B is a "
        "video-streaming engineer who wants an interpreter partner.",
        a=person(
            "Coralie Mazet",
            """Interprète en langue des signes française depuis 15 ans, je coordonne
            une équipe de 20 interprètes et je connais très bien la communauté sourde.""",
            """Les personnes sourdes attendent des semaines pour un rendez-vous. Je
            cherche quelqu'un qui sait faire passer de la vidéo fluide et fiable,
            même sur une connexion moyenne, pour faire de l'interprétation à distance
            à la demande.""",
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Isaac Feldman",
            """Streaming engineer: WebRTC, low-latency video, adaptive bitrate for bad
            networks, 8 years.""",
            """Looking for a sign-language interpreter who leads a team and knows the Deaf
            community, to build remote interpreting.""",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Ahmed Karimi",
            """Video engineer, WebRTC, real-time video on poor networks.""",
            """Looking for a sales partner to sell video conferencing to banks.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Ophélie Dantec",
            """Développeuse d'une appli de sous-titrage automatique.""",
            """Cherche une interprète LSF avec une équipe pour une offre commune.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ben Harwood",
            """Low-latency video engineer, WebRTC.""",
            """Seeking a sign-language interpreter with a team.""",
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
]
