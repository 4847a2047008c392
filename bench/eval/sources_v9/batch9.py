"""Pairs 81-90 of complementary_v9."""

from people import pair, person

PAIRS = [
    # 81 ---------------------------------------------------------------- trap: language
    pair(
        81,
        "mixed",
        "ski-station-bike-park",
        "A's low-altitude ski station loses half its winters to lack of snow; B designs "
        "lift-served mountain-bike parks and wants a station to convert.",
        a=person(
            "Clémence Thiébaut-Ross",
            """Je dirige une petite station de ski familiale dans les Vosges, à 1 100 mètres:
            huit remontées, dont un télésiège rénové en 2016, quinze pistes, une école de ski,
            un restaurant d'altitude et un parking de 600 places. Nous employons quarante
            saisonniers l'hiver et la commune est actionnaire majoritaire.""",
            """Most years now there's no snow worth the name before January and none after
            mid-February. Last time we opened 41 days out of 120, our temporary workers left
            for the Alps, and the council is asking whether the lifts should be taken down.
            We have a lift, pistes, parking and a restaurant sitting idle eight months a
            year.""",
            """Garder la montagne vivante pour les familles du coin, and keep jobs in the
            valley all year round.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr", "en"],
            loc="La Bresse",
        ),
        b=person(
            "Torsten Aalberg-Reid",
            """I design and build lift-served mountain-bike parks for ski resorts that want a
            summer season. My team of six has built eleven parks in Norway, Austria and the
            Jura since 2014: flow trails for families, jump lines, technical descents, a
            skills area by the car park, plus the bike carriers on the chairlift and the
            rental and repair shop layout. We take care of drainage and erosion so the slopes
            are still skiable in winter, and we train the resort's staff to maintain the
            trails.""",
            """I'm looking for a resort at middling height with a working chairlift and a management
            that's ready to commit to a summer season, to build a showcase park over two
            years. We need access to the slopes from May to October, a budget for the first
            phase of around 300,000 euros, and someone on the resort side who can take
            decisions quickly and deal with the local authorities.""",
            """Build trails that last and that a ten-year-old can enjoy. Mountains need work all
            year, not just when it snows.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["en"],
            loc="Annecy",
        ),
        twin=person(
            "Fergal Ekenstierna",
            """I'm a trail builder with fifteen years in the mountain-bike industry: I've shaped
            flow lines, jump trails and enduro descents for resorts in Scotland, the Pyrenees
            and the Alps, with a crew of four, two mini-diggers and a lot of hand tools. I
            also design pump tracks for towns and I'm good at drainage on clay, so trails stay
            rideable after a storm and the slopes can still be groomed for skiing in winter.
            I train resort staff to keep the lines in shape.""",
            """I need a wholesaler of rental mountain bikes and e-bikes that sells fleets of
            fifty at trade price with a buy-back after two seasons, because every resort I
            work with asks me where to get the bikes and I have no good answer. Someone with
            a service network in France would be ideal.""",
            """Ride more, dig well, and leave the hill in better shape than you found it.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Anne-Sophie Kientzheim",
            """Je suis responsable des ventes groupes pour une chaîne de onze hôtels familiaux
            en Alsace et en Lorraine: séjours tout compris pour les familles, les clubs et les
            comités d'entreprise, environ 30 000 nuitées par an. Nous avons une centrale de
            réservation, des cars affrétés et une forte clientèle belge et allemande, et nous
            organisons aussi des classes de neige pour une trentaine d'écoles chaque hiver.""",
            """Je cherche une petite station des Vosges qui nous vende des forfaits de ski à
            prix de groupe pour nos clients, week-ends et vacances d'hiver, avec des cours
            collectifs pour les enfants et une réservation du restaurant d'altitude le midi.
            Nous pouvons garantir 4 000 journées-ski par hiver et payer d'avance chaque mois de
            décembre, sur un contrat de trois ans.""",
            """Des vacances simples et abordables pour les familles, près de chez elles.""",
            ro=["sales"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Lukas Aebersold",
            """Ich plane und baue Mountainbike-Parks mit Liftbetrieb für Skigebiete, die eine
            Sommersaison wollen: Flowtrails für Familien, Sprunglinien, technische Abfahrten,
            ein Übungsgelände am Parkplatz, Radträger am Sessellift und das Konzept für Verleih
            und Werkstatt. Elf Parks seit 2014 in Norwegen, Österreich und im Jura,
            Entwässerung und Erosion inklusive, und wir schulen das Personal für den
            Unterhalt.""",
            """Ich suche ein Skigebiet in mittlerer Höhe mit funktionierendem Sessellift und
            einer Leitung, die sich für eine Sommersaison entscheidet, für einen Vorzeigepark
            über zwei Jahre, mit Zugang zu den Pisten von Mai bis Oktober, einem Budget für die
            erste Phase und jemandem, der schnell entscheidet.""",
            """Trails bauen, die halten und die auch ein Zehnjähriger geniesst; Berge brauchen
            Arbeit das ganze Jahr, nicht nur wenn es schneit.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["de"],
        ),
    ),
    # 82 ---------------------------------------------------------------- trap: consent
    pair(
        82,
        "cross",
        "hostel-facade-mural",
        "A's youth hostel has a huge grey facade; B paints large murals and wants big walls.",
        a=person(
            "Noëlie Cachat-Rosset",
            "Je gère une auberge de jeunesse à Marseille, façade grise de 18 m de haut.",
            "Qqn qui peigne une grande fresque sur ce mur, avec les gens du quartier.",
            ro=["operations"],
            rs=["design"],
            tz=1,
            langs=["fr"],
            loc="Marseille",
        ),
        b=person(
            "Jasper Okonedo-Reeve",
            "muralist, big walls only, spray + brush, 40 done across europe",
            "owners w/ a huge wall + a lift, happy w/ bold colour",
            "art for the street",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            loc="Bristol",
        ),
        twin=person(
            "Marlowe Oyebanji-Ward",
            "Large-scale mural painter: brush and spray, facades and car parks.",
            "A cherry-picker hire firm that gives artists a weekly rate.",
            "Colour the city.",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Inès Bouabdallah",
            "Je monte un festival de street art à Marseille, 20 artistes invités.",
            "Des propriétaires de grands murs qui nous laissent peindre en juin.",
            "L'art dans la rue.",
            ro=["operations"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Tobias Achterberg-Quinn",
            "muralist, big walls only, spray and brush, about forty done in Europe",
            "owners with a huge wall and a lift, happy with bold colour",
            "art for the street",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
            consent=False,
        ),
    ),
    # 83 ---------------------------------------------------------------- trap: visibility
    pair(
        83,
        "en",
        "community-choir-director",
        "A's community choir has had no leader since June; B leads choirs by ear and wants a "
        "big amateur choir to direct.",
        a=person(
            "Bethany Cawthorne",
            "Community singing group in Leeds, 80 voices, none of us read notation.",
            "A leader who can teach us by ear and pick tunes we'll love, from September.",
            "Everyone can sing.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        b=person(
            "Ezekiel Mbatha-Holme",
            """I've led community and workplace choirs for fifteen years, in Sheffield and
            Bradford, always by ear: no sheet music, parts taught line by line, harmonies from
            gospel, South African freedom songs, Balkan folk, soul and a bit of pop. My
            choirs have sung at festivals, hospitals and a cup final, and I'm good at getting
            nervous beginners to open their mouths in the first ten minutes.""",
            """I'd like to take on one large amateur choir, sixty or more, that meets every
            week and wants to grow, with a committee that handles the money, the venue and
            the bookings so I can concentrate on the music. I'd need a regular fee per session
            and a concert or two a year to aim at.""",
            """Singing together is the cheapest medicine there is; no auditions, no
            exceptions.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Sheffield",
        ),
        twin=person(
            "Jolyon Rushworth-Dean",
            """I direct two community choirs in Wakefield and Huddersfield and teach everything
            by ear, with harmonies from soul, gospel, folk and pop, and I lead singing
            workshops for schools and hospitals. I've been doing it for twelve years and I
            write a lot of my own simple arrangements, which beginners pick up fast.""",
            """I need an arranger who can write proper four-part vocal scores of current pop
            songs, with learning tracks for each part, about two a month, delivered on time:
            my own arrangements take me weeks and my choirs want new material every term.""",
            """Music belongs to everyone; the best concert is one where the audience joins
            in.""",
            ro=["domain"],
            rs=["design"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Rosamund Pickles-Moore",
            """I'm the activities manager for a group of nine care homes around Leeds, with
            about 400 residents, many with dementia. I plan visits, music and outings, manage
            a budget for entertainment and work closely with families and the local
            hospice. We have minibuses and a big lounge in each home, and our staff love a
            sing-along.""",
            """I want a big community choir that will come and sing in one of our homes every
            month, a mix of old songs and new, and stay for a cup of tea with residents
            afterwards. We'd pay travel and make a donation to the choir each visit.""",
            """Music reaches people when words don't; nobody should spend their last years in
            silence.""",
            ro=["operations"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Obadiah Holroyd-Bates",
            """Leader of community and workplace choirs for fifteen years in South Yorkshire,
            always by ear: parts taught line by line, harmonies from gospel, South African
            songs, Balkan folk, soul and pop. My choirs have sung at festivals and hospitals,
            and I get nervous beginners singing in ten minutes. I also teach the odd workshop in
            schools and hospitals.""",
            """I'd like one large amateur choir of sixty or more that meets weekly and wants to
            grow, with a committee for money and venue so I can focus on the music, a fee per
            session, and a concert or two a year.""",
            """Singing together is the cheapest medicine; no auditions.""",
            ro=["domain"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 84 ---------------------------------------------------------------- trap: commitment
    pair(
        84,
        "cross",
        "sea-salt-harvesting",
        "A's Cornish sea-salt works produces grey, damp salt; B is a Guérande salt worker "
        "who teaches harvesting and wants a site to advise.",
        a=person(
            "Demelza Rosewarne",
            "We make sea salt on the Lizard, in pans fed by the tide; 3 tonnes a year.",
            "The salt comes out grey, damp and bitter, and shops send it back.",
            "Salt with a sense of place.",
            ro=["sales"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Lizard",
        ),
        b=person(
            "Erwan Le Guennec-Pichon",
            """Je suis paludier à Guérande depuis vingt-trois ans, sur soixante œillets que je
            cultive seul avec mon fils. Je récolte le gros sel et la fleur de sel à la main,
            au las et à la lousse, je règle la circulation de l'eau dans les vasières et les
            cobiers pour que la saumure arrive à la bonne densité, et je fais sécher au soleil
            sans lavage. Depuis cinq ans, j'accompagne aussi des producteurs qui démarrent, en
            Bretagne et au Portugal, sur le réglage des bassins et le geste de récolte.""",
            """Je voudrais suivre un nouveau site de production, même à l'étranger, sur deux
            ou trois saisons: venir au printemps pour régler les bassins, revenir pendant la
            récolte, et former une équipe. Il me faut un client motivé, un logement sur place
            et des billets payés, et un contrat de conseil simple.""",
            """Le sel, c'est la mer, le vent et le soleil; on n'ajoute rien et on ne presse
            rien.""",
            ro=["domain"],
            rs=["sales"],
            tz=1,
            langs=["fr", "en"],
            loc="Guérande",
        ),
        twin=person(
            "Yannig Le Pallec",
            """Paludier à Batz-sur-Mer depuis dix-huit ans, je récolte le gros sel et la fleur
            de sel sur quarante-cinq œillets, je gère les vasières et les cobiers, et je
            vends à des épiceries fines et à des chefs. Je fais aussi visiter les marais aux
            groupes l'été et j'ai formé plusieurs jeunes paludiers au geste de récolte, ici et
            sur l'île de Ré, où j'ai aidé deux producteurs à régler leurs bassins.""",
            """J'ai besoin d'un fabricant de sachets en lin ou en coton imprimés, en séries de
            5 000, avec une fermeture propre et une étiquette cousue, pour vendre ma fleur de
            sel à l'export sans plastique. Les ateliers français que j'ai contactés ne font pas
            de si petites séries.""",
            """Pas de plastique, pas de raccourci; un produit de la mer doit rester propre
            jusqu'au client.""",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Jago Trewartha",
            """I'm the head chef and owner of a seafood restaurant in Padstow with ninety
            covers, open all year, known for cooking local fish simply. We get through a lot of
            salt, for curing, brining and finishing, and I like to name every producer on the
            menu. I also run a cookery school with twelve courses a month, a fish shop next door
            and a small line of pickles and cured fish sold in delis across the county.""",
            """I need a Cornish salt maker who'll supply me with flaky finishing salt and
            coarse curing salt, about 400 kg a year, delivered monthly, at a fixed price, and
            who'll come and talk to our cookery students once a season about how it's
            made.""",
            """Cook what's around you, credit the people who make it, and pay them
            properly.""",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Gwenaël Tanguy-Hervo",
            """Paludier à Guérande depuis plus de vingt ans sur une soixantaine d'œillets: gros
            sel et fleur de sel récoltés à la main, réglage de l'eau dans les vasières et les
            cobiers pour que la saumure ait la bonne densité, séchage au soleil sans lavage.
            J'accompagne aussi des producteurs qui démarrent, en Bretagne et au Portugal, sur le
            réglage des bassins et le geste de récolte, depuis cinq ans.""",
            """Je voudrais suivre un nouveau site, même à l'étranger, sur deux ou trois saisons:
            régler les bassins au printemps, revenir à la récolte, former une équipe, avec un
            logement et des billets payés, et un contrat de conseil simple.""",
            """Le sel, c'est la mer, le vent et le soleil; on n'ajoute rien et on ne presse
            rien.""",
            ro=["domain"],
            rs=["sales"],
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 85 ---------------------------------------------------------------- trap: timezone
    pair(
        85,
        "en",
        "chess-club-coaching",
        "A's chess club is full of juniors with no strong coach; B is a titled player who "
        "coaches and wants a club to build a junior squad.",
        a=person(
            "Montgomery Ashby-Clough",
            """I'm the secretary of a chess club in Hackney that has grown from twenty adults
            to ninety members in three years, two thirds of them children from local primary
            and secondary schools. We meet in a church hall on Tuesday and Saturday, own
            thirty sets and clocks, and our first team plays in the London league. Parents
            pay a small fee and the council gives us a grant.""",
            """What we lack is a strong player who can actually train people: somebody with a
            title or close to it, who can run a Saturday group for our under-16s, prepare our
            best kids for big tournaments, play thirty boards at once now and then, and show
            two of our adult volunteers how to take beginners. We can pay per visit and offer
            a lot of enthusiastic children.""",
            """Chess is for everyone, whatever their postcode; we never turn a child away for
            money.""",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        b=person(
            "Vikram Ostrowski-Hale",
            """International Master, rated about 2,400, and a coach for twelve years. I've
            trained three national junior champions, run squads for two schools and a county
            association, and I write a weekly puzzle column. My sessions are structured:
            tactics, endgames, an opening repertoire that fits each child, and analysis of
            their own games. I give simultaneous exhibitions and coach adults who want to
            teach.""",
            """I'd like a club with a lot of young players and some ambition, where I can build
            a proper junior squad over several years, meeting every weekend, with a committee
            that handles families, entries and travel. I need a regular sessional fee and
            access to a venue with enough tables.""",
            """Teach children to think for themselves; a lost game is a lesson, not a
            failure.""",
            tz=0,
            langs=["en"],
            loc="London",
        ),
        twin=person(
            "Casimir Bolitho-Grant",
            """FIDE Master and chess coach for ten years in north London: tactics, endgame
            technique and tailored opening repertoires for juniors and adults, plus
            simultaneous displays at schools and libraries. I've coached two county champions
            and I run an online class of forty players every Sunday.""",
            """I need a publisher for a chess puzzle book for children, 300 positions graded by
            difficulty with short explanations, and an illustrator who can draw clear
            diagrams and a few friendly characters. I'd like it out before next September and
            can part-fund the print run.""",
            """Make it fun first; a child who enjoys chess will learn the hard parts
            alone.""",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Annabel Pargiter-Hume",
            """I run a small company that makes hand-turned wooden chess sets and boards in
            Suffolk, from cheap club sets to collector pieces in boxwood and ebony. We sell
            online and to shops, about 3,000 sets a year, and we sponsor a few junior
            tournaments. Our workshop employs six turners and we're the last firm in England
            making weighted club pieces by hand.""",
            """I'm looking for a big, busy chess club with lots of children that will test our
            new lightweight club set for a season and give honest feedback, and let us take
            photos at its tournaments for our website. We'd donate thirty sets and
            clocks.""",
            """Things made well last a lifetime; a good set can be passed down three
            generations.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Bartosz Whitfield-Nair",
            """International Master, about 2,400, and a coach for twelve years, now living in
            Singapore: I've trained national junior champions, run squads for schools and a
            county association, and write a weekly puzzle column. Structured sessions on
            tactics, endgames and openings that suit each child, analysis of their own games,
            and simultaneous exhibitions.""",
            """I'd like a club with many young players and some ambition where I can build a
            junior squad over several years, with a committee for parents, entries and travel,
            a regular sessional fee and a venue with enough tables.""",
            """A lost game is a lesson, not a failure; teach children to think for
            themselves.""",
            tz=8,
            langs=["en"],
        ),
    ),
    # 86 ---------------------------------------------------------------- trap: language
    pair(
        86,
        "cross",
        "celtic-tattoo-design",
        "A's tattoo studio gets many requests for Celtic knotwork it cannot draw well; B draws "
        "Celtic and Pictish designs for tattooists.",
        a=person(
            "Maïwenn Quillévéré",
            "Je tiens un salon de tatouage à Lorient, deux tatoueuses, clientèle du festival.",
            "Un dessinateur d'entrelacs celtiques qui me prépare des motifs sur mesure.",
            "Chaque motif a un sens.",
            tz=1,
            langs=["fr"],
            loc="Lorient",
        ),
        b=person(
            "Oisín Mac Giolla Rua",
            "I draw Celtic knotwork and Pictish designs, stencil-ready, for tattoo artists.",
            "Studios that send me custom requests every month.",
            "Old patterns, new skin.",
            tz=0,
            langs=["en", "fr"],
            loc="Galway",
        ),
        twin=person(
            "Cathal Brennock",
            "Illustrator of interlace and insular art for books and tattoos.",
            "A print shop that does fine-art giclée prints of my drawings.",
            "Line by line.",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Brieuc Le Guirriec",
            "J'organise une convention de tatouage à Vannes, 5 000 visiteurs.",
            "Des tatoueuses bretonnes qui prennent un stand pour les trois jours.",
            "L'encre et la fête.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Niamh Ó Dálaigh",
            "I draw Celtic knotwork and Pictish designs for tattoo artists, stencil-ready.",
            "Studios that send me custom work every month.",
            "Old patterns, new skin.",
            tz=0,
            langs=["en"],
        ),
    ),
    # 87 ---------------------------------------------------------------- trap: consent
    pair(
        87,
        "fr",
        "accordeon-ehpad",
        "A dirige un EHPAD où les résidents mangent seuls et s'ennuient; B joue de "
        "l'accordéon pendant les repas en maison de retraite.",
        a=person(
            "Josette Marcadier",
            "ehpad 70 lits a rodez, equipe au taquet",
            "les residents mangent seuls en chambre, plus personne parle au repas",
            "la dignité jusqu'au bout",
            tz=1,
            langs=["fr"],
            loc="Rodez",
        ),
        b=person(
            "Roland Falguières",
            "Accordéoniste: je joue pendant les déjeuners en maison de retraite, à la demande.",
            "Des établissements qui me font venir chaque semaine, toute l'année.",
            "Une valse et ça repart.",
            tz=1,
            langs=["fr"],
            loc="Villefranche-de-Rouergue",
        ),
        twin=person(
            "Ginette Carrayrou",
            "Accordéoniste de bal musette, je joue aussi dans les maisons de retraite.",
            "Un réparateur qui refasse les soufflets de mon vieil instrument.",
            "La musette, c'est la vie.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Damien Bouldoires",
            "Je suis kiné libéral à Rodez, spécialisé dans les chutes des personnes âgées.",
            "Un établissement où tenir des ateliers d'équilibre chaque semaine.",
            "Rester debout.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Marcel Bouldoire",
            "Accordéoniste: je joue pendant les repas en maison de retraite, sur demande.",
            "Des établissements qui m'invitent chaque semaine, toute l'année.",
            "Une valse et ça repart.",
            tz=1,
            langs=["fr"],
            consent=False,
        ),
    ),
    # 88 ---------------------------------------------------------------- trap: visibility
    pair(
        88,
        "cross",
        "mushroom-foraging-walks",
        "A's cookery school in the Dordogne wants autumn mushroom walks for its guests; B is a "
        "mycologist who leads foraging outings.",
        a=person(
            "Cordelia Hambleton",
            """I run a residential cookery school in a farmhouse near Sarlat with my husband,
            who is a trained chef. We host groups of eight to ten for five-day courses from
            March to November, mostly British, American and Australian guests, cooking
            regional food with produce from local farms and markets. Our autumn weeks sell out
            first, and guests always ask about the woods.""",
            """I want a local expert who can lead a morning walk in the woods on each autumn
            course, show guests how to find and identify what's edible and what's deadly, and
            bring the basket back to the kitchen for the afternoon class. Six to eight weeks a
            year, September to November, paid per outing.""",
            """Food from the land around us, and a real respect for local knowledge; we'd rather
            do less and do it safely.""",
            tz=1,
            langs=["en"],
            loc="Sarlat",
        ),
        b=person(
            "Hubert Lavergne-Dauriac",
            "Mycologue, je guide des cueillettes en forêt et je reconnais 200 espèces.",
            "Des groupes réguliers à emmener en sortie chaque semaine d'automne.",
            "Cueillir sans piller.",
            tz=1,
            langs=["fr", "en"],
            loc="Périgueux",
        ),
        twin=person(
            "Étiennette Pouzargues",
            "Mycologue amateur, j'anime des sorties champignons et des expositions.",
            "Un fournisseur de microscope d'occasion pour identifier les spores.",
            "Observer d'abord.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Leopold Woodvine",
            "Travel writer for two British weekend papers; food and slow travel.",
            "A cookery school in the Dordogne that hosts me for a week to write about it.",
            "Tell it as it is.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Léonce Mazeyrie",
            "Mycologue, je guide des sorties en forêt, je reconnais 200 espèces.",
            "Des groupes réguliers à emmener chaque semaine d'automne.",
            "Cueillir sans piller.",
            tz=1,
            langs=["fr", "en"],
            vis="private",
        ),
    ),
    # 89 ---------------------------------------------------------------- trap: commitment
    pair(
        89,
        "mixed",
        "podcast-sound-editing",
        "A hosts a bilingual food-history podcast with rough sound; B edits and mixes "
        "podcasts and wants a show to produce every week.",
        a=person(
            "Héloïse Brunner-Kaye",
            """Je fais un podcast bilingue sur l'histoire de la cuisine, "Recettes d'avant",
            with one episode a week since 2021: des entretiens avec des historiens, des chefs
            et des grands-mères, recorded in kitchens, markets and cellars. On a 18 000
            écoutes par mois, a small Patreon, et un partenariat avec une radio locale de
            Lausanne qui rediffuse les épisodes.""",
            """The sound is my weak point: les prises aux fourneaux sont pleines d'écho, the
            fridge hums, les invités parlent trop près du micro, and I spend two nights a week
            trying to fix it myself. Je cherche quelqu'un qui assemble et mixe chaque numéro,
            cleans the noise, balances the two languages and delivers by Thursday. I can pay
            per episode and credit them on every show.""",
            """Raconter la cuisine des gens ordinaires, in both languages, sans snobisme.""",
            tz=1,
            langs=["fr", "en"],
            loc="Lausanne",
        ),
        b=person(
            "Joaquim Feldmann-Bayle",
            """Je suis ingénieur du son depuis douze ans, first in radio at the RTS, now
            freelance: montage, nettoyage du bruit, mixage, mastering aux normes des
            plateformes, and I know how to rescue interviews recorded in terrible rooms,
            cuisines, voitures, cafés. J'ai produit quatre séries documentaires et je monte
            aujourd'hui deux podcasts hebdomadaires, one in French and one in German.""",
            """I'm looking for un troisième show régulier, ideally something with real people
            and real places, qui me confie le montage chaque semaine avec un délai clair et
            un tarif par numéro. I'd like a host who's open to notes on how to capture sound
            better, because la moitié du travail se fait à la prise.""",
            """Le son doit servir l'histoire, never show off; the listener should forget
            there's an editor.""",
            tz=1,
            langs=["fr", "en"],
            loc="Genève",
        ),
        twin=person(
            "Bastian Rochat-Lowry",
            """Monteur son et réalisateur de podcasts à Fribourg: I edit, clean and mix
            interview shows, je fais le sound design des séries narratives, and I've worked
            for a public broadcaster and two independent studios. Je livre vite, with clean
            stems and loudness to spec, et je sais rattraper des entretiens enregistrés dans
            des pièces qui résonnent.""",
            """I need a soundproof booth or a small studio to rent by the day à Fribourg ou
            Berne, with decent monitors, parce que mon appartement est devenu trop bruyant
            depuis les travaux d'en face. Je pourrais partager avec un autre indépendant.""",
            """Faire simple et propre; good sound is invisible, and the best compliment is that
            nobody noticed the edit.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Valérie Oberson-Tate",
            """Je suis responsable marketing d'une marque suisse de farines et de levains
            artisanaux, sold in 400 shops, avec un budget de sponsoring pour des contenus
            qui parlent de cuisine et de tradition. We work with bloggers and two chefs, nous
            organisons des ateliers de boulange dans nos moulins et nous avons une
            newsletter de 25 000 abonnés.""",
            """I'm looking for un podcast culinaire avec un public fidèle qui accepte un
            partenariat sur une saison: une mention dans chaque épisode, deux épisodes
            spéciaux sur le pain, and some social posts. On paie par épisode.""",
            """Soutenir ceux qui transmettent le goût du fait-maison, and pay creators properly
            for their time.""",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Raphaël Dubey-Marsh",
            """Ingénieur du son depuis douze ans, first in radio, now freelance: montage,
            nettoyage du bruit, mixage, mastering to platform standards, et je sais sauver des
            interviews enregistrées dans des cuisines, des voitures ou des cafés. Two weekly
            podcasts on my desk already, one in French and one in German, et quatre séries
            documentaires produites.""",
            """I'm looking for un troisième show régulier, with real people and real places, qui
            me confie le montage chaque semaine avec un délai clair, paid per episode, et un
            animateur ouvert aux conseils sur la prise de son.""",
            """Le son sert l'histoire, never shows off; the listener should forget there's an
            editor.""",
            c="side-project",
            tz=1,
            langs=["fr", "en"],
        ),
    ),
    # 90 ---------------------------------------------------------------- trap: timezone
    pair(
        90,
        "cross",
        "golf-course-wild-boar",
        "A's golf course has its greens dug up by wild boar every night; B designs wildlife "
        "fencing and deterrents for sports grounds.",
        a=person(
            "Aymeric Le Querrec",
            """Je dirige un golf de dix-huit trous près de Dinard, en bordure de forêt: 600
            membres, 25 000 parcours par an, un hôtel partenaire et un restaurant ouvert au
            public. Nous employons quatorze personnes, dont six jardiniers, et nous
            accueillons deux compétitions régionales chaque été.""",
            """Depuis deux ans, des sangliers sortent du bois presque toutes les nuits et
            retournent les greens et les fairways à la recherche de vers: certains matins, il
            faut fermer trois trous et mes jardiniers passent leur journée à replacer les
            mottes. Les battues ne changent rien, les membres menacent de partir, et les
            dégâts ont coûté 70 000 euros l'an dernier.""",
            """Un golf doit vivre avec la forêt qui l'entoure, pas contre elle, et nous voulons
            une solution qui ne tue pas.""",
            ro=["operations"],
            rs=["domain"],
            tz=1,
            langs=["fr"],
            loc="Dinard",
        ),
        b=person(
            "Cameron Ruthven-Doyle",
            """wildlife fencing contractor, 16 yrs, mostly scotland + n england, now based brittany
            - deer + boar-proof fencing, buried mesh skirts, electric outriggers
            - solar energisers, gates that close themselves, cattle grids for carts
            - did 9 golf courses, 3 racecourses, a cemetery that boar wrecked every week
            - survey first: where they come in, what draws them (grubs, chafer larvae)""",
            """looking for big sites w/ a real boar or deer problem + a budget, ideally a golf
            course or sports ground near a forest. need the owner to let me survey 2 nights,
            agree the line of the fence w/ me + pay 40% upfront. long-term maintenance
            contract afterwards would be great""",
            "no killing if it can be avoided, keep the animals out not dead",
            tz=0,
            langs=["en", "fr"],
            loc="Saint-Malo",
        ),
        twin=person(
            "Angus Strathbogie",
            """I design and build wildlife-exclusion fencing for farms, forestry and sports
            grounds: deer and boar fences with dug-in mesh, electric offsets, solar units and
            self-closing gates, after a night-time survey of how the animals get in. I've
            worked on about twenty estates and four racecourses in Scotland, and I've just
            moved to Normandy.""",
            """I need a reliable supplier of heavy galvanised wildlife mesh and high-tensile
            wire in France, by the lorry load, with delivery to site within two weeks; the
            French merchants I've tried sell it by the roll at retail prices and take a month.
            A company that also stocks posts would be ideal.""",
            """Keep animals and people apart without cruelty; a fence done right lasts thirty
            years.""",
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Pétronille Kermorgant",
            """Je dirige une agence de voyages spécialisée dans les séjours de golf en Bretagne
            et en Normandie pour des clients britanniques, irlandais et scandinaves: parcours,
            hôtels, transferts, environ 3 500 joueurs par an. Nous avons un bon réseau
            d'agents à Londres et à Dublin et nous négocions des tarifs de groupe.""",
            """Je cherche un golf de dix-huit trous sur la Côte d'Émeraude qui réserve des
            départs à mes groupes de seize joueurs deux matinées par semaine d'avril à octobre,
            avec un tarif de groupe et une table au restaurant du club. Paiement d'avance
            chaque trimestre.""",
            """Faire découvrir la Bretagne aux golfeurs étrangers, et faire travailler les clubs
            locaux plutôt que les grandes chaînes.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Duncan Macfarlane-Ives",
            """Wildlife fencing contractor for sixteen years, now in British Columbia: deer- and
            boar-proof fencing with buried mesh skirts and electric outriggers, solar
            energisers, self-closing gates. Nine golf courses, three racecourses and a
            cemetery done, always after a survey of where the animals come in and what draws
            them.""",
            """I'm looking for big sites with a real boar or deer problem and a budget, ideally
            a golf course near a forest, whose owner lets me survey two nights, agrees the line
            of the fence with me and pays 40 % upfront, with a maintenance contract
            afterwards.""",
            """No killing if it can be avoided: keep the animals out, not dead.""",
            tz=-8,
            langs=["en", "fr"],
        ),
    ),
]
