"""Pairs 11-20 of complementary_v9."""

from people import pair, person

PAIRS = [
    # 11 ---------------------------------------------------------------- trap: language
    pair(
        11,
        "mixed",
        "pedal-harp-regulation",
        "A's concert harp buzzes and drifts out of tune; B is a touring harp technician who "
        "wants a city where many harpists need regular regulation.",
        a=person(
            "Séverine Aubrac-Noll",
            "harpiste à l'orchestre de lyon and I do freelance gigs, j'ai une lyon & healy style 23 from 1998",
            "I need un tech qui règle les pédales asap, ça frise sur le ré and the sol is off",
            "le son d'abord",
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Alastair Quennevais",
            """I regulate and repair pedal harps for a living, from a van I drive around Europe
            eight months a year. A full regulation takes me about five hours: I check and set
            every disc, adjust the rods and the action, cure buzzes at the neck and the
            soundboard, and replace worn felts and bushings. I trained at a harp maker's
            workshop in Chicago for six years and I carry parts for the main American and
            Italian makers.""",
            """My route is too thin in south-east France: I drive nine hours to see three
            instruments. I want a player with a big network, someone who teaches or plays in a
            large ensemble, to host me two days every six months and gather the local
            instruments, so I can book a full list before I arrive. In return I'd discount
            their own work and teach basic upkeep to their students. I can come in March and
            September, and I keep a written record of every instrument I've touched.""",
            """Harps are built to last a century if they're looked after. I'd rather come back
            regularly than patch things in a rush.""",
            tz=1,
            langs=["en", "fr"],
            loc="Geneva",
        ),
        twin=person(
            "Benedikt Varley-Hume",
            """I'm a harp technician based in Brussels. I do complete regulations of concert and
            semi-grand pedal harps, set the discs and the action, chase buzzes in the neck and
            the body, and re-felt the pedal box. I also restring whole instruments and repair
            cracked soundboards in my workshop. I learned the trade at a maker's factory in
            Piacenza and keep a stock of their parts in my car.""",
            """I need a supplier of gut strings who can sell me whole sets at trade price and
            ship within a week: the two main brands now take six weeks and charge me retail.
            I'd also like an accountant who understands being self-employed in Belgium while
            working in five countries, and who can file my VAT returns in French and Dutch
            without charging me a fortune every quarter.""",
            """Keep instruments playing and keep prices fair for students, whose harps are the
            ones that suffer most.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Hortense Valdeyron",
            """Je dirige une agence de concerts à Villeurbanne qui programme de la musique de
            chambre dans des châteaux, des chapelles et des hôtels de la région, une soixantaine
            de dates par an, avec un public fidèle et des mécènes locaux. Je m'occupe des
            contrats, des cachets, de la billetterie et de la communication, et je loue le
            matériel quand il faut. Nos concerts sont souvent complets deux mois à l'avance,
            et nous enregistrons une partie des programmes pour la radio locale.""",
            """Pour la saison prochaine il me manque une harpiste de concert qui puisse jouer
            en duo avec une flûtiste dans douze lieux entre avril et septembre, avec son
            propre instrument et un programme de quarante minutes. Je paie au cachet, avec les
            déplacements, et je peux garantir une deuxième saison si le public suit.""",
            """Amener la musique là où elle ne va jamais, et payer les artistes à temps, sans
            négocier à la baisse.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Ottavio Bellincioni",
            """Regolo e riparo arpe a pedali da vent'anni, girando l'Europa con il mio furgone
            attrezzato. Una regolazione completa richiede circa cinque ore: dischi, aste,
            meccanica, ronzii sul collo e sulla tavola armonica, feltri e boccole consumati.
            Porto con me i ricambi dei principali costruttori americani e italiani, e ho
            imparato il mestiere in una fabbrica di arpe a Piacenza, dove ho lavorato sei anni.""",
            """Cerco un'arpista con una grande rete di colleghi e allievi che mi ospiti due
            giorni ogni sei mesi e raccolga gli strumenti della zona, così posso riempire
            l'agenda prima di partire. In cambio faccio uno sconto sul suo strumento e insegno
            ai suoi allievi la manutenzione di base: posso venire a marzo e a settembre.""",
            """Un'arpa curata dura un secolo. Meglio tornare spesso che riparare in fretta, e
            tenere un registro scritto di ogni strumento toccato.""",
            tz=1,
            langs=["it"],
        ),
    ),
    # 12 ---------------------------------------------------------------- trap: consent
    pair(
        12,
        "cross",
        "cricket-square-drainage",
        "A's cricket square floods after every summer storm; B drains sports turf and wants "
        "a club willing to be a showcase.",
        a=person(
            "Piers Wintringham",
            "Village cricket club, Hampshire: 3 XIs, 180 members, one square, lovely pavilion.",
            "Every June storm floods the square and we lose four or five matches a summer.",
            "Cricket for everyone.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Alresford",
        ),
        b=person(
            "Bertrand Loisillon",
            """entreprise de drainage de terrains de sport, basée pres de Calais, 6 salariés
            - sablage en fente (slit drainage), drains agricoles, carottage et regarnissage
            - trancheuse laser + sableuse, on travaille sur gazon en place sans tout refaire
            - 40 stades de foot et 12 golfs dans le nord depuis 2015
            - j'ai déjà fait 2 terrains en angleterre (Kent) donc les papiers je connais""",
            """je cherche 1 club anglais qui accepte d'etre vitrine: chantier en septembre
            apres la saison, prix coûtant contre photos + visites d'autres clubs. il me faut
            aussi qqn sur place qui ouvre le terrain, prête un local pour le matos et m'aide
            a parler aux comités des clubs voisins""",
            "du travail durable, on ne refait pas un terrain tous les 5 ans",
            ro=["domain"],
            rs=["operations", "sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Calais",
        ),
        twin=person(
            "Anthony Dufresnoy",
            """Je dirige une petite société de drainage de gazon sportif dans la Somme:
            tranchées fines remplies de sable, drains en épis, décompactage et regarnissage,
            avec une trancheuse guidée au laser et une sableuse à tapis. Nous avons repris une
            trentaine de terrains de rugby et de football et quatre parcours de golf, toujours
            sans arracher la pelouse existante, et nous garantissons le résultat deux ans.""",
            """Il me faut un fournisseur de sable siliceux lavé, calibré entre 0,2 et 0,5 mm,
            capable de me livrer 400 tonnes en septembre sur des chantiers éloignés: ma
            carrière habituelle a fermé et le sable que je trouve ailleurs est trop fin, il
            colmate au bout de deux hivers. Je cherche un contrat sur trois saisons.""",
            """Faire du travail qui dure, ne pas vendre un chantier dont le club n'a pas
            besoin, et payer les sous-traitants à trente jours.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Rosalind Stubbington",
            """I run a marquee hire company near Winchester with nine marquees, from a 6-metre
            tent to a 600-guest frame structure, plus furniture, flooring, lighting and a
            loyal crew of students every summer. We do weddings, village fêtes and two county
            shows, and we have our own lorries and a yard.""",
            """I need a large, flat, well-kept field with road access where we can hold a
            wedding fair every July and store two marquees between jobs, and a club or
            organisation happy to take a fee and a share of the bar. A pavilion with toilets
            would be ideal, and parking for 200 cars.""",
            """Do what we promised, leave every field as we found it, and pay the crew
            properly.""",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Yannick Wimereux-Daul",
            """Entreprise de drainage de terrains de sport près de Boulogne: sablage en fente,
            drains agricoles, carottage, regarnissage, trancheuse laser et sableuse, sans
            refaire le gazon. Une quarantaine de stades et une dizaine de golfs depuis dix ans,
            et deux terrains déjà faits dans le Kent, donc je connais les démarches en
            Angleterre.""",
            """Je cherche un club anglais qui accepte de servir de vitrine: chantier en
            septembre à prix coûtant contre des photos et des visites pour les clubs voisins,
            avec quelqu'un sur place qui ouvre le terrain et prête un local pour le matériel,
            et qui me présente aux comités des environs.""",
            """Un terrain se refait une fois, pas tous les cinq ans; je préfère la durée à la
            quantité.""",
            ro=["domain"],
            rs=["operations", "sales"],
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 13 ---------------------------------------------------------------- trap: visibility
    pair(
        13,
        "en",
        "observatory-dome-drive",
        "A's astronomy society has an observatory whose dome no longer turns; B rebuilds the "
        "drives of rotating domes and wants a society to adopt him.",
        a=person(
            "Winifred Castlemilk",
            """I'm the secretary of an amateur astronomy society in the Brecon Beacons. We own
            a small observatory built by a retired physics teacher in 1968: a 4-metre dome on a
            brick drum, a 14-inch reflector on a fork mount, and a warm room where we hold
            open evenings for schools and visitors under one of the darkest skies in Wales. We
            have 85 paying members and a modest reserve.""",
            """Since last winter the dome is stuck. The motor hums but the whole thing won't
            budge, and two of our members strained their backs trying to push it by hand. We
            need someone who can strip the turning gear, work out whether the ring or
            the wheels have failed, and build something that one person can operate at night.
            We could raise £6,000 and feed whoever comes.""",
            """Dark skies are for everyone. We keep membership cheap and never turn away a
            curious child.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
            loc="Brecon",
        ),
        b=person(
            "Ambrose Lathbury",
            """Retired mechanical engineer, forty years in cranes and turntables. Since 2015 I
            have rebuilt the rotation on seven observatory domes, from a school's 3-metre
            fibreglass dome to a university's 8-metre steel one: new rail sections, nylon
            bogies, chain or friction drives, limit switches and a simple hand controller, all
            designed so a volunteer can service it. I have a workshop with a lathe and a
            mill, and a trailer.""",
            """I want one more project close to home, with a group that will learn to maintain
            what I build rather than call me every month. Ideally a club that can host me
            for a few long weekends in spring, pay for materials, and let me bring my grandson
            along to help. I don't need a fee beyond costs.""",
            """Build it simple enough that it outlives me. Teach as you go and write every
            step down.""",
            tz=0,
            langs=["en"],
            loc="Abergavenny",
        ),
        twin=person(
            "Cuthbert Eggleshaw",
            """I design and build observatory domes and roll-off roofs in my workshop near
            Hereford: steel frames, aluminium skins, rotation rings on polymer rollers, chain
            drives and weatherproof shutters, with a control box that a club member can use in
            the dark. I've delivered nineteen since 2010, most for private owners and two for
            schools, and I still service all of them every two years.""",
            """I need a specialist in fibreglass moulding who can make the curved gore panels
            of a dome from my templates, in batches of eight, and deliver them flat on a
            pallet. My old moulder has retired and I have four orders waiting, the largest a
            5-metre dome for a farm in Shropshire.""",
            """Make things that are easy to mend, give clear quotes, and never take a deposit
            for work I can't start within a month.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Juniper Ottershaw",
            """I produce planetarium shows and fulldome films from a studio in Cardiff. We sell
            our programmes to science centres in Britain and Scandinavia, and we shoot our own
            night-sky footage with four cameras on motorised mounts. Our latest show, about
            the Welsh names of the stars, is in twelve domes already.""",
            """For the next film I need a dark-sky site with a working observatory and a local
            club whose members would appear on camera, let us stay on site for six nights in
            February, and talk about why they watch the sky. We pay a location fee and credit
            the club.""",
            """Tell true stories about the sky, pay local people for their time, and leave no
            light on behind us.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Algernon Pettifer-Lunn",
            """Retired engineer from the crane industry. Over the last ten years I've rebuilt
            the rotating mechanism of six observatory domes: new rail, nylon bogies, chain or
            friction drives, limit switches, and a hand controller a volunteer can maintain.
            I have a lathe, a mill and a trailer, and I write a maintenance manual for every
            job.""",
            """I'd like one more project near home with a group that learns to keep the thing
            running itself. A society that can host me for a few long weekends in spring and
            pay for materials would suit me; I don't charge a fee, though I'd like to bring my
            grandson along to help and learn.""",
            """Keep it simple so it outlasts the builder, and write everything down for
            whoever comes next.""",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 14 ---------------------------------------------------------------- trap: commitment
    pair(
        14,
        "cross",
        "paraglider-canopy-repair",
        "A's paragliding school has a fleet of torn canopies; B repairs and line-checks "
        "paragliders and wants a steady school client.",
        a=person(
            "Maxence Pelloux",
            "ecole de parapente a annecy, 25 voiles, bcp d'accrocs en fin de saison",
            "qqn qui recouse les voiles + controle des suspentes tous les 6 mois",
            "securite avant tout",
            tz=1,
            langs=["fr"],
            loc="Doussard",
        ),
        b=person(
            "Callum Dunnichen",
            "I repair paraglider canopies and re-trim lines; porosity tests, Chamonix shop.",
            "A flying school that sends me its whole fleet twice a year.",
            "Airworthy or grounded.",
            tz=1,
            langs=["en", "fr"],
            loc="Chamonix",
        ),
        twin=person(
            "Ewan Kilbrannan",
            "Paraglider repairer and inspector: sail patches, line sets, porosity checks.",
            "Need a supplier of ripstop nylon in 20 colours, by the roll, fast.",
            "Do it right.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Sidonie Marjolet",
            "Je vends des coffrets cadeaux d'activités en plein air, 12 000 par an.",
            "Une école qui assure des baptêmes biplace pour mes clients, toute l'année.",
            "Des souvenirs, pas des objets.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Rory Achnacarry",
            "I patch paraglider wings and re-trim lines; porosity testing, shop near Sallanches.",
            "A flying school that sends me all its wings twice a year.",
            "Safe to fly or not at all.",
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 15 ---------------------------------------------------------------- trap: timezone
    pair(
        15,
        "en",
        "town-ledger-conservation",
        "A's museum holds crumbling 1840s town ledgers; B is a book conservator who wants "
        "archives with a backlog.",
        a=person(
            "Horace Pemberton-Lyle",
            "Small town museum in Bishop's Castle, run by volunteers.",
            "Our 1840s rate ledgers flake to dust when anyone turns a page.",
            "History belongs to the town.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Bishop's Castle",
        ),
        b=person(
            "Delphine Ditchfield",
            "book conservator 20 yrs: leather rebacks, consolidation, boxes, surveys",
            "archives w/ a backlog + a bit of budget, long term",
            "minimal intervention",
            tz=0,
            langs=["en"],
            loc="Shrewsbury",
        ),
        twin=person(
            "Tobiah Brereton-Ault",
            "Bookbinder and conservator: rebacking, paper repair, bespoke archival boxes.",
            "I need a tannery that sells me vegetable-tanned calfskin in small lots.",
            "Honest materials.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Marigold Tregidgo",
            "I run a family-history research company with 4,000 paying subscribers.",
            "A local museum that lets us photograph its old town records for our database.",
            "Everyone has ancestors.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Imelda Colquhoun-Mair",
            "book conservator in Calgary: leather rebacks, consolidation, boxes, surveys",
            "archives with a backlog and some budget, long term",
            "do as little as needed",
            tz=-7,
            langs=["en"],
        ),
    ),
    # 16 ---------------------------------------------------------------- trap: language
    pair(
        16,
        "cross",
        "rink-skate-sharpening",
        "A's ice rink rents out 900 pairs of skates that nobody sharpens; B sharpens skates "
        "and wants a rink with a big hire fleet.",
        a=person(
            "Margot Haldane-Pryce",
            """I manage a public ice rink on the French side of Geneva, open October to
            March, with about 120,000 visits a season. We rent out around 900 pairs of hire
            skates, run a figure-skating club and a junior ice-hockey section, and on
            Saturday nights we do disco sessions that sell out. Our staff are mostly students
            and seasonal workers.""",
            """Our hire skates are a disgrace: blunt, with rockers all over the place,
            and children fall constantly. I need someone who can grind the whole hire fleet
            before the season, keep on top of it every week, and set up a proper service for
            our club skaters. We'd provide a room, power, and a contract of about 15,000
            euros a year.""",
            """Safe ice for everyone, a proper welcome for beginners, and no cutting corners to
            save money.""",
            tz=1,
            langs=["en"],
            loc="Annemasse",
        ),
        b=person(
            "Fabien Gruaz",
            "J'affûte des patins: hockey, artistique, profil de lame sur mesure, machine à moi.",
            "Une patinoire avec un gros parc de location, un contrat à la saison.",
            "Une lame nette, un patineur debout.",
            tz=1,
            langs=["fr", "en"],
            loc="Thonon-les-Bains",
        ),
        twin=person(
            "Loïc Ambrosetti",
            "Affûteur de lames de patin, hockey et danse, avec une meule automatique.",
            "Un grossiste de lames suisses en acier trempé, à prix pro.",
            "Du travail précis.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Tabitha Carrow-Lind",
            "I run a figure-skating coaching company: six coaches, 150 young skaters.",
            "Early-morning ice time at a rink near Geneva, three days a week.",
            "Joy before medals.",
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Aymeric Bonnevaux",
            "J'aiguise des patins: hockey, artistique, profil de lame à la demande.",
            "Une patinoire avec beaucoup de patins de location, sous contrat saisonnier.",
            "Une lame propre, un patineur debout.",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 17 ---------------------------------------------------------------- trap: consent
    pair(
        17,
        "fr",
        "sabots-de-bourree",
        "A dirige une troupe de bourrée auvergnate qui danse en sabots fendus; B est sabotier "
        "et veut des commandes régulières de groupes.",
        a=person(
            "Églantine Chabrolles",
            """troupe folklorique a aurillac, 24 danseurs, bourrée + montagnarde
            - 35 sorties/an: fetes votives, festivals, 2 tournees a l'etranger (quebec l'an dernier)
            - costumes d'epoque faits par nos couturieres, musiciens cabrette + vielle
            - asso loi 1901, subvention du departement + cachets""",
            """nos sabots sont fendus ou trop lourds pour les jeunes, on danse en souliers
            de ville et ça sonne faux sur le parquet. il me faudrait un artisan qui taille 20
            paires a nos pieds, legeres, avec la bride en cuir, avant le festival de juillet.
            on a env. 3 000 € de côté et on peut payer en 2 fois""",
            "garder la danse vivante, avec les jeunes, pas dans une vitrine",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Aurillac",
        ),
        b=person(
            "Norbert Vermenouze-Prat",
            """Je suis l'un des derniers à faire ce métier dans le Cantal: je creuse à la main
            des chaussures de bois dans du bouleau, du noyer ou du hêtre, à la cuillère et à la
            paroire, comme mon grand-père à Laroquebrou. Je prends l'empreinte du pied, je
            laisse sécher le bois six mois, et je pose des brides de cuir clouées. Une paire
            me prend une journée. J'en vends une centaine par an, surtout à des collectionneurs
            et au musée de Salers, et je fais des démonstrations sur les marchés.""",
            """Ce qui me manque, c'est du travail régulier et des gens qui les usent vraiment.
            Je voudrais un ensemble de danse traditionnelle qui me commande chaque hiver, qui accepte de
            venir à l'atelier pour les essayages, et qui parle de moi quand il joue ailleurs. Je
            peux faire un prix de groupe et étaler le paiement.""",
            """Un objet qu'on porte vaut mieux qu'un objet qu'on regarde. Je travaille lentement
            et je ne vends pas une paire qui blesse.""",
            tz=1,
            langs=["fr"],
            loc="Laroquebrou",
        ),
        twin=person(
            "Ferréol Vigouroux",
            """Sabotier en Corrèze depuis trente ans, je façonne des sabots de noyer et de
            bouleau à la main, avec l'herminette et la cuillère, sur mesure après une
            empreinte du pied. Je fais aussi des sabots de jardin plus épais et des modèles
            d'enfant, et je répare les paires anciennes qu'on m'apporte, en changeant les
            brides ou en cerclant les bois fendus. Je produis environ cent cinquante paires
            par an.""",
            """J'ai besoin d'un forestier ou d'une scierie qui me réserve chaque année des
            grumes de noyer et de bouleau de bon diamètre, coupées en hiver et livrées en
            tronçons d'un mètre. Je perds un tiers de mon bois parce qu'il est mal coupé ou
            abattu en pleine sève. Je veux un contrat de cinq ans.""",
            """Le bois commande. Je préfère attendre la bonne bille que de gâcher une paire, et
            je veux que ce savoir reste dans la vallée.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Raphaëlle Lacalmontie",
            """J'organise un festival de musiques traditionnelles à Saint-Flour, trois jours en
            août, avec 9 000 spectateurs, des bals tous les soirs et un village d'artisans. Je
            m'occupe de la programmation, des bénévoles et des partenaires, et j'ai de bons
            contacts avec les radios régionales et les offices de tourisme du Cantal et de la
            Haute-Loire.""",
            """Il me manque pour l'ouverture un groupe de danse auvergnate nombreux, avec ses
            musiciens et des costumes, qui puisse faire un défilé dans la ville et animer le
            grand bal du premier soir. Je paie un cachet correct, l'hébergement et les repas
            de toute la troupe, et je peux signer pour deux éditions si la première se passe
            bien.""",
            """La tradition se danse, elle ne se regarde pas; je veux des spectacles où le
            public finit sur la piste.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Didier Bouyssounouse",
            """Je creuse des chaussures de bois à la main dans le Cantal, en bouleau, noyer ou
            hêtre, avec la cuillère et la paroire. Je relève l'empreinte de chaque pied, je
            fais sécher le bois des mois et je cloue des brides de cuir. Une centaine de
            paires par an pour des collectionneurs et un musée, et des démonstrations sur les
            marchés d'été. Une paire me demande une journée entière, du tronc à la bride.""",
            """Je voudrais un groupe de danseurs qui me passe commande chaque hiver, vienne
            faire les essayages à l'atelier et parle de mon travail en tournée. Prix de groupe
            possible et paiement en plusieurs fois; je me déplace aussi pour prendre les
            empreintes si la troupe est loin.""",
            """Une paire qu'on porte vaut mieux qu'une paire en vitrine; je ne vends rien qui
            fasse mal aux pieds.""",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 18 ---------------------------------------------------------------- trap: visibility
    pair(
        18,
        "cross",
        "vineyard-falconry",
        "A's Champagne vineyard loses a share of its grapes to starlings; B flies hawks to "
        "scare birds and wants a big seasonal contract.",
        a=person(
            "Hugues Vautrin-Moiroux",
            """Nous sommes une maison familiale de Champagne à Cumières, 14 hectares de
            coteaux en pinot meunier et chardonnay, récoltants-manipulants depuis quatre
            générations. Nous vendons 90 000 bouteilles par an, à moitié en France et à moitié
            en Belgique et au Royaume-Uni, et nous recevons des visiteurs au domaine d'avril à
            octobre. Nous sommes en conversion bio depuis 2022.""",
            """Chaque année, de la véraison aux vendanges, des nuées d'étourneaux s'abattent
            sur les parcelles du haut et nous perdons entre 10 et 15 % des raisins. Les
            canons à gaz exaspèrent les voisins et la mairie nous a demandé de les arrêter;
            les filets coûtent une fortune et abîment les rangs. Nous sommes prêts à mettre
            12 000 euros par saison.""",
            """Respecter le coteau, les voisins et les oiseaux autant qu'on peut, et laisser
            une vigne vivante à nos enfants.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Cumières",
        ),
        b=person(
            "Roisin Ní Bhraonáin",
            """falconer, 15 yrs, bird control is my job not a hobby
            - 6 harris hawks, 2 peregrine-saker hybrids, 1 lanner, all flown daily
            - contracts: 2 landfill sites, a dairy, airports in ireland + kent
            - flying a few hours each dawn + dusk moves starlings off for good, they learn
            - insured, licensed, CITES papers, own van + mobile mews""",
            """looking for 1-2 big seasonal jobs over the channel for aug-oct so i can move the birds
            + my apprentice over for 10 wks. need somewhere to park the van, a field shelter for
            the mews, and a client who pays monthly. vines or orchards ideal, bigger the
            better""",
            "the birds come first, then the client. no shooting",
            tz=0,
            langs=["en", "fr"],
            loc="Ashford",
        ),
        twin=person(
            "Garrett Ramsgill-Pike",
            """I'm a professional falconer running bird-dispersal contracts across the south of
            England: harris hawks and a pair of peregrine hybrids, flown at dawn and dusk over
            landfill sites, a container port and three fruit farms. I've done it for twelve
            years, I'm fully licensed and insured, and I travel with a converted horsebox that
            holds the mews and my kit.""",
            """I need an avian vet who specialises in raptors, ideally within an hour of
            Canterbury, who will take my birds on a yearly health plan, do the bloods and
            worming, and answer the phone at weekends. My last vet retired and the nearest
            specialist is in London.""",
            """The hawks' welfare is the whole job; a stressed bird is a useless bird. No
            lethal control, ever.""",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Colombe Hérissart",
            """J'ai une agence d'œnotourisme à Reims: circuits en minibus, visites de caves,
            déjeuners chez les vignerons, surtout pour des clients américains et japonais, 4 000
            personnes par an. Je travaille avec une quinzaine de maisons et je paie à la
            visite, sans négocier à la baisse.""",
            """Je cherche des domaines familiaux en coteau, autour d'Épernay, qui accueillent
            mes petits groupes de huit pour une visite des vignes et une dégustation au
            domaine, deux fois par semaine d'avril à octobre, avec un accueil en anglais si
            possible.""",
            """Faire découvrir les vignerons plutôt que les marques, et que l'argent reste au
            village.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Saoirse Ó Muircheartaigh",
            """Falconer for fifteen years: harris hawks, hybrid falcons and a lanner, flown
            daily for bird dispersal at landfills, a dairy and airports in Ireland and Kent.
            A few hours each dawn and dusk and the starlings learn to stay away. Licensed,
            insured, with my own van and a mobile mews.""",
            """I'm looking for one or two large seasonal contracts in France from August to
            October, somewhere to park the van, a sheltered corner for the mews, and a client
            who pays monthly. Vines or orchards suit best.""",
            """The birds first, then the client, and no shooting.""",
            tz=0,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 19 ---------------------------------------------------------------- trap: commitment
    pair(
        19,
        "mixed",
        "bread-oven-masonry",
        "A bakes in a 1920s wood-fired oven whose floor is cracking; B rebuilds the hearths of "
        "old bakers' ovens and wants bakers ready to close for a week.",
        a=person(
            "Liesbeth Verhelst-Coppens",
            "Boulangerie à Ixelles, four à bois de 1920, 300 pains par jour.",
            "Someone who can relay the cracked brick floor without killing my oven.",
            "Real bread, real fire.",
            tz=1,
            langs=["fr", "en"],
            loc="Ixelles",
        ),
        b=person(
            "Arnaud Delcoigne",
            "Fumiste: je refais les soles des vieux fours de boulanger, en terre cuite.",
            "Bakers with old ovens who can close for one week in August.",
            "Le feu, ça se respecte.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Namur",
        ),
        twin=person(
            "Wouter Demeulemeester",
            "Je construis et répare des fours à pain maçonnés, voûte et sole.",
            "I need a brickworks that still fires refractory tiles in small batches.",
            "Slow heat.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Camille Rousseaux-Pint",
            "Je tiens une épicerie fine à Uccle, 400 clients fidèles le samedi.",
            "A baker who delivers 60 sourdough loaves to my shop each Saturday.",
            "Local first.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Baudouin Lecharlier",
            "Fumiste: je refais les soles usées des anciens fours à pain, en carreaux cuits.",
            "Bakers with old ovens who can shut for a week in summer.",
            "On respecte le feu.",
            ro=["domain"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 20 ---------------------------------------------------------------- trap: timezone
    pair(
        20,
        "cross",
        "catered-chalet-chef",
        "A runs catered ski chalets and has no cook for the winter; B is a private chef who "
        "wants a full season with lodging.",
        a=person(
            "Rebecca Ainsworth-Tull",
            "I run nine catered chalets in Morzine, Dec to April, mostly British families.",
            "A cook for twelve guests, five dinners a week, breakfast and afternoon cake.",
            "Guests come back.",
            tz=1,
            langs=["en"],
            loc="Morzine",
        ),
        b=person(
            "Jérémie Bouvard-Crozet",
            """Je suis chef à domicile en Savoie depuis huit ans, après dix ans en
            brasserie à Lyon et une saison dans un étoilé d'Annecy. Je fais une cuisine de
            montagne légère: légumes du marché, poissons du lac, fromages de ferme que je
            vais chercher moi-même, et des desserts simples. L'été je cuisine pour des
            mariages et des maisons louées autour du lac, jusqu'à quarante couverts. Je sais
            tenir un budget par convive et commander pour une semaine.""",
            """Pour l'hiver, je veux une saison complète de décembre à avril au même endroit,
            avec un logement, un jour et demi de repos par semaine et une cuisine équipée
            correctement, plutôt que des remplacements d'un week-end. Je cherche quelqu'un qui
            me laisse composer les menus et qui paie à la quinzaine.""",
            """Bien nourrir les gens sans gaspiller, et traiter l'équipe comme on voudrait être
            traité.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Chambéry",
        ),
        twin=person(
            "Mathilde Rosset-Chavanne",
            """Cuisinière indépendante en Haute-Savoie, je prépare des repas dans les maisons
            de location et les chalets privés depuis sept ans: produits des marchés, poissons
            du Léman, tommes et reblochons de ferme, pains et gâteaux faits sur place. J'ai
            travaillé en brasserie à Genève avant de me mettre à mon compte. Je gère les
            courses, les menus de la semaine et les régimes particuliers, jusqu'à trente
            convives.""",
            """J'aimerais ouvrir un service de plats préparés à emporter pour les saisonniers,
            et il me faut pour cela une camionnette frigorifique d'occasion en bon état et un fabricant de sacs isothermes qui me vende en gros, près de Cluses. Je cherche aussi
            un fournisseur de barquettes compostables.""",
            """Nourrir bien ceux qui travaillent dur, sans plastique, et payer les producteurs
            au prix qu'ils demandent.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Duncan Lonsdale-Pryor",
            """I run a ski and snowboard school in Morzine and Les Gets with eighteen
            instructors, most of them young Brits on their first or second season. We teach
            about 3,000 lessons a winter, a lot of them to the same families every February
            half-term, and we have a booking office on the main street. I'm good with
            insurance, rotas and the local authorities.""",
            """Housing is my nightmare. I need six staff bedrooms in a chalet near the Pleney
            lift for the whole season, December to April, with a kitchen the instructors can
            use and someone who sorts the heating when it breaks. I can pay the whole winter
            upfront in November.""",
            """Look after the team: people who sleep badly teach badly. I'd rather pay a bit
            more and keep my instructors for three seasons.""",
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Sébastien Lachance-Roy",
            """Chef à domicile dans les Rocheuses, à Canmore, depuis huit ans, après des années en
            brasserie à Montréal. Cuisine de montagne légère: légumes du marché, truites de
            rivière, fromages de ferme, desserts simples. L'été je cuisine pour des mariages et
            des chalets loués, jusqu'à quarante couverts, et je tiens un budget par
            convive. Je fais les courses moi-même chez les producteurs de la vallée.""",
            """Je veux une saison d'hiver complète au même endroit, avec un logement, un jour et
            demi de congé par semaine, une cuisine bien équipée, quelqu'un qui me laisse faire
            les menus et qui paie à la quinzaine, au lieu de remplacements d'un week-end çà
            et là.""",
            """Bien nourrir les gens sans rien jeter, et respecter l'équipe.""",
            ro=["domain"],
            rs=["operations"],
            tz=-7,
            langs=["fr", "en"],
        ),
    ),
]
