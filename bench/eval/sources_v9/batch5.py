"""Pairs 41-50 of complementary_v9."""

from people import pair, person

PAIRS = [
    # 41 ---------------------------------------------------------------- trap: language
    pair(
        41,
        "en",
        "rowing-coxswain",
        "A coaches a women's eight that has no one to steer; B is an experienced cox who "
        "wants a crew that trains seriously.",
        a=person(
            "Georgina Bainbridge-Orme",
            "I coach a masters women's eight in Durham; we train five mornings a week.",
            "A small, loud person to steer us and call the race, from March to July.",
            "Row hard, laugh after.",
            tz=0,
            langs=["en"],
            loc="Durham",
        ),
        b=person(
            "Wilfred Oduya-Kemp",
            "Cox for ten years on the Wear and the Tyne; I know every bridge and bend.",
            "A committed crew aiming at the head races and the summer regattas.",
            "Clear calls, no drama.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Chester-le-Street",
        ),
        twin=person(
            "Felicity Ledgard",
            "Coxswain, eight seasons, river and coastal; steering and race calls.",
            "I need a sports physio who can sort out my back before the season.",
            "Calm voice.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Desmond Carlyle-Watt",
            "I organise the Tyne head race: 300 crews, safety boats, timing.",
            "More women's masters eights entering this spring.",
            "Everyone races.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ludovic Brocheriou",
            "Barreur depuis dix ans sur la Seine, je connais chaque pont.",
            "Un équipage motivé qui vise les courses de printemps.",
            "Des ordres clairs.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["fr"],
        ),
    ),
    # 42 ---------------------------------------------------------------- trap: consent
    pair(
        42,
        "cross",
        "dive-compressor-servicing",
        "A's dive club cannot fill its tanks when its compressors fail; B services breathing-"
        "air compressors and tests cylinders.",
        a=person(
            "Stéphanie Ortolani",
            "Présidente d'un club de plongée à Marseille, 180 licenciés, deux bateaux.",
            "Nos deux machines tombent en panne, et le samedi on part avec la moitié des blocs.",
            "Plonger en sécurité.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Marseille",
        ),
        b=person(
            "Lachlan Petheridge",
            "I service breathing-air compressors, do air-quality tests and cylinder checks.",
            "Dive centres on a yearly service plan, with callouts in the summer.",
            "Clean air, every fill.",
            tz=1,
            langs=["en", "fr"],
            loc="Toulon",
        ),
        twin=person(
            "Cormac Ó Laoghaire",
            "Compressor engineer for dive shops: filters, valves, air analysis.",
            "A maker of hydrostatic test benches that can deliver one this spring.",
            "Safety in numbers.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Ludivine Sabatier-Goy",
            "Réalisatrice de documentaires sous-marins pour la télévision.",
            "Un club qui m'emmène en bateau sur les épaves de Riou, dix sorties.",
            "Filmer sans déranger.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Dermot Aherne",
            "I service dive compressors, test air quality and inspect cylinders.",
            "Dive centres on an annual service plan, with summer callouts.",
            "Clean air every fill.",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 43 ---------------------------------------------------------------- trap: visibility
    pair(
        43,
        "en",
        "rescue-vehicle-fitout",
        "A's mountain rescue team has two bare new 4x4s; B fits out emergency vehicles and "
        "wants steady fleet work.",
        a=person(
            "Alistair Grisedale",
            """I'm the equipment officer for a volunteer mountain rescue team in the Lake
            District: 45 members, about 120 call-outs a year, from sprained ankles on
            Helvellyn to night searches in the snow. We've just taken delivery of two new
            pick-ups, paid for by a legacy and a long fundraising campaign, and they are
            completely empty inside.""",
            """We need someone who can turn them into proper rescue trucks: secure shelving for
            the litters, ropes and casualty bags, a heated locker for the medical kit, a
            radio installation, flashing beacons, a winch and a split-charge system, all signed off
            so our insurer is happy. We'd like them ready by October, and we have about
            £30,000 for both.""",
            """Volunteers who turn out at 3 a.m. deserve kit that works first time. We
            spend donors' money as carefully as if it were our own.""",
            tz=0,
            langs=["en"],
            loc="Keswick",
        ),
        b=person(
            "Kelvin Dalzell-Harker",
            "vehicle fit-outs: racking, stretcher mounts, blue lights, radios, wiring",
            "steady work from services w/ several vehicles, not 1-offs",
            "built to be thrashed",
            ro=["tech"],
            tz=0,
            langs=["en"],
            loc="Penrith",
        ),
        twin=person(
            "Royston Gargrave",
            "I build out ambulances and rescue trucks: shelving, lighting, electrics.",
            "I need a supplier of aluminium extrusions cut to length, weekly.",
            "Solid and simple.",
            ro=["tech"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Verity Dalemain",
            "I run outdoor first-aid courses for walking leaders and teachers.",
            "Real rescue volunteers who'll play out scenarios with my trainees.",
            "Learn by doing.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Garfield Tyson-Rook",
            "vehicle fit-outs: racking, stretcher mounts, lights, radios, wiring",
            "regular work from services with a few vehicles, not one-offs",
            "made to take a beating",
            ro=["tech"],
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 44 ---------------------------------------------------------------- trap: commitment
    pair(
        44,
        "cross",
        "wild-botanicals-for-gin",
        "A distils gin in Cumbria and wants Alpine wild plants; B picks wild juniper, génépi "
        "and herbs in the Alps and wants a distillery buying every year.",
        a=person(
            "Tobias Ellerbeck",
            """- small gin distillery nr Cockermouth, 3 of us, 600l copper still
            - 28k bottles/yr, sold in 90 shops + bars across the north + online
            - 2 gins + a damson liqueur, won a gold at a london competition 2023
            - want a 3rd gin for autumn: alpine, herbal, a bit bitter""",
            """looking for a proper wild-plant forager in the alps who can supply hand-picked
            juniper, alpine wormwood, wild thyme, maybe yarrow, dried + traceable, w/ the right
            permits for picking. need ~250 kg/yr to start, paid on delivery, 3 yr deal if
            it works. someone who'll let us film the picking for the launch would be ace""",
            "make it small, pay people fairly, tell the truth on the label",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Cockermouth",
        ),
        b=person(
            "Clémentine Arvillard",
            """Je suis cueilleuse professionnelle en Maurienne depuis quatorze ans. Je ramasse
            à la main des plantes sauvages de montagne entre 1 200 et 2 600 mètres: baies de
            genévrier, génépi blanc et noir, serpolet, achillée, reine-des-prés, bourgeons de
            pin cembro. J'ai les autorisations des communes et du parc, je respecte les quotas,
            je sèche à basse température dans mon séchoir et chaque sac est étiqueté avec le
            lieu et la date. Je récolte environ une tonne de plantes sèches par an.""",
            """Je vends aujourd'hui à des herboristes et à deux liquoristes savoyards, mais je
            voudrais un client plus gros qui s'engage sur plusieurs années, pour embaucher un
            saisonnier. Une maison qui fait des alcools, achète chaque année la même quantité, paie à la
            livraison et raconte d'où viennent les plantes me conviendrait très bien, même
            à l'étranger.""",
            """Ne jamais prendre plus que ce que la montagne redonne, et que les gens qui
            boivent sachent qui a cueilli.""",
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Jean-de-Maurienne",
        ),
        twin=person(
            "Honorine Duverney",
            """Cueilleuse de plantes sauvages dans le Beaufortain, je ramasse depuis dix ans
            des baies de genévrier, du génépi, du thym serpolet, de l'arnica et des bourgeons
            de sapin pour des herboristes et des fabricants de tisanes. J'ai mes autorisations
            de cueillette, je travaille avec les quotas du parc et je trie tout à la main.
            J'ai appris avec une vieille herboriste de Beaufort et je transforme aussi une
            partie en sirops.""",
            """Il me faut un séchoir solaire professionnel, ou quelqu'un qui sache en
            construire un de quinze mètres carrés avec ventilation et étagères en inox: je
            sèche aujourd'hui dans mon grenier et je perds un quart de la récolte les étés
            humides. Je peux payer en deux fois et aider au chantier.""",
            """Respecter la montagne et les quotas; une plante mal séchée, c'est une plante
            cueillie pour rien.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Imogen Sunderland-Hart",
            """I'm the drinks buyer for a group of eleven cocktail bars in Manchester, Leeds
            and Liverpool. We serve about 4,000 gin drinks a week and run seasonal menus with
            a strong local story. I have a budget for house spirits, a design team that can do
            a custom label, and bartenders who love telling guests where things come from. Our
            menus change four times a year and each one is built around a producer we've
            visited.""",
            """I want a small northern gin distillery to make us a house gin exclusive to our
            bars, about 3,000 bottles a year, with a flavour we develop together and the
            distiller coming in for launch nights and a staff training day each spring. Paid on
            thirty-day terms, with a two-year commitment from us and a minimum order agreed in
            January.""",
            """Independent producers first; we'd rather pour a small maker's spirit than a
            global brand's, and we pay on time.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Marie-Laure Bozonnet",
            """Cueilleuse professionnelle en Tarentaise, je ramasse à la main depuis douze ans
            des plantes sauvages d'altitude: baies de genévrier, génépi, serpolet, achillée,
            reine-des-prés, bourgeons de pin cembro. J'ai les autorisations des communes et du
            parc, je respecte les quotas et je sèche à basse température; chaque sac porte le
            lieu et la date. Je vends à des herboristes et à un liquoriste d'Albertville, et je
            récolte près d'une tonne de plantes sèches par an.""",
            """Je voudrais un gros client qui s'engage sur plusieurs années, pour embaucher un
            saisonnier: une distillerie qui achète chaque année la même quantité, paie à la
            livraison et raconte d'où viennent les plantes, même à l'étranger.""",
            """Ne prendre à la montagne que ce qu'elle redonne, et que ceux qui boivent sachent
            qui a cueilli.""",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 45 ---------------------------------------------------------------- trap: timezone
    pair(
        45,
        "fr",
        "refuge-toilettes-seches",
        "A garde un refuge de montagne dont les toilettes débordent et se vident par hélicoptère; "
        "B conçoit des toilettes sèches à compost pour les sites isolés.",
        a=person(
            "Corentine Roux-Oisans",
            """Je garde un refuge du Club alpin dans les Écrins, à 2 600 mètres: 60 couchettes,
            ouvert de mi-juin à mi-septembre, environ 5 000 nuitées par saison avec les
            alpinistes et les randonneurs du tour de l'Oisans. Je travaille avec trois aides,
            on cuisine tout sur place, et l'eau vient d'un captage sur le névé.""",
            """Notre fosse déborde à la mi-août chaque année: il faut la faire vider par
            hélicoptère, deux rotations à 3 000 euros, l'odeur remonte jusqu'au dortoir et le
            parc national nous a demandé de trouver une solution avant 2026. L'été dernier on a
            dû fermer les cabinets deux jours et envoyer les gens derrière les rochers, ce qui
            est une honte dans une zone protégée.""",
            """Accueillir tout le monde en haute montagne sans la salir, et laisser le site
            aussi propre qu'on l'a trouvé.""",
            tz=1,
            langs=["fr"],
            loc="La Bérarde",
        ),
        b=person(
            "Valentin Maurienne-Brun",
            """Mon entreprise, près de Gap, conçoit et installe des toilettes sèches à
            séparation et à compostage pour les lieux isolés: refuges, cabanes pastorales,
            aires de bivouac, sites d'escalade. Nous séparons urines et matières, nous
            déshydratons et compostons sur place avec un apport de copeaux, et nous réduisons
            les volumes à évacuer de 90 %. Nous avons équipé quatorze sites en altitude, dont
            trois refuges au-dessus de 2 500 mètres, et nous héliportons nos modules en kit.""",
            """Nous cherchons de nouveaux sites de haute montagne où le problème est aigu, avec
            un gardien ou une gardienne prêts à suivre l'installation et à former leur équipe à
            l'entretien. Il nous faut aussi quelqu'un qui nous aide à monter le dossier avec le
            propriétaire et le parc, et qui accepte des mesures pendant deux étés.""",
            """Ne rien laisser derrière soi là-haut; la montagne n'est pas une décharge, même
            pour quelques semaines par an.""",
            tz=1,
            langs=["fr"],
            loc="Gap",
        ),
        twin=person(
            "Aurélien Cosserat",
            """Je conçois des toilettes sèches autonomes pour les sites naturels: cabanes de
            berger, bivouacs, départs de randonnée, et quelques refuges. Mes modules séparent
            les urines, sèchent et compostent les matières avec de la sciure, et réduisent les
            évacuations de neuf dixièmes. J'en ai posé une vingtaine dans les Alpes du Sud et
            les Pyrénées, souvent par hélicoptère, et je forme les gardiens.""",
            """Il me faut un chaudronnier capable de fabriquer mes cuves et mes trémies en inox
            en série de trente, avec des soudures propres et un prix fixe, parce que mon
            atelier actuel ne suit plus les commandes. Je cherche aussi un fournisseur de
            copeaux de bois secs livrés en big-bags.""",
            """Une installation simple qu'on peut réparer avec une clé et un tournevis vaut
            mieux qu'une usine électronique en altitude.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Fabrice Chapuis-Vallouise",
            """Je dirige une agence de randonnée accompagnée à Grenoble: nous emmenons des
            groupes de huit à douze personnes sur le tour de l'Oisans, le tour des Écrins et le
            GR54, avec des accompagnateurs diplômés, environ 1 200 clients par été, beaucoup
            venus de Belgique et des Pays-Bas. Nous gérons le transport, les bagages et les
            assurances.""",
            """Je voudrais réserver à l'avance des places dans un refuge d'altitude des Écrins
            pour mes groupes, deux nuits par semaine de juillet à août, avec la demi-pension et
            un accueil qui explique la vie en refuge aux clients. Je paie un acompte en
            mars et je peux m'engager sur trois étés, avec une liste de groupes connue dès
            le mois de janvier.""",
            """Faire découvrir la haute montagne à des gens qui n'y seraient jamais allés, en
            respectant ceux qui y vivent.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tehani Lucas-Marama",
            """Mon entreprise, à Papeete, conçoit et installe des toilettes sèches à séparation
            et à compostage pour les sites isolés: refuges de randonnée, motus, sites de
            plongée. Nous séparons urines et matières, déshydratons et compostons sur place avec
            des copeaux et réduisons de 90 % les volumes à évacuer; nos modules voyagent en kit
            par bateau ou par hélicoptère, et nous avons équipé douze sites dans les îles.""",
            """Nous cherchons des sites isolés où le problème est aigu, avec un gardien prêt à
            suivre l'installation et à former son équipe, et qui nous aide à monter le dossier
            avec le propriétaire et les autorités, avec des mesures sur deux saisons.""",
            """Ne rien laisser derrière soi dans les lieux fragiles; la nature n'est pas une
            décharge, même quelques semaines par an.""",
            tz=-10,
            langs=["fr"],
        ),
    ),
    # 46 ---------------------------------------------------------------- trap: language
    pair(
        46,
        "cross",
        "cider-label-design",
        "A makes cider in the Pays d'Auge with plain labels; B designs labels for small drinks "
        "makers and wants producers with a story.",
        a=person(
            "Hyacinthe Lepetitcorps",
            "Je fais du cidre et du pommeau au Pays d'Auge, 20 000 bouteilles par an.",
            "Qqn qui dessine de vraies étiquettes, à la main, pour mes quatre cuvées.",
            "Le verger d'abord.",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr"],
            loc="Cambremer",
        ),
        b=person(
            "Poppy Sturgeon-Lacey",
            "I design labels for small drinks makers: hand-drawn, print-ready, foil and emboss.",
            "Orchard producers with a story who'll give me a whole range to draw.",
            "Pretty and honest.",
            ro=["design"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Hastings",
        ),
        twin=person(
            "Rafferty Colbourne",
            "Illustrator and packaging designer for craft breweries and distillers.",
            "A letterpress printer who takes short runs of 2,000 labels.",
            "Ink and paper.",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Gontran Delahaye-Vire",
            "Caviste à Caen, rayon cidres et calvados, 300 clients par semaine.",
            "Un producteur d'Auge qui me livre cidre et pommeau toute l'année.",
            "Le goût du terroir.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tilly Kettleburgh",
            "I draw labels for small drinks makers: hand-drawn, print-ready, foil and emboss.",
            "Orchard makers with a story and a whole range for me to illustrate.",
            "Beautiful and honest.",
            ro=["design"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
    ),
    # 47 ---------------------------------------------------------------- trap: consent
    pair(
        47,
        "mixed",
        "tabletop-roleplay-nights",
        "A runs a board-game bar that is empty on Tuesdays; B runs role-playing game evenings "
        "and wants a venue for a weekly table.",
        a=person(
            "Noémie Sandoz-Ferrari",
            "Bar à jeux à Genève, 400 jeux, we're packed le samedi mais vide le mardi.",
            "Je cherche someone qui mène des parties de jeu de rôle, every Tuesday night.",
            "Jouer ensemble.",
            tz=1,
            langs=["fr", "en"],
            loc="Genève",
        ),
        b=person(
            "Elliott Barbezat",
            """Je suis game master depuis quinze ans, I've run campaigns in Dungeons & Dragons,
            Call of Cthulhu, L'Appel de Cthulhu en VF, Blades in the Dark et pas mal de jeux
            indés suisses. I write my own one-shots pour les débutants, three hours, with
            pre-made characters, so people who've never played can sit down and start. J'ai
            animé des tables à la convention d'Orbe et dans une ludothèque de Lausanne, and I
            bring my own maps, figurines et écrans.""",
            """I'm looking for un lieu fixe où faire tourner deux tables chaque semaine, with
            regulars and newcomers, a quiet corner et un peu de lumière. Je ne demande pas de
            cachet: I'd take a free drink per session and maybe a small fee per player,
            collected by the bar. Idéalement en ville, near the tram.""",
            """Tout le monde est bienvenu à la table; no one gets left out, and the story
            matters more than the rules.""",
            tz=1,
            langs=["fr", "en"],
            loc="Genève",
        ),
        twin=person(
            "Sacha Pellaton-Reid",
            """Meneur de jeu depuis douze ans, I run horror and fantasy campaigns, des
            scénarios d'initiation de trois heures, and I've written two adventures that sold
            well on a crowdfunding site. J'anime des tables dans les conventions romandes, I
            bring my own terrain et mes figurines peintes à la main, and I teach a monthly
            workshop pour les nouveaux meneurs de jeu dans une ludothèque de Morges.""",
            """I need an illustrator qui dessine les cartes et les portraits de mon prochain
            livre de scénarios, 40 images, before March, et un imprimeur suisse who'll do a
            short run of 500 hardbacks at a fair price.""",
            """Les histoires qu'on construit ensemble sont les meilleures, and good art makes
            people want to play.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Mathéo Girardet-Lim",
            """Je suis éditeur de jeux de société à Lausanne, three titles out, un quatrième en
            préparation: a cooperative game about Alpine rescue. J'ai un budget de promotion,
            des boîtes à offrir et un illustrateur, and we sell in 200 shops across Switzerland
            and France. Our last game sold 12,000 copies, et je connais bien les salons de
            Cannes et d'Essen, where I can bring partners along.""",
            """I need a busy game bar à Genève qui me laisse faire tester mon prototype to its
            customers deux soirs par mois, with honest feedback written on a card, et qui mette
            nos jeux en avant sur ses étagères. I'd pay for the drinks of the testers.""",
            """Faire jouer avant de vendre; players tell you the truth, et un bon jeu se reconnaît
            à la table, pas sur la boîte.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Yannis Brélaz-Cook",
            """Game master depuis quinze ans: D&D, L'Appel de Cthulhu, Blades in the Dark et des
            jeux indés. I write three-hour one-shots pour les débutants, with pre-made
            characters, so people who've never played can start right away, and I've run
            tables at conventions et dans une ludothèque de Lausanne, with my own maps, screens
            and figurines.""",
            """I'm looking for un lieu fixe où faire tourner deux tables par semaine, regulars and
            newcomers, un coin calme avec un peu de lumière. Pas de cachet: a free drink per
            session and a small fee per player collected by the bar, à Genève, near a tram
            stop if possible.""",
            """Tout le monde est bienvenu à la table; no one is left out, and the story matters
            more than the rules.""",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 48 ---------------------------------------------------------------- trap: visibility
    pair(
        48,
        "cross",
        "smokehouse-kiln-control",
        "A's salmon smokehouse ruins batches because its kiln temperature swings; B automates "
        "the control of smoking kilns.",
        a=person(
            "Catriona Macrae-Lund",
            "We are a family salmon smokehouse on Skye; we smoke 40 tonnes a year for hotels.",
            "The kiln runs hot and then cold, and we have binned six batches since June.",
            "Slow smoke, honest fish.",
            ro=["domain"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Portree",
        ),
        b=person(
            "Gaétan Kerambellec",
            """automaticien, 18 ans dans l'agroalimentaire (conserveries + saurisseries de
            concarneau et douarnenez)
            - regulation de fumoirs: sondes temp + humidité, clapets motorisés, générateur de
            fumée piloté
            - automate + écran simple pour l'opérateur, alarmes sur téléphone
            - je garde le fumoir d'origine, je ne vends pas de machine neuve
            - historique des cycles pour les contrôles sanitaires""",
            """je cherche des petits fumoirs artisanaux qui perdent des lots et veulent
            moderniser sans tout racheter, meme loin (j'ai fait l'irlande l'an dernier). il me
            faut un client qui me laisse 2 semaines sur place, m'héberge et paie moitié avant,
            moitié quand les 10 premiers lots sont bons""",
            "respecter le savoir-faire du fumeur, la machine est là pour l'aider",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Quimper",
        ),
        twin=person(
            "Morgane Quémeneur",
            """Ingénieure en automatismes pour l'agroalimentaire depuis quinze ans, je modernise
            les fumoirs et les séchoirs des petites entreprises bretonnes: sondes de
            température et d'humidité, volets motorisés, générateurs de fumée asservis,
            automates et écrans tactiles simples, enregistrement des cycles pour les services
            vétérinaires. Je garde toujours l'installation d'origine quand elle est saine.""",
            """J'ai besoin d'un fournisseur de copeaux et de sciure de hêtre et de chêne non
            traités, calibrés et secs, livrés en sacs de 25 kg sur toute la Bretagne, parce
            que les fumoirs que j'équipe n'arrivent pas à régler une fumée régulière avec le
            bois qu'ils achètent. Je veux un contrat de distribution.""",
            """La régulation ne remplace pas le métier; elle évite seulement de perdre le
            travail d'une nuit.""",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Hamish Sinclair-Isbister",
            """I'm the fresh-food buyer for a chain of fourteen delicatessens across Scotland
            and the north of England, with a strong line in island produce: cheeses from
            Orkney, oatcakes from Speyside, smoked fish from small family firms. We sell about
            £2 million of chilled goods a year and run a catalogue at Christmas.""",
            """I want a small smokehouse in the Hebrides that can supply us with cold-smoked
            salmon in 200 g packs, about 500 kg a month, steady through the year and doubled
            for December, under its own name, with a visit for our staff in spring.""",
            """Small producers, fair prices, and the maker's name on the pack.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Erwan Le Goaziou",
            """Automaticien depuis dix-huit ans dans l'agroalimentaire, dans les conserveries et
            les saurisseries bretonnes: régulation de fumoirs avec sondes de température et
            d'humidité, clapets motorisés, générateur de fumée piloté, automate et écran
            simple, alarmes sur téléphone et historique des cycles pour les contrôles. Je garde
            le fumoir d'origine.""",
            """Je cherche de petits fumoirs artisanaux qui perdent des lots et veulent
            moderniser sans tout racheter, même à l'étranger, avec deux semaines sur place,
            un hébergement et un paiement moitié avant, moitié quand les premiers lots sont
            bons.""",
            """Respecter le savoir-faire du fumeur: l'automate l'aide, il ne le remplace pas.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 49 ---------------------------------------------------------------- trap: commitment
    pair(
        49,
        "fr",
        "eclairage-de-caves",
        "A fait visiter ses caves dans le tuffeau à la lampe de poche; B éclaire les lieux de "
        "patrimoine souterrains et veut des chantiers de caves.",
        a=person(
            "Berthe Angevin-Roche",
            """- vigneronne a vouvray, 16 ha chenin, 3e generation
            - 1,2 km de caves creusées dans le tuffeau, une salle voutée de 300 m2
            - on fait visiter + deguster d'avril a novembre, 6 000 visiteurs/an
            - on voudrait faire des soirées concerts + séminaires dans la grande salle""",
            """besoin de qqn qui sache faire briller un sous-sol sans l'abimer: remplacer nos
            neons de 1975 et les lampes de poche, mettre en valeur le tuffeau sans le chauffer
            ni faire pousser les algues, des fils a l'abri de l'humidité, et un balisage de
            secours aux normes pour recevoir du public. budget
            ~60 000 €, travaux entre janvier et mars""",
            "garder l'âme du lieu, pas en faire un parc d'attractions",
            tz=1,
            langs=["fr"],
            loc="Vouvray",
        ),
        b=person(
            "Théophane Bouchardière",
            """Je suis concepteur lumière et électricien, spécialisé depuis douze ans dans les
            sites patrimoniaux et souterrains: carrières, chapelles troglodytiques, caves de
            Saumur et de Montlouis, une ancienne champignonnière devenue salle de spectacle. Je
            travaille avec des LED à très faible chaleur et des teintes choisies pour la
            pierre, je passe les câbles en gaines étanches et je fais valider les issues et
            l'éclairage de sécurité par le bureau de contrôle. Je fais aussi l'entretien.""",
            """Je cherche de nouveaux chantiers dans le Val de Loire, avec des propriétaires
            qui ouvrent leurs galeries au public et qui sont prêts à y passer un hiver. Il me
            faut un client qui accepte des essais de lumière sur place, qui me loge près du
            chantier et qui me laisse photographier le résultat pour mon catalogue.""",
            """Une lumière discrète qui montre la pierre et fait oublier la lampe; rien qui abîme
            ce qui a mis des siècles à se faire.""",
            tz=1,
            langs=["fr"],
            loc="Tours",
        ),
        twin=person(
            "Léandre Courtebotte",
            """Éclairagiste et électricien à Chinon, je mets en lumière des lieux anciens: caves
            troglodytiques, églises romanes, musées de village. J'utilise des sources LED
            froides, je choisis les températures de couleur selon la pierre, je cache les
            câbles dans des gaines étanches et je gère les dossiers de sécurité pour l'accueil
            du public. J'ai fait une trentaine de sites depuis 2012.""",
            """J'ai besoin d'un ferronnier d'art qui me fabrique des supports et des lanternes
            sur mesure, en acier patiné, par séries de vingt, parce que les luminaires du
            commerce jurent dans les vieux lieux. Je cherche quelqu'un dans la région de Tours,
            capable de livrer en six semaines.""",
            """Servir le lieu, pas la lampe; un bon éclairage se remarque quand il n'est pas
            là.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Maëlys Cormerais",
            """Je suis responsable des groupes à l'office de tourisme de Tours: circuits des
            châteaux, visites de caves, journées d'entreprise, environ 900 groupes par an,
            beaucoup de séminaires de cadres et de clubs du troisième âge. Je monte les
            programmes, je négocie les tarifs et je vends sur les salons professionnels à
            Paris et à Bruxelles, avec une équipe de trois personnes.""",
            """Je cherche un domaine viticole avec de grandes caves voûtées près de Vouvray qui
            accueille mes séminaires de quarante personnes pour une réunion et une dégustation,
            deux fois par mois, avec un traiteur et un tarif de groupe sur l'année, et la
            possibilité d'organiser une soirée musicale pour les plus gros clients.""",
            """Faire découvrir la Touraine au-delà des châteaux, en faisant travailler les
            gens du coin.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Gaspard Lhomméde",
            """Concepteur lumière et électricien, spécialisé dans les sites patrimoniaux et
            souterrains: carrières, chapelles troglodytiques, caves du Saumurois, une ancienne
            champignonnière devenue salle de spectacle. LED à très faible chaleur, teintes
            choisies pour la pierre, câbles en gaines étanches, éclairage de sécurité validé par
            le bureau de contrôle, et l'entretien ensuite.""",
            """Je voudrais de nouveaux chantiers dans le Val de Loire, chez des propriétaires qui
            ouvrent leurs galeries au public et sont prêts à y consacrer un hiver, avec des
            essais de lumière sur place, un logement près du chantier et le droit de
            photographier le résultat.""",
            """Une lumière discrète qui montre la pierre sans l'abîmer, et qui fait oublier la
            lampe; rien qui gâche ce que les siècles ont fait.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 50 ---------------------------------------------------------------- trap: timezone
    pair(
        50,
        "cross",
        "toddler-music-workshops",
        "A's parent-run nursery wants weekly music sessions; B runs music classes for "
        "under-threes and wants settings to visit weekly.",
        a=person(
            "Amandine Vernoux-Gaillat",
            "Crèche parentale à Lyon, 20 enfants de 1 à 3 ans, parents très impliqués.",
            "Qqn qui fasse un atelier d'éveil musical chaque semaine avec les petits.",
            "Grandir en chantant.",
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        b=person(
            "Bryony Ashenhurst",
            "music classes 4 under-3s: songs, guitar, shakers, lyon based",
            "nurseries that book me every wk for the whole yr",
            "noise is learning",
            tz=1,
            langs=["en", "fr"],
            loc="Lyon",
        ),
        twin=person(
            "Harriet Dunkerton",
            "Early-years musician: songs, ukulele, percussion for babies and toddlers.",
            "A publisher for my book of finger songs, with an audio download.",
            "Music from day one.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Roseline Béraud-Maillet",
            "Autrice d'albums pour tout-petits, trois livres chez un éditeur lyonnais.",
            "Une crèche qui teste mes maquettes avec les enfants, une fois par mois.",
            "Lire dès le berceau.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Kirsty Wanganeen",
            "music classes for under-3s: songs, guitar, shakers, based in Sydney",
            "nurseries that book me every week for the whole year",
            "noise is learning",
            tz=10,
            langs=["en", "fr"],
        ),
    ),
]
