"""Pairs 91-105 of complementary_v5."""

from people import pair, person

PAIRS = [
    # 91 ---------------------------------------------------------------- trap: language
    pair(
        91,
        "cross",
        "aquitaine-caviar",
        "A farms sturgeon in the Gironde and sells caviar to wholesalers who relabel it; B "
        "runs a London caviar bar that wants a named European farm.",
        a=person(
            "Édouard Larrouturou",
            """J'élève des esturgeons sur la Dordogne, près de Libourne, depuis vingt-trois
            ans : des bassins alimentés par l'eau de la rivière, des poissons qui mettent
            huit à dix ans à donner leurs œufs, et un laboratoire où nous salons le caviar
            à la main, comme on me l'a appris. Nous produisons deux tonnes par an. Je suis
            aussi président du club d'aviron de Libourne.""",
            """Nous vendons presque tout à deux grossistes parisiens qui mettent leur
            étiquette sur nos boîtes. Personne ne sait d'où viennent ces œufs, et notre marge
            est ridicule. Je voudrais un client étranger prestigieux qui affiche notre nom
            et s'engage sur plusieurs années.""",
            """La patience de l'éleveur fait la qualité de l'œuf.""",
            tz=1,
            langs=["fr"],
            loc="Libourne",
        ),
        b=person(
            "Sebastian Kovacs-Reid",
            """I own a caviar and champagne bar in Mayfair and a small online shop: we
            serve around fifteen kilos a month, mostly to hedge-fund people and tourists.
            My father was a Hungarian fishmonger and I worked for a Paris caviar house
            for four years, so my French is good. I swim in the Serpentine all year,
            which my staff find hilarious.""",
            """Our supply comes through a trader who won't tell me which farm it's from,
            and customers now ask. I want a European farm with a name and a river, whose
            tins I can open in front of guests and whose owner I can bring over for a
            tasting night.""",
            """Luxury should be honest about where it comes from.""",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Anastasia Pemberton",
            """I run a seafood and caviar counter in Harrods' food hall on concession,
            with twelve staff and a catering arm for private parties. Our counter
            sells oysters, smoked fish and caviar to shoppers and tourists.""",
            """I need an operations manager to run the catering side, because the
            parties are growing faster than I can staff them. Ideally someone who has
            run events catering in London.""",
            """Service above all.""",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Hélène Castaing",
            """Je suis cheffe étoilée à Bordeaux et je refais ma carte autour des
            produits de l'estuaire. Ma carte change avec les saisons et je travaille
            déjà avec des pêcheurs de l'estuaire. Mon restaurant a vingt-huit
            couverts et une étoile depuis trois ans.""",
            """Un éleveur de la région qui me livre du caviar frais chaque semaine.
            Idéalement une petite quantité, très fraîche, chaque vendredi. Je veux
            connaître l'éleveur et pouvoir visiter ses bassins.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rufus Wetherby",
            """I own a caviar bar in Chelsea and sell online; our trader won't name the
            farm. About ten kilos a month, mostly to bankers and tourists.""",
            """A European sturgeon farm with a name and a river, whose owner I can bring
            over for tastings. Customers now ask which farm it's from.""",
            tz=0,
            langs=["en"],
        ),
    ),
    # 92 ---------------------------------------------------------------- trap: consent
    pair(
        92,
        "en",
        "shift-work-sleep",
        "A is a sleep scientist who designs rotas that keep night workers alert; B runs a "
        "night-shift warehouse firm whose fatigue accidents are climbing.",
        a=person(
            "Dr Miriam Sokolowski",
            """I'm a sleep researcher; I spent twelve years studying night workers in
            hospitals and on oil rigs, and I now advise on rotas: how many nights in a
            row, when to nap, how bright the lights should be at 4 a.m., what the canteen
            serves. My changes cut fatigue errors by a third in two NHS trusts. I live on
            a narrowboat, which does wonders for my own sleep.""",
            """Hospitals listen and then can't change anything because of budgets. I want
            a private employer with hundreds working while others sleep, who will actually redesign their
            shifts with me and measure the result.""",
            """Tired people aren't careless; badly planned shifts make them so.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Oxford",
        ),
        b=person(
            "Stuart Mulholland",
            "I run 3 night-shift warehouses, 900 staff, Midlands.",
            "Forklift accidents between 3 and 5 a.m. keep going up. Staff are wrecked.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Coventry",
        ),
        twin=person(
            "Kelvin Batchelor",
            "I run 2 distribution centres near Leicester, 600 staff.",
            "A robotics firm to automate our picking lines.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Leanne Dobbs",
            "I'm an ICU nurse on nights and I'm falling apart.",
            "An expert who can tell me how to survive my rota.",
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Wayne Fairclough",
            "I run night-shift warehouses in Yorkshire, 700 staff.",
            "Accidents between 3 and 5 a.m. keep climbing. Staff are exhausted.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 93 ---------------------------------------------------------------- trap: visibility
    pair(
        93,
        "cross",
        "bagpipe-making",
        "A makes bagpipes in Glasgow and wants a new market; B leads a federation of Breton "
        "pipe bands whose instruments are worn out.",
        a=person(
            "Angus MacRitchie",
            "Bagpipe maker, Glasgow, 30 years. African blackwood, hand-turned.",
            "Scottish orders are flat. I'd like a new crowd of pipers.",
            ro=["domain"],
            tz=0,
            langs=["en", "fr"],
            loc="Glasgow",
        ),
        b=person(
            "Loïc Le Meur",
            "Je préside une fédération de 60 bagadoù en Bretagne.",
            "Nos instruments sont usés, on les rafistole avec du scotch.",
            tz=1,
            langs=["fr"],
            loc="Quimper",
        ),
        twin=person(
            "Gwenn Le Nédélec",
            "Je dirige un bagad de 50 musiciens à Lorient.",
            "Un chef de pupitre batterie, le nôtre est parti.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Fraser Dunbar",
            "I teach piping to kids in Inverness.",
            "A maker who does cheap, sturdy practice sets for beginners.",
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Erwan Quéré",
            "Je préside une fédération de bagadoù du Finistère.",
            "Nos instruments sont usés jusqu'à la corde.",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 94 ---------------------------------------------------------------- trap: commitment
    pair(
        94,
        "fr",
        "steam-railway-apprentices",
        "A préside un chemin de fer touristique à vapeur dont les bénévoles vieillissent; B "
        "dirige un lycée professionnel de chaudronnerie qui cherche de vrais chantiers.",
        a=person(
            "Hubert Delacourt",
            """Je préside une association qui fait rouler un train à vapeur touristique
            dans la vallée de la Somme : deux locomotives de 1910 et 1928, huit voitures en
            bois, vingt kilomètres de voie et trente mille voyageurs l'été. Nous avons un
            atelier avec un tour, une forge et une fosse. J'ai été cheminot pendant
            trente-huit ans, conducteur puis chef de dépôt.""",
            """Nos bénévoles ont soixante-dix ans de moyenne, et la chaudière de la plus
            vieille locomotive doit être refaite avant l'inspection de 2027. Il nous faut
            des jeunes qui savent assembler et façonner le métal, poser des rivets, qui viennent régulièrement
            et qui restent, sinon les trains s'arrêtent.""",
            """Faire rouler l'histoire, pas la mettre sous vitrine.""",
            tz=1,
            langs=["fr"],
            loc="Saint-Valery-sur-Somme",
        ),
        b=person(
            "Martine Vasseur-Guillemin",
            """Je dirige un lycée professionnel à Abbeville : chaudronnerie, soudure,
            maintenance industrielle, cent quatre-vingts élèves. Nos ateliers sont bien
            équipés, nos professeurs sont d'anciens ouvriers, et nous avons de bons
            résultats aux examens.""",
            """Nos élèves s'ennuient sur des exercices qui finissent à la ferraille. Les
            usines du coin prennent peu de stagiaires. Je voudrais un vrai projet, long,
            spectaculaire, qui leur donne envie de venir le matin et qu'ils puissent
            montrer à leurs parents.""",
            tz=1,
            langs=["fr"],
            loc="Abbeville",
        ),
        twin=person(
            "Thierry Boucly",
            """Je dirige un lycée professionnel à Amiens, filières mécanique automobile
            et carrosserie, deux cents élèves. Nos élèves sont motivés et nos
            ateliers sont neufs.""",
            """Il me faut des garages partenaires qui prennent nos élèves en
            apprentissage, parce que la moitié ne trouve pas de place. Idéalement des
            garages dans un rayon de trente kilomètres.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Jean-Claude Poiret",
            """J'ai 72 ans, je suis mécanicien retraité et j'aime les vieilles machines.
            J'ai réparé des moteurs de tracteurs toute ma vie. J'ai encore mes outils
            et un bon coup d'œil pour les pièces usées.""",
            """Une association qui me laisse travailler sur ses locomotives le samedi.
            Je viendrai tous les samedis, même l'hiver. Des gens avec qui partager le
            travail et le casse-croûte.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Nathalie Froissart",
            """Je dirige un lycée professionnel de chaudronnerie et de soudure près de
            Péronne. Nos ateliers sont bien équipés et nos professeurs viennent de
            l'industrie.""",
            """Mes élèves s'ennuient sur des exercices ; je veux un projet long et
            spectaculaire qu'ils puissent montrer. Les usines du coin prennent peu de
            stagiaires.""",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 95 ---------------------------------------------------------------- trap: timezone
    pair(
        95,
        "cross",
        "breton-wasabi",
        "A grows real wasabi in spring-fed beds in Brittany; B runs sushi restaurants in "
        "London that pay a fortune for imported roots.",
        a=person(
            "Armelle Gourvennec",
            "Je cultive du vrai wasabi dans des bassins d'eau de source, en Bretagne.",
            "Je vends des racines au détail sur internet. Il me faut des pros réguliers.",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Morlaix",
        ),
        b=person(
            "Kenji Fairbairn",
            """I run six sushi restaurants in London, from a counter in Soho to a
            twelve-seat omakase in Marylebone. We grate fresh rhizome at the table for the
            omakase only, because roots flown from Shizuoka cost £250 a kilo and half of
            them arrive tired. Everywhere else we serve the green paste from a tube,
            which I hate.""",
            """I want fresh roots, grown close, delivered every week, at a price that lets
            me serve the real thing in every restaurant, not just the expensive one.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin=person(
            "Alice Okamura-Price",
            """I run four ramen bars in London and Manchester. Our broth is made fresh
            every day and our queues are long at lunchtime.""",
            """A noodle maker who'll set up fresh production in our central kitchen.
            Ideally someone who has made noodles for restaurants before.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Tristan Le Goff",
            """Je tiens une épicerie japonaise à Rennes. Mes clients sont des Japonais
            de Rennes et des amateurs de cuisine. La boutique fait aussi des cours de
            cuisine le samedi.""",
            """Un producteur breton qui me livre des racines fraîches chaque semaine. De
            petites quantités, mais toutes les semaines. Des racines fraîches, pas du
            tube, même en petite quantité.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Hiroto Sasaki",
            """I run five sushi restaurants in Tokyo's Ginza and want a second source of
            fresh roots. Roots flown from Shizuoka arrive tired and cost a fortune.""",
            """Fresh rhizomes every week at a fair price. So that every restaurant can
            serve the real thing.""",
            ro=["sales"],
            rs=["domain"],
            tz=9,
            langs=["en"],
        ),
    ),
    # 96 ---------------------------------------------------------------- trap: language
    pair(
        96,
        "mixed",
        "city-volunteers-harvest",
        "A runs a platform that sends city dwellers to help on farms for a weekend; B's "
        "vineyard can't find enough hands for the grape harvest.",
        a=person(
            "Clara Moutier-Evans",
            """J'ai lancé une plateforme qui envoie des citadins aider dans des fermes le
            week-end: 12,000 members in Paris and Lyon, mostly young professionals qui
            veulent les mains dans la terre. We handle the transport, l'assurance, the
            matching. Je viens d'une famille d'agriculteurs du Gers, which helps me
            understand both sides.""",
            """Nos fermes partenaires sont surtout des maraîchers, and our members get
            bored of weeding. I'd like big, joyful, seasonal moments où on a besoin de
            beaucoup de monde d'un coup, with hosts who feed people and tell stories.""",
            """Reconnecter la ville et la terre. Fair for the farmer, fun for the guest.""",
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Bertrand Lafitte-Ducos",
            """Je suis vigneron à Madiran, vingt-deux hectares en bio, une cave de
            vinification et des chambres d'hôtes. Nous vendangeons à la main, parce que
            nos coteaux sont trop pentus pour une machine et que je tiens à la qualité.""",
            """Chaque septembre, c'est la panique : les saisonniers d'avant ne viennent
            plus, les agences envoient des gens qui partent au bout de deux jours. Il me
            faudrait des équipes nombreuses, pour des week-ends, que je puisse nourrir et
            loger, et qui reviennent d'une année sur l'autre.""",
            tz=1,
            langs=["fr"],
            loc="Madiran",
        ),
        twin=person(
            "Sophie Capdevielle",
            """Je suis vigneronne en Jurançon, quinze hectares, vendanges à la main et
            une petite boutique au domaine. Nos vins sont bien notés et nous recevons
            des visiteurs toute l'année.""",
            """Il me faut un importateur qui vende mes blancs moelleux aux États-Unis,
            parce que le marché français stagne. Idéalement quelqu'un qui connaît les
            cavistes de New York.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Antoine Delmas",
            """Je suis consultant à Paris et je m'ennuie. Je travaille dans un bureau
            toute la semaine et j'ai envie de plein air. J'ai grandi en ville et je
            n'ai jamais touché une pioche.""",
            """Un moyen d'aller aider dans une ferme le week-end, facilement. Sans avoir
            à tout organiser moi-même. Un week-end par mois, avec d'autres gens de
            mon âge.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Matthias Eberhardt",
            """Ich bin Winzer in der Pfalz, zwanzig Hektar Steillagen, Handlese. Die
            Saisonkräfte von früher kommen nicht mehr.""",
            """Jeden September fehlen uns Erntehelfer; ich brauche große Gruppen für
            Wochenenden. Ich kann sie verpflegen und unterbringen.""",
            tz=1,
            langs=["de"],
        ),
    ),
    # 97 ---------------------------------------------------------------- trap: consent
    pair(
        97,
        "cross",
        "fine-art-crating",
        "A builds museum-grade crates for artworks; B's gallery ships paintings to fairs and "
        "keeps getting them back damaged.",
        a=person(
            "Desmond Achterberg",
            "I build museum-grade art crates, climate + shock proof. Geneva.",
            "I work for 2 museums only. Want private galleries that ship often.",
            ro=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Geneva",
        ),
        b=person(
            "Béatrice Lachenal",
            "Galerie d'art à Genève, 12 foires par an.",
            "Trois tableaux abîmés cette année pendant le transport. Mes artistes sont furieux.",
            tz=1,
            langs=["fr"],
            loc="Genève",
        ),
        twin=person(
            "Étienne Brunschwig",
            "Galerie d'art contemporain à Lausanne.",
            "Un attaché de presse pour nos vernissages, personne ne vient.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Oliver Stenning",
            "I sell art insurance to private collectors.",
            "A crate maker I can recommend so my clients' claims drop.",
            ro=["finance"],
            rs=["operations"],
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Céline Favre-Bulle",
            "Galerie d'art à Lausanne, dix foires par an.",
            "Des tableaux abîmés pendant le transport, mes artistes sont furieux.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 98 ---------------------------------------------------------------- trap: visibility
    pair(
        98,
        "en",
        "neighbour-dispute-mediation",
        "A is a retired judge who mediates between neighbours; B's housing association is "
        "drowning in neighbour complaints that end in court.",
        a=person(
            "Judge Eleanor Whitmarsh (ret.)",
            """I sat as a district judge for twenty-two years and heard more neighbour
            disputes than I care to remember: hedges, noise, parking, dogs, boundaries.
            Most should never have reached court. Since retiring I've trained as a
            mediator and I run a small team of four, all volunteers with legal or social
            work backgrounds. I also play bridge competitively and badly.""",
            """We get the odd referral from a solicitor, but by then everyone's dug in. I
            want to reach disputes early, in numbers, from an organisation that sees them
            at the first sign of trouble and will pay for the service, so my mediators can be
            paid too.""",
            """Most people just want to be heard. Listen first, decide never.""",
            ro=["legal"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Sheffield",
        ),
        b=person(
            "Paul Ackroyd",
            """I'm director of tenancy at a housing association in South Yorkshire: 18,000
            homes, lots of terraces and flats with thin walls. My team of thirty housing
            officers deals with about 2,500 complaints a year between tenants, and it
            swallows their time. I started as a caretaker on one of our estates.""",
            """Too many complaints escalate to injunctions and evictions that cost us
            £20,000 a time and wreck families. My officers don't know how to calm things
            down, and tenants don't trust them because they're the landlord. I want an
            independent, respected service that steps in at the first complaint.""",
            """Good neighbours make good places.""",
            ro=["operations"],
            rs=["legal"],
            tz=0,
            langs=["en"],
            loc="Rotherham",
        ),
        twin=person(
            "Angela Sowerby",
            """I manage the repairs service of a housing association in Doncaster,
            12,000 homes and a backlog of 3,000 jobs. Our tenants are patient but our
            contractors keep letting us down.""",
            """I need a contractor with a big team of plumbers and electricians who can
            clear the backlog in six months. Ideally a firm that already works for
            social landlords.""",
            """Safe, warm, dry homes.""",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Gordon Brierley",
            """My neighbour's conifers block all my light and we've stopped speaking.
            We've lived side by side for twenty years and it was fine until last
            spring. We're both retired and we used to have barbecues together.""",
            """Someone neutral who can get us round a table before I call a solicitor.
            I'd pay for it myself if it avoids court. Ideally someone who'll come to
            us, since neither of us drives far.""",
            rs=["legal"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Sharon Heptonstall",
            """Director of tenancy at a housing association in Barnsley, 14,000 homes
            and endless complaints between tenants. Terraces and flats with thin
            walls, and thirty officers who deal with it.""",
            """An independent, respected service that steps in at the first complaint
            before it reaches court. Injunctions and evictions cost us a fortune and
            wreck families.""",
            ro=["operations"],
            rs=["legal"],
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 99 ---------------------------------------------------------------- trap: commitment
    pair(
        99,
        "cross",
        "watercress-beds",
        "A grows watercress in spring-fed beds south of Paris and sells to local markets; B's "
        "London salad brand wants a second grower for peppery leaves.",
        a=person(
            "Raymond Chevillard",
            """Je cultive le cresson dans l'Essonne, à Méréville, comme mon grand-père :
            quatre hectares de fosses alimentées par des sources, de l'eau à douze degrés
            toute l'année, une récolte à la main presque tous les jours. Nous faisons des
            bottes pour les marchés et les restaurants de la région. J'ai aussi un petit
            musée du cresson dans la grange, que les écoles visitent.""",
            """Les marchés ne prennent plus autant, et une botte invendue est perdue le
            lendemain. Je voudrais un gros client régulier, même loin, qui me prenne des
            volumes chaque semaine.""",
            tz=1,
            langs=["fr"],
            loc="Méréville",
        ),
        b=person(
            "Isobel Kettering",
            "London salad brand, 200 shops. We speak French in the office.",
            "Our only peppery-leaf grower had a flood. Need a second, weekly.",
            tz=0,
            langs=["en", "fr"],
            loc="London",
        ),
        twin=person(
            "Marcus Fennimore",
            "I run a London salad bar chain, 40 sites.",
            "A central kitchen manager to cut our prep costs.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Annick Bourdin",
            "Je tiens un restaurant à Étampes, cuisine de terroir.",
            "Un producteur local qui me livre du cresson frais chaque jour.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Hattie Lansbury",
            "London salad brand, 150 shops.",
            "Our peppery-leaf grower flooded. Need a second, weekly.",
            c="side-project",
            tz=0,
            langs=["en", "fr"],
        ),
    ),
    # 100 --------------------------------------------------------------- trap: timezone
    pair(
        100,
        "fr",
        "adaptive-archery",
        "A enseigne le tir à l'arc et veut ouvrir une section adaptée; B dirige un centre de "
        "rééducation dont les patients en fauteuil n'ont aucun sport.",
        a=person(
            "Olivier Pignol",
            "Moniteur de tir à l'arc, club de 90 archers à Clermont.",
            "Je veux une section pour les personnes en fauteuil, mais je n'en vois aucune.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Clermont-Ferrand",
        ),
        b=person(
            "Sandrine Aubignat",
            "Je dirige un centre de rééducation, 60 patients paraplégiques.",
            "Ils n'ont aucune activité sportive. Le moral s'effondre après la sortie.",
            tz=1,
            langs=["fr"],
            loc="Chamalières",
        ),
        twin=person(
            "Francis Chaput",
            "Je dirige un centre de rééducation cardiaque à Vichy.",
            "Un kiné du sport pour nos programmes d'effort.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Malik Benhaddou",
            "Je suis en fauteuil depuis un accident de moto.",
            "Un club qui m'apprenne un sport de précision.",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Henriette Wayaridri",
            "Je dirige un centre de rééducation à Nouméa.",
            "Nos patients en fauteuil n'ont aucun sport, le moral s'effondre.",
            tz=11,
            langs=["fr"],
        ),
    ),
    # 101 --------------------------------------------------------------- trap: language
    pair(
        101,
        "cross",
        "dementia-gardens",
        "A designs gardens for people with dementia and has no clients in Belgium yet; B runs "
        "care homes for people with Alzheimer's whose courtyards are bare concrete.",
        a=person(
            "Rosemary Pilkington",
            """I'm a garden designer and horticultural therapist. For fifteen years I've
            designed gardens for people living with dementia in England: looped paths with
            no dead ends, raised beds at wheelchair height, scented plants, a bus stop
            bench, a washing line, things that wake old memories. I've done thirty-one care
            homes and measured falls and agitation before and after. We moved to Brussels
            for my husband's job and I'm still learning French.""",
            """Here nobody knows my work. I need a care provider with outdoor spaces,
            willing to let me redesign them, involve staff and families, and keep the
            gardens alive afterwards.""",
            """A garden is a treatment, not a decoration.""",
            ro=["design"],
            rs=["operations"],
            tz=1,
            langs=["en"],
            loc="Brussels",
        ),
        b=person(
            "Christine Van Hoorebeke",
            """Je dirige six maisons de repos en Wallonie, dont trois unités protégées pour
            des résidents atteints d'Alzheimer. Nous avons de bonnes équipes, des
            animateurs, et des familles très présentes. Je suis infirmière de formation.""",
            """Nos cours intérieures sont du béton avec trois bacs de géraniums.
            Les résidents tournent en rond dans les couloirs, s'agitent en fin de journée
            et ne sortent presque jamais. Je voudrais que le dehors leur fasse du bien, en
            sécurité, et que les équipes aient envie de les y emmener.""",
            """Vivre jusqu'au bout, pas seulement être soigné.""",
            ro=["operations"],
            rs=["design"],
            tz=1,
            langs=["fr", "en"],
            loc="Namur",
        ),
        twin=person(
            "Didier Lemmens",
            """Je dirige quatre maisons de repos à Liège et Verviers, deux cent quarante
            résidents, beaucoup de grande dépendance. Nos maisons sont bien notées
            par les inspections et nous avons une liste d'attente.""",
            """Il me faut un responsable des ressources humaines qui stabilise nos
            équipes, car nous perdons une aide-soignante sur trois chaque année.
            Idéalement quelqu'un qui connaît le secteur des soins.""",
            """Le respect des aînés.""",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Henry Ashdown",
            """I run a plant nursery near Mechelen specialising in scented and edible
            plants. Our plants are grown without peat and we deliver across Belgium.
            We supply three landscape firms and a few municipal parks.""",
            """A designer with care-home projects who'll specify my plants in her
            gardens. Ideally projects that need hundreds of plants a year. Projects
            with outdoor spaces where my plants can be chosen for their scent.""",
            ro=["operations"],
            rs=["design"],
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Véronique Delhaye",
            """Je dirige quatre maisons de repos avec des unités pour l'Alzheimer ; nos
            cours sont du béton. Nos équipes sont bonnes et les familles très
            présentes.""",
            """Que le dehors fasse du bien aux résidents, en sécurité. Les résidents
            tournent en rond dans les couloirs et ne sortent presque jamais.""",
            ro=["operations"],
            rs=["design"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 102 --------------------------------------------------------------- trap: consent
    pair(
        102,
        "mixed",
        "silent-disco-campsites",
        "A owns hundreds of silent-disco headsets and looks for regular venues; B runs a big "
        "holiday campsite whose night entertainment brings noise complaints.",
        a=person(
            "Jérémy Castelnau",
            "J'ai 400 casques silent disco avec 3 canaux, and I have two DJs on call.",
            "Je ne bosse que pour des mariages, but I need a venue for the whole summer.",
            tz=1,
            langs=["fr", "en"],
            loc="Montpellier",
        ),
        b=person(
            "Mireille Sabatier",
            """Je dirige un camping cinq étoiles à Agde : huit cents emplacements, une
            piscine à vagues, un bar et une scène pour les soirées. L'été, nous accueillons
            trois mille vacanciers par nuit, beaucoup de familles néerlandaises et
            allemandes.""",
            """Les soirées dansantes font fuir les familles qui veulent dormir, et les
            voisins ont porté plainte deux fois. Si j'arrête, les ados s'ennuient et
            les parents ne reviennent pas. Il me faut une fête qui ne réveille personne.""",
            tz=1,
            langs=["fr"],
            loc="Agde",
        ),
        twin=person(
            "Patrick Bourrel",
            """Je dirige un camping quatre étoiles à Sérignan, six cents emplacements.
            Nos clients sont surtout des familles avec de jeunes enfants.""",
            """Un animateur pour le club enfants, je n'en trouve plus. Idéalement
            quelqu'un qui a le BAFA et parle néerlandais.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Élodie Ferrand",
            """J'organise des mariages dans l'Hérault. Mes mariages ont lieu dans des
            domaines viticoles proches des villages. Je travaille avec une trentaine
            de domaines et de mas privatisés.""",
            """Une soirée dansante qui ne gêne pas les voisins du domaine. Idéalement un
            prestataire qui s'adapte à cent cinquante invités. Sans bruit après
            minuit, sinon les propriétaires annulent.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Régine Aussel",
            """Je dirige un grand camping à Valras, 700 emplacements. Une piscine, un
            bar et une scène, et trois mille vacanciers par nuit l'été.""",
            """Les soirées dansantes réveillent tout le monde, les voisins se plaignent.
            Si j'arrête les soirées, les ados s'ennuient.""",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 103 --------------------------------------------------------------- trap: visibility
    pair(
        103,
        "cross",
        "yurt-making",
        "A builds yurts by hand in the Massif Central and sells a handful a year; B runs "
        "glamping sites in England and wants handmade yurts rather than imports.",
        a=person(
            "Josselin Fabregoule",
            """Je fabrique des yourtes à la main en Haute-Loire depuis quatorze ans : des
            treillis en châtaignier fendu, des couronnes en frêne cintré, du feutre de
            laine du Massif central et des toiles cirées qui résistent au vent. Je suis
            seul avec un apprenti, et chaque yourte prend trois semaines. J'ai vécu deux
            ans en Mongolie, c'est là que j'ai appris.""",
            """Je vends à des particuliers qui rêvent de vivre dedans, une ou deux par an,
            et souvent ils renoncent au dernier moment. Il me faudrait des commandes en
            série, d'un client professionnel qui s'en sert vraiment et qui les entretient.""",
            """Un abri fait à la main, avec ce que la forêt donne.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Le Puy-en-Velay",
        ),
        b=person(
            "Arabella Fotheringham",
            """I run four glamping sites in Devon and Dorset, forty units, booked solid
            from May to September by London families. Our yurts came from a factory
            abroad: thin canvas, flimsy frames, they leak after two winters and guests
            notice.""",
            """I want handmade yurts, solid and beautiful, with a story I can tell on the
            booking page, from a maker who'll build eight or ten over two years and fix
            them when the weather does its worst.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Totnes",
        ),
        twin=person(
            "Crispin Lanyon",
            """I run a glamping site in Cornwall with shepherd's huts and treehouses,
            twenty units. Our guests love the treehouses and book a year ahead.""",
            """I need a booking platform developer who can connect our calendar to all
            the holiday sites, because we keep double-booking. Ideally someone who
            knows the big holiday booking sites.""",
            ro=["sales"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Clémentine Rouchon",
            """J'ouvre un écolieu en Ardèche et je veux y loger des stagiaires. Nous
            accueillons des stagiaires en permaculture au printemps et en été.""",
            """Un artisan qui me fabrique trois yourtes solides avant l'été. Idéalement
            des yourtes de cinq ou six mètres, faciles à chauffer.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tabitha Ormerod",
            """I run three glamping sites in Somerset; our imported yurts leak after two
            winters. Booked solid by London families from May to September.""",
            """Handmade, solid yurts from a maker who'll build several and repair them.
            With a story I can tell on the booking page.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 104 --------------------------------------------------------------- trap: commitment
    pair(
        104,
        "fr",
        "rope-access-facades",
        "A est cordiste et veut des contrats réguliers; B gère des tours d'habitation dont les "
        "façades doivent être inspectées sans échafaudage.",
        a=person(
            "Loïc Mazzoleni",
            "Cordiste, 6 gars, travaux sur corde en hauteur. Grenoble.",
            "Des petits chantiers au coup par coup. Je veux des contrats à l'année.",
            ro=["operations"],
            tz=1,
            langs=["fr"],
            loc="Grenoble",
        ),
        b=person(
            "Christiane Bouvier-Rey",
            "Je gère 30 tours de 15 étages à Grenoble, pour un bailleur.",
            "Des bouts de béton tombent des façades. Un échafaudage coûte une fortune.",
            tz=1,
            langs=["fr"],
            loc="Échirolles",
        ),
        twin=person(
            "Jean-François Arnaud",
            "Je gère des immeubles pour un bailleur à Chambéry.",
            "Un chauffagiste fiable, nos chaudières tombent en panne.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Kylian Reboul",
            "Je suis grimpeur et je veux devenir cordiste.",
            "Une équipe qui m'embauche et me forme au certificat.",
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Sylvie Garnier",
            "Je gère des tours d'habitation à Villeurbanne.",
            "Du béton tombe des façades et l'échafaudage coûte une fortune.",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 105 --------------------------------------------------------------- trap: timezone
    pair(
        105,
        "cross",
        "school-chess",
        "A teaches chess and wants to run it in schools; B heads a primary school whose "
        "lunch breaks are chaotic and who wants a calm activity.",
        a=person(
            "Graham Sutcliffe",
            """I'm a chess teacher, FIDE trainer, living in Lausanne. I've run school chess
            clubs in Manchester for ten years: 30 boards per school, a method for
            six-year-olds, and tournaments between schools that the kids adore.""",
            """Here I only have private pupils. I want schools that will give me their
            children every week.""",
            tz=1,
            langs=["en", "fr"],
            loc="Lausanne",
        ),
        b=person(
            "Nicole Chappuis",
            "Je dirige une école primaire de 400 élèves à Lausanne.",
            "La pause de midi, c'est la jungle : cris, bagarres. Il faut du calme.",
            tz=1,
            langs=["fr"],
            loc="Lausanne",
        ),
        twin=person(
            "Pascal Rossier",
            "Je dirige une école primaire à Morges.",
            "Un cuisinier pour la cantine, le traiteur est trop cher.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Eric Lindgren",
            "My son is 8 and obsessed with chess.",
            "A proper coach who teaches kids, once a week.",
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Véronique Leclerc",
            "Je dirige l'école primaire française de Shanghai.",
            "La pause de midi est chaotique, il nous faut une activité calme.",
            tz=8,
            langs=["fr", "en"],
        ),
    ),
]
