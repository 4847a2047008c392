"""Pairs 33-48 of complementary_v3."""

from people import pair, person

PAIRS = [
    # 33 --------------------------------------------------------------- trap: visibility
    pair(
        33,
        "en",
        "cycling",
        "A designs e-bike conversion kits and needs shops to fit and sell them; B owns a "
        "chain of bike shops and wants a product of his own.",
        a=person(
            "Declan Moss",
            "Electrical engineer. Built an e-bike conversion kit, 200 sold online.",
            "need places w/ mechanics who can fit it + sell it face to face",
            ro=["tech"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Raj Bhatti",
            "Own 6 bike shops w/ workshops in the Midlands. 14 yrs in cycle retail.",
            "Want an engineer with a kit we could install for customers.",
            tz=0,
            langs=["en", "pa"],
        ),
        twin=person(
            "Gavin Hollis",
            "Run 4 cycle shops with mechanics, 10 years in bike retail.",
            "Looking for a software dev for a bike-rental booking app.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Zoe Tennant",
            "Cargo bike courier company, 30 riders.",
            "Need an e-bike engineer to electrify our fleet.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Nick Farrant",
            "Bike shop owner, 5 stores with workshops.",
            "Want an engineer with a conversion kit to sell.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 34 --------------------------------------------------------------- trap: commitment
    pair(
        34,
        "cross",
        "food-brand",
        "A is a beekeeper with a large, good harvest sold in bulk; B is a packaging and brand "
        "designer who wants a real producer to build a premium brand with.",
        a=person(
            "Maryse Combal",
            "Apicultrice, 400 ruches dans les Cévennes. Tout part en vrac, mal payé.",
            "Cherche qqn pour faire de mon miel une belle marque qui se vend cher.",
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Harriet Quayle",
            """Brand and packaging designer, twelve years, the last five running my own
            studio for independent food producers: identity, labels, jars and boxes,
            the story on the back, photography direction, and the launch into delis and
            farm shops. I've taken two small producers (a cheese maker and an oil press)
            from market stalls to Fortnum's shelves. I'm tired of working for clients and
            want equity in something I believe in.""",
            """I'm looking for a producer who already makes something outstanding in real
            quantities, someone who knows the craft deeply and can keep supply steady while
            I take care of how it looks and where it's sold.""",
            """Honest provenance, beautiful but not fake-rustic.""",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Victor Aslan",
            """Packaging and brand designer, 10 years, for food start-ups: identity, labels,
            jars, gift boxes, photography and the launch into delis and concept stores. I've
            taken a granola and a kombucha brand from zero to national listings.""",
            """Looking for a food-tech founder with investors behind them to launch a
            plant-based meat brand fast, with big retail listings in year one.""",
            """Blitz the shelves.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Amandine Brès",
            """Épicerie fine à Montpellier depuis 8 ans, 2 boutiques et un site, clientèle
            fidèle et touristes.""",
            """Cherche un apiculteur ou une apicultrice avec de gros volumes de miel de qualité
            pour lancer une marque maison, vendue chez nous et ailleurs.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Esther Langford",
            "Brand & packaging designer for small food producers.",
            "Want a producer with a great product in volume.",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 35 ----------------------------------------------------------------- trap: timezone
    pair(
        35,
        "fr",
        "social-economy",
        "A dirige une ressourcerie d'insertion qui veut ouvrir trois nouveaux sites ; B est "
        "un ancien banquier solidaire qui veut mettre ses compétences au service d'un projet "
        "d'insertion.",
        a=person(
            "Corinne Abadie",
            """Je dirige depuis neuf ans une ressourcerie qui emploie 35 salariés en
            parcours d'insertion à Limoges. On collecte, on répare, on revend : meubles,
            vélos, électroménager. Je sais encadrer des gens cabossés par la vie, monter des
            partenariats avec les collectivités, organiser un atelier. Les demandes
            d'ouverture arrivent de partout autour, mais moi les bilans, les prêts, les
            dossiers de fonds européens, ça me donne des sueurs froides. Et le dernier
            trésorier bénévole est parti.""",
            """Il me faut une personne qui tienne les comptes d'une structure qui grossit,
            qui sache monter un plan de financement qui mélange prêts d'honneur, subventions
            et capital patient, et qui parle le même langage que les
            banques sans nous transformer en entreprise classique.""",
            """Personne n'est inemployable. On partage les décisions, on rend des
            comptes.""",
            ro=["operations", "domain"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
            loc="Limoges",
        ),
        b=person(
            "Bernard Lacombe",
            """Vingt ans en banque, dont huit au pôle économie sociale d'une banque
            coopérative : j'ai financé des dizaines d'associations et de SCOP, je connais
            France Active, les fonds européens, les investisseurs solidaires. Je sais
            construire un prévisionnel qui tient.""",
            """Je veux quitter la banque pour devenir associé d'une structure qui remet des gens
            au travail,
            qui a fait ses preuves sur le terrain et qui veut grandir.""",
            ro=["finance"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Hugues Vernier",
            """Ancien directeur financier, levées de fonds et dette, connaissance des fonds
            d'impact.""",
            """Je cherche une start-up de la seconde main en forte croissance pour préparer
            une levée de 10 millions.""",
            """Impact et rentabilité maximale.""",
            ro=["finance"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Jade Kervella",
            """Designer d'objets, je transforme des meubles récupérés en pièces uniques vendues
            en galerie.""",
            """Cherche une ressourcerie qui fournit la matière, gère un atelier et encadre des
            salariés en insertion.""",
            ro=["design"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Marc Tetuanui",
            """Financier de l'économie sociale, plans de financement, fonds solidaires.""",
            """Cherche une structure d'insertion qui veut grandir.""",
            ro=["finance"],
            rs=["operations"],
            tz=-10,
            langs=["fr"],
            loc="Papeete",
        ),
    ),
    # 36 ----------------------------------------------------------------- trap: language
    pair(
        36,
        "cross",
        "wind-energy",
        "A runs drone blade inspections and needs access to wind-farm operators; B manages "
        "wind-farm maintenance and wants faster inspections.",
        a=person(
            "Callum Reid",
            "Drone pilot + ML for blade damage detection. 300 turbines inspected.",
            "Need someone inside wind farm maintenance who knows the operators.",
            ro=["tech"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Sébastien Morvan",
            "Resp. maintenance de 4 parcs éoliens, 12 ans, réseau d'exploitants.",
            "Cherche qqn qui contrôle les pales sans arrêter les machines des jours.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Gaëtan Le Roux",
            "Chef de maintenance éolien, 10 ans, je connais les exploitants.",
            "Cherche un associé pour vendre des pièces détachées d'occasion.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Marta Kowal",
            "Insurance surveyor for renewable assets.",
            "Looking for a drone inspection partner with damage-detection models.",
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Alejandro Ibarra",
            "Jefe de mantenimiento de parques eólicos, red de operadores.",
            "Busco inspección de palas con drones.",
            tz=1,
            langs=["es"],
        ),
    ),
    # 37 ------------------------------------------------------------------ trap: consent
    pair(
        37,
        "en",
        "funeral",
        "A is a funeral director who wants families to be able to plan online with care; "
        "B writes and designs for bereavement charities and wants an industry insider.",
        a=person(
            "Graham Ellwood",
            """Third-generation funeral director; we run three homes in Kent. I've arranged
            over 4,000 funerals and I sit on the national association's standards
            committee, so I know the regulation that's coming and most of the independent
            firms in the south-east. Families now shop around online and what they find is
            either cold price-comparison sites or nothing at all. I'm not a web person,
            my nephew set up our site years ago, and it shows. I want to offer something
            the independents can share, and I have the people and the trust to do it.""",
            """A partner who knows how to talk to grieving people on a screen: who can
            write gently, design pages that don't feel like a shop, and test them with
            real families.""",
            """Dignity first; prices clear and fair.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Ruth Amberley",
            "UX writer/designer. 6 yrs on bereavement and hospice charity websites.",
            """Looking for someone from a family undertaking business, with the ear of other
            independents.""",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Jasper Cole",
            "Content designer, websites for hospices and grief support charities.",
            "Want a tech co-founder to build an AI grief chatbot, fast VC route.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Lorraine Webb",
            "Celebrant, I lead non-religious ceremonies.",
            "Need a funeral director with homes to offer joint packages.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Hugh Marlow",
            "UX writer for bereavement charities.",
            "Seeking a funeral director with a network.",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 38 --------------------------------------------------------------- trap: visibility
    pair(
        38,
        "mixed",
        "cosmetics",
        "A is a cosmetic chemist with stable formulas and no brand; B is a beauty marketer "
        "who wants formulas she can stand behind.",
        a=person(
            "Samira Ouali",
            """Chimiste formulatrice, 10 ans chez un sous-traitant cosmétique. I've
            developed solid shampoos and balms without preservatives that pass stability
            tests; je gère aussi les dossiers réglementaires européens.""",
            """Je cherche une personne qui sait créer une marque et la faire aimer: the
            community, Instagram, the shops, le positionnement.""",
            ro=["tech", "domain"],
            rs=["marketing"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Pauline Arnoux",
            """Marketing beauté depuis 9 ans, j'ai lancé deux marques indé jusqu'à 200
            points de vente et 80 000 abonnés.""",
            """Je cherche quelqu'un qui sait, au labo, concevoir des produits propres et
            conformes, pour ne plus dépendre des catalogues des labos.""",
            ro=["marketing"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Charlotte Vidal",
            """Marketing et lancement de marques de beauté, réseaux sociaux et
            distribution.""",
            """Cherche un associé pour importer des cosmétiques coréens à bas prix.""",
            ro=["marketing"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin2=person(
            "Kenza Loutfi",
            """Beauty brand marketer, influencer campaigns, retail launches.""",
            """Looking for a dermatologist to endorse a skincare range.""",
            ro=["marketing"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Étienne Royer",
            """Producteur de plantes aromatiques bio.""",
            """Cherche une formulatrice pour transformer mes plantes en cosmétiques.""",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Lou Ferrand",
            """Marketeuse beauté, lancement de marques.""",
            """Cherche formulatrice cosmétique.""",
            ro=["marketing"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 39 --------------------------------------------------------------- trap: commitment
    pair(
        39,
        "cross",
        "circular-construction",
        "A audits buildings before demolition and finds reusable materials; B ran a "
        "reclaimed-materials yard and wants a steady supply.",
        a=person(
            "Adèle Fouquet",
            """Architecte spécialisée dans le réemploi. Depuis six ans je réalise des
            diagnostics avant démolition : j'inventorie les portes, les radiateurs, les
            parquets, les faux plafonds qu'on pourrait sauver. J'ai un réseau de
            maîtres d'ouvrage et de démolisseurs qui m'appellent, et je connais les
            règles d'assurance pour remettre ces matériaux en œuvre.""",
            """Le problème, c'est qu'après mon inventaire, tout part à la benne, faute
            de quelqu'un pour démonter proprement, stocker, trier et revendre. Je
            cherche une personne qui sait faire tourner un dépôt, une équipe et des
            camions, et trouver des acheteurs.""",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Dominic Feeney",
            """I ran a reclaimed building materials yard in Bristol for eight years: crews
            for careful strip-out, a 3,000 m² depot, two lorries, grading and resale to
            builders and self-builders. I sold the business last year.""",
            """I want to start again with someone who can tell me what's inside buildings
            before they come down and bring the demolition contracts, so that I'm not
            chasing scraps.""",
            ro=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Tanya Ruskin",
            """I ran a salvage yard and strip-out crew for six years: careful dismantling, a
            depot near Bath, resale of reclaimed timber, doors and fittings to builders and
            restorers.""",
            """Looking for an e-commerce partner to sell antique fireplaces and garden statues
            to wealthy US buyers online.""",
            ro=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Kevin Morlet",
            """Démolisseur, entreprise de 25 salariés en Île-de-France, 60 chantiers par an ;
            mes donneurs d'ordre me demandent de plus en plus de réemploi.""",
            """Cherche une architecte qui fait les diagnostics avant démolition et sait quels
            matériaux on peut remettre en œuvre, pour monter une offre ensemble.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ian Buckley",
            """Reclaimed materials yard, strip-out crews, resale.""",
            """Want an architect who audits buildings before demolition.""",
            ro=["operations"],
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 40 ----------------------------------------------------------------- trap: timezone
    pair(
        40,
        "en",
        "coffee",
        "A buys green coffee directly from farms; B roasts and wants direct sourcing.",
        a=person(
            "Elena Sorrell",
            "Green coffee buyer; direct relationships with 30 farms in Huila.",
            "Want someone with their own roasting kit + coffee shops already buying.",
            tz=0,
            langs=["en", "es"],
        ),
        b=person(
            "Tom Aldridge",
            "Roaster, 15 kg roaster, 40 cafés buy wholesale. Q grader.",
            "Looking for someone who buys straight from farmers.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Ben Okoro",
            "Head roaster, own roastery, 25 wholesale cafés.",
            "Need a franchising partner to open 50 kiosks.",
            tz=1,
            langs=["en"],
        ),
        one=person(
            "Milo Grant",
            "I run a coffee subscription site.",
            "Need a green buyer with farm relationships.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Dana Whitfield",
            "Roaster, wholesale to cafés.",
            "Looking for a direct-trade green buyer.",
            tz=-8,
            langs=["en"],
            loc="Seattle",
        ),
    ),
    # 41 ----------------------------------------------------------------- trap: language
    pair(
        41,
        "cross",
        "bakery",
        "A mills heritage grain flour and needs bakers; B teaches and runs a bakery and "
        "wants a miller.",
        a=person(
            "Gilles Arnaudet",
            "Paysan-meunier, blés anciens, moulin à meule de pierre, 40 t/an.",
            "Il me faut des boulangers qui savent travailler ces farines.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Sarah Blackwood",
            "Baker, run a sourdough school + bakery. Trained 600 bakers.",
            "Want a farmer-miller w/ stone-ground flour. I speak French.",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Noémie Carles",
            "Boulangère, fournil et école de pain au levain.",
            "Cherche un associé pour ouvrir 10 boulangeries en franchise.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Paul Hendry",
            "Craft brewer.",
            "Looking for a farmer growing heritage grains for beer.",
            tz=0,
            langs=["en", "fr"],
        ),
        trap=person(
            "Alice Penrose",
            "Baker, sourdough school and bakery.",
            "Looking for a stone-ground flour miller.",
            tz=0,
            langs=["en"],
        ),
    ),
    # 42 ------------------------------------------------------------------ trap: consent
    pair(
        42,
        "fr",
        "performing-arts",
        "A dirige une compagnie de théâtre qui n'arrive pas à tourner ; B est chargée de "
        "diffusion et veut une compagnie à faire tourner.",
        a=person(
            "Ludovic Sarrail",
            """Metteur en scène, compagnie de théâtre de 8 artistes, trois créations
            saluées par la presse régionale, mais on joue dix fois par an. Je sais écrire,
            diriger, monter une création et trouver des résidences.""",
            """Je cherche une personne qui place des spectacles : qui connaît les
            gens qui choisissent les spectacles des scènes nationales et des festivals, qui
            décroche des dates et
            négocie les cessions.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Ambre Villeneuve",
            "Chargée de diffusion, 9 ans, carnet de programmateurs.",
            "Cherche une troupe avec des pièces solides à vendre.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Estelle Marceau",
            "Chargée de diffusion spectacle vivant, réseau de programmateurs.",
            "Cherche un producteur pour des spectacles d'humour en Zénith.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Nils Barthe",
            "Régisseur lumière, je tourne avec plusieurs compagnies.",
            "Cherche un metteur en scène avec une compagnie pour créer ensemble.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Capucine Roche",
            "Diffusion de spectacles, réseau de scènes.",
            "Cherche compagnie à faire tourner.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 43 --------------------------------------------------------------- trap: visibility
    pair(
        43,
        "cross",
        "textile-recycling",
        "A developed a fibre-to-fibre recycling process and needs sorted feedstock; B runs "
        "a textile sorting centre and wants an outlet for the unsaleable part.",
        a=person(
            "Dr. Hannah Lindgren",
            """Textile chemist. Over five years at a university spin-out I developed a
            process that dissolves worn cotton-polyester blends and separates them into
            fibres good enough to spin again; we ran a 200 kg pilot last spring. I know
            the chemistry, the scale-up risks, and the brands who would buy recycled
            fibre.""",
            """What I don't have is material: a reliable flow of used clothes already
            sorted by composition, and someone who knows how collection and sorting work
            and the people who run them.""",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr", "sv"],
        ),
        b=person(
            "Karim Bensaïd",
            "Directeur d'un centre de tri textile, 60 salariés, 8 000 t/an.",
            "Cherche un procédé pour recycler ce qui n'est pas revendable.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Mélanie Caron",
            "Directrice de centre de tri textile, 5 000 t/an, collecte régionale.",
            "Cherche un associé pour exporter les balles en Afrique.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Tom Vervoort",
            "I run a textile sorting plant, 6,000 t a year.",
            "Looking for a fashion brand to launch an upcycled line.",
            ro=["operations"],
            rs=["design"],
            tz=1,
            langs=["en", "nl", "fr"],
        ),
        one=person(
            "Jessie Armand",
            "Spinning mill owner looking for recycled fibre.",
            "Need a chemist with a fibre-to-fibre process.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Patrice Lenoir",
            "Centre de tri textile, 7 000 t/an.",
            "Cherche un procédé de recyclage fibre à fibre.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 44 --------------------------------------------------------------- trap: commitment
    pair(
        44,
        "en",
        "vocational-training",
        "A is a master welder who wants to open a welding school; B ran vocational colleges "
        "and wants a trade master to build a school around.",
        a=person(
            "Terry Mulgrew",
            """Welder for 25 years, coded pipe welder, offshore and shipyards, and for the
            last eight I've trained every apprentice in our yard. Lads I trained work all
            over the North Sea. There's a shortage of welders everywhere and the colleges
            teach on kit from the 90s. I can teach, I can set up booths, I know every
            fabrication firm on Tyneside and they'd hire my students tomorrow.""",
            """What I can't do is the paperwork side of a school: getting money out of
            government schemes, getting courses approved, Ofsted, timetables, finding a
            building, hiring other
            instructors and keeping the books straight. I need someone who has run a
            training centre and knows that world.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Angela Frith",
            """Former principal of a further-education college, then director of an
            apprenticeship provider; I handled levy funding, accreditation, inspections
            and premises for 1,200 learners.""",
            """I want to co-found a specialist school with a real master of a trade, whose
            name employers trust.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Keith Ormerod",
            """Ex-director of an apprenticeship training provider; funding, accreditation,
            inspections.""",
            """Looking for an ed-tech founder to sell online courses to colleges.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Lisa Gowland",
            """Fabrication firm owner on Teesside, 80 staff, and we can't find welders.""",
            """Need an expert coded welder who can train our apprentices in-house.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Paula Reddin",
            """Ran a vocational training centre: funding, accreditation, premises.""",
            """Looking for a master tradesperson to build a school.""",
            ro=["operations"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 45 ----------------------------------------------------------------- trap: timezone
    pair(
        45,
        "cross",
        "pastry",
        "A is a pastry chef who wants sugar-free pastries that taste right; B is a food "
        "scientist who works on sugar replacement and wants a chef.",
        a=person(
            "Fabrice Oudin",
            "Chef pâtissier, 20 ans, MOF finaliste, 2 boutiques à Lyon.",
            "Mes clients diabétiques n'ont rien. Il me faut la science pour enlever le sucre.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Grace Mallory",
            "Food scientist: sweeteners, fibres, texture. PhD, 8 yrs in R&D.",
            "Looking for a top pastry chef to create the recipes.",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Priya Nandakumar",
            "Food scientist, sugar reduction and texture, R&D.",
            "Seeking a beverage brand founder for low-sugar sodas.",
            ro=["tech"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
        ),
        twin2=person(
            "Yusuf Demir",
            """Food scientist, nine years in ingredient R&D: sugar replacers, soluble fibres and
            texture in baked goods; I've reformulated biscuits and cakes for two big brands.""",
            """Looking for a regulatory consultant to get a novel sweetener approved in the EU
            and license it to manufacturers.""",
            ro=["tech"],
            rs=["legal"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Léonie Garat",
            "Diététicienne, je suis 200 patients diabétiques.",
            "Cherche un chef pâtissier pour des ateliers et des recettes.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Emily Carver",
            "Food scientist, sugar replacement.",
            "Seeking a pastry chef.",
            ro=["tech"],
            rs=["domain"],
            tz=-8,
            langs=["en", "fr"],
            loc="San Francisco",
        ),
    ),
    # 46 ----------------------------------------------------------------- trap: language
    pair(
        46,
        "fr",
        "river-freight",
        "A possède des péniches et sait le transport fluvial ; B vend des matériaux de "
        "construction et veut une solution de transport moins chère.",
        a=person(
            "Jean-Marc Duvivier",
            "Batelier, 3 péniches sur la Seine, 25 ans de métier.",
            "Cherche qqn qui me trouve des clients à charger.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Isabelle Ferté",
            "Commerciale négoce matériaux BTP, réseau de chantiers en IDF.",
            "Veux un marinier pour livrer sable et gravats par l'eau.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Arnaud Pichon",
            "Commercial négoce de matériaux, clients chantiers en région.",
            "Cherche un dev pour une marketplace de matériaux en ligne.",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Cyrille Gauthier",
            "Port fluvial, j'ai des quais libres.",
            "Cherche un batelier avec des bateaux pour lancer un service.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rachel Dunmore",
            "Building materials sales, network of sites.",
            "Looking for a barge operator.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["en"],
        ),
    ),
    # 47 ------------------------------------------------------------------ trap: consent
    pair(
        47,
        "cross",
        "refugee-employment",
        "A places refugees in jobs with UK employers in France; B teaches French to adult "
        "newcomers and wants employers to place learners.",
        a=person(
            "Alison Tremaine",
            """I'm a recruiter by trade, fifteen years, and for the last four I've run a
            small programme placing refugees with employers. I moved to Lille for family
            reasons and the same need is here: logistics firms, hotels and care homes
            desperate for staff, newcomers desperate for work. I have a list of 70
            employers who've said yes in principle, and I know how to match people to
            jobs and keep them there. The blocker, every time, is language: employers
            want people who can follow safety instructions and talk to colleagues.""",
            """I'm looking for someone who can get adults from zero to working French
            quickly, with courses built around real jobs, and who knows the funding for
            that kind of training.""",
            """People first; no one is a statistic.""",
            tz=1,
            langs=["en", "fr"],
        ),
        b=person(
            "Farida Touati",
            """Formatrice en français langue étrangère depuis 12 ans, j'ai créé un centre
            de formation pour adultes à Roubaix, avec des modules à visée professionnelle
            (logistique, hôtellerie, aide à la personne) et je connais les financements.""",
            """Je cherche quelqu'un qui a des employeurs prêts à embaucher nos apprenants et
            qui sait accompagner les recrutements.""",
            tz=1,
            langs=["fr", "en", "ar"],
        ),
        twin=person(
            "Hervé Plantier",
            """Formateur en français langue étrangère depuis dix ans, cours pour adultes
            primo-arrivants à Lille, modules oraux pour la vie quotidienne et le travail ; je
            connais les financements de la formation.""",
            """Je cherche un développeur pour une appli d'apprentissage du français sur
            téléphone, vendue aux particuliers.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Karen Ogilvie",
            """HR director at a hotel group with 12 properties in northern France; we have 150
            open positions every season.""",
            """Looking for an experienced recruiter who can source, screen and place staff,
            ideally someone who has worked with refugees and newcomers.""",
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Nadia Cherif",
            """Formatrice FLE pour adultes, modules métiers.""",
            """Cherche partenaire avec un réseau d'employeurs.""",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 48 --------------------------------------------------------------- trap: visibility
    pair(
        48,
        "mixed",
        "museums",
        "A designs exhibitions and wants to produce touring shows; B raises money for "
        "cultural projects and wants a creative lead.",
        a=person(
            "Apolline Marchand",
            """Scénographe d'expositions, 11 ans, musées et centres de sciences. I've
            designed 20 exhibitions, some touring across Europe. Je sais concevoir,
            produire, et monter une expo clé en main.""",
            """Il me manque l'argent: someone who writes grant applications, finds
            companies willing to back culture and the charitable trusts.""",
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Geneviève Aubry",
            "Chargée de mécénat culturel, 10 ans, fondations et sponsors.",
            "Cherche quelqu'un qui conçoit et monte des expos, pour créer les nôtres.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Mathilde Rigaud",
            "Fundraising culturel, fondations, mécènes d'entreprise.",
            "Cherche un partenaire pour un festival de musique électro.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Colin Ashby",
            "Science centre director.",
            "Looking for an exhibition designer to create a touring show.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Inès Garnier",
            "Mécénat et subventions culturelles.",
            "Cherche scénographe d'expositions.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
]
