"""Pairs 91-100 of complementary_v6."""

from people import pair, person

PAIRS = [
    # 91 ---------------------------------------------------------------- trap: language
    pair(
        91,
        "cross",
        "student-move-out-reuse",
        "A manages student halls where tonnes of belongings are thrown out each June; B runs a "
        "scheme that collects, stores and resells them to the next intake.",
        a=person(
            "Hermine Vachon-Baillet",
            """Je gère trois résidences étudiantes à Grenoble, mille deux cents chambres,
            avec une équipe de huit agents et un budget d'entretien serré. Beaucoup
            d'étudiants étrangers qui restent un an et repartent. J'ai moi-même vécu en
            cité U à Lille, dans une chambre où le chauffage marchait un jour sur deux.""",
            """Chaque fin juin, les étudiants partent en laissant des montagnes de matelas,
            de vaisselle, de lampes, de vélos et de bouilloires dans les couloirs. Nos agents
            passent trois semaines à tout jeter, la benne nous coûte une fortune, et à la
            rentrée les nouveaux arrivent sans rien et achètent tout neuf.""",
            """Un étudiant ne devrait pas s'endetter pour une casserole.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Lowenna Pascoe",
            """I started a move-out reuse scheme at Exeter: volunteers collect what
            students leave in June, we clean it, store it all summer in a borrowed
            warehouse and sell it back cheaply to new students in September. Last year we
            saved sixty tonnes and made enough to pay two staff. I did an Erasmus year in
            Grenoble and speak French.""",
            """I want to start a second scheme abroad, with a housing manager who gives us
            access on move-out days and a room to store things over the summer.""",
            """Everything has a second student.""",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Tamara Ellacott",
            """I run a charity shop chain in Devon that sells donated furniture and
            electricals, seven shops, with a van and a repair workshop. I speak French.""",
            """I need a retail manager and a marketing person to open an online shop,
            because foot traffic in our towns is falling.""",
            """Reuse beats recycling.""",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Firmin Ravachol",
            """Je dirige une association qui meuble les appartements de familles réfugiées
            à Grenoble; nous avons une camionnette et des bénévoles.""",
            """Je cherche un gestionnaire de logements qui nous donne des meubles en bon état
            dont il veut se débarrasser.""",
            """Un foyer pour chacun.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Kerensa Trewin",
            """I run a student move-out reuse scheme: collected in June, cleaned, stored,
            resold cheaply in September; sixty tonnes saved last year.""",
            """A housing manager abroad who gives us access on move-out days and a room for
            summer storage.""",
            """Everything has a second student.""",
            tz=0,
            langs=["en"],
        ),
    ),
    # 92 ---------------------------------------------------------------- trap: consent
    pair(
        92,
        "fr",
        "local-cut-flowers",
        "A is a florist who imports all her winter flowers from the Netherlands; B grows cut "
        "flowers under cold glass in winter and wants shops.",
        a=person(
            "Clémentine Aubertot",
            "Fleuriste à Tours. L'hiver tout vient de Hollande, en camion.",
            "Une productrice du coin qui me fasse des fleurs de saison même en janvier.",
            "Des fleurs qui ont une saison.",
            ro=["sales"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Hortense Bellaguet",
            "Horticultrice, serre froide en Touraine : anémones, renoncules, tulipes en hiver.",
            "Des boutiques qui me prennent une botte de chaque chaque semaine.",
            "Cultiver sans chauffer.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Sidonie Garnerin",
            "Horticultrice, pivoines et dahlias en plein champ, l'été.",
            "Un grossiste qui prenne toute ma récolte de juin.",
            "L'été en bottes.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Alphonse Riveron",
            "Organisateur de mariages en Touraine.",
            "Une fleuriste qui décore mes mariages tout l'été.",
            "La fête parfaite.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Marthe Brissonneau",
            "Horticultrice en serre froide : anémones, renoncules, tulipes en hiver.",
            "Des boutiques qui me prennent des bottes chaque semaine.",
            "Sans chauffer.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 93 ---------------------------------------------------------------- trap: visibility
    pair(
        93,
        "cross",
        "english-sparkling-wine",
        "A owns a young Sussex vineyard with no one to make bottle-fermented sparkling wine; B "
        "is a Champagne cellar master who wants to make wine abroad.",
        a=person(
            "Alistair Montgomery-Pym",
            "Vineyard in Sussex, 30 acres planted 2019. First real crop this autumn.",
            "A winemaker who knows the second fermentation in bottle, inside out.",
            "Patience in a bottle.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Héloïse Champenois",
            """Cheffe de cave pendant quinze ans dans une maison d'Épernay : assemblages,
            tirage, remuage, dégorgement, dosage. J'ai fait deux vendanges en Angleterre, je
            crois à ces craies du Sussex. Je parle anglais couramment.""",
            """Je veux un vignoble jeune, de l'autre côté de la Manche, dont le propriétaire
            gère les vignes et le domaine et me laisse construire la cave et le style.""",
            """Le temps sur lattes ne se négocie pas.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Bérénice Aÿ-Lambert",
            """Œnologue-conseil en Champagne, je suis quinze domaines pour leurs analyses et
            leurs assemblages. Je parle anglais.""",
            """Je cherche un développeur pour un logiciel de suivi des vinifications, et un
            commercial.""",
            """Des vins précis.""",
            ro=["domain"],
            rs=["tech", "sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Jonty Ravensbourne",
            """I'm a wine merchant with two shops in Islington and Richmond and a mail-order list of four thousand customers; English sparkling is our fastest-growing shelf, and I write a monthly newsletter people actually read.""",
            """I'd like a young vineyard that gives me an exclusive cuvée under our label, a few thousand bottles a year, and invites our customers to a harvest day.""",
            """Drink local, drink well.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Solène Verzenay",
            """Cheffe de cave en Champagne depuis douze ans : assemblage, tirage, remuage,
            dégorgement, dosage. Je parle anglais.""",
            """Un vignoble jeune en Angleterre dont le propriétaire gère les vignes et me
            laisse construire la cave.""",
            """Le temps sur lattes.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 94 ---------------------------------------------------------------- trap: commitment
    pair(
        94,
        "en",
        "send-school-transport",
        "A runs a council's transport for disabled pupils whose drivers quit and children "
        "arrive distressed; B trains drivers and passenger assistants for such routes.",
        a=person(
            "Beverley Trounson",
            """I manage home-to-school transport for a county council in the South West:
            three hundred children with special needs, sixty minibus routes, contractors and
            our own fleet. I came from the ambulance service twenty years ago. My spare time
            goes on restoring a narrow-gauge railway carriage with a group of
            enthusiasts.""",
            """Staff at the wheel leave after a month, the kids have meltdowns on board because
            every week there's a stranger, and the heads ring me at nine to say a pupil
            arrived too distressed to learn. Parents have started complaining to their
            MP.""",
            """The journey is part of the school day.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Dr Catriona Fellowes",
            """Former special-school teacher and behaviour specialist; I've designed
            training for drivers and passenger assistants on autism, epilepsy, restraint-free
            calming and communication boards, and I match the same crew to the same children
            term after term. Two councils use it and their turnover halved.""",
            """I need someone who runs the buses themselves, who decides who drives which
            run and for how long, and has the patience to pilot this for a year.""",
            """Same faces, calm children.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Saskia Blenkiron",
            """Autism specialist and trainer; I train teachers and teaching assistants in
            mainstream schools on sensory needs and classroom adjustments.""",
            """I need a publisher for my training handbook and an online-course platform
            partner.""",
            """Understand first.""",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Gordon Truscott",
            """I own a minibus company in Devon with twenty-two vehicles, all wheelchair-accessible, and drivers with enhanced checks; we do day centres and hospital runs.""",
            """I'm looking for a council transport manager who'll give us school routes on a three-year contract.""",
            """On time, every time.""",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Dr Imelda Roskilly",
            """Former special-school teacher; I train drivers and passenger assistants on
            autism, epilepsy and calming, and match the same crew to the same children.""",
            """A transport manager with real routes and authority over rotas, for a
            year-long pilot.""",
            """Same faces.""",
            ro=["domain"],
            rs=["operations"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 95 ---------------------------------------------------------------- trap: timezone
    pair(
        95,
        "cross",
        "english-speaking-pharmacist",
        "A owns a pharmacy in Cannes with many English-speaking customers; B is a British "
        "pharmacist registered in France looking for a post.",
        a=person(
            "Gilberte Castellane-Roux",
            "Pharmacie à Cannes, moitié de clients anglophones, yachts et retraités.",
            "Un diplômé au comptoir qui parle leur langue et connaît leurs traitements.",
            "Conseiller, pas vendre.",
            ro=["operations"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Rupert Elmhirst",
            "Pharmacist, 12 yrs in London, now registered with the French Ordre.",
            "A post on the Riviera where my English helps customers. I speak French.",
            "Clear advice.",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Felicity Drabble",
            "Pharmacist, I want to open my own shop in Nice. I speak French.",
            "A bank loan and a business partner.",
            "Independence.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Ghislaine Mourre",
            "Infirmière à domicile, Cannes.",
            "Une pharmacie qui me livre les traitements de mes patients.",
            "Soigner chez soi.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Harrison Pell",
            "Pharmacist in Los Angeles, registered in France too. I speak French.",
            "A post on the Riviera where my English helps customers.",
            "Clear advice.",
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
    # 96 ---------------------------------------------------------------- trap: language
    pair(
        96,
        "mixed",
        "tempeh-making",
        "A runs a vegan restaurant that imports its tempeh frozen; B ferments tempeh from "
        "local beans and wants restaurant customers.",
        a=person(
            "Ludivine Okafor-Marsh",
            "Resto vegan à Montpellier, 80 couverts. Our tempeh comes frozen from Holland.",
            "Quelqu'un qui fait ce gâteau de soja fermenté, fresh, avec des légumineuses d'ici.",
            "Local, végétal, bon.",
            ro=["product"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Wayan Delacroix-Smith",
            """Je fabrique du tempeh depuis six ans, from my grandmother's Javanese method,
            avec des pois chiches, des lentilles et des fèves cultivés dans le Gers. Small
            incubation room, cold chain, deux cents kilos par semaine. I can also make
            marinated and smoked versions for chefs.""",
            """I'm looking for restaurants qui s'engagent sur des volumes réguliers, so I can
            plan the fermentation and stop guessing each Monday how much to make.""",
            """Fermenter, c'est cuisiner avec le temps.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Ketut Moreau-Hale",
            """Je fais du tofu frais, du lait de soja et des yubas in a small workshop near Nîmes, vendus sur les marchés and to two Asian grocers, about a hundred kilos a week.""",
            """I need a distributor for organic shops across the South, et un investisseur for a bigger press and a cold room.""",
            """Soja local, fait chaque matin.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Anouk Vasseur-Bright",
            """Food photographer, je shoote des menus, des livres de cuisine végétale et des campagnes pour des marques bio, with my own lights and props.""",
            """A vegan restaurant qui me laisse photographier ses plats pour mon prochain livre, one morning a week before service.""",
            """Make it look as good as it tastes.""",
            ro=["marketing"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Bagus Santoso",
            """Saya membuat tempe segar dari kacang lokal, dua ratus kilo per minggu, juga
            versi marinasi dan asap untuk koki.""",
            """Saya mencari restoran yang memesan dalam jumlah tetap setiap minggu.""",
            """Fermentasi adalah memasak dengan waktu.""",
            tz=1,
            langs=["id"],
        ),
    ),
    # 97 ---------------------------------------------------------------- trap: consent
    pair(
        97,
        "cross",
        "jazz-record-collection",
        "A inherited four thousand jazz records and doesn't know what they are worth; B is a "
        "Paris record dealer who values and sells collections.",
        a=person(
            "Philippa Hennessey",
            """My father died in March and left four thousand jazz records in the spare
            room of his flat in Brighton, mostly American pressings from the fifties and
            sixties, and a lot of French ones he bought when he played trumpet in Paris
            clubs. I'm a paediatric nurse; I know nothing about any of it. My brother wants
            to skip the lot.""",
            """I need someone who can look through them honestly, tell me which are
            valuable and which are ordinary, sell the good ones properly, and find a home
            for the rest, without cheating me. Dad would haunt me otherwise.""",
            """Do right by Dad.""",
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Octave Lamoricière",
            """Disquaire à Paris depuis vingt-cinq ans, spécialisé en jazz : je connais les
            pressages Blue Note, Prestige et Vogue par cœur, je note l'état de chaque disque
            et je vends aux collectionneurs du Japon et des États-Unis. J'estime des
            successions pour des notaires. Je parle anglais.""",
            """Je cherche des collections entières, même en Angleterre, dont les héritiers
            veulent une estimation honnête et une vente en douceur, pas un lot bradé.""",
            """Chaque disque a eu un propriétaire qui l'aimait.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Marius Tessandier",
            """Disquaire, je vends des vinyles neufs et des rééditions dans ma boutique de
            Lyon. Je parle anglais.""",
            """Je cherche un distributeur de labels indépendants et un associé pour ouvrir
            un bar-disquaire.""",
            """La musique s'écoute ensemble.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Bertrand Aldington",
            """Jazz radio presenter in Brighton: a weekly two-hour show of vintage jazz on community radio and a podcast with a few thousand listeners. I play only vinyl on air.""",
            """I'm after a collector's family who'll lend me rare records to play on air and let me tell the story of the man who bought them.""",
            """Let the old records breathe again.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Aristide Beaumarchais",
            """Disquaire à Paris, jazz : pressages Blue Note et Vogue, état noté disque par
            disque, ventes aux collectionneurs; estimations de successions. Je parle
            anglais.""",
            """Des collections entières dont les héritiers veulent une estimation honnête.""",
            """Chaque disque a été aimé.""",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 98 ---------------------------------------------------------------- trap: visibility
    pair(
        98,
        "fr",
        "wild-boar-fencing",
        "A is a market gardener whose crops are ravaged by wild boar each night; B installs "
        "solar electric fencing against boar.",
        a=person(
            "Roselyne Faucheux",
            """Maraîchère en bio dans les Cévennes, deux hectares en terrasses, quarante
            paniers par semaine pour une AMAP d'Alès. Je travaille seule avec un stagiaire
            l'été. J'élève aussi trois chèvres naines qui ne servent à rien mais que
            j'adore.""",
            """Depuis deux ans les sangliers descendent la nuit et retournent tout : pommes
            de terre, maïs, courges. J'ai perdu un tiers de la récolte l'an dernier, les
            chasseurs haussent les épaules et l'assurance ne couvre pas.""",
            """Vivre avec la forêt, pas contre elle.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Anthelme Cabrit",
            "Je pose des clôtures électriques solaires contre le gros gibier.",
            "Des fermes en bordure de bois, même petites.",
            "Protéger sans tuer.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Séverin Lapeyre",
            "Je pose des clôtures pour chevaux, bois et ruban.",
            "Un fournisseur de piquets en gros.",
            "Du solide.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Eloi Castanier",
            "Restaurateur à Alès, je cuisine des légumes bio.",
            "Une maraîchère qui me livre chaque semaine.",
            "Le goût du sol.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Albéric Soustelle",
            "Je pose des clôtures électriques solaires anti-sangliers.",
            "Des fermes en bordure de bois.",
            "Protéger sans tuer.",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 99 ---------------------------------------------------------------- trap: commitment
    pair(
        99,
        "cross",
        "farmhouse-cheddar-import",
        "A is a Paris cheesemonger whose customers ask for real English cheddar; B makes "
        "cloth-bound cheddar on a Somerset farm and wants a French shop.",
        a=person(
            "Aristide Montgolfier",
            "Fromager à Paris 11e. Les clients anglais réclament du vrai cheddar.",
            "Un fermier anglais qui m'envoie ses meules en direct, 40 kg/mois.",
            "Les fromages ont un terroir.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Jethro Whitcombe",
            "Farmhouse cheddar, Somerset, cloth-bound, 18 months. I speak French.",
            "A shop in Paris to sell my wheels and tell their story.",
            "Raw milk, slow cheese.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Oakley Winstanley",
            "Blue cheese maker, Leicestershire. I speak French.",
            "An export agent for the US.",
            "Blue and bold.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Josette Bonnefoy",
            "Caviste à Paris, soirées vin-fromage.",
            "Un fromager qui anime mes soirées.",
            "Partager.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ezra Pennington",
            "Farmhouse cheddar, Somerset, cloth-bound, 18 months. I speak French.",
            "A Paris shop to sell my wheels.",
            "Slow cheese.",
            ro=["domain"],
            rs=["sales"],
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 100 --------------------------------------------------------------- trap: timezone
    pair(
        100,
        "en",
        "espalier-fruit-training",
        "A is head gardener of a walled garden whose old trained fruit trees are going wild; B "
        "is a pruner who specialises in espalier and cordon fruit.",
        a=person(
            "Tobias Lindley",
            """I'm head gardener at a National Trust walled garden in Northumberland: two
            acres inside brick walls, glasshouses, a vinery, and a hundred and forty fruit
            trees trained flat against the walls in the 1880s, pears, apples, plums and a
            fig that thinks it's in Italy. I have two gardeners and a team of volunteers,
            and I play the Northumbrian pipes at the garden's open days.""",
            """Half the trained trees have been left to grow shapeless since the nineties.
            I need someone with the patience and the eye to bring them back into their
            fans and tiers over several winters, and to teach my team to keep them.""",
            """Gardens are slow; so am I.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Esther Quarmby",
            "Fruit-tree pruner: espaliers, cordons, fans. Restores neglected old trees.",
            "A big old kitchen garden to work in every winter, and people to train.",
            "Cut less, cut right.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Rowan Abernethy",
            "Orchard pruner, commercial apple orchards, crews of four.",
            "A machinery dealer for a platform tractor.",
            "Speed and yield.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Imogen Tavistock",
            "Garden historian, writing about Victorian kitchen gardens.",
            "A walled garden whose archives and trees I can study.",
            "Read the walls.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Marguerite Delancey",
            "Fruit-tree pruner in Tasmania: espaliers, cordons, fans, old trees restored.",
            "A walled garden to work in every winter, and people to train.",
            "Cut right.",
            tz=10,
            langs=["en"],
        ),
    ),
]
