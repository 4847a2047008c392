"""Pairs 81-96 of complementary_v4."""

from people import pair, person

PAIRS = [
    # 81 ---------------------------------------------------------------- trap: language
    pair(
        81,
        "cross",
        "saffron",
        "A grows saffron in the Quercy and wants it sold to chefs abroad at the right price; "
        "B is a spice trader who wants a traceable European saffron.",
        a=person(
            "Mireille Castagnède",
            """Je cultive le safran sur un hectare près de Cahors depuis neuf ans : 9 kilos
            l'an dernier, tout émondé à la main avec six voisines. Il est analysé chaque
            année et classé dans la meilleure catégorie.""",
            """Je le vends au marché, à un prix qui ne paie pas le travail. Il me faut un
            associé qui connaît les acheteurs d'épices fines à l'étranger, les grands
            restaurants, les contrôles de qualité et la façon de lutter contre les
            fraudes.""",
            """Une fleur, trois stigmates, pas de mélange.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Cahors",
        ),
        b=person(
            "Farhad Karimi",
            """Spice trader for twenty years between Iran, Spain and London; I supply 90
            restaurants and two fine-food shops, and I test every lot in an independent lab
            because fraud is everywhere in this trade. I studied in Toulouse, so French is
            fine with me.""",
            """Sanctions made Iranian saffron hard to sell. I want a European grower with top
            grades and full traceability, who can grow with me.""",
            """Honest labels. No dyed safflower sold as saffron.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr", "fa"],
            loc="London",
        ),
        twin=person(
            "Lionel Haddad",
            """Spice trader supplying supermarkets with pepper and cinnamon.""",
            """A packaging factory partner to cut costs.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Émile Cassan",
            """Je veux planter du safran et je n'y connais rien.""",
            """Une safranière qui me forme et me vend des bulbes.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Zara Hussain",
            """Fine spice trader, lab-tested lots, London restaurants.""",
            """A European saffron grower with top grades.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
    ),
    # 82 ---------------------------------------------------------------- trap: consent
    pair(
        82,
        "en",
        "bridal-resale",
        "A is a seamstress who restyles wedding dresses and wants them resold; B runs a "
        "second-hand bridal shop and wants dresses refitted.",
        a=person(
            "Olga Petrenko",
            "Bridal seamstress; I take in, let out and restyle any wedding dress.",
            """Brides keep asking me what to do with their dress afterwards. I'd like to
            work with a shop that buys worn dresses and sells them again, so I can remake
            them for the next bride.""",
            tz=0,
            langs=["en", "uk"],
            loc="Reading",
        ),
        b=person(
            "Charlotte Bassett",
            "I run a second-hand bridal shop in Oxford; 400 dresses in stock.",
            "A skilled hand who can refit and refresh dresses for new brides.",
            tz=0,
            langs=["en"],
            loc="Oxford",
        ),
        twin=person(
            "Naomi Shaw",
            "I sell second-hand prom dresses online.",
            "A photographer to shoot the dresses.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Becky Long",
            "Getting married in May, dress two sizes too big.",
            "A seamstress who can alter a wedding dress quickly.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Elaine Ford",
            "Second-hand bridal shop, lots of stock.",
            "A seamstress who refits dresses for new brides.",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 83 ---------------------------------------------------------------- trap: visibility
    pair(
        83,
        "cross",
        "parkinson-singing",
        "A is a speech therapist who wants group singing for Parkinson's patients; B leads "
        "community choirs and wants a clinical partner.",
        a=person(
            "Gemma Wallace",
            "Speech therapist; many of my Parkinson's patients lose their voice.",
            "Someone who leads choirs and can make weekly singing fun for them.",
            ro=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Jersey",
        ),
        b=person(
            "Rose-Marie Lebas",
            "Je dirige trois chorales amateurs à Saint-Malo.",
            "Une orthophoniste qui adapte le chant aux malades.",
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Malo",
        ),
        twin=person(
            "Claire Rivet",
            "Je dirige une chorale d'enfants.",
            "Un mécène pour une tournée.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Harold Beck",
            "I have Parkinson's and my voice is fading.",
            "A therapist who can see me every week.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Anne Guérin",
            "Je dirige des chorales amateurs.",
            "Une orthophoniste pour des malades de Parkinson.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 84 ---------------------------------------------------------------- trap: commitment
    pair(
        84,
        "fr",
        "village-shop-coop",
        "A est épicière et veut rouvrir l'épicerie d'un village en coopérative; B anime des "
        "coopératives d'habitants et veut un commerce à porter.",
        a=person(
            "Brigitte Sauvage",
            """Vingt ans d'épicerie en ville : achats, stocks, fournisseurs locaux, caisse,
            hygiène. Je connais les grossistes et quarante producteurs du Morvan.""",
            """La dernière épicerie de Quarré a fermé. Je voudrais la rouvrir, mais pas
            seule : il me faut quelqu'un qui sait embarquer tout le village dans l'affaire, pour
            que chacun en possède un morceau, avec les papiers juridiques et les réunions
            qui vont avec.""",
            """Un village sans commerce se meurt.""",
            ro=["operations"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
            loc="Quarré-les-Tombes",
        ),
        b=person(
            "Thibaud Lacour",
            """J'accompagne des sociétés coopératives d'habitants depuis dix ans : statuts,
            levée de parts, gouvernance. Huit projets lancés en Bourgogne.""",
            """Je cherche une commerçante expérimentée qui sait faire tourner un magasin
            au quotidien et qui veut s'installer dans un village.""",
            """Ce que les gens possèdent ensemble, ils le défendent.""",
            ro=["legal"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Avallon",
        ),
        twin=person(
            "Nathalie Pernot",
            """J'accompagne des coopératives d'énergie solaire.""",
            """Un installateur de panneaux associé.""",
            ro=["legal"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Olivier Dumas",
            """Juriste, je rédige des statuts de coopératives.""",
            """Un promoteur qui fait de l'habitat participatif.""",
            ro=["legal"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Marcel Guyot",
            """Producteur de fromage de chèvre, je cherche des points de vente.""",
            """Une épicière qui vend mes fromages.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Julie Moreau",
            """J'accompagne des coopératives d'habitants.""",
            """Une commerçante qui rouvre une épicerie de village.""",
            ro=["legal"],
            rs=["operations"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 85 ---------------------------------------------------------------- trap: timezone
    pair(
        85,
        "cross",
        "sled-dog-tourism",
        "A is a musher with forty dogs who wants winter tourists; B sells Arctic holidays "
        "and wants a dog-sledding host.",
        a=person(
            "Franck Ruffier",
            "Musher dans le Vercors, 40 chiens, je fais des balades en traîneau.",
            """Je n'arrive pas à remplir mes semaines de janvier. Je cherche quelqu'un qui
            vend des séjours d'hiver à l'étranger, qui fait la pub et les réservations, et
            qui m'envoie des groupes.""",
            tz=1,
            langs=["fr", "en"],
            loc="Vassieux-en-Vercors",
        ),
        b=person(
            "Eilidh MacLeod",
            "I sell winter adventure holidays to UK families; 1,500 guests a year.",
            "A dog-sled host in the French Alps who can welcome our groups.",
            tz=0,
            langs=["en"],
            loc="Inverness",
        ),
        twin=person(
            "Ben Sutton",
            "I sell ski holidays to British schools.",
            "A coach company for transfers.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Sarah Collet",
            "Je fais de la photo animalière.",
            "Un musher qui m'emmène photographier ses chiens.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Jenna Frost",
            "I sell winter holidays to Alaskan visitors.",
            "A musher who welcomes our groups.",
            tz=-9,
            langs=["en"],
        ),
    ),
    # 86 ---------------------------------------------------------------- trap: language
    pair(
        86,
        "mixed",
        "tool-library",
        "A runs a tool library and wants the tools repaired and kept safe; B is a retired "
        "mechanic who wants a place to fix things with others.",
        a=person(
            "Zoé Carpentier",
            "Je gère une bibliothèque d'outils à Lille, 900 outils prêtés.",
            "Someone handy who can fix and safety-check tools every week.",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        b=person(
            "Roger Delattre",
            "Mécanicien à la retraite, je répare tout ce qui a un moteur.",
            "Un lieu où réparer des outils avec d'autres gens.",
            tz=1,
            langs=["fr"],
            loc="Tourcoing",
        ),
        twin=person(
            "Alain Vermersch",
            "Mécanicien retraité, je restaure des motos anciennes.",
            "Un collectionneur qui me confie ses motos.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Léna Dupuis",
            "Je bricole et j'ai besoin d'une perceuse un jour par mois.",
            "Un endroit où emprunter des outils.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Pieter Verstraeten",
            "Gepensioneerd monteur, ik repareer alles.",
            "Een plek om gereedschap te repareren.",
            tz=1,
            langs=["nl"],
        ),
    ),
    # 87 ---------------------------------------------------------------- trap: consent
    pair(
        87,
        "cross",
        "horse-logging",
        "A is a horse logger who wants contracts in protected forests; B manages protected "
        "woodland and wants low-impact timber extraction.",
        a=person(
            "Gareth Jones",
            """Horse logger for fifteen years in Wales and now in the Vosges: three
            Ardennes horses, a forwarding cart and a licence to work in sensitive sites. I
            can extract timber from steep, wet ground without tracks or ruts.""",
            """I need work in forests where machines aren't welcome. I want a partner who
            manages protected woods, knows the foresters and nature agencies, and plans the
            cutting so that my horses fit in.""",
            """Slow work leaves the forest standing.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Gérardmer",
        ),
        b=person(
            "Anne-Laure Pierrat",
            """Ingénieure forestière, je gère 3 000 hectares de forêts classées Natura 2000
            dans les Vosges. Je connais l'ONF, les communes et les associations de
            protection.""",
            """Les débardeuses abîment les sols et les sources. Je cherche un débardeur à
            cheval expérimenté qui peut sortir le bois là où les machines sont interdites.""",
            """Une forêt vivante avant le volume.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Épinal",
        ),
        twin=person(
            "Patrice Didier",
            """Ingénieur forestier pour un groupe papetier.""",
            """Un entrepreneur de travaux forestiers avec de grosses machines.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Sian Evans",
            """I breed Ardennes draft horses in Wales.""",
            """A logger who buys and works my horses.""",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Denise Mathieu",
            """Gestionnaire de forêts protégées dans les Vosges.""",
            """Un débardeur à cheval pour les zones interdites aux machines.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 88 ---------------------------------------------------------------- trap: visibility
    pair(
        88,
        "en",
        "truck-parking",
        "A owns land by a motorway junction and wants secure truck parking; B drove trucks "
        "for years and wants to run a safe stop for drivers.",
        a=person(
            "Geoffrey Lamb",
            "I own five acres of flat land by junction 15 of the M1.",
            """Planning officers say truck parking is badly needed here. I need someone who
            knows what lorry crews want in a stop overnight, showers, food, safety, and can
            run it day and night.""",
            tz=0,
            langs=["en"],
            loc="Northampton",
        ),
        b=person(
            "Steve Murray",
            "HGV driver for 20 years; I know every bad lay-by in England.",
            "A landowner by a main road who'll let me build a proper stop.",
            tz=0,
            langs=["en"],
            loc="Milton Keynes",
        ),
        twin=person(
            "Gary Holt",
            "Retired HGV driver, I teach new drivers.",
            "A training company to hire me.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Martin Stokes",
            "I run a haulage firm; drivers hate sleeping in lay-bys.",
            "A landowner who builds secure parking near the M1.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Dave Kitchen",
            "HGV driver, I know what drivers need at night.",
            "A landowner by a motorway for a truck stop.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 89 ---------------------------------------------------------------- trap: commitment
    pair(
        89,
        "cross",
        "escape-rooms",
        "A writes puzzles and stories and wants them built as escape rooms; B is a set "
        "builder from theatre who wants scripts worth building.",
        a=person(
            "Aurore Lemaître",
            "Autrice de jeux d'énigmes, j'ai écrit 20 scénarios d'enquête.",
            "Qqn qui construit des décors solides avec mécanismes et électronique.",
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Niall Ó Briain",
            "Theatre set builder; hidden doors, props, lights and sensors.",
            "A writer of clever puzzles and stories to build rooms around.",
            tz=1,
            langs=["en", "fr"],
            loc="Geneva",
        ),
        twin=person(
            "Karl Meyer",
            "Set builder for trade fairs and stands.",
            "An events agency with big clients.",
            tz=1,
            langs=["en"],
        ),
        twin2=person(
            "Fanny Girard",
            "Décoratrice de théâtre, je construis des décors.",
            "Une compagnie qui me commande une création par an.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Thomas Weil",
            "J'ai un local vide à Lyon pour un jeu d'évasion.",
            "Une autrice qui écrit les énigmes.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rory Quinn",
            "Set builder, props, hidden doors and sensors.",
            "A puzzle writer to build rooms around.",
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 90 ---------------------------------------------------------------- trap: timezone
    pair(
        90,
        "fr",
        "mobile-abattoir",
        "A est éleveur et veut abattre ses bêtes à la ferme; B est vétérinaire inspecteur "
        "et veut monter un abattoir mobile aux normes.",
        a=person(
            "Jacques Tissandier",
            """Éleveur de bœufs en plein air dans le Cantal, 120 bêtes. Je vends en
            direct à 300 familles, et je préside un groupement de douze éleveurs qui
            veulent la même chose que moi.""",
            """Le transport jusqu'à l'abattoir à deux heures de route stresse mes bêtes et
            abîme la viande. Il me faut quelqu'un qui connaît les exigences sanitaires sur le
            bout des doigts, qui peut faire agréer une unité qui vient à la ferme, et
            former les équipes.""",
            """Une bête bien élevée doit partir sans peur.""",
            ro=["domain", "sales"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
            loc="Aurillac",
        ),
        b=person(
            "Sandrine Vergne",
            """Vétérinaire inspectrice pendant quinze ans en abattoir, je connais chaque
            règle d'hygiène et de protection animale, et les services de l'État.""",
            """Je veux monter un abattoir mobile avec des éleveurs engagés, qui ont des
            bêtes, des clients, et qui fédèrent leurs voisins.""",
            """Le bien-être animal jusqu'au bout.""",
            ro=["legal", "domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Saint-Flour",
        ),
        twin=person(
            "Eric Lavergne",
            """Vétérinaire inspecteur, je contrôle les cantines.""",
            """Un développeur pour une appli d'inspection.""",
            ro=["legal"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Aline Bouyssou",
            """Bouchère à Clermont, je cherche de la viande fermière.""",
            """Un éleveur qui me vend ses bêtes.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Luc Bergeron",
            """Vétérinaire inspecteur au Québec, abattoirs mobiles.""",
            """Des éleveurs engagés qui fédèrent leurs voisins.""",
            ro=["legal"],
            rs=["sales"],
            tz=-8,
            langs=["fr"],
        ),
    ),
    # 91 ---------------------------------------------------------------- trap: language
    pair(
        91,
        "cross",
        "geothermal-drilling",
        "A is a driller who wants to drill heat-pump boreholes for homes; B designs "
        "ground-source heating and wants a driller.",
        a=person(
            "Simon Hartley",
            "Water-well driller, 18 years, two rigs.",
            """Wells are drying up as a business. I want a partner who designs heating
            systems that use the ground, and who can send me borehole jobs in homes and
            schools.""",
            tz=1,
            langs=["en"],
            loc="Luxembourg",
        ),
        b=person(
            "Nicolas Faivre",
            "Je conçois des pompes à chaleur géothermiques et je parle anglais.",
            "Un foreur avec ses machines pour mes chantiers.",
            tz=1,
            langs=["fr", "en"],
            loc="Metz",
        ),
        twin=person(
            "Amélie Roussel",
            "Je conçois des réseaux de chaleur pour les villes.",
            "Un financeur public.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Chris Dolan",
            "My farm needs a new water well.",
            "A driller with a rig.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Bertrand Muller",
            "Je conçois des pompes à chaleur géothermiques.",
            "Un foreur avec ses machines.",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 92 ---------------------------------------------------------------- trap: consent
    pair(
        92,
        "mixed",
        "apprentice-housing",
        "A trains apprentices who can't find rooms near their employer; B renovates empty "
        "flats above shops and wants reliable young tenants.",
        a=person(
            "Sylvain Morel",
            "Je dirige un CFA du bâtiment à Angers, 600 apprentis, many from far away.",
            "Someone with cheap rooms near the firms, for 1 or 2 weeks at a time.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Angers",
        ),
        b=person(
            "Inès Guillot",
            "Je rénove des appartements vides au-dessus des commerces.",
            "Un organisme qui m'envoie des locataires sérieux toute l'année.",
            tz=1,
            langs=["fr"],
            loc="Angers",
        ),
        twin=person(
            "Romain Drouet",
            "Je rénove des maisons pour les louer aux touristes.",
            "Une agence de location saisonnière.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Loïc Hamel",
            "Patron d'une PME de plomberie, je cherche des apprentis.",
            "Un CFA qui m'envoie des jeunes motivés.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Sabrina Lopez",
            "Je rénove des appartements au-dessus des commerces.",
            "Un organisme qui m'envoie des locataires.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 93 ---------------------------------------------------------------- trap: visibility
    pair(
        93,
        "cross",
        "audiobook-narration",
        "A is a voice actor who wants to narrate French audiobooks for export; B runs an "
        "audiobook production studio and wants French voices.",
        a=person(
            "Gilles Marceau",
            """Comédien depuis vingt-cinq ans, j'ai prêté ma voix à des documentaires et à
            quarante livres audio. Je sais tenir un texte de dix heures sans fatiguer.""",
            """Les éditeurs français paient mal et commandent peu. Je cherche quelqu'un qui
            a un studio, des contrats avec des plateformes étrangères, et qui sait diriger
            une lecture et livrer des fichiers aux normes.""",
            """Un livre lu doit garder la voix de son auteur.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Rachel Stern",
            """I run an audiobook studio in London; we produce 300 titles a year for three
            global platforms, and we direct, edit and master everything in-house.""",
            """Our clients want French titles and we have no French narrators we trust. I'm
            looking for an experienced French voice who can carry a long book.""",
            """Quality of voice before speed.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Tobias Reed",
            """Audiobook studio, we produce podcasts too.""",
            """An advertising sales partner.""",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Claudine Voisin",
            """Romancière, je veux une version audio de mon livre.""",
            """Un comédien qui lit bien les longs textes.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Miriam Gold",
            """Audiobook studio with global platform contracts.""",
            """An experienced French narrator.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 94 ---------------------------------------------------------------- trap: commitment
    pair(
        94,
        "en",
        "crane-training",
        "A is a veteran crane operator who wants to train new operators; B runs a "
        "construction training centre and wants a crane course.",
        a=person(
            "Doug Fenwick",
            "Tower crane operator, 28 years on big sites in London.",
            """My knees are done but my head isn't. I'd like a partner with a place to
            teach, space for a crane and the right to certify, so I can pass on the job to
            young operators properly.""",
            tz=0,
            langs=["en"],
            loc="Essex",
        ),
        b=person(
            "Priya Dhaliwal",
            "I run a construction skills centre with a big yard in Thurrock.",
            "An experienced crane operator to create and teach our course.",
            tz=0,
            langs=["en", "pa"],
            loc="Thurrock",
        ),
        twin=person(
            "Lee Haines",
            "I run a driving test centre for forklifts.",
            "An investor to buy new trucks.",
            tz=0,
            langs=["en"],
        ),
        twin2=person(
            "Janice Holt",
            "I run a construction college in Kent.",
            "A head of marketing to fill our courses.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Kieran Dunn",
            "I'm 19 and want to become a crane operator.",
            "An old hand who can teach me.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Mark Fowler",
            "Construction skills centre with a yard.",
            "A crane operator to teach our course.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 95 ---------------------------------------------------------------- trap: timezone
    pair(
        95,
        "cross",
        "circus-school",
        "A is an aerialist who wants to open a circus school; B owns an old industrial hall "
        "and wants a tenant who brings people in.",
        a=person(
            "Lena Obermaier",
            "Aerialist; I teach trapeze and silks to kids and adults.",
            "A big hall with high ceilings where I can rig safely.",
            rs=["finance"],
            tz=1,
            langs=["en", "fr", "de"],
            loc="Strasbourg",
        ),
        b=person(
            "Didier Schaller",
            "J'ai une ancienne halle industrielle de 12 m de haut.",
            "Une activité qui fait venir du monde chaque semaine.",
            ro=["finance"],
            tz=1,
            langs=["fr", "en"],
            loc="Mulhouse",
        ),
        twin=person(
            "Guy Lutz",
            "Je possède un ancien entrepôt à louer.",
            "Un logisticien qui loue tout l'espace.",
            ro=["finance"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Mia Koch",
            "I juggle and want to teach at a circus school.",
            "An aerialist who opens a school and hires me.",
            tz=1,
            langs=["en", "de"],
        ),
        trap=person(
            "Carlos Mendoza",
            "I own an old warehouse with high ceilings in Mexico City.",
            "An activity that brings people in.",
            ro=["finance"],
            tz=-6,
            langs=["en", "es"],
        ),
    ),
    # 96 ---------------------------------------------------------------- trap: language
    pair(
        96,
        "fr",
        "vintage-tractor-parts",
        "A restaure des tracteurs anciens et manque de pièces; B est modeleur-fondeur et "
        "veut refaire des pièces disparues en petite série.",
        a=person(
            "Robert Chapuis",
            """Je restaure des tracteurs des années cinquante depuis trente ans : Farmall,
            Renault, Société française. Je préside un club de 400 collectionneurs et je
            vends des tracteurs remis en état dans toute l'Europe.""",
            """Les pièces d'origine n'existent plus. Je cherche quelqu'un qui sait refaire
            une pièce en fonte ou en bronze à partir d'une pièce cassée : relever les
            cotes, faire le moule, couler et usiner.""",
            """Un vieux tracteur doit repartir au travail, pas au musée.""",
            ro=["domain", "sales"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Mâcon",
        ),
        b=person(
            "Émilie Vautrin",
            """Modeleuse et fondeuse, j'ai repris une petite fonderie de Haute-Marne :
            fonte, bronze, aluminium, usinage. Je numérise et j'imprime les modèles.""",
            """Je veux une niche durable : quelqu'un qui connaît par cœur les vieux engins
            des fermes et leurs pièces introuvables, qui a des clients et qui me passe
            des séries.""",
            """Le savoir-faire se garde en le faisant.""",
            ro=["tech"],
            rs=["domain", "sales"],
            tz=1,
            langs=["fr"],
            loc="Saint-Dizier",
        ),
        twin=person(
            "Yves Périn",
            """Fondeur, je coule des plaques d'égout.""",
            """Un acheteur public qui me donne des marchés.""",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Lucien Barre",
            """J'ai un Farmall de 1952 qui ne démarre plus.""",
            """Un restaurateur de tracteurs anciens.""",
            ro=["finance"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Markus Hoffmann",
            """Ich bin Modellbauer und Gießer.""",
            """Ein Sammler alter Traktoren mit Kunden.""",
            ro=["tech"],
            rs=["domain", "sales"],
            tz=1,
            langs=["de"],
        ),
    ),
]
