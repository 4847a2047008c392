"""Pairs 17-32 of complementary_v4."""

from people import pair, person

PAIRS = [
    # 17 ---------------------------------------------------------------- trap: consent
    pair(
        17,
        "cross",
        "mobile-library",
        "A drives a book bus to villages and wants it to pay its way with digital services; "
        "B teaches older people to use phones and wants a vehicle that goes to them.",
        a=person(
            "Josiane Bouvier",
            "Je conduis un bibliobus dans 30 villages de la Creuse, chaque quinzaine.",
            "Quelqu'un qui aide les anciens avec leurs démarches en ligne pendant l'arrêt.",
            "Personne ne doit rester seul devant un écran.",
            tz=1,
            langs=["fr", "en"],
            loc="Guéret",
        ),
        b=person(
            "Megan Trelawney",
            """I have spent six years teaching people over seventy to use phones, tablets
            and government websites: pensions, health appointments, tax. I ran drop-in
            sessions in Cornish libraries and wrote a short course now used by two
            councils. I moved to the Limousin last year and I understand French well.""",
            """Most of the people who need me can't drive to a town. I would love to partner
            with someone who already travels to remote villages on a regular route, has a
            vehicle and is known and trusted there, so I can ride along and hold sessions
            at each stop.""",
            """Slow, kind, no jargon. Nobody is too old to learn.""",
            tz=1,
            langs=["en", "fr"],
            loc="Limoges",
        ),
        twin=person(
            "Douglas Fairbairn",
            """I train older people to use smartphones and online services.""",
            """A partner to sell my course to care-home chains across England.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Paulette Mounier",
            """Maire d'un village de 200 habitants, plus de commerce ni de poste.""",
            """Un bibliobus qui s'arrête chez nous chaque semaine.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rosalind Pike",
            """I teach the over-70s to use phones and public websites.""",
            """Someone who drives a regular route to villages and can take me along.""",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 18 ---------------------------------------------------------------- trap: visibility
    pair(
        18,
        "en",
        "roof-drone-survey",
        "A is a roofer tired of climbing to quote jobs who wants roofs measured from the air; "
        "B is a licensed drone pilot who wants a trade to work for.",
        a=person(
            "Stuart Colquhoun",
            "Roofer, 22 years, 5 crews; we quote 30 roofs a week in Glasgow.",
            "Someone who gets the sizes and pictures of a job from the air, no ladders.",
            "Safe crews home every night.",
            ro=["operations", "domain"],
            tz=0,
            langs=["en"],
            loc="Glasgow",
        ),
        b=person(
            "Fiona Baird",
            "Licensed drone pilot; I make 3D roof models and measured reports in a day.",
            "A builder with steady jobs who'll use my surveys for every quote.",
            "Accurate or not at all.",
            tz=0,
            langs=["en"],
            loc="Paisley",
        ),
        twin=person(
            "Ewan Drummond",
            "Commercial drone pilot, I film weddings and events.",
            "A marketer to grow my wedding bookings on social media.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Lorna McPhail",
            "I sell solar panels and need roof checks before every install.",
            "A roofer with crews who can check and fix roofs before we fit panels.",
            ro=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Kirsty Munro",
            "Drone pilot, I survey roofs and deliver measured 3D models.",
            "A roofing firm with steady jobs to use my surveys for quotes.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 19 ---------------------------------------------------------------- trap: commitment
    pair(
        19,
        "cross",
        "climbing-gym",
        "A is a route setter who wants to open a bouldering gym in a small town; B manages "
        "sports facilities and wants a climbing expert to build one with.",
        a=person(
            "Tariq Mansour",
            """IFSC-certified route setter, ten years setting for competitions and three
            commercial gyms in Germany and the UK. I can design the walls, choose holds,
            train setters and coaches, and keep members coming back with fresh problems
            every week.""",
            """What I can't do is the business side of a building: leases, insurance,
            staffing a front desk seven days a week, memberships and the local council. I
            want a partner who has run a sports hall or pool and knows how a place with
            hundreds of visitors a day stays open and safe.""",
            """Climbing is for everyone, not only for fit young men.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr", "ar"],
            loc="Annecy",
        ),
        b=person(
            "Sophie Grandjean",
            """J'ai dirigé pendant neuf ans un centre aquatique municipal : 40 salariés,
            abonnements, sécurité, assurances, relations avec la mairie.""",
            """Je veux ouvrir une salle d'escalade de bloc et il me faut un associé qui
            sache concevoir les murs, ouvrir des voies et former les encadrants.""",
            """Un lieu ouvert à tous, avec des tarifs sociaux.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Chambéry",
        ),
        twin=person(
            "Marc Villeneuve",
            """Directeur de salles de sport, j'ai géré quatre clubs de fitness.""",
            """Un associé qui apporte des fonds pour ouvrir une franchise de fitness.""",
            ro=["operations"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Noemi Bachmann",
            """I make climbing holds in a small factory near Bern.""",
            """A route setter who can test our holds and show them to gyms.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "de"],
        ),
        trap=person(
            "Aurore Blanchet",
            """Gérante d'une piscine municipale, je connais les assurances et la mairie.""",
            """Un ouvreur de voies pour une salle de bloc.""",
            ro=["operations"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 20 ---------------------------------------------------------------- trap: timezone
    pair(
        20,
        "fr",
        "creperie-network",
        "A est crêpier et veut ouvrir des comptoirs en gare; B négocie les baux commerciaux "
        "dans les gares et cherche un concept de restauration.",
        a=person(
            "Erwan Kerdraon",
            "Crêpier depuis 20 ans, j'ai formé une quinzaine de crêpiers à Rennes.",
            "Quelqu'un qui décroche des emplacements là où passent les voyageurs pressés.",
            "Farine bretonne, beurre salé, pas de raccourci.",
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        b=person(
            "Valérie Hamon",
            """Pendant douze ans j'ai loué les commerces des gares de l'Ouest pour le compte
            d'un gestionnaire d'espaces : je connais les appels à candidatures, les loyers
            variables et les équipes qui décident. Je sais monter un dossier qui plaît.""",
            """Je voudrais lancer une enseigne avec un artisan qui sait cuisiner vite et
            bien, former des équipes et garder la même qualité sur plusieurs points de
            vente. Un produit régional simple serait idéal.""",
            """Du vrai produit dans les gares, pas des sandwichs sous plastique.""",
            tz=1,
            langs=["fr"],
            loc="Nantes",
        ),
        twin=person(
            "Fabienne Guillot",
            """Je négocie des baux commerciaux en centre-ville et en galerie marchande.""",
            """Un expert-comptable associé pour racheter des fonds de commerce.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Morgane Tréguier",
            """Je vends de la farine de sarrasin bio aux restaurants.""",
            """Un crêpier qui forme des gens et ouvre des points de vente.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Jean-Luc Ribeiro",
            """Je loue les commerces des gares routières et de l'aéroport de Nouméa.""",
            """Un crêpier qui forme des équipes pour des comptoirs en gare.""",
            tz=11,
            langs=["fr"],
        ),
    ),
    # 21 ---------------------------------------------------------------- trap: language
    pair(
        21,
        "cross",
        "hospital-volunteers",
        "A coordinates hospital volunteers on paper and wants a simple scheduling tool; B is "
        "a developer who builds rota apps and wants a real organisation to design with.",
        a=person(
            "Colette Rivière",
            "Je coordonne 180 bénévoles dans un hôpital de Nancy, tout sur papier.",
            "Quelqu'un qui fabrique un outil simple pour les plannings des bénévoles.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Nancy",
        ),
        b=person(
            "Ben Okafor",
            "I build rota and shift apps; I speak French from my years in Metz.",
            "I want a coordinator with real volunteers to shape the tool with.",
            tz=1,
            langs=["en", "fr"],
            loc="Luxembourg",
        ),
        twin=person(
            "Cassie Lindqvist",
            "Developer of shift-planning apps for restaurants.",
            "A restaurant group owner to roll it out in 40 sites.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Odile Perrin",
            "Je préside une association de visiteurs à l'hôpital.",
            "Une coordinatrice qui sait gérer des centaines de bénévoles.",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Grace Whitman",
            "I build rota apps for volunteer groups.",
            "A hospital volunteer coordinator to design the tool with.",
            tz=1,
            langs=["en"],
        ),
    ),
    # 22 ---------------------------------------------------------------- trap: consent
    pair(
        22,
        "mixed",
        "vintage-cameras",
        "A repairs old film cameras and wants them sold well; B runs an online shop and "
        "community for film photographers and wants reliable serviced cameras.",
        a=person(
            "Julien Caradec",
            "Je répare les appareils argentiques: obturateurs, cellules, light seals.",
            "A partner who sells online to film photographers, worldwide.",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Ayumi Sato",
            """I run an online shop and a newsletter for film photographers: 25,000
            subscribers, mostly in Europe and Japan, and we sell film, books and second-hand
            cameras. Our problem is quality: half the cameras we buy need work we can't do.""",
            """I'm looking for a technician who can service shutters, meters and lenses, and
            sign off each camera with a warranty, so we can sell them with confidence.""",
            """Film is not dead; let's keep the old machines running.""",
            ro=["sales", "marketing"],
            rs=["tech"],
            tz=1,
            langs=["en", "ja"],
            loc="Amsterdam",
        ),
        twin=person(
            "Rick Vandermeer",
            """I sell second-hand cameras and lenses online, 10,000 customers.""",
            """A developer to build a price guide app for used gear.""",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["en", "nl"],
        ),
        one=person(
            "Margaux Lefèvre",
            """Je tiens un labo de développement argentique à Paris.""",
            """Un réparateur d'appareils pour nos clients, sur place.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Hiro Tanabe",
            """Online shop for film photographers, big newsletter.""",
            """A camera repairer who services and warranties every camera.""",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["en"],
            consent=False,
        ),
    ),
    # 23 ---------------------------------------------------------------- trap: visibility
    pair(
        23,
        "cross",
        "cargo-bike-rental",
        "A builds cargo bikes and wants them rented to families; B runs a neighbourhood "
        "rental and repair shop and wants sturdy bikes to rent.",
        a=person(
            "Elliot Barnes",
            """I design and weld cargo bikes in a small workshop in Bristol, two models, a
            long-tail and a box bike, both tested to 200 kg. I can build 15 a month and I
            source parts that any bike shop can replace.""",
            """Families want to try a cargo bike for a month before they buy. I need a
            partner who runs a place where people rent and bring bikes back, with
            mechanics, insurance and a booking desk.""",
            """Fewer cars on school runs.""",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
        b=person(
            "Sandrine Pasquier",
            """J'ai un atelier de réparation et de location de vélos à Lille : trois
            mécaniciens, 120 vélos en location, assurance et réservation en ligne.""",
            """Les familles me demandent des vélos cargo et je n'en trouve pas de solides.
            Je cherche un constructeur qui les dessine et les fabrique, et qui les
            fait évoluer avec nos retours.""",
            """Réparer plutôt que remplacer.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        twin=person(
            "Corentin Abadie",
            """Atelier vélo à Bordeaux, location et entretien.""",
            """Un associé marketing pour ouvrir une boutique en ligne.""",
            ro=["operations"],
            rs=["marketing"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Harriet Foyle",
            """I run a nursery and want to pick kids up by bike.""",
            """Someone who builds box bikes that can carry six toddlers.""",
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Anouk Vermeulen",
            """I run a bike rental and repair shop with mechanics and bookings.""",
            """A builder of sturdy cargo bikes for families to rent.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["en"],
            vis="private",
        ),
    ),
    # 24 ---------------------------------------------------------------- trap: commitment
    pair(
        24,
        "en",
        "tiny-house-permits",
        "A builds tiny houses on wheels and loses buyers to planning refusals; B is a planning "
        "consultant who wants a builder whose homes she can get approved.",
        a=person(
            "Wade Harrington",
            "Carpenter; I build tiny houses on trailers, 12 sold so far.",
            "Someone who knows the planning rules and gets councils to say yes.",
            tz=-5,
            langs=["en"],
            loc="Asheville",
        ),
        b=person(
            "Lorraine Tibbs",
            """Land-use consultant for fifteen years in North Carolina and Virginia. I know
            the zoning boards, I write variance requests and accessory dwelling applications,
            and about four in five of mine get approved.""",
            """I want to work with a builder who makes small, well-made homes that I can
            walk into a hearing and defend: someone who will adapt a design to what the
            county wants.""",
            """Housing people matters more than neat zoning maps.""",
            tz=-5,
            langs=["en"],
            loc="Charlotte",
        ),
        twin=person(
            "Grant Pemberton",
            """Zoning attorney, I get variances approved for developers.""",
            """A developer partner with land and money for 200 townhouses.""",
            tz=-5,
            langs=["en"],
        ),
        one=person(
            "Kayla Brooks",
            """I own a campground and want tiny houses to rent out.""",
            """A builder who can deliver eight tiny homes by summer.""",
            tz=-5,
            langs=["en"],
        ),
        trap=person(
            "Darlene Shaw",
            """Planning consultant, I get small homes approved by counties.""",
            """A tiny-house builder to bring designs to hearings.""",
            c="side-project",
            tz=-5,
            langs=["en"],
        ),
    ),
    # 25 ---------------------------------------------------------------- trap: timezone
    pair(
        25,
        "cross",
        "livestock-guard-dogs",
        "A is a shepherd losing ewes to bears and wolves who wants reliable guard dogs; B "
        "breeds and trains livestock guardian dogs and wants flocks to place them with.",
        a=person(
            "Mathieu Arrighi",
            "Berger dans les Pyrénées, 900 brebis ; je connais tous les éleveurs du coin.",
            "Qqn qui me fournit des chiens qui protègent le troupeau contre l'ours.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en", "es"],
            loc="Oloron-Sainte-Marie",
        ),
        b=person(
            "Rhiannon Pryce",
            "I breed and train livestock guardian dogs; 60 placed with hill farms.",
            "A herder trusted by his neighbours, to place dogs in many mountain flocks.",
            tz=0,
            langs=["en", "cy"],
            loc="Aberystwyth",
        ),
        twin=person(
            "Greta Holm",
            "I breed and train sheepdogs for herding trials.",
            "A sponsor for the national championships.",
            tz=1,
            langs=["en", "da"],
        ),
        one=person(
            "Pierre Etcheverry",
            "Je fabrique du fromage de brebis et il me manque du lait.",
            "Un berger qui fédère les éleveurs pour me livrer du lait.",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Aroha Tane",
            "I breed livestock guardian dogs in New Zealand.",
            "A shepherd trusted by his neighbours.",
            tz=12,
            langs=["en"],
        ),
    ),
    # 26 ---------------------------------------------------------------- trap: language
    pair(
        26,
        "fr",
        "ehpad-music",
        "A est musicothérapeute et veut intervenir dans les maisons de retraite; B dirige des "
        "EHPAD et veut des ateliers qui calment les résidents désorientés.",
        a=person(
            "Lucie Vandamme",
            """Musicothérapeute diplômée, dix ans en service de gériatrie. Je mène des
            séances individuelles et de groupe pour des personnes atteintes de troubles de
            la mémoire, et je sais mesurer l'effet sur l'agitation et le sommeil.""",
            """Je voudrais quitter l'hôpital et travailler avec quelqu'un qui a les clés des
            établissements : qui connaît ceux qui dirigent ces maisons, leurs budgets
            d'animation et les autorités qui les financent, et qui peut faire entrer un programme dans vingt
            maisons.""",
            """Chaque personne garde une voix, même quand les mots partent.""",
            tz=1,
            langs=["fr"],
            loc="Amiens",
        ),
        b=person(
            "Bernard Quesnel",
            """Directeur de trois maisons de retraite en Picardie, 240 résidents. Je siège au
            réseau régional des directeurs et je connais bien l'ARS.""",
            """Nos résidents désorientés s'agitent le soir et on finit par les médiquer. Je
            cherche une associée qui sait apaiser par le chant et le son, avec des séances
            sérieuses et évaluées, et qui forme mes équipes.""",
            """Moins de médicaments, plus de présence.""",
            tz=1,
            langs=["fr"],
            loc="Saint-Quentin",
        ),
        twin=person(
            "Sabine Dutilleul",
            """Directrice d'EHPAD dans l'Oise, je connais l'ARS et les budgets.""",
            """Un associé promoteur pour construire une résidence de luxe.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Hugo Delattre",
            """Je fabrique des instruments adaptés aux mains âgées.""",
            """Une musicothérapeute qui teste nos instruments en séance.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Peter Langley",
            """I manage care homes and know the regulators well.""",
            """A music therapist for agitated residents with dementia.""",
            tz=1,
            langs=["en"],
        ),
    ),
    # 27 ---------------------------------------------------------------- trap: consent
    pair(
        27,
        "cross",
        "boat-electrification",
        "A converts old fishing boats to electric drive and wants a yard with slipways; B "
        "runs a boatyard losing work and wants a new trade.",
        a=person(
            "Isla Ferguson",
            "Marine electrical engineer; I've converted 4 small boats to battery drive.",
            "A yard with slipways, cranes and shipwrights who can haul out and refit hulls.",
            ro=["tech"],
            tz=0,
            langs=["en", "fr"],
            loc="Falmouth",
        ),
        b=person(
            "Yves Kerhervé",
            """Je dirige un chantier naval à Concarneau : deux cales, une grue de 40
            tonnes, huit charpentiers de marine. Les pêcheurs ne font plus construire,
            et nos carnets se vident.""",
            """Je cherche une ingénieure qui sait passer un bateau au moteur électrique :
            batteries, sécurité, dossier pour les affaires maritimes. On a les coques et
            les mains, pas ce savoir.""",
            """Garder le métier vivant sur le port.""",
            tz=1,
            langs=["fr", "en"],
            loc="Concarneau",
        ),
        twin=person(
            "Alain Le Dantec",
            """Chantier naval à Lorient, cales et grue, réparation de chalutiers.""",
            """Un repreneur qui rachète le chantier, je pars à la retraite.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Rowan Pascoe",
            """I sell marine battery packs to boat owners.""",
            """An engineer who designs full electric conversions with our packs.""",
            ro=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Gaëtan Furic",
            """Chantier naval avec cales et charpentiers, le travail manque.""",
            """Une ingénieure qui électrifie les bateaux de pêche.""",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 28 ---------------------------------------------------------------- trap: visibility
    pair(
        28,
        "mixed",
        "language-school-visas",
        "A runs a French language school and wants foreign students through the visa "
        "process; B is an immigration adviser who wants a school to sponsor students.",
        a=person(
            "Nathalie Brossard",
            "École de français à Montpellier, 300 students a year, labellisée.",
            "Quelqu'un qui gère les visas étudiants de A à Z for our students.",
            ro=["domain"],
            rs=["legal"],
            tz=1,
            langs=["fr", "en"],
            loc="Montpellier",
        ),
        b=person(
            "Rachid Ouali",
            "Conseiller en immigration, 800 visas étudiants obtenus depuis 2018.",
            "Une école reconnue qui accueille des étudiants étrangers toute l'année.",
            ro=["legal"],
            rs=["domain"],
            tz=1,
            langs=["fr", "ar"],
            loc="Montpellier",
        ),
        twin=person(
            "Samir Bekkali",
            "Conseiller en immigration pour les travailleurs saisonniers.",
            "Un agriculteur qui embauche 50 saisonniers par an.",
            ro=["legal"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Ji-woo Park",
            "I run a student agency in London for Korean students going abroad.",
            "A French school that welcomes our students each term.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "ko"],
        ),
        trap=person(
            "Karima Zerrouki",
            "Je gère les visas étudiants, 500 dossiers par an.",
            "Une école de langue qui accueille des étudiants étrangers.",
            ro=["legal"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 29 ---------------------------------------------------------------- trap: commitment
    pair(
        29,
        "cross",
        "cider-orchards",
        "A has old cider orchards and wants the apples pressed and sold abroad; B is an "
        "importer of craft drinks who wants a French cider source.",
        a=person(
            "Hélène Lecoutre",
            """J'ai repris les vergers de mes grands-parents dans le pays d'Auge : 12 hectares
            de pommiers haute tige, des variétés anciennes, et un pressoir à restaurer. Je
            connais tous les producteurs de la vallée et le cahier des charges de
            l'appellation.""",
            """Les grandes cidreries paient la pomme une misère. Il me faut quelqu'un qui
            sait vendre une boisson artisanale à l'étranger, trouver des cavistes et des
            bars, et qui comprend les douanes et les accises.""",
            """Des arbres de cent ans, on ne les arrache pas pour du rendement.""",
            tz=1,
            langs=["fr", "en"],
            loc="Lisieux",
        ),
        b=person(
            "Callum Ritchie",
            "I import craft drinks into the UK; 200 bottle shops and bars buy from me.",
            "A French orchard owner who can make proper farmhouse cider in volume.",
            tz=0,
            langs=["en"],
            loc="Edinburgh",
        ),
        twin=person(
            "Fergus Doyle",
            "I import wine and spirits into Ireland for restaurants.",
            "A partner with a bonded warehouse and capital.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Thomas Mauduit",
            "Je distille du calvados et il me manque des pommes anciennes.",
            "Un verger de haute tige qui me vend ses pommes chaque automne.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Angus Reid",
            "I import craft cider into Scotland for bottle shops.",
            "A Normandy orchard that can supply farmhouse cider.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 30 ---------------------------------------------------------------- trap: timezone
    pair(
        30,
        "en",
        "court-interpreting",
        "A is a court interpreter who wants remote interpreting booked reliably; B built a "
        "video platform for hearings and wants interpreters who know court rules.",
        a=person(
            "Lucía Fernández",
            """Certified court interpreter, Spanish and English, fourteen years in Texas
            state and federal courts. I run a roster of 60 certified interpreters in six
            languages and I train new ones for the exam.""",
            """Courts now hold half their hearings by video and our bookings are chaos:
            emails, missed links, no-shows. I want a partner who can build the booking and
            video side so that an interpreter joins the right hearing on time, with the
            right documents, every time.""",
            """Every defendant deserves to understand their own trial.""",
            rs=["tech"],
            tz=-6,
            langs=["en", "es"],
            loc="San Antonio",
        ),
        b=person(
            "Derrick Coleman",
            """Software engineer; I built a secure video platform used by two county
            courts for remote hearings, with scheduling and document sharing.""",
            """Judges keep asking me about interpreters and I know nothing about them. I'd
            like a co-founder who runs a pool of certified interpreters and knows what the
            courts require of them.""",
            """Justice shouldn't depend on a bad connection.""",
            tz=-6,
            langs=["en"],
            loc="Houston",
        ),
        twin=person(
            "Kim Nguyen",
            """I built a video platform for telehealth appointments.""",
            """A doctor with a big practice to pilot it.""",
            tz=-5,
            langs=["en", "vi"],
        ),
        one=person(
            "Alma Ruiz",
            """I'm studying for the court interpreter exam.""",
            """An experienced court interpreter who can train me and give me work.""",
            tz=-6,
            langs=["en", "es"],
        ),
        trap=person(
            "Ines Castro",
            """I built remote-hearing software for courts in Madrid.""",
            """A court interpreter who runs a pool of certified interpreters.""",
            tz=1,
            langs=["en", "es"],
        ),
    ),
    # 31 ---------------------------------------------------------------- trap: language
    pair(
        31,
        "cross",
        "archive-digitisation",
        "A has thousands of old town-council records rotting in a basement and wants them "
        "scanned; B runs a scanning workshop and wants public archives as clients.",
        a=person(
            "Martin Hollis",
            "I'm the archivist for 40 small towns; their records are rotting in basements.",
            "Someone with the machines and people to scan fragile old registers, fast.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            loc="Jersey",
        ),
        b=person(
            "Claire Jouve",
            "J'ai un atelier de numérisation : scanners pour livres fragiles, 5 salariés.",
            "Je cherche un archiviste qui a accès aux fonds des communes et sait les trier.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Caen",
        ),
        twin=person(
            "Benoît Sarrazin",
            "Atelier de numérisation de plans et de photos pour les architectes.",
            "Un commercial qui vend nos scans aux agences d'architecture.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Wendy Carlisle",
            "Family historian with 8,000 followers online.",
            "An archivist who can open parish and council records to my readers.",
            ro=["marketing"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Stefano Moretti",
            "Ho un laboratorio di digitalizzazione per registri antichi.",
            "Un archivista con accesso agli archivi comunali.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["it"],
        ),
    ),
    # 32 ---------------------------------------------------------------- trap: consent
    pair(
        32,
        "fr",
        "autism-employment",
        "A accompagne des adultes autistes vers l'emploi et veut des postes durables; B dirige "
        "un atelier de contrôle qualité et veut recruter des profils minutieux.",
        a=person(
            "Florence Galland",
            "Job coach pour adultes autistes, 60 personnes suivies à Grenoble.",
            "Un employeur qui a de vrais postes stables et veut adapter son atelier.",
            tz=1,
            langs=["fr"],
            loc="Grenoble",
        ),
        b=person(
            "Arnaud Bellier",
            """Je dirige une PME de contrôle qualité pour l'électronique : inspection de
            cartes, tri de composants, 25 salariés. On a du mal à recruter des gens
            patients et précis.""",
            """Je voudrais monter une équipe avec une professionnelle qui connaît l'autisme,
            qui sait recruter, former et soutenir ces salariés au quotidien, et adapter nos
            postes avec nous.""",
            """Un travail bien fait et des gens respectés.""",
            tz=1,
            langs=["fr"],
            loc="Voiron",
        ),
        twin=person(
            "Patrice Clément",
            """PME de contrôle qualité, nous inspectons des pièces pour l'automobile.""",
            """Un directeur financier associé pour une levée de fonds.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Zoé Marchal",
            """Mon fils autiste cherche un emploi et je veux créer une association.""",
            """Une job coach expérimentée pour l'accompagner.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Gilles Rostaing",
            """Atelier de contrôle qualité, 20 salariés, postes précis et calmes.""",
            """Une job coach qui connaît l'autisme et qui forme mes équipes.""",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
]
