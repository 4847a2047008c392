"""Pairs 1-10 of complementary_v7."""

from people import pair, person

PAIRS = [
    # 1 ----------------------------------------------------------------- trap: language
    pair(
        1,
        "cross",
        "type-foundry",
        "A draws typefaces by hand but cannot turn them into working font files; B is a font "
        "engineer who codes the files and wants original drawings to produce.",
        a=person(
            "Aurèle Montcalvet",
            """Dessinatrice de caractères depuis quinze ans, j'ai fait mes armes à l'atelier
            d'une imprimerie de Lure. Je trace mes alphabets au crayon puis à la plume, romain,
            italique et un gras de titrage; j'ai trois familles presque finies dans mes
            cartons. Je chante dans une chorale de Besançon le jeudi soir.""",
            """Il me manque quelqu'un qui sache transformer ces dessins en fichiers qu'on
            installe sur un ordinateur, avec les ligatures qui s'enclenchent toutes seules,
            les accents bien posés et un rendu net sur écran, et qui s'occupe ensuite de
            vendre les licences.""",
            """Une lettre bien faite dure un siècle. Je ne vends pas au rabais.""",
            tz=1,
            langs=["fr"],
            loc="Besançon",
        ),
        b=person(
            "Kieran Polwhele",
            "Font engineer: OpenType code, hinting, variable axes, web mastering. Speak French.",
            "Want a designer with original letter drawings to produce and license, revenue split.",
            "Craft over volume.",
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
        twin=person(
            "Naomi Castlereagh",
            "Type engineer: OpenType features, kerning classes, variable fonts. I read French.",
            "Need a reseller with corporate clients who buy custom brand typefaces.",
            "Ship it clean.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Lazare Pontvianne",
            "Brasseur à Dole, six bières, étiquettes refaites chaque saison.",
            "Je veux un alphabet tracé main, unique, pour toutes nos étiquettes.",
            "Du goût, pas du marketing.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Hamish Treloweth",
            "Font engineer: OpenType, hinting, variable fonts, mastering for the web.",
            "A designer with hand-drawn alphabets to produce and license, 50/50.",
            "Craft over volume.",
            tz=0,
            langs=["en"],
        ),
    ),
    # 2 ----------------------------------------------------------------- trap: consent
    pair(
        2,
        "fr",
        "farm-well-drilling",
        "A is a market gardener whose water runs out each July; B drills agricultural boreholes "
        "and wants farmers who pay per stage.",
        a=person(
            "Honorine Vidauban",
            "Maraîchère bio, 3 ha près de Carpentras, vente directe.",
            "Qqn qui sache creuser très profond pour atteindre la nappe sous mes parcelles.",
            "Pas un litre gaspillé.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Carpentras",
        ),
        b=person(
            "Césaire Malaucène",
            "Foreur, 20 ans de forages agricoles dans le Vaucluse, ma propre machine.",
            "Des cultivateurs qui me confient leur terrain et paient à chaque étape.",
            "Travail propre, devis tenu.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Roch Bédarrides",
            "Foreur, sondes géothermiques pour maisons neuves, machine sur chenilles.",
            "Un investisseur pour acheter une deuxième foreuse.",
            "Grossir vite.",
            ro=["operations"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Mireille Sablet",
            "Cheffe de cantine, 400 repas par jour à Orange.",
            "Une productrice bio du coin pour mes légumes, livrés deux fois par semaine.",
            "Manger local.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Alban Mormoiron",
            "Foreur agricole, vingt ans dans le Comtat, machine à moi.",
            "Des agriculteurs qui me confient leur terrain, payé par étape.",
            "Devis tenu.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 3 ----------------------------------------------------------------- trap: visibility
    pair(
        3,
        "cross",
        "costume-moth-treatment",
        "A runs a theatre costume hire store eaten by moths; B is a textile conservator who "
        "treats infested stores without chemicals and wants a long contract.",
        a=person(
            "Philippa Dunstable",
            """I manage a costume hire store for theatre and television in an old tram depot
            in Croydon: eleven thousand pieces, from Tudor doublets to 1980s shoulder pads,
            four staff and a van. I started as a dresser at the National and still do the
            odd wig call when they're desperate.""",
            """Every spring we find more holes: a 1962 velvet coat last week, two wool
            uniforms the week before. We've tried lavender bags and putting small pieces in
            the staff freezer; nothing keeps up, and the insurer has started asking
            questions about the racks upstairs.""",
            """Old clothes carry stories; we keep them working, not behind glass.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        b=person(
            "Ombeline Saint-Yrieix",
            """Conservatrice-restauratrice textile, je traite les collections infestées par
            anoxie : bulles étanches, absorbeurs d'oxygène, trois semaines sans produit
            chimique. J'ai traité les réserves de deux musées et d'un opéra, et je pose des
            pièges à phéromones pour suivre les populations. Je parle anglais couramment.""",
            """Je cherche une grande réserve de vêtements anciens ou de scène, avec une
            équipe capable de tenir un plan de surveillance et de sortir les lots par
            rotation, pour un contrat de plusieurs années plutôt que des urgences.""",
            """Soigner sans abîmer.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        twin=person(
            "Gersende Villepreux",
            """Restauratrice de textiles anciens, je consolide les dentelles et les soies
            fragiles à l'aiguille, au point couché, pour des particuliers et des
            antiquaires. Je parle anglais.""",
            """Je cherche un développeur qui me construise une boutique en ligne pour vendre
            des dentelles restaurées à l'étranger, avec les paiements et les envois.""",
            """La patience avant tout.""",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Desmond Achterhof",
            """Costume designer for a touring company doing Restoration comedies; eight
            actors, two vans, a new show every autumn and never enough budget to build.""",
            """I need a hire store with a deep period stock who'll lend me whole racks for a
            season at a flat rate and let me alter the pieces.""",
            """Theatre should look rich even when it's poor.""",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Bérengère Castelmoron",
            """Conservatrice textile, je traite les réserves infestées par anoxie (bulles
            étanches, trois semaines, aucun produit) et je suis les populations par pièges.
            Je parle anglais.""",
            """Une grande réserve de costumes ou de vêtements anciens, avec une équipe qui
            tienne un plan de surveillance, pour un contrat de plusieurs années.""",
            """Soigner sans abîmer.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 4 ----------------------------------------------------------------- trap: commitment
    pair(
        4,
        "en",
        "valve-amplifier-repair",
        "A is a retired broadcast engineer who rebuilds valve amplifiers; B runs a vintage "
        "guitar shop whose customers bring in dead amps nobody can fix.",
        a=person(
            "Clifford Amberley",
            """Thirty-one years as a broadcast engineer at the BBC, Maida Vale then Pebble
            Mill. Since retiring I rebuild valve amps in my garage: re-capping, biasing,
            transformer rewinds, hunting down the hum. Grandson says I'm a wizard; my wife
            says I'm a hoarder of old tubes.""",
            "Someone with a steady stream of broken kit and a counter where people queue.",
            "Fix it properly once.",
            tz=0,
            langs=["en"],
            loc="Birmingham",
        ),
        b=person(
            "Jasmine Okereke",
            "Vintage guitar shop in Digbeth, a setup bench and a back room going spare.",
            "Need a tube-circuit whizz to take the dead combos folk bring in. 2-3 days/wk.",
            "Keep old gear playing.",
            tz=0,
            langs=["en"],
            loc="Birmingham",
        ),
        twin=person(
            "Roderick Blandford",
            """Retired telecoms engineer; I restore old radios and televisions from the
            1950s, chassis up, and I've a shed full of parts. I'd like the work to pay for
            itself now.""",
            """Looking for an online seller who photographs, lists and ships restored sets
            to collectors abroad, and handles the returns.""",
            """Patience and solder.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Tobin Ashgrove",
            """Nineteen, self-taught on guitar, I gig three nights a week with a borrowed
            amp and I've just bought a broken 1968 one on eBay that I can't afford to get
            fixed.""",
            """Looking for an old engineer who'll show me how to bring old amps back to life
            in his workshop, in exchange for help around the place.""",
            """Learn by doing.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Leonard Hartsfield",
            """Ex-broadcast engineer, now rebuilding tube amps at home: re-capping, biasing,
            rewinding transformers, curing hum on anything from the sixties and seventies.""",
            "A shop with a steady queue of broken amps and a bench I can use.",
            "Fix it once.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 5 ----------------------------------------------------------------- trap: timezone
    pair(
        5,
        "cross",
        "snooker-cloth-recovering",
        "A owns a snooker hall with torn, slow cloths; B re-covers and levels billiard tables.",
        a=person(
            "Évrard Lanjuinais",
            "Salle de billard à Nantes, 14 tables, ouverte jusqu'à 2 h.",
            "Qqn qui refasse le tapis de mes tables et remette les ardoises d'aplomb.",
            "Un bon coup mérite une bonne table.",
            tz=1,
            langs=["fr"],
            loc="Nantes",
        ),
        b=person(
            "Gareth Penwarden",
            "Table fitter: new baize, slate levelling, cushions. I speak French.",
            "Want a hall with a dozen of them to service all year on a contract.",
            "Level is everything.",
            tz=1,
            langs=["en", "fr"],
            loc="Rennes",
        ),
        twin=person(
            "Sullivan Ravensworth",
            "Billiard fitter: slate tables built, re-baized, levelled. Some French.",
            "Need an importer to bring cheap Chinese tables in by the container.",
            "Volume pays.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Anaïs Querrien",
            "Comité d'entreprise, 600 salariés, on organise des soirées.",
            "Une salle de billard qui nous privatise ses tables un soir par mois.",
            "Se retrouver.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Warrick Tolhurst",
            "Table fitter in Perth: new cloth, slate levelling, cushions. Speak French.",
            "A club with a dozen tables to service all year on contract.",
            "Level is everything.",
            tz=8,
            langs=["en", "fr"],
        ),
    ),
    # 6 ----------------------------------------------------------------- trap: language
    pair(
        6,
        "mixed",
        "signal-crayfish-trapping",
        "A manages a river where invasive crayfish wreck the banks; B is a chef who wants a "
        "steady wild crayfish supply.",
        a=person(
            "Ysolde Trégastel",
            """Je suis technicienne de rivière pour un syndicat de bassin dans le Morvan,
            quarante kilomètres de cours d'eau. I did my master's in Bangor, so I switch to
            English when I'm tired. J'élève aussi deux ânes qui ne servent à rien.""",
            """Les écrevisses américaines creusent les berges, mangent les œufs de truite et
            les nasses de nos bénévoles débordent. We catch hundreds a week and have to
            bury them. Ça coûte, ça ne sert à rien, et les bénévoles se lassent.""",
            """La rivière d'abord. Nothing wasted if we can help it.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Autun",
        ),
        b=person(
            "Rafe Colquhoun",
            """Chef-owner of a forty-seat bistro in Dijon, Scottish, twelve years in France.
            I cook whatever the region throws at me: pike, frogs, snails, wild greens. I
            have a licence to buy from regulated harvesters and a cold room.""",
            """I'm after a legal source of live freshwater shellfish from the local rivers,
            fifty kilos a week in season, so I can put a bisque and a boil on the menu. Je
            parle français au quotidien.""",
            """Cook what's there.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Dijon",
        ),
        twin=person(
            "Bastien Aubusson",
            """Chef à Beaune, cuisine de rivière : sandre, brochet, grenouilles, écrevisses
            que j'achète en Turquie. I trained in London, so English is fine in the
            kitchen.""",
            """I need a wine importer in Britain to take my restaurant's own Bourgogne
            label, et un associé qui gère l'export.""",
            """Le terroir, partout.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Ferdinand Loiselle",
            """Étudiant en master d'écologie à Dijon, je prépare un mémoire sur les espèces
            invasives; I read English papers all day.""",
            """Je cherche un syndicat de rivière qui me laisse suivre ses piégeages et
            utiliser ses données de captures pour mon stage de six mois.""",
            """Comprendre avant d'agir.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Matthias Oberlechner",
            """Koch in Freiburg, vierzig Plätze, Flusskrebse, Hecht und Wildkräuter; ich habe
            eine Lizenz für regulierte Fänger und ein Kühlhaus.""",
            """Ich suche eine legale Quelle für lebende Flusskrebse, fünfzig Kilo pro Woche in
            der Saison, für Suppe und Krebsessen.""",
            """Kochen, was da ist.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["de"],
        ),
    ),
    # 7 ----------------------------------------------------------------- trap: consent
    pair(
        7,
        "cross",
        "stammering-job-interviews",
        "A is a recruiter who loses good candidates who stammer; B is a speech therapist who "
        "coaches adults who stammer and wants employers to work with.",
        a=person(
            "Morwenna Blakeley",
            """Head of graduate recruitment for an engineering consultancy in Manchester,
            about two hundred hires a year. We've realised that candidates who stammer
            drop out at the phone screen or freeze in the assessment centre, and we're
            losing brilliant people.""",
            "Want someone who knows how to help adults speak through fluency blocks.",
            "Hire for talent, not for polish.",
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Manchester",
        ),
        b=person(
            "Élodie Rambervillers",
            "Orthophoniste, bégaiement de l'adulte, coaching avant entretien. Je parle anglais.",
            "Des employeurs prêts à adapter leurs entretiens et à m'envoyer les postulants concernés.",
            "Laisser finir les phrases.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Clémence Sauveterre",
            "Orthophoniste, troubles de la voix chez les enseignants. Je parle anglais.",
            "Un éditeur pour publier mon programme d'exercices vocaux en application.",
            "La voix est un outil.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Darius Pemberton",
            """Final-year civil engineering student in Leeds, I stammer and I've failed four
            phone interviews this autumn although my grades are top of the year.""",
            """Looking for an engineering firm whose recruiters will interview me face to
            face and give me the time I need.""",
            """Judge the work.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Fanny Gérardmer",
            "Orthophoniste pour adultes qui bégaient, préparation aux entretiens. Anglais courant.",
            "Des recruteurs qui adaptent leurs entretiens et m'adressent leurs candidats.",
            "Laisser finir.",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 8 ----------------------------------------------------------------- trap: visibility
    pair(
        8,
        "mixed",
        "mobile-dog-grooming",
        "A has converted a van into a grooming salon but no clients; B runs a retirement village "
        "whose residents cannot take their dogs to town.",
        a=person(
            "Gaëlle Pennarun",
            "Toiletteuse, van aménagé w/ bath + dryer, Vannes area.",
            "Need a place with lots of dog owners who can't drive to a salon.",
            "Chiens calmes, pas de cage.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Vannes",
        ),
        b=person(
            "Oliver Stanbridge",
            "Manager, retirement village near Vannes, 120 residents, 40 dogs.",
            "Qqn qui vienne laver et tondre les chiens sur place, chaque mois.",
            "Keep pets with their people.",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Loïc Kerbiriou",
            "Toiletteur, salon en ville, cats and dogs, Lorient.",
            "Need an investor to open a second salon with a shop.",
            "Grandir.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Sabine Le Gouëff",
            "Éleveuse de caniches, 6 portées par an, near Auray.",
            "A groomer who can do my show dogs before each show.",
            "Le standard, toujours.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Nolwenn Kervadec",
            "Toiletteuse en camion aménagé, bain et séchoir, around Vannes.",
            "A place full of dog owners who can't get to a salon.",
            "Pas de cage.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 9 ----------------------------------------------------------------- trap: commitment
    pair(
        9,
        "cross",
        "lymphoedema-garments",
        "A is a physiotherapist whose patients wait months for made-to-measure compression "
        "garments; B knits flat-knit compression garments and wants clinics to measure for "
        "her.",
        a=person(
            "Sixtine Châtaigneraie",
            """Kinésithérapeute à Tours, je traite les lymphœdèmes après cancer du sein depuis
            douze ans : drainage, bandages, rééducation. Je vois une trentaine de patientes
            par semaine, et je joue du violoncelle dans un orchestre amateur.""",
            """Mes patientes attendent quatre mois leurs manchons sur mesure, qui arrivent
            mal ajustés, et le bras regonfle entre-temps. Le travail des bandages est perdu,
            elles se découragent, certaines arrêtent tout.""",
            """Soigner jusqu'au bout, pas à moitié.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Tours",
        ),
        b=person(
            "Henrietta Marchbank",
            """I run a small flat-knit workshop near Saumur with two machines: sleeves,
            gloves and stockings to a person's own measurements, delivered in ten days. I
            trained in Germany and I speak French daily with my team.""",
            """I need therapists who take precise measurements of limbs, send them to me the
            same day and follow the fitting, so I can grow beyond the orders I
            get by word of mouth.""",
            """Fit is treatment.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Saumur",
        ),
        twin=person(
            "Lucinda Farthingale",
            """I design and sew post-surgical bras and swimwear for women after mastectomy,
            in a small workshop in Angers, and I speak decent French.""",
            """I need a retail partner with shops in hospitals, and someone to run our
            online store and its advertising.""",
            """Feeling like yourself again.""",
            ro=["design"],
            rs=["sales", "marketing"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Apolline Descoubès",
            """Étudiante en dernière année de kinésithérapie à Tours, je veux me spécialiser
            en oncologie et je cherche mon mémoire.""",
            """Je cherche une kiné expérimentée dans le drainage des bras gonflés après
            cancer qui m'accueille en stage et me laisse suivre ses patientes.""",
            """Apprendre au lit du patient.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rosamund Kettlewell",
            """Flat-knit compression workshop near Chinon: sleeves, gloves, stockings made to
            measure in ten days. I speak French.""",
            """Therapists who take precise limb measurements, send them the same day and
            follow the fitting.""",
            """Fit is treatment.""",
            ro=["operations"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 10 ---------------------------------------------------------------- trap: timezone
    pair(
        10,
        "en",
        "ice-sculpture-events",
        "A carves ice sculptures but has no cold store; B runs a wedding venue with a walk-in "
        "freezer and wants a showpiece for receptions.",
        a=person(
            "Benedict Ormerod",
            "Ice carver, 12 yrs: trained in Harbin, hotel buffets in Dubai. Chainsaws + block press.",
            "I need somewhere with a big freezer near clients who throw parties.",
            "Art that melts is still art.",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Harrogate",
        ),
        b=person(
            "Fiona Latchmere",
            """I own a wedding and events venue in a converted tithe barn near Harrogate, 110
            weddings a year, with a catering kitchen and a walk-in cold room at -20C that's
            half empty. Couples keep asking for something spectacular at the drinks
            reception.""",
            """Looking for an artist who makes showpieces out of frozen water, logos,
            swans, a vodka luge, who can work on site on the day.""",
            """Every wedding different.""",
            ro=["operations"],
            rs=["design"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Isadora Whitlock",
            """I run a country-house hotel near Ripon with a ballroom, sixty weddings a year
            and a full kitchen. Our couples want fireworks and a band.""",
            """Need a licensed pyrotechnician with insurance, and a booking agent for live
            bands.""",
            """A night to remember.""",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Crispin Yelverton",
            """I organise a winter festival in York with market stalls, a skating rink and a
            light trail, about forty thousand visitors.""",
            """I want a carver to make a trail of ice figures in the streets for the opening
            weekend.""",
            """Bring people into town in winter.""",
            ro=["operations"],
            rs=["design"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Marguerite Dellacourt",
            """Events venue in a restored barn outside Calgary, 100 weddings a year, kitchen
            and a walk-in freezer at -20C half empty.""",
            """An artist who makes showpieces out of frozen water, swans, logos, a luge,
            working on site on the day.""",
            """Every wedding different.""",
            ro=["operations"],
            rs=["design"],
            tz=-7,
            langs=["en"],
        ),
    ),
]
