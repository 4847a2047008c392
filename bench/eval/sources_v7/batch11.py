"""Pairs 101-110 of complementary_v7."""

from people import pair, person

PAIRS = [
    # 101 --------------------------------------------------------------- trap: language
    pair(
        101,
        "cross",
        "vintage-caravan-restoration",
        "A runs a campsite that wants old caravans to rent out; B restores vintage caravans.",
        a=person(
            "Pascale Mimizan-Plage",
            "Camping 3 étoiles dans les Landes, 90 emplacements.",
            "Qqn qui retape de vieilles roulottes des années 60 pour que je les loue.",
            "Le charme d'avant.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Rhys Aberdaron",
            "I restore '50s-'70s tourers: chassis, wood, bodywork. Speak French.",
            "Want a holiday site that buys a fleet and lets me maintain it.",
            "Retro, roadworthy.",
            ro=["tech"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Gethin Porthcawl",
            "I convert vans into campers. I speak French.",
            "Want a rental platform partner.",
            "Go anywhere.",
            ro=["tech"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Lucille Capbreton",
            "Photographe, je fais des shootings rétro.",
            "Un camping avec de vieilles caravanes pour mes séances.",
            "Nostalgie.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Owain Llanrhystud",
            "I restore '50s-'70s tourers: chassis, wood, bodywork.",
            "A holiday site that buys a fleet and lets me maintain it.",
            "Retro, roadworthy.",
            ro=["tech"],
            tz=0,
            langs=["en"],
        ),
    ),
    # 102 --------------------------------------------------------------- trap: consent
    pair(
        102,
        "en",
        "social-prescribing-link",
        "A manages a GP practice whose appointments fill with lonely patients; B runs a "
        "social prescribing service that links people to activities.",
        a=person(
            "Yvonne Pudsey",
            """Practice manager of a GP surgery in Bradford, eleven thousand patients, six
            doctors, two nurses and a waiting room that's never empty. I've been here
            nineteen years and I knit through every staff meeting.""",
            """A fifth of our appointments are the same faces every week: older folk living
            alone, a widower who comes in about his knee but really wants to talk, a young
            mum who hasn't left the flat since the baby. The doctors can't fix lonely, and
            real emergencies wait.""",
            """Treat the person, not the slot.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Hamza Ilkley",
            """I lead a team of four link workers who sit down with people for an hour,
            find out what matters to them and walk them into local groups: walking clubs,
            men's cooking nights, choirs, allotments, benefits advice. We know every
            community group within five miles.""",
            """I want a busy health centre that gives us a room two days a week and refers people
            directly from the consultation, with outcomes we can track.""",
            """Connection is medicine.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Rachel Shipley",
            """I run a befriending phone line staffed by volunteers, calling isolated older
            people once a week across Yorkshire.""",
            """I need a grant writer and a telephony supplier that can handle a
            hundred-line switchboard.""",
            """A voice every week.""",
            ro=["domain"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Derek Saltaire",
            """I'm a pharmaceutical rep covering Bradford and Keighley, launching a new knee
            injection for osteoarthritis. I've got trial data, samples and a lunch budget, and I
            know most practice managers in the area.""",
            """I'd like a GP surgery that lets me present to its doctors over lunch and trial the
            product with a few patients.""",
            """Better outcomes, proven.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Nadia Baildon",
            """I lead link workers who sit down with people and walk them into local
            groups: walking clubs, choirs, allotments, benefits advice.""",
            """A busy surgery that gives us a room two days a week and refers people
            directly.""",
            """Connection is medicine.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 103 --------------------------------------------------------------- trap: visibility
    pair(
        103,
        "cross",
        "crau-hay-racehorses",
        "A trains racehorses and wants clean, dust-free hay; B grows protected-origin hay in "
        "the Crau.",
        a=person(
            "Jonty Cheveley",
            """Racehorse trainer in Newmarket, sixty horses in training, flat racing. Two
            of my best colts coughed all spring and the vet blames the forage. I also sit on
            the town's cricket committee and I'm hopeless at it.""",
            "I want a grower abroad with the cleanest, dust-free dried grass, by the lorry.",
            "The horse tells you everything.",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Lise Saint-Martin-de-Crau",
            "Foin de Crau AOP, 3 coupes, balles de 400 kg. Je parle anglais.",
            "Une écurie de courses qui achète par camions complets chaque mois.",
            "Le foin, c'est la santé.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Arnaud Eyguières",
            "Paille de riz de Camargue, litière. Je parle anglais.",
            "Un transporteur pour l'export.",
            "Rien ne se perd.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Harriet Exning",
            "Stable lad, 8 yrs in Newmarket, want a head lad job.",
            "A trainer who promotes me to head lad.",
            "Early mornings.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Fanny Istres",
            "Foin de Crau AOP, balles de 400 kg. Je parle anglais.",
            "Une écurie de courses, camions complets chaque mois.",
            "Le foin, c'est la santé.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 104 --------------------------------------------------------------- trap: commitment
    pair(
        104,
        "fr",
        "equine-dentistry",
        "A breeds draught horses whose mares lose weight from sharp teeth; B is an equine dentist.",
        a=person(
            "Jacqueline Ardennes",
            "Éleveuse de chevaux de trait, 25 juments, Ardennes.",
            "Qqn qui lime les crochets dans la bouche de mes juments.",
            "Des bêtes en état.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Cyrille Rethel",
            "Dentiste équin, râpes manuelles, sans sédation.",
            "Un élevage avec un gros effectif, visite chaque année.",
            "Une bouche saine, un cheval qui mange.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Nadège Sedan",
            "Dentiste équin, chevaux de sport, sédation et radios.",
            "Un vétérinaire associé pour un cabinet.",
            "La performance.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Paul Vouziers",
            "Débardeur, je cherche un cheval de trait dressé.",
            "Une éleveuse qui me vende une jument de trait au travail.",
            "Le cheval en forêt.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Guy Mézières",
            "Dentiste équin, râpes manuelles, sans sédation.",
            "Un élevage avec beaucoup de chevaux.",
            "Une bouche saine.",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 105 --------------------------------------------------------------- trap: timezone
    pair(
        105,
        "cross",
        "farm-placements-uk",
        "A's agricultural college students cannot find farm placements in Britain; B runs a "
        "placement agency for farm students in the UK.",
        a=person(
            "Régine Saint-Pouange",
            """Je dirige un lycée agricole dans l'Aube : trois cents élèves, des bacs pros et
            deux BTS en élevage et grandes cultures. Le programme impose huit semaines de
            stage à l'étranger. Je suis fille d'éleveurs et j'ai encore deux vaches chez ma
            mère.""",
            """Cette année, sur quarante élèves partis outre-Manche, douze n'ont rien trouvé,
            trois ont été logés dans des caravanes sans chauffage et une a été payée au noir.
            Les parents appellent, l'inspection aussi.""",
            """Partir loin pour revenir meilleur.""",
            ro=["operations"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Fergus Tillingham",
            """I run an agency placing farm students on vetted British farms: dairy, arable,
            sheep and pigs, with proper contracts, decent rooms and a weekly check-in call.
            About two hundred placements a year, mostly Dutch and Irish students so far. I
            speak French.""",
            """I want a college abroad that sends cohorts every year and prepares them
            with us, so we can match each student to the right farm months ahead.""",
            """Good hosts make good farmers.""",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Catriona Belford",
            """I run a seasonal labour agency bringing fruit pickers to Kent and
            Herefordshire farms, with visas handled. I speak French.""",
            """I need a lawyer on immigration rules and a software firm for our
            payroll.""",
            """Fair work, full crates.""",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Thibaut Bar-sur-Aube",
            """Je suis en première année de BTS productions animales dans l'Aube, fils d'éleveurs
            laitiers, et je parle un anglais scolaire. Je sais traire, conduire un tracteur et
            soigner les veaux, et j'ai le permis.""",
            """Je cherche un lycée agricole ou un formateur qui m'aide à trouver une ferme laitière
            anglaise pour mon stage obligatoire de juin.""",
            """Découvrir ailleurs pour mieux revenir.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Murray Goulburn",
            """Agency placing farm students on vetted farms, with contracts, rooms and a
            weekly call. I speak French.""",
            """A college abroad that sends cohorts every year.""",
            """Good hosts.""",
            tz=10,
            langs=["en", "fr"],
        ),
    ),
    # 106 --------------------------------------------------------------- trap: language
    pair(
        106,
        "fr",
        "dive-cylinder-inspection",
        "A's diving club has a hundred cylinders due for inspection; B is a certified cylinder "
        "inspector.",
        a=person(
            "Gwénaëlle Camaret",
            """Présidente d'un club de plongée à Brest, trois cents licenciés, un bateau et
            une centaine de blocs. Je plonge sur les épaves de la rade depuis vingt ans.""",
            "Qqn d'habilité qui vérifie l'intérieur de nos bouteilles d'air chaque année.",
            "La sécurité avant tout.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Erwan Morgat",
            "Inspecteur TIV, requalification des blocs, robinetterie.",
            "Un club avec un gros parc à suivre chaque année.",
            "Rien au hasard.",
            ro=["tech"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Armel Crozon",
            "Technicien compresseurs, stations de gonflage.",
            "Un distributeur de matériel de plongée.",
            "De l'air propre.",
            ro=["tech"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Nolwenn Plougonvelin",
            "Monitrice de plongée, je cherche un club.",
            "Un club qui m'embauche pour l'été.",
            "Partager la mer.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Hamish Stromness",
            "Cylinder inspector: internal checks, valves, annual tests.",
            "A club with a big stock of tanks to look after yearly.",
            "Nothing left to chance.",
            ro=["tech"],
            tz=0,
            langs=["en"],
        ),
    ),
    # 107 --------------------------------------------------------------- trap: consent
    pair(
        107,
        "cross",
        "mime-workshops",
        "A's youth theatre wants physical comedy; B is a mime artist who teaches.",
        a=person(
            "Beatrix Shoreditch",
            "Youth theatre, 70 teens, east London.",
            "A person who teaches kids to tell a story with only their body.",
            "Every kid on stage.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Marcel Belleville",
            "Mime, formé chez Lecoq, 20 ans de scène. Je parle anglais.",
            "Une troupe de jeunes pour des stages réguliers.",
            "Le silence dit tout.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Jeanne Ménilmontant",
            "Clown de théâtre, spectacles pour adultes. Anglais.",
            "Un producteur de tournée.",
            "Rire grave.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Kwame Hoxton",
            "Drama teacher, secondary school, want more for my kids.",
            "A youth theatre that takes my Year 9s on Saturdays.",
            "Confidence through drama.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lucien Ménilmont",
            "Mime, formé chez Lecoq. Je parle anglais.",
            "Une troupe de jeunes pour des stages.",
            "Le silence dit tout.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 108 --------------------------------------------------------------- trap: visibility
    pair(
        108,
        "en",
        "garden-centre-irrigation",
        "A's garden centre throws away wilted plants every Monday; B installs automatic "
        "watering systems.",
        a=person(
            "Geraldine Wolverhampton",
            """I own a family garden centre near Telford: two acres of outdoor benches,
            three polytunnels, a café that does the best scones in Shropshire. My father
            built it in 1974 and still prunes the roses.""",
            """Every Monday morning we bin three hundred plants that collapsed over the
            weekend, more in a heatwave. The Saturday lad forgets the far tunnel, and Sunday
            we close at four. It's thousands of pounds a summer on the compost heap.""",
            """Grow it, sell it, don't waste it.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Callum Brierley",
            """I design and fit automatic watering for nurseries and garden centres:
            capillary matting, drip lines, overhead booms, moisture sensors and a phone app
            that sends an alert when a zone dries out. Twenty sites done across the
            Midlands.""",
            """I want a retail grower with a big selling area who'll let me fit a whole site
            and use it as a reference for others.""",
            """Water the plant, not the path.""",
            ro=["tech"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Spencer Cannock",
            """I install rainwater tanks, water butts and garden irrigation for private houses
            across Staffordshire, about a hundred jobs a year, with a small team and one van.""",
            """I need a marketing partner to get us onto the home-improvement shows, and a van
            leasing deal for two more vans.""",
            """Every drop counts.""",
            ro=["tech"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Hilary Bridgnorth",
            """I'm a landscape gardener in Shropshire with a crew of three, about thirty gardens a
            year, mostly cottage borders and small courtyards. I design on paper, plant in autumn
            and look after a dozen gardens on contract.""",
            """I'd like a garden centre that gives me trade prices and holds plants for me for a
            week while a client makes up their mind.""",
            """Right plant, right place.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Dominic Wellington",
            """I fit automatic watering for garden centres: capillary matting, drip lines,
            booms, moisture sensors and alerts.""",
            """A retail grower with plenty of benches for a whole-site install.""",
            """Water the plant.""",
            ro=["tech"],
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 109 --------------------------------------------------------------- trap: commitment
    pair(
        109,
        "cross",
        "steam-car-museum",
        "A's motor museum has steam cars that no one can run; B is a steam engineer.",
        a=person(
            "Marc-Antoine Compiègne",
            """Je dirige un musée de l'automobile près de Compiègne : cent vingt véhicules,
            dont six voitures à vapeur de 1890 à 1910 qui ne roulent plus depuis trente ans.
            Les visiteurs veulent les voir fumer et avancer.""",
            "Qqn qui sache remettre en chauffe ces vieilles chaudières et former un gardien.",
            "Faire rouler l'histoire.",
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Percy Ironbridge",
            "Steam engineer: boilers, traction engines, steam cars. I speak French.",
            "Want a museum with a collection to bring back to life.",
            "Fire, water, patience.",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Wilbur Coalport",
            "Steam railway fitter, locomotives. I speak French.",
            "Want a heritage line funder.",
            "Full steam.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Roselyne Pierrefonds",
            "Réalisatrice de documentaires, je tourne sur l'automobile.",
            "Un musée qui me laisse filmer ses vieilles voitures.",
            "L'image juste.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Horace Coalbrookdale",
            "Steam engineer: boilers, steam cars. I speak French.",
            "A museum with a collection to bring back.",
            "Fire and water.",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 110 --------------------------------------------------------------- trap: timezone
    pair(
        110,
        "fr",
        "fruit-carving-buffets",
        "A is a caterer who wants spectacular buffets; B carves fruit and vegetables into "
        "centrepieces.",
        a=person(
            "Josette Traiteur-Lunel",
            "Traiteur à Montpellier, 200 réceptions par an.",
            "Qqn qui transforme pastèques et melons en fleurs pour mes buffets.",
            "Le beau se mange.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Kim Sète",
            "Sculpteur sur fruits et légumes, pièces de table en direct.",
            "Un professionnel de l'événementiel qui me réserve chaque mois.",
            "Éphémère et beau.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Anh Frontignan",
            "Sculpteur sur glace et sur beurre, salons.",
            "Un congélateur-camion partagé.",
            "Le froid crée.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Romain Mauguio",
            "Wedding planner, Hérault, 30 mariages.",
            "Un traiteur pour tous mes mariages.",
            "Le jour J.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Linh Nouméa",
            "Sculpteur sur fruits et légumes, Nouméa.",
            "Un organisateur de réceptions qui me réserve chaque mois.",
            "Éphémère et beau.",
            tz=11,
            langs=["fr"],
        ),
    ),
]
