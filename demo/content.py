"""Demo content: the texts `manage.py load_demo` writes, built around the two seeds.

The success factor "Koll och uppföljning" takes its "Varför är det här viktigt?" text
from seed 000 at run time; the report comes from seed 004 at run time. The method
texts below are written from what the seed report says about each method.
"""

from datetime import date

from demo.method_texts import METHODS

SEEDS_DIR_NAME = "seeds"
FOLLOW_UP_SEED = "000_f03eabbffc6a3598.txt"
REPORT_SEED = "004_7310ef9cf163eefb.txt"

HOME = {
    "title": "Kunskap som minskar avhoppen från gymnasieskolan",
    "slug": "start",
    "intro": (
        "PlugInnovation samlar det kommuner och skolor har lärt sig i arbetet mot avhopp "
        "från gymnasieskolan: framgångsfaktorer, metoder och slutrapporter från lokala "
        "projekt i Plug In och Plug In 2.0. Här kan du se vad som fungerat, var och för vem, "
        "och jämföra med din egen verksamhet."
    ),
}

ABOUT = {
    "title": "Om portalen",
    "slug": "om-portalen",
    "intro": (
        "Plug In var Sveriges största samverkansprojekt mot avhopp från gymnasieskolan. "
        "PlugInnovation gör kunskapen från projekten sökbar och jämförbar."
    ),
    "paragraphs": [
        "Plug In (2012–2015) och Plug In 2.0 (2015–2018) samlade ett sjuttiotal kommuner och "
        "omkring 80 lokala projektverkstäder. Mer än 10 000 unga deltog. Projekten arbetade "
        "både i gymnasieskolan och inom det kommunala aktivitetsansvaret (KAA, tidigare KIA).",
        "Varje lokalt projekt lämnade en slutrapport med samma frågor: vad som uppnåtts, hur "
        "närvaro och betyg utvecklats, vad organisationen lärt sig och vilka tips projektet vill "
        "ge andra. På portalen visas rapporterna strukturerat, så att du kan jämföra projekt "
        "som arbetat med samma metod eller med liknande målgrupper.",
        "Alla resultat är projektens egna uppgifter. Portalen visar dem som de rapporterats, "
        "med antalet rapporter bakom varje siffra, och drar inga slutsatser om orsak och verkan.",
    ],
}

SUCCESS_FACTOR_INDEX = {
    "title": "Framgångsfaktorer",
    "slug": "framgangsfaktorer",
    "intro": (
        "Fem faktorer återkommer i de projekt som lyckats minska avhoppen. Sveriges Kommuner och "
        "Landsting (SKL) sammanfattade dem 2018."
    ),
}

# title = short label on the site, long_name = SKL's 2018 wording.
SUCCESS_FACTORS = [
    {
        "slug": "individcentrering",
        "title": "Individcentrering",
        "long_name": "Individcentrerat arbetssätt",
        "summary": (
            "Stödet utgår från den enskilda elevens behov, intressen och mål, och eleven är "
            "med och formar det."
        ),
        "why_important": [
            "Unga som är på väg att lämna gymnasieskolan gör det av olika skäl: svårigheter i "
            "skolarbetet, psykisk ohälsa, en diagnos som skolan inte mött, eller en situation "
            "utanför skolan. Ett och samma stöd passar därför inte alla.",
            "När eleven själv är med och planerar sitt stöd blir målen begripliga och möjliga att "
            "nå, och eleven tar större ansvar för dem. Projekten beskriver att närvaron ökade när "
            "eleverna varit med och utformat upplägget i stället för att få färdiga tider.",
        ],
        "how_to_work": [
            "Kartlägg elevens situation, styrkor och intressen tillsammans med eleven.",
            "Sätt upp korta, tydliga mål som eleven själv formulerar och kan följa.",
            "Anpassa studietakt, schema och lärmiljö efter behovet, inte efter gruppen.",
        ],
    },
    {
        "slug": "koll-och-uppfoljning",
        "title": "Koll och uppföljning",
        "long_name": "Systematisk uppföljning av frånvaro",
        "summary": (
            "System, rutiner och täta avstämningar som gör att ingen ung ”ramlar mellan "
            "stolarna”: i skolan och inom det kommunala aktivitetsansvaret."
        ),
        # why_important: read from seed 000 at run time.
        "how_to_work": [
            "Följ närvaron varje vecka och agera samma dag som en elev uteblir oväntat.",
            "Ha en handlingsplan som säger vem som gör vad när frånvaron ökar.",
            "Stäm av regelbundet med eleven: vad har gått framåt, vad är nästa steg?",
            "Samordna uppföljningen med andra aktörer i kommunen för unga inom KAA.",
        ],
    },
    {
        "slug": "bemotande",
        "title": "Bemötande",
        "long_name": "Positiva relationer mellan elev och personal",
        "summary": (
            "Ett respektfullt bemötande och förtroendefulla relationer mellan unga och vuxna är "
            "grunden för allt annat stöd."
        ),
        "why_important": [
            "Många unga som riskerar att avbryta sina studier har erfarenhet av att misslyckas "
            "och av att inte bli sedda. En vuxen som tror på dem och som de litar på gör att de "
            "vågar komma tillbaka.",
            "Projekten lyfter bemötande och goda relationer som ”A och O” i arbetet med "
            "målgruppen, och flera har utbildat personalen i bemötande.",
        ],
        "how_to_work": [
            "Ge personalen tid för samtal och för att lära känna eleverna.",
            "Utbilda personalen i bemötande och i hur olika diagnoser påverkar lärandet.",
            "Ha höga förväntningar och låt eleverna lyckas: framgång föder framgång.",
        ],
    },
    {
        "slug": "flexibilitet",
        "title": "Flexibilitet",
        "long_name": "Flexibla lösningar",
        "summary": (
            "Skolan och kommunen anpassar form, plats och tid för lärandet när det ordinarie "
            "upplägget inte fungerar."
        ),
        "why_important": [
            "Alla elever når inte målen i klassrummet, på schemalagd tid och i samma takt som "
            "andra. Projekten beskriver att andra alternativ än skolan ibland måste till, till "
            "exempel praktik, en mindre grupp eller en extra termin.",
            "Flexibla lösningar gör det möjligt att hålla kvar kontakten med eleven och "
            "utbildningen, i stället för att eleven avbryter helt.",
        ],
        "how_to_work": [
            "Erbjud alternativa lärmiljöer: mindre grupper, ett eget rum, praktik.",
            "Låt eleven läsa klart i egen takt, till exempel med en extra termin.",
            "Använd de kanaler eleven faktiskt svarar i, som sms och sociala medier.",
        ],
    },
    {
        "slug": "samverkan",
        "title": "Samverkan",
        "long_name": "Samverkan",
        "summary": (
            "Skola, kommunens förvaltningar, region, arbetsförmedling, vården och näringsliv "
            "arbetar tillsammans kring den unga."
        ),
        "why_important": [
            "Unga som avbryter sina studier har ofta kontakt med flera verksamheter samtidigt. "
            "När situationer uppstår som ligger utanför skolans uppdrag och kunskap behöver "
            "skolan kunna slussa vidare till rätt instans, och veta vem den ska kontakta.",
            "Projekten beskriver att samarbetet mellan kommuner i samma region och med andra "
            "aktörer gav både stöd till eleverna och ett utbyte av erfarenheter mellan "
            "verksamheterna.",
        ],
        "how_to_work": [
            "Ha kontaktpersoner hos socialtjänst, habilitering, BUP och arbetsförmedling.",
            "Planera stödet tillsammans när flera verksamheter möter samma elev.",
            "Samarbeta med företag och förvaltningar om praktikplatser.",
        ],
    },
]

METHOD_INDEX = {
    "title": "Metoder",
    "slug": "metoder",
    "intro": (
        "Metoder som lokala projekt har prövat mot avhopp. Varje metod visar vilka "
        "framgångsfaktorer den stöder och vilka projekt som använt den."
    ),
}

FEATURED_METHODS = ["coachning-i-grupp", "individuell-coachning", "kontakt-via-sociala-medier"]

STATISTICS = {
    "title": "Resultat i siffror",
    "slug": "resultat-i-siffror",
    "intro": (
        "Vad de publicerade slutrapporterna säger tillsammans: deltagare, närvaro, betyg, "
        "måluppfyllelse och samverkan. Filtrera på län, omgång, organisationstyp eller "
        "målgrupp, och ladda ner alla svar som öppna data."
    ),
}

REPORT_INDEX = {
    "title": "Slutrapporter",
    "slug": "slutrapporter",
    "intro": (
        "Lokala projekts slutrapporter: vad de ville uppnå, hur de arbetade och vad som hände "
        "med deltagarna. Uppgifterna är projektens egna."
    ),
}

# The seed export carries no metadata. Rottne (named among the project's partner
# companies) lies in Växjö, Kronobergs län; the project period ends with the last
# figures reported ("den 31/12-14"), within the first Plug In round.
SEED_REPORT = {
    "slug": "elever-med-hog-franvaro-vaxjo",
    "title": "Fler elever genom gymnasiet – coachning och särskild undervisningsgrupp",
    "municipality_code": "0780",
    "organisation_type": "school",
    "plugin_round": "plugin1",
    "period_start": date(2013, 8, 1),
    "period_end": date(2014, 12, 31),
    "summary": (
        "En gymnasieskola arbetade med coachning i grupp och individuellt, tät kontakt via "
        "sociala medier, en särskild undervisningsgrupp för elever med autism och en studieresa "
        "till Polen. 25 elever deltog."
    ),
    "methods": [method["slug"] for method in METHODS],
    "tags": ["hög frånvaro", "autism", "låg studiemotivation"],
}

ACCESSIBILITY = {
    "title": "Tillgänglighetsredogörelse",
    "slug": "tillganglighetsredogorelse",
    "contact_email": "tillganglighet@pluginnovation.example",
    "intro": (
        "Vi vill att så många som möjligt ska kunna använda PlugInnovation. Här beskriver vi "
        "hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, "
        "vilka brister vi känner till och hur du rapporterar problem till oss."
    ),
    "body": """
<h2>Hur tillgänglig är webbplatsen?</h2>
<p>Webbplatsen ska uppfylla lagen (2018:1937) om tillgänglighet till digital offentlig
service och kraven i WCAG 2.1 på nivå AA. Alla sidor går att använda med tangentbord,
fungerar utan JavaScript och på små skärmar, och diagram visas även som tabeller.</p>
<h2>Kända brister</h2>
<ul>
<li>Slutrapporternas svar är projektens egna texter. Vi återger dem som de skrevs, och de
kan därför innehålla förkortningar och stavfel.</li>
<li>Redaktörernas administrationsgränssnitt bygger på Wagtail och omfattas av dess eget
tillgänglighetsarbete.</li>
</ul>
<h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>
<p>Om du behöver innehåll i ett annat format kan du kontakta oss i formuläret nedan eller
via e-post.</p>
<h2>Anmäl bristande tillgänglighet</h2>
<p>Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Myndigheten för
digital förvaltning (Digg), som har tillsyn över lagen:
<a href="https://www.digg.se/tdosanmalan">anmäl bristande tillgänglighet hos Digg</a>.</p>
<h2>Hur vi testat webbplatsen</h2>
<p>Varje sidtyp testas automatiskt med verktyget axe-core vid varje ändring av
webbplatsen, och vi testar manuellt med tangentbord och i smal skärmbredd (320 pixlar).</p>
""",
    "assessed_on": date(2026, 11, 25),
}
