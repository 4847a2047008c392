"""Pairs 21-30 of complementary_v6."""

from people import pair, person

PAIRS = [
    # 21 ---------------------------------------------------------------- trap: language
    pair(
        21,
        "cross",
        "disused-station-cafe",
        "A is the mayor of a mountain village with an empty railway station on a hiking route; "
        "B is a former hotel manager who wants a building on a trail to run a café-hostel.",
        a=person(
            "Barthélemy Chastagnol",
            """Maire d'un village de trois cents habitants dans le Haut-Jura, retraité de
            l'usine de lunettes. La commune possède l'ancienne gare, fermée en 1994, avec
            ses quais, une salle d'attente en bois et deux logements à l'étage. Le GR passe
            juste devant. Je joue du cornet dans l'harmonie du canton depuis l'âge de dix
            ans.""",
            """La gare est vide depuis trente ans, le toit fuit, la commune paie l'assurance
            et le chauffage hors gel, et les randonneurs passent devant sans s'arrêter parce
            qu'il n'y a rien d'ouvert entre Morez et la Suisse. Le conseil municipal veut la
            vendre à un promoteur pour en faire des résidences secondaires; moi je voudrais
            qu'il s'y passe quelque chose.""",
            """Un village vit tant qu'il a un endroit où l'on se croise.""",
            tz=1,
            langs=["fr"],
            loc="Haut-Jura",
        ),
        b=person(
            "Penelope Ashdown",
            """I ran a sixty-room hotel in the Lake District for twelve years, then a
            walkers' hostel on the Pennine Way. I know bunk rooms, drying rooms, packed
            lunches, licences and seasonal staff, and I've done two building conversions
            with a heritage officer looking over my shoulder. I've lived in Pontarlier since
            2021 and speak French well; my partner is a ski instructor.""",
            """I want a building on a long-distance trail, owned by someone who would lease
            it long-term rather than sell, where I can open a café downstairs and a dozen
            beds upstairs. I'll put in the work and part of the money; I need a landlord who
            wants the place to stay public.""",
            """Walkers should find a warm room and soup wherever they stop.""",
            tz=1,
            langs=["en", "fr"],
            loc="Pontarlier",
        ),
        twin=person(
            "Gregory Fothergill",
            """Former hotel manager, now running two mountain huts in the Vanoise for the
            summer season, with twenty beds each and a kitchen crew. I speak French and
            German.""",
            """I need a booking platform built for huts, with deposits and cancellations,
            and a marketer who can fill the beds in June and September, when we sit half
            empty.""",
            """A full hut is a happy hut.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Ludivine Mouthier",
            """Je suis cheffe de chœur d'une chorale de soixante voix dans le Haut-Doubs, nous chantons du répertoire sacré et populaire et nous répétons dans une salle paroissiale glaciale.""",
            """Je cherche une commune qui nous prête une grande salle chauffée le mardi soir pour nos répétitions, et un lieu pour deux concerts par an.""",
            """Chanter ensemble, quel que soit le niveau.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rosamund Tebbit",
            """I ran a walkers' hostel on the Pennine Way for eight years and a hotel in the Lakes before that: bunk rooms, drying rooms, packed lunches, licences, seasonal staff, and two heritage conversions.""",
            """A building on a long-distance trail, leased long-term by an owner who wants it to stay public, for a café downstairs and a dozen beds upstairs. I'll put in work and some money.""",
            """Soup and a warm room wherever walkers stop.""",
            tz=1,
            langs=["en"],
        ),
    ),
    # 22 ---------------------------------------------------------------- trap: consent
    pair(
        22,
        "fr",
        "radon-testing",
        "A sells granite houses in the Morvan to buyers worried about radon; B measures radon "
        "and designs the fixes, and wants estate agents to send him homes.",
        a=person(
            "Eugénie Bonnardot",
            "Agence immobilière à Château-Chinon, maisons en granit, acheteurs parisiens.",
            "Quelqu'un qui sache quantifier le gaz qui remonte du sous-sol et dire quoi faire.",
            "Vendre sans cacher.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Adrien Collenot",
            """Technicien certifié, je fais des mesures de radon depuis neuf ans dans le
            Morvan et le Limousin : dosimètres posés deux mois, mesures en continu, puis
            diagnostic du bâtiment et plan de travaux (ventilation du vide sanitaire, mise en
            dépression sous la dalle, étanchéité des passages). J'ai traité plus de quatre
            cents maisons et une vingtaine d'écoles.""",
            """Je cherche un réseau de vente de maisons anciennes, dans les zones où le sol
            en dégage, qui propose mes mesures avant chaque signature, pour que les
            acheteurs sachent à quoi s'attendre et que les vendeurs fassent les travaux.""",
            """Un risque connu fait moins peur qu'un risque caché.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Romain Desbrosses",
            """Diagnostiqueur immobilier dans la Nièvre : amiante, plomb, termites,
            performance énergétique, gaz et électricité. Je tiens une trentaine de
            dossiers par mois, et je suis formé à la mesure du radon depuis l'an dernier
            avec un appareil en continu.""",
            """Je veux m'associer avec un développeur qui automatise mes rapports et avec
            un comptable qui reprenne la gestion de mon cabinet, car je passe mes soirées
            sur la paperasse au lieu d'être sur le terrain.""",
            """Des rapports clairs.""",
            ro=["domain"],
            rs=["tech", "finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Frédégonde Lavault",
            """Notaire à Autun, je signe une quarantaine de ventes de maisons anciennes par an, surtout à des acheteurs de la région parisienne, et je gère aussi les successions.""",
            """Une agence qui m'apporte des ventes déjà bien préparées, dossiers complets et diagnostics faits, pour éviter les ventes qui traînent six mois.""",
            """Des signatures sans surprise.""",
            ro=["legal"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Valentin Brochot",
            """Technicien certifié en mesure du radon depuis huit ans dans le Morvan :
            dosimètres, mesures en continu, puis plan de travaux (ventilation du vide
            sanitaire, dépression sous la dalle). Trois cents maisons traitées.""",
            """Un réseau de vente de maisons anciennes qui propose mes mesures avant chaque
            signature, pour que les acheteurs sachent à quoi s'attendre.""",
            """Un risque connu fait moins peur.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 23 ---------------------------------------------------------------- trap: visibility
    pair(
        23,
        "cross",
        "outdoor-gear-repair",
        "A owns an outdoor shop with a pile of torn jackets and tents; B is a seamstress who "
        "repairs waterproof gear and wants a shop to send her work.",
        a=person(
            "Fraser Ledingham",
            "Outdoor shop in Fort William. Returns pile up: torn shells, broken zips, tents.",
            "Someone who can patch and re-seal waterproof fabric and swap zips, fast.",
            "Mend before you buy.",
            ro=["sales"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Gaëlle Rouxinol",
            "Couturière, je répare vestes Gore-Tex, tentes, duvets; thermocolleuse pro.",
            "Un magasin de montagne qui m'envoie ses retours chaque semaine.",
            "Réparer, pas jeter.",
            tz=0,
            langs=["fr", "en"],
        ),
        twin=person(
            "Mireille Pontcarral",
            "Couturière, retouches et ourlets de vêtements de montagne, à domicile.",
            "Un associé pour tenir la boutique en ligne et les envois.",
            "Le travail soigné.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Callum Strachan",
            "Mountain guide, Lochaber. I take 30 clients a month up the Ben.",
            "A shop that rents me boots and shells for my clients at a trade price.",
            "Safe days out.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Clémence Arrighi",
            "Couturière, réparation de vestes imperméables, tentes et duvets.",
            "Un magasin de montagne qui m'envoie ses retours chaque semaine.",
            "Réparer.",
            tz=0,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 24 ---------------------------------------------------------------- trap: commitment
    pair(
        24,
        "en",
        "golf-course-rewilding",
        "A owns a members' golf course losing money and members; B is an ecologist who turns "
        "such land into wetland reserves paid for by nature credits and visitors.",
        a=person(
            "Montague Strangways",
            """My family has owned a parkland golf course in Lincolnshire since 1931:
            eighteen holes, a clubhouse, a greenkeeping shed full of machinery and a
            hundred and sixty acres of heavy clay that was marsh before my great-grandfather
            drained it. I'm the fourth generation and, frankly, the least keen golfer of the
            lot; I restore vintage motorcycles in the old pro shop.""",
            """The members are getting older and fewer every year, we lose about eighty
            thousand pounds annually, the drains are collapsing and the greens need
            chemicals I'd rather not buy. The bank wants a plan by summer. I don't want to
            sell to a housebuilder, and I don't know what else this land can earn.""",
            """Leave the land better than we found it, even if that means admitting a
            mistake.""",
            tz=0,
            langs=["en"],
            loc="Lincolnshire",
        ),
        b=person(
            "Dr Oonagh Fairbairn",
            """Wetland ecologist; I've spent ten years blocking ditches and re-wetting
            farmland in the Fens, and I designed two reserves that now pay for themselves
            through biodiversity units sold to developers, a small entrance fee and a café.
            I can do the surveys, the hydrology and the paperwork for the credits.""",
            """I'm looking for a private owner of a large, flat site that was once wet ground, who is willing
            to let water back in and sign a thirty-year management agreement, and who can
            look after the buildings and visitors while I handle the ecology.""",
            """Water first; people love a marsh once they've seen one.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Dr Rufus Pennington",
            """Ecologist, fifteen years on chalk grassland and wildflower meadows; I have
            sown and managed over two thousand acres for farms and estates and can sell the
            resulting biodiversity units.""",
            """I need a seed-production partner with harvesting kit and a drying floor, and
            an investor to fund a native-seed business, because there isn't enough local
            seed to restore what the buyers want.""",
            """Meadows, not lawns.""",
            ro=["domain"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Kieran Mulvaney",
            """I run a junior golf academy for forty children in Lincoln, with two coaches
            and a minibus, and I've taken three kids to county level.""",
            """I'm after a course owner who'll give my juniors tee times on weekday
            afternoons at a low rate, and a room in the clubhouse for lessons when it
            rains.""",
            """Golf shouldn't cost a fortune.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Dr Ingrid Maybury",
            """Wetland ecologist: ten years re-wetting drained farmland and two reserves
            that pay for themselves through biodiversity units, entry fees and a café.""",
            """A private owner of a large, flat, drained site who will let the water back
            in under a thirty-year agreement and look after buildings and visitors.""",
            """Water first.""",
            ro=["domain"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 25 ---------------------------------------------------------------- trap: timezone
    pair(
        25,
        "cross",
        "savoie-vermouth",
        "A makes white wine in Savoie that he can't sell; B is a bartender who develops "
        "vermouth recipes and wants a wine estate to produce them.",
        a=person(
            "Anselme Vuillermoz",
            "Vigneron en Savoie, 9 ha de jacquère, 20 000 bouteilles qui restent en cave.",
            "Qqn qui sache en faire un apéritif aux plantes et le placer dans les bars.",
            "Le vin d'ici, autrement.",
            ro=["domain"],
            rs=["sales", "product"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Jasper Wolstenholme",
            """I spent ten years behind cocktail bars in London and Paris and the last four
            developing aromatised wines: wormwood, gentian, génépi, orange peel, all
            macerated and blended on a light dry white. Two of my recipes are poured in
            thirty bars. I speak French and live in Chambéry now.""",
            """I need a winemaker with a cellar, tanks and a licence who has a neutral,
            crisp white to spare and will produce my recipes under a shared label, while I
            open the bar accounts and run the brand.""",
            """Aperitifs should taste of a place.""",
            ro=["sales", "product"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Chambéry",
        ),
        twin=person(
            "Orlando Sheringham",
            """Bartender and cocktail consultant; I write menus for hotel bars and I've
            created a range of bottled cocktails sold in London delis. I speak French.""",
            """I need a co-packer with a bottling line and a distributor for UK
            supermarkets, because the delis alone won't pay the rent.""",
            """Good drinks, no fuss.""",
            ro=["sales", "product"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Rosine Bouvard",
            """Caviste à Annecy, je cherche des vins de petits domaines savoyards pour ma
            cave et mes dégustations du jeudi.""",
            """Un vigneron qui me réserve une partie de sa cuvée à prix caviste chaque
            année et vienne animer une soirée.""",
            """Les petits domaines d'abord.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Caleb Winterbourne",
            """Bartender, ten years in cocktail bars, now developing aromatised wines with
            wormwood, gentian and génépi; two recipes poured in thirty bars. I speak
            French.""",
            """A winemaker with a cellar, tanks and a licence and a crisp white to spare,
            to produce my recipes under a shared label while I run the brand.""",
            """Aperitifs that taste of a place.""",
            ro=["sales", "product"],
            rs=["domain"],
            tz=9,
            langs=["en", "fr"],
        ),
    ),
    # 26 ---------------------------------------------------------------- trap: language
    pair(
        26,
        "mixed",
        "tapestry-conservation",
        "A runs a château museum with seventeenth-century tapestries falling apart; B is a "
        "textile conservator who wants a long commission.",
        a=person(
            "Aliénor Saint-Priest",
            """Je suis conservatrice d'un château-musée en Creuse, propriété d'une
            fondation. We have nine Aubusson tapestries from the 1680s, hung in the same
            rooms since they were woven, et elles souffrent : the silk highlights are gone,
            the linings are rotten, one is torn along a seam. Visitors adore them. Mon
            mari dit que je parle plus aux tapisseries qu'à lui.""",
            """I need a specialist in old woven wall art, someone who can wash,
            stabilise and back them on site, qui sache aussi former notre équipe à les
            manipuler, et qui puisse estimer le coût pour nos mécènes.""",
            """Conserver, pas restaurer à neuf.""",
            tz=1,
            langs=["fr", "en"],
            loc="Creuse",
        ),
        b=person(
            "Henrietta Vauxhall-Morin",
            """Textile conservator, trained in London, twenty years on wall hangings and
            carpets, for the National Trust and then for French museums. Je travaille en
            atelier à Limoges et sur place, with a mobile wash table and a team of two. I
            have consolidated silk on wool and relined pieces of six metres.""",
            """Je cherche une institution qui me confie un ensemble entier plutôt qu'une
            pièce par an: a multi-year commission where I can plan the work properly and
            train people to look after the pieces afterwards.""",
            """Minimum intervention, maximum care.""",
            tz=1,
            langs=["en", "fr"],
            loc="Limoges",
        ),
        twin=person(
            "Cosima Lefébure-Hart",
            """Textile conservator for costume and lace, I work for a fashion museum in
            Paris et pour des collectionneurs privés. I can date a lace by its thread and
            repair a bodice without a trace.""",
            """I need a photographer and a developer to build an online catalogue of
            private lace collections, et un mécène pour le financer.""",
            """Fragile things deserve patience.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Bastien Chardonnet",
            """Lissier à Aubusson, je tisse des tapisseries contemporaines sur métier de
            basse lice, d'après des cartons d'artistes vivants. I also teach weaving.""",
            """Je cherche un musée qui expose mes pièces à côté de tapisseries anciennes,
            a dialogue between old and new, pour une saison.""",
            """La tapisserie est un art vivant.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Ulrike Brandstätter",
            """Textilrestauratorin seit zwanzig Jahren: Wandteppiche und Teppiche reinigen,
            Seide auf Wolle festigen, neu unterfüttern, vor Ort mit mobilem Waschtisch.""",
            """Ich suche ein Museum, das mir eine ganze Sammlung über mehrere Jahre anvertraut
            und dessen Team ich schulen kann.""",
            """Minimal eingreifen.""",
            tz=1,
            langs=["de"],
        ),
    ),
    # 27 ---------------------------------------------------------------- trap: consent
    pair(
        27,
        "cross",
        "village-defibrillator-training",
        "A chairs a Dordogne village hall association whose defibrillator nobody dared use; B "
        "is a former firefighter who trains villages in resuscitation.",
        a=person(
            "Geraldine Ockwell",
            "Chair, village hall assoc., Dordogne. Lots of retired Brits. Bingo on Fridays.",
            "Old Mr Hale collapsed at bingo and nobody dared open the box on the wall.",
            "Look after each other.",
            tz=1,
            langs=["en", "fr"],
        ),
        b=person(
            "Thierry Lacombe",
            """Ancien sapeur-pompier professionnel, vingt-cinq ans d'interventions en
            Périgord. Je forme maintenant aux gestes qui sauvent : massage cardiaque,
            utilisation du défibrillateur, position latérale, en sessions de trois heures
            dans les salles des fêtes, pour des groupes de dix. Je parle anglais, appris
            avec les nombreux Britanniques du coin.""",
            """Je cherche des associations de village qui réunissent leurs membres et
            m'ouvrent leur salle régulièrement, pour former tout le monde puis revenir
            chaque année.""",
            """Chaque minute compte.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Lucienne Fargeot",
            """Infirmière retraitée, je forme aux premiers secours pour les entreprises et
            les écoles de Bergerac. Je parle anglais.""",
            """Je cherche un organisme agréé qui porte mes formations et m'envoie des
            entreprises, avec la partie administrative et la facturation.""",
            """Former sans effrayer.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Hugh Pemberton-Lacey",
            """Retired solicitor living near Eymet for ten years; I play duplicate bridge and I've gathered twenty-four keen players, French and English, who currently meet in my sitting room and are running out of chairs.""",
            """I'd like a village association that lets our bridge club use its hall on Tuesday afternoons, with tables and heating, in exchange for a modest rent and a cake rota.""",
            """Keep the brain busy and the company good.""",
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Didier Peyramaure",
            """Ancien pompier, je forme aux gestes qui sauvent (massage cardiaque,
            défibrillateur) en sessions de trois heures dans les salles des fêtes. Je parle
            anglais.""",
            """Des associations de village qui réunissent leurs membres et m'ouvrent leur
            salle chaque année.""",
            """Chaque minute compte.""",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 28 ---------------------------------------------------------------- trap: visibility
    pair(
        28,
        "fr",
        "neon-signs",
        "A owns a bar that wants a real luminous sign; B bends glass tubes for neon signs and "
        "wants regular customers.",
        a=person(
            "Mathurin Lepeltier",
            "Bar à Rouen, déco années 50.",
            "Un artisan qui plie le verre au chalumeau pour une devanture qui brille.",
            "Du vrai, pas du plastique.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Odile Ravanat",
            "Néoniste à Rouen, tubes au gaz rare, enseignes sur mesure.",
            "Des bars et commerces qui veulent une façade qui se voit la nuit.",
            "La lumière faite main.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Sacha Kervella",
            "Néoniste au Havre, pièces d'art lumineux pour galeries.",
            "Un galeriste qui expose et vend mes pièces à Paris.",
            "L'art d'abord.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Irène Vasseur",
            "Groupe de jazz manouche, quatre musiciens, Rouen.",
            "Un bar qui nous programme un soir par semaine.",
            "Jouer souvent.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Loup Maréchal",
            "Néoniste près de Rouen, tubes au gaz rare, enseignes sur mesure.",
            "Des bars et boutiques qui veulent une façade visible la nuit.",
            "Fait main.",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 29 ---------------------------------------------------------------- trap: commitment
    pair(
        29,
        "cross",
        "night-childcare",
        "A directs a border hospital whose nurses quit because nobody minds their children at "
        "night; B ran a round-the-clock nursery for hospital staff and wants a site.",
        a=person(
            "Marie-Agnès Berthollet",
            """Je dirige le centre hospitalier d'Annemasse, sept cents lits. Nous perdons
            nos infirmières et aides-soignantes de nuit au profit de Genève, où les salaires
            sont deux fois plus hauts, et surtout parce que personne ne garde leurs enfants
            entre vingt et une heures et sept heures. J'ai un bâtiment libre de plain-pied à
            côté de la maternité. Je cours des trails le dimanche, de préférence en
            montée.""",
            """Il me faudrait quelqu'un qui sache ouvrir et faire vivre un lieu d'accueil
            pour les tout-petits qui reste ouvert la nuit et le week-end, qui connaisse les
            normes, le recrutement des éducatrices et les horaires décalés, et qui le gère
            au quotidien.""",
            """On ne retient pas les soignants avec des discours.""",
            ro=["operations"],
            tz=1,
            langs=["fr"],
            loc="Annemasse",
        ),
        b=person(
            "Josephine Aldridge",
            """Early-years manager for fifteen years; I set up and ran a 24-hour nursery
            for NHS staff in Leeds, sixty places, with sleeping rooms and staff on rotating
            shifts, rated outstanding twice. I moved to Thonon for my wife's job at CERN
            and I'm learning French fast (B2, certified).""",
            """I'm looking for a hospital or a large employer with night workers that has
            a building to spare and wants a nursery open through the night. I'd design it,
            hire the team and run it, if they cover the fit-out.""",
            """Children sleep better where their parents trust the staff.""",
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Philippa Gatenby",
            """Early-years manager: I run three daytime nurseries in Geneva's suburbs, a
            hundred and twenty places in all, and train childminders. I speak French.""",
            """I need an investor to open a fourth nursery and a property finder who can
            locate ground-floor premises near the train stations.""",
            """Every child known by name.""",
            ro=["operations"],
            rs=["finance"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Coralie Dunand",
            """Infirmière de nuit en réanimation depuis dix ans, mère de deux enfants,
            disponible pour des gardes à Annemasse.""",
            """Je cherche un hôpital proche de la frontière qui m'embauche de nuit avec un
            planning fixe, trois nuits par semaine, pour pouvoir m'organiser.""",
            """Soigner sans s'épuiser.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Harriet Pellowe",
            """Early-years manager; I set up and ran a 24-hour nursery for hospital staff
            in Leeds, sixty places, rated outstanding. I speak French.""",
            """A hospital with night workers and a spare building that wants a nursery
            open through the night, which I'd design, staff and run.""",
            """Parents who trust the staff.""",
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 30 ---------------------------------------------------------------- trap: timezone
    pair(
        30,
        "en",
        "school-vision-screening",
        "A is a primary head whose pupils squint at the board unnoticed; B is an optometrist "
        "who screens children in schools and wants schools to sign up.",
        a=person(
            "Bernadette Quigley",
            "Head of a primary in Sunderland, 420 kids.",
            "Kids squint at the board and nobody has checked their eyes for years.",
            "Every child seen.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Tariq Ellerby",
            "Optometrist, I test whole classes in a morning with a portable kit.",
            "Schools that let me in each year and pass my letters on to parents.",
            "Glasses before grades.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Imran Sedgwick",
            "Optometrist, portable kit, home visits for care-home residents.",
            "An investor to buy a second van and kit.",
            "Eyes at any age.",
            ro=["domain"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Jocelyn Parfitt",
            "Children's author, I do school visits and reading assemblies.",
            "Head teachers who'll book me for a yearly author day.",
            "Every child a reader.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Mitchell Caraway",
            "Optometrist in Brisbane, I test whole classes in a morning, portable kit.",
            "Schools that let me in each year and pass letters to parents.",
            "Glasses before grades.",
            ro=["domain"],
            rs=["operations"],
            tz=10,
            langs=["en"],
        ),
    ),
]
