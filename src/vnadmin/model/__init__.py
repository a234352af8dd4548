"""The document model: frozen attrs classes, no I/O and no format knowledge."""

from vnadmin.model import doctypes, issuers
from vnadmin.model.citation import Citation, Pinpoint
from vnadmin.model.dates import IssueDate
from vnadmin.model.doctypes import DocumentType
from vnadmin.model.document import Document, Preamble
from vnadmin.model.finding import SEVERITIES, Finding, Location
from vnadmin.model.header import Header
from vnadmin.model.number import STYLES, DocumentNumber
from vnadmin.model.origin import Layout, Note, Origin, PageSetup
from vnadmin.model.recipients import Recipient, RecipientList
from vnadmin.model.sections import Footnote, FootnoteRef, Paragraph, Section
from vnadmin.model.signature import AUTHORITIES, SignatureBlock

__all__ = [
    "AUTHORITIES",
    "SEVERITIES",
    "STYLES",
    "Citation",
    "Document",
    "DocumentNumber",
    "DocumentType",
    "Finding",
    "Footnote",
    "FootnoteRef",
    "Header",
    "IssueDate",
    "Layout",
    "Location",
    "Note",
    "Origin",
    "PageSetup",
    "Paragraph",
    "Pinpoint",
    "Preamble",
    "Recipient",
    "RecipientList",
    "Section",
    "SignatureBlock",
    "doctypes",
    "issuers",
]
