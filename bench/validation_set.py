"""A held-out, hand-written bilingual complementarity set for choosing a sentence encoder.

Every profile has exactly one true partner: what A needs is what B offers and the
reverse, written in different words (paraphrase, not shared keywords), often in the
other language. The set is written by hand and independent of ``data/generate.py``,
so it measures how an encoder generalises rather than how well it fits the
generator's phrase pools.

Hard distractors are built in: many pairs share the same role structure (e.g. an
engineer seeking a salesperson) in different sectors (fintech, agriculture,
cybersecurity, retail, energy...), so role tags alone cannot find the partner; only
the meaning of the texts can.

Each profile is a dict with ``id``, ``lang`` (``fr``, ``en`` or ``mixed``),
``offers``, ``needs``, ``values``, ``roles_offered``, ``roles_sought``,
``partner`` (id of its true partner) and ``topic`` (a short sector label, for
reading results only; never used for scoring).
"""

from __future__ import annotations

from typing import Any

ROLES = frozenset(
    {"tech", "product", "design", "sales", "marketing", "finance", "operations", "legal", "domain"}
)

Side = tuple[str, str, str, str, list[str], list[str]]
"""(lang, offers, needs, values, roles_offered, roles_sought)."""


def _pair(number: int, topic: str, a: Side, b: Side) -> list[dict[str, Any]]:
    ids = (f"p{number:02d}a", f"p{number:02d}b")
    out = []
    for i, side in enumerate((a, b)):
        lang, offers, needs, values, offered, sought = side
        out.append(
            {
                "id": ids[i],
                "lang": lang,
                "offers": offers,
                "needs": needs,
                "values": values,
                "roles_offered": list(offered),
                "roles_sought": list(sought),
                "partner": ids[1 - i],
                "topic": topic,
            }
        )
    return out


_PAIRS: list[list[dict[str, Any]]] = [
    # ------------------------------------------------------------------
    # Cross-lingual pairs: one side French, the other English.
    # ------------------------------------------------------------------
    _pair(
        1,
        "fintech payments",
        (
            "fr",
            "Je développe des API de paiement en Go, je connais les normes PCI-DSS et "
            "l'open banking issu de la DSP2.",
            "Il me faut un associé qui sait décrocher des rendez-vous avec les directeurs "
            "financiers de PME et signer les premiers contrats.",
            "Transparence sur les chiffres, croissance rentable plutôt que levées à répétition.",
            ["tech"],
            ["sales"],
        ),
        (
            "en",
            "Eight years selling SaaS to CFOs and finance teams at mid-sized companies; I close "
            "six-figure deals with treasury buyers.",
            "Looking for an engineer who can build secure money-movement infrastructure and "
            "connections to banks from scratch.",
            "Honest metrics, profitable growth, no hype.",
            ["sales"],
            ["tech"],
        ),
    ),
    _pair(
        2,
        "agritech sensors",
        (
            "en",
            "I build IoT sensor networks and low-power firmware for field weather stations "
            "and soil probes.",
            "Need a co-founder who speaks the language of growers, knows farming cooperatives "
            "and can sell equipment across rural areas.",
            "Long-term care for the land, patience and frugality.",
            ["tech"],
            ["sales"],
        ),
        (
            "fr",
            "Ancien commercial chez un fabricant de machines agricoles, je connais les "
            "coopératives céréalières et je parle le langage des exploitants.",
            "Je cherche quelqu'un capable de concevoir des capteurs connectés pour mesurer "
            "l'humidité de la terre et la météo à la parcelle.",
            "Respect du monde paysan, sobriété, vision à dix ans.",
            ["sales", "domain"],
            ["tech"],
        ),
    ),
    _pair(
        3,
        "telemedicine",
        (
            "fr",
            "Médecin généraliste depuis douze ans, je connais le parcours patient, les "
            "exigences de la HAS et les attentes des cabinets de ville.",
            "Je cherche un développeur pour construire une application de téléconsultation "
            "fiable et conforme à l'hébergement de données de santé.",
            "Le patient d'abord, l'éthique et la rigueur.",
            ["domain"],
            ["tech"],
        ),
        (
            "en",
            "Full-stack engineer (React Native, Django); I shipped a video visit product for "
            "doctors with certified medical records hosting.",
            "Seeking a practising physician who understands how family practices run and what "
            "regulators expect.",
            "Patient safety first, careful engineering, ethics over speed.",
            ["tech"],
            ["domain"],
        ),
    ),
    _pair(
        4,
        "last-mile logistics",
        (
            "en",
            "I ran last-mile delivery for a grocery chain: driver shifts, depots and carrier "
            "contracts.",
            "I want a partner who can write algorithms that plan delivery rounds and a dispatch "
            "app for drivers.",
            "Reliability, respect for the people on the road, measured decisions.",
            ["operations"],
            ["tech"],
        ),
        (
            "fr",
            "Docteur en recherche opérationnelle, je code des solveurs de tournées de "
            "véhicules en Python et en C++.",
            "J'ai besoin d'un associé qui a déjà géré des entrepôts, des chauffeurs et des "
            "transporteurs sur le terrain.",
            "Fiabilité, respect des équipes terrain, décisions fondées sur les données.",
            ["tech"],
            ["operations"],
        ),
    ),
    _pair(
        5,
        "edtech maths",
        (
            "fr",
            "Ancienne professeure de mathématiques au collège, je conçois des progressions "
            "pédagogiques et je sais ce qui motive les ados.",
            "Je cherche quelqu'un pour coder l'appli : des exercices qui s'ajustent au niveau "
            "de chaque élève, sur tablette.",
            "L'égalité des chances, la bienveillance, l'exigence.",
            ["domain", "product"],
            ["tech"],
        ),
        (
            "en",
            "I build mobile apps in Kotlin and Swift and have worked on recommendation engines "
            "that adapt difficulty to the learner.",
            "Looking for an experienced teacher who designs curricula and knows what keeps "
            "teenagers engaged.",
            "Equal opportunity, kindness, high standards.",
            ["tech"],
            ["domain"],
        ),
    ),
    _pair(
        6,
        "sustainable fashion",
        (
            "en",
            "Brand and interface designer; I created the visual identities of three "
            "sustainable clothing labels.",
            "Need someone to run the web shop day to day: suppliers, inventory, returns and "
            "shipping.",
            "Craft, sobriety, beautiful things that last.",
            ["design"],
            ["operations"],
        ),
        (
            "fr",
            "J'ai géré la logistique et les achats d'une marque de prêt-à-porter en ligne : "
            "ateliers au Portugal, stocks, retours clients.",
            "Je cherche une personne qui sache créer une image de marque forte et des écrans "
            "élégants pour une marque de vêtements responsables.",
            "Sobriété, qualité, des produits faits pour durer.",
            ["operations"],
            ["design"],
        ),
    ),
    _pair(
        7,
        "legaltech employment",
        (
            "fr",
            "Avocate en droit du travail, je plaide aux prud'hommes et je rédige des contrats "
            "et des accords d'entreprise.",
            "Je cherche un profil technique capable d'automatiser la production de documents "
            "à partir de modèles.",
            "Accès au droit pour tous, précision, confidentialité.",
            ["legal"],
            ["tech"],
        ),
        (
            "en",
            "Backend developer specialised in natural language processing; I built a contract "
            "templating engine used by HR teams.",
            "Looking for an attorney who knows labour disputes and can validate what our "
            "software writes.",
            "Justice should be affordable, rigour, discretion.",
            ["tech"],
            ["legal"],
        ),
    ),
    _pair(
        8,
        "restaurant",
        (
            "en",
            "Professional chef; I ran two restaurant kitchens and know food costs, suppliers "
            "and hygiene rules.",
            "Seeking a co-founder who can raise money, forecast cash and write the business plan.",
            "Generosity, hard work, local produce.",
            ["domain"],
            ["finance"],
        ),
        (
            "fr",
            "Ex-analyste en capital-investissement, je construis des modèles financiers et je "
            "connais les banques et les business angels.",
            "Il me faut un cuisinier expérimenté qui sache diriger une brigade et tenir le coût "
            "des assiettes.",
            "Goût du travail bien fait, produits locaux, convivialité.",
            ["finance"],
            ["domain"],
        ),
    ),
    _pair(
        9,
        "solar energy hardware",
        (
            "fr",
            "Ingénieur en électronique de puissance, je conçois des onduleurs et des systèmes "
            "de stockage par batterie.",
            "Je cherche un associé qui vende aux installateurs de panneaux photovoltaïques et "
            "aux collectivités.",
            "Urgence climatique, sérieux technique, indépendance énergétique.",
            ["tech"],
            ["sales"],
        ),
        (
            "en",
            "I have sold rooftop solar projects to municipalities and installers across Europe "
            "for six years.",
            "I need a hardware engineer who designs power converters and home battery units.",
            "Climate action, engineering integrity, energy independence.",
            ["sales"],
            ["tech"],
        ),
    ),
    _pair(
        10,
        "recruiting marketplace",
        (
            "en",
            "Product manager from a job board; I write specs, run user interviews and "
            "prioritise roadmaps.",
            "Looking for a technical co-founder strong in machine learning to rank candidates "
            "for open positions.",
            "Fairness in hiring, curiosity, user obsession.",
            ["product"],
            ["tech"],
        ),
        (
            "fr",
            "Data scientist, j'ai entraîné des modèles de classement pour des moteurs de "
            "recherche d'offres d'emploi.",
            "Je cherche quelqu'un qui sait parler aux utilisateurs, écrire des spécifications "
            "et décider quoi construire en premier.",
            "Équité dans l'embauche, curiosité, écoute des utilisateurs.",
            ["tech"],
            ["product"],
        ),
    ),
    _pair(
        11,
        "property management",
        (
            "fr",
            "Agent immobilier depuis quinze ans à Lyon, j'ai un réseau de propriétaires "
            "bailleurs et de syndics.",
            "Je cherche un développeur web pour bâtir une plateforme de gestion locative en ligne.",
            "Confiance, proximité, parole tenue.",
            ["sales", "domain"],
            ["tech"],
        ),
        (
            "en",
            "Web developer (TypeScript, Postgres); I built a tenant portal with online rent "
            "collection and repair requests.",
            "Want a partner with deep contacts among landlords and building managers.",
            "Trust, keeping promises, being close to customers.",
            ["tech"],
            ["sales", "domain"],
        ),
    ),
    _pair(
        12,
        "travel booking",
        (
            "en",
            "Growth marketer: paid social, SEO and influencer campaigns for travel brands.",
            "I need someone who can build a reservation website and the back office for tour "
            "operators.",
            "Adventure, data-driven decisions, fun at work.",
            ["marketing"],
            ["tech"],
        ),
        (
            "fr",
            "Je développe des moteurs de réservation et des back-offices pour des agences de "
            "voyage, en PHP et Vue.",
            "J'ai besoin de quelqu'un pour attirer des voyageurs : publicité sur les réseaux, "
            "référencement, partenariats avec des créateurs de contenu.",
            "Goût de l'aventure, décisions chiffrées, bonne humeur.",
            ["tech"],
            ["marketing"],
        ),
    ),
    _pair(
        13,
        "cybersecurity",
        (
            "fr",
            "Pentester certifié OSCP, j'audite des réseaux d'entreprise et je développe des "
            "outils de détection d'intrusion.",
            "Il me faut un associé qui ait l'habitude de vendre aux DSI de grands groupes.",
            "Discrétion, éthique, excellence technique.",
            ["tech"],
            ["sales"],
        ),
        (
            "en",
            "Enterprise account executive; I sold security software to CIOs of Fortune 500 "
            "companies.",
            "Looking for an ethical hacker who can build tooling that spots attackers inside a "
            "network.",
            "Integrity, discretion, technical excellence.",
            ["sales"],
            ["tech"],
        ),
    ),
    _pair(
        14,
        "precision fermentation",
        (
            "en",
            "PhD in microbiology; I developed a fermentation process that makes dairy proteins "
            "without cows.",
            "Need a partner to manage the money side: grants, budgets and investor relations.",
            "Science-based, planet first, patient capital.",
            ["domain"],
            ["finance"],
        ),
        (
            "fr",
            "Directrice financière dans une start-up deeptech, j'ai obtenu des subventions "
            "Bpifrance et négocié avec des fonds.",
            "Je cherche une scientifique qui maîtrise la culture de micro-organismes pour "
            "produire des protéines laitières alternatives.",
            "La science d'abord, l'impact environnemental, la patience.",
            ["finance"],
            ["domain"],
        ),
    ),
    _pair(
        15,
        "mobile game",
        (
            "fr",
            "Illustratrice et game designer, j'invente des univers, des personnages et des "
            "mécaniques de jeu.",
            "Je cherche un programmeur Unity pour donner vie à un jeu sur smartphone.",
            "Créativité, plaisir du joueur, petits pas réguliers.",
            ["design"],
            ["tech"],
        ),
        (
            "en",
            "Unity and C# developer; I shipped four mobile games with in-app purchases.",
            "Need an artist who dreams up worlds, characters and gameplay loops.",
            "Player delight, creativity, steady iteration.",
            ["tech"],
            ["design"],
        ),
    ),
    _pair(
        16,
        "meditation app",
        (
            "en",
            "iOS engineer; I built a meditation app that reached 200,000 downloads.",
            "I need someone to grow the audience: content, community and app store optimisation.",
            "Calm, wellbeing over engagement metrics, honesty.",
            ["tech"],
            ["marketing"],
        ),
        (
            "fr",
            "Responsable acquisition dans une application de bien-être : contenus, communauté "
            "Instagram, optimisation des fiches sur les stores.",
            "Je cherche un développeur iPhone qui a déjà publié une application de pleine "
            "conscience ou de santé mentale.",
            "Sérénité, bien-être plutôt que dépendance, honnêteté.",
            ["marketing"],
            ["tech"],
        ),
    ),
    _pair(
        17,
        "construction site software",
        (
            "fr",
            "Conducteur de travaux pendant dix ans, je connais les chantiers, les artisans et "
            "les plannings de gros œuvre.",
            "Je cherche quelqu'un pour développer un logiciel de suivi de chantier sur téléphone.",
            "Pragmatisme, parole donnée, sécurité des équipes.",
            ["operations", "domain"],
            ["tech"],
        ),
        (
            "en",
            "Mobile and backend engineer; I built field-service apps for technicians who work "
            "without a connection.",
            "Looking for someone who has managed building works and knows how tradespeople "
            "organise their week.",
            "Pragmatism, keeping your word, worker safety.",
            ["tech"],
            ["operations", "domain"],
        ),
    ),
    _pair(
        18,
        "wine export",
        (
            "en",
            "Export sales manager; I opened distribution for European wines in Japan and the "
            "United States.",
            "Seeking a winemaker who runs an estate and knows organic certification.",
            "Authenticity, long relationships, terroir.",
            ["sales"],
            ["domain"],
        ),
        (
            "fr",
            "Vigneronne en Bourgogne, domaine de douze hectares en bio, je vinifie moi-même.",
            "Je cherche un associé capable d'ouvrir des marchés à l'étranger et de trouver des "
            "importateurs.",
            "Authenticité, fidélité, respect du terroir.",
            ["domain"],
            ["sales"],
        ),
    ),
    _pair(
        19,
        "digital insurance",
        (
            "fr",
            "Actuaire, je construis des modèles de tarification pour l'assurance habitation et "
            "je connais Solvabilité II.",
            "Je cherche un ingénieur pour bâtir une assurance entièrement en ligne, du devis "
            "au sinistre.",
            "Simplicité, équité envers les assurés, prudence.",
            ["finance"],
            ["tech"],
        ),
        (
            "en",
            "Software engineer; I built the quote and claims platform of a digital-only insurer.",
            "Need someone who prices risk and knows the capital rules that insurers live by.",
            "Fair treatment of customers, simplicity, prudence.",
            ["tech"],
            ["finance"],
        ),
    ),
    _pair(
        20,
        "music licensing",
        (
            "en",
            "Music producer and sound engineer with friends at independent labels and publishers.",
            "Want a developer to build a platform where artists license their tracks and get "
            "paid fairly.",
            "Artists first, fairness, passion.",
            ["domain"],
            ["tech"],
        ),
        (
            "fr",
            "Développeur back-end, j'ai construit un système de gestion des droits d'auteur et "
            "de versement des royalties.",
            "Je cherche quelqu'un du milieu musical : producteur, réseau de labels indépendants.",
            "Rémunération juste des créateurs, passion, transparence.",
            ["tech"],
            ["domain"],
        ),
    ),
    _pair(
        21,
        "retail shelf vision",
        (
            "fr",
            "Je vends depuis dix ans aux enseignes de la grande distribution, je connais les "
            "acheteurs et les centrales d'achat.",
            "Je cherche un associé qui sait construire de la vision par ordinateur pour "
            "détecter les ruptures en rayon.",
            "Résultats concrets, ténacité, franchise.",
            ["sales"],
            ["tech"],
        ),
        (
            "en",
            "Computer vision engineer; I trained models that recognise products on store "
            "shelves from camera images.",
            "Need a co-founder with access to supermarket chains and their buying offices.",
            "Concrete results, persistence, candour.",
            ["tech"],
            ["sales"],
        ),
    ),
    _pair(
        22,
        "volunteer management",
        (
            "en",
            "Corporate lawyer: company formation, shareholder agreements and fundraising "
            "paperwork.",
            "Looking for a founder with a product vision for a tool that helps small charities "
            "coordinate their helpers.",
            "Public good, rigour, humility.",
            ["legal"],
            ["product"],
        ),
        (
            "fr",
            "Cheffe de produit dans le secteur associatif, je conçois des outils pour gérer "
            "les bénévoles et les dons.",
            "J'aimerais un associé juriste pour les statuts, le pacte d'associés et les "
            "levées de fonds.",
            "Intérêt général, humilité, rigueur.",
            ["product"],
            ["legal"],
        ),
    ),
    # ------------------------------------------------------------------
    # French - French pairs.
    # ------------------------------------------------------------------
    _pair(
        23,
        "invoicing for tradespeople",
        (
            "fr",
            "Je développe des logiciels de facturation et de comptabilité pour les petites "
            "entreprises, en Ruby on Rails.",
            "Je cherche quelqu'un qui a l'habitude de démarcher les plombiers, électriciens "
            "et menuisiers.",
            "Simplicité, utilité concrète, respect des indépendants.",
            ["tech"],
            ["sales"],
        ),
        (
            "fr",
            "Commercial terrain depuis huit ans auprès des artisans du bâtiment, j'ai vendu "
            "des outillages et des assurances aux TPE.",
            "Il me faut un développeur qui sache créer un outil simple pour établir devis et "
            "factures quand on est à son compte.",
            "Proximité, bon sens, respect des gens de métier.",
            ["sales"],
            ["tech"],
        ),
    ),
    _pair(
        24,
        "dairy herd monitoring",
        (
            "fr",
            "Vétérinaire rurale, je soigne des troupeaux laitiers et je connais bien les "
            "éleveurs de ma région.",
            "Je cherche un ingénieur en données pour analyser ce que mesurent les colliers "
            "connectés des vaches.",
            "Bien-être animal, soutien aux éleveurs, rigueur scientifique.",
            ["domain"],
            ["tech"],
        ),
        (
            "fr",
            "Ingénieur en apprentissage automatique, je traite des séries temporelles issues "
            "d'accéléromètres.",
            "J'ai besoin d'une spécialiste de la santé animale au contact des élevages.",
            "Rigueur, utilité pour le monde agricole, respect des animaux.",
            ["tech"],
            ["domain"],
        ),
    ),
    _pair(
        25,
        "interior design configurator",
        (
            "fr",
            "Architecte d'intérieur, je dessine des plans et je sais rendre un logement "
            "chaleureux avec peu de moyens.",
            "Je cherche un développeur 3D pour un configurateur d'aménagement dans le navigateur.",
            "Beauté accessible, écoute, soin du détail.",
            ["design"],
            ["tech"],
        ),
        (
            "fr",
            "Développeur WebGL et Three.js, j'ai réalisé des visites virtuelles interactives "
            "pour des promoteurs.",
            "Je recherche une personne qui sait agencer des pièces et conseiller sur les "
            "matériaux et les couleurs.",
            "Soin du détail, esthétique, écoute du client.",
            ["tech"],
            ["design"],
        ),
    ),
    _pair(
        26,
        "cosmetics brand",
        (
            "fr",
            "Spécialiste du marketing d'influence dans la beauté, j'ai lancé deux marques de "
            "soins sur TikTok.",
            "Il me faut un associé qui monte la boutique en ligne et automatise les commandes.",
            "Audace, authenticité, vitesse d'exécution.",
            ["marketing"],
            ["tech"],
        ),
        (
            "fr",
            "Développeur Shopify et intégrateur, je connecte les sites marchands aux outils "
            "d'expédition et de stock.",
            "Je cherche quelqu'un qui sache faire connaître une marque de crèmes et de "
            "sérums auprès des jeunes.",
            "Exécution rapide, sincérité, prise de risque.",
            ["tech"],
            ["marketing"],
        ),
    ),
    _pair(
        27,
        "canned food factory",
        (
            "fr",
            "J'ai dirigé la chaîne d'approvisionnement d'une conserverie : achats, production, "
            "qualité.",
            "Je cherche un associé qui tienne la trésorerie et prépare la levée de fonds.",
            "Made in France, prudence financière, esprit d'équipe.",
            ["operations"],
            ["finance"],
        ),
        (
            "fr",
            "Contrôleur de gestion, je pilote budgets, prévisions de cash et relations avec "
            "les banques.",
            "Je cherche quelqu'un qui sait faire tourner une usine et tenir ses fournisseurs.",
            "Production locale, gestion prudente, collectif.",
            ["finance"],
            ["operations"],
        ),
    ),
    _pair(
        28,
        "GDPR compliance",
        (
            "fr",
            "Juriste spécialisée en protection des données, j'accompagne les entreprises dans "
            "leur mise en conformité RGPD.",
            "Je cherche un développeur pour créer un outil qui recense automatiquement où "
            "circulent les informations personnelles.",
            "Respect de la vie privée, pédagogie, exigence.",
            ["legal"],
            ["tech"],
        ),
        (
            "fr",
            "Ingénieur back-end, je construis des robots qui inventorient les bases et les flux "
            "d'un système d'information.",
            "J'ai besoin d'une experte de la réglementation européenne sur la confidentialité.",
            "Vie privée, clarté, travail soigné.",
            ["tech"],
            ["legal"],
        ),
    ),
    _pair(
        29,
        "electric bikes",
        (
            "fr",
            "Ingénieur mécatronique, je conçois des moteurs et des batteries pour vélos à "
            "assistance électrique.",
            "Je cherche un commercial qui connaisse les magasins de cycles et les flottes "
            "d'entreprise.",
            "Mobilité douce, fabrication européenne, robustesse.",
            ["tech"],
            ["sales"],
        ),
        (
            "fr",
            "J'ai vendu des flottes de véhicules de service à des entreprises et à des "
            "collectivités pendant sept ans.",
            "Il me faut un ingénieur capable de concevoir la motorisation d'un deux-roues à "
            "pédales assisté.",
            "Écologie pratique, production en Europe, solidité.",
            ["sales"],
            ["tech"],
        ),
    ),
    _pair(
        30,
        "digital therapy",
        (
            "fr",
            "Psychologue clinicienne, je pratique les thérapies cognitives et "
            "comportementales depuis dix ans.",
            "Je cherche une personne qui transforme des protocoles de soin en produit "
            "numérique simple à utiliser.",
            "Bienveillance, preuves scientifiques, confidentialité.",
            ["domain"],
            ["product"],
        ),
        (
            "fr",
            "Product manager, j'ai piloté une application de coaching : recherche "
            "utilisateur, priorisation, tests A/B.",
            "Je cherche une thérapeute qualifiée qui maîtrise les TCC.",
            "Empathie, démarche fondée sur les preuves, discrétion.",
            ["product"],
            ["domain"],
        ),
    ),
    _pair(
        31,
        "school timetabling",
        (
            "fr",
            "Ancien directeur commercial d'un éditeur scolaire, je connais les rectorats et "
            "les appels d'offres publics.",
            "Je cherche un développeur pour une plateforme qui organise les emplois du temps "
            "des lycées.",
            "Service public, persévérance, loyauté.",
            ["sales"],
            ["tech"],
        ),
        (
            "fr",
            "Développeur, j'ai écrit des algorithmes de planification sous contraintes pour "
            "des hôpitaux.",
            "Il me faut quelqu'un qui sait vendre à l'Éducation nationale et répondre aux "
            "marchés publics.",
            "Utilité publique, ténacité, fidélité.",
            ["tech"],
            ["sales"],
        ),
    ),
    _pair(
        32,
        "e-commerce conversion",
        (
            "fr",
            "Designer UX, je mène des tests utilisateurs et je dessine des parcours clairs "
            "pour des sites marchands.",
            "Je cherche un associé qui sache acheter de la publicité et faire croître le trafic.",
            "Clarté, mesure, respect de l'utilisateur.",
            ["design"],
            ["marketing"],
        ),
        (
            "fr",
            "Je gère des budgets Google Ads et Meta pour des boutiques en ligne, avec un suivi "
            "précis du retour sur investissement.",
            "Je cherche quelqu'un qui améliore l'expérience et le taux de transformation des "
            "pages produits.",
            "Chiffres fiables, simplicité, honnêteté envers le client.",
            ["marketing"],
            ["design"],
        ),
    ),
    _pair(
        33,
        "automated bookkeeping",
        (
            "fr",
            "Expert-comptable, je tiens les comptes de deux cents TPE et je connais la liasse "
            "fiscale par cœur.",
            "Je cherche un développeur qui automatise la saisie en lisant les factures scannées.",
            "Fiabilité, disponibilité pour les clients, déontologie.",
            ["finance"],
            ["tech"],
        ),
        (
            "fr",
            "Ingénieur en reconnaissance de documents, j'extrais montants, dates et TVA de "
            "pièces photographiées.",
            "J'ai besoin d'un professionnel du chiffre qui connaisse les obligations fiscales "
            "des petites entreprises.",
            "Exactitude, service, éthique professionnelle.",
            ["tech"],
            ["finance"],
        ),
    ),
    _pair(
        34,
        "school canteens",
        (
            "fr",
            "Responsable de cantines scolaires, je gère les menus, les commandes et la lutte "
            "contre le gaspillage.",
            "Je cherche un développeur pour une appli qui prévoit combien d'enfants mangeront "
            "chaque jour.",
            "Zéro gaspillage, alimentation saine, terrain avant tout.",
            ["operations"],
            ["tech"],
        ),
        (
            "fr",
            "Data engineer, je construis des modèles de prévision de la demande pour la "
            "distribution.",
            "Je cherche quelqu'un qui connaît la restauration collective de l'intérieur.",
            "Anti-gaspillage, santé, pragmatisme.",
            ["tech"],
            ["operations"],
        ),
    ),
    # ------------------------------------------------------------------
    # English - English pairs.
    # ------------------------------------------------------------------
    _pair(
        35,
        "payroll",
        (
            "en",
            "Backend engineer; I built payroll engines that handle tax withholding in several "
            "countries.",
            "Looking for someone who has sold HR software to small business owners.",
            "Accuracy, respect for small employers, calm execution.",
            ["tech"],
            ["sales"],
        ),
        (
            "en",
            "Sales lead at a people-management software company; I closed hundreds of SMB "
            "accounts.",
            "I need an engineer who can compute salaries and deductions correctly across borders.",
            "Precision, serving small companies, steady pace.",
            ["sales"],
            ["tech"],
        ),
    ),
    _pair(
        36,
        "analytics dashboards",
        (
            "en",
            "Product designer; I design dashboards and data visualisations for analysts.",
            "Seeking a data engineer who builds pipelines and warehouses.",
            "Clarity, craft, evidence over opinions.",
            ["design"],
            ["tech"],
        ),
        (
            "en",
            "I build ETL and streaming systems on Kafka and Snowflake.",
            "I want someone who makes complex numbers look clear and usable on screen.",
            "Decisions backed by evidence, clean craft.",
            ["tech"],
            ["design"],
        ),
    ),
    _pair(
        37,
        "medication safety",
        (
            "en",
            "Hospital pharmacist; I know medication management and drug interaction checks.",
            "Need a developer for software that flags dangerous prescription combinations.",
            "Patient safety, evidence, humility.",
            ["domain"],
            ["tech"],
        ),
        (
            "en",
            "Engineer with experience in clinical decision support and knowledge graphs.",
            "Looking for a pharmacy professional who understands how medicines are dispensed "
            "on hospital wards.",
            "Do no harm, rigour, modesty.",
            ["tech"],
            ["domain"],
        ),
    ),
    _pair(
        38,
        "B2B newsletter",
        (
            "en",
            "Content marketer; I grew a B2B newsletter to 50,000 subscribers.",
            "Need a product lead to decide what we build and talk to customers every week.",
            "Writing well, generosity, consistency.",
            ["marketing"],
            ["product"],
        ),
        (
            "en",
            "Product manager with SaaS experience: roadmaps, discovery interviews, pricing.",
            "Looking for someone who can build an audience through writing and email.",
            "Consistency, sharing knowledge, clear communication.",
            ["product"],
            ["marketing"],
        ),
    ),
    _pair(
        39,
        "work visas",
        (
            "en",
            "Immigration lawyer; I handle work visas for technology companies.",
            "Looking for a partner to sell our relocation service to startup people teams.",
            "Openness, borders should not block talent, diligence.",
            ["legal"],
            ["sales"],
        ),
        (
            "en",
            "I sell services to HR departments at fast-growing startups.",
            "Need an attorney specialised in employment permits for foreign hires.",
            "Talent knows no borders, hustle, reliability.",
            ["sales"],
            ["legal"],
        ),
    ),
    _pair(
        40,
        "pet food subscription",
        (
            "en",
            "Sold pet products into independent pet stores and vet clinics across the UK.",
            "Seeking an engineer to build a subscription platform and a quiz that recommends "
            "diets for dogs and cats.",
            "Animal welfare, honesty, fun.",
            ["sales"],
            ["tech"],
        ),
        (
            "en",
            "Full-stack developer; I built e-commerce with recurring billing and personalised "
            "product finders.",
            "I need someone with relationships in animal retail and veterinary practices.",
            "Love of animals, transparency, playfulness.",
            ["tech"],
            ["sales"],
        ),
    ),
    _pair(
        41,
        "fitness studios",
        (
            "en",
            "Operations manager for a chain of gyms: staffing, memberships, equipment maintenance.",
            "Looking for a developer for a booking and membership app for fitness studios.",
            "Health, discipline, team spirit.",
            ["operations"],
            ["tech"],
        ),
        (
            "en",
            "Mobile developer; I built class scheduling and payment apps.",
            "Need someone who has run sports facilities day to day.",
            "Discipline, healthy living, working as a team.",
            ["tech"],
            ["operations"],
        ),
    ),
    _pair(
        42,
        "small business M&A",
        (
            "en",
            "Former investment banker; expert in valuation and mergers for small companies.",
            "Want an engineer to build a marketplace connecting owners who want to retire "
            "with buyers.",
            "Discretion, trust, long-term thinking.",
            ["finance"],
            ["tech"],
        ),
        (
            "en",
            "I built two-sided marketplaces with search, messaging and escrow payments.",
            "Need a dealmaker who knows how to price and sell a family business.",
            "Trust, confidentiality, patience.",
            ["tech"],
            ["finance"],
        ),
    ),
    # ------------------------------------------------------------------
    # Mixed-language (franglais) profiles.
    # ------------------------------------------------------------------
    _pair(
        43,
        "B2B SaaS growth",
        (
            "mixed",
            "Growth marketer, je fais du cold emailing, de l'A/B testing et du SEO pour des "
            "startups SaaS B2B.",
            "Je cherche un CTO capable de sortir une première version du produit web en "
            "quelques semaines.",
            "Move fast, transparence, ownership.",
            ["marketing"],
            ["tech"],
        ),
        (
            "en",
            "Full-stack dev; I prototype web products in two weeks with React and Node.",
            "Looking for someone to bring in our first users through outbound and search.",
            "Speed, openness, taking responsibility.",
            ["tech"],
            ["marketing"],
        ),
    ),
    _pair(
        44,
        "retail data",
        (
            "mixed",
            "Data engineer freelance, je build des pipelines dbt et Airflow pour des scale-ups.",
            "Je cherche un business co-founder avec un vrai réseau dans le retail.",
            "Ownership, qualité de la data, work-life balance.",
            ["tech"],
            ["sales"],
        ),
        (
            "fr",
            "Ancienne directrice de magasins dans une enseigne de prêt-à-porter, je connais "
            "les réseaux de distribution et leurs décideurs.",
            "Je cherche un spécialiste capable d'organiser et d'automatiser les flux "
            "d'informations d'une entreprise.",
            "Responsabilité, qualité, équilibre de vie.",
            ["sales"],
            ["tech"],
        ),
    ),
    _pair(
        45,
        "delivery app",
        (
            "mixed",
            "Product owner avec un background supply chain, je fais les roadmaps et le "
            "discovery avec les users.",
            "Looking for un dev mobile qui maîtrise Flutter.",
            "Customer first, humilité, itérer vite.",
            ["product"],
            ["tech"],
        ),
        (
            "mixed",
            "Dev Flutter, j'ai shippé des apps cross-platform pour des livreurs.",
            "Je cherche quelqu'un côté produit qui connaît les entrepôts et le transport.",
            "User first, humilité, ship early.",
            ["tech"],
            ["product"],
        ),
    ),
    _pair(
        46,
        "medtech IP",
        (
            "mixed",
            "Juriste en propriété intellectuelle, je gère les dépôts de brevets et de "
            "trademarks en Europe.",
            "Looking for un ingénieur hardware pour un dispositif médical portable.",
            "Protéger l'innovation, rigueur, long terme.",
            ["legal"],
            ["tech"],
        ),
        (
            "en",
            "Biomedical engineer; I designed wearable sensors and took them through CE marking.",
            "Need someone who protects inventions and files for intellectual property.",
            "Rigour, long-term view, safeguarding ideas.",
            ["tech"],
            ["legal"],
        ),
    ),
]

#: The profiles of the set, in pair order (``pNNa`` then ``pNNb``).
PROFILES: list[dict[str, Any]] = [profile for pair in _PAIRS for profile in pair]


def by_id() -> dict[str, dict[str, Any]]:
    """Return the profiles keyed by id."""
    return {p["id"]: p for p in PROFILES}


def is_cross_lingual(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when one profile is written in French and the other in English."""
    return {a["lang"], b["lang"]} == {"fr", "en"}


def pairs() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Return each true pair once, as ``(a, b)``."""
    index = by_id()
    return [(p, index[p["partner"]]) for p in PROFILES if p["id"] < p["partner"]]
