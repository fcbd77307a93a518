"""Invitations of project leaders: the single-use link, its e-mail, accepting it.

An editor invites a leader (`create_invitation`: an e-mail with a link on the site's
public address; only a SHA-256 of the token is stored). The link works once and expires
after PORTAL_INVITATION_DAYS; accepting it creates the leader's account (the user name is
the e-mail address) and starts their report.

Requests that race are serialised by row locks, and the loser gets an exception that
says what happened, in Swedish, for the view to show: an invitation form sent twice
(`DuplicateInvitation`), one link accepted twice at once (`AlreadyAccepted`), an account
created meanwhile by another invitation to the same address (`AccountExists`).
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from core.models import Municipality
from core.navigation import site_root_url
from submissions.models import Invitation, Submission
from submissions.notifications import quiet_admin_notifications

LEADERS_GROUP = "Projektledare"


class InvitationError(Exception):
    """Why an invitation link cannot be used (Swedish, for the visitor)."""


class AlreadyAccepted(InvitationError):
    """The link was used meanwhile (e.g. the form sent from two tabs at once)."""


class AccountExists(InvitationError):
    """An account with the invited address was created meanwhile."""


class DuplicateInvitation(Exception):
    """The same leader already has a working invitation to the same project (Swedish,
    for the editor): the invitation form was sent twice."""


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_days():
    return int(getattr(settings, "PORTAL_INVITATION_DAYS", 14))


def issue_token(invitation):
    """Give the invitation a new single-use token and validity; returns the token."""
    token = secrets.token_urlsafe(32)
    invitation.token_hash = token_hash(token)
    invitation.expires_at = timezone.now() + timedelta(days=invitation_days())
    return token


def invitation_link(token):
    """The link in the invitation e-mail, on the site's public address."""
    return site_root_url() + reverse("accept_invitation", args=[token])


def _pending_duplicate(invitation):
    duplicates = Invitation.objects.filter(
        email__iexact=invitation.email,
        municipality_id=invitation.municipality_id,
        project_name__iexact=invitation.project_name.strip(),
        accepted_at__isnull=True,
        expires_at__gt=timezone.now(),
    )
    return duplicates.exclude(pk=invitation.pk).first()


@transaction.atomic
def create_invitation(invitation):
    """Save a new (unsaved) invitation and e-mail its link once committed. Refused with
    DuplicateInvitation while the same address has a working invitation to the same
    project: an invitation form sent twice invites once."""
    # Invitations to one municipality are made one at a time, so that the second of
    # two simultaneous requests sees the first one's invitation.
    Municipality.objects.select_for_update().filter(pk=invitation.municipality_id).first()
    existing = _pending_duplicate(invitation)
    if existing is not None:
        sent = timezone.localtime(existing.created_at).strftime("%Y-%m-%d %H:%M")
        raise DuplicateInvitation(
            f"{existing.email} är redan inbjuden till projektet {existing.project_name} "
            f"(inbjudan skickad {sent}). Öppna den inbjudan i listan och spara den om du "
            "vill skicka en ny länk."
        )
    return _issue_and_send(invitation)


def resend_invitation(invitation):
    """A new link for an invitation not yet accepted; the old link stops working."""
    return _issue_and_send(invitation)


def _issue_and_send(invitation):
    token = issue_token(invitation)
    invitation.save()
    link = invitation_link(token)
    transaction.on_commit(lambda: send_invitation(invitation, link), robust=True)
    return invitation


def send_invitation(invitation, link):
    expires = timezone.localtime(invitation.expires_at).strftime("%Y-%m-%d")
    workshop = invitation.workshop
    filed = f"Rapporten hör till projektverkstaden {workshop.title}.\n\n" if workshop else ""
    send_mail(
        subject=f"Inbjudan: lämna slutrapporten för {invitation.project_name}",
        message=(
            f"Hej {invitation.name}!\n\n"
            f"Redaktionen för PlugInnovation bjuder in dig att lämna slutrapporten för "
            f"projektet {invitation.project_name} ({invitation.municipality.name}) på webben.\n\n"
            f"{filed}"
            f"Välj ett lösenord via länken nedan. Länken fungerar en gång och gäller till "
            f"och med {expires}.\n\n{link}\n\n"
            "Du kan fylla i rapporten i flera omgångar: allt du skriver sparas som utkast "
            "tills du skickar in det.\n\nVänliga hälsningar\nRedaktionen för PlugInnovation\n"
        ),
        from_email=None,
        recipient_list=[invitation.email],
    )


def invitation_for_token(token):
    """The usable invitation for a link's token, or InvitationError saying why not."""
    invitation = Invitation.objects.filter(token_hash=token_hash(token)).first()
    if invitation is None:
        raise InvitationError("Länken är inte giltig. Kontrollera att hela länken kom med.")
    if invitation.accepted_at:
        raise InvitationError(
            "Länken har redan använts. Logga in med din e-postadress och ditt lösenord."
        )
    if invitation.expires_at <= timezone.now():
        raise InvitationError(
            "Länken har gått ut. Be redaktionen om en ny inbjudan så skickar de en ny länk."
        )
    return invitation


def leaders_group():
    return Group.objects.get_or_create(name=LEADERS_GROUP)[0]


@transaction.atomic
def accept_invitation(invitation, password=None, user=None):
    """Create the leader's account (or use `user`, already signed in with the invited
    address), start their report and use up the link. Returns the submission.

    The invitation is locked first: of two simultaneous acceptances one wins and the
    other gets AlreadyAccepted (or AccountExists, when another invitation to the same
    address created the account meanwhile)."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at:
        raise AlreadyAccepted(
            "Länken har redan använts. Logga in med din e-postadress och ditt lösenord."
        )
    if user is None:
        user = _create_account(invitation, password)
    user.groups.add(leaders_group())
    quiet_admin_notifications(user)
    invitation.accepted_at = timezone.now()
    invitation.user = user
    invitation.save(update_fields=["accepted_at", "user"])
    return Submission.objects.create(
        leader=user,
        municipality=invitation.municipality,
        invitation=invitation,
        draft={"title": invitation.project_name},
    )


def _create_account(invitation, password):
    try:
        with transaction.atomic():
            return get_user_model().objects.create_user(
                username=invitation.email.lower(),
                email=invitation.email.lower(),
                password=password,
                first_name=invitation.name[:150],
            )
    except IntegrityError:
        raise AccountExists(
            "Det finns redan ett konto med den här e-postadressen. Logga in och öppna "
            "länken igen, så läggs rapporten till i ditt konto."
        ) from None
