"""Pairs 113-128 of complementary_v3."""

from people import pair, person

PAIRS = [
    # 113 --------------------------------------------------------------- trap: visibility
    pair(
        113,
        "cross",
        "heritage-3d",
        "A is a museum conservator who needs precise 3D records of fragile works to plan "
        "restorations; B does 3D scanning for construction and wants to move into heritage "
        "with someone who has museum access and conservation knowledge.",
        a=person(
            "Constance Mérieux",
            """Restauratrice du patrimoine, diplômée de l'INP, spécialité sculpture et
            polychromie. Quinze ans de chantiers dans les musées et les églises de
            Bourgogne. Je connais les conservateurs, les règles d'intervention sur les
            œuvres classées et je sais juger de l'état d'une pièce.""",
            """Avant chaque restauration, on mesure à la main et on photographie, et on
            rate des fissures. Je cherche quelqu'un qui sache produire une copie numérique
            exacte d'une œuvre, au dixième de millimètre, sans la toucher.""",
            tz=1,
            langs=["fr", "en"],
            loc="Dijon",
        ),
        b=person(
            "Tom Halvorsen",
            "Photogrammetry + laser scanning, 9 yrs on building sites. Sub-mm models.",
            "Someone who knows museums and how fragile works are handled, to open that world.",
            tz=1,
            langs=["en", "fr", "no"],
            loc="Brussels",
        ),
        twin=person(
            "Gaëtan Robineau",
            "Scan laser et photogrammétrie d'ouvrages, modèles 3D au dixième de mm, 8 ans.",
            "Un commercial pour vendre des jumeaux numériques aux promoteurs.",
            "Gros contrats, vite.",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        one=person(
            "Amélie Garnier",
            """Je dirige une petite maison d'édition de livres d'art.""",
            """Une restauratrice de sculptures pour écrire un livre sur les techniques de
            restauration.""",
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        trap=person(
            "Ellen Brooks",
            "3D scanning specialist, sub-millimetre models, contactless.",
            "A conservator with museum access, to document works before restoration.",
            tz=1,
            langs=["en", "fr"],
            loc="Paris",
            vis="private",
        ),
    ),
    # 114 --------------------------------------------------------------- trap: commitment
    pair(
        114,
        "mixed",
        "freelancer-finance",
        "A is an accountant for musicians and freelancers who needs someone inside the music "
        "scene to bring clients; B organises musicians and wants a trustworthy accountant "
        "for them.",
        a=person(
            "Valérie Ngo",
            "Expert-comptable, je fais les impôts des musiciens et intermittents depuis 10 ans.",
            "someone who knows the music scene from the inside and can bring artists to us",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Jonas Lefebvre",
            "Bassiste, I run a musicians' collective of 400 members, gigs and workshops.",
            "Qqn qui gère nos déclarations et la paperasse, avec nos statuts bizarres et revenus en yo-yo.",
            tz=1,
            langs=["fr", "en"],
            loc="Montreuil",
        ),
        twin=person(
            "Mehdi Sabri",
            "Je gère une communauté de 2 000 artistes indépendants, events et newsletter.",
            "Un développeur pour une appli de réservation de concerts.",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Laura Kessler",
            "I run a booking agency for jazz bands, 60 artists.",
            "An accountant who knows musicians' tax for our artists.",
            tz=1,
            langs=["en", "fr", "de"],
            loc="Strasbourg",
        ),
        trap=person(
            "Noémie Rault",
            "Chanteuse et organisatrice d'un collectif de musiciens, 300 membres.",
            "Un comptable qui connaît les intermittents.",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
    ),
    # 115 --------------------------------------------------------------- trap: timezone
    pair(
        115,
        "cross",
        "boatbuilding",
        "A makes flax-fibre composite that can replace fibreglass and needs a boatyard to "
        "build real hulls with it; B runs a boatyard and wants a greener hull material with "
        "the engineering behind it.",
        a=person(
            "Jelle Verhoeven",
            """Materials engineer and co-owner of a small composites company near
            Southampton. We make flax-fibre fabrics and a plant-based resin system that
            match fibreglass on stiffness for a third less carbon. Two racing dinghies and
            a kayak range are already made with it, and I have the test data, the lay-up
            schedules and the process sheets.""",
            """Dinghies aren't enough. I need a boatbuilder who builds proper hulls every
            week, knows the classification rules and the moulds, and is willing to build
            a first cruising boat with our material and put their name on it.""",
            """Circular, transparent, no exaggerated green claims.""",
            tz=0,
            langs=["en", "nl", "fr"],
            loc="Southampton",
        ),
        b=person(
            "Aurore Lemarchand",
            """Je dirige un chantier naval à La Rochelle depuis douze ans : voiliers de
            croisière de 9 à 12 mètres, 25 bateaux par an, moules, stratification, mise à
            l'eau et garantie. Je connais les règles de certification et les clients
            exigeants.""",
            """Je veux arrêter le verre-polyester. Il me faut une matière végétale qui tienne
            en mer, produite en volume, et quelqu'un qui en maîtrise la mise en œuvre et
            les essais.""",
            """Des bateaux qui durent, pas de marketing mensonger.""",
            tz=1,
            langs=["fr", "en"],
            loc="La Rochelle",
        ),
        twin=person(
            "Benjamin Roussel",
            """Constructeur de voiliers depuis quinze ans, chantier de 30 personnes en
            Vendée : voiliers de croisière de 10 à 14 mètres, moules, stratification,
            certification, 20 unités par an. Nos clients sont exigeants et fidèles.""",
            """Un spécialiste du marketing digital pour vendre nos bateaux en direct aux
            plaisanciers.""",
            """Premium, influenceurs, forte marge.""",
            tz=1,
            langs=["fr", "en"],
            loc="Les Sables-d'Olonne",
        ),
        twin2=person(
            "Hannah Berger",
            """Boatyard manager, 10 years building cruising yachts, moulds and
            certification.""",
            """A marine lawyer to handle a warranty dispute with a dealer.""",
            tz=1,
            langs=["en", "de"],
            loc="Kiel",
        ),
        one=person(
            "Pieter de Groot",
            """I farm 300 hectares of flax in Zeeland and scutch it myself.""",
            """A composites engineer who can turn our fibre into technical fabrics for
            industry.""",
            tz=1,
            langs=["en", "nl"],
            loc="Middelburg",
        ),
        trap=person(
            "Solène Beaudry",
            """Je dirige un chantier de voiliers de croisière, moules et certification.""",
            """Un composite biosourcé qui remplace la fibre de verre, avec son ingénieur.""",
            tz=11,
            langs=["fr", "en"],
            loc="Nouméa",
        ),
    ),
    # 116 --------------------------------------------------------------- trap: language
    pair(
        116,
        "fr",
        "family-mediation",
        "A is a family mediator who needs a lawyer to turn agreements into enforceable "
        "documents; B is a family lawyer who wants a mediator so separations stop ending in "
        "court.",
        a=person(
            "Agathe Perrotin",
            """Médiatrice familiale diplômée d'État depuis quatorze ans. J'accompagne des
            couples qui se séparent pour qu'ils décident ensemble de la garde des enfants,
            du logement, de l'argent. Neuf couples sur dix repartent avec un accord écrit.
            Je forme aussi des travailleurs sociaux à l'écoute des conflits.""",
            """Le problème, c'est la suite : les accords que les parents signent chez moi
            n'ont aucune force si personne ne les transforme en acte valable devant un
            juge. Il me faut quelqu'un du barreau qui mette ces textes en forme, les
            vérifie et leur donne force devant le juge, sans rallumer la guerre.""",
            """Les enfants ne sont pas une monnaie d'échange. Douceur, patience, honnêteté.""",
            ro=["domain"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        b=person(
            "Maître Olivier Castaing",
            """Avocat en droit de la famille, vingt ans de divorces et de gardes
            d'enfants. Je rédige les conventions, je les fais valider par le tribunal et
            je connais les juges aux affaires familiales du ressort.""",
            """J'en ai assez des dossiers qui finissent en guerre. Je cherche une
            professionnelle qui aide les parents à se parler et à se mettre d'accord avant
            que je n'intervienne.""",
            """Apaiser plutôt que gagner.""",
            ro=["legal"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Nantes",
        ),
        twin=person(
            "Maître Sandrine Aubry",
            """Avocate en droit de la famille depuis quinze ans : divorces, gardes
            d'enfants, conventions validées par le tribunal, audiences devant les juges aux
            affaires familiales.""",
            """Un développeur pour une plateforme de divorce en ligne à bas prix.""",
            """Volume et automatisation.""",
            ro=["legal"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Angers",
        ),
        one=person(
            "Cécile Hamon",
            """Je dirige un centre social avec 2 000 familles suivies.""",
            """Une médiatrice familiale diplômée, habituée aux couples qui se séparent et aux
            accords sur la garde, pour ouvrir une permanence dans notre centre et former
            nos travailleurs sociaux.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        trap=person(
            "Rebecca Stone",
            """Family lawyer; I draft separation agreements and get them approved by the
            court.""",
            """A family mediator who helps parents agree before lawyers step in.""",
            ro=["legal"],
            rs=["domain"],
            tz=1,
            langs=["en"],
            loc="Jersey",
        ),
    ),
    # 117 --------------------------------------------------------------- trap: consent
    pair(
        117,
        "cross",
        "wool",
        "A is a sheep farmer whose co-op burns its wool and needs someone who makes it into "
        "products people want; B is a knitwear designer who wants traceable local wool.",
        a=person(
            "Maryse Cazalis",
            "Éleveuse de brebis en Aveyron, coop de 40 fermes. La laine part à la poubelle.",
            "Qqn qui sache en faire des vêtements que les gens ont envie de porter.",
            tz=1,
            langs=["fr", "en"],
            loc="Millau",
        ),
        b=person(
            "Isla Gunn",
            """Knitwear designer; fifteen years creating collections for two Scottish
            mills, then my own label sold in 30 shops. Patterns, colour, finishing,
            finding spinners.""",
            """I want every jumper I sell to come from a flock I can name. I'm looking for
            farmers organised enough to supply fleece every season, and someone who can
            speak for them.""",
            ro=["design"],
            tz=0,
            langs=["en", "fr"],
            loc="Edinburgh",
        ),
        twin=person(
            "Poppy Ashworth",
            """Knitwear designer, twelve years creating collections for high-street brands
            and a Scottish mill: patterns, colour, finishing, working with spinners.""",
            """A manufacturer in Portugal to produce a cheap fast-fashion line.""",
            """Trend-driven, volume.""",
            ro=["design"],
            tz=0,
            langs=["en", "fr"],
            loc="Manchester",
        ),
        one=person(
            "Josiane Albert",
            """Je tiens une filature artisanale dans le Tarn, deux machines.""",
            """Une coopérative d'éleveurs de brebis organisée, qui m'apporte de la laine
            régulièrement au lieu de la jeter.""",
            tz=1,
            langs=["fr"],
            loc="Castres",
        ),
        trap=person(
            "Morag Sutherland",
            """Knitwear designer with my own label; I want wool from named farms.""",
            """A farmers' co-op that can supply fleece each season.""",
            ro=["design"],
            tz=0,
            langs=["en", "fr"],
            loc="Inverness",
            consent=False,
        ),
    ),
    # 118 --------------------------------------------------------------- trap: visibility
    pair(
        118,
        "cross",
        "maritime-surveillance",
        "A detects illegal fishing from satellite ship-tracking data and needs someone from "
        "the maritime enforcement world; B was a maritime affairs officer and wants a way to "
        "spot illegal fishing from space.",
        a=person(
            "Dr. Samuel Adjei",
            """Data scientist; I built a system that combines satellite ship-position
            signals, radar images and night-light detection to flag vessels that switch off
            their transponder or fish in closed zones. It found 60 suspicious vessels in
            the Gulf of Guinea last year, confirmed by an NGO.""",
            """The people who could act on it are coastguards, navies and fisheries
            ministries, and I don't know how they work or buy. I need someone who has
            served in that world, understands the legal side of boarding a boat, and can
            get a meeting with an admiral.""",
            """Protect coastal fishing communities; never sell to the fleets we track.""",
            ro=["tech"],
            rs=["domain", "sales"],
            tz=0,
            langs=["en", "fr"],
            loc="Accra",
        ),
        b=person(
            "Capitaine Yves Le Meur",
            """Ancien officier des affaires maritimes, vingt-cinq ans de contrôle des pêches,
            puis conseiller d'États d'Afrique de l'Ouest sur la surveillance de leurs
            eaux. Je connais les marines, les garde-côtes et les ministères de la
            région.""",
            """On n'a jamais assez de patrouilleurs. Je cherche quelqu'un capable de
            repérer depuis l'espace les navires qui pêchent là où ils ne devraient pas.""",
            ro=["domain", "sales"],
            rs=["tech"],
            tz=0,
            langs=["fr", "en"],
            loc="Dakar",
        ),
        twin=person(
            "Commandant Alain Roblot",
            """Ancien officier de marine, vingt ans de surveillance maritime et de police des
            pêches, puis conseiller de plusieurs garde-côtes africains. Je connais les
            états-majors et les ministères de la mer de la région.""",
            """Un fabricant de drones marins pour vendre des patrouilleurs autonomes.""",
            ro=["domain", "sales"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Brest",
        ),
        one=person(
            "Nadia Flores",
            """I lead an ocean NGO campaigning against illegal fishing, with 200k
            supporters.""",
            """A data scientist who combines satellite ship-position signals and radar images
            to flag vessels fishing in closed zones, to give our campaigns hard
            evidence.""",
            ro=["marketing"],
            rs=["tech"],
            tz=0,
            langs=["en", "es"],
            loc="London",
        ),
        trap=person(
            "Capitaine Mariama Sow",
            """Ancienne officière de contrôle des pêches, conseillère des garde-côtes ouest-
            africains.""",
            """Quelqu'un qui repère par satellite les navires en pêche illégale.""",
            ro=["domain", "sales"],
            rs=["tech"],
            tz=0,
            langs=["fr", "en"],
            loc="Abidjan",
            vis="private",
        ),
    ),
    # 119 --------------------------------------------------------------- trap: commitment
    pair(
        119,
        "fr",
        "driving-school",
        "A is a driving instructor who wants her own school and needs someone for admin, "
        "funding files and accounts; B ran training-centre admin and wants an instructor.",
        a=person(
            "Yasmina Cherif",
            "monitrice auto ecole 9 ans, 95% de reussite, je forme aussi des moniteurs",
            "qqn pour la paperasse : dossiers de financement, agrément, compta, planning",
            tz=1,
            langs=["fr"],
            loc="Marseille",
        ),
        b=person(
            "Franck Dumas",
            "10 ans gestionnaire d'un centre de formation : agréments, financements, gestion.",
            "Une personne qui apprend à conduire aux jeunes et veut son propre établissement.",
            tz=1,
            langs=["fr"],
            loc="Aix-en-Provence",
        ),
        twin=person(
            "Karine Poulain",
            "Responsable administrative d'organisme de formation, agréments et dossiers.",
            "Un formateur en secourisme pour lancer des stages.",
            tz=1,
            langs=["fr"],
            loc="Toulon",
        ),
        one=person(
            "Rémi Lopez",
            "Je loue des voitures double commande aux auto-écoles.",
            "Une monitrice expérimentée pour former les moniteurs de mes clients.",
            tz=1,
            langs=["fr"],
            loc="Marseille",
        ),
        trap=person(
            "Sylvain Bonnet",
            "Gestionnaire d'organisme de formation, agréments, financements, comptes.",
            "Une monitrice d'auto-école qui veut se lancer.",
            c="side-project",
            tz=1,
            langs=["fr"],
            loc="Marseille",
        ),
    ),
    # 120 --------------------------------------------------------------- trap: timezone
    pair(
        120,
        "en",
        "archaeology",
        "A runs archaeological field surveys and needs someone who brings work from "
        "developers and planners; B is a planning consultant who wants fast, reliable "
        "archaeology for her clients' sites.",
        a=person(
            "Dr. Owen Pritchard",
            """Field archaeologist, 18 years, with my own team of six and geophysics kit
            (magnetometry, ground radar). We can survey a 20-hectare site in a week and
            write the report the local authority's archaeologist will accept first time. I
            know the heritage officers in most counties of southern England.""",
            """We depend on whoever rings us. I want a partner who is in the room when new
            homes or a solar farm are being planned, who knows the builders and the firms
            advising them, and can make sure we're booked early instead of called when
            diggers have found bones.""",
            """Respect the past, don't slow the present down for nothing.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
            loc="Winchester",
        ),
        b=person(
            "Harriet Oyelowo",
            """Planning consultant for housing and renewable energy developers; 12 years
            getting schemes through planning. My clients are always surprised by heritage
            conditions.""",
            """A team that can check a site for buried remains quickly, with paperwork the
            council signs off.""",
            ro=["sales", "legal"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Reading",
        ),
        twin=person(
            "Simon Reeve",
            """Planning consultant for 15 years, working for housing developers and solar
            farm builders on strategic land; I know every planning officer in three
            counties.""",
            """A land agent with money to option farmland for development.""",
            """Deal flow and land value.""",
            ro=["sales", "legal"],
            rs=["finance"],
            tz=0,
            langs=["en"],
            loc="Oxford",
        ),
        one=person(
            "Dr. Lena Hoffmann",
            """Professor of archaeology; I have a grant for a field school with 40
            students.""",
            """An experienced field archaeologist with geophysics equipment to lead our
            summer excavations.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["en", "de"],
            loc="Cologne",
        ),
        trap=person(
            "Jessica Tran",
            """Planning consultant for housing and solar developers, 10 years.""",
            """A field archaeology team with geophysics for fast site surveys.""",
            ro=["sales", "legal"],
            rs=["domain"],
            tz=10,
            langs=["en"],
            loc="Sydney",
        ),
    ),
    # 121 --------------------------------------------------------------- trap: language
    pair(
        121,
        "cross",
        "equine-farriery",
        "A is a farrier who wants made-to-measure therapeutic horseshoes and needs someone "
        "who can print metal parts; B prints metal parts and wants a farrier to design and "
        "fit them.",
        a=person(
            "Jean-Baptiste Thévenet",
            """Maréchal-ferrant depuis dix-sept ans en Normandie, je travaille avec des
            vétérinaires sur les chevaux boiteux : fers orthopédiques, forge à la main,
            réglages au millimètre. Les haras et les écuries de course m'appellent pour les
            cas difficiles.""",
            """Forger un fer thérapeutique prend des heures et il faut recommencer à chaque
            fois. Je cherche quelqu'un capable de fabriquer des pièces en métal sur mesure à
            partir d'un scan du sabot, légères et solides.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Deauville",
        ),
        b=person(
            "Freya Nakamura",
            "Additive manufacturing engineer, titanium/aluminium printing, 8 yrs. Lived in Caen.",
            "A hoof-care professional who can design, fit and test on real horses.",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr", "ja"],
            loc="Geneva",
        ),
        twin=person(
            "Oscar Lindgren",
            "Metal 3D printing engineer, titanium parts for medical and aerospace.",
            "A marketer to launch a direct-to-consumer titanium bike-parts brand.",
            "Fast launch, influencers.",
            ro=["tech"],
            rs=["marketing"],
            tz=1,
            langs=["en", "fr", "sv"],
            loc="Stockholm",
        ),
        twin2=person(
            "Clément Ribeyre",
            "Ingénieur en impression 3D métal, pièces en titane sur mesure.",
            "Un investisseur pour monter une usine d'impression 3D.",
            ro=["tech"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
            loc="Grenoble",
        ),
        one=person(
            "Bérangère Collet",
            """Je dirige une écurie de concours de 40 chevaux.""",
            """Un maréchal-ferrant expérimenté en ferrure orthopédique pour suivre nos
            chevaux toute l'année.""",
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Chantilly",
        ),
        trap=person(
            "Maya Feldman",
            "Metal printing engineer; lightweight custom parts from 3D scans.",
            "A farrier who can design therapeutic shoes and fit them on horses.",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en"],
            loc="Zurich",
        ),
    ),
    # 122 --------------------------------------------------------------- trap: consent
    pair(
        122,
        "mixed",
        "artisan-tiles",
        "A coordinates a cooperative of zellige tile makers in Fès and needs someone who gets "
        "European architects to specify them; B sold architectural tiles to European "
        "architects and wants a genuine craft producer.",
        a=person(
            "Hassan Aït Ouarab",
            """Je coordonne une coopérative de quarante maâlems du zellige à Fès : terre
            locale, émail au four à bois, découpe à la main, des couleurs que les usines ne
            savent pas refaire. We export a little already, we have the paperwork and we
            can deliver 800 m2 a month.""",
            """What we lack is the link to Europe. I need someone who knows the people who
            draw buildings, hotels and shops over there, how a material ends up chosen for
            a building, and how to manage the tiles we send for approval, delivery delays
            and complaints, without turning our craft into a factory.""",
            """Le métier doit faire vivre les familles de Fès. Fair prices only.""",
            tz=1,
            langs=["fr", "en", "ar"],
            loc="Fès",
        ),
        b=person(
            "Sophie Wagner",
            """Twelve years as specification sales manager for a ceramic tile maker: I got
            our products written into 400 projects by architects and designers in
            Germany, France and Switzerland, and handled samples, lead times and
            claims.""",
            """I want to work directly with a craft producer, hand-made and with a real
            story, not another factory. Ideally a group of makers with capacity and
            someone who speaks for them.""",
            """Fair share for makers.""",
            tz=1,
            langs=["en", "de", "fr"],
            loc="Munich",
        ),
        twin=person(
            "Florian Keller",
            """Specification sales for architectural ceramics for ten years; I know the
            architects and interior designers of the German-speaking countries and how to
            get a material into their projects.""",
            """A software developer to build a sample-ordering platform for
            architects.""",
            """Scale, platform, commission on every order.""",
            tz=1,
            langs=["en", "de"],
            loc="Berlin",
        ),
        one=person(
            "Youssef Benali",
            """Je dirige une boutique de décoration à Marrakech, clientèle de riads et
            d'hôtels.""",
            """Une coopérative de zellige qui produise régulièrement pour nos chantiers de
            riads.""",
            tz=1,
            langs=["fr", "ar"],
            loc="Marrakech",
        ),
        trap=person(
            "Katrin Vogel",
            """I get tiles specified by European architects; ten years in ceramic sales.""",
            """A group of hand-made tile makers with capacity, to work with directly.""",
            tz=1,
            langs=["en", "fr"],
            loc="Hamburg",
            consent=False,
        ),
    ),
    # 123 --------------------------------------------------------------- trap: visibility
    pair(
        123,
        "cross",
        "mushrooms",
        "A grows oyster mushrooms on coffee grounds in city cellars and needs someone who "
        "sells to chefs in volume; B is a chef turned produce distributor who wants a "
        "reliable local mushroom grower.",
        a=person(
            "Lucas Ferrandi",
            """Agronome, je cultive des pleurotes sur du marc de café dans deux caves à
            Paris, 600 kg par semaine, avec une collecte auprès de 80 cafés. Culture
            maîtrisée, récolte tous les jours, zéro pesticide.""",
            """Je vends au marché et ça ne suffit pas. Je cherche quelqu'un qui connaît les
            cuisines professionnelles, qui sait ce que veut un cuisinier et qui peut écouler de
            gros volumes chaque semaine.""",
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Daniel Mercer",
            "Ex-chef, now I distribute fresh produce to 150 Paris restaurants.",
            "A grower with steady weekly volumes of local mushrooms.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Paris",
        ),
        twin=person(
            "Rachel Stein",
            "Fresh produce distribution to restaurants, ex-chef, 100 clients.",
            "A financier to buy a refrigerated warehouse.",
            ro=["sales"],
            rs=["finance"],
            tz=1,
            langs=["en", "fr"],
            loc="Paris",
        ),
        one=person(
            "Mathilde Caron",
            """Je dirige une chaîne de 25 cafés, nous jetons des tonnes de marc.""",
            """Un cultivateur de champignons sur marc pour valoriser nos déchets.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        trap=person(
            "George Whitby",
            "I supply restaurants across Paris with fresh produce, ex-chef myself.",
            "A local mushroom grower with weekly volume for my chefs.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Paris",
            vis="private",
        ),
    ),
    # 124 --------------------------------------------------------------- trap: commitment
    pair(
        124,
        "cross",
        "science-education",
        "A is a physics teacher who designed hands-on science kits and needs someone who "
        "sells to schools; B sold for an educational publisher and wants a teacher with a "
        "product.",
        a=person(
            "Aisha Rahman",
            "Physics teacher, 12 yrs. Designed 10 cheap hands-on science kits, tested in class.",
            "Someone who knows how schools and districts buy, and can get us in.",
            ro=["domain"],
            rs=["sales"],
            c="side-project",
            tz=-5,
            langs=["en", "fr"],
            loc="Ottawa",
        ),
        b=person(
            "Martine Gauthier",
            "15 ans commerciale chez un éditeur scolaire, réseau des écoles et des centres.",
            "Une enseignante avec du matériel pédagogique testé en classe.",
            ro=["sales"],
            rs=["domain"],
            c="part-time",
            tz=-5,
            langs=["fr", "en"],
            loc="Gatineau",
        ),
        twin=person(
            "Luc Desjardins",
            "Représentant pour un éditeur scolaire, écoles et commissions scolaires.",
            "Un développeur pour une plateforme de devoirs en ligne.",
            ro=["sales"],
            rs=["tech"],
            c="side-project",
            tz=-5,
            langs=["fr", "en"],
            loc="Montréal",
        ),
        one=person(
            "Nathan Cole",
            "Maker space owner, laser cutters, 3D printers.",
            "A science teacher to design kits we can sell in our shop.",
            ro=["operations"],
            rs=["domain"],
            c="side-project",
            tz=-5,
            langs=["en"],
            loc="Ottawa",
        ),
        trap=person(
            "Sylvie Lemieux",
            "Ex-représentante d'un éditeur scolaire, je connais les écoles.",
            "Une prof de sciences avec des trousses d'expériences.",
            ro=["sales"],
            rs=["domain"],
            c="full-time",
            tz=-5,
            langs=["fr", "en"],
            loc="Ottawa",
        ),
    ),
    # 125 --------------------------------------------------------------- trap: timezone
    pair(
        125,
        "cross",
        "seafarer-mental-health",
        "A is a trauma psychologist who wants to support sailors at sea and needs someone "
        "who knows shipping companies and crews; B managed crews for a shipping company and "
        "wants a clinician.",
        a=person(
            "Dr. Nathalie Sarrazin",
            """Psychologue clinicienne, spécialisée dans le psychotraumatisme depuis quinze
            ans, d'abord auprès des pompiers puis en cabinet à Marseille. J'ai construit
            des protocoles de soutien à distance pour des personnes isolées, en séances
            courtes, y compris par téléphone satellite.""",
            """Les marins restent neuf mois en mer, seuls face aux accidents, aux deuils, à
            la fatigue. Je ne connais rien au monde des armateurs. Il me faut quelqu'un qui
            connaisse les compagnies, les équipages et la vie à bord, et qui puisse nous
            faire entrer sur les navires.""",
            """Le secret professionnel est sacré, même si l'armateur paie.""",
            tz=1,
            langs=["fr", "en"],
            loc="Marseille",
        ),
        b=person(
            "Captain Rafael Mendoza",
            """Former master mariner, then crewing manager for a container line for ten
            years: 3,000 seafarers, contracts, crew changes, welfare budgets. I know the
            HR and safety directors of most European shipping companies.""",
            """We lost two young crew members to suicide in one year. I want to build a
            mental-health service for crews at sea with a clinician who knows trauma and
            can work remotely.""",
            """Seafarers first, confidentiality always.""",
            tz=1,
            langs=["en", "es", "fr"],
            loc="Rotterdam",
        ),
        twin=person(
            "Anders Holm",
            """Crewing director for a tanker company for twelve years: 2,000 seafarers,
            contracts, crew changes and welfare budgets. Former chief officer, so I know
            life on board, and I know the HR directors of most European shipowners.""",
            """A developer to build crew-scheduling software for shipping companies.""",
            """Efficiency, software margins.""",
            tz=1,
            langs=["en", "da"],
            loc="Copenhagen",
        ),
        one=person(
            "Bénédicte Ollivier",
            """I run a teleconsultation platform with 400 practitioners across Europe.""",
            """A clinical psychologist specialised in trauma, who has built remote support
            protocols, to create our follow-up service for health workers.""",
            tz=1,
            langs=["en", "fr"],
            loc="Paris",
        ),
        trap=person(
            "Captain Wei Lin Tan",
            """Crewing manager for a bulk carrier fleet, 2,500 seafarers, contracts and
            welfare.""",
            """A trauma clinician to build remote mental-health support for crews.""",
            tz=8,
            langs=["en", "fr"],
            loc="Singapore",
        ),
    ),
    # 126 --------------------------------------------------------------- trap: language
    pair(
        126,
        "en",
        "audio-description",
        "A writes and voices audio description for blind audiences and needs someone who "
        "sells it to film distributors and streaming services; B sold film rights to "
        "platforms and wants a describer with a team.",
        a=person(
            "Miriam Okafor",
            """Audio describer for eleven years; I write and voice descriptions for films,
            series and theatre, and I train describers. Our team of five has described
            300 titles, and blind audiences tell us it's the best they hear. We know the
            accessibility rules for broadcasters and the timing tricks nobody teaches.""",
            """Work comes in through intermediaries who take half. I need someone who
            already talks to the companies that sell films and the online platforms,
            knows their technical requirements and budgets, and can win us whole libraries
            of titles directly.""",
            """Access is a right. Describe what is there, not what we think.""",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        b=person(
            "Jonathan Reyes",
            """Sales executive at a film distributor for ten years; I've sold catalogue
            rights to every big streaming service and I know their delivery departments
            and what they pay for.""",
            """Platforms now have quotas for viewers who can't see the screen. I'm looking
            for someone with a team and a studio who can narrate what happens on screen,
            title after title, at catalogue scale.""",
            """Good craft, fair prices.""",
            tz=0,
            langs=["en", "es"],
            loc="London",
        ),
        twin=person(
            "Tessa Morgan",
            """Sales lead at an independent film distributor for nine years: catalogue rights
            deals with every big streamer and broadcaster, and I know their delivery
            departments well.""",
            """A producer with money to co-finance indie features.""",
            """Bold bets, big returns.""",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin2=person(
            "Dev Patel",
            """Content sales to streaming platforms, 8 years, strong contacts in delivery
            teams.""",
            """A subtitling technology developer to automate captions.""",
            tz=1,
            langs=["en", "hi"],
            loc="Amsterdam",
        ),
        one=person(
            "Laura Bishop",
            """Artistic director of a touring theatre company, 8 shows a year.""",
            """An experienced audio describer who writes and voices descriptions and trains
            others, to make our performances accessible to blind audiences.""",
            tz=0,
            langs=["en"],
            loc="Bristol",
        ),
        trap=person(
            "Rodrigo Almeida",
            """Executivo de vendas numa distribuidora de filmes; vendi catálogos a todas
            as plataformas de streaming.""",
            """Uma equipa experiente de audiodescrição que entregue em escala de
            catálogo.""",
            tz=0,
            langs=["pt", "es"],
            loc="Lisboa",
        ),
    ),
    # 127 --------------------------------------------------------------- trap: consent
    pair(
        127,
        "fr",
        "furniture-restoration",
        "A restores old furniture and needs someone who sells it in a shop and online; B "
        "managed home-decor shops and wants a restorer with stock.",
        a=person(
            "Bernard Piquet",
            "Ébéniste, 30 ans. Je restaure des meubles anciens, l'atelier déborde.",
            "Qqn qui sait vendre, derrière un comptoir et sur le web.",
            tz=1,
            langs=["fr"],
            loc="Troyes",
        ),
        b=person(
            "Estelle Marin",
            "Ex-gérante de magasins de déco, vitrines, boutique en ligne.",
            "Un artisan qui redonne vie au mobilier d'époque, avec du stock.",
            tz=1,
            langs=["fr"],
            loc="Reims",
        ),
        twin=person(
            "Patricia Noël",
            "Responsable de boutiques de déco, merchandising, vente en ligne.",
            "Une styliste pour créer une marque de linge de maison.",
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        one=person(
            "Gérard Lacombe",
            "Brocanteur, un hangar plein de meubles abîmés.",
            "Un ébéniste pour restaurer mon stock.",
            tz=1,
            langs=["fr"],
            loc="Troyes",
        ),
        trap=person(
            "Corinne Maillard",
            "Gérante de magasins de décoration, vente en boutique et en ligne.",
            "Un ébéniste restaurateur avec un atelier plein.",
            tz=1,
            langs=["fr"],
            loc="Troyes",
            consent=False,
        ),
    ),
    # 128 --------------------------------------------------------------- trap: visibility
    pair(
        128,
        "cross",
        "dubbing",
        "A owns a dubbing-ready sound studio and English-language clients and needs someone "
        "who can cast and direct French voices; B directs French dubbing and wants a studio "
        "with clients.",
        a=person(
            "Graham Whitley",
            """I own a post-production sound studio in London with four recording booths
            and a mixing stage. UK producers keep asking us to deliver French versions of
            their series.""",
            """I need someone who can cast French actors, direct their sessions and make
            the adaptation sound natural, not translated.""",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        b=person(
            "Delphine Castagné",
            "Directrice artistique de doublage, 15 ans, carnet de 200 comédiens.",
            "Un lieu d'enregistrement équipé, avec des clients anglophones.",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        twin=person(
            "Arnaud Fleury",
            "Directeur artistique de doublage, comédiens et adaptation.",
            "Un investisseur pour ouvrir mon propre studio.",
            tz=1,
            langs=["fr", "en"],
            loc="Bruxelles",
        ),
        one=person(
            "Karen Douglas",
            """Producer of a UK animated series, 52 episodes.""",
            """A sound studio that can record and mix our English voices.""",
            tz=0,
            langs=["en"],
            loc="Bristol",
        ),
        trap=person(
            "Camille Besson",
            "Directrice de doublage, je caste et dirige des voix françaises.",
            "Un studio avec des clients anglais.",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
            vis="private",
        ),
    ),
]
