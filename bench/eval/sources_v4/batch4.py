"""Pairs 49-64 of complementary_v4."""

from people import pair, person

PAIRS = [
    # 49 ---------------------------------------------------------------- trap: commitment
    pair(
        49,
        "cross",
        "spent-grain-bakery",
        "A is a baker who wants to bake with brewers' spent grain; B runs a brewery and "
        "wants someone to turn his grain waste into food.",
        a=person(
            "Anne-Sophie Marchand",
            """Boulangère depuis quinze ans à Lille, je fais 600 pains par jour au levain
            et je livre vingt restaurants. J'ai testé des pains et des crackers aux drêches
            de brasserie, mes clients adorent, mais je n'ai aucun approvisionnement
            régulier.""",
            """Je cherche quelqu'un qui produit ces drêches chaque semaine, qui peut les
            sécher ou les livrer fraîches, et qui voudrait en faire un vrai produit avec
            moi.""",
            """Rien ne se jette quand ça se mange.""",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        b=person(
            "Niels Verhoeven",
            "I brew 2,000 hl a year in Kortrijk; 30 tonnes of spent grain go to waste.",
            "A serious baker who can turn the grain into bread people pay for.",
            tz=1,
            langs=["en", "nl", "fr"],
            loc="Kortrijk",
        ),
        twin=person(
            "Sean Fogarty",
            "I brew beer in Lille and sell spent grain to farmers.",
            "An investor to build a second brewhouse.",
            tz=1,
            langs=["en"],
        ),
        one=person(
            "Corinne Vasseur",
            "Je tiens une épicerie zéro déchet à Roubaix.",
            "Une boulangère qui me livre des pains originaux.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Bram Claes",
            "I brew beer in Ghent and have tonnes of spent grain.",
            "A baker who can turn the grain into bread.",
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 50 ---------------------------------------------------------------- trap: timezone
    pair(
        50,
        "en",
        "locksmith-smart-locks",
        "A is a locksmith whose customers want smart locks he can't support; B builds smart "
        "lock firmware and wants an installer network.",
        a=person(
            "Terry Bannon",
            "Locksmith, 24/7 call-outs, 3 vans in Birmingham.",
            "Someone who knows the electronic door gadgets inside out, code and all.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Birmingham",
        ),
        b=person(
            "Aisha Chowdhury",
            "Embedded engineer; I write firmware for smart locks.",
            "A trusted tradesman who fits locks in homes every day.",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en", "bn"],
            loc="Coventry",
        ),
        twin=person(
            "Gavin Shore",
            "Firmware engineer for smart thermostats.",
            "A heating engineer network to install them.",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Paula Dent",
            "I manage 300 rental flats and keys are a nightmare.",
            "A locksmith who can change locks between tenants fast.",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Tyler Ridgeway",
            "Firmware engineer for smart locks, Seattle.",
            "A locksmith with vans and daily jobs.",
            ro=["tech"],
            rs=["operations"],
            tz=-8,
            langs=["en"],
        ),
    ),
    # 51 ---------------------------------------------------------------- trap: language
    pair(
        51,
        "cross",
        "canoe-rental",
        "A runs canoe trips on a river and wants the shuttle and bookings run properly; B "
        "runs a minibus service and wants seasonal work.",
        a=person(
            "Frank Hollander",
            """I guide canoe trips on the Ardèche: 40 boats, five guides, and we know every
            rapid. Customers paddle downstream and someone has to bring them and the boats
            back up the valley.""",
            """Our shuttles are a mess of borrowed vans and late pickups. I want a partner
            who runs vehicles and drivers, knows the licences for carrying passengers and
            trailers, and can plan pickups along the river every day of summer.""",
            """Leave the river cleaner than we found it.""",
            tz=1,
            langs=["en", "fr", "nl"],
            loc="Vallon-Pont-d'Arc",
        ),
        b=person(
            "Serge Pradal",
            """J'ai une petite compagnie de minibus à Aubenas : six véhicules, huit
            chauffeurs, des remorques et les licences de transport de voyageurs.""",
            """L'hiver je fais du scolaire, l'été mes bus dorment. Je cherche une activité
            de loisir qui a besoin de transporter des gens et du matériel chaque jour de
            la saison, avec quelqu'un qui connaît bien son métier.""",
            """Des horaires tenus, des chauffeurs bien payés.""",
            tz=1,
            langs=["fr"],
            loc="Aubenas",
        ),
        twin=person(
            "Nicolas Teyssier",
            """Je gère une flotte de minibus pour les mariages.""",
            """Un wedding planner associé.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Linde Bakker",
            """I run a campsite on the Ardèche with 200 pitches.""",
            """A canoe outfitter who takes our guests down the river.""",
            tz=1,
            langs=["en", "nl"],
        ),
        trap=person(
            "Hiroshi Kondo",
            """ミニバスの会社を経営しています。夏に仕事が欲しいです。""",
            """川下りのガイド会社と組みたい。""",
            tz=1,
            langs=["ja"],
        ),
    ),
    # 52 ---------------------------------------------------------------- trap: consent
    pair(
        52,
        "fr",
        "cutlery-forge",
        "A est forgeron coutelier et veut vendre ses couteaux aux chefs; B fournit les "
        "cuisines des restaurants et cherche des couteaux faits main.",
        a=person(
            "Loïs Chambon",
            "Forgeron coutelier à Thiers, je forge des lames en acier carbone.",
            """Je passe mes journées à la forge et je ne vends rien. Je voudrais un associé
            qui connaît les chefs, qui sait présenter un couteau en cuisine et qui gère les
            commandes des restaurants.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Thiers",
        ),
        b=person(
            "Damien Chaumeil",
            """Commercial pour un grossiste en équipement de cuisine pro, dix ans, 400
            restaurants en Auvergne et à Lyon.""",
            """Les chefs veulent des lames faites à la main et je n'ai rien de sérieux à leur
            proposer. Je cherche un artisan qui les forge lui-même.""",
            """Un bon outil dure une carrière.""",
            tz=1,
            langs=["fr"],
            loc="Clermont-Ferrand",
        ),
        twin=person(
            "Valentin Gaudry",
            """Commercial en équipement de cuisine pour les cantines.""",
            """Un investisseur pour racheter un grossiste.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Chef Amandine Roy",
            """Cheffe étoilée, je cherche des couteaux uniques pour ma brigade.""",
            """Un coutelier qui forge une série à mon nom.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rémi Faucher",
            """Je vends de l'équipement aux restaurants lyonnais.""",
            """Un forgeron qui fabrique des couteaux de chef.""",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 53 ---------------------------------------------------------------- trap: visibility
    pair(
        53,
        "cross",
        "festival-night-buses",
        "A organises rural music festivals and wants safe night transport home; B plans bus "
        "networks and wants event clients.",
        a=person(
            "Clémence Roy",
            "J'organise trois festivals en Bretagne, 15 000 festivaliers chacun.",
            "Qqn qui ramène les gens chez eux la nuit, sans alcool au volant.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Carhaix",
        ),
        b=person(
            "Liam Gorman",
            "I plan bus routes and timetables; I run night buses for big events.",
            "Event organisers who need thousands of people moved after midnight.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Dublin",
        ),
        twin=person(
            "Becky Marsh",
            "I plan bus routes for school transport in Wales.",
            "A council contract manager to win tenders.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Tanguy Riou",
            "Je fais des concerts dans les bars du Finistère.",
            "Une organisatrice de festivals qui me programme.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Niamh Walsh",
            "I run night buses for festivals and concerts.",
            "A festival organiser who needs people moved after midnight.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 54 ---------------------------------------------------------------- trap: commitment
    pair(
        54,
        "mixed",
        "sheltered-housing-meals",
        "A manages sheltered housing and wants hot meals for residents; B is a caterer who "
        "wants a steady contract for elderly diners.",
        a=person(
            "Agathe Leroux",
            """Je gère des résidences autonomie à Bordeaux, 180 résidents. Many of them
            skip lunch because the stairs and shopping are too hard, and the council has
            cut our cook. I need a partner who can cook proper hot meals, soft food for
            those who need it, and bring them every day at a fair price.""",
            """Des repas chauds, du goût, et quelqu'un qui vient dire bonjour.""",
            ro=["operations"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
            loc="Bordeaux",
        ),
        b=person(
            "Julien Lacombe",
            """Traiteur à Mérignac, cuisine de 200 couverts, textures adaptées pour les
            personnes âgées, livraison en véhicule frigorifique.""",
            """Je cherche une structure qui loge des personnes âgées et qui veut des repas
            tous les jours, avec un contrat long.""",
            """Manger est un plaisir, même à 90 ans.""",
            c="part-time",
            tz=1,
            langs=["fr"],
            loc="Mérignac",
        ),
        twin=person(
            "Stéphane Vidal",
            """Traiteur pour les mariages et les séminaires à Bordeaux.""",
            """Une salle de réception à reprendre avec un associé.""",
            c="part-time",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Camille Nguyen",
            """I'm a care assistant and want to work in sheltered housing.""",
            """A manager who hires staff for residents' daily life.""",
            rs=["operations"],
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Francis Morel",
            """Traiteur, textures adaptées pour les personnes âgées.""",
            """Une résidence qui veut des repas chaque jour.""",
            c="full-time",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 55 ---------------------------------------------------------------- trap: timezone
    pair(
        55,
        "cross",
        "ski-instructor-housing",
        "A is a ski school director who can't hire instructors for lack of housing; B "
        "converts old buildings into staff housing and wants an anchor tenant.",
        a=person(
            "Hamish Cairns",
            "Ski school director in Val d'Isère; 70 instructors, no beds for them.",
            """Every winter I lose good instructors because they can't find a room. I need
            a partner who can find old buildings in the valley, convert them into decent
            staff flats and run them, so I can promise housing when I hire.""",
            tz=1,
            langs=["en", "fr"],
            loc="Val d'Isère",
        ),
        b=person(
            "Odile Bonnefoy",
            "Je transforme de vieux bâtiments en logements pour saisonniers.",
            "Un employeur qui me garantit des locataires chaque hiver.",
            tz=1,
            langs=["fr", "en"],
            loc="Bourg-Saint-Maurice",
        ),
        twin=person(
            "Lionel Besson",
            "Je rénove des chalets pour les vendre aux étrangers.",
            "Un agent immobilier qui a des acheteurs anglais.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Chloe Winters",
            "I'm a ski instructor looking for a winter job with a room.",
            "A ski school that hires and houses its staff.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Sakura Ito",
            "I convert old buildings into seasonal staff housing in Niseko.",
            "A ski school that guarantees me tenants.",
            tz=9,
            langs=["en", "ja"],
        ),
    ),
    # 56 ---------------------------------------------------------------- trap: language
    pair(
        56,
        "en",
        "veterinary-compounding",
        "A is a zoo vet who can't get medicines in the right doses for odd-sized animals; B "
        "is a compounding pharmacist who wants veterinary work.",
        a=person(
            "Dr. Ingrid Aasheim",
            "Zoo vet; I treat 300 species from shrews to rhinos.",
            "Someone who can prepare any drug to order, tiny or huge, tasty to fussy eaters.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["en", "no"],
            loc="Oslo",
        ),
        b=person(
            "Marek Novak",
            "Compounding pharmacist; I make custom doses, pastes and flavoured liquids.",
            "A vet with unusual patients who needs made-to-order medicines.",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "cs"],
            loc="Prague",
        ),
        twin=person(
            "Helen Osei",
            "Compounding pharmacist for hospices.",
            "A palliative care doctor to design pain protocols.",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Bjørn Haugen",
            "Zoo director, we're short of vets.",
            "A vet who can treat many species, full time.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "no"],
        ),
        trap=person(
            "Paolo Greco",
            "Farmacista galenico, preparo dosi su misura.",
            "Un veterinario con pazienti insoliti.",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["it"],
        ),
    ),
    # 57 ---------------------------------------------------------------- trap: consent
    pair(
        57,
        "cross",
        "harp-making",
        "A is a harp maker with a waiting list and wants the strings and hardware made in "
        "series; B is a CNC machinist who wants an instrument maker to work for.",
        a=person(
            "Maëlys Caradec",
            """Luthière de harpes celtiques depuis vingt ans à Quimperlé. J'ai deux ans de
            liste d'attente : chaque harpe me prend six semaines, dont trois à fabriquer à
            la main des leviers, des chevilles et des pièces de métal.""",
            "Quelqu'un qui usine ces pièces en série, précises et belles.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Quimperlé",
        ),
        b=person(
            "Aled Morgan",
            "CNC machinist; small batches of brass and steel parts, very fine tolerances.",
            "A craftsperson with more orders than hands, who needs parts made.",
            tz=0,
            langs=["en"],
            loc="Swansea",
        ),
        twin=person(
            "Kurt Lindner",
            "CNC shop, I machine parts for racing bikes.",
            "A bike brand to sign a yearly contract.",
            tz=1,
            langs=["en"],
        ),
        one=person(
            "Soline Le Roux",
            "Je donne des cours de harpe et j'ai vingt élèves.",
            "Une luthière qui loue des harpes à mes élèves.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Gethin Lloyd",
            "CNC machinist, fine brass parts in small batches.",
            "An instrument maker who needs parts made.",
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 58 ---------------------------------------------------------------- trap: visibility
    pair(
        58,
        "fr",
        "bus-driver-training",
        "A forme des conducteurs de bus et manque de candidats; B accompagne des demandeurs "
        "d'emploi et veut des formations qui débouchent sur un poste.",
        a=person(
            "Pascal Guillemin",
            """Je dirige un centre de formation au permis de transport en commun à Dijon :
            quatre bus, six formateurs, 90 % de réussite. Les réseaux de la région
            manquent de 300 conducteurs.""",
            """Mes places restent vides. Il me faut quelqu'un qui connaît les personnes en
            recherche d'emploi, qui sait les repérer, les convaincre et trouver qui
            paiera leurs cours.""",
            """Un métier utile, qui fait vivre une famille.""",
            tz=1,
            langs=["fr"],
            loc="Dijon",
        ),
        b=person(
            "Nadia Chérif",
            """Conseillère en insertion depuis douze ans, je suis 200 personnes par an et je
            connais tous les financeurs de la formation en Bourgogne.""",
            """Je cherche un organisme qui forme à un vrai métier qui recrute tout de suite,
            et qui veut travailler avec moi sur la sélection et le suivi.""",
            """Personne n'est inemployable.""",
            tz=1,
            langs=["fr"],
            loc="Chalon-sur-Saône",
        ),
        twin=person(
            "Karine Laurent",
            """Conseillère en insertion pour les jeunes sans diplôme.""",
            """Une association sportive qui les accueille le soir.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Luc Perrot",
            """Je dirige un réseau de bus qui manque de conducteurs.""",
            """Un centre qui forme des conducteurs pour nous.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Myriam Brahimi",
            """Conseillère en insertion, je connais les financeurs.""",
            """Un centre qui forme à un métier qui recrute.""",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 59 ---------------------------------------------------------------- trap: commitment
    pair(
        59,
        "cross",
        "rural-coworking",
        "A owns a disused railway station and wants it turned into a coworking space; B runs "
        "coworking spaces and wants a building in the countryside.",
        a=person(
            "Graham Tate",
            "I own an old railway station in the Perche, 400 m² and a big garden.",
            "Someone who knows how to fill a workspace with remote workers and run it.",
            ro=["finance"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Nogent-le-Rotrou",
        ),
        b=person(
            "Émilie Courtois",
            "Je gère deux espaces de coworking à Paris, 150 membres.",
            "Un propriétaire avec un beau bâtiment à la campagne près d'une gare.",
            ro=["operations"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        twin=person(
            "Bastien Roger",
            "Je gère un coworking à Lyon pour les start-up.",
            "Un investisseur pour ouvrir cinq sites.",
            ro=["operations"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Lucy Harper",
            "I'm a remote designer and want a desk in the countryside.",
            "A building owner who rents quiet desks near a station.",
            rs=["finance"],
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Cécile Morin",
            "Je gère des coworkings à Paris, 120 membres.",
            "Un propriétaire avec un bâtiment à la campagne.",
            ro=["operations"],
            rs=["finance"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 60 ---------------------------------------------------------------- trap: timezone
    pair(
        60,
        "mixed",
        "surf-wax",
        "A makes plant-based surf wax and wants it in surf shops; B distributes surf "
        "accessories across Europe and wants eco products.",
        a=person(
            "Manon Etchepare",
            "Je fais du wax de surf végétal à Biarritz, small batches.",
            """I have a great product and no idea how to get it into shops. I need a
            partner who already sells to surf shops across Europe, with a van, a warehouse
            and buyers who pick up the phone.""",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Biarritz",
        ),
        b=person(
            "Nuno Alves",
            "I distribute surf accessories to 250 shops in Europe.",
            "Someone who makes green surf products that shops will stock.",
            tz=0,
            langs=["en", "pt", "fr"],
            loc="Ericeira",
        ),
        twin=person(
            "Jack Trevithick",
            "I distribute wetsuits to surf shops in the UK.",
            "A brand owner who sells me her stock at cost.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Iñaki Zubiri",
            "Je tiens un surf shop à Hossegor.",
            "Une fabricante de wax que je peux vendre.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Kai Nakamura",
            "I distribute surf gear to shops in Hawaii.",
            "A green surf wax maker.",
            tz=-10,
            langs=["en", "fr"],
        ),
    ),
    # 61 ---------------------------------------------------------------- trap: language
    pair(
        61,
        "cross",
        "donor-milk",
        "A is a neonatal nurse who wants a donor breast-milk bank for small hospitals; B "
        "runs a cold-chain lab and wants a clinical partner.",
        a=person(
            "Véronique Delmas",
            """Infirmière en néonatologie depuis dix-huit ans, je connais les pédiatres et
            les sages-femmes de toute la Nouvelle-Aquitaine. Les petits hôpitaux n'ont
            pas de lait maternel de donneuses pour les grands prématurés.""",
            """Je cherche quelqu'un qui sait pasteuriser, tester et stocker un produit
            biologique fragile, aux normes, et le livrer en froid.""",
            """Chaque prématuré mérite la même chance.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Limoges",
        ),
        b=person(
            "Katharine Doyle",
            """I run a small lab that pasteurises, tests and ships biological samples at
            controlled temperatures, fully accredited. I lived in Bordeaux and speak
            French.""",
            """I want a clinical partner with the trust of neonatal units and mothers, who
            can set up the donation side properly.""",
            """Safety, then scale.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Bordeaux",
        ),
        twin=person(
            "Daniel Kerr",
            """I run a cold-chain lab for clinical trial samples.""",
            """A pharma sales lead to win trial contracts.""",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Élise Manach",
            """Je suis sage-femme et je veux ouvrir une maison de naissance.""",
            """Une infirmière de néonatologie pour m'épauler.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rachel Booth",
            """Accredited cold-chain lab for biological samples.""",
            """A neonatal nurse who can set up milk donation.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en"],
        ),
    ),
    # 62 ---------------------------------------------------------------- trap: consent
    pair(
        62,
        "en",
        "bike-messenger-legal-docs",
        "A is a paralegal firm drowning in court filings and wants fast same-day couriers; "
        "B runs a messenger company and wants steady legal work.",
        a=person(
            "Patricia Lowe",
            """I run a paralegal service in Chicago that files documents for 60 small law
            firms. Courts still want paper for many filings and the deadlines are brutal:
            a late filing can lose a case.""",
            "Someone with people on bikes who get papers to any courthouse within the hour.",
            tz=-6,
            langs=["en"],
            loc="Chicago",
        ),
        b=person(
            "Marcus Okoye",
            "I run a bike and scooter messenger firm in Chicago, 25 riders.",
            "A client who sends urgent papers all day and pays on time.",
            tz=-6,
            langs=["en"],
            loc="Chicago",
        ),
        twin=person(
            "Dana Ruiz",
            "I run bike couriers for restaurants in Chicago.",
            "A marketing partner to grow our food delivery app.",
            tz=-6,
            langs=["en", "es"],
        ),
        one=person(
            "Evan Price",
            "Solo lawyer, I need help with filings and paperwork.",
            "A paralegal service that files for me every day.",
            tz=-6,
            langs=["en"],
        ),
        trap=person(
            "Leon Ward",
            "Bike messenger firm in Chicago, 20 riders.",
            "A client with urgent court papers all day.",
            tz=-6,
            langs=["en"],
            consent=False,
        ),
    ),
    # 63 ---------------------------------------------------------------- trap: visibility
    pair(
        63,
        "cross",
        "lavender-distilling",
        "A grows lavender and wants the essential oil sold to perfumers abroad; B is a broker "
        "of natural raw materials who wants a reliable French source.",
        a=person(
            "Tom Farrant",
            "I grow lavender on 30 hectares near Valensole and distil it myself.",
            "Someone who sells oils to perfume houses and knows their tests.",
            rs=["sales"],
            tz=1,
            langs=["en", "fr"],
            loc="Valensole",
        ),
        b=person(
            "Sandrine Arnoux",
            "Je vends des matières premières naturelles aux parfumeurs de Grasse.",
            "Un producteur d'huiles essentielles régulier et traçable.",
            ro=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Grasse",
        ),
        twin=person(
            "Jacques Brun",
            "Courtier en matières premières pour l'agroalimentaire.",
            "Un associé qui finance les stocks.",
            ro=["sales"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Laura Kemp",
            "I make natural soaps and candles in Devon.",
            "A lavender grower who sells me oil in bulk.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Agnès Reynaud",
            "Je vends des huiles naturelles aux parfumeurs.",
            "Un producteur de lavande régulier.",
            ro=["sales"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 64 ---------------------------------------------------------------- trap: commitment
    pair(
        64,
        "fr",
        "church-bells",
        "A est campanaire et veut automatiser les cloches des églises rurales; B est "
        "électronicien et veut un métier d'art où installer ses commandes.",
        a=person(
            "Denis Carrier",
            """Campanaire depuis trente ans, j'entretiens les cloches de 400 églises en
            Bourgogne : battants, jougs, moteurs. Les mairies me connaissent toutes.""",
            """Les vieilles horloges tombent en panne et les maires veulent faire sonner
            les cloches depuis leur téléphone. Il me faut quelqu'un qui conçoit
            l'électronique de commande, les cartes, les programmes et la radio.""",
            """Une cloche, c'est la voix du village.""",
            c="side-project",
            tz=1,
            langs=["fr"],
            loc="Autun",
        ),
        b=person(
            "Romain Poulain",
            """Électronicien, je conçois des automates et des cartes de commande pour des
            fontaines et des éclairages publics. Je programme et je soude moi-même.""",
            """Je voudrais travailler avec un artisan qui entre dans les clochers, qui
            connaît la mécanique et les mairies, pour installer mes commandes.""",
            """Réparer avant de remplacer.""",
            c="part-time",
            tz=1,
            langs=["fr"],
            loc="Beaune",
        ),
        twin=person(
            "Hugo Lemaire",
            """Électronicien, je fais des automates pour les serres.""",
            """Un maraîcher qui me prête ses serres.""",
            c="part-time",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Mireille Jacquot",
            """Maire d'une commune de 300 habitants, notre cloche ne sonne plus.""",
            """Un campanaire qui répare notre cloche.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Gaston Berthier",
            """Électronicien, je conçois des commandes pour cloches.""",
            """Un campanaire qui connaît les clochers et les mairies.""",
            c="full-time",
            tz=1,
            langs=["fr"],
        ),
    ),
]
