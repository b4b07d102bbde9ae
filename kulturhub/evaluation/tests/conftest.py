# The programme personas (a programme in Aarhus, its staff member Sofie) are shared.
from kulturhub.programmes.tests.conftest import (  # noqa: F401  # noqa: E402, F401
    aarhus,
    cohort,
    frida,
    museum,
    otto,
    programme,
    sofie,
)
