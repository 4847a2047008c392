"""Pairs 81-90 of complementary_v7."""

from people import pair, person

PAIRS = [
    # 81 ---------------------------------------------------------------- trap: language
    pair(
        81,
        "cross",
        "hut-dry-toilets",
        "A wardens a mountain refuge whose toilets must be flown out by helicopter; B designs "
        "composting toilets for remote sites.",
        a=person(
            "Séverine Pralognan",
            """Je suis gardienne d'un refuge du Club alpin en Vanoise depuis onze étés :
            soixante-dix couchettes, de juin à septembre, une aide-cuisinière et un
            saisonnier. Pas de route, un câble pour le ravitaillement, et mon chien qui
            monte et descend avec moi.""",
            """La fosse est pleine dès la mi-août : il faut un hélicoptère pour la vider,
            huit mille euros la rotation, et l'odeur monte jusqu'à la terrasse les jours de
            chaleur. Le parc national nous a prévenus que le rejet dans le torrent ne
            passera plus.""",
            """La montagne doit rester propre derrière nous.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Angus Fairlie",
            """Engineer, I design and build dry composting toilets for places with no
            sewer: bothies, island campsites, festival fields and two Norwegian mountain
            huts. Separation of urine, a drying chamber heated by the sun, and waste that
            leaves as dry compost once a year in a few sacks. I speak French.""",
            """I want a high-altitude site with a big summer footfall where I can install a
            unit, monitor it for two seasons and prove it works above two thousand
            metres.""",
            """Close the loop, even up there.""",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Malcolm Strathdee",
            """Engineer, I design small solar and battery systems for remote cabins and
            bothies across Scotland. I speak French.""",
            """I need a distributor for Alpine countries and a partner to handle sales
            and installation crews.""",
            """Power where the grid isn't.""",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Capucine Bozel",
            """Guide de haute montagne, j'emmène des groupes de six sur les sommets de la
            Vanoise, trois nuits en refuge par course.""",
            """Je cherche un refuge qui réserve des places à mes groupes tout l'été, avec
            des repas tôt le matin.""",
            """Partir tôt, rentrer vivant.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ewan Lochnagar",
            """Engineer: dry composting toilets for bothies, island campsites and mountain
            huts; urine separation, solar drying chamber, dry compost once a year.""",
            """A high-altitude site with a big summer footfall to prove a unit works above
            two thousand metres.""",
            """Close the loop.""",
            tz=0,
            langs=["en"],
        ),
    ),
    # 82 ---------------------------------------------------------------- trap: consent
    pair(
        82,
        "mixed",
        "fringe-theatre-lighting",
        "A's bilingual theatre company has no one to light its shows; B is a lighting "
        "designer who wants a company to work with.",
        a=person(
            "Niamh Castelnau-Reilly",
            """Compagnie de théâtre bilingue à Toulouse, we play in French and English, six
            comédiens, deux créations par an. We tour to Edinburgh in August. Je suis
            metteuse en scène et accessoiriste et chauffeuse, aussi.""",
            """Qqn qui sache créer une ambiance avec des projecteurs et la régler en une
            heure dans n'importe quelle salle, on tour.""",
            """Le théâtre dans les deux langues, for everyone.""",
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Basile Colomiers",
            "Éclairagiste, création lumière, conduite, console portable.",
            "Une petite troupe qui tourne et me garde sur chaque nouveau spectacle.",
            "La lumière raconte.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Clarisse Balma",
            "Éclairagiste pour concerts et festivals, grosses jauges.",
            "Un loueur de matériel qui m'associe à son parc.",
            "Du spectacle.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Ruairí Blagnac",
            "Irish actor in Toulouse, bilingue, je cherche un rôle.",
            "A bilingual company casting for its next show.",
            "Play in both tongues.",
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Damien Tournefeuille",
            "Éclairagiste, création lumière et conduite, console portable.",
            "Une petite troupe qui tourne et me garde.",
            "La lumière raconte.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 83 ---------------------------------------------------------------- trap: visibility
    pair(
        83,
        "cross",
        "breton-langoustine-supply",
        "A is a fishmonger who wants live langoustines; B is a Breton fisherman's cooperative "
        "shipper.",
        a=person(
            "Archie Billingsgate",
            "I'm a fishmonger at Borough Market, 20 yrs on the same pitch.",
            "A boat-side source of live Dublin Bay prawns, twice a week.",
            "Fresh or nothing.",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Yannig Loctudy",
            "Mareyeur au Guilvinec, langoustines vivantes. Je parle anglais.",
            "Un poissonnier à Londres qui commande deux fois par semaine.",
            "Du bateau à l'étal.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Goulven Penmarc'h",
            "Mareyeur, sardines et maquereaux. Je parle anglais.",
            "Une conserverie qui rachète mes surplus.",
            "Pêche de jour.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Tabitha Southwark",
            "Seafood restaurant, Bermondsey, 40 covers.",
            "A fishmonger who delivers to us daily.",
            "Simple and fresh.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Tugdual Lesconil",
            "Mareyeur, langoustines vivantes. Je parle anglais.",
            "Un poissonnier à Londres, deux fois par semaine.",
            "Du bateau à l'étal.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 84 ---------------------------------------------------------------- trap: commitment
    pair(
        84,
        "en",
        "kitchen-grease-recovery",
        "A's pub chain pays a fortune unblocking drains; B services grease traps and turns used "
        "oil into fuel.",
        a=person(
            "Gordon Pilkington",
            """Operations director of a chain of fourteen pubs with kitchens across
            Lancashire, three hundred staff, Sunday roasts that are our pride. I started as a
            pot-washer at sixteen and still help out when the dishwasher breaks.""",
            """Every month another kitchen floods from the floor drains, we close for a
            night, and the water company fined us last year for a blockage under the high
            street. Rodding and jetting cost us twenty thousand pounds last year.""",
            """Look after the kitchens and they look after you.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Yasmin Rothwell",
            """I run a firm that fits and empties fat traps under commercial sinks, collects
            used frying oil in sealed drums and sells it on to a biodiesel refinery. Four
            vans, waste carrier licence, digital logs for every visit.""",
            """I want a multi-site hospitality group that signs one contract for all its
            sites, so I can plan routes and prove the savings with before-and-after
            data.""",
            """Waste is a resource in the wrong place.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Dennis Atherton",
            """I run a drain-jetting firm with three tankers, emergency callouts across the
            North West.""",
            """I need an investor for two more tankers and a call-centre partner for
            nights.""",
            """There in an hour.""",
            ro=["domain"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Marcia Ormskirk",
            """Head chef looking for a new kitchen: fifteen years in Lancashire gastropubs, strong
            on roasts, pies and Sunday service for two hundred covers. I've trained a dozen
            commis and I write menus that keep food costs under thirty per cent.""",
            """I want a pub group that hires me as executive chef across its sites, with a say on
            suppliers.""",
            """Proper food, properly costed.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lorna Skelmersdale",
            """I fit and empty fat traps under commercial sinks and collect used frying oil
            for a biodiesel refinery; waste carrier licence, digital logs.""",
            """A multi-site hospitality group that signs one contract for all its sites.""",
            """Waste is a resource.""",
            ro=["domain"],
            rs=["operations"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 85 ---------------------------------------------------------------- trap: timezone
    pair(
        85,
        "cross",
        "craft-fair-agent",
        "A is a French potter who wants to sell in Britain; B runs stalls at British craft "
        "fairs and sells for makers.",
        a=person(
            "Bénédicte Saint-Amand-en-Puisaye",
            """Potière en Puisaye depuis vingt ans, je tourne des grès émaillés au sel :
            bols, pichets, plats à four. Je cuis au bois deux fois par an avec deux voisins,
            et je vends au marché de potiers de Saint-Amand. Mes clients anglais me disent
            toujours que ça se vendrait chez eux.""",
            """Quelqu'un qui présente et vende mes pièces sur les salons d'artisanat en
            Angleterre, sans que je traverse la Manche.""",
            """Le feu décide.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Rosalind Pettifer-Quayle",
            "I run stands at 25 UK craft fairs a year, selling for makers on commission.",
            "Want one more potter abroad with a distinct look, steady stock.",
            "Makers first.",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Gillian Harrogate-Moss",
            "I run a ceramics gallery in Harrogate.",
            "Need an accountant and a web shop.",
            "Clay is life.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Thérèse Treigny",
            "Restauratrice à Auxerre, je veux de la vaisselle artisanale.",
            "Une potière qui me fasse 80 assiettes et bols.",
            "Le beau au quotidien.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Evelyn Dunmore",
            "I run stands at craft fairs in Vancouver, selling for makers.",
            "One more potter abroad with a distinct look.",
            "Makers first.",
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
    # 86 ---------------------------------------------------------------- trap: language
    pair(
        86,
        "en",
        "sugar-flower-cakes",
        "A's bakery gets tiered cake orders it cannot decorate; B is a sugarcraft artist.",
        a=person(
            "Beverley Okafor",
            "Bakery in Croydon, 3 ovens, 40 celebration cakes a month.",
            "Someone who can make lifelike blooms out of icing for our tiered orders.",
            "Every cake a party.",
            ro=["operations"],
            rs=["design"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Juniper Ashworth",
            "Sugarcraft artist: peonies, roses, orchids in gum paste.",
            "Want a cake shop that sends me its wedding tiers.",
            "Sugar that looks alive.",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Delilah Brixton",
            "Cake decorator, cartoon characters and toppers.",
            "Want a YouTube producer for tutorials.",
            "Fun first.",
            ro=["design"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Marcus Penge",
            "Wedding venue in Surrey, 90 weddings a year.",
            "A bakery that supplies all our wedding cakes.",
            "Seamless days.",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lucía Albarracín",
            "Artista del azúcar: peonías, rosas y orquídeas en pasta de goma.",
            "Una pastelería que me envíe sus tartas de boda.",
            "Azúcar que parece viva.",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["es"],
        ),
    ),
    # 87 ---------------------------------------------------------------- trap: consent
    pair(
        87,
        "cross",
        "ski-chalet-catering",
        "A runs catered ski chalets whose seasonal cooks quit; B is a chef who trains and backs "
        "up seasonal cooks.",
        a=person(
            "Hamish Torrance-Bligh",
            """I run a catered chalet company in Morzine: thirty chalets, mostly British
            families, six-course dinners and cake at teatime every day. We hire
            twenty-something cooks from the UK each December. I skied for Scotland as a
            teenager and still think I can.""",
            """By February half the cooks have quit or burnt out, guests post photos of
            soggy lasagne, and I end up in a kitchen myself at seven at night. Our reviews
            dropped a full star last winter.""",
            """Happy guests, rested staff.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en"],
        ),
        b=person(
            "Ludovic Montriond",
            """Chef de cuisine, vingt ans en station : je forme les cuisiniers saisonniers en
            une semaine avant Noël, j'écris des menus faciles à tenir pour une personne
            seule, je prépare les fonds et les desserts dans mon laboratoire des Gets et je
            passe en renfort quand quelqu'un craque. Je parle anglais.""",
            """Je cherche une entreprise d'hébergement en station avec beaucoup de cuisines, qui me confie
            la formation, les menus et le soutien de ses équipes tout l'hiver.""",
            """Une cuisine simple, bien faite, tous les soirs.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Cyprien Avoriaz",
            """Chef pâtissier en station, je fournis les hôtels en desserts et en
            viennoiseries depuis mon labo de Morzine. Je parle anglais.""",
            """Je cherche un investisseur pour un deuxième labo et un livreur avec
            camion frigorifique.""",
            """Le sucre à la montagne.""",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Poppy Ellesmere",
            """I'm a 22-year-old cookery school graduate from Leeds with a year in a gastropub
            kitchen and a level-two food hygiene certificate. I can bake bread, do a roast for
            twelve and a decent tarte tatin, and I've skied since I was six.""",
            """I want a chalet company that hires me as a chalet cook for the whole winter, with a
            ski pass and a room.""",
            """Cook, ski, repeat.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Raphaël Essert-Romand",
            """Chef de cuisine en station : formation des saisonniers, menus faciles, fonds
            et desserts préparés, renforts. Je parle anglais.""",
            """Une entreprise de chalets avec beaucoup de cuisines, pour tout l'hiver.""",
            """Une cuisine simple.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 88 ---------------------------------------------------------------- trap: visibility
    pair(
        88,
        "mixed",
        "cognac-gin-packaging",
        "A distils gin in Cognac country and needs bottles and labels; B is a packaging "
        "designer for spirits.",
        a=person(
            "Felicity Jarnac-Hughes",
            """Distillerie de gin à Jarnac, opened in 2021 with my French husband: alambic
            charentais, botanicals from the garden, 8 000 bottles a year. Right now we sell
            in a plain stock bottle avec une étiquette faite sur ordinateur.""",
            "Need someone who dessine une bouteille and a label that look like us.",
            "Petit mais fier.",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["en", "fr"],
        ),
        b=person(
            "Armelle Segonzac",
            "Designer packaging spiritueux : flacons, étiquettes, coffrets.",
            "Une petite maison de spiritueux qui me laisse créer toute son identité.",
            "L'objet raconte le goût.",
            ro=["design"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Laurent Châteauneuf",
            "Designer packaging cosmétique, flacons de parfum.",
            "Un verrier italien comme partenaire.",
            "Luxe discret.",
            ro=["design"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Barnaby Cognac-Hill",
            "Bar owner in Bordeaux, je cherche des gins locaux.",
            "A small distillery to make a house gin for my bar.",
            "Local spirits.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Odile Bassac",
            "Designer packaging spiritueux : flacons, étiquettes.",
            "Une petite distillerie qui me confie son identité.",
            "L'objet raconte le goût.",
            ro=["design"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 89 ---------------------------------------------------------------- trap: commitment
    pair(
        89,
        "cross",
        "walnut-oil-export",
        "A presses walnut oil and wants London delis; B imports French fine foods into the UK.",
        a=person(
            "Jacqueline Martel-Souillac",
            "Moulin à huile de noix, Lot, 4 000 L/an.",
            "Qqn qui place notre huile dans les épiceries fines de Londres.",
            "Presser à l'ancienne.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Oliver Fenchurch",
            "Importer of French fine foods, 120 London delis. I speak French.",
            "Want small producers with a story and steady volumes.",
            "Good food travels.",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Hugh Aldgate",
            "Wine importer, Burgundy & Loire, London trade. I speak French.",
            "Want a bonded warehouse partner.",
            "Drink better.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Ginette Rocamadour",
            "Cheffe à Figeac, cuisine du terroir.",
            "Un moulin qui me livre de l'huile de noix fraîche.",
            "Le goût d'ici.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Percival Moorgate",
            "Importer of French fine foods for London delis. I speak French.",
            "Small producers with a story and steady volumes.",
            "Good food travels.",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 90 ---------------------------------------------------------------- trap: timezone
    pair(
        90,
        "mixed",
        "festival-artist-homestays",
        "A runs an arts festival whose visiting artists cannot find rooms; B runs a network of "
        "local families who host guests.",
        a=person(
            "Ottilie Vauvert-Sinclair",
            """Directrice d'un festival de musique et de danse à Aix, three weeks every July,
            forty companies from abroad, half of them anglophones. Je suis née à Édimbourg,
            raised in Aix, and I still mix the two languages when I'm stressed, which is all
            of July.""",
            """Every July, thirty visiting artists need somewhere to sleep pour trois semaines.
            Les hôtels sont pleins, the short-term lets charge four hundred euros a night, et
            l'an dernier deux danseurs ont dormi dans le studio de répétition.""",
            """L'art se vit chez l'habitant aussi. Hospitality is part of the show.""",
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Sabine Puyricard",
            """Je coordonne un réseau de cent vingt familles du pays d'Aix qui accueillent des
            hôtes chez elles : étudiants, stagiaires, chercheurs de passage. Chambres
            vérifiées, charte, assurance, et une permanence téléphonique. Les familles
            aiment recevoir des gens intéressants.""",
            """Je cherche une grande manifestation culturelle qui nous confie tous ses
            invités d'été, pour remplir les chambres en juillet quand les étudiants sont
            partis.""",
            """Recevoir, c'est s'enrichir.""",
            ro=["operations"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Benoît Éguilles",
            """Je gère une résidence étudiante privée de deux cents chambres à Aix, avec
            une laverie et une salle commune.""",
            """Je cherche un investisseur pour une deuxième résidence et un logiciel de
            gestion des baux.""",
            """Un toit pour étudier.""",
            ro=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Roisin Meyreuil",
            """Photographe de danse, installée à Aix depuis dix ans. I shoot rehearsals and shows
            for companies on tour, je livre les images le lendemain matin, and my pictures end up
            in programmes and newspapers across Europe.""",
            """Je cherche un festival qui m'accrédite pour photographier toutes ses compagnies en
            juillet, with access to dress rehearsals.""",
            """Catch the jump.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Josiane Tahaa",
            """Je coordonne un réseau de familles qui accueillent des hôtes chez elles à
            Papeete : chambres vérifiées, charte, assurance, permanence.""",
            """Une grande manifestation culturelle qui nous confie tous ses invités
            d'été.""",
            """Recevoir.""",
            ro=["operations"],
            tz=-10,
            langs=["fr"],
        ),
    ),
]
