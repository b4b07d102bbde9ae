from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kulturhub.activities.models import Activity
from kulturhub.core import permissions, taxonomy
from kulturhub.core.errors import DomainError
from kulturhub.knowledge import search, services
from kulturhub.knowledge.forms import AttachmentForm, KnowledgeItemForm, SearchForm
from kulturhub.knowledge.models import Attachment, KnowledgeItem, member_networks
from kulturhub.network.models import Network


def _item(request, slug, action="view_knowledge_item") -> KnowledgeItem:
    item = get_object_or_404(
        KnowledgeItem.objects.select_related("network", "translation_of"), slug=slug
    )
    permissions.require(request.user, action, item)
    return item


def item_list(request):
    form = SearchForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return render(request, "knowledge/item_list.html", {"form": form}, status=400)
    data = form.cleaned_data if form.is_bound else {}
    results = search.search(
        data.get("q", ""),
        request.user,
        form.filters() if form.is_bound else None,
        page=data.get("page") or 1,
    )
    form.show_counts(results.facets)
    # One tag chosen: the page offers that tag's feeds (two or more have no feed).
    topic = None
    if len(results.filters.tags) == 1:
        [(vocabulary, slug)] = results.filters.tags.items()
        topic = {"vocabulary": vocabulary, "slug": slug, "label": taxonomy.label(vocabulary, slug)}
    networks = Network.objects.order_by("name")
    if not request.user.is_superuser:
        networks = networks.filter(pk__in=member_networks(request.user))
    drafts = (
        KnowledgeItem.objects.filter(
            created_by=request.user, status=KnowledgeItem.Status.DRAFT
        ).order_by("-updated_at")
        if request.user.is_authenticated
        else []
    )
    waiting = services.waiting_for(request.user)
    return render(
        request,
        "knowledge/item_list.html",
        {
            "form": form,
            "results": results,
            "page": results.page,
            "networks": networks,
            "drafts": drafts,
            "waiting": waiting,
            "topic": topic,
        },
    )


def item_detail(request, slug):
    item = _item(request, slug)

    def allowed(action: str) -> bool:
        return permissions.check(request.user, action, item)[0]

    can_publish = allowed("publish_knowledge_item")
    translations = [
        other
        for other in item.family().exclude(pk=item.pk).select_related("network")
        if permissions.check(request.user, "view_knowledge_item", other)[0]
    ]
    return render(
        request,
        "knowledge/item_detail.html",
        {
            "item": item,
            "translations": translations,
            "links": item.links.all(),
            "attachments": item.attachments.all(),
            "can_edit": allowed("edit_knowledge_item"),
            "can_publish": can_publish,
            # Coordinators publish themselves; a draft is asked for once.
            "can_request": not can_publish
            and item.publication_requested_at is None
            and allowed("request_knowledge_publication"),
            "concepts": item.concepts.all(),
            "activities": item.activities.published(),
            "programmes": item.programmes.public(),
        },
    )


@login_required
def item_create(request, network_slug):
    network = get_object_or_404(Network, slug=network_slug)
    permissions.require(request.user, "add_knowledge_item", network)
    form = KnowledgeItemForm(request.POST or None, network=network)
    if request.method == "POST" and form.is_valid():
        try:
            item = services.create_item(
                form, network, request.user, links=form.cleaned_data["links"]
            )
        except DomainError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("The draft was saved."))
            return redirect(item)
    return render(
        request,
        "knowledge/item_form.html",
        {"form": form, "network": network},
        status=400 if form.errors else 200,
    )


@login_required
def item_edit(request, slug):
    item = _item(request, slug, "edit_knowledge_item")
    form = KnowledgeItemForm(request.POST or None, instance=item, network=item.network)
    if request.method == "POST" and form.is_valid():
        try:
            item = services.update_item(form, request.user, links=form.cleaned_data["links"])
        except DomainError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("The item was saved."))
            return redirect(item)
    return render(
        request,
        "knowledge/item_form.html",
        {"form": form, "network": item.network, "item": item},
        status=400 if form.errors else 200,
    )


@require_POST
@login_required
def item_publish(request, slug):
    item = _item(request, slug, "publish_knowledge_item")
    publish = request.POST.get("action") != "unpublish"
    try:
        if publish:
            services.publish(item, request.user)
            messages.success(request, _("The item is published."))
        else:
            services.unpublish(item, request.user)
            messages.success(request, _("The item is back to draft."))
    except DomainError as error:
        messages.error(request, error.message)
    return redirect(item)


def attachment_download(request, pk):
    attachment = get_object_or_404(Attachment.objects.select_related("item__network"), pk=pk)
    permissions.require(request.user, "view_knowledge_item", attachment.item)
    filename = attachment.file.name.rsplit("/", 1)[-1]
    return FileResponse(attachment.file.open("rb"), as_attachment=True, filename=filename)


@login_required
def attachment_add(request, slug):
    item = _item(request, slug, "edit_knowledge_item")
    form = AttachmentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_attachment(
                item, form.cleaned_data["title"], form.cleaned_data["file"], request.user
            )
        except DomainError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("The file was attached."))
            return redirect(item)
    return render(
        request,
        "knowledge/attachment_form.html",
        {"form": form, "item": item},
        status=400 if form.errors else 200,
    )


@require_POST
@login_required
def attachment_remove(request, slug, pk):
    item = _item(request, slug, "edit_knowledge_item")
    attachment = get_object_or_404(item.attachments, pk=pk)
    services.remove_attachment(attachment, request.user)
    messages.success(request, _("The attachment was removed."))
    return redirect(item)


@require_POST
@login_required
def item_request_publication(request, slug):
    item = _item(request, slug, "request_knowledge_publication")
    try:
        services.request_publication(item, request.user)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The network's coordinators have been asked to publish it."))
    return redirect(item)


@require_POST
@login_required
def from_activity(request, activity_slug):
    activity = get_object_or_404(Activity.objects.select_related("network"), slug=activity_slug)
    permissions.require(request.user, "organise_activity", activity)
    try:
        item = services.item_from_activity(activity, request.user)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect(activity)
    messages.success(request, _("A draft knowledge item was made from the activity."))
    return redirect("knowledge:edit", item.slug)
