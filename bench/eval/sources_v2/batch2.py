"""Pairs 21-40 of complementary_v2."""

from people import pair, person

PAIRS = [
    # 21 ------------------------------------------------------------------ trap: language
    pair(
        21,
        "cross",
        "legal-tech",
        "A is an employment lawyer who wants workers to check their dismissal rights online "
        "and needs someone to build it; B is a developer who wants a practising employment "
        "lawyer to own the legal logic.",
        a=person(
            "Maître Sophie Vidal",
            """Avocate en droit du travail depuis quatorze ans, côté salariés uniquement. Je
            plaide aux prud'hommes chaque semaine et je vois passer les mêmes erreurs : des
            indemnités mal calculées, des délais de contestation dépassés, des ruptures
            conventionnelles signées trop vite. J'ai formalisé toutes ces règles dans des
            fiches que mes stagiaires utilisent.""",
            """J'aimerais qu'un salarié puisse vérifier seul, en dix minutes, ce qu'on lui doit
            après un licenciement. Pour ça il me faut quelqu'un qui construise l'outil en
            ligne, de bout en bout, et qui sache traduire un raisonnement juridique en
            questions simples et en calculs fiables.""",
            """L'accès au droit pour tous. Je refuse tout modèle qui revendrait les données
            des salariés à des cabinets.""",
            headline="Avocate en droit du travail, côté salariés",
            tz=1,
            langs=["fr"],
            stage="idea",
            loc="Lille",
        ),
        b=person(
            "Ethan Brooks",
            """Full-stack developer for ten years, the last four on public-interest tools: a
            benefits eligibility checker used by a UK charity and a tenant-rights chatbot. I
            like turning tangled rules into decision trees that are tested case by case.""",
            """I'm looking for a lawyer who practises employment law day to day and can write
            down the rules, check every calculation against real cases and keep the tool
            current when the law changes. I lived in Lille for five years and speak French.""",
            """Access to justice, no selling of user data, plain language everywhere.""",
            headline="Developer building public-interest legal tools",
            tz=0,
            langs=["en", "fr"],
            loc="Leeds",
        ),
        twin=person(
            "Quentin Faure",
            """Développeur full-stack depuis neuf ans, j'ai créé un simulateur d'aides
            sociales utilisé par des centres communaux et un outil de calcul des
            droits au chômage.""",
            """Je cherche un associé capable de vendre aux DRH des grandes entreprises
            un logiciel de gestion des départs et des plans sociaux, avec un vrai
            carnet d'adresses.""",
            """On vend aux entreprises, c'est là qu'est l'argent.""",
            headline="Dev, simulateurs de droits, cherche profil vente RH",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Nathalie Roche",
            """Journaliste spécialisée en emploi depuis douze ans, j'anime une
            newsletter de 60 000 abonnés sur les droits des salariés et une chaîne
            vidéo qui marche bien.""",
            """Une avocate ou un avocat en droit du travail pour co-créer un média
            payant de conseils juridiques, répondre aux questions des abonnés et
            valider nos articles.""",
            """Pédagogie et indépendance : aucune publicité d'employeurs, jamais.""",
            headline="Newsletter droits des salariés",
            tz=1,
            langs=["fr"],
            loc="Lille",
        ),
        trap=person(
            "Harriet Moss",
            """Developer of online legal self-help tools: eligibility checkers,
            calculators and guided letters, built with lawyers and tested against
            hundreds of real cases.""",
            """A practising employment lawyer who wants dismissed workers to check for
            themselves what they are owed, and who will own the legal rules and keep
            them current.""",
            """Access to justice for people who can't afford a lawyer, in plain
            language.""",
            headline="Legal self-help tools developer",
            tz=0,
            langs=["en"],
            loc="Sheffield",
        ),
    ),
    # 22 ------------------------------------------------------------------- trap: consent
    pair(
        22,
        "cross",
        "hardware",
        "A is an embedded engineer with a classroom air-quality sensor that works but looks "
        "like a lab instrument; B is an industrial designer who wants an engineer with "
        "working electronics to design a product around.",
        a=person(
            "Florian Masson",
            "Ingénieur embarqué : mon capteur de CO2 pour salles de classe marche, mais il est moche.",
            "Une personne qui dessine des objets et saura en faire un produit que les écoles veulent.",
            "Utile, réparable, fabriqué en Europe.",
            headline="Capteur de qualité de l'air pour les écoles",
            ro=["tech"],
            tz=1,
            langs=["fr", "en"],
            stage="prototype",
            loc="Clermont-Ferrand",
        ),
        b=person(
            "Hana Kobayashi",
            "Industrial designer: enclosures, materials and injection moulding for consumer products.",
            "An engineer whose electronics already work and need a real product around them.",
            "Honest materials, repairable design.",
            headline="Industrial designer",
            tz=1,
            langs=["en", "ja", "fr"],
            loc="Milan",
        ),
        twin=person(
            "Lars Eriksen",
            "Industrial designer for Scandinavian furniture and lighting brands.",
            "A retail partner to open a design shop and showroom in Copenhagen.",
            "Beauty first, premium pricing.",
            headline="Furniture & lighting designer",
            tz=1,
            langs=["en", "da", "fr"],
            loc="Copenhagen",
        ),
        one=person(
            "Pauline Brunet",
            "Responsable achats d'une académie : je connais le budget des équipements scolaires.",
            "Un ingénieur électronicien pour créer une entreprise de maintenance d'équipements.",
            "Service public, proximité.",
            headline="Achats publics éducation",
            tz=1,
            langs=["fr"],
            loc="Clermont-Ferrand",
        ),
        trap=person(
            "Giulia Ferri",
            "Product designer for connected devices: shells, materials, moulds, user testing.",
            "An embedded engineer with a working sensor that needs to become a product.",
            "Repairable and beautiful.",
            headline="Connected product designer",
            tz=1,
            langs=["en", "it", "fr"],
            loc="Turin",
            consent=False,
        ),
    ),
    # 23 ---------------------------------------------------------------- trap: visibility
    pair(
        23,
        "en",
        "tourism",
        "A is a hotel revenue manager who needs someone to build pricing models for small "
        "independent hotels; B is a data scientist who wants hospitality expertise and hotel "
        "contacts.",
        a=person(
            "Isabella Romano",
            """Revenue manager for twelve years, from a 400-room airport hotel to a group of
            boutique hotels on the Amalfi coast. I set room prices every morning, I know the
            channel managers, the booking engines and the owners who refuse to trust any
            software they don't understand.""",
            "Someone who can build pricing models from booking curves and competitor rates.",
            """Owners keep control. Explain every price. No black boxes.""",
            headline="Revenue manager for independent hotels",
            tz=1,
            langs=["en", "it"],
            loc="Naples",
        ),
        b=person(
            "Samuel Achterberg",
            "Data scientist: demand and price elasticity models for airlines.",
            """I want to partner with someone from hospitality who knows how hotels really set
            prices, what owners fear, and who can get us into the first twenty properties.""",
            """Explainable models, patient customers, small teams.""",
            headline="Pricing data scientist",
            tz=1,
            langs=["en", "nl", "de"],
            loc="Utrecht",
        ),
        twin=person(
            "Fatima Zahra Benali",
            "Data scientist; I built dynamic pricing for a car rental marketplace.",
            """I need a co-founder who can raise a large seed round and handle investors,
            board and finance while I build.""",
            """Venture scale or nothing. Blitz the market, raise every 18 months, hire
            ahead of revenue.""",
            headline="Dynamic pricing, looking for a CEO",
            tz=1,
            langs=["en", "fr", "ar"],
            loc="Paris",
        ),
        one=person(
            "Gareth Pryce",
            """I own three guesthouses in Wales and have money to invest in a bigger
            hospitality business.""",
            """An experienced revenue manager to co-found a hotel management company with
            me.""",
            """Warm welcome, local food, family business values. Guests should feel
            they're staying with friends.""",
            headline="Guesthouse owner",
            tz=0,
            langs=["en", "cy"],
            loc="Conwy",
        ),
        trap=person(
            "Nikolai Petrov",
            "Data scientist specialised in hotel room pricing and booking curves.",
            """A revenue manager who knows independent hotels and can open the doors of the
            first properties.""",
            """Transparent models that owners can question, and a small, patient team.""",
            headline="Hotel pricing models",
            tz=2,
            langs=["en", "bg"],
            loc="Sofia",
            vis="private",
        ),
    ),
    # 24 ---------------------------------------------------------------- trap: commitment
    pair(
        24,
        "fr",
        "legal-tech",
        "A est notaire et veut rendre les successions compréhensibles aux familles; B est "
        "designer produit et cherche l'expertise juridique pour concevoir ce service.",
        a=person(
            "Thibault Arnaud-Lacoste",
            """Notaire associé dans une étude de huit personnes à Angers. Je règle une centaine
            de successions par an et je vois des familles perdues : elles ne comprennent ni
            les délais, ni la réserve héréditaire, ni pourquoi les frais sont ce qu'ils sont.
            J'ai aussi accès au réseau des notaires de ma région pour tester un service.""",
            """Je cherche quelqu'un qui sache concevoir un service numérique simple et
            rassurant : un parcours qui explique, étape par étape, où en est la succession et
            ce que la famille doit fournir. Une personne qui fait des entretiens avec les
            utilisateurs et dessine des écrans clairs.""",
            """Clarté, discrétion, respect des familles en deuil.""",
            headline="Notaire, je veux rendre les successions lisibles",
            ro=["legal", "domain"],
            rs=["design", "product"],
            tz=1,
            langs=["fr"],
            stage="idea",
            loc="Angers",
        ),
        b=person(
            "Maëlle Kerjean",
            """Designer produit depuis neuf ans, j'ai conçu des parcours administratifs pour
            une mutuelle et pour un service public de l'emploi. J'adore démêler des procédures
            compliquées avec les gens qui les subissent.""",
            """Il me faut une personne du droit, qui pratique au quotidien, qui sait ce qui se
            passe vraiment dans un dossier et qui puisse valider chaque explication. Le monde
            notarial m'intrigue particulièrement.""",
            """Écoute, douceur, rigueur.""",
            headline="Designer produit, parcours administratifs",
            ro=["design", "product"],
            rs=["legal", "domain"],
            tz=1,
            langs=["fr", "br"],
            loc="Nantes",
        ),
        twin=person(
            "Arthur Delorme",
            """Designer produit depuis sept ans, j'ai dessiné l'application d'une
            banque en ligne, son parcours d'ouverture de compte et son espace
            client.""",
            """Je cherche un associé développeur, solide en mobile, pour lancer une
            application de gestion de budget familial que je conçois depuis un an.""",
            """Vitesse, métriques de croissance, tests A/B partout.""",
            headline="Product designer fintech",
            ro=["design", "product"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Véronique Salmon",
            """Conseillère en gestion de patrimoine indépendante, je suis environ deux
            cents familles de retraités aisés de la région et je travaille avec
            trois banques privées.""",
            """Un ou une notaire pour co-fonder un cabinet de conseil en transmission
            familiale : donations, démembrement, préparation des successions.""",
            """Confiance, long terme.""",
            headline="Gestion de patrimoine",
            ro=["finance"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
            loc="Angers",
        ),
        trap=person(
            "Clémence Berthier",
            """Designer UX depuis huit ans, je conçois des démarches administratives
            compréhensibles pour tous, en testant chaque écran avec les usagers.""",
            """Un notaire ou une notaire qui veut expliquer les successions aux
            familles et qui validerait chaque contenu. Je n'ai que mes soirées pour
            ce projet.""",
            """Bienveillance, clarté.""",
            headline="UX design, projet perso",
            ro=["design"],
            rs=["legal"],
            c="side-project",
            tz=1,
            langs=["fr"],
            loc="Tours",
        ),
    ),
    # 25 ------------------------------------------------------------------ trap: timezone
    pair(
        25,
        "cross",
        "fintech",
        "A built a payment gateway for mobile money and needs merchants signed; B signs "
        "merchants across West Africa and wants a payment product to sell.",
        a=person(
            "Ousmane Diallo",
            "Ingénieur paiements : ma passerelle relie Wave, Orange Money et les cartes.",
            "Quelqu'un qui signe des commerçants, du kiosque au supermarché.",
            "Fiabilité, frais bas, équipe locale.",
            headline="Passerelle de paiement mobile money",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["fr", "wo", "en"],
            stage="prototype",
            loc="Dakar",
        ),
        b=person(
            "Abena Mensah",
            "I built a merchant sales force of 40 agents across Ghana and Côte d'Ivoire.",
            "A payments engineer with a working gateway for mobile money and cards.",
            "Serve small traders, fair fees.",
            headline="Merchant acquisition, West Africa",
            ro=["sales", "operations"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr", "tw"],
            loc="Accra",
        ),
        twin=person(
            "Chinedu Eze",
            "Head of merchant sales at a POS startup; 8,000 shops signed in Nigeria.",
            "A lender to build a working-capital credit product for traders.",
            "Scale, hustle, 24/7.",
            headline="Merchant sales, Nigeria",
            ro=["sales"],
            rs=["finance"],
            tz=1,
            langs=["en", "fr", "ig"],
            loc="Lagos",
        ),
        one=person(
            "Aminata Koné",
            "Je dirige une chaîne de 30 pharmacies en Côte d'Ivoire.",
            "Un ingénieur paiements pour créer une appli d'achat de médicaments.",
            "Santé accessible.",
            headline="Réseau de pharmacies",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["fr", "en"],
            loc="Abidjan",
        ),
        trap=person(
            "Bongani Dlamini",
            "I lead merchant acquisition for a payments app; 15k small shops onboarded.",
            "An engineer with a mobile money gateway ready for merchants.",
            "Fair fees, local teams.",
            headline="Merchant sales",
            ro=["sales"],
            rs=["tech"],
            tz=8,
            langs=["en", "fr", "zu"],
            loc="Perth",
        ),
    ),
    # 26 ------------------------------------------------------------------ trap: language
    pair(
        26,
        "mixed",
        "construction",
        "A is a site manager who wants a mobile punch-list tool that site crews actually use; "
        "B is a mobile developer who wants someone from construction to design it with.",
        a=person(
            "Stéphane Kowalski",
            """Conducteur de travaux depuis vingt ans, gros œuvre puis rénovation de
            logements sociaux. Je gère en même temps six chantiers et quarante compagnons, et
            je connais toutes les galères de la réception de travaux : réserves notées sur un
            carnet, photos perdues, sous-traitants qui ne voient jamais la liste.""",
            """I need someone who builds mobile apps that work offline, with gloves, in the
            rain and in basements with no signal. Photos, plans, assignment to
            subcontractors, sign-off. I can explain every step of the job but I can't code a
            line.""",
            """Respect des compagnons, pas de gadget, et un outil qu'on peut prendre en main en
            cinq minutes.""",
            headline="Conducteur de travaux / site manager, punch lists",
            ro=["domain", "operations"],
            tz=1,
            langs=["fr", "en", "pl"],
            stage="idea",
            loc="Metz",
        ),
        b=person(
            "Jonas Keller",
            """Mobile developer, eight years, offline-first apps for field workers: a meter
            reading app for a utility and an inspection app for elevators. Flutter, SQLite
            sync, big buttons, camera workflows.""",
            """I want a partner from the building trade who has run sites, knows how handover
            and defect lists work, and can get crews to test it without me babysitting.""",
            """Useful tools for people who work with their hands. No micromanagement.""",
            headline="Offline-first mobile developer for field work",
            tz=1,
            langs=["en", "de", "fr"],
            loc="Luxembourg",
        ),
        twin=person(
            "Damien Rousseau",
            """Développeur mobile, je construis depuis six ans des applis terrain hors
            ligne pour les techniciens de maintenance : interventions, photos,
            signatures.""",
            """A partner with a big customer network in facility management to sell it
            to large building owners and negotiate multi-year contracts.""",
            """Grands comptes et contrats annuels ; je préfère dix gros clients à mille
            petits.""",
            headline="Dev mobile terrain / field apps",
            tz=1,
            langs=["fr", "en"],
            loc="Nancy",
        ),
        one=person(
            "Alexandra Petit",
            """Architecte, je dirige une agence de douze personnes spécialisée en
            réhabilitation de logements anciens, avec de nombreux maîtres d'ouvrage
            fidèles.""",
            """An experienced site manager to co-found a design-and-build renovation
            company with me and run the works side, from crews to handover.""",
            """Qualité architecturale et chantiers propres. Le respect des habitants
            pendant les travaux compte.""",
            headline="Architecte réhabilitation",
            tz=1,
            langs=["fr", "en"],
            loc="Strasbourg",
        ),
        trap=person(
            "Tomasz Zieliński",
            """Mobile-Entwickler für Offline-Apps auf der Baustelle: Mängellisten,
            Fotos, Pläne, Zuweisung an Subunternehmer und Abnahme.""",
            """Ich suche einen erfahrenen Bauleiter, der eine App für Mängellisten
            will, die die Kolonnen wirklich benutzen.""",
            """Praktisch, respektvoll gegenüber den Handwerkern.""",
            headline="Construction app developer",
            tz=1,
            langs=["de"],
            loc="Dresden",
        ),
    ),
    # 27 ------------------------------------------------------------------- trap: consent
    pair(
        27,
        "cross",
        "social-economy",
        "A is a social worker who wants an app for homeless people to find shelters and meals "
        "in real time and needs a product manager; B is a product manager who wants a field "
        "social worker to build it with.",
        a=person(
            "Malika Benhaddou",
            """Éducatrice spécialisée en maraude depuis onze ans à Marseille. Je connais les
            accueils de jour, les centres d'hébergement, les distributions alimentaires et
            surtout les personnes à la rue, qui ont presque toutes un téléphone mais aucune
            information fiable sur les places disponibles.""",
            """Je voudrais une application qui dise en temps réel où dormir, manger, se laver.
            Il me faut une personne qui sache mener un projet numérique du début à la fin :
            définir ce qu'on construit, faire travailler des développeurs bénévoles, tester
            avec les gens et tenir les priorités.""",
            """Dignité des personnes, gratuité, et on ne collecte que le strict minimum.""",
            headline="Éducatrice de rue, je veux que l'info circule",
            tz=1,
            langs=["fr", "ar", "en"],
            stage="idea",
            loc="Marseille",
        ),
        b=person(
            "Rosalind Carter",
            """Product manager for eight years, including three at a government digital
            service where I ran a benefits application used by two million people. I'm good
            at discovery with vulnerable users, roadmaps, and keeping volunteer developers
            motivated.""",
            """I want to work with someone from frontline social work who knows the services,
            the people and the real obstacles, and who can open doors with shelters and
            charities.""",
            """Dignity, minimal data, and building with people rather than for them.""",
            headline="Product manager, public services",
            tz=1,
            langs=["en", "fr"],
            loc="Geneva",
        ),
        twin=person(
            "Alexis Morin",
            """Chef de produit depuis huit ans, j'ai lancé une application de
            réservation de places en crèche pour une trentaine de mairies et je
            connais bien les services municipaux.""",
            """Je cherche un associé technique, développeur senior, pour construire une
            plateforme de gestion pour les collectivités que nous vendrions sur
            marchés publics.""",
            """Marché public, contrats longs, croissance rentable.""",
            headline="Product manager govtech",
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        one=person(
            "Bertrand Olivier",
            """Directeur d'une association qui gère trois centres d'hébergement
            d'urgence, avec un budget, une équipe administrative et de bonnes
            relations avec la préfecture.""",
            """Une travailleuse sociale de terrain, avec l'expérience de la rue, pour
            créer et diriger un nouveau service de maraude.""",
            """Accueil inconditionnel, écoute, et des équipes qu'on ne laisse pas
            s'épuiser.""",
            headline="Directeur associatif, hébergement",
            tz=1,
            langs=["fr"],
            loc="Aix-en-Provence",
        ),
        trap=person(
            "Daniel Fairbanks",
            """Product manager for public services. I led discovery with homeless
            people for a city council app and coordinated volunteer developers for
            two years.""",
            """A frontline social worker who knows shelters, outreach teams and the
            people on the street, and wants a real-time information app about beds
            and meals.""",
            """Dignity and minimal data; we design with people on the street, not about
            them.""",
            headline="Civic product manager",
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
            consent=False,
        ),
    ),
    # 28 ---------------------------------------------------------------- trap: visibility
    pair(
        28,
        "cross",
        "energy",
        "A is an energy auditor with a method to cut heating bills in apartment buildings and "
        "needs someone who can sell to property managers; B sells to property managers and "
        "wants a credible energy service to sell.",
        a=person(
            "Renaud Fabre",
            """Ingénieur thermicien, j'ai réalisé plus de 400 audits énergétiques de
            copropriétés en Île-de-France. J'ai mis au point une méthode d'équilibrage et de
            pilotage du chauffage collectif qui fait baisser les factures de 15 à 20 % sans
            travaux lourds, avec des résultats mesurés sur trente immeubles.""",
            """Je suis nul pour vendre. Je cherche quelqu'un qui connaisse les syndics et les
            gestionnaires d'immeubles, qui sache prendre la parole en assemblée générale et
            signer des contrats à l'échelle de portefeuilles entiers.""",
            """Résultats mesurés, jamais de promesse en l'air.""",
            headline="Thermicien, économies de chauffage en copropriété",
            ro=["tech", "domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            stage="revenue",
            loc="Paris",
        ),
        b=person(
            "Declan Murphy",
            "Sold building services to property managers for 12 years; I know how they buy.",
            "An energy engineer whose savings are proven and measured, to sell at scale.",
            "Proven results, long client relationships.",
            headline="Property management sales",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Priscilla Owens",
            "Ten years selling maintenance contracts to residential property managers.",
            "A technical founder to build a tenant app for repair requests.",
            "Software only, fast growth.",
            headline="Property services sales",
            tz=0,
            langs=["en", "fr"],
            loc="Manchester",
        ),
        one=person(
            "Hugues Carpentier",
            "Je préside un fonds qui finance la rénovation énergétique des copropriétés.",
            "Un ingénieur thermicien pour auditer les immeubles que nous finançons.",
            "Impact climatique, rendement stable.",
            headline="Financement de la rénovation",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        trap=person(
            "Alistair Kerr",
            "I sell energy services to property managers and speak at owners' meetings.",
            "A heating engineer with measured savings in apartment buildings.",
            "Measured outcomes.",
            headline="Energy services sales",
            tz=0,
            langs=["en", "fr"],
            loc="Edinburgh",
            vis="private",
        ),
    ),
    # 29 ---------------------------------------------------------------- trap: commitment
    pair(
        29,
        "en",
        "biotech",
        "A is a computational biologist with a model that predicts drug targets from CRISPR "
        "screens and needs a wet-lab partner to validate them; B is a cell biologist who runs "
        "screens and wants computational power behind them.",
        a=person(
            "Dr. Yusuf Aydın",
            """Computational biologist. During my postdoc I built a model that ranks gene
            knockouts from pooled CRISPR screens and predicts which ones are druggable in
            fibrotic diseases; it recovered 7 known targets blind. I write clean pipelines and
            I've published the method.""",
            """Predictions mean nothing until someone tests them. I need a cell
            biologist who can design and run validation experiments in patient-
            derived cells and 3D tissue models relevant to fibrosis, and who has a
            bench, or knows how to get one.""",
            """Open methods, reproducible results, credit shared fairly.""",
            headline="Computational biologist, fibrosis targets",
            ro=["tech"],
            tz=0,
            langs=["en", "tr"],
            stage="prototype",
            loc="Cambridge, UK",
        ),
        b=person(
            "Dr. Eleanor Park",
            """Cell biologist with eleven years in fibrosis research. I run genome-wide
            CRISPR screens in primary lung fibroblasts and have built organoid assays that
            industry partners pay to use. I have bench space at a university incubator.""",
            """I'd like a computational partner who can turn screen data into ranked,
            defensible targets and build the analysis side of the company.""",
            """Rigour, kindness in the lab, and no hype in decks.""",
            headline="Fibrosis cell biologist",
            tz=0,
            langs=["en", "ko"],
            loc="London",
        ),
        twin=person(
            "Dr. Martin Schulz",
            """Cell biologist; I run pooled CRISPR screens and patient-derived organoid
            assays for oncology, with a team of three technicians.""",
            """I'm looking for a business co-founder with pharma licensing experience
            to structure deals and negotiate with big pharma business development
            teams.""",
            """Licence early, stay lean, exit in five years.""",
            headline="Oncology screening biologist",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["en", "de"],
            loc="Heidelberg",
        ),
        one=person(
            "Anika Rao",
            """Venture partner at a biotech fund. I can bring seed money, a board with
            two former pharma R&D heads and introductions to lab space.""",
            """A computational biologist with a validated target-discovery method to
            start a company around, ideally with published work I can show my
            partners.""",
            """Big outcomes and fast decisions. I back teams that can move from target
            to clinic quickly.""",
            headline="Biotech investor",
            ro=["finance"],
            rs=["tech"],
            tz=0,
            langs=["en", "hi"],
            loc="London",
        ),
        trap=person(
            "Dr. Fiona Mackay",
            """Fibrosis biologist running CRISPR screens and lung organoid models at a
            university; I can design and run validation experiments at the bench, on
            evenings and weekends.""",
            """A computational biologist with a model that ranks targets from screen
            data and can build the analysis side of a company.""",
            """Rigour and honesty at the bench; no cherry-picked figures in slides.""",
            headline="Fibrosis biology (side project)",
            c="side-project",
            tz=0,
            langs=["en"],
            loc="Glasgow",
        ),
    ),
    # 30 ------------------------------------------------------------------ trap: timezone
    pair(
        30,
        "cross",
        "education",
        "A trains apprentice electricians and wants safe virtual practice on live "
        "installations; B builds VR training simulations and wants a trade trainer to design "
        "the scenarios.",
        a=person(
            "Patrice Lemoine",
            """Formateur en électricité dans un CFA depuis dix-sept ans, après quinze ans sur
            les chantiers. Mes apprentis ne peuvent pas s'entraîner sur des installations sous
            tension : trop dangereux. J'ai écrit des dizaines de mises en situation de
            dépannage que je voudrais rendre jouables, et je connais les directeurs de CFA de
            toute la région.""",
            """Je cherche une personne qui développe des simulations en réalité virtuelle, qui
            sache rendre crédibles un tableau électrique, un multimètre, une erreur de
            câblage, et qui puisse faire tourner ça sur des casques autonomes.""",
            """Sécurité avant tout. La formation professionnelle mérite des outils sérieux.""",
            headline="Formateur électricité, apprentissage en VR",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            stage="idea",
            loc="Rouen",
        ),
        b=person(
            "Jamie Sutherland",
            """VR developer, six years in Unity and on Quest headsets. I built a confined-space
            safety simulator for an oil company and a welding trainer with realistic
            hand tracking.""",
            """I want a vocational trainer, someone who teaches a trade every week, to design
            realistic fault scenarios, assess whether the simulation teaches the right
            reflexes, and sell it to training centres.""",
            """Safety training saves lives. I like fixed hours and clear goals.""",
            headline="VR training simulations developer",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Aberdeen",
        ),
        twin=person(
            "Valentin Roy",
            """Développeur VR depuis six ans : simulateurs de conduite d'engins de
            chantier et de grues pour une grande entreprise de BTP, sur casques
            autonomes.""",
            """Un associé qui investisse dans des salles de réalité virtuelle grand
            public et gère le réseau de franchises pendant que je développe les
            expériences.""",
            """Divertissement et croissance rapide : je veux une salle dans chaque
            grande ville.""",
            headline="Dev VR, projet de salles grand public",
            ro=["tech"],
            rs=["finance", "operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        one=person(
            "Corinne Massé",
            """Directrice d'un organisme de formation, j'ai des locaux en Normandie,
            des financements régionaux et un agrément pour les formations
            qualifiantes.""",
            """Un formateur électricien expérimenté pour ouvrir une section
            habilitations électriques et encadrer les formateurs que nous
            recruterons.""",
            """Qualité pédagogique et insertion professionnelle : nos stagiaires
            doivent trouver un emploi.""",
            headline="Organisme de formation",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Caen",
        ),
        trap=person(
            "Mason Reid",
            """VR developer of trade-skills simulators: electrical panels, live
            circuits, multimeters, realistic hand tracking, running on standalone
            headsets.""",
            """An electrical trades trainer who can write fault-finding scenarios,
            judge whether the simulation teaches safe reflexes and reach training
            centres.""",
            """Safety first: a trainee who makes a mistake in the headset won't make it
            on a live board.""",
            headline="Trade skills VR",
            ro=["tech"],
            rs=["domain"],
            tz=-7,
            langs=["en", "fr"],
            loc="Denver",
        ),
    ),
    # 31 ------------------------------------------------------------------ trap: language
    pair(
        31,
        "fr",
        "retail-cosmetics",
        "A est chimiste formulatrice de cosmétiques solides et veut une marque; B crée des "
        "identités de marque et des emballages et cherche une formulatrice.",
        a=person(
            "Juliette Aubry",
            "Chimiste formulatrice, j'ai mis au point douze soins solides sans plastique.",
            "Une personne qui crée une marque, un nom, des emballages qu'on a envie d'acheter.",
            "Sobriété, ingrédients traçables.",
            tz=1,
            langs=["fr"],
            loc="Grasse",
        ),
        b=person(
            "Noé Carrière",
            "Directeur artistique : identités de marque et packaging pour l'épicerie fine.",
            "Quelqu'un qui formule de vrais produits de beauté, sûrs et efficaces.",
            "Beau, utile, durable.",
            tz=1,
            langs=["fr", "es"],
            loc="Marseille",
        ),
        twin=person(
            "Inès Vautrin",
            "Graphiste, je dessine des emballages pour des marques de thé et de café.",
            "Un torréfacteur associé pour lancer une marque de café.",
            "Artisanat, beaux objets.",
            tz=1,
            langs=["fr"],
            loc="Nice",
        ),
        one=person(
            "Rémi Guillot",
            "Je possède une usine de savon familiale avec des capacités libres.",
            "Une formulatrice pour développer une gamme en marque blanche.",
            "Tradition, volumes.",
            tz=1,
            langs=["fr"],
            loc="Salon-de-Provence",
        ),
        trap=person(
            "Sienna Walsh",
            "Brand designer: names, identities and packaging for beauty brands.",
            "A cosmetic chemist with solid, plastic-free formulas ready to launch.",
            "Honest, beautiful, low waste.",
            tz=0,
            langs=["en"],
            loc="Dublin",
        ),
    ),
    # 32 ------------------------------------------------------------------- trap: consent
    pair(
        32,
        "cross",
        "tourism",
        "A is a high-mountain guide with expeditions that only French speakers book and needs "
        "an English-speaking marketer; B markets adventure travel to the US and UK and wants "
        "a guide with real trips.",
        a=person(
            "Loïc Bonnefoy",
            "Guide de haute montagne à Chamonix, je monte des expéditions au Népal et en Bolivie.",
            """Mes clients sont presque tous français. J'ai besoin de quelqu'un qui sache
            faire connaître ces voyages aux randonneurs américains et britanniques, avec du
            contenu, des partenariats et de la publicité bien ciblée.""",
            "Sécurité en montagne, petits groupes, respect des porteurs locaux.",
            headline="Guide de haute montagne, expéditions",
            tz=1,
            langs=["fr", "en"],
            stage="revenue",
            loc="Chamonix",
        ),
        b=person(
            "Caitlin Rhodes",
            """Travel marketer for nine years; I grew an adventure travel company's US and UK
            bookings from 300 to 2,500 a year through content, partnerships with outdoor
            brands and paid social.""",
            """I'm looking for a certified guide who runs demanding trips and knows the
            mountains, the local teams and the safety side, so I can market something
            real.""",
            """Small groups, fair pay for local crews, honest marketing.""",
            headline="Adventure travel marketer",
            tz=0,
            langs=["en", "fr"],
            loc="Kendal",
        ),
        twin=person(
            "Zoé Delmas",
            """Spécialiste du marketing de voyages d'aventure, j'ai fait décoller les ventes
            d'un voyagiste aux États-Unis.""",
            """Je cherche un associé développeur pour créer une application de randonnée par
            abonnement.""",
            """Produit numérique et revenus récurrents ; je ne veux plus dépendre des
            saisons.""",
            headline="Marketing voyage",
            tz=1,
            langs=["fr", "en"],
            loc="Grenoble",
        ),
        one=person(
            "Trevor Hanley",
            """I own a chain of four outdoor gear shops in the UK with 30,000 customers
            on our mailing list and a busy events calendar.""",
            """A certified mountain guide to lead branded trips for our customers, from
            Alpine weekends to longer expeditions.""",
            """Quality kit and loyal customers. We'd rather sell one good jacket than
            three cheap ones.""",
            headline="Outdoor retailer",
            tz=0,
            langs=["en", "fr"],
            loc="Sheffield",
        ),
        trap=person(
            "Heather Cole",
            """Adventure travel marketer; I sell treks and expeditions to American and
            British hikers through content, outdoor brand partnerships and paid
            social.""",
            """A high-mountain guide who runs serious expeditions and knows the local
            teams and the safety side.""",
            """Honest marketing and safety; I never sell a summit, I sell the journey.""",
            headline="Adventure marketing",
            tz=0,
            langs=["en", "fr"],
            loc="Keswick",
            consent=False,
        ),
    ),
    # 33 ---------------------------------------------------------------- trap: visibility
    pair(
        33,
        "cross",
        "logistics",
        "A is a customs broker whose team retypes documents all day and needs automation; B "
        "builds document automation and wants a customs expert.",
        a=person(
            "Sylvie Marchand",
            "Déclarante en douane au Havre, 20 ans ; mon équipe ressaisit tout à la main.",
            "Quelqu'un qui automatise la lecture des factures et la préparation des déclarations.",
            "Conformité irréprochable.",
            headline="Commissionnaire en douane",
            ro=["domain", "legal"],
            tz=1,
            langs=["fr", "en"],
            stage="revenue",
            loc="Le Havre",
        ),
        b=person(
            "Ben Hartley",
            "Developer; I automate document-heavy back offices with OCR and rules engines.",
            "A customs specialist who knows the codes, the regulations and the brokers.",
            "Accuracy, steady growth.",
            tz=0,
            langs=["en", "fr"],
            loc="Southampton",
        ),
        twin=person(
            "Clément Hubert",
            "Développeur, j'automatise la saisie de factures pour les cabinets comptables.",
            "Un expert-comptable associé pour vendre aux cabinets.",
            "Rentabilité, simplicité.",
            tz=1,
            langs=["fr"],
            loc="Rouen",
        ),
        one=person(
            "Andrea Costa",
            "I run a freight forwarding company with a fleet of trucks.",
            "A customs broker to bring customs clearance in-house.",
            "Reliability, speed.",
            tz=1,
            langs=["en", "it", "fr"],
            loc="Genoa",
        ),
        trap=person(
            "Oscar Lindahl",
            "I build automation for customs paperwork: invoices, codes, declarations.",
            "An experienced customs broker with a team drowning in manual typing.",
            "Accuracy.",
            tz=1,
            langs=["en", "fr"],
            loc="Antwerp",
            vis="private",
        ),
    ),
    # 34 ---------------------------------------------------------------- trap: commitment
    pair(
        34,
        "en",
        "media",
        "A produces narrative podcasts with a loyal audience and needs someone to sell "
        "advertising and sponsorship; B sells audio ads and wants a producer with shows worth "
        "selling.",
        a=person(
            "Theo Abernethy",
            """Podcast producer; my three history shows get 400k downloads a month, and I
            handle research, writing, sound design and a team of two freelancers.""",
            "Someone who can sell ads and sponsorships so the shows pay for themselves.",
            "Editorial independence, no fake host-read reviews.",
            headline="Narrative podcast producer",
            ro=["domain", "product"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            stage="revenue",
            loc="Bristol",
        ),
        b=person(
            "Leah Goldberg",
            """Audio advertising seller for seven years at a podcast network; I built their
            sponsorship desk and have relationships with 60 brands and most UK media buyers.
            I know CPMs, host reads and dynamic insertion inside out.""",
            """I want to partner with a producer who makes excellent shows with an engaged
            audience, so I'm selling something I believe in.""",
            """Editorial stays editorial. Honest reporting to advertisers.""",
            headline="Podcast ad sales",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "he"],
            loc="London",
        ),
        twin=person(
            "Connor Walsh",
            """Seven years selling radio and podcast advertising; I know the media
            buyers in most UK agencies and how they plan audio campaigns.""",
            """A tech co-founder to build a self-serve ad marketplace for small
            podcasts, with automated insertion and reporting.""",
            """Automate everything, scale to thousands of shows.""",
            headline="Audio ad sales",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Manchester",
        ),
        one=person(
            "Nadia Farouk",
            """Author of two bestselling history books, with a newsletter of 50,000
            readers and a publisher keen on audio rights.""",
            """A podcast producer to turn my books into a narrative series: scripting,
            recording, sound design and distribution.""",
            """Accuracy and storytelling. History should be told well and checked
            twice.""",
            headline="History author",
            ro=["domain"],
            rs=["product"],
            tz=0,
            langs=["en", "ar"],
            loc="Oxford",
        ),
        trap=person(
            "Rupert Hale",
            """Podcast sponsorship seller with relationships with around fifty brands
            and most of the big media buyers. I can only commit evenings for now.""",
            """A producer with high-quality narrative shows and a loyal audience, so
            that I sell something I believe in.""",
            """Honesty with listeners and with sponsors; every ad is labelled as one.""",
            headline="Podcast sponsorships (side project)",
            ro=["sales"],
            rs=["domain"],
            c="side-project",
            tz=0,
            langs=["en"],
            loc="Brighton",
        ),
    ),
    # 35 ------------------------------------------------------------------ trap: timezone
    pair(
        35,
        "cross",
        "health",
        "A is a psychiatrist who wants to detect bipolar relapses early from phone and "
        "wearable signals; B is an ML engineer who has worked on wearable sleep data and wants "
        "a clinician to lead a clinical study.",
        a=person(
            "Dr Laure Vasseur",
            """Psychiatre hospitalière, je suis depuis dix ans une file active de patients
            bipolaires au CHU de Montpellier. Je vois les rechutes arriver trop tard alors que
            les proches me disent que tout commence par le sommeil. J'ai l'appui de mon chef
            de service pour une étude clinique et l'expérience des comités d'éthique.""",
            """Je cherche une personne qui sache exploiter les données des montres et des
            téléphones (sommeil, activité, rythme) pour construire des modèles qui annoncent
            une rechute, avec la rigueur qu'exige une publication médicale.""",
            """Le patient garde le contrôle de ses données. Aucune alerte sans soignant
            derrière.""",
            tz=1,
            langs=["fr", "en"],
            stage="idea",
            loc="Montpellier",
        ),
        b=person(
            "Oliver Strand",
            """Machine learning engineer who spent four years at a sleep-tracking wearable
            company, building models from accelerometer and heart-rate data and running
            validation against polysomnography. Solid on time series, privacy-preserving
            pipelines and on-device inference.""",
            """I'd like to work on mental health with a psychiatrist who treats patients,
            can run a clinical study, get ethics approval and tell me which signals matter
            to clinicians.""",
            """Clinical rigour, patient consent, no engagement tricks.""",
            tz=1,
            langs=["en", "no", "fr"],
            loc="Oslo",
        ),
        twin=person(
            "Benjamin Cohen",
            """ML engineer; I built sleep-stage models from wearable signals for a
            consumer fitness brand and shipped them to two million watches.""",
            """A consumer marketing co-founder to launch a sleep coaching subscription
            app: brand, paid acquisition, influencer partnerships.""",
            """Consumer scale and viral growth; sleep is a mass-market problem and
            should be sold like one.""",
            tz=0,
            langs=["en", "fr", "he"],
            loc="London",
        ),
        one=person(
            "Jeanne Mercier",
            """Directrice d'une clinique psychiatrique privée, j'ai des lits
            disponibles, une équipe soignante et des fonds pour ouvrir un nouveau
            service.""",
            """Une ou un psychiatre expérimenté pour créer un hôpital de jour
            spécialisé dans les troubles de l'humeur et en prendre la direction
            médicale.""",
            """Qualité des soins et stabilité des équipes. Les patients ont besoin de
            visages connus.""",
            tz=1,
            langs=["fr"],
            loc="Nîmes",
        ),
        trap=person(
            "Arash Tehrani",
            """ML engineer for wearable signals (sleep, heart rate variability,
            activity), validated against clinical gold standards, with privacy-
            preserving pipelines.""",
            """A psychiatrist who treats patients and can lead a clinical study on
            predicting relapse in bipolar disorder.""",
            """Consent and clinical rigour; patients own their data and can leave at
            any time.""",
            tz=-8,
            langs=["en", "fa", "fr"],
            loc="San Francisco",
        ),
    ),
    # 36 ------------------------------------------------------------------ trap: language
    pair(
        36,
        "fr",
        "energy",
        "A anime une communauté énergétique citoyenne qui bute sur le montage juridique; B est "
        "juriste en droit de l'énergie et veut mettre ses compétences au service d'un projet "
        "citoyen.",
        a=person(
            "Yves Thébault",
            """Je fédère depuis trois ans les habitants de quatre villages de la Drôme autour
            d'un projet de production solaire partagée : 180 foyers inscrits, des toitures
            repérées, une mairie motivée. Je sais animer des réunions, mobiliser les gens et
            tenir un planning.""",
            """Nous butons sur le montage : autoconsommation collective, statut de la
            structure, contrats avec le gestionnaire de réseau, répartition de l'électricité.
            Il nous faut une personne qui maîtrise le droit de l'énergie et les statuts
            coopératifs.""",
            """Gouvernance partagée, une voix par personne, transparence des comptes.""",
            headline="Énergie citoyenne dans la Drôme",
            ro=["operations"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
            loc="Die",
        ),
        b=person(
            "Anaïs Perrot",
            """Juriste spécialisée dans l'énergie, j'ai structuré plusieurs opérations
            de partage local d'électricité solaire.""",
            "Un projet citoyen qui a déjà mobilisé des habitants et a besoin d'un cadre solide.",
            "Sobriété, démocratie locale.",
            tz=1,
            langs=["fr"],
            loc="Valence",
        ),
        twin=person(
            "Étienne Giraud",
            "Avocat en droit de l'énergie, je conseille des développeurs de parcs éoliens.",
            "Un associé financier pour créer un fonds d'investissement dans les renouvelables.",
            "Rendement, grands projets.",
            ro=["legal"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        one=person(
            "Sandrine Roux",
            "Je suis élue d'une communauté de communes et je dispose d'un budget transition.",
            "Un animateur de terrain pour mobiliser les habitants sur la rénovation.",
            "Service public.",
            tz=1,
            langs=["fr"],
            loc="Crest",
        ),
        trap=person(
            "Eva Müller",
            "Energy lawyer; I have structured collective self-consumption schemes and co-ops.",
            "A citizen energy project with mobilised residents that needs a legal framework.",
            "Local democracy.",
            ro=["legal"],
            rs=["operations"],
            tz=1,
            langs=["de", "en"],
            loc="Freiburg",
        ),
    ),
    # 37 ------------------------------------------------------------------- trap: consent
    pair(
        37,
        "mixed",
        "gaming",
        "A is a narrative designer with a finished script for a visual novel who needs a 2D "
        "artist; B is a 2D character artist who wants a writer with a strong story.",
        a=person(
            "Léonie Dufresne",
            "Narrative designer, j'ai un script complet de visual novel, 80k mots, branching inclus.",
            "A 2D artist for characters and backgrounds, with a strong personal style.",
            "Indé, pas de crunch, on finit ce qu'on commence.",
            ro=["domain", "product"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
            stage="prototype",
            loc="Bruxelles",
        ),
        b=person(
            "Camille Tran",
            "2D artist, character design et backgrounds, j'ai bossé sur deux jeux indés.",
            "Looking for a writer with a finished, branching story that deserves visuals.",
            "Chill team, deadlines réalistes.",
            ro=["design"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en", "vi"],
            loc="Lille",
        ),
        twin=person(
            "Hugo Blanchard",
            "Illustrateur 2D, personnages et décors pour l'animation.",
            "A producer with funding to start an animation studio.",
            "Studio ambitieux, gros projets.",
            ro=["design"],
            rs=["finance", "operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Angoulême",
        ),
        one=person(
            "Sacha Lenoir",
            "Dev Ren'Py, j'ai publié trois visual novels sur Steam.",
            "A writer with a complete script to ship a new VN ensemble.",
            "Indie spirit, small scope.",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Liège",
        ),
        trap=person(
            "Mina Bouchard",
            "Artiste 2D, personnages et décors, style très marqué.",
            "A narrative designer with a finished branching script.",
            "Pas de crunch.",
            ro=["design"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Namur",
            consent=False,
        ),
    ),
    # 38 ---------------------------------------------------------------- trap: visibility
    pair(
        38,
        "cross",
        "hardware-logistics",
        "A built a mobile picking robot and needs someone who knows warehouse operations from "
        "the inside; B ran warehouses for third-party logistics providers and wants an "
        "automation product to deploy.",
        a=person(
            "Antoine Delcourt",
            """Ingénieur mécatronicien, j'ai conçu un robot mobile de préparation de commandes
            qui saisit des cartons jusqu'à 15 kg sur des étagères standard. Le prototype tourne
            dans notre atelier depuis six mois : navigation, préhension, sécurité des
            personnes. Je sais aussi gérer une petite équipe d'ingénieurs.""",
            """Il me manque quelqu'un qui connaisse l'entrepôt de l'intérieur : les pics
            d'activité, le WMS, les contraintes des équipes, le calcul du retour sur
            investissement pour un logisticien. Une personne capable de monter un premier
            déploiement chez un client et de le faire durer.""",
            """Des robots qui aident les préparateurs, pas qui les remplacent. Décisions
            fondées sur les chiffres.""",
            headline="Robot de préparation de commandes",
            ro=["tech"],
            rs=["operations", "domain"],
            tz=1,
            langs=["fr", "en"],
            stage="prototype",
            loc="Lyon",
        ),
        b=person(
            "Marcus Oyelaran",
            """Fifteen years in warehouse operations, the last six as site director for a
            third-party logistics provider running four sites and 600 staff. I've
            implemented two WMS migrations, built the business case for conveyors and shuttle
            systems, and I know what makes a pilot succeed or die.""",
            """I want to join an engineer who has built a robot that can actually pick, and
            who needs someone to get it into real warehouses, prove the ROI and scale
            deployments.""",
            """Safety of people on the floor comes first. I believe in automation that
            makes jobs better.""",
            headline="Warehouse operations director",
            ro=["operations", "domain"],
            rs=["tech"],
            tz=0,
            langs=["en", "yo", "fr"],
            loc="Birmingham",
        ),
        twin=person(
            "Geneviève Lacroix",
            """Directrice d'entrepôt pendant douze ans chez un logisticien du
            e-commerce : quatre sites, 500 personnes, deux migrations de WMS.""",
            """Je cherche un associé financier pour racheter un petit logisticien
            régional et le développer par croissance externe.""",
            """Reprise d'entreprise et croissance externe : racheter, redresser,
            regrouper.""",
            headline="Opérations logistiques, projet de reprise",
            ro=["operations", "domain"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
            loc="Orléans",
        ),
        one=person(
            "Dieter Krause",
            """Sales director at a forklift manufacturer, with a dealer network across
            Germany, Benelux and France and a service fleet of 300 technicians.""",
            """A robotics engineer to develop an autonomous retrofit kit for the
            forklifts our dealers already sell.""",
            """Reliable machines and dealer loyalty. Our dealers have been with us for
            thirty years.""",
            headline="Forklift industry",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["en", "de", "fr"],
            loc="Hamburg",
        ),
        trap=person(
            "Priya Chatterjee",
            """Warehouse operations leader for a third-party logistics provider: WMS
            projects, labour planning, automation business cases and pilot
            deployments across three sites.""",
            """An engineer with a working picking robot who needs someone to take it
            into real warehouses and prove the return on investment.""",
            """People safety first; robots should take the heavy lifting, not the jobs.""",
            headline="3PL operations",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr"],
            loc="Leicester",
            vis="private",
        ),
    ),
    # 39 ---------------------------------------------------------------- trap: commitment
    pair(
        39,
        "en",
        "agrifood",
        "A is a beekeeper with a lot of honey and no way to sell it directly; B runs "
        "direct-to-consumer subscription operations and wants a producer to build a brand with.",
        a=person(
            "Hamish Donnelly",
            "Beekeeper, 400 hives in the Scottish Borders; 12 tonnes of honey sold to wholesalers.",
            "Someone to run direct sales: subscriptions, shop, packing, delivery.",
            "Bees first, no shortcuts.",
            tz=0,
            langs=["en"],
            stage="revenue",
            loc="Peebles",
        ),
        b=person(
            "Ruth Okonjo",
            "Ran fulfilment and subscriptions for a coffee box company, 9k subscribers.",
            "A producer with a great product and enough volume to build a brand on.",
            "Good food, fair prices, tidy operations.",
            tz=0,
            langs=["en"],
            loc="Edinburgh",
        ),
        twin=person(
            "Gemma Lyle",
            "I run e-commerce operations and fulfilment for food brands.",
            "A software developer to build a Shopify app for meal kits.",
            "SaaS, recurring revenue, hands off.",
            tz=0,
            langs=["en"],
            loc="Glasgow",
        ),
        one=person(
            "Alasdair Munro",
            "I own 200 acres of heather moorland and a farm shop.",
            "A beekeeper to place hives on my land and share the honey.",
            "Biodiversity, local.",
            tz=0,
            langs=["en", "gd"],
            loc="Perthshire",
        ),
        trap=person(
            "Kirsty Baird",
            "I run subscription e-commerce and fulfilment; evenings and weekends only.",
            "A food producer with volume who wants to sell direct.",
            "Tidy operations.",
            c="side-project",
            tz=0,
            langs=["en"],
            loc="Dundee",
        ),
    ),
    # 40 ------------------------------------------------------------------ trap: timezone
    pair(
        40,
        "cross",
        "legal-tech",
        "A is a patent attorney who spends days on prior-art searches and needs a search/ML "
        "engineer; B builds semantic search engines and wants an IP professional.",
        a=person(
            "Capucine Morel",
            """Conseil en propriété industrielle depuis douze ans, spécialisée en chimie et en
            matériaux. Je rédige des brevets, je mène des recherches d'antériorité et je
            défends des oppositions devant l'Office européen des brevets. Je connais les
            cabinets français et leurs frustrations avec les outils actuels.""",
            """Je veux un moteur de recherche d'antériorités qui comprenne une revendication et
            remonte les documents pertinents, même rédigés dans d'autres langues. J'ai besoin
            de la personne qui sait construire ce genre de moteur.""",
            """Exactitude avant tout. Un outil qui montre ses sources.""",
            headline="Conseil en brevets, recherche d'antériorités",
            ro=["legal", "domain"],
            tz=1,
            langs=["fr", "en", "de"],
            loc="Strasbourg",
        ),
        b=person(
            "Jonathan Reeve",
            """Search engineer for ten years; I built multilingual semantic search for a
            scientific publisher, with ranking evaluation by expert annotators and
            explanations of why each result came up.""",
            """I want a partner who drafts and searches patents professionally, knows what
            examiners cite, and can sell to IP firms.""",
            """Show the evidence, measure the ranking, keep it simple.""",
            headline="Semantic search engineer",
            ro=["tech"],
            tz=0,
            langs=["en", "fr"],
            loc="Cambridge, UK",
        ),
        twin=person(
            "Aurelia Voss",
            """Search and ranking engineer; I built the product search and
            recommendation engine of a large online retailer, with multilingual
            query understanding.""",
            """A retail merchandising expert to start a site-search company for fashion
            brands, who knows how they sell and buy software.""",
            """Ecommerce scale: the bigger the catalogue, the better the business.""",
            ro=["tech"],
            tz=1,
            langs=["en", "de"],
            loc="Berlin",
        ),
        one=person(
            "Gilles Fournier",
            """Directeur R&D d'une PME de la chimie qui dépose une dizaine de brevets
            par an, avec un budget de propriété industrielle conséquent.""",
            """Un conseil en brevets pour internaliser notre propriété industrielle et
            former nos chercheurs à la rédaction.""",
            """Innovation et confidentialité ; nos inventions ne sortent pas du
            laboratoire avant le dépôt.""",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Mulhouse",
        ),
        trap=person(
            "Daniel Kim",
            """Multilingual semantic search engineer for patents and scientific
            literature, with ranking evaluation by expert annotators.""",
            """A patent attorney who runs prior-art searches daily, knows what
            examiners cite and can sell to IP firms.""",
            """Evidence first: every result comes with the passage that justifies it.""",
            ro=["tech"],
            tz=9,
            langs=["en", "ko", "fr"],
            loc="Seoul",
        ),
    ),
]
