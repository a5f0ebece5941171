"""Reading eRecruiter's wire: keys in any casing, enums as names or integers, country words, custom
field values (VENDOR.md "Conventions", V). Every eRecruiter read goes through here, so the mapping,
questions, actions and connector all read the wire the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# CustomFieldType in declaration order (V), for servers sending integers.
FIELD_TYPES = ("TextMultiLine", "CheckBox", "DropdownList", "CheckboxList", "Date", "TextSingleLine", "Html")
# Country names eRecruiter keeps as words (the mandator's Countries list, V) → ISO 3166 codes.
COUNTRIES = {
    "polska": "PL",
    "poland": "PL",
    "polen": "PL",
    "niemcy": "DE",
    "germany": "DE",
    "deutschland": "DE",
    "austria": "AT",
    "österreich": "AT",
    "ukraina": "UA",
    "ukraine": "UA",
    "czechy": "CZ",
    "czech republic": "CZ",
    "tschechien": "CZ",
    "słowacja": "SK",
    "slovakia": "SK",
    "slowakei": "SK",
    "litwa": "LT",
    "lithuania": "LT",
    "litauen": "LT",
    "szwajcaria": "CH",
    "switzerland": "CH",
    "schweiz": "CH",
    "holandia": "NL",
    "netherlands": "NL",
    "niederlande": "NL",
    "wielka brytania": "GB",
    "united kingdom": "GB",
}
COUNTRY_NAMES = {
    "PL": "Polska",
    "DE": "Niemcy",
    "AT": "Austria",
    "UA": "Ukraina",
    "CZ": "Czechy",
    "SK": "Słowacja",
    "LT": "Litwa",
    "CH": "Szwajcaria",
    "NL": "Holandia",
    "GB": "Wielka Brytania",
}



def val(obj: Any, key: str, default: Any = None) -> Any:
    """``obj[key]`` whatever the casing the server chose (``FirstName``, ``firstName``)."""
    if not isinstance(obj, Mapping):
        return default
    if key in obj:
        return obj[key]
    lowered = key.lower()
    for name, value in obj.items():
        if isinstance(name, str) and name.lower() == lowered:
            return value
    return default


def enum(value: Any, names: tuple[str, ...]) -> str | None:
    """An enum sent as its name (any casing) or its integer value, as the name."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return names[value] if 0 <= value < len(names) else str(value)
    text = str(value)
    return next((n for n in names if n.lower() == text.lower()), text)


def listed(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def text(value: Any) -> str | None:
    if value is None:
        return None
    out = str(value).strip()
    return out or None


def country_code(name: Any) -> str | None:
    """A country word as ISO code where we know it; a two-letter code passes as it is."""
    raw = text(name)
    if raw is None:
        return None
    if len(raw) == 2 and raw.isalpha():
        return raw.upper()
    return COUNTRIES.get(raw.lower())


def clean(item: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != "_sub"}


def custom_value(entry: Any) -> Any:
    """The typed value of a CustomFieldValueResponse (V): CheckBox → bool, CheckboxList → its choices,
    Date → the date, anything else → the formatted ``Value``."""
    definition = val(entry, "CustomField") or {}
    kind = enum(val(definition, "Type"), FIELD_TYPES)
    if kind == "CheckBox" and isinstance(val(entry, "BoolValue"), bool):
        return val(entry, "BoolValue")
    if kind == "CheckboxList":
        joined = val(entry, "StringValue")
        if isinstance(joined, str):
            return [v for v in joined.split("|") if v]
    if kind == "Date" and val(entry, "DateValue"):
        return str(val(entry, "DateValue"))[:10]
    if val(entry, "Value") is not None:
        return val(entry, "Value")
    for typed in ("StringValue", "NumberValue", "BoolValue", "DateValue"):
        if val(entry, typed) is not None:
            return val(entry, typed)
    return None


def custom_fields(entries: Any, owner: str) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """``custom_fields`` ({Name: value}) and ``integration_fields`` from CustomFieldValueResponses."""
    values: dict[str, Any] = {}
    integration = []
    for entry in listed(entries):
        definition = val(entry, "CustomField") or {}
        name = text(val(definition, "Name"))
        if name is None:
            continue
        value = custom_value(entry)
        values[name] = value
        integration.append(
            {
                "id": f"{owner}:{name}",
                "key": name,
                "type": "CUSTOM",
                "value": value,
                "label": val(definition, "Title") or name,
            }
        )
    return (values or None), integration

