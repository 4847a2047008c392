"""Pairs 11-20 of complementary_v7."""

from people import pair, person

PAIRS = [
    # 11 ---------------------------------------------------------------- trap: language
    pair(
        11,
        "cross",
        "pinball-restoration",
        "A runs an arcade bar whose flipper tables keep dying; B restores old pinball machines "
        "and wants a venue to maintain on a flat fee.",
        a=person(
            "Lachlan Merriweather",
            "Arcade bar in Brighton, 22 pinball tables from the 70s-90s, open till 1am.",
            "Need someone who can revive dead boards, coils and paddles, fast.",
            "Play it loud.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Brighton",
        ),
        b=person(
            "Baudouin Cazalis",
            "Restaurateur de flippers : cartes, bobines, plateaux repeints. Anglais courant.",
            "Un bar qui a une vingtaine de machines à entretenir au forfait mensuel.",
            "Réparer plutôt que jeter.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        twin=person(
            "Théodule Marsanne",
            "Réparateur de bornes d'arcade et de juke-box, électronique ancienne. Je parle anglais.",
            "Un associé qui vende des bornes rénovées aux particuliers sur Internet.",
            "Le rétro, c'est sérieux.",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Imelda Harrowgate",
            "I organise retro gaming nights for corporate teams in Brighton and Hove.",
            "A bar with loads of pinball tables to hire out for private evenings.",
            "Fun is serious business.",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Anselme Rocheblave",
            "Je restaure les flippers : cartes, bobines, plateaux repeints à la main.",
            "Un bar avec une vingtaine de machines à entretenir au forfait.",
            "Réparer plutôt que jeter.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 12 ---------------------------------------------------------------- trap: consent
    pair(
        12,
        "mixed",
        "exam-invigilation",
        "A heads an international school that cannot staff its exam halls; B runs a network of "
        "retired teachers who supervise exams.",
        a=person(
            "Cordula Ferrand-Whitby",
            """Head of an international school in Lyon, 900 pupils, IB and bac français side by
            side. Je suis franco-britannique, my staffroom is half and half. Je cours le
            semi-marathon de Lyon chaque année, badly.""",
            """Every May and June, we need forty extra adults sitting in the halls for three
            weeks, et les agences d'intérim n'envoient personne de fiable. Last year a paper
            started twenty minutes late and the board wrote to us.""",
            """Rigueur et bienveillance. Fair for every child.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Gilbert Vautrin",
            """Ancien proviseur adjoint, je coordonne un réseau de cent vingt enseignants
            retraités dans le Rhône qui surveillent les épreuves écrites : ponctuels, formés
            aux règlements, habitués aux salles de quatre cents candidats. Je fais les
            plannings et les remplacements au pied levé.""",
            """Je cherche un grand établissement qui nous confie toutes ses sessions de mai à
            juin sur plusieurs années, avec une personne sur place pour les salles et les
            sujets.""",
            """Être là quand on l'a promis.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Villeurbanne",
        ),
        twin=person(
            "Marcelline Ducasse",
            """Ancienne conseillère d'orientation, je coordonne un réseau de professeurs
            retraités qui donnent des cours de soutien à domicile dans l'agglomération
            lyonnaise.""",
            """Je cherche un développeur pour une plateforme de réservation en ligne, et un
            financeur pour la lancer dans trois autres villes.""",
            """Chaque élève peut réussir.""",
            ro=["operations"],
            rs=["tech", "finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Rosalind Achebe-Marchetti",
            """I'm an English teacher newly arrived in Lyon with my husband's job; IB
            examiner for ten years. Je parle un français correct.""",
            """Looking for an international school that would hire me, even part-time, for
            English literature and exam preparation.""",
            """Teach the text, not the test.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Josselin Peyrebrune",
            """Ancien principal, je coordonne une centaine d'enseignants retraités qui
            surveillent les épreuves écrites dans la région lyonnaise, avec plannings et
            remplacements.""",
            """Un grand établissement qui nous confie toutes ses sessions de mai à juin,
            avec quelqu'un sur place.""",
            """Être là quand on l'a promis.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 13 ---------------------------------------------------------------- trap: visibility
    pair(
        13,
        "cross",
        "septic-tank-compliance",
        "A runs holiday cottages whose old cesspit failed inspection; B installs small "
        "sewage treatment units in rural France.",
        a=person(
            "Théophane Brassac",
            """Trois gîtes dans une ferme du Périgord, loués de mai à octobre. Le SPANC est
            passé en mars : l'installation date de 1974 et elle est déclarée non conforme,
            j'ai quatre ans pour agir. Mon terrain est en pente et plein de calcaire.""",
            """Il me faut quelqu'un qui sache mettre aux normes l'assainissement d'une maison
            isolée, avec l'étude du sol, le dossier pour la mairie et les travaux.""",
            """Faire les choses dans les règles.""",
            tz=1,
            langs=["fr"],
            loc="Sarlat",
        ),
        b=person(
            "Declan Purefoy",
            "Installer: micro treatment plants & reed-bed filters, Dordogne. Fluent French.",
            "Want property owners who'll sign off the groundwork and let me run the job.",
            "Leave the ground clean.",
            ro=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Ignatius Holroyd",
            "Plumber-installer, heat pumps and solar water in the Lot. Good French.",
            "Need a bookkeeper and someone to answer the phone and chase invoices.",
            "Honest quotes.",
            ro=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Perrine Sallèles",
            "Agence de location saisonnière à Sarlat, 60 maisons en gestion.",
            "Des propriétaires de gîtes qui me confient leurs réservations.",
            "Des vacances sans souci.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Barnaby Quiller",
            "Installer of micro treatment plants and reed filters, Périgord. I speak French.",
            "Owners who'll approve the groundwork and let me run the whole job.",
            "Leave the ground clean.",
            ro=["operations"],
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 14 ---------------------------------------------------------------- trap: commitment
    pair(
        14,
        "en",
        "typewriter-repair",
        "A sells refurbished typewriters but has nobody to service them; B is a typewriter "
        "mechanic without a shopfront.",
        a=person(
            "Winifred Pocklington",
            "Curio shop in Hebden Bridge, we sell old Olivettis and Hermes to writers.",
            "A person who can clean, adjust and fix the keys and carriages of our stock.",
            "Slow tools, good words.",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Ambrose Heptonstall",
            "Typewriter mechanic, 40 yrs, all makes, spare parts by the drawer.",
            "Need a counter in a shop where buyers of old machines drop by.",
            "Oil, not force.",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Barnabas Oakenshaw",
            "Sewing-machine and typewriter fixer, decades of parts in my loft.",
            "Need an accountant to sort my tax return and a website.",
            "Mend and make do.",
            ro=["tech"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Perpetua Wainhouse",
            "Poet, I run typewriter 'poems on demand' stalls at festivals.",
            "Want a shop that rents me five working machines each summer.",
            "Words for strangers.",
            ro=["marketing"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Cuthbert Ravenscar",
            "Typewriter mechanic, all makes, drawers of spares, 35 yrs.",
            "A counter in a shop where buyers of old machines come in.",
            "Oil, not force.",
            ro=["tech"],
            rs=["sales"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 15 ---------------------------------------------------------------- trap: timezone
    pair(
        15,
        "cross",
        "natural-swimming-pond",
        "A's guesthouse pool turns green and guests hate the chlorine; B builds planted "
        "swimming ponds filtered by plants.",
        a=person(
            "Gwendolyn Ashworth-Fry",
            """My husband and I run a six-room guesthouse in an old mill near Bergerac; we
            moved from Surrey in 2019. We have a 12-metre pool from the previous owners,
            two acres of meadow, a stream and far too many cats.""",
            """By August the pool is green whatever we pour in, guests complain of red eyes
            and the smell, and it swallows two thousand euros of chemicals a summer. The
            local council has started talking about water restrictions too.""",
            """Leave the land better than we found it.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en"],
            loc="Bergerac",
        ),
        b=person(
            "Rémi Castelnaudary",
            """Paysagiste, je conçois et je creuse des baignades naturelles : une zone de
            nage, une zone de plantes qui filtre, une pompe basse consommation et aucun
            produit. J'en ai construit dix-neuf en Dordogne et en Gironde, dont deux en
            transformant une vieille piscine. Je parle anglais.""",
            """Je cherche des propriétaires d'hébergement touristique qui ont de la place et
            un bassin à convertir, prêts à montrer le résultat à leurs clients et à me laisser
            faire visiter.""",
            """L'eau vivante.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Amaury Lestrade",
            """Pisciniste, je construis des piscines à coque et des spas pour les
            particuliers en Dordogne, avec l'entretien. Je parle anglais.""",
            """Je cherche un commercial qui vende nos spas aux hôtels, et un financeur pour
            le stock de coques.""",
            """Du confort pour tous.""",
            ro=["domain"],
            rs=["sales", "finance"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Harriet Colville",
            """I run walking holidays in the Périgord for British groups of twelve: a van, two
            guides, luggage moved each day and picnics from the markets. Most of my walkers are
            retired teachers and doctors who book two years ahead.""",
            """I need a guesthouse with six rooms that takes my groups for a week at a time, with
            dinners and a drying room for boots.""",
            """Walk slowly, eat well.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Corentin Mazamet",
            """Paysagiste à Papeete, je conçois des baignades naturelles filtrées par les
            plantes, sans produit; j'ai converti deux vieilles piscines. Je parle anglais.""",
            """Des hébergements touristiques avec un bassin à convertir, prêts à montrer le
            résultat.""",
            """L'eau vivante.""",
            ro=["domain"],
            rs=["operations"],
            tz=-10,
            langs=["fr", "en"],
        ),
    ),
    # 16 ---------------------------------------------------------------- trap: language
    pair(
        16,
        "mixed",
        "stage-magic-props",
        "A is an illusionist whose show needs new mechanical props; B is a cabinetmaker and "
        "mechanism builder who wants a performer to build for.",
        a=person(
            "Valérian Oudinot",
            "Magicien de scène, 18 ans de tournée, big illusions. I perform in both languages.",
            "Qqn qui sache fabriquer les boîtes, trappes et mécanismes secrets de mes tours.",
            "Le secret, toujours.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Maxine Trevethan",
            """Cabinetmaker and automaton builder in Rouen, English-born. I make hidden
            drawers, sliding panels and clockwork movements; j'ai construit des décors pour
            l'opéra de Rouen. I've always wanted to work with a magician, on ne me l'a
            jamais proposé.""",
            """Je cherche un artiste qui monte sur les planches, qui a des idées d'effets et qui me laisse les
            concevoir, sous accord de confidentialité, with his name on the poster and mine
            in the credits.""",
            """Beautiful and invisible.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Hyacinthe Bellegarde",
            """Ébéniste à Évreux, I build bespoke furniture and secret compartments for
            collectors; meubles à secret, coffres.""",
            """I need a luxury retailer in Paris to sell my pieces, et un photographe pour le
            catalogue.""",
            """La main et le bois.""",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Colombe Ardouin",
            """Je programme un festival des arts de la rue à Amiens, trois jours en juin, cent mille
            spectateurs. I book acts from everywhere, et je gère un budget serré avec une équipe
            de bénévoles.""",
            """Je cherche un magicien qui fasse un grand numéro en plein air le soir de la clôture,
            visible par deux mille personnes.""",
            """La rue est une scène.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Sebastiano Gualtieri",
            """Ebanista e costruttore di automi a Torino: cassetti nascosti, pannelli
            scorrevoli, meccanismi a orologeria; ho costruito scenografie per il Teatro
            Regio.""",
            """Cerco un artista di scena con idee di effetti magici, che mi lasci progettarli,
            con riservatezza e il mio nome nei crediti.""",
            """Bello e invisibile.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["it"],
        ),
    ),
    # 17 ---------------------------------------------------------------- trap: consent
    pair(
        17,
        "cross",
        "mole-catching",
        "A's rugby pitch is ruined by moles; B is a traditional mole catcher.",
        a=person(
            "Anatole Chaumeil",
            "Intendant du stade de rugby de Brive, 3 terrains.",
            "Qqn qui débarrasse une pelouse de ses taupes, sans poison.",
            "Terrain impeccable le dimanche.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Jethro Hallworth",
            "I'm a mole catcher, traps only, 25 yrs. I live in Corrèze and speak French.",
            "I want big grounds on a yearly contract: pitches, parks, the lot.",
            "Old ways work.",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Ezekiel Brompton",
            "Mole catcher and rabbit warrener, Limousin, traps. Some French.",
            "Need a buyer for rabbit meat and fur, every week.",
            "Waste nothing.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Maïwenn Lachaux",
            "Club de rugby amateur, pas de terrain à nous.",
            "Un stade qui nous prête un terrain le mercredi soir.",
            "Le jeu avant tout.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Silas Wetherby",
            "Mole catcher, traps only, Corrèze. I speak French.",
            "Big grounds on a yearly contract.",
            "Old ways work.",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 18 ---------------------------------------------------------------- trap: visibility
    pair(
        18,
        "en",
        "postnatal-pelvic-health",
        "A runs a women's running club whose mothers drop out after childbirth; B is a pelvic "
        "health physiotherapist who wants groups to run a programme with.",
        a=person(
            "Saoirse Glanville",
            """I started a women's running club in Leicester eight years ago; we're now 340
            members, ten run leaders and a couch-to-5k every spring. I work as a dental
            receptionist by day, and I've run Boston twice.""",
            """Our members who've had babies come back for two weeks and then quietly stop
            coming. When I finally asked, three of them admitted they leak when they run and
            are too embarrassed to say. Their GPs told them it's normal after kids.""",
            """Nobody left at the back.""",
            tz=0,
            langs=["en"],
            loc="Leicester",
        ),
        b=person(
            "Bronwen Attenborough",
            """Women's health physiotherapist, fifteen years, NHS then private. I assess and
            treat the pelvic floor after birth, prolapse and stress incontinence, and I've
            designed a twelve-week return-to-running programme with a colleague in Derby.""",
            """I want to work with a big sports club full of mums so I can run the programme
            in person, measure results, and reach mums who'd never book a physio.""",
            """Normal is not the same as fine.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Tabitha Rainsford",
            """Physiotherapist specialising in runners' knees and ankles; I run a gait lab
            in Nottingham with treadmill video analysis.""",
            """Looking for a sports shoe brand to sponsor the lab, and a business partner to
            handle bookings and marketing.""",
            """Move well, run long.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Georgina Penrith",
            """Local journalist for the Leicester Mercury, I write a weekly sport column about
            grassroots clubs.""",
            """I want a running club with a good story that will let me follow their beginners
            for a season.""",
            """Local heroes.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Philippa Carnforth",
            """Women's health physio: pelvic floor after birth, prolapse, stress
            incontinence, and a return-to-running programme I designed.""",
            """A big women's sports group to run the programme with, in person, measuring
            results.""",
            """Normal is not fine.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 19 ---------------------------------------------------------------- trap: commitment
    pair(
        19,
        "cross",
        "traditional-rope-making",
        "A restores a tall ship that needs hemp rigging; B is a rope-walk maker.",
        a=person(
            "Alasdair Pengelly",
            """I chair the trust restoring a 1904 trading ketch in Gloucester docks; we've
            rebuilt the hull and the masts with volunteers, and she should sail again in two
            years. Our rigger is eighty and won't climb any more.""",
            """We need someone who can still lay three-strand hemp by hand, in the old
            thicknesses, about two kilometres of it for the standing and running rigging.""",
            """Heritage that sails, not heritage that sits.""",
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Gloucester",
        ),
        b=person(
            "Gaspard Tonnay",
            "Cordier, corderie à l'ancienne : chanvre, manille, commis à la main. Anglais ok.",
            "Un grand chantier de vieux gréement qui me commande des kilomètres.",
            "Le geste juste.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Eudes Marennes",
            "Voilier-gréeur, je taille des voiles en coton pour vieux gréements. Anglais.",
            "Un associé qui gère le site, la facturation et les devis à l'export.",
            "Le vent ne ment pas.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Hortensia Blackwood",
            """I'm a maritime historian writing a book on West Country trading ketches, and I
            teach at Exeter.""",
            """I'd love to spend a season with a restoration crew, documenting the work and
            sailing on the first voyage.""",
            """Write it down before it's gone.""",
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Aristide Fouras",
            "Cordier à l'ancienne, chanvre et manille commis à la main. Je parle anglais.",
            "Un chantier de vieux gréement qui me commande des kilomètres.",
            "Le geste juste.",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 20 ---------------------------------------------------------------- trap: timezone
    pair(
        20,
        "fr",
        "museum-taxidermy",
        "A runs a small natural history museum whose stuffed animals are crumbling; B is a "
        "taxidermist who wants museum work.",
        a=person(
            "Léontine Chabrillat",
            "Conservatrice d'un petit musée d'histoire naturelle à Aurillac.",
            "Un·e naturaliste qui sache remettre en état nos bêtes naturalisées.",
            "Transmettre le vivant.",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Martial Murat",
            "Taxidermiste, 25 ans, oiseaux et mammifères, certifié CITES.",
            "Une collection publique qui me confie ses vieux spécimens à reprendre.",
            "Respect de l'animal.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Solenne Riom",
            "Taxidermiste, trophées de chasse, atelier à Mauriac.",
            "Un site web et quelqu'un pour vendre aux chasseurs.",
            "Travail soigné.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Ernest Salers",
            "Prof de SVT au collège, club nature le mercredi.",
            "Un musée qui prête des animaux pour la classe.",
            "Apprendre en voyant.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Florian Païta",
            "Taxidermiste à Nouméa, oiseaux et mammifères, 20 ans.",
            "Un musée qui me confie ses vieilles collections à reprendre.",
            "Respect de l'animal.",
            tz=11,
            langs=["fr"],
        ),
    ),
]
