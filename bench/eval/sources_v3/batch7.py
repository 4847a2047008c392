"""Pairs 97-112 of complementary_v3."""

from people import pair, person

PAIRS = [
    # 97 ---------------------------------------------------------------- trap: consent
    pair(
        97,
        "en",
        "nurse-cooperative",
        "A is an ICU nurse who wants agency nurses to own their own staffing co-op and needs "
        "someone to set up the legal structure and contracts; B is a co-op lawyer who wants "
        "a nurse who can bring other nurses and knows the wards.",
        a=person(
            "Tanisha Brooks",
            "ICU nurse 11 yrs, agency shifts, I know 200+ nurses who hate there agencies",
            "someone who can set up a company the nurses own + do the paperwork w/ hospitals",
            "nurses keep the margin. period.",
            ro=["domain"],
            rs=["legal"],
            tz=-6,
            langs=["en"],
            loc="Chicago",
        ),
        b=person(
            "Martin Esposito",
            "Labour lawyer; I've incorporated 14 worker co-ops, bylaws, payroll, client contracts.",
            "Someone from the wards who can recruit colleagues and knows how hospital staffing really works.",
            ro=["legal"],
            rs=["domain", "sales"],
            tz=-5,
            langs=["en", "it"],
            loc="Detroit",
        ),
        twin=person(
            "Helen Stroud",
            "Employment lawyer, co-operatives and worker-owned firms, contracts and governance.",
            "A developer to build a contract-generation SaaS I can sell to law firms.",
            "Scale the software, exit in 5 yrs.",
            ro=["legal"],
            rs=["tech"],
            tz=-6,
            langs=["en"],
            loc="Minneapolis",
        ),
        one=person(
            "Brandon Pike",
            "Built a shift-booking app for hospitals, 30 hospital clients.",
            "An experienced ICU nurse to shape our product and recruit nurses.",
            ro=["tech"],
            rs=["domain"],
            tz=-6,
            langs=["en"],
            loc="Milwaukee",
        ),
        trap=person(
            "Deborah Klein",
            "Co-op lawyer: worker-owned companies, governance, client agreements.",
            "A nurse who can rally agency nurses into a co-op they own.",
            ro=["legal"],
            rs=["domain"],
            tz=-6,
            langs=["en"],
            loc="Chicago",
            consent=False,
        ),
    ),
    # 98 ---------------------------------------------------------------- trap: visibility
    pair(
        98,
        "cross",
        "ev-retrofit",
        "A is a mechanic who converts classic cars to electric and needs someone who can get "
        "the conversions legally approved for the road in France; B is an approval engineer "
        "who wants a mechanic with a working conversion and a workshop.",
        a=person(
            "Ross Kilbride",
            """Mechanic, 20 years on classic cars, the last five converting old Minis,
            2CVs and Land Rovers to electric in my workshop near Lille. Battery packs,
            motor mounts, wiring, brakes upgraded. Twenty-two cars delivered, all still
            running.""",
            """Half my customers are French and the paperwork to get a converted car back on
            the road there defeats me. I need someone who knows the tests, the technical
            files and the people at the approval bodies, and can make a kit that passes once
            and then for every car.""",
            tz=1,
            langs=["en", "fr"],
            loc="Lille",
        ),
        b=person(
            "Nicolas Brunet",
            "Ingénieur homologation, 9 ans à l'UTAC, dossiers de rétrofit électrique.",
            "Un mécano avec un atelier et des conversions qui roulent déjà.",
            tz=1,
            langs=["fr", "en"],
            loc="Montlhéry",
        ),
        twin=person(
            "Cédric Vautrin",
            "Ingénieur réglementation automobile, homologation de véhicules et de kits.",
            "Des investisseurs pour financer une petite voiture électrique urbaine.",
            "Industrialiser vite.",
            tz=1,
            langs=["fr", "en"],
            loc="Versailles",
        ),
        one=person(
            "Ingrid Solberg",
            """We make compact electric motors for light vehicles, 3,000 units a year.""",
            """An experienced conversion mechanic to integrate our motors into classic cars
            and show the result.""",
            tz=1,
            langs=["en", "no"],
            loc="Oslo",
        ),
        trap=person(
            "Aurélie Mercier",
            "Ingénieure homologation, j'ai fait valider quatre kits de rétrofit.",
            "Un mécanicien qui convertit déjà des voitures anciennes à l'électrique.",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
            vis="private",
        ),
    ),
    # 99 ---------------------------------------------------------------- trap: commitment
    pair(
        99,
        "fr",
        "immersive-games",
        "A writes stories and puzzles for immersive games and needs someone who builds sets "
        "and hidden mechanisms; B is a theatre set builder and electronics tinkerer who wants "
        "someone to write the experience.",
        a=person(
            "Élise Marchand",
            """Autrice et scénariste, j'ai écrit trois jeux de rôle grandeur nature et les
            énigmes de deux salles d'escape game à Lyon qui sont toujours complètes. Je
            sais construire une histoire où chaque joueur a un rôle, doser la difficulté,
            écrire les indices et former les maîtres du jeu. J'ai aussi des idées pour des
            expériences dans des lieux patrimoniaux.""",
            """Ce qui me manque, c'est la main et la technique : quelqu'un qui fabrique des
            lieux qui ont l'air vrais, des portes qui s'ouvrent seules quand on pose le bon
            objet, des lumières et des sons qui réagissent aux joueurs. Et qui sache que tout
            ça doit tenir dix parties par jour sans casser.""",
            """Des expériences où l'on joue ensemble, pas contre la montre. Je veux aussi
            des prix accessibles aux familles.""",
            ro=["design"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        b=person(
            "Bastien Ollier",
            """Constructeur de décors pour le théâtre et l'opéra depuis quatorze ans, bois,
            métal, résine, patines. Je bricole aussi l'électronique : capteurs, aimants,
            cartes Arduino, éclairage piloté. J'ai conçu des mécanismes de scène qui
            tournent deux cents soirs par an.""",
            """Je veux créer des lieux de jeu immersifs mais je ne sais pas raconter. Je
            cherche une personne qui invente le récit, les casse-têtes et le parcours des
            joueurs, et qui sache faire vivre tout ça à chaque séance.""",
            """Du beau travail d'artisan, et du plaisir pour le public.""",
            tz=1,
            langs=["fr"],
            loc="Saint-Étienne",
        ),
        twin=person(
            "Loïc Carrière",
            """Constructeur de décors et d'accessoires pour le spectacle depuis douze ans :
            bois, métal, résine, patines. Je fais aussi l'électronique embarquée, les
            capteurs et les mécanismes cachés, des trappes aux lumières pilotées, et tout
            ce que je construis tient des centaines de représentations.""",
            """Un commercial qui a un carnet d'adresses dans les comités d'entreprise, pour
            vendre des animations sur mesure aux entreprises pour leurs séminaires.""",
            """Du chiffre, des séminaires, du volume.""",
            tz=1,
            langs=["fr"],
            loc="Grenoble",
        ),
        one=person(
            "Hubert de Vaulx",
            """Propriétaire d'un château dans le Beaujolais, 40 pièces, ouvert aux
            visites.""",
            """Une autrice qui sait écrire des énigmes et des histoires où chaque joueur a un
            rôle, et former des maîtres du jeu, pour créer un jeu d'enquête dans le
            château.""",
            tz=1,
            langs=["fr"],
            loc="Beaujeu",
        ),
        trap=person(
            "Jérémie Fabre",
            """Décorateur de théâtre, je fabrique des décors et des mécanismes qui réagissent
            aux joueurs.""",
            """Une autrice qui écrit l'histoire et les énigmes d'un jeu immersif.""",
            c="side-project",
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
    ),
    # 100 --------------------------------------------------------------- trap: timezone
    pair(
        100,
        "cross",
        "eco-grazing",
        "A is a shepherd whose flock mows land for towns and needs someone who signs the "
        "managers of big fenced sites; B manages maintenance of solar farms and wants a "
        "flock to keep the grass down.",
        a=person(
            "Josée Bérubé",
            """Bergère depuis seize ans, j'ai 350 brebis et quatre chiens. Je fais de
            l'éco-pâturage pour des communes et des parcs : les bêtes entretiennent
            l'herbe sans machines ni désherbant, je gère les clôtures mobiles, l'eau, les
            soins et la rotation des parcelles. Je forme aussi de jeunes bergers.""",
            """Les communes paient peu et tard. Les gros terrains clôturés, ceux des
            entreprises, je ne sais pas comment y entrer : qui décide, comment on répond à
            un appel d'offres, comment on fait un contrat sur plusieurs années. Je cherche
            quelqu'un qui parle à ces gestionnaires tous les jours.""",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Valence",
        ),
        b=person(
            "Mark Villanueva",
            """Operations and maintenance manager for a solar developer: 45 solar parks in
            France and Spain, 900 hectares of fenced land. I negotiate every maintenance
            contract and I know the asset managers of most European solar funds.""",
            """Mowing under panels costs a fortune, damages cables and the neighbours hate
            the noise. I'd like to bring in a real flock run by someone who knows animals
            and land, and build a service we can offer to other parks.""",
            ro=["operations", "sales"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr", "es"],
            loc="Montpellier",
        ),
        twin=person(
            "Karen Liu",
            """Asset manager for a renewable energy fund for eight years: 30 solar parks and
            600 hectares of fenced land in France and Italy. I negotiate the maintenance
            contracts, the vegetation clauses included, and I know every O&M company in
            southern Europe.""",
            """A lawyer who can handle our land-lease disputes with farmers and landowners,
            and renegotiate the leases before the funds sell the parks.""",
            ro=["operations", "sales"],
            rs=["legal"],
            tz=1,
            langs=["en", "fr"],
            loc="Toulouse",
        ),
        one=person(
            "Alexandre Poirier",
            """Je fabrique des clôtures mobiles et des abreuvoirs solaires pour
            l'élevage.""",
            """Une bergère expérimentée en éco-pâturage pour tester notre matériel et le
            présenter aux communes.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Die",
        ),
        trap=person(
            "Brad Holloway",
            """O&M manager for 60 solar farms in Texas and New Mexico, thousands of fenced
            acres.""",
            """A shepherd with a real flock to graze under our panels instead of
            mowing.""",
            ro=["operations", "sales"],
            rs=["domain"],
            tz=-6,
            langs=["en", "fr"],
            loc="Austin",
        ),
    ),
    # 101 --------------------------------------------------------------- trap: language
    pair(
        101,
        "en",
        "livestock-feed",
        "A is a researcher with a seaweed feed additive that cuts cow methane and needs "
        "someone trusted by dairy farmers and feed mills; B is a dairy nutritionist who wants "
        "a proven additive to put in rations.",
        a=person(
            "Dr. Siobhan Kearney",
            """Marine biologist at a university in Galway. Over six years my lab selected a
            red seaweed strain we can farm in tanks on land, and our feeding trials on 240
            cows cut methane by 38% without touching milk yield. We have the peer-reviewed
            papers, the cultivation protocol, and a pilot tank farm producing 2 tonnes a
            month.""",
            """I have no idea how a farmer decides what goes into a cow's diet, or how the
            big feed makers choose suppliers. I need a partner the dairy people already
            trust, who knows the animals and the economics of a milking herd, and can get
            the feed makers to include us.""",
            """Evidence before claims. If a trial fails, we publish it.""",
            ro=["tech", "domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Galway",
        ),
        b=person(
            "Gareth Pryce",
            """Independent dairy nutritionist for 15 years; I formulate rations for 300
            farms in Wales and the west of England and I work with the four main regional
            compound feed mills. Farmers ring me before they ring their vet.""",
            """Every client asks me what to do about emissions. I want a partner with a
            properly tested additive, real trial data and the science to defend it.""",
            """Farmers' margins first; nothing that costs them milk.""",
            ro=["domain", "sales"],
            rs=["tech"],
            tz=0,
            langs=["en", "cy"],
            loc="Carmarthen",
        ),
        twin=person(
            "Rhodri Evans",
            """Ruminant nutritionist, 12 years advising 250 dairy farms and the compound feed
            mills across Wales. I formulate rations, farmers call me before their vet, and
            I know the mills' buyers personally.""",
            """A software developer for a ration-calculator app I want to sell to farmers
            and advisers by subscription.""",
            """Move fast, charge per cow.""",
            ro=["domain", "sales"],
            rs=["tech"],
            tz=0,
            langs=["en", "cy"],
            loc="Aberystwyth",
        ),
        twin2=person(
            "Fiona Grant",
            """Livestock feed sales manager, 20 years with compound feed mills, strong
            farmer network.""",
            """A finance partner to buy a small feed mill that's up for sale.""",
            ro=["sales"],
            rs=["finance"],
            tz=0,
            langs=["en"],
            loc="Dumfries",
        ),
        one=person(
            "Thomas Geraghty",
            """I run a seaweed harvesting company on the Atlantic coast, 40 t a year of wild
            kelp.""",
            """A marine biologist who knows red seaweed strains and tank cultivation, with
            published work, to help us move from wild harvest to farming and sell to the
            feed industry.""",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en", "ga"],
            loc="Clifden",
        ),
        trap=person(
            "Henk Bosma",
            """Onafhankelijk voedingsadviseur voor melkveebedrijven, 280 boeren en de
            grote mengvoederfabrieken.""",
            """Een onderzoeker met een goed getest voeradditief tegen methaanuitstoot.""",
            ro=["domain", "sales"],
            rs=["tech"],
            tz=1,
            langs=["nl", "de"],
            loc="Leeuwarden",
        ),
    ),
    # 102 --------------------------------------------------------------- trap: consent
    pair(
        102,
        "mixed",
        "sport-social",
        "A coaches rugby for teenagers in difficulty and needs someone who can raise money "
        "from foundations and public funds; B is an NGO fundraiser who wants a coach with "
        "a programme that works.",
        a=person(
            "Thomas Bovet",
            """Ancien joueur et entraîneur de rugby, je fais jouer 60 ados de quartiers
            difficiles à Genève depuis six ans. Éducateur diplômé. We have kids who went
            back to school because of the team.""",
            """We survive on goodwill. I need someone who knows how to get money from
            charitable trusts, the city and companies, write the applications and report
            on them.""",
            """Le terrain d'abord. Pas de photos d'ados pour faire pleurer les
            donateurs.""",
            tz=1,
            langs=["fr", "en"],
            loc="Genève",
        ),
        b=person(
            "Louise Amstutz",
            """Fundraiser for NGOs for 10 years: foundations, public grants, corporate
            sponsors; raised 4M for youth programmes.""",
            """A coach with a real programme for young people, who I can build a
            structure around.""",
            tz=1,
            langs=["en", "fr", "de"],
            loc="Lausanne",
        ),
        twin=person(
            "Raphaël Sauter",
            """Responsable collecte de fonds, fondations et sponsors, 8 ans en ONG.""",
            """Un développeur pour créer une plateforme de dons en ligne pour les
            associations.""",
            tz=1,
            langs=["fr", "en"],
            loc="Genève",
        ),
        one=person(
            "Julia Keller",
            """Marketing lead at a sportswear brand; budget for kits and community
            projects.""",
            """A rugby coach working with young people to be our ambassador.""",
            tz=1,
            langs=["en", "de"],
            loc="Zürich",
        ),
        trap=person(
            "Corinne Favre",
            """Chargée de mécénat, j'ai levé des millions pour des projets jeunesse.""",
            """Un entraîneur avec un programme sportif pour des jeunes en difficulté.""",
            tz=1,
            langs=["fr", "en"],
            loc="Genève",
            consent=False,
        ),
    ),
    # 103 --------------------------------------------------------------- trap: visibility
    pair(
        103,
        "cross",
        "dental-lab",
        "A runs a traditional dental lab and needs someone to take it digital (scans, "
        "on-screen design, printing); B designs crowns on screen and wants a lab with "
        "finishing skill and production.",
        a=person(
            "Patrick Guérard",
            """Prothésiste dentaire depuis vingt-deux ans, laboratoire de six personnes à
            Tours. Céramique, stratification à la main, teintes difficiles, les dentistes
            du coin nous envoient les cas que personne ne veut faire.""",
            """Les dentistes m'envoient de plus en plus des fichiers au lieu d'empreintes
            en plâtre et je suis perdu. Il me faut quelqu'un qui maîtrise toute la chaîne
            à l'écran, de l'empreinte optique à la machine, et qui fasse entrer le labo
            dans cette époque.""",
            """Le travail bien fait, même quand personne ne regarde.""",
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Tours",
        ),
        b=person(
            "Anneke Visser",
            "Dental CAD designer, 7 yrs; I design crowns/bridges from intraoral scans for labs.",
            "A lab with real ceramic skill and capacity to finish what I design.",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr", "nl"],
            loc="Utrecht",
        ),
        twin=person(
            "Marco Ricci",
            "Dental CAD designer, scans and crown design, remote for 20 labs.",
            "A marketer to launch a direct-to-consumer aligner brand.",
            "Go direct, cut out the dentists.",
            ro=["tech"],
            rs=["marketing"],
            tz=1,
            langs=["en", "it", "fr"],
            loc="Milan",
        ),
        one=person(
            "Sylvie Chauvin",
            """Directrice d'une école de prothésistes dentaires, 120 élèves.""",
            """Un prothésiste chevronné en céramique pour enseigner et encadrer les
            élèves.""",
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        trap=person(
            "Lukas Brandt",
            "Dental CAD/CAM designer, scan-to-mill workflows for labs.",
            "An experienced ceramist lab that wants to go digital.",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Basel",
            vis="private",
        ),
    ),
    # 104 --------------------------------------------------------------- trap: commitment
    pair(
        104,
        "en",
        "intergenerational-housing",
        "A is a social worker matching students with seniors who have spare rooms and needs "
        "someone to run vetting, safety and operations at scale; B ran trust and safety at a "
        "home-sharing platform and wants someone who knows elderly people's needs.",
        a=person(
            "Moira Delaney",
            """Social worker with older people for 18 years. On the side I've matched 40
            students with seniors who have spare rooms and are lonely; every match has
            held. I know how to read a household, how families react, and what goes wrong
            in the third month.""",
            """To grow beyond my kitchen table I need someone who can build the machine:
            knowing who people really are on both sides, clear agreements, what happens
            when something goes wrong, and a way to handle hundreds of matches without losing the care.""",
            """Care over scale. No match is worth a frightened old person.""",
            rs=["operations"],
            c="side-project",
            tz=0,
            langs=["en"],
            loc="Dublin",
        ),
        b=person(
            "Priyanka Shah",
            """Ran trust and safety operations at a home-sharing platform for five years:
            identity checks, incident response, host and guest policies, a team of 30.""",
            """I want to do something slower and kinder. I'm looking for someone who knows
            elderly people and their families deeply and can design matches that last.""",
            ro=["operations"],
            c="part-time",
            tz=0,
            langs=["en", "gu"],
            loc="London",
        ),
        twin=person(
            "Owen Marsh",
            """Trust and safety lead at a gig-economy marketplace for six years: identity and
            background checks, incident handling, policies for both sides of the market,
            a team of 25.""",
            """A developer to build an identity-verification API I can sell to
            marketplaces.""",
            """Big market, fast growth.""",
            ro=["operations"],
            rs=["tech"],
            c="side-project",
            tz=0,
            langs=["en"],
            loc="Belfast",
        ),
        one=person(
            "Callum Byrne",
            """Founder of a student housing start-up, 300 rooms in Dublin and Cork.""",
            """A social worker who knows older people to help us launch a homeshare
            offer.""",
            ro=["operations"],
            rs=["domain"],
            c="part-time",
            tz=0,
            langs=["en"],
            loc="Cork",
        ),
        trap=person(
            "Ruth Callaghan",
            """Trust and safety manager at a home-rental platform: vetting, incidents,
            agreements.""",
            """A social worker who can match seniors with students, for a careful
            homeshare service.""",
            ro=["operations"],
            c="full-time",
            tz=0,
            langs=["en"],
            loc="Dublin",
        ),
    ),
    # 105 --------------------------------------------------------------- trap: timezone
    pair(
        105,
        "fr",
        "watchmaking",
        "A is a watchmaker who restores mechanical watches and needs someone who reaches "
        "collectors and auctions; B is a former auction-house watch specialist who needs a "
        "watchmaker to restore and certify.",
        a=person(
            "Hervé Cattin",
            "Horloger, 25 ans, restauration de montres mécaniques anciennes.",
            "Qqn qui connaît ceux qui paient cher l'horlogerie d'époque, et les salles de vente.",
            tz=1,
            langs=["fr"],
            loc="Besançon",
        ),
        b=person(
            "Laure Fontanel",
            "Ex-experte montres d'une maison de ventes, carnet de collectionneurs.",
            "Qqn d'atelier qui remette en marche et authentifie des mouvements d'époque.",
            tz=1,
            langs=["fr"],
            loc="Genève",
        ),
        twin=person(
            "Olivier Mathey",
            "Spécialiste des ventes de montres de collection, réseau d'acheteurs.",
            "Un associé qui apporte du capital pour acheter du stock.",
            "Acheter bas, revendre vite.",
            tz=1,
            langs=["fr"],
            loc="Lausanne",
        ),
        one=person(
            "Damien Roche",
            "Je lance une marque de montres, le design et le site sont prêts.",
            "Un horloger pour concevoir et assembler nos mouvements.",
            tz=1,
            langs=["fr"],
            loc="Morteau",
        ),
        trap=person(
            "Camille Chan",
            "Experte montres anciennes, ventes aux enchères, collectionneurs en Asie.",
            "Un horloger restaurateur pour remettre en état et certifier.",
            tz=8,
            langs=["fr"],
            loc="Hong Kong",
        ),
    ),
    # 106 --------------------------------------------------------------- trap: language
    pair(
        106,
        "cross",
        "mountain-safety",
        "A is an avalanche forecaster with a slope-level risk model and needs someone inside "
        "the mountain guiding world; B leads a guides' company and wants a forecaster to give "
        "guides better daily risk information.",
        a=person(
            "Callum Ross",
            """Avalanche forecaster for twelve years with the Scottish service, and a
            snow-science PhD. I built a model that combines weather station data, snowpack
            observations and terrain to give a danger estimate for individual slopes, not
            whole regions.""",
            """I need someone who lives among mountain professionals: who knows how they
            choose a route at 6 am, what they would actually look at on a phone, and who
            can bring a whole company of them to test it in the Alps.""",
            tz=0,
            langs=["en"],
            loc="Fort William",
        ),
        b=person(
            "Régis Balmat",
            "Guide de haute montagne, 20 ans, je préside la compagnie des guides (70 guides).",
            "Le bulletin du matin est trop général. Il me faut qqn qui juge le risque pente par pente.",
            tz=1,
            langs=["fr", "en"],
            loc="Chamonix",
        ),
        twin=person(
            "Sébastien Perrier",
            """Guide de haute montagne depuis vingt-deux ans, formateur à l'école nationale,
            connu dans toutes les compagnies des Alpes.""",
            """Un investisseur pour racheter et rénover un refuge d'altitude.""",
            tz=1,
            langs=["fr", "en"],
            loc="Annecy",
        ),
        one=person(
            "Hannah Whitlock",
            """We insure mountain sports and backcountry skiers across Europe, 50,000
            policies.""",
            """A snow scientist with a slope-level avalanche model to price our risk.""",
            tz=1,
            langs=["en", "de"],
            loc="Innsbruck",
        ),
        trap=person(
            "Pierre Couttet",
            """Guide de haute montagne, je dirige un bureau des guides de 40 guides.""",
            """Quelqu'un qui estime le risque d'avalanche pente par pente.""",
            tz=1,
            langs=["fr"],
            loc="Chamonix",
        ),
    ),
    # 107 --------------------------------------------------------------- trap: consent
    pair(
        107,
        "en",
        "detection-dogs",
        "A trains dogs that sniff out bedbugs and needs someone who sells to hotel groups and "
        "runs the rounds; B ran housekeeping operations for hotel chains and wants a dog "
        "trainer whose dogs really find bedbugs early.",
        a=person(
            "Dariusz Nowicki",
            """I've trained detection dogs for twenty years, first for the police in Poland,
            then privately in Rotterdam. For five years my dogs have searched for bedbugs:
            a dog and handler check a guest room in two minutes, with 95% accuracy in
            blind tests by the university, long before anyone sees a bite. I have six
            certified dogs, a training method and two handlers I trained myself.""",
            """We live on one-off calls after a guest has already complained. I need a
            partner who knows how the big lodging groups buy outside services, can sell
            them a regular prevention plan, and can plan the visits over many sites so the
            dogs aren't driving all day. Someone who can calm a manager at 7 am.""",
            """Dogs first: no dog works more than four hours a day. Pay your handlers
            properly.""",
            ro=["domain"],
            rs=["sales", "operations"],
            tz=1,
            langs=["en", "nl", "pl"],
            loc="Rotterdam",
        ),
        b=person(
            "Femke van der Linde",
            """Fifteen years in hotel operations, the last six as housekeeping and
            operations director for a group of 70 hotels in the Benelux and Germany. I
            negotiated every outside service contract, from laundry to pest control, and
            I know the general managers and purchasing heads of most chains here.""",
            """One bedbug review can cost a hotel a season. I want to build a prevention
            service with someone whose animals can find an infestation before guests do,
            who knows how to train and certify them, and who will be strict about
            quality.""",
            """Discretion, reliability, and animals treated well.""",
            ro=["sales", "operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "nl"],
            loc="Utrecht",
        ),
        twin=person(
            "Joost Hermans",
            """Hotel operations director for twelve years: housekeeping, purchasing and
            outside service contracts for a chain of 50 hotels; I know the general
            managers and purchasing heads across the Benelux.""",
            """An investor partner to buy two struggling hotels and turn them
            around.""",
            """Buy, fix, sell within five years.""",
            ro=["sales", "operations"],
            rs=["finance"],
            tz=1,
            langs=["en", "nl"],
            loc="Amsterdam",
        ),
        twin2=person(
            "Clara Vos",
            """Former head of housekeeping for a hotel group, strong network among hotel
            managers and purchasing teams.""",
            """A developer to build a room-inspection app for housekeeping teams.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["en", "nl"],
            loc="Eindhoven",
        ),
        one=person(
            "Bram de Jong",
            """I run the security of a regional airport; we have budget for a detection
            unit.""",
            """An experienced detection-dog trainer with certified dogs to set up and lead
            our unit.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "nl"],
            loc="Eindhoven",
        ),
        trap=person(
            "Sanne Bakker",
            """Hotel operations director, outside service contracts for 40 hotels; I know
            the purchasing heads.""",
            """A dog trainer with certified bedbug-detection dogs, for a prevention service
            sold to hotels.""",
            ro=["sales", "operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "nl"],
            loc="The Hague",
            consent=False,
        ),
    ),
    # 108 --------------------------------------------------------------- trap: visibility
    pair(
        108,
        "cross",
        "oyster-farming",
        "A farms oysters and is losing stock to heatwaves, and needs a scientist who can "
        "breed hardier oysters; B selected heat-tolerant oyster lines in a lab and wants a "
        "farmer with parks to trial them at scale.",
        a=person(
            "Maëlle Daguerre",
            """Ostréicultrice sur le bassin d'Arcachon, troisième génération, 14 hectares de
            parcs. Je connais les marées, les naissains, les maladies, et les autres
            ostréiculteurs du bassin me font confiance. Je peux mettre à disposition des
            parcs, des tables et une équipe pour des essais sérieux.""",
            """Les deux derniers étés, on a perdu la moitié des huîtres pendant les vagues
            de chaleur. Je cherche une scientifique ou un scientifique capable de produire
            des huîtres qui supportent l'eau chaude, en partant de nos souches, et de
            prouver que ça marche.""",
            """Sauver un métier, pas fabriquer des huîtres de laboratoire brevetées pour les
            industriels.""",
            tz=1,
            langs=["fr", "en"],
            loc="Arcachon",
        ),
        b=person(
            "Dr. Rory Campbell",
            """Marine geneticist; eight years selecting Pacific oysters for heat tolerance in
            a research hatchery. Our lines survive 4 degrees more than standard spat in
            tanks. I can run a breeding programme and the hatchery side.""",
            """Lab results mean nothing until they survive a real summer in real water. I
            want to partner with a farmer who has parks, knows the estuary and can get
            other growers on board.""",
            """Open science; growers should own the lines.""",
            tz=0,
            langs=["en", "fr"],
            loc="Plymouth",
        ),
        twin=person(
            "Dr. Elin Hughes",
            """Marine biologist, nine years on shellfish physiology and heat stress, with
            hatchery experience breeding oysters and mussels for research trials.""",
            """A food marketer to launch a seaweed snack brand.""",
            """Consumer brands, quick launch.""",
            tz=0,
            langs=["en", "fr"],
            loc="Cardiff",
        ),
        one=person(
            "Benoît Larrieu",
            """Je dirige un groupe de restaurants de fruits de mer, huit adresses à
            Bordeaux.""",
            """Une ostréicultrice sérieuse, avec des parcs et une équipe, pour un
            approvisionnement direct toute l'année.""",
            tz=1,
            langs=["fr"],
            loc="Bordeaux",
        ),
        trap=person(
            "Dr. Aoife Walsh",
            """Shellfish geneticist; heat-tolerant oyster lines from a research
            hatchery.""",
            """An oyster farmer with parks and trust among growers for full-scale
            trials.""",
            tz=0,
            langs=["en", "fr"],
            loc="Galway",
            vis="private",
        ),
    ),
    # 109 --------------------------------------------------------------- trap: commitment
    pair(
        109,
        "mixed",
        "bike-repair",
        "A is a bike mechanic who wants to maintain company bike fleets and needs someone who "
        "signs companies; B sells mobility services to employers and wants a mechanic.",
        a=person(
            "Julien Hoarau",
            "mécano vélo depuis 12 ans, j'ai un atelier mobile dans un camion. I can fix anything",
            "someone who sells to the HR of big companies, i dont know how to do that",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Chiara Bonetti",
            "B2B sales in mobility, 9 yrs, I sell to HR and facilities managers.",
            "A mechanic who can service company bike fleets on site.",
            ro=["sales"],
            tz=1,
            langs=["en", "fr", "it"],
            loc="Lyon",
        ),
        twin=person(
            "Antoine Rey",
            "Commercial B2B mobilité, je vends aux services RH des grands comptes.",
            "Un investisseur pour une flotte de trottinettes électriques.",
            ro=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Villeurbanne",
        ),
        one=person(
            "Pascal Duret",
            "Importateur de pièces vélo, 3 000 références.",
            "Un mécano expérimenté pour former nos revendeurs.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Grenoble",
        ),
        trap=person(
            "Emma Lindqvist",
            "I sell mobility benefits to HR teams of large employers.",
            "A bike mechanic who services company fleets on site.",
            ro=["sales"],
            c="side-project",
            tz=1,
            langs=["en", "fr"],
            loc="Geneva",
        ),
    ),
    # 110 --------------------------------------------------------------- trap: timezone
    pair(
        110,
        "cross",
        "art-authentication",
        "A runs a lab that dates pigments and materials in paintings and needs someone who "
        "knows the old-master market and its dealers; B is an old-master paintings expert "
        "who wants scientific analysis behind her attributions.",
        a=person(
            "Kieran Walsh",
            """Conservation scientist; my lab in Brussels dates pigments, binders and
            canvas with spectroscopy and X-ray imaging. We can show that a 'seventeenth
            century' panel contains a pigment invented in 1850.""",
            """I know materials, not the art market. I need someone the dealers and auction
            houses trust, who knows what a painting's history on paper should look like
            and can bring us the works that need checking.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Brussels",
        ),
        b=person(
            "Hélène Garnier",
            """Experte en tableaux anciens depuis vingt ans, agréée auprès des maisons de
            ventes parisiennes. Je connais les marchands, les collectionneurs et l'histoire
            des œuvres qui passent entre leurs mains.""",
            """Mon œil ne suffit plus face aux faux. Il me faut une analyse scientifique des
            matériaux pour appuyer chaque attribution.""",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        twin=person(
            "Pauline Dorval",
            """Experte en peinture ancienne, attributions et provenances, quinze ans auprès
            des maisons de ventes et des grands marchands parisiens.""",
            """Un associé financier pour acheter des tableaux en vente publique et les
            revendre.""",
            """Acheter bas, revendre haut.""",
            ro=["domain"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        twin2=person(
            "Sarah Bellamy",
            """Old-master specialist, former head of department at a London auction
            house; I know every dealer in the field.""",
            """A marketer to build an online art-advisory brand.""",
            ro=["domain"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        one=person(
            "Marc-André Pelletier",
            """Courtier en assurance d'œuvres d'art, 300 collectionneurs assurés.""",
            """Un laboratoire capable d'analyser les pigments pour vérifier les œuvres que
            nous assurons.""",
            ro=["finance"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        trap=person(
            "Claire Desrosiers",
            """Experte en tableaux anciens, reconnue par les marchands et les maisons de
            ventes.""",
            """Un laboratoire d'analyse des matériaux pour appuyer mes attributions.""",
            ro=["domain"],
            rs=["tech"],
            tz=-8,
            langs=["fr", "en"],
            loc="Vancouver",
        ),
    ),
    # 111 --------------------------------------------------------------- trap: language
    pair(
        111,
        "fr",
        "farm-machinery",
        "A is a farm machinery mechanic who wants to create a repair co-op for farmers and "
        "needs someone who can rally farmers; B runs farmers' networks and wants a mechanic.",
        a=person(
            "Gilles Arnaud",
            """Mécanicien agricole, 22 ans en concession. Tracteurs, moissonneuses,
            électronique embarquée, je répare tout, même ce que les marques veulent pas
            qu'on répare.""",
            """Je veux monter un atelier partagé où les cultivateurs réparent eux-mêmes. Mais il
            faut quelqu'un qui sache faire venir les exploitants, les convaincre d'adhérer,
            mener les réunions et tenir le groupe.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Chartres",
        ),
        b=person(
            "Émilie Blanchet",
            "Animatrice de réseaux de paysans (coops de matériel), 10 ans.",
            "Qqn du machinisme qui remette les engins en route et transmette son savoir aux agriculteurs.",
            tz=1,
            langs=["fr"],
            loc="Orléans",
        ),
        twin=person(
            "Hélène Vidal",
            "Animatrice de groupes d'agriculteurs, formation et vie associative.",
            "Une ingénieure agronome pour un projet de semences paysannes.",
            tz=1,
            langs=["fr"],
            loc="Bourges",
        ),
        one=person(
            "Thierry Boucher",
            "Concessionnaire d'occasion, 300 tracteurs par an.",
            "Un mécano agricole pour remettre en état nos machines.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Blois",
        ),
        trap=person(
            "Sam Whitmore",
            "Organiser of farmer networks and machinery co-ops for ten years.",
            "A farm mechanic who wants to teach farmers to fix their own machines.",
            tz=1,
            langs=["en"],
            loc="Tours",
        ),
    ),
    # 112 --------------------------------------------------------------- trap: consent
    pair(
        112,
        "en",
        "non-alcoholic-beer",
        "A is a brewer with a yeast that makes alcohol-free beer taste like beer and needs "
        "someone who knows how supermarkets list drinks; B was a supermarket drinks buyer and "
        "wants a product with a real brewer behind it.",
        a=person(
            "Ewan Sinclair",
            "Head brewer 14 yrs. Our yeast strain makes 0.0% beer that tastes like beer.",
            "Someone who knows how supermarket shelves are won.",
            ro=["domain", "tech"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Edinburgh",
        ),
        b=person(
            "Amelia Rhodes",
            "Ex category buyer, drinks, at a big grocer. Listings, promos, range reviews.",
            "Someone who makes the stuff: an alcohol-free beer that stands up in a blind tasting.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin=person(
            "Nadine Hollis",
            "Former grocery buyer, soft drinks and beers, listings and promotions.",
            "A food scientist for an oat-milk brand.",
            "Fast rollout, national listing year one.",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        one=person(
            "Felix Brauer",
            "Pub chain owner, 40 pubs.",
            "A brewer who can make our house alcohol-free beer.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "de"],
            loc="Munich",
        ),
        trap=person(
            "Harriet Coles",
            "Supermarket drinks buyer for 10 years, listings and range.",
            "A brewer with a great-tasting alcohol-free beer.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Bristol",
            consent=False,
        ),
    ),
]
