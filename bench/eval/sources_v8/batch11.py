"""Pairs 101-110 of complementary_v8."""

from people import pair, person

PAIRS = [
    # 101 --------------------------------------------------------------- trap: language
    pair(
        101,
        "en",
        "willow-coffins",
        "A is a funeral director whose families ask for natural coffins; B weaves willow "
        "and seagrass coffins and wants directors to stock them.",
        a=person(
            "Mortimer Blakesley",
            "Funeral director in Leeds; more families ask for green burials.",
            "Someone who weaves natural coffins from willow, to order, in a week.",
            "Dignity, simply done.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        b=person(
            "Agatha Wildsmith",
            "Basket maker: caskets in seagrass and rods, any size.",
            "Undertakers who keep a few of my caskets in stock.",
            "Back to the earth.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Selby",
        ),
        twin=person(
            "Lorna Featherby-Knox",
            "I weave caskets from seagrass and rods in my workshop.",
            "I need a haulier who delivers fragile items across the north.",
            "Back to the earth.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Cuthbert Raine",
            "Landowner near Harrogate with a wildflower meadow.",
            "I want to open a natural burial ground and need funeral firms to use it.",
            "Let the meadow grow.",
            ro=["finance"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Gwenola Le Hébrard",
            "Vannière: cercueils en osier et en jonc de mer, toutes tailles.",
            "Des pompes funèbres qui gardent quelques cercueils en stock.",
            "Retour à la terre.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 102 --------------------------------------------------------------- trap: consent
    pair(
        102,
        "cross",
        "japanese-knotweed-eradication",
        "A's guesthouse garden is overrun by an invasive knotweed; B eradicates it and wants "
        "clients in France.",
        a=person(
            "Honorine Dessalles",
            "Maison d'hôtes en Bourgogne, grand jardin au bord de la rivière.",
            "Une plante à tiges creuses a tout envahi; on coupe, elle repousse plus forte.",
            "Un jardin qui respire.",
            tz=1,
            langs=["fr"],
            loc="Auxerre",
        ),
        b=person(
            "Cedric Mallinson",
            """I run a firm that gets rid of Japanese knotweed for householders, railways
            and developers: stem injection, careful digging and sieving, root barriers,
            and a five-year guarantee that mortgage lenders accept. I have cleared more
            than six hundred sites in the Midlands and I keep a photo log of every stand
            until it is dead.""",
            """I want to open up in France, where people are only starting to understand the problem, with a few first clients who will let me photograph and publish their gardens before and after. I can come over for the spring and autumn visits each year. The first clients would pay a reduced rate.""",
            "Never cut it and walk away.",
            tz=0,
            langs=["en", "fr"],
            loc="Birmingham",
        ),
        twin=person(
            "Ruthven Entwistle",
            """Knotweed eradication for homeowners and builders: stem injection, digging and sieving, root barriers, and a five-year guarantee that lenders accept. I work across Wales and the Marches.""",
            "I need a licensed landfill that takes contaminated soil at a fair rate.",
            "Never cut and walk away.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Lazare Chaumonot",
            "Je suis randonneur, je parcours la Bourgogne à pied chaque printemps et je cherche des chambres d'hôtes calmes.",
            "Je veux une maison d'hôtes au bord de l'eau pour une semaine en juin.",
            "Le calme.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Bertram Fazackerley",
            """I clear Japanese knotweed: injection, sieving, barriers, guarantee accepted by lenders, and a photo log of every stand until it dies.""",
            "First clients in France who let me publish before and after.",
            "Never cut and walk away.",
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 103 --------------------------------------------------------------- trap: visibility
    pair(
        103,
        "mixed",
        "steel-frame-respray",
        "A sells vintage bikes with tired frames; B brazes and repaints steel frames and "
        "wants shops to send work.",
        a=person(
            "Baptiste Morvan-Leduc",
            "Je tiens une boutique de vélos vintage à Lyon, 80 cadres en stock.",
            "Need a craftsman who re-joins the tubes and repaints the old frames, properly.",
            "Rouler beau.",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Toby Gregson",
            "Framebuilder: lugged steel, silver brazing, enamel and chrome.",
            "Shops that send me work every month.",
            "Steel is real.",
            tz=1,
            langs=["en", "fr"],
            loc="Grenoble",
        ),
        twin=person(
            "Ned Colclough",
            "I build lugged steel frames and paint them in enamel.",
            "I need a powder-coating oven I can use two days a week.",
            "Steel is real.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Salomé Durif",
            "Je me mets au vélo pour aller au travail à Lyon.",
            "I want a pretty old city bike that actually works.",
            "Pédaler en robe.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Jasper Wormald",
            "Framebuilder: lugs, brazing, enamel; old steel made new.",
            "Shops that send me work monthly.",
            "Steel is real.",
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 104 --------------------------------------------------------------- trap: commitment
    pair(
        104,
        "cross",
        "somme-battlefield-guiding",
        "A runs battlefield tours for British schools and needs a local guide who knows the "
        "villages; B is a local historian guide who wants regular groups.",
        a=person(
            "Rupert Hazelwood",
            """I run a small company that takes British secondary schools to the Western
            Front: about seventy coach trips a year, three days each, mostly Year 9 pupils
            studying the First World War. We have the coaches, the hotels and the
            insurance sorted, and teachers who come back every year. What we lack is depth
            once we are there.""",
            """I need a local guide in the Somme who knows the villages, the cemeteries and the families, who can take a group to the grave of a soldier from their own town and tell his story, and who has access to farmland the big tours never see. We pay properly and book a whole season at once. Teachers say the best moments are always unscripted.""",
            "Every name was a person. Make them real.",
            tz=0,
            langs=["en", "fr"],
            loc="Canterbury",
        ),
        b=person(
            "Thérèse Dufrénoy",
            """Historienne locale, fille et petite-fille d'agriculteurs de Thiepval, je fais visiter depuis vingt ans les champs de bataille autour de chez moi.
            Je connais chaque chemin creux, les abris dans les talus, les familles qui
            gardent des objets trouvés en labourant, et les archives des régiments qui ont
            combattu ici.""",
            """Je voudrais des groupes réguliers, surtout des jeunes, avec un organisateur fiable qui s'occupe du transport et de l'hébergement, pour que je puisse me consacrer au récit. Je préfère des groupes de trente au plus. Je peux aussi accueillir les professeurs pour une visite de repérage.""",
            "On ne visite pas un cimetière, on rend visite à quelqu'un.",
            tz=1,
            langs=["fr", "en"],
            loc="Albert",
        ),
        twin=person(
            "Évrard Catillon",
            """Guide des champs de bataille de la Somme, historien, vingt ans d'expérience: les cimetières, les tranchées dans les bois, les mémoriaux. J'accompagne des familles et des associations d'anciens combattants.""",
            "Il me faut un éditeur pour publier mes carnets de soldats retrouvés.",
            "On rend visite à quelqu'un.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Maureen Eastwick",
            "Retired nurse from Sheffield; my great-uncle died on the Somme in 1916 and nobody in the family has ever visited him.",
            "I want to visit his grave with someone who can find it.",
            "Never forget.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Adeline Laborie",
            """Historienne de la Somme, je guide sur les champs de bataille depuis quinze ans: cimetières, chemins creux, familles qui gardent des objets.""",
            "Des groupes réguliers de jeunes, avec un organisateur fiable.",
            "On rend visite à quelqu'un.",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 105 --------------------------------------------------------------- trap: timezone
    pair(
        105,
        "fr",
        "oyster-shell-grit",
        "A's oyster bar fills skips with empty shells; B crushes shells into grit for "
        "hens and gardens and needs them.",
        a=person(
            "Gaëtan Lapouyade",
            "Bar à huîtres au Cap-Ferret, ouvert toute l'année.",
            "Les coquilles vides remplissent trois bennes par semaine et je paie l'enlèvement.",
            "La mer dans l'assiette.",
            tz=1,
            langs=["fr"],
            loc="Cap-Ferret",
        ),
        b=person(
            "Héloïse Bernadet",
            "Je broie les écailles en grit pour les poules et les potagers.",
            "Du calcaire marin gratuit, ramassé chaque semaine.",
            "Rien ne se perd.",
            tz=1,
            langs=["fr"],
            loc="Arcachon",
        ),
        twin=person(
            "Rodolphe Mazars",
            "Je fais du grit pour volailles avec des écailles broyées.",
            "Il me faut un broyeur à marteaux d'occasion.",
            "Rien ne se perd.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Maïté Nespoulous",
            "Touriste à Bordeaux, j'adore les fruits de mer.",
            "Je cherche une bonne table pour déguster des huîtres en terrasse.",
            "Profiter.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Teva Haumani",
            "Je broie les écailles en grit pour poules, à Tahiti.",
            "Du calcaire marin gratuit chaque semaine.",
            "Rien ne se perd.",
            tz=-10,
            langs=["fr"],
        ),
    ),
    # 106 --------------------------------------------------------------- trap: language
    pair(
        106,
        "cross",
        "underwater-wreck-photogrammetry",
        "A directs an underwater excavation and needs the wreck recorded in 3D; B is a "
        "diver who does photogrammetry and wants archaeological sites.",
        a=person(
            "Isaure Pélaprat",
            """Je suis archéologue au DRASSM et je dirige les fouilles d'une épave de
            navire marchand du XVIIe siècle au large de Marseille, par trente mètres de
            fond. Nous avons le bateau de recherche, le financement pour trois campagnes,
            une équipe de plongeurs professionnels et un laboratoire pour les objets
            remontés.""",
            """Il me faut quelqu'un qui sache prendre des images du site sous l'eau de façon systématique et en tirer un modèle 3D précis au centimètre, à chaque étape de la fouille, pour qu'on puisse mesurer, publier et montrer l'épave au public sans la toucher. La campagne commence en juin et dure huit semaines. Nous pouvons loger un membre d'équipe supplémentaire à bord.""",
            "Une épave est une archive, pas un trésor.",
            tz=1,
            langs=["fr"],
            loc="Marseille",
        ),
        b=person(
            "Lysander Crewe",
            """I am a commercial diver and survey photographer. I photograph shipwrecks
            and reefs in overlapping grids with calibrated cameras and strobes, then build
            scaled three-dimensional models accurate to a few millimetres. I have modelled
            twenty wrecks in British waters for a maritime trust and a university, and I
            can train archaeologists to shoot their own data.""",
            """I am looking for excavations with proper funding and a research boat, where I can record the same site season after season and co-author the results. I bring my own cameras and lights. I can also teach the team to collect data when I am away.""",
            "Record everything, disturb nothing.",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Plymouth",
        ),
        twin=person(
            "Ambrose Hesketh",
            """Survey diver with calibrated cameras and strobes; I photograph wrecks and reefs in grids and build millimetre-accurate 3D models for a maritime trust and two universities.""",
            "I need a render farm to rent by the hour for my biggest models.",
            "Disturb nothing.",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Joachim Raynal",
            "Moniteur de plongée à Cassis, j'emmène des clients expérimentés sur les tombants et les grottes de la côte.",
            "Je veux emmener mes clients plonger sur une épave ancienne.",
            "Le bleu.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Perpetua Grenville",
            """Survey diver; I photograph wrecks in grids with calibrated cameras and build scaled 3D models accurate to a few millimetres.""",
            "Funded excavations with a research boat, season after season.",
            "Disturb nothing.",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
    ),
    # 107 --------------------------------------------------------------- trap: consent
    pair(
        107,
        "en",
        "hospice-music-therapy",
        "A's children's hospice has families asking for music; B is a registered music "
        "therapist who wants a funded post two days a week.",
        a=person(
            "Geraldine Ibbotson",
            """I am the director of care at a children's hospice in Leeds: ten beds, a
            family flat, a sensory room and a garden, and about three hundred families we
            support at home as well. Our fundraising team has just been left a legacy that
            the trustees want spent on something the children will feel.""",
            """Parents keep asking for music: for children who cannot speak, for brothers
            and sisters who are angry, for the last days. I need a qualified music
            therapist who can work with very sick children and their families, on the
            ward and at home, and record what helps.""",
            "Every day should have something good in it.",
            ro=["operations", "finance"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        b=person(
            "Niamh Kenyon",
            "Registered clinician using harp, voice and drums with youngsters, HCPC.",
            "A care charity that funds two days a week.",
            "Meet them where they are.",
            ro=["domain"],
            rs=["finance"],
            tz=0,
            langs=["en"],
            loc="Wakefield",
        ),
        twin=person(
            "Orla Beckwith",
            "Registered music therapist working with children; harp and voice.",
            "I need a harp maker to restring and regulate my concert harp.",
            "Meet them where they are.",
            ro=["domain"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Dominic Fairclough-Hay",
            "Events manager at a Leeds bank, we raise money every year.",
            "I want a local charity for our staff fun run to support.",
            "Give back.",
            ro=["marketing"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Sinéad Whitlam",
            "Paediatric music therapist; harp, voice, drums.",
            "A hospice that funds two days a week.",
            "Meet them where they are.",
            ro=["domain"],
            rs=["finance"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 108 --------------------------------------------------------------- trap: visibility
    pair(
        108,
        "cross",
        "stage-costume-sweat-cleaning",
        "A's touring ballet costumes rot with sweat because they cannot be washed; B cleans "
        "stage costumes without water and wants a touring company as a client.",
        a=person(
            "Henrietta Livesey",
            """I run wardrobe for a ballet company that tours sixty venues a year in
            Britain and Europe, with a truck of costumes, two wardrobe assistants and a
            budget for maintenance. Many of the costumes are hand-beaded tutus and velvet
            doublets worth thousands each, made to last twenty years.""",
            """After every show, sixty costumes come off soaked. They cannot go in a
            machine, dry cleaning every week ruins them, so they are sprayed and hung on
            rails in the truck. By the end of a tour they smell, the linings rot, the
            dancers complain and we replace pieces that should have lasted a decade.""",
            "The audience sees the magic; we see the sweat.",
            tz=0,
            langs=["en", "fr"],
            loc="Birmingham",
        ),
        b=person(
            "Roseline Verdurier",
            """Je nettoie les tenues de scène sans eau depuis douze ans: vaporisation à la
            vodka, ozone dans une cabine mobile, brossage et séchage ventilé, réparations
            des doublures sur place. Je travaille pour deux opéras et un cirque, et je me
            déplace avec ma cabine dans une camionnette.""",
            """Je voudrais une compagnie en tournée qui m'emmène avec elle sur une saison, pour prouver que la méthode garde les tenues en bon état sur des mois de route. Ma camionnette suit les camions de tournée sans difficulté. Je peux aussi former une habilleuse de la compagnie.""",
            "Un costume propre danse mieux.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        twin=person(
            "Clarisse Beaujeu",
            """Je nettoie sans eau les costumes de scène: vaporisation à la vodka, ozone dans une cabine mobile, brossage, séchage ventilé. Je travaille pour un théâtre national et deux compagnies de danse.""",
            "Il me faut un générateur d'ozone plus puissant, d'occasion.",
            "Un costume propre.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Felicity Wragge",
            "Ballet graduate from a school in London, hoping for a first contract with a company that tours.",
            "I want an audition with a touring ballet company.",
            "Dance every day.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Mireille Casenave",
            """Nettoyage sans eau des costumes de scène, vodka et cabine à ozone dans une camionnette, réparations des doublures sur place.""",
            "Une compagnie en tournée qui m'emmène sur une saison.",
            "Un costume propre.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 109 --------------------------------------------------------------- trap: commitment
    pair(
        109,
        "mixed",
        "medicinal-herb-growing",
        "A is a herbalist who wants organic dried herbs by the kilo; B grows and dries "
        "medicinal plants and wants a buyer for her crop.",
        a=person(
            "Azélie Roubaud",
            "Herboriste à Die, je vends soixante plantes sèches dans ma boutique.",
            "Need a grower of organic medicinal herbs who can send them dried, by the kilo.",
            "Soigner doux.",
            tz=1,
            langs=["fr", "en"],
            loc="Die",
        ),
        b=person(
            "Clementine Openshaw",
            """I left nursing in Manchester for four hectares in the Drôme valley, where I
            grow calendula, lemon balm, thyme, hyssop, yarrow and a dozen others under the bio label. I harvest by hand at the right hour, dry everything in a solar
            barn on slatted racks, and I have the lab tests to prove the active content.""",
            """I sell at two markets and it is exhausting. I want a shop or a practitioner
            nearby who will buy most of the crop every season at a fair price, and tell me
            what to sow next year.""",
            "Grow slowly, dry gently, sell honestly.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["en", "fr"],
            loc="Crest",
        ),
        twin=person(
            "Harriet Muncaster",
            "Organic grower of medicinal plants in the Drôme: calendula, thyme, lemon balm, hyssop and yarrow, hand-picked and dried slowly in a solar barn on slatted racks.",
            "I need a distiller to make essential oils from my lavender and thyme.",
            "Dry gently.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Mélodie Arnavon",
            "Naturopathe à Valence, j'ouvre mon cabinet au printemps après trois ans de formation.",
            "I'd like a herbalist's shop to send my clients to.",
            "Prendre soin.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Rosalind Pickford",
            "Organic medicinal herbs from the Drôme, hand-picked and solar-dried: calendula, lemon balm, thyme, yarrow, with lab tests.",
            "A shop nearby that buys most of my crop each season.",
            "Dry gently.",
            ro=["domain"],
            rs=["sales"],
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 110 --------------------------------------------------------------- trap: timezone
    pair(
        110,
        "cross",
        "natural-dyed-rug-repair-wool",
        "A restores antique rugs and needs wool dyed to match; B dyes small skeins with "
        "plant dyes matched to samples.",
        a=person(
            "Nour Benaissa-Vidal",
            "Restauratrice de tapis anciens à Paris, atelier de six personnes.",
            "Qqn qui teigne la laine avec des plantes pour retoucher mes tapis à l'identique.",
            "Réparer sans effacer.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        b=person(
            "Bryony Thackwray",
            "Natural dyer: madder, weld, indigo; small skeins matched to samples.",
            "Restorers who send me samples to match every month.",
            "Colour from the ground.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="Hebden Bridge",
        ),
        twin=person(
            "Willow Rawsthorne",
            "I dye yarn with madder, weld and indigo, in small batches.",
            "I need a spinner who makes me a fine two-ply worsted.",
            "Colour from the ground.",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Lancelot Brivet",
            "Antiquaire, je vends des tapis anciens à Saint-Ouen.",
            "Je veux faire restaurer dix tapis avant le salon d'automne.",
            "Le beau qui dure.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Aiko Lindqvist-Hara",
            "Natural dyer in Osaka: madder, weld, indigo, skeins matched to samples.",
            "Restorers who send samples to match.",
            "Colour from the ground.",
            ro=["operations"],
            rs=["sales"],
            tz=9,
            langs=["en", "fr"],
        ),
    ),
]
