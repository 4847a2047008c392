"""Pairs 16-30 of complementary_v5."""

from people import pair, person

PAIRS = [
    # 16 ---------------------------------------------------------------- trap: language
    pair(
        16,
        "cross",
        "alsace-hops",
        "A grows hops in Alsace and sells them in bulk to a cooperative at low prices; B is an "
        "Irish craft brewer who wants a harvest ale from fresh, traceable flowers.",
        a=person(
            "Bernadette Schaeffer",
            """Nous cultivons le houblon en famille près de Haguenau depuis quatre
            générations : onze hectares, des perches de sept mètres, notre propre séchoir
            et une presse à balles. Nous avons planté il y a cinq ans deux variétés
            aromatiques locales, très fruitées, que presque personne ne connaît encore. Mon
            mari s'occupe des machines, moi des comptes et de la récolte, et notre fille
            revient nous aider chaque été.""",
            """Toute notre récolte part à la coopérative, qui la mélange avec celle des
            autres et nous paie au poids, le même prix pour nos variétés rares que pour le
            houblon amérisant. On aimerait que quelqu'un achète nos fleurs pour ce qu'elles
            sont, les mette en valeur avec le nom de la ferme, et vienne les chercher le
            jour de la cueillette, avant le séchage, quand elles sentent le plus.""",
            """Le travail bien fait se paie. On n'a jamais traité après la floraison.""",
            tz=1,
            langs=["fr"],
            loc="Haguenau",
        ),
        b=person(
            "Cormac Ó Laoire",
            """I run a small brewery in Kilkenny: a 20-hectolitre brewhouse, a taproom and
            forty pubs that pour our beer on draught, mostly pale ales and a dry stout. I
            studied brewing in Edinburgh and spent a year in a brewery in Strasbourg, so my
            French is rusty but real. Every September we throw a harvest festival in the
            yard with a trad session.""",
            """For that festival I want to brew a green beer, one that goes into the kettle
            within a day of picking, so it tastes of the field. Irish hops barely exist and
            the big merchants only sell dried pellets with no story. I need a farm that
            will pick for us, tell us which row and which day, and drive the sacks to a
            ferry.""",
            """Beer is farming. Know whose field it came from.""",
            tz=0,
            langs=["en", "fr"],
            loc="Kilkenny",
        ),
        twin=person(
            "Siobhán Delacey",
            """I brew sour and wild beers in Galway with a coolship and oak barrels, and
            we sell most bottles in Dublin restaurants and to a shop in Copenhagen.
            We also run brewing courses on Saturdays. Our beers win medals every year
            and we export a little to Denmark. We have a warehouse in Galway and two
            vans.""",
            """I need a distributor with a warehouse and a van fleet who can get us into
            the UK after all the customs changes, and who handles the paperwork
            there. Ideally someone with a bonded warehouse in England who knows the
            duty rules.""",
            """Slow beer, no shortcuts.""",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Matthieu Kieffer",
            """Je brasse de la bière à Colmar dans ma brasserie artisanale, 800
            hectolitres par an, vendus dans les winstubs. Mes clients veulent du
            local. Je travaille avec des winstubs et trois cavistes, et je fais une
            bière de Noël très demandée.""",
            """Un producteur alsacien qui me livre des fleurs aromatiques de sa ferme,
            avec le nom de la parcelle sur l'étiquette. Je veux des fleurs fraîches
            le jour de la récolte et une variété aromatique locale.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Fintan McGuire",
            """I brew in Cork, 15 hectolitres a batch, forty pubs on draught, and a
            harvest festival each September. I trained in Edinburgh and our taproom
            is busy all year.""",
            """A farm in Europe that picks aromatic hops for us and ships them fresh
            within a day, telling us which row and which day. Irish hops barely
            exist, and merchants only sell dried pellets with no story.""",
            """Know whose field it came from.""",
            tz=0,
            langs=["en"],
        ),
    ),
    # 17 ---------------------------------------------------------------- trap: consent
    pair(
        17,
        "en",
        "hotel-pool-swim-school",
        "A coaches swimming and wants to teach babies and toddlers but cannot get pool time; B "
        "owns a hotel whose warm indoor pool is empty on weekday mornings.",
        a=person(
            "Danielle Okafor",
            "Swim coach, ASA level 3. I want to run baby + toddler classes.",
            "Council pools won't give me lane time. I need warm water in the daytime.",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Reading",
        ),
        b=person(
            "Graham Whitcombe",
            """I own a 60-room country hotel outside Reading with a spa: an indoor pool
            kept at 31 degrees, changing rooms, a café and a big free car park. The spa is
            busy in the evenings and at weekends with members and wedding guests, and I
            also run the golf society, which takes more of my time than it should.""",
            """On weekday mornings the pool sits empty while I pay to heat it, and the café
            serves nobody. I'd like someone to bring in a regular daytime crowd who will
            also buy coffee and maybe come back for a spa day, and who can run the bookings
            and safety side themselves.""",
            """Family business, 30 years, staff who stay.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Sonning",
        ),
        twin=person(
            "Annabel Fairweather",
            """I own a boutique hotel with a spa in the Cotswolds: indoor pool, four
            treatment rooms and a restaurant with a good local name. Weddings fill
            the weekends and we have a loyal spa membership of about 300. Our
            restaurant has a good local name and the spa sells gift vouchers all
            year.""",
            """I want a partner with hospitality finance experience to refinance the
            building and take the books off my hands, because our bank loan resets
            next year and I can't read the offers. Ideally someone who's refinanced
            hotels before and can talk to lenders with me.""",
            """Quiet luxury, nothing flashy.""",
            ro=["operations"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Kelly Drummond",
            """I run a baby group at the community centre: sing-alongs, sensory play,
            about forty families a week. Our families are mostly first-time parents
            who want to meet others and get out of the house. I'm a trained nursery
            nurse and I've run the group for six years.""",
            """A qualified swim teacher to add water sessions for our babies, if we can
            find a warm pool. We'd book a regular weekday slot and bring the babies
            and the parents. Ideally someone warm and patient who's taught tiny ones
            before.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Rupert Blandford",
            """I own a hotel near Newbury with an indoor pool at 31 degrees, a café and
            a large car park. Evenings are busy; weekday mornings are dead. We heat
            the pool all day and the café is empty until lunch.""",
            """Someone to bring a regular daytime crowd to the pool and café and run the
            bookings and safety themselves. Ideally they'd bring families who come
            back for a spa day.""",
            """Staff who stay.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 18 ---------------------------------------------------------------- trap: visibility
    pair(
        18,
        "cross",
        "bagel-wholesale",
        "A bakes Montreal bagels and wants a second city; B runs cafés in Quebec City whose "
        "customers want fresh bagels each morning.",
        a=person(
            "Moishe Kaplansky",
            "Wood-fired bagel bakery, Mile End, 6,000 a day. Open 24h since 1987.",
            "I want to sell outside Montreal but can't staff a shop in another city.",
            ro=["domain"],
            tz=-5,
            langs=["en", "fr"],
            loc="Montréal",
        ),
        b=person(
            "Annie Bergeron",
            "J'ai 7 cafés à Québec, 3 000 clients le matin.",
            "Les clients réclament des bagels frais chaque matin, on n'en trouve pas ici.",
            tz=-5,
            langs=["fr"],
            loc="Québec",
        ),
        twin=person(
            "Stéphane Pelletier",
            "Je tiens 4 cafés-boulangeries à Lévis et à Québec.",
            "Un torréfacteur qui me fait un mélange maison, moins cher.",
            tz=-5,
            langs=["fr"],
        ),
        one=person(
            "Ruth Zilberman",
            "I write a food blog about Jewish Montreal.",
            "An old bakery owner who'll tell me the family story for a book.",
            rs=["domain"],
            tz=-5,
            langs=["en"],
        ),
        trap=person(
            "Caroline Drouin",
            "Je gère 5 cafés à Québec, beaucoup de monde le matin.",
            "Des bagels de Montréal livrés frais, tous les matins.",
            tz=-5,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 19 ---------------------------------------------------------------- trap: commitment
    pair(
        19,
        "fr",
        "stage-costume-embroidery",
        "A est brodeuse d'art et perd ses commandes de la haute couture; B fabrique des "
        "costumes d'opéra et ne trouve plus personne pour les broderies à la main.",
        a=person(
            "Capucine Lefranc-Dussol",
            """Je suis brodeuse d'art depuis vingt-deux ans, formée à Lunéville : perles,
            paillettes, fil d'or, crochet et aiguille. J'ai travaillé pour trois grandes
            maisons parisiennes, puis j'ai ouvert mon atelier à Montreuil avec deux
            apprenties. Je sais reproduire une broderie ancienne d'après une photo floue.
            Le week-end, je chante dans une chorale de quartier, très mal paraît-il.""",
            """Les maisons font maintenant broder en Inde, et mes commandes ont baissé de
            moitié en trois ans. Mes apprenties risquent de partir. Il nous faudrait un
            client régulier, qui ait besoin de pièces uniques, lourdes et spectaculaires,
            et qui accepte de payer des heures de main plutôt qu'un prix au mètre.""",
            """Un geste qu'on ne transmet pas disparaît. Je refuse de faire du vite fait.""",
            tz=1,
            langs=["fr"],
            loc="Montreuil",
        ),
        b=person(
            "Serge Aubertin",
            """Je dirige un atelier de fabrication de costumes de scène à Lyon : douze
            couturières, un tailleur, une teinturière, et des contrats avec quatre
            opéras et deux festivals. Nous faisons entre deux et trois cents costumes par
            saison, du XVIIe siècle au contemporain. Je viens du théâtre, j'ai été
            régisseur avant de coudre.""",
            """Les metteurs en scène veulent des manteaux de rois et des robes de bal qui
            brillent sous les projecteurs à trente mètres, et personne chez nous ne sait
            faire ces ornements à la main. On colle des galons achetés, ça se voit et ça
            tombe au bout de dix représentations.""",
            """Un costume doit durer cent représentations.""",
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        twin=person(
            "Nathalie Quintard",
            """Je dirige un atelier de costumes pour le cinéma et la télévision à
            Aubervilliers, neuf couturières, des séries historiques surtout. Nous
            avons un stock de quatre mille pièces que nous louons aux productions.
            Nos costumes partent en tournage dans toute l'Europe et reviennent
            souvent abîmés ou pas du tout.""",
            """Il me faudrait un logiciel et quelqu'un pour l'installer, afin de suivre
            le stock, les locations et les retours, parce que nous perdons des
            costumes à chaque tournage. Idéalement quelqu'un qui a déjà informatisé
            un stock de location ou un entrepôt.""",
            """L'histoire doit être juste jusqu'au bouton.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Inès Belkhodja",
            """Je sors d'un CAP broderie et je cherche un atelier où continuer à
            apprendre les techniques de Lunéville. J'ai fait mon stage chez une
            brodeuse de Lunéville et je sais travailler le crochet et l'aiguille.
            J'ai gagné un prix de broderie au concours régional l'an dernier.""",
            """Une maîtresse brodeuse qui prend une apprentie et lui confie de vrais
            ouvrages. Je suis prête à déménager en région parisienne pour apprendre.
            Je veux apprendre l'or et les perles, pas seulement le point de croix.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Pascaline Vérot",
            """Je fabrique des costumes de scène à Marseille, pour deux opéras, une
            centaine par saison. Nous travaillons avec des metteurs en scène
            exigeants, du baroque au contemporain.""",
            """Personne chez nous ne sait faire les ornements à la main qui brillent
            sous les projecteurs ; on colle des galons qui tombent. Il nous faut des
            manteaux et des robes qui brillent à trente mètres.""",
            tz=1,
            c="side-project",
            langs=["fr"],
        ),
    ),
    # 20 ---------------------------------------------------------------- trap: timezone
    pair(
        20,
        "cross",
        "oil-mill-sharing",
        "A owns an olive mill idle ten months a year; B grows walnuts in the Dordogne and has "
        "no press for the oil.",
        a=person(
            "Régis Castellani",
            """Je tiens le moulin à huile de mon grand-père à Nyons, avec une ligne moderne
            à froid installée en 2016 et un vieux moulin à meules qu'on montre aux
            touristes. Nous pressons les olives de trois cents producteurs de novembre à
            janvier. Nous avons un laboratoire pour les analyses d'acidité et une boutique
            qui vend bien l'été.""",
            """Le reste de l'année, les machines ne servent à rien et les deux salariés
            font du ménage. Je voudrais d'autres récoltes à presser entre février et
            octobre.""",
            """Une huile sans défaut ou pas d'huile du tout.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Nyons",
        ),
        b=person(
            "Gwendolyn Ashby",
            "I grow walnuts on 9 ha in the Dordogne, cold oil is my dream.",
            "I have no press and the nearest one is booked solid.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en"],
            loc="Sarlat",
        ),
        twin=person(
            "Barnaby Quayle",
            "I grow hazelnuts in Kent, 12 hectares, and sell to bakers.",
            "A marketer to launch my own branded snack line in shops.",
            ro=["domain"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Frédérique Audibert",
            "Je suis oléologue et je forme des dégustateurs d'huile.",
            "Un moulin qui m'ouvre ses portes pour mes stages de dégustation.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Dale Whitacre",
            "I grow walnuts on 40 acres in California and want cold oil.",
            "There is no press near me; I need one that's free in spring.",
            ro=["domain"],
            rs=["operations"],
            tz=-8,
            langs=["en"],
        ),
    ),
    # 21 ---------------------------------------------------------------- trap: language
    pair(
        21,
        "en",
        "hair-clippings-booms",
        "A runs hair salons that bin kilos of cut hair; B makes oil-absorbing mats and booms "
        "from hair and needs a steady, sorted supply.",
        a=person(
            "Tamsin Raikes",
            "I own 9 hair salons, we sweep up ~50 kg of hair a week.",
            "It all goes in the bin and we pay for that. Would love it to be useful.",
            tz=0,
            langs=["en"],
            loc="Brighton",
        ),
        b=person(
            "Olumide Adeyemi",
            "I felt mats and booms that soak up oil spills in harbours.",
            "Supply is my problem: I need clean, bagged locks by the tonne.",
            tz=0,
            langs=["en"],
            loc="Southampton",
        ),
        twin=person(
            "Fergus Hallam",
            "I make oil-spill booms from recycled fibres for ports.",
            "A port authority contact who'll let me trial at scale.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Chloe Fenwick",
            "I sell eco salon products, shampoo refills etc.",
            "A salon chain to stock my refills at every chair.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ginevra Lombardi",
            "Faccio tappetini e barriere che assorbono il petrolio nei porti.",
            "Mi servono tonnellate di capelli tagliati, puliti e in sacchi.",
            tz=1,
            langs=["it"],
        ),
    ),
    # 22 ---------------------------------------------------------------- trap: consent
    pair(
        22,
        "cross",
        "dyslexia-reading-app",
        "A built a reading app for dyslexic children that needs clinicians to prescribe and "
        "follow it; B runs a network of speech therapists with 18-month waiting lists.",
        a=person(
            "Harriet Lindqvist",
            """I'm a developer and a former primary school teacher. Over four years I built
            an app that trains dyslexic children to decode words, with a voice that reads
            along, exercises that adapt every day, and a dashboard of each child's
            progress. It works in English and French, and 900 families use it in the UK.
            My own son is dyslexic, which is how this started. I live in Brussels now and
            my French is fluent.""",
            """Parents use it alone and give up after a month. It works when a professional
            sets the exercises and checks in every fortnight, and I need those people, and
            the outcome data they would collect, to get it reimbursed. I also need someone
            who can tell me when the app is wrong about a child.""",
            """Children first, data second, profit third. Never sell families' data.""",
            ro=["tech"],
            tz=1,
            langs=["en", "fr"],
            loc="Brussels",
        ),
        b=person(
            "Véronique Delvaux",
            """J'anime un réseau de soixante-dix orthophonistes indépendantes en Wallonie
            et à Bruxelles : formations communes, échanges de cas, un secrétariat partagé.
            Je suis moi-même orthophoniste depuis vingt-cinq ans, spécialisée dans les
            troubles de la lecture. J'enseigne aussi deux jours par mois à la Haute École.""",
            """Nos listes d'attente font dix-huit mois. Pendant ce temps, les enfants
            perdent une année d'école et leur confiance. Je voudrais un outil que les
            familles utilisent tous les jours à la maison entre deux séances, que nous
            puissions régler et suivre à distance, et qui nous laisse voir qui avance.""",
            """Aucun enfant ne doit attendre pour apprendre à lire.""",
            tz=1,
            langs=["fr", "en"],
            loc="Namur",
        ),
        twin=person(
            "Sandrine Lambotte",
            """Je coordonne un centre de logopédie à Liège, douze thérapeutes, beaucoup
            d'enfants avec des troubles du langage oral. Nous avons aussi une
            consultation pour les adultes après un accident vasculaire. Nos
            thérapeutes sont très bien formées et nous avons une liste d'attente de
            six mois.""",
            """Il me faut un associé gestionnaire qui négocie avec les mutuelles et
            reprenne la facturation, parce que nous perdons des milliers d'euros en
            dossiers refusés chaque année. Idéalement quelqu'un qui connaît déjà la
            nomenclature et les mutuelles belges.""",
            """Des soins accessibles à tous.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Owen Castellano",
            """I run an edtech fund's portfolio in London and have money for apps that
            help children with learning differences. We've backed four edtech
            companies so far and we like founders who stay close to families.""",
            """A founder with a working reading app, real families using it, and a plan
            to get health insurers to pay. We want evidence from real families and a
            route to reimbursement in at least one country.""",
            ro=["finance"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Murielle Gillard",
            """J'anime un réseau de cinquante orthophonistes à Charleroi et Mons, toutes
            spécialisées dans la lecture. Je suis orthophoniste depuis vingt ans,
            spécialisée dans la lecture.""",
            """Nos listes d'attente sont énormes ; je veux un outil que les familles
            utilisent chaque jour à la maison, réglé et suivi par nous à distance.
            Pendant l'attente, les enfants perdent une année d'école et leur
            confiance.""",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 23 ---------------------------------------------------------------- trap: visibility
    pair(
        23,
        "mixed",
        "film-location-fixing",
        "A is a Paris fixer who gets permits and locations for foreign crews; B's London "
        "company is shooting a series in Paris and has no one local.",
        a=person(
            "Yasmine Aït-Kaci",
            "Je suis fixer à Paris: I get the permits, the locations and the police on board.",
            "Mes clients viennent par le bouche-à-oreille only, and it's irregular, je ne peux pas planifier.",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Jonathan Whitlock",
            "London drama producer; 8-episode series to shoot in Paris next year.",
            "Nobody on my team knows who to ask for streets, roofs or metro nights.",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin=person(
            "Priyanka Shetty",
            "London producer, doc series on French chefs, shooting in Lyon.",
            "A co-producer with French tax-credit money to close our budget.",
            ro=["sales"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Kévin Ribeiro",
            "Chauffeur de production, j'ai un van, je connais Paris by night.",
            "Une fixeuse qui m'envoie sur ses tournages étrangers.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Eleanor Pascoe",
            "London producer; series shooting in Paris in spring.",
            "Someone local for streets, roofs and night shoots in the metro.",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 24 ---------------------------------------------------------------- trap: commitment
    pair(
        24,
        "cross",
        "wild-botanicals-gin",
        "A forages wild plants in the Cévennes and sells them to herbalists; B distils gin in "
        "London and wants a wild, traceable botanical that nobody else has.",
        a=person(
            "Maïwenn Roustan",
            """Je suis cueilleuse de plantes sauvages dans les Cévennes depuis quinze ans,
            avec l'agrément de l'Association française des professionnels de la cueillette.
            Je connais chaque versant : genévrier, serpolet, immortelle, reine-des-prés,
            myrte des marais. Je sèche tout dans un grenier ventilé et je tiens un registre
            de chaque récolte, lieu et date. L'hiver, je fais des visites guidées pour les
            écoles.""",
            """Je vends aux herboristes, qui paient mal et commandent peu, et certaines
            plantes partent à la poubelle en fin de saison. J'aimerais un acheteur fidèle,
            qui prenne des volumes chaque année et dise d'où vient la plante.""",
            """Ne jamais cueillir plus d'un tiers d'une station.""",
            tz=1,
            langs=["fr"],
            loc="Florac",
        ),
        b=person(
            "Hamish Trelawney",
            "Gin distiller in Bermondsey, 40k bottles a year. I speak some French.",
            "I want one rare wild botanical, picked by hand, with a place on the label.",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Saffron Peverell",
            "I distil gin in Bristol and sell to cocktail bars across the UK.",
            "An export agent who gets us listed in US liquor stores.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Lucienne Chabrol",
            "Je fais des tisanes bio à Alès, vendues en magasin.",
            "Une cueilleuse qui me fournit serpolet et reine-des-prés sauvages.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ptolemy Grange",
            "I distil gin in Hackney, 25k bottles a year.",
            "One rare wild plant from France, hand-picked, named on the label.",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 25 ---------------------------------------------------------------- trap: timezone
    pair(
        25,
        "en",
        "cobol-maintenance",
        "A is a retired mainframe programmer who wants paid work again; B's building society "
        "runs on an old core system nobody left can change.",
        a=person(
            "Raymond Ellesmere",
            """I wrote COBOL and CICS for a high-street bank for thirty-four years, from
            punched cards to the last mainframe migration in 2015: batch jobs, what savers
            earn each night, end-of-day reconciliation, the lot. I stopped at 61 and spent two
            years building a model railway in the loft, which is finished now. My wife says
            I'm under her feet.""",
            """I'd like real work again, three days a week, on systems that matter, for
            people who value what I know rather than calling it legacy. I also want to
            pass it on: I'd happily train two or three young programmers if somebody paid
            for their time.""",
            """Test everything twice. Never change a production system on a Friday.""",
            ro=["tech"],
            c="part-time",
            tz=0,
            langs=["en"],
            loc="Chester",
        ),
        b=person(
            "Lorraine Pickavance",
            """I'm chief operating officer of a small building society in the north-west:
            42,000 members, 14 branches, a mutual since 1868. Our core accounts platform is
            forty years old and runs on a rented mainframe. It is reliable, and our members
            trust us partly because we never have outages. I joined from a supermarket's
            logistics team and know very little about computers.""",
            """The last two people who understood our core system retired this year, and
            the regulator now wants a change to how we calculate and report savings
            interest by next spring. Nobody on staff can read the code, and the big
            consultancies quoted us a full replacement at twelve million pounds.""",
            """Members first. Slow and safe beats fast and shiny.""",
            c="part-time",
            tz=0,
            langs=["en"],
            loc="Preston",
        ),
        twin=person(
            "Desmond Whitgreave",
            """I'm operations director of a credit union in Leeds with 18,000 members.
            Our systems are on a modern cloud platform, but our members are ageing
            and our loans book is shrinking every year. Our members are loyal and our
            savings rates are the best in the city, but nobody under forty has heard
            of us.""",
            """I need a marketer who can bring in members under thirty through social
            media and partnerships with employers, because we'll be gone in ten years
            if not. Ideally someone who has grown a mutual or a charity with young
            people before.""",
            """Community money for community people.""",
            c="part-time",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Zara Mahmood",
            """I'm a computing graduate and want a career in banking systems rather than
            web apps. I did a placement in a bank's batch team and loved it, but they
            only hire seniors. I got a first, and my dissertation was about error
            handling in old systems.""",
            """An experienced mainframe programmer who will mentor me on real batch and
            CICS code. I'm happy to work for a low wage while I learn. Ideally two
            days a week alongside someone who's seen everything go wrong.""",
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Bronwyn Castlemaine",
            """COO of a small mutual bank in Sydney; our core accounts run on a forty-
            year old mainframe and the last two people who could read the code have
            retired. Our members trust us because we never have outages.""",
            """Someone who can read and safely change our old core system before a new
            interest-reporting rule next spring. The big consultancies quoted us a
            full replacement we can't afford.""",
            """Slow and safe beats fast and shiny.""",
            c="part-time",
            tz=10,
            langs=["en"],
        ),
    ),
    # 26 ---------------------------------------------------------------- trap: language
    pair(
        26,
        "cross",
        "nurse-english-training",
        "A teaches English to professionals in Lyon; B runs nursing staff at a hospital that "
        "receives more and more patients who speak no French.",
        a=person(
            "Gillian Pryce-Morel",
            "I teach English to adults in Lyon, 12 yrs, small groups, role-play.",
            "My clients are all banks. I want a sector where it matters more.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["en"],
            loc="Lyon",
        ),
        b=person(
            "Dominique Faurax",
            "Je dirige les soins d'un hôpital à Lyon, 900 infirmières.",
            "Nos patients étrangers ne sont pas compris aux urgences. C'est dangereux.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        twin=person(
            "Béatrice Chomarat",
            "Je dirige les soins d'une clinique privée à Villeurbanne.",
            "Un logiciel de planning des équipes de nuit, on s'y perd.",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Ahmed Saïdi",
            "I'm a nurse from Manchester moving to Lyon next year.",
            "Someone who can get me speaking French at work, fast.",
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Pascale Ronzière",
            "Je dirige les soins d'un hôpital à Grenoble, 600 infirmières.",
            "Aux urgences, on ne comprend pas les patients étrangers.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 27 ---------------------------------------------------------------- trap: consent
    pair(
        27,
        "fr",
        "self-defence-classes",
        "A tient une salle de boxe et voudrait des cours de défense pour femmes; B anime une "
        "association d'aide aux victimes dont les usagères ont peur de sortir.",
        a=person(
            "Karima Benslimane",
            """J'ai ouvert une salle de boxe à Roubaix il y a huit ans : deux rings, trois
            coachs diplômés, deux cents adhérents, beaucoup d'ados du quartier. J'ai été
            championne de France amateur en 2011. Je connais les gestes qui permettent de
            se dégager quand on est saisi, et j'ai monté un programme de six séances.""",
            """Celles qui auraient le plus besoin de ce programme ne poussent jamais la
            porte d'une salle de boxe. Il me faut quelqu'un qui les connaisse, qu'elles
            croient, et qui les accompagne jusqu'à nous.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Roubaix",
        ),
        b=person(
            "Hélène Vandamme",
            "J'anime une association d'aide aux victimes à Lille, 300 femmes suivies.",
            "Beaucoup n'osent plus sortir seules. Elles veulent reprendre confiance.",
            tz=1,
            langs=["fr"],
            loc="Lille",
        ),
        twin=person(
            "Sabine Coquelle",
            "Je dirige un centre d'hébergement pour femmes à Tourcoing.",
            "Une avocate bénévole pour les procédures de divorce, c'est urgent.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Julien Delattre",
            "Je suis coach sportif et je veux apprendre à boxer pour enseigner.",
            "Une salle qui me forme et me laisse donner des cours.",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Nadia Hammoudi",
            "J'anime une association pour les femmes victimes, à Roubaix.",
            "Elles n'osent plus sortir seules et veulent reprendre confiance.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 28 ---------------------------------------------------------------- trap: visibility
    pair(
        28,
        "cross",
        "fleur-de-sel",
        "A rakes sea salt in Guérande and sells through a cooperative; B makes chocolate in "
        "London and wants a named salt from one marsh.",
        a=person(
            "Erwan Le Bihan",
            """Je suis paludier à Guérande depuis dix-sept ans, sur soixante œillets que
            j'ai repris à un ancien. Je récolte la fleur à la main, tôt le matin, quand il
            n'y a pas de vent, et je sèche au soleil sans rien ajouter. Une bonne année,
            c'est trois tonnes de fleur et quarante de gros sel. L'hiver, je refais les
            talus et je joue du biniou dans un bagad.""",
            """Presque tout part à la coopérative, mélangé avec le sel des autres, et mon
            nom disparaît. Je voudrais vendre une partie de ma fleur en direct, à un
            artisan qui la met en avant et qui paie pour la qualité, pas pour le poids.""",
            """Le marais décide. On ne force rien, ni la mer ni le soleil.""",
            tz=1,
            langs=["fr", "en"],
            loc="Guérande",
        ),
        b=person(
            "Philippa Moncrieff",
            """I make chocolate from bean to bar in a small workshop in Islington, about
            two tonnes a year, sold in my shop and through forty delis. My best seller is a
            salted milk bar, and the next range will name the origin of every ingredient,
            not just the cocoa. I trained as a pastry chef and worked in Lyon for a year.""",
            """My salt comes from a wholesaler in sacks with no story, and the flakes vary
            from batch to batch. I want crystals raked by hand from one named marsh, by one
            person I can photograph and visit, with the same texture every year.""",
            """Every ingredient has a face.""",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin=person(
            "Lachlan Burgess",
            """I run a bean-to-bar chocolate brand in Edinburgh, three tonnes a year,
            sold in Waitrose and in our café; our salted caramel bar is famous
            locally. We roast and conch in a converted warehouse in Leith and run
            tastings on Saturdays.""",
            """I need a cocoa trader who can get me direct contracts with farmer groups
            in Peru, with shipping and certification handled, because brokers hide
            where the beans come from. Ideally someone who has worked with
            cooperatives in Peru and speaks Spanish.""",
            """Traceable cocoa or no cocoa.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Gaëlle Tanguy",
            """Je tiens une épicerie fine à Nantes et je vends des produits bretons aux
            touristes. Je vends surtout aux touristes en été, des biscuits, du
            caramel et des conserves de poisson. Ma boutique est dans le vieux Nantes
            et je fais aussi des paniers pour les comités d'entreprise.""",
            """Un paludier qui me vend sa fleur en direct, avec son nom sur le sachet.
            Je veux une fleur de qualité avec le nom du producteur, pas un sel de
            coopérative. Quelques centaines de sachets par an, payés comptant.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rosamund Tiller",
            """I make bean-to-bar chocolate in Hove; my salted bar sells best, and my
            next range names every ingredient's origin. About a tonne a year, sold in
            my shop and through thirty delis.""",
            """Hand-raked flakes from one named marsh, from one person I can visit, the
            same every year. My current flakes come from a wholesaler in sacks and
            vary from batch to batch.""",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 29 ---------------------------------------------------------------- trap: commitment
    pair(
        29,
        "en",
        "memoir-writing",
        "A ghostwrites memoirs and wants a steady stream of subjects; B manages retirement "
        "villages whose residents' families want their life stories kept.",
        a=person(
            "Philippa Strand",
            "Ghostwriter, 14 memoirs. I interview, write, print.",
            "My clients come one a year. I need many old folk with stories.",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Norwich",
        ),
        b=person(
            "Trevor Bagshaw",
            "I manage 4 retirement villages in Norfolk, 600 residents.",
            "Families keep asking how to keep grandad's war stories before it's too late.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Norwich",
        ),
        twin=person(
            "Gwen Tollemache",
            "I run 2 retirement villages in Suffolk, 300 residents.",
            "A physio who can run falls-prevention classes every week.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Colin Amesbury",
            "I'm 84, I flew Vulcans, I've got stories.",
            "Someone to help me write it down properly for my grandkids.",
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Hilary Foxton",
            "I manage 3 retirement villages in Essex.",
            "Families want their elders' life stories kept before it's too late.",
            ro=["sales"],
            rs=["domain"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 30 ---------------------------------------------------------------- trap: timezone
    pair(
        30,
        "cross",
        "eu-grant-writing",
        "A writes successful EU funding bids and wants clients with real projects; B's farm "
        "cooperative has projects but never applies because the forms defeat them.",
        a=person(
            "Annelies Verhoeven",
            "EU funding writer in Brussels, 31 bids won, Horizon + LIFE + Interreg.",
            "I want clients with real projects on the ground, not consultancies.",
            ro=["domain"],
            tz=1,
            langs=["en", "fr", "nl"],
            loc="Brussels",
        ),
        b=person(
            "Benoît Hanquet",
            """Je préside une coopérative de quarante-deux fermes bio dans le Condroz :
            légumes, lait, céréales, une fromagerie commune et un magasin à Ciney. Nous
            avons des projets plein les tiroirs, une unité de compostage, une légumerie
            pour les cantines, des haies sur vingt kilomètres. Je suis moi-même éleveur de
            vaches laitières, avec mon frère.""",
            """Nous n'avons jamais touché un euro de l'Europe. Les appels sont écrits dans
            une langue qu'on ne comprend pas, il faut des partenaires dans trois pays, et le
            dossier prend six mois. On a essayé une fois, on a abandonné au bout de
            quarante pages.""",
            """Des fermes qui vivent et qui nourrissent leur région.""",
            tz=1,
            langs=["fr"],
            loc="Ciney",
        ),
        twin=person(
            "Marie-Claire Dethier",
            """Je gère une coopérative de producteurs de fraises et de petits fruits
            près de Liège, vingt fermes, une chambre froide et un contrat avec deux
            supermarchés. Nous avons déjà obtenu des aides régionales pour nos
            serres. Nos fraises sont récoltées à la main et livrées en vingt-quatre
            heures, et notre chambre froide est neuve.""",
            """Il nous faut un responsable commercial qui négocie avec les centrales
            d'achat et trouve de nouveaux clients en Flandre, parce que nos deux
            supermarchés baissent leurs prix chaque année. Idéalement quelqu'un qui
            connaît déjà les acheteurs de la grande distribution.""",
            """Le juste prix pour le producteur.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Koen Dewulf",
            """I lead a university lab in Ghent working on soil carbon. We have three
            farm partners in Belgium and France and a good draft, but no one who has
            won such a bid. Our lab has eight researchers and good links with farmers
            in Wallonia.""",
            """An experienced writer to lead our next Horizon bid with farm partners.
            The deadline is in four months. Someone who has already won Horizon money
            and can write the whole bid.""",
            rs=["domain"],
            tz=1,
            langs=["en", "nl"],
        ),
        trap=person(
            "Marguerite Tessier",
            """J'anime une coopérative de trente fermes bio à Tahiti, avec des projets
            de compostage et de haies qui n'ont jamais reçu un euro des fonds
            européens. Nous avons une fromagerie commune et un magasin de
            producteurs.""",
            """Les appels à projets sont illisibles pour nous ; on a abandonné au bout
            de quarante pages. Il faut des partenaires dans trois pays et six mois de
            dossier.""",
            tz=-10,
            langs=["fr"],
        ),
    ),
]
