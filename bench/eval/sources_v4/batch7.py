"""Pairs 97-112 of complementary_v4."""

from people import pair, person

PAIRS = [
    # 97 ---------------------------------------------------------------- trap: consent
    pair(
        97,
        "cross",
        "hospital-clowns",
        "A is a hospital clown who wants a paid programme in children's wards; B is a "
        "paediatric ward manager who wants play to reduce fear before procedures.",
        a=person(
            "Capucine Arnal",
            """Clown de théâtre depuis quinze ans, je joue dans les services de pédiatrie
            depuis six ans avec une petite association. Je sais entrer dans une chambre,
            lire l'enfant et les parents, et m'effacer devant l'équipe de soins.""",
            """Nous vivons de dons et nous passons une fois par mois. Je voudrais un
            partenaire à l'intérieur de l'hôpital, qui connaît les services, les soignants
            et les budgets, et qui peut faire de nous une présence chaque semaine, surtout
            avant les gestes qui font peur.""",
            """Rire n'efface pas la douleur, mais il aide à la traverser.""",
            tz=1,
            langs=["fr", "en"],
            loc="Montpellier",
        ),
        b=person(
            "Siobhan Carey",
            """Paediatric nurse manager for twelve years, now heading a children's unit of
            40 beds. I've seen sedation used far too often because children are
            terrified before blood tests and scans. I sit on the hospital's patient
            experience board and I know how to get a programme funded.""",
            """I'm looking for an experienced hospital clown who can work with my nurses
            before procedures, not just entertain on a Friday.""",
            """Children first, paperwork second.""",
            tz=1,
            langs=["en", "fr"],
            loc="Brussels",
        ),
        twin=person(
            "Helen Brady",
            """Nurse manager in a children's unit; I know how to fund programmes.""",
            """A developer to build a pain-tracking app for kids.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Quentin Saby",
            """Je suis comédien et je veux devenir clown à l'hôpital.""",
            """Une clown expérimentée qui me forme.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Orla Nolan",
            """Paediatric ward manager, I can fund a programme.""",
            """A hospital clown to work with nurses before procedures.""",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 98 ---------------------------------------------------------------- trap: visibility
    pair(
        98,
        "en",
        "sports-turf",
        "A is a groundsman who keeps pitches alive and wants to sell the service to clubs; "
        "B runs a league of amateur clubs with ruined pitches.",
        a=person(
            "Neil Hargreaves",
            """Head groundsman for eighteen years at a Championship club. I know drainage,
            seeding, feeding and how to bring back a pitch that's been played to mud.""",
            """I want to go independent, but I need clubs. I'm looking for someone who knows
            grassroots football, has the ear of dozens of Sunday sides and councils, and can set up
            a shared service they pay for together.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
            loc="Preston",
        ),
        b=person(
            "Julie Ashworth",
            "I run a Sunday league of 64 amateur clubs in Lancashire.",
            "An expert who can fix our muddy pitches at a price we can share.",
            tz=0,
            langs=["en"],
            loc="Blackburn",
        ),
        twin=person(
            "Craig Winstanley",
            "I run a youth football league in Lancashire.",
            "Sponsors for new kits.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Harry Jessop",
            "I sell grass seed and fertiliser to sports clubs.",
            "A groundsman who recommends our products.",
            ro=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ian Barlow",
            "Amateur league, 50 clubs, bad pitches.",
            "A groundsman whose service we can share.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 99 ---------------------------------------------------------------- trap: commitment
    pair(
        99,
        "cross",
        "cement-tiles",
        "A restores cement tile floors and wants new tiles made to match; B makes cement "
        "tiles by hand and wants a restorer to work with.",
        a=person(
            "Olivia Pemberton",
            "I restore old cement-tile floors in Paris flats.",
            "Someone who can make new tiles that match the broken ones.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Paris",
        ),
        b=person(
            "Youssef Alaoui",
            "Je fabrique des carreaux de ciment à la main, motifs sur mesure.",
            "Une restauratrice qui a des chantiers dans les vieux immeubles.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en", "ar"],
            loc="Montreuil",
        ),
        twin=person(
            "Hamid Tazi",
            "Je fabrique des carreaux de ciment pour les hôtels.",
            "Un architecte d'intérieur associé.",
            ro=["operations"],
            rs=["design"],
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Sam Porter",
            "I make handmade tiles for kitchens.",
            "An online shop partner.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Estelle Binet",
            "Mon vieux carrelage est abîmé.",
            "Une restauratrice de sols anciens.",
            ro=["finance"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Karim Tahiri",
            "Je fais des carreaux de ciment sur mesure.",
            "Une restauratrice de sols anciens.",
            ro=["operations"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 100 --------------------------------------------------------------- trap: timezone
    pair(
        100,
        "fr",
        "village-bread-oven",
        "A est boulanger et veut relancer les fours à pain communaux; B est tailleur de "
        "pierre et restaure des fours anciens.",
        a=person(
            "Mathieu Garnier",
            """Boulanger au feu de bois depuis dix-huit ans. Je connais la conduite d'un four
            à bois, la pâte, et je sais animer une fournée avec tout un village.""",
            """Dans les villages de la Drôme, il reste des dizaines de fours communaux
            effondrés. Je cherche quelqu'un qui sait les remonter pierre par pierre, refaire
            une voûte qui tient la chaleur, et parler aux mairies.""",
            """Le pain cuit ensemble rapproche les gens.""",
            tz=1,
            langs=["fr"],
            loc="Crest",
        ),
        b=person(
            "Henri Lagier",
            """Tailleur de pierre et maçon du patrimoine, j'ai restauré une vingtaine de
            fours, de lavoirs et de chapelles pour des communes.""",
            """Je voudrais que ces fours revivent, avec un boulanger qui les fait cuire
            chaque semaine et forme des habitants.""",
            """Un four froid est un four mort.""",
            tz=1,
            langs=["fr"],
            loc="Die",
        ),
        twin=person(
            "Bernard Faure",
            """Tailleur de pierre, je restaure des églises.""",
            """Un architecte du patrimoine.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Alice Combe",
            """Meunière, je fais de la farine de blé ancien.""",
            """Un boulanger au feu de bois qui achète ma farine.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Pierre Tehei",
            """Maçon, je restaure des fours à pain à Tahiti.""",
            """Un boulanger qui fait cuire chaque semaine.""",
            tz=-10,
            langs=["fr"],
        ),
    ),
    # 101 --------------------------------------------------------------- trap: language
    pair(
        101,
        "cross",
        "micro-hydro",
        "A owns an old mill with water rights and wants electricity from it; B builds small "
        "hydro turbines and wants sites.",
        a=person(
            "Germaine Poulet",
            "J'ai un vieux moulin avec droit d'eau sur la Creuse.",
            """L'eau coule pour rien. Il me faut quelqu'un qui sait poser une petite turbine,
            la raccorder au réseau et faire les démarches auprès de l'État pour la
            rivière et les poissons.""",
            ro=["finance"],
            tz=1,
            langs=["fr"],
            loc="Argenton-sur-Creuse",
        ),
        b=person(
            "Tobias Lang",
            "I build small hydro turbines; French is my second language.",
            "Owners of old mills with water rights.",
            tz=1,
            langs=["en", "fr", "de"],
            loc="Basel",
        ),
        twin=person(
            "Ian Forbes",
            "I build small wind turbines for farms.",
            "A farmer with windy land.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Denis Roblin",
            "Je pêche la truite et je veux qu'on protège la rivière.",
            "Une propriétaire de moulin qui ouvre une passe à poissons.",
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Joe Hatton",
            "I build micro-hydro turbines.",
            "Mill owners with water rights.",
            tz=1,
            langs=["en"],
        ),
    ),
    # 102 --------------------------------------------------------------- trap: consent
    pair(
        102,
        "mixed",
        "whisky-casks",
        "A is a cooper who rebuilds old wine barrels and wants them sold to distillers; B "
        "runs a young whisky distillery and wants French wine casks.",
        a=person(
            "Baptiste Martel",
            """Tonnelier à Cognac depuis vingt ans. I rebuild used wine and cognac barrels,
            re-char them and certify them, and I can ship 500 a year to anyone who wants the
            flavour of a French cask.""",
            """Je cherche une distillerie qui veut des fûts français régulièrement.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Cognac",
        ),
        b=person(
            "Moira Sinclair",
            """We opened a small whisky distillery on Islay four years ago and we have 800
            casks maturing. We want our next releases finished in French wine casks and the
            brokers are unreliable.""",
            """A cooper in France who can supply sound, certified casks every year, and tell
            us their history.""",
            """Patience is an ingredient.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Islay",
        ),
        twin=person(
            "Ewan Dunbar",
            """Whisky distillery in Speyside, growing fast.""",
            """A head of marketing for the US market.""",
            ro=["sales"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Clément Dufour",
            """Je fabrique des meubles avec des douelles de vieux fûts.""",
            """Un tonnelier qui me vend ses fûts cassés.""",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Fraser Logan",
            """Young whisky distillery, 600 casks maturing.""",
            """A French cooper who supplies wine casks.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 103 --------------------------------------------------------------- trap: visibility
    pair(
        103,
        "cross",
        "nursing-home-dental",
        "A is a dental hygienist who wants to treat residents in care homes; B runs a care "
        "home group and wants mouth care for frail residents.",
        a=person(
            "Lauren Pike",
            "Dental hygienist; I bring portable kit to bedridden patients.",
            "Someone who runs care homes and can open their doors to me.",
            tz=0,
            langs=["en", "fr"],
            loc="Guernsey",
        ),
        b=person(
            "Martine Collin",
            "Je dirige six maisons de retraite en Normandie.",
            "Une hygiéniste qui soigne les dents de nos résidents sur place.",
            tz=1,
            langs=["fr", "en"],
            loc="Cherbourg",
        ),
        twin=person(
            "Josette Lenormand",
            "Je dirige des maisons de retraite à Caen.",
            "Un chef cuisinier pour nos cuisines.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Ruth Allen",
            "Retired dentist with spare portable equipment.",
            "A hygienist who'll buy my kit.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Claudine Hébert",
            "Maisons de retraite en Normandie.",
            "Une hygiéniste dentaire pour nos résidents.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 104 --------------------------------------------------------------- trap: commitment
    pair(
        104,
        "en",
        "arborist-climbing",
        "A is a tree surgeon who wants to train climbers for a crew; B runs a rope-access "
        "training school and wants a tree module.",
        a=person(
            "Dan Whitlock",
            """Tree surgeon and climbing arborist for fifteen years, running three crews
            in Surrey. I can't find climbers who work safely in big trees.""",
            """I want a partner who already runs accredited courses for working at height
            on ropes, with teachers and insurance, to build a proper tree course with me.""",
            """Nobody gets hurt for a hedge.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
            loc="Guildford",
        ),
        b=person(
            "Karen Doyle",
            """I run a rope-access training centre in Reading, certified, with six
            instructors, mostly training for buildings and bridges.""",
            """I'd like an experienced arborist to design a tree-climbing module and teach
            it with us.""",
            """Safety is a habit.""",
            tz=0,
            langs=["en"],
            loc="Reading",
        ),
        twin=person(
            "Colin Marsh",
            """I run a rope-access company for window cleaning.""",
            """A facilities manager with tower blocks.""",
            tz=0,
            langs=["en"],
        ),
        twin2=person(
            "Nina Gould",
            """Training centre for working at height.""",
            """An e-learning developer.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Jordan Pettifer",
            """I want to become a tree climber.""",
            """A tree surgeon who'll take me on.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Stuart Penn",
            """Rope training school, certified.""",
            """An arborist to teach a tree module.""",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 105 --------------------------------------------------------------- trap: timezone
    pair(
        105,
        "cross",
        "loom-weaving",
        "A is a weaver with old jacquard looms who wants designs that sell; B is a textile "
        "designer who wants a mill to weave her patterns in small runs.",
        a=person(
            "Odile Thévenet",
            """Tisserande à Lyon, j'ai sauvé quatre métiers Jacquard du XIXe siècle et je
            sais les régler, les réparer et tisser la soie comme au temps des canuts. Je
            peux produire de petites séries de quelques dizaines de mètres.""",
            """Je tisse des motifs anciens que personne n'achète. Il me faut une créatrice
            qui dessine des motifs d'aujourd'hui et qui connaît les maisons de mode et de
            décoration qui paient pour ça.""",
            ro=["operations"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Freya Lindgren",
            "Textile designer; my patterns sell to interior and fashion brands.",
            "A weaver with old looms who can produce my designs in short runs.",
            ro=["design"],
            rs=["operations"],
            tz=1,
            langs=["en", "sv"],
            loc="Stockholm",
        ),
        twin=person(
            "Marta Rossi",
            "Textile designer for printed scarves.",
            "A digital printing factory in Como.",
            ro=["design"],
            rs=["operations"],
            tz=1,
            langs=["en", "it"],
        ),
        one=person(
            "Gérald Manin",
            "Je collectionne des tissus anciens.",
            "Une tisserande qui reproduit mes pièces.",
            ro=["finance"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Emily Chen",
            "Textile designer, San Francisco, brand clients.",
            "A jacquard weaver for short runs.",
            ro=["design"],
            rs=["operations"],
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
    # 106 --------------------------------------------------------------- trap: language
    pair(
        106,
        "fr",
        "bus-campervans",
        "A est carrossier et aménage des bus en camping-cars; B loue des véhicules de loisirs "
        "et veut une flotte originale.",
        a=person(
            "Franck Jolivet",
            "Carrossier, j'aménage de vieux bus en camping-cars.",
            "Quelqu'un qui les confie aux vacanciers et gère les réservations.",
            tz=1,
            langs=["fr"],
            loc="Tours",
        ),
        b=person(
            "Laetitia Bernier",
            "Je loue des camping-cars, 30 véhicules, agence à Blois.",
            "Un artisan qui me fabrique des véhicules uniques.",
            tz=1,
            langs=["fr"],
            loc="Blois",
        ),
        twin=person(
            "Kevin Mallet",
            "Je loue des voitures de luxe pour les mariages.",
            "Un associé qui investit dans la flotte.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Paul Brochard",
            "J'ai un vieux bus à vendre.",
            "Un carrossier qui me le rachète.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ben Harding",
            "I rent out campervans, 25 vehicles.",
            "A coachbuilder who makes unique vans.",
            tz=1,
            langs=["en"],
        ),
    ),
    # 107 --------------------------------------------------------------- trap: consent
    pair(
        107,
        "cross",
        "comic-translation",
        "A is a letterer who wants to translate and reletter comics; B is a French comics "
        "publisher who wants to sell rights abroad with a ready English edition.",
        a=person(
            "Aaron Whitby",
            """Comic letterer and translator for twelve years. I have lettered 150 books for
            US and UK publishers and I translate from French; I know how to fit a joke into
            a tiny balloon.""",
            """I want to work with a publisher who owns good French comics and wants them
            out in English, with the contacts to sell the rights to foreign publishers.""",
            """Translate the voice, not just the words.""",
            ro=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Brighton",
        ),
        b=person(
            "Laurent Vasseur",
            """Éditeur de bandes dessinées à Angoulême, 80 titres au catalogue, des séries
            qui marchent en France et en Belgique.""",
            """Les éditeurs étrangers veulent voir l'album déjà traduit. Je cherche un
            lettreur-traducteur vers l'anglais, rapide et fin.""",
            """Un bon album mérite de voyager.""",
            tz=1,
            langs=["fr", "en"],
            loc="Angoulême",
        ),
        twin=person(
            "Marie Texier",
            """Éditrice de romans graphiques jeunesse.""",
            """Un diffuseur en librairie.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Jake Holm",
            """I draw comics and need a letterer.""",
            """A letterer who letters my book.""",
            ro=["design"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Sophie Calmet",
            """Éditrice de BD, catalogue solide.""",
            """Un traducteur-lettreur vers l'anglais.""",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 108 --------------------------------------------------------------- trap: visibility
    pair(
        108,
        "mixed",
        "mountain-hut-supply",
        "A runs a mountain hut supplied by helicopter and wants cheaper supply; B is a mule "
        "packer who wants regular loads.",
        a=person(
            "Pierre Mollard",
            """Gardien de refuge à 2 400 m dans le Beaufortain. Each June a helicopter
            brings everything up and it costs us a fortune; we'd like weekly loads by pack
            animals instead, which the walkers love too.""",
            "Un muletier sérieux pour monter nos vivres chaque semaine.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Beaufort",
        ),
        b=person(
            "Julien Gachet",
            "Muletier, 8 mules, je monte des charges en montagne.",
            "Un refuge qui me confie ses montées chaque semaine.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Bourg-Saint-Maurice",
        ),
        twin=person(
            "Rémy Blanc",
            "Muletier, je fais des randonnées avec des ânes pour les familles.",
            "Une agence de voyage qui vend mes balades.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Anaïs Perrier",
            "Je veux travailler dans un refuge cet été.",
            "Un gardien qui embauche.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Gilles Muffat",
            "Muletier avec 6 mules, charges en montagne.",
            "Un refuge qui me confie ses montées.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 109 --------------------------------------------------------------- trap: commitment
    pair(
        109,
        "cross",
        "youth-football-scouting",
        "A coaches youth football in the suburbs and wants talented kids seen by pro clubs; "
        "B is a scout who wants a trusted coach with access to players.",
        a=person(
            "Moussa Diarra",
            """Éducateur de foot depuis douze ans à Sarcelles, je m'occupe de 200 jeunes de
            10 à 17 ans. Je connais les familles, les écoles et je vois passer des talents
            chaque saison.""",
            """Les recruteurs des clubs pros ne viennent jamais chez nous. Je cherche
            quelqu'un qui a leur confiance, qui sait filmer et analyser un match, et qui
            protège les gamins des faux agents.""",
            """Le foot doit ouvrir des portes, pas briser des rêves.""",
            tz=1,
            langs=["fr", "en"],
            loc="Sarcelles",
        ),
        b=person(
            "Tom Keenan",
            """Former academy scout for two Premier League clubs, now independent. I film
            and analyse matches, write reports that clubs read, and I've placed twenty
            players in academies.""",
            """I want to work with a coach who knows the kids and their families in the
            Paris suburbs, and who puts their schooling and safety first.""",
            """No kid signs anything without his parents and a lawyer.""",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Steve Doherty",
            """Football scout for lower-league clubs in England.""",
            """An agent partner to sign players.""",
            tz=0,
            langs=["en"],
        ),
        twin2=person(
            "Bruno Lopes",
            """Recruteur pour des clubs de Ligue 2.""",
            """Un investisseur pour acheter un club amateur.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Karim Touré",
            """Mon fils a 14 ans et joue très bien.""",
            """Un éducateur qui le fait progresser.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Lewis Carter",
            """Independent academy scout, I film and analyse matches.""",
            """A trusted youth coach in the Paris suburbs.""",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 110 --------------------------------------------------------------- trap: timezone
    pair(
        110,
        "en",
        "hemp-building",
        "A grows industrial hemp and wants it used in buildings; B is a builder who uses "
        "hempcrete and wants a local supply.",
        a=person(
            "Owen Pritchett",
            "I grow 80 acres of hemp in Norfolk and process the stalks myself.",
            "A builder who can turn it into walls and win clients for them.",
            ro=["operations"],
            tz=0,
            langs=["en"],
            loc="Norwich",
        ),
        b=person(
            "Rachel Dunne",
            "I build houses with hempcrete; 14 homes so far in East Anglia.",
            "A farmer who can supply processed hemp every season.",
            tz=0,
            langs=["en"],
            loc="Cambridge",
        ),
        twin=person(
            "Nick Fairley",
            "I build timber-frame houses.",
            "A sawmill partner.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Sophie Lane",
            "I make hemp clothing and need fibre.",
            "A hemp grower who sells me fibre.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Brad Collins",
            "I build hempcrete homes in Oregon.",
            "A farmer who supplies processed hemp.",
            tz=-8,
            langs=["en"],
        ),
    ),
    # 111 --------------------------------------------------------------- trap: language
    pair(
        111,
        "cross",
        "thermal-spa",
        "A is a physiotherapist who wants to run rehab courses in a spa; B owns a small "
        "thermal spa that is losing its elderly clients.",
        a=person(
            "Helen Crawford",
            "Physiotherapist; I run rehab programmes after knee and hip surgery.",
            """I want to offer one-week rehab stays in warm water. I need a partner with
            pools, treatment rooms and lodging, who can sell stays and deal with
            insurers.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en"],
            loc="Geneva",
        ),
        b=person(
            "Bernard Lavaud",
            "Je dirige un petit établissement thermal. I speak English.",
            "Une kiné qui crée des séjours de rééducation pour nos bassins.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Évian",
        ),
        twin=person(
            "Sandra Lowe",
            "I run a spa hotel with pools.",
            "A beauty brand to sell in our shop.",
            ro=["operations"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Mark Tully",
            "I'm recovering from a hip replacement.",
            "A physio who runs a rehab programme.",
            ro=["finance"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Françoise Rey",
            "Je dirige une station thermale.",
            "Une kiné qui crée des séjours de rééducation.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 112 --------------------------------------------------------------- trap: consent
    pair(
        112,
        "fr",
        "chestnut-flour",
        "A est castanéicultrice et veut moudre ses châtaignes; B est meunier et veut une "
        "farine rare à travailler.",
        a=person(
            "Marie-Paule Orsini",
            """Castanéicultrice en Castagniccia, 15 hectares de châtaigniers centenaires
            que j'ai remis en état. Je sèche les châtaignes au séchoir à l'ancienne.""",
            """Il me faut quelqu'un qui sait moudre une farine fine et régulière, qui a des
            meules et qui sait la vendre aux pâtissiers et aux épiceries fines.""",
            """Les arbres de nos grands-pères nourrissent encore.""",
            tz=1,
            langs=["fr"],
            loc="Piedicroce",
        ),
        b=person(
            "Antoine Santoni",
            """Meunier à Corte, moulin à meules de pierre, je moulais surtout du blé et de
            l'orge mais les volumes baissent.""",
            """Je cherche une productrice qui me fournit des châtaignes sèches de qualité,
            chaque année, pour faire une farine que les pâtissiers s'arrachent.""",
            """Un moulin qui tourne, c'est un village qui vit.""",
            tz=1,
            langs=["fr"],
            loc="Corte",
        ),
        twin=person(
            "Jean-Baptiste Luciani",
            """Meunier, je fais de la farine de blé bio.""",
            """Un boulanger qui m'achète toute ma production.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Lisa Ferracci",
            """Pâtissière à Bastia, je veux de la châtaigne.""",
            """Une productrice qui me vend des châtaignes fraîches.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Paul-Antoine Marchetti",
            """Meunier à meules de pierre en Corse.""",
            """Une productrice de châtaignes sèches.""",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
]
