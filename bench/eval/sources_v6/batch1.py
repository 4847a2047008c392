"""Pairs 1-10 of complementary_v6."""

from people import pair, person

PAIRS = [
    # 1 ----------------------------------------------------------------- trap: language
    pair(
        1,
        "cross",
        "chemo-wigs",
        "A hand-knots natural-hair wigs but sees patients only after their hair is gone; B runs "
        "supportive care across chemotherapy day units and wants a maker to fit patients early.",
        a=person(
            "Maëlys Tournebize",
            """Perruquière depuis vingt-deux ans, atelier à la Croix-Rousse. Je noue à la main
            des prothèses capillaires en cheveux naturels, sur mesure, avec prise
            d'empreinte du crâne. Je sais aussi faire des franges et des turbans doublés
            pour l'été. Mon chat dort dans la vitrine, les clientes l'adorent.""",
            """Les femmes arrivent chez moi quand tout est déjà tombé, en larmes, et il faut
            trois semaines pour finir une pièce. Il me faudrait quelqu'un qui vive dans les
            services où l'on soigne le cancer, qui parle aux patientes dès la première
            séance et qui sache monter le dossier de remboursement avec la Sécu.""",
            """Prendre le temps. Une cliente n'est jamais un numéro.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Lyon",
        ),
        b=person(
            "Imogen Haverstock",
            """Oncology nurse for fourteen years, the last six coordinating supportive care
            across five chemotherapy day units in the Lyon area (I moved for my husband's
            job and my French is fluent now). I see every new patient at their first
            infusion, I know the social workers and I've handled hundreds of
            reimbursement files for prostheses and compression garments.""",
            """Patients ask me at the first infusion where to get a good hairpiece and I
            have nobody to send them to. I want a craftsperson who builds custom pieces
            from real hair, measured to the head, and who can see a woman before she loses
            anything so the piece is ready in time.""",
            """Dignity first; nobody should choose between a bill and feeling like herself.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Lyon",
        ),
        twin=person(
            "Bethany Corrigall",
            """Chemotherapy nurse, eleven years on a day unit in Annecy, now running the
            patient-support programme for a group of private cancer clinics. I meet every
            patient before their first cycle and I've built a network of psychologists,
            dieticians and social workers around the wards.""",
            """We want to roll out scalp-cooling caps on every chair, and I need a medical
            device distributor with a service team who can install the machines, train
            staff and repair them within a day. Also a funder: each unit costs about
            thirty thousand euros and the clinics won't pay up front.""",
            """Evidence first; I don't buy what I can't measure.""",
            ro=["operations"],
            rs=["sales", "finance"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Anatole Verchère",
            """Je dirige une petite compagnie de théâtre baroque, quatre spectacles en
            tournée, dix-huit comédiens. Nos costumes sont faits maison par ma sœur et
            nous jouons dans les châteaux l'été.""",
            """Nous cherchons une artisane capable de fabriquer à la main des perruques
            d'époque en vrais cheveux, poudrées, ajustées à la tête de chaque comédien, et
            de les entretenir pendant la tournée. Budget modeste mais commandes
            régulières, et une place au générique.""",
            """Le spectacle vivant, fait à la main.""",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Harriet Quenby-Lisle",
            """Oncology nurse coordinator for supportive care across several chemo day units
            near Lyon; I meet every patient at their first infusion and handle their
            reimbursement files for prostheses with the social workers.""",
            """A craftsperson who builds hairpieces from real hair, measured on the head,
            who can fit women early so the piece is ready before they lose anything.""",
            """Dignity first.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["en"],
        ),
    ),
    # 2 ----------------------------------------------------------------- trap: consent
    pair(
        2,
        "en",
        "squab-for-restaurants",
        "A raises squab pigeons but his birds go to a wholesaler at a loss; B is a chef who "
        "wants a steady supply of young pigeon for a tasting menu.",
        a=person(
            "Dermot Ashcombe",
            "Pigeon loft, 900 breeding pairs, Herefordshire. Birds ready at 28 days.",
            "Wholesaler pays me less than the feed. Half the birds go to pet food.",
            "Birds fed on grain, no shortcuts.",
            tz=0,
            langs=["en"],
            loc="Leominster",
        ),
        b=person(
            "Priya Lanchester",
            "Head chef, 40-cover tasting room in Bristol. We buy whole carcasses, use everything.",
            "Need 60 squab a week, same farm every week, delivered plucked.",
            "Know the farmer by name.",
            tz=0,
            langs=["en"],
            loc="Bristol",
        ),
        twin=person(
            "Gideon Fairweather",
            "Chef-owner, game-led restaurant in Bath, 50 covers, we take whole carcasses.",
            "Need a wild venison stalker with a licensed larder, 3 deer a month.",
            "Wild over farmed.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Rosalie Penhaligon",
            "Food blogger, 30k followers, I write about odd meats and old recipes.",
            "Want a pigeon breeder who'll let me film a season at the loft.",
            "Show where food comes from.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Oswin Tredgold",
            "Chef, tasting menu, 35 covers in Cheltenham, whole-bird cooking.",
            "A farm sending me 50 young pigeons a week, plucked, always the same loft.",
            "Same farmer every week.",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 3 ----------------------------------------------------------------- trap: visibility
    pair(
        3,
        "cross",
        "vinyl-pressing-plant",
        "A runs a small indie label that waits nine months for records to be pressed; B has "
        "restored two old record presses and needs steady orders from labels.",
        a=person(
            "Tobias Wrenfield",
            "Indie label in Glasgow, 14 artists, mostly folk and post-rock.",
            "We wait 9 months for our records to be made. Need a plant that can turn an order "
            "round in weeks, at runs of 300.",
            "Artists paid first.",
            ro=["marketing"],
            tz=0,
            langs=["en"],
            loc="Glasgow",
        ),
        b=person(
            "Jérôme Barbezieux",
            """J'ai racheté et remis en état deux presses à disque des années soixante-dix
            dans un ancien garage à Roubaix. Je sais faire les galettes de 140 et 180
            grammes, les couleurs, les pochettes imprimées par un voisin sérigraphe. On
            peut sortir trois cents exemplaires en trois semaines. J'ai fait vingt ans de
            maintenance chez un fabricant de pneus, d'où mes mains noires.""",
            """Les presses tournent deux jours par semaine. Il me faut des maisons de disques
            indépendantes qui commandent chaque mois des petites séries, et qui acceptent
            d'attendre le prochain créneau plutôt que de partir chez les gros. Je parle un
            peu anglais, assez pour les mails.""",
            """Le travail bien fait, et des délais tenus.""",
            tz=1,
            langs=["fr", "en"],
            loc="Roubaix",
        ),
        twin=person(
            "Mathis Coudekerque",
            """Je fabrique des cassettes audio et des CD en petites séries dans un atelier
            de Lille, avec impression des jaquettes et mise sous film. Délai deux semaines
            pour cent exemplaires, et je garde des stocks de boîtiers de couleur.""",
            """Il me faut un associé qui investisse dans une troisième machine de duplication
            et qui prenne en charge la comptabilité et la logistique des envois vers
            l'étranger, où part la moitié des commandes.""",
            """Le support physique n'est pas mort.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Fenella Drummore",
            """I'm a music journalist in Glasgow; I write a weekly column on Scottish labels for a national paper and host a monthly radio hour on new folk. I've interviewed most of the scene in a pub at some point.""",
            """I'm looking for a label boss who'll give me early listens, studio visits and interviews with their artists, so the column can follow a record from demo to release.""",
            """Local scenes deserve serious coverage.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Baptiste Hondschoote",
            """J'ai remis en route deux presses à vinyle dans un hangar près de Lens :
            séries de trois cents disques en trois semaines, couleurs possibles, pochettes
            imprimées sur place.""",
            """Des labels indépendants qui commandent tous les mois de petites séries pour
            faire tourner les machines plus de deux jours par semaine.""",
            """Délais tenus.""",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 4 ----------------------------------------------------------------- trap: commitment
    pair(
        4,
        "fr",
        "dysphagia-meals",
        "A runs a care home where residents who choke on food are served grey purées; B is a "
        "chef who moulds texture-modified food into recognisable dishes.",
        a=person(
            "Bérénice Lhuillier",
            """Je dirige un EHPAD de quatre-vingt-quatre lits à Vesoul. Nous avons une
            cuisine sur place, deux cuisiniers et une diététicienne à mi-temps. Je viens
            du soin, infirmière pendant quinze ans, et je fais encore des gardes de nuit
            quand il manque quelqu'un.""",
            """Un tiers de nos résidents avalent mal et reçoivent des purées mixées, toutes
            beiges, servies dans des ramequins. Ils ne mangent plus, ils maigrissent, les
            familles se plaignent. Mes équipes aux fourneaux ne savent pas faire autrement, et la
            diététicienne n'a pas le temps.""",
            """Manger est un plaisir jusqu'au bout. Je refuse les économies sur
            l'assiette.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Vesoul",
        ),
        b=person(
            "Octave Ravenel",
            """Chef de cuisine, douze ans en restauration gastronomique puis quatre ans à
            concevoir des repas à texture modifiée pour un hôpital de Besançon. Je moule les
            mixés en forme de carotte, de filet de poisson, de tranche de rôti, avec des
            gélifiants qui tiennent au chaud. Je forme les équipes en deux jours.""",
            """Je veux m'installer avec un établissement qui héberge des personnes âgées,
            qui me laisse ses fourneaux et son personnel pour créer une gamme, et qui accepte de
            peser les résidents pendant six mois pour prouver que ça marche.""",
            """Le goût d'abord, la preuve ensuite.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Besançon",
        ),
        twin=person(
            "Fulbert Argenson",
            """Chef pâtissier reconverti dans les desserts enrichis pour personnes âgées :
            crèmes, mousses et gâteaux moelleux à haute teneur en protéines, moulés et
            colorés, que l'on peut manger sans dents. J'ai une recette brevetée et un petit
            laboratoire à Dijon.""",
            """Je cherche un distributeur qui livre les cuisines centrales et les pharmacies,
            avec des commerciaux sur la route, et un investisseur pour une ligne de
            conditionnement en barquettes longue conservation.""",
            """Un dessert doit faire envie.""",
            ro=["domain"],
            rs=["sales", "finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Clothilde Marmagne",
            """Orthophoniste en libéral, je suis spécialisée dans les troubles de la
            déglutition, je fais des bilans et je forme les aides-soignants aux bonnes
            postures du repas.""",
            """Je cherche une maison de retraite qui m'ouvre ses portes deux jours par
            semaine pour mes bilans de déglutition et une étude sur les fausses routes chez
            ses résidents.""",
            """Prévenir plutôt que réanimer.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Sidonie Bracquemond",
            """Cheffe, j'ai conçu pendant cinq ans les repas mixés d'une clinique de
            Dole : mixés moulés en forme de légumes et de viande, gélifiés pour tenir
            chaud. Je forme une équipe de cuisine en deux jours.""",
            """Un établissement pour personnes âgées qui me confie sa cuisine pour créer une
            gamme, et qui suit le poids de ses résidents pendant six mois.""",
            """Le goût d'abord.""",
            ro=["domain"],
            rs=["operations"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 5 ----------------------------------------------------------------- trap: timezone
    pair(
        5,
        "cross",
        "bird-safe-glass",
        "A is an ornithologist who counts birds killed on glass façades; B is an architect who "
        "wants evidence for which patterned glazing to specify.",
        a=person(
            "Gwenaëlle Kerhervé",
            "Ornitho, 10 ans de comptage des oiseaux tués contre les vitres à Rennes.",
            "Qqn qui dessine des bâtiments et peut changer les façades avant le chantier.",
            "Moins de cadavres au pied des tours.",
            tz=1,
            langs=["fr"],
            loc="Rennes",
        ),
        b=person(
            "Callista Moorhouse",
            "Architect, glass-heavy schools and offices. Fluent French, office in Nantes.",
            "Want field data on which dotted glazing actually stops collisions.",
            "Build without killing.",
            tz=1,
            langs=["en", "fr"],
            loc="Nantes",
        ),
        twin=person(
            "Ambrose Kilbride",
            "Architect, timber and glass housing, studio in Brittany, speaks French.",
            "Need a façade engineer who can certify fire ratings on timber.",
            "Timber first.",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Ronan Le Goarnig",
            "Je tiens un centre de soins pour oiseaux blessés près de Lorient.",
            "Un ornithologue pour former mes bénévoles à identifier les espèces.",
            "Chaque oiseau compte.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Wyatt Calloway",
            "Architect, glass towers and schools in Denver; I speak French.",
            "Field counts of birds killed on glass to pick the right patterned glazing.",
            "Build without killing.",
            tz=-7,
            langs=["en", "fr"],
        ),
    ),
    # 6 ----------------------------------------------------------------- trap: language
    pair(
        6,
        "mixed",
        "surtitles-opera",
        "A runs a regional opera house whose audience can't follow works sung in Czech or "
        "Russian; B writes and cues surtitles live.",
        a=person(
            "Hortense Delaunay-Pryce",
            """Je dirige l'opéra de Tours, 1 000 places, six productions par saison. Our
            audience is older and loyal, but when we programme Janáček or Tchaikovsky in
            the original, half the hall is lost by the second act. On a un écran au-dessus
            du cadre de scène, never properly used. I also sing in a barbershop quartet on
            Thursdays, which has nothing to do with this.""",
            """Il me faut une personne qui adapte les livrets en phrases courtes, lisibles
            en trois secondes, and who sits up in the box at the back every night, keeping pace
            with the baton. Quelqu'un qui lit la partition, pas seulement le texte.""",
            """Opera for the whole town, not only the connoisseurs.""",
            ro=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Tours",
        ),
        b=person(
            "Linnea Castelmoor",
            """Former répétitrice, trained as a pianist in Prague; for nine years I have
            written the titles shown above the stage for opera and lieder recitals, in
            French and English, from Czech, Russian, German and Italian. I read the score
            and I cue every title by hand from the booth, following the conductor. Je vis
            à Angers depuis 2019.""",
            """I'm looking for a house that will take me for a whole season, not one-off
            jobs, so I can build a library of titles and train a second person to cue.
            Une maison qui monte des œuvres chantées dans leur langue, ideally in the
            Loire valley.""",
            """Titles should disappear: the audience should remember the music.""",
            tz=1,
            langs=["en", "fr"],
            loc="Angers",
        ),
        twin=person(
            "Séverine Ockendon",
            """Translator of libretti for publication: I did the bilingual editions of
            twelve Russian operas for a Paris publisher, with notes and an introduction.
            Je travaille aussi pour des festivals de théâtre, where I write the English
            titles in advance.""",
            """I need a publisher or a record label with a distribution network to put out
            a collection of annotated libretti, et un graphiste qui fasse la maquette.""",
            """A libretto is literature too.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Gaspard Villeroy",
            """Baryton, sorti du conservatoire l'an dernier, I have sung small roles in
            Nantes and Rouen and a Don Giovanni in a student production.""",
            """Je cherche une maison d'opéra qui me donne des rôles sur une saison entière,
            even small ones, and a stage to grow on.""",
            """Sing every night, learn every night.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Benedetta Marzocchi",
            """Ex maestra collaboratrice, da nove anni scrivo e proietto i sopratitoli
            per l'opera, dal ceco, dal russo e dal tedesco; leggo la partitura e seguo il
            direttore dalla cabina.""",
            """Cerco un teatro d'opera che mi prenda per una stagione intera, con repertorio
            in lingua originale, per costruire una biblioteca di sopratitoli.""",
            """I titoli devono sparire dietro la musica.""",
            tz=1,
            langs=["it"],
        ),
    ),
    # 7 ----------------------------------------------------------------- trap: consent
    pair(
        7,
        "cross",
        "cemetery-heritage-tours",
        "A is a municipal cemetery keeper with famous graves and crowds of lost visitors; B is "
        "a guide who writes walking tours and audio stories.",
        a=person(
            "Martha Ellingworth",
            """I'm the superintendent of a Victorian municipal cemetery in Sheffield:
            forty acres, eighty thousand graves, including a few industrialists, a
            music-hall star and a cholera pit. Three groundskeepers, one office, a budget
            cut every year. I keep bees behind the chapel and sell the honey at the gate.""",
            """Visitors wander in at weekends, can't find anything, trample the wildflower
            areas and ask the groundskeepers the same questions over and over. Families of
            the buried complain about strangers picnicking on their relatives. I have a
            hundred and fifty years of burial ledgers nobody ever reads.""",
            """The dead deserve respect and the living deserve a good story.""",
            tz=0,
            langs=["en", "fr"],
            loc="Sheffield",
        ),
        b=person(
            "Aurélien Castaing",
            """Guide-conférencier depuis quinze ans, j'ai écrit les parcours du cimetière
            de Montmartre pour la ville de Paris et une série de balados sur les tombes
            célèbres de Lyon. Je fouille les registres et les journaux d'époque pour
            raconter une vie en trois minutes. Je parle anglais couramment, j'ai vécu à
            Manchester.""",
            """Je cherche un lieu de mémoire outre-Manche qui m'ouvre ses archives et ses
            allées, pour y créer des visites à pied balisées et une version audio. Il me
            faut quelqu'un sur place qui connaît le terrain et peut dire où le public peut
            marcher ou non.""",
            """Raconter sans manquer de respect.""",
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        twin=person(
            "Ysaline Dutertre",
            """Guide-conférencière, spécialisée dans les visites nocturnes des catacombes
            et des caves de Paris, avec des récits écrits à partir des archives de police.
            J'ai deux mille abonnés à mes balades et je parle anglais.""",
            """Je cherche un développeur qui me construise une application de réservation
            avec paiement et gestion des groupes, et un associé qui tienne les comptes.""",
            """L'histoire se raconte mieux la nuit.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Nigel Crabtree",
            """Amateur family historian, retired postman; I've traced my mother's side back
            to a Sheffield cutler buried in 1871.""",
            """I need someone who runs a cemetery and can let me into the old burial
            registers to find the exact plot of my great-great-grandfather.""",
            """Everyone deserves to be found.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Florimond Auvray",
            """Guide-conférencier, j'ai écrit des parcours à pied et des balados dans les
            cimetières de Paris et de Lyon, à partir des registres et de la presse
            ancienne; je parle anglais.""",
            """Un cimetière anglais qui m'ouvre ses registres et ses allées, avec quelqu'un
            sur place qui sait où le public peut marcher, pour des visites et un audio.""",
            """Raconter avec respect.""",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 8 ----------------------------------------------------------------- trap: visibility
    pair(
        8,
        "en",
        "patent-drawings",
        "A is a patent attorney whose filings are slowed by bad technical drawings; B is an "
        "illustrator who draws inventions to the patent office's rules.",
        a=person(
            "Cordelia Fanshawe",
            """Patent attorney, sole practice in Cambridge, mostly medical devices and
            kitchen gadgets from small inventors. About 60 filings a year, half of them
            abroad. My clients send me phone photos and napkin sketches, and I lose weeks
            chasing draughtsmen who don't know the rules on line weight and reference
            numerals. I'm also a lay reader at my church.""",
            """Someone who can turn a napkin sketch into the formal drawings the
            examiners accept, parts pulled apart and numbered, in a week.""",
            """Small inventors deserve the same protection as big firms.""",
            ro=["legal"],
            rs=["design"],
            tz=0,
            langs=["en"],
            loc="Cambridge",
        ),
        b=person(
            "Rupert Ellingham",
            "Technical illustrator: line figures to USPTO/EPO rules, exploded views, 3D to 2D.",
            "Want a steady flow of new contraptions from one firm, paid per figure.",
            "Clean lines, on time.",
            ro=["design"],
            rs=["legal"],
            tz=0,
            langs=["en"],
        ),
        twin=person(
            "Tamsin Okonedo",
            "Technical illustrator: assembly manuals, exploded views, IKEA-style instructions.",
            "Need a furniture maker who'll hire me to write and draw all their manuals.",
            "No words needed.",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Barnaby Cruttenden",
            "Garden-shed inventor: a self-cleaning gutter and a folding wheelbarrow.",
            "Need an attorney to protect both inventions before I show them at a fair.",
            "Tinker every evening.",
            ro=["product"],
            rs=["legal"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lavinia Strickett",
            "Patent illustrator, line drawings to EPO and USPTO rules, exploded views.",
            "A single practice sending inventions every week, paid per figure.",
            "Clean lines.",
            ro=["design"],
            rs=["legal"],
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 9 ----------------------------------------------------------------- trap: commitment
    pair(
        9,
        "cross",
        "hazelnut-orchards",
        "A is a confectioner who imports all her hazelnuts from Turkey and wants French ones; "
        "B planted hazelnut orchards and has no buyer for the first harvests.",
        a=person(
            "Séraphine Lagarrigue",
            "Confiseuse à Nérac, pralinés et pâtes à tartiner, 6 salariés.",
            "Un producteur d'ici qui me fournisse des noisettes, décortiquées, 8 t/an.",
            "Local, même si c'est plus cher.",
            ro=["product"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Nérac",
        ),
        b=person(
            "Graham Whitbourne",
            """I farm 40 hectares near Agen and planted hazelnut trees in 2019 when the plums
            stopped paying; the first real harvest is this year, about twelve tonnes in
            shell, and I've bought a cracker and a sorter with two neighbours. I speak
            French every day, though my wife says my accent is getting worse.""",
            """The cooperative only pays the Turkish price. I need a maker of sweets or
            spreads nearby who will take most of my crop every year at a fair price and
            tell me which size and roast they want.""",
            """Long contracts, handshakes kept.""",
            ro=["operations"],
            tz=1,
            langs=["en", "fr"],
            loc="Agen",
        ),
        twin=person(
            "Oliver Tregaskis",
            """Walnut grower in the Dordogne, 25 hectares, with my own drying barn and a
            small press for oil. First-class kernels, organic since 2016. I speak French
            fluently.""",
            """Need an exporter who ships to Germany and Scandinavia, with the paperwork
            and buyers already lined up.""",
            """Organic all the way.""",
            ro=["operations"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Ghislaine Peyrecave",
            """Je tiens une épicerie fine à Agen depuis quinze ans, avec des pruneaux, des vins du Sud-Ouest, des conserves de canard et des confiseries locales, et je fais des paniers cadeaux pour les entreprises à Noël.""",
            """Je cherche une confiseuse qui me fasse une petite gamme à mon nom pour les fêtes, pralinés et pâtes à tartiner, en pots de verre, livrée en novembre.""",
            """Le goût du coin, bien présenté.""",
            rs=["product"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Spencer Hollinrake",
            """Planted hazelnuts near Villeneuve-sur-Lot in 2018; first proper harvest this
            year, about ten tonnes in shell, with a shared cracker and sorter. I speak
            French.""",
            """A sweet or spread maker nearby who'll buy most of the crop every year and
            tell me which size and roast they want.""",
            """Handshakes kept.""",
            ro=["operations"],
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 10 ---------------------------------------------------------------- trap: timezone
    pair(
        10,
        "fr",
        "head-lice-clinic",
        "A is a school nurse whose classes are emptied by lice every month; B runs a lice "
        "removal salon and wants school partners.",
        a=person(
            "Violaine Peyrusse",
            "Infirmière scolaire, 5 écoles à Nîmes.",
            "Chaque mois des classes entières se grattent et les parents s'énervent.",
            "Pas de honte pour les enfants.",
            tz=1,
            langs=["fr"],
            loc="Nîmes",
        ),
        b=person(
            "Lucas Sabatier",
            "Salon anti-poux à Nîmes : peignage, air chaud, sans produit.",
            "Des écoles qui m'envoient les familles et me laissent passer en classe.",
            "Sans chimie.",
            tz=1,
            langs=["fr"],
            loc="Nîmes",
        ),
        twin=person(
            "Noémie Castagnier",
            "Salon anti-poux à Montpellier, peignage et air chaud.",
            "Un investisseur pour ouvrir trois salons en franchise.",
            "Grandir vite.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Fabrice Rouvière",
            "Directeur de colonie de vacances, 200 enfants l'été.",
            "Une infirmière pour tenir l'infirmerie du camp en juillet.",
            "Des vacances sans soucis.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Clarisse Dumouchel",
            "Salon anti-poux à Nouméa, peignage et air chaud, sans produit.",
            "Des écoles qui m'envoient les familles et me laissent passer en classe.",
            "Sans chimie.",
            tz=11,
            langs=["fr"],
        ),
    ),
]
