"""Pairs 101-110 of complementary_v9."""

from people import pair, person

PAIRS = [
    # 101 --------------------------------------------------------------- trap: language
    pair(
        101,
        "fr",
        "conteur-mediatheque",
        "A dirige une médiathèque rurale et veut des veillées de contes; B est conteur et "
        "cherche des lieux qui le reçoivent chaque mois.",
        a=person(
            "Bénédicte Fauchereau",
            """Je dirige la médiathèque intercommunale du pays de Lodève: un bâtiment principal
            et six points-lecture dans les villages, 4 000 inscrits, une équipe de cinq
            personnes et une vingtaine de bénévoles. Nous faisons déjà des heures du conte
            pour les bébés, des clubs de lecture et un prix littéraire des collégiens.""",
            """Je voudrais quelqu'un qui vienne raconter des histoires, des vraies, pas lues
            dans un livre: une soirée par mois pour les familles dans un village différent,
            avec des récits du Larzac et d'ailleurs, et quelques séances pour les anciens de la
            maison de retraite. Nous avons un budget d'animation d'environ 6 000 euros par
            an.""",
            """Que la culture arrive jusqu'au dernier hameau, gratuitement, et que les gens se
            retrouvent autour d'autre chose qu'un écran.""",
            tz=1,
            langs=["fr"],
            loc="Lodève",
        ),
        b=person(
            "Anselme Soulatges",
            "Conteur: contes occitans et du monde, veillées pour petits et grands.",
            "Des lieux qui me reçoivent chaque mois, toute l'année.",
            "La parole nue.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Clermont-l'Hérault",
        ),
        twin=person(
            "Mélusine Carrière-Pons",
            "Conteuse, je dis des contes merveilleux et des légendes cévenoles.",
            "Un ingénieur du son pour enregistrer un album de contes cet hiver.",
            "Transmettre.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Gauthier Lacoste-Rey",
            "Éditeur de livres-CD de contes pour enfants, à Montpellier.",
            "Des médiathèques qui accueillent des lectures et vendent nos livres.",
            "Lire à voix haute.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tobias Crabtree-Voss",
            "Storyteller: Occitan tales and stories from everywhere, for all ages.",
            "Places that host me every month, all year round.",
            "The bare spoken word.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en"],
        ),
    ),
    # 102 --------------------------------------------------------------- trap: consent
    pair(
        102,
        "cross",
        "poultry-guardian-dogs",
        "A's free-range hens are killed weekly by foxes and birds of prey; B trains livestock "
        "guardian dogs and places them on farms.",
        a=person(
            "Florent Bigourdan",
            """- eleveur de poules pondeuses plein air dans le gers, 3 000 poules, label bio
            - 4 ha de parcours herbeux + haies, 2 batiments mobiles
            - vente d'oeufs en amap, magasins de producteurs + 2 restos a auch
            - ma compagne gere la vente, moi les bêtes""",
            """renards la nuit + buses le jour, on perd 20 poules par semaine, parfois 60 en
            une nuit quand le renard entre. les filets coûtent une fortune, la clôture
            électrique est percée par les sangliers, et les poules n'osent plus sortir au
            fond du parcours donc on risque de perdre le label plein air""",
            "des poules qui vivent dehors, pas en cage",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Auch",
        ),
        b=person(
            "Morag Lindsay-Crewe",
            "I train and place livestock guardian dogs, Maremma and Pyrenean, with follow-up.",
            "Farms with a real predator problem that will keep a dog for life.",
            "Dogs that work, not pets.",
            tz=1,
            langs=["en", "fr"],
            loc="Tarbes",
        ),
        twin=person(
            "Kirsteen Inverarity",
            "Breeder of working Maremma sheepdogs, raised with sheep and goats.",
            "A vet nearby who knows giant breeds and hip scoring.",
            "Bred to guard.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Sylvain Lannelongue",
            "Grossiste en œufs bio pour les magasins du Sud-Ouest, 60 points de vente.",
            "Un éleveur du Gers qui me livre 10 000 œufs plein air par semaine.",
            "Du local, du vrai.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Elspeth Graham-Forbes",
            "I train and place livestock guardian dogs, Maremma and Pyrenean, with support.",
            "Farms with a real predator problem that will keep a dog for its whole life.",
            "Working dogs, not pets.",
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 103 --------------------------------------------------------------- trap: visibility
    pair(
        103,
        "mixed",
        "vinyl-record-pressing",
        "A's independent label waits six months for vinyl pressings; B runs a small pressing "
        "plant and wants labels that book regular runs.",
        a=person(
            "Axelle Boudreau-Finch",
            """Je dirige un petit label indépendant à Lyon: douze albums par an, du jazz, de la
            musique électronique et des rééditions de disques oubliés des années 70. Nous
            vendons surtout en vinyle, à des disquaires en France, en Allemagne et au Japon,
            et sur notre site, avec des tirages de 500 à 1 500 exemplaires.""",
            """I need a pressing plant that can do 500 to 1,500 copies in six weeks, not six
            months, with test pressings I can approve quickly and decent quality control:
            two of our last releases missed their tour dates because the records weren't
            ready. I'd book a run every month if the turnaround is reliable.""",
            """Le disque est un objet qu'on garde toute une vie; it should sound and look as
            good as the music deserves.""",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Gilles Vanderhaegen",
            """Nous avons ouvert en 2019 une petite usine de pressage de disques à Bruxelles,
            avec deux presses automatiques neuves et une presse manuelle restaurée: tirages de
            300 à 3 000 exemplaires, vinyle noir ou coloré, pochettes imprimées chez un voisin,
            et un délai moyen de cinq semaines après validation des tests. Nous faisons aussi
            la gravure des laques sur place.""",
            """We're looking for small and mid-sized labels who'll book regular runs, ideally
            one a month, so we can plan the presses and stop living from rush orders. We'd
            offer a priority slot and a better price for a yearly commitment, and we'd like
            labels who care about sound as much as we do.""",
            """Faire du bon travail, lentement mais à l'heure; a record is made to be played,
            not just collected.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Bruxelles",
        ),
        twin=person(
            "Mathias Deprez-Holm",
            """Je dirige une usine de pressage vinyle à Gand: trois presses, tirages de 200 à
            5 000, couleurs et éditions spéciales, gravure sur place, contrôles qualité à
            chaque lot. Nous travaillons pour une quarantaine de labels en Europe et nous
            livrons en cinq à six semaines.""",
            """We need a reliable supplier of PVC compound in pellets, black and coloured, with
            regular deliveries to Ghent at a stable price: our current supplier has had three
            shortages this year and we had to stop the presses for a week each time. A
            European producer would be ideal.""",
            """Bien faire les choses; good vinyl starts with good raw material.""",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Romy Castagnier-Blythe",
            """Je tiens une boutique de disques à Berlin depuis 2012, spécialisée en jazz
            français et en musique électronique, avec un public de collectionneurs et une
            vente en ligne qui marche bien. We also run listening evenings every Friday, with
            DJs and label owners invited from all over Europe, et nous organisons un petit
            festival de disquaires chaque automne, with 3,000 visitors.""",
            """I'm looking for un label français indépendant qui me vende ses nouveautés et
            ses rééditions directement, at distributor price, avec des éditions limitées pour
            la boutique. I'd order every month, pay at thirty days, and promote each release in our
            newsletter and in the shop window.""",
            """Soutenir les petits labels, because big distributors don't care about them, et
            garder vivants les disquaires de quartier.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Corentin Vanderlinden",
            """Nous avons ouvert une petite usine de pressage à Bruxelles avec deux presses
            automatiques et une presse manuelle restaurée: tirages de 300 à 3 000, vinyle noir
            ou coloré, pochettes imprimées chez un voisin, gravure des laques sur place, délai
            moyen de cinq semaines après validation des tests.""",
            """We're looking for small labels who'll book regular runs, ideally monthly, so we
            can plan the presses and stop living from rush orders, with a priority slot and a
            better price for a yearly commitment, and labels who care about sound as much as
            we do.""",
            """Faire du bon travail, lentement mais à l'heure; a record is made to be played, not
            just collected.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 104 --------------------------------------------------------------- trap: commitment
    pair(
        104,
        "cross",
        "green-hop-brewing",
        "A grows hops and wants brewers for the fresh harvest; B brews a fresh-hop beer each "
        "September and needs hops delivered within a day.",
        a=person(
            "Rowena Bramblecombe",
            "We grow six acres of hops in Herefordshire; harvest in early September.",
            "Brewers who'll take fresh, undried cones the day they're picked.",
            "Grown here, drunk fresh.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Bromyard",
        ),
        b=person(
            "Quentin Delahaye-Brun",
            "Brasseur à Lille: chaque septembre, une bière au houblon vert, 40 hl.",
            "Un cultivateur qui me livre ses cônes en moins de 24 h après la cueillette.",
            "La fraîcheur avant tout.",
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        twin=person(
            "Antonin Roussel-Pike",
            "Brasseur artisanal à Arras, IPA et bières de saison.",
            "Une ligne de mise en canette mobile qui passe chaque mois.",
            "Frais et local.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Tamsin Worthington",
            "Beer writer with a weekly column and a podcast.",
            "A hop farm that lets me follow one harvest from field to kiln.",
            "Tell the grower's story.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Valentin Hocquet",
            "Brasseur à Roubaix: chaque septembre, une bière au houblon vert, 40 hl.",
            "Un cultivateur qui me livre ses cônes moins de 24 h après la cueillette.",
            "La fraîcheur d'abord.",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 105 --------------------------------------------------------------- trap: timezone
    pair(
        105,
        "fr",
        "ecole-de-musique-accordage",
        "A dirige une école de musique dont les pianos sont désaccordés; B accorde et "
        "entretient les pianos des écoles.",
        a=person(
            "Ghislaine Pérouse",
            "Je dirige une école de musique associative à Cholet, 9 pianos, 300 élèves.",
            "Les pianos sonnent faux, des touches collent, les profs râlent.",
            "La musique pour tous.",
            tz=1,
            langs=["fr"],
            loc="Cholet",
        ),
        b=person(
            "Éloi Marchetaux",
            "Accordeur-réparateur: je passe chaque trimestre dans les écoles et salles.",
            "Des établissements avec plusieurs instruments et un contrat à l'année.",
            "L'oreille juste.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Angers",
        ),
        twin=person(
            "Rémy Tessier-Lalande",
            "Accordeur de pianos, je restaure aussi les mécaniques anciennes.",
            "Un fournisseur de marteaux et de feutres neufs à prix pro.",
            "Le son d'abord.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Apolline Sauvageot-Pin",
            "Pianiste concertiste, je prépare un concours international au printemps.",
            "Une salle avec un bon piano où travailler trois heures chaque matin.",
            "Le travail paie.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Mathurin Kaloï-Wenehoua",
            "Accordeur-réparateur à Nouméa: je passe chaque trimestre dans les écoles.",
            "Des établissements avec plusieurs instruments et un contrat annuel.",
            "L'oreille juste.",
            ro=["tech"],
            rs=["operations"],
            tz=11,
            langs=["fr"],
        ),
    ),
    # 106 --------------------------------------------------------------- trap: language
    pair(
        106,
        "cross",
        "wooden-ski-topsheets",
        "A hand-builds wooden skis with plain topsheets; B draws graphics for skis and "
        "snowboards and wants a small maker to design for.",
        a=person(
            "Gaspard Blanc-Vallon",
            "Je fabrique des skis en frêne à la main dans le Queyras, 200 paires par an.",
            "Qqn qui dessine les motifs du dessus de mes skis, une série par hiver.",
            "Du bois et de la neige.",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr"],
            loc="Abriès",
        ),
        b=person(
            "Saoirse Kavanagh-Dunne",
            """I'm an illustrator who has drawn graphics for skis and snowboards for eleven
            years, first for a big brand in Innsbruck and now freelance from Grenoble. I work
            by hand, in ink and gouache, then prepare the files for sublimation or screen
            printing, with the exact outlines of each model and the printer's bleed. I've done
            full lines for four small European makers, and I love drawing mountains, animals
            and old maps.""",
            """I'm looking for a small, independent ski or board maker who wants one artist to
            give their whole range a look, a new series every winter, and lets me visit the
            workshop to understand the shapes and the wood. I'd work for a design fee plus a
            small royalty per pair sold.""",
            """Skis should be beautiful enough to hang on a wall and tough enough to be
            scratched on rocks.""",
            ro=["design"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Grenoble",
        ),
        twin=person(
            "Caoimhe Brannagh",
            """Illustrator and graphic designer for outdoor gear: ski and snowboard graphics,
            helmet decals, catalogue covers. I draw by hand and prepare print-ready files for
            sublimation, and I've designed lines for three brands in Austria and Switzerland
            over nine years. I'm based in Chamonix and ski most mornings, and I also paint
            posters for mountain festivals and draw the maps for a guidebook publisher.""",
            """I need a sublimation print shop that can print short runs of ski topsheets, fifty
            to two hundred, in good colour, for the small brands I work with, because the big
            printers won't take anything under a thousand. Somewhere in the Alps would be
            ideal.""",
            """Good design makes people love their gear and keep it longer.""",
            ro=["design"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Loïc Arnaud-Faure",
            """Je tiens un magasin de ski de randonnée et de matériel de montagne à Briançon,
            avec une clientèle de guides, de moniteurs et de passionnés, et une location de
            trois cents paires l'hiver. Je mets en avant les fabricants des Alpes, j'organise
            des tests de matériel sur les pistes de Serre Chevalier chaque décembre et j'ai
            une clientèle fidèle qui vient de Lyon et de Marseille.""",
            """Je cherche un petit fabricant de skis du Queyras ou de l'Ubaye qui me vende une
            série exclusive pour le magasin, une cinquantaine de paires par hiver, et vienne
            faire une soirée de présentation en décembre, avec un prix de gros et un
            paiement à la commande.""",
            """Du matériel qui dure, fait près d'ici, par des gens qu'on peut aller voir dans leur
            atelier.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Orla Fitzmaurice",
            """Illustrator who has drawn graphics for skis and snowboards for eleven years,
            first for a big brand in Innsbruck, now freelance: by hand in ink and gouache,
            then print-ready files for sublimation or screen printing, with each model's exact
            outline and the printer's bleed. Full lines done for four small European makers; I
            love drawing mountains, animals and old maps.""",
            """I'm looking for a small independent ski or board maker who wants one artist to
            give the whole range a look, a new series each winter, with visits to the
            workshop, for a design fee and a small royalty per pair.""",
            """Skis should be beautiful enough to hang on a wall and tough enough to be scratched
            on rocks.""",
            ro=["design"],
            rs=["domain"],
            tz=1,
            langs=["en"],
        ),
    ),
    # 107 --------------------------------------------------------------- trap: consent
    pair(
        107,
        "mixed",
        "barn-tasting-room-carpentry",
        "A's Savoie winery wants a tasting room inside an old barn; B is a timber-frame "
        "carpenter who restores old barns.",
        a=person(
            "Solène Dupraz-Whitaker",
            """Je suis vigneronne en Savoie, près de Chignin, on the family estate: huit
            hectares de jacquère, de mondeuse et de bergeron, 45 000 bouteilles par an, half
            of them sold at the cellar door. On reçoit de plus en plus de visiteurs, especially
            cyclists and hikers en été, mais on les accueille dans un garage.""",
            """I need un charpentier qui sache transformer notre vieille grange en salle de
            dégustation: the oak structure is sound but two of the main supports have gone soft, il faut un plancher
            à l'étage, big windows onto the vines, et garder le caractère du bâtiment. Budget
            around 90,000 euros, travaux l'hiver prochain, entre deux vendanges.""",
            """Garder les vieux bâtiments debout, and welcome people the way my grandparents
            did, simplement.""",
            tz=1,
            langs=["fr", "en"],
            loc="Chignin",
        ),
        b=person(
            "Killian Rossetti-Marsh",
            """I'm a timber-frame carpenter with twenty years behind me, trained in the
            Compagnons' workshops in France and then in the Lake District, now based near
            Chambéry. I repair and convert old barns and farmhouses: replacing rotten beams
            with scarf joints, adding floors and mezzanines, opening walls for glazing without
            weakening the frame, and working with local oak and larch. I have a team of three,
            a mobile sawmill and a crane lorry, and I've converted eleven barns into houses,
            shops and a cheese dairy.""",
            """I'm looking for owners of old barns who want to give them a new use without
            losing their soul, with a winter free for the work, a budget set after my survey,
            and enough trust to let me change the plan when the frame tells me to. The Bauges or
            the Chambéry valleys ideally, and I'd like to photograph the job for my portfolio.""",
            """Repair before replacing; an old frame is a document of how people built, and it
            can stand another three hundred years.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Chambéry",
        ),
        twin=person(
            "Corentin Ashdown-Blanc",
            """Charpentier traditionnel, trained in England and in Savoie, je restaure des
            granges, des chalets et des greniers: remplacement de poutres, assemblages à
            l'ancienne, planchers, ouvertures pour vitrages sans affaiblir la structure. I work
            with local oak and larch et j'ai une petite équipe de deux, with a mobile sawmill.
            I've converted nine barns into homes, gîtes and a village shop since 2010, most of
            them in the Chartreuse and the Beaufortain.""",
            """I need a crane hire company that will rent me a 30-tonne mobile crane with a
            driver by the day in the mountains, parce que les loueurs de la vallée refusent
            les routes étroites et les chantiers en pente. A yearly agreement would be
            great.""",
            """Respecter le bois et ceux qui l'ont travaillé avant nous; a good repair is one the
            next carpenter will thank you for.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Hamish Kerr-Lamartine",
            """I own a wine shop in Islington that specialises in Alpine wines, from Savoie, the
            Valais and Alto Adige, with a tasting bar and a mail-order list of 4,000
            customers. J'importe moi-même, with my own bonded warehouse, et je fais venir deux
            ou trois vignerons par an pour des dîners. Our customers are curious and loyal, and
            they love wines nobody else stocks; we sold 30,000 bottles last year.""",
            """Je cherche une vigneronne de Savoie qui me vende de la mondeuse et de la jacquère
            en direct, about 3,000 bottles a year, et qui vienne faire une soirée dégustation
            à Londres chaque printemps. I'd pay on collection and sign for three vintages, and I'd bring a group of
            customers to the estate each September.""",
            """Small growers, real wines, fair prices both ways; je veux que mes clients sachent qui
            a fait le vin.""",
            tz=0,
            langs=["en", "fr"],
        ),
        trap=person(
            "Declan Bouvier-Hart",
            """Timber-frame carpenter, twenty years, trained with the Compagnons in France and
            then in the Lake District, now near Chambéry: I repair and convert old barns and
            farmhouses into houses, shops and even a cheese dairy, replace rotten beams with scarf joints, add floors, open walls for
            glazing, with local oak and larch, a team of three, a mobile sawmill and a crane
            lorry. Eleven barns converted so far.""",
            """I'm looking for owners of old barns who want a new use without losing their
            soul, with a winter for the work, a budget after my survey and the trust to change
            the plan when the frame says so, in Savoie or the Bauges, with photos of the job
            for my portfolio.""",
            """Repair before replacing; an old frame is a record of how people built, and it can
            stand another three hundred years.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 108 --------------------------------------------------------------- trap: visibility
    pair(
        108,
        "cross",
        "steam-locomotive-boilers",
        "A's narrow-gauge steam railway has boilers failing inspection; B is a boilermaker who "
        "rebuilds locomotive boilers.",
        a=person(
            "Gwendolen Ap Iorwerth",
            """I'm the general manager of a narrow-gauge steam railway in north Wales: thirteen
            miles of track, six locomotives, the oldest from 1893, about 180,000 passengers a
            year, and a workshop with eight paid fitters and a hundred volunteers. We're a
            charity, we run every day from Easter to October, and the line is the biggest
            employer in the valley.""",
            """Three of our six engines are out of service because their boilers failed the
            ten-year inspection: wasted firebox plates, cracked tubeplates, pitted barrels. UK
            boiler shops are booked for four years, we're running a reduced timetable with
            diesel, and ticket income fell by a quarter last summer. Our insurer's inspector is
            losing patience.""",
            """Keep the old engines working for the next generation, with the skills passed on
            properly, and never cut a corner on safety.""",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Porthmadog",
        ),
        b=person(
            "Marius Decamps-Rivière",
            """Je suis chaudronnier spécialisé dans les chaudières de locomotives à vapeur
            depuis vingt-cinq ans. Mon atelier de Saint-Quentin, huit personnes, refait les
            foyers en cuivre ou en acier, les plaques tubulaires, les corps cylindriques et le
            rivetage à chaud, et nous passons les épreuves hydrauliques avec les organismes
            agréés français et anglais. Nous avons reconstruit trente-deux chaudières pour des
            chemins de fer touristiques en France, en Belgique, en Suisse et au Pays de Galles,
            dont plusieurs à voie étroite.""",
            """Je voudrais des contrats sur plusieurs machines avec un même réseau, pour planifier
            l'atelier sur deux ou trois ans, y compris outre-Manche: nous pouvons faire venir
            les chaudières en camion ou envoyer une équipe. Il me faut un client qui fournisse
            les plans d'origine et qui paie par étapes.""",
            """Un travail de précision, fait pour durer cinquante ans, et des jeunes formés au
            rivetage pour que le métier ne meure pas.""",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Quentin",
        ),
        twin=person(
            "Guillaume Fortier-Aubry",
            """Chaudronnier en chaudières à vapeur depuis vingt ans, je répare les chaudières
            de locomotives, de bateaux à vapeur et de machines agricoles anciennes: foyers,
            tubes, plaques tubulaires, rivetage à chaud, épreuves hydrauliques avec les
            organismes agréés. Mon atelier de six personnes, près de Lyon, travaille pour des
            musées, des associations et trois chemins de fer touristiques, et nous avons
            reconstruit une vingtaine de chaudières depuis 2005.""",
            """J'ai besoin d'un fournisseur de tôles de cuivre et d'acier chaudière certifiées,
            en épaisseurs de 10 à 20 mm, livrées découpées, parce que mon fournisseur allemand a
            cessé de servir les petits ateliers. Je cherche aussi un soudeur qualifié pour
            l'atelier.""",
            """La vapeur ne pardonne rien; chaque rivet doit être parfait, et je forme mes apprentis
            comme on m'a formé.""",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Bartholomew Croxley",
            """I'm a location manager for feature films and television, mostly period dramas.
            I've worked on twenty productions, I know every heritage railway in Britain, and I
            bring crews of eighty with generous location fees and a good reputation for
            leaving sites as we found them. My next production is a six-part drama set in
            1890s Wales, with a big budget and a broadcaster already attached.""",
            """I need a Welsh steam railway with a working Victorian locomotive and carriages
            that we can hire for five days of filming next spring, with a crew to run the
            train and a stretch of line closed to the public for two of those days. We'd pay the
            fee in advance and credit the railway on screen.""",
            """Authentic places make honest films; we pay well, we tidy up, and we leave people
            glad they said yes.""",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Léopold Vandamme-Roche",
            """Chaudronnier spécialisé depuis vingt-cinq ans dans les chaudières de locomotives à
            vapeur: foyers en cuivre ou en acier, plaques tubulaires, corps cylindriques,
            rivetage à chaud, épreuves hydrauliques avec les organismes agréés, pour des
            chemins de fer touristiques en France, en Belgique, en Suisse et au Pays de Galles,
            avec un atelier de huit personnes en Picardie.""",
            """Je voudrais des contrats sur plusieurs machines avec un même réseau, pour planifier
            l'atelier sur deux ou trois ans, y compris outre-Manche: nous pouvons faire venir
            les chaudières en camion ou envoyer une équipe, avec les plans d'origine fournis et
            un paiement par étapes.""",
            """Un travail de précision fait pour durer cinquante ans, et des jeunes formés au
            rivetage pour que le métier ne meure pas.""",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 109 --------------------------------------------------------------- trap: commitment
    pair(
        109,
        "fr",
        "velo-cargo-livraison-maree",
        "A tient une poissonnerie qui veut livrer ses plateaux en ville; B livre en vélo-cargo "
        "réfrigéré.",
        a=person(
            "Muriel Fabrègue-Sol",
            "Je tiens une poissonnerie à Sète, 120 plateaux de fruits de mer le week-end.",
            "Qqn qui porte mes plateaux chez les clients, au frais, en moins d'une heure.",
            "Le poisson du matin.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Sète",
        ),
        b=person(
            "Jordi Ferrandis",
            "Coursier en vélo-cargo avec caisson réfrigéré, à Sète et Montpellier.",
            "Des commerces qui me confient leurs tournées du vendredi au dimanche.",
            "Livrer sans moteur.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Sète",
        ),
        twin=person(
            "Basile Lafosse-Arnal",
            "Livreur à vélo-cargo en ville, colis et courses, avec caisson isotherme.",
            "Un fabricant qui me construise un deuxième vélo avec assistance renforcée.",
            "Pédaler utile.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Hugo Paoletti-Marsa",
            "Restaurateur à Montpellier, deux brasseries de poisson.",
            "Un poissonnier qui me livre 40 kg de poisson du jour chaque matin.",
            "Frais ou rien.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Quentin Estève",
            "Coursier à vélo-cargo avec caisson réfrigéré, entre Sète et Montpellier.",
            "Des commerces qui me confient leurs tournées du vendredi au dimanche.",
            "Livrer sans moteur.",
            ro=["operations"],
            rs=["sales"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 110 --------------------------------------------------------------- trap: timezone
    pair(
        110,
        "cross",
        "campsite-treehouses",
        "A's farm campsite wants treehouse lodges in its old oaks; B builds treehouses without "
        "harming the trees.",
        a=person(
            "Rosine Laborderie",
            """Avec mon mari, je tiens un camping à la ferme dans le Périgord vert: quarante
            emplacements, trois roulottes, une piscine naturelle, et nos vaches limousines
            autour. Nous accueillons environ 3 000 personnes par été, beaucoup de familles
            hollandaises et anglaises, et nous avons un bois de chênes centenaires au bord du
            pré.""",
            """Je voudrais faire construire quatre cabanes perchées dans ces chênes, pour deux à
            cinq personnes, avec une terrasse, des toilettes sèches et un escalier sûr pour les
            enfants, sans blesser les arbres. Il me faut quelqu'un qui connaisse les arbres
            autant que la construction, et qui s'occupe des démarches avec la mairie. Budget
            d'environ 120 000 euros, travaux l'hiver prochain.""",
            """Dormir dans les arbres sans les abîmer, et faire vivre la ferme autrement.""",
            tz=1,
            langs=["fr"],
            loc="Nontron",
        ),
        b=person(
            "Torin Blackwell",
            "treehouse builder, 30 built, no nails in the tree, floating brackets",
            "owners w/ big healthy trees + a winter free for the build",
            "the tree comes first",
            tz=0,
            langs=["en", "fr"],
            loc="Bergerac",
        ),
        twin=person(
            "Evander Ashworthy-Penn",
            "I build treehouses and tree platforms with special bolts that let trees grow.",
            "An arborist who can check my client's trees before I start.",
            "Trees first.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Amandine Chantegrel",
            "Je gère un site de réservation d'hébergements insolites, 200 000 visites/mois.",
            "Des campings avec des cabanes originales à mettre en ligne dès l'an prochain.",
            "L'insolite pour tous.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Callum Ashgrove-Reid",
            "treehouse builder in Oregon, 30 built, no nails in the tree, floating brackets",
            "owners with big healthy trees and a winter free for the build",
            "the tree comes first",
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
]
