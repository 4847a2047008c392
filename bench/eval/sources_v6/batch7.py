"""Pairs 61-70 of complementary_v6."""

from people import pair, person

PAIRS = [
    # 61 ---------------------------------------------------------------- trap: language
    pair(
        61,
        "cross",
        "botanical-illustration-seeds",
        "A runs a heritage seed company that needs accurate paintings of its varieties; B is a "
        "botanical watercolourist who wants a long commission.",
        a=person(
            "Rosemary Fettiplace",
            """I run a heritage seed company in Shropshire: four hundred open-pollinated
            varieties of beans, tomatoes, squash and old cottage flowers, grown on our own
            trial beds and sold to thirty thousand gardeners by post. Our catalogue is
            printed every January. I have three grown-up sons and a very elderly
            tortoise.""",
            """Our packets still use photos that flatter the plants. I'd like an artist
            who paints from life with total accuracy, pod, seed, leaf and flower, so a
            grower can check what's in the bed against the picture, and who can do a dozen
            plates a year for the catalogue and the packets.""",
            """Seeds belong to gardeners, not to companies.""",
            ro=["sales", "operations"],
            rs=["design"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Capucine Aubriot",
            """Illustratrice botanique, formée au Muséum à Paris, je peins à l'aquarelle
            d'après nature depuis vingt ans, avec les coupes et les détails de graines que
            demandent les herbiers. J'ai illustré trois flores régionales et les planches
            d'un conservatoire de variétés anciennes. Je parle et j'écris anglais.""",
            """Je cherche une maison qui produit et vend des variétés anciennes, qui me
            laisse travailler dans ses planches d'essai au fil des saisons et me commande
            une série de planches chaque année.""",
            """Regarder longtemps avant de tracer.""",
            ro=["design"],
            rs=["sales", "operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Solveig Haudecoeur",
            """Illustratrice naturaliste, je dessine des oiseaux et des insectes pour des
            guides d'identification et des panneaux de réserves naturelles. Je parle
            anglais.""",
            """Je cherche un éditeur qui publie un guide des papillons illustré, avec une
            distribution en librairie et à l'étranger.""",
            """Voir juste.""",
            ro=["design"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Gideon Harrowby",
            """I run a community allotment society in Shrewsbury with two hundred plot
            holders and a waiting list, and a seed swap every March that draws a crowd.""",
            """A seed company that gives our members discounted packets and sends someone
            to talk at our seed swap about saving seed properly.""",
            """Grow your own, share the rest.""",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Eléonore Vaudrey",
            """Illustratrice botanique, aquarelle d'après nature, coupes et détails de
            graines; trois flores régionales et les planches d'un conservatoire de variétés
            anciennes.""",
            """Une maison de variétés anciennes qui me laisse travailler dans ses planches
            d'essai et me commande une série de planches chaque année.""",
            """Regarder longtemps.""",
            ro=["design"],
            rs=["sales", "operations"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 62 ---------------------------------------------------------------- trap: consent
    pair(
        62,
        "fr",
        "schoolyard-depaving",
        "A heads a nursery school whose tarmac yard is an oven; B is a landscaper who rips up "
        "schoolyards and plants them.",
        a=person(
            "Solange Berthomieu",
            "Directrice d'école maternelle à Lyon, cour en goudron.",
            "En juin la cour est un four, les enfants restent dedans, ils se battent.",
            "Jouer dehors tous les jours.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Maxence Pélissier",
            "Paysagiste, je casse le bitume des cours d'école et je plante arbres et pelouses.",
            "Des écoles qui me confient leur cour et associent les parents au chantier.",
            "De l'ombre pour tous.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Baptistine Orsoni",
            "Paysagiste, je crée des jardins thérapeutiques pour hôpitaux.",
            "Un mécène qui finance mes chantiers à l'hôpital.",
            "Le jardin soigne.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Raphaël Guichardon",
            "Animateur nature, ateliers jardinage pour enfants.",
            "Une école qui me laisse animer un atelier par semaine.",
            "Les mains dans la terre.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Hervé Cassagnes",
            "Paysagiste, je remplace le bitume des cours d'école par des arbres et de l'herbe.",
            "Des écoles qui me confient leur cour, avec les parents au chantier.",
            "De l'ombre.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 63 ---------------------------------------------------------------- trap: visibility
    pair(
        63,
        "cross",
        "stop-motion-armatures",
        "A produces a stop-motion series whose puppets break on set; B machines ball-and-"
        "socket armatures and wants a studio to work for.",
        a=person(
            "Aurèle Dompierre",
            """Je produis une série d'animation en volume à Annecy, vingt-six épisodes de
            sept minutes, avec douze animateurs et deux plateaux. Les décors et les costumes
            sont faits sur place. J'ai commencé par des courts métrages de pâte à modeler
            dans le garage de mes parents, qui me le reprochent encore.""",
            """Nos marionnettes tiennent deux semaines de tournage et cassent aux coudes et
            aux chevilles. Il me faut quelqu'un qui fabrique à la main des squelettes
            métalliques articulés, solides et fins, tous identiques, et qui les répare
            pendant le tournage.""",
            """Chaque image compte, chaque marionnette aussi.""",
            ro=["product"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Oliver Brackenridge",
            """I machine ball-and-socket armatures for stop-motion puppets: brass and
            steel, adjustable joints, tie-downs, replaceable hands. I worked for eleven
            years at a big studio in Bristol on two features and I now have my own lathe
            and mill in a shed near Grenoble. I speak French.""",
            """I'd like one production that takes me on for the whole shoot, orders its
            skeletons from me in batches and keeps me on set for repairs, rather than
            one-off orders from students.""",
            """Invisible work that lets the puppet act.""",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Tristram Nuttall",
            """Stop-motion puppet maker: I sculpt, mould and cast silicone heads and
            bodies for commercials and music videos. I speak French.""",
            """I need an agent who gets me on advertising productions and a producer who
            funds my own short film.""",
            """Every face tells a story.""",
            rs=["sales", "finance"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Maguelone Fréchet",
            """Étudiante en animation, je sors de l'école des Gobelins en juin; je sais animer en volume, j'ai un court métrage primé à un festival étudiant et je sais aussi fabriquer des décors.""",
            """Une production d'animation en volume qui m'embauche comme animatrice sur sa série, même en assistante au début.""",
            """Apprendre sur le plateau.""",
            ro=["domain"],
            rs=["product"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Jasper Whitlow",
            """I machine ball-and-socket armatures for stop-motion: brass and steel joints,
            tie-downs, replaceable hands; eleven years at a Bristol studio. I speak
            French.""",
            """One production that takes me on for the whole shoot and keeps me on set for
            repairs.""",
            """Let the puppet act.""",
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 64 ---------------------------------------------------------------- trap: commitment
    pair(
        64,
        "en",
        "choir-accompanist",
        "A conducts a community choir in her spare time and has lost her pianist; B is a "
        "part-time pianist who wants a choir to accompany.",
        a=person(
            "Philippa Gorringe",
            "I conduct a 70-voice community choir in Derby, Tuesday evenings.",
            "Our keyboard player moved away. Need someone for rehearsals and 3 concerts.",
            "Anyone can sing.",
            ro=["domain"],
            rs=["domain"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Ambrose Keighley",
            "Pianist, sight-reads anything, 20 yrs accompanying singers and shows.",
            "A singing group that wants me every week after work, and a small fee.",
            "Support, don't show off.",
            ro=["domain"],
            rs=["domain"],
            c="part-time",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Cressida Lowther",
            "Pianist, jazz trio, weddings and hotel bars.",
            "An agent who books the trio every weekend.",
            "Swing.",
            ro=["domain"],
            rs=["sales"],
            c="part-time",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Norris Halliwell",
            "Tenor, keen, can't read music yet.",
            "A friendly choir that'll take a beginner.",
            "Sing loud.",
            ro=["domain"],
            rs=["domain"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Jeremiah Pountney",
            "Pianist, sight-reads anything, 20 years accompanying singers.",
            "A choir that wants me every week, with a small fee.",
            "Support, don't show off.",
            ro=["domain"],
            rs=["domain"],
            c="full-time",
            tz=0,
            langs=["en"],
        ),
    ),
    # 65 ---------------------------------------------------------------- trap: timezone
    pair(
        65,
        "cross",
        "hotel-soap-recycling",
        "A runs holiday flats whose guests leave kilos of half-used toiletries; B recycles "
        "hotel soaps into new bars for shelters.",
        a=person(
            "Lucinda Ashbrook",
            "I run 40 holiday flats in Bath. Cleaners bin 30 kg of used soap a month.",
            "It goes in the rubbish and it makes me feel sick every time.",
            "Waste is a design flaw.",
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Déborah Saint-Amand",
            """Je recycle les savons entamés des hôtels : on les collecte, on les gratte, on
            les désinfecte, on les refond en pains neufs, distribués aux foyers d'accueil et
            aux maraudes. Quarante hôtels à Paris et à Lille nous confient leurs restes. Je
            parle anglais, j'ai étudié à Bristol.""",
            """Je cherche des loueurs et des hôtels en Angleterre qui trient et stockent
            leurs restes pour qu'on ouvre une collecte là-bas, avec un partenaire sur place
            qui regroupe les cartons.""",
            """Rien de propre ne devrait finir à la poubelle.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Marjolaine Dessaix",
            """Savonnière, je fais des savons à froid aux huiles locales, vendus dans
            des boutiques d'hôtel et de musée. Je parle anglais.""",
            """Je cherche un distributeur pour les chaînes d'hôtels et une marque qui me
            commande en marque blanche.""",
            """Du savon simple.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Kirsty Blenkinsop",
            """I run a cleaning company for holiday lets in Somerset and Wiltshire, twelve cleaners, two vans and a laundry contract, and we can turn a flat round in ninety minutes.""",
            """I'm after a holiday-flat owner who'll give us all their changeovers on a year-long contract, so I can hire two more staff.""",
            """Spotless, every time.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Océane Poutama",
            """Je recycle les savons entamés des hôtels de Nouméa : collecte, désinfection,
            refonte en pains neufs pour les foyers. Je parle anglais.""",
            """Des loueurs et des hôtels qui trient et stockent leurs restes pour une
            collecte.""",
            """Rien de propre à la poubelle.""",
            tz=11,
            langs=["fr", "en"],
        ),
    ),
    # 66 ---------------------------------------------------------------- trap: language
    pair(
        66,
        "mixed",
        "canal-boat-engines",
        "A rents canal boats in Burgundy and their old diesels keep failing; B is a marine "
        "mechanic who wants a fleet to maintain.",
        a=person(
            "Derek Aubenas-Holt",
            "Location de péniches on the Canal de Bourgogne, 14 boats. Engines from 1990.",
            "Quelqu'un qui connaît les moteurs de bateaux and can come out on the towpath.",
            "Slow holidays.",
            ro=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        b=person(
            "Sylvain Mercadier",
            "Mécanicien marine, diesels Perkins et Nanni, I fix boats where they are.",
            "Une flotte de bateaux à louer qui me confie all its servicing, year-round.",
            "Fix it right.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Guillaume Arbogast",
            "Mécanicien, électrification de bateaux, I convert diesels to electric.",
            "An investor pour un atelier plus grand.",
            "Silent boats.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Gemma Pouilly",
            "Guide de vélo, I lead cycling tours along the canal.",
            "A boat rental qui embarque mes vélos and groups.",
            "Slow travel.",
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Henk Zuidervaart",
            "Scheepsmonteur, Perkins- en Nanni-diesels, ik repareer boten ter plaatse.",
            "Een verhuurvloot die mij al het onderhoud toevertrouwt, het hele jaar.",
            "Goed repareren.",
            tz=1,
            langs=["nl"],
        ),
    ),
    # 67 ---------------------------------------------------------------- trap: consent
    pair(
        67,
        "cross",
        "vegetable-tanned-leather",
        "A runs a family tannery making thick vegetable-tanned hides; B is a leather-goods "
        "designer who wants a tannery to build a bag line with.",
        a=person(
            "Honoré Bastide-Vernhes",
            "Tannerie familiale à Millau, tanin végétal, cuirs épais. 5 ouvriers.",
            "Qqn qui dessine des sacs et les fasse fabriquer, pour vendre sous notre nom.",
            "Le temps du tanin.",
            ro=["domain", "operations"],
            rs=["design"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Juliet Ravensworth",
            """Leather-goods designer: eight years designing bags and belts for a heritage
            brand in London, then my own small line, made by two workshops in Spain and
            sold in twenty shops. I draw, cut patterns and manage the workshops. I speak
            French fluently.""",
            """I want to build a collection from one leather maker's own hides, with them
            as a partner and its name on the label, ideally old-fashioned bark tanning.""",
            """Fewer, better bags.""",
            ro=["design"],
            rs=["domain", "operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Octavia Pemberton",
            """Leather-goods designer; I design dog collars and leads, sold online with
            thirty thousand followers. I speak French.""",
            """I need a warehouse and fulfilment partner, and a marketer for the US.""",
            """Dogs deserve style.""",
            ro=["design"],
            rs=["operations", "marketing"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Armel Cadilhac",
            """Sellier à Rodez, je fabrique à la main des selles, des harnais et des brides sur mesure pour des cavaliers d'endurance et d'attelage, et je répare les vieilles selles.""",
            """Je cherche une tannerie qui me vende des croupons épais et réguliers à prix d'atelier, livrés chaque mois, au lieu de les faire venir d'Italie.""",
            """Le cuir qui dure toute une vie de cheval.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tabitha Carrow",
            """Leather-goods designer, eight years at a heritage brand, now my own line
            made in two workshops. I speak French.""",
            """A collection built from one tannery's hides, its name on the label, bark
            tanning ideally.""",
            """Fewer, better bags.""",
            ro=["design"],
            rs=["domain", "operations"],
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 68 ---------------------------------------------------------------- trap: visibility
    pair(
        68,
        "en",
        "hedgehog-overwintering",
        "A runs a wildlife rescue overwhelmed by underweight hedgehogs each autumn; B "
        "coordinates a network of trained home fosterers.",
        a=person(
            "Marigold Ashenden",
            """I run a small wildlife rescue in a converted cowshed outside Norwich: two
            part-time staff, forty volunteers, an isolation room and a treatment room. We
            take in birds, foxes, bats, everything. I used to be a primary teacher and still
            say 'eyes this way' to the volunteers.""",
            """Every autumn we take in four hundred hedgehogs too small to survive the
            winter and we have space for ninety. They need feeding, weighing and cleaning
            every day until spring. Last year we had to turn people away at the door with a
            box in their hands.""",
            """Every animal gets a chance.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Bronwen Lightfoot",
            """Retired veterinary nurse; I've built a network of sixty trained home
            fosterers across Norfolk and Suffolk, each with a shed or a garage, scales, a
            feeding chart and my phone number. I train them, visit them and keep the
            records the vets need.""",
            """I need a centre that does the intake, the first care and the
            release, and sends the stable animals out to my fosterers for the long
            weeks.""",
            """Many small hands.""",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Tamsin Goodbody",
            """Retired veterinary nurse; I run training courses in wildlife first aid for
            volunteers across East Anglia.""",
            """I need a venue with a classroom and a funder to cover the course fees for
            young volunteers.""",
            """Teach first.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Roderick Pyke",
            """I'm a wildlife photographer working on a book about British mammals at
            night.""",
            """A rescue that lets me photograph its animals in care and at release, with
            proper credit for the rescue.""",
            """Show people what lives in their garden.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Winifred Coldham",
            """Retired veterinary nurse running a network of fifty trained home fosterers
            with sheds, scales and feeding charts.""",
            """A rescue centre that does intake and first treatment and sends stable
            animals to my fosterers.""",
            """Many small hands.""",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 69 ---------------------------------------------------------------- trap: commitment
    pair(
        69,
        "cross",
        "kiln-repair",
        "A runs a ceramics studio whose kilns keep failing; B rebuilds and rewires kilns and "
        "wants studios on contract.",
        a=person(
            "Jemima Tollervey",
            "Ceramics studio in Brighton, 6 kilns, 120 members.",
            "Someone who can rebuild firebrick and rewire elements, on call.",
            "Make things with your hands.",
            ro=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Fabrice Lanzerac",
            "Technicien fours céramique : briques, résistances, régulateurs.",
            "Des ateliers avec un parc de fours, sous contrat, même en Angleterre.",
            "Un four qui chauffe juste.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Ludovic Sarrazin",
            "Technicien, je vends et installe des fours à pain pour boulangers.",
            "Un fabricant qui me donne l'exclusivité régionale.",
            "Le bon four.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Hector Lavallee",
            "Ceramicist, I need a studio to fire my big pieces.",
            "A studio that rents me kiln space each month.",
            "Big pots.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Cyprien Bellocq",
            "Technicien fours céramique : briques, résistances, régulateurs.",
            "Des ateliers avec plusieurs fours, sous contrat.",
            "Un four juste.",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 70 ---------------------------------------------------------------- trap: timezone
    pair(
        70,
        "fr",
        "spirulina-sports",
        "A farms spirulina in the Gard and sells only at markets; B sells sports nutrition to "
        "three hundred gyms and wants a French product.",
        a=person(
            "Maylis Roquebrune",
            """Je cultive de la spiruline sous serre près d'Uzès depuis sept ans : six
            bassins, récolte à la main, séchage à basse température, analyses à chaque lot.
            Je fais les marchés et quelques magasins bio, et je n'arrive pas à vendre plus de
            la moitié de ce que je pourrais produire. Je fais de l'escalade à Seynes le
            dimanche.""",
            """Il me faut quelqu'un qui connaisse les clubs de musculation et
            d'endurance, qui sache parler aux coachs et placer un produit dans leurs
            rayons.""",
            """Une spiruline propre, analysée, sans promesse miracle.""",
            ro=["domain", "operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Kévin Dumoulin",
            "Commercial nutrition sportive, 300 salles clientes dans le Sud.",
            "Un produit français, propre, avec une productrice derrière.",
            "Vendre ce que je consomme.",
            ro=["sales"],
            rs=["domain", "operations"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Jordan Bellanger",
            "Commercial en compléments, 200 pharmacies clientes.",
            "Un laboratoire qui fabrique sous ma marque.",
            "Vendre mieux.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Mélusine Carbonnel",
            "Cheffe végétale, cuisine bleue et verte à Nîmes.",
            "Une productrice qui me livre de la spiruline fraîche chaque semaine.",
            "Cuisiner vivant.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ludovic Tehei",
            "Commercial nutrition sportive, 300 salles clientes en Polynésie.",
            "Un produit français, propre, avec une productrice derrière.",
            "Vendre ce que je consomme.",
            ro=["sales"],
            rs=["domain", "operations"],
            tz=-10,
            langs=["fr"],
        ),
    ),
]
