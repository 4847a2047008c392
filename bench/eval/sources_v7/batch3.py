"""Pairs 21-30 of complementary_v7."""

from people import pair, person

PAIRS = [
    # 21 ---------------------------------------------------------------- trap: language
    pair(
        21,
        "cross",
        "dombes-pond-carp",
        "A farms carp in the Dombes ponds and sells them at a loss; B is a food developer who "
        "turns freshwater fish into ready products.",
        a=person(
            "Aymeric Villars-Bouchoux",
            """Pisciculteur dans la Dombes, je gère quarante étangs en famille depuis trois
            générations : carpes, tanches, brochets, vidés chaque automne à la main. Mon
            grand-père a creusé deux des étangs, et je fais encore la pêche à la senne avec
            les voisins en bottes.""",
            """Les jeunes ne mangent plus de carpe, trop d'arêtes, et les grossistes
            allemands nous prennent le poisson à un euro le kilo. Chaque hiver des tonnes
            partent presque pour rien, et deux familles du coin ont déjà arrêté.""",
            """Garder les étangs vivants, avec les oiseaux qui vont avec.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Villars-les-Dombes",
        ),
        b=person(
            "Tamsin Wolstenholme",
            """Food product developer, fifteen years at a Grimsby seafood factory, now
            freelance near Lyon. I debone and mince whole fish into fishcakes, rillettes,
            smoked pâtés and breaded goujons that children actually eat, and I know how to
            get a product listed in school canteens. I speak French.""",
            """I want a grower with a reliable yearly catch of lake or pond fish that nobody
            buys, so I can build a range around it and give it a local name.""",
            """Eat what's around you.""",
            tz=1,
            langs=["en", "fr"],
            loc="Lyon",
        ),
        twin=person(
            "Moira Featherstonhaugh",
            """Food product developer, ex-confectionery, now freelance in Annecy: I reformulate
            cereal bars and biscuits with less sugar and get them through the labelling
            rules. I speak French.""",
            """Looking for a co-packer with a spare production line, and a sales agent who
            knows the supermarket buyers.""",
            """Treats can be honest.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Léopold Châtillon",
            """Je suis chef d'un restaurant gastronomique à Bourg-en-Bresse, quarante couverts,
            je travaille la volaille de Bresse et les produits du lac.""",
            """Je veux quelques brochets et tanches vivants chaque semaine de l'hiver, en
            direct de l'étang, pour une quenelle maison.""",
            """Le produit d'abord.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Gillian Sowerby",
            """Freelance food developer near Lyon, fifteen years in a seafood factory: I turn
            whole fish into fishcakes, rillettes, pâtés and goujons that children eat, and
            get them into school canteens.""",
            """A grower with a yearly catch of lake or pond fish nobody buys, to build a
            range around.""",
            """Eat what's around you.""",
            tz=1,
            langs=["en"],
        ),
    ),
    # 22 ---------------------------------------------------------------- trap: consent
    pair(
        22,
        "mixed",
        "clay-court-upkeep",
        "A presides a tennis club whose clay courts are rutted; B is a groundsman who rebuilds "
        "red clay surfaces.",
        a=person(
            "Hortense Delacroix-Pyle",
            """Présidente d'un club de tennis à Saint-Germain-en-Laye, six courts en terre
            battue, 480 members, half of them expats. Les bénévoles font ce qu'ils peuvent
            but the courts are lumpy and the lines lift. Je joue en double le samedi,
            terriblement.""",
            """I need a person who knows how to rebuild and dress the red surface every
            spring, et qui passe une fois par semaine pour l'arroser et le rouler.""",
            """Un club, pas une usine.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Régis Poissy",
            "Terrassier-paysagiste, courts en brique pilée, réfection et entretien.",
            "Un club avec plusieurs terrains à suivre toute l'année au forfait.",
            "Une balle qui rebondit juste.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Thibault Marly",
            "Installateur de gazon synthétique pour terrains de foot et de padel.",
            "Un fonds qui finance les collectivités en crédit-bail.",
            "Jouer par tous les temps.",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Eleanor Brightwell",
            "Tennis coach, ex-ITF, moving to Paris west; je parle un peu français.",
            "A club that gives me court hours for a junior academy.",
            "Footwork first.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Lionel Chatou",
            "Paysagiste, réfection et entretien des courts en brique pilée.",
            "Un club avec plusieurs courts à suivre à l'année.",
            "Rebond juste.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 23 ---------------------------------------------------------------- trap: visibility
    pair(
        23,
        "cross",
        "scar-camouflage-makeup",
        "A runs a burns survivors' support group; B is a socio-aesthetician who teaches people "
        "to cover scars with make-up.",
        a=person(
            "Imogen Scarsdale",
            "Burns survivors' support group, Hull, 60 members, monthly meetups.",
            "Someone who teaches folk to hide marks on the skin with cosmetics.",
            "Be seen on your own terms.",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Louise-Marie Quiberon",
            "Socio-esthéticienne, maquillage correcteur des cicatrices. Parle anglais.",
            "Un groupe de patients brûlés pour des ateliers réguliers.",
            "Se regarder à nouveau.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Anne-Sophie Lézardrieux",
            "Maquilleuse de cinéma, effets spéciaux, faux sang. Parle anglais.",
            "Un producteur qui m'engage sur une série d'horreur.",
            "L'illusion parfaite.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Dominic Thistlewood",
            "PhD student in psychology, studying recovery after burns.",
            "A survivors' group willing to fill in my questionnaires.",
            "Listen first.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Clarisse Ploumanac'h",
            "Socio-esthéticienne, je maquille les cicatrices. Parle anglais.",
            "Des patients brûlés en groupe, pour des ateliers réguliers.",
            "Se regarder.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 24 ---------------------------------------------------------------- trap: commitment
    pair(
        24,
        "fr",
        "swift-nest-bricks",
        "A's housing company insulates facades and blocks the holes where swifts nested; B is "
        "an ornithologist who designs nest boxes built into insulation.",
        a=person(
            "Ghislain Mérignac",
            """Je dirige le patrimoine d'un bailleur social à Poitiers : cinq mille logements,
            dont deux mille en rénovation thermique d'ici 2030. On isole les façades par
            l'extérieur, on change les fenêtres, on refait les toitures. Je suis aussi
            arbitre de hand le week-end, niveau régional.""",
            """L'an dernier, après le chantier des Couronneries, la LPO nous a écrit : les oiseaux qui nichaient sous les toits depuis quarante ans ne
            peuvent plus entrer, et la préfecture nous a mis en demeure. On a un arrêt de
            chantier possible sur le prochain quartier.""",
            """Bien loger les gens, sans casser le reste.""",
            tz=1,
            langs=["fr"],
            loc="Poitiers",
        ),
        b=person(
            "Perrine Lussac",
            """Ornithologue, vingt ans de suivi des martinets et des hirondelles en ville. J'ai
            conçu avec un fabricant des nichoirs encastrés dans les panneaux d'isolant,
            invisibles une fois l'enduit posé, et je sais rédiger les dossiers de dérogation
            pour les espèces protégées.""",
            """Je cherche un grand maître d'ouvrage qui rénove des immeubles en série, pour
            poser mes nichoirs dès la conception et suivre l'occupation pendant cinq ans.""",
            """La ville est aussi un habitat.""",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Anselme Vouneuil",
            """Ornithologue naturaliste, je fais des inventaires d'oiseaux pour les études
            d'impact des parcs éoliens dans le Centre-Ouest.""",
            """Je cherche un associé qui développe un logiciel de détection des oiseaux par
            caméra, et un investisseur pour le tester sur trois parcs.""",
            """Compter juste.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Mathilde Chauvigny",
            """Architecte, je dessine des logements sociaux en bois et je réponds aux
            concours des bailleurs de la région.""",
            """Je cherche un bailleur qui me confie un programme de rénovation d'une
            centaine de logements.""",
            """Construire sobre.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Blandine Montamisé",
            """Ornithologue, suivi des martinets en ville; j'ai conçu des nichoirs encastrés
            dans l'isolant, invisibles sous l'enduit, et je monte les dossiers de
            dérogation.""",
            """Un grand maître d'ouvrage qui rénove en série, pour poser les nichoirs dès la
            conception.""",
            """La ville est un habitat.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 25 ---------------------------------------------------------------- trap: timezone
    pair(
        25,
        "cross",
        "koi-health",
        "A imports and sells koi and loses fish to disease; B is a fish vet.",
        a=person(
            "Bastien Rouffignac",
            """Je vends des carpes koï importées du Japon dans une jardinerie près de Tours,
            trois cents poissons en bassins de quarantaine, et je monte des bassins chez les
            particuliers. Chaque printemps j'en perds une trentaine sans comprendre
            pourquoi.""",
            """Je cherche un vétérinaire qui connaisse les poissons d'ornement, fasse des
            prélèvements, lise une analyse d'eau et me dise quoi traiter.""",
            """Un poisson malade, c'est de l'argent et une bête.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Rhiannon Ap Gwilym",
            "Aquatic vet, ornamental fish: scrapes, gills, water chemistry. Speak French.",
            "Want a dealer with big stock to run a health plan with, monthly visits.",
            "Prevention beats cure.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Cormac Delahunty",
            "Aquatic vet, salmon farms in Scotland and Norway, fish health audits.",
            "Need a lab partner for a vaccine trial and a grant writer.",
            "Evidence, always.",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Sidonie Amboise",
            """Je viens d'acheter une longère avec un grand bassin vide, et je rêve de
            carpes japonaises.""",
            """Un vendeur de koï qui me conseille, me vende une dizaine de poissons et
            installe le filtre.""",
            """Le calme.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Bryony Halsworth",
            "Aquatic vet in Vancouver, ornamental fish, water chemistry. Speak French.",
            "A dealer with big stock to run a health plan with.",
            "Prevention beats cure.",
            ro=["domain"],
            rs=["sales"],
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
    # 26 ---------------------------------------------------------------- trap: language
    pair(
        26,
        "fr",
        "ski-boot-fitting",
        "A runs a ski shop whose clients with painful feet return their boots; B is a sports "
        "podiatrist who moulds custom insoles.",
        a=person(
            "Corentine Valloire",
            "Magasin de ski à Morzine, location et vente, 800 paires.",
            "Un·e spécialiste des pieds qui règle les douleurs dans les chaussures.",
            "Skier sans souffrir.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Jérémie Samoëns",
            "Podologue du sport, semelles thermoformées, bilan de posture.",
            "Une boutique de montagne qui m'accueille l'hiver, avec sa clientèle.",
            "Le pied d'abord.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Yannick Abondance",
            "Podologue, semelles pour coureurs de trail, analyse vidéo.",
            "Un site de vente et un graphiste pour ma marque.",
            "Courir léger.",
            ro=["domain"],
            rs=["marketing"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Coline Megève",
            "Monitrice de ski, école privée, 40 élèves par semaine.",
            "Un magasin qui loue le matériel à mes élèves à prix réduit.",
            "La neige pour tous.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Federico Valtournenche",
            "Podologo sportivo, plantari termoformati, analisi posturale.",
            "Un negozio di montagna che mi ospiti in inverno.",
            "Il piede prima.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["it"],
        ),
    ),
    # 27 ---------------------------------------------------------------- trap: consent
    pair(
        27,
        "cross",
        "stamp-collection-valuation",
        "A is a probate solicitor whose estates are full of stamp albums nobody values; B is a "
        "philatelic expert who wants a steady flow of collections.",
        a=person(
            "Rupert Allingham",
            """Probate solicitor in Cheltenham, twenty-two years, about a hundred and fifty
            estates a year, mostly retired professionals. I also sing bass in the abbey choir
            and keep bees badly.""",
            """Every third house clearance turns up boxes of albums and envelopes. The
            families are convinced there's a fortune in them, the auction houses won't send
            anyone for less than a Penny Black, and the estate can't be closed until someone
            puts a figure on it for the tax return.""",
            """Finish what the family can't face.""",
            ro=["legal"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Amédée Cardonnel",
            """Expert en philatélie agréé, trente ans de métier à Paris puis à Londres. Je
            trie, j'identifie et j'estime les timbres et les lettres anciennes, et je rédige
            des estimations qui tiennent devant le fisc. Je parle anglais couramment.""",
            """Je cherche une étude ou un cabinet qui règle des successions et m'envoie chaque
            mois les collections à inventorier, contre un tarif fixe par dossier.""",
            """Un carnet oublié peut valoir une maison.""",
            ro=["domain"],
            rs=["legal"],
            tz=0,
            langs=["fr", "en"],
        ),
        twin=person(
            "Honoré Delaunoy",
            """Expert en numismatique, pièces anciennes et médailles, trente ans. Je parle
            anglais.""",
            """Je cherche un développeur pour une application qui reconnaît les pièces en
            photo, et un investisseur.""",
            """L'histoire dans la main.""",
            ro=["domain"],
            rs=["tech", "finance"],
            tz=0,
            langs=["fr", "en"],
        ),
        one=person(
            "Caroline Budworth",
            """I run a house clearance firm in Gloucestershire with two vans and a barn of
            furniture to sell.""",
            """I'd like a solicitor's firm that sends me its estates to clear, on a regular
            basis.""",
            """Leave it broom-clean.""",
            ro=["operations"],
            rs=["legal"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Eustache Fontenoy",
            """Expert philatéliste agréé, Paris et Londres : tri, identification et
            estimations qui tiennent devant le fisc. Je parle anglais.""",
            """Une étude qui règle des successions et m'envoie chaque mois ses collections à
            inventorier.""",
            """Un carnet oublié peut valoir une maison.""",
            ro=["domain"],
            rs=["legal"],
            tz=0,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 28 ---------------------------------------------------------------- trap: visibility
    pair(
        28,
        "fr",
        "wool-mattress-recarding",
        "A runs a mountain guesthouse with flattened 1950s wool mattresses; B re-cards wool "
        "bedding by hand.",
        a=person(
            "Bernadette Queyras",
            """Gîte d'étape dans le Queyras, vingt-huit lits, la maison de ma grand-mère
            depuis 1952. Je fais la cuisine, le pain et les randonnées du jeudi. Les
            marcheurs dorment bien mais se plaignent du dos.""",
            """Quelqu'un qui sache rendre leur gonflant à nos couchages d'époque en toison de mouton,
            sans les jeter.""",
            """Rien ne se jette ici.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Ninon Guillestre",
            "Je carde la laine à la main et je refais matelas et oreillers sur place.",
            "Un hébergement qui a beaucoup de lits anciens à reprendre.",
            "Dormir sur du vivant.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Solange Embrun",
            "Je carde et je file la laine des brebis du coin, teintures végétales.",
            "Un local en ville et quelqu'un pour la vente en ligne.",
            "Du mouton au pull.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Gaspard Vallouise",
            "Accompagnateur en montagne, groupes de 12 randonneurs.",
            "Un gîte qui réserve mes groupes toute la saison.",
            "Marcher ensemble.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Apolline Ceillac",
            "Cardeuse à la main, je refais matelas et oreillers en laine sur place.",
            "Un hébergement avec beaucoup de lits anciens à reprendre.",
            "Dormir sur du vivant.",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 29 ---------------------------------------------------------------- trap: commitment
    pair(
        29,
        "cross",
        "barn-owl-vineyards",
        "A's vines are undermined by voles; B installs barn owl and kestrel nest boxes for "
        "natural rodent control.",
        a=person(
            "Fabrice Lalande-Pomerol",
            "Vigneron bio, 18 ha à Saint-Émilion.",
            "Qqn qui fasse venir des rapaces pour chasser les campagnols.",
            "Zéro poison.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Imogen Tattersall",
            "Ecologist: I put up owl and kestrel boxes, monitor them. Speak French.",
            "Want estates that host 20+ boxes and let me ring the chicks.",
            "Let nature do the work.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Jocelyn Brackenbury",
            "Ecologist: bat surveys and hedgerow planting. I speak French.",
            "Need a grant writer and an office manager.",
            "Hedges are highways.",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Aurélien Saint-Sulpice",
            "Caviste à Libourne, vins nature.",
            "Un vigneron bio qui me vende en direct.",
            "Boire propre.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Persephone Oakley",
            "Ecologist: owl and kestrel boxes, monitoring. I speak French.",
            "Estates hosting 20+ boxes, chicks ringed.",
            "Let nature work.",
            ro=["domain"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 30 ---------------------------------------------------------------- trap: timezone
    pair(
        30,
        "mixed",
        "moat-restoration",
        "A owns a château whose moat silts up and stinks; B is a hydro-ecologist who restores "
        "still water bodies.",
        a=person(
            "Cressida Vauvenargues",
            """We bought a small château in the Sarthe with my French husband in 2018; nous
            faisons des mariages l'été et des chambres d'hôtes. Two donkeys, a peacock that
            hates me, et un potager trop grand.""",
            """Le fossé autour du château is half mud now. In July it smells, the water turns
            pea-green, les canards meurent, and last summer a bride's mother complained at
            the drinks. The local plumber just laughed.""",
            """Restore, don't replace. Garder l'âme du lieu.""",
            tz=1,
            langs=["en", "fr"],
            loc="Le Mans",
        ),
        b=person(
            "Nicolas Brûlon",
            """Hydro-écologue, bureau d'études à Angers : je diagnostique les plans d'eau
            stagnants, je cure les vases par aspiration douce, je remets en circulation l'eau
            et je replante des berges qui filtrent. Dix ans d'étangs communaux et de
            douves.""",
            """Je cherche des propriétaires de patrimoine avec une eau dormante, qui
            acceptent un chantier en plusieurs saisons et me laissent en faire une
            vitrine.""",
            """L'eau doit bouger.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Clément Parigné",
            """Hydrologue, je modélise les crues pour les syndicats de rivière et les
            communes de la Sarthe.""",
            """Je cherche un développeur pour un outil d'alerte par SMS, et une collectivité
            qui paie le pilote.""",
            """Prévoir avant de subir.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Bertille Sablé",
            """Wedding planner à Angers, 40 mariages par an, couples français et anglais.
            I book venues for them.""",
            """Un château qui accueille mes couples de juin à septembre, with rooms for the
            families.""",
            """Un jour parfait.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Yves-Marie Lacombe",
            """Hydro-écologue à Montréal : diagnostic des plans d'eau stagnants, curage doux
            des vases, remise en circulation et berges replantées.""",
            """Des propriétaires de patrimoine avec une eau dormante, pour un chantier en
            plusieurs saisons.""",
            """L'eau doit bouger.""",
            ro=["domain"],
            tz=-7,
            langs=["fr"],
        ),
    ),
]
