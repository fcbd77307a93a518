"""The final-report questionnaire (slutrapportenkäten), declared once.

Everything that deals with report answers reads this module: the report page's
database columns and admin panels, the public report page, the importer of legacy
survey exports, search facets and statistics. Question keys are stable: they are
database column names and API field names, so never rename one without a migration.

Labels are worded as in the survey export (seed 004); the survey tool cut long labels
at 128 characters, so a label can end mid-sentence ("... någon avgörande").
"""

from dataclasses import dataclass, field
from enum import Enum

from django.db import models
from django.utils.text import slugify

SURVEY_LABEL_LIMIT = 128  # the survey tool cut labels at this many characters


class AnswerType(Enum):
    TEXT = "text"
    NUMBER = "number"
    SCALE = "scale"


@dataclass(frozen=True)
class Scale:
    key: str
    name: str
    values: tuple[str, ...]
    # Values that are real answers but sit outside the ordered range
    # ("Har ej mätt", "Ej aktuellt"): counted, never ranked.
    unranked: tuple[str, ...] = ()
    # Values that count as a good outcome ("Ökat mycket", "Ökat ganska mycket").
    positive: tuple[str, ...] = ()

    @property
    def choices(self):
        return [(value, value) for value in self.values]


GOAL = Scale(
    key="goal",
    name="Måluppfyllelse",
    values=(
        "Vi har överträffat målsättningarna",
        "Vi har uppnått målsättningarna",
        "Vi har delvis uppnått målsättningarna",
        "Vi har inte uppnått målsättningarna",
    ),
    positive=("Vi har överträffat målsättningarna", "Vi har uppnått målsättningarna"),
)
CHANGE = Scale(
    key="change",
    name="Förändring",
    values=(
        "Ökat mycket",
        "Ökat ganska mycket",
        "Oförändrat",
        "Minskat ganska mycket",
        "Minskat mycket",
        "Har ej mätt",
        "Ej aktuellt",
    ),
    unranked=("Har ej mätt", "Ej aktuellt"),
    positive=("Ökat mycket", "Ökat ganska mycket"),
)
EXTENT = Scale(
    key="extent",
    name="Utsträckning",
    values=("I stor utsträckning", "I viss utsträckning", "I liten utsträckning", "Inte alls"),
)
GROUP_WORK = Scale(
    key="group_work",
    name="Gruppens arbete",
    values=("Mycket väl", "Tillfredställande", "Mindre bra", "Inte alls"),
)
REFERENCE_GROUP_WORK = Scale(
    key="reference_group_work",
    name="Referensgruppens arbete",
    values=(*GROUP_WORK.values, "Har inte haft någon referensgrupp"),
    unranked=("Har inte haft någon referensgrupp",),
)
SCALES = (GOAL, CHANGE, EXTENT, GROUP_WORK, REFERENCE_GROUP_WORK)


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    type: AnswerType
    scale: Scale | None = None
    help_text: str = ""
    # A survey heading printed in front of the label in exports ("Förändringar").
    heading: str = ""
    # For a label asked more than once ("Redogör även för gruppens sammansättning."):
    # the key of the question it follows and belongs to.
    follows: str = ""
    # Decimal places for NUMBER questions (0 = whole numbers).
    decimals: int = 0
    # The online form asks for an answer before the report can be sent in.
    required: bool = False
    # The field's label in the online form where the survey's wording is not unique
    # ("Redogör även för gruppens sammansättning." three times); the wording is help text.
    form_label: str = ""

    @property
    def is_scale(self):
        return self.type is AnswerType.SCALE

    @property
    def is_number(self):
        return self.type is AnswerType.NUMBER

    def model_field(self):
        """The database column that stores this question's answer on a report."""
        common = {"verbose_name": self.label, "blank": True, "help_text": self.help_text}
        if self.type is AnswerType.SCALE:
            return models.CharField(max_length=64, choices=self.scale.choices, **common)
        if self.type is AnswerType.NUMBER and self.decimals:
            return models.DecimalField(
                max_digits=6, decimal_places=self.decimals, null=True, **common
            )
        if self.type is AnswerType.NUMBER:
            return models.PositiveIntegerField(null=True, **common)
        return models.TextField(**common)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    questions: tuple[Question, ...]
    intro: str = ""
    # False for sections that legacy survey exports do not contain as questions.
    in_legacy_export: bool = True
    keys: tuple[str, ...] = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "keys", tuple(q.key for q in self.questions))


def text(key, label, **kwargs):
    return Question(key=key, label=label, type=AnswerType.TEXT, **kwargs)


def number(key, label, **kwargs):
    return Question(key=key, label=label, type=AnswerType.NUMBER, **kwargs)


def scale(key, label, scale_, **kwargs):
    kwargs.setdefault("required", True)  # every scale has an answer for "not measured"
    return Question(key=key, label=label, type=AnswerType.SCALE, scale=scale_, **kwargs)


COMPOSITION = "Redogör även för gruppens sammansättning."
COOPERATION = "Projektet har genererat nya/bättre samarbeten mellan"

# Key figures: asked as numbers in the online form; legacy exports state them in
# the free text of "goal_results", where the importer extracts them.
KEY_FIGURES = Section(
    key="key_figures",
    title="Deltagare och resultat i siffror",
    in_legacy_export=False,
    questions=(
        number("participants_total", "Antal deltagare totalt", required=True),
        number("participants_girls", "Varav tjejer", required=True),
        number("participants_boys", "Varav killar", required=True),
        number(
            "avg_months_enrolled",
            "Genomsnittlig tid inskriven i projektet (månader)",
            decimals=1,
        ),
        number("outcome_discharged", "Utskrivna under projektet, fungerar väl"),
        number("outcome_other_agencies", "Utskrivna till andra instanser"),
        number("outcome_moved_away", "Flyttat till annan kommun"),
        number("outcome_still_enrolled", "Kvar i projektet vid rapporteringen"),
    ),
)

SURVEY_SECTIONS = (
    Section(
        key="goals",
        title="Måluppfyllelse",
        questions=(
            scale(
                "goal_achievement",
                "Har ert projekt uppnått de mål ni själva satte upp innan projektstart?",
                GOAL,
            ),
            text(
                "goal_results",
                "Vad har ert projekt uppnått i förhållande till uppsatta mål och planerat upplägg?",
                required=True,
            ),
        ),
    ),
    Section(
        key="target_group",
        title="Resultat för målgruppen",
        questions=(
            scale(
                "attendance_change",
                "Hur har närvaron utvecklats under perioden för projektets genomförande "
                "för de elever som ingår i Plug In?",
                CHANGE,
            ),
            scale(
                "grades_change",
                "Hur har betygen utvecklats under perioden för projektets genomförande "
                "för de elever som ingår i Plug In?",
                CHANGE,
            ),
            scale("kia_mapping_change", "Hur har kartläggningsgraden inom KIA utvecklats", CHANGE),
            scale(
                "return_to_studies_change",
                "Hur har andelen ungdomar som återgår i studier eller arbete utvecklats "
                "under perioden för projektets genomförande?",
                CHANGE,
            ),
        ),
    ),
    Section(
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
                "Förändring av organisation i form av riktlinjer eller arbetsrutiner "
                "eller liknande?",
                EXTENT,
            ),
            scale(
                "org_schedule",
                "Förändring av organisation i form av schemaförändring, gruppindelning "
                "eller liknande?",
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
    ),
    Section(
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
    ),
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

SECTIONS = (KEY_FIGURES, *SURVEY_SECTIONS)
QUESTIONS = tuple(q for section in SECTIONS for q in section.questions)
QUESTIONS_BY_KEY = {q.key: q for q in QUESTIONS}
SURVEY_QUESTIONS = tuple(q for section in SURVEY_SECTIONS for q in section.questions)
KEY_FIGURE_KEYS = KEY_FIGURES.keys


@dataclass(frozen=True)
class Outcome:
    """An outcome question as evidence summaries and the search facet "Resultat" use it."""

    slug: str  # facet value in URLs, e.g. ?outcome=narvaro-okade
    key: str  # the question's key
    name: str  # short name of what was measured
    label: str  # the good outcome, as a facet value

    @property
    def question(self):
        return QUESTIONS_BY_KEY[self.key]

    @property
    def positive_values(self):
        return self.question.scale.positive


OUTCOMES = (
    Outcome("mal-uppnadda", "goal_achievement", "Måluppfyllelse", "Målen uppnådda"),
    Outcome("narvaro-okade", "attendance_change", "Närvaro", "Närvaron ökade"),
    Outcome("betyg-okade", "grades_change", "Betyg", "Betygen förbättrades"),
    Outcome(
        "kartlaggning-okade",
        "kia_mapping_change",
        "Kartläggning inom KIA",
        "Kartläggningsgraden inom KIA ökade",
    ),
    Outcome(
        "atergang-okade",
        "return_to_studies_change",
        "Återgång till studier eller arbete",
        "Fler återgick till studier eller arbete",
    ),
)
OUTCOME_KEYS = tuple(outcome.key for outcome in OUTCOMES)


def answer_facet_value(question_key, value):
    """A scale answer as a search facet value (?answer=...): "attendance_change.okat-mycket"."""
    return f"{question_key}.{slugify(value)}"


def section_of(key):
    for section in SECTIONS:
        if key in section.keys:
            return section
    raise KeyError(key)


def answer_fields():
    """Model fields for every question, keyed by question key (used by the report model)."""
    return {q.key: q.model_field() for q in QUESTIONS}
