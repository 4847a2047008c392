"""Pairs 113-128 of complementary_v4."""

from people import pair, person

PAIRS = [
    # 113 --------------------------------------------------------------- trap: visibility
    pair(
        113,
        "cross",
        "braille-signage",
        "A is a blind accessibility consultant who audits public buildings; B makes tactile "
        "and braille signs and wants someone who knows what blind users need.",
        a=person(
            "Thérèse Guillon",
            "Je suis aveugle et j'audite l'accessibilité des gares et des mairies.",
            "Qqn qui fabrique les panneaux en relief que je recommande, bien faits.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Gavin Hurst",
            "I make tactile and braille signs, laser-cut and UV-printed.",
            "A blind expert who tells us what really helps and brings in clients.",
            tz=0,
            langs=["en", "fr"],
            loc="Leeds",
        ),
        twin=person(
            "Ellie Rowe",
            "I make shop signs and neon lettering.",
            "A retail chain that orders for every store.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Marc Dubreuil",
            "Architecte, je dois rendre une école accessible.",
            "Une experte qui audite mon projet.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Colin Pratt",
            "Tactile and braille signs, laser-cut.",
            "A blind accessibility expert.",
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 114 --------------------------------------------------------------- trap: commitment
    pair(
        114,
        "en",
        "school-uniform-reuse",
        "A runs second-hand uniform sales at forty schools and wants them cleaned and "
        "repaired at scale; B runs a commercial laundry that wants daytime work.",
        a=person(
            "Katie Lambert",
            """I run second-hand uniform shops for 40 schools in Bristol, staffed by parent
            volunteers. We take in 8,000 items a year, but half are stained or torn, and
            the volunteers can't wash and mend that many.""",
            """I'm looking for a partner with industrial washers, pressing and a mending
            bench, who can collect from schools and bring back clean, repaired clothes
            ready to sell.""",
            """No child should be embarrassed by their jumper.""",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Bristol",
        ),
        b=person(
            "Darren Cole",
            """I run a commercial laundry for hotels in Bristol, with two vans and a
            seamstress. Our machines sit idle during the day.""",
            """I want steady daytime work from a partner who gathers clothing in bulk and
            knows where to sell it.""",
            """Keep things in use.""",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Bristol",
        ),
        twin=person(
            "Yvonne Black",
            """Commercial laundry for hospitals.""",
            """A finance partner to buy a bigger plant.""",
            ro=["operations"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        twin2=person(
            "Lee Turner",
            """I run a dry-cleaning chain.""",
            """An app developer for collections.""",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Amy Fowler",
            """Head teacher; parents can't afford uniforms.""",
            """Someone who runs a second-hand uniform shop at my school.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Rob Hines",
            """Laundry with idle machines in the day.""",
            """A partner who gathers clothing in bulk.""",
            ro=["operations"],
            rs=["sales"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 115 --------------------------------------------------------------- trap: timezone
    pair(
        115,
        "cross",
        "peat-free-compost",
        "A runs a plant nursery that must stop using peat; B makes compost from green waste "
        "and wants to develop a growing medium with a nursery.",
        a=person(
            "Ian Whitaker",
            "Plant nursery owner, 2 million plugs a year, still on peat.",
            """Peat is being banned and my trials with bagged alternatives failed. I need
            someone who makes compost and can tune a mix that holds water and feeds young
            plants the same way every batch.""",
            tz=1,
            langs=["en", "fr"],
            loc="Jersey",
        ),
        b=person(
            "Gérard Pouliquen",
            "Je fais du compost de déchets verts, 20 000 tonnes par an.",
            "Une pépinière qui teste mes mélanges sur ses plants.",
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Brieuc",
        ),
        twin=person(
            "Yann Quéré",
            "Je fais du compost pour les agriculteurs bio.",
            "Un épandeur avec des machines.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Jenny Cross",
            "I run a garden centre and need young plants.",
            "A nursery that supplies plugs every week.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Diego Herrera",
            "Compost from green waste, California.",
            "A nursery to test my mixes.",
            tz=-8,
            langs=["en", "es"],
        ),
    ),
    # 116 --------------------------------------------------------------- trap: language
    pair(
        116,
        "fr",
        "deaf-cafe",
        "A est sourde et veut ouvrir un café où l'on commande en langue des signes; B est "
        "restauratrice et veut un lieu avec une vraie idée.",
        a=person(
            "Nolwenn Perrot",
            "Sourde, je forme à la langue des signes depuis dix ans.",
            "Quelqu'un qui sait tenir un café au quotidien, cuisine et caisse.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        b=person(
            "Agathe Morvan",
            "Restauratrice, j'ai tenu un café pendant huit ans.",
            "Une idée forte et une associée qui fait venir du monde.",
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        twin=person(
            "Cyril Menard",
            "J'ai tenu une crêperie pendant dix ans.",
            "Un investisseur pour ouvrir une franchise.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Kevin Le Roux",
            "Je suis serveur et j'apprends les signes.",
            "Une formatrice qui me fait progresser.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Martina Ricci",
            "Ho gestito un bar per otto anni.",
            "Un'idea forte e una socia.",
            tz=1,
            langs=["it"],
        ),
    ),
    # 117 --------------------------------------------------------------- trap: consent
    pair(
        117,
        "cross",
        "antique-clock-repair",
        "A repairs antique clocks and wants an online repair service with safe shipping; B "
        "runs fragile-goods logistics and wants a craft business to build it with.",
        a=person(
            "Jean-Pierre Bouchard",
            """Horloger restaurateur depuis trente ans à Besançon. Je répare pendules,
            comtoises et horloges d'édifice, je refais les pièces au tour et je connais les
            mouvements anciens mieux que personne.""",
            """Les clients sont partout en Europe mais ils n'osent pas envoyer une pendule.
            Il me faut un partenaire qui sait emballer, transporter et assurer des objets
            fragiles, et qui construit le service en ligne autour.""",
            """Le temps se répare aussi.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Besançon",
        ),
        b=person(
            "Anna Kowalczyk",
            """I built a logistics company for fragile things: instruments, art, antiques.
            Custom crates, climate control, insurance, door to door across Europe.""",
            """I'd like to build a repair service with a master craftsman whose work people
            would ship across borders for.""",
            """Handle like it's yours.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "pl"],
            loc="Berlin",
        ),
        twin=person(
            "Robert Klein",
            """Fine art shipping for galleries.""",
            """A gallery network to sign contracts.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["en", "de"],
        ),
        one=person(
            "Pauline Ferry",
            """J'ai hérité d'une comtoise qui ne marche plus.""",
            """Un horloger qui la répare.""",
            ro=["finance"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Oskar Nowak",
            """Fragile-goods logistics, custom crates.""",
            """A master craftsman for a repair service.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 118 --------------------------------------------------------------- trap: visibility
    pair(
        118,
        "mixed",
        "forest-kindergarten",
        "A is an early-years teacher who wants an outdoor nursery; B owns woodland and "
        "wants it used by children.",
        a=person(
            "Émilie Schmitt",
            "Je suis éducatrice de jeunes enfants and I trained in Danish forest schools.",
            "Un bois sûr, près d'une ville, où accueillir 20 enfants.",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en", "de"],
            loc="Strasbourg",
        ),
        b=person(
            "Gaston Kieffer",
            "Je possède 30 hectares de bois à 10 minutes de Strasbourg.",
            "Une pédagogue qui fait jouer des enfants dehors toute l'année.",
            tz=1,
            langs=["fr"],
            loc="Obernai",
        ),
        twin=person(
            "Hubert Ehrhart",
            "Je possède une forêt que je veux exploiter.",
            "Un bûcheron associé.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Clara Hess",
            "Maman de deux petits, je cherche une crèche dehors.",
            "Une éducatrice qui ouvre une crèche en forêt.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Jean Wendling",
            "Des bois près de Strasbourg.",
            "Une pédagogue pour des enfants dehors.",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 119 --------------------------------------------------------------- trap: commitment
    pair(
        119,
        "cross",
        "greenhouse-heat-recovery",
        "A runs a data centre wasting heat and wants a neighbour to use it; B grows tomatoes "
        "under glass and wants cheap heat.",
        a=person(
            "Marcus Lindholm",
            """I run a mid-sized data centre near Lille: 4 MW of servers, and all the heat
            goes out through dry coolers into the air. I can pipe warm water at 35-40 °C
            to a neighbour if the deal makes sense.""",
            "A grower with greenhouses who needs heat all winter.",
            ro=["tech", "operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Lille",
        ),
        b=person(
            "Françoise Delannoy",
            "Je cultive des tomates sous serre, 3 hectares, chauffés au gaz.",
            "Un voisin qui a de la chaleur perdue et peut me l'envoyer.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Seclin",
        ),
        twin=person(
            "Hervé Lemaire",
            "Je cultive des fraises sous serre.",
            "Un distributeur qui prend toute ma récolte.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Pieter de Wit",
            "I grow orchids under glass near Ghent.",
            "An export partner for Asia.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["en", "nl"],
        ),
        one=person(
            "Arnaud Pollet",
            "Je vends des serveurs reconditionnés.",
            "Un centre de données qui me les achète.",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Sylvie Cardon",
            "Serres de tomates chauffées au gaz.",
            "Un voisin avec de la chaleur perdue.",
            ro=["domain"],
            rs=["tech"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 120 --------------------------------------------------------------- trap: timezone
    pair(
        120,
        "en",
        "stroke-rehab-gaming",
        "A is an occupational therapist who wants stroke patients to practise at home; B is "
        "a game developer who wants a clinical partner.",
        a=person(
            "Sunita Patel",
            """Occupational therapist in a stroke unit for eleven years. I know which hand
            and arm movements patients need to repeat, hundreds of times a day, and how
            quickly they give up when it's boring.""",
            """I want someone who can turn those exercises into something people enjoy
            doing at home in front of a cheap camera, and that records progress I can
            check.""",
            """Recovery happens at home, not in our clinic.""",
            tz=0,
            langs=["en", "gu"],
            loc="Leicester",
        ),
        b=person(
            "Joel Adeyinka",
            """Game developer, eight years in motion games for consoles. I can track hands
            and arms with a webcam and make short, addictive games around any movement.""",
            """I'd like to make games that heal. I need a therapist who knows exactly which
            movements matter and can test with real patients.""",
            """Fun is a medical tool.""",
            tz=0,
            langs=["en"],
            loc="Birmingham",
        ),
        twin=person(
            "Tom Richter",
            """Game developer, fitness games for VR.""",
            """A gym chain to license our games.""",
            tz=1,
            langs=["en"],
        ),
        one=person(
            "Gordon Hale",
            """I had a stroke last year; my left hand is weak.""",
            """A therapist who can guide me at home.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ryan Park",
            """Motion game developer in Los Angeles.""",
            """A therapist who knows stroke rehab movements.""",
            tz=-8,
            langs=["en"],
        ),
    ),
    # 121 --------------------------------------------------------------- trap: language
    pair(
        121,
        "cross",
        "lace-making",
        "A keeps old Leavers lace looms running in Calais and needs orders from lingerie "
        "brands; B founded a lingerie label and wants French lace made for it.",
        a=person(
            "Jacqueline Dufay",
            "J'ai six métiers Leavers à Calais et deux tulliers qui savent les régler.",
            "Qqn qui me passe des commandes de lingerie, pas juste des échantillons.",
            ro=["operations"],
            tz=1,
            langs=["fr"],
            loc="Calais",
        ),
        b=person(
            "Graham Pellow",
            "I founded a lingerie label; 40 stockists, I speak some French.",
            "A mill with old lace machines that can make our own patterns in France.",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Neil Fenton",
            "I run a swimwear label with 30 stockists.",
            "A digital print shop for our fabrics.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Margaux Lefort",
            "Je répare les vieux métiers textiles.",
            "Une tullière qui me confie l'entretien de ses machines.",
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Sam Whitlow",
            "Lingerie label founder, 35 stockists.",
            "A lace mill in France.",
            tz=0,
            langs=["en"],
        ),
    ),
    # 122 --------------------------------------------------------------- trap: consent
    pair(
        122,
        "fr",
        "prison-reentry-jobs",
        "A est conseiller d'insertion en prison et veut des emplois à la sortie; B dirige une "
        "entreprise de rénovation qui manque de bras.",
        a=person(
            "Mohamed Saïdi",
            """Conseiller d'insertion et de probation depuis quatorze ans à la maison
            d'arrêt de Nîmes. Je prépare les sorties, je connais les détenus qui ont appris
            un métier en détention et je les suis après.""",
            """Sans emploi à la sortie, la moitié reviennent. Je cherche un patron qui
            embauche vraiment, qui a des chantiers et accepte d'encadrer des gens qui
            repartent de zéro.""",
            """Tout le monde a droit à une deuxième chance.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Nîmes",
        ),
        b=person(
            "Christophe Bonnet",
            "Patron d'une entreprise de rénovation, 30 salariés, je manque de bras.",
            "Quelqu'un qui m'envoie des gens formés et qui les suit.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Alès",
        ),
        twin=person(
            "Pascal Gimenez",
            "Patron d'entreprise de maçonnerie.",
            "Un associé qui reprend la gestion.",
            ro=["operations"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Samir Kaci",
            "Je sors de prison dans trois mois, j'ai un CAP peintre.",
            "Un conseiller qui m'aide à trouver du travail.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Didier Lopez",
            "Entreprise de rénovation, je manque de bras.",
            "Quelqu'un qui m'envoie des gens formés.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 123 --------------------------------------------------------------- trap: visibility
    pair(
        123,
        "cross",
        "night-nursing-app",
        "A is a night-shift nurse who wants agency shifts booked fairly; B runs a nursing "
        "staff agency and wants a nurse to rebuild how shifts are offered.",
        a=person(
            "Claire Maddox",
            """Agency nurse for nine years, mostly night shifts in intensive care. I have
            seen how agencies hand out shifts: by favouritism, at the last minute, with pay
            cut by hidden fees. Two hundred nurses in my group chat would switch tomorrow
            to a fair agency.""",
            """I need someone who already runs a licensed staffing agency, with hospital
            contracts and payroll, and who wants to share shifts openly by rules nurses
            can see.""",
            """Transparent pay, rested nurses, safer patients.""",
            tz=1,
            langs=["en", "fr"],
            loc="Geneva",
        ),
        b=person(
            "Laurence Berthier",
            """Je dirige une agence d'intérim infirmier agréée : contrats avec neuf hôpitaux
            et cliniques, paie et déclarations en règle, 150 intérimaires.""",
            """Je perds mes meilleures infirmières, fatiguées d'être mal traitées par les
            agences. Je cherche une infirmière de terrain, écoutée par ses collègues, pour
            revoir avec moi la façon d'attribuer les gardes.""",
            """Une agence dont les soignants sont fiers.""",
            tz=1,
            langs=["fr", "en"],
            loc="Annemasse",
        ),
        twin=person(
            "Gérard Mercier",
            """Agence d'intérim pour le BTP, contrats et paie.""",
            """Un commercial qui connaît les chantiers.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Noah Fischer",
            """ICU nurse, I want agency shifts at night.""",
            """A nurse with a network who can share good shifts.""",
            tz=1,
            langs=["en", "de"],
        ),
        trap=person(
            "Sandrine Colomb",
            """Agence d'intérim infirmier agréée, contrats avec des hôpitaux.""",
            """Une infirmière écoutée pour revoir l'attribution des gardes.""",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 124 --------------------------------------------------------------- trap: commitment
    pair(
        124,
        "mixed",
        "choir-sheet-music",
        "A is a choir director who wants parts arranged for amateur voices; B is an arranger "
        "who wants choirs to sing his work.",
        a=person(
            "Véronique Hamel",
            "Je suis cheffe de chœur de 4 chorales and we sing pop in four parts.",
            "Un arrangeur qui écrit des partitions simples pour voix amateurs.",
            ro=["domain"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
            loc="Rouen",
        ),
        b=person(
            "Olivier Thuillier",
            "Arrangeur, j'écris pour voix, du jazz à la pop.",
            "Des chorales qui chantent mes arrangements.",
            c="part-time",
            tz=1,
            langs=["fr"],
            loc="Le Havre",
        ),
        twin=person(
            "Julien Caron",
            "Arrangeur pour orchestres d'harmonie.",
            "Un éditeur de partitions.",
            c="part-time",
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Dominique Prévost",
            "J'écris des musiques de pub.",
            "Une agence qui me commande des jingles.",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Brigitte Lucas",
            "J'aime chanter et je cherche une chorale.",
            "Une cheffe de chœur qui m'accepte.",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Alain Mauger",
            "Arrangeur pour voix, pop et jazz.",
            "Des chorales qui chantent mes arrangements.",
            c="full-time",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 125 --------------------------------------------------------------- trap: timezone
    pair(
        125,
        "cross",
        "dry-stone-walls",
        "A is a dry-stone waller who wants to restore vineyard terraces; B manages a "
        "landscape heritage programme and wants trained wallers.",
        a=person(
            "Raymond Carrière",
            "Murailler, je refais les murs en pierre sèche des terrasses des Cévennes.",
            """J'ai trop de travail pour moi seul et personne ne finance les chantiers. Il
            me faut quelqu'un qui trouve l'argent public et privé pour ces terrasses et qui
            monte des chantiers-écoles.""",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
            loc="Anduze",
        ),
        b=person(
            "Catherine Whitfield",
            "I run a landscape heritage fund for terraced valleys across Europe.",
            "A master waller who can lead training sites on old terraces.",
            ro=["finance"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr", "it"],
            loc="Turin",
        ),
        twin=person(
            "Mark Dwyer",
            "I run a heritage fund for old churches.",
            "An architect for surveys.",
            ro=["finance"],
            rs=["design"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Fabien Roux",
            "Vigneron, mes terrasses s'effondrent.",
            "Un murailler qui les remonte.",
            ro=["finance"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Kenji Mori",
            "Heritage fund for terraced valleys in Japan.",
            "A master waller to lead training.",
            ro=["finance"],
            rs=["domain"],
            tz=9,
            langs=["en"],
        ),
    ),
    # 126 --------------------------------------------------------------- trap: language
    pair(
        126,
        "en",
        "lifeguard-training",
        "A runs a lifeguard training school and wants pools to train in; B manages leisure "
        "centres with pools empty in the early morning.",
        a=person(
            "Carl Jenkins",
            "I train lifeguards; 300 qualified a year in Wales.",
            "Water to train in at dawn, for our courses.",
            ro=["domain"],
            tz=0,
            langs=["en", "cy"],
            loc="Swansea",
        ),
        b=person(
            "Bethan Rees",
            "I manage 6 leisure centres; pools sit empty before 7am.",
            "A school that fills our pools with paying courses.",
            tz=0,
            langs=["en"],
            loc="Newport",
        ),
        twin=person(
            "Gareth Owen",
            "I manage sports halls across Cardiff.",
            "A badminton club to book every night.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Ffion Morgan",
            "I'm 17 and want to be a lifeguard.",
            "A school that trains and certifies me.",
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Joana Sousa",
            "Gero seis piscinas vazias de manhã cedo.",
            "Uma escola de nadadores-salvadores.",
            tz=0,
            langs=["pt"],
        ),
    ),
    # 127 --------------------------------------------------------------- trap: consent
    pair(
        127,
        "cross",
        "night-train-catering",
        "A is a chef who wants to cook for a night train; B runs onboard services for a new "
        "night train and wants regional food.",
        a=person(
            "Daniel Sharpe",
            """Chef for fifteen years, the last five running a kitchen that cooks 800 meals a
            day for a hospital. I can design a menu that travels well, reheats in a tiny
            galley and still tastes of somewhere.""",
            """I want to partner with someone who runs catering on trains or planes, knows
            the safety rules for food on board and has a contract to fill.""",
            """Good food is part of the journey.""",
            tz=1,
            langs=["en", "fr"],
            loc="Brussels",
        ),
        b=person(
            "Céline Rigaud",
            """Je dirige les services à bord d'une nouvelle ligne de train de nuit Paris-
            Nice : voitures-bars, petits déjeuners, 400 voyageurs chaque nuit.""",
            """Je cherche un chef qui sait concevoir des repas régionaux qui voyagent bien et
            se réchauffent dans un mini-office.""",
            """Le voyage commence à table.""",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        twin=person(
            "Luc Fontaine",
            """Je gère la restauration d'une compagnie aérienne régionale.""",
            """Un fournisseur de plateaux moins chers.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Hannah Bellweather",
            """I grow vegetables and want a chef client.""",
            """A chef who buys my produce every week.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Marion Lebrun",
            """Services à bord d'un train de nuit.""",
            """Un chef qui conçoit des repas qui voyagent.""",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 128 --------------------------------------------------------------- trap: visibility
    pair(
        128,
        "mixed",
        "repair-cafe-network",
        "A coordinates volunteer repair cafés and wants spare parts; B salvages parts from "
        "broken appliances and wants repairers to use them.",
        a=person(
            "Lucie Moreau",
            """Je coordonne 25 repair cafés en Île-de-France. Our volunteers fix lamps,
            toasters and radios every Saturday, but one repair in three fails for lack of
            a cheap spare part: a belt, a switch, a thermostat.""",
            "Quelqu'un qui a un stock de pièces récupérées, triées et faciles à trouver.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Montreuil",
        ),
        b=person(
            "Hugo Benard",
            "Je démonte des appareils cassés et je trie 20 000 pièces.",
            "Des réparateurs qui utilisent mes pièces chaque semaine.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Bagnolet",
        ),
        twin=person(
            "Nadir Ouali",
            "Je récupère les métaux des appareils cassés.",
            "Un ferrailleur qui achète au poids.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Eva Marchand",
            "Je répare des radios anciennes.",
            "Un repair café qui m'accueille.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Arthur Blin",
            "Pièces détachées triées, 15 000 références.",
            "Des réparateurs bénévoles.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
]
