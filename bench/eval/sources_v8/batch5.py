"""Pairs 41-50 of complementary_v8."""

from people import pair, person

PAIRS = [
    # 41 ---------------------------------------------------------------- trap: language
    pair(
        41,
        "en",
        "oak-lock-gates",
        "A's canal society has money and permission to reopen a flight of locks but no gates; "
        "B builds oak lock gates and wants a long contract.",
        a=person(
            "Benedict Arkwright-Sloane",
            """I am the treasurer of a canal society in Shropshire that has spent thirty
            years digging out a derelict branch by hand. We now own the towpath, we have
            the navigation authority's consent, a grant of nearly a million pounds from two
            trusts and the lottery, and a work party of sixty volunteers who turn up every
            weekend. The chambers of the six locks have been rebuilt in brick.""",
            """What we still lack is someone who can make the gates: twelve pairs of heavy
            oak ones, with balance beams, paddles and ironwork, to the old drawings, and
            who will hang them and come back to adjust them after the first winter.""",
            "Finish what the old navvies started.",
            ro=["finance", "legal"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Ellesmere",
        ),
        b=person(
            "Wilfred Tennyson-Hoare",
            """I learned my trade in the navigation authority's workshop in Bradley, where
            every gate on the system used to be made, and went independent when they
            contracted it out. My yard has a travelling crane, a big planer and a stack of
            seasoned English oak. I can work from old plans or survey a chamber myself,
            and I have made and fitted more than two hundred of them.""",
            """Single gates for emergencies keep me busy in bursts. I would like one
            client with a funded, multi-year programme so that I can take on two
            apprentices and buy oak ahead at a sensible price.""",
            "Build it to outlast me.",
            ro=["domain"],
            rs=["finance"],
            tz=0,
            langs=["en"],
            loc="Wolverhampton",
        ),
        twin=person(
            "Horace Cattermole",
            """Carpenter of canal and river lock gates in English oak, forty years' experience. My yard has a crane, a planer and seasoned timber, and I have made gates for navigation trusts from Lancashire to Kent, working from old plans or my own survey.""",
            "I need a timber merchant who can find me ten-metre oak beams every year.",
            "Build it to outlast me.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Primrose Talbot-Enfield",
            "I hire out narrowboats for weekly holidays from a marina in Cheshire; eight boats, families and retired couples, mostly first-timers.",
            "I want a newly reopened canal branch for my customers to cruise.",
            "Slow travel.",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Fulgence Salvagnac",
            "Je fabrique des portes d'écluse en chêne, avec grue et raboteuse, d'après les anciens plans ou mes propres relevés; plus de cent cinquante portes posées.",
            "Un client avec un programme financé sur plusieurs années.",
            "Construire pour durer.",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 42 ---------------------------------------------------------------- trap: consent
    pair(
        42,
        "cross",
        "donated-english-books",
        "A's library is swamped with donated English books; B sells second-hand English "
        "books and buys big lots.",
        a=person(
            "Marie-Josèphe Faurissou",
            "Bibliothécaire en Dordogne: 3 000 livres anglais donnés dans la réserve.",
            "Personne ne les trie, on n'a plus de place, on ne sait pas quoi en faire.",
            "Un livre doit être lu.",
            tz=1,
            langs=["fr"],
            loc="Bergerac",
        ),
        b=person(
            "Giles Jasperson",
            "Second-hand bookseller in Bath; I buy and sort whole lots and sell online.",
            "Large lots of English-language titles, cheap, collected by van.",
            "Every book finds a reader.",
            tz=0,
            langs=["en", "fr"],
            loc="Bath",
        ),
        twin=person(
            "Horatia Kersey",
            "I deal in used English books and sell them online by the thousand.",
            "I need warehouse space near Bristol, 200 square metres, cheap.",
            "Every book finds a reader.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Bruno Tarrisse",
            "Retraité à Sarlat, je lis beaucoup de romans policiers.",
            "Je veux emprunter des polars en version originale pour apprendre.",
            "Lire tous les jours.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Clement Arbuthnot",
            "Used-book dealer; I buy and sort whole libraries and sell online.",
            "Big lots of books in English, cheap; I collect with my van.",
            "Every book finds a reader.",
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 43 ---------------------------------------------------------------- trap: visibility
    pair(
        43,
        "mixed",
        "town-carillon",
        "A's town has a restored carillon and nobody to play it; B is a trained carillonneur "
        "who needs a town with an instrument, a salary and pupils.",
        a=person(
            "Véronique Dewaeleyne",
            """Je suis chargée de la culture à la mairie de Bailleul, dans le Nord. Notre
            beffroi a un carillon de 49 cloches, restauré l'an dernier pour 400 000 euros,
            une salle de répétition avec un clavier d'étude, et un budget pour un poste à
            mi-temps. Les habitants aiment ce son, ils le réclament.""",
            """But our old player retired and moved south. We need a bell player who will
            play the Sunday and market-day concerts, ring for weddings and the carnival, and
            teach a few local kids so that in ten years someone from here takes over.""",
            """Le beffroi, c'est notre voix. Music in the square is for everyone, free.""",
            ro=["operations", "finance"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Bailleul",
        ),
        b=person(
            "Evangeline Marwood",
            """I trained for four years at the carillon school in Mechelen and I play the
            instruments at a university in England as a volunteer, around my job in a
            library. I arrange my own music, folk songs, film themes and Bach, and I have
            taught six students, two of whom now have their own towers.""",
            """I would give up the library tomorrow for a real post: a town with a working
            instrument, a proper part-time salary, some pupils and an audience in the
            square. I can move anywhere within reach of England by train.""",
            "Bells belong to the whole town, not to the player.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            loc="Cambridge",
        ),
        twin=person(
            "Algernon Lethbridge",
            """Carillonneur trained in Mechelen; I play a tower in the Netherlands every Sunday and I arrange folk songs, film themes and Bach for 49 bells. I also teach three students by video and in person.""",
            """I need a publisher who will print my arrangements as a songbook for
            players.""",
            "Bells belong to the town.",
            ro=["domain"],
            rs=["marketing"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Anaïs Vandewalle",
            "Je suis professeure d'histoire dans un collège de Bailleul et j'emmène mes élèves voir les monuments de la ville une fois par trimestre.",
            "I'd like a guided visit of the bell tower for thirty pupils.",
            "Apprendre en montant.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Rosalind Mewton",
            """Trained carillonneur; I arrange my own music, folk songs and Bach, teach beginners, and I would move for a proper post in a town with a tower.""",
            "A town with a working instrument, a part-time salary and pupils.",
            "Bells belong to the town.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 44 ---------------------------------------------------------------- trap: commitment
    pair(
        44,
        "cross",
        "allotment-glut-preserving",
        "A's allotment site drowns in surplus vegetables each August; B runs a mobile "
        "preserving kitchen and wants produce in bulk.",
        a=person(
            "Hyacinth Pottinger",
            "Allotment association, Bristol: 120 plots and a mountain of spare courgettes.",
            "Someone who'll turn our August gluts into chutney and jars to sell.",
            "Grow, share, waste nothing.",
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
        b=person(
            "Léontine Usclade",
            """J'ai aménagé une conserverie dans une remorque: autoclave, marmites, table
            inox, étiqueteuse. Je me déplace chez les maraîchers et dans les jardins
            partagés et je transforme sur place les légumes en bocaux, coulis, pickles et
            confitures, en respectant les normes sanitaires, avec les recettes de chacun.""",
            """Il me faut des volumes de légumes réguliers entre juillet et octobre, et un groupe de jardiniers ou un collectif qui partage les bocaux et m'aide à les vendre, ici ou ailleurs. Je passe deux jours par site, parfois trois. Les recettes restent celles des jardiniers.""",
            "Un bocal, c'est l'été en hiver.",
            tz=1,
            langs=["fr", "en"],
            loc="Cherbourg",
        ),
        twin=person(
            "Gervaise Lamorlette",
            "Conserverie mobile: autoclave, marmites, table inox et étiqueteuse dans une remorque. Je me déplace chez les maraîchers et les jardins partagés et je transforme sur place leurs légumes en bocaux, coulis et pickles, aux normes sanitaires.",
            "Il me faut un imprimeur qui me fasse des étiquettes en petites séries.",
            "L'été en hiver.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Oswald Trenchard",
            "Retired and new to Bristol after thirty years in an office in Reading, I've never grown a thing but I have plenty of time and a strong back.",
            "I want a plot on an allotment site and someone to show me how.",
            "Never too late.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Apolline Brasseuil",
            """Ma conserverie roule: autoclave et marmites dans une remorque, je transforme les légumes sur place en bocaux, pickles, coulis, aux normes.""",
            "Des volumes de légumes en été et un groupe qui partage les bocaux.",
            "L'été en hiver.",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 45 ---------------------------------------------------------------- trap: timezone
    pair(
        45,
        "fr",
        "village-wind-band-revival",
        "A's town band is down to a dozen elderly players with instruments in cupboards; B "
        "teaches adult beginners to play in a band within months.",
        a=person(
            "Marcel Dubouchet",
            """Je préside l'harmonie municipale d'un bourg de Haute-Loire, fondée en 1882.
            Nous avons une salle de répétition chauffée prêtée par la mairie, une
            cinquantaine d'instruments rangés dans des placards, des partitions pour trois
            générations, et une subvention qui tombe chaque année.""",
            """Il ne reste que douze musiciens, tous au-dessus de soixante ans. Au 14
            juillet on ne remplit plus le kiosque, les jeunes partent au lycée en ville et
            ne reviennent pas, et les nouveaux habitants n'osent pas venir parce qu'ils
            n'ont jamais lu une note. Dans cinq ans, ce sera fini.""",
            "Une fanfare, c'est la fête de tout le monde.",
            tz=1,
            langs=["fr"],
            loc="Yssingeaux",
        ),
        b=person(
            "Ségolène Piganiol",
            """Professeure de trompette, j'ai une méthode pour monter en six mois un
            orchestre d'adultes qui n'ont jamais joué: on apprend ensemble, d'oreille puis
            sur partition, avec des morceaux simples écrits pour chaque groupe. Je l'ai fait
            à Saint-Étienne et au Puy.""",
            """Il me faut un lieu où l'on peut emprunter trompettes et clarinettes, une pièce pour répéter, et des musiciens déjà en place prêts à accueillir les débutants et à jouer avec eux. Je peux venir un soir par semaine pendant un an. Ensuite, l'orchestre doit tenir debout tout seul.""",
            "Personne n'est trop vieux pour souffler.",
            tz=1,
            langs=["fr"],
            loc="Le Puy-en-Velay",
        ),
        twin=person(
            "Aurélie Chanteperdrix",
            """Professeure de saxophone, je lance des orchestres de grands débutants en six mois: on joue ensemble dès le premier soir, d'oreille puis sur partition. Je l'ai fait dans deux villes de la Loire avec des adultes qui n'avaient jamais touché un instrument.""",
            """Il me faut un compositeur qui écrive pour moi des morceaux faciles à trois
            voix.""",
            "Personne n'est trop vieux.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Damien Grangeon",
            "Je fais des vidéos sur les traditions de Haute-Loire, les fêtes de village, les métiers et les musiques, diffusées en ligne et à la télévision locale.",
            "Je voudrais filmer une vieille fanfare pendant une année.",
            "Garder une trace.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Évelyne Astruc",
            """Professeure de trompette à Saint-Boniface, au Manitoba, j'apprends à des adultes débutants à jouer ensemble en six mois, d'oreille puis sur partition.""",
            "Une harmonie avec des instruments, une salle et des anciens accueillants.",
            "Personne n'est trop vieux.",
            tz=-6,
            langs=["fr"],
        ),
    ),
    # 46 ---------------------------------------------------------------- trap: language
    pair(
        46,
        "cross",
        "wood-ash-glazes",
        "A fires pots in a wood kiln and wants glazes made from her own ash; B formulates "
        "lead-free glazes from ash and rock and sells recipes.",
        a=person(
            "Gisèle Barthomeuf",
            """Potière à Saint-Amand-en-Puisaye, je cuis au bois dans un four couché de douze
            mètres, trois fois par an, avec des amis qui se relaient jour et nuit. Je fais
            des bols, des jarres et des pichets de grès qui se vendent bien dans les
            galeries. Chaque cuisson me laisse des brouettes de cendres de chêne et
            d'acacia.""",
            """Il me faut qqn qui sache faire des émaux avec ces cendres, qui teste et mette au point des recettes fiables sans plomb, et m'explique pourquoi une couleur coule ou craquelle. Je peux payer les essais et partager les pièces réussies. J'aimerais surtout comprendre, pas seulement recevoir des formules.""",
            "La flamme décide, on l'accompagne.",
            ro=["design"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Puisaye",
        ),
        b=person(
            "Ingrid Halvorsen-Pike",
            "Glaze chemist: lead-free recipes from local ash and rock, tested.",
            "Potters who'll pay per recipe and send me their raw ingredients.",
            "Test tiles never lie.",
            tz=0,
            langs=["en", "fr"],
            loc="Stoke-on-Trent",
        ),
        twin=person(
            "Magnus Threadgold",
            "Ceramic chemist; I work out lead-free recipes from ash and rock.",
            "I need a lab with a spectrometer to rent by the day.",
            "Test tiles never lie.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Romane Chevrolat",
            "Je tiens une galerie d'artisanat à Auxerre.",
            "Je cherche des pièces de grès cuites au bois pour mon exposition d'automne.",
            "Le beau, le vrai.",
            ro=["sales"],
            rs=["design"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tabitha Wickenden",
            "Glaze chemist; tested lead-free recipes from ash and local rock.",
            "Potters who pay per recipe and post me their materials.",
            "Test tiles never lie.",
            tz=0,
            langs=["en"],
        ),
    ),
    # 47 ---------------------------------------------------------------- trap: consent
    pair(
        47,
        "en",
        "kilt-hire",
        "A calls ceilidh dances for tourists who want to dress up; B makes kilts and has a "
        "hire stock nobody books.",
        a=person(
            "Fergus McIlwraith",
            "Ceilidh caller in Glasgow; weekly dances for 150 visitors.",
            "Someone with a stock of kilts to hire to our dancers by the night.",
            "Everyone dances.",
            tz=0,
            langs=["en"],
            loc="Glasgow",
        ),
        b=person(
            "Morag Cairncross",
            "Kiltmaker; 80 hire outfits, all sizes, sitting in my back room.",
            "A venue that sends me bookings every week.",
            "Wear it with pride.",
            tz=0,
            langs=["en"],
            loc="Paisley",
        ),
        twin=person(
            "Euan Nankivell",
            "I make kilts to measure and keep a small stock of hire outfits.",
            "I need a weaver who'll make a clan tartan in short runs.",
            "Wear it with pride.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Kirsty Lamont",
            "Fiddler and student, I play reels and jigs.",
            "I want a paid gig with a ceilidh band every week.",
            "Keep the tunes alive.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Iain Dalgleish",
            "Kiltmaker with 60 hire outfits in all sizes.",
            "A venue that books them every week.",
            "Wear it with pride.",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 48 ---------------------------------------------------------------- trap: visibility
    pair(
        48,
        "cross",
        "group-string-teaching",
        "A's primary school loses its young violinists after one term; B teaches strings to "
        "whole groups through playing together and wants a school to run it.",
        a=person(
            "Harriet Dunwoody",
            "Head of a primary school in Leicester, 420 pupils, a box of violins.",
            "Children give up the violin after a term; parents stop paying.",
            "Music is not a luxury.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Leicester",
        ),
        b=person(
            "Bertille Chassagnol",
            """Violoniste et pédagogue, j'enseigne les cordes à des classes entières, sans
            solfège au début: les enfants jouent ensemble dès la première semaine, en
            orchestre, par cœur, et les plus grands aident les petits. Je l'ai fait dans
            quatre écoles de quartiers populaires à Lyon, avec des concerts chaque trimestre devant les familles.""",
            """Je voudrais une école qui me confie deux classes pendant trois ans, avec des instruments, une salle et une direction qui y croit, pour montrer que la méthode marche aussi ailleurs. Je peux m'installer près de l'école. Je demande aussi un peu de temps pour former un collègue sur place.""",
            "On apprend la musique en la faisant avec les autres.",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        twin=person(
            "Églantine Vuarchex",
            """J'enseigne le violon en orchestre à des classes entières, sans solfège au début: les enfants jouent ensemble dès la première semaine et donnent un concert chaque trimestre. J'ai monté ce programme dans trois écoles de Grenoble.""",
            """Il me faut un luthier qui entretienne soixante violons d'élèves à petit
            prix.""",
            "On apprend en jouant.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Rajesh Bhandari",
            "Parent of a seven-year-old in Leicester who loves music and sings all day; we cannot afford private lessons.",
            "I want my daughter to have free violin lessons at school.",
            "Give every child a chance.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Jehanne Malcuit",
            """J'apprends les cordes à des classes entières en orchestre, par cœur, dès la première semaine, avec un concert chaque trimestre.""",
            "Une école qui me confie deux classes pendant trois ans.",
            "On apprend en jouant.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 49 ---------------------------------------------------------------- trap: commitment
    pair(
        49,
        "mixed",
        "market-stall-awnings",
        "A sells cheese on markets under a torn canopy; B sews heavy canvas awnings to "
        "measure and wants market traders as clients.",
        a=person(
            "Yannick Le Cambon",
            "Je vends du fromage sur cinq marchés bretons, mon barnum est déchiré.",
            "Need someone who sews a proper heavy canvas roof for my stall.",
            "Le client au sec.",
            ro=["sales"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
            loc="Quimper",
        ),
        b=person(
            "Rowan Ogborne",
            "I make awnings and covers, striped or plain, cut to measure.",
            "Traders on the markets as clients, by word of mouth.",
            "Built for rain.",
            ro=["design"],
            rs=["marketing"],
            tz=1,
            langs=["en", "fr"],
            loc="Morlaix",
        ),
        twin=person(
            "Maisie Pidgeon",
            "Canvas maker: awnings, boat covers, cut and sewn to measure.",
            "I need an industrial sewing machine, second-hand, cheap.",
            "Built for rain.",
            ro=["design"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Soazig Le Espinasse",
            "Je tiens un restaurant à Quimper, cuisine du marché.",
            "I'd like a cheese seller who delivers to my kitchen twice a week.",
            "Du frais.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Corin Whitbread",
            "I sew canvas awnings and covers to measure, striped or plain.",
            "Market traders as clients.",
            "Built for rain.",
            ro=["design"],
            rs=["marketing"],
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 50 ---------------------------------------------------------------- trap: timezone
    pair(
        50,
        "cross",
        "deer-rut-photo-hides",
        "A manages a Sologne estate where the stags' rut draws photographers; B designs and "
        "builds camouflaged wildlife hides and wants a site with big animals.",
        a=person(
            "Thibaut de Villecourt",
            """Je gère un domaine de huit cents hectares en Sologne, forêt, landes et étangs,
            hérité de ma grand-mère. Chaque automne, le brame des cerfs attire des
            photographes qui viennent de loin et campent n'importe où; je préfère les
            accueillir correctement, contre un droit d'entrée, avec un garde qui connaît
            les places et une maison de chasse où ils peuvent dormir.""",
            """Je cherche quelqu'un qui sache concevoir et construire des affûts: des
            cabanes d'observation camouflées, chauffées, où l'on entre sans être vu ni
            senti, bien placées au bord des clairières, et qui sache ensuite les faire connaître aux chasseurs d'images.""",
            "Les bêtes d'abord, les photos ensuite.",
            ro=["operations", "finance"],
            rs=["design"],
            tz=1,
            langs=["fr"],
            loc="Sologne",
        ),
        b=person(
            "Caspian Rendle",
            """I am a wildlife cameraman turned builder. For eight years I have designed
            and built hides for nature reserves and private estates in Scotland: sunken,
            turf-roofed, with one-way glass, a stove and a bunk, approached through a
            screened path so that the animals never see anyone come or go. My hides for
            eagles and otters are booked a year ahead by photographers.""",
            """I want a landowner on the continent with big, shy animals, red deer or boar, who will put up the land and a warden, and share the booking income with me over ten years. I would build the first two hides myself over a winter. After that, the warden runs them and I market them.""",
            "The animal must never know we were there.",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            loc="Inverness",
        ),
        twin=person(
            "Ptolemy Skewes",
            """I build sunken, turf-roofed wildlife hides with one-way glass, a stove and a bunk, for reserves and estates in Scotland and the north of England. My hides for otters, eagles and badgers are booked by photographers all year.""",
            """I need an optics maker who will sell me one-way glass panels at trade
            price.""",
            "The animal must never know.",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Gonzague Marescot",
            "Photographe animalier amateur, je vis à Orléans et je passe mes week-ends en forêt avec mon appareil et un long objectif.",
            "Je veux assister au brame du cerf en Sologne cet automne.",
            "Le silence de la forêt.",
            ro=["marketing"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Dakota Whitehorse",
            """Hide builder in Manitoba; sunken, heated wildlife hides with one-way glass, a bunk and a screened approach path, booked by photographers all year.""",
            "A landowner with red deer or boar who shares booking income over ten years.",
            "The animal must never know.",
            ro=["design"],
            rs=["operations"],
            tz=-6,
            langs=["en", "fr"],
        ),
    ),
]
