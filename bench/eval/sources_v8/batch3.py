"""Pairs 21-30 of complementary_v8."""

from people import pair, person

PAIRS = [
    # 21 ---------------------------------------------------------------- trap: language
    pair(
        21,
        "fr",
        "village-hall-acoustics",
        "A's village hall echoes so badly that nobody understands a word; B makes sound "
        "panels from recycled sheep's wool and wants municipal halls to fit out.",
        a=person(
            "Gilberte Faucompré",
            """Je suis secrétaire de mairie dans un village de la Creuse et je gère la salle
            des fêtes: on la loue pour les mariages, le loto du club de foot, les réunions
            publiques et la gym des aînés le mardi. Le conseil municipal a voté une petite
            enveloppe pour l'améliorer cette année.""",
            """Dans cette salle, tout résonne: au loto, personne n'entend les numéros, aux
            réunions les gens repartent sans avoir compris, les mariés se plaignent que les
            discours sont une bouillie, et les anciens avec un appareil auditif n'y viennent
            plus du tout.""",
            "Une salle où l'on s'entend, c'est un village qui se parle.",
            tz=1,
            langs=["fr"],
            loc="Guéret",
        ),
        b=person(
            "Anastase Vergnolle",
            "Je fabrique des panneaux absorbants en laine de mouton recyclée.",
            "Je veux des bâtiments communaux à équiper, avec un budget voté.",
            "Du local, du durable.",
            tz=1,
            langs=["fr"],
            loc="Aubusson",
        ),
        twin=person(
            "Berthilde Charensac",
            "Je fais des dalles acoustiques en laine de brebis, posées au plafond.",
            "Il me faut un filateur qui me vende ses déchets de laine au kilo.",
            "Du local.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Loïc Pradelles",
            "DJ pour mariages et anniversaires, sono et lumières fournies.",
            "Je cherche des salles des fêtes qui me recommandent aux familles.",
            "Faire danser tout le monde.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Hamish Dunbarton",
            "I make sound panels from recycled sheep's wool for halls and schools.",
            "Council buildings to fit out, with a budget already agreed.",
            "Local and lasting.",
            tz=0,
            langs=["en"],
        ),
    ),
    # 22 ---------------------------------------------------------------- trap: consent
    pair(
        22,
        "cross",
        "yew-longbow-staves",
        "A makes longbows and needs seasoned yew; B cleaves and seasons yew staves and wants "
        "bowyers to buy them.",
        a=person(
            "Perceval Lachenaud",
            "Facteur d'arcs droits dans le Vercors, à la main, pour le tir nature.",
            "Qqn qui me fournisse des douelles d'if fendues et bien sèches.",
            "Un arc par arbre, pas plus.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Vercors",
        ),
        b=person(
            "Jethro Hackluyt",
            "Woodsman in Herefordshire: I cleave yew logs and season them four years.",
            "Bowyers who'll buy 30 a year, abroad is fine.",
            "Take one, plant two.",
            tz=0,
            langs=["en", "fr"],
            loc="Hereford",
        ),
        twin=person(
            "Barnabas Colegrave",
            "I split and season yew for bows, four-year air dried, Herefordshire.",
            "I need a chainsaw mill and an operator for two weeks each winter.",
            "Take one, plant two.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Théodose Bérangier",
            "Je suis moniteur de tir à l'arc dans un club de Grenoble.",
            "Je veux dix arcs droits pour mes débutants, pas trop chers.",
            "La patience d'abord.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Oswin Lydiard",
            "I cleave and season yew logs for bow makers, five years air dried.",
            "Bowyers buying 20-30 a year, anywhere in Europe.",
            "Take one, plant two.",
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 23 ---------------------------------------------------------------- trap: visibility
    pair(
        23,
        "mixed",
        "bathhouse-hammam",
        "A owns a disused municipal bathhouse and wants it reopened as a steam bath; B has "
        "run hammams for years and needs a building with water and drains.",
        a=person(
            "Dalila Malaval",
            """J'ai racheté les anciens bains-douches municipaux de la Belle de Mai, à
            Marseille: un bâtiment de 1930, carrelage d'origine, chaudière à refaire, mais
            l'eau et les évacuations sont là et le permis pour un usage de bains est
            toujours valable. J'ai travaillé quinze ans dans la gestion de salles de sport,
            je sais tenir une caisse et une équipe.""",
            """What I'm missing is somebody who knows the hot-room ritual from the inside:
            how to build the hot marble slab, the cold plunge, the warm room, how to rub down with the rough mitt and black soap, how to train the staff and keep it clean
            and safe. I'm not going to invent it from videos.""",
            """Un lieu pour le quartier, not for tourists only. Prix doux le matin.""",
            tz=1,
            langs=["fr", "en"],
            loc="Marseille",
        ),
        b=person(
            "Samira Oulhadj-Pryce",
            """I grew up in my aunt's hammam in Fès and have run two steam baths in Bradford
            and Leeds for twelve years. I know the whole sequence, the kessa scrub, the
            rhassoul clay, the heat curve of each room, the hygiene plan the council
            inspects, and I have trained more than forty attendants, most of them women
            coming back to work.""",
            """The landlord in Leeds is selling and I have nowhere to go. I am looking for a
            partner who already owns a building with serious plumbing and drainage, and
            the right permit, so that I can bring my know-how and my best attendants to a
            new place, even in another country.""",
            "A bath is a place to breathe. Everyone is welcome, every body.",
            tz=0,
            langs=["en", "fr"],
            loc="Leeds",
        ),
        twin=person(
            "Yasmin Al-Fardan",
            """Steam bath manager for ten years in Birmingham and Manchester. I know the kessa scrub, the clay, the heat of each room, the hygiene plans inspectors ask for, and I have trained thirty attendants. I also design the sequence for new places.""",
            """I need a supplier of black soap and argan who can deliver 200 kilos a month
            wholesale.""",
            "Every body is welcome.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Théo Scarabelli",
            "Architecte à Marseille, je fais visiter le patrimoine des années 30 à des petits groupes le samedi matin: immeubles, piscines, écoles et cinémas de la ville.",
            "I'd like to bring my architecture tours inside an old bathhouse.",
            "Regarder les murs.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Nadia Benkirane-Holt",
            """I have run steam baths for ten years: scrub, clay, heat rooms, trained attendants, and hygiene plans that pass every inspection. I know the whole ritual from the inside.""",
            "I want an owner with a building that has plumbing, drains and a bath permit.",
            "Every body is welcome.",
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 24 ---------------------------------------------------------------- trap: commitment
    pair(
        24,
        "cross",
        "dementia-finger-food",
        "A's residents with dementia stop eating at the table; B is a cook who designs "
        "bite-sized enriched food eaten by hand and wants a home to test menus.",
        a=person(
            "Philomena Garside",
            "Care home manager in Folkestone, 48 residents, most with dementia.",
            "Plates come back full: they can't sit still or manage a knife and fork.",
            "Dignity at every meal.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Folkestone",
        ),
        b=person(
            "Aurore Maillebois",
            "Cheffe, je fais des bouchées enrichies qui se mangent avec les doigts.",
            "Un établissement qui teste mes menus six mois, avec pesées.",
            "Manger debout, c'est manger.",
            tz=1,
            langs=["fr", "en"],
            loc="Boulogne-sur-Mer",
        ),
        twin=person(
            "Flavie Raucoules",
            "Cuisinière, je fais des bouchées enrichies à manger à la main.",
            "Il me faut un laboratoire agréé pour produire en grande quantité.",
            "Manger, c'est vivre.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Desmond Netherway",
            "Agency care worker with twenty years' experience, night shifts.",
            "I want a permanent day job in a care home near Folkestone.",
            "Kindness first.",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Mélisande Courtepaille",
            "Cuisinière: des bouchées nourrissantes qui se mangent sans couverts.",
            "Une maison de retraite qui teste mes menus, avec pesées.",
            "Manger, c'est vivre.",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 25 ---------------------------------------------------------------- trap: timezone
    pair(
        25,
        "en",
        "ice-resurfacer-refurb",
        "A runs a seasonal ice rink with a dead resurfacing machine; B rebuilds old ice "
        "resurfacers and wants a rink to trial his rebuilt machine.",
        a=person(
            "Octavia Quelch",
            """I run the Christmas ice rink in the market square in Nottingham, eleven weeks
            a year, about ninety thousand skaters. The council owns the rink and I hold the
            contract for another four winters. We have a good crew for skate hire and first
            aid, a plant room with two chillers that work, and a sponsor who pays for
            anything we can show is safer.""",
            """Our ice-smoothing unit died in January and hire ones cost a fortune. I need a fixer who understands the vehicles that shave and flood the rink, can keep
            one running through a season, and can teach two of my lads to steer it without gouging the surface.""",
            "Safe ice, happy skaters, nobody waiting.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Nottingham",
        ),
        b=person(
            "Clifford Rumbold",
            """Mechanical engineer, ex-agricultural machinery. For six years I have bought
            scrapped ice resurfacers from closing rinks, stripped them, rebuilt the blades,
            tanks and hydraulics and converted two of them to electric drive. I keep a
            workshop full of parts in Sheffield and can service any make.""",
            """I have a rebuilt electric machine ready and no rink to prove it on. I am
            after an operator who will run it for a full season, keep a log of hours and
            faults, and tell other operators if it works.""",
            "Reuse beats new. Measure everything.",
            tz=0,
            langs=["en"],
            loc="Sheffield",
        ),
        twin=person(
            "Neville Trounce",
            """I rebuild and service ice resurfacers of every make: blades, water tanks, augers, hydraulics and engines. I keep a stock of parts in a unit in Derby and I have converted one machine to battery drive for a rink in Scotland.""",
            """I need an electric motor supplier who will do me a deal on twelve drive units
            a year.""",
            "Reuse beats new.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Saffron Iddesleigh",
            "Figure skating coach with a national badge; I teach children on Saturday mornings and run a small competitive squad of eight skaters.",
            "I want ice time at a city-centre rink for my Saturday classes.",
            "Fall, get up, smile.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Brayden Scadding",
            """Engineer in Calgary; I rebuild old ice resurfacers and convert them to electric drive: blades, tanks, hydraulics, batteries. I have a workshop full of parts.""",
            "A rink operator to run my rebuilt electric machine for a season and log it.",
            "Reuse beats new.",
            tz=-7,
            langs=["en"],
        ),
    ),
    # 26 ---------------------------------------------------------------- trap: language
    pair(
        26,
        "cross",
        "soured-cider-vinegar",
        "A makes old-style vinegar and needs fermented drink to turn; B's cider barrels "
        "turn sour every year and he hates pouring them away.",
        a=person(
            "Eudes Pasquereau",
            "Vinaigrier à Orléans, 80 fûts de chêne, méthode lente en surface.",
            "Je veux qqn qui m'envoie des fûts de boisson alcoolisée à transformer.",
            "Le temps fait le goût.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Orléans",
        ),
        b=person(
            "Ambrose Wetherden",
            """I make farmhouse cider and perry from our own orchards in Herefordshire,
            about thirty thousand litres a year, sold in bottles and bag-in-box to pubs and
            farm shops. I have a small tanker, a licensed bonded store and a haulier who
            goes to the continent twice a month.""",
            """Every autumn a few barrels go wrong, the acetic bug gets in, and I have to pour
            two or three thousand litres down the drain. I want someone who would take the
            soured ones off me and turn them into something worth selling, and split the
            money fairly.""",
            "Nothing from the orchard should go down the drain.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Ledbury",
        ),
        twin=person(
            "Crispin Haverfield",
            """Farmhouse cider maker in Somerset, twenty thousand litres a year from old orchards, sold to pubs and at shows. A few barrels sour every autumn despite my best efforts, and I have a small tanker and a bonded store.""",
            "I need a farm shop chain that will stock my cider in bag-in-box all year.",
            "No waste.",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Aglaé Fontrailles",
            "Je tiens une épicerie fine à Blois: huiles, condiments, moutardes et épices, avec un rayon de produits de la Loire et une clientèle fidèle de gourmets.",
            "Je veux un vinaigre artisanal en bouteilles pour mes rayons.",
            "Du goût.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Marten Oudewater",
            "Ik maak cider in Zeeland van onze eigen boomgaarden, dertigduizend liter per jaar; elk jaar worden een paar vaten zuur en ik heb een kleine tankwagen.",
            "Iemand die mijn zure vaten overneemt en er iets van maakt.",
            "Niets weggooien.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["nl"],
        ),
    ),
    # 27 ---------------------------------------------------------------- trap: consent
    pair(
        27,
        "fr",
        "amateur-rugby-concussion",
        "A's amateur rugby club cannot tell when a concussed player may play again; B is a "
        "sports doctor with a return-to-play protocol and wants clubs to run it.",
        a=person(
            "Raymond Puyoô",
            """Je préside un club de rugby amateur dans le Béarn: quatre cents licenciés,
            des moins de six ans aux vétérans, deux équipes seniors en fédérale. Nous avons
            un club-house, des éducateurs bénévoles motivés, un partenariat avec la mairie
            et le collège, et un budget pour la santé des joueurs que personne ne sait
            vraiment comment dépenser.""",
            """Chaque saison, une quinzaine de joueurs prennent un coup sur la tête. Sur la touche, personne ne sait s'il faut les sortir; ensuite, certains
            rejouent la semaine suivante avec des maux de tête, d'autres restent à l'écart
            trois mois pour rien. Deux mamans ont retiré leurs fils de l'école de rugby
            l'an dernier à cause de ça.""",
            "Le rugby doit rester un jeu dont on sort entier.",
            tz=1,
            langs=["fr"],
            loc="Oloron-Sainte-Marie",
        ),
        b=person(
            "Pétronille Escoubet",
            """Médecin du sport au CHU de Pau, j'ai écrit un protocole de reprise en six
            étapes après un choc à la tête, avec un test de bord de terrain que des
            éducateurs peuvent faire en cinq minutes, et une petite application où l'on
            suit les symptômes jour après jour jusqu'au feu vert d'un médecin.""",
            """Je voudrais des clubs de village qui l'appliquent pour de bon pendant une saison entière, toutes catégories, avec un référent sur place et des dirigeants qui imposent la règle même quand l'entraîneur veut son meilleur élément. Le matériel tient dans une valise. J'explique tout aux encadrants en une soirée et je reste joignable tout l'hiver.""",
            "Dans le doute, on sort.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Pau",
        ),
        twin=person(
            "Isidore Larrabure",
            """Médecin du sport, j'ai écrit un protocole de reprise après commotion et un test de bord de terrain que les éducateurs apprennent en une soirée. Je l'utilise avec deux clubs de handball et un club de basket de Tarbes depuis trois ans.""",
            """Il me faut un développeur qui refasse mon application pour les téléphones
            Android.""",
            "Dans le doute, on sort.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Gaëtan Hourcadette",
            "Je suis ailier, vingt ans, formé au centre d'un club de Pro D2; je cours vite et je cherche un club qui monte, dans le Sud-Ouest si possible.",
            "Je veux un club de fédérale qui me donne du temps de jeu.",
            "Jouer, jouer, jouer.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Bénédicte Lasserre-Mouret",
            """Médecin du sport: protocole de reprise en six étapes après un choc, test de bord de terrain que les éducateurs apprennent vite, et suivi des symptômes jusqu'au feu vert.""",
            "Des clubs amateurs qui l'appliquent toute une saison, avec un référent.",
            "Dans le doute, on sort.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 28 ---------------------------------------------------------------- trap: visibility
    pair(
        28,
        "cross",
        "pontarlier-absinthe",
        "A runs cocktail bars and holds an import licence; B distils traditional absinthe in "
        "Pontarlier and wants a UK importer.",
        a=person(
            "Ottoline Thewlis",
            """I own four cocktail bars in London and Brighton and hold a bonded importer's
            licence, which I use for a handful of small European spirits makers. My staff
            are trained to tell the story of every bottle, and I have a regular slot on a
            drinks podcast and good friends at two trade magazines. I would like a green
            spirit with real roots to build a menu around.""",
            """I need a maker from the Jura who produces proper wormwood spirit, the green one, from plants grown nearby, in small batches, who can send me a pallet every two months and come over once a year to pour at a tasting. Price matters less than honesty. I would rather pay more for a real story than sell a label.""",
            "Drink less, drink better, know where it comes from.",
            ro=["sales", "marketing"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        b=person(
            "Barthélemy Vuillemenot",
            "Distillateur à Pontarlier, absinthe à l'ancienne, mes propres plantes.",
            "Quelqu'un au Royaume-Uni qui fasse entrer mes bouteilles, commandes régulières.",
            "La fée verte, pas la fée marketing.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Pontarlier",
        ),
        twin=person(
            "Anne-Laure Chopard",
            "Je distille de l'absinthe dans le Haut-Doubs, alambic de 1920.",
            "Il me faut un verrier qui me fasse une carafe à fontaine exclusive.",
            "La fée verte.",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Jolyon Carstairs",
            "Bartender, eight years behind good bars; I make my own syrups.",
            "I want a head bartender job in a serious cocktail bar in London.",
            "Hospitality first.",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Léonard Girardet-Pochon",
            "Distillateur dans le Doubs, absinthe traditionnelle, plantes du plateau.",
            "Un importateur britannique pour des commandes régulières.",
            "La fée verte.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 29 ---------------------------------------------------------------- trap: commitment
    pair(
        29,
        "mixed",
        "dog-walking-route-packs",
        "A runs holiday lodgings for dog owners; B maps safe walking routes for dogs and "
        "wants lodgings to sell the route packs through.",
        a=person(
            "Marjolaine Cévenol",
            "Je tiens un gîte pour chiens et maîtres en Ardèche, huit chambres.",
            "Need someone who maps walks safe for dogs, no sheep, water stops.",
            "Les chiens sont des clients.",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Ardèche",
        ),
        b=person(
            "Quentin Uglow",
            "Hiking guide; I draw trails for dog owners as GPS files and leaflets.",
            "Holiday lodgings that will sell my route packs to their guests.",
            "Leave only paw prints.",
            tz=1,
            langs=["en", "fr"],
            loc="Privas",
        ),
        twin=person(
            "Fenwick Venning",
            "Guide; I map routes for walkers with dogs, as GPS files.",
            "I need an illustrator for a printed guidebook of my routes.",
            "Leave only paw prints.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Rozenn Abgrall",
            "Propriétaire d'un grand chien anxieux, j'habite Lyon.",
            "I want a quiet holiday place where my dog is welcome.",
            "Calme.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Jonah Sedgewick",
            "Walking guide; I map dog-safe trails with water stops as GPS files.",
            "Lodgings to sell my route packs to guests.",
            "Leave only paw prints.",
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 30 ---------------------------------------------------------------- trap: timezone
    pair(
        30,
        "cross",
        "pub-quiz-nights",
        "A's bar is empty on Friday nights; B writes and hosts quiz nights and wants a bar "
        "that gives him a weekly slot.",
        a=person(
            "Anatole Verbecque",
            "Mon bar à Lille: le vendredi soir la salle est vide dès 22 h.",
            "Les clients passent, boivent un verre, s'ennuient et partent ailleurs.",
            "Un bar, c'est du monde.",
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        b=person(
            "Rhiannon Wadsley",
            """I write and host quizzes: six rounds, a picture round, a music round, a
            jackpot that rolls over, and I bring the screen, microphone and answer sheets.
            I ran weekly nights in forty pubs across Kent before moving to Lille with my
            partner last year, and I still get regulars who follow me from one venue to
            another.""",
            """I am looking for a bar that will give me a fixed weekly night, pay a small fee plus a share of the takings, and let me build a crowd over a few months rather than judging it after two weeks. I bring everything with me, I only need a plug and a corner of the room. My first four nights would be at a discount.""",
            "Anyone can win. Nobody feels stupid.",
            tz=1,
            langs=["en", "fr"],
            loc="Lille",
        ),
        twin=person(
            "Declan Furlong",
            """I host quiz nights with my own screen, sound system and answer sheets: six rounds, a picture round, a music round and a jackpot that rolls over. I have run weekly nights in pubs in Manchester and Leeds and I write all my own questions.""",
            "I need a sponsor brewery to pay for the prizes each month.",
            "Anyone can win.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Sixtine Nègrevergne",
            "Je suis musicienne, je joue du jazz manouche à la guitare en trio avec un contrebassiste et un violoniste, et nous avons un répertoire de trois heures.",
            "Je cherche un bar qui nous programme le vendredi soir.",
            "Swing.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tucker Yeoland",
            """Quiz host in Denver: six rounds, picture and music rounds, my own screen and mic, and a rolling jackpot. I have run weekly nights in thirty bars.""",
            "A bar that gives me a weekly night and a share of the takings.",
            "Anyone can win.",
            tz=-7,
            langs=["en", "fr"],
        ),
    ),
]
