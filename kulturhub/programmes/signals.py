"""Signals other apps listen to, so that programmes need not import them."""

from django.dispatch import Signal

# Sent inside the erasing transaction after a participant and everything of theirs was deleted;
# arguments: programme_id. (The evaluation app refreshes that programme's score sums.)
participant_erased = Signal()
