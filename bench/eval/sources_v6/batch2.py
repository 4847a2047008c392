"""Pairs 11-20 of complementary_v6."""

from people import pair, person

PAIRS = [
    # 11 ---------------------------------------------------------------- trap: language
    pair(
        11,
        "cross",
        "turbine-blade-reuse",
        "A operates an old wind farm with sixty dismantled blades and nowhere to put them; B "
        "builds footbridges and shelters from cut blade sections and needs a supply.",
        a=person(
            "Eleanor Thwaite",
            """I manage a wind farm on the moors above Huddersfield, twenty-four turbines
            from 1998, now being replaced by eight bigger ones. I run the site team, the
            cranes, the access roads and the contracts with the landowners. I used to
            fell-run competitively; these days I just walk the dog along the turbine
            tracks.""",
            """We have sixty blades, each forty metres long, lying in a field, and another
            thirty coming down next spring. Landfill won't take them any more, grinding
            them costs more than the blades ever earned, and the farmer wants his field
            back by March. Every month they stay there I get another letter from the
            council.""",
            """Finish what we started: a wind farm should not leave rubbish behind.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
            loc="Huddersfield",
        ),
        b=person(
            "Apolline Marchadier",
            """Ingénieure en structure, j'ai monté un atelier près de Dunkerque qui découpe
            des pales d'éoliennes démontées pour en faire des passerelles piétonnes, des
            abris de bus et des bancs. Les tronçons sont d'une résistance incroyable; nous
            avons déjà posé neuf passerelles dans le Nord et obtenu les agréments. Je parle
            anglais, j'ai travaillé deux ans à Glasgow.""",
            """Il me faut des exploitants de parcs qui démontent leurs machines et qui me
            laissent récupérer les pales entières, avec leurs plans et l'historique des
            réparations, plutôt que de les broyer. Je peux venir les chercher avec nos
            convois, même en Angleterre.""",
            """Rien ne se jette quand il peut encore porter quelqu'un.""",
            tz=1,
            langs=["fr", "en"],
            loc="Dunkerque",
        ),
        twin=person(
            "Hippolyte Vandamme",
            """Ingénieur matériaux, je broie les composites de pales d'éoliennes et de
            coques de bateaux pour en faire une charge pour le ciment. Nous avons un
            broyeur mobile et un contrat avec une cimenterie belge.""",
            """Je cherche une levée de fonds de deux millions et un directeur financier pour
            construire une deuxième ligne, et un chimiste qui sache traiter les résines
            époxy sans dégager de fumées.""",
            """L'industrie doit boucler ses propres boucles.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Wilfred Ackroyd",
            """I teach engineering at a sixth-form college in Halifax and run a
            renewable-energy club with twenty students. We've built a small turbine on the
            roof and we log its output on a laptop in the lab. The students want to see
            the real thing.""",
            """I'm after a wind farm manager who'll take my students up to the site twice a
            year, let them into a nacelle with a safety crew and talk about the job, so
            they see what a career there looks like.""",
            """Show teenagers where the power comes from.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Maximilien Delattre",
            """Ingénieur en structure, je découpe des pales d'éoliennes démontées pour en faire des passerelles piétonnes, des abris de bus et des bancs; neuf ouvrages déjà posés dans le Nord, agréments obtenus, convois spéciaux disponibles.""",
            """Des exploitants de parcs qui démontent leurs machines et me laissent récupérer les pales entières, avec leurs plans et l'historique des réparations, même en Angleterre.""",
            """Rien ne se jette quand ça peut encore porter quelqu'un.""",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 12 ---------------------------------------------------------------- trap: consent
    pair(
        12,
        "en",
        "scientific-glassblowing",
        "A manages a university chemistry department whose custom glassware breaks and "
        "cannot be replaced; B is a scientific glassblower who wants one steady lab client.",
        a=person(
            "Nathaniel Osgood",
            "Lab manager, chemistry dept, Leicester. 40 research groups, lots of odd glass.",
            "Someone to mend and make one-off flasks, columns, manifolds. Ours retired.",
            "Keep the science running.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Ivor Penrhyn",
            "Scientific glassblower, 30 yrs. Lathe, annealing oven, borosilicate.",
            "Want one university to give me a workshop and all its repairs.",
            "Fix it, don't bin it.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Gwendolyn Arbery",
            "Glassblower, 20 yrs, art glass and lamps; own furnace and annealer.",
            "Need a gallery and a shop owner to sell my pieces in London.",
            "Beauty you can use.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Hamish Dewhurst",
            "PhD student, organic synthesis; I can teach glassware safety.",
            "Need a lab manager who'll let me run safety sessions for credit.",
            "Safe labs.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Clement Varley",
            "Scientific glassblower, 25 yrs, lathe and annealing oven, borosilicate work.",
            "A university that gives me a workshop and sends me all its repairs.",
            "Fix, don't bin.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 13 ---------------------------------------------------------------- trap: visibility
    pair(
        13,
        "cross",
        "accordion-repair",
        "A runs an accordion school whose loan instruments are broken; B is a British "
        "accordion repairer in Corrèze who wants steady work and a place to teach.",
        a=person(
            "Justin Lachaize",
            "École d'accordéon à Tulle, 60 élèves, 25 instruments de prêt, la moitié muets.",
            "Quelqu'un qui sache refaire les anches et les soufflets, et qui forme un élève.",
            "La musique de bal pour tous.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Tulle",
        ),
        b=person(
            "Duncan Rathbone",
            """I repaired accordions for twenty years in a workshop in Castelfidardo, then
            in Glasgow, and moved to a village near Brive three years ago. I re-wax and
            re-tune reeds, rebuild bellows and straps, and can do a full overhaul in a
            week. My French is good enough for customers, less so for paperwork.""",
            """I want a music school or a club with lots of worn instruments that will give
            me regular work and a room where I can train an apprentice, so this trade
            doesn't die with me in the region.""",
            """Every old instrument can sing again.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Brive",
        ),
        twin=person(
            "Gordon Macaskill",
            """Accordion tuner and builder of diatonic boxes in Aberdeen; I make about
            twelve new instruments a year to order, and I tune for bands across Scotland. I
            spent two years in Lyon and speak French.""",
            """I need a web shop and someone to handle export, customs and payments for
            buyers in Canada and the US, where most of my orders now come from.""",
            """Built to last a lifetime.""",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Firmin Bournazel",
            """J'organise des bals musette en Corrèze, une trentaine par an dans les salles des fêtes et sur les places l'été, avec buvette et piste en bois. Je connais tous les comités des fêtes du département.""",
            """Je cherche une école d'accordéon qui m'envoie ses meilleurs élèves pour jouer en première partie dans nos bals, rémunérés, pour que les jeunes prennent la relève.""",
            """Faire danser les villages.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Alistair Fettes",
            """Accordion repairer for twenty years, now in Corrèze: reeds re-waxed and
            tuned, bellows rebuilt, full overhauls in a week. I speak French.""",
            """A music school with many worn instruments that gives me steady work and a
            room to train an apprentice.""",
            """Old instruments can sing again.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 14 ---------------------------------------------------------------- trap: commitment
    pair(
        14,
        "mixed",
        "sea-buckthorn",
        "A owns coastal land covered in sea buckthorn whose berries rot unpicked; B runs a "
        "mobile press that freezes and shakes the branches and wants berry land.",
        a=person(
            "Gontran Wimille",
            "Dunes près de Berck, 12 ha d'argousiers. Berries rot on the bush every autumn.",
            "Picking by hand takes forever, les épines, and nobody wants the job.",
            "Garder les dunes sauvages.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Berck",
        ),
        b=person(
            "Katrien Oosterhuis",
            """I run a mobile fruit-processing unit from Bruges: we cut the laden branches,
            freeze them in a refrigerated trailer, shake the frozen berries off and
            cold-press them on site into juice and seed oil. The oil sells to cosmetic
            labs, the juice to organic shops. Je parle français, ma mère est de Lille.""",
            """We need wild or planted thorny shrubs growing in quantity, near the coast,
            with an owner who allows us to cut a third of the branches every year and
            shares the income. Un terrain où on peut garer un camion.""",
            """Take a third, leave the rest for the birds.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr", "nl"],
            loc="Bruges",
        ),
        twin=person(
            "Roeland Verbrugge",
            """Mobile cider and juice press, Flanders: we bring the press to the orchard,
            press on site and bottle in bag-in-box. We do about forty orchards a season. Je
            parle français aussi.""",
            """Need a partner with a pasteuriser and a bottling line to sell in shops, and
            a brand designer, because bag-in-box doesn't sell in supermarkets.""",
            """Nothing wasted from the orchard.""",
            ro=["operations"],
            rs=["design"],
            tz=1,
            langs=["en", "fr", "nl"],
        ),
        one=person(
            "Perrine Caudron",
            """Guide nature sur la Côte d'Opale, I lead group walks every weekend in the dunes and marshes, with birdwatching and plant walks for schools. Environ deux mille marcheurs par an.""",
            """A landowner in the dunes who lets me bring walkers onto private land, avec un petit parking et l'accord de passer en toute saison.""",
            """Apprendre à regarder, and tread lightly.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Pieter Vanhaecke",
            """Mobile berry unit: branches cut, frozen in a trailer, shaken, cold-pressed
            on site into juice and seed oil for cosmetic labs. Je parle français.""",
            """Thorny shrubs in quantity near the coast, with an owner who lets us cut a
            third of the branches each year and shares the income.""",
            """Take a third, leave the rest.""",
            ro=["operations"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 15 ---------------------------------------------------------------- trap: timezone
    pair(
        15,
        "cross",
        "canine-hydrotherapy",
        "A owns a dog hydrotherapy pool but cannot plan recovery after surgery; B is a vet "
        "trained in rehabilitation who wants a pool to treat patients.",
        a=person(
            "Gillian Hartopp",
            """I moved from Kent to Montreuil-sur-Mer five years ago and built a heated
            hydrotherapy pool for dogs in an old barn, with an underwater treadmill and a
            hoist. I'm a qualified canine hydrotherapist and I see about thirty dogs a week,
            mostly old labradors and spaniels who love the water. My husband breeds
            pigeons, which is a separate story.""",
            """What I can't do is decide, after an operation on a knee or a spine, how much
            a dog should swim, when to add the treadmill and when to stop. I need a vet who
            has trained in rehabilitation, who can assess the dogs, write each recovery
            plan and sign off the risky ones.""",
            """The dog sets the pace, never the owner's impatience.""",
            tz=1,
            langs=["en", "fr"],
            loc="Montreuil-sur-Mer",
        ),
        b=person(
            "Hélène Warnier",
            """Vétérinaire depuis douze ans, diplômée en rééducation et médecine du sport
            canine. J'examine les chiens opérés des ligaments ou du dos, je mesure leurs
            amplitudes et j'écris les protocoles semaine par semaine. Je parle anglais, une
            partie de ma clientèle est britannique.""",
            """Je n'ai pas de bassin ni de tapis immergé, et mes patients doivent faire une
            heure de route pour nager. Je cherche une installation aquatique près de la côte
            avec une personne formée pour faire nager les chiens que je lui confie.""",
            """Soigner sans brusquer.""",
            tz=1,
            langs=["fr", "en"],
            loc="Boulogne-sur-Mer",
        ),
        twin=person(
            "Thibaut Gosselin",
            """Vétérinaire ostéopathe pour chevaux et chiens, j'ai une clientèle dans tout
            le Pas-de-Calais et je travaille avec des centres équestres. Je parle
            anglais.""",
            """Je cherche un associé vétérinaire pour reprendre ma clientèle équine à
            mi-temps et un logiciel de prise de rendez-vous qui gère mes tournées.""",
            """Le cheval d'abord.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Dorothy Pinchbeck",
            """I breed working cocker spaniels near Le Touquet and sell about twenty
            puppies a year, mostly to British families. My dogs swim in the sea all summer
            but I have nowhere in winter.""",
            """I'd like a heated pool for dogs nearby where my puppies can learn to swim in
            winter and my older bitches can keep fit between litters, at a breeder's
            price.""",
            """Fit dogs make healthy puppies.""",
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Maëva Tetuanui",
            """Vétérinaire, diplômée en rééducation canine : j'examine les chiens opérés
            des ligaments ou du dos et j'écris leurs protocoles semaine par semaine. Je parle
            anglais.""",
            """Une installation aquatique avec une personne formée qui fait nager les chiens
            que je lui confie, pour éviter à mes patients une heure de route.""",
            """Soigner sans brusquer.""",
            tz=-10,
            langs=["fr", "en"],
        ),
    ),
    # 16 ---------------------------------------------------------------- trap: language
    pair(
        16,
        "fr",
        "cork-harvest",
        "A inherited a cork oak forest in the Var that nobody strips any more; B leads a team "
        "that harvests cork by axe and wants forests to work.",
        a=person(
            "Aurore Castellane",
            """J'ai hérité de quatre-vingts hectares de chênes-lièges dans les Maures, au-dessus
            de Collobrières. Je suis documentaliste à Toulon et je n'y connais rien; mon
            grand-père vendait l'écorce, mais personne n'y a touché depuis trente ans. Je
            monte là-haut le dimanche avec mes deux filles et un pique-nique.""",
            """Il me faudrait quelqu'un qui sache dépouiller ces arbres de leur peau épaisse,
            à la main, sans blesser le tronc, en juin quand elle se décolle, et qui sache
            ensuite à qui la vendre. Les pompiers me disent aussi que la forêt non
            entretenue brûle plus vite.""",
            """Garder la forêt de mon grand-père vivante, pas en faire un placement.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Collobrières",
        ),
        b=person(
            "Joaquim Ferreira-Lobo",
            """Leveur de liège depuis vingt ans, d'abord en Alentejo puis dans les
            Pyrénées-Orientales. J'ai une équipe de six, avec haches et échelles, nous
            levons les planches sans abîmer la mère, et je connais les bouchonniers de
            Catalogne qui achètent au poids.""",
            """Les forêts d'ici sont trop petites pour nous occuper tout l'été. Je cherche
            des propriétaires de grands massifs abandonnés dans le Var, prêts à signer sur
            neuf ans, le temps que l'arbre se refasse, et à partager la recette.""",
            """Un arbre qu'on déshabille bien vit deux cents ans.""",
            tz=1,
            langs=["fr", "pt"],
        ),
        twin=person(
            "Esteve Puigcercós",
            """Bouchonnier à Céret, je fabrique des bouchons de liège naturel et des
            bouchons techniques pour les caves du Roussillon, avec une ligne de tri
            optique.""",
            """Il me manque un commercial qui vende mes bouchons aux grandes maisons de
            Champagne et de Bordeaux, et un associé qui finance une nouvelle ligne de
            lavage.""",
            """Le bouchon fait le vin.""",
            tz=1,
            langs=["fr", "ca"],
        ),
        one=person(
            "Régis Ollioules",
            """Je conduis des balades botaniques dans le massif des Maures pour des
            groupes de retraités et de scolaires, avec des haltes dans les vieilles
            forêts.""",
            """Je cherche des propriétaires de forêts privées dans les Maures qui
            m'autorisent à faire passer mes groupes sur leurs pistes le dimanche.""",
            """Apprendre les arbres en marchant.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Duarte Nogueira",
            """Descortiçador há vinte anos no Alentejo, com uma equipa de seis homens e
            machados; tiramos a cortiça sem ferir a árvore e conhecemos os compradores.""",
            """Procuro proprietários de montados abandonados no sul de França, com contrato
            de nove anos e partilha da receita.""",
            """Uma árvore bem tratada vive duzentos anos.""",
            tz=1,
            langs=["pt"],
        ),
    ),
    # 17 ---------------------------------------------------------------- trap: consent
    pair(
        17,
        "cross",
        "ski-upcycling-furniture",
        "A rents skis in Chamonix and throws away his fleet every three years; B makes "
        "benches and chairs from old skis and needs a steady supply.",
        a=person(
            "Loïc Mermoud",
            "Loueur de skis, Chamonix, 1 800 paires. Tous les 3 ans, tout part à la benne.",
            "La déchetterie me facture, et les clients me demandent où ça finit.",
            "Montagne propre.",
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Chamonix",
        ),
        b=person(
            "Hattie Brookbank",
            "Furniture maker in Annecy: chairs, benches, racks from used skis. Speak French.",
            "Need hundreds of old skis a year, collected from one place, free or cheap.",
            "Second life for everything.",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Fergus Holloway",
            "Furniture maker in Morzine: tables from old snowboards. I speak French.",
            "Need a shop in a resort to sell my tables on commission.",
            "Make it fun.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Nadège Barbolat",
            "Club de ski pour enfants, 120 gamins, pas de budget matériel.",
            "Un loueur qui nous prête des skis en fin de saison.",
            "Le ski pour tous.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Piers Wetherall",
            "Maker of benches and chairs from used skis, Albertville. I speak French.",
            "Hundreds of old skis a year from one place, free or cheap.",
            "Second life.",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 18 ---------------------------------------------------------------- trap: visibility
    pair(
        18,
        "en",
        "menopause-at-work",
        "A runs people operations at a bus company losing experienced women drivers; B is a "
        "GP with a menopause practice who trains employers.",
        a=person(
            "Rhiannon Pettifer",
            """I head people and culture at a regional bus operator in South Wales: 1,400
            drivers, a fifth of them women, most over forty-five. Our absence and
            resignation figures for women in their late forties are twice the men's. I
            coach the under-twelves netball team on Saturdays, which keeps me sane.""",
            """I need somebody medically qualified who can teach depot managers, most of
            them men in their fifties, how to have that conversation, and who can help us
            rewrite shift patterns, uniforms and toilet breaks so women stay behind the
            wheel.""",
            """People stay where they're treated like adults.""",
            tz=0,
            langs=["en"],
            loc="Newport",
        ),
        b=person(
            "Dr Sunita Mallender",
            """GP for eighteen years with a special interest in the menopause; I run a
            clinic two days a week and have trained line managers at a supermarket chain
            and two NHS trusts on symptoms, adjustments and what to say. I've written the
            guidance a local council now uses for its own staff.""",
            """I'd like one big employer with a workforce on shifts and in uniform, with an
            HR lead who has real authority, to build a full programme with me and measure
            what happens to absence over two years.""",
            """Evidence, plain words, no embarrassment.""",
            tz=0,
            langs=["en"],
            loc="Cardiff",
        ),
        twin=person(
            "Dr Beatrix Cholmondeley",
            """GP with a menopause clinic in Bristol, who trains NHS managers on symptoms
            and adjustments and has written patient leaflets for two charities. I also see
            private patients on Fridays.""",
            """I'm looking for a developer and a product person to build a symptom-tracking
            app, plus an investor to fund the first year, so women can share their data
            with their doctor.""",
            """Women deserve better data.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Lowri Cadwaladr",
            """I'm a union rep at a bus depot in Swansea, driving for twenty-two years. I
            organise the depot's social club and know every driver's story.""",
            """I need someone in HR at head office who will listen when women drivers
            raise problems with shifts and uniforms, and who can change the rota rules
            instead of promising a working group.""",
            """Drivers first.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Dr Morwenna Trelawny",
            """GP with a menopause clinic; I train line managers at large employers on
            symptoms, adjustments and what to say, and wrote a council's staff
            guidance.""",
            """A large shift-working employer with an HR lead with authority, to build a
            programme with me and measure absence over two years.""",
            """Plain words.""",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 19 ---------------------------------------------------------------- trap: commitment
    pair(
        19,
        "cross",
        "french-sake",
        "A owns Japanese restaurants in London and wants a European rice wine; B brews sake "
        "in the Loire valley and wants restaurant buyers.",
        a=person(
            "Kenji Hollingsworth",
            "4 izakayas in London and the import duty on Japanese sake kills our margins.",
            "A brewer in Europe who makes proper rice wine, 2,000 bottles a year for us.",
            "Honest drinks.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Anaïs Poupardin",
            "Je brasse du saké près de Blois, riz de Camargue, levure de Kyoto.",
            "Je veux des restaurants qui prennent mes bouteilles tous les mois.",
            "Patience et riz.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Guilhem Marsaudon",
            "Brasseur de saké près de Toulouse, riz local, petite série.",
            "Je cherche un investisseur pour un chai réfrigéré.",
            "Le temps long.",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Saoirse Lindqvist",
            "Sommelier trainer, I run sake courses for London bar staff.",
            "Restaurants that send their staff on my course each season.",
            "Staff who know what they pour.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Corentin Vaugirard",
            "Je brasse du saké en Touraine, riz de Camargue, petite série.",
            "Des restaurants qui prennent mes bouteilles chaque mois.",
            "Patience.",
            ro=["domain"],
            rs=["sales"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 20 ---------------------------------------------------------------- trap: timezone
    pair(
        20,
        "mixed",
        "campsite-mosquitoes",
        "A runs a lakeside campsite whose guests leave early, bitten; B installs CO2 "
        "mosquito traps and wants sites to equip.",
        a=person(
            "Solenn Guéhenno",
            "Camping au bord du lac, 140 emplacements. Guests leave after 2 nights, bitten.",
            "Les avis disent 'beautiful but unbearable at dusk'. Je perds mes clients.",
            "No chemicals near the water, and we keep the reeds.",
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Marten Blokzijl",
            "Je pose des pièges à CO2 anti-moustiques, without insecticide, tested in Dutch parks.",
            "Looking for des sites de plein air where I can equip the whole place.",
            "Sans poison.",
            tz=1,
            langs=["en", "fr", "nl"],
        ),
        twin=person(
            "Joost Heemskerk",
            "Traps for ticks and mosquitoes, CO2-based, for golf courses et parcs.",
            "I need a distributor en Allemagne with a sales team.",
            "Grow fast.",
            tz=1,
            langs=["en", "fr", "nl"],
        ),
        one=person(
            "Elodie Brannigan",
            "Wedding planner, mariages en plein air au bord des lacs.",
            "A campsite to host my guests' tents et caravanes in June.",
            "Fêtes simples.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Travis Hebert",
            "CO2 mosquito traps, sans insecticide, tested in Louisiana bayous.",
            "Des campings where I can equip the whole site.",
            "No poison.",
            tz=-6,
            langs=["en", "fr"],
        ),
    ),
]
