"""Demo activities for `manage.py seed_demo`: a year of activities for the six demo networks.

Plain data only; kulturhub/activities/demo.py loads it after the networks, people and groups
of kulturhub/network/demo_data.py.

Dates are relative to the day the command runs, so the demo always has past and upcoming
activities: `day` is the offset in days from today (negative = past), `start` the local start
time in the network's time zone and `minutes` the duration. A date that falls on a weekend or
in the Christmas holidays (22 December – 2 January) is moved to the working day before (past
activities) or after (upcoming ones). Offsets are never -1, 0 or 1, so an activity is clearly
past or upcoming whenever the command runs. Titles and texts avoid seasons and years, as the
dates move.

Every activity is in the language and time zone of its network. Optional keys and their
defaults: series (None), venue/address (""), online_link (a meet.kulturhub.demo address made
from the slug, for online and hybrid activities), audience ("open"), capacity (None = no
limit), waitlist (True), promotion ("automatic"), offer_hours (24), deadline_days (None: the
registration closes at the start), organisers ([] – people's e-mails), groups ([] – names of
the network's groups), registrations ({}), materials ([]).

`registrations` describes the demo registrations:
- members: how many registrants come from the network (its people, then the colleagues in
  GUESTS), outsiders: how many from GUESTS[network]["outsiders"] – only for open activities;
  or who: an explicit list of e-mails (people or guests);
- waitlisted: the last ones in the queue are on the waiting list (only when the activity is
  full); cancelled: registrations that were cancelled; no_show: past activities only – of the
  participants, these did not come, the others attended.

Venues are real public buildings with their public addresses, except those marked fictional.
All registrants and their e-mail addresses are fictional.
"""

# -------------------------------------------------------------------------------- series

SERIES = [
    {
        "network": "skane",
        "title": "Lunchföreläsningar om kultur och hälsa",
        "description": "Korta digitala lunchföreläsningar där forskare, vårdpersonal och "
        "kulturaktörer delar med sig av kunskap och erfarenheter om kultur och hälsa. "
        "Öppna för alla – ta med din lunch!",
    },
]

# ---------------------------------------------------------------------- registrants' notes
# Given to some registrants of upcoming activities (dietary notes only where there is food).

NOTES = {
    "da": {
        "dietary": ["Vegetar", "Glutenfri", "Laktosefri", "Vegansk", "Spiser ikke svinekød"],
        "access": [
            "Kørestol – niveaufri adgang",
            "Teleslynge, tak",
            "Kommer med hjælper",
            "Nedsat syn – vil gerne sidde tæt på scenen",
        ],
        "online": ["Har brug for undertekster"],
    },
    "sv": {
        "dietary": ["Vegetarisk", "Glutenfri", "Laktosfri", "Vegansk", "Nötallergi"],
        "access": [
            "Rullstol – behöver hiss och tillgänglig toalett",
            "Hörslinga, tack",
            "Ledsagare följer med",
            "Synnedsättning – vill sitta nära scenen",
        ],
        "online": ["Behöver textning"],
    },
    "fi": {
        "dietary": ["Kasvisruoka", "Gluteeniton", "Laktoositon", "Vegaaninen", "Pähkinäallergia"],
        "access": [
            "Pyörätuoli – esteetön kulku",
            "Induktiosilmukka, kiitos",
            "Avustaja tulee mukaan",
            "Heikkonäköinen – istumapaikka lähellä esiintyjiä",
        ],
        "online": ["Tarvitsen tekstityksen"],
    },
}

# -------------------------------------------------------------------------------- guests
# Registrants who are not in the directory: colleagues at the network's member organisations
# (they register for members-only activities too) and outsiders (open activities only).
# Entries are (name, e-mail, organisation), or the e-mail of a person in network/demo_data.py.

GUESTS = {
    "midtjylland": {
        "colleagues": [
            ("Lene Sloth", "lene.sloth@holstebro.demo", "Holstebro Kommune"),
            ("Bo Damgaard", "bo.damgaard@aarhus.demo", "Aarhus Kommune"),
            ("Camilla Juhl", "camilla.juhl@aarhus.demo", "Aarhus Kommune"),
            ("Torben Riis", "torben.riis@herning.demo", "Herning Kommune"),
            ("Sidsel Bach", "sidsel.bach@randers.demo", "Randers Kommune"),
            ("Nikolaj Frost", "nikolaj.frost@silkeborg.demo", "Silkeborg Kommune"),
            ("Hanne Toft", "hanne.toft@viborg.demo", "Viborg Kommune"),
            ("Jesper Krog", "jesper.krog@horsens.demo", "Horsens Kommune"),
            ("Marianne Holm", "marianne.holm@skive.demo", "Skive Kommune"),
            ("Rikke Bundgaard", "rikke.bundgaard@struer.demo", "Struer Kommune"),
            ("Allan Vestergaard", "allan.vestergaard@rksk.demo", "Ringkøbing-Skjern Kommune"),
            ("Dorthe Ravn", "dorthe.ravn@ps.rm.demo", "Psykiatrien i Region Midtjylland"),
            ("Emil Thorsen", "emil.thorsen@au.demo", "Aarhus Universitet"),
        ],
        "outsiders": [
            ("Louise Bach", "louise.bach@skanderborg.demo", "Skanderborg Kommune"),
            ("Niels Gravesen", "niels.gravesen@syddjurs.demo", "Syddjurs Kommune"),
            ("Maria Kjeldsen", "maria.kjeldsen@vejle.demo", "Vejle Kommune"),
            ("Søren Møller", "soren.moller@odense.demo", "Odense Kommune"),
            ("Anne Grønbæk", "anne@annegronbaek.demo", "Anne Grønbæk Musik"),
            ("Thomas Bisgaard", "thomas.bisgaard@esbjerg.demo", "Esbjerg Kommune"),
            ("Ditte Ahmadi", "ditte.ahmadi@via.demo", "VIA University College"),
            ("Kirsten Lund", "kirsten.lund@favrskov.demo", "Favrskov Kommune"),
        ],
    },
    "nordjylland": {
        "colleagues": [
            ("Mette Lykkegaard", "mette.lykkegaard@rn.demo", "Region Nordjylland"),
            (
                "Kim Vestergaard",
                "kim.vestergaard@ncks.demo",
                "Nordjysk Center for Kultur og Sundhed",
            ),
            ("Susanne Holm", "susanne.holm@aalborguh.demo", "Aalborg Universitetshospital"),
            ("Jacob Winther", "jacob.winther@aalborg.demo", "Aalborg Kommune"),
            ("Pia Kristiansen", "pia.kristiansen@hjorring.demo", "Hjørring Kommune"),
            ("Martin Lund", "martin.lund@frederikshavn.demo", "Frederikshavn Kommune"),
            ("Anna Præstgaard", "anna.praestgaard@thisted.demo", "Thisted Kommune"),
            ("Ruth Nordlys", "ruth@nordlys.demo", "Kunstforeningen Nordlys"),
        ],
        "outsiders": [
            ("Sara Winther", "sara@sarawinther.demo", "Sara Winther Scenekunst"),
            ("Jonas Kragh", "jonas@kraghfoto.demo", "Kragh Fotografi"),
            ("Bente Kjeldsen", "bente@teaterhanstholm.demo", "Teaterforeningen Hanstholm"),
            ("Mathilde Fisker", "mathilde@fiskerdans.demo", "Fisker Dans"),
            ("Ahmad Nouri", "ahmad@nourimusik.demo", "Nouri Musik"),
            ("Ulla Bro", "ulla.bro@brovstkor.demo", "Brovst Kammerkor"),
            ("Lasse Overby", "lasse@overbyillustration.demo", "Overby Illustration"),
            ("Rasmus Holt", "rasmus.holt@vesthimmerland.demo", "Vesthimmerlands Kommune"),
            ("Signe Dam", "signe.dam@mariagerfjord.demo", "Mariagerfjord Kommune"),
            ("Karin Skov", "karin@skovkeramik.demo", "Skov Keramik"),
        ],
    },
    "kulturmetropolen": {
        "colleagues": [
            ("Line Westergaard", "line.westergaard@kulturmetropolen.demo", "Kulturmetropolen"),
            ("Peter Aagaard", "peter.aagaard@albertslund.demo", "Albertslund Kommune"),
            ("Hanne Juul", "hanne.juul@albertslund.demo", "Albertslund Kommune"),
            ("Malene Steen", "malene.steen@ballerup.demo", "Ballerup Kommune"),
            ("Christian Dahl", "christian.dahl@ballerup.demo", "Ballerup Kommune"),
            ("Birthe Lorentzen", "birthe.lorentzen@gladsaxe.demo", "Gladsaxe Kommune"),
            ("Yasmin Ali", "yasmin.ali@htk.demo", "Høje-Taastrup Kommune"),
            ("Frederik Storm", "frederik.storm@htk.demo", "Høje-Taastrup Kommune"),
            ("Nadia Petersen", "nadia.petersen@ishoj.demo", "Ishøj Kommune"),
            ("Jens Ravn", "jens.ravn@rodovre.demo", "Rødovre Kommune"),
            ("Louise Kold", "louise.kold@helsingor.demo", "Helsingør Kommune"),
            ("Anette Mortensen", "anette.mortensen@helsingor.demo", "Helsingør Kommune"),
            ("Michael Brix", "michael.brix@halsnaes.demo", "Halsnæs Kommune"),
            ("Sofie Rask", "sofie.rask@sif.demo", "Statens Institut for Folkesundhed, SDU"),
            ("Ida Holmgaard", "ida.holmgaard@laeseforeningen.demo", "Læseforeningen"),
        ],
        "outsiders": [
            ("Pia Rasmussen", "pia.rasmussen@furesoe.demo", "Furesø Kommune"),
            ("Karen Munch", "karen.munch@musikogsundhed.demo", "Musik og Sundhed"),
            ("Ali Demir", "ali.demir@headspace.demo", "headspace Danmark"),
            ("Henriette Falk", "henriette.falk@frederikssund.demo", "Frederikssund Kommune"),
            ("Jonas Lindholm", "jonas.lindholm@ku.demo", "Københavns Universitet"),
            ("Sofie Krarup", "sofie@krarupteater.demo", "Krarup Teater"),
            ("Peter Dyhr", "peter.dyhr@egedal.demo", "Egedal Kommune"),
            ("Mia Thygesen", "mia.thygesen@kp.demo", "Københavns Professionshøjskole"),
        ],
    },
    "skane": {
        "colleagues": [
            ("Sara Holm", "sara.holm@skane.demo", "Region Skåne"),
            ("Daniel Sundberg", "daniel.sundberg@skane.demo", "Region Skåne"),
            ("Mattias Ek", "mattias.ek@sus.demo", "Skånes universitetssjukhus"),
            ("Maja Lund", "maja.lund@sus.demo", "Skånes universitetssjukhus"),
            ("Åsa Nordin", "asa.nordin@skane.demo", "Primärvården Skåne"),
            ("Therese Palm", "therese.palm@skane.demo", "Primärvården Skåne"),
            ("Fredrik Blom", "fredrik.blom@skane.demo", "Psykiatri, habilitering och hjälpmedel"),
            ("Amir Karimi", "amir.karimi@sus.demo", "Skånes universitetssjukhus"),
        ],
        "outsiders": [
            ("Margareta Friberg", "margareta@osterlenkoren.demo", "Kulturföreningen Österlenkören"),
            ("Lena Björk", "lena.bjork@malmo.demo", "Malmö stad"),
            ("Peter Sandell", "peter.sandell@helsingborg.demo", "Helsingborgs stad"),
            ("Hanna Ljung", "hanna.ljung@regionhalland.demo", "Region Halland"),
            ("Kristina Wallin", "kristina.wallin@vgregion.demo", "Västra Götalandsregionen"),
            ("Ahmed Yusuf", "ahmed@yusufmusik.demo", "Yusuf Musik"),
            ("Sanna Ek", "sanna.ek@sv-skane.demo", "Studieförbundet Vuxenskolan Skåne"),
            ("Jenny Malm", "jenny.malm@kristianstad.demo", "Kristianstads kommun"),
            ("Olle Fransson", "olle@franssonteater.demo", "Fransson Teater"),
            ("Ida Strand", "ida.strand@mau.demo", "Malmö universitet"),
        ],
    },
    "taikusydan": {
        "colleagues": [
            ("Elina Saarinen", "elina.saarinen@turkuamk.demo", "Turun ammattikorkeakoulu"),
            ("Janne Koivisto", "janne.koivisto@turkuamk.demo", "Turun ammattikorkeakoulu"),
            (
                "Marjo Hiltunen",
                "marjo.hiltunen@psshp.demo",
                "Pohjois-Savon sairaanhoitopiirin kuntayhtymä",
            ),
            ("Pekka Ojala", "pekka.ojala@epliitto.demo", "Etelä-Pohjanmaan liitto"),
            ("Katja Räsänen", "katja.rasanen@turku.demo", "Turun kaupungin hyvinvointitoimiala"),
            ("Satu Manninen", "satu.manninen@pirkanmaa.demo", "Pirkanmaan liitto"),
        ],
        "outsiders": [
            # Kymenlaakso is a regional network below Taikusydän.
            "outi.rantanen@toimintavoima.demo",
            "minna.koskinen@kotka.demo",
            "noora@nooraaalto.demo",
            ("Aino Peltonen", "aino@haminansirkus.demo", "Haminan Sirkusyhdistys ry"),
            ("Hanna Leinonen", "hanna.leinonen@hel.demo", "Helsingin kaupunki"),
            ("Tuomas Virta", "tuomas@virtamusiikki.demo", "Virta Musiikki"),
            ("Liisa Karjalainen", "liisa.karjalainen@tampere.demo", "Tampereen kaupunki"),
            ("Emilia Hirvonen", "emilia.hirvonen@jyu.demo", "Jyväskylän yliopisto"),
            ("Olli Huttunen", "olli.huttunen@ouka.demo", "Oulun kaupunki"),
            ("Sari Lindroos", "sari.lindroos@vaasa.demo", "Vaasan kaupunki"),
            ("Johanna Pekkala", "johanna.pekkala@lapinamk.demo", "Lapin ammattikorkeakoulu"),
            ("Timo Heino", "timo@teatteriheino.demo", "Teatteri Heino"),
            ("Kaisa Mattila", "kaisa.mattila@thl.demo", "Terveyden ja hyvinvoinnin laitos"),
            ("Mervi Lahti", "mervi.lahti@jns.demo", "Joensuun kaupunki"),
        ],
    },
    "kymenlaakso": {
        "colleagues": [
            (
                "Tarja Kivelä",
                "tarja.kivela@carea.demo",
                "Kymenlaakson sairaanhoito- ja sosiaalipalvelujen kuntayhtymä Carea",
            ),
            (
                "Sirpa Vainio",
                "sirpa.vainio@carea.demo",
                "Kymenlaakson sairaanhoito- ja sosiaalipalvelujen kuntayhtymä Carea",
            ),
            ("Juha Salminen", "juha.salminen@kotka.demo", "Kotkan kaupunki"),
            ("Pia Lehtinen", "pia.lehtinen@kouvola.demo", "Kouvolan kaupunki"),
            ("Marko Jokinen", "marko.jokinen@xamk.demo", "Kaakkois-Suomen ammattikorkeakoulu Xamk"),
            (
                "Anneli Forsman",
                "anneli.forsman@kymenkipina.demo",
                "Kulttuuriyhdistys Kymen Kipinä ry",
            ),
        ],
        "outsiders": [
            "laura.virtanen@turkuamk.demo",
            ("Aino Peltonen", "aino@haminansirkus.demo", "Haminan Sirkusyhdistys ry"),
            ("Heikki Laakso", "heikki.laakso@hamina.demo", "Haminan kaupunki"),
            ("Riitta Kuusela", "riitta.kuusela@pyhtaa.demo", "Pyhtään kunta"),
            ("Jari Anttila", "jari@anttilakuvaus.demo", "Anttila Kuvaus"),
            ("Niina Savolainen", "niina.savolainen@lappeenranta.demo", "Lappeenrannan kaupunki"),
        ],
    },
}

# ---------------------------------------------------------------------------- activities

ACTIVITIES = {
    # --- Kulturinitiativers sundhedsfremme (Region Midtjylland) ---------------------------
    # Two physical network meetings a year, courses (e.g. evaluation), open webinars.
    "midtjylland": [
        {
            "slug": "midtjylland-netvaerksmode-holstebro",
            "kind": "network_meeting",
            "title": "Netværksmøde i Holstebro: Kultur som vej ind i fællesskabet",
            "summary": "Netværkets medlemmer mødes fysisk for at lade sig inspirere og dele "
            "erfaringer med kultur som sundhedsfremme.",
            "description": """\
Vi mødes på Holstebro Kunstmuseum til en dag med oplæg, erfaringsudveksling og tid til at \
tale sammen på tværs af kommunerne. Holstebro Kommune er vært og fortæller om forløb, hvor \
borgere i ressourceforløb bruger museets værksteder.

Om eftermiddagen arbejder vi i grupper med, hvordan gode projekter bliver til faste tilbud.

- 09.30 Kaffe og velkomst
- 10.00 Museet som mødested – oplæg fra Holstebro
- 11.30 Erfaringsudveksling i grupper
- 12.30 Frokost
- 13.15 Workshop: Fra projekt til fast tilbud
- 15.00 Opsamling
""",
            "day": -75,
            "start": "09:30",
            "minutes": 360,
            "format": "in_person",
            "venue": "Holstebro Kunstmuseum",
            "address": "Museumsvej 2, 7500 Holstebro",
            "audience": "members",
            "capacity": 60,
            "organisers": ["signe.kjaergaard@au.demo", "mette.bruun@holstebro.demo"],
            "groups": ["Styregruppe"],
            "registrations": {"members": 26, "cancelled": 1, "no_show": 3},
            "materials": [
                {
                    "kind": "link",
                    "title": "Præsentationer fra dagen (PDF)",
                    "url": "https://files.kulturhub.demo/midtjylland/netvaerksmode-holstebro.pdf",
                },
            ],
        },
        {
            "slug": "midtjylland-webinar-kultur-paa-recept",
            "kind": "webinar",
            "title": "Webinar: Kultur på recept – erfaringer fra fem kommuner",
            "summary": "Fem kommuner fortæller om deres forløb med kultur på recept – hvad "
            "virkede, og hvad ville de gøre anderledes?",
            "description": """\
Kultur på recept er i dag et tilbud i mange kommuner. I webinaret giver fem kommuner fra \
netværket hver et kort oplæg om deres forløb: målgruppe, samarbejdspartnere, rekruttering og \
resultater.

Webinaret er åbent for alle interesserede, også uden for netværket. Stil gerne spørgsmål i \
chatten undervejs.
""",
            "day": -100,
            "start": "14:00",
            "minutes": 60,
            "format": "online",
            "organisers": ["signe.kjaergaard@au.demo", "rasmus.vinther@aarhus.demo"],
            "registrations": {"members": 16, "outsiders": 7, "no_show": 4},
            "materials": [
                {
                    "kind": "link",
                    "title": "Slides fra webinaret (PDF)",
                    "url": "https://files.kulturhub.demo/midtjylland/kultur-paa-recept-slides.pdf",
                },
                {
                    "kind": "recording",
                    "title": "Optagelse af webinaret",
                    "url": "https://video.kulturhub.demo/midtjylland/kultur-paa-recept",
                },
            ],
        },
        {
            "slug": "midtjylland-webinar-faellessang",
            "kind": "webinar",
            "title": "Webinar: Fællessang mod ensomhed – hvad siger forskningen?",
            "summary": "Ph.d.-studerende Ida Rosenkilde præsenterer ny viden om fællessang og "
            "ensomhed blandt ældre.",
            "description": """\
Fællessang er blevet populært på plejecentre, biblioteker og i foreningslivet. Men hvad ved \
vi egentlig om, hvordan det påvirker ensomhed blandt ældre? Ida Rosenkilde fra Aarhus \
Universitet fortæller om sit ph.d.-projekt og de første resultater.

Bagefter fortæller Silkeborg Kommune om erfaringerne med at kombinere fællessang og \
naturoplevelser. Webinaret er åbent for alle.
""",
            "day": -30,
            "start": "14:00",
            "minutes": 60,
            "format": "online",
            "organisers": [
                "signe.kjaergaard@au.demo",
                "ida.rosenkilde@au.demo",
                "pernille.iversen@silkeborg.demo",
            ],
            "registrations": {"members": 13, "outsiders": 5, "no_show": 3},
            "materials": [
                {
                    "kind": "recording",
                    "title": "Optagelse af webinaret",
                    "url": "https://video.kulturhub.demo/midtjylland/faellessang-mod-ensomhed",
                },
            ],
        },
        {
            "slug": "midtjylland-webinar-kunstnersamarbejde",
            "kind": "webinar",
            "title": "Webinar: Sådan samarbejder kommunen med kunstnere",
            "summary": "Om aftaler, honorarer og forventninger, når kommuner og professionelle "
            "kunstnere skaber forløb sammen.",
            "description": """\
Gode forløb kræver gode samarbejder. Herning Kommune og en forfatter fortæller, hvordan de \
har tilrettelagt kreative skriveværksteder for borgere på kanten af arbejdsmarkedet – og hvad \
de har lært om aftaler og honorarer undervejs.

Vi kommer blandt andet ind på:

- hvordan man finder den rette kunstner
- kontrakter, honorarer og ophavsret
- hvem der gør hvad, når forløbet er i gang
""",
            "day": 25,
            "start": "15:00",
            "minutes": 60,
            "format": "online",
            "organisers": ["signe.kjaergaard@au.demo", "line.dahlgaard@herning.demo"],
            "registrations": {"members": 11, "outsiders": 5},
        },
        {
            "slug": "midtjylland-kursus-evaluering",
            "kind": "course",
            "title": "Kursus: Evaluering af kultur- og sundhedsindsatser",
            "summary": "En praktisk kursusdag om at planlægge og gennemføre en enkel og "
            "brugbar evaluering af jeres kulturforløb.",
            "description": """\
Hvordan viser man, at et kulturforløb gør en forskel for borgerne? På kurset gennemgår \
forskere fra Aarhus Universitet de mest brugte metoder – fra spørgeskemaer og trivselsmål til \
interview og deltagerobservation – og hvad de kan, og hvad de ikke kan.

Du arbejder med et af dine egne forløb og går hjem med en evalueringsplan, som du kan bruge \
med det samme. Tag gerne en kollega med fra sundheds- eller socialområdet.

- Send en kort beskrivelse af det forløb, du vil evaluere, inden kurset
- Kurset har plads til 20 deltagere. Ved afbud tilbydes pladsen til den første på \
ventelisten, som har 48 timer til at sige ja
""",
            "day": 40,
            "start": "09:00",
            "minutes": 390,
            "format": "in_person",
            "venue": "Aarhus Universitet, Nobelparken",
            "address": "Jens Chr. Skous Vej 2, 8000 Aarhus C",
            "audience": "members",
            "capacity": 20,
            "waitlist": True,
            "promotion": "offer",
            "offer_hours": 48,
            "deadline_days": 10,
            "organisers": ["mikkel.lauridsen@au.demo", "signe.kjaergaard@au.demo"],
            "registrations": {"members": 17, "cancelled": 2},
        },
        {
            "slug": "midtjylland-netvaerksmode-aarhus",
            "kind": "network_meeting",
            "title": "Netværksmøde i Aarhus: Kultur og psykiatri i samarbejde",
            "summary": "Netværksmødet sætter fokus på samarbejdet mellem "
            "kommunernes kulturtilbud og regionspsykiatrien.",
            "description": """\
Netværket mødes denne gang på Dokk1 i Aarhus. Psykiatrien i Region Midtjylland fortæller \
om kor og musikgrupper, der hjælper borgere videre efter en indlæggelse, og Aarhus Kommune \
viser, hvordan sundhedscentrene samarbejder med byens kulturinstitutioner.

Der er god tid til sparring, og vi slutter med nyt fra styregruppen om de kommende \
aktiviteter.

- Oplæg fra psykiatrien og Aarhus Kommune
- Sparring i små grupper om jeres egne forløb
- Nyt fra styregruppen
""",
            "day": 110,
            "start": "09:30",
            "minutes": 360,
            "format": "in_person",
            "venue": "Dokk1",
            "address": "Hack Kampmanns Plads 2, 8000 Aarhus C",
            "audience": "members",
            "capacity": 60,
            "organisers": ["signe.kjaergaard@au.demo", "charlotte.friis@ps.rm.demo"],
            "groups": ["Styregruppe"],
            "registrations": {"members": 22, "cancelled": 1},
        },
        {
            "slug": "midtjylland-webinar-unge-i-psykiatrien",
            "kind": "webinar",
            "title": "Webinar: Kulturtilbud til unge i psykiatrien",
            "summary": "Hvordan skaber vi kulturtilbud, som unge med psykisk sårbarhed har lyst "
            "til at bruge?",
            "description": """\
Unge med psykisk sårbarhed bruger sjældent de almindelige kulturtilbud. Psykiatrien i Region \
Midtjylland og Horsens Kommune fortæller om forløb, hvor de unge selv har været med til at \
forme indholdet.

Webinaret er åbent for alle, der arbejder med unge – i kommuner, på uddannelser, i \
kulturinstitutioner og i foreninger.
""",
            "day": 150,
            "start": "14:00",
            "minutes": 60,
            "format": "online",
            "organisers": ["signe.kjaergaard@au.demo", "charlotte.friis@ps.rm.demo"],
            "registrations": {"members": 5, "outsiders": 3},
        },
        {
            "slug": "midtjylland-kursus-forankring",
            "kind": "course",
            "title": "Kursus: Fra projekt til drift – forankring i kommunen",
            "summary": "Om hvordan et vellykket kulturprojekt bliver et fast tilbud på tværs af "
            "forvaltningerne.",
            "description": """\
Mange kultur- og sundhedsprojekter stopper, når projektmidlerne slipper op. På kurset ser vi \
på, hvad der skal til for at forankre et tilbud: opbakning fra ledelsen, fælles budgetter og \
aftaler mellem kultur-, sundheds-, social- og beskæftigelsesområdet.

Kurset veksler mellem korte oplæg og arbejde med jeres egne projekter. Du kan deltage i \
Herning eller online.
""",
            "day": 195,
            "start": "09:30",
            "minutes": 360,
            "format": "hybrid",
            "venue": "Herning Rådhus",
            "address": "Torvet 5, 7400 Herning",
            "audience": "members",
            "capacity": 25,
            "organisers": ["signe.kjaergaard@au.demo", "mette.bruun@holstebro.demo"],
            "registrations": {"members": 6},
        },
    ],
    # --- Kultur, sundhed og livskvalitet (Region Nordjylland) -----------------------------
    # Open call for signature projects and a pool for artists: info webinars and workshops.
    "nordjylland": [
        {
            "slug": "nordjylland-vidensdag-signaturprojekter",
            "kind": "seminar",
            "title": "Vidensdag for signaturprojekterne",
            "summary": "Signaturprojekterne deler resultater og erfaringer med dokumentation, "
            "og Nordjysk Center for Kultur og Sundhed giver sparring.",
            "description": """\
Signaturprojekterne har forpligtet sig til at dokumentere, dele viden og eksperimentere. På \
vidensdagen præsenterer hvert projekt sine foreløbige resultater, og vi ser på tværs: Hvad \
lærer vi om at nå borgere, der ellers er afskåret fra kulturlivet?

Nordjysk Center for Kultur og Sundhed giver sparring på dokumentationen, og dagen slutter med \
en fælles drøftelse af, hvordan erfaringerne bedst bliver formidlet videre.
""",
            "day": -110,
            "start": "10:00",
            "minutes": 300,
            "format": "in_person",
            "venue": "Nordkraft",
            "address": "Kjellerups Torv 5, 9000 Aalborg",
            "audience": "members",
            "capacity": 50,
            "organisers": ["karen.overgaard@rn.demo", "louise.holm@ncks.demo"],
            "groups": ["Projektgruppen"],
            "registrations": {"members": 17, "cancelled": 1, "no_show": 2},
            "materials": [
                {
                    "kind": "link",
                    "title": "Oplæg fra vidensdagen (PDF)",
                    "url": "https://files.kulturhub.demo/nordjylland/vidensdag.pdf",
                },
            ],
        },
        {
            "slug": "nordjylland-infowebinar-kunstnerpuljen",
            "kind": "webinar",
            "title": "Infowebinar: Puljen for kunstnere og kulturelle foreninger",
            "summary": "Hør om puljen til mindre projekter, og få svar på dine spørgsmål, før "
            "du søger.",
            "description": """\
Puljen skal bringe kunst og kultur ind i nye, eksperimenterende sammenhænge – fx på \
hospitaler, plejecentre og ungdomsuddannelser – og åbne nye markeder for den professionelle \
kunst. På webinaret gennemgår vi vejledningen, kriterierne og ansøgningsprocessen.

Der er god tid til spørgsmål. Webinaret bliver optaget, så du kan se det igen bagefter.
""",
            "day": -55,
            "start": "15:00",
            "minutes": 60,
            "format": "online",
            "organisers": ["jens.molgaard@rn.demo"],
            "groups": ["Projektgruppen"],
            "registrations": {"members": 7, "outsiders": 8, "no_show": 2},
            "materials": [
                {
                    "kind": "recording",
                    "title": "Optagelse af infowebinaret",
                    "url": "https://video.kulturhub.demo/nordjylland/infowebinar-kunstnerpuljen",
                },
            ],
        },
        {
            "slug": "nordjylland-netvaerksmode-hospitalet",
            "kind": "network_meeting",
            "title": "Netværksmøde: Kunst og kultur på hospitalet",
            "summary": "Vi besøger Aalborg Universitetshospital og hører, hvordan musik og "
            "billedkunst er kommet ind på sengeafsnittene.",
            "description": """\
Netværket mødes på Aalborg Universitetshospital, hvor sygeplejersker og kunstnere sammen har \
bragt musik og billedkunst ind på sengeafsnittene. Vi hører om erfaringerne set fra både \
personalets, kunstnernes og patienternes side.

Efter frokost drøfter vi, hvordan flere kommuner og kulturaktører kan samarbejde med \
hospitalerne.

- Rundvisning på udvalgte afsnit
- Samtale med personale og kunstnere
- Drøftelse af næste skridt
""",
            "day": -20,
            "start": "10:00",
            "minutes": 240,
            "format": "in_person",
            "venue": "Aalborg Universitetshospital",
            "address": "Hobrovej 18-22, 9000 Aalborg",
            "audience": "members",
            "capacity": 40,
            "organisers": ["karen.overgaard@rn.demo", "thomas.krogh@aalborguh.demo"],
            "registrations": {"members": 15, "no_show": 2},
        },
        {
            # The full activity with a waiting list.
            "slug": "nordjylland-vaerksted-fra-ide-til-ansoegning",
            "kind": "workshop",
            "title": "Værksted for kunstnere: Fra idé til ansøgning",
            "summary": "Et lille værksted, hvor kunstnere og foreninger får hjælp til at gøre "
            "deres projektidé klar til puljen.",
            "description": """\
Har du en idé til et projekt mellem kunst og sundhed, men er usikker på, hvordan du skriver \
ansøgningen? På værkstedet arbejder du med din egen idé sammen med andre kunstnere og får \
sparring fra regionens kulturkonsulent.

Vi holder værkstedet for en lille gruppe, så alle kan få personlig feedback.

- Medbring en kort beskrivelse af din idé (højst én side)
- Der er kaffe og frokost
""",
            "day": 12,
            "start": "10:00",
            "minutes": 180,
            "format": "in_person",
            "venue": "Region Nordjylland",
            "address": "Niels Bohrs Vej 30, 9220 Aalborg Øst",
            "capacity": 8,
            "organisers": ["jens.molgaard@rn.demo"],
            "registrations": {
                "who": [
                    "maja@majafog.demo",
                    "sara@sarawinther.demo",
                    "anders@andersbirk.demo",
                    "jonas@kraghfoto.demo",
                    "peter@fortaellevaerkstedet.demo",
                    "mathilde@fiskerdans.demo",
                    "bente@teaterhanstholm.demo",
                    "lene.kirk@faellesklang.demo",
                    "ahmad@nourimusik.demo",
                    "lasse@overbyillustration.demo",
                    "karin@skovkeramik.demo",
                ],
                "waitlisted": 3,
            },
        },
        {
            "slug": "nordjylland-infowebinar-signaturprojekter",
            "kind": "webinar",
            "title": "Infowebinar: Open call for signaturprojekter",
            "summary": "Vi gennemgår det nye open call for flerårige signaturprojekter mellem "
            "kultur, sundhed og livskvalitet.",
            "description": """\
Region Nordjylland åbner for ansøgninger til en ny runde af flerårige signaturprojekter. På \
webinaret fortæller vi om kriterierne: Partnerne forpligter sig til dokumentation og \
vidensdeling og til at eksperimentere i feltet mellem kultur, sundhed og livskvalitet.

To af de nuværende signaturprojekter fortæller om deres erfaringer, og du kan stille \
spørgsmål til projektgruppen.
""",
            "day": 30,
            "start": "13:00",
            "minutes": 75,
            "format": "online",
            "organisers": ["karen.overgaard@rn.demo", "jens.molgaard@rn.demo"],
            "groups": ["Projektgruppen"],
            "registrations": {"members": 9, "outsiders": 6},
        },
        {
            "slug": "nordjylland-webinar-digitale-kulturtilbud",
            "kind": "webinar",
            "title": "Webinar: Digitale kulturtilbud i hele Nordjylland",
            "summary": "Erfaringer med digitale kulturtilbud, der når borgere langt fra de "
            "store byer.",
            "description": """\
Digitale tilbud kan sprede kunst og kultur ud over hele landsdelen og nå nye målgrupper. \
Frederikshavn Kommune fortæller om livestreamede koncerter på plejecentre, og en fortæller \
viser, hvordan skriveværksteder fungerer online.

Vi ser også på faldgruberne: teknik, der driller, og deltagere, der aldrig får logget på.
""",
            "day": 120,
            "start": "14:00",
            "minutes": 60,
            "format": "online",
            "organisers": ["karen.overgaard@rn.demo", "peter@fortaellevaerkstedet.demo"],
            "registrations": {"members": 4, "outsiders": 2},
        },
        {
            "slug": "nordjylland-temadag-ungdomsuddannelser",
            "kind": "seminar",
            "title": "Temadag: Trivsel med kunst og kultur på ungdomsuddannelserne",
            "summary": "En temadag for skoler, kommuner og kunstnere om kunstnerisk arbejde "
            "med trivsel på ungdomsuddannelserne.",
            "description": """\
Flere nordjyske ungdomsuddannelser har samarbejdet med kunstnere om at styrke de unges \
trivsel. På temadagen præsenterer Thisted Kommune og en række skoler deres forløb, og vi \
drøfter, hvordan næste niveau af trivselsfremmende tiltag kan se ud.

Du kan deltage i Aalborg eller online.
""",
            "day": 200,
            "start": "09:30",
            "minutes": 360,
            "format": "hybrid",
            "venue": "Aalborg Kongres & Kultur Center",
            "address": "Europa Plads 4, 9000 Aalborg",
            "capacity": 100,
            "organisers": ["karen.overgaard@rn.demo", "camilla.dahl@thisted.demo"],
            "groups": ["Projektgruppen"],
            "registrations": {"members": 3, "outsiders": 1},
        },
    ],
    # --- Et bedre liv med kultur (Kulturmetropolen) ---------------------------------------
    # An annual joint seminar for all municipalities and projects, and professional days.
    "kulturmetropolen": [
        {
            "slug": "kulturmetropolen-webinar-effektvurdering",
            "kind": "webinar",
            "title": "Webinar: Sådan måler vi effekten af kulturforløb",
            "summary": "Statens Institut for Folkesundhed præsenterer de fælles redskaber til "
            "effektvurdering i Et bedre liv med kultur.",
            "description": """\
For at kunne sammenligne forløbene på tværs af kommunerne bruger vi fælles redskaber til \
effektvurdering. Julie Brandt fra Statens Institut for Folkesundhed gennemgår redskaberne og \
viser, hvordan de bruges i praksis – også når deltagerne er ældre eller sårbare unge.

Webinaret er åbent for alle interesserede.
""",
            "day": -95,
            "start": "14:00",
            "minutes": 60,
            "format": "online",
            "organisers": ["nanna.frederiksen@kulturmetropolen.demo", "julie.brandt@sif.demo"],
            "groups": ["Arbejdsgruppe for Et bedre liv med kultur"],
            "registrations": {"members": 14, "outsiders": 6, "no_show": 3},
            "materials": [
                {
                    "kind": "link",
                    "title": "Slides: Fælles redskaber til effektvurdering (PDF)",
                    "url": "https://files.kulturhub.demo/kulturmetropolen/effektvurdering.pdf",
                },
                {
                    "kind": "recording",
                    "title": "Optagelse af webinaret",
                    "url": "https://video.kulturhub.demo/kulturmetropolen/effektvurdering",
                },
            ],
        },
        {
            "slug": "kulturmetropolen-faglig-dag-aeldre",
            "kind": "seminar",
            "title": "Faglig dag: Ældre, kultur og ensomhed",
            "summary": "En faglig dag for medarbejdere på kultur- og sundhedssiden om "
            "kulturtilbud, der bryder ensomhed blandt ældre.",
            "description": """\
Ensomhed er et gennemgående fokus i alle projekter i Et bedre liv med kultur. På den faglige \
dag deler kommunerne erfaringer fra forløb for ældre – fra læsegrupper på biblioteket til dans \
og håndværk i boligområderne.

Dagen er for medarbejdere i de deltagende kommuner, både på kultur- og sundhedssiden.

- Oplæg om ensomhed blandt ældre
- Erfaringer fra Gladsaxe og Høje-Taastrup
- Workshop: Hvordan når vi dem, der ikke selv melder sig?
""",
            "day": -45,
            "start": "09:30",
            "minutes": 330,
            "format": "in_person",
            "venue": "Kulturværftet",
            "address": "Allégade 2, 3000 Helsingør",
            "audience": "members",
            "capacity": 50,
            "organisers": [
                "nanna.frederiksen@kulturmetropolen.demo",
                "maria.winther@helsingor.demo",
            ],
            "groups": ["Arbejdsgruppe for Et bedre liv med kultur"],
            "registrations": {"members": 21, "cancelled": 1, "no_show": 3},
            "materials": [
                {
                    "kind": "link",
                    "title": "Oplæg fra den faglige dag (PDF)",
                    "url": "https://files.kulturhub.demo/kulturmetropolen/faglig-dag-aeldre.pdf",
                },
            ],
        },
        {
            "slug": "kulturmetropolen-workshop-peer-mentorer",
            "kind": "workshop",
            "title": "Workshop: Unge peer-mentorer i kreative fællesskaber",
            "summary": "Kan unge selv invitere jævnaldrende med i kreative fællesskaber – og "
            "virker det anderledes, end når kommunen er afsender?",
            "description": """\
I projekterne undersøger vi, om peer-to-peer-indsatser virker anderledes end indsatser med \
kommunen som tydelig afsender. Ishøj Kommune fortæller om sine unge peer-mentorer, og vi \
arbejder i grupper med, hvordan modellen kan bruges i andre kommuner.

Workshoppen er for projektmedarbejdere i kommunerne.
""",
            "day": -12,
            "start": "13:00",
            "minutes": 180,
            "format": "in_person",
            "venue": "Albertslund Rådhus",
            "address": "Nordmarks Allé 1, 2620 Albertslund",
            "audience": "members",
            "capacity": 25,
            "organisers": ["nanna.frederiksen@kulturmetropolen.demo", "amira.hassan@ishoj.demo"],
            "registrations": {"members": 14, "no_show": 1},
        },
        {
            "slug": "kulturmetropolen-webinar-laesegrupper",
            "kind": "webinar",
            "title": "Webinar: Læsegrupper som sundhedsfremme",
            "summary": "Læseforeningen fortæller om højtlæsningsgrupper i psykiatrien, på "
            "væresteder og på biblioteker.",
            "description": """\
I en læsegruppe læser en uddannet læseguide højt, og deltagerne taler om teksten undervejs. \
Esben Lind fra Læseforeningen fortæller, hvordan læsegrupperne fungerer i psykiatrien og på \
væresteder, og Gladsaxe Kommune deler erfaringer fra bibliotekernes grupper for ældre.

Webinaret er åbent for alle.
""",
            "day": 20,
            "start": "14:00",
            "minutes": 60,
            "format": "online",
            "organisers": [
                "nanna.frederiksen@kulturmetropolen.demo",
                "esben.lind@laeseforeningen.demo",
            ],
            "registrations": {"members": 10, "outsiders": 6},
        },
        {
            "slug": "kulturmetropolen-faellesseminar",
            "kind": "seminar",
            "title": "Årligt fællesseminar: Et bedre liv med kultur",
            "summary": "Årets fællesseminar for alle kommuner og projekter i Et bedre liv med "
            "kultur.",
            "description": """\
En gang om året samles alle kommuner og projekter i Et bedre liv med kultur til et fælles \
seminar. Vi gør status på projektforløbene, hører om de første resultater af \
effektvurderingen og giver hinanden ny inspiration.

Seminaret er for projektledere, medarbejdere og ledere fra både kultur- og sundhedssiden og \
for vores samarbejdspartnere.

- Status fra projekterne
- Oplæg fra Statens Institut for Folkesundhed
- Workshops om de tre målgrupper: ældre, sårbare unge og sygemeldte
- Frokost og netværk
""",
            "day": 60,
            "start": "09:00",
            "minutes": 420,
            "format": "in_person",
            "venue": "ARKEN Museum for Moderne Kunst",
            "address": "Skovvej 100, 2635 Ishøj",
            "audience": "members",
            "capacity": 120,
            "deadline_days": 14,
            "organisers": ["nanna.frederiksen@kulturmetropolen.demo"],
            "groups": ["Arbejdsgruppe for Et bedre liv med kultur"],
            "registrations": {"members": 24, "cancelled": 1},
        },
        {
            "slug": "kulturmetropolen-faglig-dag-unge",
            "kind": "seminar",
            "title": "Faglig dag: Sårbare unge og kulturen",
            "summary": "Faglig dag om kulturforløb for sårbare unge – med erfaringer fra musik, "
            "kunst og peer-mentorer.",
            "description": """\
Sårbare unge er en af de tre målgrupper i Et bedre liv med kultur. På den faglige dag \
fortæller Albertslund Kommune om musikforløb sammen med musikskolen, og Ishøj Kommune deler \
erfaringer med unge peer-mentorer.

Om eftermiddagen arbejder vi med, hvordan kultur- og sundhedsmedarbejdere sammen kan nå de \
unge, der har mest brug for tilbuddene.
""",
            "day": 130,
            "start": "09:30",
            "minutes": 330,
            "format": "in_person",
            "venue": "Gladsaxe Rådhus",
            "address": "Rådhus Allé 7, 2860 Søborg",
            "audience": "members",
            "capacity": 50,
            "organisers": ["nanna.frederiksen@kulturmetropolen.demo", "lars.bech@albertslund.demo"],
            "registrations": {"members": 8},
        },
        {
            "slug": "kulturmetropolen-faglig-dag-sygemeldte",
            "kind": "seminar",
            "title": "Faglig dag: Kultur for sygemeldte med stress, angst og depression",
            "summary": "Faglig dag om kulturforløb, der støtter sygemeldte borgere på vej "
            "tilbage til arbejdsmarkedet.",
            "description": """\
Kulturforløb kan være et vigtigt supplement for borgere, der er sygemeldt med stress, angst \
eller depression. Ballerup og Helsingør Kommune fortæller om deres forløb, og jobcentre og \
sundhedscentre deler erfaringer med at henvise borgere.

Du kan deltage i Ballerup eller online.
""",
            "day": 215,
            "start": "09:30",
            "minutes": 330,
            "format": "hybrid",
            "venue": "Ballerup Rådhus",
            "address": "Hold-An Vej 7, 2750 Ballerup",
            "audience": "members",
            "capacity": 60,
            "organisers": [
                "nanna.frederiksen@kulturmetropolen.demo",
                "tina.kirkegaard@ballerup.demo",
            ],
            "registrations": {"members": 3},
        },
    ],
    # --- Nätverk för kultur och hälsa i Region Skåne --------------------------------------
    # Meets physically and digitally: longer meetings with workshops, lunch lectures.
    "skane": [
        {
            "slug": "skane-natverksmote-strategin-i-praktiken",
            "kind": "network_meeting",
            "title": "Digitalt nätverksmöte: Strategin i praktiken",
            "summary": "Nätverkets medlemmar berättar hur de arbetar med strategin för kultur "
            "och hälsa i sina verksamheter.",
            "description": """\
Hela människan, hela livet – Region Skånes strategi för kultur och hälsa ska bli verklighet i \
många olika verksamheter. På mötet berättar några av nätverkets ambassadörer kort om vad de \
gör, och vi samlar idéer till kommande möten och lunchföreläsningar.

Mötet är för nätverkets medlemmar.
""",
            "day": -105,
            "start": "09:00",
            "minutes": 120,
            "format": "online",
            "audience": "members",
            "organisers": ["anna.lindberg@skane.demo", "erik.johansson@skane.demo"],
            "groups": ["Arbetsgrupp för kultur och hälsa"],
            "registrations": {"members": 19, "no_show": 3},
            "materials": [
                {
                    "kind": "link",
                    "title": "Minnesanteckningar från mötet",
                    "url": "https://files.kulturhub.demo/skane/strategin-i-praktiken.pdf",
                },
            ],
        },
        {
            "slug": "skane-lunch-kultur-pa-recept",
            "kind": "lunch_lecture",
            "series": "Lunchföreläsningar om kultur och hälsa",
            "title": "Lunchföreläsning: Kultur på recept i primärvården",
            "summary": "Distriktssköterskan Ingrid Lundgren berättar hur kultur på recept "
            "fungerar på en vårdcentral i Malmö.",
            "description": """\
Kultur på recept ger patienter med lindrig psykisk ohälsa eller långvarig smärta möjlighet att \
delta i kulturaktiviteter i grupp. Ingrid Lundgren berättar hur förskrivningen fungerar i \
praktiken och vad patienterna själva säger om den.

Föreläsningen är digital och öppen för alla. Ta med din lunch!
""",
            "day": -77,
            "start": "12:00",
            "minutes": 45,
            "format": "online",
            "organisers": ["anna.lindberg@skane.demo"],
            "groups": ["Arbetsgrupp för kultur och hälsa"],
            "registrations": {"members": 15, "outsiders": 6, "no_show": 3},
            "materials": [
                {
                    "kind": "recording",
                    "title": "Inspelning av föreläsningen",
                    "url": "https://video.kulturhub.demo/skane/kultur-pa-recept",
                },
            ],
        },
        {
            "slug": "skane-lunch-musik-i-varden",
            "kind": "lunch_lecture",
            "series": "Lunchföreläsningar om kultur och hälsa",
            "title": "Lunchföreläsning: Musik i vården – vad säger forskningen?",
            "summary": "Docent Malin Ekström och musikterapeuten Sofia Mårtensson om musik som "
            "resurs i vården.",
            "description": """\
Forskningen visar att musik kan minska oro och smärta och ge en känsla av sammanhang. Malin \
Ekström från Lunds universitet sammanfattar vad vi vet i dag, och Sofia Mårtensson berättar \
om musik på barn- och neonatalavdelningar på Skånes universitetssjukhus.

Föreläsningen är digital och öppen för alla. Ta med din lunch!
""",
            "day": -49,
            "start": "12:00",
            "minutes": 45,
            "format": "online",
            "organisers": ["anna.lindberg@skane.demo"],
            "groups": ["Arbetsgrupp för kultur och hälsa"],
            "registrations": {"members": 17, "outsiders": 5, "no_show": 2},
            "materials": [
                {
                    "kind": "recording",
                    "title": "Inspelning av föreläsningen",
                    "url": "https://video.kulturhub.demo/skane/musik-i-varden",
                },
                {
                    "kind": "link",
                    "title": "Presentation (PDF)",
                    "url": "https://files.kulturhub.demo/skane/musik-i-varden.pdf",
                },
            ],
        },
        {
            "slug": "skane-lunch-dans-och-parkinson",
            "kind": "lunch_lecture",
            "series": "Lunchföreläsningar om kultur och hälsa",
            "title": "Lunchföreläsning: Dans för personer med Parkinsons sjukdom",
            "summary": "Danspedagogen Jonas Wikström från Skånes Dansteater berättar om "
            "dansklasser för personer med Parkinsons sjukdom.",
            "description": """\
Skånes Dansteater har i flera år haft dansklasser för personer med Parkinsons sjukdom. Jonas \
Wikström berättar om upplägget, om samarbetet med vården och om vad deltagarna upplever att \
dansen ger dem.

Föreläsningen är digital och öppen för alla. Ta med din lunch!
""",
            "day": -21,
            "start": "12:00",
            "minutes": 45,
            "format": "online",
            "organisers": ["anna.lindberg@skane.demo"],
            "groups": ["Arbetsgrupp för kultur och hälsa"],
            "registrations": {"members": 13, "outsiders": 4, "no_show": 2},
            "materials": [
                {
                    "kind": "recording",
                    "title": "Inspelning av föreläsningen",
                    "url": "https://video.kulturhub.demo/skane/dans-och-parkinson",
                },
            ],
        },
        {
            "slug": "skane-lunch-konst-i-vardmiljon",
            "kind": "lunch_lecture",
            "series": "Lunchföreläsningar om kultur och hälsa",
            "title": "Lunchföreläsning: Konst i vårdmiljön – mer än dekoration",
            "summary": "Hur kan konst i vårdens lokaler bidra till en bättre vårdmiljö och till "
            "samtalet mellan vårdare och patienter?",
            "description": """\
Konst i vårdmiljön kan ge patienter och personal något annat att tänka på och samtala om. \
Bildkonstnären Nils Holmberg och en verksamhetschef på Skånes universitetssjukhus berättar om \
ett projekt där patienterna själva har varit med och valt konsten.

Föreläsningen är digital och öppen för alla. Ta med din lunch!
""",
            "day": 7,
            "start": "12:00",
            "minutes": 45,
            "format": "online",
            "organisers": ["anna.lindberg@skane.demo"],
            "groups": ["Arbetsgrupp för kultur och hälsa"],
            "registrations": {"members": 12, "outsiders": 4},
        },
        {
            "slug": "skane-lunch-sang-och-smarta",
            "kind": "lunch_lecture",
            "series": "Lunchföreläsningar om kultur och hälsa",
            "title": "Lunchföreläsning: Sång för patienter med långvarig smärta",
            "summary": "Hälsopedagogen Ulrika Sandberg om sånggrupper för patienter med "
            "långvarig smärta och stress.",
            "description": """\
I primärvården leder Ulrika Sandberg sånggrupper för patienter med långvarig smärta och \
stress. Hon berättar hur grupperna startade, hur andning och röst används i arbetet och hur \
deltagarna hittar dit.

Föreläsningen är digital och öppen för alla. Ta med din lunch!
""",
            "day": 35,
            "start": "12:00",
            "minutes": 45,
            "format": "online",
            "organisers": ["anna.lindberg@skane.demo"],
            "groups": ["Arbetsgrupp för kultur och hälsa"],
            "registrations": {"members": 6, "outsiders": 2},
        },
        {
            "slug": "skane-natverksmote-framtidens-halsosystem",
            "kind": "network_meeting",
            "title": "Nätverksmöte med workshop: Kultur i Framtidens hälsosystem",
            "summary": "Ett längre fysiskt nätverksmöte med information från styrgruppen och "
            "workshoppar om kulturens plats i Framtidens hälsosystem.",
            "description": """\
Vi träffas på Malmö Opera för en heldag med information, inspiration och workshoppar. \
Styrgruppen berättar om läget för strategin, och Malmö Opera visar hur operan når äldre med \
sångstunder.

Efter lunchen arbetar vi i workshoppar utifrån Framtidens hälsosystem:

- Kultur i det hälsofrämjande och förebyggande arbetet
- Kultur i vårdmiljön
- Samarbeten mellan vården och kulturaktörer
""",
            "day": 45,
            "start": "09:30",
            "minutes": 360,
            "format": "in_person",
            "venue": "Malmö Opera",
            "address": "Östra Rönneholmsvägen 20, 211 47 Malmö",
            "audience": "members",
            "capacity": 40,
            "organisers": ["anna.lindberg@skane.demo", "karin.nilsson@skane.demo"],
            "groups": ["Arbetsgrupp för kultur och hälsa"],
            "registrations": {"members": 24, "cancelled": 1},
        },
        {
            "slug": "skane-lunch-hoglasning",
            "kind": "lunch_lecture",
            "series": "Lunchföreläsningar om kultur och hälsa",
            "title": "Lunchföreläsning: Högläsning på vårdavdelningen",
            "summary": "Bibliotekarien Per Ahlström berättar om patientbiblioteket och "
            "högläsning för patienter.",
            "description": """\
Patientbiblioteket på Skånes universitetssjukhus erbjuder högläsning på vårdavdelningarna. Per \
Ahlström berättar hur det går till, vilka texter som fungerar och vad personalen märker hos \
patienterna.

Föreläsningen är digital och öppen för alla. Ta med din lunch!
""",
            "day": 63,
            "start": "12:00",
            "minutes": 45,
            "format": "online",
            "organisers": ["anna.lindberg@skane.demo"],
            "groups": ["Arbetsgrupp för kultur och hälsa"],
            "registrations": {"members": 3, "outsiders": 1},
        },
        {
            "slug": "skane-konferens-hela-manniskan",
            "kind": "conference",
            "title": "Konferens: Hela människan, hela livet",
            "summary": "En regional konferens om kultur och hälsa för vården, kulturlivet och "
            "civilsamhället i Skåne.",
            "description": """\
Konferensen samlar vårdpersonal, kulturaktörer, forskare och civilsamhälle för att dela \
kunskap om kulturens betydelse för hälsa och välbefinnande. Forskare från Lunds universitet \
presenterar aktuell forskning, och verksamheter från hela Skåne visar goda exempel.

Du kan delta på plats i Lund eller följa konferensen digitalt.
""",
            "day": 160,
            "start": "09:00",
            "minutes": 420,
            "format": "hybrid",
            "venue": "AF-borgen",
            "address": "Sandgatan 2, 223 50 Lund",
            "capacity": 150,
            "deadline_days": 14,
            "organisers": ["anna.lindberg@skane.demo", "erik.johansson@skane.demo"],
            "groups": ["Styrgrupp för kultur och hälsa", "Arbetsgrupp för kultur och hälsa"],
            "registrations": {"members": 10, "outsiders": 6},
        },
    ],
    # --- Taikusydän ------------------------------------------------------------------------
    # National network: good practice, research information, national webinars, seminars.
    "taikusydan": [
        {
            "slug": "taikusydan-webinaari-tutkimustieto",
            "kind": "webinar",
            "title": "Webinaari: Mitä tutkimus kertoo taiteen hyvinvointivaikutuksista?",
            "summary": "Katsaus ajankohtaiseen tutkimustietoon taiteen ja kulttuurin "
            "hyvinvointivaikutuksista.",
            "description": """\
Taiteen ja kulttuurin hyvinvointivaikutuksista on viime vuosina julkaistu paljon tutkimusta. \
Webinaarissa Turun ammattikorkeakoulun asiantuntijat kokoavat yhteen keskeiset tulokset ja \
kertovat, mitä niistä voi päätellä käytännön työn kannalta.

Webinaari on avoin kaikille, ja se tallennetaan.
""",
            "day": -110,
            "start": "13:00",
            "minutes": 90,
            "format": "online",
            "organisers": ["laura.virtanen@turkuamk.demo", "mikko.heikkinen@turkuamk.demo"],
            "registrations": {"members": 9, "outsiders": 11, "no_show": 3},
            "materials": [
                {
                    "kind": "recording",
                    "title": "Webinaarin tallenne",
                    "url": "https://video.kulturhub.demo/taikusydan/tutkimustieto",
                },
                {
                    "kind": "link",
                    "title": "Esitysdiat (PDF)",
                    "url": "https://files.kulturhub.demo/taikusydan/tutkimustieto.pdf",
                },
            ],
        },
        {
            "slug": "taikusydan-seminaari-hyvat-kaytannot",
            "kind": "seminar",
            "title": "Taikusydän-seminaari: Hyvät käytännöt kiertoon",
            "summary": "Valtakunnallinen seminaari, jossa taiteilijat, tuottajat ja sote-alan "
            "ammattilaiset esittelevät toimiviksi havaittuja käytäntöjä.",
            "description": """\
Taikusydän kokoaa yhteen taiteen ja hyvinvoinnin hyviä käytäntöjä eri puolilta Suomea. \
Seminaarissa kuulemme esimerkkejä palvelutaloista, sairaaloista ja nuorisotyöstä ja \
keskustelemme siitä, miten toimintamallit voisivat levitä uusille alueille.

Voit osallistua paikan päällä Turussa tai etänä.

- Esimerkkejä Turusta, Pohjois-Savosta ja Kymenlaaksosta
- Paneelikeskustelu: taiteilija sote-työn kumppanina
- Verkostoitumista kahvin äärellä
""",
            "day": -50,
            "start": "09:30",
            "minutes": 360,
            "format": "hybrid",
            "venue": "Turun ammattikorkeakoulu, Taideakatemia",
            "address": "Linnankatu 54, 20100 Turku",
            "capacity": 80,
            "organisers": ["laura.virtanen@turkuamk.demo", "heidi.lehtonen@turku.demo"],
            "registrations": {"members": 12, "outsiders": 12, "cancelled": 1, "no_show": 3},
            "materials": [
                {
                    "kind": "link",
                    "title": "Seminaarin esitykset (PDF)",
                    "url": "https://files.kulturhub.demo/taikusydan/hyvat-kaytannot.pdf",
                },
            ],
        },
        {
            "slug": "taikusydan-verkostotapaaminen-kulttuurisote",
            "kind": "network_meeting",
            "title": "Kulttuurisote-kumppanien verkostotapaaminen",
            "summary": "Kulttuurisote-hankkeen kumppanit kertovat, miten taide ja kulttuuri on "
            "kirjattu maakuntien suunnitelmiin.",
            "description": """\
Kulttuurisote-hankkeessa selvitetään, miten taide- ja kulttuurilähtöiset hyvinvointipalvelut \
voidaan kirjata sosiaali- ja terveydenhuollon palvelutuotantoa ohjaaviin asiakirjoihin. \
Tapaamisessa jokainen maakunta kertoo lyhyesti tilanteestaan.

Tapaaminen on tarkoitettu hankkeen kumppaneille ja verkoston jäsenille.
""",
            "day": -15,
            "start": "10:00",
            "minutes": 120,
            "format": "online",
            "audience": "members",
            "organisers": ["sanna.korhonen@psshp.demo", "laura.virtanen@turkuamk.demo"],
            "registrations": {"members": 12, "no_show": 1},
        },
        {
            "slug": "taikusydan-valtakunnallinen-webinaari",
            "kind": "webinar",
            "title": "Valtakunnallinen webinaari: Kulttuurihyvinvointi osaksi sote-palveluja",
            "summary": "Miten taide- ja kulttuurilähtöiset hyvinvointipalvelut saadaan "
            "pysyväksi osaksi sosiaali- ja terveyspalveluja?",
            "description": """\
Miten taide ja kulttuuri saadaan pysyväksi osaksi sosiaali- ja terveyspalveluja? \
Webinaarissa Kulttuurisote-hankkeen kumppanit kertovat, mitä hankkeessa on opittu, ja Taiken \
asiantuntija kertoo rahoitusmahdollisuuksista.

Webinaari on avoin kaikille kiinnostuneille eri puolilla Suomea.
""",
            "day": 20,
            "start": "13:00",
            "minutes": 90,
            "format": "online",
            "organisers": [
                "laura.virtanen@turkuamk.demo",
                "sanna.korhonen@psshp.demo",
                "antti.niemi@taike.demo",
            ],
            "registrations": {"members": 10, "outsiders": 12},
        },
        {
            "slug": "taikusydan-webinaari-taiteilija-sote-tyoyhteisossa",
            "kind": "webinar",
            "title": "Webinaari: Taiteilija sote-työyhteisössä",
            "summary": "Miltä näyttää taiteilijan arki hoivakodissa tai sairaalassa – ja miten "
            "yhteistyö onnistuu?",
            "description": """\
Yhä useampi taiteilija työskentelee osana sote-alan työyhteisöä. Webinaarissa taiteilijat ja \
hoitajat kertovat, miten yhteistyö on käytännössä järjestetty ja mitä kumpikin osapuoli on \
siitä oppinut.

Webinaari on avoin kaikille.
""",
            "day": 90,
            "start": "14:00",
            "minutes": 60,
            "format": "online",
            "organisers": ["mikko.heikkinen@turkuamk.demo", "laura.virtanen@turkuamk.demo"],
            "registrations": {"members": 4, "outsiders": 5},
        },
        {
            "slug": "taikusydan-seminaari-kulttuurisote",
            "kind": "seminar",
            "title": "Kulttuurisote-seminaari: Taide osaksi palveluja",
            "summary": "Kulttuurisote-hankkeen seminaari, jossa kuusi maakuntaa esittelee "
            "tuloksiaan.",
            "description": """\
Kulttuurisote-hankkeen seminaarissa kuusi maakuntaa esittelee, miten taide- ja \
kulttuurilähtöiset hyvinvointipalvelut on kirjattu alueiden suunnitelmiin ja mitä siitä on \
seurannut.

Päivän aikana kuullaan myös palvelujen käyttäjiä ja taiteilijoita. Voit osallistua Kuopiossa \
tai etänä.
""",
            "day": 170,
            "start": "09:30",
            "minutes": 360,
            "format": "hybrid",
            "venue": "Kuopion Musiikkikeskus",
            "address": "Kuopionlahdenkatu 23, 70100 Kuopio",
            "capacity": 120,
            "organisers": ["sanna.korhonen@psshp.demo", "laura.virtanen@turkuamk.demo"],
            "registrations": {"members": 5, "outsiders": 3},
        },
    ],
    # --- Kymenlaakson hyvinvointia kulttuurista -verkosto ---------------------------------
    # Regional network meetings, sharing experience, a study visit.
    "kymenlaakso": [
        {
            "slug": "kymenlaakso-etakahvit-tapahtumat",
            "kind": "network_meeting",
            "title": "Verkoston etäkahvit: Tapahtumia ja yhteistyötoiveita",
            "summary": "Lyhyt etätapaaminen, jossa verkoston jäsenet kertovat tulevista "
            "tapahtumista ja yhteistyötoiveista.",
            "description": """\
Etäkahveilla vaihdetaan kuulumisia rennosti. Tällä kertaa kerromme toisillemme tulevista \
konserteista, työpajoista ja tapahtumista palvelutaloissa ja kirjastoissa.

Etäkahvit ovat avoimet kaikille verkostosta kiinnostuneille.
""",
            "day": -118,
            "start": "09:00",
            "minutes": 60,
            "format": "online",
            "organisers": ["outi.rantanen@toimintavoima.demo"],
            "registrations": {"members": 8, "outsiders": 2, "no_show": 1},
        },
        {
            "slug": "kymenlaakso-verkostotapaaminen-kotka",
            "kind": "network_meeting",
            "title": "Verkostotapaaminen Kotkassa: Museo hyvinvoinnin tukena",
            "summary": "Verkoston jäsenet kokoontuvat Merikeskus Vellamoon jakamaan kokemuksia "
            "ja tutustumaan museon hyvinvointityöhön.",
            "description": """\
Verkostotapaaminen pidetään Merikeskus Vellamossa Kotkassa. Kuulemme, miten museo tukee \
hyvinvointia esimerkiksi muistelutyön ja opastettujen kierrosten avulla, ja jaamme kokemuksia \
omista hankkeistamme.

Lopuksi kuulemme Kulttuurisote-hankkeen ja Taikusydämen ajankohtaiset asiat.

- Tervetuloa ja kahvit
- Museon hyvinvointityö
- Kokemusten jakaminen pienryhmissä
- Ajankohtaista Kulttuurisote-hankkeesta
""",
            "day": -80,
            "start": "13:00",
            "minutes": 180,
            "format": "in_person",
            "venue": "Merikeskus Vellamo",
            "address": "Tornatorintie 99, 48100 Kotka",
            "audience": "members",
            "capacity": 40,
            "organisers": ["outi.rantanen@toimintavoima.demo", "minna.koskinen@kotka.demo"],
            "registrations": {"members": 12, "no_show": 2},
            "materials": [
                {
                    "kind": "link",
                    "title": "Tapaamisen esitykset (PDF)",
                    "url": "https://files.kulturhub.demo/kymenlaakso/verkostotapaaminen-kotka.pdf",
                },
            ],
        },
        {
            "slug": "kymenlaakso-tyopaja-omaishoitajat",
            "kind": "workshop",
            "title": "Työpaja: Kuvataide omaishoitajien ryhmissä",
            "summary": "Kuvataiteilija Noora Aalto ohjaa työpajan, jossa kokeillaan "
            "omaishoitajien ryhmissä toimivia menetelmiä.",
            "description": """\
Omaishoitajat jaksavat paremmin, kun heillä on oma hetki ja oma ryhmä. Noora Aalto kertoo, \
miten hän ohjaa kuvataidetyöpajoja omaishoitajien ryhmissä, ja pääsemme itse kokeilemaan \
menetelmiä.

Työpaja sopii kaikille, jotka työskentelevät omaishoitajien tai ikäihmisten kanssa. \
Järjestäjä huolehtii materiaaleista.
""",
            "day": -35,
            "start": "17:00",
            "minutes": 150,
            "format": "in_person",
            "venue": "Kouvolan pääkirjasto, Kouvola-talo",
            "address": "Varuskuntakatu 11, 45100 Kouvola",
            "capacity": 15,
            "organisers": ["noora@nooraaalto.demo", "outi.rantanen@toimintavoima.demo"],
            "registrations": {"members": 8, "outsiders": 3, "no_show": 1},
        },
        {
            "slug": "kymenlaakso-opintokaynti-palvelutalo",
            "kind": "study_visit",
            "title": "Opintokäynti: Musiikki ja tanssi palvelutalon arjessa",
            "summary": "Tutustumme palvelutaloon, jossa konsertit ja tanssihetket ovat osa "
            "asukkaiden arkea.",
            "description": """\
Kotkan kaupungin kulttuuripalvelut tuottavat konsertteja ja tanssihetkiä palvelutaloihin. \
Opintokäynnillä seuraamme tanssihetkeä, juttelemme asukkaiden ja henkilökunnan kanssa ja \
kuulemme, miten yhteistyö on rakennettu.

Ryhmä on pieni, jotta vierailu ei häiritse asukkaiden arkea. Ilmoittaudu ajoissa.
""",
            "day": 20,
            "start": "13:00",
            "minutes": 150,
            "format": "in_person",
            # Fictional service house.
            "venue": "Palvelutalo Kotkansatama",
            "address": "Satamakatu 8, 48100 Kotka",
            "audience": "members",
            "capacity": 15,
            "organisers": ["minna.koskinen@kotka.demo", "outi.rantanen@toimintavoima.demo"],
            "registrations": {"members": 11},
        },
        {
            "slug": "kymenlaakso-verkostotapaaminen-kouvola",
            "kind": "network_meeting",
            "title": "Verkostotapaaminen Kouvolassa: Kulttuuriluotsit ja vapaaehtoiset",
            "summary": "Kuulemme kulttuuriluotsitoiminnasta ja jaamme kokemuksia "
            "vapaaehtoisten kanssa toimimisesta.",
            "description": """\
Kulttuuriluotsit ovat vapaaehtoisia, jotka lähtevät yksinäisten ihmisten seuraksi \
konsertteihin, näyttelyihin ja teatteriin. Kulttuuriyhdistys Kymen Kipinä kertoo \
toiminnastaan, ja Kouvolan kaupunki esittelee kulttuurihyvinvointityönsä suunnitelmia.

Tapaamisessa on aikaa myös jäsenten omille kuulumisille ja yhteistyöideoille.
""",
            "day": 60,
            "start": "13:00",
            "minutes": 180,
            "format": "in_person",
            "venue": "Kouvola-talo",
            "address": "Varuskuntakatu 11, 45100 Kouvola",
            "audience": "members",
            "capacity": 40,
            "organisers": ["outi.rantanen@toimintavoima.demo", "eija.nurmi@kymenkipina.demo"],
            "registrations": {"members": 9},
        },
        {
            "slug": "kymenlaakso-webinaari-nuoret-ja-musiikki",
            "kind": "webinar",
            "title": "Webinaari: Nuoret, musiikki ja mielen hyvinvointi",
            "summary": "Musiikkiterapeutti Kalle Hämäläinen kertoo, miten musiikki tukee "
            "nuorten mielen hyvinvointia.",
            "description": """\
Musiikki on monelle nuorelle tärkein tapa käsitellä tunteita. Kalle Hämäläinen kertoo \
työstään nuorten kanssa ja siitä, miten musiikkiryhmiä voi järjestää yhdessä koulujen ja \
nuorisotyön kanssa.

Webinaari on avoin kaikille kiinnostuneille.
""",
            "day": 105,
            "start": "15:00",
            "minutes": 60,
            "format": "online",
            "organisers": ["outi.rantanen@toimintavoima.demo", "kalle@kallehamalainen.demo"],
            "registrations": {"members": 3, "outsiders": 2},
        },
    ],
}
