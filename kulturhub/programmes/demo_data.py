"""Demo concepts and programmes for `manage.py seed_demo`: culture on prescription and friends.

Plain data only; kulturhub/programmes/demo.py loads it after the networks, people and activities
(see kulturhub/network/demo_data.py for the organisation slugs and people's e-mails).

Three concepts, each developed in one network and adopted elsewhere, so the concept pages show
their lineage across networks and countries:

- "Kultur på recept" (Midtjylland) – run in Holstebro and Hjørring (DK) and Kotka (FI);
- "Museibesök för äldre" (Skåne) – run as "Museumsvenner" in Gladsaxe (DK) and as
  "Museoystävät" in Turku (FI);
- "Stresskor" (Kulturmetropolen) – run in Aalborg (DK).

Skåne has no municipality among the demo organisations, so no Swedish programme runs (yet).

Every programme is in the language of its network. `staff` is a person working for the owner
municipality and `facilitator` a person of one of the partners; both get a demo login (the
loader creates it if the person has none). `referrers` maps a referral channel to the referring
organisation and, optionally, a person: the referral names that person's account as referrer if
they have a demo login, otherwise just the organisation.

Cohorts are relative to the day the command runs: `first` is the offset in days of the first
session, moved to the programme's weekday (earlier for a past offset, later for a future one);
sessions follow weekly. Who was referred to a cohort:

- `enrolled`: enrolment statuses and how many (completed/dropped_out for a finished cohort,
  active/dropped_out for a running one, active for a future one);
- `closed`: referrals that ended without an enrolment (declined, no_response);
- `pipeline` (future cohorts only): referrals still being handled – intake_done, contacted, and
  `received` as a list of ages in days (older than 14 days means past the answer time).

`profile` decides the fictional participants: which of every ten are women (`women_at`), age
bands, reasons, channels (a cycle over the programme's channels), how they gave consent,
whether every n-th is reached by phone only (`phone_every`) and their languages
(`contact_languages`, default the network's). Names come from NAMES in the contact language;
e-mails and phone numbers are fictional (.demo, and number ranges not given to anyone). Nothing
here may look like a national identity number.

Venues are real public buildings with their public addresses, except those marked fictional.
"""

# ----------------------------------------------------------------------------------- people
# Pools for the fictional participants' names, per contact language.

NAMES = {
    "da": {
        "women": [
            "Birthe",
            "Hanne",
            "Lone",
            "Susanne",
            "Pia",
            "Tove",
            "Jette",
            "Camilla",
            "Sara",
            "Louise",
            "Helle",
            "Dorte",
            "Rikke",
            "Mona",
            "Inge",
            "Bodil",
            "Yasmin",
            "Astrid",
        ],
        "men": [
            "Jens",
            "Peter",
            "Lars",
            "Niels",
            "Michael",
            "Jan",
            "Bent",
            "Erik",
            "Jonas",
            "Ali",
            "Flemming",
            "Poul",
            "Kurt",
            "Frank",
        ],
        "surnames": [
            "Jensen",
            "Nielsen",
            "Hansen",
            "Pedersen",
            "Andersen",
            "Christensen",
            "Larsen",
            "Rasmussen",
            "Jørgensen",
            "Madsen",
            "Olsen",
            "Poulsen",
            "Knudsen",
            "Mortensen",
            "Møller",
            "Kjær",
            "Lauritsen",
            "Østergaard",
            "Bisgaard",
        ],
    },
    "sv": {
        "women": ["Birgitta", "Margareta", "Karin", "Lena", "Ulla", "Anneli", "Sofia", "Eva"],
        "men": ["Lars", "Bengt", "Göran", "Anders", "Sven", "Mikael", "Hassan", "Per"],
        "surnames": [
            "Andersson",
            "Nilsson",
            "Persson",
            "Svensson",
            "Olsson",
            "Jönsson",
            "Lindgren",
            "Håkansson",
        ],
    },
    "fi": {
        "women": [
            "Aino",
            "Marja",
            "Pirjo",
            "Tuula",
            "Sari",
            "Leena",
            "Riitta",
            "Eeva",
            "Kaisa",
            "Sirkka",
            "Paula",
            "Hanna",
        ],
        "men": ["Matti", "Jari", "Timo", "Pekka", "Juha", "Kari", "Esa", "Heikki", "Markku"],
        "surnames": [
            "Korhonen",
            "Mäkinen",
            "Nieminen",
            "Järvinen",
            "Salminen",
            "Lahtinen",
            "Kinnunen",
            "Hiltunen",
            "Savolainen",
            "Rantala",
            "Leppänen",
            "Kivelä",
        ],
    },
}

# Participants' e-mail domains and phone numbers (the latter in ranges not given to anyone:
# Danish 55 55 …, the Swedish numbers PTS reserves for fiction, Finnish 050 555 …).
EMAIL_DOMAINS = {"da": "mail.dk.demo", "sv": "mail.se.demo", "fi": "posti.fi.demo"}
PHONES = {
    "da": "+45 55 55 {hi:02d} {lo:02d}",
    "sv": "070-174 06 {lo:02d}",
    "fi": "+358 50 555 {hi:02d}{lo:02d}",
}

# Notes referrers and participants left with a referral, per kind of programme.
NOTES = {
    "da-stress": [
        "Sygemeldt med stress. Vil gerne starte på et hold om formiddagen.",
        "",
        "Har brug for en rolig start – ringer helst efter kl. 10.",
        "Henvist efter samtale i jobcentret; interesseret i musik og billedkunst.",
        "",
        "Bliver let overvældet i store grupper; vil gerne have en samtale først.",
        "Har selv spillet guitar i mange år, men har ikke rørt den længe.",
    ],
    "da-elderly": [
        "Bor alene og kommer sjældent ud. Har brug for hjælp til transport.",
        "Går med rollator.",
        "",
        "Hører dårligt – gerne plads tæt på formidleren.",
        "Mistede sin mand sidste år; datteren har hjulpet med tilmeldingen.",
        "",
    ],
    "fi-stress": [
        "Sairauslomalla uupumuksen vuoksi. Toivoo aamupäiväryhmää.",
        "",
        "Soita mieluiten iltapäivällä.",
        "Kiinnostunut musiikista ja maalaamisesta.",
        "Jännittää isoja ryhmiä – toivoo ensin lyhyttä puhelua.",
        "",
    ],
    "fi-elderly": [
        "Asuu yksin eikä juuri lähde kotoa. Tarvitsee kuljetuksen.",
        "Liikkuu rollaattorilla.",
        "",
        "Kuulo on heikentynyt – istuu mielellään lähellä opasta.",
        "Tytär auttoi ilmoittautumisessa.",
        "",
    ],
}

# ---------------------------------------------------------------------------------- concepts

CONCEPTS = [
    {
        "slug": "kultur-paa-recept",
        "title": "Kultur på recept",
        "language": "da",
        "origin_network": "midtjylland",
        "origin_organisation": "holstebro-kommune",
        "summary": (
            "Et ti ugers kulturforløb for sygemeldte med stress, angst eller depression: musik, "
            "billedkunst, litteratur og museumsbesøg i en fast gruppe."
        ),
        "description": """\
Kultur på recept er et kulturforløb for borgere, der er sygemeldt med stress, angst eller let \
til moderat depression. Deltagerne mødes i en fast gruppe på højst tolv personer i ti uger og \
oplever musik, billedkunst, litteratur og museer sammen med professionelle kunstnere og \
kulturformidlere.

Konceptet bygger på erfaringerne fra Kulturvitaminer og fra de første danske forløb med \
kultur på recept. Det er beskrevet, så andre kommuner kan tage det op og tilpasse det til \
deres egne kulturinstitutioner.

## Målgruppe

- voksne, der er sygemeldt med stress, angst eller depression
- som ikke er i akut behandling og kan deltage i en gruppe
- henvist af jobcentret, egen læge eller psykiatrien – eller af sig selv

## Forløbet

- **20 aktiviteter på 10 uger:** ti faste gruppegange à to–tre timer og ti egne kulturbesøg, \
som deltagerne vælger på en liste.
- Hver gruppegang har en kunstner eller formidler og en fast tovholder fra kommunen.
- Sidste gang er en *brobygningsgang*: gruppen sammensætter en liste over tilbud, man kan \
fortsætte i bagefter.

## Tre niveauer

Forløbet kan køre som **et selvstændigt forløb**, **knyttet til et eksisterende forløb** – fx \
jobcentrets stresshold – eller **koblet til kommunens øvrige trivselsforløb**.

## Evaluering

Deltagerne svarer på WHO-5 og tre spørgsmål om ensomhed (UCLA) første og sidste gang og igen \
efter tre måneder. Samtykke til evaluering gives for sig og er frivilligt.
""",
        "target_groups": ["sick-leave"],
        "art_forms": ["music", "visual-art", "literature", "museum"],
        "weeks": 10,
        "sessions": 20,
        "group_size": 12,
        "staffing": (
            "En tovholder fra kommunen (ca. otte timer om ugen, mens holdet kører), en kunstner "
            "eller kulturformidler pr. gruppegang og en fast kontaktperson i jobcentret."
        ),
        "partners_needed": (
            "Jobcenter, almen praksis og/eller psykiatri til henvisning; et museum, et bibliotek "
            "og et spillested eller en musikskole; professionelle kunstnere inden for musik, "
            "billedkunst og litteratur."
        ),
        "costs": (
            "Ca. 60.000–80.000 kr. pr. hold til honorarer, entré, transport, materialer og "
            "forplejning. Tovholderens timer kommer oveni."
        ),
        "instruments": ["WHO5", "UCLA3"],
        "time_points": ["baseline", "end", "follow_up_3"],
        "licence": "cc-by-4.0",
    },
    {
        "slug": "museibesok-for-aldre",
        "title": "Museibesök för äldre",
        "language": "sv",
        "origin_network": "skane",
        "origin_organisation": "region-skane",
        "summary": (
            "Åtta guidade museibesök i liten grupp för äldre som känner sig ensamma – med fika, "
            "samtal och skjuts för den som behöver."
        ),
        "description": """\
Museibesök för äldre samlar en liten grupp äldre som känner sig ensamma till åtta guidade \
besök på museer och konsthallar. Varje besök följs av fika och samtal, och samma värd följer \
gruppen hela vägen. Modellen togs fram inom Region Skånes strategi för kultur och hälsa, *Hela \
människan, hela livet*, och är skriven för att kommuner ska kunna ta den vidare.

## Målgrupp

- äldre som bor hemma och känner sig ensamma eller isolerade
- också den som har svårt att ta sig ut på egen hand – skjuts ingår
- anmälan via vårdcentral, hemtjänst, anhöriga eller på egen hand

## Upplägg

- **Åtta besök, ett i veckan**, på cirka två timmar inklusive fika.
- En museipedagog tar emot gruppen och anpassar visningen: sittplatser, tempo och hörslinga.
- Gruppen är högst tio personer, så att alla hinner prata.
- Sista gången får deltagarna tips om öppna visningar, studiecirklar och föreningar att \
fortsätta i.

## Utvärdering

UCLA:s tre frågor om ensamhet och SWEMWBS vid första och sista träffen, om deltagaren samtycker.
""",
        "target_groups": ["elderly", "lonely"],
        "art_forms": ["museum", "visual-art"],
        "weeks": 8,
        "sessions": 8,
        "group_size": 10,
        "staffing": (
            "En samordnare (cirka fyra timmar i veckan), en museipedagog per besök och en värd "
            "– anställd eller volontär – som följer gruppen varje gång."
        ),
        "partners_needed": (
            "Ett eller flera museer, äldreomsorgen eller kommunens träffpunkter, vårdcentraler "
            "som kan tipsa om deltagare och en lösning för skjuts (färdtjänst eller beställd buss)."
        ),
        "costs": (
            "Cirka 25 000–35 000 kr per grupp för museipedagog, entréer, fika och resor. "
            "Samordnarens tid tillkommer."
        ),
        "instruments": ["UCLA3", "SWEMWBS"],
        "time_points": ["baseline", "end", "follow_up_3"],
        "licence": "cc-by-sa-4.0",
    },
    {
        "slug": "stresskor",
        "title": "Stresskor",
        "language": "da",
        "origin_network": "kulturmetropolen",
        "origin_organisation": "ballerup-kommune",
        "summary": (
            "Et kor for mennesker med stress: ti ugers fællessang med vejrtrækning og krop – "
            "uden krav om at kunne synge eller læse noder."
        ),
        "description": """\
Stresskor er et korforløb for voksne med stress eller stresssymptomer. Gennem fællessang, \
vejrtrækning og enkle bevægelser får deltagerne en pause fra tankemylderet og oplever at være \
en del af et fællesskab, hvor ingen skal præstere. Konceptet blev udviklet i Kulturmetropolen \
sammen med kommunernes sundhedscentre.

## Målgruppe

- voksne, der er sygemeldt eller i risiko for sygemelding på grund af stress
- ingen krav om sangerfaring – alle stemmer er velkomne
- henvist af jobcenter, læge eller sundhedscenter eller af sig selv

## Forløbet

- **Ti korprøver på ti uger**, halvanden time hver, sidst på eftermiddagen.
- Hver prøve starter med vejrtrækning og opvarmning og slutter med et roligt stykke.
- Repertoiret er kendte sange og enkle kanons, lært efter gehør.
- Forløbet slutter med en lille koncert for familie og venner – kun for dem, der har lyst.

## Evaluering

WHO-5 ved første og sidste prøve og igen efter tre måneder, for deltagere der samtykker.
""",
        "target_groups": ["sick-leave"],
        "art_forms": ["singing", "music"],
        "weeks": 10,
        "sessions": 10,
        "group_size": 14,
        "staffing": (
            "En korleder med erfaring i sundhedsfremmende sang og en tovholder fra kommunen, "
            "der tager sig af henvisninger, samtaler og kontakt til deltagerne."
        ),
        "partners_needed": (
            "En professionel korleder eller musikformidler, et lokale med klaver, et lokalt kor "
            "eller en sangforening, som deltagerne kan fortsætte i, og henvisere i jobcenter og "
            "sundhedscenter."
        ),
        "costs": (
            "Ca. 35.000–45.000 kr. pr. hold til korlederens honorar, lokaleleje, noder og "
            "forplejning."
        ),
        "instruments": ["WHO5"],
        "time_points": ["baseline", "end", "follow_up_3"],
        "licence": "cc-by-nc-4.0",
    },
]

# -------------------------------------------------------------------------------- programmes

_DA_STRESS_PROFILE = {
    "women_at": (0, 1, 3, 5, 6, 8),  # positions of ten that are women
    "age_bands": ["30-44", "45-64", "30-44", "18-29", "45-64", "45-64", "30-44"],
    "reasons": ["stress", "anxiety", "stress", "depression", "stress", "", "anxiety"],
    "phone_every": 0,
    "consent_how": ["digital", "paper"],
}
_ELDERLY_PROFILE = {
    "women_at": (0, 1, 2, 4, 5, 7, 8),
    "age_bands": ["65-79", "80+", "65-79", "65-79", "80+"],
    "reasons": ["loneliness", "loneliness", "illness", "loneliness", "other", ""],
    "phone_every": 2,  # every second participant is reached by phone only
    "consent_how": ["paper"],
}

PROGRAMMES = [
    # --- Midtjylland: where Kultur på recept comes from ----------------------------------
    {
        "slug": "holstebro-kultur-paa-recept",
        "code": "HOL-KPR",
        "network": "midtjylland",
        "owner": "holstebro-kommune",
        "concept": "kultur-paa-recept",
        "title": "Kultur på recept i Holstebro",
        "summary": (
            "Ti ugers kulturforløb for sygemeldte med stress, angst eller depression – på "
            "Holstebro Kunstmuseum og i byens kulturliv."
        ),
        "description": """\
Holstebro Kommune har kørt Kultur på recept siden netværkets første forsøg. Holdet mødes \
tirsdag formiddag på Holstebro Kunstmuseum og tager derfra ud i byens kulturliv: til \
koncerter, på biblioteket og i musikskolen.

## Sådan foregår det

- ti gruppegange på to og en halv time, tirsdag kl. 10–12.30
- ti egne kulturbesøg mellem gangene – billetter og buskort er betalt
- en musikterapeut fra regionspsykiatrien og kunstnere fra byen leder gangene
- en tovholder fra kommunen er med hver gang og holder kontakten til jobcentret

## Hvem kan henvises?

Borgere i Holstebro Kommune, der er sygemeldt med stress, angst eller let til moderat \
depression. Jobcentret, egen læge og psykiatrien kan henvise – og du kan selv melde dig.

Forløbet er gratis. Vi svarer på alle henvisninger inden for ti arbejdsdage.
""",
        "partners": ["psykiatrien-region-midtjylland", "aarhus-universitet"],
        "target_groups": ["sick-leave"],
        "art_forms": ["music", "visual-art", "literature", "museum"],
        "languages": ["da"],
        "level": "separate",
        "delivery": "in_person",
        "venue": "Holstebro Kunstmuseum",
        "address": "Museumsvej 2, 7500 Holstebro",
        "accessibility": (
            "Niveaufri adgang og elevator til alle sale. Handicaptoilet i stueetagen. "
            "Teleslynge i foredragssalen. Der er stole med i alle udstillinger."
        ),
        "channels": ["job_centre", "gp", "psychiatry", "self"],
        "contact_phone": "+45 55 55 10 01",
        "status": "running",
        "staff": "mette.bruun@holstebro.demo",
        "facilitator": "charlotte.friis@ps.rm.demo",
        "referrers": {
            "job_centre": {"organisation": "holstebro-kommune"},
            "psychiatry": {
                "organisation": "psykiatrien-region-midtjylland",
                "person": "charlotte.friis@ps.rm.demo",
            },
        },
        "weekday": 1,  # Tuesday
        "start": "10:00",
        "minutes": 150,
        "consent_text": "KPR-2026-1",
        "profile": {
            **_DA_STRESS_PROFILE,
            "channels": ["job_centre", "gp", "job_centre", "psychiatry", "self", "gp"],
        },
        "notes": "da-stress",
        "session_titles": [
            "Velkommen – hvad gør kultur ved os?",
            "Musik: lyt og mærk efter",
            "Billedkunst: farver og former",
            "Rundvisning på Holstebro Kunstmuseum",
            "Litteratur: en novelle læst højt",
            "Sang og stemme",
            "Kunst i naturen",
            "Skriveværksted",
            "Koncert i musikskolen",
            "Brobygning: hvad nu?",
        ],
        "cohorts": [
            {
                "name": "Hold 1",
                "first": -123,
                "sessions": 10,
                "capacity": 12,
                "enrolled": {"completed": 9, "dropped_out": 2},
                "closed": {"declined": 2, "no_response": 1},
                "bridge": True,
            },
            {
                "name": "Hold 2",
                "first": -30,
                "sessions": 10,
                "capacity": 12,
                "enrolled": {"active": 10, "dropped_out": 1},
                "closed": {"declined": 1},
                "bridge": True,
            },
            {
                "name": "Hold 3",
                "first": 24,
                "sessions": 10,
                "capacity": 12,
                "enrolled": {"active": 4},
                "closed": {"declined": 1, "no_response": 1},
                "pipeline": {"intake_done": 2, "contacted": 2, "received": [21, 2]},
            },
        ],
        "bridge": [
            {
                "kind": "culture_card",
                "title": "Kulturkortet",
                "description": (
                    "Giver halv pris på entré og billetter hos kommunens kulturinstitutioner i "
                    "et halvt år efter forløbet."
                ),
                "where": "Hentes på Holstebro Bibliotek",
                "when": "Gælder et halvt år fra sidste gang",
            },
            {
                "kind": "activity",
                "title": "Læsekreds på biblioteket",
                "description": (
                    "En lille læsegruppe, hvor en læseguide læser en novelle eller et digt højt, "
                    "og gruppen taler om teksten bagefter. Ingen forberedelse."
                ),
                "where": "Holstebro Bibliotek",
                "when": "Hver anden mandag kl. 14–15.30",
            },
            {
                "kind": "voucher",
                "title": "Fri entré på Holstebro Kunstmuseum",
                "description": "Et årskort til museet til alle, der har gennemført forløbet.",
                "where": "Holstebro Kunstmuseum",
                "when": "Et år fra forløbets sidste gang",
            },
            {
                "kind": "association",
                "title": "Begynderkoret i musikskolen",
                "description": "Et kor for voksne uden sangerfaring. Første prøve er gratis.",
                "where": "Holstebro Musikskole",
                "when": "Torsdage kl. 19–20.30",
            },
        ],
    },
    # --- Nordjylland -----------------------------------------------------------------------
    {
        "slug": "hjorring-kultur-paa-recept",
        "code": "HJO-KPR",
        "network": "nordjylland",
        "owner": "hjorring-kommune",
        "concept": "kultur-paa-recept",
        "title": "Kultur på recept Hjørring",
        "summary": (
            "Kultur på recept knyttet til jobcentrets stresshold: ti uger med sang, billedkunst "
            "og fortælling for sygemeldte."
        ),
        "description": """\
Hjørring Kommune har taget Kultur på recept op fra netværket i Midtjylland og knyttet det til \
jobcentrets stresshold. Deltagerne går på stressholdet om formiddagen og på kulturholdet om \
eftermiddagen samme dag – så bliver det én samlet uge-rytme.

## Indhold

- fællessang med Sangforeningen Fællesklang
- billedkunst med en professionel kunstner fra Kunstforeningen Nordlys
- fortælling og højtlæsning
- egne kulturbesøg med kulturkortet

Enkelte gange foregår online, så man kan være med hjemmefra en dårlig dag.

Jobcentret og egen læge kan henvise, og du kan melde dig selv. Forløbet er gratis.
""",
        "partners": [
            "sangforeningen-faellesklang",
            "kunstforeningen-nordlys",
            "atelier-maja-fog",
        ],
        "target_groups": ["sick-leave", "unemployed"],
        "art_forms": ["singing", "visual-art", "literature"],
        "languages": ["da"],
        "level": "attached",
        "delivery": "hybrid",
        "venue": "Medborgerhuset Fællesklang",  # fictional
        "address": "Sangervej 4, 9800 Hjørring",  # fictional
        "accessibility": (
            "Alt foregår i stueplan, og der er handicapparkering ved indgangen. De online gange "
            "foregår i et videomøde med undertekster."
        ),
        "channels": ["job_centre", "gp", "self"],
        "status": "running",
        "staff": "henrik.thomsen@hjorring.demo",
        "facilitator": "lene.kirk@faellesklang.demo",
        "referrers": {"job_centre": {"organisation": "hjorring-kommune"}},
        "weekday": 2,  # Wednesday
        "start": "13:00",
        "minutes": 150,
        "consent_text": "KPR-HJ-2026-1",
        "profile": {
            **_DA_STRESS_PROFILE,
            "channels": ["job_centre", "job_centre", "gp", "self", "job_centre"],
        },
        "notes": "da-stress",
        "session_titles": [
            "Velkommen og første fællessang",
            "Billedkunst: at tegne det, man ser",
            "Fortælling: historier fra Vendsyssel",
            "Sang og vejrtrækning",
            "Online: musik at lytte til derhjemme",
            "Billedkunst: collage",
            "Besøg i Kunstforeningen Nordlys",
            "Højtlæsning og samtale",
            "Vi synger sammen med Fællesklang",
            "Brobygning: hvad nu?",
        ],
        "cohorts": [
            {
                "name": "Hold 1",
                "first": -125,
                "sessions": 10,
                "capacity": 12,
                "enrolled": {"completed": 8, "dropped_out": 2},
                "closed": {"declined": 1, "no_response": 1},
                "bridge": True,
            },
            {
                "name": "Hold 2",
                "first": -32,
                "sessions": 10,
                "capacity": 12,
                "enrolled": {"active": 9, "dropped_out": 1},
                "closed": {"declined": 1},
                "bridge": True,
            },
            {
                "name": "Hold 3",
                "first": 26,
                "sessions": 10,
                "capacity": 12,
                "enrolled": {"active": 3},
                "closed": {"no_response": 1},
                "pipeline": {"intake_done": 1, "contacted": 2, "received": [4]},
            },
        ],
        "bridge": [
            {
                "kind": "association",
                "title": "Åben fællessang med Sangforeningen Fællesklang",
                "description": "Alle kan være med – man behøver ikke melde sig til.",
                "where": "Medborgerhuset Fællesklang",
                "when": "Tirsdage kl. 19–20.30",
            },
            {
                "kind": "association",
                "title": "Kunstforeningen Nordlys",
                "description": (
                    "Udstillinger, foredrag og et åbent værksted. Nedsat kontingent det første år."
                ),
                "where": "Frederikshavn",
                "when": "Værkstedet er åbent lørdag formiddag",
            },
            {
                "kind": "culture_card",
                "title": "Kulturkortet",
                "description": "Halv pris på entré og billetter i kommunens kulturtilbud.",
                "where": "Hentes i Borgerservice",
                "when": "Et halvt år",
            },
        ],
    },
    {
        "slug": "aalborg-stresskor",
        "code": "AAL-KOR",
        "network": "nordjylland",
        "owner": "aalborg-kommune",
        "concept": "stresskor",
        "title": "Stresskoret i Aalborg",
        "summary": (
            "Ti ugers korforløb for voksne med stress – fællessang, vejrtrækning og et roligt "
            "fællesskab på Nordkraft."
        ),
        "description": """\
Aalborg Kommune har hentet Stresskor fra Kulturmetropolen og kobler det til kommunens øvrige \
trivselsforløb for sygemeldte. Koret øver onsdag eftermiddag på Nordkraft med musiker og \
musikformidler Anders Birk.

## Det får du

- ti korprøver à halvanden time med opvarmning, vejrtrækning og kendte sange
- ingen krav om sangerfaring eller noder
- en lille afslutningskoncert for dem, der har lyst
- en samtale før start og en opfølgning efter tre måneder

Jobcentret, din læge eller psykiatrien kan henvise dig – eller du kan melde dig selv.
""",
        "partners": ["anders-birk-musik", "nordjysk-center-for-kultur-og-sundhed"],
        "target_groups": ["sick-leave"],
        "art_forms": ["singing", "music"],
        "languages": ["da", "en"],
        "level": "wellbeing",
        "delivery": "in_person",
        "venue": "Nordkraft",
        "address": "Kjellerups Torv 5, 9000 Aalborg",
        "accessibility": (
            "Elevator og handicaptoilet. Lokalet ligger på første sal; sig til, hvis du har brug "
            "for en stol tæt på døren."
        ),
        "channels": ["job_centre", "gp", "psychiatry", "self"],
        "status": "running",
        "staff": "birgitte.vestergaard@aalborg.demo",
        "facilitator": "anders@andersbirk.demo",
        "referrers": {
            "job_centre": {"organisation": "aalborg-kommune"},
            "psychiatry": {
                "organisation": "aalborg-universitetshospital",
                "person": "thomas.krogh@aalborguh.demo",
            },
        },
        "weekday": 2,  # Wednesday
        "start": "16:30",
        "minutes": 90,
        "consent_text": "STRESSKOR-AAL-2026-1",
        "profile": {
            **_DA_STRESS_PROFILE,
            "channels": ["gp", "job_centre", "self", "psychiatry", "job_centre", "self"],
        },
        "notes": "da-stress",
        "session_titles": [
            "Første korprøve: vejrtrækning og stemme",
            "Kanon og runde",
            "Sange, vi kender",
            "Kroppen som instrument",
            "Stemmer i harmoni",
            "Sang i stilhed: det rolige stykke",
            "Vi lærer en ny sang efter gehør",
            "Sang og bevægelse",
            "Generalprøve",
            "Afslutningskoncert for familie og venner",
        ],
        "cohorts": [
            {
                "name": "Hold 1",
                "first": -124,
                "sessions": 10,
                "capacity": 14,
                "enrolled": {"completed": 11, "dropped_out": 2},
                "closed": {"declined": 1},
                "bridge": True,
            },
            {
                "name": "Hold 2",
                "first": -31,
                "sessions": 10,
                "capacity": 14,
                "enrolled": {"active": 12, "dropped_out": 1},
                "closed": {"declined": 1, "no_response": 1},
                "bridge": True,
            },
            {
                "name": "Hold 3",
                "first": 25,
                "sessions": 10,
                "capacity": 14,
                "enrolled": {"active": 5},
                "closed": {"declined": 1},
                "pipeline": {"intake_done": 2, "contacted": 1, "received": [3, 1]},
            },
        ],
        "bridge": [
            {
                "kind": "association",
                "title": "Sangforeningen Fællesklang",
                "description": "En rummelig sangforening, der tager imod nye hele året.",
                "where": "Hjørring og Aalborg",
                "when": "Ugentlige øveaftener",
            },
            {
                "kind": "activity",
                "title": "Fællessang på Nordkraft",
                "description": (
                    "Åben fællessang med skiftende forsangere. Gratis og uden tilmelding."
                ),
                "where": "Nordkraft",
                "when": "Første torsdag i måneden kl. 17",
            },
            {
                "kind": "culture_card",
                "title": "Kulturkortet",
                "description": "Halv pris på koncerter og entré i et halvt år efter forløbet.",
                "where": "Hentes hos tovholderen",
                "when": "Et halvt år",
            },
        ],
    },
    # --- Kulturmetropolen: museum visits from Skåne ----------------------------------------
    {
        "slug": "gladsaxe-museumsvenner",
        "code": "GLA-MUS",
        "network": "kulturmetropolen",
        "owner": "gladsaxe-kommune",
        "concept": "museibesok-for-aldre",
        "title": "Museumsvenner i Gladsaxe",
        "summary": (
            "Otte museumsbesøg for ældre, der føler sig ensomme – med kaffe, samtale og bus fra "
            "Gladsaxe Rådhus."
        ),
        "description": """\
Museumsvenner bygger på Region Skånes model *Museibesök för äldre*. Gladsaxe Kommune har \
knyttet forløbet til kommunens aktivitetscentre, så deltagerne også får et sted at mødes, \
når de otte besøg er slut.

## Sådan foregår det

- otte torsdage, hvor en lille bus kører fra Gladsaxe Rådhus kl. 10
- en museumsformidler tager imod gruppen og tilpasser rundvisningen
- kaffe og kage bagefter – og bussen kører hjem igen kl. 13
- billedkunstner Karoline Vang er med og tegner og taler med gruppen

Alle ældre i Gladsaxe, der føler sig ensomme, kan være med. Du kan melde dig selv, eller \
din læge, hjemmeplejen eller hospitalet kan henvise dig.
""",
        "partners": ["karoline-vang-billedkunst", "laeseforeningen"],
        "target_groups": ["elderly", "lonely"],
        "art_forms": ["museum", "visual-art"],
        "languages": ["da"],
        "level": "attached",
        "delivery": "in_person",
        "venue": "Gladsaxe Rådhus (afgang med bus)",
        "address": "Rådhus Allé 7, 2860 Søborg",
        "accessibility": (
            "Bussen har lift til kørestol og rollator. Alle museer har elevator, og der er "
            "klapstole med på rundvisningerne. Sig til, hvis du har brug for teleslynge."
        ),
        "channels": ["self", "gp", "hospital"],
        "status": "running",
        "staff": "mads.holst@gladsaxe.demo",
        "facilitator": "karoline@karolinevang.demo",
        "referrers": {},
        "weekday": 3,  # Thursday
        "start": "10:00",
        "minutes": 180,
        "consent_text": "MUS-GLA-2026-1",
        "profile": {**_ELDERLY_PROFILE, "channels": ["self", "gp", "self", "hospital", "self"]},
        "notes": "da-elderly",
        "session_titles": [
            "Velkommen – kaffe og kunstkort på Gladsaxe Rådhus",
            "ARKEN Museum for Moderne Kunst",
            "Nationalmuseet: hverdagsliv gennem tiden",
            "Designmuseum Danmark",
            "Statens Museum for Kunst: de danske guldaldermalere",
            "Thorvaldsens Museum",
            "Gladsaxe Byarkiv: billeder fra vores by",
            "Afslutning: hvad vil vi se næste gang?",
        ],
        "cohorts": [
            {
                "name": "Hold 1",
                "first": -109,
                "sessions": 8,
                "capacity": 10,
                "enrolled": {"completed": 9, "dropped_out": 1},
                "closed": {"declined": 1},
                "bridge": True,
            },
            {
                "name": "Hold 2",
                "first": -30,
                "sessions": 8,
                "capacity": 10,
                "enrolled": {"active": 9},
                "closed": {"no_response": 1},
                "bridge": True,
            },
            {
                "name": "Hold 3",
                "first": 23,
                "sessions": 8,
                "capacity": 10,
                "enrolled": {"active": 6},
                "closed": {"declined": 1},
                "pipeline": {"intake_done": 1, "contacted": 1, "received": [2]},
            },
        ],
        "bridge": [
            {
                "kind": "culture_card",
                "title": "Gratis museumsentré med kulturkortet",
                "description": (
                    "Kulturkortet giver fri entré på en række museer i hovedstadsområdet det "
                    "første år efter forløbet."
                ),
                "where": "Hentes på Gladsaxe Hovedbibliotek",
                "when": "Et år",
            },
            {
                "kind": "activity",
                "title": "Læsegruppe for seniorer",
                "description": (
                    "Læseforeningens læseguide læser højt, og gruppen taler om teksten over "
                    "en kop kaffe."
                ),
                "where": "Gladsaxe Hovedbibliotek",
                "when": "Onsdage kl. 10–11.30",
            },
            {
                "kind": "association",
                "title": "Seniorkoret i aktivitetscentret",
                "description": "Et glad kor for seniorer; der er altid plads til flere.",
                "where": "Aktivitetscentret",
                "when": "Mandage kl. 13–14.30",
            },
            {
                "kind": "other",
                "title": "Museumsvenner mødes selv",
                "description": (
                    "Flere hold fortsætter på egen hånd. Tovholderen hjælper med at finde et "
                    "fast mødested og en dato hver måned."
                ),
                "where": "Aktivitetscentret",
                "when": "Efter aftale",
            },
        ],
    },
    # --- Kymenlaakso: Kultur på recept in Finland ------------------------------------------
    {
        "slug": "kotka-kulttuuria-lahetteella",
        "code": "KOT-KPR",
        "network": "kymenlaakso",
        "owner": "kotkan-kaupunki",
        "concept": "kultur-paa-recept",
        "title": "Kulttuuria lähetteellä Kotkassa",
        "summary": (
            "Kymmenen viikon kulttuuriryhmä sairauslomalla oleville: musiikkia, kuvataidetta, "
            "lukemista ja museokäyntejä pienessä ryhmässä."
        ),
        "description": """\
Kotkan kaupunki kokeilee tanskalaista Kultur på recept -mallia. Ryhmä kokoontuu kerran \
viikossa kymmenen viikon ajan Merikeskus Vellamossa ja kaupungin muissa kulttuurikohteissa. \
Ohjaajina ovat kuvataiteilija Noora Aalto ja musiikkiterapeutti Kalle Hämäläinen.

## Kenelle

- työikäisille, jotka ovat sairauslomalla stressin, ahdistuksen tai masennuksen vuoksi
- lähetteen voi tehdä terveysasema tai työllisyyspalvelut – voit myös ilmoittautua itse

## Mitä teemme

- kymmenen ryhmäkertaa, kukin kaksi ja puoli tuntia
- omia kulttuurikäyntejä ryhmäkertojen välissä; liput ja bussimatkat on maksettu
- viimeisellä kerralla kootaan yhdessä lista harrastuksista, joita voi jatkaa ryhmän jälkeen

Osallistuminen on maksutonta. Hyvinvointia seurataan WHO-5-kyselyllä ja kolmella \
yksinäisyyttä koskevalla kysymyksellä, jos annat siihen luvan. Ensimmäinen ryhmä oli \
pilotti; seuraava ryhmä alkaa pian, ja siihen otetaan nyt ilmoittautumisia.
""",
        "partners": ["noora-aalto-kuvataide", "kalle-hamalainen-musiikki", "kymen-kipina-ry"],
        "target_groups": ["sick-leave"],
        "art_forms": ["music", "visual-art", "literature", "museum"],
        "languages": ["fi", "sv"],
        "level": "wellbeing",
        "delivery": "in_person",
        "venue": "Merikeskus Vellamo",
        "address": "Tornatorintie 99, 48100 Kotka",
        "accessibility": (
            "Esteetön sisäänkäynti, hissi ja esteetön wc. Induktiosilmukka auditoriossa. "
            "Kerro etukäteen, jos tarvitset avustajaa – avustaja pääsee mukaan maksutta."
        ),
        "channels": ["gp", "job_centre", "self"],
        "status": "recruiting",
        "staff": "minna.koskinen@kotka.demo",
        "facilitator": "noora@nooraaalto.demo",
        "referrers": {"gp": {"organisation": "carea", "person": "ville.hakala@carea.demo"}},
        "weekday": 0,  # Monday
        "start": "12:30",
        "minutes": 150,
        "consent_text": "KPR-KOT-2026-1",
        "profile": {
            **_DA_STRESS_PROFILE,
            "channels": ["gp", "gp", "self", "job_centre", "gp"],
            "contact_languages": ["fi", "fi", "fi", "sv"],
        },
        "notes": "fi-stress",
        "session_titles": [
            "Tervetuloa – mitä kulttuuri tekee meille?",
            "Musiikin kuuntelu ja rentoutuminen",
            "Maalaus: värit ja tunteet",
            "Merikeskus Vellamo: opastettu kierros",
            "Lukupiiri: novelli ääneen",
            "Laulu ja hengitys",
            "Kuvataidetyöpaja luonnossa",
            "Kirjoittamisen työpaja",
            "Konserttikäynti",
            "Mitä seuraavaksi? Yhteinen jatkolista",
        ],
        "cohorts": [
            {
                "name": "Pilottiryhmä",
                "first": -123,
                "sessions": 10,
                "capacity": 10,
                "enrolled": {"completed": 8, "dropped_out": 1},
                "closed": {"declined": 1, "no_response": 1},
                "bridge": True,
            },
            {
                "name": "Ryhmä 2",
                "first": 28,
                "sessions": 10,
                "capacity": 12,
                "enrolled": {"active": 3},
                "closed": {"declined": 1},
                "pipeline": {"intake_done": 2, "contacted": 2, "received": [17, 3]},
            },
        ],
        "bridge": [
            {
                "kind": "culture_card",
                "title": "Museokortti",
                "description": (
                    "Kaupunki tarjoaa pilottiryhmän osallistujille museokortin, jolla pääsee "
                    "sadoille museoille koko vuoden."
                ),
                "where": "Haetaan Kotkan pääkirjastosta",
                "when": "Voimassa vuoden",
            },
            {
                "kind": "association",
                "title": "Kymen Kipinä ry:n avoin maalausryhmä",
                "description": "Matalan kynnyksen maalausryhmä; välineet löytyvät paikan päältä.",
                "where": "Kotka",
                "when": "Torstaisin klo 17–19",
            },
            {
                "kind": "activity",
                "title": "Lukupiiri kirjastossa",
                "description": "Luetaan yhdessä ääneen ja jutellaan. Ei ennakkovalmisteluja.",
                "where": "Kotkan pääkirjasto",
                "when": "Joka toinen tiistai klo 14",
            },
        ],
    },
    # --- Taikusydän: museum visits in Turku, a finished pilot -------------------------------
    {
        "slug": "turku-museoystavat",
        "code": "TUR-MUS",
        "network": "taikusydan",
        "owner": "turun-kaupungin-hyvinvointitoimiala",
        "concept": "museibesok-for-aldre",
        "title": "Museoystävät – museokäyntejä ikäihmisille",
        "summary": (
            "Kahdeksan opastettua museokäyntiä yksinäisyyttä kokeville ikäihmisille – kahvit, "
            "keskustelu ja kuljetus kuuluvat mukaan."
        ),
        "description": """\
Turun kaupungin hyvinvointitoimiala kokeili Skånen *Museibesök för äldre* -mallia kahdella \
ryhmällä. Ryhmät kävivät kahdeksan kertaa Turun museoissa museopedagogin kanssa, ja jokainen \
käynti päättyi kahveihin ja keskusteluun.

## Kokeilun tuloksia

- osallistujat kertoivat yksinäisyyden tunteen vähentyneen
- moni jatkoi museokäyntejä ryhmän kanssa omatoimisesti
- kotihoito ja palvelutalot toivovat mallista pysyvää toimintaa

Kokeilu on päättynyt. Kokemukset ja arvioinnin tulokset jaetaan Taikusydämen verkostossa, ja \
mallin jatkosta päätetään seuraavan talousarvion yhteydessä. Ryhmissä puhuttiin suomea ja \
ruotsia.
""",
        "partners": ["turun-ammattikorkeakoulu"],
        "target_groups": ["elderly", "lonely"],
        "art_forms": ["museum", "visual-art"],
        "languages": ["fi", "sv"],
        "level": "separate",
        "delivery": "in_person",
        "venue": "Turun taidemuseo",
        "address": "Aurakatu 26, 20100 Turku",
        "accessibility": (
            "Kuljetus kotoa ja takaisin. Museoissa on hissit ja esteettömät wc:t; "
            "opastuksilla on mukana kevyet tuolit."
        ),
        "channels": ["self", "gp"],
        "status": "completed",
        "staff": "heidi.lehtonen@turku.demo",
        "facilitator": "mikko.heikkinen@turkuamk.demo",
        "referrers": {},
        "weekday": 1,  # Tuesday
        "start": "11:00",
        "minutes": 120,
        "consent_text": "MUS-TUR-2025-2",
        "profile": {
            **_ELDERLY_PROFILE,
            "channels": ["self", "gp", "self"],
            "contact_languages": ["fi", "fi", "sv"],
        },
        "notes": "fi-elderly",
        "session_titles": [
            "Tutustuminen ja kahvit",
            "Turun taidemuseo: suomalaisia maisemia",
            "Aboa Vetus & Ars Nova",
            "Turun linna",
            "Luostarinmäen käsityöläismuseo",
            "Sibelius-museo",
            "Forum Marinum",
            "Päätöskerta: mitä seuraavaksi?",
        ],
        "cohorts": [
            {
                "name": "Ryhmä 1",
                "first": -250,
                "sessions": 8,
                "capacity": 10,
                "enrolled": {"completed": 9},
                "closed": {"declined": 1},
                "bridge": True,
            },
            {
                "name": "Ryhmä 2",
                "first": -109,
                "sessions": 8,
                "capacity": 10,
                "enrolled": {"completed": 8, "dropped_out": 1},
                "closed": {"no_response": 1},
                "bridge": True,
            },
        ],
        "bridge": [
            {
                "kind": "culture_card",
                "title": "Museokortti",
                "description": "Museokortilla pääsee Turun museoihin koko vuoden.",
                "where": "Turun museokeskus",
                "when": "Voimassa vuoden",
            },
            {
                "kind": "activity",
                "title": "Palvelutalon taidepiiri",
                "description": "Viikoittainen taidepiiri, johon ovat tervetulleita myös naapurit.",
                "where": "Palvelutalojen yhteistilat",
                "when": "Keskiviikkoisin klo 13",
            },
            {
                "kind": "association",
                "title": "Ikäihmisten kuoro",
                "description": "Kaksikielinen kuoro, johon mahtuu uusia laulajia.",
                "where": "Turun pääkirjasto",
                "when": "Perjantaisin klo 10",
            },
        ],
    },
]
