"""Pairs 1-16 of complementary_v3."""

from people import pair, person

PAIRS = [
    # 1 ------------------------------------------------------------------ trap: language
    pair(
        1,
        "cross",
        "agritech",
        "A runs a cooperative of market gardeners and wants cheap devices that tell growers "
        "when to water; B builds low-power field sensors and wants someone who knows growers "
        "and can run trials on real farms.",
        a=person(
            "Mathilde Vergnaud",
            """Maraîchère bio depuis quinze ans et présidente d'une coopérative de 38
            producteurs dans la Drôme. Je connais les sols, les cultures, les galères d'eau
            l'été, et surtout je peux ouvrir les portes de dizaines de fermes pour des essais
            grandeur nature.""",
            """L'été dernier on a perdu des planches entières faute de savoir quand arroser.
            Je cherche quelqu'un qui sait fabriquer des petits boîtiers qu'on plante dans la
            terre, qui tiennent une saison sur pile et qui envoient l'info sur le téléphone.
            Pas besoin d'un génie du logiciel, plutôt de l'électronique robuste.""",
            """Sobriété, prix juste pour les paysans, décisions prises ensemble.""",
            tz=1,
            langs=["fr"],
            stage="idea",
            loc="Valence",
        ),
        b=person(
            "Owen Bracewell",
            """Embedded engineer, ten years in low-power radio. I designed LoRaWAN probe
            nodes that measure volumetric water content and temperature at three depths and
            run 14 months on two AA cells. I do PCB layout, firmware and the enclosure
            myself.""",
            """I have hardware but no growers. I need a partner from the farming side who
            understands crops and soils, can tell me what readings actually change a
            decision, and can get my prototypes onto working farms for a full season. I
            lived in Montpellier for years and speak French.""",
            """Build things that last and that small farms can afford.""",
            headline="Low-power field sensing, looking for an agronomy partner",
            tz=0,
            langs=["en", "fr"],
            loc="Cardiff",
        ),
        twin=person(
            "Kyle Dunmore",
            """Hardware engineer: wireless soil probes and weather stations, 6 years, custom
            firmware, solar-powered nodes already installed in 40 Napa vineyards.""",
            """Need a finance co-founder to raise a $5M seed and build the investor deck.
            Ideally ex-VC. We want to be the Salesforce of vineyards within three years.""",
            """Move fast, raise big, own the category.""",
            tz=-1,
            langs=["en", "fr"],
            loc="Lisbon",
        ),
        twin2=person(
            "Florence Aubin",
            """Électronicienne : capteurs d'humidité du sol sans fil pour jardiniers amateurs,
            carte et firmware faits maison, autonomie d'un an, 2 000 exemplaires vendus sur
            Kickstarter.""",
            """Je cherche une personne du e-commerce grand public pour vendre en jardineries et
            sur Amazon, avec une vraie machine marketing.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Bastien Lheureux",
            """Drone pilot and multispectral imaging specialist; I deliver crop vigour maps of fields
            within 48 hours.""",
            """I need someone from the farming side, with a network of growers and real crop knowledge,
            to interpret my maps and sell to farms.""",
            tz=1,
            langs=["fr", "en"],
            loc="Avignon",
        ),
        trap=person(
            "Grant Ellery",
            """Firmware and PCB designer; I build battery-powered soil moisture stakes that
            report over LoRa and last a season.""",
            """Looking for a grower or agronomist with a network of farms to run field
            trials and decide what matters to measure.""",
            """Affordable tools for small farms.""",
            tz=0,
            langs=["en"],
            loc="Bristol",
        ),
    ),
    # 2 ------------------------------------------------------------------- trap: consent
    pair(
        2,
        "en",
        "logistics",
        "A is a freight forwarder who knows cross-border customs paperwork and needs software "
        "built; B is a developer who built document-parsing tools and wants a customs expert "
        "to tell him what matters.",
        a=person(
            "Priya Ramaswamy",
            "12 yrs as customs broker, UK/EU post-Brexit. I know every form and every trap.",
            "need someone to code. our declarations are still retyped by hand from PDFs.",
            tz=0,
            langs=["en"],
            ro=["domain"],
            rs=["tech"],
        ),
        b=person(
            "Tomasz Wierzbicki",
            "Python dev, built OCR + extraction pipelines for invoices and bills of lading.",
            "Want a partner who lives in the trade world and knows what importers pay for.",
            "Boring problems, paying customers.",
            tz=1,
            langs=["en", "pl"],
            ro=["tech"],
            rs=["domain"],
        ),
        twin=person(
            "Ravi Chandran",
            "Backend engineer, document AI: invoice extraction, OCR, table parsing at scale.",
            "Looking for a growth marketer to run paid acquisition for a self-serve SaaS.",
            "Hypergrowth. Blitzscale.",
            tz=1,
            langs=["en"],
            ro=["tech"],
            rs=["marketing"],
        ),
        one=person(
            "Helen Castleford",
            """I run a small importing business (ceramics from Portugal) and want to start a
            marketplace for independent homeware shops.""",
            """Need a co-founder who really knows customs and border paperwork after Brexit;
            we lose weeks at the port.""",
            tz=0,
            langs=["en"],
            ro=["operations"],
            rs=["domain"],
        ),
        trap=person(
            "Declan Hurley",
            "Developer: PDF and scanned-document extraction for shipping documents.",
            "Looking for a customs specialist who knows what forwarders need automated.",
            tz=0,
            langs=["en"],
            ro=["tech"],
            rs=["domain"],
            consent=False,
        ),
    ),
    # 3 ---------------------------------------------------------------- trap: visibility
    pair(
        3,
        "fr",
        "construction",
        "A est conducteur de travaux et veut outiller le suivi de chantier ; B est designer "
        "produit qui a travaillé sur des applis terrain et cherche quelqu'un du bâtiment.",
        a=person(
            "Yannick Bouvard",
            """Vingt ans de chantier, d'abord compagnon maçon puis conducteur de travaux dans
            une PME de gros œuvre en Savoie. Je sais comment se passe vraiment une réunion de
            chantier, ce que les chefs d'équipe notent (ou pas), et pourquoi les réserves
            traînent des mois. J'ai un carnet d'adresses de promoteurs et d'artisans. Je ne
            suis pas du tout geek, je l'avoue.""",
            """Les outils qu'on nous vend sont faits pour des bureaux, pas pour des gars avec
            des gants et un écran qu'on ne voit plus dehors. Il me faut quelqu'un qui sait
            penser une appli
            simple à utiliser, aller observer sur place, dessiner les écrans et les tester
            avec les équipes. Le code viendra après, ou avec un prestataire.""",
            """Respect des compagnons. On ne vend pas du vent. Chacun met les mains dans le
            cambouis.""",
            c="full-time",
            tz=1,
            langs=["fr"],
            loc="Chambéry",
        ),
        b=person(
            "Léa Montagnier",
            """Designer UX/UI, sept ans, spécialisée dans les interfaces pour le terrain :
            applis de tournée pour techniciens, saisie hors ligne, gros boutons, lisibilité
            en plein soleil. Je fais de la recherche utilisateur en observation directe.""",
            """Je veux m'associer avec une personne qui connaît le BTP de l'intérieur, qui a
            dirigé des équipes sur des sites et qui peut m'emmener rencontrer ceux qui bâtissent.
            Sans ça je dessine dans le vide.""",
            """Utilité avant esthétique, humilité devant l'usager.""",
            tz=1,
            langs=["fr", "en"],
            loc="Grenoble",
        ),
        twin=person(
            "Quentin Delaroche",
            """Designer produit senior, interfaces mobiles pour équipes terrain (maintenance
            industrielle, livraisons), tests d'usage sur site.""",
            """Je cherche un associé technique, développeur full-stack capable de livrer vite
            un MVP ; le secteur m'importe peu tant que le marché est gros.""",
            """Vitesse d'exécution, ambition mondiale.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Sonia Ferrandi",
            """Développeuse React Native, j'ai une appli de photos géolocalisées qui pourrait
            servir aux chantiers.""",
            """Je cherche un profil BTP : quelqu'un qui a mené des équipes sur chantier et
            connaît les promoteurs pour me dire quoi construire et m'ouvrir des portes.""",
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        trap=person(
            "Hélène Castagne",
            """Designer d'interfaces pour techniciens sur site : saisie hors ligne, écrans
            lisibles dehors, études terrain.""",
            """Cherche quelqu'un du bâtiment, ancien chef de chantier ou conducteur de
            travaux, avec un réseau.""",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 4 ---------------------------------------------------------------- trap: commitment
    pair(
        4,
        "cross",
        "legal",
        "A is a tenant-rights lawyer who wants a self-help tool for tenants; B is a French "
        "full-stack developer who built form-filling tools for the public and wants a "
        "lawyer to own the legal content.",
        a=person(
            "Rosalind Achterberg",
            """Housing lawyer at a legal aid clinic in Montreal. I've seen every kind of
            eviction notice and I draft the standard letters tenants should send. I can
            write and check legal content in plain language.""",
            """Half our cases could be solved earlier if tenants had a guided tool online.
            I'm looking for someone who can actually make that: a web app that asks simple
            questions and produces the right letter.""",
            """Access to justice, free for those who can't pay.""",
            ro=["legal"],
            rs=["tech"],
            tz=-5,
            langs=["en", "fr"],
            loc="Montréal",
        ),
        b=person(
            "Félix Gagnon-Roy",
            """Développeur full-stack (Django, Vue), j'ai fait des assistants de démarches
            pour une ville : questionnaires à embranchements, génération de documents PDF,
            accessibilité.""",
            """Je cherche une juriste ou un avocat qui connaît le droit du logement et qui
            peut rédiger et valider tout le contenu juridique, pour qu'on aide les
            locataires sans se tromper.""",
            """Service public, code ouvert.""",
            ro=["tech"],
            rs=["legal"],
            tz=-5,
            langs=["fr", "en"],
            loc="Montréal",
        ),
        twin=person(
            "Maxime Tremblay",
            """Développeur web full-stack, formulaires dynamiques et génération de
            documents, cinq ans en agence.""",
            """Je cherche un associé commercial pour vendre un outil de contrats aux
            propriétaires et gestionnaires d'immeubles.""",
            """Rentabilité d'abord.""",
            ro=["tech"],
            rs=["sales"],
            tz=-5,
            langs=["fr", "en"],
        ),
        one=person(
            "Gwen Pelletier",
            """Community organiser with a tenants' union of 2,000 members; I run workshops
            and know every housing committee in town.""",
            """I need a housing lawyer who will write our know-your-rights guides and check
            them, so we stop getting things wrong.""",
            tz=-5,
            langs=["en", "fr"],
        ),
        trap=person(
            "Julien Bergeron",
            """Dev web, assistants de démarches en ligne, questionnaires et lettres
            générées automatiquement.""",
            """Cherche avocate en droit du logement pour le contenu juridique.""",
            ro=["tech"],
            rs=["legal"],
            c="side-project",
            tz=-5,
            langs=["fr", "en"],
        ),
    ),
    # 5 ------------------------------------------------------------------ trap: timezone
    pair(
        5,
        "mixed",
        "music",
        "A is a sound engineer who built a plugin for mixing live concerts and needs a "
        "music-industry seller; B is an ex-label rep who sells to venues and wants a "
        "product of her own.",
        a=person(
            "Arnaud Kessler",
            """Ingé son live depuis 2009, tournées en Europe. J'ai développé un plugin qui
            équilibre automatiquement les retours de scène, testé sur 60 dates. Tech is
            done, the product works, I just can't sell anything to save my life.""",
            """Je cherche quelqu'un qui connaît les salles de concert, les organisateurs des
            grands rendez-vous d'été et les loueurs de
            matos, someone who can pick up the phone and close deals with the people who book
            shows.""",
            """Musique d'abord. Pas de bullshit.""",
            tz=1,
            langs=["fr", "en"],
            loc="Nantes",
        ),
        b=person(
            "Carmen Ortiz-Lamb",
            """Eight years as a rep for a pro audio distributor, I sold consoles and PA
            systems to 300+ venues, festivals and rental houses across Europe; I know the
            buyers by name.""",
            """I want a real product made by someone who has mixed shows, a tool that
            sound crews would fight to keep. I'll do the selling.""",
            tz=0,
            langs=["en", "es"],
            loc="London",
        ),
        twin=person(
            "Jonas Feldberg",
            """Former sales lead at an audio hardware brand; I sold mixing desks and
            speakers to venues and festival producers for years.""",
            """Looking for a streaming/app developer to build a consumer music app for
            fans. Mobile-first, viral growth.""",
            """Scale first, monetise later.""",
            tz=1,
            langs=["en", "de"],
        ),
        one=person(
            "Lina Osei",
            """Producer running a small studio with a catalogue of sample packs; I have
            40k followers among bedroom producers.""",
            """Need a seasoned live sound engineer to co-create a course and preset pack
            about mixing on stage.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Marcus Delacey",
            """Pro audio sales, 10 yrs: venues, festivals, rental companies in North
            America.""",
            """Looking for a touring sound engineer with a working product to sell.""",
            tz=-8,
            langs=["en", "fr"],
            loc="Los Angeles",
        ),
    ),
    # 6 ------------------------------------------------------------------ trap: language
    pair(
        6,
        "cross",
        "elderly-care",
        "A runs home-care agencies and needs a way to plan carers' rounds; B is an "
        "operations-research engineer who optimises routes and wants a care operator to "
        "test with.",
        a=person(
            "Françoise Lemarchand",
            "Dirige 3 agences d'aide à domicile, 140 aides. Connais le métier par coeur.",
            "Planning des tournées = cauchemar chaque lundi. Cherche qqn pour automatiser ça.",
            tz=1,
            langs=["fr", "en"],
            loc="Rouen",
        ),
        b=person(
            "Nikhil Varma",
            "Operations research engineer; vehicle routing and shift scheduling solvers.",
            "Want a partner running home visits at scale who can pilot and sell to peers.",
            tz=0,
            langs=["en"],
            loc="Reading",
        ),
        twin=person(
            "Stefan Ilić",
            """Ingénieur en optimisation : planification de tournées et de plannings pour des flottes de
            livraison, solveurs maison.""",
            """Cherche un associé profil directeur financier pour structurer une levée de fonds dans la
            Silicon Valley.""",
            "Voir grand, tout de suite.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Agathe Rivoire",
            "Infirmière coordinatrice, je forme les aides à domicile aux gestes de soins.",
            "Cherche une directrice d'agence d'aide à domicile pour lancer une offre de formation.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Jürgen Hollweg",
            "Tourenplanung und Schichtoptimierung, zehn Jahre Erfahrung mit Solvern.",
            "Suche einen Pflegedienst-Betreiber für Pilotprojekte.",
            tz=1,
            langs=["de"],
        ),
    ),
    # 7 ------------------------------------------------------------------- trap: consent
    pair(
        7,
        "en",
        "insurance",
        "A is an actuary who wants to price flood cover for small businesses; B is a "
        "broker-side salesperson with an SME book and wants a pricing brain.",
        a=person(
            "Eleanor Whitcombe",
            """Actuary, 14 years, the last six pricing property catastrophe risk at a
            Lloyd's syndicate. I built flood models that combine river gauge data and
            elevation maps. I can design a product, get it through a capacity provider and
            keep the loss ratio honest. What I've never done is find customers: I've always
            had underwriters and brokers do that, and at a start-up there's nobody.
            Honestly I find cold outreach terrifying.""",
            """Someone who can get a small-business insurance product in front of the
            people who'd buy it: the bakeries and workshops by the river that can't get
            cover today. Somebody who knows how the intermediaries who place business cover get
            paid, who is
            already friends with lots of them, and who likes being out visiting. If you've run a
            distribution team, even better.""",
            """Fair prices, claims paid quickly, no small print tricks.""",
            ro=["finance", "domain"],
            tz=0,
            langs=["en"],
            loc="York",
        ),
        b=person(
            "Darren McAllister",
            """I've spent eleven years in commercial lines at regional brokerages in the
            north of England and now manage a team of eight account handlers. I know
            hundreds of independent brokers personally and have placed policies for
            thousands of small firms, from garages to cafés. I like the road and I like
            the phone.""",
            """I keep seeing clients refused because they sit next to water. I want to partner
            with someone
            who can design and price that kind of policy, with the maths and the insurer-backing
            relationships I don't have.""",
            """Treat the customer like your neighbour.""",
            ro=["sales"],
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        twin=person(
            "Jessica Farrow",
            """Insurance distribution, 12 years: I built and ran the broker network of a
            commercial insurer across the north of England and Scotland, signing up 300
            independent brokers and placing policies for shops, workshops and hauliers.
            Comfortable on the phone and on the motorway.""",
            """Looking for a developer to build a comparison website for pet insurance:
            consumer, high volume, paid search. Someone who can ship a site in weeks and scale
            the ad spend.""",
            """Volume beats margin.""",
            ro=["sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Owain Pritchard",
            """Hydrologist; I run a river monitoring network with 200 gauges in Wales, sell the
            data to councils and the water companies, and produce flood warnings for two local
            authorities.""",
            """I need an actuary or catastrophe-risk pricing specialist who can turn our river
            data into an insurance product, and who knows how to get a capacity provider to back
            it.""",
            tz=0,
            langs=["en", "cy"],
        ),
        trap=person(
            "Marie Pendlebury",
            """Commercial insurance broker, I place SME policies and know brokers across
            the north.""",
            """Looking for a pricing actuary with flood expertise to build cover for small
            firms.""",
            ro=["sales"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 8 ---------------------------------------------------------------- trap: visibility
    pair(
        8,
        "cross",
        "education",
        "A is an English-speaking adult literacy trainer who wants a learning app; B is a "
        "French game designer who makes learning games and wants a pedagogy expert.",
        a=person(
            "Moira Kinsella",
            """Adult literacy tutor for 16 years; I designed the reading curriculum used in
            30 community centres in Dublin and I train volunteers. I know why adults who
            never learned to read drop out.""",
            """My learners are ashamed to be seen with children's books. I'm looking for
            someone who can make practice feel like play for grown-ups, on a cheap phone,
            something they'd open on the bus.""",
            """Dignity. No one is 'behind'.""",
            tz=0,
            langs=["en", "fr"],
            loc="Dublin",
        ),
        b=person(
            "Bertrand Achour",
            """Game designer, dix ans dans le jeu mobile, dont trois sur des jeux
            éducatifs. Je conçois les boucles de progression, les récompenses, et je
            prototype moi-même sous Unity.""",
            """Je cherche une pédagogue qui connaît vraiment l'illettrisme chez les adultes,
            qui a déjà construit un parcours d'apprentissage et peut tester avec de vrais
            apprenants.""",
            tz=1,
            langs=["fr", "en"],
            loc="Bordeaux",
        ),
        twin=person(
            "Clément Vasseur",
            """Game designer mobile, jeux éducatifs pour enfants (maths, lecture),
            prototypage Unity, économie de jeu.""",
            """Cherche un associé pour monétiser : publicité et achats intégrés, marché
            des 6-10 ans.""",
            """Croissance et monétisation.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Siobhan Gallagher",
            """Social entrepreneur; I run a charity shop chain employing people returning
            to work.""",
            """Need an adult literacy specialist to design reading support for our staff.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Maëlle Perrot",
            """Conceptrice de jeux mobiles éducatifs, progression et récompenses, Unity.""",
            """Cherche formatrice en alphabétisation d'adultes pour concevoir le parcours.""",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 9 ---------------------------------------------------------------- trap: commitment
    pair(
        9,
        "fr",
        "food",
        "A est cheffe et veut lancer une conserverie de plats ; B est ingénieur agro qui "
        "maîtrise la stérilisation et cherche une cuisinière pour les recettes.",
        a=person(
            "Nadège Fournel",
            "Cheffe, 15 ans en restauration, bistrot à Lille. Recettes de saison.",
            "Cherche qqn qui sait mettre mes plats en bocal sans tuer le goût. Sécurité sanitaire.",
            ro=["domain"],
            rs=[],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Rémi Castaing",
            "Ingé agroalimentaire, barèmes de stérilisation, autoclave, HACCP, 8 ans en usine.",
            "Veux une vraie cuisinière pour inventer les plats et porter la marque.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Olivier Desmarais",
            "Ingénieur agro, conserverie industrielle, validation des process thermiques.",
            "Cherche un commercial GMS pour placer des conserves premium en hyper.",
            "Volume, grande distribution.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Karima Benali",
            "Je gère un tiers-lieu avec une cuisine partagée et 20 producteurs locaux.",
            "Cherche une cheffe pour animer la cuisine et créer une carte.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Damien Lesueur",
            "Ingénieur agroalimentaire, stérilisation et mise en bocal, normes sanitaires.",
            "Cherche chef(fe) pour créer les recettes.",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 10 ----------------------------------------------------------------- trap: timezone
    pair(
        10,
        "en",
        "energy",
        "A is a battery engineer who wants to repurpose EV packs for farms; B sells to "
        "farmers and co-ops and wants a hardware product to sell.",
        a=person(
            "Hamish Forsyth",
            """Battery systems engineer, ex-automotive: nine years at a carmaker's battery
            plant, then two
            at a storage start-up that went bust (long story, not the tech's fault). I grade
            second-life EV modules, rebuild them into 50 kWh stationary packs with a proper BMS
            and fire protection, and write the safety case. One unit has been running on a dairy
            farm in Aberdeenshire for a year, shaving their peak tariff and keeping the milking
            parlour going through two power cuts. I can build ten a month in a rented unit.""",
            """Someone who can get this in front of farmers and convince them: a person who
            knows how folk
            on the land decide what to buy, who they trust, which fairs and buying groups matter
            and what public money pays for kit. I'm hopeless at that, I'd rather be in the
            workshop.""",
            """Reuse before recycling.""",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Aberdeen",
        ),
        b=person(
            "Gemma Rowntree",
            """Sold machinery and solar to farms across Scotland and the north for nine
            years; I know the co-ops, the agricultural shows and the grant schemes.""",
            """Looking for an engineer with a working product that keeps farm power on, that farms could
            install.""",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Perth",
        ),
        twin=person(
            "Colin Baird",
            """Agri sales, 10 years, tractors and solar installs, strong network of farm
            co-ops in Scotland.""",
            """Looking for a software developer to build a farm management app.""",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Ailsa Munro",
            """I run a community wind co-op with 600 members.""",
            """Need a battery engineer to design storage for our turbines.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Brett Kellaway",
            """Rural sales, 12 years selling solar and pumps to farms in Queensland.""",
            """Want a battery engineer with a second-life pack product.""",
            ro=["sales"],
            rs=["tech"],
            tz=10,
            langs=["en"],
            loc="Brisbane",
        ),
    ),
    # 11 ----------------------------------------------------------------- trap: language
    pair(
        11,
        "cross",
        "fashion-resale",
        "A runs a vintage clothing shop and wants to resell online at scale; B is a "
        "marketplace engineer who wants someone who knows garments and sourcing.",
        a=person(
            "Solène Carrère",
            """J'ai ouvert ma friperie à Marseille il y a neuf ans. Je sais trier, estimer,
            reconnaître une vraie pièce des années 70 d'une copie, et j'ai des
            fournisseurs réguliers : vide-maisons, associations, grossistes de balles. On
            fait 300 pièces par semaine. Je fais un peu d'Instagram mais c'est du
            bricolage.""",
            """Vendre en ligne me prend un temps fou : photos, fiches, mise en ligne sur
            quatre sites, suivi des commandes. Je cherche une personne capable de
            construire notre propre boutique en ligne avec un outil qui automatise les
            fiches et les stocks, et qui sache faire tourner la technique.""",
            """Seconde main, pas de fast fashion. Prix honnêtes.""",
            tz=1,
            langs=["fr", "en"],
            loc="Marseille",
        ),
        b=person(
            "Ethan Lowry",
            """Software engineer, six years on e-commerce: built the listing pipeline of a
            second-hand electronics marketplace (photo capture, auto-generated product
            pages, inventory sync across channels).""",
            """I want to partner with someone who understands clothes: who can source,
            grade and price vintage, and who has a supply. I'll build everything
            technical.""",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Raphaël Nguyen",
            """Ingénieur logiciel e-commerce, j'ai monté des catalogues multi-canaux et la
            synchronisation de stocks pour des marques de mode.""",
            """Cherche une associée pour lancer une marque de vêtements neufs, production
            au Portugal, lancement rapide.""",
            """Produire vite, beaucoup de collections.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Chloe Barnett",
            """Fashion photographer with a small studio, I shoot product images for
            brands.""",
            """Looking for someone who knows vintage inside out, who can source and grade
            pieces, to start a curated resale brand.""",
            tz=0,
            langs=["en", "fr"],
        ),
        trap=person(
            "Peter Van Hoorn",
            """Software-ontwikkelaar voor webwinkels: advertenties en voorraadbeheer voor
            tweedehands spullen, gekoppeld aan meerdere marktplaatsen.""",
            """Ik zoek een kenner van vintage kleding met vaste leveranciers.""",
            tz=1,
            langs=["nl", "de"],
        ),
    ),
    # 12 ------------------------------------------------------------------ trap: consent
    pair(
        12,
        "mixed",
        "gaming",
        "A is an indie game programmer with a finished engine prototype; B is a narrative "
        "designer and writer who wants a programmer to build her game.",
        a=person(
            "Lucas Ferreira-Blanc",
            """Programmeur gameplay, 7 ans chez Ubisoft Montpellier then indie. I have a
            custom 2D engine with branching dialogue support and a playable prototype.""",
            """Il me manque l'histoire et les personnages : je cherche quelqu'un qui invente
            un monde auquel on s'attache et qui écrit les dialogues. Ideally someone who has
            already shipped a game and can also script the scenes in my tools.""",
            tz=1,
            langs=["fr", "en"],
            ro=["tech"],
            rs=["design"],
        ),
        b=person(
            "Anouk Delvaux",
            """Narrative designer and novelist; wrote two published fantasy novels and the
            branching scripts of a mobile game with 1M downloads.""",
            """Looking for a programmer who can turn my interactive story into a real game;
            I can't code.""",
            tz=1,
            langs=["en", "fr", "nl"],
            ro=["design"],
            rs=["tech"],
        ),
        twin=person(
            "Yasmine Haddouche",
            """Scénariste et narrative designer, dialogues à embranchements pour deux jeux
            mobiles, romans publiés.""",
            """Cherche un producteur/financier pour monter un studio et lever des fonds
            auprès d'éditeurs.""",
            tz=1,
            langs=["fr", "en"],
            ro=["design"],
            rs=["finance"],
        ),
        one=person(
            "Gabriel Moreau",
            """Pixel artist, I have 200 animated sprites ready and a small Twitch audience.""",
            """Cherche un programmeur gameplay avec un moteur 2D pour faire un jeu ensemble.""",
            tz=1,
            langs=["fr", "en"],
            ro=["design"],
            rs=["tech"],
        ),
        trap=person(
            "Iris Langlois",
            """Narrative designer, branching dialogue, worldbuilding; two games shipped.""",
            """Je cherche un programmeur avec un moteur 2D prêt.""",
            tz=1,
            langs=["fr", "en"],
            ro=["design"],
            rs=["tech"],
            consent=False,
        ),
    ),
    # 13 --------------------------------------------------------------- trap: visibility
    pair(
        13,
        "cross",
        "maritime",
        "A is a marine engineer who wants to retrofit fishing boats with hybrid propulsion; "
        "B is a French fisheries cooperative manager who wants cheaper fuel bills for his "
        "fleet and an engineer to do it.",
        a=person(
            "Ingrid Solheim",
            """Marine engineer, 12 years designing propulsion systems for ferries, the last
            four on hybrid diesel-electric retrofits. I can size a battery pack for a
            15-metre trawler and get it certified.""",
            """I need a partner in the fishing world: someone fishermen trust, who can tell
            me how their boats are actually used and line up the first vessels to convert.""",
            """Cleaner seas, but fishermen must earn more, not less.""",
            ro=["tech"],
            tz=1,
            langs=["en", "fr", "no"],
            loc="Bergen",
        ),
        b=person(
            "Yves Le Goff",
            """Patron pêcheur pendant vingt ans sur un chalutier de 16 mètres, aujourd'hui
            directeur d'une
            coopérative de 45 bateaux au Guilvinec. Je connais chaque armateur de Bretagne sud,
            les comités des pêches, la criée, et je sais comment un bateau tourne vraiment : les
            marées, les heures moteur, les pannes en pleine mer. Les jeunes ne veulent plus
            reprendre, entre le prix du gasoil et les quotas. Si on ne change rien, dans dix ans
            il n'y a plus personne.""",
            """Le gasoil nous tue. Je cherche un ingénieur qui sait transformer nos
            chalutiers pour qu'ils consomment moins, et faire valider tout ça par les
            Affaires maritimes.""",
            tz=1,
            langs=["fr", "en"],
            loc="Le Guilvinec",
        ),
        twin=person(
            "Erwan Caradec",
            """Armateur, trois chalutiers, membre du comité des pêches, réseau dans tous
            les ports bretons.""",
            """Cherche un développeur pour une plateforme de vente directe du poisson aux
            restaurants.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Lars Ekdahl",
            """Architecte naval, je conçois de petits ferries électriques pour les lacs nordiques.""",
            """Cherche un ingénieur qui a déjà fait des conversions hybrides certifiées, pour monter un
            chantier de rétrofit.""",
            tz=1,
            langs=["en", "no"],
        ),
        trap=person(
            "Gwénaël Kerhervé",
            """Président d'une coopérative de pêche, 30 bateaux, réseau d'armateurs.""",
            """Cherche ingénieur pour réduire la consommation de nos navires.""",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 14 --------------------------------------------------------------- trap: commitment
    pair(
        14,
        "fr",
        "public-sector",
        "A est agente dans une mairie et veut simplifier les marchés publics pour les "
        "petites entreprises ; B est juriste en commande publique et veut une personne "
        "qui connaît l'administration de l'intérieur.",
        a=person(
            "Véronique Salomon",
            """Cheffe de projet dans une collectivité depuis douze ans. Je connais les
            circuits de décision, les élus, les acheteurs publics, et je sais pourquoi les
            artisans du coin ne répondent jamais aux consultations. Je ferai un excellent
            relais vers les autres collectivités.""",
            """Il me faut quelqu'un qui maîtrise à fond le droit des appels d'offres, qui
            sait ce qu'on peut simplifier sans risque de recours et qui peut rédiger des
            modèles de dossiers que les petites boîtes comprennent.""",
            tz=1,
            langs=["fr"],
            ro=["domain"],
            rs=["legal"],
        ),
        b=person(
            "Guillaume Perrin",
            """Avocat en droit de la commande publique, dix ans en cabinet, j'ai conseillé
            des TPE candidates et des acheteurs. J'écris simple.""",
            """Je cherche une associée issue de la fonction publique territoriale, qui sait
            comment on décide en mairie et peut nous ouvrir les portes des mairies et des
            départements.""",
            tz=1,
            langs=["fr"],
            ro=["legal"],
            rs=["domain"],
        ),
        twin=person(
            "Sandrine Mollard",
            """Juriste marchés publics, je rédige des dossiers de consultation et gère les
            contentieux.""",
            """Cherche développeur pour une plateforme de veille des appels d'offres
            vendue par abonnement aux grandes entreprises du BTP.""",
            tz=1,
            langs=["fr"],
            ro=["legal"],
            rs=["tech"],
        ),
        one=person(
            "Thierry Jacquemin",
            """Consultant en transformation numérique, j'ai un outil de gestion de
            courrier pour mairies.""",
            """Cherche une personne issue d'une collectivité avec un réseau d'élus.""",
            tz=1,
            langs=["fr"],
            ro=["tech"],
            rs=["domain"],
        ),
        trap=person(
            "Aurélie Benoît",
            """Juriste spécialisée en marchés publics, rédaction de dossiers simplifiés.""",
            """Cherche quelqu'un de l'intérieur des collectivités.""",
            c="side-project",
            tz=1,
            langs=["fr"],
            ro=["legal"],
            rs=["domain"],
        ),
    ),
    # 15 ----------------------------------------------------------------- trap: timezone
    pair(
        15,
        "en",
        "sports",
        "A is a former football club secretary who wants to fix amateur club admin; B is a "
        "product designer who built membership tools and wants someone inside grassroots "
        "sport.",
        a=person(
            "Callum Threlfall",
            """Volunteer secretary of a 400-member amateur football club for 11 years and
            county FA committee member. I know how clubs chase subs, register players and
            keep parents in the loop, usually with spreadsheets and WhatsApp.""",
            """I want someone who can design a simple tool that volunteers will actually
            use, someone who talks to users, sketches, tests and keeps it dead simple.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Naomi Adeyemi",
            """Product designer, 8 years: membership and booking flows for gyms and
            leisure centres, lots of user research with non-technical people.""",
            """Looking for a co-founder who has kept a local team's admin going for
            years and knows the volunteers' headaches and the regional sports bodies.""",
            """Make volunteers' lives easier.""",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Tyler Brooks",
            """Product designer, 7 years on membership and class-booking apps for fitness
            studios: research, prototyping, testing with members.""",
            """Looking for a technical co-founder for a fantasy sports betting app; we want to
            grow fast and raise a big round.""",
            """Growth at all costs.""",
            tz=0,
            langs=["en"],
        ),
        twin2=person(
            "Freya Lindqvist",
            """UX designer, booking and membership flows for sports centres and swimming pools,
            lots of testing with staff.""",
            """Want a partner with an elite sports science background for athlete performance
            tracking.""",
            tz=1,
            langs=["en", "sv"],
        ),
        one=person(
            "Rob Haslam",
            """Coach educator; I deliver FA coaching badges to 300 volunteer coaches a year.""",
            """Need someone who has run a grassroots club's admin for years, to build a training
            programme for club secretaries.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Kiri Walker",
            """Product designer, club membership tools, user research with volunteers.""",
            """Looking for someone who has run an amateur sports club.""",
            tz=12,
            langs=["en"],
            loc="Auckland",
        ),
    ),
    # 16 ----------------------------------------------------------------- trap: language
    pair(
        16,
        "cross",
        "translation",
        "A is a sworn translator who wants a platform for certified translations; B is an "
        "English developer who built document workflows and wants a language professional.",
        a=person(
            "Bérénice Toussaint",
            "Traductrice assermentée anglais-français, 18 ans, réseau de 60 traducteurs.",
            "Cherche qqn qui code une plateforme de commande et suivi des traductions.",
            tz=1,
            langs=["fr", "en"],
            ro=["domain"],
        ),
        b=person(
            "Liam Carrick",
            "Full-stack developer, document workflow and e-signature tools.",
            "Looking for a certified translator with a network of linguists.",
            tz=0,
            langs=["en", "fr"],
            ro=["tech"],
        ),
        twin=person(
            "Aditya Kulkarni",
            "Full-stack dev, document pipelines, signature and approval workflows.",
            "Looking for an ML researcher to build our own machine translation model.",
            tz=1,
            langs=["en", "fr"],
            ro=["tech"],
        ),
        one=person(
            "Manon Gicquel",
            "Avocate en droit des étrangers, beaucoup d'actes à faire traduire.",
            "Cherche une traductrice assermentée pour lancer un service commun.",
            tz=1,
            langs=["fr"],
            ro=["legal"],
        ),
        trap=person(
            "Rafael Quintero",
            "Desarrollador full-stack, flujos de documentos y firma electrónica.",
            "Busco traductor jurado con una red de traductores.",
            tz=1,
            langs=["es", "pt"],
            ro=["tech"],
        ),
    ),
]
