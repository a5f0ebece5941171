"""The words of the unified action schemas, translated: field labels, action titles, enum choices.

``connectors.base.actions`` speaks English (it is shared with the CLI); the forms show these words
through Qt's translations. Each string is marked with ``QT_TRANSLATE_NOOP`` so pyside6-lupdate finds
it; where the English text is its own key the catalogue is just that list of marked texts, and a text
missing from it (a field added to the schemas later) is shown in English, as Qt does for any text
without a translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.labels import QT_TRANSLATE_NOOP, translated

# The field labels and action titles, for pyside6-lupdate (Qt translates any text it has).
_CATALOGUE = (
    QT_TRANSLATE_NOOP("ActionFields", "Candidate"),
    QT_TRANSLATE_NOOP("ActionFields", "First name"),
    QT_TRANSLATE_NOOP("ActionFields", "Last name"),
    QT_TRANSLATE_NOOP("ActionFields", "E-mail"),
    QT_TRANSLATE_NOOP("ActionFields", "More e-mail addresses"),
    QT_TRANSLATE_NOOP("ActionFields", "Type"),
    QT_TRANSLATE_NOOP("ActionFields", "Company"),
    QT_TRANSLATE_NOOP("ActionFields", "Job title"),
    QT_TRANSLATE_NOOP("ActionFields", "Phone"),
    QT_TRANSLATE_NOOP("ActionFields", "More phone numbers"),
    QT_TRANSLATE_NOOP("ActionFields", "Location"),
    QT_TRANSLATE_NOOP("ActionFields", "City"),
    QT_TRANSLATE_NOOP("ActionFields", "Country (ISO code)"),
    QT_TRANSLATE_NOOP("ActionFields", "State or region"),
    QT_TRANSLATE_NOOP("ActionFields", "Street"),
    QT_TRANSLATE_NOOP("ActionFields", "Postcode"),
    QT_TRANSLATE_NOOP("ActionFields", "Gender"),
    QT_TRANSLATE_NOOP("ActionFields", "Available from"),
    QT_TRANSLATE_NOOP("ActionFields", "Salary expectations"),
    QT_TRANSLATE_NOOP("ActionFields", "Period"),
    QT_TRANSLATE_NOOP("ActionFields", "Amount"),
    QT_TRANSLATE_NOOP("ActionFields", "Links"),
    QT_TRANSLATE_NOOP("ActionFields", "Link"),
    QT_TRANSLATE_NOOP("ActionFields", "Application"),
    QT_TRANSLATE_NOOP("ActionFields", "Job"),
    QT_TRANSLATE_NOOP("ActionFields", "Stage"),
    QT_TRANSLATE_NOOP("ActionFields", "Screening answers"),
    QT_TRANSLATE_NOOP("ActionFields", "Question"),
    QT_TRANSLATE_NOOP("ActionFields", "Answer"),
    QT_TRANSLATE_NOOP("ActionFields", "Attachments"),
    QT_TRANSLATE_NOOP("ActionFields", "File name"),
    QT_TRANSLATE_NOOP("ActionFields", "Kind of file"),
    QT_TRANSLATE_NOOP("ActionFields", "Content type"),
    QT_TRANSLATE_NOOP("ActionFields", "File content (base64)"),
    QT_TRANSLATE_NOOP("ActionFields", "File URL (data: or https:)"),
    QT_TRANSLATE_NOOP("ActionFields", "Source"),
    QT_TRANSLATE_NOOP("ActionFields", "Source name"),
    QT_TRANSLATE_NOOP("ActionFields", "Source id"),
    QT_TRANSLATE_NOOP("ActionFields", "Sourced by"),
    QT_TRANSLATE_NOOP("ActionFields", "User"),
    QT_TRANSLATE_NOOP("ActionFields", "GDPR consent"),
    QT_TRANSLATE_NOOP("ActionFields", "Consent given"),
    QT_TRANSLATE_NOOP("ActionFields", "Consent expires"),
    QT_TRANSLATE_NOOP("ActionFields", "Attachment"),
    QT_TRANSLATE_NOOP("ActionFields", "Rejection reason"),
    QT_TRANSLATE_NOOP("ActionFields", "Label"),
    QT_TRANSLATE_NOOP("ActionFields", "Details"),
    QT_TRANSLATE_NOOP("ActionFields", "Custom field prefix"),
    QT_TRANSLATE_NOOP("ActionFields", "Attributes"),
    QT_TRANSLATE_NOOP("ActionFields", "Key"),
    QT_TRANSLATE_NOOP("ActionFields", "Value"),
    QT_TRANSLATE_NOOP("ActionFields", "Note"),
    QT_TRANSLATE_NOOP("ActionFields", "Format"),
    QT_TRANSLATE_NOOP("ActionFields", "Tag"),
    # action titles
    QT_TRANSLATE_NOOP("ActionFields", "Create candidate"),
    QT_TRANSLATE_NOOP("ActionFields", "Create application"),
    QT_TRANSLATE_NOOP("ActionFields", "Add attachment to application"),
    QT_TRANSLATE_NOOP("ActionFields", "Add attachment to candidate"),
    QT_TRANSLATE_NOOP("ActionFields", "Move application to stage"),
    QT_TRANSLATE_NOOP("ActionFields", "Add result link to application"),
    QT_TRANSLATE_NOOP("ActionFields", "Add result link to candidate"),
    QT_TRANSLATE_NOOP("ActionFields", "Add note to application"),
    QT_TRANSLATE_NOOP("ActionFields", "Add tag to candidate"),
    QT_TRANSLATE_NOOP("ActionFields", "Remove tag from candidate"),
)


def field_label(label: str) -> str:
    """A ``FieldSpec.label`` in the user's language."""
    return QCoreApplication.translate("ActionFields", label)


# An ``ActionSchema.title`` in the user's language (titles are in the same catalogue).
action_title = field_label


_CHOICES: dict[str, str] = {
    "PERSONAL": QT_TRANSLATE_NOOP("ActionFields", "Personal"),
    "WORK": QT_TRANSLATE_NOOP("ActionFields", "Work"),
    "OTHER": QT_TRANSLATE_NOOP("ActionFields", "Other"),
    "MALE": QT_TRANSLATE_NOOP("ActionFields", "Male"),
    "FEMALE": QT_TRANSLATE_NOOP("ActionFields", "Female"),
    "MONTH": QT_TRANSLATE_NOOP("ActionFields", "Per month"),
    "YEAR": QT_TRANSLATE_NOOP("ActionFields", "Per year"),
    "CV": QT_TRANSLATE_NOOP("ActionFields", "CV"),
    "COVER_LETTER": QT_TRANSLATE_NOOP("ActionFields", "Cover letter"),
    "PLAIN_TEXT": QT_TRANSLATE_NOOP("ActionFields", "Plain text"),
}


def choice_label(choice: str) -> str:
    """An enum value (``COVER_LETTER``) as words ("Cover letter")."""
    return translated("ActionFields", _CHOICES, choice, choice.replace("_", " ").capitalize())
