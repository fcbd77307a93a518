"""The questionnaire's sections and questions, in the seed's order.

Question keys are stable: they are database column names and API field names, so
never rename one without a migration. Labels are worded as in the survey export (seed
004); the survey tool cut long labels at 128 characters, so a label can end
mid-sentence ("... någon avgörande"). A `role` names a question for code elsewhere
(`KEY_FIGURES.total`, `GOALS.results`); the sections code refers to are named here.
"""

from reports.questionnaire.elements import Section, number, scale, text
from reports.questionnaire.scales import CHANGE, EXTENT, GOAL, GROUP_WORK, REFERENCE_GROUP_WORK

COMPOSITION = "Redogör även för gruppens sammansättning."
COOPERATION = "Projektet har genererat nya/bättre samarbeten mellan"

# Key figures: asked as numbers in the online form; legacy exports state them in
# free text (GOALS.results), where the importer extracts them.
KEY_FIGURES = Section(
    key="key_figures",
    title="Deltagare och resultat i siffror",
    in_legacy_export=False,
    questions=(
        number("participants_total", "Antal deltagare totalt", required=True, role="total"),
        number("participants_girls", "Varav tjejer", required=True, role="girls"),
        number("participants_boys", "Varav killar", required=True, role="boys"),
        number(
            "avg_months_enrolled",
            "Genomsnittlig tid inskriven i projektet (månader)",
            decimals=1,
            role="months_enrolled",
        ),
        number("outcome_discharged", "Utskrivna under projektet, fungerar väl", role="discharged"),
        number("outcome_other_agencies", "Utskrivna till andra instanser", role="other_agencies"),
        number("outcome_moved_away", "Flyttat till annan kommun", role="moved_away"),
        number(
            "outcome_still_enrolled", "Kvar i projektet vid rapporteringen", role="still_enrolled"
        ),
    ),
)
# Where the participants were when the project reported (together at most the total).
PARTICIPANT_DESTINATIONS = (
    KEY_FIGURES.discharged,
    KEY_FIGURES.other_agencies,
    KEY_FIGURES.moved_away,
    KEY_FIGURES.still_enrolled,
)

GOALS = Section(
    key="goals",
    title="Måluppfyllelse",
    questions=(
        scale(
            "goal_achievement",
            "Har ert projekt uppnått de mål ni själva satte upp innan projektstart?",
            GOAL,
            role="achievement",
        ),
        # Legacy exports state the key figures in this answer's free text.
        text(
            "goal_results",
            "Vad har ert projekt uppnått i förhållande till uppsatta mål och planerat upplägg?",
            required=True,
            role="results",
        ),
    ),
)
TARGET_GROUP = Section(
    key="target_group",
    title="Resultat för målgruppen",
    questions=(
        scale(
            "attendance_change",
            "Hur har närvaron utvecklats under perioden för projektets genomförande "
            "för de elever som ingår i Plug In?",
            CHANGE,
            role="attendance",
        ),
        scale(
            "grades_change",
            "Hur har betygen utvecklats under perioden för projektets genomförande "
            "för de elever som ingår i Plug In?",
            CHANGE,
            role="grades",
        ),
        scale(
            "kia_mapping_change",
            "Hur har kartläggningsgraden inom KIA utvecklats",
            CHANGE,
            role="kia_mapping",
        ),
        scale(
            "return_to_studies_change",
            "Hur har andelen ungdomar som återgår i studier eller arbete utvecklats "
            "under perioden för projektets genomförande?",
            CHANGE,
            role="return_to_studies",
        ),
        # Asked in later exports than the seed, right after the return-to-studies question.
        text(
            "other_individual_results",
            "Om ni har mätt andra resultat på individnivå än vad som efterfrågas ovan, "
            "redogör för dem nedan.",
        ),
    ),
)
ORGANISATION = Section(
    key="organisation",
    title="Effekter på organisationen",
    intro="I vilken utsträckning har projektet lett till:",
    questions=(
        scale("org_staff_competence", "En ökad kompetens bland er personal?", EXTENT),
        scale(
            "org_new_methods",
            "En implementering av nya metoder/arbetssätt i er ordinarie verksamhet?",
            EXTENT,
        ),
        scale(
            "org_staff_engagement",
            "Stärkt engagemang för frågan bland personalen i er verksamhet?",
            EXTENT,
        ),
        scale(
            "org_guidelines",
            "Förändring av organisation i form av riktlinjer eller arbetsrutiner eller liknande?",
            EXTENT,
        ),
        scale(
            "org_schedule",
            "Förändring av organisation i form av schemaförändring, gruppindelning eller liknande?",
            EXTENT,
        ),
        scale(
            "org_attitudes",
            "Förändring av förhållningssätt och attityder bland personalen, till exempel "
            "höga förväntningar på eleverna?",
            EXTENT,
        ),
        text(
            "org_examples",
            "Ge exempel på erhållna kunskaper, förändringar i attityder, riktlinjer och "
            "arbetsrutiner på organisationsnivå.",
        ),
    ),
)
STRUCTURE = Section(
    key="structure",
    title="Strukturella resultat och samverkan",
    intro="I vilken utsträckning stämmer följande påståenden?",
    questions=(
        scale(
            "coop_region_municipalities",
            f"{COOPERATION} regionen och kommunernas verksamheter inom området",
            EXTENT,
        ),
        scale("coop_municipalities", f"{COOPERATION} kommunerna inom regionen", EXTENT),
        scale(
            "coop_own_administration",
            f"{COOPERATION} er skola/verksamhet och förvaltningen ni tillhör",
            EXTENT,
        ),
        scale(
            "coop_administrations",
            f"{COOPERATION} berörda förvaltningar inom er kommun.",
            EXTENT,
        ),
        scale(
            "region_knowledge",
            "Projektet har bidragit till att stärka regionens kunskap om framgångsrika "
            "metoder för att motverka avhoppare",
            EXTENT,
        ),
        scale(
            "coop_other_actors",
            f"{COOPERATION} er skola/verksamhet och andra aktörer",
            EXTENT,
        ),
        # Cut at 128 characters by the survey tool; the full wording is not known.
        text(
            "structural_examples",
            "Ge exempel på resultat på strukturnivå som projektet har åstadkommit. "
            "Ange gärna även om Plug In har åstadkommit någon avgörande",
        ),
    ),
)

SURVEY_SECTIONS = (
    GOALS,
    TARGET_GROUP,
    ORGANISATION,
    STRUCTURE,
    Section(
        key="learning",
        title="Lärande och förändringar",
        questions=(
            text("learning", "Vilket lärande har åstadkommits i projektet?", required=True),
            text(
                "changes",
                "Har ni förändrat något under projektets gång avseende t.ex metoder, "
                "målgrupp? Beskriv utmaningar ni mött.",
                heading="Förändringar",
            ),
        ),
    ),
    Section(
        key="practice",
        title="Effekter på arbetssätt",
        intro="I vilken utsträckning har projektet lett till följande i er verksamhet?",
        questions=(
            scale(
                "practice_time_with_individual",
                "Personal tillbringar mer tid med individen",
                EXTENT,
            ),
            scale("practice_material", "Nytt arbets- och stödmaterial", EXTENT),
            scale("practice_methods", "Nya arbetssätt/metoder", EXTENT),
            scale(
                "practice_student_attitudes",
                "Ändrat förhållningssätt hos eleverna/ungdomarna",
                EXTENT,
            ),
            scale(
                "practice_staff_attitudes",
                "Ändrat förhållningssätt hos personal som arbetar med eleverna/ungdomarna",
                EXTENT,
            ),
            scale(
                "practice_organisational",
                "Organisatoriska förändringar (ex nya rutiner, system)",
                EXTENT,
            ),
            text(
                "transnational",
                "Beskriv även hur aktiviteter av transnationell och regionalfondskaraktär "
                "bidragit till projektet.",
            ),
        ),
    ),
    Section(
        key="partners",
        title="Samverkanspartner",
        intro="I vilken utsträckning har ni samverkat med följande aktörer?",
        questions=(
            scale(
                "partner_own_administration",
                "Representanter från kommun – egen förvaltning",
                EXTENT,
            ),
            scale(
                "partner_other_administration",
                "Representanter från kommun – annan förvaltning",
                EXTENT,
            ),
            scale("partner_regional_association", "Regionförbund/Kommunförbund", EXTENT),
            scale("partner_employment_service", "Arbetsförmedling", EXTENT),
            scale("partner_social_insurance", "Försäkringskassa", EXTENT),
            scale("partner_county_council", "Landsting (Region)", EXTENT),
            text("partner_companies", "Företag"),
            text("partner_other", "Annat alternativ"),
        ),
    ),
    Section(
        key="project_organisation",
        title="Projektorganisation",
        questions=(
            scale("project_group_work", "Hur har arbetet i projektgruppen fungerat?", GROUP_WORK),
            text(
                "project_group_composition",
                COMPOSITION,
                follows="project_group_work",
                form_label="Projektgruppens sammansättning",
            ),
            scale("steering_group_work", "Hur har arbetet i styrgruppen fungerat?", GROUP_WORK),
            text(
                "steering_group_composition",
                COMPOSITION,
                follows="steering_group_work",
                form_label="Styrgruppens sammansättning",
            ),
            scale(
                "reference_group_work",
                "Hur har arbetet i eventuell referensgrupp fungerat?",
                REFERENCE_GROUP_WORK,
            ),
            text(
                "reference_group_composition",
                COMPOSITION,
                follows="reference_group_work",
                form_label="Referensgruppens sammansättning",
            ),
        ),
    ),
    Section(
        key="equality",
        title="Jämställdhet och tillgänglighet",
        questions=(
            text(
                "gender_equality",
                "Redogör för hur ni arbetat med jämställdhetsintegrering i ert projekt.",
            ),
            text(
                "accessibility",
                "Redogör för hur projektet arbetat för att förverkliga visionerna vad gäller "
                "tillgänglighet i projektet.",
            ),
        ),
    ),
    Section(
        key="dissemination",
        title="Spridning",
        intro="I vilken utsträckning har projektets resultat spridits i följande forum?",
        questions=(
            scale(
                "spread_own_politicians",
                "Forum inom kommunen – egen förvaltning 1. Politiker",
                EXTENT,
            ),
            scale(
                "spread_own_officials",
                "Forum inom kommunen – egen förvaltning 2. Tjänstemän",
                EXTENT,
            ),
            scale(
                "spread_other_politicians",
                "Forum inom kommunen -andra förvaltningar 1. Politiker",
                EXTENT,
            ),
            scale(
                "spread_other_officials",
                "Forum inom kommunen -andra förvaltningar 2. Tjänstemän",
                EXTENT,
            ),
            scale("spread_students", "Målgruppen 1. Ungdomar/elever", EXTENT),
            scale("spread_parents", "Målgruppen 2. Föräldrar", EXTENT),
            scale("spread_region", "Regionen", EXTENT),
            scale("spread_external_regional", "Externa forum inom regionen", EXTENT),
            scale("spread_external_national", "Externa forum nationellt", EXTENT),
            scale("spread_media", "Media", EXTENT),
        ),
    ),
    Section(
        key="support",
        title="Stöd och utvärdering",
        intro="I vilken utsträckning har följande aktörer bidragit till projektet?",
        questions=(
            scale(
                "support_external_evaluation",
                "Extern processutvärderingutvärdering (European Minds)",
                EXTENT,
            ),
            scale("support_pluginnovation", "PlugInnovation", EXTENT),
            scale("support_regional_management", "Den regionala projektledningen", EXTENT),
            scale("support_national_management", "Den nationella projektledningen (SKL)", EXTENT),
            scale("support_own_evaluation", "Egen utvärdering", EXTENT),
            text(
                "support_contribution",
                "På vilket sätt har dessa aktörer bidragit till dels ert lokala "
                "utvecklingsarbete men även till Plug In som helhet?",
            ),
            # Support activities the project took part in (the export lists them last).
            text("support_other", "Annat"),
            text("support_workshop", "Workshop"),
        ),
    ),
    Section(
        key="tips",
        title="Tips till framtida projekt",
        questions=(
            text(
                "tips",
                "Vilka tips skulle Du vilja delge framtida projekt? Vad gick bra och varför? "
                "Vad gick mindre bra och varför?",
                required=True,
            ),
        ),
    ),
)
