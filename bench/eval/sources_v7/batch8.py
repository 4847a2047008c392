"""Pairs 71-80 of complementary_v7."""

from people import pair, person

PAIRS = [
    # 71 ---------------------------------------------------------------- trap: language
    pair(
        71,
        "cross",
        "shoe-last-carving",
        "A is a bespoke shoemaker who needs wooden lasts carved to each client; B is a last maker.",
        a=person(
            "Cornelius Jermyn",
            "Bespoke shoemaker, London, 3 benches, 120 pairs a year.",
            "A person who carves the wooden foot forms to each client's measures.",
            "Made once, worn forty years.",
            ro=["design"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Gaspard Romans-sur-Isère",
            "Formier, je taille les formes en charme à la main. Je parle anglais.",
            "Un bottier qui m'envoie ses prises de mesures chaque mois.",
            "La main et l'œil.",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Lazare Mauléon",
            "Formier industriel, formes en plastique pour usines. Anglais.",
            "Un investisseur pour une machine à commande numérique.",
            "Précision.",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Hugo Northampton-Beale",
            "Footwear design student at Cordwainers, London.",
            "A bespoke workshop that takes me on as an apprentice.",
            "Learn the old way.",
            ro=["design"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Valentin Hasparren",
            "Formier, je taille les formes en charme à la main.",
            "Un bottier qui m'envoie ses mesures chaque mois.",
            "La main et l'œil.",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 72 ---------------------------------------------------------------- trap: consent
    pair(
        72,
        "fr",
        "library-teen-breakdance",
        "A's library hall is taken over by bored teenagers; B is a breakdance teacher who "
        "wants a floor and a youth audience.",
        a=person(
            "Véronique Vaulx-en-Velin",
            """Je dirige une médiathèque de quartier dans l'Est lyonnais : trois étages, un
            grand hall vitré, une salle d'animation vide le soir, sept agents. J'aime les
            romans policiers nordiques et je chante faux dans la voiture.""",
            """Depuis la rentrée, une vingtaine d'ados occupent le hall de 16 h à 19 h :
            musique à fond, bousculades, les lecteurs âgés ne viennent plus, on a déjà
            appelé la police deux fois. Ils n'ont nulle part où aller, ça je le comprends,
            mais mon équipe est à bout.""",
            """La médiathèque appartient à tout le monde, ados compris.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Yanis Bron",
            """Danseur de breakdance, champion de France en crew en 2016, je donne des
            cours aux jeunes depuis dix ans dans les MJC : échauffement, figures au sol,
            battles, et un cadre clair. Les gamins qui ne tiennent pas en classe tiennent
            deux heures avec moi.""",
            """Je cherche un lieu public avec un vaste espace au sol lisse et des ados dans
            le coin, qui me paie quelques soirs par semaine pour des séances gratuites.""",
            """Le respect se gagne sur la piste.""",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Lina Rillieux",
            """Danseuse hip-hop, je donne des cours payants pour adultes dans mon studio à
            Lyon, cinquante élèves.""",
            """Je cherche une marque de vêtements qui me sponsorise et un vidéaste pour ma
            chaîne.""",
            """Danser pour soi.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Corinne Décines",
            """Autrice de romans jeunesse, douze livres publiés chez deux éditeurs, je fais des
            rencontres dans les écoles et des ateliers d'écriture pour les collégiens. Je vis à
            Lyon et je travaille mieux dans le bruit.""",
            """Je cherche une médiathèque qui m'invite en résidence d'écriture pendant six mois,
            avec un bureau et des ateliers à animer pour ses lecteurs.""",
            """Lire, c'est grandir.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Sofiane Meyzieu",
            """Danseur de breakdance, je donne des cours aux jeunes dans les MJC depuis dix
            ans, figures au sol et battles, avec un cadre clair.""",
            """Un lieu public avec une grande salle au sol lisse et des ados dans le
            coin.""",
            """Le respect se gagne.""",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 73 ---------------------------------------------------------------- trap: visibility
    pair(
        73,
        "cross",
        "champagne-english-tours",
        "A's champagne house loses English-speaking visitors; B is a wine educator who guides "
        "cellar tours and tastings in English.",
        a=person(
            "Bertrand Aÿ-Champillon",
            """Je suis vigneron-récoltant à Hautvillers, huit hectares, soixante mille
            bouteilles, une cave creusée dans la craie au XIXe siècle. Un tiers de nos
            visiteurs sont anglais ou américains, et ma mère qui faisait les visites a
            quatre-vingts ans.""",
            """Il me faut quelqu'un qui raconte la maison et fasse goûter en anglais, avec
            humour, et qui sache faire acheter des cartons à la fin.""",
            """Une petite maison qui reçoit comme une grande.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Sophie Carrington",
            "Wine educator (WSET 4), Reims-based, tastings & cellar tours. Fluent French.",
            "Want a small grower who lets me run their visits, with a cut of sales.",
            "Make wine less scary.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Jeremy Fotheringay",
            "Wine writer and tasting host, Epernay. Speak French.",
            "Want a publisher for a guide to grower champagne.",
            "Drink the land.",
            ro=["sales"],
            rs=["marketing"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Clotilde Épernay-Mardeuil",
            "Caviste à Reims, je vends des champagnes de vignerons.",
            "Un petit récoltant qui me réserve 500 bouteilles par an.",
            "Les vignerons d'abord.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Henrietta Vale",
            "Wine educator, Reims, cellar tours and tastings. Fluent French.",
            "A small grower who lets me run their visits.",
            "Make wine less scary.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 74 ---------------------------------------------------------------- trap: commitment
    pair(
        74,
        "en",
        "forest-school-treehouse",
        "A runs an outdoor nursery that wants raised platforms in its oaks; B builds treehouses.",
        a=person(
            "Poppy Wetherall",
            "Outdoor nursery in a Sussex wood, 30 under-fives.",
            "Someone to put safe decks and ladders up in our old oaks.",
            "Mud is good.",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Jago Trevithick-Moss",
            "Treehouse builder, tree-friendly bolts, play-safety certified.",
            "Want a school or an early-years setting as a showcase client, photos allowed.",
            "Build with the tree.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Rhys Carmarthen",
            "Treehouse builder, luxury glamping cabins.",
            "Need a landowner investor for a glamping site.",
            "Sleep in the canopy.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Flora Ashdown-Vyne",
            "Early-years student, keen on outdoor learning.",
            "A forest nursery that takes me for a placement.",
            "Children outside.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Tobias Wren-Hartley",
            "Treehouse builder, tree-friendly bolts, play-safety certified.",
            "A school or nursery as a showcase client.",
            "Build with the tree.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 75 ---------------------------------------------------------------- trap: timezone
    pair(
        75,
        "cross",
        "box-blight-replanting",
        "A's historic garden lost its box hedges to blight and moth; B is a nurseryman who "
        "replants formal parterres with resistant shrubs.",
        a=person(
            "Lavinia Cotesworth",
            """I look after a Jacobean manor garden in Northamptonshire, open to the public
            under the National Garden Scheme and for weddings. Two gardeners, a volunteer
            team on Wednesdays, and a walled kitchen garden that my late husband
            adored.""",
            """Two kilometres of the little clipped hedging that shapes our knot beds have
            turned brown and bare in three summers: first a fungus, then green
            caterpillars by the thousand. The garden looks dead from the terrace, visitors
            ask if we've given up, and spraying every month isn't us.""",
            """Gardens are for the next owner.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Fabien Villandry-Loches",
            """Pépiniériste en Touraine, je cultive des arbustes persistants résistants
            (houx crénelés, fusains nains, ifs taillés) en lignes prêtes à planter, et je
            replante des parterres à la française complets, avec le dessin, la préparation du
            sol et deux ans de taille. J'ai refait les broderies de deux châteaux de la
            Loire. Je parle anglais.""",
            """Je cherche un grand jardin historique à l'étranger qui accepte de tout
            arracher et de replanter d'un coup, et de me laisser montrer le résultat à
            d'autres propriétaires.""",
            """Le dessin survit à la plante.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Sibylle Chenonceau",
            """Pépiniériste en Touraine, je produis des rosiers anciens et des vivaces pour les
            jardins de château et les particuliers, trois cents variétés en pleine terre. Je
            parle anglais.""",
            """Je cherche un distributeur en Angleterre qui vende aux jardineries, et un site de
            vente en ligne avec livraison à racines nues.""",
            """La rose d'antan.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Marcus Wellingborough",
            """I'm a garden photographer: I publish a yearly calendar of English gardens sold in
            National Trust shops, and I shoot for two gardening magazines. I work at dawn with a
            large-format camera and I'm very patient.""",
            """I'd like a manor garden that lets me shoot its parterres and borders at dawn through
            a whole year, with access before opening.""",
            """Light is everything.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Romuald Rivarennes",
            """Pépiniériste en Colombie-Britannique : houx crénelés, fusains nains et ifs en lignes prêtes
            à planter; je replante des parterres complets. Je parle anglais.""",
            """Un grand jardin historique qui accepte de tout arracher et de replanter d'un
            coup.""",
            """Le dessin survit.""",
            tz=-8,
            langs=["fr", "en"],
        ),
    ),
    # 76 ---------------------------------------------------------------- trap: language
    pair(
        76,
        "en",
        "skate-sharpening",
        "A's ice rink hires out blunt skates; B is a skate technician.",
        a=person(
            "Duncan Dalkeith",
            """General manager, ice rink in Fife: public sessions, a hockey club, figure
            skating and curling, 900 pairs of hire skates, most of them blunt and chipped.""",
            "Someone who keeps our blades keen and shaped right for every kind of skater.",
            "Glide, don't grind.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Lindsay Kirkcaldy",
            "Skate tech: grinding, profiling, rivets, boot fitting.",
            "Want a rink that gives me a workshop and all its hire stock.",
            "Edges matter.",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Euan Glenrothes",
            "Ski and snowboard tech: bases, edges, bindings.",
            "Want a ski shop franchise partner.",
            "Tune it right.",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Moira Cupar",
            "Figure skating coach, 40 kids, need more ice time.",
            "A rink that gives my club two more evening slots.",
            "Fall, get up.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Bastian Eisfeld",
            "Schlittschuhtechniker: Schleifen, Profilieren, Nieten, Schuhanpassung.",
            "Eine Eishalle, die mir eine Werkstatt und den Leihbestand gibt.",
            "Kanten zählen.",
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
        "cycle-route-guides",
        "A's guesthouse on a cycle route gets English riders who ask for routes; B writes "
        "cycle-touring guides in English.",
        a=person(
            "Maryvonne Chinon-Saumur",
            "Chambres d'hôtes sur la Loire à Vélo, 5 chambres, garage à vélos.",
            "Qqn qui rédige pour mes clients anglais des boucles d'une journée.",
            "Prendre le temps.",
            ro=["operations"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Giles Overton",
            "I write cycle-touring guidebooks in English, 4 published. I speak French.",
            "Want B&Bs to feature, with a room when I'm researching.",
            "Two wheels, slow travel.",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Bridget Hollins",
            "Travel writer, food and wine in the Loire. I speak French.",
            "Want a TV producer for a travel series.",
            "Taste the place.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Pascaline Montsoreau",
            "Loueuse de vélos électriques à Saumur, 40 vélos.",
            "Des chambres d'hôtes qui envoient leurs clients louer chez moi.",
            "Rouler léger.",
            ro=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Humphrey Coldstream",
            "I write cycle-touring guidebooks in English. I speak French.",
            "B&Bs to feature, with a room while researching.",
            "Slow travel.",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 78 ---------------------------------------------------------------- trap: visibility
    pair(
        78,
        "fr",
        "horse-manure-compost",
        "A's riding centre piles up manure it cannot get rid of; B makes potting compost from "
        "stable waste.",
        a=person(
            "Diane Lamotte-Beuvron",
            """Je dirige un centre équestre en Sologne : soixante chevaux, une carrière, un
            manège, des stages d'été. Je monte encore en concours de dressage, niveau
            amateur, et j'ai trois chiens qui suivent partout.""",
            """Quatre cents tonnes de litière sale par an s'entassent derrière les boxes.
            L'agriculteur qui l'épandait a arrêté, les voisins se plaignent des mouches et
            de l'odeur, et la DDT nous a rappelé les règles sur les jus qui coulent vers le
            fossé.""",
            """Respecter les chevaux et les voisins.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Gilles Salbris",
            """Je fabrique du terreau pour les jardineries et les maraîchers : andains
            retournés, température suivie, six mois de maturation, analyses à l'appui. J'ai
            un tracteur, une benne et une plateforme agréée à vingt kilomètres de
            Romorantin.""",
            """Je cherche des établissements équins qui me garantissent des volumes
            réguliers de paille usagée, que je viens chercher moi-même chaque semaine.""",
            """La terre se refait avec ce qu'on jette.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Murielle Nouan",
            """Je produis du terreau de feuilles et d'écorces pour les particuliers, vendu en
            sacs sur les marchés de Sologne.""",
            """Je cherche une chaîne de jardineries qui me référence et un financement pour
            une ensacheuse.""",
            """Le bon terreau.""",
            ro=["domain"],
            rs=["sales", "finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Coralie Vouzon",
            """Monitrice d'équitation diplômée d'État, cinq ans dans un club de Touraine,
            spécialisée dans les débutants et les poneys. Je fais aussi de l'équitation adaptée
            pour des enfants handicapés.""",
            """Je cherche un centre équestre qui m'embauche à l'année pour les cours et les stages
            d'été, avec un logement sur place.""",
            """Le cheval éduque.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Félix Chaumont",
            """Je fabrique du terreau : andains, température suivie, six mois de maturation;
            tracteur, benne et plateforme agréée en Sologne.""",
            """Des établissements équins qui me garantissent des volumes réguliers de paille
            usagée.""",
            """La terre se refait.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 79 ---------------------------------------------------------------- trap: commitment
    pair(
        79,
        "cross",
        "wrought-iron-gates",
        "A designs English gardens and needs ornamental ironwork; B is an art blacksmith.",
        a=person(
            "Araminta Fenwick",
            """Garden designer in the Cotswolds, twenty gardens a year for private clients,
            Chelsea silver in 2019. My clients want old-fashioned gates, arches and
            screens, and British forges have two-year waiting lists.""",
            "I need a maker who can hammer and scroll iron into gates to my drawings.",
            "Design for a hundred years.",
            ro=["design"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Hugo Ferrière",
            "Ferronnier d'art, forge au charbon, Bourgogne. Je parle anglais.",
            "Une paysagiste qui me confie des pièces sur plans, chaque année.",
            "Le feu et le marteau.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Anselme Creusot",
            "Forgeron, couteaux de cuisine et haches. Je parle anglais.",
            "Une boutique en ligne et un photographe.",
            "Le tranchant.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Rupert Chipping",
            "I own a manor near Stow and want a new garden.",
            "A designer to redo our three acres.",
            "Something timeless.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Émile Charolles",
            "Ferronnier d'art, forge au charbon. Je parle anglais.",
            "Une paysagiste qui me confie des pièces sur plans.",
            "Le feu et le marteau.",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 80 ---------------------------------------------------------------- trap: timezone
    pair(
        80,
        "fr",
        "trail-race-radio-relay",
        "A organises a mountain trail race with no phone signal; B's amateur radio club "
        "relays messages.",
        a=person(
            "Brigitte Lans-en-Vercors",
            "Organisatrice d'un trail de 80 km dans le Vercors.",
            "Des gens qui fassent passer les messages là où les téléphones ne captent pas.",
            "Personne ne se perd.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Raoul Villard-de-Lans",
            "Radio-club, 20 opérateurs, relais portables en montagne.",
            "Des courses qui nous donnent de vrais exercices sur le terrain.",
            "Toujours à l'écoute.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Gilberte Autrans",
            "Radio-club, on fait du contact longue distance.",
            "Un mécène pour une antenne neuve.",
            "L'ondes sans frontières.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Loïc Méaudre",
            "Traileur, je vise mon premier 80 km.",
            "Un dossard pour le trail du Vercors.",
            "Aller au bout.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Marcel Tontouta",
            "Radio-club, 20 opérateurs, relais portables, Nouvelle-Calédonie.",
            "Des courses qui nous donnent de vrais exercices sur le terrain.",
            "Toujours à l'écoute.",
            tz=11,
            langs=["fr"],
        ),
    ),
]
