"""The survey's five answer scales, each value named (`CHANGE.not_measured`)."""

from reports.questionnaire.elements import declare_scale

GOAL = declare_scale(
    "goal",
    "Måluppfyllelse",
    exceeded="Vi har överträffat målsättningarna",
    achieved="Vi har uppnått målsättningarna",
    partly_achieved="Vi har delvis uppnått målsättningarna",
    not_achieved="Vi har inte uppnått målsättningarna",
    positive=("exceeded", "achieved"),
)
CHANGE = declare_scale(
    "change",
    "Förändring",
    increased_much="Ökat mycket",
    increased_somewhat="Ökat ganska mycket",
    unchanged="Oförändrat",
    decreased_somewhat="Minskat ganska mycket",
    decreased_much="Minskat mycket",
    not_measured="Har ej mätt",
    not_applicable="Ej aktuellt",
    unranked=("not_measured", "not_applicable"),
    positive=("increased_much", "increased_somewhat"),
    aliases={"Oförändrad": "unchanged"},  # exports say both
)
EXTENT = declare_scale(
    "extent",
    "Utsträckning",
    large="I stor utsträckning",
    some="I viss utsträckning",
    small="I liten utsträckning",
    not_at_all="Inte alls",
    # Found in exports: a real answer ("we cannot tell"), counted but never ranked.
    dont_know="Vet ej",
    unranked=("dont_know",),
)
GROUP_WORK = declare_scale(
    "group_work",
    "Gruppens arbete",
    very_well="Mycket väl",
    # The survey's own spelling; exports also carry the correct one.
    satisfactory="Tillfredställande",
    less_well="Mindre bra",
    not_at_all="Inte alls",
    aliases={"Tillfredsställande": "satisfactory"},
)
REFERENCE_GROUP_WORK = GROUP_WORK.extended(
    "reference_group_work",
    "Referensgruppens arbete",
    no_reference_group="Har inte haft någon referensgrupp",
    unranked=("no_reference_group",),
)
SCALES = (GOAL, CHANGE, EXTENT, GROUP_WORK, REFERENCE_GROUP_WORK)
