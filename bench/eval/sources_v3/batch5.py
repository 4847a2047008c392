"""Pairs 65-80 of complementary_v3."""

from people import pair, person

PAIRS = [
    # 65 ---------------------------------------------------------------- trap: timezone
    pair(
        65,
        "en",
        "mining",
        "A has a lab-proven way to pull cobalt and nickel out of old mine waste and needs "
        "someone who can get mine operators to open their waste sites and sign; B ran "
        "environmental liabilities at copper mines and wants a chemistry that turns them into "
        "revenue.",
        a=person(
            "Priya Raghunathan",
            """Hydrometallurgist, PhD from McGill, nine years at a research centre working on
            leaching. My process recovers cobalt and nickel from sulphide tailings at room
            temperature with a bioleach step, and we have run 400 kg batches in our pilot
            column with 71% recovery. Two patents filed, one granted in Canada. I can design
            the plant, cost it and defend the numbers in front of any technical committee.""",
            """I have never sold anything to a mine. I need a partner who has spent years on
            operating sites, knows the people who decide what happens to the old ponds and
            dumps, and can get a general manager to let us sample, then sign a pilot. Someone
            who understands how a mine plans for the day it shuts, and the government people
            who watch over that, would save me years of mistakes.""",
            """Slow and careful. A spill at a pilot would end us and hurt people; I would
            rather take two more years than cut a corner on water treatment.""",
            headline="Recovering battery metals from mine waste",
            ro=["tech"],
            rs=["sales", "domain"],
            tz=-5,
            langs=["en"],
            stage="prototype",
            loc="Montreal",
        ),
        b=person(
            "Colm Devereux",
            """Fifteen years as environmental superintendent and then closure manager at
            copper and zinc operations in Chile, Peru and northern Quebec. I negotiated
            reclamation bonds with three provincial and national regulators and I still have
            the phone numbers of most site GMs in the Americas. I know how a mine budgets for
            its legacy liabilities and who has to say yes.""",
            """Every site I worked at sat on millions of tonnes of waste that costs money
            forever. I want to team up with a scientist whose chemistry can actually get value
            out of that material beyond the lab bench, and who can engineer and price the
            treatment circuit while I handle the owners and the permits.""",
            """Water first. I left my last job because the company treated closure as a PR
            exercise.""",
            headline="Ex mine-closure manager, looking for the right recovery technology",
            ro=["domain", "sales"],
            rs=["tech"],
            tz=-4,
            langs=["en", "es"],
            loc="Santiago",
        ),
        twin=person(
            "Brent Kowalczyk",
            """Former business development lead for a mid-tier gold and copper miner, twelve
            years. I have sat across from site GMs, closure teams and regulators on three
            continents, negotiated access to old waste dumps and reclamation liabilities,
            and I know how a mine values the material it would rather forget.""",
            """I want to buy up royalties and waste rights on closed mines and flip them to
            bigger players. I need a co-founder who can raise a first fund of 30M, talk to
            family offices and structure the deals with investors; the technical side we
            will buy from consultants.""",
            """Speed. The window on cheap royalties closes in two years; we move now or
            never.""",
            headline="Mining dealmaker, building a royalty vehicle",
            ro=["sales", "domain"],
            rs=["finance"],
            tz=-7,
            langs=["en"],
            loc="Denver",
        ),
        twin2=person(
            "Marisol Tapia",
            """Permitting and community-relations lead at a lithium project for eight years,
            before that at a copper mine in its closure phase. I know mine managers,
            indigenous councils and the environmental agency well, and how tailings
            liabilities are negotiated.""",
            """A marketer who can build our brand with ESG investors and run our campaigns
            on social media.""",
            headline="Mining permits and communities",
            ro=["domain"],
            rs=["marketing"],
            tz=-3,
            langs=["es", "en"],
            loc="Antofagasta",
        ),
        one=person(
            "Harald Voss",
            """Co-founder of a battery recycling start-up in Ontario. We collect 2,000 tonnes
            a year of spent EV packs through contracts with three dealers' networks and shred
            them into black mass.""",
            """We need a leaching chemist who can design a room-temperature process to
            recover cobalt and nickel from our black mass, who has run pilot columns of
            hundreds of kilos, holds patents and can cost a plant and defend the numbers
            to our investors' technical advisers. Careful about water treatment, please:
            our permit depends on it.""",
            """Circular by design, practical about costs.""",
            headline="Battery recycler needs a process chemist",
            ro=["operations"],
            rs=["tech"],
            tz=-5,
            langs=["en", "de"],
            loc="Toronto",
        ),
        trap=person(
            "Liam Thornbury",
            """Twenty years in mine operations and closure across Western Australia: I know
            who owns every tailings facility worth reprocessing and how to get access and
            permits.""",
            """A metallurgist with a pilot-proven bioleach route for base metals in old
            sulphide waste, who can own the plant design.""",
            """Safety and water stewardship above all.""",
            headline="Mine closure veteran seeking reprocessing tech",
            ro=["domain", "sales"],
            rs=["tech"],
            tz=8,
            langs=["en"],
            loc="Perth",
        ),
    ),
    # 66 ---------------------------------------------------------------- trap: language
    pair(
        66,
        "cross",
        "aviation-maintenance",
        "A is a licensed aircraft mechanic drowning in paper work cards who needs someone to "
        "build software that works in a hangar without network; B built offline field apps "
        "and wants a certifying technician who knows the rules.",
        a=person(
            "Sandrine Levasseur",
            """Mécanicienne aéro licence B1, quatorze ans sur ATR 72 et Dash 8 chez un atelier
            de maintenance à Toulouse. Je signe les remises en service et je connais la
            Part-145 par cœur, y compris ce que les auditeurs de la DSAC regardent.""",
            """Chez nous tout se fait encore sur papier : les cartes de travail se perdent,
            les tampons manquent, on ressaisit tout le soir. Il me faut quelqu'un qui sache
            fabriquer un logiciel qui marche sur tablette au fond du hangar, même quand le
            wifi ne passe pas, et qui se synchronise proprement ensuite.""",
            """La sécurité avant le délai, toujours. Je veux un associé qui comprend qu'on
            ne bâcle pas une signature.""",
            tz=1,
            langs=["fr"],
            stage="idea",
            loc="Toulouse",
        ),
        b=person(
            "Pawel Zielinski",
            """Software engineer, eight years building offline-first mobile apps for field
            crews: gas-meter inspections, railway track checks. Local database on the device,
            conflict-free sync when the crew is back in range, signatures and photo evidence
            with audit trails. I lived in Lille for four years, my French is fine.""",
            """I'd like to work with someone certified to release aircraft to service after
            repairs, who does it every week: who knows what an inspector expects from a
            work record, how a repair shop is organised and which shops would try us
            first.""",
            """Boring, reliable tools. No dark patterns, no surveillance of workers.""",
            tz=0,
            langs=["en", "fr", "pl"],
            loc="Dublin",
        ),
        twin=person(
            "Jasper Hollinghurst",
            """Mobile developer, nine years, specialised in offline-capable apps for people who
            work far from any signal: construction sites, tunnels, wind farms. Local
            storage, background sync, signatures and photo evidence with an audit trail.
            I built the inspection app of a large UK contractor, used by 2,000 workers.""",
            """I need a salesperson who knows the big building contractors and can take our
            site-inspection app to them, and ideally someone who can raise a seed round
            fast.""",
            """Grow fast, sell hard, sort the details later.""",
            tz=0,
            langs=["en", "fr"],
            loc="Manchester",
        ),
        one=person(
            "Hervé Castagnet",
            """Je dirige une école de formation aux métiers de la maintenance aéronautique :
            deux hangars pédagogiques, un vieux Falcon 20 et 120 élèves par an.""",
            """Je cherche une mécanicienne ou un mécanicien licencié B1, avec une vraie
            expérience sur avions de ligne régionaux, pour construire et animer notre
            nouvelle filière.""",
            tz=1,
            langs=["fr"],
            loc="Blagnac",
        ),
        trap=person(
            "Ryan Calloway",
            """Developer who built a digital task-card system for a helicopter operator: it
            runs on rugged tablets offline and syncs with their maintenance system.""",
            """A licensed aircraft engineer who certifies work on regional turboprops and
            can open the doors of maintenance organisations.""",
            """Safety culture, honest estimates.""",
            tz=0,
            langs=["en"],
            loc="Aberdeen",
        ),
    ),
    # 67 ---------------------------------------------------------------- trap: consent
    pair(
        67,
        "fr",
        "birth-centre",
        "A is a midwife who wants to open a birth centre and needs someone to fund it and run "
        "the numbers; B was a clinic finance director who wants a midwife to lead the care.",
        a=person(
            "Nadia Belkacem",
            "Sage-femme libérale, 12 ans, 300 accouchements, suivi global des grossesses.",
            "Qqn qui sache trouver l'argent, tenir les comptes et parler aux banques et à l'ARS.",
            "Naître sans stress, pas de rentabilité sur le dos des femmes.",
            rs=["finance"],
            tz=1,
            langs=["fr"],
            loc="Nantes",
        ),
        b=person(
            "Julien Morvan",
            "Ex-DAF de clinique : budgets, prêts, dossiers d'autorisation, subventions.",
            "Une pro de l'accouchement pour diriger l'équipe soignante d'une maison de naissance.",
            "Santé publique, salaires corrects.",
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        twin=person(
            "Arnaud Delcourt",
            "Directeur financier d'un groupe de cliniques, budgets, banques, autorisations.",
            "Un CTO pour une appli de téléconsultation, lancement national en 6 mois.",
            "Croissance, scale, exit.",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        one=person(
            "Gaëlle Tessier",
            "Kiné, je fais de la rééducation du périnée, cabinet de 3 praticiennes.",
            "Une sage-femme pour monter avec moi des cours de préparation à la naissance.",
            tz=1,
            langs=["fr"],
            loc="Angers",
        ),
        trap=person(
            "Sophie Lerat",
            "Contrôleuse de gestion hospitalière 9 ans : budgets, banques, dossiers de l'ARS.",
            "Une sage-femme expérimentée pour porter le projet médical d'une maison de naissance.",
            "Qualité des soins avant tout.",
            tz=1,
            langs=["fr"],
            loc="Nantes",
            consent=False,
        ),
    ),
    # 68 ---------------------------------------------------------------- trap: visibility
    pair(
        68,
        "en",
        "veterinary",
        "A is a vet who wants a chain of affordable spay-and-neuter clinics and needs someone "
        "who has opened and run many sites; B opened dozens of gym sites and wants a clinical "
        "lead for a mission-driven chain.",
        a=person(
            "Dr. Hannah Okonkwo",
            """Small-animal vet, eleven years, the last four as clinical director of a charity
            hospital in Birmingham. I've done more than 9,000 neuters and I've trained
            fourteen young vets in fast, safe surgical routines. I have written the clinical
            protocols, the anaesthesia checklists and the drug formularies that would let a
            new clinic run the same way from day one.""",
            """What I can't do is the machine around the surgery. I need someone who has
            already rolled out many locations: finding and fitting premises, hiring and rota
            planning across branches, suppliers, the booking flow, the unit economics per room.
            I want a partner who thinks in playbooks and dashboards and will make site
            number ten as good as site number one.""",
            """Affordable care for pets whose owners are broke. No upselling, no
            corporate-group games with prices.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            stage="idea",
            loc="Birmingham",
        ),
        b=person(
            "Marcus Feld",
            """Operations director who opened 38 budget gym sites in six years: property
            search, fit-out contractors, staffing models, central purchasing, KPIs per site,
            the opening checklist. I know how to make a low-price model profitable by
            running it very tightly.""",
            """I want to apply that to something that matters more than treadmills. I'm
            looking for a vet who has led medical teams in practice, who can set
            standards of care, recruit and train vets and nurses, and be the face that
            owners trust.""",
            """Low prices, decent margins, staff treated well. Mission before exit.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        twin=person(
            "Giles Atherton",
            """Ex-regional operations director at a private-equity-backed vet group: I opened
            and integrated 30 practices in four years, with property, fit-out, staffing
            models, central procurement and a dashboard of numbers per clinic. I know how
            to make many sites run the same way.""",
            """A partner who brings capital or private-equity contacts so we can buy up
            independent practices and consolidate them; sale to a bigger group in five
            years.""",
            """Returns for investors. Premium pricing where the market allows it.""",
            ro=["operations"],
            rs=["finance"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        one=person(
            "Elena Marchetti",
            """Founder of a pet insurance start-up: licence in place, 12,000 policyholders,
            a distribution deal with a pet food brand.""",
            """A practising small-animal vet who has run a busy hospital, written clinical
            protocols and trained young vets, to set our claims rules, review treatments,
            tell us what a fair price for a neuter or a fracture is, and build a panel of
            clinics we trust.""",
            """Fair claims, fast payouts.""",
            ro=["finance"],
            rs=["domain"],
            tz=1,
            langs=["en", "it"],
            loc="Milan",
        ),
        trap=person(
            "Nicola Briggs",
            """I ran the roll-out of 25 urgent-care clinics: leases, fit-out, hiring, rotas,
            purchasing and weekly site numbers.""",
            """A vet who leads clinical quality and trains teams, for a chain of affordable
            neutering clinics.""",
            """Accessible care, tight operations.""",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Bristol",
            vis="private",
        ),
    ),
    # 69 ---------------------------------------------------------------- trap: commitment
    pair(
        69,
        "cross",
        "architecture",
        "A is a mass-timber structural engineer who needs an architect able to win and "
        "design public buildings; B is an architect designing schools who needs someone to "
        "size and certify long timber spans.",
        a=person(
            "Owen Gallagher",
            """Structural engineer, chartered, ten years on cross-laminated timber and glulam.
            I did the calculations for a nine-storey timber residential block and I know the
            fire and acoustic testing needed to get panels approved. I can size and sign off
            spans of 20 metres and connections that inspectors accept.""",
            """I'd like a partner who draws the buildings: someone who wins competitions for
            public clients, handles the brief with a town council and makes a school or a
            library people love. I only do the bones.""",
            """Build with low-carbon materials or don't build.""",
            tz=-5,
            langs=["en", "fr"],
            loc="Montreal",
        ),
        b=person(
            "Élodie Charbonneau",
            """Architecte, j'ai livré quatre écoles primaires et une médiathèque pour des
            municipalités du Québec. Je gagne des concours, je mène la concertation avec les
            élus et les enseignants, je dessine des espaces lumineux.""",
            """Je veux passer au bois massif, mais il me manque une personne qui sache
            calculer et garantir de grandes portées en panneaux de bois, et faire accepter
            les assemblages et la tenue au feu par les contrôleurs.""",
            """Le bois local, la lumière, et des bâtiments publics qui durent cent ans.""",
            ro=["design"],
            tz=-5,
            langs=["fr", "en"],
            loc="Québec",
        ),
        twin=person(
            "Benoît Lachapelle",
            """Architecte, quinze ans de bâtiments publics : écoles, centres sportifs,
            bibliothèques de quartier. Je gagne des concours, je sais travailler avec les
            élus et les comités d'usagers, et je dessine beaucoup en bois.""",
            """Un promoteur ou un investisseur pour financer et porter des projets de
            logements en copropriété que je concevrais, avec une vraie marge.""",
            """Des projets rentables d'abord.""",
            ro=["design"],
            tz=-5,
            langs=["fr"],
            loc="Laval",
        ),
        one=person(
            "Greta Lindqvist",
            """I run a sawmill and a CLT press in northern Ontario, 30,000 m3 a year, FSC
            certified.""",
            """A chartered structural engineer with real cross-laminated timber experience,
            who can calculate and certify our panels for long spans, design connections
            inspectors accept, and get the fire and acoustic tests done so architects can
            specify us.""",
            tz=-5,
            langs=["en", "sv"],
            loc="Thunder Bay",
        ),
        trap=person(
            "Mathilde Gervais",
            """Architecte de bâtiments publics, lauréate de six concours, habituée à
            travailler avec les municipalités.""",
            """Un ingénieur en structure bois massif pour calculer et faire valider de
            grandes portées.""",
            """Durabilité, sobriété carbone.""",
            ro=["design"],
            c="side-project",
            tz=-5,
            langs=["fr", "en"],
            loc="Sherbrooke",
        ),
    ),
    # 70 ---------------------------------------------------------------- trap: timezone
    pair(
        70,
        "fr",
        "podcasting",
        "A is an investigative journalist with a paid investigative podcast idea who needs "
        "someone who knows how to make listeners pay and stay; B ran subscriptions at a "
        "regional daily and wants strong editorial content.",
        a=person(
            "Karim Benhamou",
            """Journaliste d'enquête depuis quinze ans, j'ai sorti deux affaires de marchés
            publics truqués. Je sais enquêter, écrire, raconter au micro, et j'ai un réseau de
            sources et de pigistes dans tout le Sud-Ouest.""",
            """Je veux faire un podcast d'enquête financé par ses auditeurs, sans pub. Mais
            je ne sais pas comment on fait payer les gens, à quel prix, ni comment on les
            garde d'une saison à l'autre. Il me faut quelqu'un qui a déjà fait grandir une
            base de payants.""",
            tz=1,
            langs=["fr"],
            loc="Bordeaux",
        ),
        b=person(
            "Claire Vasseur",
            "J'ai fait passer un quotidien régional de 8 000 à 41 000 abonnés numériques.",
            "Une plume, une voix, qqn qui sait fouiller, des histoires qui donnent envie de payer.",
            """Informer sans pub ni clics faciles.""",
            tz=1,
            langs=["fr"],
            loc="Lille",
        ),
        twin=person(
            "Maxime Fournel",
            """Growth marketer, j'ai mené la stratégie d'abonnement d'une appli de méditation
            (prix, essais gratuits, rétention).""",
            """Un développeur mobile pour lancer ma propre appli de livres audio.""",
            """Scaler vite, lever en série A.""",
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        one=person(
            "Lucie Aubertin",
            """Je gère un studio d'enregistrement à Toulouse, trois cabines, un ingé son.""",
            """Un journaliste d'enquête qui sait écrire et raconter, pour lancer une série
            produite par le studio.""",
            tz=1,
            langs=["fr"],
            loc="Toulouse",
        ),
        trap=person(
            "Anne-Laure Pidjot",
            """J'ai dirigé les abonnements d'un hebdo : tarifs, essais, fidélisation, +30 000
            payants en quatre ans.""",
            """Un ou une journaliste d'enquête avec une voix, pour un média audio financé par
            ses auditeurs.""",
            tz=11,
            langs=["fr"],
            loc="Nouméa",
        ),
    ),
    # 71 ---------------------------------------------------------------- trap: language
    pair(
        71,
        "en",
        "hr-tech-factories",
        "A is a plant HR manager who knows the pain of shift planning and absenteeism and "
        "needs someone to build the tool; B builds scheduling software and wants someone who "
        "has managed people on a factory floor.",
        a=person(
            "Denise Whitaker",
            """HR manager at an automotive parts plant, 1,100 workers on three shifts. I
            know why people call in sick on Mondays, how union agreements limit shift
            swaps, and what a supervisor does at 5:40 am when a line is short.""",
            """Someone who can write the software: an app where workers swap shifts
            themselves within the rules, and supervisors see the gaps before the shift
            starts.""",
            ro=["domain", "operations"],
            rs=["tech"],
            tz=-5,
            langs=["en"],
            loc="Windsor, Ontario",
        ),
        b=person(
            "Rafael Montalvo",
            "Built the rostering engine of a hospital staffing platform (solver, labour rules, nurse app).",
            "A partner who has run people on a production floor and knows the union side.",
            ro=["tech", "product"],
            rs=["domain"],
            tz=-6,
            langs=["en", "es"],
            loc="Chicago",
        ),
        twin=person(
            "Aditya Menon",
            """Engineer who built a constraint-based rostering tool for airport ground crews;
            solver, rules engine, mobile app.""",
            """A salesperson with a network of hospital procurement managers to sell my tool
            to health systems.""",
            ro=["tech", "product"],
            rs=["sales"],
            tz=-5,
            langs=["en", "ml"],
            loc="Boston",
        ),
        one=person(
            "Gary Lindstrom",
            """Owner of a temp staffing agency for manufacturing, 600 workers placed each
            week.""",
            """An experienced plant HR manager who understands shifts and unions to help us
            design our client service.""",
            ro=["sales"],
            rs=["domain"],
            tz=-5,
            langs=["en"],
            loc="Detroit",
        ),
        trap=person(
            "Jürgen Hoffmann",
            """Softwareentwickler, ich habe eine Schichtplanungs-App für Krankenhäuser gebaut
            (Regeln, Tauschbörse, mobile App).""",
            """Eine Personalleiterin oder einen Personalleiter aus der Fertigung, die den
            Schichtbetrieb und die Gewerkschaften kennen.""",
            ro=["tech"],
            rs=["domain"],
            tz=-5,
            langs=["de"],
            loc="Toronto",
        ),
    ),
    # 72 ---------------------------------------------------------------- trap: consent
    pair(
        72,
        "cross",
        "water-utilities",
        "A ran a municipal water utility and knows how utilities lose water and buy; B models "
        "sensor time series and wants someone who knows utilities from the inside.",
        a=person(
            "Véronique Aubry",
            """J'ai dirigé pendant onze ans la régie des eaux d'une agglomération de 180 000
            habitants. Je connais le fonctionnement des réseaux, les rendements, les
            contraintes des élus et surtout la façon dont une collectivité achète : marchés
            publics, délais, qui signe quoi. J'ai gardé de bons contacts avec une trentaine
            de directeurs de régies et de syndicats d'eau.""",
            """Nous perdions un litre sur cinq dans le sol, et les capteurs de pression déjà
            installés ne servaient à rien parce que personne ne savait lire leurs courbes.
            Je cherche une personne capable de tirer de ces mesures une alerte fiable, qui
            dise où chercher la fuite avant qu'elle n'inonde une rue. Il faut quelqu'un qui
            sache bâtir des modèles qui tiennent en production, pas une démo.""",
            """Le service public de l'eau n'est pas un marché comme un autre : pas de
            promesses qu'on ne tient pas aux élus, prix justes, données qui restent à la
            collectivité.""",
            headline="Ex-directrice de régie des eaux",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Clermont-Ferrand",
        ),
        b=person(
            "Henrik Aalto",
            """Data scientist, PhD in hydraulic modelling. Six years building anomaly
            detection on sensor time series, first for district heating networks, then for
            a Finnish utility where our models located burst pipes within 200 metres. I
            handle the pipeline end to end: ingestion from SCADA, models, alerting, and
            monitoring the models once they are live.""",
            """I'm technically strong but I don't know how French or Belgian utilities
            work, who decides, or how public tenders are won. I'm looking for someone who
            has run a water service, can tell me which problems hurt the most and can
            open doors to the people who run networks.""",
            """Public infrastructure deserves public-grade reliability. I'd keep the data
            owned by the utilities.""",
            tz=2,
            langs=["en", "fr", "fi"],
            loc="Helsinki",
        ),
        twin=person(
            "Olivia Brandt",
            """Machine learning engineer, seven years. I build anomaly detection on IoT time
            series for oil and gas pipelines: pressure and flow sensors, SCADA
            ingestion, leak alerts that field crews actually trust. Models in production
            for three years, with monitoring and retraining.""",
            """A hardware engineer who can design cheap acoustic sensors we would sell to
            utilities and industrial sites, so we own the whole stack from device to
            dashboard.""",
            """Venture scale or nothing: we aim for a big round next year.""",
            tz=1,
            langs=["en", "de"],
            loc="Hamburg",
        ),
        twin2=person(
            "Thibault Renaudin",
            """Data scientist, je construis des modèles de détection d'anomalies sur des
            séries temporelles de compteurs électriques depuis cinq ans.""",
            """Un associé commercial pour vendre une solution de suivi énergétique aux
            bailleurs sociaux.""",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        one=person(
            "Frédéric Gaudin",
            """Directeur commercial d'un fabricant de canalisations en fonte, gamme complète,
            usine en Lorraine.""",
            """Une ancienne ou un ancien directeur de régie des eaux, qui connaisse les
            réseaux, les rendements et la façon dont les collectivités passent leurs
            marchés, avec un carnet d'adresses chez les élus et les syndicats d'eau, pour
            ouvrir les portes à nos canalisations.""",
            tz=1,
            langs=["fr"],
            loc="Nancy",
        ),
        trap=person(
            "Siobhan McArdle",
            """Data scientist who built leak-detection models on pressure and flow data for
            two Irish water utilities; everything is in production.""",
            """A former head of a water utility who knows how networks are run and how
            public water services buy.""",
            """Public money, public data.""",
            tz=0,
            langs=["en", "fr"],
            loc="Galway",
            consent=False,
        ),
    ),
    # 73 ---------------------------------------------------------------- trap: visibility
    pair(
        73,
        "mixed",
        "second-hand-electronics",
        "A runs a phone and laptop refurbishing workshop and needs someone to bring in "
        "corporate fleets and online buyers; B sells B2B and online and wants a partner who "
        "can refurbish at volume.",
        a=person(
            "Yannick Mbeki",
            "Atelier de reconditionnement à Bruxelles, 6 techniciens et 900 appareils par mois pour les pros.",
            "need someone to bring volume: companies renewing their laptops + an online shop that sells",
            "pas de greenwashing, réparer > recycler",
            ro=["operations"],
            rs=["sales", "marketing"],
            tz=1,
            langs=["fr", "en", "nl"],
            loc="Bruxelles",
        ),
        b=person(
            "Charlotte De Wilde",
            "Ex key account at a laptop lessor, I know the IT buyers. Ran a Shopify store to 1.2M.",
            "A partner who can test, repair and regrade devices at scale, with warranty.",
            """Circular economy, but profitable.""",
            ro=["sales", "marketing"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr", "nl"],
            loc="Gent",
        ),
        twin=person(
            "Bastien Leclercq",
            """Key account manager for an IT reseller, I sell laptop fleets to large
            companies and I've built two webshops.""",
            """A co-founder with money to buy stock in bulk from liquidators.""",
            """Buy low, sell high.""",
            ro=["sales", "marketing"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
            loc="Liège",
        ),
        one=person(
            "Pieter Van Damme",
            """Facilities manager at an insurer; we have 4,000 old laptops in a
            basement.""",
            """Someone with a refurbishing workshop who can take, wipe and regrade our old
            devices every quarter.""",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["en", "nl", "fr"],
            loc="Antwerpen",
        ),
        trap=person(
            "Manon Petitjean",
            """J'ai vendu des flottes d'ordinateurs aux DSI pendant dix ans et lancé une
            boutique en ligne de high-tech.""",
            """Un atelier capable de tester, réparer et regrader des appareils en volume.""",
            ro=["sales", "marketing"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Namur",
            vis="private",
        ),
    ),
    # 74 ---------------------------------------------------------------- trap: commitment
    pair(
        74,
        "en",
        "cosmetics",
        "A formulates mineral sunscreens on the side and needs someone to get them legally "
        "on shelves; B is a cosmetics regulatory specialist who wants a formulator with "
        "products.",
        a=person(
            "Freya Lund",
            "cosmetic chemist, 4 mineral sunscreens (SPF 30/50), stability tested",
            "someone who knows the EU paperwork to put a product on sale legally",
            c="side-project",
            tz=1,
            langs=["en", "da"],
            loc="Copenhagen",
        ),
        b=person(
            "Imogen Price",
            "Regulatory affairs for cosmetics: safety assessments, product files, notification, labels.",
            "A formulator with finished products I can help bring to market. Evenings only.",
            c="side-project",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin=person(
            "Chloe Baptiste",
            "Cosmetics compliance consultant: safety reports, labelling, EU notifications.",
            "A marketer to grow my consultancy's client base on Instagram.",
            "Volume over craft.",
            c="side-project",
            tz=0,
            langs=["en"],
            loc="Brighton",
        ),
        one=person(
            "Sven Aukes",
            "Compostable packaging start-up, paper tubes and tins.",
            "A chemist who makes mineral sunscreens, to launch a range in our packaging.",
            c="part-time",
            tz=1,
            langs=["en", "nl"],
            loc="Utrecht",
        ),
        trap=person(
            "Rosalind Achebe",
            "EU cosmetics regulatory expert: safety files, notifications, claims.",
            "A formulator with stable mineral sunscreens ready to launch.",
            c="full-time",
            tz=0,
            langs=["en"],
            loc="Cambridge",
        ),
    ),
    # 75 ---------------------------------------------------------------- trap: timezone
    pair(
        75,
        "cross",
        "perfumery",
        "A is a perfumer who composes for niche brands and needs a grower-distiller of rare "
        "flowers to build a fragrance house on real raw materials; B grows and distils "
        "flowers near Grasse and wants a perfumer to make her own fragrances.",
        a=person(
            "Harriet Lowndes",
            "Perfumer, trained in Versailles, 9 yrs composing for niche brands in London.",
            "Someone who grows the flowers and extracts them, so every bottle starts in a field.",
            "Slow perfume, honest labels.",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        b=person(
            "Marion Guillaumet",
            """Productrice de fleurs à parfum près de Grasse, quatrième génération : trois
            hectares de rose centifolia, de jasmin et de tubéreuse, cueillis à la main, et
            un petit atelier de distillation et d'extraction. Je vends mes absolues aux
            grandes maisons, qui ne citent jamais mon nom.""",
            """Je veux que mes fleurs deviennent mes propres parfums. Il me faut un nez,
            quelqu'un qui compose, qui sait doser et construire une fragrance autour de ce
            que je récolte, et qui connaît le monde des petites marques indépendantes.""",
            """Le parfum comme un paysage, pas comme un produit.""",
            tz=1,
            langs=["fr", "en"],
            loc="Grasse",
        ),
        twin=person(
            "Gaspard Roux",
            """Flower farmer near Grasse, third generation: 4 hectares of centifolia rose,
            jasmine and tuberose picked by hand, and a small distillery and extraction
            workshop. I sell absolutes to the big fragrance houses and they never say
            where they come from.""",
            """An investor partner to buy the neighbouring fields and build a bigger
            extraction plant.""",
            """Grow fast while the land is for sale.""",
            tz=1,
            langs=["fr", "en"],
            loc="Grasse",
        ),
        one=person(
            "Jack Penrose",
            """Founder of a candle and home-scent brand, sold in 200 UK shops.""",
            """A perfumer who composes for niche brands, to create our signature
            fragrances.""",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        trap=person(
            "Hinano Teriierooiterai",
            """Je cultive le tiaré et le santal à Tahiti et je distille moi-même mes
            essences.""",
            """Un parfumeur qui compose des fragrances de niche autour de mes fleurs.""",
            tz=-10,
            langs=["fr", "en"],
            loc="Papeete",
        ),
    ),
    # 76 ---------------------------------------------------------------- trap: language
    pair(
        76,
        "fr",
        "cybersecurity-smb",
        "A is a security auditor who needs someone who sells to small firms; B has sold IT "
        "services to small firms for years and wants a credible technical expert.",
        a=person(
            "Loïc Ferrand",
            "pentest + audit sécu, 9 ans dont 4 en cabinet certifié PASSI",
            "qqn qui sait vendre aux PME, moi je sais pas",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        b=person(
            "Sabrina Koller",
            "12 ans commerciale services info pour PME, réseau d'experts-comptables",
            "Un expert technique crédible pour rassurer les patrons et faire les audits",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Strasbourg",
        ),
        twin=person(
            "Guillaume Ardouin",
            "Commercial B2B, 10 ans à vendre de l'informatique aux TPE/PME",
            "Un dev pour coder un logiciel de facturation SaaS",
            "Go big or go home",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        one=person(
            "Patricia Lemoine",
            "Organisme de formation continue, financements OPCO, 20 salles",
            "Un auditeur sécurité expérimenté pour créer et donner nos formations",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Lille",
        ),
        trap=person(
            "Ben Harrington",
            "Sold managed IT and security services to small businesses for 11 years.",
            "A hands-on pentester and auditor who can deliver what I sell.",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["en"],
            loc="Brussels",
        ),
    ),
    # 77 ---------------------------------------------------------------- trap: consent
    pair(
        77,
        "en",
        "real-estate-co-ownership",
        "A is a condominium lawyer who wants a tool for self-managed buildings and needs a "
        "product designer; B lived through a broken owners' board and wants a legal expert.",
        a=person(
            "Margaret Ng",
            """Property lawyer, 14 years on condominium and strata disputes: bylaws,
            special levies, AGMs gone wrong. I know every place where small self-managed
            buildings get into legal trouble.""",
            """A person who can turn that knowledge into something neighbours actually use:
            someone who designs screens and flows, talks to owners, and shapes the thing
            step by step.""",
            ro=["legal"],
            rs=["product", "design"],
            tz=-8,
            langs=["en", "zh"],
            loc="Vancouver",
        ),
        b=person(
            "Tobias Reinholt",
            """Product designer, 9 years; led design of a tenant app used in 40,000 homes.
            User research, prototyping, design systems.""",
            """I sat on the board of my 12-unit building during a two-year fight over a roof
            repair. I want to build for little condos with someone from the legal side who
            knows the law of shared ownership inside out.""",
            ro=["design", "product"],
            tz=-8,
            langs=["en", "de"],
            loc="Seattle",
        ),
        twin=person(
            "Amara Oduya",
            """Product designer, eight years, ex-proptech: user research, prototyping and
            design systems for rental platforms and a tenant-landlord messaging app used
            in 25,000 homes.""",
            """A growth marketer to launch a landlord app and buy ads at scale.""",
            """Growth above everything.""",
            ro=["design", "product"],
            rs=["marketing"],
            tz=-7,
            langs=["en"],
            loc="Calgary",
        ),
        twin2=person(
            "Leo Fairbanks",
            """UX designer and product manager; shaped a community app for co-housing
            groups.""",
            """A developer who can code the whole app, backend and mobile.""",
            ro=["design", "product"],
            rs=["tech"],
            tz=-8,
            langs=["en"],
            loc="Portland",
        ),
        one=person(
            "Dana Ellsworth",
            """I run a property management firm with 220 buildings under contract.""",
            """A condominium lawyer to advise our boards and draft bylaws.""",
            ro=["operations"],
            rs=["legal"],
            tz=-8,
            langs=["en"],
            loc="Victoria",
        ),
        trap=person(
            "Ines Carvalho",
            """Product designer who has shipped apps for housing co-ops and owners'
            associations.""",
            """A strata or condo lawyer to build a tool for small self-managed buildings.""",
            ro=["design", "product"],
            rs=["legal"],
            tz=-8,
            langs=["en", "pt"],
            loc="Vancouver",
            consent=False,
        ),
    ),
    # 78 ---------------------------------------------------------------- trap: visibility
    pair(
        78,
        "cross",
        "microfinance",
        "A is a field credit officer who knows how small borrowers repay and needs someone "
        "who can build scoring from phone payment histories; B is a risk modeller who wants "
        "real field lending experience.",
        a=person(
            "Aminata Diallo",
            """Douze ans dans la microfinance à Dakar et Thiès, d'abord agente de crédit
            puis responsable d'agence. J'ai suivi plus de 3 000 emprunteuses, surtout des
            commerçantes de marché, en prêts de groupe. Je sais pourquoi une cliente
            rembourse ou non, comment parler à un groupement et comment on recouvre sans
            humilier personne. J'ai aussi la confiance de plusieurs directeurs
            d'institutions.""",
            """Nos dossiers sont lents et on refuse des femmes sérieuses faute de garanties.
            Pourtant elles paient tout par téléphone depuis des années. Je cherche une
            personne capable de transformer ces historiques de paiement en décision de
            prêt fiable, et de construire l'outil qui va avec, en respectant les données des
            clientes.""",
            """Pas de surendettement. Des taux justes. Les clientes ne sont pas des
            chiffres.""",
            tz=0,
            langs=["fr", "wo", "en"],
            loc="Dakar",
        ),
        b=person(
            "Wanjiru Kamau",
            """Credit risk modeller, eight years: first at a Kenyan bank, then at a mobile
            lending start-up where I built the models on airtime and mobile-money data for
            1.5 million borrowers. I also built the decision engine and the monitoring of
            defaults by cohort.""",
            """Digital lenders here made a mess by lending blindly to people they never met.
            I want to work with someone who has done group lending in the field, who knows
            why borrowers repay and can bring us into partnership with established
            lenders, ideally in francophone West Africa.""",
            """Responsible lending, fair pricing, and explainable decisions.""",
            tz=3,
            langs=["en", "sw"],
            loc="Nairobi",
        ),
        twin=person(
            "Oluwaseun Adeyemi",
            """Risk modeller, seven years: credit scoring on mobile-money and airtime
            transactions for a Lagos fintech, 800,000 borrowers, plus the decision engine
            and default monitoring by cohort.""",
            """A co-founder with a lending licence or 5M to fund the loan book, so we can lend
            directly instead of through partners.""",
            """Scale fast; the market is huge.""",
            tz=1,
            langs=["en", "yo"],
            loc="Lagos",
        ),
        one=person(
            "Moussa Traoré",
            """Je dirige la branche services financiers d'un opérateur de mobile money,
            4 millions de comptes au Sénégal et au Mali.""",
            """Une experte du microcrédit de terrain, qui a suivi des milliers
            d'emprunteuses et connaît les prêts de groupe et le recouvrement respectueux,
            pour concevoir avec nous une offre de prêt aux commerçantes de marché et nous
            présenter aux institutions de microfinance.""",
            tz=0,
            langs=["fr", "en"],
            loc="Dakar",
        ),
        trap=person(
            "Grace Mwangi",
            """Credit scientist, scoring from mobile payment histories, decision engines in
            production.""",
            """A field lending expert from group microfinance who can open partnerships with
            institutions.""",
            tz=3,
            langs=["en", "fr"],
            loc="Kigali",
            vis="private",
        ),
    ),
    # 79 ---------------------------------------------------------------- trap: commitment
    pair(
        79,
        "mixed",
        "watersports-school",
        "A is a kitesurf instructor who wants her own school and needs someone to handle "
        "permits, insurance, bookings and accounts; B ran the office of a ski school and "
        "wants an instructor with a following.",
        a=person(
            "Rosalie Tremblay",
            "Monitrice de kitesurf, 8 saisons, 400 élèves par an me suivent. I teach in 3 langs.",
            "I need someone for the boring part: harbour-office papers, cover, bookings, accounts.",
            """La mer pour tout le monde, pas que pour les riches.""",
            tz=1,
            langs=["fr", "en"],
            loc="Brest",
        ),
        b=person(
            "Gabriel Oyelaran",
            "Ran a ski school office for 10 yrs: permits, insurance, booking system, payroll.",
            "An instructor with pupils and a name on the coast, full-time.",
            tz=1,
            langs=["en", "fr"],
            loc="Quimper",
        ),
        twin=person(
            "Nathalie Gosselin",
            """Gestionnaire d'une école de voile : autorisations, assurances, réservations,
            paie.""",
            """Un investisseur pour racheter une base nautique.""",
            """Des gros volumes, des groupes scolaires.""",
            tz=1,
            langs=["fr", "en"],
            loc="Lorient",
        ),
        one=person(
            "Victor Aubé",
            """I make kiteboards in a small workshop in Brittany.""",
            """A well-known kitesurf instructor to test and promote our boards.""",
            tz=1,
            langs=["en", "fr"],
            loc="Vannes",
        ),
        trap=person(
            "Stéphanie Bourque",
            """Je gère les autorisations, assurances et réservations d'un club de
            glisse.""",
            """Une monitrice de kite qui a déjà ses élèves.""",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
            loc="Brest",
        ),
    ),
    # 80 ---------------------------------------------------------------- trap: timezone
    pair(
        80,
        "cross",
        "satellite-data",
        "A processes radar satellite images to measure millimetre ground movement and needs "
        "someone who knows what bridge and dam owners must monitor; B inspects bridges and "
        "dams and wants a way to watch them between visits.",
        a=person(
            "Katarina Novak",
            """Remote sensing scientist. I run an InSAR pipeline that measures ground and
            structure displacement to a few millimetres from free Sentinel-1 radar images,
            across whole regions, every 6 days.""",
            """I don't know the world of the people who are responsible for bridges and
            dams. I need someone who inspects them, knows which movements are worrying, and
            can tell owners what our maps mean.""",
            """Science first, no overselling.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr", "sl"],
            loc="Munich",
        ),
        b=person(
            "Pierre-Yves Lemaire",
            "Géotechnicien, 15 ans d'inspection de ponts, barrages et murs pour les départements.",
            "Entre deux visites on ne voit rien. Je cherche qui suivra les ouvrages depuis l'espace.",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        twin=person(
            "Corentin Blanchard",
            """Ingénieur ouvrages d'art, inspection de ponts, expertise des pathologies du
            béton.""",
            """Un roboticien pour développer des drones d'inspection sous les tabliers.""",
            ro=["domain"],
            rs=["tech"],
            tz=1,
            langs=["fr"],
            loc="Grenoble",
        ),
        one=person(
            "Alistair Gordon",
            """Underwriter launching a parametric insurance product for infrastructure
            owners.""",
            """A radar remote sensing expert with a displacement pipeline to feed our
            triggers.""",
            ro=["finance"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        trap=person(
            "Teiva Lenoir",
            """Ingénieur géotechnicien, inspection de barrages et de ponts depuis douze
            ans.""",
            """Quelqu'un qui mesure les mouvements des ouvrages par satellite radar.""",
            ro=["domain"],
            rs=["tech"],
            tz=-10,
            langs=["fr", "en"],
            loc="Papeete",
        ),
    ),
]
