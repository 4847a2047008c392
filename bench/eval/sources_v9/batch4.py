"""Pairs 31-40 of complementary_v9."""

from people import pair, person

PAIRS = [
    # 31 ---------------------------------------------------------------- trap: language
    pair(
        31,
        "fr",
        "chapiteau-de-cirque",
        "A dirige un cirque familial dont la toile du chapiteau est déchirée; B coud et répare "
        "les grandes toiles de cirque et veut des compagnies fidèles.",
        a=person(
            "Anastasia Zavatelli",
            """Nous sommes un cirque familial de la cinquième génération, basé l'hiver près de
            Montauban. Nous tournons d'avril à octobre dans le Sud-Ouest avec un chapiteau de
            500 places, douze artistes, des chevaux, et un spectacle de deux heures que nous
            renouvelons chaque année. Nous faisons environ 150 représentations, surtout dans
            les petites villes qui n'ont pas de théâtre, et nous avons notre propre équipe de
            montage.""",
            """Notre toile a vingt-deux ans: les laizes se décousent, il y a des accrocs au
            niveau des mâts et la pluie passe au-dessus de la piste. Il nous faut un artisan
            qui sache remettre en état une bâche de cette taille sur place pendant l'hivernage, et
            nous conseiller pour en faire une neuve dans deux ans. Nous pouvons mettre 18 000
            euros cet hiver.""",
            """Le cirque, c'est une famille, et le public des villages mérite le même spectacle
            que celui des grandes villes.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Montauban",
        ),
        b=person(
            "Marcellin Lasbordes",
            """bâchiste / voilier de chapiteaux depuis 1998, atelier a castelnaudary
            - fabrication + reparation de toiles de cirque, tentes de reception, gradins couverts
            - soudure haute fréquence PVC + couture, 2 machines de 12 m
            - je me deplace avec camion + nacelle pour reparer sur site
            - clients: 9 compagnies de cirque, 3 festivals, une mairie""",
            """je cherche des compagnies qui me confient l'entretien de leur grande tente sur
            plusieurs années: une visite en hivernage, les réparations, et la neuve quand il
            le faut. avec un terrain ou je peux étaler la toile à plat (min 40x40 m) et un
            coin pour dormir pendant les 2-3 semaines du chantier""",
            "une toile bien entretenue dure 25 ans, je prefere réparer que vendre du neuf",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Castelnaudary",
        ),
        twin=person(
            "Évariste Cazenobe",
            """Je fabrique des chapiteaux et des tentes de réception dans mon atelier de
            Carcassonne depuis vingt ans: découpe, couture et soudure haute fréquence de toiles
            PVC, œillets, sangles et laçages. Je répare aussi les toiles de cirque abîmées par
            le vent, sur place, avec une nacelle et une équipe de deux, et je travaille pour
            une douzaine de compagnies et plusieurs mairies de l'Aude.""",
            """Il me faut un fournisseur de toile PVC ignifugée classée M2, en laize de 2,50 m,
            qui me livre 3 000 m² en une fois au printemps, avec les certificats en règle: mon
            fournisseur italien a doublé ses prix et ne garantit plus les délais. Je cherche
            aussi un comptable qui connaisse les marchés publics.""",
            """Bien coudre, ne rien bâcler: une toile qui lâche peut blesser quelqu'un. Je veux
            garder mes prix pour les petites compagnies.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Héloïse Carbonnières",
            """Je suis directrice de l'événementiel de la ville d'Albi: marché de Noël, fête de
            la musique, festival d'été, environ 40 000 visiteurs sur l'année. Je gère les
            budgets, la sécurité, les autorisations et la communication, et je travaille avec
            une équipe municipale de huit personnes et de nombreux bénévoles.""",
            """Pour les fêtes de fin d'année, je cherche un cirque qui installe son chapiteau
            sur la place du Vigan pendant trois semaines et donne deux représentations par
            jour, dont des séances pour les écoles. La ville fournit l'électricité, l'eau et le
            gardiennage, et paie un forfait.""",
            """Offrir des spectacles à ceux qui ne partent pas en vacances, et faire vivre le
            centre-ville l'hiver.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Remigio Castañeda",
            """Fabrico y reparo lonas de circo desde 1998 en mi taller de Huesca: carpas,
            tiendas de recepción y gradas cubiertas. Soldadura de alta frecuencia y costura,
            dos máquinas de doce metros. Me desplazo con camión y plataforma elevadora para
            reparar en el sitio, y trabajo para nueve compañías de circo y tres festivales.""",
            """Busco compañías que me confíen el mantenimiento de su carpa durante varios años:
            una visita en invierno, las reparaciones y la nueva cuando haga falta, con un
            terreno donde extender la lona y un sitio para dormir durante la obra.""",
            """Una lona bien cuidada dura veinticinco años; prefiero reparar que vender nueva.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["es"],
        ),
    ),
    # 32 ---------------------------------------------------------------- trap: consent
    pair(
        32,
        "cross",
        "pilates-reformer-servicing",
        "A's Pilates studio has squeaking reformers with tired springs; B services Pilates "
        "machines and wants studios with many of them.",
        a=person(
            "Philippa Danvers-Oake",
            "I run a Pilates studio in Bath with 14 reformers, 500 classes a month.",
            "Someone who can service the machines: new springs, straps, wheels, no squeaks.",
            "Move well, age well.",
            tz=0,
            langs=["en"],
            loc="Bath",
        ),
        b=person(
            "Éloi Marchesseau",
            "Je révise les appareils de Pilates: ressorts, sangles, chariots, roulements.",
            "Des salles équipées de beaucoup d'appareils, avec une visite tous les 6 mois.",
            "Un appareil sûr est un appareil suivi.",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Caen",
        ),
        twin=person(
            "Jordan Bellamy-Roux",
            "Technicien d'appareils de Pilates: ressorts, poulies, sellerie, réglages.",
            "Un fabricant de ressorts calibrés qui produise en petites séries.",
            "Précision.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Anjali Wadsworth-Iyer",
            "Physio clinic in Bath, 6 physios; we see a lot of back pain after surgery.",
            "A Pilates studio with machines where our rehab patients can take classes.",
            "Strong backs.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Honoré Bonnemayre",
            "Je révise les appareils de Pilates: ressorts, sangles, chariots, roulements.",
            "Des studios bien équipés, avec une visite de contrôle deux fois par an.",
            "Un appareil suivi est un appareil sûr.",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 33 ---------------------------------------------------------------- trap: visibility
    pair(
        33,
        "mixed",
        "tango-dance-floor",
        "A's weekly milonga is held on a floor that grabs dancers' shoes; B lays and refinishes "
        "dance floors and wants halls to work on.",
        a=person(
            "Inés Carvalho-Berthet",
            "J'organise une milonga à Paris every Friday, with 200 dancers, dans une salle louée à l'année.",
            "Le parquet accroche les semelles and people twist their knees when they pivot, c'est dangereux.",
            "Le tango, c'est l'écoute.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Florent Mercadier-Lowe",
            "Je pose and sand the sprung floors pour la danse, with a matt finish et la glisse réglée.",
            "Halls de danse qui peuvent fermer trois jours for the works, en été.",
            "Un bon sol protège les genoux.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Montreuil",
        ),
        twin=person(
            "Damien Olivares-Hunt",
            "Je pose des planchers suspendus for ballet and tango, ponçage, vitrification.",
            "I need a sawmill qui me vende du chêne sec en lames, by the truckload.",
            "Bois juste.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Valentina Sorrento-Paix",
            "Je fabrique des chaussures de tango sur mesure, handmade in Paris.",
            "A milonga where I can set up a stand et vendre mes paires le vendredi.",
            "Beau et confortable.",
            ro=["design"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Octave Lemarié-Price",
            "Je pose and sand des sols de danse sur lambourdes, vernis mat, glisse réglée.",
            "Salles de danse qui peuvent fermer trois jours for the works, l'été.",
            "Le bon sol sauve les genoux.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 34 ---------------------------------------------------------------- trap: commitment
    pair(
        34,
        "cross",
        "truffle-dog-training",
        "A's truffle grounds need a new dog to find the truffles; B trains truffle dogs and "
        "wants real truffle grounds to train on.",
        a=person(
            "Gérard Lacapelle",
            "Trufficulteur dans le Lot, 6 ha de chênes truffiers, mon vieux chien est à la retraite.",
            "Qqn qui dresse un jeune chien à cavager d'ici l'hiver, et m'apprenne à le mener.",
            "Patience et nez.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Lalbenque",
        ),
        b=person(
            "Rosalind Sotherby-Lund",
            """I train scent dogs for a living, and for the last eight years mostly truffle
            dogs: lagottos, spaniels and a few terriers, taught to find ripe Périgord and
            Burgundy truffles, mark without digging, and work in cold wet woods for three
            hours. I learned in Umbria with an old trifolau and now live in Quercy. I start
            puppies at four months and hand over a working dog after about a year, with
            lessons for the owner so the dog keeps listening to its new handler.""",
            """What I lack is ground with real truffles in it. I need one or two growers with
            productive oaks who will let me bring my dogs in training twice a week from
            November to March, and who might take on a trained dog of their own. I'd pay a
            share of what the dogs find, or train a grower's dog at cost in exchange.""",
            """A dog that works happily finds more. No shock collars, no shortcuts, and no dog
            sold to someone who won't look after it.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Cahors",
        ),
        twin=person(
            "Bartholomew Eyreton",
            """I'm a dog trainer in the Dordogne specialising in detection work: truffle dogs
            for farmers, and scent-search for a couple of mountain rescue teams. I work mainly
            with lagotto romagnolo and springer spaniels, start them young on scent games,
            then move them to real woods, and I teach owners how to read their dog's signals.
            I've placed about sixty working dogs over ten years, in France and England.""",
            """I need a responsible lagotto breeder, with health-tested parents and hip
            scores, who can reserve me three or four puppies a year from working lines. The
            breeders I've used either breed for the show ring or sell to anyone with cash,
            and I won't train dogs with bad hips.""",
            """Healthy dogs from honest breeders; a working life should be a good life, and I
            refuse to cut corners on health.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Antonin Escoubas",
            """Je suis chef et patron d'un restaurant gastronomique à Cahors, trente couverts,
            une étoile depuis 2021. L'hiver je fais un menu autour de la truffe noire, avec
            une clientèle qui vient de Toulouse et de Bordeaux pour ça. J'ai une brigade de
            cinq personnes, une bonne cave et une page qui marche bien sur les guides. Je fais aussi des dîners à quatre mains avec
            des chefs invités, et je sais raconter un produit à la salle.""",
            """Je voudrais acheter mes truffes directement à un producteur du Lot, sans passer
            par le marché de Lalbenque: deux à trois kilos par semaine de décembre à février,
            bien mûres, brossées, avec une traçabilité claire. Je paie comptant au cours du
            marché et je cite le producteur sur ma carte.""",
            """Travailler avec ceux qui font pousser les choses, et payer le vrai prix d'un
            produit rare.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Marjorie Hindmarsh",
            """I train scent dogs, mostly truffle dogs for the last eight years: lagottos,
            spaniels and a few terriers, taught to find ripe black truffles, mark without
            digging and work for hours in cold woods. I learned in Umbria and now live in
            Quercy; I start puppies at four months and hand over a working dog after a year,
            with lessons for the owner so the dog keeps listening. I've placed about forty
            trained dogs in the Lot and the Dordogne.""",
            """I need one or two growers with productive oaks who'll let me bring my dogs in
            training twice a week through the winter, and who might take on a trained dog. I
            would share what the dogs find, or train a grower's own dog at cost, and I'm there
            every week from November to March.""",
            """Happy dogs find more: no shock collars, no shortcuts, and no dog sold to anyone who
            won't look after it.""",
            ro=["domain"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 35 ---------------------------------------------------------------- trap: timezone
    pair(
        35,
        "fr",
        "cuves-beton-vinicoles",
        "A préside une cave coopérative dont les cuves en béton des années 60 se fissurent; B "
        "rénove l'intérieur des cuves béton et veut de gros chantiers.",
        a=person(
            "Josiane Baptistou",
            """- cave coop en minervois, 140 vignerons, 60 000 hl par an
            - 48 cuves beton de 1962 a 1971, entre 200 et 600 hl chacune
            - on vinifie surtout du rouge, un peu de rosé, vente vrac + bouteilles
            - je suis presidente (benevole) + vigneronne sur 22 ha""",
            """il nous faut des gens qui remettent nos vieux reservoirs en etat: détartrer,
            boucher ce qui craque, poser un enduit qui ne donne pas de goût au vin, tout
            remettre aux normes. on a 12 bacs qui perdent deja, le labo a trouvé un goût de
            béton sur deux lots. le
            chantier doit se faire entre fevrier et juin, avant les vendanges. budget voté en
            AG: 150 000 €""",
            "garder la coop debout pour les petits, pas laisser partir tout le monde chez le négoce",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Olonzac",
        ),
        b=person(
            "Arsène Villeneuve-Fabre",
            """Mon entreprise de six personnes, à Narbonne, est spécialisée dans les cuves
            vinaires en ciment armé. Nous enlevons le tartre au jet haute pression, nous
            ouvrons et colmatons les fissures avec des mortiers techniques, puis nous
            appliquons un revêtement époxy certifié contact alimentaire, ou un tartrage
            traditionnel pour les caves qui le préfèrent. Nous contrôlons l'étanchéité par mise
            en eau et fournissons un dossier pour les contrôles sanitaires. Nous avons traité
            plus de 900 cuves depuis 2008 en Languedoc et en Roussillon.""",
            """Nous voulons de gros chantiers planifiés, de préférence dans des coopératives qui
            ont beaucoup de réservoirs de la même époque, pour organiser une équipe sur trois ou
            quatre mois. Il nous faut un client qui libère les réservoirs dans l'ordre, nous laisse
            un local pour le matériel et paie par tranches.""",
            """Faire durer les outils de travail des vignerons, plutôt que de tout remplacer par
            de l'inox.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Narbonne",
        ),
        twin=person(
            "Rodrigue Sarradet",
            """Je dirige une petite entreprise de Béziers qui entretient les cuveries anciennes:
            détartrage, traitement des fissures du ciment, remise à niveau des portes et des
            vannes, et pose de revêtements époxy alimentaires. Nous travaillons pour des caves
            particulières et quelques coopératives, avec une équipe de quatre et du matériel
            de projection, et nous faisons les tests d'étanchéité avant la remise en service.""",
            """J'ai besoin d'un fabricant ou d'un distributeur de résine époxy certifiée
            contact alimentaire qui me vende en fûts de 200 kg à prix professionnel, avec la
            fiche technique et le suivi des lots: les distributeurs régionaux sont en rupture
            chaque printemps et mes chantiers s'arrêtent.""",
            """Un travail propre qui tient vingt ans, et des prix annoncés avant de commencer,
            sans avenant en cours de route.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Gonzague Pellegrin-Roux",
            """Je suis négociant en vins à Sète: j'achète des vins en vrac dans tout le
            Languedoc, je les assemble et je les vends en bouteille à des chaînes de
            restaurants et à l'export, environ 40 000 hectolitres par an. J'ai une équipe
            commerciale, deux œnologues et un réseau d'acheteurs en Belgique et au Canada. Je
            travaille surtout des rouges de carignan et de grenache, que j'élève six à huit
            mois avant la mise en bouteille, et je fais tout analyser au laboratoire de
            Montpellier.""",
            """Je cherche une coopérative qui me loue de la capacité de stockage, une dizaine de
            cuves de 300 à 500 hectolitres, d'octobre à mai, pour élever mes assemblages près
            des vignes, avec accès pour les camions-citernes. Je paie la location d'avance et
            je peux m'engager sur trois ans.""",
            """Acheter au juste prix et payer rapidement les caves qui travaillent bien.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Stéphane Koulikoff-Nairn",
            """Mon entreprise de cinq personnes, à Nouméa, rénove les cuves en ciment armé, qu'elles servent au vin,
            à l'eau ou aux jus: détartrage haute pression, reprise des fissures au mortier
            technique, revêtement époxy alimentaire ou tartrage traditionnel, test d'étanchéité
            par mise en eau et dossier sanitaire pour les contrôles. Plus de 600 cuves traitées
            depuis 2010 dans les caves, les brasseries et les fermes de l'archipel, avec une
            équipe qui sait travailler en espace confiné.""",
            """Nous voulons de gros chantiers planifiés, dans des caves qui ont beaucoup de cuves
            de la même époque, avec un client qui libère les cuves dans l'ordre, nous laisse un
            local pour le matériel et paie par tranches.""",
            """Faire durer les outils des producteurs au lieu de tout remplacer.""",
            ro=["domain"],
            rs=["operations"],
            tz=11,
            langs=["fr"],
        ),
    ),
    # 36 ---------------------------------------------------------------- trap: language
    pair(
        36,
        "cross",
        "theatre-fly-system",
        "A's Edwardian theatre has a hemp fly system insurers call unsafe; B is a flyman who "
        "converts old rigs to counterweight and wants theatres to work on.",
        a=person(
            "Cordelia Ashworth-Vane",
            """I'm the general manager of a 900-seat Edwardian theatre in Buxton. We run about
            300 performances a year: touring drama, opera, pantomime, and a festival every July
            that fills the town. The building is listed, beautifully restored front of house
            in 2015, and the stage house still has its original 1903 grid, hemp lines and sand
            bags, operated by a crew of four.""",
            """Our insurer has told us that the flying system won't be covered after next
            August. Two lines frayed last season, a flown piece dropped a metre during a
            pantomime, and the touring companies increasingly refuse to hang anything heavy.
            We can't close for more than ten weeks, we have a listed-building officer to
            satisfy, and we've raised £220,000 so far.""",
            """Keep the old house working as a real theatre, safely, without turning it into a
            museum or losing what makes it special.""",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Buxton",
        ),
        b=person(
            "Baptistin Roucayrol",
            """machiniste-cintrier 25 ans, puis chef de plateau, maintenant ma boite (4 gars)
            - renov de cintres a l'italienne: passage du chanvre aux equipes a contrepoids
            - on garde le gril d'origine quand c'est possible, on pose des porteuses + freins
            - fait: 7 theatres a l'italienne en france, 1 en belgique, tous classés ou inscrits
            - formation des equipes de plateau a la fin + doc complet""",
            """je cherche des vieilles salles à l'italienne qui doivent moderniser leurs cintres sans perdre
            leur caractère, meme a l'étranger. il me faut une direction qui bloque 8-10 sem de
            fermeture, loge l'équipe pendant le chantier et m'aide avec l'architecte du
            patrimoine. paiement en 3 fois""",
            "respect du lieu, sécurité des gars, pas de raccourci",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Bordeaux",
        ),
        twin=person(
            "Gaspard Lemoine-Ruelle",
            """Je suis régisseur de scène et spécialiste de la machinerie des théâtres anciens:
            j'ai dirigé la remise en état des cintres de plusieurs salles à l'italienne en
            Normandie et en Bretagne, le remplacement des fils de chanvre par des équipes
            contrebalancées, la pose de freins et la reprise des grils en bois. Je travaille
            avec une petite équipe et je forme les machinistes à la fin de chaque chantier.""",
            """J'ai besoin d'une corderie capable de fabriquer du vrai chanvre de scène, traité
            contre le feu, en longueurs de 60 mètres, pour les salles classées qui veulent garder
            un ou deux fils d'origine à la main. Les seules corderies que je connais ont fermé,
            et j'ai trois commandes qui attendent.""",
            """Un théâtre se respecte comme un vieil instrument; on n'arrache pas ce qu'on peut
            encore réparer.""",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Montague Entwhistle-Barr",
            """I'm the producer of a touring opera company that takes full-scale productions to
            mid-sized towns: forty performers, an orchestra of thirty, and sets that fill two
            lorries. We tour twelve weeks a year and bring our own technical crew, publicity
            and box-office data, and we usually sell out in places that never get opera.""",
            """I need a 900-seat theatre in the north of England with a working fly tower and an
            orchestra pit, that will take us for a week each October on a box-office split, so
            we can hang our heaviest production and rehearse on stage for two days before
            opening.""",
            """Opera belongs to everyone, not just to capital cities, and the people on stage
            and in the pit deserve to be paid properly.""",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Achille Bourrassol",
            """Machiniste-cintrier pendant vingt-cinq ans puis chef de plateau, j'ai monté ma
            petite entreprise: nous rénovons les cintres des théâtres à l'italienne, du chanvre
            aux équipes à contrepoids, en gardant le gril d'origine quand on peut, avec des
            porteuses neuves et des freins. Sept théâtres faits, tous protégés, et une
            formation des équipes à la fin.""",
            """Je cherche de vieux théâtres qui doivent moderniser leurs cintres sans perdre
            leur caractère: une direction qui bloque huit à dix semaines de fermeture, loge
            l'équipe et m'aide avec l'architecte du patrimoine. Paiement en trois fois.""",
            """Respect du lieu, sécurité des gars, aucun raccourci.""",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 37 ---------------------------------------------------------------- trap: consent
    pair(
        37,
        "en",
        "kayak-hull-welding",
        "A's sea-kayak hire has a pile of cracked plastic boats; B welds polyethylene hulls and "
        "wants hire centres with broken fleets.",
        a=person(
            "Gwilym Cadwaladr-Huws",
            "Sea-kayak hire on Anglesey: 30 plastic boats, guided trips all summer.",
            "Someone to mend cracked hulls properly, not with tape, before Easter.",
            "Respect the sea.",
            tz=0,
            langs=["en"],
            loc="Anglesey",
        ),
        b=person(
            "Ffion Lloyd-Mostyn",
            "I weld polyethylene kayaks and canoes back into shape; hot-air and extrusion.",
            "Outdoor centres with a stack of split craft to fix each winter.",
            "Repair beats landfill.",
            tz=0,
            langs=["en"],
            loc="Bangor",
        ),
        twin=person(
            "Idris Pentrefoelas",
            "Plastic welder for boats and water tanks; I rebuild split polyethylene hulls.",
            "A supplier of coloured polyethylene welding rod, twenty shades, in bulk.",
            "Fix, don't bin.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Melisande Crayke",
            "Adventure-travel company: week-long trips in Wales for city groups.",
            "A kayak hire with guides who'll take our groups out twice a week.",
            "Small groups, big days.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Rhodri Bevan-Hale",
            "I weld polyethylene kayaks and canoes with hot air and an extruder.",
            "Outdoor centres with piles of broken boats to mend over winter.",
            "Repair, not landfill.",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 38 ---------------------------------------------------------------- trap: visibility
    pair(
        38,
        "cross",
        "harpsichord-voicing",
        "A teaches harpsichord with three instruments that nobody maintains; B regulates and "
        "revoices harpsichords and wants conservatoires as clients.",
        a=person(
            "Apolline Desvergnes",
            """- prof de clavecin au conservatoire de toulouse (CRR), 22 eleves
            - 3 instruments: copie blanchet 2 claviers (1994), un flamand, un italien
            - concerts avec mon ensemble baroque, 30 dates/an, on enregistre en mars
            - le conservatoire a un budget entretien mais personne à qui le donner""",
            """besoin de qqn qui vienne 3-4 fois par an: refaire les plectres,
            égaliser le toucher, changer les cordes cassées, régler les étouffoirs, et
            surtout préparer l'instrument avant l'enregistrement. le précédent est parti en
            retraite en 2022, depuis je bricole moi-même et c'est pas beau""",
            "la musique ancienne n'est pas un musée, il faut que ça sonne",
            tz=1,
            langs=["fr"],
            loc="Toulouse",
        ),
        b=person(
            "Crispin Atterbury",
            "Harpsichord technician: quilling, voicing, regulation, restringing, tuning.",
            "Music schools that own several harpsichords and pay for their upkeep yearly.",
            "Every jack matters.",
            tz=0,
            langs=["en", "fr"],
            loc="Bordeaux",
        ),
        twin=person(
            "Jeremiah Ansteybrook",
            "Early-keyboard restorer: new jacks, soundboard repairs, voicing, stringing.",
            "A supplier of real crow quills, cleaned and cut, a few thousand a year.",
            "Old sounds, new life.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Roselyne Beaurepaire",
            "Je dirige un ensemble baroque, 15 musiciens, une tournée en Espagne au printemps.",
            "Une claveciniste pour le continuo, six semaines d'avril à mai.",
            "L'esprit de la danse.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ptolemy Dewhirst",
            "Harpsichord technician: quilling, voicing, regulation, restringing.",
            "Music schools with several instruments and a yearly budget for upkeep.",
            "Each jack counts.",
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 39 ---------------------------------------------------------------- trap: commitment
    pair(
        39,
        "mixed",
        "school-canteen-plate-waste",
        "A's school kitchen throws away a tenth of its meals; B runs programmes that get "
        "children to eat what is cooked and wants canteens to work with.",
        a=person(
            "Odile Strohmeyer",
            "Je suis cheffe de cuisine dans une cantine scolaire à Strasbourg, avec 900 repas par jour.",
            "Every day about 90 kg of food goes in the bin, and the kids won't touch what we cook for them.",
            "Bien nourrir, c'est éduquer.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Strasbourg",
        ),
        b=person(
            "Niamh Vanderspeck",
            """I'm a nutritionist and former primary teacher, and for six years I've run a
            programme in schools in Freiburg and Basel that gets children to eat what the
            kitchen cooks. It's simple: weigh what comes back on the trays every day for two
            weeks, run tasting sessions in class with the cooks, let pupils vote on two
            recipes a month, change portion sizes by age and serve vegetables first. In the
            twelve schools I've worked with, what goes back to the kitchen fell by 40 to 60
            per cent in a school year.""",
            """I'd like to work with a big canteen across the border in Alsace, with a head
            cook who is willing to try things and let me into the kitchen and the classrooms
            for a year. I'll need the tray data, two hours a week with the kitchen team, and
            someone who can get the school and the town hall to agree. I can raise part of the
            funding through a Franco-German programme.""",
            """Children aren't fussy by nature; they're just never asked. Respect the cooks, who
            are the real experts.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Freiburg",
        ),
        twin=person(
            "Benedikta Larcher-Voss",
            """I'm a dietitian based in Mulhouse who audits school kitchens
            for food waste: tray weighing, menu reviews, portion guides, staff training, and a
            report the town hall can use. I've done it in eighteen schools in Alsace and the
            Jura over five years, and I speak to the pupils as much as to the cooks. I also
            run workshops for parents on packed lunches and teach a module at the catering
            college in Illkirch, so I know how kitchen teams are trained.""",
            """I need an engineer or a small company that can build cheap connected scales for
            the tray return, with a simple screen and an export to a spreadsheet, so I stop
            weighing buckets by hand and writing numbers on paper. Twenty units to start,
            robust enough to be washed down every afternoon, and a price a town hall can
            approve without a tender. I'd test them in three schools in Mulhouse first.""",
            """Measure first, then change things; numbers convince mayors, not good
            intentions.""",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Ernest Hummel-Brisach",
            """Je suis président d'une coopérative de maraîchers bio du Kochersberg: vingt-deux
            fermes, des légumes de saison, une plateforme de lavage et de conditionnement et
            deux camions frigorifiques. Nous livrons déjà des épiceries et trois restaurants
            d'entreprise, et nous pouvons préparer des légumes épluchés et coupés. Nos fermes
            produisent une soixantaine de variétés, des carottes aux courges, et nous avons
            un petit atelier de soupes et de compotes.""",
            """We need a large school kitchen in Strasbourg that will buy our vegetables every
            week on a yearly contract, with menus planned around the seasons, so our farmers
            can plan what they sow. We can deliver at 6 a.m. and adapt the sizes, et on peut
            venir présenter les fermes aux élèves une fois par trimestre.""",
            """Manger local, payer les paysans correctement, et que les enfants sachent d'où
            viennent leurs carottes.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Siobhan Grünewald",
            """Nutritionist and former primary teacher: for six years I've run a programme in
            schools near Basel that gets children to eat what the kitchen cooks, with tray
            weighing, tasting sessions with the cooks, pupil votes on recipes, portions by age
            and vegetables served first. What comes back on the trays has dropped by 40 to 60
            per cent in twelve schools.""",
            """I'd like a big canteen in Alsace whose head cook will let me into the kitchen and
            the classrooms for a year, share the tray data, give me two hours a week with the
            team, and help convince the school and the town hall. Part of the money can come
            from a cross-border programme, and I already have the tray-weighing kit and a
            year of results to show.""",
            """Children aren't fussy, they're just never asked; the cooks are the real
            experts.""",
            ro=["domain"],
            rs=["operations"],
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 40 ---------------------------------------------------------------- trap: timezone
    pair(
        40,
        "cross",
        "wedding-fireworks",
        "A hosts weddings at a château and guests ask for fireworks; B is a licensed "
        "pyrotechnician who wants a venue with a season of weddings.",
        a=person(
            "Harriet Osgood-Lisle",
            """My partner and I bought a small château near Duras in 2018 and turned it into a
            wedding venue: twenty bedrooms, a barn for 180 guests, a lake and a lawn that runs
            down to the vines. We host about 45 weddings a year, mostly British and Irish
            couples, from May to early October, and we handle everything from the caterer to
            the shuttle buses. Our couples book two years ahead.""",
            """Half our couples ask for fireworks over the lake, and we keep saying no because
            we don't know anyone who can do it legally and safely. I need someone
            properly licensed to handle explosives who can design short displays of five to
            eight minutes, deal with the local authorities' forms and the fire brigade, fire them from the jetty, and
            clean up the next morning. We'd offer a season of bookings and a commission on
            each package.""",
            """Make each day feel personal, treat suppliers as partners, and respect the
            neighbours, the vines and the wildlife around the lake.""",
            tz=1,
            langs=["en"],
            loc="Duras",
        ),
        b=person(
            "Maxime Castaingts",
            """Je suis artificier diplômé, avec le certificat de qualification F4-T2 niveau 2,
            et depuis douze ans je conçois et tire des spectacles pyrotechniques pour des
            mairies, des festivals et des mariages en Aquitaine: feux synchronisés en musique,
            tirs depuis l'eau ou un ponton, bouquets finaux courts et silencieux pour les
            zones proches des habitations. Je fais les déclarations en préfecture, je vois les
            pompiers, j'assure la sécurité du périmètre et je nettoie le lendemain.""",
            """Je voudrais un lieu de réception qui accueille beaucoup de mariages et propose
            mes spectacles dans ses formules, pour remplir mes samedis de mai à octobre au lieu
            de courir après des clients un par un. J'aimerais un accord pour la saison, avec un
            calendrier connu en janvier.""",
            """La sécurité d'abord, puis l'émotion; un beau feu n'a pas besoin d'être long ni
            assourdissant.""",
            tz=1,
            langs=["fr", "en"],
            loc="Marmande",
        ),
        twin=person(
            "Eugénie Lartigau",
            """Artificière certifiée depuis dix ans, je crée des feux d'artifice sur mesure pour
            des fêtes de village, des châteaux et des mariages dans le Lot-et-Garonne: tirs
            pilotés par ordinateur et calés sur la musique, tirs depuis l'eau, feux à faible
            bruit pour les zones sensibles. Je m'occupe de la préfecture, des pompiers, de la
            sécurité et du nettoyage, et je travaille avec deux aides.""",
            """J'ai besoin d'un dépôt agréé pour stocker mes produits pyrotechniques près
            d'Agen, avec les autorisations de la préfecture, parce que mon fournisseur ne veut
            plus garder ma marchandise entre deux dates. Je cherche quelqu'un qui dispose déjà
            d'un local classé ou d'un terrain isolé où l'on pourrait en installer un.""",
            """Pas d'accident, jamais; je préfère annuler un tir plutôt que de prendre un
            risque.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Saffron Littlejohn",
            """I'm a wedding photographer based in Bergerac, shooting about thirty weddings a
            year across south-west France, mostly for British couples, and my work is
            regularly featured in two big wedding magazines. I also produce styled shoots with
            designers, florists and dressmakers to build their portfolios, and I run a popular
            account with 60,000 followers. I know most of the planners and florists who work
            with British couples in the Dordogne and Lot-et-Garonne.""",
            """I need a beautiful château venue that will let me use its lake, barn and
            bedrooms for two styled shoots a year, free of charge, in exchange for the images
            and credits, and that will recommend me to its couples. Ideally a venue near
            Duras or Eymet.""",
            """Real moments, natural light, and credit to everyone who made the day
            happen.""",
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Frédéric Lapointe-Arsenault",
            """Artificier diplômé à Edmonton, en Alberta, je conçois et tire des feux depuis douze ans pour
            des municipalités, des festivals et des mariages: feux synchronisés en musique,
            tirs depuis l'eau ou un ponton, bouquets finaux courts et peu bruyants. Je fais
            toutes les demandes d'autorisation, je vois les pompiers, je sécurise le périmètre
            et je nettoie le lendemain. Je travaille avec deux aides et un camion équipé.""",
            """Je voudrais un lieu de réception qui accueille beaucoup de mariages et propose
            mes spectacles dans ses formules, pour remplir mes samedis de la belle saison au lieu
            de courir après les clients un par un, avec un accord pour la saison et un
            calendrier connu en janvier.""",
            """La sécurité d'abord, l'émotion ensuite; un beau feu n'a pas besoin d'être long ni
            assourdissant.""",
            tz=-7,
            langs=["fr", "en"],
        ),
    ),
]
