"""Pairs 61-70 of complementary_v7."""

from people import pair, person

PAIRS = [
    # 61 ---------------------------------------------------------------- trap: language
    pair(
        61,
        "cross",
        "sundial-making",
        "A restores a priory and wants a sundial painted on its south wall; B designs and "
        "carves sundials.",
        a=person(
            "Guillemette Saint-Savin",
            """J'ai racheté un prieuré roman dans la Vienne avec mon mari, et nous le
            restaurons depuis six ans avec des bénévoles : toitures, jardin de simples,
            cloître. Les Bâtiments de France suivent chaque pierre. Je fais du pain au four
            du prieuré le samedi pour les voisins.""",
            """Sur le mur sud il reste la trace d'une ancienne horloge à ombre. Il me faut
            quelqu'un qui sache calculer les lignes des heures pour notre latitude et
            l'inclinaison du mur, puis la peindre ou la graver.""",
            """Rendre au lieu ce qu'il a perdu.""",
            ro=["operations"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Barnabas Gnomonsby",
            "Dialist: I design & cut sundials in stone, 30 yrs. I speak French.",
            "Want a heritage building with a south wall and patience.",
            "Only the sunny hours.",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Ptolemy Harcastle",
            "Clock restorer, church turret clocks. I speak French.",
            "Want a diocese that funds a restoration programme.",
            "Keep the hour.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Angélique Chauvigny-Civray",
            "Guide conférencière, je fais visiter les églises romanes de la Vienne.",
            "Un prieuré restauré qui m'ouvre ses portes pour mes groupes.",
            "Transmettre.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Algernon Shadwell",
            "Dialist: sundials designed and cut in stone, 30 yrs.",
            "A heritage building with a south wall and patience.",
            "Only the sunny hours.",
            tz=0,
            langs=["en"],
        ),
    ),
    # 62 ---------------------------------------------------------------- trap: consent
    pair(
        62,
        "fr",
        "hurdy-gurdy-upkeep",
        "A runs a folk-dance association whose hurdy-gurdies buzz badly; B builds and "
        "maintains them.",
        a=person(
            "Ombline Montluçon",
            "Asso de bal folk dans l'Allier, 15 musiciens, 4 instruments à manivelle.",
            "Qqn qui sache régler la roue et les cordes de ces machines à bourdon.",
            "La danse pour tous.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Sylvain Jenzat",
            "Facteur de vielles, réglage du chevalet, coton, entretien annuel.",
            "Un groupe de danse trad qui me confie tout son parc.",
            "Le son juste.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Amandine Saint-Chartier",
            "Luthière, je fabrique des cornemuses du Centre.",
            "Une boutique en ligne et un distributeur en Bretagne.",
            "Souffle et bois.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Thibaud Gannat",
            "Comité des fêtes, 2 bals par an.",
            "Une asso de bal folk pour animer notre fête d'août.",
            "Faire danser le village.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rémy Hérisson",
            "Facteur de vielles, réglages et entretien annuel.",
            "Un groupe qui me confie tout son parc.",
            "Le son juste.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 63 ---------------------------------------------------------------- trap: visibility
    pair(
        63,
        "cross",
        "choir-tour-fixing",
        "A's choir tours France and arrives at cold, locked churches; B is a tour fixer who "
        "organises venues and logistics for amateur ensembles.",
        a=person(
            "Penelope Ashbourne",
            """I conduct a sixty-voice chamber choir in York, mostly teachers, doctors and a
            few retired vicars, and we tour abroad every other summer. I also play the organ
            at two village churches and keep hens that refuse to lay.""",
            """On last year's tour we arrived at a church in Burgundy to find no key, no
            chairs, no heating and a priest who thought we were coming in August. Another
            night nobody had put up a poster, so we sang to eleven people. The members paid
            a fortune and came home grumpy.""",
            """Sing well, travel kindly.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Bénédicte Vézelay-Asquins",
            """Régisseuse de tournées pour les ensembles amateurs depuis quinze ans :
            je réserve les églises et les salles, je parle aux curés et aux mairies, je fais
            imprimer et coller les affiches, je trouve les chaises, les pupitres, le
            chauffage et un repas chaud après le concert. Je parle anglais.""",
            """Je cherche des chœurs étrangers qui partent en France tous les ans ou tous les
            deux ans, et qui me confient tout le programme d'une tournée, de la première
            répétition au dernier bus.""",
            """Un concert réussi se prépare six mois avant.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Héloïse Noyers",
            """Agente de voyages à Auxerre, je vends des séjours de groupe en Bourgogne aux comités
            d'entreprise et aux clubs de randonnée : hôtels, visites de caves, autocar. Je parle
            anglais.""",
            """Je cherche un développeur pour mon site de réservation et un comptable qui connaisse
            le régime des agences de voyages.""",
            """Voyager sans souci.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Octavia Ripon",
            """I'm a soprano who has just moved to York, trained at the Royal Northern College and
            singing in a cathedral consort on Sundays. I've done Bach passions, Purcell and a lot
            of Howells, and I sight-read anything.""",
            """I'd like a chamber choir that needs a soloist for its summer tour abroad, with travel
            paid and a couple of solo spots in each concert.""",
            """Music is for sharing.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Anne-Laure Avallon",
            """Régisseuse de tournées pour les ensembles amateurs : églises et salles,
            curés et mairies, affiches, chaises, chauffage et repas chaud. Je parle
            anglais.""",
            """Des chœurs étrangers qui partent en France et me confient tout le programme
            d'une tournée.""",
            """Tout se prépare six mois avant.""",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 64 ---------------------------------------------------------------- trap: commitment
    pair(
        64,
        "mixed",
        "petanque-league",
        "A's British-run bar in the Lot has an empty gravel terrace; B runs a pétanque club "
        "that needs a floodlit pitch for a weekly league.",
        a=person(
            "Nigel Cahors-Pendleton",
            """British bar in a village near Cahors, ouvert depuis 2016. We've got a big
            gravel terrace with lights under the plane trees, et une clientèle mixte, locals
            and expats. I play darts badly and pétanque worse.""",
            """Looking for quelqu'un qui organise a weekly boules night, avec des équipes,
            un classement, and who brings the regulars.""",
            """Un bar de village, pas une usine.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
        ),
        b=person(
            "Jean-Louis Puy-l'Évêque",
            "Président d'un club de pétanque, 60 licenciés, plus de terrain éclairé.",
            "Un lieu avec une surface stabilisée et de la lumière pour nos soirées.",
            "Tirer ou pointer, mais ensemble.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Roger Luzech",
            "Président d'un club de bowling, 40 joueurs, on cherche à grandir.",
            "Un sponsor pour les maillots et un minibus.",
            "Strike.",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Gwyneth Prayssac",
            "Welsh expat in the Lot, I run a quiz night, je cherche un bar.",
            "A bar that hosts my quiz every Thursday.",
            "Fun in two languages.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Gérard Castelfranc",
            "Président d'un club de pétanque, 50 licenciés, sans terrain éclairé.",
            "Un lieu avec une surface stabilisée et de la lumière le soir.",
            "Ensemble.",
            ro=["domain"],
            rs=["operations"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 65 ---------------------------------------------------------------- trap: timezone
    pair(
        65,
        "cross",
        "menton-lemon-marmalade",
        "A grows Menton lemons and sells only locally; B makes marmalade in England and wants "
        "famous citrus.",
        a=person(
            "Ange Castellar",
            "Producteur de citrons de Menton, 2 ha en terrasses.",
            "Qqn qui en fasse une confiture vendue outre-Manche.",
            "Le fruit du soleil.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Delphine Ashby-Croft",
            "Marmalade maker, Cumbria, award-winning, 40 stockists. I speak French.",
            "Want a grower abroad with a famous named citrus, 3 t a year.",
            "Bitter is better.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Rosemary Kirkoswald",
            "Chutney maker, Cumbria, farm shops. I speak French.",
            "Want a label printer and a bottling partner.",
            "Sweet and sharp.",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Mireille Gorbio",
            "Pâtissière à Nice, tartes au citron.",
            "Un producteur qui me livre ses citrons chaque semaine.",
            "Le goût vrai.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Winifred Dunedin",
            "Marmalade maker, New Zealand, 30 stockists. I speak French.",
            "A grower abroad with a famous named citrus, 3 t a year.",
            "Bitter is better.",
            ro=["sales"],
            rs=["domain"],
            tz=12,
            langs=["en", "fr"],
        ),
    ),
    # 66 ---------------------------------------------------------------- trap: language
    pair(
        66,
        "mixed",
        "musician-injury-physio",
        "A's orchestra players keep getting injured; B is a physiotherapist specialised in "
        "performing musicians.",
        a=person(
            "Aoife Delaroche-Brennan",
            """Administratrice d'un orchestre de chambre à Toulouse, quarante musiciens,
            half of them from abroad, so rehearsals run in both languages. I'm Irish, mariée
            à un corniste, and I still play the tin whistle at parties.""",
            """Cette saison, trois violonistes off for weeks with tendinitis, a cellist with a
            frozen shoulder, et notre timbalier a mal au dos à chaque tournée. We cancel
            programmes, we pay replacements, and nobody knows what to do differently.""",
            """Prendre soin de ceux qui jouent. Music lasts a lifetime if the body does.""",
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Quentin Lavaur",
            """Kinésithérapeute, j'ai été altiste avant de me reconvertir : je traite les
            troubles musculo-squelettiques des instrumentistes, j'observe la posture pendant
            le jeu, j'adapte les chaises, les mentonnières et les échauffements, et je fais
            de la prévention en groupe.""",
            """Je cherche un ensemble professionnel qui me laisse assister aux répétitions et
            suivre ses membres toute une saison, avec un petit local pour les séances.""",
            """Jouer sans douleur.""",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Servane Muret",
            """Kinésithérapeute du sport, je suis les joueurs du club de rugby et les
            danseurs d'une école de ballet.""",
            """Je cherche un associé pour ouvrir un cabinet avec une salle de
            renforcement, et un financement bancaire.""",
            """Bouger pour guérir.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Bérénice Castanet",
            """Violoniste, sortie du conservatoire de Lyon, je cherche des remplacements et
            un poste. I've played in London too.""",
            """Un orchestre de chambre qui me prenne comme remplaçante cette saison.""",
            """Le son d'abord.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Johanna Feldkirchner",
            """Physiotherapeutin und ehemalige Bratschistin: ich behandle Beschwerden von
            Instrumentalisten, beobachte die Haltung beim Spielen und passe Stühle und
            Aufwärmen an.""",
            """Ich suche ein Berufsensemble, das mich eine Saison lang bei den Proben
            dabei sein lässt.""",
            """Spielen ohne Schmerz.""",
            tz=1,
            langs=["de"],
        ),
    ),
    # 67 ---------------------------------------------------------------- trap: consent
    pair(
        67,
        "cross",
        "plaster-cast-replicas",
        "A is a museum curator who needs exact casts of fragile carvings; B is an art caster "
        "who makes moulds and plaster replicas.",
        a=person(
            "Cecily Wolverton",
            """Curator of medieval collections at a county museum in Lincoln. We hold
            forty carved capitals and corbels from the old priory, too fragile to lend, and
            schools want to touch them.""",
            "Someone who can take exact impressions of stonework and make copies people can handle.",
            "Let people touch the past.",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Anatole Mouleyre",
            "Mouleur d'art, silicone et plâtre, ateliers de musées. Je parle anglais.",
            "Un musée avec des sculptures précieuses à reproduire en série.",
            "Copier sans abîmer.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Séverin Poulard",
            "Mouleur, décors en staff pour le cinéma. Je parle anglais.",
            "Un producteur qui m'embauche sur un long métrage.",
            "Le faux parfait.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Harvey Ludford",
            "Primary teacher, Year 4 topic on castles and monks.",
            "A museum that lets my class handle real medieval things.",
            "Learning by touch.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Aurélien Moulinot",
            "Mouleur d'art, silicone et plâtre. Je parle anglais.",
            "Un musée avec des sculptures fragiles à reproduire.",
            "Copier sans abîmer.",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 68 ---------------------------------------------------------------- trap: visibility
    pair(
        68,
        "mixed",
        "paddleboard-repair",
        "A rents stand-up paddleboards whose dinged boards sit unused; B repairs fibreglass "
        "and epoxy boards.",
        a=person(
            "Margaux Talloires",
            "I run paddle hire on the lake at Annecy, 60 boards, saison mai-sept.",
            "Qqn qui sache patcher et relaminer, fast, pendant la saison.",
            "Be on the water.",
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Travis Sevrier",
            "Board repairer, epoxy and glass, surf & SUP. Je parle français.",
            "Want a hire base with a big fleet and a shed to work in.",
            "Fix it, ride it.",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Dylan Menthon",
            "Surfboard shaper, custom boards. Je parle français.",
            "Want a surf shop in Biarritz to sell my boards.",
            "Shape your wave.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Inès Duingt",
            "Prof de yoga, I want to run paddle yoga classes.",
            "Un loueur qui me prête 10 boards le samedi matin.",
            "Balance.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Kyle Doussard",
            "Board repairer, epoxy and glass, SUP. Je parle français.",
            "A hire base with lots of boards and a shed.",
            "Fix it, ride it.",
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 69 ---------------------------------------------------------------- trap: commitment
    pair(
        69,
        "cross",
        "cattle-hoof-trimming",
        "A's dairy cows go lame because no hoof trimmer comes; B trims cattle feet with a crush.",
        a=person(
            "Jean-Marie Plouguenast",
            """Éleveur laitier dans les Côtes-d'Armor, cent dix vaches prim'holstein, robot
            de traite depuis 2019. Mon fils est revenu à la ferme l'an dernier. Je suis
            aussi conseiller municipal et je m'occupe du foot des jeunes.""",
            """Un quart du troupeau boite : elles vont moins au robot, le lait baisse, le
            vétérinaire parle de dermatite et d'ulcères, et le seul pareur du secteur a
            pris sa retraite. On a deux mois d'attente pour le suivant.""",
            """Des vaches en forme font du bon lait.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Dougal McCracken",
            """Cattle foot trimmer, sixteen years, trained in Scotland and the Netherlands.
            I've a hydraulic crush on a trailer and I do around forty cows a day, with
            records for every foot. Moved to Brittany with my wife; French is fine now.""",
            """I want large dairy herds nearby that book me every few months on a
            schedule, so I can plan my routes and stop firefighting.""",
            """A sound foot is a long life.""",
            ro=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Alasdair Gillespie",
            """Farrier, twenty years, horses only, with a mobile forge in the van; I shoe hunters,
            ponies and a few racehorses around Rennes. I moved from Perthshire and I speak
            French.""",
            """I need an apprentice who wants to learn the trade, and someone to do my bookings,
            reminders and invoices.""",
            """No foot, no horse.""",
            ro=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Loïg Merdrignac",
            """Étudiant en BTS agricole, je cherche un stage long en élevage laitier avec
            robot.""",
            """Une ferme laitière qui m'accueille six mois et me forme à la traite
            robotisée.""",
            """Apprendre sur le terrain.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Fraser Kilbirnie",
            """Cattle foot trimmer, hydraulic crush on a trailer, forty cows a day, records
            per foot. I speak French.""",
            """Large dairy herds nearby that book me on a schedule.""",
            """A sound foot.""",
            ro=["operations"],
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 70 ---------------------------------------------------------------- trap: timezone
    pair(
        70,
        "mixed",
        "cookery-school-transfers",
        "A's cookery school guests need driving to markets and vineyards; B is a driver-guide "
        "with a minibus.",
        a=person(
            "Imogen Lourmarin-Hayes",
            """We run a cookery school in a mas near Apt, my husband est le chef, I do the
            bookings and the English side. Guests come for a week, eight at a time, and we
            take them to the Saturday market, to an olive mill and to two domaines. I also
            teach Pilates, mal, in the village hall.""",
            """We need someone who drives our guests around in a proper vehicle, knows the
            back roads, et qui parle aux vignerons.""",
            """Slow food, long lunches.""",
            tz=1,
            langs=["en", "fr"],
        ),
        b=person(
            "Didier Roussillon",
            "Chauffeur-guide, minibus 8 places, Luberon, anglais courant.",
            "Des clients réguliers, semaine par semaine, de mars à octobre.",
            "Le pays, vu de près.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Pascal Gordes",
            "Taxi conventionné, transport de malades, Vaucluse.",
            "Un associé pour une deuxième voiture.",
            "Ponctuel.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Sabine Ménerbes",
            "Oléicultrice, moulin à huile près d'Apt, visites.",
            "Des groupes de touristes gourmands pour mes dégustations.",
            "L'huile vivante.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Mathieu Bonnieux",
            "Chauffeur-guide, minibus 8 places, Okanagan, anglais courant.",
            "Des clients réguliers, semaine par semaine, de mars à octobre.",
            "Le pays, vu de près.",
            tz=-8,
            langs=["fr", "en"],
        ),
    ),
]
