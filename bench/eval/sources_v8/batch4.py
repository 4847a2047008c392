"""Pairs 31-40 of complementary_v8."""

from people import pair, person

PAIRS = [
    # 31 ---------------------------------------------------------------- trap: language
    pair(
        31,
        "en",
        "pearl-restringing",
        "A deals antique jewellery with boxes of broken bead necklaces; B knots silk "
        "between beads at home and wants regular work.",
        a=person(
            "Ottilie Vandersteen",
            "Antique jewellery stall, Portobello Road; boxes of broken pearl necklaces.",
            "Someone who can knot silk between each bead, neat and quick.",
            "Old things, honest prices.",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        b=person(
            "Gwladys Zealley",
            "Stringer: hand-knotted strands, clasps fitted, 40 a week from home.",
            "A dealer who sends me steady work by post; I'm housebound.",
            "Small work, done well.",
            ro=["domain"],
            tz=0,
            langs=["en"],
            loc="Bodmin",
        ),
        twin=person(
            "Philippa Dorrington",
            "I restring and knot beads and fit clasps, from home.",
            "I need a pearl importer who sells me loose strands wholesale.",
            "Small work, done well.",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Verity Hollowell",
            "Bride-to-be in Camden with a small budget.",
            "I want an antique pearl necklace to wear on my wedding day.",
            "Something old.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Bernadette Cazaubon",
            "Je renfile et je noue les colliers de perles, fermoirs posés, chez moi.",
            "Un antiquaire qui m'envoie du travail régulier par la poste.",
            "Le petit travail bien fait.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 32 ---------------------------------------------------------------- trap: consent
    pair(
        32,
        "cross",
        "windmill-sweeps",
        "A's trust owns a tower mill whose sails have rotted; B's team of mill carpenters "
        "wants a winter job abroad with lodging and volunteers.",
        a=person(
            "Reginald Thirkettle",
            """I chair the trust that looks after a brick tower mill in north Norfolk,
            built in 1816. We have a lottery grant of two hundred thousand pounds, planning
            consent, a cottage next to the mill that sleeps six, and twenty volunteers who
            will carry, paint and make tea all winter. The cap and the machinery inside are
            sound; the rest has been left too long.""",
            """I need a millwright who can make four new sweeps with patent shutters, hang them on the stock, and set up the fantail and the brake so the mill can turn again safely, and teach our volunteers to check it afterwards. The work can start as soon as the weather turns. Our volunteers are mostly retired and very patient.""",
            "Make it work, not just look pretty.",
            tz=0,
            langs=["en", "fr"],
            loc="Norfolk",
        ),
        b=person(
            "Gatien Bretonnière",
            """Je suis charpentier de moulins en Vendée. Avec mes deux compagnons, nous
            avons refait une quarantaine de moulins à vent et à eau: ailes, arbres, rouets,
            freins, toitures tournantes, tout en chêne et en châtaignier, à la main et avec
            un vieux camion grue. Nous faisons aussi les dossiers pour les monuments
            historiques.""",
            """L'hiver, nos clients d'ici n'ont plus d'argent et nous restons à l'atelier.
            Je voudrais un chantier de plusieurs mois à l'étranger, avec un logement pour
            trois et des gens du coin prêts à porter et à peindre avec nous.""",
            "Un moulin qui tourne, c'est un moulin vivant.",
            tz=1,
            langs=["fr", "en"],
            loc="Vendée",
        ),
        twin=person(
            "Firmin Tessonnière",
            """Charpentier de moulins, nous refaisons ailes, arbres, rouets et freins en chêne, à la main, avec une équipe de trois et un vieux camion grue. Nous avons restauré une trentaine de moulins en Anjou et en Touraine.""",
            "Il me faut une scierie qui me réserve des grumes de chêne de douze mètres.",
            "Un moulin qui tourne.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Harriet Ackland",
            "Wedding photographer in Norfolk for ten years; I love old buildings, soft evening light and couples who don't mind a muddy field.",
            "I want a windmill as a backdrop for my couples' portraits.",
            "Golden hour, always.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ludovic Papinaud",
            """Charpentier de moulins à vent: ailes, freins, toits tournants, en chêne, avec mon équipe de deux compagnons et un camion grue. Une trentaine de moulins restaurés.""",
            "Un chantier l'hiver à l'étranger, avec logement et des bénévoles.",
            "Un moulin qui tourne.",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 33 ---------------------------------------------------------------- trap: visibility
    pair(
        33,
        "fr",
        "raw-wool-fertiliser-pellets",
        "A's fleeces cost more to shear than they sell for and get burnt; B presses dirty "
        "wool into garden fertiliser pellets and needs it in bulk.",
        a=person(
            "Aristide Combalbert",
            "Éleveur de 300 brebis sur le causse.",
            "La tonte me coûte plus que ce que rapporte la toison, alors je la brûle.",
            "Rien à jeter.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Causse Méjean",
        ),
        b=person(
            "Clémentine Roussignol",
            "Je presse la laine brute en granulés d'engrais pour les jardiniers.",
            "Des toisons sales en gros, gratuites ou presque, livrées.",
            "Boucler la boucle.",
            tz=1,
            langs=["fr"],
            loc="Millau",
        ),
        twin=person(
            "Octave Bancillon",
            "Je fais des granulés fertilisants avec de la laine brute.",
            "Il me faut une presse à granulés d'occasion et un mécanicien.",
            "Boucler la boucle.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Jacinthe Maurel",
            "Je tiens une boucherie à Florac.",
            "Je veux de l'agneau du causse, en direct, chaque semaine.",
            "Local.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Honorat Vézinhet",
            "Je transforme la laine sale en granulés d'engrais pour potagers.",
            "Des toisons en gros, pas chères, chaque été.",
            "Boucler la boucle.",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 34 ---------------------------------------------------------------- trap: commitment
    pair(
        34,
        "cross",
        "automaton-costumes",
        "A restores antique automata whose silk clothes have perished; B sews miniature "
        "period costume and wants collectors' pieces to dress.",
        a=person(
            "Hippolyte Dumoustier",
            """Je restaure des automates anciens dans un atelier du Marais, à Paris: des
            musiciens, des fumeurs, des acrobates de la fin du XIXe siècle. Je refais les
            mécanismes, les cames, les soufflets et les boîtes à musique; je travaille pour
            des collectionneurs, deux musées et une maison de ventes qui m'envoie les
            pièces avant les enchères.""",
            """Il me manque quelqu'un qui sache habiller ces petits personnages comme à
            l'époque: tailler et coudre à la main des costumes de soie et de velours à
            l'échelle, avec galons, dentelles et boutons minuscules, en respectant ce qui
            reste des tissus d'origine.""",
            "On ne triche pas avec un objet qui a cent cinquante ans.",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        b=person(
            "Araminta Bazalgette",
            """I trained in theatre wardrobe and spent ten years making historically
            accurate clothes for dolls and teddy bears for a London toy museum. I work at
            one-sixth and one-twelfth scale, drafting my own patterns from portraits and
            fashion plates, and I can age silk so that a new sleeve sits beside an old one
            without showing.""",
            """The museum post ended and private doll clients are mostly hobbyists. I would
            love a partner who handles serious antique pieces for private buyers and auction houses, and who can send me a steady flow of figures to dress.""",
            "Accuracy over prettiness.",
            tz=0,
            langs=["en", "fr"],
            loc="Canterbury",
        ),
        twin=person(
            "Temperance Cundall",
            """I sew miniature period costume for dolls and figures at one-sixth and one-twelfth scale, from patterns I draft from portraits and fashion plates. I age new silk to sit beside old fabric and I have dressed pieces for two private museums.""",
            """I need a shop on Etsy run by someone who will photograph and list my dolls
            for me.""",
            "Accuracy over prettiness.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Gonzague Orcibal",
            "Collectionneur, je possède une trentaine de boîtes à musique et deux automates, un fumeur et une charmeuse de serpents, hérités de mon grand-père.",
            "Je cherche un atelier qui répare le mécanisme de mes deux automates.",
            "La beauté des choses qui bougent.",
            ro=["finance"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Perdita Dobree",
            """I make accurate miniature clothes at small scale, aged silk and velvet, from my own patterns drawn from portraits, for museums and serious collectors.""",
            "A restorer of antique figures who can send me pieces to dress.",
            "Accuracy over prettiness.",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 35 ---------------------------------------------------------------- trap: timezone
    pair(
        35,
        "en",
        "flood-radio-network",
        "A plans emergencies for a county where floods cut the phones; B leads a club of "
        "radio amateurs with portable kit and wants to be in an official plan.",
        a=person(
            "Marcus Heathcote-Ling",
            """I am the emergency planning officer for a county council in Cumbria. In the
            last three big floods the mobile masts lost power within hours and whole
            valleys were cut off, with rest centres that could not talk to us. I have a
            budget line for resilience, the authority to write groups into our plan, and a
            control room we could give a desk to.""",
            """I need a team of amateur wireless enthusiasts who can set up and run a voice network from the valleys to the control room when everything else is down, train to our procedures, and turn out at night in bad weather. We would train together twice a year. The county can pay expenses and insure people who join.""",
            "Plan for the worst night, not the average one.",
            ro=["operations", "legal"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Carlisle",
        ),
        b=person(
            "Duncan Ravelston",
            "Ham radio club chair; 20 licensed operators, portable masts, generators.",
            "A public body that lists us in its disaster schemes and helps pay for kit.",
            "Be there when it counts.",
            ro=["tech"],
            rs=["finance"],
            tz=0,
            langs=["en"],
            loc="Kendal",
        ),
        twin=person(
            "Trevor Ansdell",
            "Licensed radio amateur; I build portable antennas and solar power packs.",
            "I need a machine shop to make my mast clamps in batches of 200.",
            "Be there when it counts.",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Yvonne Garnett",
            "Parish councillor in a village that flooded twice.",
            "I want the county to fund a flood warden scheme in our village.",
            "Neighbours first.",
            ro=["operations"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Hemi Tautahi",
            "Radio club in Auckland; 25 operators with portable masts and generators.",
            "A council that puts us in its emergency plan and funds kit.",
            "Be there when it counts.",
            ro=["tech"],
            rs=["finance"],
            tz=13,
            langs=["en"],
        ),
    ),
    # 36 ---------------------------------------------------------------- trap: language
    pair(
        36,
        "cross",
        "homesick-exchange-teens",
        "A's summer school keeps losing host families because of distressed teenagers; B "
        "is a psychologist who prepares and supports teens abroad.",
        a=person(
            "Beatrice Eardley",
            """I run a summer language school in Brighton: three hundred teenagers from
            eleven countries each July and August, a hundred and twenty host families,
            classrooms in a sixth-form college and a team of activity leaders. We have
            been going for twenty years and the bookings are strong.""",
            """Every summer a handful of kids fall apart in the first week: they stop eating,
            cry all night, lock themselves in the bathroom, ring their parents at 3 a.m.
            The families are not trained for it, three of our best ones quit last year, and
            my leaders are twenty-year-olds who panic. I dread the phone in July.""",
            "Every child goes home with a good memory.",
            tz=0,
            langs=["en"],
            loc="Brighton",
        ),
        b=person(
            "Maëlle Trégoudec",
            """Psychologue clinicienne, je travaille depuis dix ans avec des adolescents qui
            partent à l'étranger. J'ai construit un atelier de préparation avant le départ,
            une permanence téléphonique de crise pendant le séjour, et une formation de
            deux jours pour les familles d'accueil et les animateurs: repérer le mal du
            pays, quoi dire, quand appeler.""",
            """Je voudrais une école qui reçoit beaucoup de jeunes l'été et qui accepte de suivre tout mon programme une saison entière, avec ses familles et ses animateurs, pour mesurer les départs anticipés avant et après. Je rencontre les parents avant le départ. Le reste du temps, je travaille à distance et je viens sur place une semaine.""",
            "Un ado qui a le mal du pays n'a rien fait de mal.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Rennes",
        ),
        twin=person(
            "Soizic Lannuzel",
            """Psychologue, je travaille avec des adolescents qui partent en séjour à l'étranger: ateliers de préparation avant le départ, permanence de crise pendant le séjour, formation des familles d'accueil. Je collabore avec trois organismes de séjours linguistiques.""",
            """Il me faut un juriste qui rédige mes contrats avec les parents et
            l'assurance.""",
            "Un ado n'a rien fait de mal.",
            ro=["domain"],
            rs=["legal"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Crispin Elderfield",
            "Drama student at Sussex, free all summer, with a first aid certificate and two seasons as a camp counsellor in the United States.",
            "I want a job as an activity leader at a summer school in Brighton.",
            "Fun and safe.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Armelle Pagézy",
            """Psychologue: je prépare les ados qui partent à l'étranger et je les suis pendant le séjour, avec une permanence de crise et une formation pour les familles d'accueil.""",
            "Une école d'été qui suit mon programme une saison entière.",
            "Un ado n'a rien fait de mal.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 37 ---------------------------------------------------------------- trap: consent
    pair(
        37,
        "mixed",
        "heritage-wheat-flour",
        "A bakes in a wood oven and wants flour from old wheat varieties; B grows and "
        "stone-mills heritage wheat and wants bakers to buy it at a fair price.",
        a=person(
            "Fiorella Bianchetti",
            "Boulangère à Nice, four à bois, 300 fougasses par jour.",
            "Need a farmer who grows old wheat, stone-ground, for my loaves.",
            "Le pain, c'est le blé.",
            tz=1,
            langs=["fr", "en"],
            loc="Nice",
        ),
        b=person(
            "Hugh Frisby",
            """I left a job in the City fifteen years ago for forty hectares near
            Forcalquier. I grow landrace and heritage varieties, Touselle, Barbu du
            Roussillon, Rouge de Bordeaux, with no chemicals, and I grind to order on a
            small granite millstone in the barn, so the germ and the taste stay in. I can
            deliver on the coast once a week in my van.""",
            """The cooperative pays me the same as for ordinary grain. I want a few bakers
            who will buy a set tonnage every month at a fair, fixed price agreed for the
            year, and tell their customers where it comes from.""",
            "Slow food, steady prices.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["en", "fr"],
            loc="Forcalquier",
        ),
        twin=person(
            "Bertram Inchcombe",
            """I grow heritage wheat in Provence on thirty hectares, old varieties only, no chemicals, and grind it to order on a granite stone in the barn. I sell flour to a few bakeries and at the market in Apt.""",
            "I need a seed bank partner to multiply three rare varieties with me.",
            "Slow food.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Ludivine Castagnola",
            "J'ouvre un café à Nice, près du port: petits-déjeuners, brunchs le week-end, une terrasse de vingt couverts et une cuisine ouverte.",
            "I want fresh bread delivered every morning at 7.",
            "Du bon, simplement.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Alistair Pennefather",
            """Heritage wheat farmer near Manosque; old varieties without chemicals, ground to order on a granite millstone in my barn, delivered weekly in my van.""",
            "Bakers who will buy a fixed tonnage every month at an agreed price.",
            "Slow food, steady prices.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 38 ---------------------------------------------------------------- trap: visibility
    pair(
        38,
        "cross",
        "hand-engraved-wax-seals",
        "A sells luxury stationery and wants custom wax seals; B hand-engraves brass seals "
        "and wants a stationer abroad.",
        a=person(
            "Aurélien Desrousseaux",
            "Papetier à Paris, cartes et enveloppes de luxe, clients de mariage.",
            "Qqn qui grave à la main des cachets sur mesure pour la cire.",
            "Le papier a une mémoire.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        b=person(
            "Cuthbert Gummer",
            "Engraver: hand-cut brass stamps, monograms and crests, mirror-reversed.",
            "A stationer abroad to sell my work, with custom orders.",
            "Cut once, last forever.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="Birmingham",
        ),
        twin=person(
            "Lysander Hobday",
            "I hand-engrave brass monogram stamps for sealing wax.",
            "I need a caster to make the wooden and bronze handles in batches.",
            "Cut once.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Capucine Rochebrune",
            "Je me marie en juin et je prépare tout moi-même.",
            "Je veux des faire-part sur beau papier, pas trop chers.",
            "Le détail qui compte.",
            ro=["design"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tristram Hebditch",
            "Hand engraver of brass stamps for wax: monograms, crests.",
            "A stationer in Europe to sell my work and take custom orders.",
            "Cut once.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 39 ---------------------------------------------------------------- trap: commitment
    pair(
        39,
        "fr",
        "stable-fly-biocontrol",
        "A's dairy cows are driven mad by flies each summer; B rears tiny wasps that lay in "
        "fly pupae and wants farms for releases.",
        a=person(
            "Germain Loubatières",
            """Je suis éleveur laitier dans le Cantal, soixante vaches Montbéliardes, lait
            pour le fromage de Salers AOP. J'ai une stabulation neuve, un bon voisinage avec
            deux autres éleveurs qui veulent essayer ce que j'essaie, et un technicien de la
            chambre d'agriculture qui suit mon troupeau.""",
            """Chaque été, l'étable est noire de mouches: les vaches tapent du pied toute la
            journée, ne se couchent plus, perdent un ou deux litres chacune, et les
            insecticides ne marchent plus, les mouches reviennent deux jours après. Mes
            enfants ne veulent plus entrer dans le bâtiment.""",
            "Des bêtes tranquilles, un lait propre.",
            tz=1,
            langs=["fr"],
            loc="Salers",
        ),
        b=person(
            "Océane Pradalier",
            "J'élève des micro-guêpes qui pondent dans les pupes, pour lâchers chez les éleveurs.",
            "Des fermes pour des lâchers réguliers, avec suivi.",
            "Laisser faire la nature.",
            tz=1,
            langs=["fr"],
            loc="Aurillac",
        ),
        twin=person(
            "Jérémie Vidalenc",
            "Je produis des guêpes parasitoïdes pour les bâtiments d'élevage.",
            "Il me faut un labo qui m'aide à garder mes souches pures.",
            "Laisser faire la nature.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Solange Rascalou",
            "Fromagère à Salers, je vends aux touristes l'été.",
            "Je cherche du lait cru de Montbéliardes, livré chaque matin.",
            "Le goût du pays.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Blandine Tournadre",
            "J'élève des petites guêpes qui tuent les mouches dans leurs pupes.",
            "Des éleveurs pour des lâchers chaque été, avec suivi.",
            "Laisser faire la nature.",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 40 ---------------------------------------------------------------- trap: timezone
    pair(
        40,
        "cross",
        "clockwork-tin-toys",
        "A deals in old wind-up tin toys that no longer run; B is a retired watchmaker who "
        "fixes spring mechanisms and wants toys and a reseller.",
        a=person(
            "Montague Izzard",
            "Toy dealer in York; 300 old wind-up tin toys that won't move.",
            "Someone who can fix the springs and gears inside them.",
            "Toys are for playing.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="York",
        ),
        b=person(
            "Anselme Rivoallan",
            "Horloger retraité, je répare les mécanismes à ressort.",
            "Des jouets anciens à remettre en marche, avec un revendeur.",
            "Le plaisir du tic-tac.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Besançon",
        ),
        twin=person(
            "Eugène Morvillier",
            "Horloger, je répare les mouvements à ressort et les remontoirs.",
            "Il me faut un fournisseur de ressorts anciens en stock.",
            "Le tic-tac.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Philippa Grimshaw",
            "Mum of twins who love old toys.",
            "I want a working tin robot for their birthday.",
            "Fun first.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Kenji Watanuki",
            "Retired watchmaker in Brisbane; I mend spring mechanisms.",
            "Old toys to bring back to life, and a dealer.",
            "Tick-tock.",
            ro=["domain"],
            rs=["sales"],
            tz=10,
            langs=["en", "fr"],
        ),
    ),
]
