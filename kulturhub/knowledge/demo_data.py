"""Demo knowledge items drawn from the seed networks' own topics, in their languages.

Each item: key (for translations), network, language, kind, evidence level, visibility,
publication date, title, summary, body (Markdown), tags ("vocabulary:slug"), the key of the
item it translates, and the slugs of the concepts, organisations, programmes and activities it
is about. An item with "draft_by" (a demo login's e-mail) is that member's draft, waiting for
the coordinators to publish it.
"""

ITEMS = [
    # --------------------------------------------------------------- Midtjylland (da)
    {
        "key": "kpr-evaluering",
        "programmes": ["holstebro-kultur-paa-recept"],
        "network": "midtjylland",
        "language": "da",
        "kind": "evaluation",
        "evidence": "pre_post",
        "published_on": "2025-03-14",
        "title": "Kultur på recept i Holstebro: evaluering af tre forløb",
        "summary": (
            "Deltagernes trivsel målt med WHO-5 før og efter ti ugers kulturforløb. "
            "Trivslen steg, og flere vendte tilbage til arbejde eller uddannelse."
        ),
        "body": """\
## Baggrund
Kultur på recept er et tilbud til borgere, der er sygemeldt med stress, angst eller depression. \
Holstebro Kommune har kørt tre hold med i alt 34 deltagere.

## Metode
Deltagerne besvarede WHO-5 ved første og sidste gang. Der var ingen kontrolgruppe.

## Resultater
- Den gennemsnitlige WHO-5-score steg fra 36 til 52.
- 21 af deltagerne var i job, fleksjob eller uddannelse tre måneder efter forløbet.
- Deltagerne fremhævede fællesskabet og de faste rammer.

## Anbefalinger
Forløbene bør have en fast kulturguide og et samarbejde med jobcentret fra start.
""",
        "tags": [
            "target_group:sick-leave",
            "art_form:music",
            "art_form:visual-art",
            "outcome:wellbeing",
            "outcome:return-to-work",
            "setting:museum",
            "sector:employment",
        ],
        "concepts": ["kultur-paa-recept"],
        "organisations": ["holstebro-kommune", "aarhus-universitet"],
    },
    {
        "key": "kpr-evaluering-en",
        "programmes": ["holstebro-kultur-paa-recept"],
        "translation_of": "kpr-evaluering",
        "network": "midtjylland",
        "language": "en",
        "kind": "evaluation",
        "evidence": "pre_post",
        "published_on": "2025-04-02",
        "title": "Culture on prescription in Holstebro: evaluation of three courses",
        "summary": (
            "Participants' well-being measured with the WHO-5 before and after a ten-week "
            "cultural course. Well-being rose and more people returned to work or study."
        ),
        "body": """\
## Background
Culture on prescription is offered to citizens on sick leave with stress, anxiety or \
depression. Holstebro Municipality has run three groups with 34 participants in all.

## Method
Participants answered the WHO-5 at the first and the last session. There was no control group.

## Results
- The mean WHO-5 score rose from 36 to 52.
- 21 participants were in work, flexible work or education three months later.
- Participants valued the group and the fixed structure.
""",
        "tags": [
            "target_group:sick-leave",
            "art_form:music",
            "outcome:wellbeing",
            "outcome:return-to-work",
        ],
        "concepts": ["kultur-paa-recept"],
        "organisations": ["holstebro-kommune", "aarhus-universitet"],
    },
    {
        "key": "evalueringskursus",
        "activities": ["midtjylland-kursus-evaluering"],
        "network": "midtjylland",
        "language": "da",
        "kind": "method",
        "evidence": "description",
        "published_on": "2025-09-22",
        "visibility": "members",
        "title": "Værktøjskasse: sådan evaluerer I et kulturforløb",
        "summary": (
            "Materialet fra netværkets kursus i evaluering: spørgeskemaer, samtykke, "
            "tidspunkter for måling og hvordan resultaterne deles med netværket."
        ),
        "body": """\
Kurset i evaluering samlede medarbejdere fra ni kommuner og regionspsykiatrien.

1. Vælg et valideret måleredskab (WHO-5, SWEMWBS eller UCLA-3).
2. Mål ved første og sidste gang og helst tre måneder efter.
3. Indhent samtykke, før du indsamler svar.
4. Del kun resultater for grupper på mindst fem personer.
""",
        "tags": ["sector:health", "sector:culture", "outcome:wellbeing"],
        "organisations": ["aarhus-universitet"],
    },
    {
        "key": "skrivevaerksted-herning",
        "network": "midtjylland",
        "language": "da",
        "kind": "practice",
        "evidence": "description",
        "draft_by": "line.dahlgaard@herning.demo",
        "title": "Skriveværksted for ledige i Herning: erfaringer fra første hold",
        "summary": (
            "Otte borgere på kanten af arbejdsmarkedet skrev sammen på biblioteket i ti uger. "
            "Erfaringer med rekruttering gennem jobcentret og med at holde fast i deltagerne."
        ),
        "body": """## Forløbet
Ti mødegange på Herning Bibliotek med en forfatter som underviser. Jobcentret henviste \
deltagerne, og en kulturguide fulgte dem den første gang.

## Det lærte vi
- En fast kontaktperson gjorde det lettere at møde op.
- Korte skriveøvelser fungerede bedre end lange opgaver.
- To deltagere fandt praktik gennem bibliotekets netværk.
""",
        "tags": [
            "target_group:unemployed",
            "art_form:creative-writing",
            "outcome:return-to-work",
            "setting:library",
            "sector:employment",
        ],
        "organisations": ["herning-kommune"],
    },
    {
        "key": "psykiatri-musik",
        "network": "midtjylland",
        "language": "da",
        "kind": "research",
        "evidence": "controlled",
        "published_on": "2024-11-05",
        "title": "Musikgrupper i regionspsykiatrien: et kontrolleret studie",
        "summary": (
            "Patienter i ambulant psykiatri, der deltog i ugentlige musikgrupper, rapporterede "
            "bedre livskvalitet end en sammenlignelig gruppe på venteliste."
        ),
        "body": """\
Studiet fulgte 62 patienter i ambulant behandling. Halvdelen deltog i tolv ugers musikgrupper \
ledet af en musiker og en sygeplejerske, resten var på venteliste. Musikgrupperne gav en \
moderat forbedring i livskvalitet og livsmestring.
""",
        "tags": [
            "target_group:psychiatry",
            "art_form:music",
            "outcome:quality-of-life",
            "outcome:coping",
            "setting:psychiatry",
            "sector:health",
        ],
        "organisations": ["psykiatrien-region-midtjylland", "aarhus-universitet"],
    },
    {
        "key": "webinar-ensomhed",
        "network": "midtjylland",
        "language": "da",
        "kind": "recording",
        "evidence": "description",
        "published_on": "2025-10-08",
        "title": "Webinar: kultur mod ensomhed blandt ældre",
        "summary": (
            "Optagelse af netværkets åbne webinar om, hvordan biblioteker, museer og kor "
            "kan mindske ensomheden blandt ældre borgere."
        ),
        "body": """\
Tre oplæg fra kommuner i netværket: læsegrupper på biblioteket, seniorkor og \
museumsbesøg for beboere på plejehjem. Webinaret var åbent for alle interesserede.
""",
        "tags": [
            "target_group:elderly",
            "target_group:lonely",
            "art_form:singing",
            "art_form:literature",
            "outcome:loneliness",
            "setting:library",
            "setting:care-home",
        ],
    },
    # --------------------------------------------------------------- Nordjylland (da)
    {
        "key": "hospital-kunst",
        "network": "nordjylland",
        "language": "da",
        "kind": "practice",
        "evidence": "description",
        "published_on": "2024-06-12",
        "title": "Kunstnere på sengeafsnittet: erfaringer fra Aalborg Universitetshospital",
        "summary": (
            "Et signaturprojekt bragte musikere og billedkunstnere ind til indlagte patienter, "
            "som ellers er afskåret fra kulturtilbud."
        ),
        "body": """\
Projektet blev støttet af puljen for signaturprojekter. Kunstnerne arbejdede to dage om ugen \
på tre afsnit. Personalet oplevede roligere stuer, og patienterne fik et afbræk fra \
sygdommen. Dokumentationen bestod af logbøger og interview med patienter og personale.
""",
        "tags": [
            "target_group:hospital-patients",
            "target_group:health-staff",
            "art_form:music",
            "art_form:visual-art",
            "setting:hospital",
            "outcome:wellbeing",
        ],
        "organisations": ["aalborg-universitetshospital", "region-nordjylland"],
    },
    {
        "key": "ungdomsuddannelser",
        "activities": ["nordjylland-temadag-ungdomsuddannelser"],
        "network": "nordjylland",
        "language": "da",
        "kind": "practice",
        "evidence": "pre_post",
        "published_on": "2025-01-20",
        "title": "Trivsel gennem kunst på ungdomsuddannelserne",
        "summary": (
            "Skrive- og teaterværksteder for elever på erhvervsskoler og gymnasier i "
            "Nordjylland: flere elever oplevede at høre til."
        ),
        "body": """\
Værkstederne blev afviklet i samarbejde med lokale kunstnere over et skoleår. Eleverne \
besvarede SWEMWBS ved start og slut. Trivslen steg mest blandt de elever, der havde \
det sværest ved start.
""",
        "tags": [
            "target_group:young-people",
            "art_form:creative-writing",
            "art_form:theatre",
            "setting:school",
            "outcome:wellbeing",
            "sector:education",
        ],
        "organisations": ["region-nordjylland", "limfjordens-fortaellevaerksted"],
    },
    {
        "key": "digitale-tilbud",
        "activities": ["nordjylland-webinar-digitale-kulturtilbud"],
        "network": "nordjylland",
        "language": "da",
        "kind": "recommendation",
        "evidence": "description",
        "published_on": "2025-05-30",
        "title": "Anbefalinger til digitale kulturtilbud i tyndt befolkede områder",
        "summary": (
            "Hvordan digitale forløb kan nå nye målgrupper og give geografisk spredning, "
            "uden at fællesskabet går tabt."
        ),
        "body": """\
- Start med et fysisk møde, før gruppen fortsætter online.
- Send materialer hjem til deltagerne (tegneblok, sangbog).
- Hav en fast vært, der kender alle deltagere ved navn.
- Tilbyd teknisk hjælp før første gang.
""",
        "tags": ["setting:online", "outcome:social-participation", "target_group:elderly"],
        "organisations": ["nordjysk-center-for-kultur-og-sundhed"],
    },
    {
        "key": "stresskor-rapport",
        "programmes": ["aalborg-stresskor"],
        "network": "nordjylland",
        "language": "da",
        "kind": "evaluation",
        "evidence": "pre_post",
        "published_on": "2025-08-18",
        "title": "Stresskoret i Aalborg: slutrapport",
        "summary": (
            "Korsang for borgere med stress. Deltagerne i korene rapporterede mindre stress og "
            "bedre søvn efter otte uger."
        ),
        "body": """\
Korene mødtes en gang om ugen i otte uger med en professionel korleder. Ud af 41 deltagere \
besvarede 33 spørgeskemaet både før og efter. Deltagerne i korene fremhævede \
vejrtrækningen og glæden ved at synge sammen.
""",
        "tags": [
            "target_group:sick-leave",
            "art_form:singing",
            "outcome:stress",
            "outcome:wellbeing",
        ],
        "concepts": ["stresskor"],
        "organisations": ["aalborg-kommune", "sangforeningen-faellesklang"],
    },
    {
        "key": "pulje-kunstnere",
        "network": "nordjylland",
        "language": "da",
        "kind": "news",
        "evidence": "description",
        "published_on": "2025-02-03",
        "title": "Ny pulje til professionelle kunstnere og kulturelle foreninger",
        "summary": (
            "Puljen skal bringe kunst og kultur ind i nye eksperimenterende sammenhænge og "
            "opdyrke nye markeder for den professionelle kunst."
        ),
        "body": "Ansøgningsfristen er 1. april. Projekter skal dokumentere og dele deres viden.",
        "tags": ["sector:culture"],
        "organisations": ["region-nordjylland"],
    },
    # --------------------------------------------------------------- Kulturmetropolen (da)
    {
        "key": "ensomhed-anbefalinger",
        "network": "kulturmetropolen",
        "language": "da",
        "kind": "recommendation",
        "evidence": "systematic_review",
        "published_on": "2025-11-12",
        "title": "Et bedre liv med kultur: anbefalinger om ensomhed",
        "summary": (
            "Praksiseksempler og anbefalinger fra Kulturmetropolens indsatsområde om "
            "kultur og ensomhed, bygget på en gennemgang af forskningen."
        ),
        "body": """\
Ensomhed forringer livskvaliteten og forværres ofte af sygdom. Gennemgangen samler studier \
af fællessang, læsegrupper og museumsbesøg.

**Anbefalinger**
1. Tilbud skal gentages over tid; enkeltstående arrangementer virker ikke.
2. Samarbejd på tværs af kultur-, sundheds- og socialforvaltninger.
3. Kompetenceudvikl medarbejdere i kulturinstitutionerne.
""",
        "tags": [
            "target_group:lonely",
            "target_group:elderly",
            "art_form:singing",
            "art_form:literature",
            "art_form:museum",
            "outcome:loneliness",
            "outcome:quality-of-life",
        ],
        "organisations": ["kulturmetropolen", "statens-institut-for-folkesundhed"],
    },
    {
        "key": "ensomhed-anbefalinger-sv",
        "translation_of": "ensomhed-anbefalinger",
        "network": "kulturmetropolen",
        "language": "sv",
        "kind": "recommendation",
        "evidence": "systematic_review",
        "published_on": "2025-12-01",
        "title": "Ett bättre liv med kultur: rekommendationer om ensamhet",
        "summary": (
            "Praktikexempel och rekommendationer om kultur och ensamhet, byggda på en "
            "genomgång av forskningen."
        ),
        "body": """\
Ensamhet försämrar livskvaliteten. Genomgången samlar studier av körsång, läsecirklar och \
museibesök.

**Rekommendationer**
1. Insatserna ska upprepas över tid.
2. Samarbeta mellan kultur, hälso- och sjukvård och socialtjänst.
3. Kompetensutveckla personalen på kulturinstitutionerna.
""",
        "tags": ["target_group:lonely", "art_form:singing", "outcome:loneliness"],
        "organisations": ["kulturmetropolen"],
    },
    {
        "key": "laesegrupper",
        "activities": ["kulturmetropolen-webinar-laesegrupper"],
        "network": "kulturmetropolen",
        "language": "da",
        "kind": "practice",
        "evidence": "description",
        "published_on": "2024-09-09",
        "title": "Læsegrupper for pårørende på biblioteket",
        "summary": (
            "Fælles højtlæsning af skønlitteratur for pårørende til mennesker med demens "
            "og alvorlig sygdom."
        ),
        "body": """\
En uddannet læseguide læser højt, og gruppen taler om teksten undervejs. Grupperne mødes \
hver uge på biblioteket. Pårørende beskriver et frirum fra omsorgen.
""",
        "tags": [
            "target_group:relatives",
            "art_form:literature",
            "setting:library",
            "outcome:coping",
        ],
        "organisations": ["laeseforeningen", "gladsaxe-kommune"],
    },
    {
        "key": "personale-kultur",
        "network": "kulturmetropolen",
        "language": "da",
        "kind": "practice",
        "evidence": "description",
        "published_on": "2025-06-16",
        "visibility": "members",
        "title": "Kultur for ansatte i sundhedsvæsenet: erfaringer fra fire kommuner",
        "summary": (
            "Interne erfaringer med kulturtilbud for ansatte i ældreplejen: koncerter i "
            "frokostpausen og værksteder med billedkunst."
        ),
        "body": "Notatet deles kun med netværkets medlemmer, da det indeholder budgetter.",
        "tags": ["target_group:health-staff", "outcome:staff-wellbeing", "setting:care-home"],
        "organisations": ["ballerup-kommune", "albertslund-kommune"],
    },
    {
        "key": "sygemeldte-metode",
        "network": "kulturmetropolen",
        "language": "da",
        "kind": "method",
        "evidence": "description",
        "published_on": "2024-12-02",
        "title": "Sådan bygger I et kulturforløb for sygemeldte sammen med jobcentret",
        "summary": (
            "En trin-for-trin-metode: visitation, forventningsafstemning, kulturguide og "
            "opfølgning på tilknytningen til arbejdsmarkedet."
        ),
        "body": """\
1. Aftal målgruppen med jobcentret.
2. Hold en samtale med hver deltager før start.
3. Lad en kulturguide følge gruppen hele vejen.
4. Følg op efter tre måneder.
""",
        "tags": [
            "target_group:sick-leave",
            "setting:job-centre",
            "outcome:return-to-work",
            "sector:employment",
        ],
        "concepts": ["kultur-paa-recept"],
    },
    # --------------------------------------------------------------- Skåne (sv, nb)
    {
        "key": "strategi-skane",
        "network": "skane",
        "language": "sv",
        "kind": "recommendation",
        "evidence": "description",
        "published_on": "2022-06-01",
        "title": "Hela människan, hela livet: Region Skånes strategi för kultur och hälsa",
        "summary": (
            "Strategin ska bidra till att kulturens effekter för människors hälsa och "
            "välbefinnande tas tillvara i vården och i det hälsofrämjande arbetet."
        ),
        "body": """\
Kulturnämnden och hälso- och sjukvårdsnämnden antog strategin våren 2022. Den är en del av \
rörelsen mot framtidens hälsosystem och målet **Bättre liv och hälsa för fler**.
""",
        "tags": ["sector:culture", "sector:health"],
        "organisations": ["region-skane"],
    },
    {
        "key": "kulturunderstodd-rehab",
        "network": "skane",
        "language": "sv",
        "kind": "research",
        "evidence": "randomised",
        "published_on": "2024-10-15",
        "title": "Kulturunderstödd rehabilitering vid stress: en randomiserad studie",
        "summary": (
            "Deltagare med stressrelaterad ohälsa lottades till kulturunderstödd "
            "rehabilitering eller sedvanlig vård. Kulturgruppen återgick snabbare i arbete."
        ),
        "body": """\
Studien genomfördes i primärvården i Skåne med 120 deltagare. Kulturgrupperna träffades två \
gånger i veckan med dans, musik och bildkonst. Effekten på välbefinnande mättes med \
SWEMWBS efter tio veckor och efter sex månader.
""",
        "tags": [
            "target_group:sick-leave",
            "art_form:dance",
            "art_form:music",
            "art_form:visual-art",
            "outcome:return-to-work",
            "outcome:wellbeing",
            "sector:health",
        ],
        "organisations": ["primarvarden-skane", "lunds-universitet"],
    },
    {
        "key": "museibesok-aldre",
        "network": "skane",
        "language": "sv",
        "kind": "concept",
        "evidence": "pre_post",
        "published_on": "2025-02-20",
        "title": "Museibesök för äldre: så fungerar konceptet",
        "summary": (
            "Sex visningar i små grupper för äldre som känner sig ensamma, med samtal om "
            "konsten och fika efteråt."
        ),
        "body": """\
Grupperna har högst åtta deltagare och samma museipedagog varje gång. Deltagarna besvarar \
UCLA-3 vid första och sista besöket. Ensamheten minskade för de flesta deltagarna.
""",
        "tags": [
            "target_group:elderly",
            "target_group:lonely",
            "art_form:museum",
            "setting:museum",
            "outcome:loneliness",
        ],
        "concepts": ["museibesok-for-aldre"],
        "organisations": ["region-skane"],
    },
    {
        "key": "museibesok-aldre-da",
        "translation_of": "museibesok-aldre",
        "network": "skane",
        "language": "da",
        "kind": "concept",
        "evidence": "pre_post",
        "published_on": "2025-03-05",
        "title": "Museumsbesøg for ældre: sådan virker konceptet",
        "summary": (
            "Seks omvisninger i små grupper for ældre, der føler sig ensomme, med samtale om "
            "kunsten og kaffe bagefter."
        ),
        "body": """\
Grupperne har højst otte deltagere og den samme museumsformidler hver gang. Deltagerne \
besvarer UCLA-3 ved første og sidste besøg. Ensomheden faldt for de fleste deltagere.
""",
        "tags": [
            "target_group:elderly",
            "target_group:lonely",
            "art_form:museum",
            "setting:museum",
            "outcome:loneliness",
        ],
        "concepts": ["museibesok-for-aldre"],
        "organisations": ["region-skane"],
    },
    {
        "key": "museibesok-aldre-fi",
        "translation_of": "museibesok-aldre",
        "network": "skane",
        "language": "fi",
        "kind": "concept",
        "evidence": "pre_post",
        "published_on": "2025-04-10",
        "title": "Museokäynnit ikäihmisille: näin malli toimii",
        "summary": (
            "Kuusi opastettua käyntiä pienissä ryhmissä yksinäisyyttä kokeville "
            "ikäihmisille, keskustelua taiteesta ja kahvit lopuksi."
        ),
        "body": """\
Ryhmissä on enintään kahdeksan osallistujaa ja sama museopedagogi joka kerralla. \
Osallistujat vastaavat UCLA-3-kyselyyn ensimmäisellä ja viimeisellä käynnillä.
""",
        "tags": ["target_group:elderly", "art_form:museum", "outcome:loneliness"],
        "concepts": ["museibesok-for-aldre"],
    },
    {
        "key": "dans-parkinson",
        "activities": ["skane-lunch-dans-och-parkinson"],
        "network": "skane",
        "language": "sv",
        "kind": "practice",
        "evidence": "description",
        "published_on": "2025-09-01",
        "title": "Dans för personer med Parkinsons sjukdom",
        "summary": (
            "Skånes Dansteater leder dansgrupper för personer med Parkinsons sjukdom och "
            "deras anhöriga."
        ),
        "body": "Grupperna träffas varje vecka i teaterns studio. Anhöriga dansar med.",
        "tags": ["art_form:dance", "target_group:relatives", "outcome:quality-of-life"],
        "organisations": ["skanes-dansteater"],
    },
    {
        "key": "spaserstokk",
        "network": "skane",
        "language": "nb",
        "kind": "practice",
        "evidence": "description",
        "published_on": "2024-05-21",
        "title": "Den kulturelle spaserstokken: kultur for eldre i hele Norge",
        "summary": (
            "Den norske ordningen gir eldre profesjonell kunst og kultur der de bor, "
            "også på sykehjemmene. Et eksempel for nordisk utveksling."
        ),
        "body": """\
Kommunene får midler til konserter, forestillinger og utstillinger for eldre. Tilbudene \
lages i samarbeid mellom kultursektoren og helse- og omsorgssektoren. Erfaringene viser at \
faste tilbud over tid gir mest glede og minst ensomhet.
""",
        "tags": [
            "target_group:elderly",
            "art_form:music",
            "art_form:theatre",
            "setting:care-home",
            "outcome:loneliness",
            "outcome:cultural-participation",
        ],
    },
    {
        "key": "sang-demens-nb",
        "network": "skane",
        "language": "nb",
        "kind": "method",
        "evidence": "controlled",
        "published_on": "2025-07-07",
        "title": "Musikkbasert miljøbehandling i demensomsorgen",
        "summary": (
            "En metode der personalet bruker sang og musikk i stell og måltider. En "
            "kontrollert studie fant mindre uro blant beboerne."
        ),
        "body": """\
Personalet på sykehjemmene får opplæring i å synge under morgenstellet og å bruke \
beboernes egne sanger. Sykehjemmene som brukte metoden, rapporterte færre episoder med \
uro enn sammenlignbare sykehjem.
""",
        "tags": [
            "target_group:elderly",
            "target_group:health-staff",
            "art_form:singing",
            "setting:care-home",
            "outcome:quality-of-life",
        ],
    },
    {
        "key": "sang-demens-da",
        "translation_of": "sang-demens-nb",
        "network": "skane",
        "language": "da",
        "kind": "method",
        "evidence": "controlled",
        "published_on": "2025-08-01",
        "title": "Musikbaseret miljøterapi i demensplejen",
        "summary": (
            "En metode, hvor personalet bruger sang og musik i plejen og ved måltiderne. Et "
            "kontrolleret studie fandt mindre uro blandt beboerne."
        ),
        "body": """\
Personalet på plejehjemmene lærer at synge under morgenplejen og at bruge beboernes egne \
sange. Plejehjemmene, der brugte metoden, havde færre episoder med uro.
""",
        "tags": [
            "target_group:elderly",
            "art_form:singing",
            "setting:care-home",
            "outcome:quality-of-life",
        ],
    },
    # --------------------------------------------------------------- Taikusydän (fi, en)
    {
        "key": "kulttuurisote",
        "network": "taikusydan",
        "language": "fi",
        "kind": "recommendation",
        "evidence": "description",
        "published_on": "2023-11-30",
        "title": "Kulttuurisote: taide ja kulttuuri osaksi hyvinvointialueiden palveluja",
        "summary": (
            "Kuuden maakunnan hanke selvitti, miten taide- ja kulttuurilähtöiset "
            "hyvinvointipalvelut kirjataan sote-palveluja ohjaaviin asiakirjoihin."
        ),
        "body": """\
Hankkeen suositukset:

- Kirjatkaa kulttuurinen hyvinvointi hyvinvointialueen strategiaan.
- Nimetkää yhteyshenkilö sekä kunnan kulttuuritoimeen että hyvinvointialueelle.
- Hyödyntäkää taiteilijoiden osaamista sosiaali- ja terveyspalveluissa.
""",
        "tags": ["sector:culture", "sector:health", "sector:social"],
        "organisations": ["taike", "turun-ammattikorkeakoulu"],
    },
    {
        "key": "kulttuurisote-en",
        "translation_of": "kulttuurisote",
        "network": "taikusydan",
        "language": "en",
        "kind": "recommendation",
        "evidence": "description",
        "published_on": "2024-01-15",
        "title": "Kulttuurisote: arts and culture in the wellbeing services counties",
        "summary": (
            "A project of six regions studied how arts-based wellbeing services can be written "
            "into the documents that steer social and health care."
        ),
        "body": """\
Recommendations:

- Write cultural wellbeing into the strategy of the wellbeing services county.
- Name a contact person both in the municipal culture services and in the county.
- Use the skills of artists in social and health services.
""",
        "tags": ["sector:culture", "sector:health", "sector:social"],
        "organisations": ["taike", "turun-ammattikorkeakoulu"],
    },
    {
        "key": "kuorolaulu-tutkimus",
        "network": "taikusydan",
        "language": "fi",
        "kind": "research",
        "evidence": "systematic_review",
        "published_on": "2024-03-18",
        "title": "Kuorolaulu ja ikäihmisten hyvinvointi: järjestelmällinen katsaus",
        "summary": (
            "Katsaus kokoaa tutkimukset kuorolaulun vaikutuksista ikäihmisten "
            "yksinäisyyteen, mielialaan ja elämänlaatuun."
        ),
        "body": """\
Katsaukseen valittiin 24 tutkimusta. Kuoroissa laulaminen vähensi yksinäisyyttä ja paransi \
mielialaa, kun kuorossa käytiin säännöllisesti vähintään kymmenen viikon ajan.
""",
        "tags": [
            "target_group:elderly",
            "art_form:singing",
            "outcome:loneliness",
            "outcome:quality-of-life",
        ],
        "organisations": ["turun-ammattikorkeakoulu"],
    },
    {
        "key": "taiteilija-sairaalassa",
        "network": "taikusydan",
        "language": "fi",
        "kind": "practice",
        "evidence": "description",
        "published_on": "2025-05-06",
        "title": "Taiteilijat sairaalan osastoilla",
        "summary": (
            "Muusikot ja kuvataiteilijat työskentelevät viikoittain sairaalan osastoilla "
            "potilaiden ja henkilökunnan kanssa."
        ),
        "body": """\
Taiteilijoiden työ suunnitellaan yhdessä osastonhoitajan kanssa. Potilaat kertoivat, että \
musiikki rauhoitti ja auttoi jaksamaan sairaalassa.
""",
        "tags": [
            "target_group:hospital-patients",
            "art_form:music",
            "art_form:visual-art",
            "setting:hospital",
        ],
        "organisations": ["pohjois-savon-sairaanhoitopiiri"],
    },
    # --------------------------------------------------------------- Kymenlaakso (fi)
    {
        "key": "kotka-kulttuuri-lahete",
        "programmes": ["kotka-kulttuuria-lahetteella"],
        "network": "kymenlaakso",
        "language": "fi",
        "kind": "evaluation",
        "evidence": "pre_post",
        "published_on": "2025-10-20",
        "title": "Kulttuuria lähetteellä Kotkassa: ensimmäisen vuoden arviointi",
        "summary": (
            "Lähetteellä ohjatut osallistujat kävivät museoissa, konserteissa ja "
            "kirjastossa. Hyvinvointi parani WHO-5-mittarilla mitattuna."
        ),
        "body": """\
Osallistujat ohjattiin terveysasemilta ja työllisyyspalveluista. Ryhmät kokoontuivat \
kymmenen kertaa. Osallistujien mukaan tärkeintä oli ryhmään kuuluminen.
""",
        "tags": [
            "target_group:sick-leave",
            "target_group:unemployed",
            "art_form:museum",
            "art_form:music",
            "setting:library",
            "outcome:wellbeing",
        ],
        "concepts": ["kultur-paa-recept"],
        "organisations": ["kotkan-kaupunki", "xamk"],
    },
    {
        "key": "kymenlaakso-verkosto",
        "network": "kymenlaakso",
        "language": "fi",
        "kind": "news",
        "evidence": "description",
        "published_on": "2025-03-01",
        "visibility": "members",
        "title": "Verkoston kevään tapaaminen: muistio",
        "summary": (
            "Muistio verkoston jäsenille: kevään tapaamisen keskustelut ja sovitut jatkotoimet."
        ),
        "body": "Sovittiin yhteisestä hakemuksesta ja syksyn seminaarista Kouvolassa.",
        "tags": ["sector:culture"],
        "organisations": ["kouvolan-kaupunki", "kymen-kipina-ry"],
    },
    {
        "key": "nuoret-sirkus",
        "network": "kymenlaakso",
        "language": "fi",
        "kind": "practice",
        "evidence": "description",
        "published_on": "2024-08-26",
        "title": "Sirkus nuorten mielen hyvinvoinnin tukena",
        "summary": (
            "Sosiaalinen sirkus tarjoaa nuorille onnistumisen kokemuksia ja uusia "
            "kavereita. Ryhmät kokoontuvat nuorisotiloissa."
        ),
        "body": "Ohjaajina toimivat sirkustaiteilija ja nuoriso-ohjaaja yhdessä.",
        "tags": [
            "target_group:young-people",
            "art_form:circus",
            "outcome:social-participation",
            "setting:community",
        ],
        "organisations": ["kymen-kipina-ry"],
    },
]
