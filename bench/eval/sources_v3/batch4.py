"""Pairs 49-64 of complementary_v3."""

from people import pair, person

PAIRS = [
    # 49 --------------------------------------------------------------- trap: commitment
    pair(
        49,
        "en",
        "esports",
        "A is a retired pro player who coaches on the side and wants a coaching academy; B "
        "builds and runs gaming communities, also part-time, and wants a credible coach.",
        a=person(
            "Jordan 'Vex' Mbeki",
            """ex pro, played 4 seasons in the EU league for two orgs, retired at 24 (wrists
            lol). been coaching amateur teams on the side for 2 yrs, a few of my students
            went semi-pro. i know how to review demos, build a practice schedule, fix a
            team's comms, and i still know loads of players and team managers in the scene.
            problem is i'm terrible at anything that isnt the game itself, my discord has
            like 40 ppl in it and i forget to post for weeks""",
            """someone who knows how to grow and look after a big online crowd, run events
            and competitions, keep people coming back and turn that into paying students.
            doing this evenings + weekends for now""",
            c="side-project",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Priya Lockhart",
            """Community lead: grew two Discord servers past 50k members, ran monthly online
            tournaments and an in-person LAN of 600.""",
            """Want a respected ex-pro who can teach, to build an academy. Part-time to
            start.""",
            c="part-time",
            ro=["marketing"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Ashley Turnbull",
            """Community manager for gaming brands, Discord servers of 30k+, weekly
            tournaments and streams, sponsor activations at events.""",
            """Looking for a blockchain developer to launch a play-to-earn game, ideally
            with a token sale this year.""",
            """Hype is a strategy.""",
            c="part-time",
            ro=["marketing"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Ryan Feld",
            """I run a gaming bootcamp house in Berlin with PCs and rooms for ten
            players.""",
            """Need an ex-pro coach with a name in the scene to run our training weeks.""",
            c="side-project",
            ro=["operations"],
            tz=1,
            langs=["en", "de"],
        ),
        trap=person(
            "Mei Lin Ho",
            """Community builder, large Discord servers and tournaments.""",
            """Looking for an ex-pro who coaches, for an academy.""",
            c="full-time",
            ro=["marketing"],
            tz=0,
            langs=["en"],
        ),
    ),
    # 50 ----------------------------------------------------------------- trap: timezone
    pair(
        50,
        "cross",
        "diagnostics",
        "A invented a low-cost allergy test and needs a clinical lab network to validate and "
        "use it; B runs medical labs and wants innovations to run.",
        a=person(
            "Dr. Fiona McTavish",
            """Immunologist, 15 years of research. My team developed a microarray that tests
            120 food and pollen allergens from a drop of blood for a fraction of the
            usual price; we've published the analytical validation.""",
            """I need a partner inside clinical diagnostics: someone who runs accredited
            labs, can organise the clinical study, knows the reimbursement rules and the
            prescribers, and can put the test into routine use.""",
            ro=["tech"],
            rs=["domain", "operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Olivier Sabatier",
            """Biologiste médical, je dirige un groupement de 18 laboratoires en Occitanie,
            accrédités, avec un plateau technique central. Je connais les médecins
            prescripteurs, la nomenclature et les études cliniques.""",
            """Je cherche une chercheuse qui a mis au point un test innovant et bon marché
            que nous pourrions valider et déployer.""",
            ro=["domain", "operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Véronique Lasserre",
            """Biologiste, directrice de 12 laboratoires d'analyses accrédités, plateau
            technique, relations avec les prescripteurs.""",
            """Je cherche un associé financier pour racheter d'autres laboratoires et
            constituer un groupe national.""",
            ro=["domain", "operations"],
            rs=["finance"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Martin Kerr",
            """Directeur d'une association de patients allergiques, 40 000 adhérents.""",
            """Cherche une immunologiste avec un nouveau test d'allergie pour un programme de dépistage
            de nos adhérents.""",
            ro=["marketing"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Dr. Sergio Pacheco",
            """Clinical laboratory director, 20 accredited labs, clinical studies.""",
            """Looking for a researcher with a cheap new allergy test.""",
            ro=["domain", "operations"],
            rs=["tech"],
            tz=-7,
            langs=["en", "fr", "es"],
            loc="Phoenix",
        ),
    ),
    # 51 ----------------------------------------------------------------- trap: language
    pair(
        51,
        "fr",
        "urban-farming",
        "A cultive sur les toits et veut s'étendre ; B gère le patrimoine d'un bailleur "
        "social et veut des projets sur ses toits.",
        a=person(
            "Zoé Marquant",
            """Ça fait sept ans que je fais pousser des légumes en ville. J'ai commencé
            avec des bacs sur le toit d'un gymnase, aujourd'hui on a trois toits à
            Villeurbanne, 2 000 m², un salarié, des paniers pour 150 familles et des
            ateliers avec les écoles. Je sais cultiver hors sol, gérer les bénévoles,
            monter des animations et faire venir les habitants. Bref, la partie
            culture et animation, je maîtrise. Par contre, trouver des toits, c'est la
            croix et la bannière : chaque fois c'est un an de négociations, des études
            de charge, des assurances, des conventions d'occupation.""",
            """Quelqu'un qui a les clés des bâtiments, au sens propre : qui connaît les
            propriétaires d'immeubles, sait faire valider la structure et signer les
            conventions.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Hervé Castagnier",
            "Resp. patrimoine chez un bailleur social, 9 000 logements, plein de toits plats.",
            "Cherche une agricultrice urbaine qui sait mobiliser les locataires.",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Delphine Aubert",
            """Responsable du patrimoine d'une foncière de bureaux, centaines de toitures,
            études de structure et conventions d'occupation.""",
            """Je cherche un installateur de panneaux solaires pour louer nos toits et en
            tirer un revenu.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Gaspard Lemoine",
            """Chef d'un restaurant bistronomique, je veux des légumes ultra-frais.""",
            """Cherche une maraîchère urbaine pour produire pour mon restaurant sur un
            toit.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Oliver Brankin",
            """Asset manager at a social landlord, many flat roofs.""",
            """Looking for an urban farmer who engages residents.""",
            tz=1,
            langs=["en"],
        ),
    ),
    # 52 ------------------------------------------------------------------ trap: consent
    pair(
        52,
        "cross",
        "family-mediation",
        "A is a family mediator who wants separating couples to settle online; B built "
        "online dispute resolution products and wants a mediation professional.",
        a=person(
            "Maître Élodie Faure",
            """Avocate en droit de la famille et médiatrice certifiée depuis 12 ans. J'ai
            accompagné plus de 600 séparations, je connais les juges aux affaires familiales
            et je forme d'autres médiateurs. Je sais comment une discussion dérape et
            comment la ramener.""",
            """Les couples n'arrivent pas à se voir dans la même pièce. Je cherche
            quelqu'un qui sache concevoir un service en ligne où chacun avance à son
            rythme, négocie le partage et le calendrier des enfants, sans que ça
            s'envenime.""",
            """Apaiser plutôt que gagner.""",
            ro=["legal", "domain"],
            rs=["product"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Nathan Greaves",
            """Product manager, nine years, four of them leading online dispute resolution at a
            large
            marketplace: structured negotiation flows, automated proposals, escalation to a
            human neutral. We settled about two million disputes a year, and I spent a lot of
            time reading transcripts of people being awful to each other and then, surprisingly
            often, agreeing. Before that I was a UX researcher, so I still like sitting next to
            users. I've also done the data-protection work for sensitive conversations.""",
            """I want to apply it where it matters: family separation. Looking for a
            mediator who knows family law and can design the process with me.""",
            ro=["product"],
            rs=["legal", "domain"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Rachel Whitmore",
            """Product lead for online dispute resolution at a payments company,
            negotiation flows and escalation.""",
            """Looking for a debt-collection expert to automate recovery of unpaid
            invoices.""",
            ro=["product"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Sylvain Ménard",
            """Psychologue clinicien, je reçois depuis dix ans des enfants de parents séparés.""",
            """Cherche une médiatrice familiale avocate pour un cabinet commun.""",
            ro=["domain"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Hugo Lambert",
            """Product manager, online dispute resolution, structured negotiation.""",
            """Looking for a family mediator.""",
            ro=["product"],
            rs=["legal", "domain"],
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 53 --------------------------------------------------------------- trap: visibility
    pair(
        53,
        "en",
        "heat-pumps",
        "A installs heat pumps and can't find customers; B generates home-energy leads and "
        "wants an installer.",
        a=person(
            "Gethin Pryce",
            "Heating engineer, MCS certified, 5 fitters, heat pumps.",
            "Need a steady flow of homeowners who want one.",
            ro=["operations"],
            rs=["marketing"],
            tz=0,
            langs=["en", "cy"],
        ),
        b=person(
            "Olivia Brand",
            "Run home-energy ad campaigns; 2k qualified enquiries/month.",
            "Want an accredited fitting team to send them to.",
            ro=["marketing"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Dev Malhotra",
            "Home-improvement lead generation, paid ads, 3k leads a month.",
            "Seeking a mortgage broker partner for remortgage leads.",
            ro=["marketing"],
            rs=["finance"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Karen Pugh",
            "Housing association, 3,000 old homes to decarbonise.",
            "Need a heat pump installer with crews.",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Sean Barry",
            "Energy lead gen, ads, homeowner enquiries.",
            "Looking for a heat pump installer.",
            ro=["marketing"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 54 --------------------------------------------------------------- trap: commitment
    pair(
        54,
        "cross",
        "clinical-trials",
        "A runs trial recruitment for sponsors and lacks doctors in France; B leads a network "
        "of GPs who want to take part in research.",
        a=person(
            "Rebecca Ashworth",
            """I've spent eleven years in clinical research, first as a monitor and then
            managing site networks for a contract research organisation. I know the
            sponsors, the protocols, the ethics submissions and how to keep a study on
            time. Sponsors keep asking me for patients in France and I can't deliver,
            because the big hospitals are saturated and nobody is set up in primary
            care. I've moved to Paris and I'm learning fast.""",
            """What I need is a partner who is a doctor in general practice and has the
            trust of many colleagues, so that ordinary practices can take part in studies
            and see the patients.""",
            ro=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        b=person(
            "Dr Antoine Blanchet",
            "Médecin généraliste, anime un réseau de 120 confrères en Île-de-France.",
            "Cherche qqn qui sait monter des études pour nous faire participer à la recherche.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Dr Camille Hoarau",
            """GP, and chair of a local health community of 90 practitioners near Paris.""",
            """Looking for a developer to build a teleconsultation platform.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Imran Qureshi",
            """Biotech founder with a phase II drug candidate.""",
            """Looking for an experienced trial operations manager to run our study.""",
            ro=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Dr Julien Marchais",
            """Généraliste, réseau de 100 médecins en région parisienne.""",
            """Cherche partenaire qui organise des études cliniques.""",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 55 ----------------------------------------------------------------- trap: timezone
    pair(
        55,
        "mixed",
        "community-finance",
        "A runs savings circles for a diaspora community and wants to formalise them; B is a "
        "compliance officer at a payments firm who wants a community to serve.",
        a=person(
            "Estelle Nkoulou",
            """J'anime des tontines depuis 15 ans pour la diaspora camerounaise, around 800
            families in Paris, Brussels and London. Je connais les règles, la confiance,
            who pays late and why. We've never lost money but everything is in notebooks
            and WhatsApp.""",
            """Je cherche quelqu'un qui connaît la réglementation des paiements et de la
            lutte anti-blanchiment, someone who can make this legal and safe without
            killing the trust.""",
            """Solidarité, respect des anciens.""",
            ro=["domain"],
            rs=["legal"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Jean-Luc Mvondo",
            """Compliance officer in an e-money institution for seven years: licences,
            anti-money-laundering, safeguarding, relations with the regulator. Je parle
            aussi français.""",
            """I'd like to build something for my own community: a founder who already
            runs informal savings groups and has people's trust.""",
            ro=["legal"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
        ),
        twin=person(
            "Sophie Akintola",
            """Compliance and AML lead at a payments start-up, licences and regulator
            relations.""",
            """Looking for a crypto exchange founder who needs a licence fast.""",
            ro=["legal"],
            rs=["tech"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Fabrice Ondoa",
            """Développeur mobile, j'ai fait une appli de cagnotte en ligne, 10 000
            utilisateurs.""",
            """Cherche une animatrice de tontines avec une grande communauté.""",
            ro=["tech"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Marcel Biyong",
            """Compliance officer, payments licences, AML.""",
            """Looking for someone running savings circles.""",
            ro=["legal"],
            rs=["domain"],
            tz=-6,
            langs=["en", "fr"],
            loc="Houston",
        ),
    ),
    # 56 ----------------------------------------------------------------- trap: language
    pair(
        56,
        "cross",
        "lutherie",
        "A builds guitars from reclaimed wood and has no audience; B reviews guitars online "
        "for a large audience and wants a maker.",
        a=person(
            "Florian Bescond",
            "Luthier, guitares en bois de récup (vieux parquets, poutres). 30 par an.",
            "Personne ne me connaît. Cherche qqn qui sait faire parler de nous.",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Nate Calloway",
            "Guitar reviewer, 300k YouTube subs, gear newsletter. Parle français.",
            "Want a luthier with a real story to launch a brand.",
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Lena Fischer",
            """Guitar content creator, 250k subscribers, reviews and lessons, newsletter to
            40k players.""",
            """Looking for a partner to launch a cheap mass-made guitar line from Asian
            factories.""",
            tz=1,
            langs=["en", "fr", "de"],
        ),
        one=person(
            "Yohann Bertaud",
            """Je récupère des bois de démolition anciens.""",
            """Cherche un luthier pour valoriser mes bois.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tyler Quinn",
            "Guitar reviewer, big YouTube channel.",
            "Looking for a luthier with a story.",
            tz=0,
            langs=["en"],
        ),
    ),
    # 57 ------------------------------------------------------------------ trap: consent
    pair(
        57,
        "en",
        "insect-protein",
        "A farms insects for protein and needs a product to sell; B makes pet food and wants "
        "a sustainable protein supply.",
        a=person(
            "Dr. Rosa Quintrell",
            """Entomologist. I've built a black soldier fly farm in Norfolk that turns
            brewery waste into larvae: 20 tonnes of dried protein a year, stable
            quality, full feed safety paperwork. The biology and the process are solid;
            the problem is that the only buyers so far are fishing bait shops and a couple
            of chicken keepers on eBay, and I've no idea how to build a brand or sell to
            shops.""",
            """Someone who makes and sells food for dogs and cats and wants an ingredient
            with a better story.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Craig Dunbar",
            "Pet food brand founder, in 400 pet shops. Hypoallergenic recipes.",
            "Need a reliable bug-based ingredient source to partner with.",
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Leanne Hopkirk",
            """Pet food brand owner, natural dog treats in 300 independent pet shops,
            co-packer relationships.""",
            """Looking for a celebrity vet to front a TV campaign.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Jack Hammond",
            "Brewery owner with 5 t of spent grain a week.",
            "Looking for an insect farmer to take our waste.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Emma Stroud",
            "Pet food brand, hypoallergenic recipes, pet shops.",
            "Need an insect protein producer.",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 58 --------------------------------------------------------------- trap: visibility
    pair(
        58,
        "cross",
        "mountain-resorts",
        "A is a water engineer who designs snowmaking with recycled water; B runs a ski "
        "resort facing drought and wants the engineering.",
        a=person(
            "Dr. Alistair Munro",
            """Water engineer, 18 years. I designed water recycling schemes for a mining
            town and reservoirs for two Scottish resorts; lately I've been working on
            snowmaking fed by treated wastewater and meltwater capture, with a pilot
            running in Austria.""",
            """I need someone who runs a mountain resort, knows the mayors and the water
            authorities in the Alps, and can open the first sites.""",
            ro=["tech"],
            rs=["domain", "operations"],
            tz=1,
            langs=["en", "fr", "de"],
        ),
        b=person(
            "Marion Jacquier",
            """Directrice d'une station de ski en Savoie depuis dix ans, présidente d'une
            association de stations. Je connais les élus, les syndicats des eaux, les
            remontées mécaniques.""",
            """Avec les sécheresses, on ne peut plus pomper dans les rivières. Je cherche
            un ingénieur qui sache produire de la neige sans prendre l'eau des
            villages.""",
            ro=["domain", "operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Bruno Vuillermoz",
            """Directeur de station de ski en Haute-Savoie depuis 12 ans : remontées mécaniques,
            damage, production de neige, et un bon réseau d'élus de montagne et de syndicats
            intercommunaux.""",
            """Je cherche un promoteur immobilier pour construire des résidences de luxe au pied
            des pistes et faire venir une clientèle internationale.""",
            ro=["domain", "operations"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Heidi Amstutz",
            """Resort director for nine years in Valais: lifts, snow operations, grooming, and a
            network of Alpine resorts and their local councils.""",
            """Looking for a marketing partner to sell season passes to UK skiers.""",
            ro=["domain", "operations"],
            rs=["marketing"],
            tz=1,
            langs=["en", "de", "fr"],
        ),
        one=person(
            "Pierre Ducrettet",
            """Fabricant d'enneigeurs en Isère, 40 salariés, nos canons équipent 80 stations.""",
            """Cherche un ingénieur de l'eau qui sait concevoir des réseaux à eau recyclée, pour
            proposer une gamme d'enneigement sans prélèvement en rivière.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Noëlle Perrier",
            """Directrice de station, réseau d'élus et syndicats des eaux.""",
            """Cherche ingénieur pour neige sans prélèvement.""",
            ro=["domain", "operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 59 --------------------------------------------------------------- trap: commitment
    pair(
        59,
        "fr",
        "ev-retrofit",
        "A convertit des utilitaires thermiques en électriques ; B vend des flottes "
        "d'entreprise et veut une offre de conversion.",
        a=person(
            "Kévin Le Gall",
            "Mécano, homologué pour le rétrofit électrique. 40 utilitaires convertis.",
            "cherche qqn qui connait les boites avec plein de camionnettes",
            ro=["tech"],
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Nathalie Roussel",
            "Commerciale flottes d'entreprise, 10 ans, artisans et PME.",
            "Veux un atelier qui électrifie les vieux camions.",
            ro=["sales"],
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Sébastien Marty",
            "Vente de véhicules aux flottes d'entreprise, réseau de PME.",
            "Cherche un associé pour une appli de covoiturage.",
            ro=["sales"],
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Claire Buisson",
            "Gestionnaire de flottes, achats et contrats de location.",
            "Cherche financeur pour une société de location longue durée.",
            ro=["sales"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Romain Petit",
            "Fabricant de batteries reconditionnées.",
            "Cherche un atelier de rétrofit homologué.",
            ro=["tech"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Julie Carrez",
            "Commerciale flottes, artisans et PME.",
            "Cherche un atelier de rétrofit.",
            ro=["sales"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 60 ----------------------------------------------------------------- trap: timezone
    pair(
        60,
        "cross",
        "health-data-privacy",
        "A is a data-protection lawyer for clinics; B is a security engineer who wants a "
        "legal partner to sell compliance to clinics.",
        a=person(
            "Laurence Delattre",
            """Juriste et déléguée à la protection des données pour 40 cliniques et centres de
            santé depuis
            8 ans. Je tiens les registres, je rédige les contrats avec les sous-traitants, je
            gère les demandes des patients et les notifications à la CNIL quand ça tourne mal.
            J'ai vu trois cliniques paralysées par des rançongiciels l'an dernier, et à chaque
            fois je ne pouvais que constater les dégâts. Mes clients me font confiance, ils
            m'appellent pour tout, y compris pour des sujets qui ne sont pas les miens.""",
            """Mes clients ont des failles techniques que je ne sais pas corriger : je
            cherche quelqu'un qui sait sécuriser un réseau et des serveurs, faire des
            tests d'intrusion et durcir les postes.""",
            ro=["legal"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Arjun Mehta",
            """Security engineer, 10 years: penetration testing, network hardening,
            incident response, mostly for hospitals. I can also set up monitoring and
            train staff. I keep seeing clinics that are technically fixed and still fail
            audits because the paperwork, the registers and the contracts are a mess.""",
            """I want a partner who handles the privacy law side and already has the
            trust of healthcare clients.""",
            ro=["tech"],
            rs=["legal"],
            tz=0,
            langs=["en", "fr"],
        ),
        twin=person(
            "Kamal Haddad",
            """Penetration tester and security engineer, 9 years: network hardening, red-team
            exercises, incident response, mostly for banks and insurers; I also train staff.""",
            """Looking for a salesperson to sell red-team services to financial institutions
            across Europe.""",
            ro=["tech"],
            rs=["sales"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Bérangère Lutz",
            """Directrice d'un groupe de 6 cliniques privées, 900 salariés ; on sort d'un audit
            difficile.""",
            """Cherche une juriste DPO qui connaît la santé pour nous mettre en conformité, puis
            s'associer sur une offre pour d'autres cliniques.""",
            ro=["operations"],
            rs=["legal"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Wei Zhang",
            """Security engineer for hospitals, pentests and hardening.""",
            """Seeking a privacy lawyer with healthcare clients.""",
            ro=["tech"],
            rs=["legal"],
            tz=8,
            langs=["en", "fr", "zh"],
            loc="Singapore",
        ),
    ),
    # 61 ----------------------------------------------------------------- trap: language
    pair(
        61,
        "en",
        "seaweed",
        "A farms seaweed and has harvest but no product; B develops food products and wants "
        "a sea vegetable supply.",
        a=person(
            "Morag Sinclair",
            """Marine biologist turned farmer: six hectares of longlines off Mull growing
            sugar kelp and dulse, 30 tonnes wet last season, drying shed, organic
            certification. I know the licences, the water quality testing and the boats.
            What I don't know is what to turn it into; most of my harvest goes to a
            fertiliser firm for next to nothing.""",
            """Someone who can invent things people actually want to eat with it, work
            with co-packers, and get them on shelves.""",
            tz=0,
            langs=["en"],
        ),
        b=person(
            "Liam O'Sullivan",
            """Food product developer for 12 years: crisps, condiments and snacks for two
            national brands, from kitchen recipe to co-packer to supermarket listing.""",
            """I want a partner who grows sea vegetables at scale, with the permits and
            vessels, so I can build a range on a secure supply.""",
            tz=0,
            langs=["en", "ga"],
        ),
        twin=person(
            "Hollie Carmichael",
            """Food product developer, ten years: snacks, sauces and ready meals for supermarket
            own-label, from kitchen recipe to co-packer trials to listing.""",
            """Looking for a vertical-farming founder to make salad bags and microgreens for
            supermarkets.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Euan Drummond",
            """Bioplastics start-up: we make compostable packaging film from seaweed extracts
            and have two pilot customers.""",
            """Looking for a seaweed farmer with a big, licensed harvest to supply us every
            season.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lucie Prigent",
            """Développeuse de produits alimentaires, snacks et condiments.""",
            """Cherche une productrice d'algues.""",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 62 ------------------------------------------------------------------ trap: consent
    pair(
        62,
        "cross",
        "adventure-travel",
        "A sells guided mountain trips to English-speaking travellers; B is a mountain "
        "guide who wants clients.",
        a=person(
            "Hayley Dunstan",
            "Adventure travel agency, London. 3k clients/yr, Alps & Pyrenees.",
            "Need a certified high-mountain guide to lead our trips.",
            ro=["sales"],
            tz=0,
            langs=["en", "fr"],
        ),
        b=person(
            "Rémi Tournier",
            "Guide de haute montagne, Chamonix, 15 ans. Réseau de guides.",
            "Cherche qqn qui remplit mes semaines avec des clients anglophones.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin=person(
            "Thibaud Perrin",
            "Guide de haute montagne, 12 ans, Chamonix et Oisans.",
            "Cherche un associé pour ouvrir un refuge-hôtel de luxe.",
            tz=1,
            langs=["fr", "en"],
        ),
        twin2=person(
            "Andreas Huber",
            "IFMGA mountain guide, Zermatt and Chamonix.",
            "Looking for a film producer for an expedition documentary.",
            tz=1,
            langs=["en", "de", "fr"],
        ),
        one=person(
            "Dan Whitlow",
            "I run a travel insurance firm for adventure sports.",
            "Looking for an agency selling mountain trips.",
            ro=["finance"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Laurent Couttet",
            "Guide de haute montagne, Chamonix.",
            "Cherche agence qui amène des clients anglophones.",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 63 --------------------------------------------------------------- trap: visibility
    pair(
        63,
        "mixed",
        "documentary-film",
        "A produces documentaries and needs international sales; B is a sales agent who "
        "wants a producer with a slate.",
        a=person(
            "Salomé Brunet-Hale",
            """Productrice de documentaires, 10 ans, 8 films dont deux sélectionnés à
            Sheffield and IDFA. I have a slate of three projects in development et des
            coproducteurs en Belgique et au Canada.""",
            """Il me faut un vendeur international: someone who sells to broadcasters and
            platforms at the markets and negotiates the territories.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
        ),
        b=person(
            "Greg Ostrowski",
            "Sales agent, 12 yrs, docs at MIPCOM, Hot Docs, IDFA. Buyers everywhere.",
            "Looking for a producer with several strong non-fiction projects coming.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr", "pl"],
        ),
        twin=person(
            "Nadine Keller",
            """International sales agent, documentaries and factual series, buyers at
            every market.""",
            """Looking for a VFX studio partner to sell animated features.""",
            ro=["sales"],
            rs=["tech"],
            tz=1,
            langs=["en", "fr", "de"],
        ),
        one=person(
            "Joachim Lenz",
            """Documentary director with a finished film.""",
            """Cherche une productrice pour trouver des coproducteurs.""",
            ro=["domain"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en", "de"],
        ),
        trap=person(
            "Paul Segal",
            "International sales agent for documentaries.",
            "Looking for a documentary producer.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 64 --------------------------------------------------------------- trap: commitment
    pair(
        64,
        "fr",
        "appliance-repair",
        "A répare l'électroménager et forme des réparateurs ; B dirige un réseau de magasins "
        "d'électroménager qui doit proposer la réparation.",
        a=person(
            "Didier Chassagne",
            """Réparateur électroménager depuis 25 ans, j'ai formé 200 réparateurs dans des
            ateliers associatifs. Je sais remettre en route un lave-linge que tout le
            monde croyait mort, trouver les pièces, et surtout transmettre.""",
            """Il me faut des points de vente où les gens amènent leurs appareils, et
            quelqu'un qui dirige des points de vente et sait les faire tourner.""",
            tz=1,
            langs=["fr"],
        ),
        b=person(
            "Sandrine Lévêque",
            """Directrice d'un réseau de 35 magasins d'électroménager indépendants dans
            l'Ouest. Avec la loi sur la réparabilité, nos clients nous demandent de
            réparer plutôt que remplacer, et nous n'avons personne pour le faire.""",
            """Je cherche un technicien chevronné qui sache monter des coins réparation dans nos
            magasins et former nos équipes.""",
            tz=1,
            langs=["fr"],
        ),
        twin=person(
            "Patrick Olivier",
            """Directeur d'une chaîne de 20 magasins d'électroménager dans le Centre : achats,
            logistique, 150 salariés, et un service après-vente sous-traité.""",
            """Je cherche un acheteur pour importer des appareils à bas prix d'Asie et les
            vendre sous notre marque.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Lise Tardieu",
            """Fondatrice d'une plateforme de pièces détachées d'occasion, 40 000 références
            démontées sur des appareils hors service.""",
            """Cherche un réparateur expérimenté qui forme des techniciens, pour lancer des
            formations autour de nos pièces.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Benoît Charrier",
            """Directeur de magasins d'électroménager, réseau de 30 points de vente.""",
            """Cherche un réparateur pour monter des ateliers.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
]
