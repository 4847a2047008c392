"""Pairs 46-60 of complementary_v5."""

from people import pair, person

PAIRS = [
    # 46 ---------------------------------------------------------------- trap: language
    pair(
        46,
        "cross",
        "dialect-recordings",
        "A is a former radio sound recordist who archives spoken voices properly; B runs a "
        "Breton-language association whose last native speakers are dying unrecorded.",
        a=person(
            "Duncan Ferrier",
            """I spent twenty-six years as a location sound recordist for BBC radio, and
            since retiring I've built a small archive of spoken English from the Shetlands
            to Cornwall: four hundred hours, recorded on proper kit, transcribed, tagged by
            place and age, and deposited with a university library so it survives me. I
            have two field recorders, good microphones and a very patient wife. I moved to
            Brittany five years ago for the sailing.""",
            """I've done my own country; now I'd like to do the same here, but I can't get
            through the door. The people I want to record are very old, wary, and speak to
            outsiders only if someone they know sits beside them. I need a person who knows
            who they are, where they live and how to ask.""",
            """Every voice matters, not just the famous ones. Record it well or don't
            bother.""",
            tz=1,
            langs=["en"],
            loc="Morlaix",
        ),
        b=person(
            "Gwenaëlle Kerbrat",
            """J'anime une association de la langue bretonne dans le Trégor depuis quinze
            ans : cours du soir, veillées, un festival de contes en novembre. Je connais par
            leur prénom les anciens qui parlent encore le breton de naissance dans chaque
            commune, une soixantaine, et leurs familles me font confiance. J'ai grandi
            dans une ferme où on ne parlait que breton à table.""",
            """Ils ont tous plus de quatre-vingt-cinq ans. Quand l'un d'eux part, sa façon
            de parler, ses chansons et ses expressions partent avec lui. Nous avons bien
            quelques cassettes, mais le son est mauvais, rien n'est classé et personne ne
            sait ce qu'il y a dedans. Il faudrait garder ces voix proprement, pour cent
            ans.""",
            """Une langue vit tant qu'on l'entend. Pas de folklore pour touristes.""",
            tz=1,
            langs=["fr", "en"],
            loc="Lannion",
        ),
        twin=person(
            "Yann-Vari Le Dantec",
            """Je préside une école associative en langue bretonne dans le Léon, cent
            vingt élèves, huit enseignants, des parents très engagés et une salle des
            fêtes prêtée par la mairie. Nos élèves réussissent très bien et les
            familles nous soutiennent.""",
            """Il nous faut un gestionnaire qui reprenne les comptes, les contrats des
            enseignants et les dossiers de subventions, car nous sommes tous
            bénévoles et épuisés. Idéalement quelqu'un qui a déjà géré une école ou
            une association employeuse.""",
            """Le breton à l'école, pas au musée.""",
            tz=1,
            langs=["fr", "en"],
        ),
        twin2=person(
            "Soizic Le Roux",
            """J'organise un festival de contes et de chants en breton à Quimper, trois
            jours en novembre, avec des conteurs anciens et jeunes. Nous accueillons
            deux mille spectateurs et des conteurs de toute la Bretagne.""",
            """Je cherche un producteur de spectacles qui vende notre festival aux
            salles et aux mairies de toute la Bretagne. Idéalement quelqu'un qui
            connaît les programmateurs des salles bretonnes.""",
            """Le conte, c'est vivant.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Rosalind Kemp",
            """I'm a linguist in Glasgow writing a grammar of Scots as spoken by older
            people in the Borders. I have funding for two years and a university
            archive ready to keep the recordings. My department has a small grant and
            a sound archive ready to take the recordings.""",
            """A sound recordist with good kit and experience with elderly speakers to
            record forty interviews for me next spring. Someone patient with older
            people, who knows how to record in a kitchen. Ideally someone who has
            recorded older people in their homes before.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Maiwenn Guéguen",
            """J'anime une association bretonne dans le Goëlo : je connais tous les
            anciens qui parlent breton de naissance. Leurs familles me font confiance
            et m'ouvrent leur porte.""",
            """Ils ont plus de quatre-vingt-cinq ans ; il faudrait garder leurs voix
            proprement avant qu'il ne soit trop tard. Nos vieilles cassettes sont
            inaudibles et personne ne sait ce qu'il y a dedans.""",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 47 ---------------------------------------------------------------- trap: consent
    pair(
        47,
        "fr",
        "coach-seat-upholstery",
        "A est sellier garnisseur et manque de gros chantiers; B gère une flotte d'autocars "
        "de tourisme dont les sièges déchirés font fuir les clients.",
        a=person(
            "Didier Ravanel",
            "Sellier garnisseur à Annecy, 25 ans de métier, atelier de 300 m².",
            """Je refais des fauteuils de particuliers, un par un. Je voudrais de gros
            volumes réguliers, des séries de sièges identiques à refaire, pour embaucher
            et garder mes deux apprentis toute l'année.""",
            ro=["domain"],
            tz=1,
            langs=["fr"],
            loc="Annecy",
        ),
        b=person(
            "Corinne Baud",
            "J'ai 24 autocars de tourisme à Chambéry, circuits en Europe.",
            "Les sièges sont déchirés, tachés. Les clients se plaignent sur internet.",
            tz=1,
            langs=["fr"],
            loc="Chambéry",
        ),
        twin=person(
            "Olivier Favre",
            "J'ai 18 autocars à Albertville, navettes de stations.",
            "Des chauffeurs pour l'hiver, je n'en trouve pas assez.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Léa Burnier",
            "Décoratrice d'intérieur, je meuble des chalets de luxe.",
            "Un artisan qui recouvre mes fauteuils anciens avec mes tissus.",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Gilles Perrissin",
            "J'ai 20 autocars de tourisme à Aix-les-Bains.",
            "Sièges déchirés et tachés, les clients se plaignent.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 48 ---------------------------------------------------------------- trap: visibility
    pair(
        48,
        "cross",
        "maple-syrup-bakery",
        "A taps a sugar bush in Quebec and sells syrup in bulk barrels; B's Toronto bakery "
        "chain makes tarts with blended syrup and wants one farm's.",
        a=person(
            "Réal Côté-Bilodeau",
            "Érablière de 9 000 entailles en Beauce, sirop bio.",
            "Tout part en barils à la fédération, payé au poids, sans mon nom.",
            ro=["domain"],
            rs=["sales"],
            tz=-5,
            langs=["fr", "en"],
            loc="Saint-Georges",
        ),
        b=person(
            "Allison MacPherson",
            "I run 11 bakeries in Toronto, famous for butter tarts.",
            "Our syrup is a blend with no farm behind it. I want one family's.",
            ro=["sales"],
            rs=["domain"],
            tz=-5,
            langs=["en"],
            loc="Toronto",
        ),
        twin=person(
            "Derek Chuang",
            "I run 6 bakeries in Toronto, pastries and bread.",
            "A baker who can take over night production, I'm exhausted.",
            ro=["sales"],
            rs=["operations"],
            tz=-5,
            langs=["en"],
        ),
        one=person(
            "Nathalie Poulin",
            "Je fais des bonbons et du beurre d'érable à Québec.",
            "Une érablière qui me vend du sirop bio en direct.",
            ro=["sales"],
            rs=["domain"],
            tz=-5,
            langs=["fr"],
        ),
        trap=person(
            "Brenda Szymanski",
            "I run 8 bakeries in Ottawa, butter tarts are our thing.",
            "Syrup from one farm family, not a blend.",
            ro=["sales"],
            rs=["domain"],
            tz=-5,
            langs=["en"],
            vis="private",
        ),
    ),
    # 49 ---------------------------------------------------------------- trap: commitment
    pair(
        49,
        "en",
        "thatching-reed",
        "A is a master thatcher who can't get good reed; B manages a wetland reserve that must "
        "cut its reed beds every winter and burns the cut.",
        a=person(
            "Jethro Catchpole",
            """I'm a master thatcher in Suffolk, third generation, with two journeymen and
            an apprentice. We do about twenty roofs a year, mostly listed cottages, and
            the conservation officers trust our work. I judge thatching at the county show
            and I keep ferrets, which my wife tolerates.""",
            """Good thatching material is almost impossible to get. What we buy is imported from
            Turkey and Hungary, it's inconsistent and it rots ten years early, and the
            roofs get the blame. I need a home source of long, straight stems cut at the
            right time and bundled properly, every winter, in the hundreds of bundles.""",
            """Do it properly or not at all; a roof should last forty years.""",
            tz=0,
            langs=["en"],
            loc="Framlingham",
        ),
        b=person(
            "Philippa Orme",
            """I manage a 300-hectare wetland nature reserve on the Norfolk Broads for a
            wildlife trust: reed beds, fen, grazing marsh, bitterns and marsh harriers. I
            have four staff and about thirty volunteers, two tracked cutting machines and a
            barn. Before this I was an ecologist for the water company.""",
            """Our reed beds have to be cut in rotation each winter or they dry out and the
            birds leave. We cut about forty hectares a year and then pile the cut stems and
            burn them, which costs us fuel and volunteer time and looks terrible. I'd love
            the harvest to earn money for the reserve instead.""",
            """Manage for wildlife first; let people earn from it if it helps.""",
            tz=0,
            langs=["en"],
            loc="Hickling",
        ),
        twin=person(
            "Adrian Blewitt",
            """I manage a 200-hectare reserve on the Somerset Levels with reed beds and
            wet grassland; six staff, a visitor centre and a café that loses money.
            Our reserve gets 60,000 visitors a year and the birdwatching is superb.""",
            """I need someone to run the visitor centre and café as a business, with
            events and school visits, because my staff are ecologists, not caterers.
            Ideally someone with catering and events experience in a visitor
            attraction.""",
            """Wildlife and people together.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Clare Wingfield",
            """I own a listed thatched cottage near Woodbridge and the roof is leaking
            badly. The cottage dates from 1620 and the conservation officer has told
            me to act soon. My late husband always did the maintenance and I don't
            know where to start.""",
            """A thatcher the conservation officer will accept, who can re-ridge and
            patch it before next winter. I'd like a firm that can also tell me what
            the roof will need in future. Someone who can also explain what needs
            doing over the next few years.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Norman Daubeny",
            """I manage reed beds on a Broads reserve and cut about thirty hectares
            every winter, then burn the cut. We have tracked cutting machines,
            volunteers and a barn.""",
            """I'd like the cut stems to earn money for the reserve instead of going up
            in smoke. Burning costs us fuel and volunteer time, and it looks
            terrible.""",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 50 ---------------------------------------------------------------- trap: timezone
    pair(
        50,
        "cross",
        "dark-sky-astro-tourism",
        "A runs a volunteer observatory under one of the darkest skies in Europe and needs "
        "income; B sells astrophotography trips and wants a site with telescopes and nights.",
        a=person(
            "Bertrand Molines",
            """Je préside l'association qui fait vivre un observatoire dans le Queyras, à
            2 300 mètres, sous l'un des ciels les plus noirs d'Europe : deux coupoles, un
            télescope de 600 mm, des montures motorisées et un gîte de douze lits. Nous
            sommes des bénévoles, ingénieurs ou profs à la retraite, et nous accueillons
            les écoles l'été. Je fais aussi un peu de ski de randonnée, quand mes genoux
            veulent bien.""",
            """Le chauffage, l'entretien des coupoles et l'assurance nous coûtent plus que
            ce que rapportent les écoles. On voudrait remplir le gîte et les nuits de
            l'automne et de l'hiver, quand le ciel est le meilleur, avec des gens qui
            paient bien et restent plusieurs nuits.""",
            """Le ciel étoilé est un patrimoine. Pas de lumière inutile.""",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Saint-Véran",
        ),
        b=person(
            "Alistair Hepburn",
            """I run astrophotography holidays for British and American amateurs, about
            250 guests a year, in Namibia and on La Palma: small groups, five nights, with
            an expert who helps everyone get a proper deep-sky image. My guests own
            expensive cameras and would happily pay for a new destination.""",
            """Flights to Namibia are long and La Palma is crowded. I want a site in the
            Alps, reachable from Geneva in a few hours, with big instruments we can use,
            beds, and people on site who know the sky.""",
            """Leave nothing but footprints and photons.""",
            tz=0,
            langs=["en"],
            loc="Edinburgh",
        ),
        twin=person(
            "Harriet Coulson",
            """I run astronomy cruises, small ships in the Arctic for northern lights
            watchers, 600 guests a year, with lectures on board. Our guests are
            mostly retired Americans and British and they come back every year.""",
            """I need a marine operations partner who can charter a second ship and
            handle crew and port calls in Norway. Ideally someone who has run Arctic
            cruise operations.""",
            """Wonder, safely.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Clément Faure",
            """J'enseigne la physique dans un lycée de Gap et j'anime un club
            d'astronomie. Mes élèves sont passionnés et nous avons un petit télescope
            au lycée.""",
            """Un observatoire en montagne qui accueille mes élèves pour une nuit
            d'observation avec de grands instruments. Idéalement un lieu avec des
            lits pour une trentaine de personnes.""",
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Dwight Moreland",
            """I run astrophotography tours from Tucson for American amateurs, 200
            guests a year, and I want a European mountain site. Our guests own
            expensive cameras and would pay well for a new destination.""",
            """Big instruments we can use, beds, and locals who know the sky. Ideally
            reachable in a few hours from Geneva airport.""",
            tz=-7,
            langs=["en"],
        ),
    ),
    # 51 ---------------------------------------------------------------- trap: language
    pair(
        51,
        "mixed",
        "bike-fitting",
        "A is a physio who adjusts riders to their bikes; B runs a big cycling club whose "
        "members keep getting knee and back pain on long rides.",
        a=person(
            "Élise Vandermeersch",
            """Kiné du sport à Lille, je fais du bike fitting: I measure the rider, the
            saddle, the cleats, et j'ajuste tout on a jig.""",
            """Mes clients viennent un par un, and I'd like to reach whole groups of riders
            qui ont mal et ne savent pas pourquoi.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        b=person(
            "Thomas Decock",
            "Je préside un club cyclo de 400 membres à Roubaix.",
            "Après 100 km, la moitié ont mal aux genoux ou au dos. Certains arrêtent.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Roubaix",
        ),
        twin=person(
            "Franck Ducatez",
            "Je préside un club de VTT de 250 membres à Valenciennes.",
            "Un terrain privé pour tracer des pistes, la forêt est interdite.",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Jessica Verlinden",
            "I run a bike shop in Tournai and sell road bikes.",
            "Someone who sets up each new bike to its rider, right in my shop.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
        ),
        trap=person(
            "Pieter Claeys",
            "Ik ben voorzitter van een wielerclub met 350 leden in Kortrijk.",
            "Na 100 km hebben veel leden pijn aan knieën of rug.",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["nl"],
        ),
    ),
    # 52 ---------------------------------------------------------------- trap: consent
    pair(
        52,
        "fr",
        "books-by-the-metre",
        "A est bouquiniste et croule sous les livres invendables; B décore des plateaux de "
        "tournage et achète des bibliothèques entières pour remplir des murs.",
        a=person(
            "Gérald Moutier",
            "Bouquiniste, 40 000 livres en stock dans un hangar.",
            "Les trois quarts ne se vendront jamais. Je ne veux pas les brûler.",
            tz=1,
            langs=["fr"],
            loc="Montreuil",
        ),
        b=person(
            "Anouk Ferracci",
            "Décoratrice de plateaux pour le cinéma et les séries.",
            "Je dois remplir des murs entiers de vieux volumes, vite et pas cher.",
            tz=1,
            langs=["fr"],
            loc="Paris",
        ),
        twin=person(
            "Julien Massart",
            "Décorateur de plateaux, séries policières surtout.",
            "Un menuisier qui construit mes décors en trois jours.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Colette Barbier",
            "J'ouvre une librairie d'occasion à Vincennes.",
            "Un stock de départ, des livres pas chers, beaucoup.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Maud Lefèvre",
            "Décoratrice de tournage, films d'époque.",
            "Des murs de vieux volumes, vite et pas cher.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 53 ---------------------------------------------------------------- trap: visibility
    pair(
        53,
        "cross",
        "3d-printed-hands",
        "A designs printed prosthetic hands for children and needs people and printers to "
        "produce and fit them; B's fablab has idle printers and volunteers who want a purpose.",
        a=person(
            "Caleb Montgomery",
            """I'm an American biomedical engineer living in Toulouse. I designed an open,
            3D-printable prosthetic hand for children born without fingers: it closes when
            the child bends the wrist, comes in twelve sizes, and costs about thirty euros
            in plastic. Over 1,500 have been made from my files worldwide. My French is
            good enough for meetings, bad enough for jokes.""",
            """In France, no one is making them. I need a workshop with machines that can
            print reliably, people who will assemble and adjust each hand with the family,
            and a place where a child and parents feel welcome on a Saturday.""",
            """Open designs, free for families, forever.""",
            ro=["tech"],
            tz=1,
            langs=["en", "fr"],
            loc="Toulouse",
        ),
        b=person(
            "Sébastien Rouquette",
            """Je gère un fablab associatif à Toulouse : vingt imprimantes 3D, deux
            découpeuses laser, un atelier d'électronique, et cent cinquante membres dont
            beaucoup de retraités de l'aéronautique qui savent tout réparer. Nous sommes
            ouverts le samedi et deux soirs par semaine.""",
            """Nos machines impriment des porte-clés et des figurines. Les membres
            s'ennuient et certains partent. Je voudrais un projet qui ait du sens, qui aide
            des gens pour de vrai, et où nos bénévoles voient le résultat de leur travail.""",
            """Faire ensemble, partager tout.""",
            tz=1,
            langs=["fr"],
            loc="Toulouse",
        ),
        twin=person(
            "Mélanie Cazaux",
            """Je gère un fablab à Montpellier : quinze imprimantes, une fraiseuse, des
            ateliers pour les scolaires et un espace de coworking. Nos ateliers pour
            les écoles sont pleins et nous formons aussi des demandeurs d'emploi.""",
            """Il me faut un associé qui trouve des entreprises clientes pour louer nos
            machines, car les subventions de la région s'arrêtent l'an prochain.
            Idéalement quelqu'un qui connaît les PME de la région.""",
            """Fabriquer plutôt qu'acheter.""",
            tz=1,
            langs=["fr"],
        ),
        twin2=person(
            "Grégoire Saint-Clair",
            """Je dirige un atelier d'impression 3D industrielle à Blagnac, pièces pour
            l'aéronautique, vingt-cinq machines. Nous avons des machines métal et
            plastique et une certification aéronautique.""",
            """Un commercial qui connaît les équipementiers automobiles, pour sortir de
            notre dépendance à un seul client. Idéalement quelqu'un qui a déjà vendu
            des pièces à des constructeurs.""",
            """Précision et délais.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Amandine Pujol",
            """Mon fils de six ans est né sans doigts à la main gauche. Il est en CP et
            il voudrait tenir son crayon et sa fourchette comme ses copains. Nous
            avons vu des vidéos de petites mains imprimées en Amérique.""",
            """Quelqu'un qui sait fabriquer et ajuster une petite main imprimée pour
            lui. Nous habitons près de Toulouse et nous pouvons venir le samedi.
            Quelqu'un qui nous reçoive et prenne le temps avec lui.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Thierry Bonnafous",
            """Je gère un fablab à Albi : douze imprimantes 3D et des membres retraités
            de l'industrie. Nos membres savent tout réparer et nous sommes ouverts le
            samedi.""",
            """Un projet qui aide des gens pour de vrai, où nos bénévoles voient le
            résultat. Nos machines impriment des figurines et les membres s'ennuient.""",
            tz=1,
            langs=["fr"],
            vis="private",
        ),
    ),
    # 54 ---------------------------------------------------------------- trap: commitment
    pair(
        54,
        "mixed",
        "reusable-box-washing",
        "A runs a deposit scheme for reusable takeaway boxes that cannot get them washed at "
        "scale; B runs an industrial washing plant with spare capacity.",
        a=person(
            "Inès Carvalho-Dumas",
            """Je suis fondatrice d'une consigne de boîtes réutilisables à Lyon: 140
            restaurants, 30k boxes in circulation, une appli that tracks each one.""",
            """Le nettoyage is our bottleneck: the restaurants refuse to wash them, et nos
            deux machines louées can't keep up. Les boîtes s'entassent.""",
            ro=["product"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Lyon",
        ),
        b=person(
            "Bruno Maillet",
            "Je dirige une blanchisserie industrielle à Vénissieux, tunnels de lavage.",
            "On tourne à 60 % depuis que deux hôpitaux sont partis. Il faut du volume.",
            ro=["operations"],
            rs=["product"],
            tz=1,
            langs=["fr"],
            loc="Vénissieux",
        ),
        twin=person(
            "Catherine Vial",
            "Je dirige une blanchisserie hospitalière à Villeurbanne.",
            "Un logisticien qui optimise nos tournées de camions.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Pauline Grange",
            "Je tiens 3 restaurants à emporter à Lyon.",
            "Un système de boîtes consignées, suivi par appli, clé en main.",
            ro=["operations"],
            rs=["product"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Hervé Chabanne",
            "Je dirige un site de lavage industriel à Givors.",
            "Nos tunnels tournent à moitié, il nous faut du volume.",
            ro=["operations"],
            rs=["product"],
            c="side-project",
            tz=1,
            langs=["fr"],
        ),
    ),
    # 55 ---------------------------------------------------------------- trap: timezone
    pair(
        55,
        "cross",
        "versailles-guiding",
        "A is a licensed palace guide with empty weekdays; B plans shore excursions for a US "
        "cruise line and needs guided days out of Le Havre.",
        a=person(
            "Hortense Delacroix",
            "Guide-conférencière agréée, Versailles et Giverny, 15 ans.",
            "En semaine hors saison, je n'ai presque pas de groupes.",
            tz=1,
            langs=["fr", "en"],
            loc="Versailles",
        ),
        b=person(
            "Brandon Whitfield",
            "I plan shore excursions for a US cruise line, 60 calls at Le Havre a year.",
            "Our guests want a real expert for full days, not a bus and a headset.",
            tz=-5,
            langs=["en"],
            loc="Miami",
        ),
        twin=person(
            "Kimberly Fairbanks",
            "I plan cruise excursions in the Caribbean for a US line.",
            "A local tour company with boats for snorkelling trips.",
            tz=-5,
            langs=["en"],
        ),
        one=person(
            "Arthur Lemoine",
            "Je monte une petite agence de voyages culturels à Paris.",
            "Une guide agréée pour Versailles qui prend nos groupes.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Travis Holbrook",
            "I plan shore excursions for a cruise line based in Los Angeles.",
            "Real experts for full days out of Le Havre, not headsets.",
            tz=-8,
            langs=["en"],
        ),
    ),
    # 56 ---------------------------------------------------------------- trap: language
    pair(
        56,
        "fr",
        "wooden-toys-esat",
        "A dirige un ESAT qui cherche de la sous-traitance stable; B fabrique des jouets en "
        "bois et veut rapatrier l'assemblage fait en Chine.",
        a=person(
            "Marie-Hélène Bourdarias",
            """Je dirige un ESAT en Corrèze : soixante-dix travailleurs handicapés, des
            moniteurs d'atelier formés, un atelier bois avec des machines sécurisées, un
            atelier de conditionnement et un contrôle qualité sérieux. Nous faisons des
            palettes, de l'entretien d'espaces verts et un peu de mise sous pli. Je
            randonne le dimanche avec mon chien, qui a plus d'énergie que moi.""",
            """Nos contrats sont courts et saisonniers, et les travailleurs ont besoin de
            régularité, de gestes qu'ils maîtrisent et dont ils sont fiers. Je cherche un
            client qui nous confie une production suivie toute l'année, avec de vrais
            produits qu'on retrouve en magasin.""",
            """Le travail donne une place. Chacun à son rythme, mais un vrai métier.""",
            ro=["operations"],
            tz=1,
            langs=["fr"],
            loc="Tulle",
        ),
        b=person(
            "Rodolphe Chassagne",
            """J'ai créé une marque de jouets en bois il y a dix ans : trains, cubes,
            animaux à tirer, vendus dans deux cents boutiques et sur notre site. Le bois
            vient du Limousin, mais tout est découpé, poncé et assemblé en Chine, puis
            réexpédié. Je suis designer de formation.""",
            """Les délais de bateau explosent, les clients demandent du fabriqué en France,
            et je ne supporte plus ce trajet absurde pour notre bois. Il me faudrait une
            équipe près de chez nous, capable de faire ces étapes en série, avec de la
            rigueur sur les finitions pour des jouets d'enfants.""",
            """Des jouets qui durent trois générations.""",
            tz=1,
            langs=["fr"],
            loc="Limoges",
        ),
        twin=person(
            "Nadine Peyrat",
            """Je dirige une marque de meubles pour enfants en bois massif, lits et
            commodes, fabriqués en Pologne et vendus en ligne dans toute l'Europe.
            Nos meubles sont certifiés et très appréciés des parents, et nous vendons
            bien en France.""",
            """Il me faut une responsable du marketing en ligne qui fasse décoller nos
            ventes en Allemagne, car nous n'y vendons presque rien. Idéalement
            quelqu'un qui connaît les places de marché allemandes.""",
            """Du beau pour les petits.""",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Francis Lachaud",
            """Je suis moniteur d'atelier et je veux travailler dans le secteur adapté.
            J'ai été menuisier quinze ans et j'ai passé le titre de moniteur
            d'atelier. Je suis patient et j'ai formé des apprentis dans ma
            menuiserie.""",
            """Un établissement qui recrute un encadrant pour son atelier bois. Je
            voudrais un poste stable en Corrèze ou en Dordogne. Un contrat stable,
            avec une équipe à encadrer dans un vrai atelier.""",
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Joaquim Ferreira",
            """Tenho uma marca de brinquedos de madeira feitos na China e quero trazer a
            montagem para a Europa. A madeira vem de França, mas tudo é cortado e
            montado na China.""",
            """Uma oficina perto de nós, com rigor nos acabamentos para brinquedos. Os
            clientes pedem fabrico europeu e os prazos dos navios explodem.""",
            tz=1,
            langs=["pt"],
        ),
    ),
    # 57 ---------------------------------------------------------------- trap: consent
    pair(
        57,
        "cross",
        "sidewalk-snow-robots",
        "A builds small robots that clear snow from sidewalks; B runs public works in a Quebec "
        "town whose older residents stay in all winter.",
        a=person(
            "Gregory Lindahl",
            """I'm a robotics engineer in Sherbrooke. My team of three built a small
            electric robot that clears snow and spreads grit on sidewalks at night, guided
            by GPS and lidar. Two prototypes ran all last winter on our campus without
            a single incident.""",
            """Campus trials prove nothing to a city. I need a municipality that will run a
            real season with us, with its crews and its streets, and tell us what breaks.""",
            ro=["tech"],
            rs=["operations"],
            tz=-5,
            langs=["en", "fr"],
            loc="Sherbrooke",
        ),
        b=person(
            "Sylvain Gaudreault",
            "Directeur des travaux publics à Magog. 60 km de trottoirs.",
            "Nos aînés ne sortent plus l'hiver, les trottoirs sont dangereux.",
            ro=["operations"],
            rs=["tech"],
            tz=-5,
            langs=["fr"],
            loc="Magog",
        ),
        twin=person(
            "Karine Bolduc",
            "Directrice des travaux publics à Granby.",
            "Un ingénieur pour refaire nos aqueducs, ils fuient partout.",
            ro=["operations"],
            rs=["tech"],
            tz=-5,
            langs=["fr"],
        ),
        one=person(
            "Evan Whitmore",
            "I invest in cleantech hardware startups in Montreal.",
            "A robotics team with a working prototype for winter cities.",
            ro=["finance"],
            rs=["tech"],
            tz=-5,
            langs=["en"],
        ),
        trap=person(
            "Josée Turcotte",
            "Directrice des travaux publics à Coaticook.",
            "Nos aînés restent chez eux tout l'hiver, les trottoirs sont dangereux.",
            ro=["operations"],
            rs=["tech"],
            tz=-5,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 58 ---------------------------------------------------------------- trap: visibility
    pair(
        58,
        "en",
        "mens-sheds",
        "A runs a network of community workshops where older men make things together; B "
        "leads a hospital discharge team whose lonely older men keep coming back.",
        a=person(
            "Brian Ollerenshaw",
            """I set up the first men's shed in Stockport eight years ago and now
            coordinate eleven of them across Greater Manchester: workshops with lathes,
            benches and a kettle, where retired men fix bikes, build benches for schools
            and mostly talk. Each shed has a volunteer leader and insurance. I was a
            toolmaker at a car plant for thirty years, and I still can't walk past a skip
            without looking in it.""",
            """Half our benches are empty. The men who'd benefit most are sat at home
            alone after a bereavement or an operation, and they don't read leaflets. I
            need someone who meets them at that moment and can walk them through our door
            the first time.""",
            """Shoulder to shoulder, not face to face. Nobody's too old to learn.""",
            tz=0,
            langs=["en"],
            loc="Stockport",
        ),
        b=person(
            "Joanne Ashworth",
            """I'm a senior nurse leading the discharge team at a hospital in Manchester:
            we plan how 400 older patients a month go home safely. I work with social
            prescribers, GPs and carers, and I chair the trust's frailty group. I also run
            half-marathons badly.""",
            """Our men over seventy who live alone come back within a month far more often
            than anyone else: they stop eating properly, stop moving, stop talking to
            anyone. We can fix their hip; we can't fix the empty days. I want somewhere
            concrete to send them, with people who'll keep an eye on them.""",
            """Going home should be a beginning, not a cliff edge.""",
            tz=0,
            langs=["en"],
            loc="Manchester",
        ),
        twin=person(
            "Sunita Rahman",
            """I lead the community nursing team in Oldham: forty nurses visiting
            housebound patients, mostly wound care and diabetes. Our nurses are
            experienced and our patients love them, but the admin is crushing.""",
            """I need a scheduling system that actually works for home visits, and
            someone to set it up, because we lose hours every day in traffic. Ideally
            someone who has set up rostering in community health before.""",
            """Care at home, done well.""",
            tz=0,
            langs=["en"],
        ),
        twin2=person(
            "Gareth Lomax",
            """I manage discharge planning at a hospital in Bolton, 300 older patients a
            month. We discharge about ten people a day and too many wait for
            adaptations.""",
            """A home-adaptation firm that can fit rails and ramps within 48 hours so
            our patients can go home on time. Ideally a firm with its own fitters and
            stock of rails and ramps.""",
            """No one stuck in a bed they don't need.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Kenneth Pilling",
            """I'm 71, widowed last year, and I used to be an engineer. I've got my own
            tools but nobody to use them with. My wife did all the talking for both
            of us, and the house is very quiet now.""",
            """Somewhere to go with tools and other blokes, a few mornings a week.
            Preferably near Stockport, and somewhere with a kettle. I'd go if someone
            came with me the first time.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Deborah Kershaw",
            """Senior nurse, discharge team at a Salford hospital, 350 older patients a
            month. I work with social prescribers, GPs and carers every day.""",
            """Our lonely older men come back within weeks; I want somewhere concrete to
            send them, with people who'll keep an eye on them. We can fix their hip;
            we can't fix the empty days.""",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 59 ---------------------------------------------------------------- trap: commitment
    pair(
        59,
        "cross",
        "letterpress-printing",
        "A prints with lead type on old presses and lacks orders; B's London stationery brand "
        "wants wedding invitations pressed by hand.",
        a=person(
            "Ambroise Ledoux",
            "Imprimeur typographe, 3 presses Heidelberg, caractères en plomb.",
            "Je fais des cartes de visite pour les copains. Il me faut de vraies séries.",
            ro=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="Rouen",
        ),
        b=person(
            "Henrietta Blake",
            "London stationery brand, 2,000 weddings a year.",
            "Couples want invitations with a real bite in the paper.",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin=person(
            "Lucy Ferncliffe",
            "Stationery brand in Bath, cards and notebooks.",
            "A paper mill that makes our cotton paper cheaper.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Chloé Marrec",
            "Graphiste, je dessine des faire-part de mariage.",
            "Un imprimeur au plomb qui imprime mes dessins.",
            ro=["design"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Poppy Trevelyan",
            "Stationery brand in Oxford, 1,500 weddings a year.",
            "Invitations with a real bite in the paper.",
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 60 ---------------------------------------------------------------- trap: timezone
    pair(
        60,
        "mixed",
        "rehearsal-studio-daytime",
        "A owns a rehearsal studio empty on weekdays; B runs a retirees' orchestra that "
        "rehearses on weekday afternoons and has lost its hall.",
        a=person(
            "Malik Fontaine-Reyes",
            """J'ai un studio de répétition à Montreuil, 4 salles insonorisées, with amps,
            drums and a grand piano in the big room.""",
            """Les groupes viennent le soir et le week-end only; the daytime is dead et je
            paie le loyer quand même.""",
            ro=["operations"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Montreuil",
        ),
        b=person(
            "Geneviève Rousselot",
            """Je préside un orchestre de retraités, quarante-cinq musiciens amateurs, des
            cordes, des bois, deux cors et une timbalière de quatre-vingt-un ans. Nous
            répétons le mardi et le jeudi après-midi et donnons quatre concerts par an
            dans les maisons de retraite de l'Est parisien. Notre chef est un ancien
            professeur du conservatoire.""",
            """La mairie a récupéré notre salle pour en faire une crèche. Depuis, nous
            répétons dans un sous-sol d'église glacial où rien n'est prévu pour jouer, et des musiciens
            abandonnent. Nous avons besoin d'un lieu chauffé, accessible, en journée,
            avec assez de place pour nous tous.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
            loc="Vincennes",
        ),
        twin=person(
            "Jacques Thibaudeau",
            """Je dirige une chorale de retraités à Nogent, soixante choristes, qui
            répète en journée dans une salle municipale. Nous chantons du répertoire
            classique et donnons trois concerts par an.""",
            """Un accompagnateur au piano, le nôtre a déménagé en province. Idéalement
            quelqu'un de disponible le mardi et le jeudi après-midi.""",
            ro=["sales"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Yanis Belhadj",
            """Je monte un groupe de rock et on n'a pas de local. On est quatre, on joue
            du rock garage et on a un concert dans deux mois. Notre batteur a perdu
            son local et on répète dans un garage.""",
            """Une salle avec batterie et amplis le soir, pas trop chère. Idéalement le
            mardi ou le mercredi soir. Idéalement avec une batterie sur place, on n'a
            pas de camion.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Josette Wakaté",
            """Je préside un orchestre de retraités à Nouméa, quarante musiciens, qui a
            perdu sa salle. Nous répétons deux après-midi par semaine et donnons des
            concerts en maison de retraite.""",
            """Un lieu chauffé et accessible en journée, avec assez de place pour nous
            tous. Depuis, nous répétons dans un garage froid et des musiciens
            abandonnent.""",
            ro=["sales"],
            rs=["operations"],
            tz=11,
            langs=["fr"],
        ),
    ),
]
