"""The words of the unified action schemas, translated: field labels, action titles, enum choices.

``connectors.base.actions`` speaks English (it is shared with the CLI); the forms show these words
through Qt's translations. Each string is a literal inside ``translate`` so pyside6-lupdate finds it;
a label missing here (a field added to the schemas later) is shown in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_label(label: str) -> str:
    """A ``FieldSpec.label`` in the user's language."""
    known = {
        "Candidate": QCoreApplication.translate("ActionFields", "Candidate"),
        "First name": QCoreApplication.translate("ActionFields", "First name"),
        "Last name": QCoreApplication.translate("ActionFields", "Last name"),
        "E-mail": QCoreApplication.translate("ActionFields", "E-mail"),
        "More e-mail addresses": QCoreApplication.translate("ActionFields", "More e-mail addresses"),
        "Type": QCoreApplication.translate("ActionFields", "Type"),
        "Company": QCoreApplication.translate("ActionFields", "Company"),
        "Job title": QCoreApplication.translate("ActionFields", "Job title"),
        "Phone": QCoreApplication.translate("ActionFields", "Phone"),
        "More phone numbers": QCoreApplication.translate("ActionFields", "More phone numbers"),
        "Location": QCoreApplication.translate("ActionFields", "Location"),
        "City": QCoreApplication.translate("ActionFields", "City"),
        "Country (ISO code)": QCoreApplication.translate("ActionFields", "Country (ISO code)"),
        "State or region": QCoreApplication.translate("ActionFields", "State or region"),
        "Street": QCoreApplication.translate("ActionFields", "Street"),
        "Postcode": QCoreApplication.translate("ActionFields", "Postcode"),
        "Gender": QCoreApplication.translate("ActionFields", "Gender"),
        "Available from": QCoreApplication.translate("ActionFields", "Available from"),
        "Salary expectations": QCoreApplication.translate("ActionFields", "Salary expectations"),
        "Period": QCoreApplication.translate("ActionFields", "Period"),
        "Amount": QCoreApplication.translate("ActionFields", "Amount"),
        "Links": QCoreApplication.translate("ActionFields", "Links"),
        "Link": QCoreApplication.translate("ActionFields", "Link"),
        "Application": QCoreApplication.translate("ActionFields", "Application"),
        "Job": QCoreApplication.translate("ActionFields", "Job"),
        "Stage": QCoreApplication.translate("ActionFields", "Stage"),
        "Screening answers": QCoreApplication.translate("ActionFields", "Screening answers"),
        "Question": QCoreApplication.translate("ActionFields", "Question"),
        "Answer": QCoreApplication.translate("ActionFields", "Answer"),
        "Attachments": QCoreApplication.translate("ActionFields", "Attachments"),
        "File name": QCoreApplication.translate("ActionFields", "File name"),
        "Kind of file": QCoreApplication.translate("ActionFields", "Kind of file"),
        "Content type": QCoreApplication.translate("ActionFields", "Content type"),
        "File content (base64)": QCoreApplication.translate("ActionFields", "File content (base64)"),
        "File URL (data: or https:)": QCoreApplication.translate(
            "ActionFields", "File URL (data: or https:)"
        ),
        "Source": QCoreApplication.translate("ActionFields", "Source"),
        "Source name": QCoreApplication.translate("ActionFields", "Source name"),
        "Source id": QCoreApplication.translate("ActionFields", "Source id"),
        "Sourced by": QCoreApplication.translate("ActionFields", "Sourced by"),
        "User": QCoreApplication.translate("ActionFields", "User"),
        "GDPR consent": QCoreApplication.translate("ActionFields", "GDPR consent"),
        "Consent given": QCoreApplication.translate("ActionFields", "Consent given"),
        "Consent expires": QCoreApplication.translate("ActionFields", "Consent expires"),
        "Attachment": QCoreApplication.translate("ActionFields", "Attachment"),
        "Rejection reason": QCoreApplication.translate("ActionFields", "Rejection reason"),
        "Label": QCoreApplication.translate("ActionFields", "Label"),
        "Details": QCoreApplication.translate("ActionFields", "Details"),
        "Custom field prefix": QCoreApplication.translate("ActionFields", "Custom field prefix"),
        "Attributes": QCoreApplication.translate("ActionFields", "Attributes"),
        "Key": QCoreApplication.translate("ActionFields", "Key"),
        "Value": QCoreApplication.translate("ActionFields", "Value"),
        "Note": QCoreApplication.translate("ActionFields", "Note"),
        "Format": QCoreApplication.translate("ActionFields", "Format"),
        "Tag": QCoreApplication.translate("ActionFields", "Tag"),
    }
    return known.get(label, label)


def action_title(title: str) -> str:
    """An ``ActionSchema.title`` in the user's language."""
    known = {
        "Create candidate": QCoreApplication.translate("ActionFields", "Create candidate"),
        "Create application": QCoreApplication.translate("ActionFields", "Create application"),
        "Add attachment to application": QCoreApplication.translate(
            "ActionFields", "Add attachment to application"
        ),
        "Add attachment to candidate": QCoreApplication.translate(
            "ActionFields", "Add attachment to candidate"
        ),
        "Move application to stage": QCoreApplication.translate("ActionFields", "Move application to stage"),
        "Add result link to application": QCoreApplication.translate(
            "ActionFields", "Add result link to application"
        ),
        "Add result link to candidate": QCoreApplication.translate(
            "ActionFields", "Add result link to candidate"
        ),
        "Add note to application": QCoreApplication.translate("ActionFields", "Add note to application"),
        "Add tag to candidate": QCoreApplication.translate("ActionFields", "Add tag to candidate"),
        "Remove tag from candidate": QCoreApplication.translate("ActionFields", "Remove tag from candidate"),
    }
    return known.get(title, title)


def choice_label(choice: str) -> str:
    """An enum value (``COVER_LETTER``) as words ("Cover letter")."""
    known = {
        "PERSONAL": QCoreApplication.translate("ActionFields", "Personal"),
        "WORK": QCoreApplication.translate("ActionFields", "Work"),
        "OTHER": QCoreApplication.translate("ActionFields", "Other"),
        "MALE": QCoreApplication.translate("ActionFields", "Male"),
        "FEMALE": QCoreApplication.translate("ActionFields", "Female"),
        "MONTH": QCoreApplication.translate("ActionFields", "Per month"),
        "YEAR": QCoreApplication.translate("ActionFields", "Per year"),
        "CV": QCoreApplication.translate("ActionFields", "CV"),
        "COVER_LETTER": QCoreApplication.translate("ActionFields", "Cover letter"),
        "PLAIN_TEXT": QCoreApplication.translate("ActionFields", "Plain text"),
    }
    return known.get(choice, choice.replace("_", " ").capitalize())
