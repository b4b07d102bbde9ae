"""An attachment's file goes with its row, however the row goes (removed on the item page,
or with its item in the admin), once the deletion has committed."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from kulturhub.knowledge.models import Attachment


@receiver(post_delete, sender=Attachment)
def delete_file(sender, instance: Attachment, **kwargs) -> None:
    if instance.file:
        name, storage = instance.file.name, instance.file.storage
        transaction.on_commit(lambda: storage.delete(name))
