"""Pairs 101-110 of complementary_v6."""

from people import pair, person

PAIRS = [
    # 101 --------------------------------------------------------------- trap: language
    pair(
        101,
        "cross",
        "wooden-boat-caulking",
        "A runs a Cornish boatyard with wooden boats waiting because the old shipwrights "
        "retired; B is a French shipwright who caulks and replanks wooden hulls.",
        a=person(
            "Jowan Tregenza",
            "Boatyard in Mylor, 30 wooden boats on the hard waiting for spring.",
            "The old shipwrights retired and the seams still leak. Owners are giving up.",
            "Keep them floating.",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Erwan Le Floc'h",
            """Charpentier de marine à Douarnenez depuis vingt ans : je calfate au coton et à
            l'étoupe, je remplace des bordés et des membrures, je refais des ponts en teck.
            J'ai travaillé sur des thoniers, des langoustiers et des yachts classiques. Je
            parle anglais, j'ai fait trois saisons à Falmouth.""",
            """Je cherche un chantier de l'autre côté de la Manche qui me fournisse un hiver
            entier de coques en bois à reprendre, avec un hangar et un logement.""",
            """Un bateau en bois vit tant qu'on le soigne.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Yannick Guéguen",
            """Charpentier de marine, je construis des annexes et des canots neufs en
            contreplaqué époxy pour la plaisance. Je parle anglais.""",
            """Je cherche un distributeur de kits pour l'export et un site de vente en
            ligne.""",
            """Construire léger.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Caspar Rowe",
            """I own a 1912 gaff cutter, thirty-two feet, moored in Falmouth; I sail her every summer with my grandchildren and race her at the classic regattas. She's sound, mostly, and I'm a retired GP with more enthusiasm than skill.""",
            """I need a yard nearby that takes her out of the water for the winter, keeps her under cover and does the painting and small jobs, at a price a pensioner can manage.""",
            """Old boats should sail, not sit in museums.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ronan Kerdoncuff",
            """Charpentier de marine : calfatage au coton et à l'étoupe, bordés et membrures
            remplacés, ponts en teck refaits.""",
            """Un chantier anglais qui me fournisse un hiver entier de coques en bois, avec
            un hangar et un logement.""",
            """Un bateau vit tant qu'on le soigne.""",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 102 --------------------------------------------------------------- trap: consent
    pair(
        102,
        "mixed",
        "bilingual-montessori-science",
        "A runs a bilingual Montessori school that has no one to teach science in both "
        "languages; B is a bilingual science teacher who wants a school to build a lab in.",
        a=person(
            "Isaure Whitfield-Ranson",
            """Je dirige une école Montessori bilingue à Annecy, cent vingt élèves de
            trois à quinze ans, half the families are international, CERN and Geneva. Les
            classes sont mixtes en âge et les enfants travaillent en autonomie. I was a
            Montessori guide for ten years in Boston before coming home. Le mercredi je fais
            de la voile sur le lac, badly.""",
            """We need a science teacher qui enseigne dans les deux langues, who can set up
            a hands-on science room for the older children and prepare materials in our
            method's spirit, pas des cours magistraux.""",
            """Les enfants apprennent en faisant.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Tobias Vernier-Allen",
            """Professeur de physique-chimie, raised bilingual in Toronto and Lyon; twelve
            years teaching in international schools, I build labs from almost nothing, write
            my own experiment cards et je forme les collègues. Certified Montessori
            adolescent guide since 2021.""",
            """Je cherche une école qui me laisse créer un vrai laboratoire and a science
            programme across all ages, with a director who handles parents and budgets.""",
            """Curiosity first, formulas later.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Perrine Ashworth-Blanc",
            """Professeure de mathématiques bilingue, I tutor international students for
            the IB exams, en ligne et en présentiel.""",
            """I need an edtech developer pour une plateforme de cours, and an
            investor.""",
            """Maths for everyone.""",
            ro=["domain"],
            rs=["tech", "finance"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Gwenaël Stratton",
            """Parent d'élève, physicist at CERN, I'd love to run a physics club for teenagers: rockets, magnets, cloud chambers, le genre d'expériences qui font crier les enfants.""",
            """Une école qui me laisse animer un club le vendredi après-midi, with a room and a cupboard for my kit, une fois par semaine.""",
            """Share the wonder.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Lucas Delaney-Faure",
            """Professeur de physique-chimie bilingue, international schools for ten years;
            I build labs and write experiment cards. Montessori-certified.""",
            """Une école qui me laisse créer un laboratoire and a science programme across
            ages.""",
            """Curiosity first.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 103 --------------------------------------------------------------- trap: visibility
    pair(
        103,
        "cross",
        "dance-live-electronics",
        "A directs a contemporary dance company that wants music made live on stage; B is an "
        "electronic composer who performs live with dancers.",
        a=person(
            "Clarisse Ambrogi",
            """Je dirige une compagnie de danse contemporaine en résidence à Marseille,
            six danseurs, deux créations par an, tournées en France et en Italie. Nous
            travaillons beaucoup l'improvisation. J'ai commencé la danse à quarante ans,
            après une carrière d'avocate, ce qui surprend encore mes interprètes.""",
            """Jusqu'ici nous dansons sur des bandes enregistrées, et ça fige tout. Il me
            faudrait un musicien qui fabrique le son en direct sur le plateau, qui réagisse
            aux corps, et qui crée avec nous dès les premières répétitions.""",
            """Le spectacle doit être différent chaque soir.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Benedict Achterberg",
            """Electronic composer and performer; I build my own instruments with
            sensors and modular synths and I've performed live with three dance companies in
            Berlin and London, reacting to movement through cameras and contact mics. I
            moved to Marseille last year and speak French.""",
            """I want a company that makes me part of the creation from day one, not
            someone who delivers a soundtrack at the end, and tours with me on stage.""",
            """Sound and movement are one gesture.""",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Lysander Holt",
            """Electronic composer; I write scores for video games and short films from my home studio near Aix, orchestral and synth, and I've scored four indie games. I speak French.""",
            """I need an agent who gets me game studio contracts, and a lawyer who sorts out my royalties and rights.""",
            """Music for imaginary worlds.""",
            rs=["sales", "legal"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Noëlle Fabbri",
            """Danseuse contemporaine, sortie du conservatoire de Lyon l'an dernier, formée à l'improvisation et au contact; j'ai dansé dans deux courtes pièces et je donne des cours aux enfants pour payer mon loyer.""",
            """Je cherche une compagnie qui m'auditionne et m'engage sur une création et une saison de tournée, même pour un petit rôle.""",
            """Danser, encore et encore.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Caspian Wrede",
            """Electronic composer and performer with home-built instruments and sensors;
            live work with three dance companies. I speak French.""",
            """A company that makes me part of the creation from day one and tours with me
            on stage.""",
            """Sound and movement.""",
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 104 --------------------------------------------------------------- trap: commitment
    pair(
        104,
        "en",
        "sheepdog-training",
        "A is a hill farmer whose young collie won't work; B trains sheepdogs and wants a "
        "farm with sheep to train on.",
        a=person(
            "Hywel Prothero",
            "Hill farm, Brecon, 900 ewes. Young collie, lots of heart, no sense.",
            "Somebody who can make her into a proper working dog by lambing.",
            "A good dog is worth two men.",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Eirlys Vaughan",
            "I train working collies, 3-month stays, trialled at national level.",
            "A farm with plenty of sheep on hill ground to train on daily.",
            "Patience with dogs and people.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Gethin Morgan-Rees",
            "I breed and train gundogs, spaniels and labs, for shoots.",
            "A shooting estate to train on in the season.",
            "Soft mouths.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Carys Bevan",
            "Agricultural student, want lambing experience.",
            "A hill farm that takes me on for lambing.",
            "Learn by doing.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Dilwyn Pugh",
            "I train working collies, 3-month stays, trialled nationally.",
            "A farm with lots of sheep on hill ground for daily training.",
            "Patience.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 105 --------------------------------------------------------------- trap: timezone
    pair(
        105,
        "cross",
        "food-labelling-export",
        "A is a honey producer whose jars were refused in France over their labels; B is a "
        "French food-labelling consultant who wants British producers.",
        a=person(
            "Mabel Ridgeway",
            "Heather honey, North Yorkshire, 8 tonnes. My jars got turned back at Calais.",
            "French buyers love it, but the pallets keep coming home and I don't know why.",
            "Honest honey.",
            ro=["domain"],
            rs=["legal"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Quentin Laffargue",
            "Juriste, étiquetage alimentaire et règles d'import en France, 15 ans.",
            "Des producteurs britanniques qui veulent entrer en France sans se faire refouler.",
            "La règle, expliquée simplement.",
            ro=["legal"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Apolline Desgranges",
            "Juriste, propriété intellectuelle et marques pour l'agroalimentaire.",
            "Un cabinet anglais qui m'envoie ses clients en France.",
            "Protéger les noms.",
            ro=["legal"],
            rs=["legal"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Harold Winterbottom",
            "Deli owner in York, local produce only.",
            "A honey producer to supply 200 jars a month.",
            "Buy local.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Matthieu Lagrange",
            "Juriste à Papeete, étiquetage alimentaire et import en France, 15 ans.",
            "Des producteurs britanniques qui veulent entrer en France.",
            "La règle, simplement.",
            ro=["legal"],
            rs=["domain"],
            tz=-10,
            langs=["fr", "en"],
        ),
    ),
    # 106 --------------------------------------------------------------- trap: language
    pair(
        106,
        "fr",
        "craft-malting",
        "A is a Picardy brewer who wants malt from local barley; B is a small-batch maltster "
        "who needs brewers to buy his malt.",
        a=person(
            "Valentin Crépin",
            """Je brasse de la bière dans une ancienne sucrerie près de Péronne : quatre
            mille hectolitres par an, six salariés, un bar le vendredi soir. Toutes nos
            céréales viennent d'un grand malteur industriel qui mélange des orges de partout.
            Je suis aussi pompier volontaire, ce qui m'a valu quelques départs en plein
            brassage.""",
            """Je voudrais quelqu'un qui fasse germer et sécher l'orge des champs d'à côté,
            en petites quantités, lot par lot, avec des profils que je choisis, pour qu'on
            puisse dire d'où vient chaque bière.""",
            """Une bière qui a un village derrière elle.""",
            ro=["product", "sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Hippolyte Dewavrin",
            """Malteur artisanal : j'ai monté une malterie de flocage au sol dans une
            grange de la Somme, trente tonnes par an, avec des orges de brasserie cultivées
            par trois voisins. Je sais faire du pâle, du Munich, du caramel et du fumé au
            hêtre, et j'analyse chaque lot.""",
            """Il me manque des clients qui s'engagent sur des volumes à l'année, pour que
            mes voisins sèment plus d'orge et que je puisse acheter un deuxième
            touraillon.""",
            """Du champ au verre, sans détour.""",
            ro=["domain"],
            rs=["product", "sales"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Anatole Verhaeghe",
            """Malteur, je fais du malt de sarrasin et d'épeautre sans gluten pour les
            boulangers et les brasseurs spécialisés.""",
            """Je cherche un investisseur pour une ligne de décorticage et un commercial qui
            démarche les boulangeries.""",
            """Des céréales oubliées.""",
            ro=["domain"],
            rs=["finance", "sales"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Éloïse Carpentier",
            """Je gère un bar à bières à Amiens, douze tireuses, des soirées quiz et des concerts le samedi; je ne sers que des bières de la région.""",
            """Une brasserie des environs qui me livre des fûts chaque semaine et vienne présenter ses bières un soir par mois.""",
            """Boire local, boire curieux.""",
            ro=["sales"],
            rs=["product"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Pieter Vandenbroucke",
            """Ambachtelijke mouter: vloermouterij in een schuur, dertig ton per jaar, met
            brouwgerst van drie buren; pils, munich, karamel en gerookt.""",
            """Brouwers die zich voor een jaar vastleggen op volumes.""",
            """Van veld tot glas.""",
            ro=["domain"],
            rs=["product", "sales"],
            tz=1,
            langs=["nl"],
        ),
    ),
    # 107 --------------------------------------------------------------- trap: consent
    pair(
        107,
        "cross",
        "english-tearoom-baking",
        "A runs a tea room in Honfleur whose British visitors ask for scones; B is an English "
        "baker who wants a café to bake for.",
        a=person(
            "Bérengère Lamotte",
            "Salon de thé à Honfleur, plein de touristes anglais l'été.",
            "Quelqu'un qui fasse les vraies pâtisseries du thé britannique, comme là-bas.",
            "Le thé, c'est sacré.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Marjorie Clutterbuck",
            """I'm a baker from Devon who moved to Normandy with my husband three years
            ago; I speak French well now. I bake scones, crumpets, Victoria sponges, lemon
            drizzle, Eccles cakes and proper clotted cream from local milk, and I sold at
            the market in Pont-l'Évêque until my stall was given to someone else.""",
            """I'd like a café or tea room that will take my bakes every morning and let me
            use their kitchen early, before they open.""",
            """Nothing beats a warm scone.""",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Beatrice Fothergill",
            """Baker from Kent, living in Caen; I make wedding cakes and celebration cakes to order, tiered and decorated, for about sixty weddings a year. I speak French.""",
            """I need a network of wedding planners who recommend me, and an online order system with deposits, because I'm drowning in emails.""",
            """Cakes for the big days.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Olivier Hautecoeur",
            """Importateur de thés en vrac depuis vingt ans, je fournis les salons de thé et les épiceries de Normandie en thés de Darjeeling, d'Assam et de Chine, et je forme leur personnel à l'infusion.""",
            """Je cherche un salon de thé qui prenne mes thés, les mette en avant sur sa carte et organise avec moi une dégustation par saison.""",
            """Le bon thé, bien infusé.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Edwina Pargeter",
            """Baker from Devon living in Normandy; scones, crumpets, sponges and clotted
            cream from local milk. I speak French.""",
            """A café or tea room that takes my bakes every morning and lets me use its
            kitchen early.""",
            """Warm scones.""",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 108 --------------------------------------------------------------- trap: visibility
    pair(
        108,
        "mixed",
        "campervan-service-points",
        "A owns a campervan stopover in Brittany where vans empty waste in the hedges; B "
        "installs campervan service points with water and waste bays.",
        a=person(
            "Yvonnick Le Dantec",
            "Aire de camping-cars près de Crozon, 60 vans a night in August.",
            "They empty their grey water in my hedges et les voisins se plaignent.",
            "Accueillir sans abîmer.",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Niels Vandermeersch",
            "J'installe des bornes de service for campervans: water, vidange, card payment.",
            "Des aires privées qui veulent s'équiper properly.",
            "Clean travel.",
            tz=1,
            langs=["en", "fr", "nl"],
        ),
        twin=person(
            "Joris De Clercq",
            "J'installe des bornes de recharge électrique for campsites.",
            "A campsite chain qui signe pour tout son réseau.",
            "Charge everywhere.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Soizic Morvan",
            "Crêperie à Crozon, I want campervan tourists.",
            "An aire owner qui met mes flyers à l'entrée.",
            "Galettes pour tous.",
            ro=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Bram Hoekstra",
            "J'installe des bornes de service for campervans: eau, vidange, payment.",
            "Des aires privées qui veulent s'équiper.",
            "Clean travel.",
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 109 --------------------------------------------------------------- trap: commitment
    pair(
        109,
        "cross",
        "ship-model-making",
        "A curates a small maritime museum whose lost ships exist only as plans; B builds "
        "scale ship models from plans and wants a museum commission.",
        a=person(
            "Lionel Hartigan",
            """I'm the curator of a small maritime museum in Portsmouth, run by a trust:
            three rooms, a slipway, twenty volunteers, most of them retired dockyard men.
            We hold the builder's plans of forty ships launched here between 1860 and 1950,
            but almost none of the ships survive. I collect barometers, which my wife
            tolerates.""",
            """I'd like someone who can build accurate scale models from those drawings, hull
            planked frame by frame, rigging and all, so visitors can see what came out of
            this town, and who could run a workshop where our volunteers help.""",
            """Show people what their grandparents built.""",
            ro=["domain"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Aymar Le Goff-Penven",
            """Maquettiste naval depuis vingt-cinq ans à Brest : je construis des maquettes
            d'arsenal à l'échelle, bordé sur couples, gréement complet, d'après les plans
            des constructeurs, pour des musées et des collectionneurs. Je parle anglais, j'ai
            exposé à Greenwich.""",
            """Je cherche un musée qui me commande une série de maquettes sur plusieurs
            années, et qui me laisse travailler à la vue du public, avec des bénévoles qui
            apprennent.""",
            """La précision, au dixième de millimètre.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Gaël Tréguier",
            """Maquettiste, je fabrique des maquettes de bateaux en kits pour les
            boutiques de musées et les magasins de jouets. Je parle anglais.""",
            """Je cherche un distributeur pour le Royaume-Uni et un usinage laser plus
            rapide.""",
            """Le bateau sur l'étagère.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Agnes Rutherford",
            """Retired naval architect; forty years designing frigates and ferries. I now volunteer, cataloguing old ship plans and explaining them to anyone who'll listen, and I can date a plan by its lettering.""",
            """I'm looking for a museum that lets me sort, catalogue and digitise its archive of builders' plans, with a desk, a scanner and a quiet room.""",
            """Plans are history; someone should read them.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Tugdual Kerhoas",
            """Maquettiste naval : maquettes d'arsenal à l'échelle, bordé sur couples,
            gréement complet, d'après les plans. Je parle anglais.""",
            """Un musée qui me commande une série de maquettes sur plusieurs années, à la
            vue du public.""",
            """La précision.""",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 110 --------------------------------------------------------------- trap: timezone
    pair(
        110,
        "fr",
        "retro-console-repair",
        "A sells retro video games and consoles that arrive broken; B repairs old consoles "
        "and wants a shop to work for.",
        a=person(
            "Kilian Desforges",
            "Boutique de jeux vidéo rétro à Nantes, consoles des années 80 et 90.",
            "Qqn qui sache remettre en état les machines : lecteurs, condensateurs, écrans.",
            "Jouer comme avant.",
            ro=["sales"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Enzo Rabaté",
            "Je répare les vieilles consoles, soudure fine, pièces introuvables refaites.",
            "Un magasin qui m'envoie ses machines en panne chaque semaine.",
            "Rien n'est mort.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Timothée Gallou",
            "Je répare les smartphones et tablettes, écrans et batteries.",
            "Un local en centre-ville à louer pas cher.",
            "Réparer vite.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Morgane Lesueur",
            "Organisatrice d'un salon du jeu rétro à Nantes.",
            "Des boutiques qui tiennent un stand au salon.",
            "La nostalgie partagée.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ethan Trudel",
            "Je répare les vieilles consoles à Nouméa, soudure fine, pièces refaites.",
            "Une boutique qui m'envoie ses machines en panne chaque semaine.",
            "Rien n'est mort.",
            tz=11,
            langs=["fr"],
        ),
    ),
]
