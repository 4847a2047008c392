"""Pairs 31-40 of complementary_v6."""

from people import pair, person

PAIRS = [
    # 31 ---------------------------------------------------------------- trap: language
    pair(
        31,
        "cross",
        "bean-to-bar-cacao",
        "A is a chocolatier who buys anonymous couverture and wants beans from one farm; B "
        "manages a cacao farm that ferments its own beans and wants a direct buyer in Europe.",
        a=person(
            "Ximena Etcheverry",
            "Chocolatière à Bayonne, 3 boutiques. Je travaille de la couverture industrielle.",
            "Un planteur qui fait lui-même tout le travail des fèves, en direct, 2 t/an.",
            "Savoir d'où vient la fève.",
            ro=["product"],
            rs=["domain"],
            tz=1,
            langs=["fr", "es"],
            loc="Bayonne",
        ),
        b=person(
            "Rowan Achterberg",
            """I manage a forty-hectare cacao farm in Esmeraldas, Ecuador, fine-flavour
            Nacional trees, some over sixty years old. We built our own fermentation boxes
            and drying beds and we cut-test every batch; our beans scored well at two
            international competitions. I grew up in Brussels, so French is my second
            language.""",
            """Exporters pay us the commodity price and blend our beans with everyone
            else's. I want one bar maker in Europe who buys a fixed volume every year,
            visits the farm, and puts our name on the bar.""",
            """Pay the farm first, and the trees will be looked after.""",
            ro=["domain"],
            rs=["product"],
            tz=-5,
            langs=["en", "fr", "es"],
            loc="Esmeraldas",
        ),
        twin=person(
            "Leopold Vanstraelen",
            """Cacao agronomist in Peru: I run a nursery of grafted fine-flavour trees and
            train two hundred smallholders in pruning and shade planting. I speak French
            and Spanish.""",
            """I need an impact investor to fund a central fermentation station, and a
            certification consultant for organic and fair-trade labels.""",
            """Good trees, good incomes.""",
            ro=["domain"],
            rs=["finance"],
            tz=-5,
            langs=["en", "fr", "es"],
        ),
        one=person(
            "Garance Lissarrague",
            """J'organise des salons du chocolat au Pays basque, deux éditions par an, huit mille visiteurs, avec des ateliers pour enfants et un concours de pâtissiers amateurs.""",
            """Je cherche des chocolatiers de la région qui tiennent un stand et animent une démonstration à chaque édition.""",
            """Le chocolat se partage.""",
            ro=["operations"],
            rs=["product"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Desmond Kwarteng",
            """Cacao farm manager in Ghana's Western Region: thirty hectares of fine-flavour trees, our own fermentation boxes and drying racks, and a cut test for every batch.""",
            """One chocolate maker in Europe who buys a fixed volume every year, visits the farm and puts our name on the bar, instead of exporters who blend us away.""",
            """Pay the farm first, and the trees are looked after.""",
            ro=["domain"],
            rs=["product"],
            tz=0,
            langs=["en"],
        ),
    ),
    # 32 ---------------------------------------------------------------- trap: consent
    pair(
        32,
        "en",
        "newspaper-puzzles",
        "A edits a regional weekly that loses older readers; B sets cryptic crosswords and "
        "logic puzzles and wants a paper to publish him every week.",
        a=person(
            "Winifred Hoskins",
            "Editor, weekly paper in Cumbria. Readers over 60 are dropping off.",
            "A clever setter who'd give us a page of clues and brain-teasers each week.",
            "Local news, read at the kitchen table.",
            ro=["product"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Evelyn Mortlake",
            """I've compiled cryptic crosswords for twenty years, for two nationals and a
            bridge magazine, and I design logic grids, word ladders and a local-history quiz
            that readers can mail in. I can deliver a whole puzzle page, checked twice, every
            Tuesday, and run the prize draw.""",
            """I'd like a regional paper that gives me a regular slot and a small fee, and
            lets me put the answers and a solvers' league online so readers come back.""",
            """A puzzle should be fair, then clever.""",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Quentin Aldous",
            """I compile cryptic crosswords and themed puzzles and have a following among
            solvers online; I've published two books of grids and a monthly newsletter.""",
            """I need an app developer who can turn my archive of three thousand grids into
            a subscription app, and someone to handle payments.""",
            """Puzzles for everyone.""",
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Cedric Bannerman",
            """I run a printing press in Penrith: short-run newspapers and magazines,
            overnight, with delivery to newsagents across the county.""",
            """I'm looking for an editor of a local paper who'll move their print run to us
            and commit for three years.""",
            """Ink on paper still matters.""",
            ro=["operations"],
            rs=["product"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Gilbert Fennimore",
            """Cryptic crossword setter for two decades, plus logic grids and local quizzes;
            a full puzzle page every week, checked twice, prize draw included.""",
            """A regional paper giving me a regular slot and a small fee, with answers and a
            solvers' league online.""",
            """Fair, then clever.""",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 33 ---------------------------------------------------------------- trap: visibility
    pair(
        33,
        "cross",
        "living-walls-offices",
        "A runs a London office building whose atrium staff avoid; B designs and maintains "
        "indoor planted walls and wants buildings with big volumes.",
        a=person(
            "Jonathan Pettigrew-Hale",
            """I'm the facilities director for a twelve-storey office building near London
            Bridge, built in 2004, with a glass atrium rising through all the floors. Nine
            hundred people work here across six tenants. I'm also, for reasons I can't
            explain, the captain of our building's tug-of-war team.""",
            """Staff say the atrium feels like a car park: it echoes, the air is dry, and
            nobody sits in it, so they eat lunch at their desks and complain in the
            surveys. Two tenants have said they may not renew. We've tried beanbags and a
            coffee cart; neither worked.""",
            """Buildings are for the people in them, not for the photos.""",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        b=person(
            "Séverin Lhermitte",
            """Paysagiste d'intérieur, je conçois et j'entretiens des murs végétaux dans des
            halls d'entreprise et des gares : irrigation automatique, éclairage horticole,
            plantes choisies pour absorber le bruit et rendre l'air moins sec. Vingt murs en
            France, le plus haut fait dix-huit mètres. Je parle anglais, j'ai fait mes
            études à Édimbourg.""",
            """Je cherche à Londres un immeuble avec un grand volume vide, dont le
            gestionnaire me laisse couvrir les murs et suivre l'humidité et le bruit pendant
            un an, pour en faire une vitrine.""",
            """Faire entrer le vivant dans les bureaux.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Armelle Quesnoy",
            """Paysagiste, je conçois des jardins sur les toits d'immeubles à Paris, avec
            ruches et potagers pour les salariés. Je parle anglais.""",
            """Je cherche un bureau d'études structure qui valide la charge des toitures,
            et un associé commercial pour démarcher les promoteurs.""",
            """Des toits qui nourrissent.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Delphine Oyelaran",
            """I run a street-food market that pops up in office lobbies at lunchtime:
            eight traders, folding stalls, all cleared away by two o'clock.""",
            """A facilities manager with a large indoor space who'll let my traders set up
            twice a week in exchange for a share of takings.""",
            """Good lunch, no queue.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Blandine Corvisart",
            """Paysagiste d'intérieur : murs végétaux dans des halls et des gares, irrigation
            automatique, plantes choisies contre le bruit et l'air sec. Je parle anglais.""",
            """Un immeuble londonien avec un grand volume vide, dont le gestionnaire me laisse
            couvrir les murs et mesurer l'humidité et le bruit pendant un an.""",
            """Le vivant dans les bureaux.""",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 34 ---------------------------------------------------------------- trap: commitment
    pair(
        34,
        "fr",
        "black-garlic",
        "A grows garlic in the Lomagne and cannot sell his small bulbs; B ages garlic in "
        "humid ovens until it turns black and sweet, and needs a grower.",
        a=person(
            "Fulcran Daubèze",
            """Je cultive vingt hectares d'ail blanc de Lomagne, en famille depuis quatre
            générations, avec un séchoir et une chaîne de tri. Nous vendons les belles têtes
            en tresses et en filets aux grossistes. J'entraîne aussi l'équipe de rugby des
            moins de quinze ans de Beaumont.""",
            """Un quart de la récolte, les petites têtes, part en ail de seconde catégorie
            presque pour rien. Je cherche quelqu'un qui sache faire vieillir ces têtes en
            étuve pendant des semaines, jusqu'à ce qu'elles deviennent noires et sucrées, et
            qui sache vendre ce produit aux restaurants et aux épiceries fines.""",
            """Rien ne se jette dans une ferme.""",
            ro=["domain", "operations"],
            rs=["product", "sales"],
            tz=1,
            langs=["fr"],
            loc="Beaumont-de-Lomagne",
        ),
        b=person(
            "Yoko Darrigade",
            """Cuisinière de formation, j'ai passé trois ans au Japon et en Corée à
            apprendre les fermentations lentes. Je maîtrise la maturation des bulbes à
            soixante-dix degrés et en humidité contrôlée pendant quarante jours, j'ai deux
            étuves et une recette de crème et de poudre. Les chefs de Toulouse me demandent
            déjà des volumes que je n'ai pas.""",
            """Il me faut un producteur qui me fournisse toute l'année plusieurs tonnes de
            bulbes, même petits, bien séchés, et qui ait un bâtiment où installer de
            nouvelles étuves près des champs.""",
            """Le temps fait le goût.""",
            ro=["product", "sales"],
            rs=["domain", "operations"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Eulalie Sarraméa",
            """Cuisinière, je fais des condiments lacto-fermentés, piments, citrons confits
            et miso de pois chiches, vendus à vingt chefs de Toulouse. J'ai deux étuves et
            un petit laboratoire.""",
            """Je cherche un investisseur pour un atelier agréé plus grand et un
            distributeur pour les épiceries fines de Paris.""",
            """Le temps fait le goût.""",
            ro=["product"],
            rs=["finance", "sales"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Aymeric Lannepouquet",
            """Grossiste en fruits et légumes à Agen, je fournis les cantines, les restaurants et les supermarchés du Sud-Ouest en produits de saison, avec mes camions frigorifiques.""",
            """Des producteurs d'ail qui me réservent leurs belles têtes en filets, à prix fixe, de juillet à mars, avec des volumes tenus.""",
            """Des volumes tenus et des prix justes.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Perrine Monlezun",
            """Cuisinière formée au Japon, je fais mûrir des têtes d'ail à soixante-dix
            degrés pendant quarante jours; deux étuves, une crème et une poudre que les
            chefs réclament.""",
            """Un producteur qui me fournisse toute l'année, même des petites têtes, avec un
            bâtiment près des champs pour de nouvelles étuves.""",
            """Le temps fait le goût.""",
            ro=["product", "sales"],
            rs=["domain", "operations"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 35 ---------------------------------------------------------------- trap: timezone
    pair(
        35,
        "cross",
        "fencing-armoury",
        "A presides over a fencing club whose electric kit keeps failing; B is an armourer who "
        "repairs blades and scoring gear and wants a club to work from.",
        a=person(
            "Hugues Valdoyer",
            "Club d'escrime à Reims, 140 tireurs, la moitié du matériel électrique en panne.",
            "Quelqu'un qui remette en état lames, fils de corps et appareils de touche.",
            "Le sport pour les jeunes du quartier.",
            ro=["operations"],
            tz=1,
            langs=["fr"],
            loc="Reims",
        ),
        b=person(
            "Gareth Pomfrey",
            """Fencing armourer for fifteen years: I rewire épée and foil blades, rebuild
            tips, test body wires and repair scoring boxes, and I've been the armourer at
            three international events. I moved to Épernay with my French wife and I'm
            fluent.""",
            """I want a club that gives me a bench and a cupboard in its hall, sends me its
            whole kit, and lets me sell repairs to visiting clubs on competition days.""",
            """Nobody should lose a bout to a broken wire.""",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Lachlan Birtwistle",
            """Fencing coach, former national team épéeist, I run a summer camp in the
            Alps and private lessons. I speak French.""",
            """I need a club that will hire me as head coach full-time with a salary, and
            a physio for my camp.""",
            """Discipline and fun.""",
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Sabine Lorgeoux",
            """Professeure d'EPS dans un collège de Reims classé en éducation prioritaire, je fais découvrir un sport nouveau à mes classes chaque trimestre, et je cherche des clubs partenaires.""",
            """Un club d'escrime qui accueille ma classe de quatrième le jeudi après-midi pendant un trimestre, avec le matériel et un maître d'armes.""",
            """Essayer tous les sports.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Brandon Okafor",
            """Fencing armourer in Houston: blades rewired, tips rebuilt, body wires tested,
            scoring boxes repaired. I speak French.""",
            """A club giving me a bench in its hall and its whole kit, and letting me sell
            repairs on competition days.""",
            """No bout lost to a broken wire.""",
            tz=-6,
            langs=["en", "fr"],
        ),
    ),
    # 36 ---------------------------------------------------------------- trap: language
    pair(
        36,
        "mixed",
        "giant-kites",
        "A organises a kite festival that wants giant show kites; B sews giant inflatable "
        "kites and wants a festival to commission them.",
        a=person(
            "Romane Duclair",
            "Festival de cerfs-volants à Dieppe, 400k visitors. We rent our big kites.",
            "Un artisan qui coud d'énormes cerfs-volants, whales, octopus, sur commande.",
            "Le ciel pour tout le monde.",
            ro=["operations"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Morwen Tregarthen",
            "Je couds des kites géants gonflables, 30 m, ripstop. Built for festivals.",
            "A big kite event qui me commande deux pièces par an et les fait voler.",
            "Fly big.",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Ewan Pellegrue",
            "Je fabrique des kites de traction for kitesurf, sur mesure.",
            "A surf shop chain qui distribue mes ailes en Europe.",
            "Speed.",
            ro=["design"],
            rs=["sales"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Clovis Fréminville",
            "Hôtel face à la mer à Dieppe, 40 rooms, full in September.",
            "A festival qui réserve des chambres pour ses invités each year.",
            "Bienvenue.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Jochen Windhövel",
            "Ich nähe riesige aufblasbare Drachen, 30 Meter, für Festivals.",
            "Ein Festival, das zwei Stücke pro Jahr bestellt.",
            "Groß fliegen.",
            ro=["design"],
            rs=["operations"],
            tz=1,
            langs=["de"],
        ),
    ),
    # 37 ---------------------------------------------------------------- trap: consent
    pair(
        37,
        "cross",
        "hail-nets-orchards",
        "A grows apples in Kent and loses crops to hail; B installs hail nets over orchards "
        "and wants growers to equip.",
        a=person(
            "Alfred Honeysett",
            "Apple grower, Kent, 60 acres. Hail shreds half my crop every other June.",
            "Insurance won't cover it any more and the buyers reject the marked fruit.",
            "Grow it right.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Rémi Castagnou",
            "Je pose des filets paragrêle sur vergers, 300 ha équipés en Tarn-et-Garonne.",
            "Des arboriculteurs, même en Angleterre, qui veulent couvrir leurs rangs.",
            "Protéger sans traiter.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Joël Barrayre",
            "Je pose des serres-tunnels pour maraîchers, 200 chantiers.",
            "Un fabricant d'arceaux qui me fournisse à prix usine.",
            "Du solide.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Tabitha Gosden",
            "Cider maker, Kent. I press 40 tonnes a year.",
            "A grower selling me his marked apples cheap.",
            "Ugly fruit, great cider.",
            ro=["product"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lilian Escudié",
            "Je pose des filets contre la grêle sur vergers, 250 ha équipés.",
            "Des arboriculteurs, même anglais, qui veulent couvrir leurs rangs.",
            "Protéger.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 38 ---------------------------------------------------------------- trap: visibility
    pair(
        38,
        "fr",
        "youth-dj-school",
        "A runs a neighbourhood centre whose teenagers hang about all summer; B teaches "
        "beat-making and DJing to teenagers and wants a centre to host him.",
        a=person(
            "Nadia Boukhenoufa",
            "Maison de quartier à Roubaix, quartier de l'Alma.",
            "Tout l'été les ados traînent dans le hall et ne viennent à aucune activité.",
            "Ouvrir la porte à tous.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Kevin Mabanza",
            """DJ depuis quinze ans, résident dans deux clubs de Lille, j'ai monté des
            ateliers où les jeunes apprennent à mixer et à fabriquer des sons sur ordinateur,
            avec platines, contrôleurs et casques que je transporte dans ma voiture. En fin
            de session ils jouent devant leurs parents.""",
            """Je cherche une structure de quartier qui me donne une salle fixe pour laisser
            le matériel, deux après-midis par semaine, et qui fasse venir les jeunes.""",
            """La musique comme porte d'entrée.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Yanis Derradji",
            """Rappeur et producteur, j'ai un petit studio d'enregistrement à Tourcoing où
            je fais enregistrer des artistes du quartier, et une chaîne qui compte quelques
            milliers d'abonnés.""",
            """Je cherche un label ou un éditeur qui distribue nos morceaux, et un juriste qui
            m'aide sur les droits d'auteur.""",
            """Faire entendre le quartier.""",
            ro=["domain"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Gisèle Delcourt",
            """Bénévole retraitée, j'aide aux devoirs depuis dix ans et je connais
            beaucoup de familles du quartier.""",
            """Une maison de quartier qui me prête une salle le mercredi pour l'aide aux
            devoirs des collégiens.""",
            """Chaque enfant peut réussir.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Steeve Nkounkou",
            """DJ résident à Lille, j'anime des ateliers de mix et de fabrication de sons sur
            ordinateur pour les jeunes, avec mon matériel, et un concert en fin de
            session.""",
            """Une structure de quartier qui me donne une salle fixe deux après-midis par
            semaine et fasse venir les jeunes.""",
            """La musique d'abord.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 39 ---------------------------------------------------------------- trap: commitment
    pair(
        39,
        "cross",
        "marine-aquarium-care",
        "A directs a care home given a seawater aquarium nobody can keep alive; B maintains "
        "marine aquariums on contract and wants sites along the coast.",
        a=person(
            "Christiane Ambrosini",
            "EHPAD à Menton. Une famille nous a offert un grand aquarium d'eau de mer.",
            "Quelqu'un qui sache l'entretenir tous les mois : les poissons meurent.",
            "Les résidents le regardent des heures.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Nigel Ambler",
            """I'm a marine aquarist from Plymouth, living in Nice for eight years. I look
            after forty saltwater tanks on contract (restaurants, dentists, two hotels):
            water tests, filters, coral care and sick fish, with a monthly visit and an
            emergency line. I speak French all day.""",
            """I want more sites between Monaco and the Italian border, ideally places
            that keep a big display tank for the public and want it looked after for
            years, not a one-off clean.""",
            """Healthy fish, calm people.""",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Jeremy Tollemache",
            """Aquarium designer, I build custom reef tanks for villas on the Riviera,
            from drawings to installation. I speak French.""",
            """I need a glass workshop that can make curved panels to order, and an
            investor to open a showroom in Monaco.""",
            """Wow first.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Pascaline Orengo",
            """Art-thérapeute, j'anime des ateliers de peinture et de collage pour personnes âgées, y compris celles qui perdent la mémoire; j'apporte le matériel et j'expose leurs œuvres en fin d'année.""",
            """Je cherche une maison de retraite de la Riviera qui m'accueille une fois par semaine, avec une salle lumineuse et une soignante pour accompagner les résidents.""",
            """Créer à tout âge.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Marcus Villiers",
            """Marine aquarist near Nice: saltwater tanks on contract, monthly visits,
            water tests, coral care, emergency line. I speak French.""",
            """Places between Monaco and Italy that keep a big display tank and want it
            looked after for years.""",
            """Healthy fish.""",
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 40 ---------------------------------------------------------------- trap: timezone
    pair(
        40,
        "en",
        "bridge-for-seniors",
        "A manages a retirement village whose residents want something to do in the "
        "evenings; B teaches bridge to beginners and wants a venue and pupils.",
        a=person(
            "Marjorie Pennycuick",
            """I manage a retirement village near Guildford: a hundred and ten flats, a
            residents' lounge, a café and a minibus. Our residents are bright, sociable and
            bored; the activities programme is mostly chair yoga and talks about local
            history. I breed Border terriers, and two of them live in the office.""",
            """I'd love someone who can teach a proper card game from scratch, with
            patience, to a room of eighty-year-olds, build a weekly club, and run friendly
            competitions against other villages.""",
            """Old age should be busy and a bit competitive.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Hilary Brathwaite",
            """Bridge teacher, accredited by the English Bridge Union; I've taught over six
            hundred beginners in twelve years, with my own course books and a duplicate club
            on Thursdays. I know how to slow down for people whose memory isn't what it
            was.""",
            """I'd like a venue with a large room and tables, where residents live on site
            so they can come every week, and a manager who'll help me fill the first
            course.""",
            """Bridge keeps minds sharp and friendships going.""",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Desmond Farrant",
            """Bridge teacher and tournament director; I run online bridge courses with
            two thousand students and a YouTube channel.""",
            """I need a developer to build a bridge-teaching app with practice hands, and
            an investor to fund it.""",
            """Bridge for everyone, online.""",
            rs=["tech", "finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Lorraine Bickerstaff",
            """I'm a retired music teacher with a piano and forty years of songbooks; I run sing-alongs and a small choir, and I know every music-hall song ever written.""",
            """I'm looking for a retirement village manager who'll give me the lounge on Wednesday afternoons and round up the residents.""",
            """Singing is medicine.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Gordon McSorley",
            """Accredited bridge teacher in Auckland; six hundred beginners taught, my own
            course books, and patience for people whose memory isn't what it was.""",
            """A venue where residents live on site and a manager who helps fill the first
            course.""",
            """Sharp minds.""",
            tz=13,
            langs=["en"],
        ),
    ),
]
