"""Pairs 91-100 of complementary_v8."""

from people import pair, person

PAIRS = [
    # 91 ---------------------------------------------------------------- trap: language
    pair(
        91,
        "en",
        "cat-cafe-health-checks",
        "A runs a cat café and needs weekly health checks on site; B is a freelance "
        "veterinary nurse who wants regular visits and a base.",
        a=person(
            "Prudence Ingham",
            "Cat café in York, fourteen rescued cats, 200 visitors a day.",
            "Someone trained in pet care who'll come weekly to weigh them, check teeth and trim claws.",
            "Happy cats first, cake second.",
            tz=0,
            langs=["en"],
            loc="York",
        ),
        b=person(
            "Rosemary Ackerley",
            """I am a registered veterinary nurse with fifteen years in small-animal
            practice, the last five running a nurse clinic for senior cats: weight,
            dental checks, blood pressure, nail care, behaviour advice for owners. I left
            the practice after it was bought by a chain and I now work freelance, visiting
            homes, catteries and a rescue centre.""",
            """I am looking for a few places with many cats under one roof that will book me every week on a fixed day, so that I have a regular income and a room to keep my scales and records. I can start next month. I am insured and I keep proper records.""",
            "Catch it early, handle gently.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Harrogate",
        ),
        twin=person(
            "Imelda Scargill",
            """Registered veterinary nurse, freelance; I run senior cat clinics with weighing, dental checks and blood pressure, and I visit catteries and rescues around Leeds once a week.""",
            "I need a vet practice that will sign off my prescriptions remotely.",
            "Catch it early.",
            ro=["domain"],
            rs=["legal"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Tilly Ogden",
            "Student at York studying biology; I love cats but my flat bans pets and I miss mine at home.",
            "I want to volunteer at a cat café at weekends.",
            "Cats are therapy.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Violaine Cassard",
            """Auxiliaire vétérinaire indépendante: pesée, contrôle des dents, griffes, conseils aux propriétaires, surtout pour les chats âgés.""",
            "Des lieux avec beaucoup de chats qui me réservent chaque semaine.",
            "Prévenir tôt.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 92 ---------------------------------------------------------------- trap: consent
    pair(
        92,
        "cross",
        "rugby-tour-hosting",
        "A's club wants a spring tour with matches and billets in France; B's club hosts "
        "touring sides.",
        a=person(
            "Barnaby Pickles",
            "Rugby club in Bath, under-16s; a tour to France next April.",
            "A club over there to arrange matches and put the boys up with families.",
            "Play hard, shake hands.",
            tz=0,
            langs=["en", "fr"],
            loc="Bath",
        ),
        b=person(
            "Jean-Baptiste Sarrailh",
            "Dirigeant d'un club de rugby à Toulouse; on accueille les équipes en tournée.",
            "Des clubs étrangers qui viennent au printemps, avec retour chez eux.",
            "L'esprit du jeu.",
            tz=1,
            langs=["fr", "en"],
            loc="Toulouse",
        ),
        twin=person(
            "Anicet Barrère",
            "Club de rugby de Toulouse, on reçoit des équipes en tournée.",
            "Il me faut un car de 50 places pour l'été, pas cher.",
            "L'esprit du jeu.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Gareth Redman",
            "Referee, level 6, based in Bristol.",
            "I want youth matches to referee on tour weekends.",
            "Fair play.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Florian Estrade",
            "Club de rugby près de Toulouse, on accueille les tournées de jeunes.",
            "Des clubs étrangers au printemps, avec match retour.",
            "L'esprit du jeu.",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 93 ---------------------------------------------------------------- trap: visibility
    pair(
        93,
        "fr",
        "unloved-fish-school-meals",
        "A's fish auction turns small unwanted species into animal feed; B is a cook who "
        "makes school meals from those fish and wants a supply.",
        a=person(
            "Yvon Le Fraysse",
            """Je dirige la criée du Guilvinec: trente bateaux côtiers, des tonnes de
            poisson chaque jour, une chambre froide, une petite équipe de mareyage et des
            camions qui partent vers Rennes et Nantes. La chambre de commerce soutient tout
            projet qui valorise la pêche locale.""",
            """Le problème, ce sont les petits poissons que personne n'achète: tacauds,
            chinchards, grondins, vives. Ils partent en farine pour l'aquaculture à trois
            fois rien, alors qu'ils sont excellents. Les pêcheurs sont écœurés de les
            ramener pour rien, certains les rejettent à la mer.""",
            "Un poisson pêché doit être mangé.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Le Guilvinec",
        ),
        b=person(
            "Capucine Gaubert",
            "Cheffe de cuisine centrale, 4 000 repas d'écoliers par jour.",
            "De la marée de la côte à bas prix, livrée en filets.",
            "Les enfants méritent du frais.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Quimper",
        ),
        twin=person(
            "Gaëlle Moysan",
            "Cheffe de cuisine centrale pour les collèges, 3 000 repas.",
            "Il me faut une diététicienne pour revoir mes menus.",
            "Du frais.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Lénaïg Izard",
            "Je tiens une poissonnerie à Concarneau.",
            "Je veux du bar et de la sole de ligne chaque matin.",
            "Le frais.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Soizic Le Marcou",
            "Cheffe d'une cuisine centrale, 4 000 repas scolaires par jour.",
            "Du poisson local pas cher, en filets.",
            "Du frais.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 94 ---------------------------------------------------------------- trap: commitment
    pair(
        94,
        "cross",
        "beeswax-candle-supply",
        "A makes scented candles and wants raw beeswax in bulk; B keeps hundreds of hives "
        "and has surplus wax.",
        a=person(
            "Eulalie Naudy",
            "Fabricante de bougies parfumées à Grasse, vente en boutique.",
            "Qqn qui me vende de la cire d'abeille brute en gros, bien filtrée.",
            "Une flamme propre.",
            ro=["design"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Grasse",
        ),
        b=person(
            "Nathaniel Coppard",
            "Beekeeper in Kent, 400 hives; blocks of surplus wax every year.",
            "Buyers for 300 kg a year.",
            "Nothing from the hive is waste.",
            tz=0,
            langs=["en", "fr"],
            loc="Kent",
        ),
        twin=person(
            "Silas Woolgar",
            "Beekeeper, 350 hives in Sussex, spare wax each autumn.",
            "I need a honey packer to jar my crop under their label.",
            "Nothing is waste.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Mathilde Ourliac",
            "Je me marie en juin à Grasse.",
            "Je veux des bougies parfumées pour les tables du mariage.",
            "De la douceur.",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Bartholomew Ince",
            "Beekeeper, 300 hives in Kent; surplus wax in blocks.",
            "Buyers for a few hundred kilos a year.",
            "Nothing is waste.",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 95 ---------------------------------------------------------------- trap: timezone
    pair(
        95,
        "en",
        "community-pub-brewhouse",
        "A's community-owned pub wants its own ales brewed in the cellar; B is a brewer "
        "with equipment but no venue.",
        a=person(
            "Josephine Thirlwell",
            """I chair the committee of a pub in Northumberland that the village bought
            from a brewery two years ago with shares sold to three hundred locals. We have
            a manager, a kitchen that does well, and a vaulted cellar that is far bigger
            than we need, with water, drains and a three-phase supply. The members keep
            asking for beer that is ours.""",
            """I need a brewer who can install a small brewhouse in the cellar, brew two or three house ales that suit the place, handle the duty paperwork, and maybe teach a couple of members to help on brew days. The committee can lend money for the kit at no interest. Members would drink most of it, happily.""",
            "A village that owns its pub owns its evenings.",
            ro=["finance", "operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Northumberland",
        ),
        b=person(
            "Ewan Charlton-Ridley",
            """I made beer for ten years at a regional firm and then at a craft outfit in Newcastle until it closed. I bought its five-barrel kit at the auction,
            fermenters, mash tun, cold liquor tank, and it is sitting in a friend's barn
            under tarpaulins. My recipes are mostly traditional bitters, milds and a dark
            porter.""",
            """I am looking for a place that will house the kit rent-free in exchange for beer, sell most of what I brew across its own bar, and let me sell the rest to a few other pubs. I can have the kit in and brewing within two months. I would rather work with a community than a pub chain.""",
            "Brew what people want to drink on a Tuesday.",
            tz=0,
            langs=["en"],
            loc="Hexham",
        ),
        twin=person(
            "Alfie Uttley",
            """Brewer with a five-barrel kit and ten years' experience in two breweries; bitters, milds and porter. The kit is installed in a unit outside Durham and I sell casks to a dozen pubs.""",
            "I need a bottling partner who can fill and label 2,000 bottles a month.",
            "Brew for a Tuesday.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Hilda Bamburgh",
            "Retired teacher and folk singer in Alnwick; I run a monthly singaround with about twenty regulars.",
            "I want a pub with a back room for a monthly singaround.",
            "Sing together.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Jarrah McNamara",
            """Brewer in Hobart with a five-barrel kit in storage; bitters, milds and porter, fifteen years in regional breweries.""",
            "A venue that houses my kit and sells my beer at its bar.",
            "Brew for a Tuesday.",
            tz=11,
            langs=["en"],
        ),
    ),
    # 96 ---------------------------------------------------------------- trap: language
    pair(
        96,
        "cross",
        "vineyard-frost-candles",
        "A's Sussex vineyard loses its buds to April frosts; B rents and lights frost "
        "candles and wind machines in vineyards.",
        a=person(
            "Caroline Ashington",
            "Sparkling wine estate in Sussex, 18 hectares, planted 2012.",
            "Two springs out of three, one cold night in April kills the young buds.",
            "Patience in every bottle.",
            tz=0,
            langs=["en"],
            loc="Sussex",
        ),
        b=person(
            "Rodrigue Puech",
            "Je loue et j'allume des bougies antigel et des tours à vent dans les vignes.",
            "Des domaines à protéger au printemps, même hors de France.",
            "Une nuit peut tout sauver.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Chablis",
        ),
        twin=person(
            "Anatole Chablisien",
            "Je pose des bougies de paraffine et des tours antigel dans les vignes.",
            "Il me faut un fabricant de bougies qui me livre 20 000 pots en mars.",
            "Une nuit peut tout sauver.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Imogen Womersley",
            "Wine writer in London; I cover English sparkling wine.",
            "I want a harvest-day visit for an article in the autumn.",
            "Tell the true story.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Valérien Bouchardeau",
            "Je loue et j'allume des bougies et des tours antigel dans les vignes.",
            "Des domaines à protéger au printemps.",
            "Une nuit peut tout sauver.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 97 ---------------------------------------------------------------- trap: consent
    pair(
        97,
        "mixed",
        "sea-kayak-guiding-corsica",
        "A runs a Corsican campsite whose guests want sea trips; B is a certified sea-kayak "
        "guide with boats and wants a base for the season.",
        a=person(
            "Ange-Marie Paoletti",
            """Je tiens un camping de cent vingt emplacements au bord d'une crique, près de
            Porto, en Corse: des familles, des randonneurs du GR, beaucoup de clients qui
            reviennent chaque été. Nous avons un accès direct à la plage, un local fermé
            au bord de l'eau et un parking pour une remorque.""",
            """Guests ask me every day how to see the coast from the water, the calanques,
            the caves, the reserve. I need a qualified sea kayak guide with a fleet, who
            knows the weather here and runs half-day and full-day trips safely.""",
            """Le maquis et la mer. We protect both.""",
            tz=1,
            langs=["fr", "en"],
            loc="Porto",
        ),
        b=person(
            "Rhiannon Maddocks",
            """I am a sea paddling coach with the top British award and twelve years' guiding
            in Pembrokeshire, Scotland and Greece. I own ten sit-in boats, paddles, spray
            decks and a VHF set, and my outings always carry a tow line and a first aid kit.
            I read a forecast properly and I turn back when I must.""",
            """I want a base on a beautiful coast for the whole summer: a place to store
            my boats by the water, a steady stream of guests, and a host who handles the
            bookings and lets me sleep on site.""",
            "The sea decides. We just listen.",
            tz=0,
            langs=["en", "fr"],
            loc="Pembrokeshire",
        ),
        twin=person(
            "Gethin Birtwhistle",
            """Sea kayak guide with ten boats, spray decks and VHF; twelve years of coastal trips in Cornwall and the Scillies. I hold the coaching award and a first aid certificate, and I run half-day and full-day trips.""",
            "I need a trailer builder to make me a ten-boat trailer with lockers.",
            "The sea decides.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Lisandru Bancarel",
            "Randonneur, je fais le GR20 en juillet avec ma sœur, sous la tente, et on finit par la côte.",
            "I want a quiet pitch for two nights near Porto.",
            "Marcher, respirer.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Tegan Llewellyn-Price",
            """Sea kayak coach; ten sit-in boats, VHF, tow lines; twelve years' guiding in Wales and Scotland, half-day and full-day trips.""",
            "A summer base by the water with guests and a host who takes bookings.",
            "The sea decides.",
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 98 ---------------------------------------------------------------- trap: visibility
    pair(
        98,
        "cross",
        "bronze-boat-fittings",
        "A builds wooden boats and wants cast bronze fittings; B casts bronze marine "
        "hardware and wants boatyards as clients.",
        a=person(
            "Corentin Le Daudé",
            "Charpentier de marine à Brest, bateaux en bois traditionnels.",
            "Qqn qui coule dans l'alliage de cuivre les ferrures, taquets et chandeliers de mes bateaux.",
            "Un bateau vit cent ans.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Brest",
        ),
        b=person(
            "Josiah Pengilly",
            """I run a small foundry in Falmouth and cast marine hardware in silicon and
            aluminium bronze: cleats, fairleads, rowlocks, stanchion bases, rudder
            hangings, from old patterns or new ones I carve in pine. I machine and polish
            them in the same shed, and the yachts of three classic regattas carry my
            work.""",
            """I want a few yards across the Channel that build or restore wooden boats and will order complete sets of fittings for each hull, so that I can plan my pours. Lead times are about eight weeks. I can visit a yard to measure the hull and match old pieces.""",
            "Bronze outlives the boat if you let it.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="Falmouth",
        ),
        twin=person(
            "Ezra Clegg",
            """Bronze founder in Devon; cleats, fairleads, rowlocks and rudder fittings cast from my own patterns, then machined and polished in my shed. I supply classic yacht owners and two yards.""",
            "I need a pattern maker who carves new masters in pine for me.",
            "Bronze outlives the boat.",
            ro=["operations"],
            rs=["design"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Erwan Le Ecalle",
            "Plaisancier à Brest, je navigue depuis vingt ans sur un voilier en plastique et je rêve d'un vieux gréement.",
            "Je veux acheter un petit voilier en bois restauré.",
            "La mer, simplement.",
            ro=["finance"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tamsin Hocking",
            """I cast marine hardware in bronze in a small Cornish foundry, and machine it myself: cleats, fairleads, rowlocks, rudder fittings.""",
            "Yards over the Channel that order full sets of fittings per hull.",
            "Bronze outlives the boat.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 99 ---------------------------------------------------------------- trap: commitment
    pair(
        99,
        "fr",
        "convent-fruit-jelly-production",
        "A's ageing nuns can no longer make the fruit jellies that keep the convent alive; "
        "B is a confectioner who wants to take over such a production.",
        a=person(
            "Sœur Marie-Bénédicte Aubazine",
            """Je suis l'économe d'un petit monastère de douze sœurs en Corrèze. Depuis
            soixante ans, nous fabriquons des pâtes de fruits au coing et à la framboise
            que nous vendons à l'hôtellerie du monastère, dans des épiceries et par
            correspondance: c'est notre seul revenu. Nous avons un laboratoire aux normes,
            un verger et une clientèle fidèle.""",
            """Nous vieillissons: la plus jeune a soixante-huit ans, plus personne ne peut
            soulever les chaudrons ni rester debout des heures à remuer, la production a
            baissé de moitié en deux ans, les commandes de Noël restent sans réponse et nos
            comptes glissent dans le rouge.""",
            "Travailler de ses mains, c'est aussi prier.",
            tz=1,
            langs=["fr"],
            loc="Corrèze",
        ),
        b=person(
            "Aurélien Coustillas",
            """Confiseur de métier, j'ai travaillé quinze ans dans une maison de pâtes de
            fruits d'Auvergne, cuisson dans le cuivre, coulage, séchage et
            sucrage à la main. J'ai vendu ma part l'an dernier et je cherche à reprendre
            un savoir-faire existant plutôt que de créer une marque de plus.""",
            """Je voudrais une production qui a déjà un nom, un atelier équipé et des acheteurs, et des gens prêts à me transmettre leurs recettes en échange d'une part des ventes. Je ne cherche pas à tout changer. Je veux reprendre, apprendre, et faire durer.""",
            "Les recettes anciennes méritent de nouvelles mains.",
            tz=1,
            langs=["fr"],
            loc="Clermont-Ferrand",
        ),
        twin=person(
            "Ludivine Sauvagnat",
            """Confiseuse, quinze ans de cuisson au cuivre, coulage, séchage et sucrage à la main dans une maison de pâtes de fruits du Velay. Je maîtrise le coing, la framboise, l'abricot et les fruits rouges.""",
            "Il me faut une boutique dans une rue passante de Clermont.",
            "Les recettes anciennes.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Bernard Chassagnac",
            "Épicier fin à Brive, spécialiste des produits monastiques et des douceurs du Limousin.",
            "Je veux des pâtes de fruits artisanales pour Noël, trois cents boîtes.",
            "Le goût d'avant.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Céleste Fontanier",
            """Confiseuse, quinze ans de cuisson au cuivre; je veux reprendre une production de pâtes de fruits qui a déjà des clients et des recettes.""",
            "Une maison avec un laboratoire, des clients et des recettes à transmettre.",
            "Les recettes anciennes.",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 100 --------------------------------------------------------------- trap: timezone
    pair(
        100,
        "cross",
        "art-deco-terrazzo-restoration",
        "A is restoring a 1920s cinema with a cracked decorative floor; B restores terrazzo "
        "and glass mosaic and wants heritage jobs abroad.",
        a=person(
            "Ignatius Duckworth",
            """I am the architect in charge of restoring a 1920s picture palace in Margate
            for a community trust: a listed building, a full grant from the heritage
            lottery, a contractor already on site, and a programme that must finish in
            eighteen months. The foyer floor is the finest thing in the building.""",
            """That floor is a sunburst in coloured stone chips and brass strips, cracked,
            patched with cement and missing whole sections. I need a craftsperson who can
            match the chips, cast and grind new panels in place and repair the glass tiles
            around the ticket booth.""",
            "Restore what was there, honestly, and let it be enjoyed.",
            ro=["design", "legal"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Margate",
        ),
        b=person(
            "Hortense Bonaventure",
            "Mosaïste, terrazzo et pâte de verre, restauration des sols anciens.",
            "Des chantiers patrimoniaux à l'étranger.",
            "Chaque éclat compte.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        twin=person(
            "Fantine Guérinet",
            "Mosaïste, sols en granito et émaux de Briare.",
            "Il me faut une carrière qui me vende des éclats de marbre triés.",
            "Chaque éclat compte.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Lydia Crane-Mowbray",
            "Film club organiser in Margate.",
            "I want monthly screenings in a restored old cinema.",
            "Cinema is communal.",
            ro=["marketing"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Bérénice Thibault-Roy",
            "Mosaïste à Vancouver: terrazzo et pâte de verre, sols anciens.",
            "Des chantiers patrimoniaux à l'étranger.",
            "Chaque éclat compte.",
            ro=["domain"],
            rs=["sales"],
            tz=-8,
            langs=["fr", "en"],
        ),
    ),
]
