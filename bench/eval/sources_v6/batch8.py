"""Pairs 71-80 of complementary_v6."""

from people import pair, person

PAIRS = [
    # 71 ---------------------------------------------------------------- trap: language
    pair(
        71,
        "cross",
        "shelter-dog-adoption",
        "A runs a municipal dog pound where adoptions have collapsed; B trains shelter dogs "
        "and writes their adoption profiles.",
        a=person(
            "Jean-Baptiste Chanteloube",
            "Fourrière et refuge, Limoges, 80 chiens.",
            "Les adoptions ont chuté de moitié, les boxes sont pleins, et on euthanasie.",
            "Aucun chien oublié.",
            ro=["operations"],
            rs=["marketing"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Harriet Collingwood",
            "Dog trainer and photographer: I make shelter dogs adoptable, then show them off.",
            "A pound with dogs waiting and staff who'll let me work with them daily.",
            "Every dog has a match.",
            ro=["marketing"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Lucy Marchbank",
            "Dog trainer, puppy classes in Bordeaux, I speak French.",
            "An app developer for my online puppy course.",
            "Start them young.",
            ro=["marketing"],
            rs=["tech"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Irénée Valadier",
            "Famille d'accueil, j'ai un grand jardin pour deux chiens.",
            "Un refuge qui me confie des chiens en attente.",
            "Un foyer pour tous.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Poppy Fairbrother",
            "Dog trainer and photographer who makes shelter dogs adoptable.",
            "A pound with waiting dogs and staff who let me work daily.",
            "Every dog has a match.",
            ro=["marketing"],
            rs=["operations"],
            tz=1,
            langs=["en"],
        ),
    ),
    # 72 ---------------------------------------------------------------- trap: consent
    pair(
        72,
        "en",
        "hand-painted-shopfronts",
        "A leads a high-street revival whose shopfronts carry plastic banners; B is a "
        "signwriter who letters shopfronts by hand and wants a whole street.",
        a=person(
            "Geraint Pocklington",
            """I lead the high-street revival scheme for Margate council: a grant pot for
            shopfronts, forty independent shops signed up, a conservation officer and a
            lot of goodwill. The fronts are mostly plastic vinyl banners screwed over
            Victorian fascias. I sing bass in a Welsh male voice choir that happens to be in
            Kent.""",
            """I need someone who can paint shop names by hand, with gold leaf and shading,
            matching each shop's character, and teach a couple of local young people the
            trade while doing it.""",
            """A high street should look like someone cares.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Florence Tidmarsh",
            """Signwriter for sixteen years: brush lettering on fascias, windows and vans,
            water-gilding and glass gilding, and restoring old ghost signs on brick. I've
            painted for pubs, barbers and a whole market hall in Norwich.""",
            """I want a project that gives me a whole row of shops, a budget and the town
            hall's blessing, so I can take on two apprentices and make it visible enough to bring
            work from other towns.""",
            """Letters by hand, built to weather.""",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Horace Yelland",
            """Signwriter and illustrator; I paint murals on café walls and lettering on
            canal boats, and I run a popular Instagram of my work.""",
            """I need a manufacturer to produce a range of my designs as prints and mugs,
            and an online shop.""",
            """Colour everywhere.""",
            rs=["operations", "sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Sabrina Culverhouse",
            """I own a vintage clothing shop on Margate's high street with a tatty plastic
            banner and no money to fix it.""",
            """A grant scheme that pays for my shopfront and someone at the council who
            helps with the paperwork.""",
            """Old clothes, new life.""",
            ro=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Wendell Coxhead",
            """Signwriter, fifteen years: brush lettering, water- and glass-gilding, ghost
            signs restored on brick, a whole market hall painted.""",
            """A full street with a budget and the council's blessing, to take on two
            apprentices.""",
            """Letters by hand.""",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 73 ---------------------------------------------------------------- trap: visibility
    pair(
        73,
        "cross",
        "hotel-viennoiserie",
        "A runs an Edinburgh hotel whose breakfast pastries are bought frozen; B is a French "
        "pastry baker who wants a hotel kitchen at dawn.",
        a=person(
            "Isobel Drummond-Hay",
            "Hotel, Edinburgh, 90 rooms. Breakfast croissants come frozen, guests notice.",
            "Someone who laminates dough by hand and bakes at 5 every morning, here.",
            "Breakfast sets the day.",
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Corentin Lemarié",
            "Pâtissier, feuilletage et viennoiseries, 12 ans à Paris. Je parle anglais.",
            "Une cuisine d'hôtel libre la nuit et des clients chaque matin.",
            "Le beurre, le temps.",
            tz=0,
            langs=["fr", "en"],
        ),
        twin=person(
            "Anatole Grosjean",
            "Pâtissier, gâteaux de mariage, pièces montées. Je parle anglais.",
            "Un wedding planner qui me recommande.",
            "La fête.",
            tz=0,
            langs=["fr", "en"],
        ),
        one=person(
            "Fergus McAlpine",
            "Tour guide, Edinburgh, 4 walking tours a day.",
            "A hotel whose concierge books my tours for guests.",
            "Stories on foot.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Gabin Ferrandière",
            "Pâtissier, feuilletage et viennoiseries, 10 ans à Lyon. Je parle anglais.",
            "Une cuisine d'hôtel libre la nuit et des clients le matin.",
            "Le beurre.",
            tz=0,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 74 ---------------------------------------------------------------- trap: commitment
    pair(
        74,
        "fr",
        "35mm-projection",
        "A runs an art-house cinema that wants to screen archive 35 mm prints; B is a "
        "projectionist who keeps 35 mm projectors running.",
        a=person(
            "Fantine Giraudoux",
            "Cinéma d'art et d'essai à Dijon, 2 salles, un vieux projecteur 35 mm au grenier.",
            "Quelqu'un qui sache remettre la machine en marche et passer des copies d'archive.",
            "Le cinéma en pellicule.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Anselme Chardigny",
            """Projectionniste depuis trente ans, j'ai passé du 35 et du 70 mm dans des
            salles de Paris et de Lyon, je démonte, je règle et je répare les projecteurs,
            je sais monter une copie, la réparer à la colleuse et la rendre à la cinémathèque
            sans une rayure. Je donne aussi des cours aux étudiants.""",
            """Je cherche une salle qui veuille programmer des copies d'archive chaque
            semaine et qui me confie sa cabine, pour ne pas laisser mourir ce métier.""",
            """La lumière à travers la pellicule.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Désiré Monfollet",
            """Projectionniste et technicien cinéma, j'installe des projecteurs numériques
            et des écrans dans les salles de village, et je fais les réglages son.""",
            """Je cherche un distributeur de matériel qui me donne une exclusivité régionale,
            et un investisseur pour un camion d'intervention.""",
            """Le cinéma partout.""",
            ro=["domain"],
            rs=["sales", "finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Ysolde Vautrin",
            """Je programme un festival de films muets avec musique live à Beaune, une semaine en octobre, avec des pianistes et un petit orchestre, et des séances scolaires l'après-midi.""",
            """Je cherche une salle partenaire à Dijon qui accueille nos séances et nos musiciens toute la semaine, avec une bonne acoustique.""",
            """Le muet vit encore, en musique.""",
            ro=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Léon Bassompierre",
            """Projectionniste depuis vingt-cinq ans, 35 et 70 mm, je règle et répare les
            projecteurs et je rends les copies d'archive sans une rayure.""",
            """Une salle qui programme des copies d'archive chaque semaine et me confie sa
            cabine.""",
            """La pellicule.""",
            ro=["domain"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 75 ---------------------------------------------------------------- trap: timezone
    pair(
        75,
        "cross",
        "alpaca-trekking",
        "A runs a gîte in the Cantal whose guests want outings; B breeds alpacas and leads "
        "walks with them, and wants a place with guests.",
        a=person(
            "Berthe Lacassagne",
            """Je tiens un gîte de groupe de vingt-quatre lits dans le Cantal, à mille
            mètres, dans une ancienne ferme de Salers, avec une grande salle et un four à
            pain. Je reçois des familles, des groupes d'amis et des classes vertes. Mon mari
            fait le fromage à la ferme d'à côté; moi je fais les repas et la comptabilité,
            et je chante dans une chorale occitane.""",
            """Mes clients me demandent toujours quoi faire l'après-midi, surtout avec des
            enfants. Il me faudrait quelqu'un qui emmène marcher des familles avec des
            animaux doux qui portent les sacs, une sortie que les petits n'oublient pas, et
            qui s'installe près d'ici.""",
            """Que les enfants repartent avec de la terre sous les ongles.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Gwendolyn Pritchard",
            """I breed alpacas: twenty-two animals, moved from Powys to the Cantal last year
            with my partner. I lead halter walks for families and school groups, two hours
            on easy paths, with the alpacas carrying the picnics. Children lead them
            themselves after a short briefing. I speak French, but my accent amuses
            people.""",
            """I'm looking for a place nearby that already hosts families and groups and
            wants a regular activity, with a bit of pasture I can rent, so I don't spend
            my life advertising.""",
            """Gentle animals, slow walks.""",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Meredith Yarwood",
            """I breed alpacas in the Lot and sell their fleece to hand-spinners and
            knitters, about two hundred kilos a year. I speak French.""",
            """I need a mini-mill partner to process the fleece into yarn, and a shop that
            sells it.""",
            """Soft fibre, kind farming.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Aurélie Fontanges",
            """Institutrice à Aurillac, j'emmène ma classe de CM1 en classe verte chaque
            printemps, trois jours, et je cherche un hébergement.""",
            """Un gîte de groupe qui accueille une classe de vingt-quatre enfants et leurs
            accompagnateurs avec les repas.""",
            """Apprendre dehors.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Caitlin O'Rourke-Blaine",
            """I breed alpacas in Alberta, twenty animals, and lead halter walks for families and school groups, the alpacas carrying the picnics. I speak French, learnt in Montreal.""",
            """A place that already hosts families and groups and wants a regular activity, with pasture I can rent nearby.""",
            """Gentle animals, slow walks.""",
            tz=-7,
            langs=["en", "fr"],
        ),
    ),
    # 76 ---------------------------------------------------------------- trap: language
    pair(
        76,
        "mixed",
        "bilingual-wedding-celebrant",
        "A plans weddings in Provence where half the guests cannot follow the ceremony; B is "
        "a bilingual celebrant who writes and leads ceremonies in both languages.",
        a=person(
            "Blanche Aubanel-Reeves",
            """Wedding planner in the Luberon depuis dix ans, forty weddings a year in
            mas and vineyards, mostly couples where one side is British or American and the
            other French. I handle venues, caterers, florists, et les plans de table qui
            déclenchent des guerres. My dog Biscuit attends most weddings.""",
            """Half the guests never understand the ceremony: the mayor speaks French only,
            the speeches in English fall flat with the French grandparents, et tout le monde
            regarde son téléphone. The couples are disappointed afterwards.""",
            """Une fête où tout le monde comprend pourquoi il pleure.""",
            tz=1,
            langs=["en", "fr"],
        ),
        b=person(
            "Noémie Ashcroft",
            "Officiante laïque, j'écris et je célèbre, half in French, half in English.",
            "Des organisatrices de fêtes qui me confient leurs mariés binationaux.",
            "Words that everyone feels.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Margaux Pilkington",
            "Officiante laïque, cérémonies de baptême et funérailles, in English too.",
            "A funeral home qui m'envoie des familles.",
            "Dire adieu.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Valère Sauveterre",
            "Propriétaire d'un mas, I rent it for weddings, 150 guests.",
            "A planner qui remplit mon calendrier de mai à septembre.",
            "Un lieu pour la fête.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Francesca Bellandi",
            "Celebrante laica, scrivo e celebro matrimoni in due lingue.",
            "Wedding planner che mi affidano le coppie miste.",
            "Parole per tutti.",
            tz=1,
            langs=["it"],
        ),
    ),
    # 77 ---------------------------------------------------------------- trap: consent
    pair(
        77,
        "cross",
        "asparagus-picking-crews",
        "A grows asparagus in Worcestershire and has no pickers since the rules changed; B "
        "leads a trained harvest crew from the Landes that wants seasons abroad.",
        a=person(
            "Neville Brockhurst",
            "Asparagus grower, Vale of Evesham, 80 acres. No pickers since 2021.",
            "A team of skilled people who can cut spears fast, April to June.",
            "Fair pay, proper housing.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Ginette Larrouturou",
            """Cheffe d'équipe de récolte depuis quinze ans dans les Landes : vingt-cinq
            saisonniers formés, qui coupent les turions au couteau sans abîmer les griffes,
            avec leur propre minibus. Notre saison chez nous finit mi-mai. Je parle anglais,
            j'ai fait des saisons en Irlande.""",
            """Je cherche des fermes hors de France qui nous prennent de mi-mai à fin juin,
            avec un logement correct et les papiers faits, pour garder l'équipe ensemble
            plus longtemps.""",
            """Une équipe qu'on respecte travaille bien.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Maurice Lesbats",
            """Chef d'équipe, je dirige quarante vendangeurs dans le Bordelais chaque
            septembre, avec hébergement et transport. Je parle anglais.""",
            """Je cherche un logiciel de paie et de planning pour saisonniers, et un
            comptable.""",
            """Le travail bien payé.""",
            ro=["operations"],
            rs=["finance", "tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Bridget Oakhampton",
            """I run a farm shop outside Evesham with a café and a butcher's counter; we sell only what grows or grazes within twenty miles, and our busiest weeks are late spring, when coach parties stop on their way to the Cotswolds.""",
            """I want a grower nearby who'll send fresh-cut spears every morning from April to June, bunched and labelled with the farm's name, and let us run a 'meet the grower' day in the field.""",
            """Local first, and say where it comes from.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Huguette Dubernet",
            """Cheffe d'équipe de récolte, vingt saisonniers formés qui coupent les turions
            au couteau, avec minibus; notre saison finit mi-mai. Je parle anglais.""",
            """Des fermes hors de France qui nous prennent de mi-mai à fin juin, logement et
            papiers compris.""",
            """Respecter l'équipe.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 78 ---------------------------------------------------------------- trap: visibility
    pair(
        78,
        "en",
        "denture-marking",
        "A manages a care home where residents' dentures go missing in the laundry; B is a "
        "dental technician who engraves names into dentures on site.",
        a=person(
            "Deirdre Fallowfield",
            "Care home manager, Wigan, 60 beds.",
            "Teeth keep vanishing in the laundry. Families furious, residents can't eat.",
            "Small things are big things.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Colin Marsden",
            "Dental technician. I engrave names into dentures, 5 min each, on site.",
            "Care homes that book me twice a year for all residents.",
            "Nobody loses their smile.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Gareth Lumley",
            "Dental technician, I make new dentures in a mobile lab.",
            "An investor for a second van.",
            "Teeth that fit.",
            ro=["domain"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Beverley Nutter",
            "Laundry service, we wash for 10 care homes.",
            "Another care home to sign a contract.",
            "Clean and on time.",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Trevor Hindle",
            "Dental technician, I engrave names into dentures on site, 5 min each.",
            "Care homes that book me twice a year.",
            "Nobody loses their smile.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 79 ---------------------------------------------------------------- trap: commitment
    pair(
        79,
        "cross",
        "buffalo-mozzarella",
        "A keeps water buffalo in Normandy and sells the milk at cow's-milk price; B is a "
        "cheesemaker trained in Campania who wants buffalo milk.",
        a=person(
            "Gautier Lemonnier",
            "J'élève 60 bufflonnes dans le Cotentin. Lait vendu au prix du lait de vache.",
            "Qqn qui sache filer la pâte à la main et monter une fromagerie avec moi.",
            "Oser autre chose.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Edmund Thackeray",
            """Cheesemaker; I trained for three years in a dairy near Paestum making pasta
            filata by hand, then ran a small creamery in Somerset. I know stretching,
            brining, shaping and the short shelf life of it all. I speak French and would
            happily move to Normandy.""",
            """I need a herd of buffalo and a farmer who'll build the dairy with me on the
            farm, so the milk goes from parlour to vat in an hour.""",
            """Fresh means this morning.""",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Barnaby Quenington",
            """Cheesemaker in Devon: soft goat's cheeses, ash-coated logs and little crottins, from our own herd of ninety goats. I speak French, badly but bravely, and I sell at three farmers' markets.""",
            """I need a refrigerated courier who can get fresh cheese to London restaurants overnight, and someone to build us a proper web shop.""",
            """Fresh, young and honest.""",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Hortense Leclerc-Marais",
            """Je tiens une pizzeria au feu de bois à Caen, quatre-vingts couverts, avec des produits normands partout où je peux: farine, jambon, cidre. La mozzarella reste la seule chose qui vient d'Italie.""",
            """Je cherche un éleveur ou une fromagerie du coin qui me livre de la mozzarella fraîche deux fois par semaine, pour dire sur la carte que tout est normand.""",
            """Le local d'abord, même pour la pizza.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Percy Wainscott",
            """Cheesemaker trained near Paestum in hand-stretched pasta filata, then a
            small creamery in Somerset. I speak French.""",
            """A buffalo herd and a farmer who'll build the dairy with me on the farm.""",
            """Fresh means this morning.""",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 80 ---------------------------------------------------------------- trap: timezone
    pair(
        80,
        "fr",
        "adaptive-scuba",
        "A presides over a Marseille diving club that wants to open to disabled divers; B is "
        "an instructor qualified to teach disabled people to dive.",
        a=person(
            "Honorat Castellanos",
            """Je préside un club de plongée à Marseille : cent quatre-vingts membres, un
            bateau de douze places, un local au Vieux-Port et des moniteurs bénévoles. Nous
            plongeons dans les calanques toute l'année. Je suis plombier de métier, ce qui
            fait rire les membres quand un détendeur fuit.""",
            """On reçoit des demandes de personnes en fauteuil, de non-voyants ou
            d'amputés, et on dit non, faute de savoir faire. Il me faut un moniteur formé
            pour encadrer ces plongeurs, modifier l'équipement et former mes bénévoles.""",
            """La mer est à tout le monde.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Salomé Verdaguer",
            """Monitrice de plongée, qualifiée pour l'enseignement aux personnes en
            situation de handicap, quinze ans d'expérience, dont cinq dans un centre de
            rééducation. Je sais mettre à l'eau une personne paraplégique, guider une
            personne aveugle à vingt mètres et adapter gilets et palmes.""",
            """Je cherche un club qui a les moyens d'aller en mer et une équipe motivée,
            prêt à ouvrir une section adaptée, où je pourrais venir deux jours par semaine et
            former l'équipe.""",
            """Sous l'eau, le corps est libre.""",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Ange Pietrasanta",
            """Moniteur de plongée, je fais des baptêmes et des formations pour touristes en
            Corse tout l'été, avec mon propre bateau.""",
            """Je cherche un agent de voyage qui me remplisse mon bateau en mai et en
            septembre, et un associé pour l'hiver.""",
            """La mer pour tous les touristes.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Régine Baccarini",
            """Ergothérapeute dans un centre de rééducation à Marseille, je cherche des activités de plein air pour mes patients blessés médullaires, pour qu'ils retrouvent confiance en leur corps.""",
            """Un club de plongée qui accueille mes patients paraplégiques pour un baptême au printemps, et qui me laisse venir avec eux.""",
            """Retrouver son corps, autrement.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Heimana Teriierooiterai",
            """Monitrice de plongée à Moorea, qualifiée pour l'enseignement aux personnes
            handicapées; je mets à l'eau des personnes paraplégiques et je guide des
            personnes aveugles.""",
            """Un club avec bateau et bénévoles qui ouvre une section adaptée.""",
            """Sous l'eau, le corps est libre.""",
            tz=-10,
            langs=["fr"],
        ),
    ),
]
