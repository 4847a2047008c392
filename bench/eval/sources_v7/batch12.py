"""Pairs 111-120 of complementary_v7."""

from people import pair, person

PAIRS = [
    # 111 --------------------------------------------------------------- trap: language
    pair(
        111,
        "cross",
        "reefer-wine-transport",
        "A's London wine bar receives natural wines spoilt by hot lorries; B runs "
        "temperature-controlled wine groupage from France.",
        a=person(
            "Jasper Clerkenwell",
            """I own a natural wine bar and shop in Clerkenwell: two hundred references,
            mostly small French growers with no importer, bought direct. I used to be a
            sound engineer, and I still DJ on Friday nights when the staff let me.""",
            """Every summer a third of what arrives is cooked: corks pushed out, wine tasting
            of stewed prunes, labels stained. The growers ship with whatever courier is
            cheap, pallets sit in a depot in Calais at thirty degrees, and I pour the
            losses down the sink.""",
            """Respect the grower's work all the way to the glass.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Aurélie Chalon-sur-Saône",
            """Je dirige une petite entreprise de groupage de vins : je ramasse chez les
            vignerons de Bourgogne, du Jura et du Beaujolais avec un camion réfrigéré à
            quatorze degrés, je stocke dans un entrepôt climatisé à Beaune et je livre à
            Londres chaque semaine, douane comprise. Je parle anglais.""",
            """Je cherche des cavistes et des bars à l'étranger qui achètent sans intermédiaire chez
            beaucoup de petits producteurs et veulent une seule tournée régulière au lieu
            de vingt envois.""",
            """Le vin voyage mal quand on le maltraite.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Benoît Meursault",
            """Je dirige une entreprise de stockage de vins en cave climatisée pour les
            particuliers et les restaurants, à Beaune. Je parle anglais.""",
            """Je cherche un développeur pour un logiciel d'inventaire de caves et un
            investisseur pour un second entrepôt.""",
            """Garder le vin au calme.""",
            ro=["operations"],
            rs=["tech", "finance"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Rosie Farringdon",
            """I'm a sommelier, eight years on the floor of London restaurants, the last three
            running a list of four hundred bins in Shoreditch with a lot of low-intervention
            French and Georgian wine. I speak decent French from a harvest in the Jura and I can
            talk a nervous table into a skin-contact white.""",
            """I'm looking for a natural wine bar that hires me to run the floor and the list, with
            a say on what gets bought and a share of the shop's sales.""",
            """Pour with a story, never with a lecture.""",
            ro=["sales"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lucie Nuits-Saint-Georges",
            """Groupage de vins : ramasse chez les vignerons de Bourgogne et du Jura en camion
            réfrigéré, entrepôt climatisé à Beaune, livraison à Londres chaque semaine.""",
            """Des cavistes et des bars à l'étranger qui achètent en direct chez beaucoup de
            petits producteurs.""",
            """Le vin voyage mal maltraité.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 112 --------------------------------------------------------------- trap: consent
    pair(
        112,
        "en",
        "lido-restoration",
        "A's community group runs a 1930s lido with a cracked, peeling tank; B resurfaces "
        "historic pools.",
        a=person(
            "Harriet Tooting-Bligh",
            """I chair the community trust that took over a 1930s lido in Devon: fifty-metre
            tank, art deco changing rooms, five hundred season-ticket holders and a waiting
            list of volunteers. The council gave it to us for a pound in 2020.""",
            "Someone who can fix a cracked old basin and make it watertight, the old way.",
            "Swim outdoors, all year.",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Gideon Plymstock",
            "Pool restorer: concrete repairs, lime render, heritage tiles.",
            "Want a listed pool owner who'll let me do it properly.",
            "Built to last another century.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Barry Paignton",
            "Pool builder, new fibreglass pools for homes.",
            "Want a finance partner for customer loans.",
            "Pool by summer.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Fenella Dartington",
            "Open-water swim coach, 30 adult swimmers.",
            "A lido that gives my group early-morning lanes.",
            "Cold water, warm hearts.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Nigel Brixham",
            "Pool restorer: concrete repairs, lime render, heritage tiles.",
            "A listed pool owner who'll let me do it properly.",
            "Built to last.",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 113 --------------------------------------------------------------- trap: visibility
    pair(
        113,
        "cross",
        "cask-ale-cellarmanship",
        "A's French brewpub wants to serve real ale from the cask; B is an English cellarman "
        "who trains bar staff.",
        a=person(
            "Corentin Roubaix-Lannoy",
            "Brasserie-pub à Lille, 8 bières maison.",
            "Qqn qui nous apprenne à servir la bière vivante en fût, à l'anglaise.",
            "La bière vivante.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Stanley Keighley",
            "I'm a cellarman, 30 yrs: venting, tapping, cask conditioning and staff training. I speak French.",
            "Want a brewpub abroad keen to pour proper real ale.",
            "Cool, clear, conditioned.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Derek Ossett",
            "Brewery rep, cask ales, pubs in Yorkshire. I speak French.",
            "Want an export agent for Belgium.",
            "Beer for all.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Ophélie Tourcoing",
            "Serveuse, je cherche un bar à bières à Lille.",
            "Une brasserie qui m'embauche au comptoir.",
            "Le sourire.",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Alfred Batley",
            "Cellarman: venting, tapping, cask conditioning, training. I speak French.",
            "A brewpub abroad keen to pour real ale.",
            "Cool and clear.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 114 --------------------------------------------------------------- trap: commitment
    pair(
        114,
        "fr",
        "cherry-bird-scaring",
        "A's cherry orchard is stripped by starlings; B scares birds away without killing them.",
        a=person(
            "Guilhem Céret",
            """Arboriculteur à Céret, douze hectares de cerisiers, des variétés anciennes et
            des burlats précoces. Nous cueillons à vingt saisonniers en mai, et je vends sur
            les marchés de Perpignan. Je joue de la cobla dans un groupe de sardane.""",
            """En quinze jours de mai, des nuées d'étourneaux vident un tiers des arbres.
            Les canons à gaz énervent les voisins, les filets coûtent une fortune et les
            bêtes passent dessous, et on m'a interdit les tirs.""",
            """Nourrir les gens, pas les nuées.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Mélissa Banyuls",
            """Je protège les cultures des oiseaux sans les tuer : lasers à balayage
            programmés à l'aube et au crépuscule, cerfs-volants rapaces, diffuseurs de
            cris de détresse qui changent chaque jour pour éviter l'habitude. J'ai équipé
            des vignes et des aéroports.""",
            """Je cherche un verger sensible aux nuées au printemps, dont le propriétaire
            me laisse installer un dispositif complet et compter les pertes avec moi.""",
            """Faire partir sans faire mal.""",
            ro=["tech"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Jordi Collioure",
            """Je pose des filets paragrêle et des bâches anti-pluie sur les vergers et les vignes
            des Pyrénées-Orientales, avec une équipe de six et une nacelle.""",
            """Je cherche un financeur pour du stock de filets avant la saison, et une deuxième
            équipe de poseurs formés.""",
            """Protéger la récolte.""",
            ro=["tech"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Clara Elne",
            """Pâtissière à Perpignan, boutique et salon de thé, je fais des clafoutis, des tartes
            aux cerises et une confiture maison que les touristes rapportent chez eux. Je
            travaille avec des fruits du Roussillon uniquement.""",
            """Je cherche un arboriculteur qui me livre cinquante kilos de cerises par semaine en
            mai et juin, cueillies la veille.""",
            """Le fruit au bon moment.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Nathan Argelès",
            """Je protège les cultures des oiseaux sans les tuer : lasers programmés,
            cerfs-volants rapaces, cris de détresse qui changent chaque jour.""",
            """Un verger sensible aux nuées au printemps, pour un dispositif complet.""",
            """Faire partir sans faire mal.""",
            ro=["tech"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 115 --------------------------------------------------------------- trap: timezone
    pair(
        115,
        "cross",
        "bookshop-illustrator-events",
        "A's children's bookshop wants live drawing events; B is a picture-book illustrator "
        "who wants a venue.",
        a=person(
            "Miranda Hebden",
            """Children's bookshop in York with a story corner, twelve years, a monthly
            Saturday event and a school book-fair van. My regulars love French picture books
            in translation, and the parents keep asking who draws them.""",
            "An artist of picture books who draws live with the kids, a few times a year.",
            "Every child a reader.",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Louison Chamonix-Ardent",
            "Illustratrice jeunesse, 14 albums traduits. Je parle anglais.",
            "Une librairie étrangère qui m'invite pour des ateliers dessin.",
            "Dessiner pour grandir.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Bastien Gex",
            "Auteur de BD adulte, polars. Je parle anglais.",
            "Un éditeur anglais pour me traduire.",
            "Le noir et blanc.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Dominic Acomb",
            "Primary teacher in York, Year 2.",
            "A bookshop that hosts my class for a reading morning.",
            "Books open doors.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Nina Papeete",
            "Illustratrice jeunesse, 12 albums traduits, Tahiti. Anglais.",
            "Une librairie étrangère qui m'invite pour des ateliers.",
            "Dessiner pour grandir.",
            tz=-10,
            langs=["fr", "en"],
        ),
    ),
    # 116 --------------------------------------------------------------- trap: language
    pair(
        116,
        "mixed",
        "tattoo-studio-piercing",
        "A's tattoo studio turns away piercing clients; B is a piercer who wants a chair.",
        a=person(
            "Jade Trentemoult",
            "I run a tattoo studio à Nantes, 3 artists, English & French clients.",
            "Qqn qui fasse les piercings, ultra propre, with the right jewellery.",
            "Ink with respect.",
            tz=1,
            langs=["en", "fr"],
        ),
        b=person(
            "Solène Chantenay",
            "Pierceuse, 8 ans, matériel stérile, bijoux en titane.",
            "Un salon qui me loue un fauteuil et m'envoie ses habitués.",
            "Le geste sûr.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Maëlle Rezé",
            "Maquilleuse permanente, sourcils et lèvres.",
            "Un institut de beauté qui m'accueille.",
            "Naturel.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Liam Doulon",
            "Tattoo apprentice, je cherche un studio.",
            "A studio that takes me on as apprentice.",
            "Learn the craft.",
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Nerea Zubiri",
            "Perforadora, 8 años, material estéril, joyas de titanio.",
            "Un estudio que me alquile un sillón y me pase clientes.",
            "El gesto seguro.",
            tz=1,
            langs=["es"],
        ),
    ),
    # 117 --------------------------------------------------------------- trap: consent
    pair(
        117,
        "cross",
        "holiday-home-keyholding",
        "A is a mayor whose village has many empty British-owned holiday homes; B runs a "
        "key-holding and house-checking service.",
        a=person(
            "Francis Gourdon-Salviac",
            """Maire d'un village de quatre cents habitants dans le Lot, retraité de la
            gendarmerie. Nous avons une épicerie, un bar qui ouvre l'été et un château en
            ruine que je rêve de consolider. Je joue aux quilles de neuf le dimanche.""",
            """Quinze maisons du bourg appartiennent à des Britanniques qui ne viennent qu'en
            juillet. Le reste de l'année elles restent fermées : deux cambriolages cet
            hiver, une fuite d'eau qui a inondé la maison voisine, des volets qui claquent
            et des jardins en friche. Les voisins m'appellent, pas les propriétaires.""",
            """Un village, ce sont des portes qui s'ouvrent.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Beverley Carsington",
            """I run a key-holding service for absent owners in the Lot: a weekly walk-round,
            photos by email, heating and water checks, airing, gardens and arrivals
            prepared. Twelve years here, fluent French, and I know every plumber and
            locksmith in the valley.""",
            """I want someone local in a small place full of empty second homes, someone the
            owners trust, who'll introduce me and tell me when something's wrong.""",
            """Look after it as if it were mine.""",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Trudy Penwortham",
            """I run a holiday lettings agency in the Lot with forty cottages on the books:
            cleaning, linen and changeovers included, and guests met at the door. I've lived near
            Cahors for ten years and I speak French.""",
            """I need a developer to build a booking platform that talks to the big sites, and a
            bookkeeper who understands French tax on rentals.""",
            """Five-star stays, every Saturday.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Sandrine Labastide-Murat",
            """Agente immobilière à Cahors depuis quinze ans, je vends surtout des maisons de bourg
            et des fermes à des Anglais, des Belges et des Néerlandais. J'ai une collaboratrice
            qui parle néerlandais et un réseau de notaires.""",
            """Je cherche un maire qui me signale les maisons à vendre dans sa commune avant
            qu'elles ne partent aux enchères, et qui me présente aux familles des successions.""",
            """La bonne maison pour les bonnes personnes.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Marjorie Hathersage",
            """Key-holding for absent owners in the Lot: weekly checks, photos, heating and
            water, gardens. I speak French.""",
            """A local contact in a village full of empty second homes.""",
            """Look after it.""",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 118 --------------------------------------------------------------- trap: visibility
    pair(
        118,
        "en",
        "bicycle-wheel-building",
        "A's bike shop sells custom bikes but buys factory wheels; B hand-builds wheels.",
        a=person(
            "Marcus Hebblethwaite",
            """Bike shop in Sheffield, 15 years, road, gravel and touring builds to order;
            customers want everything hand-made except we buy wheels off the shelf.""",
            "Someone who laces and trues rims by hand, to spec, in a week.",
            "Built for the rider.",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Elspeth Hathersage-Roy",
            "Wheelbuilder: hand-laced, tension-checked, any hub.",
            "Want a shop that sends me every one-off bike it puts together.",
            "True forever.",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Ivor Dronfield",
            "Frame builder, steel, lugged.",
            "Want an investor for a new jig.",
            "Steel is real.",
            ro=["tech"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Priya Totley",
            "Touring cyclist, planning a year on the road.",
            "A shop to build my dream tourer.",
            "Ride far.",
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Gordon Ecclesall",
            "Wheelbuilder: hand-laced, tension-checked.",
            "A shop that sends me every custom build.",
            "True forever.",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 119 --------------------------------------------------------------- trap: commitment
    pair(
        119,
        "cross",
        "copper-pan-retinning",
        "A's cookware shop sells vintage copper pans whose tin linings are worn; B re-tins "
        "copper by hand.",
        a=person(
            "Serena Marylebone",
            "Cookware shop, London, vintage copper pans.",
            "Someone who renews the inside lining of old copper, by hand.",
            "Cook with heirlooms.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Gustave Villedieu",
            "Rétameur à Villedieu-les-Poêles, étamage à l'étain pur. Anglais.",
            "Une boutique étrangère qui m'envoie ses casseroles par lots.",
            "Le métal qui dure.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Josselin Percy",
            "Dinandier, je martèle des bassines en cuivre. Anglais.",
            "Un site de vente et un photographe.",
            "Le marteau chante.",
            ro=["domain"],
            rs=["marketing"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Tristan Belgravia",
            "Chef, opening a French bistro in London.",
            "A shop with copper pans for my whole kitchen.",
            "Old school.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Honoré Sourdeval",
            "Rétameur, étamage à l'étain pur. Je parle anglais.",
            "Une boutique étrangère qui m'envoie ses casseroles.",
            "Le métal qui dure.",
            ro=["domain"],
            rs=["sales"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 120 --------------------------------------------------------------- trap: timezone
    pair(
        120,
        "mixed",
        "pet-relocation-uk",
        "A's cat rescue fills with pets abandoned by departing expats; B relocates pets abroad "
        "with their paperwork.",
        a=person(
            "Harriet Caudéran-Moss",
            """Je gère un refuge pour chats à Bordeaux, seventy cats, a dozen volunteers and
            a vet who gives us Tuesdays. I'm English, installée ici depuis vingt ans, and I
            talk to the cats in both languages.""",
            """Since Brexit, every month British families moving home leave their cats with
            us, la caisse du chat on the doorstep, because they think the paperwork is
            impossible. On est plein, the volunteers are exhausted and the adoptions can't
            keep up.""",
            """Un chat n'est pas un meuble qu'on laisse derrière soi.""",
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Gaspard Mérignac-Arlac",
            """Je fais voyager les animaux de compagnie entre la France et le Royaume-Uni :
            puce, vaccin antirabique, certificat sanitaire, rendez-vous chez le
            vétérinaire, et transport en van climatisé jusqu'à la porte, deux fois par
            mois. J'ai déjà ramené trois cents chiens et chats.""",
            """Je cherche des relais auprès des familles qui partent, une structure qui
            les connaît et qui peut leur parler de moi avant qu'il soit trop tard.""",
            """Chaque animal rentre à la maison avec les siens.""",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Coralie Pessac",
            """Je tiens une pension pour chats et chiens près de Bordeaux : quarante places, des
            promenades deux fois par jour, des photos envoyées aux maîtres, et une chatterie
            chauffée.""",
            """Je cherche un associé pour ouvrir une seconde pension à Arcachon, et un logiciel de
            réservation en ligne.""",
            """Vos animaux en vacances.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Eleanor Bègles-Wright",
            """Expat in Bordeaux for six years, I teach English at the university and my new
            landlord finally allows pets. J'ai grandi avec des chats, my last one lived to
            twenty, and I work from home three days a week.""",
            """I'd like to adopt from a rescue that has older, calm cats who need a quiet flat, et
            qui me conseille pour les premières semaines.""",
            """Second chances, for cats and for people.""",
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Benjamin Gatineau",
            """Je fais voyager les animaux entre le Canada et la France : puce, vaccin,
            certificat, transport jusqu'à la porte.""",
            """Des relais auprès des familles qui partent, avant qu'il soit trop tard.""",
            """Chaque animal rentre avec les siens.""",
            tz=-8,
            langs=["fr"],
        ),
    ),
]
