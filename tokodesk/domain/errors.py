"""Errors the user can act on.

Every message is an Indonesian template marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects it from this Qt-free layer; the UI translates the template
and fills in the parameters (``tokodesk.ui.i18n.error_text``).  ``str(err)`` gives the
Indonesian text, which is what the CLI prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without importing Qt."""
    return text


CTX = "errors"


class DomainError(Exception):
    """A rule refused an action; the message says why and what to do instead."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.render(template))

    def render(self, template: str) -> str:
        return template.format(**self.params) if self.params else template

    @property
    def message(self) -> str:
        return str(self)


@dataclass(frozen=True)
class FieldError:
    """One bad field: which one and the message for it."""

    field: str
    template: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


class InvalidInput(DomainError):
    """One or more fields are wrong; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(e.message for e in self.errors) or "input tidak valid")

    def first(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)


class NotFound(DomainError):
    """The record the user asked for does not exist."""


def invalid(fieldname: str, template: str, **params: object) -> InvalidInput:
    return InvalidInput([FieldError(fieldname, template, params)])
