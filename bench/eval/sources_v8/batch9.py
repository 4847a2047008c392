"""Pairs 81-90 of complementary_v8."""

from people import pair, person

PAIRS = [
    # 81 ---------------------------------------------------------------- trap: language
    pair(
        81,
        "fr",
        "sardine-cannery-apprentices",
        "A's sardine cannery is losing the women who prepare fish by hand to retirement; B "
        "builds short job-training courses with the employment service.",
        a=person(
            "Rozenn Kernaléguen",
            """Je dirige une conserverie de sardines à Douarnenez, fondée en 1920: quarante
            salariées, une marque connue, des commandes qui montent chaque année grâce aux
            épiceries fines et à l'export. Nos ateliers sont aux normes, nous pouvons
            accueillir des stagiaires et payer des formations.""",
            """Les ouvrières qui étêtent et emboîtent le poisson à la main partent à la
            retraite les unes après les autres, cinq cette année. Les jeunes du coin ne
            viennent pas, ceux qui viennent repartent au bout d'une semaine, et sans elles
            on ne peut pas tenir le rythme quand les bateaux rentrent.""",
            "Le geste juste se transmet, il ne s'invente pas.",
            tz=1,
            langs=["fr"],
            loc="Douarnenez",
        ),
        b=person(
            "Laurène Quillivic",
            """Ingénieure de formation, je monte des parcours courts vers des métiers
            manuels qui peinent à recruter: repérage des candidats avec France Travail,
            immersion de deux semaines, tutorat en binôme avec une ancienne, puis contrat.
            Je l'ai fait pour une biscuiterie de Pont-Aven et pour des chantiers navals.""",
            """Je voudrais une entreprise de la mer qui me confie une promotion complète, ouvre ses lignes de production et désigne des tutrices volontaires, payées pour transmettre. Le financement de ce parcours est presque entièrement public. Il faut seulement des entreprises prêtes à jouer le jeu.""",
            "Un métier s'apprend à côté de quelqu'un.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Quimper",
        ),
        twin=person(
            "Nolwenn Le Périé",
            """Je monte des formations courtes vers les métiers manuels qui recrutent mal, avec immersion de deux semaines et tutorat en binôme. J'ai travaillé pour une boulangerie industrielle et une menuiserie du Finistère.""",
            """Il me faut un organisme qui certifie mes parcours pour qu'ils soient
            financés.""",
            "Un métier s'apprend à côté de quelqu'un.",
            ro=["operations"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Yvonne Séguret",
            "Je tiens une épicerie fine à Rennes, rayon conserves de la mer, vins et biscuits bretons.",
            "Je veux des boîtes de sardines millésimées en direct de la conserverie.",
            "Du bon, du beau.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Fiona MacLennan",
            """I build short training routes into manual jobs that struggle to hire, with immersion and mentoring, working with the employment service.""",
            "A seafood business that gives me a full cohort and volunteer mentors.",
            "A trade is learned beside someone.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
    ),
    # 82 ---------------------------------------------------------------- trap: consent
    pair(
        82,
        "cross",
        "blown-glass-pendant-lights",
        "A blows glass and wants her pieces turned into certified lamps; B wires glass into "
        "lights and wants glassblowers to work with.",
        a=person(
            "Séverine Lanfranchi",
            """Je suis souffleuse de verre à Biot depuis vingt ans, spécialiste du verre
            bullé: bols, carafes, grosses boules colorées qui se vendent dans ma boutique
            et dans trois galeries de la Côte. Les architectes d'intérieur me demandent
            sans cesse des suspensions, et je ne sais pas faire la partie électrique.""",
            """Il me faut qqn qui sache transformer mes pièces en luminaires: percer,
            monter la douille, le câble, la fixation au plafond, avec les normes et les
            certificats, pour que je puisse les vendre aux hôtels.""",
            "Le verre, c'est de la lumière figée.",
            ro=["design"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Biot",
        ),
        b=person(
            "Alaric Jowett",
            "Lighting maker: I wire glass into pendants and lamps, tested to code.",
            "Glassblowers who want their pieces lit and sold.",
            "Light is the point.",
            tz=0,
            langs=["en", "fr"],
            loc="Brighton",
        ),
        twin=person(
            "Oswin Lumb",
            "I turn glass into pendant lamps, wired and tested.",
            "I need a showroom in London that takes my lamps on commission.",
            "Light is the point.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Danaé Trémoulet",
            "Architecte d'intérieur à Cannes, hôtels et villas.",
            "Je cherche des pièces en verre soufflé uniques pour un hall d'hôtel.",
            "L'objet rare.",
            ro=["design"],
            rs=["design"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Quentin Harbottle",
            "I wire glass into certified pendants and lamps.",
            "Glassblowers who want their work lit and sold.",
            "Light is the point.",
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 83 ---------------------------------------------------------------- trap: visibility
    pair(
        83,
        "mixed",
        "farm-wedding-swing-band",
        "A organises farm weddings and needs a live acoustic band; B's swing trio wants "
        "planners who book them all summer.",
        a=person(
            "Margaux Lehéricey",
            "J'organise des mariages dans une ferme normande, 30 par an.",
            "Need a band that plays swing and folk, acoustic, four hours.",
            "La fête sans chichis.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Bayeux",
        ),
        b=person(
            "Declan O'Farrell",
            "Trio: fiddle, guitar, double bass; jazz manouche and reels, unplugged.",
            "Planners who book us every weekend all summer.",
            "Everybody on the floor.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["en", "fr"],
            loc="Caen",
        ),
        twin=person(
            "Niamh Midgley",
            "Swing and folk trio, fiddle, guitar and bass.",
            "I need a luthier to mend the cracked top of my double bass.",
            "Everybody dances.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Hortense Marivaux",
            "Future mariée, on se marie en août près de Caen.",
            "I want a farm venue with a barn for 120 guests.",
            "Simple et joyeux.",
            ro=["finance"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Padraig Mulcahy",
            "Acoustic trio, swing and reels: fiddle, guitar, double bass.",
            "Planners who book us all summer.",
            "Everybody dances.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 84 ---------------------------------------------------------------- trap: commitment
    pair(
        84,
        "cross",
        "care-farm-winter-workshops",
        "A's care farm has nothing indoors for its autistic young adults in winter; B runs "
        "adapted woodwork workshops and wants a place and a group.",
        a=person(
            "Gwendolen Oddy",
            "Care farm in Suffolk for 25 autistic young adults; a big empty barn.",
            "From November to March it rains, the fields close and everyone gets restless.",
            "Everyone has something to give.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Suffolk",
        ),
        b=person(
            "Timothée Vidalou",
            """Menuisier et éducateur spécialisé, j'anime depuis huit ans des ateliers de
            travail du bois adaptés à des adultes autistes: gestes découpés en étapes,
            outils sécurisés, pictogrammes au mur, bruit limité. On fabrique des nichoirs,
            des bancs, des jeux en bois vendus au marché de Noël, et chacun a son poste.""",
            """Il me faut un lieu couvert et un groupe stable, avec une équipe d'encadrement qui connaît les participants, pour monter un atelier permanent l'hiver, même à l'étranger. Je peux apporter les outils et les plans des objets. Il faut seulement un peu de place et de la patience.""",
            "Fabriquer, c'est exister aux yeux des autres.",
            tz=1,
            langs=["fr", "en"],
            loc="Amiens",
        ),
        twin=person(
            "Baptistine Cordonnier",
            """Menuisière et éducatrice spécialisée, j'anime des ateliers de travail du bois adaptés pour des adultes autistes: étapes découpées, pictogrammes, outils sûrs, peu de bruit. On fabrique des nichoirs et des jeux vendus au marché.""",
            "Il me faut un marchand de bois qui me donne ses chutes de chêne.",
            "Fabriquer, c'est exister.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Marcus Priestley",
            "Dad of a 19-year-old with autism in Ipswich; he loves animals and the outdoors and hates noisy rooms.",
            "I want a place for my son three days a week with animals.",
            "He deserves a good life.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Léopold Ravinet",
            """Menuisier, ateliers bois adaptés pour adultes autistes: étapes, pictogrammes, outils sûrs, peu de bruit; nichoirs, bancs et jeux vendus au marché.""",
            "Un lieu couvert et un groupe stable pour l'hiver.",
            "Fabriquer, c'est exister.",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 85 ---------------------------------------------------------------- trap: timezone
    pair(
        85,
        "en",
        "playground-markings",
        "A's school playground is bare tarmac; B paints games and maps on playgrounds and "
        "wants schools to book summer jobs.",
        a=person(
            "Bernadette Skerritt",
            "Head of an infant school in Hull; our yard is bare grey tarmac.",
            "Someone who paints hopscotch, mazes and a big map on the ground.",
            "Play is learning.",
            tz=0,
            langs=["en"],
            loc="Hull",
        ),
        b=person(
            "Lenny Thornber",
            "Line painter: games, tracks and maps in thermoplastic on tarmac.",
            "Heads who book me in the summer holidays.",
            "Bright and safe.",
            tz=0,
            langs=["en"],
            loc="Doncaster",
        ),
        twin=person(
            "Garth Tumilty",
            "I paint games and maps on tarmac in thermoplastic.",
            "I need a van with a burner rig, second-hand.",
            "Bright and safe.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Amira Ughtred",
            "Newly qualified teacher looking for a first post.",
            "I want a reception class job in a Hull infant school.",
            "Every child counts.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Shane Kilpatrick",
            "Line painter in Adelaide; games and maps on school tarmac.",
            "Schools booking summer jobs.",
            "Bright and safe.",
            tz=9.5,
            langs=["en"],
        ),
    ),
    # 86 ---------------------------------------------------------------- trap: language
    pair(
        86,
        "cross",
        "pop-up-book-engineering",
        "A publishes children's activity books and wants pop-up spreads; B is a paper "
        "engineer who designs pop-up mechanisms and wants a publisher.",
        a=person(
            "Clotilde Aymard",
            """Je dirige une petite maison d'édition jeunesse à Nantes: livres-jeux, cartes
            au trésor, cherche-et-trouve, une trentaine de titres au catalogue, diffusés
            dans toutes les librairies et traduits en quatre langues. Nous avons de bons
            illustrateurs et un imprimeur fidèle en Italie qui sait faire les découpes et
            l'assemblage à la main.""",
            """Il me manque un ingénieur papier: quelqu'un qui conçoive les mécanismes de
            livres animés, les châteaux qui se dressent, les tirettes, les roues, les
            volets, et qui fasse des maquettes blanches que l'imprimeur puisse fabriquer en
            série sans que tout se déchire.""",
            "Un livre qui bouge donne envie de lire.",
            ro=["sales", "finance"],
            rs=["design"],
            tz=1,
            langs=["fr"],
            loc="Nantes",
        ),
        b=person(
            "Ottilie Fennimore-Shaw",
            """I am a paper engineer. For twelve years I have designed the moving parts of
            children's books for two London packagers: v-folds, floating layers, pull tabs,
            wheels and the occasional dragon that breathes out a paper flame. I make the
            white dummies by hand, test them a hundred times, and write the assembly notes
            for the factory.""",
            """Both packagers have cut back. I want a publisher with strong artists and a printing partner who can put pop-ups together manually, who will build a series with me and put my
            name on the cover.""",
            "Every fold must survive a five-year-old.",
            ro=["design"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Leopold Ashdown-Fry",
            """Paper engineer for ten years: pull tabs, wheels, v-folds, floating layers. I make white dummies by hand and test them until they survive small children, and I write the assembly notes for the factory.""",
            "I need an agent who sells my own picture book ideas to American publishers.",
            "Every fold must survive.",
            ro=["design"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Faustine Rigaudeau",
            "Libraire jeunesse à Angers depuis douze ans, avec des lectures le mercredi et un grand rayon de livres animés.",
            "Je veux des livres-jeux en dépôt pour mon rayon de Noël.",
            "Lire, c'est jouer.",
            ro=["sales"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rowena Yeadon",
            """Paper engineer; I design pop-up mechanisms, pull tabs and wheels, and make hand-made dummies for the factory with assembly notes.""",
            "A publisher with illustrators and a hand-assembly printer, for a series.",
            "Every fold must survive.",
            ro=["design"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
    ),
    # 87 ---------------------------------------------------------------- trap: consent
    pair(
        87,
        "fr",
        "vine-prunings-barbecue-fagots",
        "A's vineyard burns tonnes of prunings in smoky heaps each winter; B bundles vine "
        "prunings into barbecue fagots and needs them.",
        a=person(
            "Théobald Hurtzinger",
            "Vigneron en Alsace, douze hectares de riesling et de pinot.",
            "Trente tonnes de sarments brûlées en tas: fumée, voisins en colère.",
            "Une vigne propre.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Riquewihr",
        ),
        b=person(
            "Apolline Ostermeyer",
            "Je fais des fagots de vigne pour les grillades, vendus aux bouchers.",
            "Des bois de taille à ramasser, en quantité, chaque hiver.",
            "Le goût de la braise.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Colmar",
        ),
        twin=person(
            "Mathis Chalvet",
            "Je fais des fagots pour les barbecues avec du bois de vigne.",
            "Il me faut une lieuse mécanique d'occasion et un mécanicien.",
            "La braise.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Odette Scherrer",
            "Caviste à Strasbourg.",
            "Je veux des vins d'Alsace de petits domaines pour ma cave.",
            "Le bon verre.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Lucas Heintzelmann",
            "Je vends des fagots de vigne pour les grillades.",
            "Du bois de taille à ramasser chaque hiver.",
            "La braise.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 88 ---------------------------------------------------------------- trap: visibility
    pair(
        88,
        "cross",
        "tree-peony-grafting",
        "A's country-house garden has old tree peonies that are dying; B propagates tree "
        "peonies by grafting and wants rare old stock.",
        a=person(
            "Marcus Wyndham-Pryce",
            """I am head gardener at a country house in Gloucestershire open to the public.
            Our glory is a walk of eighty tree peonies planted in the 1890s from Japanese
            and French nurseries, some of them varieties nobody sells any more. We have a
            team of four, a propagation house, and a trustee board ready to fund a rescue.""",
            """A third of the old plants are failing, split by age and disease. I need a
            propagator who grafts tree peonies onto rootstock, who can take scions from our
            old plants before they die, grow them on and return young ones to the garden.""",
            "A garden is a promise to people not yet born.",
            ro=["domain", "operations"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr"],
            loc="Gloucestershire",
        ),
        b=person(
            "Gaspard Rivière-Lamotte",
            """Pépiniériste dans le Val de Loire, je multiplie les pivoines arbustives par
            greffe sur racines de pivoine herbacée, selon la méthode des anciens
            obtenteurs. Je tiens une collection de deux cents variétés, certaines sauvées
            dans des jardins abandonnés, et j'expédie dans toute l'Europe en automne.""",
            """Je voudrais un jardin historique qui possède de vieilles variétés disparues du commerce, m'en confie des greffons chaque automne et partage avec moi les jeunes plants et leur nom. Je viendrais moi-même prélever les greffons en octobre. Les premiers plants seraient prêts trois ans plus tard.""",
            "Sauver une variété, c'est sauver une histoire.",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Doué-la-Fontaine",
        ),
        twin=person(
            "Alcide Perrichon",
            """Pépiniériste dans la Sarthe, je greffe les pivoines arbustives sur racines de pivoine herbacée; deux cents variétés en collection, certaines anciennes, et des expéditions dans toute l'Europe chaque automne.""",
            "Il me faut un photographe pour mon catalogue de vente par correspondance.",
            "Sauver une variété.",
            ro=["tech"],
            rs=["marketing"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Jemima Binns",
            "Garden blogger in Cheltenham; I write about historic gardens and their plants for forty thousand readers.",
            "I want a private tour of a great peony walk in May.",
            "Gardens for everyone.",
            ro=["marketing"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Eudoxie Vallerand",
            """Je greffe les pivoines arbustives en pépinière sur racines de pivoine herbacée et j'expédie partout en Europe; cent cinquante variétés.""",
            "Un jardin historique qui me confie des greffons de vieilles variétés.",
            "Sauver une variété.",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 89 ---------------------------------------------------------------- trap: commitment
    pair(
        89,
        "mixed",
        "bowling-pinsetter-repair",
        "A runs a retro bowling alley whose 1960s pinsetters keep jamming; B repairs old "
        "pinsetter machines and wants alleys to pay a retainer.",
        a=person(
            "Baptiste Lemerle",
            """J'ai ouvert l'an dernier un bowling rétro à Nantes, dans un ancien garage:
            huit pistes en bois, un bar, des jukebox, une déco des années 60 et une
            clientèle de trentenaires qui adorent. Les soirées d'entreprise sont complètes
            jusqu'en juin.""",
            """Problem: the old automatic pin-resetting units behind the lanes jam three or four times a night, and nobody in France knows them. I need a repairer who knows that kit inside out, can fix it fast and train my staff.""",
            "On s'amuse, mais ça doit marcher.",
            ro=["operations", "sales"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Nantes",
        ),
        b=person(
            "Clint Stavely",
            "Pinsetter mechanic, 1960s machines, big parts stock.",
            "Alleys that pay a monthly retainer.",
            "Strike every time.",
            ro=["tech"],
            rs=["finance"],
            tz=0,
            langs=["en", "fr"],
            loc="Portsmouth",
        ),
        twin=person(
            "Wade Eastwood",
            "I repair old pinsetters; I have a garage of parts.",
            "I need a machinist to remake worn cams and gears.",
            "Strike every time.",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Inès Guillemot",
            "RH dans une boîte nantaise, j'organise les soirées.",
            "I want a fun venue for 60 colleagues in March.",
            "Souder l'équipe.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Dwayne Cotterill",
            "Mechanic for 1960s pinsetters; parts stock.",
            "Alleys paying a monthly retainer.",
            "Strike every time.",
            ro=["tech"],
            rs=["finance"],
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 90 ---------------------------------------------------------------- trap: timezone
    pair(
        90,
        "cross",
        "romanesque-wall-painting-conservation",
        "A's Romanesque church has wall paintings flaking off; B conserves wall paintings "
        "and wants a site to train students on.",
        a=person(
            "Anselme Puyjalon",
            """Je suis président de l'association des amis d'une église romane du
            Berry, sur une commune de trois cents habitants. Nous organisons des concerts
            l'été, nous avons réuni de l'argent avec une souscription et la Fondation du
            patrimoine, et le maire met à disposition le presbytère vide pour loger des
            gens.""",
            """Dans le chœur, les peintures du XIIe siècle s'effritent: des écailles tombent
            sur le carrelage après chaque hiver humide, les visages des apôtres
            disparaissent, et personne ici ne sait ce qu'il faut faire ni qui appeler sans
            se ruiner.""",
            "Ce que huit siècles ont gardé, on ne le perd pas en dix ans.",
            tz=1,
            langs=["fr"],
            loc="Berry",
        ),
        b=person(
            "Cordelia Firth",
            """I am a conservator of medieval wall paintings and I teach on a postgraduate
            course in London. Every summer I take six students to a real site where we
            consolidate flaking plaster, fix the paint layer with lime and gentle
            adhesives, and record everything. We have worked in English parish churches and
            a chapel in Wales.""",
            """I am after a site abroad for the next three summers, with locals who want the work done, somewhere to sleep for eight people, and a small budget for materials. My students pay their own travel. We work quietly and leave everything recorded and clean.""",
            "Stabilise, do not repaint.",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Hester Greenacre",
            """Wall painting conservator; I consolidate flaking plaster and fix paint layers with lime and gentle adhesives in medieval churches. I have worked on fifteen sites in East Anglia and I record every step.""",
            "I need a scaffolding firm that rents towers for churches by the week.",
            "Stabilise, do not repaint.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Marcelline Trochet",
            "Je suis chanteuse lyrique, soprano, et j'organise des récitals avec une pianiste dans les églises du Centre.",
            "Je cherche une église romane à l'acoustique douce pour un concert en août.",
            "La voix et la pierre.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Imogen Pardoe-Vance",
            """Conservator in Los Angeles; medieval wall paintings, consolidation of flaking plaster, lime, student field schools every summer.""",
            "A site abroad for three summers, beds for eight and a materials budget.",
            "Stabilise, do not repaint.",
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
]
