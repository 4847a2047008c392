"""Pairs 31-45 of complementary_v5."""

from people import pair, person

PAIRS = [
    # 31 ---------------------------------------------------------------- trap: language
    pair(
        31,
        "cross",
        "stone-carving-field-school",
        "A carves stone on a cathedral site and wants apprentices and income; B runs a US "
        "university summer school in heritage conservation that lacks hands-on sites.",
        a=person(
            "Aurélien Mazelier",
            """Je suis tailleur de pierre et compagnon du Devoir, et depuis neuf ans je
            travaille sur le chantier de restauration de la cathédrale de Bourges : gargouilles,
            pinacles, remplages. Mon entreprise a six tailleurs, une loge couverte de
            quatre cents mètres carrés avec des établis pour douze personnes, et la
            confiance de l'architecte en chef. Je fais aussi du cidre avec mes voisins,
            pour le plaisir.""",
            """Le chantier est financé par tranches et l'argent arrive toujours en retard.
            J'ai des établis vides l'été et personne pour reprendre le métier après nous.
            Je voudrais accueillir chaque année des jeunes motivés qui paient leur
            formation, sans avoir à les trouver moi-même ni gérer leur logement, leurs
            assurances et leurs papiers.""",
            """La pierre ne pardonne pas la paresse. On apprend en faisant, pas en
            regardant.""",
            tz=1,
            langs=["fr"],
            loc="Bourges",
        ),
        b=person(
            "Meredith Vanderpool",
            """I direct the historic preservation programme at a university in Virginia.
            Every summer I take twenty graduate students abroad for six weeks, with housing,
            insurance, visas and credits all handled by our office, and the tuition covers a
            generous fee to a host. I read French well and speak it slowly. I used to
            restore timber barns in Pennsylvania before teaching.""",
            """Our students read about Gothic cathedrals and have never held a chisel. The
            site we used in Italy closed. I need a master craftsman on a real restoration
            project who will let students work beside his team, teach them the basics of
            cutting and fitting, and sign off on what they did.""",
            """Learn with your hands, respect the original fabric.""",
            tz=-5,
            langs=["en", "fr"],
            loc="Charlottesville",
        ),
        twin=person(
            "Graham Oosterhuis",
            """I run an architecture study-abroad programme from a college in Ohio,
            forty students each spring in Paris, with housing and visas managed by
            our staff and a studio rented in the Marais. Our students are mostly
            second-year masters students and they love Paris.""",
            """I need a French architecture firm that will take our students as paid
            interns for a semester on digital design projects, because our sponsors
            want office experience, not fieldwork. Ideally someone with a network of
            firms that take interns every semester.""",
            """Global studio culture.""",
            tz=-5,
            langs=["en", "fr"],
        ),
        one=person(
            "Baptiste Royer",
            """J'ai 19 ans, je sors d'un CAP maçonnerie et je rêve de tailler la pierre
            des cathédrales. J'ai déjà taillé quelques blocs au lycée et je veux
            apprendre le métier sur un vrai monument. Je travaille déjà le week-end
            chez un maçon qui restaure des fermes.""",
            """Un compagnon tailleur qui me prend sur un vrai chantier de restauration
            et m'apprend le trait. Je suis prêt à déménager n'importe où en France.
            Un apprentissage de deux ans, avec le CAP de tailleur de pierre au bout.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Lydia Farnsworth",
            """I direct a heritage conservation summer school at a college in Vermont:
            eighteen graduate students, six weeks abroad, housing and insurance
            handled. The tuition pays a generous fee to the host, and our office
            handles the visas.""",
            """A master stone carver on a live cathedral restoration who will let
            students work beside his team and sign off on their work. Our students
            have read about Gothic cathedrals and never held a chisel.""",
            tz=-5,
            langs=["en"],
        ),
    ),
    # 32 ---------------------------------------------------------------- trap: consent
    pair(
        32,
        "en",
        "ice-cream-vans-winter",
        "A's ice-cream vans sit idle all winter; B's charity delivers hot and frozen meals to "
        "isolated elderly people and is short of vehicles that keep food cold.",
        a=person(
            "Luca Marchetti-Boyd",
            "12 ice-cream vans, Glasgow. Idle Oct-Mar. Drivers laid off every winter.",
            "Want winter work for vans + drivers so I can keep them on all year.",
            ro=["operations"],
            tz=0,
            langs=["en"],
            loc="Glasgow",
        ),
        b=person(
            "Morag Cunningham",
            """I run a charity in Glasgow that delivers meals to 700 older people living
            alone: hot lunches three days a week and frozen dinners for the weekend. We
            cook in a church kitchen with volunteers and our meals are good, people tell
            us it's the only conversation they have some days. I also sit on the community
            council, which is mostly arguing about bins.""",
            """Our two vans are old and one failed its MOT. Frozen food has to stay at minus
            eighteen on the road and we keep losing batches in traffic. When it turns cold, demand
            doubles. We need vehicles that keep food frozen, people who know the streets,
            and someone kind at the door.""",
            """Nobody eats alone if we can help it.""",
            tz=0,
            langs=["en"],
            loc="Glasgow",
        ),
        twin=person(
            "Eilidh Robertson",
            """I run a lunch club charity in Paisley: 200 older people come to our hall
            three days a week for a hot meal and a game of bingo, with volunteers
            from two churches. We have a minibus that picks people up. Our volunteers
            are brilliant and our bingo is the best in Paisley.""",
            """We need a fundraiser who can win council and lottery grants, because our
            church funding ends in March and the hall rent has doubled. Ideally
            someone who has raised money for older people's charities before.""",
            """Company is as important as food.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Callum Baird",
            """I run a winter festival in George Square with food stalls. We expect
            200,000 visitors and want stalls that look festive. We have a licence for
            fifty stalls and a stage with bands every night.""",
            """Vans that can sell from the square every evening in December. They'd need
            to sell hot drinks as well as ice cream, every evening. They'd need their
            own generators and staff who can work until ten.""",
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Fiona Lennox",
            """I run a charity delivering meals to 500 older people in Edinburgh: hot
            lunches and frozen weekend dinners, cooked by volunteers. We cook in a
            church hall with volunteers, and people tell us our visit is the only
            conversation they get.""",
            """Our vans can't keep food frozen on the road and winter demand doubles; we
            need vehicles that do and drivers who know the streets. Frozen food has
            to stay at minus eighteen all the way.""",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 33 ---------------------------------------------------------------- trap: visibility
    pair(
        33,
        "cross",
        "tennis-ball-recycling",
        "A built a machine that turns dead tennis balls into court surface; B chairs a "
        "regional tennis league that pays to throw away a million balls a year.",
        a=person(
            "Oscar Bellingham",
            "I built a machine that shreds dead tennis balls into court underlay.",
            "I need worn-out balls by the tonne, collected regularly.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Lille",
        ),
        b=person(
            "Philippe Dauchez",
            "Je préside une ligue régionale : 200 clubs, un million de balles jetées par an.",
            "On paie pour s'en débarrasser. Je veux que ça serve à quelque chose.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Lens",
        ),
        twin=person(
            "Jean-Marc Vasseur",
            "Je préside un club de tennis de 600 membres à Arras.",
            "Un entraîneur diplômé pour l'école de tennis, on n'en trouve pas.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Martina Kowalczyk",
            "I build padel courts and need cheap cushioned underlay.",
            "A supplier of shock-absorbing rubber made from recycled balls.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Sylvie Delcourt",
            "Je gère une ligue de 150 clubs de tennis dans le Nord.",
            "On jette des tonnes de balles usées et ça nous coûte cher.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 34 ---------------------------------------------------------------- trap: commitment
    pair(
        34,
        "fr",
        "village-cinema-schools",
        "A tient un cinéma de village vide en semaine; B est conseillère pédagogique et ne "
        "trouve pas de salle où emmener les classes voir des films.",
        a=person(
            "Jean-Pierre Vialatte",
            """J'ai racheté en 2014 le cinéma de mon village du Cantal, une salle de cent
            quarante fauteuils avec un projecteur numérique et un vrai rideau rouge. Je
            programme moi-même, trois séances le week-end, des films récents et un
            ciné-club le dimanche soir. L'association des amis du cinéma tient le bar. Je
            suis aussi le correspondant du journal local pour le rugby.""",
            """En semaine, la salle est vide et je chauffe pour rien. Je voudrais du monde
            en journée, du lundi au vendredi, avec un public régulier et des séances que
            quelqu'un remplit pour moi, et si possible des œuvres que je n'aurais pas osé
            programmer.""",
            """Un village sans cinéma est un village qui s'endort.""",
            tz=1,
            langs=["fr"],
            loc="Riom-ès-Montagnes",
        ),
        b=person(
            "Laetitia Fabre-Rouquet",
            """Je suis conseillère pédagogique pour quarante-cinq écoles rurales du Cantal,
            beaucoup de classes uniques. J'organise les sorties, les formations des maîtres
            et le dispositif national d'éducation à l'image, qui prévoit trois films par an
            pour chaque classe, avec des fiches et des dossiers pour les enseignants.""",
            """Nos élèves ne voient jamais un film sur grand écran : notre partenaire habituel est
            à Aurillac, à une heure et demie de bus, et les communes refusent de payer le
            transport. Il me faudrait un lieu proche, équipé, qui nous reçoive
            le matin pour des groupes de quinze.""",
            """La culture ne doit pas dépendre du code postal.""",
            tz=1,
            langs=["fr"],
            loc="Aurillac",
        ),
        twin=person(
            "Marielle Castanier",
            """Je coordonne les activités périscolaires de douze communes rurales de la
            Lozère : ateliers du mercredi, théâtre, musique, avec des animateurs
            intercommunaux et un budget départemental. Nos ateliers marchent bien
            mais nous manquons de propositions pour les plus grands.""",
            """Il me faut une intervenante en danse diplômée qui se déplace dans les
            villages, parce que nos enfants n'ont aucun cours à moins de quarante
            kilomètres. Idéalement quelqu'un qui peut se déplacer dans cinq villages
            par semaine.""",
            """Les mêmes chances partout.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Thibault Garrigou",
            """Je réalise des documentaires sur la vie paysanne et personne ne les
            diffuse. Mon dernier film parle des éleveurs de l'Aubrac et a été primé
            dans un festival. J'ai tourné pendant trois ans dans l'Aubrac et la
            Margeride avec deux éleveurs.""",
            """Une petite salle en campagne qui programme mon film et organise un débat
            après la séance. Je viendrais présenter le film et animer le débat moi-
            même. Une séance en semaine, avec des gens du coin dans la salle.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Sophie Roumégoux",
            """Conseillère pédagogique en Haute-Loire, trente écoles rurales ; je gère
            l'éducation à l'image, trois films par an et par classe. Beaucoup de
            classes uniques, et des enseignants motivés.""",
            """La salle partenaire est trop loin pour nos bus ; il me faut une salle
            proche qui accepte des séances le matin pour de petits groupes. Nos
            élèves ne voient jamais un film sur grand écran.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 35 ---------------------------------------------------------------- trap: timezone
    pair(
        35,
        "cross",
        "handmade-skis",
        "A makes wooden skis by hand in Savoie and sells a few dozen pairs; B runs ski-touring "
        "trips for British groups and wants gear with a story for its guests.",
        a=person(
            "Quentin Perrier-Bal",
            "Je fabrique des skis en frêne et noyer à la main, à Beaufort. 60 paires/an.",
            "Je vends surtout à des amis, je n'ai pas de clients au-delà de la vallée.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Beaufort",
        ),
        b=person(
            "Imogen Harcourt",
            """I run ski-touring holidays in the Alps for British clients: about 400 guests
            a season, small groups, two nights in huts, guides we've worked with for years.
            Our guests are wealthy, sporty and bored of looking like everyone else on the
            hill. We also sell trips to Norway in spring.""",
            """I want each guest to go home with a pair of skis made for them, by someone
            they met, with the wood and the workshop visit part of the trip. Ideally a
            maker within an hour of Chamonix who can take measurements on day one and
            deliver by the last day.""",
            """Small groups, local people, no plastic souvenirs.""",
            tz=0,
            langs=["en"],
            loc="Chamonix",
        ),
        twin=person(
            "Toby Ravensworth",
            """I run ski chalets in Méribel for British families, twelve chalets with
            hosts and a nanny service, full every February half-term. Our hosts are
            British, seasonal and young, and we employ about forty people every
            winter.""",
            """I need a French accountant who can deal with the URSSAF and the seasonal
            staff contracts, because our fines are getting serious. Ideally someone
            who already works with other British chalet firms.""",
            """Family holidays done properly.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Léna Gaillard",
            """Je tiens une boutique de ski à Val d'Isère, clientèle aisée. Mes clients
            achètent des skis de randonnée haut de gamme et aiment les belles choses.
            Je travaille avec trois moniteurs et un loueur de la station.""",
            """Un artisan local qui me fait des skis en bois pour ma vitrine. Je
            voudrais aussi qu'il vienne en boutique présenter son travail une fois
            par mois. Il faudrait que chaque paire soit unique et signée.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Chad Wexley",
            """I run ski-touring trips in Colorado's backcountry, 300 guests a season,
            and want every guest to leave with skis made for them by a maker they
            met. Our guests are wealthy, sporty and bored of looking like everyone
            else.""",
            """A craftsman who measures on day one and delivers by the end of the trip.
            Ideally a maker within an hour of our base.""",
            tz=-7,
            langs=["en"],
        ),
    ),
    # 36 ---------------------------------------------------------------- trap: language
    pair(
        36,
        "mixed",
        "koji-fermentation",
        "A runs a plant-based restaurant that wants deep savoury flavours without meat; B "
        "grows koji and makes miso and garums from local beans and wants a chef's kitchen.",
        a=person(
            "Anaïs Verbeke",
            """Je suis cheffe et co-owner d'un restaurant végétal à Paris, 45 couverts,
            une étoile verte since last year. On travaille les légumes de trois
            maraîchers de l'Essonne, et mon équipe est jeune et curieuse. I did a stage in
            Copenhagen, in a kitchen whose pantry of aged sauces was bigger than the dining
            room. Le lundi, je donne des cours à des ados en réinsertion.""",
            """Le problème, c'est la profondeur : without meat or fish stock, my sauces
            taste thin, and les clients le sentent. J'ai besoin de bases très savoureuses,
            fabriquées à partir de produits d'ici, that nobody else in Paris has, et de
            quelqu'un qui sait les adapter au menu chaque saison.""",
            """Cuisiner ce qui pousse autour de nous. No waste, no shortcuts.""",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Hiroshi Tanabe-Moreau",
            """I grow koji, the mould behind soy sauce, and make miso, shoyu and garums in
            a small lab in Montreuil, from French lentils, split peas and fava beans instead
            of soy. I trained as a microbiologist in Osaka and worked three years for a
            sake brewery before moving to France for love. Each batch ages from three
            months to two years in cedar barrels.""",
            """I sell jars at markets, which pays nothing. I want a creative chef and team that
            builds dishes around my ferments, tells me what it needs for next season, and
            lets me test new recipes on real diners, so the product gets better and my
            name gets known.""",
            """Time is the best cook. Local beans, old methods.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Montreuil",
        ),
        twin=person(
            "Ryo Kawabata",
            """I make miso and shio koji in a rented kitchen in Lyon with Japanese soy
            and rice, and I sell jars to three organic chains and at the Croix-Rousse
            market. Our production is 4 tonnes a year and growing. Our miso won a
            prize at a Paris food fair and we employ six people.""",
            """I need an investor and a production manager to build a proper factory,
            with food-safety certification, so that I can sell to supermarkets across
            Europe. Ideally someone who has scaled a food business through
            supermarket listings.""",
            """Authentic Japanese taste in France.""",
            ro=["tech"],
            rs=["finance"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Bérénice Lhomme",
            """Je suis journaliste culinaire et je prépare un livre sur la nouvelle
            cuisine végétale à Paris, avec des recettes de chefs. J'écris pour deux
            magazines et un site de cuisine, et mon dernier livre s'est bien vendu.""",
            """Une cheffe végétale reconnue qui me confie ses recettes et m'ouvre sa
            cuisine pendant un mois pour les photos. Il me faut aussi ses histoires
            de producteurs et de saisons, pour les textes.""",
            ro=["marketing"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Jonas Brückner",
            """Ich züchte Koji und mache Miso und Garum aus Linsen und Ackerbohnen in
            einer kleinen Werkstatt in Freiburg. Jede Charge reift drei Monate bis
            zwei Jahre in Zedernfässern.""",
            """Eine kreative Küche, die Gerichte um meine Fermente baut und neue Rezepte
            mit echten Gästen testet. Die Küche soll mir sagen, was sie für die
            nächste Saison braucht.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["de"],
        ),
    ),
    # 37 ---------------------------------------------------------------- trap: consent
    pair(
        37,
        "mixed",
        "christmas-market-lighting",
        "A is a concert lighting technician with no work in winter; B organises a Christmas "
        "market whose visitors find it dark and dull.",
        a=person(
            "Romain Delcroix",
            "Je suis régisseur lumière de concerts, but only in the festival season.",
            "J'ai le matos and the skills, mais zéro contrat de novembre à mars.",
            tz=1,
            langs=["fr", "en"],
            loc="Strasbourg",
        ),
        b=person(
            "Odile Hartmann",
            "J'organise le marché de Noël de Sélestat, 120 chalets.",
            "Les visiteurs trouvent ça sombre et triste le soir, ils repartent vite.",
            tz=1,
            langs=["fr"],
            loc="Sélestat",
        ),
        twin=person(
            "Gérard Ungerer",
            "J'organise le marché de Noël de Haguenau, 80 chalets.",
            "Des exposants artisans, je n'ai que des revendeurs de gadgets.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Mathis Kuntz",
            "Je sors d'une formation de technicien son et lumière.",
            "Un régisseur qui m'emmène sur ses montages pour apprendre.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Brigitte Schaller",
            "J'organise un marché de Noël près de Colmar, 90 chalets.",
            "Le soir tout est sombre, les gens repartent vite.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 38 ---------------------------------------------------------------- trap: visibility
    pair(
        38,
        "cross",
        "floating-homes",
        "A builds floating houses in the Netherlands and wants a first project in France; B "
        "owns a flooded former gravel pit and is looking for a way to make it pay.",
        a=person(
            "Maarten de Groot",
            """I'm a structural engineer and for twelve years I've designed and built
            floating homes in Amsterdam and Rotterdam: concrete hulls, timber frames, flexible
            connections for water, power and sewage, and mooring posts that let a house rise
            two metres with the water. We've delivered ninety homes and two floating
            offices. I learned French in Liège as a student and still read Simenon.""",
            """The Dutch market is saturated and I want to build in France, where many
            quarries and old ponds sit unused. I need a site, someone who owns still water
            and wants to do something with it, and a partner who can walk a French mayor
            and a prefecture through a project they have never seen before.""",
            """Build with water, not against it.""",
            ro=["tech"],
            tz=1,
            langs=["en", "fr", "nl"],
            loc="Rotterdam",
        ),
        b=person(
            "Gilles Maupertuis",
            """Ma famille exploitait une sablière au bord de la Loire, près de Saumur.
            Quand elle a fermé en 2009, le trou s'est rempli : aujourd'hui c'est un plan
            d'eau de douze hectares, propre, avec des berges aménagées, un chemin et un
            accès à la route. Je connais bien le maire, j'ai été conseiller municipal deux
            mandats.""",
            """Le lac ne me rapporte rien et me coûte en entretien et en assurance. On ne
            peut pas construire autour, c'est inondable. Je cherche une façon d'y faire
            vivre des gens, légalement, sans bétonner les berges, et quelqu'un qui sache
            le faire.""",
            """Laisser quelque chose de beau à mes petits-enfants.""",
            tz=1,
            langs=["fr"],
            loc="Saumur",
        ),
        twin=person(
            "Henriette Bouvard",
            """Je possède un ancien étang de pisciculture de huit hectares en Sologne,
            avec une maison de gardien et des bâtiments agricoles vides, à deux
            heures de Paris. Les pêcheurs anglais aiment ce genre d'endroit, et
            l'étang est plein de carpes énormes.""",
            """Je veux un associé qui vende des séjours de pêche à la carpe à des
            Anglais et des Néerlandais, avec l'hébergement et la réservation en
            ligne, parce que je ne sais pas vendre. Idéalement quelqu'un qui parle
            anglais et néerlandais et connaît les sites de réservation.""",
            """La nature se mérite.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Sanne Wijnberg",
            """I'm an architect in Utrecht and I design houses, mostly on land. My
            designs have won two awards and clients ask me about water sites more and
            more. I have three clients who want to live on the water and a site near
            Utrecht.""",
            """An engineer who knows floating structures and can turn my house designs
            into something that floats and passes the building code. Ideally someone
            who has taken floating homes through Dutch permits. Someone who has
            actually built on water, not just drawn it.""",
            ro=["design"],
            rs=["tech"],
            tz=1,
            langs=["en", "nl"],
        ),
        trap=person(
            "Yves Chaumette",
            """Je possède une ancienne gravière inondée de dix hectares près de Tours,
            avec des berges et un accès à la route. L'eau est propre, les berges sont
            aménagées, et je connais bien le maire.""",
            """On ne peut pas construire autour ; je cherche une façon légale d'y faire
            vivre des gens sans bétonner. Le lac ne me rapporte rien et me coûte en
            entretien.""",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 39 ---------------------------------------------------------------- trap: commitment
    pair(
        39,
        "en",
        "cricket-bat-willow",
        "A makes cricket bats by hand and can't get good willow; B grows willow on wet "
        "riverside land and sells it cheap as biomass.",
        a=person(
            "Vikram Chaudhary-Bell",
            "I make cricket bats by hand in Taunton, ~900 a year.",
            "Good clefts are scarce and the price doubles every season.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Taunton",
        ),
        b=person(
            "Felicity Gorringe",
            """I farm 140 acres of wet meadow along the River Stour in Essex. Nothing grows
            well there but trees, so my father planted willow, and now I have about 3,000
            trees aged between ten and fifteen years. I sell them for biomass and
            fencing, and I keep a few Dexter cattle under them. I'm on the parish
            council and breed terriers.""",
            """The biomass buyer pays almost nothing per tonne and I suspect the trees are
            worth more. I'd like somebody who knows which of them are special, which
            should be felled when, and who will buy them standing at a fair price and
            tell me what to replant.""",
            """Land should pay for itself, and look after the river while it does.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Dedham",
        ),
        twin=person(
            "Hugh Pembridge",
            """I manage 200 acres of poplar and alder plantations in Herefordshire for a
            family estate, mostly for pallet wood and biomass chips. The estate has
            good forest roads and a yard for stacking timber.""",
            """I need a contractor with harvesting machines and a haulage lorry who can
            clear-fell forty acres this winter, because the estate's own team
            retired. Ideally a firm that can also haul the logs to the sawmill in
            Hereford.""",
            """Trees are a crop.""",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Declan Rourke",
            """I coach a youth cricket academy, 150 kids. Our juniors are aged eight to
            fifteen and many can't afford a proper bat. We play in the county league
            and three of our kids are in the county squad.""",
            """A batmaker to fit our juniors with bats sized for them. I'd like a
            fitting day at the academy every spring. A bat that fits a ten-year-old
            is hard to find in the shops.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Marjorie Tillotson",
            """I farm wet riverside meadows in Suffolk with about 2,000 willow trees
            that I sell cheaply for biomass. The trees are between ten and fifteen
            years old, on land nothing else likes.""",
            """Someone who knows which trees are worth more, buys them standing at a
            fair price and tells me what to replant. The biomass buyer pays almost
            nothing per tonne.""",
            ro=["operations"],
            rs=["domain"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 40 ---------------------------------------------------------------- trap: timezone
    pair(
        40,
        "cross",
        "coppice-charcoal",
        "A makes lump charcoal from coppiced Ardennes wood; B runs London grill restaurants "
        "that import charcoal from Africa and want a local fuel.",
        a=person(
            "Hubert Lamoline",
            "Je fais du charbon de bois de taillis dans les Ardennes, 2 fours.",
            "Je vends en sacs aux stations-service, à perte.",
            tz=1,
            langs=["fr", "en"],
            loc="Bouillon",
        ),
        b=person(
            "Jasper Okonjo-Reeve",
            "I run 5 grill restaurants in London, 3 tonnes of charcoal a month.",
            "Ours comes from Namibia. Customers ask; I want something I can be proud of.",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin=person(
            "Harvey Lund",
            "I run 3 steak restaurants in Bristol.",
            "A butcher who dry-ages beef for us on site.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Noémie Wathelet",
            "Je gère une forêt communale dans les Ardennes.",
            "Quelqu'un qui rachète le bois de taillis qu'on coupe chaque hiver.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Bubba Cartwright",
            "I run 4 barbecue joints in Austin, tonnes of charcoal a month.",
            "Charcoal made from managed woodland I can be proud of.",
            tz=-6,
            langs=["en"],
        ),
    ),
    # 41 ---------------------------------------------------------------- trap: language
    pair(
        41,
        "fr",
        "donkey-milk",
        "A élève des ânesses laitières et jette du lait faute de débouché; B fabrique des "
        "savons à froid et veut un lait rare et local.",
        a=person(
            "Maryvonne Le Goff",
            """J'élève trente ânesses laitières dans les Côtes-d'Armor, en plein air, avec
            leurs ânons. On trait à la main deux fois par jour, un demi-litre par ânesse, et
            je fais visiter la ferme l'été aux familles. J'ai un tank réfrigéré et un
            congélateur, et les analyses du laboratoire vétérinaire sont parfaites. Je
            donne aussi des cours de randonnée avec les ânes aux enfants.""",
            """Je vends une partie du lait aux visiteurs, mais j'en jette chaque semaine,
            et le lait congelé s'accumule. Il me faudrait un acheteur régulier qui
            transforme ce lait en un produit qui se garde et se vend loin d'ici.""",
            """Le bien-être des bêtes d'abord : l'ânon garde sa part.""",
            tz=1,
            langs=["fr"],
            loc="Paimpol",
        ),
        b=person(
            "Clarisse Donnart",
            """Je fabrique des savons à froid à Rennes, saponifiés à basse température pour
            garder les actifs : deux mille pains par mois, vendus en pharmacies et sur les
            marchés bretons. Je suis chimiste de formation et j'ai tous les dossiers
            réglementaires à jour.""",
            """Mes clientes aux peaux fragiles réclament un ingrédient doux et rare, produit
            en Bretagne, et je n'ai trouvé que du lait importé en poudre. Je cherche une
            éleveuse qui me fournisse un lait frais ou congelé toute l'année.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        twin=person(
            "Armelle Guillou",
            """Je fabrique des cosmétiques naturels à Vannes, crèmes et baumes, vendus
            dans quarante boutiques bio. Mes produits sont bio et fabriqués à la
            main, et mes clientes sont fidèles.""",
            """Il me faut une graphiste qui refasse toutes mes étiquettes et mon site,
            car ma marque paraît vieillotte. Idéalement une graphiste qui connaît les
            règles d'étiquetage des cosmétiques.""",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Loïc Trémel",
            """Je suis vétérinaire rural et je veux me former aux équidés laitiers. J'ai
            une clientèle de bovins et de chevaux et je veux élargir mes compétences.
            J'exerce dans les Côtes-d'Armor et je suis déjà des élevages de chevaux.""",
            """Une ferme d'ânesses qui m'accueille pour suivre la traite et les mises
            bas. Je voudrais y passer quelques semaines au printemps. Je voudrais
            comprendre la traite et le suivi des ânesses allaitantes.""",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Lucía Ferrán",
            """Hago jabones en frío en Bilbao, dos mil pastillas al mes. Soy química y
            tengo todos los papeles en regla.""",
            """Busco leche de burra fresca o congelada todo el año. Mis clientas con
            piel sensible piden un ingrediente suave y raro.""",
            ro=["domain"],
            tz=1,
            langs=["es"],
        ),
    ),
    # 42 ---------------------------------------------------------------- trap: consent
    pair(
        42,
        "cross",
        "adaptive-bikes",
        "A builds adapted bikes for disabled children; B runs a centre for 80 disabled "
        "children who never get to ride anything.",
        a=person(
            "Nathaniel Orpwood",
            """I'm a mechanical engineer and I build adapted bicycles and trikes for
            children with cerebral palsy and other conditions: custom seats, hand cranks,
            trunk supports, push handles for parents. Each one is measured and fitted in
            person. I've made about 300 in Kent, and I moved to Lille last year because my
            wife got a job here.""",
            """I have no clients in France yet and no way to reach families. I need a place
            full of children who would ride, with therapists who can tell me what each
            child's body needs.""",
            """Every kid should feel the wind.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Lille",
        ),
        b=person(
            "Françoise Deleplanque",
            "Je dirige un IME de 80 enfants polyhandicapés près de Lille.",
            "Nos enfants ne font jamais de vélo, rien n'est adapté à leur corps.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Villeneuve-d'Ascq",
        ),
        twin=person(
            "Patrice Lemaire",
            "Je dirige un IME de 60 enfants autistes à Douai.",
            "Un psychomotricien à plein temps, on n'arrive pas à recruter.",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Stacey Pilbeam",
            "I run a cycling charity in Dover with a fleet of bikes.",
            "An engineer to adapt some of our bikes for kids with disabilities.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Isabelle Carpentier",
            "Je dirige un IME de 50 enfants près d'Arras.",
            "Nos enfants ne font jamais de vélo, rien n'est fait pour eux.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 43 ---------------------------------------------------------------- trap: visibility
    pair(
        43,
        "en",
        "spider-crab-home-market",
        "A's boats land spider crab that all goes to Spain at low prices; B runs seafood "
        "restaurants in London that want a British shellfish with a story.",
        a=person(
            "Jory Treloar",
            """I skipper one of four crab boats out of Newlyn; together we land about 60
            tonnes of spider crab a year between April and July. It's sweet, cheap and
            plentiful, and the whole catch goes on a lorry to Spain where they love it. My
            grandfather fished the same grounds. In winter I repair pots and coach the
            under-twelves at rugby.""",
            """The Spanish buyer sets the price and we take it. I'd like a steady buyer at
            home who'll pay a fair price for live crab, collect it on the quay or at
            Penzance station, and teach people to eat it.""",
            """Fish it gently, sell it fairly.""",
            tz=0,
            langs=["en"],
            loc="Newlyn",
        ),
        b=person(
            "Sebastian Ward-Okoro",
            """I own three seafood restaurants in London, in Borough, Clerkenwell and
            Peckham, 400 covers a day. Our menu is British fish only, we buy from day boats
            and print the boat's name on the board. I cooked in Galicia for two years,
            which is where I learnt what a good crab tastes like.""",
            """Brown crab and lobster are too expensive now for a £25 main course. I want a
            shellfish that's landed here, in season, in volume, and priced so I can put it on
            every table, from fishermen I can visit and name.""",
            """Eat the sea that's on our doorstep.""",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin=person(
            "Harriet Oduya",
            """I run two fish restaurants in Brighton and a fishmonger's counter, all
            day boats, names on the board; our prices are fair and the dining rooms
            are full every night. Our suppliers are three day boats out of Shoreham
            and our menus change daily.""",
            """I need a kitchen manager who can run both sites, train young cooks and
            cut our waste, because I'm burning out doing it all myself. Ideally
            someone who has run more than one restaurant kitchen at once.""",
            """Local fish, happy kitchen.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Ewan Kitto",
            """I run a shellfish processing unit in Cornwall with cooking and picking
            lines, and I sell picked crab meat to sandwich makers. I have six pickers
            and a cooking line that stands idle half the week in summer.""",
            """Fishermen who'll land spider crab to me all season so I can keep my
            pickers busy. I'd pay a fair price at the quay for live crab, every week
            of the season.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Marcus Pennington",
            """I own two seafood restaurants in London, British fish only, boat names on
            the board. We buy from day boats and print the boat's name on the board.""",
            """A shellfish landed here, in season and in volume, cheap enough for every
            table, from fishermen I can visit. Brown crab and lobster are now too
            dear for a £25 main course.""",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 44 ---------------------------------------------------------------- trap: commitment
    pair(
        44,
        "cross",
        "tandem-paragliding",
        "A flies tandem paragliders above Annecy with empty weekday slots; B sells "
        "activity weekends to British groups and needs something memorable on Fridays.",
        a=person(
            "Fabien Marcoz",
            "Moniteur de parapente biplace à Annecy, 4 pilotes, vols toute l'année.",
            "En semaine, on vole à vide. Il me faut des groupes, pas des individuels.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Annecy",
        ),
        b=person(
            "Georgina Tate",
            "I sell activity weekends in the Alps to UK stag and hen groups.",
            "Need a big wow for Friday afternoons, before the parties start.",
            tz=0,
            langs=["en"],
            loc="Manchester",
        ),
        twin=person(
            "Rhys Penrose",
            "I sell stag weekends in Prague and Riga to UK groups.",
            "A local partner who books bars and keeps groups out of trouble.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Aline Berthod",
            "Je tiens un hôtel au bord du lac d'Annecy.",
            "Une activité aérienne à proposer à mes clients de semaine.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Nathan Crowther",
            "I sell Alpine weekends to British stag groups.",
            "A big wow for Friday afternoons in the mountains.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 45 ---------------------------------------------------------------- trap: timezone
    pair(
        45,
        "mixed",
        "senior-move-decluttering",
        "A helps people sort and empty homes; B's removals firm moves elderly people into "
        "care and keeps arriving at houses nobody has sorted.",
        a=person(
            "Solenn Marchais",
            """Je suis home organiser, formée à Londres, et j'aide les gens à trier, donner,
            vendre et ranger. Most of my clients are young families in Paris, mais mes
            meilleures missions, ce sont les vieilles maisons pleines de souvenirs, where
            you need patience and tact. Je travaille avec une brocanteuse et deux
            associations qui récupèrent.""",
            """Mes clients arrivent par Instagram, un par mois, and the work is seasonal. Je
            voudrais des missions régulières auprès de personnes âgées, with someone who
            already meets them at the right moment.""",
            """Trier, c'est respecter une vie. Never throw away a photo.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Marc-Antoine Vautrin",
            "Déménageur à Versailles, 6 camions, beaucoup de seniors qui partent en résidence.",
            "On arrive, rien n'est trié, la famille pleure, on perd deux jours.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Versailles",
        ),
        twin=person(
            "Valérie Sorin",
            "Déménageuse à Saint-Germain-en-Laye, 4 camions.",
            "Un garde-meubles pas cher, les miens sont pleins.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Agnès Pouliquen",
            "Ma mère de 88 ans doit quitter sa maison de Sèvres.",
            "Quelqu'un de patient pour trier avec elle avant le départ.",
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Denise Ouellette",
            "Je fais des déménagements de seniors à Los Angeles, pour la communauté francophone.",
            "On arrive, rien n'est trié, on perd deux jours à chaque fois.",
            ro=["sales"],
            rs=["operations"],
            tz=-8,
            langs=["fr", "en"],
        ),
    ),
]
