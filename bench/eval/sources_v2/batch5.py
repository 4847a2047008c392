"""Pairs 81-100 of complementary_v2."""

from people import pair, person

PAIRS = [
    # 81 ------------------------------------------------------------------ trap: language
    pair(
        81,
        "cross",
        "veterinary",
        "A is a small-animal vet who wants a round-the-clock teleadvice line for pet owners and "
        "needs someone who has run a 24/7 helpline; B ran a nurse helpline and wants a vet to "
        "lead the clinical side.",
        a=person(
            "Dr Claire Bouvier",
            """Vétérinaire pour chiens et chats depuis seize ans, j'ai dirigé une clinique de
            garde à Nantes. La moitié des appels de nuit ne justifient pas une consultation,
            l'autre moitié est urgente et les propriétaires ne savent pas faire la différence.
            J'ai écrit des protocoles de tri téléphonique que mon équipe utilise chaque
            nuit.""",
            """Je cherche quelqu'un qui sache faire tourner un service d'assistance jour et
            nuit : recruter et planifier des équipes, choisir les outils de téléphonie et de
            visio, tenir les délais de réponse et les coûts. La partie médicale, je m'en
            occupe.""",
            """Le bien-être animal d'abord. Jamais de vente forcée de consultations.""",
            tz=1,
            langs=["fr"],
            stage="idea",
            loc="Nantes",
        ),
        b=person(
            "Gemma Rowntree",
            """Operations manager. For seven years I ran a 24/7 nurse advice line for a health
            insurer: 60 nurses across three shifts, call routing, a video platform, quality
            reviews and response times under two minutes. I've built rotas, budgets and the
            escalation rules with clinicians.""",
            """I'd like to build a similar service with a clinician who owns the medical
            protocols and triage. Pets would be a lovely change; I lived in Nantes as a
            student and my French is good.""",
            """Reliable service at 3 a.m. as much as at 3 p.m. Look after the people on
            shift.""",
            tz=0,
            langs=["en", "fr"],
            loc="Leeds",
        ),
        twin=person(
            "Bastien Charrier",
            """Responsable des opérations d'un centre d'appels d'assistance automobile pendant
            huit ans : 80 conseillers, planification en trois-huit, outils de téléphonie.""",
            """Je cherche un associé développeur pour créer un logiciel de planification des
            équipes pour les centres d'appels.""",
            """Efficacité, indicateurs, automatisation : un bon centre d'appels se
            pilote au chiffre.""",
            tz=1,
            langs=["fr", "en"],
            loc="Rennes",
        ),
        one=person(
            "Tamsin Goodwin",
            """Founder of a pet insurance start-up with 25,000 policyholders in the UK
            and France, a claims team of eight and a partnership with two vet
            chains.""",
            """A vet to become our chief veterinary officer: review our claims
            policies, write prevention content for owners and speak for the brand in
            the press.""",
            """Fair claims and happy pets; we pay quickly and explain every refusal.""",
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
        trap=person(
            "Lucy Hargreaves",
            """Operations lead who ran a 24/7 clinical helpline for six years: shift
            rotas for forty nurses, call routing, video consultations, quality
            reviews and escalation rules agreed with clinicians.""",
            """A vet who wants a round-the-clock advice line for pet owners and can own
            the triage protocols and the medical side.""",
            """Look after the people on shift, and answer at night as well as in the
            day.""",
            tz=0,
            langs=["en"],
            loc="York",
        ),
    ),
    # 82 ------------------------------------------------------------------- trap: consent
    pair(
        82,
        "cross",
        "cybersecurity",
        "A is a penetration tester who wants phishing-awareness training that employees don't "
        "hate and needs an e-learning designer; B designs engaging e-learning and wants a "
        "security expert.",
        a=person(
            "Mehdi Azoulay",
            "Pentesteur, j'ai piégé 30 000 salariés par phishing simulé pour des grands comptes.",
            "Une personne qui conçoive des formations en ligne que les gens suivent avec plaisir.",
            "Former sans humilier.",
            ro=["tech"],
            tz=1,
            langs=["fr", "en", "ar"],
            loc="Lyon",
        ),
        b=person(
            "Bethany Collins",
            """Instructional designer for ten years. I create short, story-driven e-learning
            for large companies: compliance, health and safety, customer service. My courses
            have completion rates above 90% because they respect learners' time and
            intelligence.""",
            """I'm looking for a subject expert in cybersecurity who has run real attack
            simulations, knows what employees fall for and can make the content credible with
            security teams.""",
            """Learners are adults. No shaming, no fear tactics.""",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Ruth McKenna",
            """Instructional designer with nine years of experience: story-based e-learning for
            banks and retailers, with completion rates I'm proud of.""",
            """I need a partner with a video production company, studio and crew, to produce
            premium training films for corporates.""",
            """Cinematic quality above all; training films should look like television.""",
            tz=0,
            langs=["en", "fr"],
            loc="Dublin",
        ),
        one=person(
            "Stéphane Moreau",
            """Directeur des systèmes d'information d'un groupe hospitalier de six
            établissements, j'ai un budget sécurité conséquent et des équipes à
            protéger après deux cyberattaques chez nos voisins.""",
            """Un pentesteur expérimenté pour monter une équipe d'audit interne et
            tester nos hôpitaux en continu.""",
            """Protéger les patients ; un hôpital à l'arrêt, ce sont des soins
            reportés.""",
            tz=1,
            langs=["fr", "en"],
            loc="Grenoble",
        ),
        trap=person(
            "Eleanor Pratt",
            """Instructional designer for nine years; I create short, story-driven
            e-learning that employees actually finish, for compliance, safety and
            security topics, with completion rates above 85%.""",
            """A penetration tester who has run real phishing simulations, knows what
            people fall for and wants awareness training that employees don't hate.""",
            """No shaming and no scare tactics; employees are adults who deserve
            respect.""",
            tz=0,
            langs=["en", "fr"],
            loc="Brighton",
            consent=False,
        ),
    ),
    # 83 ---------------------------------------------------------------- trap: visibility
    pair(
        83,
        "en",
        "proptech-finance",
        "A is a structural engineer who can tell which old buildings can be retrofitted "
        "cheaply and needs someone to finance the works; B structures retrofit finance and "
        "wants reliable technical assessments.",
        a=person(
            "Gareth Llewellyn",
            """Structural and building-physics engineer for eighteen years. I've assessed more
            than 1,200 pre-war terraced houses and blocks for retrofit: insulation,
            ventilation, damp, heat pumps. I've built a survey method that estimates the works
            and the energy savings within 10%, and a team of three surveyors uses it.""",
            """Homeowners don't lack the will, they lack the money. I need a finance partner
            who can design a loan or a pay-as-you-save product, talk to lenders and
            investors, and make the numbers work for ordinary households.""",
            """Warm homes for ordinary people. Honest estimates, even when they disappoint.""",
            ro=["tech", "domain"],
            rs=["finance"],
            tz=0,
            langs=["en", "cy"],
            stage="revenue",
            loc="Cardiff",
        ),
        b=person(
            "Amelia Thornton",
            """Structured finance professional for twelve years: I designed green mortgage
            products at a building society and securitised energy-efficiency loans for a
            bank. I know what lenders need to see before they fund home improvements at
            scale.""",
            """I want to partner with a technical expert whose assessments lenders can trust:
            someone who can predict the cost of works and the savings house by house, and
            stand behind those numbers.""",
            """Prudent lending, plain-English contracts, patient growth.""",
            ro=["finance"],
            rs=["tech", "domain"],
            tz=0,
            langs=["en"],
            loc="Bristol",
        ),
        twin=person(
            "Harrison Cole",
            """Structured finance for ten years; I built buy-to-let mortgage products
            and managed loan portfolios for a specialist lender, and I know the
            securitisation market well.""",
            """A property developer with a pipeline of new-build sites who wants
            development finance and a partner in the equity.""",
            """High yield and fast deployment of capital; new-build is where the
            margins are.""",
            ro=["finance"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin2=person(
            "Sunita Rao",
            """Green finance specialist; I created a solar panel leasing product for a
            utility and now manage a portfolio of 8,000 household contracts.""",
            """A growth marketer who can bring homeowners to us online at low cost,
            through campaigns, comparison sites and partnerships.""",
            """Digital-first and volume: the cheapest customer is the one who signs
            online.""",
            ro=["finance"],
            rs=["marketing"],
            tz=0,
            langs=["en", "hi"],
            loc="Birmingham",
        ),
        one=person(
            "Ieuan Rhys",
            """I run a building firm of 25 people specialised in old terraces and chapels in
            South Wales, with more demand than we can survey.""",
            """An experienced building engineer to join us, lead the surveys and design the
            retrofit works before our crews go in.""",
            """Good craft and fair prices; old buildings deserve people who understand
            them.""",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en", "cy"],
            loc="Swansea",
        ),
        trap=person(
            "Victoria Hale",
            """Retrofit finance specialist: I designed pay-as-you-save and green loan
            products at a lender and know exactly what credit committees need before
            funding home improvements at scale.""",
            """A building engineer whose retrofit surveys predict the cost of works and
            the energy savings reliably, house by house, and who will stand behind
            the numbers.""",
            """Prudent lending and contracts in plain English that a homeowner can
            follow.""",
            ro=["finance"],
            rs=["tech", "domain"],
            tz=0,
            langs=["en"],
            loc="Bath",
            vis="private",
        ),
    ),
    # 84 ---------------------------------------------------------------- trap: commitment
    pair(
        84,
        "fr",
        "food",
        "A est une cuisinière syrienne dont les plats ont un public et veut ouvrir un service "
        "traiteur; B a géré des restaurants et veut accompagner une cheffe avec du talent.",
        a=person(
            "Rasha Al-Khatib",
            "Cuisinière syrienne, mes mezzés font salle comble à chaque marché du quartier.",
            "Quelqu'un qui gère les chiffres, l'hygiène, les devis et les grosses commandes.",
            "Partager ma cuisine, payer tout le monde correctement.",
            ro=["domain"],
            tz=1,
            langs=["fr", "ar"],
            loc="Grenoble",
        ),
        b=person(
            "Pascal Meunier",
            "J'ai géré trois restaurants : achats, normes d'hygiène, devis, équipes.",
            "Une cuisinière au vrai talent qui veut lancer son traiteur.",
            "Sérieux et générosité.",
            ro=["operations", "finance"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Grenoble",
        ),
        twin=person(
            "Karine Blanc",
            "Ancienne gérante de restaurants, je connais l'hygiène, les achats et la paie.",
            "Un investisseur pour racheter une brasserie en centre-ville.",
            "Rentabilité d'abord.",
            ro=["operations", "finance"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
            loc="Chambéry",
        ),
        one=person(
            "Olivier Sorel",
            "J'organise des séminaires d'entreprise et je cherche des traiteurs originaux.",
            "Une cuisinière pour créer des ateliers de cuisine du monde pour nos clients.",
            "Expériences mémorables.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        trap=person(
            "Mathias Rey",
            "Gestion de restaurants : hygiène, achats, devis. Je n'ai que mes week-ends.",
            "Une cuisinière talentueuse qui veut ouvrir un traiteur.",
            "Générosité.",
            ro=["operations"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["fr"],
            loc="Voiron",
        ),
    ),
    # 85 ------------------------------------------------------------------ trap: timezone
    pair(
        85,
        "cross",
        "space",
        "A builds CubeSats with a hyperspectral camera and needs someone who sells Earth "
        "observation data; B sells satellite data to insurers and farmers and wants a "
        "technical founder with his own sensor.",
        a=person(
            "Adrien Kessler",
            "Ingénieur spatial, notre CubeSat hyperspectral décolle en mars.",
            "Une personne qui vende nos images aux assureurs et aux agriculteurs.",
            "Données ouvertes pour la recherche, rigueur.",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en", "de"],
            stage="prototype",
            loc="Toulouse",
        ),
        b=person(
            "Rhiannon Price",
            """Earth observation business developer for nine years. I sold satellite imagery
            and analytics to crop insurers, agribusiness and commodity traders in Europe and
            Africa, and I know which spectral bands and revisit times they will actually pay
            for.""",
            """I want to join a technical team that flies its own instrument, so that we
            control the data from orbit to customer, instead of reselling someone else's
            imagery.""",
            """Sell what the data can really show. Long-term customer relationships.""",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr"],
            loc="Harwell",
        ),
        twin=person(
            "Jacob Steiner",
            """Business developer in the space sector for eight years: I sold launch
            slots and ground-station time to satellite operators in Europe, Asia and
            the Americas.""",
            """A finance partner to raise money for a network of ground stations in
            Northern Europe, with experience of infrastructure funds.""",
            """Infrastructure and long contracts; antennas last twenty years.""",
            ro=["sales"],
            rs=["finance"],
            tz=1,
            langs=["en", "de", "fr"],
            loc="Bremen",
        ),
        one=person(
            "Yasmine Bouras",
            """Directrice de l'innovation d'une coopérative agricole de 5 000
            adhérents, avec un budget annuel pour des projets pilotes et des
            parcelles de test.""",
            """Un ingénieur spatial pour concevoir un suivi des cultures par satellite
            pour nos adhérents et nous dire quels capteurs choisir.""",
            """Servir les agriculteurs : chaque projet doit leur faire gagner du temps
            ou de l'argent.""",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Châlons-en-Champagne",
        ),
        trap=person(
            "Lachlan Murray",
            """Earth observation business developer: imagery and analytics sold to crop
            insurers, agribusiness and commodity traders for eight years, in Europe
            and Australia.""",
            """A technical team flying its own hyperspectral instrument that needs
            someone to find and keep customers for the data.""",
            """Honest about what the data can show, and loyal to customers over many
            seasons.""",
            ro=["sales"],
            rs=["tech"],
            tz=10,
            langs=["en", "fr"],
            loc="Brisbane",
        ),
    ),
    # 86 ------------------------------------------------------------------ trap: language
    pair(
        86,
        "mixed",
        "music",
        "A runs an independent record label that keeps signing bad contracts and needs a music "
        "lawyer; B is a music lawyer who wants to build a label with someone who finds "
        "artists.",
        a=person(
            "Yasmine Djebbar",
            """Je gère un label indé à Marseille depuis sept ans : rap, électro, une vingtaine
            d'artistes, des sorties chaque mois. J'ai l'oreille, le réseau des salles et des
            playlists, et des artistes qui me font confiance. But every deal is a headache:
            distribution, publishing, sync, splits.""",
            """I need a partner who really knows music law: contracts with artists and
            distributors, publishing and neighbouring rights, sync licensing. Quelqu'un qui
            protège les artistes autant que le label.""",
            """Les artistes d'abord, transparence totale sur les comptes.""",
            ro=["domain", "marketing"],
            tz=1,
            langs=["fr", "en", "ar"],
            stage="revenue",
            loc="Marseille",
        ),
        b=person(
            "Thomas Leclerc",
            """Avocat spécialisé en droit de la musique depuis douze ans : contrats
            d'artiste, de distribution et d'édition, droits voisins, synchronisation. J'ai
            négocié pour des artistes et des labels, en France et à l'international.""",
            """I want to build something with someone who finds and develops artists, who has
            the ears and the network, and needs the legal and business side handled
            properly.""",
            """Des contrats justes. Artists should understand what they sign.""",
            ro=["legal"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        twin=person(
            "Juliette Perez",
            """Avocate en droit de la propriété intellectuelle, j'ai négocié des contrats
            d'édition et de synchronisation pour des maisons de disques.""",
            """Looking for a tech co-founder to build a rights management platform for
            publishers.""",
            """Scale through software; contracts should be managed by a platform, not
            by lawyers.""",
            ro=["legal"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        one=person(
            "Kevin Adjovi",
            """Tourneur depuis dix ans, j'organise 150 concerts par an dans les salles
            de musiques actuelles du Sud et je connais tous les programmateurs.""",
            """A label manager with a roster of artists to co-create a booking and
            artist development agency with me.""",
            """Live is everything; an artist who doesn't tour doesn't exist.""",
            ro=["operations", "sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Montpellier",
        ),
        trap=person(
            "Álvaro Jiménez",
            """Abogado especializado en derecho musical desde hace diez años: contratos
            de artista, de distribución y de edición, derechos conexos y
            sincronización.""",
            """Busco a alguien que dirija un sello independiente, descubra artistas y
            tenga la red, para construir algo juntos y encargarme de la parte
            jurídica.""",
            """Contratos justos y artistas que entienden lo que firman.""",
            ro=["legal"],
            tz=1,
            langs=["es"],
            loc="Barcelona",
        ),
    ),
    # 87 ------------------------------------------------------------------- trap: consent
    pair(
        87,
        "cross",
        "silver-economy",
        "A is an occupational therapist who designs home adaptations for elderly people and "
        "needs someone who coordinates building works; B coordinates renovation crews and "
        "wants a clinician to specify the adaptations.",
        a=person(
            "Mireille Faucon",
            """Ergothérapeute depuis quinze ans, je me rends au domicile des personnes âgées
            pour prévenir les chutes : douche à l'italienne, barres d'appui, rampes, éclairage,
            mobilier. Je sais évaluer une personne, prescrire les bons aménagements et monter
            les dossiers d'aide avec les caisses de retraite.""",
            """Mes préconisations dorment dans des tiroirs faute d'artisans disponibles et
            coordonnés. Je cherche quelqu'un qui sache organiser des chantiers chez des
            particuliers : trouver les artisans, faire les devis, planifier, contrôler la
            qualité et tenir les délais.""",
            """Permettre aux gens de vieillir chez eux, en sécurité et dignement.""",
            tz=1,
            langs=["fr", "en"],
            stage="idea",
            loc="Dijon",
        ),
        b=person(
            "Liam O'Sullivan",
            """Renovation project coordinator for eleven years. I run a network of about forty
            tradespeople (plumbers, carpenters, electricians) and coordinate small jobs in
            occupied homes: quotes, scheduling, quality checks, tidy sites. I've done several
            hundred bathroom conversions.""",
            """I'd like to specialise in adapting homes for older people, with a partner who
            assesses residents' needs professionally and knows the grants and the care
            system.""",
            """Respect people's homes. Finish on time, leave it clean.""",
            tz=0,
            langs=["en", "fr"],
            loc="Cork",
        ),
        twin=person(
            "Ewan Blackwood",
            """Construction project manager for ten years; I coordinate subcontractors
            on fit-outs for offices and shops, with budgets up to two million euros.""",
            """A commercial partner with contacts among landlords and facilities
            managers, to win office fit-out contracts.""",
            """Big contracts and efficient crews; offices pay better than homes.""",
            tz=0,
            langs=["en", "fr"],
            loc="Belfast",
        ),
        one=person(
            "Gisèle Perrot",
            """Directrice d'un service d'aide à domicile : 120 auxiliaires de vie et
            900 bénéficiaires âgés en Côte-d'Or, avec une équipe de coordination.""",
            """Une ergothérapeute pour évaluer nos bénéficiaires, prévenir les chutes
            et former nos auxiliaires.""",
            """Bientraitance, écoute des familles, et des auxiliaires reconnues pour
            leur travail.""",
            tz=1,
            langs=["fr"],
            loc="Beaune",
        ),
        trap=person(
            "Connor Healy",
            """Renovation coordinator with a network of thirty tradespeople; I organise
            small jobs in occupied homes, from quotes to scheduling and quality
            checks, and I've converted many bathrooms for older clients.""",
            """An occupational therapist who assesses older people at home, specifies
            the adaptations and knows the grants.""",
            """Respect people's homes: on time, tidy, and explained to the resident
            before we start.""",
            tz=0,
            langs=["en", "fr"],
            loc="Limerick",
            consent=False,
        ),
    ),
    # 88 ---------------------------------------------------------------- trap: visibility
    pair(
        88,
        "en",
        "sports",
        "A is a former pro cyclist turned coach who needs training analytics built; B is a "
        "sports data engineer who wants a coach to define what the analytics should say.",
        a=person(
            "Rory Kinsella",
            "Ex-pro cyclist, now coaching 40 amateur racers; I know how to build a season.",
            "Someone who can turn power-meter and heart-rate files into coaching decisions.",
            "Riders' health over marginal gains.",
            ro=["domain"],
            tz=0,
            langs=["en"],
            loc="Girona (from Dublin)",
        ),
        b=person(
            "Tomás Herrera",
            """Sports data engineer. I built the data pipeline and dashboards for a pro
            cycling team: power, heart rate, sleep and training load, with fatigue models that
            the sports directors actually used before races.""",
            """I want to build a product for amateurs with a coach who has raced and coached,
            who can say what the numbers mean for a rider's next week, and who has riders to
            test with.""",
            """Evidence-based training, riders' long-term health.""",
            tz=1,
            langs=["en", "es"],
            loc="Girona",
        ),
        twin=person(
            "Freddie Nash",
            """Sports data engineer for a Premier League academy: GPS tracking,
            training load management and injury risk models used by the coaching
            staff.""",
            """A business partner with contacts at clubs and federations to sell a
            youth scouting platform.""",
            """Win contracts with big clubs; that's where the budgets are.""",
            tz=0,
            langs=["en"],
            loc="Manchester",
        ),
        one=person(
            "Katie Brannigan",
            """I run a cycling holiday company in Spain with 1,200 guests a year, a
            fleet of road bikes and support vans.""",
            """An ex-pro coach to lead our training camps, plan the rides and give our
            brand credibility with serious amateurs.""",
            """Great days on the bike, good food, and guests who come back every year.""",
            tz=1,
            langs=["en", "es"],
            loc="Mallorca",
        ),
        trap=person(
            "Pablo Ortega",
            """Data engineer for a pro cycling team: pipelines for power, heart rate
            and sleep, training load and fatigue models used by sports directors
            before races.""",
            """A coach who has raced and coached, can say what the numbers mean for a
            rider's next week and has riders to test a product with.""",
            """Evidence-based training that protects riders' health over many seasons.""",
            tz=1,
            langs=["en", "es"],
            loc="Valencia",
            vis="private",
        ),
    ),
    # 89 ---------------------------------------------------------------- trap: commitment
    pair(
        89,
        "cross",
        "climate-forestry",
        "A is a forester who can design improved forest management projects for carbon "
        "credits and needs a carbon-markets lawyer; B is that lawyer and wants a forester "
        "with real projects.",
        a=person(
            "Benoît Lacroix",
            """Ingénieur forestier depuis vingt ans, j'ai géré des forêts privées dans le
            Limousin et les Vosges et je connais des centaines de propriétaires. Je sais
            concevoir un plan de gestion qui stocke plus de carbone (allongement des
            rotations, diversification, régénération naturelle) et mesurer ce stock sur le
            terrain.""",
            """Pour vendre ces crédits sérieusement, il me faut quelqu'un qui maîtrise les
            marchés du carbone : méthodologies, standards, contrats de vente, droits de
            propriété sur le carbone, et les risques juridiques pour les propriétaires.""",
            """Des crédits qui valent quelque chose, ou pas de crédits du tout.""",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Limoges",
        ),
        b=person(
            "Sophie Achterberg",
            """Lawyer specialised in carbon markets for nine years. I've drafted emission
            reduction purchase agreements, carbon rights clauses and project documentation
            for forestry and peatland projects under Verra, Gold Standard and the EU
            framework, and I sit on a working group on credit integrity.""",
            """I'd like to co-found with a forester who manages real forests, can design
            credible projects with landowners and measure the carbon properly.""",
            """Integrity first. I'd rather sell fewer credits that hold up.""",
            ro=["legal"],
            rs=["domain"],
            tz=1,
            langs=["en", "nl", "fr"],
            loc="Amsterdam",
        ),
        twin=person(
            "Maximilian Brandt",
            """Lawyer in carbon and energy markets for ten years; I advise industrial
            companies on EU ETS allowances, trading agreements and compliance.""",
            """A trader with capital and risk management experience to launch a carbon
            allowance trading desk together.""",
            """Liquidity and margins; carbon is a commodity like any other.""",
            ro=["legal"],
            rs=["finance"],
            tz=1,
            langs=["en", "de", "fr"],
            loc="Frankfurt",
        ),
        one=person(
            "Hélène Marchais",
            """Je dirige une scierie de 40 salariés dans les Vosges qui a du mal à
            trouver du bois local de qualité en volumes réguliers.""",
            """Un ingénieur forestier pour organiser notre approvisionnement auprès des
            propriétaires privés et conseiller leur gestion.""",
            """Filière locale : du bois des Vosges scié dans les Vosges.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Épinal",
        ),
        trap=person(
            "Isabel Whitford",
            """Carbon markets lawyer: purchase agreements, carbon rights clauses and
            project documentation for forestry projects under the main standards.
            Side project only for now.""",
            """A forester who manages real forests and can design credible improved
            forest management projects with landowners, measuring the carbon
            properly.""",
            """Integrity first: fewer credits, but credits that hold up to scrutiny.""",
            ro=["legal"],
            rs=["domain"],
            c="side-project",
            tz=0,
            langs=["en", "fr"],
            loc="Edinburgh",
        ),
    ),
    # 90 ------------------------------------------------------------------ trap: timezone
    pair(
        90,
        "fr",
        "accessibility",
        "A est interprète en langue des signes et veut un service d'interprétation à distance "
        "fiable; B est ingénieur vidéo temps réel et cherche un expert de la surdité pour "
        "construire ce service.",
        a=person(
            "Nathalie Guérin",
            "Interprète en langue des signes, je coordonne un réseau de 30 interprètes.",
            "Un ingénieur qui sache faire de la vidéo fluide, même sur un mauvais réseau.",
            "Accès égal à la parole pour les personnes sourdes.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Toulouse",
        ),
        b=person(
            "Mathieu Caron",
            """Ingénieur vidéo temps réel depuis dix ans : j'ai travaillé sur la visioconférence
            d'un grand opérateur, puis sur la téléconsultation médicale. Je sais garder une
            image nette et sans latence sur une 4G faible, ce qui compte énormément pour une
            langue qui passe par les mains et le visage.""",
            """Je cherche une personne du monde de la surdité, interprète ou professionnel de la
            langue des signes, qui connaisse les usagers, les interprètes et le financement de
            ces services.""",
            """Concevoir avec les personnes sourdes, pas pour elles.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Bordeaux",
        ),
        twin=person(
            "Fabien Roussel",
            """Ingénieur vidéo depuis neuf ans, j'ai conçu la diffusion en direct d'une
            plateforme de jeux vidéo : faible latence, montée en charge, réseaux de
            diffusion.""",
            """Je cherche un associé qui connaisse le monde du sport amateur pour
            diffuser les matchs en direct et vendre l'offre aux clubs.""",
            """Grand public et gros volumes : des millions de spectateurs en direct.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        one=person(
            "Aline Mercadier",
            """Directrice d'un institut pour jeunes sourds, avec des classes bilingues,
            une équipe éducative et des familles en attente d'un accompagnement.""",
            """Une interprète expérimentée pour organiser un service d'interprétation
            pour nos familles, lors des rendez-vous médicaux et administratifs.""",
            """Bilinguisme et autonomie : nos élèves doivent pouvoir tout faire par
            eux-mêmes.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Toulouse",
        ),
        trap=person(
            "Loïc Tavernier",
            """Ingénieur vidéo temps réel depuis huit ans : visioconférence fluide même
            sur un réseau faible, téléconsultation médicale, faible latence sur
            mobile.""",
            """Une interprète en langue des signes, qui connaisse les usagers et les
            interprètes, pour lancer ensemble un service d'interprétation à
            distance.""",
            """Concevoir avec les personnes sourdes, et tester chaque version avec
            elles.""",
            ro=["tech"],
            rs=["domain"],
            tz=11,
            langs=["fr"],
            loc="Nouméa",
        ),
    ),
    # 91 ------------------------------------------------------------------ trap: language
    pair(
        91,
        "cross",
        "fashion",
        "A is a pattern cutter who can make size-inclusive patterns and needs someone to build "
        "and market a brand; B is a fashion brand founder and marketer who wants a technical "
        "pattern expert.",
        a=person(
            "Odile Marchand",
            """Modéliste depuis vingt-deux ans, j'ai travaillé pour des maisons de prêt-à-porter
            parisiennes et pour une marque de grandes tailles. Je sais établir des patronages
            et des gradations du 34 au 58 qui tombent bien, et je connais les ateliers de
            confection en France et au Portugal.""",
            """Je cherche une personne qui sache créer une marque et la faire connaître :
            positionnement, réseaux sociaux, communauté, vente en ligne. Moi, je fais que les
            vêtements tombent bien sur tous les corps.""",
            """Tous les corps méritent des vêtements bien coupés. Fabrication
            responsable.""",
            ro=["design", "domain"],
            rs=["marketing"],
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        b=person(
            "Jade Whitmore",
            """Fashion marketer and founder. I launched a sustainable basics brand that reached
            40,000 customers through Instagram, a community of fit testers and collaborations
            with plus-size creators, and I know how to run a direct-to-consumer store
            profitably.""",
            """My biggest frustration was fit: I need a technical partner who can cut patterns
            and grade sizes properly across a wide range, and who knows the workshops. I
            lived in Paris for four years and I'm comfortable working in French.""",
            """Inclusive sizing for real, not just in the adverts. Responsible production.""",
            ro=["marketing"],
            rs=["design", "domain"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Sacha Dumont",
            """Fondatrice d'une marque de mode en ligne, j'ai bâti une communauté de 60
            000 abonnées, une boutique rentable et des collaborations avec des
            créatrices.""",
            """Je cherche un associé développeur pour créer une cabine d'essayage
            virtuelle et la vendre ensuite à d'autres marques.""",
            """Tech et mode, levée de fonds rapide ; l'essayage virtuel va tout
            changer.""",
            ro=["marketing"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        twin2=person(
            "Poppy Harrington",
            """Fashion marketer; I launched two streetwear brands with limited drops,
            influencer seeding and a strong TikTok community of 200,000 followers.""",
            """A sourcing and production manager in Asia who can make large volumes
            cheaply and fast for our drops.""",
            """Drops, hype and volume; speed beats perfection in streetwear.""",
            ro=["marketing"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            loc="Manchester",
        ),
        one=person(
            "Manon Giraud",
            """Je dirige un atelier de confection de quinze couturières à Cholet, avec
            des machines modernes et des commandes irrégulières.""",
            """Une modéliste expérimentée pour proposer la création de patrons et de
            gradations à nos clientes marques.""",
            """Savoir-faire français et emplois dans l'atelier ; mes couturières sont
            là depuis vingt ans.""",
            ro=["operations"],
            rs=["design"],
            tz=1,
            langs=["fr"],
            loc="Cholet",
        ),
        trap=person(
            "Isla McKenzie",
            """Fashion marketer and founder of a direct-to-consumer brand: a large
            Instagram community, fit testers, plus-size creators, and a store that
            makes money.""",
            """A pattern cutter who can grade sizes properly across a wide range and
            knows the workshops, to build an inclusive brand together.""",
            """Inclusive sizing for real, responsible factories, and no retouched
            bodies.""",
            ro=["marketing"],
            rs=["design", "domain"],
            tz=0,
            langs=["en"],
            loc="Glasgow",
        ),
    ),
    # 92 ------------------------------------------------------------------- trap: consent
    pair(
        92,
        "en",
        "water",
        "A built acoustic leak detection for water mains and needs someone who sells to "
        "utilities; B sold to water utilities for years and wants a proven technology.",
        a=person(
            "Dr. Farid Haddadi",
            """Acoustic engineer. I developed sensors that clip onto hydrants and listen for
            leaks in water mains, with a model that locates a leak to within two metres.
            A pilot with a regional utility found 140 leaks in six months, cutting their
            losses by 12%.""",
            """I need a partner who knows how water utilities buy: framework contracts,
            regulators' targets on leakage, long pilots, procurement committees. Someone who
            has sold to them and whose calls get returned.""",
            """Water is too precious to waste. Evidence before claims.""",
            tz=0,
            langs=["en", "ar", "fr"],
            stage="prototype",
            loc="Leeds",
        ),
        b=person(
            "Catherine Oduya",
            """Fifteen years selling meters, valves and network monitoring to water
            companies in the UK and Ireland. I know their asset managers, how their
            buying frameworks work and how the regulator's penalties on lost water
            shape what each company spends.""",
            """I'd like to join an engineer whose technology is already proven in a real
            network and needs someone to take it to every utility.""",
            """Long relationships, no overselling.""",
            tz=0,
            langs=["en"],
            loc="Birmingham",
        ),
        twin=person(
            "Graham Lister",
            """Twelve years selling pumps and treatment equipment to water utilities across the
            UK; I know their framework contracts and buyers.""",
            """An operations partner to buy and run a chain of water treatment service
            depots.""",
            """Acquire and consolidate.""",
            tz=0,
            langs=["en"],
            loc="Sheffield",
        ),
        one=person(
            "Aoife Keane",
            """Founder of a smart irrigation start-up with 300 farms in southern Spain
            and a team of hydrologists and agronomists.""",
            """An acoustic engineer to add leak detection to farm irrigation pipes and
            reservoirs.""",
            """Save every drop.""",
            tz=1,
            langs=["en", "es"],
            loc="Murcia",
        ),
        trap=person(
            "Rebecca Sandhu",
            """I've sold network monitoring and leak management to water utilities for fifteen
            years and know their procurement.""",
            """An engineer with a leak detection technology proven in a real network.""",
            """No overselling.""",
            tz=0,
            langs=["en"],
            loc="Nottingham",
            consent=False,
        ),
    ),
    # 93 ---------------------------------------------------------------- trap: visibility
    pair(
        93,
        "cross",
        "automotive",
        "A is a classic-car mechanic with customers asking for electric conversions; B is an "
        "EV powertrain engineer who wants to convert classic cars with a real workshop.",
        a=person(
            "Serge Antonelli",
            "Garagiste spécialisé en voitures anciennes, atelier de six personnes et liste d'attente.",
            "Quelqu'un qui sache électrifier une ancienne proprement et la faire homologuer.",
            "Respect de l'auto d'origine.",
            tz=1,
            langs=["fr", "en", "it"],
            stage="revenue",
            loc="Nice",
        ),
        b=person(
            "Alfie Brennan",
            """EV powertrain engineer for nine years, first at a racing team and then at a
            start-up making electric vans. I design battery packs, motor integration and
            thermal management, and I've taken two conversions through type approval in the
            UK.""",
            """I want to work with a classic-car mechanic who has a workshop, the restoration
            skills and a list of customers, so we can convert classics properly.""",
            """Engineering done right, cars kept beautiful.""",
            tz=0,
            langs=["en", "fr"],
            loc="Oxford",
        ),
        twin=person(
            "Rory Matheson",
            """EV powertrain engineer for eight years: battery packs, motor integration
            and charging systems for delivery vans at a commercial vehicle start-up.""",
            """An investor with a fleet business to electrify 500 vans over two years
            and fund the conversion line.""",
            """Volume and total cost of ownership.""",
            tz=0,
            langs=["en", "fr"],
            loc="Coventry",
        ),
        one=person(
            "Élodie Vernet",
            """J'organise des rallyes de voitures anciennes sur la Côte d'Azur, 400
            participants par an, avec de beaux partenaires.""",
            """Un garagiste spécialisé en anciennes pour assurer l'assistance mécanique
            de nos rallyes et préparer les voitures.""",
            """Passion et convivialité.""",
            tz=1,
            langs=["fr"],
            loc="Cannes",
        ),
        trap=person(
            "Hugo Sterling",
            """EV powertrain engineer: battery packs, motors, thermal management, and
            type approval for electric conversions of older cars.""",
            """A classic-car mechanic with a workshop, restoration skills and a list of
            customers asking for electric conversions.""",
            """Keep cars beautiful.""",
            tz=0,
            langs=["en", "fr"],
            loc="Silverstone",
            vis="private",
        ),
    ),
    # 94 ---------------------------------------------------------------- trap: commitment
    pair(
        94,
        "fr",
        "events",
        "A est directrice de production de festivals et veut monter son propre festival; B "
        "décroche des partenariats et du mécénat et cherche une organisatrice solide.",
        a=person(
            "Clémentine Rougier",
            """Directrice de production depuis quatorze ans sur de grands festivals de musique :
            scènes, sécurité, bénévoles, prestataires, budgets de plusieurs millions. Je veux
            créer un festival à taille humaine dans le Vercors, j'ai le site, l'accord de la
            commune et une équipe technique prête.""",
            """Il me manque la personne qui fera vivre le festival financièrement : partenaires
            privés, mécènes, collectivités, billetterie et marques qui partagent nos valeurs.""",
            """Écologie réelle, pas de greenwashing, bénévoles respectés.""",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
            stage="idea",
            loc="Grenoble",
        ),
        b=person(
            "Mathilde Arnaud",
            """Responsable des partenariats d'un festival de cinéma pendant dix ans, j'ai
            multiplié par quatre les recettes de mécénat et de sponsoring, et je connais bien
            les services culture des collectivités.""",
            """Je voudrais m'associer à quelqu'un qui sait produire un événement de A à Z, qui
            a un projet concret et une équipe technique.""",
            """Des partenaires choisis, pas subis. Équilibre des comptes.""",
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        twin=person(
            "Bérangère Lenoir",
            """Responsable du mécénat d'un grand musée pendant huit ans, je connais les
            fondations d'entreprise et les grands donateurs.""",
            """Je cherche un associé qui connaisse l'immobilier pour créer un lieu d'exposition
            privé.""",
            """Prestige et excellence ; je ne travaille qu'avec les plus grandes
            institutions.""",
            ro=["sales"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Fabrice Giraudet",
            """Je dirige une société de location de scènes et de matériel son et
            lumière qui équipe une trentaine de festivals par an.""",
            """Une directrice de production expérimentée pour développer une offre clé
            en main pour les festivals.""",
            """Fiabilité technique : un concert ne doit jamais s'arrêter à cause du
            matériel.""",
            tz=1,
            langs=["fr"],
            loc="Valence",
        ),
        trap=person(
            "Anne-Sophie Delorme",
            """Responsable partenariats et mécénat culturels, je connais les collectivités et
            les fondations. Disponible quelques soirées par semaine.""",
            """Une organisatrice de festival avec un projet concret et une équipe.""",
            """Des partenaires choisis pour leurs valeurs, et des comptes à
            l'équilibre.""",
            c="side-project",
            tz=1,
            langs=["fr"],
            loc="Annecy",
        ),
    ),
    # 95 ------------------------------------------------------------------ trap: timezone
    pair(
        95,
        "cross",
        "education-hr",
        "A is a tech recruiter with companies that hire juniors and wants to train career "
        "changers for them; B designs coding curricula and needs hiring partners.",
        a=person(
            "Delphine Ravier",
            "Recruteuse tech, 80 entreprises clientes qui cherchent des profils juniors.",
            "Quelqu'un qui forme des gens en reconversion au développement, sérieusement.",
            "Donner une chance aux profils atypiques.",
            ro=["sales", "domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Nantes",
        ),
        b=person(
            "Marcus Webb",
            """Curriculum designer and lead instructor at a coding bootcamp for seven years.
            I designed a 16-week programme for career changers with real projects and code
            reviews; 600 graduates, and the ones who got jobs are still there two years
            later.""",
            """What I lack is the hiring side: a partner with a network of employers who trust
            them to send good juniors, who can shape the programme around what companies need
            and place our graduates.""",
            """Second chances, honest placement figures.""",
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
        twin=person(
            "Olivia Grant",
            """Instructional designer and coding teacher; I built online JavaScript and
            Python courses followed by 30,000 learners, with automated exercises.""",
            """A marketer who can grow a paid online course business with ads,
            affiliates and webinars.""",
            """Scale online.""",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        one=person(
            "Yannick Poirier",
            """DSI d'une banque régionale, je dois recruter quarante développeurs cette
            année et j'ai le budget pour le faire.""",
            """Une recruteuse tech expérimentée pour monter et diriger notre cellule de
            recrutement interne.""",
            """Diversité des profils.""",
            ro=["tech"],
            tz=1,
            langs=["fr"],
            loc="Nantes",
        ),
        trap=person(
            "Dwayne Porter",
            """Curriculum designer and lead instructor at a coding bootcamp for career
            changers: a 16-week programme with real projects, and strong placement
            results.""",
            """A recruiter with a network of employers who hire juniors and trust them,
            to shape the programme and place graduates.""",
            """Second chances.""",
            tz=-6,
            langs=["en", "fr"],
            loc="Dallas",
        ),
    ),
    # 96 ------------------------------------------------------------------ trap: language
    pair(
        96,
        "mixed",
        "services",
        "A is a dog groomer who wants to go mobile; B converts vans into mobile workshops and "
        "wants a tradesperson with clients.",
        a=person(
            "Aurélie Castex",
            "Toiletteuse canine, 300 clients fidèles, and I want to go mobile with a van.",
            "Someone who can build a grooming van: eau chaude, table, tout le matériel.",
            "Le bien-être des chiens, and honest prices.",
            tz=1,
            langs=["fr", "en"],
            loc="Bordeaux",
        ),
        b=person(
            "Kévin Marty",
            "Aménageur de fourgons, I convert vans into mobile workshops and salons.",
            "A tradesperson avec une clientèle who wants to go mobile together.",
            "Travail soigné, no shortcuts.",
            tz=1,
            langs=["fr", "en"],
            loc="Mérignac",
        ),
        twin=person(
            "Ludovic Serre",
            "J'aménage des vans de loisirs, camping-cars and tiny houses on wheels.",
            "Looking for a marketer pour vendre nos vans aux touristes.",
            "Liberté, voyages.",
            tz=1,
            langs=["fr", "en"],
            loc="Biarritz",
        ),
        one=person(
            "Sandrine Pujol",
            "Je gère une animalerie with a small grooming corner.",
            "A groomer to run the grooming corner full-time.",
            "Animaux heureux.",
            tz=1,
            langs=["fr", "en"],
            loc="Pessac",
        ),
        trap=person(
            "Stefan Keller",
            "Ich baue Transporter zu mobilen Werkstätten und Salons um.",
            "Eine Handwerkerin mit Kundschaft, die mobil werden will.",
            "Saubere Arbeit.",
            tz=1,
            langs=["de"],
            loc="Freiburg",
        ),
    ),
    # 97 ------------------------------------------------------------------- trap: consent
    pair(
        97,
        "cross",
        "insurtech",
        "A is a claims adjuster who knows how car damage is assessed and needs a computer "
        "vision engineer; B builds damage-detection models and wants an adjuster's expertise.",
        a=person(
            "Franck Delmas",
            "Expert automobile depuis 20 ans, 15 000 sinistres chiffrés.",
            "Un ingénieur vision qui chiffre les dégâts à partir de photos.",
            "Indemniser vite et juste.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        b=person(
            "Natasha Ivers",
            "Computer vision engineer; I detect dents and scratches from phone photos.",
            "A claims expert who knows how repairs are priced and insurers decide.",
            "Fair, explainable, fast.",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Ben Akers",
            "Computer vision engineer; defect detection on factory lines.",
            "An industrial sales partner to sell to car plants.",
            "Big industrial contracts.",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="Coventry",
        ),
        one=person(
            "Véronique Pasquier",
            "Je dirige un réseau de 40 carrosseries agréées.",
            "Un expert auto pour contrôler nos devis.",
            "Qualité des réparations.",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Roubaix",
        ),
        trap=person(
            "Chloe Barker",
            "Computer vision for car damage from photos; dents, scratches, parts.",
            "A claims adjuster who knows repair costs.",
            "Explainable.",
            ro=["tech"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Reading",
            consent=False,
        ),
    ),
    # 98 ---------------------------------------------------------------- trap: visibility
    pair(
        98,
        "en",
        "chemistry-recycling",
        "A is a polymer chemist with a process that depolymerises nylon from old fishing nets "
        "and needs a steady feedstock operation; B runs collection of marine and textile waste "
        "and wants a chemist who can recycle it into value.",
        a=person(
            "Dr. Ingrid Solberg",
            """Polymer chemist. I developed a depolymerisation process that turns nylon 6 from
            fishing nets and carpets back into caprolactam at 94% purity. A 50-litre reactor
            has run for a year and a chemicals company wants to buy the monomer.""",
            """The chemistry works; the supply doesn't. I need a partner who can organise a
            reliable stream of waste nylon: collection from ports and fish farms, sorting,
            cleaning, baling, contracts with suppliers, and the logistics to get it to a
            plant.""",
            """Close the loop for real, measure everything, no greenwashing.""",
            ro=["tech", "domain"],
            rs=["operations"],
            tz=1,
            langs=["en", "no"],
            stage="prototype",
            loc="Trondheim",
        ),
        b=person(
            "Seamus O'Rourke",
            """Operations lead of a marine waste collection company for eight years. We
            collect end-of-life fishing gear from 60 harbours and fish farms across Ireland and
            Scotland, sort it by polymer, clean and bale it. Most of it still goes to
            low-value recycling.""",
            """I want to partner with a chemist who can turn our material into something worth
            far more, with a process that can scale.""",
            """Clean seas, fair contracts with fishers, honest numbers.""",
            ro=["operations"],
            rs=["tech", "domain"],
            tz=0,
            langs=["en", "ga"],
            loc="Galway",
        ),
        twin=person(
            "Kirsten Dahl",
            """Operations manager of a plastics recycling plant for nine years: sorting
            lines, balers, supplier contracts and logistics for 40,000 tonnes a
            year.""",
            """A commercial partner to sell our recycled PET flakes to bottle makers at
            better prices.""",
            """Volume and margins; PET is a commodity and price wins.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["en", "da"],
            loc="Aalborg",
        ),
        one=person(
            "Lars Henriksen",
            """Sustainability director at a carpet manufacturer with a take-back scheme
            and hundreds of tonnes of returned carpet in storage.""",
            """A polymer chemist who can recycle our nylon fibres back into new yarn at
            industrial scale.""",
            """Circular products that customers can send back to us at the end of their
            life.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["en", "da"],
            loc="Copenhagen",
        ),
        trap=person(
            "Niamh Gallagher",
            """Operations lead for marine waste collection: fishing gear from harbours
            and fish farms, sorted by polymer, cleaned and baled, with contracts
            with fishers.""",
            """A chemist with a nylon recycling process that can scale and turn our
            material into something worth much more.""",
            """Clean seas and fair contracts with the fishers who bring their old nets.""",
            ro=["operations"],
            rs=["tech", "domain"],
            tz=0,
            langs=["en"],
            loc="Donegal",
            vis="private",
        ),
    ),
    # 99 ---------------------------------------------------------------- trap: commitment
    pair(
        99,
        "cross",
        "govtech",
        "A is a town clerk of small rural communes drowning in paperwork who needs someone to "
        "build shared tools; B builds open-source tools for councils and wants a clerk who "
        "knows the job.",
        a=person(
            "Martine Jolivet",
            """Secrétaire de mairie depuis vingt-deux ans, je travaille pour quatre communes de
            moins de 500 habitants dans le Jura. Je fais tout : état civil, urbanisme,
            budget, élections, cimetière, paie des agents. Je connais des dizaines de
            collègues qui vivent la même chose et le centre de gestion me soutient.""",
            """Je cherche quelqu'un qui sache construire des outils numériques simples pour les
            petites mairies, qui fonctionnent sur de vieux ordinateurs et qui nous fassent
            gagner du temps au lieu de nous en faire perdre.""",
            """Service public de proximité. Des outils libres et sobres.""",
            tz=1,
            langs=["fr", "en"],
            loc="Lons-le-Saunier",
        ),
        b=person(
            "Eleanor Hughes",
            """Civic tech developer for eight years. I built open-source tools used by more
            than 200 parish and town councils in England: minutes, planning notices,
            allotment waiting lists, burial registers. Small, fast, accessible, runs on
            anything.""",
            """I'd like to build the next one with someone who does the job in a small
            council, knows the paperwork by heart and can bring colleagues to try it.""",
            """Public money, public code. Respect for people who keep small places
            running.""",
            tz=0,
            langs=["en", "fr"],
            loc="Norwich",
        ),
        twin=person(
            "Gaspard Verdier",
            """Développeur de logiciels pour collectivités depuis sept ans, j'ai construit un
            outil de gestion des listes électorales.""",
            """Je cherche un associé commercial pour vendre nos outils aux grandes villes et
            aux métropoles.""",
            """Contrats importants et croissance ; les grandes villes ont des budgets.""",
            tz=1,
            langs=["fr"],
            loc="Besançon",
        ),
        twin2=person(
            "Callum Ward",
            """Civic tech developer; I built a participatory budgeting platform used by
            several city councils in Scotland and England.""",
            """A community organiser to run participatory campaigns in large cities and
            bring residents to the platform.""",
            """Democracy at scale: a million residents voting on their city's budget.""",
            tz=0,
            langs=["en", "fr"],
            loc="Glasgow",
        ),
        one=person(
            "Bernard Cuenot",
            """Président d'une communauté de communes rurale, je dispose d'un budget pour
            mutualiser les services.""",
            """Une secrétaire de mairie expérimentée pour organiser un service administratif
            partagé entre nos communes.""",
            """Solidarité entre communes : aucune mairie ne doit rester seule face à la
            paperasse.""",
            tz=1,
            langs=["fr"],
            loc="Champagnole",
        ),
        trap=person(
            "Imogen Pryce",
            """Civic tech developer of open-source tools for small councils: minutes,
            notices, registers, all accessible and light. I'd work on this on
            weekends only.""",
            """A town clerk who knows small-council paperwork by heart and can bring
            colleagues to try a new tool.""",
            """Public money, public code, and respect for the people who run small
            councils.""",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
            loc="Exeter",
        ),
    ),
    # 100 ----------------------------------------------------------------- trap: timezone
    pair(
        100,
        "fr",
        "agrifood-export",
        "A possède un moulin à huile d'olive primé et veut exporter en Asie; B a développé "
        "l'export de produits fins vers le Japon et cherche un producteur d'exception.",
        a=person(
            "Jean-Marc Olivieri",
            "Mon moulin à huile de la vallée des Baux a remporté trois médailles d'or.",
            "Quelqu'un qui ouvre les marchés asiatiques, surtout le Japon.",
            "Qualité avant quantité.",
            tz=1,
            langs=["fr"],
            stage="revenue",
            loc="Maussane-les-Alpilles",
        ),
        b=person(
            "Camille Fontanel",
            """J'ai passé neuf ans à développer l'export de produits d'épicerie fine français
            vers le Japon, la Corée et Singapour : importateurs, grands magasins, salons
            professionnels, étiquetage et normes. Je parle japonais et je connais les
            acheteurs des grands magasins de Tokyo.""",
            """Je cherche un producteur d'exception, reconnu, qui accepte de consacrer une
            partie de sa production à l'export et de recevoir des acheteurs chez lui.""",
            """Relations longues, respect des produits et des gens.""",
            tz=1,
            langs=["fr", "ja", "en"],
            loc="Marseille",
        ),
        twin=person(
            "Pierre-Henri Daumas",
            """Responsable export pendant dix ans pour des vins de Bordeaux en Chine et
            à Hong Kong, avec un réseau d'importateurs et de distributeurs.""",
            """Je cherche un associé financier pour acheter un négoce de vins et le
            développer à l'international.""",
            """Croissance externe : racheter des maisons qui ont une histoire et les
            développer.""",
            tz=1,
            langs=["fr", "en", "zh"],
            loc="Bordeaux",
        ),
        one=person(
            "Nicole Bonfils",
            """Cheffe étoilée à Avignon, je cherche des produits d'exception pour ma
            carte et ma boutique d'épicerie fine.""",
            """Un producteur d'huile d'olive primé pour créer une cuvée signée du
            restaurant.""",
            """Produits d'exception et producteurs que je connais personnellement.""",
            tz=1,
            langs=["fr"],
            loc="Avignon",
        ),
        trap=person(
            "Hélène Sato",
            """Je développe depuis Tokyo l'export d'épicerie fine française vers le
            Japon : importateurs, grands magasins, salons professionnels,
            étiquetage.""",
            """Un producteur d'huile d'olive primé, prêt à consacrer une partie de sa
            production à l'export et à recevoir des acheteurs japonais.""",
            """Relations longues avec les producteurs comme avec les acheteurs
            japonais.""",
            tz=9,
            langs=["fr", "ja"],
            loc="Tokyo",
        ),
    ),
]
