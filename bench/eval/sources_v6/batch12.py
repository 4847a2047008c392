"""Pairs 111-120 of complementary_v6."""

from people import pair, person

PAIRS = [
    # 111 --------------------------------------------------------------- trap: language
    pair(
        111,
        "cross",
        "leather-theatre-masks",
        "A produces a commedia dell'arte show in London with cheap plastic masks; B moulds "
        "leather masks by hand and wants a production to make a full set for.",
        a=person(
            "Peregrine Oxley",
            "Producer, commedia show, London, 9 actors, tour in spring.",
            "Someone who shapes real masks on a wooden head, made to each actor's face.",
            "Old forms, new laughs.",
            ro=["product"],
            rs=["design"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Arlette Bonnemaison",
            """Facteur de masques depuis dix-huit ans : je sculpte la matrice en bois,
            j'embouts le cuir mouillé à la main, je le teins et je le cire. Zanni, Arlequin,
            Pantalon, le Capitaine; j'ai équipé des compagnies en France, en Italie et au
            Brésil. Je parle anglais.""",
            """Je cherche une production qui me commande un jeu complet de masques, ajustés à
            chaque comédien, avec des essayages en répétition, et qui mette mon nom à
            l'affiche.""",
            """Un masque bien fait respire avec l'acteur.""",
            ro=["design"],
            rs=["product"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Blandine Escarguel",
            """Costumière de théâtre, je crée et couds les costumes de spectacles
            historiques, avec un atelier de trois personnes. Je parle anglais.""",
            """Je cherche un investisseur pour racheter un stock de costumes de location et
            un local plus grand.""",
            """Le costume fait le personnage.""",
            ro=["design"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Imogen Thackery",
            """Actor, trained in commedia dell'arte in Venice for two years; I've played Columbina and Arlecchino in fringe shows and I can juggle, tumble and improvise in half-masks for an hour.""",
            """I'm looking for a commedia production that casts me for its spring tour and wants someone who already knows the lazzi and the physical work.""",
            """Play it big, land it small.""",
            ro=["domain"],
            rs=["product"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Séraphin Dumoulin-Vitré",
            """Facteur de masques : matrice en bois, cuir mouillé embouti à la main, teint
            et ciré; Zanni, Arlequin, Pantalon.""",
            """Une production qui me commande un jeu complet de masques ajustés à chaque
            comédien.""",
            """Un masque respire.""",
            ro=["design"],
            rs=["product"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 112 --------------------------------------------------------------- trap: consent
    pair(
        112,
        "en",
        "secure-bike-lockers",
        "A runs a cyclists' café whose customers' bikes are stolen while they eat; B installs "
        "secure bike lockers paid by the hour.",
        a=person(
            "Lydia Gatesby",
            "Cycle café, Peak District, 300 riders on a sunny Saturday.",
            "Three bikes nicked from the railings this month. Riders now eat standing.",
            "Come as you are.",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Ashok Brindley",
            "I install steel bike lockers, app-booked, paid by the hour, solar-lit.",
            "Busy stops for cyclists that give me a patch of ground.",
            "Ride, park, relax.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Garth Pennock",
            "I install bike racks and shelters for offices and schools.",
            "A council framework contract.",
            "More bikes.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Hollie Dakin",
            "Cycling club secretary, 120 members.",
            "A café that gives our club rides a discount.",
            "Ride together.",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Raj Hollinshead",
            "I install steel bike lockers, app-booked, paid by the hour.",
            "Busy cyclist stops that give me a patch of ground.",
            "Ride, park, relax.",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 113 --------------------------------------------------------------- trap: visibility
    pair(
        113,
        "cross",
        "reminiscence-sessions",
        "A directs a Biarritz care home with many British residents who withdraw; B is a "
        "reminiscence practitioner who runs memory sessions with old objects and music.",
        a=person(
            "Maïder Ospital",
            """Je dirige une résidence pour personnes âgées à Biarritz, quatre-vingt-dix
            résidents dont un tiers de Britanniques installés ici à la retraite. L'équipe
            est formidable mais ne parle qu'un peu anglais. Je chante dans un chœur basque
            d'hommes et de femmes, le seul moment de la semaine où je ne pense pas au
            planning.""",
            """Nos résidents anglais, surtout ceux qui perdent la mémoire, se replient et ne
            parlent plus à personne. Il me faudrait quelqu'un qui anime dans leur langue des
            séances autour de vieilles chansons, de photos et d'objets de leur jeunesse, pour
            réveiller les souvenirs et les faire parler entre eux.""",
            """Chaque résident a une histoire qui mérite d'être écoutée.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Rosemary Blanchflower",
            """Reminiscence practitioner for twelve years in care homes in Sussex; I run
            group sessions with boxes of objects from the forties to the sixties, ration
            books, dance-hall records, seaside postcards, and I train carers to keep them
            going. I moved to Anglet two years ago and speak French.""",
            """I'd like a care home with English-speaking residents that wants weekly
            sessions, and a director who'll free up a carer to learn the method with
            me.""",
            """Memories are where people still live.""",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Clementine Hartshorn",
            """Music therapist; I run singing sessions in care homes in Kent and record
            residents' favourite songs. I speak French.""",
            """I need a charity partner to fund a touring programme and a van for my
            instruments.""",
            """Music reaches everyone.""",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Xabier Etcheverria",
            """Aide-soignant depuis dix ans à l'hôpital de Bayonne, je cherche un poste plus calme dans une maison de retraite au Pays basque; je parle basque et français.""",
            """Une résidence qui m'embauche de jour, avec une équipe stable et des horaires qui me laissent voir mes enfants.""",
            """Prendre soin sans courir.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Winifred Ashcombe-Hale",
            """Reminiscence practitioner in care homes; group sessions with boxes of old
            objects, records and postcards, and carers trained to carry on. I speak
            French.""",
            """A care home with English-speaking residents wanting weekly sessions.""",
            """Memories live on.""",
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 114 --------------------------------------------------------------- trap: commitment
    pair(
        114,
        "mixed",
        "bilingual-story-time",
        "A runs a Franco-British bookshop café that wants bilingual children's events; B is a "
        "storyteller who tells tales in both languages and wants a regular venue.",
        a=person(
            "Harriet Lacoste-Pryor",
            """Je tiens une librairie-café franco-britannique à Bordeaux: new and second-hand
            books in both languages, a children's corner, du bon café et des scones le
            dimanche. Our customers are mixed families, expats and students. J'ai un chat
            qui dort sur les livres de poche et que les enfants adorent.""",
            """I'd love a storyteller who can hold a room of five-year-olds in both
            languages, switching back and forth, un samedi matin sur deux, so that parents
            come in and stay. Quelqu'un qui raconte, pas qui lit.""",
            """Books for every family, dans toutes les langues.""",
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Gwenllian Morvan-Price",
            """Conteuse, born in Cardiff to a Breton mother: I tell folk tales and
            invented stories in French and English, mixing both in the same tale, with
            puppets and a drum. J'ai fait des centaines de séances in libraries and schools
            across Wales and Brittany.""",
            """Je cherche un lieu with bilingual families that wants me regularly, pas
            juste une fois pour Noël, so I can build an audience of children who come
            back.""",
            """A story told twice is twice as good.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Elowen Dupré-Carter",
            """Autrice jeunesse bilingue, I write picture books in French and English, three published with a small press, et je fais des lectures en librairie.""",
            """I need a publisher pour une collection bilingue with proper distribution, and an illustrator to work with long-term.""",
            """Deux langues, un livre.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Mathias Beaulieu-Grant",
            """Distributeur de livres en anglais pour les librairies françaises, I supply new titles weekly, fiction and children's books, avec retours acceptés et un catalogue chaque saison.""",
            """A bookshop qui prend mes nouveautés en anglais chaque semaine and gives them a proper table near the door.""",
            """Books travel.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Ffion Le Guennec",
            """Conteuse bilingue from Swansea, I tell folk tales in French and English, mixing both in the same story, avec marionnettes et tambour, in libraries and schools.""",
            """Un lieu with bilingual families that wants me regularly, every other Saturday, so the same children come back.""",
            """A story told twice is twice as good.""",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 115 --------------------------------------------------------------- trap: timezone
    pair(
        115,
        "cross",
        "camino-luggage-transfer",
        "A sells walking holidays on the Way of St James whose clients' bags go missing; B "
        "runs a luggage transfer service between pilgrims' lodgings.",
        a=person(
            "Oliver Strathearn",
            """I run a walking-holiday company in Edinburgh; our best seller is the Le Puy
            route of the Way of St James, fifteen stages, a thousand clients a year,
            mostly British and American over sixty. We book the gîtes and the maps, the
            clients walk. I've done the whole route twice myself and still have the
            blisters to prove it.""",
            """Every week a client arrives at a gîte and their suitcase doesn't: the local
            taxi forgot, went to the wrong village, or wanted cash. We spend our evenings on
            the phone with angry sixty-five-year-olds in wet socks.""",
            """A holiday should feel easy even when the walking isn't.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Mathieu Rouquayrol",
            "Transport de bagages sur le chemin du Puy, 3 fourgons, suivi par SMS.",
            "Des agences qui nous confient tous leurs marcheurs, toute la saison.",
            "Le sac arrive avant vous.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Florian Gabarret",
            "Taxi et navette de gare pour randonneurs dans l'Aubrac.",
            "Un logiciel de réservation en ligne.",
            "Ponctuel.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Fiona Castlemaine",
            "Walking guide, I lead small groups on the Camino.",
            "A tour company that hires me for 10 departures.",
            "One step at a time.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Jérôme Saint-Cyr",
            "Transport de bagages pour marcheurs dans les Rocheuses, 3 fourgons, suivi SMS.",
            "Des agences qui nous confient tous leurs marcheurs.",
            "Le sac arrive avant vous.",
            ro=["operations"],
            rs=["sales"],
            tz=-7,
            langs=["fr", "en"],
        ),
    ),
    # 116 --------------------------------------------------------------- trap: language
    pair(
        116,
        "fr",
        "antique-lamp-rewiring",
        "A is an antiques dealer whose old lamps and chandeliers are unsafe to sell; B "
        "restores and rewires antique lighting.",
        a=person(
            "Gaston Lemercier",
            "Brocanteur à L'Isle-sur-la-Sorgue, beaucoup de lustres et lampes anciens.",
            "Quelqu'un qui les remette aux normes sans abîmer le laiton ni les pampilles.",
            "Le beau qui dure.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Adélaïde Peyrolles",
            "Je restaure les luminaires anciens : recâblage, douilles, cristaux nettoyés.",
            "Un marchand qui me confie ses pièces toute l'année.",
            "La lumière d'avant.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Rosalie Pignatel",
            "Je dessine des luminaires contemporains en verre soufflé.",
            "Un éditeur de design qui les produise.",
            "La lumière d'aujourd'hui.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Victorine Castagnet",
            "Décoratrice d'intérieur, maisons de campagne en Provence.",
            "Un brocanteur qui me réserve ses lustres.",
            "Le charme ancien.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Giulia Franceschini",
            "Restauro lampadari antichi: ricablaggio, portalampade, cristalli puliti.",
            "Un antiquario che mi affidi i suoi pezzi tutto l'anno.",
            "La luce di una volta.",
            tz=1,
            langs=["it"],
        ),
    ),
    # 117 --------------------------------------------------------------- trap: consent
    pair(
        117,
        "cross",
        "cricket-coaching",
        "A presides over a Paris cricket club full of beginners with no coach; B is a "
        "qualified cricket coach who wants a club.",
        a=person(
            "Anatole Brécourt",
            "Club de cricket à Paris, 80 membres, surtout des débutants.",
            "Un entraîneur diplômé qui apprenne aux jeunes à lancer et à frapper.",
            "Le sport qui rassemble.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Sanjay Whitmore",
            "Qualified cricket coach, level 3, 15 yrs. Moved to Paris, I speak French.",
            "A club with keen juniors and nets, where I can coach weekly.",
            "Play straight.",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Dominic Featherstone",
            "Cricket coach, I run holiday camps in Kent. I speak French.",
            "A sponsor for my camps.",
            "Fun first.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Lucien Macé",
            "Fabricant de battes en bois à Paris, je débute.",
            "Un club qui teste mes battes.",
            "Le bois qui frappe.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rohan Ellsworth",
            "Qualified cricket coach, level 3, now in Paris. I speak French.",
            "A club with keen juniors and nets to coach weekly.",
            "Play straight.",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 118 --------------------------------------------------------------- trap: visibility
    pair(
        118,
        "mixed",
        "hotel-food-waste-compost",
        "A runs a Chamonix hotel that throws away food every morning; B collects hotel food "
        "waste and composts it for valley farms.",
        a=person(
            "Aurélie Fontanel-Brooke",
            """Je dirige un hôtel de cent chambres à Chamonix, with a big breakfast buffet,
            a restaurant and two bars. Our guests are skiers in winter et randonneurs
            l'été. I came here as a seasonal waitress in 2004 and never left. Mon mari est
            guide, so I see him in April.""",
            """Every morning we throw away twenty kilos of food from the buffet, plus the
            kitchen peelings, into bins that the commune charges us a fortune for, and les
            corbeaux font le reste. Guests ask us what we do about waste and I have no
            answer.""",
            """La montagne nous fait vivre, on lui doit du respect.""",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Hamish Favre-Dunbar",
            "Je collecte les biodéchets des hôtels by electric van and compost them for farms.",
            "Hotels in the valley qui trient et signent à l'année.",
            "Back to the soil.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Alistair Brunet-Coyle",
            "Je collecte les huiles de friture des restaurants for biodiesel.",
            "A fleet partner qui achète mon biodiesel.",
            "Fuel from food.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Perrine Ducroz",
            "Maraîchère in the valley, I sell vegetables to hotels.",
            "Un hôtel qui m'achète mes légumes chaque semaine.",
            "Local and fresh.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Callum Bozon-Reid",
            "Je collecte les biodéchets des hôtels by electric van, composted for farms.",
            "Hotels in the valley qui trient et signent à l'année.",
            "Back to the soil.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 119 --------------------------------------------------------------- trap: commitment
    pair(
        119,
        "cross",
        "rowing-boat-repair",
        "A runs a rowing club whose boats and oars are cracked; B repairs racing shells and "
        "oars and wants a club to contract.",
        a=person(
            "Fenella Markham",
            "Rowing club, Henley, 40 boats. Hulls cracked, oars split.",
            "Someone who can mend composite and timber shells and blades, properly.",
            "Row clean.",
            ro=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Baptiste Chevrier",
            "Réparateur de bateaux d'aviron, carbone et bois, avirons recollés.",
            "Un club anglais qui me confie toute sa flotte, sous contrat.",
            "Le bateau glisse.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Théophile Vernay",
            "Constructeur de kayaks en bois, je vends en kits.",
            "Un magasin de sport qui distribue mes kits.",
            "Pagayer léger.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Rory Wellbeloved",
            "Rowing coach, I want a club to coach juniors.",
            "A club that hires me three evenings a week.",
            "Pull together.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Sylvestre Aubel",
            "Réparateur de bateaux d'aviron, carbone et bois, avirons recollés.",
            "Un club anglais qui me confie sa flotte, sous contrat.",
            "Le bateau glisse.",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 120 --------------------------------------------------------------- trap: timezone
    pair(
        120,
        "en",
        "whey-spirits",
        "A runs a Cheshire cheese dairy that pays to dispose of whey; B distils spirits from "
        "whey and needs a dairy to build a still beside.",
        a=person(
            "Jonathan Wrenbury",
            """My family has made Cheshire cheese on the same farm for five generations:
            three hundred cows, a creamery with twelve staff, and cheese sold to
            supermarkets and cheese shops. I also chair the village cricket club, which
            takes more diplomacy than the supermarket buyers.""",
            """For every tonne of cheese we make nine tonnes of whey. Some goes to a pig
            farmer, the rest we pay a contractor to take away and spread, and the
            Environment Agency is tightening the rules every year. It's become our biggest
            headache and a cost I can't pass on.""",
            """Waste is just a resource nobody's thought about yet.""",
            ro=["operations"],
            rs=["product"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Dr Niamh Calderbrook",
            """Distiller and fermentation scientist; I spent six years developing a yeast
            process that ferments the milk sugar in whey, then distils it into a clean
            vodka and a cream liqueur. I've run pilots with two dairies in Ireland and won
            a gold medal at a spirits competition.""",
            """I need a dairy that produces lots of whey every day and will host a still on
            its site, so the whey goes straight from the vat to fermentation, with a farmer
            who can manage the site and the planning permission.""",
            """Drink the byproduct.""",
            ro=["product"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Dr Eamon Fitzwarren",
            """Food scientist; I turn acid whey from yoghurt plants into protein powder for sports drinks, with a membrane filtration pilot at a university in Cork, and two patents pending.""",
            """I need an investor to build a plant and a sports-nutrition brand to buy the powder in bulk.""",
            """Protein from what others pour away.""",
            ro=["product"],
            rs=["finance", "sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Marcus Tatton",
            """Cheesemonger in Chester with two shops; my customers want traditional
            farmhouse Cheshire, not the supermarket block.""",
            """A family dairy that sells me whole cloth-bound cheeses direct, every week,
            and comes to a tasting evening twice a year.""",
            """Know your farmer.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Dr Aroha Whitcliffe",
            """Distiller in New Zealand; a yeast process that ferments whey's milk sugar,
            distilled into vodka and a cream liqueur; pilots with two dairies.""",
            """A dairy with lots of whey every day that hosts a still on site, with a farmer
            who manages the site and permissions.""",
            """Drink the byproduct.""",
            ro=["product"],
            rs=["operations"],
            tz=12,
            langs=["en"],
        ),
    ),
]
