"""Pairs 61-70 of complementary_v8."""

from people import pair, person

PAIRS = [
    # 61 ---------------------------------------------------------------- trap: language
    pair(
        61,
        "en",
        "lighthouse-lens-restoration",
        "A's trust is opening a decommissioned lighthouse whose great glass lens is filthy "
        "and seized; B restores optics and rotation machinery and wants big lens jobs.",
        a=person(
            "Morwenna Polglaze",
            """I chair a small trust that took over a decommissioned lighthouse on the north
            Cornish coast from the lighthouse authority. We have a lease for ninety-nine
            years, a heritage grant for the tower and the keepers' cottages, which we will
            let as holiday homes, and a team of volunteer guides who have already trained.
            Visitors climb to the lantern room and the view is extraordinary.""",
            """The great glass lens at the top, a first-order one from 1890 with hundreds of
            prisms, is dirty, cracked in two places and has not turned for twenty years. I
            need someone who can clean and re-bed the prisms, repair the brass frame, and
            get the clockwork and the mercury bath moving again, safely.""",
            "The light kept sailors alive. It deserves to shine again.",
            tz=0,
            langs=["en"],
            loc="Padstow",
        ),
        b=person(
            "Lemuel Gilbard",
            """I spent two decades and more as a technician with the lighthouse service and now
            work for myself. I have taken apart and rebuilt Fresnel optics of every size, cast replacement elements with a works in Sunderland, and
            overhauled the rotating machinery, including the liquid-metal float pedestals, under
            the proper handling rules.""",
            """Since the towers went automatic, the work is minor jobs for collectors. I
            want a partner with a big optic that deserves a full restoration, the money to
            do it, and a public that will see the result.""",
            "Do it slowly, document it, never throw a prism away.",
            ro=["domain"],
            rs=["finance"],
            tz=0,
            langs=["en"],
            loc="Penzance",
        ),
        twin=person(
            "Jericho Hext",
            """Former lighthouse technician with twenty years in the service. I restore Fresnel optics, re-bed prisms, and overhaul the rotation machinery and mercury pedestals of old lights for museums and collectors.""",
            """I need a specialist transport firm that can move two-tonne lenses between
            sites.""",
            "Never throw a prism away.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Araminta Bolsover",
            "Holiday cottage letting agent in north Cornwall with two hundred properties on my books, from fishermen's cottages to a converted chapel.",
            "I want unusual properties to add to my books for next summer.",
            "Memorable stays.",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Yves Kerambrun",
            """Ancien technicien des phares, je restaure les optiques de Fresnel et leurs mécanismes de rotation, cuve à mercure comprise, pour des musées et des collectionneurs.""",
            "Une grande optique à restaurer entièrement, avec le financement et du public.",
            "Ne jamais jeter un prisme.",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 62 ---------------------------------------------------------------- trap: consent
    pair(
        62,
        "cross",
        "chocolate-relief-moulds",
        "A is a chocolatier who wants custom relief moulds; B sculpts and makes food-safe "
        "moulds and wants chocolatiers as clients.",
        a=person(
            "Ximena Teulier",
            "Chocolatière à Bayonne, deux tonnes par an, vente en boutique.",
            "Qqn qui me crée des moules en relief, uniques, façonnés à la main, pour Pâques et Noël.",
            "Le cacao mérite de l'art.",
            ro=["sales"],
            rs=["design"],
            tz=1,
            langs=["fr"],
            loc="Bayonne",
        ),
        b=person(
            "Tobias Isbell",
            """I am a sculptor and model maker. I carve originals in clay or wax, scan
            them, and have them vacuum-formed or machined as food-safe polycarbonate
            trays, with proper draft angles so the shapes release cleanly. I have done
            architectural ornaments for a cake maker and a run of fossil shapes for a
            museum shop.""",
            """I would like a few confectioners who want signature pieces nobody else has, who will commission a new design each season and let me sign it. I can deliver the first trays within six weeks. Small runs are fine, from twenty copies.""",
            "Make it beautiful, make it release.",
            ro=["design"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
        twin=person(
            "Ignatius Pelham",
            """Sculptor and mould maker. I carve originals in clay and wax, scan them, and turn them into food-safe polycarbonate trays that release cleanly. I have made moulds for bakers, a fudge maker and a museum shop.""",
            "I need a vacuum-forming machine I can share with another workshop.",
            "Make it release.",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Peio Harismendy",
            "Je tiens un hôtel de trente chambres à Biarritz et je soigne l'accueil: fleurs fraîches, produits locaux, un petit mot pour chaque client.",
            "Je veux des chocolats fins pour les chambres, livrés chaque semaine.",
            "Les petits plaisirs.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Jemima Jory",
            "Sculptor; food-safe polycarbonate trays from my own clay originals, with proper draft angles so every shape releases cleanly.",
            "Chocolate makers who commission signature designs each season.",
            "Make it release.",
            ro=["design"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 63 ---------------------------------------------------------------- trap: visibility
    pair(
        63,
        "fr",
        "mountain-spring-water-treatment",
        "A's mountain inn gets cloudy, failing spring water after every storm; B treats "
        "water for isolated buildings and wants sites to equip.",
        a=person(
            "Albertine Chabert-Rey",
            """Je tiens une auberge à 1 600 mètres dans le Queyras, vingt-cinq lits, ouverte
            hiver comme été, avec mon frère qui fait la cuisine. Notre eau vient d'un
            captage de source au-dessus de la maison, qui appartient à la famille depuis
            quatre générations. Nous avons un local technique, de la place et un peu
            d'argent mis de côté.""",
            """Après chaque orage, l'eau du robinet devient trouble pendant des jours, les
            analyses de l'ARS sont mauvaises, on doit acheter des bouteilles pour les
            clients et on a reçu un avertissement: si ça continue, on devra fermer la
            salle de restaurant.""",
            "On vit de la montagne, on la respecte.",
            tz=1,
            langs=["fr"],
            loc="Queyras",
        ),
        b=person(
            "Hilaire Bonnabel",
            """Je suis technicien en traitement de l'eau pour les bâtiments isolés: refuges,
            gîtes, fermes d'alpage. J'installe des filtres à sable lent, des lampes
            ultraviolettes et des sondes de turbidité qui coupent l'arrivée quand la source se charge de boue, le tout sur panneau solaire si besoin, et je forme les gens à
            l'entretien.""",
            """Je voudrais des clients en altitude qui ont une vraie ressource, qui s'engagent sur un contrat de suivi de plusieurs années, et qui me laissent montrer l'installation à d'autres. Je monte moi-même le matériel, à pied s'il le faut. L'entretien courant s'apprend en une journée.""",
            "Une eau sûre sans chimie inutile.",
            tz=1,
            langs=["fr"],
            loc="Briançon",
        ),
        twin=person(
            "Amédée Faure-Brac",
            """Technicien de l'eau pour lieux isolés: filtres à sable lent, lampes ultraviolettes, sondes de turbidité, le tout sur panneau solaire. J'ai équipé une vingtaine de refuges et de fermes d'alpage dans les Pyrénées.""",
            "Il me faut un hélicoptère pour monter le matériel dans les refuges.",
            "Une eau sûre.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Lucien Arnaud-Gras",
            "Je suis randonneur, je fais le tour du Queyras en août avec deux amis, en huit étapes.",
            "Je cherche une auberge pour deux nuits avec demi-pension.",
            "Marcher léger.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Benoîte Rostollan",
            """J'équipe les refuges et les gîtes: filtres à sable lent, ultraviolets, sondes de turbidité sur panneau solaire, et je forme les gardiens à l'entretien.""",
            "Des clients en altitude qui signent un contrat de suivi de plusieurs années.",
            "Une eau sûre.",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 64 ---------------------------------------------------------------- trap: commitment
    pair(
        64,
        "cross",
        "vineyard-cellar-lunches",
        "A runs walking tours in Burgundy and wants a family winemaker to host lunches; B "
        "has a vaulted cellar with twenty seats and wants regular groups.",
        a=person(
            "Cornelius Lobb",
            """I organise walking holidays in Burgundy for American and British retirees:
            forty small groups a year, eight days each, luggage moved, guides who know the
            history. The walks are the easy part. What guests remember is meeting people,
            and our lunches in restaurants feel like anywhere else.""",
            """I need a family wine grower with a cellar who would host a long lunch for twelve to sixteen walkers, with her own bottles, local food and the story of the place, on a fixed day every week from April to October. We pay per guest, on time, and we bring the same groups back every year. The walkers arrive tired and curious, never rowdy.""",
            "Travel slowly, meet the people who live there.",
            ro=["sales", "operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Beaune",
        ),
        b=person(
            "Honorine Bersan",
            "Vigneronne à Irancy, cave voûtée du XVIe, 20 couverts.",
            "Des groupes réguliers pour mes déjeuners au caveau.",
            "Le vin se partage.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Irancy",
        ),
        twin=person(
            "Clotilde Goisot-Ravier",
            "Vigneronne dans l'Yonne, cave voûtée, déjeuners au caveau.",
            "Il me faut une cuisinière à mi-temps pour les repas.",
            "Le vin se partage.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Delphine Okonkwo-Rhodes",
            "Retired nurse from Ohio, walking the Camino next year.",
            "I want an easy guided walking week in France with luggage carried.",
            "See the world while I can.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Lucette Paquereau",
            "Vigneronne en Bourgogne, je reçois à déjeuner dans ma cave voûtée.",
            "Des groupes réguliers de marcheurs.",
            "Le vin se partage.",
            ro=["domain"],
            rs=["sales"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 65 ---------------------------------------------------------------- trap: timezone
    pair(
        65,
        "mixed",
        "hortillonnages-punts",
        "A runs boat tours of Amiens' floating gardens with rotting punts; B builds "
        "flat-bottomed wooden boats and wants orders.",
        a=person(
            "Ghislain Tellier",
            "Je fais visiter les hortillonnages d'Amiens en barque.",
            "Need someone who builds flat-bottomed wooden boats, the old kind.",
            "Au fil de l'eau.",
            tz=1,
            langs=["fr", "en"],
            loc="Amiens",
        ),
        b=person(
            "Cormac Northey",
            "Boatwright; I make punts and dories in oak and larch.",
            "Orders for three or four craft a year.",
            "Built to float for fifty years.",
            tz=0,
            langs=["en", "fr"],
            loc="Boulogne-sur-Mer",
        ),
        twin=person(
            "Seamus Rickard",
            "Boatwright: punts and dories in larch and oak.",
            "I need a sawmill that cuts me larch boards twelve metres long.",
            "Built to float.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Manon Delecroix",
            "Je suis prof de SVT à Amiens, j'emmène mes élèves dehors.",
            "I'd like a boat trip in the floating gardens for my class.",
            "Apprendre dehors.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Rory Mackintosh",
            "Boatwright in Seattle: wooden punts and dories, oak and larch.",
            "Orders for three or four a year.",
            "Built to float.",
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
    # 66 ---------------------------------------------------------------- trap: language
    pair(
        66,
        "cross",
        "holiday-home-guest-guides",
        "A's holiday cottage guests cannot work the wood stove and either freeze or fill the "
        "house with smoke; B writes illustrated guides and short videos for rentals.",
        a=person(
            "Bertrande Maubourguet",
            "Trois gîtes dans le Lot, clients anglais et hollandais.",
            "Ils n'arrivent pas à allumer le poêle: ils gèlent ou enfument la maison.",
            "Comme à la maison.",
            tz=1,
            langs=["fr"],
            loc="Figeac",
        ),
        b=person(
            "Philippa Tonkin",
            """I write plain, illustrated house manuals and film short how-to videos for
            holiday rentals: the boiler, the shutters, the septic tank, the bins, the
            temperamental oven. Guests scan a code on the fridge and see a one-minute clip
            in their own language. I have done about ninety houses in Cornwall and the
            Lake District and the owners' calls at night dropped to almost nothing.""",
            """I want owners abroad with several properties and foreign guests, who will let me visit, film, and use their houses as examples for others. I can spend a week in each region and film several houses at once. Owners only pay once the clips are live.""",
            "If a guest gets it wrong, the instructions were wrong.",
            tz=0,
            langs=["en", "fr"],
            loc="Kendal",
        ),
        twin=person(
            "Octavia Veale",
            """I write illustrated house manuals and film short how-to clips for holiday homes: boilers, shutters, wood stoves, the pool pump. Guests scan a code and watch a one-minute video. I have done sixty houses in Devon and Wales.""",
            """I need a voice-over artist who records my scripts in Dutch and
            German.""",
            "Instructions first.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Amandine Cayrol",
            "Je suis femme de ménage indépendante près de Figeac, avec ma voiture et mon matériel, et je travaille déjà pour deux agences de location.",
            "Je cherche des gîtes à nettoyer le samedi entre deux locations.",
            "Propre et à l'heure.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Wilhelmina Tuckett",
            """I make illustrated manuals and one-minute videos for holiday rentals, scanned from the fridge: boilers, stoves, shutters, pumps. Ninety houses so far.""",
            "Owners abroad with several houses and foreign guests.",
            "Instructions first.",
            tz=0,
            langs=["en"],
        ),
    ),
    # 67 ---------------------------------------------------------------- trap: consent
    pair(
        67,
        "en",
        "brass-instrument-dent-repair",
        "A conducts a brass band whose instruments keep getting dented; B repairs brass "
        "instruments and wants steady work.",
        a=person(
            "Norris Gledhill",
            "Brass band conductor in Barnsley, 30 players, lots of battered cornets.",
            "A repairer who fixes dents and stuck valves quickly, before contests.",
            "Practise, practise.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Barnsley",
        ),
        b=person(
            "Elspeth Rawcliffe",
            "Brass technician: dent removal, re-soldering, valve work, lacquer.",
            "A band or school that sends me regular jobs.",
            "Play it, don't polish it.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Huddersfield",
        ),
        twin=person(
            "Cyril Warne",
            "I repair brass instruments: dents, soldering, valves.",
            "I need a plating firm to re-silver tubas at a fair price.",
            "Play it.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Lottie Sugden",
            "Twelve-year-old's mum; she wants to learn the cornet.",
            "I want a band with a youth section that lends instruments.",
            "Give it a go.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Desmond Royle",
            "Brass repairer: dents out, joints re-soldered, valves freed.",
            "A band that sends me regular jobs.",
            "Play it.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 68 ---------------------------------------------------------------- trap: visibility
    pair(
        68,
        "cross",
        "citroen-h-van-parts",
        "A runs a fleet of old Citroën H vans as coffee vans and can't keep them running; B "
        "is a specialist mechanic with a stock of parts who wants foreign clients.",
        a=person(
            "Jolyon Allsop",
            """I own nine 1960s Citroën H vans, the corrugated ones, converted into coffee
            and crêpe vans that I rent with staff to weddings, festivals and film sets
            across the south of England. Bookings are strong for the next two summers, and
            I have a yard in Guildford with a covered workshop and a lift.""",
            """I need a mechanic who really knows those old vans, the engines, the gearboxes, the brakes, who can find or make the parts that no longer exist, and who would come over for a few weeks each spring to get the fleet ready. I pay travel and lodging and a proper day rate. A van that breaks down on a wedding morning costs me a client.""",
            "Charm only works if the van starts.",
            tz=0,
            langs=["en", "fr"],
            loc="Guildford",
        ),
        b=person(
            "Raoul Ferrandon",
            """Mécanicien spécialiste des Citroën anciennes depuis trente ans, je restaure
            des tubes, des Traction et des 2CV dans un atelier de la Sarthe. J'ai racheté
            le stock d'un ancien concessionnaire: des milliers de pièces d'origine, des
            moteurs, des boîtes, des tambours, et je refabrique ce qui manque avec un
            tourneur.""",
            """Je voudrais des clients hors de France avec plusieurs véhicules, un partenaire sur place qui garde un petit stock de mes pièces et m'accueille quelques semaines par an. Je peux envoyer les pièces par transporteur chaque mois. J'aime travailler avec des gens qui roulent vraiment avec leurs véhicules.""",
            "Un vieux moteur bien réglé ne meurt jamais.",
            tz=1,
            langs=["fr", "en"],
            loc="Le Mans",
        ),
        twin=person(
            "Florimond Bézuchet",
            """Spécialiste des vieilles Citroën depuis vingt-cinq ans, je refais moteurs, boîtes et freins des Type H, des Traction et des 2CV dans mon atelier de l'Orne, avec un gros stock de pièces d'origine.""",
            "Il me faut un carrossier qui redresse la tôle ondulée à l'ancienne.",
            "Un vieux moteur ne meurt jamais.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Tamsin Arbuthnott",
            "Bride-to-be in Surrey; we are planning a relaxed wedding in a field for a hundred and twenty guests and want something quirky for them.",
            "I want a vintage coffee van at our wedding in June.",
            "Make it memorable.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Hervé Lemonnier-Bault",
            """Mécanicien Citroën anciennes, stock de pièces d'origine racheté à un concessionnaire, je refabrique le reste avec un tourneur; moteurs, boîtes, freins.""",
            "Des clients hors de France avec plusieurs véhicules.",
            "Un vieux moteur ne meurt jamais.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 69 ---------------------------------------------------------------- trap: commitment
    pair(
        69,
        "fr",
        "beef-tallow-soap-candles",
        "A's butcher shop throws away beef fat every week; B makes soap and candles from "
        "tallow and needs it in quantity.",
        a=person(
            "Fernand Ollagnier",
            "Boucher à Charolles, bœuf de la région.",
            "Chaque semaine, 80 kg de gras part à l'équarrissage, et je paie pour ça.",
            "Tout est bon dans la bête.",
            tz=1,
            langs=["fr"],
            loc="Charolles",
        ),
        b=person(
            "Zélie Matrat",
            "Je fais du savon et des bougies au suif, à l'ancienne.",
            "Du suif cru en quantité, toutes les semaines.",
            "Rien ne se perd.",
            tz=1,
            langs=["fr"],
            loc="Mâcon",
        ),
        twin=person(
            "Ondine Perraudin",
            "Savonnière, je travaille le suif de bœuf et les cires.",
            "Il me faut des moules en silicone sur mesure pour mes savons.",
            "Rien ne se perd.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Léandre Vergnes",
            "Je tiens un restaurant de viande à Lyon.",
            "Je veux des côtes de charolais maturées, livrées chaque semaine.",
            "Le bon produit.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rosine Dufraigne",
            "Je fabrique savons et bougies au suif de bœuf.",
            "Du suif cru en quantité, chaque semaine.",
            "Rien ne se perd.",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 70 ---------------------------------------------------------------- trap: timezone
    pair(
        70,
        "cross",
        "panoramic-wallpaper-block-printing",
        "A restores 19th-century panoramic wallpapers with missing sections; B carves "
        "wooden blocks and hand-prints wallpaper and wants heritage commissions.",
        a=person(
            "Aurélie Desmarquets",
            """Je suis restauratrice de papiers peints anciens, installée à Rixheim près du
            musée du papier peint. Je travaille sur des décors panoramiques du XIXe siècle,
            paysages de vingt à trente lés, pour des châteaux, des hôtels particuliers et
            deux musées. Je dépose, je nettoie, je consolide et je repose les lés.""",
            """Il me faut quelqu'un qui sache graver des planches de bois et imprimer à la main, couleur par couleur, les morceaux qui manquent, pour qu'ils se fondent dans le décor d'origine sans tricher avec une impression numérique. Les chantiers durent souvent un an ou plus. Je préfère un partenaire régulier à une série de fournisseurs.""",
            "Compléter sans mentir.",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr"],
            loc="Mulhouse",
        ),
        b=person(
            "Hollis Penrose-Hatch",
            """I run a tiny workshop in Macclesfield where I carve pearwood blocks and
            print wallpaper by hand with distemper colours, one block per colour, the way
            the old French and English manufacturers did. I have reproduced patterns for a
            National Trust house and a Georgian terrace in Bath, matching colour to the
            fragment under a microscope.""",
            """I want serious heritage jobs: restorers who have the historic rolls in front
            of them and need missing pieces reproduced exactly, and who will credit the
            work.""",
            "One block, one colour, no shortcuts.",
            tz=0,
            langs=["en", "fr"],
            loc="Macclesfield",
        ),
        twin=person(
            "Evander Cloudsley",
            """I carve pearwood blocks and hand-print wallpaper in distemper colours, one colour per block, in a small workshop in Norfolk. I have matched historic patterns for a Georgian house and a museum room set.""",
            "I need an online shop partner to sell my own patterns to decorators.",
            "No shortcuts.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Agathe Steinmetz",
            "Propriétaire d'un hôtel particulier du XVIIIe à Colmar, que je restaure pièce par pièce depuis cinq ans.",
            "Je veux faire restaurer le papier peint panoramique de mon salon.",
            "Garder l'âme de la maison.",
            ro=["finance"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Calloway Brisbane-Reyes",
            """Block printer in Colorado; pearwood blocks, distemper colours, by hand, one colour per block, matched to historic fragments under a microscope.""",
            "Heritage restorers who need missing pieces reproduced exactly.",
            "No shortcuts.",
            tz=-7,
            langs=["en", "fr"],
        ),
    ),
]
