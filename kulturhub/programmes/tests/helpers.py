from kulturhub.programmes.models import Channel


def refer(programme, n=1, **kwargs):
    """A referral through the service, as the referral form makes it."""
    from kulturhub.programmes import services

    kwargs.setdefault("channel", Channel.GP)
    return services.submit_referral(
        programme, name=f"Borger {n}", email=f"borger{n}@example.org", **kwargs
    )


def consent_and_enrol(referral, cohort, by):
    from kulturhub.programmes import services
    from kulturhub.programmes.models import Consent

    services.record_consent(
        referral.participant,
        kind=Consent.Kind.PARTICIPATION,
        text_version="KPR-1",
        how=Consent.How.PAPER,
        by=by,
    )
    return services.enrol(referral.participant, cohort, by)
