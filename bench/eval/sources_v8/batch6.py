"""Pairs 51-60 of complementary_v8."""

from people import pair, person

PAIRS = [
    # 51 ---------------------------------------------------------------- trap: language
    pair(
        51,
        "fr",
        "natural-sausage-casings",
        "A's imported natural casings split and ruin batches; B cleans and grades casings "
        "from French pig farms and wants yearly contracts.",
        a=person(
            "Léon Giraudeau",
            "Charcutier à Lyon, 200 kg de saucisson par semaine.",
            "Les boyaux qui arrivent de loin cassent au poussoir, je perds des lots entiers.",
            "Le cochon, de la tête à la queue.",
            ro=["domain", "sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        b=person(
            "Ambroisine Terrenoire",
            "Boyaudière: je nettoie et calibre les tripes d'élevages français.",
            "Des transformateurs de viande qui signent pour l'année.",
            "De la ferme à l'étal.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Roanne",
        ),
        twin=person(
            "Casimir Fontlebon",
            "Je lave et je calibre les boyaux naturels de porc et de mouton.",
            "Il me faut un transporteur frigorifique qui passe deux fois par semaine.",
            "Propre et sûr.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Joris Meyrieux",
            "Je monte une épicerie de produits lyonnais pour les touristes.",
            "Je veux du saucisson artisanal en direct, chaque semaine.",
            "Du vrai.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Anselm Würzbacher",
            "Ich reinige und sortiere Naturdärme aus deutschen Schweinebetrieben.",
            "Metzger, die einen Jahresvertrag unterschreiben.",
            "Vom Hof zur Theke.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["de"],
        ),
    ),
    # 52 ---------------------------------------------------------------- trap: consent
    pair(
        52,
        "cross",
        "slate-mine-underground-trips",
        "A's outdoor centre has old slate workings it cannot take groups into; B is a caving "
        "guide who wants an off-season site abroad with insurance and lodging.",
        a=person(
            "Gwenllian Prydderch",
            """I run an outdoor education centre in Snowdonia: forty beds, a climbing wall,
            kayaks and a minibus, and about six thousand schoolchildren a year from the
            cities. Our land includes the entrance to a disused slate mine, with chambers
            and tunnels on three levels that a mining engineer surveyed last year and found
            stable. We have the insurer's agreement in principle.""",
            """What I need is a qualified underground leader, someone who has taken groups through caves and old mines for years, who can plan routes, train my staff to assist, write the rescue plan and lead the trips in winter when the crags are too wet. It would be paid work from November to March. We can also offer a room on site.""",
            "Adventure that is safe enough, not safe and boring.",
            ro=["operations", "legal"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Snowdonia",
        ),
        b=person(
            "Corentin Lafarguette",
            """Guide de spéléologie diplômé d'État, j'emmène des groupes sous terre en
            Ardèche depuis quinze ans: grottes, avens, anciennes exploitations de fer. Je suis aussi
            conseiller technique pour le secours spéléo du département, je forme des
            encadrants et j'écris des plans d'évacuation souterrains.""",
            """L'hiver, ici, les rivières souterraines montent et tout ferme. Je voudrais un
            site de novembre à mars, ailleurs en Europe, avec des groupes, un hébergement et
            une structure qui porte l'assurance et les autorisations.""",
            "Sous terre, on ne laisse personne derrière.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Vallon-Pont-d'Arc",
        ),
        twin=person(
            "Séraphin Combescure",
            """Guide spéléo diplômé, j'encadre des groupes dans les grottes et les vieilles mines du Lot et de l'Aveyron depuis douze ans. Je suis aussi sauveteur et je forme les encadrants d'une base de plein air.""",
            """Il me faut un fabricant qui me fasse des combinaisons étanches à ma
            taille, en série.""",
            "Personne derrière.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Rhys Llewelyn-Bowen",
            "Teacher at a comprehensive in Liverpool; I take Year 9 away each spring and I am in charge of the trips budget for my department.",
            "I want a residential week in Snowdonia for sixty pupils.",
            "Get them outside.",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Estelle Gineste",
            """Guide spéléo, quinze ans dans les grottes et mines d'Ardèche, formatrice en secours souterrain; j'écris les plans d'évacuation et je forme les encadrants.""",
            "Un site l'hiver ailleurs en Europe, avec groupes, logement et assurance.",
            "Personne derrière.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 53 ---------------------------------------------------------------- trap: visibility
    pair(
        53,
        "en",
        "end-of-life-doulas",
        "A's rural practice has many patients dying at home with exhausted families; B is an "
        "end-of-life doula who sits nights and wants referrals and a retainer.",
        a=person(
            "Rosalind Ebbsworth",
            """I manage a rural GP practice on Exmoor: four doctors, two district nurses on
            loan, eleven thousand patients spread over lanes where an ambulance takes an
            hour. More and more of our older patients choose to die at home, and the
            practice has a small fund from a legacy meant for exactly this kind of care.""",
            """I need trained companions who will sit with a dying person through the night
            so the family can sleep, explain what is happening, help with the plans and the
            paperwork, and stay a little after. Our nurses cannot be there at 3 a.m.""",
            "Nobody should die alone or be frightened at home.",
            tz=0,
            langs=["en"],
            loc="Dulverton",
        ),
        b=person(
            "Wynne Trebilcock",
            "End-of-life doula with a diploma, six years; vigils at the bedside, support for relatives.",
            "A surgery that refers households and pays a modest retainer.",
            "Presence over words.",
            tz=0,
            langs=["en"],
            loc="Minehead",
        ),
        twin=person(
            "Juniper Blakemore",
            "End-of-life doula; night vigils and family support at home.",
            "I need a funeral director who'll share an office with me in Taunton.",
            "Presence over words.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Gareth Pollexfen",
            "Newly qualified GP, keen on rural medicine.",
            "I want a salaried post at a practice on Exmoor.",
            "Continuity of care.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Hollis Brereton",
            "End-of-life doula for eight years; nights, vigils, family help.",
            "A GP practice that refers families and pays a retainer.",
            "Presence over words.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 54 ---------------------------------------------------------------- trap: commitment
    pair(
        54,
        "cross",
        "climbing-hold-washing",
        "A's climbing gym has greasy, chalk-caked holds that climbers slip on; B washes "
        "holds in a machine in a van and wants gyms on a rota.",
        a=person(
            "Noëlle Hermet",
            """Je dirige une salle d'escalade de bloc à Toulouse, ouverte en 2019, huit cents
            abonnés, six ouvreurs qui changent les voies chaque semaine. La salle marche
            bien, nous avons un parking pour les camions et un local au fond avec de l'eau
            et une évacuation.""",
            """Les prises sont noires: magnésie, gras des mains, semelles. Les grimpeurs
            glissent, se plaignent sur les réseaux, certains disent que la salle est sale.
            Mes ouvreurs passent des soirées à frotter à la brosse dans des bacs et ils
            n'en peuvent plus; on a des milliers de pièces.""",
            "Une salle propre, des grimpeurs en confiance.",
            tz=1,
            langs=["fr", "en"],
            loc="Toulouse",
        ),
        b=person(
            "Fitzroy Cavendish-Moor",
            """I built a washing machine for climbing holds into a van: a rotating drum,
            hot water with a gentle detergent, a rinse and a drying rack, so a gym can swap
            two thousand dirty pieces for clean ones in an afternoon. I have a rota of
            gyms around Sheffield and Manchester and I keep every bolt and washer in
            order.""",
            """I want to start a second rota where gyms are growing fast, ideally in France, with a first big gym that gives me a regular slot, a place to park and plug in, and lets me use its name with the others. I am happy to come over for a trial month at my own cost. If it works, I would hire someone from the area.""",
            "Clean holds, happy climbers.",
            tz=0,
            langs=["en", "fr"],
            loc="Sheffield",
        ),
        twin=person(
            "Barnaby Uren",
            """My van washes climbing holds: a rotating drum, hot water, a gentle detergent, a rinse and a drying rack. I serve a rota of twelve gyms in the Midlands and I can turn two thousand holds around in an afternoon.""",
            "I need a second van and a driver for my northern round.",
            "Clean holds.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Axelle Dutrieux",
            "Je grimpe depuis dix ans, en salle et en falaise, et je veux devenir ouvreuse; j'ai déjà tracé des blocs pour des compétitions de club.",
            "Je cherche une salle de bloc qui me forme et m'embauche.",
            "Grimper, toujours.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Lorcan Vosper",
            "I wash climbing holds in a drum machine in my van, hot water and a gentle rinse, on a rota of gyms around Leeds and York.",
            "A big gym in France that gives me a regular slot and a place to plug in.",
            "Clean holds.",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 55 ---------------------------------------------------------------- trap: timezone
    pair(
        55,
        "mixed",
        "sashiko-visible-mending",
        "A's second-hand shop is full of worn jeans nobody buys; B does visible mending "
        "and wants a shop to sell through and host workshops.",
        a=person(
            "Lison Jalabert",
            "Friperie à Bordeaux: des piles de jeans troués que personne n'achète.",
            "Need someone who can darn and patch them so the repair shows and looks good, to make them sell.",
            "Rien ne se jette.",
            tz=1,
            langs=["fr", "en"],
            loc="Bordeaux",
        ),
        b=person(
            "Imelda Whetter",
            """I'm an Irish textile artist living in Bordeaux. I do sashiko and boro, the
            Japanese running-stitch mending, indigo thread on faded denim, and I darn
            knitwear with colour. My pieces sell at craft fairs and I run workshops for
            beginners, about twelve people at a time, around a big table.""",
            """Je cherche un lieu: a shop with stock that needs saving, where I can sell my
            work on a rail and hold workshops on Saturday mornings, and split the
            takings.""",
            "Mend it, wear it, love it longer.",
            tz=1,
            langs=["en", "fr"],
            loc="Bordeaux",
        ),
        twin=person(
            "Oonagh Prendeville",
            """Sashiko and boro mending on denim and knitwear, with indigo thread and colourful darns. I sell mended pieces at markets in Dublin and I teach beginners in small groups around a table.""",
            "I need a supplier of hand-dyed indigo thread at wholesale prices.",
            "Mend it, love it longer.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Enzo Nozières",
            "Étudiant à Bordeaux, petit budget, j'aime le vintage et les vêtements qui ont une histoire.",
            "I want cheap second-hand jeans in my size, 30 long.",
            "Style pas cher.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Keiko Axworthy",
            """Visible mender in Vancouver: sashiko on denim, colourful darns on knitwear, beginner workshops around a big table, pieces sold at craft fairs.""",
            "A shop with stock to save, a rail for my work and Saturday workshops.",
            "Mend it, love it longer.",
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
    # 56 ---------------------------------------------------------------- trap: language
    pair(
        56,
        "cross",
        "classic-car-upholstery",
        "A restores old Land Rovers and needs the seats re-trimmed in leather; B is an "
        "automotive saddler short of winter work.",
        a=person(
            "Digby Crabb",
            "I restore old Land Rovers in a barn in Wiltshire; 20 cars a year.",
            "Someone who can re-trim the seats and door cards in leather.",
            "Keep them on the road.",
            tz=0,
            langs=["en"],
            loc="Wiltshire",
        ),
        b=person(
            "Frédégonde Lavergnat",
            "Sellière-garnisseuse auto à Rouen, cuir et skaï d'époque.",
            "Du travail pour l'hiver, des voitures anciennes à garnir.",
            "Une couture droite.",
            tz=1,
            langs=["fr", "en"],
            loc="Rouen",
        ),
        twin=person(
            "Romuald Baquerisse",
            "Sellier auto, je regarnis les sièges de voitures anciennes.",
            "Il me faut une machine à coudre à bras long d'occasion.",
            "Une couture droite.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Cecily Dunkin",
            "Farmer near Devizes; I need a tough old 4x4.",
            "I want a restored Land Rover that starts every morning.",
            "Practical.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Josselin Carabasse",
            "Sellier-garnisseur automobile, cuir et skaï d'époque.",
            "Des voitures anciennes à garnir pendant l'hiver.",
            "Une couture droite.",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 57 ---------------------------------------------------------------- trap: consent
    pair(
        57,
        "fr",
        "olive-pomace-fuel",
        "A's olive mill is buried in pressed pulp every winter; B presses olive pomace into "
        "heating logs and needs a steady supply.",
        a=person(
            "Marius Rigal",
            """Je tiens le moulin à huile coopératif de Nyons: deux mille oléiculteurs
            apportent leurs olives entre novembre et février, on presse jour et nuit, on
            vend l'huile AOP dans le monde entier. La coopérative a des camions, une aire
            de stockage bétonnée et un conseil d'administration ouvert aux idées.""",
            """Le problème, ce sont les grignons: des montagnes de pulpe et de noyaux
            écrasés qui s'entassent derrière le moulin, sentent fort, attirent les
            mouches, et que plus personne ne veut épandre. On paie pour s'en débarrasser et
            ça coûte plus cher chaque année.""",
            "Rien de l'olive ne devrait être un déchet.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Nyons",
        ),
        b=person(
            "Aldric Sambuc",
            "Je sèche et presse les résidus d'olives en bûches de chauffage.",
            "Une source régulière de pulpe, livrée chaque hiver.",
            "Brûler propre.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Carpentras",
        ),
        twin=person(
            "Bertrand Escoffier-Daumas",
            "Je fais des bûches de chauffage avec ce qui reste des olives pressées.",
            "Il me faut un magasin de bricolage qui vende mes bûches en rayon.",
            "Brûler propre.",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Capucine Soulié",
            "Je tiens un restaurant provençal à Vaison.",
            "Je veux de l'huile d'olive de Nyons en bidons de cinq litres.",
            "Le goût du Sud.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Gaspard Bonnefoy-Ricard",
            "Je presse les résidus d'olives en bûches pour les poêles.",
            "Une source régulière de pulpe chaque hiver.",
            "Brûler propre.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 58 ---------------------------------------------------------------- trap: visibility
    pair(
        58,
        "cross",
        "storytelling-harp-duo",
        "A tells legends on stage and wants live harp behind her; B plays Celtic harp and "
        "wants a storyteller to tour with.",
        a=person(
            "Armelle Quintrec",
            "Conteuse, je dis les légendes de Bretagne dans les festivals et les écoles.",
            "Qqn qui joue de la harpe celtique pour accompagner mes histoires.",
            "Une histoire se partage.",
            tz=1,
            langs=["fr"],
            loc="Lannion",
        ),
        b=person(
            "Branwen Aneurin",
            "Harpist; I play behind poetry and spoken word, and improvise.",
            "A teller of tales to go on the road with next year.",
            "Music that listens.",
            ro=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Cardiff",
        ),
        twin=person(
            "Ceridwen Ffoulkes",
            "Harpist, I improvise under spoken word and poetry.",
            "I need a luthier to build me a lighter travel harp.",
            "Music that listens.",
            ro=["domain"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Mathurin Le Scouarnec",
            "Directeur d'une médiathèque à Lannion.",
            "Je veux une conteuse pour l'heure du conte du mercredi.",
            "Lire ensemble.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Angharad Tudwal",
            "Harpist; I improvise behind poems and stories on stage.",
            "A teller of tales to tour festivals with.",
            "Music that listens.",
            ro=["domain"],
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 59 ---------------------------------------------------------------- trap: commitment
    pair(
        59,
        "en",
        "gravel-pit-wetland",
        "A owns flooded gravel pits with no plan; B designs reedbeds and islands for wading "
        "birds and wants a site and a funded landowner.",
        a=person(
            "Peregrine Eplett",
            """My family owns sixty acres of worked-out gravel pits near Oxford, now four
            lakes with steep banks and not much living in them. I have some money from the
            quarry company's restoration bond, planning officers who would welcome a
            nature scheme, and a farm team with a digger and a tractor that sit idle half
            the year.""",
            """I would like an ecologist who can design shallow edges, reedbeds, scrapes and islands so that wading birds come to breed, get the permits from the Environment Agency, and supervise my team while they dig. There is no rush; I would rather do it properly over three winters. The family will fund the design work and the digging.""",
            "Leave the land better than we found it.",
            ro=["finance", "operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Oxfordshire",
        ),
        b=person(
            "Fenella Brightwater",
            """I am a wetland specialist, formerly with a conservation charity, now freelance. I have reshaped habitat on eleven former quarries: gentle margins, stands of local reed grown from seed, low-lying pools with sluices to control water levels, fox-proof spits for lapwing, redshank and terns. I write the management plans and I count the nesting pairs afterwards.""",
            """Most owners I meet want a fishing lake or a lodge park. I am looking for one
            who genuinely wants birds, has the funds to dig, and will let me follow the
            site for ten years and publish what happens.""",
            "Water levels are everything. So is patience.",
            tz=0,
            langs=["en"],
            loc="Abingdon",
        ),
        twin=person(
            "Ottoline Reedham",
            """Wetland ecologist; I design scrapes, reedbeds and islands for breeding waders on farms and old quarries, write the management plans and count the birds for years after. I have worked on nine sites in East Anglia.""",
            "I need a drone pilot to map water levels on my sites each month.",
            "Water levels are everything.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Stanley Crouchback",
            "Carp angler for thirty years; I run a syndicate of twenty fishermen who pay well for quiet water and long nights on the bank.",
            "I want to lease a big quiet lake near Oxford for night fishing.",
            "Tight lines.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Marianne Sedley",
            """Ecologist; I turn old quarries into wetlands for lapwing, redshank and terns, with sluices, reed and predator-proof islands, and I count the birds for years.""",
            "An owner who truly wants birds and will fund the digging.",
            "Water levels are everything.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 60 ---------------------------------------------------------------- trap: timezone
    pair(
        60,
        "cross",
        "lorry-queue-soup-van",
        "A's port has lorry drivers stuck for hours with nothing hot to eat; B cooks soup "
        "and hot meals from a van and wants a permitted pitch with a crowd.",
        a=person(
            "Hamish Furze",
            "Driver welfare officer at Dover port; I can grant pitches on our land.",
            "Drivers stuck ten hours in queues with nothing hot to eat, in winter.",
            "Look after the drivers.",
            tz=0,
            langs=["en", "fr"],
            loc="Dover",
        ),
        b=person(
            "Mireille Dufayel",
            "Je fais de la soupe et des plats chauds dans un camion à Calais.",
            "Un emplacement autorisé où beaucoup de monde attend.",
            "Du chaud pour tous.",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Calais",
        ),
        twin=person(
            "Adélaïde Wattrelos",
            "Cuisinière, soupes et plats chauds dans mon camion.",
            "Il me faut un fournisseur de légumes bio en gros à bon prix.",
            "Du chaud pour tous.",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Trevor Skelton",
            "Lorry driver, Hull to Lyon twice a week.",
            "I want a safe overnight parking spot near the port.",
            "Home safe.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Maëva Tchong",
            "Je fais de la soupe et des plats chauds dans un camion à Nouméa.",
            "Un emplacement autorisé où il y a du monde.",
            "Du chaud pour tous.",
            ro=["operations"],
            tz=11,
            langs=["fr", "en"],
        ),
    ),
]
