"""Namespace-blind helpers over :mod:`xml.etree.ElementTree` for the XML list formats."""

from __future__ import annotations

from xml.etree import ElementTree as ET


def local(tag: str) -> str:
    """The tag without its ``{namespace}``."""
    return tag.rsplit("}", 1)[-1]


def child(elem: ET.Element | None, name: str) -> ET.Element | None:
    """The first child called ``name``."""
    if elem is None:
        return None
    for c in elem:
        if local(c.tag) == name:
            return c
    return None


def children(elem: ET.Element | None, name: str) -> list[ET.Element]:
    """Every child called ``name``."""
    if elem is None:
        return []
    return [c for c in elem if local(c.tag) == name]


def text(elem: ET.Element | None, name: str) -> str | None:
    """The stripped text of the first child called ``name``; None where it is empty."""
    c = child(elem, name)
    return c.text.strip() if c is not None and c.text and c.text.strip() else None
