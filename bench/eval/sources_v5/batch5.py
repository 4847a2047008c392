"""Pairs 61-75 of complementary_v5."""

from people import pair, person

PAIRS = [
    # 61 ---------------------------------------------------------------- trap: language
    pair(
        61,
        "cross",
        "flax-linen-spinning",
        "A grows flax in Normandy and ships all of it to Asia to be spun; B is reopening a "
        "linen spinning mill in Northern Ireland and lacks European fibre.",
        a=person(
            "Thibaud Lecanu",
            """Je cultive le lin textile dans le pays de Caux depuis vingt ans, sur
            quatre-vingt-dix hectares, comme mon père. Après l'arrachage, je le laisse
            rouir au champ, puis je le teille dans notre coopérative. C'est la meilleure
            fibre du monde, tout le monde le dit, et on a de la chance avec la pluie ici.
            Je suis aussi pompier volontaire, et le mercredi j'entraîne les poussins au
            foot.""",
            """Quatre-vingts pour cent de notre fibre part en Chine pour être filée, puis
            revient en tissu vendu comme européen. Les acheteurs chinois fixent le prix, et
            quand ils n'achètent pas, nos balles dorment dans le hangar. Je voudrais que
            mon lin soit transformé près d'ici, par quelqu'un qui s'engage sur des volumes
            chaque année et qui dit d'où vient la fibre.""",
            """Un champ qui nourrit une filière entière, pas seulement des cargos.""",
            tz=1,
            langs=["fr"],
            loc="Yvetot",
        ),
        b=person(
            "Niall Carrothers",
            """I'm an engineer from Banbridge, and with two partners I'm reopening a linen
            spinning mill that closed in 1997: we've bought second-hand wet-spinning
            frames from Poland, rebuilt the hackling line, and trained eight people. My
            grandmother worked in the same mill. I learned French at school and in a
            year on a farm in Picardy, so I get by.""",
            """There's no flax grown in Ireland any more. To spin we need long, well-retted
            flax in bales, hundreds of tonnes a year, on a contract that runs for years
            so the banks stop worrying. The fashion brands we talk to want to know the
            field it came from.""",
            """Bring the work home. Know every step from field to thread.""",
            tz=0,
            langs=["en", "fr"],
            loc="Banbridge",
        ),
        twin=person(
            "Orla Magennis",
            """I run a linen weaving company in Belfast: jacquard tablecloths and
            napkins for hotels, 30 looms, and a shop that sells to tourists. Our yarn
            comes from Italy already spun. Our looms are modern and our designs are
            sold in forty countries.""",
            """I need a sales agent in the United States with contacts in hotel groups,
            because our American orders fell by half after the tariffs. Ideally
            someone who has sold textiles to hotel groups in America.""",
            """Heritage with a future.""",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Clémence Anquetil",
            """Je dessine une ligne de chemises en lin pour une jeune marque parisienne
            et je veux tout fabriquer en France. Nous voulons une chemise entièrement
            française, du champ au bouton. La marque a déjà une boutique à Paris et
            un atelier de couture dans le Nord.""",
            """Un cultivateur de lin qui me vend de la fibre tracée, avec le nom du
            champ sur l'étiquette. Idéalement quelqu'un qui peut aussi me conseiller
            sur les qualités de fibre. Je veux des chemises tracées du champ à
            l'étiquette.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ciarán Devlin",
            """We're reopening a wet-spinning linen mill in County Down, frames rebuilt,
            staff trained. Second-hand frames from Poland, eight people trained, and
            a bank waiting for a contract.""",
            """Long, well-retted flax in bales, hundreds of tonnes a year on a multi-
            year contract, with the field it came from. The brands we talk to want to
            know the field it came from.""",
            tz=0,
            langs=["en"],
        ),
    ),
    # 62 ---------------------------------------------------------------- trap: consent
    pair(
        62,
        "en",
        "mtb-trail-building",
        "A builds mountain-bike trails and wants a long-term site; B owns a conifer "
        "plantation that earns almost nothing between fellings.",
        a=person(
            "Kirsty McAllister",
            """I build mountain-bike trails for a living, eleven years now: flow lines,
            technical descents, pump tracks for kids. I have a mini-digger, a crew of four
            seasonal builders and a long list of riders who'd pay for day passes. I've
            worked for the Forestry Commission, two trail centres and a few festivals. I
            also coach a girls' enduro team at weekends.""",
            """I'm always building for someone else, for a season, then leaving. I want my
            own trail centre: a big, steep piece of land where I can build over years, with
            a car park, somewhere for a café, and an owner who'll stay the course.""",
            """Ride hard, leave the hill better than you found it.""",
            ro=["operations"],
            tz=0,
            langs=["en"],
            loc="Peebles",
        ),
        b=person(
            "Hamish Ogilvie",
            "I own 300 ha of Sitka spruce in the Borders. Hilly, forest roads.",
            "Between fellings it earns nothing. Want yearly income from the land.",
            tz=0,
            langs=["en"],
            loc="Selkirk",
        ),
        twin=person(
            "Duncan Laidlaw",
            "I own 200 ha of hill forest near Moffat.",
            "A contractor to replant after felling; my last one quit.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Ross Buchanan",
            "I run bike holidays in Scotland for European riders.",
            "Someone who builds trails and has a site my guests can ride.",
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Alasdair Kerr",
            "I own 250 ha of spruce plantation in Dumfriesshire, with forest roads.",
            "The land earns nothing between fellings. I want a yearly income.",
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 63 ---------------------------------------------------------------- trap: visibility
    pair(
        63,
        "cross",
        "sheep-shearing-crews",
        "A leads a shearing crew with nothing to do in the British off-season; B breeds sheep "
        "in the Pyrenees and can't find anyone to shear them in time.",
        a=person(
            "Rhodri Pugh",
            "I run a crew of 5 shearers in Wales. 300+ sheep a day each.",
            "Our season here ends in July. I want work the rest of the year.",
            ro=["operations"],
            rs=["sales"],
            tz=0,
            langs=["en", "fr"],
            loc="Brecon",
        ),
        b=person(
            "Jean-Baptiste Etchegaray",
            "Éleveur, 1 200 brebis en Pays basque, je fédère 30 éleveurs.",
            "Plus personne pour tondre à temps, les bêtes souffrent en été.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Saint-Palais",
        ),
        twin=person(
            "Peio Arrambide",
            "Éleveur de brebis laitières en Soule, 400 bêtes.",
            "Un fromager pour affiner mon fromage à la ferme.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Gethin Morgan",
            "I'm 19, I shear a bit on my uncle's farm.",
            "A crew boss who'll take me on and teach me to go fast.",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Mikel Harriet",
            "Éleveur de 900 brebis en Béarn, je regroupe 20 fermes.",
            "On ne trouve personne pour tondre à temps.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 64 ---------------------------------------------------------------- trap: commitment
    pair(
        64,
        "fr",
        "diabetic-baking-workshops",
        "A est une ancienne pâtissière qui fait des gâteaux sans sucre ajouté sur son temps "
        "libre; B coordonne un réseau de soins du diabète qui veut des ateliers de cuisine.",
        a=person(
            "Françoise Ollivier-Brun",
            """J'ai été cheffe pâtissière pendant vingt-huit ans, dont dix dans un palace à
            Nice. Depuis que mon mari est devenu diabétique, j'ai mis au point une
            cinquantaine de desserts sans sucre ajouté, avec des farines complètes et des
            fruits, qui ont vraiment le goût d'une pâtisserie. Je suis à la retraite et je
            fais ça à côté, deux ou trois après-midi par semaine. Je garde aussi mes
            petits-enfants le mercredi.""",
            """Je voudrais transmettre ces recettes à des gens qui en ont besoin, pas à des
            gourmets. Mais je ne sais pas où ils sont, ni comment leur parler de leur
            maladie sans faire de bêtise. Il me faudrait quelqu'un qui les suit déjà et qui
            me dise ce qui est permis.""",
            """Se faire plaisir n'est pas un péché.""",
            ro=["domain"],
            c="side-project",
            tz=1,
            langs=["fr"],
            loc="Antibes",
        ),
        b=person(
            "Docteur Rachid Benhamou",
            """Je suis médecin et je coordonne un réseau de santé à Nice : quatre cents
            patients suivis, des infirmières d'éducation, une diététicienne, des séances
            collectives dans une salle avec une cuisine équipée. Je travaille à mi-temps
            au réseau et à mi-temps à l'hôpital.""",
            """Nos patients abandonnent le régime parce qu'ils ont l'impression de renoncer
            à tout plaisir, surtout aux fêtes et aux anniversaires. Notre diététicienne
            explique bien, mais elle ne fait pas rêver. Je cherche quelqu'un qui sache
            montrer, en tablier, qu'on peut encore se régaler.""",
            """Soigner sans culpabiliser.""",
            c="part-time",
            tz=1,
            langs=["fr"],
            loc="Nice",
        ),
        twin=person(
            "Docteur Sylvie Amoretti",
            """Je coordonne un réseau de santé pour les patients obèses à Cannes : trois
            cents patients, un coach sportif, une psychologue et une salle de sport.
            Nos patients viennent de tout le département et restent en moyenne deux
            ans dans le programme.""",
            """Il me faut un développeur qui nous fasse une application de suivi à
            distance, parce que nos patients ne reviennent pas aux consultations.
            Idéalement quelqu'un qui a déjà fait des outils de santé validés par des
            médecins.""",
            """Accompagner sans juger.""",
            c="part-time",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Coralie Mercadal",
            """Je tiens un salon de thé à Menton et ma clientèle vieillit. Mes clientes
            viennent l'après-midi, beaucoup sont diabétiques ou surveillent leur
            sucre, et elles repartent frustrées. Je fais tout moi-même, avec une
            vendeuse à mi-temps.""",
            """Une pâtissière qui me crée une carte de gâteaux sans sucre ajouté. Je
            voudrais une douzaine de recettes qui se gardent deux jours en vitrine.
            Des gâteaux qui ont le goût d'une vraie pâtisserie, pas d'un régime.""",
            rs=["domain"],
            c="part-time",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Docteur Jean-Luc Farinelli",
            """Je coordonne un réseau de soins du diabète à Grasse, trois cents
            patients, avec une cuisine pour les ateliers. Nous avons des infirmières
            d'éducation et une diététicienne.""",
            """Nos patients abandonnent le régime faute de plaisir ; il me faut
            quelqu'un qui leur montre, les mains dans la farine, qu'on peut se
            régaler. Surtout au moment des fêtes et des anniversaires.""",
            c="full-time",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 65 ---------------------------------------------------------------- trap: timezone
    pair(
        65,
        "cross",
        "rhum-agricole",
        "A distils cane-juice rum in Martinique and sells to local supermarkets; B runs "
        "cocktail bars in London and wants single-estate rum on its back bar.",
        a=person(
            "Emmanuel Larcher",
            """Ma famille distille du rhum agricole au pied de la montagne Pelée depuis
            1921 : pur jus de canne, colonne créole en cuivre, vieillissement en fûts de
            chêne. Nous produisons cent mille bouteilles par an, dont des millésimes de dix
            ans que très peu de gens connaissent. Je suis aussi président du club de
            yole de ma commune.""",
            """Presque tout se vend aux supermarchés de l'île et aux touristes, à petit
            prix. Les bouteilles vieilles dorment au chai. Je voudrais que des gens qui
            savent goûter les découvrent et les paient ce qu'elles valent.""",
            """Le temps et la canne, rien d'autre.""",
            tz=-4,
            langs=["fr", "en"],
            loc="Le Prêcheur",
        ),
        b=person(
            "Ezra Lindqvist-Adebayo",
            "I run 4 cocktail bars in Soho and Shoreditch.",
            "Want an estate spirit with real age behind it, direct from the family.",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin=person(
            "Poppy Venables",
            "I run 3 cocktail bars in Manchester.",
            "A head bartender who can run all three menus.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Mylène Rosette",
            "Je tiens une cave à rhums à Fort-de-France.",
            "Un distillateur qui me réserve ses vieux millésimes.",
            tz=-4,
            langs=["fr"],
        ),
        trap=person(
            "Darren Goh",
            "I run 5 cocktail bars in Singapore.",
            "An aged estate spirit, direct from the family that makes it.",
            tz=8,
            langs=["en"],
        ),
    ),
    # 66 ---------------------------------------------------------------- trap: language
    pair(
        66,
        "mixed",
        "bakery-demand-forecasting",
        "A is a data scientist who forecasts daily demand for perishable goods; B runs a chain "
        "of bakeries that throws away unsold bread every evening.",
        a=person(
            "Hugo Bertrand-Nakamura",
            """Data scientist, ex-retail: j'ai passé six ans à prévoir les ventes de
            produits frais pour une chaîne de supermarchés, le lait, les salades, the
            things that rot if you get it wrong. I left last year pour monter ma boîte. J'ai
            un modèle qui prend la météo, les vacances scolaires, les matchs de foot et
            l'historique de caisse, and it's right within five per cent most days. Le
            week-end, je fais de la voile à La Rochelle.""",
            """Les grandes surfaces ne veulent plus de petits prestataires. I need a real
            business with daily waste and daily data, qui me laisse brancher mon modèle
            sur ses caisses and tell me when it's wrong.""",
            """Waste is just bad information. Pas de bullshit, des chiffres.""",
            ro=["tech"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Nantes",
        ),
        b=person(
            "Gaëtan Moreau-Lemaire",
            """Je dirige quatorze boulangeries en Loire-Atlantique, avec un fournil
            central à Rezé qui tourne la nuit. Nous faisons du pain au levain, des
            viennoiseries et des sandwichs le midi, environ neuf mille clients par jour. Je
            suis boulanger de formation, j'ai repris l'affaire de mes beaux-parents.""",
            """Chaque soir, on jette entre huit et quinze pour cent de ce qu'on a cuit, et
            les jours de pluie c'est pire. Les chefs de magasin commandent au doigt mouillé
            la veille. Je voudrais savoir le matin combien cuire, boutique par boutique,
            sans transformer mes boulangers en informaticiens.""",
            """Le pain, c'est sacré ; le jeter, ça me rend malade.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["fr", "en"],
            loc="Nantes",
        ),
        twin=person(
            "Laurent Guibert",
            """Je dirige neuf boulangeries à Angers avec un fournil central ; nos
            clients sont fidèles et nos pains primés. Nous avons gagné deux concours
            régionaux et nos boutiques sont bien placées.""",
            """Il me faut un directeur financier qui négocie avec la banque un prêt pour
            un deuxième fournil, et qui suive la marge de chaque boutique. Idéalement
            quelqu'un qui a déjà travaillé dans l'alimentaire ou la distribution.""",
            """Du bon pain, partout.""",
            ro=["operations"],
            rs=["finance"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Margaux Le Dû",
            """Je suis étudiante en master d'apprentissage automatique à Nantes et je
            cherche un sujet de stage concret. J'ai fait un projet sur les séries
            temporelles et je code en Python tous les jours. J'ai aussi travaillé six
            mois dans une supérette pendant mes études.""",
            """Un data scientist expérimenté qui m'encadre sur un vrai problème de
            prévision des ventes. Je voudrais travailler sur des données réelles,
            avec des erreurs qui coûtent. Un stage de six mois, rémunéré, à partir de
            mars.""",
            rs=["tech"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Matteo Galli",
            """Dirigo dodici panetterie a Torino con un forno centrale notturno. Pane a
            lievitazione naturale, novemila clienti al giorno.""",
            """Ogni sera buttiamo il dieci per cento del pane; voglio sapere al mattino
            quanto cuocere, negozio per negozio. I capi negozio ordinano a occhio la
            sera prima.""",
            ro=["operations"],
            rs=["tech"],
            tz=1,
            langs=["it"],
        ),
    ),
    # 67 ---------------------------------------------------------------- trap: consent
    pair(
        67,
        "cross",
        "wilderness-first-aid",
        "A teaches first aid for remote places far from an ambulance; B runs summer camps in "
        "the Quebec backcountry whose counsellors only know city first aid.",
        a=person(
            "Garrett Sinclair",
            "Ex-army medic. I teach first aid for places 3h from an ambulance.",
            "My courses are for hikers one at a time. I want groups who must certify.",
            ro=["domain"],
            tz=-5,
            langs=["en", "fr"],
            loc="Ottawa",
        ),
        b=person(
            "Marie-Josée Lapointe",
            "Je dirige 3 camps de vacances en Mauricie, 60 moniteurs, canot-camping.",
            "Un enfant blessé en expédition, à 4 h de l'hôpital : mes moniteurs paniquent.",
            tz=-5,
            langs=["fr"],
            loc="Trois-Rivières",
        ),
        twin=person(
            "Patrick Lévesque",
            "Je dirige un camp de jour à Laval, 300 enfants.",
            "Un comptable pour nos subventions, on est en retard.",
            tz=-5,
            langs=["fr"],
        ),
        one=person(
            "Courtney Baird",
            "I lead hiking trips in Algonquin Park.",
            "A course so I know what to do if a client breaks a leg out there.",
            rs=["domain"],
            tz=-5,
            langs=["en"],
        ),
        trap=person(
            "Annie Thibodeau",
            "Je dirige un camp de vacances en forêt, 40 moniteurs, expéditions en canot.",
            "Si un enfant se blesse loin de l'hôpital, mes moniteurs ne savent pas quoi faire.",
            tz=-5,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 68 ---------------------------------------------------------------- trap: visibility
    pair(
        68,
        "fr",
        "kiwi-seconds-sorbet",
        "A cultive des kiwis dont un quart est trop petit pour être vendu; B fabrique des "
        "sorbets et des confitures et cherche un fruit local en volume.",
        a=person(
            "Pierre-Emmanuel Darrigrand",
            """Je cultive douze hectares de kiwis dans les Landes, près de Peyrehorade, en
            agriculture raisonnée. Le kiwi de l'Adour a une IGP et se vend bien, pour les
            beaux calibres. J'ai une station de tri et une chambre froide, et je livre
            la coopérative d'octobre à avril. Ma femme est institutrice, on a trois
            enfants et un âne qui s'appelle Gaston.""",
            """Un quart de la récolte est trop petit ou un peu marqué : la coopérative le
            refuse ou le paie trois fois rien. Ces fruits sont parfaits à l'intérieur. Je
            voudrais quelqu'un qui les transforme en un produit qui se vend toute l'année,
            et qui me les prenne chaque hiver à un prix correct.""",
            """Rien ne se perd dans une ferme bien tenue.""",
            tz=1,
            langs=["fr"],
            loc="Peyrehorade",
        ),
        b=person(
            "Sandrine Lalanne-Bercq",
            """J'ai monté il y a six ans une petite fabrique de sorbets et de confitures à
            Dax : une turbine, deux chaudrons en cuivre, quatre salariés, et des clients
            dans les épiceries fines, les restaurants et les hôtels de la côte basque.""",
            """Mes fruits viennent de grossistes, souvent d'Espagne, et mes clients me
            demandent ce qui pousse ici. Je cherche un verger proche qui me fournisse une
            grosse quantité chaque hiver, quand j'ai le temps de produire, à un prix qui
            ne tue pas ma marge.""",
            """Le goût d'ici, sans colorant ni arôme.""",
            tz=1,
            langs=["fr"],
            loc="Dax",
        ),
        twin=person(
            "Maylis Etcheverry",
            """Je fabrique des glaces artisanales à Biarritz, trois boutiques sur le
            front de mer, très fréquentées l'été. Nos parfums changent chaque semaine
            et les touristes font la queue en août.""",
            """Il me faut un associé qui trouve une activité pour l'hiver, un salon de
            thé ou des gâteaux, car je ferme cinq mois par an et je perds mon équipe.
            Idéalement quelqu'un qui a déjà tenu un salon de thé ou une pâtisserie.""",
            """Le plaisir simple.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Thomas Larrieu",
            """Je suis chef d'une cantine d'entreprise à Bayonne, six cents repas par
            jour. Nos menus sont faits maison et nous voulons moins de fruits
            importés. Nous servons surtout des salariés d'usine qui veulent manger
            simple et bon.""",
            """Un producteur local qui me livre des fruits frais chaque semaine d'hiver
            pour les desserts. Je paie à la semaine et je prends ce qui est de
            saison. Des fruits de saison, livrés le lundi, à un prix raisonnable.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Véronique Dufau",
            """Je fabrique des sorbets et des confitures à Mont-de-Marsan pour les
            épiceries fines. Une turbine, deux chaudrons en cuivre et des clients sur
            la côte basque.""",
            """Mes clients veulent du fruit d'ici ; il me faut un verger proche qui me
            livre gros chaque hiver. Mes fruits viennent de grossistes espagnols, et
            ça se voit.""",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 69 ---------------------------------------------------------------- trap: commitment
    pair(
        69,
        "cross",
        "fly-fishing-guiding",
        "A guides fly fishing on Pyrenean rivers with half-empty weeks; B sells fishing "
        "holidays to British anglers and wants a new river with a local guide.",
        a=person(
            "Sébastien Cazenave",
            "Guide de pêche à la mouche dans les Pyrénées, 12 ans, rivières à truites.",
            "Mes semaines sont à moitié vides, je ne vois que des clients locaux.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Oloron-Sainte-Marie",
        ),
        b=person(
            "Rupert Astley",
            """I sell fishing holidays to British anglers: salmon in Norway, bonefish in
            Cuba, trout in Slovenia. About 500 clients a year, mostly retired, mostly
            repeat. They're tired of the same rivers and keep asking for somewhere new,
            quiet, and reachable with one flight. I fish most weekends on the Test.""",
            """I want a new destination in France with wild trout, small rivers, and a
            local who knows every pool, speaks enough English, and can look after a
            group of four for a week.""",
            """Catch and release, always.""",
            tz=0,
            langs=["en"],
            loc="Winchester",
        ),
        twin=person(
            "Giles Carrington",
            """I sell shooting and fishing weekends on Scottish estates to City clients,
            two hundred a year. Our clients are bankers and lawyers who want comfort
            and tradition.""",
            """A lodge manager who can run catering and staff for our groups, because
            the estates keep letting us down. Ideally someone who has run a sporting
            lodge in the Highlands.""",
            """Tradition, done well.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Jean-Marc Lasserre",
            """Je tiens un gîte au bord du gave d'Oloron. Mon gîte a six chambres et une
            salle où sécher le matériel. Je fais aussi table d'hôtes et je connais
            bien les rivières du coin.""",
            """Un guide de pêche qui fait venir des pêcheurs chez moi. Des pêcheurs
            étrangers qui restent une semaine, au printemps et en automne. Quelqu'un
            qui amène ses clients chez moi plusieurs semaines par an.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Oliver Tresilian",
            """I sell fishing holidays to British anglers, 400 a year, and they want a
            new quiet river reachable with one flight. Most are retired, most come
            back every year.""",
            """A French guide who knows every pool of a wild-trout river and can host a
            group for a week. Ideally small rivers with wild trout, one flight from
            London.""",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 70 ---------------------------------------------------------------- trap: timezone
    pair(
        70,
        "en",
        "travel-vaccines-gap-year",
        "A runs a pharmacy travel clinic with quiet months; B's gap-year company sends "
        "thousands of teenagers abroad who arrive without the right jabs.",
        a=person(
            "Anita Chowdhury",
            """I'm a pharmacist and I run a travel clinic from my two pharmacies in
            Bristol: yellow fever centre, rabies, typhoid, malaria tablets, altitude
            advice. We see about 3,000 travellers a year. I trained in Leicester and did
            a stint with a charity in Malawi, which is where I got interested in travel
            health. I'm also a school governor.""",
            """The clinic is rammed in June and December and dead in between. I'd like a
            steady flow of travellers spread across the year, booked in groups, by
            someone who knows where they're going and when.""",
            """Prevention beats treatment. Nobody should catch something they could have
            avoided.""",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
            loc="Bristol",
        ),
        b=person(
            "Oliver Featherstone",
            """I run a gap-year company: 2,400 young people a year on volunteering and
            trekking placements in Peru, Nepal, Tanzania and Borneo, with departures every
            month. We handle flights, insurance, in-country staff and parents' nerves. I
            did my own gap year in Ecuador in 1998 and never really came back.""",
            """Too many of our teenagers fly out without the right jabs or medicines, or get
            them at a GP who doesn't know the region. Last year two got ill and one was
            flown home. I want every departure group seen properly, at a time that suits
            the schedule, by someone who'll tell us who isn't ready.""",
            """Adventure, safely. Parents trust us with their kids.""",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Bath",
        ),
        twin=person(
            "Natasha Greenhalgh",
            """I run a school-trip company taking 5,000 pupils a year to Iceland,
            Morocco and Costa Rica, with our own trip leaders and a 24-hour duty
            phone. Our trip leaders are trained teachers and every group has a medic
            on call.""",
            """I need a risk and compliance manager to rewrite our safety procedures and
            deal with the insurers, because our premium tripled after an incident.
            Ideally someone who has dealt with insurers after a serious incident.""",
            """Every child home safe.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Rhiannon Pugh",
            """I'm a newly qualified pharmacist and I want to specialise in travel
            medicine. I've done my training in a high-street pharmacy and loved the
            travel consultations. I did my pre-registration year in Bristol and I'm
            doing a travel medicine certificate.""",
            """An experienced pharmacist with a yellow-fever centre who'll train me and
            give me shifts in her clinic. Ideally in Bristol or Bath, two or three
            days a week. Ideally a clinic that sees lots of travellers to Africa and
            Asia.""",
            rs=["domain"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Lachlan Fairweather",
            """I run a gap-year company in Sydney sending 1,800 young people a year to
            Asia and Africa, departures every month. We handle flights, insurance and
            in-country staff for every group.""",
            """Too many fly out without the right jabs or tablets; I want every group
            seen properly before departure. Last year two got ill abroad and one was
            flown home.""",
            ro=["sales"],
            rs=["domain"],
            tz=10,
            langs=["en"],
        ),
    ),
    # 71 ---------------------------------------------------------------- trap: language
    pair(
        71,
        "cross",
        "knife-sharpening-van",
        "A sharpens knives from a van and wants regular professional clients; B runs "
        "restaurants whose cooks work with dull blades.",
        a=person(
            "Terence Pollard",
            "I sharpen knives from a van, wet stones + belt grinder. Based in Lille now.",
            "Mostly markets and housewives. I want pro kitchens, every week.",
            tz=1,
            langs=["en"],
            loc="Lille",
        ),
        b=person(
            "Aurore Delannoy",
            "J'ai 5 restaurants à Lille, 40 cuisiniers.",
            "Les lames sont toutes émoussées, on se coupe, on perd du temps.",
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        twin=person(
            "Benoît Wattel",
            "J'ai 3 brasseries à Lille.",
            "Un plongeur fiable, je n'en garde aucun.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Jacob Hurst",
            "I run a knife shop in Lille, Japanese blades.",
            "Someone to offer sharpening to my customers after purchase.",
            tz=1,
            langs=["en"],
        ),
        trap=person(
            "Martine Dujardin",
            "J'ai 4 restaurants à Roubaix.",
            "Toutes nos lames sont émoussées, on se coupe.",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 72 ---------------------------------------------------------------- trap: consent
    pair(
        72,
        "mixed",
        "priory-retreats",
        "A organises yoga and silence retreats for London clients and needs a place; B's "
        "community of nuns lives in a huge priory that is mostly empty.",
        a=person(
            "Juliette Ashford-Blanc",
            """Franco-anglaise, j'organise des retraites de yoga et de silence for London
            professionals, 8 per year, 20 guests each. J'ai les clients et les profs,
            but we rent a different villa every time, c'est cher et impersonnel.""",
            """Je cherche un lieu calme, with rooms, a big hall and gardens, où l'on peut
            revenir chaque saison et tisser une relation avec les gens qui y vivent.""",
            ro=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Paris",
        ),
        b=person(
            "Sœur Marie-Bénédicte",
            "Nous sommes 9 sœurs dans un prieuré de 60 chambres en Bourgogne.",
            "Le prieuré est trop grand pour nous, l'entretien nous ruine.",
            tz=1,
            langs=["fr"],
            loc="Vézelay",
        ),
        twin=person(
            "Sœur Anne-Claire",
            "Nous sommes 12 sœurs dans une abbaye en Anjou.",
            "Un architecte du patrimoine pour la toiture qui fuit.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Camille Rondeau",
            "Prof de yoga, je veux animer des retraites.",
            "Une organisatrice qui a déjà les clients et me recrute.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Sœur Thérèse-Marie",
            "Nous sommes 7 sœurs dans un grand prieuré du Morvan.",
            "Le bâtiment est trop grand pour nous, l'entretien nous ruine.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 73 ---------------------------------------------------------------- trap: visibility
    pair(
        73,
        "cross",
        "dakar-coding-school",
        "A runs a coding school in Dakar whose graduates can't find jobs; B is CTO of a London "
        "fintech that needs developers in its own time zone.",
        a=person(
            "Aminata Diallo-Ndiaye",
            """J'ai fondé une école de code à Dakar il y a quatre ans : des formations de
            neuf mois, gratuites pour les élèves, financées par des fondations. Nous avons
            diplômé deux cent quarante développeurs, dont quarante pour cent de femmes, en
            Python, JavaScript et bases de données, avec des projets réels en fin de
            parcours. Je suis ingénieure télécom de formation et j'ai travaillé huit ans
            pour un opérateur.""",
            """Le marché local n'absorbe pas nos diplômés, et les fondations veulent des
            taux d'emploi. Je voudrais des entreprises qui recrutent nos jeunes à distance,
            avec de vrais contrats, qui les encadrent les premiers mois et qui nous disent
            ce qu'il faut enseigner de plus.""",
            """Le talent est partout, les opportunités non. Pas de travail au rabais.""",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["fr", "en"],
            loc="Dakar",
        ),
        b=person(
            "Marcus Oyelaran-Fisk",
            """I'm CTO of a payments fintech in London, 60 engineers, Python and
            TypeScript. We're growing fast and we interview constantly; London salaries
            and visa delays are killing our roadmap. I've managed remote teams in Lisbon
            and Lagos before.""",
            """I want a dependable pipeline of junior developers who work our hours, can
            be coached remotely, and whose training I can influence, so I'm not hiring
            blind from job boards.""",
            """Hire for potential, pay fairly, invest in people.""",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin=person(
            "Samantha Whitlow",
            """I'm CTO of an insurtech in Leeds, 30 engineers, and we're about to raise
            a Series B. Our product is doing well and our customers are large
            insurers across Europe.""",
            """I need a senior security engineer who can get us through an ISO audit in
            six months, because our enterprise clients demand it. Ideally someone who
            has led audits at a regulated financial company.""",
            """Ship safely.""",
            ro=["tech"],
            rs=["tech"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Ousmane Faye",
            """Je viens de finir le bac et je veux devenir développeur, mais je n'ai pas
            d'argent pour une formation. J'ai appris un peu de HTML tout seul sur le
            téléphone de mon frère.""",
            """Une école de code gratuite à Dakar qui m'accepte et m'aide à trouver un
            travail. Je suis prêt à travailler dur pendant neuf mois.""",
            rs=["operations"],
            tz=0,
            langs=["fr"],
        ),
        trap=person(
            "Henry Ashcombe",
            """CTO of a lending fintech in London, 45 engineers; London hiring is too
            slow and expensive. We use Python and TypeScript and I've managed remote
            teams before.""",
            """A steady pipeline of juniors who work our hours and whose training we can
            shape. Visa delays and London salaries are killing our roadmap.""",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 74 ---------------------------------------------------------------- trap: commitment
    pair(
        74,
        "fr",
        "public-letter-writer",
        "A est écrivain public et veut des permanences régulières; B dirige un centre "
        "communal d'action sociale dont les usagers se perdent dans les courriers.",
        a=person(
            "Aline Champeaux",
            "Écrivaine publique diplômée, 8 ans, je tiens une permanence au marché.",
            "Je voudrais des rendez-vous réguliers, dans un lieu où les gens viennent déjà.",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Limoges",
        ),
        b=person(
            "Yves Delpeuch",
            "Je dirige le centre d'action sociale de Limoges Nord.",
            "Nos usagers ne comprennent pas les lettres de la CAF et perdent leurs droits.",
            tz=1,
            langs=["fr"],
            loc="Limoges",
        ),
        twin=person(
            "Claudine Peyramaure",
            "Je dirige un centre d'action sociale à Brive.",
            "Une assistante sociale de plus, on est débordés.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Jacqueline Lachaud",
            "J'ai 79 ans, mon mari est mort et je dois écrire à la banque.",
            "Quelqu'un qui m'aide à rédiger mes lettres.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Gilbert Mazaud",
            "Je dirige un centre d'action sociale à Tulle.",
            "Nos usagers ne comprennent pas les courriers et perdent leurs droits.",
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 75 ---------------------------------------------------------------- trap: timezone
    pair(
        75,
        "cross",
        "beet-brine-deicing",
        "A makes a de-icing brine from sugar-beet residue that harms lakes less than salt; B "
        "runs winter road work for francophone municipalities in Manitoba worried about lakes.",
        a=person(
            "Caroline Whitecotton",
            """I'm a chemist in Calgary. I make a de-icing brine from sugar-beet molasses
            and a little salt: it works down to minus thirty, sticks to the road so less of
            it washes off, and puts about a third as much chloride into rivers and lakes.
            We have a small plant next to a beet factory and two pilot contracts with
            Alberta counties. I'm a keen curler and a terrible skier.""",
            """Alberta is a small market and provincial tenders favour the cheapest salt.
            I need towns and counties who care about their water enough to change, with trucks
            and crews willing to test new spreading settings and share the results.""",
            """Winter safety shouldn't cost us the lakes.""",
            ro=["tech"],
            tz=-7,
            langs=["en", "fr"],
            loc="Calgary",
        ),
        b=person(
            "Denis Lagimodière",
            """Je gère les travaux publics pour un regroupement de cinq municipalités
            francophones au sud de Winnipeg : cent quatre-vingts kilomètres de routes,
            onze camions de déneigement, un entrepôt de sel. Nos villages vivent autour de
            la rivière Seine et de petits lacs où les familles vont pêcher.""",
            """Les analyses montrent que le chlorure monte chaque printemps dans nos lacs,
            et les poissons disparaissent. Les citoyens nous accusent. Il me faut une autre
            façon de garder les routes sûres l'hiver, qui fonctionne par grand froid et
            qui abîme moins l'eau.""",
            """Des routes sûres et des lacs vivants.""",
            tz=-6,
            langs=["fr", "en"],
            loc="Sainte-Anne",
        ),
        twin=person(
            "Réal Chartier",
            """Je dirige les travaux publics d'une municipalité francophone près de
            Winnipeg : routes, aqueduc, trois camions. Nos routes sont bien
            entretenues et nous avons un bon budget cette année.""",
            """Il me faut un mécanicien qui entretienne nos camions et nos chasse-neige,
            car le garage de la ville voisine ferme. Idéalement quelqu'un qui connaît
            les moteurs diesel et l'hydraulique.""",
            """Service public avant tout.""",
            tz=-6,
            langs=["fr", "en"],
        ),
        one=person(
            "Brett Halvorsen",
            """I run a lake association in Saskatchewan, 400 cottage owners worried
            about chloride. Our members test the lake every spring and share results
            with the province. We've raised money for a study and the council is
            willing to listen.""",
            """A scientist with a gentler de-icer who can talk to our council about
            switching. Ideally someone who can show us data from a real winter.
            Someone who can present real results to our council in the spring.""",
            tz=-6,
            langs=["en"],
        ),
        trap=person(
            "Bernard Ravanel",
            """Je gère les routes d'hiver de quatre communes de Savoie, autour d'un lac
            de montagne. Nous avons huit camions et un entrepôt de sel.""",
            """Le chlorure monte dans le lac chaque printemps ; il nous faut un autre
            moyen de garder les routes sûres par grand froid. Les citoyens nous
            accusent et les poissons disparaissent.""",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
]
