"""Pairs 81-96 of complementary_v3."""

from people import pair, person

PAIRS = [
    # 81 ---------------------------------------------------------------- trap: language
    pair(
        81,
        "cross",
        "beekeeping",
        "A is a professional beekeeper losing colonies who needs someone to build cheap "
        "sensors that watch hives without opening them; B builds low-power field sensors "
        "and wants a beekeeper to decide what to measure and test on real apiaries.",
        a=person(
            "Bérénice Audibert",
            """Apicultrice professionnelle dans le Vaucluse depuis dix-huit ans, 420 ruches
            réparties sur quinze ruchers, transhumance sur la lavande et le châtaignier. Je
            forme aussi les jeunes installés pour la chambre d'agriculture. Je connais
            chaque signe d'une colonie qui va mal, avant que ce soit trop tard, à condition
            d'être sur place.""",
            """L'hiver dernier j'ai perdu un tiers de mes colonies. Ouvrir 420 ruches chaque
            semaine, c'est impossible, et chaque ouverture stresse les abeilles. Il me faut
            quelqu'un qui sache concevoir des petits boîtiers électroniques qui pèsent la
            ruche, écoutent le bourdonnement et m'envoient une alerte depuis des collines
            sans réseau, le tout pour un prix qu'un apiculteur peut payer.""",
            """Les abeilles d'abord. Je refuse tout ce qui sert à produire plus en épuisant
            les colonies.""",
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Apt",
        ),
        b=person(
            "Niall Brennan",
            """Embedded engineer. I designed solar-powered LoRa collars that tracked 6,000
            cattle on Irish hill farms: sub-milliwatt firmware, load cells, microphones,
            ruggedised housings, and a gateway that relays data from places with no mobile
            coverage. I take a board from schematic to a few thousand units.""",
            """I'd like to build for pollinators, but I don't know bees. I'm looking for a
            working professional with hundreds of colonies who can tell me which signals
            matter (weight, sound, temperature), and let me test prototypes through a full
            season. I speak decent French after years in Brittany.""",
            """Affordable for small producers, repairable, no lock-in.""",
            tz=0,
            langs=["en", "fr"],
            loc="Cork",
        ),
        twin=person(
            "Erwan Le Goff",
            """Ingénieur en électronique embarquée, dix ans. Je conçois des capteurs sur
            batterie qui tiennent des années : LoRa et NB-IoT, cellules de pesée, micros,
            boîtiers étanches. J'ai industrialisé une sonde de jardin connectée vendue à
            10 000 exemplaires, du schéma à la production en série.""",
            """Un associé marketing grand public qui fasse entrer mes objets de jardin
            dans les grandes surfaces de bricolage et sur Amazon.""",
            """Du volume, des marges, et une revente rapide.""",
            tz=1,
            langs=["fr", "en"],
            loc="Rennes",
        ),
        one=person(
            "Roselyne Castel",
            """Je préside une coopérative de miel, 90 producteurs, une ligne de mise en pot
            et des contrats avec deux enseignes bio.""",
            """Une apicultrice ou un apiculteur professionnel avec des centaines de ruches,
            qui sache lire une colonie qui décline et former les jeunes installés, pour
            diriger notre démarche qualité et accompagner nos adhérents pendant la
            transhumance.""",
            tz=1,
            langs=["fr"],
            loc="Avignon",
        ),
        trap=person(
            "Callum Doherty",
            """Embedded developer who built off-grid weighing and acoustic sensors for
            livestock; low power, long range, thousands of units made.""",
            """A professional beekeeper with hundreds of hives to define what to measure and
            run field trials over a season.""",
            tz=0,
            langs=["en"],
            loc="Belfast",
        ),
    ),
    # 82 ---------------------------------------------------------------- trap: consent
    pair(
        82,
        "en",
        "dental",
        "A is a dentist with portable kit who wants to treat people in care homes and needs "
        "someone who knows how care homes contract; B ran care homes and wants a dentist.",
        a=person(
            "Ravi Chandrasekhar",
            "Dentist, 12 yrs. Portable chair and x-ray, I do extractions and dentures on site.",
            "Someone who knows residential elderly care from the inside, and how to get paid by it.",
            "Dignity for old people. No cherry-picking rich homes.",
            tz=0,
            langs=["en"],
            loc="Sheffield",
        ),
        b=person(
            "Joanne Pickering",
            "Ran 9 care homes for 14 years. I know managers, commissioners, contracts.",
            "Someone who can fix old people's teeth without making them travel.",
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        twin=person(
            "Trevor Oakes",
            "Former care home group director, I know every commissioner in the North.",
            "A developer to build a care-planning app I can sell to homes.",
            "Sell the app, sell the company.",
            tz=0,
            langs=["en"],
            loc="Newcastle",
        ),
        one=person(
            "Priscilla Hart",
            "I import portable dental units and chairs; 40 dealers.",
            "A practising dentist to test kit in the field and front our demos.",
            tz=0,
            langs=["en"],
            loc="Manchester",
        ),
        trap=person(
            "Maureen Sadler",
            "Care home operations manager for 11 years, contracts and commissioners.",
            "A dentist with mobile equipment for residents who can't travel.",
            tz=0,
            langs=["en"],
            loc="York",
            consent=False,
        ),
    ),
    # 83 ---------------------------------------------------------------- trap: visibility
    pair(
        83,
        "cross",
        "funeral-services",
        "A is an estate lawyer who wants to take the paperwork off bereaved families and "
        "needs someone families meet in the first hours; B runs funeral homes and wants "
        "someone to handle the legal side for families.",
        a=person(
            "Catherine Vanderberg",
            """Estate and succession lawyer in Brussels for sixteen years. I handle
            everything that follows a death on paper: wills, notaries, closing bank accounts,
            pensions, the tax return of the estate, cross-border successions for Belgian,
            French and Dutch families. I've built templates and a checklist of 70 steps that
            I could turn into a service sold at a fixed price.""",
            """Families only come to me weeks later, exhausted and buried in letters. I want
            to reach them in the first days, with kindness. I need a partner whom families
            already trust at that moment: someone who organises the ceremony, runs the
            agencies and the staff, and sits with people in the worst week of their life.""",
            """Fixed prices, no upselling on grief, absolute discretion.""",
            ro=["legal"],
            rs=["domain", "operations"],
            tz=1,
            langs=["en", "fr", "nl"],
            loc="Brussels",
        ),
        b=person(
            "Didier Lambotte",
            """Directeur de pompes funèbres, trois agences en Wallonie, vingt-deux ans de
            métier. Je reçois les familles dès le décès, j'organise les cérémonies et je
            gère une équipe de quatorze personnes, dont deux thanatopracteurs.""",
            """Après les obsèques, les familles me demandent toujours : et maintenant, les
            banques, le notaire, l'héritage ? Je n'ai personne pour les aider. Je
            cherche une juriste ou un juriste qui prenne en charge toutes ces démarches
            pour elles, à un prix clair.""",
            """Respect des défunts et des vivants. Pas de vente forcée.""",
            ro=["domain", "operations"],
            rs=["legal"],
            tz=1,
            langs=["fr", "en"],
            loc="Namur",
        ),
        twin=person(
            "Jean-Marc Hubert",
            """Dirigeant de pompes funèbres depuis dix-huit ans, quatre agences dans le
            Hainaut. J'accueille les familles dès le décès, j'organise les cérémonies
            civiles et religieuses et je gère une équipe de douze personnes, porteurs et
            conseillers compris.""",
            """Un spécialiste du marketing en ligne pour vendre des cercueils et des contrats
            obsèques à bas prix sur internet.""",
            """Casser les prix, faire du volume.""",
            ro=["domain", "operations"],
            rs=["marketing"],
            tz=1,
            langs=["fr", "en"],
            loc="Charleroi",
        ),
        twin2=person(
            "Agnès Verhaegen",
            """Maître de cérémonie funéraire et gérante d'une agence, je suis les familles
            du décès jusqu'à l'inhumation.""",
            """Un associé qui rachète avec moi deux agences à vendre et apporte 400 000
            euros.""",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["fr", "nl"],
            loc="Liège",
        ),
        one=person(
            "Ethan Moss",
            """Developer of a digital legacy app: password vault, farewell messages, 20k
            users.""",
            """An estate lawyer who knows wills, notaries, closing accounts and cross-border
            successions, to make our app's features legally sound across Belgium, France
            and the Netherlands and to offer fixed-price help to our users' families.""",
            ro=["tech"],
            rs=["legal"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        trap=person(
            "Françoise Delvaux",
            """Directrice d'un réseau de cinq funérariums, j'accueille les familles et
            j'organise les obsèques depuis vingt ans.""",
            """Une ou un juriste des successions pour prendre en charge les démarches des
            familles après les funérailles.""",
            ro=["domain", "operations"],
            rs=["legal"],
            tz=1,
            langs=["fr", "en"],
            loc="Mons",
            vis="private",
        ),
    ),
    # 84 ---------------------------------------------------------------- trap: commitment
    pair(
        84,
        "fr",
        "school-canteens",
        "A is a canteen head chef who wants local produce and needs someone to organise "
        "supply from many small farms; B coordinated a farmers' logistics platform and wants "
        "a chef who can cook local at canteen prices.",
        a=person(
            "Odile Berthelot",
            "Cheffe en restauration scolaire, 800 repas/jour, menus bio et de saison à 2 €.",
            "Qqn pour faire arriver chaque matin les légumes de 30 petites fermes, sans casse-tête.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Poitiers",
        ),
        b=person(
            "Romain Gilet",
            "J'ai coordonné une plateforme de producteurs : tournées, stocks, commandes.",
            "Qqn en cuisine qui sache faire du local pour des cantines avec un petit budget.",
            "Paysans payés correctement.",
            tz=1,
            langs=["fr"],
            loc="Niort",
        ),
        twin=person(
            "Quentin Marsal",
            "Logisticien circuits courts, tournées de collecte chez les producteurs.",
            "Un développeur pour coder une place de marché nationale.",
            "Lever, croître, racheter les concurrents.",
            tz=1,
            langs=["fr"],
            loc="Tours",
        ),
        one=person(
            "Ségolène Viard",
            "Diététicienne, contrat d'édition pour un livre de recettes.",
            "Une cheffe de cantine bio pour co-écrire les recettes du livre.",
            tz=1,
            langs=["fr"],
            loc="Limoges",
        ),
        trap=person(
            "Thierry Pelletier",
            "Ancien gérant d'une légumerie et de tournées chez les maraîchers.",
            "Une cheffe de restauration collective qui veut du local pas cher.",
            c="side-project",
            tz=1,
            langs=["fr"],
            loc="Poitiers",
        ),
    ),
    # 85 ---------------------------------------------------------------- trap: timezone
    pair(
        85,
        "mixed",
        "sail-cargo",
        "A captains a sailing cargo ship and needs someone who fills the hold with paying "
        "freight; B sells freight to importers and wants a captain with a ship.",
        a=person(
            "Yann Le Gall",
            """Capitaine, 20 ans de navigation, je commande un voilier-cargo de 35 mètres
            qui traverse l'Atlantique à la voile, 60 tonnes de cale. We did four crossings
            already, crew of seven, all certificates in order.""",
            """The ship sails half empty. I need someone who finds the people who want their
            coffee, cocoa or rum carried without fuel, and signs them for every crossing.""",
            """On vit du vent. Pas de compromis sur la sécurité de l'équipage.""",
            tz=1,
            langs=["fr", "en"],
            loc="Douarnenez",
        ),
        b=person(
            "Hélène Kerbrat",
            """Commerciale fret pendant douze ans chez un transitaire du Havre : je connais
            les importateurs de café, de cacao et de spiritueux, leurs volumes et leurs
            calendriers.""",
            """Qqn à la barre d'un navire de charge poussé par le vent, qui fait vraiment la
            route jusqu'aux Antilles, pour proposer à mes clients un transport
            décarboné.""",
            tz=1,
            langs=["fr", "en"],
            loc="Le Havre",
        ),
        twin=person(
            "Aurélien Tanguy",
            """Responsable commercial chez un commissionnaire de transport, portefeuille
            d'importateurs de produits tropicaux.""",
            """Des investisseurs pour financer la construction d'un cargo à voile de 80
            mètres.""",
            """Penser grand dès le départ.""",
            tz=1,
            langs=["fr", "en"],
            loc="Nantes",
        ),
        one=person(
            "Morgane Jaouen",
            """Chantier naval, nous finissons une coque de goélette de 30 mètres.""",
            """Un capitaine expérimenté au long cours pour les essais en mer et le convoyage
            vers les Antilles.""",
            tz=1,
            langs=["fr"],
            loc="Concarneau",
        ),
        trap=person(
            "Lucía Ferreira",
            """Freight sales for ten years with importers of coffee and cocoa across the
            Americas and Europe.""",
            """A captain with a sailing cargo ship that actually crosses, to offer my
            clients carbon-free shipping.""",
            tz=-6,
            langs=["en", "es", "fr"],
            loc="Mexico City",
        ),
    ),
    # 86 ---------------------------------------------------------------- trap: language
    pair(
        86,
        "cross",
        "school-acoustics",
        "A is an acoustic engineer with cheap sound-absorbing panels for noisy classrooms and "
        "needs someone who knows schools and how they get renovation money; B was a primary "
        "head teacher who wants to fix noisy classrooms and needs the engineering.",
        a=person(
            "Daniel Abernathy",
            """Acoustic engineer, eleven years in building acoustics. I measured 120
            classrooms and most had twice the echo allowed for learning. I designed
            sound-absorbing panels made from recycled felt that cost a fifth of the
            commercial ones and a caretaker can fit them in an afternoon. I can measure a
            room, model it and certify the result.""",
            """I don't know how schools work: who decides, where the money for
            renovations comes from, how to get teachers and local councils on board. I
            need someone who has run a school and can get us into classrooms.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Geneva",
        ),
        b=person(
            "Mélanie Roussel",
            """Directrice d'école primaire pendant quinze ans, puis conseillère auprès de la
            ville de Lyon pour les travaux dans les écoles. Je connais les élus, les services
            techniques, les budgets de rénovation et les enseignants.""",
            """Dans certaines classes on ne s'entend pas, les enfants fatiguent et les
            enseignantes perdent leur voix. Je cherche quelqu'un capable de mesurer le bruit
            d'une salle, de proposer une solution peu chère et de prouver qu'elle
            marche.""",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        twin=person(
            "Solène Marquet",
            """Ancienne directrice d'école, vingt ans dans l'Éducation nationale, puis chargée
            de mission pour les travaux dans les écoles d'une grande ville. Très introduite
            auprès des élus, des services techniques et des enseignants, je connais les
            budgets de rénovation par cœur.""",
            """Un développeur pour créer une application de liaison entre les parents et
            l'école.""",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Toulouse",
        ),
        one=person(
            "Oksana Petrenko",
            """Founder of an open-plan office furniture company, 60 corporate clients.""",
            """An acoustic engineer who can measure rooms and design cheap absorbing panels
            for our desks and partitions.""",
            ro=["sales"],
            rs=["tech"],
            tz=2,
            langs=["en", "uk"],
            loc="Warsaw",
        ),
        trap=person(
            "Carla Benedetti",
            """Sono stata preside di una scuola primaria per dodici anni e conosco i comuni
            e i loro budget per le ristrutturazioni.""",
            """Cerco qualcuno che misuri il rumore nelle aule e proponga una soluzione
            economica.""",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["it"],
            loc="Milano",
        ),
    ),
    # 87 ---------------------------------------------------------------- trap: consent
    pair(
        87,
        "en",
        "hearing-aids",
        "A is an audiologist who wants to sell affordable hearing aids online with remote "
        "fitting and needs someone who has run an online consumer business end to end; B "
        "ran online glasses sales and wants a clinical partner.",
        a=person(
            "Dr. Naomi Feldstein",
            """Audiologist, 13 years in clinics and hospitals. I've fitted thousands of
            hearing aids and, during the pandemic, developed a remote fitting protocol with
            an online hearing test that matched in-clinic results for mild and moderate
            loss. I have a relationship with two manufacturers happy to supply unbranded
            devices, and I'm licensed in three states.""",
            """Most people with hearing loss wait seven years before doing anything, partly
            because of the price. I want to sell good devices directly at a third of the
            usual cost. I need a partner who has already built a company that sells straight to
            the public over the internet: finding buyers cheaply, a shop that converts,
            parcels going out and coming back, a help line that doesn't make old people
            cry.""",
            """Honest pricing. Never sell a device to someone who needs a doctor first.""",
            ro=["domain"],
            tz=-5,
            langs=["en"],
            loc="Philadelphia",
        ),
        b=person(
            "Kevin Osei",
            """Ran operations and growth for an online glasses brand from launch to 40M a
            year: paid acquisition, site and checkout, the warehouse, returns, a call
            centre of 60. I know how to sell a medical-ish product to people in their
            sixties online.""",
            """I want to do the same for hearing, which is where glasses were ten years ago.
            I need a hearing specialist with a clinical licence who can design the
            medical side, decide who must see a doctor, and make adjusting devices at a
            distance safe.""",
            """Affordable, clinically sound, profitable.""",
            ro=["operations", "marketing"],
            rs=["domain"],
            tz=-5,
            langs=["en"],
            loc="New York",
        ),
        twin=person(
            "Lindsey Carrow",
            """E-commerce operator: grew a direct-to-consumer skincare brand from launch to
            25M a year. Paid acquisition, site and checkout, warehouse and fulfilment,
            returns, a customer-care team of 40, and a lot of customers over sixty.""",
            """A product designer for a sneaker line I want to launch next year.""",
            """Hype drops, scarcity marketing, fast growth.""",
            ro=["operations", "marketing"],
            rs=["design"],
            tz=-6,
            langs=["en"],
            loc="Austin",
        ),
        one=person(
            "Minho Park",
            """Chip designer; our start-up makes a low-power hearing aid processor and we
            have 5,000 samples.""",
            """An experienced audiologist who has fitted thousands of devices and knows remote
            fitting, to tune our fitting algorithm, run clinical tests and bring
            manufacturer contacts.""",
            ro=["tech"],
            rs=["domain"],
            tz=-8,
            langs=["en", "ko"],
            loc="San Jose",
        ),
        trap=person(
            "Rachel Doyle",
            """Built and ran an online contact-lens business: acquisition, checkout,
            fulfilment, support for older customers.""",
            """A licensed audiologist to design remote fitting for affordable hearing aids
            sold online.""",
            ro=["operations", "marketing"],
            rs=["domain"],
            tz=-5,
            langs=["en"],
            loc="Boston",
            consent=False,
        ),
    ),
    # 88 ---------------------------------------------------------------- trap: visibility
    pair(
        88,
        "cross",
        "textile-recycling",
        "A has a process that separates cotton from polyester in blended clothes and needs "
        "someone who can get fashion brands to buy the fibre; B buys materials for brands "
        "and wants a real recycled-blend supply.",
        a=person(
            "Clémence Aubertot",
            """Ingénieure textile, docteure en chimie des polymères. J'ai mis au point un
            procédé qui sépare le coton du polyester dans les vêtements mélangés, avec une
            ligne pilote de 200 kg par jour dans les Vosges. Les fibres récupérées passent
            les tests de filature.""",
            """Je ne connais personne chez les marques. Il me faut quelqu'un qui sache
            comment les maisons de mode choisissent leurs matières, qui négocie avec leurs
            équipes et décroche les premières commandes de fil recyclé.""",
            """Réduire vraiment les déchets, pas faire de la communication.""",
            tz=1,
            langs=["fr", "en"],
            loc="Épinal",
        ),
        b=person(
            "Sunita Mehra",
            "Materials sourcing lead at two fashion brands, 10 yrs. I know every buyer in EU fashion.",
            "Someone with a working process to turn blended old clothes into new yarn.",
            tz=1,
            langs=["en", "fr", "hi"],
            loc="Amsterdam",
        ),
        twin=person(
            "Lotte Jansen",
            "Sourcing manager for fashion brands, supplier network in Portugal and Turkey.",
            "A fashion designer to launch my own label.",
            "Trend-driven, fast collections.",
            tz=1,
            langs=["en", "nl"],
            loc="Rotterdam",
        ),
        one=person(
            "Béatrice Rollin",
            """I run a fashion design school in Lille, 300 students.""",
            """A textile engineer who knows how to separate and recycle blended fibres, to
            create and teach a course on it.""",
            tz=1,
            langs=["en", "fr"],
            loc="Roubaix",
        ),
        trap=person(
            "Amelia Cho",
            "Raw-materials buyer for fashion brands, 9 years, strong buyer network.",
            "A chemist with a pilot line that separates cotton and polyester.",
            tz=0,
            langs=["en", "fr"],
            loc="London",
            vis="private",
        ),
    ),
    # 89 ---------------------------------------------------------------- trap: commitment
    pair(
        89,
        "fr",
        "home-adaptation",
        "A is an occupational therapist who assesses elderly people's homes and needs "
        "someone who does the works; B is a plumber-builder who needs someone to assess needs "
        "and find the public money.",
        a=person(
            "Inès Fontaine",
            "ergo D.E., 8 ans en gériatrie, visites à domicile, dossiers d'aides",
            "un artisan qui fasse les travaux (douche, barres, rampes) proprement et vite",
            tz=1,
            langs=["fr"],
            loc="Dijon",
        ),
        b=person(
            "Sébastien Roux",
            "Plombier chauffagiste, 4 salariés, je refais des salles de bain.",
            "Une ergothérapeute pour évaluer les besoins et trouver les aides publiques.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Beaune",
        ),
        twin=person(
            "Fabrice Millet",
            "Artisan carreleur-plombier, salles de bain clé en main.",
            "Un comptable pour tenir ma gestion et mes devis.",
            ro=["operations"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
            loc="Dijon",
        ),
        one=person(
            "Nathalie Guérin",
            "Agence d'aide à domicile, 250 clients âgés.",
            "Une ergothérapeute pour évaluer les logements de nos clients.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Chalon",
        ),
        trap=person(
            "Marc Lebreton",
            "Entreprise de plomberie et maçonnerie, adaptation de logements.",
            "Une ergo qui évalue et monte les dossiers d'aides.",
            ro=["operations"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["fr"],
            loc="Dijon",
        ),
    ),
    # 90 ---------------------------------------------------------------- trap: timezone
    pair(
        90,
        "cross",
        "public-saunas",
        "A builds wood-fired public saunas and needs someone who runs public pools and "
        "leisure sites; B manages municipal pools and wants a sauna builder.",
        a=person(
            "Aino Lehtinen",
            """Sauna builder from Tampere, fourteen years. I design and build wood-fired
            public saunas for 20 to 60 people: stoves, ventilation, timber that survives
            steam, the safety rules, and how to run them with one attendant. Eleven public
            saunas built in Finland and Estonia.""",
            """Sauna culture is spreading south and I'd like to build by the water in
            other countries, but I don't know who runs the swimming sites there. I need a
            partner who manages public bathing places, knows the towns that own them and
            can get a first one approved.""",
            tz=2,
            langs=["en", "fr", "fi"],
            loc="Tampere",
        ),
        b=person(
            "Jérôme Vanhove",
            "Je gère 6 piscines et 2 plages de baignade pour une intercommunalité.",
            "Qqn qui sache bâtir des bains de vapeur finlandais chauffés au bois, ouverts à tous.",
            tz=1,
            langs=["fr", "en"],
            loc="Bruxelles",
        ),
        twin=person(
            "Bertrand Carpentier",
            "Directeur de centres aquatiques municipaux, 4 piscines en Île-de-France.",
            "Un installateur de panneaux solaires pour chauffer nos bassins.",
            "Rentabiliser chaque équipement.",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        twin2=person(
            "Grace Okafor",
            "Leisure centre manager for a city council, 5 pools and a lido.",
            "A fund-raiser to refurbish our lido.",
            tz=1,
            langs=["en"],
            loc="Amsterdam",
        ),
        one=person(
            "Pauline Decroix",
            """Je dirige un camping haut de gamme au bord d'un lac dans le Jura.""",
            """Quelqu'un qui construit des saunas au feu de bois pour nos clients, au bord
            du lac.""",
            tz=1,
            langs=["fr"],
            loc="Lons-le-Saunier",
        ),
        trap=person(
            "Antoine Gagnon",
            "Gestionnaire de piscines et de plages municipales, 8 sites.",
            "Un constructeur de saunas publics au feu de bois.",
            tz=-5,
            langs=["fr", "en"],
            loc="Montréal",
        ),
    ),
    # 91 ---------------------------------------------------------------- trap: language
    pair(
        91,
        "fr",
        "glass-crafts",
        "A is a glassblower who can make custom lighting and needs someone who gets hotel "
        "and interior projects; B is an interior designer for hotels who wants an artisan "
        "able to produce bespoke glass pieces.",
        a=person(
            "Matthieu Allard",
            "Souffleur de verre, atelier à Biot, suspensions et pièces uniques sur mesure.",
            "Je cherche qui m'apporte des commandes de l'hôtellerie et des restaurants.",
            tz=1,
            langs=["fr"],
            loc="Biot",
        ),
        b=person(
            "Sarah Benyamina",
            "Architecte d'intérieur pour hôtels boutique, 25 projets livrés.",
            "Un artisan qui façonne lui-même des luminaires qu'on ne trouve nulle part ailleurs.",
            ro=["design"],
            tz=1,
            langs=["fr"],
            loc="Nice",
        ),
        twin=person(
            "Capucine Morel",
            "Décoratrice d'intérieur, hôtels et restaurants sur la Côte d'Azur.",
            "Un fabricant de meubles au Portugal pour produire ma propre collection.",
            "Volume et marges.",
            ro=["design"],
            tz=1,
            langs=["fr"],
            loc="Cannes",
        ),
        one=person(
            "Hugues Lamarque",
            "Je dirige un musée du verre, 80 000 visiteurs par an.",
            "Un souffleur de verre pour des démonstrations quotidiennes au musée.",
            tz=1,
            langs=["fr"],
            loc="Biot",
        ),
        trap=person(
            "Olivia Barnes",
            "Interior designer for boutique hotels, 30 projects on the Riviera.",
            "A glassblower who can make one-off lighting for my hotel projects.",
            ro=["design"],
            tz=1,
            langs=["en"],
            loc="Monaco",
        ),
    ),
    # 92 ---------------------------------------------------------------- trap: consent
    pair(
        92,
        "cross",
        "fishing",
        "A chairs a cooperative of small line-fishing boats and needs someone to sell the "
        "catch directly to restaurants abroad; B trades seafood to London restaurants and "
        "wants a steady traceable supply.",
        a=person(
            "Gwenaël Le Bihan",
            "Patron pêcheur, je préside une coopé de 30 bateaux de ligne. Bar, lieu, maquereau.",
            "Qqn qui vende notre poisson direct aux cuisines des grandes villes étrangères.",
            "Pêche durable, prix justes pour les marins.",
            tz=1,
            langs=["fr", "en"],
            loc="Le Guilvinec",
        ),
        b=person(
            "Oliver Trask",
            """Seafood trader for twelve years: I supply 140 London restaurants, handle
            the cold chain across the Channel, customs and payment terms, and I know which
            chefs pay extra for fish they can trace to the boat.""",
            """I'm looking for a reliable source of line-caught fish from small boats, with
            the name of the boat on every box, and someone who can speak for the
            fishermen.""",
            """Respect for the sea and for the people who fish it.""",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Hugh Pemberton",
            """Seafood importer for fifteen years, supplying 120 restaurants and fishmongers
            across London. Cold chain across the Channel, customs and payment terms
            in-house, and chefs who trust our traceability.""",
            """An investor for a salmon farm in Scotland I want to build.""",
            """Scale and efficiency.""",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        one=person(
            "Anne-Sophie Quéré",
            """Conserverie familiale à Douarnenez, sardines et maquereaux, 3 lignes de
            production.""",
            """Une coopérative de petits bateaux de ligne, avec des patrons qui pêchent
            durablement, pour un approvisionnement régulier en maquereau et en bar
            frais.""",
            tz=1,
            langs=["fr"],
            loc="Douarnenez",
        ),
        trap=person(
            "Fiona McLeod",
            """I sell fish to 100 restaurants in London and Edinburgh and handle
            cross-Channel logistics.""",
            """A cooperative of small line-fishing boats that wants to sell straight to
            chefs.""",
            tz=0,
            langs=["en", "fr"],
            loc="Edinburgh",
            consent=False,
        ),
    ),
    # 93 ---------------------------------------------------------------- trap: visibility
    pair(
        93,
        "en",
        "musical-instruments",
        "A is a violin maker who restores student instruments and needs someone to run a "
        "rental scheme with schools; B ran a music education service and wants a maker.",
        a=person(
            "Agnieszka Dąbrowska",
            "luthier, i restore old violins/cellos for studnets, 15 yrs",
            "someone to deal with head teachers + run rentals (paperwork, deliveries, money)",
            ro=["domain"],
            tz=0,
            langs=["en", "pl"],
            loc="Bristol",
        ),
        b=person(
            "Colin Fairweather",
            "Ran a county music service: 90 schools, 4,000 pupils, contracts and funding.",
            "A maker who can repair and set up strings instruments for kids.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Bath",
        ),
        twin=person(
            "Janet Holloway",
            "Former music hub manager, schools, pupils and funding.",
            "A developer to build a lesson-booking app.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Exeter",
        ),
        one=person(
            "Frederik Olsen",
            "Tonewood supplier, spruce and maple from Bosnia.",
            "A luthier to co-design a student violin made from our wood.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["en", "da"],
            loc="Copenhagen",
        ),
        trap=person(
            "Stuart Nettleton",
            "Ran school music services, 70 schools, contracts and pupil rentals.",
            "A luthier to restore and maintain student violins and cellos.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Gloucester",
            vis="private",
        ),
    ),
    # 94 ---------------------------------------------------------------- trap: commitment
    pair(
        94,
        "cross",
        "modular-housing",
        "A builds small prefab homes for backyards and needs someone who knows municipal "
        "zoning and permits; B is a town planner who wants backyard homes allowed and needs "
        "a builder.",
        a=person(
            "Megan Lockhart",
            """Builder, 15 years, the last six making small prefab homes in my shop near
            Ottawa: 40 m2 units, fully finished, craned into a backyard in a day. I've
            delivered 28 units to rural properties and I can price, build and certify
            them.""",
            """Cities now say they want more homes, but every backyard project dies in the
            permit office. I need someone who knows town rules and the people who
            apply them, can change the by-laws where needed, and can get a whole
            neighbourhood approved at once.""",
            ro=["domain"],
            rs=["operations"],
            tz=-5,
            langs=["en", "fr"],
            loc="Cornwall, Ontario",
        ),
        b=person(
            "Jean-François Bédard",
            """Urbaniste municipal pendant quinze ans à Gatineau. J'ai réécrit les
            règlements de zonage de trois quartiers et je connais les comités, les élus et
            les inspecteurs de toute la région.""",
            """On pourrait loger des milliers de personnes dans les cours arrière, mais
            personne ne sait les construire vite et bien. Je cherche une constructrice ou
            un constructeur de petites maisons préfabriquées.""",
            ro=["operations"],
            rs=["domain"],
            tz=-5,
            langs=["fr", "en"],
            loc="Gatineau",
        ),
        twin=person(
            "Mathieu Lavoie",
            """Urbaniste depuis dix ans pour trois municipalités de l'Outaouais : j'ai réécrit
            des règlements de zonage, je connais les comités d'urbanisme, les élus et les
            inspecteurs, et je sais faire passer un projet de densification douce.""",
            """Un associé qui finance l'achat de terrains pour des projets de
            copropriétés.""",
            ro=["operations"],
            rs=["finance"],
            tz=-5,
            langs=["fr", "en"],
            loc="Trois-Rivières",
        ),
        twin2=person(
            "Samira Haddad",
            """Former municipal planner; zoning by-laws and permits, good relations with
            councils across eastern Ontario.""",
            """A growth marketer to launch a permit-tracking app for homeowners.""",
            ro=["operations"],
            rs=["marketing"],
            tz=-5,
            langs=["en"],
            loc="Kingston",
        ),
        one=person(
            "Lucas Whitmore",
            """I own 60 rural lots and want to put rental homes on them.""",
            """A builder of small prefab homes who can build and deliver units quickly.""",
            ro=["finance"],
            rs=["domain"],
            tz=-5,
            langs=["en"],
            loc="Ottawa",
        ),
        trap=person(
            "Isabelle Tardif",
            """Urbaniste, j'ai fait adopter des règlements pour les maisons en cour
            arrière.""",
            """Une personne qui construit des petites maisons préfabriquées.""",
            ro=["operations"],
            rs=["domain"],
            c="side-project",
            tz=-5,
            langs=["fr", "en"],
            loc="Sherbrooke",
        ),
    ),
    # 95 ---------------------------------------------------------------- trap: timezone
    pair(
        95,
        "en",
        "genealogy",
        "A is an archivist who reads old handwriting and parish records and needs someone who "
        "can gather and keep a large paying community of hobbyists; B grew big hobbyist "
        "communities and wants deep expert content.",
        a=person(
            "Fiona MacAulay",
            """Archivist and palaeographer; twenty years at the national records office in
            Edinburgh. I read secretary hand, Latin parish registers and Gaelic estate
            papers, and I have a catalogue in my head of where records for any Scottish
            parish survive. I've taught evening classes to hundreds of family historians
            and written two guides that still sell.""",
            """I want to turn this into a membership where people get help with their own
            brick walls, live sessions and transcriptions. What I can't do is bring people
            together online: find them, keep them talking to each other, run the live
            gatherings, and make them happy to pay every month. I need someone who has done that at a
            real scale.""",
            """Generosity with knowledge. Records belong to everyone; we charge for time
            and teaching, never for access.""",
            ro=["domain"],
            rs=["marketing"],
            tz=0,
            langs=["en", "gd"],
            loc="Edinburgh",
        ),
        b=person(
            "Lorenzo Bianchi",
            """Community builder. I grew a birdwatching forum and Discord from zero to
            80,000 members in five years, with 6,000 paying supporters, moderators,
            monthly live events and regional meet-ups. I handle the platform, the
            newsletter, the paid tiers and the moderation policies.""",
            """I want my next community to be around something with depth, where an expert
            is the beating heart. I'm looking for a real authority in a hobby field, who
            can teach, answer hard questions and produce content people will keep paying
            for.""",
            """Members first; kindness is moderated in, not hoped for.""",
            ro=["marketing"],
            rs=["domain"],
            tz=1,
            langs=["en", "it"],
            loc="Turin",
        ),
        twin=person(
            "Becky Thornton",
            """Community manager for seven years: I built a 50,000-member Facebook and
            Discord community for a knitting brand from nothing, with moderators, monthly
            live events, regional meet-ups and 4,000 paying members. Newsletter, paid
            tiers and moderation policies are my daily job.""",
            """A developer who can build our own app so we leave Facebook.""",
            """Growth, engagement metrics, virality.""",
            ro=["marketing"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Manchester",
        ),
        one=person(
            "Dr. Erik Sandvold",
            """Head of product at a consumer DNA-testing company, 900,000 customers.""",
            """An archivist who reads old handwriting and knows where parish and estate
            records survive, and who can teach, to build a research service on top of our
            DNA matches.""",
            ro=["product"],
            rs=["domain"],
            tz=1,
            langs=["en", "no"],
            loc="Oslo",
        ),
        trap=person(
            "Chloe Nguyen",
            """Community builder: grew a history-lovers' forum to 60k members with paid
            tiers and live events.""",
            """An archives expert who can read old scripts and teach family historians.""",
            ro=["marketing"],
            rs=["domain"],
            tz=10,
            langs=["en"],
            loc="Sydney",
        ),
    ),
    # 96 ---------------------------------------------------------------- trap: language
    pair(
        96,
        "mixed",
        "bakery",
        "A is a baker with two busy bakeries who needs someone to handle money and growth; "
        "B is a finance person who wants a craft business to grow.",
        a=person(
            "Fabien Morisset",
            "boulanger, j'ai 2 boulangeries à Montréal, levain et viennoiserie, 1200 clients/jour",
            "I need a money person for the banks, cash flow and a 3rd shop without going broke",
            rs=["finance"],
            tz=-5,
            langs=["fr", "en"],
            loc="Montréal",
        ),
        b=person(
            "Anjali Raman",
            """CFO-for-hire for small food businesses for eight years: cash flow, bank
            loans, lease negotiations, opening budgets for new locations.""",
            """A craftsman with a product people queue for, who wants to grow carefully and
            needs a partner on the numbers.""",
            """Profit is oxygen, not the goal.""",
            ro=["finance"],
            rs=["domain"],
            tz=-5,
            langs=["en", "fr"],
            loc="Montréal",
        ),
        twin=person(
            "Derek Campbell",
            """Finance lead for a café chain for nine years: opened 20 franchise cafés, cash
            flow, bank loans, lease negotiations and opening budgets.""",
            """A partner who can sell franchises aggressively across Canada.""",
            """Fast expansion through franchising.""",
            ro=["finance"],
            rs=["sales"],
            tz=-5,
            langs=["en", "fr"],
            loc="Toronto",
        ),
        one=person(
            "Claudine Ouellet",
            """Meunerie artisanale, farines bio de blés anciens, 200 t par an.""",
            """Un boulanger au levain reconnu pour développer des recettes avec nos
            farines.""",
            ro=["operations"],
            rs=["domain"],
            tz=-5,
            langs=["fr"],
            loc="Saint-Hyacinthe",
        ),
        trap=person(
            "Giulia Ferraro",
            """Direttrice finanziaria per piccole imprese alimentari: flussi di cassa,
            prestiti bancari, budget per nuovi negozi.""",
            """Un artigiano panettiere con un prodotto amato che vuole crescere con
            prudenza.""",
            ro=["finance"],
            rs=["domain"],
            tz=-5,
            langs=["it"],
            loc="Montréal",
        ),
    ),
]
