"""Write-side operations of the portal app."""

import csv
from pathlib import Path

from django.conf import settings
from django.core.mail import send_mail

MUNICIPALITIES_CSV = Path(__file__).resolve().parent / "data" / "municipalities.csv"


def sync_municipalities(county_model, municipality_model, csv_path=MUNICIPALITIES_CSV):
    """Create or update all counties and municipalities from the SCB list. Idempotent.

    Takes the model classes so that a data migration can pass its historical models.
    Returns (counties, municipalities) counts in the file.
    """
    with open(csv_path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    counties = {}
    for row in rows:
        code = row["county_code"].strip()
        if code not in counties:
            counties[code], _ = county_model.objects.update_or_create(
                code=code, defaults={"name": row["county_name"].strip()}
            )
    for row in rows:
        municipality_model.objects.update_or_create(
            code=row["municipality_code"].strip(),
            defaults={
                "name": row["municipality_name"].strip(),
                "county": counties[row["county_code"].strip()],
            },
        )
    return len(counties), len(rows)


def record_accessibility_problem(form, statement_page):
    """Save a visitor's problem report and tell the editors by e-mail."""
    report = form.save()
    send_mail(
        subject="Tillgänglighetsbrist rapporterad på PlugInnovation",
        message=(
            f"Sida: {report.page_address or '(inte angiven)'}\n"
            f"Svar till: {report.reply_email or '(ingen e-post)'}\n\n"
            f"{report.description}\n"
        ),
        from_email=getattr(settings, "DEFAULT_FROM_EMAIL", None),
        recipient_list=[statement_page.contact_email],
        fail_silently=True,  # the report is saved either way; mail is a courtesy
    )
    return report
