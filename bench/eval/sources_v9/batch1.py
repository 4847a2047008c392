"""Pairs 1-10 of complementary_v9."""

from people import pair, person

PAIRS = [
    # 1 ----------------------------------------------------------------- trap: language
    pair(
        1,
        "en",
        "pub-quiz-hosting",
        "A's pub has a dead Tuesday night; B writes and runs quiz nights and wants a regular venue.",
        a=person(
            "Bronwen Tunnicliffe-Brayne",
            "pub in ludlow, back room seats 60, tues nights dead (6 ppl last wk)",
            "need a qm who brings the rounds + the mic patter, weekly, paid per head",
            "locals first",
            tz=0,
            langs=["en"],
            loc="Ludlow",
        ),
        b=person(
            "Cedric Wanstall",
            "I set and host trivia evenings: picture round, music round, a jackpot that rolls over.",
            "A landlord who'll give me the same night every week and a share of the door.",
            "Nobody googles under my watch.",
            tz=0,
            langs=["en"],
            loc="Shrewsbury",
        ),
        twin=person(
            "Marcus Fellowby",
            "Trivia host for ten years: general knowledge, film nights, buzzers on every table.",
            "Looking for a PA hire firm that can rent me speakers and a radio mic each weekend.",
            "Keep it loud.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Imogen Stradwick",
            "Rep for a small Herefordshire brewery: three pale ales and a dark mild on cask.",
            "Want a pub with a spare room where we can run monthly tasting evenings.",
            "Cask is alive.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lazare Pontbriand",
            "J'anime des soirées quiz: questions en images, blind test, cagnotte qui grossit.",
            "Un bar qui me donne le même soir chaque semaine et une part des entrées.",
            "On ne triche pas.",
            tz=0,
            langs=["fr"],
        ),
    ),
    # 2 ----------------------------------------------------------------- trap: consent
    pair(
        2,
        "cross",
        "35mm-projector-repair",
        "A's village picture house has a broken film machine in its booth; B repairs old "
        "cinema projectors and wants halls that still run them.",
        a=person(
            "Solange Castelnérac",
            """Je suis bénévole et présidente d'une salle associative de 140 fauteuils à
            Aubusson, dans la Creuse. On passe des films trois soirs par semaine, en numérique
            la plupart du temps, mais on a gardé dans la cabine une vieille machine italienne
            des années 70 pour les séances de patrimoine du dimanche, qui font salle pleine.
            On a aussi un stock d'une soixantaine de bobines données par un ancien exploitant
            de Guéret.""",
            """Depuis le mois de mars, la machine de la cabine fait un bruit de crécelle et
            raye la pellicule. Il me faut quelqu'un qui sache la démonter, trouver les pièces
            d'usure (croix de Malte, patins, courroies) et former deux de nos bénévoles à
            l'entretien courant. On peut payer environ 2 000 euros cette année, plus le gîte
            quand il vient.""",
            """On garde les choses qui marchent encore, on les fait durer, et on transmet ce
            qu'on sait aux plus jeunes du bénévolat.""",
            tz=1,
            langs=["fr"],
            loc="Aubusson",
        ),
        b=person(
            "Declan Ballintubber",
            "Ex-projectionist. I fix Cinemeccanica, Kinoton, Philips DP70; spares in stock.",
            "Picture houses that still screen on film and want them kept alive for years.",
            "Celluloid deserves a mechanic.",
            tz=0,
            langs=["en", "fr"],
            loc="Leeds",
        ),
        twin=person(
            "Harlan Ostridge",
            "Booth engineer, 25 years: I strip and rebuild old reel-to-reel cinema machines.",
            "Need a photo lab that can still print new 35mm copies from scanned masters.",
            "Analogue or nothing.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Gaspard Lerouvillois",
            "Je distribue des copies restaurées de films des années 50 et 60, en 35 mm.",
            "Des salles qui passent encore la pellicule, pour y programmer mes copies.",
            "Le cinéma en vrai grain.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rupert Kingsmere",
            "Retired booth man: I service Kinoton and Cinemeccanica machines, parts on hand.",
            "Halls still screening on film that want their gear kept running.",
            "Film is physical.",
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 3 ----------------------------------------------------------------- trap: visibility
    pair(
        3,
        "fr",
        "chenil-de-traineau",
        "A organise une course de chiens de traîneau dont les chiens ont les coussinets "
        "abîmés; B fabrique des bottines sur mesure pour chiens et veut des mushers.",
        a=person(
            "Aurélien Choquard",
            "Course de traîneau dans le Jura, 40 attelages, en janvier.",
            "Sur la neige dure, la moitié des bêtes finissent avec les pattes en sang.",
            "Le chien d'abord.",
            tz=1,
            langs=["fr"],
            loc="Les Rousses",
        ),
        b=person(
            "Maëlle Triboulet",
            """Je couds à la main des chaussons pour chiens de travail dans mon atelier de
            Pontarlier: cordura doublé, fermeture velcro large, semelle en polyuréthane
            fine pour les courses longues et plus épaisse pour la glace. Je prends les
            mesures moi-même sur chaque animal et je livre en dix jours. L'an dernier j'en ai
            fait 1 800 paires, pour des bergers, des chiens de recherche et deux équipes
            norvégiennes. Je répare aussi les paires usées, à 3 euros la paire.""",
            """Je voudrais travailler avec des organisateurs d'épreuves ou de gros chenils
            qui me commandent pour toute une saison, et qui me laissent un stand près de la
            ligne de départ pour mesurer sur place. Je peux faire un prix dégressif au-delà
            de 300 paires, et je viens avec ma machine.""",
            """Un bon équipement se voit à la fin de la course, pas sur la photo du
            départ. Je préfère dix clients fidèles à cent clients d'un jour.""",
            tz=1,
            langs=["fr"],
            loc="Pontarlier",
        ),
        twin=person(
            "Noémie Vaucheret",
            """Sellière de métier, j'ai reconverti mon atelier de Morteau dans l'équipement
            canin: harnais de traction taillés au centimètre, lignes de trait, colliers
            rembourrés, et des petites bottes en nylon épais pour les pattes fragiles, faites
            à la demande après une prise de mesure. Environ 900 pièces par an, surtout pour
            des particuliers qui font du canicross et quelques clubs de pistage. Je reprends
            les coutures et je remplace les boucles cassées.""",
            """J'ai besoin d'un grossiste en sangles et en mousquetons inox qui me vende au
            rouleau et au carton, à un prix correct, avec des délais fiables: mes fournisseurs
            actuels sont en rupture trois mois par an et je perds les commandes d'automne.
            Je cherche aussi quelqu'un qui sache brûler proprement les bouts de sangle à la
            chaîne.""",
            """Travailler le cuir et la toile comme on travaillait le harnais des chevaux, avec
            patience, et garder les prix pour les clubs amateurs.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Bastien Quevrain",
            """Je dirige une petite agence de voyages à Lons-le-Saunier spécialisée dans les
            séjours d'hiver: raquettes, ski de fond, veillées en refuge, et depuis deux ans des
            week-ends sur le thème du grand Nord pour des comités d'entreprise. Je remplis
            des cars de quarante personnes, je gère l'hébergement, la restauration et les
            assurances, et j'ai un fichier de 6 000 clients dans l'Est de la France.""",
            """Il me faut une vraie course de traîneau dans le massif, avec des attelages en
            nombre, où je puisse amener mes groupes comme spectateurs le samedi et leur faire
            rencontrer les mushers à l'arrivée. Je veux une date fixe en janvier et un accès
            sécurisé pour les cars, sur trois ans si possible.""",
            """Montrer la montagne l'hiver sans la transformer en parc d'attractions, et
            payer correctement ceux qui nous accueillent sur place.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Clothilde Vauquelin-Sarre",
            """Je fabrique des bottines pour chiens de course, sur mesure, dans un garage
            aménagé à Saint-Claude: toile enduite, bande auto-agrippante, semelle souple ou
            renforcée selon le terrain. Je mesure chaque patte, je livre en deux semaines, et
            j'en ai vendu un peu plus de mille paires la saison dernière à des éleveurs de
            huskies et à des pompiers cynophiles. Je reprends aussi les semelles percées.""",
            """Je cherche des organisateurs de courses ou de grands chenils qui passent une
            commande pour tout l'hiver et m'accueillent au départ avec ma machine à coudre,
            pour prendre les mesures des chiens la veille. Tarif de groupe au-delà de deux
            cents paires, et réparation gratuite pendant l'épreuve.""",
            """Un chien qui boite à la fin, c'est un échec. Je préfère la régularité des
            commandes aux gros coups.""",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 4 ----------------------------------------------------------------- trap: commitment
    pair(
        4,
        "cross",
        "canal-hire-boat-engines",
        "A rents out canal cruisers whose old diesels keep failing; B is a marine diesel "
        "mechanic who wants a fleet to look after all year.",
        a=person(
            "Gillian Tressider",
            """My husband and I run a fleet of eleven hire cruisers on the Canal du Nivernais,
            based at a little port near Clamecy. We bought the business in 2019 from a retiring
            Dutch couple. The boats are steel, 9 to 14 metres, built in the eighties, and from
            April to October they go out every week with families and retired couples who have
            never steered anything bigger than a car. We have a workshop shed, a pontoon and a
            van.""",
            """What we don't have is anyone who understands the engines. Last season four
            boats broke down mid-week with overheating or fuel problems, and each time we had
            to refund the holiday and tow the boat back. I need a person who can service the
            whole fleet over the winter, come out when a boat stops between locks in summer,
            and tell me honestly which engines to replace. We can offer a yearly contract of
            around 18,000 euros and the use of our shed.""",
            """Fix it properly once. Be straight with customers when something goes wrong, and
            pay local people a fair rate.""",
            tz=1,
            langs=["en"],
            loc="Clamecy",
        ),
        b=person(
            "Thierry Gaudinot",
            """mecanicien diesel marine depuis 22 ans, installé a Decize
            - moteurs Perkins, Nanni, Vetus, vieux Lister aussi
            - vidanges, culasses, pompes a injection, refroidissement (echangeurs, turbines)
            - je me deplace en camionnette atelier, j'ai un poste a souder et un palan
            - dépannage sur l'eau 7j/7 l'été, je connais toutes les ecluses entre Decize et Auxerre
            - ancien de la marine nationale, brevet de pilote fluvial""",
            """je veux sortir du petit dépannage au coup par coup (plaisanciers qui appellent
            le dimanche et paient en 6 mois). je cherche une flotte de location ou un loueur
            avec 8-15 bateaux qui me prenne à l'année: entretien d'hiver + astreinte l'été,
            contrat clair, acompte en mars. dispo des novembre""",
            "travail propre, prix annoncés avant, pas de surprise sur la facture",
            tz=1,
            langs=["fr", "en"],
            loc="Decize",
        ),
        twin=person(
            "Régis Montbarbon",
            """Mécanicien de bateaux depuis une vingtaine d'années, je m'occupe des moteurs
            in-bord des péniches de plaisance et des vedettes entre Digoin et Roanne: révisions
            complètes, joints de culasse, circuits de gazole, pompes à eau de mer et
            inverseurs. Mon camion est équipé comme un atelier, avec groupe électrogène et
            soudure, et je dors à bord quand la réparation dure. Je fais aussi les diagnostics
            avant achat pour les particuliers qui veulent acheter un bateau d'occasion.""",
            """Je cherche un fournisseur de moteurs reconditionnés en Angleterre, qui puisse
            m'envoyer des blocs Perkins et BMC complets, garantis, avec les papiers en règle
            après le Brexit: j'en remplace une douzaine par an et les délais actuels sont de
            quatre mois. J'ai besoin aussi d'un transporteur qui fasse le trajet par le tunnel
            une fois par mois.""",
            """Une réparation doit durer dix ans. Je ne change pas une pièce qui marche encore,
            et je préfère perdre un client que de lui mentir.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Nathaniel Brookhurst",
            """I own a travel agency in Bath that sells
            slow holidays in France to British and American retirees: walking in the Morvan,
            cycling along the Loire, wine weeks in Chablis. We sold about 900 trips last year,
            mostly to couples over sixty who book eight months ahead and pay in full. Our
            brochure goes to 30,000 homes and our website converts well.""",
            """I want a small, well-run hire-boat company on a quiet Burgundy canal that will
            hold twenty boat-weeks for our clients each summer, at a trade rate, with a
            handover in English and a welcome pack. Boats with two cabins are best. I'd sign
            for three seasons and pay deposits in January.""",
            """Holidays should be calm and honest. Our clients are older, so reliability and a
            human voice on the phone matter more to us than the cheapest price.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Joël Bourdalouze",
            """Mécano diesel pour bateaux fluviaux depuis vingt ans, basé à Nevers: moteurs
            Perkins, Nanni, Vetus et vieux Lister, vidanges, culasses, injection, circuits de
            refroidissement. Je viens avec mon fourgon outillé et mon poste à souder, et je
            connais le Nivernais écluse par écluse. Diagnostic honnête avant chaque
            remplacement, pièces d'origine quand elles existent encore.""",
            """Je cherche un loueur de bateaux avec une dizaine d'unités qui me confie
            l'entretien de l'hiver et les pannes de l'été, sur un contrat à l'année avec un
            acompte au printemps. Je ne veux plus courir après les particuliers qui paient en
            retard.""",
            """Un prix donné avant le travail, un travail propre, et pas de facture
            surprise.""",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 5 ----------------------------------------------------------------- trap: timezone
    pair(
        5,
        "mixed",
        "escape-room-mechanisms",
        "A opens an escape room and needs its puzzles built; B builds hidden mechanisms and "
        "wants a room to fit out.",
        a=person(
            "Perrine Lacombrade",
            "J'ouvre trois salles d'escape game à Lille, le scénario est écrit, opening in May.",
            "Il me faut someone who builds the props: trappes, cadenas magnétiques, tout ça.",
            "Le joueur doit dire wow.",
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        b=person(
            "Jonah Verbrugghe",
            "Maker: je code des Arduino, hidden doors, capteurs RFID, aimants qui lâchent.",
            "Looking for un lieu qui me confie une salle entière, du début à la fin.",
            "Si ça casse, je reviens.",
            tz=1,
            langs=["fr", "en"],
            loc="Roubaix",
        ),
        twin=person(
            "Kévin Dorsaluz",
            "Je fabrique des énigmes électroniques pour jeux d'évasion, micro-contrôleurs et RFID.",
            "I need a laser-cutting shop to cut my plywood panels en gros, cheaper.",
            "Fait main, fait bien.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Ophélie Sauvrecourt",
            "Agence de team building à Lille: 200 séminaires par an, des DRH qui paient bien.",
            "Des salles d'évasion où envoyer mes groupes de 12 à 30 people, le jeudi.",
            "Cohésion, pas compétition.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Mathis Leblanc-Coutu",
            "Maker à Saint-Boniface, Winnipeg: Arduino, passages secrets, lecteurs RFID, serrures à aimant.",
            "Looking for un lieu qui me confie une salle complète à équiper.",
            "Je répare ce que je pose.",
            tz=-6,
            langs=["fr", "en"],
        ),
    ),
    # 6 ----------------------------------------------------------------- trap: language
    pair(
        6,
        "cross",
        "campsite-septic-systems",
        "A's campsite toilets smell of sewage every August; B installs and fixes small "
        "wastewater plants for campsites.",
        a=person(
            "Hervé Casteljau",
            "camping 80 empl. en ardeche, sanitaires + piscine, ouvert avril-sept",
            "en aout les sanitaires puent l'egout, les clients se plaignent sur google",
            "pas de chichis",
            ro=["operations"],
            tz=1,
            langs=["fr"],
            loc="Vallon-Pont-d'Arc",
        ),
        b=person(
            "Rowena Pitchford",
            "I fit and repair micro wastewater treatment plants for holiday parks and gîtes.",
            "Rural sites with a plant that's overloaded in summer and a budget to fix it.",
            "Clean water out, no smell.",
            tz=0,
            langs=["en", "fr"],
            loc="Aubenas",
        ),
        twin=person(
            "Desmond Haverleigh",
            "Installer of package treatment plants and reed filters for farms and holiday lets.",
            "I need a digger driver with a 5-tonne machine, free two weeks a month.",
            "Do it once.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Fabrice Ceyrac-Montals",
            "Je fabrique des mobil-homes haut de gamme près d'Alès, 30 par an.",
            "Des campings qui me louent 2 emplacements pour exposer mes modèles l'été.",
            "Du solide.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Quentin Quinnell-Drabble",
            "I repair and upgrade small sewage treatment units on campsites and rural lets.",
            "Holiday sites whose plant can't cope in peak season, with money to fix it.",
            "No smell, no fuss.",
            tz=1,
            langs=["en"],
        ),
    ),
    # 7 ----------------------------------------------------------------- trap: consent
    pair(
        7,
        "fr",
        "orgue-de-barbarie",
        "A joue de l'orgue de barbarie avec des cartons usés; B perfore des cartons de musique "
        "sur commande et veut des joueurs réguliers.",
        a=person(
            "Lucienne Escoffon",
            """Je joue de l'orgue de barbarie depuis douze ans sur les marchés de Provence et
            dans les mariages, avec un instrument 42 touches fabriqué à Mirecourt. J'ai un
            répertoire de chansons réalistes, Fréhel, Piaf, Bruant, et quelques airs de
            musette. Je fais environ quatre-vingts sorties par an, avec un costume d'époque et
            une charrette à bras peinte par mon frère.""",
            """Mes livrets sont à bout: les plis se déchirent, des trous se bouchent, et il
            manque des chansons qu'on me demande tout le temps. Je voudrais quelqu'un qui
            sache transcrire une partition pour mon échelle de 42 touches et me faire une
            vingtaine de nouveaux livrets d'ici le printemps. J'ai un budget d'environ 1 500
            euros.""",
            """Faire chanter les gens dans la rue, même ceux qui ne connaissent pas les
            paroles.""",
            tz=1,
            langs=["fr"],
            loc="Aix-en-Provence",
        ),
        b=person(
            "Gilbert Mazeyrat",
            "perfore cartons d'orgue ds mon garage, 27 à 52 notes, arrangements faits maison",
            "des joueurs qui commandent tous les ans, pas juste 1 fois",
            "la mélodie avant tout",
            tz=1,
            langs=["fr"],
            loc="Manosque",
        ),
        twin=person(
            "Anselme Brichetot",
            "Noteur de musique mécanique: j'arrange et je poinçonne des livres d'orgue.",
            "Il me faut un papetier qui me fournisse du carton de 0,8 mm en bobines.",
            "Le bon papier fait la bonne note.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Capucine Delambrière",
            "Organisatrice de mariages dans le Luberon, 40 noces par an, clientèle étrangère.",
            "Une joueuse d'orgue de rue en costume pour les vins d'honneur, cet été.",
            "Chaque mariage est unique.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Firmin Pradalié",
            "Je perce des cartons pour orgues de rue, de 27 à 52 notes, arrangements maison.",
            "Des joueurs fidèles qui me recommandent des airs chaque année.",
            "La mélodie d'abord.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 8 ----------------------------------------------------------------- trap: visibility
    pair(
        8,
        "cross",
        "lavender-steam-distilling",
        "A grows lavender in Norfolk with no still; B runs a mobile steam still in Provence "
        "and wants more fields to work after the local harvest ends.",
        a=person(
            "Hattie Lowestoft-Brame",
            """- 14 acres lavender nr Heacham, norfolk, mostly grosso + some maillette
            - harvest late july-mid aug, we cut w/ a converted hedge trimmer on a tractor
            - farm shop + tea room, 40k visitors a yr, sell dried bunches + soap
            - cold barn 200m2, 3-phase power, yard big enough for a lorry""",
            """want to sell our own oil not just dried stuff. need someone who can come w/ a
            still for 3-4 wks after our cut, run it on site, teach 2 of my staff + help us
            get the oil tested so we can label it. happy to pay per kilo of oil or a flat
            fee, ~£9k budget 1st yr""",
            "grow it here, sell it here. no greenwashing",
            tz=0,
            langs=["en"],
            loc="Heacham",
        ),
        b=person(
            "Rémi Estoublon",
            """Je suis distillateur à façon près de Valensole. J'ai un alambic à vapeur
            de 3 000 litres monté sur une remorque, avec sa chaudière au bois et son
            condenseur, que je déplace de ferme en ferme chaque été. Je distille du lavandin,
            de la lavande fine, du romarin et de la sauge sclarée, environ 60 tonnes de fleurs
            par saison, et je sais régler la durée de passage pour chaque variété. Je fais
            aussi faire les analyses en laboratoire à Digne pour les producteurs qui veulent
            une fiche de conformité.""",
            """Chez nous la récolte est finie au 10 août, et ma machine dort ensuite dix mois.
            Je cherche des cultivateurs plus au nord, où l'on coupe plus tard, chez qui je
            pourrais installer ma remorque trois ou quatre semaines en août, avec un accès
            pour un poids lourd et de l'eau. Je veux des accords sur plusieurs années et je
            forme volontiers leurs équipes.""",
            """Le bon produit se fait lentement. Je garde mes prix stables et je paie mes
            saisonniers au-dessus du tarif.""",
            ro=["domain", "operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Valensole",
        ),
        twin=person(
            "Amandine Sérignac",
            """Avec mon compagnon, nous faisons tourner un petit alambic ambulant de 1 500 litres
            dans la Drôme: nous passons dans les fermes de plantes aromatiques pour extraire
            leurs huiles sur place, lavandin, hysope, thym, menthe poivrée. Nous avons une
            chaudière à granulés, un vase florentin en inox et nous conditionnons l'essence en
            flacons ambrés. L'an passé nous avons traité 35 tonnes de plantes chez 22
            agriculteurs, entre juin et septembre.""",
            """Nous avons besoin d'un atelier agréé pour fabriquer des produits cosmétiques avec
            nos eaux florales: une personne qui ait un laboratoire aux normes, une
            responsable qualité et un numéro de déclaration, et qui accepte de petites séries
            de 500 flacons. Sans cela nous jetons chaque été des milliers de litres
            d'hydrolat.""",
            """Rien ne se perd. Nous voulons que chaque plante distillée serve jusqu'au bout
            et que les petits producteurs gardent la main sur leur récolte.""",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Priya Sowerbutts",
            """I run a small wedding-flower business in King's Lynn. We do about 60 weddings a
            year, mostly barns, churches and country houses in north Norfolk, and brides increasingly
            ask for dried and scented arrangements rather than imported roses. I have a van,
            a cold store and two part-time florists, and I'm good at the big installations:
            arches, hanging clouds, long table runners.""",
            """I need a local grower who can sell me dried lavender in bulk, about 3,000
            bunches a season, cut at the right stage and tied by size, plus a field where
            couples could have their photos taken in July. I'd pay upfront in spring and
            agree a fixed price for two years, with a tasting of the varieties in June so I can pick colours.""",
            """Local stems, no air miles. I'd rather change the design than fly flowers in from
            Kenya.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Blandine Cazaulon",
            """Distillatrice itinérante dans le plateau de Valensole: un alambic à vapeur de
            2 500 litres sur remorque, une chaudière au bois, un condenseur en serpentin. Je
            passe chaque été dans une trentaine de fermes pour extraire lavandin, lavande fine
            et sauge sclarée, et je fais analyser les essences au laboratoire pour que les
            producteurs aient leurs fiches. Je forme aussi les équipes au réglage de la
            vapeur et je tiens un carnet de chaque distillation.""",
            """Ma saison s'arrête début août et l'appareil reste ensuite immobile. Je voudrais
            des cultivateurs plus au nord, qui récoltent plus tard, pour installer la
            remorque chez eux trois semaines, avec une cour accessible aux camions. Je
            cherche des accords sur plusieurs saisons.""",
            """Travailler sans se presser, payer les saisonniers correctement et tenir ses
            prix.""",
            ro=["domain", "operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 9 ----------------------------------------------------------------- trap: commitment
    pair(
        9,
        "en",
        "lido-water-heating",
        "A's 1930s lido is too cold to open before July; B installs large air-source heat "
        "pumps for outdoor pools.",
        a=person(
            "Fenella Trebarwith",
            """I chair the trust that rescued the art-deco lido in Newlyn, a
            50-metre seawater-fed pool built in 1935. We reopened it in 2021 after six years of
            fundraising, with 40 volunteers, two paid lifeguards and a café run by a local
            baker. On a good August day we take 700 swimmers, and the season ticket holders
            are fiercely loyal.""",
            """The problem is the temperature. The water sits at 13 or 14 degrees until late
            June, so the pool is empty for the first two months we are open and we lose
            roughly £40,000 of ticket income a year. Our grid connection is weak, the machinery
            room floods in winter storms, and last autumn's energy audit frightened the
            trustees.""",
            """Keep the pool open to everyone, with cheap tickets for children and
            pensioners, and don't burn gas to do it.""",
            tz=0,
            langs=["en"],
            loc="Newlyn",
        ),
        b=person(
            "Owain Chelwood",
            """heating engineer, own firm, 9 staff, based Truro
            - big air source heat pumps for outdoor + school pools (did 11 in devon/cornwall
              since 2019)
            - design the whole plant room: pumps, heat exchangers, controls, covers
            - handle DNO applications when the supply is weak, and grant paperwork
            - raise kit on plinths where plant rooms flood
            - aftercare contract, 24h callout in season""",
            """want a flagship public pool to show what we can do, ideally a big outdoor one
            with a community behind it. happy to phase the work over 2 winters + help write
            the grant bids. need access to the plant room from oct-march and someone on the
            board who can sign things off quickly""",
            "no gas, no greenwash, numbers shown up front",
            tz=0,
            langs=["en"],
            loc="Truro",
        ),
        twin=person(
            "Giles Pendarvis",
            """I run a renewable-heating company in Plymouth with fourteen engineers. We
            specify and fit air-to-water heat pumps for leisure centres, hotel pools and
            spas, size the exchangers and buffer tanks, wire the controls and take care of the
            network operator's paperwork. We have finished seventeen pool jobs in the South
            West and keep them under service contracts with same-day callouts in summer.""",
            """We need a manufacturer who can make motorised, insulated covers for pools over
            40 metres, built in Britain, delivered in eight weeks and guaranteed for ten years.
            Our current supplier is in Belgium and every cover we order arrives late and
            crooked. We would take twenty a year.""",
            """Fast growth, fixed prices, and we don't apologise for charging properly for
            good engineering.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Kerensa Trengrouse",
            """I own a triathlon coaching business in Falmouth: 120 athletes on monthly plans,
            four coaches, and spring training camps that sell out in a day. My athletes come
            from London and Bristol for long weekends of open-water drills, bike loops on the
            Lizard and brick sessions. We also run a kids' aquathlon series in the summer.""",
            """I need a long, public outdoor pool in west Cornwall that will rent us lanes at
            6 a.m. on spring weekends for our camps, with changing rooms open and a lifeguard
            on duty, and let us run two aquathlon mornings in August. I'd pay for a full
            season of early bookings in advance.""",
            """Train hard, leave the place cleaner than you found it, and look after the
            youngest athletes first.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lowenna Carnsew",
            """Heating engineer with my own small firm near Redruth. I design and fit large
            air-source heat pumps for outdoor and school pools, including the plant room,
            exchangers, controls and covers, and I deal with the network operator when the
            supply is too weak. I mount the kit on raised plinths where plant rooms take on
            water, and I offer aftercare with callouts in season.""",
            """I want one flagship public pool with a community behind it, to show what can be
            done without gas. I can phase the work over two winters and help write the grant
            applications, as long as someone on the board signs off quickly.""",
            """No gas, no greenwash, and the numbers shown before anyone signs.""",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 10 ---------------------------------------------------------------- trap: timezone
    pair(
        10,
        "cross",
        "troglodyte-oyster-mushrooms",
        "A owns empty tufa cellars in Anjou; B grows oyster mushrooms and needs a dark, "
        "steady-temperature space to scale up.",
        a=person(
            "Anatole Brissonnet",
            "Gîte troglodyte près de Saumur, 600 m² de galeries vides, 12 °C toute l'année.",
            "Qqn qui fasse pousser des pleurotes dans mes galeries et partage la récolte.",
            "Faire vivre le tuffeau.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Saumur",
        ),
        b=person(
            "Hollis Greatrex",
            "I grow oyster and shiitake on straw bales; my own spawn lab in Bristol.",
            "Dark, damp underground space with a steady temperature to grow tenfold.",
            "Grow food from waste.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
        twin=person(
            "Tobias Hollinshead-Pye",
            "Fungi grower: pink and grey oysters on coffee grounds, 300 kg a week.",
            "Need a café chain that gives me its used coffee grounds daily, collected.",
            "Close the loop.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Ludivine Chauvigné",
            "Je fais des visites de caves et de sites insolites du Saumurois, 8 000 clients/an.",
            "Un lieu troglodyte original à ajouter à mes circuits du samedi.",
            "Le patrimoine se visite.",
            ro=["marketing"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Wesley Okonkwo-Hart",
            "I grow oyster and lion's mane on straw in Portland, Oregon; spawn made in-house.",
            "A cool, dark underground space with even temperature to scale up tenfold.",
            "Food from waste.",
            ro=["domain"],
            rs=["operations"],
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
]
