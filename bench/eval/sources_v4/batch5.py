"""Pairs 65-80 of complementary_v4."""

from people import pair, person

PAIRS = [
    # 65 ---------------------------------------------------------------- trap: timezone
    pair(
        65,
        "cross",
        "equine-hoof-care",
        "A is a farrier who wants to replace nailed shoes with glued boots for injured horses; "
        "B is a materials engineer who designs moulded polymer parts and wants a horse trade.",
        a=person(
            "Gaspard Verneuil",
            """Maréchal-ferrant depuis vingt-deux ans en Normandie, je ferre les chevaux de
            course et de sport de 60 écuries. Je travaille avec trois vétérinaires sur les
            chevaux boiteux et je sais ce qu'un pied supporte.""",
            """Les fers cloués abîment les pieds fragiles. Je voudrais des chaussons collés,
            moulés sur mesure, solides au galop. Il me faut quelqu'un qui sait choisir les
            matériaux, dessiner la pièce et la faire fabriquer.""",
            """Le cheval d'abord, le calendrier des courses après.""",
            tz=1,
            langs=["fr", "en"],
            loc="Deauville",
        ),
        b=person(
            "Helena Strand",
            """Materials engineer, ten years designing moulded polymer parts for running
            shoes and prosthetic sockets. I scan, model and print prototypes in my own
            workshop and I know the factories that can mould them.""",
            """I've grown up with horses and I'd love to apply this to hooves. I need a
            partner who shoes horses every day, works with the vets on lame ones and can
            test designs on real animals with owners who trust him.""",
            """Evidence over marketing.""",
            tz=1,
            langs=["en"],
            loc="Copenhagen",
        ),
        twin=person(
            "Rupert Ellis",
            """Materials engineer; I design moulded soles for sports shoes.""",
            """A footwear brand founder to launch our own running shoe.""",
            tz=0,
            langs=["en"],
        ),
        twin2=person(
            "Maud Séverin",
            """Ingénieure matériaux, je conçois des pièces moulées pour les prothèses.""",
            """Un orthoprothésiste qui reçoit des patients amputés.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Aurélien Pichon",
            """Je dirige une écurie de 40 chevaux de course à Chantilly.""",
            """Un maréchal-ferrant qui vient chaque semaine.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Lauren Mitchell",
            """Materials engineer; I design moulded hoof boots in California.""",
            """A farrier who works with vets on lame horses.""",
            tz=-8,
            langs=["en"],
        ),
    ),
    # 66 ---------------------------------------------------------------- trap: language
    pair(
        66,
        "en",
        "clothing-alterations",
        "A is a tailor who wants alterations collected from online shoppers; B runs returns "
        "for fashion retailers and wants clothes fixed instead of binned.",
        a=person(
            "Mehmet Yilmaz",
            "Tailor with a busy shop in Leicester; I can alter anything in a day.",
            "A company that sends me a steady flow of clothes that need fitting.",
            ro=["domain"],
            tz=0,
            langs=["en", "tr"],
            loc="Leicester",
        ),
        b=person(
            "Harriet Sloane",
            "I run returns for five fashion websites; 3,000 items a week.",
            "Someone skilled who can resize and mend returns so we can resell.",
            tz=0,
            langs=["en"],
            loc="Nottingham",
        ),
        twin=person(
            "Carl Edmonds",
            "I manage returns warehouses for shoe brands.",
            "A robotics engineer to automate sorting.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Agnieszka Wrona",
            "I'm a seamstress and want to train with a master tailor.",
            "A tailor with more work than hands.",
            tz=1,
            langs=["en", "pl"],
        ),
        trap=person(
            "Dimitris Pappas",
            "Διαχειρίζομαι επιστροφές ρούχων για ηλεκτρονικά καταστήματα.",
            "Έναν ράφτη για μεταποιήσεις.",
            tz=0,
            langs=["el"],
        ),
    ),
    # 67 ---------------------------------------------------------------- trap: consent
    pair(
        67,
        "cross",
        "trail-race-medical",
        "A organises mountain trail races and needs medical cover on the course; B is an "
        "emergency doctor who wants to build a field medical service for sport events.",
        a=person(
            "Caitlin Moore",
            "I run four trail races in the Pyrenees, 2,500 runners a year.",
            """Each race I scramble for doctors and rescuers on the course. I need a
            partner who can set up and lead a medical team on remote trails, with the
            right kit and the paperwork the prefecture asks for.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Luchon",
        ),
        b=person(
            "Dr Arnaud Cazals",
            "Médecin urgentiste au SAMU, je monte des postes de secours en montagne.",
            "Un organisateur d'épreuves sportives qui me confie la couverture médicale.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Toulouse",
        ),
        twin=person(
            "Dr Julie Aubry",
            "Médecin urgentiste, je fais de la télémédecine.",
            "Un développeur pour une application de téléconsultation.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Ibai Etxeberria",
            "Trail runner, I want to enter the big races.",
            "An organiser who hires runners as pacers.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "es"],
        ),
        trap=person(
            "Dr Henri Sallès",
            "Urgentiste, postes de secours en montagne.",
            "Un organisateur de courses qui me confie la couverture.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 68 ---------------------------------------------------------------- trap: visibility
    pair(
        68,
        "fr",
        "medical-transport",
        "A est ambulancier et veut un service de transport assis pour les dialysés; B "
        "coordonne un centre de dialyse et veut des transports fiables pour ses patients.",
        a=person(
            "Fabrice Lenoir",
            """J'ai une société de taxis conventionnés et d'ambulances à Poitiers : douze
            véhicules, quinze chauffeurs. On transporte des patients tous les jours.""",
            """Je veux me spécialiser mais il me faut un associé qui connaît les patients
            qui reviennent trois fois par semaine, leurs horaires, leurs équipes de soins
            et la façon dont l'hôpital commande ces trajets.""",
            """Un patient n'attend pas une heure dans le froid.""",
            tz=1,
            langs=["fr"],
            loc="Poitiers",
        ),
        b=person(
            "Hélène Bréchet",
            """Cadre de santé dans un centre de dialyse, 140 patients trois fois par semaine.
            Je connais les néphrologues et les services de la région.""",
            """Nos patients arrivent en retard ou repartent tard parce que les taxis ne
            sont pas fiables. Je cherche quelqu'un qui a des véhicules et des chauffeurs
            agréés, et qui veut organiser des tournées faites pour eux.""",
            """La ponctualité est un soin.""",
            tz=1,
            langs=["fr"],
            loc="Niort",
        ),
        twin=person(
            "Rachida Mokhtar",
            """Cadre de santé en cancérologie, je connais bien l'hôpital.""",
            """Un développeur pour un outil de suivi des chimiothérapies.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Kevin Rouault",
            """Chauffeur de taxi, je voudrais faire du transport de patients.""",
            """Une société qui embauche des chauffeurs agréés.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Isabelle Garrigue",
            """Cadre de santé en dialyse, 120 patients.""",
            """Une société de transport agréée pour des tournées.""",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 69 ---------------------------------------------------------------- trap: commitment
    pair(
        69,
        "cross",
        "gluten-free-bakery",
        "A is a coeliac pastry chef who wants a certified gluten-free bakery; B is a food "
        "safety auditor who wants a bakery to certify from scratch.",
        a=person(
            "Léonie Faure",
            "Pâtissière cœliaque, je fais des gâteaux sans gluten à Lyon.",
            "Qqn qui sait garantir zéro trace de gluten, du labo aux analyses.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Sophie Hartmann",
            "Food safety auditor; I set up allergen controls and lab testing.",
            "A talented baker who wants a fully safe gluten-free kitchen.",
            tz=1,
            langs=["en", "de"],
            loc="Zurich",
        ),
        twin=person(
            "Peter Vogel",
            "Food safety auditor for meat factories.",
            "A butcher chain to audit every month.",
            tz=1,
            langs=["en"],
        ),
        one=person(
            "Anaïs Blanc",
            "Je tiens un café à Lyon, beaucoup de clients cœliaques.",
            "Une pâtissière qui me livre des gâteaux sans gluten.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Mark Chester",
            "Food safety auditor, allergen controls.",
            "A gluten-free baker who wants a safe kitchen.",
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 70 ---------------------------------------------------------------- trap: timezone
    pair(
        70,
        "mixed",
        "scaffolding-safety",
        "A runs a scaffolding firm with too many near-misses and wants inspections digital; "
        "B is a safety inspector who wants a contractor to build a checking tool with.",
        a=person(
            "Kevin Marchetti",
            """Je dirige une entreprise d'échafaudages à Nice : 45 monteurs, 120 chantiers par
            an. We have had three near-misses this year and our paper checklists are
            filled in after the fact. I want someone who knows the rules by heart and can
            make the checks real: before, during and after each build.""",
            """Un associé qui connaît la sécurité des échafaudages mieux que moi.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en", "it"],
            loc="Nice",
        ),
        b=person(
            "Isabelle Roux",
            """Inspectrice sécurité pendant quinze ans pour un organisme de contrôle, j'ai
            vérifié des centaines d'échafaudages et formé des chefs de chantier.""",
            """Je veux rejoindre un échafaudeur qui a des équipes et des chantiers, pour
            monter avec lui des contrôles qui marchent sur le terrain.""",
            """Personne ne doit tomber.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Cannes",
        ),
        twin=person(
            "Patrick Giordano",
            """Inspecteur sécurité, je contrôle les ascenseurs.""",
            """Un ascensoriste qui veut un partenaire contrôle.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Oscar Lund",
            """Safety inspector for offshore rigs.""",
            """An oil services firm to hire my team.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en"],
        ),
        one=person(
            "Yasmine Hadj",
            """Je suis monteuse d'échafaudages et je cherche un emploi.""",
            """Une entreprise qui embauche des monteurs.""",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Marie-Claude Teriitahi",
            """Inspectrice sécurité pour échafaudages à Papeete.""",
            """Un échafaudeur qui a des équipes et des chantiers.""",
            ro=["domain"],
            rs=["operations"],
            tz=-10,
            langs=["fr", "en"],
        ),
    ),
    # 71 ---------------------------------------------------------------- trap: language
    pair(
        71,
        "cross",
        "wild-mushrooms",
        "A forages wild mushrooms for restaurants and wants them dried and sold all year; B "
        "runs a small drying and packing unit for herbs and wants a new product.",
        a=person(
            "Connor Fitzgerald",
            "I forage ceps, chanterelles and morels in the Jura for 30 restaurants.",
            """The season is short and half of what I pick rots before it sells. I need
            someone with dryers and a clean packing room who can preserve it and sell it in
            jars through the year.""",
            tz=1,
            langs=["en", "fr"],
            loc="Arbois",
        ),
        b=person(
            "Gisèle Perrin",
            "J'ai un atelier de séchage et de conditionnement de plantes aux normes.",
            "Un cueilleur sérieux qui m'apporte des produits sauvages chaque saison.",
            tz=1,
            langs=["fr", "en"],
            loc="Lons-le-Saunier",
        ),
        twin=person(
            "Raphaël Vuillemin",
            "Atelier de séchage de fruits pour les confiseurs.",
            "Un verger qui me vend ses abricots.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Mathis Girod",
            "Chef à Besançon, je cuisine les champignons sauvages.",
            "Un cueilleur qui me livre en saison.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ewa Kaczmarek",
            "Mam suszarnię i pakownię ziół.",
            "Zbieracza dzikich grzybów.",
            tz=1,
            langs=["pl"],
        ),
    ),
    # 72 ---------------------------------------------------------------- trap: consent
    pair(
        72,
        "en",
        "pet-cremation",
        "A is a vet practice manager who wants a respectful pet cremation service for "
        "clients; B runs a small crematorium and wants vet practices to refer families.",
        a=person(
            "Fiona Gallacher",
            """I manage a group of six vet practices in Edinburgh. We put animals to sleep
            every day and the cremation company we use is slow and careless: wrong ashes,
            late returns, families upset.""",
            """I want a partner who takes care of the bodies with respect, gives back the
            right ashes with a small ceremony, and can collect from our practices daily.""",
            """Grief for a pet is real grief.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
            loc="Edinburgh",
        ),
        b=person(
            "Graham Currie",
            """I run a small pet crematorium in West Lothian with two cremators, a van and a
            quiet room where families can say goodbye.""",
            """I'd like to work with someone who sees grieving owners every day and can
            bring practices to us, so we can grow without advertising.""",
            """Every animal treated as someone's family.""",
            tz=0,
            langs=["en"],
            loc="Livingston",
        ),
        twin=person(
            "Sandra Kirk",
            """I run a human funeral home and want to expand.""",
            """An investor to buy a second home.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Jamie Reid",
            """Newly qualified vet looking for a practice.""",
            """A practice manager who hires young vets.""",
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Alan Munro",
            """Pet crematorium with a farewell room.""",
            """Vet practices that refer families to us.""",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 73 ---------------------------------------------------------------- trap: visibility
    pair(
        73,
        "cross",
        "skatepark-building",
        "A is a skater who runs a youth club and wants a concrete park for his town; B is a "
        "concrete contractor who wants to specialise in skateparks.",
        a=person(
            "Yanis Haddouche",
            "J'anime un club de skate de 80 jeunes à Vénissieux et je connais la mairie.",
            "Un pro du béton qui sait couler des courbes lisses et bien finies.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Vénissieux",
        ),
        b=person(
            "Tom Ridley",
            "Concrete contractor; I've poured curved pools and two small skate bowls.",
            "A skater who knows what riders want and can win over the town hall.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
        twin=person(
            "Kyle Duggan",
            "Concrete contractor for car parks and warehouses.",
            "A property developer with big projects.",
            ro=["operations"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Inès Bouzid",
            "Je fais des vidéos de skate avec 50 000 abonnés.",
            "Un club de skate qui me laisse filmer ses jeunes.",
            ro=["marketing"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Shane Hollis",
            "Concrete contractor, smooth curves and bowls.",
            "A skater who can win over the town hall.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 74 ---------------------------------------------------------------- trap: commitment
    pair(
        74,
        "fr",
        "mountain-pharmacy",
        "A est pharmacien dans une vallée isolée et veut livrer les villages; B est pilote "
        "de drone agréé et veut une mission de livraison régulière.",
        a=person(
            "Jean-Marc Blanc",
            """Pharmacien titulaire dans la vallée de l'Ubaye depuis vingt ans. Mes patients
            âgés des hameaux attendent leurs traitements parfois trois jours l'hiver quand
            la route est coupée.""",
            """Je cherche quelqu'un qui sait envoyer des colis par les airs jusqu'aux
            hameaux, dans les règles, chaque semaine, quel que soit l'état de la
            route.""",
            """Le médicament doit arriver, même sous la neige.""",
            tz=1,
            langs=["fr"],
            loc="Barcelonnette",
        ),
        b=person(
            "Sébastien Aillaud",
            """Pilote de drone professionnel, dix ans de vols en montagne pour le secours et
            les relevés topographiques. J'ai les autorisations de vol hors vue.""",
            """Je veux une mission régulière qui rend service, avec un professionnel de
            santé qui sait quoi envoyer, à qui, et dans quelles conditions.""",
            """Voler utile.""",
            tz=1,
            langs=["fr"],
            loc="Gap",
        ),
        twin=person(
            "Florian Jourdan",
            """Pilote de drone, je filme des mariages en montagne.""",
            """Un monteur vidéo associé.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Odette Arnaud",
            """J'habite un hameau isolé et je prends beaucoup de médicaments.""",
            """Un pharmacien qui me les fait livrer l'hiver.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Bruno Lantelme",
            """Pilote de drone en montagne, vols hors vue autorisés.""",
            """Un pharmacien qui veut livrer les hameaux.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 75 ---------------------------------------------------------------- trap: timezone
    pair(
        75,
        "cross",
        "refugee-tutoring",
        "A is a retired maths teacher who wants to tutor refugee teenagers; B runs a shelter "
        "for young asylum seekers and wants volunteers organised into real classes.",
        a=person(
            "Margaret O'Connell",
            """Retired secondary maths teacher, 35 years in Dublin schools. I have a group
            of twelve retired teachers who want to help, and a method for pupils who lost
            years of school.""",
            "A place with young newcomers who need lessons, and someone who runs it.",
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            loc="Dublin",
        ),
        b=person(
            "Idriss Konaté",
            """Je dirige un foyer pour mineurs isolés à Nantes : 45 jeunes de 15 à 18 ans,
            qui ont souvent perdu deux ou trois ans d'école.""",
            """Je cherche des enseignants expérimentés, patients, prêts à faire de vrais
            cours réguliers, surtout en mathématiques.""",
            """Ces jeunes ne sont pas un problème, ils sont une chance.""",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Nantes",
        ),
        twin=person(
            "Gaëlle Simon",
            """Je dirige un foyer pour jeunes majeurs à Rennes.""",
            """Un employeur qui embauche des apprentis.""",
            ro=["operations"],
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Patrick Boyle",
            """I run a shelter for young asylum seekers in Cork.""",
            """A lawyer who can handle their cases.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Cormac Walsh",
            """I'm a trainee teacher and want to learn from veterans.""",
            """A retired teacher who can mentor me.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Amina Yusuf",
            """I run a shelter for young refugees in Vancouver.""",
            """Experienced teachers for regular maths classes.""",
            ro=["operations"],
            tz=-8,
            langs=["en"],
        ),
    ),
    # 76 ---------------------------------------------------------------- trap: language
    pair(
        76,
        "mixed",
        "beach-plastics",
        "A organises beach clean-ups and wants the plastic turned into products; B runs a "
        "small plastic recycling workshop and wants a steady, sorted feedstock.",
        a=person(
            "Clara Mendes",
            "J'organise des nettoyages de plage, 2 tonnes par mois à Lacanau.",
            "Someone who can turn the plastic we pick into things people buy.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en", "pt"],
            loc="Lacanau",
        ),
        b=person(
            "Antoine Berthelot",
            "Atelier de recyclage plastique : broyeur, extrudeuse, moules.",
            "Une asso qui collecte et trie du plastique chaque mois.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Bordeaux",
        ),
        twin=person(
            "Léo Marchal",
            "Atelier de recyclage, je fais des meubles en plastique.",
            "Un designer qui vend mes meubles en ligne.",
            ro=["tech"],
            rs=["marketing"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Noah Lagarde",
            "Je préside un surf club de 300 membres qui veulent aider.",
            "Une asso qui organise des nettoyages.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Jonas Weber",
            "Kunststoff-Recycling-Werkstatt mit Extruder.",
            "Ein Verein, der Plastik sammelt.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["de"],
        ),
    ),
    # 77 ---------------------------------------------------------------- trap: consent
    pair(
        77,
        "cross",
        "cheese-aging",
        "A makes farm cheeses but has no cellar to age them; B owns old cellars and wants "
        "to become an affineur with good producers.",
        a=person(
            "Solène Vachey",
            """Je fais des fromages au lait cru de chèvre et de vache dans une petite ferme
            du Jura, 40 bêtes, tout à la main. Mes fromages sont bons jeunes mais je n'ai
            pas de place pour les faire vieillir, alors je les vends trop tôt et trop bon
            marché.""",
            """Je cherche quelqu'un qui a des caves fraîches et humides, qui sait retourner,
            brosser et suivre des meules pendant des mois, et qui revend aux fromagers des
            villes.""",
            """Le temps fait le goût.""",
            tz=1,
            langs=["fr", "en"],
            loc="Poligny",
        ),
        b=person(
            "Edward Latham",
            """I bought a former fort near Besançon with 1,200 m² of cool, damp cellars.
            I trained with a cheese ager in London and I sell to twenty cheesemongers in
            the UK and the Netherlands.""",
            """I'd like to team up with a small farm producer whose young raw-milk cheeses
            deserve months of ageing, and who would supply me every week.""",
            """Small farms, honest prices.""",
            tz=1,
            langs=["en", "fr"],
            loc="Besançon",
        ),
        twin=person(
            "Marcus Hale",
            """I run cool cellars in Bristol and store wine for collectors.""",
            """A wine merchant with clients to fill the racks.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Thérèse Bourgeois",
            """Fromagère à Dijon, je cherche des fromages fermiers.""",
            """Une productrice de fromages au lait cru qui me livre.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Simon Clarke",
            """Cheese ager with large cellars and UK clients.""",
            """A small farm producer of raw-milk cheeses.""",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 78 ---------------------------------------------------------------- trap: visibility
    pair(
        78,
        "en",
        "assistance-dogs",
        "A trains assistance dogs and has a long waiting list; B runs puppy-raising "
        "volunteers and wants a trainer to finish the dogs.",
        a=person(
            "Brenda Kowalski",
            """Certified assistance-dog trainer, fifteen years. I train dogs for people
            with epilepsy, diabetes and PTSD, and I place about twelve a year, which is
            nothing against the 200 families on my list.""",
            """Raising a puppy for its first year eats most of my time. I need a partner who
            can find and support ordinary households willing to bring up a young dog for
            its first year and hand it back well socialised, so I can focus on the final
            training.""",
            rs=["operations"],
            tz=-5,
            langs=["en"],
            loc="Columbus",
        ),
        b=person(
            "Gloria Perez",
            "I run a network of 60 volunteer puppy-raising families in Ohio.",
            "A trainer who can turn our grown pups into working helper dogs.",
            tz=-5,
            langs=["en", "es"],
            loc="Cincinnati",
        ),
        twin=person(
            "Wayne Fisher",
            "I run a network of volunteer foster homes for shelter cats.",
            "A vet clinic that spays cats for free.",
            tz=-5,
            langs=["en"],
        ),
        one=person(
            "Ethan Pruitt",
            "I breed Labradors with calm temperaments.",
            "A trainer who will buy my puppies for service work.",
            tz=-5,
            langs=["en"],
        ),
        trap=person(
            "Diane Walsh",
            "Volunteer puppy-raising network, 50 families.",
            "A trainer who finishes dogs for service work.",
            tz=-5,
            langs=["en"],
            vis="private",
        ),
    ),
    # 79 ---------------------------------------------------------------- trap: commitment
    pair(
        79,
        "cross",
        "ebike-batteries",
        "A repairs e-bike batteries cell by cell and wants to get them from dealers; B runs "
        "a chain of e-bike dealers with dead batteries piling up.",
        a=person(
            "Rhys Caddick",
            """Battery technician; I rebuild e-bike packs with new cells, test them and give
            them a one-year warranty. I can do 40 a week in my Cardiff workshop and I know
            the safety rules for shipping lithium.""",
            """I have no customers beyond word of mouth. I want a partner who sells e-bikes,
            sees dead batteries every day and has a network of shops to collect them.""",
            """Repair first, recycle last.""",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="Cardiff",
        ),
        b=person(
            "Pierre-Yves Guillard",
            """Je dirige douze magasins de vélos électriques dans l'Ouest. Les clients
            jettent des vélos entiers parce qu'une batterie neuve coûte 700 euros.""",
            """Je cherche un technicien qui sait reconstruire des batteries en toute
            sécurité, avec une garantie, pour un prix que mes clients acceptent.""",
            """Un vélo qui roule dix ans.""",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Nantes",
        ),
        twin=person(
            "Kévin Thébaud",
            """Vendeur de vélos électriques à Angers.""",
            """Un importateur de vélos chinois bon marché.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Lisa Brandt",
            """I run e-scooter rental shops in Cologne.""",
            """An app developer for rentals.""",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["en"],
        ),
        one=person(
            "Owain Price",
            """I sell lithium cells wholesale.""",
            """A battery builder who buys cells every week.""",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Gwenola Le Meur",
            """Magasins de vélos électriques, batteries mortes à réparer.""",
            """Un technicien qui reconstruit les batteries.""",
            ro=["sales"],
            rs=["tech"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 80 ---------------------------------------------------------------- trap: timezone
    pair(
        80,
        "fr",
        "puppet-theatre",
        "A est marionnettiste et veut tourner dans les écoles; B programme des spectacles "
        "pour les écoles et cherche une compagnie jeune public.",
        a=person(
            "Camille Vidal",
            "Marionnettiste, je joue trois spectacles pour enfants.",
            "Quelqu'un qui place mes créations auprès des établissements scolaires.",
            tz=1,
            langs=["fr"],
            loc="Toulouse",
        ),
        b=person(
            "Marion Delpech",
            "Je programme des spectacles pour 150 écoles de l'Occitanie.",
            "Une compagnie jeune public qui tourne facilement.",
            tz=1,
            langs=["fr"],
            loc="Albi",
        ),
        twin=person(
            "Stéphanie Bordes",
            "Je programme les concerts d'un festival de jazz.",
            "Un partenaire qui trouve des mécènes.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Lucas Pujol",
            "Je fabrique des marionnettes sur commande.",
            "Une marionnettiste qui me commande des pièces.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Anne Lefebvre",
            "Je programme des spectacles pour les écoles de Nouvelle-Calédonie.",
            "Une compagnie jeune public qui tourne facilement.",
            tz=11,
            langs=["fr"],
        ),
    ),
]
