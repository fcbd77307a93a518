"""The upgrade snapshot's page tree, revisions and workflow (no project model by name)."""

import hashlib
import json

from portal.tests.upgrade.values import class_name, jsorted, norm, row


def _specific_fields(specific):
    """The page type's own fields (not wagtailcore.Page's), m2m and child relations."""
    from modelcluster.models import get_all_child_relations
    from taggit.managers import TaggableManager
    from wagtail.models import Page

    page_fields = {f.attname for f in Page._meta.concrete_fields}
    data = {}
    for field in specific._meta.concrete_fields:
        if field.attname in page_fields or field.name.endswith("_ptr"):
            continue
        data[field.attname] = norm(getattr(specific, field.attname))
    for field in specific._meta.many_to_many:
        if isinstance(field, TaggableManager):
            data[field.name] = sorted(tag.name for tag in getattr(specific, field.name).all())
        elif field.model is not Page and field.name not in page_fields:
            data[field.name] = sorted(getattr(specific, field.name).values_list("pk", flat=True))
    for relation in get_all_child_relations(type(specific)):
        accessor = relation.get_accessor_name()
        children = getattr(specific, accessor).all()
        foreign_key = relation.field.attname
        data[f"children:{accessor}"] = jsorted(
            row(child, exclude=(foreign_key,)) for child in children
        )
    return data


def _load_specific(page, klass_name):
    """(specific, loads, error): whether the content type's class loads the page."""
    from wagtail.models import Page

    try:
        specific = page.specific
    except Exception as exc:  # noqa: BLE001 (recorded, compared)
        return None, False, f"{type(exc).__name__}: {exc}"
    loads = (
        klass_name is not None
        and type(specific).__name__ == klass_name
        and (klass_name == "Page" or type(specific) is not Page)
    )
    return specific, loads, ""


def pages():
    from wagtail.models import Page

    result = []
    for page in Page.objects.order_by("path"):
        klass_name = class_name(page.content_type_id)
        specific, specific_loads, error = _load_specific(page, klass_name)
        with_fields = specific_loads and klass_name != "Page"
        entry = {
            "id": page.pk,
            "title": page.title,
            "slug": page.slug,
            "url_path": page.url_path,
            "path": page.path,
            "depth": page.depth,
            "numchild": page.numchild,
            "live": page.live,
            "has_unpublished_changes": page.has_unpublished_changes,
            "locked": page.locked,
            "owner_id": page.owner_id,
            "first_published_at": norm(page.first_published_at),
            "last_published_at": norm(page.last_published_at),
            "latest_revision_id": page.latest_revision_id,
            "live_revision_id": page.live_revision_id,
            "search_description": page.search_description,
            "seo_title": page.seo_title,
            "show_in_menus": page.show_in_menus,
            "content_type_id": page.content_type_id,
            "content_type_class": klass_name,
            "specific_class": page.specific_class.__name__ if page.specific_class else None,
            "specific_loads": specific_loads,
            "specific_error": error,
            "url": page.url_path and _url(page),
            "fields": _specific_fields(specific) if with_fields else None,
        }
        result.append(entry)
    return result


def _url(page):
    try:
        return page.get_url(request=None)
    except Exception as exc:  # noqa: BLE001
        return f"error: {type(exc).__name__}"


def revisions():
    from wagtail.models import Revision

    result = []
    for revision in Revision.objects.order_by("pk"):
        try:
            obj = revision.as_object()
            loads, title, loaded_class = True, getattr(obj, "title", None), type(obj).__name__
        except Exception as exc:  # noqa: BLE001
            loads, title, loaded_class = False, None, f"{type(exc).__name__}: {exc}"
        result.append(
            {
                "id": revision.pk,
                "object_id": revision.object_id,
                "content_type_id": revision.content_type_id,
                "content_type_class": class_name(revision.content_type_id),
                "base_content_type_class": class_name(revision.base_content_type_id),
                "user_id": revision.user_id,
                "created_at": norm(revision.created_at),
                "approved_go_live_at": norm(revision.approved_go_live_at),
                "content_sha256": hashlib.sha256(
                    json.dumps(revision.content, sort_keys=True).encode()
                ).hexdigest(),
                "as_object_loads": loads,
                "as_object_class": loaded_class,
                "as_object_title": title,
            }
        )
    return result


def _workflow_state(state):
    return {
        "id": state.pk,
        "page_id": int(state.object_id),
        "status": state.status,
        "workflow": state.workflow.name,
        "content_type_class": class_name(state.content_type_id),
        "base_content_type_class": class_name(state.base_content_type_id),
        "requested_by_id": state.requested_by_id,
        "created_at": norm(state.created_at),
        "current_task": (
            [state.current_task_state.task.name, state.current_task_state.status]
            if state.current_task_state_id
            else None
        ),
    }


def workflow():
    from wagtail.models import TaskState, Workflow, WorkflowPage, WorkflowState

    return {
        "workflows": [
            {
                "name": wf.name,
                "active": wf.active,
                "tasks": [wt.task.name for wt in wf.workflow_tasks.order_by("sort_order")],
                "pages": sorted(
                    WorkflowPage.objects.filter(workflow=wf).values_list("page_id", flat=True)
                ),
            }
            for wf in Workflow.objects.order_by("name")
        ],
        "states": [_workflow_state(state) for state in WorkflowState.objects.order_by("pk")],
        "task_states": [
            {
                "id": ts.pk,
                "workflow_state_id": ts.workflow_state_id,
                "task": ts.task.name,
                "status": ts.status,
                "revision_id": ts.revision_id,
                "comment": ts.comment,
                "finished_by_id": ts.finished_by_id,
                "content_type_class": class_name(ts.content_type_id),
            }
            for ts in TaskState.objects.order_by("pk")
        ],
    }
