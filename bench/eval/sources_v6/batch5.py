"""Pairs 41-50 of complementary_v6."""

from people import pair, person

PAIRS = [
    # 41 ---------------------------------------------------------------- trap: language
    pair(
        41,
        "cross",
        "divorce-asset-tracing",
        "A is a London family lawyer whose clients' French spouses hide assets in France; B is "
        "a French court-appointed forensic accountant who wants cross-border family cases.",
        a=person(
            "Victoria Hemingford",
            """Family law partner at a six-lawyer firm in Holborn. About a third of our
            divorces involve a spouse with a business, a farm or flats in France, and more
            often than not the money has moved by the time we ask for disclosure. I argue
            the cases in London and I'm good at it. I row on the Thames at six in the
            morning, badly.""",
            """I need someone who can follow money through French company accounts, land
            registers and holding structures, write a report a judge in London will accept,
            and give evidence about it. Someone who knows how a SARL's books are dressed up
            before a divorce.""",
            """Both spouses deserve to see the whole picture.""",
            ro=["legal"],
            rs=["finance"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        b=person(
            "Laurent Viguerie",
            """Expert-comptable, inscrit comme expert judiciaire près la cour d'appel de
            Lyon depuis douze ans. Je reconstitue les patrimoines dans les successions et
            les liquidations de régimes matrimoniaux : comptes courants d'associés,
            sociétés civiles immobilières, transferts vers le Luxembourg. Mes rapports sont
            lus par des juges, je sais les défendre à l'audience. Je lis et parle anglais
            couramment.""",
            """Je veux travailler avec un cabinet d'avocats en droit de la famille à
            l'étranger, qui plaide devant ses propres tribunaux et m'envoie les dossiers où
            l'un des époux a des biens en France.""",
            """Les chiffres ne mentent pas, ceux qui les présentent parfois.""",
            ro=["finance"],
            rs=["legal"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        twin=person(
            "Agnès Montvalon",
            """Expert-comptable à Paris, spécialisée dans l'évaluation des entreprises lors
            des cessions et des transmissions familiales; j'ai évalué plus de deux cents
            PME. Je parle anglais.""",
            """Je cherche un développeur qui construise un outil d'évaluation en ligne pour
            les petits patrons, et un associé commercial qui le vende aux banques.""",
            """Une entreprise vaut ce qu'elle rapporte.""",
            ro=["finance"],
            rs=["tech", "sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Thomasina Whitcombe",
            """I'm a mediator for separating couples in South London, mostly couples with
            children; I run joint sessions and help them write parenting plans.""",
            """I'm looking for a family lawyer who'll refer couples to me before they go to
            court and review the agreements my clients reach.""",
            """Parents first, lawyers second.""",
            ro=["domain"],
            rs=["legal"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Mathilde Escoffier",
            """Expert-comptable judiciaire, je reconstitue les patrimoines dans les
            liquidations de régimes matrimoniaux : sociétés civiles, comptes d'associés,
            transferts à l'étranger. Mes rapports tiennent à l'audience.""",
            """Un cabinet d'avocats en droit de la famille qui m'envoie les dossiers où l'un
            des époux a des biens en France.""",
            """Les chiffres ne mentent pas.""",
            ro=["finance"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 42 ---------------------------------------------------------------- trap: consent
    pair(
        42,
        "mixed",
        "hat-felt-blanks",
        "A is a milliner whose only supplier of felt hat bodies is closing; B makes wool felt "
        "hat bodies by hand and needs hat makers as customers.",
        a=person(
            "Clarisse Ormesson",
            """Modiste à Lyon depuis vingt ans, I block felt and straw hats by hand on
            wooden forms, for weddings, races and a few theatres. J'ai deux apprenties and a
            little shop on the Saône where people come to try things on. My grandfather was
            a hatter in Chazelles, which explains the obsession.""",
            """Tous mes cônes de feutre come from one factory in Bohemia, and it has just
            announced it will close next year. Without them I have nothing to put on my
            forms: 80 % of my work stops. Les autres fournisseurs sont en Chine, with minimum
            orders of five thousand.""",
            """Slow fashion, made to last, fait main.""",
            ro=["design"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Bartholomew Ingilby",
            """I'm a felt maker in Stockport, a town that once made hats for the empire. I
            rescued three machines from the last factory there and make wool and rabbit
            felt cones and capelines by hand, dyed to order, in runs of twenty. Je parle
            français, mal mais avec enthousiasme.""",
            """I need independent milliners who will order regularly, in small batches,
            and tell me which weights and colours they need, so the machines run every
            week instead of twice a month.""",
            """Keep the trade alive in the town that invented it.""",
            tz=0,
            langs=["en", "fr"],
            loc="Stockport",
        ),
        twin=person(
            "Cornelius Bradshaw-Lee",
            """Felt maker in Macclesfield: I make wet-felted wool panels and acoustic
            tiles for offices, in natural fleece colours. Je parle un peu français.""",
            """I need an architect practice that specifies my panels on big projects, and
            a sales agent for the French office market.""",
            """Wool is the best sound absorber there is.""",
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Honorine Vasquez-Pelletier",
            """Je tiens une boutique de mariage à Villefranche, robes et accessoires, 200
            mariées par an, and many ask for a matching hat for the mother of the bride.""",
            """A milliner who will make hats to order for my brides' mothers, avec des
            essayages chez moi le samedi.""",
            """Every bride's family should look their best.""",
            ro=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Ambrose Tattersall",
            """Felt maker in Stockport: wool and rabbit felt cones and capelines by hand,
            dyed to order, in runs of twenty. Je parle un peu français.""",
            """Independent milliners who order regularly in small batches and tell me which
            weights and colours they need.""",
            """Keep the trade alive.""",
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 43 ---------------------------------------------------------------- trap: visibility
    pair(
        43,
        "cross",
        "home-haircuts-housebound",
        "A runs a home-care agency in Jersey whose clients want their hair done at home; B is "
        "a Normandy hairdresser who works at home visits and would cross by ferry.",
        a=person(
            "Moira Le Cornu",
            "Home-care agency in Jersey, 90 housebound clients, mostly widows over 85.",
            "A stylist who visits homes, gentle with frail people, and speaks a bit of French.",
            "Feeling nice matters too.",
            tz=0,
            langs=["en", "fr"],
            loc="St Helier",
        ),
        b=person(
            "Armande Lecoutey",
            """Coiffeuse à domicile depuis quatorze ans dans le Cotentin, je coiffe surtout
            des personnes âgées, chez elles ou à l'hôpital, avec un bac portatif et un
            fauteuil pliant. Je sais laver une tête au lit et couper une personne qui ne
            tient pas assise. Je parle anglais, j'ai travaillé trois ans à Southampton.""",
            """Je voudrais une structure de l'autre côté de l'eau qui me remplisse deux
            journées par semaine, avec des rendez-vous groupés, pour que la traversée vaille
            le coup.""",
            """Une coupe, c'est aussi une visite.""",
            tz=1,
            langs=["fr", "en"],
            loc="Carteret",
        ),
        twin=person(
            "Solange Hébert-Duval",
            """Coiffeuse, salon à Granville, spécialisée dans les coupes pour enfants
            autistes, dans une pièce calme. Je parle anglais.""",
            """Je cherche un investisseur pour ouvrir un deuxième salon et une personne pour
            tenir l'agenda et la comptabilité.""",
            """Chaque enfant à son rythme.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Bartholomé Renouf",
            """Infirmier libéral à Jersey, je fais les pansements et les injections à
            domicile; je parle anglais et français, et je cherche des patients.""",
            """Une agence de soins à domicile qui me confie ses clients pour les actes
            infirmiers, plusieurs tournées par semaine.""",
            """Soigner chez soi.""",
            tz=0,
            langs=["fr", "en"],
        ),
        trap=person(
            "Fabienne Legrandais",
            """Coiffeuse à domicile dans le Cotentin, surtout pour des personnes âgées; je
            lave une tête au lit et coupe une personne qui ne tient pas assise. Je parle
            anglais.""",
            """Une structure de l'autre côté de l'eau qui me remplisse deux journées par
            semaine.""",
            """Une coupe, c'est une visite.""",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 44 ---------------------------------------------------------------- trap: commitment
    pair(
        44,
        "fr",
        "rattan-furniture-repair",
        "A runs a 1930s hotel whose cane and rattan armchairs are unravelling; B is a basket "
        "maker who reweaves cane and wants one large order.",
        a=person(
            "Félicienne Montlaur",
            """Je tiens un hôtel des années trente à Hyères, quarante chambres, une terrasse
            sous les palmiers et cent vingt fauteuils et chaises en rotin d'origine,
            dessinés pour l'hôtel. Ma grand-mère l'a acheté en 1961; les clients reviennent
            pour l'ambiance. Je fais aussi partie d'un club de pétanque féminin, nous avons
            gagné le tournoi de la ville.""",
            """Les assises se défont, les accoudoirs se cassent, et je ne trouve personne
            qui sache refaire les sièges tressés et redonner forme aux pièces comme autrefois. Les
            marchands me proposent de tout remplacer par du plastique imitation. Il me
            faudrait un artisan capable de refaire une centaine de pièces en deux hivers.""",
            """Garder l'hôtel tel qu'il a été pensé.""",
            tz=1,
            langs=["fr"],
            loc="Hyères",
        ),
        b=person(
            "Gaspard Tourtoulou",
            """Vannier, formé à Fayl-Billot, je canne les assises au motif à six brins, je
            retresse le rotin, je redresse les montants à la vapeur et je refais les
            ligatures des fauteuils anciens. Je travaille seul dans un atelier à Brignoles,
            avec un apprenti l'hiver.""",
            """Je cherche un grand chantier de plusieurs mois, un lieu qui possède beaucoup
            de pièces du même modèle, pour pouvoir m'installer sur place l'hiver et former
            mon apprenti sur la durée.""",
            """Le geste juste, répété mille fois.""",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Léontine Abadie",
            """Vannière à Fayl-Billot, je fabrique des paniers et des luminaires en osier
            que je vends sur les marchés et dans deux boutiques de décoration.""",
            """Je cherche un distributeur pour les boutiques de décoration en Europe du
            Nord et une plateforme en ligne qui prenne en charge les envois.""",
            """L'osier pousse au bout du jardin.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Octavie Rambaldi",
            """Photographe de décoration, je fais des reportages dans des maisons et des
            hôtels anciens pour des magazines et des livres d'intérieurs.""",
            """Je cherche un hôtel d'époque qui me laisse photographier ses chambres et sa
            terrasse pour un livre sur la Riviera des années trente.""",
            """Les lieux racontent des histoires.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ferréol Gassendi",
            """Vannier formé à Fayl-Billot : cannage à six brins, rotin retressé, montants
            redressés à la vapeur, ligatures refaites sur les fauteuils anciens.""",
            """Un grand chantier de plusieurs mois, dans un lieu qui possède beaucoup de
            pièces du même modèle, pour former mon apprenti.""",
            """Le geste juste.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 45 ---------------------------------------------------------------- trap: timezone
    pair(
        45,
        "cross",
        "empty-wine-vats-kombucha",
        "A manages a wine cooperative whose concrete vats have stood empty for years; B brews "
        "kombucha and needs tanks and a licensed cellar.",
        a=person(
            "Raymond Cabanis",
            "Cave coopérative, Minervois. 40 cuves béton vides depuis 5 ans.",
            "On paie l'entretien, l'assurance, et les vignerons partent à la retraite.",
            "Faire vivre le village.",
            ro=["operations"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Tilly Arkwright",
            "Kombucha brewer, Montpellier, we outgrew our kitchen. I speak French.",
            "Need big food-safe tanks and a licensed building to ferment in, to rent.",
            "Live drinks, no sugar bombs.",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Noah Fairclough",
            "Kombucha brewer, Toulouse, 3 flavours in 60 shops. I speak French.",
            "Need a distributor for supermarkets and a brand designer.",
            "Grow fast.",
            rs=["sales", "design"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Josiane Fabre",
            "Vigneronne, 6 ha en Minervois, je vinifie seule.",
            "Une coopérative qui me loue une cuve et son pressoir en vendanges.",
            "Indépendante.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Harper Lindgren",
            "Kombucha brewer in Oregon, outgrew our kitchen. I speak French.",
            "Big food-safe tanks in a licensed building to rent.",
            "Live drinks.",
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
    # 46 ---------------------------------------------------------------- trap: language
    pair(
        46,
        "en",
        "foley-sound",
        "A is a director finishing a low-budget feature with a silent action track; B is a "
        "Foley artist with his own stage who wants indie features.",
        a=person(
            "Imelda Castleton",
            """I'm finishing my first feature, a thriller shot in the Forest of Dean on a
            very small budget. The picture is locked and the dialogue is clean, but
            everything else is silent: footsteps on leaves, coats, a fight in a kitchen, a
            car door. My editor is my brother-in-law, which has its moments.""",
            """I need someone who can perform all the little sounds in a studio, in sync
            with the picture, reel by reel, and hand over clean tracks my mixer can use, in
            six weeks.""",
            """Small films can sound big.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Lorcan Mabey",
            "Foley artist, Bristol. Own stage: gravel pits, doors, 300 pairs of shoes.",
            "Indie films needing a full effects pass, with a credit.",
            "Every step counts.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Saffron Hulbert",
            "Foley and sound effects library maker, Leeds; 20k recorded sounds.",
            "A web developer to build a store selling my library.",
            "Sound for all.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Benedict Arrowood",
            "Film festival programmer, Cheltenham, 40 features a year.",
            "Finished indie thrillers to premiere at our festival.",
            "New voices.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Matthias Kellerhoff",
            "Geräuschemacher in Köln, eigene Bühne mit Kies, Türen, 300 Paar Schuhen.",
            "Independent-Spielfilme, die eine komplette Geräuschspur brauchen.",
            "Jeder Schritt zählt.",
            tz=1,
            langs=["de"],
        ),
    ),
    # 47 ---------------------------------------------------------------- trap: consent
    pair(
        47,
        "cross",
        "pointe-shoes",
        "A runs a ballet school whose pupils cannot get pointe shoes that fit; B makes pointe "
        "shoes by hand and wants a school to fit.",
        a=person(
            "Antonia Greatorex",
            """I run a ballet school in Birmingham with two hundred pupils, thirty of them
            on pointe, many from families who can barely afford lessons. We put on a full
            ballet every Christmas in a real theatre. I danced with a touring company in my
            twenties and my knees still remind me.""",
            """The girls' feet are all different and the shop models never fit: bruised
            toes, snapped shanks after two weeks, and parents paying ninety pounds a pair.
            I need a craftsperson who builds a dancer's shoe to her own foot, comes to
            measure them here, and can rebuild the worn ones.""",
            """Dance shouldn't only be for rich children.""",
            ro=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Ombeline Castéra",
            """Artisane bottière, j'ai travaillé dix ans dans l'atelier de chaussons d'une
            grande maison d'opéra avant de monter le mien à Bordeaux. Je fabrique les
            pointes à la main, sur forme, avec la boîte et la cambrure adaptées à chaque
            pied, et je répare les semelles usées. Je parle anglais, beaucoup de danseuses
            viennent de Londres.""",
            """Je cherche une école de danse qui me laisse venir prendre les mesures de
            toutes ses élèves deux fois par an et m'assure des commandes régulières, même à
            l'étranger.""",
            """Un chausson bien fait protège le pied.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Pétronille Laborde",
            """Artisane bottière à Paris, je fabrique des chaussures de claquettes et de
            flamenco sur mesure pour des compagnies. Je parle anglais.""",
            """Je cherche un associé qui monte une boutique en ligne et un atelier de
            production en série au Portugal.""",
            """Le rythme est dans le talon.""",
            rs=["sales", "operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Lydia Chamberlayne",
            """Dance physiotherapist, I treat ballet dancers' feet and ankles and run
            injury-prevention classes in Birmingham.""",
            """A ballet school that sends me its pupils for a yearly foot screening and
            lets me run a strengthening class.""",
            """Strong feet, long careers.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Eugénie Sabatès",
            """Artisane bottière, je fabrique des pointes à la main, sur forme, adaptées à
            chaque pied, et je répare les semelles usées. Je parle anglais.""",
            """Une école de danse qui me laisse mesurer ses élèves deux fois par an et
            m'assure des commandes régulières.""",
            """Protéger le pied.""",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 48 ---------------------------------------------------------------- trap: visibility
    pair(
        48,
        "mixed",
        "trout-smokehouse",
        "A farms trout in the Pyrenees and sells only fresh fish; B runs a small beech-wood "
        "smokehouse and wants a fish supplier.",
        a=person(
            "Aurélien Sallenave",
            "Pisciculture, truites, 30 t/an, vallée d'Aspe. Sold fresh only, too much in winter.",
            "Quelqu'un qui fume le poisson au bois and sells it to delis.",
            "Eau froide, poisson propre.",
            ro=["domain"],
            rs=["product"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Eilidh Carmichael",
            """I learned cold-smoking on Skye and now run a tiny smokehouse in a barn near
            Oloron: brined fillets, beech and oak, twelve hours slow, vacuum-packed and sold
            to twenty épiceries fines et restaurants in the Béarn. Je parle français
            couramment after six years here.""",
            """I buy my fish from Scotland by courier, which is absurd. I want a local
            farmer with clean cold water who can give me fresh fish every week all year,
            and plan his harvests with me.""",
            """Short chains, long smokes.""",
            ro=["product"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Fiona Drummelzier",
            """Smoked-fish maker in Bayonne, Scottish salmon and local eel, hot and cold
            smoking, sold at the market. Je parle français.""",
            """I need a chilled delivery van service and someone to build an online shop
            with national shipping.""",
            """Proper smoke.""",
            ro=["product"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Maialen Etchart",
            """Restauratrice à Pau, cuisine de rivière et de montagne, quarante couverts, and I want trout on the menu all year round, smoked, grilled, en rillettes.""",
            """Un pisciculteur who delivers fresh trout twice a week, cleaned, and can tell my customers where the water comes from.""",
            """Local first, always.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Isla Fergusson-Rae",
            """Cold-smokehouse in a barn near Oloron: brined fillets, beech and oak, sold
            to delis and restaurants in the Béarn. Je parle français.""",
            """A local fish farmer with cold water who delivers fresh fish every week all
            year.""",
            """Long smokes.""",
            ro=["product"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 49 ---------------------------------------------------------------- trap: commitment
    pair(
        49,
        "cross",
        "retired-horse-livery",
        "A runs a former national stud with forty empty boxes and listed buildings; B runs "
        "retirement livery for old horses and needs stables and pasture.",
        a=person(
            "Domitille de Coëtlogon",
            """Je dirige un ancien haras national dans l'Orne, racheté par le département :
            cent hectares d'herbage, des écuries classées du XVIIIe siècle, une sellerie, une
            maison de gardien et une équipe de trois palefreniers. Les étalons sont partis
            en 2015. Je joue de l'orgue à la messe du dimanche dans le village.""",
            """Quarante boxes sont vides, les toitures coûtent une fortune, et le département
            menace de tout vendre si le site ne trouve pas une activité qui le paie.
            Les visites du patrimoine l'été ne suffisent pas, et l'herbe pousse pour
            personne.""",
            """Les chevaux ont fait ce lieu; il doit rester un lieu de chevaux.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Cressida Annesley",
            """I run a retirement livery for old horses in Wiltshire: thirty-five horses,
            from ex-racehorses to ponies their owners outgrew, each with a care plan, a vet
            round and daily turnout. Owners pay monthly and visit whenever they like. I
            speak French, having trained at Saumur for two years.""",
            """Wiltshire land prices make it impossible to grow. I'm looking for a site in
            Normandy with good grazing, sound boxes and someone on the ground to manage
            staff and buildings, so I can bring British and French owners' horses there.""",
            """Every horse deserves a quiet old age.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Lavinia Trevithick",
            """I run a racehorse rehoming charity in Newmarket, retraining ex-racers for
            show jumping and riding clubs. I speak French.""",
            """I need a fundraiser and a marketing partner to find new riders and donors,
            because our waiting list of horses is two years long.""",
            """A second career for every racer.""",
            ro=["domain"],
            rs=["marketing", "finance"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Aubin Lerebours",
            """J'organise des concours d'attelage en Normandie, quatre épreuves par an, une centaine d'attelages, avec marathon, dressage et maniabilité, et des bénévoles rodés.""",
            """Je cherche un haras qui nous accueille avec ses écuries, ses prés et ses allées pour nos concours de printemps et d'automne, contre une participation aux frais.""",
            """Le cheval au travail, devant le public.""",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Georgiana Whitelaw",
            """I run a retirement livery for old horses in Gloucestershire: thirty horses, retired hunters, ex-racers and outgrown ponies, each with a care plan, a farrier and vet round and turnout every day. Owners pay monthly and visit when they like. I speak French from years of eventing in Normandy.""",
            """Land here is too dear to grow. I'm looking for a site in Normandy with good grazing, sound boxes and someone on the ground to run staff and buildings, so I can bring British and French owners' horses there.""",
            """A quiet old age for every horse.""",
            ro=["domain"],
            rs=["operations"],
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 50 ---------------------------------------------------------------- trap: timezone
    pair(
        50,
        "fr",
        "calligraphy-stationery",
        "A owns a stationery shop whose customers want handwritten invitations; B is a "
        "calligrapher who wants a shop to take orders for her.",
        a=person(
            "Anne-Sixtine Daubrée",
            "Papeterie à Nancy, faire-part et cartes, beaucoup de mariages.",
            "Quelqu'un avec une belle main, qui écrive adresses et cartes de table à l'encre.",
            "Le papier, le vrai.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Philomène Rouyer",
            """Calligraphe depuis douze ans, formée à l'anglaise, à l'onciale et à la
            chancelière, je travaille à la plume métallique et au pinceau, sur enveloppes,
            menus, marque-places et diplômes. Je fais cent enveloppes en une journée, sans
            rature, et je prépare mes propres encres à la gomme arabique.""",
            """Je cherche une boutique qui prenne les commandes des mariés et me les
            transmette, avec des échantillons en vitrine, pour ne plus passer mes soirées à
            démarcher.""",
            """La main qui écrit dit qu'on a pris le temps.""",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Héloïse Lamarche",
            """Calligraphe et graveuse, je fais des lettrages de vitrine et des enseignes
            peintes à la main pour les commerçants.""",
            """Je cherche un associé qui gère la boutique en ligne de mes affiches et la
            production en série chez un imprimeur.""",
            """La lettre est un dessin.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Sixte Mangin",
            """Imprimeur typographe à Metz, je compose à la main et j'imprime en relief des faire-part, des menus et des cartes de visite sur une presse de 1920, avec des papiers de coton.""",
            """Je cherche une papeterie qui vende mes faire-part imprimés au plomb en vitrine et prenne les commandes des futurs mariés pour moi.""",
            """Le plomb, l'encre et la patience.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Maëlle Toussaint",
            """Calligraphe à Tahiti, formée à l'anglaise, à l'onciale et à la chancelière; j'écris enveloppes, menus, marque-places et diplômes à la plume et au pinceau, avec des encres que je prépare moi-même.""",
            """Une boutique qui prenne les commandes des mariés, expose mes échantillons en vitrine et me les transmette, pour que je ne passe plus mes soirées à démarcher.""",
            """Prendre le temps d'écrire.""",
            tz=-10,
            langs=["fr"],
        ),
    ),
]
