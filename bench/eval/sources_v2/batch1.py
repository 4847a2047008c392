"""Pairs 1-20 of complementary_v2."""

from people import pair, person

PAIRS = [
    # 1 ------------------------------------------------------------------ trap: language
    pair(
        1,
        "cross",
        "health",
        "A is a physiotherapist who needs a mobile engineer who knows health data; B is that "
        "engineer and wants a practising clinician to design the rehab programmes.",
        a=person(
            "Camille Roussel",
            """Kinésithérapeute depuis douze ans, dont huit en service de chirurgie orthopédique
            à Lyon. Je connais par cœur la rééducation après ligamentoplastie et prothèse de
            genou, et j'ai rédigé des protocoles d'exercices validés par les chirurgiens du
            service. Je peux aussi mobiliser un réseau d'une quarantaine de cabinets pour tester
            un outil avec de vrais patients.""",
            """Mes patients décrochent de leurs exercices dès qu'ils rentrent chez eux. Je
            cherche quelqu'un capable de construire une application mobile solide, sur iPhone
            comme sur Android, qui guide les séances à domicile et me remonte la progression.
            Idéalement une personne qui a déjà publié des applis et qui sait ce qu'implique
            l'hébergement de données de santé.""",
            """Un produit utile avant d'être rentable. Transparence totale entre associés, et
            aucune promesse médicale qu'on ne saurait pas tenir.""",
            headline="Kiné en orthopédie, je veux que la rééducation continue à la maison",
            tz=1,
            langs=["fr"],
            stage="idea",
            loc="Lyon",
        ),
        b=person(
            "Daniel Okafor",
            """Mobile engineer, seven years on iOS and Android, the last three in React Native.
            I shipped a medication-reminder app used by 200k people and went through the NHS
            DSPT assessment, so I know what storing health records properly takes. Happy to own
            the backend as well (Node, Postgres, EU-hosted).""",
            """I want to build with a clinician who actually treats patients: someone who can
            design the recovery programmes, explain which movements matter after surgery, earn
            the trust of surgeons and line up practices for a pilot. I grew up partly in
            Brussels, so working in French is no problem.""",
            """Evidence over hype. I'd rather grow slowly with real patient outcomes than chase
            downloads. Direct feedback, no politics.""",
            headline="Health app engineer looking for a clinical co-founder",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Théo Marchal",
            """Développeur mobile (Swift, Kotlin), j'ai construit deux applis de coaching
            sportif et une appli de suivi du sommeil agréée par une mutuelle. Je maîtrise
            l'hébergement HDS et l'intégration avec les montres connectées.""",
            """Je cherche un profil commercial pour vendre des programmes de bien-être aux
            grandes entreprises et aux mutuelles : quelqu'un qui a un carnet d'adresses chez
            les DRH et sait mener un cycle de vente B2B de six mois.""",
            """On lève vite, on recrute vite. Je vise une série A dans dix-huit mois et je
            veux un associé prêt à tout donner pour la croissance.""",
            headline="Dev mobile santé & bien-être, cherche associé·e commercial·e B2B",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Rebecca Hale",
            """Industrial designer and co-founder of a connected rowing-machine brand.
            I bring hardware design, a manufacturing partner in Shenzhen that we
            have audited twice, and 3,000 machines already sold through our own
            website and two gym chains.""",
            """Our screen plays workouts, but nobody on the team is a clinician. We
            need a physiotherapist to write evidence-based training and recovery
            sessions, review every movement cue, and help us speak credibly to
            physios and gyms.""",
            """Craft matters. We ship beautiful, durable things and we don't cut corners.""",
            headline="Connected fitness hardware, looking for a physio partner",
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
        trap=person(
            "Aaron Whitfield",
            """iOS and Android developer who has built two rehabilitation apps for an NHS
            trust, including video-guided exercises and a clinician dashboard. I handle the
            whole stack and the data-protection paperwork.""",
            """Looking for a physiotherapist or rehab specialist who sees patients every week
            and can own the exercise content, validate it with surgeons and bring in clinics
            to test with.""",
            """Outcomes first, patient privacy always, calm and honest collaboration.""",
            headline="Rehab app developer seeking a physiotherapist co-founder",
            tz=0,
            langs=["en"],
            loc="Manchester",
        ),
    ),
    # 2 ------------------------------------------------------------------- trap: consent
    pair(
        2,
        "cross",
        "medtech",
        "A built a post-operative monitoring patch and needs someone who sells to hospital "
        "purchasing; B has sold devices to hospital procurement for ten years and wants a "
        "working medical wearable to take to market.",
        a=person(
            "Inès Haddad",
            """Ingénieure en électronique biomédicale, j'ai conçu un patch connecté qui
            surveille en continu la fréquence cardiaque, la respiration et la température des
            patients après une opération. Deux prototypes ont passé les tests de
            biocompatibilité et une étude de faisabilité tourne au CHU de Grenoble.""",
            """Il me manque une personne qui sache vendre à l'hôpital : comprendre qui décide,
            répondre aux appels d'offres, convaincre les acheteurs et les directions des soins.
            Quelqu'un qui a déjà signé avec des centrales d'achat hospitalières serait
            idéal.""",
            """Rigueur clinique, patience, et respect des soignants qui testent nos
            prototypes.""",
            headline="Patch de surveillance post-opératoire, cherche la personne qui le vendra",
            ro=["tech"],
            tz=1,
            langs=["fr", "en"],
            stage="prototype",
            loc="Grenoble",
        ),
        b=person(
            "Graham Whitlock",
            "Ten years selling devices to hospital procurement teams in Ireland, the UK and France.",
            "An engineer with a working medical wearable that still needs a route to market.",
            "Plain talk. Long sales cycles don't scare me.",
            headline="Medtech sales, hospital tenders",
            tz=0,
            langs=["en", "fr"],
            loc="Dublin",
        ),
        twin=person(
            "Fiona Garrity",
            "Former NHS purchasing manager; I know frameworks, tenders and who signs.",
            "A finance partner to help me raise money for a procurement advisory firm.",
            "Build a consultancy, not a product. Profit from year one.",
            headline="Hospital procurement insider",
            tz=0,
            langs=["en", "fr"],
            loc="Leeds",
        ),
        one=person(
            "Jonas Pereira",
            "Marketing lead at a running-gear brand: 80k newsletter, athletes, influencers.",
            "An electronics engineer who can build a sweat-sensing wearable for runners.",
            "Move fast, test with real runners every week.",
            headline="Sports brand wants to go connected",
            tz=1,
            langs=["en", "fr", "pt"],
            loc="Lisbon",
        ),
        trap=person(
            "Orla Brennan",
            "I've sold monitoring equipment into hospital purchasing groups across Europe for 12 years.",
            "A hardware founder with a clinical-grade wearable monitor that needs its first buyers.",
            """Honest forecasts and respect for nurses; I never promise a hospital a
            delivery date I can't keep.""",
            headline="Hospital sales for medical devices",
            tz=0,
            langs=["en", "fr"],
            loc="Cork",
            consent=False,
        ),
    ),
    # 3 ---------------------------------------------------------------- trap: visibility
    pair(
        3,
        "en",
        "b2b-saas",
        "A is a design-systems designer who needs a front-end engineer to turn tokens and "
        "components into a Figma-to-code product; B is a front-end engineer who wants a "
        "designer who lives in design systems.",
        a=person(
            "Maya Lindgren",
            """I've spent six years building design systems, first at a bank and then at a
            600-person SaaS company, where I ran a team of four and owned the component
            library, the tokens and the documentation. I know exactly why design and code drift
            apart, and I've interviewed dozens of design-ops leads about it.""",
            """I need an engineer who is deep in front-end tooling: someone who has written
            build plugins, understands how React components compile, and can make a Figma
            plugin talk reliably to a codebase. I can design every screen; I can't build the
            sync engine.""",
            """Small team, high craft, ship every two weeks. I want a partner who argues with
            me about details and then lets it go.""",
            headline="Design systems lead building the bridge between Figma and code",
            ro=["design", "product"],
            rs=["tech"],
            tz=1,
            langs=["en", "sv"],
            stage="idea",
            loc="Stockholm",
        ),
        b=person(
            "Kwame Asante",
            """Front-end engineer for nine years; I maintain a popular open-source Vite plugin
            and built the internal component pipeline at a fintech, from tokens in JSON to
            typed React packages. AST transforms, bundlers and CI for UI libraries are my
            comfort zone.""",
            """I'm missing the design half. I want to work with someone who has run a real
            design system in production, knows what designers need from a handoff tool, and
            can talk to design teams as a peer. Product sense matters more than pixel
            polish.""",
            """Craft, kindness, and saying no to features. Remote-first with a few weeks a year
            together.""",
            headline="Front-end tooling engineer, open-source maintainer",
            ro=["tech"],
            rs=["design", "product"],
            tz=0,
            langs=["en"],
            loc="Accra / London",
        ),
        twin=person(
            "Lukas Brandt",
            """Senior front-end engineer, author of a Storybook add-on and of a tokens
            compiler used by a few hundred teams. TypeScript, Rollup, design tokens, visual
            regression tests.""",
            """I want a commercial co-founder who can sell developer tools to large
            enterprises, run procurement and security reviews, and build a sales team.""",
            """Enterprise-first, revenue-first. I'm happy to be in an office five days a week
            and I expect long hours.""",
            headline="Front-end tools engineer seeking an enterprise sales partner",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["en", "de"],
            loc="Berlin",
        ),
        one=person(
            "Priya Nandakumar",
            """Growth marketer for developer tools. I took two open-source projects
            from zero to 40k GitHub stars, ran their Discord communities and
            launched the paid tiers that now fund both teams.""",
            """I'm looking for a designer who has run a design system at scale to be
            the face of a product for design teams: someone who writes, gives talks
            and designs, while I take care of launch, community and pricing.""",
            """Community before revenue, generosity in public.""",
            headline="Dev-tools growth marketer",
            ro=["marketing"],
            rs=["design"],
            tz=0,
            langs=["en", "ta"],
            loc="London",
        ),
        trap=person(
            "Oskar Nyberg",
            """Front-end infrastructure engineer. At my last company I built the
            pipeline that synced Figma variables and components into typed React
            packages, and I maintain a bundler plugin with a few thousand weekly
            downloads.""",
            """A designer who has owned a production design system, talks to design-ops
            teams as a peer and can shape a product for them with me. I'll build the
            engine; I need someone who knows what it must do.""",
            """Quality, a calm pace, respect for weekends, and arguing about details
            before letting them go.""",
            headline="Figma-to-code engineer",
            ro=["tech"],
            rs=["design"],
            tz=1,
            langs=["en", "sv"],
            loc="Gothenburg",
            vis="private",
        ),
    ),
    # 4 ---------------------------------------------------------------- trap: commitment
    pair(
        4,
        "fr",
        "agritech",
        "A est vigneron et veut des sondes d'humidité du sol fiables; B conçoit des capteurs "
        "basse consommation et cherche un viticulteur pour les tester et les faire adopter.",
        a=person(
            "Baptiste Ferrand",
            """Vigneron en Bourgogne, 14 hectares, et un réseau de domaines voisins
            prêts à tester.""",
            "Quelqu'un qui sache fabriquer des sondes de sol fiables qui tiennent toute une saison.",
            """Travail bien fait, pas de bla-bla. Le domaine d'abord : ce projet, c'est
            le soir.""",
            headline="Vigneron, je veux mesurer l'eau dans mes sols",
            c="side-project",
            tz=1,
            langs=["fr"],
            loc="Beaune",
        ),
        b=person(
            "Léa Gauthier",
            "J'ai conçu des capteurs radio basse consommation qui tiennent cinq ans sur une pile.",
            "Un viticulteur pour tester en vraie parcelle et convaincre la profession.",
            "Sobriété technique, terrain d'abord.",
            headline="Électronicienne, capteurs LoRa",
            c="part-time",
            tz=1,
            langs=["fr", "en"],
            loc="Dijon",
        ),
        twin=person(
            "Romain Vasseur",
            "Ingénieur objets connectés, je conçois des sondes LoRa pour l'industrie.",
            "Un associé financier pour lever des fonds et piloter la trésorerie.",
            "Je vise l'hypercroissance et une levée rapide.",
            headline="Capteurs industriels, cherche un profil finance",
            c="part-time",
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        one=person(
            "Aurélie Combes",
            "Je vends du matériel de cave aux domaines depuis dix ans.",
            "Un vigneron associé pour créer une marque de vins nature en négoce.",
            "Convivialité et produits honnêtes.",
            headline="Commerciale en matériel viticole",
            c="part-time",
            tz=1,
            langs=["fr"],
            loc="Mâcon",
        ),
        trap=person(
            "Gaspard Lemoine",
            "Je fabrique des sondes d'humidité sans fil pour les parcelles agricoles.",
            "Un vigneron qui teste sur ses vignes et m'ouvre les portes des domaines.",
            """Concret et patient. Je veux y consacrer tout mon temps dès cette année.""",
            headline="Capteurs de sol, à plein temps",
            c="full-time",
            tz=1,
            langs=["fr"],
            loc="Chalon-sur-Saône",
        ),
    ),
    # 5 ------------------------------------------------------------------ trap: timezone
    pair(
        5,
        "cross",
        "insurtech",
        "A is an actuary who has priced micro-insurance for delivery riders and needs access to "
        "gig platforms; B runs partnerships with gig platforms and wants an insurance product "
        "priced by a real actuary.",
        a=person(
            "Hélène Dubreuil",
            """Actuaire pendant dix ans chez un grand assureur, j'ai construit les tarifs de la
            prévoyance collective. Depuis un an je travaille sur une couverture à la mission
            pour les livreurs et chauffeurs indépendants : accident, arrêt de travail, perte de
            revenus. Les modèles sont prêts et un porteur de risque est intéressé.""",
            """Ce qui me manque, c'est l'accès aux plateformes. Je cherche quelqu'un qui a déjà
            négocié des partenariats avec des applis de livraison ou de VTC, qui sait comment
            elles intègrent un service dans leur parcours et qui peut obtenir les premiers
            contrats de distribution.""",
            """Protéger des gens que personne ne protège. Sérieux réglementaire, sobriété dans
            les dépenses, décisions partagées.""",
            headline="Actuaire, je veux assurer les travailleurs des plateformes",
            ro=["finance", "domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            stage="prototype",
            loc="Paris",
        ),
        b=person(
            "Tomasz Wiśniewski",
            """I led partnerships at a European food-delivery app and then at a ride-hailing
            company, where I signed integrations with banks, fuel cards and insurers for
            40,000 couriers. I know the product and legal teams at most of the big gig
            platforms and how long their integration queue is.""",
            """I'd like to team up with someone who can design and price the cover itself:
            an insurance professional who understands loss ratios and reinsurers and can turn
            a vague 'protect the riders' idea into a product a carrier will underwrite.""",
            """Riders first. Fair pricing, no small print traps. I like budgets and
            milestones.""",
            headline="Gig-economy partnerships lead",
            ro=["sales", "operations"],
            rs=["finance", "domain"],
            tz=1,
            langs=["en", "pl", "fr"],
            loc="Amsterdam",
        ),
        twin=person(
            "Noor Al-Sayed",
            """Head of partnerships at a grocery delivery scale-up. I negotiated deals
            with every major courier app in the Benelux, built our rider benefits
            programme and know how their product teams prioritise integrations.""",
            """I'm looking for an engineering co-founder to build an embedded payroll
            and instant-pay API for gig platforms: backend, security, banking
            integrations and reconciliation.""",
            """Speed and scale. We should be in ten countries in two years.""",
            headline="Platform partnerships, building embedded payroll",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["en", "ar", "fr"],
            loc="Brussels",
        ),
        one=person(
            "Clara Benedetti",
            """Licensed insurance broker with a book of 400 SME clients across Italy
            and the south of France, and two insurers who keep asking me for new
            niche products to distribute.""",
            """I need a pricing actuary to co-found a specialty brokerage: someone who
            can model unusual risks, build the rating tables and defend the numbers
            in front of underwriters.""",
            """Prudent growth and long client relationships. I'd rather turn down a
            risk than explain a bad claim later.""",
            headline="Insurance broker looking for an actuary",
            ro=["sales"],
            rs=["finance"],
            tz=1,
            langs=["en", "it", "fr"],
            loc="Milan",
        ),
        trap=person(
            "Diego Alvarado",
            """Ran partnerships for a ride-hailing app across Latin America and
            southern Europe. I know how platforms plug third-party services into the
            driver app and who signs off on them.""",
            """An actuary or insurance expert who has priced cover for independent
            workers and can bring a carrier on board, so that I can take the product
            to the platforms I know.""",
            """Fairness for drivers and realistic plans with milestones we can actually
            hit.""",
            headline="Ride-hailing partnerships, want to build rider insurance",
            ro=["sales"],
            rs=["finance", "domain"],
            tz=-6,
            langs=["en", "es", "fr"],
            loc="Mexico City",
        ),
    ),
    # 6 ------------------------------------------------------------------- trap: language
    pair(
        6,
        "mixed",
        "education",
        "A is a maths teacher with a bank of adaptive exercises who needs a web developer to "
        "build the platform; B is a front-end developer who wants a teacher to own the "
        "pedagogy and get classrooms to test it.",
        a=person(
            "Sandrine Mbemba",
            """Prof de maths en collège depuis quinze ans, en REP+ à Saint-Denis. J'ai écrit
            plus de 2 000 exercices classés par compétence, avec des indices gradués, que mes
            collègues utilisent déjà sur papier. Je connais les programmes, les
            inspecteurs, et une dizaine de collègues prêts à tester en classe.""",
            """I need a developer who can turn this into a web app that adapts to each
            student: pick the next exercise, show hints, let teachers follow the class. It has
            to work on cheap Chromebooks and bad Wi-Fi. Someone patient with teachers,
            please!""",
            """L'école publique d'abord. Gratuit pour les élèves, toujours. Du temps pour
            bien faire.""",
            headline="Prof de maths, exercices adaptatifs / looking for a web dev",
            tz=1,
            langs=["fr", "en"],
            stage="idea",
            loc="Saint-Denis",
        ),
        b=person(
            "Victor Huang",
            """Front-end and full-stack developer, eight years. I built the offline-first
            practice mode of a language-learning app and care a lot about performance on old
            hardware. Vue, TypeScript, Postgres, service workers.""",
            """Someone who teaches, today, in a real classroom: who can design the progression,
            write the content, and convince other teachers to try the tool. I don't want to
            guess what a 13-year-old needs.""",
            """Public good over growth hacks. No ads, no selling student data. Slow and
            steady is fine.""",
            headline="Offline-first web developer, edtech",
            tz=1,
            langs=["en", "fr", "zh"],
            loc="Paris",
        ),
        twin=person(
            "Ambre Joly",
            """Développeuse web, j'ai construit la plateforme d'un organisme de soutien
            scolaire en ligne (React, Node) et son moteur de quiz.""",
            """Looking for someone in sales to sign private tutoring companies and schools in
            the Gulf: pricing, contracts, long trips.""",
            """Revenue first; premium private schools are our market.""",
            headline="Dev edtech, cherche un·e commercial·e international·e",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        one=person(
            "Marc-Antoine Rivière",
            """Éditeur scolaire pendant vingt ans, je connais la diffusion en
            librairie, les prescripteurs et les commandes des établissements, et
            j'ai encore une petite maison d'édition qui tourne.""",
            """A maths teacher to write a new series of workbooks for middle school,
            with exercises tested in class, while I handle layout, printing and
            distribution.""",
            """Le bel ouvrage, le papier qui dure, la transmission. Je travaille
            lentement et je relis tout deux fois.""",
            headline="Éditeur scolaire / new workbook series",
            tz=1,
            langs=["fr", "en"],
            loc="Tours",
        ),
        trap=person(
            "Katarzyna Nowak",
            """Full-stack developer. I built an adaptive practice engine for maths
            homework that picks the next exercise from the student's mistakes and
            runs offline on low-end laptops in rural schools.""",
            """A practising maths teacher who has a bank of exercises, can design the
            progression and the hints, and bring real classrooms to test it.""",
            """Free for students, no tracking, no ads; schools should never pay with
            their pupils' data.""",
            headline="Adaptive maths practice, developer",
            tz=1,
            langs=["pl", "de"],
            loc="Wrocław",
        ),
    ),
    # 7 -------------------------------------------------------------------- trap: consent
    pair(
        7,
        "cross",
        "logistics",
        "A runs a cargo-bike delivery crew and needs route optimisation; B writes vehicle "
        "routing solvers and wants a real urban delivery operation to apply them to.",
        a=person(
            "Yanis Belkacem",
            "Je dirige une équipe de 25 livreurs à vélo-cargo à Bordeaux, 1 800 colis par jour.",
            "Quelqu'un qui sache calculer nos tournées mieux que nous, avec les contraintes réelles.",
            "Entreprise sociale, salariés en CDI, pas d'auto-entrepreneurs.",
            headline="Logistique urbaine à vélo-cargo",
            tz=1,
            langs=["fr", "en"],
            stage="revenue",
            loc="Bordeaux",
        ),
        b=person(
            "Hannah Weiss",
            "I build vehicle-routing solvers with time windows; ex-optimisation team at a 3PL.",
            "An operator with real daily delivery volume who lets me solve their actual routes.",
            "Good jobs, low emissions, measurable results.",
            headline="Routing & optimisation engineer",
            tz=1,
            langs=["en", "de", "fr"],
            loc="Freiburg",
        ),
        twin=person(
            "Ruben de Vries",
            "Operations research engineer: route planning and fleet optimisation for couriers.",
            "A co-founder with enterprise sales experience to sell to big parcel carriers.",
            "Big contracts, fast expansion.",
            headline="Route optimisation for big carriers",
            tz=1,
            langs=["en", "nl", "fr"],
            loc="Rotterdam",
        ),
        one=person(
            "Margaux Pichon",
            "I design and assemble electric cargo bikes, small series, in Nantes.",
            "A delivery operator running a fleet daily who can test and co-design our bikes.",
            "Repairable, local, built to last.",
            headline="Cargo bike maker",
            tz=1,
            langs=["fr", "en"],
            loc="Nantes",
        ),
        trap=person(
            "Sebastian Ortiz",
            "I write routing algorithms for last-mile delivery; time windows, capacity, traffic.",
            "A cargo-bike or urban delivery operator who wants smarter daily routes.",
            "Sustainability and honest metrics.",
            headline="Last-mile routing",
            tz=1,
            langs=["en", "es", "fr"],
            loc="Barcelona",
            consent=False,
        ),
    ),
    # 8 ----------------------------------------------------------------- trap: visibility
    pair(
        8,
        "cross",
        "energy",
        "A is a solar installer who loses days on hand-made quotes and needs software built; "
        "B is a developer who has built quoting/estimation tools and wants an installer who "
        "knows the trade.",
        a=person(
            "Olivier Teixeira",
            """J'ai monté mon entreprise d'installation photovoltaïque il y a neuf ans, dans
            l'Hérault : onze salariés, environ 300 chantiers par an chez des particuliers et des
            agriculteurs. Je connais les aides, le raccordement Enedis, les assurances et tous
            les pièges d'un devis solaire. Une vingtaine d'installateurs de ma région
            m'appellent quand ils ont un doute.""",
            """Chaque devis me prend une demi-journée entre le calepinage, la production
            estimée et les aides. Je cherche un associé qui sache concevoir et programmer un
            logiciel qui fasse ça à partir d'une photo satellite et de la facture du client,
            et qui puisse le faire évoluer pour le vendre à d'autres artisans.""",
            """Artisan avant tout : un outil pensé pour les gens du métier. Prix honnête, pas
            d'abonnement piège.""",
            headline="Installateur solaire, je veux en finir avec les devis à la main",
            ro=["domain", "operations"],
            tz=1,
            langs=["fr", "en"],
            stage="idea",
            loc="Montpellier",
        ),
        b=person(
            "Rachel Osei",
            """Full-stack developer who spent four years building estimating software for
            roofing contractors: measurements from aerial imagery, material lists and
            branded PDF proposals. I can run a product on my own, from database to the
            sales demo.""",
            """I'd like to partner with someone from the trade, ideally an installer who
            runs crews and knows what goes wrong on a job: subsidies, grid connection, what
            homeowners ask. Someone other contractors listen to.""",
            """Tools for tradespeople should be simple and fairly priced. I value calm
            weeks and honest numbers.""",
            headline="Builds estimating software for contractors",
            tz=0,
            langs=["en", "fr"],
            loc="Lisbon",
        ),
        twin=person(
            "Nathan Caillaud",
            """Développeur, j'ai créé un logiciel de devis et de facturation pour les
            plombiers-chauffagistes, 400 clients.""",
            """Je cherche un associé expert en financement pour monter une offre de crédit
            travaux intégrée au logiciel : relations bancaires, conformité, montage
            financier.""",
            """Croissance agressive, on veut être leader national en trois ans.""",
            headline="Logiciel de devis artisans, cherche profil finance",
            tz=1,
            langs=["fr"],
            loc="Nantes",
        ),
        one=person(
            "Ewan McAllister",
            """Sales director for a solar panel distributor; I know the wholesalers,
            the import logistics and most installation companies across Spain,
            Portugal and the south of France.""",
            """I want an experienced installer to co-found an installation franchise
            with me: someone who can write the technical standards, train the crews
            and inspect the first sites.""",
            """Volume and standard processes: a franchise works when every site does
            things the same way.""",
            headline="Solar distribution, building a franchise",
            ro=["sales"],
            tz=0,
            langs=["en", "fr", "es"],
            loc="Madrid / Glasgow",
        ),
        trap=person(
            "Imogen Clarke",
            """Software engineer. I built a solar design and quoting tool that reads
            roofs from satellite images, estimates production from the client's
            bills and produces a proposal in minutes.""",
            """A solar installer who knows subsidies, grid connection and the realities
            of the job, and whose word carries weight with other installers.""",
            """Fair prices and simple software that an installer can learn between two
            jobs.""",
            headline="Solar quoting software engineer",
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
            vis="private",
        ),
    ),
    # 9 ----------------------------------------------------------------- trap: commitment
    pair(
        9,
        "en",
        "legal-tech",
        "A is an immigration lawyer who needs an NLP engineer to read and pre-fill case "
        "documents; B is an NLP engineer who wants a practising immigration lawyer to define "
        "what the tool must get right.",
        a=person(
            "Adaeze Nwosu",
            """Immigration lawyer for eleven years, running a small practice in Toronto that
            handles work permits, family sponsorship and refugee claims. My team spends most of
            its week reading passports, bank statements and employment letters and copying them
            into government forms. I know where files get refused and why.""",
            """I'm looking for an engineer who works with language models and document
            understanding: someone who can pull the right facts out of messy scans in several
            languages, check them against the form requirements and flag contradictions,
            without ever inventing a fact.""",
            """Clients' lives depend on these files. Accuracy beats speed, privacy is
            non-negotiable, and I want a partner who admits what the model can't do.""",
            headline="Immigration lawyer automating case preparation",
            tz=-5,
            langs=["en", "ig"],
            stage="idea",
            loc="Toronto",
        ),
        b=person(
            "Felix Marchetti",
            """Machine learning engineer specialised in document AI: OCR pipelines, layout
            models and extraction with LLMs, with evaluation harnesses that measure every
            field. I built the claims-reading system at an insurer that processes 30k
            documents a day.""",
            """I want a domain partner who practises law in a field where every case is a
            pile of personal documents (visas, asylum, family files), who can tell me what a
            correct file looks like, review outputs and bring the first firms as
            customers.""",
            """Measure before you claim. Careful with people's data. Steady, sustainable
            pace.""",
            headline="Document AI engineer",
            tz=-5,
            langs=["en", "it"],
            loc="Montreal",
        ),
        twin=person(
            "Jasmine Cho",
            """NLP engineer with seven years on information extraction from contracts
            and invoices. I've built evaluation pipelines that score every extracted
            field, and I fine-tune small models to run cheaply.""",
            """A co-founder who knows mortgage underwriting from the inside and can
            sell to lenders: I want to automate loan file review for banks and
            brokers.""",
            """Ship fast, raise a seed quickly, iterate in public.""",
            headline="Document AI for lending",
            tz=-8,
            langs=["en", "ko"],
            loc="Vancouver",
        ),
        one=person(
            "Marcus Bell",
            """I run a relocation agency that moves 400 employees a year for tech
            companies: housing, schools, bank accounts, settling-in services, with a
            team of twelve.""",
            """An immigration lawyer who can co-found a one-stop visa and relocation
            offer for employers, handle the permits and supervise the paralegals we
            would hire.""",
            """Service quality and warmth toward families who are moving their whole
            life. Clear prices, no surprises.""",
            headline="Relocation services founder",
            tz=-5,
            langs=["en"],
            loc="Toronto",
        ),
        trap=person(
            "Grace Adeyemi",
            """ML engineer focused on document understanding: extraction from scanned
            identity, bank and employment documents, with strict field-level
            evaluation and no hallucinated values.""",
            """A practising immigration lawyer who knows why files get refused and can
            define what the system must check. Evenings and weekends only for now.""",
            """Privacy, accuracy and humility about what models can do; every field is
            checked, nothing invented.""",
            headline="Document AI, side project",
            c="side-project",
            tz=-5,
            langs=["en", "yo"],
            loc="Ottawa",
        ),
    ),
    # 10 ------------------------------------------------------------------ trap: timezone
    pair(
        10,
        "cross",
        "gaming",
        "A is a game designer with a prototype that needs a Unity programmer; B is a Unity "
        "gameplay programmer who wants a designer to own systems and level design.",
        a=person(
            "Jules Bertrand",
            """Game designer depuis huit ans, passé par deux studios lyonnais. J'ai conçu les
            systèmes de progression et l'équilibrage d'un jeu de stratégie vendu à 300 000
            exemplaires. Aujourd'hui j'ai un prototype papier et un document de conception
            complet pour un roguelike coopératif.""",
            """Il me faut quelqu'un qui programme le jeu dans Unity : gameplay, réseau en
            coopération à quatre, outils pour que je puisse régler les niveaux moi-même.""",
            """Des journées raisonnables, pas de crunch. On sort un jeu fini plutôt qu'un jeu
            énorme.""",
            headline="Game designer, roguelike coopératif",
            ro=["design", "product"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            stage="prototype",
            loc="Lyon",
        ),
        b=person(
            "Ellie Thompson",
            "Unity gameplay programmer, 7 years; shipped two online co-op games on Steam.",
            "A designer who owns systems, balance and levels while I own the code.",
            "No crunch. Finish small games well.",
            headline="Unity gameplay & netcode",
            ro=["tech"],
            rs=["design"],
            tz=0,
            langs=["en", "fr"],
            loc="Brighton",
        ),
        twin=person(
            "Arjun Mehta",
            "Unity developer, multiplayer and tools; shipped three mobile titles.",
            "A publisher-side producer who can fund and market a mobile game.",
            "Live-ops and monetisation from day one.",
            headline="Unity multiplayer dev",
            ro=["tech"],
            rs=["marketing", "finance"],
            tz=1,
            langs=["en", "fr", "hi"],
            loc="Paris",
        ),
        one=person(
            "Salomé Girard",
            "Productrice de jeux, j'ai piloté des budgets de 2 M€ et je connais les éditeurs.",
            "Un game designer confirmé pour lancer un studio de jeux narratifs.",
            "Studio bienveillant, semaine de quatre jours.",
            headline="Productrice, je monte un studio",
            ro=["operations", "finance"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
            loc="Montpellier",
        ),
        trap=person(
            "Kenji Watanabe",
            "Unity programmer specialised in online co-op roguelikes; gameplay and netcode.",
            "A systems and level designer with a strong design document and a prototype.",
            "Sustainable hours, small scope.",
            headline="Co-op roguelike programmer",
            ro=["tech"],
            rs=["design"],
            tz=9,
            langs=["en", "ja", "fr"],
            loc="Osaka",
        ),
    ),
    # 11 ------------------------------------------------------------------ trap: language
    pair(
        11,
        "fr",
        "social-economy",
        "A dirige une entreprise d'insertion qui a besoin de contrats avec de grandes "
        "entreprises; B a vendu des prestations aux directions achats et veut mettre cette "
        "compétence au service d'une structure d'insertion.",
        a=person(
            "Nadia Boumediene",
            """Je dirige depuis six ans une entreprise d'insertion à Roubaix : 45 salariés en
            parcours, des activités de tri de déchets de bureau, d'entretien d'espaces verts et
            de conditionnement. On tient nos délais et nos taux de sortie vers l'emploi durable
            sont parmi les meilleurs du département. Je connais le financement de l'insertion,
            les encadrants techniques et les partenaires sociaux.""",
            """Notre point faible, ce sont les contrats. J'ai besoin d'une personne qui sache
            décrocher des marchés auprès des grands comptes, qui parle aux acheteurs et aux
            responsables RSE, qui sache répondre à un appel d'offres avec clause sociale et
            construire un vrai portefeuille de clients.""",
            """L'humain avant le chiffre, mais un chiffre qui tient. Je veux un associé qui
            respecte les salariés en parcours et qui tient parole.""",
            headline="Directrice d'entreprise d'insertion, cherche qui ira chercher les marchés",
            ro=["operations", "domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            stage="revenue",
            loc="Roubaix",
        ),
        b=person(
            "Florent Delattre",
            """Quinze ans dans la vente de services aux entreprises : facility management puis
            propreté, avec des contrats pluriannuels signés auprès de sièges sociaux et de
            sites industriels. Je connais les directions achats, les grilles de notation et les
            clauses sociales des marchés publics.""",
            """J'ai envie de mettre ce savoir-faire au service d'une structure d'insertion qui
            tourne déjà, avec une dirigeante ou un dirigeant qui maîtrise l'accompagnement des
            salariés et la production.""",
            """Du sens, de la parole donnée, et des comptes à l'équilibre.""",
            headline="Commercial grands comptes en quête de sens",
            tz=1,
            langs=["fr"],
            loc="Lille",
        ),
        twin=person(
            "Sabrina Kessler",
            """Responsable commerciale dans les services aux entreprises depuis douze
            ans, j'ai signé des contrats de maintenance et d'accueil avec des
            groupes du CAC 40 et je connais bien leurs directions immobilières.""",
            """Je cherche un associé technique, développeur confirmé, pour créer une
            application de réservation de salles et de postes de travail que je
            vendrai à ces mêmes clients.""",
            """Ambition, résultats chiffrés, bureaux à Paris.""",
            headline="Commerciale B2B, projet SaaS",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["fr", "de"],
            loc="Paris",
        ),
        one=person(
            "Pierre-Yves Le Goff",
            """Consultant en stratégie depuis dix ans, j'accompagne des fonds à impact
            dans l'analyse de leurs investissements et je connais bien les
            financeurs publics de l'économie sociale.""",
            """Je veux m'associer à une dirigeante ou un dirigeant d'entreprise
            d'insertion pour créer un cabinet de conseil en insertion auprès des
            collectivités et des départements.""",
            """Rigueur intellectuelle et impact mesuré. Je crois aux études d'impact et
            aux indicateurs publiés.""",
            headline="Conseil, impact social",
            tz=1,
            langs=["fr"],
            loc="Lille",
        ),
        trap=person(
            "Oliver Grant",
            """Fifteen years selling facilities and cleaning services to large
            corporate buyers, including public tenders with social clauses. I know
            procurement scoring grids and how CSR teams influence the decision.""",
            """I want to join a work-integration social enterprise that already runs
            well, with a director who knows the support of employees in integration,
            and that needs large contracts.""",
            """Purpose and balanced books; a social enterprise has to pay its people
            every month.""",
            headline="Corporate sales, looking for purpose",
            tz=0,
            langs=["en"],
            loc="Newcastle",
        ),
    ),
    # 12 ------------------------------------------------------------------- trap: consent
    pair(
        12,
        "cross",
        "biotech",
        "A is a microbiologist with a yeast strain that makes a dairy protein at flask scale; "
        "B is a bioprocess engineer who scales fermentation and wants a strain worth scaling.",
        a=person(
            "Margot Lefebvre",
            """Microbiologiste, docteure en biologie des levures. Pendant mon post-doc à
            l'INRAE j'ai modifié une souche qui produit une protéine de lactosérum avec un
            rendement très encourageant en fioles. Le brevet est déposé avec mon laboratoire
            et un contrat de licence est en discussion.""",
            """Personne dans mon équipe ne sait passer d'un litre à mille. J'ai besoin d'une
            personne qui ait déjà conduit des montées en échelle de fermentation, qui connaisse
            les bioréacteurs, le procédé aval et les coûts de production, et qui sache
            dialoguer avec les façonniers.""",
            """Science solide, pas d'effet d'annonce. Je veux bâtir une équipe où l'on a le
            droit de se tromper.""",
            headline="Microbiologiste, protéine laitière par fermentation",
            tz=1,
            langs=["fr", "en"],
            stage="prototype",
            loc="Toulouse",
        ),
        b=person(
            "Sanjay Raghunathan",
            """Bioprocess engineer, twelve years. I took three precision-fermentation
            processes from bench to 50,000-litre production at contract manufacturers,
            including downstream purification and cost-of-goods modelling.""",
            """I'd like to build around a strain that already works: a scientist who owns
            the biology, the strain engineering and the IP, and who will keep improving titres
            while I take care of scale.""",
            """Data over opinions. Respect for the people on the plant floor. No overpromising
            to investors.""",
            headline="Fermentation scale-up engineer",
            tz=1,
            langs=["en", "ta"],
            loc="Copenhagen",
        ),
        twin=person(
            "Astrid Holm",
            """Bioprocess engineer who scaled enzyme fermentation at a large industrial
            biotech, then ran its 10,000-litre pilot plant for four years.""",
            """A commercial co-founder to sell contract fermentation capacity to food
            brands: I want to open a shared pilot facility and need someone to fill
            its order book.""",
            """Build infrastructure, not products. Asset-heavy is fine.""",
            headline="Pilot plant builder",
            tz=1,
            langs=["en", "da", "fr"],
            loc="Aarhus",
        ),
        one=person(
            "Benoît Arnaud",
            """Directeur R&D d'une marque de fromages végétaux vendue en grande
            distribution, avec un atelier pilote et une équipe de quatre
            technologues.""",
            """Un ou une microbiologiste pour développer des ferments et des levures
            qui donnent du goût et de la texture à nos fromages, et pour diriger
            notre laboratoire.""",
            """Le goût d'abord, des ingrédients simples, et des recettes que nos
            clients comprennent.""",
            headline="Fromages végétaux, cherche microbiologiste",
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        trap=person(
            "Helena Kowalczyk",
            """Fermentation scale-up specialist: I have taken microbial processes from
            bench to commercial scale, designed downstream purification and run tech
            transfers to contract manufacturers.""",
            """A strain scientist with a working microbe and patents, ready to go
            beyond the flask, who keeps improving the biology while I handle scale.""",
            """Honest data and safe plants; investors hear the same numbers as the
            team.""",
            headline="Precision fermentation scale-up",
            tz=1,
            langs=["en", "pl", "fr"],
            loc="Basel",
            consent=False,
        ),
    ),
    # 13 ---------------------------------------------------------------- trap: visibility
    pair(
        13,
        "cross",
        "retail",
        "A runs a chain of bakeries that throws away bread daily and needs demand forecasting; "
        "B builds demand forecasts and wants a retailer with daily data to build with.",
        a=person(
            "Christophe Morel",
            "Boulanger, 9 boutiques en Alsace ; on jette encore 8 % de la production chaque soir.",
            "Une personne qui sache prévoir nos ventes jour par jour à partir de nos caisses.",
            "Le pain, les équipes, le gaspillage zéro.",
            headline="Boulangeries, moins de gâchis",
            ro=["operations"],
            tz=1,
            langs=["fr", "de"],
            stage="revenue",
            loc="Strasbourg",
        ),
        b=person(
            "Lena Fischer",
            "Data scientist: demand forecasting for fresh food, weather and holiday effects.",
            "A food retailer with years of till data who wants to sell out, not throw out.",
            "Less waste, honest accuracy reporting.",
            headline="Fresh-food forecasting",
            tz=1,
            langs=["en", "de"],
            loc="Karlsruhe",
        ),
        twin=person(
            "Matteo Rinaldi",
            "Forecasting and pricing models for supermarkets, 6 years.",
            "A co-founder to build an electronic shelf-label hardware business.",
            "Big retail, big margins.",
            headline="Retail pricing data scientist",
            tz=1,
            langs=["en", "it", "de"],
            loc="Munich",
        ),
        one=person(
            "Paul Keller",
            "I sell professional bakery ovens and mixers across Germany and France.",
            "An artisan baker with shops to co-found a franchise of bakery cafés.",
            "Quality equipment, long relationships.",
            headline="Bakery equipment sales",
            tz=1,
            langs=["de", "fr", "en"],
            loc="Freiburg",
        ),
        trap=person(
            "Marie Schreiber",
            "I build day-by-day sales forecasts for bakeries and fresh food chains.",
            "A bakery owner with several shops and till history, tired of waste.",
            "Waste reduction, transparency.",
            headline="Bakery demand forecasts",
            tz=1,
            langs=["en", "de"],
            loc="Basel",
            vis="private",
        ),
    ),
    # 14 ---------------------------------------------------------------- trap: commitment
    pair(
        14,
        "en",
        "hardware",
        "A designed an e-bike mid-drive motor and needs someone who can source and manufacture "
        "it; B runs supply chains in Asian factories and wants a well-engineered product to "
        "bring to production.",
        a=person(
            "Tobias Engel",
            """Mechanical engineer, formerly in drivetrain development at a car supplier. I
            designed a lighter mid-drive motor for e-bikes with a new gear stage; the third
            prototype has done 8,000 km of road testing and two bike brands want samples.""",
            """I have never built anything in volume. I need a partner who has: someone who
            has found suppliers in Taiwan or China, negotiated tooling, run quality audits and
            knows how to get from 20 prototypes to 5,000 units without going broke.""",
            """Engineering honesty, clear ownership, and a budget we both read every
            month.""",
            headline="E-bike motor engineer, prototype proven",
            ro=["tech"],
            tz=1,
            langs=["en", "de"],
            stage="prototype",
            loc="Stuttgart",
        ),
        b=person(
            "Mei-Ling Chou",
            "Supply chain lead for bike components, 10 years between Taichung and Shenzhen.",
            "An engineer with a proven drivetrain product that is ready for mass production.",
            "Quality over speed, fair deals with factories.",
            headline="Bike supply chain & manufacturing",
            tz=1,
            langs=["en", "zh", "de"],
            loc="Amsterdam",
        ),
        twin=person(
            "Dmitri Volkov",
            "I manage contract manufacturing for consumer electronics in Shenzhen.",
            "A brand and marketing partner to launch our own line of smart speakers.",
            """Margin and speed; forget perfection. Ship the first version, fix it in
            the second batch.""",
            headline="Electronics sourcing",
            tz=3,
            langs=["en", "ru", "zh"],
            loc="Dubai",
        ),
        one=person(
            "Claire Dupuis",
            "Founder of a cargo-bike brand with distributors in six countries.",
            "A drivetrain engineer to design an in-house motor for our next model.",
            """Design-led, family-friendly mobility. We care about how a bike looks as
            much as how it rides.""",
            headline="Cargo bike brand founder",
            tz=1,
            langs=["en", "fr"],
            loc="Ghent",
        ),
        trap=person(
            "Wen Jiahui",
            "I run sourcing and factory audits for bike parts suppliers in Taiwan.",
            "An engineer with a tested e-bike motor who wants to scale manufacturing.",
            """Steady and careful, fair with suppliers. Weekends only for now.""",
            headline="Bike parts sourcing (side project)",
            c="side-project",
            tz=1,
            langs=["en", "zh"],
            loc="Utrecht",
        ),
    ),
    # 15 ----------------------------------------------------------------- trap: timezone
    pair(
        15,
        "cross",
        "media",
        "A is an investigative journalist drowning in leaked spreadsheets and needs a data "
        "engineer; B is a data engineer who wants to put their skills behind investigative "
        "reporting with an experienced journalist.",
        a=person(
            "Élodie Castagné",
            """Journaliste d'investigation depuis quinze ans, j'ai travaillé pour deux
            quotidiens nationaux et un consortium international sur les paradis fiscaux. Je
            sais trouver des sources, vérifier, tenir un récit et protéger les personnes qui
            me parlent. J'ai un projet de média indépendant consacré aux marchés publics.""",
            """Je reçois des tableurs, des PDF et des bases de données entières que je ne sais
            pas exploiter. Je cherche quelqu'un qui sache nettoyer, croiser et interroger des
            millions de lignes, construire des outils de recherche pour la rédaction et
            sécuriser tout ça.""",
            """Indépendance totale vis-à-vis des annonceurs. Protection des sources. Des
            désaccords francs mais jamais publics.""",
            headline="Journaliste d'investigation, projet de média sur les marchés publics",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en", "es"],
            stage="idea",
            loc="Marseille",
        ),
        b=person(
            "Ahmed Rahimi",
            """Data engineer for eight years: pipelines, entity resolution and search over
            messy public records. I volunteered on two leak investigations, building the
            document search and the company-ownership graph, and I care about operational
            security.""",
            """I want to work full-time on accountability journalism with a reporter who has
            real investigations behind them, knows how to protect sources and can turn data
            into stories people read.""",
            """Public interest first. Careful with sources, open about methods, no
            sponsored content.""",
            headline="Data engineer for investigative journalism",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "fa", "fr"],
            loc="Berlin",
        ),
        twin=person(
            "Ruth Abernathy",
            """Data engineer; I built the data platform at a financial news publisher,
            from market feeds and company filings to search and dashboards for the
            newsroom.""",
            """A co-founder with ad sales and sponsorship experience to build a
            profitable network of business newsletters, with revenue from
            advertisers rather than readers.""",
            """Monetise early; advertisers are partners, and a business newsletter
            should pay from month one.""",
            headline="Media data platforms",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        one=person(
            "Baptiste Nguyen",
            """Documentariste, j'ai réalisé trois films diffusés sur des chaînes
            publiques et je travaille avec deux producteurs qui cherchent des sujets
            d'enquête.""",
            """Je cherche une journaliste ou un journaliste d'investigation pour co-
            écrire une série documentaire sur la corruption, et apporter ses sources
            et ses dossiers.""",
            """Exigence et temps long : un bon film d'enquête prend deux ans, je
            l'accepte.""",
            headline="Documentariste",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        trap=person(
            "Carlos Medina",
            """Data engineer who has supported investigative newsrooms: leak
            processing, document search over millions of files, company-ownership
            networks, secure infrastructure.""",
            """An experienced investigative journalist starting an independent outlet,
            who knows how to protect sources and turn data into stories.""",
            """Source protection, independence, transparency of methods.""",
            headline="Newsroom data engineer",
            ro=["tech"],
            rs=["domain"],
            tz=-6,
            langs=["en", "es", "fr"],
            loc="Guatemala City",
        ),
    ),
    # 16 ------------------------------------------------------------------ trap: language
    pair(
        16,
        "fr",
        "tourism",
        "A organise des voyages accessibles aux personnes en fauteuil et veut un site de "
        "réservation enfin accessible; B est designer d'interfaces spécialisée en "
        "accessibilité et cherche quelqu'un qui connaît ce public et ce métier.",
        a=person(
            "Gilles Moreau",
            """J'organise depuis dix ans des séjours pour les personnes en fauteuil roulant et
            leurs proches : hébergements vérifiés un par un, transports adaptés, guides
            formés. Je suis moi-même paraplégique et je connais les besoins réels, pas ceux des
            brochures.""",
            """Notre site est inutilisable pour une partie de nos clients. Je cherche une
            personne qui sache concevoir des parcours de réservation pensés pour tout le monde
            (lecteurs d'écran, navigation au clavier, malvoyance), tester avec de vrais
            utilisateurs et suivre le développement.""",
            """Rien sur nous sans nous. Honnêteté sur ce qui est accessible ou non.""",
            headline="Voyages accessibles, cherche designer",
            ro=["domain", "operations"],
            rs=["design"],
            tz=1,
            langs=["fr"],
            stage="revenue",
            loc="Annecy",
        ),
        b=person(
            "Chloé Lambert",
            "Designer UX, experte RGAA : j'ai rendu accessibles des services publics en ligne.",
            "Quelqu'un du tourisme qui connaît les voyageurs handicapés et leurs vraies attentes.",
            "Conception inclusive, tests avec les usagers.",
            headline="Designer accessibilité numérique",
            ro=["design"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Grenoble",
        ),
        twin=person(
            "Léon Perrin",
            "Designer d'interfaces, j'ai refait le parcours de réservation d'une compagnie aérienne.",
            "Un associé qui finance et gère une agence de design, pour recruter vite.",
            """Croissance de l'agence et clients prestigieux ; je veux vingt designers
            d'ici trois ans.""",
            headline="UX designer voyage",
            ro=["design"],
            rs=["finance", "operations"],
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        one=person(
            "Marion Ducret",
            "Je dirige un réseau de gîtes en Savoie et j'ai des fonds pour rénover.",
            "Un spécialiste du handicap pour rendre nos gîtes accessibles et labellisés.",
            """Accueil chaleureux, la montagne pour tous, et des travaux faits dans les
            règles.""",
            headline="Gîtes de montagne",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Chambéry",
        ),
        trap=person(
            "Sarah Whitcombe",
            "UX designer specialised in accessibility audits and inclusive booking flows.",
            "A travel operator serving wheelchair users who wants a truly accessible website.",
            """Nothing about us without us: every journey is tested with disabled
            travellers before launch.""",
            headline="Accessible UX",
            ro=["design"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Edinburgh",
        ),
    ),
    # 17 ------------------------------------------------------------------- trap: consent
    pair(
        17,
        "mixed",
        "fintech",
        "A is a tax adviser for freelancers who wants to automate their filings; B is a "
        "backend developer who wants a tax professional to encode the rules.",
        a=person(
            "Karim Ziani",
            "Expert-comptable, 600 freelances clients; I know every tax deadline by heart.",
            "A backend dev to automate declarations et la TVA pour les indépendants.",
            "Simplicité, fiabilité, tarifs justes.",
            headline="Expert-comptable / tax for freelancers",
            ro=["finance", "domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en", "ar"],
            loc="Marseille",
        ),
        b=person(
            "Alice Renaud",
            "Développeuse backend, APIs bancaires et paiements, Python et Go.",
            "Someone who really knows freelancer tax and can own the rules engine content.",
            "Calme, fiable, pas de dark patterns.",
            ro=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Nice",
        ),
        twin=person(
            "Hugo Marin",
            "Dev backend, j'ai construit l'API de paiement d'une néobanque.",
            "A growth marketer to scale a card for teenagers to 1M users.",
            "Growth at all costs, paid acquisition.",
            ro=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Lucie Arnoult",
            "Je gère une coopérative de 300 freelances et leur facturation.",
            "An accountant to launch a shared accounting service for our members.",
            "Coopération, gouvernance partagée.",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        trap=person(
            "Malik Farouk",
            "Backend engineer, tax and accounting APIs, automated filings.",
            "Un fiscaliste des indépendants pour écrire les règles avec moi.",
            "Fiable et simple.",
            ro=["tech"],
            rs=["finance", "domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Montpellier",
            consent=False,
        ),
    ),
    # 18 ---------------------------------------------------------------- trap: visibility
    pair(
        18,
        "cross",
        "health-education",
        "A is a speech therapist with exercises for children who stutter and needs a game "
        "developer to make them playable; B makes children's games and wants a clinician to "
        "design therapeutic content.",
        a=person(
            "Agathe Lemaire",
            """Orthophoniste en libéral depuis dix ans, je suis spécialisée dans le bégaiement
            de l'enfant. J'ai mis au point une série d'exercices de fluence que mes petits
            patients adorent en séance mais qu'ils ne font jamais à la maison.""",
            "Une personne qui fabrique des jeux pour enfants et saurait rendre ces exercices amusants.",
            "Le bien-être de l'enfant d'abord, aucun achat dans l'appli.",
            headline="Orthophoniste, bégaiement de l'enfant",
            tz=1,
            langs=["fr", "en"],
            loc="Nantes",
        ),
        b=person(
            "Tom Gallagher",
            """Game developer who has made six children's games for tablets with a small
            studio, including a reading game used in primary schools. I do design, code and
            sound; I love voice input and playful feedback.""",
            """I'd like to work with a speech and language therapist who can design exercises
            that actually help, tell me when a game mechanic is clinically wrong and get other
            therapists to prescribe it.""",
            """Kids' wellbeing over engagement metrics. No ads, no manipulative rewards.""",
            headline="Children's game developer",
            tz=0,
            langs=["en", "fr"],
            loc="Cardiff",
        ),
        twin=person(
            "Ingrid Sørensen",
            """Game developer for children's tablet games, eight titles released. Voice
            recognition, gentle reward loops and accessible interfaces are my
            speciality.""",
            """A toy-industry partner with retail distribution to bundle our games with
            physical toys and sell them in the big toy chains.""",
            """Big licences and the mass market: I want our characters on every shelf
            in the toy aisle.""",
            headline="Kids games developer",
            tz=1,
            langs=["en", "no", "fr"],
            loc="Oslo",
        ),
        one=person(
            "Nicolas Forestier",
            """Je dirige un réseau de centres de soutien scolaire, avec des locaux dans
            huit villes et une équipe administrative qui gère les plannings.""",
            """Une orthophoniste pour ouvrir des consultations dans nos centres et
            former nos enseignants au repérage des troubles du langage.""",
            """Accompagnement de proximité, des tarifs accessibles aux familles, des
            équipes stables.""",
            headline="Soutien scolaire",
            tz=1,
            langs=["fr"],
            loc="Angers",
        ),
        trap=person(
            "Megan Doyle",
            """I develop playful tablet games for young children, with voice input and
            gentle feedback; one of them is used in primary schools to practise
            reading aloud.""",
            """A speech therapist with exercises for children who stutter, who wants
            them to practise at home and can make sure the game is clinically sound.""",
            """Children first: no ads, no streaks, no rewards designed to keep them
            hooked.""",
            headline="Kids game dev",
            tz=0,
            langs=["en", "fr"],
            loc="Belfast",
            vis="private",
        ),
    ),
    # 19 ---------------------------------------------------------------- trap: commitment
    pair(
        19,
        "en",
        "energy-hardware",
        "A is a battery chemist with a sodium-ion cell recipe who needs a manufacturing "
        "engineer; B has scaled cell production lines and wants a promising chemistry.",
        a=person(
            "Ravi Subramanian",
            "Battery chemist; my sodium-ion cathode hits 150 mAh/g in coin cells.",
            "Someone who has built cell production lines and can take us to pouch cells.",
            "Patient science, safety first.",
            headline="Sodium-ion chemist",
            ro=["tech", "domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "ta"],
            loc="Grenoble",
        ),
        b=person(
            "Katrin Vogel",
            "Manufacturing engineer; I set up two lithium-ion pouch cell lines in Germany.",
            "A chemist with a new cell chemistry that is ready to leave the lab.",
            "Safety, yield, patience.",
            headline="Cell manufacturing engineer",
            ro=["operations", "tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "de"],
            loc="Ulm",
        ),
        twin=person(
            "Jakub Nowicki",
            "I ran the battery pack assembly line at an e-bus maker.",
            "A software co-founder to build a battery health analytics platform.",
            "SaaS margins, move fast.",
            headline="Battery pack operations",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["en", "pl"],
            loc="Wrocław",
        ),
        one=person(
            "Sophie Laurent",
            "Energy storage project developer; I have sites and grid connections.",
            "A battery chemist to validate cell suppliers for our storage parks.",
            "Long-term infrastructure, low risk.",
            headline="Storage project developer",
            ro=["finance", "operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Lyon",
        ),
        trap=person(
            "Henrik Dahl",
            "Cell production engineer, pilot lines and formation, weekends only for now.",
            "A chemist with a lab-proven sodium-ion recipe who needs to scale.",
            "Safety and yield.",
            headline="Cell production (side project)",
            ro=["operations"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["en", "sv"],
            loc="Västerås",
        ),
    ),
    # 20 ------------------------------------------------------------------ trap: timezone
    pair(
        20,
        "cross",
        "agritech",
        "A is a dairy farmer who wants early lameness detection from cameras; B is a computer "
        "vision engineer who wants a farm to build and validate the system on.",
        a=person(
            "Mathieu Le Bihan",
            """Éleveur laitier en Bretagne, 120 vaches en robot de traite. La boiterie me
            coûte cher et je la repère toujours trop tard. Avec mon vétérinaire on a noté
            chaque cas depuis quatre ans, et une dizaine d'éleveurs de ma coopérative sont
            prêts à installer un système chez eux.""",
            """Je cherche quelqu'un qui sache faire reconnaître la démarche des vaches par des
            caméras au passage du robot, et qui puisse construire ce système avec moi.""",
            """On avance au rythme de la ferme. Pas de gadget : il faut que ça tienne dans une
            étable.""",
            headline="Éleveur laitier, détection précoce des boiteries",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            stage="idea",
            loc="Pontivy",
        ),
        b=person(
            "Siobhan Kelleher",
            """Computer vision engineer; I built pose estimation for sports broadcasts and
            then a gait analysis model for racehorses. I'm good with edge devices in dusty,
            badly lit places.""",
            """I'm looking for a livestock farmer with a real herd, good health records and
            the patience to let me mount cameras in the barn, plus neighbours willing to
            try it.""",
            """Practical over perfect, kind to animals, honest about accuracy.""",
            headline="Computer vision for animal movement",
            ro=["tech"],
            tz=0,
            langs=["en", "fr"],
            loc="Cork",
        ),
        twin=person(
            "Pieter Jansen",
            """Computer vision engineer working on weed detection for farm robots; edge
            deployment and data labelling pipelines.""",
            """A co-founder with agricultural machinery dealer networks to sell robots to
            arable farms.""",
            """Scale fast with dealers; the first to cover Europe wins this market.""",
            headline="Farm robotics vision",
            ro=["tech"],
            tz=1,
            langs=["en", "nl", "fr"],
            loc="Wageningen",
        ),
        one=person(
            "Anne-Sophie Prigent",
            """Je suis vétérinaire rurale et j'ai conçu une formation en ligne sur le
            bien-être des vaches laitières, financée par la chambre d'agriculture.""",
            """Un éleveur qui accepte de co-animer les formations, de témoigner de ses
            pratiques et d'ouvrir sa ferme aux visites de groupes.""",
            """Bien-être animal et pédagogie : on apprend mieux en voyant une ferme qui
            marche.""",
            headline="Vétérinaire rurale",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        trap=person(
            "Liam Fraser",
            """Computer vision engineer specialised in livestock gait analysis with
            edge cameras that survive dust, cold and bad light in barns.""",
            """A dairy farmer with detailed health records and a network of farms ready
            to trial early lameness detection.""",
            """Animal welfare and practical tools that farmers can trust in a muddy
            barn.""",
            headline="Livestock vision",
            ro=["tech"],
            tz=12,
            langs=["en", "fr"],
            loc="Hamilton, NZ",
        ),
    ),
]
