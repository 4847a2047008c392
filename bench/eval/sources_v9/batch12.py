"""Pairs 111-120 of complementary_v9."""

from people import pair, person

PAIRS = [
    # 111 --------------------------------------------------------------- trap: language
    pair(
        111,
        "mixed",
        "vegan-viennoiserie",
        "A's vegan bakery makes flat, greasy croissants; B is a pastry chef who develops "
        "laminated doughs with plant fats.",
        a=person(
            "Zoé Haldimann-Price",
            "boulangerie vegan à genève, 2 ans, the croissants are flat + greasy",
            "les clients goûtent une fois and never come back pour les viennoiseries",
            "bon avant d'être vegan",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Genève",
        ),
        b=person(
            "Matteo Brunschwig-Hale",
            """Je suis chef pâtissier, trained in Paris and Vienna, et depuis six ans je
            travaille only on plant-based laminated doughs: croissants, pains au chocolat,
            kouign-amann, danishes. I test les margarines et les blocs végétaux du marché, je
            règle les températures de tourage, the folds, la pousse et la cuisson, and I write
            recipes that a small team can repeat every morning. J'ai accompagné huit
            boulangeries en Suisse, en France et à Berlin, and most of them now sell more
            croissants than bread.""",
            """I'm looking for un fournil végétal qui a le lieu et la clientèle mais dont la
            viennoiserie ne suit pas, ready to let me into the lab for two weeks at 3 a.m. et
            à suivre les nouvelles fiches à la lettre. Paid per mission, avec un suivi
            mensuel la première année, and I'd like to use the shop for a filmed workshop.""",
            """Le vegan doit être gourmand, not a sacrifice; if it isn't delicious, it won't
            change anybody's habits.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Lausanne",
        ),
        twin=person(
            "Ilaria Vuilleumier-Stone",
            """Pâtissière spécialisée dans la pâte feuilletée végétale, I've developed
            croissants and danishes for two Swiss chains et je forme des équipes au tourage
            avec des matières grasses végétales. Je travaille entre Lausanne et Zurich, with a
            small test kitchen, et j'écris des fiches simples et précises: températures de
            tourage, folds, pousse, cuisson. I've trained about fifteen bakers in three years,
            and I also teach a weekend course for home bakers.""",
            """I need a food scientist or a small fat producer qui puisse me fabriquer un bloc
            de tourage végétal sur mesure, sans huile de palme, with the right melting point,
            en lots de 500 kg, parce que ceux du commerce ne tiennent pas à 22 degrés. I'd sign
            for a year.""",
            """Pas de palme, pas de compromis on taste; good pastry should be kind to the
            planet too.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Léonard Fontannaz-Reid",
            """Je dirige une chaîne de neuf cafés à Genève et à Lausanne, with a young
            clientele, students and office workers, et une forte demande pour des options
            végétales. We sell about 2,000 pastries and 5,000 coffees a day et nous avons une cuisine centrale,
            a team of sixty, a loyalty app with 25,000 users and a good eye for what sells. Nous ouvrons deux nouveaux
            cafés à Fribourg et à Neuchâtel l'an prochain, and we want all our pastries to be
            local.""",
            """I'm looking for une boulangerie vegan locale qui nous livre chaque matin 600
            croissants et pains au chocolat végétaux, before 6.30, avec un prix de gros sur un
            contrat annuel et une marque visible dans nos cafés.""",
            """Manger mieux sans faire la morale, and work with local bakers rather than
            factories.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Gianluca Bonfiglioli",
            """Sono pasticciere, formato a Parigi e a Vienna, e da sei anni lavoro solo sulle
            paste sfogliate vegetali: croissant, pain au chocolat, kouign-amann. Provo le
            margarine e i panetti vegetali, regolo le temperature di sfogliatura, le pieghe,
            la lievitazione e la cottura, e scrivo ricette che una piccola squadra può
            ripetere ogni mattina. Ho seguito otto panetterie in Svizzera e in Italia, e la
            maggior parte ora vende più cornetti che pane.""",
            """Cerco una panetteria vegana che abbia il locale e la clientela ma non i
            cornetti, pronta a farmi entrare in laboratorio per due settimane alle tre del
            mattino e a seguire le nuove schede alla lettera, pagata a missione.""",
            """Il vegano deve essere goloso, non un sacrificio; se non è buono, non cambia le
            abitudini di nessuno.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["it"],
        ),
    ),
    # 112 --------------------------------------------------------------- trap: consent
    pair(
        112,
        "cross",
        "yew-maze-topiary",
        "A's historic garden has an overgrown yew maze and box figures; B is a topiarist who "
        "restores clipped yew and box.",
        a=person(
            "Lavinia Pettigrew-Sands",
            """I'm the administrator of a Jacobean manor near Stratford that opens its house and
            gardens to the public, about 60,000 visitors a year. The garden's pride is a yew
            maze planted in 1890, a double avenue of clipped yew cones, and a parterre of box
            figures: peacocks, a ship, the family's crest. We have two gardeners and a team of
            volunteers, but nobody left who knows how to shape them.""",
            """I'm looking for a real topiary specialist who can bring the maze back into shape
            over three winters, hard-prune the overgrown sides without killing the yew, rebuild
            the lost box shapes from old photographs, and teach our gardeners the annual
            clipping. We have a budget of about £45,000 and a cottage on the estate for the
            weeks of work.""",
            """Care for what earlier generations planted, slowly and properly, so the garden is
            still there in another hundred years.""",
            tz=0,
            langs=["en"],
            loc="Stratford-upon-Avon",
        ),
        b=person(
            "Anatole Sauvignac",
            """topiaire depuis 25 ans, formé dans les jardins de Villandry puis à mon compte
            - taille architecturale d'ifs, buis, charmilles: labyrinthes, cônes, spirales, animaux
            - rattrapage des ifs trop grands: recépage sur 2-3 ans sans les tuer
            - je reforme des figures perdues d'après photos anciennes, avec gabarits
            - je forme les jardiniers du site à la taille annuelle""",
            """je cherche des jardins historiques qui ont besoin d'un gros rattrapage sur
            plusieurs hivers, en france ou ailleurs. il me faut un logement sur place pendant
            les semaines de travail, une nacelle louée par le client et un jardinier à qui
            transmettre. paiement par hiver""",
            "tailler c'est dessiner lentement, on travaille pour dans cent ans",
            tz=1,
            langs=["fr", "en"],
            loc="Tours",
        ),
        twin=person(
            "Aubin Lemesle-Rigny",
            """Je suis topiaire et jardinier de jardins historiques depuis vingt ans: je taille
            les ifs, les buis et les charmilles en formes architecturales, labyrinthes, cônes,
            boules et animaux, je rattrape les haies envahies sur plusieurs saisons et je
            reconstitue des figures d'après des gravures. J'ai travaillé pour une douzaine de
            châteaux de la Loire et deux jardins en Belgique.""",
            """J'ai besoin d'un laboratoire ou d'un spécialiste des maladies du buis qui puisse
            analyser mes échantillons et me conseiller un traitement biologique contre la
            cylindrocladiose et la pyrale, parce que trois de mes jardins perdent leurs
            bordures et que les produits autorisés ne marchent pas.""",
            """Sauver ce qui peut l'être avant de replanter; un buis de cent ans ne se remplace
            pas.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Clementine Fenwick-Hartle",
            """I'm a garden photographer and writer; my books on English gardens have sold over
            100,000 copies, and I'm working on a new one about historic topiary with a big
            publisher and a television tie-in. I shoot at dawn and dusk and travel with an
            assistant.""",
            """I need a historic garden with a Victorian maze and clipped yew that will give me
            access at dawn on ten days across a year, including frost and snow, and let me
            interview its gardeners for the book. I'd credit the garden and pay a location
            fee.""",
            """Show gardens at their most beautiful and give credit to the people who keep
            them.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ludovic Beaupérin",
            """Topiaire depuis vingt-cinq ans, formé à Villandry: taille architecturale des ifs,
            buis et charmilles, labyrinthes, cônes, spirales et animaux; rattrapage des ifs trop
            grands sur deux ou trois ans sans les tuer; figures perdues reformées d'après des
            photos anciennes, avec gabarits; formation des jardiniers à la taille annuelle.""",
            """Je cherche des jardins historiques qui ont besoin d'un gros rattrapage sur
            plusieurs hivers, en France ou ailleurs, avec un logement sur place, une nacelle et
            un jardinier à qui transmettre, payé par hiver.""",
            """Tailler, c'est dessiner lentement; on travaille pour dans cent ans.""",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 113 --------------------------------------------------------------- trap: visibility
    pair(
        113,
        "fr",
        "sommelier-bar-a-vin",
        "A tient un bar à vin sans personne pour conseiller le week-end; B est sommelière "
        "indépendante.",
        a=person(
            "Thibault Garandeau",
            "Je tiens un bar à vin à Lyon, 300 références, plein le vendredi et le samedi.",
            "Quelqu'un qui conseille les clients au verre ces soirs-là et tienne la carte.",
            "Boire mieux, pas plus.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        b=person(
            "Apolline Garnier-Mouly",
            "Sommelière indépendante: service, accords, cartes des vins, formation.",
            "Des établissements qui me prennent chaque week-end, toute l'année.",
            "Le bon vin au bon prix.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Villeurbanne",
        ),
        twin=person(
            "Éléonore Mazuel",
            "Sommelière conseil: cartes, formation des équipes, dégustations privées.",
            "Un verrier qui me fasse des verres de dégustation gravés, en petites séries.",
            "Partager.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Gaspard Vernay-Duc",
            "Vigneron dans le Beaujolais, je vends surtout aux cavistes.",
            "Des bars à vin lyonnais qui mettent mes cuvées à la carte au verre.",
            "Du fruit.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Clarisse Chavagnac",
            "Sommelière indépendante: service, accords, cartes des vins, formations.",
            "Des établissements qui me font venir chaque week-end de l'année.",
            "Le bon vin au juste prix.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 114 --------------------------------------------------------------- trap: commitment
    pair(
        114,
        "cross",
        "creperie-menu-translation",
        "A's crêperie loses foreign customers who can't read the menu; B translates menus and "
        "signs for restaurants.",
        a=person(
            "Rozenn Kerdelhué",
            "creperie a quimper, 60 couverts, bcp de touristes l'ete",
            "les anglais et les allemands comprennent rien à la carte, ils repartent",
            "la galette comme chez mamm-gozh",
            tz=1,
            langs=["fr"],
            loc="Quimper",
        ),
        b=person(
            "Philippa Danbury-Coe",
            "I translate menus, signs and websites for restaurants, into English and German.",
            "Eateries in seaside towns that want food words done right, every season.",
            "A galette is not a pancake.",
            ro=["marketing"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="Plymouth",
        ),
        twin=person(
            "Hugo Ashfield-Brennan",
            "Food translator: menus, recipes and labels, French into English.",
            "A German proofreader who knows regional cooking, for my clients.",
            "Get the words right.",
            ro=["marketing"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Yannick Le Du",
            "Guide-conférencier à Quimper, 200 groupes par an.",
            "Une crêperie qui accueille mes groupes de 40 le midi, en juillet.",
            "Faire aimer la Bretagne.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Georgina Hale-Marchant",
            "I translate menus, signs and websites for restaurants into English and German.",
            "Eateries in tourist towns that want the food words right, every season.",
            "A galette is not a pancake.",
            ro=["marketing"],
            rs=["sales"],
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 115 --------------------------------------------------------------- trap: timezone
    pair(
        115,
        "mixed",
        "anagama-kiln-firing",
        "A is a potter with a wood-fired anagama kiln that needs days of stoking; B stokes "
        "wood kilns for potters.",
        a=person(
            "Ysaline Berthoumieu",
            """Je suis potière à La Borne, dans le Cher, depuis quinze ans. J'ai construit avec
            des amis un four anagama de huit mètres, à flanc de colline, que je cuis trois fois
            par an: quatre jours et quatre nuits de feu continu, environ six stères de chêne et
            de pin, pour des grès et des porcelaines couverts de cendre naturelle. Je vends à
            des galeries à Paris, à Bruxelles et à Kyoto.""",
            """I need people who know how to feed a wood kiln through the night, in shifts,
            reading the flame and the cones, for the three firings each year, in April, July
            and October. I can pay per firing, feed everyone and give a few pots from each
            load.""",
            """Le feu décide; on l'accompagne, on ne le commande pas.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="La Borne",
        ),
        b=person(
            "Rohan Aubignac-Wells",
            "Je fais des cuissons au bois depuis dix ans; I stoke kilns for potters.",
            "Potters who fire big wood kilns a few times a year and need night shifts.",
            "Le feu est un maître.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Bourges",
        ),
        twin=person(
            "Mathis Delvaux-Shore",
            "Je cuis des fours à bois pour des céramistes, I know anagama and noborigama.",
            "A supplier of seasoned oak and pine slabs, delivered by the lorry.",
            "Patience.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Honorine Lachaume-Pryce",
            "Galeriste à Paris, céramique contemporaine, two shows a year on wood firing.",
            "Une potière de La Borne qui nous confie quarante pièces pour l'automne.",
            "La main et le feu.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Kaito Fournel-Hayes",
            "Je fais des cuissons au bois à Mashiko; I stoke kilns for potters.",
            "Potters who fire big wood kilns a few times a year and need night shifts.",
            "Le feu est un maître.",
            ro=["operations"],
            rs=["domain"],
            tz=9,
            langs=["fr", "en"],
        ),
    ),
    # 116 --------------------------------------------------------------- trap: language
    pair(
        116,
        "cross",
        "ballet-class-pianist",
        "A's ballet company has its morning class played from recordings; B is a class "
        "pianist who improvises for ballet class and wants a company post.",
        a=person(
            "Marguerite Holloway-Penn",
            """I'm the ballet master of a mid-sized touring company based in Birmingham:
            twenty-eight dancers, four full-length productions a year, and a morning class
            every working day at ten, at home and on tour. Since our pianist retired two years
            ago we've been using recordings, and the dancers hate it: the tempi never fit, the
            phrasing is wrong, and class feels dead.""",
            """I want a musician who can play for class live, every morning, making up music to my
            combinations at the right tempo and character, adagio, petit allegro, grand
            allegro, and who will travel with us for about ten weeks of touring a year. It's a
            salaried post, with a grand piano in our main studio.""",
            """Class is where dancers are made; it deserves live music and full attention, every
            single day.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Birmingham",
        ),
        b=person(
            "Évariste Colombani",
            """pianiste accompagnateur de danse depuis 17 ans
            - cours classique à l'opéra de bordeaux 9 ans, puis au CNSM de lyon
            - j'improvise sur les enchaînements du maître de ballet, tous styles, tempi exacts
            - répertoire de ballet en tête (petipa, bournonville, balanchine)
            - habitué des tournées, j'ai fait le japon et les USA avec une compagnie""",
            """je cherche un poste fixe dans une compagnie qui donne la classe chaque jour et qui
            tourne, en france ou à l'étranger. j'ai besoin d'un bon piano, d'un contrat à
            l'année, et d'un maître de danse qui aime travailler avec un musicien""",
            "la classe se joue, elle ne se diffuse pas",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        twin=person(
            "Sébastien Casadesus-Hall",
            """Pianiste de cours de danse depuis quinze ans, j'accompagne la classe classique et
            contemporaine dans deux conservatoires et pour des stages d'été, en improvisant
            sur les enchaînements et en connaissant le répertoire du XIXe siècle. J'ai aussi
            enregistré trois albums de musique pour la classe, vendus aux écoles de danse.""",
            """J'ai besoin d'un éditeur ou d'un distributeur qui publie mon quatrième album de
            musique pour la barre et le milieu, avec des partitions, et qui le vende aux écoles
            de danse à l'étranger, parce que je m'occupe seul des ventes et que je n'y arrive
            plus.""",
            """Faire danser avec de la vraie musique, même quand il n'y a pas de pianiste.""",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Jessamy Wetherby-Lane",
            """I'm the marketing director of a British dancewear brand: leotards, tights,
            warm-ups, sold in 300 shops and online, with a big following among young dancers.
            We shoot two campaigns a year and sponsor a summer school, and our designers
            work with professional dancers on every new range.""",
            """I need a professional ballet company whose dancers will model our new range for
            a photo shoot in their own studio, three days next spring, for a fee to the company
            and to each dancer, with credits in the campaign.""",
            """Real dancers, real bodies; we don't retouch.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lucien Orsoni-Blanc",
            """Pianiste accompagnateur de danse depuis dix-sept ans: neuf ans de cours classique
            à l'Opéra de Bordeaux, puis au conservatoire de Lyon. J'improvise sur les
            enchaînements du maître de ballet, tous styles, tempi exacts, avec le répertoire
            de ballet en tête, et j'ai l'habitude des tournées au Japon et aux États-Unis.""",
            """Je cherche un poste fixe dans une compagnie qui donne la classe chaque jour et
            qui tourne, en France ou à l'étranger, avec un bon piano et un contrat à
            l'année.""",
            """La classe se joue, elle ne se diffuse pas.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 117 --------------------------------------------------------------- trap: consent
    pair(
        117,
        "fr",
        "cafe-multiservice-village",
        "A est maire d'un village qui a perdu son dernier café; B tient des cafés-épiceries "
        "multiservices et veut en ouvrir un dans une commune qui fournit le local.",
        a=person(
            "Raymond Chabrerie",
            """- maire d'un village de 320 hab. dans la haute-loire, 2e mandat
            - la commune a racheté l'ancien café-hôtel de la place, refait toiture + cuisine
            - salle de 60 m2, terrasse, logement de 3 pièces au-dessus
            - marché le jeudi, fête votive en août, gîte de groupe à côté""",
            """depuis que le bistrot a baissé le rideau en 2021 y a plus aucun lieu où les gens
            se croisent. les anciens restent chez eux, les jeunes partent, le bureau de
            courrier et le commerce le plus proche sont à 18 km. le bâtiment est prêt mais on
            a eu 2 candidats qui ont jeté l'éponge au bout de 6 mois. le conseil veut une
            solution avant l'été""",
            "un village sans café c'est un village qui meurt",
            tz=1,
            langs=["fr"],
            loc="Saugues",
        ),
        b=person(
            "Nadège Cayrouse",
            """Avec mon compagnon, je fais tourner depuis neuf ans un café multiservice dans un
            village de l'Aveyron: bar, petite restauration le midi, épicerie de dépannage avec
            des produits de la ferme, relais de poste, dépôt de pain et de médicaments, et des
            soirées concerts un samedi par mois. Nous avons relevé deux affaires que personne
            ne voulait, et nous connaissons les aides, les licences et les contrats avec La
            Poste et les pharmacies.""",
            """Nous voulons ouvrir un second lieu, avec un couple que nous formerons, dans un
            bourg qui met à disposition un bâtiment rénové avec un appartement à loyer modéré,
            et dont les élus s'engagent à nous soutenir les deux premières années: affichage,
            jours de foire, fêtes. Nous cherchons un élu qui y croit.""",
            """Recréer du lien là où il n'y a plus rien, avec des prix que tout le monde peut
            payer.""",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Espalion",
        ),
        twin=person(
            "Lionel Costeraste",
            """Je gère depuis huit ans un café-épicerie multiservice dans le Cantal: bar, plats
            du jour, épicerie avec des produits locaux, point poste, dépôt de pain, soirées
            jeux et concerts. J'ai repris l'affaire quand elle allait fermer et je forme
            maintenant des porteurs de projet pour une association qui aide à rouvrir des cafés
            de village.""",
            """J'ai besoin d'un grossiste qui livre les petites épiceries rurales une fois par
            semaine, même pour de petites commandes, avec des prix corrects, parce que les
            centrales refusent de monter jusqu'à chez moi et que je fais 90 km aller-retour
            chaque lundi pour remplir les rayons.""",
            """Un commerce de village rend service avant de rapporter.""",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Béatrice Monteil-Faure",
            """Je suis responsable du développement rural d'une banque coopérative en Auvergne:
            nous installons des points de retrait et de services bancaires de base dans les
            commerces de village, avec un terminal, une formation et une petite rémunération
            pour le commerçant. Nous avons déjà quarante points dans la région, et une équipe
            de quatre conseillers qui passent chaque mois dans les villages pour aider les
            habitants âgés à utiliser leurs services.""",
            """Je cherche des villages de Haute-Loire qui ont un lieu ouvert tous les jours,
            café ou épicerie, où installer un point de retrait pour les habitants, avec une
            commune qui appuie le projet et communique auprès des anciens.""",
            """Que personne ne fasse trente kilomètres pour retirer vingt euros.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Sandrine Couderc-Vidal",
            """Avec mon compagnon, je tiens depuis neuf ans un café multiservice dans un village
            de l'Aveyron: bar, repas du midi, épicerie de dépannage, relais de poste, dépôt de
            pain et de médicaments, concerts mensuels. Nous avons relevé deux affaires
            abandonnées que personne ne voulait et connaissons les aides, les licences et les contrats avec La
            Poste et les pharmacies.""",
            """Nous voulons ouvrir un second lieu, avec un couple que nous formerons, dans un
            bourg qui met à disposition un bâtiment rénové avec un appartement à loyer modéré
            et dont les élus nous soutiennent les deux premières années.""",
            """Recréer du lien là où il n'y a plus rien, avec des prix que tout le monde peut
            payer.""",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 118 --------------------------------------------------------------- trap: visibility
    pair(
        118,
        "cross",
        "olivewood-boards-uk",
        "A turns olive-wood chopping boards and wants London kitchen shops; B is a sales agent "
        "for kitchenware in London.",
        a=person(
            "Magali Orsatti",
            "Je fabrique des planches à découper en olivier à Nyons, 3 000 par an.",
            "Qqn qui place mes planches dans les boutiques de cuisine à Londres.",
            "Le bois d'ici.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Nyons",
        ),
        b=person(
            "Desmond Achterlonie",
            "i'm a sales agent for kitchenware, with 80 indie cook shops in london on my round",
            "small makers w/ a real craft story and stock that's ready to ship",
            "sell what you'd use",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Rupert Caulfield",
            "Agent for cookware and tableware, 70 London shops and two department stores.",
            "A warehouse in Kent that stores and ships for my makers.",
            "Good kit sells itself.",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Benoît Capelier",
            "Restaurateur à Avignon, je sers la charcuterie sur planche.",
            "Quarante planches en olivier gravées à mon nom, avant l'été.",
            "Du beau sur la table.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Fenella Rothery",
            "sales agent for kitchenware, 80 independent cook shops in London on my round",
            "small makers with a real craft story and stock ready to ship",
            "sell what you'd use yourself",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 119 --------------------------------------------------------------- trap: commitment
    pair(
        119,
        "fr",
        "calfatage-vieux-greements",
        "A restaure un vieux bateau de pêche en bois qui prend l'eau; B est calfat et "
        "charpentier de marine et veut des coques à reprendre.",
        a=person(
            "Yvon Le Gouill",
            "je restaure un vieux dundee de 1932 à douarnenez, coque en chêne",
            "besoin de qqn qui rende la coque étanche avant mai, les joints entre les planches fuient",
            "faire naviguer le patrimoine",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Douarnenez",
        ),
        b=person(
            "Loïg Kerneïs",
            """Je suis charpentier de marine et calfat depuis vingt-deux ans, formé au chantier
            du Guip à Brest. Je refais les coutures des coques en bois à l'étoupe et au coton,
            au maillet et au fer, je remplace les bordés et les membrures pourris, et je passe
            le brai ou le mastic selon l'époque du bateau. J'ai travaillé sur une trentaine de
            vieux gréements, thoniers, langoustiers, sloops et dundees, pour des associations
            et des particuliers, et j'ai mon propre camion outillé.""",
            """Je cherche des chantiers où l'on me confie tout le navire, sur
            plusieurs semaines, plutôt que des réparations d'urgence. Il me faut un bateau au
            sec, un abri contre la pluie, et un propriétaire qui accepte que le travail bien
            fait prenne du temps. J'aime former des bénévoles en même temps.""",
            """Un bateau en bois vit si on s'en occupe; je refuse de cacher la misère sous la
            peinture.""",
            tz=1,
            langs=["fr"],
            loc="Brest",
        ),
        twin=person(
            "Erwan Cadiou-Trébaol",
            """Charpentier de marine et calfat à Concarneau depuis dix-huit ans, je reprends les
            coutures des coques en chêne et en pin d'Oregon, je change les bordés, les
            membrures et les étambots, et je restaure des vieux gréements pour des
            associations et des musées. J'ai appris au chantier de Paimpol et je forme des
            apprentis chaque année, et je travaille avec mon propre camion-atelier sur les
            cales de toute la Cornouaille.""",
            """J'ai besoin d'un fournisseur d'étoupe de chanvre goudronnée et de coton de
            calfatage de bonne qualité, en balles, parce que ce qu'on trouve aujourd'hui vient
            de loin, casse et pourrit en deux saisons. Je cherche aussi un forgeron pour mes
            fers de calfat.""",
            """Des matériaux honnêtes pour des bateaux qui doivent durer encore cent ans.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Gaëlle Morvan-Tanguy",
            """J'organise une grande fête maritime en Bretagne tous les deux ans: 1 500 bateaux
            traditionnels, des équipages de toute l'Europe, 200 000 visiteurs, des concerts et
            des chantiers ouverts au public. Je gère les invitations, les places au port et les
            partenariats, avec une équipe de douze salariés et huit cents bénévoles, et un
            budget soutenu par la région et les communes.""",
            """Je cherche des propriétaires de vieux bateaux de pêche restaurés, dundees ou
            thoniers, qui viennent à quai pendant toute la fête, ouvrent le pont aux visiteurs
            et participent à la grande parade. Nous prenons en charge les frais de port et
            l'équipage.""",
            """Montrer que le patrimoine maritime est vivant, et que ceux qui le sauvent méritent
            d'être vus.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Goulven Le Hénaff",
            """Charpentier de marine et calfat depuis plus de vingt ans, formé au Guip à Brest:
            coutures à l'étoupe et au coton, au maillet et au fer, bordés et membrures
            remplacés, brai ou mastic selon l'époque du bateau. Une trentaine de vieux
            gréements refaits en vingt ans, thoniers, langoustiers, sloops et dundees, avec mon camion
            outillé, pour des associations et des particuliers.""",
            """Je cherche des restaurations où l'on me confie toute la coque sur plusieurs
            semaines, avec un bateau au sec, un abri contre la pluie, et un propriétaire qui
            accepte que le travail bien fait prenne du temps; j'aime former des bénévoles en
            même temps.""",
            """Un bateau en bois vit si on s'en occupe; je ne cache pas la misère sous la
            peinture.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 120 --------------------------------------------------------------- trap: timezone
    pair(
        120,
        "cross",
        "beer-line-dispense",
        "A's pub pours a third of its beer away as foam; B is a draught-dispense technician "
        "who cleans and sets up beer lines.",
        a=person(
            "Niall McAleenan",
            "Our Belfast pub has 14 taps and we pour about a third of every keg away as foam.",
            "It's cost us £18,000 this year and the regulars are grumbling about flat pints.",
            "A proper pint.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Belfast",
        ),
        b=person(
            "Maxence Vandewalle-Roch",
            """technicien tirage pression, 14 ans chez un brasseur puis a mon compte
            - nettoyage des lignes toutes les 2 sem, détartrage, remplacement des tuyaux
            - réglage gaz (co2 / mélange azote), pression, température, longueur des lignes
            - refroidisseurs, colonnes, robinets stout + bière craft, tout ce qui mousse mal
            - je forme le personnel a servir proprement""",
            """je cherche des pubs et des bars avec beaucoup de becs qui veulent un contrat
            d'entretien a l'année, meme a l'étranger si il y a plusieurs clients dans la meme
            ville. paiement mensuel, accès à la cave le matin""",
            "une bonne bière mal servie c'est une bière gâchée",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        twin=person(
            "Baptiste Lemaire-Quinn",
            """Technicien en installations de tirage depuis douze ans: je pose et j'entretiens
            les lignes, les refroidisseurs et les colonnes des bars, je règle les mélanges de
            gaz et les pressions pour chaque bière, et je nettoie les circuits chaque
            quinzaine. Je travaille pour une soixantaine de bars dans le Nord et en
            Belgique, et je forme les équipes au service.""",
            """J'ai besoin d'un fabricant de refroidisseurs et de gaines isothermes qui me vende
            à prix de gros, avec des pièces détachées disponibles en quarante-huit heures,
            parce que mes clients restent des jours sans bière quand un refroidisseur lâche en
            plein été. Je cherche un distributeur sérieux en France ou en Belgique.""",
            """Une bière bien servie respecte le brasseur et le client.""",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Orlaith Ní Dhubhthaigh",
            """I run the Belfast darts league: 48 teams, 400 players, matches every Tuesday
            and Thursday from September to May, with a sponsor and a league table in the local
            paper. Our players are loyal drinkers, our finals nights fill a room, and we bring
            about £1,500 of bar takings a week to whichever pubs host us.""",
            """I need a city-centre pub with two oches and space for sixty people that will
            host our finals nights and three league matches a week, with a board lit properly
            and a bit of space behind the throwing line.""",
            """Darts for everyone, in proper pubs, with a pint poured right.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Marc-Antoine Bérubé-Lachance",
            """Technicien de tirage pression depuis quatorze ans, à Edmonton: nettoyage des lignes
            toutes les deux semaines, détartrage, remplacement des tuyaux, réglage du gaz, de
            la pression et de la température, refroidisseurs, colonnes et robinets stout et
            craft, et formation du personnel au service.""",
            """Je cherche des pubs et des bars avec beaucoup de becs qui veulent un contrat
            d'entretien à l'année, même loin s'il y a plusieurs clients dans la même ville,
            paiement mensuel, accès à la cave le matin.""",
            """Une bonne bière mal servie est une bière gâchée.""",
            ro=["tech"],
            rs=["operations"],
            tz=-7,
            langs=["fr", "en"],
        ),
    ),
]
