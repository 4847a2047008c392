"""Pairs 91-100 of complementary_v9."""

from people import pair, person

PAIRS = [
    # 91 ---------------------------------------------------------------- trap: language
    pair(
        91,
        "fr",
        "caleche-charronnage",
        "A promène des touristes en calèche avec une voiture qui se disloque; B est charron et "
        "refait roues et caisses de voitures hippomobiles.",
        a=person(
            "Honorat Desfossés",
            "balades en caleche a chambord, 2 chevaux de trait, avril-oct",
            "qqn qui restaure ma vieille caleche: les rayons jouent, la carrosserie est fendue",
            "pas de moteur, pas de stress",
            tz=1,
            langs=["fr"],
            loc="Chambord",
        ),
        b=person(
            "Séverin Paillotin",
            "Charron: je refais les roues en bois, le cerclage à chaud et les caisses.",
            "Des meneurs qui gardent leurs voitures en service et me les confient.",
            "Le bois et le fer.",
            tz=1,
            langs=["fr"],
            loc="Romorantin",
        ),
        twin=person(
            "Cyprien Maufrais",
            "Charron-forgeron: roues, moyeux, bandages, voitures d'attelage.",
            "Une scierie qui me garde du frêne et de l'orme secs en plateaux.",
            "Fait pour durer.",
            tz=1,
            langs=["fr"],
        ),
        one=person(
            "Apolline Sologny-Bart",
            "Je gère un domaine de réception en Sologne, 50 mariages par an.",
            "Une calèche avec cocher pour amener les mariés, chaque samedi d'été.",
            "Des souvenirs simples.",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Barnaby Wheelwright-Cole",
            "Wheelwright: I rebuild wooden wheels, hot-fit tyres and restore carriage bodies.",
            "Drivers who keep their vehicles working and trust me with them.",
            "Wood and iron.",
            tz=1,
            langs=["en"],
        ),
    ),
    # 92 ---------------------------------------------------------------- trap: consent
    pair(
        92,
        "cross",
        "fencing-scoring-repair",
        "A's fencing club has scoring boxes and body wires that keep failing; B repairs "
        "electric fencing equipment.",
        a=person(
            "Augusta Pemberton-Fry",
            "Fencing club in Oxford: 140 members, 12 pistes, foil, épée and sabre.",
            "Someone to repair our scoring boxes, reels and body wires, monthly.",
            "Honour on the piste.",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Oxford",
        ),
        b=person(
            "Florimond Guéranger",
            """technicien matériel d'escrime, 15 ans (j'étais armurier de la fédé en région)
            - réparation appareils de signalisation, enrouleurs, fils de corps, masques
            - montage et réglage des lames fleuret/épée/sabre, pointes d'arrêt, ressorts
            - je viens avec ma valise + un testeur, ou on m'envoie le matériel par colis
            - je forme aussi un ou deux membres du club pour les petites réparations""",
            """je cherche des clubs qui me confient tout leur parc électrique sur l'année, avec
            une visite par mois ou un envoi groupé, meme à l'étranger (j'ai deja 2 clubs en
            belgique). un contrat annuel simple, payé au trimestre""",
            "un matériel qui marche, c'est un assaut juste",
            tz=1,
            langs=["fr", "en"],
            loc="Lille",
        ),
        twin=person(
            "Maximin Lacroix-Fourcade",
            """Armurier d'escrime depuis douze ans, je répare les appareils de signalisation,
            les enrouleurs et les fils de corps, je monte et je règle les lames, et je fais la
            maintenance des pistes des compétitions régionales. Je travaille pour une dizaine
            de clubs du Nord et je tiens un petit stock de pièces.""",
            """J'ai besoin d'un fournisseur de lames d'épée et de fleuret aux normes
            internationales, à prix de gros, avec des délais courts, parce que je monte
            maintenant des armes complètes pour les clubs et que mes commandes arrivent avec
            deux mois de retard. Je cherche aussi un comptable.""",
            """Un matériel fiable rend le sport juste; je ne rends jamais une arme douteuse.""",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Crispin Hatherley",
            """I run a sports-events company that organises corporate tournaments and
            taster days in Oxford and London: climbing, archery, fencing, for teams of
            twenty to a hundred. We bring the clients and the catering and pay well, and we
            handle insurance, transport and all the booking.""",
            """I need a fencing club in Oxford with a big hall and experienced members who'll
            host six corporate taster evenings a year, run the bouts and coach beginners, for
            a fee to the club.""",
            """Try something new together; it builds teams better than a pub quiz.""",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Eudes Lambertin",
            """Technicien de matériel d'escrime depuis quinze ans, ancien armurier régional:
            appareils de signalisation, enrouleurs, fils de corps, masques, montage et réglage
            des lames, pointes d'arrêt et ressorts. Je me déplace avec ma valise et un testeur,
            ou on m'envoie le matériel par colis, et je forme un ou deux membres aux petites
            réparations.""",
            """Je cherche des clubs qui me confient tout leur parc électrique sur l'année, avec
            une visite mensuelle ou un envoi groupé, même à l'étranger, sur un contrat annuel
            payé au trimestre.""",
            """Un matériel qui marche, c'est un assaut juste.""",
            tz=1,
            langs=["fr", "en"],
            consent=False,
        ),
    ),
    # 93 ---------------------------------------------------------------- trap: visibility
    pair(
        93,
        "en",
        "primary-school-breakfasts",
        "A's primary school has children arriving hungry and no cook for its breakfast club; "
        "B cooks school breakfasts.",
        a=person(
            "Marguerite Adebanjo-Hirst",
            """- head of a primary in hull, 340 kids, 60% free school meals
            - breakfast club room + kitchen sitting empty since the cook retired in july
            - 2 TAs can supervise 7.45-8.45, council pays £1.20/child/day
            - parents work early shifts at the port + the fish docks""",
            """kids turn up at 8.50 w/ nothing in them, by 10 they're grey + can't focus, 3
            fainted in PE this term. teachers are buying cereal out of their own pockets.
            attendance + reading scores dropping in yr 2 and yr 5 especially""",
            "no child learns on an empty stomach",
            tz=0,
            langs=["en"],
            loc="Hull",
        ),
        b=person(
            "Dorcas Swaledale-Crook",
            "I cook breakfasts for schools: porridge, toast, fruit, eggs, 7 to 9 a.m.",
            "Heads who've got a cooker and a funded club, five mornings a week.",
            "Full bellies, open minds.",
            tz=0,
            langs=["en"],
            loc="Beverley",
        ),
        twin=person(
            "Winifred Atkinson",
            "School cook: breakfasts and lunches, allergy-aware, big batches.",
            "A small refrigerated van to carry food between three schools.",
            "Feed them well.",
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Nathaniel Greatbatch",
            "Brand manager for a low-sugar cereal maker in York.",
            "Schools with breakfast clubs to trial our cereal for a term.",
            "Better mornings.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Maud Ellerker",
            "I cook school breakfasts: porridge, toast, fruit, eggs, 7 to 9 a.m.",
            "Schools with a kitchen and a funded club, every weekday morning.",
            "Full bellies, open minds.",
            tz=0,
            langs=["en"],
            vis="private",
        ),
    ),
    # 94 ---------------------------------------------------------------- trap: commitment
    pair(
        94,
        "cross",
        "aubusson-tapestry-cartoons",
        "A weaves contemporary Aubusson tapestries and needs full-size painted cartoons; B "
        "paints tapestry cartoons from artists' works.",
        a=person(
            "Léonore Chambonnaud",
            """Je suis lissière à Aubusson: avec deux associées, je tisse à la main sur métier
            de basse lisse des tapisseries contemporaines, d'après des œuvres d'artistes
            vivants, pour des collectionneurs, des hôtels et des bâtiments publics. Nous
            tissons environ vingt mètres carrés par an, en laine teinte sur place, et nous
            sommes labellisées par la cité internationale de la tapisserie.""",
            """Il nous manque un cartonnier: quelqu'un qui sache transposer une peinture ou un
            dessin en carton à taille réelle, avec les numéros de couleurs, les hachures et les
            limites de formes que nous suivons sous la chaîne. Notre cartonnière est partie à la
            retraite et trois commandes attendent, dont une tapisserie de douze mètres carrés
            pour une médiathèque. Nous payons au mètre carré.""",
            """Faire durer un savoir-faire vieux de six siècles en le mettant au service des
            artistes d'aujourd'hui.""",
            ro=["domain"],
            rs=["design"],
            tz=1,
            langs=["fr"],
            loc="Aubusson",
        ),
        b=person(
            "Imogen Blackwood-Sayle",
            """- painter, 20 yrs making full-size cartoons for tapestry weavers (edinburgh,
              then west dean, now living in the limousin)
            - turn an artist's painting or sketch into a 1:1 working drawing: colour numbers,
              hatching, contour lines, notes for the weaver
            - work from high-res scans or the original, digital + hand-painted
            - did cartoons for 30+ tapestries, biggest 24 m2 for a concert hall""",
            """want a steady relationship w/ a small weaving studio that gets civic + private
            commissions, 3-4 cartoons a yr, paid per m2. I'd like to sit in on the weaving
            now + then to see how my drawings read on the loom. happy to work in french
            studios, it's why i moved""",
            "serve the artist + the weaver, stay invisible",
            ro=["design"],
            rs=["domain"],
            tz=1,
            langs=["en", "fr"],
            loc="Felletin",
        ),
        twin=person(
            "Rosalind Colebrooke-Vane",
            """I'm a tapestry cartoonist and painter: I translate artists' works into full-size
            working drawings for weavers, with colour references, hatching and contours, by
            hand or from digital files. I trained at a studio in West Sussex and have drawn
            cartoons for about twenty tapestries in Britain and Belgium over fifteen years.""",
            """I need a natural dyer who can match my colour references on worsted wool in
            small lots, say fifty shades at two kilos each, so the studios I draw for can
            weave exactly what I painted; the big spinners only sell standard ranges. A dyer
            in France or Belgium would be ideal.""",
            """Colour is the whole language of a tapestry; if the wool doesn't match, the
            drawing is wasted.""",
            ro=["design"],
            rs=["operations"],
            tz=0,
            langs=["en", "fr"],
        ),
        one=person(
            "Bertrand Ouvrard-Lys",
            """Je suis architecte d'intérieur à Paris, spécialisé dans les hôtels et les
            bâtiments publics: halls, salles de conseil, restaurants. Je dirige une agence de
            dix personnes et je travaille avec des artisans d'art pour chaque projet, avec des
            budgets de décoration souvent élevés.""",
            """Je cherche un atelier de tissage d'Aubusson capable de réaliser une tapisserie
            contemporaine de quinze mètres carrés pour le hall d'un hôtel à Bordeaux, d'après
            une œuvre que nous choisirons avec l'artiste, livrée dans dix-huit mois. Budget
            prévu, acompte à la commande.""",
            """Mettre les métiers d'art au cœur des lieux modernes, pas seulement dans les
            musées.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Genevieve Strathmore",
            """Painter who has made full-size cartoons for tapestry weavers for twenty years,
            now living in the Creuse: I turn an artist's painting or sketch into a 1:1 working
            drawing with colour numbers, hatching, contour lines and notes for the weaver,
            from scans or the original, digital or hand-painted. Over thirty tapestries, the
            largest 24 m².""",
            """I'd like a steady relationship with a small weaving studio that gets public and
            private commissions, three or four cartoons a year paid per square metre, and a
            chance to sit in on the weaving now and then.""",
            """Serve the artist and the weaver, and stay invisible.""",
            ro=["design"],
            rs=["domain"],
            c="side-project",
            tz=1,
            langs=["en", "fr"],
        ),
    ),
    # 95 ---------------------------------------------------------------- trap: timezone
    pair(
        95,
        "mixed",
        "kayak-tour-photography",
        "A runs sea-kayak tours and wants photos of clients on the water; B shoots from the "
        "water with a housing and wants tour operators.",
        a=person(
            "Célestin Ambrosino",
            "Je fais des tours en kayak de mer à Nice, six groupes par jour in summer.",
            "I need qqn avec un appareil étanche qui prenne les clients depuis la mer, to sell prints.",
            "La mer pour tous.",
            tz=1,
            langs=["fr", "en"],
            loc="Nice",
        ),
        b=person(
            "Marin Castellani-Webb",
            "Photographe aquatique: I shoot from the water avec un caisson, surf et paddle.",
            "Des opérateurs qui me prennent tout l'été, with a cut on each photo sold.",
            "Capturer le moment.",
            tz=1,
            langs=["fr", "en"],
            loc="Antibes",
        ),
        twin=person(
            "Lorenzo Baudin-Price",
            "Je photographie les sports nautiques depuis l'eau, housing and fins.",
            "I need un caisson étanche neuf pour mon nouvel appareil, à bon prix.",
            "L'eau d'abord.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Sabine Orsatelli",
            "Concierge d'hôtel à Nice, I book activities for 300 guests a week.",
            "Des tours en kayak où envoyer mes clients le matin, avec une commission.",
            "Le client roi.",
            tz=1,
            langs=["fr", "en"],
        ),
        trap=person(
            "Noa Kealoha-Martin",
            "Photographe aquatique à Hawaï: I shoot from the water avec un caisson.",
            "Des opérateurs qui me prennent toute la saison, with a cut on each photo.",
            "Capturer le moment.",
            tz=-10,
            langs=["fr", "en"],
        ),
    ),
    # 96 ---------------------------------------------------------------- trap: language
    pair(
        96,
        "cross",
        "bakery-fermentation-training",
        "A's village bakery throws away stale bread by noon; B trains bakers in long "
        "fermentation and natural leaven.",
        a=person(
            "Dilys Gwynedd-Rees",
            "Our village bakery in Powys makes 400 loaves a day.",
            "By noon the bread is stale and we bin a third of it every evening.",
            "Feed the village.",
            ro=["operations"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Llanidloes",
        ),
        b=person(
            "Arthur Bourguignat",
            "Je forme les boulangers au levain et à la fermentation longue, sur place.",
            "Des fournils prêts à changer leurs méthodes, même à l'étranger.",
            "Le temps fait le goût.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
            loc="Dijon",
        ),
        twin=person(
            "Fulcran Sérieys",
            "Formateur en panification au levain, je conseille les boulangeries.",
            "Un moulin qui livre de la farine de meule bio en petites quantités.",
            "Le bon grain.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Tegan Llewellyn-Hart",
            "We run a food-waste app: shops sell end-of-day food at half price.",
            "Bakeries in mid-Wales to list their leftover bread every evening.",
            "Waste nothing.",
            ro=["product"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Gustave Labouyrie",
            "Je forme les boulangers au levain et à la fermentation longue, dans leur fournil.",
            "Des fournils prêts à changer leurs méthodes, y compris à l'étranger.",
            "Le temps fait le goût.",
            ro=["domain"],
            rs=["operations"],
            tz=1,
            langs=["fr"],
        ),
    ),
    # 97 ---------------------------------------------------------------- trap: consent
    pair(
        97,
        "en",
        "amateur-musical-direction",
        "A has written a community musical with a cast of forty and no one to run the music; B "
        "is a musical director who wants a new show to lead.",
        a=person(
            "Gareth Hinchcliffe",
            "I've written a musical about the 1984 miners' strike; cast of 40 in Barnsley.",
            "Someone to write the band parts for our songs and lick forty beginners into shape.",
            "Our story, our voices.",
            ro=["product"],
            rs=["domain"],
            tz=0,
            langs=["en"],
            loc="Barnsley",
        ),
        b=person(
            "Rosalind Mottram-Hayes",
            """I've been a musical director for amateur and professional theatre for eighteen
            years: pantomimes, Sondheim, brass-band musicals, and three new works by first-time
            writers. I arrange for whatever players are available, from a piano and drums to a
            twelve-piece band, run vocal rehearsals for untrained singers, and conduct from the
            keyboard. I've worked with community casts of up to sixty in Sheffield and
            Rotherham.""",
            """I'm looking for a new piece with a local story to bring to the stage, with a
            writer who'll let me shape the score and a cast that will rehearse twice a week
            for four months. I need a fee for the arranging and a weekly rate for rehearsals,
            and a production team that handles the venue and the money.""",
            """New work from ordinary places deserves the same care as the West End; every
            singer can get better.""",
            ro=["domain"],
            rs=["product"],
            tz=0,
            langs=["en"],
            loc="Sheffield",
        ),
        twin=person(
            "Cornelius Brearley-Cross",
            """Musical director and arranger: I've led the music on twenty amateur productions
            in West Yorkshire, arrange scores for small bands, teach harmony to untrained
            singers and conduct from the piano. I also compose incidental music for two
            regional theatres and run a youth jazz band on Saturdays, and I've brought three
            new community shows to the stage in Halifax and Dewsbury.""",
            """I need a licensing agent or a small publisher who can handle the rights for the
            two musicals I've written, send perusal scores to amateur societies and collect
            the royalties, because I keep losing track of who is performing them and never
            get paid.""",
            """Music in every town, not just in the cities; and writers should be paid for what
            they make.""",
            ro=["domain"],
            rs=["sales"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Philippa Grindrod",
            """I programme a 450-seat civic theatre in South Yorkshire, with touring drama,
            comedy and a Christmas show, and a budget set aside for community productions.
            Our audiences are local and loyal, and we have a good technical crew, a rehearsal
            room and a box office. Last year our community Christmas show sold 4,000 tickets
            and brought in people who had never set foot in the building.""",
            """I want a locally written community musical with a big cast that we can stage for
            a week next autumn, ideally about the area's history, with a team that can
            rehearse in our building and bring its own audiences in. We'd share the box office
            and pay for the set and lighting.""",
            """Theatre should tell local people's stories back to them, in their own words and
            with their own voices on stage.""",
            ro=["operations"],
            rs=["product"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Harriet Oldknow",
            """Musical director for amateur and professional theatre for eighteen years:
            pantomime, Sondheim, brass-band musicals and three new works by first-time writers.
            I arrange for whatever players turn up, run vocal rehearsals for untrained singers
            and conduct from the keyboard, with community casts of up to sixty in South
            Yorkshire.""",
            """I'm looking for a new piece with a local story, a writer who'll let me shape the
            score, and a cast that rehearses twice a week for four months; a fee for the
            arranging, a weekly rate for rehearsals, and someone else doing the venue and the
            money.""",
            """New work from ordinary places deserves the same care as the West End; every singer
            can get better.""",
            ro=["domain"],
            rs=["product"],
            tz=0,
            langs=["en"],
            consent=False,
        ),
    ),
    # 98 ---------------------------------------------------------------- trap: visibility
    pair(
        98,
        "cross",
        "calanques-marine-guiding",
        "A runs glass-bottom boat trips in the Calanques with no one to explain what guests "
        "see; B is a marine biologist who narrates trips in several languages.",
        a=person(
            "Fabien Agostini-Roux",
            """Je suis armateur à Cassis: deux bateaux à fond de verre de 60 places, qui font
            le tour des calanques de Port-Miou à Sugiton, huit départs par jour d'avril à
            octobre, environ 90 000 passagers par an, dont la moitié d'étrangers. Nos
            capitaines connaissent la côte par cœur, mais ils conduisent et ne peuvent pas
            commenter.""",
            """Je cherche une personne qui sache raconter ce qu'on voit sous la coque:
            posidonies, mérous, poulpes, gorgones, oursins, les règles du parc national, le
            tout en trois langues, et qui forme nos matelots à répondre aux questions. Contrat
            saisonnier de six mois, logement possible à Cassis, avec une prime sur les
            excursions privées.""",
            """Montrer la mer aux gens pour qu'ils aient envie de la protéger, sans jamais la
            transformer en zoo.""",
            tz=1,
            langs=["fr"],
            loc="Cassis",
        ),
        b=person(
            "Freya Lindholm-Carver",
            """I'm a marine biologist, trained in Southampton, with eight years of survey work
            on seagrass meadows and rocky reefs in the western Mediterranean. I've guided
            snorkel trips and given talks on boats for a diving centre in Corsica, and I'm good at making groupers and octopuses interesting to a
            boat of tired families. I also train crews to spot and explain wildlife.""",
            """I'd like a full season with a boat operator in a protected area, talking guests
            through what they see on every trip, six days a week, with a proper contract and,
            if possible, a room near the harbour. I'd love the chance to run a small citizen-
            science count with passengers.""",
            """People protect what they understand; my job is to make them curious and keep the
            facts right.""",
            tz=1,
            langs=["en", "fr"],
            loc="Marseille",
        ),
        twin=person(
            "Astrid Penrose-Vik",
            """Marine ecologist with ten years of fieldwork on seagrass, coralligenous reefs and
            fish counts along the French and Italian coasts. I lead snorkel tours and boat
            talks for families and school groups, and I've trained guides for two marine
            parks. I'm at ease with big groups and small children alike.""",
            """I need a laboratory that can analyse environmental DNA in seawater samples, two hundred a season, at a price a small research grant can pay, with results in a month, to finish a survey of seagrass loss between Marseille and Toulon; the university labs are booked for a year.""",
            """Good science told simply; the sea needs fewer opinions and more counts.""",
            tz=1,
            langs=["en", "fr"],
        ),
        one=person(
            "Cassandre Morel-Vitali",
            """Je suis cheffe concierge d'un hôtel cinq étoiles à Marseille: 120 chambres, une
            clientèle internationale exigeante, et une équipe de six personnes qui réserve
            chaque jour restaurants, excursions et transferts. Nous travaillons avec des
            partenaires triés sur le volet, que nous visitons nous-mêmes avant de les
            recommander, et nos clients restent en moyenne quatre nuits.""",
            """Je cherche un armateur des calanques qui réserve à nos clients des places sur
            ses excursions, avec des départs garantis et une commission, et qui puisse
            organiser des sorties privées pour nos suites, à la demande.""",
            """Offrir le meilleur de Marseille à nos clients, avec des partenaires locaux payés
            correctement et à l'heure.""",
            tz=1,
            langs=["fr"],
        ),
        trap=person(
            "Ingeborg Hjelmstad",
            """Marine biologist trained in Southampton, with eight years of survey work on
            seagrass meadows and rocky reefs in the western Mediterranean. I've guided snorkel
            trips and given boat talks for a diving centre in Corsica, and I train crews to
            spot and explain wildlife, and I'm good at making groupers and octopuses
            interesting to families.""",
            """I'd like a full season with a boat operator in a protected area, talking guests
            through what they see on every trip, six days a week, with a contract and a room
            near the harbour if possible, and maybe a small wildlife count with
            passengers.""",
            """People protect what they understand; my job is to make them curious and keep the
            facts right.""",
            tz=1,
            langs=["en", "fr"],
            vis="private",
        ),
    ),
    # 99 ---------------------------------------------------------------- trap: commitment
    pair(
        99,
        "en",
        "ice-cream-freezer-defrost",
        "A's ice-cream factory loses two days a month defrosting iced-up coils; B is a "
        "refrigeration engineer who redesigns cold rooms.",
        a=person(
            "Nkechi Okonjo-Braithwaite",
            """- family ice cream business, north yorks, 3rd gen, 22 staff
            - make ~600k litres a yr, sell to 140 farm shops, delis, 2 supermarket chains
            - hardening tunnel + 2 walk-in freezer rooms at -25, built 2004
            - i'm MD, my brother runs production""",
            """ice builds up on the coils every few days, temps creep up to -18 + product
            gets icy crystals. we shut down 2 days a month to melt it off by hand w/ buckets of
            hot water (!), lost 8,000 litres last summer when a room went warm over a
            weekend. power bill doubled since 2021""",
            "quality first, keep the jobs local",
            ro=["operations"],
            rs=["tech"],
            tz=0,
            langs=["en"],
            loc="Thirsk",
        ),
        b=person(
            "Lennox Lauderdale-Kerr",
            """I'm a refrigeration engineer with twenty years in food manufacturing: blast
            freezers, hardening tunnels and low-temperature stores for dairies, bakeries and
            fish processors. I redesign systems that ice up, fit hot-gas or electric defrost
            on a timer, seal the door and air curtains that let moisture in, and move sites
            to natural refrigerants with heat recovery, which usually cuts the energy bill by
            a third. I keep remote monitoring on every site I've done and get an alarm before
            a room warms up.""",
            """I want a few long-term clients in Yorkshire with serious cold storage and an
            owner who'll invest in doing it properly, rather than patching for ever. I need
            access to the plant for a week of measurements, a budget agreed after the survey
            and a maintenance contract afterwards, and I'd like one site I can show to others.""",
            """Do the engineering properly once; cold should be boring and cheap to run.""",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en"],
            loc="Leeds",
        ),
        twin=person(
            "Alasdair Sowerby-Crake",
            """Refrigeration engineer for eighteen years, mostly in meat and dairy plants:
            blast freezers, cold stores at minus thirty, automatic defrost systems, door seals
            and air curtains, and conversions to CO2 with heat recovery. I run a team of four
            and I look after twenty sites across the North West on service contracts, with
            remote alarms on every one.""",
            """I need a supplier of ready-built CO2 refrigeration packs in the 50 to 150 kW
            range, delivered in eight weeks with commissioning support, because the only
            British maker I trust has a nine-month waiting list and my clients won't wait that
            long. A European manufacturer with a UK agent would do.""",
            """Natural refrigerants, honest quotes and no callouts that could have been
            avoided.""",
            ro=["tech"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        one=person(
            "Geraldine Wheldrake",
            """I'm the chilled and frozen buyer for a regional supermarket chain of 60 stores in
            the north of England, with a strong local-sourcing programme: we put the name and
            the town of the maker on the shelf and give small producers a fair margin. I look
            after desserts, ice cream and frozen bakery, and I visit every new supplier before
            we list them. Our stores serve about 400,000 shoppers a week.""",
            """I want a Yorkshire ice-cream maker that can supply us with six flavours in
            500 ml tubs, about 150,000 litres a year, with a summer promotion and a Christmas
            special, on a two-year listing with payment at thirty days, and a maker who'll do
            tastings in our bigger stores on summer Saturdays.""",
            """Local producers on local shelves, paid fairly and on time.""",
            ro=["sales"],
            rs=["operations"],
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Morwenna Harrowgate-Fell",
            """Refrigeration engineer with twenty years in food manufacturing: blast freezers,
            hardening tunnels and low-temperature stores for dairies, bakeries and fish
            processors. I redesign systems that ice up, fit timed hot-gas or electric defrost,
            seal doors and air curtains, and move sites to natural refrigerants with heat
            recovery, with remote monitoring afterwards so I hear about a warm room before the
            owner does.""",
            """I want a few long-term clients in Yorkshire with serious cold storage and an
            owner ready to do it properly rather than patching for ever: a week of measurements,
            a budget after the survey, and a maintenance contract, with one site I can show to
            others.""",
            """Do the engineering properly once; cold should be boring and cheap to run.""",
            ro=["tech"],
            rs=["operations"],
            c="side-project",
            tz=0,
            langs=["en"],
        ),
    ),
    # 100 --------------------------------------------------------------- trap: timezone
    pair(
        100,
        "cross",
        "highland-hide-tanning",
        "A breeds Highland cattle and wastes the hides; B tans bovine hides with vegetable "
        "tannins in small batches.",
        a=person(
            "Fergus Mackenzie-Grant",
            "I breed Highland cattle in Perthshire; 30 go to the butcher each year.",
            "A tanner who'll turn our hides into rugs and leather, not landfill.",
            "Use the whole beast.",
            tz=0,
            langs=["en"],
            loc="Aberfeldy",
        ),
        b=person(
            "Aurèle Roquefeuil",
            "tanneur vegetal, peaux de bovins + tapis a poils, petites series",
            "des éleveurs qui m'envoient leurs peaux salées chaque trimestre",
            "rien ne se perd",
            tz=1,
            langs=["fr", "en"],
            loc="Millau",
        ),
        twin=person(
            "Bastien Rouvelet",
            "Tanneur artisanal: cuirs végétaux, peaux lainées et peaux de vache.",
            "Un fournisseur d'extrait de châtaignier et de mimosa en sacs de 25 kg.",
            "Tanner propre.",
            tz=1,
            langs=["fr", "en"],
        ),
        one=person(
            "Ishbel Strathyre-Bell",
            "Butcher in Perth; customers ask for Highland beef by name.",
            "A breeder who'll sell me two Highland carcasses a month.",
            "Know your farmer.",
            tz=0,
            langs=["en"],
        ),
        trap=person(
            "Aurore Delavigne-Tuck",
            "tanneuse végétale à Vancouver, peaux de bovins et tapis à poils, petites séries",
            "des éleveurs qui m'envoient leurs peaux salées chaque trimestre",
            "rien ne se perd",
            tz=-8,
            langs=["fr", "en"],
        ),
    ),
]
