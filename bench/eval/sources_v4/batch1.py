"""Pairs 1-16 of complementary_v4."""

from people import pair, person

PAIRS = [
    # 1 ----------------------------------------------------------------- trap: language
    pair(
        1,
        "cross",
        "woad-dye",
        "A grows woad and makes a natural blue pigment but cannot reach clothing brands; B "
        "sources materials for fashion labels and wants a plant-based blue.",
        a=person(
            "Gaëlle Castanier",
            "Je cultive le pastel dans le Lauragais et j'en tire un bleu pour teindre.",
            "Qqn qui fasse entrer mon bleu chez les marques de vêtements, en volume.",
            "Une couleur de la terre, pas du pétrole.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Castelnaudary",
        ),
        b=person(
            "Tomasz Lenart",
            "I source fabrics and dyes for 25 fashion labels across Europe.",
            "Looking for a grower who can supply a plant-based blue, batch after batch.",
            "Traceable, or not on our labels.",
            tz=1,
            langs=["en", "pl"],
            loc="Warsaw",
        ),
        twin=person(
            "Derek Vaughn",
            "I source cotton and dyes for sportswear brands.",
            "A co-founder with money to buy a dye house in Portugal.",
            "Scale fast.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Soizic Le Gall",
            "Je tiens une boutique de laines à Toulouse.",
            "Une productrice qui me vend ses teintures végétales.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Heinrich Paulsen",
            "Ich beschaffe Stoffe und Farbstoffe für Modemarken.",
            "Eine Erzeugerin von pflanzlichem Blau in großen Mengen.",
            tz=1,
            langs=["de"],
        ),
    ),
    # 2 ----------------------------------------------------------------- trap: consent
    pair(
        2,
        "en",
        "hearing-care",
        "A is an audiologist who wants to reach isolated elderly people at home; B runs a "
        "fleet of home-visit nurses and wants a hearing specialist to add to the rounds.",
        a=person(
            "Ruth Adeyemi",
            """Audiologist for eleven years in NHS clinics in Leeds. I fit and adjust hearing
            aids, run tests with portable kit and I have trained four junior audiologists.
            I know which devices suit people with arthritis or poor eyesight.""",
            """Half my patients never come back because the bus trip is too hard. I need
            a partner who already goes into old people's homes every week, has the staff
            and the scheduling, and could carry my kit and my appointments into those
            visits.""",
            """Patience. Older people are not a market to squeeze.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        b=person(
            "Connor Blakely",
            """I run a home-visit nursing agency in West Yorkshire: 34 nurses, 900 visits a
            week, our own routing and booking software. Councils and two private insurers
            pay us.""",
            """Many of our clients are cut off because they can't hear the nurse or the
            phone. I'd like to team with someone who can check people's ears and sort out
            their devices during a visit, and teach my nurses the basics.""",
            """Dignity at home. We never rush a visit.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Wakefield",
        ),
        twin=person(
            "Imogen Farrant",
            """I manage a domiciliary care company in Sheffield, 50 carers, 1,200 home visits
            a week with our own scheduling app.""",
            """A finance partner to raise money and buy up three smaller agencies this
            year.""",
            """Growth: whoever consolidates first wins.""",
            ro=["operations"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Naveen Chaudhry",
            """I'm a hearing-aid technician and I repair devices for independent shops.""",
            """An audiologist who can prescribe and fit, so I can stop only doing
            repairs.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "ur"],
        ),
        trap=person(
            "Gwen Pritchard",
            """My agency sends 25 nurses to elderly people's homes around York every day.""",
            """An audiologist who would test and fit hearing aids during our home visits.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 3 ----------------------------------------------------------------- trap: visibility
    pair(
        3,
        "cross",
        "organ-restoration",
        "A restores church pipe organs and wants someone to find and win the parish and "
        "diocese tenders; B writes heritage grant applications and wants a craftsman.",
        a=person(
            "Edmund Halloway",
            "Pipe organ builder, 25 years. I restore bellows, pipes and actions by hand.",
            "Someone who knows how parishes and heritage funds pay for repairs, and wins them.",
            "Slow work, done once, done right.",
            tz=1,
            langs=["en", "fr"],
            loc="Strasbourg",
        ),
        b=person(
            "Bénédicte Sauvageot",
            "Je monte les dossiers de subvention pour le patrimoine religieux : DRAC, mécénat.",
            "Je cherche un artisan capable de restaurer un instrument ancien de A à Z.",
            "Le patrimoine n'est pas un musée, il doit servir.",
            tz=1,
            langs=["fr", "en"],
            loc="Colmar",
        ),
        twin=person(
            "Armelle Joubert",
            "Je connais les financements du patrimoine et les appels d'offres des diocèses.",
            "Un développeur pour une plateforme de dons en ligne pour les églises.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Father Liam Costello",
            "Our parish has a 1880 organ and a restoration budget approved by the diocese.",
            "A builder who can take the whole organ apart and restore it properly.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Hildegard Vos",
            "I raise heritage money for churches: state funds, foundations, appeals.",
            "An organ builder who restores historic instruments by hand.",
            tz=1,
            langs=["en", "nl"],
            vis="private",
        ),
    ),
    # 4 ----------------------------------------------------------------- trap: commitment
    pair(
        4,
        "fr",
        "truffles",
        "A dresse des chiens truffiers et connaît les acheteurs mais n'a pas de terrain; B a "
        "planté des chênes truffiers qui ne rapportent rien faute de savoir trouver et vendre.",
        a=person(
            "Yannick Peyrol",
            """Je dresse des chiens truffiers depuis douze ans : j'en ai quatre au travail et
            j'en forme une dizaine par an pour d'autres. Je cave chaque hiver sur les
            terres des autres et je connais les courtiers du marché de Lalbenque et trois
            restaurants étoilés qui achètent en direct.""",
            """Je voudrais arrêter de travailler chez les autres. Il me faut un associé qui
            a de la terre déjà plantée, des arbres d'au moins huit ans, et qui veut qu'on
            la soigne et qu'on la récolte ensemble, en partageant ce qu'on vend.""",
            """Un chien heureux trouve mieux ; on ne brusque ni la bête ni la terre.""",
            tz=1,
            langs=["fr"],
            stage="revenue",
            loc="Cahors",
        ),
        b=person(
            "Corinne Lafargue",
            """J'ai hérité de 9 hectares sur le causse, plantés en chênes mycorhizés il y a
            dix ans par mon père. J'entretiens, je taille, j'arrose l'été, et j'ai le
            matériel agricole.""",
            """Je ne ramasse presque rien : je ne sais pas où chercher ni à qui vendre. Je
            cherche quelqu'un qui sait repérer ce qui pousse sous terre, avec un animal
            bien formé, et qui a déjà ses clients.""",
            """Le service rendu d'abord, la marge ensuite.""",
            tz=1,
            langs=["fr"],
            loc="Figeac",
        ),
        twin=person(
            "Hervé Castagné",
            """Je dresse des chiens de chasse et de recherche au sang.""",
            """Un associé qui ouvre un chenil de pension avec moi.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Maëlle Roussel",
            """Cheffe à Toulouse, je cherche des truffes fraîches chaque hiver.""",
            """Un caveur qui me livre directement.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Gisèle Marty",
            """J'ai 7 hectares de chênes truffiers plantés il y a neuf ans.""",
            """Quelqu'un qui cave avec un chien et qui a des acheteurs.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 5 ----------------------------------------------------------------- trap: timezone
    pair(
        5,
        "cross",
        "sailing-school",
        "A runs a sailing school with idle boats in winter and wants someone to fill them "
        "with company team days; B sells corporate team-building and wants a water venue.",
        a=person(
            "Loïc Guillou",
            """Moniteur de voile depuis vingt ans, je dirige une école à La Trinité avec
            quatorze bateaux et six moniteurs diplômés. L'été est plein ; d'octobre à avril
            la flotte dort au ponton.""",
            """Il me faut quelqu'un qui sache remplir l'hiver : vendre des journées aux
            entreprises, parler aux RH, organiser la logistique autour des sorties.""",
            """La mer se respecte. Pas de sortie si la météo dit non, client ou pas.""",
            ro=["domain", "operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="La Trinité-sur-Mer",
        ),
        b=person(
            "Hannah Whitcombe",
            """I sell team-building days to HR departments: 120 events last year for banks
            and software firms in Paris and London, with my own list of 300 buyers.""",
            """My clients are tired of escape rooms. I want a partner with boats, qualified
            instructors and a harbour who can run a safe day at sea for groups of thirty.""",
            """Honest about weather: we refund, we don't gamble.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Paul Brennan",
            """I sell corporate off-sites and team days to big employers in Europe.""",
            """A tech partner to build a booking marketplace for venues.""",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["en"],
        ),
        one=person(
            "Enora Tanguy",
            """Je vends des séminaires d'entreprise en Bretagne.""",
            """Un moniteur de voile avec des bateaux pour des sorties en été seulement.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Mia Donnelly",
            """I sell team-building to HR teams across Australia, 200 buyers.""",
            """A sailing school with instructors to run days at sea for groups.""",
            ro=["sales"],
            rs=["domain"],
            tz=10,
            langs=["en"],
        ),
    ),
    # 6 ----------------------------------------------------------------- trap: language
    pair(
        6,
        "en",
        "community-radio",
        "A is a radio engineer who keeps small stations on air and wants someone who can "
        "fund and run them as a co-op; B is a co-op organiser who wants the transmitters fixed.",
        a=person(
            "Obinna Eze",
            "Broadcast engineer: I build and repair FM transmitters and studio desks.",
            "Someone who can keep a volunteer station funded and its members organised.",
            "Local voices over ad money.",
            tz=0,
            langs=["en"],
            loc="Manchester",
        ),
        b=person(
            "Sally Ormerod",
            "I set up member co-ops: 3 community halls and a bakery, all still running.",
            "A person who can put a radio station on air and keep it from going silent.",
            "Owned by the people who use it.",
            tz=0,
            langs=["en"],
            loc="Bolton",
        ),
        twin=person(
            "Gareth Pugh",
            "I run co-ops and raise community shares for local projects.",
            "A lawyer who can draft our model rules for 40 new co-ops.",
            "Grow the movement fast.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Kemi Ajayi",
            "I've got a community FM licence and an empty studio in Salford.",
            "An engineer who can wire the studio and get the transmitter going.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ana Beltrán",
            "Organizo cooperativas de vecinos y consigo socios y cuotas.",
            "Un técnico que monte y repare emisoras de FM.",
            tz=1,
            langs=["es"],
        ),
    ),
    # 7 ----------------------------------------------------------------- trap: consent
    pair(
        7,
        "cross",
        "bookbinding",
        "A is a bookbinder who wants to sell fine restorations online to collectors; B runs "
        "e-commerce for rare books and wants a binder to restore stock before sale.",
        a=person(
            "Clara Whitfield",
            """Hand bookbinder trained in Florence. I rebind leather, repair torn pages and
            rebuild spines of 18th and 19th century books. Two museums send me work.""",
            """I'm hopeless at selling. I want a partner who already reaches collectors
            online, takes good photos and knows what a buyer will pay for a rescued book.""",
            """Conservation first: reversible repairs only.""",
            ro=["domain"],
            rs=["sales", "marketing"],
            tz=1,
            langs=["en", "fr", "it"],
            loc="Lyon",
        ),
        b=person(
            "Étienne Dumoulin",
            """Libraire d'ancien, je vends des livres rares en ligne depuis huit ans : 4 000
            clients, une boutique sur trois plateformes et des photos soignées.""",
            """La moitié de mes livres arrivent abîmés. Je voudrais m'associer à une
            relieuse qui sache remettre en état cuir et coutures avant la vente.""",
            """Un livre réparé doit rester honnête : on dit ce qui a été refait.""",
            ro=["sales", "marketing"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        twin=person(
            "Fabrice Lemaire",
            """Je vends des livres anciens et des gravures sur internet, 2 000 clients.""",
            """Un associé qui apporte 200 000 euros pour racheter une librairie.""",
            ro=["sales"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Oliver Marsh",
            """I sell antiquarian books online and at fairs, good list of collectors.""",
            """A developer for a price-tracking tool for rare books.""",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Giulia Ferro",
            """I run a small archive conservation studio with two interns.""",
            """A binder who can take over our leather repairs full time.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["it", "en"],
        ),
        trap=person(
            "Mathilde Quéméner",
            """Je vends des livres rares en ligne, belles photos et beaucoup de clients.""",
            """Une relieuse qui restaure cuir et coutures avant la vente.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 8 ----------------------------------------------------------------- trap: visibility
    pair(
        8,
        "mixed",
        "laundromat",
        "A owns three laundromats and wants someone to add pickup and delivery; B runs "
        "bike courier rounds and wants a laundry with capacity.",
        a=person(
            "Karim Benslimane",
            "J'ai trois laveries à Marseille avec des machines pro, ouvertes de 7 h à 23 h.",
            "I need someone who can run pickup and delivery to people's homes.",
            "Service honnête, prix affichés, pas de surprise.",
            tz=1,
            langs=["fr", "en", "ar"],
            loc="Marseille",
        ),
        b=person(
            "Noé Ferrandi",
            "Je gère 12 coursiers à vélo à Marseille, tournées optimisées chaque matin.",
            "Je cherche un partenaire avec des machines et de la place pour laver du linge.",
            "Payer correctement les coursiers.",
            tz=1,
            langs=["fr"],
            loc="Marseille",
        ),
        twin=person(
            "Léa Castelli",
            "Je dirige une flotte de coursiers à vélo à Toulon.",
            "Un investisseur pour ouvrir dix villes en 2027.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Samia Haddad",
            "I run an Airbnb cleaning service, 60 flats.",
            "A laundry partner with pro machines to wash our sheets daily.",
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Bastien Orsoni",
            "Coursiers à vélo, 10 personnes, tournées à Marseille tous les jours.",
            "Une laverie avec des machines pro pour un service de linge à domicile.",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 9 ----------------------------------------------------------------- trap: commitment
    pair(
        9,
        "cross",
        "vineyard-weather",
        "A is a winegrower who loses harvests to frost and hail and wants local forecasts "
        "she can act on; B builds micro-weather stations and wants growers to test them.",
        a=person(
            "Aurélie Delcourt",
            """Vigneronne en Bourgogne, 18 hectares repris de mon père. Je connais une
            soixantaine de domaines voisins et le syndicat des vignerons me fait confiance.""",
            """Deux gels de printemps m'ont coûté la moitié de la récolte. Je cherche
            quelqu'un capable de me dire, parcelle par parcelle, quand allumer les bougies
            ou lancer les tours antigel, avec des mesures fiables sur place.""",
            """On vit avec la nature, on ne la combat pas.""",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Beaune",
        ),
        b=person(
            "Jonas Wallgren",
            """I design cheap solar weather stations with soil and leaf-wetness sensors and
            a short-range forecast model; 40 units run in Swedish orchards.""",
            """I need a grower with neighbours who trust her, to put stations in real
            vineyards and tell me which alerts are useful at 4 am.""",
            """Open data for the farmers who pay for it.""",
            tz=1,
            langs=["en", "sv"],
            loc="Uppsala",
        ),
        twin=person(
            "Priyanka Rao",
            """I build weather sensor networks and short-term forecast models for farms.""",
            """A co-founder to sell to big insurers as a hail-claims product.""",
            tz=1,
            langs=["en"],
        ),
        one=person(
            "Thibault Grosjean",
            """Je vends du matériel de protection antigel aux domaines.""",
            """Une vigneronne respectée pour présenter nos tours aux voisins.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Lukas Reinholt",
            """I build vineyard weather stations with frost alerts, tested in Baden.""",
            """A Burgundy grower to pilot the stations with her neighbours.""",
            c="side-project",
            tz=1,
            langs=["en", "de"],
        ),
    ),
    # 10 ---------------------------------------------------------------- trap: timezone
    pair(
        10,
        "en",
        "piano-tuning",
        "A is a piano technician who wants his trade turned into a booking service; B runs "
        "a scheduling business for home trades and wants a technician to build it around.",
        a=person(
            "Declan Moriarty",
            "Piano tuner and repairer, 20 years, 600 regular clients around Cork.",
            "Someone to take my bookings, reminders and invoices off my hands for good.",
            "A tuned piano is a kept promise.",
            tz=0,
            langs=["en", "ga"],
            loc="Cork",
        ),
        b=person(
            "Siobhán Kearney",
            "I built an appointment and billing service for plumbers; 80 trades use it.",
            "A skilled craftsman with a loyal client base to start a music-trade line.",
            "Small trades deserve good tools.",
            tz=0,
            langs=["en"],
            loc="Limerick",
        ),
        twin=person(
            "Rory Gallagher",
            "I run booking and invoicing software for electricians in Dublin.",
            "An electrician with 30 staff to be our flagship client and investor.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Eileen Nash",
            "I teach piano to 40 children and need a reliable tuner on call.",
            "A tuner who can come every term to the school and fix hammers.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Hemi Walker",
            "I built booking software for tradespeople in New Zealand.",
            "A piano technician with a big client base to start a music-trade line.",
            tz=12,
            langs=["en"],
        ),
    ),
    # 11 ---------------------------------------------------------------- trap: language
    pair(
        11,
        "cross",
        "glass-recycling",
        "A collects bottles from bars and wants someone to wash and refill them for local "
        "brewers; B runs a bottle-washing line and wants a steady supply of empties.",
        a=person(
            "Marcus Adebanjo",
            """I run a van collection round for 220 bars and restaurants in Brussels, picking
            up empty glass three nights a week.""",
            """Right now the glass goes to be crushed. I want someone who can clean the bottles
            to food standard and get brewers to fill them again.""",
            """Reuse beats recycling.""",
            ro=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Brussels",
        ),
        b=person(
            "Vincent Delhaye",
            """J'ai une laverie de bouteilles aux normes alimentaires à Namur et je connais
            tous les brasseurs de Wallonie.""",
            """Il me manque du volume : je cherche un associé qui ramasse les bouteilles vides
            dans les cafés, chaque semaine, sans faute.""",
            """Le verre consigné, comme avant.""",
            tz=1,
            langs=["fr", "en"],
            loc="Namur",
        ),
        twin=person(
            "Ludivine Hardy",
            """Je lave des bouteilles pour les vignerons de Champagne.""",
            """Un développeur pour tracer chaque bouteille avec une puce.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Jef Peeters",
            """I own twelve cafés in Brussels with piles of empty glass.""",
            """A collector who takes our empties away three times a week.""",
            ro=["operations"],
            tz=1,
            langs=["en", "nl"],
        ),
        trap=person(
            "Renata Costa",
            """Tenho uma linha de lavagem de garrafas aprovada para alimentos.""",
            """Um sócio que recolha garrafas vazias nos bares todas as semanas.""",
            tz=1,
            langs=["pt"],
        ),
    ),
    # 12 ---------------------------------------------------------------- trap: consent
    pair(
        12,
        "fr",
        "falconry-pest-control",
        "A est fauconnier et veut chasser les pigeons des sites industriels; B vend la "
        "maintenance aux entrepôts et veut un moyen sans poison.",
        a=person(
            "Rémi Chastagnol",
            """Fauconnier depuis quinze ans, six buses de Harris et deux faucons. J'ai le
            certificat de capacité et je fais déjà des spectacles.""",
            """Je ne sais pas trouver de clients sérieux. Je cherche quelqu'un qui connaît
            les gens qui dirigent des entrepôts et des usines, et qui sait leur vendre un
            contrat à l'année.""",
            """Les oiseaux ne sont pas des outils, on les respecte.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Orléans",
        ),
        b=person(
            "Delphine Verdier",
            """Commerciale dans la maintenance de bâtiments logistiques, dix ans, 150
            responsables de site dans mon carnet.""",
            """Mes clients ont des pigeons partout et ne veulent plus de poison. Il me faut
            un associé qui sache faire fuir ces oiseaux avec des rapaces, en règle.""",
            """Pas de chimie quand on peut faire autrement.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Tours",
        ),
        twin=person(
            "Olivier Brunet",
            """Je vends des contrats de maintenance aux entrepôts de la région Centre.""",
            """Un ingénieur pour des capteurs de toiture connectés.""",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Anaïs Lerouge",
            """J'élève des rapaces et je forme des fauconniers.""",
            """Un fauconnier qui reprenne mes oiseaux pour des animations.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Sylvain Roche",
            """Je vends la maintenance des plateformes logistiques autour d'Orléans.""",
            """Un fauconnier pour chasser les pigeons de mes clients, sans poison.""",
            ro=["sales"],
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
        "classroom-air",
        "A is a school nurse who sees children fall ill in stuffy rooms and wants someone "
        "to measure and fix the air; B builds CO2 monitors and wants schools to trust them.",
        a=person(
            "Nadège Fontaine",
            "Infirmière scolaire depuis 12 ans, je suis dans huit écoles de Lille.",
            "Il me faut qqn qui mesure ce que les enfants respirent en classe et l'améliore.",
            "La santé des enfants avant tout.",
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        b=person(
            "Pieter Hoogland",
            "I make low-cost CO2 and particle monitors with a simple traffic-light display.",
            "I'm looking for a person inside schools whom teachers and parents listen to.",
            "Cheap, open, no data sold.",
            tz=1,
            langs=["en", "nl", "fr"],
            loc="Ghent",
        ),
        twin=person(
            "Ahmed Siddiqui",
            "I design indoor air monitors and a dashboard for office managers.",
            "A partner with landlord contacts to sell to office towers.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Justine Carré",
            "Je suis directrice d'école et je veux ouvrir une infirmerie partagée.",
            "Une infirmière scolaire pour tenir la permanence trois jours par semaine.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Femke de Boer",
            "I build classroom CO2 monitors that teachers can read at a glance.",
            "Someone trusted in schools, a nurse ideally, to bring them in.",
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 14 ---------------------------------------------------------------- trap: commitment
    pair(
        14,
        "en",
        "funeral-flowers",
        "A grows cut flowers and wants a steady outlet through funeral homes; B runs a "
        "chain of funeral homes and wants local, seasonal wreaths.",
        a=person(
            "Beatrix Holloway",
            """I grow cut flowers on four acres in Kent, no heating, no air freight: peonies,
            dahlias, foliage, and dried stems for winter. I make wreaths and sprays myself
            and I can train two more makers.""",
            """Weddings are all in June and I starve in November. I want someone whose
            customers need wreaths in every season, grief doesn't keep to a calendar, and
            who can promise a weekly order.""",
            """Grown here, in season, no plastic foam.""",
            tz=0,
            langs=["en"],
            loc="Faversham",
        ),
        b=person(
            "Malcolm Ashdown",
            """Third generation funeral director; we run seven homes across Kent and Sussex
            and arrange about 1,400 services a year.""",
            """Families keep asking for something other than imported lilies. I'd like a
            grower nearby who can make wreaths from her own fields every week, winter too.""",
            """Gentle with families, straight with prices.""",
            tz=0,
            langs=["en"],
            loc="Canterbury",
        ),
        twin=person(
            "Janet Crowther",
            """I manage a group of funeral homes in Essex, 900 services a year.""",
            """A software partner to put all our arrangements and payments online.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Toby Kendrick",
            """I run a flower-delivery app in London with 5,000 customers.""",
            """A grower with her own fields who can supply stems every day.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Harold Pennington",
            """I run five funeral homes in Kent.""",
            """A local grower to make wreaths from her own flowers every week.""",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 15 ---------------------------------------------------------------- trap: timezone
    pair(
        15,
        "cross",
        "ferry-ticketing",
        "A runs a small island ferry and wants online booking that works on a boat; B builds "
        "ticketing apps and wants an operator to launch with.",
        a=person(
            "Callum MacInnes",
            """I own and skipper two passenger ferries between Oban and three islands. We
            carry 60,000 people a year and sell tickets with a paper book and a cash box.""",
            """I need someone who can build booking and boarding that works at sea with no
            signal, and handles the tourists who turn up with phones only.""",
            """Islanders first on the boat, always.""",
            ro=["operations", "domain"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr"],
            loc="Oban",
        ),
        b=person(
            "Romain Le Bihan",
            """Développeur, j'ai fait la billetterie de deux festivals et d'un réseau de
            bus : réservation en ligne, QR codes, contrôle hors connexion.""",
            """Je cherche un armateur qui transporte des passagers et qui veut lancer la
            réservation en ligne avec moi sur ses lignes.""",
            """Des outils simples pour les petits transporteurs.""",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Lorient",
        ),
        twin=person(
            "Gwenaëlle Perrot",
            """Développeuse billetterie et contrôle d'accès pour les salles de concert.""",
            """Une associée qui connaît les producteurs de spectacles.""",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Ailsa Grant",
            """I run the café and shop on the pier at Oban.""",
            """A ferry operator who would sell our snacks on board.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Jake Moana",
            """I build ferry booking apps that work offline, used in Fiji.""",
            """A ferry operator to launch online booking on his routes.""",
            ro=["tech"],
            rs=["operations"],
            tz=12,
            langs=["en"],
        ),
    ),
    # 16 ---------------------------------------------------------------- trap: language
    pair(
        16,
        "mixed",
        "wedding-photography",
        "A is a wedding photographer who wants the albums printed and bound by a partner; B "
        "runs a photo print lab and wants photographers who sell albums.",
        a=person(
            "Inès Mercier",
            """Photographe de mariage, 40 mariages par an entre Provence et Italie. Je livre
            les photos en ligne, mais mes couples veulent de beaux albums.""",
            """I want a partner who prints and binds albums to a high standard and ships them
            in two weeks, so I can sell them with my packages.""",
            """Des souvenirs qui durent, pas des fichiers oubliés.""",
            ro=["domain", "sales"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en", "it"],
            loc="Aix-en-Provence",
        ),
        b=person(
            "Christophe Aubry",
            """Je dirige un labo photo à Avignon : impression fine art, reliure d'albums en
            lin et en cuir, 15 jours de délai.""",
            """Je cherche des photographes qui vendent des albums à leurs clients et
            m'apportent un volume régulier.""",
            """Le papier, ça se garde.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Avignon",
        ),
        twin=person(
            "Sébastien Gaudin",
            """Labo photo à Nîmes, tirages et albums reliés.""",
            """Un investisseur pour acheter une presse numérique.""",
            ro=["operations"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Chiara Lombardi",
            """I plan weddings in Tuscany for foreign couples.""",
            """A photographer who covers our weddings and sells albums.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["en", "it"],
        ),
        trap=person(
            "Hans Gruber",
            """Ich betreibe ein Fotolabor mit Albumbindung in Leinen und Leder.""",
            """Hochzeitsfotografen, die Alben an ihre Paare verkaufen.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["de"],
        ),
    ),
]
