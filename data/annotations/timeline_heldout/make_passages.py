"""Write `passages.csv`: the held-out passages for the temporal-expression test set.

Each `text` is copied verbatim from an excerpt returned by the `search` tool (corpus "pages",
stored copies of public web pages), looked up on 2026-11-23. A passage is one contiguous stretch
of the excerpt (1-4 sentences; the newlines inside a passage are the excerpt's own paragraph breaks).
Nothing was corrected: typos, missing spaces after full stops, mixed straight/curly quotes and
HTML-entity debris ("Gonzaacute;lez") are the page's.

`published` is filled only when the stored page shows a date (a dateline or date line in the page
text, or the page's own date field returned with the excerpt), at the precision shown; a date that
appears only in the URL is NOT used (see README, "published"). `title` is filled only when the
excerpt shows it.

Run:  .venv/bin/python data/annotations/timeline_heldout/make_passages.py
"""
from __future__ import annotations

import csv
from pathlib import Path

OUT = Path(__file__).resolve().parent / "passages.csv"

# (passage_id, language, published, title, publisher, url, text)
PASSAGES = [
    # ------------------------------------------------------------------ English
    ("p01", "en", "2009-03-11", "Sarkozy: France to Return to NATO Military Command",
     "VOA News (via GlobalSecurity.org)",
     "https://www.globalsecurity.org/military/library/news/2009/03/mil-090311-voa09.htm",
     "French President Nicolas Sarkozy says France will rejoin NATO's military command, more than four decades after quitting to protest what Paris once called U.S. dominance in Europe.\n"
     "Former French President Charles de Gaulle quit the command structure in 1966. But Mr. Sarkozy told a French defense conference Wednesday that France needs to return to have its voice heard."),
    ("p02", "en", "2009-03-11", "Sarkozy: France to Return to NATO Military Command",
     "VOA News (via GlobalSecurity.org)",
     "https://www.globalsecurity.org/military/library/news/2009/03/mil-090311-voa09.htm",
     "NATO last month encouraged France to return, saying the French could gain key posts in the NATO command structure if it does so.\n"
     "Under French law, Mr. Sarkozy could authorize NATO reintegration without parliamentary approval. But he has called a confidence vote March 17, in hopes of gaining added legitimacy to the move."),
    ("p03", "en", "2009-04-04", "Sarkozy: France is taking on full NATO role", "Expatica",
     "https://www.expatica.com/fr/news/Sarkozy-France-is-taking-on-full-NATO-role_160448.html",
     "President Nicolas Sarkozy announced Saturday in front of 27 fellow NATO leaders at their 60th anniversary summit that France was resuming \"its full role in the alliance.\"\n"
     "\n"
     "STRASBOURG - Confirming to France's allies his plan to reverse his predecessor Charles de Gaulle's 1966 decision to pull out of NATO's integrated military command, Sarkozy said: \"We want to be friends, and allies that stand tall."),
    ("p04", "en", "", "France to rejoin NATO command", "The San Diego Union-Tribune",
     "http://www.sandiegouniontribune.com/sdut-1n12france233733-france-rejoin-nato-command-2009mar12-story.html",
     "PARIS – President Nicolas Sarkozy announced yesterday that France intends to become a full member of NATO, 43 years after Charles de Gaulle pulled France out of the alliance's military command and threw NATO and U.S. forces out of the country in an assertion of French independence."),
    ("p05", "en", "1980-10-23", "Greece's return to NATO doesn't end Turkish feud",
     "The Christian Science Monitor",
     "https://www.csmonitor.com/layout/set/amphtml/1980/1023/102341.html",
     "The announcement earlier this week that both Greece and Turkey had accepted a proposal to end Athens' six-year withdrawal from the NATO military structure was greeted \"with unmitigated joy,\" according to a well-placed NATO source.\n"
     "\n"
     "It meant that after years of delicate, and sometimes aborted, maneuvering by a succession of allied diplomats and officials, a major absence in NATO's increasingly vulnerable southern defense was about to be corrected."),
    ("p06", "en", "1980-10-21", "Greeks rejoin N.A.T.O. forces",
     "The Press (Christchurch), via Papers Past",
     "https://paperspast.natlib.govt.nz/newspapers/CHP19801021.2.95",
     "The Turkish invasion of Cyprus caused Greece to withdraw from the military side of N.A.T.O. in 1974, and Greece’s re-entry has been seen by Turkey to have implications on the balance of power between the two in the Agean Sea. Islands in the Aegean have also caused disputes. An understanding on the basis of a solution was reached in July, 1978; it has taken until October, 1980, to get the details sorted out."),
    ("p07", "en", "2019-11-07", "", "MIA (Macedonian Information Agency)",
     "https://mia.mk/2019/11/macron-tells-economist-nato-is-brain-dead-europe-stands-on-the-edge-of-a-precipice/?lang=en",
     "Paris, 7 November 2019 (MIA) – In a dramatic interview with British weekly The Economist, French President Emmanuel Macron says NATO is brain-dead, while Europe stands on “the edge of a precipice.”\n"
     "\n"
     "Macron warns European member states that they could no longer rely on the U.S. to defend NATO allies."),
    ("p08", "en", "2019-11-07", "President Macron: Trump Is Causing the ‘Brain Death’ of NATO",
     "The Daily Beast",
     "https://www.thedailybeast.com/emmanuel-macron-trump-is-causing-the-brain-death-of-nato",
     "Asked if he believed in the effectiveness of Article Five—the pact that if one NATO member is attacked all the others would come to its aid—Macron replied: “I don’t know ... but what will Article Five mean tomorrow?” He went on to say that President Donald Trump’s U.S. is showing signs of “turning its back on us” as it did with the surprise withdrawal of military forces and abandonment of its Kurdish allies last month, and added: “I’d argue that we should reassess the reality of what NATO is in the light of the commitment of the United States.”"),
    ("p09", "en", "2021-09-17", "", "eTurboNews",
     "https://eturbonews.com/3003638/unacceptable-behavior-france-recalls-its-envoys-to-us-and-australia/",
     "French Foreign Minister Jean-Yves Le Drian announced today that France has recalled its ambassadors from the United States and Australia over the ‘unacceptable behavior’ of Washington, London and Canberra in coining a nuclear submarine deal that has led to cancelation of a major French conventional submarine contract with Australia.\n"
     "\n"
     "According to Le Drian, the decision to recall the envoys was completely justified by the ‘exceptional gravity’ of the September 15 announcement made by Australia, the USA and the UK."),
    ("p10", "en", "2021-09-17", "", "eTurboNews",
     "https://eturbonews.com/3003638/unacceptable-behavior-france-recalls-its-envoys-to-us-and-australia/",
     "Abandoning the submarine project that Canberra and Paris had agreed-on in 2016 constitutes ‘unacceptable behavior between allies and partners, the consequences of which affect the very conception that we have of our alliances, our partnerships and the importance of the Indo-Pacific for Europe,’ French foreign minister declared.\n"
     "\n"
     "US President Joe Biden, Australian Prime Minister Scott Morrison and his British counterpart Boris Johnson announced the ‘AUKUS’ initiative in a three-way virtual event on Wednesday afternoon. The centerpiece of this new alliance of “maritime democracies” is the 18-month project to provide Canberra with nuclear-powered but conventionally armed submarines."),
    ("p11", "en", "2022-04-13T13:21",
     "Marine Le Pen Vows to Pull France Out of NATO's Integrated Military Command if Elected President",
     "Sputnik International",
     "https://sputniknews.com/20220413/marine-le-pen-vows-to-pull-france-out-of-nato-if-elected-president-1094736735.html",
     "French presidential candidate Marine Le Pen said on Wednesday that she would withdraw France from the NATO Military Command, if she is elected.She also noted that France had already had such an experience: back in 1966, all French armed forces were removed from NATO's integrated military command, and all non-French NATO troops were asked to leave the country. Paris reversed the move and rejoined the bloc's military command only in 2009, during the presidency of Nicolas Sarkozy.The politician has already called on France to leave NATO's integrated command over the years, saying the structure \"perpetuates the anachronistic and aggressive logic of the Cold War blocs\"."),
    ("p12", "en", "2022-04-13T13:21",
     "Marine Le Pen Vows to Pull France Out of NATO's Integrated Military Command if Elected President",
     "Sputnik International",
     "https://sputniknews.com/20220413/marine-le-pen-vows-to-pull-france-out-of-nato-if-elected-president-1094736735.html",
     "In the first round, which took place on Sunday, Incumbent President Emmanuel Macron came first with 27.84% of the vote and Le Pen gained 23.15%. Founder of the party La France Insoumise, left-wing MP Jean-Luc Melenchon, ended up third with 21.95 percent, and journalist Eric Zemmour came fourth with 7.07%."),
    ("p13", "en", "", "Le Pen pledges to leave NATO’s integrated command", "Daily Kiran (Sputnik wire copy)",
     "https://dailykiran.com/le-pen-pledges-to-leave-natos-integrated-command/",
     "On Sunday, France held the first round of their presidential election. Incumbent President Emmanuel Macron received 27.84% of the vote and Le Pen 23.15%, which means they will face one another in a second round on April 24. On February 24, Russia launched a military operation in Ukraine after the breakaway republics of Donetsk and Luhansk appealed for help in defending themselves against Ukrainian forces."),
    ("p14", "en", "2024-10-09T10:22", "French parliament rejects no-confidence motion against government",
     "A News (Anadolu Agency copy)",
     "https://anews.com.tr/europe/2024/10/09/french-parliament-rejects-no-confidence-motion-against-government/amp",
     "The motion, put forward last week by 192 deputies from the left-wing alliance the New Popular Front (NPF) against Prime Minister Michel Barnier's center-right government, was discussed in the parliament's General Assembly.\n"
     "It was rejected on the grounds that it did not reach a sufficient majority, with 197 lawmakers voting in favor, well short of the 289 votes that were needed.\n"
     "The far-right National Rally (RN) party, which has been accused by the left of being close to the ruling party, did not support the motion.\n"
     "President Emmanuel Macron appointed Barnier as prime minister on Sept. 5."),
    ("p15", "en", "", "", "Sputnik International",
     "https://sputniknews.com/europe/201812141070670129-france-motion-confidence-government/",
     "The call by Socialist parliamentary group leader Olivier Faure, France Insoumise leader Jean-Luc Melenchon, Communist Party lawmaker Andre Chassaigne and 59 others was backed by only 70 legislators in the 577-seat National Assembly, falling short of the 289 votes it needed to go ahead."),
    ("p16", "en", "2023-04-04", "", "The National",
     "https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/",
     "Finland has completed formalities to join Nato, becoming the 31st member of the North Atlantic treaty Organisation.\n"
     "The Nordic country made a joint request with Sweden to join the organisation after Russia's invasion of Ukraine last year.\n"
     "Sweden's request has been held up by objections from Turkey and Hungary."),
    ("p17", "en", "", "Finland officially becomes a member of NATO. The announcement made by Jens Stoltenberg",
     "Moldova 1",
     "https://moldova1.md/p/7207/finland-officially-becomes-a-member-of-nato-the-announcement-made-by-jens-stoltenberg",
     "The northern nation, which shares a border with Russia, applied to join the military alliance following the Russian Federation's invasion of Ukraine. It is the first enlargement of NATO since North Macedonia joined the alliance in 2020.\n"
     "Turkey was the last of the 30 NATO members to accept Finland's request last month.\n"
     "Turkey's president, Recep Tayyip Erdogan, said in early March that Finland had secured Turkey's blessing after it took concrete steps to follow through on promises to crack down on groups Ankara considers terrorists and free up defense exports."),
    ("p18", "en", "2026-01-09", "", "Europe Diplomatic",
     "http://europediplomatic.com/2026/01/09/france-abandoning-nato-again",
     "Brussels 09.01.2026 France may leave NATO due to Trump’s “America First” policies: Parliament’s Vice-President Clémence Guetté submits proposal. “Donald Trump and the US empire are a threat to world peace. It is urgent that France regain its strategic independence and redeploy its international influence” she wrote on her X page."),
    ("p19", "en", "2026-01-13", "", "online.ua",
     "https://news.online.ua/en/frances-withdrawal-from-nato-deputy-speaker-of-parliament-goette-calls-for-discussion-900444/",
     "US President Donald Trump previously said that the United States may have to choose between implementing plans for Greenland and preserving NATO.\n"
     "Trump also stated again that it was he who forced NATO countries to increase defense spending to 5% of GDP."),
    ("p20", "en", "", "", "Times of Oman",
     "https://cdn-3.timesofoman.com/article/160415-france-macron-announces-plans-to-boost-defence-spending",
     "Paris: French President Emmanuel Macron on Sunday announced a plan to increase defence spending over the next two weeks due to growing threats.\n"
     "In the French president's traditional speech to the military on the eve of Bastille Day, Macron said, \"Since 1945, freedom has never been so threatened, and never so seriously.''\n"
     "According to Macron, France's annual defence spending will rise to €64 billion ($74.8 billion) by 2027 — an amount that would double the €32 billion in annual spending when he became president in 2017. France had aimed to reach this goal by 2030."),
    ("p21", "en", "", "", "Particle News",
     "https://particle.news/story/nato-agrees-to-5-defense-spending-by-2035-in-win-for-trump",
     "- All 32 members pledged to raise defense outlays to 5% of GDP by 2035, splitting the target into 3.5% for core military needs and 1.5% for broader security measures\n"
     "- Leaders reaffirmed an “ironclad commitment” to collective defense under Article 5 following earlier uncertainty from President Trump\n"
     "- Spain announced it cannot reach the new 5% benchmark, drawing criticism from Trump over perceived free-riding\n"
     "- The summit agreement calls for a 2029 review to track progress and reassess the long-term threat posed by Russia"),
    ("p22", "en", "", "", "SISpain (Spain information site)",
     "http://www.sispain.org/english/foreign/atlantic.html",
     "In October 1984, the prime minister, Felipe Gonzaacute;lez, presented to the Congress of Deputies what whould be called the Ten Points on a Peace and Security Policy, drawn up as a basis for the restorarion of a consensus of all the political forces as regards the national decurity and defence policy.\n"
     "In that same speech, the prime minister suggested that a parliamentary debate be held on the ten points for the purpose of disseminating information which would help the citizens to take a decision on whether Spain should stay in the alliance, by means of a referendum.\n"
     "On March 12th, 1986, the referendum was held as announced by the Government."),
    # ------------------------------------------------------------------ French
    ("p23", "fr", "2006-03-18", "Les paradoxes de l’atlantisme français", "Institut Thomas More",
     "https://institut-thomas-more.org/author/jtl-itm/page/200",
     "Le 7 mars 1966, voici quarante ans, le général De Gaulle annonce au président des Etats-Unis, Lyndon B. Johnson, une décision lourde de conséquences : les armées françaises sortent des structures militaires intégrées de l’OTAN."),
    ("p24", "fr", "2020-12-10T06:45",
     "De Gaulle et l’OTAN, 1966 : L’épiphanie de la France Libre – par Eric Juillot",
     "les-crises.fr (mirror on dotmana.com)",
     "http://www.dotmana.com/streisand/les-crises/?De-Gaulle-et-l-OTAN-1966-L-épiphanie-de-la-France-Libre-pa",
     "La volonté du Chef de l’État est rapidement concrétisée : dès le 1er juillet 1966, les troupes françaises stationnées en Allemagne sont retirées du dispositif de l’OTAN. Au 1er avril 1967, les 64 000 soldats et civils américains présents en France au titre de l’OTAN ont quitté le territoire."),
    ("p25", "fr", "", "", "Project Syndicate",
     "https://project-syndicate.org/commentary/the-limits-of-bonapartism/french",
     "PARIS – Après quatre décennies, la France vient de retrouver sa place au sein du commandement militaire intégré de l’OTAN. D’un seul geste, le président Nicolas Sarkozy a renversé l’un des piliers de la politique française – et par là l’un des piliers de l’héritage de Charles De Gaulle, le fondateur du parti politique auquel appartient Sarkozy."),
    ("p26", "fr", "", "", "AFRI (Annuaire français de relations internationales)",
     "https://www.afri-ct.org/article/alliance-atlantique-reflexions-sur/",
     "Sous l’égide du président Sarkozy, la France s’est engagée dès l’été 2007 dans une « normalisation » de sa relation avec l’Alliance atlantique, ce qui s’est traduit plus précisément par un retour dans la structure militaire intégrée de l’OTAN en 2009. Ce choix politique fort est en rupture avec le modèle gaullien qui avait permis de concilier, à partir de 1966, dans le contexte particulier de la Guerre froide, une affirmation de l’indépendance nationale et le maintien d’une solidarité transatlantique."),
    ("p27", "fr", "", "", "La Presse",
     "https://www.lapresse.ca/international/europe/200903/20/01-838697-la-france-officialise-son-retour-dans-lotan.php",
     "La France a officiellement confirmé sa volonté de réintégrer l'ensemble des structures militaires de l'OTAN, a-t-on appris vendredi auprès de l'Elysée.\n"
     "\n"
     "Dans un courrier adressé jeudi au secrétaire général de l'OTAN Jaap de Hoop Scheffer, la France confirme donc son plein retour dans l'Alliance atlantique, 43 ans après la décision du général de Gaulle de placer la France en retrait du commandement intégré."),
    ("p28", "fr", "", "Espagne. Victoire de Felipe González au référendum sur l'O.T.A.N",
     "Encyclopædia Universalis",
     "https://www.universalis.fr/evenement/12-mars-1986-victoire-de-felipe-gonzalez-au-referendum-sur-l-o-t-a-n/",
     "À l'issue d'une campagne où les médias publics ont apporté leur soutien au gouvernement, les sondages prévoient une victoire du non. Or, par 52,6 p. 100 des suffrages exprimés – pour une participation de 59,7 p. 100 –, le oui l'emporte, le non ne recueillant que 39,8 p. 100."),
    ("p29", "fr", "2019-12", "", "Mediapart",
     "https://www.mediapart.fr/journal/international/031219/l-otan-vaut-plus-qu-une-bagarre-de-cour-de-recreation",
     "Il y a l’art d’enfoncer les portes ouvertes. Emmanuel Macron l’avait fait, non sans talent, il y a un mois, en déclarant dans un entretien à l’hebdomadaire britannique The Economist : « Ce qu’on est en train de vivre, c’est la mort cérébrale de l’Otan. »"),
    ("p30", "fr", "", "", "Le Temps",
     "https://www.letemps.ch/monde/face-russie-lue-contrainte-saligner-etats-dame-lotan",
     "L’OTAN de 2022 n’est plus en état de «mort cérébrale». L’Alliance atlantique est pleinement de retour sur le devant de la scène, et l’Union européenne n’a pas d’autre choix que de s’aligner. Telle est la nouvelle réalité engendrée par l’agression russe contre l’Ukraine, et par la décision de Vladimir Poutine d’enclencher l’engrenage d’une nouvelle guerre sur le continent. Oubliée donc, la charge frontale d’Emmanuel Macron dans The Economist le 9 novembre 2019."),
    ("p31", "fr", "", "", "Le Colporteur",
     "http://lecolporteur.info/actualites/ECONOMIE/l-australie-rompt-le-contrat-du-siecle-sur-l-achat-de-sous-marins-francais-jean-yves-le-drian-denonce-un-coup-dans-le-dos-20029",
     "Jeudi 16 septembre, les ministres des Armées et des Affaires étrangères, Florence Parly et Jean-Yves Le Drian, ont vivement dénoncé la rupture par l'Australie d'un gigantesque contrat passé auprès de la France pour la livraison de sous-marins conventionnel. Ce contrat, parfois qualifié de \"contrat du siècle\" pour l'industrie de défense française, portait sur l'achat de 12 sous-marins à propulsion conventionnelle à l'entreprise Naval Group, pour un montant estimé actuellement à 56 milliards d'euros."),
    ("p32", "fr", "", "", "5re.fr",
     "https://5re.fr/un-an-apres-la-crise-avec-la-france-ou-en-est-laustralie-dans-lacquisition-de-ses-sous-marins",
     "Le 15 septembre 2021, Canberra annonçait la rupture du contrat portant sur la commande de 12 sous-marins français conventionnels, au profit de l’alliance Aukus avec les Etats-Unis et les Royaume-Uni qui doit permettre à l’Australie d’acquérir 8 sous-marins à propulsion nucléaire. Mais un an après, ce partenariat suscite des interrogations."),
    ("p33", "fr", "2022-04", "France : Une fois élue, Marine Le Pen promet de sortir de l’OTAN", "Seneweb",
     "https://www.seneweb.com/news/International/france-une-fois-elue-marine-le-pen-prome_n_376242.html",
     "Emmanuel Macron et Marine Le Pen s’affronteront à nouveau lors du second tour de la présidentielle française. Arrivés respectivement premier et deuxième avec 27,84% des voix contre 23,15%, les deux leaders politiques peaufinent leurs armes en vue du grand final du 24 avril (date du second tour). Dans cette perspective, la candidate du Rassemblement National (RN) a tenu une conférence de presse ce mercredi à Paris."),
    ("p34", "fr", "2022-04", "", "TF1 Info",
     "https://www.tf1info.fr/international/presidentielle-2022-marine-le-pen-ukraine-otan-a-quoi-sert-son-commandement-integre-2216699.html",
     "Quitter le commander intégré de l'Organisation du Traité de l'Atlantique nord en conservant sa carte de membre ? Si le sujet s'invite dans l'entre-deux-tours de la campagne présidentielle, il n'en demeure pas moins un serpent de mer de la diplomatie tricolore. Depuis sa création en 1949, l'Otan et la participation à son commandement intégré est l'objet de débat : en 1966, le général de Gaulle avait annoncé la sortie de la France du commandement intégré. Rompant avec cet héritage, Nicolas Sarkozy a décidé de revenir sur cette décision en avril 2009, pour que \"la France reprenne toute sa place dans l'Otan\"."),
    ("p35", "fr", "2022-03", "", "RT France",
     "https://francais.rt.com/france/97353-france-sortira-pas-otan-pendant-conflit-ukraine-marine-le-pen",
     "Interrogée sur CNews le 24 mars sur ses projets en matière de politique étrangère et de défense, Marine Le Pen a indiqué qu'elle ne déciderait pas d'une sortie de la France du commandement intégré de l'Alliance atlantique tant que le conflit ukrainien se poursuivrait. «On ne va pas le faire alors qu’il y a une guerre dans un pays européen», a annoncé la candidate du Rassemblement national, ajoutant : «Il ne faut pas donner le signal. Il n’est pas question surtout en ce moment de sortir du camp occidental, mais il faudra le faire»."),
    ("p36", "fr", "", "", "politique.org (communiqué du groupe LFI à l’Assemblée nationale)",
     "http://www.politique.org/blog/2026/01/19/le-groupe-parlementaire-de-la-france-insoumise-propose-de-sortir-de-lotan",
     "Le groupe parlementaire de la France insoumise dépose ce lundi 19 janvier une proposition de résolution invitant le Gouvernement à organiser le retrait de la France de l’Organisation du Traité de l’Atlantique Nord (OTAN), en commençant par son commandement intégré.\n"
     "La sortie de la France de l’OTAN est une proposition portée de longue date par la France insoumise. Elle se retrouve particulièrement remise à l’ordre du jour par le choix assumé par les États-Unis d’Amérique de renouer officiellement avec une politique impériale sans fard, théorisée dans leur dernière « Stratégie de Sécurité Nationale ». De multiples exemples récents l’illustrent, comme l’enlèvement illégal du président du Venezuela et les menaces quotidiennes d’annexion du Groenland."),
    ("p37", "fr", "", "", "Press TV (édition française)",
     "https://french.presstv.ir/Detail/2026/01/17/762446/La-France-va-t-elle-sortir-de-l’OTAN--",
     "Ce qui passait encore récemment pour une hypothèse marginale s’invite désormais au cœur du débat politique français : la question d’une sortie de la France de l’OTAN. Cette perspective a franchi un nouveau palier lorsqu’une initiative parlementaire formelle a été déposée à l’Assemblée nationale."),
    ("p38", "fr", "", "", "Assemblée nationale (actualités)",
     "https://www.assemblee-nationale.fr/dyn/actualites-accueil-hub/rejet-d-une-motion-de-censure-en-application-de-l-article-49.2-de-la-constitution",
     "Mardi 8 octobre, l'Assemblée nationale a rejeté, en séance publique, la motion de censure déposée le vendredi 4 octobre par Boris Vallaud, Mathilde Panot, Cyrielle Chatelain, André Chassaigne et 188 députés, en application de l’article 49 alinéa 2 de la Constitution."),
    ("p39", "fr", "", "Les deux motions de censure rejetées", "Magnum La Radio",
     "https://www.magnumlaradio.com/info-en-direct/les-deux-motions-de-censure-rejetees",
     "271 députés ont voté pour, insuffisant pour atteindre les 289 voix nécessaires pour renverser le gouvernement.\n"
     "\n"
     "La seconde motion de censure déposée par le RN est également rejetée. seulement 144 députés ont voté « pour », alors que là encore 289 voix étaient nécessaires pour faire tomber le gouvernement. Quatre jours après son installation à Matignon, Sébastien Lecornu échappe donc à la censure."),
    ("p40", "fr", "2023-04", "", "El Khabar (édition française)",
     "https://www.elkhabar.com/press/article/226610/la-finlande-nouveau-membre-de-lotan/",
     "L’OTAN comptera 31 pays à partir de ce mardi. La Finlande deviendra officiellement membre de l’organisation le 4 avril, a annoncé lundi son secrétaire général Jens Stoltenberg.\n"
     "\n"
     "« Demain (mardi), nous accueillerons la Finlande comme 31e membre », a déclaré Jens Stoltenberg, précisant que le drapeau finlandais serait hissé mardi en milieu d’après-midi au siège de l’Alliance à Bruxelles."),
    ("p41", "fr", "", "", "RT France",
     "https://francais.rt.com/international/71191-en-mal-d-unite-otan-de-moins-moins-populaire-en-france/amp",
     "La confiance des Français envers l'OTAN s'est érodée ces dernières années. C'est l'une des leçons à tirer d'un nouveau sondage mené par le Pew Research Center, institut basé à Washington, sur l'image dont bénéficie l’OTAN dans l’opinion publique de ses pays membres. Rendue publique le 10 février, cette enquête a été réalisée à l’été 2019 auprès de 21 000 personnes issues de 19 pays, dont 16 Etats membres de l'Alliance."),
    ("p42", "fr", "2009-05", "La France et l'Otan : 1966-2009 (mai 2009)", "Revue Défense Nationale",
     "https://www.defnat.com/e-RDN/vue-article.php?carticle=7673&cidrevue=HS70",
     "Or, les résultats de cette enquête battent en brèche l’idée selon laquelle il y aurait un consensus chez les Français autour de la position de retrait de l’Alliance adoptée depuis quarante ans : le retour de la France dans son commandement intégré y est en effet approuvé par une majorité de Français (58 %) (1). Sachant que l’opinion française approuve moins l’engagement de la France aux côtés de l’Otan aujourd’hui — 45 % approuvaient l’envoi de troupes supplémentaires en Afghanistan en avril 2008 — qu’hier (2), cette attitude positive à l’égard de l’Otan peut paraître surprenante."),
    ("p43", "fr", "", "", "YouGov France",
     "https://fr.yougov.com/politics/articles/41575-OTAN-evolution-perception-des-europeens",
     "En Grande-Bretagne, le soutien à l'adhésion à l'OTAN est passé de 59% en mars 2019 à 68% en mars 2022*, et en Allemagne de 54% à 64%. A noter : cette question utilisait une échelle en cinq points, incluant une option \"ni pour ni contre\".\n"
     "En France, le nombre de personnes favorables à la présence du pays au sein de l’OTAN a progressé de 8 points (de 39% à 47%), tandis que l'opposition est restée stable (15-16%)."),
    ("p44", "fr", "", "", "vimarsana.com (aggregator)",
     "https://vimarsana.com/amparticle/direct-rupture-du-contrat-sur-les-sous-marins-par-l-australie-un-coup-de-poignard-fustige-le-maire-cherbourg-2021091645166",
     "L'Australie a annoncé la rupture de son contrat avec la France qui prévoyait l'achat de douze sous-marins pour un montant de 56 milliards d'euros. Elle s'est finalement rapprochée des Etats-Unis et du Royaume-Uni pour se fournir en submersibles."),
    ("p45", "fr", "2017-01", "", "Politis",
     "http://www.politis.fr/articles/2017/01/syrie-russie-melenchon-met-les-points-sur-les-i-36080/",
     "Après avoir eu une « pensée » pour les 3,5 millions de mal logés et les « 30 000 enfants sans toit » ainsi qu’une « pensée particulière » pour Cédric Herrou, contre lequel le procureur de Nice a requis mercredi huit mois de prison avec sursis pour avoir aidé des réfugiés, Jean-Luc Mélenchon est vite passé au sujet qui taraude, depuis plusieurs semaines, bon nombre de ses sympathisants : sa lecture de la guerre en Syrie et son soutien supposé à Vladimir Poutine."),
    ("p46", "fr", "", "", "La Règle du jeu",
     "https://laregledujeu.org/2022/03/17/38399/melenchon-et-ses-complaisances-venezueliennes-cubaines-chinoises-et-russes/",
     "C’est ainsi que fonctionnait l’ancien trotskiste (et lambertiste) lorsqu’il a rejoint l’Organisation communiste internationaliste. De 1972 à 1976, il est le dirigeant de l’OCI à Besançon, où cette organisation est implantée[1]. Il y a des modes de fonctionnement et des attitudes qui ne s’oublient pas, même dans les années 2020[2]."),
    ("p47", "fr", "2021-09-17", "", "Zonebourse (Reuters wire)",
     "https://www.zonebourse.com/actualite-bourse/Sous-marins-La-France-rappelle-ses-ambassadeurs-aux-Etats-Unis-et-en-Australie--36455563/?utm_medium=RSS&utm_content=20210917",
     "PARIS, 17 septembre (Reuters) - La France a décidé de rappeler immédiatement ses ambassadeurs aux Etats-Unis et en Australie pour consultations après l'annulation par Canberra du contrat de fourniture de sous-marins français au profit d'un partenariat stratégique avec Washington et Londres, a déclaré vendredi Jean-Yves Le Drian dans un communiqué.\n"
     "\n"
     "\"Cette décision exceptionnelle est justifiée par la gravité exceptionnelle des annonces effectuées le 15 septembre par l’Australie et les Etats-Unis\", a souligné le ministre français des Affaires étrangères."),
]

COLUMNS = ["passage_id", "language", "published", "title", "publisher", "url", "text"]


def main() -> None:
    ids = [p[0] for p in PASSAGES]
    assert ids == [f"p{i:02d}" for i in range(1, len(PASSAGES) + 1)], ids
    for p in PASSAGES:
        assert p[1] in {"en", "fr"}, p[0]
        assert p[6] == p[6].strip() and p[6], p[0]
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        w.writerows(PASSAGES)
    n_en = sum(p[1] == "en" for p in PASSAGES)
    print(f"wrote {OUT.name}: {len(PASSAGES)} passages ({n_en} en, {len(PASSAGES) - n_en} fr)")


if __name__ == "__main__":
    main()
