"""Pairs 33-48 of complementary_v4."""

from people import pair, person

PAIRS = [
    # 33 ---------------------------------------------------------------- trap: visibility
    pair(
        33,
        "cross",
        "stained-glass",
        "A is a stained-glass maker whose trade is dying and wants to teach it as paid "
        "courses; B runs adult craft holidays and wants a master to host.",
        a=person(
            "Agnès Vitrac",
            """Maître verrier depuis trente ans à Chartres. Je restaure des vitraux de
            cathédrale et je crée pour des particuliers ; mon atelier a quatre fours et de
            la place pour huit élèves.""",
            """Les commandes baissent. Je voudrais qu'on vienne apprendre chez moi, une
            semaine à la fois, mais je ne sais pas trouver ces gens ni organiser leur
            séjour : hébergement, repas, réservations, paiements.""",
            """Transmettre, sinon le métier meurt avec nous.""",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Chartres",
        ),
        b=person(
            "Penny Ashcroft",
            "I sell week-long craft holidays to UK adults: lodging, meals, bookings.",
            "A master craftsperson in France with a workshop who will teach our guests.",
            tz=0,
            langs=["en"],
            loc="Bath",
        ),
        twin=person(
            "Julia Sommers",
            "I run cookery holidays in Provence for British guests.",
            "A vineyard that will host our groups for free in return for sales.",
            tz=1,
            langs=["en"],
        ),
        one=person(
            "Damien Rougier",
            "Je gère un gîte de groupe près de Chartres, souvent vide en semaine.",
            "Un artisan qui donne des stages et remplit mes chambres.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Harriet Blythe",
            "I run craft holidays for British adults, everything organised.",
            "A French glass master who teaches in her own workshop.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 34 ---------------------------------------------------------------- trap: commitment
    pair(
        34,
        "en",
        "food-truck-lots",
        "A owns an empty car park and wants it turned into a food truck yard; B runs a food "
        "truck collective that keeps losing its pitches.",
        a=person(
            "Howard Blythe",
            "I own a 2-acre car park in Austin, empty on evenings and weekends.",
            "Someone who can fill it with good food vendors and run the nights.",
            ro=["finance"],
            rs=["operations"],
            tz=-6,
            langs=["en"],
            loc="Austin",
        ),
        b=person(
            "Marisa Delgado",
            "I run a collective of 18 food trucks; we keep losing our pitches.",
            "A landowner with a big, stable lot where we can set up for years.",
            ro=["operations"],
            rs=["finance"],
            tz=-6,
            langs=["en", "es"],
            loc="Austin",
        ),
        twin=person(
            "Trent Wallace",
            "I manage a food truck festival tour in Texas.",
            "A sponsor to pay for a national tour next year.",
            ro=["operations"],
            rs=["marketing"],
            tz=-6,
            langs=["en"],
        ),
        one=person(
            "Cheryl Boone",
            "I run parking lot security and cleaning in Austin.",
            "A landowner who needs his lot watched and cleaned at night.",
            ro=["operations"],
            rs=["finance"],
            tz=-6,
            langs=["en"],
        ),
        trap=person(
            "Luis Ochoa",
            "I run 15 food trucks and we need a long-term lot.",
            "A landowner with a big car park for our nights.",
            ro=["operations"],
            rs=["finance"],
            c="side-project",
            tz=-6,
            langs=["en", "es"],
        ),
    ),
    # 35 ---------------------------------------------------------------- trap: timezone
    pair(
        35,
        "cross",
        "driving-simulators",
        "A runs a driving school and wants motorway and night lessons on a simulator; B "
        "builds driving simulators and wants a school to make the lessons count with.",
        a=person(
            "Stephen Okonkwo",
            """I run a driving school in Geneva with five instructors and eight cars, and I
            train new instructors for the federal licence. Most of our pupils are nervous
            adults who failed once.""",
            """Pupils waste hours and money on motorway practice and night driving. I would
            like a partner who can build a realistic simulator that we can use for those
            lessons, and who can get it accepted by the authorities.""",
            """Calm teaching makes safe drivers.""",
            tz=1,
            langs=["en", "fr"],
            loc="Geneva",
        ),
        b=person(
            "Laurent Maillard",
            """Ingénieur en simulation, j'ai conçu des simulateurs de conduite pour des
            camionneurs et un constructeur de tramways. Notre cockpit tient dans une pièce
            et coûte le prix d'une voiture.""",
            """Je cherche une auto-école qui forme déjà des adultes et des moniteurs, pour
            construire des leçons sur simulateur qui comptent vraiment pour le permis.""",
            """Moins de stress, moins d'accidents.""",
            tz=1,
            langs=["fr", "en"],
            loc="Lausanne",
        ),
        twin=person(
            "Céline Ravanel",
            """Je construis des simulateurs de pilotage pour les aéroclubs.""",
            """Un associé qui vend aux écoles de pilotage en Afrique.""",
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Gordon Fraser",
            """I build driving simulators for motorsport fans at home.""",
            """A retail partner who sells gaming gear.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Nadia Benali",
            """I'm an instructor and want to open my own school.""",
            """An experienced school owner who can mentor me and share his cars.""",
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Wang Lei",
            """I build driving simulators for schools in Shanghai.""",
            """A driving school that trains adults and instructors.""",
            tz=8,
            langs=["en", "zh"],
        ),
    ),
    # 36 ---------------------------------------------------------------- trap: language
    pair(
        36,
        "fr",
        "seed-library",
        "A est semencier paysan et veut que ses graines soient vendues en jardinerie; B gère "
        "des jardineries indépendantes et veut des semences locales.",
        a=person(
            "Baptiste Fournel",
            "Semencier paysan, 300 variétés anciennes de légumes reproductibles.",
            """Je ne sais pas vendre en boutique. Il me faut quelqu'un qui connaît les
            endroits où les jardiniers font leurs achats, qui sait faire un présentoir qui
            se vend tout seul et négocier les remises. Idéalement quelqu'un qui en dirige
            déjà.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Die",
        ),
        b=person(
            "Martine Chabert",
            """Je dirige quatre jardineries indépendantes dans la Drôme et l'Ardèche, et je
            préside un groupement d'achat de vingt magasins.""",
            """Mes clients veulent des graines qui poussent ici et qu'on peut ressemer. Je
            cherche un producteur de semences paysannes qui sait garantir la germination.""",
            """Les jardins appartiennent aux jardiniers, pas aux brevets.""",
            tz=1,
            langs=["fr"],
            loc="Valence",
        ),
        twin=person(
            "Philippe Roux",
            """Je gère un réseau de jardineries dans le Rhône.""",
            """Un paysagiste associé pour vendre des jardins clés en main.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Élodie Massot",
            """Je prépare un livre sur les légumes oubliés.""",
            """Un semencier qui connaît l'histoire de chaque variété.""",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Klaus Ebner",
            """Ich führe fünf Gartencenter und suche alte Gemüsesorten.""",
            """Ein Saatgutbauer mit samenfesten Sorten.""",
            tz=1,
            langs=["de"],
        ),
    ),
    # 37 ---------------------------------------------------------------- trap: consent
    pair(
        37,
        "cross",
        "wheelchair-repair",
        "A repairs wheelchairs and wants to go to people's homes; B organises home visits "
        "for a disability charity and wants a repair service for its members.",
        a=person(
            "Thierry Moulin",
            "Technicien en fauteuils roulants, je répare tout : électrique ou manuel.",
            "Quelqu'un qui m'amène des clients et organise mes tournées chez eux.",
            ro=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Priya Mehta",
            "I coordinate home visits for a disability charity with 3,000 members.",
            "Someone who can fix chairs in people's homes so they're not stuck for weeks.",
            tz=1,
            langs=["en", "fr"],
            loc="Geneva",
        ),
        twin=person(
            "Darren Hodge",
            "I manage a home-visit service for a charity.",
            "A fundraiser who can win lottery grants.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Monique Giraud",
            "Je vends des fauteuils roulants d'occasion.",
            "Un technicien qui remet les fauteuils en état avant la vente.",
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Eleanor Vance",
            "I organise home visits for disabled people, 2,000 members.",
            "A wheelchair technician who repairs at home.",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 38 ---------------------------------------------------------------- trap: visibility
    pair(
        38,
        "mixed",
        "kitesurf-school",
        "A runs a kitesurf school and wants gear repaired on the beach; B is a sailmaker "
        "who wants kite repairs as a steady trade.",
        a=person(
            "Maxime Durand",
            """École de kitesurf à Leucate, 12 moniteurs. We break 3 kites a week in
            summer and the repair takes ten days away in Montpellier. I need someone who
            can fix canopies and bladders right here, the same day, and I will send him
            every kite from the school and from the shops around.""",
            """Je cherche un voilier réparateur sur place, pas un vendeur de matériel.""",
            tz=1,
            langs=["fr", "en"],
            loc="Leucate",
        ),
        b=person(
            "Joaquim Serra",
            "Voilier à Port-la-Nouvelle, je couds et répare des voiles depuis 15 ans.",
            "Une école ou un club qui m'envoie du travail régulier toute la saison.",
            tz=1,
            langs=["fr", "ca"],
            loc="Port-la-Nouvelle",
        ),
        twin=person(
            "Yann Keraudren",
            "Voilier, je fabrique des voiles neuves pour les régates.",
            "Un associé qui apporte des fonds pour une nouvelle voilerie.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Lola Fabre",
            "Je loue des appartements aux kitesurfeurs à Leucate.",
            "Une école qui envoie ses élèves dormir chez moi.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Pascal Ribes",
            "Voilier, je répare voiles et kites, rapide et soigné.",
            "Une école de kite qui m'envoie du travail toute la saison.",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 39 ---------------------------------------------------------------- trap: commitment
    pair(
        39,
        "cross",
        "hostel-staffing",
        "A owns two hostels and wants them run with volunteer travellers legally; B is an "
        "employment lawyer who wants a hospitality client to build a compliant model with.",
        a=person(
            "Jasper Whitlock",
            """I own two hostels in the Alps, 140 beds, busy all winter. We've relied on
            travellers who work for a bed, and a labour inspector just warned us it may be
            illegal in France.""",
            """I need a partner who understands French labour law inside out and can design a
            legal way to staff seasonal hostels: contracts, housing, hours, insurance.""",
            """Travellers should leave happier than they came.""",
            ro=["operations"],
            rs=["legal"],
            tz=1,
            langs=["en", "fr"],
            loc="Chamonix",
        ),
        b=person(
            "Estelle Garnier",
            """Avocate en droit du travail depuis onze ans, je conseille des hôtels et des
            stations de ski sur les saisonniers : contrats, logement, durée du travail.""",
            """Je veux créer une offre avec un exploitant d'hébergement touristique qui
            vit ces problèmes tous les jours et qui teste nos modèles sur ses équipes.""",
            """Le droit doit protéger, pas juste punir.""",
            ro=["legal"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Annecy",
        ),
        twin=person(
            "Rodolphe Vidal",
            """Avocat en droit du travail, je défends des salariés aux prud'hommes.""",
            """Un développeur pour un outil qui calcule les indemnités.""",
            ro=["legal"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Tessa Quayle",
            """I'm a backpacker looking for a winter job in the Alps.""",
            """A hostel owner who gives travellers work and a bed.""",
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Isabelle Caron",
            """Avocate en droit du travail pour les saisonniers du tourisme.""",
            """Un propriétaire d'auberges qui veut employer ses saisonniers légalement.""",
            ro=["legal"],
            rs=["operations"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 40 ---------------------------------------------------------------- trap: timezone
    pair(
        40,
        "en",
        "hall-rentals",
        "A manages dozens of empty church and village halls and wants them rented by the "
        "hour; B built a booking marketplace for spaces and wants inventory.",
        a=person(
            "Margaret Ellison",
            """I look after 46 church and village halls for a diocese in Yorkshire. Most
            are empty five days a week and cost money to heat. The parishes would welcome
            yoga classes, toddler groups and clubs, but nobody has time to answer the
            phone, show people round or take payments.""",
            "Someone with a working online booking system who takes the whole job off us.",
            """Keep the halls open for the community, not for profit only.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
            loc="York",
        ),
        b=person(
            "Zainab Idris",
            "I built a marketplace that rents rooms by the hour; 300 hosts in Leeds.",
            "A partner who controls lots of halls and can sign them up in one go.",
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        twin=person(
            "Nick Harlow",
            "I run a booking platform for music rehearsal rooms.",
            "A bass player with a studio and 20 bands as clients.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Olive Stannard",
            "I teach yoga and need cheap rooms in North Yorkshire villages.",
            "Someone who manages halls and can give me regular weekly slots.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Mason Clarke",
            "I built an hourly room-booking marketplace in Vancouver.",
            "A partner who manages many church halls.",
            tz=-8,
            langs=["en"],
        ),
    ),
    # 41 ---------------------------------------------------------------- trap: language
    pair(
        41,
        "cross",
        "chimney-energy-audit",
        "A is a chimney sweep who visits every home once a year and wants to sell energy "
        "audits there; B is an energy auditor who can't get through people's doors.",
        a=person(
            "Gérard Lhomme",
            "Ramoneur depuis 25 ans, 2 000 foyers visités chaque année en Alsace.",
            "Qqn qui sache dire aux gens où leur maison perd sa chaleur, et quoi faire.",
            tz=1,
            langs=["fr"],
            loc="Sélestat",
        ),
        b=person(
            "Anja Keller",
            "Energy auditor with a thermal camera; I also speak French and German.",
            "A tradesman who already gets into thousands of homes and is trusted there.",
            tz=1,
            langs=["en", "fr", "de"],
            loc="Freiburg",
        ),
        twin=person(
            "Ralph Dunmore",
            "Energy auditor; I inspect office buildings for landlords.",
            "A partner who sells audits to big property funds.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Joëlle Haas",
            "Je vends des poêles à bois en Alsace.",
            "Un ramoneur qui recommande mes poêles à ses clients.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Owen Maddox",
            "Energy auditor, thermal imaging, heat-loss reports.",
            "A chimney sweep with thousands of loyal households.",
            tz=1,
            langs=["en"],
        ),
    ),
    # 42 ---------------------------------------------------------------- trap: consent
    pair(
        42,
        "fr",
        "oyster-hatchery",
        "A est ostréicultrice et perd ses huîtres à cause de l'eau trop chaude; B est "
        "biologiste marine et veut tester des naissains résistants en vrai.",
        a=person(
            "Sylvie Guérin",
            """Ostréicultrice à Marennes, troisième génération, 40 tonnes par an et des
            parcs sur trois sites. Je vends à des poissonniers et à des restaurants, et je
            fais partie du comité régional de la conchyliculture.""",
            """Les étés chauds tuent une partie de mes jeunes huîtres. Il me faut quelqu'un
            qui connaît la biologie de l'huître, qui sait sélectionner et faire naître des
            huîtres qui tiennent la chaleur, et qui les suit au microscope.""",
            """On vit de la mer, on la surveille.""",
            ro=["domain", "sales"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Marennes",
        ),
        b=person(
            "Thomas Lebreton",
            """Biologiste marin, dix ans dans un institut de recherche sur les mollusques.
            J'ai mis au point une écloserie expérimentale et des lignées qui survivent mieux
            aux fortes températures.""",
            """Je veux sortir du labo et travailler avec une productrice qui a des parcs, des
            clients et la confiance de la profession, pour élever mes lignées en conditions
            réelles et les vendre aux autres ostréiculteurs.""",
            """La science au service des gens de mer.""",
            ro=["tech"],
            rs=["domain", "sales"],
            tz=1,
            langs=["fr"],
            loc="La Rochelle",
        ),
        twin=person(
            "Nadine Pottier",
            """Biologiste marine, j'étudie les algues toxiques en laboratoire.""",
            """Un financeur public pour un grand programme de recherche.""",
            ro=["tech"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Cédric Ollivier",
            """Je tiens un restaurant de fruits de mer à Royan.""",
            """Une productrice d'huîtres qui me livre toute l'année.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Paul Delorme",
            """Biologiste, j'ai des lignées d'huîtres qui résistent à la chaleur.""",
            """Une ostréicultrice avec des parcs et des clients.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 43 ---------------------------------------------------------------- trap: visibility
    pair(
        43,
        "cross",
        "prison-education",
        "A teaches in prisons and wants offline learning tablets; B builds locked-down "
        "tablets and wants an educator who knows prison rules.",
        a=person(
            "Rebecca Holt",
            "I teach maths and English in two prisons in Kent.",
            """Inmates get one hour of class a week and nothing to practise with in their
            cells. I need someone who can make tablets with lessons that work with no
            internet, that security will accept, and that survive being dropped.""",
            tz=0,
            langs=["en", "fr"],
            loc="Maidstone",
        ),
        b=person(
            "Olivier Béranger",
            "Ingénieur, je fais des tablettes verrouillées pour les hôpitaux.",
            "Un enseignant qui connaît les règles des prisons et les besoins des détenus.",
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        twin=person(
            "Anne Dufresne",
            "Je conçois des tablettes durcies pour les chantiers.",
            "Un commercial qui connaît les grandes entreprises du BTP.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Leon Fitch",
            "I'm a prison governor and want more teachers on site.",
            "A teacher who can run classes in my prison four days a week.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Marc Toussaint",
            "Je fais des tablettes sécurisées sans internet.",
            "Une enseignante qui connaît la prison et ses règles.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 44 ---------------------------------------------------------------- trap: commitment
    pair(
        44,
        "mixed",
        "karaoke-bars",
        "A owns a karaoke bar and wants licensed songs on a modern system; B negotiates "
        "music rights and wants venues to license.",
        a=person(
            "Minh Tran",
            "J'ai un bar karaoké à Paris avec 8 salles, packed every weekend.",
            "Someone who sorts out the rights for all the songs we play.",
            tz=1,
            langs=["fr", "en", "vi"],
            loc="Paris",
        ),
        b=person(
            "Sarah Lemoine",
            "Je négocie les droits musicaux pour des salles et des bars.",
            "Des bars qui diffusent beaucoup de chansons et veulent être en règle.",
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        twin=person(
            "Frédéric Marin",
            "Je négocie les droits musicaux pour les films.",
            "Un producteur qui finance des documentaires.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Kevin Ng",
            "I build karaoke screens and song catalogues.",
            "A bar owner with rooms to install our system.",
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Aline Roussel",
            "Je gère les droits musicaux des bars et des salles.",
            "Un bar karaoké qui veut être en règle.",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 45 ---------------------------------------------------------------- trap: timezone
    pair(
        45,
        "cross",
        "allotment-water",
        "A runs community allotments with no water supply and wants rain capture; B designs "
        "rainwater systems and wants community sites to install them.",
        a=person(
            "Fatou Diallo",
            """Je préside une association de jardins partagés à Saint-Denis : 90 parcelles,
            pas d'eau de ville, et des étés de plus en plus secs.""",
            """Il me faut quelqu'un qui sait capter et stocker l'eau de pluie des toits
            voisins, la distribuer sans pompe chère et faire valider tout ça par la
            mairie.""",
            """Jardiner, c'est aussi se parler entre voisins.""",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Denis",
        ),
        b=person(
            "Gabriel Moss",
            "Water engineer; I design rainwater tanks and gravity-fed irrigation.",
            "An organiser who runs shared gardens and speaks for the gardeners.",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Brussels",
        ),
        twin=person(
            "Hugh Barrow",
            "I design rainwater harvesting for factories.",
            "A salesperson for industrial clients.",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Samuel Caron",
            "Je donne des cours de jardinage aux enfants.",
            "Une association de jardins qui m'accueille le mercredi.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ravi Kumar",
            "Water engineer, rainwater systems for community farms in Manila.",
            "A garden organiser who speaks for the gardeners.",
            ro=["tech"],
            rs=["domain"],
            tz=8,
            langs=["en"],
        ),
    ),
    # 46 ---------------------------------------------------------------- trap: language
    pair(
        46,
        "en",
        "bereavement-admin",
        "A is a probate paralegal who wants families to get help closing accounts; B built "
        "an app that cancels subscriptions and wants a legal expert to go further.",
        a=person(
            "Naomi Feld",
            """Probate paralegal for twelve years in a Manchester firm. I know every step
            after a death: certificates, banks, pensions, utilities, HMRC.""",
            """Families pay us a fortune for letters. I want a partner who can build software
            that sends those notifications automatically and tracks answers, so grieving
            people don't have to phone thirty companies.""",
            """Kindness and clarity at the worst time.""",
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Manchester",
        ),
        b=person(
            "Callum Pryor",
            """Developer; my app cancels subscriptions and switches bills, 40,000 users. It
            speaks to 200 companies through their APIs and forms.""",
            """Users keep asking us to handle everything after a death. I need someone who
            knows the legal steps after a death and what every institution asks of the
            family.""",
            """Don't profit from grief.""",
            tz=0,
            langs=["en"],
            loc="Salford",
        ),
        twin=person(
            "Rosie Tang",
            """I built an app that closes old bank accounts automatically.""",
            """A banker who can get us onto open-banking schemes.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Edwin Marr",
            """Funeral director; families ask me about paperwork every day.""",
            """A probate expert I can refer families to.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Joana Pires",
            """Criei uma app que cancela contratos depois de um falecimento.""",
            """Uma especialista em sucessões.""",
            tz=0,
            langs=["pt"],
        ),
    ),
    # 47 ---------------------------------------------------------------- trap: consent
    pair(
        47,
        "cross",
        "cycle-path-mapping",
        "A is a cycling advocate who wants city bike lanes mapped and rated; B is a GIS "
        "analyst who wants a campaign to use her maps.",
        a=person(
            "Dylan Hughes",
            "I lead a cycling campaign with 4,000 members in Cardiff.",
            "Someone who can map every bike lane and show where it's dangerous.",
            tz=0,
            langs=["en", "fr"],
            loc="Cardiff",
        ),
        b=person(
            "Amandine Picard",
            "Géomaticienne, je fais des cartes d'accidents et de trafic pour les villes.",
            "Un collectif de cyclistes qui récolte des données et porte des demandes.",
            tz=1,
            langs=["fr", "en"],
            loc="Rennes",
        ),
        twin=person(
            "Jérôme Vasseur",
            "Géomaticien, je cartographie les réseaux d'eau.",
            "Un syndicat des eaux qui nous confie ses plans.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Megan Rhydderch",
            "I'm a councillor in charge of transport.",
            "A cycling campaign leader to advise our plans.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Laure Besson",
            "Je cartographie accidents et trafic pour les villes.",
            "Un collectif de cyclistes qui porte des demandes.",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 48 ---------------------------------------------------------------- trap: visibility
    pair(
        48,
        "fr",
        "accessible-tourism",
        "A est guide et veut proposer des circuits pour voyageurs en fauteuil; B gère des "
        "hébergements adaptés et veut des visites à vendre à ses clients.",
        a=person(
            "Benjamin Laurier",
            "Guide conférencier en Dordogne, je fais visiter grottes et châteaux.",
            """Mes visites ne sont pas accessibles et je perds des groupes. Je cherche un
            associé qui connaît le handicap moteur, qui a des lieux où dormir pensés pour eux et
            des clients qui attendent des sorties.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Sarlat",
        ),
        b=person(
            "Hélène Cordier",
            "Je gère trois gîtes adaptés aux fauteuils, pleins de mai à octobre.",
            "Un guide qui crée des visites accessibles pour mes hôtes.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Périgueux",
        ),
        twin=person(
            "Pauline Ménard",
            "Je gère des gîtes de groupe pour les séminaires.",
            "Un associé pour vendre aux entreprises.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Xavier Labat",
            "Je tiens un château ouvert à la visite.",
            "Un guide qui fait visiter mon château aux groupes.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Colette Faure",
            "Gîtes adaptés aux fauteuils, clients fidèles.",
            "Un guide qui crée des visites accessibles.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
]
