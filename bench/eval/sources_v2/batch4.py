"""Pairs 61-80 of complementary_v2."""

from people import pair, person

PAIRS = [
    # 61 ------------------------------------------------------------------ trap: language
    pair(
        61,
        "cross",
        "logistics",
        "A is an owner-driver whose trucks come back empty and needs a freight-matching "
        "product built; B built a load-matching marketplace and wants a haulier who knows "
        "small transport firms.",
        a=person(
            "Didier Lacombe",
            "Transporteur, trois camions, je connais tous les petits routiers du Sud-Ouest.",
            "Quelqu'un qui construise l'outil pour ne plus rentrer à vide.",
            "Parole tenue, paiement à 30 jours.",
            tz=1,
            langs=["fr"],
            stage="idea",
            loc="Agen",
        ),
        b=person(
            "Kieran Doyle",
            """Software engineer and product lead. I built a load-matching marketplace for
            agricultural hauliers in Ireland: shippers post loads, drivers see them on the
            route home, payment is guaranteed in seven days. It reached 900 trucks before the
            company was bought.""",
            """This time I want a partner from road haulage itself: someone who drives or runs
            a small fleet, knows the margins, the paperwork and the other owner-operators, and
            can get them to trust a new app. I spent two years in Toulouse and speak French
            well.""",
            """Fair to drivers, paid on time, no hidden commission.""",
            tz=0,
            langs=["en", "fr"],
            loc="Limerick",
        ),
        twin=person(
            "Laurent Bessière",
            """Développeur et chef de produit, j'ai créé une bourse de fret pour les
            déménageurs : les clients publient, les équipes proposent un prix, tout est
            suivi en ligne.""",
            """Je cherche un associé qui connaisse la grande distribution et ses plateformes
            logistiques, pour vendre l'outil aux chargeurs les plus gros.""",
            """Grands comptes d'abord, on lève des fonds l'an prochain.""",
            tz=1,
            langs=["fr"],
            loc="Toulouse",
        ),
        one=person(
            "Agnès Loubet",
            """Je dirige une coopérative de producteurs de pruneaux qui expédie toute
            l'année dans toute la France, avec des volumes qui changent d'une
            semaine à l'autre et des clients de la grande distribution exigeants sur
            les délais.""",
            """Un transporteur du coin qui accepte de prendre nos palettes de façon
            régulière et de monter avec nous une petite flotte dédiée, avec des
            chauffeurs qu'on connaît.""",
            """Circuits courts et fidélité : nos transporteurs sont des partenaires,
            pas des fournisseurs.""",
            tz=1,
            langs=["fr"],
            loc="Villeneuve-sur-Lot",
        ),
        trap=person(
            "Shane Gallagher",
            """Product engineer. I built a backhaul app for independent truckers: loads
            offered on the way home, payment guaranteed within a week, onboarding in
            five minutes from a phone. About 1,200 drivers used it in its first
            year.""",
            """An owner-operator who knows small haulage firms, their margins and their
            paperwork, and who can bring other drivers on board because they trust
            him.""",
            """Fair to drivers: paid within the week, no hidden commission.""",
            tz=0,
            langs=["en"],
            loc="Galway",
        ),
    ),
    # 62 ------------------------------------------------------------------- trap: consent
    pair(
        62,
        "fr",
        "education",
        "A est enseignante spécialisée auprès d'élèves dyslexiques et veut des livres qu'ils "
        "puissent lire; B est typographe et designer éditoriale et cherche une pédagogue pour "
        "concevoir une collection lisible.",
        a=person(
            "Véronique Hamelin",
            """Enseignante spécialisée depuis dix-neuf ans, je travaille en Ulis avec des
            collégiens dyslexiques. J'ai testé des dizaines de mises en page, d'interlignages,
            de découpages syllabiques, et je sais ce qui aide vraiment un enfant à lire une
            page entière. Mes fiches circulent dans toute l'académie.""",
            """Je voudrais une collection de romans pour ados vraiment lisibles par ces
            élèves. Il me faut quelqu'un qui maîtrise la typographie et la mise en page, qui
            sache dessiner une police et une maquette, et qui connaisse la fabrication d'un
            livre.""",
            """Aucun enfant ne doit avoir honte du livre qu'il tient. On teste tout avec les
            élèves.""",
            headline="Enseignante spécialisée, lecture et dyslexie",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr"],
            stage="idea",
            loc="Poitiers",
        ),
        b=person(
            "Bertrand Sauvage",
            """Typographe et designer éditorial, j'ai dessiné deux familles de caractères et mis
            en page plus de soixante livres pour des éditeurs jeunesse. Je connais le papier,
            l'impression et les contraintes de coût d'une collection.""",
            """Je cherche une personne de terrain, spécialiste des troubles de la lecture, qui
            puisse guider chaque choix de lisibilité, organiser les tests avec des enfants et
            convaincre les enseignants.""",
            """Exigence, humilité, beaucoup de tests.""",
            headline="Typographe, livres jeunesse",
            ro=["design"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Bordeaux",
        ),
        twin=person(
            "Solène Marquet",
            """Directrice artistique et typographe, j'ai conçu l'identité et les maquettes
            d'une grande collection de poche.""",
            """Je cherche une ou un associé commercial pour créer une maison d'édition de
            beaux livres d'art et la faire distribuer en librairie.""",
            """Le beau livre, le prestige, le marché haut de gamme.""",
            headline="Typographie et édition d'art",
            ro=["design"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        twin2=person(
            "Hervé Dantec",
            """Designer graphique, je mets en page des manuels scolaires pour un grand éditeur
            et je maîtrise les chaînes de fabrication.""",
            """Un développeur pour transformer des manuels en application interactive, avec
            des animations et des exercices.""",
            """Le numérique remplacera le papier, autant y aller vite.""",
            headline="Graphiste édition scolaire",
            ro=["design"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Nantes",
        ),
        one=person(
            "Thomas Renouard",
            """Fondateur d'une application d'aide aux devoirs, 50 000 familles inscrites,
            une équipe de cinq développeurs.""",
            """Une enseignante spécialisée pour concevoir un module adapté aux élèves
            dyslexiques et former nos tuteurs.""",
            """Croissance et impact.""",
            headline="Aide aux devoirs en ligne",
            ro=["tech", "product"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        trap=person(
            "Margaux Lévêque",
            """Typographe et maquettiste de livres jeunesse, j'ai dessiné une police pensée pour
            les lecteurs en difficulté.""",
            """Une enseignante spécialisée en dyslexie pour concevoir avec moi une collection
            de romans lisibles et la tester en classe.""",
            """Tester avec les enfants, toujours.""",
            headline="Typographie jeunesse",
            ro=["design"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Limoges",
            consent=False,
        ),
    ),
    # 63 ---------------------------------------------------------------- trap: visibility
    pair(
        63,
        "en",
        "biotech",
        "A is a regulatory affairs expert who has taken cell therapies through FDA and EMA "
        "filings; B is a cell therapy scientist with promising preclinical data who has "
        "never dealt with regulators.",
        a=person(
            "Deborah Klein",
            "Regulatory affairs lead; I've taken four cell therapies through IND and CTA filings.",
            "A scientist with a cell therapy candidate worth taking to the clinic.",
            "Patients first, no shortcuts with regulators.",
            ro=["legal", "domain"],
            tz=-5,
            langs=["en", "de"],
            loc="Boston",
        ),
        b=person(
            "Dr. Kofi Mensah-Bonsu",
            """Immunologist. My lab spent six years engineering regulatory T cells that home
            to inflamed joints; the preclinical data in arthritis models are strong and the
            manufacturing protocol runs in a GMP-ready format. I know the biology inside out
            and I can lead the scientific team.""",
            """I've never written a regulatory filing. I need someone who has taken therapies
            into first-in-human trials: who knows what the agencies expect in a briefing
            package, how to plan the toxicology studies and how to talk to the FDA without
            wasting a year.""",
            """Patient safety, transparent data, and respect for the people who do the
            work at the bench.""",
            tz=-5,
            langs=["en", "tw"],
            loc="Philadelphia",
        ),
        twin=person(
            "Dr. Hannah Fields",
            """Cell therapy scientist. I engineered CAR-T cells for solid tumours
            during my postdoc at a cancer centre; the preclinical data were
            published last year and I've kept the constructs and the team that made
            them. I can lead a lab and a scientific programme.""",
            """I'm looking for a business co-founder with biotech fundraising
            experience and a network of investors, to raise a large seed round
            quickly and handle the board.""",
            """Go big: raise fast, hire fast, aim for a big exit.""",
            tz=-5,
            langs=["en"],
            loc="New York",
        ),
        one=person(
            "Marco Bellandi",
            """I run a contract research organisation with 80 staff and a GMP cell-
            processing facility near Baltimore; we serve mid-size biotechs in the US
            and Europe and our order book is full for a year.""",
            """A senior regulatory affairs expert to become a partner and build our
            regulatory consulting arm, writing filings for clients who are going
            into the clinic.""",
            """Quality systems, client trust, steady growth.""",
            ro=["operations"],
            rs=["legal"],
            tz=-5,
            langs=["en", "it"],
            loc="Baltimore",
        ),
        trap=person(
            "Dr. Aisha Karim",
            """Immunologist. I've engineered regulatory T cells for autoimmune disease;
            the preclinical data are strong and the process is GMP-compatible. I can
            lead the science, but I have never filed anything with a regulator.""",
            """A regulatory expert who has taken cell therapies into first-in-human
            trials, knows what the FDA expects in a briefing package and can plan
            the path to the clinic.""",
            """Patient safety and open data; I want regulators to trust us from the
            first meeting.""",
            tz=-5,
            langs=["en", "ur"],
            loc="Boston",
            vis="private",
        ),
    ),
    # 64 ---------------------------------------------------------------- trap: commitment
    pair(
        64,
        "cross",
        "media",
        "A produces independent documentaries and cannot get them sold abroad; B is an "
        "international sales agent for documentaries who wants a producer with a strong "
        "slate.",
        a=person(
            "Fanny Rocher",
            "Productrice de documentaires, cinq films primés en festival, mais aucun vendu à l'étranger.",
            "Quelqu'un qui vende nos films aux chaînes et aux plateformes du monde entier.",
            "Regard d'auteur, indépendance.",
            ro=["domain", "product"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            stage="revenue",
            loc="Marseille",
        ),
        b=person(
            "Benedict Lowry",
            """International sales agent for documentaries for twelve years. I've placed films
            with broadcasters in forty countries and with the big streaming platforms, and I
            go to every market that matters, from Sheffield to IDFA and MIPDOC.""",
            """I want to go independent with a producer whose films win festivals but lack a
            distribution partner, someone with a slate of finished films and projects in
            development, so we can build a catalogue together.""",
            """Authors keep their voice. Transparent accounts, paid on time.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Ingrid Thomassen",
            """Sales agent for feature films and series; I sell to broadcasters and platforms
            across Europe and the Nordics, and I know every buyer at the main markets.""",
            """A producer of high-budget scripted series with bank financing who wants to
            co-produce internationally, not documentaries.""",
            """Big productions, big returns; documentaries don't move the needle for
            buyers.""",
            ro=["sales"],
            rs=["finance"],
            tz=1,
            langs=["en", "no", "fr"],
            loc="Oslo",
        ),
        one=person(
            "Léa Brunel",
            """Distributrice de films en salle en France depuis quinze ans, je connais
            les exploitants, la programmation des cinémas art et essai et les
            festivals qui lancent une carrière.""",
            """Une productrice ou un producteur de documentaires primés pour monter
            avec moi une ligne éditoriale de sorties en salle.""",
            """Le cinéma en salle, la rencontre avec le public, les débats après la
            séance.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        trap=person(
            "Gregory Ashton",
            """Documentary sales agent for ten years; I sell films to broadcasters and
            streaming platforms worldwide and attend all the main markets. This
            would be a side project next to my current job.""",
            """A producer with festival-winning documentaries and projects in
            development who needs international sales.""",
            """Transparent accounts for producers and respect for directors' vision.""",
            ro=["sales"],
            rs=["domain"],
            c="side-project",
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
    ),
    # 65 ------------------------------------------------------------------ trap: timezone
    pair(
        65,
        "cross",
        "fintech",
        "A is a former corporate treasurer who wants to give small businesses a 13-week cash "
        "forecast and needs a product designer; B designs finance software and wants a real "
        "treasury expert.",
        a=person(
            "Anne-Laure Giraud",
            """Trésorière d'entreprise pendant quinze ans dans l'agroalimentaire, j'ai construit
            les prévisions de trésorerie d'un groupe de 900 millions d'euros. Aujourd'hui je
            conseille des PME et je vois qu'aucune n'a de prévision fiable à trois mois : tout
            est dans un tableur que seul le dirigeant comprend.""",
            """Je cherche quelqu'un qui sache concevoir un logiciel financier simple et beau,
            qui comprenne comment un dirigeant de PME lit ses chiffres et qui transforme une
            méthode de trésorier en écrans qu'on ouvre chaque lundi.""",
            """Clarté avant sophistication. Respect du temps des dirigeants.""",
            headline="Trésorière, prévision de trésorerie pour PME",
            ro=["finance", "domain"],
            tz=1,
            langs=["fr", "en"],
            stage="idea",
            loc="Nantes",
        ),
        b=person(
            "Holly Brennan",
            """Product designer for nine years, six of them on accounting and invoicing
            software for small businesses. I led the redesign of a bookkeeping app's reports,
            and I run interviews with owners every week.""",
            """I'd like to partner with a finance professional who knows cash management
            from the inside, can define the forecasting method and explain it to accountants
            who will recommend us.""",
            """Clarity, calm software, no dark patterns in pricing.""",
            headline="Product designer, small-business finance",
            tz=0,
            langs=["en", "fr"],
            loc="Dublin",
        ),
        twin=person(
            "Aoife Lynch",
            """Product designer with seven years in fintech: I designed a business
            current account app, its expense management and its onboarding, and I
            run user interviews every week.""",
            """A hardware engineer to co-found a company making smart payment terminals
            for market traders, someone who can take a device from prototype to
            production.""",
            """Beautiful hardware and software together, made in Europe if we can.""",
            tz=0,
            langs=["en", "fr"],
            loc="Belfast",
        ),
        one=person(
            "Rodolphe Vernet",
            """Associé d'un cabinet d'expertise comptable de 40 personnes, avec 600
            clients PME dans l'Ouest et une équipe qui produit déjà leurs tableaux
            de bord.""",
            """Une trésorière ou un trésorier expérimenté pour créer une offre de
            direction financière à temps partagé pour nos clients.""",
            """Service de proximité et relation de confiance avec des dirigeants qu'on
            connaît depuis des années.""",
            ro=["finance"],
            tz=1,
            langs=["fr"],
            loc="Angers",
        ),
        trap=person(
            "Megan Alvarez",
            """Product designer for small-business finance software for eight years:
            reports, forecasts and dashboards that owners actually read. I interview
            business owners every week.""",
            """A treasury or finance professional who knows cash management from the
            inside, can define a forecasting method and reach accountants who would
            recommend us.""",
            """Calm software and honest pricing; owners have enough stress already.""",
            tz=-6,
            langs=["en", "es", "fr"],
            loc="Austin",
        ),
    ),
    # 66 ------------------------------------------------------------------ trap: language
    pair(
        66,
        "mixed",
        "retail-food",
        "A is a cheese maturer who wants to sell to London restaurants and needs export "
        "logistics; B runs chilled UK-EU export logistics and wants premium producers.",
        a=person(
            "Jean-Baptiste Roumégoux",
            "Fromager affineur, j'affine 40 fromages and London chefs keep asking for them.",
            "I need someone for the export side: la douane et le transport frigorifique.",
            "Le goût et le lait cru, but also the long term.",
            tz=1,
            langs=["fr", "en"],
            stage="revenue",
            loc="Rodez",
        ),
        b=person(
            "Fergus Campbell",
            "Chilled food export logistics UK-EU: customs, health certificates, cold trucks.",
            "A producer with premium products who wants London restaurants as clients.",
            "Reliable, on time, every time.",
            tz=0,
            langs=["en", "fr"],
            loc="Dover",
        ),
        twin=person(
            "Harriet Gould",
            "Customs and cold-chain logistics for fresh seafood, Scotland to Europe.",
            "A software partner to build a customs paperwork app for exporters.",
            "Automation first.",
            tz=0,
            langs=["en", "fr"],
            loc="Aberdeen",
        ),
        one=person(
            "Camille Besson",
            "Cheffe à Londres, restaurant bistronomique, 80 couverts.",
            "A French cheesemaker to co-create a cheese bar next door.",
            "Produits vivants.",
            tz=0,
            langs=["fr", "en"],
            loc="London",
        ),
        trap=person(
            "Giulia Martelli",
            "Logistica export di prodotti freschi tra UK e UE: dogana, certificati, camion frigo.",
            "Un produttore di formaggi pregiati che vuole i ristoranti di Londra.",
            "Puntualità.",
            tz=1,
            langs=["it"],
            loc="Parma",
        ),
    ),
    # 67 ------------------------------------------------------------------- trap: consent
    pair(
        67,
        "cross",
        "health",
        "A is a rural pharmacist who wants to deliver medicines and follow-up to isolated "
        "elderly patients; B built home-delivery operations for a pharmacy chain and wants a "
        "pharmacist with a rural practice.",
        a=person(
            "Hélène Castel",
            "Pharmacienne en Creuse, la moitié de mes patients ont plus de 80 ans et plus de voiture.",
            "Quelqu'un qui sache organiser des tournées de livraison et un suivi à domicile.",
            "Le soin de proximité, jamais d'abandon.",
            tz=1,
            langs=["fr", "en"],
            stage="revenue",
            loc="Guéret",
        ),
        b=person(
            "Martin Oduya",
            """Operations manager who built the home-delivery service of a pharmacy chain in
            the north of England: route planning, cold-chain bags for insulin, drivers trained
            to spot when a patient is not coping, and a daily call list for missed doses.""",
            """I want to work with a pharmacist who runs a rural practice with many isolated
            elderly patients, knows the rules for dispensing and delivery, and wants to build
            a service other pharmacies can join.""",
            """Care before efficiency. Drivers are part of the care team.""",
            tz=0,
            langs=["en", "fr", "sw"],
            loc="Newcastle",
        ),
        twin=person(
            "Rebecca Tan",
            """Operations lead for a grocery delivery start-up: routing, dark stores,
            driver scheduling and customer service for 20,000 orders a week across
            London.""",
            """A marketing co-founder to launch a premium meal-kit brand for young
            urban professionals: brand, influencers, paid acquisition.""",
            """Speed and scale: 15-minute delivery, new city every quarter.""",
            tz=0,
            langs=["en", "fr", "zh"],
            loc="London",
        ),
        one=person(
            "Dr Pascal Aubert",
            """Médecin généraliste depuis vingt ans, je monte une maison de santé
            rurale : les locaux sont trouvés, trois infirmières et une
            kinésithérapeute sont partantes.""",
            """Une pharmacienne ou un pharmacien qui rejoigne le projet et installe une
            officine dans la maison de santé.""",
            """Travail en équipe et santé rurale ; personne ne devrait faire 40 km pour
            un médecin.""",
            tz=1,
            langs=["fr"],
            loc="Aubusson",
        ),
        trap=person(
            "Joanne Pike",
            """Operations manager who set up pharmacy home delivery for a regional
            chain: routes, cold-chain bags for insulin, drivers trained to notice
            frail patients, daily follow-up calls for missed doses.""",
            """A rural pharmacist with many isolated elderly patients who wants a
            delivery and follow-up service that other pharmacies could join.""",
            """Care first; drivers are the only visitors some patients see all week.""",
            tz=0,
            langs=["en", "fr"],
            loc="Durham",
            consent=False,
        ),
    ),
    # 68 ---------------------------------------------------------------- trap: visibility
    pair(
        68,
        "fr",
        "furniture",
        "A dessine du mobilier et cherche un atelier capable de le fabriquer en série; B "
        "dirige une menuiserie industrielle avec des capacités libres et veut une designer "
        "pour créer une marque.",
        a=person(
            "Lou Vernier",
            "Designer de mobilier, mes chaises ont été primées mais je ne sais pas les produire.",
            "Un industriel du bois qui sache fabriquer en série sans trahir le dessin.",
            "Bois local, objets durables.",
            ro=["design"],
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Étienne",
        ),
        b=person(
            "Didier Moulinier",
            """Je dirige une menuiserie industrielle de 35 personnes dans le Jura : commande
            numérique cinq axes, finition, emballage. Nous fabriquons pour d'autres marques,
            mais la sous-traitance nous rend fragiles et il nous reste de la capacité.""",
            """J'aimerais m'associer à une designer ou un designer qui a un vrai univers et des
            pièces reconnues, pour lancer notre propre collection de mobilier.""",
            """Savoir-faire local, emplois dans la vallée, qualité avant volume.""",
            tz=1,
            langs=["fr"],
            loc="Saint-Claude",
        ),
        twin=person(
            "Francis Aubrac",
            """Je dirige une usine de menuiseries extérieures, fenêtres et portes, avec
            une ligne de production récente et quarante salariés.""",
            """Je cherche un associé commercial pour développer les ventes auprès des
            promoteurs immobiliers et des grandes enseignes de bricolage.""",
            """Volume et marges ; le design, c'est pour les autres.""",
            tz=1,
            langs=["fr"],
            loc="Besançon",
        ),
        one=person(
            "Émilie Sarraute",
            """Je tiens une galerie de design contemporain à Lyon depuis douze ans,
            avec une clientèle de collectionneurs et d'architectes d'intérieur.""",
            """Une designer ou un designer de mobilier pour éditer des pièces uniques
            en série limitée et les exposer.""",
            """Pièces rares et exigence : je n'expose que ce que je garderais chez moi.""",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        trap=person(
            "Rémi Châtelain",
            """Je dirige une menuiserie industrielle dans l'Ain : commande numérique,
            finition, emballage. Nous avons des capacités libres chaque mois et un
            vrai savoir-faire.""",
            """Une designer de mobilier reconnue, avec des pièces primées, pour créer
            notre propre collection.""",
            """Qualité, emplois locaux et fierté du travail bien fait.""",
            tz=1,
            langs=["fr"],
            loc="Oyonnax",
            vis="private",
        ),
    ),
    # 69 ---------------------------------------------------------------- trap: commitment
    pair(
        69,
        "cross",
        "b2b-saas",
        "A is a procurement director who knows why supplier onboarding takes months and needs "
        "a product manager to build the software; B is a B2B product manager who wants a "
        "procurement insider.",
        a=person(
            "Philippe Gaudin",
            """Directeur des achats pendant vingt ans dans l'industrie automobile puis
            pharmaceutique. J'ai géré des panels de 4 000 fournisseurs et je sais exactement
            pourquoi référencer un nouveau fournisseur prend trois mois : questionnaires,
            certificats, vérifications financières, conformité, et personne qui coordonne
            tout ça.""",
            """Je cherche une personne qui sache faire naître un logiciel B2B : comprendre les
            utilisateurs, écrire les priorités, piloter une équipe de développement et tenir
            une feuille de route face à de grands clients.""",
            """Des clients satisfaits plutôt que des levées de fonds spectaculaires. Franchise
            entre associés.""",
            headline="Directeur achats, référencement fournisseurs",
            ro=["domain", "sales"],
            rs=["product"],
            tz=1,
            langs=["fr", "en", "de"],
            stage="idea",
            loc="Lyon",
        ),
        b=person(
            "Natalie Brooks",
            """B2B product manager for ten years. I led the contract management module of a
            spend management platform from zero to 300 enterprise customers, managing two
            engineering squads and a designer, and I'm comfortable with security reviews and
            enterprise roadmaps.""",
            """I want to co-found with someone who has run procurement at a large company,
            who feels the pain personally, has the network to open doors to other
            procurement heads, and can sell to them.""",
            """Customers over hype. Candour, written decisions, sustainable pace.""",
            headline="B2B product manager",
            ro=["product"],
            rs=["domain", "sales"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Sunil Kapoor",
            """B2B product manager for nine years; I built the employee onboarding
            module of a large HR platform, managed three squads and handled
            enterprise security reviews.""",
            """A co-founder who has led HR at a large company, feels the onboarding
            pain and can sell an employee onboarding product to other HR directors.""",
            """Growth and big rounds; HR software is a land grab.""",
            ro=["product"],
            rs=["domain", "sales"],
            tz=0,
            langs=["en", "hi", "fr"],
            loc="London",
        ),
        twin2=person(
            "Élodie Marchetti",
            """Product manager B2B depuis huit ans, j'ai lancé un logiciel de gestion
            des appels d'offres pour les collectivités et piloté deux équipes de
            développement.""",
            """Je cherche une développeuse ou un développeur senior pour construire
            avec moi un outil de veille des marchés publics.""",
            """Sobriété et clients publics : des outils simples, des contrats longs.""",
            ro=["product"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Grenoble",
        ),
        one=person(
            "Karl Oberhuber",
            """I run a supplier risk data company: financial scores, ownership and
            sanctions screening on 12 million companies, sold mostly to banks so
            far.""",
            """An experienced procurement director to take our data to procurement
            teams, shape the product for their workflows and sell it to his peers.""",
            """Data quality above everything; one wrong sanctions hit can ruin a
            client's week.""",
            ro=["tech"],
            rs=["domain", "sales"],
            tz=1,
            langs=["en", "de"],
            loc="Vienna",
        ),
        trap=person(
            "Claire Whitmore",
            """B2B product manager who built a supplier management module used by
            enterprise procurement teams, from discovery to roadmap. I'd start this
            on the side of my current role.""",
            """A procurement leader who knows why supplier onboarding takes months and
            can open doors to other procurement heads.""",
            """Candour and written decisions; customers before investors.""",
            ro=["product"],
            rs=["domain", "sales"],
            c="side-project",
            tz=0,
            langs=["en", "fr"],
            loc="Oxford",
        ),
    ),
    # 70 ------------------------------------------------------------------ trap: timezone
    pair(
        70,
        "en",
        "energy",
        "A runs solar mini-grids in rural Kenya and needs someone who can structure project "
        "finance to build fifty more; B structures infrastructure finance and wants an "
        "operator with a proven track record.",
        a=person(
            "Joseph Kamau",
            """I've built and run twelve solar mini-grids in rural Kenya for six years,
            connecting 4,000 households and 300 small businesses. We collect payments by
            mobile money, our uptime is above 98%, and I know the regulator, the county
            governments and every step of a site build.""",
            """To build fifty more sites I need someone who can put the money together:
            concessional loans, grants paid per connection, commercial debt, and
            protection against the shilling falling. A person who has done this
            before and can sit across the table from lenders.""",
            """Serve the customer who has nothing else. Local staff, local ownership, honest
            numbers.""",
            tz=3,
            langs=["en", "sw"],
            stage="revenue",
            loc="Nakuru",
        ),
        b=person(
            "Charlotte Ebdon",
            """Infrastructure finance for eleven years, first at a development bank and then
            at an impact fund; I've closed blended-finance deals for off-grid solar and water
            in East Africa, including currency hedging.""",
            """I want to leave the fund side and join an operator who has already proven they
            can build and run sites, with real payment data, and needs capital to scale.""",
            """Transparency with investors and communities alike. Patient growth.""",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Nikhil Varma",
            """Project finance for renewable energy; I've closed utility-scale solar deals in
            India and the Gulf worth $600M.""",
            """A developer with land and grid permits for large solar parks in Southern Europe,
            where I want to invest.""",
            """Scale and returns: utility-scale or not at all.""",
            tz=3,
            langs=["en", "hi"],
            loc="Dubai",
        ),
        one=person(
            "Wanjiku Njoroge",
            """I run a company that sells electric cooking appliances on credit to
            rural households in Kenya, with 60 sales agents and repayment by mobile
            money.""",
            """A mini-grid operator to bundle electricity and appliances for our
            customers in the villages we both serve.""",
            """Clean cooking for all, paid in small instalments people can afford.""",
            tz=3,
            langs=["en", "sw"],
            loc="Nairobi",
        ),
        trap=person(
            "Daniel Whitlock",
            """Blended finance and development bank debt for off-grid energy operators;
            several deals closed in East Africa.""",
            """A mini-grid operator with a track record and payment data who needs capital to
            build many more sites.""",
            """Honest numbers and patient capital that stays when a season goes badly.""",
            tz=-5,
            langs=["en"],
            loc="Washington, DC",
        ),
    ),
    # 71 ------------------------------------------------------------------ trap: language
    pair(
        71,
        "cross",
        "tourism-culture",
        "A is a museum curator who wants visitors to see objects in their original setting and "
        "needs an AR developer; B builds AR experiences and wants a curator with collections.",
        a=person(
            "Bérénice Talon",
            "Conservatrice d'un musée gallo-romain, 6 000 objets et des ruines à ciel ouvert.",
            "Une personne qui fasse revivre les ruines sur tablette ou téléphone, en réalité augmentée.",
            "Rigueur historique, accès pour tous.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Vienne (Isère)",
        ),
        b=person(
            "Jasper Holt",
            "AR developer; I rebuilt a Roman fort on site for a heritage trust.",
            "A curator with collections and a site who wants history shown in place.",
            "Accuracy, accessibility, wonder.",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="York",
        ),
        twin=person(
            "Tobias Lund",
            "AR developer for retail; try-on glasses and furniture in your room.",
            "A retail partner with stores to roll out AR try-on.",
            "Conversion rates matter.",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["en", "da", "fr"],
            loc="Copenhagen",
        ),
        one=person(
            "Nadine Rivoire",
            "Guide-conférencière, je fais visiter la région à des groupes scolaires.",
            "Une conservatrice pour créer des visites théâtralisées dans un musée.",
            "Transmettre avec joie.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        trap=person(
            "Oliver Hart",
            "AR developer; on-site reconstructions of ancient ruins for museums.",
            "A curator with a Roman site and collections who wants AR visits.",
            "Historical accuracy.",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Bath",
        ),
    ),
    # 72 ------------------------------------------------------------------- trap: consent
    pair(
        72,
        "cross",
        "education-gaming",
        "A is a biology teacher who wants pupils to understand climate trade-offs through play "
        "and needs a game designer; B designs systems games and wants an educator to make one "
        "that works in class.",
        a=person(
            "Thomas Girardin",
            """Professeur de SVT en lycée depuis quatorze ans et formateur académique sur
            l'enseignement du climat. J'ai écrit les ressources d'un collectif de
            scientifiques pour les écoles, et je connais les programmes, les contraintes
            d'une heure de cours et des centaines de collègues qui cherchent des outils.""",
            """Je voudrais un jeu où les élèves doivent faire des choix d'énergie,
            d'agriculture et de transport et en voir les conséquences. Il me faut une personne
            qui sache concevoir des mécaniques de jeu, équilibrer un système et rendre tout ça
            captivant.""",
            """Science exacte, pas de catastrophisme, pas de culpabilisation.""",
            headline="Prof de SVT, climat",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
            loc="Toulouse",
        ),
        b=person(
            "Imogen Fairley",
            """Game designer specialised in systems and simulation; I designed a city-building
            strategy game and a board game about water management used by NGOs. I balance
            economies and feedback loops for a living.""",
            """I'm looking for an educator who teaches the science, knows what fits into a
            lesson, can check every mechanic against reality and reach teachers.""",
            """Play teaches better than lectures. Respect for teachers' time.""",
            headline="Systems game designer",
            ro=["design"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Edinburgh",
        ),
        twin=person(
            "Raphaëlle Simon",
            """Game designer de jeux de gestion, j'ai équilibré les économies de deux jeux de
            stratégie sortis sur PC.""",
            """Je cherche une associée productrice qui trouve des financements pour un jeu de
            stratégie sur console.""",
            """Ambition commerciale : je veux un jeu qui se vende à un million
            d'exemplaires.""",
            ro=["design"],
            rs=["finance", "operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Montpellier",
        ),
        one=person(
            "Karine Delorme",
            """Directrice d'une association d'éducation à l'environnement, avec des animateurs
            et des financements régionaux.""",
            """Un professeur de SVT pour écrire des parcours pédagogiques sur le climat pour
            les collèges.""",
            """Éducation populaire : apprendre ensemble, dehors de préférence.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Albi",
        ),
        trap=person(
            "Alasdair Grant",
            """Game designer of systems and simulation games; I balance economies and feedback
            loops, and made a water-management game for NGOs.""",
            """A science teacher who wants a classroom game about climate choices and can reach
            other teachers.""",
            """Play over lectures, and respect for the forty minutes a teacher actually
            has.""",
            ro=["design"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Dundee",
            consent=False,
        ),
    ),
    # 73 ---------------------------------------------------------------- trap: visibility
    pair(
        73,
        "mixed",
        "b2b-saas",
        "A is a marketer who has grown restaurant software and knows what owners will pay for; "
        "B is a backend engineer with a working food-cost analytics engine who needs someone "
        "to take it to restaurants.",
        a=person(
            "Inès Carvalho",
            """Head of marketing dans deux start-ups de la restauration, j'ai fait passer un
            logiciel de caisse de 200 à 4 000 restaurants. Je connais les restaurateurs, leurs
            salons, les groupements et les influenceurs food qui comptent, and I know the
            difference between a feature they like and one they pay for.""",
            """Looking for a technical co-founder who already has a working product around
            food costs or margins for restaurants: someone who builds the backend, the
            integrations with tills and suppliers, and ships fast.""",
            """Ownership, bienveillance, and a healthy work-life balance.""",
            ro=["marketing", "sales"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en", "pt"],
            loc="Lisbonne",
        ),
        b=person(
            "Arnaud Petit",
            """Backend engineer, dix ans d'expérience. J'ai construit un moteur qui calcule le
            coût matière de chaque plat en temps réel à partir des factures fournisseurs et des
            ventes en caisse; it runs in three restaurants owned by friends.""",
            """I need someone who knows how to sell to restaurants, build a brand and a
            pipeline, and who understands what owners actually pay for.""",
            """Ship small, écouter les clients, no bullshit.""",
            ro=["tech"],
            rs=["marketing", "sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Bordeaux",
        ),
        twin=person(
            "Julien Marec",
            """Développeur backend, j'ai construit le module de commande en ligne d'un
            logiciel de restaurant et ses intégrations de paiement.""",
            """Looking for a finance co-founder to build a lending product for restaurants
            based on their card sales.""",
            """Move fast and raise a big seed; lending is where the money is.""",
            ro=["tech"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Sandra Pires",
            """Founder of a kitchen equipment leasing company with 1,500 restaurant
            clients in Portugal and Spain and a finance team of six.""",
            """Un profil marketing qui connaît bien les restaurateurs pour relancer
            notre marque et notre acquisition de clients.""",
            """Long-term relationships with our clients; many have leased from us for
            fifteen years.""",
            ro=["finance", "operations"],
            rs=["marketing"],
            tz=0,
            langs=["pt", "fr", "en"],
            loc="Porto",
        ),
        trap=person(
            "Victor Lemaire",
            """Backend engineer with ten years of experience; my food-cost engine reads
            supplier invoices and till sales to compute each dish's margin in real
            time.""",
            """A marketer who knows restaurant owners, their trade fairs and groups,
            and how to sell them software they will pay for.""",
            """Ship small, listen to customers, and never lock a restaurant into a long
            contract.""",
            ro=["tech"],
            rs=["marketing", "sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Nantes",
            vis="private",
        ),
    ),
    # 74 ---------------------------------------------------------------- trap: commitment
    pair(
        74,
        "fr",
        "social-economy",
        "A a créé un tiers-lieu rural qui déborde d'activités mais dont la gestion est un "
        "chaos; B est gestionnaire et veut s'investir dans un lieu associatif à la campagne.",
        a=person(
            "Maud Lefranc",
            "J'ai ouvert un tiers-lieu dans un village : café, atelier vélo, épicerie, concerts.",
            "Quelqu'un qui tienne les comptes, les subventions, les contrats et les salaires.",
            "Ouvert à tous, décisions collectives.",
            c="full-time",
            tz=1,
            langs=["fr"],
            loc="Lodève",
        ),
        b=person(
            "Jérôme Bastide",
            "Gestionnaire d'associations depuis quinze ans : budget, paie, dossiers de subvention.",
            "Un lieu vivant à la campagne, porté par quelqu'un qui fédère les habitants.",
            "Rigueur et convivialité.",
            c="part-time",
            tz=1,
            langs=["fr"],
            loc="Montpellier",
        ),
        twin=person(
            "Céline Mauriac",
            "Comptable associative, je gère la paie et les budgets de plusieurs structures.",
            "Un associé juriste pour ouvrir un cabinet d'accompagnement des associations.",
            "Sérieux, cadre clair.",
            c="part-time",
            tz=1,
            langs=["fr"],
            loc="Béziers",
        ),
        one=person(
            "Antoine Fabre",
            "Maire d'un village, je dispose d'une ancienne école vide à confier.",
            "Une personne qui sache animer un lieu et fédérer les habitants.",
            "Faire vivre le village.",
            c="part-time",
            tz=1,
            langs=["fr"],
            loc="Hérault",
        ),
        trap=person(
            "Nicole Barral",
            "Gestionnaire associative : comptes, subventions, paie, quelques soirées par mois.",
            "Un tiers-lieu rural animé qui a besoin d'une gestion solide.",
            "Convivialité.",
            c="side-project",
            tz=1,
            langs=["fr"],
            loc="Sète",
        ),
    ),
    # 75 ------------------------------------------------------------------ trap: timezone
    pair(
        75,
        "cross",
        "legal-family",
        "A is a family mediator who wants separating parents to resolve disputes online and "
        "needs a designer of sensitive services; B designs services for people in crisis and "
        "wants a mediator to shape the process.",
        a=person(
            "Sylvie Ravel",
            """Médiatrice familiale diplômée d'État depuis douze ans, j'accompagne des parents
            qui se séparent : résidence des enfants, pension, vacances, déménagements. Je sais
            désamorcer un conflit, structurer un accord et le faire homologuer. Je travaille
            avec des avocats et des juges aux affaires familiales qui me confient des
            dossiers.""",
            """Beaucoup de parents ne viennent jamais en médiation : trop loin, trop cher, trop
            intimidant. Je cherche une personne qui sache concevoir un service en ligne pour
            des gens en conflit et en souffrance, avec un parcours apaisant, des tests avec de
            vrais parents et une grande attention à la sécurité.""",
            """L'intérêt de l'enfant avant tout. Neutralité, confidentialité.""",
            tz=1,
            langs=["fr", "en"],
            stage="idea",
            loc="Rennes",
        ),
        b=person(
            "Naomi Feldman",
            """Service designer for ten years, specialised in services for people under
            stress: I designed the online application for domestic abuse protection orders for
            a court service and a debt advice journey for a charity. I run research with
            vulnerable users safely and ethically.""",
            """I'd like to work with a family mediator or practitioner who handles separations
            every week, knows what makes an agreement hold, and can shape the process and
            bring lawyers and courts along.""",
            """Safety by design, especially where there is coercion. Calm, kind, careful.""",
            tz=0,
            langs=["en", "fr", "he"],
            loc="London",
        ),
        twin=person(
            "Patrick O'Neill",
            """Service designer with eight years in public services: tax returns,
            driving licences, benefits. I've led research and design teams of six.""",
            """A developer co-founder to build a white-label online forms platform that
            councils can buy off the shelf.""",
            """Scale across councils with standard components; bespoke work doesn't
            pay.""",
            tz=0,
            langs=["en", "fr"],
            loc="Manchester",
        ),
        twin2=person(
            "Agathe Mercier",
            """Designer de services depuis neuf ans, j'ai conçu des parcours pour des
            personnes en grande difficulté : surendettement, accès aux droits,
            hébergement d'urgence.""",
            """Je cherche un associé commercial pour vendre des prestations de design
            de services aux banques et aux assureurs.""",
            """Agence rentable et beaux clients ; je veux travailler pour les grandes
            marques.""",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Maître Yannick Le Floch",
            """Avocat en droit de la famille depuis vingt ans, je dirige un cabinet de
            six personnes à Brest et je plaide régulièrement devant le juge aux
            affaires familiales.""",
            """Une médiatrice ou un médiateur familial pour intégrer le cabinet et
            proposer la médiation à nos clients avant toute procédure.""",
            """Apaiser plutôt que plaider : un bon accord vaut mieux qu'un long procès.""",
            tz=1,
            langs=["fr"],
            loc="Brest",
        ),
        trap=person(
            "Rachel Stein",
            """Service designer for people in crisis for nine years: online
            applications for protection orders, debt advice journeys, research with
            vulnerable users done safely.""",
            """A family mediator who handles separations every week and wants to build
            an online service for separating parents, with lawyers and courts on
            board.""",
            """Safety by design, especially where one parent controls the other; calm
            and careful work.""",
            tz=-6,
            langs=["en", "fr"],
            loc="Chicago",
        ),
    ),
    # 76 ------------------------------------------------------------------ trap: language
    pair(
        76,
        "en",
        "hardware",
        "A is a hardware engineer whose smart plug is ready except for certification; B is a "
        "compliance engineer who has certified connected devices and wants a product to take "
        "to market.",
        a=person(
            "Owen Marsh",
            "Hardware engineer; my Matter smart plug works, but CE, UKCA and FCC scare me.",
            "Someone who has certified connected devices and can run compliance end to end.",
            "Safe products, honest claims.",
            ro=["tech"],
            rs=["legal", "operations"],
            tz=0,
            langs=["en"],
            stage="prototype",
            loc="Cambridge",
        ),
        b=person(
            "Priyanka Das",
            """Compliance engineer for twelve years: radio, EMC and electrical safety testing
            for smart home devices, plus the technical files, declarations of conformity and
            dealing with notified bodies. I've taken more than forty products through CE,
            UKCA and FCC, and I know the test labs that don't waste your money.""",
            """I'd like to co-found with an engineer who has a working connected product, so
            that I stop certifying other people's products and help build one properly from
            the start.""",
            """Safety first, realistic plans, no last-minute redesigns.""",
            ro=["legal", "operations"],
            rs=["tech"],
            tz=1,
            langs=["en", "bn"],
            loc="Amsterdam",
        ),
        twin=person(
            "Gavin Stubbs",
            """Regulatory and compliance engineer for medical devices for ten years:
            EMC, electrical safety, ISO 13485 quality systems and technical files
            for class II products.""",
            """A clinician with an idea for a home-monitoring device who can lead the
            clinical side and the evidence.""",
            """Quality systems are everything; I won't cut a corner on documentation.""",
            ro=["legal"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        one=person(
            "Emma Richter",
            """Founder of a smart-home installation company with 2,000 homes equipped
            in the south of England and a team of fifteen installers.""",
            """A hardware engineer to design our own branded devices, so that we stop
            reselling other brands' plugs and sensors.""",
            """Customer service first; our installers answer the phone on Sundays.""",
            ro=["operations", "sales"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Southampton",
        ),
        trap=person(
            "Jürgen Albrecht",
            """Zulassungsingenieur seit fünfzehn Jahren: Funk, EMV und elektrische
            Sicherheit für Smart-Home-Geräte, technische Dokumentation,
            Konformitätserklärungen, CE- und FCC-Zulassungen mit benannten Stellen.""",
            """Ich suche einen Ingenieur mit einem funktionierenden vernetzten Gerät,
            das noch zertifiziert werden muss, um es gemeinsam auf den Markt zu
            bringen.""",
            """Sicherheit zuerst, realistische Zeitpläne, keine Überraschungen kurz vor
            der Zulassung.""",
            ro=["legal", "operations"],
            rs=["tech"],
            tz=1,
            langs=["de"],
            loc="München",
        ),
    ),
    # 77 ------------------------------------------------------------------- trap: consent
    pair(
        77,
        "cross",
        "agritech",
        "A builds crop-spraying drones and needs someone who can sell through farm "
        "cooperatives; B sold farm inputs through cooperatives and wants an agricultural "
        "technology to sell.",
        a=person(
            "Quentin Maréchal",
            "Ingénieur et pilote, mes drones traitent les vignes en pente à la place des hélicos.",
            "Quelqu'un qui vende aux coopératives et aux entreprises de travaux agricoles.",
            "Sécurité, précision, respect des riverains.",
            ro=["tech"],
            tz=1,
            langs=["fr", "en"],
            stage="prototype",
            loc="Épernay",
        ),
        b=person(
            "Matthew Corrigan",
            """Agricultural sales manager for fourteen years: crop protection products and
            precision farming equipment, sold through cooperatives and contractors in France,
            Ireland and the UK. I know how cooperative boards decide and how contractors
            finance new machines.""",
            """I want to join a technical founder with a working agricultural machine or drone
            that needs a route to farmers through their cooperatives.""",
            """Farmers' trust is earned over seasons. No overselling.""",
            tz=0,
            langs=["en", "fr"],
            loc="Kilkenny",
        ),
        twin=person(
            "Sinead Byrne",
            """Agricultural sales for twelve years: seeds and fertilisers sold through
            cooperatives and merchants across Ireland and the west of France.""",
            """A finance partner to buy and run a grain storage and trading business,
            with the banking relationships to fund the stock.""",
            """Asset-backed, steady returns; grain in a silo doesn't go out of fashion.""",
            tz=0,
            langs=["en", "fr"],
            loc="Wexford",
        ),
        one=person(
            "Guillaume Perrot",
            """Vigneron en Champagne, vingt hectares en forte pente ; je traite encore
            à dos d'homme et je connais les viticulteurs voisins.""",
            """Un ingénieur drone pour tester et adapter les traitements sur mes
            vignes, et monter un service pour le village.""",
            """Terroir et sécurité des ouvriers ; je ne veux plus voir mes gars porter
            des pulvérisateurs.""",
            tz=1,
            langs=["fr"],
            loc="Aÿ",
        ),
        trap=person(
            "Fiona McCarthy",
            """Agricultural sales manager for twelve years: crop protection and
            precision equipment sold through cooperatives and contractors in Ireland
            and France.""",
            """A technical founder with a spraying drone or farm machine who needs a
            route to farmers through their cooperatives.""",
            """No overselling; a farmer who feels cheated never comes back.""",
            tz=0,
            langs=["en", "fr"],
            loc="Tipperary",
            consent=False,
        ),
    ),
    # 78 ---------------------------------------------------------------- trap: visibility
    pair(
        78,
        "fr",
        "legal-housing",
        "A est avocat en droit du logement et veut que les locataires connaissent leurs "
        "droits; B anime un réseau d'associations de locataires et sait mobiliser, mais "
        "cherche la compétence juridique.",
        a=person(
            "Maître Karim Benali",
            """Avocat en droit du logement depuis treize ans, je défends des locataires face
            aux bailleurs : expulsions, logements indécents, charges abusives, dépôts de
            garantie jamais rendus. J'ai rédigé des modèles de courriers et de mises en demeure
            qui règlent la plupart des litiges sans procès.""",
            """Je voudrais que ces outils arrivent jusqu'à ceux qui en ont besoin. Il
            me faut une personne qui sache toucher un public populaire qui ne lit
            jamais les sites juridiques : être présente là où vivent les gens,
            convaincre, donner envie, faire circuler l'information de bouche à
            oreille comme en ligne.""",
            """Le droit doit être accessible à ceux qui en ont le plus besoin.""",
            ro=["legal", "domain"],
            rs=["marketing"],
            tz=1,
            langs=["fr", "ar"],
            loc="Saint-Denis",
        ),
        b=person(
            "Louise Kermarrec",
            """Chargée de communication puis coordinatrice d'un réseau d'associations de
            locataires en Île-de-France. Je mène des campagnes qui touchent des dizaines de
            milliers de personnes, je sais parler aux habitants et mobiliser les relais de
            quartier.""",
            """Je cherche une avocate ou un avocat qui défende les locataires au quotidien et
            qui ait des outils juridiques concrets à mettre entre leurs mains.""",
            """Justice sociale, pédagogie, jamais de condescendance.""",
            ro=["marketing"],
            rs=["legal"],
            tz=1,
            langs=["fr", "br"],
            loc="Montreuil",
        ),
        twin=person(
            "Émile Carrasco",
            """Responsable de la communication d'une grande fédération associative, je mène
            des campagnes nationales et je connais bien les médias.""",
            """Je cherche un associé financier pour créer une agence de communication dédiée
            aux associations.""",
            """Agence rentable et clients prestigieux ; les associations doivent payer
            le juste prix.""",
            ro=["marketing"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        one=person(
            "Nathalie Orsini",
            """Je dirige une agence immobilière sociale qui gère 900 logements pour des
            propriétaires privés et loge des familles modestes.""",
            """Un avocat en droit du logement pour sécuriser nos baux, former nos
            gestionnaires et nous défendre en cas de litige.""",
            """Loger dignement des familles modestes, et rassurer les propriétaires qui
            nous confient leur bien.""",
            ro=["operations"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
            loc="Bobigny",
        ),
        trap=person(
            "Samia Haddou",
            """Militante et communicante, j'anime depuis dix ans des campagnes
            d'information pour les locataires dans les quartiers populaires, avec un
            réseau de relais associatifs.""",
            """Une avocate ou un avocat en droit du logement qui a des outils
            juridiques concrets à mettre entre les mains des locataires.""",
            """Justice sociale et respect des habitants, qu'on écoute avant de leur
            parler.""",
            ro=["marketing"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
            loc="Aubervilliers",
            vis="private",
        ),
    ),
    # 79 ---------------------------------------------------------------- trap: commitment
    pair(
        79,
        "cross",
        "energy-hardware",
        "A is a wind-turbine rope-access technician who knows blade damage and wants "
        "drone-based inspection; B builds drone inspection with computer vision and wants a "
        "blade expert.",
        a=person(
            "Yohann Le Gall",
            """Technicien cordiste en maintenance éolienne depuis dix ans, en mer et à terre.
            J'ai inspecté et réparé des centaines de pales : érosion du bord d'attaque,
            impacts de foudre, délaminage. Je sais ce qu'un exploitant veut voir dans un
            rapport et quels défauts deviennent dangereux.""",
            """Je cherche quelqu'un qui sache faire voler des drones autour d'une éolienne et
            analyser les images automatiquement pour repérer et classer les défauts.""",
            """Sécurité des équipes, rapports honnêtes.""",
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Nazaire",
        ),
        b=person(
            "Callum Fraser",
            """Computer vision engineer and drone pilot. I built automated inspection for
            power lines: flight planning, image capture and a model that detects corroded
            fittings and damaged insulators, now used by two utilities.""",
            """I want to move to wind and need someone who has worked on blades with their
            hands, knows every defect type and what operators expect in an inspection report.
            I'd also value their contacts at turbine operators.""",
            """Safety first, honest accuracy figures.""",
            tz=0,
            langs=["en", "fr"],
            loc="Aberdeen",
        ),
        twin=person(
            "Morven Sinclair",
            """Computer vision engineer; I built crop monitoring from drones for large
            estates, with disease detection and flight planning over rough terrain.""",
            """A partner from forestry to adapt it to tree health surveys and sell it
            to timber companies.""",
            """Outdoors, practical tools.""",
            tz=0,
            langs=["en", "fr"],
            loc="Inverness",
        ),
        one=person(
            "Erwan Pichon",
            """Je dirige une entreprise de travaux en hauteur avec trente cordistes,
            dans le bâtiment et l'industrie.""",
            """Un technicien éolien expérimenté pour créer une branche maintenance de
            pales et former nos équipes.""",
            """Sécurité et compagnonnage.""",
            tz=1,
            langs=["fr"],
            loc="Lorient",
        ),
        trap=person(
            "Hamish Ross",
            """Drone pilot and computer vision engineer; automated inspection of energy
            infrastructure, with defect detection models. I can only give it
            weekends for now.""",
            """A wind turbine blade technician who knows every defect type and what
            operators expect in a report.""",
            """Honest accuracy.""",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
            loc="Stirling",
        ),
    ),
    # 80 ------------------------------------------------------------------ trap: timezone
    pair(
        80,
        "en",
        "media",
        "A writes a popular tech-policy newsletter and needs someone to run the business; B has "
        "run subscription publishing operations and wants a writer with an audience.",
        a=person(
            "Felicity Wren",
            "I write a tech-policy newsletter, 45k readers, 2k paying.",
            "Someone to run the business: pricing, events, sponsors, hiring.",
            "Independence; readers first.",
            ro=["domain"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        b=person(
            "Marcus Lee",
            "Ran subscriptions and events for a policy magazine for eight years.",
            "A writer with a loyal audience who wants a real business around it.",
            "Readers first, clean books.",
            ro=["operations", "finance"],
            rs=["domain"],
            tz=1,
            langs=["en", "zh"],
            loc="Brussels",
        ),
        twin=person(
            "Dominic Fry",
            "Publishing operations: subscriptions, events, sponsorship for trade magazines.",
            "A developer to build a subscription platform for newsletters.",
            "Build the platform.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        one=person(
            "Helena Kraus",
            "Director of a tech-policy think tank with funding for publications.",
            "A policy writer to run our newsletter and podcast.",
            "Evidence-based policy.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "de"],
            loc="Berlin",
        ),
        trap=person(
            "Jordan Blake",
            "Subscription publishing operations: pricing, events, sponsors, hiring.",
            "A writer with a paying audience who needs a business partner.",
            "Clean books.",
            ro=["operations"],
            rs=["domain"],
            tz=-8,
            langs=["en"],
            loc="Los Angeles",
        ),
    ),
]
