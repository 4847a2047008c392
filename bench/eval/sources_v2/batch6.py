"""Pairs 101-120 of complementary_v2."""

from people import pair, person

PAIRS = [
    # 101 ---------------------------------------------------------------- trap: language
    pair(
        101,
        "cross",
        "diagnostics",
        "A is a hospital lab physician with a rapid sepsis test validated on patient samples "
        "who needs someone to turn it into a product; B launched point-of-care tests and wants "
        "a clinical biologist with a validated assay.",
        a=person(
            "Dr Armelle Kerouac",
            """Biologiste médicale au CHU de Brest depuis quatorze ans. Avec mon équipe, j'ai
            mis au point un test qui repère un sepsis en quarante minutes à partir d'une goutte
            de sang, contre plusieurs heures aujourd'hui. Il a été validé sur 1 200 patients
            des urgences et de la réanimation, et la publication est acceptée.""",
            """Je ne sais pas faire d'un test de laboratoire un produit qu'un service
            d'urgence achète. Je cherche une personne qui ait déjà lancé des tests
            diagnostiques : définir le produit, choisir le format de l'appareil, organiser la
            fabrication et le marquage, convaincre les hôpitaux.""",
            """Le patient d'abord. Des preuves cliniques solides avant toute communication.""",
            headline="Biologiste, test rapide du sepsis",
            ro=["domain"],
            rs=["product"],
            tz=1,
            langs=["fr"],
            stage="prototype",
            loc="Brest",
        ),
        b=person(
            "Catriona Walsh",
            """Diagnostics product manager for twelve years. I launched three point-of-care
            tests (a troponin cartridge, a CRP reader and a flu/COVID panel), from product
            definition and design transfer to CE-IVD marking and the first hundred hospital
            sites. I know how emergency departments evaluate and buy.""",
            """I'm looking for a clinical scientist who has developed an assay that works on
            real patients, with data to prove it, and who will keep leading the science and
            the clinical studies. I studied in Rennes and I'm happy to work in French.""",
            """Clinical evidence first, honest claims, patient safety over speed.""",
            headline="Point-of-care diagnostics product lead",
            ro=["product"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Galway",
        ),
        twin=person(
            "Benoît Lagarde",
            """Chef de produit diagnostic depuis dix ans, j'ai lancé deux analyseurs de
            biochimie et un test rapide de la grippe, du cahier des charges au
            marquage CE et aux premiers laboratoires clients.""",
            """Je cherche un associé spécialiste du financement et des reprises
            d'entreprise pour racheter une petite usine de réactifs et la
            moderniser.""",
            """Industrie, rentabilité, reprise d'entreprise.""",
            ro=["product"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        one=person(
            "Rhys Morgan",
            """I run an emergency medicine research network of twenty hospitals in
            Wales and Ireland, with research nurses in every department and a data
            platform built for multi-site studies.""",
            """A clinical biologist with experience of laboratory assays to lead a new
            programme of diagnostic accuracy studies across our network.""",
            """Good evidence changes practice; we publish everything, including
            negative results.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Cardiff",
        ),
        trap=person(
            "Hannah Corbett",
            """Point-of-care diagnostics product manager for ten years: I took several
            rapid tests from product definition to design transfer, CE-IVD marking
            and the first hospital sites, and I know how emergency departments buy.""",
            """A clinical biologist with a rapid assay validated on real patients, such
            as a sepsis test, who wants to turn it into a product and keep leading
            the science.""",
            """Clinical evidence first and claims we can defend in front of any
            physician.""",
            ro=["product"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Belfast",
        ),
    ),
    # 102 ----------------------------------------------------------------- trap: consent
    pair(
        102,
        "cross",
        "logistics-ports",
        "A is a ship agent who knows why port calls are late and needs vessel-arrival "
        "predictions; B predicts vessel arrivals from AIS data and wants a port insider.",
        a=person(
            "Gaël Le Bris",
            "Agent maritime au port de Montoir depuis quinze ans ; les escales sont toujours en retard.",
            "Quelqu'un qui sache prédire l'heure d'arrivée des navires à partir des données.",
            "Fiabilité, confiance des armateurs.",
            ro=["domain", "operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Nazaire",
        ),
        b=person(
            "Anders Holm",
            """Data engineer specialised in maritime data. I built an ETA prediction model from
            AIS positions, weather and port congestion for a bulk shipping company; it cut
            the average arrival error from eleven hours to two.""",
            """I want a partner who works in a port every day (an agent, a pilot, a
            terminal planner) who knows what really delays a call and who can sell to port
            communities.""",
            """Accurate numbers, open about uncertainty.""",
            tz=1,
            langs=["en", "da", "fr"],
            loc="Aarhus",
        ),
        twin=person(
            "Sven Karlsson",
            """Data engineer with maritime experience: I built fuel consumption models and
            voyage optimisation for a tanker operator from AIS and engine data.""",
            """A commercial partner with relationships at shipowners to sell a carbon
            reporting tool for fleets.""",
            """Decarbonisation through software.""",
            tz=1,
            langs=["en", "sv", "fr"],
            loc="Gothenburg",
        ),
        one=person(
            "Pauline Rigaud",
            """Je dirige une entreprise de remorquage portuaire avec huit remorqueurs
            sur l'estuaire de la Loire et une quarantaine de marins.""",
            """Un agent maritime expérimenté pour développer notre activité commerciale
            auprès des armateurs et des agences.""",
            """Sécurité en mer.""",
            tz=1,
            langs=["fr"],
            loc="Nantes",
        ),
        trap=person(
            "Mikkel Berg",
            """Maritime data engineer: ETA prediction from AIS, weather and congestion; cut
            arrival errors from hours to minutes for a shipping line.""",
            """A port insider who knows what delays a call and can sell to port
            communities.""",
            """Open about uncertainty.""",
            tz=1,
            langs=["en", "no", "fr"],
            loc="Bergen",
            consent=False,
        ),
    ),
    # 103 -------------------------------------------------------------- trap: visibility
    pair(
        103,
        "en",
        "early-education",
        "A is an early-years educator with a play-based programme that needs illustration and "
        "animation to reach families; B is an illustrator-animator who wants an educator to "
        "build a picture-book app with.",
        a=person(
            "Chiamaka Obi",
            """Early-years teacher for fifteen years and now head of a nursery in Peckham. I've
            written a play-based programme on emotions for three- to five-year-olds: stories,
            songs and games that parents can do at home in ten minutes. Staff in twelve
            nurseries use it, and families keep asking for something they can use on the
            sofa.""",
            """I need someone who draws and animates: who can give the stories faces
            children love and gentle movement, and design something a toddler can
            use without getting hooked on a screen.""",
            """Children's wellbeing over screen time. Diverse families should see themselves
            in every story.""",
            ro=["domain"],
            rs=["design"],
            tz=0,
            langs=["en", "ig"],
            stage="prototype",
            loc="London",
        ),
        b=person(
            "Elin Andersson",
            """Illustrator and animator. I've illustrated eleven picture books and animated a
            preschool series for public television. I like soft colours, expressive
            characters and calm pacing, and I can build simple interactive scenes myself.""",
            """I'm looking for an educator who works with young children every day and has a
            programme grounded in child development, so that what I draw actually helps.""",
            """Slow media for small people. Kindness, patience, no dark patterns.""",
            tz=1,
            langs=["en", "sv"],
            loc="Malmö",
        ),
        twin=person(
            "Jonah Feldman",
            """Illustrator and animator for ten years: picture books, title sequences
            and explainer videos for museums, with a bold, graphic style.""",
            """A game developer to build an action game for teenagers around my comic
            book characters and publish it on consoles.""",
            """Bold, loud, fun; teenagers deserve stories with attitude.""",
            ro=["design"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Brighton",
        ),
        one=person(
            "Priya Sandhu",
            """I run a chain of seven nurseries in South London with 140 staff, a
            training budget and a waiting list in every site.""",
            """An experienced early-years educator to design our curriculum, write our
            programme on emotions and train our practitioners.""",
            """Quality care for every child, and staff who are trained and paid
            properly.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "pa"],
            loc="Croydon",
        ),
        trap=person(
            "Maja Lindqvist",
            """Picture-book illustrator and animator of a preschool series; soft
            colours, expressive characters and calm pacing, and I build simple
            interactive scenes myself.""",
            """An early-years educator with a play-based programme grounded in child
            development that deserves to reach families at home.""",
            """Slow media for small people, with no tricks to keep them on the screen.""",
            tz=1,
            langs=["en", "sv"],
            loc="Lund",
            vis="private",
        ),
    ),
    # 104 -------------------------------------------------------------- trap: commitment
    pair(
        104,
        "fr",
        "textile-agri",
        "A élève des brebis dont la laine est brûlée faute de débouchés; B crée des tissus et "
        "veut monter une filière de laine locale avec des éleveurs.",
        a=person(
            "Josiane Couderc",
            """J'élève 600 brebis sur le causse du Larzac avec mon mari. Chaque printemps, la
            tonte nous coûte plus cher que la laine ne rapporte, et une partie finit brûlée.
            Je connais les éleveurs du coin, les tondeurs, et une vieille filature dans la
            vallée qui pourrait reprendre du service.""",
            """Je cherche quelqu'un qui sache quoi faire de cette laine : imaginer des
            objets qui plaisent, trouver qui la lave, la file et la tisse, lui
            donner un nom et trouver des acheteurs. Une personne du métier des
            tissus, pas seulement de l'agriculture.""",
            """Valoriser le travail des bergers. Circuits courts, rien de gaspillé.""",
            tz=1,
            langs=["fr", "oc"],
            stage="idea",
            loc="Millau",
        ),
        b=person(
            "Capucine Lefort",
            """Designer textile depuis douze ans, j'ai travaillé pour des éditeurs de tissus
            d'ameublement et une marque de couvertures. Je sais concevoir une gamme, travailler
            avec les laveurs, les filateurs et les tisseurs, et vendre à des boutiques et à des
            architectes d'intérieur.""",
            """Je rêve de monter une filière de laine française. Il me faut des éleveurs
            motivés, qui connaissent leurs bêtes, leurs confrères et la réalité de la tonte,
            et qui ont de la laine à transformer.""",
            """Beaux objets, juste prix pour les éleveurs, fabrication locale.""",
            tz=1,
            langs=["fr", "en"],
            loc="Montpellier",
        ),
        twin=person(
            "Blanche Rivière",
            """Designer textile pour une grande maison de mode, je crée des imprimés et
            des jacquards depuis dix ans et je suis la production avec les usines.""",
            """Je cherche un associé qui connaisse la production en Inde pour lancer
            une marque de linge de maison imprimé, vendue en ligne et en grands
            magasins.""",
            """Volume et une collection à chaque saison ; le linge de maison se
            renouvelle vite.""",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        twin2=person(
            "Guillaume Aubertin",
            """Créateur textile, je tisse des étoffes en lin et en chanvre dans mon
            atelier des Vosges et je les vends à des décorateurs.""",
            """Un développeur pour créer une plateforme de vente en ligne commune aux
            artisans tisserands de France.""",
            """Le numérique au service de l'artisanat, pour que les tisserands vivent
            de leur travail.""",
            tz=1,
            langs=["fr"],
            loc="Gérardmer",
        ),
        one=person(
            "Lucien Bonnal",
            """Je dirige un abattoir coopératif et une boucherie en Aveyron qui vendent
            de l'agneau local aux restaurants et aux particuliers.""",
            """Une éleveuse ou un éleveur de brebis motivé pour rejoindre la
            coopérative et développer la vente d'agneau en direct.""",
            """Viande locale et éleveurs payés correctement ; les bêtes ne font pas 500
            km.""",
            tz=1,
            langs=["fr"],
            loc="Rodez",
        ),
        trap=person(
            "Élise Castanier",
            """Designer textile depuis dix ans, je conçois des gammes en laine et je
            connais bien les laveurs, les filateurs et les tisseurs. Projet à mener
            à côté de mon emploi actuel.""",
            """Des éleveurs de brebis qui ont de la laine à transformer, connaissent
            leurs confrères et veulent une filière locale.""",
            """Juste prix pour les éleveurs, fabrication locale et beaux objets.""",
            c="side-project",
            tz=1,
            langs=["fr"],
            loc="Nîmes",
        ),
    ),
    # 105 ---------------------------------------------------------------- trap: timezone
    pair(
        105,
        "cross",
        "esports",
        "A manages an esports team with an audience but no sponsors; B brings brand "
        "partnerships to gaming and wants a team with a real community.",
        a=person(
            "Kylian Mercier",
            "Manager d'une équipe esport, 300 000 abonnés, zéro sponsor sérieux.",
            "Quelqu'un qui signe des partenariats avec des marques.",
            "Joueurs payés à temps, ambiance saine.",
            ro=["operations", "domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        b=person(
            "Jordan Ashby",
            """Partnerships lead at a gaming agency for seven years. I've signed deals between
            energy drinks, peripherals brands, telecoms and esports organisations, and I know
            how brand managers measure a partnership and what makes them renew.""",
            """I want to partner with someone who runs a team and already has a loyal
            community, players people follow, content that works, and needs sponsorship
            to grow.""",
            """Healthy scene, paid players, brands that respect gamers.""",
            ro=["sales"],
            rs=["operations", "domain"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Lewis Ferguson",
            """Brand partnerships in gaming for six years: I've placed energy drinks, headsets
            and telecoms with streamers and tournaments.""",
            """A software engineer to build an influencer marketing platform for gaming
            brands.""",
            """Platforms scale, teams don't; I'd rather sell tools than run a roster.""",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr"],
            loc="Glasgow",
        ),
        one=person(
            "Anaïs Roche",
            """Je dirige une salle de jeux en réseau avec 120 postes, des tournois
            chaque semaine et une communauté de joueurs locaux.""",
            """Un manager d'équipe esport expérimenté pour faire de la salle la base
            d'une équipe locale et encadrer nos jeunes joueurs.""",
            """Communauté et fair-play ; ici, on apprend à perdre autant qu'à gagner.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Lille",
        ),
        trap=person(
            "Tyler Brooks",
            """Esports sponsorship lead for six years: deals between energy drinks,
            peripherals brands, telecoms and teams, with the reporting brand
            managers need to renew.""",
            """A team manager with a loyal community, players people follow and content
            that works, who needs sponsors to grow.""",
            """Respect gamers, pay players on time, choose brands that fit the
            community.""",
            ro=["sales"],
            rs=["operations", "domain"],
            tz=-8,
            langs=["en", "fr"],
            loc="Los Angeles",
        ),
    ),
    # 106 ---------------------------------------------------------------- trap: language
    pair(
        106,
        "mixed",
        "real-estate",
        "A is an interior architect whose foreign clients want turnkey renovations in Paris "
        "and needs a works manager with crews; B manages renovation works and wants a "
        "designer with a client base.",
        a=person(
            "Clara Benveniste",
            """Architecte d'intérieur à Paris depuis dix ans. Most of my clients are
            international buyers (American, British, Gulf) who buy a flat in the 6th or the
            7th and want it redone while they are abroad. Je conçois les plans, les
            matériaux, l'éclairage, le mobilier, et je gère la relation client en anglais.""",
            """What I'm missing is someone who runs the works: crews, planning, budgets, the
            copropriété rules, quality control on site. Une personne fiable à qui mes clients
            peuvent faire confiance à distance.""",
            """Transparence sur les budgets, finitions impeccables.""",
            ro=["design"],
            tz=1,
            langs=["fr", "en", "he"],
            stage="revenue",
            loc="Paris",
        ),
        b=person(
            "Jean-Philippe Moreau",
            """Conducteur de travaux en rénovation haut de gamme depuis dix-huit ans : une
            équipe fidèle de vingt artisans, des chantiers en copropriété parisienne, budgets
            tenus et réceptions propres. I've worked for foreign owners and I send photo
            reports every week.""",
            """Je cherche une architecte d'intérieur qui a des clients, un vrai goût et la
            capacité de vendre des projets, pour monter une offre clé en main ensemble.""",
            """Travail soigné, délais tenus, parole donnée.""",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Montreuil",
        ),
        twin=person(
            "Sébastien Garnier",
            """Conducteur de travaux depuis quinze ans dans la rénovation de bureaux et
            de commerces, avec des équipes et des sous-traitants fiables.""",
            """Looking for a partner with capital to buy and renovate whole buildings
            for resale, en tant que marchand de biens.""",
            """Marchand de biens, rentabilité.""",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Denis",
        ),
        one=person(
            "Margaret Hollis",
            """Relocation consultant in Paris for American executives; I handle
            housing, schools and paperwork for about 80 families a year.""",
            """Une architecte d'intérieur pour proposer l'aménagement et la décoration
            des appartements de mes clients.""",
            """Client care.""",
            ro=["operations", "sales"],
            tz=1,
            langs=["en", "fr"],
            loc="Paris",
        ),
        trap=person(
            "Ricardo Almeida",
            """Encarregado de obras em remodelações de luxo há dezoito anos, com uma equipa de
            vinte artesãos em Paris e relatórios fotográficos semanais.""",
            """Procuro uma arquiteta de interiores com clientes internacionais para criar uma
            oferta chave na mão.""",
            """Trabalho bem feito.""",
            ro=["operations"],
            tz=1,
            langs=["pt"],
            loc="Paris",
        ),
    ),
    # 107 ----------------------------------------------------------------- trap: consent
    pair(
        107,
        "cross",
        "fintech-legal",
        "A is a restructuring lawyer who sees companies come too late and wants an early "
        "warning service for SMEs; B built default-prediction models and wants a legal "
        "expert in business distress.",
        a=person(
            "Maître Inès Castaing",
            """Avocate en droit des entreprises en difficulté depuis treize ans : mandats ad
            hoc, conciliations, sauvegardes. Je vois chaque semaine des dirigeants qui
            arrivent trois mois trop tard, quand il n'y a plus rien à négocier. Je connais les
            tribunaux de commerce, les administrateurs judiciaires et les outils de prévention
            que presque personne n'utilise.""",
            """Je cherche une personne qui sache repérer les signaux de difficulté dans les
            données d'une entreprise (retards de paiement, trésorerie, factures, incidents
            bancaires) et construire un système d'alerte fiable pour les PME et leurs
            experts-comptables.""",
            """Sauver des entreprises et des emplois, pas vendre de la peur.""",
            ro=["legal", "domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Bordeaux",
        ),
        b=person(
            "Oliver Brandt",
            """Data scientist for ten years, six of them at a credit bureau where I built the
            default-prediction models for small companies, using payment behaviour, filings
            and bank data. I care about calibration and explaining a score to the person it
            affects.""",
            """I want a partner who works with companies in distress, knows the legal
            procedures that can save them and can turn an alert into a concrete plan with
            the owner and their accountant.""",
            """Help firms early. Explainable models, no black boxes.""",
            ro=["tech"],
            rs=["legal", "domain"],
            tz=0,
            langs=["en", "de", "fr"],
            loc="London",
        ),
        twin=person(
            "Henrik Olsen",
            """Data scientist for eight years; I built credit scoring and fraud models
            for a consumer lender and a buy-now-pay-later company.""",
            """A lending specialist with capital and a licence to launch a consumer
            credit product for young people.""",
            """Growth and volume; young borrowers are an underserved market.""",
            ro=["tech"],
            rs=["finance"],
            tz=1,
            langs=["en", "no", "fr"],
            loc="Oslo",
        ),
        one=person(
            "Lionel Bouchard",
            """Expert-comptable, j'accompagne 300 PME en Gironde et je vois les
            difficultés arriver bien avant les dirigeants.""",
            """Une avocate en procédures collectives pour créer ensemble une cellule
            d'accompagnement des dirigeants en difficulté.""",
            """Proximité et discrétion ; mes clients ne veulent pas que leurs
            difficultés se sachent.""",
            ro=["finance"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
            loc="Bordeaux",
        ),
        trap=person(
            "Fiona Hartley",
            """Data scientist who built default-prediction models for small businesses at a
            credit bureau; payment behaviour, filings, bank data, calibrated and
            explained.""",
            """A restructuring lawyer who knows the procedures that save companies in
            distress.""",
            """Explainable models that a business owner can understand and challenge.""",
            ro=["tech"],
            rs=["legal", "domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Edinburgh",
            consent=False,
        ),
    ),
    # 108 -------------------------------------------------------------- trap: visibility
    pair(
        108,
        "cross",
        "digital-health",
        "A is a clinical psychologist with a CBT programme for insomnia that works in person "
        "and needs a digital therapeutics product lead; B is that product lead and wants a "
        "clinician with a proven protocol.",
        a=person(
            "Dr Hugo Lambert",
            """Psychologue clinicien, spécialiste des troubles du sommeil depuis douze ans. J'ai
            adapté la thérapie cognitive et comportementale de l'insomnie en un programme de
            six semaines que j'anime en groupe à l'hôpital ; les résultats sont publiés et les
            listes d'attente font six mois.""",
            """Je veux que ce programme soit accessible à tous, en ligne, sans perdre son
            efficacité. Il me faut une personne qui ait déjà conçu et lancé un produit de santé
            numérique, qui sache mener des tests avec les patients et viser un remboursement.""",
            """Efficacité prouvée, respect des patients, pas de promesses magiques.""",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Strasbourg",
        ),
        b=person(
            "Sarah Lindholm",
            """Product lead in digital therapeutics for eight years. I launched an app-based
            programme for chronic pain that obtained reimbursement in Germany under the DiGA
            scheme, and I've run usability studies and randomised trials with clinical
            partners.""",
            """I want to work with a clinician who has a protocol that already works in
            person, with published outcomes, and who can lead the clinical content and the
            trials.""",
            """Clinical evidence, privacy, products that patients finish.""",
            ro=["product"],
            rs=["domain"],
            tz=1,
            langs=["en", "sv", "fr"],
            loc="Berlin",
        ),
        twin=person(
            "Marcus Haines",
            """Product lead in digital health for seven years; I launched a fitness and
            wellbeing coaching app sold to employers.""",
            """A B2B sales co-founder with HR buyers to sell wellbeing subscriptions to
            large employers across Europe.""",
            """Wellness for everyone and big contracts; employers pay, employees
            benefit.""",
            ro=["product"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        one=person(
            "Véronique Bastien",
            """Directrice d'un réseau de centres de santé mentale en Alsace, avec des
            locaux, des psychiatres et une équipe administrative.""",
            """Un psychologue spécialiste du sommeil pour ouvrir une consultation
            dédiée dans nos centres et former nos équipes.""",
            """Soins accessibles sans dépassement d'honoraires, et des équipes
            pluridisciplinaires.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Mulhouse",
        ),
        trap=person(
            "Johanna Weiss",
            """Digital therapeutics product lead: I launched a reimbursed app-based
            programme and ran usability studies and trials with clinical partners.""",
            """A clinician with an in-person protocol for insomnia that already works,
            with published outcomes, to lead the content and the trials.""",
            """Clinical evidence, privacy, and programmes that patients actually
            complete.""",
            ro=["product"],
            rs=["domain"],
            tz=1,
            langs=["en", "de", "fr"],
            loc="Munich",
            vis="private",
        ),
    ),
    # 109 -------------------------------------------------------------- trap: commitment
    pair(
        109,
        "fr",
        "retail-books",
        "A tient une librairie indépendante qui perd des ventes en ligne; B fait du "
        "marketing numérique pour les librairies et cherche une libraire pour monter un "
        "service commun.",
        a=person(
            "Françoise Dulac",
            "Libraire indépendante à Angers depuis 25 ans, 30 000 titres et des clients fidèles.",
            "Une personne qui me fasse exister en ligne : site, réservations, newsletter.",
            "Le conseil humain, le livre pour tous.",
            ro=["domain"],
            rs=["marketing"],
            tz=1,
            langs=["fr"],
            stage="revenue",
            loc="Angers",
        ),
        b=person(
            "Yanis Morel",
            """Spécialiste du marketing numérique pour les commerces culturels depuis huit ans :
            sites de réservation en ligne, newsletters, réseaux sociaux, club de lecteurs. J'ai
            aidé une douzaine de librairies et de disquaires à doubler leurs ventes en ligne
            sans renier leur identité.""",
            """Je cherche une libraire ou un libraire reconnu, avec une vraie boutique et une
            clientèle fidèle, pour monter ensemble un service que d'autres librairies
            pourraient rejoindre.""",
            """Défendre les commerces indépendants. Transparence, pas d'abonnement piège.""",
            ro=["marketing"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Nantes",
        ),
        twin=person(
            "Élise Chevalier",
            """Responsable marketing numérique d'une chaîne de magasins de jeux, j'ai lancé le
            site, la newsletter et le programme de fidélité.""",
            """Je cherche un associé logisticien pour ouvrir un entrepôt e-commerce et vendre
            des jeux de société dans toute l'Europe.""",
            """Croissance rapide et volume : l'Europe entière joue aux jeux de société.""",
            ro=["marketing"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Jacques Morin",
            """Éditeur indépendant, je publie dix romans par an et je peine à trouver
            des libraires qui les défendent en vitrine.""",
            """Une libraire expérimentée pour créer ensemble un club de lecture et
            organiser des tournées d'auteurs.""",
            """La littérature vivante, les auteurs en librairie, les lecteurs qui se
            parlent.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Tours",
        ),
        trap=person(
            "Camille Prévost",
            """Marketing numérique pour les librairies depuis six ans : réservation en
            ligne, newsletters, club de lecteurs, réseaux sociaux. Je n'y
            consacrerais que mes soirées.""",
            """Une libraire ou un libraire reconnu avec une vraie boutique et une
            clientèle fidèle, pour monter un service commun.""",
            """Défendre les indépendants, sans abonnement qui les enferme.""",
            ro=["marketing"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["fr"],
            loc="Le Mans",
        ),
    ),
    # 110 ---------------------------------------------------------------- trap: timezone
    pair(
        110,
        "cross",
        "energy-heat",
        "A is a geothermal engineer who can design heat networks from shallow geothermal and "
        "needs project finance for towns; B develops and finances district heating projects "
        "and wants a geothermal engineer.",
        a=person(
            "Romain Faure-Dubois",
            """Ingénieur en géothermie depuis seize ans, j'ai conçu des champs de sondes et des
            réseaux de chaleur pour des écoles, des hôpitaux et un quartier entier à
            Orléans. Je sais évaluer un sous-sol, dimensionner les sondes et les pompes à
            chaleur, et estimer le coût de la chaleur sur trente ans.""",
            """Des dizaines de petites villes voudraient un réseau de chaleur, mais personne
            ne sait monter l'argent. Je cherche une personne qui sache financer des
            infrastructures énergétiques locales : subventions, dette, contrats avec les
            collectivités, tiers-investissement.""",
            """Sortir du gaz sans laisser les petites villes de côté.""",
            ro=["tech", "domain"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
            loc="Orléans",
        ),
        b=person(
            "Hendrik Mulder",
            """District heating developer and financier for eleven years. I've structured
            fourteen heat network projects in the Netherlands and Denmark with municipal
            concessions, green loans and grants, and I sit on the board of a community
            energy fund.""",
            """I want to bring this model to France with an engineer who designs geothermal
            systems, can assess the ground and size the network, and has credibility with
            local authorities.""",
            """Affordable heat, public trust, long-term thinking.""",
            ro=["finance"],
            rs=["tech", "domain"],
            tz=1,
            langs=["en", "nl", "fr"],
            loc="Utrecht",
        ),
        twin=person(
            "Emma Rasmussen",
            """Energy infrastructure financier for ten years; I've structured offshore
            wind and biomass projects for pension funds and insurers.""",
            """A developer with large wind sites in the Baltic who needs equity
            partners and can manage construction.""",
            """Big tickets and institutional money; small towns are too small for us.""",
            ro=["finance"],
            rs=["operations"],
            tz=1,
            langs=["en", "da", "fr"],
            loc="Copenhagen",
        ),
        twin2=person(
            "Thierry Mallet",
            """Financement de projets énergétiques depuis dix ans pour une banque publique :
            solaire, méthanisation, réseaux de chaleur.""",
            """Je cherche un associé commercial pour vendre des contrats de performance
            énergétique aux entreprises.""",
            """Rentabilité et contrats longs ; l'efficacité énergétique est un
            placement sûr.""",
            ro=["finance"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Charlotte Vignal",
            """Maire d'une ville de 9 000 habitants, j'ai un budget d'études et des
            bâtiments publics encore chauffés au fioul.""",
            """Un ingénieur géothermicien pour étudier un réseau de chaleur pour le
            centre-ville et nous accompagner.""",
            """Transition juste : les habitants modestes doivent être les premiers à en
            profiter.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Pithiviers",
        ),
        trap=person(
            "Scott Henderson",
            """District heating developer and financier: municipal concessions, green
            loans and grants for heat networks, with a dozen projects closed.""",
            """A geothermal engineer who can assess the ground, design heat networks
            for towns and win the trust of local authorities.""",
            """Affordable heat, public trust, and projects designed for thirty years.""",
            ro=["finance"],
            rs=["tech", "domain"],
            tz=-8,
            langs=["en", "fr"],
            loc="Vancouver",
        ),
    ),
    # 111 ---------------------------------------------------------------- trap: language
    pair(
        111,
        "en",
        "coffee",
        "A roasts specialty coffee and wants direct trade; B imports green coffee from "
        "smallholder farms and wants a roaster who buys steady volumes.",
        a=person(
            "Callum Menzies",
            "Specialty roaster; I buy 20 tonnes of green coffee a year through brokers.",
            "A direct link to farms, with someone who handles importing.",
            "Fair prices for farmers, great cups.",
            tz=0,
            langs=["en"],
            stage="revenue",
            loc="Edinburgh",
        ),
        b=person(
            "Selam Bekele",
            "I import green coffee straight from 400 smallholder farms in Ethiopia.",
            "A roaster who commits to steady volumes every harvest.",
            "Long-term contracts, transparency.",
            tz=0,
            langs=["en", "am"],
            loc="London",
        ),
        twin=person(
            "Dawit Haile",
            "I export green coffee from Ethiopian cooperatives to Europe.",
            "A tech partner for a traceability app.",
            "Blockchain for coffee.",
            tz=3,
            langs=["en", "am"],
            loc="Addis Ababa",
        ),
        one=person(
            "Morag Stewart",
            "I run four cafés in Glasgow.",
            "A roaster to create our house blend.",
            "Community cafés.",
            tz=0,
            langs=["en"],
            loc="Glasgow",
        ),
        trap=person(
            "Valentina Ospina",
            "Importo café verde directamente de 300 fincas de Colombia.",
            "Un tostador que compre volúmenes estables cada cosecha.",
            "Precios justos.",
            tz=0,
            langs=["es"],
            loc="Madrid",
        ),
    ),
    # 112 ----------------------------------------------------------------- trap: consent
    pair(
        112,
        "cross",
        "social-economy",
        "A runs a refugee welcome association and wants to train refugees for hotel jobs; B is "
        "a hotel group's HR manager who wants to build a hiring programme with people who "
        "know refugees.",
        a=person(
            "Sophie Ndiaye",
            """Je dirige depuis neuf ans une association d'accueil des personnes réfugiées à
            Nice : cours de français, accompagnement administratif, logement temporaire. Nous
            suivons environ 300 personnes par an, beaucoup avec une expérience en cuisine, en
            ménage ou en accueil dans leur pays. Je connais les préfectures, les règles du
            droit au travail et les travailleurs sociaux du département.""",
            """Il nous manque le lien avec les employeurs. Je cherche quelqu'un de l'hôtellerie
            qui sache recruter, former sur le terrain et intégrer des équipes, et qui puisse
            convaincre des hôtels de s'engager.""",
            """Dignité, autonomie, respect des parcours.""",
            tz=1,
            langs=["fr", "en", "wo"],
            loc="Nice",
        ),
        b=person(
            "Daniel Richter",
            """HR manager for a group of fourteen hotels on the Riviera and in the Alps. I
            recruit 600 seasonal staff a year, run on-the-job training in housekeeping,
            kitchens and reception, and we never have enough people.""",
            """I'd like to build a proper hiring and training programme with someone who
            supports refugees every day, understands their situations and the paperwork, and
            can prepare candidates for the job.""",
            """Fair contracts, real training, no exploitation.""",
            tz=1,
            langs=["en", "de", "fr"],
            loc="Monaco",
        ),
        twin=person(
            "Felicity Moore",
            """HR director for a restaurant group with 40 sites; I recruit and train
            hundreds of cooks and waiters every year.""",
            """An HR software developer to build a scheduling and payroll tool for
            restaurants that we could sell to other groups.""",
            """Efficiency through software; scheduling by spreadsheet is why
            restaurants lose staff.""",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        one=person(
            "Alain Garnier",
            """Je dirige un centre de formation en langues avec des financements
            publics pour les primo-arrivants et des formateurs expérimentés.""",
            """Une responsable associative qui connaît bien les personnes réfugiées
            pour monter des cours adaptés à leurs parcours.""",
            """Accès à la langue pour tous, dès l'arrivée, sans condition.""",
            tz=1,
            langs=["fr"],
            loc="Nice",
        ),
        trap=person(
            "Mark Jensen",
            """HR manager for a hotel group on the coast: I recruit and train hundreds
            of seasonal staff every year in housekeeping, kitchens and reception.""",
            """Someone who supports refugees every day, understands their paperwork,
            and can prepare candidates for hotel jobs.""",
            """No exploitation: proper contracts, real training and a path to permanent
            jobs.""",
            tz=1,
            langs=["en", "fr"],
            loc="Cannes",
            consent=False,
        ),
    ),
    # 113 -------------------------------------------------------------- trap: visibility
    pair(
        113,
        "mixed",
        "tourism-food",
        "A owns a barge on the canal and wants to host dinner cruises; B is a private chef "
        "looking for a unique venue.",
        a=person(
            "Gilles Ravel",
            "J'ai une péniche de 38 mètres sur le canal du Midi, licensed for 40 guests.",
            "A chef who can run dinners on board, cuisine et service compris.",
            "Prendre le temps, slow travel.",
            tz=1,
            langs=["fr", "en"],
            loc="Toulouse",
        ),
        b=person(
            "Mélanie Hart",
            """Cheffe privée depuis dix ans, j'ai cuisiné pour des villas, des yachts et des
            mariages dans le Sud-Ouest. I run a small team of two cooks and a server, and I
            design seasonal menus with local producers.""",
            """I'm looking for a unique venue: un lieu atypique where I could host regular
            dinners, with an owner who takes care of the place and the bookings.""",
            """Produits locaux, ambiance chaleureuse.""",
            tz=1,
            langs=["fr", "en"],
            loc="Carcassonne",
        ),
        twin=person(
            "Thomas Ferrand",
            """Chef à domicile, je fais des dîners privés et des cours de cuisine. I have a
            loyal clientele in Toulouse.""",
            """Looking for a business partner to launch a line of ready meals pour la grande
            distribution.""",
            """Volume, distribution nationale.""",
            tz=1,
            langs=["fr", "en"],
            loc="Toulouse",
        ),
        one=person(
            "Eileen Murphy",
            """I run a travel agency for slow-travel holidays, mostly British and Irish
            clients, qui adorent le canal du Midi et la gastronomie.""",
            """A barge owner to offer week-long cruises à nos clients, with stops in
            villages.""",
            """Slow travel.""",
            tz=0,
            langs=["en", "fr"],
            loc="Dublin",
        ),
        trap=person(
            "Laure Dupin",
            """Cheffe privée depuis huit ans, dîners pour villas et yachts, menus de
            saison avec des producteurs locaux. I want a unique venue to host
            regular dinners.""",
            """A barge or atypical venue owner qui gère le lieu et les réservations.""",
            """Produits locaux.""",
            tz=1,
            langs=["fr", "en"],
            loc="Castelnaudary",
            vis="private",
        ),
    ),
    # 114 -------------------------------------------------------------- trap: commitment
    pair(
        114,
        "cross",
        "occupational-health",
        "A is an occupational physician with a musculoskeletal prevention method and needs "
        "someone who sells to HR departments; B sells to HR directors and wants a credible "
        "health programme.",
        a=person(
            "Dr Paul Gervais",
            "Médecin du travail, ma méthode réduit de moitié les troubles musculo-squelettiques.",
            "Quelqu'un qui la vende aux DRH des entreprises industrielles.",
            "Santé des salariés avant tout.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Étienne",
        ),
        b=person(
            "Lorna McBride",
            "Ten years selling employee benefits to HR directors in manufacturing.",
            "A doctor with a proven prevention programme for workplace injuries.",
            "Evidence, fair prices.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Glasgow",
        ),
        twin=person(
            "Greg Doyle",
            "I sell HR software to large employers; 12 years in SaaS sales.",
            "A developer to build an employee engagement app.",
            "SaaS margins.",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr"],
            loc="Dublin",
        ),
        one=person(
            "Martine Roux",
            "Je dirige un centre de kinésithérapie avec douze praticiens.",
            "Un médecin du travail pour proposer des bilans en entreprise.",
            "Prévention.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        trap=person(
            "Ian Crawford",
            "I sell benefits to HR in industry; weekends only for a new venture.",
            "A doctor with a proven injury-prevention method.",
            "Evidence.",
            ro=["sales"],
            rs=["domain"],
            c="side-project",
            tz=0,
            langs=["en", "fr"],
            loc="Aberdeen",
        ),
    ),
    # 115 ---------------------------------------------------------------- trap: timezone
    pair(
        115,
        "cross",
        "architecture",
        "A is an architect who designs straw-bale and earth buildings and needs a structural "
        "engineer for calculations and approvals; B is a timber and bio-based structures "
        "engineer who wants an architect with projects.",
        a=person(
            "Léna Fournier",
            """Architecte depuis douze ans, je conçois des bâtiments en bois, paille et terre
            crue : écoles, maisons, un gymnase. Les maîtres d'ouvrage publics me sollicitent de
            plus en plus, et j'ai quatre projets en attente faute d'ingénieur structure qui
            accepte ces matériaux.""",
            """Je cherche une personne qui maîtrise le calcul des structures en bois et en
            matériaux biosourcés, qui sache justifier une botte de paille porteuse devant un
            bureau de contrôle et obtenir les assurances.""",
            """Construire sain, local et durable. Chantiers participatifs quand c'est
            possible.""",
            ro=["design", "domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Clermont-Ferrand",
        ),
        b=person(
            "Tom Haverford",
            """Structural engineer specialised in timber and bio-based construction for eleven
            years. I've designed load-bearing straw-bale houses, a hemp-lime school and CLT
            frames, and I know how to get unusual materials accepted by insurers and
            inspectors.""",
            """I'm looking for an architect who designs with these materials, has real
            projects and clients waiting, and wants an engineering partner rather than a
            consultant.""",
            """Low-carbon buildings, honest engineering, teamwork on site.""",
            ro=["tech"],
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
        twin=person(
            "Niamh O'Brien",
            """Structural engineer for timber and steel for twelve years; I designed
            CLT office buildings and a stadium roof.""",
            """A developer with sites and funding for tall timber office towers in
            major cities.""",
            """Iconic buildings that put timber on the skyline.""",
            ro=["tech"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        one=person(
            "Raphaël Cordier",
            """Je dirige une entreprise de charpente et de construction bois de vingt
            compagnons en Auvergne.""",
            """Une architecte qui conçoit en bois et en paille pour nous apporter des
            projets et s'associer avec nous.""",
            """Compagnonnage et bois local ; on transmet le métier sur chaque chantier.""",
            ro=["operations"],
            tz=1,
            langs=["fr"],
            loc="Thiers",
        ),
        trap=person(
            "Ethan Marsh",
            """Structural engineer for straw-bale, hemp and timber buildings for ten
            years; I get unusual materials accepted by insurers and inspectors.""",
            """An architect with bio-based projects and clients waiting, who wants an
            engineering partner rather than a consultant.""",
            """Low-carbon buildings and engineering that inspectors and insurers can
            trust.""",
            ro=["tech"],
            tz=-7,
            langs=["en", "fr"],
            loc="Boulder",
        ),
    ),
    # 116 ---------------------------------------------------------------- trap: language
    pair(
        116,
        "fr",
        "mobility",
        "A organise un transport solidaire en zone rurale avec des chauffeurs bénévoles et "
        "croule sous les appels; B a développé une appli de covoiturage et veut la mettre au "
        "service d'un réseau solidaire.",
        a=person(
            "René Chabrol",
            """Ancien chauffeur de car, j'anime depuis six ans un réseau de transport solidaire
            dans le Cantal : cinquante chauffeurs bénévoles qui emmènent des personnes âgées ou
            sans voiture chez le médecin, à la banque ou au marché. Je connais chaque village,
            chaque bénévole, et les mairies nous soutiennent.""",
            """Tout passe par mon téléphone et un cahier. Je cherche quelqu'un qui sache
            construire un outil simple pour que les gens réservent, que les bénévoles voient
            les trajets et que les mairies suivent l'activité, même avec un vieux
            portable.""",
            """Entraide, simplicité, personne laissé de côté.""",
            tz=1,
            langs=["fr"],
            loc="Saint-Flour",
        ),
        b=person(
            "Maëva Lopez",
            """Développeuse depuis neuf ans, j'ai construit l'application d'une plateforme de
            covoiturage régionale : réservation, mise en relation, notifications par SMS pour
            les personnes sans smartphone. Je connais l'accessibilité et les contraintes des
            réseaux ruraux.""",
            """Je veux mettre ce savoir-faire au service d'un réseau solidaire qui existe
            déjà, porté par quelqu'un qui connaît les habitants et les bénévoles.""",
            """Utile avant d'être rentable. Logiciel libre quand c'est possible.""",
            tz=1,
            langs=["fr", "es"],
            loc="Aurillac",
        ),
        twin=person(
            "Antoine Guérin",
            """Développeur, j'ai construit l'appli d'une start-up de trottinettes en libre
            service dans plusieurs grandes villes.""",
            """Je cherche un associé qui connaisse les grands comptes pour vendre une offre de
            mobilité aux entreprises.""",
            """Croissance urbaine et levée de fonds ; la mobilité se joue dans les
            métropoles.""",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        one=person(
            "Sylviane Teyssier",
            """Je dirige un centre social rural qui accueille des personnes âgées
            isolées, avec une petite équipe et un minibus.""",
            """Un animateur de réseau de bénévoles pour organiser des visites à
            domicile dans les villages.""",
            """Rompre l'isolement des aînés, avec des bénévoles bien accompagnés.""",
            tz=1,
            langs=["fr"],
            loc="Mauriac",
        ),
        trap=person(
            "Ellie Harper",
            """Developer of a rural carpooling app with SMS booking for people without
            smartphones, built for slow networks and older users.""",
            """A volunteer driving network in the countryside, run by someone who knows
            the residents, that needs a simple booking tool.""",
            """Useful before profitable, and open source where we can.""",
            tz=0,
            langs=["en"],
            loc="Shrewsbury",
        ),
    ),
    # 117 ----------------------------------------------------------------- trap: consent
    pair(
        117,
        "cross",
        "medtech-audio",
        "A is a hearing-aid audiologist who sees patients reject devices and needs an "
        "acoustic signal-processing engineer; B builds hearing algorithms and wants an "
        "audiologist to fit and test them.",
        a=person(
            "Marion Texier",
            """Audioprothésiste depuis quinze ans, je dirige deux centres en Bretagne. Je vois
            chaque semaine des patients qui rangent leurs appareils dans un tiroir parce
            qu'ils n'entendent rien au restaurant. Je sais régler, mesurer et accompagner, et
            je connais bien les ORL de la région.""",
            """Je cherche une personne qui maîtrise le traitement du signal audio et qui sache
            concevoir des algorithmes de réduction de bruit et de focalisation sur la voix,
            capables de tourner dans un appareil minuscule.""",
            """Le confort du patient avant tout. Prix accessibles.""",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Vannes",
        ),
        b=person(
            "Dr. Aaron Feld",
            """Audio DSP engineer with ten years in hearing technology. I designed beamforming
            and speech enhancement for earbuds at a consumer audio company, running in under a
            milliwatt, and I've published on speech-in-noise.""",
            """I'd like to work with an audiologist who fits patients every day, knows why they
            give up on their devices and can run fitting studies with real people.""",
            """Patients over specs. Evidence from real listening situations.""",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr", "he"],
            loc="Cambridge, UK",
        ),
        twin=person(
            "Lucas Ferreira",
            """Audio DSP engineer; I designed noise cancellation for headphones and voice
            pickup for conference speakerphones.""",
            """A music industry partner to launch a premium headphone brand with artist
            signatures.""",
            """Sound as luxury; headphones are fashion objects.""",
            ro=["tech"],
            rs=["marketing"],
            tz=0,
            langs=["en", "pt", "fr"],
            loc="Lisbon",
        ),
        twin2=person(
            "Camille Roussin",
            """Ingénieure en traitement du signal audio, j'ai conçu des algorithmes de
            réduction de bruit pour des interphones et des casques de chantier.""",
            """Je cherche un associé commercial dans le BTP pour vendre des casques de
            communication aux entreprises de chantier.""",
            """Sécurité des ouvriers : on doit pouvoir se parler sur un chantier
            bruyant.""",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Rennes",
        ),
        one=person(
            "Olivier Pasquet",
            """Directeur d'une mutuelle régionale de 200 000 adhérents, je veux
            améliorer le reste à charge des personnes malentendantes.""",
            """Une audioprothésiste pour créer un réseau de centres conventionnés avec
            nous.""",
            """Santé accessible : aucun adhérent ne devrait renoncer à s'appareiller
            pour des raisons d'argent.""",
            ro=["finance"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        trap=person(
            "Rachel Hoffman",
            """Audio DSP engineer for nine years: beamforming and speech enhancement
            for tiny hearing devices, at ultra-low power.""",
            """An audiologist who fits patients every day, knows why they give up on
            their devices and can run fitting studies.""",
            """Patients over specs; we test in noisy cafés, not only in the lab.""",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Oxford",
            consent=False,
        ),
    ),
    # 118 -------------------------------------------------------------- trap: visibility
    pair(
        118,
        "mixed",
        "localisation",
        "A is a freelance translator who wants to build a quality translation agency and "
        "needs someone to run projects and clients; B is a localisation project manager who "
        "wants a senior linguist as partner.",
        a=person(
            "Nora Haddad",
            "Traductrice EN>FR depuis 12 ans, legal and medical, I review other translators' work.",
            "Someone to run projects, clients and the pool of freelancers.",
            "Qualité, tarifs justes pour les traducteurs.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en", "ar"],
            loc="Lyon",
        ),
        b=person(
            "Julien Carpentier",
            """Chef de projet localisation depuis dix ans dans une grande agence : devis,
            planning, gestion de 200 freelances, outils de TAO et relations avec des clients
            pharmaceutiques et juridiques. I know how to keep deadlines without burning out
            translators.""",
            """I'm looking for a senior linguist who guarantees quality, reviews the work and
            has the respect of other translators, pour monter une agence à taille humaine.""",
            """Fair rates, no race to the bottom, qualité avant volume.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Grenoble",
        ),
        twin=person(
            "Sophie Lemarchand",
            """Chef de projet localisation dans le jeu vidéo depuis huit ans, I manage teams of
            translators in twelve languages.""",
            """Looking for a developer to build a translation management platform que l'on
            vendrait aux studios.""",
            """Scale through software; translation management should be fully
            automated.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Montpellier",
        ),
        one=person(
            "Dr. Martin Weber",
            """Regulatory director at a mid-size pharma company with documents to translate
            into eight languages each quarter.""",
            """Une traductrice médicale senior pour prendre en charge nos traductions
            réglementaires.""",
            """Accuracy above all; a wrong dosage in a leaflet is not a typo.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["en", "de", "fr"],
            loc="Basel",
        ),
        trap=person(
            "Aurélien Vidal",
            """Chef de projet localisation : devis, planning, freelances, clients pharma et
            juridiques. I keep deadlines without burning out translators.""",
            """A senior linguist who guarantees quality, pour monter une agence ensemble.""",
            """Fair rates for translators and quality over volume.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Chambéry",
            vis="private",
        ),
    ),
    # 119 -------------------------------------------------------------- trap: commitment
    pair(
        119,
        "cross",
        "food-upcycling",
        "A has a process that turns brewers' spent grain into flour and needs a consumer brand "
        "builder; B is a bakery brand marketer who wants a novel, sustainable ingredient.",
        a=person(
            "Charlotte Meyer",
            """Ingénieure agroalimentaire, j'ai mis au point un procédé qui transforme les
            drêches de brasserie en farine riche en protéines et en fibres, stable pendant
            douze mois. Nous avons des contrats avec huit brasseries alsaciennes et une
            petite ligne pilote qui produit deux tonnes par mois.""",
            """Je cherche une personne qui sache créer une marque grand public autour d'un
            ingrédient : positionnement, packaging, recettes avec des boulangers, lancement en
            magasin et en ligne.""",
            """Rien ne se perd. Transparence totale sur l'origine et la nutrition.""",
            ro=["tech", "operations"],
            rs=["marketing"],
            tz=1,
            langs=["fr", "de", "en"],
            stage="prototype",
            loc="Strasbourg",
        ),
        b=person(
            "Poppy Langford",
            """Consumer brand marketer for ten years. I launched a sourdough bakery brand into
            two UK supermarket chains and built its community of home bakers, then ran
            marketing for a protein snack brand. I know how to tell a story about where an
            ingredient comes from without greenwashing.""",
            """I want to partner with a food engineer who has a genuinely new ingredient,
            ideally upcycled, with the process and supply already worked out.""",
            """Honest labels, good taste, less waste.""",
            ro=["marketing"],
            rs=["tech", "operations"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Jess Whitaker",
            """Consumer brand marketer for eight years; I launched a plant-based milk
            brand into supermarkets and ran its influencer programme.""",
            """A finance partner to buy a struggling cereal brand and relaunch it
            within two years.""",
            """Turnarounds, quick wins.""",
            ro=["marketing"],
            rs=["finance"],
            tz=0,
            langs=["en", "fr"],
            loc="Manchester",
        ),
        twin2=person(
            "Léa Schwartz",
            """Responsable marketing d'une marque de biscuits bio, j'ai conduit son lancement en
            grande distribution et en magasins spécialisés.""",
            """Je cherche un associé qui possède une biscuiterie pour produire une marque de
            distributeur.""",
            """Volume et régularité.""",
            ro=["marketing"],
            rs=["operations"],
            tz=1,
            langs=["fr", "de"],
            loc="Colmar",
        ),
        one=person(
            "Marcel Frey",
            """Je dirige une brasserie artisanale qui produit quarante tonnes de
            drêches par mois, aujourd'hui données aux éleveurs.""",
            """Une ingénieure agroalimentaire qui sache valoriser nos drêches en
            produit alimentaire.""",
            """Zéro déchet.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "de"],
            loc="Mulhouse",
        ),
        trap=person(
            "Hattie Crane",
            """Bakery and snack brand marketer who launched products into supermarkets
            and built communities of home bakers. Only weekends for a new venture
            for now.""",
            """A food engineer with an upcycled ingredient and a working process and
            supply.""",
            """Honest labels.""",
            ro=["marketing"],
            rs=["tech", "operations"],
            c="side-project",
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
    ),
    # 120 ---------------------------------------------------------------- trap: timezone
    pair(
        120,
        "en",
        "nonprofit",
        "A is a major-gifts fundraiser who needs donor analytics to know whom to call; B "
        "builds donor analytics and wants a fundraiser who will use and sell them.",
        a=person(
            "Harriet Boateng",
            "Major-gifts fundraiser; I've raised £40M for hospitals and universities.",
            "Someone who can tell me, from data, which donors to call this week.",
            "Donors' trust is sacred.",
            ro=["domain", "sales"],
            tz=0,
            langs=["en", "tw"],
            loc="London",
        ),
        b=person(
            "Jonas Eklund",
            """Data analyst for nine years, most of them at a large charity where I built the
            donor models: propensity to give, upgrade potential, lapse risk, all from CRM
            histories, event attendance and wealth screening. Fundraisers used them every
            Monday.""",
            """I'd like to build a product for other charities with a senior fundraiser who
            knows how major donors are cultivated, can tell me which insights matter and has
            the network to sell to development directors.""",
            """Ethical use of donor data. Simple tools people actually open.""",
            tz=1,
            langs=["en", "sv"],
            loc="Stockholm",
        ),
        twin=person(
            "Kirsty Hamilton",
            """Data analyst at a charity for eight years; donor segmentation, campaign
            analytics and two CRM migrations.""",
            """A marketing partner to build a crowdfunding platform for small community
            groups across the UK.""",
            """Democratise giving; small donors and small groups deserve good tools
            too.""",
            tz=0,
            langs=["en"],
            loc="Edinburgh",
        ),
        one=person(
            "Dr. Samuel Ofori",
            """Director of a university hospital foundation with a new research
            building to fund and a small team of three.""",
            """An experienced major-gifts fundraiser to lead our campaign and build our
            donor pipeline.""",
            """Patients and research first, and gratitude to every donor, whatever the
            size of the gift.""",
            tz=0,
            langs=["en"],
            loc="Manchester",
        ),
        trap=person(
            "Megan Castillo",
            """Data analyst who built donor propensity, upgrade and lapse models for a
            big charity, used by fundraisers every week.""",
            """A senior fundraiser who knows how major donors are cultivated and can
            sell to development directors.""",
            """Ethical use of donor data and tools fundraisers open every week.""",
            tz=-7,
            langs=["en", "es"],
            loc="Denver",
        ),
    ),
]
