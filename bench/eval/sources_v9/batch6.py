"""Pairs 51-60 of complementary_v9."""

from people import pair, person

PAIRS = [
    # 51 ---------------------------------------------------------------- trap: language
    pair(
        51,
        "en",
        "cattery-ventilation",
        "A's cattery has cats catching colds every winter; B designs ventilation for animal "
        "housing.",
        a=person(
            "Deborah Stainforth",
            "cattery nr york, 40 pens, full every xmas + summer",
            "every winter half the cats go home w/ snuffles, vet bills + bad reviews",
            "cats first",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="York",
        ),
        b=person(
            "Ashok Venkataraman-Pye",
            "Ventilation engineer for animal housing: kennels, catteries, stables.",
            "Boarding businesses with a real airflow problem and a budget to fix it.",
            "Fresh air is medicine.",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Harrogate",
        ),
        twin=person(
            "Clifford Bellerby",
            "I design air handling for vet clinics and animal shelters.",
            "A sheet-metal shop that can make my ducting to order, fast.",
            "Measure twice.",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Yasmin Oldroyd",
            "Pet-sitting app in Yorkshire, 3,000 owners signed up.",
            "A cattery that takes our clients' cats at short notice.",
            "Peace of mind.",
            ro=["product"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Anatole Grisvard",
            "Ingénieur en ventilation pour chenils, chatteries et écuries.",
            "Des pensions avec un vrai souci d'aération et un budget.",
            "L'air frais soigne.",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["fr"],
        ),
    ),
    # 52 ---------------------------------------------------------------- trap: consent
    pair(
        52,
        "cross",
        "dressage-arena-footing",
        "A's dressage yard has a dusty, hard arena; B lays and maintains arena surfaces.",
        a=person(
            "Philippa Wrexham-Gore",
            """I moved from Gloucestershire to the Pays d'Auge six years ago and run a dressage
            yard there: twenty-two horses in livery, two of them competing at Grand Prix, a
            teaching programme for adult amateurs, and clinics with visiting trainers four
            times a year. We have good stables, a horse walker, thirty hectares of grazing and
            an outdoor arena of 20 by 60 metres built by the previous owner.""",
            """The arena is the weak point: the sand is dusty in summer, packs hard as concrete
            after rain, and two horses have gone lame this year. I need someone who can dig
            out the old surface, sort the drainage, lay a proper sand mix with textile
            bits and irrigation, and then keep it groomed and levelled every month. Budget about
            40,000 euros for the work and a yearly contract after that.""",
            """Horses' welfare above ribbons. I'd rather spend on the ground they work on than on
            a fancy clubhouse.""",
            tz=1,
            langs=["en"],
            loc="Lisieux",
        ),
        b=person(
            "Amaury Deschamps-Vire",
            "Je pose et j'entretiens des sols de manège: sable fibré, arrosage, nivelage.",
            "Des écuries de haut niveau qui veulent un sol suivi à l'année.",
            "Un bon sol, un cheval sain.",
            tz=1,
            langs=["fr", "en"],
            loc="Caen",
        ),
        twin=person(
            "Thibaud Leprévost",
            "Installateur de pistes équestres: sable, fibres textiles, drainage.",
            "Un fournisseur de fibres textiles recyclées pour mes mélanges, en vrac.",
            "Le sol d'abord.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Guinevere Ollerton",
            "I organise dressage clinics in Normandy with top British trainers.",
            "A yard with a good arena and stabling to host six clinics a year.",
            "Learn, ride, improve.",
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Onésime Boisgontier",
            "Je pose et j'entretiens les sols de manège: sable fibré, arrosage, nivelage.",
            "Des écuries de dressage qui veulent un suivi du sol toute l'année.",
            "Bon sol, cheval sain.",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 53 ---------------------------------------------------------------- trap: visibility
    pair(
        53,
        "mixed",
        "vintage-synth-repair",
        "A's recording studio has a wall of vintage analogue synths, several dead; B repairs "
        "and recalibrates old synthesizers and wants a studio to work from.",
        a=person(
            "Maxime Ferreira-Dunn",
            """J'ai un studio d'enregistrement à Pigalle, deux cabines, and a wall of vintage
            synths que j'ai collectionnés pendant vingt ans: a Juno-106, un Prophet-5 rev 3,
            an ARP Odyssey, deux Minimoog, un Jupiter-8, and a rack of old drum machines. Les
            artistes viennent surtout pour ça, film composers, pop producers et quelques
            groupes de techno, and we're booked about 200 days a year.""",
            """Le problème, c'est que la moitié ne marche plus bien: the Juno loses notes one by
            one, le Prophet ne tient pas l'accord, the Odyssey has a dead fader. Je cherche
            someone qui connaisse l'électronique analogique de l'époque, qui puisse tout
            remettre d'aplomb, then come once a month pour l'entretien. I'd pay per job ou un
            forfait annuel, et on peut lui laisser un établi dans la régie.""",
            """Le son vintage, oui, mais qui marche. Les machines sont faites pour être jouées,
            not kept in a glass case.""",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Stellan Hawksworth",
            """synth tech, 12 yrs, moved to paris 2020
            - recap, recalibrate, replace voice chips (80017a, cem3340 etc), fix keybeds + sliders
            - roland, sequential, moog, arp, oberheim, korg, old drum machines too
            - i log every repair + keep service sheets for each instrument
            - own scope, function generators, a big stash of NOS parts""",
            """want a base somewhere pros record, not my kitchen table: a bench, a steady flow of
            instruments, maybe a day a week on retainer. bonus if the owner lets me take
            outside repairs there + lets me film bits for my channel. paid monthly, honest
            rates""",
            "fix it so it sounds like it did in 1982, not better not worse",
            tz=1,
            langs=["en"],
            loc="Paris",
        ),
        twin=person(
            "Radomir Kessling",
            """I repair analogue synthesizers and drum machines from a workshop in Montreuil:
            new capacitors, recalibration, tuning stability, voice chips swapped, keybeds and
            sliders cleaned or replaced. Roland, Korg, Sequential, Moog and a lot of Soviet
            and East German gear that nobody else will touch. I've been doing it since 2011
            and keep detailed notes on every instrument that passes through.""",
            """I need a dependable source of obsolete chips, genuine or well-made clones of the
            old voice and filter ICs, in quantities of fifty or a hundred, with a clear return
            policy; half of what I buy online is fake and I lose weeks on it. A small
            electronics distributor with contacts in Asia would be ideal.""",
            """Respect the original design; a repair shouldn't turn a vintage instrument into
            something it never was.""",
            tz=1,
            langs=["en"],
        ),
        one=person(
            "Louison Abadie-Kerr",
            """Je suis compositrice de musique de film, I scored four features and a TV series
            last year, et je travaille beaucoup avec des sons analogiques. I have a small
            production company, un agent, des budgets de post-production corrects, and I
            bring my own engineer to the sessions.""",
            """Je cherche un studio à Paris qui ait une vraie collection de synthés vintage en
            état de marche, to book ten days a quarter, avec la possibilité de laisser les
            patchs en place d'une session à l'autre. I pay day rates upfront.""",
            """La musique de film mérite du vrai son; I'd rather pay for the real thing than
            use a plug-in.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Barnaby Quillfeldt",
            """Synth tech for twelve years, living in Paris: recaps, recalibration, voice chips
            replaced, keybeds and sliders fixed on Roland, Sequential, Moog, ARP, Oberheim,
            Korg and old drum machines. I log every repair, keep a service sheet for each
            instrument and own a scope, generators and a good stock of old parts.""",
            """I want a base in a real studio rather than my kitchen table: a bench, a steady
            flow of instruments, perhaps a day a week on retainer, and the freedom to take
            outside repairs there and film bits for my channel. Paid monthly, honest rates.""",
            """Make it sound the way it did in 1982, no better and no worse.""",
            tz=1,
            langs=["en"],
            vis="private",
        ),
    ),
    # 54 ---------------------------------------------------------------- trap: commitment
    pair(
        54,
        "cross",
        "penguin-foot-care",
        "A's wildlife park has penguins with sore, infected feet; B is a zoo vet who "
        "specialises in seabirds and wants a colony to follow.",
        a=person(
            "Raymonde Lapeyronnie",
            """- parc animalier prive en dordogne, 180 000 visiteurs/an, 60 especes
            - colonie de 34 manchots de humboldt depuis 2009, bassin de 400 m3 refait en 2021
            - equipe de 9 soigneurs, 1 veto generaliste qui passe 2 fois/sem
            - on fait un nourrissage commenté 3 fois par jour, c'est le clou du parc""",
            """depuis 2 ans nos manchots ont des plaies sous les pattes qui s'infectent: 11
            oiseaux touchés, 2 morts l'hiver dernier malgré les antibios. notre veto dit qu'il
            n'a jamais vu ça et ne sait pas si c'est le sol, l'eau, le poids ou autre chose.
            on a peur de perdre la colonie et le label de l'association des zoos""",
            "bien traiter les animaux qu'on montre, sinon on n'a rien à faire là",
            tz=1,
            langs=["fr"],
            loc="Sarlat",
        ),
        b=person(
            "Imelda Balnagown",
            """I'm a zoo and wildlife vet with a special interest in seabirds. I spent eight
            years at a marine park in Cornwall and three in South Africa at a seabird
            rehabilitation centre, where I treated hundreds of African penguins. I do
            health checks, surgery under field conditions, and I review the whole
            environment, from the substrate and pool water to diet and weight records, because
            most foot problems in captive penguins start there.""",
            """I've gone freelance and want two or three collections to follow long-term, with
            visits every six weeks and remote advice in between. I need keepers who'll keep
            careful records, a resident vet willing to work with me, and a collection that will
            change its enclosures if the evidence says so. I'm based in Bordeaux.""",
            """The birds' welfare first, then the visitors. Honest advice, even when it means
            rebuilding something expensive.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Bordeaux",
        ),
        twin=person(
            "Tristram Vellacott",
            """I'm a veterinary surgeon specialising in birds, with twelve years in zoo practice
            in England and the Netherlands. I look after penguin colonies, pelicans and
            flamingos for five collections, treat foot lesions, feather loss and respiratory
            infections, and advise on diets, pool filtration and nesting areas. I publish on
            seabird medicine and teach on a zoo-animal course.""",
            """I need a diagnostic laboratory that can run avian malaria PCR and fungal
            cultures on penguin samples within forty-eight hours, at a price small collections
            can afford, and ship results by email. The lab I use now takes three weeks, by
            which time the bird is dead or recovered.""",
            """Evidence first; no treatment without a diagnosis, and no collection kept animals it
            can't care for.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Évrard Toussaint-Lagarde",
            """Je dirige une entreprise qui fournit des poissons surgelés de qualité pour les
            parcs zoologiques et les centres de soins: capelan, hareng, sprat, éperlan, calibrés
            et contrôlés, livrés en camion frigorifique dans tout le Sud-Ouest. Nous avons une
            chambre froide de 300 m³ à Agen et un vétérinaire conseil. Nous travaillons déjà avec
            neuf parcs, trois centres de soins pour la faune et un aquarium, et nous pouvons
            adapter les calibres à chaque espèce.""",
            """Je cherche des parcs animaliers qui ont des oiseaux marins ou des otaries et
            qui veulent un fournisseur régulier, avec une livraison toutes les deux semaines et
            des analyses par lot, pour un contrat annuel. Je peux commencer par un essai de
            trois mois et venir présenter nos produits aux soigneurs sur place.""",
            """Des aliments sains pour des animaux bien soignés, et une traçabilité complète de
            la mer au bassin.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Marguerite Ashdown-Pryce",
            """Zoo and wildlife vet with a special interest in seabirds: eight years at a marine
            park in Cornwall, three at a seabird rehabilitation centre in South Africa treating
            African penguins. Health checks, surgery in the field, and a review of the whole
            environment, substrate, pool water, diet and weights, since most foot problems
            in captive penguins start there. I've recently gone freelance after eight years at
            a marine park.""",
            """I'd like two or three collections to follow long-term, with a visit every six
            weeks and advice by phone in between, keepers who keep careful records, and a
            resident vet happy to work with me, and a park willing to change its enclosures if
            the evidence says so. I'm based near Bordeaux.""",
            """Welfare first, then visitors; honest advice even when it's expensive.""",
            ro=["domain"],
            rs=["operations"],
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 55 ---------------------------------------------------------------- trap: timezone
    pair(
        55,
        "en",
        "vineyard-sheep-grazing",
        "A's vineyard needs its grass kept down over winter; B is a shepherd with small sheep "
        "that graze between vines.",
        a=person(
            "Marcus Pattenden",
            "Organic vineyard in Sussex, 12 acres; we mow between the rows all winter.",
            "Someone with a flock to graze the rows from November to April.",
            "Less diesel, more life.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Ditchling",
        ),
        b=person(
            "Tess Hargreave",
            "shepherd, 200 babydoll sheep, too short to reach the grapes",
            "grass for my flock nov-apr, fenced, water on site",
            "happy sheep, happy soil",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Lewes",
        ),
        twin=person(
            "Rowan Glendinning-Lowe",
            "I keep 150 small Southdown sheep that graze orchards and solar farms.",
            "A shearer who can come in May and do the whole flock in a day.",
            "Graze, don't mow.",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Harriet Bexley",
            "Wine club with 1,200 members who get a mixed case every quarter.",
            "A small organic estate to supply one English still wine each season.",
            "Drink local.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Aroha Te Awhitu",
            "shepherd in Marlborough, NZ: 200 babydoll sheep, too short for the grapes",
            "winter grass for my flock, fenced, with water on site",
            "happy sheep, happy soil",
            ro=["operations"],
            rs=["domain"],
            tz=12,
            langs=["en"],
        ),
    ),
    # 56 ---------------------------------------------------------------- trap: language
    pair(
        56,
        "cross",
        "marionette-making",
        "A's touring puppet company needs new string puppets; B carves marionettes and wants a "
        "company to build a whole cast for.",
        a=person(
            "Jocasta Nancarrow-Hoyle",
            "Our puppet theatre company in Bristol tours Europe with two shows a year.",
            "A maker who can carve a cast of twelve string puppets for our next show.",
            "Wonder for all ages.",
            ro=["operations"],
            rs=["design"],
            tz=0,
            langs=["en"],
            loc="Bristol",
        ),
        b=person(
            "Barthélemy Quéruel",
            """Je suis facteur de marionnettes à Charleville-Mézières depuis vingt-cinq ans. Je
            sculpte les têtes et les mains dans le tilleul, j'articule les corps avec des
            rotules en cuir, je conçois les contrôles à fils, en croix ou en avion selon le jeu
            voulu, et ma compagne habille les personnages. Une figure complète me prend trois
            semaines. J'ai travaillé pour des théâtres de Prague, de Lyon et de Barcelone, et
            j'enseigne à l'école nationale des arts de la marionnette.""",
            """Je voudrais construire toute une distribution pour une compagnie qui tourne
            beaucoup, plutôt que des pièces isolées pour des collectionneurs: dix à quinze
            figures, conçues avec le metteur en scène et les manipulateurs dès les premières
            répétitions. Il me faut un calendrier sur un an et un acompte au départ.""",
            """Une marionnette doit vivre entre les mains de quelqu'un, pas dormir dans une
            vitrine.""",
            tz=1,
            langs=["fr", "en"],
            loc="Charleville-Mézières",
        ),
        twin=person(
            "Clothaire Vandenbussche",
            """Sculpteur de marionnettes à fils à Lille, je taille des têtes et des mains dans
            le tilleul et le pin cembro, j'assemble des corps articulés et je règle les
            contrôles pour que chaque figure marche, s'assoie et salue. Je travaille pour des
            compagnies de théâtre d'objets et pour un musée belge, et je donne des stages de
            fabrication l'été, avec une quinzaine d'élèves par session.""",
            """Il me faut un fournisseur de tilleul sec, débité en blocs de 10 à 30 cm, séché
            naturellement trois ans, que je puisse acheter par palette: les scieries de la
            région ne gardent plus ce bois et celui que je trouve éclate à la sculpture. Je
            cherche un accord sur plusieurs années.""",
            """Le bois décide du caractère de la figure; je refuse de sculpter dans du bois qui
            ment.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Barnabus Tregenza-Holt",
            """I direct a family arts festival in Cornwall: five days in August, 25,000
            visitors, a big top, street theatre and a village of workshops. I manage a budget
            of about £400,000, a crew of forty volunteers and good relations with the Arts
            Council and the local press. We've run for eleven years and sell out every
            family show, often to people who never go to a theatre.""",
            """I need a touring puppet company with a show for families that can play twice a
            day in our small tent for all five days, with their own technician, and run a
            puppet-making workshop for children each morning. We pay a fee, travel and
            accommodation.""",
            """Art for families who can't afford the city: we keep tickets cheap and free for
            under-fives.""",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Anthelme Brisebarre",
            """Facteur de marionnettes depuis vingt ans dans les Ardennes: têtes et mains
            sculptées dans le tilleul, corps articulés aux rotules de cuir, contrôles à fils
            en croix ou en avion selon le jeu; une figure complète prend trois semaines. J'ai
            travaillé pour des théâtres de Prague et de Lyon et j'enseigne la fabrication; ma
            compagne coud les costumes des personnages.""",
            """Je voudrais construire une distribution complète pour une compagnie qui tourne,
            dix à quinze figures conçues avec le metteur en scène et les manipulateurs dès les
            premières répétitions, sur un an, avec un acompte au départ.""",
            """Une marionnette doit vivre entre les mains de quelqu'un, pas dormir dans une
            vitrine de collectionneur.""",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 57 ---------------------------------------------------------------- trap: consent
    pair(
        57,
        "en",
        "care-home-laundry-labels",
        "A's care home laundry loses and mixes up residents' clothes; B sews and fixes name "
        "labels and runs a clothes-tagging service.",
        a=person(
            "Bernadette Balfron-Tosh",
            """I manage a care home in Dundee with 62 residents, most of them living with
            dementia, and a staff of 70. We have our own laundry with three industrial washers
            and two driers running from seven in the morning till nine at night, and families
            bring in new clothes every week, especially at Christmas and birthdays.""",
            """Garments go missing all the time. Labels written in marker wash off, cardigans
            end up on the wrong person, and last month a daughter found her mother wearing a
            stranger's nightdress and complained to the inspectors. My laundry staff spend
            an hour a day sorting piles of unlabelled things, and families are angry.""",
            """Dignity in small things: your own cardigan, your own slippers, your own name in
            your collar.""",
            tz=0,
            langs=["en"],
            loc="Dundee",
        ),
        b=person(
            "Moira Kinghorn",
            "I sew and heat-seal name tags on clothes; I collect, tag and return in 48 h.",
            "Homes with lots of people in care who want every piece marked, for good.",
            "Small things matter.",
            tz=0,
            langs=["en"],
            loc="Perth",
        ),
        twin=person(
            "Elspeth Rintoul",
            "I make woven and printed name tapes and iron-on labels for schools and homes.",
            "A supplier of second-hand heat presses I can place in customers' laundries.",
            "Neat and lasting.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Kenzie Burntisland",
            "Mobile hairdresser: cuts, sets and perms for older people.",
            "A care home that will give me a room one day a week for a salon.",
            "Everyone deserves a good hair day.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Isobel Cargill",
            "I sew and heat-seal name tags onto clothes; collection, tagging, return in 48 h.",
            "Homes with many residents who want every garment marked for good.",
            "Small things matter.",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 58 ---------------------------------------------------------------- trap: visibility
    pair(
        58,
        "cross",
        "ship-model-restoration",
        "A's maritime museum has damaged 18th-century ship models; B restores antique ship "
        "models and wants a museum collection to work on.",
        a=person(
            "Ghislain Audebert-Roy",
            """- conservateur du musee maritime de rochefort (musée municipal), 4 salariés
            - 60 maquettes de navires, dont 14 maquettes d'arsenal du 18e
            - 45 000 visiteurs/an, expo temporaire chaque été
            - on prépare une salle neuve pour 2026, financée par la ville + la région""",
            """il me faut un restaurateur de maquettes anciennes, habilité à travailler sur des
            collections publiques: gréements cassés, coques fendues, voiles en poussière,
            anciennes restaurations maladroites à reprendre. 14 pièces à traiter avant
            l'ouverture, environ 80 000 € sur 2 ans, atelier possible dans nos réserves""",
            "transmettre le patrimoine sans le trahir, et montrer le travail aux visiteurs",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Rochefort",
        ),
        b=person(
            "Horatio Strachan-Vosper",
            """I'm an accredited conservator of historic ship models, trained at the National
            Maritime Museum and independent since 2010. I've treated dockyard and admiralty
            models from the 1700s for museums in Greenwich, Amsterdam and Gothenburg: I
            re-rig with period-correct linen thread, consolidate cracked hulls, document every
            earlier intervention and reverse the worst of them. I write full treatment
            reports and can work in public view.""",
            """I want a substantial museum project for the next two years, a whole group of
            eighteenth-century models rather than one piece at a time, with a room to work in
            on site, a curator I can discuss decisions with, and funding already secured.
            I'd happily move to France for it and let visitors watch.""",
            """Do as little as necessary and make it reversible; the models were made by
            people who knew ships far better than we do.""",
            ro=["domain"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Portsmouth",
        ),
        twin=person(
            "Peregrine Ashcombe-Tyler",
            """I restore antique ship models for private collectors, auction houses and a few
            regional museums: re-rigging with linen thread, hull repairs, new sails in
            silk or fine cotton, careful cleaning of old paint and gilding. I trained as a
            furniture conservator and switched to models fifteen years ago; I work from a
            studio in Deal and keep a photographic record of every job.""",
            """I need a spinner or a small mill that can make very fine linen thread in
            several thicknesses, unbleached and dyed in period browns, in small quantities:
            my stock is running out and nothing sold today looks right at 1:48 scale. I'd
            order every year.""",
            """Authentic materials or none; a model is a document, not an ornament, and every
            repair I make should be visible to the next conservator.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Sixtine Harcourt-Lavallée",
            """Je dirige une galerie d'exposition privée dans le Marais, à Paris, qui monte deux
            grandes expositions par an sur des thèmes d'histoire et de voyage, avec un
            catalogue, un public de 60 000 personnes et une équipe de régie qui sait
            emballer et transporter les objets fragiles. Nous avons de bons mécènes, un
            partenariat avec une chaîne de télévision et des médiateurs qui font visiter les
            expositions aux écoles et aux groupes.""",
            """Pour l'automne prochain, je cherche un musée qui nous prête une dizaine de
            maquettes de navires du XVIIIe siècle pendant quatre mois, avec son conservateur
            pour écrire deux textes du catalogue. Nous payons l'assurance, le transport et une
            contribution aux restaurations.""",
            """Montrer au grand public des objets qui dorment dans les réserves de province, et
            rendre aux musées prêteurs une part de ce qu'ils apportent.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Fitzroy Macnaghten",
            """Accredited conservator of historic ship models, trained at the National Maritime
            Museum: I've treated eighteenth-century dockyard models for museums in Greenwich,
            Amsterdam and Gothenburg, re-rigging with period-correct linen thread,
            consolidating hulls, documenting and reversing earlier interventions, and writing
            full treatment reports. Independent since 2010, and happy to work in public
            view.""",
            """I want a substantial museum project over two years, a group of models rather than
            single pieces, with a room on site, a curator to talk decisions through with, and
            the funding secured. I'd move for it and let visitors watch.""",
            """Do as little as necessary and keep it reversible; the makers knew ships far better
            than we do.""",
            ro=["domain"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 59 ---------------------------------------------------------------- trap: commitment
    pair(
        59,
        "fr",
        "torrefaction-librairie",
        "A ouvre une librairie-café et veut un café torréfié pour elle; B torréfie en petits "
        "lots et veut des lieux qui servent son café.",
        a=person(
            "Nolwenn Kerguélen-Bras",
            "J'ouvre une librairie-café à Brest en mars, 40 places assises.",
            "Qqn qui grille un café maison pour nous et forme l'équipe au comptoir.",
            "Lire et boire lentement.",
            tz=1,
            langs=["fr"],
            loc="Brest",
        ),
        b=person(
            "Yoann Kerouédan",
            "torrefacteur, petits lots, brest, je livre chaque semaine",
            "des cafés/boutiques qui servent mon grain + m'appellent qd ça va pas",
            "le grain, c'est du fruit",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Brest",
        ),
        twin=person(
            "Tanguy Morvan-Lescop",
            "Je torréfie des cafés de spécialité à Quimper, en petits lots.",
            "Un importateur de café vert qui me vende des sacs de 30 kg.",
            "La traçabilité d'abord.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Armelle Le Brusq",
            "Éditrice de romans bretons, 12 titres par an, auteurs en tournée.",
            "Des librairies qui accueillent des rencontres d'auteurs le samedi.",
            "Faire lire la Bretagne.",
            ro=["marketing"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Erwann Le Nézet",
            "torréfacteur à Brest, petits lots, livraison chaque semaine",
            "des cafés et des boutiques qui servent mon grain et m'appellent en cas de souci",
            "le grain est un fruit",
            ro=["domain"],
            rs=["sales"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 60 ---------------------------------------------------------------- trap: timezone
    pair(
        60,
        "cross",
        "boxing-bag-repair",
        "A's boxing gym has split bags and a torn ring canvas every month; B makes and "
        "repairs punchbags and ring covers.",
        a=person(
            "Connor McGlinchey",
            "boxing gym in glasgow, 200 members, 14 bags + a full ring",
            "bags split every month + the ring canvas is torn, we tape it",
            "no frills, no egos",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Glasgow",
        ),
        b=person(
            "Gaëlle Bouchenot",
            "Je fabrique et répare les sacs de frappe et les bâches de ring, cuir et toile.",
            "Des clubs de boxe qui m'envoient leur matériel abîmé chaque trimestre.",
            "Du solide.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Roubaix",
        ),
        twin=person(
            "Kévin Vanlerberghe",
            "Sellier: je fais des sacs de frappe et des gants sur mesure.",
            "Une tannerie qui me vende du cuir de vachette épais en petite quantité.",
            "Le cuir ne ment pas.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Shona Lumsden-Rae",
            "Amateur boxing promoter: I put on six club nights a year in Scotland.",
            "A gym with a full ring to host our club nights, 300 seats.",
            "Respect in the ring.",
            ro=["marketing"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Rosalie Tremblay-Gagnon",
            "Je fabrique et répare les sacs de frappe et les bâches de ring, à Edmonton.",
            "Des clubs de boxe qui m'envoient leur matériel abîmé chaque saison.",
            "Du solide.",
            ro=["domain"],
            rs=["operations"],
            tz=-7,
            langs=["fr", "en"],
        ),
    ),
]
