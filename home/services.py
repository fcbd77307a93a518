"""Write-side operations of the home app."""

from django.conf import settings
from django.core.mail import send_mail


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
