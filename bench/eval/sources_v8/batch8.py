"""Pairs 71-80 of complementary_v8."""

from people import pair, person

PAIRS = [
    # 71 ---------------------------------------------------------------- trap: language
    pair(
        71,
        "mixed",
        "riso-zine-studio",
        "A runs a huge converted mill and wants a print studio that brings the public in; B "
        "prints zines and posters on stencil duplicators and wants cheap space with passers-by.",
        a=person(
            "Rosalie Vanhoutte",
            """Je gère un tiers-lieu dans une ancienne filature de Roubaix: trois mille
            mètres carrés, une vingtaine d'ateliers loués à des artisans, un café-cantine
            et une grande cour où l'on fait un marché le dimanche. Il reste deux ateliers
            libres au rez-de-chaussée, avec vitrine sur la rue, que je peux louer très peu
            cher à un projet qui fait venir du monde.""",
            """We want a printer with those Japanese stencil machines, the ones that make bright grainy posters, who runs open workshops for kids and students and prints the flyers for our events. The rent would be symbolic the first year. Our Sunday market draws two thousand people.""",
            "Un lieu vivant, pas un centre commercial.",
            ro=["operations"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
            loc="Roubaix",
        ),
        b=person(
            "Juno Ashcroft-Bell",
            "Risograph studio: two duplicators, fanzines and wall art, classes.",
            "Cheap studio with footfall, in Lille or near.",
            "Ink on hands.",
            tz=1,
            langs=["en", "fr"],
            loc="Lille",
        ),
        twin=person(
            "Milo Fairbrass",
            "Riso printer with two drums; fanzines, posters, classes.",
            "I need a paper merchant who sells recycled stock cheap.",
            "Ink on hands.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Nadège Alibert",
            "Céramiste, je cherche un atelier depuis six mois.",
            "I want a small studio with a kiln socket in Roubaix.",
            "Les mains dans la terre.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Inés Carbajal",
            "Imprimo fanzines y carteles con dos máquinas riso; doy talleres.",
            "Un estudio barato con mucho paso de gente.",
            "Tinta en las manos.",
            tz=1,
            langs=["es"],
        ),
    ),
    # 72 ---------------------------------------------------------------- trap: consent
    pair(
        72,
        "cross",
        "cull-venison-charcuterie",
        "A's Highland estate culls hundreds of deer that sell for pet food; B makes game "
        "charcuterie and wants wild venison in quantity.",
        a=person(
            "Alasdair Farquharson",
            """I manage a Highland estate of twenty thousand acres in Wester Ross. To protect
            the native woodland we regenerate, we cull about three hundred red deer a year,
            and our stalkers are trained and certified. We have our own larder with chillers,
            a licensed game handling room and a refrigerated van that goes south every
            week.""",
            """The carcasses fetch almost nothing: the game dealers pay pennies a kilo and a
            good part ends up as pet food. It feels wrong to shoot that many animals for the
            trees and then waste the meat. The estate cannot keep paying stalkers from a
            loss.""",
            "Take only what the hill cannot carry, and use all of it.",
            tz=0,
            langs=["en", "fr"],
            loc="Wester Ross",
        ),
        b=person(
            "Bastien Estival",
            """Charcutier spécialisé dans le gibier à Chambéry, je fais des saucissons, des
            terrines, des jambons séchés et des pâtés en croûte de cerf et de sanglier,
            vendus dans trois boutiques et chez des restaurateurs. Mon atelier est agréé
            pour découper et transformer les bêtes entières, et j'exporte déjà un peu.""",
            """Il me faut une source régulière de cerf sauvage, bien tiré et bien conservé, quelques tonnes par an, avec un vrai suivi sanitaire et une histoire à raconter aux clients. Je paie au prix juste, à la tonne, et je peux m'engager sur trois ans. Le transport frigorifique peut se partager.""",
            "Le sauvage se respecte jusque dans l'assiette.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Chambéry",
        ),
        twin=person(
            "Gonzague Dupérier",
            """Charcutier de gibier dans les Vosges: saucissons, terrines, pâtés en croûte et jambons de cerf et de sanglier, vendus dans ma boutique et chez des restaurateurs. Mon atelier est agréé pour la découpe et la transformation.""",
            "Il me faut un designer qui refasse mes étiquettes et mon site.",
            "Le sauvage se respecte.",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Callum Urquhart",
            "Young stalker, certified, two seasons on a Sutherland estate; I can gralloch, drag and handle a pony on the hill.",
            "I want a full-time stalking job on a big estate.",
            "Respect the hill.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Amaury Farenc",
            "Charcutier, je transforme cerf et sanglier en saucissons, terrines, jambons et pâtés en croûte dans un atelier agréé, vendus en boutique et aux restaurants.",
            "Du cerf sauvage régulier, quelques tonnes par an, bien suivi.",
            "Le sauvage se respecte.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 73 ---------------------------------------------------------------- trap: visibility
    pair(
        73,
        "en",
        "sea-swim-changing-robes",
        "A's winter sea-swimming club wants warm changing robes for members; B sews robes "
        "from old sails and wetsuits and wants club orders.",
        a=person(
            "Delia Fortescue",
            "Winter sea-swimming club, Brighton, 300 members, all freezing.",
            "Someone who makes warm hooded changing robes, in bulk, in club colours.",
            "Cold water, warm hearts.",
            ro=["marketing"],
            rs=["design"],
            tz=0,
            langs=["en"],
            loc="Brighton",
        ),
        b=person(
            "Saoirse Pendergast",
            """I have a sewing studio in Hastings where I cut up retired dinghy sails,
            neoprene offcuts and old fleece to make long, lined coats with a hood for people
            who get in the sea all year. Each has a big inside pocket, a two-way zip and a
            fleece lining you can change into under. I have sold about four hundred to
            individuals at markets.""",
            """Selling one at a time at markets will never pay the rent. I want a big group
            that orders thirty or fifty at once, with its own logo, and talks about them to
            other groups along the coast.""",
            "Waste nothing, keep everyone warm.",
            ro=["design"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
            loc="Hastings",
        ),
        twin=person(
            "Bryony Kingscote",
            "I sew hooded swim robes from old sails, neoprene offcuts and fleece, long and lined, with a big inside pocket and a two-way zip. I sell them at markets along the Kent coast and online.",
            "I need a sailing club to donate its retired sails to me every winter.",
            "Waste nothing.",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Rufus Brackley",
            "Lifeguard and first aider in Brighton, pool and beach qualified, free in winter when the beach stations close.",
            "I want paid shifts watching over a winter swimming group.",
            "Safety first.",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Marigold Eversleigh",
            "I make lined hooded coats for sea swimmers from old sails, neoprene offcuts and fleece, with a big inside pocket and a two-way zip.",
            "A group ordering thirty or fifty at once with its logo.",
            "Waste nothing.",
            ro=["design"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 74 ---------------------------------------------------------------- trap: commitment
    pair(
        74,
        "cross",
        "hand-rolled-waffle-cones",
        "A makes ice cream and wants hand-rolled cones; B bakes waffle cones by hand and "
        "wants stockists abroad.",
        a=person(
            "Maël Galtier",
            "Glacier à Saint-Malo, trente parfums, file d'attente l'été.",
            "Qqn qui fabrique des cornets gaufrés roulés à la main, croustillants.",
            "La glace mérite mieux que du carton.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Saint-Malo",
        ),
        b=person(
            "Pippa Cheetham",
            "Baker of hand-rolled waffle cones, 5,000 a week, in Devon.",
            "Stockists abroad who order by the pallet all summer.",
            "Crunch matters.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="Exeter",
        ),
        twin=person(
            "Hattie Brimblecombe",
            "I bake waffle cones by hand, thousands a week.",
            "I need a second waffle iron line and a mechanic to fit it.",
            "Crunch matters.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Gwenaëlle Le Moal",
            "Étudiante, je cherche un job d'été au bord de la mer.",
            "Je veux servir des glaces à Saint-Malo en juillet et août.",
            "Le sourire.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rosie Trelawny-Cobb",
            "Hand-rolled waffle cones, baked in Cornwall.",
            "Stockists in France ordering by the pallet.",
            "Crunch matters.",
            ro=["operations"],
            rs=["sales"],
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 75 ---------------------------------------------------------------- trap: timezone
    pair(
        75,
        "fr",
        "rural-station-ticket-help",
        "A's rural station has a closed ticket office and elderly people who cannot use the "
        "machine; B runs digital help desks for seniors and wants a place and a partner.",
        a=person(
            "Odile Issaly",
            """Je suis maire d'une commune de 900 habitants dans le Cher, avec une petite
            gare sur la ligne de Bourges. L'ancien bâtiment voyageurs appartient maintenant
            à la commune: une salle chauffée, le wifi, des toilettes. Nous avons une
            secrétaire de mairie disponible deux matinées par semaine et un budget
            d'animation.""",
            """Le train s'arrête toujours, mais le guichet est fermé depuis trois ans.
            L'automate ne prend pas toutes les cartes, les anciens ne savent pas s'en
            servir ni réserver sur un téléphone, alors ils ne prennent plus le train pour
            aller à l'hôpital et ils demandent à leurs voisins de les conduire.""",
            "Personne ne doit rester à quai.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Cher",
        ),
        b=person(
            "Gaétane Ribotton",
            "Je tiens des permanences numériques pour aider les aînés.",
            "Un local et une municipalité qui m'accueille chaque semaine.",
            "Patience et clarté.",
            tz=1,
            langs=["fr"],
            loc="Bourges",
        ),
        twin=person(
            "Lucienne Pomarède",
            "J'aide les personnes âgées à se servir d'internet et du téléphone.",
            "Il me faut des tablettes d'occasion remises à neuf pour mes ateliers.",
            "Patience et clarté.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Gérard Bonnichon",
            "Retraité, je vais à l'hôpital de Bourges tous les mois.",
            "Je veux quelqu'un qui me conduise à mes rendez-vous.",
            "Rester chez soi.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tiare Faatauira",
            "J'aide les aînés avec internet et le téléphone, à Papeete.",
            "Une salle et une commune qui me reçoit chaque semaine.",
            "Patience.",
            tz=-10,
            langs=["fr"],
        ),
    ),
    # 76 ---------------------------------------------------------------- trap: language
    pair(
        76,
        "cross",
        "ouessant-sheep-yarn",
        "A designs knitwear and wants yarn from a rare breed; B keeps Ouessant sheep and "
        "wants a buyer for her spun wool.",
        a=person(
            "Isla Tulloch",
            "Knitwear designer in Shetland; my patterns sell worldwide.",
            "A flock keeper with a rare breed whose fleece I can have spun for my kits.",
            "Every stitch tells where it came from.",
            ro=["design"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Lerwick",
        ),
        b=person(
            "Morgane Le Bras",
            "Éleveuse de moutons d'Ouessant, je fais filer ma laine.",
            "Une créatrice qui achète toute ma production.",
            "Petite bête, grande laine.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Ouessant",
        ),
        twin=person(
            "Rozenn Cadiou",
            "J'élève des moutons d'Ouessant et je fais filer leur laine.",
            "Il me faut un tondeur qui vienne sur l'île au printemps.",
            "Petite bête.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Moira Sinclair-Hay",
            "Beginner knitter in Aberdeen.",
            "I want easy patterns for a first jumper.",
            "Learn slowly.",
            ro=["domain"],
            rs=["design"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Katell Guivarc'h",
            "Éleveuse de moutons rares à Ouessant, laine filée.",
            "Une créatrice qui achète toute ma laine.",
            "Petite bête.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 77 ---------------------------------------------------------------- trap: consent
    pair(
        77,
        "mixed",
        "living-willow-structures",
        "A runs an educational farm that wants natural play structures; B grows willow and "
        "builds living domes and tunnels and wants sites with schools.",
        a=person(
            "Firmine Vachon-Roux",
            """Je tiens une ferme pédagogique près de Lyon: cinq mille enfants par an, des
            chèvres, des poules, un potager, deux animatrices et un terrain humide en bas
            de la prairie où rien ne pousse sauf les orties. Les écoles reviennent chaque
            année et la région nous aide pour les aménagements.""",
            """We need someone who can plant and plait rooting osier rods into shelters, arches and a maze where kids can hide, and who teaches our team and the pupils to look after it year after year. The region pays half of the work. We would like to start next February.""",
            "Les enfants apprennent avec leurs mains et leurs pieds.",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Ffion Mortimer",
            """I grow twelve varieties of basket and sculpture willow on a wet field in the
            Somerset Levels and I build living structures with the rods: domes, arbours,
            tunnels, fences, and once a twenty-metre dragon for a primary school. I run
            planting days where children push the rods into the ground and weave them
            themselves, so the thing belongs to them.""",
            """I would love to work on the continent with a site that has damp ground, lots of school visits and staff who will prune each winter, and get paid for design, planting days and a yearly visit. I can bring cuttings from my own beds. Autumn and late winter suit me best.""",
            "Plant it, weave it, let it grow.",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            loc="Somerset",
        ),
        twin=person(
            "Carys Pennant",
            """I grow willow on a damp field in Shropshire and weave living domes, tunnels and arbours with children and volunteers. I have built structures for a dozen primary schools and a hospital garden.""",
            "I need a wholesale buyer for two tonnes of dried basket rods a year.",
            "Let it grow.",
            ro=["design"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Loïs Berthaud",
            "Institutrice en CP à Villeurbanne, vingt-quatre élèves curieux.",
            "I'd like a farm visit with animals for my class in May.",
            "Apprendre dehors.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Bethan Dransfield",
            "I grow willow and build living domes and tunnels with children on planting days, and I come back each winter to prune.",
            "A site abroad with damp ground, school visits and staff who prune.",
            "Let it grow.",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 78 ---------------------------------------------------------------- trap: visibility
    pair(
        78,
        "cross",
        "ski-boot-room-drying",
        "A's hotel boot room stinks and the boots never dry; B builds boot-drying racks "
        "with warm air and ozone and wants hotels to fit out.",
        a=person(
            "Clémence Payot",
            "Hôtel à Chamonix, 40 chambres, local à chaussures de ski au sous-sol.",
            "Les chaussures ne sèchent jamais, ça sent le moisi, les clients râlent.",
            "Le confort après l'effort.",
            tz=1,
            langs=["fr"],
            loc="Chamonix",
        ),
        b=person(
            "Fergal Ellam",
            "I build warm-air and ozone racks that dry 60 pairs of boots overnight.",
            "Hotels and chalets in the Alps to fit out this winter.",
            "Dry feet, happy guests.",
            tz=0,
            langs=["en", "fr"],
            loc="Leeds",
        ),
        twin=person(
            "Lachlan Fearnley",
            "I make warm-air dryer racks for boots and gloves.",
            "I need a sheet-metal shop to make my frames in batches.",
            "Dry feet.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Anthelme Mugnier",
            "Moniteur de ski à Chamonix, indépendant.",
            "Je cherche un hôtel qui recommande mes cours à ses clients.",
            "La neige, la vraie.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Toby Hazeldine",
            "Warm-air and ozone racks, 60 pairs of boots dried overnight.",
            "Alpine hotels to fit out.",
            "Dry feet.",
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 79 ---------------------------------------------------------------- trap: commitment
    pair(
        79,
        "en",
        "vintage-computer-restoration",
        "A's computing museum has dead 1970s machines it wants running; B is a retired "
        "engineer who repairs them and wants a home for his knowledge and spares.",
        a=person(
            "Philippa Gaukroger",
            """I am the director of a small museum of computing in Milton Keynes, run by a
            charity. We have a hall full of machines from the 1950s to the 1990s, a school
            programme with twenty visits a month, a room of donated spare boards and
            manuals, and a grant to restore one large system so that visitors can watch it
            compute for real.""",
            """I need a technician who actually worked on the refrigerator-sized machines of the seventies:
            someone who can read the schematics, find the failed cards, rebuild the power
            supplies and the disk drives, and train two volunteers to keep it alive after
            him.""",
            "A machine you can watch working teaches more than a glass case.",
            tz=0,
            langs=["en"],
            loc="Milton Keynes",
        ),
        b=person(
            "Reginald Oxborrow",
            """I spent thirty-five years as a field engineer for a British computer
            manufacturer, fixing minicomputers and mainframes in banks, factories and
            universities. I kept a garage full of boards, core memory, manuals and test
            gear when the company closed. I have brought two systems back to life for
            collectors, including the disk packs.""",
            """My wife wants the garage back. I am looking for an institution that will
            take my spares and documents, give me a bench two days a week, and let me
            pass on what I know before it is gone.""",
            "Write it down before the last of us forgets.",
            tz=0,
            langs=["en"],
            loc="Bedford",
        ),
        twin=person(
            "Cedric Haigh",
            """Retired field engineer; I restore 1970s minicomputers for collectors: power supplies, disk drives, core memory and the boards themselves. I have a shed full of parts and test equipment.""",
            "I need a scanning service to digitise four hundred paper manuals.",
            "Write it down.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Kofi Asante-Bright",
            "Secondary school computing teacher in Luton; I teach programming to teenagers who have never seen a computer without a screen.",
            "I want a school trip where pupils see old machines running.",
            "Curiosity first.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Walter Brabazon",
            """Retired field engineer with a garage of boards and manuals; I repair old minicomputers, their power supplies and disk drives.""",
            "An institution to take my spares and give me a bench two days a week.",
            "Write it down.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 80 ---------------------------------------------------------------- trap: timezone
    pair(
        80,
        "cross",
        "amateur-farce-costumes",
        "A's amateur theatre in Jersey needs forty period costumes for a farce; B makes "
        "theatre costumes and wants commissions and a stage abroad.",
        a=person(
            "Gideon Le Quesne",
            "Amateur theatre in Jersey; a Feydeau farce next spring, cast of 22.",
            "Someone who can make forty 1900s costumes, quick changes included.",
            "Laugh loudly.",
            tz=0,
            langs=["en", "fr"],
            loc="St Helier",
        ),
        b=person(
            "Annabelle Nicoulaud",
            """Couturière de théâtre depuis vingt ans à Saint-Malo, j'habille les troupes amateurs de la côte et les fêtes historiques: robes 1900, redingotes,
            uniformes, chapeaux. Je connais les astuces pour se déshabiller en dix secondes en coulisse, les
            fermetures cachées, les faux gilets cousus à la veste. J'ai un atelier avec
            trois machines et un stock de tissus anciens.""",
            """Je voudrais des commandes hors de ma ville, une troupe qui me confie toute une production, et une scène où voir mes costumes jouer devant un public nouveau. Je peux faire les essayages en deux voyages. Les délais de trois mois ne me font pas peur.""",
            "Un costume doit courir, pas poser.",
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Malo",
        ),
        twin=person(
            "Guenièvre Ouradou",
            """Costumière de théâtre à Rennes, je fais des robes 1900, des redingotes et des uniformes pour les troupes et les fêtes historiques, dans un atelier avec trois machines et un stock de tissus anciens.""",
            "Il me faut une modiste qui fasse les chapeaux pour mes spectacles.",
            "Un costume doit courir.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Percy Illingworth",
            "Retired bank clerk in Jersey who loves comedy and sang in the church choir for forty years.",
            "I want a small part in an amateur play next season.",
            "Never too old.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Mahina Tapuhute",
            "Costumière à Papeete, robes 1900, redingotes et uniformes, changements rapides et fermetures cachées, atelier avec trois machines.",
            "Une troupe qui me confie toute une production.",
            "Un costume doit courir.",
            tz=-10,
            langs=["fr", "en"],
        ),
    ),
]
