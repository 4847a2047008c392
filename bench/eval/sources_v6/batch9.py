"""Pairs 81-90 of complementary_v6."""

from people import pair, person

PAIRS = [
    # 81 ---------------------------------------------------------------- trap: language
    pair(
        81,
        "cross",
        "charcuterie-terrines",
        "A runs a group of gastropubs that buys factory pâté; B is a French charcutier who "
        "makes terrines by hand and wants a restaurant group as customer.",
        a=person(
            "Barnaby Heathcote",
            "8 gastropubs in Yorkshire. Our pâté comes from a factory and tastes of it.",
            "Someone who makes proper potted meats and country pies by hand, weekly.",
            "Pub food done properly.",
            ro=["sales"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Fernand Bouchardy",
            """Charcutier-traiteur depuis vingt-cinq ans à Lyon, je fais à la main pâtés en
            croûte, terrines de campagne, rillettes, jambons persillés et fromages de tête,
            avec des porcs de deux éleveurs du Forez. Je viens d'agrandir mon laboratoire
            et j'ai obtenu l'agrément pour exporter. Je parle anglais, ma femme est de
            Leeds.""",
            """Je cherche un groupe de restaurants qui me commande chaque semaine un volume
            fixe, pour faire tourner mon nouveau laboratoire et embaucher un apprenti.""",
            """Le cochon entier, rien ne se perd.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Roland Vachéresse",
            """Charcutier en Auvergne, saucissons secs et jambons affinés deux ans dans
            mon séchoir de montagne; je vends sur les marchés et en ligne. Je parle
            anglais.""",
            """Je cherche un importateur aux États-Unis et un associé qui gère les normes
            sanitaires à l'export.""",
            """Le temps de l'affinage.""",
            rs=["sales", "legal"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Priscilla Amery",
            """Chef, twelve years in London kitchens, the last four as sous-chef in a gastropub in Borough; I cook seasonal, nose-to-tail, and I'm moving back to Yorkshire to be near my mother.""",
            """I'm looking for a pub group that hires me to run one of its kitchens and lets me write the menu, with a brigade of four.""",
            """Cook what's local, waste nothing.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Marcel Jabouley",
            """Charcutier-traiteur, je fais à la main pâtés en croûte, terrines, rillettes et
            jambons persillés; laboratoire agrandi, agrément export obtenu.""",
            """Un groupe de restaurants qui me commande un volume fixe chaque semaine.""",
            """Le cochon entier.""",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 82 ---------------------------------------------------------------- trap: consent
    pair(
        82,
        "mixed",
        "surfboard-shaping",
        "A runs a surf school whose beginners' boards break; B shapes surfboards by hand and "
        "wants a school to equip.",
        a=person(
            "Manech Larralde-Scott",
            "École de surf à Hossegor, 60 beginners a day en été. Boards snap all the time.",
            "Quelqu'un qui taille à la main des planches solides for beginners, and repairs ours.",
            "Surf pour tous.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Kai Trevorrow",
            "Shaper, Cornwall to Landes. Je shape à la main, tough foam and epoxy boards.",
            "A surf school qui commande 40 planches par an et me confie la réparation.",
            "Ride what you love.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Jago Penberthy",
            "Shaper de longboards haut de gamme for collectors, custom art.",
            "A surf shop in Biarritz qui expose mes planches.",
            "Craft first.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Inès Darrigrand",
            "Photographe de surf, I shoot lessons et vends les photos.",
            "A surf school qui me laisse photographier ses élèves.",
            "Catch the moment.",
            ro=["marketing"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Tristan Kessell",
            "Shaper, je shape à la main, tough foam and epoxy beginner boards.",
            "A surf school qui commande 40 planches par an et me confie les réparations.",
            "Ride what you love.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 83 ---------------------------------------------------------------- trap: visibility
    pair(
        83,
        "cross",
        "abandoned-boat-recycling",
        "A runs a marina with two hundred abandoned boats on its hard standing; B dismantles "
        "old boats and recycles their hulls, and needs a site and a supply.",
        a=person(
            "Marc-Olivier Dubreuil",
            """Je dirige le port de plaisance de La Rochelle, quatre mille places, une
            zone technique de six hectares avec deux élévateurs et un atelier. Je viens de
            la marine marchande, vingt ans de commerce au long cours, et je n'ai jamais su
            faire de la voile sans avoir le mal de mer.""",
            """Deux cents bateaux abandonnés pourrissent sur notre terre-plein, certains
            depuis quinze ans : propriétaires introuvables ou décédés, coques qui fuient,
            moteurs qui suintent l'huile. Ils occupent la place de bateaux payants, la
            procédure de déchéance prend des années, et personne ne veut de ce qu'il en
            reste.""",
            """Un port propre pour les générations suivantes.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Morven Caldicott",
            """I founded a boat-breaking company in Falmouth: we strip engines, lead keels
            and electronics, drain the fuel and cut the fibreglass hulls for cement kilns.
            We've broken up nine hundred boats and handle the deregistration paperwork. I
            speak French, having spent my childhood in Brest.""",
            """I need a large harbour on the French coast that will give us a yard on its
            hard standing and feed us its old hulls, with a manager who can deal with the
            port authority and the legal side of ownerless boats.""",
            """Nothing should rot where the sea can take it.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Tobias Penwarden",
            """Boat restorer in Falmouth: I rebuild classic wooden yachts for collectors, from keel to varnish, and sell them on; two or three a year. I speak French from summers in Brittany.""",
            """I need a buyer network in the US and an investor to fund two restorations at a time, because one boat ties up all my money for a year.""",
            """Old boats deserve a second life.""",
            ro=["domain"],
            rs=["sales", "finance"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Gwénolé Le Bihan",
            """Je loue des voiliers à la semaine depuis La Rochelle, douze bateaux de neuf à douze mètres, avec ou sans skipper, et je travaille avec deux écoles de voile pour les stages de printemps.""",
            """Je cherche un port qui me réserve six places supplémentaires à l'année près de la capitainerie, et un accès prioritaire à ses élévateurs pour l'hivernage.""",
            """La mer pour tous, pas seulement pour les propriétaires.""",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rhodri Penhallow",
            """Boat-breaking company: engines, lead keels and electronics stripped, fuel
            drained, hulls cut for cement kilns; nine hundred boats so far. I speak
            French.""",
            """A large French harbour that gives us a yard on its hard standing and feeds us
            its old hulls.""",
            """Nothing should rot.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 84 ---------------------------------------------------------------- trap: commitment
    pair(
        84,
        "en",
        "rocking-horse-restoration",
        "A curates a museum of childhood with broken rocking horses; B restores antique "
        "rocking horses and wants a museum commission.",
        a=person(
            "Winifred Sallow",
            "Curator, museum of childhood, Edinburgh. 14 Victorian rocking horses, cracked.",
            "Someone who can carve, regesso and repaint them as they were.",
            "Play is history.",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Arthur Pennyfeather",
            "I restore antique rocking horses: carving, gesso, dapple paint, horsehair.",
            "A collection to restore, on display, credited.",
            "Gently does it.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Juniper Clatworthy",
            "I carve new rocking horses to order, oak and ash.",
            "A shop that sells my horses to grandparents.",
            "Heirlooms.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Rosalind Fairclough",
            "Children's historian, I write about Victorian toys.",
            "A museum that lets me study its collection.",
            "Look closely.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lionel Spratt",
            "I restore antique rocking horses: carving, gesso, dapple paint.",
            "A collection to restore, on display, credited.",
            "Gently.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 85 ---------------------------------------------------------------- trap: timezone
    pair(
        85,
        "cross",
        "cycling-tour-support-van",
        "A runs cycling holidays in Provence and needs a mechanic who drives the support van; "
        "B is a bike mechanic and driver who wants a season's work.",
        a=person(
            "Hamish Loudon",
            "Cycling holidays in Provence, 25 groups a season, English speakers.",
            "A mechanic who also drives our van, fixes bikes on the road, knows the area.",
            "Happy riders.",
            tz=1,
            langs=["en"],
        ),
        b=person(
            "Thibault Roumanille",
            "Mécano vélo, permis D, je connais chaque col du Ventoux. Je parle anglais.",
            "Une saison complète avec des groupes, d'avril à octobre.",
            "Personne ne reste sur le bord.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Anthelme Gardanne",
            "Mécano vélo, atelier à Avignon, réparation et montage de roues.",
            "Un investisseur pour un deuxième atelier.",
            "Le vélo en ville.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Brenda Castleford",
            "Travel agent, I sell cycling trips to American clubs.",
            "A tour operator in Provence to package my clients.",
            "Easy trips.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Loïc Tinomana",
            "Mécano vélo, permis D, je connais chaque col de Tahiti. Je parle anglais.",
            "Une saison complète avec des groupes.",
            "Personne sur le bord.",
            tz=-10,
            langs=["fr", "en"],
        ),
    ),
    # 86 ---------------------------------------------------------------- trap: language
    pair(
        86,
        "fr",
        "kid-goat-meat",
        "A keeps dairy goats whose male kids sell for almost nothing; B is a butcher who cooks "
        "and sells kid meat to restaurants.",
        a=person(
            "Ombeline Castagnède",
            """Je suis chevrière en Ardèche, deux cents chèvres alpines, fromagerie à la
            ferme, vente sur les marchés et à trois crèmeries de Lyon. Je fais tout avec mon
            compagnon et une apprentie. Le soir je lis des romans policiers suédois, c'est
            ma seule évasion.""",
            """Chaque printemps, les chevreaux mâles partent à deux euros pièce chez un
            engraisseur, entassés dans un camion, et ça me retourne l'estomac. Je ne sais
            pas quoi faire de ces petits.""",
            """Des bêtes respectées du début à la fin.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Gratien Faurie",
            "Boucher, je travaille la viande des jeunes caprins, découpe et plats cuisinés.",
            "Des éleveuses qui me vendent leurs chevreaux au printemps, pas un marchand.",
            "Du pré à l'assiette.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Aristide Pourcher",
            "Boucher, agneau de lait et veau sous la mère, boutique à Valence.",
            "Un associé pour ouvrir une deuxième boutique.",
            "Qualité d'abord.",
            ro=["sales"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Jacinthe Bresson",
            "Crémière à Lyon, fromages fermiers.",
            "Une chevrière qui me livre des tommes chaque semaine.",
            "Le bon lait.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Basil Stockwell",
            "Butcher, I work kid goat: cuts and ready meals for restaurants.",
            "Goat farmers who sell me their male kids in spring, not a dealer.",
            "Field to plate.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
    ),
    # 87 ---------------------------------------------------------------- trap: consent
    pair(
        87,
        "cross",
        "antique-parquet-restoration",
        "A owns a Dordogne château whose old parquet is lifting; B restores antique parquet "
        "and wants a large historic job.",
        a=person(
            "Amaury de Lestrade",
            "Château en Dordogne, 22 pièces, parquets Versailles de 1750 qui se soulèvent.",
            "Un artisan qui sache refaire ces planchers à l'ancienne, sans tout changer.",
            "Transmettre la maison.",
            ro=["operations"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Giles Cottesloe",
            """I restore antique parquet: I lift, number and re-lay panels, replace rotten
            pieces with matching old oak, and finish with wax, never varnish. Fifteen years,
            mostly country houses in England, and three châteaux. I've lived in Périgord for
            five years and speak French.""",
            """I'd like a big house with many rooms of old floors, where I can work through
            the winter with my assistant, rather than one room at a time.""",
            """Wax, patience and old oak.""",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Jolyon Ravenscroft",
            """Joiner in the Dordogne: I make new oak floors, doors and staircases for barn conversions, with a workshop and two men. I speak French after twelve years here.""",
            """I need a timber supplier with properly seasoned oak at a fair price, and a designer or architect who sends me clients.""",
            """Solid oak only.""",
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Bérangère Peyrony",
            """J'organise des mariages en Périgord depuis douze ans, une vingtaine par an, surtout des couples anglais et hollandais, avec traiteur, musiciens et hébergement des invités. J'ai un carnet de prestataires fidèles et une liste d'attente pour l'été.""",
            """Je cherche un château ou une grande demeure qui accueille mes mariages de mai à septembre, avec des salons pour le dîner, un parc pour la cérémonie et des chambres pour la famille.""",
            """Des fêtes dont on parle encore dix ans après.""",
            ro=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Clement Ashburnham",
            """I restore antique parquet: panels lifted, numbered and re-laid, matching
            old oak, wax finish. I live in Périgord and speak French.""",
            """A big house with many rooms of old floors to work through the winter.""",
            """Wax and patience.""",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 88 ---------------------------------------------------------------- trap: visibility
    pair(
        88,
        "mixed",
        "harpsichord-care",
        "A runs a baroque music festival whose hired harpsichords arrive out of tune; B is a "
        "harpsichord technician who wants a festival residency.",
        a=person(
            "Sybille Marchetti-Lowe",
            """Je dirige un festival de musique baroque en Bourgogne: twelve concerts in
            abbeys and churches every July, ensembles from all over Europe. We own two
            harpsichords and rent three more. Avant, j'étais hautboïste, and I still play
            in a wind quintet that rehearses in my kitchen.""",
            """I need someone who can voice and regulate the instruments, restring a broken
            string during an interval, et accorder en tempérament ancien before every
            concert, dans des églises où la température change sans arrêt.""",
            """La musique ancienne, jouée vivante.""",
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Florian Achterberg-Roux",
            """Technicien de clavecins, trained at a workshop in Amsterdam, twenty years of
            concert work. I tune in meantone, Werckmeister or whatever the ensemble asks,
            je remplace plectres et cordes in minutes, and I travel with my own van and
            tools.""",
            """Je cherche un festival qui me prenne pour toute la saison, lodging included,
            and lets me look after its own instruments the rest of the year.""",
            """Un instrument heureux joue mieux.""",
            tz=1,
            langs=["fr", "en", "nl"],
        ),
        twin=person(
            "Wilhelmina Duclos-Hart",
            """Facteur de clavecins, I build new instruments after historical models, two
            a year, pour des conservatoires.""",
            """I need a buyer network in Asia et un agent pour les salons professionnels.""",
            """Build slowly.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Anselm Berthier-Coles",
            """Claveciniste, I play continuo with two baroque ensembles in Lyon et j'enseigne au conservatoire; I'd like to be heard as a soloist, with a Couperin and Rameau programme ready.""",
            """A festival qui me programme en récital dans une abbaye, one evening in July, with its own instrument in good shape.""",
            """Play every note as if it mattered.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Rutger Vanderlinde",
            """Technicien de clavecins, twenty years of concert work, tuning in any
            temperament, strings and plectra replaced in minutes, own van.""",
            """Un festival qui me prenne pour toute la saison and lets me look after its
            instruments.""",
            """Un instrument heureux.""",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 89 ---------------------------------------------------------------- trap: commitment
    pair(
        89,
        "cross",
        "theatre-fly-rigging",
        "A runs a Victorian theatre whose hemp fly system frightens its insurer; B is a "
        "theatre rigger who rebuilds and inspects fly systems.",
        a=person(
            "Cordelia Ashplant",
            "Victorian theatre, Bristol, 600 seats. Our fly ropes date from 1962.",
            "The insurer says fix it or close the flies by March. We can't afford to close.",
            "Keep the old house alive.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Armand Lécuyer",
            "Cintrier, je refais et contrôle les cintres des théâtres anciens.",
            "Des théâtres à l'italienne, même en Angleterre, à remettre aux normes.",
            "La sécurité au-dessus des têtes.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Gaétan Mauduit",
            "Régisseur lumière, je conçois l'éclairage des spectacles.",
            "Une compagnie qui m'embarque en tournée.",
            "La lumière raconte.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Reuben Calloway",
            "Touring theatre company, we need a venue for a run.",
            "A theatre that gives us three weeks in spring.",
            "Theatre for everyone.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Jérémie Vaudémont",
            "Cintrier, je refais et contrôle les cintres des théâtres anciens.",
            "Des théâtres à l'italienne à remettre aux normes, même en Angleterre.",
            "La sécurité.",
            ro=["domain"],
            rs=["operations"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 90 ---------------------------------------------------------------- trap: timezone
    pair(
        90,
        "en",
        "open-water-swim-coaching",
        "A owns a flooded quarry used for open-water swimming with no coaching; B is a swim "
        "coach who teaches adults to swim outdoors.",
        a=person(
            "Gregor Ainsworth",
            """I own a flooded limestone quarry in Derbyshire, fifteen acres of clear
            water, with a car park, a changing hut and lifeguards at weekends. Triathletes
            and wild swimmers pay for sessions, about four hundred a week in summer. I
            bought it as a diving site, then realised I hate diving.""",
            """Half the people who turn up can barely swim a length and panic in cold water.
            I'd like a qualified teacher who can take frightened grown-ups from the first splash
            to a kilometre, run courses, and make them safe.""",
            """The water is for everyone, not just the fit.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Philippa Rawnsley",
            "Swim coach, adults only, from nervous beginners to first mile.",
            "A safe outdoor venue to run weekly courses.",
            "Calm in the water.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Morgan Treharne",
            "Triathlon coach, I train age-groupers for Ironman.",
            "A sponsor and a bike shop partner.",
            "Go long.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Duncan Scarfe",
            "Scuba instructor, I need a quarry for training dives.",
            "A site owner who rents me the water midweek.",
            "Safe diving.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Bethany Rourke",
            "Swim coach in Vancouver, adults only, nervous beginners to first mile.",
            "A safe outdoor venue to run weekly courses.",
            "Calm in the water.",
            tz=-8,
            langs=["en"],
        ),
    ),
]
