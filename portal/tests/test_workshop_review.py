"""The review workflow covers reports filed under a project workshop, as it covers
reports under the report index."""

from submissions.services import review_workflow
from testing.factories import ProjectReportPageFactory, report_index
from testing.workshop_factories import WorkshopIndexPageFactory, WorkshopPageFactory
from workshops.models import WorkshopIndexPage


def test_review_workflow_is_assigned_to_the_workshop_index(db):
    index = report_index()
    workshops = WorkshopIndexPage.objects.first() or WorkshopIndexPageFactory(
        parent=index.get_parent()
    )
    workflow = review_workflow()
    workshop = WorkshopPageFactory(parent=workshops)
    report = ProjectReportPageFactory(parent=workshop)
    assert workshops.get_workflow() == workflow
    assert report.get_workflow() == workflow
    assert ProjectReportPageFactory(parent=index).get_workflow() == workflow
