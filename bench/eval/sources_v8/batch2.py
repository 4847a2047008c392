"""Pairs 11-20 of complementary_v8."""

from people import pair, person

PAIRS = [
    # 11 ---------------------------------------------------------------- trap: language
    pair(
        11,
        "mixed",
        "trishaw-rides-care-homes",
        "A runs activities in a care home whose residents never go out; B pilots trishaws "
        "for elderly passengers and needs a home that books regular slots.",
        a=person(
            "Clarisse Debeaupuis",
            "Animatrice en EHPAD à Lille, 60 résidents qui ne sortent plus du tout.",
            "Need someone with a bike for passengers to take them round the park, wind in the hair.",
            "On vit jusqu'au bout.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        b=person(
            "Wendell Brookshaw",
            "Trishaw pilot: two machines, eight volunteer riders trained by me.",
            "A home that gives us fixed weekly slots and a shed to keep the trikes.",
            "Nobody too old for a ride.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Lille",
        ),
        twin=person(
            "Esmé Hollingdrake",
            "I pedal a two-seat passenger trike and train volunteer pilots.",
            "I need a bike mechanic who will service the fleet for free once a month.",
            "Ride slow, talk a lot.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Noémie Trouvelot",
            "Étudiante en psychologie, je fais un mémoire sur l'ennui en maison de retraite.",
            "I want to interview residents and staff of a care home this spring.",
            "Écouter d'abord.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Joost Verhulsdonk",
            "Ik fiets met ouderen in een riksja; twee fietsen en acht vrijwilligers.",
            "Een verpleeghuis dat vaste tijden geeft en een schuur voor de fietsen.",
            "Niemand te oud.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["nl"],
        ),
    ),
    # 12 ---------------------------------------------------------------- trap: consent
    pair(
        12,
        "cross",
        "ferry-kennel-calm",
        "A's night ferry kennels are full of panicking dogs; B designs calm animal spaces and "
        "trains staff, and wants a transport operator to pilot with.",
        a=person(
            "Cordelia Maskelyne",
            "On-board services manager, Portsmouth to Le Havre night crossing.",
            "Every night the dogs in the car-deck kennels howl and panic for six hours; owners are furious.",
            "Passengers first, all of them.",
            tz=0,
            langs=["en", "fr"],
            loc="Portsmouth",
        ),
        b=person(
            "Albéric Fontcouverte",
            """Comportementaliste canin diplômé, je conçois des espaces d'attente apaisants
            pour les animaux: isolation phonique, lumière tamisée, couchages qui ne glissent
            pas, diffuseurs de phéromones, musique adaptée. J'ai équipé deux refuges et la
            salle d'attente d'une clinique vétérinaire à Rouen, et je forme le personnel à
            lire les signes de stress.""",
            """Je voudrais un premier partenaire dans le transport, un bateau, un train ou une compagnie aérienne, qui me laisse aménager un espace et former une équipe, pour mesurer les résultats avec des vétérinaires. Je peux commencer à l'automne. Je demande seulement les frais de matériel et un accès régulier à l'équipage.""",
            "Un animal calme, c'est un voyage réussi pour tout le monde.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Rouen",
        ),
        twin=person(
            "Perrine Jaubertie",
            """Comportementaliste, j'aménage des lieux apaisants pour chiens et chats: isolation phonique, lumière douce, sols qui ne glissent pas, phéromones, musique. J'ai équipé des refuges, une pension et l'accueil de deux cliniques, et je forme les équipes à reconnaître le stress.""",
            """Il me faut un éditeur qui publie mon guide sur le stress animal, en
            librairie.""",
            "Un animal calme.",
            ro=["domain"],
            rs=["marketing"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Giles Kinnersley",
            "Retired teacher from Winchester with a nervous spaniel called Hector; we cross to Normandy every month to see my daughter and he hates every minute of it.",
            "I want a cabin crossing where my dog can sleep in the cabin with me.",
            "Dogs are family.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ysaline Marcorelle",
            """J'aménage des zones de repos calmes pour les animaux en transit, avec isolation phonique, lumière douce et phéromones, et je forme le personnel à repérer les signes de stress.""",
            "Je cherche un transporteur pour un premier essai mesuré avec des vétérinaires.",
            "Un animal calme.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 13 ---------------------------------------------------------------- trap: visibility
    pair(
        13,
        "en",
        "cafe-wormeries",
        "A's café throws out kilos of grounds and peelings; B keeps worm bins and wants "
        "steady food scraps nearby.",
        a=person(
            "Nell Tregunna",
            "Café in Falmouth; 30 kg of coffee grounds and peelings go in the bin every week.",
            "Someone with big worm bins who'd take our scraps off us for free.",
            "Nothing wasted.",
            tz=0,
            langs=["en"],
            loc="Falmouth",
        ),
        b=person(
            "Ambrose Keverne",
            "I farm tiger worms in 200 crates and sell the castings to gardeners.",
            "More kitchen waste, steady, from places within five miles of Penryn.",
            "Feed the soil.",
            tz=0,
            langs=["en"],
            loc="Penryn",
        ),
        twin=person(
            "Sorcha Loveridge",
            "Worm farmer: 150 crates of tiger worms, castings sold by the sack.",
            "I need a printer to make the labels and sacks for the garden centres.",
            "Feed the soil.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Vaughan Restarick",
            "Student flat of six; we drink a lot of coffee and want a job.",
            "I want a weekend job in a café with good coffee near the uni.",
            "Chill.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lowenna Bolitho",
            "Tiger worms in 180 crates; castings sold to allotment holders.",
            "Steady kitchen waste from places near Falmouth.",
            "Feed the soil.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 14 ---------------------------------------------------------------- trap: commitment
    pair(
        14,
        "cross",
        "quarry-fossil-preparation",
        "A's limestone quarry keeps turning up fossils it cannot free from the rock; B frees "
        "and consolidates fossils and wants fresh finds to work on.",
        a=person(
            "Maximilien Bourdelais",
            """Je dirige la carrière familiale de calcaire près de Lons-le-Saunier, une
            trentaine de salariés. À chaque tir de mine, mes gars tombent sur des
            ammonites, des bélemnites, et l'an dernier sur une colonne vertébrale de
            reptile marin longue de deux mètres. J'ai mis les blocs à l'abri dans un hangar
            et j'ai l'accord de la préfecture pour les conserver et les exposer.""",
            """Il me faut quelqu'un qui sache dégager les fossiles de la roche au micro-burin et à l'air abrasif, les consolider sans les casser, et qui connaisse les musées pour qu'on en fasse quelque chose de propre, pas du commerce au marché aux puces. Les blocs attendent dans le hangar depuis un an. Je ne veux ni les vendre ni les voir s'abîmer.""",
            "La carrière a pris à la montagne, elle peut lui rendre un peu.",
            ro=["operations", "legal"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Lons-le-Saunier",
        ),
        b=person(
            "Gwendolyn Pirbright",
            """I have been a preparator for twenty years, first at a natural history museum
            and then on my own. I free bones and shells from limestone and shale with air
            pens, fine powder blasting and acid baths, glue and harden them, make casts, and
            I write condition reports that curators accept. Several of my pieces are on
            show in Oxford and Bristol.""",
            """What I need now is access to a working site where new material comes out of the ground, and a landowner willing to split the proceeds of casts and loans, so that I am not just cleaning other people's old collections forever. I can spend several weeks a year on site. I am also happy to train a local volunteer.""",
            """Every specimen goes where scientists can study it. No private sales of
            important finds.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            loc="Lyme Regis",
        ),
        twin=person(
            "Thaddeus Sturdee",
            """Fossil preparator for eighteen years. I free specimens from limestone and shale with air pens and micro-abrasion, consolidate them, and make casts and replicas that museums use for handling collections. My studio is in Dorset and I take on about forty pieces a year.""",
            """I need a 3D scanning firm that will digitise my casts and sell the files to
            schools.""",
            "Science first.",
            ro=["domain"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Rodolphe Vauchez",
            "Je suis collectionneur d'ammonites depuis trente ans et je tiens un stand à la bourse aux minéraux de Lyon, deux fois par an; ma vitrine compte près de quatre cents pièces.",
            "Je veux acheter des ammonites du Jura, bien sorties, pour ma vitrine.",
            "Une belle pièce.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Augusta Dimmock",
            """Preparator of fossil bones and shells for twenty years; air pens, acid, consolidants and casts, with condition reports that museums accept.""",
            "I want a quarry with fresh finds and an owner happy to share casts and loans.",
            "Science first.",
            ro=["domain"],
            rs=["operations"],
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 15 ---------------------------------------------------------------- trap: timezone
    pair(
        15,
        "fr",
        "market-crate-kindling",
        "A's Sunday market leaves hundreds of wooden crates behind; B makes bagged kindling "
        "and needs clean wood for free.",
        a=person(
            "Roseline Patural",
            "Placière du marché de Valence, le dimanche: 140 étals.",
            "Chaque dimanche soir, des centaines de cagettes restent sur le trottoir.",
            "Une place nette.",
            tz=1,
            langs=["fr"],
            loc="Valence",
        ),
        b=person(
            "Fulbert Chanteduc",
            "Je fais du petit bois d'allumage en sacs pour les poêles, en ESAT.",
            "Je cherche du bois blanc propre et gratuit, en quantité, chaque semaine.",
            "Rien ne se perd.",
            tz=1,
            langs=["fr"],
            loc="Romans",
        ),
        twin=person(
            "Ghislaine Mazoyer",
            "Avec mon équipe en insertion, je fais des sacs de bois d'allumage.",
            "Il me faut une scierie qui me vende ses chutes de chêne pour le charbon.",
            "Rien ne se perd.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Anthelme Giraudier",
            "Je suis maraîcher et je vends mes légumes en vrac.",
            "Je voudrais une place fixe au marché du dimanche à Valence.",
            "Du champ à l'étal.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Hinano Tauraatua",
            "Je fais du bois d'allumage en sacs avec des palettes, à Papeete.",
            "Je cherche du bois blanc gratuit chaque semaine.",
            "Rien ne se perd.",
            tz=-10,
            langs=["fr"],
        ),
    ),
    # 16 ---------------------------------------------------------------- trap: language
    pair(
        16,
        "cross",
        "tactile-cathedral-models",
        "A's cathedral centre cannot show its building to blind visitors; B casts bronze "
        "relief models of monuments and wants commissions abroad.",
        a=person(
            "Winifred Askew",
            """I am the learning officer at the cathedral visitor centre in Lincoln. We have
            a grant from the heritage lottery for access, about sixty thousand pounds still
            unspent, a volunteer group of visually impaired people who test everything we
            do, and a proper entrance hall where a large object could stand for decades.
            Our guides already do touch tours of the carvings, but the building itself is
            too big to understand with the hands.""",
            """I need someone who makes scale models in relief, tough enough to be handled all day by children, with the towers and the nave and the west front small enough for a pair of hands, and raised plans labelled for readers who use their fingertips. Our volunteers would test every stage. The grant has to be spent within two years.""",
            "Everyone should meet the building, not only those who can see it.",
            ro=["domain", "finance"],
            rs=["design"],
            tz=0,
            langs=["en"],
            loc="Lincoln",
        ),
        b=person(
            "Quentin Sauvagnargues",
            """Maquettiste et sculpteur à Lyon, je fabrique des maquettes de monuments en
            bronze, à toucher, pour les parvis: Fourvière, la cathédrale de Vienne, le
            théâtre antique d'Orange. Je modélise à partir des relevés d'architecte, je
            fais tirer les pièces à la fonderie et je pose sur socle avec les légendes en
            braille et en gros caractères.""",
            """Je voudrais une première commande hors de France, et surtout un lieu qui travaille déjà avec des visiteurs aveugles et accepte de tester les prototypes avec eux, étape par étape, pour améliorer ma méthode. Je peux me déplacer pour les essais. Les légendes peuvent être traduites.""",
            "Ce qui se touche se comprend.",
            ro=["design"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        twin=person(
            "Corentine Baudricourt",
            """Sculpteur, je fais des maquettes de monuments en bronze, à toucher, posées sur les places et les parvis, avec des légendes en braille et en gros caractères. J'ai réalisé celles de trois abbayes et d'un château de la Loire, à partir des plans des architectes.""",
            """Il me faut une fonderie d'art qui me fasse des tarifs pour vingt pièces par
            an.""",
            "Ce qui se touche se comprend.",
            ro=["design"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Nigel Cathcart-Booth",
            "Coach tour operator in Nottingham; I bring groups of older visitors to English cathedrals and country houses, forty people a coach, from March to November.",
            "I want discounted group entry and a guide for forty people every Thursday.",
            "Comfort and good tea.",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Domitille Espérandieu",
            "Je fais des maquettes tactiles en bronze de monuments, avec légendes en braille et en gros caractères, modelées d'après les relevés d'architecte et coulées en fonderie.",
            "Je veux une commande hors de France et un lieu qui teste avec des aveugles.",
            "Ce qui se touche se comprend.",
            ro=["design"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 17 ---------------------------------------------------------------- trap: consent
    pair(
        17,
        "mixed",
        "tortoise-hibernation-boxes",
        "A keeps a tortoise sanctuary and loses animals over winter; B builds "
        "thermostat-controlled cold boxes and wants work with animals.",
        a=person(
            "Hortense Le Labrunie",
            """Avec mon mari, on a ouvert un refuge pour tortues de jardin près de Vannes, on
            en a déjà quatre-vingt-dix, abandonnées ou trouvées sur les routes. On a un
            grand terrain clos, des bénévoles le week-end, et une vétérinaire qui passe
            gratuitement.""",
            """Every winter we lose a few because the cellar gets too warm then too cold.
            We'd like someone handy who can build us a proper frost-free sleeping cabinet,
            steady at five degrees, with a thermostat and an alarm on the phone.""",
            """Chaque bête compte. We don't sell, we don't breed.""",
            tz=1,
            langs=["fr", "en"],
            loc="Vannes",
        ),
        b=person(
            "Rhodri Pengarth",
            "Electrician; I convert old fridges into chilled boxes with controllers and text alerts.",
            "Jobs with animals, anywhere in Brittany. Bored of kitchens.",
            "Fix it properly.",
            tz=0,
            langs=["en", "fr"],
            loc="Auray",
        ),
        twin=person(
            "Aloysius Elphinstone",
            "I turn old fridges into controlled cold boxes with phone alarms.",
            "Need a unit on an industrial estate to rent cheap, near Lorient.",
            "Fix it properly.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Bleuenn Kerandraon",
            "Maman de deux enfants, on a un grand jardin près de Vannes.",
            "On voudrait adopter une tortue de jardin pour les enfants.",
            "Prendre soin.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ptolemy Fullagar",
            "Electrician, I make thermostat cold boxes from old fridges, phone alarms.",
            "Work with animals in Brittany, please.",
            "Fix it properly.",
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 18 ---------------------------------------------------------------- trap: visibility
    pair(
        18,
        "cross",
        "water-primrose-removal",
        "A's lake is choked by an invasive water plant; B removes aquatic weeds with a "
        "floating harvester and wants a big infested site on the continent.",
        a=person(
            "Firmin Decazeville",
            """Je préside l'association de pêche d'un étang communal de trente hectares
            dans les Landes. Nous avons deux cents adhérents, une petite caisse pour les
            travaux, un ponton et un terrain au bord de l'eau où l'on peut garer un camion
            et mettre un engin à l'eau. La commune et le département sont prêts à mettre de
            l'argent si on leur présente un plan sérieux.""",
            """Depuis cinq ans, les jussies ont envahi les berges: un tapis de feuilles
            jaunes qui avance de plusieurs mètres par an, les pêcheurs ne peuvent plus
            lancer leur ligne, les barques restent coincées, l'eau devient noire en dessous
            et les poissons meurent en août. Arracher à la main ne sert à rien, tout
            repousse.""",
            "On laisse l'étang plus propre qu'on l'a trouvé.",
            tz=1,
            langs=["fr"],
            loc="Landes",
        ),
        b=person(
            "Horatio Gotobed",
            """My firm clears invasive weed from canals, reservoirs and golf ponds. We run
            two amphibious harvesters that cut, lift and bag the plants with their roots,
            plus a small crew that finishes by hand and screens the water so fragments do
            not escape downstream. We have done eighty sites in England and Wales and we
            keep monitoring each one for three summers after.""",
            """We want a big, badly infested site on the continent to build a reputation there, with a local client who can deal with the permits and the landowners, and who will let us publish the before and after figures. We would bring both machines over by ferry for a full summer. Our crew is used to working away from home.""",
            "Leave no fragment behind. Report honestly, even when it grows back.",
            tz=0,
            langs=["en", "fr"],
            loc="Norfolk",
        ),
        twin=person(
            "Percival Oddington",
            """We clear invasive water plants from lakes, rivers and canals with an amphibious cutting boat and hand crews, and we net the water so fragments do not drift away. We have worked for water companies and angling clubs across the south of England for twelve years.""",
            """I need a composting site that will take forty tonnes of wet weed a month
            from us.""",
            "Leave no fragment behind.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Bastien Lacrouzade",
            "Je suis moniteur de kayak diplômé et j'emmène des groupes d'enfants sur les lacs landais l'été, avec dix bateaux, des gilets et une remorque.",
            "Je cherche un étang calme où mettre mes kayaks l'été.",
            "Pagayer en silence.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Winthrop Scaife",
            """We remove invasive weed from lakes and canals with amphibious harvesters and a hand crew, screen the water so no fragment escapes, and monitor every site for three summers.""",
            "We want a big infested lake in France, with a client who handles permits.",
            "Leave no fragment behind.",
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 19 ---------------------------------------------------------------- trap: commitment
    pair(
        19,
        "en",
        "stage-curtain-repair",
        "A's small theatre has a huge velvet front curtain in rags; B sews very large "
        "heavy cloths and needs a big floor to lay them out.",
        a=person(
            "Gideon Hambly",
            "Volunteer manager, 1890s theatre in Hull; our velvet tabs are in rags.",
            "A sewer who can patch and re-line a huge heavy drape, 12 m wide.",
            "The show goes on.",
            tz=0,
            langs=["en"],
            loc="Hull",
        ),
        b=person(
            "Marjorie Inskip",
            """I spent twenty-five years in the sewing room of an opera house, then went
            freelance. I make and mend the big things: backcloths, sails for a museum
            ship, marquee walls, show flags, cycloramas. I have two industrial long-arm
            machines and I can hand-stitch velvet so the join disappears from the stalls.""",
            """My problem is space. My flat has no room to lay out anything bigger than a
            tablecloth, so I turn down the best jobs. I want a place with a huge clean
            floor I can use on quiet days, in exchange for my work or at a small rent.""",
            "Do it properly or not at all.",
            tz=0,
            langs=["en"],
            loc="Beverley",
        ),
        twin=person(
            "Lavinia Jellicoe",
            """Freelance sewer of very big cloths: theatre backdrops, show flags, marquee walls and sails for a heritage ship. I have two long-arm industrial machines and I can join velvet and canvas invisibly. I trained in the workroom of a touring opera company.""",
            """I need a van and driver one day a week to deliver finished pieces across
            Yorkshire.""",
            "Do it properly.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Ezekiel Bramhall",
            "I run a youth drama group of twenty teenagers in east Hull, on a shoestring, with a volunteer who does lights and parents who make the costumes.",
            "We want a real stage to rehearse on, one evening a week, for free.",
            "Let them shine.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Rosamund Haggerston",
            "I sew and mend huge cloths: backdrops, velvet drapes, marquee walls and sails. Twenty years in a theatre workroom, two long-arm machines, invisible joins.",
            "I need a big clean floor to lay work out on, for labour or a small rent.",
            "Do it properly.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 20 ---------------------------------------------------------------- trap: timezone
    pair(
        20,
        "cross",
        "goat-milk-soap",
        "A makes soap and wants fresh goat's milk; B keeps goats with a summer surplus.",
        a=person(
            "Tabitha Rowcliffe",
            "Soap maker in Devon, cold process; twelve shops stock my bars.",
            "I want a goat farmer who'll sell me fresh milk, frozen, every month.",
            "Kind to skin.",
            tz=0,
            langs=["en", "fr"],
            loc="Totnes",
        ),
        b=person(
            "Solène Briquebec",
            "Chevrière dans la Manche, 40 chèvres, trop de lait en été.",
            "Je veux un débouché pour le surplus, même congelé, toute l'année.",
            "Des bêtes dehors.",
            tz=1,
            langs=["fr", "en"],
            loc="Coutances",
        ),
        twin=person(
            "Anouk Rétoré",
            "Éleveuse de chèvres en Normandie, du lait en trop dès mai.",
            "Il me faut un fromager qui m'apprenne le crottin affiné.",
            "Des bêtes dehors.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Cedric Leadbitter",
            "Gift shop owner in Dartmouth; I sell local crafts to tourists.",
            "I want handmade soaps from Devon on sale-or-return.",
            "Local is lovely.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Kirralee Maddern",
            "Goat farmer near Perth, 60 does, lots of spare milk in spring.",
            "An outlet for surplus milk, frozen is fine.",
            "Happy goats.",
            tz=8,
            langs=["en", "fr"],
        ),
    ),
]
