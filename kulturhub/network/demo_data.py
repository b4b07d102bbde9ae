"""Demo content for `manage.py seed_demo`: five real Nordic culture-and-health networks.

Plain data only; the command in management/commands/seed_demo.py loads it.

The networks, their owners, funders and partner organisations come from public descriptions
(the seed documents in /work/shared/seeds/): Kulturinitiativers sundhedsfremme (Region
Midtjylland), Kultur, sundhed og livskvalitet (Region Nordjylland), Et bedre liv med kultur
(Kulturmetropolen), Nätverk för kultur och hälsa i Region Skåne and Taikusydän with the
Kymenlaakso network. Every *person* is fictional, and so are the artists and small associations
marked "fictional" below. Personal e-mail addresses use the reserved-looking `.demo` domain;
the only real address is the public network address kultur.sund@au.dk.

Term slugs (sectors, competences, art forms, target groups, languages) are those of
kulturhub.core.taxonomy.
"""

DEMO_PASSWORD = "kulturhub-demo"

# When the fictional people consented to being listed in the directory.
LISTED_CONSENT_AT = "2025-03-03T09:00:00+00:00"

ADMIN = {
    "email": "admin@kulturhub.demo",
    "full_name": "Kulturhub Admin",
    "language": "en",
    "time_zone": "Europe/Copenhagen",
}

# ---------------------------------------------------------------------------------- networks
# Ordered so that a parent comes before its children. owner/management/funder are
# organisation slugs.

NETWORKS = [
    {
        "slug": "midtjylland",
        "name": "Kulturinitiativers sundhedsfremme",
        "short_description": (
            "Regionalt udviklings- og sparringsnetværk for kommuner, psykiatri og forskning, "
            "der bruger kultur til at fremme borgernes sundhed og livskvalitet."
        ),
        "description": """\
Kulturinitiativers sundhedsfremme er et regionalt netværk i Region Midtjylland. Her mødes \
kommuner, regionspsykiatrien, Aarhus Universitet og andre aktører, som arbejder dér, hvor \
kultur, sundhed, det sociale område og beskæftigelse krydser hinanden.

Netværket er et forum for udvikling og faglig sparring. Vi deler, afprøver og samler viden og \
erfaringer, så de kan blive til borgernære tilbud, der er forankret i institutionerne og giver \
borgerne mere livskvalitet og bedre livsmestring. Undervejs styrker vi samarbejdet med \
kulturinstitutioner, kunstnere og andre aktører.

Netværket er også en løftestang inde i den enkelte kommune: det hjælper med at kvalificere og \
understøtte det tværfaglige og tværsektorielle samarbejde mellem forvaltningerne.

## Det laver vi

- **To netværksmøder om året**, hvor medlemmerne mødes fysisk for at lade sig inspirere og \
dele viden.
- **Kurser og kompetenceløft**, blandt andet i at evaluere kultur- og sundhedsindsatser.
- **Webinarer** om aktuelle emner i feltet – som regel åbne for alle interesserede, også uden \
for netværket.

## Organisering

Netværket er støttet af Region Midtjylland og består i dag af 12 kommuner i regionen samt \
deltagere fra Aarhus Universitet og regionen. Holstebro Kommune er projektejer, og Aarhus \
Universitet varetager projektledelsen.
""",
        "country": "DK",
        "region": "Region Midtjylland",
        "language": "da",
        "time_zone": "Europe/Copenhagen",
        "owner": "holstebro-kommune",
        "management": "aarhus-universitet",
        "funder": "region-midtjylland",
        "contact_email": "kultur.sund@au.dk",
        "website": "",
        "open_for_members": True,
        "join_information": """\
Netværket er åbent for flere kommuner fra Region Midtjylland. Er du fra en kommune eller en \
anden aktør og vil være med – eller bare høre mere – så skriv til \
[kultur.sund@au.dk](mailto:kultur.sund@au.dk).

Som medlem får I:

- plads på de to årlige netværksmøder
- adgang til netværkets kurser, fx i evaluering
- sparring med de andre kommuner og med forskerne på Aarhus Universitet
""",
    },
    {
        "slug": "nordjylland",
        "name": "Kultur, sundhed og livskvalitet",
        "short_description": (
            "Region Nordjyllands indsatsområde, der vil styrke nordjydernes mentale velvære "
            "og livskvalitet gennem kunst og kultur."
        ),
        "description": """\
Kultur, sundhed og livskvalitet er et indsatsområde under kulturaftalen i Nordjylland. Det skal \
styrke nordjydernes mentale velvære og livskvalitet med tilbud, der bygger på kunst og kultur. \
Region Nordjylland er tovholder.

## Tilbud, vi vil udvikle

- Eksperimenterende kunst- og kulturtilbud til borgere i udsatte situationer, som ellers er \
afskåret fra kulturlivet – fx indlagte på hospitaler og ældre.
- Næste niveau af sundhedsfremmende forløb, inspireret af Kulturvitaminer og Kultur på recept.
- Nye trivselsfremmende tiltag med kunst og kultur på ungdomsuddannelserne.
- Digitale tilbud, der spreder aktiviteterne ud over hele landsdelen og når nye målgrupper.

## Puljer

I 2021 blev der udmeldt et open call for flerårige **signaturprojekter**. Partnerne forpligter \
sig til at dokumentere, dele viden og eksperimentere i feltet mellem kultur, sundhed og \
livskvalitet.

Der er også en **pulje for professionelle kunstnere og kulturelle foreninger**. Den skal bringe \
kunst og kultur ind i nye, eksperimenterende sammenhænge og åbne nye markeder og \
sammenhænge for den professionelle kunst.

## Mål

1. Projekter, der med kunst og kultur forbedrer sundheden for børn og unge og for svage og \
udsatte grupper.
2. Eksperimenterende samarbejder med sundhedssektoren og andre sektorer, der bygger videre på \
de erfaringer, kulturaftalen, regionen og kommunerne allerede har gjort.
3. Et stærkere samarbejde med andre forvaltningsområder – sundhed forstås bredt som \
livskvalitet.
4. Vidensopsamling og formidling af projekternes resultater, fordi feltet stadig er nyt.
""",
        "country": "DK",
        "region": "Region Nordjylland",
        "language": "da",
        "time_zone": "Europe/Copenhagen",
        "owner": "region-nordjylland",
        "contact_email": "kultur.sundhed@rn.demo",
        "website": "",
        "open_for_members": True,
        "join_information": """\
Kunstnere, kulturelle foreninger, kulturinstitutioner og kommuner i Nordjylland, der vil \
udvikle projekter mellem kultur og sundhed, er velkomne.

- Læs vejledningerne til puljen **Signaturprojekter** og til **puljen til mindre projekter**.
- Kontakt projektgruppen, hvis du vil sparre om en idé, før du søger.
""",
    },
    {
        "slug": "kulturmetropolen",
        "name": "Et bedre liv med kultur",
        "short_description": (
            "Kulturmetropolens indsatsområde, hvor kommuner omkring København bruger kultur til "
            "at styrke borgernes fysiske, psykiske og sociale livskvalitet."
        ),
        "description": """\
Et bedre liv med kultur er et indsatsområde i Kulturmetropolen, kulturregionen for en række \
kommuner i hovedstadsområdet. Målet er at øge borgernes livskvalitet – fysisk, psykisk og \
socialt – med målrettede kulturtilbud lokalt og regionalt, og at klæde kulturinstitutioner og \
medarbejdere på tværs af sektorer på til at udvikle og drive sundhedsfremmende aktiviteter med \
kulturen som afsæt.

Deltagelse i kulturelle aktiviteter kan både forebygge og behandle, og samarbejdet mellem \
kultur- og sundhedssektoren er et oplagt supplement til de eksisterende sundhedsindsatser – for \
borgeren, de pårørende, de ansatte i sundhedsvæsenet og den sygemeldtes vej tilbage til \
arbejdsmarkedet. Ensomhed er et gennemgående fokus i alle projekter, og vi undersøger, om \
peer-to-peer-indsatser virker anderledes end indsatser med kommunen som tydelig afsender.

## Målgrupper

Vi begynder med tre målgrupper, som kan udvides, efterhånden som vi høster erfaringer:

- ældre
- sårbare unge
- sygemeldte med stress, angst eller depression

## Sådan arbejder vi

- **Kompetenceudvikling:** et årligt fællesseminar for alle kommuner og projekter og løbende \
faglige dage for medarbejdere på både kultur- og sundhedssiden.
- **Projektforløb på tre niveauer:** som selvstændige forløb, knyttet til eksisterende forløb \
eller koblet til kommunernes øvrige trivselsforløb.
- **Strategiske samarbejder** med de andre kulturregioner, KL og regionerne, med netværk som \
Læseforeningen og Musik og Sundhed og med civilsamfundets organisationer.
- **Viden og dokumentation** sammen med videnspartnere som Statens Institut for \
Folkesundhed (SDU) og Nordjysk Center for Kultur og Sundhed, så indsatserne kan \
effektvurderes og samles i anbefalinger til praksis.
""",
        "country": "DK",
        "region": "Region Hovedstaden",
        "language": "da",
        "time_zone": "Europe/Copenhagen",
        "owner": "kulturmetropolen",
        "contact_email": "bedreliv@kulturmetropolen.demo",
        "website": "https://kulturmetropolen.dk",
        "open_for_members": True,
        "join_information": """\
Kommunerne i Kulturmetropolen kan gå med i indsatsområdet og vælge de målgrupper, der passer \
til netop dem.

Kulturinstitutioner, kunstnere, foreninger og forskere, der vil bidrage til projekterne eller \
til dokumentationen, er velkomne til at kontakte projektlederen.
""",
    },
    {
        "slug": "skane",
        "name": "Nätverk för kultur och hälsa i Region Skåne",
        "short_description": (
            "Ett förvaltningsövergripande nätverk där medarbetare i Region Skåne delar kunskap, "
            "information och idéer om kultur och hälsa."
        ),
        "description": """\
I Region Skånes nätverk för kultur och hälsa ingår i dag ett 25-tal personer från olika \
förvaltningar och verksamheter. De har regelbunden kontakt och utbyter kunskap, information \
och idéer inom området.

Nätverket stödjer arbetet med *Hela människan, hela livet – Region Skånes strategi för kultur \
och hälsa*, som kulturnämnden och hälso- och sjukvårdsnämnden antog våren 2022. Strategin ska \
bidra till att kulturens effekter på människors hälsa och välbefinnande tas tillvara, både i \
hälso- och sjukvården och i det förebyggande och hälsofrämjande arbetet. Den är en del av \
Region Skånes övergripande mål "Bättre liv och hälsa för fler" och av rörelsen mot \
Framtidens hälsosystem.

## Nätverkets syfte

- utbyta kunskap, information och idéer
- inspirera till gränsöverskridande samtal och samarbeten
- stödja genomförandet av strategin för kultur och hälsa och koppla den till Framtidens \
hälsosystem

## Så arbetar vi

En styrgrupp och en arbetsgrupp, båda förvaltningsövergripande, driver arbetet med strategin. \
Nätverkets medlemmar är ambassadörer för kultur och hälsa och sprider strategins innehåll \
internt och externt.

Vi träffas både fysiskt och digitalt – från längre möten med information och workshoppar till \
korta digitala lunchföreläsningar. Mellan mötena skickar vi nyhetsbrev. Kulturaktörer, externa \
organisationer och föreläsare bjuds in till mötena.
""",
        "country": "SE",
        "region": "Skåne",
        "language": "sv",
        "time_zone": "Europe/Stockholm",
        "owner": "region-skane",
        "contact_email": "kulturochhalsa@skane.demo",
        "website": "",
        "open_for_members": True,
        "join_information": """\
**Arbetar du i Region Skåne och vill vara med i nätverket?** Kontakta arbetsgruppen för \
kultur och hälsa.

Du kan vara med på olika sätt beroende på din funktion och ditt uppdrag. Som medlem

- får du kunskapshöjande insatser och kan själv föreslå innehåll till möten och seminarier
- får du stöd och tips i din egen kultur och hälsa-verksamhet och hittar partner till \
samarbeten
- kan du ingå i arbetsgrupper som tar fram informationsmaterial, ordnar konferenser eller \
driver utvecklingsprojekt
""",
    },
    {
        "slug": "taikusydan",
        "name": "Taikusydän",
        "short_description": (
            "Valtakunnallinen verkosto, joka kehittää taiteen ja hyvinvoinnin yhteyksiä ja "
            "viestii niistä."
        ),
        "description": """\
**Taide kuuluu kaikille!**

Taikusydän on valtakunnallinen yhteistyöverkosto, joka kehittää taiteen ja hyvinvoinnin \
välisiä yhteyksiä ja viestii niistä. Verkostoa koordinoidaan Turun ammattikorkeakoulusta.

Taiteen ja hyvinvointityön rajapinnat lähenevät. Suomessa rakennetaan osaamis-, innovaatio- \
ja välitysverkostoja, joissa taiteilijat, tuottajat sekä sosiaali- ja terveysalan ammattilaiset \
tekevät työtä yhdessä.

## Mitä Taikusydän tekee

- kokoaa yhteen hyviä toimintamalleja sekä tutkimus- ja hanketietoa
- kytkee taiteen, kulttuurin ja sote-alan ammattilaiset toisiinsa
- koordinoi taiteen ja kulttuurin hyvinvointivaikutusten laajaa kenttää
- tukee alueellisia verkostoja, kuten Kymenlaakson hyvinvointia kulttuurista -verkostoa

## Kulttuurisote-hanke

Taiteen edistämiskeskus (Taike) myönsi avustuksen kuuden maakunnan yhteiseen \
Kulttuurisote-hankkeeseen. Hankkeessa selvitetään, miten taide- ja kulttuurilähtöiset \
hyvinvointipalvelut voidaan kirjata maakuntien sosiaali- ja terveydenhuollon \
palvelutuotantoa ohjaaviin asiakirjoihin.

Päähallinnoija on Pohjois-Savon sairaanhoitopiirin kuntayhtymä. Mukana ovat myös \
Kymenlaakson sairaanhoito- ja sosiaalipalvelujen kuntayhtymä Carea, Etelä-Pohjanmaan liitto, \
Pohjois-Pohjanmaan liitto, Pirkanmaan liitto ja Turun kaupungin hyvinvointitoimiala.
""",
        "country": "FI",
        "region": "Koko Suomi",
        "language": "fi",
        "time_zone": "Europe/Helsinki",
        "management": "turun-ammattikorkeakoulu",
        "contact_email": "taikusydan@turkuamk.demo",
        "website": "https://taikusydan.turkuamk.fi",
        "open_for_members": True,
        "join_information": """\
Taikusydän on avoin kaikille, jotka työskentelevät taiteen, kulttuurin ja hyvinvoinnin \
parissa: taiteilijoille, tuottajille, sote-alan ammattilaisille, tutkijoille ja \
organisaatioille.

- Kerro meille toiminnastasi ja yhteyshenkilöstäsi.
- Alueellisiin verkostoihin, kuten Kymenlaaksoon, voit liittyä myös suoraan.
""",
    },
    {
        "slug": "kymenlaakso",
        "name": "Kymenlaakson hyvinvointia kulttuurista -verkosto",
        "short_description": (
            "Kymenlaaksolainen verkosto taide- ja sote-alan toimijoille, jotka edistävät "
            "hyvinvointia taiteen ja kulttuurin keinoin."
        ),
        "description": """\
Verkoston perusti keväällä 2017 joukko ihmisiä, joille hyvinvoinnin edistäminen taiteen ja \
kulttuurin keinoin on sydämen asia.

Verkostossa on mukana Kymenlaaksossa toimivia taide- ja sote-alan ammattilaisia, yrityksiä, \
yhdistyksiä ja organisaatioita. Verkosto kehittää alojen ja toimijoiden välistä yhteistyötä \
sekä jakaa tietoa, kokemuksia ja osaamista.

## Verkostossa

- tutustut muihin taiteen, kulttuurin ja sote-alan toimijoihin Kymenlaaksossa
- jaat tietoa, kokemuksia ja osaamista
- kehität yhteistyötä yli alojen rajojen
- kuulet Kulttuurisote-hankkeen ja Taikusydämen ajankohtaiset asiat

Kymenlaakso on mukana kuuden maakunnan Kulttuurisote-hankkeessa, jonka keskeinen tavoite on \
lähentää taiteen kenttää ja sote-toimijoita toisiinsa. Verkostoa koordinoi Toimintavoima Oy.
""",
        "country": "FI",
        "region": "Kymenlaakso",
        "language": "fi",
        "time_zone": "Europe/Helsinki",
        "parent": "taikusydan",
        "management": "toimintavoima-oy",
        "contact_email": "verkosto@toimintavoima.demo",
        "website": "",
        "open_for_members": True,
        "join_information": """\
**Tule mukaan!** Verkosto on avoin kaikille Kymenlaaksossa toimiville taide- ja sote-alan \
ammattilaisille, yrityksille, yhdistyksille ja organisaatioille.

Ota yhteyttä verkoston koordinaattoriin. Facebookista löydät myös ryhmän Kymenlaakson \
hyvinvointia kulttuurista -verkosto.
""",
    },
]

# ----------------------------------------------------------------------------- organisations
# "kind" is an Organisation.Kind value, "sectors" are slugs of the sector vocabulary.

ORGANISATIONS = [
    # --- Region Midtjylland --------------------------------------------------------------
    {
        "slug": "holstebro-kommune",
        "name": "Holstebro Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Holstebro",
        "website": "https://www.holstebro.dk",
        "email": "kultur@holstebro.demo",
        "description": "Projektejer for netværket Kulturinitiativers sundhedsfremme.",
    },
    {
        "slug": "aarhus-kommune",
        "name": "Aarhus Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Aarhus",
        "website": "https://www.aarhus.dk",
        "email": "kultursundhed@aarhus.demo",
        "description": "Medlemskommune i netværket; deltager fra kultur- og sundhedsområdet.",
    },
    {
        "slug": "herning-kommune",
        "name": "Herning Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Herning",
        "website": "https://www.herning.dk",
        "email": "kultur@herning.demo",
        "description": "Medlemskommune i netværket; deltager fra kultur- og beskæftigelsesområdet.",
    },
    {
        "slug": "randers-kommune",
        "name": "Randers Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Randers",
        "website": "https://www.randers.dk",
        "email": "kultur@randers.demo",
        "description": "Medlemskommune i netværket.",
    },
    {
        "slug": "silkeborg-kommune",
        "name": "Silkeborg Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Silkeborg",
        "website": "https://www.silkeborg.dk",
        "email": "sundhed@silkeborg.demo",
        "description": "Medlemskommune i netværket; deltager fra sundhedsområdet.",
    },
    {
        "slug": "viborg-kommune",
        "name": "Viborg Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Viborg",
        "website": "https://www.viborg.dk",
        "email": "kultur@viborg.demo",
        "description": "Medlemskommune i netværket; deltager bl.a. med bibliotekerne.",
    },
    {
        "slug": "horsens-kommune",
        "name": "Horsens Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Horsens",
        "website": "https://www.horsens.dk",
        "email": "kultur@horsens.demo",
        "description": "Medlemskommune i netværket.",
    },
    {
        "slug": "skive-kommune",
        "name": "Skive Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Skive",
        "website": "https://www.skive.dk",
        "email": "kultur@skive.demo",
        "description": (
            "Medlemskommune i netværket; deltager på tværs af kultur, social og beskæftigelse."
        ),
    },
    {
        "slug": "struer-kommune",
        "name": "Struer Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Struer",
        "website": "https://www.struer.dk",
        "email": "kultur@struer.demo",
        "description": "Medlemskommune i netværket.",
    },
    {
        "slug": "lemvig-kommune",
        "name": "Lemvig Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Lemvig",
        "website": "https://www.lemvig.dk",
        "email": "sundhed@lemvig.demo",
        "description": "Medlemskommune i netværket.",
    },
    {
        "slug": "ringkobing-skjern-kommune",
        "name": "Ringkøbing-Skjern Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Ringkøbing",
        "website": "https://www.rksk.dk",
        "email": "kultur@rksk.demo",
        "description": "Medlemskommune i netværket.",
    },
    {
        "slug": "ikast-brande-kommune",
        "name": "Ikast-Brande Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Ikast",
        "website": "https://www.ikast-brande.dk",
        "email": "kultur@ikast-brande.demo",
        "description": "Medlemskommune i netværket; deltager bl.a. med jobcentret.",
    },
    {
        "slug": "aarhus-universitet",
        "name": "Aarhus Universitet",
        "kind": "university",
        "sectors": ["education", "health"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Aarhus",
        "website": "https://www.au.dk",
        "email": "kultur.sund@au.demo",
        "description": (
            "Varetager projektledelsen af netværket og forsker i kultur som sundhedsfremme."
        ),
    },
    {
        "slug": "region-midtjylland",
        "name": "Region Midtjylland",
        "kind": "region",
        "sectors": ["health", "culture"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Viborg",
        "website": "https://www.rm.dk",
        "email": "kultur@rm.demo",
        "description": "Støtter netværket økonomisk og deltager med regionale fagfolk.",
    },
    {
        "slug": "psykiatrien-region-midtjylland",
        "name": "Psykiatrien i Region Midtjylland",
        "kind": "psychiatry",
        "sectors": ["health"],
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Aarhus",
        "website": "",
        "email": "recovery@ps.rm.demo",
        "description": (
            "Regionspsykiatrien, der deltager i netværket sammen med kommunerne og Aarhus "
            "Universitet."
        ),
    },
    # --- Region Nordjylland --------------------------------------------------------------
    {
        "slug": "region-nordjylland",
        "name": "Region Nordjylland",
        "kind": "region",
        "sectors": ["health", "culture"],
        "country": "DK",
        "region": "Region Nordjylland",
        "municipality": "Aalborg",
        "website": "https://rn.dk",
        "email": "kultur@rn.demo",
        "description": "Tovholder for indsatsområdet Kultur, sundhed og livskvalitet.",
    },
    {
        "slug": "nordjysk-center-for-kultur-og-sundhed",
        "name": "Nordjysk Center for Kultur og Sundhed",
        "kind": "university",
        "sectors": ["culture", "health", "education"],
        "country": "DK",
        "region": "Region Nordjylland",
        "municipality": "Aalborg",
        "website": "",
        "email": "videncenter@ncks.demo",
        "description": (
            "Videnspartner, der dokumenterer og formidler erfaringer med kultur og sundhed."
        ),
    },
    {
        "slug": "aalborg-universitetshospital",
        "name": "Aalborg Universitetshospital",
        "kind": "psychiatry",
        "sectors": ["health"],
        "country": "DK",
        "region": "Region Nordjylland",
        "municipality": "Aalborg",
        "website": "",
        "email": "kultur@aalborguh.demo",
        "description": "Hospital, der deltager i indsatsområdet med tilbud til indlagte patienter.",
    },
    {
        "slug": "aalborg-kommune",
        "name": "Aalborg Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Nordjylland",
        "municipality": "Aalborg",
        "website": "https://www.aalborg.dk",
        "email": "kultur@aalborg.demo",
        "description": "Kommune, der deltager i indsatsområdet Kultur, sundhed og livskvalitet.",
    },
    {
        "slug": "hjorring-kommune",
        "name": "Hjørring Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Nordjylland",
        "municipality": "Hjørring",
        "website": "",
        "email": "sundhed@hjorring.demo",
        "description": "Kommune, der deltager i indsatsområdet Kultur, sundhed og livskvalitet.",
    },
    {
        "slug": "frederikshavn-kommune",
        "name": "Frederikshavn Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Nordjylland",
        "municipality": "Frederikshavn",
        "website": "",
        "email": "kultur@frederikshavn.demo",
        "description": "Kommune, der deltager i indsatsområdet med blandt andet digitale tilbud.",
    },
    {
        "slug": "thisted-kommune",
        "name": "Thisted Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Nordjylland",
        "municipality": "Thisted",
        "website": "",
        "email": "ung@thisted.demo",
        "description": "Kommune, der deltager i indsatsområdet med trivselstiltag for unge.",
    },
    {
        "slug": "kunstforeningen-nordlys",
        "name": "Kunstforeningen Nordlys",  # fictional
        "kind": "association",
        "sectors": ["culture"],
        "country": "DK",
        "region": "Region Nordjylland",
        "municipality": "Frederikshavn",
        "website": "",
        "email": "post@nordlys.demo",
        "description": "Frivillig kunstforening, der laver værkstedsforløb for ensomme ældre.",
    },
    {
        "slug": "sangforeningen-faellesklang",
        "name": "Sangforeningen Fællesklang",  # fictional
        "kind": "association",
        "sectors": ["culture", "social"],
        "country": "DK",
        "region": "Region Nordjylland",
        "municipality": "Hjørring",
        "website": "",
        "email": "kontakt@faellesklang.demo",
        "description": "Fællessang for alle – også for dem, der aldrig har sunget i kor.",
    },
    {
        "slug": "limfjordens-fortaellevaerksted",
        "name": "Limfjordens Fortælleværksted",  # fictional
        "kind": "cultural",
        "sectors": ["culture", "education"],
        "country": "DK",
        "region": "Region Nordjylland",
        "municipality": "Aalborg",
        "website": "",
        "email": "hej@fortaellevaerkstedet.demo",
        "description": "Fortælling og skrivning som vej til trivsel for unge og voksne.",
    },
    {
        "slug": "atelier-maja-fog",
        "name": "Atelier Maja Fog",  # fictional
        "kind": "artist",
        "sectors": ["culture"],
        "country": "DK",
        "region": "Region Nordjylland",
        "municipality": "Skagen",
        "website": "",
        "email": "atelier@majafog.demo",
        "description": "Billedkunstner, der laver maleforløb på hospitaler og plejecentre.",
    },
    {
        "slug": "anders-birk-musik",
        "name": "Anders Birk Musik",  # fictional
        "kind": "artist",
        "sectors": ["culture"],
        "country": "DK",
        "region": "Region Nordjylland",
        "municipality": "Aalborg",
        "website": "",
        "email": "musik@andersbirk.demo",
        "description": "Musiker og musikformidler med koncerter og sangforløb for sårbare unge.",
    },
    # --- Kulturmetropolen ----------------------------------------------------------------
    {
        "slug": "kulturmetropolen",
        "name": "Kulturmetropolen",
        "kind": "other",
        "sectors": ["culture"],
        "country": "DK",
        "region": "Region Hovedstaden",
        "municipality": "",
        "website": "https://kulturmetropolen.dk",
        "email": "kontakt@kulturmetropolen.demo",
        "description": (
            "Kulturregion og kultursamarbejde mellem kommuner i hovedstadsområdet; står bag "
            "indsatsområdet Et bedre liv med kultur."
        ),
    },
    {
        "slug": "albertslund-kommune",
        "name": "Albertslund Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Hovedstaden",
        "municipality": "Albertslund",
        "website": "https://albertslund.dk",
        "email": "kultur@albertslund.demo",
        "description": "Kommune i Kulturmetropolen, der deltager i Et bedre liv med kultur.",
    },
    {
        "slug": "ballerup-kommune",
        "name": "Ballerup Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Hovedstaden",
        "municipality": "Ballerup",
        "website": "https://ballerup.dk",
        "email": "sundhed@ballerup.demo",
        "description": "Kommune i Kulturmetropolen, der deltager i Et bedre liv med kultur.",
    },
    {
        "slug": "gladsaxe-kommune",
        "name": "Gladsaxe Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Hovedstaden",
        "municipality": "Søborg",
        "website": "https://gladsaxe.dk",
        "email": "bibliotek@gladsaxe.demo",
        "description": "Kommune i Kulturmetropolen, der deltager i Et bedre liv med kultur.",
    },
    {
        "slug": "hoje-taastrup-kommune",
        "name": "Høje-Taastrup Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Hovedstaden",
        "municipality": "Taastrup",
        "website": "https://www.htk.dk",
        "email": "kultur@htk.demo",
        "description": "Kommune i Kulturmetropolen, der deltager i Et bedre liv med kultur.",
    },
    {
        "slug": "ishoj-kommune",
        "name": "Ishøj Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Hovedstaden",
        "municipality": "Ishøj",
        "website": "https://www.ishoj.dk",
        "email": "ung@ishoj.demo",
        "description": "Kommune i Kulturmetropolen, der deltager i Et bedre liv med kultur.",
    },
    {
        "slug": "rodovre-kommune",
        "name": "Rødovre Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Hovedstaden",
        "municipality": "Rødovre",
        "website": "https://www.rk.dk",
        "email": "kultur@rodovre.demo",
        "description": "Kommune i Kulturmetropolen, der deltager i Et bedre liv med kultur.",
    },
    {
        "slug": "helsingor-kommune",
        "name": "Helsingør Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Hovedstaden",
        "municipality": "Helsingør",
        "website": "https://www.helsingor.dk",
        "email": "sundhed@helsingor.demo",
        "description": "Kommune i Kulturmetropolen, der deltager i Et bedre liv med kultur.",
    },
    {
        "slug": "halsnaes-kommune",
        "name": "Halsnæs Kommune",
        "kind": "municipality",
        "sectors": ["culture", "health", "social"],
        "country": "DK",
        "region": "Region Hovedstaden",
        "municipality": "Frederiksværk",
        "website": "https://www.halsnaes.dk",
        "email": "job@halsnaes.demo",
        "description": "Kommune i Kulturmetropolen, der deltager i Et bedre liv med kultur.",
    },
    {
        "slug": "statens-institut-for-folkesundhed",
        "name": "Statens Institut for Folkesundhed, SDU",
        "kind": "university",
        "sectors": ["health", "education"],
        "country": "DK",
        "region": "Region Hovedstaden",
        "municipality": "København",
        "website": "https://www.sdu.dk/sif",
        "email": "kultur@sif.demo",
        "description": "Videnspartner om dokumentation og effektvurdering af kulturindsatser.",
    },
    {
        "slug": "laeseforeningen",
        "name": "Læseforeningen",
        "kind": "association",
        "sectors": ["culture", "social"],
        "country": "DK",
        "region": "",
        "municipality": "",
        "website": "https://laeseforeningen.dk",
        "email": "kontakt@laeseforeningen.demo",
        "description": "Landsdækkende forening, der samler mennesker om fælles højtlæsning.",
    },
    {
        "slug": "karoline-vang-billedkunst",
        "name": "Karoline Vang Billedkunst",  # fictional
        "kind": "artist",
        "sectors": ["culture"],
        "country": "DK",
        "region": "Region Hovedstaden",
        "municipality": "Albertslund",
        "website": "",
        "email": "studio@karolinevang.demo",
        "description": "Billedkunstner med værkstedsforløb for ældre og unge.",
    },
    # --- Skåne ---------------------------------------------------------------------------
    {
        "slug": "region-skane",
        "name": "Region Skåne",
        "kind": "region",
        "sectors": ["culture", "health"],
        "country": "SE",
        "region": "Skåne",
        "municipality": "Kristianstad",
        "website": "https://www.skane.se",
        "email": "kulturochhalsa@skane.demo",
        "description": (
            "Äger nätverket. Kulturnämnden och hälso- och sjukvårdsnämnden står bakom strategin "
            "Hela människan, hela livet."
        ),
    },
    {
        "slug": "skanes-universitetssjukhus",
        "name": "Skånes universitetssjukhus",
        "kind": "psychiatry",
        "sectors": ["health"],
        "country": "SE",
        "region": "Skåne",
        "municipality": "Lund",
        "website": "",
        "email": "kultur@sus.demo",
        "description": "Universitetssjukhus i Lund och Malmö.",
    },
    {
        "slug": "psykiatri-habilitering-och-hjalpmedel",
        "name": "Psykiatri, habilitering och hjälpmedel",
        "kind": "psychiatry",
        "sectors": ["health", "social"],
        "country": "SE",
        "region": "Skåne",
        "municipality": "Lund",
        "website": "",
        "email": "php@skane.demo",
        "description": "Region Skånes förvaltning för psykiatri; kultur i rehabiliteringen.",
    },
    {
        "slug": "primarvarden-skane",
        "name": "Primärvården Skåne",
        "kind": "health_care",
        "sectors": ["health"],
        "country": "SE",
        "region": "Skåne",
        "municipality": "Malmö",
        "website": "",
        "email": "primarvard@skane.demo",
        "description": "Region Skånes vårdcentraler.",
    },
    {
        "slug": "lunds-universitet",
        "name": "Lunds universitet",
        "kind": "university",
        "sectors": ["education", "health"],
        "country": "SE",
        "region": "Skåne",
        "municipality": "Lund",
        "website": "https://www.lu.se",
        "email": "kulturochhalsa@lu.demo",
        "description": "Universitet med forskning om bland annat kultur, hälsa och välbefinnande.",
    },
    {
        "slug": "malmo-opera",
        "name": "Malmö Opera",
        "kind": "cultural",
        "sectors": ["culture"],
        "country": "SE",
        "region": "Skåne",
        "municipality": "Malmö",
        "website": "https://www.malmoopera.se",
        "email": "publik@malmoopera.demo",
        "description": "Operahus i Malmö; bjuds in till nätverkets möten som kulturaktör.",
    },
    {
        "slug": "skanes-dansteater",
        "name": "Skånes Dansteater",
        "kind": "cultural",
        "sectors": ["culture"],
        "country": "SE",
        "region": "Skåne",
        "municipality": "Malmö",
        "website": "https://www.skanesdansteater.se",
        "email": "dans@dansteater.demo",
        "description": "Dansinstitution i Malmö; bjuds in till nätverkets möten som kulturaktör.",
    },
    {
        "slug": "emma-lindqvist-dans",
        "name": "Emma Lindqvist Dans och rörelse",  # fictional
        "kind": "artist",
        "sectors": ["culture"],
        "country": "SE",
        "region": "Skåne",
        "municipality": "Malmö",
        "website": "",
        "email": "emma@emmalindqvist.demo",
        "description": "Frilansande dansare och koreograf; dans i vården och på äldreboenden.",
    },
    {
        "slug": "nils-holmberg-konst",
        "name": "Nils Holmberg Konst",  # fictional
        "kind": "artist",
        "sectors": ["culture"],
        "country": "SE",
        "region": "Skåne",
        "municipality": "Ystad",
        "website": "",
        "email": "nils@nilsholmberg.demo",
        "description": "Bildkonstnär som leder skapande grupper inom psykiatrin.",
    },
    {
        "slug": "frida-nystrom-scenkonst",
        "name": "Frida Nyström Scenkonst",  # fictional
        "kind": "artist",
        "sectors": ["culture"],
        "country": "SE",
        "region": "Skåne",
        "municipality": "Helsingborg",
        "website": "",
        "email": "frida@fridanystrom.demo",
        "description": "Skådespelare och sjukhusclown för barn på sjukhus.",
    },
    # --- Finland -------------------------------------------------------------------------
    {
        "slug": "turun-ammattikorkeakoulu",
        "name": "Turun ammattikorkeakoulu",
        "kind": "university",
        "sectors": ["education", "culture", "health"],
        "country": "FI",
        "region": "Varsinais-Suomi",
        "municipality": "Turku",
        "website": "https://www.turkuamk.fi",
        "email": "taikusydan@turkuamk.demo",
        "description": (
            "Ammattikorkeakoulu, josta valtakunnallista Taikusydän-verkostoa koordinoidaan."
        ),
    },
    {
        "slug": "pohjois-savon-sairaanhoitopiiri",
        "name": "Pohjois-Savon sairaanhoitopiirin kuntayhtymä",
        "kind": "psychiatry",
        "sectors": ["health"],
        "country": "FI",
        "region": "Pohjois-Savo",
        "municipality": "Kuopio",
        "website": "",
        "email": "kulttuurisote@psshp.demo",
        "description": "Kulttuurisote-hankkeen päähallinnoija.",
    },
    {
        "slug": "carea",
        "name": "Kymenlaakson sairaanhoito- ja sosiaalipalvelujen kuntayhtymä Carea",
        "kind": "health_care",
        "sectors": ["health", "social"],
        "country": "FI",
        "region": "Kymenlaakso",
        "municipality": "Kotka",
        "website": "",
        "email": "kulttuuri@carea.demo",
        "description": "Kymenlaakson sote-kuntayhtymä ja Kulttuurisote-hankkeen osatoteuttaja.",
    },
    {
        "slug": "etela-pohjanmaan-liitto",
        "name": "Etelä-Pohjanmaan liitto",
        "kind": "region",
        "sectors": ["culture"],
        "country": "FI",
        "region": "Etelä-Pohjanmaa",
        "municipality": "Seinäjoki",
        "website": "https://www.epliitto.fi",
        "email": "kulttuuri@epliitto.demo",
        "description": "Maakunnan liitto ja Kulttuurisote-hankkeen osatoteuttaja.",
    },
    {
        "slug": "pohjois-pohjanmaan-liitto",
        "name": "Pohjois-Pohjanmaan liitto",
        "kind": "region",
        "sectors": ["culture"],
        "country": "FI",
        "region": "Pohjois-Pohjanmaa",
        "municipality": "Oulu",
        "website": "https://www.pohjois-pohjanmaa.fi",
        "email": "kulttuuri@pohjois-pohjanmaa.demo",
        "description": "Maakunnan liitto ja Kulttuurisote-hankkeen osatoteuttaja.",
    },
    {
        "slug": "pirkanmaan-liitto",
        "name": "Pirkanmaan liitto",
        "kind": "region",
        "sectors": ["culture"],
        "country": "FI",
        "region": "Pirkanmaa",
        "municipality": "Tampere",
        "website": "https://www.pirkanmaa.fi",
        "email": "kulttuuri@pirkanmaa.demo",
        "description": "Maakunnan liitto ja Kulttuurisote-hankkeen osatoteuttaja.",
    },
    {
        "slug": "turun-kaupungin-hyvinvointitoimiala",
        "name": "Turun kaupungin hyvinvointitoimiala",
        "kind": "municipality",
        "sectors": ["health", "social"],
        "country": "FI",
        "region": "Varsinais-Suomi",
        "municipality": "Turku",
        "website": "https://www.turku.fi",
        "email": "hyvinvointi@turku.demo",
        "description": (
            "Turun kaupungin sosiaali- ja terveyspalvelut; mukana Kulttuurisote-hankkeessa."
        ),
    },
    {
        "slug": "taike",
        "name": "Taiteen edistämiskeskus (Taike)",
        "kind": "other",
        "sectors": ["culture"],
        "country": "FI",
        "region": "",
        "municipality": "Helsinki",
        "website": "https://www.taike.fi",
        "email": "kulttuurisote@taike.demo",
        "description": "Myönsi avustuksen kuuden maakunnan Kulttuurisote-hankkeeseen.",
    },
    {
        "slug": "toimintavoima-oy",
        "name": "Toimintavoima Oy",
        "kind": "company",
        "sectors": ["culture", "social"],
        "country": "FI",
        "region": "Kymenlaakso",
        "municipality": "Kotka",
        "website": "",
        "email": "verkosto@toimintavoima.demo",
        "description": "Koordinoi Kymenlaakson hyvinvointia kulttuurista -verkostoa.",
    },
    {
        "slug": "kotkan-kaupunki",
        "name": "Kotkan kaupunki",
        "kind": "municipality",
        "sectors": ["culture", "social"],
        "country": "FI",
        "region": "Kymenlaakso",
        "municipality": "Kotka",
        "website": "https://www.kotka.fi",
        "email": "kulttuuri@kotka.demo",
        "description": "Kaupunki, jonka kulttuuripalvelut ovat mukana verkostossa.",
    },
    {
        "slug": "kouvolan-kaupunki",
        "name": "Kouvolan kaupunki",
        "kind": "municipality",
        "sectors": ["culture", "social"],
        "country": "FI",
        "region": "Kymenlaakso",
        "municipality": "Kouvola",
        "website": "https://www.kouvola.fi",
        "email": "kulttuuri@kouvola.demo",
        "description": "Kaupunki, jonka kulttuuripalvelut ovat mukana verkostossa.",
    },
    {
        "slug": "xamk",
        "name": "Kaakkois-Suomen ammattikorkeakoulu Xamk",
        "kind": "university",
        "sectors": ["education", "culture"],
        "country": "FI",
        "region": "Kymenlaakso",
        "municipality": "Kouvola",
        "website": "https://www.xamk.fi",
        "email": "kulttuurihyvinvointi@xamk.demo",
        "description": "Ammattikorkeakoulu, joka on mukana verkostossa.",
    },
    {
        "slug": "kymen-kipina-ry",
        "name": "Kulttuuriyhdistys Kymen Kipinä ry",  # fictional
        "kind": "association",
        "sectors": ["culture", "social"],
        "country": "FI",
        "region": "Kymenlaakso",
        "municipality": "Kotka",
        "website": "",
        "email": "hallitus@kymenkipina.demo",
        "description": "Vapaaehtoisvoimin toimiva yhdistys: lauluhetkiä ja kulttuuriluotsausta.",
    },
    {
        "slug": "noora-aalto-kuvataide",
        "name": "Noora Aalto Kuvataide",  # fictional
        "kind": "artist",
        "sectors": ["culture"],
        "country": "FI",
        "region": "Kymenlaakso",
        "municipality": "Hamina",
        "website": "",
        "email": "noora@nooraaalto.demo",
        "description": "Kuvataiteilija, joka ohjaa taidetyöpajoja hoivakodeissa.",
    },
    {
        "slug": "kalle-hamalainen-musiikki",
        "name": "Kalle Hämäläinen Musiikki",  # fictional
        "kind": "artist",
        "sectors": ["culture", "health"],
        "country": "FI",
        "region": "Kymenlaakso",
        "municipality": "Kouvola",
        "website": "",
        "email": "kalle@kallehamalainen.demo",
        "description": "Muusikko ja musiikkiterapeutti.",
    },
]

# ------------------------------------------------------------------------------- memberships
# Organisation memberships per network: (organisation slug, Membership.Role, Membership.Status).

MEMBERSHIPS = {
    "midtjylland": [
        ("holstebro-kommune", "project_owner", "active"),
        ("aarhus-universitet", "project_management", "active"),
        ("region-midtjylland", "funder", "active"),
        ("psykiatrien-region-midtjylland", "member", "active"),
        ("aarhus-kommune", "member", "active"),
        ("herning-kommune", "member", "active"),
        ("randers-kommune", "member", "active"),
        ("silkeborg-kommune", "member", "active"),
        ("viborg-kommune", "member", "active"),
        ("horsens-kommune", "member", "active"),
        ("skive-kommune", "member", "active"),
        ("struer-kommune", "member", "active"),
        ("lemvig-kommune", "member", "active"),
        ("ringkobing-skjern-kommune", "member", "active"),
        ("ikast-brande-kommune", "member", "active"),
    ],
    "nordjylland": [
        ("region-nordjylland", "project_owner", "active"),
        ("nordjysk-center-for-kultur-og-sundhed", "member", "active"),
        ("aalborg-universitetshospital", "member", "active"),
        ("aalborg-kommune", "member", "active"),
        ("hjorring-kommune", "member", "active"),
        ("frederikshavn-kommune", "member", "active"),
        ("thisted-kommune", "member", "active"),
        ("kunstforeningen-nordlys", "member", "active"),
        ("sangforeningen-faellesklang", "member", "active"),
        ("limfjordens-fortaellevaerksted", "member", "applied"),
        ("atelier-maja-fog", "member", "active"),
        ("anders-birk-musik", "member", "active"),
    ],
    "kulturmetropolen": [
        ("kulturmetropolen", "project_owner", "active"),
        ("albertslund-kommune", "member", "active"),
        ("ballerup-kommune", "member", "active"),
        ("gladsaxe-kommune", "member", "active"),
        ("hoje-taastrup-kommune", "member", "active"),
        ("ishoj-kommune", "member", "active"),
        ("rodovre-kommune", "member", "active"),
        ("helsingor-kommune", "member", "active"),
        ("halsnaes-kommune", "member", "active"),
        ("statens-institut-for-folkesundhed", "member", "active"),
        ("nordjysk-center-for-kultur-og-sundhed", "observer", "active"),
        ("laeseforeningen", "member", "active"),
        ("karoline-vang-billedkunst", "member", "active"),
    ],
    "skane": [
        ("region-skane", "project_owner", "active"),
        ("skanes-universitetssjukhus", "member", "active"),
        ("psykiatri-habilitering-och-hjalpmedel", "member", "active"),
        ("primarvarden-skane", "member", "active"),
        ("lunds-universitet", "member", "active"),
        ("malmo-opera", "observer", "active"),
        ("skanes-dansteater", "observer", "active"),
        ("emma-lindqvist-dans", "observer", "active"),
        ("nils-holmberg-konst", "observer", "active"),
        ("frida-nystrom-scenkonst", "observer", "active"),
    ],
    "taikusydan": [
        ("turun-ammattikorkeakoulu", "project_management", "active"),
        # Taike granted the funding for the Kulttuurisote project run within the network.
        ("taike", "funder", "active"),
        ("pohjois-savon-sairaanhoitopiiri", "member", "active"),
        ("carea", "member", "active"),
        ("etela-pohjanmaan-liitto", "member", "active"),
        ("pohjois-pohjanmaan-liitto", "member", "active"),
        ("pirkanmaan-liitto", "member", "active"),
        ("turun-kaupungin-hyvinvointitoimiala", "member", "active"),
    ],
    "kymenlaakso": [
        ("toimintavoima-oy", "project_management", "active"),
        ("carea", "member", "active"),
        ("kotkan-kaupunki", "member", "active"),
        ("kouvolan-kaupunki", "member", "active"),
        ("xamk", "member", "active"),
        ("kymen-kipina-ry", "member", "active"),
        ("noora-aalto-kuvataide", "member", "active"),
        ("kalle-hamalainen-musiikki", "member", "active"),
    ],
}

# ------------------------------------------------------------------------------------ people
# All fictional. Per network: the person's role there ("coordinator"; otherwise "member").
# Optional keys: "also" (roles in further networks), "listed" (default True),
# "open" (open to collaboration, default False), "login" (a demo account, see the command).

PEOPLE = {
    "midtjylland": [
        {
            "name": "Signe Kjærgaard",
            "title": "Projektleder",
            "organisations": ["aarhus-universitet"],
            "email": "signe.kjaergaard@au.demo",
            "competences": ["project-management", "evaluation", "facilitation"],
            "target_groups": ["psychiatry", "sick-leave"],
            "languages": ["da", "en"],
            "bio": "Leder netværket fra Aarhus Universitet og planlægger netværksmøder, kurser "
            "og webinarer. Har en baggrund i folkesundhedsvidenskab.",
            "open": True,
            "role": "coordinator",
            "login": True,
        },
        {
            "name": "Mette Bruun",
            "title": "Kulturkonsulent",
            "organisations": ["holstebro-kommune"],
            "email": "mette.bruun@holstebro.demo",
            "competences": ["cultural-mediation", "project-management", "policy"],
            "art_forms": ["music", "visual-art"],
            "target_groups": ["lonely", "elderly"],
            "languages": ["da", "en", "de"],
            "bio": "Står for Holstebro Kommunes rolle som projektejer og er bindeled til "
            "kommunens kulturinstitutioner.",
            "role": "coordinator",
        },
        {
            "name": "Mikkel Lauridsen",
            "title": "Lektor",
            "organisations": ["aarhus-universitet"],
            "email": "mikkel.lauridsen@au.demo",
            "competences": ["research", "evaluation"],
            "target_groups": ["sick-leave", "psychiatry"],
            "languages": ["da", "en"],
            "bio": "Forsker i kunst og kultur som sundhedsfremme og underviser på netværkets "
            "evalueringskurser.",
            "open": True,
        },
        {
            "name": "Anders Munk",
            "title": "Specialkonsulent",
            "organisations": ["region-midtjylland"],
            "email": "anders.munk@rm.demo",
            "competences": ["policy", "fundraising"],
            "languages": ["da", "en"],
            "bio": "Arbejder med regional udvikling og følger netværket for Region Midtjylland.",
        },
        {
            "name": "Charlotte Friis",
            "title": "Musikterapeut",
            "organisations": ["psykiatrien-region-midtjylland"],
            "email": "charlotte.friis@ps.rm.demo",
            "competences": ["art-therapy", "mental-health"],
            "art_forms": ["music", "singing"],
            "target_groups": ["psychiatry", "young-people"],
            "languages": ["da", "en"],
            "bio": "Leder kor og musikgrupper i regionspsykiatrien og samarbejder med lokale "
            "spillesteder om udslusning.",
            "open": True,
        },
        {
            "name": "Rasmus Vinther",
            "title": "Sundhedskonsulent",
            "organisations": ["aarhus-kommune"],
            "email": "rasmus.vinther@aarhus.demo",
            "competences": ["health-promotion", "evaluation"],
            "target_groups": ["sick-leave", "unemployed"],
            "languages": ["da", "en"],
            "bio": "Kobler sundhedscentrenes forløb med byens kulturinstitutioner.",
        },
        {
            "name": "Line Dahlgaard",
            "title": "Kulturmedarbejder",
            "organisations": ["herning-kommune"],
            "email": "line.dahlgaard@herning.demo",
            "competences": ["cultural-mediation", "facilitation"],
            "art_forms": ["theatre", "creative-writing"],
            "target_groups": ["unemployed", "lonely"],
            "languages": ["da"],
            "bio": "Planlægger kreative skriveværksteder for borgere på kanten af arbejdsmarkedet.",
            "open": True,
            "login": True,
        },
        {
            "name": "Jakob Skovgaard",
            "title": "Kultur- og fritidskonsulent",
            "organisations": ["randers-kommune"],
            "email": "jakob.skovgaard@randers.demo",
            "competences": ["cultural-mediation", "project-management"],
            "art_forms": ["museum", "music"],
            "target_groups": ["elderly"],
            "languages": ["da", "en"],
            "bio": "Udvikler museumsbesøg og koncerter for ældre sammen med plejecentrene.",
        },
        {
            "name": "Pernille Iversen",
            "title": "Sundhedsfremmekonsulent",
            "organisations": ["silkeborg-kommune"],
            "email": "pernille.iversen@silkeborg.demo",
            "competences": ["health-promotion", "facilitation"],
            "art_forms": ["singing", "nature-culture"],
            "target_groups": ["lonely", "elderly"],
            "languages": ["da", "en"],
            "bio": "Arbejder med fællessang og naturoplevelser som vej ud af ensomhed.",
            "open": True,
        },
        {
            "name": "Søren Kristensen",
            "title": "Biblioteksleder",
            "organisations": ["viborg-kommune"],
            "email": "soren.kristensen@viborg.demo",
            "competences": ["cultural-mediation"],
            "art_forms": ["literature"],
            "target_groups": ["sick-leave", "lonely"],
            "languages": ["da", "en"],
            "bio": "Har startet læsegrupper for sygemeldte på bibliotekerne i Viborg.",
        },
        {
            "name": "Anja Mikkelsen",
            "title": "Konsulent",
            "organisations": ["horsens-kommune"],
            "email": "anja.mikkelsen@horsens.demo",
            "competences": ["social-work"],
            "target_groups": ["young-people"],
            "languages": ["da"],
            "bio": "Arbejder med unge i socialpsykiatrien.",
            "listed": False,
        },
        {
            "name": "Helle Pedersen",
            "title": "Projektkoordinator",
            "organisations": ["skive-kommune"],
            "email": "helle.pedersen@skive.demo",
            "competences": ["project-management", "communication"],
            "art_forms": ["crafts", "visual-art"],
            "target_groups": ["unemployed", "migrants"],
            "languages": ["da", "en"],
            "bio": "Koordinerer kulturforløb på tværs af kultur, social og beskæftigelse.",
            "open": True,
        },
        {
            "name": "Kasper Juul",
            "title": "Kulturkoordinator",
            "organisations": ["struer-kommune"],
            "email": "kasper.juul@struer.demo",
            "competences": ["policy", "fundraising"],
            "art_forms": ["music"],
            "languages": ["da", "en"],
            "bio": "Vil gøre lyd og musik til en fast del af kommunens sundhedstilbud.",
        },
        {
            "name": "Trine Lykke",
            "title": "Sundhedskonsulent",
            "organisations": ["lemvig-kommune"],
            "email": "trine.lykke@lemvig.demo",
            "competences": ["health-promotion"],
            "target_groups": ["elderly"],
            "languages": ["da"],
            "bio": "Arbejder med forebyggelse for ældre.",
            "listed": False,
        },
        {
            "name": "Morten Hedegaard",
            "title": "Kulturkonsulent",
            "organisations": ["ringkobing-skjern-kommune"],
            "email": "morten.hedegaard@rksk.demo",
            "competences": ["cultural-mediation", "facilitation"],
            "art_forms": ["film", "nature-culture"],
            "target_groups": ["lonely", "elderly"],
            "languages": ["da", "en"],
            "bio": "Laver filmklubber og kulturture i landdistrikterne.",
            "open": True,
        },
        {
            "name": "Gitte Sørensen",
            "title": "Jobkonsulent",
            "organisations": ["ikast-brande-kommune"],
            "email": "gitte.sorensen@ikast-brande.demo",
            "competences": ["social-work", "mental-health"],
            "target_groups": ["sick-leave", "unemployed"],
            "languages": ["da", "en"],
            "bio": "Henviser sygemeldte borgere til kulturforløb som led i jobcentrets indsats.",
        },
        {
            "name": "Ida Rosenkilde",
            "title": "Ph.d.-studerende",
            "organisations": ["aarhus-universitet"],
            "email": "ida.rosenkilde@au.demo",
            "competences": ["research", "evaluation"],
            "art_forms": ["singing"],
            "target_groups": ["elderly", "lonely"],
            "languages": ["da", "en", "sv"],
            "bio": "Skriver ph.d. om fællessang og ensomhed blandt ældre.",
            "open": True,
        },
    ],
    "nordjylland": [
        {
            "name": "Karen Overgaard",
            "title": "Projektleder",
            "organisations": ["region-nordjylland"],
            "email": "karen.overgaard@rn.demo",
            "competences": ["project-management", "policy", "fundraising"],
            "target_groups": ["hospital-patients", "young-people", "elderly"],
            "languages": ["da", "en"],
            "bio": "Er tovholder for indsatsområdet og følger signaturprojekterne fra "
            "ansøgning til dokumentation.",
            "open": True,
            "role": "coordinator",
            "login": True,
        },
        {
            "name": "Jens Mølgaard",
            "title": "Kulturkonsulent",
            "organisations": ["region-nordjylland"],
            "email": "jens.molgaard@rn.demo",
            "competences": ["cultural-mediation", "fundraising"],
            "art_forms": ["theatre", "music"],
            "languages": ["da", "en"],
            "bio": "Rådgiver kunstnere og foreninger, der søger puljen til mindre projekter.",
        },
        {
            "name": "Louise Holm Nielsen",
            "title": "Seniorforsker",
            "organisations": ["nordjysk-center-for-kultur-og-sundhed"],
            "email": "louise.holm@ncks.demo",
            "competences": ["research", "evaluation"],
            "target_groups": ["sick-leave", "children"],
            "languages": ["da", "en", "nb"],
            "bio": "Forsker i effekten af kulturforløb og hjælper projekterne med at "
            "dokumentere deres resultater.",
            "open": True,
        },
        {
            "name": "Thomas Krogh",
            "title": "Sygeplejerske og kulturambassadør",
            "organisations": ["aalborg-universitetshospital"],
            "email": "thomas.krogh@aalborguh.demo",
            "competences": ["health-promotion"],
            "art_forms": ["music", "visual-art"],
            "target_groups": ["hospital-patients", "relatives"],
            "languages": ["da", "en"],
            "bio": "Bringer musik og billedkunst ind på sengeafsnittene.",
        },
        {
            "name": "Birgitte Vestergaard",
            "title": "Kulturkoordinator",
            "organisations": ["aalborg-kommune"],
            "email": "birgitte.vestergaard@aalborg.demo",
            "competences": ["cultural-mediation", "project-management"],
            "art_forms": ["museum", "literature"],
            "target_groups": ["sick-leave", "lonely"],
            "languages": ["da", "en"],
            "bio": "Har været med i Kulturvitaminer fra start og udvikler nu næste generation "
            "af forløb.",
            "open": True,
        },
        {
            "name": "Henrik Thomsen",
            "title": "Sundhedskonsulent",
            "organisations": ["hjorring-kommune"],
            "email": "henrik.thomsen@hjorring.demo",
            "competences": ["health-promotion", "mental-health"],
            "target_groups": ["sick-leave"],
            "languages": ["da"],
            "bio": "Står for Kultur på recept i Hjørring.",
        },
        {
            "name": "Anne Sofie Bak",
            "title": "Kulturmedarbejder",
            "organisations": ["frederikshavn-kommune"],
            "email": "annesofie.bak@frederikshavn.demo",
            "competences": ["communication"],
            "target_groups": ["elderly"],
            "languages": ["da"],
            "bio": "Arbejder med digitale kulturtilbud.",
            "listed": False,
        },
        {
            "name": "Camilla Dahl",
            "title": "Ungdomskonsulent",
            "organisations": ["thisted-kommune"],
            "email": "camilla.dahl@thisted.demo",
            "competences": ["facilitation", "mental-health"],
            "art_forms": ["dance", "photography"],
            "target_groups": ["young-people"],
            "languages": ["da", "en"],
            "bio": "Laver trivselsprojekter med kunstnere på ungdomsuddannelserne.",
            "open": True,
        },
        {
            "name": "Maja Fog",
            "title": "Billedkunstner",
            "organisations": ["atelier-maja-fog"],
            "email": "maja@majafog.demo",
            "competences": ["art-therapy", "facilitation"],
            "art_forms": ["visual-art"],
            "target_groups": ["hospital-patients", "elderly"],
            "languages": ["da", "en", "de"],
            "bio": "Maler med patienter og beboere – og ser på, hvad det gør ved rummet.",
            "open": True,
        },
        {
            "name": "Anders Birk",
            "title": "Musiker og musikformidler",
            "organisations": ["anders-birk-musik"],
            "email": "anders@andersbirk.demo",
            "competences": ["cultural-mediation"],
            "art_forms": ["music", "singing"],
            "target_groups": ["young-people"],
            "languages": ["da", "en"],
            "bio": "Spiller koncerter og laver sangskrivningsforløb for sårbare unge.",
        },
        {
            "name": "Lene Kirk",
            "title": "Formand",
            "organisations": ["sangforeningen-faellesklang"],
            "email": "lene.kirk@faellesklang.demo",
            "competences": ["facilitation"],
            "art_forms": ["singing"],
            "target_groups": ["lonely"],
            "languages": ["da"],
            "bio": "Leder foreningens åbne fællessang hver tirsdag.",
            "open": True,
        },
        {
            "name": "Peter Nørgaard",
            "title": "Fortæller",
            "organisations": ["limfjordens-fortaellevaerksted"],
            "email": "peter@fortaellevaerkstedet.demo",
            "competences": ["facilitation", "cultural-mediation"],
            "art_forms": ["creative-writing", "literature"],
            "target_groups": ["young-people", "sick-leave"],
            "languages": ["da", "en"],
            "bio": "Fortæller og underviser i kreativ skrivning for unge og voksne.",
        },
    ],
    "kulturmetropolen": [
        {
            "name": "Nanna Frederiksen",
            "title": "Projektleder",
            "organisations": ["kulturmetropolen"],
            "email": "nanna.frederiksen@kulturmetropolen.demo",
            "competences": ["project-management", "facilitation", "evaluation"],
            "target_groups": ["elderly", "young-people", "sick-leave"],
            "languages": ["da", "en", "sv"],
            "bio": "Leder Et bedre liv med kultur og samler kommunerne om fælles "
            "grundmodeller og effektvurdering.",
            "open": True,
            "role": "coordinator",
            "login": True,
        },
        {
            "name": "Lars Bech",
            "title": "Kulturkonsulent",
            "organisations": ["albertslund-kommune"],
            "email": "lars.bech@albertslund.demo",
            "competences": ["cultural-mediation", "project-management"],
            "art_forms": ["music"],
            "target_groups": ["young-people"],
            "languages": ["da", "en"],
            "bio": "Udvikler musikforløb for sårbare unge sammen med musikskolen.",
            "open": True,
        },
        {
            "name": "Tina Kirkegaard",
            "title": "Sundhedskonsulent",
            "organisations": ["ballerup-kommune"],
            "email": "tina.kirkegaard@ballerup.demo",
            "competences": ["health-promotion", "mental-health"],
            "target_groups": ["sick-leave"],
            "languages": ["da", "en"],
            "bio": "Henviser borgere med stress til kulturforløb fra sundhedscentret.",
        },
        {
            "name": "Mads Holst",
            "title": "Bibliotekar",
            "organisations": ["gladsaxe-kommune"],
            "email": "mads.holst@gladsaxe.demo",
            "competences": ["cultural-mediation", "facilitation"],
            "art_forms": ["literature"],
            "target_groups": ["elderly", "lonely"],
            "languages": ["da", "en"],
            "bio": "Uddannet læseguide; driver læsegrupper for ældre på bibliotekerne.",
            "open": True,
        },
        {
            "name": "Sanne Lund",
            "title": "Kulturformidler",
            "organisations": ["hoje-taastrup-kommune"],
            "email": "sanne.lund@htk.demo",
            "competences": ["cultural-mediation"],
            "art_forms": ["dance", "crafts"],
            "target_groups": ["elderly", "migrants"],
            "languages": ["da", "en"],
            "bio": "Laver dans og håndværk for ældre i boligområderne.",
        },
        {
            "name": "Amira Hassan",
            "title": "Ungekonsulent",
            "organisations": ["ishoj-kommune"],
            "email": "amira.hassan@ishoj.demo",
            "competences": ["social-work", "facilitation"],
            "art_forms": ["film", "photography"],
            "target_groups": ["young-people", "migrants"],
            "languages": ["da", "en", "ar"],
            "bio": "Uddanner unge peer-mentorer, der inviterer jævnaldrende med i kreative "
            "fællesskaber.",
            "open": True,
        },
        {
            "name": "Kristian Bang",
            "title": "Kulturkoordinator",
            "organisations": ["rodovre-kommune"],
            "email": "kristian.bang@rodovre.demo",
            "competences": ["project-management"],
            "target_groups": ["unemployed"],
            "languages": ["da"],
            "bio": "Koordinerer kulturtilbud for borgere i ressourceforløb.",
            "listed": False,
        },
        {
            "name": "Maria Winther",
            "title": "Forebyggelseskonsulent",
            "organisations": ["helsingor-kommune"],
            "email": "maria.winther@helsingor.demo",
            "competences": ["health-promotion", "evaluation"],
            "art_forms": ["theatre", "museum"],
            "target_groups": ["sick-leave", "relatives"],
            "languages": ["da", "en"],
            "bio": "Har udviklet et kulturforløb for sygemeldte med angst sammen med byens museer.",
            "open": True,
        },
        {
            "name": "Ole Svendsen",
            "title": "Jobkonsulent",
            "organisations": ["halsnaes-kommune"],
            "email": "ole.svendsen@halsnaes.demo",
            "competences": ["social-work"],
            "target_groups": ["sick-leave", "unemployed"],
            "languages": ["da"],
            "bio": "Følger sygemeldte borgere tilbage til arbejdsmarkedet.",
            "listed": False,
        },
        {
            "name": "Julie Brandt",
            "title": "Forsker",
            "organisations": ["statens-institut-for-folkesundhed"],
            "email": "julie.brandt@sif.demo",
            "competences": ["research", "evaluation"],
            "target_groups": ["lonely", "elderly"],
            "languages": ["da", "en"],
            "bio": "Forsker i ensomhed og kulturdeltagelse og rådgiver om effektvurdering.",
            "open": True,
        },
        {
            "name": "Esben Lind",
            "title": "Læseguide",
            "organisations": ["laeseforeningen"],
            "email": "esben.lind@laeseforeningen.demo",
            "competences": ["facilitation"],
            "art_forms": ["literature"],
            "target_groups": ["psychiatry", "lonely"],
            "languages": ["da", "en"],
            "bio": "Leder højtlæsningsgrupper i psykiatrien og på væresteder.",
        },
        {
            "name": "Karoline Vang",
            "title": "Billedkunstner",
            "organisations": ["karoline-vang-billedkunst"],
            "email": "karoline@karolinevang.demo",
            "competences": ["art-therapy", "facilitation"],
            "art_forms": ["visual-art", "crafts"],
            "target_groups": ["elderly", "young-people"],
            "languages": ["da", "en"],
            "bio": "Kunstner med værkstedsforløb på tværs af generationer.",
            "open": True,
        },
    ],
    "skane": [
        {
            "name": "Anna Lindberg",
            "title": "Utvecklingsledare kultur och hälsa",
            "organisations": ["region-skane"],
            "email": "anna.lindberg@skane.demo",
            "competences": ["project-management", "policy", "facilitation"],
            "target_groups": ["health-staff", "hospital-patients"],
            "languages": ["sv", "en", "da"],
            "bio": "Samordnar nätverket och arbetsgruppen och håller i lunchföreläsningarna.",
            "open": True,
            "role": "coordinator",
            "login": True,
        },
        {
            "name": "Erik Johansson",
            "title": "Kulturstrateg",
            "organisations": ["region-skane"],
            "email": "erik.johansson@skane.demo",
            "competences": ["policy", "cultural-mediation"],
            "art_forms": ["music", "theatre"],
            "languages": ["sv", "en"],
            "bio": "Arbetar med kulturplanen och strategin Hela människan, hela livet.",
            "role": "coordinator",
        },
        {
            "name": "Karin Nilsson",
            "title": "Folkhälsostrateg",
            "organisations": ["region-skane"],
            "email": "karin.nilsson@skane.demo",
            "competences": ["health-promotion", "policy"],
            "target_groups": ["elderly", "lonely"],
            "languages": ["sv", "en"],
            "bio": "Kopplar kultur och hälsa till det hälsofrämjande arbetet och Framtidens "
            "hälsosystem.",
            "open": True,
        },
        {
            "name": "Lars Persson",
            "title": "Enhetschef, avdelningen för kultur",
            "organisations": ["region-skane"],
            "email": "lars.persson@skane.demo",
            "competences": ["policy"],
            "languages": ["sv", "en"],
            "bio": "Leder en enhet på Region Skånes avdelning för kultur och sitter i styrgruppen.",
        },
        {
            "name": "Eva Håkansson",
            "title": "Strateg, hälso- och sjukvårdsförvaltningen",
            "organisations": ["region-skane"],
            "email": "eva.hakansson@skane.demo",
            "competences": ["policy", "health-promotion"],
            "target_groups": ["health-staff"],
            "languages": ["sv", "en"],
            "bio": "Företräder hälso- och sjukvården i styrgruppen.",
        },
        {
            "name": "Maria Andersson",
            "title": "Verksamhetschef",
            "organisations": ["skanes-universitetssjukhus"],
            "email": "maria.andersson@sus.demo",
            "competences": ["policy"],
            "target_groups": ["hospital-patients", "health-staff"],
            "languages": ["sv", "en"],
            "bio": "Vill göra kultur till en naturlig del av vårdmiljön på sjukhuset.",
        },
        {
            "name": "Johan Bergström",
            "title": "Överläkare",
            "organisations": ["psykiatri-habilitering-och-hjalpmedel"],
            "email": "johan.bergstrom@skane.demo",
            "competences": ["mental-health", "research"],
            "target_groups": ["psychiatry"],
            "languages": ["sv", "en"],
            "bio": "Psykiater med intresse för kultur i rehabiliteringen.",
            "open": True,
        },
        {
            "name": "Sofia Mårtensson",
            "title": "Musikterapeut",
            "organisations": ["skanes-universitetssjukhus"],
            "email": "sofia.martensson@sus.demo",
            "competences": ["art-therapy", "mental-health"],
            "art_forms": ["music", "singing"],
            "target_groups": ["hospital-patients", "children"],
            "languages": ["sv", "en"],
            "bio": "Arbetar med musik på barn- och neonatalavdelningar.",
            "open": True,
        },
        {
            "name": "Linnea Sjöberg",
            "title": "Arbetsterapeut",
            "organisations": ["psykiatri-habilitering-och-hjalpmedel"],
            "email": "linnea.sjoberg@skane.demo",
            "competences": ["art-therapy", "facilitation"],
            "art_forms": ["crafts", "visual-art"],
            "target_groups": ["psychiatry"],
            "languages": ["sv", "en"],
            "bio": "Leder skapande grupper i psykiatrisk öppenvård.",
        },
        {
            "name": "Henrik Olsson",
            "title": "Kommunikatör",
            "organisations": ["region-skane"],
            "email": "henrik.olsson@skane.demo",
            "competences": ["communication"],
            "languages": ["sv", "en"],
            "bio": "Skriver nätverkets nyhetsbrev.",
        },
        {
            "name": "Ingrid Lundgren",
            "title": "Distriktssköterska",
            "organisations": ["primarvarden-skane"],
            "email": "ingrid.lundgren@skane.demo",
            "competences": ["health-promotion"],
            "art_forms": ["museum", "literature"],
            "target_groups": ["sick-leave", "lonely"],
            "languages": ["sv"],
            "bio": "Förskriver kultur på recept på en vårdcentral i Malmö.",
            "open": True,
        },
        {
            "name": "Yasmin Haddad",
            "title": "Vårdutvecklare",
            "organisations": ["primarvarden-skane"],
            "email": "yasmin.haddad@skane.demo",
            "competences": ["health-promotion", "project-management"],
            "target_groups": ["migrants", "children"],
            "languages": ["sv", "en", "ar"],
            "bio": "Utvecklar kulturaktiviteter för nyanlända familjer på vårdcentralerna.",
            "open": True,
        },
        {
            "name": "Per Ahlström",
            "title": "Bibliotekarie",
            "organisations": ["skanes-universitetssjukhus"],
            "email": "per.ahlstrom@sus.demo",
            "competences": ["cultural-mediation"],
            "art_forms": ["literature"],
            "target_groups": ["hospital-patients", "relatives"],
            "languages": ["sv", "en", "de"],
            "bio": "Driver patientbiblioteket och högläsning på vårdavdelningarna.",
        },
        {
            "name": "Malin Ekström",
            "title": "Docent",
            "organisations": ["lunds-universitet"],
            "email": "malin.ekstrom@lu.demo",
            "competences": ["research", "evaluation"],
            "target_groups": ["elderly", "health-staff"],
            "languages": ["sv", "en"],
            "bio": "Forskar om kulturupplevelser och känsla av sammanhang hos äldre.",
            "open": True,
        },
        {
            "name": "Oskar Lind",
            "title": "Doktorand",
            "organisations": ["lunds-universitet"],
            "email": "oskar.lind@lu.demo",
            "competences": ["research"],
            "languages": ["sv", "en"],
            "bio": "Doktorand i folkhälsovetenskap.",
            "listed": False,
        },
        {
            "name": "Helena Berg",
            "title": "Publikutvecklare",
            "organisations": ["malmo-opera"],
            "email": "helena.berg@malmoopera.demo",
            "competences": ["cultural-mediation", "communication"],
            "art_forms": ["music", "singing", "theatre"],
            "target_groups": ["elderly", "lonely"],
            "languages": ["sv", "en", "da"],
            "bio": "Tar operan till äldreboenden och bjuder in till sångstunder på operan.",
            "open": True,
        },
        {
            "name": "Jonas Wikström",
            "title": "Danspedagog",
            "organisations": ["skanes-dansteater"],
            "email": "jonas.wikstrom@dansteater.demo",
            "competences": ["facilitation"],
            "art_forms": ["dance"],
            "target_groups": ["hospital-patients", "elderly"],
            "languages": ["sv", "en"],
            "bio": "Leder dansklasser för personer med Parkinsons sjukdom.",
        },
        {
            "name": "Emma Lindqvist",
            "title": "Dansare och koreograf",
            "organisations": ["emma-lindqvist-dans"],
            "email": "emma@emmalindqvist.demo",
            "competences": ["art-therapy", "facilitation"],
            "art_forms": ["dance"],
            "target_groups": ["elderly", "psychiatry"],
            "languages": ["sv", "en"],
            "bio": "Frilansande dansare som arbetar med rörelse och närvaro i vården.",
            "open": True,
        },
        {
            "name": "Nils Holmberg",
            "title": "Bildkonstnär",
            "organisations": ["nils-holmberg-konst"],
            "email": "nils@nilsholmberg.demo",
            "competences": ["art-therapy"],
            "art_forms": ["visual-art", "photography"],
            "target_groups": ["psychiatry"],
            "languages": ["sv", "en"],
            "bio": "Konstnär som leder måleri- och fotogrupper inom psykiatrin.",
        },
        {
            "name": "Frida Nyström",
            "title": "Skådespelare och sjukhusclown",
            "organisations": ["frida-nystrom-scenkonst"],
            "email": "frida@fridanystrom.demo",
            "competences": ["facilitation"],
            "art_forms": ["theatre", "circus"],
            "target_groups": ["children", "hospital-patients"],
            "languages": ["sv", "en"],
            "bio": "Besöker barn på sjukhus som clown och leder teaterverkstäder.",
            "open": True,
        },
        {
            "name": "Camilla Ståhl",
            "title": "Kurator",
            "organisations": ["psykiatri-habilitering-och-hjalpmedel"],
            "email": "camilla.stahl@skane.demo",
            "competences": ["social-work"],
            "target_groups": ["psychiatry", "relatives"],
            "languages": ["sv"],
            "bio": "Kurator i psykiatrisk slutenvård.",
            "listed": False,
        },
        {
            "name": "Gustav Lindahl",
            "title": "Utvecklare, regional utveckling",
            "organisations": ["region-skane"],
            "email": "gustav.lindahl@skane.demo",
            "competences": ["project-management", "fundraising"],
            "languages": ["sv", "en"],
            "bio": "Stöttar utvecklingsprojekt inom kultur och hälsa med ansökningar.",
        },
        {
            "name": "Ulrika Sandberg",
            "title": "Hälsopedagog",
            "organisations": ["primarvarden-skane"],
            "email": "ulrika.sandberg@skane.demo",
            "competences": ["health-promotion", "facilitation"],
            "art_forms": ["singing", "nature-culture"],
            "target_groups": ["sick-leave"],
            "languages": ["sv", "en"],
            "bio": "Leder sånggrupper för patienter med långvarig smärta och stress.",
            "open": True,
        },
        {
            "name": "Marcus Hedlund",
            "title": "Kulturkonsulent",
            "organisations": ["region-skane"],
            "email": "marcus.hedlund@skane.demo",
            "competences": ["cultural-mediation", "communication"],
            "art_forms": ["film", "literature"],
            "target_groups": ["young-people"],
            "languages": ["sv", "en"],
            "bio": "Arbetar med kultur för unga och unga vuxna med psykisk ohälsa.",
        },
        {
            "name": "Elin Forsberg",
            "title": "Sjuksköterska",
            "organisations": ["skanes-universitetssjukhus"],
            "email": "elin.forsberg@sus.demo",
            "competences": ["health-promotion"],
            "art_forms": ["music"],
            "target_groups": ["hospital-patients", "elderly"],
            "languages": ["sv", "en"],
            "bio": "Sjuksköterska på en geriatrisk avdelning; ordnar musikstunder för patienterna.",
            "open": True,
            "login": True,
        },
    ],
    "taikusydan": [
        {
            "name": "Laura Virtanen",
            "title": "Projektipäällikkö",
            "organisations": ["turun-ammattikorkeakoulu"],
            "email": "laura.virtanen@turkuamk.demo",
            "competences": ["project-management", "communication", "research"],
            "target_groups": ["health-staff", "elderly"],
            "languages": ["fi", "sv", "en"],
            "bio": "Koordinoi Taikusydäntä ja kokoaa alan hyviä käytäntöjä ja tutkimustietoa.",
            "open": True,
            "role": "coordinator",
            "login": True,
        },
        {
            "name": "Mikko Heikkinen",
            "title": "Lehtori",
            "organisations": ["turun-ammattikorkeakoulu"],
            "email": "mikko.heikkinen@turkuamk.demo",
            "competences": ["research", "art-therapy"],
            "art_forms": ["theatre", "music"],
            "target_groups": ["health-staff"],
            "languages": ["fi", "en"],
            "bio": "Opettaa soveltavaa taidetta sote-alan opiskelijoille.",
        },
        {
            "name": "Sanna Korhonen",
            "title": "Hankekoordinaattori",
            "organisations": ["pohjois-savon-sairaanhoitopiiri"],
            "email": "sanna.korhonen@psshp.demo",
            "competences": ["project-management", "policy"],
            "target_groups": ["hospital-patients"],
            "languages": ["fi", "en"],
            "bio": "Vastaa Kulttuurisote-hankkeen hallinnoinnista ja yhteistyöstä maakuntien "
            "kanssa.",
            "open": True,
        },
        {
            "name": "Jussi Mäkelä",
            "title": "Kulttuurisuunnittelija",
            "organisations": ["etela-pohjanmaan-liitto"],
            "email": "jussi.makela@epliitto.demo",
            "competences": ["policy", "cultural-mediation"],
            "art_forms": ["music"],
            "languages": ["fi", "en"],
            "bio": "Kirjaa kulttuurihyvinvoinnin osaksi maakunnan suunnitelmia.",
        },
        {
            "name": "Riikka Laine",
            "title": "Kulttuuriasiantuntija",
            "organisations": ["pohjois-pohjanmaan-liitto"],
            "email": "riikka.laine@pohjois-pohjanmaa.demo",
            "competences": ["policy", "communication"],
            "target_groups": ["elderly", "children"],
            "languages": ["fi", "sv", "en"],
            "bio": "Edistää taiteen ja kulttuurin saavutettavuutta Pohjois-Pohjanmaalla.",
            "open": True,
        },
        {
            "name": "Tiina Salonen",
            "title": "Kehittämispäällikkö",
            "organisations": ["pirkanmaan-liitto"],
            "email": "tiina.salonen@pirkanmaa.demo",
            "competences": ["policy"],
            "languages": ["fi"],
            "bio": "Vastaa maakunnan kehittämishankkeista.",
            "listed": False,
        },
        {
            "name": "Heidi Lehtonen",
            "title": "Hyvinvointikoordinaattori",
            "organisations": ["turun-kaupungin-hyvinvointitoimiala"],
            "email": "heidi.lehtonen@turku.demo",
            "competences": ["health-promotion", "facilitation"],
            "art_forms": ["singing", "crafts"],
            "target_groups": ["elderly", "lonely"],
            "languages": ["fi", "sv"],
            "bio": "Tuo taiteilijoita Turun palvelutaloihin ja kotihoitoon.",
            "open": True,
        },
        {
            "name": "Antti Niemi",
            "title": "Erityisasiantuntija",
            "organisations": ["taike"],
            "email": "antti.niemi@taike.demo",
            "competences": ["fundraising", "policy"],
            "languages": ["fi", "sv", "en"],
            "bio": "Seuraa Taiken rahoittamia taiteen ja hyvinvoinnin hankkeita.",
        },
    ],
    "kymenlaakso": [
        {
            "name": "Outi Rantanen",
            "title": "Verkostokoordinaattori",
            "organisations": ["toimintavoima-oy"],
            "email": "outi.rantanen@toimintavoima.demo",
            "competences": ["facilitation", "project-management", "communication"],
            "art_forms": ["theatre"],
            "target_groups": ["elderly", "lonely"],
            "languages": ["fi", "en"],
            "bio": "Koordinoi Kymenlaakson verkostoa ja järjestää verkostotapaamiset.",
            "open": True,
            "role": "coordinator",
            "login": True,
        },
        {
            "name": "Ville Hakala",
            "title": "Hyvinvointikoordinaattori",
            "organisations": ["carea"],
            "email": "ville.hakala@carea.demo",
            "competences": ["health-promotion", "project-management"],
            "target_groups": ["hospital-patients", "elderly"],
            "languages": ["fi", "sv", "en"],
            "bio": "Caren yhteyshenkilö Kulttuurisote-hankkeessa.",
            "open": True,
            "also": {"taikusydan": "member"},
        },
        {
            "name": "Minna Koskinen",
            "title": "Kulttuurituottaja",
            "organisations": ["kotkan-kaupunki"],
            "email": "minna.koskinen@kotka.demo",
            "competences": ["cultural-mediation", "project-management"],
            "art_forms": ["music", "dance"],
            "target_groups": ["elderly"],
            "languages": ["fi", "en"],
            "bio": "Tuottaa konsertteja ja tanssihetkiä palvelutaloihin.",
        },
        {
            "name": "Petri Lindholm",
            "title": "Kulttuurisuunnittelija",
            "organisations": ["kouvolan-kaupunki"],
            "email": "petri.lindholm@kouvola.demo",
            "competences": ["policy"],
            "art_forms": ["museum"],
            "target_groups": ["young-people", "elderly"],
            "languages": ["fi", "sv"],
            "bio": "Suunnittelee Kouvolan kulttuuripalvelujen kulttuurihyvinvointityötä.",
            "open": True,
        },
        {
            "name": "Johanna Kallio",
            "title": "Lehtori",
            "organisations": ["xamk"],
            "email": "johanna.kallio@xamk.demo",
            "competences": ["research"],
            "languages": ["fi", "en"],
            "bio": "Opettaa sosiaalialaa.",
            "listed": False,
        },
        {
            "name": "Noora Aalto",
            "title": "Kuvataiteilija",
            "organisations": ["noora-aalto-kuvataide"],
            "email": "noora@nooraaalto.demo",
            "competences": ["art-therapy", "facilitation"],
            "art_forms": ["visual-art", "crafts"],
            "target_groups": ["elderly", "relatives"],
            "languages": ["fi", "en"],
            "bio": "Ohjaa taidetyöpajoja hoivakodeissa ja omaishoitajien ryhmissä.",
            "open": True,
        },
        {
            "name": "Kalle Hämäläinen",
            "title": "Musiikkiterapeutti",
            "organisations": ["kalle-hamalainen-musiikki"],
            "email": "kalle@kallehamalainen.demo",
            "competences": ["art-therapy", "mental-health"],
            "art_forms": ["music"],
            "target_groups": ["psychiatry", "young-people"],
            "languages": ["fi"],
            "bio": "Muusikko ja musiikkiterapeutti, joka työskentelee nuorten kanssa.",
        },
        {
            "name": "Eija Nurmi",
            "title": "Puheenjohtaja",
            "organisations": ["kymen-kipina-ry"],
            "email": "eija.nurmi@kymenkipina.demo",
            "competences": ["facilitation"],
            "art_forms": ["singing"],
            "target_groups": ["lonely", "elderly"],
            "languages": ["fi"],
            "bio": "Vetää yhdistyksen lauluhetkiä ja kulttuuriluotsitoimintaa.",
            "open": True,
        },
    ],
}

# ------------------------------------------------------------------------------------ groups
# Members are people's e-mail addresses. Unlisted people are deliberately in no group.

GROUPS = [
    {
        "network": "midtjylland",
        "kind": "steering",
        "name": "Styregruppe",
        "purpose": "Styregruppen sætter retningen for netværket, prioriterer årets "
        "netværksmøder, kurser og webinarer og følger op på økonomien.",
        "members": [
            "signe.kjaergaard@au.demo",
            "mette.bruun@holstebro.demo",
            "mikkel.lauridsen@au.demo",
            "anders.munk@rm.demo",
            "charlotte.friis@ps.rm.demo",
            "rasmus.vinther@aarhus.demo",
        ],
    },
    {
        "network": "nordjylland",
        "kind": "working",
        "name": "Projektgruppen",
        "purpose": "Projektgruppen behandler ansøgninger til puljerne, følger "
        "signaturprojekterne og sørger for vidensopsamling og formidling.",
        "members": [
            "karen.overgaard@rn.demo",
            "jens.molgaard@rn.demo",
            "louise.holm@ncks.demo",
            "birgitte.vestergaard@aalborg.demo",
        ],
    },
    {
        "network": "kulturmetropolen",
        "kind": "working",
        "name": "Arbejdsgruppe for Et bedre liv med kultur",
        "purpose": "Arbejdsgruppen udvikler de fælles grundmodeller for projektforløbene, "
        "planlægger det årlige fællesseminar og de faglige dage og samler erfaringerne "
        "op til anbefalinger.",
        "members": [
            "nanna.frederiksen@kulturmetropolen.demo",
            "lars.bech@albertslund.demo",
            "tina.kirkegaard@ballerup.demo",
            "mads.holst@gladsaxe.demo",
            "maria.winther@helsingor.demo",
            "julie.brandt@sif.demo",
        ],
    },
    {
        "network": "skane",
        "kind": "steering",
        "name": "Styrgrupp för kultur och hälsa",
        "purpose": "Den förvaltningsövergripande styrgruppen stimulerar och stödjer arbetet "
        "med strategins intentioner och prioriterar insatser.",
        "members": [
            "lars.persson@skane.demo",
            "eva.hakansson@skane.demo",
            "maria.andersson@sus.demo",
            "johan.bergstrom@skane.demo",
            "anna.lindberg@skane.demo",
        ],
    },
    {
        "network": "skane",
        "kind": "working",
        "name": "Arbetsgrupp för kultur och hälsa",
        "purpose": "Arbetsgruppen är förvaltningsövergripande och håller i nätverkets möten, "
        "lunchföreläsningar och nyhetsbrev. Kontakta arbetsgruppen om du vill vara med i "
        "nätverket.",
        "members": [
            "anna.lindberg@skane.demo",
            "erik.johansson@skane.demo",
            "karin.nilsson@skane.demo",
            "sofia.martensson@sus.demo",
            "linnea.sjoberg@skane.demo",
            "henrik.olsson@skane.demo",
        ],
    },
    {
        "network": "skane",
        "kind": "ambassadors",
        "name": "Ambassadörer för kultur och hälsa",
        "purpose": "Nätverkets medlemmar är ambassadörer för kultur och hälsa-området och "
        "bidrar till att kommunicera strategins innehåll och intentioner internt och externt.",
        "members": [
            "karin.nilsson@skane.demo",
            "sofia.martensson@sus.demo",
            "linnea.sjoberg@skane.demo",
            "ingrid.lundgren@skane.demo",
            "yasmin.haddad@skane.demo",
            "per.ahlstrom@sus.demo",
            "malin.ekstrom@lu.demo",
            "helena.berg@malmoopera.demo",
            "jonas.wikstrom@dansteater.demo",
            "gustav.lindahl@skane.demo",
            "ulrika.sandberg@skane.demo",
            "marcus.hedlund@skane.demo",
            "elin.forsberg@sus.demo",
        ],
    },
]

# ----------------------------------------------------------------------------- join requests
# Pending requests, keyed on (network, contact e-mail). Organisations and people are fictional.

JOIN_REQUESTS = [
    {
        "network": "midtjylland",
        "organisation_name": "Skanderborg Kommune",
        "organisation_kind": "municipality",
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Skanderborg",
        "contact_name": "Louise Bach",
        "contact_title": "Kultur- og fritidskonsulent",
        "contact_email": "louise.bach@skanderborg.demo",
        "message": "Vi er ved at bygge et kulturtilbud op for borgere med stress og vil gerne "
        "lære af de andre kommuner. Kan vi deltage i netværksmøderne og kurserne i "
        "evaluering?",
    },
    {
        "network": "midtjylland",
        "organisation_name": "Syddjurs Kommune",
        "organisation_kind": "municipality",
        "country": "DK",
        "region": "Region Midtjylland",
        "municipality": "Ebeltoft",
        "contact_name": "Niels Gravesen",
        "contact_title": "Sundhedskonsulent",
        "contact_email": "niels.gravesen@syddjurs.demo",
        "message": "Vores sundhedsafdeling og bibliotekerne vil gerne samarbejde om kultur på "
        "recept og søger sparring.",
    },
    {
        "network": "nordjylland",
        "organisation_name": "Teaterforeningen Hanstholm",
        "organisation_kind": "association",
        "country": "DK",
        "region": "Region Nordjylland",
        "municipality": "Thisted",
        "contact_name": "Bente Kjeldsen",
        "contact_title": "Formand",
        "contact_email": "bente@teaterhanstholm.demo",
        "message": "Vi vil gerne lave forestillinger og værksteder på plejecentre og høre om "
        "puljen til mindre projekter.",
    },
    {
        "network": "skane",
        "organisation_name": "Kulturföreningen Österlenkören",
        "organisation_kind": "association",
        "country": "SE",
        "region": "Skåne",
        "municipality": "Simrishamn",
        "contact_name": "Margareta Friberg",
        "contact_title": "Ordförande",
        "contact_email": "margareta@osterlenkoren.demo",
        "message": "Vi sjunger med boende på äldreboenden och vill gärna delta i "
        "lunchföreläsningarna och hitta samarbeten med vården.",
    },
    {
        "network": "kymenlaakso",
        "organisation_name": "Haminan Sirkusyhdistys ry",
        "organisation_kind": "association",
        "country": "FI",
        "region": "Kymenlaakso",
        "municipality": "Hamina",
        "contact_name": "Aino Peltonen",
        "contact_title": "Sirkusopettaja",
        "contact_email": "aino@haminansirkus.demo",
        "message": "Järjestämme sirkustunteja nuorille ja haluaisimme tehdä yhteistyötä "
        "sote-alan kanssa.",
    },
]
