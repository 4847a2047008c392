"""Pairs 31-40 of complementary_v7."""

from people import pair, person

PAIRS = [
    # 31 ---------------------------------------------------------------- trap: language
    pair(
        31,
        "cross",
        "wedding-gown-preservation",
        "A runs a bridal boutique whose customers want their old gowns cleaned and kept; B "
        "specialises in cleaning and archiving silk dresses.",
        a=person(
            "Henrietta Loxley",
            """I own a bridal boutique in Canterbury, twelve years, about three hundred
            brides a year, plus alterations. More and more of them arrive with their
            mother's dress from 1985 wanting it remade, and it's yellowed, spotted and
            smells of the loft. My dog Biscuit greets every customer.""",
            """I need someone who can clean delicate old gowns without wrecking them and pack
            new ones so they don't go yellow, whom I can send brides to after the big
            day.""",
            """Every dress has a second life.""",
            tz=0,
            langs=["en"],
            loc="Canterbury",
        ),
        b=person(
            "Victorine Hardelot",
            "Nettoyage à sec de la soie et des dentelles, mise en boîte sans acide. Anglais ok.",
            "Une enseigne de robes de mariée qui m'envoie ses clientes, neuves ou anciennes.",
            "Ne rien abîmer.",
            tz=1,
            langs=["fr", "en"],
            loc="Boulogne-sur-Mer",
        ),
        twin=person(
            "Ségolène Wimereux",
            "Pressing haut de gamme, costumes et chemises, Calais. Je parle anglais.",
            "Un investisseur pour ouvrir deux boutiques de plus.",
            "Impeccable.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Pippa Whitstable",
            "Wedding photographer in Kent, 60 weddings a year.",
            "A bridal shop that recommends me to every bride.",
            "Catch the real moments.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Aglaé Étaples",
            "Nettoyage de la soie et des dentelles anciennes, boîtes sans acide.",
            "Une boutique de mariage qui m'envoie ses clientes, robes neuves ou anciennes.",
            "Ne rien abîmer.",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 32 ---------------------------------------------------------------- trap: consent
    pair(
        32,
        "mixed",
        "moped-repair-youth",
        "A runs a youth centre where teens ride broken scooters; B is a moped mechanic who "
        "wants apprentices.",
        a=person(
            "Siobhán Castellane",
            "I run the youth centre in Marseille nord, 90 teens, and I've been here 10 yrs.",
            "Qqn qui apprenne aux jeunes à réparer leurs deux-roues, et sans danger.",
            "Trust the kids.",
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
        ),
        b=person(
            "Kader Bellaïche",
            "Mécano scooters et mobylettes, atelier à la Belle de Mai.",
            "Des jeunes motivés à former, deux après-midis par semaine.",
            "Transmettre le métier.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Farid Ouaraghli",
            "Mécano vélo électrique, atelier à Noailles.",
            "Un comptable et un local plus grand.",
            "Rouler propre.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Jonah Whitcombe",
            "Filmmaker, docs about teenagers in cities. Parle français.",
            "A youth centre that lets me film the kids for a year.",
            "Real voices.",
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Nordine Saïdani",
            "Mécano scooters et mobylettes, atelier à Saint-Mauront.",
            "Des jeunes à former deux après-midis par semaine.",
            "Transmettre.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 33 ---------------------------------------------------------------- trap: visibility
    pair(
        33,
        "cross",
        "sawdust-horse-bedding",
        "A's sawmill pays to get rid of sawdust; B bags dust-extracted wood shavings as bedding "
        "for horse stables.",
        a=person(
            "Pierre-Yves Saulxures",
            """Je tiens la scierie familiale dans les Vosges, douze salariés, du sapin et de
            l'épicéa pour la charpente. Mon père scie encore le samedi matin, il a
            quatre-vingt-un ans et il refuse les bouchons d'oreille.""",
            """Trois cents tonnes de poussière et de copeaux s'entassent derrière l'atelier
            chaque année. Je paie un transporteur pour les emporter, les pompiers nous ont
            fait une remarque sur le risque, et le voisin se plaint du vent.""",
            """Tout l'arbre doit servir.""",
            tz=1,
            langs=["fr"],
            loc="Épinal",
        ),
        b=person(
            "Gemma Thistlethwaite",
            """I run a small business in Alsace that dries, dedusts and bales soft wood
            shavings as bedding for horses; I supply forty livery yards and two racing
            stables, and I'm short of raw material every winter. I've lived in France nine
            years and speak French.""",
            """I need a steady source of clean untreated softwood waste, ideally a sawmill
            within a hundred kilometres that would sign a yearly deal and let me park a
            trailer on site.""",
            """Good bedding, healthy horses.""",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Wilhelmina Forsyth",
            """I make wood pellets for home stoves in a small plant near Colmar, bagged and
            delivered by pallet. I speak French.""",
            """I need a distributor with a network of hardware stores across the east, and
            finance for a second pelletiser.""",
            """Heat from waste.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Hugues Xonrupt",
            """Charpentier, je construis des maisons à ossature bois et des extensions dans les
            Vosges, avec quatre compagnons et un atelier de taille. Je fais aussi des charpentes
            traditionnelles pour les fermes.""",
            """Je cherche une scierie locale qui me fournisse du sapin séché et raboté, aux sections
            que je demande, en délais courts.""",
            """Le bois d'ici, posé par des gens d'ici.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Bryony Ashcroft",
            """I dry, dedust and bale softwood shavings as horse bedding in Alsace, for forty
            livery yards, and I'm short every winter. I speak French.""",
            """A sawmill within a hundred kilometres with clean untreated waste, on a yearly
            deal.""",
            """Healthy horses.""",
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 34 ---------------------------------------------------------------- trap: commitment
    pair(
        34,
        "fr",
        "stairlift-fitting",
        "A is an occupational therapist whose elderly clients cannot climb stairs; B fits "
        "stairlifts and wants referrals.",
        a=person(
            "Roseline Chambéry",
            """Ergothérapeute libérale à Annecy, je fais les bilans à domicile pour le
            maintien des personnes âgées : salle de bains, barres d'appui, aménagements. Je
            travaille avec les caisses de retraite et je connais les aides financières par
            cœur. Je fais du parapente quand il fait beau.""",
            """Je cherche quelqu'un qui installe des sièges motorisés le long des marches, vite
            et proprement, chez des gens qui veulent rester chez eux.""",
            """Rester chez soi, en sécurité.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Thierry Faverges",
            "Poseur de monte-escaliers, droits et tournants, 48 h d'intervention.",
            "Une ergo qui m'envoie ses cas et sait décrocher les subventions.",
            "Chez soi le plus longtemps.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Jean-Baptiste Rumilly",
            "Installateur de douches à l'italienne et de baignoires à porte.",
            "Un commercial qui fasse du porte-à-porte dans la région.",
            "Confort d'abord.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Marie-Odile Thônes",
            "Aidante de ma mère, 88 ans, maison à étage à Cluses.",
            "Une ergothérapeute qui vienne voir ce qu'on peut adapter.",
            "Qu'elle reste chez elle.",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Patrice Seynod",
            "Poseur de monte-escaliers, droits et tournants, intervention rapide.",
            "Une ergo qui m'envoie ses cas et monte les aides.",
            "Chez soi.",
            ro=["operations"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 35 ---------------------------------------------------------------- trap: timezone
    pair(
        35,
        "cross",
        "scout-camp-field",
        "A leads a scout troop that wants to camp in France; B is a farmer with a meadow and "
        "a barn for youth groups.",
        a=person(
            "Ewan Macaskill",
            "Scout leader, Edinburgh troop, 40 kids, camp abroad each August.",
            "A farm in France with a big field, water and a roof if it pours.",
            "Leave no trace.",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Gérard Pontarlier",
            "Agriculteur, prairie de 3 ha, grange, point d'eau, Jura. Parle anglais.",
            "Des groupes de jeunes en juillet-août pour faire vivre la ferme.",
            "Accueillir simplement.",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Lucienne Morteau",
            "Agricultrice, gîte rural de 12 lits, Doubs. Je parle anglais.",
            "Un site web et un photographe pour le gîte.",
            "Du confort simple.",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Hamish Drummond",
            "Outdoor first-aid trainer, Scotland.",
            "A scout troop wanting to train all its leaders.",
            "Be prepared.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Annick Bourail",
            "Éleveuse, prairie de 3 ha, grange, eau, Nouvelle-Calédonie. Anglais.",
            "Des groupes de jeunes en juillet-août.",
            "Accueillir simplement.",
            ro=["operations"],
            tz=11,
            langs=["fr", "en"],
        ),
    ),
    # 36 ---------------------------------------------------------------- trap: language
    pair(
        36,
        "en",
        "pop-up-school-pool",
        "A's pupils cannot swim and the nearest pool is far; B runs a swimming pool built into "
        "a lorry trailer that visits schools.",
        a=person(
            "Marjorie Haddiscoe",
            """Head of a rural primary in north Norfolk, 140 pupils, two mixed-age classes
            per key stage. I teach Year 6 maths myself on Fridays and coach the netball
            team, badly.""",
            """A third of our Year 6 leave us unable to swim a length, and we're surrounded
            by water: rivers, the Broads, the sea. The nearest pool is twenty-five miles
            away and the coach costs more than the teaching itself.""",
            """Every child safe near water.""",
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Desmond Oyelaran",
            """I run a heated learn-to-swim pool built into an articulated trailer: ten
            metres, 0.9 m deep, changing rooms on board, two qualified instructors. We park
            in a playground for a fortnight and give every class a lesson a day.""",
            """We need schools in far-flung areas that can give us a flat yard, a water
            hookup and a power supply, and group together to book a term.""",
            """Swimming is a life skill, not a luxury.""",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Tristram Bagshaw",
            """I run a mobile climbing wall on a trailer for fêtes, schools and corporate days, with
            two instructors and all the harnesses; we set up in forty minutes on any flat ground.""",
            """I'm looking for an investor to build a second trailer, and a booking assistant to
            fill the calendar.""",
            """Reach higher.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Philippa Ormesby",
            """Supply teacher in Norfolk, qualified in primary PE and outdoor learning, with a
            forest-school certificate and a minibus licence. I've covered in twenty village
            schools and I coach a girls' cricket team.""",
            """I'm looking for a village school that takes me on two days a week for PE and games,
            on a proper contract.""",
            """Active kids learn better.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Jorrit van Harlingen",
            """Ik run een verwarmd leszwembad in een oplegger: tien meter, kleedkamers aan
            boord, twee instructeurs. We staan twee weken op een schoolplein.""",
            """Scholen in afgelegen gebieden met een vlak terrein, water en stroom, die samen
            een periode boeken.""",
            """Zwemmen is een levensvaardigheid.""",
            tz=1,
            langs=["nl"],
        ),
    ),
    # 37 ---------------------------------------------------------------- trap: consent
    pair(
        37,
        "cross",
        "elderflower-cordial",
        "A has wild elder hedges and no use for the blossom; B makes cordials and wants a "
        "French blossom source.",
        a=person(
            "Marie-Claude Oradour",
            """J'ai une ferme de 40 hectares en Haute-Vienne, bordée de haies anciennes où
            poussent des centaines de sureaux. En juin c'est blanc à perte de vue et tout
            tombe par terre. J'ai des bras l'été, mes petits-enfants et les voisins.""",
            """Quelqu'un qui sache faire de ces fleurs une boisson et la vendre de l'autre
            côté de la Manche.""",
            """Ne rien laisser perdre.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Alistair Pennycuick",
            "Cordial maker, Somerset: 6 flavours, UK delis + Waitrose. I speak French.",
            "Want a farm abroad that picks 2 t of wild blossom in June, hand-picked.",
            "Pick it, press it same day.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Penelope Ravensdale",
            "Cordial and shrub maker, Devon, farm shops. Some French.",
            "Need a bottling line and a new label designer.",
            "Small batch.",
            ro=["sales"],
            rs=["design"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Christelle Bellac",
            "Herboriste à Limoges, tisanes et sirops.",
            "Une ferme qui me laisse cueillir ses fleurs de sureau en juin.",
            "Les plantes qui soignent.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Hector Fairbairn",
            "Cordial maker, Dorset, UK delis. I speak French.",
            "A farm abroad picking 2 t of wild blossom in June.",
            "Same-day press.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 38 ---------------------------------------------------------------- trap: visibility
    pair(
        38,
        "en",
        "piano-removals",
        "A's recital hall needs grand pianos moved up stairs; B is a specialist piano mover.",
        a=person(
            "Lucinda Farrington",
            "Recital room above a bookshop in Bath, 80 seats, hired grands every month.",
            "Folk who can get a 300 kg instrument up a winding flight of steps, not a scratch.",
            "Music in small rooms.",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Terrence Ogunbiyi",
            "Piano mover: 3 lads, stair-climber, skids, insured to £100k.",
            "Want a venue with a regular monthly job, awkward access welcome.",
            "Slow is fast.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Dwayne Coldharbour",
            "Removals firm, 4 vans, house moves across Somerset.",
            "Need a booking app and someone on the phones.",
            "On time, every time.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Henrik Sandqvist",
            "Concert pianist, moved to Bristol, looking to play more.",
            "A small recital room that books me twice a year.",
            "Every note counts.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Clive Batheaston",
            "Piano mover, stair-climber and skids, fully insured.",
            "A venue with a monthly job, awkward access welcome.",
            "Slow is fast.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 39 ---------------------------------------------------------------- trap: commitment
    pair(
        39,
        "cross",
        "firework-fear-dogs",
        "A runs boarding kennels where dogs panic at fireworks; B is a veterinary behaviourist "
        "with a sound-desensitisation programme.",
        a=person(
            "Rosalind Tunbridge",
            """I run boarding kennels outside Maidstone, sixty runs, busy all year and
            rammed at New Year. We also have a grooming room and a field for agility. I
            breed Border terriers on the side, which my husband calls a hobby.""",
            """Every Bonfire Night and New Year's Eve half the dogs in our care go frantic:
            one broke a tooth on the bars last year, two dug under the fence, and owners
            now ask whether we'll have a quiet night before they book.""",
            """Dogs come home calmer than they left.""",
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Hélène Vaucresson",
            """Vétérinaire comportementaliste, je traite les peurs des bruits chez le chien :
            bilans, protocoles d'habituation avec des enregistrements progressifs, conseils
            d'aménagement des chenils. Je parle anglais et j'ai exercé deux ans à
            Londres.""",
            """Je cherche une pension canine avec beaucoup de chiens et une équipe motivée,
            pour mettre en place un protocole sur une saison et mesurer les résultats.""",
            """Un chien serein, un maître serein.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Armelle Chantilly",
            """Vétérinaire comportementaliste pour chats, je fais des consultations à domicile
            autour de Paris. Je parle anglais.""",
            """Je cherche un développeur pour une application de téléconsultation, et un
            associé pour la partie commerciale.""",
            """Le chat n'est pas un petit chien.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Graham Pettigrew",
            """I'm a dog walker in Maidstone with twenty regular clients and a van with
            cages.""",
            """I'd like a kennels that takes my clients' dogs when their owners go on holiday
            and pays me a referral fee.""",
            """Tired dogs are happy dogs.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Capucine Rambouillet",
            """Vétérinaire comportementaliste, peurs des bruits chez le chien : protocoles
            d'habituation progressifs et aménagement des chenils. Je parle anglais.""",
            """Une pension canine avec beaucoup de chiens, pour un protocole sur une saison.""",
            """Un chien serein.""",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 40 ---------------------------------------------------------------- trap: timezone
    pair(
        40,
        "fr",
        "fountain-pen-repair",
        "A's stationery shop sells old fountain pens nobody can repair; B restores nibs and "
        "filling systems.",
        a=person(
            "Ariane Montbrison",
            "Papeterie à Saint-Étienne, on vend des stylos anciens aux amateurs.",
            "Qqn qui redonne vie aux becs et à l'encrage de nos vieux modèles.",
            "Écrire à la main.",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Léonce Firminy",
            """Restaurateur de stylos plume depuis vingt ans : je redresse et je repolis les
            plumes en or, je change les sacs en caoutchouc et les joints des remplissages à
            piston, je répare les capuchons fendus. J'ai un stock de pièces des années
            trente à soixante.""",
            """Je cherche une boutique qui vend des modèles d'avant-guerre et m'envoie ses réparations
            et celles de ses clients, avec un comptoir où exposer mon travail.""",
            """Un objet qui dure trois générations.""",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Gervais Rive-de-Gier",
            """Horloger, je restaure les montres mécaniques anciennes, mouvements et boîtiers,
            et j'ai un stock de pièces détachées.""",
            """Je cherche un vendeur en ligne et un photographe pour vendre mes montres
            restaurées aux collectionneurs.""",
            """Le temps bien réglé.""",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Adélaïde Roanne",
            """Calligraphe, je donne des cours à Lyon à des adultes et des adolescents, et je fais
            des faire-part et des diplômes à la main. Mes élèves veulent écrire avec de vrais
            outils anciens.""",
            """Je cherche une boutique qui me vende chaque année une trentaine de vieux stylos en
            état de marche pour mes cours, à prix d'atelier.""",
            """Le trait juste.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Edmond Papetoai",
            """Restaurateur de stylos plume à Moorea : plumes en or repolies, sacs et joints
            changés, capuchons réparés, pièces des années trente à soixante.""",
            """Une boutique de modèles anciens qui m'envoie ses réparations.""",
            """Trois générations.""",
            ro=["tech"],
            rs=["sales"],
            tz=-10,
            langs=["fr"],
        ),
    ),
]
