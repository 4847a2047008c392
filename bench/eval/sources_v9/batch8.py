"""Pairs 71-80 of complementary_v9."""

from people import pair, person

PAIRS = [
    # 71 ---------------------------------------------------------------- trap: language
    pair(
        71,
        "en",
        "walled-garden-vinery",
        "A's Victorian walled garden has a 150-year-old vine and peach houses nobody can "
        "look after; B is a heritage gardener who specialises in glasshouse fruit.",
        a=person(
            "Ottoline Cholmondeley-Pratt",
            """I'm the chair of a charitable trust that restored a Victorian walled kitchen
            garden near Hexham: two acres inside brick walls, a range of glasshouses, a vinery
            with a Black Hamburg vine planted in 1872, two peach cases and a fig house. We
            open to the public four days a week from April to October, sell produce in our
            shop, and run courses for local schools and a volunteer group of about forty.""",
            """Our head of glass retired last spring and the houses are suffering. I need
            someone who understands the old ways under glass: the winter cut and rod
            training of the vine, taking out berries so the bunches swell, tying the peach
            trees flat against the back wall, keeping air moving and bugs down without
            chemicals, and showing our helpers how as they go. It's a paid
            post, four days a week, with a cottage.""",
            """Keep the old skills alive by sharing them; a garden is only heritage if people
            still know how to work it.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Hexham",
        ),
        b=person(
            "Crispin Hebden-Rigg",
            """heritage gardener, 22 yrs, mostly glasshouse fruit
            - trained at a big estate in kent under an old head gardener, then 9 yrs at a
              national trust property w/ a 200 yr old vinery
            - grapes on rods, spur pruning, bunch thinning, peaches + nectarines fan trained,
              figs, citrus, pineapples once (long story)
            - biological pest control, no harsh sprays, I keep diaries going back to 2004
            - happy teaching volunteers + running courses""",
            """want a proper post again after 3 yrs freelance: somewhere with old glass and a
            serious collection, paid, 3-5 days, ideally w/ housing bc north england rents are
            mad. need an owner or board who'll back me on slow fixes (glazing, heating) + let
            me train people""",
            "the plants don't care about the visitors, do what they need first",
            tz=0,
            langs=["en"],
            loc="Durham",
        ),
        twin=person(
            "Ambrose Witherington",
            """I've spent twenty years caring for fruit under glass on country estates:
            vines grown on the rod-and-spur system, bunch thinning with long scissors, fan-
            trained peaches and nectarines, figs and citrus in tubs, with biological
            controls instead of chemicals. I was head of glass at a stately home in Derbyshire
            for eight years and have written two booklets for the county gardens trust.""",
            """I need a specialist glazier and carpenter who restores Victorian glasshouses,
            teak and cast iron, to rebuild the vinery I look after, which leaks in every storm:
            someone who understands listed structures and can start in autumn. The owners have
            the funds but no contractor.""",
            """A glasshouse is a machine for growing; fix the machine first and the fruit
            follows.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Hermione Stockdale",
            """I run a garden-tour company from York that takes small groups, mostly retired
            Americans and Australians, on five-day trips around the gardens of northern
            England and the Scottish Borders. We sell about sixty tours a year, with a
            specialist guide and a coach, and our guests spend well in garden shops and cafés.""",
            """I need a walled garden in Northumberland with historic glasshouses that will
            host our groups for a private morning visit with a gardener's talk, twice a week
            from May to September, at a group rate, with tea and cake. We'd sign for two
            seasons.""",
            """Gardens are for sharing; paying properly for private visits keeps them open for
            everyone else.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Sylvère Pailloncy",
            """Jardinier du patrimoine depuis vingt-deux ans, spécialisé dans les fruits sous
            verre: vignes conduites en cordon, taille courte, ciselage des grappes, pêchers et
            brugnons palissés en éventail, figuiers, agrumes. Formé dans un grand domaine de
            Touraine, puis neuf ans dans un potager historique avec une serre à raisins de deux
            siècles. Lutte biologique, pas de traitements durs, et des carnets tenus depuis
            2004.""",
            """Je voudrais retrouver un vrai poste après trois ans à mon compte: un lieu avec de
            vieilles serres et une belle collection, salarié, trois à cinq jours, avec un
            logement si possible, et des propriétaires qui me laissent former des
            bénévoles.""",
            """Les plantes d'abord, les visiteurs ensuite.""",
            tz=0,
            langs=["fr"],
        ),
    ),
    # 72 ---------------------------------------------------------------- trap: consent
    pair(
        72,
        "cross",
        "pointe-shoe-making",
        "A's ballet school sees pointe shoes die in a week; B makes and re-blocks pointe shoes "
        "to measure.",
        a=person(
            "Serena Aldwych-Booth",
            """I direct a vocational ballet school in south London: 160 pupils aged eleven to
            eighteen, daily classes, two full productions a year and a strong record of
            placing students in companies and upper schools. About ninety of our girls and
            six boys dance on pointe, many of them for three or four hours a day, and most
            of our families are far from wealthy.""",
            """The shoes are crushing us. Our seniors kill a pair in a week, at £80 a pair,
            so some families spend over £2,000 a year, and the shoes that fit badly are behind
            most of the foot injuries our physio sees. Three talented girls left last year
            because their parents simply couldn't keep up, and we've run out of bursary money
            to cover it.""",
            """Talent shouldn't depend on money, and young dancers' feet must be protected
            above everything else.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        b=person(
            "Odette Villaret-Champs",
            """Je suis bottière de pointes depuis dix-neuf ans. J'ai appris chez un fabricant
            parisien qui fournissait l'Opéra, puis je me suis installée à mon compte à
            Montreuil. Je fabrique des chaussons sur mesure après une prise d'empreinte et un
            essayage, avec une boîte et une cambrure adaptées à chaque pied, et surtout je
            remets en forme les paires usées: je durcis la boîte avec une résine souple, je
            change la semelle intérieure, ce qui double ou triple leur durée de vie. Un
            chausson neuf coûte chez moi 55 euros, une remise en forme 14.""",
            """Je voudrais travailler avec une école de danse exigeante qui a beaucoup
            d'élèves avancées, me confie les prises d'empreintes deux fois par an et
            m'envoie ses paires usées chaque semaine par colis. J'ai besoin d'un volume régulier
            pour embaucher une apprentie, et d'un contact dans l'école qui suive les
            commandes. L'étranger ne me fait pas peur.""",
            """Un pied de danseuse est un outil pour la vie; je ne fabrique rien qui la blesse,
            et je préfère réparer que vendre.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Montreuil",
        ),
        twin=person(
            "Ludmila Chatard",
            """Je fabrique des chaussons de pointe à la main dans mon atelier de Lyon depuis
            quinze ans: boîtes en couches de toile et de colle, cambrures sur mesure, semelles
            en cuir et satin rose ou couleur chair, et je durcis les paires fatiguées pour
            prolonger leur vie. Je travaille pour des danseuses professionnelles de deux
            ballets et pour quelques conservatoires de la région, et je prends les empreintes
            moi-même lors d'essayages dans les écoles.""",
            """Il me faut un fournisseur de satin de coton et de satin de soie de qualité
            danse, en rouleaux de 50 mètres, dans les teintes chair pour toutes les couleurs de
            peau, parce que les tisseurs français ont arrêté et que les teintes que je trouve
            ne vont qu'aux peaux très claires. Je cherche un contrat annuel.""",
            """Chaque danseuse doit avoir des chaussons de sa couleur et à son pied; ce n'est
            pas un luxe.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Benedict Hargrave-Lowe",
            """I'm a theatre producer who puts on a large Nutcracker every December in a
            2,000-seat venue in the West End, with a professional company, a live orchestra and
            a big children's cast that changes every year. I handle the licences, chaperones,
            schedules and fees, and we sell about 60,000 tickets a season. I also produce a
            spring gala for a children's hospital charity, with guest stars from the big
            companies, and our audiences are mostly families.""",
            """I need a ballet school in London that can supply twenty-four well-trained young
            dancers, including twelve on pointe, for six weeks of rehearsals and performances,
            with a teacher who will rehearse them. We pay a fee to the school and a donation to
            its bursary fund.""",
            """Give young dancers a real stage early, and look after them as carefully as the
            principals.""",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Capucine Lauzeral",
            """Bottière de pointes depuis près de vingt ans, formée chez un fabricant parisien
            qui fournissait l'Opéra: chaussons sur mesure après empreinte et essayage, boîte et
            cambrure adaptées, et remise en forme des paires usées (boîte durcie à la résine
            souple, semelle intérieure changée), qui double ou triple leur durée de vie, pour
            un prix modeste. Atelier à Vincennes, avec une presse et des formes pour chaque
            pointure, et une apprentie que j'aimerais garder.""",
            """Je voudrais une école de danse exigeante avec beaucoup d'élèves sur pointes, qui
            me confie les empreintes deux fois par an et m'envoie ses paires usées chaque
            semaine, avec un contact qui suive les commandes; l'étranger ne me fait pas peur.""",
            """Un pied de danseuse sert toute une vie; je ne fabrique rien qui blesse, et je
            répare avant de vendre.""",
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
        "fr",
        "ressourcerie-velos",
        "A tient une ressourcerie qui reçoit des vélos cassés; B remet en état les vélos "
        "d'occasion et veut un flux régulier.",
        a=person(
            "Faustine Descamps-Ryckebusch",
            "Je gère une ressourcerie à Roubaix; on reçoit 30 vélos donnés par mois.",
            "Qqn qui remette ces bécanes en état pour qu'on puisse les revendre.",
            "Rien ne se jette.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Roubaix",
        ),
        b=person(
            "Kader Haddouche-Vion",
            "Mécano cycles: je révise et je répare les vélos d'occasion, pièces de récup.",
            "Un lieu qui me fournisse des cadres en quantité et un coin d'atelier.",
            "Réparer, c'est résister.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Tourcoing",
        ),
        twin=person(
            "Jérôme Lefebvre-Tant",
            "Mécanicien vélo indépendant: révisions, roues, freins, vélos d'occasion.",
            "Un grossiste en pièces détachées qui ouvre un compte pro aux petits ateliers.",
            "Le vélo pour tous.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Sabrina Mouchel",
            "Chargée de mission chez un bailleur social, 4 000 logements à Roubaix.",
            "Des vélos d'occasion pas chers à proposer à nos locataires.",
            "Se déplacer, c'est s'en sortir.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ahmed Verstraete",
            "Mécano vélo: je révise et je répare les vélos d'occasion avec des pièces de récup.",
            "Un lieu qui me fournisse des cadres en nombre et un coin d'atelier.",
            "Réparer, c'est résister.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 74 ---------------------------------------------------------------- trap: commitment
    pair(
        74,
        "cross",
        "aerial-circus-rigging",
        "A's aerial circus company needs its trapezes and silks hung safely in each venue; B "
        "is a certified circus rigger who wants a touring company.",
        a=person(
            "Zélie Laffargue-Pujo",
            """Je dirige une compagnie de cirque aérien basée à Auch: six artistes, un spectacle
            de trapèze, de tissus et de cerceau qui tourne dans les théâtres, les festivals et
            sous des chapiteaux prêtés, environ soixante dates par an en France, en Belgique et
            en Suisse. Nous avons un régisseur lumière, un camion et une structure autoportée
            de huit mètres pour jouer en extérieur.""",
            """Ce qui nous manque, c'est une personne qualifiée pour accrocher nos agrès en
            sécurité dans chaque lieu: lire les plans des salles, calculer les charges,
            choisir les points d'ancrage, vérifier les poutres, et signer les documents que
            demandent les théâtres. Nous voulons quelqu'un qui parte en tournée avec nous une
            bonne partie de l'année, au cachet ou en salaire.""",
            """La prise de risque est sur scène, jamais dans l'accroche; les artistes doivent
            pouvoir voler l'esprit tranquille.""",
            tz=1,
            langs=["fr"],
            loc="Auch",
        ),
        b=person(
            "Solveig Mac Giolla Íosa",
            "Certified circus rigger: flying, trapeze, silks, load calcs, sign-off.",
            "A touring aerial company that takes me on the road for the season.",
            "Safe points, free flight.",
            tz=1,
            langs=["en", "fr"],
            loc="Toulouse",
        ),
        twin=person(
            "Mervyn Strathallan",
            "Theatre and circus rigger: points, bridles, load cells, inspections.",
            "A supplier of certified steel shackles and spansets, next-day.",
            "Check twice.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Bérénice Lapalud",
            """Je programme les spectacles d'une scène nationale du Sud-Ouest: 800 places, une
            cinquantaine de levers de rideau par saison, un public fidèle et une grande place
            pour le cirque.""",
            """Je cherche une compagnie de cirque aérien pour une résidence de deux semaines
            et trois représentations en mars.""",
            """Le cirque est un art, pas une attraction.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Aoife Delacroix-Nolan",
            "Certified circus rigger: flying, trapeze, silks, load calculations, sign-off.",
            "A touring aerial company that takes me on the road for a season.",
            "Safe points, free flight.",
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 75 ---------------------------------------------------------------- trap: timezone
    pair(
        75,
        "mixed",
        "ramen-broth-consulting",
        "A's ramen restaurant serves a broth that changes every day; B is a ramen chef who "
        "sets up kitchens and wants a restaurant to stabilise.",
        a=person(
            "Thuy Nguyen-Lambert",
            "J'ai un restaurant de ramen à Paris 11e, 40 couverts, always full le soir.",
            "Le bouillon n'est jamais le même deux jours de suite, and customers notice.",
            "Le bol doit être parfait.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Kenji Marchetti-Oda",
            """Je suis chef de ramen, trained in Fukuoka for six years dans une maison de
            tonkotsu, then head chef in London and Berlin. Aujourd'hui je conseille les
            restaurants: I write the recipes in grams and minutes, je règle les feux et les
            temps d'ébullition, the tare, the oils, les nouilles fraîches, and I train the
            team until they can do it without me. J'ai monté neuf cuisines en Europe depuis
            2018, et aucune ne m'a rappelé pour un problème de régularité.""",
            """I'm looking for une adresse qui tourne déjà, with a team ready to learn, qui me
            garde trois semaines en cuisine et me laisse changer les process, même si ça
            bouscule les habitudes. Paid per mission, avec un suivi d'un mois à distance.
            Le 11e would be perfect, j'y habite depuis l'an dernier.""",
            """La régularité, c'est le respect du client; a good bowl on Tuesday should taste
            the same on Saturday.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        twin=person(
            "Haruto Delorme-Sato",
            """Chef de ramen formé à Sapporo, I ran two miso ramen shops in Lyon and now I
            consult: recettes chiffrées, bouillons, tare, huiles aromatiques, formation des
            équipes, and I help owners pick equipment. J'ai accompagné six ouvertures en
            France et en Belgique, and I write every recipe in grams and minutes so the team
            can work when I'm gone. Je fais aussi les formations hygiène.""",
            """I need an importer of Japanese noodle machines qui puisse me vendre et installer
            deux machines de taille moyenne, with after-sales service in France, pour un client
            qui veut faire ses nouilles lui-même. Les délais actuels sont de huit mois.""",
            """Faire les choses bien, même si c'est plus lent; the noodle is half the bowl.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Maximilien Orsoni-Ward",
            """Je dirige un réseau de dark kitchens à Paris: cinq cuisines partagées, des marques
            livrées uniquement par les plateformes, 3 000 commandes par jour. We handle
            marketing, les plateformes, les emballages et la logistique, avec une équipe de
            quarante cuisiniers et une cellule qualité. Our brands are rated above 4.5 on every
            app, et nous ouvrons à Lyon au printemps.""",
            """I want a ramen restaurant with a strong name qui nous licencie sa recette et sa
            marque pour la livraison, avec une formation de nos cuisiniers et un contrôle
            qualité mensuel. On verse un pourcentage sur chaque bol.""",
            """Grandir vite, mais avec des produits qui tiennent la route; a brand is only as good
            as its worst delivery.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Ryota Fournier-Ikeda",
            """Chef de ramen à Tokyo, trained in Fukuoka dans une maison de tonkotsu. Je
            conseille les restaurants: recipes in grams and minutes, feux et temps
            d'ébullition, tare, huiles, nouilles fraîches, and I train the team until they can
            do it without me. Neuf cuisines montées depuis 2018 en Europe et au Japon, et
            aucune ne m'a rappelé pour un problème de régularité.""",
            """I'm looking for un restaurant qui tourne déjà, with a team ready to learn, qui me
            garde trois semaines en cuisine et me laisse changer les process même si ça bouscule
            les habitudes, paid per mission, with a month of follow-up from a distance.""",
            """La régularité, c'est le respect du client; Tuesday's bowl should taste like
            Saturday's.""",
            ro=["domain"],
            rs=["operations"],
            tz=9,
            langs=["fr", "en"],
        ),
    ),
    # 76 ---------------------------------------------------------------- trap: language
    pair(
        76,
        "cross",
        "millstone-dressing",
        "A's bakery bought an old stone mill to grind its own flour but the stones are dull; "
        "B dresses millstones and wants mills to keep sharp.",
        a=person(
            "Saskia Pennington-Roe",
            """- sourdough bakery in bristol, 2 shops + wholesale to 30 cafés
            - 9 bakers, ~1,800 loaves a day, heritage wheats from 4 farms in somerset + wilts
            - bought a restored 1890s french stone mill (1.2 m stones, electric) last yr
            - milling ourselves since march, ~600 kg flour a wk, goal is 100% own flour""",
            """the stones have gone dull already: flour comes out warm + coarse, we're sieving
            twice. need someone who can re-cut the furrows + the cracking on the stone faces,
            balance + set them, and teach 2 of us to keep them sharp between visits. happy to
            fly someone over + pay properly, 2-3 visits a yr""",
            "good bread from local grain, nothing hidden on the label",
            tz=0,
            langs=["en"],
            loc="Bristol",
        ),
        b=person(
            "Ambroise Vachelard",
            """Je suis rhabilleur de meules, un des derniers en France: depuis vingt-huit ans,
            je retaille à la main les rayons et les fines stries des meules de moulin, en silex
            de La Ferté-sous-Jouarre ou en granit, je les équilibre et je règle l'écartement
            pour que la farine sorte fraîche et fine. Je travaille pour une quarantaine de
            moulins à eau, à vent et électriques, des meuniers artisans et des paysans-
            boulangers, et je forme ceux qui veulent apprendre les gestes d'entretien.""",
            """Je voudrais de nouveaux clients réguliers qui moulent beaucoup, avec deux ou trois
            passages par an sur un contrat, y compris de l'autre côté de la Manche, du moment
            que le voyage est payé et que quelqu'un sur place veut apprendre. J'aime les
            boulangers qui s'intéressent vraiment à leur farine.""",
            """Une meule bien rhabillée fait une farine vivante; je transmets tout ce que je sais
            avant de prendre ma retraite.""",
            tz=1,
            langs=["fr", "en"],
            loc="Provins",
        ),
        twin=person(
            "Firmin Taillebourg",
            """Meunier et rhabilleur, je taille les meules de silex et de granit depuis vingt
            ans pour des moulins artisanaux de l'Ouest: rayonnage, rhabillage des portants,
            équilibrage, réglage de la finesse. Je remets aussi en route des moulins à vent
            restaurés par des associations, et j'organise des démonstrations pour les journées
            du patrimoine.""",
            """Il me faut une carrière ou un tailleur de pierre qui puisse me fournir des
            carreaux de silex de la Marne ou des meules neuves en granit de 1,2 mètre, parce
            que deux de mes clients ont des meules fendues à remplacer et que plus personne ne
            les fabrique en France. Je cherche aussi un transporteur habitué aux charges de
            deux tonnes.""",
            """Les savoir-faire meuniers disparaissent si on ne les pratique pas; je préfère
            former que garder mes secrets.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Devika Raghunathan-Cole",
            """I own a group of four specialty coffee shops in Bristol and Bath, with about
            5,000 customers a day, a strong brand and a central kitchen that makes our cakes and
            sandwiches. We care about sourcing and say so on every menu, and our customers
            will pay for quality. We've won two regional awards for our coffee, run a loyalty app with 20,000
            members, and we're opening a fifth shop in Clifton next year.""",
            """I need a local artisan bakery that will deliver fresh sourdough, buns and
            pastries to all four shops before 7 a.m., six days a week, with bread made from
            traceable British grain, on a yearly contract with fixed prices reviewed each
            spring.""",
            """Local suppliers we can name, paid on time; customers can taste the
            difference.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Gervais Montcharmont",
            """Rhabilleur de meules depuis près de trente ans: je retaille à la main les rayons
            et les stries des meules en silex ou en granit, je les équilibre et je règle
            l'écartement, pour une quarantaine de moulins à eau, à vent et électriques, des
            meuniers et des paysans-boulangers, et je forme ceux qui veulent apprendre
            l'entretien. Je suis un des derniers à faire ce métier en France.""",
            """Je voudrais de nouveaux clients réguliers qui moulent beaucoup, deux ou trois
            passages par an sur contrat, même loin si le voyage est payé et que quelqu'un sur
            place veut apprendre. J'aime les boulangers qui s'intéressent vraiment à leur
            farine.""",
            """Une meule bien rhabillée fait une farine vivante; je transmets ce que je sais avant
            de m'arrêter.""",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 77 ---------------------------------------------------------------- trap: consent
    pair(
        77,
        "fr",
        "photo-de-naissance",
        "A est sage-femme et accompagne des accouchements à domicile; B photographie les "
        "naissances et veut des sages-femmes partenaires.",
        a=person(
            "Gaëlle Kerguiduff",
            "Sage-femme libérale à Rennes, j'accompagne 60 naissances à domicile par an.",
            "Une photographe discrète que je puisse proposer aux couples, nuit comprise.",
            "Naître en douceur.",
            ro=["domain"],
            rs=["marketing"],
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        b=person(
            "Anaëlle Ropars",
            "Je fais des reportages de naissance, à domicile ou en maternité, sans flash.",
            "Des sages-femmes qui me recommandent aux familles et m'appellent à temps.",
            "Se faire oublier.",
            ro=["marketing"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Vannes",
        ),
        twin=person(
            "Soizic Le Menn",
            "Photographe de famille: naissances, nouveau-nés, premiers jours.",
            "Un laboratoire qui tire mes albums sur papier d'art, en petites séries.",
            "La lumière naturelle.",
            ro=["marketing"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Clarisse Bodénès",
            "Je tiens une boutique de puériculture à Rennes, 800 clientes par mois.",
            "Une sage-femme qui anime un atelier mensuel pour les futurs parents.",
            "Informer sans vendre.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Morgane Kerlogot",
            "Je fais des reportages de naissance, à la maison ou en maternité, sans flash.",
            "Des sages-femmes qui me recommandent et me préviennent à temps.",
            "Se faire oublier.",
            ro=["marketing"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 78 ---------------------------------------------------------------- trap: visibility
    pair(
        78,
        "cross",
        "food-truck-battery-power",
        "A's food truck generator is so loud customers walk away; B fits silent battery and "
        "solar packs into food trucks.",
        a=person(
            "Mathurin Cabanès",
            "J'ai un food truck de burgers à Montpellier, marchés et festivals.",
            "Le groupe électrogène fait un boucan d'enfer, les clients partent.",
            "Bon et simple.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Montpellier",
        ),
        b=person(
            "Rhiannon Mackellar-Bryce",
            "i fit lithium + solar packs in food trucks so the generator can go, it's silent",
            "traders who'll let me kit out their van over 3 days and pay half upfront",
            "quiet kit, happy crowd",
            tz=1,
            langs=["en", "fr"],
            loc="Sète",
        ),
        twin=person(
            "Alasdair Glenisla",
            "I build off-grid electrical systems for vans and mobile caterers.",
            "A wholesaler of LFP battery cells who'll sell to a one-man business.",
            "Quiet power.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Romain Escudier-Bach",
            "Brasserie artisanale à Montpellier, soirées concerts dans notre cour.",
            "Un food truck qui vienne chaque vendredi pour nourrir nos clients.",
            "Local et convivial.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Bethan Yorath",
            "I fit lithium and solar packs into food trucks so the generator can go.",
            "Traders who let me kit out the truck over three days, half paid upfront.",
            "Quiet kit, happy crowd.",
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 79 ---------------------------------------------------------------- trap: commitment
    pair(
        79,
        "en",
        "hydrotherapy-pool-hire",
        "A's physio clinic wants to run water rehab without a pool; B is a hotel with a warm "
        "indoor pool empty on weekday mornings.",
        a=person(
            "Eleri Vaughan-Price",
            """- physio clinic in cardiff, 7 physios, lots of post-op knees + hips + back pain
            - GP referrals + private, ~250 patients a wk
            - 2 of us are trained in aquatic therapy, have the kit (floats, belts, steps)
            - we'd bring our own insurance + lifeguard-qualified staff""",
            """need a warm pool under cover we can hire 3 times a wk before lunch, ideally 32-34°C, with a
            hoist or steps + changing rooms patients can manage. within 20 min of the city
            centre, on a bus route. can sign for a year, pay monthly""",
            "get people moving again, gently",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Cardiff",
        ),
        b=person(
            "Gethin Morgan-Lloyd",
            "Hotel in Cardiff Bay with a warm indoor pool, empty on weekday mornings.",
            "A regular group to book the pool on weekdays, on a yearly contract.",
            "Fill the quiet hours.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Cardiff",
        ),
        twin=person(
            "Carys Wyn-Hopkins",
            "Leisure club with a 20 m heated pool, quiet before noon.",
            "A swim school to fill our Saturday afternoons with children's lessons.",
            "Busy pool, happy club.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Lowri Pendry",
            "Sales manager for a knee-brace maker; we fund clinical trials.",
            "A busy physio clinic to trial our new brace with 50 patients.",
            "Evidence first.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Huw Trevelyan-Bowen",
            "Hotel near Cardiff Bay with a warm indoor pool, quiet on weekday mornings.",
            "A regular group to book the pool on weekdays, for a year.",
            "Fill the quiet hours.",
            ro=["operations"],
            rs=["sales"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 80 ---------------------------------------------------------------- trap: timezone
    pair(
        80,
        "cross",
        "canyoning-guides",
        "A's outdoor company in the Verdon has more canyon bookings than guides; B is a "
        "qualified canyoning guide who wants a full season.",
        a=person(
            "Rupert Ellsworth-Kaye",
            """My wife and I run an outdoor adventure company in Castellane, at the top of the
            Verdon gorge, mostly for British, Dutch and Scandinavian families and school
            groups: rafting, via ferrata, climbing and, more and more, canyoning. We have a
            base with changing rooms, two minibuses, all the wetsuits and harnesses, and a
            booking system that filled 6,000 places last summer.""",
            """The wet-gorge trips are where we turn people away: we had 900 requests we
            couldn't serve. I need someone with the French state qualification for those
            trips, who knows the ravines of our area and the Var, can lead groups of eight in English, and will
            commit to the whole season from May to September, ideally for several years. We
            pay above the going rate and offer a studio in town.""",
            """Safety first, fun second, and every guest goes home wanting to come back. We
            treat our guides as partners, not seasonal labour.""",
            tz=1,
            langs=["en"],
            loc="Castellane",
        ),
        b=person(
            "Tristan Ferraudy",
            """Je suis moniteur de canyonisme diplômé d'État depuis onze ans, et guide de
            rivière l'été. Je connais par cœur les canyons du Verdon, de l'Estéron et de la
            Roya: l'Artuby, le Jabron, la Maïre, les Écouges l'hiver. J'encadre des groupes
            de huit, adultes ou familles, je fais les descentes techniques avec cordes et
            rappels, et je suis formé au secours en eaux vives. J'ai aussi un brevet de
            secourisme à jour et je sais tenir un groupe de débutants inquiets.""",
            """Je voudrais une structure sérieuse qui m'embauche pour toute la saison, de mai à
            septembre, avec un planning connu à l'avance, le matériel fourni et vérifié, et
            si possible un logement sur place. J'aimerais un engagement sur plusieurs années
            plutôt que des piges à la journée.""",
            """La sécurité d'abord, puis le plaisir; je refuse de descendre un canyon quand l'eau
            est trop haute, quoi que dise le client.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Digne-les-Bains",
        ),
        twin=person(
            "Léopold Amarante",
            """Moniteur de canyon diplômé depuis neuf ans, j'encadre des descentes dans les
            Alpes-Maritimes et le Verdon, en famille ou en groupe d'adultes, avec des passages
            en rappel et en saut, et je forme de jeunes moniteurs au secours en eaux vives.
            J'ai travaillé pour trois structures de la Côte d'Azur et je connais bien les
            canyons de la Roya.""",
            """Il me faut un fabricant ou un grossiste qui me vende des combinaisons néoprène
            de 5 mm, des baudriers et des cordes statiques à prix professionnel, parce que je
            monte ma propre école l'an prochain et que je dois tout équiper d'un coup. Je
            cherche aussi un local avec des douches à louer près de Nice.""",
            """Le canyon se mérite; on ne pousse personne à sauter, et on écoute toujours la
            rivière.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Philippa Pettingale",
            """I organise corporate retreats in Provence for British and American companies:
            three- to five-day programmes with strategy sessions in the mornings and team
            activities in the afternoons, for groups of twenty to sixty. I book villas and
            hotels, coaches and caterers, and I bring about 2,000 guests a year to the
            region, most of them in May, June and September.""",
            """I need an outdoor activity company near the Verdon that can take groups of up
            to sixty for an afternoon of rafting, climbing or via ferrata, with English-
            speaking instructors, on dates I give three months ahead, at a corporate rate
            paid upfront.""",
            """Shared adventure builds teams better than any workshop, and local suppliers
            should be paid well and on time.""",
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Jean-Philippe Tardif-Leroy",
            """Moniteur de canyonisme diplômé depuis onze ans, maintenant à Squamish, en
            Colombie-Britannique: descentes techniques avec cordes et rappels, groupes de huit,
            adultes ou familles, formation au secours en eaux vives, brevet de secourisme à
            jour, et je sais tenir un groupe de débutants. Je connais aussi très bien les canyons du
            Verdon, où j'ai commencé.""",
            """Je voudrais une structure sérieuse qui m'embauche toute la saison, avec un
            planning connu à l'avance, le matériel fourni et vérifié, un logement si possible
            et un engagement sur plusieurs années plutôt que des piges à la journée, de mai à
            septembre.""",
            """La sécurité d'abord, puis le plaisir; je ne descends pas quand l'eau est trop
            haute, quoi que dise le client.""",
            ro=["domain"],
            rs=["operations"],
            tz=-8,
            langs=["fr", "en"],
        ),
    ),
]
