"""Pairs 111-120 of complementary_v8."""

from people import pair, person

PAIRS = [
    # 111 --------------------------------------------------------------- trap: language
    pair(
        111,
        "fr",
        "nordic-walking-seniors",
        "A's hiking club is ageing and members drop out with bad knees; B teaches adapted "
        "pole walking to older people and wants a club to work with.",
        a=person(
            "Jacqueline Voisembert",
            """Je préside un club de randonnée dans le Vercors: cent quatre-vingts
            adhérents, des sorties chaque mardi et chaque dimanche, un local prêté par la
            commune, un minibus et une caisse bien garnie par les cotisations et la
            buvette de la fête du village.""",
            """Nos membres ont en moyenne soixante-sept ans. Chaque saison, une dizaine
            arrêtent: les genoux, les hanches, la peur de tomber dans les descentes. Ils
            restent chez eux, s'ennuient, et le club perd ses piliers. Les sorties courtes
            ne les intéressent pas, ils veulent rester dans le groupe.""",
            "Marcher ensemble le plus longtemps possible.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Vercors",
        ),
        b=person(
            "Étiennette Serieys",
            "Je forme à la marche avec bâtons, adaptée aux aînés.",
            "Un groupe de marcheurs qui m'invite deux fois par mois.",
            "Le bâton, c'est une deuxième paire de jambes.",
            tz=1,
            langs=["fr"],
            loc="Grenoble",
        ),
        twin=person(
            "Roselyne Terral",
            "Monitrice de marche avec bâtons pour seniors.",
            "Il me faut un fabricant qui me vende des bâtons réglables en gros.",
            "Une deuxième paire de jambes.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Philibert Achard",
            "Retraité, je viens d'arriver à Villard-de-Lans.",
            "Je cherche un club de randonnée pour me faire des amis.",
            "Marcher et parler.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Glenys Appleyard",
            "I teach pole walking adapted to older people.",
            "A club that opens its walks to me twice a month.",
            "A second pair of legs.",
            tz=0,
            langs=["en"],
        ),
    ),
    # 112 --------------------------------------------------------------- trap: consent
    pair(
        112,
        "cross",
        "washed-rind-goat-cheese",
        "A is a cheesemonger who wants a washed-rind goat cheese shipped weekly; B makes "
        "one in the Jura and wants a British buyer.",
        a=person(
            "Felix Sharples",
            "Cheesemonger in Bristol, 200 cheeses, two shops and a stall.",
            "A maker of washed-rind goat cheese who can ship to me every week.",
            "Know your farmer.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
        b=person(
            "Solange Vernhes",
            "Fromagère dans le Jura, chèvre à croûte frottée à la saumure.",
            "Un crémier anglais qui commande chaque semaine.",
            "Le lait cru, la patience.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Jura",
        ),
        twin=person(
            "Armance Cretin",
            "Je fais un chèvre affiné à croûte lavée dans le Haut-Jura.",
            "Il me faut un vétérinaire qui suive mon troupeau de chèvres.",
            "La patience.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Poppy Unsworth",
            "Food blogger in Bath; I review cheese shops.",
            "I want a tasting tour of a good cheese shop for my readers.",
            "Eat well.",
            ro=["marketing"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Bérangère Mouillot",
            "Fromagère jurassienne, chèvre à croûte frottée.",
            "Un crémier britannique qui commande chaque semaine.",
            "La patience.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 113 --------------------------------------------------------------- trap: visibility
    pair(
        113,
        "en",
        "seabird-oiling-rescue",
        "A runs a seabird rescue centre overwhelmed after spills; B is a wildlife vet who "
        "specialises in oiled birds and wants a centre to base a team at.",
        a=person(
            "Wenna Chenoweth",
            """I manage a wildlife rescue centre on the Cornish coast run by a charity. We
            have pools, drying rooms, washing bays, forty trained volunteers and a good
            relationship with the coastguard and the local council. After every small oil
            spill or paraffin dump we get two or three hundred guillemots and razorbills
            within a week.""",
            """I need a vet who knows oiled seabirds: how to stabilise them before washing,
            feed them through the tube, spot the ones that will not survive, and write the
            protocols so that my volunteers save more than half instead of a third.""",
            "Every bird we release is a small victory.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Cornwall",
        ),
        b=person(
            "Alasdair Mackinnon-Reid",
            """I am a wildlife vet who has worked spill responses in Scotland, Norway and
            South Africa. I have written care guidelines for auks and gannets, from first aid to cleaning and release, trained teams at two national centres, and I keep detailed records of how many make it. Between emergencies I do locum work in mixed practice, which wastes
            what I know.""",
            """I want a permanent base by the sea, with tanks and helpers, a part-time salary, and the chance to build a response team that can travel to other spills. I can move at short notice. I would also help write grant applications.""",
            "Triage honestly, wash gently, release strong birds.",
            tz=0,
            langs=["en"],
            loc="Aberdeen",
        ),
        twin=person(
            "Rowenna Kittow",
            """Wildlife vet, oiled seabird specialist; I have worked spill responses in three countries and written stabilisation and washing protocols for auks and gannets.""",
            "I need a publisher for a field handbook on auk care.",
            "Triage honestly.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Kenver Walmsley",
            "Retired fisherman in Newlyn, plenty of time on my hands and a boat I still take out.",
            "I want to volunteer with seabirds after a spill.",
            "Give something back.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Isobel Farquhar-Lane",
            """Wildlife vet; spill responses, washing protocols for auks and gannets, trained teams at two national centres.""",
            "A coastal centre with pools and volunteers, and a part-time salary.",
            "Triage honestly.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 114 --------------------------------------------------------------- trap: commitment
    pair(
        114,
        "cross",
        "mobile-juice-pasteurising",
        "A's village apple press makes juice that spoils in days; B pasteurises and "
        "bag-in-boxes juice in a mobile unit and wants villages to visit.",
        a=person(
            "Géraud Lafforgue",
            "Pressoir associatif dans le Tarn, les voisins viennent en octobre.",
            "Chaque automne, des tonnes de pommes; le jus tourne en trois jours.",
            "Rien ne pourrit.",
            tz=1,
            langs=["fr"],
            loc="Tarn",
        ),
        b=person(
            "Hamish Trelease",
            "My trailer unit heats juice to 75 °C and fills five-litre boxes.",
            "Community presses that book me for a day every October.",
            "Keep the apples, keep the summer.",
            tz=0,
            langs=["en", "fr"],
            loc="Toulouse",
        ),
        twin=person(
            "Ivor Blenheim",
            "My mobile rig pasteurises juice and fills five-litre boxes.",
            "I need a bulk supplier of bag-in-box bags at trade price.",
            "Keep the summer.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Mireille Cazottes",
            "J'ai trois vieux pommiers dans mon jardin à Albi.",
            "Je veux un pressoir où apporter mes pommes cet automne.",
            "Rien ne se perd.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rafe Honeychurch",
            "Mobile pasteuriser on a trailer; five-litre boxes filled on site.",
            "Village presses that book me each October.",
            "Keep the summer.",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 115 --------------------------------------------------------------- trap: timezone
    pair(
        115,
        "mixed",
        "gospel-choir-organist",
        "A directs a large gospel choir with no keyboard player; B is a gospel organist "
        "moving to Paris who wants a choir and rehearsal work.",
        a=person(
            "Rébecca Nzuzi-Lambert",
            """Je dirige une chorale gospel à Saint-Denis: soixante choristes de tous les
            âges, des concerts dans les églises et les festivals d'Île-de-France, un
            album enregistré l'an dernier. Nous avons une salle de répétition, un orgue
            électrique et une petite association qui paie les musiciens.""",
            """But our keyboard player went back to Kinshasa. We need an organist who
            really knows gospel: the chords, the runs, the shout music, who can lead the
            rehearsal from the keys when I'm on the floor with the singers.""",
            """La musique qui relève les gens. Joy is not optional.""",
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Denis",
        ),
        b=person(
            "Ezekiel Adebayo-Morris",
            """I grew up in a Pentecostal church in Peckham and have played Hammond and
            piano for choirs for twenty years: Sunday services, a community choir of
            ninety, two tours in Germany. I arrange parts, teach them by ear, and can hold a practice session together from the bench.""",
            """My wife has a job in Paris from January. I want a choir there that needs a
            musical director at the keys, with regular paid practice nights and shows, so I
            can settle in quickly.""",
            "Play for the people, not for yourself.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Jerome Okonjo-Bailey",
            """Gospel organist, Hammond and piano for choirs for fifteen years in Birmingham; I arrange parts, teach them by ear and lead rehearsals from the keys.""",
            "I need a church in south London that will let my band lead Sunday worship.",
            "Play for the people.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Grâce Mavungu",
            "Soprano, j'adore chanter, je viens d'arriver à Saint-Denis et j'ai chanté dix ans dans une chorale à Lyon.",
            "I want to join a gospel choir that rehearses on weekday evenings.",
            "Chanter fort.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Marcus Whitfield-Jones",
            """Gospel organist in Chicago; Hammond and piano, I lead rehearsals from the keys and arrange parts for big choirs.""",
            "A choir that needs a musical director at the keys, paid.",
            "Play for the people.",
            ro=["domain"],
            rs=["operations"],
            tz=-6,
            langs=["en", "fr"],
        ),
    ),
    # 116 --------------------------------------------------------------- trap: language
    pair(
        116,
        "cross",
        "channel-swim-pilot-boat",
        "A's club trains Channel swimmers who need an escort boat from the French side; B is "
        "a licensed skipper who wants swimmers to escort.",
        a=person(
            "Gemma Whittle",
            "Channel swimming club in Dover; 30 swimmers training for solo crossings.",
            "Someone with a licensed boat to escort them, France to England.",
            "One stroke at a time.",
            tz=0,
            langs=["en"],
            loc="Dover",
        ),
        b=person(
            "Mathurin Albouy",
            """Patron pêcheur à Boulogne-sur-Mer pendant trente ans, je suis maintenant
            skipper professionnel avec un bateau de douze mètres, autorisé à accompagner
            des traversées à la nage. Je connais les courants, les marées et le trafic
            du détroit mieux que ma poche, et mon fils m'aide à bord.""",
            """Je voudrais des nageurs sérieux à accompagner pendant la saison, de juin à septembre, avec un club qui s'occupe des inscriptions et des dates. Je prends deux ou trois traversées par semaine quand la météo le permet. Le reste du temps, je pêche encore un peu.""",
            "La mer ne pardonne rien, on la respecte.",
            tz=1,
            langs=["fr", "en"],
            loc="Boulogne-sur-Mer",
        ),
        twin=person(
            "Gontran Mabille",
            """Skipper à Boulogne, bateau de douze mètres, autorisé à accompagner les traversées à la nage; je connais les courants et les marées du détroit depuis vingt ans.""",
            "Il me faut un moteur neuf et un mécanicien pour l'installer cet hiver.",
            "La mer ne pardonne rien.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Nathan Ruddock",
            "Triathlete from Folkestone with three Ironman races behind me, want to try long swims.",
            "I want a club that trains open-water swimmers at weekends.",
            "Push harder.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Aubin Lecoustre",
            "Skipper à Calais, bateau de onze mètres, j'accompagne les nageurs qui traversent le détroit; je connais courants et marées.",
            "Des nageurs à suivre de juin à septembre, avec un club.",
            "La mer ne pardonne rien.",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 117 --------------------------------------------------------------- trap: consent
    pair(
        117,
        "fr",
        "green-algae-beach-clearing",
        "A's beach is covered with stinking green algae each summer; B collects and turns "
        "the algae into compost and bioplastic and wants a commune to work with.",
        a=person(
            "Youenn Le Bihannic",
            """Je suis maire d'une station balnéaire des Côtes-d'Armor: quatre mille
            habitants l'hiver, vingt mille l'été, trois plages, un port de plaisance et
            un budget pour l'environnement que le conseil veut utiliser intelligemment.
            Nos services techniques ont des engins et des bennes.""",
            """Chaque été, les plages se couvrent d'une couche verte et visqueuse qui pourrit
            au soleil: l'odeur d'œuf pourri monte jusqu'aux maisons, des plages sont
            fermées par arrêté, les touristes annulent, et on paie cher pour enfouir ce
            qu'on ramasse.""",
            "Une plage doit rester un bien commun.",
            tz=1,
            langs=["fr"],
            loc="Côtes-d'Armor",
        ),
        b=person(
            "Nolwenn Guézennec",
            """Ingénieure agronome, j'ai monté une petite unité qui collecte les ulves fraîches
            avant qu'elles ne fermentent, les égoutte, les mélange à des déchets verts et
            en fait un compost marin pour les maraîchers, et, à titre d'essai, des
            granulés pour un bioplastique. J'ai une chargeuse légère qui ne tasse pas le
            sable.""",
            """Je cherche une commune littorale qui me confie la collecte d'une saison, avec un terrain pour égoutter et des agents formés, pour montrer que ça coûte moins cher que l'enfouissement. Mon matériel est léger et ne dérange pas les promeneurs. Je peux commencer dès le mois de mai.""",
            "Transformer une nuisance en ressource.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Lannion",
        ),
        twin=person(
            "Maïwenn Le Dalmayrac",
            """Je fais du compost marin et des granulés pour bioplastique avec les ulves ramassées sur les plages du Finistère, avec une petite chargeuse et une aire d'égouttage.""",
            "Il me faut un laboratoire qui certifie mon compost pour l'agriculture bio.",
            "Une nuisance devient ressource.",
            ro=["tech"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Tanguy Le Enjalbert",
            "Je loue des planches de paddle et des kayaks sur la plage l'été, depuis un petit chalet en bois.",
            "Je veux un emplacement sur la plage principale en juillet.",
            "La mer pour tous.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Anna Gisclard",
            """J'ai une unité qui ramasse les ulves fraîches et les transforme en compost marin pour les maraîchers, avec une chargeuse légère.""",
            "Une commune du littoral qui me confie la collecte d'une saison.",
            "Une nuisance devient ressource.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 118 --------------------------------------------------------------- trap: visibility
    pair(
        118,
        "cross",
        "greenhouse-bumblebee-colonies",
        "A grows tomatoes under glass and needs pollinators; B breeds bumblebee colonies for "
        "greenhouses and wants growers to order all season.",
        a=person(
            "Anne-Sophie Plouvier",
            """Je suis maraîchère sous serre près de Nantes: deux hectares de tomates
            anciennes et d'aubergines, vendues à des restaurants et en paniers. Depuis que
            j'ai arrêté tout traitement chimique, je secoue les plants à la main pour
            polliniser les fleurs, et c'est un travail de fou.""",
            """Il me faut qqn qui élève des colonies de bourdons pour les serres, qui me livre des ruchettes toute la saison et m'apprenne à les placer et à les surveiller. Je paie comptant, à la livraison. Les serres sont ouvertes aux visites si cela peut servir.""",
            "Laisser travailler les insectes.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Nantes",
        ),
        b=person(
            "Dougal Fenwick-Hart",
            "I breed bumblebee nests for growers under glass; boxes shipped weekly.",
            "Growers who order all season.",
            "Buzz pollination beats a paintbrush.",
            tz=0,
            langs=["en", "fr"],
            loc="Lincolnshire",
        ),
        twin=person(
            "Crispin Bamber",
            "I rear bumblebee colonies in boxes for glasshouses.",
            "I need a courier that ships live insects overnight.",
            "Buzz beats a paintbrush.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Ambroise Lavabre",
            "Chef à Nantes, cuisine de saison.",
            "Je veux des tomates anciennes livrées chaque semaine en été.",
            "Le goût juste.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Morven Halstead",
            "Bumblebee colonies for glasshouses, shipped weekly.",
            "Growers who order all season.",
            "Buzz beats a paintbrush.",
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 119 --------------------------------------------------------------- trap: commitment
    pair(
        119,
        "en",
        "yoga-studio-back-care",
        "A's yoga studio has many members with bad backs; B is a physiotherapist who runs "
        "back-care classes and wants a room.",
        a=person(
            "Saskia Farleigh",
            "Yoga studio in Bath, 300 members, a lot of sore backs.",
            "A body therapist who'd run back-care sessions for our members.",
            "Move gently.",
            tz=0,
            langs=["en"],
            loc="Bath",
        ),
        b=person(
            "Dermot Catterall",
            "Physiotherapist; small-group spine classes, six weeks.",
            "A venue with a free room on weekday evenings.",
            "Strong spine, calm mind.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Bath",
        ),
        twin=person(
            "Ciaran Eccleston",
            "Physio running small-group spine classes.",
            "I need a booking app built for my classes.",
            "Strong spine.",
            ro=["domain"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Tabitha Yeo",
            "Office worker in Bath; stiff shoulders.",
            "I want a beginners' yoga class after work.",
            "Breathe.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Aoife Brennan-Lyle",
            "Physiotherapist; spine classes for small groups.",
            "A studio with a room free on weekday evenings.",
            "Strong spine.",
            ro=["domain"],
            rs=["operations"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 120 --------------------------------------------------------------- trap: timezone
    pair(
        120,
        "cross",
        "hotel-dog-daycare",
        "A's dog-friendly hotel has dogs left alone in rooms barking all day; B runs a dog "
        "day-care with walks and wants a hotel partner.",
        a=person(
            "Rosalind Caversham",
            "Dog-friendly hotel in the Cotswolds, 24 rooms.",
            "Guests leave their dogs in the rooms all day and they bark for hours.",
            "Dogs welcome, truly.",
            tz=0,
            langs=["en", "fr"],
            loc="Cotswolds",
        ),
        b=person(
            "Alixe Miquel",
            """Éducatrice canine, je tiens une garderie de jour pour chiens dans une ferme:
            un grand pré clos, un abri chauffé, des promenades en petits groupes, une
            sieste au calme et un compte rendu avec photos pour les maîtres le soir. Je
            viens chercher les chiens et je les ramène dans ma camionnette aménagée.""",
            """Je voudrais un hôtel qui accueille beaucoup de clients avec leurs chiens et qui propose mes journées comme un service, en les réservant pour eux, même si je dois m'installer ailleurs. Je peux passer chercher les chiens chaque matin vers neuf heures. Les maîtres les récupèrent le soir, fatigués et contents.""",
            "Un chien fatigué est un chien heureux.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Honfleur",
        ),
        twin=person(
            "Perrine Lemarquand",
            """Éducatrice canine, je tiens une garderie de jour à la ferme: pré clos, abri chauffé, promenades en petits groupes et compte rendu avec photos chaque soir pour les maîtres.""",
            "Il me faut un vétérinaire qui passe chaque semaine voir les chiens.",
            "Un chien fatigué est heureux.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Graham Ingleby",
            "Labrador owner from Leeds, planning a walking holiday in May with my wife and our two dogs.",
            "I want a hotel in the Cotswolds that takes big dogs.",
            "Muddy boots welcome.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Hinatea Boisseau",
            """Éducatrice canine à Nouméa, garderie de jour avec pré, abri et promenades en petits groupes, compte rendu avec photos le soir.""",
            "Un hôtel qui propose mes journées à ses clients.",
            "Un chien fatigué est heureux.",
            ro=["operations"],
            rs=["sales"],
            tz=11,
            langs=["fr", "en"],
        ),
    ),
]
