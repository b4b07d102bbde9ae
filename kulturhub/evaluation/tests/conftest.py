# The programme personas (a programme in Aarhus, its staff member Sofie) are shared.
from kulturhub.programmes.tests.conftest import (  # noqa: F401
    aarhus,
    cohort,
    museum,
    programme,
    sofie,
)
