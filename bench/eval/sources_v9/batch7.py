"""Pairs 61-70 of complementary_v9."""

from people import pair, person

PAIRS = [
    # 61 ---------------------------------------------------------------- trap: language
    pair(
        61,
        "mixed",
        "hammam-tadelakt",
        "A's hammam has cracking lime-plaster walls; B is a tadelakt plasterer who wants "
        "wet rooms to finish.",
        a=person(
            "Yasmina Belkacem-Roux",
            "Je tiens un hammam à Marseille depuis 2012, trois salles et un salon de thé.",
            "I need someone to redo the polished lime walls in the hot room; they're cracking.",
            "La chaleur, c'est le soin.",
            tz=1,
            langs=["fr", "en"],
            loc="Marseille",
        ),
        b=person(
            "Idriss Lamrani-Fabre",
            """Je suis plâtrier à la chaux formé à Marrakech chez un maître maalem pendant cinq
            ans. Je fais du tadelakt traditionnel: chaux de la palmeraie, ferrée au galet,
            savon noir en finition, pour les douches, les bains, les hammams et les salles
            d'eau. Je travaille aussi le zellige et les enduits à la chaux pour les façades,
            et j'ai refait deux hammams publics à Montpellier et un spa à Sète l'an dernier.""",
            """I'm looking for owners of steam rooms or spas who want a proper traditional
            finish rather than plastic panels, and who can close the room for three to four
            weeks while the lime cures. I'd like long jobs, a fair deposit, and a client who
            lets me bring my apprentice and photograph the work.""",
            """Le geste juste prend du temps. A lime wall breathes and lasts if it's done slowly
            and properly.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Montpellier",
        ),
        twin=person(
            "Anouar Chekroun",
            """Artisan spécialisé dans les enduits décoratifs à la chaux, je pose du tadelakt
            dans les salles de bain, les douches à l'italienne et les spas, ferré au galet et
            fini au savon noir, ainsi que des stucs et des badigeons pour les façades. J'ai
            appris à Fès puis travaillé dix ans pour une entreprise de restauration à
            Avignon. Je fais environ trente chantiers par an.""",
            """I need a supplier of real Marrakech lime, the grey one from the palm grove,
            sold in 25 kg bags with regular deliveries to Avignon: what I find in French
            builders' merchants is not the same and cracks. I'd also like a van with a
            mixer, second-hand, in good condition.""",
            """Bien faire ou ne pas faire; the lime decides the pace, not the client.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Léonie Castellane-Hart",
            """Je dirige une agence de voyages bien-être à Aix: séjours détente, week-ends
            spa, retraites de yoga en Provence, environ 2 500 clients par an, beaucoup
            d'entreprises qui offrent ces séjours à leurs salariés. We do our own marketing,
            j'ai un site qui convertit bien et une newsletter de 30 000 abonnés.""",
            """I need a traditional hammam in Marseille that will take our groups of ten to
            fifteen on weekday mornings, with a gommage and a mint tea, at a group price, et
            qui accepte qu'on le mette en avant dans nos brochures, year-round.""",
            """Le bien-être doit rester simple et accessible, not a luxury for the few, et les
            artisans qui le font vivre doivent être payés correctement.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Hamid Benjelloun Oyarzábal",
            """Soy yesero de cal formado en Marrakech con un maestro durante cinco años. Hago
            tadelakt tradicional: cal de la palmeraie, pulido con canto rodado y acabado con
            jabón negro, para duchas, baños, hammams y spas. También trabajo el zellige y los
            enlucidos de cal en fachadas, y he rehecho dos hammams públicos en Valencia.""",
            """Busco propietarios de baños de vapor o spas que quieran un acabado tradicional en
            lugar de paneles de plástico, que puedan cerrar la sala tres o cuatro semanas
            mientras cura la cal, con un anticipo justo y permiso para llevar a mi
            aprendiz.""",
            """El gesto justo necesita tiempo; una pared de cal respira y dura si se hace
            despacio.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["es"],
        ),
    ),
    # 62 ---------------------------------------------------------------- trap: consent
    pair(
        62,
        "cross",
        "santon-mould-making",
        "A makes Provençal santons from worn-out plaster moulds; B makes moulds for ceramics "
        "and plaster casting and wants a workshop with a back catalogue to remake.",
        a=person(
            "Magali Garcin-Touche",
            """Notre atelier d'Aubagne fabrique des santons de Provence depuis 1946: des
            figurines d'argile de 4 à 15 centimètres, moulées, cuites, puis peintes à la main
            par quatre peintres. Nous avons environ 350 personnages au catalogue, le berger, la
            poissonnière, le ravi, le tambourinaire, et nous en vendons 40 000 par an aux
            foires de Noël, dans notre boutique et à des magasins de Lyon et de Paris.""",
            """Nos moules en plâtre sont usés: les traits des visages s'effacent, les mains
            se cassent au démoulage, certains modèles de mon grand-père ne sortent plus
            proprement. Il me faut quelqu'un qui sache refaire des matrices à partir de nos
            meilleures pièces, une empreinte souple pour garder les modèles de tête et des
            moules de série pour l'atelier, sans perdre la finesse, et qui forme mon fils. Budget autour de
            20 000 euros sur deux hivers.""",
            """Garder les visages de la crèche tels que les anciens les ont sculptés, et faire
            vivre un métier de chez nous.""",
            tz=1,
            langs=["fr"],
            loc="Aubagne",
        ),
        b=person(
            "Gwendolyn Trewhella",
            """I'm a mould maker for potteries and casting studios, trained at a Stoke-on-Trent
            factory where I spent fourteen years making block and case moulds for figurines
            and tableware. I take a master model, make a silicone block to protect the
            original, then cast working moulds in pottery plaster that keep fine detail for
            hundreds of pressings. I've remade whole back catalogues for two Staffordshire
            figurine makers whose old moulds had worn out, and I teach mould-making to
            apprentices.""",
            """I've moved to the Luberon and I want a big project with a small producer who has
            a long list of pieces to rescue, so I can work through it over a couple of
            winters. I'd like a corner of their workshop, access to their best existing pieces
            and someone to train as I go. Paid by the mould or by the month.""",
            """Respect the original sculptor's hand. A good mould is invisible: you only see the
            figure.""",
            tz=1,
            langs=["en", "fr"],
            loc="Apt",
        ),
        twin=person(
            "Cressida Grimshaw-Poole",
            """I make moulds for the ceramics industry and for artists: block and case moulds,
            silicone masters, plaster working moulds for slip casting and press moulding,
            mostly for tableware and small figures. I ran the mould shop of a Derbyshire
            pottery for twelve years before setting up my own studio in the Drôme, and I can
            turn a master model into production moulds in a week.""",
            """I need a supplier of high-grade pottery plaster in one-tonne pallets, delivered
            to the Drôme at a fair price, with consistent setting times from one batch to the
            next; the French plaster I buy varies so much that a third of my moulds crack in
            the first month. A three-year agreement would suit me.""",
            """Precise work, honest prices; a mould that cracks in a month is a waste of
            everybody's time.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Florian Massabuau",
            """Je suis acheteur pour les boutiques de trois musées de Marseille et d'Arles:
            objets d'artisanat, livres, reproductions, environ 600 000 euros d'achats par an.
            Je travaille avec des créateurs locaux, je conçois des produits exclusifs avec eux
            et je gère les commandes, la logistique et la mise en rayon. Nos boutiques
            reçoivent près d'un million de visiteurs par an, et les objets de Noël sont nos
            meilleures ventes.""",
            """Pour Noël prochain, je cherche un atelier de santons qui crée pour nous une série
            exclusive de douze personnages liés à l'histoire du port, peints à la main, en
            2 000 exemplaires, avec une petite notice sur l'atelier. Je paie la moitié à la
            commande et le reste à la livraison, en octobre, et je peux renouveler chaque
            année.""",
            """Vendre dans les musées des objets faits ici, par des gens qu'on peut nommer.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rosamund Tregellas",
            """Mould maker for potteries and casting studios, trained in a Stoke-on-Trent
            factory where I spent fourteen years on block and case moulds for figurines and
            tableware: silicone blocks to protect the original, working moulds in pottery
            plaster that keep fine detail for hundreds of pressings. I've remade whole back
            catalogues for two figurine makers, and I teach mould-making to apprentices. I've
            lately moved to the Vaucluse.""",
            """I want a big project with a small producer who has a long catalogue of pieces
            to rescue over a couple of winters, a corner of their workshop, access to their
            best pieces and someone to train as I go, paid by the mould or by the month, ideally
            in Provence where I now live.""",
            """Respect the sculptor's hand; a good mould is invisible, you only see the
            figure.""",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 63 ---------------------------------------------------------------- trap: visibility
    pair(
        63,
        "fr",
        "buttes-de-tir-a-l-arc",
        "A préside un club de tir à l'arc dont les cibles s'effondrent et cassent les flèches; "
        "B fabrique des buttes de tir et veut des clubs clients.",
        a=person(
            "Hippolyte Sorel-Danjou",
            """Je préside un club de tir à l'arc à Compiègne: 140 licenciés, une section jeunes
            très active, deux archers en équipe de France handisport, un terrain extérieur de
            70 mètres en lisière de forêt et une salle d'hiver dans un gymnase. Nous
            organisons deux concours par an et un tir en campagne dans la forêt.""",
            """Nos cibles en paille pressée s'effondrent au bout de quelques mois: elles se
            creusent au milieu, les traits traversent et se cassent sur le mur du fond, et
            l'humidité de la forêt les fait pourrir l'hiver. On en rachète douze par an, les
            jeunes cassent des tubes carbone à 15 euros pièce et on a failli blesser quelqu'un
            derrière la ligne en septembre.""",
            """Un sport de concentration ouvert à tous, valides et handicapés, et un club où
            les anciens transmettent aux jeunes.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Compiègne",
        ),
        b=person(
            "Clovis Paturel",
            """fabricant de buttes de tir, atelier a Beauvais, 3 personnes
            - mousse compressée recyclée (chutes de matelas + sièges auto), couches collées
            - faces remplaçables: on change juste le centre quand il est usé, pas la butte
            - tient 5-8 ans dehors avec une housse, flèches qui sortent propre
            - modèles salle, extérieur, parcours 3D, on livre + on installe les supports""",
            """je cherche des clubs qui changent tout leur matériel sur plusieurs années: on installe tout le
            pas de tir, on reprend les vieilles buttes, on revient une fois par an changer les
            centres. besoin aussi de clubs qui testent nos nouveaux modèles en conditions
            réelles (humidité, sous-bois) et nous font un retour écrit""",
            "réduire les déchets, faire durer, pas de plastique jeté",
            tz=1,
            langs=["fr"],
            loc="Beauvais",
        ),
        twin=person(
            "Lisandre Coquelet",
            """Je fabrique des cibles et des buttes pour le tir à l'arc dans mon atelier près
            d'Amiens: couches de mousse compressée issue de recyclage, centres interchangeables,
            housses contre la pluie, modèles de salle et d'extérieur et animaux 3D pour les
            parcours. Nos buttes durent plusieurs années et les flèches s'en retirent sans
            effort; nous en livrons environ 400 par an.""",
            """Il me faut un fournisseur régulier de chutes de mousse propres et triées par
            densité, mousses de literie ou d'ameublement, livrées en balles compressées de 300
            kg à Amiens, au moins dix tonnes par an; mon recycleur a fermé et je suis en
            rupture depuis l'été.""",
            """Donner une seconde vie à ce qui partirait en décharge, et vendre un produit qui
            dure.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Aliénor Fouquerolle",
            """J'organise des fêtes médiévales dans l'Oise et la Somme: campements, marchés,
            tournois, spectacles de fauconnerie, environ 30 000 visiteurs sur cinq week-ends
            par an. Je gère les budgets, les autorisations, la sécurité, et une troupe de
            bénévoles costumés très motivée.""",
            """Je cherche un club d'archers qui vienne faire des démonstrations de tir et
            tienne un stand d'initiation pour le public sur nos cinq week-ends, avec son
            matériel et ses encadrants diplômés. Je défraie les déplacements et je verse un
            don au club.""",
            """Faire revivre l'histoire en famille, sans caricature, et faire travailler les
            associations du coin.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Anselme Heurtebise",
            """Nous fabriquons des buttes de tir dans un atelier de l'Oise: mousse compressée
            recyclée en couches collées, faces remplaçables dont on change seulement le centre,
            housses pour l'extérieur, modèles de salle, d'extérieur et de parcours. Elles
            tiennent cinq à huit ans dehors, les flèches sortent proprement, et nous installons
            les supports.""",
            """Je cherche des clubs qui s'équipent sur plusieurs années: installation du pas de
            tir, reprise des anciennes buttes, passage annuel pour changer les centres, et des
            retours écrits sur nos nouveaux modèles en forêt.""",
            """Moins de déchets, des produits qui durent.""",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 64 ---------------------------------------------------------------- trap: commitment
    pair(
        64,
        "cross",
        "bagpipe-reeds",
        "A plays Border pipes and goes through reeds weekly; B makes cane pipe reeds and "
        "wants regular players.",
        a=person(
            "Fraser Lennox-Baird",
            "I play Border pipes in a ceilidh band; forty gigs a year.",
            "Someone who makes good cane chanter reeds, sent every month.",
            "Tunes over tech.",
            tz=0,
            langs=["en"],
            loc="Hawick",
        ),
        b=person(
            "Jean-Baptiste Caudéran",
            "Je fabrique des anches de cornemuse en roseau du Var, toutes tonalités.",
            "Des sonneurs réguliers qui commandent chaque mois, même à l'étranger.",
            "Le son juste.",
            tz=1,
            langs=["fr", "en"],
            loc="Toulon",
        ),
        twin=person(
            "Paulin Roubaudi",
            "Facteur d'anches pour cornemuses et hautbois, roseau de Provence.",
            "Un producteur de roseau qui me vende des cannes sèches de trois ans.",
            "Patience.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Morag Kinloch",
            "I run a folk festival in the Borders, 4,000 people in July.",
            "A piper for our opening parade and two evening sets.",
            "Keep the music local.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Vivien Estrangin",
            "Je fabrique des anches de cornemuse en roseau du Var, pour toutes les tonalités.",
            "Des sonneurs qui commandent chaque mois, y compris à l'étranger.",
            "Le son juste.",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 65 ---------------------------------------------------------------- trap: timezone
    pair(
        65,
        "en",
        "station-clock-repair",
        "A's café in an old railway station has a dead platform clock; B repairs turret and "
        "station clocks.",
        a=person(
            "Jacinta Hollingworth",
            """- community café in the old station at mytholmroyd, w yorks
            - run by 30 volunteers + 2 paid staff, open 7 days, 400 customers a wk
            - building restored 2019, we lease it from the council
            - double-sided platform clock from 1890s still hanging, stopped since 1987""",
            """want the clock going again, it's the heart of the place + people ask about it
            every day. need someone who knows old platform timepieces, the ones run off a master line or
            wound up by hand, can get it down safely, fix the movement + put it back. we've raised £4k + could do a
            crowdfund for the rest""",
            "keep the station alive for the village",
            tz=0,
            langs=["en"],
            loc="Mytholmroyd",
        ),
        b=person(
            "Eustace Pickersgill",
            "I repair turret and railway clocks, weight-driven and early electric.",
            "Old public timepieces whose owners want them running again for good.",
            "Time well kept.",
            tz=0,
            langs=["en"],
            loc="Halifax",
        ),
        twin=person(
            "Godfrey Sugden-Hart",
            "Restorer of church, turret and public clocks; movements and dials.",
            "A bronze caster who can make one-off replacement wheels.",
            "Old things, run right.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Lionel Firth-Lindley",
            "Secretary of a heritage railway society running steam specials.",
            "A restored station with a café where our charters can stop for lunch.",
            "Steam for everyone.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ruairi Caddick-Ross",
            "I repair turret and railway clocks in Vancouver, weight-driven or electric.",
            "Old public clocks whose owners want them running again for good.",
            "Time well kept.",
            tz=-8,
            langs=["en"],
        ),
    ),
    # 66 ---------------------------------------------------------------- trap: language
    pair(
        66,
        "cross",
        "bookshop-mould-remediation",
        "A's antiquarian bookshop has mould spreading through its stockroom; B treats mould "
        "and damp in archives and old buildings.",
        a=person(
            "Bérengère Lambesc",
            """Je tiens une librairie ancienne à Bordeaux, rue des Remparts, depuis 1994:
            environ 25 000 volumes, des livres du XVIe au XXe siècle, des cartes, des
            gravures, et une clientèle de collectionneurs et de bibliothèques qui achètent sur
            catalogue. La boutique est au rez-de-chaussée d'un immeuble du XVIIIe, avec une
            réserve voûtée en sous-sol.""",
            """Depuis l'hiver dernier, des taches blanches et vertes apparaissent sur les
            reliures de la réserve, l'odeur de cave a gagné la boutique et deux clients m'ont
            renvoyé des livres. J'ai perdu l'équivalent de 15 000 euros de stock et je ne sais
            pas si le mal vient des murs, de la ventilation ou des livres eux-mêmes. J'ai peur
            que tout y passe.""",
            """Les livres survivent à leurs propriétaires; mon métier est de les faire passer
            en bon état à la génération suivante.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Bordeaux",
        ),
        b=person(
            "Gideon Ashcroft-Neale",
            "I treat damp and mould in archives and old buildings; survey, clean, dry.",
            "Old libraries and archives at risk, where the owner wants it fixed for good.",
            "Find the cause first.",
            tz=1,
            langs=["en", "fr"],
            loc="Bordeaux",
        ),
        twin=person(
            "Wilhelmina Wimpenny",
            """I'm a conservation scientist who deals with mould outbreaks in libraries and
            record offices: environmental surveys, data loggers, cleaning protocols for
            affected volumes, and advice on ventilation and heating. I've worked on
            outbreaks in two cathedral libraries and a county record office, and I write
            plans that staff can follow.""",
            """I need access to a vacuum freeze-drying chamber for water-damaged books, either
            to rent by the week or through a partner, somewhere in the south-west of France;
            without one I can't take flood jobs, and they are most of the urgent calls I
            get.""",
            """Prevention beats cure; most outbreaks are a building problem, not a book
            problem.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Eudes Castaing-Marly",
            """Commissaire-priseur à Bordeaux, je disperse chaque année une vingtaine de
            bibliothèques de particuliers, de châteaux et de notaires. J'ai une salle des
            ventes, un catalogue en ligne et des acheteurs dans toute l'Europe.""",
            """Je cherche une libraire experte en livres anciens qui m'aide à estimer et à
            décrire les lots avant les ventes, à la vacation, avec son nom au catalogue.""",
            """Chaque livre a une histoire, et il faut la raconter juste.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Percival Bellhouse-Crane",
            "I treat damp and mould in archives and old buildings: survey, clean, dry out.",
            "Old collections at risk whose owners want it fixed for good.",
            "Find the cause first.",
            tz=1,
            langs=["en"],
        ),
    ),
    # 67 ---------------------------------------------------------------- trap: consent
    pair(
        67,
        "mixed",
        "surfboard-ding-repair",
        "A's surf school has forty damaged boards every season; B repairs surfboards and "
        "wants a school as a steady client.",
        a=person(
            "Lou-Anne Irigoyen-Harispe",
            """J'ai une école de surf à Hossegor depuis 2014, with five instructors l'été,
            et environ 3 000 élèves par an, des enfants surtout, and a lot of English and
            Dutch families en juillet-août. On a une flotte de 40 mousses et 25 planches en
            résine, un local sur la plage, deux vans, and we run surf camps for teenagers
            pendant les vacances de printemps.""",
            """Le souci, c'est les réparations: every week there are dings, des ailerons
            arrachés, des nez cassés, and they go back in the water trop vite. I need
            someone qui puisse venir chercher les planches le lundi, les réparer proprement,
            water-tight, and bring them back by Friday. On peut payer au forfait
            mensuel, from April to October.""",
            """Apprendre l'océan avec respect, and never send a kid out on a board that's not
            safe.""",
            tz=1,
            langs=["fr", "en"],
            loc="Hossegor",
        ),
        b=person(
            "Kieran Whitsand",
            """I repair surfboards in a small workshop in Capbreton: polyester and epoxy,
            soft-tops, fin boxes, snapped noses and tails, delamination, and full resprays
            when a board is too ugly to sell. I shaped for a brand in Cornwall for eight years
            before moving here, and I can turn round a simple ding in 24 hours. I've got a
            van and a dust-extracted shaping bay, and I sell a few second-hand boards that I
            restore.""",
            """What I need is volume and regularity: a surf school or a hire shop that sends me
            its whole fleet to look after, every week of the season, with a monthly fee I can
            count on, so I can hire a second pair of hands. Ideally someone nearby who'd also
            recommend me to their students' parents.""",
            """Fix boards so they last another ten seasons; fewer new boards made means less
            foam in landfill.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Capbreton",
        ),
        twin=person(
            "Rory Trevaskis",
            """I shape and repair surfboards from a workshop in Seignosse: ding repairs, fin
            boxes, broken noses and tails, glassing, resprays, and custom boards for local
            surfers. I trained in Newquay and have been shaping for fourteen years, with a
            steady clientele of good surfers and a few shops that sell my boards. I can turn a
            simple repair round in a day.""",
            """I need a supplier of recycled and bio-based foam blanks in European sizes, with
            delivery every month, at a price I can live with; the only bio-blanks I can find
            come from California and take three months. I'd also like a resin distributor who
            gives trade prices to small shapers.""",
            """Make boards that last and waste less; surfing shouldn't poison the ocean it
            depends on.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Garance Duhalde-Brooks",
            """Je suis à la tête d'un tour-opérateur qui vend des séjours surf et yoga dans les
            Landes aux Britanniques et aux Irlandais: hébergement en villa, repas, transferts
            depuis Biarritz, about 800 guests a year. Je m'occupe du marketing, des réservations
            et de la logistique, et nous avons une très bonne note sur les sites d'avis.""",
            """I'm looking for a surf school near Hossegor qui prenne nos clients pour deux
            cours par jour, groupes de huit, de mai à septembre, with English-speaking
            instructors et le matériel fourni. On paie d'avance chaque mois.""",
            """Des vacances actives sans écraser les gens du coin, and fair prices for local
            businesses.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Declan Penwithick",
            """I repair surfboards in a little workshop in Capbreton: polyester and epoxy,
            soft-tops, fin boxes, snapped noses and tails, delamination, resprays. I shaped
            for a Cornish brand for eight years, can turn a simple ding round in 24 hours, and
            have a van and a dust-extracted bay. I also restore and sell a few second-hand
            boards every season.""",
            """I need volume and regularity: a surf school or hire shop that sends me its whole
            fleet every week of the season for a monthly fee, so I can hire a second pair of
            hands, and that recommends me to the parents of its pupils. Somewhere close to
            Capbreton would be best.""",
            """Fix boards so they last another ten seasons; fewer new boards means less foam in
            landfill.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 68 ---------------------------------------------------------------- trap: visibility
    pair(
        68,
        "cross",
        "magneto-rewinding",
        "A's vintage motorcycle club has dead magnetos on many old bikes; B rewinds magnetos "
        "and wants a club to work for.",
        a=person(
            "Reginald Pettigrew-Hume",
            "Our Kent club has 120 old British motorcycles, most from 1925 to 1960.",
            "Someone to rewind the old ignition units so the bikes spark again, in batches.",
            "Ride them, don't polish them.",
            tz=0,
            langs=["en"],
            loc="Maidstone",
        ),
        b=person(
            "Lucien Vandenameele",
            "Je rebobine les magnétos de motos anciennes: Lucas, BTH, Bosch.",
            "Un club qui m'envoie ses pièces par lots, tout au long de l'année.",
            "L'étincelle juste.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Boulogne-sur-Mer",
        ),
        twin=person(
            "Gérald Houbart",
            "Je répare l'allumage des motos anciennes, dynamos et magnétos.",
            "Un fournisseur de fil de cuivre émaillé très fin, en petites bobines.",
            "Précis.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Penelope Spurling",
            "Insurance broker for classic bikes, agreed-value policies.",
            "A big vintage club whose members I can offer a group scheme.",
            "Fair cover.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Fernand Lesaffre",
            "Je rebobine les magnétos de motos anciennes: Lucas, BTH, Bosch et d'autres.",
            "Un club qui m'envoie ses pièces en lots toute l'année.",
            "L'étincelle juste.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 69 ---------------------------------------------------------------- trap: commitment
    pair(
        69,
        "en",
        "cider-press-rebuild",
        "A's cider farm press leaks and rips its cloths; B rebuilds old rack-and-cloth cider "
        "presses.",
        a=person(
            "Jemima Cottrell",
            "Cider farm in Herefordshire, 30 acres of old standard trees.",
            "Our old press leaks juice and shreds its cloths by the second day.",
            "Slow cider.",
            ro=["domain"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Much Marcle",
        ),
        b=person(
            "Edmund Ravenhill",
            "I rebuild old rack-and-cloth and screw presses: oak, steel, hydraulics.",
            "Farms with an old press worth saving, before the autumn rush.",
            "Mend the old kit.",
            tz=0,
            langs=["en"],
            loc="Ledbury",
        ),
        twin=person(
            "Thaddeus Wigmore-Tranter",
            "I restore vintage cider and perry presses, beams, screws and beds.",
            "A sawmill with seasoned oak beams, twenty feet long.",
            "Heavy and honest.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Rosalind Parry-Evans",
            "I organise wassail nights with a band and a hog roast.",
            "An old orchard and farm yard to host our January wassail.",
            "Bless the trees.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Walter Brockhampton",
            "I rebuild old rack-and-cloth and screw presses: oak beams, steel, hydraulics.",
            "Farms with an old press worth saving, before autumn.",
            "Mend the old kit.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 70 ---------------------------------------------------------------- trap: timezone
    pair(
        70,
        "cross",
        "draught-horse-skidding",
        "A manages steep, fragile Morvan woods that machines would damage; B logs with draught "
        "horses and wants woodland work.",
        a=person(
            "Baptistine Guyot-Lazare",
            "Forestière dans le Morvan: 80 ha en pente, sols fragiles, sources.",
            "Qqn avec des chevaux de trait pour sortir mes bois sans abîmer le terrain.",
            "La forêt vit lentement.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Château-Chinon",
        ),
        b=person(
            "Caradog Wynne-Bellamy",
            """I'm a horse logger with two Ardennes and a Comtois, working in steep and wet
            woods where machines would tear the ground up: thinnings, selective felling near
            streams, firewood and sawlogs up to about a cubic metre. I can skid 15 to 25
            cubic metres a day depending on the slope, with a forwarding arch for longer
            pulls, and I fell with a chainsaw myself. I spent ten years doing this in the
            Welsh valleys before moving to Burgundy with my family.""",
            """I'm looking for owners or managers of sensitive woodland who'll give me several
            weeks of work each winter, on sites with a place to keep the horses overnight and
            a track for the lorry. I'd like agreements over several years, paid by the cubic
            metre, and someone who marks the trees clearly.""",
            """The horses are colleagues, not machines; they rest when they need to. Leave the
            soil and the streams as you found them.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Saulieu",
        ),
        twin=person(
            "Hywel Pritchard-Dunne",
            """Horse logger for twelve years, with two Percherons, working woods too steep or
            wet for machines: thinnings, selective felling along streams, firewood and saw
            logs, with a forwarding arch for the longer pulls. I work mostly for conservation
            trusts and private estates in Burgundy and the Nivernais, and I also give
            demonstrations at agricultural shows.""",
            """I need a farrier who specialises in heavy horses and will come to the forest
            every six weeks to shoe them on site with studs for the winter; the local farriers
            only do riding horses and won't touch a 900 kg Percheron. I'd sign a yearly
            agreement.""",
            """Good horses, well shod, well fed; without them there's no work, and a horse that
            slips on ice is a horse I could lose.""",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Adhémar Vincenot",
            """Je dirige une scierie familiale près d'Autun: douglas, chêne et hêtre, environ
            12 000 m³ par an, pour la charpente, les parquets et les piquets. J'ai deux
            grumiers, un parc à bois et des clients fidèles dans toute la Bourgogne. Nous
            sommes certifiés pour la gestion durable et nous séchons une partie du chêne nous-
            mêmes, dans un séchoir alimenté par nos écorces et nos sciures.""",
            """Je cherche des propriétaires forestiers du Morvan qui me vendent leurs bois sur
            pied ou bord de route, en gros chênes et douglas, avec un contrat sur trois ans et
            un paiement rapide, et qui acceptent que je vienne marquer les lots avec eux
            avant la coupe.""",
            """Acheter local, payer vite, et ne jamais laisser une coupe en mauvais état derrière
            soi.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ianto Beddoes-Marsh",
            """Horse logger with two Ardennes and a Comtois, now in Manitoba's Interlake,
            working steep, wet woods where machines would tear the ground: thinnings,
            selective felling near streams, firewood and sawlogs, 15 to 25 cubic metres a day
            with a forwarding arch. I fell with a chainsaw myself and spent ten years doing
            this in the Welsh valleys.""",
            """I'm looking for owners of sensitive forests who'll give me several weeks of work
            each winter, with somewhere to keep the horses overnight and a track for the
            lorry, paid by the cubic metre, with agreements over several years and a forester
            who marks the trees clearly.""",
            """The horses are colleagues, not machines; they rest when they need to, and the soil
            is left as I found it.""",
            ro=["operations"],
            rs=["domain"],
            tz=-6,
            langs=["en", "fr"],
        ),
    ),
]
