"""Pairs 51-60 of complementary_v7."""

from people import pair, person

PAIRS = [
    # 51 ---------------------------------------------------------------- trap: language
    pair(
        51,
        "cross",
        "academy-player-welfare",
        "A runs a football academy whose young French-speaking recruits are lonely and lost; B "
        "is a French-speaking welfare mentor for young athletes abroad.",
        a=person(
            "Gareth Llanfair-Price",
            """Head of the academy at a Championship club in the Midlands: ninety boys from
            under-nine to under-twenty-one, a school partnership and host families. I was a
            full-back for eleven years, two knees and one cup final.""",
            """Each summer we sign three or four sixteen-year-olds from Senegal, Belgium or
            Ivory Coast. They arrive with little English, sit alone in the canteen, ring
            home every night and stop eating properly. Last season one walked out and took
            the coach to Paris; his agent blamed us.""",
            """Boys first, players second.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Mamadou Ndiaye-Lemoine",
            """Ancien joueur pro en Belgique et en Écosse, je suis aujourd'hui référent
            bien-être pour les jeunes sportifs expatriés : je les accueille, je parle avec
            les familles au pays, je les aide pour l'école, la banque, le téléphone et la
            cuisine, et je reste joignable le soir. Je parle anglais, wolof et français.""",
            """Je cherche un centre de formation qui fait venir des adolescents de pays
            francophones et veut un accompagnement sérieux, avec un vrai poste et un bureau
            près des chambres.""",
            """Un jeune bien dans sa tête joue mieux.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Karim Sadiki-Montfort",
            """Ancien footballeur, je suis agent de joueurs licencié, je repère les jeunes en
            Afrique de l'Ouest et je négocie leurs contrats en Europe. Je parle anglais.""",
            """Je cherche un avocat en droit du sport et un associé qui finance les
            déplacements de détection.""",
            """Le talent n'a pas de frontière.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Abigail Hucknall",
            """I'm a sports nutritionist in Derby, registered, working with a rugby club's academy
            and two international swimmers. I plan meals around training loads, run cooking
            sessions for teenagers and do body-composition checks every month.""",
            """I'd like a football academy that takes me on two days a week to plan meals for its
            teenage players and teach the host families what to cook.""",
            """Fuel the work, don't fear the food.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ousmane Diallo-Rivière",
            """Ancien joueur, je suis référent bien-être pour les jeunes sportifs expatriés :
            accueil, lien avec les familles, école, banque, et je reste joignable le
            soir.""",
            """Un centre de formation qui fait venir des adolescents de pays francophones et
            veut un accompagnement sérieux.""",
            """Un jeune bien dans sa tête joue mieux.""",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 52 ---------------------------------------------------------------- trap: consent
    pair(
        52,
        "en",
        "community-fridge-collection",
        "A runs a community fridge that cannot collect surplus food; B owns a refrigerated van "
        "and wants regular runs.",
        a=person(
            "Bernadette Okonkwo",
            """I run a community fridge in a church hall in Salford: open six days, two
            hundred visitors a week, twenty volunteers. Three supermarkets have offered us
            their end-of-day surplus but we've no way of fetching it cold.""",
            """I need a person with a chilled vehicle who can do the late-day rounds, keep
            the temperature log and drop it all at the hall before nine.""",
            """Food is for eating, not for skips.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Desmond Pickavance",
            """Ex-catering delivery driver with my own refrigerated Transit, food hygiene
            level 3, evenings free since I went part-time.""",
            """I want regular evening runs for a good cause, collecting and dropping, fuel
            covered.""",
            """Do something useful with the van.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Kenneth Walkden",
            """Refrigerated courier, two vans, pharmacy and lab deliveries around
            Manchester.""",
            """I need a software partner to build a tracking app, and a bank loan for a
            third van.""",
            """On time, on temperature.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Shauna McGinty",
            """I'm a student nutritionist doing a placement project on food insecurity in
            Salford.""",
            """I'd like a community food project that lets me interview its visitors
            weekly.""",
            """Listen before you design.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ronald Eccleshall",
            """Own refrigerated van, food hygiene level 3, evenings free.""",
            """Regular evening collections for a good cause, fuel covered.""",
            """Use the van well.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 53 ---------------------------------------------------------------- trap: visibility
    pair(
        53,
        "cross",
        "british-motorcycle-parts",
        "A restores old British motorcycles in France and cannot find parts; B deals in "
        "original spares for them.",
        a=person(
            "Loïc Fougerolles",
            "Garage de motos anciennes à Laval, Triumph et BSA surtout.",
            "Qqn qui me déniche les pièces d'origine de l'autre côté de la Manche.",
            "Rouler d'époque.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Clive Ramsbottom",
            "Spares dealer, 40 yrs of NOS stock for '50s-'70s bikes. I speak French.",
            "Want a workshop abroad that orders every month.",
            "Original or nothing.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Reginald Hoylake",
            "Classic car spares, MG and Triumph cars. Some French.",
            "Want an online shop builder and a warehouse.",
            "Keep them running.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Benoît Craon",
            "Collectionneur, une BSA de 1962 en caisses.",
            "Un garage qui remonte ma moto pour l'été.",
            "La passion.",
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Stanley Huddersfield",
            "Spares dealer, NOS stock for '50s-'70s bikes. I speak French.",
            "A workshop abroad ordering monthly.",
            "Original only.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 54 ---------------------------------------------------------------- trap: commitment
    pair(
        54,
        "fr",
        "zoo-animal-enrichment",
        "A runs a small zoo whose animals pace in winter; B designs enrichment devices and "
        "feeding puzzles for captive animals.",
        a=person(
            "Gonzague Sigean",
            """Je dirige un petit parc zoologique dans l'Aude : cent vingt animaux, deux ours,
            des lynx, des loutres, une famille de macaques. Douze soigneurs, un vétérinaire
            à mi-temps et une boutique. Je viens de l'hôtellerie, j'ai racheté le parc en
            2017 par coup de cœur.""",
            """L'hiver, quand les visiteurs ne viennent plus, les ours tournent en rond le
            long de la même clôture, les macaques s'arrachent les poils et un lynx se lèche
            la patte jusqu'au sang. Les soigneurs sont débordés et les associations
            commencent à poster des vidéos.""",
            """Un parc doit faire du bien aux bêtes avant de plaire aux gens.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Maëva Leucate",
            """Éthologue, je conçois des dispositifs qui occupent les animaux captifs :
            mangeoires à énigmes, cachettes odorantes, glaçons de poisson, troncs à
            creuser, et des plannings de rotation pour que rien ne devienne une habitude. Je
            forme les équipes et je mesure les comportements avant et après.""",
            """Je cherche un établissement qui me laisse un hiver entier pour tester mes
            installations sur plusieurs espèces et publier les résultats.""",
            """Une bête occupée est une bête qui va bien.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Clémentine Gruissan",
            """Éthologue spécialiste des chiens, je fais des bilans de comportement et des
            formations pour les refuges et les éducateurs canins.""",
            """Je cherche un développeur pour une application de suivi des chiens adoptés,
            et un financeur pour la lancer.""",
            """Comprendre avant de corriger.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Hippolyte Narbonne",
            """Photographe animalier, je prépare un livre sur les ours et je vends des tirages en
            galerie à Montpellier et à Paris. J'ai passé deux hivers en Slovénie dans un affût.""",
            """Je cherche un parc qui me laisse photographier ses ours avant l'ouverture, tous les
            matins d'un hiver.""",
            """La patience paie.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Lorène Bages",
            """Éthologue, je conçois des mangeoires à énigmes, cachettes odorantes et troncs à
            creuser pour les animaux captifs, avec des plannings de rotation; je mesure les
            comportements.""",
            """Un établissement qui me laisse un hiver pour tester sur plusieurs
            espèces.""",
            """Une bête occupée va bien.""",
            ro=["domain"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 55 ---------------------------------------------------------------- trap: timezone
    pair(
        55,
        "cross",
        "antique-map-restoration",
        "A deals in antique maps, many torn and foxed; B is a paper conservator.",
        a=person(
            "Peregrine Ashdown",
            """Antique map and print dealer in Cecil Court, London, thirty years. Stock of
            about four thousand sheets, from Speed county maps to Victorian railway plans.
            I do most of my trade at fairs and online now, and I'm a hopeless sailor.""",
            "A person who mends tears, stains and foxing on old engraved sheets, invisibly.",
            "Buy the best, sell it honestly.",
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Blanche Monthermé",
            "Restauratrice d'arts graphiques, papier ancien, Paris. Je parle anglais.",
            "Un marchand qui me confie des lots de cartes anciennes toute l'année.",
            "Invisible et réversible.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Iseult Charleville",
            "Restauratrice de tableaux, peinture à l'huile, Paris. Je parle anglais.",
            "Une galerie d'art moderne qui m'expose.",
            "Respecter l'œuvre.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Montague Fishwick",
            "Retired surveyor, I collect county maps of Kent.",
            "A dealer who'll find me the 1610 Speed map of Kent.",
            "The hunt is the fun.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Hermance Papara",
            "Restauratrice de papier ancien, Tahiti. Je parle anglais.",
            "Un marchand qui me confie des lots de cartes anciennes.",
            "Invisible et réversible.",
            tz=-10,
            langs=["fr", "en"],
        ),
    ),
    # 56 ---------------------------------------------------------------- trap: language
    pair(
        56,
        "en",
        "ceilidh-band",
        "A plans weddings and wants a band for Scottish dances; B is a ceilidh band with a caller.",
        a=person(
            "Kirsty Auchterlonie",
            "Wedding planner, Perthshire, 50 weddings a year.",
            "A group who gets granny and the kids up dancing reels, with someone calling.",
            "Everyone on the floor.",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Fergus Lochgelly",
            "Ceilidh band: fiddle, box, drums + a caller. PA of our own.",
            "Want someone who fills 20+ of our Saturdays a year with receptions to play.",
            "Strip the willow till dawn.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Callum Kinross",
            "Pipe band, 12 pipers, competitions and parades.",
            "Need a sponsor for new uniforms.",
            "Pride on parade.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Ailsa Strathmiglo",
            "Venue: barn near Crieff, 150 guests.",
            "A wedding planner who brings couples to our barn.",
            "Rustic charm.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Maarten Oosterwolde",
            "Ceilidhband uit Utrecht: viool, accordeon, drums en een caller.",
            "Een planner die ons twintig zaterdagen per jaar boekt.",
            "Dansen tot de ochtend.",
            tz=1,
            langs=["nl"],
        ),
    ),
    # 57 ---------------------------------------------------------------- trap: consent
    pair(
        57,
        "cross",
        "rural-school-repopulation",
        "A is a village mayor whose school will close for lack of children; B helps British "
        "families relocate to rural France.",
        a=person(
            "Raymonde Bourganeuf",
            """Maire d'une commune de trois cent dix habitants dans la Creuse depuis 2014.
            Nous avons une école à deux classes, une boulangerie qui ouvre trois jours, une
            salle des fêtes refaite et onze maisons vides dont la commune possède quatre. Je
            suis aussi secrétaire de la société de pêche.""",
            """L'inspection académique m'a prévenue : il manque six enfants à la rentrée
            prochaine et la classe des grands ferme. Les jeunes couples d'ici sont partis à
            Limoges, les maisons se vident, et sans école, plus personne ne viendra.""",
            """Un village vivant, c'est des cartables dans la rue.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Fiona Ballantyne",
            """I run a relocation service for British families moving to rural France:
            house hunting, paperwork, bank, school enrolment, French lessons for the kids,
            and a buddy family already settled nearby. About thirty families a year, mostly
            remote workers with young children. I've lived in the Limousin for fifteen
            years.""",
            """I want to work with a village that welcomes newcomers, has homes to rent or
            sell at fair prices and a primary school with room, and will introduce my
            families to the neighbours.""",
            """Arrive slowly, stay for good.""",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Douglas Invergowrie",
            """I'm an estate agent in the Dordogne selling old farmhouses to British buyers,
            with an office in Périgueux.""",
            """I need a mortgage broker who handles British clients, and a good renovation
            builder to recommend.""",
            """Find the dream, sell the dream.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Justine Aubusson-Chénérailles",
            """Institutrice titulaire depuis douze ans à Paris, j'ai enseigné dans des classes à
            plusieurs niveaux et je fais du théâtre avec les élèves. Mon mari est menuisier et
            peut travailler partout.""",
            """Je cherche une commune avec une classe unique qui recrute, et un logement à louer
            pour ma famille de quatre.""",
            """Enseigner près des gens.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rosalind Kilbride",
            """Relocation service for British families moving to rural France: house
            hunting, paperwork, school enrolment, French lessons, a buddy family. Thirty
            families a year.""",
            """A commune that welcomes newcomers, has homes at fair prices and a school with
            room.""",
            """Arrive slowly, stay.""",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 58 ---------------------------------------------------------------- trap: visibility
    pair(
        58,
        "en",
        "beach-wheelchair-loans",
        "A is a council access officer who wants wheelchair users on the sand; B hires out "
        "balloon-wheeled beach chairs.",
        a=person(
            "Lorraine Skegness",
            """Access officer for a seaside council in Lincolnshire; I manage toilets,
            ramps and parking for four miles of beach, with a budget for a loan scheme and
            two lifeguard huts that could store kit.""",
            "I need a supplier of seats on fat wheels that roll over soft ground, and someone to run the lending.",
            """Everyone gets to the sea.""",
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Tamsin Mablethorpe",
            "Beach wheelchair hire: 12 balloon-tyre chairs, trained staff.",
            "Want a local authority partner with storage on the sand.",
            "Sand for all.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Gregory Sutton-on-Sea",
            "Mobility scooter hire in seaside towns, 40 scooters.",
            "Need a franchise lawyer and investors.",
            "Freedom to roam.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Harriet Chapel-St-Leonards",
            "Wheelchair user, I'd love a day on the beach with my kids.",
            "A council scheme that gets me onto the sand this summer.",
            "Just a normal day out.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Veronica Ingoldmells",
            "Beach wheelchair hire, 10 balloon-tyre chairs, trained staff.",
            "A council partner with storage on the sand.",
            "Sand for all.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 59 ---------------------------------------------------------------- trap: commitment
    pair(
        59,
        "cross",
        "horse-drawn-weddings",
        "A runs a wedding venue for British couples in Normandy; B drives a horse-drawn carriage.",
        a=person(
            "Jemima Thistlewaite",
            "Wedding venue, Normandy manor, British couples mostly.",
            "Someone with a horse and carriage to bring brides up the drive.",
            "Fairy tales on budget.",
            tz=1,
            langs=["en"],
        ),
        b=person(
            "Étienne Mortagne",
            "Cocher, calèche et deux percherons, Perche. Je parle anglais.",
            "Un lieu de réception qui me réserve tous ses samedis d'été.",
            "Le pas du cheval.",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Amandine Bellême",
            "Cocher, balades en calèche pour touristes au Mont-Saint-Michel.",
            "Un office de tourisme qui vende mes balades en ligne.",
            "Lentement.",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Cosmo Featherby",
            "I'm a florist in Kent who'd love to work in France.",
            "A manor wedding venue that hires me for its summer weddings.",
            "Flowers tell the story.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Firmin Nogent-le-Rotrou",
            "Cocher, calèche et deux percherons. Je parle anglais.",
            "Un lieu de réception, samedis d'été.",
            "Le pas du cheval.",
            ro=["operations"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 60 ---------------------------------------------------------------- trap: timezone
    pair(
        60,
        "fr",
        "harvest-worker-lodging",
        "A's grape pickers sleep in their cars; B rents out fleets of small mobile lodges for "
        "seasonal workers.",
        a=person(
            "Édouard Chablis-Vézelay",
            """Je suis président d'une cave coopérative dans l'Yonne, soixante vignerons,
            quatre cents hectares. Les vendanges mobilisent trois cents saisonniers pendant
            trois semaines en septembre. Je joue encore du clairon à la fanfare du
            village.""",
            """Nos vendangeurs dorment dans leurs voitures ou sous des tentes au bord de la
            rivière, la gendarmerie passe, l'inspection du travail nous a écrit, et les
            bons cueilleurs ne reviennent pas l'année suivante.""",
            """On ne fait pas du bon vin avec des gens épuisés.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Noëlle Tonnerre",
            """Je loue des flottes de petits chalets mobiles, quatre couchages, douche et
            chauffage, livrés par camion et installés en une journée sur un terrain plat,
            avec un bloc sanitaire et le ménage. J'équipe déjà des chantiers et des
            festivals.""",
            """Je cherche des employeurs agricoles qui accueillent des centaines de
            cueilleurs ou d'ouvriers temporaires chaque année et veulent un contrat sur plusieurs années, avec un
            terrain.""",
            """Bien dormir, c'est bien travailler.""",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Gaël Auxerre",
            """Je loue des chapiteaux, des tables et des cuisines mobiles pour les mariages
            et les fêtes de village dans l'Yonne.""",
            """Je cherche un investisseur pour un entrepôt et un commercial pour les
            entreprises.""",
            """La fête clé en main.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Chantal Joigny",
            """Je dirige une agence d'intérim agricole dans l'Yonne : trois cents cueilleurs chaque
            automne, des chauffeurs de tracteur et des porteurs, avec les contrats et les visites
            médicales.""",
            """Je cherche une coopérative qui me confie tout son recrutement de vendanges sur trois
            ans, avec un bureau sur place en septembre.""",
            """Le bon travailleur au bon endroit.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Thérèse Koné",
            """Je loue des chalets mobiles, quatre couchages, douche et chauffage, livrés et
            installés, avec sanitaires et ménage, en Nouvelle-Calédonie.""",
            """Des employeurs agricoles qui accueillent des centaines de saisonniers chaque
            année.""",
            """Bien dormir.""",
            tz=11,
            langs=["fr"],
        ),
    ),
]
