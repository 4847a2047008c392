"""Pairs 121-136 of complementary_v2."""

from people import pair, person

PAIRS = [
    # 121 ---------------------------------------------------------------- trap: language
    pair(
        121,
        "cross",
        "crafts-music",
        "A is a violin maker whose instruments win competitions but sell only locally; B "
        "sells fine instruments internationally and wants a maker whose work he can stand "
        "behind.",
        a=person(
            "Étienne Vasseur",
            "Luthier à Mirecourt, mes violons sont primés mais je les vends seulement autour de moi.",
            "Quelqu'un qui fasse connaître mes instruments aux musiciens du monde entier.",
            "Le temps long, le travail de la main.",
            tz=1,
            langs=["fr"],
            loc="Mirecourt",
        ),
        b=person(
            "Julian Ashworth",
            """I've spent fourteen years selling fine stringed instruments to conservatoire
            students, orchestra players and soloists in the UK, the US and Asia: trials,
            consignments, insurance, shipping and the trust of teachers who recommend
            instruments to their students.""",
            """I'd like to represent a contemporary maker whose instruments I can play and
            defend, someone who has won competitions and can make a few a year to the highest
            standard. I lived in Lyon for years and work happily in French.""",
            """Honest valuations, patience with young musicians.""",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Rupert Sinclair",
            """Dealer in fine stringed instruments for twelve years, with clients among
            orchestra players and conservatoire students in Europe and Japan, and a
            network of appraisers and restorers.""",
            """I'm looking for a partner with capital to buy a collection of antique
            Italian violins and build an investment fund around it, with proper
            custody and insurance.""",
            """Instruments as assets; returns matter more than who plays them.""",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        one=person(
            "Apolline Garnier",
            """Directrice d'une école de musique de 600 élèves, j'ai un parc
            d'instruments à renouveler, un petit atelier inutilisé et des familles
            qui cherchent des violons à louer.""",
            """Un luthier pour entretenir nos instruments, former nos professeurs au
            réglage et ouvrir avec nous un atelier de location.""",
            """Transmission : chaque enfant doit pouvoir jouer sur un instrument bien
            réglé.""",
            tz=1,
            langs=["fr"],
            loc="Nancy",
        ),
        trap=person(
            "Nathaniel Brooke",
            """I've sold fine violins, violas and cellos for twelve years to students,
            orchestra players and soloists in Britain, the US and Asia, with trials,
            consignment, insurance and shipping, and teachers who trust my
            recommendations.""",
            """A contemporary maker whose award-winning instruments deserve an
            international audience, and who can make a few a year to the highest
            standard.""",
            """Honest valuations and patience with young musicians looking for their
            first fine instrument.""",
            tz=0,
            langs=["en"],
            loc="Cambridge",
        ),
    ),
    # 122 ---------------------------------------------------------------- trap: consent
    pair(
        122,
        "cross",
        "foodservice-hardware",
        "A designed a compact composting machine for restaurant kitchens and needs someone "
        "who knows how food-service operators buy and run equipment; B is that person and "
        "wants a piece of hardware that solves food waste.",
        a=person(
            "Clémence Aubry",
            "Ingénieure, mon composteur de cuisine transforme 50 kg de déchets par jour en 24 h.",
            "Quelqu'un qui connaisse la restauration collective et commerciale de l'intérieur.",
            "Moins de déchets, machines réparables.",
            ro=["tech"],
            tz=1,
            langs=["fr", "en"],
            stage="prototype",
            loc="Lyon",
        ),
        b=person(
            "Patrick Nolan",
            """Food-service operations consultant for fifteen years. I've run kitchens for a
            contract caterer, opened hospital and university canteens, and advised restaurant
            groups on equipment purchases, hygiene and waste contracts. I know who signs for a
            new machine and what makes kitchen staff adopt or ignore it.""",
            """I want to join an engineer who has built a machine that deals with food waste
            on site and needs someone to get it into real kitchens and keep it there.""",
            """Kitchens are hard places to work; respect the people in them.""",
            tz=0,
            langs=["en", "fr"],
            loc="Dublin",
        ),
        twin=person(
            "Gráinne Walsh",
            """Operations consultant for restaurant groups for twelve years: kitchen
            design, equipment purchasing, staffing and hygiene audits for chains
            across Ireland and the UK.""",
            """A software developer to build a kitchen scheduling and inventory app
            that we would sell to restaurant chains on subscription.""",
            """Software scales, machines don't; I'm not interested in hardware.""",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr"],
            loc="Cork",
        ),
        one=person(
            "Hugo Mercier",
            """Je dirige une entreprise de collecte de biodéchets avec six camions et
            400 restaurants clients dans la région lyonnaise.""",
            """Une ingénieure qui conçoive des équipements de traitement des biodéchets
            sur place, à installer chez nos clients et à entretenir avec nous.""",
            """Économie circulaire : un biodéchet traité près de chez soi, c'est du
            compost pour le quartier.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Villeurbanne",
        ),
        trap=person(
            "Siobhan Keane",
            """Food-service operations consultant for fourteen years: I've run
            contract-catering kitchens, opened canteens and advised restaurant
            groups on equipment purchases, hygiene and waste contracts.""",
            """An engineer with a machine that deals with food waste on site and needs
            someone who knows how kitchens buy and how staff adopt new equipment.""",
            """Respect kitchen staff: equipment should make their day easier, not
            longer.""",
            tz=0,
            langs=["en", "fr"],
            loc="Galway",
            consent=False,
        ),
    ),
    # 123 ------------------------------------------------------------- trap: visibility
    pair(
        123,
        "cross",
        "cosmetics-regulatory",
        "A extracts active ingredients from Breton seaweed and needs a cosmetics regulatory "
        "expert; B is a safety assessor who wants a novel ingredient to bring to market.",
        a=person(
            "Gwenaëlle Le Meur",
            "Biologiste marine, j'extrais des actifs anti-âge d'algues bretonnes.",
            "Une personne qui maîtrise la réglementation cosmétique européenne.",
            "Récolte durable, science honnête.",
            ro=["domain", "tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Roscoff",
        ),
        b=person(
            "Fiona Graves",
            "Cosmetic safety assessor; I've signed 300 product safety reports under EU rules.",
            "A scientist with a new natural ingredient that needs a regulatory path.",
            "Safety and rigour.",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Holly Carver",
            "Regulatory consultant for food supplements and novel foods across the EU.",
            "A brand partner to launch a vitamin subscription.",
            "Consumer growth.",
            tz=0,
            langs=["en", "fr"],
            loc="Leeds",
        ),
        one=person(
            "Yannick Pennec",
            "Je récolte des algues à Plouguerneau avec trois bateaux.",
            "Une biologiste marine pour valoriser nos algues en produits à forte valeur.",
            "Respect de l'estran.",
            ro=["operations"],
            tz=1,
            langs=["fr"],
            loc="Plouguerneau",
        ),
        trap=person(
            "Amelia Doyle",
            "Cosmetic safety assessor and EU regulatory expert for natural ingredients.",
            "A marine biologist with a seaweed active ingredient to bring to market.",
            "Rigour.",
            tz=0,
            langs=["en", "fr"],
            loc="Brighton",
            vis="private",
        ),
    ),
    # 124 ------------------------------------------------------------- trap: commitment
    pair(
        124,
        "cross",
        "proptech-legal",
        "A is a judicial officer who does rental inventories and wants a tool that makes them "
        "indisputable; B designs inspection apps and wants a legal professional who does "
        "inventories every day.",
        a=person(
            "Maître Olivier Brunet",
            "Commissaire de justice, je réalise 1 500 états des lieux contestés par an.",
            "Une personne qui conçoive une appli d'état des lieux simple et inattaquable.",
            """Neutralité, preuve solide. Je garde mon étude : ce projet se fera à
            côté.""",
            ro=["legal", "domain"],
            rs=["design", "product"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
            loc="Toulouse",
        ),
        b=person(
            "Sophie Whitlock",
            """Product designer for nine years, specialised in field apps: I designed the
            property inspection app of a large letting agency, with room-by-room checklists,
            time-stamped photos, signatures on site and reports tenants actually read. I run
            usability tests in real flats, not in meeting rooms.""",
            """I'm looking for a legal professional who does inventories every day, knows what
            holds up in a dispute and what doesn't, and can bring colleagues and agencies on
            board.""",
            """Fair to tenants and landlords alike. Clear design, no fine print.""",
            ro=["design", "product"],
            rs=["legal", "domain"],
            c="part-time",
            tz=0,
            langs=["en", "fr"],
            loc="Manchester",
        ),
        twin=person(
            "Evan Morales",
            """Product designer for property software for eight years; I designed a
            letting agency's tenant portal, its maintenance requests and a rent
            collection app.""",
            """A growth marketer to launch a consumer app that helps renters find flats
            faster, with paid acquisition and partnerships with universities.""",
            """Consumer scale and viral growth; renters are a huge market.""",
            ro=["design", "product"],
            rs=["marketing"],
            c="part-time",
            tz=0,
            langs=["en", "fr", "es"],
            loc="London",
        ),
        one=person(
            "Bénédicte Lacaze",
            """Je dirige une agence de gestion locative de 3 000 lots à Toulouse et je
            perds un temps fou sur les litiges de dépôt de garantie.""",
            """Un commissaire de justice pour réaliser tous nos états des lieux et nous
            conseiller en cas de litige avec les locataires.""",
            """Sérénité des propriétaires et relations apaisées avec les locataires.""",
            ro=["operations"],
            rs=["legal"],
            c="part-time",
            tz=1,
            langs=["fr"],
            loc="Toulouse",
        ),
        trap=person(
            "Ruth Calloway",
            """Product designer of property inspection apps for eight years: room-by-
            room checklists, time-stamped photos, signatures on site, reports
            tenants read. I'm ready to go full-time on a new company now.""",
            """A legal professional who does rental inventories every day and knows
            what holds up in a dispute, to build the product with me.""",
            """Fair to tenants and landlords alike, with reports anyone can read.""",
            ro=["design", "product"],
            rs=["legal", "domain"],
            c="full-time",
            tz=0,
            langs=["en", "fr"],
            loc="Leeds",
        ),
    ),
    # 125 --------------------------------------------------------------- trap: timezone
    pair(
        125,
        "en",
        "sports-wellbeing",
        "A teaches adults who are afraid of water to swim and needs someone to grow the "
        "business; B grows fitness studios through community and marketing and wants an "
        "instructor with a method.",
        a=person(
            "Eilidh Ross",
            "Swim teacher for adults who fear water; 900 people taught, a waiting list of 200.",
            "Someone to grow this beyond me: courses, pools, marketing, other teachers.",
            "Patience, no shame, warm water.",
            tz=0,
            langs=["en"],
            loc="Glasgow",
        ),
        b=person(
            "Callum Byrne",
            """Marketer and community builder for fitness studios for eight years. I grew a
            small yoga studio into a network of five, ran the referral programme and the
            newsletter, and know how to fill classes without discounting. I'm good with
            bookings, partnerships and local press.""",
            """I'm looking for an instructor with a real method and a loyal following, whose
            teaching changes people's lives, so I can help it reach many more.""",
            """Inclusive fitness. Kind marketing, no body shaming.""",
            tz=0,
            langs=["en"],
            loc="Edinburgh",
        ),
        twin=person(
            "Aisling Ford",
            """Marketing and community for gyms for seven years: referral schemes,
            local partnerships and social media that fill classes in three cities.""",
            """A developer to build a white-label booking app that we would sell to gym
            chains and independent studios.""",
            """Software margins; classes are hard to scale, apps aren't.""",
            tz=0,
            langs=["en"],
            loc="Belfast",
        ),
        one=person(
            "Duncan McLeod",
            """I manage three leisure centres for a council, with pools that sit empty
            in the mornings and a budget for community programmes.""",
            """A swim teacher with a method for anxious adults to run daytime courses
            in our pools and train our lifeguards.""",
            """Access for all; a council pool should serve the people who need it most.""",
            tz=0,
            langs=["en"],
            loc="Stirling",
        ),
        trap=person(
            "Jenna Walsh",
            """Fitness studio marketer and community builder for eight years: referral
            programmes, newsletters and local partnerships that fill classes without
            discounting.""",
            """An instructor with a real method and a loyal following, whose teaching
            changes lives, who wants to reach many more people.""",
            """Kind marketing with no body shaming, and classes where everyone belongs.""",
            tz=-8,
            langs=["en"],
            loc="San Diego",
        ),
    ),
    # 126 --------------------------------------------------------------- trap: language
    pair(
        126,
        "en",
        "housing",
        "A builds modular tiny houses and keeps failing planning; B is a planning consultant "
        "who wants a builder with a product to get approved.",
        a=person(
            "Sam Whitworth",
            "Cabinetmaker; I build modular tiny houses and sold eight last year.",
            "Someone who knows planning law and can get them approved.",
            "Small, well made, affordable.",
            ro=["tech", "operations"],
            rs=["legal"],
            tz=0,
            langs=["en"],
            loc="Stroud",
        ),
        b=person(
            "Rebecca Thorne",
            "Planning consultant; 200 applications, many for unusual homes.",
            "A builder with a good product that keeps getting refused.",
            "Affordable homes.",
            tz=0,
            langs=["en"],
            loc="Bristol",
        ),
        twin=person(
            "Jack Fenwick",
            "Planning consultant for housing developers for 15 years.",
            "An investor to fund a land promotion business.",
            "Land value.",
            tz=0,
            langs=["en"],
            loc="Reading",
        ),
        one=person(
            "Moira Finch",
            "I own 12 acres and want a small eco-village.",
            "A builder of tiny houses to design and build the homes.",
            "Community living.",
            tz=0,
            langs=["en"],
            loc="Herefordshire",
        ),
        trap=person(
            "Hélène Vautrin",
            "Consultante en urbanisme, 200 permis obtenus, dont des habitats légers.",
            "Un constructeur de petites maisons modulaires souvent refusées.",
            "Logement abordable.",
            tz=1,
            langs=["fr"],
            loc="Lille",
        ),
    ),
    # 127 ---------------------------------------------------------------- trap: consent
    pair(
        127,
        "en",
        "fire-safety",
        "A is a fire safety officer who knows why alarms fail in social housing; B is an IoT "
        "engineer with connected alarms who wants a fire safety expert and access to "
        "landlords.",
        a=person(
            "Darren Okoye",
            "Fire safety officer, 20 years; I've investigated fires where alarms were disabled.",
            """An engineer who can build alarms that tell the housing provider when
            they've been switched off, covered up or left with a dead battery.""",
            "Lives first, no blame on tenants.",
            ro=["domain"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Birmingham",
        ),
        b=person(
            "Helena Marsh",
            """IoT engineer for nine years. I designed a low-power connected smoke and heat
            alarm that reports battery faults, removal and tampering over a mesh network,
            with a dashboard for landlords. The prototype has passed early tests at an
            accredited lab.""",
            """I need a partner from fire safety who knows the regulations, how social
            landlords manage compliance and what investigators find after a fire, and who can
            open doors with housing associations.""",
            """Safety over features. Respect tenants' privacy.""",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en", "de"],
            loc="Coventry",
        ),
        twin=person(
            "Oliver Tate",
            """IoT engineer for eight years; I built connected water leak sensors and a
            monitoring platform for commercial buildings, with alerts to facilities
            teams.""",
            """A sales partner with facilities management contacts to sell to office
            landlords and large commercial portfolios.""",
            """Commercial property and big portfolios; landlords with offices pay
            faster.""",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        one=person(
            "Paula Grant",
            """Head of compliance at a housing association with 15,000 homes, a new
            safety budget and a board worried about fire risk.""",
            """A fire safety expert to lead our inspection programme, train our staff
            and advise the board.""",
            """Residents' safety first, and honest reporting to our board and tenants.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Wolverhampton",
        ),
        trap=person(
            "Liam Prescott",
            """IoT engineer with a connected smoke and heat alarm that reports battery
            faults, removal and tampering to landlords over a mesh network.""",
            """A fire safety expert who knows the regulations, social housing
            compliance and what investigators find after fires, with contacts at
            housing associations.""",
            """Safety over features, and respect for tenants' privacy.""",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Nottingham",
            consent=False,
        ),
    ),
    # 128 ------------------------------------------------------------- trap: visibility
    pair(
        128,
        "fr",
        "culture",
        "A est comédienne et metteuse en scène d'une troupe qui joue dans les villages; B est "
        "chargée de diffusion et administratrice de production et cherche une compagnie à "
        "porter.",
        a=person(
            "Solène Ferrat",
            "Comédienne et metteuse en scène, ma troupe joue dans les granges et les salles des fêtes.",
            "Quelqu'un qui vende nos spectacles et tienne l'administration.",
            "Le théâtre partout, pour tout le monde.",
            tz=1,
            langs=["fr"],
            loc="Figeac",
        ),
        b=person(
            "Aurélie Marchal",
            """Chargée de diffusion et administratrice de production depuis onze ans, j'ai
            accompagné trois compagnies de théâtre : contrats de cession, tournées, dossiers
            de subvention auprès de la DRAC et des régions, paie des intermittents. Je connais
            les programmateurs des scènes rurales et des festivals.""",
            """Je cherche une compagnie avec une vraie écriture et un public fidèle, portée par
            une artiste qui a envie de jouer partout, y compris loin des grandes villes.""",
            """Défendre la culture en milieu rural. Des comptes clairs.""",
            tz=1,
            langs=["fr"],
            loc="Toulouse",
        ),
        twin=person(
            "Damien Ollivier",
            """Administrateur de production depuis dix ans dans le spectacle vivant :
            budgets, paie des intermittents, dossiers de subvention et organisation
            de tournées.""",
            """Je cherche un associé qui connaisse l'immobilier et le financement pour
            ouvrir un théâtre privé à Toulouse.""",
            """Un lieu à soi, rentable, où l'on programme ce qu'on aime.""",
            tz=1,
            langs=["fr"],
            loc="Toulouse",
        ),
        one=person(
            "Josette Lafon",
            """Présidente d'une fédération de foyers ruraux qui gère quinze salles des
            fêtes dans le Lot, avec des bénévoles et un petit budget culturel.""",
            """Une metteuse en scène pour animer des ateliers de théâtre avec les
            habitants et créer un spectacle avec eux.""",
            """Culture populaire : le théâtre appartient aussi aux villages.""",
            tz=1,
            langs=["fr"],
            loc="Cahors",
        ),
        trap=person(
            "Margaux Rivals",
            """Chargée de diffusion et administratrice de compagnies de théâtre depuis
            dix ans : tournées, contrats de cession, subventions, paie des
            intermittents, programmateurs ruraux.""",
            """Une compagnie qui joue en milieu rural, portée par une artiste avec une
            vraie écriture et un public fidèle.""",
            """Défendre la culture en milieu rural avec des comptes clairs et des
            artistes payés.""",
            tz=1,
            langs=["fr"],
            loc="Rodez",
            vis="private",
        ),
    ),
    # 129 ------------------------------------------------------------- trap: commitment
    pair(
        129,
        "fr",
        "mountain-tourism",
        "A gardienne d'un refuge de montagne perd des heures au téléphone pour les "
        "réservations et le ravitaillement; B a construit des systèmes de réservation et veut "
        "une gardienne de refuge pour concevoir un outil pour ce métier.",
        a=person(
            "Anne-Lise Reynaud",
            "Gardienne d'un refuge de 60 places dans les Écrins depuis neuf saisons.",
            "Quelqu'un qui fasse un outil de réservation qui marche sans réseau là-haut.",
            """Accueil, sobriété, sécurité en montagne. Le refuge reste mon métier.""",
            ro=["domain", "operations"],
            c="side-project",
            tz=1,
            langs=["fr", "it"],
            loc="Vallouise",
        ),
        b=person(
            "Benjamin Crozet",
            """Développeur depuis dix ans, j'ai construit le système de réservation d'un réseau
            de gîtes d'étape : disponibilités en temps réel, acomptes, listes d'attente, et un
            mode hors ligne qui se synchronise dès qu'il y a du réseau. Je suis aussi
            alpiniste.""",
            """J'aimerais concevoir un outil pour les refuges avec une gardienne ou un gardien
            qui connaît le métier, la saison, les réservations, les ravitaillements par
            hélicoptère, et qui a la confiance de ses collègues.""",
            """Utile, sobre, et respectueux de la montagne.""",
            c="part-time",
            tz=1,
            langs=["fr", "en"],
            loc="Briançon",
        ),
        twin=person(
            "Romane Duclos",
            """Développeuse depuis huit ans, j'ai construit un moteur de réservation
            pour des stations de ski : forfaits, locations de matériel, cours
            collectifs.""",
            """Je cherche un associé commercial pour vendre une solution de billetterie
            aux domaines skiables des Alpes et des Pyrénées.""",
            """Grands comptes, contrats longs.""",
            ro=["tech"],
            rs=["sales"],
            c="part-time",
            tz=1,
            langs=["fr", "en"],
            loc="Grenoble",
        ),
        one=person(
            "Patrick Sauvage",
            """Je dirige une compagnie de guides de haute montagne avec vingt guides et
            beaucoup de clients étrangers.""",
            """Une gardienne ou un gardien de refuge expérimenté pour créer avec nous
            des séjours itinérants de refuge en refuge.""",
            """Sécurité et partage.""",
            ro=["operations"],
            rs=["domain"],
            c="part-time",
            tz=1,
            langs=["fr", "en"],
            loc="Chamonix",
        ),
        trap=person(
            "Florian Bassot",
            """Développeur depuis neuf ans d'un système de réservation pour gîtes
            d'étape, avec acomptes, listes d'attente et mode hors ligne. Je veux m'y
            consacrer à plein temps dès maintenant.""",
            """Une gardienne de refuge qui connaît le métier, la saison et les
            ravitaillements, et qui a la confiance de ses collègues.""",
            """Sobriété.""",
            c="full-time",
            tz=1,
            langs=["fr"],
            loc="Embrun",
        ),
    ),
    # 130 --------------------------------------------------------------- trap: timezone
    pair(
        130,
        "fr",
        "wine",
        "A est œnologue conseil et veut une marque de vins de vignerons qu'il accompagne; B "
        "vend des vins à l'export et cherche un œnologue pour garantir la qualité.",
        a=person(
            "Vincent Castel",
            "Œnologue conseil pour 40 domaines du Languedoc.",
            "Une commerciale export pour vendre une sélection de ces vins.",
            "Vins vrais, vignerons payés.",
            ro=["domain", "tech"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Pézenas",
        ),
        b=person(
            "Claire Bonnet",
            "Commerciale export, j'ai vendu des vins dans 25 pays.",
            "Un œnologue qui garantisse la qualité de ce que je vends.",
            "Confiance et régularité.",
            ro=["sales"],
            tz=1,
            langs=["fr", "en", "de"],
            loc="Montpellier",
        ),
        twin=person(
            "Arnaud Lesage",
            "Commercial export en spiritueux depuis dix ans.",
            "Un distillateur pour créer une marque de whisky français.",
            "Marques premium.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Cognac",
        ),
        one=person(
            "Sylvie Marty",
            "Vigneronne, 12 hectares, je veux faire évoluer mes vinifications.",
            "Un œnologue conseil pour m'accompagner sur trois millésimes.",
            "Vin nature.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Faugères",
        ),
        trap=person(
            "Teva Laurent",
            "Commercial export de vins français vers le Pacifique et l'Asie.",
            "Un œnologue qui sélectionne et garantit les vins.",
            "Régularité.",
            ro=["sales"],
            tz=-10,
            langs=["fr", "en"],
            loc="Papeete",
        ),
    ),
    # 131 --------------------------------------------------------------- trap: language
    pair(
        131,
        "fr",
        "health",
        "A est infirmière de coordination en oncologie et veut suivre les patients sous "
        "chimiothérapie à domicile; B est développeur d'applications de santé et cherche une "
        "soignante pour concevoir ce suivi.",
        a=person(
            "Laurence Fabre",
            "Infirmière de coordination en oncologie, je suis 400 patients sous chimiothérapie.",
            "Un développeur qui crée un suivi à distance des effets secondaires.",
            "Aucun patient seul face aux effets secondaires.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Montpellier",
        ),
        b=person(
            "Samir Benkirane",
            """Développeur d'applications de santé depuis neuf ans : j'ai construit une appli
            de suivi pour des patients greffés, avec questionnaires quotidiens, alertes vers
            l'équipe soignante et hébergement certifié des données de santé. Je sais
            travailler avec les services hospitaliers et leurs contraintes.""",
            """Je cherche une infirmière ou un médecin qui suit des patients au quotidien,
            qui sache quels symptômes surveiller, quand alerter et comment, et qui puisse
            mener une étude dans son service.""",
            """Sécurité des patients, pas d'alerte sans réponse.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["fr", "ar"],
            loc="Marseille",
        ),
        twin=person(
            "Cédric Pommier",
            """Développeur santé depuis huit ans, j'ai construit une plateforme de
            prise de rendez-vous et de rappels pour des centres de radiologie.""",
            """Je cherche un associé commercial pour vendre la plateforme aux cliniques
            privées et aux groupes de santé.""",
            """Croissance rapide ; les cliniques privées sont prêtes à payer.""",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Nice",
        ),
        one=person(
            "Danielle Ricard",
            """Directrice d'un service d'hospitalisation à domicile avec cinquante
            soignants et une couverture de tout le département.""",
            """Une infirmière de coordination en oncologie pour ouvrir une filière de
            chimiothérapie à domicile et former nos équipes.""",
            """Soigner chez soi, en sécurité, avec une équipe joignable jour et nuit.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Nîmes",
        ),
        trap=person(
            "Greg Hallam",
            """Health app developer for eight years: remote monitoring for transplant
            patients, daily questionnaires, alerts to the care team and certified
            hosting of health data.""",
            """An oncology nurse or doctor who knows which chemotherapy side effects to
            watch, when to alert, and can run a study in their department.""",
            """Patient safety: every alert reaches a nurse who can act on it.""",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Bristol",
        ),
    ),
    # 132 ---------------------------------------------------------------- trap: consent
    pair(
        132,
        "mixed",
        "retail-vintage",
        "A resells vintage clothing and needs content to sell online; B is a photographer and "
        "content creator for fashion e-commerce who wants a reseller with great stock.",
        a=person(
            "Inès Berthier",
            "Je chine du vintage depuis 10 ans, 3 000 pièces en stock, but my photos are terrible.",
            "Someone who shoots and creates content pour vendre en ligne.",
            "Slow fashion, bonne humeur.",
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        b=person(
            "Lucas Moreau",
            """Photographe et créateur de contenu pour l'e-commerce mode depuis sept ans :
            packshots, looks portés, vidéos courtes. I shot for three second-hand platforms and
            I know what makes a listing sell, from the light to the caption.""",
            """I'm looking for a reseller with a great eye and a big stock of unique pieces, qui
            veut passer à la vitesse supérieure en ligne.""",
            """Créativité, no fast fashion.""",
            tz=1,
            langs=["fr", "en"],
            loc="Roubaix",
        ),
        twin=person(
            "Zoé Lambert",
            """Photographe mode depuis huit ans, editorials and campaigns for luxury
            brands et quelques magazines, with my own lighting team.""",
            """Looking for a business partner to open a photo studio pour les marques
            de luxe à Paris.""",
            """Luxe, exigence.""",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Olivier Desmet",
            """Je gère une boutique de créateurs à Bruxelles, with a loyal clientele
            and a corner that is still free.""",
            """A vintage reseller avec un bon stock pour tenir un corner vintage dans
            la boutique.""",
            """Mode locale.""",
            tz=1,
            langs=["fr", "en", "nl"],
            loc="Bruxelles",
        ),
        trap=person(
            "Chloé Vermeulen",
            """Photographe e-commerce mode depuis six ans: packshots, looks portés,
            short videos that make second-hand listings sell.""",
            """A vintage reseller with great stock and a good eye qui veut vendre plus
            en ligne.""",
            """Créativité.""",
            tz=1,
            langs=["fr", "en"],
            loc="Tourcoing",
            consent=False,
        ),
    ),
    # 133 ------------------------------------------------------------- trap: visibility
    pair(
        133,
        "mixed",
        "media-audio",
        "A is a sound engineer with a podcast studio and wants to produce branded podcasts; "
        "B sells branded content to brands and wants a producer with a studio.",
        a=person(
            "Yanis Guerfi",
            "Ingé son, j'ai un studio podcast à Nantes and I've produced 40 shows.",
            "Someone who brings brands and sells branded podcasts, le côté commercial.",
            "Qualité audio, honest content.",
            ro=["tech", "design"],
            tz=1,
            langs=["fr", "en"],
            loc="Nantes",
        ),
        b=person(
            "Charlotte Dubreuil",
            """Responsable des partenariats dans une agence de contenu depuis huit ans, j'ai
            vendu des séries vidéo et des podcasts de marque à des banques, des mutuelles et
            des marques de sport. I know how brands brief, budget and measure audio
            content.""",
            """I'm looking for a producer with a proper studio and a portfolio of shows, pour
            monter une offre de podcasts de marque haut de gamme.""",
            """Contenu honnête, clients respectés.""",
            tz=1,
            langs=["fr", "en"],
            loc="Rennes",
        ),
        twin=person(
            "Nicolas Brard",
            """Commercial dans une agence de publicité depuis dix ans, je vends des
            campagnes vidéo et display to big brands in banking and retail.""",
            """Looking for a data partner to build an ad measurement tool pour les
            annonceurs et les agences.""",
            """Performance marketing.""",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Mathilde Gaborit",
            """Autrice et journaliste, I have an idea for a narrative podcast about the
            Atlantic coast et un éditeur intéressé.""",
            """Un ingénieur son avec un studio pour produire ma série, du montage au
            mixage.""",
            """Belles histoires.""",
            tz=1,
            langs=["fr", "en"],
            loc="La Rochelle",
        ),
        trap=person(
            "Paul Kerhervé",
            """Partenariats en agence de contenu depuis sept ans : I sell branded
            podcasts and video series to banks, insurers and sports brands.""",
            """Un producteur avec un vrai studio et des émissions à son actif, to build
            a premium branded podcast offer.""",
            """Contenu honnête.""",
            tz=1,
            langs=["fr", "en"],
            loc="Vannes",
            vis="private",
        ),
    ),
    # 134 ------------------------------------------------------------- trap: commitment
    pair(
        134,
        "mixed",
        "corporate-training",
        "A teaches business English to French professionals with a method that works; B sells "
        "training to companies through their training budgets and wants a teacher with a "
        "method.",
        a=person(
            "Kate Morel",
            "Prof d'anglais des affaires, 500 cadres formés, my method gets people speaking in weeks.",
            "Someone who sells training aux entreprises et gère les financements.",
            "Bienveillance, results.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Romain Tessier",
            """Commercial formation depuis neuf ans, j'ai vendu des programmes de formation à
            des grands groupes et des PME, financés par les OPCO et le CPF. I know the HR
            training managers, the tenders and the certification rules, Qualiopi included.""",
            """I'm looking for a trainer with a proven method and happy learners, pour créer
            ensemble un organisme de formation en langues.""",
            """Résultats mesurés, no empty promises.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        twin=person(
            "Aurore Vidal",
            """Commerciale formation depuis huit ans, je vends des formations en
            management et leadership to large companies and their HR teams.""",
            """Looking for an e-learning developer pour digitaliser notre catalogue et
            créer une plateforme.""",
            """Digital first.""",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Grenoble",
        ),
        one=person(
            "Jérôme Caillat",
            """DRH d'un groupe industriel, I need 300 managers to improve their English
            this year and I have the budget.""",
            """Une formatrice d'anglais expérimentée pour piloter notre programme
            interne de langues.""",
            """Efficacité.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Étienne",
        ),
        trap=person(
            "Bastien Loubet",
            """Commercial formation depuis huit ans : programmes financés par les OPCO
            et le CPF, appels d'offres, Qualiopi. Weekends only, I keep my current
            job.""",
            """A language trainer with a proven method and happy learners, to start a
            training company together.""",
            """Results.""",
            ro=["sales"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
            loc="Villeurbanne",
        ),
    ),
    # 135 --------------------------------------------------------------- trap: timezone
    pair(
        135,
        "mixed",
        "agrifood",
        "A is a permaculture market gardener who needs land and funding; B owns farmland and "
        "wants to finance a farmer to work it.",
        a=person(
            "Tom Leroux",
            """Je suis maraîcher en permaculture depuis 8 ans, and I feed 150 families
            a week.""",
            """I'm looking for land and funding pour m'installer pour de bon.""",
            "Sol vivant, local food.",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
            loc="Angers",
        ),
        b=person(
            "Agathe de Villiers",
            "J'ai 30 hectares and money to invest in a farm.",
            "A skilled grower pour faire vivre ces terres.",
            "Long terme, biodiversité.",
            ro=["finance"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Saumur",
        ),
        twin=person(
            "Henri Dumas",
            "I own 50 hectares de vignes et des fonds.",
            "A winemaker pour reprendre le domaine.",
            "Prestige.",
            ro=["finance"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Chinon",
        ),
        one=person(
            "Lisa Kerbrat",
            "Je gère une AMAP with 200 families waiting.",
            "A market gardener pour nos paniers.",
            "Solidarité.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Nantes",
        ),
        trap=person(
            "Juliette Morin",
            "J'ai 40 hectares près de Vancouver and funds for a farm.",
            "A permaculture grower pour s'installer.",
            "Biodiversité.",
            ro=["finance"],
            rs=["domain"],
            tz=-8,
            langs=["fr", "en"],
            loc="Vancouver",
        ),
    ),
    # 136 --------------------------------------------------------------- trap: language
    pair(
        136,
        "mixed",
        "b2b-saas",
        "A is a UX researcher whose insights get lost and wants a research repository; B is a "
        "backend engineer who built search tools and wants a researcher who knows the pain.",
        a=person(
            "Amandine Roy",
            "UX researcher, 10 ans, 600 interviews that nobody can find again.",
            "A backend engineer pour construire un repository de recherche searchable.",
            "Empathy, clarté.",
            ro=["design", "product"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Thibault Marchand",
            """Backend engineer depuis neuf ans, j'ai construit la recherche plein texte et
            sémantique d'un outil de gestion documentaire, avec transcription automatique des
            enregistrements. I like building tools for teams that drown in their own
            knowledge.""",
            """Looking for someone who does user research for a living, qui connaît la douleur
            des insights perdus and can sell to research and design teams.""",
            """Ship small, écouter les utilisateurs.""",
            ro=["tech"],
            rs=["design", "product"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        twin=person(
            "Simon Delaporte",
            """Backend engineer depuis huit ans, j'ai construit la recherche d'une
            marketplace e-commerce et son moteur de recommandation.""",
            """Looking for a co-founder from retail pour vendre un moteur de recherche
            aux e-commerçants de taille moyenne.""",
            """Conversion, growth.""",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        one=person(
            "Céline Aubert",
            """Head of design dans une scale-up de 300 personnes, I manage 12 designers
            and nobody does research properly.""",
            """Une UX researcher senior pour monter notre équipe de recherche et former
            nos designers.""",
            """User-centred.""",
            ro=["design"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        trap=person(
            "Pieter Janssens",
            """Backend engineer: full-text en semantische zoekfunctie voor
            documentbeheer, met automatische transcriptie van opnames. Ik bouw graag
            tools voor teams die verdrinken in hun eigen kennis.""",
            """Ik zoek een UX-onderzoeker die de pijn van verloren inzichten kent en
            kan verkopen aan onderzoeks- en designteams.""",
            """Klein beginnen, luisteren naar gebruikers.""",
            ro=["tech"],
            rs=["design", "product"],
            tz=1,
            langs=["nl"],
            loc="Gent",
        ),
    ),
]
