"""A JSON-serialisable description of the portal's data, to compare a database before
and after a code change (e.g. models moved between Django apps, keeping their tables).

Usage (from the project directory, with its virtualenv):
    DATABASE_URL=sqlite:////path/db.sqlite3 python -m portal.tests.upgrade.snapshot OUT.json
or import it after django.setup() and call snapshot().

Models are looked up through MODEL_LOCATIONS: after a restructure only MODEL_LOCATIONS
(and QUESTIONNAIRE_MODULE, if that module moves) should need to change. The snapshot's
keys are the models' names at commit 3334a68, where before.json was taken, so that it
still compares. Nothing written here depends on app labels; content type ids and model
class names are included on purpose.
"""

import hashlib
import importlib
import json
import os
import sys

from portal.tests.upgrade.snapshot_pages import pages, revisions, workflow
from portal.tests.upgrade.values import class_name, codenames, jsorted, norm, rows

# The one place that knows which app holds which project model: "app_label", or
# "app_label.ModelName" where the model was renamed (the key stays the old name).
MODEL_LOCATIONS = {
    # home (from portal)
    "HomePage": "home",
    "HomePageFeaturedMethod": "home",
    "StandardPage": "home",
    "AccessibilityStatementPage": "home",
    "AccessibilityProblemReport": "home",
    # core (from portal; IndexVersion from search, renamed)
    "County": "core",
    "Municipality": "core",
    "IndexVersion": "core.ContentVersion",
    # methods
    "SuccessFactorIndexPage": "methods",
    "SuccessFactorPage": "methods",
    "MethodIndexPage": "methods",
    "MethodPage": "methods",
    "MethodPageTag": "methods",
    # reports
    "ReportIndexPage": "reports",
    "ProjectReportPage": "reports",
    "ProjectReportPageTag": "reports",
    "ReportExtraAnswer": "reports",
    # evidence, importer, submissions (from reports)
    "StatisticsPage": "evidence",
    "ImportBatch": "importer",
    "ImportFile": "importer",
    "Invitation": "submissions",
    "Submission": "submissions",
    # search
    "SearchDocument": "search",
    "ZeroResultQuery": "search",
}
# The questionnaire declaration (QUESTIONS, KEY_FIGURES); change if the module moves.
QUESTIONNAIRE_MODULE = "reports.questionnaire"

# Words whose full-text hits (SQLite FTS5 table of the portal search) are recorded.
FTS_PROBES = ("coachning", "narvaro", "malmo", "elev", "autism", "vaxjo")


def model(name):
    """The model class for a snapshot name (a key of MODEL_LOCATIONS)."""
    from django.apps import apps

    app_label, _, model_name = MODEL_LOCATIONS[name].partition(".")
    return apps.get_model(app_label, model_name or name)


def _answers_sha256(obj, keys):
    text = json.dumps({key: norm(getattr(obj, key)) for key in keys}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def _report(report, keys, key_figures, hashed):
    municipality = report.municipality if report.municipality_id else None
    return {
        "id": report.pk,
        "title": report.title,
        "answers": {key: norm(getattr(report, key)) for key in keys},
        "key_figures": {key: norm(getattr(report, key)) for key in key_figures},
        "latest_revision_answers_sha256": _answers_sha256(
            report.get_latest_revision_as_object(), hashed
        ),
        "extra_answers": [
            {
                "sort_order": extra.sort_order,
                "question_key": extra.question_key,
                "question_text": extra.question_text,
                "answer": extra.answer,
            }
            for extra in report.extra_answers.order_by("sort_order", "pk")
        ],
        "tags": jsorted(tag.name for tag in report.tags.all()),
        "tag_slugs": sorted(tag.slug for tag in report.tags.all()),
        "municipality_code": municipality.code if municipality else None,
        "county_code": municipality.county.code if municipality else None,
        "method_slugs": sorted(report.methods.values_list("slug", flat=True)),
        "organisation_type": report.organisation_type,
        "plugin_round": report.plugin_round,
        "period_start": norm(report.period_start),
        "period_end": norm(report.period_end),
        "summary": report.summary,
        "needs_review": report.needs_review,
        "import_warnings": norm(report.import_warnings),
        "import_key": report.import_key,
        "source_name": report.source_name,
        "source_hash": report.source_hash,
    }


# Questions added since the snapshot the upgrade is compared with: the revision hash is
# taken over the questions that snapshot had (PORTAL_SNAPSHOT_ANSWER_KEYS, comma-separated),
# while `answers` lists every question the code declares.
ANSWER_KEYS_ENV = "PORTAL_SNAPSHOT_ANSWER_KEYS"


def reports():
    """Every report page's answers, as declared by the questionnaire."""
    questionnaire = importlib.import_module(QUESTIONNAIRE_MODULE)
    keys = [question.key for question in questionnaire.QUESTIONS]
    hashed = [key for key in os.environ.get(ANSWER_KEYS_ENV, "").split(",") if key] or keys
    key_figures = list(questionnaire.KEY_FIGURES.keys)
    queryset = model("ProjectReportPage").objects.order_by("pk")
    return [
        _report(report, keys, key_figures, hashed)
        for report in queryset.select_related("municipality__county")
    ]


# --- Users and permissions -----------------------------------------------------------


def _user(user, backend):
    if user.is_superuser:
        effective = ["*superuser*"]
    else:
        effective = sorted({perm.split(".", 1)[1] for perm in backend.get_all_permissions(user)})
    return {
        "id": user.pk,
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "password": user.password,
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
        "is_active": user.is_active,
        "date_joined": norm(user.date_joined),
        "last_login": norm(user.last_login),
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "user_permissions": codenames(user.user_permissions.all()),
        "effective_permissions": effective,
        "model_permission_checks": model_permission_checks(user),
    }


def users():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.backends import ModelBackend

    backend = ModelBackend()
    return [_user(user, backend) for user in get_user_model().objects.order_by("username")]


def model_permission_checks(user):
    """{model: [codenames user.has_perm() grants]} for every project model, checked with
    the model's *current* app label: catches permissions left on stale content types
    after a move, which codenames alone would hide."""
    result = {}
    for name in sorted(MODEL_LOCATIONS):
        meta = model(name)._meta
        wanted = [f"{action}_{meta.model_name}" for action in meta.default_permissions]
        wanted += [codename for codename, _label in meta.permissions]
        granted = sorted(c for c in wanted if user.has_perm(f"{meta.app_label}.{c}"))
        if granted:
            result[name] = granted
    return result


def groups():
    from django.contrib.auth.models import Group
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    result = []
    for group in Group.objects.order_by("name"):
        page_permissions = GroupPagePermission.objects.filter(group=group)
        collection_permissions = GroupCollectionPermission.objects.filter(group=group)
        result.append(
            {
                "name": group.name,
                "permissions": codenames(group.permissions.all()),
                "page_permissions": jsorted(
                    [p.page_id, p.permission.codename]
                    for p in page_permissions.select_related("permission")
                ),
                "collection_permissions": jsorted(
                    [p.collection_id, p.permission.codename]
                    for p in collection_permissions.select_related("permission")
                ),
            }
        )
    return result


# --- Search --------------------------------------------------------------------------


def _fts():
    """Rows of the portal's FTS5 table and its hits for FTS_PROBES (SQLite only)."""
    from django.db import connection

    fts = {}
    if connection.vendor != "sqlite":
        return fts
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM search_document_fts")
        fts["rows"] = cursor.fetchone()[0]
        for word in FTS_PROBES:
            cursor.execute(
                "SELECT rowid FROM search_document_fts WHERE search_document_fts MATCH %s "
                "ORDER BY rowid",
                [f'"{word}"*'],
            )
            fts[word] = [r[0] for r in cursor.fetchall()]
    return fts


def search():
    from wagtail.contrib.search_promotions.models import Query
    from wagtail.search.models import IndexEntry

    documents = [
        {
            "page_id": doc.page_id,
            "kind": doc.kind,
            "title": doc.title,
            "keywords": doc.keywords,
            "body": doc.body,
            "summary": doc.summary,
            "meta": doc.meta,
            "facets": norm(doc.facets),
            "published_at": norm(doc.published_at),
        }
        for doc in model("SearchDocument").objects.order_by("page_id")
    ]
    wagtail_index = jsorted(
        [
            class_name(entry.content_type_id),
            str(entry.object_id),
            entry.title,
            hashlib.sha256((entry.body or "").encode()).hexdigest(),
        ]
        for entry in IndexEntry.objects.all()
    )
    return {
        "documents": documents,
        "fts": _fts(),
        "index_versions": model("IndexVersion").objects.count(),
        "wagtail_index_entries": wagtail_index,
        "zero_result_queries": rows(model("ZeroResultQuery").objects.all()),
        "popular_queries": jsorted(
            [q.query_string, sum(h.hits for h in q.daily_hits.all())] for q in Query.objects.all()
        ),
    }


# --- Everything ----------------------------------------------------------------------


def project_content_types():
    """[id, model, class] of the project models' content types, stale rows included (a
    row whose `model` is a project model's old or current name)."""
    from django.contrib.contenttypes.models import ContentType

    names = set(MODEL_LOCATIONS) | {model(name).__name__ for name in MODEL_LOCATIONS}
    lowered = {name.lower() for name in names}
    return jsorted(
        [ct.pk, ct.model, class_name(ct.pk)]
        for ct in ContentType.objects.all()
        if class_name(ct.pk) in names or ct.model in lowered
    )


def _municipalities_sha256():
    municipalities = model("Municipality").objects.order_by("code")
    values = list(municipalities.values_list("id", "code", "name", "county__code"))
    return hashlib.sha256(json.dumps(values).encode()).hexdigest()


def _wagtail_tables():
    from taggit.models import Tag
    from wagtail.models import Page, PageLogEntry, Site

    return {
        "tags": jsorted([t.pk, t.name, t.slug] for t in Tag.objects.all()),
        "sites": jsorted(
            [s.hostname, s.port, s.root_page_id, s.is_default_site, s.site_name]
            for s in Site.objects.all()
        ),
        "page_log": jsorted(
            [e.page_id, e.action, e.user_id, class_name(e.content_type_id), norm(e.timestamp)]
            for e in PageLogEntry.objects.all()
        ),
        "page_content_types": {
            str(page_id): class_name(ct_id)
            for page_id, ct_id in Page.objects.values_list("pk", "content_type_id")
        },
    }


def snapshot():
    return {
        "counts": {name: model(name).objects.count() for name in sorted(MODEL_LOCATIONS)},
        "pages": pages(),
        "revisions": revisions(),
        "reports": reports(),
        "users": users(),
        "groups": groups(),
        "invitations": rows(model("Invitation").objects.all()),
        "submissions": rows(model("Submission").objects.all()),
        "import_batches": rows(model("ImportBatch").objects.all()),
        "import_files": rows(model("ImportFile").objects.all()),
        "search": search(),
        "accessibility_problem_reports": rows(model("AccessibilityProblemReport").objects.all()),
        "counties": model("County").objects.count(),
        "municipalities": model("Municipality").objects.count(),
        "municipalities_sha256": _municipalities_sha256(),
        "workflow": workflow(),
        **_wagtail_tables(),
        "project_content_types": project_content_types(),
    }


def main(argv):
    sys.path.insert(0, os.getcwd())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    text = json.dumps(snapshot(), indent=1, sort_keys=True, ensure_ascii=False)
    if len(argv) > 1:
        with open(argv[1], "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main(sys.argv)
