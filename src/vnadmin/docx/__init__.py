"""Word (.docx): write documents laid out as Nghị định 30/2020/NĐ-CP prescribes, and read
Word and LibreOffice files back into the model.

- :func:`dumps` / :func:`dump` write a complete .docx package; :func:`document_xml` gives
  its main part (``w:document``) as an lxml element.
- :func:`loads` / :func:`load` read a .docx (untrusted input: size and entry limits, a
  hardened XML parser) into blocks and hand them to the shared recogniser.
"""

from vnadmin.docx.package import Limits
from vnadmin.docx.writer import document_xml, dump, dumps

__all__ = ["Limits", "document_xml", "dump", "dumps"]
