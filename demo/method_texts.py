"""The demo's method pages, written from what the seed report says about each method."""

METHODS = [
    {
        "slug": "coachning-i-grupp",
        "synonyms": "gruppcoachning, coachning i klassrummet, extra vuxen i klassrummet",
        "title": "Coachning i grupp",
        "summary": (
            "Fler vuxna i klassrummet coachar elever med låg studiemotivation i grupp, så att "
            "fler blir sedda och når målen innan de hunnit tappa kontakten med skolan."
        ),
        "why": [
            "Projektet i seed-rapporten såg att förebyggande resurser till elever med låg "
            "studiemotivation och svaga resultat ökade motivationen att komma till skolan. "
            "Med fler vuxna i klassrummet blev fler elever sedda, och känslan av utanförskap "
            "och hopplöshet minskade.",
            "Projektet utökade coachningen i grupp under projekttiden eftersom den gav resultat "
            "och behovet ökade. Det beskriver att många omotiverade elever fick stöd och att "
            "avhopp förhindrades.",
        ],
        "steps": [
            (
                "Välj ut gruppen",
                "Identifiera elever med låg studiemotivation eller svaga resultat tidigt, innan frånvaron växer.",
            ),
            (
                "Sätt in en extra vuxen",
                "Låt en coach eller elevassistent arbeta i klassrummet tillsammans med läraren.",
            ),
            (
                "Arbeta mot gemensamma och egna mål",
                "Coachen hjälper eleverna att planera, komma igång och slutföra uppgifter.",
            ),
            (
                "Följ upp och justera",
                "Stäm av närvaro och resultat regelbundet och flytta resurserna dit behoven finns.",
            ),
        ],
        "prerequisites": [
            "Personal med tid avsatt för coachning, till exempel en elevassistent eller "
            "juniorkonsult, och en rektor som stöder arbetssättet.",
        ],
        "tags": ["låg studiemotivation", "lågpresterande elever"],
        "factors": ["bemotande", "individcentrering", "flexibilitet"],
    },
    {
        "slug": "individuell-coachning",
        "synonyms": "studiecoach, coach, mentor, enskild coachning",
        "title": "Individuell coachning",
        "summary": (
            "Enskilda coachtider där eleven och en vuxen planerar stödet tillsammans, så att "
            "arbeten blir klara och eleven får struktur i skolarbetet."
        ),
        "why": [
            "Enligt seed-rapporten gjorde individuell coachning att elevernas arbeten blev "
            "klara, vilket i sig ökade motivationen, självförtroendet och självkänslan. Flera "
            "elever genomförde sin gymnasieutbildning med en extra termin och mycket stöd "
            "genom coachtider.",
            "När coachtiderna planerades tillsammans med eleven, i stället för att tider lades "
            "ut utan samråd, ökade närvaron: eleverna hade själva varit med och utformat "
            "upplägget.",
        ],
        "steps": [
            (
                "Boka en första träff",
                "Gå igenom elevens situation, vad som är svårt och vad eleven vill uppnå.",
            ),
            (
                "Planera stödet tillsammans",
                "Bestäm med eleven när, hur ofta och med vad coachtiderna ska användas.",
            ),
            (
                "Håll tiderna",
                "Använd tiderna till att komma ikapp, strukturera skolarbetet och prata om det personliga.",
            ),
            ("Följ upp framstegen", "Synliggör det som blivit klart; framgång föder framgång."),
        ],
        "prerequisites": [
            "Avsatt coachtid i personalens tjänster och möjlighet att förlänga studierna, till "
            "exempel med en extra termin.",
        ],
        "tags": ["hög frånvaro", "låg studiemotivation"],
        "factors": ["individcentrering", "koll-och-uppfoljning", "bemotande"],
    },
    {
        "slug": "upplevelsebaserat-larande",
        "synonyms": "studieresa, upplevelsepedagogik, lärande utanför klassrummet",
        "title": "Upplevelsebaserat lärande",
        "summary": (
            "Klassrummet flyttas ut i verkligheten, till exempel på en studieresa, och eleverna "
            "når lärandemål genom att uppleva i stället för att läsa om."
        ),
        "why": [
            "Projektet i seed-rapporten prövade upplevelsebaserat lärande inom Plug Ins "
            "transnationella arbete: sju elever och tre ur personalen reste till Polen och "
            "arbetade samtidigt mot lärandemål i skolämnena.",
            "Resan stärkte elevernas självförtroende och gemenskap, och de vågade ta mer "
            "kontakt med andra. Personalen beskriver att de såg eleverna ”från en annan "
            "dimension – och de oss”. Projektet bedömer arbetssättet som positivt för både "
            "lärandet i ämnena och det personliga och sociala.",
        ],
        "steps": [
            (
                "Koppla upplevelsen till lärandemål",
                "Välj mål i ämnena som upplevelsen kan ge kunskap om.",
            ),
            (
                "Förbered tillsammans",
                "Planera resan eller besöket med eleverna så att de är delaktiga från början.",
            ),
            (
                "Genomför och reflektera",
                "Ge tid för samtal under och efter upplevelsen om vad eleverna lärt sig.",
            ),
            (
                "Utvärdera",
                "Använd till exempel en enkät före och efter för att se vad som förändrats.",
            ),
        ],
        "prerequisites": [
            "Finansiering för resor eller besök (i Plug In genom de transnationella aktiviteterna) "
            "och personal som följer med eleverna.",
        ],
        "tags": ["låg studiemotivation", "socialt utanförskap"],
        "factors": ["flexibilitet", "bemotande"],
    },
    {
        "slug": "kontakt-via-sociala-medier",
        "synonyms": "sms, Facebook, digital kontakt, uppsökande kontakt",
        "title": "Kontakt via sociala medier (sms, Facebook)",
        "summary": (
            "Personalen håller tät kontakt med elever med hög frånvaro via sms och sociala "
            "medier, de kanaler eleverna faktiskt använder."
        ),
        "why": [
            "Seed-rapporten beskriver att täta kontakter via sociala medier ledde till ökad "
            "kontakt med skolan för elever med hög frånvaro och till ökad närvaro. Kontakten "
            "var särskilt viktig för elever vars mående går upp och ner.",
            "Projektet räknar kontakt via sms och Facebook som en framgångsfaktor: den gör det "
            "lätt för eleven att höra av sig och för personalen att följa upp samma dag.",
        ],
        "steps": [
            ("Kom överens om kanalen", "Fråga eleven hur den helst vill bli kontaktad och när."),
            ("Håll kontakten tät", "Hör av dig regelbundet, inte bara när eleven uteblivit."),
            ("Följ upp frånvaro direkt", "Skicka ett meddelande samma dag som eleven inte kommer."),
            (
                "Skydda uppgifterna",
                "Skriv inga känsliga personuppgifter i meddelanden; boka hellre ett samtal.",
            ),
        ],
        "prerequisites": [
            "Riktlinjer för hur personalen använder sms och sociala medier i tjänsten, och en "
            "tjänstetelefon.",
        ],
        "tags": ["hög frånvaro", "psykisk ohälsa"],
        "factors": ["koll-och-uppfoljning", "bemotande"],
    },
    {
        "slug": "sarskild-undervisningsgrupp-autism",
        "synonyms": "liten undervisningsgrupp, NPF, hemmasittare",
        "title": "Särskild undervisningsgrupp för elever med autism",
        "summary": (
            "En liten grupp med ett eget, avskilt klassrum och få lärare, för elever med "
            "autism som länge varit borta från skolan."
        ),
        "why": [
            "Projektet i seed-rapporten arbetade med en liten grupp elever med "
            "autismspektrumtillstånd som inte varit i skolan på minst ett år. Ett rum i en del "
            "av skolan inreddes för gruppen, och varje elev fick en egen plats där. Det gav "
            "den trygghet eleverna behövde.",
            "Få lärare knöts till gruppen för att minska osäkerheten vid personalomsättning. "
            "Projektet lärde sig att tydlighet, samplanering med andra instanser och god "
            "dokumentation är avgörande, och att det kan upplevas rörigt för eleverna när "
            "gruppens sammansättning ändras.",
        ],
        "steps": [
            ("Skapa en trygg lärmiljö", "Inred ett avskilt rum med en egen plats för varje elev."),
            ("Begränsa antalet vuxna", "Knyt ett fåtal lärare till gruppen."),
            ("Var tydlig", "Ha en tydlig struktur för dagen och förbered förändringar i god tid."),
            (
                "Samplanera",
                "Planera stödet med habilitering, socialtjänst och vårdnadshavare och dokumentera.",
            ),
        ],
        "prerequisites": [
            "Ett lokalutrymme som kan avskiljas, personal med kunskap om autism och tid för "
            "samplanering med andra instanser.",
        ],
        "tags": ["autism", "hemmasittare", "neuropsykiatriska funktionsnedsättningar"],
        "factors": ["individcentrering", "flexibilitet"],
    },
    {
        "slug": "praktik-som-alternativ-till-skolan",
        "synonyms": "arbetsplatsförlagt lärande, APL, praktikplats",
        "title": "Praktik som alternativ till skolan",
        "summary": (
            "När skolan inte passar för stunden får eleven praktik på en arbetsplats, och håller "
            "på så sätt kvar kontakten med utbildning och arbetsliv."
        ),
        "why": [
            "Projektet i seed-rapporten insåg att andra alternativ än skolan ibland måste till: "
            "”skolan passar inte för alla”. Att ha alternativ, till exempel praktik, är en av de "
            "lärdomar projektet lyfter fram.",
            "Projektet samarbetade med företag och kommunala verksamheter, bland annat "
            "tillverkningsindustri, räddningstjänst, kommunens vaktmästeri, en grundskola och "
            "Samhall.",
        ],
        "steps": [
            (
                "Hitta praktikplatser",
                "Bygg upp kontakter med företag och kommunala verksamheter i närområdet.",
            ),
            ("Matcha elev och plats", "Utgå från elevens intressen och vad eleven vill pröva."),
            (
                "Håll ihop med skolan",
                "Planera hur praktiken kan kopplas till studierna och följ upp den.",
            ),
            (
                "Slussa vidare vid behov",
                "Samarbeta med arbetsförmedling och andra instanser när eleven behöver mer.",
            ),
        ],
        "prerequisites": [
            "Kontakter med arbetsgivare, en handledare på arbetsplatsen och en ansvarig i skolan "
            "som följer upp.",
        ],
        "tags": ["låg studiemotivation", "skoltrötthet"],
        "factors": ["flexibilitet", "samverkan"],
    },
]
