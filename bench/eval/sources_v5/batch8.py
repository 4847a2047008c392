"""Pairs 106-120 of complementary_v5."""

from people import pair, person

PAIRS = [
    # 106 --------------------------------------------------------------- trap: language
    pair(
        106,
        "cross",
        "puy-lentils",
        "A grows green lentils on the Velay plateau and sells to a cooperative; B's plant-"
        "protein start-up in London wants a traceable pulse from one farm.",
        a=person(
            "Rémi Chambonnet",
            """Je cultive des lentilles vertes sur le plateau du Velay, à mille mètres
            d'altitude, sur des terres volcaniques : soixante hectares, en rotation avec le
            blé et la prairie, sans irrigation. Mon père faisait pareil. J'ai un trieur
            optique et un silo à la ferme, et je viens de passer en bio. L'hiver, je
            déneige les routes de la commune avec mon tracteur.""",
            """Tout part à la coopérative, mélangé avec les lentilles des voisins. Je ne
            sais pas qui les mange, et le prix ne bouge pas malgré le bio. J'aimerais un
            acheteur qui prenne mes lentilles sous mon nom, sur plusieurs années, et qui
            vienne voir les champs.""",
            """La terre d'ici donne peu, mais elle donne bien.""",
            tz=1,
            langs=["fr"],
            loc="Le Puy-en-Velay",
        ),
        b=person(
            "Priyanka Hollis-Mehta",
            """I co-founded a plant-protein food brand in London: ready meals and pouches
            built around pulses, sold in 900 supermarkets and to two hospital caterers.
            We're certified B Corp and our customers read labels obsessively. I studied
            food science and spent a year at a research institute in Montpellier, so I
            speak French fairly well.""",
            """Our pulses come from a trader who mixes origins. For our new range I want
            one farm, one field, a grower I can film and name, and a contract for several
            harvests so we can plan the recipes around his crop.""",
            """Food people can trust, from people we know.""",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Felix Armitage",
            """I run a plant-based burger brand in Manchester, listed in three
            supermarket chains, growing forty per cent a year. Our burgers are in
            1,500 stores and our marketing is strong.""",
            """I need a co-packer with a factory and capacity to triple our output by
            spring, because our current one has no space. Ideally a co-packer with
            organic certification in the UK.""",
            """Plants, at scale.""",
            tz=0,
            langs=["en", "fr"],
        ),
        twin2=person(
            "Georgina Wetherall",
            """I run a pulse-based snack brand in Bristol: roasted chickpeas and lentil
            crisps, sold in cafés and on trains. Our crisps sell well on trains and
            in cafés across the south-west.""",
            """A food technologist who can reformulate our crisps with less salt before
            the new rules bite. Ideally someone who knows the UK salt targets well.""",
            """Healthy snacking, honestly.""",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Aurélie Bonnefoux",
            """Je suis cheffe d'une cantine scolaire à Yssingeaux et je veux des
            produits du plateau. Je fais trois cents repas par jour et je veux des
            légumineuses locales chaque semaine. Nos menus sont bio à soixante pour
            cent et les parents en redemandent.""",
            """Un agriculteur qui me livre des lentilles bio de la ferme pour mes menus.
            Idéalement en sacs de vingt-cinq kilos. Un producteur du plateau, pas un
            grossiste.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tobias Fenwick",
            """I co-founded a pulse-based ready-meal brand in London, sold in
            supermarkets; our customers read every label. We're a certified B Corp
            and sell to hospital caterers too.""",
            """One farm, one field, a grower I can name, on a contract for several
            harvests. Our trader mixes origins and won't say where anything comes
            from.""",
            tz=0,
            langs=["en"],
        ),
    ),
    # 107 --------------------------------------------------------------- trap: consent
    pair(
        107,
        "en",
        "de-escalation-training",
        "A is a former door supervisor who trains staff to calm aggressive people; B manages "
        "an emergency department where staff are assaulted every week.",
        a=person(
            "Lennox Abernathy",
            """I worked the doors of Glasgow nightclubs for fifteen years and learned how
            to talk a drunk, angry man down without laying a finger on him. For the last
            six I've trained bouncers, bus drivers and shop staff in de-escalation: body
            language, tone, exits, when to back off. It's practical, role-play heavy, and
            staff say it's the first training that felt real. I box at a community gym on
            Thursdays.""",
            """My clients are pubs and retailers who book one session and forget it. I
            want an organisation where things kick off every night, that will commit to
            training whole teams and let me come back to see what works.""",
            """Nobody should go to work expecting to be hit.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
            loc="Glasgow",
        ),
        b=person(
            "Fiona Drysdale",
            "I manage A&E at a Glasgow hospital. 300 staff.",
            "Our nurses get punched or spat at weekly. They're quitting.",
            tz=0,
            langs=["en"],
            loc="Glasgow",
        ),
        twin=person(
            "Graeme Halliday",
            "I manage a minor injuries unit in Paisley.",
            "An extra GP to cover evenings, our waits are 5 hours.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Kieran Docherty",
            "I'm a new bouncer, 3 months in, and I'm scared.",
            "An old hand who'll teach me how to calm people down.",
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Moira Galbraith",
            "I manage A&E at an Edinburgh hospital.",
            "Staff get punched or spat at every week; they're quitting.",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 108 --------------------------------------------------------------- trap: visibility
    pair(
        108,
        "cross",
        "pickleball-courts",
        "A coaches pickleball and has a waiting list of players but no courts; B runs a tennis "
        "club whose courts are empty on weekday mornings.",
        a=person(
            "Brooke Hennessy",
            "Pickleball coach in Paris, 200 players on my waiting list.",
            "I have nowhere to play. I need space on weekday mornings.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Paris",
        ),
        b=person(
            "Bernard Haudecoeur",
            "Je préside un club de tennis à Boulogne, 8 courts.",
            "Le matin en semaine, les courts sont vides et les cotisations baissent.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Boulogne-Billancourt",
        ),
        twin=person(
            "Patricia Lemonnier",
            "Je préside un club de tennis à Neuilly, 6 courts.",
            "Un moniteur de padel, les membres le réclament.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Marc-Olivier Dupré",
            "Je vends des raquettes et des balles de pickleball en ligne.",
            "Une coach qui a plein de joueurs pour tester mon matériel.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Gérard Lachaume",
            "Je préside un club de tennis à Issy, 7 courts.",
            "Courts vides le matin, cotisations en baisse.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 109 --------------------------------------------------------------- trap: commitment
    pair(
        109,
        "fr",
        "boarding-school-weekends",
        "A gère l'internat d'un lycée vide tous les week-ends; B organise des stages sportifs "
        "de week-end pour des jeunes et ne trouve pas où les loger.",
        a=person(
            "Jean-Michel Rouvière",
            """Je suis intendant d'un lycée agricole en Lozère, et je gère son internat :
            deux cent vingt lits, une cantine qui sert des produits de la ferme du lycée,
            un gymnase, un terrain de rugby et des hectares de bois. Du vendredi soir au
            dimanche soir, tout est vide. J'ai été cuisinier dans l'armée avant de passer
            le concours.""",
            """La région nous demande de trouver des recettes propres, et le chauffage
            tourne même quand les élèves sont partis. Je voudrais remplir l'internat le
            week-end avec des groupes encadrés, qui respectent les lieux, et qu'un
            partenaire s'occupe de tout sauf des lits et des repas.""",
            tz=1,
            langs=["fr"],
            loc="Mende",
        ),
        b=person(
            "Nadia Ferhat-Colomb",
            """J'organise des stages sportifs de week-end pour des jeunes de quartiers de
            Montpellier et de Nîmes : trail, VTT, escalade, orientation, avec des
            éducateurs diplômés. Nous emmenons quarante à soixante jeunes par week-end,
            financés par la politique de la ville et des clubs. J'ai été championne de
            course d'orientation.""",
            """Les gîtes de groupe sont trop chers ou complets, et les campings refusent
            nos jeunes. Il me faudrait un hébergement en pleine nature, avec des repas,
            des grandes salles et de l'espace, disponible presque tous les week-ends de
            l'année.""",
            tz=1,
            langs=["fr"],
            loc="Montpellier",
        ),
        twin=person(
            "Yannick Soulier",
            """J'organise des séjours de ski pour des collégiens de la région, trois
            mille élèves par hiver, avec des cars et des moniteurs. Nos séjours sont
            appréciés des familles et des collèges depuis vingt ans.""",
            """Il me faut un associé qui négocie les forfaits avec les stations, parce
            que les prix ont doublé en trois ans. Idéalement quelqu'un qui connaît
            les stations des Alpes et des Pyrénées.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Céline Bastide",
            """Je suis professeure d'EPS dans un lycée de Mende. Mes élèves sont en
            seconde et n'ont jamais dormi en pleine nature. J'ai organisé des sorties
            d'orientation dans les bois de la Margeride.""",
            """Un internat qui m'accueille avec mes élèves pour un week-end sportif en
            nature. Un week-end en mai, pour trente élèves. Des lits, des repas
            chauds et une grande salle en cas de pluie.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Karim Benaïssa",
            """J'organise des week-ends sportifs pour des jeunes de Nîmes, trail, VTT et
            escalade. Quarante à soixante jeunes par week-end, avec des éducateurs
            diplômés.""",
            """Un hébergement en nature, avec repas et grandes salles, presque tous les
            week-ends. Les gîtes sont trop chers et les campings refusent nos jeunes.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 110 --------------------------------------------------------------- trap: timezone
    pair(
        110,
        "cross",
        "espadrille-making",
        "A runs an espadrille workshop in Mauléon that lost its big client; B's London shoe "
        "brand wants espadrilles sewn in France rather than in Asia.",
        a=person(
            "Maïder Etchebarne",
            "Atelier d'espadrilles à Mauléon, 14 couturières, semelles en jute tressée.",
            "Notre gros client est parti en Asie. On a des machines qui dorment.",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Mauléon-Licharre",
        ),
        b=person(
            "Olivia Carrington-Shaw",
            """I run a London shoe brand: loafers, sandals and, every summer, espadrilles,
            about 30,000 pairs, made in Bangladesh. We sell online and through Liberty
            and two department stores in New York. My customers now ask where and how
            things are made, and the answer embarrasses me.""",
            """I want our rope-soled summer shoes sewn where they were invented, by people who've done
            it for generations, in volumes that make sense for a workshop, with the town's
            name on the box.""",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin=person(
            "Hugo Lancaster",
            """I run a London trainer brand, 50,000 pairs a year, all made in Portugal.
            Our trainers sell in 300 shops across Britain and Europe.""",
            """A creative director to relaunch the brand, because our designs look
            dated. Ideally someone who has relaunched a fashion brand before.""",
            ro=["design"],
            tz=0,
            langs=["en"],
        ),
        twin2=person(
            "Serena Blackwood",
            """I run a sandals brand from Brighton, made in Greece, sold online. Our
            sandals are leather and hand-stitched, and we sell mostly online.""",
            """A logistics partner with a warehouse in the EU, after the customs mess.
            Ideally someone with a warehouse in the Netherlands or Belgium.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Peio Oyhenart",
            """Je fais pousser du jute et du chanvre au Pays basque. Ma fibre est
            cultivée sans pesticide et je la tresse moi-même en corde. Je cultive
            quatre hectares et je cherche mes premiers clients.""",
            """Un atelier qui m'achète ma fibre pour ses semelles. Idéalement plusieurs
            tonnes par an, payées à la récolte. Des acheteurs qui paient à la récolte
            et reviennent chaque année.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Madison Pryor",
            """I run a shoe brand in Los Angeles; our espadrilles are made in Bangladesh
            and my customers ask where. About 25,000 pairs a summer, sold online and
            in department stores.""",
            """Espadrilles sewn where they were invented, with the town's name on the
            box. By people who've done it for generations.""",
            tz=-8,
            langs=["en"],
        ),
    ),
    # 111 --------------------------------------------------------------- trap: language
    pair(
        111,
        "mixed",
        "cloth-nappy-service",
        "A runs a washable nappy delivery service that needs large regular customers; B runs "
        "a network of nurseries drowning in disposable nappies.",
        a=person(
            "Laure Vandewalle-Price",
            """J'ai monté un service de couches lavables à Bruxelles: we deliver clean
            cloth nappies, collect the dirty ones, wash them in our own laundry, et on
            recommence deux fois par semaine. We have 300 families, une blanchisserie
            certifiée and two electric vans. Avant, j'étais ingénieure environnement dans
            une grande entreprise.""",
            """Les familles arrêtent quand le petit grandit, so we are always looking for
            new customers. I want big, steady clients qui changent des centaines de
            bébés par jour, with staff ready to try.""",
            """Less waste, happier bums. Pas de greenwashing.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Bruxelles",
        ),
        b=person(
            "Marc Lejeune",
            """Je dirige un réseau de quatorze crèches à Bruxelles et dans le Brabant
            wallon, six cents enfants accueillis. Nous servons des repas bio et nous avons
            un jardin dans chaque crèche, mais les poubelles débordent.""",
            """Nous jetons une tonne et demie de déchets de change par semaine, le ramassage nous
            coûte une fortune et les parents nous le reprochent. Je voudrais une solution
            qui supprime ces déchets sans donner plus de travail aux puéricultrices.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Bruxelles",
        ),
        twin=person(
            "Annick Dewitte",
            """Je dirige trois crèches d'entreprise à Louvain-la-Neuve, cent vingt
            enfants. Nos crèches ont un jardin et les parents sont très impliqués.""",
            """Une cuisinière qui prépare les repas sur place, le traiteur est médiocre.
            Idéalement quelqu'un qui cuisine bio et de saison.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Julie Marchal",
            """Je vais accoucher en mars et je veux des couches lavables. Nous habitons
            à Ixelles et nous n'avons pas de machine à laver à l'appartement. C'est
            notre premier enfant et je veux éviter les déchets.""",
            """Un service qui les livre et les lave, je n'aurai pas le temps. Idéalement
            deux livraisons par semaine. Un service sérieux, livré à domicile, sans
            abonnement compliqué.""",
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Els Vermeulen",
            """Ik leid een netwerk van twaalf kinderdagverblijven in Antwerpen.
            Biologische maaltijden en een tuin in elk kinderdagverblijf.""",
            """We gooien elke week een ton luiers weg; ik wil die afvalberg kwijt.
            Zonder extra werk voor de verzorgsters.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["nl"],
        ),
    ),
    # 112 --------------------------------------------------------------- trap: consent
    pair(
        112,
        "cross",
        "jukebox-repair",
        "A repairs vintage jukeboxes and pinball machines; B's diner chain has a broken "
        "jukebox in every restaurant.",
        a=person(
            "Chester Boyle",
            "I repair vintage jukeboxes and pinballs. American, living in Lyon.",
            "Collectors call me once a month. I want steady work.",
            tz=1,
            langs=["en", "fr"],
            loc="Lyon",
        ),
        b=person(
            "Karine Dumoulin",
            "J'ai 9 diners américains en Rhône-Alpes.",
            "Le juke-box de chaque resto est en panne. Les clients adorent, ça me tue.",
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        twin=person(
            "Fabien Gros",
            "J'ai 5 diners américains en Savoie.",
            "Un fournisseur de burgers surgelés moins cher.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Tyler Morrow",
            "I collect jukeboxes, 12 of them, half don't work.",
            "Someone who can fix them without ruining them.",
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Sandrine Peyrard",
            "J'ai 6 diners américains en Auvergne.",
            "Tous nos juke-box sont en panne.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 113 --------------------------------------------------------------- trap: visibility
    pair(
        113,
        "en",
        "footpath-maps",
        "A draws walking maps and wants regular commissions; B manages a county's rights of "
        "way and its footpaths are unused because nobody knows they exist.",
        a=person(
            "Imelda Hargreaves",
            """I'm a cartographer and illustrator: I draw walking maps by hand and
            digitally, the kind people frame, with viewpoints, pubs, stiles and the
            history of each village. I've done maps for two national parks and a few
            estates. I walk every route myself before drawing it, usually with a flask
            and a sulky spaniel.""",
            """I live commission to commission. I'd love a long project, with hundreds of
            routes to walk and draw, for someone who needs people to actually use
            them.""",
            ro=["design"],
            tz=0,
            langs=["en"],
            loc="Kendal",
        ),
        b=person(
            "Douglas Pennock",
            "Rights of way officer, Durham County Council. 3,000 miles of paths.",
            "Most are unused: people don't know they're there. Some are vanishing.",
            tz=0,
            langs=["en"],
            loc="Durham",
        ),
        twin=person(
            "Lesley Armitage",
            "Countryside officer, North Yorkshire.",
            "A contractor to rebuild stiles and bridges, 200 are broken.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Nigel Holdsworth",
            "I run a walking festival in Hexham every May.",
            "A beautiful illustrated map of our routes for the programme.",
            rs=["design"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Joanne Whitfield",
            "Rights of way officer, Northumberland, 3,000 miles of paths.",
            "Most go unused because people don't know they're there.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 114 --------------------------------------------------------------- trap: commitment
    pair(
        114,
        "cross",
        "arundo-cane-reeds",
        "A grows and cures Provence cane for oboe and bassoon reeds and sells it raw; B makes "
        "reeds in England for students and professionals and can't get good cane.",
        a=person(
            "Marius Garcin",
            """Je cultive la canne de Provence dans le Var, près de Hyères, comme mon
            grand-père : trois hectares de roseaux, coupés en hiver, séchés au soleil deux
            ans, puis triés tube par tube. C'est avec cette canne que l'on fait les anches
            des hautbois, des bassons et des clarinettes depuis deux siècles. Nous sommes
            une des dernières familles à faire ça. Je joue moi-même du basson dans
            l'harmonie municipale.""",
            """Je vends mes tubes en vrac à deux grossistes, qui les revendent trois fois
            plus cher sans dire d'où ils viennent. Je voudrais travailler directement avec
            des gens qui façonnent les anches, qui me disent ce qu'ils veulent comme
            diamètre et comme dureté, et qui paient la qualité.""",
            """Deux ans de patience pour un roseau qui chante.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Hyères",
        ),
        b=person(
            "Harriet Waddington",
            """I make oboe and bassoon reeds in Leeds: about 6,000 a year, hand-gouged and
            shaped, sold to conservatoire students, amateur orchestras and a few
            professionals. I played second oboe in a regional orchestra for twelve years
            before my hands told me to stop.""",
            """Half the cane I buy is too soft or cracked, and I can't tell who grew it or
            how long it dried. I want a grower who'll sort tubes to my diameter and
            density, talk to me about each harvest, and sell to me directly every year.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        twin=person(
            "Patrick O'Halloran",
            """I make clarinet mouthpieces in Dublin, hand-finished, sold to
            professionals worldwide. Our mouthpieces are played in orchestras on four
            continents.""",
            """I need a retail partner with shops in Germany and Japan, where players
            buy in person. Ideally someone who already has shops and teachers in
            those countries.""",
            ro=["sales"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        twin2=person(
            "Eleanor Fitzwilliam",
            """I make oboe reeds in Oxford for students, 3,000 a year. Our reeds are
            popular with students and music teachers recommend us.""",
            """A web developer to build a shop where players reorder their exact reed.
            Ideally someone who has built online shops for small makers.""",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Solène Arnaud",
            """Je suis hautboïste à l'orchestre de Toulon et je fais mes anches moi-
            même. Je joue dans l'orchestre depuis douze ans et je donne des cours au
            conservatoire. Je fais aussi les anches de deux élèves du conservatoire.""",
            """Un producteur de canne qui me vende des tubes bien secs, triés à mon
            diamètre. Idéalement une centaine de tubes par an. Des tubes bien secs,
            triés, d'un producteur que je peux appeler.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Clive Ashbury",
            """I make bassoon reeds in Manchester for students and amateurs, 4,000 a
            year. I played bassoon professionally for ten years.""",
            """A grower who sorts cane tubes to my diameter and density and sells
            directly every year. Half the cane I buy is too soft or cracked.""",
            ro=["sales"],
            rs=["domain"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 115 --------------------------------------------------------------- trap: timezone
    pair(
        115,
        "fr",
        "unsold-christmas-trees",
        "A vend des sapins de Noël et jette les invendus; B soigne les animaux d'un parc "
        "zoologique qui adorent mâcher des branches.",
        a=person(
            "Mathieu Gauthier",
            "Producteur de sapins dans le Morvan, 60 000 par an.",
            "En janvier, il m'en reste 3 000 sur les bras. Je les broie, ça me fend le cœur.",
            tz=1,
            langs=["fr"],
            loc="Château-Chinon",
        ),
        b=person(
            "Élise Marchandeau",
            "Soigneuse-cheffe dans un parc zoologique en Bourgogne.",
            "Nos éléphants et nos chèvres s'ennuient l'hiver. Il leur faut de quoi mâcher.",
            tz=1,
            langs=["fr"],
            loc="Dijon",
        ),
        twin=person(
            "Romain Delorme",
            "Soigneur dans un parc animalier du Jura.",
            "Un vétérinaire pour la faune sauvage, on n'en a pas.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Fanny Bernier",
            "Je tiens une jardinerie à Nevers.",
            "Un producteur qui me livre des sapins avant décembre.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Manon Wéa",
            "Soigneuse dans le parc zoologique de Nouméa.",
            "Nos animaux s'ennuient, il leur faut de quoi mâcher.",
            tz=11,
            langs=["fr"],
        ),
    ),
    # 116 --------------------------------------------------------------- trap: language
    # Rewritten after the split, before any result existed, keeping its slices: the first
    # version (a painter wanting a place for painting holidays, a mill owner with empty
    # rooms) fitted pair 72's people both ways (yoga retreats, an empty priory).
    pair(
        116,
        "cross",
        "expat-accounting",
        "A is a British chartered accountant in the Dordogne who cannot sign French accounts; "
        "B's French accounting firm has more and more British clients whose UK side it cannot "
        "handle.",
        a=person(
            "Rosalind Tennant",
            """I'm a chartered accountant, twenty-two years in practice in Bath, mostly
            small businesses and landlords. We moved to the Dordogne two years ago and I
            know the UK side of a cross-border life inside out: pensions, rental income
            back home, capital gains when people sell, the double-tax treaty.""",
            """I'm not allowed to sign French accounts or file French returns, so I can't
            practise here on my own. I need a local firm that does the French side and
            will let me handle the British half of the same clients.""",
            tz=1,
            langs=["en"],
            loc="Sarlat",
        ),
        b=person(
            "Gérard Lacombe-Vialard",
            "Expert-comptable à Sarlat, 400 clients, de plus en plus de Britanniques.",
            "Leurs revenus et leurs retraites au Royaume-Uni, je n'y comprends rien.",
            tz=1,
            langs=["fr", "en"],
            loc="Sarlat",
        ),
        twin=person(
            "Christiane Lafon",
            "Expert-comptable à Bergerac, surtout des viticulteurs.",
            "Un logiciel de saisie automatique, mes collaborateurs sont débordés.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Daphne Whitworth",
            "I'm a retired nurse who just moved to a village near Sarlat.",
            "Someone who understands my NHS pension and UK rental income for tax.",
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Josette Larivière",
            "Expert-comptable à Périgueux, beaucoup de clients britanniques.",
            "Leurs revenus et leurs pensions anglaises, je n'y comprends rien.",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 117 --------------------------------------------------------------- trap: consent
    pair(
        117,
        "mixed",
        "baby-gear-rental",
        "A rents cots, car seats and prams to travelling families; B's holiday-rental agency "
        "keeps getting complaints from families who arrive to no cot.",
        a=person(
            "Aurélie Fontana-Brooks",
            """J'ai créé un service de location de matériel bébé pour les vacanciers: cots,
            car seats, strollers, high chairs, all cleaned and safety-checked, livrés à
            l'adresse de vacances. We cover the Côte d'Azur with a van and 1,200 items. Je
            suis maman de trois enfants, so I know what a trip without the right gear
            feels like.""",
            """Nos clients trouvent le service par hasard, one family at a time. Je veux un
            partenaire qui reçoit des milliers de vacanciers chaque été et qui pourrait
            proposer notre matériel at booking.""",
            """Des vacances sereines pour les parents. Safety first, always.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Nice",
        ),
        b=person(
            "Philippe Orsini",
            """Je dirige une agence de locations saisonnières sur la Côte d'Azur, huit cents
            appartements et villas, beaucoup de familles étrangères. Nous faisons le
            ménage, les clés et l'accueil.""",
            """Chaque été, des dizaines de familles arrivent avec un bébé et rien pour le
            faire dormir ou le transporter ; elles nous laissent des avis furieux. Les
            propriétaires refusent d'acheter tout ça. Il me faudrait quelqu'un qui le
            fournit, propre et sûr, à la demande.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Cannes",
        ),
        twin=person(
            "Nathalie Giordano",
            """Je dirige une agence de locations de vacances à Antibes, trois cents
            villas de luxe, clientèle américaine. Nos villas ont des piscines et des
            vues sur la mer.""",
            """Un service de conciergerie haut de gamme, chefs et chauffeurs, que je
            puisse revendre à mes clients. Idéalement un prestataire qui parle
            anglais et russe.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin2=person(
            "Hervé Castellan",
            """Je gère des résidences de vacances à Menton, cinq cents logements. Nos
            résidences sont proches de la plage et très demandées en été.""",
            """Un plombier disponible en juillet et août, nos fuites ruinent les
            séjours. Idéalement quelqu'un qui peut intervenir le jour même.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Emily Thornbury",
            """We're flying to Nice with twins in July. We're staying three weeks in a
            flat in the old town. We're renting through an agency that doesn't supply
            any baby kit.""",
            """Two cots and a double buggy waiting at our flat. Ideally delivered the
            day we arrive, and collected when we leave. Clean, safety-checked kit,
            delivered before we arrive.""",
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Sabine Mercadier",
            """Je dirige une agence de locations saisonnières à Saint-Raphaël, six cents
            appartements. Nous faisons le ménage, les clés et l'accueil.""",
            """Des familles arrivent sans rien pour leur bébé et nous laissent des avis
            furieux. Les propriétaires refusent de l'acheter ; il faut quelqu'un qui
            le fournisse.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 118 --------------------------------------------------------------- trap: visibility
    pair(
        118,
        "cross",
        "agen-prunes",
        "A dries plums near Agen and sells through a cooperative; B's London granola brand "
        "wants a named French fruit.",
        a=person(
            "Jean-Claude Labarthe",
            "Producteur de pruneaux d'Agen, 18 ha, four à la ferme.",
            "Tout part à la coopérative, sans mon nom.",
            tz=1,
            langs=["fr", "en"],
            loc="Agen",
        ),
        b=person(
            "Poppy Kingsley",
            "I run a granola brand in London, 2m bags a year.",
            "We want one dried fruit from one named farm in France.",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin=person(
            "Tom Ellery",
            "I run a porridge brand in Edinburgh.",
            "A packaging supplier for compostable pots.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Mireille Castex",
            "Je fais des pâtisseries aux pruneaux à Villeneuve.",
            "Un producteur qui me livre en direct toute l'année.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Jemima Loxley",
            "I run a muesli brand in Bristol.",
            "One dried fruit from one named French farm.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 119 --------------------------------------------------------------- trap: commitment
    pair(
        119,
        "en",
        "beaver-flood-management",
        "A is an ecologist licensed to release beavers; B farms a valley whose fields flood "
        "every winter and wants the water slowed upstream.",
        a=person(
            "Dr Rowan Ashcombe",
            """I'm an ecologist licensed to trap and release beavers in England. I've done
            fourteen releases, mostly in fenced trials, and I monitor the dams, water
            levels and wildlife for years afterwards. Beavers hold water back in the hills
            and release it slowly. I also lead bat walks, which my children find
            embarrassing.""",
            """I need landowners with the right brooks who actually want beavers, not
            ones who'll tolerate them for a grant, and who'll let me monitor for five
            years.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
            loc="Exeter",
        ),
        b=person(
            "Tom Heathcote",
            "I farm 400 acres in a Devon valley, streams all over.",
            "My lower fields flood every winter. I've lost 2 crops in 5 years.",
            tz=0,
            langs=["en"],
            loc="Okehampton",
        ),
        twin=person(
            "Jim Cornish",
            "I farm 300 acres near Tiverton, dairy.",
            "A contractor to lay new drains in my wet fields.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Katie Prowse",
            "I'm a wildlife film-maker in Bristol.",
            "An ecologist doing a beaver release I can film for a year.",
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Roger Whiteway",
            "I farm 350 acres in a Somerset valley.",
            "My low fields flood every winter; I keep losing crops.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 120 --------------------------------------------------------------- trap: timezone
    pair(
        120,
        "cross",
        "ornamental-plaster",
        "A restores ornamental plaster ceilings in Montreal; B owns old buildings in Quebec "
        "City whose mouldings are falling down.",
        a=person(
            "Declan Fahy-Larose",
            "Ornamental plasterer, Montreal. Cornices, medallions, cast on site.",
            "I need owners of old buildings with a lot of ceilings to redo.",
            ro=["domain"],
            rs=["sales"],
            tz=-5,
            langs=["en", "fr"],
            loc="Montréal",
        ),
        b=person(
            "Hélène Drolet",
            "J'ai 14 immeubles anciens dans le Vieux-Québec.",
            "Les moulures des plafonds tombent en morceaux. Personne ne sait les refaire.",
            ro=["sales"],
            rs=["domain"],
            tz=-5,
            langs=["fr"],
            loc="Québec",
        ),
        twin=person(
            "Pierre-Luc Gagnon",
            "J'ai 8 immeubles anciens à Trois-Rivières.",
            "Un gestionnaire de location, je n'arrive plus à suivre.",
            ro=["sales"],
            rs=["operations"],
            tz=-5,
            langs=["fr"],
        ),
        one=person(
            "Sarah Goldblatt",
            "I design interiors for old Montreal homes.",
            "A plasterer who can recreate my clients' ceilings.",
            ro=["design"],
            rs=["domain"],
            tz=-5,
            langs=["en"],
        ),
        trap=person(
            "Joël Grondin",
            "J'ai 10 immeubles anciens à Saint-Denis de La Réunion.",
            "Les moulures des plafonds tombent, personne ne sait les refaire.",
            ro=["sales"],
            rs=["domain"],
            tz=4,
            langs=["fr", "en"],
        ),
    ),
]
