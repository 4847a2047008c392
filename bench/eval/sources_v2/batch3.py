"""Pairs 41-60 of complementary_v2."""

from people import pair, person

PAIRS = [
    # 41 ------------------------------------------------------------------ trap: language
    pair(
        41,
        "cross",
        "fintech",
        "A scores smallholder farmers' creditworthiness from satellite and mobile-money data "
        "and needs lenders to deploy it; B has built partnerships with microfinance "
        "institutions and wants a scoring model that works for farmers.",
        a=person(
            "Koffi Agbénou",
            """Data scientist, j'ai construit au Togo un score de crédit pour les petits
            producteurs de maïs et de soja. Il croise les images satellite des parcelles,
            l'historique mobile money et les rendements des coopératives. Sur 3 000 prêts
            test, les impayés ont baissé de moitié.""",
            "Une personne qui ouvre les portes des institutions de microfinance et signe avec elles.",
            "Crédit juste pour les agriculteurs, aucune donnée revendue.",
            headline="Score de crédit pour petits producteurs",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["fr", "ee"],
            stage="prototype",
            loc="Lomé",
        ),
        b=person(
            "Grace Wanjiru",
            "I've signed partnerships with 30 microfinance lenders across East and West Africa.",
            "A scoring model proven on smallholder farmers that lenders can trust.",
            "Farmers' dignity, transparent terms.",
            headline="Microfinance partnerships lead",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr", "sw"],
            loc="Accra (from Nairobi)",
        ),
        twin=person(
            "Aïssatou Sow",
            "J'ai négocié des partenariats avec une vingtaine de banques et de MFI en Afrique de l'Ouest.",
            "Un associé qui sache lever un fonds de dette pour prêter nous-mêmes.",
            "Ambition panafricaine, croissance rapide.",
            headline="Partenariats financiers",
            ro=["sales"],
            rs=["finance"],
            tz=0,
            langs=["fr", "wo"],
            loc="Dakar",
        ),
        one=person(
            "Edem Kpodo",
            "Je dirige une coopérative de 2 000 producteurs de soja et j'ai leurs historiques de récolte.",
            "Un data scientist pour prévoir nos rendements et négocier avec les acheteurs.",
            "Solidarité entre producteurs.",
            headline="Coopérative agricole",
            ro=["domain", "operations"],
            rs=["tech"],
            tz=0,
            langs=["fr", "ee"],
            loc="Kpalimé",
        ),
        trap=person(
            "Samuel Otieno",
            "I built lender partnerships for an agri-fintech; 25 microfinance institutions signed.",
            "A data scientist with a credit score that works for smallholder farmers.",
            "Fair credit.",
            headline="Agri-lending partnerships",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en", "sw"],
            loc="Kampala (remote)",
        ),
    ),
    # 42 ------------------------------------------------------------------- trap: consent
    pair(
        42,
        "cross",
        "education",
        "A teaches French as a foreign language and has a full course but no audience; B "
        "markets online courses to English-speaking learners and wants a teacher with real "
        "content.",
        a=person(
            "Hélène Garnier",
            """Professeure de français langue étrangère depuis seize ans, d'abord à l'Alliance
            française de Chicago puis en ligne. J'ai créé un parcours complet du niveau A1 au
            B2 : 120 leçons en vidéo, des exercices corrigés et des ateliers de conversation en
            petits groupes. Mes élèves progressent, mais ils ne sont que quarante.""",
            "Quelqu'un qui sache trouver des élèves anglophones en ligne et les faire rester.",
            "Exigence bienveillante, prix accessibles.",
            headline="Professeure de FLE, cours en ligne",
            tz=-5,
            langs=["fr", "en"],
            stage="revenue",
            loc="Québec",
        ),
        b=person(
            "Derek Lawson",
            """Online course marketer. I grew a Spanish-learning membership from 200 to 6,000
            paying students with YouTube, email sequences and a referral programme, and I
            know which funnels work for adult learners in the US and Canada.""",
            """I'm looking for a language teacher who already has a complete, high-quality
            course and teaching method, and loves live classes.""",
            """Sustainable growth, no fake scarcity, happy students.""",
            headline="Course marketer for language learning",
            tz=-5,
            langs=["en", "es"],
            loc="Boston",
        ),
        twin=person(
            "Kelsey Tran",
            """Growth marketer for online courses; I scaled a coding bootcamp's online
            programme to 10,000 students with webinars, email funnels and
            affiliates.""",
            """A developer to build a language-learning app with AI tutors, so that we
            no longer need human teachers at all.""",
            """Automate everything; margins matter most, and human teachers don't
            scale.""",
            headline="Edtech growth",
            tz=-6,
            langs=["en", "vi"],
            loc="Chicago",
        ),
        one=person(
            "Franck Lemieux",
            """Je dirige une école de langues à Montréal qui accueille 300 étudiants
            étrangers par an, avec des salles et une équipe administrative.""",
            """Une enseignante ou un enseignant de FLE expérimenté pour créer et
            diriger notre programme en ligne.""",
            """Qualité pédagogique et accueil des étudiants étrangers comme à la
            maison.""",
            headline="École de langues",
            tz=-5,
            langs=["fr", "en"],
            loc="Montréal",
        ),
        trap=person(
            "Vanessa Holt",
            """I market online language courses to English-speaking adults: YouTube
            channels, email sequences, referral programmes. Last year I filled three
            cohorts of 500 learners.""",
            """A French teacher with a complete, high-quality online course and a love
            of live classes, who needs students.""",
            """Honest marketing without fake countdowns, and students who stay because
            they progress.""",
            headline="Language course marketer",
            tz=-5,
            langs=["en", "fr"],
            loc="New York",
            consent=False,
        ),
    ),
    # 43 ---------------------------------------------------------------- trap: visibility
    pair(
        43,
        "en",
        "retail",
        "A is a womenswear buyer who knows fit is why customers return clothes and needs "
        "someone who can predict size from photos; B builds body-measurement models and wants "
        "a fashion insider.",
        a=person(
            "Charlotte Ainsworth",
            """Womenswear buyer for fourteen years at two UK department stores and an online
            retailer. I've watched return rates reach 40% on dresses, and I know it's mostly
            fit. I have the brands' grading charts, the returns data and the merchandising
            directors' phone numbers.""",
            "A technical partner who can estimate body measurements from a couple of photos.",
            """Fewer returns, less waste, respect for every body shape.""",
            headline="Fashion buyer fixing fit",
            ro=["domain"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        b=person(
            "Raj Malhotra",
            "Computer vision engineer; 3D body shape estimation from phone images.",
            "Someone from fashion retail with size data and brand contacts.",
            "Accuracy, privacy, inclusivity.",
            headline="Body-shape estimation",
            tz=0,
            langs=["en", "hi"],
            loc="Reading",
        ),
        twin=person(
            "Olga Ivanova",
            "Computer vision researcher on 3D human pose and shape from images.",
            "A medical partner to build posture screening for physiotherapy clinics.",
            "Science first, publish everything.",
            tz=1,
            langs=["en", "ru"],
            loc="Zurich",
        ),
        one=person(
            "Harriet Lowe",
            "Founder of a sustainable fashion brand, sewing in Portugal; we sell online.",
            "An experienced buyer to get our brand into department stores.",
            "Slow fashion, fair wages.",
            tz=0,
            langs=["en", "pt"],
            loc="Porto (from Leeds)",
        ),
        trap=person(
            "Callum Reid",
            "I estimate body measurements from two phone photos for clothing fit.",
            "A fashion buyer with returns data and brand relationships.",
            "Inclusive sizing.",
            tz=0,
            langs=["en"],
            loc="Glasgow",
            vis="private",
        ),
    ),
    # 44 ---------------------------------------------------------------- trap: commitment
    pair(
        44,
        "fr",
        "health",
        "A est sage-femme et veut ouvrir des centres de suivi périnatal; B a dirigé des "
        "établissements de santé (finances, autorisations, recrutement) et cherche une "
        "soignante avec un projet.",
        a=person(
            "Aurore Delmas",
            """Sage-femme libérale depuis douze ans à Toulouse, j'ai une patientèle fidèle et
            un réseau de consœurs, de gynécologues et de pédiatres. Je veux créer des lieux où
            les femmes sont suivies de la grossesse jusqu'aux six mois du bébé, avec
            consultations, préparation à la naissance, allaitement et soutien psychologique
            sous le même toit.""",
            "Un profil gestion : financement, budget, autorisations, recrutement, locaux.",
            "Prendre le temps avec chaque femme. Des équipes qui ne s'épuisent pas.",
            headline="Sage-femme, centres de suivi périnatal",
            ro=["domain"],
            rs=["finance", "operations"],
            tz=1,
            langs=["fr"],
            stage="idea",
            loc="Toulouse",
        ),
        b=person(
            "Frédéric Boulanger",
            "Ancien directeur de clinique : budgets, ARS, recrutement, ouverture de sites.",
            "Une soignante de terrain avec un projet de soins clair et un réseau local.",
            "Soins de qualité, équilibre financier, équipes respectées.",
            headline="Gestion d'établissements de santé",
            ro=["finance", "operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Bordeaux",
        ),
        twin=person(
            "Corinne Lafarge",
            """Directrice administrative et financière d'un groupe de centres de radiologie,
            j'ai ouvert six sites.""",
            """Un radiologue associé pour racheter des cabinets d'imagerie et les regrouper.""",
            """Rentabilité et consolidation du secteur : les petits cabinets isolés ne
            survivront pas.""",
            headline="DAF santé, projet de rachat",
            ro=["finance", "operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        one=person(
            "Julien Sabatier",
            """Développeur, j'ai créé une appli de suivi de grossesse utilisée par
            80 000 femmes.""",
            """Une sage-femme pour valider les contenus médicaux et animer la
            communauté.""",
            """Information fiable et gratuite pour les futures mères ; pas de publicité
            pour le lait infantile.""",
            headline="Appli grossesse",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Toulouse",
        ),
        trap=person(
            "Patricia Gomez",
            """Gestionnaire d'établissements médicaux : budgets, autorisations, recrutement.
            Disponible le soir et le week-end pour l'instant.""",
            """Une sage-femme qui veut ouvrir un centre périnatal.""",
            """Rigueur de gestion, respect des soignants et des comptes qui tiennent.""",
            headline="Gestion santé (projet à côté)",
            ro=["finance", "operations"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["fr", "es"],
            loc="Perpignan",
        ),
    ),
    # 45 ------------------------------------------------------------------ trap: timezone
    pair(
        45,
        "cross",
        "hardware-textile",
        "A developed a washable heating textile and needs an outdoor apparel designer to turn "
        "it into garments; B designs technical outerwear and wants a textile engineer with a "
        "novel fabric.",
        a=person(
            "Mathilde Roux",
            """Ingénieure textile, j'ai passé six ans dans un centre technique à Roubaix sur
            les fibres conductrices. J'ai mis au point un tissu chauffant qui supporte cinquante
            lavages en machine, sans fils apparents, alimenté par une petite batterie. Les
            essais en chambre froide sont concluants et deux filatures peuvent produire.""",
            """Je ne sais pas faire un vêtement qu'on a envie de porter. Je cherche une
            personne qui dessine des vestes et des couches techniques pour l'outdoor, qui
            connaisse le patronage, les usines de confection et ce que veulent les
            randonneurs et les skieurs.""",
            """Des produits qui durent et se réparent. Fabrication européenne autant que
            possible.""",
            headline="Textile chauffant lavable",
            ro=["tech"],
            tz=1,
            langs=["fr", "en"],
            stage="prototype",
            loc="Roubaix",
        ),
        b=person(
            "Finn Gallagher",
            """Outerwear designer, twelve years at two outdoor brands. I've designed
            shells, insulated jackets and base layers, handled pattern making with factories
            in Portugal and Vietnam, and run field tests with mountain guides.""",
            """I want to work with a textile engineer who has a genuinely new material,
            ideally something functional like warmth or sensing, and can industrialise it
            with mills.""",
            """Durability over seasonal collections. Repair programmes, honest claims.""",
            headline="Technical outerwear designer",
            tz=0,
            langs=["en", "fr"],
            loc="Dublin",
        ),
        twin=person(
            "Elise Van Damme",
            """Designer de vêtements outdoor, j'ai dessiné pendant dix ans des
            collections de ski et de randonnée pour une marque belge, du croquis à
            la production.""",
            """Je cherche un associé qui connaisse la grande distribution d'articles de
            sport pour lancer une marque à petit prix.""",
            """Volume, prix bas et une collection chaque saison, comme les grandes
            enseignes.""",
            headline="Design outdoor",
            tz=1,
            langs=["fr", "nl", "en"],
            loc="Gand",
        ),
        one=person(
            "Morgan Hughes",
            """Battery engineer; I design small, safe lithium packs for wearables and
            medical devices, including certification for air transport.""",
            """A textile engineer to co-develop flexible battery pouches that can be
            sewn into fabric and survive washing.""",
            """Safety first, always; a battery next to the skin leaves no room for
            shortcuts.""",
            headline="Wearable batteries",
            tz=0,
            langs=["en", "fr"],
            loc="Cardiff",
        ),
        trap=person(
            "Noah Bennett",
            """Technical apparel designer: insulated jackets and shells, pattern
            making, factory sampling in Portugal and Asia, field testing with
            guides.""",
            """A textile engineer with a new heated or smart fabric that mills can
            produce, to design a range of garments around it.""",
            """Durable, repairable gear and honest claims about what a garment does.""",
            headline="Apparel designer",
            tz=-7,
            langs=["en", "fr"],
            loc="Boulder",
        ),
    ),
    # 46 ------------------------------------------------------------------ trap: language
    pair(
        46,
        "mixed",
        "health-logistics",
        "A built solar-powered vaccine cold boxes and needs someone who has run immunisation "
        "supply chains; B ran vaccine logistics for NGOs and wants reliable cold-chain "
        "hardware.",
        a=person(
            "Ibrahim Sanogo",
            """Ingénieur frigoriste, j'ai conçu une glacière solaire qui garde les vaccins
            entre 2 et 8 °C pendant cinq jours sans réseau électrique, with remote
            temperature logging over SMS. Twenty units are in field trials in Burkina
            Faso.""",
            """I need a partner who has run vaccine supply chains on the ground: ministries,
            UNICEF procurement, district stores, last-mile delivery. Quelqu'un qui sait
            comment ces achats se décident vraiment.""",
            """Robustesse, réparabilité locale, prix abordable.""",
            headline="Solar vaccine cold chain / chaîne du froid solaire",
            tz=0,
            langs=["fr", "en"],
            stage="prototype",
            loc="Ouagadougou",
        ),
        b=person(
            "Helen Mwangi",
            "Ran immunisation logistics for an NGO in five countries; I know how ministries buy.",
            "Someone with field-proven cold-chain hardware for the last mile.",
            "Reach every child, no waste.",
            tz=0,
            langs=["en", "fr", "sw"],
            loc="Dakar",
        ),
        twin=person(
            "Samuel Tesfaye",
            "Supply chain lead for an NGO distributing medicines in East Africa.",
            "A software developer to build a stock-tracking app for health posts.",
            "Digital first, open source.",
            tz=3,
            langs=["en", "am", "fr"],
            loc="Addis Ababa",
        ),
        one=person(
            "Lucia Marchetti",
            "Solar installer for health centres, with a team in Mali and Niger.",
            "A refrigeration engineer to add solar fridges to our installations.",
            "Reliable power for clinics.",
            tz=0,
            langs=["en", "fr", "it"],
            loc="Bamako",
        ),
        trap=person(
            "Marta Rodrigues",
            """Dirigí la logística de vacunación de una ONG en Mozambique y Angola; conozco
            las compras de los ministerios.""",
            """Busco un ingeniero con una nevera solar probada en terreno para la última
            milla.""",
            """Llegar a cada niño.""",
            tz=1,
            langs=["pt", "es"],
            loc="Lisboa",
        ),
    ),
    # 47 ------------------------------------------------------------------- trap: consent
    pair(
        47,
        "cross",
        "retail-circular",
        "A runs a second-hand clothing workshop that sorts tonnes of clothes but only sells "
        "in its shop and needs online sales operations; B scaled the listing pipeline of a "
        "resale marketplace and wants stock from a real sorting operation.",
        a=person(
            "Rachida Ferhat",
            """Je dirige une ressourcerie textile à Villeurbanne : 18 salariés, dont douze en
            insertion, et 400 tonnes de vêtements triés chaque année. Nos pièces de qualité
            partent en boutique, le reste en recyclage, et on jette de la valeur faute de
            temps. Je connais la filière, les éco-organismes et les collectivités.""",
            """Je cherche quelqu'un qui sache vendre en ligne à grande échelle : photographier,
            décrire et publier des milliers d'articles par mois, organiser les expéditions et
            les retours, et faire tourner ça avec nos équipes.""",
            """Emploi local, réemploi avant recyclage, pas de greenwashing.""",
            headline="Ressourcerie textile",
            tz=1,
            langs=["fr", "ar"],
            stage="revenue",
            loc="Villeurbanne",
        ),
        b=person(
            "Emily Carrington",
            """Operations manager who built the listing pipeline at a resale marketplace:
            photo stations, templates, pricing rules and a packing line that went from 500 to
            12,000 items a week. I trained warehouse teams with no e-commerce background.""",
            """I'm looking for an operator with a steady supply of second-hand goods and a
            team on the ground, who understands the sector and its funders, and wants to grow
            online sales.""",
            """Circularity that pays its way. Good jobs, clear processes.""",
            headline="Resale e-commerce operations",
            tz=0,
            langs=["en", "fr"],
            loc="Brighton",
        ),
        twin=person(
            "Yann Lebreton",
            """Responsable des opérations e-commerce d'une plateforme de seconde main
            pendant cinq ans : studios photo, fiches produits, logistique des envois
            et des retours.""",
            """Un associé développeur pour créer un logiciel de gestion de stock et de
            mise en ligne vendu par abonnement aux friperies.""",
            """SaaS, croissance rapide, levée de fonds : le logiciel vaut plus que le
            stock.""",
            headline="Ops e-commerce seconde main",
            tz=1,
            langs=["fr"],
            loc="Lille",
        ),
        one=person(
            "Diane Ferrières",
            """Styliste, je crée des collections upcyclées à partir de vêtements de
            seconde main, vendues dans deux boutiques lyonnaises.""",
            """Une structure de tri textile qui me fournisse des matières régulièrement
            et partage un atelier de confection.""",
            """Création et réemploi : chaque pièce a déjà une histoire, je lui en donne
            une autre.""",
            headline="Styliste upcycling",
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        trap=person(
            "Hannah Price",
            """Resale e-commerce operations: listing, photography, pricing rules and
            fulfilment for thousands of second-hand items a week, with teams trained
            from scratch.""",
            """A textile reuse operator with a steady supply of clothes and a team on
            the ground, ready to sell online at scale.""",
            """Circular and fair: second-hand should create jobs, not only profits.""",
            headline="Second-hand ops",
            tz=0,
            langs=["en", "fr"],
            loc="London",
            consent=False,
        ),
    ),
    # 48 ---------------------------------------------------------------- trap: visibility
    pair(
        48,
        "cross",
        "energy",
        "A is a grid engineer who can pay households to shift consumption and needs a consumer "
        "product lead; B is a consumer product manager who wants grid expertise.",
        a=person(
            "Bastien Collin",
            "Ingénieur réseau électrique : je sais rémunérer l'effacement des foyers aux heures de pointe.",
            "Une personne produit qui crée une appli que les familles gardent sur leur téléphone.",
            "Sobriété, clarté, pas de culpabilisation.",
            ro=["tech", "domain"],
            rs=["product"],
            tz=1,
            langs=["fr", "en"],
            loc="Nancy",
        ),
        b=person(
            "Zara Ahmed",
            "Product manager of a household budgeting app with 1M monthly users.",
            "An energy systems expert who knows how grids pay for flexibility.",
            "Respect users' attention.",
            ro=["product"],
            rs=["domain"],
            tz=0,
            langs=["en", "ur", "fr"],
            loc="London",
        ),
        twin=person(
            "Laura Jennings",
            "Consumer product manager; I grew a meditation app to 2M downloads.",
            "A content studio partner to produce hundreds of audio sessions.",
            "Calm growth.",
            ro=["product"],
            rs=["marketing"],
            tz=0,
            langs=["en", "fr"],
            loc="Bath",
        ),
        one=person(
            "Régis Pelletier",
            "Je dirige un fournisseur d'électricité local avec 20 000 clients.",
            "Un ingénieur réseau pour piloter nos achats et notre équilibrage.",
            "Énergie locale.",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Metz",
        ),
        trap=person(
            "Tess Morgan",
            "Consumer app product manager; habit-forming features without dark patterns.",
            "A grid engineer who can pay households for flexibility.",
            "Respect users.",
            ro=["product"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Cardiff",
            vis="private",
        ),
    ),
    # 49 ---------------------------------------------------------------- trap: commitment
    pair(
        49,
        "en",
        "gaming",
        "A designed a board game that playtests well and needs someone to manufacture and "
        "ship it; B has run board game production and crowdfunding fulfilment and wants a "
        "designer with a great game.",
        a=person(
            "Nathan Pryor",
            "Board game designer; my co-op deck-builder won two design contests.",
            "Someone who knows factories, crowdfunding logistics and shipping.",
            "Fair to backers, no stretch-goal bloat.",
            c="side-project",
            tz=0,
            langs=["en"],
            stage="prototype",
            loc="Nottingham",
        ),
        b=person(
            "Ingrid Larsen",
            "Ran production and fulfilment for six crowdfunded board games.",
            "A designer whose game is tested, polished and worth printing.",
            "Honest timelines for backers.",
            c="part-time",
            tz=1,
            langs=["en", "da"],
            loc="Copenhagen",
        ),
        twin=person(
            "Paul Winters",
            "Production manager for tabletop games; factories in China and Poland.",
            "A licensing partner to bring a big film IP to tabletop.",
            "Licences sell; originals are risky.",
            c="part-time",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        one=person(
            "Chloe Simmons",
            "I run a board game café with 800 games and a loyal community.",
            "A game designer to create a house game we sell at the café.",
            "Community and fun.",
            c="part-time",
            tz=0,
            langs=["en"],
            loc="Leicester",
        ),
        trap=person(
            "Marcus Heald",
            "I manage board game manufacturing and crowdfunding fulfilment.",
            "A designer with a polished, well-tested game.",
            "Honest timelines. Full-time and office-based.",
            c="full-time",
            tz=0,
            langs=["en"],
            loc="Manchester",
        ),
    ),
    # 50 ------------------------------------------------------------------ trap: timezone
    pair(
        50,
        "cross",
        "biotech-materials",
        "A grows mycelium packaging that replaces polystyrene and needs someone who sells to "
        "the packaging industry; B sells protective packaging to manufacturers and wants a "
        "credible compostable material.",
        a=person(
            "Pierre-Louis Garnier",
            """Mycologue de formation, je cultive des calages d'emballage en mycélium sur des
            déchets de chanvre. Nos pièces résistent aux tests de chute comme le polystyrène et
            se compostent en six semaines. Un petit atelier produit 2 000 pièces par mois.""",
            """Je cherche une personne qui vende aux industriels de l'emballage et aux
            marques, qui connaisse leurs cahiers des charges et leurs acheteurs.""",
            """Matériaux vivants, circuits courts, patience.""",
            headline="Emballages en mycélium",
            ro=["tech", "domain"],
            tz=1,
            langs=["fr", "en"],
            stage="prototype",
            loc="Angers",
        ),
        b=person(
            "Laura Whitman",
            "Sold protective packaging to electronics and furniture makers for 10 years.",
            "A compostable material that passes drop tests and can be produced at scale.",
            "Plastic out, no greenwashing.",
            ro=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="Birmingham",
        ),
        twin=person(
            "Greg Novak",
            "Packaging sales to food brands; trays, films, labels.",
            "A plant engineer to set up a recycled PET line.",
            "Margins, volumes.",
            ro=["sales"],
            tz=1,
            langs=["en", "cs", "fr"],
            loc="Prague",
        ),
        one=person(
            "Capucine Lambert",
            "Designer de mobilier, je cherche des matériaux nouveaux pour mes pièces.",
            "Un mycologue pour créer des panneaux acoustiques en mycélium.",
            "Beau et biosourcé.",
            ro=["design"],
            tz=1,
            langs=["fr"],
            loc="Nantes",
        ),
        trap=person(
            "Ethan Cole",
            "Protective packaging sales to manufacturers; I know buyers and specs.",
            "A compostable mycelium material proven in drop tests.",
            "Plastic-free.",
            ro=["sales"],
            tz=-8,
            langs=["en", "fr"],
            loc="Seattle",
        ),
    ),
    # 51 ------------------------------------------------------------------ trap: language
    pair(
        51,
        "fr",
        "media-legal",
        "A est photographe et perd de l'argent à cause des usages non autorisés de ses images; "
        "B est juriste en propriété intellectuelle et veut créer une agence de recouvrement "
        "des droits avec un photographe.",
        a=person(
            "Julien Faucher",
            "Photographe de presse, 40 000 images, dont des centaines réutilisées sans accord.",
            "Une personne du droit d'auteur qui sache faire payer les contrefacteurs.",
            "Respect du travail des auteurs.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Marseille",
        ),
        b=person(
            "Soraya Bensalem",
            "Juriste en propriété intellectuelle, j'ai négocié des centaines de règlements amiables.",
            "Un photographe reconnu qui apporte son catalogue et son réseau d'auteurs.",
            "Fermeté, équité.",
            tz=1,
            langs=["fr", "ar"],
            loc="Aix-en-Provence",
        ),
        twin=person(
            "Olivier Sarrazin",
            "Juriste en droit d'auteur, je conseille des maisons de disques.",
            "Un développeur pour un registre des œuvres sur blockchain.",
            "Innovation juridique.",
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        one=person(
            "Ludivine Marchal",
            "Je dirige une banque d'images spécialisée en voyages.",
            "Un photographe de presse pour enrichir notre catalogue.",
            "Qualité éditoriale.",
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        trap=person(
            "Ruth Baxter",
            "IP lawyer; I recover fees from unlicensed image use, hundreds of settlements.",
            "A photographer with a large catalogue and a network of authors.",
            "Firm and fair.",
            tz=0,
            langs=["en"],
            loc="London",
        ),
    ),
    # 52 ------------------------------------------------------------------- trap: consent
    pair(
        52,
        "cross",
        "hr-tech",
        "A is an HR director who wants to run pay-gap audits that hold up; B is a data "
        "engineer who has built people-analytics pipelines and wants an HR leader to design "
        "the product.",
        a=person(
            "Valérie Chassagne",
            """Directrice des ressources humaines depuis quinze ans dans l'industrie, dont cinq
            dans un groupe de 8 000 salariés. J'ai mené trois audits d'égalité salariale avec
            les partenaires sociaux et je connais la directive européenne sur la transparence
            des rémunérations, qui va obliger toutes les entreprises à s'y mettre.""",
            """Il me faut une personne capable de brancher un outil sur les logiciels de paie,
            de nettoyer et rapprocher les données, de calculer les écarts à poste comparable et
            de produire des résultats défendables devant un inspecteur du travail.""",
            """Égalité réelle, pas de la communication. Confidentialité absolue des données
            salariales.""",
            headline="DRH, égalité salariale",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            stage="idea",
            loc="Lyon",
        ),
        b=person(
            "Michael Adebayo",
            """Data engineer with nine years in people analytics. I built the payroll and HRIS
            integration layer at an HR software company, covering eleven payroll systems, and
            the statistical models behind its pay equity reports.""",
            """I want an HR leader who has run pay equity reviews with unions and works
            councils, understands the new EU pay transparency rules and can sell to other HR
            directors.""",
            """Fairness, privacy by design, no shortcuts on statistics.""",
            headline="People analytics data engineer",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr", "yo"],
            loc="London",
        ),
        twin=person(
            "Sophie Kramer",
            """Data engineer; I built workforce planning dashboards and HRIS
            integrations for three retail chains, with forecasting of staffing
            costs.""",
            """A sales leader with a network of finance directors to sell a workforce
            cost forecasting tool to large employers.""",
            """Cost savings sell; HR is a cost centre, and finance directors hold the
            budget.""",
            headline="Workforce analytics",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["en", "de", "fr"],
            loc="Frankfurt",
        ),
        one=person(
            "Arnaud Ferrier",
            """Avocat en droit social depuis quinze ans, je conseille des comités
            sociaux et économiques et des syndicats lors des négociations.""",
            """Une DRH expérimentée pour co-fonder un cabinet de conseil en égalité
            professionnelle auprès des entreprises.""",
            """Dialogue social avant tout : les accords durables se négocient, ils ne
            s'imposent pas.""",
            headline="Avocat droit social",
            ro=["legal"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        trap=person(
            "Joanna Price",
            """Data engineer: payroll and HRIS integrations, data cleaning and the
            statistics behind pay equity reports for an HR software vendor.""",
            """An HR director who has run pay gap audits with employee representatives
            and knows the EU pay transparency rules.""",
            """Fairness and privacy; salary data is the most sensitive data a company
            holds.""",
            headline="Pay equity engineering",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Leeds",
            consent=False,
        ),
    ),
    # 53 ---------------------------------------------------------------- trap: visibility
    pair(
        53,
        "cross",
        "tourism",
        "A runs a nature campsite that is empty outside summer; B sells group stays (schools, "
        "clubs, retreats) and wants characterful venues with owners open to groups.",
        a=person(
            "Sabine Chaix",
            "Je tiens un camping nature de 80 emplacements et six cabanes en Ardèche.",
            "Quelqu'un qui remplisse le camping au printemps et en automne avec des groupes.",
            "Accueil simple, nature préservée.",
            tz=1,
            langs=["fr", "en"],
            stage="revenue",
            loc="Vallon-Pont-d'Arc",
        ),
        b=person(
            "Oliver Pratt",
            "I sell group stays to schools, clubs and company retreats across Europe.",
            "Venues with character whose owners want groups off-season.",
            "Reliable partners, fair margins.",
            tz=0,
            langs=["en", "fr"],
            loc="Canterbury",
        ),
        twin=person(
            "Gwen Harris",
            "Group travel sales to UK schools; 150 trips a year.",
            "A coach company partner to own the transport side.",
            "Control the whole chain.",
            tz=0,
            langs=["en", "fr"],
            loc="Dover",
        ),
        one=person(
            "Thierry Valette",
            "Je vends des hébergements insolites en kit aux campings.",
            "Un gérant de camping pour tester nos cabanes et co-créer un réseau.",
            "Insolite et écolo.",
            tz=1,
            langs=["fr"],
            loc="Aubenas",
        ),
        trap=person(
            "Fiona Walsh",
            "I fill venues off-season with school and club groups from the UK.",
            "A campsite owner with cabins who wants spring and autumn groups.",
            "Fair margins.",
            tz=0,
            langs=["en", "fr"],
            loc="Folkestone",
            vis="private",
        ),
    ),
    # 54 ---------------------------------------------------------------- trap: commitment
    pair(
        54,
        "en",
        "legal-tech",
        "A is a privacy lawyer who wants to turn GDPR audits into continuous automated checks "
        "and needs a security engineer; B is a security engineer who wants a privacy lawyer "
        "to make the product legally sound.",
        a=person(
            "Miriam Kessler",
            """Data protection lawyer, eleven years. I've led GDPR audits for hospitals,
            retailers and two unicorns, drafted records of processing by the hundred and
            handled regulator investigations. Every audit is a snapshot that is stale a month
            later, and clients know it.""",
            """I need an engineer who understands how data actually flows through cloud
            systems: someone who can scan infrastructure, trace personal data across
            services and keep the records up to date automatically. Security background
            strongly preferred.""",
            """Privacy is a right, not a checkbox. Clear writing, careful claims, no fear
            marketing.""",
            headline="Privacy lawyer automating compliance",
            ro=["legal", "domain"],
            rs=["tech"],
            tz=1,
            langs=["en", "de"],
            stage="idea",
            loc="Vienna",
        ),
        b=person(
            "Tariq Hussain",
            """Security engineer for ten years, most recently leading cloud security at a
            payments company. I built tooling that maps data flows across AWS accounts and
            Kubernetes clusters, and I've sat through enough audits to know what auditors
            ask.""",
            """I'd like a co-founder who is a real privacy lawyer: someone who can say what
            the regulation requires, write the policies, face regulators and convince data
            protection officers to buy.""",
            """Honest security, no FUD. Remote, written communication, calm pace.""",
            headline="Cloud security engineer",
            ro=["tech"],
            rs=["legal"],
            tz=0,
            langs=["en", "ur"],
            loc="Manchester",
        ),
        twin=person(
            "Lena Hoffmann",
            """Security engineer specialised in cloud posture management and
            penetration testing, eight years at a consultancy serving banks.""",
            """A sales leader to sell managed security services to mid-size banks, with
            existing relationships with their CISOs.""",
            """Enterprise sales, big tickets, office in Frankfurt.""",
            headline="Cloud security, looking for sales",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["en", "de"],
            loc="Frankfurt",
        ),
        one=person(
            "Pieter Claes",
            """I run a DPO-as-a-service firm with 120 SME clients and a team of four
            privacy analysts, profitable since year two.""",
            """An experienced privacy lawyer to become a partner, sign off our advice
            and handle cases with the regulators.""",
            """Pragmatic compliance for small firms: what a twenty-person company can
            actually do.""",
            headline="Outsourced DPO services",
            ro=["operations", "sales"],
            rs=["legal"],
            tz=1,
            langs=["en", "nl"],
            loc="Ghent",
        ),
        trap=person(
            "Aiden Walsh",
            """Security engineer who maps personal data flows in cloud infrastructure,
            across accounts and clusters. I'd do this on the side of my current job.""",
            """A privacy lawyer who can say what the regulation requires and turn data
            mapping into continuous GDPR compliance.""",
            """No fear marketing; security should be explained, not sold with scary
            stories.""",
            headline="Cloud data mapping (side project)",
            ro=["tech"],
            rs=["legal"],
            c="side-project",
            tz=0,
            langs=["en"],
            loc="Dublin",
        ),
    ),
    # 55 ------------------------------------------------------------------ trap: timezone
    pair(
        55,
        "cross",
        "health-hardware",
        "A is a dentist who wants to print clear aligners in the practice and needs a "
        "3D-printing materials engineer; B is that engineer and wants a clinician to run "
        "trials and bring practices.",
        a=person(
            "Dr Nicolas Ferreira",
            """Chirurgien-dentiste et orthodontiste exclusif à Lille depuis quinze ans. Je
            traite environ 200 patients par an avec des gouttières d'alignement commandées à
            l'étranger, avec trois semaines d'attente et des marges qui m'échappent. J'ai déjà
            un scanner intra-oral et une imprimante de cabinet, et un groupe d'une trentaine
            d'orthodontistes qui partagent leurs cas.""",
            """Je cherche quelqu'un qui maîtrise l'impression 3D de résines biocompatibles et
            le thermoformage, qui sache obtenir une précision fiable et constituer le dossier
            de dispositif médical.""",
            """La santé du patient avant le rendement. Documentation irréprochable.""",
            headline="Orthodontiste, aligneurs imprimés au cabinet",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            stage="idea",
            loc="Lille",
        ),
        b=person(
            "Karen Lindqvist",
            """Materials engineer specialised in photopolymer resins and additive
            manufacturing. I spent six years developing biocompatible resins for hearing-aid
            shells and dental models, including the ISO 10993 testing and the technical file
            for class IIa devices.""",
            """I'm looking for a clinician with a concrete use case in the mouth, a practice
            to run trials in, and colleagues who will adopt the workflow.""",
            """Patient safety, documented processes, no shortcuts.""",
            headline="Biocompatible resins & 3D printing",
            tz=1,
            langs=["en", "sv", "fr"],
            loc="Malmö",
        ),
        twin=person(
            "Rafael Costa",
            """Additive manufacturing engineer; metal 3D printing for orthopaedic
            implants, with process validation for a large medical device maker.""",
            """A surgeon partner to design patient-specific knee implants and run the
            clinical studies.""",
            """Precision and speed; surgeons want implants in days, not weeks.""",
            tz=0,
            langs=["en", "pt", "fr"],
            loc="Porto",
        ),
        one=person(
            "Sandra Weber",
            """Practice management consultant for dental groups across Germany and
            Austria; I know how chains buy and how to open clinics fast.""",
            """An orthodontist to create a chain of aligner-only clinics and supervise
            the clinical protocols.""",
            """Patient volume and standardised care; every clinic should run exactly
            the same way.""",
            tz=1,
            langs=["en", "de", "fr"],
            loc="Cologne",
        ),
        trap=person(
            "Hiroshi Tanaka",
            """Photopolymer and dental 3D printing engineer: biocompatible resins,
            accuracy validation and the regulatory files for class IIa devices.""",
            """An orthodontist who wants to make aligners in the practice, can run
            trials and has colleagues ready to adopt the workflow.""",
            """Patient safety first, with every batch of resin traceable.""",
            tz=9,
            langs=["en", "ja", "fr"],
            loc="Tokyo",
        ),
    ),
    # 56 ------------------------------------------------------------------ trap: language
    pair(
        56,
        "mixed",
        "fintech",
        "A is an ex-quant with a savings app prototype for expatriates who needs a compliance "
        "lead to get the licences; B is a compliance officer who wants a product to license.",
        a=person(
            "Maxime Delaunay",
            """Ex-quant dans une banque d'investissement à Londres, j'ai codé un prototype
            d'appli d'épargne pour les expatriés : virements multi-devises, placements
            indiciels, fiscalité de chaque pays. Le produit tourne en bêta avec 300
            utilisateurs.""",
            """The missing piece is regulatory. I need a compliance lead who has obtained a
            payment institution or investment firm licence, knows AML and KYC and can talk to
            the regulators in France and Luxembourg.""",
            """Ship carefully, rester lean, transparence sur les frais.""",
            headline="Ex-quant / savings app for expats",
            ro=["tech", "finance"],
            rs=["legal"],
            tz=1,
            langs=["fr", "en"],
            stage="prototype",
            loc="Paris",
        ),
        b=person(
            "Charlotte Meunier",
            """Responsable conformité pendant dix ans chez deux néobanques : agréments ACPR et
            CSSF, dispositif LCB-FT, relations avec les régulateurs.""",
            """I'm looking for a builder with a working product and real users who needs
            someone to take care of licensing and compliance.""",
            """Rigueur, honnêteté, no shortcuts with regulators.""",
            ro=["legal"],
            rs=["tech", "product"],
            tz=1,
            langs=["fr", "en"],
            loc="Luxembourg",
        ),
        twin=person(
            "Aurélien Fabre",
            """Compliance officer dans une fintech de paiement, agrément d'établissement de
            paiement obtenu en 2021.""",
            """Looking for a sales co-founder to sell compliance outsourcing to small
            fintechs.""",
            """Services, pas de produit : je veux un cabinet rentable, pas une start-
            up.""",
            ro=["legal"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Isabelle Nakamura",
            """Expatriate community manager: 60k members in a network of expat groups in
            Asia.""",
            """Un profil tech et finance pour créer un service de transfert d'argent pour nos
            membres.""",
            """Community first; our members trust us because we never sell them
            anything we don't use.""",
            ro=["marketing"],
            rs=["tech", "finance"],
            tz=7,
            langs=["fr", "en", "ja"],
            loc="Hanoi",
        ),
        trap=person(
            "Giovanni Bellini",
            """Responsabile compliance per dieci anni in due banche digitali: licenze, AML,
            rapporti con i regolatori.""",
            """Cerco un fondatore con un prodotto funzionante e utenti reali che ha bisogno
            delle licenze.""",
            """Rigore e trasparenza con i regolatori, sempre.""",
            ro=["legal"],
            rs=["tech"],
            tz=1,
            langs=["it"],
            loc="Milano",
        ),
    ),
    # 57 ------------------------------------------------------------------- trap: consent
    pair(
        57,
        "cross",
        "agrifood",
        "A manages an organic vegetable cooperative that wants to supply school canteens; B "
        "ran school catering procurement and wants local producers to organise supply for.",
        a=person(
            "Élise Perrin",
            """Je coordonne une coopérative de quatorze maraîchers bio dans la Drôme. On
            produit de quoi nourrir plusieurs milliers d'enfants, mais les cantines nous
            échappent : marchés publics, volumes réguliers, légumerie, livraisons
            quotidiennes, on ne sait pas faire.""",
            "Une personne qui connaisse les achats de la restauration scolaire et sa logistique.",
            "Paysans rémunérés correctement, enfants bien nourris.",
            headline="Coopérative de maraîchers bio",
            tz=1,
            langs=["fr", "en"],
            stage="revenue",
            loc="Crest",
        ),
        b=person(
            "Gareth Ellison",
            """For nine years I ran food procurement and logistics for a school catering
            service feeding 25,000 pupils a day: tenders, menu planning with volumes, a
            prep kitchen and daily deliveries.""",
            """I want to work with growers who produce at scale and want a reliable channel
            into school meals.""",
            """Good food for children, fair prices for farmers.""",
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
        twin=person(
            "Nadège Colin",
            """Acheteuse pendant dix ans pour la restauration collective d'une grande
            ville : marchés publics, grammages, plans alimentaires.""",
            """Une associée développeuse pour créer un logiciel de planification des
            menus et des commandes pour les cuisines centrales.""",
            """Numérique et efficacité : les cuisines centrales ont vingt ans de
            retard.""",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        one=person(
            "Sébastien Morin",
            """Chef cuisinier pendant quinze ans, je veux ouvrir une conserverie de
            légumes bio et j'ai trouvé le local.""",
            """Des maraîchers organisés pour m'approvisionner toute l'année en volumes
            réguliers.""",
            """Goût et saisonnalité ; je ne mettrai en bocal que des légumes cueillis à
            point.""",
            tz=1,
            langs=["fr"],
            loc="Valence",
        ),
        trap=person(
            "Catherine Doyle",
            """I ran school catering procurement and daily logistics for a large
            county: tenders, volumes, a prep kitchen and deliveries to 180 schools.""",
            """A cooperative of organic growers who want a reliable channel into school
            canteens.""",
            """Good food for children and fair prices for the growers who supply it.""",
            tz=0,
            langs=["en", "fr"],
            loc="Exeter",
            consent=False,
        ),
    ),
    # 58 ---------------------------------------------------------------- trap: visibility
    pair(
        58,
        "fr",
        "media",
        "A dirige un hebdomadaire régional qui perd ses abonnés papier; B a fait croître les "
        "abonnements numériques d'un média et veut une rédaction qui produit du contenu de "
        "qualité.",
        a=person(
            "Gérard Lemaître",
            """Rédacteur en chef d'un hebdomadaire du Cantal depuis dix-huit ans, je dirige
            une équipe de six journalistes et trente correspondants locaux. Nous connaissons
            chaque commune, chaque association, chaque conseil municipal, et nos lecteurs nous
            font confiance. Mais les abonnés papier vieillissent et disparaissent.""",
            """Je cherche une personne qui sache transformer un journal en offre numérique
            payante : site, application, newsletter, tunnel d'abonnement, prix, et qui
            comprenne comment on fidélise des lecteurs en ligne.""",
            """Le journalisme local est un service public. Pas de pièges à clics.""",
            headline="Rédacteur en chef d'un hebdo local",
            tz=1,
            langs=["fr"],
            stage="revenue",
            loc="Aurillac",
        ),
        b=person(
            "Laetitia Carré",
            """J'ai dirigé pendant six ans le développement des abonnements numériques d'un
            pure player d'actualité : passage de 3 000 à 45 000 abonnés, refonte du parcours
            de paiement, newsletters thématiques et tarification. Je sais lire les données de
            lecture et en tirer des décisions.""",
            """J'ai envie de mettre ça au service d'un journal ancré sur un territoire, avec
            une vraie rédaction et des lecteurs fidèles, qui a besoin de réussir sa
            transition.""",
            """Des lecteurs, pas de l'audience. Indépendance éditoriale.""",
            headline="Abonnements numériques pour la presse",
            tz=1,
            langs=["fr", "en"],
            loc="Clermont-Ferrand",
        ),
        twin=person(
            "Sébastien Vidal",
            """Responsable croissance d'un site d'information en ligne pendant cinq
            ans, j'ai multiplié les abonnés par dix grâce aux newsletters et au
            référencement.""",
            """Je cherche un associé développeur pour créer une plateforme de
            newsletters payantes destinée aux créateurs indépendants.""",
            """Plateforme, effets de réseau, levée de fonds.""",
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        one=person(
            "Marie-Claire Bouchet",
            """Je dirige une radio associative locale, avec un studio équipé, une
            fréquence sur tout le département et une trentaine de bénévoles.""",
            """Un rédacteur en chef expérimenté pour monter une rédaction d'information
            locale à la radio et former nos bénévoles.""",
            """Proximité et pluralisme : toutes les voix du territoire ont leur place à
            l'antenne.""",
            tz=1,
            langs=["fr"],
            loc="Saint-Flour",
        ),
        trap=person(
            "Alice Fontaine",
            """Spécialiste des abonnements numériques pour la presse depuis sept ans :
            tunnel de paiement, newsletters, tarification, analyse des données de
            lecture.""",
            """Un journal local avec une rédaction solide et des lecteurs fidèles, qui
            doit réussir son passage au numérique payant.""",
            """Indépendance éditoriale et respect des lecteurs, qui ne sont pas une
            audience à vendre.""",
            tz=1,
            langs=["fr"],
            loc="Limoges",
            vis="private",
        ),
    ),
    # 59 ---------------------------------------------------------------- trap: commitment
    pair(
        59,
        "cross",
        "gaming",
        "A composes adaptive game music and wants to co-own a game; B is an indie developer "
        "whose game needs a composer and sound designer as a partner.",
        a=person(
            "Raphaël Nguyen",
            "Compositeur et sound designer, j'ai signé la musique adaptative de trois jeux indés.",
            "Un studio ou un dev indé qui veut un associé pour tout le son, pas un prestataire.",
            "Des jeux sincères, des horaires humains.",
            ro=["design"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Montreuil",
        ),
        b=person(
            "Freya Holmberg",
            "Solo indie developer; my atmospheric exploration game is halfway done in Godot.",
            "A composer and sound designer who wants to co-own the game, not bill hours.",
            "Small, honest, humane.",
            ro=["tech"],
            rs=["design"],
            tz=1,
            langs=["en", "sv", "fr"],
            loc="Uppsala",
        ),
        twin=person(
            "Owen Price",
            "Indie developer in Unity; two small puzzle games released on Switch.",
            "A publisher contact who can fund marketing and ports.",
            "Get paid, ship often.",
            ro=["tech"],
            rs=["marketing", "finance"],
            tz=0,
            langs=["en", "fr"],
            loc="Cardiff",
        ),
        one=person(
            "Clara Moulin",
            "Réalisatrice de courts-métrages d'animation, j'ai des financements CNC.",
            "Un compositeur pour signer la musique de mon prochain film.",
            "Poésie, artisanat.",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr"],
            loc="Angoulême",
        ),
        trap=person(
            "Nils Bergström",
            "Indie developer building an exploration game in Godot, evenings only for now.",
            "A composer and sound designer who wants to co-own the game.",
            "Humane hours.",
            ro=["tech"],
            rs=["design"],
            c="side-project",
            tz=1,
            langs=["en", "sv", "fr"],
            loc="Stockholm",
        ),
    ),
    # 60 ------------------------------------------------------------------ trap: timezone
    pair(
        60,
        "en",
        "social-economy",
        "A runs a volunteer repair café and wants a paid repair business; B has set up and run "
        "service businesses and wants a repair expert with a community.",
        a=person(
            "Ade Balogun",
            "I founded a repair café that fixes 1,500 items a year with 40 volunteer fixers.",
            "Someone to set up the business side: pricing, premises, staff, contracts.",
            "Repair over replace, skills for locals.",
            ro=["domain"],
            tz=0,
            langs=["en", "yo"],
            loc="Leeds",
        ),
        b=person(
            "Sarah Whitaker",
            "Set up and ran three service businesses: staffing, pricing, premises, B2B contracts.",
            "A repair expert with a community who wants to turn it into a paid service.",
            "Sustainable and profitable.",
            tz=0,
            langs=["en"],
            loc="York",
        ),
        twin=person(
            "Tom Ashby",
            "Operations and finance for small businesses; I've launched two franchises.",
            "A chef with a concept to build a franchise of healthy cafés.",
            "Replicable models.",
            tz=0,
            langs=["en"],
            loc="Sheffield",
        ),
        one=person(
            "Megan Price",
            "Council sustainability officer with a budget for circular economy pilots.",
            "A repair café organiser to run repair workshops in libraries.",
            "Community benefit.",
            tz=0,
            langs=["en"],
            loc="Bradford",
        ),
        trap=person(
            "Liam Doherty",
            "I set up service businesses: pricing, staffing, premises, contracts.",
            "A repair café founder ready to become a paid repair shop.",
            "Profitable and green.",
            tz=-7,
            langs=["en"],
            loc="Phoenix",
        ),
    ),
]
