"""Pairs 51-60 of complementary_v6."""

from people import pair, person

PAIRS = [
    # 51 ---------------------------------------------------------------- trap: language
    pair(
        51,
        "cross",
        "eyeglasses-recycling",
        "A is an optician with drawers of donated glasses; B runs eye camps in Senegal that "
        "need measured, cleaned frames.",
        a=person(
            "Bénédicte Lavergne",
            "Opticienne à Poitiers, 3 000 paires de lunettes données, nettoyées, mesurées.",
            "Quelqu'un qui les porte jusqu'aux gens qui n'en ont jamais eu.",
            "Bien voir, c'est un droit.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Kwabena Ashworth",
            "Eye charity, Senegal camps twice a year; I speak French. We test 2,000 people.",
            "Need ready-to-wear specs, sorted by strength, in bulk.",
            "Sight changes lives.",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Abigail Nwachukwu",
            "Eye charity in Ghana; I speak French. Cataract surgery camps.",
            "Need surgeons and a sponsor for lenses.",
            "Sight for all.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Gervais Brunetière",
            "Maison de retraite à Poitiers, 70 résidents.",
            "Une opticienne qui vienne contrôler la vue des résidents.",
            "Voir jusqu'au bout.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ebenezer Quayson",
            "Eye charity running camps in West Africa, 2,000 people tested a year.",
            "Ready-to-wear specs sorted by strength, in bulk.",
            "Sight changes lives.",
            tz=0,
            langs=["en"],
        ),
    ),
    # 52 ---------------------------------------------------------------- trap: consent
    pair(
        52,
        "en",
        "teddy-bear-restoration",
        "A owns a toy shop whose customers bring in worn heirloom teddies; B restores old soft "
        "toys and wants a shop to collect them.",
        a=person(
            "Percival Oddie",
            "Toy shop in York, 40 yrs. Customers bring granny's bear, bald and torn.",
            "Someone patient who re-stitches and re-stuffs old teddies, kindly.",
            "Toys are memories.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Millicent Gaunt",
            "Soft-toy restorer: mohair patched, eyes, growlers, joints. 200 bears a year.",
            "A high-street shop to take in and hand back the patients.",
            "Loved to bits.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Agatha Rennison",
            "Doll restorer: porcelain heads, wigs, clothes; collectors' pieces.",
            "A valuer and an auction house to sell the rare dolls.",
            "Old dolls, new life.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Declan Stoddart",
            "Teddy bear artist, I make new jointed bears by hand.",
            "A toy shop that stocks my bears on commission.",
            "Made by hand.",
            ro=["design"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Hyacinth Brearley",
            "Soft-toy restorer: patches, eyes, growlers, joints, 150 bears a year.",
            "A shop that takes in and hands back the patients.",
            "Loved to bits.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 53 ---------------------------------------------------------------- trap: visibility
    pair(
        53,
        "cross",
        "school-language-exchange-video",
        "A runs a Kent secondary whose French results are the county's worst; B is a Lille "
        "teacher who runs live video exchanges between classes.",
        a=person(
            "Gwendolen Haskett",
            "Head of a secondary in Margate. French GCSE grades: worst in Kent.",
            "Our kids have never heard a real French teenager talk, and it shows.",
            "Open the window to Europe.",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Florentin Duquesnoy",
            "Prof à Lille, j'anime des échanges vidéo en direct entre classes, en deux langues.",
            "Des écoles anglaises qui s'engagent sur une année, une heure par semaine.",
            "Parler avant d'écrire.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Anne-Laure Wimereux",
            "Prof d'anglais à Calais, j'organise des voyages scolaires à Londres.",
            "Une compagnie de car et un hébergement pas cher à Londres.",
            "Voyager forme.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Rupert Gallimore",
            "Maths tutor, online, Kent. I take groups of 6 after school.",
            "A school that refers struggling students to me.",
            "Maths without fear.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Clotilde Boulanger",
            "Prof à Lille, échanges vidéo en direct entre classes, dans les deux langues.",
            "Des écoles anglaises engagées sur une année, une heure par semaine.",
            "Parler d'abord.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 54 ---------------------------------------------------------------- trap: commitment
    pair(
        54,
        "mixed",
        "go-club",
        "A runs a Japanese cultural centre that wants a weekly club for the game of go; B is a "
        "strong go player who teaches beginners.",
        a=person(
            "Sayaka Delorme-Whitby",
            """Je dirige le centre culturel japonais de Bordeaux: cours de langue, ikebana,
            calligraphy, a tea room and a small library. Our members are mostly retired
            people and students, about three hundred in all. On a une grande salle vide le
            mercredi soir. I also play the shamisen, very badly, in a student group.""",
            """We'd like a weekly club for the old board game with black and white pieces,
            quelqu'un qui le transmette aux novices from zero, organise des petits tournois
            et fasse venir des joueurs d'autres villes.""",
            """Apprendre lentement, together.""",
            tz=1,
            langs=["fr", "en", "ja"],
        ),
        b=person(
            "Théo Marchbanks",
            "Go player, 5 dan, j'enseigne aux débutants since 2012; boards and stones.",
            "A venue with members and a weekly evening, pour ouvrir un club.",
            "Patience wins.",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Ilan Hardcastle",
            "Go player, 4 dan, I write a go blog and online lessons, en français aussi.",
            "A developer pour une app d'exercices de go.",
            "Play every day.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Mariko Fauvel",
            "Professeure d'ikebana, I teach in Bordeaux, trente élèves.",
            "A cultural centre qui me prête une salle le samedi matin.",
            "Less is more.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Victor Ashgrove",
            "Go player, 5 dan, j'enseigne aux débutants, boards and stones provided.",
            "A venue with members and a weekly evening pour un club.",
            "Patience.",
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 55 ---------------------------------------------------------------- trap: timezone
    pair(
        55,
        "cross",
        "angora-rabbit-wool",
        "A breeds angora rabbits and sells the fibre for almost nothing; B designs knitwear "
        "from luxury fibres and wants a French source.",
        a=person(
            "Ghislain Pécheral",
            "Éleveur de lapins angora en Aveyron, 200 lapins, tonte à la main.",
            "Qqn qui transforme ma fibre en pulls et bonnets et qui les vende cher.",
            "Bien-être animal, pas d'arrachage.",
            ro=["domain"],
            rs=["design", "sales"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Philippa Danbury",
            """Knitwear designer; I ran the knitwear studio of a London luxury label for
            eight years, then set up my own line, spun and knitted in small mills in
            Yorkshire and Scotland. I design, grade patterns, source yarn and sell to forty
            boutiques and online. I spent a year in Toulouse and speak French.""",
            """I want one farmer who shears humanely (no plucking) and can supply a few
            hundred kilos a year of clean fibre, with full traceability, so I can build a
            collection around a single farm.""",
            """Beautiful things, made without cruelty.""",
            ro=["design", "sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Rosalind Quarrington",
            """Knitwear designer and pattern writer, with a popular knitting blog and
            thirty published patterns; I teach workshops across the UK. I speak French.""",
            """I need a yarn company to produce and sell my own-brand yarns, and an
            e-commerce partner.""",
            """Knit more.""",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Maryvonne Couderc",
            """Filatrice à la main, je file toutes les fibres au rouet, laine, mohair, soie, et je vends mes pelotes teintes aux plantes sur les marchés d'Aveyron et dans une boutique de Rodez.""",
            """Je cherche un éleveur qui me vende sa fibre brute en petite quantité, à prix d'ami, quelques kilos par saison, pour mes pelotes de luxe.""",
            """Le fil à la main, lentement.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Margaret Oyelowo-Finch",
            """Knitwear designer in Sydney, eight years at a London luxury label before that; I design, grade patterns and sell to forty boutiques worldwide. I speak French from a year in Toulouse.""",
            """One farmer who shears humanely, never plucks, and supplies a few hundred kilos of clean, traceable fibre a year, so a whole collection can come from a single farm.""",
            """Beautiful things, no cruelty.""",
            ro=["design", "sales"],
            rs=["domain"],
            tz=10,
            langs=["en", "fr"],
        ),
    ),
    # 56 ---------------------------------------------------------------- trap: language
    pair(
        56,
        "fr",
        "sheep-milk-ice-cream",
        "A makes ice cream and wants sheep's milk; B is a dairy shepherdess whose milk goes "
        "to a cheese cooperative at a low price.",
        a=person(
            "Barnabé Loustalot",
            "Glacier à Biarritz, je veux faire des glaces au lait de brebis.",
            "Une bergère qui trait ses bêtes et me livre 300 litres par semaine.",
            "Du lait d'ici.",
            ro=["product"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Maïté Harispe",
            "Éleveuse, 250 manech tête noire, traite à la ferme, vallée des Aldudes.",
            "La coopérative du fromage paie mal; je veux un autre débouché régulier.",
            "Le pays, les bêtes.",
            tz=1,
            langs=["fr", "eu"],
        ),
        twin=person(
            "Ramuntxo Etxeberri",
            "Berger, 300 brebis, je fais mon propre fromage à la ferme.",
            "Un affineur qui prenne mes fromages jeunes.",
            "Le temps de la cave.",
            tz=1,
            langs=["fr", "eu"],
        ),
        one=person(
            "Laetitia Minvielle",
            "Restaurant de plage à Anglet, desserts maison.",
            "Un glacier qui me livre des bacs toute la saison.",
            "Frais et simple.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Amaia Goikoetxea",
            "Ganadera, 250 ovejas latxas, ordeño en la granja, Navarra.",
            "La cooperativa paga poco; busco otro comprador regular de leche.",
            "La tierra y los animales.",
            tz=1,
            langs=["es", "eu"],
        ),
    ),
    # 57 ---------------------------------------------------------------- trap: consent
    pair(
        57,
        "cross",
        "reenactment-armour",
        "A organises medieval re-enactment fairs whose fighters wear shoddy armour; B is a "
        "French armourer who forges plate and mail to period patterns.",
        a=person(
            "Oswald Ringrose",
            """I organise six medieval fairs a year across the Midlands, with living-history
            camps, jousting and a melee of two hundred fighters. We have our own society
            with eight hundred members. By day I'm a quantity surveyor; at weekends I'm a
            fifteenth-century archer named Wat.""",
            """Half our fighters wear armour bought online that's wrong for the period and
            unsafe in the melee. I need a craftsman who forges plate and riveted mail to real
            museum patterns, fits each member, and can run a stall and a repair tent at our
            fairs.""",
            """History done properly is more fun than fantasy.""",
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Enguerrand Paillot",
            """Armurier depuis vingt ans, je forge des harnois complets et des cottes de
            mailles rivetées d'après les pièces des musées, pour des compagnies de
            reconstitution, des films et deux musées. Je prends les mesures sur le
            combattant et je refais les pièces abîmées. Je parle anglais.""",
            """Je cherche une grande association de reconstitution, même outre-Manche, qui
            me garantisse des commandes et me donne un stand à ses fêtes, pour pouvoir
            embaucher un deuxième forgeron.""",
            """L'exactitude, pièce par pièce.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Tancrède Vialatte",
            """Forgeron d'art, je forge des épées et des couteaux de style médiéval pour
            collectionneurs et pour le cinéma. Je parle anglais.""",
            """Je cherche un agent qui place mes pièces auprès des productions de films et
            des séries, et un associé pour la boutique en ligne.""",
            """L'acier a une âme.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Cuthbert Ainsley",
            """I'm a jousting horseman with four trained horses and a team of squires; we
            perform at castles and country fairs.""",
            """A fair organiser who'll book our jousting show for the whole season, with
            stabling on site.""",
            """The thunder of hooves.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Godefroy Lormier",
            """Armurier, je forge des harnois et des cottes de mailles rivetées d'après des
            pièces de musée, pour la reconstitution et le cinéma. Je parle anglais.""",
            """Une grande association de reconstitution qui me garantisse des commandes et
            un stand à ses fêtes.""",
            """L'exactitude.""",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 58 ---------------------------------------------------------------- trap: visibility
    pair(
        58,
        "en",
        "dental-phobia",
        "A runs a dental practice where frightened patients cancel; B is a psychologist who "
        "treats dental phobia and wants a practice to work inside.",
        a=person(
            "Ravinder Coultas",
            "Dental practice in Hull, 6 chairs.",
            "One in five patients cancel on the day. Some haven't been in ten years.",
            "Nobody should dread the chair.",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Dr Harriet Oakeshott",
            """Clinical psychologist; for seven years I've treated people with severe fear of
            dentists, needles and gagging, using graded exposure and short CBT courses,
            usually four to six sessions. Most of my patients go on to have the treatment
            they'd been avoiding for years.""",
            """I want to work inside a busy practice one day a week, seeing patients before
            their appointments and training the team to spot and handle fear, instead of
            waiting for GP referrals.""",
            """Fear is treatable.""",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Dr Anselm Whiteley",
            """Clinical psychologist specialising in fear of flying; I run weekend courses
            with a flight simulator and a real short flight at the end.""",
            """I need an airline or an airport partner to host the courses and a marketer
            to fill them.""",
            """Fear is treatable.""",
            rs=["marketing"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Glenys Pothecary",
            """Dental nurse for fifteen years, calm with nervous children and adults, trained in sedation support; I'm moving to Hull to be near my daughter and need a new job.""",
            """I'm looking for a practice that hires me four days a week and lets me run its children's sessions after school.""",
            """Kind hands, steady voice.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Dr Priya Wetherby",
            """Clinical psychologist treating severe fear of dentists and needles with graded
            exposure and short CBT courses.""",
            """One day a week inside a busy practice, seeing patients before their
            appointments and training the team.""",
            """Fear is treatable.""",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 59 ---------------------------------------------------------------- trap: commitment
    pair(
        59,
        "cross",
        "wooden-clogs",
        "A carves wooden clogs in the Vosges and sells only at local fairs; B runs a British "
        "garden-supply shop chain and wants a proper outdoor shoe to sell.",
        a=person(
            "Evariste Mougenot",
            "Sabotier dans les Vosges, je creuse 600 paires/an, hêtre et bouleau.",
            "Qqn qui place mes sabots chez les jardiniers anglais.",
            "Le bois, pas le plastique.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Cecily Amberley",
            "I own 5 garden shops in Surrey. I speak French. Want a wooden work shoe.",
            "A maker who can supply 500 pairs a year, sized and finished.",
            "Things that last.",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Harold Pettibone",
            "I own 3 garden centres in Kent. I speak French.",
            "A nursery that grows hardy perennials for me in bulk.",
            "Plants that last.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Julienne Thiébaut",
            "Musée des métiers d'autrefois, Vosges.",
            "Un sabotier qui fasse des démonstrations l'été.",
            "Transmettre.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Imogen Faraday",
            "I own 4 garden shops in Sussex. I speak French. Want a wooden work shoe.",
            "A maker supplying 500 pairs a year, sized and finished.",
            "Things that last.",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 60 ---------------------------------------------------------------- trap: timezone
    pair(
        60,
        "mixed",
        "mobile-xray",
        "A runs a rural health centre whose patients drive ninety kilometres for an X-ray; B "
        "runs a mobile X-ray truck and wants rural sites to stop at.",
        a=person(
            "Quitterie Falgayrac",
            """Je coordonne une maison de santé en Ardèche, four GPs, two nurses, a
            physio, et une file active de six mille patients, beaucoup de personnes âgées
            et d'agriculteurs. We're an hour and a half from the nearest hospital by
            winding roads. Le week-end je fais des confitures avec les mûres du chemin.""",
            """Pour une simple radio du poignet ou du thorax, our patients drive ninety
            kilometres, lose a day, and half of them never go. Les fractures passent
            inaperçues, pneumonias are diagnosed late, and the ambulance bill is huge.""",
            """Soigner là où les gens vivent.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Lennart Vanderbeke",
            """Radiographer, twenty years in hospitals in Ghent and Lyon. I now run a
            lorry with a digital X-ray room inside, with images read remotely by
            radiologists within two hours. Je parle français; the truck already visits
            six villages in the Drôme.""",
            """J'ai besoin de lieux de soins en zone rurale qui m'accueillent un jour par
            semaine, with a parking space, a power socket and the doctors sending me their
            patients.""",
            """Imaging should travel, not the patients.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr", "nl"],
        ),
        twin=person(
            "Griet Desmedt",
            """Radiographer; I run a mobile mammography unit for the breast screening programme in Wallonia, two trucks and six technicians. Je parle français.""",
            """I need a fleet manager and a second driver-technician, plus funding for a new unit.""",
            """Screen everyone, everywhere.""",
            ro=["domain"],
            rs=["operations", "finance"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Anouk Ribeyrolles",
            """Jeune médecin généraliste, I finish my residency in Lyon this spring and want to settle in the countryside, with patients who need a doctor and colleagues to share night calls.""",
            """Une maison de santé rurale qui m'accueille as a partner, shares patients and helps me find a house nearby.""",
            """Médecine de campagne, en équipe.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Ezekiel Hartmann",
            """Radiographer, I run a lorry with a digital X-ray room, images read remotely
            within two hours, in rural Montana. Je parle français.""",
            """Rural health centres that host me one day a week and send me their
            patients.""",
            """Imaging should travel.""",
            ro=["domain"],
            rs=["operations"],
            tz=-7,
            langs=["en", "fr"],
        ),
    ),
]
