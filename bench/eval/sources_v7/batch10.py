"""Pairs 91-100 of complementary_v7."""

from people import pair, person

PAIRS = [
    # 91 ---------------------------------------------------------------- trap: language
    pair(
        91,
        "cross",
        "limoges-enamel-jewellery",
        "A is a jeweller whose clients want coloured enamel; B is a Limoges enameller.",
        a=person(
            "Philippa Hatton-Garden",
            """Independent jeweller in Birmingham's Jewellery Quarter, gold and silver,
            mostly engagement rings and commissions. Clients keep asking for colour that
            isn't a gemstone: little bird motifs, family crests, a grandmother's flowers. I
            swim in the canal club on Sundays, even in January.""",
            "I need an artisan who fuses coloured glass onto metal by hand, in tiny cells.",
            "Made to be handed down.",
            ro=["design"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Mathilde Saint-Léonard",
            "Émailleuse à Limoges, cloisonné et champlevé sur or. Je parle anglais.",
            "Une joaillière qui m'envoie ses pièces sur commande, toute l'année.",
            "Le feu donne la couleur.",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Clémence Aixe",
            "Émailleuse sur lave, plaques de rue et signalétique. Anglais.",
            "Une mairie qui commande toutes ses plaques.",
            "Durer dehors.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Oscar Digbeth",
            "Engaged, I want a ring with my fiancée's family crest.",
            "A jeweller who'll design it with me.",
            "One of a kind.",
            rs=["design"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Eugénie Solignac",
            "Émailleuse à Limoges, cloisonné et champlevé sur or.",
            "Une joaillière qui m'envoie ses pièces sur commande.",
            "Le feu donne la couleur.",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 92 ---------------------------------------------------------------- trap: consent
    pair(
        92,
        "mixed",
        "climbing-photography",
        "A runs a climbing guide company whose clients want photos on the wall; B is a "
        "rope-access photographer.",
        a=person(
            "Tess Moustiers-Clarke",
            "Guides d'escalade dans le Verdon, English & French clients.",
            "We need someone who shoots our clients from the wall, pendu dans le vide.",
            "Safe first, then fun.",
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Noé Saint-Julien-du-Verdon",
            "Photographe sur corde, falaise et grandes voies.",
            "Une boîte d'encadrement montagne qui m'emmène chaque week-end.",
            "L'instant du vide.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Lilou Riez",
            "Photographe de mariage en plein air, Provence.",
            "Un agent pour les mariages de luxe.",
            "L'émotion.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Jack Aiguines",
            "Climber from Leeds, first trip to the Verdon, je parle un peu.",
            "A guide to take me up a big route in May.",
            "Send it.",
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Titouan Quinson",
            "Photographe sur corde, falaise et grandes voies.",
            "Une boîte de guides qui m'emmène le week-end.",
            "L'instant du vide.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 93 ---------------------------------------------------------------- trap: visibility
    pair(
        93,
        "cross",
        "processionary-caterpillar-control",
        "A's forest paths are closed by stinging caterpillars; B is an entomologist who "
        "controls them with traps and nesting birds.",
        a=person(
            "Guy de Montfort-l'Amaury",
            """Je possède deux cents hectares de pinède dans les Landes, ouverts au public
            par convention avec la commune : sentiers, un parcours sportif, un centre
            équestre voisin. Je fais le marché de Mimizan le dimanche pour vendre mon miel
            de bruyère.""",
            """Chaque printemps, les chenilles en file indienne descendent des pins : deux
            chiens ont eu la langue nécrosée l'an dernier, un enfant a fini aux urgences,
            et la mairie a fermé les sentiers six semaines. Les traitements par hélicoptère
            sont interdits près des habitations.""",
            """La forêt est à ceux qui s'y promènent.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Rosalind Attwater",
            """Forest entomologist, twelve years in south-west France. I fit collar traps
            round the trunks to catch the larvae as they come down, hang pheromone lures
            for the moths in summer and put up tit boxes, fifty per ten hectares, so the
            birds eat the nests. I speak French fluently.""",
            """I want a large private woodland open to walkers, where the owner will fund a
            three-year programme and let me publish the counts.""",
            """Let the birds do the work.""",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Simon Hetherington",
            """Forest entomologist, bark beetles in spruce plantations, with drone
            surveys. I speak French.""",
            """I need a software developer to map infestations from drone images and a
            forestry investor.""",
            """Catch it early.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Murielle Biscarrosse",
            """Je dirige un centre équestre à Mimizan : trente chevaux, des balades en forêt et sur
            la plage, des stages pour enfants l'été. Nous avons deux monitrices et un van.""",
            """Je cherche un propriétaire forestier qui me laisse des pistes cavalières balisées
            toute l'année, sans croiser les vélos.""",
            """Galoper sous les pins.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Gwendolyn Sheppey",
            """Forest entomologist: collar traps round the trunks, pheromone lures for the
            moths, tit boxes so the birds eat the nests. I speak French.""",
            """A large private woodland open to walkers, with a three-year programme.""",
            """Let the birds work.""",
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 94 ---------------------------------------------------------------- trap: commitment
    pair(
        94,
        "mixed",
        "beer-line-cleaning",
        "A's Irish pub pours cloudy pints from dirty lines; B cleans and services draught systems.",
        a=person(
            "Cathal Croix-Rousse-Byrne",
            """Irish pub in Lyon since 2009, douze tireuses, Guinness and local craft. The
            pints have gone cloudy et ça mousse n'importe comment; customers notice. Je
            suis aussi coach de l'équipe de football gaélique de Lyon, don't laugh.""",
            "Qqn qui nettoie et entretient nos lignes et les robinets, every week.",
            "A good pint is a promise.",
            tz=1,
            langs=["en", "fr"],
        ),
        b=person(
            "Thomas Vénissieux",
            "Technicien pression, nettoyage des circuits bière, bars de Lyon.",
            "Un pub qui a un gros débit, à suivre à l'année.",
            "La bière, c'est propre.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Cédric Oullins",
            "Technicien machines à café, bars et hôtels.",
            "Un importateur de machines italiennes.",
            "Le bon expresso.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Aoife Bron-Kelly",
            "Irish trad musician in Lyon, je joue le jeudi.",
            "A pub that hosts our session every Thursday.",
            "Tunes and craic.",
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Patrick Écully",
            "Technicien pression, nettoyage des circuits bière.",
            "Un pub avec beaucoup de tireuses à l'année.",
            "La bière, c'est propre.",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 95 ---------------------------------------------------------------- trap: timezone
    pair(
        95,
        "cross",
        "espelette-pepper-supply",
        "A makes hot sauce and wants Basque peppers; B grows and dries Espelette peppers.",
        a=person(
            "Rocco Whitechapel",
            "Hot sauce maker, London, 9 sauces, 200 stockists.",
            "A grower of the mild red Basque chilli, dried and ground, 500 kg/yr.",
            "Flavour over fire.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Peio Itxassou",
            "Producteur de piment d'Espelette AOP, séchage au soleil. Anglais ok.",
            "Un fabricant étranger qui m'achète 500 kg par an, en direct.",
            "Le piment du pays.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Maialen Ainhoa",
            "Productrice de jambon de Bayonne, séchoir familial. Anglais.",
            "Un distributeur au Royaume-Uni.",
            "Le temps fait le goût.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Gemma Hackney",
            "Street food stall, Hackney, tacos.",
            "A hot sauce maker who does me a house sauce.",
            "Heat and joy.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ellande Faaa",
            "Producteur de piment, séchage au soleil, à Tahiti. Anglais ok.",
            "Un fabricant étranger qui m'achète 500 kg par an.",
            "Le piment.",
            ro=["domain"],
            rs=["sales"],
            tz=-10,
            langs=["fr", "en"],
        ),
    ),
    # 96 ---------------------------------------------------------------- trap: language
    pair(
        96,
        "fr",
        "budget-cooking-workshops",
        "A's young workers' hostel residents live on crisps and run out of money; B runs "
        "cooking-on-a-budget workshops.",
        a=person(
            "Arlette Villeurbanne",
            """Je dirige un foyer de jeunes travailleurs à Grenoble : cent vingt résidents de
            dix-huit à vingt-cinq ans, apprentis, stagiaires, premiers emplois. Il y a une
            grande cuisine collective que personne n'utilise. Je fais de la randonnée en
            raquettes tout l'hiver.""",
            """Mes résidents vivent de chips, de kebabs et de livraisons, ils n'ont plus un sou
            le 15 du mois et deux d'entre eux ont fait des malaises au travail. La pièce
            commune équipée de fourneaux sert de salle de jeux vidéo.""",
            """L'autonomie commence dans l'assiette.""",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Karima Échirolles",
            """Conseillère en économie sociale et familiale, j'anime depuis huit ans des
            ateliers pour apprendre à faire ses courses avec trente euros par semaine, à
            cuisiner des plats simples en grande quantité et à congeler. J'ai un kit de
            matériel et des fiches recettes illustrées.""",
            """Je cherche une structure qui loge des gens qui démarrent dans la vie active et qui a un coin pour faire à
            manger, pour animer une séance chaque semaine pendant un an.""",
            """Bien manger n'est pas un luxe.""",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Nathalie Fontaine-Meylan",
            """Conseillère en économie sociale et familiale, j'accompagne les familles
            surendettées pour leurs dossiers de la Banque de France.""",
            """Je cherche un juriste bénévole et un local de permanence en centre-ville.""",
            """Sortir de la spirale.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Léo Seyssinet",
            """Étudiant en BTS diététique à Grenoble, je prépare mon projet de fin d'études sur
            l'alimentation des jeunes adultes. Je sais mener des entretiens et analyser des
            carnets alimentaires.""",
            """Je cherche un foyer de jeunes qui me laisse faire une enquête sur l'alimentation de
            ses résidents pendant trois mois.""",
            """Comprendre avant de conseiller.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Giulia Montebelluna",
            """Educatrice alimentare, da otto anni tengo laboratori per fare la spesa con
            trenta euro a settimana e cucinare piatti semplici in grandi quantità.""",
            """Cerco una struttura che ospita giovani con una cucina, per un incontro a
            settimana per un anno.""",
            """Mangiare bene non è un lusso.""",
            tz=1,
            langs=["it"],
        ),
    ),
    # 97 ---------------------------------------------------------------- trap: consent
    pair(
        97,
        "cross",
        "barrel-organ-music-books",
        "A builds barrel organs but has no new tunes punched for them; B arranges and punches "
        "music books for street organs.",
        a=person(
            "Fernand Mirecourt",
            """Je fabrique des orgues de barbarie dans un atelier des Vosges, à la main, une
            dizaine par an, vendus aux musiciens de rue, aux mairies et aux collectionneurs.
            Le bois, les tuyaux, le soufflet, tout est fait ici. Le samedi je joue sur le
            marché de Nancy avec mon singe en peluche.""",
            """Mes clients veulent des airs récents et je n'ai personne qui sache transformer
            une chanson en cartons perforés pour nos instruments.""",
            """Une musique qu'on tourne à la main.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Clement Ashurst",
            "I arrange tunes for street organs and punch the card books. Speak French.",
            "Want an organ builder who sells my arrangements with each instrument.",
            "Crank it up.",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Gideon Tallis",
            "Music engraver, I typeset orchestral scores. I speak French.",
            "Want a publisher with a big back catalogue.",
            "Clean notes.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Solange Épinal",
            "Chanteuse de rue, je cherche un orgue à louer pour l'été.",
            "Un facteur d'orgues de barbarie qui m'en loue un.",
            "Chanter pour les passants.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tobias Wrenwick",
            "I arrange tunes for street organs and punch the books. I speak French.",
            "An organ builder who sells my arrangements.",
            "Crank it up.",
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 98 ---------------------------------------------------------------- trap: visibility
    pair(
        98,
        "en",
        "wildflower-verges",
        "A's parish council mows its verges and wants wildflowers; B is a meadow ecologist.",
        a=person(
            "Gillian Stowmarket",
            "Parish council clerk, Suffolk, 12 miles of roadside grass.",
            "Someone who knows how to turn cut roadsides into flowery strips.",
            "Village pride.",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Bramwell Eye",
            "Meadow ecologist: seed mixes, cut timing, yellow rattle.",
            "Want a local body willing to change its mowing plan.",
            "Less mowing, more life.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Heather Debenham",
            "Meadow ecologist, wedding venue wildflower plans.",
            "Want a seed supplier to co-brand with.",
            "Pretty and wild.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Colin Framlingham",
            "Contractor, tractors and flails for hire.",
            "A council that pays me to cut its verges.",
            "Tidy roads.",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Rowena Saxmundham",
            "Meadow ecologist: seed mixes, cut timing.",
            "A council willing to change its mowing plan.",
            "Less mowing.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 99 ---------------------------------------------------------------- trap: commitment
    pair(
        99,
        "cross",
        "mistletoe-harvest",
        "A's old apple trees are smothered by mistletoe; B harvests mistletoe for Christmas "
        "markets.",
        a=person(
            "Beatrice Ledbury",
            """I inherited a traditional orchard in Herefordshire, six acres of standard
            apple and perry pear trees, some over a hundred years old, plus sheep under
            them and a leaky barn. I'm a retired GP and I'm learning everything from
            books.""",
            """The old trees are so thick with great green balls of the stuff that limbs
            are snapping in every storm and two trees died last year. Nobody local will
            climb up for what it costs, and I can't bear to fell them.""",
            """Keep the old orchard alive.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Gaëtan Lapalisse",
            """Je récolte et je vends le gui pour les marchés de Noël et les fleuristes :
            je grimpe, je coupe proprement sans blesser la branche, je trie et j'expédie en
            bottes. Je travaille dans l'Allier et je cherche d'autres vergers, même à
            l'étranger. Je parle anglais.""",
            """Je cherche des vergers anciens très chargés, où le propriétaire me laisse
            cueillir gratuitement chaque hiver en échange du nettoyage des arbres.""",
            """Soigner l'arbre en récoltant.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Anaïs Moulins",
            """Je récolte le houx et les branches de sapin pour les fleuristes de Noël dans
            le Morvan. Je parle anglais.""",
            """Je cherche un grossiste qui m'achète tout en décembre, et une chambre froide
            partagée.""",
            """Noël sauvage.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Hugo Bromyard",
            """I'm a cider and perry maker in Herefordshire, eight thousand bottles a year, all from
            old standard trees and pressed on a rack-and-cloth press. My ciders win at the county
            show and I sell to thirty pubs.""",
            """I'm after a traditional orchard that sells me its whole crop of apples and pears each
            autumn, picked off the grass, on a long handshake deal.""",
            """Old trees, real cider.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Baptiste Varennes",
            """Je récolte le gui pour les marchés de Noël : je grimpe, je coupe sans blesser
            la branche, j'expédie en bottes. Je parle anglais.""",
            """Des vergers anciens très chargés, où je cueille chaque hiver en échange du
            nettoyage.""",
            """Soigner l'arbre.""",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 100 --------------------------------------------------------------- trap: timezone
    pair(
        100,
        "en",
        "panto-set-building",
        "A directs a village pantomime with no scenery; B is a retired joiner who wants a project.",
        a=person(
            "Maureen Threlkeld",
            """I direct the village panto in a Cumbrian village hall every January: thirty
            in the cast, a dame who's also the postman, and sell-out nights. This year it's
            Jack and the Beanstalk and we need a beanstalk that grows on stage, a cottage
            and a castle.""",
            "Need someone handy with timber and hinges who can build scenery that packs flat.",
            "Oh yes it is.",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Wilfred Caldbeck",
            "Retired joiner, 45 yrs. Workshop in the garage. Bored.",
            "Want a community project that needs building, on my own time.",
            "Measure twice.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Arnold Keswick",
            "Retired joiner, I make garden furniture.",
            "Want a shop to sell my benches.",
            "Solid oak.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Dorothy Penruddock",
            "Local am-dram actress, played every dame role since 1998.",
            "A panto that casts me as the Dame.",
            "Big wigs.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Walter Pemmican",
            "Retired joiner in Alberta, 40 yrs, garage workshop.",
            "A community project that needs building, on my own time.",
            "Measure twice.",
            tz=-7,
            langs=["en"],
        ),
    ),
]
