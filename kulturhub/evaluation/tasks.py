from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_tasks import task


@task()
def deliver_invitation(invitation_id: int) -> bool:
    """E-mail a participant their questionnaire link (a logged read of their contact data)."""
    from kulturhub.core import audit, mail
    from kulturhub.evaluation import services
    from kulturhub.evaluation.models import Invitation

    invitation = (
        Invitation.objects.select_related("questionnaire__programme", "participant__contact")
        .filter(pk=invitation_id)
        .first()
    )
    contact = getattr(invitation.participant, "contact", None) if invitation else None
    if invitation is None or invitation.used_at or contact is None or not contact.email:
        return False
    audit.log(
        None, "programmes.contact.read", invitation.participant, purpose="questionnaire invitation"
    )
    with translation.override(invitation.language):
        url = settings.SITE_URL + reverse(
            "evaluation:answer", args=[services.link_token(invitation)]
        )
    return mail.send(
        [contact.email],
        invitation.language,
        "evaluation/email/invitation",
        {"invitation": invitation, "programme": invitation.questionnaire.programme, "url": url},
    )


@task()
def send_reminder(invitation_id: int, claimed: bool = False) -> bool:
    """Remind a participant, once, of a questionnaire they have not answered yet."""
    from kulturhub.evaluation import outreach

    return outreach.send_reminder(invitation_id, claimed=claimed)


@task()
def deliver_feedback_link(form_id: int, registration_id: int) -> bool:
    """E-mail one registrant the link to an activity's feedback form, in their language."""
    from kulturhub.evaluation import feedback

    return feedback.deliver_link(form_id, registration_id)


@task()
def run_import(job_id: int) -> str:
    """Check a CSV import of answers and save it if every row is valid."""
    from kulturhub.evaluation import imports

    job = imports.run(job_id)
    return job.status if job else ""
