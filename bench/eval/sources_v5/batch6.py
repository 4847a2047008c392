"""Pairs 76-90 of complementary_v5 (pair 87 was dropped: see the README)."""

from people import pair, person

PAIRS = [
    # 76 ---------------------------------------------------------------- trap: language
    pair(
        76,
        "cross",
        "rose-breeding",
        "A breeds new garden roses but cannot grow them in volume; B grows rose bushes by the "
        "million and loses ground to Dutch imports for lack of varieties of his own.",
        a=person(
            "Penelope Ashworth-Hale",
            """I've been breeding roses for thirty years, first in Shropshire and now in
            the Var, where the light is better. I cross by hand, sow about twenty thousand
            seedlings a year and keep perhaps three. I have eleven varieties nobody else
            has: scented, disease-resistant, flowering until November, two of them with
            gold medals from trial grounds in Germany. My garden is open on Sundays and
            my dogs greet everyone.""",
            """I can't turn a good seedling into a hundred thousand plants. I need someone
            with fields, grafting teams and buyers, who will grow my roses under licence,
            pay a royalty per plant, and get them into shops under their names.""",
            """A rose should smell like a rose and need no spraying.""",
            tz=1,
            langs=["en"],
            loc="Hyères",
        ),
        b=person(
            "Olivier Bonnefoy",
            """Je suis rosiériste dans le Val de Loire, troisième génération : soixante
            hectares, deux millions de rosiers greffés par an, une équipe de vingt
            greffeurs en été, et des clients dans toutes les jardineries de France. Nous
            avons aussi une roseraie d'exposition ouverte en juin. Je parle anglais,
            assez pour les salons.""",
            """Les Hollandais et les Allemands vendent des variétés nouvelles, protégées,
            avec des parfums et des noms qui font rêver, et moi je produis des rosiers que
            tout le monde a. Il me faudrait des obtentions à moi, exclusives, qui résistent
            aux maladies, pour que les jardineries me choisissent.""",
            """La qualité d'une plante se voit au bout de dix ans, pas au salon.""",
            tz=1,
            langs=["fr", "en"],
            loc="Doué-la-Fontaine",
        ),
        twin=person(
            "Marc-Henri Guillot",
            """Je produis des arbustes et des rosiers en conteneurs dans le Maine-et-
            Loire, quatre-vingts hectares, cinq cent mille pots par an, pour la
            grande distribution. Nos clients sont les grandes enseignes de bricolage
            et de jardinage.""",
            """Il me faut un directeur logistique qui réorganise les expéditions du
            printemps, parce que nos camions partent à moitié vides et en retard.
            Idéalement quelqu'un qui a déjà organisé une logistique saisonnière.""",
            """Livrer à l'heure, toujours.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Gillian Ferris",
            """I write gardening books and I'm doing one on scented roses for small
            gardens. My books sell well in Britain and America, and this one has a
            publisher waiting. I've written eight books and the new one has a
            publisher and a photographer.""",
            """A breeder who'll let me photograph her seedlings and tell me the story of
            each variety. I'd visit her garden twice in June and once in October. I'd
            need the history of each variety and permission to photograph them.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Alain Desmazières",
            """Rosiériste en Loire, un million et demi de rosiers greffés par an, des
            clients dans les jardineries. Une équipe de greffeurs l'été, et des
            clients dans tout le pays.""",
            """Des obtentions exclusives qui résistent aux maladies, pour que les
            jardineries me choisissent. Les Hollandais vendent des nouveautés
            protégées, et moi des rosiers que tout le monde a.""",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 77 ---------------------------------------------------------------- trap: consent
    pair(
        77,
        "en",
        "walking-holiday-inns",
        "A runs a Lake District pub with rooms empty midweek; B sells self-guided walking "
        "holidays and can't find beds along one stretch of its route.",
        a=person(
            "Wilf Braithwaite",
            "Pub + 8 rooms on the Coast to Coast path, Cumbria.",
            "Weekends full, Mon-Thu dead. Need midweek guests booked in advance.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Shap",
        ),
        b=person(
            "Harriet Quennell",
            """I run a self-guided walking holiday company: 3,500 walkers a year on long
            trails across northern England, with luggage moved between stops, route notes
            and a phone line. Most of our walkers are Americans and Australians who book a
            year ahead. I walked the Coast to Coast myself at sixty and started the firm
            the year after.""",
            """Between Patterdale and Kirkby Stephen we have almost no beds: the two
            guesthouses there retired and our walkers end up in taxis. I need somewhere on
            that stretch with a dozen beds, dinner and a drying room, that will hold beds
            for us all season.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Kendal",
        ),
        twin=person(
            "Giles Ambrose",
            """I run guided walking holidays in the Yorkshire Dales, small groups with a
            leader, 800 guests a year, mostly British retirees. Our leaders are
            qualified mountain guides and our groups are never more than twelve.""",
            """I need a marketing partner who can reach younger walkers online, because
            our clients are ageing and bookings fall every year. Ideally someone who
            has marketed outdoor holidays online.""",
            ro=["sales"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Jenny Metcalfe",
            """I'm a chef looking for a pub kitchen in the Lakes. I've cooked in two
            Lake District inns and know the local suppliers. I trained in Manchester
            and I know every farm supplier around Penrith.""",
            """A landlord who'll let me run his kitchen and keep the profit. Somewhere
            with rooms above, so the kitchen has guests every night. A kitchen with
            rooms upstairs, so there are diners every night.""",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Moira Pennycook",
            """I run a self-guided walking company, 2,000 walkers a year on northern
            trails, luggage moved for them. Most of our walkers are Americans and
            Australians who book a year ahead.""",
            """Beds with dinner and a drying room between Patterdale and Kirkby Stephen,
            held for us all season. The guesthouses on that stretch retired and our
            walkers end up in taxis.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 78 ---------------------------------------------------------------- trap: visibility
    pair(
        78,
        "cross",
        "sail-repair",
        "A makes and repairs sails in Brittany with a quiet winter; B runs a British yacht "
        "charter fleet whose sails come back torn every autumn.",
        a=person(
            "Morgane Le Floc'h",
            "Voilière à La Trinité-sur-Mer, atelier de 400 m².",
            "L'hiver, je n'ai presque rien à faire. Il me faut du volume.",
            tz=1,
            langs=["fr", "en"],
            loc="La Trinité-sur-Mer",
        ),
        b=person(
            "Roderick Pentreath",
            "I run a charter fleet of 35 yachts in Falmouth.",
            "Every autumn, half the sails come back torn. Local lofts are booked.",
            tz=0,
            langs=["en"],
            loc="Falmouth",
        ),
        twin=person(
            "Bryony Caddick",
            "I run a sailing school fleet of 20 dinghies in Poole.",
            "Instructors for next summer, I'm six short.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Tanguy Le Gall",
            "Je construis des bateaux en bois à Lorient.",
            "Une voilière qui coupe les voiles de mes bateaux neufs.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Jasper Trevithick",
            "I run 25 charter yachts out of Plymouth.",
            "Torn sails every autumn, and no loft free to fix them.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 79 ---------------------------------------------------------------- trap: commitment
    pair(
        79,
        "fr",
        "umbrella-workshop",
        "A fabrique des parapluies à la main à Aurillac et manque de commandes; B achète pour "
        "une chaîne d'hôtels dont les parapluies de prêt partent en lambeaux.",
        a=person(
            "Bernadette Vermenouze",
            """Nous fabriquons des parapluies à Aurillac depuis 1952 : montures en bois de
            hêtre ou de châtaignier, baleines en fibre de verre qui ne cassent pas au
            vent, toiles teintes en France, et chaque pièce est cousue et montée à la main
            par six artisanes. Un parapluie de chez nous dure vingt ans et se répare. Je
            chante dans la chorale de la cathédrale et je perds toujours mes clés.""",
            """Nos clients sont des particuliers qui reviennent chez nous tous les vingt
            ans, justement. Il nous faudrait de grosses commandes, régulières, d'un client
            qui en use beaucoup et veut du solide, avec son nom brodé dessus.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Aurillac",
        ),
        b=person(
            "Stéphane Kergoat",
            """Je dirige les achats d'une chaîne de quarante hôtels quatre étoiles en
            France et en Belgique. Nous prêtons des parapluies aux clients à la réception,
            et nous en rachetons environ six mille par an, fabriqués en Chine, qui cassent
            au premier coup de vent et finissent dans les poubelles de la rue.""",
            """Notre direction veut des objets qui durent et qui racontent quelque chose
            de la France, avec notre logo. Je cherche un fabricant capable de livrer des
            milliers de pièces robustes, réparables, et de les reprendre quand elles
            s'abîment.""",
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        twin=person(
            "Hélène Brivezac",
            """Je dirige les achats d'un groupe de résidences de tourisme sur la côte
            atlantique, trente résidences, beaucoup de familles. Nos résidences sont
            pleines l'été et accueillent des familles de toute l'Europe.""",
            """Un fournisseur de linge de lit et de serviettes qui livre et lave, car
            notre blanchisserie actuelle nous lâche en pleine saison. Idéalement un
            prestataire qui peut livrer trente sites en même temps.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Raphaël Teulade",
            """J'ai ouvert une boutique de cadeaux fabriqués en Auvergne, à Clermont-
            Ferrand. Ma boutique est près de la cathédrale et vend surtout aux
            touristes. La boutique est tenue par trois artisans associés, et nous
            vendons bien à Noël.""",
            """Un atelier local qui me fournit des parapluies faits main pour la
            vitrine. Quelques dizaines de pièces par saison, avec une jolie
            étiquette. Une cinquantaine de pièces par an, avec l'histoire de
            l'atelier.""",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Corinne Lebreton",
            """Je gère les achats d'un groupe de trente hôtels ; nous rachetons des
            milliers de parapluies de prêt par an qui cassent au premier coup de
            vent. Ils finissent dans les poubelles de la rue au premier coup de vent.""",
            """Un fabricant qui livre des pièces robustes et réparables à notre logo.
            Notre direction veut des objets qui durent et qu'on peut reprendre s'ils
            s'abîment.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 80 ---------------------------------------------------------------- trap: timezone
    pair(
        80,
        "cross",
        "ocular-prosthetics",
        "A makes custom artificial eyes and has just moved to France without patients; B is "
        "an eye surgeon whose patients wait months for a prosthesis after surgery.",
        a=person(
            "Bethany Colquhoun",
            """I'm an ocularist: I make custom artificial eyes in acrylic, hand-painted to
            match the other eye, for people who lost one to cancer, injury or infection.
            Fourteen years at a London hospital, around 2,000 patients fitted, and I teach
            the technique at a European workshop. I moved to Lyon with my husband this
            year and I speak French reasonably.""",
            """I have a workshop and no one to fit. I need a surgical team that sends people
            to me after an operation, lets me see them early, and works with me so the
            socket is shaped well for what I'll fit.""",
            """Help people look in the mirror again.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Lyon",
        ),
        b=person(
            "Docteure Agnès Morel-Tardy",
            "Chirurgienne de l'orbite aux HCL, Lyon. 150 patients énucléés par an.",
            "Ils attendent six mois une prothèse, souvent mal faite. C'est un drame.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        twin=person(
            "Docteur Pierre Vaissière",
            "Chirurgien ophtalmologue à Grenoble, cataracte surtout.",
            "Un gestionnaire pour ouvrir un centre privé de chirurgie.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Docteure Inès Bellamy",
            "Ophtalmologue à Lyon, je suis beaucoup d'enfants.",
            "Une orthoptiste associée, ma liste d'attente déborde.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Hamza Tazi",
            "I make cosmetic coloured contact lenses in a small lab.",
            "An experienced eye-painter to teach my technicians iris painting.",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Docteure Maïa Teriierooiterai",
            "Chirurgienne ophtalmologue à Papeete, beaucoup d'énucléations.",
            "Mes patients attendent des mois une prothèse, souvent mal faite.",
            ro=["domain"],
            rs=["domain"],
            tz=-10,
            langs=["fr", "en"],
        ),
    ),
    # 81 ---------------------------------------------------------------- trap: language
    pair(
        81,
        "mixed",
        "english-comedy-nights",
        "A runs English-language stand-up nights in Paris and keeps losing venues; B owns a "
        "bar with a vaulted cellar that is empty early in the week.",
        a=person(
            "Dylan Mercier-O'Connell",
            """Je suis franco-irlandais et I run stand-up comedy nights in English à Paris
            depuis six ans: forty comedians on my list, a mailing list of 9,000 expats,
            students et Parisiens qui veulent pratiquer leur anglais. On vend 80 à 120
            tickets par soirée. In the day I teach English at a business school.""",
            """Le problème, c'est le lieu: every venue we've used got sold, renovated or
            decided we were too loud. Je cherche un endroit fixe, un soir ou deux par
            semaine, with a room people can find and a bar that's happy to sell drinks to a
            full house.""",
            """Funny first, then everything else. Pas de blagues qui cognent vers le bas.""",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Thierry Gaudebert",
            """J'ai un bar à vins dans le Marais avec une cave voûtée de cent places, du
            XVIIe siècle, très belle, avec une petite scène qu'un ancien locataire avait
            montée. Le bar marche bien du jeudi au samedi. J'ai repris l'affaire il y a
            trois ans après vingt ans dans la banque.""",
            """Du lundi au mercredi, la cave est vide et le bar à moitié. Mes charges, elles,
            tournent tous les jours. Il me faudrait un rendez-vous fixe en début de semaine
            qui remplisse la cave et fasse consommer, sans que je doive l'organiser.""",
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        twin=person(
            "Nadège Pellerin",
            """J'ai un bar à cocktails à Pigalle avec une salle à l'étage qui sert pour
            les anniversaires ; le bar tourne bien toute la semaine. Notre clientèle
            est jeune et fidèle, et nos cocktails sont réputés.""",
            """Il me faut un barman en chef qui crée une carte et forme l'équipe, car
            mon chef barman part à Londres en janvier. Idéalement quelqu'un qui a
            déjà dirigé un bar à Paris.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Priya Raman",
            """I'm a stand-up comic who just moved to Paris from Leeds. I've done the
            circuit in Leeds and Manchester for six years and I have a tight twenty
            minutes. I've done festivals in Edinburgh and a couple of TV warm-up
            gigs.""",
            """Someone who runs English comedy nights and can give me stage time.
            Ideally somewhere I can play every month while I build an audience here.
            Stage time every month, with an audience who get English jokes.""",
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Javier Montalbán",
            """Tengo un bar de vinos en Madrid con una bodega abovedada de cien plazas,
            vacía de lunes a miércoles. El bar funciona bien de jueves a sábado.""",
            """Una cita fija a principio de semana que llene la bodega. Sin tener que
            organizarla yo.""",
            tz=1,
            langs=["es"],
        ),
    ),
    # 82 ---------------------------------------------------------------- trap: consent
    pair(
        82,
        "cross",
        "carousel-restoration",
        "A restores antique fairground carousels; B's British heritage theme park wants an "
        "authentic old carousel and cannot find anyone to rebuild one.",
        a=person(
            "Lucien Bouvart-Fayolle",
            "Je restaure des manèges forains anciens : chevaux de bois, orgues, décors.",
            "Les forains n'ont plus d'argent. Il me faut des clients qui en ont.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Roubaix",
        ),
        b=person(
            "Penelope Ashby-Crewe",
            "I run a Victorian-themed heritage park in Kent, 300k visitors.",
            "We bought a rotting 1890s roundabout. Nobody in the UK can bring it back.",
            tz=0,
            langs=["en"],
            loc="Maidstone",
        ),
        twin=person(
            "Graham Tolley",
            "I run a heritage railway and park in Sussex.",
            "A caterer to take over our tea rooms and station café.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Firmin Lecoq",
            "Forain, j'ai un vieux manège de 1920 qui tombe en morceaux.",
            "Un restaurateur qui me le remet en état pour la saison.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Quentin Hallworth",
            "I run a Victorian heritage park in Essex.",
            "We own a rotting 1890s roundabout and nobody here can bring it back.",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 83 ---------------------------------------------------------------- trap: visibility
    pair(
        83,
        "mixed",
        "fear-of-flying-courses",
        "A is a former flight attendant who runs courses for people afraid of flying; B runs "
        "a regional airport that wants more local passengers.",
        a=person(
            "Sabrina Lefort-Whyte",
            """Ex-hôtesse de l'air, now a therapist: j'anime des stages pour les gens qui
            ont peur de l'avion, with a pilot and a simulator.""",
            """Mes stages sont à Paris only; j'aimerais des groupes en région, with real
            planes on the tarmac pour la dernière étape.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Frédéric Lagarrigue",
            """Je dirige l'aéroport de Rodez : six lignes régulières, cent mille passagers
            par an, des avions qui restent au sol entre deux rotations. Les sondages
            montrent qu'un habitant sur cinq de l'Aveyron n'a jamais pris l'avion, et
            beaucoup disent que c'est par peur. Nous avons un hall vide en milieu de
            journée et une compagnie partenaire prête à aider.""",
            """Je voudrais transformer ces gens qui n'osent pas en passagers, avec quelque
            chose de sérieux, encadré par des professionnels qui savent les rassurer, et
            qui finisse par un vrai vol depuis chez nous.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Rodez",
        ),
        twin=person(
            "Christelle Vabre",
            """Je dirige un aéroport régional dans le Tarn, deux lignes, et des pistes
            souvent vides. Nos pistes sont en bon état et nous avons un hall rénové
            l'an dernier.""",
            """Une compagnie aérienne qui ouvre une ligne vers Londres, j'ai les
            subventions. Idéalement une compagnie qui connaît le marché britannique.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Nicole Desbrosses",
            """J'ai une peur panique de l'avion et ma fille vit à Montréal. J'ai annulé
            deux voyages à la dernière minute et je m'en veux. J'ai essayé l'hypnose
            et les médicaments, rien n'a marché.""",
            """Quelqu'un qui m'aide à monter dans un avion sans crise. Je voudrais y
            arriver avant Noël. Quelqu'un qui connaît les avions et qui sait parler
            aux gens comme moi.""",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Laurent Cabanac",
            """Je dirige l'aéroport d'Aurillac ; beaucoup d'habitants n'ont jamais pris
            l'avion, par peur. Nous avons un hall vide en milieu de journée et une
            compagnie partenaire.""",
            """Quelque chose de sérieux pour les rassurer, qui finisse par un vrai vol
            depuis chez nous. Encadré par des professionnels qui savent rassurer.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 84 ---------------------------------------------------------------- trap: commitment
    pair(
        84,
        "cross",
        "surplus-hospital-equipment",
        "A collects decommissioned hospital equipment in Geneva and has no trusted place to "
        "send it; B runs a district hospital in Benin short of beds and monitors.",
        a=person(
            "Alistair Drummond-Vaud",
            """I'm a retired Red Cross logistician and I run a small charity in Geneva that
            collects hospital equipment Swiss hospitals replace every few years: beds,
            monitors, ultrasound machines, sterilisers, all working. We test and repair
            everything in a warehouse with four volunteer technicians, and we can fill a
            container every two months. My French is fine, my German is hopeless.""",
            """We've been burned before: equipment sent to hospitals that couldn't use it,
            or that ended up sold at a market. I need a partner on the receiving end who
            knows exactly what's missing, has staff to run it and will tell us honestly
            what's working a year later.""",
            """Send what's needed, not what's convenient.""",
            tz=1,
            langs=["en", "fr"],
            loc="Geneva",
        ),
        b=person(
            "Docteur Florentin Agbodjan",
            """Je dirige un hôpital de district à Parakou, au Bénin : cent soixante lits,
            une maternité très chargée, un bloc opératoire, et une équipe de biomédicaux
            formés qui savent entretenir les appareils. Je suis chirurgien de formation et
            j'ai fait une partie de mon internat à Lille.""",
            """Nos lits sont cassés, nous avons deux moniteurs pour tout le bloc et pas
            d'échographe à la maternité. Les budgets de l'État ne suffisent pas. Je
            voudrais du matériel solide, en état, choisi avec nous, et qu'on puisse
            réparer ici.""",
            """Soigner tout le monde, dignement.""",
            tz=1,
            langs=["fr", "en"],
            loc="Parakou",
        ),
        twin=person(
            "Docteure Mariam Soumanou",
            """Je dirige une clinique de santé maternelle à Cotonou, quarante lits, bien
            équipée grâce à une fondation. Notre clinique est moderne et nos salles
            d'accouchement sont bien équipées.""",
            """Il me faut des sages-femmes formées aux urgences obstétricales, car je
            perds mes meilleures sages-femmes qui partent en Europe. Idéalement des
            formatrices qui peuvent rester six mois.""",
            """Aucune mère ne doit mourir en donnant la vie.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Christophe Margot",
            """Je gère le parc biomédical d'un hôpital vaudois et nous remplaçons cent
            lits cette année. Nos lits et nos moniteurs sont en bon état, simplement
            remplacés par des modèles plus récents.""",
            """Une association sérieuse qui récupère, teste et envoie notre ancien
            matériel là où il servira. Je ne veux pas qu'ils finissent à la
            déchetterie.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Docteur Isidore Houngbédji",
            """Je dirige un hôpital de district à Natitingou, cent vingt lits, avec des
            biomédicaux formés. Nous avons un bloc opératoire et une maternité très
            chargée.""",
            """Nos lits sont cassés et le bloc manque de moniteurs ; il me faut du
            matériel solide, choisi avec nous, réparable ici. Les budgets de l'État
            ne suffisent pas.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 85 ---------------------------------------------------------------- trap: timezone
    pair(
        85,
        "fr",
        "sewing-machine-repair",
        "A répare des machines à coudre et manque de gros clients; B dirige un atelier de "
        "couture d'insertion dont la moitié des machines est en panne.",
        a=person(
            "Gilbert Espanet",
            "Je répare les machines à coudre, familiales et industrielles. 30 ans.",
            "Des particuliers, une réparation par semaine. Il me faut du volume.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Marseille",
        ),
        b=person(
            "Leïla Bensaïd",
            "Je dirige un atelier de couture d'insertion, 40 machines.",
            "La moitié est en panne, les salariées attendent. On perd des commandes.",
            tz=1,
            langs=["fr"],
            loc="Marseille",
        ),
        twin=person(
            "Danièle Roux",
            "Je dirige un atelier de retouches d'insertion à Toulon.",
            "Des clients professionnels, des hôtels, des pressings.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Julie Caracciolo",
            "Je veux apprendre à réparer les machines à coudre.",
            "Un réparateur qui me prend en apprentissage.",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Hinano Teriitahi",
            "Je dirige un atelier de couture d'insertion à Papeete.",
            "La moitié des machines sont en panne, on perd des commandes.",
            tz=-10,
            langs=["fr"],
        ),
    ),
    # 86 ---------------------------------------------------------------- trap: language
    pair(
        86,
        "cross",
        "anjou-slate",
        "A runs one of the last slate quarries in Anjou and sells little; B is a heritage "
        "roofer in England who can no longer get slate of the right quality.",
        a=person(
            "Jean-Yves Bodineau",
            """Je dirige l'une des dernières ardoisières d'Anjou, à Trélazé. Nous
            extrayons en souterrain, à quatre cents mètres, une ardoise fine et bleue qui
            tient cent cinquante ans sur un toit. Nous sommes vingt-deux, fendeurs et
            mineurs, et les fendeurs ont tous plus de cinquante ans. Le week-end, je
            restaure une vieille Peugeot 203 avec mon fils.""",
            """Les couvreurs français achètent de l'ardoise espagnole deux fois moins chère,
            et nos stocks montent. Il nous faudrait des clients qui exigent la qualité et
            la durée, qui paient pour, et qui prennent des volumes réguliers sur plusieurs
            années.""",
            """Un toit bien fait, c'est pour les petits-enfants.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Trélazé",
        ),
        b=person(
            "Gwilym Prothero",
            """I run a heritage roofing firm in Shropshire: twenty-five roofers, listed
            churches, country houses, cathedral work, and a long waiting list. Welsh slate
            has always been our material, but the quarries I used are closing or sold out
            years ahead. I lived in Angers for a year as a student, and my French has held
            up.""",
            """Conservation officers won't accept cheap imported slate on listed roofs, and
            I have three jobs stalled for lack of material. I need a source of thin,
            durable blue slate with a proven history, in steady volumes, with someone who
            understands what heritage work demands.""",
            """Repair, don't replace. Match what was there.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            loc="Shrewsbury",
        ),
        twin=person(
            "Edwina Tregarthen",
            """I run a roofing firm in Cornwall specialising in listed buildings,
            fifteen roofers and a scaffolding team. Our roofers have worked on three
            cathedrals and many listed houses.""",
            """I need an apprenticeship partner, a college that can train young roofers
            in heritage skills, because I can't recruit anyone under thirty. Ideally
            a college within an hour of Truro.""",
            """Pass the trade on.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Mathilde Guérineau",
            """Je suis architecte du patrimoine à Angers et je restaure un château dont
            le toit doit être refait. Le château date du XVIe siècle et les Bâtiments
            de France veulent de l'ardoise locale. Le chantier commence en mars avec
            une entreprise de couverture de Saumur.""",
            """Une ardoisière locale qui fournit de l'ardoise d'origine pour mon
            chantier. Environ quarante tonnes, livrées au printemps. Une ardoise fine
            et bleue, de la même provenance que l'originale.""",
            ro=["design"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Barnaby Whitlock",
            """I run a heritage roofing firm in Herefordshire; the slate quarries I used
            are sold out for years. Listed churches and country houses, and a long
            waiting list.""",
            """Thin, durable blue slate with a proven history, in steady volumes.
            Conservation officers won't accept cheap imports on listed roofs.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
    ),
    # 88 ---------------------------------------------------------------- trap: visibility
    pair(
        88,
        "cross",
        "sea-survival-training",
        "A is a retired lifeboat coxswain who teaches cold-water survival; B runs a maritime "
        "high school whose pupils go to sea without practical survival training.",
        a=person(
            "Callum Stroud",
            """I was coxswain of an RNLI lifeboat in Cornwall for nineteen years and pulled
            more than four hundred people out of the sea. Since retiring I teach
            cold-water survival: getting into a life raft in waves, staying alive in the
            water, helping someone else. I have an approved syllabus, two rafts and
            immersion suits for twenty. I moved to Finistère two years ago and I'm
            learning French.""",
            """Here I have the kit and nobody to teach. I'd like a school that trains
            young people for the sea, has a pool and a harbour, and wants its students to
            have done it for real before their first trip.""",
            """The sea doesn't care how brave you are. Practise until it's boring.""",
            ro=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Douarnenez",
        ),
        b=person(
            "Annick Kerhervé",
            """Je dirige un lycée professionnel maritime dans le Finistère : deux cent
            quarante élèves, futurs marins-pêcheurs, mécaniciens et matelots de commerce.
            Nous avons une piscine, un bateau-école et un quai. Je suis fille et
            petite-fille de patrons pêcheurs.""",
            """Nos élèves partent en stage embarqué avec un certificat théorique, mais
            beaucoup n'ont jamais sauté à l'eau habillés ni retourné un radeau. Deux
            anciens élèves sont morts en mer ces dix dernières années. Je veux qu'ils
            sachent quoi faire, pour de vrai, avant de monter à bord.""",
            """Former des marins qui rentrent au port.""",
            tz=1,
            langs=["fr"],
            loc="Guilvinec",
        ),
        twin=person(
            "Yannick Le Berre",
            """Je dirige un centre de formation maritime pour adultes à Lorient, brevets
            de capitaine et de mécanicien. Nos stagiaires sont des marins
            expérimentés qui veulent monter en grade.""",
            """Il me faut des formateurs en électronique embarquée, car nos stagiaires
            ne savent pas utiliser les nouveaux équipements de navigation. Idéalement
            des formateurs qui connaissent les radars et les cartes électroniques.""",
            """La sécurité en mer, c'est la compétence.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Hugh Penrose",
            """I skipper a small yacht delivery company and my crews are mostly young
            volunteers. We deliver yachts from Falmouth to the Caribbean and the Med
            every autumn. We've had two people overboard in five years, both
            recovered, luckily.""",
            """An experienced survival instructor to train my crews before the autumn
            deliveries. Ideally a one-week course my crews can do before they sail.
            Someone with real rescue experience, not just a certificate.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Soazig Cloarec",
            """Je dirige un lycée maritime dans le Morbihan, avec piscine et bateau-
            école. Nos élèves seront marins-pêcheurs, mécaniciens ou matelots.""",
            """Nos élèves n'ont jamais retourné un radeau ni sauté habillés ; je veux
            qu'ils sachent quoi faire avant d'embarquer. Ils partent en stage avec un
            certificat théorique seulement.""",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 89 ---------------------------------------------------------------- trap: commitment
    pair(
        89,
        "en",
        "relief-milking",
        "A runs a team of relief milkers; B's dairy farmers' group never gets a day off.",
        a=person(
            "Bethan Griffiths",
            "I run 9 relief milkers, all trained on parlours + robots.",
            "Our bookings are random. Want regular customers who book us all year.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Carmarthen",
        ),
        b=person(
            "Iwan Pritchard",
            "I chair a group of 40 dairy farms in Carmarthenshire.",
            "None of us has had a week off in years. Marriages are suffering.",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Llandeilo",
        ),
        twin=person(
            "Dafydd Evans",
            "I chair a dairy discussion group, 30 farms.",
            "A vet who'll run herd-health plans for all of us.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        twin2=person(
            "Gareth Lloyd-Jones",
            "I run 3 dairy farms in Pembrokeshire.",
            "A buyer who pays more for our milk than the co-op.",
            ro=["sales"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Tomos Rees",
            "Ag college leaver, I can milk, I want shifts.",
            "A team that'll send me to farms and teach me robots.",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Eleri Howells",
            "I chair a group of 35 dairy farms in Ceredigion.",
            "Nobody's had a week off in years.",
            ro=["sales"],
            rs=["operations"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 90 ---------------------------------------------------------------- trap: timezone
    pair(
        90,
        "mixed",
        "ghost-net-recovery",
        "A is a dive instructor who recovers lost fishing nets from wrecks; B chairs a "
        "fishermen's association whose members lose nets and pay to replace them.",
        a=person(
            "Océane Battistelli",
            """Monitrice de plongée à Marseille, I lead a team of 15 volunteer divers qui
            sortent de l'eau le matériel de pêche abandonné on wrecks and reefs.""",
            """On plonge au hasard, we don't know where the nets are. J'ai besoin de gens
            who know exactly where they lost them.""",
            tz=1,
            langs=["fr", "en"],
            loc="Marseille",
        ),
        b=person(
            "Antoine Fabbri",
            """Je préside la prud'homie des pêcheurs de Marseille : cent vingt petits
            bateaux, des familles de pêcheurs depuis des générations. Chaque hiver, nos
            membres perdent des filets sur les épaves et les roches, parfois des
            kilomètres. Un filet neuf coûte deux mille euros.""",
            """Les filets perdus continuent de pêcher pour rien, et on nous accuse de
            saccager la mer. Je voudrais qu'on puisse les faire remonter, qu'on nous aide
            à les retrouver et à les réparer quand c'est possible.""",
            tz=1,
            langs=["fr"],
            loc="Marseille",
        ),
        twin=person(
            "Joseph Ciccolini",
            """Je préside une coopérative de pêcheurs à Toulon, quarante bateaux et une
            criée. Nos pêcheurs rapportent beaucoup d'espèces oubliées, très bonnes à
            manger.""",
            """Il me faut un acheteur pour nos poissons moins connus, que personne ne
            veut à la criée. Idéalement quelqu'un qui connaît les restaurants et les
            poissonniers de la région.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Lou Garnier",
            """Je suis plongeuse niveau 3 et je veux faire du bénévolat utile. J'ai cent
            plongées et je suis disponible les week-ends. J'ai fait du ramassage de
            déchets sur les plages avec une association.""",
            """Une équipe qui plonge pour nettoyer les fonds et m'emmène. Idéalement
            près de Marseille, avec des sorties régulières. Une équipe sérieuse qui
            plonge sur des épaves.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Teva Maraetaata",
            """Je préside une association de pêcheurs à Papeete ; nos membres perdent
            des filets chaque saison. Chaque filet neuf coûte très cher à nos
            familles de pêcheurs.""",
            """Les faire remonter, les retrouver et les réparer quand c'est possible.
            Ces filets continuent de pêcher pour rien.""",
            tz=-10,
            langs=["fr", "en"],
        ),
    ),
]
