"""Pairs 41-50 of complementary_v7."""

from people import pair, person

PAIRS = [
    # 41 ---------------------------------------------------------------- trap: language
    pair(
        41,
        "cross",
        "ferreting-rabbit-control",
        "A's young nursery trees are eaten by rabbits; B is a ferreter who clears warrens "
        "without guns.",
        a=person(
            "Solène Bretignolles",
            "Pépiniériste en Vendée, 6 ha de jeunes arbres fruitiers.",
            "Qqn qui débusque les lapins de leurs terriers avec des bêtes dressées.",
            "Sans fusil ni poison.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Rowan Heathcote",
            "I work ferrets and purse nets. Live near Cholet, speak French.",
            "Want nurseries and orchards to clear each winter, paid per visit.",
            "Quiet and clean.",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Jasper Ollerenshaw",
            "I'm a falconer: Harris hawks for gulls at landfill. Speak French.",
            "Want an insurer and a van dealer who'll lease me two vans.",
            "Respect the bird.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Fernand Challans",
            "Maraîcher, je veux planter une haie fruitière de 800 m.",
            "Une pépinière qui me fournisse 400 jeunes arbres en hiver.",
            "Planter pour demain.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Barnaby Ellwood",
            "I work ferrets and purse nets on farms near Angers.",
            "Nurseries and orchards to clear each winter, paid per visit.",
            "Quiet and clean.",
            tz=1,
            langs=["en"],
        ),
    ),
    # 42 ---------------------------------------------------------------- trap: consent
    pair(
        42,
        "fr",
        "school-breakfast-club",
        "A heads a secondary school whose pupils arrive hungry; B runs a volunteer breakfast "
        "association fed by food donations.",
        a=person(
            "Nadia Benkhelifa",
            """Principale d'un collège de sept cents élèves à Saint-Denis depuis quatre ans.
            Nous avons un réfectoire, une cour couverte et des surveillants dès 7 h 30. Je
            viens de Lille, je supporte encore le LOSC et je le dis en réunion.""",
            """Beaucoup de gamins arrivent le ventre vide : à dix heures ils s'endorment, ils
            se battent à la récréation, et mes professeurs achètent des biscuits de leur
            poche. L'infirmière en voit trois par jour avec des malaises.""",
            """Personne n'apprend avec la faim.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Jean-Michel Aubervilliers",
            """Je préside une association qui sert des petits-déjeuners gratuits : quarante
            bénévoles, des dons de pain, de lait et de fruits récupérés chaque nuit chez les
            grossistes de Rungis, une camionnette frigorifique et une assurance. Nous
            tournons déjà dans deux écoles primaires.""",
            """Je cherche un établissement du secondaire qui nous ouvre ses portes une heure
            avant les cours, avec une salle et un adulte référent, pour nourrir ses ados
            chaque matin.""",
            """Un bol de lait, c'est un début.""",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Colette Pantin",
            """Je dirige une association d'aide alimentaire qui distribue des colis aux
            familles, avec des bénévoles et des dons des supermarchés, dans trois villes du
            93.""",
            """Je cherche un entrepôt plus grand et un mécène qui finance un deuxième camion
            frigorifique.""",
            """Personne ne doit choisir entre manger et se chauffer.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Karim Stains",
            """Éducateur sportif, je monte un club de boxe éducative pour les ados, avec des
            gants et un ring démontable.""",
            """Je cherche un collège qui me prête son gymnase deux soirs par semaine et
            m'envoie ses élèves les plus agités.""",
            """Canaliser l'énergie.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Éric Bobigny",
            """Association de petits-déjeuners gratuits : bénévoles, dons de pain, lait et
            fruits récupérés chaque nuit à Rungis, camionnette frigorifique, assurance.""",
            """Un établissement du secondaire qui nous ouvre ses portes une heure avant les
            cours, avec une salle.""",
            """Un bol de lait, c'est un début.""",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 43 ---------------------------------------------------------------- trap: visibility
    pair(
        43,
        "cross",
        "saddle-fitting",
        "A's riding school horses have sore backs from ill-fitting tack; B is a saddler who "
        "fits and reflocks saddles.",
        a=person(
            "Georgiana Pettifer",
            """Riding school in the Weald, thirty horses, four hundred lessons a week, many
            of them children. Half our saddles came with the horses, and we've had three
            horses lame in the back this year.""",
            "Someone who can check each horse's back against its seat and adjust or swap.",
            "Horses first, then riders.",
            ro=["operations"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Théodore Saumurois",
            "Sellier, je rembourre et j'ajuste les selles au dos du cheval. Je parle anglais.",
            "Une écurie avec beaucoup de chevaux, pour un suivi tous les six mois.",
            "Le cheval parle, il faut l'écouter.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Marius Chantonnay",
            "Sellier-maroquinier, je fais des sacs et des ceintures en cuir. Anglais.",
            "Un distributeur au Japon et un site de vente.",
            "Le cuir qui dure.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Olivia Brightling",
            "I'm a mum of two pony-mad girls in Tunbridge Wells.",
            "A riding school with weekly lessons for two beginners.",
            "Fresh air and mud.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Clovis Fontevraud",
            "Sellier, je rembourre et j'ajuste les selles au dos du cheval. Anglais.",
            "Une écurie avec beaucoup de chevaux, un suivi semestriel.",
            "Écouter le cheval.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 44 ---------------------------------------------------------------- trap: commitment
    pair(
        44,
        "en",
        "lost-pet-drone-search",
        "A runs a lost-pet charity that cannot search at night; B flies a thermal-camera drone.",
        a=person(
            "Hermione Backhouse",
            "Lost-pet charity, Derbyshire, 30 callouts a month.",
            "Need eyes in the sky that see warm bodies in the dark.",
            "Bring them home.",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Callum Strathearn",
            "Licensed pilot, quadcopter w/ heat imaging, night flying permit.",
            "Want a cause to fly for on weekends, with searches I can plan.",
            "Use the kit for good.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Nathaniel Worsley",
            "Drone pilot, roof surveys and weddings, thermal camera.",
            "Need an accountant and a van.",
            "Fly safe.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Janice Whitworth",
            "My cat Moss has been missing 9 days near Buxton.",
            "Anyone who runs searches for lost pets, please.",
            "Please help.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Rory Lochgilphead",
            "Pilot, heat-imaging quadcopter, night permit.",
            "A cause to fly for, with planned callouts.",
            "Use the kit for good.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 45 ---------------------------------------------------------------- trap: timezone
    pair(
        45,
        "cross",
        "live-captioning-deaf",
        "A runs a conference centre whose deaf attendees miss the debates; B is a speech-to-text "
        "reporter who captions live in French and English.",
        a=person(
            "Rozenn Kergoat",
            """Je dirige un palais des congrès à Brest : trente événements par an, des
            colloques de médecine, de sciences de la mer, des congrès syndicaux. Une équipe
            de douze, un auditorium de mille places et des salles modulables. Je rame en
            yole le dimanche.""",
            """Les participants sourds ou malentendants se plaignent de ne rien suivre des
            tables rondes : l'interprète en langue des signes ne suffit pas, beaucoup ne
            signent pas, et les questions de la salle se perdent. Deux associations nous ont
            écrit cette année.""",
            """Un congrès doit être pour tout le monde.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Harriet Blenkinsop",
            """Speech-to-text reporter, eleven years: I write on a stenotype at two hundred
            and twenty words a minute and put the words on a big screen or on phones within
            two seconds, in French or English. I've worked at parliament hearings and
            medical congresses.""",
            """I want a venue that hosts many events a year and will offer my service as
            standard to every organiser, with a booth and a good sound feed.""",
            """Access is not an extra.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Penelope Marchmont",
            """Conference interpreter, French and English, twenty years in the booth at
            summits and congresses.""",
            """I want an agency partner who handles the contracts, invoicing and booth
            hire, so I only interpret.""",
            """Every word carried across.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Yann Plougastel",
            """Je préside une société savante de biologie marine, quatre cents membres, un
            colloque tous les deux ans.""",
            """Je cherche un palais des congrès à Brest qui nous accueille en 2028 à prix
            associatif.""",
            """La science ouverte.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Lorraine Abernethy",
            """Speech-to-text reporter in Los Angeles: stenotype at 220 words a minute,
            live on screen or phones, French or English.""",
            """A venue with many events a year that offers my service to every
            organiser.""",
            """Access is not an extra.""",
            ro=["domain"],
            rs=["operations"],
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
    # 46 ---------------------------------------------------------------- trap: language
    pair(
        46,
        "en",
        "hedge-laying",
        "A manages an estate with miles of overgrown field boundaries; B lays hedges by hand.",
        a=person(
            "Augustus Pemberton-Lowe",
            """Estate manager, 2,000 acres in Leicestershire, mixed farm plus shoots. We've
            got eleven miles of field boundaries gone leggy and gappy, sheep wandering
            through.""",
            "Somebody who can split and bend the stems back into a living stock-proof barrier.",
            "Farm for the next hundred years.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Jethro Wicksteed",
            "Hedgelayer, 20 yrs, Midland & South of England styles, I teach too.",
            "Want a big landowner with a long stretch to do, winter after winter, and a bothy.",
            "Slow craft, long views.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Barnaby Tollemache",
            "Drystone waller and hedgelayer, Peak District, competitions.",
            "Need a publisher for my book and a TV agent.",
            "Keep the craft alive.",
            ro=["domain"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Ffion Llewellyn",
            "Conservation trainee, keen to learn field crafts.",
            "An estate that takes me on for a winter season.",
            "Learn by doing.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Konrad Eichendorff",
            "Heckenleger, 20 Jahre, traditionelle Techniken, ich unterrichte auch.",
            "Ein Gut mit vielen Kilometern Hecken, Winter für Winter.",
            "Langsames Handwerk.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["de"],
        ),
    ),
    # 47 ---------------------------------------------------------------- trap: consent
    pair(
        47,
        "cross",
        "mead-making",
        "A is a beekeeper with unsold honey; B makes mead and wants honey suppliers.",
        a=person(
            "Morgan Tredinnick",
            "Beekeeper, 200 hives in Cornwall, tonnes of heather honey unsold.",
            "Someone who can turn honey into a drink people buy.",
            "Bees first.",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Brieuc Guerlesquin",
            "Je fais de l'hydromel artisanal dans le Finistère, cuves de 2 000 L. Je parle anglais.",
            "Je cherche un apiculteur qui me vende des milliers de kilos de miel chaque année.",
            "La boisson de nos ancêtres.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Erwan Plouescat",
            "Cidrerie, Finistère, 10 ha de vergers. Je parle anglais.",
            "Un importateur aux États-Unis.",
            "La pomme avant tout.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Kerensa Polglase",
            "Farm shop in Truro, local produce only.",
            "A beekeeper who'll stock our shelves with jars.",
            "Local first.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Malo Landerneau",
            "Hydromel artisanal, cuves de 2 000 L. Je parle anglais.",
            "Un apiculteur, plusieurs tonnes de miel par an.",
            "Boisson ancienne.",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 48 ---------------------------------------------------------------- trap: visibility
    pair(
        48,
        "fr",
        "stale-bread-beer",
        "A's bakery throws away forty kilos of bread a day; B brews beer from unsold bread.",
        a=person(
            "Armand Lecourbe",
            """Boulanger à Besançon, trois boutiques, vingt salariés, levain naturel depuis
            1998. Je fais aussi le pain d'une cantine d'entreprise et de deux restaurants.
            Ma femme tient la caisse et les comptes, mes fils font les tournées.""",
            """Chaque soir il reste quarante kilos de miches et de baguettes. On en donne un
            peu aux Restos du cœur, le reste part à la benne, et ça me rend malade. Mes
            vendeuses ramènent des sacs chez elles pour les poules.""",
            """Le pain, c'est sacré.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Gaétan Ornans",
            """Brasseur, je fais une bière blonde et une ambrée où un tiers du malt est
            remplacé par des invendus séchés et broyés. J'ai une cuve de mille litres, un
            séchoir et un accord avec une chaîne de bars à Dijon qui veut plus de
            volume.""",
            """Je cherche un artisan du fournil qui me garde tous ses restes de la veille,
            propres, et accepte qu'on mette son nom sur l'étiquette.""",
            """Rien ne se perd.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Yohann Quingey",
            """Brasseur, bières au miel et aux fruits rouges, cuve de mille litres, vente au
            marché de Besançon.""",
            """Je cherche un distributeur pour les épiceries fines de Paris et un financeur
            pour une embouteilleuse.""",
            """Petite brasserie, grands goûts.""",
            ro=["operations"],
            rs=["sales", "finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Elsa Ornans-Vuillafans",
            """Je tiens un café associatif à Besançon : petits déjeuners à prix libre, soupes le
            midi, une épicerie solidaire le jeudi. Quarante bénévoles, deux salariés.""",
            """Je cherche un boulanger qui me livre chaque matin du pain au levain à prix
            associatif, et qui vienne parler de son métier une fois par mois.""",
            """Manger ensemble.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tanguy Baume-les-Dames",
            """Brasseur, une blonde et une ambrée où un tiers du malt est remplacé par des
            invendus séchés; cuve de mille litres.""",
            """Un artisan du fournil qui me garde ses restes de la veille.""",
            """Rien ne se perd.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 49 ---------------------------------------------------------------- trap: commitment
    pair(
        49,
        "cross",
        "knitting-machine-repair",
        "A's knitwear workshop runs on old flatbed machines that break; B is a knitting machine "
        "engineer.",
        a=person(
            "Ludivine Bar-sur-Seine",
            """Je tiens un atelier de maille à Troyes, huit tricoteuses, des pulls et des
            écharpes pour des marques françaises. Nos machines rectilignes ont cinquante
            ans, le dernier technicien du coin est parti à la retraite, et j'ai trois
            machines à l'arrêt.""",
            """Il me faudrait un mécanicien qui connaisse ces vieilles rectilignes suisses,
            qui les règle, trouve les pièces et forme une de mes filles.""",
            """Le made in France qui tient debout.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Archibald Rushworth",
            "Flatbed knitting engineer, ex-Leicester mills, Dubied specialist. Speak French.",
            "Want a workshop with old kit to keep running, on a retainer.",
            "Keep the needles moving.",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Cedric Anstruther",
            "Circular knitting engineer, sock machines, speak French.",
            "Want an investor for a sock brand.",
            "Socks are serious.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Aurore Romilly",
            "Créatrice de mode, marque de pulls à Paris.",
            "Un atelier de maille à Troyes pour produire 500 pièces.",
            "Local et durable.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Digby Hallamshire",
            "Flatbed knitting engineer, Dubied specialist. I speak French.",
            "A workshop with old machines, on a retainer.",
            "Keep the needles moving.",
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 50 ---------------------------------------------------------------- trap: timezone
    pair(
        50,
        "en",
        "skittle-alley-league",
        "A's pub has a disused skittle alley; B's skittles league lost its home alley.",
        a=person(
            "Norman Tiverton",
            "Landlord, Somerset pub, 1920s skittle alley out the back, unused.",
            "A crowd who'll fill the lane on weeknights and drink while they play.",
            "Keep the village pub alive.",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Maureen Chedzoy",
            "Secretary, skittles league, 14 teams, our old pub shut.",
            "Need a new home lane with a bar, Tues-Thurs nights.",
            "Good sport, good beer.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Trevor Wedmore",
            "Darts league captain, 10 teams, Somerset.",
            "Need sponsors for shirts and a minibus.",
            "Bullseye.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Gavin Othery",
            "Brewer, small Somerset brewery, 6 ales.",
            "A pub that puts two of my ales on tap.",
            "Real ale.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Sheila Kittredge",
            "Secretary, skittles league at a British pub in Denver, 12 teams.",
            "Need a new home alley with a bar, Tues-Thurs nights.",
            "Good sport.",
            tz=-7,
            langs=["en"],
        ),
    ),
]
