"""Background work of programmes (Django tasks API, database backend)."""

from django.conf import settings
from django_tasks import task


@task()
def notify_staff(referral_id: int, kind: str) -> int:
    """Tell the programme's staff (and, for overdue referrals, the coordinators) by e-mail.

    The e-mail carries the participant's code only: contact data stay in Kulturhub."""
    from kulturhub.core import mail
    from kulturhub.programmes import services
    from kulturhub.programmes.models import Referral

    referral = (
        Referral.objects.select_related("programme", "participant").filter(pk=referral_id).first()
    )
    if referral is None:
        return 0
    programme = referral.programme
    recipients = services.staff_and_coordinator_emails(
        programme, include_coordinators=kind == "referral_overdue"
    )
    if recipients:
        mail.send(
            recipients,
            programme.network.language,
            f"programmes/email/{kind}",
            {
                "referral": referral,
                "programme": programme,
                "url": settings.SITE_URL + f"/{programme.network.language}/programmes/"
                f"{programme.slug}/manage/",
            },
        )
    return len(recipients)


@task()
def purge_contacts(cohort_id: int) -> int:
    from kulturhub.programmes import services

    return services.purge_contacts(cohort_id)
