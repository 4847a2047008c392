"""Pairs 21-30 of complementary_v9."""

from people import pair, person

PAIRS = [
    # 21 ---------------------------------------------------------------- trap: language
    pair(
        21,
        "fr",
        "salle-de-concert-isolation",
        "A tient une salle de concert menacée de fermeture pour le bruit; B isole "
        "acoustiquement les salles et veut des chantiers.",
        a=person(
            "Gwenaëlle Kerlaouénan",
            """salle de concerts rock/punk a nantes, 350 places, ouverte en 2011
            - 120 dates/an, groupes locaux + tournées, bar associatif
            - 2 salariés + 30 benevoles, on tourne à l'équilibre grâce au bar
            - batiment = ancien entrepôt de bananes, murs en parpaing, toit tôle""",
            """les voisins de l'immeuble neuf d'en face portent plainte tous les mois, le
            préfet nous a envoyé une mise en demeure: au prochain relevé trop fort,
            fermeture administrative. on n'arrive plus à finir un concert après 23h,
            les groupes annulent. on a 40 000 € de subvention possible si on dépose un dossier
            avant juin""",
            "la musique pour tous, pas chère, et le respect du quartier quand même",
            tz=1,
            langs=["fr"],
            loc="Nantes",
        ),
        b=person(
            "Rodolphe Kerangall",
            "Acousticien: je mesure, je conçois boîtes dans la boîte, doubles portes, limiteurs.",
            "Des lieux de musique menacés qui veulent un vrai chantier, pas du rustinage.",
            "Que le son reste dedans.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        twin=person(
            "Fulbert Pennanéac'h",
            "Ingénieur du son bâtiment: études d'impact, isolation de studios et de salles.",
            "Un fabricant de portes acoustiques sur mesure, livrées en six semaines.",
            "Mesurer avant d'agir.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Maël Kervella-Nédélec",
            "Tourneur: je fais tourner 14 groupes de rock de l'Ouest, 300 dates par an.",
            "Une salle de 300 à 400 places à Nantes qui prenne mes groupes le jeudi.",
            "Faire jouer les jeunes groupes.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Malcolm Ferrybridge",
            "Acoustic engineer: I measure, design room-in-room builds, double doors, limiters.",
            "Music venues under threat that want real works, not patching.",
            "Keep the sound inside.",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["en"],
        ),
    ),
    # 22 ---------------------------------------------------------------- trap: consent
    pair(
        22,
        "cross",
        "briar-pipe-export",
        "A turns briar pipes in Saint-Claude and wants British shops; B is a sales agent who "
        "places small craft brands with UK tobacconists.",
        a=person(
            "Séraphin Jeunet-Bourgeois",
            """Notre atelier de Saint-Claude tourne des pipes en bruyère depuis 1921. Nous
            sommes sept, nous achetons les ébauchons en Corse et en Algérie, nous les faisons
            sécher deux ans, puis chaque pipe passe par une trentaine de mains: tournage,
            perçage, sablage, polissage à la cire de carnauba, tuyaux en ébonite faits
            maison. Nous en fabriquons 9 000 par an, vendues surtout en France, en Allemagne
            et au Japon.""",
            """Les Britanniques fument encore la pipe et apprécient ce travail, mais nous n'y
            avons aucun réseau. Je cherche quelqu'un installé là-bas, qui connaisse
            les buralistes de quartier, les boutiques pour messieurs et les salons, qui
            prenne nos collections au pourcentage et gère les commandes, les formalités de
            douane depuis la sortie de l'Union et les échantillons. Nous visons 1 500 pièces par an.""",
            """Un objet fait pour durer toute une vie, et des ouvriers payés correctement,
            dans une ville qui a perdu la plupart de ses ateliers.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr"],
            loc="Saint-Claude",
        ),
        b=person(
            "Nigel Abernethy-Sloane",
            """sales agent, 22 yrs in the trade, based york, cover UK + ireland
            - 140 independent tobacconists + cigar lounges + gentlemen's outfitters on my books
            - carry 6 small brands (italian leather, english hip flasks, a danish lighter maker)
            - handle import paperwork, excise, duty since brexit, samples, trade fairs (2 a yr)
            - commission only, 12-15%, monthly reports""",
            """looking for 1 more maker w/ real craft + a story, ideally european, nothing
            mass made. need a brand that can ship on time, gives me exclusivity for the UK and
            spends a week a year with me on the road visiting shops. decent margins pls""",
            "honest trade, shake hands, pay on time both ways",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="York",
        ),
        twin=person(
            "Percival Ormerod-Sykes",
            """Independent agent for the British tobacco and smoking-accessories trade for
            nineteen years. I call on around 120 specialist shops, cigar rooms and gentlemen's
            outfitters from Edinburgh to Bath, with a range of small brands: Italian leather
            pouches, Sheffield pipe tools, a Czech maker of glass ashtrays. I look after
            orders, excise and post-Brexit import forms and show at two trade fairs a year.""",
            """I need a bonded warehouse and fulfilment company in the Midlands that can store
            my brands' stock duty-suspended, pick and pack small orders for shops within two
            days and handle returns. My current one is closing and I have eight weeks to move
            forty pallets.""",
            """Old-fashioned service: the shopkeeper's phone call answered the same day, and no
            promises I can't keep.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Ambroisine Lacrouzette",
            """Je tiens une boutique en ligne d'articles pour fumeurs et d'objets de
            gentleman, basée à Besançon: briquets, blagues à tabac, coupe-cigares, rasoirs,
            avec 18 000 clients en France et une newsletter très lue. Je fais aussi de belles
            photos produit et je gère très bien la publicité sur les réseaux sociaux.""",
            """Je cherche un fabricant français de pipes de qualité qui accepte de me vendre
            en gros, avec des séries exclusives pour mon site et des pièces numérotées, et qui
            me laisse photographier son atelier pour raconter l'histoire aux clients. Je paie
            à trente jours.""",
            """Vendre des objets qui durent, faits en France, et raconter qui les
            fabrique.""",
            ro=["marketing"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Roderick Thwaites",
            """Sales agent in the trade for twenty years, based in Harrogate, covering the UK
            and Ireland: about 130 independent tobacconists, cigar lounges and gentlemen's
            outfitters. I carry a few small brands, handle import paperwork, excise and duty
            since Brexit, samples and two trade fairs a year, and work on commission only,
            with monthly reports.""",
            """I'm after one more European maker with real craft and a story, nothing mass
            made, who ships on time, gives me UK exclusivity and spends a week a year on the
            road with me visiting shops. Decent margins, please.""",
            """Honest trade and handshakes; pay on time both ways.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 23 ---------------------------------------------------------------- trap: visibility
    pair(
        23,
        "en",
        "typewriter-poetry-repair",
        "A writes poems on demand on old typewriters at festivals and the machines jam; B "
        "repairs manual typewriters and wants bulk work.",
        a=person(
            "Juno Abbotsley",
            "Poet-for-hire at festivals: poems on demand on six old portables.",
            "Someone to service my Olivettis and Hermes before summer; two keep jamming.",
            "Every stranger gets a poem.",
            ro=["marketing"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Brighton",
        ),
        b=person(
            "Leopold Tattersfield",
            "I clean, adjust and repair manual typewriters; ribbons re-inked too.",
            "Regular work from someone who owns several machines and uses them hard.",
            "Mechanical things deserve care.",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Lewes",
        ),
        twin=person(
            "Barnaby Thorogood",
            "Typewriter mechanic: strip-downs, platen recovering, carriage repairs.",
            "I need a maker of new ribbon spools for odd old brands, in hundreds.",
            "Keep the keys moving.",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Clementine Hebblewhite",
            "Wedding entertainment agency: magicians, caricaturists, swing trios.",
            "A typewriter poet for drinks receptions, about twenty weddings this year.",
            "Surprise the guests.",
            ro=["sales"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ignatius Tresidder-Lowe",
            "I service and mend manual typewriters and re-ink ribbons.",
            "Steady work from someone with several machines who uses them a lot.",
            "Machines deserve care.",
            ro=["tech"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 24 ---------------------------------------------------------------- trap: commitment
    pair(
        24,
        "cross",
        "climbing-shoe-resoling",
        "A's climbing gym's rental shoes wear through in months; B resoles climbing shoes and "
        "wants gyms to send batches.",
        a=person(
            "Tamsin Anyanwu-Blake",
            "we run a climbing gym in bristol, 3k members and 400 pairs of rental shoes",
            "the rental shoes stink and the toes are worn thru in 3 months, we're binning £6k a yr",
            "climbing for all, cheap",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Bristol",
        ),
        b=person(
            "Corentin Chabassière",
            "Je ressemelle les chaussons d'escalade, gomme neuve, bout renforcé, lavage.",
            "Des salles de bloc qui m'envoient leurs paires de location par cartons entiers.",
            "Réparer plutôt que jeter.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Grenoble",
        ),
        twin=person(
            "Baptiste Guillermou",
            "Artisan ressemeleur de chaussons de grimpe, semelle et rand refaits à neuf.",
            "Un fournisseur de gomme haute adhérence en plaques, à prix de gros.",
            "Rien ne se jette.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Darius Mallinder",
            "Rep for an outdoor brand: harnesses, chalk bags, crash pads.",
            "A busy bouldering gym that lets us run demo evenings for its members.",
            "Try before you buy.",
            ro=["marketing"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Gaëtan Escoubet-Lalo",
            "Je refais les semelles des chaussons d'escalade, gomme neuve et lavage.",
            "Des salles qui m'envoient leurs chaussons de location par cartons.",
            "Réparer, pas jeter.",
            ro=["domain"],
            rs=["operations"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 25 ---------------------------------------------------------------- trap: timezone
    pair(
        25,
        "mixed",
        "food-truck-signwriting",
        "A is opening a crêpe truck with bare white sides; B hand-letters vans and shopfronts "
        "and wants vehicles to paint.",
        a=person(
            "Armelle Quéffelec",
            "Je lance un food truck de crêpes à Bordeaux, the truck is bought, tout blanc.",
            "I need someone qui peigne le nom à la main, old-school, pas un sticker.",
            "Du beau, du vrai.",
            ro=["operations"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
            loc="Bordeaux",
        ),
        b=person(
            "Ruaridh Considine",
            """I'm a signwriter: I paint lettering by hand with brushes and enamel, the way it
            was done before vinyl. Shopfronts, pub boards, narrowboats, market stalls,
            delivery bikes, and a lot of vans, with drop shadows, scrolls and gold leaf when
            the budget allows. I trained under an old fairground painter in Glasgow and moved
            to south-west France four years ago; I work from a barn near Libourne and can
            letter a whole van in three days.""",
            """I'd like more vehicles to paint, because a painted van drives my name round the
            whole region for years. I'm looking for owners of food trucks, removal lorries or
            trade vans who want something bold and hand-done, can leave the vehicle with me
            for a few days and pay half upfront. Ideally people who'll also let me film the
            work for my channel.""",
            """Letters should have character. I'd rather do one beautiful job than ten quick
            ones, and I always quote a fixed price.""",
            tz=1,
            langs=["en", "fr"],
            loc="Libourne",
        ),
        twin=person(
            "Fergus Macallister",
            """Traditional sign painter from Dundee, now living in the Charente. I letter
            shop windows, café boards, boats and vehicles with brush and enamel, with shading,
            outlines and gilding, and I teach a weekend lettering course twice a year. Most of
            my work is for bars and bakeries in Cognac and Angoulême, and I can turn a van
            round in four days.""",
            """I'm looking for a supplier of 23-carat loose-leaf gold in books of 25, at trade
            price, with reliable delivery to France: my London supplier now charges me
            customs and takes a month. I'd also like a workshop with a roller door to rent
            near Angoulême, heated in winter.""",
            """Good lettering is slow; every stroke should look like a person made it. I
            always say what I charge before I start.""",
            ro=["design"],
            rs=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Thibault Lacombe-Steer",
            """J'organise des marchés de nuit et des festivals de street food dans la métropole
            bordelaise, une quarantaine de soirées par an, de 2 000 à 8 000 visiteurs, avec
            animations, concerts et buvette. I handle the permits, la sécurité, l'électricité
            et la communication, et j'ai une bonne liste de presse locale. Les trucks qui
            viennent chez moi font en moyenne 1 800 euros de chiffre par soirée, and most of
            them come back the next year.""",
            """Je cherche des food trucks sucrés, surtout des crêpes et des gaufres, qui
            puissent venir chaque vendredi de mai à septembre, avec leur propre groupe
            électrogène, and who can serve 300 people a night without a queue. Emplacement
            gratuit, commission de 12 %.""",
            """Faire vivre les quais le soir, avec des commerçants indépendants plutôt que des
            chaînes.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Hamish Drummond-Coe",
            """Signwriter in Vancouver: I paint lettering by hand with brushes and enamel,
            shopfronts, pub boards, boats and lots of vans, with shadows, scrolls and gold
            leaf. I trained under an old fairground painter in Glasgow before emigrating and
            can letter a whole van in three days, working from a shed in East Vancouver.""",
            """I'd like more vehicles to paint: food trucks, removal lorries, trade vans whose
            owners want something bold and hand-done, can leave the vehicle with me a few
            days and pay half upfront. I film the work for my channel, which helps bring the
            next customer, so I prefer owners who don't mind a camera in the workshop.""",
            """Letters need character. One beautiful job beats ten quick ones, and the price is
            fixed before I start.""",
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
    # 26 ---------------------------------------------------------------- trap: language
    pair(
        26,
        "cross",
        "watermill-micro-hydro",
        "A owns a Dordogne watermill with an intact wheel and wants to make electricity; B "
        "installs small hydro generators on old mills.",
        a=person(
            "Bénédicte Lafaurie",
            """J'ai hérité avec mon frère d'un moulin à eau sur la Dronne, près de Brantôme,
            avec son droit d'eau fondé en titre, un bief en bon état et une roue à aubes en
            acier de 1912 qui tourne encore. Le bâtiment fait quatre chambres d'hôtes et une
            salle où nous recevons des groupes. Nous avons refait la toiture et les vannes il
            y a trois ans avec l'aide de la région.""",
            """Je voudrais que la roue fasse enfin de l'électricité: trouver quelqu'un qui sache
            y coupler un alternateur, régler la vitesse, raccorder le tout au réseau pour
            revendre le surplus, et monter le dossier avec la DDT. Nous avons un budget
            d'environ 35 000 euros et nous pouvons loger la personne pendant les travaux,
            idéalement en été quand l'eau est basse.""",
            """Garder le moulin vivant plutôt que de le transformer en musée, et produire
            quelque chose d'utile avec la rivière sans lui faire de mal.""",
            tz=1,
            langs=["fr"],
            loc="Brantôme",
        ),
        b=person(
            "Gethin Llwyd-Ifans",
            """micro-hydro engineer, welsh, 15 yrs, now living in the Périgord
            - fit generators to existing waterwheels + small turbines (2-50 kW)
            - gearboxes/belts, inverters, grid-tie, load controllers
            - did 23 mills in wales + 6 in france, incl. permit files w/ the water authorities
            - own van, welding kit, crane truck hire sorted""",
            """want more old mills w/ a working wheel + water rights where the owner wants power
            not just a pretty wheel. summer works ideal. need a client who'll pay in 3 stages
            + put me up on site during the job (it's 3-6 wks)""",
            "use what's there, fish-friendly, no greenwash",
            tz=1,
            langs=["en", "fr"],
            loc="Ribérac",
        ),
        twin=person(
            "Morwenna Tregothnan",
            """I design and install small hydropower systems on old mill sites: generators
            geared to waterwheels, Archimedes screws and crossflow turbines up to about 50
            kilowatts, with the inverters, controllers and grid connection. I've completed
            eighteen schemes in Cornwall and Devon and four in Brittany, and I do the
            technical side of the permit files.""",
            """I need a freshwater ecologist who can design and sign off fish passes and eel
            screens, and write the environmental parts of the application, so regulators stop
            sending my files back. Ideally someone who can work in both England and France and
            visit sites in the spring.""",
            """Work with the river, not against it; a scheme that kills fish isn't
            renewable.""",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Clovis Peyrelevade",
            """Je suis paysan-boulanger près de Ribérac: je cultive huit hectares de blés
            anciens, je cuis au feu de bois deux fois par semaine et je vends sur trois
            marchés et à une AMAP de 90 familles. Je sais tenir un fournil, former des
            apprentis et gérer une petite clientèle fidèle.""",
            """Je cherche un moulin à eau en état de marche dans la vallée de la Dronne, dont
            le propriétaire me laisserait moudre mes grains sur meule de pierre, une journée
            par semaine, contre un loyer ou un partage de farine. Je peux signer pour plusieurs
            années.""",
            """Du champ au pain sans intermédiaire, et payer ceux qui m'aident au juste
            prix.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Llewellyn Harcombe",
            """Micro-hydro engineer for fifteen years, Welsh, now based in the Lot. I fit
            generators to existing waterwheels and install small turbines of 2 to 50 kW:
            gearboxes, belts, inverters, load controllers, grid connection. Twenty-odd mills
            done in Wales and a handful in France, including the permit files.""",
            """I want more old mills with a working wheel and water rights, whose owners want
            power and not just a pretty wheel. Summer works suit me; payment in three stages
            and lodging on site for the three to six weeks of a job.""",
            """Use what's there, keep it fish-friendly, no greenwash.""",
            tz=1,
            langs=["en"],
        ),
    ),
    # 27 ---------------------------------------------------------------- trap: consent
    pair(
        27,
        "en",
        "dental-phobia-clinic",
        "A's dental surgeries lose a fifth of appointments to frightened patients; B treats "
        "dental anxiety and wants a practice to work inside.",
        a=person(
            "Rajesh Thornaby",
            """- 3 dental surgeries in leeds (headingley, armley, chapel allerton), 11 dentists
            - NHS + private mix, ~14k patients on the books
            - new CBCT scanner, sedation room at armley, good reception team
            - i'm the principal, 20 yrs in, still do 3 clinical days/wk""",
            """our no-show rate is 19%. the nervous ones book, panic, cancel at 8am or just
            don't turn up, and the ones who do come grip the chair so hard we can't finish
            the job. some haven't had a check-up in 10 yrs and arrive w/ abscesses. it's
            costing us ~£120k a yr in empty chair time + my whole team is burning out""",
            "look after the frightened ones properly, not just the easy patients",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        b=person(
            "Helena Brocklesby",
            """I'm a clinical psychologist who has specialised for nine years in fear of dental
            and medical procedures. I run short programmes of four to six sessions: graded
            exposure, breathing and a signal system the patient agrees with the dentist, plus
            a hypnotherapy option for those who want it. I worked inside a hospital dental
            department in Sheffield for five years, and about 80 % of my patients go on to have
            their treatment without sedation.""",
            """I want to move out of the hospital and work inside a busy general practice,
            with a quiet room two or three days a week, referrals from the practice's staff and
            the front desk, and the chance to sit in on appointments. I'd take a share of the
            fees on a self-employed basis and train the staff in how to talk to frightened
            people.""",
            """Fear is treatable; nobody should lose their teeth because they were
            ashamed to ask for help.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Sheffield",
        ),
        twin=person(
            "Caradoc Scargill-Penn",
            """Clinical hypnotherapist and CBT practitioner with twelve years' experience of
            phobias around needles, drills and hospitals. I see clients for four to six
            sessions in my rooms in Harrogate, using graded exposure, relaxation scripts and
            agreed stop signals, and I've trained nurses at two hospital trusts in calming
            anxious patients. Most of my referrals now come from GPs.""",
            """I need a publisher, or an editor with a small imprint, for a self-help book on
            needle and drill fear that I've been writing for three years, and a producer who
            can record a companion audio course. I'd like the book out before next autumn and
            can contribute to the costs.""",
            """Fear shrinks when it's named; I want people to be able to help themselves before
            they ever need me.""",
            ro=["domain"],
            rs=["marketing"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Ottilie Dunkerley",
            """I'm the UK product manager for a Scandinavian maker of dental chairs and
            treatment units. Our new chair has a massage seat, a ceiling screen and silent
            suction, and we've sold it to 40 practices in Scandinavia. I have a demonstration
            budget, a team of two engineers and a strong network of buyers in the private
            sector, and I've run trials with three NHS trusts' dental hospitals.""",
            """I need a multi-site dental practice in the north of England that will install
            two of our chairs free for a year, keep the patient feedback, and let visiting
            dentists see them working on open days. Ideally a practice with many anxious
            patients.""",
            """Prove it in real surgeries, not at trade fairs, and listen to the people who
            use the kit every day.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Philippa Hindle-Crossley",
            """Clinical psychologist, for about nine years specialised in fear of dental and
            medical procedures. Short programmes of four to six sessions: graded exposure,
            breathing, and a signal system agreed with the dentist, plus hypnotherapy for
            those who want it. I spent five years inside a hospital dental department in
            Bradford; most of my patients go on to be treated without sedation.""",
            """I'd like to leave the hospital and work inside a busy general practice: a quiet
            room two or three days a week, referrals from dentists and reception, a share of
            fees as a self-employed clinician, and staff I can train to talk to frightened
            people.""",
            """Fear is treatable, and no one should lose their teeth out of shame.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 28 ---------------------------------------------------------------- trap: visibility
    pair(
        28,
        "cross",
        "race-finisher-medals",
        "A directs a marathon that needs finisher medals; B casts medals in small foundry "
        "runs and wants race organisers.",
        a=person(
            "Isla Urquhart-Bain",
            "Race director, Loch Ness marathon and 10k: 4,000 runners in late September.",
            "Someone to make 4,000 finisher medals with a proper design, cast not stamped.",
            "Every runner is a finisher.",
            tz=0,
            langs=["en"],
            loc="Inverness",
        ),
        b=person(
            "Valérian Boisgibault",
            "fonderie d'art, médailles 500 à 10k pcs, moules faits ici, émail possible",
            "des organisateurs de courses qui reviennent chaque année avec leur dessin",
            "du métal, pas du plastique",
            tz=1,
            langs=["fr", "en"],
            loc="Villedieu-les-Poêles",
        ),
        twin=person(
            "Honorine Péchadre",
            "Atelier de médailles coulées en laiton et en étain, séries de 200 à 8 000.",
            "Un tisserand de rubans qui m'imprime des rubans en sublimation, vite.",
            "Le poids du métal.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Struan Kennaway",
            "We do chip timing and live results for 60 road races a year in Scotland.",
            "Big races that will sign a three-year timing contract with us.",
            "Every second counts.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lucas Fondrevay",
            "fonderie d'art: médailles de 500 à 10 000 pièces, moules maison, émail en option",
            "des organisateurs de courses fidèles qui viennent avec leur dessin",
            "du métal, jamais du plastique",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 29 ---------------------------------------------------------------- trap: commitment
    pair(
        29,
        "en",
        "carousel-horse-painting",
        "A owns a vintage fairground carousel with flaking horses; B paints fairground art and "
        "wants a ride to restore.",
        a=person(
            "Dorothea Mungrisdale",
            """- family firm, 4th gen showmen, based nr Kings Lynn
            - 1921 savage gallopers (steam-era carousel), 36 horses + 3 cockerels, organ works
            - travel 25 fairs + country shows a yr, april to october
            - yard w/ a big heated shed, we winter the ride there nov-march""",
            """the mounts look tired, colours flaking, gilt gone green, rounding boards faded.
            want someone who knows the old showland look (the proper curly bits, roses, the
            gilt writing) to redo them over 2 winters in our shed. budget ~£25k, can house them in a
            caravan on site + feed them""",
            "keep the old rides going, the way grandad did",
            tz=0,
            langs=["en"],
            loc="King's Lynn",
        ),
        b=person(
            "Reuben Gamlingay",
            "Fairground artist: I paint galloper horses, scrolls and gold leaf lettering.",
            "A whole ride to restore in the cold months, not odd bits.",
            "Bright, bold and right.",
            tz=0,
            langs=["en"],
            loc="Norwich",
        ),
        twin=person(
            "Silas Beddington",
            "Showland painter: gallopers, rounding boards, gilding, traditional lettering.",
            "I need a woodcarver to make replacement horses for a set I'm restoring.",
            "Tradition done right.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Persephone Gorsuch-Ley",
            "Location manager for a TV period drama set in the 1920s.",
            "A working vintage carousel we can hire and film on for four days in May.",
            "Authentic or nothing.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Ezra Scholefield-Rix",
            "Fairground artist: galloper horses, scrollwork and gold-leaf lettering.",
            "A complete ride to restore over the winter, not odd pieces.",
            "Bold and right.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 30 ---------------------------------------------------------------- trap: timezone
    pair(
        30,
        "cross",
        "jellyfish-kreisel-tanks",
        "A's public aquarium keeps losing its jellyfish; B builds circular jellyfish tanks "
        "and life-support systems.",
        a=person(
            "Perrine Guillemaud",
            """Je dirige un petit aquarium public à Saint-Malo, 18 bassins, 110 000 visiteurs
            par an, avec une équipe de six soigneurs et un partenariat avec la station
            biologique de Roscoff. Notre bassin vedette devait être celui des méduses
            lunaires, que nous avons installé l'an dernier dans un ancien bac à poissons.""",
            """Elles meurent en trois semaines: elles se coincent contre les parois, se font
            aspirer par la pompe et finissent en lambeaux, et l'eau tourne au vert. Les
            enfants demandent où elles sont passées et nous avons dû fermer l'espace deux fois.
            Nous avons un budget de 25 000 euros pour refaire l'installation avant Pâques.""",
            """Montrer la mer telle qu'elle est, bien soigner les animaux et ne pas les
            remplacer comme des décorations.""",
            ro=["operations"],
            tz=1,
            langs=["fr"],
            loc="Saint-Malo",
        ),
        b=person(
            "Ingrid Solheim-Rae",
            "I build kreisel tanks and life-support loops for jellyfish, any size.",
            "Sea-life centres that want a jelly display that lasts, with training.",
            "Happy animals, clear water.",
            tz=0,
            langs=["en", "fr"],
            loc="Plymouth",
        ),
        twin=person(
            "Lachlan Penhaligon-Tait",
            "I design life-support systems for aquariums: filters, UV, chillers.",
            "A workshop that can bend large acrylic sheets into curved panels.",
            "Engineering for animals.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Aurèle Kerangoff",
            "Photographe sous-marin, j'ai publié cinq livres sur la faune de la Manche.",
            "Un aquarium qui me laisse photographier ses bassins de nuit, pour un livre.",
            "Montrer l'invisible.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Corbin Aldana-Reyes",
            "I build kreisel tanks and jellyfish life-support in Monterey, any size.",
            "Public aquariums that want a lasting jelly display, staff training included.",
            "Healthy animals, clear water.",
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
]
