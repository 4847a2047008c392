"""Pairs 1-10 of complementary_v8."""

from people import pair, person

PAIRS = [
    # 1 ----------------------------------------------------------------- trap: language
    pair(
        1,
        "en",
        "chair-caning",
        "A sells old bentwood seating with the seats torn out; B re-weaves cane by hand and "
        "wants a steady stream of frames to work on.",
        a=person(
            "Orla Pennymore",
            "Vintage shop in Frome, 60 Thonet chairs in the back, most with holes in the seats.",
            "Someone to re-weave the split cane seats, the old seven-step method, so I can sell them.",
            "Mend, don't bin.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Frome",
        ),
        b=person(
            "Tamsin Gorrell",
            """I learned the craft from my grandfather, who did the rush and cane work for a
            furniture firm in High Wycombe for forty years. I can do the traditional hand
            pattern, the pre-woven sheet that is pressed into a groove, Danish cord and sea
            grass, and I repair the beech frames when the joints have worked loose. I work
            from a shed at the end of my garden with a radio and too many cats.""",
            """What I lack is volume. Private customers bring me one heirloom at a time and
            the work stops and starts. I want a partner who has a stock of frames to restore
            and a place to put them in front of buyers, and I would happily agree a price per
            piece over a year.""",
            "Slow is fine if it lasts another hundred years.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Bradford-on-Avon",
        ),
        twin=person(
            "Ivo Quarrendon",
            """Rush and cane seater with thirty years at the bench. I do hand caning in the seven-step pattern, sheet cane pressed into a groove, Danish cord and sea grass, and I teach an evening class at the village hall. Most of my work comes from churches and antique restorers in Wiltshire.""",
            """I need a wholesale importer of Indonesian rattan peel who can sell me bundles
            cheaper than the craft shops do.""",
            "Good materials first.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Perpetua Lydgate",
            "Set decorator on period dramas for twelve years; I dress cafés, ballrooms and railway stations for the screen, mostly Edwardian and interwar, and I keep a lock-up full of props in Bristol.",
            "I want to hire forty matching bentwood chairs for a six-week shoot next spring.",
            "Period right or not at all.",
            ro=["design"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Gisèle Vaurenard",
            "Je refais les assises cannées et paillées à la main, dans mon atelier de Tours: cannage traditionnel, canne en feuille, paille de seigle et corde danoise. Je recolle aussi les bâtis qui bougent.",
            "Je cherche une boutique qui a des chaises à restaurer en quantité, toute l'année.",
            "Le travail bien fait.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 2 ----------------------------------------------------------------- trap: consent
    pair(
        2,
        "cross",
        "cevennes-silk-reeling",
        "A raises silkworms but cannot unwind the cocoons into thread; B reels raw silk and "
        "wants European cocoons to reel.",
        a=person(
            "Bérénice Dauvergne",
            "J'élève des vers à soie dans une magnanerie des Cévennes, 80 kg de cocons par an.",
            "Je veux qqn qui dévide mes cocons et en tire un fil grège régulier.",
            "La lenteur est une qualité.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Anduze",
        ),
        b=person(
            "Philippa Heppleston",
            "I run a restored reeling basin and a small throwing mill in Macclesfield.",
            "I want a grower in Europe who can send me fresh cocoons every summer.",
            "Traceable fibre only.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Macclesfield",
        ),
        twin=person(
            "Callum Ruddiforth",
            "Silk reeler with a six-end basin; I also twist organzine for weavers.",
            "I need a necktie maker who buys 40 kg of finished yarn a month from me.",
            "Quality over quantity.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Anatole Ribeyrenc",
            "Je suis instituteur à Alès et je fais de la science avec mes CM1.",
            "Je voudrais des œufs de vers à soie et des feuilles de mûrier pour ma classe.",
            "Apprendre en regardant.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rosalind Snelgrove",
            "I reel and throw raw silk on restored machines, in a mill in Cheshire.",
            "I want a European grower who can ship me fresh cocoons each summer.",
            "Traceable fibre only.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 3 ----------------------------------------------------------------- trap: visibility
    pair(
        3,
        "fr",
        "gravestone-lichen-cleaning",
        "A is a deputy mayor whose old graveyard is black and unreadable; B cleans old stone "
        "gently and wants winter contracts from towns.",
        a=person(
            "Églantine Mourlevat",
            """Je suis adjointe au patrimoine d'une commune de 2 000 habitants dans le
            Limousin. Nous avons un budget voté pour le vieux cimetière et une équipe de
            bénévoles qui tient un relevé de toutes les sépultures depuis 1820. Je connais
            les maires de tout le canton, et plusieurs m'ont dit qu'ils avaient le même
            souci que nous.""",
            """Les deux cents tombes du vieux carré sont devenues noires et vertes, les noms
            ne se lisent plus, des familles écrivent à la mairie pour se plaindre. Un
            employé a essayé le nettoyeur haute pression et il a arraché un morceau de
            granit. On ne sait plus quoi faire sans abîmer ce qui reste.""",
            """Le respect des morts passe aussi par l'entretien. Je préfère faire peu et
            bien.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Eymoutiers",
        ),
        b=person(
            "Ferréol Bastardie",
            "Je décrasse la pierre ancienne à la vapeur douce et aux biocides doux.",
            "Je veux des marchés de mairies pour occuper mes hivers.",
            "Jamais de jet dur.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Limoges",
        ),
        twin=person(
            "Clothaire Vignerasse",
            "Je rends leur teinte aux façades et aux statues, vapeur basse pression.",
            "Il me faut un échafaudeur associé pour les chantiers de plus de dix mètres.",
            "Propre et discret.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Maylis Esquirol",
            "Je suis généalogiste amateur et je publie des relevés de villages sur mon blog.",
            "Je voudrais accéder au registre des tombes d'une commune pour mes recherches.",
            "Chaque nom compte.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Aymeric Sauzède",
            "Je nettoie la pierre des monuments à la vapeur, sans rien décaper.",
            "Je cherche des contrats de mairies pour la saison froide.",
            "Jamais de jet dur.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 4 ----------------------------------------------------------------- trap: commitment
    pair(
        4,
        "cross",
        "millau-glove-making",
        "A supervises ballet costumes and needs gloves cut to each dancer's hand; B is a "
        "glover in Millau with idle months.",
        a=person(
            "Hermione Wragsdale",
            "Costume supervisor at a ballet company in Leeds; 30 dancers, four tours a year.",
            "I need a glover who cuts kid leather to each dancer's own hand, wrist to elbow.",
            "Fit is everything.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Leeds",
        ),
        b=person(
            "Léonce Caussanel",
            "Gantier à Millau, je coupe et je couds l'agneau à la main depuis 1994.",
            "Je veux des commandes sur mesure pour mes mois creux, de janvier à avril.",
            "Le geste avant la machine.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Millau",
        ),
        twin=person(
            "Ombeline Teyssèdre",
            "Gantière, je coupe la peau d'agneau à la main, sur mesure, à Millau.",
            "Il me faut un tanneur qui me fournisse des peaux teintes en petits lots.",
            "Le geste avant la machine.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Clemency Otterburn",
            "Ballet student in my last year; I blog about costumes and backstage life.",
            "I want a job shadowing a wardrobe team on tour.",
            "Learn by doing.",
            ro=["marketing"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Jeanne-Aude Roumagnac",
            "Gantière en Aveyron, coupe et couture main de l'agneau.",
            "Je veux des commandes sur mesure pour l'hiver, quand l'atelier est calme.",
            "Le geste avant la machine.",
            ro=["domain"],
            rs=["sales"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 5 ----------------------------------------------------------------- trap: timezone
    pair(
        5,
        "mixed",
        "mirror-resilvering",
        "A runs a château hotel full of clouded antique mirrors; B re-silvers old glass by the "
        "old methods and wants heritage clients in France.",
        a=person(
            "Sidonie Fabrègue",
            """Je dirige un hôtel de vingt chambres dans un château du Périgord, racheté avec
            mon mari il y a six ans. Nous faisons partie d'une association de demeures
            historiques ouvertes au public, une centaine de propriétaires entre Bordeaux et
            Cahors, et j'en tiens la lettre d'information. Le week-end je joue du
            violoncelle dans un quatuor amateur.""",
            """Problem is, we have about forty old mirrors, over the fireplaces and in the
            ballroom, and the backs have gone grey and spotty, you see ghosts in them. I need
            somebody who can strip the old tain and lay a fresh reflective coat on the original panes,
            by hand, without swapping them for new.""",
            """On garde ce qui peut l'être. Guests love the old house because it is
            honest.""",
            ro=["operations", "finance"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Dordogne",
        ),
        b=person(
            "Barnaby Quillfeather",
            """I am a gilder and looking-glass conservator trained at a London workshop,
            now working alone from a converted barn in Somerset. I do the wet process with
            silver nitrate, and when a client wants the real thing, the old tin and mercury
            amalgam on a stone table, under proper extraction. I also patch chipped gilt
            frames and match the colour of the gold.""",
            """My work has dried up in England since two of the big stately homes finished
            their programmes. I would like a partner who can open the doors of grand old houses on the continent, with owners who trust them, so that I can plan two or
            three long campaigns a year across the Channel.""",
            """Never replace an original piece if it can be saved. I charge fairly and I
            write everything down.""",
            ro=["domain"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
            loc="Somerset",
        ),
        twin=person(
            "Rupert Pinnegar",
            """Looking-glass conservator trained in a museum studio. I do wet silvering on old plates and, for special pieces, the mercury and tin method under extraction, and I repair and re-gild carved frames. I have worked on country houses in Yorkshire and Northumberland for fifteen years.""",
            """I need a glass blower who can make me crown glass panes for the mirrors I
            cannot save.""",
            "Keep the original where possible.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Wilhelmina Strang",
            """Wedding planner in Bordeaux for couples from Britain and America. I organise the whole weekend: the ceremony, the caterer, the florist, the band, shuttles from the airport, and a welcome dinner the night before. I plan about fifteen weddings a year.""",
            """I want a château hotel that will take my weddings of eighty guests next
            summer.""",
            "Every detail, every time.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Lachlan Ormsby",
            """Mirror conservator in Vancouver: chemical silvering on antique glass, gilt frame repair, mercury work under extraction. I trained in London and have restored pieces for historic houses in Canada and New England.""",
            """I would like to work for owners of old houses in Europe, two long trips a
            year.""",
            "Save the original.",
            ro=["domain"],
            rs=["marketing"],
            tz=-8,
            langs=["en"],
        ),
    ),
    # 6 ----------------------------------------------------------------- trap: language
    pair(
        6,
        "cross",
        "amphibian-road-tunnels",
        "A's lakeside road kills hundreds of toads each March; B builds small tunnels and "
        "guide fences under roads for amphibians.",
        a=person(
            "Gaspard Gaillardon",
            "Chaque mars, des centaines de crapauds meurent écrasés sur la route du lac.",
            "Nous les ramassons à la main dans des seaux, mais on n'est que six et ça ne suffit plus.",
            "Un crapaud vaut le détour.",
            tz=1,
            langs=["fr"],
            loc="Annecy",
        ),
        b=person(
            "Imogen Chiverton",
            "I design and lay culverts and guide fences so frogs and newts cross under roads.",
            "I want a site with a big spring migration to prove the design on the continent.",
            "Build it once, build it right.",
            tz=0,
            langs=["en", "fr"],
            loc="Shropshire",
        ),
        twin=person(
            "Digby Brigstock",
            "Amphibian culverts and drift fences under B roads, designed and installed.",
            "I need a pre-cast concrete works that will cast my tunnel sections at cost.",
            "Right first time.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Léopoldine Charvaz",
            "Je suis photographe animalière et je fais des livres pour enfants.",
            "Je cherche un coin où photographier les crapauds en migration la nuit.",
            "Patience et lampe rouge.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tobias Mossop",
            "I lay tunnels and fencing that let toads and newts pass under busy roads.",
            "I want a lake road with a big March crossing to show the design works.",
            "Build it once.",
            tz=0,
            langs=["en"],
        ),
    ),
    # 7 ----------------------------------------------------------------- trap: consent
    pair(
        7,
        "en",
        "dragon-boat-survivors",
        "A nurse leads a group of breast cancer survivors who want to paddle; B coaches "
        "dragon boat crews and has a boat with no crew.",
        a=person(
            "Marigold Featherstonehaugh",
            """I am a breast care nurse specialist at the hospital in Gloucester and I run
            a support group that meets every other Tuesday. We have about thirty women who
            have finished treatment, aged 38 to 74, and they are keen to do something
            physical together, out of doors, that is not another walk round the park. The
            hospital charity has said it will pay for kit and insurance for a year.""",
            """I need a coach who can teach a crew to stroke a long boat in time, with a
            drummer at the front and a steerer at the back, and who understands that some
            of my ladies have lymph problems in one arm and have to build up slowly. It
            would have to be on the water near the city, two evenings a week.""",
            "Nobody left on the bank. We go at the pace of the slowest.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Gloucester",
        ),
        b=person(
            "Jasper Ettrick",
            """I raced for the national team for nine years and I have coached club crews
            since. I own a twenty-seater with its drum and steering oar on a trailer, plus
            twenty-two paddles and buoyancy aids, and I have the paperwork to run sessions
            on the Sharpness canal. I am a qualified safety boat driver and first aider.""",
            """My old club folded last winter and the boat is sitting in a yard. I am after a crowd of people who want to train regularly, with someone who will look after
            the members, the bookings and the money, so that I can concentrate on the water.
            A cause that matters would be a bonus, not a requirement.""",
            "Timing beats strength. Everybody paddles, nobody passengers.",
            ro=["operations"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
            loc="Stroud",
        ),
        twin=person(
            "Cressida Mountjoy",
            """Dragon boat coach, ten years with club and corporate crews. I own a twenty-seat boat, its drum and steering oar, a trailer and a full set of paddles and buoyancy aids, and I run safety sessions on any calm water. I coach beginners, masters and a crew of firefighters.""",
            """I need a boatbuilder who can repair the cracked hull of my second boat before May.""",
            "Timing beats strength.",
            ro=["operations"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Huw Pritchard-Lowe",
            """Physiotherapy student in my final year at Bristol, writing a dissertation on exercise after breast surgery. I have done placements on an oncology ward and in a community clinic.""",
            """I want a group of survivors who would agree to fill in a questionnaire for
            my research.""",
            "Evidence first.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Fenella Gatehouse",
            """Former international paddler; I coach dragon boat crews and own a twenty-seat boat on a trailer, with drum, steering oar, paddles and buoyancy aids. I hold the safety boat and first aid tickets.""",
            """I want a group who will train twice a week and someone to run the club side
            of things.""",
            "Timing beats strength.",
            ro=["operations"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 8 ----------------------------------------------------------------- trap: visibility
    pair(
        8,
        "cross",
        "church-pew-woodworm-heat",
        "A's church pews are riddled with beetle larvae; B kills wood-boring insects with "
        "heat and wants a first listed building in England.",
        a=person(
            "Rowena Blackmore",
            "Churchwarden, St Aldhelm's, Kent. 1740 oak benches full of little holes.",
            "Someone to kill the larvae inside our old oak without gassing the nave.",
            "Look after what we inherited.",
            tz=0,
            langs=["en", "fr"],
            loc="Kent",
        ),
        b=person(
            "Cyprien Lauzanne",
            """Mon entreprise traite le bois infesté par la chaleur: nous montons la
            température au cœur des pièces à 56 degrés pendant une heure, avec des sondes,
            sans aucun produit chimique, et les vrillettes, capricornes et lyctus meurent à
            tous les stades. Nous avons traité des charpentes de manoirs normands, deux
            retables et les stalles d'une abbatiale.""",
            """Je voudrais un premier chantier de l'autre côté de la Manche, dans un édifice protégé, pour montrer la méthode aux architectes anglais, avec un interlocuteur sur place qui obtienne les autorisations et nous ouvre les portes. Nous pouvons venir avec notre camion et nos bâches dès le printemps prochain. Le premier chantier, nous le ferions presque à prix coûtant.""",
            "Pas de poison dans les lieux de culte.",
            tz=1,
            langs=["fr", "en"],
            loc="Caen",
        ),
        twin=person(
            "Honoré Hautecœur",
            """Je traite les charpentes et le mobilier ancien par la chaleur, avec des sondes à cœur et des bâches isolantes, sans aucun insecticide. Nous intervenons en Normandie et en Bretagne sur des églises, des granges et des manoirs, et nous garantissons le résultat dix ans.""",
            """Il me faut un fabricant de radiateurs mobiles qui me loue quatre appareils
            de plus pour l'été.""",
            "Pas de poison.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Dominic Ashworth-Pyle",
            "Antique dealer with a barn near Ashford; I sell church furniture, pulpits, pews and lecterns to pubs, restaurants and film companies, and I can collect anywhere in the south-east.",
            "I want to buy old oak pews from churches that are clearing their naves.",
            "Give old wood a new life.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Séverine Crouzillac",
            """Traitement thermique des bois attaqués, charpentes et mobilier d'église, sans produit: montée en température contrôlée par sondes, tous les insectes tués à tous les stades. Vingt ans de chantiers en Bretagne.""",
            "Je cherche un premier chantier en Angleterre, un bâtiment classé.",
            "Pas de poison.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 9 ----------------------------------------------------------------- trap: commitment
    pair(
        9,
        "fr",
        "asian-hornet-apiaries",
        "A's hives are besieged by Asian hornets every autumn; B builds electric harp traps "
        "and wants an apiary and beekeepers to test them with.",
        a=person(
            "Clovis Arrabie",
            """Je suis apiculteur professionnel en Dordogne, trois cents ruches réparties sur
            douze ruchers, miel de châtaignier et d'acacia vendu sur les marchés et dans
            deux épiceries. Je préside le syndicat apicole du département, qui compte plus
            de six cents adhérents, et je donne les cours au rucher-école le samedi.""",
            """Depuis quatre ans, à la fin de l'été, les frelons asiatiques font le siège
            devant mes ruches: ils volent en stationnaire à l'entrée, les abeilles n'osent
            plus sortir butiner, les colonies s'affaiblissent et j'en perds un quart avant
            l'hiver. Les bouteilles à bière et au sirop ne servent presque à rien et tuent
            aussi des papillons.""",
            "Une abeille vivante vaut mieux qu'un pot de plus.",
            ro=["domain", "sales"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Périgueux",
        ),
        b=person(
            "Anselme Grangevieille",
            """Ingénieur en électronique, j'ai conçu une harpe électrique: un cadre de fils
            fins tendus face aux trous de vol, alimenté par un petit panneau solaire, qui ne
            laisse passer que les petits pollinisateurs. Les prédateurs qui
            planent touchent les fils et tombent dans un bac. Le prototype a tenu tout un
            automne chez un ami.""",
            """J'ai maintenant besoin d'un grand site de production de miel pour tester vingt appareils sur une saison, et de quelqu'un qui connaisse les gens du métier dans la région pour les faire essayer et les vendre ensuite, au bon prix. L'électronique est prête, les boîtiers aussi. Ce qui me manque, c'est le terrain et la confiance du métier.""",
            "Mesurer avant d'affirmer.",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Bergerac",
        ),
        twin=person(
            "Cassien Delmarès",
            """Électronicien, j'ai mis au point une harpe électrique solaire qui arrête les frelons devant les ruches: des fils fins sous tension, un bac de récupération, un boîtier étanche. Une trentaine d'apiculteurs de Gironde l'utilisent déjà et me renvoient leurs chiffres chaque automne.""",
            """Il me faut un industriel du Nord qui fabrique mes cadres en inox en série,
            mille pièces.""",
            "Mesurer avant d'affirmer.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Apolline Sarrazac",
            """J'ouvre une épicerie fine à Sarlat, produits du Périgord, conserves, vins et fromages; je monte les rayons en ce moment et l'ouverture est prévue au printemps, dans la rue la plus passante de la vieille ville.""",
            """Je cherche un apiculteur qui me livre du miel de châtaignier en pots, toute
            l'année.""",
            "Local d'abord.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Évariste Colombet",
            """Électronicien, j'ai fait une harpe solaire qui électrocute les frelons devant la ruche: fils tendus, bac, boîtier étanche. Le prototype a tenu deux automnes chez un voisin.""",
            "Je veux un grand rucher pour un essai d'une saison et un réseau d'apiculteurs.",
            "Mesurer avant d'affirmer.",
            ro=["tech"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 10 ---------------------------------------------------------------- trap: timezone
    pair(
        10,
        "cross",
        "harmonium-restoration",
        "A's parish has three silent harmoniums; B restores reed organs and collects them.",
        a=person(
            "Tanguy Le Drézen",
            """Je suis organiste bénévole pour quatre paroisses du pays bigouden. Dans nos
            chapelles dorment trois harmoniums Debain et Alexandre de la fin du XIXe, que
            le diocèse veut bien céder à qui les remettra en état, à condition qu'un des
            trois revienne jouer pour les pardons d'été.""",
            """Je cherche quelqu'un qui sache refaire les soufflets en peau, recoller les anches et régler les jeux d'un harmonium, et qui accepte de venir en Bretagne chercher les instruments. Les paroisses n'ont presque pas d'argent, mais nous pouvons loger et nourrir quelqu'un pendant une semaine. Le recteur est d'accord.""",
            "Un instrument muet est une petite tristesse.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Pont-l'Abbé",
        ),
        b=person(
            "Ebenezer Garbutt",
            "Reed organ restorer in Cornwall; I own a van and a big workshop.",
            "I want instruments to restore, any state, and will collect them.",
            "Nothing is beyond repair.",
            tz=0,
            langs=["en", "fr"],
            loc="Truro",
        ),
        twin=person(
            "Hector Vanstone",
            "I restore harmoniums and American organs; bellows, reeds, stops.",
            "I need a shop in London that will sell my restored organs on commission.",
            "Nothing is beyond repair.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Morgane Issartel",
            """Je dirige une petite chorale à Quimper et nous chantons dans les chapelles
            l'été.""",
            "Je voudrais un organiste pour accompagner nos concerts de juillet.",
            "Chanter ensemble.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Garrick Tolliver",
            "Reed organ restorer in British Columbia; I ship and collect worldwide.",
            "I want harmoniums to restore, any condition.",
            "Nothing is beyond repair.",
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
]
